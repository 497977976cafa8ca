"""The real corpus ends up as a correct, provenance-linked graph (what users rely on)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from graph.export import export_graph
from graph.store import rows

TA = "https://w3id.org/transferatlas/ontology#"


def test_all_catalogue_masks_with_sections_pages_titles(ingested, gold_dir: Path) -> None:
    gold = json.loads((gold_dir / "transfer_objects.json").read_text(encoding="utf-8"))
    found = {
        r["section"]: r
        for r in rows(
            ingested.store(),
            f"""SELECT ?section ?title ?page WHERE {{
                  ?t a <{TA}TransferObject> ; <{TA}sectionNumber> ?section ;
                     <http://www.w3.org/2000/01/rdf-schema#label> ?title .
                  OPTIONAL {{ ?t <{TA}cataloguePage> ?page }} }}""",
        )
    }
    assert {g["section"] for g in gold} <= set(found)
    for g in gold:
        assert found[g["section"]].get("page") == str(g["catalogue_page"]), g["section"]
        assert (
            " ".join(found[g["section"]]["title"].split()).lower()
            == " ".join(g["title"].split()).lower()
        ), g["section"]


def test_shacl_reports_no_violations(ingested) -> None:
    assert ingested.report.validation.conforms, ingested.report.validation.violations[:5]


def test_every_relation_has_evidence_with_lines(ingested) -> None:
    store = ingested.store()
    missing = rows(
        store,
        f"""PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT ?s ?p ?o WHERE {{
              GRAPH ?g {{ ?s ?p ?o }}
              VALUES ?p {{ <{TA}participatesIn> <{TA}involvesActor>
                          <http://www.w3.org/ns/org#memberOf> <{TA}cooperatesWith> }}
              FILTER NOT EXISTS {{ GRAPH ?g {{ ?a rdf:subject ?s ; rdf:predicate ?p ;
                                                  rdf:object ?o ; <{TA}startLine> ?line ;
                                                  <{TA}evidenceText> ?text }} }} }}""",
        union=False,
    )
    assert missing == []
    evidence = rows(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?a a <{TA}Assertion> }}")
    assert int(evidence[0]["n"]) > 50


def test_evidence_points_at_the_original_text(ingested) -> None:
    """Selectors index into the original file: the surface form stands where they point."""
    store = ingested.store()
    sample = rows(
        store,
        f"""PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?form ?start ?end ?file WHERE {{
              ?m a <{TA}Mention> ; <{TA}surfaceForm> ?form ; oa:hasSelector ?sel ;
                 dcterms:source ?d . ?sel oa:start ?start ; oa:end ?end .
              ?d <{TA}sourceFile> ?file }} LIMIT 300""",
    )
    assert sample
    texts: dict[str, str] = {}
    hits = 0
    for row in sample:
        path = ingested.corpus / row["file"]
        text = texts.setdefault(row["file"], path.read_text(encoding="utf-8").replace("\r\n", "\n"))
        original = text[int(row["start"]) : int(row["end"])]
        hits += (
            " ".join(original.split()).replace("- ", "-")[:4]
            == " ".join(row["form"].split()).replace("- ", "-")[:4]
        )
    assert hits / len(sample) > 0.8


def test_reingest_unchanged_corpus_is_skipped_and_identical(ingested, tmp_path: Path) -> None:
    from graph.load import write_graph
    from ingest.pipeline import ingest_corpus

    before = tmp_path / "before.nq"
    export_graph(ingested.store(), before, "nq")
    result = ingest_corpus(ingested.corpus, ingested.data)
    assert result.extracted == [] and len(result.reused) == 5
    assert write_graph(result, ingested.data).skipped
    rebuilt = write_graph(result, ingested.data, force=True)
    assert not rebuilt.skipped
    after = tmp_path / "after.nq"
    export_graph(ingested.store(), after, "nq")
    assert sorted(before.read_text().splitlines()) == sorted(after.read_text().splitlines())


@pytest.mark.parametrize("fmt", ["ttl", "trig", "nq", "jsonld"])
def test_exports_parse_back(ingested, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"graph.{fmt}"
    count = export_graph(ingested.store(), out, fmt)
    rdflib_format = {"ttl": "turtle", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}[fmt]
    if fmt in ("trig", "nq"):
        ds = Dataset()
        ds.parse(out, format=rdflib_format)
        doc_graphs = [g for g in ds.graphs() if "/graph/doc/" in str(g.identifier)]
        assert len(doc_graphs) == 5
    else:
        g = Graph()
        g.parse(out, format=rdflib_format)
        assert len(g) == count


def test_bad_file_is_named_and_nothing_is_lost(ingested, tmp_path: Path) -> None:
    from graph.load import write_graph
    from graph.store import open_store
    from ingest.pipeline import ingest_corpus

    corpus = tmp_path / "corpus"
    shutil.copytree(ingested.corpus, corpus)
    data = tmp_path / "data"
    shutil.copytree(ingested.data, data, symlinks=True)
    before = len(open_store(data))
    (corpus / "leer.txt").write_text("   \n", encoding="utf-8")
    (corpus / "kaputt.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (corpus / "bildungskommune-arbeitspakete.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe")
    result = ingest_corpus(corpus, data)
    names = sorted(Path(str(e.path)).name for e in result.errors)
    assert names == ["bildungskommune-arbeitspakete.txt", "kaputt.pdf", "leer.txt"]
    assert all(str(e).startswith(str(e.path)) for e in result.errors)
    assert {d.doc_id for d in result.documents} >= {"bildungskommune-arbeitspakete"}
    write_graph(result, data, force=True)
    assert len(open_store(data)) >= before * 0.99


def test_names_qualified_with_a_municipality_are_placed_there(ingested) -> None:
    """'Sozialamt (Stadt Leipzig)' carries dcterms:spatial <Stadt Leipzig>, so filters by
    municipality find units that no relation links to their town."""
    found = rows(
        ingested.store(),
        """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?s ?label ?placeLabel WHERE {
          ?s skos:prefLabel ?label FILTER(STRENDS(STR(?label), "(Stadt Leipzig)"))
          OPTIONAL { ?s dcterms:spatial/skos:prefLabel ?placeLabel } }""",
    )
    assert len(found) >= 10
    assert all(row.get("placeLabel") == "Stadt Leipzig" for row in found), [
        row["label"] for row in found if row.get("placeLabel") != "Stadt Leipzig"
    ]
