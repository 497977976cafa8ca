"""One function per user action: `search` and `similar` (the UI and the CLI call these).

A `Searcher` holds one loaded index and the embedder; `get_searcher` caches it per folder and
rebuilds the index when the current graph store changed. Hits are per resource (transfer
object, section, measure) or, with ``group="unit"``, per evaluation unit.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from graph.store import current_store_path, data_dir, open_store
from search.chunking import Chunk, body
from search.embeddings import Embedder, default_embedder, encode
from search.facets import allowed
from search.hybrid import MODES, aggregate, ranks, rrf, spread_passages
from search.index_store import Index, build_index, load_index

TYPES = {"transfer_object": "TransferObject", "field": "TransferObject", "section": "Section",
         "item": "Section", "measure": "Measure"}  # fmt: skip
EVIDENCE_CHARS = 300
CANDIDATES = 200  # chunks each retriever hands to fusion (at least; 20 per wanted hit)
# passages of one document shown before those of others (a transfer object is its own result)
PASSAGES_PER_DOCUMENT = 2
_PASSAGE_KINDS = frozenset({"section", "item"})


def top_positive(scores: np.ndarray, depth: int) -> list[tuple[int, float]]:
    """The ``depth`` best positive scores as (position, score), best first (ties: position)."""
    if depth < len(scores):
        part = np.argpartition(-scores, depth)[:depth]
    else:
        part = np.arange(len(scores))
    part = part[scores[part] > 0]
    order = part[np.lexsort((part, -scores[part]))]
    return [(int(i), float(scores[i])) for i in order]


@dataclass
class Hit:
    """One search result with the passage that justifies it and how each retriever ranked it."""

    id: str  # resource IRI
    unit: str
    label: str
    type: str
    section: str
    document: str
    doc_id: str
    score: float
    evidence: str
    evidence_field: str
    start_line: int | None = None
    end_line: int | None = None
    fields_matched: list[str] = field(default_factory=list)
    ranks: dict[str, int | None] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def snippet(text: str, terms: set[str], analyze: Any, limit: int = EVIDENCE_CHARS) -> str:
    """The sentences of ``text`` richest in query terms, cut to about ``limit`` characters."""
    sentences = re.split(r"(?<=[.!?;:])\s+", " ".join(text.split()))
    best = max(range(len(sentences)), key=lambda i: (len(terms & set(analyze(sentences[i]))), -i))
    out = sentences[best]
    for extra in sentences[best + 1 :]:
        if len(out) + len(extra) + 1 > limit:
            break
        out += " " + extra
    return out if len(out) <= limit else out[: limit - 1].rsplit(" ", 1)[0] + " …"


class Searcher:
    """A loaded index plus the query embedder; cheap to keep in a UI cache."""

    def __init__(self, index: Index, embedder: Embedder | None = None) -> None:
        self.index = index
        self._embedder = embedder
        self._by_resource: dict[str, list[int]] = {}
        for pos, chunk in enumerate(index.chunks):
            self._by_resource.setdefault(chunk.resource, []).append(pos)

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = default_embedder(self.index.config.get("backend", "auto"))
        return self._embedder

    def _query_vector(self, query: str, fuzzy: bool = True) -> np.ndarray:
        """The query's embedding; with ``fuzzy`` in the corpus' spelling (umlauts, typos)."""
        text = self.index.analyzer.respell(query) if fuzzy else query
        return encode(self.embedder, [text], "query")[0]

    def _passage_document(self, resource: str) -> str | None:
        """The document a passage hit belongs to; None for a transfer object or measure."""
        chunk = self.index.chunks[self._by_resource[resource][0]]
        return chunk.doc_id if chunk.kind in _PASSAGE_KINDS else None

    def _passes(
        self, facets: dict[str, list[str]] | None, kinds: Collection[str] | None = None
    ) -> np.ndarray | None:
        """Chunk mask of the facet and kind filters; None when nothing is filtered."""
        resources, docs = allowed(facets, self.index.facets)
        if resources is None and docs is None and kinds is None:
            return None
        return np.array(
            [
                (resources is None or c.resource in resources)
                and (docs is None or c.doc_id in docs)
                and (kinds is None or c.kind in kinds)
                for c in self.index.chunks
            ],
            dtype=bool,
        )

    def search(
        self,
        query: str,
        *,
        k: int = 10,
        facets: dict[str, list[str]] | None = None,
        mode: str = "hybrid",
        group: str = "resource",
        how: str = "max",
        fuzzy: bool = True,
        weights: dict[str, float] | None = None,
        kinds: Collection[str] | None = None,
        depth: int | None = None,
    ) -> list[Hit]:
        """Best ``k`` resources (or units) for a German query, filtered by facet values.

        ``kinds`` keeps only chunks of those kinds (matching wants transfer objects only);
        each retriever contributes its best ``depth`` chunks (default: 20 per wanted hit, at
        least 200), so fusion costs the same at 100 or 100,000 chunks.
        """
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        chunks = self.index.chunks
        depth = depth or max(CANDIDATES, 20 * k)
        passes = self._passes(facets, kinds)
        terms = self.index.analyzer.query_terms(query, fuzzy=fuzzy)
        bm25 = self.index.keyword.scores(terms)
        chunk_hits: dict[str, list[tuple[int, float]]] = {}
        if mode in ("hybrid", "bm25"):
            masked = bm25 if passes is None else np.where(passes, bm25, 0.0)
            chunk_hits["bm25"] = top_positive(masked, depth)
        if mode in ("hybrid", "dense"):
            share = 1.0 if passes is None else max(float(passes.mean()), 1e-9)
            dense = self.index.vectors.search(
                self._query_vector(query, fuzzy), int(depth / share) + 1
            )
            chunk_hits["dense"] = [(i, s) for i, s in dense if passes is None or passes[i]][:depth]

        def key_of(pos: int) -> str:
            return chunks[pos].unit if group == "unit" else chunks[pos].resource

        grouped = {name: aggregate(hits, key_of, how) for name, hits in chunk_hits.items()}
        rankings = {name: [key for key, _, _ in groups] for name, groups in grouped.items()}
        if mode == "hybrid":
            fused = rrf(rankings, weights=weights)
        else:
            fused = [(key, score) for key, score, _ in grouped[mode]]
        if group == "resource":
            fused = spread_passages(fused, self._passage_document, PASSAGES_PER_DOCUMENT)
        chunk_rrf = dict(rrf({n: [p for p, _ in hits] for n, hits in chunk_hits.items()}))
        group_ranks = {name: ranks(r) for name, r in rankings.items()}
        members: dict[str, list[int]] = {}
        for name in chunk_hits:
            for pos, _ in chunk_hits[name]:
                members.setdefault(key_of(pos), []).append(pos)
        return [
            self._hit(key, score, members[key], chunk_rrf, bm25, terms, group_ranks)
            for key, score in fused[:k]
        ]

    def _hit(
        self,
        key: str,
        score: float,
        positions: list[int],
        chunk_rrf: dict[int, float],
        bm25: np.ndarray,
        terms: list[str],
        group_ranks: dict[str, dict[str, int]],
    ) -> Hit:
        best = max(positions, key=lambda p: (chunk_rrf.get(p, 0.0), -p))
        chunk: Chunk = self.index.chunks[best]
        analyze, wanted = self.index.analyzer, set(terms)
        matched = ["title"] if wanted & set(analyze(chunk.label)) else []
        by_score = sorted(positions, key=lambda p: (-bm25[p], p))
        for p in by_score:
            c = self.index.chunks[p]
            if (
                bm25[p] > 0
                and c.field
                and c.field not in matched
                and wanted & set(analyze(body(c)))
            ):
                matched.append(c.field)
        return Hit(
            id=chunk.resource,
            unit=chunk.unit,
            label=chunk.label,
            type=TYPES[chunk.kind],
            section=chunk.section,
            document=self.index.documents.get(chunk.doc_id, chunk.doc_id),
            doc_id=chunk.doc_id,
            score=round(float(score), 6),
            evidence=snippet(body(chunk), wanted, analyze),
            evidence_field=chunk.field,
            start_line=chunk.start_line,
            end_line=chunk.end_line,
            fields_matched=matched,
            ranks={name: r.get(key) for name, r in group_ranks.items()},
        )

    def mean_vector(self, resource: str) -> np.ndarray:
        positions = self._by_resource.get(resource)
        if not positions:
            raise KeyError(f"{resource} ist nicht im Suchindex")
        vector = self.index.matrix[positions].mean(axis=0)
        return vector / max(float(np.linalg.norm(vector)), 1e-12)

    def similar(self, resource: str, k: int = 5) -> list[Hit]:
        """Transfer objects whose mean chunk vector is closest to that of ``resource``."""
        source = self.mean_vector(resource)
        candidates = [
            r
            for r, pos in self._by_resource.items()
            if r != resource and self.index.chunks[pos[0]].kind in ("transfer_object", "field")
        ]
        scored = sorted(
            ((r, float(self.mean_vector(r) @ source)) for r in candidates), key=lambda x: -x[1]
        )
        hits = []
        for rank, (r, score) in enumerate(scored[:k], start=1):
            first = self._by_resource[r][0]
            hits.append(self._hit(r, score, [first], {}, np.zeros(len(self.index.chunks)), [],
                                  {"dense": {r: rank}}))  # fmt: skip
        return hits


def default_index_folder() -> Path:
    return data_dir() / "index"


def ensure_index(folder: Path | None = None, *, progress: bool = False) -> Index:
    """Load the index, (re)building it from the current graph store when missing or stale."""
    folder = folder or default_index_folder()
    store_path = current_store_path()
    source = str(store_path) if store_path else ""
    if (folder / "config.json").exists():
        try:
            index = load_index(folder)
        except (ValueError, OSError):
            pass  # an index of an older format or a half-written folder: build it anew
        else:
            built_from = index.config.get("source")
            if not source or not built_from or built_from == source:
                return index  # an index of an explicit store is never replaced by the default
    return build_index(open_store(), folder, progress=progress, source=source)


@lru_cache(maxsize=4)
def _cached_searcher(folder: str, stamp: float) -> Searcher:
    return Searcher(ensure_index(Path(folder)))


def get_searcher(folder: Path | None = None) -> Searcher:
    """The cached searcher of ``folder`` (default: ``<data>/index``), fresh after re-ingest."""
    folder = folder or default_index_folder()
    link = data_dir() / "current"
    stamp = link.lstat().st_mtime if link.is_symlink() or link.exists() else 0.0
    return _cached_searcher(str(folder), stamp)


def _resolve(index: Searcher | Index | Path | str | None) -> Searcher:
    if isinstance(index, Searcher):
        return index
    if isinstance(index, Index):
        return Searcher(index)
    return get_searcher(Path(index) if index is not None else None)


def search(
    query: str,
    *,
    k: int = 10,
    facets: dict[str, list[str]] | None = None,
    mode: str = "hybrid",
    index: Searcher | Index | Path | str | None = None,
    group: str = "resource",
) -> list[Hit]:
    """Transfer objects and passages answering ``query``, best first, with evidence."""
    return _resolve(index).search(query, k=k, facets=facets, mode=mode, group=group)


def similar(
    resource_iri: str, k: int = 5, *, index: Searcher | Index | Path | str | None = None
) -> list[Hit]:
    """Transfer objects most similar to the given resource (by mean passage vector)."""
    return _resolve(index).similar(resource_iri, k=k)
