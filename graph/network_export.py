"""Stakeholder networks out of the application: Gephi files, CSV tables, overview pictures.

GraphML and GEXF readers (Gephi, yEd, networkx) accept only scalar attributes, so the
evidence list of an edge is written twice: as readable text (``evidence``: "doc, Z. 12:
sentence") and as JSON (``evidence_json``) for programs. CSV tables are what an advisor opens
in a spreadsheet; the picture is a quick overview with the top actors labelled.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx

from graph.network import Evidence
from graph.network_layout import compute_layout
from graph.network_metrics import TABLE_COLUMNS, annotate, metrics_table, top_nodes

TYPE_COLOURS: dict[str, str] = {
    "Municipality": "#1f77b4",
    "AdministrativeUnit": "#17becf",
    "Organization": "#2ca02c",
    "Body": "#ff7f0e",
    "Person": "#d62728",
    "Programme": "#9467bd",
    "TransferObject": "#8c564b",
}
TYPE_NAMES_DE: dict[str, str] = {
    "Municipality": "Kommune",
    "AdministrativeUnit": "Verwaltungseinheit",
    "Organization": "Organisation",
    "Body": "Gremium",
    "Person": "Person",
    "Programme": "Programm",
    "TransferObject": "Transfergegenstand",
}
EDGE_COLUMNS = (
    "source",
    "target",
    "source_label",
    "target_label",
    "relation",
    "weight",
    "via",
    "role",
    "documents",
    "evidence",
)
FORMATS = (".graphml", ".gexf", ".csv", ".png", ".svg")


def evidence_text(evidence: list[Evidence]) -> str:
    """Readable one-cell form: "doc, Z. 12: sentence ⏐ …"."""
    return " ⏐ ".join(f"{e.source()}: {e.text}" if e.text else e.source() for e in evidence)


def evidence_json(evidence: list[Evidence]) -> str:
    return json.dumps(
        [
            {
                "doc": e.doc,
                "start_line": e.start_line,
                "end_line": e.end_line,
                "text": e.text,
                "relation": e.relation,
                "subject": e.subject,
                "object": e.object,
                "role": e.role,
            }
            for e in evidence
        ],
        ensure_ascii=False,
    )


def _scalar(value: object) -> str | int | float | bool:
    if isinstance(value, bool | int | float | str):
        return value
    if value is None:
        return ""
    if isinstance(value, list | tuple | set):
        return " | ".join(sorted(map(str, value)))
    return str(value)


def scalar_graph(g: nx.Graph) -> nx.Graph:
    """A copy with only scalar attributes, evidence serialised (Gephi-compatible)."""
    out = nx.Graph()
    out.graph.update({k: _scalar(v) for k, v in g.graph.items()})
    for node, attrs in g.nodes(data=True):
        out.add_node(node, **{k: _scalar(v) for k, v in attrs.items()})
    for u, v, attrs in g.edges(data=True):
        data = {k: _scalar(val) for k, val in attrs.items() if k != "evidence"}
        evidence = list(attrs.get("evidence", []))
        data["evidence"] = evidence_text(evidence)
        data["evidence_json"] = evidence_json(evidence)
        data["documents"] = " | ".join(sorted({e.doc for e in evidence}))
        out.add_edge(u, v, **data)
    return out


def _with_metrics(g: nx.Graph) -> nx.Graph:
    if g.number_of_nodes() and "pagerank" not in next(iter(g.nodes.values())):
        annotate(g)
    return g


def write_graphml(g: nx.Graph, path: Path) -> Path:
    nx.write_graphml(scalar_graph(_with_metrics(g)), path)
    return path


def write_gexf(g: nx.Graph, path: Path) -> Path:
    nx.write_gexf(scalar_graph(_with_metrics(g)), path)
    return path


def edges_path(path: Path) -> Path:
    """Where the edge list goes next to a node list ``x.csv`` -> ``x_edges.csv``."""
    return path.with_name(f"{path.stem}_edges{path.suffix}")


def write_csv(g: nx.Graph, path: Path, sort_by: str = "betweenness") -> tuple[Path, Path]:
    """Node table (metrics, sorted) at ``path`` and edge table beside it."""
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(TABLE_COLUMNS))
        writer.writeheader()
        writer.writerows(metrics_table(_with_metrics(g), sort_by))
    flat = scalar_graph(g)
    with edges_path(path).open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(EDGE_COLUMNS), extrasaction="ignore")
        writer.writeheader()
        for u, v, attrs in sorted(flat.edges(data=True), key=lambda e: (-e[2]["weight"], e[0])):
            writer.writerow(
                {
                    "source": u,
                    "target": v,
                    "source_label": flat.nodes[u]["label"],
                    "target_label": flat.nodes[v]["label"],
                    **attrs,
                }
            )
    return path, edges_path(path)


def write_picture(g: nx.Graph, path: Path, metric: str = "betweenness", top: int = 15) -> Path:
    """PNG/SVG overview: colours by type (legend), sizes by metric, top nodes labelled."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    _with_metrics(g)
    pos = compute_layout(g)
    fig, ax = plt.subplots(figsize=(12, 9), dpi=120)
    ax.set_axis_off()
    values = [float(g.nodes[n].get(metric, 0) or 0) for n in g]
    peak = max(values, default=0) or 1.0
    nx.draw_networkx_edges(g, pos, ax=ax, alpha=0.25, width=0.6)
    nx.draw_networkx_nodes(
        g,
        pos,
        ax=ax,
        linewidths=0,
        node_color=[TYPE_COLOURS.get(g.nodes[n].get("type", ""), "#7f7f7f") for n in g],
        node_size=[20 + 400 * v / peak for v in values],
    )
    labels = {n: g.nodes[n]["label"] for n in top_nodes(g, metric, top)} if len(g) else {}
    nx.draw_networkx_labels(g, pos, labels=labels, ax=ax, font_size=8)
    present = sorted({g.nodes[n].get("type", "") for n in g})
    ax.legend(
        handles=[
            Line2D(
                [0],
                [0],
                marker="o",
                linestyle="",
                color=TYPE_COLOURS.get(t, "#7f7f7f"),
                label=TYPE_NAMES_DE.get(t, t),
            )
            for t in present
        ],
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
        fontsize=8,
        frameon=False,
    )
    ax.set_title(f"Akteursnetzwerk ({len(g)} Knoten, Größe: {metric})", fontsize=10)
    fig.savefig(path, format=path.suffix.lstrip(".").lower(), bbox_inches="tight")
    plt.close(fig)
    return path


def export_network(g: nx.Graph, path: Path, metric: str = "betweenness") -> list[Path]:
    """Write ``g`` in the format named by the file suffix (see FORMATS); returns files written."""
    suffix = path.suffix.lower()
    if suffix == ".graphml":
        return [write_graphml(g, path)]
    if suffix == ".gexf":
        return [write_gexf(g, path)]
    if suffix == ".csv":
        return list(write_csv(g, path, metric))
    if suffix in (".png", ".svg"):
        return [write_picture(g, path, metric)]
    raise ValueError(f"unknown export format {suffix!r}; known: {', '.join(FORMATS)}")
