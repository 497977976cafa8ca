"""Narrowing a stakeholder network to what an advisor asks about.

Filters (municipality, action field, actor type, document, relation type), the ego network
around one actor found by its (fuzzy) name, and the shortest path between two actors with
the evidence of each hop. All functions return new graphs and leave their input untouched.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx
from rapidfuzz import fuzz, process, utils

from graph.network import ACTOR_TYPES, Evidence, NetworkData, municipalities_of

FILTER_KEYS: dict[str, str] = {
    "municipality": "municipality",
    "kommune": "municipality",
    "action_field": "action_field",
    "action-field": "action_field",
    "handlungsfeld": "action_field",
    "type": "actor_type",
    "actor_type": "actor_type",
    "typ": "actor_type",
    "document": "document",
    "doc": "document",
    "dokument": "document",
    "relation": "relation",
    "relation_type": "relation",
}
TYPE_ALIASES: dict[str, str] = {
    **{t.casefold(): t for t in (*ACTOR_TYPES, "TransferObject")},
    "kommune": "Municipality",
    "verwaltungseinheit": "AdministrativeUnit",
    "amt": "AdministrativeUnit",
    "gremium": "Body",
    "programm": "Programme",
    "organisation": "Organization",
    "transfergegenstand": "TransferObject",
}
MATCH_THRESHOLD = 90


@dataclass(frozen=True)
class NetworkFilter:
    """What to keep; empty fields keep everything."""

    municipality: str = ""
    action_field: str = ""
    actor_type: tuple[str, ...] = ()
    document: str = ""
    relation: tuple[str, ...] = field(default=())

    def is_empty(self) -> bool:
        return not (
            self.municipality
            or self.action_field
            or self.actor_type
            or self.document
            or self.relation
        )


def parse_filters(items: Iterable[str]) -> NetworkFilter:
    """``key=value`` pairs (CLI ``--filter``) -> NetworkFilter; unknown keys raise ValueError."""
    values: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        name = FILTER_KEYS.get(key.strip().casefold())
        if not sep or name is None or not value.strip():
            raise ValueError(
                f"Filter {item!r}: erwartet key=value mit key aus "
                f"{', '.join(sorted(set(FILTER_KEYS.values())))}"
            )
        values[name] = value.strip()
    types = tuple(_actor_type(t) for t in values.get("actor_type", "").split(",") if t.strip())
    relations = tuple(r.strip() for r in values.get("relation", "").split(",") if r.strip())
    return NetworkFilter(
        values.get("municipality", ""),
        values.get("action_field", ""),
        types,
        values.get("document", ""),
        relations,
    )


def _actor_type(name: str) -> str:
    found = TYPE_ALIASES.get(name.strip().casefold())
    if found is None:
        raise ValueError(f"Unbekannter Akteurstyp {name!r}; bekannt: {', '.join(ACTOR_TYPES)}")
    return found


def matches(query: str, names: Iterable[str]) -> bool:
    """Same name once case and punctuation are folded, or all words of the shorter in the longer."""
    q = utils.default_process(query)
    return any(
        q == utils.default_process(n)
        or fuzz.token_set_ratio(q, n, processor=utils.default_process) >= MATCH_THRESHOLD
        for n in names
        if n
    )


def _municipality_nodes(data: NetworkData, name: str) -> set[str]:
    munis = {i: n for i, n in data.nodes.items() if n.type == "Municipality"}
    exact = {
        i
        for i, n in munis.items()
        if utils.default_process(name)
        in {utils.default_process(x) for x in (n.label, *n.alt_labels)}
    }
    return exact or {i for i, n in munis.items() if matches(name, (n.label, *n.alt_labels))}


def municipality_scope(data: NetworkData, name: str) -> set[str]:
    """Actors linked to the municipality, and everything stated in documents it published."""
    munis = _municipality_nodes(data, name)
    names = [name, *(data.nodes[m].label for m in munis)]
    docs = {
        d
        for d, publisher in data.publishers.items()
        if publisher and any(matches(n, [publisher]) for n in names)
    }
    keep = set(munis)
    keep |= {a for a, found in municipalities_of(data).items() if found & munis}
    for st in data.statements:
        if st.evidence.doc in docs:
            keep |= {st.subject, st.object}
    keep |= {i for i, n in data.nodes.items() if n.type == "TransferObject" and n.doc in docs}
    return keep


def action_field_scope(data: NetworkData, name: str) -> set[str]:
    """Transfer objects of the action field and the actors involved in them."""
    transfers = {
        i
        for i, n in data.nodes.items()
        if n.type == "TransferObject" and matches(name, n.action_fields)
    }
    involved = {
        st.object
        for st in data.statements
        if st.relation == "involvesActor" and st.subject in transfers
    }
    return transfers | involved


def _keep_edge_evidence(g: nx.Graph, keep: object) -> None:
    """Drop evidence that fails ``keep``; edges left without evidence go."""
    for u, v, attrs in list(g.edges(data=True)):
        evidence = [e for e in attrs["evidence"] if keep(e)]  # type: ignore[operator]
        if not evidence:
            g.remove_edge(u, v)
            continue
        attrs["evidence"] = evidence
        attrs["weight"] = len({e.key for e in evidence})


def document_matches(doc: str, query: str) -> bool:
    return doc == query or query.casefold() in doc.casefold()


def apply_filters(g: nx.Graph, data: NetworkData, flt: NetworkFilter) -> nx.Graph:
    """A filtered copy of ``g``: edge filters first, then node scopes (induced subgraph)."""
    out = g.copy()
    if flt.is_empty():
        return out
    if flt.document:
        _keep_edge_evidence(out, lambda e: document_matches(e.doc, flt.document))
    if flt.relation:
        wanted = {r.casefold() for r in flt.relation}
        for u, v, attrs in list(out.edges(data=True)):
            if not wanted & {r.strip().casefold() for r in attrs["relation"].split(",")}:
                out.remove_edge(u, v)
    keep = set(out)
    if flt.municipality:
        keep &= municipality_scope(data, flt.municipality)
    if flt.action_field:
        keep &= action_field_scope(data, flt.action_field)
    if flt.actor_type:
        keep = {
            n
            for n in keep
            if out.nodes[n]["type"] in flt.actor_type or out.nodes[n].get("bipartite") == 1
        }
    out = out.subgraph(keep).copy()
    if flt.document or flt.relation or flt.actor_type:
        out.remove_nodes_from([n for n in list(out) if out.degree(n) == 0])
    return out


def find_actor(g: nx.Graph, query: str, threshold: float = 80) -> str:
    """The node whose label or altLabel best matches ``query`` (IRI, exact, then fuzzy)."""
    if query in g:
        return query
    names: list[str] = []
    owners: list[str] = []
    for node, attrs in g.nodes(data=True):
        alts = [a for a in str(attrs.get("alt_labels", "")).split(" | ") if a]
        for name in (str(attrs.get("label", node)), *alts):
            names.append(name)
            owners.append(node)
    folded = utils.default_process(query)
    for name, owner in zip(names, owners, strict=True):
        if utils.default_process(name) == folded:
            return owner
    best = process.extractOne(query, names, scorer=fuzz.WRatio, processor=utils.default_process)
    if best is None or best[1] < threshold:
        near = process.extract(
            query, names, scorer=fuzz.WRatio, processor=utils.default_process, limit=3
        )
        raise LookupError(
            f"Kein Akteur passt zu {query!r}; ähnlich: {', '.join(n for n, _, _ in near) or '—'}"
        )
    return owners[best[2]]


def ego_network(g: nx.Graph, actor: str, hops: int = 2) -> nx.Graph:
    """Everyone within ``hops`` links of the actor (found by name), with the links among them."""
    centre = find_actor(g, actor)
    ego = nx.ego_graph(g, centre, radius=hops).copy()
    ego.graph["ego"] = centre
    return ego


@dataclass(frozen=True)
class Hop:
    """One link on a path, with the sentences that document it."""

    source: str
    target: str
    source_label: str
    target_label: str
    relation: str
    evidence: tuple[Evidence, ...]


def shortest_path(g: nx.Graph, source: str, target: str) -> list[Hop]:
    """Fewest-links path between two actors (found by name); [] when they are not connected."""
    a, b = find_actor(g, source), find_actor(g, target)
    try:
        path = nx.shortest_path(g, a, b)
    except nx.NetworkXNoPath:
        return []
    return [
        Hop(
            u,
            v,
            g.nodes[u]["label"],
            g.nodes[v]["label"],
            g.edges[u, v]["relation"],
            tuple(g.edges[u, v]["evidence"]),
        )
        for u, v in zip(path, path[1:], strict=False)
    ]
