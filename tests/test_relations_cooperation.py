"""Cooperation wordings (cooperatesWith) over the real entity extractor, with invented names."""

from __future__ import annotations

from pathlib import Path

import pytest
from relation_helpers import document_relations, named_triples


def cooperations(text: str) -> set[tuple[str, str]]:
    return {(s.split(" (")[0], o) for s, p, o in named_triples(text) if p == "cooperatesWith"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Das Bildungsbüro des Landkreises Tellau bereitet die Tellauer Bildungskonferenz "
            "gemeinsam mit der Kreisvolkshochschule Tellau vor.",
            {("Bildungsbüro", "Kreisvolkshochschule Tellau")},
        ),
        (
            "Die Kreisvolkshochschule Tellau richtet die Tellauer Bildungskonferenz gemeinsam "
            "mit dem Bildungsbüro Tellau aus.",
            {("Kreisvolkshochschule Tellau", "Bildungsbüro Tellau")},
        ),
        (  # the subject after its verb, a field of the work before it
            "Angebote der Bildung für nachhaltige Entwicklung entwickelt das Bildungsbüro Tellau "
            "gemeinsam mit dem Deichforum Tellau e. V.",
            {("Bildungsbüro Tellau", "Deichforum Tellau e.V.")},
        ),
    ],
)
def test_the_subject_works_with_the_partner_not_the_object_of_its_verb(
    sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert cooperations(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Fachtage werden vom Bildungsbüro Tellau gemeinsam mit der Volkshochschule Tellau "
        "vorbereitet.",
        "M 2.1 und M 2.2 werden von dem Bildungsbüro Tellau gemeinsam mit der Volkshochschule "
        "Tellau umgesetzt.",
    ],
)
def test_an_agent_acting_together_with_a_partner_cooperates(sentence: str) -> None:
    assert cooperations(sentence) == {("Bildungsbüro Tellau", "Volkshochschule Tellau")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt wird vom Bildungsbüro Tellau gemeinsam mit der Sparkasse Tellau finanziert.",
        "Das Programm selbst fördert das Bundesministerium für Bildung und Forschung gemeinsam "
        "mit der Sparkasse Tellau.",
        "Den Eigenanteil bringt die Stadt Tellau gemeinsam mit der Sparkasse Tellau auf.",
    ],
)
def test_paying_together_is_no_cooperation(sentence: str) -> None:
    assert not cooperations(sentence)


def test_a_funding_word_in_another_clause_leaves_the_cooperation() -> None:
    found = cooperations(
        "Die Stabsstelle Bildung Tellau erarbeitet den Atlas gemeinsam mit der "
        "Wirtschaftsförderung Tellau GmbH; die GmbH wird vom Landkreis finanziert."
    )
    assert ("Stabsstelle Bildung Tellau", "Wirtschaftsförderung Tellau GmbH") in found


def test_an_agreement_of_any_kind_with_partners_named_after_their_kind() -> None:
    triples = named_triples(
        "Der Landkreis Kesselau schließt Datenlieferungsvereinbarungen mit den Samtgemeinden "
        "Hollenbach und Wendbach sowie mit der Stadt Kesselbach."
    )
    partners = {o for s, p, o in triples if p == "cooperatesWith" and s == "Landkreis Kesselau"}
    assert partners == {"Samtgemeinde Hollenbach", "Samtgemeinde Wendbach", "Stadt Kesselbach"}


def test_a_sentence_above_work_packages_is_no_title_of_them(tmp_path: Path) -> None:
    text = (
        "Landkreis Talbrück – Antrag im Förderprogramm „Bildungskommunen“\n\n"
        "Die Lenkungsgruppe der Bildungskonferenz begleitet das Vorhaben strategisch.\n\n"
        "AP 1 Projektsteuerung: Abstimmung mit dem Staatlichen Schulamt Talbrück\n"
        "AP 2 Bildungsmonitoring: Datenlieferung durch das Statistische Landesamt, "
        "Zusammenarbeit mit der Hochschule Auhagen\n"
    )
    found = {
        (r.subject.canonical, r.predicate, r.object.canonical)
        for r in document_relations(tmp_path, text, "Landkreis Talbrück", "antrag.txt")
    }
    partners = {o for s, p, o in found if p == "cooperatesWith" and s == "Landkreis Talbrück"}
    assert "Hochschule Auhagen" in partners
    assert not any(s.startswith("Lenkungsgruppe") for s, p, _ in found if p == "cooperatesWith")


@pytest.mark.parametrize(
    "sentence",
    [
        "Als der Kreis Talbrück im Jahr 2017 mit dem Bundesprogramm „Bildung integriert“ begann, "
        "gab es kein Monitoring.",
        "Der Kreis Talbrück startete 2016 im Programm „Bildung integriert“.",
        "Der Kreis Talbrück ist 2019 in das Programm „Bildung integriert“ eingestiegen.",
    ],
)
def test_who_began_in_a_programme_takes_part_in_it(sentence: str) -> None:
    assert ("Kreis Talbrück", "participatesIn", "Bildung integriert") in named_triples(sentence)


def test_town_and_county_named_by_their_kinds_as_subject_take_part_both(tmp_path: Path) -> None:
    text = (
        "Seit 2019 bildet die Stadt Tellau gemeinsam mit dem Landkreis Rabenau eine "
        "Bildungsregion. Stadt und Landkreis beteiligen sich damit an der Initiative "
        "„Lernende Region“.\n"
    )
    relations = document_relations(tmp_path, text, "Stadt Tellau")
    found = {(r.subject.canonical, r.predicate, r.object.canonical) for r in relations}
    assert ("Stadt Tellau", "participatesIn", "Lernende Region") in found
    assert ("Landkreis Rabenau", "participatesIn", "Lernende Region") in found
