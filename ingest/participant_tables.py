"""Participant lists written as tables: "| Name | Funktion | Institution |" in Markdown, or
"Name | Funktion | Institution" as the Word reader gives a table.

Minutes in Markdown or exported from Word often list who attended as a table; the header names
the columns, so each row gives a person, a role and an affiliation without guessing. Column
words are German header conventions, not names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.spans import Line

_NAME_COLUMN = re.compile(r"^(?:Name|Teilnehmer\w*|Person|Vertreter\w*)$", re.IGNORECASE)
_ROLE_COLUMN = re.compile(r"^(?:Funktion|Rolle|Position|Aufgabe|Amt)$", re.IGNORECASE)
_ORG_COLUMN = re.compile(
    r"^(?:Institution|Organisation|Einrichtung|Dienststelle|Behörde|Verwaltung|Bereich"
    r"|Träger|Kommune|Zugehörigkeit|Organisationseinheit)$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")


@dataclass(frozen=True)
class TableEntry:
    """One row of a participant table."""

    line: Line
    name: str
    role: str | None
    organisation: str | None


def _cells(line: str) -> list[str]:
    return [cell.strip().strip("*_ ") for cell in line.strip().strip("|").split("|")]


def _is_row(line: str) -> bool:
    """A Markdown row ('| a | b |') or a Word table row as read ('a | b | c')."""
    text = line.strip()
    return text.startswith("|") or text.count(" | ") >= 2


def participant_table_entries(lines: list[Line]) -> list[TableEntry]:
    """Rows of every table whose header has a name column."""
    entries: list[TableEntry] = []
    i = 0
    while i < len(lines):
        header = _cells(lines[i].text) if _is_row(lines[i].text) else []
        names = [k for k, cell in enumerate(header) if _NAME_COLUMN.match(cell)]
        if not names:
            i += 1
            continue
        roles = [k for k, cell in enumerate(header) if _ROLE_COLUMN.match(cell)]
        orgs = [k for k, cell in enumerate(header) if _ORG_COLUMN.match(cell)]
        i += 1
        while i < len(lines) and _is_row(lines[i].text):
            if not _SEPARATOR.match(lines[i].text.strip()):
                row = _cells(lines[i].text)

                def cell(columns: list[int], row: list[str] = row) -> str | None:
                    return next((row[k] for k in columns if k < len(row) and row[k]), None)

                name = cell(names)
                if name:
                    entries.append(TableEntry(lines[i], name, cell(roles), cell(orgs)))
            i += 1
    return entries
