"""Relation extraction: each predicate's German wordings, direction, types and evidence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from relation_helpers import document_record, document_relations, extracted, named_triples

from ingest.entities import extract_mentions
from ingest.participants import strip_title
from ingest.records import (
    MaskField,
    Measure,
    Mention,
    ProductMask,
    RelationRecord,
    Span,
)
from ingest.relation_cues import CUES, HEAD_CUES
from ingest.relations import extract_relations, nearest_parents, split_units
from ingest.scoped_relations import extract_mask_relations, extract_measure_relations
from ingest.spans import LineIndex

# A tiny mention finder for the tests only: (regex, type) pairs.
NAMES = [
    (r"Stadt Leipzig|Stadt Halle|Hansestadt Rostock|Landkreis Nordsachsen", "Municipality"),
    (r"Steuerungskreis(?:es)?|Lenkungsgruppe|Stiftungstreffen|Bildungsbeirat", "Body"),
    (r"Lernen vor Ort|Bildung integriert|KoKo", "Programme"),
    (
        r"Abteilung Bildung|Amt(?:es)? für Jugend, Familie und Bildung|Stabsstelle",
        "AdministrativeUnit",
    ),
    (
        r"Ministerium für Kultus|Agentur für Ar-\s+beit|Jobcenter Leipzig|Bertelsmann Stiftung|"
        r"Körber-Stiftung|Deutschen Jugendinstitut|Bundesministeriums? für Bildung und Forschung|"
        r"Sächsische[n]? Bildungsagentur|Regionalstelle Leipzig|Hochschule Freiberg|"
        r"Volkshochschule|"
        r"Kulturamt|Universität Leipzig",
        "Organization",
    ),
    (r"Frau Dr\. Weber", "Person"),
]


def find_mentions(text: str) -> list[Mention]:
    index = LineIndex(text)
    found = []
    for pattern, kind in NAMES:
        for m in re.finditer(pattern, text):
            found.append(Mention(m.group(), kind, index.span(m.start(), m.end()), "test"))
    return found


def triples(text: str) -> set[tuple[str, str, str]]:
    return {
        (r.subject.text, r.predicate, r.object.text)
        for r in extract_relations(text, find_mentions(text))
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die Stadt Leipzig ist seit 2010 Mitglied im Bildungsbeirat.",
            ("Stadt Leipzig", "participatesIn", "Bildungsbeirat"),
        ),
        (
            "Der Steuerungskreis besteht aus Vertretern der Stadt Leipzig "
            "und des Jobcenter Leipzig.",
            ("Jobcenter Leipzig", "participatesIn", "Steuerungskreis"),
        ),
        (
            "Seit 2012 finden Stiftungstreffen unter Beteiligung der Bertelsmann Stiftung "
            "sowie der Körber-Stiftung statt.",
            ("Körber-Stiftung", "participatesIn", "Stiftungstreffen"),
        ),
        (
            "Die Stadt Halle nahm von 2009 bis 2014 am Programm Lernen vor Ort teil.",
            ("Stadt Halle", "participatesIn", "Lernen vor Ort"),
        ),
        (
            "Die Stadt Leipzig hat mit der Hansestadt Rostock eine "
            "Kooperationsvereinbarung geschlossen.",
            ("Stadt Leipzig", "cooperatesWith", "Hansestadt Rostock"),
        ),
        (
            "Der Landkreis Nordsachsen plant eine Zusammenarbeit mit Hochschule Freiberg.",
            ("Landkreis Nordsachsen", "cooperatesWith", "Hochschule Freiberg"),
        ),
        (
            "Das Vorhaben Bildung integriert wird aus Mitteln des Bundesministeriums für Bildung "
            "und Forschung gefördert.",
            ("Bildung integriert", "fundedBy", "Bundesministeriums für Bildung und Forschung"),
        ),
        (
            "Die Stabsstelle ist in Trägerschaft des Amtes für Jugend, Familie und Bildung.",
            ("Stabsstelle", "carriedBy", "Amtes für Jugend, Familie und Bildung"),
        ),
        (
            "Die Lenkungsgruppe tagt unter Vorsitz von Frau Dr. Weber alle zwei Monate.",
            ("Lenkungsgruppe", "chairedBy", "Frau Dr. Weber"),
        ),
        (
            "Die Abteilung Bildung des Amtes für Jugend, Familie und Bildung wurde 2011 gegründet.",
            ("Abteilung Bildung", "subOrganizationOf", "Amtes für Jugend, Familie und Bildung"),
        ),
        (
            "Die Stadt Leipzig arbeitet eng mit der Sächsischen Bildungsagentur, "
            "Regionalstelle Leipzig zusammen.",
            ("Regionalstelle Leipzig", "subOrganizationOf", "Sächsischen Bildungsagentur"),
        ),
    ],
)
def test_each_predicate_is_found_in_its_german_wording(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stadt Leipzig und der Bildungsbeirat wurden im Bericht erwähnt.",
        "Die Stadt Halle hat den Bericht des Steuerungskreises gelesen.",
        "Die Kulturamt-Leitung und die Volkshochschule planen Kurse.",
        "Der Bildungsbeirat tagt. Die Stadt Leipzig ist Mitglied in vielen Netzwerken.",
    ],
)
def test_sentences_without_a_cue_give_no_relation(sentence: str) -> None:
    assert triples(sentence) == set()


def test_every_cue_has_a_name_of_its_own() -> None:
    """A relation's method names the one wording that found it."""
    names = [cue.name for cue in (*CUES, *HEAD_CUES)]
    assert sorted(n for n in set(names) if names.count(n) > 1) == []


def test_direction_and_types_are_kept() -> None:
    found = triples("Der Bildungsbeirat wird geleitet von Frau Dr. Weber.")
    assert ("Bildungsbeirat", "chairedBy", "Frau Dr. Weber") in found
    assert not any(p == "chairedBy" and s == "Frau Dr. Weber" for s, p, _ in found)
    # a municipality is never the object of participatesIn, a body is never its subject
    text = "Der Bildungsbeirat ist Mitglied im Steuerungskreis der Stadt Leipzig."
    assert all(not (p == "participatesIn" and o == "Stadt Leipzig") for _, p, o in triples(text))


def test_genitive_needs_a_unit_head() -> None:
    found = triples("Die Bertelsmann Stiftung der Stadt Leipzig fördert Projekte.")
    assert not any(p == "subOrganizationOf" for _, p, _ in found)


def test_enumeration_gives_one_relation_per_member() -> None:
    text = (
        "Dazu versammelt der Steuerungskreis die Leiter der Institutionen, unter anderem\n"
        "der Sächsischen Bildungsagentur, der Agentur für Ar- \nbeit und der Universität Leipzig."
    )
    members = {s for s, p, o in triples(text) if p == "participatesIn" and o == "Steuerungskreis"}
    assert members == {
        "Sächsischen Bildungsagentur",
        "Agentur für Ar- \nbeit",
        "Universität Leipzig",
    }


def test_evidence_is_the_sentence_with_its_lines() -> None:
    text = (
        "Einleitung ohne Namen.\nDie Stadt Halle nahm am Programm\n"
        "Lernen vor Ort teil. Danach nichts."
    )
    (relation,) = extract_relations(text, find_mentions(text))
    assert text[relation.evidence.start : relation.evidence.end] == (
        "Die Stadt Halle nahm am Programm\nLernen vor Ort teil."
    )
    assert (relation.evidence.line_start, relation.evidence.line_end) == (2, 3)
    assert relation.method == "cue:takes-part"


def test_list_under_an_intro_sentence_relates_each_item_with_role() -> None:
    text = (
        "Am Leipziger Steuerungskreis sind regelmäßig beteiligt:\n\n"
        "•\t Oberbürgermeister\tder\tStadt Leipzig\t(Vorsitz)\n"
        "•\t Rektor der Universität Leipzig\n"
        "•\t Geschäftsführer des Jobcenter Leipzig\n\n"
        "Weitere Hinweise folgen im Anhang.\n"
    )
    relations = extract_relations(text, find_mentions(text))
    part = {(r.subject.text, r.role) for r in relations if r.predicate == "participatesIn"}
    assert part == {
        ("Stadt Leipzig", "Oberbürgermeister"),
        ("Universität Leipzig", "Rektor"),
        ("Jobcenter Leipzig", "Geschäftsführer"),
    }
    (chair,) = [r for r in relations if r.predicate == "chairedBy"]
    assert chair.subject.text == "Steuerungskreis"
    assert chair.object.text == "Oberbürgermeister der Stadt Leipzig"
    assert chair.evidence.line_start == 3


def test_role_named_with_als() -> None:
    text = "Frau Dr. Weber ist als Sprecherin Mitglied im Bildungsbeirat."
    (relation,) = extract_relations(text, find_mentions(text))
    assert relation.role == "Sprecherin"


def test_span_of_maps_repaired_text_back_to_the_original() -> None:
    original = "Vorwort.\n\nDie Stadt Halle nahm am Programm Lernen vor Ort teil."
    shift = 10
    repaired = original[shift:]
    index = LineIndex(original)

    def span_of(start: int, end: int) -> Span:
        return index.span(start + shift, end + shift)

    mentions = [
        Mention(m.text, m.type, span_of(m.span.start, m.span.end), "test")
        for m in find_mentions(repaired)
    ]
    (relation,) = extract_relations(repaired, mentions, span_of)
    assert relation.evidence.start == shift and relation.evidence.line_start == 3


def test_units_split_sentences_and_items_but_bridge_wraps() -> None:
    text = "Erster Satz, z. B. mit\n\nAbkürzung. Zweiter Satz.\n- Punkt eins\n- Punkt zwei"
    units = [text[u.start : u.end] for u in split_units(text)]
    assert units == [
        "Erster Satz, z. B. mit\n\nAbkürzung.",
        "Zweiter Satz.",
        "- Punkt eins",
        "- Punkt zwei",
    ]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Getragen wird es vom Verein X e.V. Eng verzahnt ist das Netzwerk mit Y.", 2),
        ("Getragen wird es vom Verein X e. V. Der Verein hat zwölf Mitglieder.", 2),
        ("Mitglied ist der Verein X e.V. Kreisverband Wernau und der Landkreis.", 1),
    ],
)
def test_a_legal_form_ends_a_sentence_only_where_a_new_one_plainly_begins(
    text: str, count: int
) -> None:
    assert len(split_units(text)) == count


def test_mask_actors_are_involved_in_the_transfer_object() -> None:
    text = "BETEILIGTE AKTEURE\n•\tKulturamt\n•\tVolkshochschule\n"
    index = LineIndex(text)
    field = MaskField("beteiligte_akteure", "BETEILIGTE AKTEURE", text, index.span(0, len(text)))
    mask = ProductMask("3.1.3.2", "Zukunftskonzept", "ZUKUNFTSKONZEPT", field.span)
    mask.fields["beteiligte_akteure"] = field
    outside = Mention("Stadt Leipzig", "Municipality", Span(500, 513, 40, 40), "test")
    relations = extract_mask_relations(mask, [*find_mentions(text), outside])
    assert [(r.subject.type, r.subject.text, r.object.text) for r in relations] == [
        ("TransferObject", "Zukunftskonzept", "Kulturamt"),
        ("TransferObject", "Zukunftskonzept", "Volkshochschule"),
    ]
    assert all(r.predicate == "involvesActor" for r in relations)
    assert extract_mask_relations(ProductMask("1", "Ohne", "OHNE", field.span), []) == []


def test_a_body_named_by_its_own_mask_is_no_actor_of_itself() -> None:
    text = "BETEILIGTE AKTEURE\nDem Bildungsbeirat gehören an:\n•\tVolkshochschule Tellau\n"
    index = LineIndex(text)
    field = MaskField("beteiligte_akteure", "BETEILIGTE AKTEURE", text, index.span(0, len(text)))
    mask = ProductMask("4.3.3.2", "Bildungsbeirat der Stadt Tellau", "BILDUNGSBEIRAT", field.span)
    mask.fields["beteiligte_akteure"] = field
    involved = {r.object.text for r in extract_mask_relations(mask, find_mentions(text))}
    assert any(name.startswith("Volkshochschule") for name in involved)
    assert "Bildungsbeirat" not in involved


def test_measures_address_the_action_fields_inside_them() -> None:
    inside = Mention("Übergänge", "ActionField", Span(10, 19, 2, 2), "test")
    outside = Mention("Inklusion", "ActionField", Span(200, 209, 9, 9), "test")
    measure = Measure("AP 7", "Übergänge gestalten", "…", Span(0, 100, 1, 5))
    (relation,) = extract_measure_relations([measure], [inside, outside])
    assert relation.predicate == "addressesActionField"
    assert relation.subject.type == "Measure" and relation.subject.attributes["measure"] == "AP 7"
    assert relation.object is inside


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        (
            "AP 4 Frühe Bildung: Kennzahlen zum Übergang Schule–Beruf und zur Inklusion\n",
            {"Frühe Bildung"},
        ),
        (
            "## AP 2 Kitas stärken\n**Handlungsfeld:** Frühe Bildung\n**Ziele:** Inklusion\n",
            {"Frühe Bildung"},
        ),
        ("AP 3 Daten: Kennzahlen zu Inklusion und Frühe Bildung\n", {"Inklusion", "Frühe Bildung"}),
    ],
)
def test_a_measure_addresses_the_fields_its_title_or_field_line_names(
    text: str, addressed: set[str]
) -> None:
    index = LineIndex(text)
    fields = [
        Mention(m.group(), "ActionField", index.span(m.start(), m.end()), "test")
        for m in re.finditer(r"Frühe Bildung|Übergang Schule–Beruf|Inklusion", text)
    ]
    measure = Measure("AP", "…", "…", index.span(0, len(text)))
    found = extract_measure_relations([measure], fields, text)
    assert {r.object.text for r in found} == addressed


def topic_triples(text: str, topic_text: str) -> set[tuple[str, str, str]]:
    """Relations when every passage is about the first mention of `topic_text`."""
    mentions = find_mentions(text)
    topic = next(m for m in mentions if m.text == topic_text)
    return {
        (r.subject.text, r.predicate, r.object.text)
        for r in extract_relations(text, mentions, topic_of=lambda _offset: topic)
    }


def test_a_sentence_without_subject_states_the_relation_of_the_topic() -> None:
    text = (
        "## Landkreis Nordsachsen\n\n"
        "- erfolgreiche Zusammenarbeit mit Stadt Halle und Stadt Leipzig\n"
    )
    found = topic_triples(text, "Landkreis Nordsachsen")
    assert ("Landkreis Nordsachsen", "cooperatesWith", "Stadt Halle") in found
    assert ("Landkreis Nordsachsen", "cooperatesWith", "Stadt Leipzig") in found


def test_a_stated_subject_wins_over_the_topic() -> None:
    text = (
        "## Landkreis Nordsachsen\n\n"
        "- die Volkshochschule arbeitet eng mit dem Kulturamt zusammen\n"
    )
    found = topic_triples(text, "Landkreis Nordsachsen")
    assert ("Volkshochschule", "cooperatesWith", "Kulturamt") in found
    assert not any(s == "Landkreis Nordsachsen" for s, _, _ in found)


def test_topic_takes_part_in_the_programme_its_section_starts() -> None:
    text = "## Stadt Halle\n\n- Start „Bildung integriert“: 01.10.2020, Einarbeitung im Team\n"
    assert ("Stadt Halle", "participatesIn", "Bildung integriert") in topic_triples(
        text, "Stadt Halle"
    )
    assert not topic_triples("## Stadt Halle\n\n- Bericht über Bildung integriert\n", "Stadt Halle")


def test_funding_notice_of_this_project_names_the_topic_funded() -> None:
    text = (
        "Hinweis des Deutschen Jugendinstitut.\n\n"
        "Dieses Vorhaben wird aus Mitteln des Bundesministeriums für Bildung und Forschung "
        "gefördert."
    )
    found = topic_triples(text, "Deutschen Jugendinstitut")
    assert (
        "Deutschen Jugendinstitut",
        "fundedBy",
        "Bundesministeriums für Bildung und Forschung",
    ) in found


@pytest.mark.parametrize(
    "text",
    [
        "Landkreis Nordsachsen – Antrag im Förderprogramm „Bildung integriert“\n",
        "Im Januar 2023 setzt die Stadt Halle diese Arbeit im Programm „Bildung integriert“ "
        "fort.\n",
        "Seit 2022 ist die Stadt Halle eine der geförderten Kommunen im Programm „Bildung "
        "integriert“.\n",
        "Die Stadt Halle ist mit dem Vorhaben „Halle lernt“ im Bundesprogramm Bildung integriert "
        "vertreten.\n",
    ],
)
def test_wordings_of_taking_part_in_a_programme(text: str) -> None:
    assert {(s, o) for s, p, o in triples(text) if p == "participatesIn"} in (
        {("Landkreis Nordsachsen", "Bildung integriert")},
        {("Stadt Halle", "Bildung integriert")},
    )


@pytest.mark.parametrize(
    ("text", "carried", "carriers"),
    [
        (
            "Das Lernzentrum Tellau ist eine Organisationseinheit der Stadtverwaltung Tellau.",
            "Lernzentrum Tellau",
            {"Stadt Tellau"},
        ),
        (
            "Die Jugendberufsagentur Tellau ist eine Kooperation, die von der Agentur für Arbeit "
            "Tellau und dem Jobcenter Tellau getragen wird.",
            "Jugendberufsagentur Tellau",
            {"Agentur für Arbeit Tellau", "Jobcenter Tellau"},
        ),
        (
            "Der Beirat beschloss, dass die Volkshochschule Rabenau ab Herbst das "
            "Grundbildungszentrum Tellau betreiben wird.",
            "Grundbildungszentrum Tellau",
            {"Volkshochschule Rabenau"},
        ),
        (
            "Die Volkshochschule Rabenau wird als Eigenbetrieb des Landkreises Rabenau geführt.",
            "Volkshochschule Rabenau",
            {"Landkreis Rabenau"},
        ),
        (
            "Partner sind der Landkreis Rabenau und die Kreisvolkshochschule Rabenau (Einrichtung "
            "des Landkreises Rabenau).",
            "Kreisvolkshochschule Rabenau",
            {"Landkreis Rabenau"},
        ),
        (
            "Für das Berufliche Schulzentrum Tellau (BSZ) trägt der Landkreis Rabenau die "
            "Schulträgerschaft allein.",
            "Berufliches Schulzentrum Tellau",
            {"Landkreis Rabenau"},
        ),
        (
            "Der Landkreis Rabenau plant. Die Musikschule Tellau wird vom Landkreis gemeinsam "
            "getragen.",
            "Musikschule Tellau",
            {"Landkreis Rabenau"},
        ),
        (
            "Das Projekt „Sprachbrücken Tellau“ startet 2024. Träger des Projekts ist die "
            "Kreisvolkshochschule Rabenau.",
            "Sprachbrücken Tellau",
            {"Kreisvolkshochschule Rabenau"},
        ),
        (
            "Das Regionalnetzwerk Bildungsmanagement Tellau ist ein Angebot der Transferagentur "
            "Rabenau.",
            "Regionalnetzwerk Bildungsmanagement Tellau",
            {"Transferagentur Rabenau"},
        ),
        (
            "Das Landesnetzwerk Bildungsmonitoring Tellau (organisiert von der Transferagentur "
            "Rabenau, zweimal jährlich) trifft sich.",
            "Landesnetzwerk Bildungsmonitoring Tellau",
            {"Transferagentur Rabenau"},
        ),
    ],
)
def test_wordings_of_a_carrier(text: str, carried: str, carriers: set[str]) -> None:
    assert {o for s, p, o in named_triples(text) if p == "carriedBy"} == carriers
    assert {s for s, p, o in named_triples(text) if p == "carriedBy"} == {carried}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Dezernat 2 wird von der Beigeordneten Dr. Anna Wolf geleitet. Ihm gehören das "
            "Amt für Jugend und Familie und das Amt für Schulen an.",
            {
                ("Anna Wolf", "memberOf", "Dezernat 2"),  # strip_title drops "Dr."
                ("Amt für Jugend und Familie", "subOrganizationOf", "Dezernat 2"),
                ("Amt für Schulen", "subOrganizationOf", "Dezernat 2"),
            },
        ),
        (
            "Zum Dezernat II, das der Bürgermeister leitet, gehören das Amt für Bildung sowie das "
            "Amt für Familie.",
            {
                ("Amt für Bildung", "subOrganizationOf", "Dezernat II"),
                ("Amt für Familie", "subOrganizationOf", "Dezernat II"),
            },
        ),
        (
            "Die Stabsstelle Statistik ist dagegen unmittelbar dem Dezernat I der "
            "Oberbürgermeisterin zugeordnet.",
            {("Stabsstelle Statistik", "subOrganizationOf", "Dezernat I")},
        ),
        (
            "Frau Fatma Ceylan stellt das Netzwerk Sprachbildung vor. Das Netzwerk Sprachbildung "
            "tagt monatlich und wird von ihr geleitet.",
            {("Netzwerk Sprachbildung", "chairedBy", "Fatma Ceylan")},
        ),
    ],
)
def test_wordings_of_units_and_their_heads(text: str, expected: set[tuple[str, str, str]]) -> None:
    found = {
        (s, p, re.sub(r" \(.*\)$", "", o))
        for s, p, o in named_triples(text)
        if p in ("memberOf", "subOrganizationOf", "chairedBy")
    }
    assert found == expected


@pytest.mark.parametrize(
    ("text", "person", "where"),
    [
        (
            "Herr Jan Sönnichsen (Migrationsberatung des Diakonischen Werks Tellau) berichtet.",
            "Jan Sönnichsen",
            "Diakonisches Werk Tellau",
        ),
        (
            "Seit Oktober verstärkt Dr. Tim Ruppenthal das Team im Bildungsbüro Tellau.",
            "Tim Ruppenthal",
            "Bildungsbüro Tellau",
        ),
        (
            "Im Bildungsbüro Tellau ist für das Bildungsmonitoring Tobias Quaas zuständig.",
            "Tobias Quaas",
            "Bildungsbüro Tellau",
        ),
        (
            "Ansprechpartnerin im Bildungsbüro Tellau: Aylin Demir",
            "Aylin Demir",
            "Bildungsbüro Tellau",
        ),
        (
            "Die Koordination übernimmt Henning Kröger, zugleich Leitung des Bildungsbüros Tellau.",
            "Henning Kröger",
            "Bildungsbüro Tellau",
        ),
        (
            "Dr. Verena Kampschulte wurde als neues Mitglied des Lenkungskreises Bildung benannt.",
            "Verena Kampschulte",
            "Lenkungskreis Bildung",
        ),
    ],
)
def test_wordings_of_a_persons_place(text: str, person: str, where: str) -> None:
    assert {(s, o) for s, p, o in named_triples(text) if p == "memberOf"} == {(person, where)}


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        (
            "Die Volkshochschule Tellau ist ein Sachgebiet des Amtes für Bildung und Kultur.",
            "Volkshochschule Tellau",
            "Amt für Bildung und Kultur",
        ),
        (
            "Die Universität Rabenau, Institut für Schulpädagogik, begleitet das Vorhaben.",
            "Institut für Schulpädagogik",
            "Universität Rabenau",
        ),
        (
            "Das Institut für Sozialplanung der Hochschule Tellau evaluiert.",
            "Institut für Sozialplanung",
            "Hochschule Tellau",
        ),
        (
            "Die AG Bildungsmonitoring des Netzwerks Tellau berichtet.",
            "AG Bildungsmonitoring",
            "Netzwerk Tellau",
        ),
        (
            "Der Kreistag des Landkreises Tellau und sein Ausschuss für Schule tagen.",
            "Ausschuss für Schule",
            "Kreistag",
        ),
    ],
)
def test_wordings_of_a_part_of_a_whole(text: str, part: str, whole: str) -> None:
    found = {
        (s.split(" (")[0], o.split(" (")[0])
        for s, p, o in named_triples(text)
        if p == "subOrganizationOf"
    }
    assert found == {(part, whole)}


@pytest.mark.parametrize(
    ("text", "funded", "funder"),
    [
        (
            "Seit 2018 fördert die Kessler-Stiftung Tellau das Bildungsforum im Quartier.",
            "Bildungsforum im Quartier",
            "Kessler-Stiftung Tellau",
        ),
        (
            "Das MINT-Netzwerk Tellau erhalt seit 2023 eine Forderung des Thüringer Ministeriums "
            "für Bildung, Jugend und Sport.",
            "MINT-Netzwerk Tellau",
            "Thüringer Ministerium für Bildung, Jugend und Sport",
        ),
        (
            "Die Koordinierungsstelle Übergang Schule – Beruf wird aus dem Landesprogramm "
            "„Bildungsnetzwerke vor Ort“ finanziert.",
            "Koordinierungsstelle Übergang Schule – Beruf",
            "Bildungsnetzwerke vor Ort",
        ),
        (
            "Die Personalkosten des Bildungsbüros Tellau werden bis Februar 2027 im Rahmen des "
            "Programms „Bildungskommunen“ gefördert.",
            "Bildungsbüro Tellau",
            "Bildungskommunen",
        ),
    ],
)
def test_wordings_of_funding(text: str, funded: str, funder: str) -> None:
    found = {(s.split(" (")[0], o) for s, p, o in named_triples(text) if p == "fundedBy"}
    assert found == {(funded, funder)}


def test_a_cofunding_bullet_funds_the_topic() -> None:
    text = (
        "Hinweis des Deutschen Jugendinstitut.\n\n• Kofinanzierung durch das Ministerium für Kultus"
    )
    assert ("Deutschen Jugendinstitut", "fundedBy", "Ministerium für Kultus") in topic_triples(
        text, "Deutschen Jugendinstitut"
    )


def test_who_runs_or_attends_a_body_named_before_takes_part_in_it(tmp_path: Path) -> None:
    relations = document_relations(
        tmp_path,
        "Das Landesnetzwerk Bildungsmanagement Tellau tagt zweimal jährlich. Das Landesschulamt "
        "Tellau ist ständiger Gast. Die Geschäftsstelle des Netzwerks wird von der Transferagentur "
        "Rabenau geführt.\n\n"
        "Die Bildungskonferenz Tellau fand 2023 statt. Kooperationspartner der Konferenz waren die "
        "Volkshochschule Rheine und die Fachhochschule Münster. Die Moderation übernimmt das "
        "Jugendamt Tellau.\n",
        "Stadt Tellau",
    )
    found = {
        (r.subject.canonical, r.object.canonical)
        for r in relations
        if r.predicate == "participatesIn"
    }
    assert found == {
        ("Landesschulamt Tellau", "Landesnetzwerk Bildungsmanagement Tellau"),
        ("Transferagentur Rabenau", "Landesnetzwerk Bildungsmanagement Tellau"),
        ("Volkshochschule Rheine", "Bildungskonferenz Tellau"),
        ("Fachhochschule Münster", "Bildungskonferenz Tellau"),
        ("Jugendamt Tellau", "Bildungskonferenz Tellau"),
    }


def test_a_county_office_without_a_county_in_the_passage_is_the_documents_only_county(
    tmp_path: Path,
) -> None:
    text = (
        "Bildungsregion im Landkreis Tellau\n\n"
        "Die Lenkungsgruppe Bildungsregion tagt.\n• Vorsitz: Landrat Josef Pfeil\n\n"
        "Die Bildungskonferenz wird von Oberbürgermeister Gerrit Wübbe geleitet.\n"
    )
    relations = document_relations(tmp_path, text, "Bildungsbüro Tellau")

    def offices(relations: list[RelationRecord]) -> set[tuple[str, str | None]]:
        return {
            (r.subject.text, r.object.canonical)
            for r in relations
            if r.predicate == "memberOf" and r.object.type == "Municipality"
        }

    # no town in the document holds the mayor's office
    assert offices(relations) == {("Josef Pfeil", "Landkreis Tellau")}
    two = text + "\nAuch der Kreis Rabenau hat eine Bildungsregion.\n"
    assert not offices(document_relations(tmp_path, two, "X"))


def test_a_head_named_on_a_title_slide_without_article() -> None:
    found = named_triples("Stefanie Pong, Leiterin Bildungsbüro Tellau\n")
    assert ("Stefanie Pong", "memberOf", "Bildungsbüro Tellau") in found


def test_a_team_listed_under_its_office_works_there_in_the_posts_named() -> None:
    text = (
        "Das Team des Bildungsbüros Tellau bestand Ende 2024 aus drei Personen (2,5 VZÄ):\n\n"
        "  - Anke Brodersen, Leiterin des Bildungsbüros\n"
        "  - Lasse Jürgensen, Bildungsmonitoring und Bildungsberichterstattung\n"
        "  - Mehmet Yıldız, Koordinator Übergang Schule–Beruf\n"
    )
    found = {
        (r.subject.text, r.object.canonical or r.object.text, r.role)
        for r in extracted(text)
        if r.predicate == "memberOf"
    }
    assert found == {
        ("Anke Brodersen", "Bildungsbüro Tellau", "Leiterin des Bildungsbüros"),
        (
            "Lasse Jürgensen",
            "Bildungsbüro Tellau",
            "Bildungsmonitoring und Bildungsberichterstattung",
        ),
        ("Mehmet Yıldız", "Bildungsbüro Tellau", "Koordinator Übergang Schule–Beruf"),
    }


@pytest.mark.parametrize(
    "text",
    [
        " Team Bildungsbüro Tellau \n\n• Anke Brodersen – Leitung \n\n"
        "• Lasse Jürgensen – Monitoring \n",
        "Bildungsbüro Tellau – Stabsstelle im Dezernat II\n\nTeam:\n\n"
        "• Anke Brodersen – Leitung\n• Lasse Jürgensen – Monitoring\n",
        "Im Bildungsbüro Tellau sind im Vorhaben tätig:\nProjektleitung: Anke Brodersen\n"
        "Monitoring (1,0 VZÄ, gefördert): Lasse Jürgensen\n",
    ],
)
def test_a_team_titled_by_its_office_works_there(text: str) -> None:
    found = {(s, o) for s, p, o in named_triples(text) if p == "memberOf"}
    assert found == {
        ("Anke Brodersen", "Bildungsbüro Tellau"),
        ("Lasse Jürgensen", "Bildungsbüro Tellau"),
    }


def test_a_bare_team_under_a_sentence_names_no_office() -> None:
    text = "Das Bildungsbüro Tellau wurde 2020 gegründet.\n\nTeam:\n\n• Anke Brodersen – Leitung\n"
    assert not [t for t in named_triples(text) if t[1] == "memberOf"]


def test_label_lines_under_an_intro_are_items_but_prose_after_it_is_not() -> None:
    text = "Tätig sind:\nLeitung: Anke Brodersen\nMonitoring: Lasse Jürgensen\nDer Rest folgt."
    units = [(text[u.start : u.end], u.is_item) for u in split_units(text)]
    assert units == [
        ("Tätig sind:", False),
        ("Leitung: Anke Brodersen", True),
        ("Monitoring: Lasse Jürgensen", True),
        ("Der Rest folgt.", False),
    ]


def test_the_head_named_under_a_unit_item_works_there() -> None:
    text = "• Bildungsbüro Tellau im Landratsamt\n   –  Leitung: Stefanie Pong\n   –  3,5 VZÄ\n"
    found = {
        (r.subject.text, r.object.text, r.role)
        for r in extracted(text)
        if r.predicate == "memberOf"
    }
    assert found == {("Stefanie Pong", "Bildungsbüro Tellau", "Leitung")}


def test_municipalities_listed_as_funded_in_a_programme_take_part_in_it() -> None:
    text = (
        "Vier Kommunen, die im Programm „Bildung integriert“\ngefördert werden, begleiten wir:\n\n"
        "• Landkreis Nordsachsen\n• Stadt Halle\n\n"
        "Neu: Beratung von Kommunen, die am Programm „Lernen vor Ort“ teilnehmen – darunter "
        "die Stadt Leipzig.\n"
    )
    assert {(s, o) for s, p, o in triples(text) if p == "participatesIn"} == {
        ("Landkreis Nordsachsen", "Bildung integriert"),
        ("Stadt Halle", "Bildung integriert"),
        ("Stadt Leipzig", "Lernen vor Ort"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Das Programm „Lernen vor Ort“ startete 2009. Die Volkshochschule ist eines von zwölf "
        "Mitgliedern der Initiative.",
        "Die Volkshochschule ist Teil des Programms „Lernen vor Ort“.",
        "Das Programm „Lernen vor Ort“ ist ein bundesweites Netzwerk von Kommunen, darunter die "
        "Volkshochschule.",
    ],
)
def test_wordings_of_being_part_of_a_programme(text: str) -> None:
    assert ("Volkshochschule", "participatesIn", "Lernen vor Ort") in triples(text)


def test_a_slide_bullet_part_of_a_programme_is_the_topics() -> None:
    text = "Hinweis des Deutschen Jugendinstitut.\n\n• Teil der „Bildung integriert“ – seit 2015\n"
    found = topic_triples(text, "Deutschen Jugendinstitut")
    assert ("Deutschen Jugendinstitut", "participatesIn", "Bildung integriert") in found


@pytest.mark.parametrize(
    ("text", "body", "chair"),
    [
        (
            "Der Lenkungskreis Tellau tagt unter Vorsitz des zuständigen Beigeordneten "
            "Dr. Konstantin Papa.",
            "Lenkungskreis Tellau",
            "Dr. Konstantin Papa",
        ),
        (
            "Der Regionale Arbeitskreis Bildungsmonitoring Tellau tagt. Den Vorsitz im "
            "Arbeitskreis führt turnusgemäß bis Ende 2023 Frau Kathrin Obermüller.",
            "Regionaler Arbeitskreis Bildungsmonitoring Tellau",
            "Kathrin Obermüller",
        ),
    ],
)
def test_wordings_of_a_chair(text: str, body: str, chair: str) -> None:
    found = {(s.split(" (")[0], o) for s, p, o in named_triples(text) if p == "chairedBy"}
    assert found == {(body, chair)}


def test_the_project_funded_in_a_programme_is_the_topics() -> None:
    text = (
        "Vorbemerkung\nDas Vorhaben wird im Programm „Bildung integriert“ aus Mitteln des "
        "Bundesministeriums für Bildung und Forschung gefördert.\n\n"
        "- Sichtung der Ergebnisse aus dem Vorgängerprogramm „Lernen vor Ort“ (2016–2019)\n"
        "- Bewilligung im Programm „KoKo“ zum 01.03.2024\n"
        "- Bericht über Stadt Halle\n"
    )
    found = topic_triples(text, "Stadt Halle")
    assert {o for s, p, o in found if p == "participatesIn"} == {
        "Bildung integriert",
        "Lernen vor Ort",
        "KoKo",
    }
    # an office may be granted a programme, but the applicant's project is a municipality's
    office = topic_triples(text.replace("Stadt Halle", "Kulturamt"), "Kulturamt")
    assert {o for s, p, o in office if p == "participatesIn"} == {"KoKo"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stelle der Koordination wird aus Mitteln des Bundesministeriums für Bildung und "
        "Forschung gefördert.",
        "Die trägerneutrale Beratung wird aus Mitteln des Bundesministeriums für Bildung und "
        "Forschung gefördert.",
        "- 0,5 VzÄ Monitoring (gefördert aus Mitteln des Bundesministeriums für Bildung und "
        "Forschung)",
    ],
)
def test_funding_of_a_post_or_service_is_not_the_topics(sentence: str) -> None:
    text = f"Hinweis des Deutschen Jugendinstitut.\n\n{sentence}"
    found = topic_triples(text, "Deutschen Jugendinstitut")
    assert not [t for t in found if t[0] == "Deutschen Jugendinstitut" and t[1] == "fundedBy"]


def test_slide_bullets_of_cooperation_name_the_topics_partners() -> None:
    text = (
        "Hinweis des Deutschen Jugendinstitut.\n\n"
        "• Arbeit in enger Abstimmung mit den Ländern: Ministerium für Kultus, Körber-Stiftung\n"
        "• Kooperation auf Augenhöhe mit der Universität Leipzig\n"
    )
    found = topic_triples(text, "Deutschen Jugendinstitut")
    partners = {o for s, p, o in found if p == "cooperatesWith" and s == "Deutschen Jugendinstitut"}
    assert partners == {"Ministerium für Kultus", "Körber-Stiftung", "Universität Leipzig"}


def test_demonstrative_refers_back_to_the_last_body() -> None:
    text = (
        "In der Verwaltung tagt eine Lenkungsgruppe. Diese tagt monatlich. Die Besonderheit "
        "dieser kleinen Runde besteht darin, dass auch zwei externe Partner einbezogen wurden: "
        "die Volkshochschule und das Jobcenter Leipzig."
    )
    found = triples(text)
    assert ("Volkshochschule", "participatesIn", "Lenkungsgruppe") in found
    assert ("Jobcenter Leipzig", "participatesIn", "Lenkungsgruppe") in found


def test_the_programme_refers_back_to_the_programme_named_last() -> None:
    text = (
        "Seit 2015 arbeitet die Stadt Halle im Programm Bildung integriert. "
        "Das Programm wird vom Bundesministerium für Bildung und Forschung gefördert."
    )
    found = triples(text)
    assert (
        "Bildung integriert",
        "fundedBy",
        "Bundesministerium für Bildung und Forschung",
    ) in found


def test_a_bare_office_kind_refers_back_to_the_office_of_that_kind() -> None:
    text = (
        "Die Koordination liegt bei der Abteilung Bildung. "
        "Die Abteilung gehört zum Amt für Jugend, Familie und Bildung."
    )
    found = triples(text)
    assert (
        "Abteilung Bildung",
        "subOrganizationOf",
        "Amt für Jugend, Familie und Bildung",
    ) in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Seit 2014 ist die Stadt Mitglied im Bildungsbeirat.", True),
        ("Die Stadt wirkt seit 2019 im Bildungsbeirat an der Planung mit.", True),
        ("Viele Akteure in der Stadt sind im Bildungsbeirat vertreten.", False),
    ],
)
def test_the_town_in_its_own_report_is_its_municipality_but_not_as_a_place(
    sentence: str, expected: bool
) -> None:
    text = f"Bericht der Stadt Halle.\n\n{sentence}"
    found = topic_triples(text, "Stadt Halle")
    assert (("Stadt Halle", "participatesIn", "Bildungsbeirat") in found) is expected


def test_unit_named_as_a_municipalitys_office_is_carried_by_it() -> None:
    text = "Diese Einheit ist in Stadt Halle die Stabsstelle für Bildung."
    assert ("Stabsstelle", "carriedBy", "Stadt Halle") in triples(text)


def test_cooperation_between_skips_an_attributive_phrase() -> None:
    text = (
        "Die enge Zusammenarbeit zwischen der Stadt Leipzig und der dem Ministerium für Kultus "
        "nachgeordneten Regionalstelle Leipzig wird fortgesetzt."
    )
    found = triples(text)
    assert ("Stadt Leipzig", "cooperatesWith", "Regionalstelle Leipzig") in found
    assert ("Stadt Leipzig", "cooperatesWith", "Ministerium für Kultus") not in found


def test_list_item_of_a_unit_of_a_municipality_counts_the_municipality() -> None:
    text = (
        "Am Steuerungskreis sind regelmäßig beteiligt:\n\n"
        "•\tLeiter der Abteilung Bildung der Stadt Halle\n"
        "•\tLeiter des Kulturamt\n"
    )
    relations = extract_relations(text, find_mentions(text))
    part = {r.subject.text for r in relations if r.predicate == "participatesIn"}
    assert part == {"Stadt Halle", "Kulturamt"}


def test_a_unit_keeps_its_nearest_parent_only() -> None:
    text = (
        "Die Abteilung Bildung des Amtes für Jugend, Familie und Bildung plant. "
        "Es berichtet der Leiter der Abteilung Bildung der Stadt Halle."
    )
    parents = {r.object.text for r in nearest_parents(extract_relations(text, find_mentions(text)))}
    assert parents == {"Amtes für Jugend, Familie und Bildung"}
    alone = "Es berichtet die Abteilung Bildung der Stadt Halle."
    assert ("Abteilung Bildung", "subOrganizationOf", "Stadt Halle") in triples(alone)


def test_a_theme_between_the_parties_does_not_hide_a_cooperation() -> None:
    def cooperations(text: str) -> set[tuple[str, str]]:
        found = extracted(text)
        return {(r.subject.text, r.object.text) for r in found if r.predicate == "cooperatesWith"}

    text = (
        "- Glascampus Rabenau (durch Strukturwandel gefördert) > "
        "Zusammenarbeit mit Hochschule Kesselsdorf\n"
    )
    assert cooperations(text) == {("Glascampus Rabenau", "Hochschule Kesselsdorf")}
    text = "- Glascampus Rabenau mit Stadt Rabenau > Zusammenarbeit mit Hochschule Kesselsdorf\n"
    assert ("Glascampus Rabenau", "Hochschule Kesselsdorf") not in cooperations(text)


def test_members_listed_after_a_bare_intro_belong_to_the_body_named_before() -> None:
    text = (
        "Der Lenkungskreis des Regionalen Bildungsnetzwerks tagt dreimal jährlich.\n"
        "Mitglieder sind:\n\n"
        "  •  Karla Wendrich, Leiterin des Jobcenters Rabenau,\n"
        "  •  ein Vertreter der Handwerkskammer Tellau.\n"
    )
    found = named_triples(text)
    body = "Lenkungskreis des Regionalen Bildungsnetzwerks"
    assert ("Karla Wendrich", "memberOf", body) in found
    assert ("Jobcenter Rabenau", "participatesIn", body) in found
    assert ("Handwerkskammer Tellau", "participatesIn", body) in found


def test_a_genitive_in_a_prepositional_phrase_is_no_subject() -> None:
    text = (
        "Das Lernzentrum Rabenau wird in Trägerschaft der Volkshochschule Tellau betrieben und "
        "aus Mitteln des Europäischen Sozialfonds gefördert."
    )
    funded = {
        (r.subject.canonical or r.subject.text)
        for r in extracted(text)
        if r.predicate == "fundedBy"
    }
    assert funded == {"Lernzentrum Rabenau"}


def test_a_cooperation_of_several_partners_relates_them_with_each_other() -> None:
    text = (
        "Die Jugendberufsagentur Rabenau ist eine Kooperation der Agentur für Arbeit Tellau, "
        "des Jobcenters Rabenau und des Landkreises Rabenau."
    )
    pairs = {
        frozenset({r.subject.canonical, r.object.canonical})
        for r in extracted(text)
        if r.predicate == "cooperatesWith"
    }
    partners = ["Agentur für Arbeit Tellau", "Jobcenter Rabenau", "Landkreis Rabenau"]
    assert pairs == {frozenset({a, b}) for i, a in enumerate(partners) for b in partners[i + 1 :]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Stadt Rabenau beteiligt sich seit 2020 am Bundesprogramm „Lernende Region“.",
            ("participatesIn", "Stadt Rabenau", "Lernende Region"),
        ),
        (
            "Träger des Bildungsbüros ist das Amt für Schule und Sport der Stadt Rabenau.",
            ("carriedBy", "Bildungsbüros", "Amt für Schule und Sport"),
        ),
        (
            "Der Bildungsbeirat der Stadt Rabenau tagt zweimal jährlich unter Vorsitz "
            "des Oberbürgermeisters.",
            ("chairedBy", "Bildungsbeirat", "Oberbürgermeisters"),
        ),
        (
            "Leiterin des Bildungsbüros ist Frau Dr. Maria Lindner.",
            ("memberOf", "Frau Dr. Maria Lindner", "Bildungsbüros"),
        ),
        (
            "Lenkungskreis Bildung – Vorsitz: Bürgermeisterin Anne Fichte",
            ("chairedBy", "Lenkungskreis Bildung", "Anne Fichte"),
        ),
        (
            "Das Bildungsbüro ist im Dezernat II – Bildung, Jugend und Soziales angesiedelt.",
            ("subOrganizationOf", "Bildungsbüro", "Dezernat II – Bildung, Jugend und Soziales"),
        ),
        (
            "Das Bildungsbüro ist eine Stabsstelle im Dezernat für Jugend, Soziales und Kultur.",
            ("subOrganizationOf", "Bildungsbüro", "Dezernat für Jugend, Soziales und Kultur"),
        ),
        (
            "Es sprach Frau Dr. Maria Lindner, Leiterin des Amtes für Schule und Sport.",
            ("memberOf", "Frau Dr. Maria Lindner", "Amtes für Schule und Sport"),
        ),
    ],
)
def test_cues_found_in_an_unseen_concept_paper(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(r.predicate, r.subject.text, r.object.text) for r in extracted(text)}


def test_an_office_standing_in_for_the_chair_is_named_in_the_nominative() -> None:
    text = "Der Bildungsbeirat tagt unter Vorsitz des Oberbürgermeisters."
    (chair,) = extracted(text)
    assert (chair.predicate, chair.object.canonical) == ("chairedBy", "Oberbürgermeister")


def test_a_work_package_or_labelled_line_starts_a_unit_of_its_own() -> None:
    text = (
        "AP 2 Übergänge: AG Übergang gemeinsam mit der Agentur für Arbeit Rabenau\n"
        "AP 3 Fachkräfte: Kooperation mit der Handwerkskammer Rabenau\n"
        "Ziel 2: Zusammenarbeit mit der Volkshochschule Rabenau\n"
    )
    starts = [text[u.start : u.start + 4] for u in split_units(text)]
    assert starts == ["AP 2", "AP 3", "Ziel"]
    pairs = {(r.subject.text, r.object.text) for r in extracted(text)}
    assert ("Agentur für Arbeit Rabenau", "Handwerkskammer Rabenau") not in pairs


def test_a_municipal_office_holder_belongs_to_the_one_municipality_of_the_passage() -> None:
    text = (
        "- Herr Jan Teller (LK Rabenau) teilte mit, dass die Zuständigkeit neu geregelt wird; "
        "das Netzwerkbüro ist dazu im Austausch mit der für Bildung zuständigen Dezernentin "
        "Frau Kornelia Weiß.\n"
    )
    members = [r for r in extracted(text) if r.predicate == "memberOf"]
    assert [(r.subject.text, r.object.canonical, r.role) for r in members] == [
        ("Frau Kornelia Weiß", "Landkreis Rabenau", "für Bildung zuständige Dezernentin")
    ]
    # two municipalities in the passage: whose office it is stays open
    text = (
        "Landrätin Frau Kornelia Weiß begrüßte die Gäste aus der Stadt Kesselsdorf "
        "und dem LK Rabenau."
    )
    assert not [r for r in extracted(text) if r.predicate == "memberOf"]


ITEM_HEADS = """- Das Regionalnetzwerk Bildung besteht seit 2021. Mitglieder sind damit die \
Städte Rabenau und Kesselsdorf sowie die Landkreise Talland und Oberes Auetal.
- der Bildungsbeirat Rabenau hat sich konstituiert; Geschäftsstelle im Bildungsbüro
  - Mitglieder u. a. Hochschule Rabenau, Stadtelternrat und Volkshochschule Rabenau
- Steuerungsgruppe Bildung unter Vorsitz von Landrat Gerd Hansche
  - vertreten sind die Dezernate I–III, Jobcenter Talland und die Kreismedienzentrum Talland
- Die Transferagentur Nordost (TANO) wird vom BMBF gefördert; Trägerin ist das Institut für \
Regionalentwicklung e. V.
"""


def test_a_list_item_lends_its_head_to_cues_that_leave_it_unnamed() -> None:
    found = {
        (r.subject.canonical or r.subject.text, r.predicate, r.object.canonical or r.object.text)
        for r in extracted(ITEM_HEADS)
    }
    for town in (
        "Stadt Rabenau",
        "Stadt Kesselsdorf",
        "Landkreis Talland",
        "Landkreis Oberes Auetal",
    ):
        assert (town, "participatesIn", "Regionalnetzwerk Bildung") in found
    assert ("Bildungsbeirat Rabenau", "carriedBy", "Bildungsbüro") in found
    assert ("Hochschule Rabenau", "participatesIn", "Bildungsbeirat Rabenau") in found
    assert ("Volkshochschule Rabenau", "participatesIn", "Bildungsbeirat Rabenau") in found
    assert ("Jobcenter Talland", "participatesIn", "Steuerungsgruppe Bildung") in found
    carrier = "Institut für Regionalentwicklung e.V."
    assert ("Transferagentur Nordost", "carriedBy", carrier) in found
    # outside a list the head comes from the sentence or the one before it, nowhere else
    assert ("Stadt Rabenau", "participatesIn", "Beirat") in {
        (r.subject.canonical, r.predicate, r.object.canonical)
        for r in extracted("Der Beirat tagt. Mitglieder sind die Stadt Rabenau.")
    }
    far = "Der Beirat tagt.\n\nDie Sitzungen sind öffentlich. Mitglieder sind die Stadt Rabenau."
    assert not [r for r in extracted(far) if r.predicate == "participatesIn"]


def test_units_know_their_item_and_the_item_above() -> None:
    text = "- Beirat\n  - Mitglieder u. a. A\n- Zweites. Satz zwei.\n\nText danach.\n"
    units = split_units(text)
    nested = next(u for u in units if "Mitglieder" in text[u.start : u.end])
    assert nested.parent == units[0].item >= 0
    second = [u for u in units if u.item == units[2].item]
    assert len(second) == 2 and second[0].parent == -1
    assert units[-1].item == -1  # running text after the list


def relation_triples(text: str) -> set[tuple[str, str, str]]:
    """(predicate, subject, object) by canonical names, over real mentions."""
    return {
        (r.predicate, r.subject.canonical or r.subject.text, r.object.canonical or r.object.text)
        for r in extracted(text)
    }


def unqualified_triples(text: str) -> set[tuple[str, str, str]]:
    """(predicate, subject, object) by canonical names without the town that qualifies them
    ("Bildungsbüro (Landkreis X)" -> "Bildungsbüro")."""
    return {(p, s.split(" (")[0], o.split(" (")[0]) for p, s, o in relation_triples(text)}


def extracted_about(text: str, topic_text: str) -> set[tuple[str, str, str]]:
    """Relations over real mentions when every passage is about the first `topic_text`."""
    mentions = extract_mentions(text)
    topic = next(m for m in mentions if m.text == topic_text)
    return {
        (r.subject.canonical or r.subject.text, r.predicate, r.object.canonical or r.object.text)
        for r in extract_relations(text, mentions, topic_of=lambda _offset: topic)
    }


def test_what_is_built_or_governed_by_a_preposition_is_no_cooperating_party() -> None:
    text = (
        "## Landkreis Talland\n\n"
        "AP 5: Mitarbeit in der Fachkräfteallianz Talland (Geschäftsstelle: Kreismedienzentrum "
        "Talland), Aufbau einer Jugendberufsagentur Talland gemeinsam mit Jobcenter Talland, "
        "Ausbau der Beratung in den Mittelzentren Rabenau und Kesselsdorf gemeinsam mit der "
        "Volkshochschule Talland; aktive Mitwirkung im Netzwerk Bildung Ost, Zusammenarbeit mit "
        "der Hochschule Rabenau\n"
    )
    found = extracted_about(text, "Landkreis Talland")
    cooperating = {(s, o) for s, p, o in found if p == "cooperatesWith"}
    # "gemeinsam mit" in a work package says how a measure is done: only the stated
    # "Zusammenarbeit mit" makes the unstated topic a partner
    assert cooperating == {("Landkreis Talland", "Hochschule Rabenau")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zielvereinbarung zwischen der Stadt Rabenau, vertreten durch den Bürgermeister "
            "Otto Kern, und der Hochschule Kesselsdorf.",
            ("cooperatesWith", "Stadt Rabenau", "Hochschule Kesselsdorf"),
        ),
        (
            "Zielvereinbarung zwischen der Stadt Rabenau, vertreten durch den Bürgermeister "
            "Otto Kern, und der Hochschule Kesselsdorf.",
            ("memberOf", "Otto Kern", "Stadt Rabenau"),
        ),
        (
            "Die Stadt Rabenau hat die Indikatoren mit Unterstützung der Hochschule Kesselsdorf "
            "entwickelt.",
            ("cooperatesWith", "Stadt Rabenau", "Hochschule Kesselsdorf"),
        ),
    ],
)
def test_agreements_representatives_and_support(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in relation_triples(text)


def test_a_municipality_does_not_cooperate_with_its_own_office() -> None:
    from ingest.context import CONTEXT
    from ingest.relations import without_own_units

    town = Mention("Stadt Rabenau", "Municipality", Span(0, 13, 1, 1), "test", "Stadt Rabenau")
    office = Mention("Einwohnermeldeamt", "AdministrativeUnit", Span(20, 37, 1, 1), "test")
    office.attributes[CONTEXT] = "Stadt Rabenau"
    partner = Mention("Hochschule Rabenau", "Organization", Span(40, 58, 1, 1), "test")
    again = Mention("Hochschule Rabenau", "Organization", Span(60, 78, 1, 1), "test")
    relations = [
        RelationRecord(town, "cooperatesWith", office, Span(0, 58, 1, 1), "test"),
        RelationRecord(town, "cooperatesWith", partner, Span(0, 58, 1, 1), "test"),
        RelationRecord(partner, "cooperatesWith", again, Span(0, 78, 1, 1), "test"),  # itself
    ]
    assert [r.object.text for r in without_own_units(relations)] == ["Hochschule Rabenau"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Frau Ina Wolf, Sachgebiet Kinderbetreuung im Fachbereich 3 – Bildung",
            ("subOrganizationOf", "Sachgebiet Kinderbetreuung", "Fachbereich 3 – Bildung"),
        ),
        (
            "Das Amt für Schule und Sport gehört zum Dezernat II – Bildung und Kultur.",
            ("subOrganizationOf", "Amt für Schule und Sport", "Dezernat II – Bildung und Kultur"),
        ),
        (
            "Die Hochschule Rabenau ist Partner und wird vom BMBF gefördert.",
            ("fundedBy", "Hochschule Rabenau", "BMBF"),
        ),
        (
            "Dr. Ole Brandt, Dezernent für Bildung, zugleich Sprecher des Netzwerks Bildung Ost",
            ("chairedBy", "Netzwerk Bildung Ost", "Dr. Ole Brandt"),
        ),
        (
            "- Das Netzwerk richtet die AG Fachkräfte ein; Leitung gemeinsam durch Frau Ina Wolf "
            "und Herrn Ole Brandt",
            ("chairedBy", "AG Fachkräfte", "Ina Wolf"),
        ),
        (
            "Die Koordinierungsstelle Übergang ist Teil des Bildungsbüros.",
            ("subOrganizationOf", "Koordinierungsstelle Übergang", "Bildungsbüro"),
        ),
        (
            "Vorberaten wird im Ausschuss für Schule und Sport des Kreistages, dessen Vorsitz "
            "die Kreistagsabgeordnete Ina Wolf innehat.",
            ("chairedBy", "Ausschuss für Schule und Sport", "Ina Wolf"),
        ),
        (
            "Vorberaten wird im Ausschuss für Schule und Sport des Kreistages.",
            ("subOrganizationOf", "Ausschuss für Schule und Sport", "Kreistag"),
        ),
        (
            "Dem Stadtrat und seinem Ausschuss für Bildung und Kultur wird berichtet.",
            ("subOrganizationOf", "Ausschuss für Bildung und Kultur", "Stadtrat"),
        ),
        (
            "im Ausschuss für Bildung und Kultur, einem der drei beschließenden Ausschüsse des "
            "Stadtrates",
            ("subOrganizationOf", "Ausschuss für Bildung und Kultur", "Stadtrat"),
        ),
    ],
)  # fmt: skip
def test_structure_funding_and_chairs_in_new_wordings(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in relation_triples(text)


def test_a_participle_clause_belongs_to_the_noun_before_it_not_to_the_topic() -> None:
    text = (
        "## Stadt Rabenau\n\n"
        "Im Rahmen des Programms „Lernende Region“, gefördert vom BMBF, entstand ein Bericht.\n"
    )
    found = extracted_about(text, "Stadt Rabenau")
    assert ("Stadt Rabenau", "fundedBy", "BMBF") not in found


def test_a_text_opening_with_blank_lines_splits_into_units() -> None:
    text = "\n\nZielvereinbarung\n\nDie Stadt Rabenau kooperiert mit der Hochschule Kesselsdorf.\n"
    assert [text[u.start : u.end] for u in split_units(text)][-1].startswith("Die Stadt")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Bildungsbeirat wird seit 2020 von Landrat Thomas Wendrich (Landkreis Rabenau) "
            "geleitet.",
            ("Bildungsbeirat", "chairedBy", "Thomas Wendrich"),
        ),
        (
            "Sprecherin des Netzwerks Frühe Bildung ist Marta Vollrath vom Caritasverband Rabenau.",
            ("Netzwerk Frühe Bildung", "chairedBy", "Marta Vollrath"),
        ),
        (
            "Sprecherin des Netzwerks Frühe Bildung ist Marta Vollrath vom Caritasverband Rabenau.",
            ("Marta Vollrath", "memberOf", "Caritasverband Rabenau"),
        ),
        (
            "Die Sitzung eröffnete Petra Hainbuch (Leiterin des Jugendamtes Rabenau) mit einem "
            "Rückblick.",
            ("Petra Hainbuch", "memberOf", "Jugendamt Rabenau"),
        ),
        (
            "Die Volkshochschule bringt das Lernzentrum Rabenau ein. Das Lernzentrum wird in "
            "Trägerschaft der Volkshochschule Tellau betrieben.",
            ("Lernzentrum Rabenau", "carriedBy", "Volkshochschule Tellau"),
        ),
        (
            "der Handwerkskammer Tellau (HWK Tellau),\n"
            "vertreten durch den Hauptgeschäftsführer, Herrn Dr. Jonas Wendrich\n",
            ("Jonas Wendrich", "memberOf", "Handwerkskammer Tellau"),
        ),
        (
            "Ansprechpartnerin ist die Leiterin des Jugendamtes Rabenau, Frau Karla Hainbuch.",
            ("Karla Hainbuch", "memberOf", "Jugendamt Rabenau"),
        ),
        (
            "Seit 2024 nimmt der Landkreis Rabenau am Förderprogramm „Bildung integriert“ teil.",
            ("Landkreis Rabenau", "participatesIn", "Bildung integriert"),
        ),
        (
            "Die Steuerungsgruppe Übergang begleitet die Umsetzung. Mitglieder sind die Agentur "
            "für Arbeit Tellau und das Jobcenter Rabenau.",
            ("Jobcenter Rabenau", "participatesIn", "Steuerungsgruppe Übergang"),
        ),
        (
            "Die Geschäftsführung des Lenkungskreises Bildung liegt weiterhin beim Bildungsbüro.",
            ("Bildungsbüro", "participatesIn", "Lenkungskreis Bildung"),
        ),
        (
            "Netzwerk Frühe Bildung (Koordination: Amt für Jugend und Familie)",
            ("Amt für Jugend und Familie", "participatesIn", "Netzwerk Frühe Bildung"),
        ),
        (
            "Das Netzwerk Frühe Bildung wird vom Jugendamt koordiniert. Im Netzwerk arbeiten die "
            "Kita-Träger, die Familienzentren und das Bildungsbüro zusammen.",
            ("Bildungsbüro", "participatesIn", "Netzwerk Frühe Bildung"),
        ),
        (
            "Innerhalb des Dezernats II ist das Amt für Schule und Bildung für die Aufgaben "
            "zuständig.",
            ("Amt für Schule und Bildung", "subOrganizationOf", "Dezernat II"),
        ),
        (
            "Das Kommunale Integrationszentrum Kreis Tellau ist als Stabsstelle unmittelbar dem "
            "Dezernat II unterstellt.",
            ("Kommunales Integrationszentrum Kreis Tellau", "subOrganizationOf", "Dezernat II"),
        ),
        (
            "Das Bildungsbüro ist seit dem 01.01.2024 im Fachbereich Schule und Bildung des "
            "Landkreises Rabenau angesiedelt.",
            ("Bildungsbüro", "subOrganizationOf", "Fachbereich Schule und Bildung"),
        ),
        (
            "Dem Amt für Schule und Bildung sind folgende Organisationseinheiten zugeordnet:\n\n"
            "  •  das Regionale Bildungsbüro (Sachgebiet 40.3),\n",
            ("Regionales Bildungsbüro", "subOrganizationOf", "Amt für Schule und Bildung"),
        ),
        (
            "In der Steuerungsgruppe Rabenau sind die Agentur für Arbeit Tellau, die "
            "Handwerkskammer der Pfalz und die Aufsichts- und Dienstleistungsdirektion (ADD) "
            "vertreten.",
            ("Handwerkskammer der Pfalz", "participatesIn", "Steuerungsgruppe Rabenau"),
        ),
        (
            "Es ist dem Fachbereich Bildung und Kultur (FB 3) zugeordnet, der wiederum zum "
            "Dezernat II gehört.",
            ("Fachbereich Bildung und Kultur", "subOrganizationOf", "Dezernat II"),
        ),
        (
            "Der Fachbereich Bildung und Kultur plant. Die Leitung des Fachbereichs hat Herr "
            "Holger Thiessen inne.",
            ("Holger Thiessen", "memberOf", "Fachbereich Bildung und Kultur"),
        ),
        (
            "Das Dezernat II plant. Das Dezernat wird von Stadträtin Dr. Maren Kettler geleitet.",
            ("Maren Kettler", "memberOf", "Dezernat II"),
        ),
        (
            "Das Netzwerk Frühe Bildung wurde unter Federführung des Bildungsbüros gegründet.",
            ("Bildungsbüro", "participatesIn", "Netzwerk Frühe Bildung"),
        ),
        (
            "Das Netzwerk Frühe Bildung wurde 2024 gegründet. Es tagt unter Vorsitz von Svenja "
            "Carsten.",
            ("Netzwerk Frühe Bildung", "chairedBy", "Svenja Carsten"),
        ),
        (
            "Das Projekt „Lesestark Rabenau“ richtet sich an Kinder. Es steht in Trägerschaft der "
            "Stadtbibliothek Rabenau und wird durch die Stiftung Lesen gefördert.",
            ("Lesestark Rabenau", "fundedBy", "Stiftung Lesen"),
        ),
        (
            "Sprecher des Netzwerks Übergang Schule–Beruf ist Mehmet Yıldız.",
            ("Netzwerk Übergang Schule–Beruf", "chairedBy", "Mehmet Yıldız"),
        ),
        (
            "Die Jugendberufsagentur Rabenau wird gemeinsam von der Agentur für Arbeit Tellau, "
            "dem Jobcenter Rabenau und dem Landkreis Rabenau getragen.",
            ("Jugendberufsagentur Rabenau", "carriedBy", "Jobcenter Rabenau"),
        ),
        (
            "Die Sachkosten der Arbeitsgruppe MINT für das Jahr 2025 übernimmt die Sparkasse "
            "Oberland.",
            ("Arbeitsgruppe MINT", "fundedBy", "Sparkasse Oberland"),
        ),
        (
            "Das Lernzentrum Rabenau wird gefördert aus Mitteln des Europäischen Sozialfonds Plus.",
            ("Lernzentrum Rabenau", "fundedBy", "Europäischer Sozialfonds Plus"),
        ),
        (
            "Das Gesundheitsamt des Landkreises Rabenau liefert Daten.",
            ("Gesundheitsamt", "subOrganizationOf", "Landkreis Rabenau"),
        ),
        (
            "Die Europa-Universität Tellau und das Bildungsbüro arbeiten bei der Auswertung eng "
            "zusammen.",
            ("Europa-Universität Tellau", "cooperatesWith", "Bildungsbüro"),
        ),
        (
            "Das Bildungsbüro ist darüber hinaus Mitglied im Kriminalpräventiven Rat der Stadt "
            "Rabenau.",
            ("Bildungsbüro", "participatesIn", "Kriminalpräventiver Rat der Stadt Rabenau"),
        ),
        (
            "Das Bildungsbüro ist im Fachbereich 3 angesiedelt. Es wird im Programm "
            "„Bildungskommunen“ aus Mitteln des Europäischen Sozialfonds Plus gefördert.",
            ("Bildungsbüro", "participatesIn", "Bildungskommunen"),
        ),
        (
            "Die Stadt Tellau und die Hansestadt Rabenau haben im April einen Lernverbund "
            "gegründet.",
            ("Stadt Tellau", "cooperatesWith", "Hansestadt Rabenau"),
        ),
        (
            "Bei der Umsetzung arbeitet das Bildungsbüro eng mit der Transferagentur Kommunales "
            "Bildungsmanagement Bayern (TA Bayern) zusammen.",
            (
                "Bildungsbüro",
                "cooperatesWith",
                "Transferagentur Kommunales Bildungsmanagement Bayern",
            ),
        ),
        (
            "Die Stadt Tellau kooperiert in dieser Frage zudem mit der Hansestadt "
            "Ribnitz-Damgarten.",
            ("Stadt Tellau", "cooperatesWith", "Hansestadt Ribnitz-Damgarten"),
        ),
        (
            "Mitglieder sind:\n• Landkreis Rabenau (Bildungsbüro, Jugendamt)\n",
            ("Jugendamt", "carriedBy", "Landkreis Rabenau"),
        ),
    ],
)
def test_report_and_minutes_wordings(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in named_triples(text)


def test_list_items_take_their_subject_from_the_item_or_title_above() -> None:
    text = (
        "Förderprogramm „Bildung integriert“\n"
        "•  Bundesprogramm, gefördert durch das Bundesministerium für Bildung und Forschung\n\n"
        "Angebote\n"
        "•  Sprach- und Lernpaten (Ehrenamt)\n"
        "   –  gefördert durch die Bürgerstiftung Rabenau\n"
    )
    mentions = extract_mentions(text)
    town = Mention("Landkreis Rabenau", "Municipality", mentions[0].span, "test")
    found = {
        (r.subject.canonical or r.subject.text, r.predicate, r.object.canonical or r.object.text)
        for r in extract_relations(text, mentions, topic_of=lambda _offset: town)
    }
    assert (
        "Bildung integriert",
        "fundedBy",
        "Bundesministerium für Bildung und Forschung",
    ) in found
    assert not [t for t in found if t[0] == "Landkreis Rabenau"]  # the Lernpaten are funded


def test_office_holders_and_unit_heads_in_a_municipalitys_report() -> None:
    text = (
        "Zuständige Dezernentin ist Kreisrätin Dr. Anja Lindner. Das Regionale Bildungsbüro "
        "wird von Dr. Miriam Hollweg geleitet. Das Amt für Schule und Bildung (Amt 40) unter "
        "Leitung von Claudia Terbach koordiniert die Angebote."
    )
    mentions = extract_mentions(text)
    county = Mention("Landkreis Rabenau", "Municipality", mentions[0].span, "test")
    found = {
        (
            strip_title(r.subject.canonical or r.subject.text),
            r.predicate,
            r.object.canonical or r.object.text,
        )
        for r in extract_relations(text, mentions, topic_of=lambda _offset: county)
    }
    assert ("Anja Lindner", "memberOf", "Landkreis Rabenau") in found
    assert ("Miriam Hollweg", "memberOf", "Regionales Bildungsbüro") in found
    assert ("Claudia Terbach", "memberOf", "Amt für Schule und Bildung") in found


def test_member_list_under_a_heading_naming_the_body_by_its_short_form() -> None:
    text = (
        "Das Netzwerk Berufsorientierung Rabenau verbindet Schulen und Kammern.\n"
        "Mitglieder des Netzwerks\n"
        "Mitglieder sind:\n"
        "• Jobcenter Rabenau und Jobcenter Tellau\n"
        "• Berufsbildende Schule Landkreis Rabenau\n"
    )
    found = named_triples(text)
    body = "Netzwerk Berufsorientierung Rabenau"
    assert ("Jobcenter Rabenau", "participatesIn", body) in found
    assert ("Jobcenter Tellau", "participatesIn", body) in found
    assert ("Landkreis Rabenau", "participatesIn", body) not in found  # the school's seat


def test_a_pronoun_of_another_gender_refers_to_nothing() -> None:
    text = "Der Bildungsbeirat Rabenau berät. Es tagt unter Vorsitz von Svenja Carsten."
    assert not [r for r in extracted(text) if r.predicate == "chairedBy"]


def test_a_unit_is_part_of_a_higher_unit_only() -> None:
    found = named_triples("Beteiligt sind das Stadtplanungsamt (Abteilung Stadtentwicklung) und "
                          "das Sozialamt (Dezernat V).")  # fmt: skip
    assert ("Sozialamt", "subOrganizationOf", "Dezernat V") in found
    assert not [t for t in found if t[0] == "Stadtplanungsamt"]


def test_a_short_form_in_parentheses_and_persons_are_no_subjects_of_such_cues() -> None:
    found = named_triples(
        "Die Koordinierungsstelle (KoKo KAoA) wird von Frank Rüschau geleitet. "
        "Christoph Lamm arbeitet eng mit der IHK Tellau zusammen."
    )
    assert not [t for t in found if t[1] in ("chairedBy", "cooperatesWith")]
    assert ("Frank Rüschau", "memberOf", "Koordinierungsstelle") in found


def test_a_member_list_standing_alone_belongs_to_the_body_its_paragraph_is_about() -> None:
    text = (
        "Die Bildungskonferenz ist das zentrale Gremium. Sie tagt zweimal jährlich. Ihre "
        "Empfehlungen werden dem Stadtrat vorgelegt.\n\n"
        "Mitglieder sind:\n"
        "  a) die Agentur für Arbeit Tellau,\n"
        "  b) die Arbeitskammer des Saarlandes.\n"
    )
    found = named_triples(text)
    assert ("Agentur für Arbeit Tellau", "participatesIn", "Bildungskonferenz") in found
    assert ("Arbeitskammer des Saarlandes", "participatesIn", "Bildungskonferenz") in found
    assert not [t for t in found if t[2] == "Stadtrat"]


def test_a_team_named_after_its_office_and_who_leads_it() -> None:
    found = named_triples(
        "Das Bildungsbüro der Stadt Tellau wurde 2023 eingerichtet. Es wird geleitet von Frau "
        "Mirela Kovacs. Zum Team gehören Herr Florian Stadler (Bildungsmonitoring), Frau Chiara "
        "Esposito (Bildungskoordination für Neuzugewanderte) und Herr Yusuf Arslan (Übergänge)."
    )
    team = {t[0] for t in found if t[1] == "memberOf"}
    assert team == {"Mirela Kovacs", "Florian Stadler", "Chiara Esposito", "Yusuf Arslan"}


def test_a_clause_after_und_keeps_the_sentence_subject() -> None:
    found = named_triples(
        "Die Volkshochschule Tellau ist Mitglied im Netzwerk Grundbildung und arbeitet eng mit "
        "dem Jobcenter Tellau zusammen."
    )
    assert ("Volkshochschule Tellau", "participatesIn", "Netzwerk Grundbildung") in found
    assert ("Volkshochschule Tellau", "cooperatesWith", "Jobcenter Tellau") in found
    assert not [t for t in found if t[0] == "Netzwerk Grundbildung"]


def test_relative_clauses_state_funding_carrying_and_location() -> None:
    found = named_triples(
        "Die Stelle wird im Programm „Bildungsregionen“ gefördert, das vom Bundesministerium "
        "für Bildung und Forschung finanziert wird. Das Familienzentrum Tellau, das vom "
        "Deutschen Roten Kreuz getragen wird, öffnet im Mai. Das Bildungsbüro Tellau, das im "
        "Amt für Schule und Sport angesiedelt ist, koordiniert die Arbeit."
    )
    ministry = "Bundesministerium für Bildung und Forschung"
    assert ("Bildungsregionen", "fundedBy", ministry) in found
    assert ("Familienzentrum Tellau", "carriedBy", "Deutsches Rotes Kreuz") in found
    assert {t[2] for t in found if t[0] == "Bildungsbüro Tellau"} == {"Amt für Schule und Sport"}


def test_a_carrier_named_in_an_agent_phrase_is_not_what_is_funded() -> None:
    found = named_triples(
        "Die Lernwerkstatt wird vom Bund Naturschutz in Tellau e.V. getragen und aus Mitteln "
        "der Stiftung Lernen Tellau gefördert."
    )
    assert not [t for t in found if t[0] == "Bund Naturschutz in Tellau e.V."]


def test_cooperation_stated_with_the_verb_at_the_end() -> None:
    found = named_triples(
        "Berichtet wird, dass das Jugendamt Tellau eng mit der Volkshochschule Rabenau "
        "zusammenarbeitet."
    )
    assert ("Jugendamt Tellau", "cooperatesWith", "Volkshochschule Rabenau") in found


def test_who_runs_the_office_of_the_body_the_paragraph_is_about() -> None:
    found = named_triples(
        "Der Arbeitskreis Jugendberufshilfe tagt monatlich. Die Geschäftsführung übernimmt "
        "das Jugendamt Tellau."
    )
    assert ("Jugendamt Tellau", "participatesIn", "Arbeitskreis Jugendberufshilfe") in found


def test_a_post_in_a_unit_after_the_name() -> None:
    found = named_triples(
        "Frau Svenja Reinert, Referentin für Schulentwicklung im Fachbereich 4, stellt vor."
    )
    assert ("Svenja Reinert", "memberOf", "Fachbereich 4") in found


def test_we_and_our_team_are_the_publisher_and_a_kind_refers_to_its_compound(
    tmp_path: Path,
) -> None:
    relations = document_relations(
        tmp_path,
        "# Newsletter der Transferagentur Tellau-Saale\n\n"
        "Wir sind Teil der bundesweiten „Transferinitiative Kommunales Bildungsmanagement“ und "
        "werden vom Bundesministerium für Bildung und Forschung gefördert. Träger der Agentur "
        "ist die Gesellschaft für Bildungsentwicklung Tellau gGmbH. Seit Mai verstärkt "
        "Benedikt Szymański unser Team als Referent.\n",
        "Transferagentur Tellau-Saale",
    )
    found = {
        (r.subject.canonical or r.subject.text, r.predicate, r.object.canonical or r.object.text)
        for r in relations
    }
    agency = "Transferagentur Tellau-Saale"
    assert (agency, "fundedBy", "Bundesministerium für Bildung und Forschung") in found
    assert (agency, "participatesIn", "Transferinitiative Kommunales Bildungsmanagement") in found
    assert (agency, "carriedBy", "Gesellschaft für Bildungsentwicklung Tellau gGmbH") in found
    assert ("Benedikt Szymański", "memberOf", agency) in found
    assert not [t for t in found if t[0].startswith("Transferinitiative")]


def test_member_list_belongs_to_the_body_the_paragraph_names_most() -> None:
    text = (
        "Die bisherige „AG Berufswahl“ wird in eine Arbeitsgruppe Übergang Schule–Beruf "
        "überführt. Die Arbeitsgruppe tagt unter Vorsitz von Frau Thode; die Geschäftsführung "
        "übernimmt das Bildungsbüro.\n\n"
        "Mitglieder sind:\n\n"
        "- die Agentur für Arbeit Tellau,\n"
        "- das Jobcenter Tellau.\n"
    )
    found = named_triples(text)
    group = "Arbeitsgruppe Übergang Schule–Beruf"
    assert ("Agentur für Arbeit Tellau", "participatesIn", group) in found
    assert ("Jobcenter Tellau", "participatesIn", group) in found
    assert ("Bildungsbüro", "participatesIn", group) in found
    assert not [t for t in found if t[2] == "AG Berufswahl"]


def test_an_office_without_its_holder_is_the_person_the_document_names_in_it(
    tmp_path: Path,
) -> None:
    relations = document_relations(
        tmp_path,
        "Antragsteller: Landkreis Tellau, vertreten durch den Landrat Volker Aßmann\n\n"
        "- Gründung einer Steuerungsgruppe Bildung unter Vorsitz des Landrates\n",
        "Landkreis Tellau",
        "antrag.txt",
    )
    chairs = {r.object.canonical for r in relations if r.predicate == "chairedBy"}
    assert chairs == {"Volker Aßmann"}


def test_chairs_named_after_an_office_or_for_the_body_of_the_paragraph() -> None:
    found = named_triples(
        "Der Bildungsbeirat Tellau tagt zweimal jährlich. Den Vorsitz führt Prof. Dr. Till "
        "Marschner.\n\nDie Regionale Fachkräfteallianz Rabenau wurde 2020 gegründet. Den Vorsitz "
        "der Allianz hat der Landrat des Landkreises Rabenau, Gerd Pöhlmann, inne."
    )
    assert ("Bildungsbeirat Tellau", "chairedBy", "Prof. Dr. Till Marschner") in found
    assert ("Regionale Fachkräfteallianz Rabenau", "chairedBy", "Gerd Pöhlmann") in found


def test_an_agency_accompanying_a_district_cooperates_with_it() -> None:
    found = named_triples(
        "Bei der Umsetzung wird der Landkreis Tellau von der Transferagentur Nord-Ost (TANO) "
        "begleitet. Die Transferagentur Nord-Ost berät seit 2023 die Stadt Rabenau."
    )
    assert ("Landkreis Tellau", "cooperatesWith", "Transferagentur Nord-Ost") in found
    assert ("Transferagentur Nord-Ost", "cooperatesWith", "Stadt Rabenau") in found


def test_partner_lists_on_slides_are_partners_of_the_publisher(tmp_path: Path) -> None:
    relations = document_relations(
        tmp_path,
        "Die Transferagentur Tellau stellt sich vor\n\n"
        "• Datenpartner: Statistisches Landesamt Tellau, seit 2023\n\n"
        "Unsere Partnerkommunen (Zielvereinbarungen):\n\n"
        "• Landkreis Rabenau – seit 10/2022\n"
        "• Stadt Auenfels – seit 05/2023\n",
        "Transferagentur Tellau",
        "folien.txt",
    )
    partners = {
        (r.object if r.subject.canonical == "Transferagentur Tellau" else r.subject).canonical
        for r in relations
        if r.predicate == "cooperatesWith"
    }
    assert partners == {"Statistisches Landesamt Tellau", "Landkreis Rabenau", "Stadt Auenfels"}


def test_municipalities_with_a_target_agreement_are_partners_of_the_agency(
    tmp_path: Path,
) -> None:
    relations = document_relations(
        tmp_path,
        "Die Transferagentur Tellau stellt sich vor\n\n"
        "• alle Angebote sind für Kommunen kostenfrei  \n"
        " Zusammenarbeit auf Grundlage einer Zielvereinbarung (Stand 09/2024): \n\n"
        "• Hessen: Stadt Rabenau (seit 11/2022), Landkreis Auenfels (seit 03/2023), \n\n"
        "Landkreis Wendholm (seit 02/2024) \n\n"
        "• Thüringen: Stadt Eichwerder (seit 05/2023)\n\n"
        "Weitere Partner: \n\n"
        "• Statistisches Landesamt Tellau\n",
        "Transferagentur Tellau",
        "folien.txt",
    )
    partners = {
        (r.object if r.subject.canonical == "Transferagentur Tellau" else r.subject).canonical
        for r in relations
        if r.predicate == "cooperatesWith"
    }
    assert partners == {
        "Stadt Rabenau",
        "Landkreis Auenfels",
        "Landkreis Wendholm",
        "Stadt Eichwerder",
        "Statistisches Landesamt Tellau",
    }
    assert all(r.role is None for r in relations if r.predicate == "cooperatesWith")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Fortführung des Arbeitskreises Übergang Kita-Grundschule, in dem das Jugendamt "
         "Tellau und das Staatliche Schulamt Rabenau mitwirken.",
         ("Jugendamt Tellau", "participatesIn", "Arbeitskreis Übergang Kita-Grundschule")),
        ("Dem Lenkungskreis Bildung gehören neben Bürgermeister Ochs die Leitungen des Amtes "
         "für Schule und Bildung und des Jugendamtes an.",
         ("Amt für Schule und Bildung", "participatesIn", "Lenkungskreis Bildung")),
        ("Gründung einer Steuerungsgruppe Bildung; Mitglieder sind die Leitungen von Jugendamt "
         "und Schulverwaltungsamt sowie das Staatliche Schulamt Rabenau.",
         ("Schulverwaltungsamt", "participatesIn", "Steuerungsgruppe Bildung")),
        ("Die Volkshochschule Tellau ist ein Eigenbetrieb der Stadt Tellau.",
         ("Volkshochschule Tellau", "carriedBy", "Stadt Tellau")),
        ("Die Kreisvolkshochschule Tellau, deren Träger der Landkreis Tellau ist, lädt ein.",
         ("Kreisvolkshochschule Tellau", "carriedBy", "Landkreis Tellau")),
        ("Kurse gemeinsam mit der Kreisvolkshochschule Rabenau (KVHS), deren Träger der Landkreis "
         "Rabenau ist, und dem Grundbildungszentrum Tellau.",
         ("Kreisvolkshochschule Rabenau", "carriedBy", "Landkreis Rabenau")),
        ("Die Hallersche Bildungsstiftung fördert seit 2022 das Projekt „Lernhäuser im Quartier“.",
         ("Lernhäuser im Quartier", "fundedBy", "Hallersche Bildungsstiftung")),
        ("Der Landkreis Tellau hat von 2016 bis 2020 am Vorgängerprogramm „Bildung integriert“ "
         "teilgenommen.",
         ("Landkreis Tellau", "participatesIn", "Bildung integriert")),
        ("Kurse im Alpha-Netzwerk Tellau, das von der Kreisvolkshochschule Tellau koordiniert "
         "wird.",
         ("Kreisvolkshochschule Tellau", "participatesIn", "Alpha-Netzwerk Tellau")),
        ("Leitung des Netzwerks Migration und Bildung durch das Bildungsbüro.",
         ("Bildungsbüro", "participatesIn", "Netzwerk Migration und Bildung")),
        ("Die Methodik entsteht in der AG Bildungsmonitoring, in der die Stadt Tellau und der "
         "Landkreis Rabenau ihre Kennzahlen aufeinander abstimmen.",
         ("Landkreis Rabenau", "participatesIn", "AG Bildungsmonitoring")),
        ("Am Programm „Bildungskommunen“ beteiligen sich aus unserer Region der Landkreis "
         "Rabenau und die Stadt Tellau.",
         ("Stadt Tellau", "participatesIn", "Bildungskommunen")),
        ("Für die Fachkräftesicherung haben sich der Landkreis, die IHK Tellau und die "
         "Agentur für Arbeit Rabenau 2019 zur Fachkräfteallianz Tellau zusammengeschlossen.",
         ("Agentur für Arbeit Rabenau", "participatesIn", "Fachkräfteallianz Tellau")),
        ("Die Stadt Tellau und der Landkreis Rabenau haben sich 2021 zum Netzwerk Ausbildung "
         "Tellau zusammengeschlossen.",
         ("Landkreis Rabenau", "participatesIn", "Netzwerk Ausbildung Tellau")),
        ("Die Stadt Rabenau ist im Februar dem Netzwerk Sprachbildung Tellau beigetreten.",
         ("Stadt Rabenau", "participatesIn", "Netzwerk Sprachbildung Tellau")),
        ("Der Runde Tisch Neuzugewanderte, den das Jugendamt Tellau gemeinsam mit dem Schulamt "
         "Rabenau leitet, tagt viermal im Jahr.",
         ("Schulamt Rabenau", "participatesIn", "Runder Tisch Neuzugewanderte")),
        ("Der Lenkungskreis richtet eine Arbeitsgruppe Ganztag ein. Die Leitung übernimmt "
         "Schulrat Bergkemper. Mitarbeiten sollen das Kreisjugendamt Tellau und das "
         "Bildungsbüro Tellau.",
         ("Kreisjugendamt Tellau", "participatesIn", "Arbeitsgruppe Ganztag")),
    ],
)  # fmt: skip
def test_membership_carrying_and_funding_in_relative_and_verb_final_clauses(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in named_triples(sentence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Den Vorsitz der Allianz hat der Landrat des LK Rabenau, Gerd Pöhlmann, inne.",
         ("Gerd Pöhlmann", "memberOf", "Landkreis Rabenau")),
        ("Jörg Reinsberg\nOberbürgermeister der Stadt Tellau",
         ("Jörg Reinsberg", "memberOf", "Stadt Tellau")),
    ],
)  # fmt: skip
def test_the_head_of_a_named_municipality_belongs_to_it(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in named_triples(text)


def test_a_dative_pronoun_and_a_copula_name_the_body_its_members_belong_to() -> None:
    found = named_triples(
        "Das zentrale Diskursgremium ist der Bildungsbeirat Tellau.\nDen Vorsitz führt die "
        "Landrätin. Ihm gehören die Leitungen des\nStaatlichen Schulamts Rabenau, der Agentur\n"
        "für Arbeit Tellau und des Kommunalen Jobcenters Tellau an."
    )
    members = (
        "Staatliches Schulamt Rabenau",
        "Agentur für Arbeit Tellau",
        "Kommunales Jobcenter Tellau",
    )
    for member in members:
        assert (member, "participatesIn", "Bildungsbeirat Tellau") in found
    assert ("Bildungsbeirat Tellau", "chairedBy", "Landrätin") in found


def test_members_taking_part_in_the_body_of_the_paragraph() -> None:
    found = named_triples(
        "Die AG Sprache und Integration tagt monatlich. Das Diakonische Werk Tellau "
        "(Migrationsberatung) und die Stadtbibliothek Tellau wirken mit."
    )
    assert ("Diakonisches Werk Tellau", "participatesIn", "AG Sprache und Integration") in found
    assert ("Stadtbibliothek Tellau", "participatesIn", "AG Sprache und Integration") in found


def test_pilot_municipalities_listed_on_slides_take_part_in_the_documents_programme() -> None:
    text = (
        "Das Programm „Lernwandel Tellau“ startet. „Lernwandel Tellau“ fördert Kommunen. Mehr "
        "zu „Lernwandel Tellau“.\n\nErste Förderrunde (2023–2025): sechs Pilotkommunen\n\n"
        "• Landkreis Rabenau\n\n• Stadt Tellau\n"
    )
    found = named_triples(text)
    assert ("Landkreis Rabenau", "participatesIn", "Lernwandel Tellau") in found
    assert ("Stadt Tellau", "participatesIn", "Lernwandel Tellau") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Beirat Tellau hat getagt. In ihm sind seit 2023 auch die Stadt Rabenau und das "
         "Jobcenter Tellau als Mitglieder vertreten.",
         ("Jobcenter Tellau", "participatesIn", "Beirat Tellau")),
        ("Das Bildungsbüro Tellau erhält seit 2024 Fördermittel vom Bundesministerium für "
         "Bildung und Forschung.",
         ("Bildungsbüro Tellau", "fundedBy", "Bundesministerium für Bildung und Forschung")),
    ],
)  # fmt: skip
def test_membership_and_funding_stated_in_free_word_order(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in named_triples(text)


def test_no_member_of_a_body_being_founded_or_an_agent_of_its_lead() -> None:
    found = named_triples(
        "Für die Überarbeitung wurde eine ressortübergreifende Arbeitsgruppe gebildet, die "
        "Mitglieder aus dem Kulturamt und der Volkshochschule Tellau hat. Die AG Lesen wird vom "
        "Jugendamt Tellau geleitet; Mitglied ist die Stadtbibliothek Tellau."
    )
    assert not [t for t in found if t[2].startswith("Ressortübergreifende")]
    assert ("Stadtbibliothek Tellau", "participatesIn", "AG Lesen") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Staatliche Schulamt Tellau, das von Schulamtsleiterin Dr. Gabriele Stötzner "
         "geleitet wird, ist beteiligt.",
         ("Gabriele Stötzner", "memberOf", "Staatliches Schulamt Tellau")),
        ("Das Dezernat III – Jugend, Bildung und Soziales, das der Beigeordnete Ralf Möbius "
         "leitet, koordiniert.",
         ("Ralf Möbius", "memberOf", "Dezernat III – Jugend, Bildung und Soziales")),
        ("Der Lenkungskreis Bildung tagt quartalsweise. Geleitet wird er von Bürgermeister "
         "Frieder Kächele.",
         ("Lenkungskreis Bildung", "chairedBy", "Frieder Kächele")),
        ("Das Bildungsbüro Tellau wurde 2020 gegründet. Geleitet wird es von Katharina Wiese.",
         ("Katharina Wiese", "memberOf", "Bildungsbüro Tellau")),
        ("Die AG Teilhabe tagt monatlich. Die Leitung übernimmt Dr. Frauke Nissen.",
         ("AG Teilhabe", "chairedBy", "Dr. Frauke Nissen")),
    ],
)  # fmt: skip
def test_who_leads_stated_in_relative_clauses_and_fronted_participles(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in named_triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dem Dezernat III – Jugend, Bildung und Soziales, das der Beigeordnete Ralf Mobius "
         "leitet, sind das Jugendamt und das Sozialamt zugeordnet.",
         ("Sozialamt", "subOrganizationOf", "Dezernat III – Jugend, Bildung und Soziales")),
        ("Dem Dezernat II – Bildung, Jugend und Soziales gehören das Amt für Bildung, Schulen "
         "und Sport (Amt 40) und das Amt für Familie, Jugend und Senioren (Amt 50) an.",
         ("Amt für Familie, Jugend und Senioren", "subOrganizationOf",
          "Dezernat II – Bildung, Jugend und Soziales")),
        ("Schwerpunkt war die Jugendberufsagentur Tellau. Sie wird von der Agentur für Arbeit "
         "Rabenau, dem Jobcenter Tellau und dem Kreis gemeinsam getragen.",
         ("Jugendberufsagentur Tellau", "carriedBy", "Jobcenter Tellau")),
    ],
)  # fmt: skip
def test_units_assigned_to_a_department_and_carriers_named_before_more_words(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in named_triples(text)


def test_posts_of_an_office_funded_from_a_source_fund_the_office() -> None:
    found = named_triples(
        "Aus Mitteln des Bundesministeriums für Bildung und Forschung werden zwei der drei "
        "Stellen des Bildungsbüros Tellau finanziert."
    )
    ministry = "Bundesministerium für Bildung und Forschung"
    assert ("Bildungsbüro Tellau", "fundedBy", ministry) in found


def test_a_section_headed_by_a_body_lends_it_to_its_paragraph_and_leaders_offices_take_part() -> (
    None
):
    text = (
        "### 3.2 AG Übergang Schule–Beruf\n\n"
        "Leitung: Olga Wiebe (Agentur für Arbeit Tellau). Mitglieder sind das Jobcenter Tellau "
        "und die Handwerkskammer Rabenau.\n"
    )
    found = named_triples(text)
    group = "AG Übergang Schule–Beruf"
    assert (group, "chairedBy", "Olga Wiebe") in found
    assert ("Agentur für Arbeit Tellau", "participatesIn", group) in found
    assert ("Handwerkskammer Rabenau", "participatesIn", group) in found
    assert not [t for t in found if t[1] == "chairedBy" and t[2].startswith("Agentur")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Berufsbildenden Schulen Tellau stehen in Trägerschaft des Landkreises Rabenau.",
         ("Berufsbildende Schulen Tellau", "carriedBy", "Landkreis Rabenau")),
        ("Dem Ausschuss gehört die Geschäftsführung der Agentur für Arbeit Tellau, Petra Marx, an.",
         ("Petra Marx", "memberOf", "Agentur für Arbeit Tellau")),
    ],
)  # fmt: skip
def test_carriers_of_schools_and_a_post_named_before_its_holder(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in named_triples(text)


def test_the_own_municipality_written_bare_carries_its_enterprise(tmp_path: Path) -> None:
    relations = document_relations(
        tmp_path,
        "Die Stadt Tellau lädt ein.\n\n"
        "Die Stadtbibliothek Tellau ist ein Eigenbetrieb der Stadt.\n",
        "Stadt Tellau, Bildungsbüro",
    )
    carried = {
        (r.subject.canonical, r.object.canonical) for r in relations if r.predicate == "carriedBy"
    }
    assert ("Stadtbibliothek Tellau", "Stadt Tellau") in carried


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Stadt Tellau wird von der Transferagentur Süd-West (TA Süd-West) begleitet, mit der "
         "die Stadt Tellau im März 2023 eine Zielvereinbarung abschloss.",
         ("Stadt Tellau", "cooperatesWith", "Transferagentur Süd-West")),
        ("Mit dem Jobcenter Rabenau hat der Kreis Tellau im August eine Vereinbarung über "
         "Schuldaten geschlossen.",
         ("Kreis Tellau", "cooperatesWith", "Jobcenter Rabenau")),
    ],
)  # fmt: skip
def test_agreements_in_relative_clauses_and_fronted_partners(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in named_triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Steuerungsgruppe Bildung tagt unter Vorsitz des Ersten Kreisbeigeordneten Matthias "
         "Delventhal.",
         ("Steuerungsgruppe Bildung", "chairedBy", "Matthias Delventhal")),
        ("Berichtet hat Herr Thore Paulsen, der die AG Übergang Schule–Beruf des Bildungsbeirats "
         "leitet.",
         ("AG Übergang Schule–Beruf", "chairedBy", "Thore Paulsen")),
        ("Ihr Gremium ist die Steuergruppe der Bildungsregion, an deren Spitze "
         "Oberbürgermeisterin Dr. Cornelia Hägele steht.",
         ("Steuergruppe der Bildungsregion", "chairedBy", "Dr. Cornelia Hägele")),
        ("Die Steuerungsrunde Bildung ist das Gremium der Verwaltung. Unter dem Vorsitz von "
         "Herrn Ralf Mobius kommen dort die Leitungen zusammen.",
         ("Steuerungsrunde Bildung", "chairedBy", "Ralf Mobius")),
    ],
)  # fmt: skip
def test_chairs_named_in_further_word_orders(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in named_triples(text)


def test_the_citys_own_report_says_die_stadt_for_the_city_however_the_imprint_titles_it(
    tmp_path: Path,
) -> None:
    relations = document_relations(
        tmp_path,
        "# Bildung in der Kreisstadt Rabenau\n\n"
        "2.3 Partner und Netzwerke\n"
        "Begleitet wird der Aufbau von der Transferagentur Nord-Ost für Kommunales "
        "Bildungsmanagement, mit der die Stadt im März 2023 eine Zielvereinbarung "
        "unterzeichnet hat.\n\n"
        "Eng arbeitet die Stadt außerdem mit dem Landkreis Tellau zusammen.\n",
        "Große Kreisstadt Rabenau, Amt für Bildung",
    )
    found = {
        (r.subject.canonical or r.subject.text, r.predicate, r.object.canonical or r.object.text)
        for r in relations
    }
    city = "Kreisstadt Rabenau"
    assert (
        city,
        "cooperatesWith",
        "Transferagentur Nord-Ost für Kommunales Bildungsmanagement",
    ) in found
    assert (city, "cooperatesWith", "Landkreis Tellau") in found
    assert not [
        t for t in found if "Begleitet" in t[0] or "Begleitet" in t[2]
    ]  # heading stays apart


def test_a_bare_kind_used_before_a_longer_name_of_that_kind_keeps_its_own_entity() -> None:
    text = (
        "Das Bildungsbüro der Stadt hat vier Stellen. Zugleich nimmt das Bildungsbüro die "
        "Aufgaben des Regionalen Bildungsbüros wahr. Das Bildungsbüro arbeitet eng mit der "
        "IHK Tellau zusammen."
    )
    found = named_triples(text)
    assert ("Bildungsbüro", "cooperatesWith", "IHK Tellau") in found
    assert not [t for t in found if t[0] == "Regionales Bildungsbüro"]


@pytest.mark.parametrize(
    ("text", "body", "chairs"),
    [
        ("Vorhaben werden im Lenkungskreis Bildung abgestimmt, den Referent Ole Kamp leitet.",
         "Lenkungskreis Bildung", {"Ole Kamp"}),
        ("Im Beirat arbeitet der Arbeitskreis Übergang Schule – Beruf; den Vorsitz teilen sich "
         "Gesa Moor aus dem Bildungsbüro und Ilka Rabe, Teamleiterin der Agentur für Arbeit.",
         "Arbeitskreis Übergang Schule – Beruf", {"Gesa Moor", "Ilka Rabe"}),
        ("Der Arbeitskreis Schule–Wirtschaft wird gemeinsam von Frau Gesa Moor und Herrn Ole Kamp "
         "geleitet.", "Arbeitskreis Schule–Wirtschaft", {"Gesa Moor", "Ole Kamp"}),
        ("Das Amt gehört zum Dezernat II, das Frau Dr. Ilka Rabe leitet. Die Steuerungsgruppe "
         "Bildung tagt seit 2019 unter ihrer Leitung.", "Steuerungsgruppe Bildung", {"Ilka Rabe"}),
    ],
)  # fmt: skip
def test_chairs_in_relative_shared_and_possessive_wordings(
    text: str, body: str, chairs: set[str]
) -> None:
    found = named_triples(text)
    named = {strip_title(o) for s, p, o in found if p == "chairedBy" and s.startswith(body)}
    assert named == chairs


def test_a_unit_led_by_a_post_with_its_remit_has_that_person_as_member() -> None:
    found = named_triples(
        "Das Amt gehört zum Dezernat II, das von der Senatorin für Bildung, Jugend und Soziales, "
        "Frau Dr. Ilka Rabe, geleitet wird."
    )
    assert ("Ilka Rabe", "memberOf", "Dezernat II") in found


def test_leaders_who_come_together_in_the_paragraphs_body_take_part_in_it() -> None:
    found = named_triples(
        "Den strategischen Rahmen setzt der Bildungsbeirat Tellau. Dort kommen die Leitungen des "
        "Staatlichen Schulamts in der Stadt Tellau, der Agentur für Arbeit Tellau und der "
        "Volkshochschule Tellau e. V. zusammen. Auch der Stadtjugendring ist mit einer Stimme "
        "vertreten."
    )
    members = {s for s, p, o in found if p == "participatesIn" and o == "Bildungsbeirat Tellau"}
    assert members == {
        "Staatliches Schulamt in der Stadt Tellau",
        "Agentur für Arbeit Tellau",
        "Volkshochschule Tellau e.V.",
        "Stadtjugendring",
    }


def test_es_after_a_semicolon_refers_to_the_last_clauses_subject() -> None:
    found = named_triples(
        "Zum Referat für Bildung und Sport gehört das Amt für Schulen; dort ist das Bildungsbüro "
        "als Sachgebiet verankert. Geleitet wird es von Gesa Moor."
    )
    assert ("Gesa Moor", "memberOf", "Bildungsbüro") in found
    assert ("Amt für Schulen", "subOrganizationOf", "Referat für Bildung und Sport") in found
    assert not [t for t in found if t[0] == "Gesa Moor" and t[2].startswith("Referat")]


SLIDES = (
    " Transferagentur Tellau für Kommunales Bildungsmanagement\n\n"
    "• Förderung der Transferagenturen durch das Bundesministerium für\n\n"
    "Bildung und Forschung und aus Mitteln des Europäischen\n\n"
    "Sozialfonds Plus (ESF Plus)\n"
    " Wer wir sind:\n\n"
    "• Träger: Verein für Bildungsentwicklung Tellau e. V.\n\n"
    "• Kooperationsvereinbarungen mit dem Ministerium für Bildung, Jugend\n\n"
    "und Sport des Landes Tellau und dem Ministerium für Kultus Rabenau\n\n"
    "Wir arbeiten u. a. zusammen mit:\n\n"
    "• Landkreis Rabenau – Zielvereinbarung seit 03/2023\n\n"
    "• Hansestadt Tellau – Beratung zum Bildungsmonitoring\n"
    " Förderprogramm „Bildungskommunen“\n\n"
    "• Förderrichtlinie des Bundesministeriums für Bildung und Forschung\n"
)


def test_slides_of_an_agency_name_its_carrier_funders_and_partners(tmp_path: Path) -> None:
    found = {
        (r.subject.canonical, r.predicate, r.object.canonical)
        for r in document_relations(tmp_path, SLIDES, "Transferagentur Tellau", "folien.txt")
    }
    agency = "Transferagentur Tellau für Kommunales Bildungsmanagement"
    assert (agency, "carriedBy", "Verein für Bildungsentwicklung Tellau e.V.") in found
    assert (agency, "fundedBy", "Bundesministerium für Bildung und Forschung") in found
    assert (agency, "fundedBy", "Europäischer Sozialfonds Plus") in found
    assert (
        agency,
        "cooperatesWith",
        "Ministerium für Bildung, Jugend und Sport des Landes Tellau",
    ) in found
    assert ("Landkreis Rabenau", "cooperatesWith", agency) in found
    assert ("Hansestadt Tellau", "cooperatesWith", agency) in found
    assert not [t for t in found if t[0] == "Bundesministerium für Bildung und Forschung"]
    assert not [t for t in found if "Sozialfonds" in (t[0] or "") and t[1] != "fundedBy"]


def test_a_member_list_with_its_office_and_its_chair_by_post(tmp_path: Path) -> None:
    text = (
        "Die Landrätin Dr. Insa Rabe lädt ein.\n\n"
        "Dem Bildungsbeirat Tellau gehören an:\n"
        "•\t Landrätin\tdes\tLandkreises\tTellau\t(Vorsitz)\n"
        "•\t Agentur\tfür\tArbeit\tTellau\n"
        "•\t Geschäftsführung:\tBildungsbüro\n"
        " MARKETING\n"
    )
    found = {
        (r.subject.canonical, r.predicate, r.object.canonical)
        for r in document_relations(tmp_path, text, "Landkreis Tellau")
    }
    assert ("Agentur für Arbeit Tellau", "participatesIn", "Bildungsbeirat Tellau") in found
    assert ("Bildungsbüro (Landkreis Tellau)", "participatesIn", "Bildungsbeirat Tellau") in found
    assert ("Bildungsbeirat Tellau", "chairedBy", "Dr. Insa Rabe") in found


def test_programme_history_carrier_and_support_in_a_report() -> None:
    found = named_triples(
        "Der Landkreis Tellau baut ein Bildungsbüro auf. Von 2017 bis 2020 hatte der Landkreis "
        "Tellau bereits am Programm „Bildung integriert“ teilgenommen. Das Landesprogramm "
        "„Bildungsregionen in Tellau“, das vom Kultusministerium Rabenau getragen wird, läuft. "
        "Unterstützt wird der Landkreis Tellau durch die Transferagentur Küste für Kommunales "
        "Bildungsmanagement. Verwaltungsintern arbeitet die Lenkungsgruppe Bildung unter Leitung "
        "des Ersten Kreisrats Ole Kamp. Der Bildungsbeirat Tellau wurde 2021 konstituiert; den "
        "Vorsitz führt Landrätin Dr. Insa Rabe. Ihm gehören unter anderem die Agentur für Arbeit "
        "Tellau, die IHK Rabenau und der Kreiselternrat an."
    )
    county = "Landkreis Tellau"
    assert (county, "participatesIn", "Bildung integriert") in found
    assert ("Bildungsregionen in Tellau", "carriedBy", "Kultusministerium Rabenau") in found
    assert (
        county,
        "cooperatesWith",
        "Transferagentur Küste für Kommunales Bildungsmanagement",
    ) in found
    assert ("Lenkungsgruppe Bildung", "chairedBy", "Ole Kamp") in found
    members = {s for s, p, o in found if p == "participatesIn" and o == "Bildungsbeirat Tellau"}
    assert {"Agentur für Arbeit Tellau", "IHK Rabenau"} <= members
    assert any(m.startswith("Kreiselternrat") for m in members)


def test_members_named_when_a_body_is_set_up_or_in_parentheses() -> None:
    found = named_triples(
        "• Einrichtung einer Lenkungsgruppe Bildung unter Vorsitz des Ersten Kreisbeigeordneten "
        "Ole Kamp mit den Abteilungen 2 (Soziales) und 4 sowie der Kreisvolkshochschule Tellau\n"
        "• Initiierung eines Steuerungskreises Bildung mit externen Partnern: Agentur für Arbeit "
        "Tellau, Handwerkskammer der Pfalz, Jobcenter Landkreis Tellau\n"
        "• Fortführung der Steuerungsgruppe Jugend (Dezernate I–III, Jugendamt, Stabsstelle "
        "Integration)\n"
    )
    assert ("Kreisvolkshochschule Tellau", "participatesIn", "Lenkungsgruppe Bildung") in found
    assert ("Lenkungsgruppe Bildung", "chairedBy", "Ole Kamp") in found
    steering = {s for s, p, o in found if p == "participatesIn" and o == "Steuerungskreis Bildung"}
    assert steering == {
        "Agentur für Arbeit Tellau",
        "Handwerkskammer der Pfalz",
        "Jobcenter Landkreis Tellau",
    }
    youth = {s for s, p, o in found if p == "participatesIn" and o == "Steuerungsgruppe Jugend"}
    assert youth == {"Jugendamt", "Stabsstelle Integration"}


def test_municipalities_of_a_plural_kind_and_a_programme_that_funds_the_work() -> None:
    found = named_triples(
        "In der Lenkungsgruppe Bildung sind die Ämter Probstei-Nord und Seenplatte vertreten. "
        "Der Landkreis Tellau baut mit Förderung im Programm „Bildungskommunen“ ein "
        "Bildungsmanagement auf."
    )
    members = {s for s, p, o in found if p == "participatesIn" and o == "Lenkungsgruppe Bildung"}
    assert members == {"Amt Probstei-Nord", "Amt Seenplatte"}
    assert ("Landkreis Tellau", "participatesIn", "Bildungskommunen") in found


@pytest.mark.parametrize(
    ("text", "body", "chair"),
    [
        ("Den Arbeitskreis Übergang Schule–Beruf leitet Gesa Moor, Leiterin der "
         "Jugendberufsagentur Tellau.", "Arbeitskreis Übergang Schule–Beruf", "Gesa Moor"),
        ("• Saarländischer Arbeitskreis Bildungsmanagement: Sprecher Ole Kamp (TAMS), "
         "Mitglieder sind u. a. der Landkreis Tellau", "Saarländischer Arbeitskreis", "Ole Kamp"),
        ("Im Arbeitskreis Schule-Wirtschaft gibt es einen Wechsel, neue Sprecherin ist Ilka Rabe.",
         "Arbeitskreis Schule-Wirtschaft", "Ilka Rabe"),
        ("Die Steuerungsgruppe Bildung tagt unter Vorsitz der Beigeordneten für Jugend, Soziales "
         "und Bildung, Frau Dr. Ute Kamp.", "Steuerungsgruppe Bildung", "Ute Kamp"),
    ],
)  # fmt: skip
def test_chairs_fronted_as_spokesperson_or_after_a_post_with_its_remit(
    text: str, body: str, chair: str
) -> None:
    found = named_triples(text)
    assert chair in {strip_title(o) for s, p, o in found if p == "chairedBy" and s.startswith(body)}


def test_units_placed_by_apposition_relative_clause_and_a_sentence_final_numeral() -> None:
    found = named_triples(
        "Organisatorischer Kern ist das Bildungsbüro, seit 2022 ein eigenes Sachgebiet im Amt für "
        "Bildung und Sport, das wiederum dem Dezernat II (Bildung und Soziales) zugeordnet ist. "
        "Das Amt für Schule (Amt 40) gehört nach der Neuordnung zum Dezernat III. "
        "Der Verein AWO Kreisverband Tellau e. V. hilft."
    )
    assert ("Bildungsbüro", "subOrganizationOf", "Amt für Bildung und Sport") in found
    assert ("Amt für Bildung und Sport", "subOrganizationOf", "Dezernat II") in found
    assert ("Amt für Schule", "subOrganizationOf", "Dezernat III") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "der Kreis" after the county was named: that county, though the passage is
            # about a network
            "Der Vertrag zwischen dem Kreis Tellau und dem Land gilt für das Regionale "
            "Bildungsnetzwerk, dessen Träger der Kreis ist.",
            ("carriedBy", "Regionales Bildungsnetzwerk", "Kreis Tellau"),
        ),
        (  # the antecedent of a relative clause may stand after a preposition
            "Alle Kitas arbeiten im Netzwerk Frühe Bildung zusammen, dessen Träger der "
            "Familienzentrum Tellau e. V. ist.",
            ("carriedBy", "Netzwerk Frühe Bildung", "Familienzentrum Tellau e.V."),
        ),
        (  # a carrier's role word is no part of the carrier's name
            "Das Netzwerk Frühe Bildung liegt in der Trägerschaft des Fördervereins Lesewelt e.V.",
            ("carriedBy", "Netzwerk Frühe Bildung", "Förderverein Lesewelt e.V."),
        ),
    ],
)
def test_carriers_named_by_kind_relative_clause_or_trägerschaft(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in relation_triples(text)


def test_the_bare_kind_of_a_town_means_no_county() -> None:
    text = "Der Landkreis Tellau und die Stadt Rabenau planen. Die Stadt ist Träger der VHS."
    found = relation_triples(text)
    assert ("carriedBy", "VHS", "Stadt Rabenau") in found
    assert ("carriedBy", "VHS", "Landkreis Tellau") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a date's dots do not end the sentence; another verb's agent funds nothing
            "Der Landkreis Tellau wird seit dem 01.01.2023 im Programm „Bildungskommunen“ "
            "gefördert und von der Transferagentur Rabenau begleitet.",
            {
                ("participatesIn", "Landkreis Tellau", "Bildungskommunen"),
                ("cooperatesWith", "Landkreis Tellau", "Transferagentur Rabenau"),
            },
        ),
        (
            "Der Landkreis Tellau nimmt seit dem 01.07.2023 am Förderprogramm "
            "„Bildungskommunen“ teil.",
            {("participatesIn", "Landkreis Tellau", "Bildungskommunen")},
        ),
        (  # the body a preposition governs holds the others, a council among them
            "Im Bildungsbeirat vertreten sind u. a. die Agentur für Arbeit Tellau und der "
            "Kreiselternrat.",
            {
                ("participatesIn", "Agentur für Arbeit Tellau", "Bildungsbeirat"),
                ("participatesIn", "Kreiselternrat", "Bildungsbeirat"),
            },
        ),
        (  # the body a plan sets up, and who is to sit in it
            "Aufbau eines Bildungsbeirates; vorgesehen sind Vertreter der Agentur für Arbeit "
            "Tellau und des Kreisjugendrings Tellau e.V.",
            {
                ("participatesIn", "Agentur für Arbeit Tellau", "Bildungsbeirat"),
                ("participatesIn", "Kreisjugendring Tellau e.V.", "Bildungsbeirat"),
            },
        ),
        (
            "Es wird eine AG Ganztag eingerichtet. Mitwirken werden die Stadt Tellau und die "
            "Gemeinde Rabenau.",
            {
                ("participatesIn", "Stadt Tellau", "AG Ganztag"),
                ("participatesIn", "Gemeinde Rabenau", "AG Ganztag"),
            },
        ),
    ],
)
def test_programmes_and_members_in_plans_and_minutes(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = relation_triples(text)
    assert expected <= found
    assert not any(p == "fundedBy" and o == "Transferagentur Rabenau" for p, _, o in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Bildungsbüro ist in der Abteilung Bildung und Sport des Landratsamtes "
            "angesiedelt.",
            ("subOrganizationOf", "Bildungsbüro", "Abteilung Bildung und Sport"),
        ),
        (
            "Der Arbeitskreis Schule – Beruf wird gemeinsam von Ina Wolf (Agentur für Arbeit "
            "Tellau) und Ole Brandt (Bildungsbüro) geleitet.",
            ("chairedBy", "Arbeitskreis Schule – Beruf", "Ole Brandt"),
        ),
        (
            "Die Umsetzung verantwortet Landrat Ole Brandt, der auch den Vorsitz der "
            "Steuerungsgruppe Bildung innehat.",
            ("chairedBy", "Steuerungsgruppe Bildung", "Ole Brandt"),
        ),
        (
            "Verantwortung: Büro für Bildungsmanagement (Leitung: Ina Wolf)",
            ("memberOf", "Ina Wolf", "Büro für Bildungsmanagement"),
        ),
        (
            "Die Volkshochschule Tellau ist über den Arbeitskreis Lebenslanges Lernen "
            "eingebunden.",
            ("participatesIn", "Volkshochschule Tellau", "Arbeitskreis Lebenslanges Lernen"),
        ),
        (
            "Der Landkreis Tellau und die Transferagentur Rabenau wollen ihre Zusammenarbeit "
            "in einer Zielvereinbarung festhalten.",
            ("cooperatesWith", "Landkreis Tellau", "Transferagentur Rabenau"),
        ),
        (
            "Dabei arbeitet die Stadt Tellau eng mit dem benachbarten Landkreis Rabenau "
            "zusammen.",
            ("cooperatesWith", "Stadt Tellau", "Landkreis Rabenau"),
        ),
    ],
)  # fmt: skip
def test_units_chairs_staff_and_partners_in_further_wordings(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in relation_triples(text)


def test_partners_named_in_parentheses_are_the_topics_partners() -> None:
    text = (
        "AP 5 Kooperationsstrukturen: regelmäßige Jour fixes mit Kooperationspartnern (IHK "
        "Tellau, Agentur für Arbeit Tellau)"
    )
    found = extracted_about(f"Landkreis Tellau\n\n{text}", "Landkreis Tellau")
    assert ("Landkreis Tellau", "cooperatesWith", "IHK Tellau") in found
    assert ("Landkreis Tellau", "cooperatesWith", "Agentur für Arbeit Tellau") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Alle zwei Jahre lädt der Landkreis Tellau gemeinsam mit der Kreisvolkshochschule "
            "Tellau zur Tellauer Bildungskonferenz ein.",
            {
                ("carriedBy", "Tellauer Bildungskonferenz", "Landkreis Tellau"),
                ("participatesIn", "Kreisvolkshochschule Tellau", "Tellauer Bildungskonferenz"),
            },
        ),
        (
            "Der Landkreis Tellau baut ein Bildungsbüro auf. Seit 2016 ist Tellau zudem "
            "Bildungsregion im Landesprogramm „Bildungsregionen in Niedersachsen“.",
            {("participatesIn", "Landkreis Tellau", "Bildungsregionen in Niedersachsen")},
        ),
        (
            "Den Arbeitskreis Schule–Beruf leitet Ina Wolf; mit am Tisch sitzen die Kammern und "
            "das Jobcenter Tellau.",
            {("participatesIn", "Jobcenter Tellau", "Arbeitskreis Schule–Beruf")},
        ),
    ],
)
def test_hosts_programme_roles_and_seats_at_the_table(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= relation_triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fortführung des Lenkungskreises Bildung unter dem gemeinsamen Vorsitz von Landrat "
            "Dr. Ole Brandt und der Leitenden Schulamtsdirektorin Ina Wolf.",
            {
                ("chairedBy", "Lenkungskreis Bildung", "Dr. Ole Brandt"),
                ("chairedBy", "Lenkungskreis Bildung", "Ina Wolf"),
            },
        ),
        (
            "Der Arbeitskreis Schule – Wirtschaft tagt unter Leitung von Kreishandwerksmeister "
            "Ole Brandt (Kreishandwerkerschaft Tellau).",
            {
                ("chairedBy", "Arbeitskreis Schule – Wirtschaft", "Ole Brandt"),
                ("memberOf", "Ole Brandt", "Kreishandwerkerschaft Tellau"),
            },
        ),
        (
            "Das Bildungsbüro wurde 2019 gegründet. Geleitet wird das Bildungsbüro von Ina Wolf.",
            {("memberOf", "Ina Wolf", "Bildungsbüro")},
        ),
        (
            "Der Landkreis Tellau schließt die Vereinbarung. Für den Landkreis: Ina Wolf, "
            "Landrätin",
            {("memberOf", "Ina Wolf", "Landkreis Tellau")},
        ),
    ],
)
def test_joint_chairs_heads_of_offices_affiliations_and_signatures(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= relation_triples(text)


def test_a_relative_clause_on_funding_speaks_of_its_antecedent() -> None:
    found = relation_triples(
        "Seit 2016 nimmt die Stadt Tellau am Bundesprogramm „Bildung integriert“ teil, das vom "
        "Bundesministerium für Bildung und Forschung und aus Mitteln des Europäischen "
        "Sozialfonds gefördert wird."
    )
    assert (
        "fundedBy",
        "Bildung integriert",
        "Bundesministerium für Bildung und Forschung",
    ) in found
    assert not any(p == "fundedBy" and s == "Stadt Tellau" for p, s, _ in found)


def test_an_office_placed_by_a_relative_clause_after_its_verb() -> None:
    found = relation_triples(
        "Das Vorhaben wird vom Büro für Bildungsmanagement umgesetzt, das im Dezernat II "
        "(Bildung, Jugend und Soziales) der Kreisverwaltung angesiedelt ist."
    )
    assert ("subOrganizationOf", "Büro für Bildungsmanagement", "Dezernat II") in found


def test_a_relative_clause_gets_no_topic_and_ocr_funding_still_counts() -> None:
    text = (
        "Die Stadt Tellau nimmt am Programm „Bildungskommunen“ teil, das vom Bundesministerium "
        "für Bildung und Forschung und aus Mitteln des Europäischen Sozialfonds gefordert wird."
    )
    found = extracted_about(text, "Stadt Tellau")
    assert ("Bildungskommunen", "fundedBy", "Europäischer Sozialfonds") in found
    assert ("Stadt Tellau", "fundedBy", "Europäischer Sozialfonds") not in found


def test_a_body_set_up_in_the_paragraph_is_what_its_next_sentences_speak_of() -> None:
    found = relation_triples(
        "Der Bildungsbeirat richtet die AG Sprache und Teilhabe ein. Die Leitung übernimmt "
        "Dr. Jana Voss. Mitwirken sollen das Diakonische Werk Tellau und das Jobcenter Tellau."
    )
    assert ("chairedBy", "AG Sprache und Teilhabe", "Dr. Jana Voss") in found
    assert ("participatesIn", "Jobcenter Tellau", "AG Sprache und Teilhabe") in found
    assert ("subOrganizationOf", "AG Sprache und Teilhabe", "Bildungsbeirat") in found
    set_up = relation_triples("Der Landkreis Tellau richtet eine Steuerungsgruppe Bildung ein.")
    assert (
        "carriedBy",
        "Steuerungsgruppe Bildung",
        "Landkreis Tellau",
    ) in set_up
    assert not any(o == "Bildungsbeirat" for p, _, o in found if p == "participatesIn")
    passive = relation_triples(
        "Der Jugendbeirat wurde 2021 durch Beschluss des Stadtrates eingerichtet. Den Vorsitz "
        "führt Prof. Dr. Ole Brandt."
    )
    assert ("chairedBy", "Jugendbeirat", "Prof. Dr. Ole Brandt") in passive


def test_a_fronted_passive_names_the_coordinator_and_dates_split_no_clause() -> None:
    found = relation_triples(
        "Im Frühjahr wurde das Netzwerk Ganztag Tellau gegründet. Koordiniert wird es vom "
        "Kreisjugendring Tellau e.V.\n\n"
        "Der Landkreis Rabenau nimmt seit dem 1. Oktober 2023 am Programm „Bildungskommunen“ teil."
    )
    assert ("participatesIn", "Kreisjugendring Tellau e.V.", "Netzwerk Ganztag Tellau") in found
    assert ("participatesIn", "Landkreis Rabenau", "Bildungskommunen") in found


def test_a_member_listed_with_her_employer_works_there() -> None:
    found = relation_triples(
        "Der Lenkungskreis tagt dreimal jährlich. Mitglieder sind:\n\n"
        "  •  Schulrätin Gabriele Wendt, Schulamt für den Kreis Tellau,\n"
        "  •  Ralf Hackert, Vorsitzender der Geschäftsführung der Agentur für Arbeit Rabenau,\n"
    )
    assert ("memberOf", "Gabriele Wendt", "Lenkungskreis") in found
    assert ("memberOf", "Gabriele Wendt", "Schulamt für den Kreis Tellau") in found
    assert ("memberOf", "Ralf Hackert", "Agentur für Arbeit Rabenau") in found
    assert ("participatesIn", "Agentur für Arbeit Rabenau", "Lenkungskreis") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Bildungsbüro des Landkreises Tellau ist im Amt für Schule und Sport angesiedelt.",
            ("subOrganizationOf", "Bildungsbüro", "Amt für Schule und Sport"),
        ),
        (
            "Das Bildungsbüro ist seit 01.03.2024 im neu zugeschnittenen Fachbereich 4 – Jugend "
            "und Schule der Kreisverwaltung angesiedelt.",
            ("subOrganizationOf", "Bildungsbüro", "Fachbereich 4 – Jugend und Schule"),
        ),
        (
            "Das Bildungsbüro des Landkreises Tellau ist organisatorisch Teil des Dezernats III.",
            ("subOrganizationOf", "Bildungsbüro", "Dezernat III"),
        ),
        (
            "Das Bildungsbüro, das seit 2023 als eigenes Sachgebiet dem Fachbereich 4 – Jugend "
            "und Schule angehört, ist besetzt.",
            ("subOrganizationOf", "Bildungsbüro", "Fachbereich 4 – Jugend und Schule"),
        ),
        (
            "Das Netzwerk Sprachbildung ist beim Jugendamt (Abteilung 2) angesiedelt.",
            ("subOrganizationOf", "Netzwerk Sprachbildung", "Jugendamt"),
        ),
    ],
)
def test_where_a_unit_or_body_is_placed(text: str, expected: tuple[str, str, str]) -> None:
    found = unqualified_triples(text)
    assert expected in found
    assert not any(s.startswith("Landkreis") for p, s, _ in found if p != "carriedBy")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mit dem Statistischen Amt für Nordland (Statistikamt Nord) hat der Kreis Tellau im "
            "August eine Vereinbarung über die Lieferung von Schuldaten geschlossen.",
            ("Kreis Tellau", "Statistisches Amt für Nordland"),
        ),
        (
            "Mit dem Kreis Tellau, der die Zusammenarbeit im März durch eine Zielvereinbarung "
            "besiegelt hat, arbeitet die Transferagentur Nord vor allem zum Bildungsmonitoring.",
            ("Transferagentur Nord", "Kreis Tellau"),
        ),
        (
            "Die Kreishandwerkerschaft Tellau und die IHK Rabenau organisieren gemeinsam eine "
            "Ausbildungsmesse.",
            ("Kreishandwerkerschaft Tellau", "IHK Rabenau"),
        ),
        (
            "Das Bildungsbüro der Stadt Tellau steht im Austausch mit dem Ministerium für Bildung.",
            ("Bildungsbüro", "Ministerium für Bildung"),
        ),
    ],
)
def test_more_wordings_of_cooperation(text: str, expected: tuple[str, str]) -> None:
    found = {(s, o) for p, s, o in unqualified_triples(text) if p == "cooperatesWith"}
    assert expected in found or expected[::-1] in found


def test_carrying_together_is_no_cooperation_wording() -> None:
    found = relation_triples("Die Stadt Tellau und der Landkreis Rabenau tragen gemeinsam die VHS.")
    assert not any(p == "cooperatesWith" for p, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seit 2021 wird das Bildungsbüro Rabenau im Programm „Bildung integriert“ gefördert.",
            ("Bildungsbüro Rabenau", "Bildung integriert"),
        ),
        (
            "Am Startchancen-Programm nehmen im Landkreis zwei Schulen teil: die Grundschule "
            "Tellau-Nord und die Mittelschule Tellau-Süd.",
            ("Mittelschule Tellau-Süd", "Startchancen-Programm"),
        ),
        (
            "Über das Landesnetzwerk der Bildungsbüros tauscht sich die Koordinierungsstelle "
            "Berufsorientierung mit dem Bildungsbüro der Stadt Rabenau aus.",
            ("Koordinierungsstelle Berufsorientierung", "Landesnetzwerk der Bildungsbüros"),
        ),
        (
            "Die Stadt Tellau nimmt seit dem Schuljahr 2024/25 am Startchancen-Programm teil.",
            ("Stadt Tellau", "Startchancen-Programm"),
        ),
        (
            "Vier Schulen aus dem Landkreis nehmen ab dem Schuljahr 2024/25 am "
            "Startchancen-Programm teil: die Grundschule Tellau-Nord und die Mittelschule Rabenau.",
            ("Mittelschule Rabenau", "Startchancen-Programm"),
        ),
    ],
)
def test_more_wordings_of_taking_part(text: str, expected: tuple[str, str]) -> None:
    found = {(s, o) for p, s, o in unqualified_triples(text) if p == "participatesIn"}
    assert expected in found


def test_a_reported_sentence_keeps_its_own_subject() -> None:
    found = relation_triples(
        "Herr Wübben berichtet: Der Landkreis Tellau beteiligt sich am Förderprogramm "
        "„Bildungskommunen“ des BMBF."
    )
    assert ("participatesIn", "Landkreis Tellau", "Bildungskommunen") in found


def test_an_enumeration_of_offices_states_no_branch() -> None:
    found = relation_triples(
        "Mitglieder: Fachbereich Bildung und Sport, Fachbereich Soziales und Integration, "
        "Sachgebiet Statistik und Wahlen, Volkshochschule Tellau\n\n"
        "- Annegret Weis, Stadt Rabenau, Fachbereich Bildung, Kultur und Sport"
    )
    assert not any(p == "subOrganizationOf" and s.startswith("Sachgebiet") for p, s, _ in found)
    assert any(
        p == "subOrganizationOf" and s.startswith("Fachbereich Bildung, Kultur")
        for p, s, _ in found
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Koordinierungsstelle Berufsorientierung wird gefördert aus Mitteln des "
            "Ministeriums für Arbeit und Soziales.",
            (
                "fundedBy",
                "Koordinierungsstelle Berufsorientierung",
                "Ministerium für Arbeit und Soziales",
            ),
        ),
        (
            "Das MINT-Netzwerk Tellau erhält seit 2023 eine Förderung des Ministeriums für "
            "Bildung.",
            ("fundedBy", "MINT-Netzwerk Tellau", "Ministerium für Bildung"),
        ),
        (
            "Das Netzwerk Bildung, das unter Vorsitz von Ministerialrat Dr. Jan Brack tagt, trifft "
            "sich zweimal im Jahr.",
            ("chairedBy", "Netzwerk Bildung", "Dr. Jan Brack"),
        ),
        (
            "Begleitet wird der Kreis Tellau von der Transferagentur Nord, die in Trägerschaft des "
            "Instituts für soziale Arbeit e. V. steht.",
            ("carriedBy", "Transferagentur Nord", "Institut für soziale Arbeit e.V."),
        ),
    ],
)
def test_funders_chairs_and_carriers_in_more_wordings(
    text: str, expected: tuple[str, str, str]
) -> None:
    found = unqualified_triples(text)
    assert expected in found
    assert ("carriedBy", "Kreis Tellau", "Institut für soziale Arbeit e.V.") not in found


def test_a_council_listed_among_members_is_a_member_and_a_programme_is_no_body() -> None:
    text = (
        "### Stadt Tellau\n\n"
        "- Der Bildungsbeirat Tellau wird von Oberbürgermeister Jan Roß geleitet. Mitglieder "
        "sind u. a. die Hochschule Tellau, die Volkshochschule Tellau und der Stadtelternbeirat.\n"
        "- Die Stadt Tellau beteiligt sich mit vier Schulen am Startchancen-Programm.\n"
        "- Seit dem 01.03.2023 nimmt die Stadt Tellau am ESF-Plus-Programm „Bildungskommunen“ "
        "teil.\n"
        "- Tellau ist Mitglied im Städtenetzwerk Bildung im Saaletal.\n"
    )
    found = unqualified_triples(text)
    assert ("participatesIn", "Stadtelternbeirat", "Bildungsbeirat Tellau") in found
    assert ("participatesIn", "Volkshochschule Tellau", "Bildungsbeirat Tellau") in found
    assert not any(o == "Stadtelternbeirat" for p, _, o in found if p == "participatesIn")
    assert ("participatesIn", "Stadt Tellau", "Startchancen-Programm") in found
    assert ("participatesIn", "Stadt Tellau", "Bildungskommunen") in found
    assert ("participatesIn", "Stadt Tellau", "Bildungsbeirat Tellau") not in found
    assert any(o == "Städtenetzwerk Bildung im Saaletal" for _, _, o in found)


def test_fronted_partners_and_offices_with_their_remit(tmp_path: Path) -> None:
    text = (
        "# Stadt Tellau\n\n"
        "Mit dem benachbarten Landkreis Rabenau hat die Stadt Tellau 2018 eine "
        "Kooperationsvereinbarung geschlossen.\n\n"
        "Zusammen mit der Stadt Hollfeld richtet der Landkreis Rabenau erstmals eine Messe aus.\n\n"
        "Der Lenkungskreis tagt unter dem Vorsitz der Ersten Bürgermeisterin, Dr. Carola Brenn.\n\n"
        "Verantwortlich ist die Stadträtin für Bildung, Dr. Martina Ehl.\n"
    )
    found = {
        (r.predicate, (r.subject.canonical or r.subject.text).split(" (")[0], r.object.canonical)
        for r in document_relations(tmp_path, text, "Stadt Tellau")
    }
    assert ("cooperatesWith", "Stadt Tellau", "Landkreis Rabenau") in found
    assert ("cooperatesWith", "Landkreis Rabenau", "Stadt Hollfeld") in found
    assert ("memberOf", "Dr. Carola Brenn", "Stadt Tellau") in found
    assert ("memberOf", "Dr. Martina Ehl", "Stadt Tellau") in found


def test_a_partner_slide_title_without_colon_but_not_an_agenda_item(tmp_path: Path) -> None:
    slides = (
        "Die Transferagentur Nordhang\n\n"
        "•    Unser Angebot\n\n•    Partnerkommunen\n\n•    Ansprechpersonen\n\n"
        " Partnerkommunen (Zielvereinbarungen) \n\n"
        "• Stadt Tellau (RP) – seit 2020 \n\n"
        "• Landkreis Rabenau (HE) – seit 2021 \n"
    )
    found = {
        (r.subject.canonical, r.object.canonical)
        for r in document_relations(tmp_path, slides, "Transferagentur Nordhang", "slides.txt")
        if r.predicate == "cooperatesWith"
    }
    partners = {o for s, o in found if s == "Transferagentur Nordhang"} | {
        s for s, o in found if o == "Transferagentur Nordhang"
    }
    assert partners == {"Stadt Tellau", "Landkreis Rabenau"}


def test_those_invited_to_a_body_described_as_a_forum_take_part_in_it() -> None:
    found = relation_triples(
        "Die Regionale Bildungskonferenz Tellau ist das Beteiligungsforum der Bildungsregion. "
        "Sie tritt einmal jährlich zusammen. Eingeladen werden insbesondere die Agentur für "
        "Arbeit Tellau, die Hochschule Rabenau und der Stadtelternausschuss Tellau."
    )
    for member in (
        "Agentur für Arbeit Tellau",
        "Hochschule Rabenau",
        "Stadtelternausschuss Tellau",
    ):
        assert ("participatesIn", member, "Regionale Bildungskonferenz Tellau") in found


def test_pilot_municipalities_belong_to_the_programme_the_title_names(tmp_path: Path) -> None:
    slides = (
        " Landesprogramm „LernWandel Süd“\n\nFörderaufruf 2024\n\n"
        " Fachliche Begleitung\n\n• Transferagentur Süd\n\n"
        " Erste Förderrunde (2023–2025): drei Pilotkommunen\n\n"
        "• Landkreis Tellau\n\n• Stadt Rabenau\n\n• Samtgemeinde Hollfeld\n"
    )
    found = {
        (r.subject.canonical, r.object.canonical)
        for r in document_relations(tmp_path, slides, "Stiftung Süd", "slides.txt")
        if r.predicate == "participatesIn"
    }
    programme = {o for _, o in found}
    assert len(programme) == 1
    assert {s for s, _ in found} == {"Landkreis Tellau", "Stadt Rabenau", "Samtgemeinde Hollfeld"}


def test_the_administration_as_a_party_but_not_as_an_owner_in_a_name(tmp_path: Path) -> None:
    text = (
        "# Kreis Tellau\n\n"
        "Im Lenkungskreis sind neben der Kreisverwaltung das Schulamt Tellau und die VHS Tellau "
        "vertreten.\n\n"
        "Das Amt für Schule ist dem Dezernat II (Bildung und Soziales) der Kreisverwaltung "
        "zugeordnet.\n"
    )
    found = {
        (r.predicate, r.subject.canonical, (r.object.canonical or "").split(" (")[0])
        for r in document_relations(tmp_path, text, "Kreis Tellau")
    }
    assert ("participatesIn", "Kreis Tellau", "Lenkungskreis") in found
    assert any(p == "subOrganizationOf" and o == "Dezernat II" for p, _, o in found)


def test_a_footnote_mark_after_the_full_stop_ends_the_sentence() -> None:
    text = "Die Stadt wird im Programm gefördert.1 Das Programm zahlt. Nach Abs.1 Satz 2 gilt es."
    units = [text[u.start : u.end] for u in split_units(text)]
    assert units == [
        "Die Stadt wird im Programm gefördert.1",
        "Das Programm zahlt.",
        "Nach Abs.1 Satz 2 gilt es.",
    ]


def test_taking_part_with_the_verb_before_its_subject_and_an_ocr_gefordert(
    tmp_path: Path,
) -> None:
    text = (
        "Seit dem Herbst 2016 beteiligt sich die Stadt Wendholm am Bundesprogramm "
        "„Bildung integriert“. Die Stadt Rabenau wird ab dem 01.09.2022 im Programm "
        ',,Bildungskommunen" gefordert.1 Das Programm wird vom Bund finanziert.\n'
    )
    found = {
        (r.subject.canonical, r.predicate, r.object.canonical)
        for r in document_relations(tmp_path, text, "Stadt Rabenau")
    }
    assert ("Stadt Wendholm", "participatesIn", "Bildung integriert") in found
    assert ("Stadt Rabenau", "participatesIn", "Bildungskommunen") in found


def test_each_clause_of_a_work_package_speaks_of_its_own_body(tmp_path: Path) -> None:
    text = (
        "AP 3 Koordinierung: Fortführung der verwaltungsinternen Steuerungsgruppe Bildung, die "
        "von der Oberbürgermeisterin geleitet wird und in der der Fachbereich Jugend und Familie "
        "vertreten ist; Weiterentwicklung des 2019 gegründeten Bildungsbeirates, in dem u.a. die "
        "Agentur für Arbeit Tellau und die Fachhochschule Tellau mitarbeiten; Geschäftsführung "
        "beider Gremien durch das Bildungsbüro\n"
    )
    found = {
        (r.subject.canonical, r.object.canonical.split(" (")[0])
        for r in document_relations(tmp_path, text, "Stadt Tellau")
        if r.predicate == "participatesIn"
    }
    assert ("Fachbereich Jugend und Familie (Stadt Tellau)", "Steuerungsgruppe Bildung") in found
    assert ("Agentur für Arbeit Tellau", "Bildungsbeirat") in found
    assert ("Fachhochschule Tellau", "Bildungsbeirat") in found
    assert not any(o == "Steuerungsgruppe Bildung" and "Tellau" in s[:20] for s, o in found)


def test_the_body_that_the_others_belong_to_is_the_one_not_listed(tmp_path: Path) -> None:
    text = (
        "Den Bildungsbeirat hat der Oberbürgermeister 2017 ins Leben gerufen. Dem Beirat gehören "
        "die Spitzen der Bildungspartner an: die Regionalstelle Wendholm des Landesschulamts, "
        "das Jobcenter Wendholm, die Hochschule Wendholm und der Stadtelternrat.\n\n"
        "Innerhalb der Verwaltung steuert die Lenkungsrunde Bildung die Umsetzung. Mitglieder "
        "sind der Fachbereich Jugend und Familie und die Stadtbibliothek. Von Beginn an sitzen "
        "außerdem die Agentur für Arbeit Wendholm und das Jobcenter Wendholm mit am Tisch.\n\n"
        "Bewährt hat sich der Arbeitskreis Übergang Schule–Beruf, in dem Schulen, die Kammern "
        "und die Jugendberufsagentur Wendholm zusammenwirken.\n"
    )
    found = {
        (r.subject.canonical.split(" (")[0], r.object.canonical.split(" (")[0])
        for r in document_relations(tmp_path, text, "Stadt Wendholm")
        if r.predicate == "participatesIn"
    }
    assert {
        ("Landesschulamt Regionalstelle Wendholm", "Beirat"),
        ("Jobcenter Wendholm", "Beirat"),
        ("Stadtelternrat", "Beirat"),
        ("Fachbereich Jugend und Familie", "Lenkungsrunde Bildung"),
        ("Agentur für Arbeit Wendholm", "Lenkungsrunde Bildung"),
        ("Jugendberufsagentur Wendholm", "Arbeitskreis Übergang Schule–Beruf"),
    } <= found
    assert not any(s == "Stadt Wendholm" for s, _ in found)


def test_a_chair_by_office_keeps_to_the_capitalised_remit() -> None:
    found = named_triples(
        "Die Lenkungsrunde Bildung tagt unter Vorsitz der Stadträtin für Bildung, Jugend und "
        "Soziales und bindet zwei Partner ein."
    )
    chair = "Stadträtin für Bildung, Jugend und Soziales"
    assert ("Lenkungsrunde Bildung", "chairedBy", chair) in found


def test_the_second_clause_speaks_of_the_sentences_opening_subject() -> None:
    found = named_triples(
        "Das Bildungsbüro ist als Sachgebiet dem Fachbereich 5 – Jugend, Familie und Bildung "
        "zugeordnet und wird von Jannik Wendt geleitet."
    )
    assert ("Jannik Wendt", "memberOf", "Bildungsbüro") in found
    assert not any(p == "memberOf" and o.startswith("Fachbereich") for _, p, o in found)


def test_where_an_office_stands_in_the_chart_in_more_wordings(tmp_path: Path) -> None:
    text = (
        "Das Bildungsbüro ist seit dem 01.01.2025 nicht mehr dem Fachbereich 40 zugeordnet, "
        "sondern als Stabsstelle direkt beim Dezernat III – Bildung, Jugend und Soziales "
        "angesiedelt.\n\n"
        "Das Amt für Schulen und Kindertagesstätten gehört seit der Neugliederung 2022 zum "
        "Dezernat II – Schule und Sport.\n\n"
        "Das Jugendbüro ist im Dezernat IV – Jugend und Soziales, Fachbereich Jugendarbeit, "
        "angesiedelt.\n\n"
        "Geschäftsstelle der Bildungsregion ist das Lernbüro Tellau. Es ist beim Amt für "
        "Bildung (Amt 40) der Stadt Tellau angesiedelt und wird von Dr. Mira Tann geleitet.\n"
    )
    found = {
        (r.predicate, r.subject.canonical.split(" (")[0], r.object.canonical.split(" (")[0])
        for r in document_relations(tmp_path, text, "Stadt Tellau")
    }
    part = "subOrganizationOf"
    assert (part, "Bildungsbüro", "Dezernat III – Bildung, Jugend und Soziales") in found
    assert not any(p == part and s == "Bildungsbüro" and o == "Fachbereich 40" for p, s, o in found)
    assert (
        part,
        "Amt für Schulen und Kindertagesstätten",
        "Dezernat II – Schule und Sport",
    ) in found
    assert (part, "Jugendbüro", "Fachbereich Jugendarbeit") in found
    assert (part, "Lernbüro Tellau", "Amt für Bildung") in found
    assert ("memberOf", "Dr. Mira Tann", "Lernbüro Tellau") in found


def test_working_groups_a_body_set_up_are_its_parts() -> None:
    found = named_triples(
        "Der Bildungsbeirat hat in seiner 1. Sitzung drei Arbeitsgruppen eingerichtet: die AG "
        "Übergang Kita–Grundschule, die AG Schule–Wirtschaft und die AG Sprachbildung."
    )
    parts = {s for s, p, o in found if p == "subOrganizationOf" and o == "Bildungsbeirat"}
    assert parts == {"AG Übergang Kita–Grundschule", "AG Schule–Wirtschaft", "AG Sprachbildung"}


def test_cooperation_in_a_relative_clause_and_bound_by_an_agreement(tmp_path: Path) -> None:
    text = (
        "Die Stadt Wendholm ist Trägerin. Seit 2018 verbindet die Stadt und den Landkreis Tellau "
        "eine Kooperationsvereinbarung zur Berufsorientierung.\n\n"
        "Die Daten liefert die Stabsstelle Sozialplanung, die dafür eng mit dem Referat "
        "Statistik und Wahlen zusammenarbeitet.\n\n"
        "Frau Moll steht auch dem Salzlandkreis zur Seite, mit dem der Landkreis Rabenau seit "
        "dem vergangenen Jahr beim Thema Fachkräftesicherung kooperiert.\n"
    )
    found = {
        frozenset((r.subject.canonical.split(" (")[0], r.object.canonical.split(" (")[0]))
        for r in document_relations(tmp_path, text, "Stadt Wendholm")
        if r.predicate == "cooperatesWith"
    }
    assert {
        frozenset(("Stadt Wendholm", "Landkreis Tellau")),
        frozenset(("Stabsstelle Sozialplanung", "Referat Statistik und Wahlen")),
        frozenset(("Landkreis Rabenau", "Salzlandkreis")),
    } <= found


def test_carriers_with_the_preposition_repeated_and_a_word_after_the_antecedent(
    tmp_path: Path,
) -> None:
    text = (
        "Der Kreis Tellau ist groß. Die Jugendberufsagentur Tellau wird vom Kreis, vom Jobcenter "
        "Kreis Tellau und von der Agentur für Arbeit Rabenau gemeinsam getragen.\n\n"
        "Für M 3.1 ist die Jugendberufsagentur Wendholm federführend, die von der Agentur für "
        "Arbeit Wendholm und dem Jobcenter Wendholm getragen wird.\n"
    )
    found = {
        (r.subject.canonical, r.object.canonical)
        for r in document_relations(tmp_path, text, "Kreis Tellau")
        if r.predicate == "carriedBy"
    }
    assert {
        ("Jugendberufsagentur Tellau", "Kreis Tellau"),
        ("Jugendberufsagentur Tellau", "Jobcenter Kreis Tellau"),
        ("Jugendberufsagentur Tellau", "Agentur für Arbeit Rabenau"),
        ("Jugendberufsagentur Wendholm", "Agentur für Arbeit Wendholm"),
        ("Jugendberufsagentur Wendholm", "Jobcenter Wendholm"),
    } <= found


def test_a_post_in_an_office_funded_from_a_programme_funds_the_office() -> None:
    found = named_triples(
        "(2) Die Stelle Bildungsmonitoring im Bildungsbüro wird bis 2026 im Programm "
        "„Bildungskommunen“ aus Mitteln des Bundesministeriums für Bildung und Forschung "
        "gefördert."
    )
    assert ("Bildungsbüro", "fundedBy", "Bundesministerium für Bildung und Forschung") in found
    assert ("Bildungsbüro", "participatesIn", "Bildungskommunen") in found  # the post's office


def test_chairs_after_a_semicolon_and_of_a_body_introduced_by_what_it_does() -> None:
    found = named_triples(
        "Die Steuerungsgruppe Bildung hat sich am 25.04.2023 konstituiert; sie tagt unter der "
        "Leitung von Dezernent Mats Gerber. Zentrales Gremium ist der Lenkungskreis Bildung, den "
        "Bürgermeisterin Dr. Rena Quast seit 2019 zweimal jährlich einberuft und leitet. Ein "
        "Fachbeirat begleitet die Arbeit der Agentur; Vorsitz: Prof. Dr. Anna Voss"
    )
    assert ("Steuerungsgruppe Bildung", "chairedBy", "Mats Gerber") in found
    assert ("Lenkungskreis Bildung", "chairedBy", "Dr. Rena Quast") in found
    assert ("Fachbeirat", "chairedBy", "Prof. Dr. Anna Voss") in found


def test_a_body_keeps_its_name_with_its_owner_as_a_written_form(tmp_path: Path) -> None:
    from ingest.pipeline import OWNED

    text = (  # a name broken over two lines keeps the form repair joined
        "Der Integrationsbeirat der Stadt Tellau tagt. Das Jugend-\namt des Landkreises Rabenau "
        "lädt ein.\n"
    )
    record = document_record(tmp_path, text, "Stadt Tellau", "bericht.txt")
    owned = {m.attributes[OWNED] for m in record.mentions if OWNED in m.attributes}
    assert owned == {"Integrationsbeirat der Stadt Tellau", "Jugendamt des Landkreises Rabenau"}


def test_an_office_whose_owner_is_named_by_its_kind_keeps_that_form(tmp_path: Path) -> None:
    from ingest.pipeline import OWNED

    text = (
        "Der Landkreis Rabenau lädt ein. Die Pressestelle der Kreisverwaltung begleitet die "
        "Konferenz, die Statistikstelle des Landkreises liefert die Daten.\n"
    )
    record = document_record(tmp_path, text, "Landkreis Rabenau", "bericht.txt")
    owned = {m.attributes[OWNED] for m in record.mentions if OWNED in m.attributes}
    assert owned == {"Pressestelle der Kreisverwaltung", "Statistikstelle des Landkreises"}


def test_an_office_listed_with_its_town_takes_part_itself(tmp_path: Path) -> None:
    text = (
        "Der Lenkungskreis Bildung tagt zweimal im Jahr. Mitglieder sind:\n\n"
        "- das Schulamt der Stadt Tellau als untere Schulaufsichtsbehörde,\n"
        "- der Leiter des Jugendamtes der Stadt Tellau.\n\n"
        "Im Netzwerk Migration wirken der Caritasverband für den Landkreis Rabenau e. V. und "
        "das Jobcenter Rabenau mit.\n"
    )
    found = {
        (r.subject.canonical.split(" (")[0], r.object.canonical.split(" (")[0])
        for r in document_relations(tmp_path, text, "Stadt Tellau")
        if r.predicate == "participatesIn"
    }
    assert ("Schulamt der Stadt Tellau", "Lenkungskreis Bildung") in found or (
        "Schulamt",
        "Lenkungskreis Bildung",
    ) in found
    assert ("Stadt Tellau", "Lenkungskreis Bildung") in found  # for whom the Leiter sits there
    assert ("Jobcenter Rabenau", "Netzwerk Migration") in found
    assert not any(s == "Landkreis Rabenau" for s, _ in found)


def test_our_staff_named_with_their_post_belong_to_the_publisher(tmp_path: Path) -> None:
    agency = "Transferagentur Elbe-Tellau für Kommunales Bildungsmanagement"
    text = (
        f"Die {agency} berät Kommunen. Begleitet wird der Landkreis von unserer "
        "Prozessbegleiterin Hanna Vogt.\n"
    )
    found = {
        (r.subject.canonical, r.object.canonical, r.role)
        for r in document_relations(tmp_path, text, agency)
        if r.predicate == "memberOf"
    }
    assert ("Hanna Vogt", agency, "Prozessbegleiterin") in found


def test_an_office_named_by_its_towns_adjective_is_the_towns_office(tmp_path: Path) -> None:
    text = (
        "Die Große Kreisstadt Tellau berichtet. Das Tellauer Bildungsbüro lädt ein. Das "
        "Bildungsbüro tagt.\n"
    )
    record = document_record(tmp_path, text, "Große Kreisstadt Tellau", "katalog.txt")
    offices = {m.canonical for m in record.mentions if m.type == "AdministrativeUnit"}
    assert offices == {"Bildungsbüro (Stadt Tellau)"}


def test_a_body_of_a_body_is_its_part(tmp_path: Path) -> None:
    text = "Der Lenkungskreis des Regionalen Bildungsnetzwerks tagt zweimal im Jahr.\n"
    found = {
        (r.predicate, r.subject.canonical.split(" (")[0], r.object.canonical.split(" (")[0])
        for r in document_relations(tmp_path, text, "Kreis Tellau")
    }
    assert (
        "subOrganizationOf",
        "Lenkungskreis des Regionalen Bildungsnetzwerks",
        "Regionales Bildungsnetzwerk",
    ) in found


def test_an_agency_slide_listing_whom_it_accompanies_names_its_partners(tmp_path: Path) -> None:
    relations = document_relations(
        tmp_path,
        "Transferagentur Nord für Kommunales Bildungsmanagement\n\nWir begleiten bereits:\n\n"
        "• Hansestadt Tellau (Zielvereinbarung seit 2017)\n\n"
        "• Hansestadt Rabenau (Netzwerkarbeit)\n",
        "Transferagentur Nord für Kommunales Bildungsmanagement",
    )
    partners = {
        r.subject.canonical or r.subject.text for r in relations if r.predicate == "cooperatesWith"
    }
    assert partners == {"Hansestadt Tellau", "Hansestadt Rabenau"}


def test_members_of_an_alliance_and_who_engages_in_it() -> None:
    found = named_triples(
        "Das Bildungsbüro engagiert sich im Tellauer Bündnis für Lesen, einem Zusammenschluss der "
        "Stadtbibliothek Tellau, der Volkshochschule Tellau und des Kinderschutzbundes Tellau e.V. "
        "Die Jugendberufsagentur Tellau ist ein Bündnis der Stadt Tellau mit dem Jobcenter Tellau."
    )
    members = {(s, o) for s, p, o in found if p == "participatesIn"}
    assert {
        ("Bildungsbüro", "Tellauer Bündnis für Lesen"),
        ("Stadtbibliothek Tellau", "Tellauer Bündnis für Lesen"),
        ("Kinderschutzbund Tellau e.V.", "Tellauer Bündnis für Lesen"),
        ("Stadt Tellau", "Jugendberufsagentur Tellau"),
        ("Jobcenter Tellau", "Jugendberufsagentur Tellau"),
    } <= members


def test_members_listed_under_a_town_body_with_a_dated_note(tmp_path: Path) -> None:
    text = (
        "Dem Bildungsbeirat der Stadt Tellau gehören an (Stand 2024):\n\n"
        "•\t Stadtjugendring Tellau\n•\t Volkshochschule Tellau\n"
    )
    found = {
        (r.subject.canonical or r.subject.text, r.object.canonical or r.object.text)
        for r in document_relations(tmp_path, text, "Stadt Tellau")
        if r.predicate == "participatesIn"
    }
    assert ("Stadtjugendring Tellau", "Bildungsbeirat (Stadt Tellau)") in found
    assert ("Volkshochschule Tellau", "Bildungsbeirat (Stadt Tellau)") in found


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        (
            "Der Arbeitskreis SCHULEWIRTSCHAFT Rabenau wird von Reinhold Achatz, Ausbildungsleiter "
            "der Brandl Kunststofftechnik GmbH, und Schulrätin Andrea Hofstetter vom Staatlichen "
            "Schulamt Rabenau gemeinsam geleitet.",
            ("Arbeitskreis SCHULEWIRTSCHAFT Rabenau", "chairedBy", "Andrea Hofstetter"),
        ),
        (
            "Der Arbeitskreis SCHULEWIRTSCHAFT Rabenau wird von Reinhold Achatz, Ausbildungsleiter "
            "der Brandl Kunststofftechnik GmbH, und Schulrätin Andrea Hofstetter gemeinsam "
            "geleitet.",
            ("Reinhold Achatz", "memberOf", "Brandl Kunststofftechnik GmbH"),
        ),
        (
            "Träger des Modellprojekts „Übergangslotsen“ ist der Kreisjugendring Rabenau (KJR).",
            ("Übergangslotsen", "carriedBy", "Kreisjugendring Rabenau"),
        ),
        (
            "Der Steuerungsgruppe ist die interkommunale AG Bildungsmonitoring als ständige "
            "Arbeitsgruppe zugeordnet.",
            ("AG Bildungsmonitoring", "subOrganizationOf", "Steuerungsgruppe"),
        ),
    ],
)
def test_chairs_with_their_posts_quoted_carried_projects_and_assigned_groups(
    sentence: str, triple: tuple[str, str, str]
) -> None:
    assert triple in named_triples(sentence)


def test_indented_work_packages_stand_side_by_side(tmp_path: Path) -> None:
    """An OCR'd plan indents 'AP 2' under 'AP 1': it is no sub-item of AP 1, and the
    publisher's district office stands for its county as the plan's actor."""
    units = split_units("AP 1 Bestand: Sichtung\n AP 2 Leitbild: Beteiligung\n")
    assert all(u.parent == -1 for u in units)
    text = (
        "Landkreis Rabenau — Arbeitspakete\n\n"
        "AP 1 Bestandsaufnahme: Sichtung der Ergebnisse aus dem Programm „Bildung integriert“\n"
        " AP 2 Leitbild: Beteiligung junger Menschen in Zusammenarbeit mit dem Kreisjugendring "
        "Rabenau\n"
    )
    found = {
        (r.subject.canonical or r.subject.text, r.predicate, r.object.canonical or r.object.text)
        for r in document_relations(tmp_path, text, "Landratsamt Rabenau, Bildungsbüro")
    }
    assert ("Landkreis Rabenau", "cooperatesWith", "Kreisjugendring Rabenau") in found
    assert not any(s == "Bildung integriert" and p == "cooperatesWith" for s, p, _ in found)


def test_two_signatures_side_by_side_give_no_one_the_others_office() -> None:
    text = (
        "Dr. Renate Eichhorn-Vogl                      Georg Wachinger\n"
        "Oberbürgermeisterin der Stadt Tellau     Landrat des Landkreises Rabenau\n"
    )
    assert ("Georg Wachinger", "memberOf", "Stadt Tellau") not in named_triples(text)


def test_work_in_a_body_named_in_a_work_package_is_the_plans_actors(tmp_path: Path) -> None:
    text = (
        "Landkreis Rabenau — Arbeitsplan\n\n"
        "AP 5 Bildungsmonitoring: Fortführung des Atlas, Mitarbeit in der AG Bildungsmonitoring\n"
        "AP 8 Übergang Schule-Beruf: Mitarbeit im Arbeitskreis SCHULEWIRTSCHAFT Rabenau\n"
        "AP 9 Netzwerk: Mitarbeit im Netzwerk Frühe Hilfen Rabenau ist angedacht\n"
    )
    found = {
        (r.subject.canonical or r.subject.text, r.object.canonical or r.object.text)
        for r in document_relations(tmp_path, text, "Landkreis Rabenau")
        if r.predicate == "participatesIn"
    }
    assert ("Landkreis Rabenau", "Arbeitskreis SCHULEWIRTSCHAFT Rabenau") in found
    assert any(s == "Landkreis Rabenau" and o.startswith("AG Bildungsmonitoring") for s, o in found)
    assert not any(o.startswith("Netzwerk Frühe Hilfen") for _, o in found)  # only planned


def test_an_office_after_a_name_and_a_comma_is_that_persons() -> None:
    text = (
        "Für den Landkreis Rabenau            Für die Transferagentur Nordgau\n"
        "Dr. Annegret Vollrath, Landrätin      Dr. Susanne Kreher, Leiterin\n"
    )
    triples = named_triples(text)
    assert ("Susanne Kreher", "memberOf", "Landkreis Rabenau") not in triples


def test_each_party_of_an_agreement_is_paired_with_its_own_representative() -> None:
    found = named_triples(
        "zwischen\n\n"
        "der Agentur für Arbeit Tellau, vertreten durch die Vorsitzende der Geschäftsführung, "
        "Frau Claudia Heitmann,\n\n"
        "dem Jobcenter Rabenau, vertreten durch den Geschäftsführer, Herrn Uwe Brinkmann,\n\n"
        "der Bezirksregierung Tellau, vertreten durch den Leitenden Regierungsschuldirektor "
        "Dr. Klaus Wendt,\n\n"
        "dem Schulamt Rabenau, vertreten durch Schulamtsdirektorin Monika Feldmann\n"
    )
    members = {(s, o) for s, p, o in found if p == "memberOf"}
    assert members == {
        ("Claudia Heitmann", "Agentur für Arbeit Tellau"),
        ("Uwe Brinkmann", "Jobcenter Rabenau"),
        ("Klaus Wendt", "Bezirksregierung Tellau"),
        ("Monika Feldmann", "Schulamt Rabenau"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Bildungsbüro Tellau und das Jugendamt Rabenau tauschen sich monatlich aus.",
        "Das Bildungsbüro Tellau und das Jugendamt Rabenau stimmen ihre Jahresplanungen "
        "miteinander ab.",
    ],
)
def test_two_offices_that_agree_with_each_other_cooperate(sentence: str) -> None:
    found = {(s, o) for s, p, o in named_triples(sentence) if p == "cooperatesWith"}
    assert found == {("Bildungsbüro Tellau", "Jugendamt Rabenau")}


def test_a_chairs_post_whose_remit_names_an_action_field_is_no_person() -> None:
    found = named_triples(
        "Die Steuerungsgruppe Übergang tagt viermal jährlich unter dem Vorsitz der Dezernentin "
        "für Schule, Bildung und Integration, Birgit Sonnemann."
    )
    chairs = {o for s, p, o in found if p == "chairedBy"}
    assert chairs == {"Birgit Sonnemann"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Bildungsbüro Tellau leitet gemeinsam mit dem Jugendamt Rabenau die "
        "MINT-Steuerungsgruppe Tellau.",
        "Zudem leitet das Bildungsbüro Tellau gemeinsam mit dem Jugendamt Rabenau die "
        "MINT-Steuerungsgruppe Tellau.",
    ],
)
def test_offices_that_run_a_body_together_take_part_in_it(sentence: str) -> None:
    found = named_triples(sentence)
    assert {(s, o) for s, p, o in found if p == "participatesIn"} == {
        ("Bildungsbüro Tellau", "MINT-Steuerungsgruppe Tellau"),
        ("Jugendamt Rabenau", "MINT-Steuerungsgruppe Tellau"),
    }
    assert not {t for t in found if t[1] == "cooperatesWith"}  # running it is not cooperating


def test_an_office_coordinating_a_body_takes_part_but_not_in_the_work_it_does() -> None:
    found = named_triples(
        "Das Bildungsbüro Tellau koordiniert außerdem die jährliche Regionale Bildungskonferenz "
        "Tellau. Das Jugendamt Rabenau koordiniert die Arbeit der Steuerungsgruppe Tellau."
    )
    assert {(s, o) for s, p, o in found if p == "participatesIn"} == {
        ("Bildungsbüro Tellau", "Regionale Bildungskonferenz Tellau")
    }


def test_councils_working_in_a_body_named_before_by_its_kind_take_part() -> None:
    found = named_triples(
        "Die Regionale Bildungskonferenz Tellau tagt jährlich. An der Konferenz wirken neben den "
        "Mitgliedern der Steuerungsgruppe Tellau auch der Kreiselternbeirat Tellau und der "
        "Kreisschülerrat Tellau mit."
    )
    assert {(s, o) for s, p, o in found if p == "participatesIn"} == {
        ("Kreiselternbeirat Tellau", "Regionale Bildungskonferenz Tellau"),
        ("Kreisschülerrat Tellau", "Regionale Bildungskonferenz Tellau"),
    }


def test_members_after_a_semicolon_belong_to_the_body_the_pronoun_stands_for() -> None:
    found = named_triples(
        "Das Netzwerk Grundbildung Tellau wird von der Volkshochschule Tellau koordiniert; ihm "
        "gehören u. a. die Evangelische Familienbildungsstätte Rabenau und der Kreisjugendring "
        "Tellau an."
    )
    assert {(s, o) for s, p, o in found if p == "participatesIn"} == {
        ("Volkshochschule Tellau", "Netzwerk Grundbildung Tellau"),
        ("Evangelische Familienbildungsstätte Rabenau", "Netzwerk Grundbildung Tellau"),
        ("Kreisjugendring Tellau", "Netzwerk Grundbildung Tellau"),
    }


def test_a_working_group_named_for_its_report_takes_members_through_a_pronoun() -> None:
    found = named_triples(
        "Für die Erstellung wird eine Redaktionsgruppe Bildungsbericht gebildet. In ihr arbeiten "
        "das Bildungsbüro Tellau und die Agentur für Arbeit Rabenau mit."
    )
    assert {(s, o) for s, p, o in found if p == "participatesIn"} == {
        ("Bildungsbüro Tellau", "Redaktionsgruppe Bildungsbericht"),
        ("Agentur für Arbeit Rabenau", "Redaktionsgruppe Bildungsbericht"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Landkreis Tellau und die Stadt Rabenau haben am 02.05.2024 vereinbart, beim "
        "Bildungsmonitoring zusammenzuarbeiten.",
        "Der Landkreis Tellau und die Stadt Rabenau vereinbaren, künftig eng zu kooperieren.",
    ],
)
def test_two_towns_that_agree_to_work_together_cooperate(sentence: str) -> None:
    found = {(s, o) for s, p, o in named_triples(sentence) if p == "cooperatesWith"}
    assert found == {("Landkreis Tellau", "Stadt Rabenau")}


def test_cooperation_between_two_offices_named_without_an_article() -> None:
    found = named_triples(
        "Die Zusammenarbeit zwischen Bildungsbüro Tellau und der Volkshochschule Rabenau ist in "
        "einem Kooperationsvertrag geregelt."
    )
    assert {(s, o) for s, p, o in found if p == "cooperatesWith"} == {
        ("Bildungsbüro Tellau", "Volkshochschule Rabenau")
    }
