"""The parties of an agreement cooperate: "Kooperationsvereinbarung zwischen A, vertreten
durch …, B, vertreten durch … und C" opens many agreements with one block per party. Every party
named with its representative before the first article ("Präambel", "§ 1") is paired with every
other party (when they are few), and takes part in the body that "die Vertragspartner bilden".
"""

from __future__ import annotations

import re
from itertools import combinations

from ingest.records import Mention, RelationRecord, Span
from ingest.spans import LineIndex

_BETWEEN = re.compile(r"(?im)^\s*(?:.*\b(?:vereinbarung|vertrag)\b.*\s)?zwischen\b")
_FIRST_ARTICLE = re.compile(r"(?im)^\s*(?:Präambel|§\s*1\b|Artikel\s+1\b|1\.?\s+Gegenstand)")
_REPRESENTED = "cue:represented-by"


# "Die Vertragspartner bilden eine Gemeinsame Steuerungsgruppe": the parties' own body
_PARTIES_FORM = re.compile(
    r"\b(?:Vertrags|Kooperations)?[Pp]artner(?:innen)?\s+(?:bilden|gründen|bildeten|gründeten"
    r"|richten)\s+(?:\w+\s+){0,3}?(?:eine|einen|ein)\s+"
)
_BODY_REACH = 80  # characters from the verb phrase to the body's name
# An alliance of many parties (seven partners of an "Arbeitsbündnis") is no web of pairwise
# cooperations: 21 pairs say little, and annotators read the alliance (of five, they read pairs)
_MOST_PAIRED_PARTIES = 6


def agreement_relations(
    text: str, relations: list[RelationRecord], mentions: list[Mention]
) -> list[RelationRecord]:
    """cooperatesWith between every two parties of the agreement that opens `text`, and
    participatesIn of every party in the body that 'die Vertragspartner bilden'."""
    opening = _BETWEEN.search(text, 0, max(2000, len(text) // 5))
    if opening is None:
        return []
    closing = _FIRST_ARTICLE.search(text, opening.end())
    end = closing.start() if closing else min(len(text), opening.end() + 3000)
    parties: list[Mention] = []
    for r in relations:
        inside = r.evidence.end > opening.start() and r.evidence.start < end
        if r.method == _REPRESENTED and inside and r.object not in parties:
            parties.append(r.object)
    if len(parties) < 2:
        return []
    lines = LineIndex(text)
    block = Span(opening.start(), end, lines.line_of(opening.start()), lines.line_of(end))
    pairs = combinations(parties, 2) if len(parties) <= _MOST_PAIRED_PARTIES else []
    out = [RelationRecord(a, "cooperatesWith", b, block, "agreement-parties") for a, b in pairs]
    return out + _bodies_formed(text, parties, mentions, lines)


def _bodies_formed(
    text: str, parties: list[Mention], mentions: list[Mention], lines: LineIndex
) -> list[RelationRecord]:
    bodies = sorted((m for m in mentions if m.type == "Body"), key=lambda m: m.span.start)
    out: list[RelationRecord] = []
    for match in _PARTIES_FORM.finditer(text):
        reach = match.end() + _BODY_REACH
        body = next((m for m in bodies if match.end() <= m.span.start <= reach), None)
        if body is None:
            continue
        evidence = Span(
            match.start(), body.span.end, lines.line_of(match.start()), body.span.line_end
        )
        out.extend(
            RelationRecord(party, "participatesIn", body, evidence, "agreement-parties-body")
            for party in parties
        )
    return out
