"""Text repair that never loses the way back to the original.

Extracted PDF text carries layout debris (tabs inside sentences, running page headers, page
numbers, footnotes, hyphenated line ends, broken bullets, OCR-damaged umlauts). Each repair
step is a small pure function that *proposes edits* (start, end, replacement) against the
current text; one shared helper applies them and composes the offset map, so every repaired
character still points at the original character a user can open (see `RepairedText.span`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ingest.ocr_repair import GermanLexicon, german_lexicon, ocr_word_edits
from ingest.records import Span
from ingest.repair_layout import (
    bullet_edits,
    footnote_edits,
    hyphenation_edits,
    page_break_edits,
    quote_edits,
    running_header_edits,
    whitespace_edits,
    wrapped_line_edits,
)

Edit = tuple[int, int, str]  # replace text[start:end] with the string


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, list[int]]:
    """Apply non-overlapping edits; return the new text and, per new char, its index in `text`.

    The map has len(new) + 1 entries (the last maps the end) and never decreases: characters of
    a replacement map into the replaced range in order, insertions map to their position.
    """
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    for start, end, repl in sorted(edits):
        if start < pos or end < start or end > len(text):
            raise ValueError(f"overlapping or invalid edit {(start, end, repl)!r}")
        out.append(text[pos:start])
        offsets.extend(range(pos, start))
        out.append(repl)
        last = max(end - start - 1, 0)
        offsets.extend(start + min(k, last) for k in range(len(repl)))
        pos = end
    out.append(text[pos:])
    offsets.extend(range(pos, len(text) + 1))
    return "".join(out), offsets


def count_places(text: str, edits: list[Edit]) -> int:
    """Number of repaired places: several edits inside one word ("Ubergange") count once."""
    places, prev = 0, (-1, -1)
    for start, end, _ in sorted(edits):
        same_word = prev[1] >= 0 and text[prev[1] : start].isalpha()
        places += not (same_word and not re.search(r"\s", text[prev[0] : end]))
        prev = (start, end)
    return places


@dataclass
class RepairedText:
    """Repaired text plus, for every character, its offset in the original text."""

    text: str
    original: str
    offsets: list[int]
    counts: dict[str, int] = field(default_factory=dict)  # repairs made, by kind
    _line_starts: list[int] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def identity(cls, original: str) -> RepairedText:
        """The unrepaired text: every character maps to itself."""
        return cls(original, original, list(range(len(original) + 1)))

    def apply(self, kind: str, edits: list[Edit]) -> RepairedText:
        """A new RepairedText with `edits` (against self.text) applied and the maps composed."""
        text, local = apply_edits(self.text, edits)
        counts = dict(self.counts)
        counts[kind] = counts.get(kind, 0) + count_places(self.text, edits)
        return RepairedText(text, self.original, [self.offsets[i] for i in local], counts)

    def to_original(self, i: int) -> int:
        """Original offset of repaired character i (i == len(text) maps the end)."""
        return self.offsets[max(0, min(i, len(self.text)))]

    def original_end(self, end: int) -> int:
        """Original offset just past the repaired range ending at `end` (exclusive)."""
        if end <= 0:
            return self.offsets[0]
        if end >= len(self.text):
            return len(self.original)
        return self.offsets[end - 1] + 1

    def line_of(self, i: int) -> int:
        """1-based line of the original text that holds repaired character i."""
        return self.original_line(self.to_original(i))

    def original_line(self, offset: int) -> int:
        """1-based line number of an original offset."""
        if not self._line_starts:
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.original)]
        return bisect.bisect_right(self._line_starts, offset)

    def kept_positions(self, originals: list[int]) -> frozenset[int]:
        """Repaired offsets of the original characters at `originals` that the repair kept
        or replaced one for one (a run of spaces left as one space keeps its first)."""
        found = set()
        for offset in originals:
            i = bisect.bisect_left(self.offsets, offset, 0, len(self.text))
            if i < len(self.text) and self.offsets[i] == offset:
                found.add(i)
        return frozenset(found)

    def original_span(self, start: int, end: int) -> Span:
        """The Span of original range [start, end), with its lines."""
        return Span(start, end, self.original_line(start), self.original_line(max(end - 1, start)))

    def span(self, start: int, end: int) -> Span:
        """The original Span behind repaired range [start, end)."""
        o_start = self.to_original(start)
        o_end = max(self.original_end(end), o_start)
        last = max(o_end - 1, o_start)
        return Span(o_start, o_end, self.original_line(o_start), self.original_line(last))


Step = Callable[[str], list[Edit]]


def repair_steps(lexicon: GermanLexicon, *, spell: bool) -> list[tuple[str, Step]]:
    """The repair steps in the order they run; names are the keys of `RepairedText.counts`."""
    steps: list[tuple[str, Step]] = [
        ("whitespace", whitespace_edits),
        ("running_headers", running_header_edits),
        ("footnotes", footnote_edits),
        ("page_breaks", page_break_edits),
        ("hyphenation", lambda t: hyphenation_edits(t, lexicon)),
        ("wrapped_lines", wrapped_line_edits),
        ("bullets", bullet_edits),
        ("quotes", quote_edits),
    ]
    if spell:
        steps.append(("ocr_words", lambda t: ocr_word_edits(t, lexicon)))
    return steps


def repair(text: str, *, spell: bool = True, lexicon: GermanLexicon | None = None) -> RepairedText:
    """Run every repair step over `text`; `spell=False` skips the OCR word repair."""
    lex = lexicon if lexicon is not None else german_lexicon()
    result = RepairedText.identity(text)
    for kind, step in repair_steps(lex, spell=spell):
        result = result.apply(kind, step(result.text))
    return result
