"""`python -m ui.network_bench`: how long networks take at sizes beyond the corpus.

Synthetic stakeholder graphs (power-law with clustering, mean degree ~6 like co-membership
networks, typed nodes, one evidence sentence per edge) stand in for a large catalogue.
Prints a table: metric times at 10k nodes, layout/render time and HTML size at 1k and 5k.
"""

from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import networkx as nx

from graph.network import ACTOR_TYPES, Evidence
from graph.network_layout import compute_layout
from graph.network_metrics import betweenness, communities, eigenvector


def synthetic_network(n: int, seed: int = 7) -> nx.Graph:
    """A typed, evidenced graph with n nodes shaped like an actor-actor projection."""
    rng = random.Random(seed)
    base = nx.powerlaw_cluster_graph(n, 3, 0.3, seed=seed)
    g = nx.Graph(projection="synthetic")
    for i in base:
        kind = rng.choice(ACTOR_TYPES)
        g.add_node(
            f"n{i}",
            label=f"{kind} {i}",
            type=kind,
            iri=f"urn:synthetic:{i}",
            municipality="",
            alt_labels="",
            action_fields="",
        )
    for u, v in base.edges():
        ev = Evidence(
            doc=f"doc-{rng.randrange(200)}",
            text=f"Satz über Akteur {u} und {v}.",
            relation="cooperatesWith",
            subject=f"n{u}",
            object=f"n{v}",
            start_line=rng.randrange(1, 5000),
        )
        g.add_edge(f"n{u}", f"n{v}", relation="cooperatesWith", weight=1, via="", evidence=[ev])
    return g


def _timed(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def bench_metrics(n: int = 10_000) -> list[tuple[str, str]]:
    g = synthetic_network(n)
    out = [(f"graph {n} nodes", f"{g.number_of_edges()} edges")]
    steps: list[tuple[str, Callable[[], object]]] = [
        ("degree + weighted degree", lambda: (dict(g.degree()), dict(g.degree(weight="weight")))),
        ("betweenness (sampled)", lambda: betweenness(g)),
        ("eigenvector", lambda: eigenvector(g)),
        ("pagerank", lambda: nx.pagerank(g, weight="weight")),
        ("louvain communities", lambda: communities(g)),
        ("k-core", lambda: nx.core_number(g)),
    ]
    total = 0.0
    for name, step in steps:
        seconds = _timed(step)
        total += seconds
        out.append((f"{name} @ {n}", f"{seconds:.2f} s"))
    out.append((f"all metrics @ {n}", f"{total:.2f} s"))
    return out


def bench_render(sizes: tuple[int, ...] = (1_000, 5_000)) -> list[tuple[str, str]]:
    from graph.network_metrics import annotate

    # The one upward import (graph -> ui) in graph/: a developer tool measuring the page the
    # UI renders, imported lazily so nothing in graph/ depends on ui/ at import time.
    from ui.network_render import render_html

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            g = annotate(synthetic_network(n))
            path = Path(tmp) / f"net-{n}.html"
            layout_seconds = _timed(partial(compute_layout, g))
            out.append((f"layout @ {n}", f"{layout_seconds:.2f} s"))
            seconds = _timed(partial(render_html, g, path, metric="betweenness"))
            out.append((f"pyvis render (incl. layout) @ {n}", f"{seconds:.2f} s"))
            out.append((f"HTML size @ {n}", f"{path.stat().st_size / 1e6:.1f} MB"))
    return out


def main() -> None:
    rows = bench_metrics() + bench_render()
    width = max(len(name) for name, _ in rows)
    print(f"{'measure'.ljust(width)}  value")
    for name, value in rows:
        print(f"{name.ljust(width)}  {value}")


if __name__ == "__main__":
    main()
