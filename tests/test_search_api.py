"""Search on a small fixture graph: the top transfer object, evidence, facets, typos, similar."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pyoxigraph as ox
import pytest

from search.api import Searcher, search, similar
from search.chunking import load_chunks
from search.facets import facet_values
from search.index_store import Index, build_index, load_index

FIXTURE = Path(__file__).parent / "fixtures" / "search_graph.trig"
TO = "https://w3id.org/transferatlas/id/transfer-object/musterstadt-transferkatalog/"
CATALOGUE = "musterstadt-transferkatalog"


@pytest.fixture(scope="module")
def store() -> ox.Store:
    graph = ox.Store()
    graph.load(FIXTURE.read_bytes(), format=ox.RdfFormat.TRIG)
    return graph


@pytest.fixture(scope="module")
def index(store: ox.Store, tmp_path_factory: pytest.TempPathFactory) -> Index:
    return build_index(store, tmp_path_factory.mktemp("index"), progress=False)


@pytest.fixture(scope="module")
def searcher(index: Index) -> Searcher:
    return Searcher(load_index(index.folder))


def test_transfer_objects_become_overview_and_field_chunks(store: ox.Store) -> None:
    chunks = load_chunks(store)
    monitoring = [c for c in chunks if c.unit == f"{CATALOGUE}#2.1.1"]
    assert {c.kind for c in monitoring} == {"transfer_object", "field"}
    assert {c.field for c in monitoring if c.kind == "field"} == {
        "shortDescription",
        "initialSituation",
        "goals",
        "methods",
        "challenges",
    }
    short = next(c for c in monitoring if c.field == "shortDescription")
    assert (short.start_line, short.end_line) == (12, 15)


def test_other_passages_count_as_their_whole_document(store: ox.Store) -> None:
    chunks = load_chunks(store)
    sections = [c for c in chunks if c.kind in ("section", "item", "measure")]
    assert sections
    assert all(c.unit == c.doc_id and "#" not in c.unit for c in sections)
    ap1 = next(c for c in sections if c.label.startswith("AP 1"))
    assert ap1.text.startswith("AP 1 Aufbau eines Bildungsmonitorings: ")


def test_index_folder_describes_itself(index: Index) -> None:
    names = {p.name for p in index.folder.iterdir()}
    assert {"config.json", "chunks.jsonl", "bm25", "vectors.faiss", "embeddings.sqlite"} <= names
    assert index.config["model"].endswith("intfloat/multilingual-e5-small")
    assert index.config["counts"]["chunks"] == len(index.chunks)


@pytest.mark.parametrize(
    ("query", "section"),
    [
        ("datenbasierte Steuerung mit Indikatoren und Bildungsbericht", "2.1.1"),
        ("Jugendliche beim Einstieg in die Ausbildung begleiten", "2.2.1"),
        ("jährliches Treffen aller Bildungsakteure der Stadt", "2.3.1"),
        ("Gremium der Amtsleitungen, das die Bildungsstrategie steuert", "2.3.2"),
        ("Eltern mit wenig Schulerfahrung erreichen", "2.4.1"),
    ],
)
def test_hybrid_ranks_the_relevant_transfer_object_first(
    searcher: Searcher, query: str, section: str
) -> None:
    hits = searcher.search(query, k=3)
    assert hits[0].unit == f"{CATALOGUE}#{section}"
    assert hits[0].type == "TransferObject"
    assert hits[0].evidence and len(hits[0].evidence) <= 310


@pytest.mark.parametrize(
    ("typo", "right"),
    [
        ("Bildungsmonitorng", "Bildungsmonitoring"),
        ("Uebergang Schule Beruf", "Übergang Schule Beruf"),
        ("Bildungskonfernz", "Bildungskonferenz"),
        ("Steuerungskries", "Steuerungskreis"),
    ],
)
@pytest.mark.parametrize("mode", ["hybrid", "bm25"])
def test_typos_and_missing_umlauts_find_the_same_top_hit(
    searcher: Searcher, typo: str, right: str, mode: str
) -> None:
    assert searcher.search(typo, k=1, mode=mode)[0].id == searcher.search(right, k=1)[0].id


def test_hit_explains_ranks_fields_and_evidence(searcher: Searcher) -> None:
    hit = searcher.search("Indikatoren Bildungsreport", k=1)[0].to_json()
    assert hit["id"] == TO + "2-1-1"
    assert hit["ranks"]["bm25"] == 1 and hit["ranks"]["dense"] is not None
    assert "title" in hit["fields_matched"] and "goals" in hit["fields_matched"]
    assert "challenges" not in hit["fields_matched"]  # only the title repeats there
    assert "Indikatoren" in hit["evidence"] and not hit["evidence"].startswith("Bildungsreport und")
    assert hit["document"] == "Transferkatalog der Musterstadt"


def test_bm25_and_dense_modes_rank_alone(searcher: Searcher) -> None:
    bm25 = searcher.search("Tablets Volkshochschulen", k=5, mode="bm25")
    assert [h.unit for h in bm25] == ["netzwerk-protokoll-2021"]
    assert set(bm25[0].ranks) == {"bm25"}
    dense = searcher.search("Tablets Volkshochschulen", k=5, mode="dense")
    assert len(dense) == 5 and set(dense[0].ranks) == {"dense"}


def test_group_by_unit_merges_passages_of_a_document(searcher: Searcher) -> None:
    units = [h.unit for h in searcher.search("Übergang Schule Beruf Netzwerk", k=10, group="unit")]
    assert len(units) == len(set(units))
    assert "musterkreis-arbeitspakete" in units


def test_facet_values_come_from_the_graph(store: ox.Store) -> None:
    values = facet_values(store)
    kinds = {label: count for _, label, count in values["product_type"]}
    assert kinds == {"Verfahrensweise": 3, "Instrument": 1, "Strukturlösung": 1}
    assert ("Landkreis Musterkreis", "Landkreis Musterkreis", 1) in values["publisher"]
    actors = {label for _, label, _ in values["actor"]}
    assert {"Agentur für Arbeit", "Steuerungskreis Bildung"} <= actors


def test_facets_filter_hits(searcher: Searcher) -> None:
    verfahren = "https://w3id.org/transferatlas/id/concept/product-type/verfahrensweise"
    hits = searcher.search("Bildung", k=10, facets={"product_type": [verfahren]})
    assert hits and {h.unit.split("#")[1] for h in hits} <= {"2.2.1", "2.3.1", "2.4.1"}
    protocol = searcher.search("Bildung Daten", k=10, facets={"document_kind": ["Protokoll"]})
    assert protocol and {h.doc_id for h in protocol} == {"netzwerk-protokoll-2021"}
    none = searcher.search(
        "Bildung", facets={"product_type": [verfahren], "document_kind": ["Protokoll"]}
    )
    assert none == []
    with pytest.raises(KeyError):
        searcher.search("Bildung", facets={"farbe": ["blau"]})


def test_similar_returns_other_transfer_objects(searcher: Searcher) -> None:
    hits = similar(TO + "2-3-1", k=3, index=searcher)
    assert len(hits) == 3
    assert TO + "2-3-1" not in {h.id for h in hits}
    assert all(h.type == "TransferObject" for h in hits)


def test_module_search_accepts_an_index_folder(index: Index) -> None:
    hits = search("Elterncafés", k=2, index=index.folder)
    assert hits[0].id == TO + "2-4-1"


def test_rebuild_reuses_cached_vectors(store: ox.Store, index: Index) -> None:
    class Refuses:
        name, backend = index.config["model"], index.config["backend"]

        def embed(self, texts: Sequence[str], kind: str) -> np.ndarray:
            raise AssertionError(f"re-embedded {len(texts)} unchanged texts")

    rebuilt = build_index(store, index.folder, progress=False, embedder=Refuses())
    assert (rebuilt.matrix == index.matrix).all()
