"""Names recognised by their neighbours: an acronym before a place ("HTWK Leipzig") is the
institution seated there; a name joined to a municipality ("LK Görlitz und Dresden") is one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest import naming
from ingest.candidates import Candidate, Learned
from ingest.noise import is_common_noun

_SEAT_ACRONYM = re.compile(r"(?<![\w-])([A-ZÄÖÜ]{3,8})[ \t]+$")


def acronym_seats(text: str, candidates: list[Candidate], learned: Learned) -> list[Candidate]:
    """'HTWK Leipzig', 'BSZ Torgau': an acronym right before a place names the institution
    seated there. Not a shouted word ('EINES Hauses') nor a known short form of another kind."""
    seats = []
    for cand in candidates:
        if cand.type != "Municipality":
            continue
        match = _SEAT_ACRONYM.search(text, max(0, cand.start - 12), cand.start)
        if match is None:
            continue
        acronym = match.group(1)
        if learned.get(acronym, ("Organization",))[0] != "Organization":
            continue
        if acronym.lower() in naming.FUNCTION_WORDS or is_common_noun(acronym.capitalize()):
            continue
        place = text[cand.start : cand.end]
        seat = Candidate(match.start(1), cand.end, "Organization", "pattern:acronym-seat",
                          f"{acronym} {place}")  # fmt: skip
        seat.attributes["abbreviation"] = acronym
        seats.append(seat)
    return seats


_TERRITORY_WORDS = frozenset(
    {"Land", "Bund", "Region", "Kreis", "Stadt", "Umland", "Gemeinde", "Kommune", "Ort", "Revier"}
    | {"Freistaat", "Landkreis", "Partner", "Europa", "Quartier", "Stadtteil", "Ortsteil"}
)
_PLACE_WORD = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*"
_PLACE_AFTER = re.compile(rf"[ \t]*(?:/|und\b)[ \t]*({_PLACE_WORD})(?![\w-])(?![ \t]+[A-ZÄÖÜ])")
_PLACE_BEFORE = re.compile(rf"(?<![\w-])({_PLACE_WORD})[ \t]*(?:/|\bund)[ \t]*$")


def coordinated_places(text: str, candidates: list[Candidate]) -> Iterator[Candidate]:
    """'LK Görlitz und Dresden/Leipzig': a name joined by '/' or 'und' to a municipality is a
    municipality too, unless it is a word for a territory ('Stadt und Land', 'Halle/Region') or
    a noun ('Leipzig und Umgebung') or starts a person's name ('Halle und Mario Bischof')."""
    places = [c for c in candidates if c.type == "Municipality"]
    for cand in places:
        after = _PLACE_AFTER.match(text, cand.end)
        before = _PLACE_BEFORE.search(text, max(0, cand.start - 40), cand.start)
        for match in (after, before):
            if match is None:
                continue
            word = match.group(1)
            if word in _TERRITORY_WORDS or word.lower() in naming.FUNCTION_WORDS:
                continue
            if not re.match(naming.PLACE_REGEX, word):
                continue
            if re.match(r"\s+wie\b", text[match.end(1) :]):
                continue  # "… und Unternehmen wie die X GmbH": a kind with its examples
            yield Candidate(
                match.start(1), match.end(1), "Municipality", "pattern:coordinated-place", word
            )


_PLURAL_KINDS = {"Städte": "Stadt", "Städten": "Stadt", "Landkreise": "Landkreis",
                 "Landkreisen": "Landkreis", "Gemeinden": "Gemeinde", "Ämter": "Amt",
                 "Ämtern": "Amt", "Verbandsgemeinden": "Verbandsgemeinde",
                 "Samtgemeinden": "Samtgemeinde", "Hansestädte": "Hansestadt",
                 "Märkte": "Markt", "Märkten": "Markt",
                 "Verwaltungsgemeinschaften": "Verwaltungsgemeinschaft",
                 **dict.fromkeys(("Große Kreisstädte", "Großen Kreisstädte", "Großen Kreisstädten"),
                                 "Große Kreisstadt")}  # fmt: skip
_ONE_PLACE = rf"(?:{naming.PLACE_NAME_ADJECTIVE}[ \t]+|Bad[ \t]+)?{_PLACE_WORD}"
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # a space, or a line break between two words
_PLURAL_PLACES = re.compile(  # "u. a. die Städte⏎Bad Kornau und Lauchwitz": over a line break
    # ("Gemeinden wie A, B oder C": examples of the kind are places of it as well)
    rf"\b(?P<kind>{'|'.join(sorted(_PLURAL_KINDS, key=len, reverse=True))})(?:[ \t]+wie)?"
    rf"{_GAP}"
    # (a wrapped line may break the list anywhere: "die Städte Grebenrode⏎und Altenhasel")
    rf"(?P<places>{_ONE_PLACE}(?:[ \t]*,{_GAP}{_ONE_PLACE})*"
    rf"{_GAP}(?:und|sowie|oder){_GAP}{_ONE_PLACE}"
    # "Samtgemeinden A, B, C, Stadt D" in a list of actors: the kind's places end where the
    # next kind begins, or with the line
    rf"|{_ONE_PLACE}(?:[ \t]*,[ \t]*{_ONE_PLACE})+"
    r"(?=[ \t]*,[ \t]*(?:Stadt|Gemeinde|Kreisstadt|Hansestadt|Landkreis)[ \t]|[ \t]*(?:\n|$)))"
)
_EACH_PLACE = re.compile(_ONE_PLACE)


def plural_kind_places(text: str) -> Iterator[Candidate]:
    """'die Städte Wendel und Grauen', 'den Landkreisen A, B und Oberes C': every place of a
    plural kind is a municipality of that kind. Nouns ('Städte Bildung und Kultur') are not."""
    for match in _PLURAL_PLACES.finditer(text):
        kind = _PLURAL_KINDS[match.group("kind")]
        found = [m for m in _EACH_PLACE.finditer(text, match.start("places"), match.end("places"))]
        names = [m.group().split()[-1] for m in found]
        if any(not re.match(naming.PLACE_REGEX, n) or n in _TERRITORY_WORDS for n in names):
            continue
        for place in found:
            yield Candidate(place.start(), place.end(), "Municipality", "pattern:plural-kind",
                            f"{kind} {place.group()}")  # fmt: skip


_PLURAL_UNITS = {
    **{"Fachbereiche": "Fachbereich", "Fachbereichen": "Fachbereich", "Abteilungen": "Abteilung"},
    **{"Dezernate": "Dezernat", "Dezernaten": "Dezernat", "Fachdienste": "Fachdienst"},
    **{"Referate": "Referat", "Sachgebiete": "Sachgebiet"},
}
_UNIT_LIST = re.compile(rf"\b(?P<kind>{'|'.join(_PLURAL_UNITS)})[ \t]+(?=\d|[IVX]+\b)")
# "4 (Soziales)", "40 – Schule und Bildung", "II": one numbered unit of the list, with its remit
_UNIT_ITEM = re.compile(
    r"(?P<number>\d{1,3}|[IVX]{1,5})\b(?:[ \t]*\((?P<paren>[^()]{2,60})\)"
    r"|[ \t]*[–-][ \t]*(?P<dash>[A-ZÄÖÜ][^()\n,;.]*?(?:,[ \t]*[A-ZÄÖÜ][^()\n,;.]*?)*?)"
    r"(?=,[ \t]*\d|[ \t]+(?:und|sowie)[ \t]+\d|[ \t]*[.;)]|[ \t]+(?:sowie|der|des|die|das)\b|$))?",
    re.MULTILINE,
)
_UNIT_SEPARATOR = re.compile(
    r"[ \t]*(?:,[ \t]*(?:und[ \t]+)?|[ \t]+(?:und|sowie)[ \t]+)(?=\d|[IVX]+\b)"
)


def plural_numbered_units(text: str) -> Iterator[Candidate]:
    """'die Fachbereiche 4 (Soziales) und 5 (Jugend)', 'Abteilungen 2 und 6': every number
    of a plural unit kind is a unit of that kind, named with the remit written beside it."""
    for match in _UNIT_LIST.finditer(text):
        kind = _PLURAL_UNITS[match.group("kind")]
        items, at = [], match.end()
        while (item := _UNIT_ITEM.match(text, at)) is not None:
            items.append(item)
            separator = _UNIT_SEPARATOR.match(text, item.end())
            if separator is None:
                break
            at = separator.end()
        if len(items) < 2:
            continue  # "Fachbereiche 4" alone may be a typo; a plural lists several
        for n, item in enumerate(items):
            remit = " ".join((item.group("paren") or item.group("dash") or "").split())
            name = f"{kind} {item.group('number')}" + (f" – {remit}" if remit else "")
            start = match.start() if n == 0 else item.start()
            yield Candidate(start, item.end(), "AdministrativeUnit", "pattern:plural-unit", name)
