"""Stakeholder networks from the fixture graph: projections, evidence, filters, paths, metrics."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.network import NetworkData, load_network_data, project
from graph.network_data import Evidence, NodeInfo, Statement, municipalities_of
from graph.network_filters import (
    FILTER_KEYS,
    apply_filters,
    ego_network,
    find_actor,
    matches,
    parse_filters,
    shortest_path,
)
from graph.network_metrics import METRICS, annotate, eigenvector, metrics_table
from graph.store import new_store, open_store

FIXTURE = Path(__file__).parent / "fixtures" / "network_graph.trig"
ID = "https://w3id.org/transferatlas/id/"
STEUERUNGSKREIS = f"{ID}body/steuerungskreis-bildung"
AGENTUR = f"{ID}organization/agentur-fuer-arbeit"
AMT = f"{ID}unit/amt-fuer-jugend-familie-und-bildung"


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> NetworkData:
    base = tmp_path_factory.mktemp("network-data")
    with new_store(base) as store:
        store.bulk_load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    return load_network_data(open_store(base))


@pytest.fixture()
def actors(data: NetworkData) -> nx.Graph:
    return project(data, "actor-actor")


def labels(g: nx.Graph) -> set[str]:
    return {a["label"] for _, a in g.nodes(data=True)}


def test_steuerungskreis_links_its_member_organisations(actors: nx.Graph) -> None:
    members = {actors.nodes[n]["label"] for n in actors[STEUERUNGSKREIS]}
    assert {
        "Agentur für Arbeit Musterstadt",
        "Sächsische Bildungsagentur",
        "Amt für Jugend, Familie und Bildung",
        "Anna Beispiel",
    } <= members
    assert actors.nodes[STEUERUNGSKREIS]["type"] == "Body"


def test_co_members_of_a_body_are_linked_through_it(actors: nx.Graph) -> None:
    edge = actors.edges[AGENTUR, f"{ID}organization/bildungsagentur"]
    assert edge["relation"] == "coMembership"
    assert edge["via"] == "Steuerungskreis Bildung"


def test_persons_carry_their_municipality(actors: nx.Graph) -> None:
    assert actors.nodes[f"{ID}person/anna-beispiel"]["municipality"] == "Stadt Musterstadt"
    assert actors.nodes[f"{ID}person/bernd-muster"]["municipality"] == "Landkreis Beispielkreis"


def test_every_edge_has_evidence_with_document_and_lines(actors: nx.Graph) -> None:
    for _, _, attrs in actors.edges(data=True):
        assert attrs["evidence"], attrs
        assert attrs["weight"] == len({e.key for e in attrs["evidence"]})
        for ev in attrs["evidence"]:
            assert ev.doc and ev.source()
    evidence = actors.edges[AGENTUR, AMT]["evidence"]
    cooperation = [e for e in evidence if e.relation == "cooperatesWith"]
    assert {e.doc for e in cooperation} == {"musterstadt-plan", "beispielkreis-protokoll"}
    assert cooperation[0].start_line is not None and cooperation[0].text


def test_actor_transfer_projection_is_bipartite(data: NetworkData) -> None:
    g = project(data, "actor-transfer")
    transfers = {n for n, a in g.nodes(data=True) if a["bipartite"] == 1}
    assert {g.nodes[t]["label"] for t in transfers} == {
        "Bildungsmonitoring-Bericht",
        "Übergangsmanagement Schule–Beruf",
        "Elternbildung im Landkreis",
    }
    assert nx.is_bipartite(g)
    assert all(a["relation"] == "involvesActor" for _, _, a in g.edges(data=True))


def test_membership_projection_keeps_roles(data: NetworkData) -> None:
    g = project(data, "membership")
    assert (
        g.edges[f"{ID}person/clara-test", f"{ID}body/lenkungsgruppe-uebergang"]["role"]
        == "Moderation"
    )
    assert g.nodes[STEUERUNGSKREIS]["bipartite"] == 1


def test_unknown_projection_is_refused(data: NetworkData) -> None:
    with pytest.raises(ValueError):
        project(data, "people-only")


def test_municipality_filter_keeps_its_actors_and_documents(
    actors: nx.Graph, data: NetworkData
) -> None:
    g = apply_filters(actors, data, parse_filters(["municipality=Musterstadt"]))
    assert {"Anna Beispiel", "Amt für Jugend, Familie und Bildung", "Stadt Musterstadt"} <= labels(
        g
    )
    assert "Bernd Muster" not in labels(g)


def test_action_field_filter_keeps_involved_actors(actors: nx.Graph, data: NetworkData) -> None:
    g = apply_filters(actors, data, parse_filters(["action_field=Bildungsmonitoring"]))
    assert labels(g) == {"Amt für Jugend, Familie und Bildung", "Sächsische Bildungsagentur"}


def test_type_document_and_relation_filters(actors: nx.Graph, data: NetworkData) -> None:
    persons = apply_filters(actors, data, parse_filters(["type=Person,Gremium"]))
    assert {a["type"] for _, a in persons.nodes(data=True)} <= {"Person", "Body"}
    doc = apply_filters(actors, data, parse_filters(["document=beispielkreis-protokoll"]))
    assert all(
        e.doc == "beispielkreis-protokoll"
        for _, _, a in doc.edges(data=True)
        for e in a["evidence"]
    )
    assert doc.edges[AGENTUR, AMT]["weight"] == 1
    coop = apply_filters(actors, data, parse_filters(["relation=cooperatesWith"]))
    assert all("cooperatesWith" in a["relation"] for _, _, a in coop.edges(data=True))
    assert coop.number_of_edges() == 2


def test_bad_filters_are_refused() -> None:
    with pytest.raises(ValueError):
        parse_filters(["colour=red"])
    with pytest.raises(ValueError):
        parse_filters(["type=Spaceship"])


@given(
    st.sampled_from(sorted(FILTER_KEYS)),
    st.text(
        alphabet=st.characters(blacklist_characters=",=", blacklist_categories=["Cs"]), min_size=1
    ).filter(str.strip),
)
def test_parse_filters_puts_each_value_where_its_key_says(key: str, value: str) -> None:
    if FILTER_KEYS[key] == "actor_type":
        value = "Person"
    flt = parse_filters([f"{key}={value}"])
    got = getattr(flt, FILTER_KEYS[key])
    assert got == value.strip() or got == (value.strip(),)


@given(st.text(min_size=1))
def test_a_name_matches_itself(name: str) -> None:
    assert matches(name, [name])


def test_find_actor_by_alt_label_and_typo(actors: nx.Graph) -> None:
    assert find_actor(actors, "AfA") == AGENTUR
    assert find_actor(actors, "Steuerungskreis Bildnug") == STEUERUNGSKREIS
    with pytest.raises(LookupError):
        find_actor(actors, "Raumfahrtbehörde Mars")


def test_ego_network_of_hops(actors: nx.Graph) -> None:
    one = ego_network(actors, "Bernd Muster", hops=1)
    assert labels(one) == {"Bernd Muster", "Bildungsbüro Beispielkreis"}
    two = ego_network(actors, "Bernd Muster", hops=2)
    assert "Agentur für Arbeit Musterstadt" in labels(two)
    assert "Anna Beispiel" not in labels(two)


def test_shortest_path_goes_through_the_broker_with_evidence(actors: nx.Graph) -> None:
    hops = shortest_path(actors, "Bernd Muster", "Anna Beispiel")
    assert hops[0].source_label == "Bernd Muster" and hops[-1].target_label == "Anna Beispiel"
    assert "Agentur für Arbeit Musterstadt" in {h.target_label for h in hops}
    assert all(h.evidence and h.evidence[0].text for h in hops)


def test_broker_between_the_two_bodies_ranks_first(actors: nx.Graph) -> None:
    table = metrics_table(annotate(actors), "betweenness")
    assert table[0]["label"] == "Agentur für Arbeit Musterstadt"
    for metric in METRICS:
        ranked = metrics_table(actors, metric)
        values = [float(r[metric]) for r in ranked]  # type: ignore[arg-type]
        assert values == sorted(values, reverse=True)
    assert {r["community"] for r in table} and all(int(str(r["core"])) >= 1 for r in table)


def test_eigenvector_has_a_fallback_for_graphs_without_edges() -> None:
    g = nx.Graph()
    g.add_nodes_from(["a", "b"])
    values, method = eigenvector(g)
    assert set(values) == {"a", "b"} and method


def test_communities_are_stable_for_the_seed(actors: nx.Graph) -> None:
    first = [r["community"] for r in metrics_table(annotate(actors.copy()), "degree")]
    second = [r["community"] for r in metrics_table(annotate(actors.copy()), "degree")]
    assert first == second


def test_a_municipality_belongs_to_itself_not_to_its_partners() -> None:
    stadt, kreis, amt, sozialamt = "urn:stadt", "urn:kreis", "urn:amt", "urn:sozialamt"
    nodes = {
        stadt: NodeInfo(stadt, "Stadt A", "Municipality"),
        kreis: NodeInfo(kreis, "Landkreis B", "Municipality"),
        amt: NodeInfo(amt, "Jugendamt", "AdministrativeUnit"),
        sozialamt: NodeInfo(
            sozialamt, "Sozialamt (Landkreis B)", "AdministrativeUnit", places=(kreis,)
        ),  # fmt: skip
    }

    def said(subject: str, relation: str, obj: str) -> Statement:
        evidence = Evidence("doc", "Satz.", relation, subject, obj)
        return Statement(subject, relation, obj, evidence)

    data = NetworkData(
        nodes, [said(stadt, "cooperatesWith", kreis), said(amt, "subOrganizationOf", stadt)]
    )
    found = municipalities_of(data)
    assert found[stadt] == {stadt} and found[kreis] == {kreis}
    assert found[amt] == {stadt}
    assert found[sozialamt] == {kreis}  # qualified by name only, no relation needed
