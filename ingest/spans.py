"""Character offsets -> `Span`s with 1-based line numbers, and a line view of a text.

Every parser reports where its findings stand in the document; they all need the same
offset-to-line arithmetic, so it lives here once. `LineIndex` answers by bisection, which keeps
span lookups cheap on long brochures.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from ingest.records import Span

SpanOf = Callable[[int, int], Span]


class LineIndex:
    """Start offsets of all lines of one text, for offset -> line lookups."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def line_of(self, offset: int) -> int:
        """1-based line that holds character `offset` (clamped to the text)."""
        offset = max(0, min(offset, len(self.text)))
        return bisect_right(self.starts, offset)

    def span(self, start: int, end: int) -> Span:
        """Span of [start, end); the last line is the one holding the last character."""
        end = max(start, end)
        last = end - 1 if end > start else start
        return Span(start, end, self.line_of(start), self.line_of(last))


def span_in(text: str, start: int, end: int) -> Span:
    """One-off span for `text`; build a `LineIndex` when asking many times."""
    return LineIndex(text).span(start, end)


def span_function(text: str, span_of: SpanOf | None) -> SpanOf:
    """The caller's span function, or one that counts lines in `text` itself."""
    return span_of if span_of is not None else LineIndex(text).span


@dataclass(frozen=True)
class Line:
    """One line of a text: its offsets (without the newline) and its content."""

    number: int  # 1-based
    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def indent(self) -> int:
        """Characters of whitespace before the content."""
        return len(self.text) - len(self.text.lstrip())


def split_lines(text: str) -> list[Line]:
    """All lines of `text` with their offsets; a final newline adds no empty line."""
    lines: list[Line] = []
    start = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        end = start + len(raw)
        content = raw[:-1] if raw.endswith("\r") else raw
        lines.append(Line(number, start, start + len(content), content))
        start = end + 1
    if len(lines) > 1 and lines[-1].text == "" and text.endswith("\n"):
        lines.pop()
    return lines
