"""Erfassen: a new transfer object on the Leipzig Produktmaske, checked, saved and ingested."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import streamlit as st

from graph.build import transfer_object_iri
from ui.actions import reingest
from ui.components import PAGES, md
from ui.graph_data import action_field_labels, actor_labels
from ui.mask_form import (
    PRODUCT_TYPES,
    TEXT_FIELDS,
    MaskDraft,
    check_shapes,
    save_mask,
    validate_draft,
)
from ui.state import corpus_dir, get_store, open_writable_base

st.title("Erfassen")
st.caption(
    "Eine übertragbare Lösung nach der Leipziger Produktmaske beschreiben. Pflichtfelder "
    "sind mit * markiert. Die Maske wird geprüft, im Korpus gespeichert und sofort "
    "eingelesen – danach ist sie über die Suche auffindbar."
)
store = get_store()
known_actors = actor_labels(store) if store is not None else []
known_fields = action_field_labels(store) if store is not None else []

with st.form("produktmaske", clear_on_submit=False):
    title = st.text_input("Produktbezeichnung *", key="f_title", max_chars=200)
    municipality = st.text_input(
        "Kommune / Herausgeber *", key="f_municipality", placeholder="z. B. Stadt Musterstadt"
    )
    product_type = st.radio(
        "Produkttyp *", PRODUCT_TYPES, index=None, horizontal=True, key="f_product_type"
    )
    texts: dict[str, str] = {}
    for spec in TEXT_FIELDS:
        label = spec.label + (" *" if spec.required else "")
        texts[spec.name] = st.text_area(
            label, key=f"f_{spec.name}", help=spec.help or None, height=100 if spec.required else 80
        )
        if spec.name == "project_plan":
            actors = st.multiselect(
                "Beteiligte Akteure *",
                known_actors,
                key="f_actors",
                accept_new_options=True,
                placeholder="Namen tippen: bekannte Akteure werden "
                "vorgeschlagen, neue per Enter übernommen",
            )
            more = st.text_area("Weitere Akteure (einer je Zeile)", key="f_actors_free", height=68)
    fields = st.multiselect(
        "Handlungsfelder", known_fields, key="f_action_fields", placeholder="Handlungsfelder wählen"
    )
    submitted = st.form_submit_button("Prüfen und speichern", type="primary")

if not submitted:
    st.stop()

draft = MaskDraft(
    title=title, product_type=product_type or "", municipality=municipality,
    actors=[*actors, *more.splitlines()], action_fields=list(fields), **texts,
)  # fmt: skip
errors = validate_draft(draft)
if errors:
    st.error(
        "Die Maske ist noch nicht vollständig:\n\n"
        + "\n".join(f"- {md(e.message)}" for e in errors)
    )
    st.stop()
with st.spinner("Maske wird geprüft (Einlesen und SHACL-Formen) …"):
    problems = check_shapes(draft)
if problems:
    st.error("Die Prüfung hat Probleme gefunden:\n\n" + "\n".join(f"- {md(p)}" for p in problems))
    st.stop()

corpus = corpus_dir()
corpus.mkdir(parents=True, exist_ok=True)
path: Path = save_mask(draft, corpus, dt.date.today().isoformat())
with st.status("Maske gespeichert – wird eingelesen …", expanded=True) as status:
    bar = st.progress(0.0)

    def step(message: str, fraction: float) -> None:
        bar.progress(fraction, text=message)

    outcome = reingest(corpus, open_writable_base(), step=step)
    status.update(label="Eingelesen und durchsuchbar.", state="complete")

record = next((d for d in outcome.result.documents if d.doc_id == path.stem), None)
st.success(f"Gespeichert als `{path.name}` im Korpus.")
if record is not None and record.masks:
    st.page_link(
        PAGES["transfergegenstand"],
        label=f"Zum neuen Transfergegenstand: {md(record.masks[0].title)}",
        icon=":material/description:",
        query_params={"id": str(transfer_object_iri(path.stem, record.masks[0].section))},
    )
for error in outcome.errors:
    st.warning(f"Andere Datei im Korpus nicht lesbar: {md(error)}")
