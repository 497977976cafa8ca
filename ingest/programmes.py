"""Programme evidence: when does a name stand for a funding programme or project?

A programme is named with programme evidence: a cue in the phrase ("Förderprogramm X",
"Projekt „X“"), membership in a list that such a cue introduces ("Förderprogramme des Bundes
(A, B, C)", "Programme „A“ und „B“", a 'Projekte:' block of links), or a cue in the sentence
around a coined name ("KoKo 1. Förderphase"). Without evidence, camel-case tokens are tools or
units ("InDesign", "0,5 VzÄ"), and list items or quoted words that are ordinary German nouns
("Flyer", „Anhängsel“) or activities ("Partner suchen") are not names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest import naming
from ingest.noise import is_common_noun

# A programme noun with inflection only: "Förderprogramme", "Projekten" - not "Projektplan".
_CUE_WORD = r"[\wäöüß-]*(?:[Pp]rogramm|[Pp]rojekt|[Ii]nitiative)"
_PLURAL_CUE = rf"\b{_CUE_WORD}(?:e|en|n)\b"
_PROGRAMME_PAREN = re.compile(rf"{_PLURAL_CUE}[^()\n.]{{0,60}}\(([^()]{{5,300}})\)")
_QUOTE = r"[„“\"»«]([^„“”\"»«\n]{2,80})[“”\"«»]"
_QUOTED_SERIES = re.compile(
    rf"\b{_CUE_WORD}(?:e|en|n|s|es)?\b(?:\s+[a-zäöüß]+){{0,3}}\s*{_QUOTE}"
    rf"((?:\s*(?:,|und|sowie|oder)\s*{_QUOTE})+)"
)
# "wird im Rahmen von „X“ gefördert": a quoted frame of funding is a programme
_FUNDING_FRAME = re.compile(rf"\b[Ii]m\s+Rahmen\s+(?:von|der|des)\s+{_QUOTE}")
_FUNDING_WORD = re.compile(r"(?i)förder|finanzier")  # "gefördert", "Förderung", "finanziert"
_LINK_LINE = re.compile(r"^\s*([A-ZÄÖÜ][\wäöüß-]{2,30}):\s*<?(?:https?://|www\.)", re.M)
_ITEM_PREFIX = re.compile(r"^(?:ehem\.|z\.\s?B\.|u\.\s?a\.|bspw\.)\s*", re.I)
_SENTENCE_CUE = re.compile(
    r"(?i)programm|projekt|initiative|förder|gefördert|laufzeit|modellvorhaben"
)
_SENTENCE_END = re.compile(r"(?<!\d)[.!?;](?:\s|$)|\n\s*\n|\n\s*[-•*▶]")
_NUMBER_BEFORE = re.compile(r"\d(?:[.,]\d+)?\s*$")
_ARTICLE_GAP = re.compile(r"\b(?:ein|eine|einer|eines|einem|einen|kein|keine|nur|als|wie)\b")
# "Programmen wie „X“": examples of the kind, named (a singular "Projekt wie „X“" compares)
_EXAMPLES_GAP = re.compile(rf"^{_PLURAL_CUE}\s+wie\s*[„“\"»«]?$", re.I)

# "Der MINT-Kutter, ein Projekt der Lernwerkstatt X": a coined compound the apposition
# calls a project (a hyphen before a capital or after an acronym marks it as coined)
_PROJECT_APPOSITION = re.compile(
    r"\b(?:[Dd]er|[Dd]as|[Dd]ie)\s+(?P<name>(?:[A-ZÄÖÜ]{2,}|[A-ZÄÖÜ][a-zäöüß]+)-[A-ZÄÖÜ][\wäöüß]+)"
    r"\s*,\s*(?:ein|eine)\s+(?:[a-zäöüß]+\s+)?(?:Projekt|Modellprojekt|Angebot|Vorhaben)\s+"
    r"(?:der|des|von)\s"
)

Found = tuple[int, int, str]  # start, end, canonical name


def name_like(item: str) -> bool:
    """Is a list item shaped like a name (not a remark, an activity or a common noun)?"""
    words = item.split()
    if not words or not words[0][:1].isupper() or ":" in item or len(words) > 5:
        return False
    if len(words) == 1:
        return not is_common_noun(words[0])
    return True


def programme_lists(text: str) -> Iterator[Found]:
    """Names enumerated after 'Förderprogramme … (A, B, C)', 'Programme „A“ und „B“' and in
    'Projekte:' link lists, and a coined name an apposition calls a project."""
    for match in _PROGRAMME_PAREN.finditer(text):
        items = [_ITEM_PREFIX.sub("", i.strip()) for i in re.split(r"[,;/]", match.group(1))]
        if sum(1 for i in items if i[:1].isupper()) * 2 <= len(items):
            continue  # '(selbst entwickeln, Partner suchen)': a remark, not an enumeration
        pos = match.start(1)
        for item in re.split(r"([,;/])", match.group(1)):
            name = _ITEM_PREFIX.sub("", item.strip())
            offset = text.find(name, pos) if name else -1
            pos += len(item)
            if offset >= 0 and name_like(name):
                yield offset, offset + len(name), naming.repair_surface(name)
    for match in _QUOTED_SERIES.finditer(text):
        first = match.group(1)
        if quoted_name_ok(" ".join(text[match.start() : match.start(1)].split()), first):
            yield match.start(1), match.end(1), naming.repair_surface(first)
        tail_start = match.start(2)
        for quoted in re.finditer(_QUOTE, match.group(2)):
            start = tail_start + quoted.start(1)
            yield start, start + len(quoted.group(1)), naming.repair_surface(quoted.group(1))
    for match in _PROJECT_APPOSITION.finditer(text):
        yield match.start("name"), match.end("name"), match.group("name")
    for cue in re.finditer(r"(?i)projekt\w*\s*:?\s*\**\s*$", text, re.M):
        block = text[cue.end() : cue.end() + 800]
        for link in _LINK_LINE.finditer(block):
            start = cue.end() + link.start(1)
            yield start, start + len(link.group(1)), link.group(1)


def funding_frames(text: str) -> Iterator[Found]:
    """Quoted names a sentence about funding sets as its frame ('im Rahmen von „X“ gefördert')."""
    for match in _FUNDING_FRAME.finditer(text):
        name = match.group(1)
        sentence = sentence_around(text, match.start(1), match.end(1)).replace(name, " ")
        if _FUNDING_WORD.search(sentence) and quoted_name_ok("", name):
            yield match.start(1), match.end(1), naming.repair_surface(name)


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or list item) a span stands in."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)]
    after = _SENTENCE_END.search(text, end)
    return text[(before[-1] if before else max(0, start - 300)) : after.start() if after else None]


def coined_name_evidence(text: str, start: int, end: int, confirmed: set[str]) -> bool:
    """Is a camel-case token ('KoKo', 'BiSMit') used as a programme name here?

    Confirmed names (listed or named with a cue elsewhere in the document) always are; a
    number before the token makes it a unit ('0,5 VzÄ'); else the sentence needs a cue.
    """
    token = text[start:end]
    if token in confirmed:
        return True
    if _NUMBER_BEFORE.search(text[max(0, start - 12) : start]):
        return False
    return bool(_SENTENCE_CUE.search(sentence_around(text, start, end).replace(token, " ")))


def quoted_name_ok(before: str, name: str) -> bool:
    """'Programm „Lernen vor Ort“' names; 'das Projekt nur ein „Anhängsel“' or 'Projekt
    „Transport“' (an ordinary noun) does not. `before` is the text from the cue to the quote."""
    if _ARTICLE_GAP.search(before.lower()) and not _EXAMPLES_GAP.match(before.strip()):
        return False
    words = naming.repair_surface(name).split()
    return not (len(words) == 1 and is_common_noun(words[0], compounds=False))
