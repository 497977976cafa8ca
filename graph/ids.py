"""Identifiers shared by every layer: the slug that turns a German name into an IRI segment.

One function so that the ontology's concept IRIs, the graph builder and the extraction all
derive the same IRI from the same name ("Übergänge" -> "uebergaenge").
"""

from __future__ import annotations

import re
import unicodedata

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Lowercase ASCII slug: umlauts spelled out (ä->ae, ß->ss), other accents dropped,
    every run of other characters a single "-", no "-" at either end.

    Idempotent, so a slug can be passed through again without changing it.
    """
    lowered = text.lower().translate(_UMLAUTS)
    decomposed = unicodedata.normalize("NFKD", lowered).lower()
    base_letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_ALNUM.sub("-", base_letters).strip("-")
