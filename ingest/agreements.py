"""The parties of an agreement cooperate: "Kooperationsvereinbarung zwischen A, vertreten
durch …, B, vertreten durch … und C" opens many agreements with one block per party. Every party
named with its representative before the first article ("Präambel", "§ 1") is paired with every
other party.
"""

from __future__ import annotations

import re
from itertools import combinations

from ingest.records import RelationRecord, Span
from ingest.spans import LineIndex

_BETWEEN = re.compile(r"(?im)^\s*(?:.*\b(?:vereinbarung|vertrag)\b.*\s)?zwischen\b")
_FIRST_ARTICLE = re.compile(r"(?im)^\s*(?:Präambel|§\s*1\b|Artikel\s+1\b|1\.?\s+Gegenstand)")
_REPRESENTED = "cue:represented-by"


def agreement_cooperation(text: str, relations: list[RelationRecord]) -> list[RelationRecord]:
    """cooperatesWith between every two parties of the agreement that opens `text`."""
    opening = _BETWEEN.search(text, 0, max(2000, len(text) // 5))
    if opening is None:
        return []
    closing = _FIRST_ARTICLE.search(text, opening.end())
    end = closing.start() if closing else min(len(text), opening.end() + 3000)
    parties = []
    for r in relations:
        inside = r.evidence.end > opening.start() and r.evidence.start < end
        if r.method == _REPRESENTED and inside and r.object not in parties:
            parties.append(r.object)
    if len(parties) < 2:
        return []
    lines = LineIndex(text)
    block = Span(opening.start(), end, lines.line_of(opening.start()), lines.line_of(end))
    return [
        RelationRecord(a, "cooperatesWith", b, block, "agreement-parties")
        for a, b in combinations(parties, 2)
    ]
