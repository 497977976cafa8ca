"""SPARQL: read-only, time-limited queries over the graph, with the example queries."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as QueryTimeout

import pandas as pd
import streamlit as st

from graph.ontology_doc import example_queries
from graph.sparql import ReadOnlyError, run_query
from ui.components import md
from ui.state import require_store, sparql_url

TIMEOUT_S = 15.0
MAX_ROWS_SHOWN = 5000


@st.cache_resource(show_spinner=False)
def _pool() -> ThreadPoolExecutor:
    """Worker threads for queries, so a slow query cannot freeze the page."""
    return ThreadPoolExecutor(max_workers=2, thread_name_prefix="sparql")


st.title("SPARQL")
st.caption(
    "Der Graph ist öffentlich abfragbar. Hier nur lesend; Änderungen (UPDATE) werden "
    "abgelehnt, lange Abfragen nach "
    f"{int(TIMEOUT_S)} s abgebrochen."
)
store = require_store()
st.markdown(
    f"**Endpunkt für externe Werkzeuge:** `{sparql_url()}` (Start mit `transferatlas serve`)"
)

examples = example_queries()
titles = {e.name: (e.title or e.name).split(" / ")[0] for e in examples}  # German part
choice = st.selectbox(
    "Beispielabfrage",
    ["", *titles],
    format_func=lambda n: titles.get(n, "— eigene Abfrage —"),
    key="beispiel",
)
if choice and st.session_state.get("beispiel_geladen") != choice:
    st.session_state["sparql_text"] = next(e.text for e in examples if e.name == choice)
    st.session_state["beispiel_geladen"] = choice
if choice:
    for question in next(e.questions for e in examples if e.name == choice)[:1]:
        st.caption(md(question))
query = st.text_area(
    "SPARQL-Abfrage",
    height=260,
    key="sparql_text",
    placeholder="SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10",
)

if st.button("Abfrage ausführen", type="primary", key="sparql_run"):
    if not query.strip():
        st.warning("Bitte eine Abfrage eingeben oder ein Beispiel wählen.")
        st.stop()
    started = time.perf_counter()
    future = _pool().submit(run_query, store, query)
    try:
        columns, result_rows = future.result(timeout=TIMEOUT_S)
    except ReadOnlyError:
        st.error(
            "Diese Abfrage würde den Graphen ändern (SPARQL UPDATE). Der Graph ist hier "
            "nur lesbar – Änderungen entstehen nur durch das Einlesen von Dokumenten."
        )
        st.stop()
    except QueryTimeout:
        st.error(
            f"Die Abfrage hat länger als {int(TIMEOUT_S)} Sekunden gedauert und wurde "
            "abgebrochen. Tipp: LIMIT setzen oder das Muster enger fassen."
        )
        st.stop()
    except (SyntaxError, ValueError, OSError) as error:
        st.error(f"Die Abfrage ist fehlerhaft: {error}")
        st.stop()
    st.session_state["sparql_result"] = (columns, result_rows, time.perf_counter() - started)

result = st.session_state.get("sparql_result")
if result:
    columns, result_rows, elapsed = result
    frame = pd.DataFrame(result_rows[:MAX_ROWS_SHOWN], columns=columns)
    st.markdown(
        f"**{len(result_rows)} Zeilen** in {elapsed:.2f} s".replace(".", ",")
        + (f" (angezeigt: {MAX_ROWS_SHOWN})" if len(result_rows) > MAX_ROWS_SHOWN else "")
    )
    st.dataframe(frame, hide_index=True, key="sparql_tabelle")
    full = pd.DataFrame(result_rows, columns=columns)
    left, right, _ = st.columns([1, 1, 3])
    left.download_button(
        "Als CSV herunterladen",
        full.to_csv(index=False).encode("utf-8"),
        "ergebnis.csv",
        mime="text/csv",
        key="sparql_csv",
    )
    right.download_button(
        "Als JSON herunterladen",
        json.dumps(
            [dict(zip(columns, r, strict=True)) for r in result_rows], ensure_ascii=False, indent=1
        ).encode("utf-8"),
        "ergebnis.json",
        mime="application/json",
        key="sparql_json",
    )
