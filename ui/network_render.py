"""Interactive network pages (pyvis): colours by actor type, sizes by a metric, evidence on hover.

Three things pyvis 0.3.2 does not do for us:
- Offline: ``cdn_resources="in_line"`` inlines vis-network, but the template always links
  Bootstrap from cdn.jsdelivr.net; those two tags are removed (the page does not need them).
  ("local" still loads vis-network from cdnjs and copies a lib/ folder into the cwd.)
- Safety: titles are plain text. vis-network 9 shows string titles with ``innerText`` and the
  template embeds data with Jinja ``tojson`` (``<`` -> ``\\u003c``), so document text cannot
  inject markup. pyvis switches to an ``innerHTML`` popup when any title contains "href";
  that word is broken with a zero-width space so the safe path is always used.
- Speed: ``Network.add_edge`` scans all edges (quadratic); nodes and edges are appended as
  dicts directly. Above `PHYSICS_THRESHOLD` nodes physics is off and positions come from
  `graph.network_layout` (pyvis #204: physics takes minutes at ~1,500 nodes).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from graph.network import Evidence
from graph.network_export import TYPE_COLOURS, TYPE_NAMES_DE
from graph.network_layout import compute_layout
from graph.network_metrics import annotate

PHYSICS_THRESHOLD = 300
EDGE_LABEL_LIMIT = 1500
MAX_EVIDENCE_IN_TOOLTIP = 5
RELATION_NAMES_DE: dict[str, str] = {
    "memberOf": "Mitglied von",
    "participatesIn": "nimmt teil an",
    "cooperatesWith": "kooperiert mit",
    "fundedBy": "gefördert von",
    "carriedBy": "getragen von",
    "chairedBy": "geleitet von",
    "subOrganizationOf": "gehört zu",
    "involvesActor": "beteiligt",
    "coMembership": "gemeinsames Gremium",
    "coInvolvement": "gemeinsamer Transfergegenstand",
}
_CDN_TAG = re.compile(
    r"<(link|script)\b[^>]*https?://cdn\.jsdelivr\.net[^>]*>(\s*</script>)?", re.S
)
_EXTRA_CSS = (
    "<style>div.vis-tooltip{white-space:normal;max-width:42em;}"
    "#legend{font-family:sans-serif;font-size:13px;margin:6px;}"
    "#legend span{display:inline-block;margin-right:14px;}"
    "#legend i{display:inline-block;width:11px;height:11px;border-radius:6px;"
    "margin-right:4px;vertical-align:middle;}</style>"
)


def _plain(text: str) -> str:
    """Tooltip text: plain text, with the pyvis innerHTML trigger defused."""
    return text.replace("href", "hre\u200bf")


def relation_de(relation: str) -> str:
    return ", ".join(RELATION_NAMES_DE.get(r.strip(), r.strip()) for r in relation.split(","))


def evidence_lines(evidence: list[Evidence]) -> list[str]:
    """ "A –rel→ B" / „sentence“ / Quelle: doc, Z. n — the source is always named."""
    lines: list[str] = []
    for e in evidence[:MAX_EVIDENCE_IN_TOOLTIP]:
        role = f" ({e.role})" if e.role else ""
        lines.append(f"{e.subject} –{relation_de(e.relation)}{role}→ {e.object}")
        if e.text:
            lines.append(f"„{e.text}“")
        lines.append(f"Quelle: {e.source()}")
    if len(evidence) > MAX_EVIDENCE_IN_TOOLTIP:
        lines.append(f"… und {len(evidence) - MAX_EVIDENCE_IN_TOOLTIP} weitere Belege")
    return lines or ["Quelle: unbekannt"]


def node_title(attrs: dict[str, object], metric: str) -> str:
    parts = [str(attrs.get("label", "")), f"Typ: {TYPE_NAMES_DE.get(str(attrs.get('type')), '')}"]
    for key, name in (
        ("municipality", "Kommune"),
        ("alt_labels", "auch"),
        ("action_fields", "Handlungsfeld"),
    ):
        if attrs.get(key):
            parts.append(f"{name}: {attrs[key]}")
    parts.append(
        f"{metric}: {float(str(attrs.get(metric, 0) or 0)):.4g} · Grad: {attrs.get('degree', 0)}"
        f" · Gemeinschaft: {attrs.get('community', '')}"
    )
    parts.append(str(attrs.get("iri", "")))
    return _plain("\n".join(parts))


def edge_title(attrs: dict[str, object]) -> str:
    head = f"{relation_de(str(attrs.get('relation', '')))} (Belege: {attrs.get('weight', 1)})"
    via = f"über: {attrs['via']}" if attrs.get("via") else ""
    evidence = list(attrs.get("evidence", []))  # type: ignore[call-overload]
    return _plain("\n".join(x for x in (head, via, *evidence_lines(evidence)) if x))


def legend_html(types: set[str]) -> str:
    items = "".join(
        f'<span><i style="background:{TYPE_COLOURS[t]}"></i>{html.escape(TYPE_NAMES_DE[t])}</span>'
        for t in TYPE_COLOURS
        if t in types
    )
    return f'<div id="legend">{items}</div>'


def build_network(
    g: nx.Graph, metric: str = "degree", physics_threshold: int = PHYSICS_THRESHOLD
) -> Network:
    """The pyvis Network for ``g`` (annotated with metrics if it is not yet)."""
    if g.number_of_nodes() and metric not in next(iter(g.nodes.values())):
        annotate(g)
    net = Network(height="820px", width="100%", cdn_resources="in_line", bgcolor="#ffffff")
    big = g.number_of_nodes() > physics_threshold
    pos = compute_layout(g) if big else {}
    values = [float(a.get(metric, 0) or 0) for _, a in g.nodes(data=True)]
    low, high = min(values, default=0.0), max(values, default=0.0)
    for node, attrs in g.nodes(data=True):
        value = float(attrs.get(metric, 0) or 0)
        data: dict[str, object] = {
            "id": node,
            "label": _plain(str(attrs.get("label", node))),
            "shape": "dot",
            "title": node_title(attrs, metric),
            "color": TYPE_COLOURS.get(str(attrs.get("type")), "#7f7f7f"),
            "size": 8 + 32 * ((value - low) / (high - low) if high > low else 0.3),
        }
        if big:
            data.update(x=pos[node][0], y=pos[node][1], physics=False)
        net.nodes.append(data)
        net.node_ids.append(node)
        net.node_map[node] = data
    edge_labels = g.number_of_edges() <= EDGE_LABEL_LIMIT
    for u, v, attrs in g.edges(data=True):
        edge: dict[str, object] = {
            "from": u,
            "to": v,
            "title": edge_title(attrs),
            "width": min(1 + float(attrs.get("weight", 1)), 8),
        }
        if edge_labels:
            edge.update(
                label=relation_de(str(attrs.get("relation", ""))),
                font={"size": 9, "color": "#555555"},
            )
        net.edges.append(edge)
    if big:
        net.toggle_physics(False)
    else:
        net.barnes_hut(gravity=-6000, spring_length=140)
    return net


def render_html(
    g: nx.Graph,
    path: Path,
    metric: str = "degree",
    title: str = "Akteursnetzwerk",
    physics_threshold: int = PHYSICS_THRESHOLD,
) -> Path:
    """Write a self-contained HTML page (no CDN) with legend and evidence tooltips."""
    net = build_network(g, metric, physics_threshold)
    page = net.generate_html(name=str(path.with_suffix(".html")))
    page = _CDN_TAG.sub("", page)
    page = page.replace("<h1></h1>", "", 2)
    types = {str(a.get("type")) for _, a in g.nodes(data=True)}
    header = (
        f"{_EXTRA_CSS}<h3 style='font-family:sans-serif;margin:6px'>{html.escape(title)}"
        f" — {g.number_of_nodes()} Akteure, {g.number_of_edges()} Verbindungen, "
        f"Größe: {html.escape(metric)}</h3>{legend_html(types)}"
    )
    page = page.replace("<body>", "<body>" + header, 1)
    path.write_text(page, encoding="utf-8")
    return path
