"""Check a graph against ontology/shapes.ttl and say, in plain records, what is wrong.

SPARQL users query the union of all named graphs, so a Dataset is validated as that union:
a transfer object in a document graph is checked against the scheme concepts of the ontology
graph and the labels of the entities graph, exactly as a query would see them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from pyshacl import validate as shacl_validate
from rdflib import RDF, Dataset, Graph, Node
from rdflib.namespace import SH

from graph.vocab import ONTOLOGY_FILE, SCHEMES_FILE, SHAPES_FILE

Inference = Literal["none", "rdfs"]


@dataclass(frozen=True)
class Violation:
    """One SHACL result: which node, which property path, what is wrong, how bad."""

    focus: str
    path: str | None
    message: str
    severity: str  # "Violation" | "Warning" | "Info"


@dataclass
class ValidationReport:
    """Outcome of a validation; `conforms` ignores warnings, `violations` lists every result."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)

    def errors(self) -> list[Violation]:
        """Results of severity Violation (those that make the graph non-conforming)."""
        return [v for v in self.violations if v.severity == "Violation"]


@lru_cache(maxsize=1)
def _shapes_graph() -> Graph:
    return Graph().parse(SHAPES_FILE)


@lru_cache(maxsize=1)
def _ontology_graph() -> Graph:
    g = Graph()
    g.parse(ONTOLOGY_FILE)
    g.parse(SCHEMES_FILE)
    return g


def validation_graph(data: Graph | Dataset) -> Graph:
    """A new Graph with every triple of `data` (all named graphs of a Dataset, as their union)
    plus the ontology and schemes, so that "concept in scheme" and subclass targets resolve.

    pyshacl's own ont_graph mix-in copies only class and property axioms, not the concepts.
    """
    merged = Graph()
    triples = data.quads((None, None, None, None)) if isinstance(data, Dataset) else data
    for quad in triples:
        merged.add((quad[0], quad[1], quad[2]))
    for triple in _ontology_graph():
        merged.add(triple)
    return merged


def _local(node: Node | None) -> str:
    text = str(node) if node is not None else ""
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _results(report: Graph) -> list[Violation]:
    found = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        found.append(
            Violation(
                focus=str(report.value(result, SH.focusNode)),
                path=str(path) if path is not None else None,
                message=str(message) if message is not None else "",
                severity=_local(report.value(result, SH.resultSeverity)),
            )
        )
    return sorted(found, key=lambda v: (v.severity, v.focus, v.path or "", v.message))


def validate(data: Graph | Dataset, inference: Inference = "none") -> ValidationReport:
    """Validate `data` with the shapes; ontology and schemes are mixed into a copy.

    Inference "none" is the default: the graph builder writes superclass types explicitly
    and SHACL's targetClass already follows rdfs:subClassOf from the ontology.
    """
    conforms, report_graph, _text = shacl_validate(
        validation_graph(data),
        shacl_graph=_shapes_graph(),
        inference=inference,
        inplace=True,
        allow_warnings=True,
        advanced=False,
    )
    assert isinstance(report_graph, Graph)
    return ValidationReport(conforms=bool(conforms), violations=_results(report_graph))
