"""Goal/measure tables and milestone plans whose cells PDF extraction flattened into lines.

A Zielvereinbarung annex prints a table "Priorität | Grundlegendes Ziel | Erläuterung | Erste
Maßnahmen | Zeitrahmen"; as text, each row becomes a row number ("1."), a priority line ("hoch"),
then paragraphs and bullet cells in no reliable column order. Rows are found by their number
followed by a priority; milestone rows end with a status cell ("offen", "abgeschlossen").
Column words in the header line say which kind of table follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.records import Measure, Section
from ingest.spans import Line, SpanOf, split_lines
from ingest.structure import section_at
from ingest.textutil import join_lines
from ingest.timeframes import find_time_frames, normalise_time_frame

_GOAL_COLUMNS = ("priorität", "ziel", "erläuterung", "maßnahme", "zeitrahmen", "zeitraum")
_MILESTONE_COLUMNS = ("meilenstein", "zweck", "verantwortung", "zeitraum", "status", "termin")
_PRIORITY = re.compile(r"^\s*(sehr hoch|hoch|mittel|niedrig|gering)\s*$", re.IGNORECASE)
_ROW_NUMBER = re.compile(r"^\s*(\d{1,2})\.\s*$")
_CELL_BULLET = re.compile(r"^\s*[\ufffd•▪●◦\-–]\s*")
_STATUS = re.compile(
    r"(?:[\ufffd•\-–]|\d{4}|lfd\.)\s*(offen|abge-\s*schlossen|abgeschlossen|erledigt|laufend)",
    re.IGNORECASE,
)
_PARTY = re.compile(
    r"Verantwortung\s+(.+?)(?=\s+(?:Verantwortung|Zeitraum|Zeitrahmen|Status|Termin)\b|\s*$)"
)


@dataclass
class _Paragraph:
    start: int
    end: int
    text: str  # joined
    bullet: bool


def _header_kind(line: str) -> str | None:
    words = line.lower()
    goal_hits = sum(w in words for w in _GOAL_COLUMNS)
    milestone_hits = sum(w in words for w in _MILESTONE_COLUMNS)
    if milestone_hits >= 3 and "meilenstein" in words:
        return "milestone"
    if goal_hits >= 3 and ("priorität" in words or "ziel" in words):
        return "goal"
    return None


def _clip(text: str, start: int, end: int) -> list[Line]:
    """Lines of text[start:end] with offsets into the whole text."""
    return [
        Line(ln.number, ln.start + start, ln.end + start, ln.text)
        for ln in split_lines(text[start:end])
    ]


def _cells(text: str, lines: list[Line]) -> list[_Paragraph]:
    """Paragraphs split further at every bullet: one entry per table cell item."""
    cells: list[_Paragraph] = []
    current: list[Line] = []

    def flush() -> None:
        if current:
            raw = text[current[0].start : current[-1].end]
            bullet = bool(_CELL_BULLET.match(current[0].text))
            body = join_lines(_CELL_BULLET.sub("", raw, count=1) if bullet else raw)
            if body:
                cells.append(_Paragraph(current[0].start, current[-1].end, body, bullet))
            current.clear()

    for line in lines:
        if line.blank or _CELL_BULLET.match(line.text):
            flush()
        if not line.blank:
            current.append(line)
    flush()
    return cells


def _only_time(text: str) -> bool:
    covered = sum(e - s for s, e, _ in find_time_frames(text))
    rest = re.sub(r"[\d/\s.\-–]|bis|ab|lfd", "", text, flags=re.IGNORECASE)
    return covered >= 0.6 * len(text.strip()) or (bool(re.search(r"\d", text)) and not rest)


def _regions(lines: list[Line], sections: list[Section]) -> list[tuple[str, int, int, Line]]:
    """(kind, first line index, end line index, header) for each table in the document."""
    starts = sorted(s.span.start for s in sections)
    regions: list[tuple[str, int, int, Line]] = []
    for i, line in enumerate(lines):
        kind = _header_kind(line.text)
        if not kind or (regions and regions[-1][3].stripped == line.stripped):
            continue  # a repeated header on the next page continues the same table
        stop = next((s for s in starts if s > line.start), None)
        end = next((j for j in range(i + 1, len(lines)) if stop and lines[j].start >= stop), None)
        regions.append((kind, i + 1, end if end is not None else len(lines), line))
    return regions


def parse_goal_tables(text: str, sections: list[Section], span_of: SpanOf) -> list[Measure]:
    """Goals (with priority and time frame) and their first measures from goal tables."""
    lines = split_lines(text)
    measures: list[Measure] = []
    for kind, first, end, header in _regions(lines, sections):
        body = [ln for ln in lines[first:end] if ln.stripped != header.stripped]
        if kind == "goal":
            measures.extend(_goal_rows(text, body, sections, span_of))
        else:
            measures.extend(_milestone_rows(text, body, header.text, sections, span_of))
    return measures


def _goal_rows(
    text: str, body: list[Line], sections: list[Section], span_of: SpanOf
) -> list[Measure]:
    rows: list[tuple[int, int, str]] = []  # (line index in body, row number, priority)
    for i, line in enumerate(body):
        if m := _ROW_NUMBER.match(line.text):
            nxt = [ln for ln in body[i + 1 : i + 6] if not ln.blank][:2]
            prio = next((p for p in nxt if _PRIORITY.match(p.text)), None)
            if prio:
                rows.append((i, int(m[1]), prio.stripped.lower()))
    out: list[Measure] = []
    for n, (i, number, priority) in enumerate(rows):
        stop = rows[n + 1][0] if n + 1 < len(rows) else len(body)
        row_lines = [ln for ln in body[i + 1 : stop] if not _PRIORITY.match(ln.text)]
        if not row_lines:
            continue
        cells = _cells(text, row_lines)
        times = [c for c in cells if _only_time(c.text)]
        content = [c for c in cells if c not in times]
        plain = [c for c in content if not c.bullet]
        title_cell = plain[0] if plain else (content[0] if content else None)
        label = re.sub(rf"^{number}\.\s*", "", title_cell.text) if title_cell else f"Ziel {number}"
        start, end = body[i].start, row_lines[-1].end
        key = f"ziel-{number}"
        written = "; ".join(t.text for t in times) or None
        goal = Measure(
            key, label, join_lines(text[start:end]), span_of(start, end), "goal",
            priority=priority, time_frame=written,
            due=_combined(times), section=section_at(sections, start),
        )  # fmt: skip
        out.append(goal)
        for k, cell in enumerate((c for c in content if c is not title_cell), start=1):
            out.append(
                Measure(
                    f"{key}/massnahme-{k}",
                    cell.text,
                    cell.text,
                    span_of(cell.start, cell.end),
                    "measure",
                    priority=priority,
                    section=goal.section,
                )  # fmt: skip
            )
    return out


def _combined(times: list[_Paragraph]) -> str | None:
    """One interval from the first start to the last end of a row's time frames."""
    norm = [n for t in times if (n := normalise_time_frame(t.text))]
    if not norm:
        return None
    first, last = norm[0].split("/")[0], norm[-1].split("/")[-1]
    return first if first == last else f"{first}/{last}"


def _milestone_rows(
    text: str, body: list[Line], header: str, sections: list[Section], span_of: SpanOf
) -> list[Measure]:
    """Milestones: rows closed by a status cell; parties taken from 'Verantwortung X' columns."""
    parties = [p.strip() for p in _PARTY.findall(header)]
    heading = join_lines(header)
    if not body:
        return []
    region_start, region_end = body[0].start, body[-1].end
    region = text[region_start:region_end]
    out: list[Measure] = []
    cursor = 0
    for n, status in enumerate(_STATUS.finditer(region), start=1):
        seg_start, seg_end = region_start + cursor, region_start + status.end()
        cursor = status.end()
        segment = text[seg_start:seg_end]
        before_status = segment[: status.start() - (seg_start - region_start)]
        times = find_time_frames(before_status)
        written = times[-1][2] if times else None
        seg_lines = _clip(text, seg_start, region_start + status.start())
        cells = [c for c in _cells(text, seg_lines) if not _only_time(c.text) and c.text != heading]
        plain = [c for c in cells if not c.bullet]
        duties = [c for c in cells if c.bullet]
        label_cell = plain[0] if plain else (duties[0] if duties else None)
        label = label_cell.text if label_cell else f"Meilenstein {n}"
        out.append(
            Measure(
                f"meilenstein-{n}",
                label,
                join_lines(segment),
                span_of(seg_start, seg_end),
                "milestone",
                time_frame=written,
                due=normalise_time_frame(written) if written else None,
                responsible=_responsible(duties, parties),
                section=section_at(sections, seg_start),
            )  # fmt: skip
        )
    return out


def _responsible(duties: list[_Paragraph], parties: list[str]) -> list[str]:
    """Parties with a duty in the row; a lone duty naming one party ('mit X') is the other's."""
    if not duties or not parties:
        return []
    if len(duties) >= len(parties):
        return list(parties)
    named = [p for p in parties if p.lower() in duties[0].text.lower()]
    if len(parties) == 2 and len(named) == 1:
        return [p for p in parties if p not in named]
    return list(parties)
