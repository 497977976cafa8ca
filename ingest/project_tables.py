"""Tables of projects with their carriers and funders, on slides or in Markdown.

A slide lists "Projekt | Träger | Förderung" as columns set out with spaces (or as a Markdown
table): each row names a project, the actor that carries it and who pays for it. The project
cell becomes a programme mention where no name was found in it; the actors named in the carrier
cell carry it and those in the funding cell fund it. "Eigenmittel" or "Stiftungsmittel" in the
funding cell are the carrier's own money.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ingest.cue_grammar import ORG_TYPES
from ingest.records import Mention, RelationRecord
from ingest.spans import SpanOf

_COLUMN_KINDS = (
    ("project", re.compile(r"(?i)^(?:projekte?|vorhaben|angebote?|programme?)$")),
    ("carrier", re.compile(r"(?i)^(?:träger(?:in|schaft)?|projektträger|durchführung)$")),
    (
        "funder",
        re.compile(
            r"(?i)^(?:förderung|finanzierung|förderer|fördermittel(?:geber)?|mittelgeber"
            r"|geldgeber|förderung\s+durch|finanziert\s+durch)$"
        ),
    ),
)
_GAP = re.compile(r"[ \t]{2,}")
_OWN_MONEY = re.compile(r"(?i)\b(?:eigenmittel|eigenanteil|stiftungsmittel|eigene\s+mittel)")
_CARRIER_TYPES = (*ORG_TYPES, "Body")
_FUNDER_TYPES = (*ORG_TYPES, "Programme")
_PROJECT_TYPES = ("Programme", "TransferObject")
_ALIGN = 3  # characters a cell may stand left of its header's column


@dataclass
class _Row:
    start: int  # offsets of the row's first and last line in the text
    end: int
    cells: dict[str, list[tuple[int, int]]]  # column kind -> cell pieces (offsets)


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    """Cells of a line: pieces between '|' (Markdown) or between gaps of two spaces or more."""
    if line.lstrip().startswith("|"):
        pieces, pos = [], 0
        for part in line.split("|"):
            if part.strip():
                lead = len(part) - len(part.lstrip())
                pieces.append((offset + pos + lead, offset + pos + len(part.rstrip())))
            pos += len(part) + 1
        return pieces
    pieces, pos = [], 0
    for gap in [*_GAP.finditer(line), None]:
        stop = gap.start() if gap else len(line)
        if line[pos:stop].strip():
            lead = len(line[pos:stop]) - len(line[pos:stop].lstrip())
            pieces.append((offset + pos + lead, offset + stop))
        pos = gap.end() if gap else len(line)
    return pieces


def _header(text: str, cells: list[tuple[int, int]]) -> list[tuple[str, int]] | None:
    """Column kinds of a header line with a project column first and a carrier or funder
    column; None for any other line."""
    kinds = []
    for start, end in cells:
        word = text[start:end].strip(" *")
        kind = next((k for k, pattern in _COLUMN_KINDS if pattern.match(word)), None)
        if kind is None:
            return None
        kinds.append((kind, start))
    names = [k for k, _ in kinds]
    if len(kinds) < 2 or names[0] != "project" or len(set(names)) != len(names):
        return None
    return kinds


def _rows(text: str) -> Iterator[_Row]:
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        start, line = lines[i]
        header = _header(text, _cells(line, start))
        i += 1
        if header is None:
            continue
        markdown = line.lstrip().startswith("|")
        columns = [(kind, at - start) for kind, at in header]
        row: _Row | None = None
        while i < len(lines):
            start, line = lines[i]
            if not line.strip() or re.fullmatch(r"[\s|:-]+", line):
                i += 1
                continue
            cells = _cells(line, start)
            if markdown != line.lstrip().startswith("|") or (not markdown and len(cells) < 2):
                break
            if markdown:
                placed = list(zip([k for k, _ in columns], cells, strict=False))
            else:
                placed = [(_column_of(columns, s - start), (s, e)) for s, e in cells]
            if row is None or placed[0][0] == "project":
                if row is not None:
                    yield row
                row = _Row(start, start + len(line), {})
            row.end = start + len(line)
            for kind, cell in placed:
                row.cells.setdefault(kind, []).append(cell)
            i += 1
        if row is not None:
            yield row


def _column_of(columns: list[tuple[str, int]], at: int) -> str:
    """The column a cell starting at character `at` of its line stands in."""
    kind = columns[0][0]
    for name, start in columns:
        if at >= start - _ALIGN:
            kind = name
    return kind


def project_table_relations(
    text: str, mentions: list[Mention], span_of: SpanOf
) -> tuple[list[Mention], list[RelationRecord]]:
    """New project mentions and the carriedBy/fundedBy relations of every project table row
    of the original `text` (whose spaces still set out the columns); `span_of` gives the Span
    of an original range."""
    new: list[Mention] = []
    relations: list[RelationRecord] = []

    def within(cells: list[tuple[int, int]], types: tuple[str, ...]) -> list[Mention]:
        areas = [span_of(s, e) for s, e in cells]
        return [
            m
            for m in mentions
            if m.type in types
            and any(a.start <= m.span.start and m.span.end <= a.end for a in areas)
        ]

    for row in _rows(text):
        project_cells = row.cells.get("project", [])
        if not project_cells:
            continue
        projects = within(project_cells, _PROJECT_TYPES)
        if not projects:
            start, end = project_cells[0][0], project_cells[-1][1]
            name = " ".join(text[s:e].strip() for s, e in project_cells)
            project = Mention(name, "Programme", span_of(start, end), "table:project", name)
            new.append(project)
            projects = [project]
        evidence = span_of(row.start, row.end)
        carriers = within(row.cells.get("carrier", []), _CARRIER_TYPES)
        funder_cells = row.cells.get("funder", [])
        funders = within(funder_cells, _FUNDER_TYPES)
        if not funders and any(_OWN_MONEY.search(text[s:e]) for s, e in funder_cells):
            funders = carriers
        for project in projects[:1]:
            relations.extend(
                RelationRecord(project, "carriedBy", c, evidence, "table:project-carrier")
                for c in carriers
            )
            relations.extend(
                RelationRecord(project, "fundedBy", f, evidence, "table:project-funder")
                for f in funders
                if f is not project
            )
    return new, relations
