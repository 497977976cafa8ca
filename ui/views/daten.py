"""Über die Daten: counts by class, documents with metadata, ontology reference, dumps."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import streamlit as st

from graph.export import export_graph
from graph.vocab import ONTOLOGY_DIR
from ui.graph_data import class_counts, documents, local_name
from ui.state import require_store, sparql_url

DUMPS = {"trig": ("TriG (ein Graph je Dokument)", "application/trig"),
         "nq": ("N-Quads", "application/n-quads"),
         "ttl": ("Turtle", "text/turtle"),
         "jsonld": ("JSON-LD", "application/ld+json")}  # fmt: skip

st.title("Über die Daten")
store = require_store()


def dump(fmt: str) -> Callable[[], bytes]:
    """A deferred export (runs only when the download button is clicked)."""

    def make() -> bytes:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / f"transferatlas.{fmt}"
            export_graph(store, out, fmt)
            return out.read_bytes()

    return make


tab_counts, tab_docs, tab_onto, tab_dl = st.tabs(
    ["Umfang", "Dokumente", "Ontologie", "Herunterladen"]
)
with tab_counts:
    counts = class_counts(store)
    main = {"TransferObject": "Transfergegenstände", "Document": "Dokumente",
            "Organization": "Organisationen", "Person": "Personen", "Body": "Gremien",
            "Measure": "Maßnahmen"}  # fmt: skip
    found = dict(counts)
    cols = st.columns(len(main))
    for col, (cls, label) in zip(cols, main.items(), strict=True):
        col.metric(label, found.get(cls, 0))
    st.dataframe(pd.DataFrame(counts, columns=["Klasse", "Anzahl"]), hide_index=True, key="klassen")
with tab_docs:
    docs = documents(store)
    st.dataframe(pd.DataFrame([{
        "Dokument": d.get("title", ""), "Herausgeber": d.get("publisher", ""),
        "Datum": d.get("date", ""), "Art": d.get("kind", ""), "Datei": d.get("file", ""),
        "Produktmasken": int(d.get("masks", "0")), "Kennung": local_name(d["doc"])}
        for d in docs]), hide_index=True, key="dokumente_tabelle")  # fmt: skip
with tab_onto:
    reference = ONTOLOGY_DIR / "REFERENCE.md"
    if reference.exists():
        text = reference.read_text(encoding="utf-8").replace("<br>", " — ")
        st.markdown("\n".join(line for line in text.splitlines() if not line.startswith("<!--")))
    else:
        st.info("Die Ontologie-Referenz fehlt: `transferatlas ontology-doc` erzeugt sie.")
with tab_dl:
    st.markdown(f"SPARQL-Endpunkt für externe Werkzeuge: `{sparql_url()}`")
    for fmt, (label, mime) in DUMPS.items():
        st.download_button(
            f"Graph als {label}", dump(fmt), f"transferatlas.{fmt}", mime=mime, key=f"dump_{fmt}"
        )
