"""Names of the graph, loaded from the ontology files (the single source of ta: terms).

`TA` is a closed namespace built from the terms declared in ontology/transferatlas.ttl, so a
misspelt term name fails at once instead of writing an undeclared IRI into the graph. The SKOS
schemes in ontology/schemes.ttl double as the gazetteer of KBM functions, product types and
action fields (`scheme_concepts`), and `concept_iri` maps a name found in a document to the IRI
of its concept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Namespace, URIRef
from rdflib.namespace import ClosedNamespace

from graph.ids import slugify

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "transferatlas.ttl"
SCHEMES_FILE = ONTOLOGY_DIR / "schemes.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
QUERIES_DIR = ONTOLOGY_DIR / "queries"

TA_IRI = "https://w3id.org/transferatlas/ontology#"
ONTOLOGY_IRI = URIRef("https://w3id.org/transferatlas/ontology")
ID = Namespace("https://w3id.org/transferatlas/id/")
GRAPH = Namespace("https://w3id.org/transferatlas/graph/")
OA = Namespace("http://www.w3.org/ns/oa#")

ONTOLOGY_GRAPH = GRAPH["ontology"]
ENTITIES_GRAPH = GRAPH["entities"]
META_GRAPH = GRAPH["meta"]

# IRI path segment of each concept scheme: id/concept/{segment}/{slug}
SCHEME_SEGMENTS: dict[str, str] = {
    "ActionFieldScheme": "action-field",
    "TopicFieldScheme": "action-field",
    "KBMFunctionScheme": "kbm-function",
    "ProductTypeScheme": "product-type",
}

# Things an ontology declares with rdf:type; their ta: subjects are the terms of the namespace.
_DECLARING_TYPES = (
    OWL.Class,
    RDFS.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    RDF.Property,
    SKOS.ConceptScheme,
)


def _declared_names(path: Path) -> list[str]:
    """Local names of the ta: terms that `path` declares (classes, properties, schemes)."""
    g = Graph().parse(path)
    names = {
        str(s)[len(TA_IRI) :]
        for t in _DECLARING_TYPES
        for s in g.subjects(RDF.type, t)
        if str(s).startswith(TA_IRI)
    }
    return sorted(names)


TA_TERMS: tuple[str, ...] = tuple(_declared_names(ONTOLOGY_FILE))
TA = ClosedNamespace(TA_IRI, list(TA_TERMS))


def is_defined(term: str | URIRef) -> bool:
    """True if `term` (a local name or a full IRI) is declared in transferatlas.ttl."""
    local = str(term)[len(TA_IRI) :] if str(term).startswith(TA_IRI) else str(term)
    return local in TA_TERMS


def assert_defined(term: str | URIRef) -> URIRef:
    """The IRI of a declared ta: term; raises KeyError naming the ontology file otherwise."""
    if not is_defined(term):
        raise KeyError(f"{term!r} is not declared in {ONTOLOGY_FILE.name}")
    local = str(term)[len(TA_IRI) :] if str(term).startswith(TA_IRI) else str(term)
    return URIRef(TA_IRI + local)


def load_ontology_graph() -> Graph:
    """Ontology, concept schemes and shapes in one fresh graph (for graph/ontology and SHACL)."""
    g = Graph()
    for path in (ONTOLOGY_FILE, SCHEMES_FILE, SHAPES_FILE):
        g.parse(path)
    return g


@lru_cache(maxsize=1)
def _vocabulary_graph() -> Graph:
    """Ontology + schemes, parsed once per process; callers must not modify it."""
    g = Graph()
    g.parse(ONTOLOGY_FILE)
    g.parse(SCHEMES_FILE)
    return g


@dataclass(frozen=True)
class Concept:
    """A SKOS concept as extraction needs it: IRI, German names, notation, parent."""

    iri: URIRef
    pref_label: str
    alt_labels: tuple[str, ...]
    notation: str | None
    broader: URIRef | None
    en_label: str | None = None


_SCHEME_ALIASES: dict[str, str] = {
    **{name: name for name in SCHEME_SEGMENTS},
    "action-field": "ActionFieldScheme",
    "topic-field": "TopicFieldScheme",
    "kbm-function": "KBMFunctionScheme",
    "product-type": "ProductTypeScheme",
}


def scheme_iri(scheme: str | URIRef) -> URIRef:
    """Accept "ActionFieldScheme", "action-field" or the full IRI; return the scheme IRI."""
    text = str(scheme)
    local = text[len(TA_IRI) :] if text.startswith(TA_IRI) else text
    if local not in _SCHEME_ALIASES:
        raise KeyError(f"unknown concept scheme {scheme!r}; known: {sorted(_SCHEME_ALIASES)}")
    return assert_defined(_SCHEME_ALIASES[local])


def _german(g: Graph, node: URIRef, prop: URIRef) -> list[str]:
    return sorted(str(o) for o in g.objects(node, prop) if getattr(o, "language", None) == "de")


def _english(g: Graph, node: URIRef) -> str | None:
    labels = [str(o) for o in g.objects(node, SKOS.prefLabel) if getattr(o, "language", "") == "en"]
    return labels[0] if labels else None


@lru_cache(maxsize=8)
def _concepts(scheme: URIRef) -> tuple[Concept, ...]:
    g = _vocabulary_graph()
    found = []
    for node in g.subjects(SKOS.inScheme, scheme):
        if not isinstance(node, URIRef):
            continue
        pref = _german(g, node, SKOS.prefLabel)
        notation = g.value(node, SKOS.notation)
        broader = g.value(node, SKOS.broader)
        found.append(
            Concept(
                iri=node,
                pref_label=pref[0] if pref else str(node).rsplit("/", 1)[-1],
                alt_labels=tuple(_german(g, node, SKOS.altLabel)),
                notation=str(notation) if notation is not None else None,
                broader=broader if isinstance(broader, URIRef) else None,
                en_label=_english(g, node),
            )
        )
    return tuple(sorted(found, key=lambda c: (c.notation or "~", c.pref_label)))


def scheme_concepts(scheme: str | URIRef) -> list[Concept]:
    """All concepts of a scheme, ordered by notation then label: the extraction gazetteer."""
    return list(_concepts(scheme_iri(scheme)))


_CONJUNCTION = re.compile(r"\s*(?:/|&|,|\+|\bund\b|\bsowie\b)\s*", re.I)


def coordination_key(name: str) -> str | None:
    """Order-free key of a coordinated name: 'Familienbildung und Elternarbeit' and
    'Elternarbeit/Familienbildung' name one field. None for a name of one part, or when a
    part is a truncated compound ('MINT- und Umweltbildung')."""
    parts = [p for p in _CONJUNCTION.split(name.strip()) if p]
    if len(parts) < 2 or any(p.endswith("-") for p in parts):
        return None
    return "+".join(sorted(slugify(p) for p in parts))


@lru_cache(maxsize=8)
def _name_index(scheme: URIRef) -> dict[str, Concept]:
    """Folded German pref/alt label (and its coordination key) -> concept; prefLabels win over
    altLabels of others."""
    index: dict[str, Concept] = {}
    concepts = _concepts(scheme)
    for concept in concepts:
        for name in concept.alt_labels:
            index.setdefault(slugify(name), concept)
    for concept in concepts:
        index[slugify(concept.pref_label)] = concept
        coordinated = coordination_key(concept.pref_label)
        if coordinated:
            index.setdefault(coordinated, concept)
    index.pop("", None)
    return index


def find_concept(scheme: str | URIRef, name: str) -> Concept | None:
    """The concept whose German prefLabel or altLabel equals `name` once case, umlaut spelling
    and punctuation are folded away ("Uebergaenge" = "Übergänge") or whose parts are the same
    in another order ("Familienbildung und Elternarbeit"), or whose notation is `name`.
    """
    iri = scheme_iri(scheme)
    index = _name_index(iri)
    found = index.get(slugify(name)) or index.get(coordination_key(name) or "")
    if found is not None:
        return found
    return next((c for c in _concepts(iri) if c.notation and c.notation == name.strip()), None)


def concept_iri(scheme: str, label: str) -> URIRef:
    """IRI of the concept named `label` in `scheme` ("action-field", "ActionFieldScheme", …).

    A label that is a known pref/alt label resolves to that concept ("BNE" -> Bildung für
    nachhaltige Entwicklung); any other label gets id/concept/{segment}/{slugify(label)}, the
    same rule the schemes follow, so new themes found in documents get stable IRIs too.
    """
    known = find_concept(scheme, label)
    if known is not None:
        return known.iri
    segment = SCHEME_SEGMENTS[str(scheme_iri(scheme))[len(TA_IRI) :]]
    return ID[f"concept/{segment}/{slugify(label)}"]
