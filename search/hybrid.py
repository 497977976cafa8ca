"""Fusion of keyword and dense rankings, and aggregation of chunk hits to resources/units.

Each retriever ranks chunks; a resource (or eval unit) takes the score of its best chunk
("max") or of its best two ("top2", rewards several matching fields). Fusion then works on
resource ranks with reciprocal rank fusion, so a transfer object with twelve field chunks does
not crowd out a one-chunk document passage.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import TypeVar

MODES = ("hybrid", "bm25", "dense")  # retrievers a search can use (hybrid = both, fused)
RRF_K = 60
K = TypeVar("K", bound=Hashable)


def aggregate(
    hits: Iterable[tuple[int, float]], group_of: Callable[[int], str], how: str = "max"
) -> list[tuple[str, float, int]]:
    """Chunk hits (position, score) -> groups (key, score, best chunk), best first."""
    per_group: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for pos, score in hits:
        per_group[group_of(pos)].append((score, pos))
    out: list[tuple[str, float, int]] = []
    for key, scored in per_group.items():
        scored.sort(reverse=True)
        if how == "top2":
            score = scored[0][0] + 0.5 * sum(s for s, _ in scored[1:2])
        elif how == "max":
            score = scored[0][0]
        else:
            raise ValueError(f"unknown aggregation {how!r}")
        out.append((key, score, scored[0][1]))
    out.sort(key=lambda item: (-item[1], item[0]))
    return out


def ranks(ranking: Iterable[str]) -> dict[str, int]:
    """1-based rank of each key in a best-first list."""
    return {key: i for i, key in enumerate(ranking, start=1)}


def rrf(
    rankings: Mapping[str, list[K]],
    *,
    k: int = RRF_K,
    weights: Mapping[str, float] | None = None,
) -> list[tuple[K, float]]:
    """Reciprocal rank fusion: sum of weight / (k + rank) over the rankings, best first."""
    scores: dict[K, float] = defaultdict(float)
    for name, ranking in rankings.items():
        weight = (weights or {}).get(name, 1.0)
        for rank, key in enumerate(ranking, start=1):
            scores[key] += weight / (k + rank)
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))


def spread_passages(
    ranked: list[tuple[K, float]], document_of: Callable[[K], str | None], per_document: int
) -> list[tuple[K, float]]:
    """The ranking with at most ``per_document`` passages of one document before the passages
    of other documents, as a search engine limits hits per site: three sections of one set of
    minutes should not push a transfer object off the first page. Keys whose document is None
    (transfer objects, each a result of its own) are never held back; nothing is dropped."""
    kept: list[tuple[K, float]] = []
    held: list[tuple[K, float]] = []
    shown: dict[str, int] = defaultdict(int)
    for key, score in ranked:
        document = document_of(key)
        if document is not None and shown[document] >= per_document:
            held.append((key, score))
            continue
        if document is not None:
            shown[document] += 1
        kept.append((key, score))
    return kept + held
