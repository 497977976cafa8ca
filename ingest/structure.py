"""Sections and list items of plans, minutes, slides and brochures.

Documents arrive as flat text; their structure survives only as cues: dotted chapter numbers
("3.3.2 Gremien und Akteure"), Markdown headings, bold-only lines, labelled annexes ("Anlage 1:"),
work-package lines ("AP 3 …") and, on slides, short title lines above bullets. Numbered
headings are accepted only where they continue the numbering seen so far, which separates them
from footnotes, numbered lists and running page headers that repeat a chapter number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ingest.records import ListItem, Section
from ingest.spans import Line, SpanOf, span_function, split_lines
from ingest.textutil import TEAM_TITLE, clean_inline, join_lines, slugify, unique_key

_MARKDOWN = re.compile(r"^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$")
_BOLD_ONLY = re.compile(r"^\s*\*\*([^*]+?)\*\*\s*:?\s*$")
_ANNEX = re.compile(r"^\s*(Anlage|Anhang|Kapitel)\s+(\d{1,2}|[IVX]{1,4})\s*[:.\-–]?\s*(.*)$")
WORK_PACKAGE = re.compile(
    r"^\s*(?:#{1,6}\s+)?(?:\*\*)?(AP|Arbeitspaket|Maßnahme|Massnahme)\s*(\d{1,2}(?:\.\d{1,2})?)\b\.?"
    r"\s*(.*)$"
)
_NUMBERED = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,5})(\.?)\s+(\S.*?)\s*$")
_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.(?:19|20)?\d{2}\b")
_CITATION_END = re.compile(r"\b(?:19|20)\d{2}[a-z]?\s*:\s*\d+\s*\w*\.?$")
_NOT_A_TITLE_START = frozenset(
    [
        "bis",
        "und",
        "oder",
        "in",
        "im",
        "am",
        "an",
        "der",
        "die",
        "das",
        "des",
        "dem",
        "den",
        "von",
        "vom",
        "zu",
        "zum",
        "zur",
        "mit",
        "für",
        "auf",
        "aus",
        "bei",
        "nach",
        "über",
        "unter",
        "vgl",
        "vgl.",
        "siehe",
        "s.",
        "ebd.",
        "ebd",
        "ca.",
        "z.b.",
        "sowie",
    ]
)
BULLET = re.compile(
    r"^(\s*)((?:[-*+]\s+)?[•▪▶►‣◦●○■□➢➤→–\-*+\u2022\ufffd]|o(?=\s)|"
    r"\(?\d{1,2}(?:\.\d{1,2})*[.)]|[a-z]\)|\d{1,2}(?:\.\d{1,2})+)(?=\s|$)\s*(.*)$"
)


@dataclass
class _Heading:
    start: int
    end: int  # end of the heading line(s)
    level: int
    title: str
    key: str
    number: str | None = None


def _numbered_title_ok(title: str) -> bool:
    """A chapter title is short text, not a footnote, citation or sentence fragment."""
    words = title.split()
    if not words or len(title) > 90 or len(words) > 14:
        return False
    first = words[0].lower()
    if not (title[0].isalpha() or title[0] in "„\"'("):
        return False
    if first in _NOT_A_TITLE_START or re.match(r"^[A-ZÄÖÜ]\.\s", title):
        return False
    return not (_DATE.search(title) or _CITATION_END.search(title) or title.endswith((",", ";")))


class _Numbering:
    """Which dotted numbers may come next: children of the open path, or the next sibling."""

    def __init__(self) -> None:
        self.seen: set[tuple[int, ...]] = set()
        self.last_child: dict[tuple[int, ...], int] = {}
        self.path: list[tuple[int, ...]] = []

    def accepts(self, number: tuple[int, ...]) -> bool:
        if number in self.seen:
            return False  # running page header repeating a chapter number
        parent, last = number[:-1], number[-1]
        if not self.seen:
            return last <= 3 or len(number) == 1 and last <= 9
        if parent and parent not in self.path:
            return False
        return self.last_child.get(parent, 0) < last <= self.last_child.get(parent, 0) + 2

    def add(self, number: tuple[int, ...]) -> None:
        self.seen.add(number)
        self.last_child[number[:-1]] = number[-1]
        self.path = [p for p in self.path if len(p) < len(number) and number[: len(p)] == p]
        self.path.append(number)


def _stands_alone(lines: list[Line], i: int) -> bool:
    """A bold line is a heading only as its own paragraph (not inside a logo or address block)."""
    before = i == 0 or lines[i - 1].blank
    return before and (i + 1 >= len(lines) or lines[i + 1].blank)


def _continued_title(lines: list[Line], i: int, title: str) -> tuple[str, int]:
    """Join a heading broken after a hyphen or a colon with its continuation line."""
    nxt_line = lines[i + 1] if i + 1 < len(lines) else None
    if (
        title.endswith(":")
        and nxt_line
        and not nxt_line.blank
        and not BULLET.match(nxt_line.text)
        and len(nxt_line.stripped) < 100
    ):
        return f"{title} {clean_inline(nxt_line.text)}", nxt_line.end
    if not title.endswith("-"):
        return title, lines[i].end
    for j in range(i + 1, min(i + 3, len(lines))):
        nxt = lines[j].stripped
        if nxt and nxt[0].islower() and len(nxt) < 60:
            return join_lines(title + "\n" + nxt), lines[j].end
        if nxt:
            break
    return title, lines[i].end


def _strong_headings(lines: list[Line]) -> list[_Heading]:
    """Markdown, annex, work-package and numbered headings, in document order."""
    headings: list[_Heading] = []
    numbering = _Numbering()
    md_level, in_fence = 0, False
    annexes: dict[str, int] = {}
    rejected: dict[int, int] = {}  # line index -> depth of numbered lines judged list items
    for i, line in enumerate(lines):
        raw = line.text
        if raw.lstrip().startswith("```"):
            in_fence = not in_fence
        if in_fence or line.blank:
            continue
        if m := _MARKDOWN.match(raw):
            md_level = len(m.group(1))
            title = clean_inline(m.group(2)).rstrip(":").strip()
            num = re.match(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s", title)
            headings.append(
                _Heading(line.start, line.end, md_level, title, "", num.group(1) if num else None)
            )
        elif (m := _BOLD_ONLY.match(raw)) and _stands_alone(lines, i):
            title = clean_inline(m.group(1)).rstrip(":").strip()
            headings.append(_Heading(line.start, line.end, min(md_level + 1, 7), title, ""))
        elif (m := _ANNEX.match(raw)) and len(m.group(3)) < 90 and not _in_run(lines, i, _ANNEX):
            ordinal = _ordinal(m.group(2))
            if ordinal != annexes.get(m.group(1), 0) + 1:
                continue  # "Anlage 3" quoted in a mask, without Anlage 1 and 2 before it
            annexes[m.group(1)] = ordinal
            title = clean_inline(raw).rstrip(":")
            key = f"{m.group(1).lower()}-{m.group(2).lower()}"
            headings.append(_Heading(line.start, line.end, 1, title, key))
        elif (m := WORK_PACKAGE.match(raw)) and m.group(1).upper().startswith(("AP", "ARB")):
            name = clean_inline(m.group(3)).split(":")[0].strip()
            key = f"AP {m.group(2)}"
            context = [h.level for h in headings if not h.key.startswith("AP ")]
            level = (context[-1] if context else 0) + 1
            headings.append(_Heading(line.start, line.end, level, name[:120], key))
        elif (m := _NUMBERED.match(raw)) and (m.group(2) == "" or "." in m.group(1)):
            number = tuple(int(p) for p in m.group(1).split("."))
            title = clean_inline(m.group(3))
            depth = re.compile(rf"^\s*\d{{1,2}}(?:\.\d{{1,2}}){{{len(number) - 1}}}\.?\s+\S")
            in_list = _in_run(lines, i, depth) or _after_list_line(lines, i, len(number), rejected)
            if _numbered_title_ok(title) and not in_list and numbering.accepts(number):
                numbering.add(number)
                title, end = _continued_title(lines, i, title)
                dotted = ".".join(map(str, number))
                headings.append(_Heading(line.start, end, len(number), title, dotted, dotted))
            else:
                rejected[i] = len(number)
    if any(h.number and not h.key for h in headings) or any(h.key == h.number for h in headings):
        # work-package lines inside a chaptered document are plan content, not its outline
        headings = [h for h in headings if not h.key.startswith("AP ")]
    return headings


def _in_run(lines: list[Line], i: int, pattern: re.Pattern[str]) -> bool:
    """True when the nearest non-blank line before or after also matches: a list, not a heading."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and lines[j].blank:
            j += step
        if 0 <= j < len(lines) and pattern.match(lines[j].text):
            return True
    return False


def _after_list_line(lines: list[Line], i: int, depth: int, rejected: dict[int, int]) -> bool:
    """True when one of the two previous non-blank lines was a numbered item at least as deep."""
    seen, j = 0, i - 1
    while j >= 0 and seen < 2:
        if not lines[j].blank:
            if rejected.get(j, 0) >= depth:
                return True
            seen += 1
        j -= 1
    return False


def _ordinal(token: str) -> int:
    """'3' -> 3, 'IV' -> 4 (annex numbers come in both forms)."""
    if token.isdigit():
        return int(token)
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for a, b in zip(token, token[1:] + " ", strict=True):
        v = values.get(a, 0)
        total += -v if values.get(b, 0) > v else v
    return total


def _slide_titles(lines: list[Line]) -> list[_Heading]:
    """Short title lines of slides: at a page start or ending in ':', with bullets below."""
    headings: list[_Heading] = []
    for i, line in enumerate(lines):
        title = line.stripped
        if not title or BULLET.match(line.text) or not (title[0].isupper() or title[0] in '„"'):
            continue
        if len(title) > 60 or len(title.split()) > 8 or title.endswith((".", ",", ";", "-")):
            continue
        page_start = i == 0 or bool(re.match(r"^ \S", line.text)) or lines[i - 1].text == "\f"
        following = [ln for ln in lines[i + 1 : i + 8] if not ln.blank][:3]
        bullets_below = any(BULLET.match(ln.text) for ln in following[:2])
        team = page_start and TEAM_TITLE.match(title)  # a team slide lists names, no bullets
        if (title.endswith(":") and (bullets_below or page_start)) or (
            page_start and (bullets_below or team)
        ):
            headings.append(_Heading(line.start, line.end, 1, title.rstrip(":").strip(), ""))
    return headings


def parse_sections(text: str, span_of: SpanOf | None = None) -> list[Section]:
    """Headed parts of a document, nested by level, together covering the whole text.

    Each section runs from its heading to the next heading of the same or a higher level;
    text before the first heading becomes a 'vorspann' section titled by its first line.
    """
    span = span_function(text, span_of)
    lines = split_lines(text)
    headings = _strong_headings(lines) or _slide_titles(lines)
    sections: list[Section] = []
    taken: set[str] = set()
    first_start = headings[0].start if headings else len(text)
    if text[:first_start].strip():
        first_line = next(ln.stripped for ln in lines if not ln.blank)
        key = unique_key("vorspann", taken)
        sections.append(Section(key, clean_inline(first_line)[:120], 1, span(0, first_start)))
    open_stack: list[tuple[int, str]] = []  # (level, key) of enclosing headings
    for n, h in enumerate(headings):
        end = next((o.start for o in headings[n + 1 :] if o.level <= h.level), len(text))
        key = unique_key(h.key or (h.number or slugify(h.title)), taken)
        while open_stack and open_stack[-1][0] >= h.level:
            open_stack.pop()
        parent = open_stack[-1][1] if open_stack else None
        sections.append(Section(key, h.title, h.level, span(h.start, end), h.number, parent))
        open_stack.append((h.level, key))
    return sections


def heading_starts(lines: list[Line], sections: Iterable[Section], span_of: SpanOf) -> set[int]:
    """Starts of the lines (of the repaired text) that head `sections`: a section's span is in
    the original text, which repair shifts (tabs, hyphenation, page headers)."""
    wanted = {s.span.start for s in sections}
    return {ln.start for ln in lines if not ln.blank and span_of(ln.start, ln.end).start in wanted}


def section_in_repaired(sections: list[Section], offset: int, span_of: SpanOf) -> str | None:
    """Key of the innermost section holding repaired-text `offset`."""
    return section_at(sections, span_of(offset, offset + 1).start)


def section_at(sections: list[Section], offset: int) -> str | None:
    """Key of the innermost section holding `offset` (None outside all sections)."""
    best: Section | None = None
    for s in sections:
        if s.span.start <= offset < s.span.end and (
            best is None or s.span.start >= best.span.start
        ):
            best = s
    return best.key if best else None


def _double_spaced(lines: list[Line]) -> bool:
    """Slide and PDF extracts that put a blank line after nearly every line of text."""
    pairs = [(a, b) for a, b in zip(lines, lines[1:], strict=False) if not a.blank]
    if len(pairs) < 10:
        return False
    return sum(b.blank for _, b in pairs) >= 0.75 * len(pairs)


def _ends_item(line: str) -> bool:
    return line.rstrip().endswith((".", "!", "?", ":", ";"))


def parse_list_items(
    text: str, sections: list[Section], span_of: SpanOf | None = None
) -> list[ListItem]:
    """Bulleted and numbered items with their wrapped continuation lines joined.

    An item ends at the next item, a heading, or a blank line; it runs on past blank lines only
    where the text is obviously unfinished (lowercase continuation, or a line ending in '-'/',').
    """
    span = span_function(text, span_of)
    lines = split_lines(text)
    headed = heading_starts(lines, [s for s in sections if s.key != "vorspann"], span)
    double_spaced = _double_spaced(lines)
    items: list[ListItem] = []
    i = 0
    while i < len(lines):
        m = BULLET.match(lines[i].text)
        if not m or lines[i].start in headed:
            i += 1
            continue
        start = lines[i].start + len(m.group(1))
        parts, end, j = [m.group(3)], lines[i].end, i + 1
        while j < len(lines):
            ln = lines[j]
            if ln.start in headed or BULLET.match(ln.text) or _MARKDOWN.match(ln.text):
                break
            if ln.blank:
                k = next((k for k in range(j, min(j + 5, len(lines))) if not lines[k].blank), None)
                if k is None or _ends_item(parts[-1]):
                    break
                nxt = lines[k]
                unfinished = parts[-1].rstrip().endswith(("-", ",")) or nxt.stripped[:1].islower()
                unfinished = unfinished or (double_spaced and len(nxt.stripped) < 60)
                if not unfinished or BULLET.match(nxt.text) or nxt.start in headed:
                    break
                j = k
                continue
            parts.append(ln.text)
            end = ln.end
            j += 1
        body = join_lines("\n".join(parts))
        if body:
            marker = re.sub(r"\s+", " ", m.group(2))
            items.append(
                ListItem(body, span(start, end), section_in_repaired(sections, start, span), marker)
            )
        i = j
    return items
