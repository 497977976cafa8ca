"""Ingest result -> validated RDF -> a new Oxigraph store, switched in only when complete."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, VOID

from graph.build import build_dataset, doc_graph_iri, doc_iri
from graph.store import load_nquads, new_store
from graph.validate import ValidationReport, validate
from graph.vocab import META_GRAPH, ONTOLOGY_GRAPH, load_ontology_graph
from ingest.pipeline import IngestResult, files_digest

FINGERPRINT_FILE = "build.json"
DATASET = URIRef("https://w3id.org/transferatlas/id/dataset")


@dataclass
class BuildReport:
    """Figures of one graph build, shown by the CLI and written to ``build.json``."""

    triples: int
    class_counts: dict[str, int]
    validation: ValidationReport
    skipped: bool = False
    documents: list[str] = field(default_factory=list)


@functools.cache
def builder_fingerprint() -> str:
    """Hash of the graph-building code and the ontology: a new release rebuilds the graph
    even when no document changed."""
    root = Path(__file__).resolve().parent
    ontology = sorted((root.parent / "ontology").glob("*.ttl"))
    return files_digest(sorted(root.glob("*.py")) + ontology)


def corpus_fingerprint(result: IngestResult) -> str:
    """One string that changes whenever any document's content, the pipeline or the graph
    builder changes."""
    documents = sorted(f"{d.doc_id}:{d.content_hash}" for d in result.documents)
    return "|".join([builder_fingerprint(), *documents])


def union_graph(ds: Dataset, *, skip: tuple[URIRef, ...] = ()) -> Graph:
    """All triples of the dataset's named graphs in one graph (for SHACL and counting)."""
    union = Graph()
    for g in ds.graphs():
        if g.identifier in skip:
            continue
        for triple in g:
            union.add(triple)
    return union


def count_classes(data: Graph) -> dict[str, int]:
    """Number of typed resources per class, keyed by the class IRI's local name."""
    counts: Counter[str] = Counter()
    for _s, _p, cls in data.triples((None, RDF.type, None)):
        name = str(cls).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        counts[name] += 1
    return dict(sorted(counts.items()))


def describe_dataset(ds: Dataset, result: IngestResult, data: Graph) -> None:
    """DCAT/VoID description of the graph: sources, counts and build date."""
    g = ds.graph(META_GRAPH)
    g.add((DATASET, RDF.type, VOID.Dataset))
    g.add((DATASET, RDF.type, DCAT.Dataset))
    g.add((DATASET, DCTERMS.title, Literal("Transferatlas-Wissensgraph", lang="de")))
    g.add((DATASET, DCTERMS.issued, Literal(dt.date.today(), datatype=XSD.date)))
    g.add((DATASET, VOID.triples, Literal(len(data), datatype=XSD.integer)))
    g.add((DATASET, VOID.sparqlEndpoint, URIRef("http://localhost:7878/query")))
    for doc in result.documents:
        g.add((DATASET, DCTERMS.source, doc_iri(doc.doc_id)))
        sub = URIRef(f"{DATASET}/{doc.doc_id}")
        g.add((DATASET, VOID.subset, sub))
        g.add((sub, RDF.type, VOID.Dataset))
        g.add((sub, DCTERMS.source, doc_iri(doc.doc_id)))
        named = ds.graph(doc_graph_iri(doc.doc_id))
        g.add((sub, VOID.triples, Literal(len(named), datatype=XSD.integer)))
    for name, count in count_classes(data).items():
        partition = URIRef(f"{DATASET}/class/{name}")
        g.add((DATASET, VOID.classPartition, partition))
        g.add((partition, VOID.entities, Literal(count, datatype=XSD.integer)))
        g.add((partition, DCTERMS.title, Literal(name)))


def sorted_nquads(ds: Dataset) -> bytes:
    """N-Quads in sorted order, so the same corpus gives byte-identical dumps."""
    lines = ds.serialize(format="nquads").splitlines()
    return ("\n".join(sorted(line for line in lines if line.strip())) + "\n").encode("utf-8")


def write_graph(result: IngestResult, base: Path, *, force: bool = False) -> BuildReport:
    """Build, validate and store the graph; skip when the corpus did not change at all."""
    fingerprint = corpus_fingerprint(result)
    stamp = base / FINGERPRINT_FILE
    if not force and stamp.exists() and (base / "current").exists():
        previous = json.loads(stamp.read_text(encoding="utf-8"))
        if previous.get("fingerprint") == fingerprint:
            return BuildReport(
                triples=int(previous.get("triples", 0)),
                class_counts=previous.get("class_counts", {}),
                validation=ValidationReport(conforms=bool(previous.get("conforms")), violations=[]),
                skipped=True,
                documents=[d.doc_id for d in result.documents],
            )
    ds = build_dataset(result.documents, result.resolution.entities, load_ontology_graph())
    data = union_graph(ds, skip=(ONTOLOGY_GRAPH,))
    validation = validate(data)
    describe_dataset(ds, result, data)
    with new_store(base) as store:
        load_nquads(store, sorted_nquads(ds))
        triples = len(store)
    counts = count_classes(data)
    stamp.write_text(
        json.dumps(
            {
                "fingerprint": fingerprint,
                "triples": triples,
                "class_counts": counts,
                "conforms": validation.conforms,
                "documents": [d.doc_id for d in result.documents],
            },
            indent=1,
        ),
        encoding="utf-8",
    )
    return BuildReport(triples, counts, validation, False, [d.doc_id for d in result.documents])
