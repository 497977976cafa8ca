"""Goals and measures written as labelled lists, outside any table.

An agreement may list its goals one per line, the priority set off in a column of its own
("Z 1   Jedes Kind erlebt einen gut vorbereiteten Übergang …      hoch"), and its measures
below them with their details on indented field lines ("M 1.1  Tandem-Fortbildungen …" /
"federführend: PL; beteiligt: …" / "Zeitrahmen: ab 01/2024"), grouped under lines that name
each goal's field ("Zu Z 1 – Übergang Kita–Grundschule"). A label counts only where the
document lists at least two of its kind, so a lone "Ziel 1" in running text is no goal.
"""

from __future__ import annotations

import re

from ingest.goaltables import measure_title
from ingest.records import Measure, Section
from ingest.spans import Line, SpanOf
from ingest.structure import section_in_repaired
from ingest.textutil import join_lines
from ingest.timeframes import find_time_frames, normalise_time_frame

# (the short labels only: "Ziel 1: …" headings are read as sections and goal-table rows)
_GOAL = re.compile(
    r"^(?P<indent>\s*)(?P<label>Z\s?(?P<goal>\d{1,2}))[:.]?\s+(?P<title>[A-ZÄÖÜ„].*)$"
)
_MEASURE = re.compile(
    r"^(?P<indent>\s*)(?P<label>M\s?(?P<goal>\d{1,2})\.(?P<number>\d{1,2}))[:.]?\s+"
    r"(?P<title>[A-ZÄÖÜ„].*)$"
)
# the priority in a column of its own at the end of the label's line (repair closed the gap:
# "Z 2 Die Zahl der Jugendlichen … um ein mittel" / "Drittel.")
_PRIORITY_CELL = re.compile(r"\s+(sehr hoch|hoch|mittel|niedrig|gering)\s*$", re.IGNORECASE)
# "federführend: PL; beteiligt: …", "Zeitrahmen: ab 01/2024": a detail, no more title
_FIELD = re.compile(r"^\s*[A-Za-zÄÖÜäöü][\wäöüß-]*(?:\s+[\wäöüß-]+)?\s*:\s")
# "Zu Z 1 – Übergang Kita–Grundschule": the field of goal 1 and of its measures below
_GOAL_THEME = re.compile(r"^\s*Zu(?:m)?\s+(?:Z|Ziel)\s?(?P<goal>\d{1,2})\s*[–—:-]\s*\S")
_TIME_FIELD = re.compile(r"^\s*(?:Zeitrahmen|Zeitraum|Laufzeit|Termin|Umsetzung)\s*:\s*(.+)$", re.I)
_LEAD_FIELD = re.compile(r"\b(?:federführend|Federführung|verantwortlich)\s*:\s*([^;]+)", re.I)


def labelled_goal_lists(
    text: str, lines: list[Line], sections: list[Section], span_of: SpanOf
) -> list[Measure]:
    """Goals "Z 1 …" and measures "M 1.1 …" of a list, each with its own detail lines."""
    goals = [(i, m) for i, line in enumerate(lines) if (m := _GOAL.match(line.text))]
    measures = [(i, m) for i, line in enumerate(lines) if (m := _MEASURE.match(line.text))]
    labelled = sorted(
        [(i, m, "goal") for i, m in goals if len(goals) >= 2]
        + [(i, m, "measure") for i, m in measures if len(measures) >= 2],
        key=lambda found: found[0],
    )
    themes = {
        m["goal"]: span_of(lines[i].start, lines[i].end)
        for i, line in enumerate(lines)
        if (m := _GOAL_THEME.match(line.text))
    }
    out: list[Measure] = []
    priorities: dict[str, str] = {}
    for i, match, kind in labelled:
        title_cell = match["title"]
        priority_cell = _PRIORITY_CELL.search(title_cell)
        if priority_cell:
            title_cell = title_cell[: priority_cell.start()]
        title_lines, details, j = [title_cell], list[str](), i + 1
        while j < len(lines) and not lines[j].blank and _continues(lines[j], match):
            (details if details or _FIELD.match(lines[j].text) else title_lines).append(
                lines[j].text.strip()
            )
            j += 1
        title = measure_title(join_lines("\n".join(title_lines)))
        goal = match["goal"]
        if kind == "goal":
            key = f"ziel-{goal}"
            priority = priority_cell[1].lower() if priority_cell else None
            priorities[goal] = priority or ""
        else:
            key = f"ziel-{goal}/massnahme-{match['number']}"
            priority = priorities.get(goal) or None  # a measure has its goal's priority
        written = _time_frame(details)
        start = lines[i].start + len(match["indent"])
        out.append(
            Measure(
                key,
                f"{match['label']} {title}",
                join_lines(text[start : lines[j - 1].end]),
                span_of(start, lines[j - 1].end),
                kind,
                priority=priority,
                time_frame=written,
                due=normalise_time_frame(written) if written else None,
                responsible=_leads(details),
                section=section_in_repaired(sections, start, span_of),
                theme=themes.get(goal),
            )
        )
    return out


def _continues(line: Line, label: re.Match[str]) -> bool:
    """A line indented deeper than its label, and no label of its own."""
    return (
        line.indent > len(label["indent"])
        and not _GOAL.match(line.text)
        and not _MEASURE.match(line.text)
    )


def _time_frame(details: list[str]) -> str | None:
    """The written time frame of a "Zeitrahmen: …" line."""
    for detail in details:
        if field := _TIME_FIELD.match(detail):
            frames = find_time_frames(field[1])
            return frames[0][2] if frames else field[1].strip()
    return None


def _leads(details: list[str]) -> list[str]:
    """Who leads the measure, by its "federführend: …" field."""
    return [lead[1].strip() for detail in details for lead in _LEAD_FIELD.finditer(detail)]
