"""Does a short form spell a long name? Initials, compound-part initials and camel-case syllables.

"BMBF" = Bundes·ministerium für Bildung und Forschung, "VHS" = Volks·hoch·schule, "IHK" =
Industrie- und Handels·kammer, "TransMit" = Trans·feragentur Mit·teldeutschland (syllable
prefixes of successive words). Compound parts come from the German dictionary of
pyspellchecker, so the rule knows no particular names.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ingest.names import loose

FUNCTION_WORDS = frozenset(
    ("für", "und", "der", "des", "die", "das", "dem", "den", "zu", "zur", "zum", "im", "in")
    + ("von", "vom", "am", "an", "auf", "mit", "e", "v")
)
_MIN_PART = 3


def is_abbreviation(text: str) -> bool:
    """One token of 2-10 characters with at least two capitals: 'DGB', 'TransMit', 'LvO'."""
    return (
        " " not in text.strip()
        and 2 <= len(text) <= 10
        and sum(1 for c in text if c.isupper()) >= 2
        and not text.isdigit()
    )


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    from spellchecker import SpellChecker

    return frozenset(SpellChecker(language="de", distance=1).word_frequency.dictionary)


def is_known_word(word: str) -> bool:
    """In the German dictionary: tells 'für' from its OCR misreading 'fiir'."""
    return word.lower().strip(".,;:()") in _dictionary()


def _is_part(piece: str) -> bool:
    words = _dictionary()
    return len(piece) >= _MIN_PART and (
        piece in words or (piece.endswith("s") and len(piece) > _MIN_PART and piece[:-1] in words)
    )


@lru_cache(maxsize=4096)
def compound_starts(word: str) -> tuple[int, ...]:
    """Start positions of compound parts on a full segmentation of the word (0 always)."""
    word = word.lower()
    n = len(word)
    reach = {0}
    for pos in range(n):
        if pos in reach:
            reach.update(end for end in range(pos + _MIN_PART, n + 1) if _is_part(word[pos:end]))
    if n not in reach:
        return (0,)
    back = {n}
    for pos in sorted(reach, reverse=True):
        if any(end in back for end in range(pos + _MIN_PART, n + 1) if _is_part(word[pos:end])):
            back.add(pos)
    return tuple(sorted((reach & back) - {n}))


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-–/.,()]+", name) if w]


def abbreviates(short: str, name: str) -> bool:
    """True when `short` is spelled by initials or syllable prefixes of the words of `name`."""
    if " " in short or len(name) <= len(short):
        return False
    target = loose(short)
    words = [loose(w) for w in _words(name)]
    content = [w.lower() not in FUNCTION_WORDS for w in _words(name)]
    if sum(content) < 2 and len(compound_starts(words[0] if words else "")) < 2:
        return False

    @cache
    def match(i: int, w: int, pos: int, chunks: int, short_chunk: bool) -> bool:
        """abbr[i:] matched from word w, compound position >= pos (pos -1: word not begun)."""
        if i == len(target):
            rest = [c for c in content[w + (pos >= 0) :]]
            return not any(rest) or (chunks >= 2 and not short_chunk)
        if w == len(words):
            return False
        word = words[w]
        if pos >= 0 and match(i, w + 1, -1, chunks, short_chunk):
            return True
        if pos < 0 and not content[w] and match(i, w + 1, -1, chunks, short_chunk):
            return True
        starts = (0,) if pos < 0 else [q for q in compound_starts(word) if q >= pos and q > 0]
        for q in starts:
            for length in range(1, len(target) - i + 1):
                if word[q : q + length] != target[i : i + length]:
                    break
                if match(i + length, w, q + length, chunks + 1, short_chunk or length < 2):
                    return True
        return False

    return match(0, 0, -1, 0, False)
