"""Product type of a transfer object: Strukturlösung, Instrument, Verfahrensweise, Modellprojekt.

The template prints all four types and the author ticks one; PDF extraction loses the tick. A
type printed alone, or next to a tick mark ("[x] Instrument", "☒ Instrument"), is taken as
stated. Otherwise the type is inferred from cue words in the title and short description:
each cue votes for a type, and the confidence is the margin of the winner over the runner-up.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from ingest.mask_headings import fold

PRODUCT_TYPES: dict[str, str] = {  # type -> folded stem of its name
    "Strukturlösung": "strukturloesung",
    "Instrument": "instrument",
    "Verfahrensweise": "verfahrensweise",
    "Modellprojekt": "modellprojekt",
}

# Domain cue words (folded); a word matches a cue when it starts or ends with it (compounds).
# fmt: off
TYPE_CUES: dict[str, tuple[str, ...]] = {
    "Strukturlösung": (
        "gremium", "gremien", "steuerungskreis", "lenkungsgruppe", "arbeitskreis", "beirat",
        "stelle", "struktur", "netzwerk", "koordination", "koordinierung", "vereinbarung",
        "kooperation", "tandem", "buero", "geschaeftsstelle", "verankerung", "tisch", "runde",
        "forum", "ausschuss", "verbund", "buendnis",
    ),
    "Instrument": (
        "bericht", "report", "leitfaden", "leitlinien", "portal", "datenbank", "newsletter",
        "broschuere", "katalog", "produktheft", "heft", "flyer", "konzept", "handbuch",
        "kompass", "checkliste", "instrument", "website", "monitoring", "atlas",
    ),
    "Verfahrensweise": (
        "verfahren", "prozess", "workshop", "beteiligung", "vorgehen", "methode", "dialog",
        "konferenz", "veranstaltung", "treffen", "stunde", "marketing", "kampagne", "moderation",
    ),
    "Modellprojekt": ("modellprojekt", "modell", "pilot", "projekt", "erprobung", "kurs"),
}
# fmt: on
_WEIGHTS = {"title": 3.0, "kurzbeschreibung": 1.0}
_MAX_HITS_PER_CUE = 3
_TICK = r"(?:\[[xX✓✔]\]|\([xX✓✔]\)|[☒☑✓✔■▣◉●]|\b[xX]\b)"


@dataclass(frozen=True)
class ProductTypeGuess:
    """A product type with how sure we are, why, and whether the document stated it."""

    type: str | None
    confidence: float
    evidence: str
    inferred: bool


def _printed_types(text: str) -> list[tuple[int, str]]:
    folded = fold(text)
    return sorted(
        (match.start(), name)
        for name, stem in PRODUCT_TYPES.items()
        for match in re.finditer(stem, folded)
    )


def stated_product_type(field_text: str) -> str | None:
    """The type a PRODUKTTYP field states: the only one printed, or the only one ticked."""
    printed = _printed_types(field_text)
    names = {name for _, name in printed}
    if len(names) == 1:
        return names.pop()
    ticked = {
        name
        for name, stem in PRODUCT_TYPES.items()
        if re.search(_TICK + r"\s*" + stem, fold(field_text).replace("☐", " "))
    }
    return ticked.pop() if len(ticked) == 1 else None


def _cue_hits(text: str) -> dict[tuple[str, str], int]:
    hits: dict[tuple[str, str], int] = defaultdict(int)
    for word in re.findall(r"[a-z]+", fold(text)):
        for type_name, cues in TYPE_CUES.items():
            cue = next((c for c in cues if word.startswith(c) or word.endswith(c)), None)
            if cue is not None:  # one vote per word and type: 'Modellprojekt' is one cue
                hits[(type_name, cue)] = min(hits[(type_name, cue)] + 1, _MAX_HITS_PER_CUE)
    return hits


def infer_product_type(title: str, short_description: str) -> ProductTypeGuess:
    """Score the four types by cue words; confidence = (best - second) / best."""
    scores: dict[str, float] = defaultdict(float)
    evidence: list[tuple[float, str]] = []
    for place, text in (("title", title), ("kurzbeschreibung", short_description)):
        for (type_name, cue), count in _cue_hits(text).items():
            weight = _WEIGHTS[place] * count
            scores[type_name] += weight
            evidence.append((weight, f"{place}: {cue}→{type_name} (+{weight:g})"))
    if not scores:
        return ProductTypeGuess(None, 0.0, "no cue words", True)
    ranked = sorted(scores.values(), reverse=True)
    best = max(scores, key=lambda name: scores[name])
    second = ranked[1] if len(ranked) > 1 else 0.0
    confidence = round((ranked[0] - second) / ranked[0], 3)
    notes = "; ".join(note for _, note in sorted(evidence, key=lambda e: -e[0])[:8])
    return ProductTypeGuess(best, confidence, notes, True)


def product_type(type_field: str | None, title: str, short_description: str) -> ProductTypeGuess:
    """The stated type when the mask states one, else the inferred one."""
    if type_field:
        stated = stated_product_type(type_field)
        if stated is not None:
            return ProductTypeGuess(stated, 1.0, f"stated in PRODUKTTYP: {type_field[:80]}", False)
    return infer_product_type(title, short_description)
