"""What a passage is about: the entity its heading names, else the document's own subject.

Minutes report under "## LK Burgenlandkreis" and then list, without a subject, "Start
„Bildung integriert“" or "Zusammenarbeit mit X"; a project's funding notice says "Dieses
Vorhaben wird aus Mitteln des X gefördert". German leaves the subject unstated where the
section or the document already names it. This module finds that topic so that relation cues
can fill their empty subject slot with it (`ingest.relations.extract_relations(topic_of=…)`):
a heading that consists of one actor's name makes that actor the topic of its section and of
the subsections below it (a person's name under a municipality); elsewhere the topic is the
document's publisher, where the text names it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.context import city_name, district_served
from ingest.records import Mention, Section

TOPIC_TYPES = ("Municipality", "Organization", "AdministrativeUnit", "Programme")
_PREFERENCE = {kind: rank for rank, kind in enumerate(TOPIC_TYPES)}
_COVER = 0.6  # share of the heading the name must fill: "LK Saalekreis", not "Bildung in X"
_NUMBERING = re.compile(r"^\s*(?:#+\s*)?(?:\d+(?:\.\d+)*\.?\s+)?|[*_#]+")
_REMIT = re.compile(r"\s+für\s.*$")
_CO_PUBLISHERS = re.compile(r"\s*[;/]\s*|\s+und\s+")  # "Stadt X; Transferagentur Y"
_PARTIES = re.compile(rf"\s*,\s*|{_CO_PUBLISHERS.pattern}")  # and the parts of each
_UNITS = re.compile(r"\s*,\s*|\s+[–-]\s+")  # "Kreis X, Fachdienst Y – Bildungsbüro"

TopicOf = Callable[[int], Mention | None]  # original offset -> what that passage is about


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def heading_topic(section: Section, mentions: list[Mention]) -> Mention | None:
    """The actor a heading consists of ('## LK Burgenlandkreis'), or None."""
    title = _NUMBERING.sub("", section.title).strip()
    if not title:
        return None
    on_heading = [
        m
        for m in mentions
        if m.type in TOPIC_TYPES
        and m.span.line_start == section.span.line_start
        and section.span.start <= m.span.start < section.span.end
        and len(_fold(m.text)) >= _COVER * len(_fold(title))
        and _fold(m.text) in _fold(title)  # "AP 1 Bestandsaufnahme: … ⟦X⟧ …": X is no heading
    ]
    return min(on_heading, key=lambda m: (_PREFERENCE[m.type], -len(m.text)), default=None)


def document_topic(metadata: dict[str, str], mentions: list[Mention]) -> Mention | None:
    """The first publisher named in the metadata that the text also names, as mentioned."""
    return _first_named(_PARTIES.split(metadata.get("publisher", "")), mentions)


def document_author(metadata: dict[str, str], mentions: list[Mention]) -> Mention | None:
    """The office that wrote the document, as the text names it: of 'Kreis X, Fachdienst Y,
    Bildungsbüro' the Bildungsbüro, before the administration above it (co-publishers, 'A; B',
    in turn). Its slides' partner lists are its partners."""
    parties: list[str] = []
    for publishing in _CO_PUBLISHERS.split(metadata.get("publisher", "")):
        parties += reversed(_UNITS.split(publishing))
    return _first_named(parties, mentions)


def _first_named(parties: list[str], mentions: list[Mention]) -> Mention | None:
    for party in parties:
        served = district_served(party)  # "Landratsamt X" acts for the Landkreis X
        wanted = {_fold(party), _fold(city_name(party)), _fold(served or "")} - {""}
        named = [m for m in mentions if m.type in TOPIC_TYPES and wanted & _forms(m)]
        if named:
            return min(named, key=lambda m: (_PREFERENCE[m.type], m.span.start))
    return None


def _forms(mention: Mention) -> set[str]:
    """How a publisher line may write the mentioned actor: as the text does, without its remit
    ("Transferagentur X" for "Transferagentur X für Kommunales Bildungsmanagement"), or, for
    a city, by its plain name ("Große Kreisstadt X" in the imprint, "Kreisstadt X" in the
    text)."""
    written = (mention.text, mention.canonical or "")
    forms = {_fold(form) for form in written} | {_fold(_REMIT.sub("", form)) for form in written}
    if mention.type == "Municipality":
        forms |= {_fold(city_name(form)) for form in written}
    return forms


def section_topics(sections: list[Section], mentions: list[Mention]) -> dict[str, Mention]:
    """Topic of every section: its own heading's actor, else the nearest ancestor's."""
    by_key = {s.key: s for s in sections}
    own = {s.key: t for s in sections if (t := heading_topic(s, mentions)) is not None}
    topics: dict[str, Mention] = {}
    for section in sections:
        current: Section | None = section
        seen: set[str] = set()
        while current is not None and current.key not in seen:
            seen.add(current.key)
            if current.key in own:
                topics[section.key] = own[current.key]
                break
            current = by_key.get(current.parent) if current.parent else None
    return topics


def topics_of(
    sections: list[Section], mentions: list[Mention], metadata: dict[str, str]
) -> TopicOf:
    """Offset in the original text -> the topic of the innermost section holding it."""
    topics = section_topics(sections, mentions)
    fallback = document_topic(metadata, mentions)
    ordered = sorted(sections, key=lambda s: s.span.start)

    def topic_of(offset: int) -> Mention | None:
        holding = [s for s in ordered if s.span.start <= offset < s.span.end]
        if holding:
            innermost = max(holding, key=lambda s: (s.span.start, -s.span.end))
            if innermost.key in topics:
                return topics[innermost.key]
        return fallback

    return topic_of
