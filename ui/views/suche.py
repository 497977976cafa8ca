"""Suche: one search box, facets, result cards with highlighted passages and sources."""

from __future__ import annotations

import streamlit as st

from search.facets import FACETS, facet_values
from ui.components import empty_state, hit_card, md
from ui.graph_data import field_texts
from ui.state import get_searcher, require_store, store_key

PAGE_SIZE = 10
MAX_RESULTS = 60
SHOWN_FACETS = ("product_type", "kbm_function", "action_field", "publisher", "document_kind")
EXAMPLES = ["Bildungsmonitoring", "Übergang Schule–Beruf", "Bildungsberatung im Stadtteil",
            "Elternarbeit", "Steuerungskreis Bildung"]  # fmt: skip


@st.cache_data(max_entries=4, show_spinner=False)
def cached_facets(key: str) -> dict[str, list[tuple[str, str, int]]]:
    """Facet values with counts of the store ``key`` (small; recomputed after re-ingest)."""
    return facet_values(require_store())


st.title("Suche")
st.caption(
    "Transfergegenstände, Abschnitte und Maßnahmen aus den Dokumenten – jede Fundstelle mit Quelle."
)
store = require_store()
facets = cached_facets(store_key())
labels = {f.name: f.label for f in FACETS}

query = st.text_input(
    "Suchbegriff",
    value=st.query_params.get("q", ""),
    key="suchbegriff",
    placeholder="z. B. Bildungsmonitoring, Übergang Kita–Grundschule, Elternbeteiligung …",
)
selection: dict[str, list[str]] = {}
with st.sidebar:
    st.subheader("Filter")
    for name in SHOWN_FACETS:
        values = facets.get(name, [])
        if not values:
            continue
        names = {v: f"{label} ({n})" for v, label, n in values}
        chosen = st.multiselect(
            labels.get(name, name),
            list(names),
            format_func=names.__getitem__,
            key=f"facet_{name}",
            placeholder="alle",
        )
        if chosen:
            selection[name] = chosen


def show_facet_counts() -> None:
    cols = st.columns(3)
    for i, name in enumerate(n for n in SHOWN_FACETS if facets.get(n)):
        with cols[i % 3]:
            st.markdown(f"**{md(labels.get(name, name))}**")
            st.markdown("  \n".join(f"{md(label)} – {n}" for _, label, n in facets[name][:8]))


if not query.strip():
    empty_state(
        "Geben Sie einen Suchbegriff ein – ein Thema, eine Aufgabe oder eine "
        "Zielgruppe. Filter links grenzen die Treffer ein.",
        EXAMPLES,
    )
    st.subheader("Was der Atlas enthält")
    show_facet_counts()
    st.stop()

with st.spinner("Suche läuft …"):
    hits = get_searcher().search(query, k=MAX_RESULTS, facets=selection or None)
if not hits:
    empty_state(
        f"Keine Treffer für „{query}“"
        + (" mit den gewählten Filtern." if selection else ".")
        + " Versuchen Sie ein allgemeineres Wort oder weniger Filter.",
        EXAMPLES,
    )
    show_facet_counts()
    st.stop()

pages = max(1, -(-len(hits) // PAGE_SIZE))
st.markdown(
    (
        f"**Die {len(hits)} besten Treffer**"
        if len(hits) >= MAX_RESULTS
        else f"**{len(hits)} Treffer**"
    )
    + (f" – Seite auswählen (1 bis {pages})" if pages > 1 else "")
)
page = 1
if pages > 1:
    page = int(st.number_input("Seite", min_value=1, max_value=pages, value=1, step=1, key="seite"))
shown = hits[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
resources = field_texts(store, [h.id for h in shown if h.type == "TransferObject"], "resources")
for i, hit in enumerate(shown):
    hit_card(hit, query, resources.get(hit.id, ""), key=f"hit{i}")
