"""Node positions computed once in Python, so large networks need no physics in the browser.

networkx's spring layout switches to a slow per-node loop above 500 nodes (5k nodes: ~50 s
for 15 iterations, measured here), and Kamada–Kawai is cubic. So: Kamada–Kawai for small
graphs, the dense spring layout up to `DENSE_LIMIT`, and above it a community layout —
Louvain groups placed by a spring layout of the group graph, each group laid out on its own
(dense spring, or spectral when a group itself is huge). Deterministic for a fixed seed.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

KAMADA_KAWAI_LIMIT = 60
DENSE_LIMIT = 450
SEED = 42
Layout = dict[str, tuple[float, float]]


def _scaled(
    pos: dict[str, np.ndarray] | dict[str, tuple[float, float]],
    scale: float,
    centre: tuple[float, float] = (0.0, 0.0),
) -> Layout:
    return {
        n: (float(p[0]) * scale + centre[0], float(p[1]) * scale + centre[1])
        for n, p in pos.items()
    }


def _small_layout(g: nx.Graph, seed: int, kk: bool = True) -> dict[str, np.ndarray]:
    if g.number_of_nodes() == 1:
        return {next(iter(g)): np.zeros(2)}
    if kk and g.number_of_nodes() <= KAMADA_KAWAI_LIMIT and nx.is_connected(g):
        return nx.kamada_kawai_layout(g)
    if g.number_of_nodes() <= DENSE_LIMIT:
        return nx.spring_layout(g, seed=seed, iterations=50)
    return nx.spectral_layout(g)


def community_layout(g: nx.Graph, seed: int = SEED) -> Layout:
    """Groups side by side, each group laid out by itself; fast for thousands of nodes."""
    groups = sorted(nx.community.louvain_communities(g, seed=seed), key=lambda c: (-len(c), min(c)))
    member_of = {n: i for i, members in enumerate(groups) for n in members}
    meta = nx.Graph()
    meta.add_nodes_from(range(len(groups)))
    for u, v in g.edges():
        a, b = member_of[u], member_of[v]
        if a != b:
            w = meta.get_edge_data(a, b, {"weight": 0})["weight"]
            meta.add_edge(a, b, weight=w + 1)
    centres = nx.spring_layout(
        meta, seed=seed, iterations=100, weight="weight", k=3 / math.sqrt(max(len(groups), 1))
    )
    spread = math.sqrt(g.number_of_nodes())
    pos: Layout = {}
    for i, members in enumerate(groups):
        radius = math.sqrt(len(members)) / spread
        inner = _small_layout(g.subgraph(members), seed, kk=False)
        pos.update(_scaled(inner, radius, (float(centres[i][0]) * 2, float(centres[i][1]) * 2)))
    return pos


def compute_layout(g: nx.Graph, seed: int = SEED, scale: float = 1000.0) -> Layout:
    """Positions for every node, roughly within [-scale, scale]², deterministic."""
    n = g.number_of_nodes()
    if n == 0:
        return {}
    if n <= DENSE_LIMIT:
        return _scaled(_small_layout(g, seed), scale)
    pos = community_layout(g, seed)
    extent = max(max(abs(x), abs(y)) for x, y in pos.values()) or 1.0
    return {k: (x / extent * scale, y / extent * scale) for k, (x, y) in pos.items()}
