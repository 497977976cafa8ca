"""Synthetic catalogue and benchmark helpers: deterministic, sized as asked, search-shaped."""

from __future__ import annotations

import numpy as np
import pytest

from search.analysis import Analyzer
from search.bench import analyse_all, flat_vs_hnsw, percentile, synthetic_vectors
from search.synthetic import DOC, generate_catalogue, to_chunks


def test_same_seed_same_catalogue_other_seed_other_catalogue() -> None:
    assert generate_catalogue(40, seed=3) == generate_catalogue(40, seed=3)
    assert generate_catalogue(40, seed=3) != generate_catalogue(40, seed=4)


@pytest.mark.parametrize("size", [1, 250, 1000])
def test_catalogue_has_the_asked_size_and_unique_units(size: int) -> None:
    objects = generate_catalogue(size)
    assert len(objects) == size
    assert len({o.unit for o in objects}) == size
    assert all(o.unit.startswith(f"{DOC}#") for o in objects)


def test_objects_read_like_german_mask_texts() -> None:
    obj = generate_catalogue(5)[0]
    assert set(obj.fields) >= {"shortDescription", "goals", "methods"}
    assert all(len(text.split()) >= 10 for text in obj.fields.values())
    assert "{" not in " ".join(obj.fields.values())  # every template slot filled


def test_chunks_follow_the_index_layout() -> None:
    objects = generate_catalogue(20)
    overview = to_chunks(objects)
    assert len(overview) == 20 and {c.kind for c in overview} == {"transfer_object"}
    assert overview[0].text.startswith(objects[0].title + ". ")
    detailed = to_chunks(objects, fields=True)
    assert len(detailed) == 20 * (1 + len(objects[0].fields))
    assert {c.unit for c in detailed} == {o.unit for o in objects}


def test_synthetic_vectors_are_unit_length_deterministic_and_topical() -> None:
    analyzer = Analyzer()
    texts = ["Bildungsmonitoring mit Kennzahlen und Bildungsbericht",
             "Kennzahlen für den Bildungsbericht und das Bildungsmonitoring",
             "Elternarbeit an Grundschulen mit Elterncafé"]  # fmt: skip
    terms = analyse_all(analyzer, texts)
    assert terms == [analyzer(t) for t in texts]
    vectors = synthetic_vectors(terms)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(vectors, synthetic_vectors(terms))
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


def test_flat_is_exact_and_hnsw_recall_is_a_fraction() -> None:
    rng = np.random.default_rng(0)
    matrix = rng.standard_normal((500, 384)).astype(np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    rows = flat_vs_hnsw(matrix, matrix[:20])
    assert rows[0]["index"] == "flat" and rows[0]["recall"] == 1.0
    assert all(0.0 <= r["recall"] <= 1.0 and r["ms"] > 0 for r in rows)
    assert rows[-1]["recall"] >= 0.9  # efSearch 128 on 500 vectors is near exact


def test_percentile_of_latencies() -> None:
    assert percentile([1.0, 2.0, 3.0, 4.0, 100.0], 50) == 3.0
    assert np.isnan(percentile([], 95))
