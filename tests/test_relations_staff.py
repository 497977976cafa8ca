"""Who leads a unit and who works in it, in relative clauses and after the lead (invented
names)."""

from __future__ import annotations

import pytest
from relation_helpers import named_triples


@pytest.mark.parametrize(
    ("sentence", "person", "unit"),
    [
        (
            "Der Fachdienst 40 gehört zum Dezernat 2 – Bildung, Jugend und Soziales, das der "
            "Erste Kreisrat Dr. Jost Wendler leitet.",
            "Jost Wendler",
            "Dezernat 2 – Bildung, Jugend und Soziales",
        ),
        (
            "Die Stabsstelle ist dem Dezernat III – Bildung, Jugend und Soziales zugeordnet, das "
            "Dezernent Holger Marten leitet.",
            "Holger Marten",
            "Dezernat III – Bildung, Jugend und Soziales",
        ),
        (
            "Innerhalb der Verwaltung ist das Thema im Dezernat III – Jugend, Schule und Soziales "
            "angesiedelt, das von Bürgermeister Bernd Ochsner geleitet wird.",
            "Bernd Ochsner",
            "Dezernat III – Jugend, Schule und Soziales",
        ),
    ],
)
def test_the_head_of_a_unit_in_a_relative_clause_after_its_verb(
    sentence: str, person: str, unit: str
) -> None:
    assert (person, "memberOf", unit) in named_triples(sentence)


def test_staff_named_after_the_lead_work_in_the_unit() -> None:
    found = named_triples(
        "Das Bildungsbüro der Stadt Tellau ist dem Amt für Schule und Bildung zugeordnet. Es "
        "wird von Svea Brand geleitet; für das Bildungsmonitoring ist Dr. Kemal Aydin "
        "zuständig, für das Übergangsmanagement Lena Marsch."
    )
    members = {s for s, p, o in found if p == "memberOf" and o.startswith("Bildungsbüro")}
    assert members == {"Svea Brand", "Kemal Aydin", "Lena Marsch"}


def test_staff_who_answer_for_a_task_after_a_fronted_lead() -> None:
    found = named_triples(
        "Dort ist das Bildungsbüro der Stadt Rabenau als Sachgebiet verankert. Geleitet wird es "
        "von Sabine Kranz, das Bildungsmonitoring verantwortet Tobias Hirsch."
    )
    members = {(s, o.split(" (")[0]) for s, p, o in found if p == "memberOf"}
    assert {("Sabine Kranz", "Bildungsbüro"), ("Tobias Hirsch", "Bildungsbüro")} <= members
    assert all(p != "memberOf" or not s.startswith("Bildungsmonitoring") for s, p, _ in found)


def test_a_board_member_of_a_foundation_belongs_to_it() -> None:
    found = named_triples(
        "Die Konferenz fördert die Bürgerstiftung Tellau. Dr. Arne Westphal, Vorstand der "
        "Bürgerstiftung Tellau, eröffnet sie."
    )
    assert ("Arne Westphal", "memberOf", "Bürgerstiftung Tellau") in found


@pytest.mark.parametrize(
    ("text", "person", "unit"),
    [
        (
            "Das Bildungsbüro ist dem Amt für Schule, Bildung und Sport zugeordnet; Amtsleiter "
            "ist Jörg Plaue.",
            "Jörg Plaue",
            "Amt für Schule, Bildung und Sport",
        ),
        (
            "Das Bildungsbüro ist im Fachbereich 4 – Jugend, Schule und Bildung angesiedelt. "
            "Fachbereichsleiter ist Dr. Ralf Stein.",
            "Ralf Stein",
            "Fachbereich 4 – Jugend, Schule und Bildung",
        ),
    ],
)
def test_a_head_named_by_the_unit_s_kind_belongs_to_that_unit(
    text: str, person: str, unit: str
) -> None:
    found = named_triples(text)
    assert (person, "memberOf", unit) in found
    assert not any(s == person and o.startswith("Bildungsbüro") for s, _, o in found)


def test_a_post_of_an_institution_before_a_colon_on_a_slide() -> None:
    found = named_triples(
        "• Vorstand des Instituts für Bildungsplanung e.V.: Prof. Dr. Gunter Albers\n"
    )
    assert ("Gunter Albers", "memberOf", "Institut für Bildungsplanung e.V.") in found


def test_speakers_named_after_a_semicolon_chair_the_group() -> None:
    found = named_triples(
        "Die AG Fachkräfte wurde im Januar eingerichtet (vgl. Zielvereinbarung, Ziel 4); "
        "Sprecher*innen sind Jens Ulmer und Lea Tamm.\n"
    )
    assert {
        ("AG Fachkräfte", "chairedBy", "Jens Ulmer"),
        ("AG Fachkräfte", "chairedBy", "Lea Tamm"),
    } <= found


def test_guests_with_their_post_and_institution_in_brackets() -> None:
    found = named_triples(
        "**Gäste:** Jörg Hallmann (Teamleiter Berufsberatung, Agentur für Arbeit Tellau, zu TOP "
        "4); Malte Ober (Prozessbegleiter, KoBi – Kompetenzzentrum Kommunales Bildungsmanagement "
        "Thüringen)\n\n"
        "**Netzwerk Frühe Bildung Tellau** (Bericht von Kathrin Pfau, Netzwerkkoordinatorin im "
        "Jugendamt Tellau):"
    )
    assert ("Jörg Hallmann", "memberOf", "Agentur für Arbeit Tellau") in found
    assert (
        "Malte Ober",
        "memberOf",
        "Kompetenzzentrum Kommunales Bildungsmanagement Thüringen",
    ) in found
    assert ("Kathrin Pfau", "memberOf", "Jugendamt Tellau") in found


def test_two_posts_chairing_by_turns_are_their_holders(tmp_path) -> None:
    from relation_helpers import document_relations

    text = (
        "§ 2 Gremien\n\n"
        "(2) Der Steuerungsgruppe gehören die Oberbürgermeisterin der Stadt Tellau, Dr. Anna "
        "Voss, und der Landrat des Landkreises Rabenau, Bernd Ott, an.\n\n"
        "(3) Den Vorsitz führen im jährlichen Wechsel die Oberbürgermeisterin und der Landrat.\n"
    )
    chairs = {
        (r.object.canonical or r.object.text)
        for r in document_relations(tmp_path, text, "Stadt Tellau", "vereinbarung.txt")
        if r.predicate == "chairedBy"
    }
    assert chairs == {"Dr. Anna Voss", "Bernd Ott"}


def test_a_deputy_on_a_slide_naming_a_county_and_a_town_belongs_to_neither() -> None:
    slide = (
        "Bildungsbüro des Landkreises Marbeck\n\nGremien\n• Steuerungsgruppe Bildung\n"
        "  Vorsitz: Beigeordnete Sabine Lorenz\n\nAustausch\n• Hospitation in der Stadt Ostmoor\n"
    )
    found = named_triples(slide)
    assert ("Steuerungsgruppe Bildung", "chairedBy", "Sabine Lorenz") in found
    assert not [t for t in found if t[0] == "Sabine Lorenz" and t[1] == "memberOf"]
