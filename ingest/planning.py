"""Measures of planning documents: work packages, goals, milestones and to-dos of minutes.

Work plans list "AP 1 Titel: Beschreibung …" blocks, target agreements carry goal tables and
milestone plans (see `ingest.goaltables`), minutes mark agreed tasks with "To do X:" and a due
date ("Termin: 07.05.2021", "bis 30.06.2021", "zum nächsten Treffen"). All become `Measure`s
so that the graph can show who plans what by when.
"""

from __future__ import annotations

import re

from ingest.goal_lists import labelled_goal_lists
from ingest.goaltables import parse_goal_tables
from ingest.records import Measure, Section, Span
from ingest.spans import Line, SpanOf, span_function, split_lines
from ingest.structure import WORK_PACKAGE, heading_starts, section_in_repaired
from ingest.textutil import LABEL_LINE, TRAILING_REMARK, clean_inline, join_lines, unique_key
from ingest.timeframes import find_time_frames, normalise_time_frame

_TODO = re.compile(
    r"^(?:[-*•▶→>\s]|\d{1,2}[.)])*\s*(?:→\s*)?\**\s*(?:To[\s-]?[Dd]os?|Aufgaben?|Auftrag)"
    r"(?:\s+(?:für\s+)?(?P<who>[^:*]{1,60}?))?\s*:\**\s*(?P<what>.*)$"
)
_DUE_LINE = re.compile(r"^\W*\**\s*(?:Termin|Frist|Fällig(?:keit)?|Deadline)\b[^:]*:\**\s*(.+)$")
_NEXT_MEETING = re.compile(
    r"\b(?:zum|bis zum|vor dem|beim)\s+nächsten\s+(?:Treffen|Termin|Sitzung)"
)
_DEADLINE = re.compile(r"\b(?:bis(?: zum)?|spätestens|fällig am|Termin:?)\s+$", re.IGNORECASE)
_PARTY_SPLIT = re.compile(r"\s*(?:&|,|\bund\b|/|\+)\s*")


_FIELD_LINE = re.compile(r"^\s*[A-ZÄÖÜ][\wäöüß/-]{2,}(?:\s+[\wäöüß/-]+)?\s*:\s")


# the marks of a Gantt chart row: "Grundlagen/ Analyse   x x", or marks alone ("XX    XXXX")
_TIMELINE_ROW = re.compile(r"(?:\s+[xX✓●■]){2,}\s*$|^[xX✓●■]+(?:\s+[xX✓●■]+)*\s*$")
# a schedule cell: "laufend", "ab 2025", "II. Quartal 2024 — III. Quartal 2025", "1/2025"
_SCHEDULE_ROW = re.compile(
    r"\b(?:laufend|fortlaufend|Quartal|Halbjahr|Q[1-4])\b|^\s*(?:ab|bis|seit)\s|^\s*\d{1,2}\s*/\s*\d{4}"
    r"|^\s*(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def _short_label(text: str, limit: int = 100) -> str:
    """First clause of a description, cut at a word boundary."""
    colon = text.find(":")
    if 0 < colon <= 150:
        head = text[:colon].strip()
    else:
        head = re.split(r";|,\s", text, maxsplit=1)[0].strip()
    if len(head) <= limit:
        return head
    return head[:limit].rsplit(" ", 1)[0] + " …"


def _overview_lines(starts: list[tuple[int, re.Match[str]]]) -> set[int]:
    """Lines of an overview: a run of work-package lines ("AP 1 …", "AP 2 …") whose numbers
    all come again further on, where each is described."""
    runs: list[list[tuple[int, re.Match[str]]]] = []
    for i, m in starts:
        if runs and runs[-1][-1][0] == i - 1:
            runs[-1].append((i, m))
        else:
            runs.append([(i, m)])
    overview: set[int] = set()
    for run in runs:
        later = {m.group(2) for i, m in starts if i > run[-1][0]}
        if len(run) > 1 and all(m.group(2) in later for _, m in run):
            overview.update(i for i, _ in run)
    return overview


def _work_packages(
    text: str, lines: list[Line], sections: list[Section], span_of: SpanOf, taken: set[str]
) -> list[Measure]:
    """'AP 3 Bildungskonferenzen: …' blocks up to the next work package or heading."""
    starts = [(i, m) for i, ln in enumerate(lines) if (m := WORK_PACKAGE.match(ln.text))]
    headed = heading_starts(lines, [s for s in sections if not s.key.startswith("AP ")], span_of)
    overview = _overview_lines(starts)
    out: list[Measure] = []
    seen: set[str] = set()
    for n, (i, m) in enumerate(starts):
        limit = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        j = i + 1
        indent = lines[i].indent
        while j < limit and lines[j].start not in headed:
            if LABEL_LINE.match(lines[j].text):
                break  # "Ziel 2: …" after the last measure of goal 1
            if indent >= _SLIDE_INDENT and _group_label_line(lines[j], indent):
                break  # a slide's next group label ("Schule und Ganztag" over "   AP 9 …")
            j += 1
        block = [ln for ln in lines[i:j]]
        while block and block[-1].blank:
            block.pop()
        first_text = m.group(3).lstrip(":.-– ")
        if not first_text.strip():
            continue  # a table cell that only repeats "Arbeitspaket 1"
        if _TIMELINE_ROW.search(first_text):
            continue  # "AP 1  Grundlagen/ Analyse    x x": a row of the time plan
        word = "Maßnahme" if m.group(1).lower().startswith("ma") else "AP"
        number = f"{word} {m.group(2)}"
        if i in overview:
            continue  # a line of the overview ("AP 1 Bestandsaufnahme"), described further on
        if number in seen and _SCHEDULE_ROW.search(first_text) and len(first_text) <= 60:
            continue  # "AP 3 laufend" under "AP 2024 2025 2026": the schedule of AP 3
        seen.add(number)
        body = join_lines("\n".join([first_text] + [ln.text for ln in block[1:]]))
        if not body:
            continue  # a table cell that only repeats "Arbeitspaket 1"
        # "## AP 1 Bildungsmonitoring aufbauen" over its own paragraph: the line is the title
        # … or over field lines ("Federführung: …", "Partner: …"): the line is the title too
        titled = lines[i].text.lstrip().startswith("#") or (
            i + 1 < len(lines) and (lines[i + 1].blank or _FIELD_LINE.match(lines[i + 1].text))
        )
        title = first_text.strip(" *") if titled and len(first_text) <= 100 else _short_label(body)
        title = TRAILING_REMARK.sub("", title)
        section = section_in_repaired(sections, lines[i].start, span_of)
        key = number if number not in taken else unique_key(f"{section}/{number}", taken)
        taken.add(key)
        start = lines[i].start + lines[i].indent
        out.append(
            Measure(
                key,
                f"{number} {title}",
                f"{number} {body}",
                span_of(start, block[-1].end),
                "workPackage",
                section=section,
                theme=_group_label(lines, i, span_of),
            )  # fmt: skip
        )
    return out


# a slide indents its items under a group label; a scan indents a paragraph's first line by one
_SLIDE_INDENT = 2


def _group_label_line(line: Line, indent: int) -> bool:
    """A short line set further left than the items below it."""
    return (
        not line.blank
        and line.indent < indent
        and len(line.text.split()) <= 6
        and not WORK_PACKAGE.match(line.text)
    )


def _group_label(lines: list[Line], i: int, span_of: SpanOf) -> Span | None:
    """The short line an indented work package stands under on a slide ("Frühe Bildung" /
    "   AP 6 Elternbriefe …"): the field it belongs to."""
    indent, k = lines[i].indent, i - 1
    if indent < _SLIDE_INDENT:
        return None
    while k >= 0 and (
        lines[k].blank or (lines[k].indent >= indent and WORK_PACKAGE.match(lines[k].text))
    ):
        k -= 1
    if k < 0 or not _group_label_line(lines[k], indent):
        return None
    return span_of(lines[k].start, lines[k].end)


def _due_of(todo_text: str, follow: list[str]) -> tuple[str | None, str | None]:
    """(ISO due date, written form) from 'Termin: …' lines below or 'bis …' in the task."""
    for line in follow:
        if m := _DUE_LINE.match(clean_inline(line)):
            written = m.group(1).strip()
            frames = find_time_frames(written)
            iso = normalise_time_frame(frames[0][2]) if frames else None
            return iso, written
    for start, _end, written in find_time_frames(todo_text):
        if _DEADLINE.search(todo_text[:start]) or written.lower().startswith("bis"):
            return normalise_time_frame(written), written
    if m := _NEXT_MEETING.search(todo_text):
        return None, m.group(0)
    frames = find_time_frames(todo_text)
    if frames:
        return normalise_time_frame(frames[-1][2]), frames[-1][2]
    return None, None


def _todos(text: str, lines: list[Line], sections: list[Section], span_of: SpanOf) -> list[Measure]:
    """'→ To do BiSMit: …' tasks with the party named and the due date agreed."""
    out: list[Measure] = []
    for i, line in enumerate(lines):
        m = _TODO.match(clean_inline(line.text))
        if not m or not m.group("what").strip():
            continue
        parts, j = [m.group("what")], i + 1
        while (
            j < len(lines)
            and not lines[j].blank
            and not _DUE_LINE.match(clean_inline(lines[j].text))
        ):
            if _TODO.match(clean_inline(lines[j].text)) or re.match(r"^\s*[-*•]", lines[j].text):
                break
            parts.append(lines[j].text)
            j += 1
        what = join_lines("\n".join(parts))
        follow = [ln.text for ln in lines[j : j + 4] if not ln.blank][:2]
        due, written = _due_of(what, follow)
        who = m.group("who") or ""
        responsible = [p for p in _PARTY_SPLIT.split(who.strip()) if p]
        start = line.start + line.indent
        end = lines[j - 1].end
        out.append(
            Measure(
                f"todo-{len(out) + 1}",
                _short_label(what),
                what,
                span_of(start, end),
                "todo",
                time_frame=written,
                due=due,
                responsible=responsible,
                section=section_in_repaired(sections, start, span_of),
            )  # fmt: skip
        )
    return out


def parse_measures(
    text: str, sections: list[Section], span_of: SpanOf | None = None
) -> list[Measure]:
    """All measures of a document: work packages, goal-table rows, milestones and to-dos."""
    span = span_function(text, span_of)
    lines = split_lines(text)
    taken: set[str] = set()
    in_tables = parse_goal_tables(text, sections, span)
    rows = {m.span.line_start for m in in_tables}
    measures = [  # "Maßnahme 1.1 …" as a row of a goal table is that row's measure, read once
        m
        for m in _work_packages(text, lines, sections, span, taken)
        if m.span.line_start not in rows
    ]
    listed = [  # "Z 1 …" / "M 1.1 …" lists outside a table
        m for m in labelled_goal_lists(text, lines, sections, span) if m.span.line_start not in rows
    ]
    for measure in in_tables + listed + _todos(text, lines, sections, span):
        measure.key = unique_key(measure.key, taken)
        measures.append(measure)
    return measures
