"""Facets from the graph (product type, KBM function, action field, actor, publisher, kind).

Facet values come from SPARQL, never from the text: a facet is either attached to the searched
resource itself (a transfer object's product type) or to its document (publisher, document
kind). The memberships are computed once per index build and stored beside it, so filtering a
hit list is a dictionary lookup.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pyoxigraph as ox

from graph.store import rows
from search.chunking import PREFIXES, doc_id_of

_PREFIXES = (
    PREFIXES
    + """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
"""
)


@dataclass(frozen=True)
class Facet:
    """A facet: SPARQL pattern binding ?r (resource or document) to ?v, and its level."""

    name: str
    label: str
    pattern: str
    level: str  # "resource" or "document"


FACETS: tuple[Facet, ...] = (
    Facet("product_type", "Produkttyp", "?r a ta:TransferObject ; ta:productType ?v .", "resource"),
    Facet(
        "kbm_function", "KBM-Funktion", "?r a ta:TransferObject ; ta:kbmFunction ?v .", "resource"
    ),
    Facet(
        "action_field",
        "Handlungsfeld",
        "{ ?r ta:actionField ?v } UNION { ?r ta:addressesActionField ?v }",
        "resource",
    ),
    Facet(
        "actor",
        "Akteur",
        "{ ?r a ta:TransferObject ; ta:involvesActor ?v } UNION "
        "{ ?m a ta:Mention ; ta:mentions ?v ; prov:wasDerivedFrom ?r . ?r a ta:Section . "
        "{ ?v a org:Organization } UNION { ?v a foaf:Person } }",
        "resource",
    ),
    Facet(
        "publisher",
        "Herausgeber/Kommune",
        "?r a foaf:Document ; dcterms:publisher ?v .",
        "document",
    ),
    Facet("document_kind", "Dokumentart", "?r a foaf:Document ; ta:documentKind ?v .", "document"),
    Facet("document", "Dokument", "?r a foaf:Document . BIND(?r AS ?v)", "document"),
)
FACET_NAMES = tuple(f.name for f in FACETS)

# facet -> value -> resources (resource IRIs, or doc ids for document-level facets)
Memberships = dict[str, dict[str, list[str]]]


def _facet_rows(store: ox.Store, facet: Facet) -> list[dict[str, str]]:
    return rows(
        store,
        _PREFIXES
        + f"""SELECT DISTINCT ?r ?v ?ident ?label WHERE {{
  {facet.pattern}
  OPTIONAL {{ ?r dcterms:identifier ?ident }}
  OPTIONAL {{ ?v skos:prefLabel ?pl FILTER(LANGMATCHES(LANG(?pl), "de") || LANG(?pl) = "") }}
  OPTIONAL {{ ?v rdfs:label ?rl }}
  OPTIONAL {{ ?v dcterms:title ?tl }}
  BIND(COALESCE(?pl, ?rl, ?tl) AS ?label)
}}""",
    )


def memberships(store: ox.Store) -> tuple[Memberships, dict[str, str]]:
    """Which resources (or doc ids) carry each facet value, and a label for every value."""
    found: Memberships = {}
    labels: dict[str, str] = {}
    for facet in FACETS:
        by_value: dict[str, set[str]] = defaultdict(set)
        for row in _facet_rows(store, facet):
            value = row["v"]
            key = doc_id_of(row["r"], row.get("ident")) if facet.level == "document" else row["r"]
            by_value[value].add(key)
            labels.setdefault(value, row.get("label") or value.rsplit("/", 1)[-1])
        found[facet.name] = {v: sorted(keys) for v, keys in sorted(by_value.items())}
    return found, labels


def facet_values(store: ox.Store) -> dict[str, list[tuple[str, str, int]]]:
    """Per facet: (value, German label, number of resources or documents), most frequent first."""
    found, labels = memberships(store)
    return {
        name: sorted(
            ((v, labels[v], len(keys)) for v, keys in values.items()),
            key=lambda item: (-item[2], item[1].lower()),
        )
        for name, values in found.items()
    }


def level_of(name: str) -> str:
    return next((f.level for f in FACETS if f.name == name), "resource")


def allowed(
    selection: dict[str, list[str]] | None, found: Memberships
) -> tuple[set[str] | None, set[str] | None]:
    """Resources and doc ids that pass a selection (OR within a facet, AND across facets);
    None where the selection does not restrict that level."""
    resources: set[str] | None = None
    docs: set[str] | None = None
    for name, wanted in (selection or {}).items():
        if not wanted:
            continue
        if name not in found:
            raise KeyError(f"unbekannte Facette {name!r}; bekannt: {', '.join(FACET_NAMES)}")
        keys = {k for value in wanted for k in found[name].get(value, [])}
        if level_of(name) == "document":
            docs = keys if docs is None else docs & keys
        else:
            resources = keys if resources is None else resources & keys
    return resources, docs
