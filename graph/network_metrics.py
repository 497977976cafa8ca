"""Who is central, who brokers: centralities, communities and cores of a stakeholder network.

Betweenness marks brokers between groups. Exact betweenness costs one graph search per node
(n·(n+m)); above `BETWEENNESS_BUDGET` steps it is estimated from a fixed, seeded sample of
pivots sized to the budget, which keeps the top brokers while 10k-node graphs stay in
seconds. Eigenvector centrality uses the sparse eigen-solver (ARPACK), falls back to power
iteration and then to degree when neither converges; the method used is kept in ``G.graph``.
"""

from __future__ import annotations

import warnings

import networkx as nx

METRICS = ("degree", "weighted_degree", "betweenness", "eigenvector", "pagerank")
TABLE_COLUMNS = ("label", "type", "municipality", *METRICS, "community", "core", "iri")
BETWEENNESS_BUDGET = 3_000_000
MIN_PIVOTS = 50
SEED = 42


def eigenvector(g: nx.Graph) -> tuple[dict[str, float], str]:
    """Eigenvector centrality and the method that produced it."""
    try:
        with warnings.catch_warnings():  # tiny graphs: scipy notes it switches to dense eig
            warnings.simplefilter("ignore", RuntimeWarning)
            return nx.eigenvector_centrality_numpy(g, weight="weight", max_iter=500), "sparse"
    except Exception:  # ArpackNoConvergence, tiny graphs ARPACK cannot handle
        pass
    try:
        return nx.eigenvector_centrality(g, max_iter=500, tol=1e-6, weight="weight"), "power"
    except nx.PowerIterationFailedConvergence:
        return nx.degree_centrality(g), "degree-fallback"


def betweenness(g: nx.Graph, seed: int = SEED) -> dict[str, float]:
    """Normalised betweenness on hop distance (weights are evidence counts, not lengths)."""
    n = g.number_of_nodes()
    step = n + g.number_of_edges()
    if n * step <= BETWEENNESS_BUDGET:
        return nx.betweenness_centrality(g, normalized=True)
    pivots = min(n, max(MIN_PIVOTS, BETWEENNESS_BUDGET // step))
    g.graph["betweenness_pivots"] = pivots
    return nx.betweenness_centrality(g, k=pivots, normalized=True, seed=seed)


def communities(g: nx.Graph, seed: int = SEED) -> dict[str, int]:
    """Louvain communities numbered by size (0 = largest), stable for a fixed seed."""
    if g.number_of_edges() == 0:
        return {n: i for i, n in enumerate(sorted(g))}
    found = nx.community.louvain_communities(g, weight="weight", seed=seed)
    ordered = sorted(found, key=lambda c: (-len(c), min(c)))
    return {n: i for i, members in enumerate(ordered) for n in members}


def compute_metrics(g: nx.Graph, seed: int = SEED) -> dict[str, dict[str, float]]:
    """Every metric of METRICS plus community and core number, per node."""
    if g.number_of_nodes() == 0:
        return {}
    ev, method = eigenvector(g)
    g.graph["eigenvector_method"] = method
    per_metric: dict[str, dict[str, float]] = {
        "degree": dict(g.degree()),
        "weighted_degree": dict(g.degree(weight="weight")),
        "betweenness": betweenness(g, seed),
        "eigenvector": ev,
        "pagerank": nx.pagerank(g, weight="weight"),
        "community": {k: float(v) for k, v in communities(g, seed).items()},
        "core": {k: float(v) for k, v in nx.core_number(g).items()},
    }
    return {n: {m: float(values.get(n, 0.0)) for m, values in per_metric.items()} for n in g}


def annotate(g: nx.Graph, seed: int = SEED) -> nx.Graph:
    """Write the metrics onto the nodes (in place) and return the graph, for render/export."""
    for node, values in compute_metrics(g, seed).items():
        attrs = g.nodes[node]
        for name, value in values.items():
            attrs[name] = int(value) if name in ("degree", "community", "core") else round(value, 6)
    return g


def metrics_table(g: nx.Graph, sort_by: str = "betweenness") -> list[dict[str, object]]:
    """One row per node with TABLE_COLUMNS, highest ``sort_by`` first (ties by label)."""
    if sort_by not in METRICS + ("community", "core"):
        raise ValueError(f"unknown metric {sort_by!r}; known: {', '.join(METRICS)}")
    if g.number_of_nodes() and "pagerank" not in next(iter(g.nodes.values())):
        annotate(g)
    table = [
        {col: attrs.get(col, node if col == "iri" else "") for col in TABLE_COLUMNS}
        for node, attrs in g.nodes(data=True)
    ]
    return sorted(table, key=lambda r: (-float(r[sort_by] or 0), str(r["label"])))  # type: ignore[arg-type]


def top_nodes(g: nx.Graph, metric: str, n: int = 10) -> list[str]:
    """The n nodes with the highest value of ``metric`` (annotating first if needed)."""
    return [str(row["iri"]) for row in metrics_table(g, metric)[:n]]
