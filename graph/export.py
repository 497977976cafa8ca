"""Dumps of the stored graph in the common RDF formats."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

DATASET_FORMATS = {"trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS}
TRIPLE_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD}
PREFIXES = {
    "ta": "https://w3id.org/transferatlas/ontology#",
    "id": "https://w3id.org/transferatlas/id/",
    "org": "http://www.w3.org/ns/org#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "oa": "http://www.w3.org/ns/oa#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
}


def export_graph(store: ox.Store, out: Path, fmt: str) -> int:
    """Write the graph to ``out``; TriG/N-Quads keep one named graph per document, Turtle and
    JSON-LD get the union of all graphs. Returns the number of quads or triples written."""
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt in DATASET_FORMATS:
        store.dump(str(out), DATASET_FORMATS[fmt], prefixes=PREFIXES)
        return len(store)
    if fmt not in TRIPLE_FORMATS:
        raise ValueError(f"unbekanntes Format: {fmt} (erlaubt: ttl, trig, nq, jsonld)")
    triples = list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in store))
    prefixes = PREFIXES if fmt == "ttl" else None
    ox.serialize(triples, str(out), TRIPLE_FORMATS[fmt], prefixes=prefixes)
    return len(triples)
