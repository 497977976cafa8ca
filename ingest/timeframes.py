"""Dates and time frames as planning documents write them, normalised to ISO 8601.

Plans and minutes write "1/2016 bis 10/2016", "9-10/ 2015", "Ab 10/2016", "Juni 2015",
"bis 30.06.2021" or "Ende April 2021". Graph and UI want one comparable form: a date
("2021-06-30"), a month ("2016-01") or an interval ("2016-01/2016-10", open ends as "..").
"""

from __future__ import annotations

import re

MONTHS = {
    "januar": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "maerz": 3, "mär": 3, "april": 4,
    "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}  # fmt: skip
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"(?:19|20)\d{2}"
_POINT = (
    rf"(?:\d{{1,2}}\.\d{{1,2}}\.(?:{_YEAR}|\d{{2}})(?!\d)"
    rf"|\d{{1,2}}\s*[/.]\s*{_YEAR}(?!\d)"
    rf"|(?:(?:Anfang|Mitte|Ende)\s+)?(?:{_MONTH_NAMES})\.?\s+{_YEAR}"
    rf"|{_YEAR}(?!\d))"
)
_SEP = r"\s*(?:bis(?:\s+zum)?|–|—|-)\s*"
_MONTH_RANGE = rf"\d{{1,2}}\s*[-–]\s*\d{{1,2}}\s*/\s*{_YEAR}"
TIME_FRAME = re.compile(
    rf"(?<![\w/.])(?:(?:[Aa]b|[Bb]is(?:\s+zum)?|[Ss]eit)\s+)?"
    rf"(?:{_MONTH_RANGE}|{_POINT}(?:{_SEP}{_POINT})?)",
    re.IGNORECASE,
)


def _point(text: str) -> str | None:
    """One date, month or year -> ISO form."""
    t = text.strip().rstrip(".")
    if m := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})", t):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        year = year + 2000 if year < 100 else year
        return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
    if m := re.fullmatch(rf"(\d{{1,2}})\s*[/.]\s*({_YEAR})", t):
        month = int(m[1])
        return f"{m[2]}-{month:02d}" if 1 <= month <= 12 else None
    if m := re.fullmatch(
        rf"(?:(?:Anfang|Mitte|Ende)\s+)?({_MONTH_NAMES})\.?\s+({_YEAR})", t, re.IGNORECASE
    ):
        return f"{m[2]}-{MONTHS[m[1].lower()]:02d}"
    if re.fullmatch(_YEAR, t):
        return t
    return None


def normalise_time_frame(text: str) -> str | None:
    """ISO 8601 form of a written date or time frame, or None when none is recognisable.

    'bis X' is a deadline and gives X itself; 'ab X' gives the open interval 'X/..'.
    """
    t = re.sub(r"\s+", " ", text).strip().rstrip(".,;")
    t = re.sub(r"\s*\blfd\b\.?$", "", t, flags=re.IGNORECASE)
    if m := re.fullmatch(rf"(\d{{1,2}})\s*[-–]\s*(\d{{1,2}})\s*/\s*({_YEAR})", t):
        a, b = int(m[1]), int(m[2])
        if 1 <= a <= 12 and 1 <= b <= 12:
            return f"{m[3]}-{a:02d}/{m[3]}-{b:02d}"
        return None
    prefix = re.match(r"(ab|bis(?: zum)?|seit)\s+", t, re.IGNORECASE)
    if prefix:
        rest = t[prefix.end() :]
        if single := _point(rest):
            return f"{single}/.." if prefix[1].lower() in ("ab", "seit") else single
        t = rest
    parts = re.split(r"\s*(?:\bbis(?: zum)?\b|–|—|(?<=\d)\s*-\s*(?=\S))\s*", t, maxsplit=1)
    if len(parts) == 2:
        start, end = _point(parts[0]), _point(parts[1])
        if start and end:
            return f"{start}/{end}"
        if start and not parts[1].strip():
            return f"{start}/.."
        return None
    return _point(t)


def find_time_frames(text: str) -> list[tuple[int, int, str]]:
    """(start, end, written form) of every date or time frame in `text`.

    A bare year counts only inside a range ('2022 -2027'), so that prose years stay prose.
    """
    found: list[tuple[int, int, str]] = []
    for m in TIME_FRAME.finditer(text):
        written = m.group(0).strip()
        if re.fullmatch(rf"(?:(?:ab|bis|seit)\s+)?{_YEAR}", written, re.IGNORECASE):
            continue
        if normalise_time_frame(written) is not None or re.search(r"\d\s*[-–]\s*$", written):
            found.append((m.start(), m.end(), re.sub(r"\s+", " ", written)))
    return found
