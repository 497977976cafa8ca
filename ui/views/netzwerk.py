"""Netzwerk: who works with whom – pyvis picture, filters, ego view, metrics, exports."""

from __future__ import annotations

import tempfile
from pathlib import Path

import networkx as nx
import pandas as pd
import streamlit as st
import streamlit.components.v1 as components

from graph.network import ACTOR_TYPES, load_network_data, project
from graph.network_export import write_csv, write_gexf, write_graphml
from graph.network_filters import NetworkFilter, apply_filters, ego_network
from graph.network_metrics import METRICS, metrics_table
from ui.components import md
from ui.graph_data import TYPE_LABELS
from ui.network_render import render_html
from ui.state import require_store

PROJECTIONS = {
    "actor-actor": "Akteur – Akteur",
    "actor-transfer": "Akteur – Transfergegenstand",
    "membership": "Mitgliedschaften (Gremien, Organisationen)",
}
METRIC_LABELS = {
    "degree": "Grad (Anzahl Verbindungen)",
    "weighted_degree": "gewichteter Grad",
    "betweenness": "Betweenness (Vermittler)",
    "eigenvector": "Eigenvektor",
    "pagerank": "PageRank",
}
MAX_DRAWN = 400  # above this the picture shows the best-connected actors only


def export_bytes(g: nx.Graph, kind: str, metric: str) -> bytes:
    """One export format of ``g`` as bytes (written through graph.network_export)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"netzwerk.{kind}"
        if kind == "graphml":
            write_graphml(g, path)
        elif kind == "gexf":
            write_gexf(g, path)
        else:
            nodes, edges = write_csv(g, path, metric)
            return nodes.read_bytes() + b"\n" + edges.read_bytes()
        return path.read_bytes()


def network_html(g: nx.Graph, metric: str, title: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        return render_html(g, Path(tmp) / "netz.html", metric=metric, title=title).read_text(
            encoding="utf-8"
        )


st.title("Netzwerk")
st.caption(
    "Akteure und ihre Beziehungen, wie sie in den Dokumenten belegt sind. "
    "Über einer Linie steht der Beleg (Dokument, Zeile, Satz)."
)
store = require_store()
data = load_network_data(store)

with st.sidebar:
    st.subheader("Netzwerk")
    projection = st.selectbox(
        "Ansicht", list(PROJECTIONS), format_func=PROJECTIONS.__getitem__, key="projektion"
    )
    metric = st.selectbox(
        "Knotengröße nach",
        list(METRICS),
        index=METRICS.index("betweenness"),
        format_func=METRIC_LABELS.__getitem__,
        key="metrik",
    )
    types = st.multiselect(
        "Akteurstyp",
        list(ACTOR_TYPES),
        format_func=lambda t: TYPE_LABELS.get(t, t),
        key="akteurstyp",
        placeholder="alle",
    )
    municipality = st.text_input("Kommune", key="kommune_filter")
    action_field = st.text_input("Handlungsfeld", key="handlungsfeld_filter")
    document = st.text_input("Dokument", key="dokument_filter")

graph = project(data, projection)
flt = NetworkFilter(
    municipality=municipality.strip(),
    action_field=action_field.strip(),
    actor_type=tuple(types),
    document=document.strip(),
)
graph = apply_filters(graph, data, flt)

labels = sorted(
    ((n, str(a.get("label", n))) for n, a in graph.nodes(data=True)), key=lambda x: x[1].casefold()
)
by_iri = dict(labels)
preset = st.query_params.get("akteur", "")
options = ["", *by_iri]
ego_col, hops_col = st.columns([3, 1])
centre = ego_col.selectbox(
    "Ego-Netzwerk um Akteur",
    options,
    index=options.index(preset) if preset in by_iri else 0,
    format_func=lambda i: by_iri.get(i, "— ganzes Netzwerk —"),
    key="ego_akteur",
)
hops = hops_col.slider(
    "Schritte",
    1,
    3,
    1 if centre else 2,
    key="ego_schritte",
    disabled=not centre,
    help="Wie viele Schritte vom gewählten Akteur aus gezeigt werden.",
)
if preset and preset not in by_iri:
    st.warning("Der verlinkte Akteur ist im gefilterten Netzwerk nicht enthalten.")
if centre:
    graph = ego_network(graph, centre, hops=hops)

if graph.number_of_nodes() == 0:
    st.info("Mit diesen Filtern bleibt kein Akteur übrig. Bitte Filter lockern.")
    st.stop()

table = pd.DataFrame(metrics_table(graph, metric))
st.markdown(f"**{graph.number_of_nodes()} Knoten, {graph.number_of_edges()} Verbindungen**")
drawn = graph
if graph.number_of_nodes() > MAX_DRAWN:
    keep = list(table["iri"][:MAX_DRAWN])
    drawn = graph.subgraph(keep).copy()
    st.caption(
        f"Gezeichnet werden die {MAX_DRAWN} Knoten mit der höchsten Kennzahl; "
        "die Tabelle enthält alle."
    )
title = f"Ego-Netzwerk: {by_iri.get(centre, '')}" if centre else "Akteursnetzwerk"
components.html(network_html(drawn, metric, title), height=880, scrolling=False)

st.subheader("Kennzahlen")
shown = table.rename(
    columns={
        "label": "Akteur",
        "type": "Typ",
        "municipality": "Kommune",
        **METRIC_LABELS,
        "community": "Gruppe",
        "core": "Kern",
    }
)
shown["Typ"] = shown["Typ"].map(lambda t: TYPE_LABELS.get(str(t), str(t)))
st.dataframe(shown.drop(columns=["iri"]), hide_index=True, key="kennzahlen")

st.subheader("Exporte")
cols = st.columns(4)
cols[0].download_button(
    "GraphML",
    export_bytes(graph, "graphml", metric),
    "netzwerk.graphml",
    mime="application/xml",
    key="export_graphml",
)
cols[1].download_button(
    "GEXF",
    export_bytes(graph, "gexf", metric),
    "netzwerk.gexf",
    mime="application/xml",
    key="export_gexf",
)
cols[2].download_button(
    "CSV (Knoten und Kanten)",
    export_bytes(graph, "csv", metric),
    "netzwerk.csv",
    mime="text/csv",
    key="export_csv",
)
cols[3].download_button(
    "HTML (interaktiv)",
    network_html(drawn, metric, title),
    "netzwerk.html",
    mime="text/html",
    key="export_html",
)
st.caption(md(f"Quelle: {len(data.statements)} belegte Aussagen aus dem Wissensgraphen."))
