"""Cached handles for the pages: the read-only store and the searcher, nothing bigger.

Only small handles go into ``st.cache_resource`` (large cached objects slow every rerun,
streamlit #8977). Both are keyed by the path of the current store, so a re-ingest (which
switches ``<data>/current``) gives fresh handles at the next rerun.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import streamlit as st

from graph.store import current_store_path, data_dir, open_store

DEFAULT_SPARQL_URL = "http://localhost:7878/query"


def store_key() -> str:
    """The current store's folder ('' before the first ingest); changes on every re-ingest."""
    path = current_store_path(data_dir())
    return str(path) if path else ""


@st.cache_resource(max_entries=2, show_spinner=False)
def _store(path: str) -> ox.Store:
    return ox.Store.read_only(path)


def get_store() -> ox.Store | None:
    """The current graph, or None when nothing was ingested yet."""
    key = store_key()
    return _store(key) if key else None


def require_store() -> ox.Store:
    """The current graph; without one, a German hint and the page stops."""
    store = get_store()
    if store is None:
        st.info(
            "Noch kein Wissensgraph vorhanden. Bitte zuerst Dokumente aufnehmen: "
            "`transferatlas ingest corpus` oder die Seite **Dokumente**."
        )
        st.stop()
    assert store is not None
    return store


@st.cache_resource(max_entries=2, show_spinner="Suchindex wird geladen …")
def _searcher(key: str) -> Any:
    from search.api import get_searcher

    return get_searcher()


def get_searcher() -> Any:
    """The search handle of the current graph (built on first use if the index is missing)."""
    return _searcher(store_key())


def corpus_dir() -> Path:
    """Where documents and new masks are stored (``TRANSFERATLAS_CORPUS`` or ./corpus)."""
    return Path(os.environ.get("TRANSFERATLAS_CORPUS", "corpus")).resolve()


def sparql_url() -> str:
    """The public read-only SPARQL endpoint for external clients."""
    return os.environ.get("TRANSFERATLAS_SPARQL_URL", DEFAULT_SPARQL_URL)


def open_writable_base() -> Path:
    """The data folder; created if missing (ingest writes new stores below it)."""
    base = data_dir()
    base.mkdir(parents=True, exist_ok=True)
    return base


__all__ = ["corpus_dir", "get_searcher", "get_store", "open_store", "require_store", "sparql_url"]
