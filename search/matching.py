"""Needs -> solutions: for each need of a planning document the transfer objects that answer it.

A need is searched like a query, but only transfer objects count as solutions (a section of
another plan is no solution). The hybrid searcher embeds the whole need text as one query and
scores its analysed terms with BM25, so a long work package ("Konzeption, Organisation und
Durchführung, Nacharbeit") still meets the catalogue's own wording in either retriever. The
reason shown for each match is the best-matching passage with its mask field.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from search.api import Hit, Searcher, get_searcher
from search.chunking import FIELD_HEADINGS
from search.hybrid import rrf
from search.needs import Need, read_needs, split_needs

SOLUTION_KINDS = ("transfer_object", "field")  # chunks that belong to a transfer object
MAX_QUERY_WORDS = 200  # e5 reads about 512 tokens; longer needs are cut for the embedding
CANDIDATE_UNITS = 20  # units per ranking that take part in the label/need fusion
LABEL_WEIGHT = 1.0  # the label ranking counts as much as the whole need's


@dataclass
class Match:
    """One transfer object proposed for a need, with the passage that justifies it."""

    unit: str
    label: str
    score: float
    evidence: str
    field: str = ""
    resource: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"unit": self.unit, "label": self.label, "score": self.score,
                "evidence": self.evidence}  # fmt: skip


@dataclass
class NeedMatches:
    """A need and its best transfer objects."""

    need: Need
    matches: list[Match] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "need": self.need.text,
            "span": [self.need.span[0], self.need.span[1]],
            "matches": [m.to_json() for m in self.matches],
        }


def evidence_of(hit: Hit) -> str:
    """The hit's passage, prefixed by the mask field it comes from ("Ziele: …")."""
    heading = FIELD_HEADINGS.get(hit.evidence_field, "")
    return f"{heading}: {hit.evidence}" if heading else hit.evidence


def need_query(need: Need, limit: int = MAX_QUERY_WORDS) -> str:
    """The text searched for a need (whole need, cut only where the model would cut)."""
    parts = need.text.split()
    return need.text if len(parts) <= limit else " ".join(parts[:limit])


def rank_need(searcher: Searcher, need: Need, mode: str, depth: int) -> list[tuple[Hit, float]]:
    """Hits for a need: the whole need fused (RRF) with its label, best first.

    A work package's label names its topic ("Leitbildentwicklung"); its description lists
    generic activities ("Konzeption, Umsetzung, Formulierung") that every mask's methods share.
    Searching the label on its own as well keeps the topic in front.
    """
    lists = {"need": searcher.search(need_query(need), k=depth, mode=mode, group="unit",
                                     kinds=SOLUTION_KINDS)}  # fmt: skip
    if need.label and fold_words(need.label) != fold_words(need.text):
        lists["label"] = searcher.search(need.label, k=depth, mode=mode, group="unit",
                                         kinds=SOLUTION_KINDS)  # fmt: skip
    best: dict[str, Hit] = {}
    for hits in reversed(list(lists.values())):  # the whole need's evidence wins
        best.update({h.unit: h for h in hits})
    fused = rrf({name: [h.unit for h in hits] for name, hits in lists.items()},
                weights={"need": 1.0, "label": LABEL_WEIGHT})  # fmt: skip
    return [(best[unit], score) for unit, score in fused]


def fold_words(text: str) -> list[str]:
    return text.lower().split()


def match_needs(
    needs: Sequence[Need], *, k: int = 3, searcher: Searcher | None = None, mode: str = "hybrid"
) -> list[NeedMatches]:
    """For every need its ``k`` best transfer objects (hybrid search, transfer objects only)."""
    searcher = searcher or get_searcher()
    out: list[NeedMatches] = []
    for need in needs:
        ranked = rank_need(searcher, need, mode, depth=max(k, CANDIDATE_UNITS))
        matches = [
            Match(h.unit, h.label, round(score, 6), evidence_of(h), h.evidence_field, h.id)
            for h, score in ranked
            if h.type == "TransferObject"
        ][:k]
        out.append(NeedMatches(need, matches))
    return out


def match_document(
    path_or_text: Path | str,
    *,
    k: int = 3,
    searcher: Searcher | None = None,
    measures: bool = False,
) -> list[NeedMatches]:
    """Split a planning document (file path or its text) into needs and match each one."""
    is_file = isinstance(path_or_text, Path) or (
        "\n" not in path_or_text and len(path_or_text) < 1024 and Path(path_or_text).is_file()
    )
    if is_file:
        _, needs = read_needs(path_or_text, measures=measures)
    else:
        needs = split_needs(str(path_or_text), measures=measures)
    return match_needs(needs, k=k, searcher=searcher)


def matches_json(results: Sequence[NeedMatches]) -> dict[str, Any]:
    """The JSON object of `transferatlas match --json`."""
    return {"needs": [r.to_json() for r in results]}
