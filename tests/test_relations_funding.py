"""Funding and agreement wordings: posts of an office, lists of funders, adverbs and 'finanziell
unterstützt' (invented names)."""

from __future__ import annotations

from pathlib import Path

import pytest
from relation_helpers import document_relations, named_triples

from ingest.entities import extract_mentions


def _named(relations: list) -> set[tuple[str, str, str]]:
    return {
        (r.subject.canonical or r.subject.text, r.predicate, r.object.canonical or r.object.text)
        for r in relations
    }


def test_a_post_without_its_office_belongs_to_the_office_spoken_of_before(
    tmp_path: Path,
) -> None:
    found = _named(
        document_relations(
            tmp_path,
            "Das Bildungsbüro der Stadt Tellau ist dem Amt für Schule und Sport zugeordnet. "
            "Es wird von Frau Anna Berg geleitet.\n\n"
            "Die Stelle Bildungsmonitoring wird bis Ende 2026 weiter aus dem Programm "
            "„Bildungskommunen“ gefördert.\n",
            "Stadt Tellau",
        )
    )
    assert ("Bildungsbüro (Stadt Tellau)", "participatesIn", "Bildungskommunen") in found
    assert not any(s.startswith("Amt für Schule") and p == "participatesIn" for s, p, _ in found)


def test_a_post_funded_in_a_programme_whose_funders_a_relative_clause_names(
    tmp_path: Path,
) -> None:
    found = _named(
        document_relations(
            tmp_path,
            "Das Bildungsbüro der Stadt Tellau wurde 2023 eingerichtet.\n\n"
            "Die Stelle der Bildungskoordination wird aus Mitteln des Programms "
            "„Bildungskommunen“ gefördert, das vom Bundesministerium für Bildung und Forschung "
            "finanziert wird.\n",
            "Stadt Tellau",
        )
    )
    assert ("Bildungsbüro (Stadt Tellau)", "participatesIn", "Bildungskommunen") in found
    assert (
        "Bildungskommunen",
        "fundedBy",
        "Bundesministerium für Bildung und Forschung",
    ) in found
    assert not any(s.startswith("Bildungsbüro") and p == "fundedBy" for s, p, _ in found)


def test_every_funder_of_a_listed_source_phrase_and_no_owner_of_the_funded() -> None:
    found = named_triples(
        "Das Bildungsbüro der Stadt Rabenau wird aus Mitteln des Bundesministeriums für Bildung "
        "und Forschung, des Landes Hessen und des Europäischen Sozialfonds Plus gefördert."
    )
    funded = {(s, o) for s, p, o in found if p == "fundedBy"}
    assert ("Bildungsbüro", "Europäischer Sozialfonds Plus") in {
        (s.split(" (")[0], o) for s, o in funded
    }
    assert not any(s == "Stadt Rabenau" for s, _ in funded)


def test_names_in_brackets_after_a_programme_do_not_fund_the_office(tmp_path: Path) -> None:
    found = _named(
        document_relations(
            tmp_path,
            "Das Bildungsbüro ist im Fachbereich 4 angesiedelt und wird von Timo Wendt "
            "geleitet. Die Stellen für Bildungsmonitoring werden seit 2023 über das "
            "Förderprogramm „Bildungskommunen“ gefördert (Bundesministerium für Bildung und "
            "Forschung, Europäischer Sozialfonds Plus).\n",
            "Landkreis Wendholm",
        )
    )
    assert any(s.startswith("Bildungsbüro") and p == "participatesIn" for s, p, _ in found)
    assert not any(s.startswith("Bildungsbüro") and p == "fundedBy" for s, p, _ in found)


def test_a_funder_with_an_adverb_and_financial_support_is_no_cooperation() -> None:
    found = named_triples(
        "Die Sparkassenstiftung Tellau finanziert anteilig das Projekt „Lesepaten Tellau“. "
        "Das Netzwerk Frühe Bildung Tellau wird von der Bürgerstiftung Tellau finanziell "
        "unterstützt."
    )
    assert ("Lesepaten Tellau", "fundedBy", "Sparkassenstiftung Tellau") in found
    assert ("Netzwerk Frühe Bildung Tellau", "fundedBy", "Bürgerstiftung Tellau") in found
    assert not any(p == "cooperatesWith" for _, p, _ in found)


def test_support_of_a_foundation_funds_and_a_pronoun_after_a_semicolon_is_the_body() -> None:
    found = named_triples(
        "Die Tellauer Bildungskonferenz findet seit 2017 jährlich statt; sie wird mit "
        "Unterstützung der Stiftung der Sparkasse Tellau durchgeführt. Das Projekt wird mit "
        "Unterstützung der Transferagentur Nord umgesetzt."
    )
    assert ("Tellauer Bildungskonferenz", "fundedBy", "Stiftung der Sparkasse Tellau") in found
    assert not any(p == "cooperatesWith" for _, p, _ in found)
    assert not any(o.startswith("Transferagentur") for _, p, o in found if p == "fundedBy")


def test_a_participle_after_a_programme_is_the_programmes_funding() -> None:
    found = named_triples(
        "Aufgebaut wurde das Büro ab 2017 im Programm „Stadt vernetzt“, gefördert durch das "
        "Bundesministerium für Bildung und Forschung und aus dem Europäischen Sozialfonds (ESF)."
    )
    assert ("Stadt vernetzt", "fundedBy", "Bundesministerium für Bildung und Forschung") in found
    assert ("Stadt vernetzt", "fundedBy", "Europäischer Sozialfonds") in found


def test_a_participle_goes_on_with_a_clause_that_already_speaks_of_funding(
    tmp_path: Path,
) -> None:
    found = _named(
        document_relations(
            tmp_path,
            "Das Bildungsbüro ist dem Fachbereich 5 zugeordnet. Gefördert wird es seit 2023 im "
            "Programm „Stadt vernetzt“ des Bundesministeriums für Bildung und Forschung, "
            "kofinanziert durch den Europäischen Sozialfonds Plus (ESF Plus).\n",
            "Landkreis Tellau",
        )
    )
    assert ("Stadt vernetzt", "fundedBy", "Europäischer Sozialfonds Plus") not in found


def test_a_relative_clause_after_a_programme_and_its_ministry_is_the_programmes() -> None:
    found = named_triples(
        "Die Stadt beantragt die Förderung im Programm „Stadt vernetzt“ des Bundesministeriums "
        "für Bildung und Forschung, das aus Mitteln des Europäischen Sozialfonds Plus (ESF Plus) "
        "kofinanziert wird."
    )
    assert ("Stadt vernetzt", "fundedBy", "Europäischer Sozialfonds Plus") in found
    assert (
        "Bundesministerium für Bildung und Forschung",
        "fundedBy",
        "Europäischer Sozialfonds Plus",
    ) not in found


def test_an_office_built_up_in_a_programme_is_not_funded_by_the_programmes_funders(
    tmp_path: Path,
) -> None:
    found = _named(
        document_relations(
            tmp_path,
            "Das Bildungsbüro ist im Dezernat II angesiedelt. Aufgebaut wurde das Büro ab 2017 "
            "im Programm „Stadt vernetzt“, gefördert durch das Bundesministerium für Bildung "
            "und Forschung.\n",
            "Landkreis Tellau",
        )
    )
    funded = {(s, o) for s, p, o in found if p == "fundedBy"}
    assert funded == {("Stadt vernetzt", "Bundesministerium für Bildung und Forschung")}


def test_an_imprint_funding_its_print_funds_no_one(tmp_path: Path) -> None:
    found = _named(
        document_relations(
            tmp_path,
            "Redaktion: Lea Horn (Bildungsbüro der Stadt Tellau)\n"
            "Druck gefördert von der Lindmoos-Stiftung für Bildung\n",
            "Stadt Tellau",
        )
    )
    assert not any(p == "fundedBy" for _, p, _ in found)


def test_a_sum_of_money_given_in_support_is_funding() -> None:
    found = named_triples(
        "Die Lindmoos-Stiftung Tellau unterstützt die Regionale Bildungskonferenz in den Jahren "
        "2024 bis 2026 mit jährlich bis zu 15.000 Euro. Die Sparkasse Rabenau unterstützt den "
        "Runden Tisch Ganztag fachlich."
    )
    assert ("Regionale Bildungskonferenz", "fundedBy", "Lindmoos-Stiftung Tellau") in found
    assert not any(p == "fundedBy" and o == "Sparkasse Rabenau" for _, p, o in found)


def test_funders_in_an_accusative_list_and_a_fund_in_whose_frame_the_money_flows(
    tmp_path: Path,
) -> None:
    found = _named(
        document_relations(
            tmp_path,
            "Das Programm „Lernwege“ wird durch das Bundesministerium für Bildung und Forschung "
            "und die Europäische Union im Rahmen des Europäischen Sozialfonds Plus (ESF Plus) "
            "gefördert.\n",
            "Landkreis Tellau",
        )
    )
    funders = {o for s, p, o in found if s == "Lernwege" and p == "fundedBy"}
    assert funders == {
        "Bundesministerium für Bildung und Forschung",
        "Europäische Union",
        "Europäischer Sozialfonds Plus",
    }
    # the funders take part in nothing: a fund only pays
    assert not {t for t in found if t[1] == "participatesIn"}


def test_a_slide_says_whose_programme_it_is_and_a_short_form_funds_nothing(
    tmp_path: Path,
) -> None:
    found = _named(
        document_relations(
            tmp_path,
            "Das Programm\n\n•  „LernWege“: Förderprogramm des Bundesministeriums für Bildung "
            "und Forschung (BMBF), kofinanziert aus dem Europäischen Sozialfonds Plus (ESF Plus)\n",
            "Landkreis Tellau",
        )
    )
    assert ("LernWege", "fundedBy", "Bundesministerium für Bildung und Forschung") in found
    assert not any(s.startswith("Bundesministerium") for s, p, _ in found if p == "fundedBy")


def test_agreements_concluded_in_the_present_or_about_a_topic_are_cooperations() -> None:
    concluded = named_triples(
        "Der Landkreis Tellau und die Hochschule Rabenau schließen hierzu eine "
        "Kooperationsvereinbarung."
    )
    assert ("Landkreis Tellau", "cooperatesWith", "Hochschule Rabenau") in concluded
    about = named_triples(
        "Außerdem hat der Landkreis Tellau im Januar eine Vereinbarung über Datenlieferungen "
        "mit dem Landesamt für Statistik Tellau geschlossen."
    )
    assert ("Landkreis Tellau", "cooperatesWith", "Landesamt für Statistik Tellau") in about
    field = named_triples(
        "Der Landkreis Tellau hat eine Kooperationsvereinbarung über die Bildungsberatung mit "
        "der Volkshochschule Rabenau."
    )
    assert ("Landkreis Tellau", "cooperatesWith", "Volkshochschule Rabenau") in field
    in_a_field = named_triples(
        "Die Grundschule Rabenau kooperiert im Ganztag mit dem Kreisjugendring Tellau."
    )
    assert ("Grundschule Rabenau", "cooperatesWith", "Kreisjugendring Tellau") in in_a_field


def test_funders_named_under_a_label_after_what_they_pay_for() -> None:
    triples = named_triples(
        "• Modellprojekt „Brückenjahr“ – Förderer: Stiftung der Kreissparkasse Kesselau, "
        "Landkreis Kesselau\n"
    )
    funders = {o for s, p, o in triples if p == "fundedBy" and s == "Brückenjahr"}
    assert funders == {"Stiftung der Kreissparkasse Kesselau", "Landkreis Kesselau"}


def test_a_state_that_pays_is_a_party_its_name_in_a_ministry_is_not() -> None:
    text = (
        "Die Koordinierungsstelle Kesselau wird aus Mitteln des Landes Sachsen-Anhalt "
        "gefördert. Das Ministerium für Bildung des Landes Hessen berät."
    )
    triples = named_triples(text)
    assert ("Koordinierungsstelle Kesselau", "fundedBy", "Land Sachsen-Anhalt") in triples
    names = {m.canonical for m in extract_mentions(text)}
    assert "Ministerium für Bildung des Landes Hessen" in names and "Land Hessen" not in names


def test_a_demonstrative_stands_for_the_last_name_before_it_that_fits() -> None:
    triples = named_triples(
        "Das Bildungsnetzwerk Kesselau trägt seit 2021 die Ferienakademie Kesselau. Diese wird "
        "von der Stiftung Lesewelt gefördert. Diese Maßnahme wird vom Landkreis Kesselau gefördert."
    )
    funded = {(s, o) for s, p, o in triples if p == "fundedBy"}
    assert ("Ferienakademie Kesselau", "Stiftung Lesewelt") in funded
    assert ("Bildungsnetzwerk Kesselau", "Stiftung Lesewelt") not in funded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Herr Dr. Albers kündigt an, dass die Tellau-Stiftung das Projekt „Lernlotsen Geest“ "
            "für zwei weitere Jahre fördert.",
            ("Lernlotsen Geest", "Tellau-Stiftung"),
        ),
        (
            "Die Finanzierung des Bildungsbüros Tellau erfolgt im Rahmen des Programms "
            "„Bildungskommunen“.",
            ("Bildungsbüro Tellau", "Bildungskommunen"),
        ),
        (
            "Die Bürgerstiftung Tellau übernimmt erneut die Kosten für die "
            "Bildungskonferenz Tellau.",
            ("Bildungskonferenz Tellau", "Bürgerstiftung Tellau"),
        ),
    ],
)
def test_funding_in_a_subordinate_clause_a_financing_noun_and_costs_borne(
    text: str, expected: tuple[str, str]
) -> None:
    funded = {(s, o) for s, p, o in named_triples(text) if p == "fundedBy"}
    assert funded == {expected}


def test_who_pays_a_programme_named_before_it_or_in_brackets_after_it() -> None:
    before = (
        "Förderung durch das Bundesministerium für Bildung und Forschung im Programm „Lernorte“."
    )
    assert ("Lernorte", "fundedBy", "Bundesministerium für Bildung und Forschung") in named_triples(
        before
    )
    brackets = "Das Bildungsbüro arbeitet im Förderprogramm „Lernorte“ (Bürgerstiftung Talbrück)."
    assert ("Lernorte", "fundedBy", "Bürgerstiftung Talbrück") in named_triples(brackets)
    carrier = "Das Projekt „Lesezeit“ (Stadtbibliothek Talbrück) läuft seit 2020."
    assert not [t for t in named_triples(carrier) if t[1] == "fundedBy"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Im Mai läuft das Projekt „Lesezeit Tellau“ der Stadtbücherei Rabenau, gefördert von "
            "der Lindmoos-Stiftung.",
            ("Lesezeit Tellau", "fundedBy", "Lindmoos-Stiftung"),
        ),
        (
            "Die Kreissparkasse Tellau stellt Mittel für die Bildungskonferenz Rabenau bereit.",
            ("Bildungskonferenz Rabenau", "fundedBy", "Kreissparkasse Tellau"),
        ),
        (
            "Die Sparkasse Rabenau unterstützt das Projekt „Natur erleben“ seit 2024 finanziell.",
            ("Natur erleben", "fundedBy", "Sparkasse Rabenau"),
        ),
    ],
)
def test_funding_by_a_participle_after_an_owned_project_means_and_financial_support(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    found = named_triples(sentence)
    assert expected in found
    assert not any(s == "Stadtbücherei Rabenau" for s, p, _ in found if p == "fundedBy")
