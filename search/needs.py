"""A planning document -> the needs it states, each with its place in the file text.

A municipality that plans work states its needs as work packages ("AP 3 Bildungskonferenzen:
…"), as goals of a goal table with their first measures, or, in looser papers, as bullet and
numbered lists. These are exactly the units a planner wants matched to transfer objects, so the
splitter reuses the ingest parsers (`parse_measures`, `parse_list_items`) and falls back to
paragraphs only when a text has no such structure. Spans are offsets in the original file text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ingest.planning import parse_measures
from ingest.readers import read_document
from ingest.records import Measure
from ingest.repair import RepairedText, repair
from ingest.structure import parse_list_items, parse_sections
from ingest.timeframes import find_time_frames

NEED_KINDS = ("workPackage", "goal")  # what a plan states as its needs
MIN_WORDS = 3  # shorter list items are labels, priorities or dates
LABEL_CHARS = 100
_BULLETS = re.compile(r"\s*[•\u2022\ufffd▪►]\s*")
_ONLY_TIME = re.compile(r"^[\d\s./\-–:bis]*$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Need:
    """One need of a planning document: what to match, a short label, where it stands."""

    text: str
    label: str
    span: tuple[int, int]  # [start, end) in the original file text
    kind: str = "workPackage"  # workPackage | goal | measure | item | paragraph
    key: str = ""


def _clean_parts(text: str, priority: str | None) -> list[str]:
    """Bullet parts of a goal-table cell without the row number, priority and time frames."""
    parts = [p.strip() for p in _BULLETS.split(text) if p.strip()]
    if parts and priority:
        parts[0] = re.sub(rf"^\d{{1,2}}\.?\s*{re.escape(priority)}\b\s*", "", parts[0]).strip()
    return [p for p in parts if p and not _ONLY_TIME.match(p)]


def without_time_frames(text: str) -> str:
    """The text with its dates and time frames cut out (they say when, not what)."""
    for start, end, _ in reversed(find_time_frames(text)):
        text = text[:start] + text[end:]
    return " ".join(text.split())


def measure_need(measure: Measure) -> Need:
    """A work package or goal as a need: its label in front, table noise removed."""
    parts = [without_time_frames(p) for p in _clean_parts(measure.text, measure.priority)]
    label = measure.label.rstrip(" …")
    repeated = re.compile(rf"(?:\b\d{{1,2}}\.\s*)?{re.escape(label)}\s*:?\s*")
    seen: set[str] = set()
    unique = [p for p in parts if p and not (p in seen or seen.add(p))]  # type: ignore[func-returns-value]
    body = " ".join(unique)
    if measure.label.endswith("…") and body.startswith(label):  # label cut short: keep all
        return Need(body, measure.label, (measure.span.start, measure.span.end), measure.kind,
                    measure.key)  # fmt: skip
    if body.startswith(label):
        body = body[len(label) :].lstrip(": ")
    body = " ".join(repeated.sub(" ", body).split())
    text = f"{measure.label}: {body}" if body else measure.label
    return Need(
        text=text,
        label=measure.label,
        span=(measure.span.start, measure.span.end),
        kind=measure.kind,
        key=measure.key,
    )


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def short_label(text: str, limit: int = LABEL_CHARS) -> str:
    """The text up to its first colon, or its first ``limit`` characters at a word end."""
    head = text.split(":", 1)[0].strip() if 0 < text.find(":") <= limit else text.strip()
    return head if len(head) <= limit else head[:limit].rsplit(" ", 1)[0] + " …"


def _paragraph_needs(repaired: RepairedText) -> list[Need]:
    """Blank-line separated paragraphs of some length (plans written as running text)."""
    needs: list[Need] = []
    for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", repaired.text):
        text = " ".join(m.group(0).split())
        if _words(text) < 2 * MIN_WORDS:
            continue
        span = repaired.span(m.start(), m.end())
        needs.append(Need(text, short_label(text), (span.start, span.end), "paragraph"))
    return needs


def split_repaired(repaired: RepairedText, *, measures: bool = False) -> list[Need]:
    """Needs of a repaired text: work packages and goals, else list items, else paragraphs.

    With ``measures=True`` a goal is replaced by its single measures (finer matching).
    """
    text = repaired.text
    sections = parse_sections(text, repaired.span)
    planned = parse_measures(text, sections, repaired.span)
    wanted = ("workPackage", "measure") if measures else NEED_KINDS
    needs = [measure_need(m) for m in planned if m.kind in wanted]
    if measures:  # goals without measures still count
        with_measures = {m.key.split("/", 1)[0] for m in planned if m.kind == "measure"}
        needs += [
            measure_need(m) for m in planned if m.kind == "goal" and m.key not in with_measures
        ]
    needs = [n for n in needs if _words(n.text) >= MIN_WORDS]
    if needs:
        return sorted(needs, key=lambda n: n.span)
    items = [
        Need(it.text, short_label(it.text), (it.span.start, it.span.end), "item")
        for it in parse_list_items(text, sections, repaired.span)
        if _words(it.text) >= MIN_WORDS and not _ONLY_TIME.match(it.text)
    ]
    return items or _paragraph_needs(repaired)


def split_needs(text: str, *, measures: bool = False) -> list[Need]:
    """Needs of a planning document's text; spans are offsets in ``text`` as given."""
    return split_repaired(repair(text), measures=measures)


def read_needs(path: Path | str, *, measures: bool = False) -> tuple[str, list[Need]]:
    """The file text (txt, md, pdf, docx, html) and its needs, spans in that text."""
    source = read_document(Path(path))
    return source.text, split_needs(source.text, measures=measures)
