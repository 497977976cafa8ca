"""Small text helpers shared by the parsers: inline clean-up, line joining, slugs, chart lines.

Extracted PDF and Markdown text carries markup (`**bold**`, `\\-` escapes, links), tabs inside
sentences and hyphenation at line ends; titles and item texts shown to users should carry none
of that, while offsets keep pointing at the original.
"""

from __future__ import annotations

import re
import unicodedata

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_AUTOLINK = re.compile(r"<(https?://[^>]+)>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_HYPHEN_BREAK = re.compile(r"(\w)-\s*\n\s*([a-zäöüß])")

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


# the title of a team slide or section: "Unser Team", "Das Team der Agentur", "Mitarbeitende"
TEAM_TITLE = re.compile(r"^\W*(?:(?:Unser|Das)\s+)?Team\b|^\W*(?:Unsere\s+)?Mitarbeitende\b")
# "… an Schulen (zugleich Handlungsfeld 4)": a lower-case remark closing a title
TRAILING_REMARK = re.compile(r"\s*\((?=[a-zäöüß])[^()]*\)\s*$")
# A line that opens a new numbered or closing item of a plan ("Ziel 2: …", "Maßnahme 3 …",
# "Laufzeit: …") or a contact detail ("Telefon: …"). A name or a measure before it ends there.
LABEL_LINE = re.compile(
    r"^[ \t]*(?:[A-ZÄÖÜ][a-zäöüß]+[ \t]+\d{1,2}(?:\.\d{1,2})?[ \t]*[:.)]"
    r"|(?:Laufzeit|Geltungsdauer|Inkrafttreten|Unterschriften?)\b"
    r"|(?:Telefon|Tel\.|Fax|Mobil|E-Mail|Mail|Web|Internet)\b)",
    re.M,
)


def clean_inline(text: str) -> str:
    """Drop Markdown emphasis, links and escapes; collapse whitespace to single spaces."""
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _ESCAPE.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def join_lines(text: str) -> str:
    """Join wrapped lines into one string ('Koordinations-\\nstrukturen' -> one word).

    A hyphen before a capitalised continuation ('Leitbild-\\nErstentwurf') is a real hyphen and
    stays; blank lines collapse like any other whitespace.
    """
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    text = re.sub(r"-\s*\n\s*(?=[A-ZÄÖÜ])", "-", text)
    return clean_inline(text)


def slugify(text: str, max_length: int | None = 60) -> str:
    """ASCII slug with German umlauts folded ('Rückfragen' -> 'rueckfragen')."""
    folded = unicodedata.normalize("NFKD", text.translate(_FOLD))
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if max_length is not None and len(slug) > max_length:
        cut = slug[: max_length + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut else cut[:max_length]
    return slug.strip("-") or "abschnitt"


def unique_key(key: str, taken: set[str]) -> str:
    """`key`, or `key-2`, `key-3` … when the document already uses it; records the choice."""
    candidate, n = key, 1
    while candidate in taken:
        n += 1
        candidate = f"{key}-{n}"
    taken.add(candidate)
    return candidate


_DIAGRAM_LINE = 25  # characters: the label of a box in an organisation chart, not prose
_LINE_END_ADJECTIVE = re.compile(r"(?:sch|lich|ig|al|iv)(?:e|en|er|es|em)$|er$")


def diagram_lines_apart(block: str) -> str:
    """In a block of short lines (boxes of a chart: "Leitung der Stabsstelle" over
    "Sachbearbeitung /"), and before a slide's title line, a line that ends in a noun and a
    next line that starts with one are two labels; no name runs on from one into the other.
    A logo's "Bundesministerium / für Bildung" or "Deutsches / Jugendinstitut" and hyphenated
    words still join. Same length, so offsets stay valid."""
    lines = block.split("\n")
    filled = [line for line in lines if line.strip()]
    diagram = len(filled) >= 2 and all(len(line.strip()) < _DIAGRAM_LINE for line in filled)
    out = []
    for line, following in zip(lines, [*lines[1:], ""], strict=True):
        words, nxt = line.split(), following.split()
        apart = (
            (diagram or bool(_SLIDE_TITLE.match(following)))
            and words
            and nxt
            and words[-1][:1].isupper()
            and words[-1][-1:].isalpha()
            and not _LINE_END_ADJECTIVE.search(words[-1])
            and nxt[0][:1].isupper()
            and not re.search(r"\s[–-]$", following.rstrip())  # "Übergang / Kita – / Grundschule"
        )
        out.append(line + (";" if apart else "\n"))
    return "".join(out)[:-1]


# the title line of the next slide in extracted slide text: one space, a few capitalised words
# ("• Geschäftsstelle: Bildungsbüro" / " Bildungsbeirat": two names, not one)
_INNER_GAP = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")


def column_gaps(text: str) -> list[int]:
    """Where the cells of a table set out with spaces part ("MINT-Mobil      Forscherhaus X
    e.V.   Zuwendung"): gaps of three spaces or more, or of two in a line with another such
    gap whose words are otherwise single-spaced (justified prose spaces every gap). Offsets of
    the gaps' first characters."""
    found: list[int] = []
    start = 0
    for line in text.split("\n"):
        gaps = list(_INNER_GAP.finditer(line))
        single = len(re.findall(r"(?<=\S) (?=\S)", line))
        tabular = len(gaps) >= 2 and single > len(gaps)
        found.extend(start + g.start() for g in gaps if len(g.group()) >= 3 or tabular)
        start += len(line) + 1
    return found


_SLIDE_TITLE = re.compile(r"^ [A-ZÄÖÜ][^\s.!?:]*(?: [^\s.!?:]+){0,4}[ \t]*$")


_ADJECTIVE_END = re.compile(r"\b[A-ZÄÖÜa-zäöüß]\w*(?:isch|lich)(?:en|er|es|em|e)$")
_BRIDGING_WORDS = frozenset(
    ("der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "mit", "für")
    + ("und", "oder", "von", "vom", "zu", "zur", "zum", "im", "in", "am", "an", "auf", "bei")
    + ("durch", "sowie")
)


def continues_sentence(previous: str, line: str) -> bool:
    """Does ``line`` go on with the sentence of ``previous``, across a blank line between them
    (common in PDF and slide extraction)?"""
    if previous.endswith(("-", ",")) or _ADJECTIVE_END.search(previous):
        return True  # "… aus Mitteln des Europäischen" / "Sozialfonds Plus"
    if not previous or previous.endswith((".", "!", "?", ":")):
        return False  # nothing before (a text opening with blank lines), or a sentence's end
    return line[:1].islower() or previous.rsplit(None, 1)[-1].lower() in _BRIDGING_WORDS
