"""What the pages show, read from the graph through `graph.store.rows` (plain SPARQL).

One function per question a page asks (a transfer object's fields, its actors, the provenance
of each field, counts by class, documents). Results are plain dicts and dataclasses, so the
pages stay free of SPARQL and these functions can be tested against a fixture graph.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from graph.store import rows

PREFIXES = """PREFIX ta: <https://w3id.org/transferatlas/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
"""
# Mask fields in template order: property local name -> German label.
FIELD_LABELS: dict[str, str] = {
    "shortDescription": "Kurzbeschreibung",
    "initialSituation": "Ausgangssituation",
    "goals": "Ziele und Anforderungen",
    "methods": "Methoden/Umsetzung",
    "resources": "Ressourcen",
    "projectPlan": "Projektplan",
    "actors": "Beteiligte Akteure",
    "marketing": "Marketing/Öffentlichkeitsarbeit",
    "successFactors": "Gelingensbedingungen",
    "challenges": "Herausforderungen/Stolpersteine",
    "notes": "Anmerkungen/Hinweise",
    "transferAddressees": "Potenzielle Transfer-Adressaten",
}
TYPE_LABELS: dict[str, str] = {
    "TransferObject": "Transfergegenstand",
    "Section": "Abschnitt",
    "Measure": "Maßnahme",
    "Municipality": "Kommune",
    "AdministrativeUnit": "Verwaltungseinheit",
    "Body": "Gremium",
    "Programme": "Programm",
    "Person": "Person",
    "Organization": "Organisation",
    "Instrument": "Instrument",
}


def _iri(value: str) -> str:
    """An IRI safe to put between <…> in a query (rejects anything that could break out)."""
    if any(ch in value for ch in '<>"{}|^`\\ \n\t'):
        raise ValueError(f"keine gültige IRI: {value!r}")
    return f"<{value}>"


def local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@dataclass
class Provenance:
    """Where one field of a mask stands: document, heading as printed, lines."""

    heading: str
    document: str
    start_line: int | None
    end_line: int | None

    def lines(self) -> str:
        if self.start_line is None:
            return ""
        if self.end_line in (None, self.start_line):
            return f"Z. {self.start_line}"
        return f"Z. {self.start_line}–{self.end_line}"


@dataclass
class TransferObjectView:
    """Everything the Transfergegenstand page lays out."""

    iri: str
    label: str
    section: str = ""
    page: str = ""
    product_type: str = ""
    product_type_inferred: bool = True
    kbm_function: str = ""
    document: str = ""
    doc_title: str = ""
    publisher: str = ""
    fields: dict[str, str] = field(default_factory=dict)  # property local name -> text
    provenance: dict[str, Provenance] = field(default_factory=dict)
    actors: list[tuple[str, str, str]] = field(default_factory=list)  # iri, label, type
    action_fields: list[str] = field(default_factory=list)


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def transfer_object(store: ox.Store, iri: str) -> TransferObjectView | None:
    """The transfer object with its fields, concepts, actors and field provenance."""
    t = _iri(iri)
    head = rows(
        store,
        PREFIXES
        + f"""SELECT ?label ?section ?page ?type ?inferred ?kbm ?doc
  ?title ?publisher WHERE {{ {t} a ta:TransferObject ; rdfs:label ?label .
  OPTIONAL {{ {t} ta:sectionNumber ?section }} OPTIONAL {{ {t} ta:cataloguePage ?page }}
  OPTIONAL {{ {t} ta:productType/skos:prefLabel ?type FILTER(lang(?type) = "de") }}
  OPTIONAL {{ {t} ta:productTypeInferred ?inferred }}
  OPTIONAL {{ {t} ta:kbmFunction/skos:prefLabel ?kbm FILTER(lang(?kbm) = "de") }}
  OPTIONAL {{ {t} dcterms:source ?doc OPTIONAL {{ ?doc dcterms:title ?title }}
             OPTIONAL {{ ?doc dcterms:publisher ?publisher }} }} }} LIMIT 1""",
    )
    if not head:
        return None
    h = head[0]
    view = TransferObjectView(
        iri, h["label"], h.get("section", ""), h.get("page", ""), h.get("type", ""),
        h.get("inferred", "true") == "true", h.get("kbm", ""), local_name(h.get("doc", "")),
        h.get("title", ""), h.get("publisher", ""),
    )  # fmt: skip
    for row in rows(store, PREFIXES + f"SELECT ?p ?v WHERE {{ {t} ?p ?v FILTER(isLiteral(?v)) }}"):
        name = local_name(row["p"])
        if name in FIELD_LABELS and row["v"].strip():
            view.fields[name] = row["v"]
    for row in rows(
        store,
        PREFIXES
        + f"""SELECT ?name ?heading ?start ?end ?doc WHERE {{
  ?e a ta:FieldEvidence ; ta:ofTransferObject {t} ; ta:fieldName ?name .
  OPTIONAL {{ ?e ta:heading ?heading }} OPTIONAL {{ ?e ta:startLine ?start }}
  OPTIONAL {{ ?e ta:endLine ?end }} OPTIONAL {{ ?e dcterms:source ?doc }} }}""",
    ):
        view.provenance[row["name"]] = Provenance(
            row.get("heading", ""), local_name(row.get("doc", "")) or view.document,
            _int(row.get("start")), _int(row.get("end")),
        )  # fmt: skip
    view.actors = [
        (r["a"], r["label"], r.get("type", ""))
        for r in rows(
            store,
            PREFIXES
            + f"""
SELECT ?a (SAMPLE(?l) AS ?label) (SAMPLE(?ty) AS ?type) WHERE {{ {t} ta:involvesActor ?a .
  ?a rdfs:label ?l . OPTIONAL {{ ?a a ?ty FILTER(?ty != org:Organization
  && ?ty != org:OrganizationalUnit) }} }} GROUP BY ?a ORDER BY ?label""",
        )
    ]
    view.action_fields = [
        r["label"]
        for r in rows(
            store,
            PREFIXES
            + f"""SELECT DISTINCT ?label
WHERE {{ {{ {t} ta:actionField ?f }} UNION {{ {t} ta:addressesActionField ?f }}
  ?f skos:prefLabel ?label FILTER(lang(?label) = "de") }} ORDER BY ?label""",
        )
    ]
    return view


def transfer_objects(store: ox.Store) -> list[dict[str, str]]:
    """All transfer objects: iri, label, section, type, kbm, document title; by label."""
    return rows(
        store,
        PREFIXES
        + """SELECT ?iri ?label (SAMPLE(?s) AS ?section)
  (SAMPLE(?ty) AS ?type) (SAMPLE(?k) AS ?kbm) (SAMPLE(?dt) AS ?document) WHERE {
  ?iri a ta:TransferObject ; rdfs:label ?label .
  OPTIONAL { ?iri ta:sectionNumber ?s }
  OPTIONAL { ?iri ta:productType/skos:prefLabel ?ty FILTER(lang(?ty) = "de") }
  OPTIONAL { ?iri ta:kbmFunction/skos:prefLabel ?k FILTER(lang(?k) = "de") }
  OPTIONAL { ?iri dcterms:source/dcterms:title ?dt } }
GROUP BY ?iri ?label ORDER BY LCASE(?label)""",
    )


def field_texts(store: ox.Store, iris: list[str], prop: str) -> dict[str, str]:
    """One literal property (e.g. "resources") for many resources at once."""
    if not iris:
        return {}
    values = " ".join(_iri(i) for i in iris)
    found = rows(
        store,
        PREFIXES
        + f"""SELECT ?r ?v WHERE {{ VALUES ?r {{ {values} }}
  ?r ta:{prop} ?v }}""",
    )
    return {r["r"]: r["v"] for r in found}


def actor_labels(store: ox.Store) -> list[str]:
    """Labels of all organisations and persons, for autocomplete."""
    found = rows(
        store,
        PREFIXES
        + """SELECT DISTINCT ?label WHERE {
  { ?a a org:Organization } UNION { ?a a foaf:Person } ?a rdfs:label ?label }""",
    )
    return sorted({r["label"] for r in found}, key=str.casefold)


def action_field_labels(store: ox.Store) -> list[str]:
    """German labels of the ActionFieldScheme concepts."""
    found = rows(
        store,
        PREFIXES
        + """SELECT DISTINCT ?label WHERE {
  ?c skos:inScheme ta:ActionFieldScheme ; skos:prefLabel ?label FILTER(lang(?label) = "de") }""",
    )
    return sorted({r["label"] for r in found}, key=str.casefold)


def class_counts(store: ox.Store) -> list[tuple[str, int]]:
    """Number of resources per class (outside the ontology graph), most first."""
    found = rows(
        store,
        PREFIXES
        + """SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {
  GRAPH ?g { ?s a ?c } FILTER(?g != <https://w3id.org/transferatlas/graph/ontology>) }
GROUP BY ?c ORDER BY DESC(?n)""",
        union=False,
    )
    return [(local_name(r["c"]), int(r["n"])) for r in found]


def documents(store: ox.Store) -> list[dict[str, str]]:
    """Documents with their metadata and number of transfer objects."""
    return rows(
        store,
        PREFIXES
        + """SELECT ?doc ?title ?file ?publisher ?date ?kind
  (COUNT(DISTINCT ?t) AS ?masks) WHERE { ?doc a foaf:Document .
  OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc ta:sourceFile ?file }
  OPTIONAL { ?doc dcterms:publisher ?publisher } OPTIONAL { ?doc dcterms:date ?date }
  OPTIONAL { ?doc ta:documentKind ?kind }
  OPTIONAL { ?t a ta:TransferObject ; dcterms:source ?doc } }
GROUP BY ?doc ?title ?file ?publisher ?date ?kind ORDER BY ?title""",
    )
