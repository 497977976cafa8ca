"""Sentences and list items: the units within which a relation must be stated.

PDF extraction wraps lines mid-sentence and leaves blank lines inside sentences; lists come
with many bullet characters (including U+FFFD where a bullet glyph was lost). A relation is
only read inside one unit, so the split decides what evidence a relation can have.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ingest.structure import WORK_PACKAGE
from ingest.textutil import LABEL_LINE, continues_sentence

_ITEM_START = re.compile(
    r"[ \t]*(?:[-*+•▪►▶�◦●■–](?=\s)|\d{1,2}[.)](?=\s)|[a-z][)](?=\s)|#{1,6}\s|\*\*)"
)
# a unit's number ending a line and its title after a dash on the next: "Dezernat III" / "– Jugend"
_NUMBERED_END = re.compile(r"\b(?:[IVX]{1,4}|\d{1,3})$")
_DASH_ON = re.compile(r"[ \t]*–[ \t]+[A-ZÄÖÜ]")
_INLINE_BULLET = re.compile(r"(?<=\s)[•▪►▶�◦●■](?=\s)")
# a footnote mark may follow the full stop: "… gefördert.1 Das Programm …"
_SENTENCE_END = re.compile(
    r"(?:(?<=[.!?])|(?<=[a-zäöüß][.!?]\d)|(?<=[a-zäöüß][.!?]\d\d))[\"“”]?\s+(?=[„\"(]?[A-ZÄÖÜ])"
)
_FOOTNOTE_MARK = re.compile(r"(?<=[.!?])\d{1,2}$")
_NOT_AN_END = re.compile(
    r"(?:\b(?:[a-zA-ZÄÖÜ]|vgl|bzw|ggf|ca|Nr|Dr|Prof|ehem|usw|etc|inkl|evtl|bspw|zzgl|St|Abs|Abb"
    r"|Tab|Kap|vorauss|max|min|mind|sog|Hrsg|Jh|Ltg|Tel|Ltd|stv|Stv)|\d{1,2})\.$"
)
# "… e.V. Eng verzahnt ist …": a legal form ends the sentence when a new one plainly begins
_LEGAL_FORM_END = re.compile(r"\be\.\s?V\.$")
_SENTENCE_OPENING = re.compile(
    r"(?:Der|Die|Das|Dem|Den|Des|Ein|Eine|Er|Sie|Es|Wir|Im|Am|Zum|Zur|Seit|Auch|Dort|Hier"
    r"|Dabei|Zudem|Außerdem|Darüber|Daneben)\b|[A-ZÄÖÜ][a-zäöüß]+\s+(?!und\b|sowie\b)[a-zäöüß]"
)
# the short title line that opens a slide (" Wer wir sind:", " Förderprogramm „X“")
_TITLE_LINE = re.compile(
    r"^ [A-ZÄÖÜ„\"](?:[^\s.!?]*(?:[ \t]+[^\s.!?]+){0,5}[ \t]*:?"
    r"|[^.!?\n]{0,90}:)[ \t]*\n?$"  # " Zusammenarbeit auf Grundlage … (Stand 09/2024):"
)

# a slide's row of names between separators ("IHK X  I  Kreishandwerkerschaft Y  I", "A · B")
_SEPARATED = re.compile(r"\S[ \t]+(?:[·|]|I)(?:[ \t]+\S|[ \t]*$)")
_SEPARATOR = re.compile(r"[ \t]+(?:[·|]|I)[ \t]+(?=\S)")
# a labelled line of a list without bullets: "Bildungsmanagement (1,0 VZA): Lukas X"
_LABELLED_ITEM = re.compile(r"^[ \t]*[A-ZÄÖÜ][^:.!?\n]{0,60}:[ \t]+\S")


@dataclass(frozen=True)
class Unit:
    """A sentence or list item: [start, end) in the text given to the extractor."""

    start: int
    end: int
    is_item: bool = False
    item: int = -1  # start of the list item this unit belongs to (-1: running text)
    parent: int = -1  # start of the item that item is nested in (-1: none)


def split_units(text: str) -> list[Unit]:
    """Sentences and list items; PDF line wraps and blank lines inside a sentence are bridged."""
    cuts: dict[int, bool] = {0: False}  # position -> starts a list item
    packages: set[int] = set()  # work packages stand side by side, however indented
    offset, previous, gap, titled, labelled, separated = 0, "", False, False, False, False
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if not stripped:
            gap = True
        else:
            title = bool(_TITLE_LINE.match(line))
            named_on = not gap and _NUMBERED_END.search(previous) and _DASH_ON.match(line)
            # "… sind tätig:" over "Projektleitung: Dr. X" lines: each label line an item
            after_label, labelled = (
                labelled,
                ((labelled or previous.endswith(":")) and bool(_LABELLED_ITEM.match(line))),
            )
            # "Mitglieder u. a.:" over "IHK X  I  Kreishandwerkerschaft Y  I": a slide's rows
            separated = (separated or previous.endswith(":")) and bool(_SEPARATED.search(line))
            if named_on:
                pass  # "das Dezernat III" / "– Jugend, Bildung und Soziales": one name wrapped
            elif (
                _ITEM_START.match(line)
                or LABEL_LINE.match(line)
                or WORK_PACKAGE.match(line)
                or labelled
                or separated
            ):
                cuts[offset] = True  # bullets, "Ziel 2: …", "AP 3 …": each a unit of its own
                if WORK_PACKAGE.match(line):
                    packages.add(offset)
            elif (
                ((gap or after_label) and not continues_sentence(previous, stripped))
                or title
                or titled
            ):
                cuts.setdefault(offset, False)  # " Wer wir sind:" is a unit of its own
            for bullet in _INLINE_BULLET.finditer(line):
                cuts[offset + bullet.start()] = True
            if separated:  # each name between the separators an item of its own
                for bar in _SEPARATOR.finditer(line):
                    cuts[offset + bar.end()] = True
            previous, gap, titled = stripped, False, title
        offset += len(line)
    bounds = sorted(cuts) + [len(text)]
    units: list[Unit] = []
    open_items: list[tuple[int, int]] = []  # (indent, start) of the items a new one may nest in
    for start, end in zip(bounds, bounds[1:], strict=False):
        item = parent = -1
        if cuts[start]:
            indent = 0 if start in packages else _indent(text, start)
            while open_items and open_items[-1][0] >= indent:
                open_items.pop()
            item, parent = start, (open_items[-1][1] if open_items else -1)
            open_items.append((indent, start))
        else:
            open_items = []
        units.extend(
            replace(u, item=item, parent=parent) for u in _sentences(text, start, end, cuts[start])
        )
    return units


def _indent(text: str, start: int) -> int:
    """Columns before an item's bullet: its line's indentation, or its column if inline."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start < start:  # an inline bullet sits deeper than the item its line began
        return len(text[line_start:start].expandtabs())
    line = text[line_start : text.find("\n", start) % (len(text) + 1)]
    return len(line.expandtabs()) - len(line.expandtabs().lstrip(" "))


def _sentences(text: str, start: int, end: int, is_item: bool) -> Iterator[Unit]:
    """Split one block at sentence ends, not after abbreviations or ordinals."""
    block_start = start
    for match in _SENTENCE_END.finditer(text, start, end):
        before = _FOOTNOTE_MARK.sub("", text[max(start, match.start() - 10) : match.start()])
        if _NOT_AN_END.search(before) and not (
            _LEGAL_FORM_END.search(before) and _SENTENCE_OPENING.match(text, match.end())
        ):
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
