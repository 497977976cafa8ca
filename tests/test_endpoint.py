"""Researchers reach the graph with any SPARQL client through the real Oxigraph server.

The server process is started on a free port over a store built from the fixture graph plus the
ontology (as ingest does); every test talks HTTP to it, the way SPARQLWrapper or rdflib do.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from graph.endpoint import Endpoint, running_endpoint
from graph.ontology_doc import ExampleQuery, example_queries
from graph.scaleout import load_dump_into_oxigraph
from graph.store import current_store_path, new_store
from graph.vocab import ONTOLOGY_GRAPH, load_ontology_graph

MINI_GRAPH = Path(__file__).parent / "fixtures" / "mini_graph.trig"
QUERIES = example_queries()
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
DOCUMENTS = "PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT ?d WHERE { ?d a foaf:Document }"
TIMEOUT_S = 2
TOO_LONG = {  # an aggregate forces full evaluation before the first row is sent
    "cartesian": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
    "path": "SELECT (COUNT(*) AS ?n) "
    "WHERE { ?s (<http://x>|!<http://x>)* ?o . ?a ?b ?c . ?d ?e ?f }",
}
EXTRA_QUAD = b"<http://ex.org/neu> <http://ex.org/p> <http://ex.org/o> <http://ex.org/g> .\n"


def row_count(store: ox.Store, query: str, *, union: bool = True) -> int:
    result = store.query(query, use_default_graph_as_union=union)
    assert isinstance(result, ox.QuerySolutions)
    return sum(1 for _ in result)


def write_fixture_dump(out: Path) -> Path:
    """The fixture graph with the ontology in graph/ontology, as N-Quads (like an export)."""
    store = ox.Store()
    store.bulk_load(path=str(MINI_GRAPH), format=ox.RdfFormat.TRIG)
    ontology = load_ontology_graph().serialize(format="nt", encoding="utf-8")
    store.bulk_load(ontology, ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(ONTOLOGY_GRAPH)))
    store.dump(str(out), ox.RdfFormat.N_QUADS)
    return out


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("endpoint")
    load_dump_into_oxigraph(folder, write_fixture_dump(folder / "graph.nq"))
    return folder


@pytest.fixture(scope="module")
def expected(base: Path) -> dict[str, int]:
    store = ox.Store.read_only(str(current_store_path(base)))
    counts = {q.name: row_count(store, q.text) for q in QUERIES}
    counts["__all__"] = len(store)
    return counts


@pytest.fixture(scope="module")
def endpoint(base: Path) -> Iterator[Endpoint]:
    with running_endpoint(base, timeout_s=TIMEOUT_S, memory_limit_mb=4096) as running:
        yield running


def http(
    url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None
) -> tuple[int, str, str]:
    """Status, content type and body of one request (errors included, not raised)."""
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read().decode()


def get_query(endpoint: Endpoint, query: str, accept: str) -> tuple[int, str, str]:
    url = endpoint.query_url + "?" + urllib.parse.urlencode({"query": query})
    return http(url, headers={"Accept": accept})


def json_count(body: str) -> int:
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_get_and_both_post_forms_answer_the_same(
    endpoint: Endpoint, expected: dict[str, int]
) -> None:
    json_type = "application/sparql-results+json"
    _, _, by_get = get_query(endpoint, COUNT_ALL, json_type)
    form = urllib.parse.urlencode({"query": COUNT_ALL}).encode()
    _, _, by_form = http(
        endpoint.query_url,
        data=form,
        headers={"Accept": json_type, "Content-Type": "application/x-www-form-urlencoded"},
    )
    _, _, by_body = http(
        endpoint.query_url,
        data=COUNT_ALL.encode(),
        headers={"Accept": json_type, "Content-Type": "application/sparql-query"},
    )
    assert json_count(by_get) == json_count(by_form) == json_count(by_body) == expected["__all__"]


def parse_select(content_type: str, body: str) -> tuple[list[str], int]:
    """Columns and row count of a SELECT result in any of the four standard formats."""
    if "json" in content_type:
        data = json.loads(body)
        return data["head"]["vars"], len(data["results"]["bindings"])
    if "xml" in content_type:
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        root = ET.fromstring(body)
        names = [v.get("name", "") for v in root.findall("r:head/r:variable", ns)]
        return names, len(root.findall("r:results/r:result", ns))
    delimiter = "\t" if "tab-separated" in content_type else ","
    table = list(csv.reader(io.StringIO(body), delimiter=delimiter))
    return [c.lstrip("?") for c in table[0]], len(table) - 1


@pytest.mark.parametrize(
    "accept",
    [
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/csv",
        "text/tab-separated-values",
    ],
)
def test_select_results_in_every_standard_format(
    endpoint: Endpoint, expected: dict[str, int], accept: str
) -> None:
    query = QUERIES[0]
    status, content_type, body = get_query(endpoint, query.text, accept)
    assert status == 200 and content_type.startswith(accept)
    assert parse_select(content_type, body) == (list(query.columns), expected[query.name])


@pytest.mark.parametrize(
    ("accept", "rdf_format"), [("text/turtle", "turtle"), ("application/ld+json", "json-ld")]
)
def test_construct_and_describe_as_turtle_and_json_ld(
    endpoint: Endpoint, accept: str, rdf_format: str
) -> None:
    construct = (
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
        " CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s rdfs:label ?l }"
    )
    status, content_type, body = get_query(endpoint, construct, accept)
    assert status == 200 and content_type.startswith(accept)
    labels = Graph().parse(data=body, format=rdf_format)
    assert len(labels) > 10
    describe = (
        "PREFIX ta: <https://w3id.org/transferatlas/ontology#>"
        " DESCRIBE ?t WHERE { ?t a ta:TransferObject } LIMIT 1"
    )
    status, content_type, body = get_query(endpoint, describe, accept)
    described = Graph().parse(data=body, format=rdf_format)
    assert status == 200 and len(set(described.subjects())) >= 1 and len(described) > 5


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_example_queries_through_sparqlwrapper(
    endpoint: Endpoint, expected: dict[str, int], query: ExampleQuery
) -> None:
    client = SPARQLWrapper(endpoint.query_url)
    client.setReturnFormat(JSON)
    client.setQuery(query.text)
    result = client.queryAndConvert()
    assert isinstance(result, dict)
    assert tuple(result["head"]["vars"]) == query.columns
    assert len(result["results"]["bindings"]) == expected[query.name]


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_example_queries_through_rdflib_sparqlstore(
    endpoint: Endpoint, expected: dict[str, int], query: ExampleQuery
) -> None:
    graph = Graph(store=SPARQLStore(query_endpoint=endpoint.query_url))
    result = graph.query(query.text)
    assert tuple(str(v) for v in result.vars or ()) == query.columns
    assert len(result) == expected[query.name]


def test_updates_are_refused_and_change_nothing(
    endpoint: Endpoint, expected: dict[str, int]
) -> None:
    insert = "INSERT DATA { <http://ex.org/a> <http://ex.org/b> <http://ex.org/c> }"
    status, _, body = http(
        endpoint.update_url, data=urllib.parse.urlencode({"update": insert}).encode()
    )
    assert status == 403 and "read-only" in body
    status, _, _ = http(endpoint.query_url, data=urllib.parse.urlencode({"query": insert}).encode())
    assert status == 400
    client = SPARQLWrapper(endpoint.query_url, updateEndpoint=endpoint.update_url)
    client.setMethod(POST)
    client.setQuery(insert)
    with pytest.raises((SPARQLWrapperException, urllib.error.HTTPError)):
        client.query()
    assert (
        json_count(get_query(endpoint, COUNT_ALL, "application/sparql-results+json")[2])
        == expected["__all__"]
    )


@pytest.mark.parametrize("kind", sorted(TOO_LONG))
def test_too_long_query_is_cut_off_and_the_next_one_works(
    endpoint: Endpoint, expected: dict[str, int], kind: str
) -> None:
    started = time.monotonic()
    status, _, body = get_query(endpoint, TOO_LONG[kind], "application/sparql-results+json")
    elapsed = time.monotonic() - started
    # Oxigraph streams: the 200 header is out before the timeout fires, the body ends in the error.
    assert "cancelled" in body
    with pytest.raises(json.JSONDecodeError):
        json.loads(body)
    assert elapsed < TIMEOUT_S * 4, f"cut off only after {elapsed:.1f} s"
    assert status in (200, 500)
    _, _, after = get_query(endpoint, COUNT_ALL, "application/sparql-results+json")
    assert json_count(after) == expected["__all__"]


def test_plain_queries_see_every_document_graph(endpoint: Endpoint, base: Path) -> None:
    named = (
        "PREFIX foaf: <http://xmlns.com/foaf/0.1/>"
        " SELECT ?g ?d WHERE { GRAPH ?g { ?d a foaf:Document } }"
    )
    _, _, body = get_query(endpoint, named, "application/sparql-results+json")
    per_graph = {
        (b["g"]["value"], b["d"]["value"]) for b in json.loads(body)["results"]["bindings"]
    }
    assert len({g for g, _ in per_graph}) >= 2, "fixture should spread documents over graphs"
    _, _, body = get_query(endpoint, DOCUMENTS, "application/sparql-results+json")
    plain = {b["d"]["value"] for b in json.loads(body)["results"]["bindings"]}
    assert plain == {d for _, d in per_graph}
    store = ox.Store.read_only(str(current_store_path(base)))
    assert row_count(store, DOCUMENTS, union=False) == 0


def snapshot(folder: Path) -> dict[str, str]:
    """Content hash of every file in a store folder (to prove nobody wrote into it)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def rebuild(folder: Path, extra: bytes) -> None:
    """A re-ingest: a complete new build beside the served one, then the switch."""
    with new_store(folder) as store:
        store.bulk_load(path=str(folder / "graph.nq"), format=ox.RdfFormat.N_QUADS)
        store.bulk_load(extra, ox.RdfFormat.N_QUADS)


def served_count(endpoint: Endpoint) -> int:
    return json_count(get_query(endpoint, COUNT_ALL, "application/sparql-results+json")[2])


def test_served_store_is_kept_and_untouched_across_reingests(tmp_path: Path) -> None:
    load_dump_into_oxigraph(tmp_path, write_fixture_dump(tmp_path / "graph.nq"))
    old = current_store_path(tmp_path)
    assert old is not None
    with running_endpoint(tmp_path, timeout_s=TIMEOUT_S) as running:
        before_count, before_files = served_count(running), snapshot(old)
        for _ in range(4):  # more than KEEP_OLD_STORES: pruning would have deleted ``old``
            rebuild(tmp_path, EXTRA_QUAD)
        assert current_store_path(tmp_path) != old
        assert served_count(running) == before_count, "the server keeps its complete old store"
        assert old.is_dir() and snapshot(old) == before_files, "served folder must not change"
    with running_endpoint(tmp_path, timeout_s=TIMEOUT_S) as restarted:
        assert restarted.store == current_store_path(tmp_path)
        assert served_count(restarted) == before_count + 1
    rebuild(tmp_path, EXTRA_QUAD)  # nobody serves ``old`` any more: the next prune removes it
    assert not old.exists()
