"""Search quality against graded judgments: BM25 only, dense only and hybrid from one run.

Queries and qrels come from a JSONL file (``{"id", "query", "qrels": {unit: grade}}``); every
mode ranks evaluation units (``group="unit"``), and ranx computes nDCG@10, MRR@10, Recall@10 and
Recall@50. Robustness asks whether users who type without umlauts or with one slip of the
finger get the same best hit as with the correct spelling.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ranx import Qrels, Run, evaluate

from search.api import MODES, Searcher

METRICS = ("ndcg@10", "mrr@10", "recall@10", "recall@50")
DEPTH = 50
_ASCII = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}


@dataclass(frozen=True)
class Judged:
    """One evaluation query and its graded relevant units."""

    id: str
    query: str
    qrels: dict[str, int]


def read_queries(path: Path | str) -> list[Judged]:
    """Queries of a qrels JSONL file (blank lines skipped)."""
    out: list[Judged] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            grades = {unit: int(g) for unit, g in row.get("qrels", {}).items()}
            out.append(Judged(str(row["id"]), str(row["query"]), grades))
    return out


def ascii_fold(query: str) -> str:
    """How users without a German keyboard type: ä -> ae, ß -> ss."""
    return "".join(_ASCII.get(c, c) for c in query)


def one_typo(query: str) -> str:
    """Deterministic typo: swap the two middle letters of the longest word (first that differ)."""
    words = query.split()
    if not words:
        return query
    i = max(range(len(words)), key=lambda n: (len(words[n]), -n))
    word = words[i]
    inner = range(1, len(word) - 2)  # first and last letter stay
    for j in sorted(inner, key=lambda p: (abs(p - (len(word) - 1) / 2 + 0.5), p)):
        if word[j] != word[j + 1] and word[j].isalpha() and word[j + 1].isalpha():
            words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
            break
    return " ".join(words)


def ranking(searcher: Searcher, query: str, mode: str, depth: int = DEPTH) -> list[str]:
    """Units best first for one query and retriever mode."""
    return [hit.unit for hit in searcher.search(query, k=depth, mode=mode, group="unit")]


def to_run(rankings: dict[str, list[str]]) -> dict[str, dict[str, float]]:
    """Rank-based scores (no ties), with a placeholder for queries without any hit."""
    return {
        qid: {unit: float(len(units) - r) for r, unit in enumerate(units)} or {"\x00none": 0.0}
        for qid, units in rankings.items()
    }


def score(qrels: dict[str, dict[str, int]], rankings: dict[str, list[str]]) -> dict[str, float]:
    """ranx metrics of one mode's rankings."""
    result = evaluate(Qrels.from_dict(qrels), Run.from_dict(to_run(rankings)), list(METRICS))
    return {m: round(float(result[m]), 4) for m in METRICS}


def robustness(
    searcher: Searcher, queries: Iterable[Judged], mode: str = "hybrid"
) -> dict[str, Any]:
    """Share of changed queries whose top-1 unit equals that of the correct spelling."""
    out: dict[str, Any] = {}
    queries = list(queries)
    for name, variant in (("ascii_fold", ascii_fold), ("typo", one_typo)):
        same = changed = 0
        for q in queries:
            other = variant(q.query)
            if other == q.query:
                continue
            changed += 1
            base = ranking(searcher, q.query, mode, depth=1)
            same += int(base[:1] == ranking(searcher, other, mode, depth=1)[:1])
        out[name] = {"top1_agreement": round(same / changed, 4) if changed else 1.0,
                     "queries": changed}  # fmt: skip
    return out


def evaluate_search(
    qrels_file: Path | str, searcher: Searcher, *, with_robustness: bool = True
) -> dict[str, Any]:
    """``{"bm25": {metric: value}, "dense": …, "hybrid": …, "queries": N}`` (+ robustness)."""
    queries = read_queries(qrels_file)
    qrels = {q.id: {u: g for u, g in q.qrels.items() if g > 0} for q in queries}
    qrels = {qid: grades for qid, grades in qrels.items() if grades}
    judged = [q for q in queries if q.id in qrels]
    report: dict[str, Any] = {}
    for mode in MODES:
        rankings = {q.id: ranking(searcher, q.query, mode) for q in judged}
        report[mode] = score(qrels, rankings)
    report = {m: report[m] for m in ("bm25", "dense", "hybrid")}
    report["queries"] = len(judged)
    if with_robustness:
        report["robustness"] = robustness(searcher, judged)
    return report
