"""Partner lists on slides and in reports: "Unsere Partner", "Partner in Thüringen",
"Kooperationspartner" over bullet items, maybe grouped under short labels ("Kommunen",
"Wirtschaft"). Each actor listed there cooperates with the document's own party (its
publisher): a list of partners says who works with the one presenting it.
"""

from __future__ import annotations

import re

from ingest.anaphora import Located
from ingest.cue_grammar import ORG_TYPES
from ingest.records import Mention, RelationRecord
from ingest.spans import SpanOf
from ingest.units import Unit

# a heading line that announces partners: "Unsere Partner", "Partner in Thüringen",
# "Kooperationspartner", "Netzwerkpartner:" (not "Partner suchen", not a sentence)
_PARTNER_HEADING = re.compile(
    r"^[ \t]*(?:Unsere[ \t]+|Weitere[ \t]+|Wichtige[ \t]+)?(?:Kooperations|Netzwerk)?[Pp]artner"
    r"(?:innen)?(?:[ \t]+(?:in|im|aus|der|des)[ \t]+[^\n.;]{1,40})?[ \t]*:?[ \t]*$"
)
_BULLET = re.compile(r"^[ \t]*[•▪●◦*\-–►▶\ufffd]")
# a group label between the items: "Kommunen", "Land und Bund", "Bildung und Zivilgesellschaft",
# "Kommunen im Kreis"
_GROUP_LABEL = re.compile(
    r"^[ \t]*[A-ZÄÖÜ][\wäöüß-]*"
    r"(?:[ \t]+(?:(?:und|&|im|in|der|des|aus|für)[ \t]+)?[A-ZÄÖÜ][\wäöüß-]*){0,3}[ \t]*:?[ \t]*$"
)
_PARTNER_TYPES = (*ORG_TYPES, "Body")


def partner_list_relations(
    text: str,
    units: list[Unit],
    located: list[Located],
    publisher: Mention | None,
    evidence_of: SpanOf,
) -> list[RelationRecord]:
    """cooperatesWith between the publisher and every actor of a partner list's items."""
    if publisher is None:
        return []
    relations: list[RelationRecord] = []
    for position, unit in enumerate(units):
        if not _PARTNER_HEADING.match(text[unit.start : unit.end]):
            continue
        for later in range(position + 1, len(units)):
            said = text[units[later].start : units[later].end]
            if not (units[later].is_item or _BULLET.match(said)):
                if _GROUP_LABEL.match(said) and not located[later]:
                    continue  # "Wirtschaft": a label grouping the next items
                break
            # the item's first actor: "RLSB (Schulaufsicht)" names one partner, not two
            actor = next((m for _, _, m in located[later] if m.type in _PARTNER_TYPES), None)
            if actor is not None and not _same(actor, publisher):
                evidence = evidence_of(units[later].start, units[later].end)
                relations.append(
                    RelationRecord(
                        publisher, "cooperatesWith", actor, evidence, "cue:partner-list"
                    )  # fmt: skip
                )
    return relations


def _same(one: Mention, other: Mention) -> bool:
    return (one.canonical or one.text) == (other.canonical or other.text)
