"""Dokumente: upload a document, watch it being ingested, see what was extracted."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import streamlit as st

from ingest.manifest import SUPPORTED_SUFFIXES
from ui.actions import reingest
from ui.components import md
from ui.graph_data import TYPE_LABELS
from ui.state import corpus_dir, open_writable_base

UPLOAD_TYPES = ["pdf", "docx", "md", "markdown", "txt", "html"]

st.title("Dokumente")
st.caption(
    "Transferkataloge, Arbeitspläne, Protokolle oder Produktmasken aufnehmen (PDF, Word, "
    "Markdown, Text). Der Graph wird erst ausgetauscht, wenn alles fertig ist – "
    "bei einem Fehler bleibt der bisherige Stand erhalten."
)
corpus = corpus_dir()
existing = (
    sorted(p.name for p in corpus.glob("*") if p.suffix.lower() in SUPPORTED_SUFFIXES)
    if corpus.exists()
    else []
)
with st.expander(f"Dokumente im Korpus ({len(existing)})"):
    st.markdown("  \n".join(md(n) for n in existing) or "*noch keine*")

upload = st.file_uploader("Dokument hochladen", type=UPLOAD_TYPES, key="dokument_upload")
if upload is None or not st.button("Dokument aufnehmen", type="primary", key="dokument_go"):
    st.stop()

name = Path(upload.name).name
stem = re.sub(r"[^\w.-]+", "-", Path(name).stem, flags=re.UNICODE).strip("-.") or "dokument"
target = corpus / f"{stem}{Path(name).suffix.lower()}"
if target.exists() and target.read_bytes() != upload.getvalue():
    st.error(
        f"Im Korpus gibt es schon eine andere Datei „{md(target.name)}“. "
        "Bitte die Datei umbenennen."
    )
    st.stop()
corpus.mkdir(parents=True, exist_ok=True)
incoming = corpus / ".eingang"
incoming.mkdir(exist_ok=True)
staged = incoming / target.name
staged.write_bytes(upload.getvalue())

with st.status(f"„{name}“ wird eingelesen …", expanded=True) as status:
    bar = st.progress(0.0)

    def step(message: str, fraction: float) -> None:
        bar.progress(fraction, text=message)

    outcome = reingest(corpus, open_writable_base(), extra_files=[staged], step=step, index=False)
    failed = [e for e in outcome.errors if Path(e.path).name == target.name]
    if failed:
        status.update(label="Die Datei konnte nicht gelesen werden.", state="error")
    else:
        staged.replace(target)  # keep the file in the corpus for later ingests
        step("Suchindex wird aktualisiert …", 0.85)
        from ui.actions import rebuild_index

        rebuild_index(open_writable_base())
        status.update(label="Fertig eingelesen und durchsuchbar.", state="complete")
staged.unlink(missing_ok=True)

if failed:
    for error in failed:
        st.error(f"„{md(name)}“: {md(error.problem)}")
    st.info("Der bisherige Wissensgraph ist unverändert geblieben.")
    st.stop()

record = next((d for d in outcome.result.documents if d.doc_id == target.stem), None)
if record is None:
    st.warning("Das Dokument wurde gelesen, aber nicht in den Graphen übernommen.")
    st.stop()
cols = st.columns(4)
cols[0].metric("Abschnitte", len(record.sections))
cols[1].metric("Produktmasken", len(record.masks))
cols[2].metric("Erwähnte Akteure u. a.", len(record.mentions))
cols[3].metric("Beziehungen", len(record.relations))
if record.masks:
    st.subheader("Produktmasken")
    st.markdown(
        "  \n".join(f"- {md(m.title)} ({md(m.product_type or 'Typ offen')})" for m in record.masks)
    )
types = Counter(m.type for m in record.mentions)
st.subheader("Erkannte Entitäten")
st.markdown(" · ".join(f"{md(TYPE_LABELS.get(t, t))}: {n}" for t, n in types.most_common()))
names = sorted({(TYPE_LABELS.get(m.type, m.type), m.canonical or m.text) for m in record.mentions})
st.dataframe([{"Typ": t, "Name": n} for t, n in names], hide_index=True, key="entitaeten")
if record.relations:
    st.subheader("Erkannte Beziehungen")
    st.dataframe(
        [
            {
                "Subjekt": r.subject.canonical or r.subject.text,
                "Beziehung": r.predicate,
                "Objekt": r.object.canonical or r.object.text,
            }
            for r in record.relations
        ],
        hide_index=True,
        key="beziehungen",
    )
if outcome.report.validation.errors():
    st.caption(
        f"SHACL-Prüfung des Gesamtgraphen: {len(outcome.report.validation.errors())} "
        "Hinweise (Details: `transferatlas ingest`)."
    )
