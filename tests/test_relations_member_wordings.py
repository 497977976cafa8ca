"""Members of bodies and staff of offices in wordings that place them indirectly: "dort",
"bilden", a person in brackets after an office (invented names)."""

from __future__ import annotations

from pathlib import Path

import pytest
from relation_helpers import document_record, document_relations, named_triples

from ingest.entities import extract_mentions


@pytest.mark.parametrize(
    ("text", "members", "body"),
    [
        (
            "Auf regionaler Ebene beteiligt sich die Stadt Wernau an der Fachkräfteallianz "
            "Ostmark. Dort arbeiten die Agentur für Arbeit Wernau und der Landkreis Ostmark mit.",
            {"Stadt Wernau", "Agentur für Arbeit Wernau", "Landkreis Ostmark"},
            "Fachkräfteallianz Ostmark",
        ),
        (
            "Das Stiftungsforum Wernau wurde 2021 gegründet. Zweimal im Jahr beraten dort die "
            "Sparkassenstiftung Wernau und die Bürgerstiftung Wernau.",
            {"Sparkassenstiftung Wernau", "Bürgerstiftung Wernau"},
            "Stiftungsforum Wernau",
        ),
        (
            "Zusammen mit der Stadtbibliothek Wernau und dem Diakonischen Werk Wernau bildet die "
            "Kreisvolkshochschule Wernau das Netzwerk Grundbildung Wernau.",
            {"Stadtbibliothek Wernau", "Diakonisches Werk Wernau", "Kreisvolkshochschule Wernau"},
            "Netzwerk Grundbildung Wernau",
        ),
        (
            "Mitglieder des Netzwerks Frühe Hilfen Wernau sind das Haus der Familie, der "
            "Caritasverband für die Region Wernau e.V. und die Handwerkskammer Selb-Nahe.",
            {
                "Haus der Familie",
                "Caritasverband für die Region Wernau e.V.",
                "Handwerkskammer Selb-Nahe",
            },
            "Netzwerk Frühe Hilfen Wernau",
        ),
        (
            "Beratend steht dem Landkreis Wernau der Bildungsbeirat Wernau zur Seite. Dem Beirat "
            "gehören unter anderem der Kreiselternrat Wernau, die Bürgerstiftung Wernau sowie die "
            "Volkshochschule Wernau an.",
            {"Kreiselternrat Wernau", "Bürgerstiftung Wernau", "Volkshochschule Wernau"},
            "Bildungsbeirat Wernau",
        ),
    ],
)
def test_members_placed_in_the_body_just_named(text: str, members: set[str], body: str) -> None:
    found = {s for s, p, o in named_triples(text) if p == "participatesIn" and o == body}
    assert found == members


@pytest.mark.parametrize(
    "sentence",
    [
        "Schwerpunkt bildet die sozialräumliche Steuerung der Jugendhilfe im Stadtrat Wernau.",
        "Die VHS Wernau bildet im Netzwerk Ost Fachkräfte fort.",
    ],
)
def test_bilden_without_a_body_after_it_makes_no_member(sentence: str) -> None:
    assert not {t for t in named_triples(sentence) if t[1] == "participatesIn"}


def test_a_person_in_brackets_after_an_office_works_there() -> None:
    triples = named_triples(
        "Beteiligt sind die Stabsstelle Kreisentwicklung und Wirtschaftsförderung "
        "(Andreas Frischmuth) und Nadine Kowalek (Kulturamt der Stadt Wernau)."
    )
    assert (
        "Andreas Frischmuth",
        "memberOf",
        "Stabsstelle Kreisentwicklung und Wirtschaftsförderung",
    ) in triples
    assert ("Nadine Kowalek", "memberOf", "Kulturamt") in triples


def test_a_presenter_after_a_list_of_institutions_belongs_to_none_of_them() -> None:
    triples = named_triples("Präsentation: BiSMit, TransMit, DJI (Jenny Rother)")
    assert not {t for t in triples if t[1] == "memberOf"}


def test_a_house_run_as_an_institution_is_an_organisation() -> None:
    mentions = extract_mentions("Im Haus der Jugend Wernau und im Haus der Stadt tagt der Rat.")
    named = {(m.canonical or m.text, m.type) for m in mentions}
    assert ("Haus der Jugend Wernau", "Organization") in named
    assert not any(name.startswith("Haus der Stadt") for name, _ in named)


@pytest.mark.parametrize(
    ("text", "body", "chair"),
    [
        (
            "Die Erste Kreisrätin Birte Osterkamp leitet das Dezernat II. Unter ihrem Vorsitz "
            "tagt alle sechs Wochen die Steuerungsgruppe Bildung.",
            "Steuerungsgruppe Bildung",
            "Birte Osterkamp",
        ),
        (
            "Frau Osterkamp ergänzt aus der Steuerungsgruppe Bildung, die sie leitet, dass das "
            "Leitbild fertig ist.",
            "Steuerungsgruppe Bildung",
            "Osterkamp",
        ),
        (
            "Die Steuerungsgruppe Bildung tagt viermal im Jahr. Den Vorsitz übernimmt im ersten "
            "Jahr Herr Helmers.",
            "Steuerungsgruppe Bildung",
            "Helmers",
        ),
        (
            "Herr Brandner berichtet aus dem Arbeitskreis Ganztag, den er seit 2023 moderiert.",
            "Arbeitskreis Ganztag",
            "Brandner",
        ),
    ],
)
def test_a_chair_named_by_a_pronoun_of_the_sentence_before_or_its_subject(
    text: str, body: str, chair: str
) -> None:
    assert (body, "chairedBy", chair) in named_triples(text)


def test_a_relative_pronoun_of_the_other_gender_is_not_the_subject() -> None:
    triples = named_triples(
        "Herr Brandner berichtet aus dem Arbeitskreis Ganztag, den sie seit 2023 moderiert."
    )
    assert not {t for t in triples if t[1] == "chairedBy"}


def test_short_municipal_kinds_are_spelled_out() -> None:
    mentions = extract_mentions("Die SG Hollenrade, die VG Ellertal und das SG 40.1 wirken mit.")
    named = {(m.canonical, m.type) for m in mentions}
    assert ("Samtgemeinde Hollenrade", "Municipality") in named
    assert ("Verbandsgemeinde Ellertal", "Municipality") in named
    assert not any("40.1" in name for name, _ in named if name)


def test_a_number_of_another_kind_after_an_office_is_no_short_name_of_it() -> None:
    text = (
        "Das Amt für Schule und Kultur (Amt 40) plant. Das Bildungsbüro (Amt 41) berichtet. "
        "Amt 40 und Amt 41 stimmen sich ab."
    )
    named = {(m.text, m.canonical) for m in extract_mentions(text)}
    assert ("Amt 40", "Amt für Schule und Kultur") in named
    assert ("Amt 41", "Bildungsbüro") not in named


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die Kreisvolkshochschule Wernau gGmbH, deren alleiniger Gesellschafter der "
            "Landkreis Wernau ist, bietet Kurse an.",
            ("Kreisvolkshochschule Wernau gGmbH", "carriedBy", "Landkreis Wernau"),
        ),
        (
            "Unterstützt wird der Landkreis von der Hinrich-Tietmann-Stiftung, die das Projekt "
            "„Ausbildungslotsen Geest“ finanziert.",
            ("Ausbildungslotsen Geest", "fundedBy", "Hinrich-Tietmann-Stiftung"),
        ),
    ],
)
def test_owners_and_funders_in_relative_clauses(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in named_triples(sentence)


def test_places_of_a_plural_kind_end_where_the_next_kind_begins() -> None:
    line = "• Samtgemeinden Hollenrade, Wendmoor, Ahlsbeck-Geest, Stadt Quernau, Gemeinde Sietau"
    named = {m.canonical for m in extract_mentions(line) if m.type == "Municipality"}
    assert named == {
        "Samtgemeinde Hollenrade",
        "Samtgemeinde Wendmoor",
        "Samtgemeinde Ahlsbeck-Geest",
        "Stadt Quernau",
        "Gemeinde Sietau",
    }


PARTNER_SLIDE = """Bildungsbüro des Landkreises Tellau – Sachstand 2024

 Unsere Partner

Kommunen
• Samtgemeinde Hollenrade  • Gemeinde Sietau

Wirtschaft
• IHK Quernau
• Agentur für Arbeit Quernau (Berufsberatung)

 Meilensteine 2024

• 03/2024 Bildungsbericht mit dem Jobcenter Tellau
"""


def test_actors_of_a_partner_list_cooperate_with_the_publisher(tmp_path: Path) -> None:
    record = document_record(tmp_path, PARTNER_SLIDE, "Landkreis Tellau", "folien.txt")
    partners = {
        r.object.canonical
        for r in record.relations
        if r.predicate == "cooperatesWith" and r.method == "cue:partner-list"
    }
    assert partners == {
        "Samtgemeinde Hollenrade",
        "Gemeinde Sietau",
        "IHK Quernau",
        "Agentur für Arbeit Quernau",
    }  # not the Jobcenter, named under the next slide's heading


OFFICE_PARTNER_SLIDE = """Bildungsbüro Tellau – Jahresbericht 2024

 Unsere Partner

Kommunen im Kreis
• Samtgemeinde Hollenrade

Arbeit und Wirtschaft
• IHK Quernau
"""


def test_a_partner_list_names_the_partners_of_the_office_that_wrote_it(tmp_path: Path) -> None:
    record = document_record(
        tmp_path, OFFICE_PARTNER_SLIDE, "Landkreis Tellau, Bildungsbüro Tellau", "folien.txt"
    )
    partners = {
        (r.subject.canonical, r.object.canonical)
        for r in record.relations
        if r.predicate == "cooperatesWith" and r.method == "cue:partner-list"
    }
    assert partners == {
        ("Bildungsbüro Tellau", "Samtgemeinde Hollenrade"),
        ("Bildungsbüro Tellau", "IHK Quernau"),
    }  # a group label with a small word ("Kommunen im Kreis") keeps the list going


def test_local_branches_of_welfare_associations_are_named_with_their_area() -> None:
    text = (
        "Partner sind die Diakonie im Kirchenkreis Tellau, die Caritas in der Region Ostmark, "
        "der AWO Kreisverband Tellau e. V. und die Diakonie."
    )
    named = {m.canonical for m in extract_mentions(text) if m.type == "Organization"}
    assert named == {
        "Diakonie im Kirchenkreis Tellau",
        "Caritas in der Region Ostmark",
        "AWO Kreisverband Tellau e.V.",
    }  # the brand alone names no one branch


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Das Landesamt für Schule und Bildung wirkt in der Steuerungsgruppe Bildung und im "
            "Bildungsbeirat Wernau mit.",
            {
                ("Landesamt für Schule und Bildung", "participatesIn", "Steuerungsgruppe Bildung"),
                ("Landesamt für Schule und Bildung", "participatesIn", "Bildungsbeirat Wernau"),
            },
        ),
        (
            "Die Oberschule „Am Mühlberg“ Wernau und das Berufliche Schulzentrum Wernau wurden in "
            "das Startchancen-Programm aufgenommen.",
            {
                ("Oberschule „Am Mühlberg“ Wernau", "participatesIn", "Startchancen-Programm"),
                ("Berufliches Schulzentrum Wernau", "participatesIn", "Startchancen-Programm"),
            },
        ),
        (
            "Mit dem Einstieg in das Bundesprogramm „Bildung integriert“ im Jahr 2019 hat der "
            "Landkreis Wernau sein Bildungsmanagement aufgebaut.",
            {("Landkreis Wernau", "participatesIn", "Bildung integriert")},
        ),
        (
            "Das Bildungsbüro ist im Amt für Bildung angesiedelt; seine Stellen wurden bis 2022 "
            "aus dem Programm „Bildung integriert“ finanziert.",
            {("Bildungsbüro", "fundedBy", "Bildung integriert")},
        ),
    ],
)
def test_taking_part_in_bodies_and_programmes(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= named_triples(sentence)


@pytest.mark.parametrize(
    "text",
    [
        "Der Landkreis Talau trägt seit 2016 das Qualitätssiegel „Bildungsregion in Bayern“.",
        "Als der Landkreis Talau 2016 vom Bayerischen Staatsministerium für Unterricht und Kultus "
        "das Qualitätssiegel „Bildungsregion in Bayern“ verliehen bekam, begann die Arbeit.",
        "Das Qualitätssiegel „Bildungsregion in Bayern“ ist begehrt. Der Landkreis Talau ist "
        "seit 2016 „Bildungsregion in Bayern“.",
    ],
)
def test_a_municipality_bearing_a_programmes_seal_takes_part_in_it(text: str) -> None:
    taking_part = {(s, o) for s, p, o in named_triples(text) if p == "participatesIn"}
    assert taking_part == {("Landkreis Talau", "Bildungsregion in Bayern")}


def test_a_seal_someone_else_awards_is_no_part_of_theirs() -> None:
    text = "Die Stadt Talau gratuliert: Das Qualitätssiegel „Bildungsregion in Bayern“ ist begehrt."
    assert not [t for t in named_triples(text) if t[1] == "participatesIn"]


@pytest.mark.parametrize(
    "text",
    [
        "So leiten Eva Roth (Agentur für Arbeit Talau) und Jan Berg gemeinsam den AK 2.",
        "Im AK 2 berichten Eva Roth und Jan Berg, die den AK 2 gemeinsam leiten.",
    ],
)
def test_two_people_leading_a_group_together_both_chair_it(text: str) -> None:
    chairs = {(s, o) for s, p, o in named_triples(text) if p == "chairedBy"}
    assert chairs == {("AK 2", "Eva Roth"), ("AK 2", "Jan Berg")}


def test_who_represents_a_party_and_the_body_acting_for_it() -> None:
    text = (
        "Zielvereinbarung zwischen dem Landkreis Talbrück, vertreten durch den Kreisausschuss, "
        "dieser vertreten durch die Landrätin Dr. Ina Wolf, und der Transferagentur Auhagen "
        "(TAA), vertreten durch ihre wissenschaftliche Leiterin Prof. Dr. Eva Ohm. Ansprechperson "
        "ist Dr. Kai Lenz, Teamleiter der Transferagentur Auhagen."
    )
    found = named_triples(text)
    assert ("Ina Wolf", "memberOf", "Kreisausschuss") in found
    assert ("Eva Ohm", "memberOf", "Transferagentur Auhagen") in found
    assert ("Kai Lenz", "memberOf", "Transferagentur Auhagen") in found


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "FD 4.1 Kinder, Jugend und Familie  (Ltg. Daniela Kranz)",
            ("Daniela Kranz", "memberOf", "Fachdienst 4.1 Kinder, Jugend und Familie"),
        ),
        (
            "Eigenbetrieb Kommunales Jobcenter Talbrück  (Betriebsleitung: Uwe Lenz)",
            ("Uwe Lenz", "memberOf", "Kommunales Jobcenter Talbrück"),
        ),
    ],
)
def test_the_head_in_brackets_after_a_unit_of_a_chart_works_there(
    line: str, expected: tuple[str, str, str]
) -> None:
    assert expected in named_triples(line)


def test_members_of_a_slides_body_in_rows_between_separators(tmp_path: Path) -> None:
    slides = (
        " Steuerungsgruppe\n\n• Geschäftsstelle: Bildungsbüro\n Bildungsbeirat\n\n"
        "• Vorsitz: Landrätin Dr. Ina Wolf\n\n• Mitglieder u. a.:\n\n"
        "IHK zu Talbrück  I  Kreishandwerkerschaft Talbrück  I\n\n"
        "Agentur für Arbeit Auhagen · VHS Talbrück\n"
    )
    record = document_record(tmp_path, slides, "Landkreis Talbrück", "folien.txt")
    members = {
        r.subject.canonical
        for r in record.relations
        if r.predicate == "participatesIn" and r.object.canonical.startswith("Bildungsbeirat")
    }
    assert members == {
        "IHK zu Talbrück",
        "Kreishandwerkerschaft Talbrück",
        "Agentur für Arbeit Auhagen",
        "VHS Talbrück",
    }


def test_a_chair_and_a_dative_clause_after_a_body_named_in_an_adverbial() -> None:
    text = (
        "Die politische Verantwortung für die Bildungsregion liegt beim Kreisausschuss des "
        "Landkreises Talau, dem kollegialen Verwaltungsorgan des Kreises. Den Vorsitz führt "
        "Landrätin Dr. Ina Wolf; ihm gehören außerdem der Erste Kreisbeigeordnete Kai Lenz "
        "sowie zehn ehrenamtliche Kreisbeigeordnete an."
    )
    triples = named_triples(text)
    assert ("Kreisausschuss", "chairedBy", "Dr. Ina Wolf") in triples
    assert ("Kai Lenz", "memberOf", "Kreisausschuss") in triples
    assert not any(s == "Bildungsregion" and p == "chairedBy" for s, p, _ in triples)


def test_the_body_a_group_belongs_to_is_not_what_a_passage_turns_to() -> None:
    text = (
        "Herr Paulsen, der die AG Übergang Schule–Beruf des Bildungsbeirats leitet, berichtet. "
        "Mitglieder sind die Agentur für Arbeit Holmbüll und die IHK Westküste-Nord."
    )
    triples = named_triples(text)
    assert ("Agentur für Arbeit Holmbüll", "participatesIn", "AG Übergang Schule–Beruf") in triples


@pytest.mark.parametrize(
    ("text", "person", "organisation"),
    [
        (
            "Für das Jobcenter Talau berichtet Daniel Yilmaz (Teamleiter U25).",
            "Daniel Yilmaz",
            "Jobcenter Talau",
        ),
        (
            "Die Agentur für Arbeit Marbach (Vorsitzende der Geschäftsführung: Birgit Ostermann) "
            "sagt zu.",
            "Birgit Ostermann",
            "Agentur für Arbeit Marbach",
        ),
        (
            "Den Vorsitz hat Prof. Dr. Hanna Lichtenberg inne, Leiterin des Instituts für "
            "Bildungsforschung und Regionalentwicklung.",
            "Hanna Lichtenberg",
            "Institut für Bildungsforschung und Regionalentwicklung",
        ),
    ],
)
def test_who_speaks_for_or_heads_an_organisation(text: str, person: str, organisation: str) -> None:
    assert (person, "memberOf", organisation) in named_triples(text)


def test_a_deputy_mayor_counted_chairs_in_the_mayor_s_stead() -> None:
    found = named_triples(
        "Den Vorsitz im Bildungsausschuss führt in Vertretung der Oberbürgermeisterin der "
        "Zweite Bürgermeister Florian Gschwendtner. Im Bezirksausschuss 7 – Ziegelanger, dessen "
        "Vorsitzende Ingrid Sedlmayr die Runde einberief, begann es."
    )
    assert ("Bildungsausschuss", "chairedBy", "Florian Gschwendtner") in found
    assert ("Bezirksausschuss 7 – Ziegelanger", "chairedBy", "Ingrid Sedlmayr") in found


def test_a_person_reporting_as_head_of_a_group_chairs_it() -> None:
    found = named_triples(
        "Der Arbeitskreis Übergänge tagt. Frau Birgit Faltermeier berichtet als Leiterin des "
        "Arbeitskreises über die Elternbegleitung. Herr Jan Wolf spricht als Gast des Beirats."
    )
    chairs = {(t[0], t[2]) for t in found if t[1] == "chairedBy"}
    assert chairs == {("Arbeitskreis Übergänge", "Birgit Faltermeier")}


def test_a_minutes_item_labelled_by_its_group_names_the_group_s_chairs(tmp_path: Path) -> None:
    text = (
        "# Protokoll\n\n## TOP 2 Berichte\n\n"
        "**AK Sprache:** Die Co-Leitung liegt seit Januar bei Dr. Anna Lind und Lukas Demmel.\n\n"
        "**AK Beruf:** Sprecherin ist weiterhin Frau Sandra Pröll. Im Arbeitskreis wirken das "
        "Jobcenter Tellau und die IHK Rabenau mit.\n"
    )
    relations = document_relations(tmp_path, text, "Stadt Tellau", "protokoll.md")
    found = {(r.subject.text, r.predicate, r.object.canonical) for r in relations}
    assert {
        ("AK Sprache", "chairedBy", "Dr. Anna Lind"),
        ("AK Sprache", "chairedBy", "Lukas Demmel"),
        ("AK Beruf", "chairedBy", "Sandra Pröll"),
    } <= found
    members = {r.subject.canonical for r in relations if r.predicate == "participatesIn"}
    assert members == {"Jobcenter Tellau", "IHK Rabenau"}
    assert {r.object.canonical for r in relations if r.predicate == "participatesIn"} == {
        "AK Beruf (Stadt Tellau)"
    }
