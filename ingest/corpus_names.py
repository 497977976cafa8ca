"""Names shared across the corpus: what one document defines, others may use bare.

A protocol says "IAB" or "Start „Bildung integriert“" without the cue that made the name
recognisable where it was introduced. Ingest extracts every document once, collects the short
forms and programme names each defines, and extracts again the documents that use names
defined elsewhere (both passes are cached by content and borrowed names).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from ingest.names import name_pattern
from ingest.naming import KNOWN_ACRONYMS
from ingest.records import Mention

CorpusNames = dict[str, tuple[str, str]]  # name -> (type, canonical)

_SHARED_TYPES = frozenset({"Organization", "AdministrativeUnit", "Body", "Programme"})
_MIN_SHARED = 3  # "AG", "LK", "ÖA" mean different things in different documents


def shareable_names(mentions: Iterable[Mention]) -> CorpusNames:
    """Names one document defines that others may use bare: short forms given in parentheses
    or as a seat ('HTWK' of 'HTWK Leipzig') and programme names written with a cue."""
    names: CorpusNames = {}
    for mention in mentions:
        if mention.type not in _SHARED_TYPES or mention.method.startswith("propagated"):
            continue
        short = mention.attributes.get("abbreviation")
        canonical = mention.canonical or mention.text
        if short and len(short) >= _MIN_SHARED and short not in KNOWN_ACRONYMS:
            names.setdefault(short, (mention.type, canonical))
        coined = mention.method == "pattern:camel-case"
        if mention.type == "Programme" and not coined and len(canonical) > _MIN_SHARED:
            names.setdefault(canonical, ("Programme", canonical))
    return names


def borrowed_names(text: str, defined: dict[Path, CorpusNames], own: Path) -> CorpusNames:
    """Names other documents define that the text of ``own`` uses but does not define."""
    mine = defined.get(own, {})
    borrowed: CorpusNames = {}
    for path, names in sorted(defined.items()):
        if path == own:
            continue
        for name, entry in sorted(names.items()):
            if name in mine or name in borrowed:
                continue
            if re.search(name_pattern(name), text):
                borrowed[name] = entry
    return borrowed
