"""The store is replaced only by complete builds; readers never see a half-written graph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.sparql import ReadOnlyError, run_query
from graph.store import current_store_path, load_nquads, new_store, open_store, rows

QUAD = b'<http://ex.org/a> <http://ex.org/p> "eins" <http://ex.org/g> .\n'
QUAD2 = b'<http://ex.org/b> <http://ex.org/p> "zwei" <http://ex.org/g> .\n'


def build(base: Path, data: bytes) -> None:
    with new_store(base) as store:
        load_nquads(store, data)


def test_first_build_becomes_current(tmp_path: Path) -> None:
    assert current_store_path(tmp_path) is None
    build(tmp_path, QUAD)
    store = open_store(tmp_path)
    assert rows(store, "SELECT ?o WHERE { ?s ?p ?o }") == [{"o": "eins"}]


def test_crash_mid_build_keeps_previous_graph(tmp_path: Path) -> None:
    build(tmp_path, QUAD)
    before = current_store_path(tmp_path)
    with pytest.raises(RuntimeError), new_store(tmp_path) as store:
        load_nquads(store, QUAD2)
        raise RuntimeError("crash while loading")
    assert current_store_path(tmp_path) == before
    assert rows(open_store(tmp_path), "SELECT ?o WHERE { ?s ?p ?o }") == [{"o": "eins"}]
    assert len(list((tmp_path / "stores").iterdir())) == 1


def test_new_build_replaces_old_and_prunes(tmp_path: Path) -> None:
    for _ in range(5):
        build(tmp_path, QUAD)
    build(tmp_path, QUAD + QUAD2)
    assert len(open_store(tmp_path)) == 2
    assert len(list((tmp_path / "stores").glob("build-*"))) <= 3


def test_update_is_refused_and_select_sees_union(tmp_path: Path) -> None:
    build(tmp_path, QUAD + QUAD2)
    store = open_store(tmp_path)
    with pytest.raises(ReadOnlyError):
        run_query(store, "PREFIX ex: <http://ex.org/>\nINSERT DATA { ex:x ex:p ex:y }")
    columns, result = run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert columns == ["n"] and result == [["2"]]
    with pytest.raises(OSError):
        ox.Store.read_only(str(tmp_path / "nothing-here"))


def test_a_defect_in_one_documents_extraction_is_reported_for_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ingest.pipeline as pipeline

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "gut.txt").write_text("Die Stadt Rabenau hat einen Bildungsbeirat.\n", "utf-8")
    (corpus / "defekt.txt").write_text("Die Stadt Kesselsdorf.\n", "utf-8")
    real = pipeline.extract_document

    def failing(path: Path, *args: object, **kwargs: object) -> object:
        if path.stem == "defekt":
            raise IndexError("list index out of range")
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "extract_document", failing)
    result = pipeline.ingest_corpus(corpus, tmp_path / "data")
    assert [d.doc_id for d in result.documents] == ["gut"]
    (error,) = result.errors
    assert error.path.endswith("defekt.txt") and "IndexError" in error.problem
