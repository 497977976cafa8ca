"""Municipality context of place-less bodies and units; noise filters for generic nouns."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from rdflib import SKOS, Dataset, URIRef

from graph.build import add_entities, entity_iri
from graph.vocab import ENTITIES_GRAPH
from ingest.context import (
    BARE,
    CONTEXT,
    city_name,
    genitive_forms,
    heading_municipality,
    local_kind_organisation,
    municipality_forms,
    municipality_in,
    name_bare_kinds,
    only_towns,
    place_of,
    qualify_mentions,
)
from ingest.entities import extract_mask_actor_mentions, extract_mentions
from ingest.municipal_kinds import KINDS, MunicipalKind
from ingest.naming import PLACE_REGEX
from ingest.noise import generic_plural, is_plural_noun, plausible_actor
from ingest.pipeline import WRITTEN
from ingest.records import Mention, Section, Span
from ingest.resolve import resolve


def mention(text: str, kind: str, start: int, line: int = 1) -> Mention:
    return Mention(text, kind, Span(start, start + len(text), line, line), "test", text)


def section(key: str, title: str, start: int, end: int, parent: str | None = None) -> Section:
    return Section(key, title, 2, Span(start, end, 1, 1), parent=parent)


def test_heading_that_is_a_municipality_gives_the_context() -> None:
    assert heading_municipality("LK Musterkreis")[0] == "Musterkreis"  # type: ignore[index]
    assert heading_municipality("**Stadt Beispielstadt**") is not None
    assert heading_municipality("Zusammenarbeit mit der Stadt Beispielstadt und Partnern") is None
    assert heading_municipality("Tagesordnung") is None


def test_publisher_municipality() -> None:
    assert municipality_in("Stadt Musterhausen, Amt für Jugend") == (
        "Stadt Musterhausen",
        "Stadt Musterhausen",
    )
    assert municipality_in("Deutsches Jugendinstitut / Projektbüro") is None


def test_body_under_municipality_heading_is_qualified() -> None:
    sections = [
        section("a", "Stadt Musterhausen", 0, 100),
        section("b", "LK Beispielkreis", 100, 200),
    ]
    one, two = mention("Bildungsbeirat", "Body", 10), mention("Bildungsbeirat", "Body", 120)
    qualify_mentions([one, two], sections)
    assert one.canonical == "Bildungsbeirat (Stadt Musterhausen)"
    assert two.canonical == "Bildungsbeirat (Beispielkreis)"
    entities = resolve({"doc": [one, two]}).entities
    assert len(entities) == 2  # two towns, two advisory boards
    assert all("Bildungsbeirat" in e.alt_labels for e in entities)


def test_publisher_is_the_fallback_context_and_organisations_stay_bare() -> None:
    body, org = mention("Steuerungskreis", "Body", 10), mention("Jobcenter", "Organization", 40)
    qualify_mentions([body, org], [], publisher="Stadt Musterhausen, Dezernat Bildung")
    assert body.attributes[CONTEXT] == "Stadt Musterhausen"
    assert org.canonical == "Jobcenter"


def test_no_context_leaves_the_name_alone() -> None:
    body = mention("Lenkungsgruppe", "Body", 10)
    qualify_mentions([body], [section("x", "Tagesordnung", 0, 50)], publisher="ein Institut")
    assert body.canonical == "Lenkungsgruppe"
    assert CONTEXT not in body.attributes


def test_place_adjective_and_qualified_name_resolve_together() -> None:
    town = mention("Stadt Musterhausen", "Municipality", 0)
    placed = mention("Musterhausener Bildungskonferenz", "Body", 30)
    bare = mention("Bildungskonferenz", "Body", 80)
    qualify_mentions([town, placed, bare], [], publisher="Stadt Musterhausen")
    assert placed.attributes[BARE] == "Bildungskonferenz"
    resolution = resolve({"doc": [town, placed, bare]})
    assert resolution.entity_of(placed) is resolution.entity_of(bare)


def test_municipality_on_the_same_line_wins_over_the_heading() -> None:
    town = mention("Stadt Beispielstadt", "Municipality", 10, line=3)
    unit = mention("Bildungsbüro", "AdministrativeUnit", 50, line=3)
    qualify_mentions([town, unit], [section("a", "LK Musterkreis", 0, 100)])
    assert unit.attributes[CONTEXT] == "Stadt Beispielstadt"


def test_a_venue_named_early_in_a_long_paragraph_owns_no_office_far_along_it() -> None:
    venue = mention("Markt Obersulz", "Municipality", 40, line=3)  # "… findet im Markt X statt."
    unit = mention("Bildungsbüro", "AdministrativeUnit", 190, line=3)
    qualify_mentions([venue, unit], [], publisher="Landkreis Talau")
    assert unit.attributes[CONTEXT] == "Landkreis Talau"


def test_a_unit_followed_by_its_municipality_after_a_comma_is_that_ones() -> None:
    unit = mention("Stabsstelle Bildungsmanagement", "AdministrativeUnit", 20, line=3)
    town = mention("Landkreis Rabenau", "Municipality", 52, line=3)  # "…management, Landkreis …"
    cell = mention("Bildungsbüro", "AdministrativeUnit", 120, line=5)
    other = mention("Stadt Tellau", "Municipality", 135, line=5)  # "Bildungsbüro | Stadt …"
    qualify_mentions([unit, town, cell, other], [], publisher="Kreis Lennau")
    assert unit.attributes[CONTEXT] == "Landkreis Rabenau"
    assert cell.attributes[CONTEXT] == "Kreis Lennau"


def test_place_of_reads_adjectives_and_genitives() -> None:
    places = {"musterhausen": "Stadt Musterhausen", "musterhausener": "Stadt Musterhausen"}
    assert place_of("Musterhausener Stadtrat", places) == ("Stadt Musterhausen", "Stadtrat")
    assert place_of("Jugendamt der Stadt Musterhausen", places) == (
        "Stadt Musterhausen",
        "Jugendamt",
    )
    assert place_of("Interner Steuerungskreis", places) is None


def test_plurals_by_lookup_lemmas_also_in_compounds() -> None:
    assert is_plural_noun("Schulen") and is_plural_noun("Kindertagesstätten")
    assert is_plural_noun("Lehrer/-innen")
    assert not is_plural_noun("Schule") and not is_plural_noun("Steuerungskreis")
    # the lookup table lemmatises "Runde" as if it were a plural of "rund"
    assert not is_plural_noun("Stiftungsrunde") and is_plural_noun("Stiftungsrunden")


def test_generic_plural_bodies_are_not_names() -> None:
    assert generic_plural("thematische Arbeitskreise")
    assert generic_plural("Arbeitsgruppen")
    assert not generic_plural("Arbeitskreise Schule Wirtschaft")
    assert not generic_plural("Städtische Bibliotheken")
    assert not generic_plural("Dresdner Städtische Bibliotheken")
    # a place adjective alone: the several universities of a town, not one organisation
    assert generic_plural("Dresdner Hochschulen")
    assert generic_plural("Magdeburger Universitäten")
    texts = [m.text for m in extract_mentions("Dazu tagen regelmäßig thematische Arbeitskreise.")]
    assert not any("Arbeitskreise" in t for t in texts)


def test_actor_list_keeps_names_and_drops_groups_and_activities() -> None:
    field = (
        "Schulen, Eltern, Druck, Stadtverwaltung, Präsenz auf, Mitarbeiter des ÖA, Politik, "
        "Verwaltung"
    )
    labels = {m.canonical for m in extract_mask_actor_mentions(field)}
    assert "Stadtverwaltung" in labels
    assert "Mitarbeiter des ÖA" not in labels  # staff of an office: people, not an organisation
    assert not labels & {"Schulen", "Eltern", "Druck", "Präsenz auf", "Verwaltung"}  # sector


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüß -", max_size=30))
def test_noise_filters_never_fail_on_arbitrary_text(text: str) -> None:
    assert isinstance(generic_plural(text), bool)
    assert isinstance(plausible_actor(text, set()), bool)


def test_qualified_names_take_every_way_of_naming_the_municipality() -> None:
    assert municipality_forms("Landkreis Musterkreis") == [
        "Landkreis Musterkreis",
        "LK Musterkreis",
        "Musterkreis",
    ]
    assert municipality_forms("Stadt Halle (Saale)")[-2:] == ["Stadt Halle", "Halle"]
    town = mention("LK Musterkreis", "Municipality", 0)
    body = mention("Steuerungsgruppe „Sozialplanung“", "Body", 30)
    qualify_mentions([town, body], [section("a", "LK Musterkreis", 0, 100)])
    entity = resolve({"doc": [town, body]}).entity_of(body)
    labels = {entity.label, *entity.alt_labels}
    assert "Steuerungsgruppe „Sozialplanung“ (Landkreis Musterkreis)" in labels
    assert "Steuerungsgruppe Sozialplanung (Musterkreis)" in labels


def same_name_in_two_parts(name: str, kind: str) -> tuple[list[Section], Mention, Mention]:
    """Minutes with a part per municipality, each naming `name` once."""
    sections = [section("a", "Stadt Musterhausen", 0, 100), section("b", "LK Beispiel", 100, 200)]
    return sections, mention(name, kind, 10), mention(name, kind, 120)


def test_kind_named_organisations_take_the_municipality_of_their_part() -> None:
    sections, here, there = same_name_in_two_parts("Jugendberufsagentur", "Organization")
    named = mention("Bertelsmann Stiftung", "Organization", 130)
    qualify_mentions([here, there, named], sections)
    assert here.canonical == "Jugendberufsagentur (Stadt Musterhausen)"
    assert there.attributes[CONTEXT] != here.attributes[CONTEXT]
    assert named.canonical == "Bertelsmann Stiftung"
    # One municipality's own document does not qualify its organisations.
    alone = mention("Jugendberufsagentur", "Organization", 10)
    qualify_mentions([alone], [section("a", "Stadt Musterhausen", 0, 100)])
    assert CONTEXT not in alone.attributes


@given(st.text(max_size=40))
def test_local_kind_organisation_never_fails(name: str) -> None:
    assert local_kind_organisation(name) in (True, False)
    if local_kind_organisation(name):
        assert not any(w.isupper() and len(w) > 1 for w in name.split())


def test_a_short_form_of_a_placed_name_is_not_qualified() -> None:
    sections = [section("a", "LK Nordheide", 0, 100), section("b", "Stadt Südheim", 100, 200)]
    full = mention("Glascampus Nordstadt", "Organization", 10)
    short = mention("Glascampus", "Organization", 60)
    qualify_mentions([full, short], sections)
    assert CONTEXT not in short.attributes
    assert resolve({"doc": [full, short]}).entity_of(short).label == "Glascampus Nordstadt"


def test_a_bare_name_two_offices_of_one_document_share_labels_neither() -> None:
    sections, north, south = same_name_in_two_parts("Bildungsbüro", "AdministrativeUnit")
    elsewhere = mention("Jugendamt", "AdministrativeUnit", 10)
    qualify_mentions([north, south], sections)
    qualify_mentions([elsewhere], [section("c", "Stadt Irgendwo", 0, 100)])
    result = resolve({"minutes": [north, south], "plan": [elsewhere]})
    ds = Dataset()
    add_entities(ds, result.entities)
    graph = ds.graph(ENTITIES_GRAPH)

    def labels(entity_mention: Mention, *props: URIRef) -> set[str]:
        node = entity_iri(result.entity_of(entity_mention))
        return {str(o) for p in props for o in graph.objects(node, p)}

    office = labels(north, SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)
    assert "Bildungsbüro" not in office
    assert {"Bildungsbüro (Stadt Musterhausen)", "Bildungsbüro Stadt Musterhausen"} <= office
    assert "Jugendamt" in labels(elsewhere, SKOS.altLabel)


def test_the_one_town_of_a_section_places_its_bodies_under_the_plain_city_name() -> None:
    text = "Aufgaben für die Bildungsstadt Musterhausen: Aufbau eines „Bildungsbeirates“."
    town = mention("Bildungsstadt Musterhausen", "Municipality", text.index("Bildungsstadt"))
    body = mention("Bildungsbeirat", "Body", text.index("„Bildungsbeirates“"))
    qualify_mentions([town, body], [section("s", "Mögliche Aufgaben", 0, len(text))], "TransAg")
    assert body.canonical == "Bildungsbeirat (Stadt Musterhausen)"
    other = mention("Beispielstadt", "Municipality", 90, line=2)
    lonely = mention("Beirat", "Body", 120, line=3)
    two_towns = [town, other, lonely]
    qualify_mentions(two_towns, [section("s", "Aufgaben", 0, 150)], "TransAg")
    assert CONTEXT not in lonely.attributes


def test_state_offices_are_not_units_of_the_town_that_mentions_them() -> None:
    state, town_office = (
        mention("Staatliches Schulamt", "AdministrativeUnit", 10),
        mention("Schulverwaltungsamt", "AdministrativeUnit", 40),
    )
    qualify_mentions([state, town_office], [], publisher="Landkreis Rabenau")
    assert state.canonical == "Staatliches Schulamt"
    assert town_office.canonical == "Schulverwaltungsamt (Landkreis Rabenau)"


def test_a_municipal_kind_word_is_no_place_of_an_office() -> None:
    text = "- Bildungsbüro Landkreis Rabenau\n- Kreishandwerkerschaft Rabenau\n"
    found = {(m.text, m.type) for m in extract_mentions(text)}
    assert ("Bildungsbüro", "AdministrativeUnit") in found
    assert ("Landkreis Rabenau", "Municipality") in found
    assert ("Kreishandwerkerschaft Rabenau", "Organization") in found


def test_genitive_forms_name_the_owner_after_a_unit() -> None:
    assert genitive_forms("Landkreis Rabenau") == ["des Landkreises Rabenau"]
    assert genitive_forms("Stadt Kesselsdorf") == ["der Stadt Kesselsdorf"]
    assert genitive_forms("Saalekreis") == []
    assert genitive_forms("Hansestadt Elbmünde") == ["der Hansestadt Elbmünde"]
    assert genitive_forms("Große Kreisstadt Tellau") == ["der Großen Kreisstadt Tellau"]


def test_a_unit_named_with_its_owner_belongs_to_it_whoever_publishes() -> None:
    owner = mention("Landkreis Ohrenfeld", "Municipality", 30)
    office = mention("Bildungsbüro", "AdministrativeUnit", 4)
    qualify_mentions([owner, office], [], "Landkreis Rabenau", {id(office): owner})
    assert office.canonical == "Bildungsbüro (Landkreis Ohrenfeld)"


def test_an_office_the_document_gives_an_owner_once_is_the_owners_throughout() -> None:
    owner = mention("Landkreis Ohrenfeld", "Municipality", 30, line=2)
    named = mention("Stabsstelle Bildung", "AdministrativeUnit", 4, line=2)
    again = mention("Stabsstelle Bildung", "AdministrativeUnit", 90, line=5)
    elsewhere = mention("Jugendamt", "AdministrativeUnit", 120, line=7)
    qualify_mentions([owner, named, again, elsewhere], [], "Landkreis Rabenau", {id(named): owner})
    assert again.canonical == "Stabsstelle Bildung (Landkreis Ohrenfeld)"
    assert elsewhere.canonical == "Jugendamt (Landkreis Rabenau)"


def test_a_kind_every_town_has_keeps_the_publishers_town_elsewhere_in_the_document() -> None:
    owner = mention("Landkreis Ohrenfeld", "Municipality", 30, line=2)
    named = mention("Jugendamt", "AdministrativeUnit", 4, line=2)
    again = mention("Jugendamt", "AdministrativeUnit", 90, line=40)
    qualify_mentions([owner, named, again], [], "Stadt Rabenau", {id(named): owner})
    assert named.canonical == "Jugendamt (Landkreis Ohrenfeld)"
    assert again.canonical == "Jugendamt (Stadt Rabenau)"


def test_a_city_is_one_qualifier_however_it_is_titled() -> None:
    assert city_name("Große Kreisstadt Tellau") == "Stadt Tellau"
    assert city_name("Stadt Tellau (Oberfranken)") == "Stadt Tellau"
    assert city_name("Hansestadt Elbmünde") == "Stadt Elbmünde"


def test_other_dashes_and_the_sources_damaged_spelling_are_hidden_labels() -> None:
    group = mention("AG Übergang Schule–Beruf", "Body", 0)
    group.attributes[WRITTEN] = "AG Ubergang Schule-Beruf"
    result = resolve({"plan": [group]})
    ds = Dataset()
    add_entities(ds, result.entities)
    node = entity_iri(result.entity_of(group))
    hidden = {str(o) for o in ds.graph(ENTITIES_GRAPH).objects(node, SKOS.hiddenLabel)}
    assert {"AG Übergang Schule-Beruf", "AG Ubergang Schule-Beruf"} <= hidden


def test_a_bare_kind_two_resources_of_a_document_name_inflected_is_no_label_of_either() -> None:
    from ingest.records import Entity

    north = Entity(
        "bb-north",
        "AdministrativeUnit",
        "Bildungsbüro (LK Nord)",
        {"Bildungsbüro"},
        [("minutes", mention("Bildungsbüro", "AdministrativeUnit", 0))],
    )
    south = Entity("bb-south", "AdministrativeUnit", "Großes Bildungsbüro (LK Süd)",
                   {"Bildungsbüros"},
                   [("minutes", mention("Bildungsbüros", "AdministrativeUnit", 50))])  # fmt: skip
    ds = Dataset()
    add_entities(ds, [north, south])
    graph = ds.graph(ENTITIES_GRAPH)
    labels = {str(o) for o in graph.objects(entity_iri(north), None) if hasattr(o, "language")}
    assert "Bildungsbüro" not in labels


def test_a_body_named_after_its_region_is_not_the_publishers() -> None:
    network = mention("Bildungsnetzwerk Elsterland", "Body", 4)
    group = mention("AG Übergang Schule–Beruf", "Body", 40)
    qualify_mentions([network, group], [], "Landkreis Rabenau")
    assert network.canonical == "Bildungsnetzwerk Elsterland"
    assert group.canonical == "AG Übergang Schule–Beruf (Landkreis Rabenau)"


def test_a_bare_organisation_is_the_one_seated_one_its_document_names() -> None:
    seated = mention("Agentur für Arbeit Tellau", "Organization", 0)
    bare = mention("Agentur für Arbeit", "Organization", 40)
    name_bare_kinds([seated, bare])
    assert bare.canonical == "Agentur für Arbeit Tellau"
    two = [mention("Agentur für Arbeit Tellau", "Organization", 0),
           mention("Agentur für Arbeit Rabenau", "Organization", 30),
           mention("Agentur für Arbeit", "Organization", 60)]  # fmt: skip
    name_bare_kinds(two)
    assert two[2].canonical == "Agentur für Arbeit"  # which one is unclear: left alone


def test_a_bare_office_is_the_one_placed_a_few_lines_away_when_two_towns_have_one() -> None:
    north_town = mention("Landkreis Nord", "Municipality", 300, line=10)
    south_town = mention("Stadt Süd", "Municipality", 900, line=40)
    bare = mention("Bildungsbüro", "AdministrativeUnit", 200, line=8)
    north = mention("Bildungsbüro", "AdministrativeUnit", 320, line=10)
    south = mention("Bildungsbüro", "AdministrativeUnit", 920, line=40)
    owners = {id(north): north_town, id(south): south_town}
    mentions = [bare, north_town, north, south_town, south]
    qualify_mentions(mentions, [], "Transferagentur Mitte", owners)
    assert north.canonical == "Bildungsbüro (Landkreis Nord)"
    assert south.canonical == "Bildungsbüro (Stadt Süd)"
    assert bare.canonical == "Bildungsbüro (Landkreis Nord)"


def test_the_state_school_office_is_the_one_its_document_names_however_placed() -> None:
    """'das Staatliche Schulamt' after 'Staatliches Schulamt im Landkreis Rabenau': one office;
    a document naming two keeps the bare form apart."""
    town = mention("Landkreis Rabenau", "Municipality", 0)
    named = mention("Staatliches Schulamt im Landkreis Rabenau", "AdministrativeUnit", 30)
    bare = Mention("Staatliche Schulamt", "AdministrativeUnit", Span(90, 109, 3, 3), "test",
                   "Staatliches Schulamt")  # fmt: skip
    elsewhere = mention("Staatliches Schulamt Tellau", "AdministrativeUnit", 10)
    result = resolve({"plan": [town, named, bare], "slides": [elsewhere]})
    assert result.entity_of(bare) is result.entity_of(named)
    other = mention("Staatliches Schulamt Tellau", "AdministrativeUnit", 60)
    second = Mention("Staatliche Schulamt", "AdministrativeUnit", Span(90, 109, 3, 3), "test",
                     "Staatliches Schulamt")  # fmt: skip
    named_again = mention("Staatliches Schulamt im Landkreis Rabenau", "AdministrativeUnit", 30)
    two = resolve({"minutes": [town, named_again, other, second]})
    assert two.entity_of(second) is not two.entity_of(named_again)
    assert two.entity_of(second) is not two.entity_of(other)


def test_a_body_placed_in_its_town_is_the_one_named_with_the_town() -> None:
    town = mention("Stadt Tellau", "Municipality", 0)
    placed = mention("Netzwerk Übergang Schule–Beruf", "Body", 20)
    qualify_mentions([town, placed], [], "Stadt Tellau")
    named = mention("Netzwerk Übergang Schule–Beruf Tellau", "Body", 10)
    other = mention("Netzwerk Übergang Schule–Beruf Rabenau", "Body", 60)
    result = resolve({"report": [town, placed], "minutes": [named, other]})
    assert result.entity_of(placed) is result.entity_of(named)
    assert result.entity_of(other) is not result.entity_of(named)


def test_a_county_body_in_a_towns_document_belongs_to_the_county_it_names() -> None:
    town = mention("Stadt Tellau", "Municipality", 0)
    county = mention("Landkreis Rabenau", "Municipality", 20)
    council = mention("Kreistag", "Body", 60)
    town_council = mention("Stadtrat", "Body", 80)
    qualify_mentions([town, county, council, town_council], [], "Stadt Tellau")
    assert council.canonical == "Kreistag (Landkreis Rabenau)"
    assert town_council.canonical == "Stadtrat (Stadt Tellau)"
    alone = mention("Kreistag", "Body", 60)
    qualify_mentions([mention("Stadt Tellau", "Municipality", 0), alone], [], "Stadt Tellau")
    assert alone.canonical == "Kreistag"  # no county named: whose is unclear


def test_a_unit_after_its_administration_and_a_comma_is_that_municipalitys() -> None:
    from ingest.context import body_owners

    text = (
        "Herausgeber: Stadt Tellau, in Zusammenarbeit mit dem Landratsamt Rabenau, Sachgebiet 22."
    )
    town = Mention("Stadt Tellau", "Municipality", Span(13, 25, 1, 1), "test", "Stadt Tellau")
    county = Mention("Rabenau", "Municipality", Span(65, 72, 1, 1), "test", "Landkreis Rabenau")
    office = Mention("Landratsamt Rabenau", "AdministrativeUnit", Span(53, 72, 1, 1), "test",
                     "Landratsamt Rabenau")  # fmt: skip
    unit = Mention("Sachgebiet 22", "AdministrativeUnit", Span(74, 87, 1, 1), "test",
                   "Sachgebiet 22")  # fmt: skip
    assert text[unit.span.start : unit.span.end] == "Sachgebiet 22"
    owners = body_owners([town, county, office, unit], text)
    assert owners[id(unit)] is county


def test_a_district_office_as_publisher_stands_for_its_county() -> None:
    assert municipality_in("Landratsamt Rabenau, Bildungsbüro") == (
        "Landkreis Rabenau",
        "Landratsamt Rabenau",
    )
    town = mention("Stadt Tellau", "Municipality", 0)
    county = mention("Saale-Tell-Kreis", "Municipality", 20)
    unit = mention("Stabsstelle Kreisentwicklung", "AdministrativeUnit", 60)
    qualify_mentions([town, county, unit], [], "Stadt Tellau")
    assert unit.canonical == "Stabsstelle Kreisentwicklung (Saale-Tell-Kreis)"


def _owners(tmp_path, text: str, publisher: str, name: str):  # type: ignore[no-untyped-def]
    """The document as ingest reads it, and each mention's owning municipality by its text."""
    from relation_helpers import document_record

    record = document_record(tmp_path, text, publisher, name)
    return record, {m.text: m.attributes.get("context") for m in record.mentions}


def test_offices_listed_under_a_municipality_alone_on_its_line_are_its_own(tmp_path) -> None:
    text = (
        "Wer macht was?\n\n"
        "Landkreis Tellau\n\n"
        "• Bildungsbüro im Fachdienst Schulverwaltung und Bildung\n\n"
        "Stadt Rabenau\n\n"
        "• Abteilung Bildungsplanung im Amt für Schule und Sport\n"
        "  mit dem Sachgebiet Statistik\n\n"
        "Gemeinsame Geschäftsstelle der Region\n\n"
        "Dr. Lea Horn\n"
        "Abteilungsleiterin Bildungsplanung\n"
        "Stadt Rabenau  I  Amt für Jugend\n"
        "Tel.: 0123 4567\n"
    )
    record, owner = _owners(tmp_path, text, "Bildungsbüro des Landkreises Tellau", "folien.txt")
    assert owner["Fachdienst Schulverwaltung und Bildung"] == "Landkreis Tellau"
    assert owner["Amt für Schule und Sport"] == "Stadt Rabenau"
    assert owner["Sachgebiet Statistik"] == "Stadt Rabenau"
    # the contact's "Stadt X | Amt Y" (the separator repaired from "I") is an office of X
    offices = {r.object.canonical for r in record.relations if r.predicate == "memberOf"}
    assert {"Amt für Jugend (Stadt Rabenau)", "Stadt Rabenau"} <= offices


def test_the_county_a_joint_agreement_speaks_of_owns_its_office_named_bare_later(
    tmp_path,
) -> None:
    text = (
        "Vereinbarung zwischen der Stadt Rabenau und dem Landkreis Tellau\n\n"
        "(1) Die Geschäftsstelle wird vom Bildungsbüro des Landkreises geführt.\n\n"
        "(2) Das Bildungsbüro bereitet die Sitzungen vor.\n"
    )
    record, owner = _owners(tmp_path, text, "Stadt Rabenau; Landkreis Tellau", "v.txt")
    owners = {m.attributes.get("context") for m in record.mentions if m.text == "Bildungsbüro"}
    assert owners == {"Landkreis Tellau"}


def test_an_office_in_a_participants_role_is_the_municipality_s_listed_beside_it(
    tmp_path,
) -> None:
    text = (
        "# Protokoll\n\n"
        "| Name | Funktion | Institution |\n"
        "|---|---|---|\n"
        "| Ute Lange | Amtsleiterin, Amt für Schule und Sport | Stadt Rabenau |\n"
        "| Dana Weiße | Leiterin Bildungsbüro | Landkreis Tellau |\n"
    )
    _, owner = _owners(tmp_path, text, "Landkreis Tellau", "protokoll.md")
    assert owner["Amt für Schule und Sport"] == "Stadt Rabenau"


@given(st.sampled_from(KINDS), st.sampled_from(["Rabenau", "Tellau-Süd", "Ohlfeld"]))
def test_every_kind_in_the_table_names_an_owner_and_is_no_place(
    kind: MunicipalKind, place: str
) -> None:
    """A kind added to the table reaches the owner forms, the place rule and the county test."""
    assert genitive_forms(f"{kind.noun} {place}")[0] == f"{kind.genitive} {place}"
    assert not re.fullmatch(PLACE_REGEX, kind.noun)
    assert not re.fullmatch(PLACE_REGEX, kind.genitive_noun)
    town_and_county = only_towns([mention(f"{kind.noun} {place}", "Municipality", 0)])
    assert list(town_and_county) == [kind.county]


def test_an_abbreviated_county_has_the_counties_owner_form() -> None:
    assert genitive_forms("Lkr. Rabenau") == ["des Landkreises Rabenau"]


def test_a_towns_own_body_in_a_county_document_is_the_town_named_just_before() -> None:
    text = (
        "AP 12 Kooperation mit der Stadt Marbach: gemeinsame Daten mit dem Schulamt der Stadt "
        "Marbach, regelmäßige Abstimmung mit dem Magistrat.\n\n"
        "AP 13 Transfer: Austausch mit der Stadt Ohlfeld und der Gemeinde Tessin.\n"
    )
    mentions = extract_mentions(text)
    qualify_mentions(mentions, [], publisher="Landkreis Talau")
    council = next(m for m in mentions if m.text == "Magistrat")
    assert council.type == "Body"
    assert council.canonical == "Magistrat (Stadt Marbach)"


def test_a_body_of_the_county_named_by_its_kind_is_the_county_the_document_speaks_for() -> None:
    text = (
        "Der Landkreis Rabenau und die Stadt Tellau stimmen sich ab; der Landkreis Ohrau "
        "hospitiert.\n\nKlare Zuständigkeiten zwischen Bildungsbeirat der Stadt und "
        "Bildungsbeirat des Landkreises.\n"
    )
    mentions = extract_mentions(text)
    qualify_mentions(mentions, [], publisher="Stadt Tellau; Landkreis Rabenau", original=text)
    councils = [m.canonical for m in mentions if m.text == "Bildungsbeirat"]
    assert councils == ["Bildungsbeirat (Stadt Tellau)", "Bildungsbeirat (Landkreis Rabenau)"]
