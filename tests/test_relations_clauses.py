"""Heads, members and parent bodies stated in relative clauses and appositions, and the names a
rejected longer match had covered (invented names)."""

from __future__ import annotations

import pytest
from relation_helpers import named_triples

from ingest.entities import extract_mentions
from ingest.pipeline import same_mentions
from ingest.records import Mention, Span


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die Steuerungsgruppe tagt unter Vorsitz des Ersten Kreisbeigeordneten Jonas "
            "Wettlaufer, der zugleich das Dezernat II – Bildung, Jugend und Soziales leitet.",
            ("Jonas Wettlaufer", "memberOf", "Dezernat II – Bildung, Jugend und Soziales"),
        ),
        (
            "Der Fachbereich 4 gehört zum Dezernat II (Bildung, Jugend und Soziales), das von "
            "Bürgermeister Dr. Timo Hasselbrink geleitet wird.",
            ("Timo Hasselbrink", "memberOf", "Dezernat II"),
        ),
        (
            "Dem Fachbereich 2, den Holger Brunsmann als Fachbereichsleiter führt, gehört der "
            "Fachdienst Jugend an.",
            ("Holger Brunsmann", "memberOf", "Fachbereich 2"),
        ),
        (
            "Die Stelle wird von Nadine Voßhage, die dem Fachdienst Jugend angehört, koordiniert.",
            ("Nadine Voßhage", "memberOf", "Fachdienst Jugend"),
        ),
        (
            "Die Lernwerkstatt Dünenkante e.V., deren Vorsitzender Bernd Wilkenhof ist, bringt "
            "Angebote in die Häfen.",
            ("Bernd Wilkenhof", "memberOf", "Lernwerkstatt Dünenkante e.V."),
        ),
        (
            "Auch die Kreismusikschule Dünenkante, deren Leiterin Imke Sassenberg ist, gehört zum "
            "Fachdienst Schule und Sport.",
            ("Kreismusikschule Dünenkante", "subOrganizationOf", "Fachdienst Schule und Sport"),
        ),
        (
            "Dem Fachbereich 2 gehören unter anderem der Fachdienst Schule und Sport sowie der "
            "Fachdienst Jugend an.",
            ("Fachdienst Jugend", "subOrganizationOf", "Fachbereich 2"),
        ),
        (
            "Der MINT-Kahn, ein Projekt der Lernwerkstatt Dünenkante e.V., soll 2025 auch in "
            "den Dörfern Station machen.",
            ("MINT-Kahn", "carriedBy", "Lernwerkstatt Dünenkante e.V."),
        ),
        (
            "Die AG Datenbasis ist seit 2022 Unterarbeitsgruppe des Regionalen Bildungsnetzwerks; "
            "sie wird im Wechsel geleitet.",
            ("AG Datenbasis", "subOrganizationOf", "Regionales Bildungsnetzwerk"),
        ),
        (
            "Begleitet wird der Landkreis von der Transferagentur Dünenküste (TDK), die von der "
            "Hochschule Sundwarden getragen wird.",
            ("Transferagentur Dünenküste", "carriedBy", "Hochschule Sundwarden"),
        ),
        (
            "Die Hochschule Sundwarden ist mit ihrem Institut für Bildungsplanung Partner für "
            "wissenschaftliche Fragen.",
            ("Institut für Bildungsplanung", "subOrganizationOf", "Hochschule Sundwarden"),
        ),
        (
            "Der Jugendhilfeausschuss, dem neben Kreistagsmitgliedern auch Vertreterinnen und "
            "Vertreter der freien Träger angehören, wird von Sabine Lüdtkemann geleitet.",
            ("Jugendhilfeausschuss", "chairedBy", "Sabine Lüdtkemann"),
        ),
        (
            "Das Projekt „Lesestark Wernau“ wird von der Nord-Ostsee Sparkasse (Nospa) sowie der "
            "Stiftung Lesen gefördert.",
            ("Lesestark Wernau", "fundedBy", "Nord-Ostsee Sparkasse"),
        ),
        (
            "Die Stadt Selbach und das Pädagogische Landesinstitut Rheinland-Pfalz arbeiten "
            "bereits seit 2019 im Arbeitskreis Übergang Kita–Grundschule zusammen.",
            (
                "Pädagogisches Landesinstitut Rheinland-Pfalz",
                "participatesIn",
                "Arbeitskreis Übergang Kita–Grundschule",
            ),
        ),
        (
            "Sie begrüßt Frau Krämling von der Transferagentur Hessenland, die das Bildungsbüro "
            "Wetterau seit 2023 im Aufbau des datenbasierten Bildungsmanagements berät.",
            ("Transferagentur Hessenland", "cooperatesWith", "Bildungsbüro Wetterau"),
        ),
        (
            "Das Landesnetzwerk Bildungsmonitoring Rheinland-Pfalz wird organisiert von der "
            "Transferagentur Moselhang.",
            (
                "Landesnetzwerk Bildungsmonitoring Rheinland-Pfalz",
                "carriedBy",
                "Transferagentur Moselhang",
            ),
        ),
        (
            "Das Bildungsbüro der Stadt Selbach gehört als Abteilung 40.3 dem Amt für Schule und "
            "Bildung an.",
            ("Bildungsbüro", "subOrganizationOf", "Amt für Schule und Bildung"),
        ),
        (
            "Das Bildungsbüro der Stadt Selbach, das als Abteilung 40.3 dem Amt für Schule und "
            "Bildung angehört, lädt ein.",
            ("Bildungsbüro", "subOrganizationOf", "Amt für Schule und Bildung"),
        ),
        (
            "Die Helene-Brandau-Stiftung ist im Forum mit ihrer Vorständin Christiane Vollmerding "
            "vertreten.",
            ("Christiane Vollmerding", "memberOf", "Helene-Brandau-Stiftung"),
        ),
        (
            "Für den Caritasverband für den Kreis Wernau e. V. wirkt Petra Wollenhaupt "
            "(Fachbereichsleiterin Offene Ganztagsschule) mit.",
            ("Petra Wollenhaupt", "memberOf", "Caritasverband für den Kreis Wernau e.V."),
        ),
        (
            "Das Bildungsbüro Landkreis Tellau ist angesiedelt in der Abteilung 2 „Jugend, Familie "
            "und Bildung“.",
            ("Bildungsbüro", "subOrganizationOf", "Abteilung 2 – Jugend, Familie und Bildung"),
        ),
        (
            "Den Anstoß gab 2018 das Bundesprogramm „Bildung integriert“, an dem die Städteregion "
            "Roerbach von 2019 bis 2022 teilnahm.",
            ("Städteregion Roerbach", "participatesIn", "Bildung integriert"),
        ),
        (
            "Sein Ausschuss für Bildung und Schule, dem Renate Hilgenberg vorsitzt, befasst sich "
            "mit jedem Bericht.",
            ("Ausschuss für Bildung und Schule", "chairedBy", "Renate Hilgenberg"),
        ),
        (
            "Seit 2021 ist der Landkreis Marschfeld Teil des Landesprogramms „Bildungsregionen in "
            "Niedersachsen“, das das Niedersächsische Kultusministerium fördert.",
            ("Landkreis Marschfeld", "participatesIn", "Bildungsregionen in Niedersachsen"),
        ),
        (
            "Seit 2021 ist der Landkreis Marschfeld Teil des Landesprogramms „Bildungsregionen in "
            "Niedersachsen“, das das Niedersächsische Kultusministerium fördert.",
            (
                "Bildungsregionen in Niedersachsen",
                "fundedBy",
                "Niedersächsisches Kultusministerium",
            ),
        ),
        (
            "Dr. Beate Sonnfeld als Vorstand der Heinrich-Wendel-Stiftung berichtet.",
            ("Beate Sonnfeld", "memberOf", "Heinrich-Wendel-Stiftung"),
        ),
    ],
)
def test_relations_stated_in_clauses_and_appositions(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in named_triples(sentence)


def test_a_genitive_body_after_a_group_is_not_the_group_a_chair_leads() -> None:
    triples = named_triples(
        "Die AG Bildung und Teilhabe des Netzwerks wird von Deniz Aydemir und Sabine Querholz "
        "gemeinsam geleitet."
    )
    chaired = {s for s, p, _ in triples if p == "chairedBy"}
    assert chaired == {"AG Bildung und Teilhabe"}


def test_the_body_after_the_article_of_the_next_clause_is_still_the_chaired_one() -> None:
    triples = named_triples(
        "Unter dem Dach des Beirats arbeitet der Arbeitskreis Übergang Schule – Beruf; den Vorsitz "
        "teilen sich Clara Wimmerhof aus dem Bildungsbüro und Petra Lindhammer."
    )
    chairs = {(s, o) for s, p, o in triples if p == "chairedBy"}
    assert chairs == {
        ("Arbeitskreis Übergang Schule – Beruf", "Clara Wimmerhof"),
        ("Arbeitskreis Übergang Schule – Beruf", "Petra Lindhammer"),
    }


def _names(text: str, kind: str) -> set[str]:
    return {m.canonical or m.text for m in extract_mentions(text) if m.type == kind}


def test_a_name_a_rejected_person_reading_covered_still_counts() -> None:
    text = "Kontakt\nTransferagentur Dünenküste · Hochschule Sundwarden, Haus C\n"
    assert "Transferagentur Dünenküste" in _names(text, "Organization")
    assert not _names(text, "Person")


def test_a_body_on_the_line_under_a_heading_is_no_place_of_the_heading_s_body() -> None:
    text = "Gremien des Bildungsnetzwerks\nSteuerungsgruppe (Vorsitz Landrätin, 12 Institutionen)\n"
    assert {"Bildungsnetzwerk", "Steuerungsgruppe"} <= _names(text, "Body")


@pytest.mark.parametrize(
    "name",
    [
        "AG Lebenslanges Lernen und Kulturelle Bildung",
        "AG Frühe Bildung und Übergang Kita–Grundschule",
    ],
)
def test_a_working_group_named_by_two_topics(name: str) -> None:
    assert name in _names(f"Die {name} tagt zweimal im Jahr.", "Body")


def test_a_remit_without_a_conjunction_ends_at_its_comma() -> None:
    text = (
        "Austausch mit der Transferagentur Dünenküste für Kommunales Bildungsmanagement,\n"
        "Transferkatalog „Bildung gemeinsam gestalten“, Teilnahme an Fachtagungen"
    )
    assert "Transferagentur Dünenküste für Kommunales Bildungsmanagement" in _names(
        text, "Organization"
    )


def test_an_article_opening_the_next_line_is_no_field_of_an_agency() -> None:
    text = "§ 2 Leistungen der Transferagentur\nDie TDK berät das Bildungsbüro."
    assert "Transferagentur" in _names(text, "Organization")


def test_a_spa_title_is_part_of_a_town_s_name() -> None:
    text = "Beteiligt sind die Stadt Krakenhagen und die Gemeinde Ostseebad Lübzow."
    assert "Gemeinde Ostseebad Lübzow" in _names(text, "Municipality")


def test_a_mask_actor_is_the_documents_mention_of_that_span() -> None:
    """An actor read again from a mask's field keeps the owner the sentence gave it; an
    office stays the field's own (it goes to its holder)."""
    span = Span(100, 112, 5, 5)
    sentence_reading = Mention("Bildungsbüro", "AdministrativeUnit", span, "pattern:office")
    sentence_reading.attributes["context"] = "Landkreis Wendelheim"
    field_reading = Mention("Bildungsbüro", "AdministrativeUnit", span, "pattern:office")
    office = Mention("Landrätin", "Person", Span(120, 129, 6, 6), "mask-office")
    other_office = Mention("Landrätin", "Person", Span(120, 129, 6, 6), "cue:office")
    kept = same_mentions([field_reading, office], [sentence_reading, other_office])
    assert kept[0] is sentence_reading
    assert kept[1] is office


def test_the_kitas_of_a_town_working_in_a_network_are_not_the_town() -> None:
    triples = named_triples(
        "Alle 23 Kitas der Stadt Talheim arbeiten im Netzwerk Frühe Bildung Talheim zusammen."
    )
    assert not {s for s, p, _ in triples if p == "participatesIn"}


def test_a_staedteregion_is_a_municipality_with_its_council_and_chief() -> None:
    text = (
        "Die Städteregion Roerbach hat ein Bildungsbüro. Der Städteregionstag hat das Konzept "
        "beschlossen. Städteregionsrat Ulrich Weferding leitet den Lenkungskreis."
    )
    assert "Städteregion Roerbach" in _names(text, "Municipality")
    assert "Städteregionstag" in _names(text, "Body")
    assert ("Ulrich Weferding", "memberOf", "Städteregion Roerbach") in named_triples(text)


def test_a_transition_between_kinds_of_institution_is_no_named_school() -> None:
    text = "AP 6 Übergang Kita-Grundschule: Aufbau eines Netzwerks. Die Anne-Frank-Schule hilft."
    assert "Übergang Kita–Grundschule" in _names(text, "ActionField")
    assert _names(text, "Organization") == {"Anne-Frank-Schule"}


def test_der_verein_is_the_registered_association_named_before() -> None:
    triples = named_triples(
        "Getragen wird das Angebot von der Lernwerkstatt Dünenkante e.V. Der Verein, dessen "
        "Vorsitzender Bernd Wilkenhof ist, bringt Angebote in die Häfen."
    )
    assert ("Bernd Wilkenhof", "memberOf", "Lernwerkstatt Dünenkante e.V.") in triples
