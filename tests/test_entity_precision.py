"""Precision rules for entities: offices vs. roles, programme evidence, designations, merges.

Hand-written German sentences of the kinds found in KBM plans, minutes and product masks.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.context import qualify_mentions
from ingest.coreference import adjectival_variant
from ingest.entities import extract_mask_actor_mentions, extract_mentions
from ingest.noise import is_common_noun, plausible_actor, single_office
from ingest.programmes import name_like
from ingest.records import Mention, Span
from ingest.resolve import resolve


def _found(text: str, kind: str) -> set[str]:
    return {m.canonical or m.text for m in extract_mentions(text) if m.type == kind}


@pytest.mark.parametrize(
    "phrase",
    [
        "Oberbürgermeister",
        "Oberbürgermeisterin der Stadt Musterhausen",
        "Beigeordneter für Kultur, Sport und Schule",
        "Leiter des Amtes für Umweltschutz",
        "Landrätin",
    ],
)
def test_single_offices_are_persons(phrase: str) -> None:
    assert single_office(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "Moderator/-innen",
        "Leiter/-innen der Fachämter",
        "Koordinator/-innen auf beiden Seiten",
        "Vertreter der Stadtverwaltung",
        "deren Vertreter",
        "Protokollant",
        "Organisator/-in",
        "Gleichstellungsbeauftragte",
        "Sachgebietsleiterin Kita",
        "Teamleiter „Berufsberatung“",
    ],
)
def test_roles_plurals_and_job_descriptions_are_not_persons(phrase: str) -> None:
    assert not single_office(phrase)


def test_actor_list_keeps_offices_and_drops_roles() -> None:
    field = (
        "Landrätin, 2 Moderator/-innen, 1 Protokollant, Vertreter der Kreisverwaltung, "
        "Sachgebietsleiterin Schule, Jugendamt, Beigeordneter für Bildung und Sport"
    )
    persons = {m.text for m in extract_mask_actor_mentions(field) if m.type == "Person"}
    assert persons == {"Landrätin", "Beigeordneter für Bildung und Sport"}


def test_title_name_stops_where_the_document_shows_the_surname_ends() -> None:
    text = (
        "Teilnehmende: Paula Wendrich, Leiterin Bildungsbüro\n\n"
        "Im Bildungsbüro ist Frau Wendrich Ansprechpartnerin Übergang Schule Beruf."
    )
    persons = {m.text for m in extract_mentions(text) if m.type == "Person"}
    assert persons == {"Paula Wendrich", "Frau Wendrich"}
    assert _found("Es sprach Frau Paula Wendrich zur Lage.", "Person") == {"Paula Wendrich"}


def test_actor_list_drops_kinds_of_actors_and_descriptions() -> None:
    kinds = ["Anbieter Familienbildung", "Hochschule mit Designschwerpunkt", "Einladende Stiftung"]
    for phrase in [*kinds, "Abgrenzung des Themas", "Partner in der Verwaltung"]:
        assert not plausible_actor(phrase, set()), phrase
    assert plausible_actor("Institut für Lehrerbildung", set())
    assert plausible_actor("Kreisverwaltung", set())


def test_functions_and_process_roles_are_not_organisations() -> None:
    for phrase in ("Schulverwaltung", "Schulaufsicht", "Bauaufsicht"):
        assert not plausible_actor(phrase, set()), phrase
    assert plausible_actor("Stadtverwaltung", set()) and plausible_actor("Landesverwaltung", set())
    text = "Die Einladung verschickt die einladende Stiftung; es zahlt die Bürgerstiftung Rabenau."
    assert _found(text, "Organization") == {"Bürgerstiftung Rabenau"}


def test_negation_covers_every_kind_of_a_coordinated_list() -> None:
    text = "Der Kreis hat keine eigene Hochschule, Fachhochschule oder Außenstelle in Rabenau."
    assert not _found(text, "Organization")
    text = "Der Kreis hat keine Hochschule, aber die Fachhochschule Rabenau kooperiert."
    assert _found(text, "Organization") == {"Fachhochschule Rabenau"}


def test_common_nouns_are_recognised_by_dictionary_and_compound_parts() -> None:
    assert is_common_noun("Flyer") and is_common_noun("Transport")
    assert is_common_noun("Suchtprävention")  # Sucht + Prävention
    assert not is_common_noun("Suchtprävention", compounds=False)
    assert not any(is_common_noun(w) for w in ("STARK", "BiSMit", "Kumulus", "RÜMSA"))
    assert is_common_noun("Erklärvideos") and is_common_noun("Lernorte")  # verb stem + noun


def test_a_bare_trade_agency_is_a_service_bought_not_an_actor() -> None:
    text = (
        "Budget für Gestaltung durch Grafik-Agentur. Für das Konzept sollte eine Kreativagentur "
        "eingebunden sein; die Kreativagentur setzt um. Die Werbeagentur Nordlicht GmbH und die "
        "Freiwilligenagentur Rabenau helfen."
    )
    found = _found(text, "Organization")
    assert not found & {"Grafik-Agentur", "Kreativagentur"}
    assert "Freiwilligenagentur Rabenau" in found


def test_programme_lists_need_a_plural_cue_and_name_shaped_items() -> None:
    text = (
        "Die Stadt nutzt Förderprogramme des Landes (Regionales Übergangsmanagement, "
        "Schulerfolg sichern, Flyer, RÜMSA).\n\nDer PROJEKTPLAN (ABLAUFPLAN) folgt.\n\n"
        "Ein Statistikprogramm (selbst entwickeln, Partner suchen) fehlt."
    )
    found = _found(text, "Programme")
    assert {"Regionales Übergangsmanagement", "Schulerfolg sichern", "RÜMSA"} <= found
    assert not found & {"Flyer", "ABLAUFPLAN", "Partner suchen", "selbst entwickeln"}
    assert not name_like("Anmerkung: z.T. sind Projekte")


def test_quoted_programme_series_and_rejected_quotes() -> None:
    text = (
        "Durch die geförderten Programme „Lernen vor Ort“ und „stadtwerk“ entstanden Foren. "
        "Das Projekt darf kein „Anhängsel“ werden. Ergebnisse des Projekts „Verkehr“ liegen vor."
    )
    found = _found(text, "Programme")
    assert {"Lernen vor Ort", "stadtwerk"} <= found
    assert not found & {"Anhängsel", "Verkehr"}


def test_programmes_given_as_examples_of_the_kind_are_named() -> None:
    text = (
        "Das Modell wurde in Programmen wie „Stadt im Wandel“ erprobt.\n\n"
        "• Transfer aus Vorhaben und Programmen wie\n\n„Lernende Region“ und „Bildung vernetzt“\n\n"
        "Das ist ein Projekt wie „Transport“."
    )
    found = _found(text, "Programme")
    assert {"Stadt im Wandel", "Lernende Region", "Bildung vernetzt"} <= found
    assert "Transport" not in found


def test_a_quoted_frame_of_funding_is_a_programme() -> None:
    text = (
        "Das Bündnis „Lesen am Fluss“ wird im Rahmen von „Kunst für alle“ gefördert. "
        "Das Fest fand im Rahmen von „Sommer am See“ statt."
    )
    found = _found(text, "Programme")
    assert "Kunst für alle" in found
    assert "Sommer am See" not in found


def test_a_fund_in_brackets_is_no_short_form_of_the_union_paying_from_it() -> None:
    text = "Die Agentur wird aus Mitteln der Europäischen Union (ESF Plus) gefördert."
    assert "Europäische Union" in _found(text, "Organization")
    assert "Europäischer Sozialfonds Plus" in _found(text, "Programme")


def test_coined_names_need_programme_evidence() -> None:
    text = (
        "Die Stadt war bei KoBi in der 1. Förderphase beteiligt. Erfahrung mit PowerPoint "
        "ist nötig. Dafür sind 0,5 VzÄ anzusetzen."
    )
    assert _found(text, "Programme") == {"KoBi"}


def test_generic_designation_in_apposition_names_the_organisation() -> None:
    text = (
        "Mit der Schulaufsichtsbehörde (Landesamt für Schule und Bildung) wurde vereinbart. "
        "Später lud die Schulaufsichtsbehörde alle Schulen ein."
    )
    uses = [m for m in extract_mentions(text) if m.text == "Schulaufsichtsbehörde"]
    qualify_mentions(uses, [])
    assert [m.canonical for m in uses] == ["Landesamt für Schule und Bildung"] * 2
    unit = extract_mentions("Das Kulturamt (Dezernat IV) lädt ein.")
    assert {m.canonical for m in unit} >= {"Kulturamt"}  # a parent unit is no synonym


def _mention(text: str, kind: str, line: int, start: int) -> Mention:
    return Mention(text, kind, Span(start, start + len(text), line, line), "pattern:x", text)


def test_unit_without_place_takes_the_documents_one_municipality() -> None:
    placed = _mention("Amt für Schule", "AdministrativeUnit", 1, 0)
    placed.attributes.update({"context": "Stadt Musterhausen", "bare": "Amt für Schule"})
    bare = _mention("Amt für Schule", "AdministrativeUnit", 9, 500)
    qualify_mentions([placed, bare], [])
    assert bare.canonical == "Amt für Schule (Stadt Musterhausen)"


def test_adjectival_variants_of_one_body_merge_in_one_document() -> None:
    assert adjectival_variant("Verwaltungsinterne Lenkungsgruppe") == ("lenkungsgrupp", "")
    assert adjectival_variant("Lenkungsgruppe Bildung") is None  # a name, not a description
    forms = [
        "Lenkungsgruppe",
        "Verwaltungsinterne Lenkungsgruppe",
        "Ressortübergreifende Lenkungsgruppe",
    ]
    mentions = []
    for i, name in enumerate(forms):
        m = _mention(name, "Body", i * 5, i * 100)
        m.attributes.update({"context": "Stadt Musterhausen", "bare": name})
        m.canonical = f"{name} (Stadt Musterhausen)"
        mentions.append(m)
    assert len({e.key for e in resolve({"plan": mentions}).entities}) == 1
    mentions[2].span = Span(500, 530, 5, 5)  # two variants on one line: kept apart
    assert len({e.key for e in resolve({"plan": mentions}).entities}) == 3


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHÄÖÜ /-„“", max_size=40))
def test_precision_rules_never_fail_on_arbitrary_text(text: str) -> None:
    assert isinstance(single_office(text), bool)
    assert isinstance(name_like(text), bool)
    assert isinstance(is_common_noun(text), bool)
    assert adjectival_variant(text) is None or len(adjectival_variant(text) or ()) == 2


def test_an_office_before_a_name_is_no_part_of_it() -> None:
    assert _found("Es sprach Landrätin Anne Fichte.", "Person") == {"Anne Fichte"}
    assert _found("Zuständig ist Landrat Amt Schule.", "Person") == set()


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Neuaufteilung des Dezernates II, Ausrichtung auf mehr Beteiligung", "Dezernat II"),
        ("Das Dezernat III, Bildung und Soziales lädt ein.", "Dezernat III, Bildung und Soziales"),
    ],
)
def test_a_comma_word_that_governs_what_follows_is_no_remit(text: str, unit: str) -> None:
    assert _found(text, "AdministrativeUnit") == {unit}


def test_numbered_departments_and_spa_towns_in_names() -> None:
    text = (
        "Ihr gehören die Abteilung 3 – Jugend und Familie, die Abteilung 5, die "
        "Kreisvolkshochschule Tellau und die Agentur für Arbeit Bad Rabenau an."
    )
    assert _found(text, "AdministrativeUnit") >= {"Abteilung 3 – Jugend und Familie", "Abteilung 5"}
    assert "Agentur für Arbeit Bad Rabenau" in _found(text, "Organization")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Mit dabei sind die Werkzeugbau Kämmerer & Söhne GmbH und andere Betriebe.",
            "Werkzeugbau Kämmerer & Söhne GmbH",
            "Organization",
        ),
        (
            "Betriebe, u. a. die Tellauer Formguss GmbH & Co. KG, bieten Plätze an.",
            "Tellauer Formguss GmbH & Co. KG",
            "Organization",
        ),
        (  # the sentence's full stop is not part of the legal form
            "Partner ist die Rabenau Kunststofftechnik GmbH. Sie bildet aus.",
            "Rabenau Kunststofftechnik GmbH",
            "Organization",
        ),
        (
            "• Vorstand des Instituts: Prof. Dr. Gunter Albrecht",
            "Prof. Dr. Gunter Albrecht",
            "Person",
        ),
    ],
)
def test_partners_joined_by_an_ampersand_and_two_academic_titles(
    text: str, name: str, kind: str
) -> None:
    assert name in _found(text, kind)


def test_a_group_of_a_body_said_of_another_is_no_name() -> None:
    text = (
        "Die AG Daten ist seit 2022 Unterarbeitsgruppe des Bildungsnetzwerks. Als ständige "
        "Arbeitsgruppe der Konferenz arbeitet der Arbeitskreis Schule–Beruf."
    )
    found = _found(text, "Body")
    assert {"AG Daten", "Arbeitskreis Schule–Beruf"} <= found
    assert not {f for f in found if f.startswith(("Unterarbeitsgruppe", "Arbeitsgruppe"))}


def test_a_numbered_item_after_a_programme_word_is_no_programme() -> None:
    text = (
        "Feinplanung des Arbeitsprogramms\n AP 2 Bildungsleitbild für den Landkreis.\n\n"
        "Im Programm STARK werden Stellen gefördert."
    )
    found = _found(text, "Programme")
    assert "AP" not in found and "STARK" in found


def test_the_date_of_an_actor_list_is_no_actor() -> None:
    field = "Dem Bildungsbeirat gehören an (Stand 2024):\n\n•\t Stadtjugendring Tellau\n"
    names = {m.canonical or m.text for m in extract_mask_actor_mentions(field)}
    assert "Stand 2024" not in names
    assert "Stadtjugendring Tellau" in names


def test_a_seat_in_a_council_is_no_organisation() -> None:
    assert not plausible_actor("Mitglied jeder Fraktion", set())


def test_a_press_conference_is_an_event_not_a_body() -> None:
    text = "Die Pressekonferenz am 3. Mai stellte die Bildungskonferenz Rabenau vor."
    bodies = _found(text, "Body")
    assert "Pressekonferenz" not in bodies and "Bildungskonferenz Rabenau" in bodies


def test_people_in_a_flattened_contact_table_stay_out_of_the_names_beside_them() -> None:
    table = (
        "Funktion Name Institution Erreichbarkeit\n"
        "Beigeordnete, Dezernat II Sabine Lorenz-Hähnel Landratsamt Marbeck Vorsitz "
        "Steuerungsgruppe Bildung\n"
        "Sachgebietsleiterin Bildungsbüro Katrin Wunderlich Landratsamt Marbeck\n"
        "Leiterin Dr. Friederike Albrecht Transferagentur Ostmoor Geschäftsstelle\n"
        "Prozessbegleiter Martin Leuschner Transferagentur Ostmoor Team West\n"
    )
    names = {m.canonical or m.text: m.type for m in extract_mentions(table)}
    assert names["Dezernat II"] == "AdministrativeUnit"
    assert names["Steuerungsgruppe Bildung"] == "Body"
    assert names["Transferagentur Ostmoor"] == "Organization"
    assert not [n for n in names if "Leuschner" in n or "Prozessbegleiter" in n]
    assert not [n for n in names if "Sabine" in n and names[n] != "Person"]


def test_an_association_named_like_a_network_is_one_organisation() -> None:
    assert _found(
        "Den BO-Bus betreibt das Netzwerk Jugend und Arbeit Marbeck e.V. seit 2019.",
        "Organization",
    ) == {"Netzwerk Jugend und Arbeit Marbeck e.V."}


def test_a_working_group_of_a_body_is_named_by_that_body() -> None:
    assert _found(
        "Die Vorbereitungsgruppe der Regionalen Bildungskonferenz tagt monatlich.", "Body"
    ) == {"Vorbereitungsgruppe der Regionalen Bildungskonferenz"}


def test_a_numbered_field_heading_names_the_field_up_to_its_sentence_end() -> None:
    fields = _found(
        "Handlungsfeld 2: Schulerfolg. Ziel ist, den Anteil der Abgänge ohne Abschluss zu "
        "senken.\nHandlungsfeld 3: Medienbildung\n",
        "ActionField",
    )
    assert "Schulerfolg" in fields
    assert not [f for f in fields if "Ziel ist" in f]
