"""German text analysis for BM25: folding, tokens, stopwords, stems, compounds, typo repair.

Users type "Uebergang", "Übergang" or "Ubergang", OCR text reads "Ubergange", and German
glues words into compounds ("Bildungsmonitoring"). Folding maps ä/ae->a, ö/oe->o, ü/ue->u,
ß->ss on both the document and the query side, so every spelling lands on one token even where
"ue" is not an umlaut ("Steuer" -> "steur" on both sides, still a match). The tokenizer works on
Unicode letters, never on ASCII-only classes (txtai #506 dropped every word with an umlaut).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import Stemmer
from bm25s.stopwords import STOPWORDS_GERMAN
from rapidfuzz import process
from rapidfuzz.distance import OSA

_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
_DIGRAPHS = re.compile(r"([aou])e+")
_TOKEN = re.compile(r"[^\W_]+")
_WORD = re.compile(r"[^\W\d_]+")
MIN_COMPOUND = 9  # shorter tokens are not split
MIN_PART = 4  # shortest compound part
LINKING = ("s", "es", "n", "en", "")  # Fugenelemente, tried on the left part
MIN_FUZZY = 5  # shorter query terms are not corrected
FUZZY_CUTOFF = 0.8  # OSA similarity: one edit or swap in five letters


def fold(text: str) -> str:
    """Lowercase, umlauts and their ae/oe/ue spellings to the base vowel, accents dropped.

    Idempotent: ``fold(fold(x)) == fold(x)``.
    """
    lowered = unicodedata.normalize("NFC", text).lower().translate(_UMLAUTS)
    decomposed = unicodedata.normalize("NFKD", lowered)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _DIGRAPHS.sub(r"\1", plain.lower().translate(_UMLAUTS))


def tokenize(text: str) -> list[str]:
    """Folded word tokens: runs of Unicode letters and digits (hyphens and slashes split)."""
    return _TOKEN.findall(fold(text))


STOPWORDS: frozenset[str] = frozenset(fold(w) for w in STOPWORDS_GERMAN)


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("german")


def stem(token: str) -> str:
    return str(_stemmer().stemWord(token))


def split_compound(token: str, vocabulary: frozenset[str]) -> list[str]:
    """Parts of a compound whose pieces are corpus words, e.g. "bildungsmonitoring" ->
    ["bildung", "monitoring"] (Fugen-s dropped); [] when no split into known words exists."""
    if len(token) < MIN_COMPOUND:
        return []
    best: list[str] = []
    for i in range(len(token) - MIN_PART, MIN_PART - 1, -1):
        head, tail = token[:i], token[i:]
        heads = [head[: len(head) - len(j)] for j in LINKING if head.endswith(j)]
        known = [h for h in heads if len(h) >= MIN_PART and h in vocabulary]
        if not known:
            continue
        rest = [tail] if tail in vocabulary else split_compound(tail, vocabulary)
        if rest and (not best or len(rest) + 1 < len(best)):
            best = [known[0], *rest]
    return best


_split_cached = lru_cache(maxsize=100_000)(split_compound)


@lru_cache(maxsize=10_000)
def _closest_word(token: str, vocabulary: frozenset[str]) -> str | None:
    """The corpus word one edit or swap away (cached: a query's BM25 terms and its respelling
    for the embedding model look up the same typo)."""
    match = process.extractOne(
        token, vocabulary, scorer=OSA.normalized_similarity, score_cutoff=FUZZY_CUTOFF
    )
    return str(match[0]) if match else None


@lru_cache(maxsize=4)
def _stems(vocabulary: frozenset[str]) -> frozenset[str]:
    """Stems of the vocabulary: an inflected form of a corpus word is no typo."""
    return frozenset(stem(word) for word in vocabulary)


@dataclass(frozen=True)
class Analyzer:
    """Turns text into BM25 terms; ``vocabulary`` (folded corpus words) enables compounds."""

    stemming: bool = True
    stopwords: bool = True
    compounds: bool = True
    vocabulary: frozenset[str] = field(default_factory=frozenset)
    spellings: dict[str, str] = field(default_factory=dict)  # folded word -> corpus spelling

    def terms(self, tokens: Iterable[str]) -> list[str]:
        out: list[str] = []
        for token in tokens:
            if self.stopwords and token in STOPWORDS:
                continue
            if len(token) < 2 and not token.isdigit():
                continue
            parts = _split_cached(token, self.vocabulary) if self.compounds else []
            for t in [token, *parts]:
                out.append(stem(t) if self.stemming else t)
        return out

    def __call__(self, text: str) -> list[str]:
        """Terms of a document or query text."""
        return self.terms(tokenize(text))

    def correct(self, tokens: list[str]) -> list[str]:
        """Replace query tokens unknown to the corpus by their closest corpus word
        ("bildungsmonitorng" -> "bildungsmonitoring"); known words and compounds stay."""
        if not self.vocabulary:
            return tokens
        fixed: list[str] = []
        for token in tokens:
            if (
                token in self.vocabulary
                or token in STOPWORDS
                or stem(token) in _stems(self.vocabulary)
                or len(token) < MIN_FUZZY
                or token.isdigit()
                or (self.compounds and _split_cached(token, self.vocabulary))
            ):
                fixed.append(token)
                continue
            fixed.append(self._closest(token) or self._closest_compound(token) or token)
        return fixed

    def _closest(self, token: str) -> str | None:
        return _closest_word(token, self.vocabulary)

    def _closest_compound(self, token: str) -> str | None:
        """A known head with a misspelt tail: "bildungsmonitorng" -> "bildungs" + "monitoring"."""
        if not self.compounds:
            return None
        for i in range(len(token) - MIN_FUZZY, MIN_PART - 1, -1):
            head, tail = token[:i], token[i:]
            heads = [head[: len(head) - len(j)] for j in LINKING if head.endswith(j)]
            if any(len(h) >= MIN_PART and h in self.vocabulary for h in heads):
                fixed_tail = self._closest(tail)
                if fixed_tail:
                    return head + fixed_tail
        return None

    def respell(self, query: str) -> str:
        """The query in the corpus' own spelling, for the embedding model, which (unlike BM25)
        sees "Uebergang" and "Übergang" as different words: "Uebergaenge" -> "Übergänge",
        "Bildungsmonitorng" -> "Bildungsmonitoring". Words the corpus lacks stay as typed."""
        if not self.spellings:
            return query

        def spelt(match: re.Match[str]) -> str:
            word = match.group(0)
            written = self.spellings.get(self.correct([fold(word)])[0])
            if written is None or written.lower() == word.lower():
                return word  # unknown, or already written as the corpus does (any case)
            return written

        return _WORD.sub(spelt, query)

    def query_terms(self, query: str, *, fuzzy: bool = True) -> list[str]:
        """Terms of a user query, typos repaired against the corpus vocabulary."""
        tokens = tokenize(query)
        return self.terms(self.correct(tokens) if fuzzy else tokens)


def corpus_spellings(texts: Iterable[str]) -> dict[str, str]:
    """The most frequent written form of each corpus word ("ubergang" -> "Übergang")."""
    counts: dict[str, Counter[str]] = {}
    for text in texts:
        for word in _WORD.findall(unicodedata.normalize("NFC", text)):
            counts.setdefault(fold(word), Counter())[word] += 1
    return {folded: forms.most_common(1)[0][0] for folded, forms in counts.items()}


def corpus_vocabulary(texts: Iterable[str], min_count: int = 1) -> frozenset[str]:
    """Folded words of the corpus long enough to be compound parts or correction targets."""
    counts = Counter(t for text in texts for t in tokenize(text))
    return frozenset(
        t for t, n in counts.items() if n >= min_count and len(t) >= MIN_PART and t.isalpha()
    )
