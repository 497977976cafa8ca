"""German word knowledge for repairs: a lexicon with compound check, and OCR word repair.

OCR of German text loses umlauts and ß in typical ways ("fiir" for "für", "MaBnahmen" for
"Maßnahmen", "Kréfte" for "Kräfte", "Schlieen" for "Schließen"). A token is repaired only when
it is *not* a German word (nor a compound of German words) and exactly the confusion rules
below turn it into one, so correct text is never touched. The word list is pyspellchecker's
German dictionary, never a list of words from the corpus.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from functools import cache

from ingest.first_names import is_first_name

Edit = tuple[int, int, str]

# OCR confusions: (what OCR printed, what was meant). Applied to the lowercased token.
OCR_CONFUSIONS: tuple[tuple[str, str], ...] = (
    ("ii", "ü"),
    ("it", "ü"),
    ("ti", "ü"),
    ("{i", "ü"),
    ("{", "ü"),
    ("i", "ü"),
    ("u", "ü"),
    ("a", "ä"),
    ("o", "ö"),
    ("é", "ä"),
    ("é", "ö"),
    ("iz", "ä"),
    ("b", "ß"),
    ("r", "ß"),
    ("i", "ß"),
)
VOWELS = set("aeiouäöüy")
UMLAUTS = set("äöüÄÖÜß")
MIN_TELLTALES = 2  # telltale repairs that mark a document as OCR-damaged
LINKING = ("", "s", "es", "n", "en", "e")  # Fugenelemente between compound parts
MIN_PART = 4
_TOKEN = re.compile(r"(?<![\w{])\{?[^\W\d_]+(?:\{[^\W\d_]+)*(?![\w{])")  # "K{ihl" is one
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")


class GermanLexicon:
    """Lowercase German word forms with frequencies, plus a simple compound check."""

    def __init__(self, frequencies: Mapping[str, int]) -> None:
        self._freq = frequencies
        self._compound: dict[tuple[str, int], bool] = {}

    def known(self, word: str) -> bool:
        """Is `word` (any case) a German word form?"""
        return word.lower() in self._freq

    def frequency(self, word: str) -> int:
        return self._freq.get(word.lower(), 0)

    def _head_ok(self, head: str) -> bool:
        """A compound's first part: a word, a word plus linking element, or a verb stem."""
        for link in LINKING:
            stem = head[: len(head) - len(link)]
            if head.endswith(link) and len(stem) >= 3 and stem in self._freq:
                return True
        return len(head) >= MIN_PART and (head + "en") in self._freq

    def compound(self, word: str, depth: int = 3) -> bool:
        """Is `word` a compound of known words ("Bildungs|aktivitäten")? The last part is
        what inflects, so it must be a known form itself."""
        w = word.lower()
        key = (w, depth)
        if key not in self._compound:
            self._compound[key] = any(
                self._head_ok(w[:i])
                and (w[i:] in self._freq or (depth > 1 and self.compound(w[i:], depth - 1)))
                for i in range(MIN_PART - 1, len(w) - MIN_PART + 1)
            )
        return self._compound[key]

    def is_place_adjective(self, word: str) -> bool:
        """ "Altenburger", "Leipziger": a known place name plus -er."""
        return word.endswith("er") and self.known(word[:-2])

    def plausible(self, word: str) -> bool:
        """Known word or compound of known words."""
        return self.known(word) or self.compound(word)


@cache
def german_lexicon() -> GermanLexicon:
    """The German dictionary of pyspellchecker (loaded once, about 0.7 s)."""
    from spellchecker import SpellChecker

    return GermanLexicon(dict(SpellChecker(language="de").word_frequency.dictionary))


def _sites(word: str) -> list[tuple[int, int, str]]:
    """Every place a confusion rule applies: (position, length replaced, replacement)."""
    sites = [
        (m.start(), len(src), dst)
        for src, dst in OCR_CONFUSIONS
        for m in re.finditer(re.escape(src), word)
    ]
    sites.extend(
        (i, 0, "ß") for i in range(1, len(word)) if word[i - 1] in VOWELS and word[i] in VOWELS
    )
    return sites


def _apply(word: str, chosen: tuple[tuple[int, int, str], ...]) -> str:
    out, pos = [], 0
    for start, length, repl in sorted(chosen):
        out.append(word[pos:start] + repl)
        pos = start + length
    return "".join(out) + word[pos:]


def ocr_candidates(word: str, max_edits: int = 2) -> Iterator[tuple[str, int]]:
    """Spellings reachable from a lowercased token by 1..max_edits confusion rules."""
    sites = _sites(word)
    yield from ((_apply(word, (s,)), 1) for s in sites)
    if max_edits < 2:
        return
    for i, a in enumerate(sites):
        for b in sites[i + 1 :]:
            first, second = sorted((a, b))
            if first[0] + first[1] <= second[0] and first[0] != second[0]:
                yield _apply(word, (first, second)), 2


def _eligible(token: str) -> bool:
    """Words only; no acronyms or CamelCase names (inner capitals only as OCR'd ß: B, R).

    A token that already carries umlauts or ß was read with its diacritics; it stays.
    """
    if len(token) < 3 or token.isupper() or UMLAUTS.intersection(token):
        return False
    return all(ch in "BR" for ch in token[1:] if ch.isupper())


def is_telltale(token: str) -> bool:
    """Damage no clean text shows: "ii", "{", "é", "iz" or a capital B/R inside a word.
    Plain a/o/u (for ä/ö/ü) could also be a correct rare word the dictionary lacks."""
    lower = token.lower()
    return any(ch in "BR" for ch in token[1:]) or any(s in lower for s in ("ii", "{", "é", "iz"))


def repair_word(token: str, lexicon: GermanLexicon) -> str | None:
    """The German word an OCR-damaged token stands for, or None to leave it as it is.

    Dictionary hits win (fewest edits, then frequency), even over reading the token as a
    compound (the compound check also accepts junk splits such as "Main|ahmen"); a compound
    candidate is accepted only one edit away and only when it is the single such candidate.
    """
    if not _eligible(token):
        return None
    word = token.lower()
    if lexicon.known(word) or (token[0].isupper() and lexicon.is_place_adjective(word)):
        return None
    if token[0].isupper() and token[1:].islower() and is_first_name(token):
        return None  # "Maren" is no damaged "Maßen"
    candidates = list(ocr_candidates(word))
    for edits in (1, 2):
        hits = [c for c, n in candidates if n == edits and lexicon.known(c)]
        if hits:
            return _keep_case(token, max(hits, key=lexicon.frequency))
    if lexicon.compound(word):
        return None
    compounds = {c for c, n in candidates if n == 1 and lexicon.compound(c)}
    if len(compounds) == 1:
        return _keep_case(token, compounds.pop())
    if "{" in word:  # no clean word has a brace: "K{ihl" is a name with its ü lost
        return _keep_case(token, word.replace("{i", "ü").replace("{", "ü"))
    return None


def _keep_case(token: str, word: str) -> str | None:
    """Restore the leading capital; inner capitals must have been OCR'd ß ("MaBnahmen"),
    otherwise the token is two glued words or a name and stays as it is."""
    inner_caps = sum(ch.isupper() for ch in token[1:])
    if inner_caps and word.count("ß") - token.lower().count("ß") < inner_caps:
        return None
    return word[0].upper() + word[1:] if token[0].isupper() else word


def ocr_word_edits(text: str, lexicon: GermanLexicon) -> list[Edit]:
    """Minimal edits turning OCR-damaged words into German words ("fiir": "ii" -> "ü").

    Only a document with telltale OCR damage gets the plain a/o/u -> ä/ö/ü repairs too; in clean
    text they would "correct" rare words the dictionary lacks ("Rücknahme").
    """
    urls = [m.span() for m in _URL.finditer(text)]
    memo: dict[str, str | None] = {}
    found: list[tuple[re.Match[str], str]] = []
    for m in _TOKEN.finditer(text):
        token = m.group()
        if token not in memo:
            memo[token] = repair_word(token, lexicon)
        fixed = memo[token]
        if fixed is not None and not any(a <= m.start() < b for a, b in urls):
            found.append((m, fixed))
    damaged = sum(is_telltale(m.group()) for m, _ in found) >= MIN_TELLTALES
    edits: list[Edit] = []
    for m, fixed in found:
        token = m.group()
        if not damaged and not is_telltale(token):
            continue
        ops = difflib.SequenceMatcher(None, token, fixed, autojunk=False).get_opcodes()
        edits.extend(
            (m.start() + i1, m.start() + i2, fixed[j1:j2])
            for tag, i1, i2, j1, j2 in ops
            if tag != "equal"
        )
    return edits
