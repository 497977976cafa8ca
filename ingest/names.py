"""Normal forms of entity names: cleaned surface forms for labels, fold keys for comparison.

Labels keep case and umlauts but lose PDF damage (hyphenation "Ar- beit", soft hyphens, quotes,
Markdown emphasis, leading articles). Fold keys also lose case, inflection (Snowball stems) and
the difference between "ü", "ue", "u" and the OCR misreading "ii", so that "der Sächsischen
Bildungsagentur" and "Sachsische Bildungsagentur" compare equal.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

_QUOTES = re.compile(r"[„“”\"‚‘’'«»›‹`]|\*\*|\u00ad")
_HYPHEN_SPACE = re.compile(r"(?<=[a-zäöüß])-\s+(?=[a-zäöüß])(?!(?:und|oder|bis|sowie|bzw)\b)")
# ("Clara-und-Ernst-Stiftung", "Kinder-und Jugendhilfe": no word break before a conjunction)
_HYPHEN_TIGHT = re.compile(r"(?<=[a-zäöüß]{2})-(?=[a-zäöüß]{2})(?!(?:und|oder)\b)")
_ARTICLE = re.compile(r"^(?:der|die|das|des|dem|den|ein|eine|eines|einer|einem)\s+", re.I)
# The quoted part of a name ('Steuerungsgruppe „Sozialplanung“'), with the space before it.
QUOTED_PART = re.compile(r"\s*[„“”\"»«]([^„“”\"»«]+)[“”\"«»]")
PRINTED = "printed"  # mention attribute: a quoted name with its quotes, „Lernen vor Ort“


def name_pattern(name: str) -> str:
    """A regex for a name as a whole word sequence, any whitespace between its words."""
    return r"(?<![\w-])" + r"\s+".join(map(re.escape, name.split())) + r"(?![\w-])"


_ABBREVIATED_END = re.compile(r"(?:^|[\s.])\w{1,4}\.$")
_LOOSE = (("ä", "a"), ("ö", "o"), ("ü", "u"), ("ß", "ss"), ("ae", "a"), ("oe", "o"), ("ue", "u"))


def clean_surface(text: str) -> str:
    """A surface form fit to show: repaired hyphenation, no quotes, single spaces, no article."""
    text = unicodedata.normalize("NFC", text)
    text = _QUOTES.sub("", text)
    text = _HYPHEN_SPACE.sub("", text)
    text = _HYPHEN_TIGHT.sub("", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:")
    while text.endswith(".") and not _ABBREVIATED_END.search(text):
        text = text[:-1].strip(" ,;:")  # a full stop ends a sentence, "e.V." an abbreviation
    return _ARTICLE.sub("", text)


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("german")


def loose(text: str) -> str:
    """Lower case without umlaut distinctions: 'Übergänge', 'Uebergaenge', 'Ubergange' agree."""
    text = text.lower().replace("ii", "ü")  # OCR reads ü as ii ('fiir')
    for a, b in _LOOSE:
        text = text.replace(a, b)
    return text


def fold(text: str) -> str:
    """Comparison key: cleaned, stemmed word by word, umlaut-folded, punctuation as spaces."""
    words = re.findall(r"[\wäöüÄÖÜß]+", clean_surface(text).lower())
    return " ".join(loose(w) for w in _stemmer().stemWords(words))


def word_keys(folded: str) -> tuple[str, ...]:
    """The words of a fold key, for prefix and suffix comparisons."""
    return tuple(folded.split())
