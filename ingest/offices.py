"""An office named without its holder is the person the document names in that office.

Minutes and plans say "unter Vorsitz des Landrates" or "unter Vorsitz des Oberbürgermeisters"
after naming "Landrat Volker Aßmann" in their header. A relation cue then has only the office
as its object; when the same document names exactly one person with that office, the
relation is that person's.
"""

from __future__ import annotations

import re

from ingest.entities import OFFICE
from ingest.naming import TOP_OFFICE, TOWN_GENITIVE, canonical_name
from ingest.records import Mention, RelationRecord

_OFFICE = re.compile(TOP_OFFICE)
_ADJECTIVAL_OFFICE = re.compile(r"^Beigeordnete[rn]?$")
_OF_MUNICIPALITY = re.compile(rf"\s+(?:des|der)\s+{TOWN_GENITIVE}\s.*$")


def office_key(phrase: str) -> str | None:
    """'des Landrates' -> 'landrat'; 'Oberbürgermeisterin' -> 'oberbürgermeisterin'; a
    phrase that is no single top office ('Leiterin des Amtes') -> None."""
    phrase = _OF_MUNICIPALITY.sub("", phrase)  # "Landrätin des Landkreises X": her office
    words = canonical_name(phrase).split()
    if len(words) == 1:  # "der Beigeordneten", "Beigeordneter": one adjectival noun, any case
        words = [_ADJECTIVAL_OFFICE.sub("Beigeordnete", words[0])]
    if len(words) != 1 or not _OFFICE.match(words[0]):
        return None
    return words[0].casefold()


def _holders(mentions: list[Mention], relations: list[RelationRecord]) -> dict[str, set[str]]:
    """Office -> the names of the persons the document names in it: written before the name
    ('Landrat X'), as the role of a participant, or of a membership ('X, Landrätin des …')."""
    found: dict[str, set[str]] = {}
    posts = [(m, m.attributes.get(OFFICE, "")) for m in mentions if m.type == "Person"]
    posts += [(m, m.attributes.get("role", "")) for m in mentions if m.type == "Person"]
    posts += [(r.subject, r.role or "") for r in relations if r.predicate == "memberOf"]
    for person, phrase in posts:
        key = office_key(phrase) if phrase else None
        if key and person.type == "Person":
            found.setdefault(key, set()).add(person.canonical or person.text)
    return found


def name_office_holders(mentions: list[Mention], relations: list[RelationRecord]) -> None:
    """Relations of an office-only person go to the one holder the document names (in place)."""
    holders = _holders(mentions, relations)
    by_name = {m.canonical or m.text: m for m in mentions if m.type == "Person"}
    by_name |= {
        m.canonical or m.text: m
        for r in relations
        for m in (r.subject, r.object)
        if m.type == "Person" and (m.canonical or m.text) not in by_name
    }
    for relation in relations:
        for end in ("subject", "object"):
            if name := _sole_holder(getattr(relation, end), holders):
                setattr(relation, end, by_name[name])
    for mention in mentions:  # "Landrätin (Vorsitz)" in a mask's actor list: the one Landrätin
        if name := _sole_holder(mention, holders):
            mention.canonical = name


def _sole_holder(mention: Mention, holders: dict[str, set[str]]) -> str | None:
    """The one person the document names in the office this office-only mention names."""
    key = office_key(mention.canonical or mention.text) if mention.type == "Person" else None
    names = holders.get(key or "", set())
    if _one_person(names):
        return max(names, key=lambda name: (len(name.split()), name))
    return None


def _one_person(names: set[str]) -> bool:
    """All names share one surname: "Dr. Weidlich" and "Dr. Katrin Weidlich" are one holder."""
    return len({name.split()[-1] for name in names}) == 1


def name_corpus_office_holders(documents: list[tuple[list[Mention], list[RelationRecord]]]) -> None:
    """An office a document names without any holder ("die Landrätin") is the one person the
    rest of the corpus names in that office: a plan's foreword and the agreement it signed
    speak of the same Landrätin. Offices a document names a holder for stay with that holder."""
    own = [_holders(mentions, relations) for mentions, relations in documents]
    corpus: dict[str, set[str]] = {}
    for holders in own:  # a signature block that pairs two names with one office says nothing
        for key, names in holders.items():
            if _one_person(names):
                corpus.setdefault(key, set()).update(names)
    for (mentions, relations), holders in zip(documents, own, strict=True):
        ends = [m for r in relations for m in (r.subject, r.object)]
        for mention in [*mentions, *ends]:
            office = mention.type == "Person" and office_key(mention.canonical or mention.text)
            if office and office not in holders and (holder := _sole_holder(mention, corpus)):
                mention.canonical = holder
