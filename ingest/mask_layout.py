"""Page furniture and outline of a catalogue: numbered headings, running headers, page numbers.

Product masks in PDF brochures run over several pages; every page adds a running header (the
chapter label in capitals next to the section number and title) and a page number, which land in
the middle of mask fields. These helpers tell such lines apart from content and find the
document's numbered outline, from which masks get their section numbers and chapters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.mask_headings import fold, match_heading

# The five functions of strategic KBM and the words that name them in chapter titles/labels.
KBM_FUNCTIONS: dict[str, tuple[str, ...]] = {
    "Strategische Ziele": ("ziel", "leitbild", "strategie"),
    "Daten": ("daten", "monitoring", "bildungsbericht"),
    "Diskurs": ("diskurs",),
    "Handlungsfelder": ("handlungsfeld",),
    "Maßnahmen": ("massnahme",),
}

_NUMBER = r"\d{1,2}(?:\.\d{1,2})*"
_NUMBERED = re.compile(rf"^\s*(?:#{{1,6}}\s*)?({_NUMBER})\.?\s+(\S.*?)\s*$")
_CAPS_RUN = r"[A-ZÄÖÜ]{2,}(?:[ \t]+[A-ZÄÖÜ]{2,})*"
_HEADER_LABEL_FIRST = re.compile(rf"^\s*({_CAPS_RUN})\s+({_NUMBER}\.\d{{1,2}})\s+(\S.*?)\s*$")
_HEADER_LABEL_LAST = re.compile(
    rf"^\s*({_NUMBER}\.\d{{1,2}})\s+(\S.*?[a-zäöüß\W])\s+({_CAPS_RUN})\s*$"
)
_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$")
_MARKDOWN_HEADING = re.compile(r"^\s*(#{1,6})\s+(\S.*?)\s*#*\s*$")


@dataclass(frozen=True)
class NumberedHeading:
    """A line such as '3.1.3.1 Bildungspolitische Leitlinien der Stadt Leipzig'."""

    number: str
    title: str

    @property
    def parts(self) -> tuple[int, ...]:
        return tuple(int(p) for p in self.number.split("."))


def kbm_function_of(label: str) -> str | None:
    """The KBM function a short chapter title or label names ('3.3. DISKuRS' -> 'Diskurs')."""
    words = re.findall(r"[a-z]+", fold(label))
    if not words or len(words) > 6:
        return None
    for function, stems in KBM_FUNCTIONS.items():
        if any(_names(word, stem) for word in words for stem in stems):
            return function
    return None


def _names(word: str, stem: str) -> bool:
    """'Daten…' names Daten, but 'Kandidaten' does not; long stems may end a compound."""
    return word.startswith(stem) or (len(stem) >= 8 and stem in word)


def is_caps_label(line: str) -> bool:
    """A short line in capitals only, such as a running chapter label 'STRATEGISCHE ZIELE'."""
    stripped = line.strip()
    letters = [ch for ch in stripped if ch.isalpha()]
    return (
        len(letters) >= 3
        and all(ch.isupper() for ch in letters)
        and len(stripped.split()) <= 6
        and not any(ch.isdigit() for ch in stripped)
    )


def header_labels(lines: list[str]) -> frozenset[str]:
    """Chapter labels that running headers print beside a section number ('DISKURS')."""
    labels: set[str] = set()
    for line in lines:
        first = _HEADER_LABEL_FIRST.match(line)
        last = _HEADER_LABEL_LAST.match(line)
        if first:
            labels.add(fold(first.group(1).strip()))
        elif last and any(ch.islower() for ch in last.group(2)):
            labels.add(fold(last.group(3).strip()))
    return frozenset(labels)


def running_header_number(line: str) -> str | None:
    """Section number of a running header line ('DISKURS 3.3.3.6 Stiftungstreffen'), else None."""
    first = _HEADER_LABEL_FIRST.match(line)
    if first:
        return first.group(2)
    last = _HEADER_LABEL_LAST.match(line)
    if last and any(ch.islower() for ch in last.group(2)):
        return last.group(1)
    return None


def running_header_function(line: str, number: str) -> str | None:
    """KBM function a running header prints beside this section number ('MASSNAHMEN 3.5.3.1 …')."""
    first = _HEADER_LABEL_FIRST.match(line)
    if first and first.group(2) == number:
        return kbm_function_of(first.group(1))
    last = _HEADER_LABEL_LAST.match(line)
    if last and last.group(1) == number and any(ch.islower() for ch in last.group(2)):
        return kbm_function_of(last.group(3))
    return None


def is_page_furniture(line: str, labels: frozenset[str], own_number: str | None = None) -> bool:
    """Running header, chapter label or page number: printed by the layout, not the author."""
    stripped = line.strip()
    if not stripped:
        return False
    if _PAGE_NUMBER.match(stripped):
        return True
    if is_caps_label(stripped) and (
        fold(stripped) in labels or (kbm_function_of(stripped) and match_heading(line) is None)
    ):
        return True
    if running_header_number(line) is not None:
        return True
    numbered = numbered_heading(line)
    return own_number is not None and numbered is not None and numbered.number == own_number


def numbered_heading(line: str) -> NumberedHeading | None:
    """A numbered heading line; lines that are sentences, bullets or furniture are not."""
    match = _NUMBERED.match(line)
    if match is None or running_header_number(line) is not None:
        return None
    number, title = match.group(1), match.group(2)
    if not re.match(r"[A-Za-zÄÖÜäöü„\"“]", title) or len(title) > 160 or title[-1] in "-,;":
        return None  # a sentence running on, not a heading
    if "." not in number and not line.lstrip().startswith("#"):
        return None  # "6 Aktualisierung im Oktober 2005": footnotes look like this
    return NumberedHeading(number, title)


def markdown_heading(line: str) -> tuple[int, str] | None:
    """Level and text of a Markdown heading line."""
    match = _MARKDOWN_HEADING.match(line)
    return (len(match.group(1)), match.group(2)) if match else None


def closes_section(heading: NumberedHeading, section: str) -> bool:
    """Whether a heading numbered like this one ends section `section` in an outline.

    Only the next sibling of the section or of one of its ancestors (or the first child of
    such a sibling) does: for 3.3.3.10 these are 3.3.3.11, 3.3.4, 3.4, 3.4.1, 4, 4.1.
    Numbered list items inside a field (3.1, 4.2 of an embedded work plan) do not.
    """
    own = tuple(int(p) for p in section.split(".") if p.isdigit())
    other = heading.parts
    for depth in range(len(own), 0, -1):
        if (
            len(other) >= depth
            and other[: depth - 1] == own[: depth - 1]
            and other[depth - 1] == own[depth - 1] + 1
            and all(part == 1 for part in other[depth:])
        ):
            return True
    return False
