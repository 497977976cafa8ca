"""German coordination ellipsis: "Fachkräfte- und Auszubildendengewinnung" is short for
"Fachkräftegewinnung und Auszubildendengewinnung". The shared head is not marked, so every
split of the last compound is a reading; callers keep the reading a vocabulary knows."""

from __future__ import annotations

import re

_ELLIPSIS = re.compile(
    r"^(?P<first>[A-ZÄÖÜ][\wäöüßÄÖÜ]*)-\s+(?:und|oder|sowie|bzw\.)\s+(?P<last>[A-ZÄÖÜ][a-zäöüß]+)$"
)
_MIN_PART = 3


def ellipsis_readings(phrase: str) -> list[tuple[str, str]]:
    """(first conjunct written out, last conjunct) for every head the two could share,
    longest head first; [] when the phrase is no suspended-hyphen coordination."""
    match = _ELLIPSIS.match(phrase.strip())
    if not match:
        return []
    first, last = match.group("first"), match.group("last")
    readings = []
    for cut in range(_MIN_PART, len(last) - _MIN_PART + 1):
        head = last[cut:]
        joined = f"{first}{head}" if first[-1].islower() else f"{first}-{head.capitalize()}"
        readings.append((joined, last))
    return readings
