"""Fusion, aggregation, the vector index switch and the embedding cache."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search.embeddings import DIM, VectorCache, cache_key, encode, normalise
from search.hybrid import aggregate, ranks, rrf, spread_passages
from search.keyword_index import KeywordIndex
from search.vector_index import VectorIndex


def test_rrf_prefers_items_both_retrievers_rank_high() -> None:
    fused = rrf({"bm25": ["a", "b", "c"], "dense": ["b", "c", "a"]})
    assert [key for key, _ in fused] == ["b", "a", "c"]
    assert fused[0][1] == pytest.approx(1 / 62 + 1 / 61)


def test_rrf_weights_tilt_the_fusion() -> None:
    fused = rrf({"bm25": ["a", "b"], "dense": ["b", "a"]}, weights={"dense": 2.0})
    assert fused[0][0] == "b"


def test_aggregate_groups_chunks_by_their_best_or_two_best() -> None:
    hits = [(0, 0.9), (1, 0.8), (2, 0.85), (3, 0.1)]
    group = {0: "x", 1: "x", 2: "y", 3: "y"}.__getitem__
    assert aggregate(hits, group) == [("x", 0.9, 0), ("y", 0.85, 2)]
    assert [key for key, _, _ in aggregate(hits, group, "top2")] == ["x", "y"]
    assert ranks(["x", "y"]) == {"x": 1, "y": 2}


def test_keyword_index_round_trips(tmp_path: Path) -> None:
    index = KeywordIndex.build([["bildung", "monitoring"], ["eltern"], []])
    index.save(tmp_path / "bm25")
    loaded = KeywordIndex.load(tmp_path / "bm25")
    assert [pos for pos, _ in loaded.search(["eltern", "unbekannt"], 5)] == [1]
    assert loaded.search(["unbekannt"], 5) == []


@pytest.mark.parametrize(("limit", "kind"), [(1000, "flat"), (10, "hnsw")])
def test_vector_index_finds_the_nearest_and_round_trips(
    tmp_path: Path, limit: int, kind: str
) -> None:
    vectors = normalise(np.random.default_rng(0).normal(size=(64, DIM)))
    index = VectorIndex.build(vectors, flat_limit=limit)
    assert index.kind == kind
    index.save(tmp_path / "v.faiss")
    loaded = VectorIndex.load(tmp_path / "v.faiss")
    assert loaded.search(vectors[7], 3)[0][0] == 7


class CountingEmbedder:
    name, backend = "fake:model", "fake"

    def __init__(self) -> None:
        self.seen: list[str] = []

    def embed(self, texts: Sequence[str], kind: str) -> np.ndarray:
        self.seen.extend(texts)
        return np.ones((len(texts), DIM), dtype=np.float32)


def test_encode_caches_by_model_prefix_and_text(tmp_path: Path) -> None:
    embedder = CountingEmbedder()
    cache = VectorCache(tmp_path / "cache.sqlite")
    first = encode(embedder, ["Übergang", "Schule"], "passage", cache=cache)
    again = encode(embedder, ["Schule", "Übergang", "Beruf"], "passage", cache=cache)
    encode(embedder, ["Schule"], "query", cache=cache)
    # only new (model, prefix, text) triples were embedded
    assert sorted(embedder.seen) == ["Beruf", "Schule", "Schule", "Übergang"]
    assert first.dtype == np.float32 and np.allclose(np.linalg.norm(again, axis=1), 1.0)
    assert cache_key("m", "query", "x") != cache_key("m", "passage", "x")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "b", "c", None]), max_size=30),
    st.integers(min_value=1, max_value=4),
)
def test_spreading_passages_caps_each_document_before_the_rest_and_drops_nothing(
    documents: list[str | None], cap: int
) -> None:
    ranked = [(f"r{i}", 1.0 / (i + 1)) for i in range(len(documents))]
    document_of = dict(zip((key for key, _ in ranked), documents, strict=True)).get
    spread = spread_passages(ranked, document_of, cap)
    assert sorted(spread) == sorted(ranked)
    held = sum(max(0, documents.count(doc) - cap) for doc in ("a", "b", "c"))
    shown = [document_of(key) for key, _ in spread[: len(spread) - held]]
    assert all(shown.count(doc) <= cap for doc in ("a", "b", "c"))
    assert [k for k, _ in spread if document_of(k) is None] == [
        k for k, _ in ranked if document_of(k) is None
    ]


def test_a_transfer_object_is_not_crowded_out_by_one_documents_passages() -> None:
    ranked = [("s1", 0.9), ("s2", 0.8), ("s3", 0.7), ("to", 0.6)]
    documents = {"s1": "minutes", "s2": "minutes", "s3": "minutes"}
    assert [key for key, _ in spread_passages(ranked, documents.get, 2)] == ["s1", "s2", "to", "s3"]
