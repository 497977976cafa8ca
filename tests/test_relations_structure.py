"""Carriers, chairs and subordinate bodies in fronted and elliptic wordings (invented names)."""

from __future__ import annotations

from pathlib import Path

import pytest
from relation_helpers import document_record, named_triples

from ingest.records import Mention, RelationRecord, Span
from ingest.relations import within_domains


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Träger des RBB (Regionales Berufliches Bildungszentrum Tellau) ist die Hansestadt "
            "Tellau als Schulträger.",
            ("Regionales Berufliches Bildungszentrum Tellau", "carriedBy", "Hansestadt Tellau"),
        ),
        (
            "Träger der Kreisvolkshochschule Wendholm (KVHS) ist der Landkreis Wendholm.",
            ("Kreisvolkshochschule Wendholm", "carriedBy", "Landkreis Wendholm"),
        ),
        (
            "Das Netzwerk Kommunales Bildungsmonitoring Nord tagt zweimal jährlich; moderiert "
            "wird es von Maren Fiedel (TraNoK).",
            ("Netzwerk Kommunales Bildungsmonitoring Nord", "chairedBy", "Maren Fiedel"),
        ),
        (
            "Das Staatliche Schulamt Pennau ist dem Ministerium für Bildung und "
            "Kindertagesförderung Mecklenburg-Vorpommern als untere Schulbehörde nachgeordnet.",
            (
                "Staatliches Schulamt Pennau",
                "subOrganizationOf",
                "Ministerium für Bildung und Kindertagesförderung Mecklenburg-Vorpommern",
            ),
        ),
        (
            "Die Bildungsberatungsstelle „Lernort“ bietet Sprechstunden an. Der Lernort "
            "wird betrieben durch die Volkshochschule Kesselbach.",
            ("Bildungsberatungsstelle „Lernort“", "carriedBy", "Volkshochschule Kesselbach"),
        ),
        (
            "Die Lotsen arbeiten mit dem Jugendmigrationsdienst Kesselbach zusammen, der vom "
            "Caritasverband Kesselbach e.V. getragen wird.",
            ("Jugendmigrationsdienst Kesselbach", "carriedBy", "Caritasverband Kesselbach e.V."),
        ),
        (
            "Die Partnerschaft für Demokratie Kesselbach wird aus dem Bundesprogramm "
            "„Demokratie leben!“ gefördert.",
            ("Partnerschaft für Demokratie Kesselbach", "fundedBy", "Demokratie leben!"),
        ),
        (
            "Organisatorisch ist das Bildungsbüro als Sachgebiet 40.3 Teil des Amtes für Schule "
            "und Bildung.",
            ("Bildungsbüro", "subOrganizationOf", "Amt für Schule und Bildung"),
        ),
        (
            "Eng verbunden ist das Kommunale Integrationszentrum Kreis Kesselbach (KI), das "
            "ebenfalls im Dezernat II angesiedelt ist.",
            ("Kommunales Integrationszentrum Kreis Kesselbach", "carriedBy", "Dezernat II"),
        ),
        (
            "Im Jahr 2014 wurde im Bildungsbüro die Kommunale Koordinierungsstelle Übergang "
            "Schule – Beruf eingerichtet.",
            (
                "Kommunale Koordinierungsstelle Übergang Schule – Beruf",
                "subOrganizationOf",
                "Bildungsbüro",
            ),
        ),
        (
            "Die KAoA-Regionalkoordination wird getragen vom Kreis Talbrück und vom "
            "Staatlichen Schulamt Talbrück.",
            ("KAoA-Regionalkoordination", "carriedBy", "Staatliches Schulamt Talbrück"),
        ),
        (
            "Die Lernhaus Auhagen gGmbH führt das Projekt „Ausbildungslotsen Talbrück“ durch.",
            ("Ausbildungslotsen Talbrück", "carriedBy", "Lernhaus Auhagen gGmbH"),
        ),
        (
            "Der Verein Lesebrücke Talbrück e.V. ist Träger der „Lesepaten für neu zugewanderte "
            "Familien“; gefördert wird das Projekt durch die Bürgerstiftung Auhagen.",
            ("Lesepaten für neu zugewanderte Familien", "fundedBy", "Bürgerstiftung Auhagen"),
        ),
        (
            "Das Fachforum Frühe Bildung wird von Daniela Kranz, Leiterin des Fachdienstes 4.1, "
            "moderiert.",
            ("Fachforum Frühe Bildung", "chairedBy", "Daniela Kranz"),
        ),
        (
            "Den Vorsitz im Fachforum Lebenslanges Lernen hat Dr. Sonja Weidig.",
            ("Fachforum Lebenslanges Lernen", "chairedBy", "Dr. Sonja Weidig"),
        ),
        (
            "Im Bildungsbüro wurde eine Stelle eingerichtet, die Lukas Feldmann innehat. Er leitet "
            "die verwaltungsinterne AG Bildungsmonitoring.",
            ("AG Bildungsmonitoring", "chairedBy", "Lukas Feldmann"),
        ),
        (
            "Der Verein Lesebrücke Talbrück e.V. ist Träger der „Lesepaten für Familien“.",
            ("Lesepaten für Familien", "carriedBy", "Verein Lesebrücke Talbrück e.V."),
        ),
        (
            "Die Diakonie Auhagen gGmbH unterhält auch das Familienzentrum Talbrück-Nord.",
            ("Familienzentrum Talbrück-Nord", "carriedBy", "Diakonie Auhagen gGmbH"),
        ),
        (
            "Das Quartiersmanagement Auhagen-Ost selbst wird von der Stadtwerkstatt Talbrück GmbH "
            "betrieben.",
            ("Quartiersmanagement Auhagen-Ost", "carriedBy", "Stadtwerkstatt Talbrück GmbH"),
        ),
        (
            "Das Lernzentrum Talbrück, das von der Volkshochschule Auhagen betrieben wird, öffnet.",
            ("Lernzentrum Talbrück", "carriedBy", "Volkshochschule Auhagen"),
        ),
        (
            "Das Bildungsbüro im Landkreis Auhagen lädt zur Konferenz ein.",
            ("Bildungsbüro", "subOrganizationOf", "Landkreis Auhagen"),
        ),
        (
            "Die Koordinierungsstelle setzt im Kreis die Landesinitiative „Starke Wege“ um.",
            ("Koordinierungsstelle", "participatesIn", "Starke Wege"),
        ),
        (
            "Seit 2023 wirkt das Bildungsbüro im Qualitätszirkel Bildungsdaten Süd mit.",
            ("Bildungsbüro", "participatesIn", "Qualitätszirkel Bildungsdaten Süd"),
        ),
        (
            "Die AG Fachkräfte tagt viermal im Jahr. Mit dabei sind außerdem die "
            "Kreishandwerkerschaft Auhagen und die Optik Talbrück GmbH.",
            ("Optik Talbrück GmbH", "participatesIn", "AG Fachkräfte"),
        ),
    ],
)
def test_fronted_and_subordinate_wordings(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in named_triples(sentence)


def test_a_named_working_group_is_a_subgroup_and_led_after_a_semicolon() -> None:
    found = {
        (s.split(" (")[0], p, o.split(" (")[0])
        for s, p, o in named_triples(
            "Die Facharbeitsgruppe Indikatoren ist eine Untergruppe des Netzwerks Kommunales "
            "Bildungsmonitoring Nord; geleitet wird sie von Paul Gaedke."
        )
    }
    assert (
        "Facharbeitsgruppe Indikatoren",
        "subOrganizationOf",
        "Netzwerk Kommunales Bildungsmonitoring Nord",
    ) in found
    assert ("Facharbeitsgruppe Indikatoren", "chairedBy", "Paul Gaedke") in found


def test_a_chair_named_by_the_body_s_kind_after_the_body() -> None:
    found = named_triples(
        "Der Ausschuss für Bildung, Kultur und Sport des Landkreises Wendholm berät die "
        "Strategie. Ausschussvorsitzender ist Bernd Lutke."
    )
    assert any(
        s.startswith("Ausschuss für Bildung, Kultur und Sport")
        and p == "chairedBy"
        and o == "Bernd Lutke"
        for s, p, o in found
    )


def test_a_chair_named_by_kind_chairs_the_body_of_that_kind_not_its_council() -> None:
    found = named_triples(
        "Der Ausschuss für Bildung, Kultur und Sport des Kreistages Wendholm unterstützt die "
        "Strategie; Ausschussvorsitzender ist Bernd Lutke"
    )
    chairs = {(s.split(" (")[0], o) for s, p, o in found if p == "chairedBy"}
    assert chairs == {("Ausschuss für Bildung, Kultur und Sport", "Bernd Lutke")}


def test_a_participle_phrase_names_the_carriers() -> None:
    found = named_triples(
        "Zentral ist die Jugendberufsagentur Tellau, betrieben durch die Agentur für Arbeit "
        "Rabenau. Das Bildungsbüro wird von Frau Ina Kolb betrieben und geleitet."
    )
    carriers = {(s, o) for s, p, o in found if p == "carriedBy"}
    assert carriers == {("Jugendberufsagentur Tellau", "Agentur für Arbeit Rabenau")}


def test_a_pronoun_after_a_semicolon_stands_for_a_body_named_by_its_kind() -> None:
    found = named_triples(
        "Das Netzwerk Bildungsmonitoring Nord wurde 2022 gegründet.\n\n"
        "- Das Netzwerk besteht seit 2022; moderiert wird es von Maren Fiedel (TraNoK)."
    )
    assert ("Netzwerk Bildungsmonitoring Nord", "chairedBy", "Maren Fiedel") in found


def test_a_unit_s_title_after_a_dash_on_the_next_line_is_no_list_item() -> None:
    found = named_triples(
        "Die Steuerungsgruppe Bildung tagt unter Vorsitz des Landrats. Mitglieder sind das "
        "Dezernat III\n– Jugend, Bildung und Soziales, das Jugendamt und das Staatliche Schulamt "
        "Pennau."
    )
    members = {s for s, p, o in found if p == "participatesIn" and o == "Steuerungsgruppe Bildung"}
    assert {"Dezernat III – Jugend, Bildung und Soziales", "Staatliches Schulamt Pennau"} <= members


def test_the_bare_hansestadt_is_the_city_the_passage_names() -> None:
    found = named_triples(
        "Die Hansestadt Tellau baut ihr Bildungsmanagement aus. Die Jugendberufsagentur Tellau "
        "wird gemeinsam von der Agentur für Arbeit Tellau, dem Jobcenter Tellau und der "
        "Hansestadt getragen."
    )
    assert ("Jugendberufsagentur Tellau", "carriedBy", "Hansestadt Tellau") in found


def test_the_initiative_named_far_before_is_the_only_one_the_document_names() -> None:
    filler = " ".join(f"Punkt {n} der Tagesordnung wird besprochen." for n in range(8))
    found = named_triples(
        "Die Transferinitiative Kommunales Bildungsmanagement begleitet Kommunen. "
        f"{filler} Die Transferagentur Nord ist Teil der Transferinitiative."
    )
    assert (
        "Transferagentur Nord",
        "participatesIn",
        "Transferinitiative Kommunales Bildungsmanagement",
    ) in found


def test_an_institution_s_division_in_brackets_and_not_a_unit_s_place() -> None:
    found = named_triples(
        "Teilnehmende: Hochschule Tellau (Fachbereich Sozialwesen), die Volkshochschule Tellau "
        "(Dezernat IV) und das Bildungsbüro (Referat Bildung)."
    )
    sub = {(s.split(" (")[0], o) for s, p, o in found if p == "subOrganizationOf"}
    assert ("Fachbereich Sozialwesen", "Hochschule Tellau") in sub
    assert not any(o.startswith(("Volkshochschule", "Bildungsbüro")) for _, o in sub)


def test_a_towns_offices_and_dezernate_are_parts_of_it() -> None:
    found = named_triples(
        "Das Bildungsbüro der Hansestadt Kesselbach arbeitet eng mit dem Dezernat 2 – Bildung, "
        "Kultur und Sport der Hansestadt Kesselbach zusammen."
    )
    # an office named with its town is a part of the town's administration, not carried by it
    assert ("Bildungsbüro", "subOrganizationOf", "Hansestadt Kesselbach") in found
    assert ("Bildungsbüro", "carriedBy", "Hansestadt Kesselbach") not in found
    assert (
        "Dezernat 2 – Bildung, Kultur und Sport",
        "subOrganizationOf",
        "Hansestadt Kesselbach",
    ) in found


def test_units_and_own_institutions_placed_in_the_chart() -> None:
    found = named_triples(
        "Zum Dezernat II gehören das Amt für Schule und Sport, die Volkshochschule Kesselbach "
        "und die Stadtbibliothek Kesselbach. Das Bildungsbüro ist als Sachgebiet der Abteilung "
        "Bildungsplanung und -monitoring dem Amt für Schule und Sport zugeordnet."
    )
    assert {
        ("Amt für Schule und Sport", "subOrganizationOf", "Dezernat II"),
        ("Volkshochschule Kesselbach", "subOrganizationOf", "Dezernat II"),
        ("Stadtbibliothek Kesselbach", "subOrganizationOf", "Dezernat II"),
        ("Bildungsbüro", "subOrganizationOf", "Abteilung Bildungsplanung und -monitoring"),
        (
            "Abteilung Bildungsplanung und -monitoring",
            "subOrganizationOf",
            "Amt für Schule und Sport",
        ),
    } <= found


def test_a_municipal_integration_centre_is_one_of_the_units_of_its_dezernat() -> None:
    found = named_triples(
        "Zum Dezernat III gehören das Amt für Schulen, das Jugendamt und das Kommunale "
        "Integrationszentrum."
    )
    assert ("Kommunales Integrationszentrum", "subOrganizationOf", "Dezernat III") in found


def test_an_item_s_owner_in_the_genitive_is_no_member_of_the_list() -> None:
    found = named_triples(
        "Begleitung der AG Bildungsdaten, in der die Statistikstelle der Stadt Tellau, der "
        "Fachbereich Jugend und Familie und das Schulamt Tellau zusammenarbeiten."
    )
    members = {t[0] for t in found if t[1:] == ("participatesIn", "AG Bildungsdaten")}
    assert members == {"Statistikstelle", "Fachbereich Jugend und Familie", "Schulamt Tellau"}


def test_a_town_after_its_office_is_not_placed_in_it() -> None:
    found = named_triples(
        "Es ist beim Amt für Schule und Bildung (Amt 40) der Stadt Kesselbach angesiedelt."
    )
    assert not [t for t in found if t[0] == "Stadt Kesselbach"]


def test_an_institution_of_no_administration_is_no_part_of_a_unit() -> None:
    found = named_triples("Zum Dezernat II gehört der Caritasverband Kesselbach e.V. nicht.")
    assert not {t for t in found if t[0].startswith("Caritasverband")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Mitarbeit im Arbeitskreis SCHULEWIRTSCHAFT Kesselbach, den die IHK Kesselbach und "
            "das Staatliche Schulamt Kesselbach gemeinsam tragen.",
            ("Arbeitskreis SCHULEWIRTSCHAFT Kesselbach", "carriedBy", "IHK Kesselbach"),
        ),
        (
            "Die Hofmann-Stiftung fördert 2025 zusätzlich das Projekt „Forscherlabor Kessel“ der "
            "Hochschule Kesselbach.",
            ("Forscherlabor Kessel", "carriedBy", "Hochschule Kesselbach"),
        ),
        (
            "Die Hofmann-Stiftung fördert 2025 zusätzlich das Projekt „Forscherlabor Kessel“ der "
            "Hochschule Kesselbach.",
            ("Forscherlabor Kessel", "fundedBy", "Hofmann-Stiftung"),
        ),
        (
            "Der Kreistag mit seinem Ausschuss für Bildung, Kultur und Sport berät den Bericht.",
            ("Ausschuss für Bildung, Kultur und Sport", "subOrganizationOf", "Kreistag"),
        ),
        (
            "Die Berufsschulen liegen beim Schulzweckverband BBS Tellau-Rabenau, den der "
            "Landkreis Tellau und die Stadt Rabenau seit 1998 gemeinsam tragen.",
            ("Schulzweckverband BBS Tellau-Rabenau", "carriedBy", "Stadt Rabenau"),
        ),
        (
            "Schulträger der Grundschule Wendholm ist die Verbandsgemeinde Wendholm.",
            ("Grundschule Wendholm", "carriedBy", "Verbandsgemeinde Wendholm"),
        ),
        (
            "Der Landkreis Tellau ist zugleich Schulträger der Realschule plus Rabenau.",
            ("Realschule plus Rabenau", "carriedBy", "Landkreis Tellau"),
        ),
        (
            "Das Diakonische Werk Tellau ist zugleich Träger der Familienbildungsstätte Rabenau.",
            ("Familienbildungsstätte Rabenau", "carriedBy", "Diakonisches Werk Tellau"),
        ),
        (
            "Das Bildungsbüro arbeitet mit der Wirtschaftsförderungsgesellschaft Tellau mbH "
            "(WFT), deren Träger der Landkreis Tellau und die Stadt Rabenau sind.",
            ("Wirtschaftsförderungsgesellschaft Tellau mbH", "carriedBy", "Stadt Rabenau"),
        ),
        (
            "Das Netz wächst. Auf Initiative der Sparkassenstiftung Tellau, einer Stiftung der "
            "Sparkasse Tellau-Rabenau, entstand 2023 das Stiftungsforum Tellau.",
            ("Sparkassenstiftung Tellau", "carriedBy", "Sparkasse Tellau-Rabenau"),
        ),
    ],
)
def test_carriers_in_relative_clauses_projects_and_groups_of_bodies(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in named_triples(sentence)


def test_a_ministrys_programme_is_funded_not_carried() -> None:
    found = named_triples(
        "Das Bundesprogramm „Bildung vernetzt“ des Bundesministeriums für Bildung und "
        "Forschung läuft."
    )
    assert not {t for t in found if t[1] == "carriedBy"}


def test_the_body_a_relative_clause_opens_holds_the_members_named_in_it() -> None:
    found = named_triples(
        "Die Bildungskonferenz Kesselbach tagt jährlich. Als ständige Arbeitsgruppe der Konferenz "
        "arbeitet der Arbeitskreis Übergang Schule–Beruf, in dem die Statistikstelle der Stadt "
        "Kesselbach, die IHK Kesselbach und Unternehmen wie die Kesseler Glashütte GmbH mitwirken."
    )
    members = {s for s, p, o in found if p == "participatesIn" and o.startswith("Arbeitskreis")}
    assert {"IHK Kesselbach", "Kesseler Glashütte GmbH"} <= members
    assert not members & {"Stadt Kesselbach", "Arbeitsgruppe der Konferenz"}


def test_a_body_with_a_town_in_the_genitive_is_that_towns(tmp_path: Path) -> None:
    record = document_record(
        tmp_path,
        "Der Landkreis Kesselau ist im Bildungsbeirat der Hansestadt Kesselbach mit beratender "
        "Stimme vertreten.\n",
        "Landkreis Kesselau",
    )
    bodies = {m.canonical for m in record.mentions if m.type == "Body"}
    assert bodies == {"Bildungsbeirat (Stadt Kesselbach)"}


def test_a_participant_of_a_programme_by_apposition() -> None:
    found = named_triples(
        "Die Hansestadt Kesselbach legt als Teilnehmerin am Förderprogramm „Stadt vernetzt“ "
        "diesen Katalog vor."
    )
    assert ("Hansestadt Kesselbach", "participatesIn", "Stadt vernetzt") in found


def test_town_and_county_named_by_their_kinds_alone_carry_a_joint_body(tmp_path) -> None:
    from relation_helpers import document_relations

    text = (
        "Vereinbarung zwischen der Stadt Tellau und dem Landkreis Rabenau\n\n"
        "Die Regionale Bildungskonferenz wird von Stadt und Landkreis gemeinsam getragen. "
        "Die Bildungsbüros von Stadt und Landkreis bereiten sie vor.\n"
    )
    found = {
        (r.subject.canonical or r.subject.text, r.predicate, r.object.canonical or r.object.text)
        for r in document_relations(tmp_path, text, "Stadt Tellau; Landkreis Rabenau", "v.txt")
    }
    assert ("Regionale Bildungskonferenz", "carriedBy", "Stadt Tellau") in found
    assert ("Regionale Bildungskonferenz", "carriedBy", "Landkreis Rabenau") in found


def test_a_contact_list_names_each_unit_s_person_after_a_dash() -> None:
    slide = (
        "Ansprechpersonen\n\n"
        "• Kreisjugendamt – Petra Tellmann (Leitung)\n\n"
        "• Kreismedienzentrum Tellau – Tanja Rabe\n\n"
        "• VG Wendholm – Carina Stoff, Fachbereich Schulen und Kitas\n"
    )
    triples = named_triples(slide)
    assert ("Petra Tellmann", "memberOf", "Kreisjugendamt") in triples
    assert ("Tanja Rabe", "memberOf", "Kreismedienzentrum Tellau") in triples  # not "– Tanja"
    assert ("Carina Stoff", "memberOf", "Verbandsgemeinde Wendholm") in triples  # "VG"
    # a dash between two places names no person: "Kreis Tellau – Rabenau" stays one district
    assert not any(p == "memberOf" for _, p, _ in named_triples("• Landkreis Tellau – Rabenau"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Sie berichtet, dass die Grundschule Wendholm und die Realschule plus Tellau seit "
            "dem Schuljahr 2024/25 am Startchancen-Programm teilnehmen.",
            ("Realschule plus Tellau", "participatesIn", "Startchancen-Programm"),
        ),
        (
            "Vorgesehen ist die Mitwirkung des Landkreises Tellau in der Transferinitiative "
            "Kommunales Bildungsmanagement.",
            (
                "Landkreis Tellau",
                "participatesIn",
                "Transferinitiative Kommunales Bildungsmanagement",
            ),
        ),
    ],
)
def test_participation_in_a_subordinate_clause_and_by_a_noun(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in named_triples(sentence)


def test_members_listed_after_ihr_gehoeren_an_belong_to_the_body_named_before() -> None:
    text = (
        "Die Partner bilden eine Steuerungsgruppe Bildung. Ihr gehören an:\n"
        "   a) die Dezernentin Anne Fichte,\n"
        "   b) Schulrat Bernd Holzapfel.\n"
    )
    members = {s for s, p, o in named_triples(text) if p == "memberOf" and "Steuerungsgruppe" in o}
    assert members == {"Anne Fichte", "Bernd Holzapfel"}


def test_an_office_named_for_the_next_member_of_an_item_is_not_the_first_ones() -> None:
    text = (
        "Die Partner bilden eine Steuerungsgruppe Bildung. Ihr gehören an:\n"
        "   a) der Dezernent Markus Helwig und die Leiterin des Bildungsbüros, Katrin Lorsch,\n"
        "   b) Schulrat Bernd Holzapfel.\n"
    )
    triples = named_triples(text)
    assert not any(s == "Markus Helwig" and "Bildungsbüro" in o for s, _, o in triples)
    assert any(s == "Katrin Lorsch" and "Bildungsbüro" in o for s, _, o in triples)


def test_a_carrier_list_ends_where_the_next_clause_begins() -> None:
    text = (
        "Schulträger der Grundschule Wendholm ist die Verbandsgemeinde Wendholm; die Realschule "
        "plus Tellau wird vom Landkreis getragen."
    )
    carriers = {
        o for s, p, o in named_triples(text) if p == "carriedBy" and s == "Grundschule Wendholm"
    }
    assert carriers == {"Verbandsgemeinde Wendholm"}


def test_a_municipality_is_never_carried_chaired_or_a_part() -> None:
    span = Span(0, 10, 1, 1)
    town = Mention("Tellau", "Municipality", span, "pattern:place", "Stadt Tellau")
    school = Mention("VHS", "Organization", span, "pattern:org", "Volkshochschule Tellau")
    office = Mention("Schulamt", "AdministrativeUnit", span, "pattern:amt", "Schulamt")
    relations = [
        RelationRecord(town, "carriedBy", school, span, "cue:x"),
        RelationRecord(town, "subOrganizationOf", school, span, "cue:x"),
        RelationRecord(town, "cooperatesWith", school, span, "cue:x"),
        RelationRecord(school, "carriedBy", town, span, "cue:x"),
        RelationRecord(office, "subOrganizationOf", town, span, "cue:x"),
    ]
    kept = {(r.subject.text, r.predicate) for r in within_domains(relations)}
    assert kept == {
        ("Tellau", "cooperatesWith"),
        ("VHS", "carriedBy"),
        ("Schulamt", "subOrganizationOf"),
    }


def test_a_municipality_implementing_a_programme_takes_part_in_it() -> None:
    found = named_triples(
        "Der Kreis Tellau setzt die Landesinitiative „Kein Abschluss ohne Anschluss“ (KAoA) "
        "seit dem Schuljahr 2013/14 um."
    )
    assert ("Kreis Tellau", "participatesIn", "Kein Abschluss ohne Anschluss") in found
    # a plan put into practice is no programme
    assert not {
        t
        for t in named_triples("Der Kreis Tellau setzt den Plan seit 2020 um.")
        if t[1] == "participatesIn"
    }


def test_offices_of_a_unit_named_by_a_possessive_and_by_their_numbers() -> None:
    found = named_triples(
        "Das Bildungsmanagement ist in Tellau im Dezernat III (Bildung und Soziales) verankert. "
        "Zu dessen Geschäftsbereich gehören das Amt für Schule und Bildung (Amt 40) und das Amt "
        "für Jugend und Familie (Amt 51). Die Steuerungsgruppe Bildung tagt monatlich. Ihr "
        "gehören die Leitungen von Amt 40 und Amt 51 an."
    )
    assert {(s, o) for s, p, o in found if p == "subOrganizationOf"} == {
        ("Amt für Schule und Bildung", "Dezernat III"),
        ("Amt für Jugend und Familie", "Dezernat III"),
    }
    assert {(s, o) for s, p, o in found if p == "participatesIn"} == {
        ("Amt für Schule und Bildung", "Steuerungsgruppe Bildung"),
        ("Amt für Jugend und Familie", "Steuerungsgruppe Bildung"),
    }


def test_a_units_number_where_it_is_given_leaves_the_sentence_as_it_was() -> None:
    plain = named_triples(
        "Das Bildungsbüro ist dem Fachbereich Bildung, Sport und Kultur zugeordnet, der wiederum "
        "zum Dezernat II gehört."
    )
    numbered = named_triples(
        "Das Bildungsbüro ist dem Fachbereich Bildung, Sport und Kultur (FB 3) zugeordnet, der "
        "wiederum zum Dezernat II gehört."
    )
    assert numbered == plain
    assert ("Fachbereich Bildung, Sport und Kultur", "subOrganizationOf", "Dezernat II") in plain


def test_a_carrier_named_after_a_fronted_passive_and_its_pronoun() -> None:
    found = named_triples(
        "Die Jugendberufsagentur Tellau (JBA) nimmt am 01.07.2024 ihre Arbeit auf; getragen wird "
        "sie gemeinsam von der Agentur für Arbeit Tellau, dem Jobcenter Tellau und der Stadt "
        "Tellau."
    )
    assert {o for s, p, o in found if p == "carriedBy" and s == "Jugendberufsagentur Tellau"} == {
        "Agentur für Arbeit Tellau",
        "Jobcenter Tellau",
        "Stadt Tellau",
    }


def test_bare_kinds_listed_with_named_carriers_are_the_municipalities_of_the_passage() -> None:
    found = named_triples(
        "Der Landkreis Ostmoor und die Hansestadt Quellen arbeiten eng zusammen. Die "
        "Jugendberufsagentur Ostmoor-Quellen wird getragen von Landkreis, Hansestadt und der "
        "Agentur für Arbeit Quellen."
    )
    assert {o for s, p, o in found if p == "carriedBy"} == {
        "Landkreis Ostmoor",
        "Hansestadt Quellen",
        "Agentur für Arbeit Quellen",
    }


def test_a_bare_kind_among_words_that_name_no_party_is_no_municipality() -> None:
    found = named_triples(
        "Die Stadt Quellen fördert ihre Schulen. Zwischen Schule, Stadt und Gesellschaft "
        "vermittelt die Volkshochschule Quellen."
    )
    assert not [t for t in found if "Stadt Quellen" in (t[0], t[2]) and t[1] != "subOrganizationOf"]


def test_the_carrier_of_the_sentence_before_is_its_subject_not_its_funder() -> None:
    found = named_triples(
        "Die Lernwerkstatt Ostmoor wird vom Bundesministerium für Bildung und Forschung "
        "gefördert. Träger ist der Technikverein Ostmoor e.V."
    )
    assert not [t for t in found if t[0] == "Bundesministerium für Bildung und Forschung"]


def test_a_national_association_and_its_local_branch_are_one_carrier() -> None:
    found = named_triples(
        "Das Familienzentrum Marbeck wird vom Deutschen Roten Kreuz, Kreisverband Ostmoor e.V., "
        "getragen."
    )
    assert {o for s, p, o in found if p == "carriedBy"} == {
        "Deutsches Rotes Kreuz, Kreisverband Ostmoor e.V."
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Der Bildungs- und Sozialausschuss ist ein vorberatender Ausschuss des Stadtrats der "
            "Stadt Marbeck.",
            ("Bildungs- und Sozialausschuss", "subOrganizationOf", "Stadtrat der Stadt Marbeck"),
        ),
        (
            "Beraten wird im Ausschuss für Schule und Bildung, einem Fachausschuss des Rates der "
            "Stadt Marbeck.",
            ("Ausschuss für Schule und Bildung", "subOrganizationOf", "Rat der Stadt Marbeck"),
        ),
    ],
)
def test_a_committee_of_a_council_is_part_of_it(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in named_triples(sentence)


def test_a_fronted_carrier_clause_names_no_funder() -> None:
    found = named_triples(
        "Fachlich begleitet wird der Landkreis von der Transferagentur Ostmoor für Kommunales "
        "Bildungsmanagement. Getragen wird die Agentur vom Institut für Regionalentwicklung "
        "e.V.; gefördert wird sie aus Mitteln des Bundesministeriums für Bildung und Forschung."
    )
    agency = "Transferagentur Ostmoor für Kommunales Bildungsmanagement"
    assert (agency, "carriedBy", "Institut für Regionalentwicklung e.V.") in found
    assert {o for s, p, o in found if p == "fundedBy"} == {
        "Bundesministerium für Bildung und Forschung"
    }


def test_a_network_its_carrier_and_the_bodies_it_is_interlocked_with() -> None:
    found = named_triples(
        "2021 hat sich das Netzwerk Übergang Schule–Beruf Marbeck gebildet. Geleitet wird es von "
        "Petra Voigt, Teamleiterin der Agentur für Arbeit Marbeck, die als Sprecherin fungiert; "
        "organisatorisch getragen wird es vom Netzwerk Jugend und Arbeit Marbeck e.V. Eng "
        "verzahnt ist das Netzwerk mit dem Arbeitskreis Schule-Wirtschaft, in dem die IHK "
        "Marbeck mitwirkt, sowie mit der Fachkräfteallianz Marbeck, deren Geschäftsstelle bei "
        "der Stabsstelle Kreisentwicklung angesiedelt ist."
    )
    network = "Netzwerk Übergang Schule–Beruf Marbeck"
    assert (network, "carriedBy", "Netzwerk Jugend und Arbeit Marbeck e.V.") in found
    partners = {o for s, p, o in found if p == "cooperatesWith" and s == network}
    assert partners == {"Arbeitskreis Schule-Wirtschaft", "Fachkräfteallianz Marbeck"}
    assert ("Fachkräfteallianz Marbeck", "carriedBy", "Stabsstelle Kreisentwicklung") in found
    assert (network, "carriedBy", "Stabsstelle Kreisentwicklung") not in found
    assert ("IHK Marbeck", "participatesIn", "Arbeitskreis Schule-Wirtschaft") in found
    assert (
        "Fachkräfteallianz Marbeck",
        "participatesIn",
        "Arbeitskreis Schule-Wirtschaft",
    ) not in (found)


MASK_WITH_SHORT_NAME = """4.5.3.1 Mobile Berufsorientierung „BO-Bus Marbeck“
 PRODUKTBEZEICHNUNG
moBILe BerufSorIentIerung „Bo-BuS marBeck“
 KURZBESCHREIBUNG
Der BO-Bus ist ein umgebauter Linienbus. Getragen wird der BO-Bus vom Netzwerk Jugend und
Arbeit Marbeck e.V., gefördert durch die Kreissparkasse Marbeck.
 PRODUKTTyP
 STRUKTURLÖSUNG 	 INSTRUMENT  VERFAHRENSWEISE   MODELLPROJEKT
 AUSGANGSSITUATION
• Jugendliche kennen die Betriebe der Region kaum.
"""


def test_a_transfer_objects_short_name_in_its_mask_is_that_object(tmp_path: Path) -> None:
    record = document_record(tmp_path, MASK_WITH_SHORT_NAME, "Landkreis Marbeck", "katalog.txt")
    found = {
        (r.subject.canonical or r.subject.text, r.predicate, r.object.canonical or r.object.text)
        for r in record.relations
    }
    bus = "Mobile Berufsorientierung „BO-Bus Marbeck“"
    assert (bus, "carriedBy", "Netzwerk Jugend und Arbeit Marbeck e.V.") in found
    assert (bus, "fundedBy", "Kreissparkasse Marbeck") in found
    assert not [t for t in found if t[1] == "fundedBy" and t[0] != bus]


@pytest.mark.parametrize(
    ("sentence", "unit", "parent"),
    [
        (  # the parent's owner after it, in a relative clause
            "Das Bildungsbüro, das als Sachgebiet dem Amt für Schule und Bildung des "
            "Kesselkreises angehört, koordiniert die Konferenz.",
            "Bildungsbüro",
            "Amt für Schule und Bildung",
        ),
        (  # the parent's owner and its town before the verb
            "Die Koordinierungsstelle ist im Bildungsbüro der Kreisverwaltung Kesselau in "
            "Morsum angesiedelt.",
            "Koordinierungsstelle",
            "Bildungsbüro",
        ),
        (  # a short form between a unit and its institution
            "Das Institut für Bildungsforschung (IBF) der Hochschule Kesselbach evaluiert.",
            "Institut für Bildungsforschung",
            "Hochschule Kesselbach",
        ),
        (  # a staff unit named by its programme, placed in an office
            "Die RÜMSA-Koordinierungsstelle im Bildungsbüro berät die Schulen.",
            "RÜMSA-Koordinierungsstelle",
            "Bildungsbüro",
        ),
        (  # a unit counted down from its parent, named by its remit
            "Zuständig ist die Abteilung 51.3 Kindertagesbetreuung des Amtes für Jugend und "
            "Familie.",
            "Abteilung 51.3 Kindertagesbetreuung",
            "Amt für Jugend und Familie",
        ),
        (  # a unit named in quotes
            "Das Bildungsbüro ist in der Abteilung 2 „Jugend, Familie und Bildung“ des "
            "Landratsamtes Kesselau angesiedelt.",
            "Bildungsbüro",
            "Abteilung 2 – Jugend, Familie und Bildung",
        ),
    ],
)
def test_more_wordings_of_a_unit_within_another(sentence: str, unit: str, parent: str) -> None:
    assert (unit, "subOrganizationOf", parent) in named_triples(sentence)


def test_a_unit_number_is_no_name_when_it_says_what_another_unit_is() -> None:
    triples = named_triples(
        "Das Regionale Bildungsbüro ist als Sachgebiet 40.3 Teil des Amtes für Schule und "
        "Bildung. Im Dezernat II Ende 2023 wurde umgebaut."
    )
    assert ("Regionales Bildungsbüro", "subOrganizationOf", "Amt für Schule und Bildung") in triples
    assert not any(s.startswith(("Sachgebiet", "Dezernat II Ende")) for s, _p, _o in triples)


@pytest.mark.parametrize(
    ("text", "carried", "carrier"),
    [
        (
            "Das Bildungsnetzwerk Kesselau trägt seit 2021 die Ferienakademie Kesselau.",
            "Ferienakademie Kesselau",
            "Bildungsnetzwerk Kesselau",
        ),
        (
            "Die Stiftung Lesewelt trägt das Projekt „Lesesommer“.",
            "Lesesommer",
            "Stiftung Lesewelt",
        ),
        (
            "Ferienakademie Kesselau – Veranstalter: Bildungsnetzwerk Kesselau",
            "Ferienakademie Kesselau",
            "Bildungsnetzwerk Kesselau",
        ),
    ],
)
def test_a_carrier_named_before_what_it_carries_or_as_its_organiser(
    text: str, carried: str, carrier: str
) -> None:
    assert (carried, "carriedBy", carrier) in named_triples(text)


def test_bearing_costs_or_duties_is_no_carrying() -> None:
    triples = named_triples(
        "Der Landkreis Kesselau trägt die Kosten der Ferienakademie Kesselau. Die Stadt "
        "Kesselbach trägt die Verantwortung für das Bildungsbüro."
    )
    assert not {t for t in triples if t[1] == "carriedBy"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Verantwortung liegt im Landratsamt Talau beim Geschäftsbereich II – Bildung und "
            "Soziales. Ihm sind die Abteilung 2 „Bildung“ und die Abteilung 4 „Jugend“ zugeordnet.",
            {
                ("Abteilung 2 – Bildung", "Geschäftsbereich II – Bildung und Soziales"),
                ("Abteilung 4 – Jugend", "Geschäftsbereich II – Bildung und Soziales"),
            },
        ),
        (
            "Das Bildungsnetzwerk Talau erhält eine Förderung des Thüringer Ministeriums für "
            "Bildung. Ihm gehören die Kreisvolkshochschule Talau und die Stadtbibliothek Talau an.",
            set(),  # the network, not the ministry, is what they belong to (participation)
        ),
        (
            "Das Kreisjugendamt (SG 41) gehört zur Abteilung 4.",
            {("Kreisjugendamt", "Abteilung 4")},
        ),
    ],
)
def test_a_dative_parent_and_a_county_office_stated_below_a_department(
    text: str, expected: set[tuple[str, str]]
) -> None:
    parts = {(s, o) for s, p, o in named_triples(text) if p == "subOrganizationOf"}
    assert parts == expected


def test_working_groups_listed_under_their_body_are_its_parts() -> None:
    text = (
        "Arbeitskreise des Bildungsbeirats Talau\n"
        "• AK 1 Frühe Bildung\n"
        "• Arbeitskreis Übergang Schule–Beruf\n"
    )
    parts = {(s, o) for s, p, o in named_triples(text) if p == "subOrganizationOf"}
    assert parts == {
        ("AK 1 Frühe Bildung", "Bildungsbeirat Talau"),
        ("Arbeitskreis Übergang Schule–Beruf", "Bildungsbeirat Talau"),
    }


def test_an_own_enterprise_in_a_relative_clause_is_carried_by_its_county() -> None:
    text = (
        "Eng arbeitet das Bildungsbüro mit der Volkshochschule Talau, die als Eigenbetrieb des "
        "Landkreises Talau geführt wird, zusammen."
    )
    assert ("Volkshochschule Talau", "carriedBy", "Landkreis Talau") in named_triples(text)


def test_an_institution_in_a_relative_clause_belongs_to_the_unit_before() -> None:
    found = named_triples(
        "Das Referat 4 – Kultur, dem die Stadtbibliothek Tellau angehört, ist zuständig. "
        "Das Staatliche Schulamt ist der Regierung von Oberrabenau nachgeordnet."
    )
    assert ("Stadtbibliothek Tellau", "subOrganizationOf", "Referat 4 – Kultur") in found
    assert ("Staatliches Schulamt", "subOrganizationOf", "Regierung von Oberrabenau") in found


def test_a_body_in_whose_relative_clause_an_organisation_serves_is_no_unit_of_it() -> None:
    found = named_triples("Der Beirat, dem die Stadtbibliothek Tellau angehört, tagt.")
    assert not [t for t in found if t[1] == "subOrganizationOf"]


def test_working_groups_of_a_body_listed_after_a_colon_are_its_subgroups() -> None:
    found = named_triples(
        "Der Steuerungsgruppe arbeiten drei Arbeitskreise der Bildungsregion Tellau zu: der "
        "Arbeitskreis Übergänge, der Arbeitskreis Sprache und Integration sowie der Arbeitskreis "
        "Berufliche Orientierung."
    )
    groups = {t[0] for t in found if t[1:] == ("subOrganizationOf", "Bildungsregion Tellau")}
    assert groups == {
        "Arbeitskreis Übergänge",
        "Arbeitskreis Sprache und Integration",
        "Arbeitskreis Berufliche Orientierung",
    }


def test_an_office_in_a_list_item_is_the_municipalitys_its_phrase_names(tmp_path: Path) -> None:
    """'Leiter des Bildungsbüros im Landkreis X' in a participants list: X's office, not the
    publisher's."""
    text = (
        "# Protokoll der Steuerungsgruppe Bildung\n\n**Teilnehmende:**\n"
        "- Dr. Jan Sattelberg (Leiter des Bildungsbüros im Landkreis Auhagen)\n"
        "- Eva Rabe (Leiterin des Bildungsbüros des Landkreises Talbrück)\n"
    )
    record = document_record(tmp_path, text, "Landkreis Wendholm")
    offices = {
        (r.subject.canonical or r.subject.text, r.object.canonical or r.object.text)
        for r in record.relations
        if r.predicate == "memberOf" and r.object.type == "AdministrativeUnit"
    }
    assert ("Dr. Jan Sattelberg", "Bildungsbüro (Landkreis Auhagen)") in offices
    assert ("Eva Rabe", "Bildungsbüro (Landkreis Talbrück)") in offices
