"""Transferatlas web app (entry point): ``streamlit run ui/app.py``.

German multipage app for municipalities and advisors; each page is one file in ui/views
(not ui/pages, which Streamlit would turn into an old-style page list) and talks to the
graph and search layers only through their public functions.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `streamlit run ui/app.py` puts only ui/ on the path
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from ui.components import DEFAULT_PAGE, PAGES  # noqa: E402

st.set_page_config(page_title="Transferatlas", page_icon=":material/explore:", layout="wide")

ICONS = {
    name: f":material/{icon}:"
    for name, icon in (
        ("suche", "search"),
        ("transfergegenstand", "description"),
        ("vergleichen", "compare"),
        ("loesungen", "lightbulb"),
        ("netzwerk", "hub"),
        ("sparql", "code"),
        ("daten", "bar_chart"),
        ("erfassen", "edit_note"),
        ("dokumente", "upload_file"),
    )
}
TITLES = {
    "suche": "Suche",
    "transfergegenstand": "Transfergegenstand",
    "vergleichen": "Vergleichen",
    "loesungen": "Passende Lösungen finden",
    "netzwerk": "Netzwerk",
    "sparql": "SPARQL",
    "daten": "Über die Daten",
    "erfassen": "Erfassen",
    "dokumente": "Dokumente",
}
SECTIONS = {
    "Finden": ("suche", "transfergegenstand", "vergleichen", "loesungen"),
    "Analysieren": ("netzwerk", "sparql", "daten"),
    "Beitragen": ("erfassen", "dokumente"),
}


def page(name: str) -> st.Page:
    """One page of the app; its URL path is its name (/suche, /transfergegenstand?id=…)."""
    return st.Page(
        PAGES[name],
        title=TITLES[name],
        icon=ICONS[name],
        url_path=name,
        default=name == DEFAULT_PAGE,
    )


st.navigation({section: [page(n) for n in names] for section, names in SECTIONS.items()}).run()
