"""Bullet lists headed by a municipality's name alone on its line.

Slides and reports of two partners sort their offices by owner: "Landkreis X" on a line of
its own, then "• Bildungsbüro im Fachdienst Schulverwaltung", then "Stadt Y" and its own
bullets. An office in such a list is the heading municipality's, whoever publishes the
document. The list ends at the first line that is neither a bullet, nor a bullet's indented
continuation, nor blank.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.records import Mention
from ingest.spans import split_lines

_BULLET_OR_CONTINUATION = re.compile(r"^(?:\s*[\ufffd•▪●◦*\-–]\s|\s{2,}\S)")
_HEAD_PUNCTUATION = re.compile(r"^[\s:*_#]*$")

TownAt = Callable[[int], tuple[str, str] | None]  # offset -> (municipality, as written)


def headed_list_towns(original: str, towns: list[Mention]) -> TownAt:
    """Offset -> the municipality whose name heads the bullet list holding it, if any."""
    lines = split_lines(original)
    areas: list[tuple[int, int, tuple[str, str]]] = []
    for i, line in enumerate(lines):
        on_line = [t for t in towns if line.start <= t.span.start and t.span.end <= line.end]
        if len(on_line) != 1:
            continue
        town = on_line[0]
        rest = original[line.start : town.span.start] + original[town.span.end : line.end]
        if not _HEAD_PUNCTUATION.match(rest):
            continue
        end = line.end
        for below in lines[i + 1 :]:
            if not (below.blank or _BULLET_OR_CONTINUATION.match(below.text)):
                break
            end = below.end
        if end > line.end:
            areas.append((line.end, end, (town.canonical or town.text, town.text)))

    def town_at(offset: int) -> tuple[str, str] | None:
        return next((town for start, end, town in areas if start <= offset < end), None)

    return town_at
