"""A clean title for a transfer object from the sources a catalogue offers.

The PRODUKTBEZEICHNUNG line is often set in small capitals that PDF extraction garbles
("BILDungSpoLItISche LeItLInIen"). The numbered section heading above the mask is the best
source, the table-of-contents entry the second best (both can still have lost a capital:
"coaching für …" in the heading, "Coaching für …" in the table); re-casing the garbled line by
German rules of thumb is the last resort.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from ingest.mask_headings import fold

_GARBLED = re.compile(r"[a-zäöüß][A-ZÄÖÜ]|[A-ZÄÖÜ]{2,}[a-zäöüß]")
# Endings of German nouns; a re-cased word with one of them is capitalised.
# fmt: off
_NOUN_ENDINGS = (
    "ung", "heit", "keit", "schaft", "tion", "nis", "taet", "ismus", "ment", "ik", "enz",
    "anz", "ur", "um", "er", "ie", "en", "ort", "plan", "rat", "kreis", "netz", "buch",
    "projekt", "kurs", "konzept", "bericht", "report", "kompass", "katalog", "heft",
)
# fmt: on
# fmt: off
_LOWER_WORDS = frozenset((
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "und",
    "oder", "in", "im", "an", "am", "auf", "aus", "bei", "für", "mit", "nach", "von", "vom",
    "zu", "zum", "zur", "über", "unter", "als", "wie",
))
# fmt: on


def tidy(text: str) -> str:
    """Tabs and runs of whitespace to single spaces; no trailing colon."""
    return re.sub(r"\s+", " ", text).strip().rstrip(":").strip()


def is_garbled(text: str) -> bool:
    """Whether capitals stand inside words, as small-caps extraction leaves them."""
    return any(_GARBLED.search(word) for word in text.split())


def _capitalise(word: str) -> str:
    for i, ch in enumerate(word):
        if ch.isalpha():
            return word[:i] + ch.upper() + word[i + 1 :]
    return word


def recase_garbled(text: str) -> str:
    """Best-effort German casing for a garbled line: sentence start, quotes and nouns capital."""
    words = tidy(text).lower().split(" ")
    result: list[str] = []
    for index, word in enumerate(words):
        core = re.sub(r"[^\wäöüß-]", "", word)
        starts_unit = index == 0 or result[-1].endswith(":") or word[:1] in '„"“('
        noun_like = fold(core).endswith(_NOUN_ENDINGS) and core not in _LOWER_WORDS
        is_adjective = re.search(r"(isch|lich|ig|iv|al)(e|en|er|es|em)?$", core) is not None
        capital = starts_unit or (noun_like and not is_adjective)
        result.append(_capitalise(word) if capital else word)
    return " ".join(result)


def recase_from(title: str, reference: str) -> str:
    """Take the casing of `reference` for the words both share (title wording is kept)."""
    words, ref_words = title.split(" "), reference.split(" ")
    matcher = SequenceMatcher(a=[fold(w) for w in words], b=[fold(w) for w in ref_words])
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            i, j = block.a + k, block.b + k
            lower_start = next((ch.islower() for ch in words[i] if ch.isalpha()), False)
            if words[i] != ref_words[j] and (lower_start or is_garbled(words[i])):
                words[i] = ref_words[j]
    return " ".join(words)


# "Produktmaske: Regionale Bildungskonferenz": the form's name before the product's
_FORM_NAME = re.compile(r"^(?:Produktmaske|Transferprodukt|Transferobjekt)\s*[:–—-]\s*", re.I)


def clean_title(heading: str | None, toc_title: str | None, raw_title: str) -> str:
    """The transfer object's title: section heading, else TOC entry, else re-cased raw line."""
    if heading:
        title = _FORM_NAME.sub("", tidy(heading)) or tidy(heading)
        if toc_title:
            title = recase_from(title, tidy(toc_title))
        if is_garbled(title):
            title = recase_garbled(title)
        return _capitalise(title)
    if toc_title:
        return _capitalise(tidy(toc_title))
    raw = tidy(raw_title)
    return recase_garbled(raw) if is_garbled(raw) or raw.isupper() else _capitalise(raw)
