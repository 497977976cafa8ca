"""Recognising the field headings of a Produktmaske, whatever their spelling.

Municipalities copy the Leipzig template but retype its headings: "ZIELE UND ANFORDERUNGEN
(AUFTRAG)", "## Ziele", "**Ziele:**", "Ziele und Anforderungen". A heading is therefore matched
by its words, not its wording: a short line whose words all belong to the heading vocabulary,
with at least one *key word* that names the field. The first key word decides the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TITLE_KEY = "produktbezeichnung"  # the heading that opens a mask; its content is the title

# Canonical field keys in template order, and the RDF property (ta:…) each one fills.
FIELD_PROPERTIES: dict[str, str] = {
    "kurzbeschreibung": "shortDescription",
    "produkttyp": "productType",
    "ausgangssituation": "initialSituation",
    "ziele": "goals",
    "methoden": "methods",
    "ressourcen": "resources",
    "projektplan": "projectPlan",
    "beteiligte_akteure": "actors",
    "marketing": "marketing",
    "gelingensbedingungen": "successFactors",
    "herausforderungen": "challenges",
    "anmerkungen": "notes",
    "transfer_adressaten": "transferAddressees",
}
FIELD_KEYS: tuple[str, ...] = tuple(FIELD_PROPERTIES)

# Words that name a field (folded spelling, see `fold`).
_KEY_WORDS: dict[str, tuple[str, ...]] = {
    TITLE_KEY: ("produktbezeichnung", "produktname", "produkttitel", "bezeichnung"),
    "kurzbeschreibung": ("kurzbeschreibung", "beschreibung", "kurzdarstellung", "kurzprofil"),
    "produkttyp": ("produkttyp", "produktart", "typ"),
    "ausgangssituation": ("ausgangssituation", "ausgangslage", "problemstellung", "hintergrund"),
    "ziele": ("ziele", "ziel", "zielsetzung", "zielsetzungen", "anforderungen", "auftrag"),
    "methoden": ("methoden", "methode", "umsetzung", "vorgehen", "vorgehensweise", "meilensteine"),
    "ressourcen": ("ressourcen", "ressource", "aufwand", "kosten"),
    "projektplan": ("projektplan", "ablaufplan", "zeitplan", "arbeitsplan", "ablauf"),
    "beteiligte_akteure": ("beteiligte", "akteure", "partner", "kooperationspartner"),
    "marketing": ("marketing", "oeffentlichkeitsarbeit", "oea"),
    "gelingensbedingungen": ("gelingensbedingungen", "gelingensfaktoren", "erfolgsfaktoren"),
    "herausforderungen": ("herausforderungen", "herausforderung", "stolpersteine", "risiken"),
    "anmerkungen": ("anmerkungen", "anmerkung", "hinweise", "bemerkungen", "sonstiges"),
    "transfer_adressaten": ("transferadressaten", "adressaten", "adressatinnen"),
}
# Words that may stand in a heading without naming a field ("RESSOURCEN (ZEIT, PERSONAL …)").
# fmt: off
_FILLER_WORDS = frozenset((
    "und", "oder", "bzw", "der", "die", "das", "des", "den", "dem", "zur", "zum", "zu", "fuer",
    "mit", "im", "in", "von", "ggf", "moegliche", "moeglichen", "moeglich", "potenzielle",
    "potentielle", "potenzieller", "benoetigte", "zeit", "personal", "personals",
    "qualifikation", "finanzen", "massnahmen", "wege", "dahin", "zielerreichung", "transfer",
    "weitere", "weiterer",
    # what the form describes: "Kurzbeschreibung des Produkts", "Ziele des Projekts"
    "produkt", "produkts", "produktes", "projekt", "projekts", "projektes", "vorhabens",
    "angebot", "angebots", "angebotes",
))
# fmt: on
_JOINING_WORDS = frozenset(
    ("und", "oder", "der", "die", "das", "des", "den", "dem", "zur", "zum", "zu", "fuer", "mit")
    + ("im", "in", "von")
)
_WORD_TO_KEY = {word: key for key, words in _KEY_WORDS.items() for word in words}
_MAX_WORDS = 14
_MARKUP = re.compile(r"^\s*(?:#{1,6}\s*|>\s*)?[*_]*\s*")


def fold(text: str) -> str:
    """Lower case, umlauts spelled out: 'Öffentlichkeitsarbeit' = 'oeffentlichkeitsarbeit'."""
    folded = text.casefold()
    for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
        folded = folded.replace(umlaut, spelled)
    return folded


def heading_words(text: str) -> list[str]:
    """The folded words of a heading; hyphens and slashes separate words."""
    return re.findall(r"[a-z]+", fold(text))


def heading_key(text: str) -> str | None:
    """Field key of a heading text such as 'Ziele und Anforderungen (Auftrag)', else None.

    Every word must be heading vocabulary (one unknown word is tolerated in long headings) and
    at least one must name a field; the first such word wins.
    """
    words = heading_words(text)
    if not words or len(words) > _MAX_WORDS:
        return None
    unknown = [w for w in words if w not in _WORD_TO_KEY and w not in _FILLER_WORDS]
    if len(unknown) > (1 if len(words) >= 6 else 0) or words[-1] in _JOINING_WORDS:
        return None  # a sentence or a line broken mid-phrase ("Öffentlichkeitsarbeit mit")
    for word in words:
        if word in _WORD_TO_KEY:
            return _WORD_TO_KEY[word]
    return None


@dataclass(frozen=True)
class HeadingMatch:
    """A field heading found on a line: its key, the heading as printed, and inline content."""

    key: str
    heading: str
    content: str  # text after "Heading:" on the same line ("" for a heading on its own line)
    content_offset: int  # where `content` starts within the line
    marked_up: bool  # Markdown heading/bold, or all capitals: a heading by its looks


def _strip_markup(text: str) -> str:
    text = _MARKUP.sub("", text)
    return re.sub(r"[*_\s:]+$", "", text).strip()


def _looks_marked_up(line: str, heading: str) -> bool:
    stripped = line.lstrip()
    caps = heading.upper() == heading and any(ch.isalpha() for ch in heading)
    return stripped.startswith(("#", "**", "__")) or caps


def match_heading(line: str) -> HeadingMatch | None:
    """Recognise a field heading line ('KURZBESCHREIBUNG', '## Ziele:', '**Produkttyp:** x')."""
    stripped = line.strip()
    if not stripped or len(stripped) > 160 or not re.match(r"[#>*_\w„\"]", stripped):
        return None
    if stripped[0].isdigit() or stripped.endswith((".", ",", ";")):
        return None
    whole = _strip_markup(stripped)
    key = heading_key(whole) if len(whole) <= 100 else None
    if key is not None:
        return HeadingMatch(key, whole, "", len(line), _looks_marked_up(line, whole))
    colon = re.match(r"^(\s*[#>*_\s]*)([^:]{2,80}?)\s*(?:[*_]+\s*)?:\s*(?:[*_]+\s*)?(\S.*)$", line)
    if colon is None:
        return None
    heading = _strip_markup(colon.group(2))
    key = heading_key(heading)
    if key is None or len(heading_words(heading)) > 6:
        return None
    return HeadingMatch(
        key, heading, colon.group(3).rstrip(), colon.start(3), _looks_marked_up(line, heading)
    )
