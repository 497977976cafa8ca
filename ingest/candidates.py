"""A mention candidate before overlaps are resolved, and how candidates outrank each other."""

from __future__ import annotations

from dataclasses import dataclass, field

PRIORITY = {"abbreviation": -1, "pattern": 0, "gazetteer": 0, "list": 1, "propagated": 2}


@dataclass
class Candidate:
    """A typed span of the text with the rule that found it and its canonical name."""

    start: int
    end: int
    type: str
    method: str
    canonical: str
    attributes: dict[str, str] = field(default_factory=dict)

    @property
    def rank(self) -> tuple[int, int, int]:
        kind = "abbreviation" if self.method == "propagated:abbreviation" else self.method
        return (-(self.end - self.start), PRIORITY[kind.split(":")[0]], self.start)


Learned = dict[str, tuple[str, str, bool, str]]  # name -> (type, canonical, case, method)
