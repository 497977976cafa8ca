"""Organisation charts drawn as trees of box-drawing characters.

Slides and reports print an administration's structure as a tree::

    Geschäftsbereich 2 – Bildung, Jugend und Soziales
    Leitung: Dr. Martina X
       ├ Sachgebiet 21 – Kreisjugendamt
       ├ Sachgebiet 22 – Schulen, Bildung und Kultur
       │      └ Bildungsbüro

Each branch ("├", "└") names a unit of the nearest branch above it drawn less deep, or of the
unit on the lines the tree hangs from. No sentence states these relations; the drawing does.
A chart may also be drawn by indentation alone: a unit's line is indented below the line of the
unit it belongs to, with its head's name on the line under it (who then works there)::

    Kreisausschuss
       Dezernat Jugend, Schule und Soziales
       Erster Kreisbeigeordneter X
          Fachbereich 4 Jugend, Schule und Soziales
"""

from __future__ import annotations

import bisect
import itertools
import re

from ingest.records import Mention, RelationRecord
from ingest.spans import Line, split_lines

_BRANCH = re.compile(r"^(?P<lead>[ \t│┃|]*)[├└┣┗╠╚]\s*[─━-]*\s*")
# a line hanging from a trunk ("│      ▪ Bildungsmonitoring"): a unit's task, inside the drawing
_ON_TRUNK = re.compile(r"^[ \t]*[│┃|]")
_CHILD_TYPES = frozenset({"AdministrativeUnit", "Organization", "Body"})
_PARENT_TYPES = frozenset({"AdministrativeUnit", "Organization", "Municipality", "Body"})
_PERSON = frozenset({"Person"})
_ROOT_REACH = 3  # non-blank lines above the tree that may name the unit it hangs from


def organigram_relations(mentions: list[Mention], text: str) -> list[RelationRecord]:
    """subOrganizationOf from every unit on a branch to the unit it hangs from, in trees
    drawn with box characters and in charts drawn by indentation alone."""
    lines = split_lines(text)
    named = _Named(mentions)
    return _drawn_tree(named, lines) + _indented_chart(named, lines)


class _Named:
    """The mentions in text order, to find the first of some types on a line without
    scanning all of them for every line of a long document."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.ordered = sorted(mentions, key=lambda m: m.span.start)
        self.starts = [m.span.start for m in self.ordered]

    def first(self, line: Line, types: frozenset[str]) -> Mention | None:
        """The first mention of one of ``types`` that starts on ``line``."""
        at = bisect.bisect_left(self.starts, line.start)
        end = bisect.bisect_left(self.starts, line.end, at)
        return next((m for m in self.ordered[at:end] if m.type in types), None)


def _filled_above(lines: list[Line], index: int, count: int) -> list[int]:
    """The indices of the ``count`` non-blank lines nearest above line ``index``, nearest first."""
    filled = (j for j in range(index - 1, -1, -1) if lines[j].text.strip())
    return list(itertools.islice(filled, count))


def _drawn_tree(named: _Named, lines: list[Line]) -> list[RelationRecord]:
    found: list[RelationRecord] = []
    stack: list[tuple[int, Mention]] = []  # (depth, unit) of the open branches
    root: Mention | None = None
    in_tree = False
    for index, line in enumerate(lines):
        branch = _BRANCH.match(line.text)
        if branch is None:
            if line.text.strip(" \t│┃|") and not (in_tree and _ON_TRUNK.match(line.text)):
                in_tree, stack = False, []  # any other line ends the drawing
            continue
        if not in_tree:
            in_tree, root = True, _unit_above(lines, index, named)
        depth = len(branch["lead"].expandtabs())
        while stack and stack[-1][0] >= depth:
            stack.pop()
        parent = stack[-1][1] if stack else root
        child = named.first(line, _CHILD_TYPES)
        if child is None:
            continue
        if parent is not None:
            found.append(
                RelationRecord(child, "subOrganizationOf", parent, child.span, "layout:organigram")
            )
        stack.append((depth, child))
    return found


def _unit_above(lines: list[Line], index: int, named: _Named) -> Mention | None:
    """The unit named on the closest of the few lines a tree hangs from ('Leitung: …' lines
    name a person, not the unit)."""
    for j in _filled_above(lines, index, _ROOT_REACH):
        unit = named.first(lines[j], _PARENT_TYPES)
        if unit is not None:
            return unit
    return None


_CHART_LINE = 100  # characters: a chart's line holds a name, maybe its head; no paragraph
_CHART_REACH = 8  # non-blank lines up to the unit an indented one belongs to
_CHART_DEPTH = 24  # columns: a chart indents a few spaces per level


def _indented_chart(named: _Named, lines: list[Line]) -> list[RelationRecord]:
    """subOrganizationOf from a unit whose line is indented to the nearest unit above it on a
    line indented less. Only lines that open with a unit's name and state no sentence count,
    and the chart needs two such lines indented, so an indented paragraph draws nothing."""
    units: dict[int, tuple[int, Mention]] = {}
    for index, line in enumerate(lines):
        name = line.text.strip()
        if not name or len(name) > _CHART_LINE or name.endswith(".") or _BRANCH.match(line.text):
            continue
        opening = line.start + len(line.text) - len(line.text.lstrip())
        first = named.first(line, _PARENT_TYPES)
        if first is not None and first.span.start == opening:
            units[index] = (_indent(line.text), first)
    if sum(1 for depth, _ in units.values() if depth > 0) < 2:
        return []
    found: list[RelationRecord] = []
    for index, (depth, child) in units.items():
        if not 0 < depth <= _CHART_DEPTH or child.type not in _CHILD_TYPES:
            continue  # (a cell far right in a table's row is no level of a chart)
        above = _filled_above(lines, index, _CHART_REACH)
        if above and lines[above[0]].text.rstrip().endswith((",", ";", "-", "–")):
            continue  # the wrapped rest of a list item above ("2 Gymnasien," / "Berufsschule X")
        parent = _chart_parent(lines, units, above, depth)
        if parent is not None:
            found.append(
                RelationRecord(child, "subOrganizationOf", parent, child.span, "layout:indented")
            )
    return found + _heads_under_units(named, lines, units)


def _heads_under_units(
    named: _Named, lines: list[Line], units: dict[int, tuple[int, Mention]]
) -> list[RelationRecord]:
    """memberOf from the person a chart names on the line right under a unit, drawn as deep
    ('Kreisausschuss' / 'Landrätin X', 'Fachbereich 4' / 'Leitung: Y'): the unit's head."""
    found: list[RelationRecord] = []
    for above in units:
        below = above + 1  # the very next line, no blank one between
        if below >= len(lines) or below in units:
            continue
        line = lines[below]
        if _indent(line.text) != units[above][0] or len(line.text.strip()) > _CHART_LINE:
            continue
        person = named.first(line, _PERSON)
        if person is not None and not line.text.strip().endswith("."):
            found.append(
                RelationRecord(person, "memberOf", units[above][1], person.span, "layout:head")
            )
    return found


def _indent(text: str) -> int:
    return len(text.expandtabs()) - len(text.expandtabs().lstrip())


def _chart_parent(
    lines: list[Line], units: dict[int, tuple[int, Mention]], above: list[int], depth: int
) -> Mention | None:
    """The nearest unit above drawn less deep. Lines between may be heads written under their
    unit ('Kreisausschuss' / 'Landrätin X'); any other line drawn less deep, a sentence or a
    drawn tree ends the chart."""
    for k, j in enumerate(above):
        text = lines[j].text
        if text.strip().endswith(".") or _BRANCH.match(text):
            return None
        if j in units:
            if units[j][0] < depth:
                return units[j][1]
            continue
        under_unit = k + 1 < len(above) and units.get(above[k + 1], (-1, None))[0] == _indent(text)
        if _indent(text) < depth and not under_unit:
            return None
    return None
