"""A work package listed again in another document of the same publisher is one resource."""

from __future__ import annotations

from pathlib import Path

from rdflib import RDFS, SKOS, Graph, Literal
from rdflib.namespace import DCTERMS

from graph.build import build_dataset, doc_iri, measure_iri
from ingest.records import DocumentRecord

PLAN = """Arbeitsplan

AP 1 Bildungsmonitoring: Aufbau einer Datenbank mit Kennzahlen.
AP 2 Übergang Kita–Grundschule: Fortführung des Arbeitskreises und gemeinsame Fortbildungen.
AP 3 Öffentlichkeitsarbeit: Bildungsportal und Newsletter.
"""
SLIDES = """Handlungsfelder und Arbeitspakete

Frühe Bildung
   AP 2 Elternbriefe zum Schulstart, Tandem-Fortbildungen
"""


def _record(tmp_path: Path, doc_id: str, text: str, publisher: str) -> DocumentRecord:
    from ingest.pipeline import extract_document

    path = tmp_path / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return extract_document(path, doc_id, {"publisher": publisher})


def test_a_work_package_on_the_publishers_slides_is_the_plans(tmp_path: Path) -> None:
    plan = _record(tmp_path, "arbeitsplan", PLAN, "Stadt Tellau")
    slides = _record(tmp_path, "folien", SLIDES, "Stadt Tellau, Bildungsbüro")
    other = _record(tmp_path, "fremder-plan", SLIDES, "Landkreis Rabenau")
    graph = Graph()  # each document states its part in a named graph of its own: all of them
    for s, p, o, _ in build_dataset([plan, slides, other], []).quads():
        graph.add((s, p, o))
    package = measure_iri("arbeitsplan", "AP 2")
    labels = set(graph.objects(package, SKOS.altLabel))
    assert Literal("AP 2 Elternbriefe zum Schulstart", lang="de") in labels
    assert set(graph.objects(package, DCTERMS.source)) == {
        doc_iri("arbeitsplan"),
        doc_iri("folien"),
    }
    assert len(set(graph.objects(package, RDFS.label))) == 1  # the plan names it
    assert (measure_iri("folien", "AP 2"), RDFS.label, None) not in graph
    # another publisher's package of the same number is its own
    assert (measure_iri("fremder-plan", "AP 2"), RDFS.label, None) in graph
