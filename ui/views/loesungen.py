"""Passende Lösungen finden: a work plan or goal list in, matching transfer objects out."""

from __future__ import annotations

import tempfile
from pathlib import Path

import streamlit as st

from ingest.readers import DocumentError
from search.matching import match_document
from ui.components import PAGES, highlight, md
from ui.state import get_searcher, require_store

st.title("Passende Lösungen finden")
st.caption(
    "Arbeitsplan, Zielvereinbarung oder Zielliste hochladen oder einfügen: Für jedes "
    "Vorhaben zeigt der Atlas Transfergegenstände, die dazu passen – mit Begründung."
)
require_store()

upload = st.file_uploader(
    "Arbeitsplan hochladen (PDF, Word, Markdown, Text)",
    type=["pdf", "docx", "md", "txt"],
    key="plan_upload",
)
text = st.text_area(
    "… oder Ziele und Vorhaben hier einfügen (ein Vorhaben je Absatz oder Aufzählungspunkt)",
    height=180,
    key="plan_text",
)
k = st.slider("Vorschläge je Vorhaben", 1, 5, 3, key="plan_k")

if st.button("Passende Lösungen suchen", type="primary", key="plan_go"):
    source: Path | str | None = None
    try:
        with st.spinner("Vorhaben werden erkannt und abgeglichen …"):
            if upload is not None:
                folder = Path(tempfile.mkdtemp(prefix="transferatlas-plan-"))
                source = folder / Path(upload.name).name
                source.write_bytes(upload.getvalue())
            elif text.strip():
                source = text
            if source is None:
                st.warning("Bitte eine Datei hochladen oder Text einfügen.")
                st.stop()
            results = match_document(source, k=k, searcher=get_searcher())
    except DocumentError as error:
        st.error(
            f"Die Datei „{upload.name if upload else ''}“ konnte nicht gelesen werden: "
            f"{error.problem}"
        )
        st.stop()
    st.session_state["plan_results"] = [
        (
            r.need.label or r.need.text[:100],
            r.need.text,
            [(m.resource, m.label, m.evidence, m.score) for m in r.matches],
        )
        for r in results
    ]
    st.session_state["plan_query"] = text

shown: list[tuple[str, str, list[tuple[str, str, str, float]]]] | None = st.session_state.get(
    "plan_results"
)
if shown is None:
    st.stop()
if not shown:
    st.info(
        "Im Text wurden keine Vorhaben erkannt. Tipp: je Ziel oder Arbeitspaket einen "
        "eigenen Absatz oder Aufzählungspunkt schreiben."
    )
    st.stop()
st.markdown(f"**{len(shown)} Vorhaben erkannt.**")
for i, (label, need_text, matches) in enumerate(shown):
    with st.expander(f"{i + 1}. {md(label)}", expanded=i < 3):
        st.caption(md(need_text[:600]))
        if not matches:
            st.markdown("*Kein passender Transfergegenstand gefunden.*")
        for resource, title, evidence, _score in matches:
            st.page_link(
                PAGES["transfergegenstand"],
                label=md(title),
                icon=":material/description:",
                query_params={"id": resource},
            )
            st.markdown("Warum: " + highlight(evidence, need_text))
