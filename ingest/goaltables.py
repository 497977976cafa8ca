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

from ingest.cue_grammar import ACTOR_TYPES
from ingest.entities import extract_mentions
from ingest.municipal_kinds import KINDS
from ingest.naming import AMT_COMPOUND, OFFICE_COMPOUND, STELLE_UNIT
from ingest.records import Measure, Section
from ingest.spans import Line, SpanOf, split_lines
from ingest.structure import heading_starts, section_in_repaired
from ingest.textutil import TRAILING_REMARK, continues_sentence, join_lines
from ingest.timeframes import find_time_frames, normalise_time_frame

_GOAL_COLUMNS = ("priorität", "ziel", "erläuterung", "maßnahme", "zeitrahmen", "zeitraum")
_MILESTONE_COLUMNS = ("meilenstein", "zweck", "verantwortung", "zeitraum", "status", "termin")
# "hoch", or "hoch • M 1.1 …" where the priority cell shares a line with the measure cell
_PRIORITY_LEAD = re.compile(
    r"^\s*(sehr hoch|hoch|mittel|niedrig|gering)\b\s*(?=$|[\ufffd•▪●◦\-–]|[A-ZÄÖÜ]{1,3}\s?\d)",
    re.IGNORECASE,
)
# "1." or "1" alone, or "2 Übergang" where the row number precedes the theme cell
# ("1.1" alone on its line numbers a measure, not a row)
_ROW_START = re.compile(r"^\s*(\d{1,2})(?:\.(?!\d+\s*$)\s*|\.?\s+(?=[A-ZÄÖÜ])|\s*$)(.*)$")
_NUMBERED = re.compile(r"^\s*\d")  # "2 Übergang", "4 (Jugend, …": a row or cell, no heading
_ANNEX_CAPTION = re.compile(r"^\s*Anlage\s+\d{1,2}\b")
_ROW_REACH = 15  # non-blank lines from a row number to its (first) priority
_GOAL_CELL = re.compile(r"^(?:Teil)?[Zz]iel\s*\d{1,2}(?:\.\d{1,2})?\s*[:.)]")
_NOTE_LABEL = re.compile(r"^\s*[A-ZÄÖÜ][\wäöüß]+(?:\s+[\wäöüß]+){0,3}\s*:\s*$")
_ONGOING = re.compile(
    r"\b(?:fort)?laufend|dauerhaft|kontinuierlich|(?:halb|viertel)?jährlich|ab sofort|Daueraufgabe"
    r"|\d\.\s*(?:Halbjahr|Quartal)|Q[1-4]\b",
    re.IGNORECASE,
)
_TIME_RANGE = re.compile(
    r"\b(?:ab|bis|seit)\s+\d|\d\s*[–-]\s*(?:\d|[IV]{1,3}/)|(?:\d|\b[IV]{1,3})/\d"
)
_BULLET_GLYPH = r"(?:[\ufffd•▪●◦\-–]|o(?=\s+\S))"  # "o": a plain-text ◦
_CELL_BULLET = re.compile(rf"^\s*{_BULLET_GLYPH}\s*")
# a status cell: after a bullet, a year or "lfd." ("� offen", "2016 abgeschlossen"), or a cell
# line of its own, maybe after a symbol ("✓ erledigt", "○ in Arbeit")
_STATUS_WORDS = r"offen|abge-\s*schlossen|abgeschlossen|erledigt|laufend"
_STATUS = re.compile(
    rf"(?:[\ufffd•\-–]|\d{{4}}|lfd\.)\s*({_STATUS_WORDS})"
    rf"|^[ \t]*(?:[^\w\s(„\"][ \t]*)?({_STATUS_WORDS}|in\s+Arbeit|in\s+Bearbeitung|in\s+Planung"
    r"|geplant|umgesetzt|begonnen|verschoben)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
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
    """Paragraphs split further at every bullet: one entry per table cell item. Bullets right
    under a cell that ends in a colon, without a blank line between them, are that cell's own
    list ("… mit den Schwerpunkten: • Fachkräftesicherung • Integration"), not cells."""
    cells: list[_Paragraph] = []
    current: list[Line] = []
    listing = False  # the bullets being read belong to the cell before them

    def flush() -> None:
        if current:
            cut = _cell_end(current)
            if cut:  # the time and lead columns after a cell: cells of their own
                rest = current[cut:]
                del current[cut:]
                flush()
                current.extend(rest)
                flush()
                return
            raw = text[current[0].start : current[-1].end]
            bullet = bool(_CELL_BULLET.match(current[0].text))
            body = join_lines(_CELL_BULLET.sub("", raw, count=1) if bullet else raw)
            if body and listing and cells:
                last = cells[-1]
                cells[-1] = _Paragraph(
                    last.start, current[-1].end, f"{last.text} {body}", last.bullet
                )
            elif body:
                cells.append(_Paragraph(current[0].start, current[-1].end, body, bullet))
            current.clear()

    previous_blank = False
    for line in lines:
        if line.blank or _CELL_BULLET.match(line.text):
            flush()
            introduced = bool(cells) and cells[-1].text.endswith(":")
            listing = not line.blank and (introduced or (listing and not previous_blank))
        previous_blank = line.blank
        if not line.blank:
            current.append(line)
    flush()
    return cells


def _cell_end(lines: list[Line]) -> int:
    """Where a paragraph's first cell ends, when a time frame and a lead follow it on lines of
    their own ("o 2.1 Kalender" / "Schuljahr 2025/26" / "Jugendamt"); 0 if it does not."""
    if not _CELL_BULLET.match(lines[0].text):
        return _leading_time_lines(lines)
    return next(
        (
            j
            for j in range(1, len(lines))
            if _leading_time_lines(lines[j:]) or _time_after(lines, j)
        ),
        0,
    )


def _time_after(lines: list[Line], j: int) -> bool:
    """The lines from ``j`` on hold the row's time frame after a measure's text ("ab 02/2024",
    "08/2023 –" / "07/2025"): a range or a start, not a lone year that may end the title, and
    not the second line of a time frame that began above."""
    tail, head = _joined(lines[j:]), _CELL_BULLET.sub("", _joined(lines[:j]), count=1)
    return _only_time(tail) and bool(_TIME_RANGE.search(tail)) and not _only_time(head)


def _leading_time_lines(lines: list[Line]) -> int:
    """How many first lines of a paragraph hold its time frame alone, when lines follow."""
    for k in range(len(lines) - 1, 0, -1):
        if _only_time(_joined(lines[:k])) and not _only_time(_joined(lines[k:])):
            return k
    return 0


def _joined(lines: list[Line]) -> str:
    """The text of wrapped lines as one string."""
    return join_lines("\n".join(ln.text for ln in lines))


def _only_time(text: str) -> bool:
    """A cell that holds nothing but a time frame ("04/2024 – 12/2024", "ab 2025", "laufend")."""
    covered = sum(e - s for s, e, _ in find_time_frames(text))
    rest = re.sub(
        r"[\d/\s.\-–]|bis|ab|lfd|\bund\b|\bzum\b|\bSchuljahre?\b|\b(?:I{1,3}|IV)(?=/)",
        "",
        _ONGOING.sub("", text),
        flags=re.IGNORECASE,
    )
    dated = bool(re.search(r"\d", text) or _ONGOING.search(text))
    return covered >= 0.6 * len(text.strip()) or (dated and not rest)


def _regions(lines: list[Line], headed: set[int]) -> list[tuple[str, int, int, Line]]:
    """(kind, first line index, end line index, header) for each table in the document.

    A table runs to the next heading, annex caption ("Anlage 2: …") or header of another kind
    of table; a numbered row that the section parser took for a heading ("2 Übergang
    Kita–Grundschule") does not end it. An annex caption that merely names the columns
    ("Anlage 1: Ziele, Maßnahmen und Zeitrahmen") is no table header.
    """
    regions: list[tuple[str, int, int, Line]] = []
    for i, line in enumerate(lines):
        kind = _header_kind(line.text)
        if not kind or (line.start in headed and _ANNEX_CAPTION.match(line.text)):
            continue
        if regions and regions[-1][3].stripped == line.stripped:
            continue  # a repeated header on the next page continues the same table
        end = next(
            (
                j
                for j in range(i + 1, len(lines))
                if (lines[j].start in headed and not _NUMBERED.match(lines[j].text))
                or _header_kind(lines[j].text) not in (None, kind)
                or _ANNEX_CAPTION.match(lines[j].text)
            ),
            len(lines),
        )
        regions.append((kind, i + 1, end, line))
    return regions


def parse_goal_tables(text: str, sections: list[Section], span_of: SpanOf) -> list[Measure]:
    """Goals (with priority and time frame) and their first measures from goal tables."""
    lines = split_lines(text)
    measures: list[Measure] = []
    for kind, first, end, header in _regions(lines, heading_starts(lines, sections, span_of)):
        body = [ln for ln in lines[first:end] if ln.stripped != header.stripped]
        if kind == "goal":
            # rows that open with a bare label ("Ziel 1" alone on its line) are read by their
            # labels: a number inside a cell ("2. Bildungskonferenz") must not open a row there
            bare = sum(1 for ln in body if (m := _GOAL_LABEL.match(ln.text)) and not m[2])
            labelled = bare >= 2
            rows = [] if labelled else _goal_rows(text, body, sections, span_of, header.text)
            measures.extend(rows or _labelled_rows(text, body, sections, span_of))
        else:
            measures.extend(_milestone_rows(text, body, header.text, sections, span_of))
    return measures


# a cell of the "Verantwortung" column: an office or post, no action ("Stabsstelle X")
_RESPONSIBLE_CELL = re.compile(
    r"^(?:Stabsstelle|Fachbereich|Fachdienst|Dezernat|Amt|Abteilung|Bildungsbüro|Jugendamt"
    r"|Schulamt|Landrat|Landrätin|(?:Ober)?[Bb]ürgermeister(?:in)?|Transferagentur|TA)\b[^.:]{0,80}$"
)
# where a measure's title ends and its details begin
_TITLE_END = re.compile(
    r"\s*(?:[;:]\s|\s\((?=[^)]*\))|\s(?:unter\s+(?:Leitung|Vorsitz|Federführung)|mit\s+den\s+"
    r"Schwerpunkten|gemeinsam\s+mit)\b)"
)


# "Die Steuerungsgruppe tagt unter Vorsitz des Landrats.": a sentence of the Erläuterung
# column explains the goal; measures are named by nouns ("Neuausrichtung der Steuerungsgruppe")
_EXPLAINS = re.compile(
    r"\b(?:ist|sind|war|waren|wird|werden|wurde|wurden|tagt|tagen|gehört|gehörte|gehören|hat|haben"
    r"|erfolgt|liegt|liegen|arbeitet|arbeiten)\b[^.]*\.\s*$"
)


def measure_title(text: str) -> str:
    """The title of a measure cell: what comes before its details ('Aufbau eines Beirates;
    vorgesehen sind …' -> 'Aufbau eines Beirates'), a closing lower-case remark dropped."""
    text = TRAILING_REMARK.sub("", text) or text
    cut = _TITLE_END.search(text)
    if cut and len(text[: cut.start()].split()) >= 2:
        return text[: cut.start()].strip()
    return text


def _split_priority(line: Line) -> tuple[str | None, Line | None]:
    """(priority, rest of the line) for a line that opens with a priority cell."""
    m = _PRIORITY_LEAD.match(line.text)
    if not m:
        return None, line
    rest = Line(line.number, line.start + m.end(), line.end, line.text[m.end() :])
    return m[1].lower(), None if rest.blank else rest


def _row_starts(body: list[Line]) -> list[tuple[int, int, bool]]:
    """(line index, row number, has theme text) of rows numbered 1, 2, 3 … with a priority.

    A row opens with its number, alone ("1.") or before the theme cell ("2 Übergang"); a
    priority follows before the next numbered line. Numbers must run on, so that a number
    inside a cell ("an 3 Schulen") opens no row.
    """
    candidates = [(i, m) for i, ln in enumerate(body) if (m := _ROW_START.match(ln.text))]
    rows: list[tuple[int, int, bool]] = []
    for n, (i, m) in enumerate(candidates):
        stop = candidates[n + 1][0] if n + 1 < len(candidates) else len(body)
        following = [ln for ln in body[i + 1 : stop] if not ln.blank][:_ROW_REACH]
        if not any(_PRIORITY_LEAD.match(ln.text) for ln in following):
            continue
        number = int(m[1])
        if rows and number != rows[-1][1] + 1:
            continue
        rows.append((i, number, bool(m[2].strip())))
    return rows


def _goal_rows(
    text: str, body: list[Line], sections: list[Section], span_of: SpanOf, header: str = ""
) -> list[Measure]:
    """One goal per table row and a measure per other cell.

    Rows are laid out either as "1." / "hoch" / cells (one priority per goal) or as
    "1 Theme" / "Ziel 1: …" / "hoch • M 1.1 …" / time (a priority and time frame per
    measure). Measures inherit the theme cell, so that they address its action field.
    """
    out: list[Measure] = []
    rows = _row_starts(body)
    for n, (i, number, themed) in enumerate(rows):
        stop = rows[n + 1][0] if n + 1 < len(rows) else _row_end(body, i)
        first = body[i]
        if themed:  # the theme cell starts after the row number
            offset = _ROW_START.match(first.text).start(2)  # type: ignore[union-attr]
            first = Line(first.number, first.start + offset, first.end, first.text[offset:])
        row_lines: list[Line] = [first] if themed else []
        priorities: list[tuple[int, str]] = []
        for line in body[i + 1 : stop]:
            priority, rest = _split_priority(line)
            if priority:
                priorities.append((line.start, priority))
            if rest is not None:
                row_lines.append(rest)
        if not row_lines or not priorities:
            continue
        cells = _cells(text, row_lines)
        theme = cells[0] if themed and cells else None
        times = [c for c in cells if _only_time(c.text)]
        content = [c for c in cells if c not in times and c is not theme]
        named_goal = next((c for c in content if _GOAL_CELL.match(c.text)), None)
        plain = [c for c in content if not c.bullet]
        title_cell = named_goal or (plain[0] if plain else (content[0] if content else None))
        field = None  # the goal's Handlungsfeld cell, flattened under it (its own only)
        if title_cell and theme is None and _FIELD_COLUMN.search(header):
            content = [c for c in content if c is not title_cell]
            title_cell, field = _field_under_goal(text, title_cell)
        label = re.sub(rf"^{number}\.\s*", "", title_cell.text) if title_cell else f"Ziel {number}"
        start, end = body[i].start, row_lines[-1].end
        key = f"ziel-{number}"
        cells_left = [c for c in content if c is not title_cell]
        responsible = [c for c in cells_left if _RESPONSIBLE_CELL.match(c.text)]
        for cell in [c for c in cells_left if c.bullet]:
            if split := _parties_under_measure(text, cell):
                cells_left[cells_left.index(cell)] = split[0]
                responsible.append(split[1])
        last = cells[-1]
        lead = len(cells) > 1 and cells[-2] in times and last in cells_left
        if lead and last not in responsible and _names_parties(last.text):
            responsible.append(last)  # the lead column after the time column
        measures = [c for c in cells_left if c not in responsible and not _EXPLAINS.search(c.text)]
        if any(c.bullet for c in measures):  # bullets list the measures; the prose explains
            measures = [c for c in measures if c.bullet]
        # one time cell after each measure: the measure's own time frame
        own_times = len(measures) > 1 and len(times) == len(measures)
        written = "; ".join(t.text for t in times) or None
        theme_span = span_of(theme.start, theme.end) if theme else None
        field_span = span_of(field.start, field.end) if field else theme_span
        goal = Measure(
            key, label, join_lines(text[start:end]), span_of(start, end), "goal",
            priority=priorities[0][1], time_frame=written, due=_combined(times),
            responsible=[c.text for c in responsible],
            section=section_in_repaired(sections, start, span_of),
            theme=field_span,
        )  # fmt: skip
        out.append(goal)
        for k, cell in enumerate(measures, start=1):
            time = times[k - 1] if own_times else None
            out.append(
                Measure(
                    f"{key}/massnahme-{k}",
                    measure_title(cell.text),
                    cell.text,
                    span_of(cell.start, cell.end),
                    "measure",
                    priority=_priority_at(priorities, cell.start),
                    time_frame=time.text if time else None,
                    due=normalise_time_frame(time.text) if time else None,
                    section=goal.section,
                    theme=theme_span,
                )  # fmt: skip
            )
    return out


_FIELD_COLUMN = re.compile(r"(?i)\bhandlungsfeld")
_FIELD_WORDS = 6  # words of a Handlungsfeld cell ("Frühe Bildung / Übergang Kita–Grundschule")


def _field_under_goal(text: str, cell: _Paragraph) -> tuple[_Paragraph, _Paragraph | None]:
    """A goal cell whose last line is the flattened Handlungsfeld column ("Datenbasierte
    Steuerung ausbauen" / "Bildungsmonitoring"): the goal's own cell and its field cell."""
    raw = text[cell.start : cell.end].rstrip()
    head, _, last = raw.rpartition("\n")
    if not head.strip() or len(last.split()) > _FIELD_WORDS or re.search(r"[.:;\d]", last):
        return cell, None
    if continues_sentence(head.strip(), last.strip()):
        return cell, None  # a goal wrapped onto a second line
    body = join_lines(_CELL_BULLET.sub("", head, count=1))
    field_start = cell.start + len(head) + 1
    goal = _Paragraph(cell.start, cell.start + len(head), body, cell.bullet)
    return goal, _Paragraph(field_start, cell.start + len(raw), last.strip(), False)


# "1.1 Geschäftsordnung erarbeiten", "M 2.3 …": a measure cell that opens with its number
_NUMBERED_MEASURE = re.compile(r"^(?:[A-ZÄÖÜ]{1,3}\s?)?\d{1,2}\.\d{1,2}\.?\s+\S")
_PARTY_TYPES = frozenset({*ACTOR_TYPES, "Body"})
_ACRONYM = re.compile(r"\b[A-ZÄÖÜ][A-ZÄÖÜa-z]*[A-ZÄÖÜ]{1,}\b")  # "TALK", "HSL", "IHK", "OloV"
_PARTY_WORDS = 14
# an actor named by its kind alone: "Landkreis (Bildungsbüro)", "Beratung: Transferstelle"
_BARE_ACTOR = re.compile(
    rf"^(?:[A-ZÄÖÜ][a-zäöüß]+:\s*)?(?:{'|'.join(k.noun for k in KINDS)}|{STELLE_UNIT[1:-1]}"
    rf"|{OFFICE_COMPOUND[1:-1]}|{AMT_COMPOUND[1:-1]}|Landesamt|Jobcenter|Schulaufsicht)\b"
)
_ROLE_OF = re.compile(r"^(?:Leitung|Leitungen|Geschäftsstelle|Geschäftsführung)\s+(?:der|des)\s")


def _parties_under_measure(text: str, cell: _Paragraph) -> tuple[_Paragraph, _Paragraph] | None:
    """A numbered measure cell whose lines after the first only name who is responsible
    ("1.1 Indikatorenset abstimmen" / "Bildungsbüro, FH Borkenfels"): the flattened
    responsibility column, split off as a cell of its own. Those lines open with an actor and
    most of their comma-separated parts name one, so a title wrapped onto further lines
    ("M 4.1 Abgestimmte" / "Berufsorientierung mit" / "Arbeitsagentur, IHK …") stays whole."""
    raw = _CELL_BULLET.sub("", text[cell.start : cell.end], count=1)
    first, _, rest = raw.partition("\n")
    if not rest.strip() or not _NUMBERED_MEASURE.match(first) or _EXPLAINS.search(rest):
        return None
    if continues_sentence(first.strip(), rest.strip()):
        return None  # "1.2 Erster Bildungsbericht der" / "Bildungsregion …": one wrapped title
    parties = join_lines(rest)
    actors = [m for m in extract_mentions(parties) if m.type in _PARTY_TYPES]
    parts = [p.strip() for p in re.split(r"[,;]", parties) if p.strip()]
    named = [
        p
        for p in parts
        if _ACRONYM.match(p) or _BARE_ACTOR.match(p) or any(_opens_with(p, m.text) for m in actors)
    ]
    opens = bool(parts) and (parts[0] in named or bool(_ROLE_OF.match(parts[0])))
    if not opens or 2 * len(named) < len(parts) or len(parties.split()) > _PARTY_WORDS:
        return None
    rest_start = cell.end - len(rest)
    title = _Paragraph(cell.start, rest_start - 1, join_lines(first), cell.bullet)
    return title, _Paragraph(rest_start, cell.end, parties, False)


def _opens_with(part: str, name: str) -> bool:
    """The part opens with the name, maybe after one word ("Staatl. Schulamt")."""
    words = part.split(None, 1)
    return part.startswith(name) or (len(words) == 2 and words[1].startswith(name))


def _names_parties(cell: str) -> bool:
    """A lead cell: a few names ("Kreisjugendamt (P. Schmittgen), Stadtjugendamt, ADD"),
    no sentence and no measure's wording."""
    return len(cell.split()) <= 12 and not _EXPLAINS.search(cell) and not cell.endswith(".")


def _row_end(body: list[Line], row: int) -> int:
    """The last row ends before a label paragraph under the table ("Hinweise zur Umsetzung:")."""
    for j in range(row + 1, len(body)):
        if body[j - 1].blank and _NOTE_LABEL.match(body[j].text):
            return j
    return len(body)


def _priority_at(priorities: list[tuple[int, str]], offset: int) -> str:
    """The priority printed last before `offset` in its row."""
    before = [p for start, p in priorities if start <= offset]
    return before[-1] if before else priorities[0][1]


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
        title, in_charge = _row_of_lines(seg_lines)
        if title and title != label and label.startswith(title):  # cells with no blank between
            label = title
        out.append(
            Measure(
                f"meilenstein-{n}",
                label,
                join_lines(segment),
                span_of(seg_start, seg_end),
                "milestone",
                time_frame=written,
                due=normalise_time_frame(written) if written else None,
                responsible=_responsible(duties, parties) or in_charge,
                section=section_in_repaired(sections, seg_start, span_of),
            )  # fmt: skip
        )
    return out


def _row_of_lines(lines: list[Line]) -> tuple[str, list[str]]:
    """A row printed one cell per line ("M1 Auftakt" / "04 – 06/2023" / "GB 2 / Bildungsbüro"):
    the title up to the time frame's line, and the parties after it."""
    texts = [ln.text.strip() for ln in lines if ln.text.strip()]
    timed = [_only_time(re.sub(r"\s*\([^()]*\)", "", t)) for t in texts]  # "03/2025 (Entwurf)"
    at = next((i for i, t in enumerate(timed) if t), None)
    if not at:
        return "", []
    after = [t for t, time in zip(texts[at + 1 :], timed[at + 1 :], strict=True) if not time]
    parties = [p.strip() for t in after for p in re.split(r"\s+/\s+|,\s+", t) if p.strip()]
    return join_lines("\n".join(texts[:at])), parties


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


# "Ziel 1" (alone, or with its title) and "� M 1.1 Abstimmung …": rows labelled by their
# number, each followed by a line of cells ("HF 6 hoch 2024–2025 Geschäftsstelle")
_GOAL_LABEL = re.compile(r"^\s*(?:Ziel|Z)\s*(\d{1,2})\s*[:.]?(?:\s+(.*))?$")
# (or the bare number on a line of its own, the title below it: "1.1" / "Gemeinsamer …")
_MEASURE_LABEL = re.compile(
    rf"^\s*(?:{_BULLET_GLYPH}\s*)?(?:(?P<word>M|Maßnahme|Massnahme)\s*(?P<goal>\d{{1,2}})\."
    r"(?P<number>\d{1,2})\s*[:.]?(?:\s+(?P<first>.*))?|(?P<bare_goal>\d{1,2})\.(?P<bare_number>\d{1,2})\s*)$"
)
_PRIORITY_WORD = re.compile(r"\b(sehr hoch|hoch|mittel|niedrig|gering)\b", re.IGNORECASE)
_FIELD_CELL = re.compile(r"^\s*(?:HF|Handlungsfeld)\s*\d", re.IGNORECASE)
# a line that opens another cell under a title: its column's label ("Handlungsfeld: Bildung")
_CELL_LABEL = re.compile(
    r"^\s*(?:Handlungsfeld|HF|Verantwort\w*|Federführung|Zeitrahmen|Zeitraum|Priorität)\s*:",
    re.IGNORECASE,
)


def _is_cells_line(line: Line) -> bool:
    """The line of a labelled row's other cells: action field, priority, time, lead."""
    return bool(
        _FIELD_CELL.match(line.text)
        or _PRIORITY_WORD.search(line.text)
        # a time cell opens the line ("2024–2025 Geschäftsstelle"); a year in a title does not
        or any(start <= line.indent for start, _, _ in find_time_frames(line.text))
        or _ONGOING.search(line.text)
    )


def _cell_paragraphs(body: list[Line], start: int) -> list[tuple[int, int, str]]:
    """(first, end, joined text) of the blank-separated paragraphs from ``start`` up to the
    next goal or measure label: the cells of a row printed one paragraph per cell."""
    cells: list[tuple[int, int, str]] = []
    i = start
    while i < len(body):
        if body[i].blank:
            i += 1
            continue
        if _GOAL_LABEL.match(body[i].text) or _MEASURE_LABEL.match(body[i].text):
            break
        end = next((k for k in range(i, len(body)) if body[k].blank), len(body))
        cells.append((i, end, _CELL_BULLET.sub("", _joined(body[i:end]), count=1)))
        i = end
    return cells


def _titled_below(body: list[Line], at: int, number: str) -> bool:
    """A goal label with the same number and a title follows a bare row code within its row."""
    for line in body[at + 1 : at + 4]:
        if line.blank:
            return False
        titled = _GOAL_LABEL.match(line.text)
        if titled and titled[1] == number and titled[2]:
            return True
    return False


def _priority_above(body: list[Line], at: int) -> re.Match[str] | None:
    """The priority printed between a row code and the titled label below it ("Z1" / "hoch",
    each cell a paragraph of its own or not)."""
    for line in reversed(body[max(at - 4, 0) : at]):
        if line.blank:
            continue
        if found := _PRIORITY_WORD.fullmatch(line.text.strip()):
            return found
        break
    return None


def _labelled_rows(
    text: str, body: list[Line], sections: list[Section], span_of: SpanOf
) -> list[Measure]:
    """Goals and measures of a table whose rows open with their labels ("Ziel 1" / "M 1.1"):
    the title runs on until the line of cells, which gives priority and time frame."""
    out: list[Measure] = []
    for i, line in enumerate(body):
        as_goal, as_measure = _GOAL_LABEL.match(line.text), _MEASURE_LABEL.match(line.text)
        if as_goal and not as_goal[2] and _titled_below(body, i, as_goal[1]):
            continue  # "Z1" / "hoch" / "Ziel 1: Titel": the row code before the titled label
        if as_goal:
            label, key, kind, first = (
                f"Ziel {as_goal[1]}:",
                f"ziel-{as_goal[1]}",
                "goal",
                as_goal[2],
            )
        elif as_measure:
            word, first = as_measure["word"], as_measure["first"]
            goal = as_measure["goal"] or as_measure["bare_goal"]
            number = as_measure["number"] or as_measure["bare_number"]
            label, key, kind = (
                f"{word} {goal}.{number}" if word else f"{goal}.{number}",
                f"ziel-{goal}/massnahme-{number}",
                "measure",
            )
        else:
            continue
        title_lines = [first.strip()] if first and first.strip() else []
        j = i + 1
        while j < len(body) and not body[j].blank and not _is_cells_line(body[j]):
            if _GOAL_LABEL.match(body[j].text) or _MEASURE_LABEL.match(body[j].text):
                break
            if _CELL_LABEL.match(body[j].text) or (
                title_lines and _CELL_BULLET.match(body[j].text)
            ):  # "Handlungsfeld: …", "� Bildungsbüro": the next cell
                break
            title_lines.append(body[j].text.strip())
            j += 1
        # "Ziel 1" / "hoch" / "Kreisweites Leitbild⏎beschließen": each cell a paragraph
        own_cells = _cell_paragraphs(body, j if title_lines else i + 1)
        titled = next((c for c in own_cells if not _PRIORITY_WORD.fullmatch(c[2].strip())), None)
        if not title_lines and titled is not None:
            title_lines, j = [titled[2]], titled[1]
            own_cells.remove(titled)
        title = join_lines("\n".join(title_lines))
        if not title or any(m.key == key for m in out):
            continue  # "Maßnahme 2.3 hat … erhalten" under the table: a reference to the row
        cells_end = j
        while cells_end + 1 < len(body) and _only_time(_joined(body[j : cells_end + 2])):
            cells_end += 1  # "03/2024–" / "12/2024": a time frame wrapped in its cell
        cells = (
            _joined(body[j : cells_end + 1]) if j < len(body) and _is_cells_line(body[j]) else ""
        )
        if not cells:  # the priority and time cells as paragraphs of their own, if any
            cells = " ".join(
                c[2]
                for c in own_cells
                if _PRIORITY_WORD.fullmatch(c[2].strip()) or _only_time(c[2])
            )
        end = body[cells_end].end if cells else body[j - 1].end
        start = line.start + line.indent
        priority = _PRIORITY_WORD.search(cells) or _priority_above(body, i)
        goals = [m for m in out if m.kind == "goal"]
        frames = find_time_frames(cells)
        written = frames[0][2] if frames else None
        out.append(
            Measure(
                key,
                f"{label} {measure_title(title)}",  # "… (Übergangsquoten, …)": its details
                join_lines(text[start:end]),
                span_of(start, end),
                kind,
                # a measure without a priority cell has its goal's
                priority=priority[1].lower()
                if priority
                else (goals[-1].priority if goals and kind == "measure" else None),
                time_frame=written,
                due=normalise_time_frame(written) if written else None,
                section=section_in_repaired(sections, line.start, span_of),
            )  # fmt: skip
        )
    return out
