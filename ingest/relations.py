"""Relations between entity mentions, found by German cue patterns within one sentence or list item.

Why rules and not a model: no trained German pipeline is available, the documents are few and
formulaic (minutes, plans, product masks), and every relation must point at the sentence that
states it. The cue wordings live in `ingest.relation_cues` as data; this module splits the text
into sentences and list items, masks the mentions and applies the cues.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ingest.records import Measure, Mention, ProductMask, RelationRecord, Span
from ingest.relation_cues import ACTOR_TYPES, CUES, Cue
from ingest.spans import SpanOf, span_function

_ITEM_START = re.compile(r"[ \t]*(?:[-*+•▪►▶�◦●■–](?=\s)|\d{1,2}[.)](?=\s)|#{1,6}\s|\*\*)")
_INLINE_BULLET = re.compile(r"(?<=\s)[•▪►▶�◦●■](?=\s)")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"“”]?\s+(?=[„\"(]?[A-ZÄÖÜ])")
_NOT_AN_END = re.compile(
    r"(?:\b(?:[a-zA-ZÄÖÜ]|vgl|bzw|ggf|ca|Nr|Dr|Prof|ehem|usw|etc|inkl|evtl|bspw|zzgl|St|Abs|Abb"
    r"|Tab|Kap|vorauss|max|min|mind|sog|Hrsg|Jh)|\d{1,2})\.$"
)
_CLEAN = re.compile(
    r"(?P<drop>(?<=[a-zäöüß])-[ \t]*\r?\n?[ \t]*(?=[a-zäöüß])(?!(?:und|oder|bis|sowie|bzw)\b)"
    r"|\u00ad)"
    r"|(?P<space>(?:[\s•▪►▶�◦●■]|\*\*)+)"
)
_BRIDGING_WORDS = frozenset(
    ("der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "mit", "für")
    + ("und", "oder", "von", "vom", "zu", "zur", "zum", "im", "in", "am", "an", "auf", "bei")
    + ("durch", "sowie")
)
_PLACEHOLDER = re.compile(r"⟦(\d+):[A-Za-z]+⟧")
_ROLE_ALS = re.compile(r"\bals\s+(?P<role>[A-ZÄÖÜ][\w/-]+(?:\s+(?:für|der|des)\s+[A-ZÄÖÜ][\w-]+)?)")
_CHAIR_MARK = re.compile(r"\((?:Vorsitz|Vorsitzende\w*|Leitung)\)", re.IGNORECASE)
_COMPILED: list[tuple[Cue, re.Pattern[str]]] = [(cue, cue.compiled()) for cue in CUES]


@dataclass(frozen=True)
class Unit:
    """A sentence or list item: [start, end) in the text given to the extractor."""

    start: int
    end: int
    is_item: bool = False


def split_units(text: str) -> list[Unit]:
    """Sentences and list items; PDF line wraps and blank lines inside a sentence are bridged."""
    cuts: dict[int, bool] = {0: False}  # position -> starts a list item
    offset, previous, gap = 0, "", False
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if not stripped:
            gap = True
        else:
            if _ITEM_START.match(line):
                cuts[offset] = True
            elif gap and not _continues(previous, stripped):
                cuts.setdefault(offset, False)
            for bullet in _INLINE_BULLET.finditer(line):
                cuts[offset + bullet.start()] = True
            previous, gap = stripped, False
        offset += len(line)
    bounds = sorted(cuts) + [len(text)]
    units: list[Unit] = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        units.extend(_sentences(text, start, end, cuts[start]))
    return units


def _continues(previous: str, line: str) -> bool:
    """A blank line inside a sentence (common in PDF extraction) does not end it."""
    if previous.endswith(("-", ",")):
        return True
    if previous.endswith((".", "!", "?", ":")):
        return False
    return line[:1].islower() or previous.rsplit(None, 1)[-1].lower() in _BRIDGING_WORDS


def _sentences(text: str, start: int, end: int, is_item: bool) -> Iterator[Unit]:
    """Split one block at sentence ends, not after abbreviations or ordinals."""
    block_start = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if _NOT_AN_END.search(text[max(start, match.start() - 8) : match.start()]):
            continue
        yield from _trimmed(text, block_start, match.start(), is_item)
        block_start, is_item = match.end(), False
    yield from _trimmed(text, block_start, end, is_item)


def _trimmed(text: str, start: int, end: int, is_item: bool) -> Iterator[Unit]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield Unit(start, end, is_item)


def _locate(
    text: str, unit: Unit, mentions: list[Mention], span_of: SpanOf | None
) -> list[tuple[int, int, Mention]]:
    """Mentions of the unit with their offsets in `text`, longest first where they overlap."""
    found: list[tuple[int, int, Mention]] = []
    if span_of is None:
        found = [
            (m.span.start, m.span.end, m)
            for m in mentions
            if unit.start <= m.span.start and m.span.end <= unit.end
        ]
    else:
        area = span_of(unit.start, unit.end)
        for m in mentions:
            if not (area.start <= m.span.start and m.span.end <= area.end) or not m.text:
                continue
            hits = [h.start() for h in re.finditer(re.escape(m.text), text[unit.start : unit.end])]
            if hits:
                best = min(
                    hits,
                    key=lambda h: abs(
                        span_of(unit.start + h, unit.start + h + 1).start - m.span.start
                    ),
                )
                found.append((unit.start + best, unit.start + best + len(m.text), m))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0]), f[2].text))
    kept: list[tuple[int, int, Mention]] = []
    for item in found:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return kept


def _mask(text: str, unit: Unit, located: list[tuple[int, int, Mention]]) -> tuple[str, list[int]]:
    """Unit text with mentions as ⟦i:Type⟧, repaired whitespace and hyphenation, plus offsets."""
    chars: list[str] = []
    offsets: list[int] = []
    position = unit.start
    for index, (start, end, mention) in enumerate([*located, (unit.end, unit.end, None)]):
        segment = text[position:start]
        cursor = 0
        for match in _CLEAN.finditer(segment):
            chars.extend(segment[cursor : match.start()])
            offsets.extend(range(position + cursor, position + match.start()))
            if match.group("space"):
                chars.append(" ")
                offsets.append(position + match.start())
            cursor = match.end()
        chars.extend(segment[cursor:])
        offsets.extend(range(position + cursor, start))
        if mention is not None:
            token = f"⟦{index}:{mention.type}⟧"
            chars.extend(token)
            offsets.extend([start] * len(token))
        position = end
    return "".join(chars), offsets


def extract_relations(
    text: str, mentions: list[Mention], span_of: SpanOf | None = None
) -> list[RelationRecord]:
    """Relations stated in single sentences or list items, each with its evidence span.

    `span_of` maps offsets of `text` to spans of the original document (when `text` was
    repaired); without it, mention spans are taken to be offsets into `text`.
    """
    evidence_of = span_function(text, span_of)
    units = split_units(text)
    located = [_locate(text, unit, mentions, span_of) for unit in units]
    relations: list[RelationRecord] = []
    for position, unit in enumerate(units):
        if not located[position]:
            continue
        masked, offsets = _mask(text, unit, located[position])
        evidence = evidence_of(unit.start, unit.end)
        pool = [m for _, _, m in located[position]]
        for cue, pattern in _COMPILED:
            for match in pattern.finditer(masked):
                if cue.intro:
                    items = _following_items(units, position)
                    relations.extend(
                        _from_items(text, cue, match, pool, units, items, located, evidence_of)
                    )
                else:
                    relations.extend(
                        _from_match(cue, match, pool, evidence, offsets, evidence_of, masked)
                    )
    return _unique(relations)


def _indices(match: re.Match[str], group: str) -> list[int]:
    value = match.groupdict().get(group)
    return [int(i) for i in _PLACEHOLDER.findall(value)] if value else []


def _from_match(
    cue: Cue,
    match: re.Match[str],
    pool: list[Mention],
    evidence: Span,
    offsets: list[int],
    evidence_of: SpanOf,
    masked: str,
) -> list[RelationRecord]:
    """Pair every subject of the match with every object, under the cue's head constraint."""
    subjects = [pool[i] for i in _indices(match, "s")]
    objects = [pool[i] for i in _indices(match, "o")]
    if match.groupdict().get("otext"):
        start, end = offsets[match.start("otext")], offsets[match.end("otext") - 1] + 1
        objects.append(
            Mention(match.group("otext"), "Person", evidence_of(start, end), f"cue:{cue.name}")
        )
    if cue.subject_head:
        subjects = [s for s in subjects if re.match(cue.subject_head, s.canonical or s.text)]
    role = match.groupdict().get("role") or _role_als(masked)
    return [
        RelationRecord(s, cue.predicate, o, evidence, f"cue:{cue.name}", role)
        for s in subjects
        for o in objects
        if s is not o and (s.canonical or s.text) != (o.canonical or o.text)
    ]


def _role_als(masked: str) -> str | None:
    found = _ROLE_ALS.search(masked)
    return found.group("role") if found else None


def _following_items(units: list[Unit], position: int) -> list[int]:
    items: list[int] = []
    for later in range(position + 1, len(units)):
        if not units[later].is_item:
            break
        items.append(later)
    return items


def _from_items(
    text: str,
    cue: Cue,
    match: re.Match[str],
    pool: list[Mention],
    units: list[Unit],
    items: list[int],
    located: list[list[tuple[int, int, Mention]]],
    evidence_of: SpanOf,
) -> list[RelationRecord]:
    """An intro sentence ending in ':' relates its body to the first actor of each list item."""
    relations: list[RelationRecord] = []
    method = f"cue:{cue.name}"
    for body in (pool[i] for i in _indices(match, "o")):
        for item in items:
            actors = [(start, m) for start, _, m in located[item] if m.type in ACTOR_TYPES]
            if not actors:
                continue
            unit = units[item]
            evidence = evidence_of(unit.start, unit.end)
            role = _role_prefix(text[unit.start : actors[0][0]])
            relations.append(
                RelationRecord(actors[0][1], cue.predicate, body, evidence, method, role)
            )
            item_text = plain(text[unit.start : unit.end])
            if _CHAIR_MARK.search(item_text):
                people = [m for _, m in actors if m.type == "Person"]
                name = _CHAIR_MARK.sub("", item_text).strip(" ,;")
                chair = people[0] if people else Mention(name, "Person", evidence, method)
                relations.append(RelationRecord(body, "chairedBy", chair, evidence, method, role))
    return relations


def plain(text: str) -> str:
    """Text with bullets, line-end hyphenation and runs of whitespace repaired."""
    return _CLEAN.sub(lambda m: " " if m.group("space") else "", text).strip()


def _role_prefix(prefix: str) -> str | None:
    """'Oberbürgermeister der ' before the actor of a list item names the actor's role."""
    words = plain(prefix).lstrip("-–*+0123456789.) ").split()
    while words and words[-1].lower() in {
        "der",
        "des",
        "die",
        "dem",
        "den",
        "von",
        "vom",
        "zu",
        "im",
        "am",
    }:
        words.pop()
    role = " ".join(words).strip(" ,:;-–")
    return role if role and len(words) <= 8 else None


def _unique(relations: list[RelationRecord]) -> list[RelationRecord]:
    """One record per (subject, predicate, object, evidence): several cues may fire at once."""
    seen: set[tuple[str, str, str, int]] = set()
    unique: list[RelationRecord] = []
    for r in relations:
        key = (
            r.subject.canonical or r.subject.text,
            r.predicate,
            r.object.canonical or r.object.text,
            r.evidence.start,
        )
        if key not in seen:
            seen.add(key)
            unique.append(r)
    return unique


def _within(span: Span, area: Span) -> bool:
    return area.start <= span.start and span.end <= area.end


def extract_mask_relations(
    mask: ProductMask, actor_mentions: list[Mention]
) -> list[RelationRecord]:
    """involvesActor from the transfer object to every actor named under BETEILIGTE AKTEURE."""
    field = mask.fields.get("beteiligte_akteure")
    if field is None:
        return []
    transfer_object = Mention(
        mask.title, "TransferObject", mask.span, "productmask", canonical=mask.title
    )
    relations: list[RelationRecord] = []
    for actor in sorted(actor_mentions, key=lambda m: m.span.start):
        if actor.type in {"ActionField", "Instrument", "Measure", "TransferObject"}:
            continue
        if _within(actor.span, field.span):
            evidence = actor.span  # the actor's line, or the whole field where that is all we know
            relations.append(
                RelationRecord(transfer_object, "involvesActor", actor, evidence, "cue:mask-actors")
            )
    return _unique(relations)


def extract_measure_relations(
    measures: list[Measure], mentions: list[Mention]
) -> list[RelationRecord]:
    """addressesActionField from a measure to every action field named inside its span."""
    relations: list[RelationRecord] = []
    for measure in measures:
        subject = Mention(
            measure.label, "Measure", measure.span, "measure", attributes={"measure": measure.key}
        )
        for mention in sorted(mentions, key=lambda m: m.span.start):
            if mention.type == "ActionField" and _within(mention.span, measure.span):
                relations.append(
                    RelationRecord(
                        subject, "addressesActionField", mention, measure.span, "cue:measure-scope"
                    )
                )
    return _unique(relations)
