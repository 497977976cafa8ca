"""Stakeholder networks: who works with whom, and where that is written.

Projections turn `NetworkData` (graph.network_data) into networkx graphs whose edges are
typed (``relation``), weighted by the number of independent pieces of evidence, and carry
the evidence itself, so every line in a picture can be traced back to a sentence. Filters,
ego networks and paths live in `graph.network_filters`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations

import networkx as nx

from graph.network_data import (
    ACTOR_TYPES,
    ENTITY_SOURCE,
    Evidence,
    NetworkData,
    NodeInfo,
    Statement,
    load_network_data,
    municipalities_of,
)

__all__ = [
    "ACTOR_TYPES",
    "ENTITY_SOURCE",
    "Evidence",
    "NetworkData",
    "NodeInfo",
    "Statement",
    "load_network_data",
    "municipalities_of",
    "actor_actor",
    "actor_transfer",
    "membership",
    "project",
    "PROJECTIONS",
]

# Relations that put an actor into a group (body, organisation, programme); the group is the
# object, except for chairedBy where the body is the subject.
MEMBERSHIP_RELATIONS = ("memberOf", "participatesIn", "chairedBy")
PROJECTIONS = ("actor-actor", "actor-transfer", "membership")


def _add_node(g: nx.Graph, node: NodeInfo, municipality: str = "") -> None:
    if node.iri in g:
        return
    g.add_node(
        node.iri,
        label=node.label,
        type=node.type,
        iri=node.iri,
        alt_labels=" | ".join(node.alt_labels),
        municipality=municipality,
        action_fields=" | ".join(node.action_fields),
    )


def _add_edge(
    g: nx.Graph, u: str, v: str, relation: str, evidence: Iterable[Evidence], via: str = ""
) -> None:
    """Merge a typed, evidenced link into the (undirected) edge between u and v."""
    if u == v:
        return
    if not g.has_edge(u, v):
        g.add_edge(u, v, relations=set(), evidence={}, via=set())
    data = g.edges[u, v]
    data["relations"].add(relation)
    if via:
        data["via"].add(via)
    for ev in evidence:
        data["evidence"].setdefault(ev.key + (ev.relation, ev.subject, ev.object), ev)


def _finish(g: nx.Graph) -> nx.Graph:
    """Turn the working sets into stable attributes: relation, weight, evidence list."""
    for _, _, data in g.edges(data=True):
        evidence = sorted(data["evidence"].values(), key=lambda e: (e.doc, e.start_line or 0))
        data["evidence"] = evidence
        data["relation"] = ", ".join(sorted(data.pop("relations")))
        data["via"] = " | ".join(sorted(data["via"]))
        data["weight"] = max(1, len({e.key for e in evidence}))
    return g


def _graph(data: NetworkData, name: str) -> nx.Graph:
    g = nx.Graph(projection=name)
    munis = municipalities_of(data)
    for iri in sorted(data.actors()):
        names = sorted(data.nodes[m].label for m in munis.get(iri, ()))
        _add_node(g, data.nodes[iri], " | ".join(names))
    return g


def actor_actor(data: NetworkData) -> nx.Graph:
    """Actors linked by explicit relations, shared groups (co-membership) and shared
    transfer objects (co-involvement)."""
    g = _graph(data, "actor-actor")
    actors = data.actors()
    groups: dict[str, list[tuple[str, Evidence]]] = defaultdict(list)
    transfers: dict[str, list[tuple[str, Evidence]]] = defaultdict(list)
    for st in data.statements:
        if st.relation == "involvesActor":
            if st.object in actors:
                transfers[st.subject].append((st.object, st.evidence))
            continue
        if st.relation in MEMBERSHIP_RELATIONS:
            member, group = (
                (st.object, st.subject) if st.relation == "chairedBy" else (st.subject, st.object)
            )
            groups[group].append((member, st.evidence))
        if st.subject in actors and st.object in actors:
            _add_edge(g, st.subject, st.object, st.relation, [st.evidence])
    for kind, shared in (("coMembership", groups), ("coInvolvement", transfers)):
        for hub, members in shared.items():
            for (a, ev_a), (b, ev_b) in combinations(members, 2):
                if a != b:
                    _add_edge(g, a, b, kind, [ev_a, ev_b], via=data.nodes[hub].label)
    g.remove_nodes_from([n for n in list(g) if g.degree(n) == 0])
    return _finish(g)


def actor_transfer(data: NetworkData) -> nx.Graph:
    """Bipartite: actors on one side (bipartite=0), transfer objects on the other (1)."""
    g = _graph(data, "actor-transfer")
    for st in data.statements:
        ends = {data.nodes[st.subject].type, data.nodes[st.object].type}
        if "TransferObject" not in ends or ends == {"TransferObject"}:
            continue
        for iri in (st.subject, st.object):
            _add_node(g, data.nodes[iri])
        _add_edge(g, st.subject, st.object, st.relation, [st.evidence])
    for _, attrs in g.nodes(data=True):
        attrs["bipartite"] = int(attrs["type"] == "TransferObject")
    g.remove_nodes_from([n for n in list(g) if g.degree(n) == 0])
    return _finish(g)


def membership(data: NetworkData) -> nx.Graph:
    """Actors and the groups (bodies, organisations, programmes) they belong to, with roles."""
    g = _graph(data, "membership")
    for st in data.statements:
        if st.relation not in MEMBERSHIP_RELATIONS:
            continue
        member, group = (
            (st.object, st.subject) if st.relation == "chairedBy" else (st.subject, st.object)
        )
        _add_edge(g, member, group, st.relation, [st.evidence], via=st.evidence.role)
        g.nodes[group]["bipartite"] = 1
    for _, attrs in g.nodes(data=True):
        attrs.setdefault("bipartite", 0)
    g.remove_nodes_from([n for n in list(g) if g.degree(n) == 0])
    g = _finish(g)
    for _, _, attrs in g.edges(data=True):
        attrs["role"] = attrs.pop("via")
    return g


def project(data: NetworkData, projection: str = "actor-actor") -> nx.Graph:
    """One of PROJECTIONS by name."""
    builders = {
        "actor-actor": actor_actor,
        "actor-transfer": actor_transfer,
        "membership": membership,
    }
    if projection not in builders:
        raise ValueError(f"unknown projection {projection!r}; known: {', '.join(PROJECTIONS)}")
    return builders[projection](data)
