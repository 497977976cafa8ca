"""Vergleichen: two to four transfer objects side by side, field by field."""

from __future__ import annotations

import streamlit as st

from ui.components import PAGES, md, prose
from ui.graph_data import FIELD_LABELS, transfer_object, transfer_objects
from ui.state import require_store

COMPARED = ("resources", "projectPlan", "successFactors", "challenges", "goals", "methods",
            "actors", "transferAddressees")  # fmt: skip

st.title("Vergleichen")
st.caption("Zwei bis vier Transfergegenstände nebeneinander – Feld für Feld.")
store = require_store()
objects = transfer_objects(store)
labels = {o["iri"]: o["label"] for o in objects}
preset = [i for i in st.query_params.get_all("id") if i in labels][:4]
chosen = st.multiselect(
    "Transfergegenstände (2 bis 4)",
    list(labels),
    default=preset,
    format_func=labels.__getitem__,
    max_selections=4,
    key="vergleich",
    placeholder="Transfergegenstände wählen",
)
if len(chosen) < 2:
    st.info("Bitte mindestens zwei Transfergegenstände wählen.")
    st.stop()

views = [v for v in (transfer_object(store, iri) for iri in chosen) if v is not None]
fields = st.multiselect(
    "Felder",
    list(FIELD_LABELS),
    default=list(COMPARED),
    format_func=FIELD_LABELS.__getitem__,
    key="vergleich_felder",
    placeholder="Felder wählen",
)
columns = st.columns(len(views))
for col, view in zip(columns, views, strict=True):
    with col:
        st.page_link(
            PAGES["transfergegenstand"],
            label=f"**{md(view.label)}**",
            icon=":material/description:",
            query_params={"id": view.iri},
        )
        st.caption(md(" · ".join(p for p in (view.product_type, view.kbm_function) if p)))
for name in fields:
    st.markdown(f"### {md(FIELD_LABELS[name])}")
    for col, view in zip(st.columns(len(views)), views, strict=True):
        with col, st.container(border=True):
            text = view.fields.get(name, "").strip()
            st.markdown(prose(text) if text else "*— nicht ausgefüllt —*")
