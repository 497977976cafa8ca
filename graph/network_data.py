"""The stakeholder network as read from the graph: actors, transfer objects, statements.

The store is read only through SPARQL (`graph.store.rows`). Every relation comes with its
evidence (document, lines, sentence) from the ta:Assertion beside the triple in the same
document graph; triples without an assertion (names resolved into parents in the entities
graph) get an evidence entry that says so, so no link is ever shown without a source.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from graph.store import rows

ID = "https://w3id.org/transferatlas/id/"
GRAPHS = "https://w3id.org/transferatlas/graph/"
PREFIXES = """
PREFIX ta: <https://w3id.org/transferatlas/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
TA = "https://w3id.org/transferatlas/ontology#"
ORG = "http://www.w3.org/ns/org#"

# Most specific class first: an AdministrativeUnit is also an org:Organization.
NODE_TYPES: dict[str, str] = {
    f"{TA}TransferObject": "TransferObject",
    f"{TA}Municipality": "Municipality",
    f"{TA}AdministrativeUnit": "AdministrativeUnit",
    f"{TA}Body": "Body",
    f"{TA}Programme": "Programme",
    "http://xmlns.com/foaf/0.1/Person": "Person",
    f"{ORG}Organization": "Organization",
}
ACTOR_TYPES = ("Municipality", "AdministrativeUnit", "Body", "Programme", "Person", "Organization")
RELATIONS: dict[str, str] = {
    f"{ORG}memberOf": "memberOf",
    f"{TA}participatesIn": "participatesIn",
    f"{TA}cooperatesWith": "cooperatesWith",
    f"{TA}fundedBy": "fundedBy",
    f"{TA}carriedBy": "carriedBy",
    f"{TA}chairedBy": "chairedBy",
    f"{ORG}subOrganizationOf": "subOrganizationOf",
    f"{ORG}unitOf": "subOrganizationOf",
    f"{TA}involvesActor": "involvesActor",
}
ENTITY_SOURCE = "entities"


@dataclass(frozen=True)
class Evidence:
    """One independent piece of evidence: a sentence at lines of a document."""

    doc: str
    text: str
    relation: str
    subject: str
    object: str
    start_line: int | None = None
    end_line: int | None = None
    role: str = ""

    @property
    def key(self) -> tuple[str, int | None, str]:
        """Two statements backed by the same sentence count once."""
        return (self.doc, self.start_line, self.text)

    def lines(self) -> str:
        if self.start_line is None:
            return ""
        if self.end_line in (None, self.start_line):
            return str(self.start_line)
        return f"{self.start_line}–{self.end_line}"

    def source(self) -> str:
        """Where it is documented, for tooltips and exports."""
        if self.doc == ENTITY_SOURCE:
            return "Entitätsauflösung (aus dem Namen abgeleitet)"
        return f"{self.doc}, Z. {self.lines()}" if self.lines() else self.doc


@dataclass
class NodeInfo:
    iri: str
    label: str
    type: str
    alt_labels: tuple[str, ...] = ()
    doc: str = ""
    action_fields: tuple[str, ...] = ()
    places: tuple[str, ...] = ()  # dcterms:spatial: the municipality a name was qualified with


@dataclass(frozen=True)
class Statement:
    subject: str
    relation: str
    object: str
    evidence: Evidence


@dataclass
class NetworkData:
    """Everything the projections need, read once from the store."""

    nodes: dict[str, NodeInfo]
    statements: list[Statement]
    publishers: dict[str, str] = field(default_factory=dict)

    def actors(self) -> set[str]:
        return {iri for iri, n in self.nodes.items() if n.type in ACTOR_TYPES}


def doc_id(iri: str) -> str:
    """Document id from a document or document-graph IRI (entities graph -> "entities")."""
    for prefix in (f"{ID}doc/", f"{GRAPHS}doc/", GRAPHS):
        if iri.startswith(prefix):
            return iri[len(prefix) :]
    return iri


def _int(value: str | None) -> int | None:
    return int(value) if value and value.lstrip("-").isdigit() else None


def _read_nodes(store: ox.Store) -> dict[str, NodeInfo]:
    types = " ".join(f"<{t}>" for t in NODE_TYPES)
    found = rows(
        store,
        PREFIXES + f"SELECT ?s ?type ?label WHERE {{ VALUES ?type {{ {types} }} ?s a ?type . "
        "OPTIONAL { ?s skos:prefLabel|rdfs:label|foaf:name ?label } }",
    )
    rank = {t: i for i, t in enumerate(NODE_TYPES)}
    best: dict[str, str] = {}
    labels: dict[str, set[str]] = defaultdict(set)
    for row in found:
        s, t = row["s"], row["type"]
        if s not in best or rank[t] < rank[best[s]]:
            best[s] = t
        if row.get("label"):
            labels[s].add(row["label"])
    alts: dict[str, set[str]] = defaultdict(set)
    for row in rows(store, PREFIXES + "SELECT ?s ?alt WHERE { ?s skos:altLabel ?alt }"):
        if row["s"] in best:
            alts[row["s"]].add(row["alt"])
    nodes = {}
    for s, t in best.items():
        names = sorted(labels[s], key=lambda x: (len(x), x))
        label = names[0] if names else s.rstrip("/").rsplit("/", 1)[-1]
        alt = tuple(sorted((alts[s] | set(names[1:])) - {label}))
        nodes[s] = NodeInfo(iri=s, label=label, type=NODE_TYPES[t], alt_labels=alt)
    for row in rows(store, PREFIXES + "SELECT ?s ?place WHERE { ?s dcterms:spatial ?place }"):
        if row["s"] in nodes:
            node = nodes[row["s"]]
            node.places = tuple(sorted({*node.places, row["place"]}))
    for row in rows(
        store,
        PREFIXES + "SELECT ?t ?doc ?af ?afl WHERE { ?t a ta:TransferObject . "
        "OPTIONAL { ?t dcterms:source ?doc } "
        "OPTIONAL { ?t ta:actionField|ta:addressesActionField ?af . "
        "OPTIONAL { ?af skos:prefLabel ?afl } } }",
    ):
        node = nodes[row["t"]]
        node.doc = doc_id(row.get("doc", ""))
        if row.get("af"):
            name = row.get("afl") or row["af"].rsplit("/", 1)[-1]
            node.action_fields = tuple(sorted({*node.action_fields, name}))
    return nodes


STATEMENTS_QUERY = """
SELECT ?g ?s ?p ?o ?doc ?text ?sl ?el ?role WHERE {
  VALUES ?p { %s }
  GRAPH ?g {
    ?s ?p ?o .
    OPTIONAL {
      ?a a ta:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
      OPTIONAL { ?a dcterms:source ?doc } OPTIONAL { ?a ta:evidenceText ?text }
      OPTIONAL { ?a ta:startLine ?sl } OPTIONAL { ?a ta:endLine ?el }
      OPTIONAL { ?a ta:roleLabel ?role }
    }
  }
}"""

MEMBERSHIP_QUERY = """
SELECT ?s ?o ?role ?doc ?text ?sl ?el WHERE {
  ?m a org:Membership ; org:member ?s ; org:organization ?o .
  OPTIONAL { ?m ta:roleLabel ?role }
  OPTIONAL { ?m prov:wasDerivedFrom ?a . ?a ta:evidenceText ?text .
             OPTIONAL { ?a dcterms:source ?doc }
             OPTIONAL { ?a ta:startLine ?sl } OPTIONAL { ?a ta:endLine ?el } }
}"""


def _read_statements(store: ox.Store, nodes: dict[str, NodeInfo]) -> list[Statement]:
    values = " ".join(f"<{p}>" for p in RELATIONS)
    found = rows(store, PREFIXES + STATEMENTS_QUERY % values, union=False)
    for row in rows(store, PREFIXES + MEMBERSHIP_QUERY):
        found.append({**row, "p": f"{ORG}memberOf", "g": row.get("doc", GRAPHS + ENTITY_SOURCE)})
    out: set[Statement] = set()
    for row in found:
        s, o = row["s"], row["o"]
        if s == o or s not in nodes or o not in nodes:
            continue
        relation = RELATIONS[row["p"]]
        evidence = Evidence(
            doc=doc_id(row.get("doc") or row["g"]),
            text=" ".join(row.get("text", "").split()),
            relation=relation,
            subject=nodes[s].label,
            object=nodes[o].label,
            start_line=_int(row.get("sl")),
            end_line=_int(row.get("el")),
            role=row.get("role", ""),
        )
        out.add(Statement(s, relation, o, evidence))
    return sorted(
        out,
        key=lambda st: (
            st.subject,
            st.relation,
            st.object,
            st.evidence.doc,
            st.evidence.start_line or 0,
            st.evidence.text,
        ),
    )


def load_network_data(store: ox.Store) -> NetworkData:
    """Actors, transfer objects, statements with evidence and document publishers."""
    nodes = _read_nodes(store)
    publishers = {
        doc_id(r["d"]): r.get("pub", "")
        for r in rows(
            store,
            PREFIXES
            + "SELECT ?d ?pub WHERE { ?d a foaf:Document OPTIONAL { ?d dcterms:publisher ?pub } }",
        )
    }
    return NetworkData(nodes, _read_statements(store, nodes), publishers)


def municipalities_of(data: NetworkData) -> dict[str, set[str]]:
    """Municipalities each actor belongs to: a municipality itself; any other actor those up
    the memberOf/subOrganizationOf chain (its own qualifying municipality included) or
    directly linked to it by an explicit relation."""
    up: dict[str, set[str]] = defaultdict(set)
    linked: dict[str, set[str]] = defaultdict(set)
    munis = {i for i, n in data.nodes.items() if n.type == "Municipality"}
    for st in data.statements:
        if st.relation in ("memberOf", "subOrganizationOf", "carriedBy"):
            up[st.subject].add(st.object)
        if st.relation != "involvesActor":
            if st.object in munis:
                linked[st.subject].add(st.object)
            if st.subject in munis:
                linked[st.object].add(st.subject)
    for iri, node in data.nodes.items():
        up[iri] |= {place for place in node.places if place in munis}
    result: dict[str, set[str]] = {}
    for iri in data.actors():
        seen, frontier = {iri}, {iri}
        for _ in range(5):
            frontier = {p for f in frontier for p in up[f]} - seen
            seen |= frontier
        # a municipality is its own; its partners would read as if it belonged to them
        result[iri] = {iri} if iri in munis else (seen & munis) | linked[iri]
    return result
