"""The kinds of German municipality and how they inflect, as one table.

Names ('Landkreis X'), owners ('Bildungsbüro der Städteregion X'), anaphora ('der Kreis') and
offices ('Landrätin') all need to tell a kind word from a place and a county from a town. They
build their patterns from this table, so a kind is added once (as the Städteregion was) and
reaches every rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class MunicipalKind:
    """One kind: its noun, the genitive an owner takes ('des Landkreises'), and whether it
    does a county's work (a Kreistag, a Landrat) rather than a town's."""

    noun: str
    genitive: str
    county: bool

    @property
    def genitive_noun(self) -> str:
        """'des Landkreises' -> 'Landkreises'."""
        return self.genitive.split()[-1]


KINDS = (
    MunicipalKind("Landkreis", "des Landkreises", county=True),
    MunicipalKind("Kreis", "des Kreises", county=True),
    # a union of towns that does a county's work ("StädteRegion Aachen")
    MunicipalKind("Städteregion", "der Städteregion", county=True),
    MunicipalKind("Stadt", "der Stadt", county=False),
    MunicipalKind("Gemeinde", "der Gemeinde", county=False),
)
# written short before a place ("LK Nordsachsen", "Lkr. Cham")
ABBREVIATIONS = {"LK": "Landkreis", "Lkr.": "Landkreis"}

NOUNS = tuple(kind.noun for kind in KINDS)
GENITIVE_NOUNS = tuple(kind.genitive_noun for kind in KINDS)
COUNTY_NOUNS = tuple(kind.noun for kind in KINDS if kind.county)
# every bare word that names a kind, never a place ("Landkreises", "Stadt")
KIND_WORDS = tuple(dict.fromkeys([*NOUNS, *GENITIVE_NOUNS]))
# 'Landkreis' or 'LK' -> 'des Landkreises': how an owner of that kind follows a unit's name
_GENITIVE_OF_NOUN = {kind.noun: kind.genitive for kind in KINDS}
GENITIVE_OF = {
    **_GENITIVE_OF_NOUN,
    **{short: _GENITIVE_OF_NOUN[noun] for short, noun in ABBREVIATIONS.items()},
}


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regex group matching any of the words literally."""
    return "(?:" + "|".join(re.escape(word) for word in words) + ")"


# "der Städteregion", "des Landkreises": an owner named by its kind alone
KIND_GENITIVE = rf"(?:der|des)\s+{alternation(GENITIVE_NOUNS)}"

# "die Pressestelle des Landkreises", "der Beirat der Stadt", "… der Kreisverwaltung": an owner
# named by its kind and nothing after it: the document's municipality of that kind
_BARE_OWNER = re.compile(
    rf"\s+(?:der|des)\s+(?P<noun>{alternation(GENITIVE_NOUNS)}|Kreisverwaltung|Stadtverwaltung)\b"
    r"(?![ \t]*[A-ZÄÖÜ])"
)
_COUNTY_GENITIVES = {kind.genitive_noun for kind in KINDS if kind.county} | {"Kreisverwaltung"}


def bare_owner_after(text: str, end: int) -> tuple[int, bool] | None:
    """Where the bare owner after a name at ``end`` ends, and whether it is a county."""
    match = _BARE_OWNER.match(text, end)
    return (match.end(), match["noun"] in _COUNTY_GENITIVES) if match else None
