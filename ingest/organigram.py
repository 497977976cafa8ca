"""Organisation charts drawn as trees of box-drawing characters.

Slides and reports print an administration's structure as a tree::

    Geschäftsbereich 2 – Bildung, Jugend und Soziales
    Leitung: Dr. Martina X
       ├ Sachgebiet 21 – Kreisjugendamt
       ├ Sachgebiet 22 – Schulen, Bildung und Kultur
       │      └ Bildungsbüro

Each branch ("├", "└") names a unit of the nearest branch above it drawn less deep, or of the
unit on the lines the tree hangs from. No sentence states these relations; the drawing does.
"""

from __future__ import annotations

import re

from ingest.records import Mention, RelationRecord
from ingest.spans import Line, split_lines

_BRANCH = re.compile(r"^(?P<lead>[ \t│┃|]*)[├└┣┗╠╚]\s*[─━-]*\s*")
# a line hanging from a trunk ("│      ▪ Bildungsmonitoring"): a unit's task, inside the drawing
_ON_TRUNK = re.compile(r"^[ \t]*[│┃|]")
_CHILD_TYPES = frozenset({"AdministrativeUnit", "Organization", "Body"})
_PARENT_TYPES = frozenset({"AdministrativeUnit", "Organization", "Municipality", "Body"})
_ROOT_REACH = 3  # non-blank lines above the tree that may name the unit it hangs from


def organigram_relations(mentions: list[Mention], text: str) -> list[RelationRecord]:
    """subOrganizationOf from every unit on a branch to the unit it hangs from."""
    lines = split_lines(text)
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
            in_tree, root = True, _unit_above(lines, index, mentions)
        depth = len(branch["lead"].expandtabs())
        while stack and stack[-1][0] >= depth:
            stack.pop()
        parent = stack[-1][1] if stack else root
        child = _first_unit(mentions, line, _CHILD_TYPES)
        if child is None:
            continue
        if parent is not None:
            found.append(
                RelationRecord(child, "subOrganizationOf", parent, child.span, "layout:organigram")
            )
        stack.append((depth, child))
    return found


def _first_unit(mentions: list[Mention], line: Line, types: frozenset[str]) -> Mention | None:
    on_line = [m for m in mentions if line.start <= m.span.start < line.end and m.type in types]
    return min(on_line, key=lambda m: m.span.start, default=None)


def _unit_above(lines: list[Line], index: int, mentions: list[Mention]) -> Mention | None:
    """The unit named on the closest of the few lines a tree hangs from ('Leitung: …' lines
    name a person, not the unit)."""
    above = [ln for ln in lines[:index] if ln.text.strip()][-_ROOT_REACH:]
    for line in reversed(above):
        unit = _first_unit(mentions, line, _PARENT_TYPES)
        if unit is not None:
            return unit
    return None
