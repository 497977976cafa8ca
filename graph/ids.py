"""Identifiers shared by every layer: the slug that turns a German name into an IRI segment.

One function (defined in ingest, the lowest layer) so that the ontology's concept IRIs, the
graph builder and the extraction derive the same IRI from the same name
("Übergänge" -> "uebergaenge"); IRIs are never truncated.
"""

from __future__ import annotations

from ingest.textutil import slugify as _slugify


def slugify(text: str) -> str:
    """Lowercase ASCII slug with umlauts spelled out (ä -> ae, ß -> ss), full length."""
    return _slugify(text, max_length=None)
