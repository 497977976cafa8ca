"""Is a word a German first name? Running text names people without a title ("Sprecherin ist
Maria Vogt"); a capitalised pair is a person when its first word is a known given name. The
names come from gender-guesser's dictionary (about 40,000 given names with their use per
country), so no names are listed here. Words that are also places or ordinary German words
("Halle", "Kita") count as given names only where Germany uses them as such.
"""

from __future__ import annotations

from functools import cache

import gender_guesser.detector as gender_detector  # type: ignore[import-untyped]

_PERSONAL = frozenset({"male", "female", "mostly_male", "mostly_female"})


@cache
def _detector() -> gender_detector.Detector:
    return gender_detector.Detector(case_sensitive=True)


def is_first_name(word: str) -> bool:
    """'Maria', 'Klaus-Dieter' yes; 'Halle', 'Bildung', 'Vogt' no."""
    parts = word.split("-")
    if not all(part[:1].isupper() and part[1:].islower() for part in parts):
        return False
    return all(_known(part) for part in parts)


def _known(part: str) -> bool:
    """Used in Germany, or elsewhere ('Marta', 'Mehmet') and not an ordinary German word
    ('Kita', 'Mai', 'Jena' are given names somewhere too)."""
    from ingest.nlp import german_vocabulary  # the pipeline uses this module: import late

    if _detector().get_gender(part, "germany") in _PERSONAL:
        return True
    return _detector().get_gender(part) in _PERSONAL and part.lower() not in german_vocabulary()
