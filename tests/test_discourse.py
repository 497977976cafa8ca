"""Section and document topics: the unstated subject of minutes' and brochures' sentences."""

from __future__ import annotations

import re

import pytest

from ingest.discourse import (
    document_author,
    document_topic,
    heading_topic,
    section_topics,
    topics_of,
)
from ingest.records import Mention, Section
from ingest.spans import LineIndex
from ingest.structure import parse_sections

MINUTES = (
    "## Stadt Halle\n\n"
    "### Anna Beispiel\n\n"
    "- Zusammenarbeit mit Landkreis Börde\n\n"
    "## Bildung in Landkreis Börde\n\n"
    "- Bericht folgt\n"
)


def mentions_in(text: str) -> list[Mention]:
    index = LineIndex(text)
    return [
        Mention(m.group(), "Municipality", index.span(m.start(), m.end()), "test")
        for m in re.finditer(r"Stadt Halle|Landkreis Börde", text)
    ]


@pytest.fixture
def sections() -> list[Section]:
    return parse_sections(MINUTES)


def test_heading_made_of_a_name_is_the_topic(sections: list[Section]) -> None:
    mentions = mentions_in(MINUTES)
    halle = next(s for s in sections if s.title == "Stadt Halle")
    found = heading_topic(halle, mentions)
    assert found is not None and found.text == "Stadt Halle"


def test_heading_that_only_mentions_a_name_has_no_topic(sections: list[Section]) -> None:
    about = next(s for s in sections if s.title.startswith("Bildung in"))
    assert heading_topic(about, mentions_in(MINUTES)) is None


def test_subsections_inherit_the_topic(sections: list[Section]) -> None:
    topics = section_topics(sections, mentions_in(MINUTES))
    person = next(s for s in sections if s.title == "Anna Beispiel")
    assert topics[person.key].text == "Stadt Halle"


def test_offsets_outside_topical_sections_fall_back_to_the_publisher(
    sections: list[Section],
) -> None:
    mentions = mentions_in(MINUTES)
    topic_of = topics_of(sections, mentions, {"publisher": "Landkreis Börde; ein Verein"})
    inside = MINUTES.index("Zusammenarbeit")
    outside = MINUTES.index("Bericht folgt")
    assert topic_of(inside).text == "Stadt Halle"  # type: ignore[union-attr]
    assert topic_of(outside).text == "Landkreis Börde"  # type: ignore[union-attr]


def test_publisher_not_named_in_the_text_gives_no_topic() -> None:
    assert document_topic({"publisher": "Stadt Jena"}, mentions_in(MINUTES)) is None
    assert document_topic({}, mentions_in(MINUTES)) is None


def test_a_city_titled_differently_in_the_imprint_is_still_the_publisher() -> None:
    text = "Die Kreisstadt Rabenau baut ein Bildungsbüro auf."
    index = LineIndex(text)
    start = text.index("Kreisstadt")
    city = Mention("Kreisstadt Rabenau", "Municipality", index.span(start, start + 18), "test")
    found = document_topic({"publisher": "Große Kreisstadt Rabenau, Amt 40"}, [city])
    assert found is city
    assert document_topic({"publisher": "Große Kreisstadt Tellau"}, [city]) is None


def test_an_agency_named_without_its_remit_in_the_imprint_is_the_publisher() -> None:
    text = "Die Transferagentur Tellau für Kommunales Bildungsmanagement berät Kommunen."
    index = LineIndex(text)
    name = "Transferagentur Tellau für Kommunales Bildungsmanagement"
    start = text.index(name)
    agency = Mention(name, "Organization", index.span(start, start + len(name)), "test", name)
    found = document_topic({"publisher": "Transferagentur Tellau / Trägerverein e. V."}, [agency])
    assert found is agency


def test_the_author_is_the_office_of_the_first_publisher_that_the_text_names() -> None:
    text = "Das Bildungsbüro Tellau und der Landkreis Tellau laden mit der Agentur Y ein."
    index = LineIndex(text)

    def named(name: str, kind: str) -> Mention:
        start = text.index(name)
        return Mention(name, kind, index.span(start, start + len(name)), "test", name)

    office = named("Bildungsbüro Tellau", "AdministrativeUnit")
    county = named("Landkreis Tellau", "Municipality")
    agency = named("Agentur Y", "Organization")
    mentions = [office, county, agency]
    publisher = {"publisher": "Landkreis Tellau, Fachdienst Z – Bildungsbüro Tellau; Agentur Y"}
    assert document_author(publisher, mentions) is office
    assert document_topic(publisher, mentions) is county  # the passages' unstated subject
    assert document_author({"publisher": "Agentur Y; Landkreis Tellau"}, mentions) is agency


def test_a_name_after_the_title_of_a_work_package_is_no_heading() -> None:
    text = "AP 1 Bestandsaufnahme: Sichtung der Ergebnisse aus Stadt Halle, Übersicht\n"
    (package,) = [s for s in parse_sections(text) if s.key == "AP 1"]
    assert heading_topic(package, mentions_in(text)) is None
