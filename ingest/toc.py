"""Tables of contents and overview tables: which transfer object stands on which page.

Catalogues list their transfer objects with page numbers, in one of a few shapes: a line with
dot leaders ("3.1 Leitlinien ........ 11"), an overview entry with the page in parentheses
("Leitlinien der Stadt (Seite 11)", possibly over several lines), or a Markdown table row
("| 3.1 | Leitlinien | 11 |"). Entries carry the group label they stand under (in overview
tables often the KBM function, "➝ Diskurs:").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from ingest.mask_headings import fold
from ingest.mask_layout import kbm_function_of

_NUMBER = r"\d{1,2}(?:\.\d{1,2})+"
_PAGE_IN_PARENS = re.compile(r"\(\s*(?:Seite|S\.)\s*(\d{1,4})\b[^)]*\)?")
_DOT_LEADER = re.compile(
    rf"^\s*(?:({_NUMBER}|\d{{1,2}})\.?\s+)?(\S.*?)\s*(?:\.{{3,}}|…+|(?:\.\s){{3,}})\s*(\d{{1,4}})\s*$"
)
_NUMBERED_PAGE = re.compile(rf"^\s*({_NUMBER})\.?\s+(\S.*?\S)(?:\s{{2,}}|\t+)(\d{{1,4}})\s*$")
_MARKERS = re.compile(r"[●•◦▪■□➝→►▶*·]+")
_MAX_ENTRY_LINES = 4


@dataclass(frozen=True)
class TocEntry:
    """One entry of a table of contents: title, catalogue page, optional number and group."""

    title: str
    page: int
    line: int  # 0-based index of the entry's last line
    number: str | None = None
    group: str | None = None  # the label the entry stands under, e.g. "Diskurs"


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", _MARKERS.sub(" ", text)).strip(" :-–")


def join_lines(lines: Sequence[str]) -> str:
    """Lines of one entry as one string, undoing end-of-line hyphenation ('Bildungs-/agentur')."""
    joined = ""
    for line in (part.strip() for part in lines):
        if not line:
            continue
        if re.search(r"[a-zäöüß]-$", joined) and line[:1].islower():
            joined = joined[:-1] + line
        else:
            joined = f"{joined} {line}" if joined else line
    return _clean(joined)


def _table_row(line: str) -> tuple[str | None, str, int] | None:
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    if len(cells) < 2 or all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
        return None
    pages = [c for c in cells if re.fullmatch(r"\d{1,4}", c)]
    titles = [c for c in cells if re.search(r"[A-Za-zÄÖÜäöü]{3,}", c)]
    if not pages or not titles:
        return None
    number = next((c for c in cells if re.fullmatch(_NUMBER, c)), None)
    return number, max(titles, key=len), int(pages[-1])


def _group_label(line: str) -> str | None:
    """'➝ DISkurS:', '## Diskurs', 'DISKURS': a label that groups the entries below it."""
    labelled = line.rstrip().endswith(":") or bool(re.match(r"\s*(?:#|[➝→►▶*-]\s)", line))
    stripped = _clean(line)
    if not (labelled or stripped.isupper()) or len(stripped.split()) > 6:
        return None
    return kbm_function_of(stripped)


def parse_toc(text: str) -> list[TocEntry]:
    """All table-of-contents entries of a document, in document order."""
    entries: list[TocEntry] = []
    buffer: list[str] = []
    group: str | None = None
    for index, line in enumerate(text.splitlines()):
        stripped = line.strip()
        if not _clean(stripped):
            buffer = []
            continue
        if stripped.startswith("|"):
            row = _table_row(stripped)
            if row:
                entries.append(TocEntry(row[1], row[2], index, row[0], group))
            buffer = []
            continue
        found = _PAGE_IN_PARENS.search(stripped) or _DOT_LEADER.match(stripped)
        found = found or _NUMBERED_PAGE.match(stripped)
        if found is None:
            label = _group_label(stripped)
            group = label or group
            buffer = [] if label else (buffer + [stripped])[-_MAX_ENTRY_LINES:]
            continue
        if found.re is _PAGE_IN_PARENS:
            title, number, page = join_lines([*buffer, stripped[: found.start()]]), None, found[1]
        else:
            title, number, page = join_lines([found[2]]), found[1], found[3]
        if re.search(r"[A-Za-zÄÖÜäöü]{3,}", title) and len(title) <= 250:
            entries.append(TocEntry(title, int(page), index, number, group))
        buffer = []
    return entries


def _normal(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", fold(text)).strip()


def _score(number: str | None, titles: Sequence[str], entry: TocEntry) -> float:
    if number and entry.number:
        return 200.0 if number == entry.number else 0.0
    best = 0.0
    for title in (t for t in titles if t):
        a, b = _normal(title), _normal(entry.title)
        best = max(best, fuzz.ratio(a, b), 0.9 * fuzz.token_set_ratio(a, b))
    return best


def match_entries(
    queries: Sequence[tuple[str | None, Sequence[str]]],
    entries: Sequence[TocEntry],
    threshold: float = 70.0,
) -> list[TocEntry | None]:
    """Assign each (section number, candidate titles) query at most one entry, best pairs first."""
    scored = sorted(
        (
            (_score(number, titles, entry), qi, ei)
            for qi, (number, titles) in enumerate(queries)
            for ei, entry in enumerate(entries)
        ),
        reverse=True,
    )
    result: list[TocEntry | None] = [None] * len(queries)
    used: set[int] = set()
    for score, qi, ei in scored:
        if score < threshold:
            break
        if result[qi] is None and ei not in used:
            result[qi] = entries[ei]
            used.add(ei)
    return result
