"""Names a defined short form makes: "zum Kommunalen Integrationszentrum (KI)".

An adjective and an institution's kind alone describe ("ein regionales Bildungszentrum"), so
the naming rules leave them; once the text gives the phrase a short form its words spell, the
writer uses it as a proper name, and the short form is carried through the document like any
other defined abbreviation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ingest import naming
from ingest.abbreviations import abbreviates
from ingest.candidates import Candidate

_KIND_HEADS = (
    ("Organization", re.compile(f"{naming.SEATED_INSTITUTION}|{naming.ORG_COMPOUND}")),
    (
        "AdministrativeUnit",
        re.compile(f"{naming.OFFICE_COMPOUND}|{naming.AMT_COMPOUND}|{naming.STELLE_UNIT}"),
    ),
)
_ADJECTIVE = re.compile(naming.ADJ_REGEX)
_DEFINED = re.compile(
    r"(?P<words>(?:\b[A-ZÄÖÜ][a-zäöüß]+[ \t]*\n?[ \t]*){1,3}?)"
    r"(?P<head>\b[A-ZÄÖÜ][a-zäöüß-]+)[ \t]*\n?[ \t]*"
    r"\((?P<short>[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,9})\)"
)


def _kind_of(head: str) -> str | None:
    return next((kind for kind, regex in _KIND_HEADS if regex.match(head)), None)


def defined_names(text: str, found: Iterable[Candidate]) -> Iterator[Candidate]:
    """Adjective + institution kind phrases right before a short form they spell, where no
    naming rule found a name already."""
    taken = [(c.start, c.end) for c in found]
    for match in _DEFINED.finditer(text):
        kind = _kind_of(match["head"])
        if kind is None:
            continue
        words = match["words"].split()
        while words and not all(_ADJECTIVE.match(w) for w in words):
            words = words[1:]  # "zum Kommunalen": only the adjectives belong to the name
        if not words:
            continue
        surface_start = match.start("words") + match["words"].index(words[0])
        surface = " ".join([*words, match["head"]])
        canonical = naming.canonical_name(surface)
        if not abbreviates(match["short"], canonical):
            continue
        end = match.end("head")
        if any(start < end and surface_start < stop for start, stop in taken):
            continue
        yield Candidate(surface_start, end, kind, "pattern:defined-abbreviation", canonical)
