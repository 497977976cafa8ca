"""Transfergegenstand: the whole product mask by field, with the source of every field."""

from __future__ import annotations

import streamlit as st

from ui.components import PAGES, actor_link, md, prose, source_caption
from ui.exports import transfer_object_markdown, transfer_object_pdf
from ui.graph_data import FIELD_LABELS, transfer_object, transfer_objects
from ui.state import get_searcher, require_store

store = require_store()
objects = transfer_objects(store)
if not objects:
    st.title("Transfergegenstand")
    st.info(
        "Im Graphen gibt es noch keine Transfergegenstände (Produktmasken). "
        "Neue Masken lassen sich auf der Seite **Erfassen** anlegen."
    )
    st.stop()

labels = {o["iri"]: o["label"] for o in objects}
wanted = st.query_params.get("id", "")
if wanted and wanted not in labels:
    st.warning(
        "Der verlinkte Transfergegenstand ist im aktuellen Graphen nicht vorhanden. "
        "Bitte einen aus der Liste wählen."
    )
options = list(labels)
chosen = st.sidebar.selectbox(
    "Transfergegenstand wählen",
    options,
    format_func=labels.__getitem__,
    index=options.index(wanted) if wanted in labels else 0,
    key="transfergegenstand",
)
if chosen != wanted:
    st.query_params["id"] = chosen
view = transfer_object(store, chosen)
if view is None:
    st.error("Dieser Transfergegenstand konnte nicht gelesen werden.")
    st.stop()

st.title(view.label)
facts = []
if view.product_type:
    facts.append(
        f"**Produkttyp:** {md(view.product_type)}"
        + (" *(aus dem Text abgeleitet)*" if view.product_type_inferred else "")
    )
if view.kbm_function:
    facts.append(f"**KBM-Funktion:** {md(view.kbm_function)}")
if view.action_fields:
    facts.append("**Handlungsfelder:** " + ", ".join(md(a) for a in view.action_fields))
st.markdown(" · ".join(facts) or "")
st.caption(source_caption(view.doc_title or view.document, view.section, page=view.page))

col_md, col_pdf, _ = st.columns([1, 1, 2])
col_md.download_button(
    "Als Markdown herunterladen",
    transfer_object_markdown(view),
    file_name=f"{view.section or 'transfergegenstand'}.md",
    mime="text/markdown",
    key="download_md",
)
col_pdf.download_button(
    "Als PDF herunterladen",
    transfer_object_pdf(view),
    file_name=f"{view.section or 'transfergegenstand'}.pdf",
    mime="application/pdf",
    key="download_pdf",
)

main, side = st.columns([3, 1.3])
with main:
    for name, label in FIELD_LABELS.items():
        text = view.fields.get(name, "").strip()
        st.subheader(label)
        st.markdown(prose(text) if text else "*— in der Maske nicht ausgefüllt —*")
        prov = view.provenance.get(name)
        if prov is not None:
            st.caption(
                source_caption(
                    view.doc_title
                    if prov.document == view.document and view.doc_title
                    else prov.document,
                    lines=prov.lines(),
                )
                + (f" · Überschrift: {md(prov.heading)}" if prov.heading else "")
            )
with side:
    st.subheader("Wer war beteiligt?")
    if view.actors:
        st.markdown("  \n".join(f"- {actor_link(iri, label)}" for iri, label, _ in view.actors))
        st.caption("Ein Klick zeigt das Netzwerk rund um den Akteur.")
    else:
        st.markdown("*Keine Akteure erkannt.*")
    st.subheader("Ähnliche Transfergegenstände")
    try:
        similar = get_searcher().similar(view.iri, k=5)
    except KeyError:
        similar = []
    for hit in similar:
        st.page_link(
            PAGES["transfergegenstand"],
            label=md(hit.label),
            icon=":material/description:",
            query_params={"id": hit.id},
        )
    if not similar:
        st.markdown("*Noch nicht im Suchindex.*")
    st.subheader("Verweis")
    st.code(view.iri, language=None)
