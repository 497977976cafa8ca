"""The same graph loads into another SPARQL 1.1 engine and answers the example queries alike.

The engine is Debian's Virtuoso (`apt-get install virtuoso-opensource`); its tests are skipped
with the install line when it is missing. Dumps are what `transferatlas export` writes.
"""

from __future__ import annotations

import shutil
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.export import export_graph
from graph.ontology_doc import example_queries
from graph.scaleout import (
    APT_PACKAGE,
    bulk_load_sql,
    dump_graph_names,
    load_dump_into_oxigraph,
    load_into_virtuoso,
    oxigraph_row_counts,
    push_graph_store,
    remote_row_counts,
    remote_select,
    running_virtuoso,
    sql_string,
    virtuoso_ini,
    virtuoso_installed,
)
from graph.store import open_store
from graph.vocab import ONTOLOGY_GRAPH, load_ontology_graph

MINI_GRAPH = Path(__file__).parent / "fixtures" / "mini_graph.trig"
QUERIES = [(q.name, q.text) for q in example_queries()]
NEW_TRANSFER_OBJECT = (
    "<https://w3id.org/transferatlas/id/transfer-object/katalog/9-9> "
    "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
    "<https://w3id.org/transferatlas/ontology#TransferObject> "
    "<https://w3id.org/transferatlas/graph/doc/katalog> .\n"
)
needs_virtuoso = pytest.mark.skipif(
    not virtuoso_installed(),
    reason=f"Virtuoso nicht installiert: apt-get install -y {APT_PACKAGE}",
)


def fixture_store() -> ox.Store:
    """The fixture graph plus the ontology graph, in memory (what ingest stores)."""
    store = ox.Store()
    store.bulk_load(path=str(MINI_GRAPH), format=ox.RdfFormat.TRIG)
    ontology = load_ontology_graph().serialize(format="nt", encoding="utf-8")
    store.bulk_load(ontology, ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(ONTOLOGY_GRAPH)))
    return store


@pytest.fixture(scope="module")
def dumps(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """N-Quads and TriG exports of the fixture graph, written by graph/export.py."""
    folder = tmp_path_factory.mktemp("dumps")
    store = fixture_store()
    out = {fmt: folder / f"graph.{fmt}" for fmt in ("nq", "trig")}
    for fmt, path in out.items():
        export_graph(store, path, fmt)
    return out


@given(st.text())
def test_sql_string_literals_round_trip(text: str) -> None:
    literal = sql_string(text)
    assert literal[0] == literal[-1] == "'"
    inner = literal[1:-1]
    assert "'" not in inner.replace("''", "")
    assert inner.replace("''", "'") == text


def test_virtuoso_config_allows_bulk_loads_from_the_load_folder(tmp_path: Path) -> None:
    ini = virtuoso_ini(tmp_path, tmp_path / "load", 21111, 28890)
    assert f"DirsAllowed = ., {tmp_path / 'load'}" in ini
    assert "ServerPort = 21111" in ini and "ServerPort = 28890" in ini
    script = bulk_load_sql(tmp_path / "load", "graph.nq", "http://ex.org/g")
    assert script.startswith(f"ld_dir('{tmp_path / 'load'}', 'graph.nq', 'http://ex.org/g');")
    assert "rdf_loader_run();" in script


@pytest.mark.parametrize("fmt", ["nq", "trig"])
def test_dump_restores_into_oxigraph_with_every_graph(
    dumps: dict[str, Path], tmp_path: Path, fmt: str
) -> None:
    original = fixture_store()
    assert load_dump_into_oxigraph(tmp_path, dumps[fmt]) == len(original)
    names = dump_graph_names(dumps[fmt])
    assert str(ONTOLOGY_GRAPH) in names and any("/graph/doc/" in n for n in names)
    assert oxigraph_row_counts(open_store(tmp_path), QUERIES) == oxigraph_row_counts(
        original, QUERIES
    )


@needs_virtuoso
def test_virtuoso_answers_example_queries_like_oxigraph(
    dumps: dict[str, Path], tmp_path: Path
) -> None:
    load_dir = tmp_path / "load"
    load_dir.mkdir()
    dump = Path(shutil.copy(dumps["nq"], load_dir))
    graphs = dump_graph_names(dump)
    expected = oxigraph_row_counts(fixture_store(), QUERIES)
    assert sum(expected.values()) > 0 and all(expected.values())
    with running_virtuoso(tmp_path / "virtuoso", load_dir) as virtuoso:
        load_into_virtuoso(virtuoso, dump)
        assert remote_row_counts(virtuoso.sparql_url, QUERIES, graphs) == expected
        first = example_queries()[0]
        rows = remote_select(virtuoso.sparql_url, first.text, graphs)
        assert set(rows[0]) <= set(first.columns) and {"transferObject", "label"} <= set(rows[0])

        # Graph Store Protocol: replace the graphs with a changed dump (one more transfer object)
        changed = fixture_store()
        changed.bulk_load(NEW_TRANSFER_OBJECT.encode(), ox.RdfFormat.N_QUADS)
        changed_dump = tmp_path / "changed.nq"
        changed.dump(str(changed_dump), ox.RdfFormat.N_QUADS)
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, f"http://localhost:{virtuoso.http_port}/", "dba", "dba")
        opener = urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(passwords))
        gsp_url = f"http://localhost:{virtuoso.http_port}/sparql-graph-crud-auth"
        assert set(push_graph_store(changed_dump, gsp_url, opener)) == set(graphs)
        count = "SELECT ?t WHERE { ?t a <https://w3id.org/transferatlas/ontology#TransferObject> }"
        assert len(remote_select(virtuoso.sparql_url, count, graphs)) == 3
        assert remote_row_counts(virtuoso.sparql_url, QUERIES, graphs) == oxigraph_row_counts(
            changed, QUERIES
        )
