"""Scoring rules of the extraction evaluation, on hand-made resources and gold."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from graph.eval_extraction import Resource, normalise, score_entities, score_masks, score_relations

GOLD = [
    {
        "id": "dgb",
        "type": "Organization",
        "name": "Deutscher Gewerkschaftsbund",
        "aliases": ["DGB"],
        "docs": ["d1"],
    },
    {"id": "halle", "type": "Municipality", "name": "Stadt Halle", "aliases": [], "docs": ["d1"]},
    {"id": "sk", "type": "Body", "name": "Steuerungskreis", "aliases": [], "docs": ["d1"]},
]


def res(iri: str, type_: str, *labels: str, docs: tuple[str, ...] = ("d1",)) -> Resource:
    return Resource(iri, type_, {normalise(label) for label in labels}, set(docs))


def test_entity_matches_by_alias_and_type() -> None:
    resources = [
        res("r:dgb", "Organization", "DGB"),
        res("r:halle", "Organization", "Stadt Halle"),  # wrong type: no match
        res("r:extra", "Organization", "Jobcenter"),
        res("r:other-doc", "Organization", "Unrelated", docs=("elsewhere",)),
    ]
    report, matches, duplicates = score_entities(GOLD, resources)
    assert matches["dgb"] == {"r:dgb"} and matches["halle"] == set()
    assert report["Organization"] == {"precision": 0.3333, "recall": 1.0, "f1": 0.5}
    assert report["Municipality"]["recall"] == 0.0
    assert duplicates == 0


def test_two_resources_for_one_entity_count_as_duplicate() -> None:
    resources = [res("r:1", "Body", "Steuerungskreis"), res("r:2", "Body", "steuerungskreis ")]
    _report, _matches, duplicates = score_entities(GOLD, resources)
    assert duplicates == 1


def test_relations_need_both_ends_and_respect_symmetry() -> None:
    matches = {"dgb": {"r:dgb"}, "halle": {"r:halle"}, "sk": {"r:sk"}}
    gold = [
        {"subject": "dgb", "predicate": "participatesIn", "object": "sk", "doc": "d1"},
        {"subject": "dgb", "predicate": "cooperatesWith", "object": "halle", "doc": "d1"},
    ]
    predicted = {
        ("participatesIn", "r:dgb", "r:sk", "d1"),
        ("participatesIn", "r:halle", "r:sk", "d1"),
        ("cooperatesWith", "r:halle", "r:dgb", "d1"),
    }
    report = score_relations(gold, predicted, matches)
    assert report["participatesIn"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667}
    assert report["cooperatesWith"]["f1"] == 1.0


def test_mask_field_states() -> None:
    gold = [
        {
            "section": "1.1",
            "title": "Bildungsreport",
            "catalogue_page": 9,
            "kbm_function": "Daten",
            "fields_present": ["kurzbeschreibung"],
            "fields_empty": ["anmerkungen"],
        }
    ]
    found = {
        "1.1": {
            "title": "Bildungsreport",
            "page": "9",
            "kbm": "Daten",
            "fields": {"shortDescription": "Text", "notes": ""},
        }
    }
    scores = score_masks(gold, found)
    assert scores["found"] == 1 and scores["field_accuracy"] == 1.0
    assert scores["title_accuracy"] == 1.0 and scores["page_accuracy"] == 1.0
    found["1.1"]["fields"]["notes"] = "nicht leer"
    assert score_masks(gold, found)["field_accuracy"] < 1.0


@given(st.text())
def test_normalise_is_idempotent(label: str) -> None:
    assert normalise(normalise(label)) == normalise(label)


def test_normalise_folds_case_space_umlauts() -> None:
    assert normalise("  Übergang\tSchule  ") == normalise("uebergang schule")


def test_involves_actor_is_scored_only_for_annotated_transfer_objects() -> None:
    matches = {"to1": {"r:to1"}, "sk": {"r:sk"}, "dgb": {"r:dgb"}}
    gold = [{"subject": "to1", "predicate": "involvesActor", "object": "sk", "doc": "d1"}]
    predicted = {
        ("involvesActor", "r:to1", "r:sk", "d1"),
        ("involvesActor", "r:to1", "r:dgb", "d1"),  # wrong actor of an annotated object
        ("involvesActor", "r:to2", "r:dgb", "d1"),  # object without annotation: not scored
    }
    report = score_relations(gold, predicted, matches)
    assert report["involvesActor"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667}


def test_a_resource_from_another_document_does_not_match() -> None:
    gold = [
        {
            "id": "st",
            "type": "Organization",
            "name": "Stabsstelle",
            "aliases": [],
            "docs": ["leipzig"],
        }
    ]
    resources = [
        res("r:leipzig", "Organization", "Stabsstelle", docs=("leipzig",)),
        res("r:eisenach", "Organization", "Stabsstelle", docs=("eisenach",)),
    ]
    _report, matches, duplicates = score_entities(gold, resources)
    assert matches["st"] == {"r:leipzig"} and duplicates == 0


def test_milestones_and_todos_are_no_measures_to_score() -> None:
    import pyoxigraph as ox

    from graph.eval_extraction import load_resources

    ta = "https://w3id.org/transferatlas/ontology#"
    store = ox.Store()
    for name, kind in (("goal", "goal"), ("ms", "milestone"), ("todo", "todo")):
        node = ox.NamedNode(f"https://example.org/{name}")
        store.add(ox.Quad(node, ox.NamedNode(_RDF_TYPE), ox.NamedNode(ta + "Measure")))
        store.add(ox.Quad(node, ox.NamedNode(ta + "measureKind"), ox.Literal(kind)))
        store.add(ox.Quad(node, ox.NamedNode(_RDFS_LABEL), ox.Literal(f"Punkt {name}")))
    found = {r.iri.rsplit("/", 1)[-1]: r.type for r in load_resources(store)}
    assert found == {"goal": "Measure"}


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def test_a_role_only_person_is_named_by_its_roles() -> None:
    office = {
        "id": "dezernent",
        "type": "Person",
        "name": "Beigeordneter für Bildung (Stadt Tellau; role, unnamed)",
        "aliases": [],
        "docs": ["d1"],
        "role": "Beigeordneter für Bildung; Vorsitzender des Beirats",
        "role_only": True,
    }
    named = {**office, "id": "named", "role_only": False}
    resources = [
        res("r:office", "Person", "Beigeordneten für Bildung", "Beigeordneter für Bildung")
    ]
    _report, matches, _duplicates = score_entities([office, named], resources)
    assert matches["dezernent"] == {"r:office"}
    assert matches["named"] == set()  # a named person's role is no name of theirs
