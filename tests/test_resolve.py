"""Entity resolution: inflection, abbreviations, OCR variants, units, stability, no false merges."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.abbreviations import abbreviates
from ingest.context import BARE, CONTEXT
from ingest.names import PRINTED, clean_surface, fold
from ingest.records import Mention, Span
from ingest.resolve import Resolution, resolve


def mention(
    text: str, kind: str = "Organization", at: int = 0, canonical: str | None = None
) -> Mention:
    return Mention(text, kind, Span(at, at + len(text), 1, 1), "test", canonical=canonical)


def resolved(*mentions: Mention) -> Resolution:
    return resolve({"doc": list(mentions)})


def same_entity(result: Resolution, a: Mention, b: Mention) -> bool:
    return result.entity_of(a) is result.entity_of(b)


def test_inflected_form_joins_the_nominative_label() -> None:
    a = mention("der Sächsischen Bildungsagentur", at=0, canonical="Sächsische Bildungsagentur")
    b = mention("Sächsischen Bildungsagentur", at=50)
    result = resolved(a, b)
    entity = result.entity_of(a)
    assert same_entity(result, a, b)
    assert entity.label == "Sächsische Bildungsagentur"
    assert "Sächsischen Bildungsagentur" in entity.alt_labels
    assert entity.key == "saechsische-bildungsagentur"


def test_abbreviation_defined_in_parentheses() -> None:
    a = mention("Deutscher Gewerkschaftsbund (DGB)", at=0)
    b = mention("DGB", at=80)
    result = resolved(a, b)
    assert same_entity(result, a, b)
    assert result.entity_of(b).label == "Deutscher Gewerkschaftsbund"
    assert result.entity_of(b).alt_labels == {"DGB"}


def test_an_abbreviation_with_its_legal_form_joins_the_long_form() -> None:
    long = mention("Institut für Bildung und Regionalentwicklung e.V.", at=0)
    short = mention("IBRE e.V.", at=80)
    result = resolved(long, short)
    assert same_entity(result, long, short)


def test_a_registered_association_is_one_with_or_without_the_word_verein() -> None:
    bare = mention("Lernbrücke Talbrück e. V.", at=0)
    worded = mention(
        "des Vereins Lernbrücke Talbrück e. V.", at=80, canonical="Verein Lernbrücke Talbrück e. V."
    )
    other = mention("Verein Lesezeit e. V.", at=160)
    result = resolved(bare, worded, other)
    assert same_entity(result, bare, worded)
    assert not same_entity(result, bare, other)


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("BMBF", "Bundesministerium für Bildung und Forschung"),
        ("VHS", "Volkshochschule"),
        ("TransMit", "Transferagentur Mitteldeutschland für Kommunales Bildungsmanagement"),
        ("DJI", "Deutsches Jugendinstitut"),
        ("JustiQ", "Jugend Stärken im Quartier"),
    ],
)
def test_initials_and_camel_case_syllables_join_the_long_form(short: str, long: str) -> None:
    a, b = mention(long, at=0), mention(short, at=200)
    result = resolved(a, b)
    assert same_entity(result, a, b)
    assert result.entity_of(b).label == long


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("BMBF", "Bundesagentur für Arbeit"),
        ("VHS", "Verwaltungsinterne Lenkungsgruppe"),
        ("DGB", "Deutsches Jugendinstitut"),
    ],
)
def test_unrelated_abbreviations_do_not_match(short: str, long: str) -> None:
    assert not abbreviates(short, long)


def test_abbreviation_fitting_two_long_forms_stays_apart() -> None:
    a = mention("Deutsches Jugendinstitut", at=0)
    b = mention("Deutsches Jazzinstitut", at=50)
    c = mention("DJI", at=100)
    result = resolved(a, b, c)
    assert not same_entity(result, a, c) and not same_entity(result, b, c)


def test_ocr_variant_merges_and_the_dictionary_form_is_the_label() -> None:
    a = mention("Transferagentur Mitteldeutschland fiir Kommunales Bildungsmanagement", at=0)
    b = mention("Transferagentur Mitteldeutschland für Kommunales Bildungsmanagement", at=100)
    result = resolved(a, b)
    assert same_entity(result, a, b)
    assert result.entity_of(a).label == b.text


def test_hyphen_broken_and_quoted_forms_are_normalised() -> None:
    a = mention("Agentur für Ar- beit", at=0)
    b = mention("Agentur für Arbeit", at=50)
    c = mention("„Lernen vor Ort“", "Programme", at=100)
    d = mention("Lernen vor Ort", "Programme", at=150)
    result = resolved(a, b, c, d)
    assert same_entity(result, a, b) and same_entity(result, c, d)
    assert result.entity_of(a).label == "Agentur für Arbeit"
    assert result.entity_of(c).label == "Lernen vor Ort"


def test_truncated_short_form_joins_the_only_long_form() -> None:
    a = mention("Verwaltungsinterne Lenkungsgruppe", "Body", at=0)
    b = mention("Lenkungsgruppe", "Body", at=50)
    result = resolved(a, b)
    assert same_entity(result, a, b)
    assert result.entity_of(b).label == "Verwaltungsinterne Lenkungsgruppe"


def test_a_bare_acronym_joins_the_only_name_it_opens() -> None:
    chamber = mention("IHK Tellau-Rabenau", at=0)
    bare = mention("IHK", at=0)  # in another document, which names no chamber in full
    assert same_entity(resolve({"a": [chamber], "b": [bare]}), chamber, bare)
    two = mention("IHK Wendholm", at=50)
    result = resolve({"a": [chamber, two], "b": [bare]})
    assert not same_entity(result, chamber, bare)  # which one?
    assert not same_entity(result, two, bare)


def test_different_entities_are_not_merged() -> None:
    halle, leipzig = (
        mention("Stadt Halle", "Municipality"),
        mention("Stadt Leipzig", "Municipality", 20),
    )
    blk = mention("Bildungsbüro Burgenlandkreis", at=40)
    msh = mention("Bildungsbüro LK Mansfeld-Südharz", at=80)
    short = mention("Bildungsbüro", at=120)
    result = resolved(halle, leipzig, blk, msh, short)
    assert len({id(result.entity_of(m)) for m in (halle, leipzig, blk, msh, short)}) == 5
    assert result.duplicates == []


def test_unit_after_a_comma_gets_the_organisation_as_parent() -> None:
    unit = mention("Sächsische Bildungsagentur, Regionalstelle Leipzig", at=0)
    short = mention("Regionalstelle Leipzig", at=80)
    org = mention("Sächsischen Bildungsagentur", at=120)
    result = resolved(unit, short, org)
    assert same_entity(result, unit, short)
    assert not same_entity(result, unit, org)
    assert result.entity_of(unit).parent == result.entity_of(org).key
    assert result.sub_organizations() == [(result.entity_of(unit).key, result.entity_of(org).key)]


def test_type_conflicts_follow_majority_then_precedence() -> None:
    a = mention("Leipzig", "Organization", 0)
    b = mention("Leipzig", "Municipality", 10)
    c = mention("Halle", "Organization", 20)
    d = mention("Halle", "Organization", 30)
    e = mention("Halle", "Body", 40)
    result = resolved(a, b, c, d, e)
    assert result.entity_of(a).type == "Municipality"
    assert result.entity_of(c).type == "Organization"


def test_duplicates_are_reported_when_labels_fold_together() -> None:
    a = mention("Kulturamt", "Organization", 0)
    b = mention("Kulturamt", "Person", 10)
    result = resolved(a, b)
    assert not same_entity(result, a, b)
    assert len(result.duplicates) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Übergänge", "Uebergaenge"),
        ("Übergänge", "Ubergange"),
        ("für", "fiir"),
        ("Sächsischen Stelle", "sächsische  Stelle"),
    ],
)
def test_fold_ignores_umlaut_spelling_case_and_inflection(a: str, b: str) -> None:
    assert fold(a) == fold(b)


@given(st.text(alphabet="abcäöüß- „“\u00adABC", max_size=30))
def test_clean_surface_is_idempotent_and_single_spaced(text: str) -> None:
    once = clean_surface(text)
    assert clean_surface(once) == once
    assert "  " not in once and "\u00ad" not in once


CORPUS_LIKE = [
    mention("Transferagentur Mitteldeutschland für Kommunales Bildungsmanagement", at=0),
    mention("TransMit", at=100),
    mention("Transferagentur", at=200),
    mention("der Sächsischen Bildungsagentur", at=300, canonical="Sächsische Bildungsagentur"),
    mention("Sächsische Bildungsagentur, Regionalstelle Leipzig", at=400),
    mention("Volkshochschule", at=500),
    mention("VHS", at=600),
    mention("Stadt Leipzig", "Municipality", 700),
    mention("Leipzig", "Municipality", 800),
    mention("Lenkungsgruppe", "Body", 900),
    mention("Verwaltungsinterne Lenkungsgruppe", "Body", 1000),
    mention("Deutscher Gewerkschaftsbund (DGB)", at=1100),
    mention("DGB", at=1200),
]


def _signature(result: Resolution) -> list[tuple[str, str, str, tuple[str, ...], str | None]]:
    return sorted(
        (e.type, e.key, e.label, tuple(sorted(e.alt_labels)), e.parent) for e in result.entities
    )


@settings(max_examples=25, deadline=None)
@given(st.permutations(CORPUS_LIKE), st.integers(min_value=1, max_value=3))
def test_same_mentions_in_any_order_give_the_same_entities(order: list[Mention], docs: int) -> None:
    split = {f"doc{i}": order[i::docs] for i in range(docs)}
    baseline = resolve({"doc0": list(CORPUS_LIKE)})
    result = resolve(split)
    assert _signature(result) == _signature(baseline)
    for m in CORPUS_LIKE:
        assert result.entity_of(m).key == baseline.entity_of(m).key


def test_brand_name_is_typed_by_its_definition_not_by_camel_case() -> None:
    long = mention("Beispielagentur Nord (BeiNo)", "Organization", at=0)
    brand = Mention("BeiNo", "Programme", Span(60, 65, 2, 2), "pattern:camel-case")
    brand2 = Mention("BeiNo", "Programme", Span(90, 95, 3, 3), "pattern:camel-case")
    result = resolved(long, brand, brand2)
    assert result.entity_of(brand).type == "Organization"


def test_brand_name_alone_keeps_its_rule_type() -> None:
    brand = Mention("BeiNo", "Programme", Span(0, 5, 1, 1), "pattern:camel-case")
    assert resolved(brand).entity_of(brand).type == "Programme"


def test_town_with_prefix_is_the_town() -> None:
    a = mention("Stadt Musterhausen", "Municipality", at=0)
    b = mention("Hansestadt Musterhausen", "Municipality", at=40)
    assert same_entity(resolved(a, b), a, b)


def test_compound_joins_its_fuer_paraphrase() -> None:
    a = mention("Kultusministerium", at=0)
    b = mention("Bayerisches Staatsministerium für Kultus", at=40)
    c = mention("Bundesministerium für Bildung und Forschung", at=90)
    result = resolved(a, b, c)
    assert same_entity(result, a, b)
    assert not same_entity(result, a, c)
    listed = mention("Staatsministerium für Unterricht und Kultus", at=0)
    assert same_entity(resolved(a, listed, c), a, listed)  # one field of a ministry's remit


def test_two_letter_abbreviation_prefers_exact_word_initials() -> None:
    a = mention("Bildung integriert", "Programme", at=0)
    b = mention("Bildungskommune", "Programme", at=40)
    short = mention("BI", "Programme", at=80)
    result = resolved(a, b, short)
    assert same_entity(result, a, short)
    assert not same_entity(result, b, short)


def test_compound_written_with_hyphen_space_or_joined_is_one_name() -> None:
    a, b, c = (
        mention("Körber-Stiftung"),
        mention("Körberstiftung", at=40),
        mention("Körber Stiftung", at=80),
    )
    other = mention("Körber-Schule", at=120)
    result = resolved(a, b, c, other)
    assert same_entity(result, a, b) and same_entity(result, a, c)
    assert not same_entity(result, a, other)


def body_in(text: str, place: str, at: int) -> Mention:
    """A body mention qualified by the municipality it belongs to."""
    m = mention(f"{text} ({place})", "Body", at=at)
    m.attributes.update({CONTEXT: place, BARE: text})
    return m


def test_council_names_of_one_municipality_are_one_body() -> None:
    council = body_in
    rat, versammlung = council("Stadtrat", "Stadt A", 0), council("Ratsversammlung", "Stadt A", 40)
    elsewhere = council("Stadtrat", "Stadt B", 80)
    result = resolved(rat, versammlung, elsewhere)
    assert same_entity(result, rat, versammlung)
    assert not same_entity(result, rat, elsewhere)


def test_a_deputy_office_is_one_person_under_either_title() -> None:
    remit = "für Jugend, Soziales, Gesundheit und Schule"
    deputy = mention(f"Beigeordneter {remit}", "Person")
    mayor_title = mention(f"Bürgermeister {remit}", "Person", at=60)
    other = mention("Bürgermeister für Umwelt, Ordnung und Sport", "Person", at=120)
    result = resolved(deputy, mayor_title, other)
    assert same_entity(result, deputy, mayor_title)
    assert not same_entity(result, deputy, other)


def test_a_surname_is_the_one_person_of_that_name_in_its_document() -> None:
    full = Mention("Dr. Anja Berger", "Person", Span(0, 15, 1, 1), "test", "Dr. Anja Berger")
    short = Mention("Frau Berger", "Person", Span(40, 51, 3, 3), "test", "Berger")
    elsewhere = Mention("Herr Berger", "Person", Span(0, 11, 1, 1), "test", "Berger")
    entities = resolve({"a": [full, short], "b": [elsewhere]}).entities
    labels = sorted(e.label for e in entities)
    assert labels == ["Berger", "Dr. Anja Berger"]  # the other document's Berger stays apart
    two = Mention("Dr. Tom Berger", "Person", Span(20, 34, 2, 2), "test", "Dr. Tom Berger")
    entities = resolve({"a": [full, two, short]}).entities
    assert len(entities) == 3  # two Bergers: the surname alone says not which


def test_a_doctors_surname_is_the_one_person_of_that_name_the_corpus_names_in_full() -> None:
    full = Mention("Dr. Reinhard Lahn", "Person", Span(0, 17, 1, 1), "test", "Dr. Reinhard Lahn")
    short = Mention("Dr. Lahn", "Person", Span(0, 8, 1, 1), "test", "Dr. Lahn")
    labels = sorted(e.label for e in resolve({"a": [full], "b": [short]}).entities)
    assert labels == ["Dr. Reinhard Lahn"]
    other = Mention("Dr. Ute Lahn", "Person", Span(0, 12, 1, 1), "test", "Dr. Ute Lahn")
    assert len(resolve({"a": [full], "b": [short], "c": [other]}).entities) == 3


def test_a_legal_form_keeps_its_full_stop() -> None:
    assert clean_surface("Stadtjugendring Rabenau e.V.") == "Stadtjugendring Rabenau e.V."
    assert clean_surface("der Universität Rabenau.") == "Universität Rabenau"


def test_a_compound_kind_with_the_same_name_is_the_same_body() -> None:
    short, long = (
        body_in("Netzwerk Lesen", "Stadt A", 0),
        body_in("Elternnetzwerk Lesen", "Stadt A", 40),
    )
    elsewhere = body_in("Netzwerk Lesen", "Stadt B", 80)
    result = resolved(short, long, elsewhere)
    assert same_entity(result, short, long)
    assert not same_entity(result, short, elsewhere)
    # two different compounds of the kind: which one the bare name means is open
    other = body_in("Schülernetzwerk Lesen", "Stadt A", 120)
    result = resolved(short, long, other)
    assert not same_entity(result, short, long)
    assert not same_entity(result, long, other)


def test_a_bare_kind_is_the_one_entity_of_that_kind_its_document_names() -> None:
    from ingest.entities import OFFICE

    named = mention("Netzwerk Bildung Ost", "Body", at=0)
    bare = body_in("Netzwerk", "Stadt A", 40)
    result = resolved(named, bare)
    assert same_entity(result, named, bare)
    other = mention("Netzwerk Schule West", "Body", at=80)  # two named networks: which one?
    assert not same_entity(resolved(named, other, bare), named, bare)

    office = mention("Staatliches Schulamt Rabenau", "AdministrativeUnit", at=120)
    town = mention("Stadt Rabenau", "Municipality", at=160)
    here = mention("Schulamt (Stadt Rabenau)", "AdministrativeUnit", at=200)
    here.attributes.update({CONTEXT: "Stadt Rabenau", BARE: "Schulamt"})
    elsewhere = mention("Schulamt (Stadt Kesselsdorf)", "AdministrativeUnit", at=240)
    elsewhere.attributes.update({CONTEXT: "Stadt Kesselsdorf", BARE: "Schulamt"})
    result = resolved(office, town, here, elsewhere)
    assert same_entity(result, office, here)  # the seat is the passage's town
    assert not same_entity(result, office, elsewhere)

    mayor = mention("Anne Fichte", "Person", at=280)
    mayor.attributes[OFFICE] = "Oberbürgermeisterin"
    title = mention("Oberbürgermeisterin", "Person", at=320)
    assert same_entity(resolved(mayor, title), mayor, title)


def test_a_bare_office_in_a_document_naming_no_holder_is_the_corpus_one_holder() -> None:
    from ingest.entities import OFFICE

    holder = mention("Dr. Wiebke Harms", "Person", at=0)
    holder.attributes[OFFICE] = "Landrätin"
    here = mention("Landrätin", "Person", at=40)
    elsewhere = mention("Landrätin", "Person", at=0)
    result = resolve({"minutes": [holder, here], "work plan": [elsewhere]})
    assert result.entity_of(elsewhere) is result.entity_of(holder)
    result = resolve({"minutes": [holder], "work plan": [elsewhere]})
    assert result.entity_of(elsewhere) is result.entity_of(holder)  # named in no bare use's doc

    rival = mention("Jana Sommer", "Person", at=0)
    rival.attributes[OFFICE] = "Landrätin"
    result = resolve({"minutes": [holder], "slides": [rival], "work plan": [elsewhere]})
    assert result.entity_of(elsewhere) is not result.entity_of(holder)  # two: which one?
    assert result.entity_of(elsewhere) is not result.entity_of(rival)


def test_a_regional_body_belongs_to_no_single_municipality() -> None:
    from ingest.context import qualify_mentions

    network = mention("Regionalnetzwerk Bildung Saaletal", "Body", at=0)
    council = mention("Beirat", "Body", at=40)
    qualify_mentions([network, council], [], "Stadt Rabenau")
    assert CONTEXT not in network.attributes
    assert council.attributes[CONTEXT] == "Stadt Rabenau"


def test_a_bare_kind_takes_the_one_name_its_document_gives() -> None:
    from ingest.context import name_bare_kinds
    from ingest.records import Mention, Span

    span = Span(0, 1, 1, 1)
    named = Mention("Volkshochschule Rabenau", "Organization", span, "t", "Volkshochschule Rabenau")
    bare = Mention("Volkshochschule", "Organization", span, "t", "Volkshochschule")
    name_bare_kinds([named, bare])
    assert bare.canonical == "Volkshochschule Rabenau"
    other = Mention("Volkshochschule Tellau", "Organization", span, "t", "Volkshochschule Tellau")
    again = Mention("Volkshochschule", "Organization", span, "t", "Volkshochschule")
    name_bare_kinds([named, other, again])
    assert again.canonical == "Volkshochschule"  # two named: the bare one stays open


def test_a_quoted_name_of_a_placed_body_keeps_its_printed_form_as_a_label() -> None:
    body = mention("Lenkungsgruppe „Bildungslandschaft Tellau“", "Body")
    body.attributes.update(
        {CONTEXT: "Kreis Tellau", BARE: "Lenkungsgruppe Bildungslandschaft Tellau"}
    )
    entity = resolved(body).entity_of(body)
    assert "Lenkungsgruppe „Bildungslandschaft Tellau“" in entity.alt_labels | {entity.label}


def test_a_quoted_name_keeps_its_printed_form_as_a_label() -> None:
    body = mention("Steuerungsgruppe „Bildungsregion Tellau“", "Body")
    entity = resolved(body).entity_of(body)
    assert "Steuerungsgruppe „Bildungsregion Tellau“" in entity.alt_labels | {entity.label}


def test_a_quoted_programme_keeps_its_name_with_quotes_as_a_label() -> None:
    programme = mention("Selzau liest", "Programme")
    programme.attributes[PRINTED] = "„Selzau liest“"
    entity = resolved(programme).entity_of(programme)
    assert entity.label == "Selzau liest"
    assert "„Selzau liest“" in entity.alt_labels


def test_a_numbered_unit_joins_the_same_unit_named_by_its_remit_alone() -> None:
    numbered = mention(
        "5 (Jugend und Familie)", "AdministrativeUnit", 0, "Fachbereich 5 – Jugend und Familie"
    )
    plain = mention("Fachbereich Jugend und Familie", "AdministrativeUnit", 80)
    other = mention("Fachbereich 4 – Soziales", "AdministrativeUnit", 160)
    result = resolved(numbered, plain, other)
    assert same_entity(result, numbered, plain)
    assert not same_entity(result, numbered, other)


@pytest.mark.parametrize(
    ("numbered", "plain"),
    [
        ("Abteilung 51.3 Kindertagesbetreuung", "Abteilung Kindertagesbetreuung"),
        ("Fachdienst 4.1 Schule und Bildung", "Fachdienst Schule und Bildung"),
    ],
)
def test_a_unit_counted_down_from_its_parent_joins_its_remit_alone(
    numbered: str, plain: str
) -> None:
    with_number = mention(numbered, "AdministrativeUnit", 0)
    without = mention(plain, "AdministrativeUnit", 80)
    assert same_entity(resolved(with_number, without), with_number, without)


def test_a_body_is_not_short_for_the_body_named_after_it() -> None:
    network = mention("Regionales Bildungsnetzwerk", "Body", at=0)
    board = mention("Lenkungskreis des Regionalen Bildungsnetzwerks", "Body", at=50)
    assert not same_entity(resolved(network, board), network, board)


def test_a_compound_kind_alone_is_the_one_body_named_with_it_in_its_document() -> None:
    def in_tellau(name: str, at: int) -> Mention:  # as ingest writes it: the place in the label
        m = mention(name, "Body", at=at, canonical=f"{name} (Landkreis Tellau)")
        m.attributes.update({CONTEXT: "Landkreis Tellau", BARE: name})
        return m

    named, bare = in_tellau("Facharbeitsgruppe Indikatoren", 0), in_tellau("Facharbeitsgruppe", 60)
    assert same_entity(resolved(named, bare), named, bare)
    other = in_tellau("Facharbeitsgruppe Daten", 120)  # two named: which one is meant is open
    result = resolved(named, other, bare)
    assert not same_entity(result, named, bare)
    assert not same_entity(result, other, bare)


def test_a_long_unplaced_name_joins_the_one_placed_body_of_that_name() -> None:
    placed = body_in("Ausschuss für Schulen und Bildung", "Landkreis Tellau", 0)
    footer = mention("Ausschuss für Schulen und Bildung", "Body", at=60)
    assert same_entity(resolve({"a": [placed], "b": [footer]}), placed, footer)
    # placed in two municipalities: the unplaced one may be either
    other = body_in("Ausschuss für Schulen und Bildung", "Stadt Rabenau", 120)
    result = resolve({"a": [placed, other], "b": [footer]})
    assert not same_entity(result, placed, footer) and not same_entity(result, other, footer)
    # a short kind name stays apart
    office, bare = body_in("Jugendamt", "Landkreis Tellau", 0), mention("Jugendamt", "Body", at=9)
    assert not same_entity(resolve({"a": [office], "b": [bare]}), office, bare)


def test_a_hansestadt_and_its_stadt_place_one_office() -> None:
    one = body_in("Bildungsbüro", "Hansestadt Tellau", 0)
    two = body_in("Bildungsbüro", "Stadt Tellau", 40)
    assert same_entity(resolve({"a": [one], "b": [two]}), one, two)


def test_an_abbreviated_kind_before_the_same_seat_is_the_long_name() -> None:
    short = mention("VHS Tellau", at=0)
    long = mention("Volkshochschule Tellau", at=20)
    chamber = mention("IHK Rabenau-Wendholm", at=50)
    full = mention("Industrie- und Handelskammer Rabenau-Wendholm", at=80)
    other = mention("Volkshochschule Rabenau", at=130)
    result = resolve({"a": [short, long, chamber], "b": [full, other]})
    assert same_entity(result, short, long)
    assert same_entity(result, chamber, full)
    assert not same_entity(result, short, other)


def test_a_long_abbreviated_kind_before_the_same_seat_is_the_long_name() -> None:
    short = mention("RLSB Lüneburg", at=0)
    long = mention("Regionales Landesamt für Schule und Bildung Lüneburg", at=40)
    result = resolve({"a": [short], "b": [long]})
    assert same_entity(result, short, long)


def test_a_name_without_the_region_after_its_head_is_the_one_with_it() -> None:
    bare = mention("Transferagentur für Kommunales Bildungsmanagement", at=0)
    full = mention("Transferagentur Küste-Weser für Kommunales Bildungsmanagement", at=80)
    result = resolve({"a": [bare], "b": [full]})
    assert same_entity(result, bare, full)
    two = resolve({"a": [bare], "b": [full, mention(full.text.replace("Küste", "Ost"), at=200)]})
    assert not same_entity(two, bare, full)  # two regions: which one is meant is unknown


def test_an_association_named_after_an_institution_is_not_that_institution() -> None:
    school = mention("Volkshochschule Tellau", at=0)
    carrier = mention("Zweckverband Volkshochschule Tellau", at=40)
    group = mention("Steuerungsgruppe Bildungsregion Tellau-Rabenau", "Body", at=90)
    region = mention("Bildungsregion Tellau-Rabenau", "Body", at=150)
    result = resolved(school, carrier, group, region)
    assert not same_entity(result, school, carrier)
    assert not same_entity(result, group, region)
    adjective = mention("Regionales Bildungsbüro", at=200)  # an adjective before: the same
    bare = mention("Bildungsbüro", at=240)
    assert same_entity(resolved(adjective, bare), adjective, bare)


def test_a_bare_kind_printed_once_does_not_chain_the_institutions_of_that_kind() -> None:
    tellau = mention("Volkshochschule", at=0, canonical="Volkshochschule Tellau")
    rabenau = mention("Volkshochschule", at=40, canonical="Volkshochschule Rabenau")
    bare = mention("Volkshochschule", at=80)
    result = resolve({"a": [tellau], "b": [rabenau], "c": [bare]})
    assert not same_entity(result, tellau, rabenau)
    assert not same_entity(result, tellau, bare)
    only = resolve({"a": [tellau], "c": [bare]})  # the one it can be: joined as before
    assert same_entity(only, tellau, bare)


def test_a_body_placed_in_one_partner_is_the_joint_region_body_named_with_that_place() -> None:
    placed = body_in("Steuerungsgruppe Bildungsregion", "Landkreis Rabenau", 0)
    joint = mention("Steuerungsgruppe Bildungsregion Tellau-Rabenau", "Body", at=60)
    assert same_entity(resolve({"a": [placed], "b": [joint]}), placed, joint)
    other = mention("Steuerungsgruppe Bildungsregion Rabenau-Wendholm", "Body", at=120)
    result = resolve({"a": [placed], "b": [joint, other]})  # two regions with the place
    assert not same_entity(result, placed, joint) and not same_entity(result, placed, other)


def test_a_bare_body_placed_in_a_county_is_the_body_of_a_whole_named_with_that_county() -> None:
    placed = body_in("Lenkungskreis", "Kreis Tellau", 0)
    whole = mention("Lenkungskreis des Regionalen Bildungsnetzwerks Kreis Tellau", "Body", at=60)
    assert same_entity(resolve({"a": [placed], "b": [whole]}), placed, whole)
    other = mention("Lenkungskreis der Bildungsregion Kreis Tellau", "Body", at=140)
    result = resolve({"a": [placed], "b": [whole, other]})  # two such bodies: either may be meant
    assert not same_entity(result, placed, whole) and not same_entity(result, placed, other)


def test_an_office_placed_in_a_district_is_the_one_whose_remit_names_it() -> None:
    office = mention("Jugendamt für den Landkreis Tellau", "AdministrativeUnit", at=0)
    placed = mention("Jugendamt (Landkreis Tellau)", "AdministrativeUnit", at=0)
    placed.attributes.update({CONTEXT: "Landkreis Tellau", BARE: "Jugendamt"})
    elsewhere = mention("Jugendamt (Landkreis Rabenau)", "AdministrativeUnit", at=50)
    elsewhere.attributes.update({CONTEXT: "Landkreis Rabenau", BARE: "Jugendamt"})
    result = resolve({"a": [office], "b": [placed, elsewhere]})
    assert same_entity(result, office, placed)
    assert not same_entity(result, office, elsewhere)


def test_a_bare_kind_with_a_compound_rival_is_not_short_for_a_longer_name() -> None:
    bare = mention("Beirat", "Body", at=0)
    compound = mention("Bildungsbeirat Tellau", "Body", at=20)
    remit = mention("Beirat für Migration und Integration", "Body", at=60)
    result = resolve({"a": [bare, compound, remit]})
    assert not same_entity(result, bare, remit)
    alone = resolve({"a": [bare, remit]})
    assert same_entity(alone, bare, remit)  # without the rival, the one "Beirat" named


def test_a_lone_abbreviated_kind_is_the_one_institution_of_that_kind() -> None:
    short = mention("VHS", at=0)
    long = mention("Volkshochschule Tellau", at=20)
    result = resolve({"a": [short], "b": [long]})
    assert same_entity(result, short, long)
    other = mention("Volkshochschule Rabenau", at=60)
    two = resolve({"a": [short], "b": [long, other]})
    assert not same_entity(two, short, long)  # two of the kind: which one is meant is unknown


def test_an_abbreviated_kind_joins_the_long_name_written_with_its_legal_form() -> None:
    short = mention("AWO Kreisverband Tellau", at=0)
    long = mention("Arbeiterwohlfahrt Kreisverband Tellau e. V.", at=40)
    result = resolve({"a": [short], "b": [long]})
    assert same_entity(result, short, long)


def test_working_groups_join_by_their_number_however_their_remit_is_worded() -> None:
    bare = mention("AK 4", "Body", 0)
    short = mention("AK 4 MINT und BNE", "Body", 40)
    long = mention("AK 4 „MINT und Bildung für nachhaltige Entwicklung“", "Body", 80)
    other = mention("AK 3 Integration durch Bildung", "Body", 160)
    group = mention("AG 4 Daten", "Body", 200)
    result = resolved(bare, short, long, other, group)
    assert same_entity(result, bare, short) and same_entity(result, short, long)
    assert not same_entity(result, bare, other)
    assert not same_entity(result, bare, group)  # an AG is no AK


def test_a_vg_is_the_verwaltungsgemeinschaft_the_corpus_names_in_full() -> None:
    full = mention("Verwaltungsgemeinschaft Zeilau", "Municipality", 0)
    short = mention("VG Zeilau", "Municipality", 60, "Verbandsgemeinde Zeilau")
    result = resolved(full, short, mention("Verwaltungsgemeinschaft Zeilau", "Municipality", 90))
    assert same_entity(result, full, short)
    assert result.entity_of(short).label == "Verwaltungsgemeinschaft Zeilau"


def test_two_entities_of_one_label_get_two_keys_so_neither_is_lost() -> None:
    # a table cell typed the town as an organisation; prose names it a municipality
    cell = mention("Große Kreisstadt Talau", "Organization", 0)
    town = mention("Große Kreisstadt Talau", "Municipality", 60)
    result = resolved(cell, town)
    keys = [e.key for e in result.entities]
    assert len(keys) == 2 and len(set(keys)) == 2


def test_an_initial_and_a_surname_are_the_one_person_named_in_full_with_that_initial() -> None:
    full = Mention("Dr. Hanna Lahn", "Person", Span(0, 14, 1, 1), "test", "Dr. Hanna Lahn")
    slide = Mention("H. Lahn", "Person", Span(0, 7, 1, 1), "test", "H. Lahn")
    merged = resolve({"a": [full], "b": [slide]}).entities
    assert [e.label for e in merged] == ["Dr. Hanna Lahn"]  # the given name, not the initial
    other = Mention("Dr. Uwe Lahn", "Person", Span(20, 32, 2, 2), "test", "Dr. Uwe Lahn")
    assert len(resolve({"a": [full, other], "b": [slide]}).entities) == 2  # U. is not H.
    namesake = Mention("Holger Lahn", "Person", Span(40, 51, 3, 3), "test", "Holger Lahn")
    assert len(resolve({"a": [full, namesake], "b": [slide]}).entities) == 3  # which H.?
