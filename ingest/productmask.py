"""Product masks (Produktmasken) -> `ProductMask` records with fields, titles, pages and types.

A mask opens with a PRODUKTBEZEICHNUNG heading (or, on retyped templates, a title heading
followed by mask fields) and runs until the next mask, a heading that closes its section in the
document outline, or the back matter. Fields run from one recognised heading to the next;
running headers and page numbers inside them are dropped. Section number, chapter (KBM
function), catalogue page and a clean title come from the outline and table of contents around
the mask, so the parser needs nothing specific to one catalogue. It works on raw extracted text
and on repaired text alike; `span_of` maps offsets of the parsed text to the original document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.mask_headings import (
    FIELD_KEYS,
    FIELD_PROPERTIES,
    TITLE_KEY,
    HeadingMatch,
    match_heading,
)
from ingest.mask_layout import (
    closes_section,
    header_labels,
    is_page_furniture,
    kbm_function_of,
    markdown_heading,
    numbered_heading,
    running_header_function,
)
from ingest.mask_title import clean_title, tidy
from ingest.producttype import product_type
from ingest.records import MaskField, ProductMask
from ingest.spans import Line, SpanOf, span_function, split_lines
from ingest.toc import match_entries, parse_toc

__all__ = ["FIELD_KEYS", "FIELD_PROPERTIES", "parse_product_masks"]

_MIN_FIELDS = 3  # a mask without a PRODUKTBEZEICHNUNG needs this many distinct fields
_TITLE_WINDOW = 4  # non-blank lines above a mask searched for its heading
_BULLET = re.compile(r"^\s*(?:[•◦▪●�]|[-–*+]\s|\d+[.)]\s)")
_CITATION = re.compile(r"^\s*[A-ZÄÖÜ].{1,160}?\((?:\d{4}[a-z]?|o\. ?J\.)\)\s*:")
_SHORT_LINE = 40  # diagram labels: many lines shorter than this
_MIN_DEBRIS_LINES = 8
_BACK_MATTER = re.compile(
    r"^\s*(?:#+\s*)?(?:\d+\.?\s+)?(?:Literatur(?:verzeichnis)?|Quellen(?:verzeichnis)?|"
    r"Abkürzungsverzeichnis|Impressum|Anhang)\s*$",
    re.IGNORECASE,
)


@dataclass
class _Draft:
    """A mask while it is being delimited: where it starts, its heading and its field headings."""

    anchor: int  # line index of PRODUKTBEZEICHNUNG or of the first field heading
    start: int = 0  # line index of the mask's title heading (or the anchor)
    end: int = 0  # line index after the mask
    number: str | None = None
    heading_title: str | None = None
    heading_level: int | None = None  # Markdown level of the title heading
    events: list[tuple[int, HeadingMatch]] | None = None


def _headings(lines: list[Line], labels: frozenset[str]) -> list[HeadingMatch | None]:
    result: list[HeadingMatch | None] = []
    for line in lines:
        found = None
        if not _BULLET.match(line.text) and not is_page_furniture(line.text, labels):
            found = match_heading(line.text)
        result.append(found)
    return result


def _anchors(headings: list[HeadingMatch | None]) -> list[int]:
    """Lines that open a mask: title headings, or a field heading starting a fresh field run."""
    anchors: list[int] = []
    seen: set[str] = set()
    events = [(i, h) for i, h in enumerate(headings) if h is not None]
    for pos, (index, heading) in enumerate(events):
        if heading.key == TITLE_KEY:
            anchors.append(index)
            seen = set()
            continue
        if not anchors or heading.key in seen:
            upcoming = {h.key for _, h in events[pos : pos + _MIN_FIELDS + 2]} - {TITLE_KEY}
            # a new run of the template repeats the fields just seen; a stray word does not
            repeats = not anchors or len(upcoming & seen) >= _MIN_FIELDS
            if len(upcoming) >= _MIN_FIELDS and repeats:
                anchors.append(index)
                seen = set()
        seen.add(heading.key)
    return anchors


def _title_heading(draft: _Draft, lines: list[Line], labels: frozenset[str], floor: int) -> None:
    """Find the numbered or Markdown heading just above the mask; set start, number, title."""
    draft.start = draft.anchor
    continuation: list[str] = []
    looked = 0
    for index in range(draft.anchor - 1, floor - 1, -1):
        text = lines[index].text
        if not text.strip() or is_page_furniture(text, labels):
            continue
        looked += 1
        if looked > _TITLE_WINDOW or match_heading(text) is not None:
            return
        md = markdown_heading(text)
        numbered = numbered_heading(md[1] if md else text)  # "## 2.3 Titel" is numbered too
        if numbered is not None or md is not None:
            draft.start = index
            draft.heading_level = md[0] if md else None
            title = numbered.title if numbered else (md[1] if md else text)
            draft.number = numbered.number if numbered else None
            wrapped = [] if md else list(reversed(continuation))  # a "## " heading is one line
            draft.heading_title = tidy(" ".join([title, *wrapped]))
            return
        if len(text.strip()) > 120 or _BULLET.match(text):
            return
        continuation.append(text.strip())


def _is_list_neighbour(lines: list[Line], index: int) -> bool:
    near = [lines[i].text for i in (index - 1, index + 1) if 0 <= i < len(lines)]
    return any(re.match(r"^\s*\d+(?:\.\d+)*\.?\s", text) for text in near)


def _closes(draft: _Draft, line: Line, lines: list[Line], index: int) -> bool:
    """Whether a line after the mask's fields ends the mask (outline, Markdown level)."""
    md = markdown_heading(line.text)
    if md and draft.heading_level is not None and md[0] <= draft.heading_level:
        return match_heading(line.text) is None
    numbered = numbered_heading(line.text)
    if numbered is None or draft.number is None or _is_list_neighbour(lines, index):
        return False
    return closes_section(numbered, draft.number)


def _content(lines: list[Line], labels: frozenset[str], number: str | None) -> list[Line]:
    kept = [ln for ln in lines if not is_page_furniture(ln.text, labels, number)]
    while kept and not kept[-1].text.strip():
        kept.pop()
    while kept and not kept[0].text.strip():
        kept.pop(0)
    return kept


def _text_of(lines: list[Line]) -> str:
    text = "\n".join(re.sub(r"[ \t]+", " ", ln.text).strip() for ln in lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _cut_back_matter(lines: list[Line]) -> list[Line]:
    """The last field ends where a bibliography, appendix or the text of a figure begins."""
    for i, line in enumerate(lines):
        if _BACK_MATTER.match(line.text) or _CITATION.match(line.text):
            return lines[:i]
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    for pos, i in enumerate(filled):
        rest = [len(lines[k].text.strip()) for k in filled[pos:]]
        if len(rest) >= _MIN_DEBRIS_LINES and sum(n < _SHORT_LINE for n in rest) >= 0.7 * len(rest):
            caption = filled[pos - 1] if pos else None
            if caption is not None and (caption == 0 or not lines[caption - 1].text.strip()):
                return lines[:caption]  # a lone line above the figure is its caption
            return lines[:i]
    return lines


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "mask"


def _build(
    draft: _Draft,
    lines: list[Line],
    labels: frozenset[str],
    span_of: SpanOf,
) -> tuple[ProductMask, str]:
    """Fields and raw title of one delimited mask (title, section and page are set later)."""
    events = draft.events or []
    fields: dict[str, MaskField] = {}
    raw_title = ""
    last_line = lines[draft.anchor]
    for pos, (index, heading) in enumerate(events):
        stop = events[pos + 1][0] if pos + 1 < len(events) else draft.end
        body = _content(lines[index + 1 : stop], labels, draft.number)
        if pos + 1 == len(events):
            body = _content(_cut_back_matter(body), labels, draft.number)
        text = _text_of(body)
        if heading.content:
            text = tidy(heading.content) + ("\n" + text if text else "")
        end_line = body[-1] if body else lines[index]
        last_line = end_line
        if heading.key == TITLE_KEY:
            raw_title = tidy(text.replace("\n", " "))
            continue
        span = span_of(lines[index].start, end_line.end)
        fields[heading.key] = MaskField(heading.key, heading.heading, text, span)
    mask = ProductMask(
        section="",
        title="",
        raw_title=raw_title,
        span=span_of(lines[draft.start].start, last_line.end),
        fields=dict(sorted(fields.items(), key=lambda kv: FIELD_KEYS.index(kv[0]))),
    )
    return mask, raw_title


def _events(draft: _Draft, headings: list[HeadingMatch | None]) -> list[tuple[int, HeadingMatch]]:
    seen: set[str] = set()
    events: list[tuple[int, HeadingMatch]] = []
    for index in range(draft.anchor, draft.end):
        heading = headings[index]
        if heading is None or heading.key in seen:
            continue
        inline_in_prose = bool(heading.content) and not heading.marked_up
        after_plain = bool(events) and not events[-1][1].content
        if inline_in_prose and after_plain and heading.key not in (TITLE_KEY, "produkttyp"):
            continue  # "Ziele: …" inside a field of a mask whose headings stand alone
        seen.add(heading.key)
        events.append((index, heading))
    return events


def _standalone(lines: list[Line], index: int) -> bool:
    """A short line between blank lines, as chapter titles and running labels stand."""
    text = lines[index].text.strip()
    if not text or len(text.split()) > 4 or text.endswith((".", ",", ":")):
        return False
    around = [lines[i].text for i in (index - 1, index + 1) if 0 <= i < len(lines)]
    return text.isupper() or all(not other.strip() for other in around)


_ASSIGNED = re.compile(
    r"^\W*(?:Zuordnung|KBM-Funktion|Funktion im KBM)[^:]{0,60}:\s*(?P<label>.+)$"
)


def _assigned_function(between: list[Line]) -> str | None:
    """'Zuordnung im Modell des Kommunalen Bildungsmanagements: **Daten**' under the title."""
    for line in between:
        if found := _ASSIGNED.match(line.text.strip()):
            return kbm_function_of(found["label"].strip(" *_"))
    return None


def _printed_function(number: str | None, lines: list[Line]) -> str | None:
    """The chapter label the mask's own running headers print ('DISKURS 3.3.3.1 …')."""
    if not number:
        return None
    return next((f for ln in lines if (f := running_header_function(ln.text, number))), None)


def _chapter(number: str | None, start: int, lines: list[Line]) -> str | None:
    """KBM function of the chapter that encloses the mask, by numbering, else by nearest label."""
    if number:
        prefixes = [".".join(number.split(".")[:k]) for k in range(number.count("."), 0, -1)]
        for prefix in prefixes:
            for line in reversed(lines[:start]):
                heading = numbered_heading(line.text)
                if heading and heading.number == prefix and kbm_function_of(heading.title):
                    return kbm_function_of(heading.title)
    for index in range(start - 1, -1, -1):
        text = lines[index].text
        md = markdown_heading(text)
        label = md[1] if md else text
        if match_heading(text) is None and (md or _standalone(lines, index)):
            function = kbm_function_of(label)
            if function:
                return function
    return None


def _delimit(
    lines: list[Line], headings: list[HeadingMatch | None], labels: frozenset[str]
) -> list[_Draft]:
    drafts = [_Draft(anchor) for anchor in _anchors(headings)]
    floor = 0
    for draft in drafts:
        _title_heading(draft, lines, labels, floor)
        floor = draft.anchor + 1
    for pos, draft in enumerate(drafts):
        draft.end = drafts[pos + 1].start if pos + 1 < len(drafts) else len(lines)
        for index in range(draft.anchor + 1, draft.end):
            if headings[index] is None and _closes(draft, lines[index], lines, index):
                draft.end = index
                break
        draft.events = _events(draft, headings)
    return drafts


def parse_product_masks(
    text: str, span_of: SpanOf | None = None, original: str = ""
) -> list[ProductMask]:
    """Every product mask of a document, in document order, with fields and metadata.

    ``original`` is the text before repair, whose running headers ('DISKURS 3.3.3.1 …') name
    each mask's chapter."""
    to_span = span_function(text, span_of)
    lines = split_lines(text)
    printed = split_lines(original) if original else lines
    labels = header_labels([line.text for line in lines])
    headings = _headings(lines, labels)
    drafts = _delimit(lines, headings, labels)
    built = []
    for draft in drafts:
        fields = {h.key for _, h in draft.events or []} - {TITLE_KEY}
        opener = headings[draft.anchor]
        if opener is not None and (opener.key == TITLE_KEY or len(fields) >= _MIN_FIELDS):
            built.append((draft, *_build(draft, lines, labels, to_span)))
    toc = parse_toc(text) or parse_toc(original)  # tab-set pages lose their gap in repair
    queries = [(d.number, [d.heading_title or "", raw]) for d, _, raw in built]
    entries = match_entries(queries, toc)
    masks: list[ProductMask] = []
    used: set[str] = set()
    for (draft, mask, raw), entry in zip(built, entries, strict=True):
        mask.title = clean_title(draft.heading_title, entry.title if entry else None, raw)
        if not mask.title:
            continue  # a run of field-like lines with nothing naming a transfer object
        section = draft.number or _slug(mask.title)
        while section in used:
            section += "-2"
        used.add(section)
        mask.section = section
        mask.catalogue_page = entry.page if entry else None
        mask.kbm_function = (
            _assigned_function(lines[draft.start : draft.anchor])
            or _printed_function(draft.number, printed)
            or _chapter(draft.number, draft.start, lines)
        ) or (entry.group if entry else None)
        type_field = mask.fields.get("produkttyp")
        short = mask.fields.get("kurzbeschreibung")
        guess = product_type(
            type_field.text if type_field else None, mask.title, short.text if short else ""
        )
        mask.product_type = guess.type
        mask.product_type_confidence = guess.confidence
        mask.product_type_evidence = guess.evidence
        mask.product_type_inferred = guess.inferred
        masks.append(mask)
    return masks
