"""Search evaluation: the report users read (BM25 / dense / hybrid) and its building blocks."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from graph.store import new_store
from search.api import Searcher
from search.evaluation import METRICS, ascii_fold, evaluate_search, one_typo, score
from search.index_store import load_index
from ui.cli_search import register

FIXTURE = Path(__file__).parent / "fixtures" / "search_graph.trig"
CATALOGUE = "musterstadt-transferkatalog"
QUERIES: list[dict[str, Any]] = [
    {"id": "q1", "query": "jährliches Treffen aller Bildungsakteure",
     "qrels": {f"{CATALOGUE}#2.3.1": 2, "musterkreis-arbeitspakete": 1}},
    {"id": "q2", "query": "Bildungsbericht mit Kennzahlen und Indikatoren",
     "qrels": {f"{CATALOGUE}#2.1.1": 2}},
    {"id": "q3", "query": "Eltern an Grundschulen erreichen", "qrels": {f"{CATALOGUE}#2.4.1": 2}},
]  # fmt: skip


def cli() -> click.Group:
    @click.group()
    def main() -> None: ...

    @main.group(name="eval")
    def eval_group() -> None: ...

    register(main, eval_group)
    return main


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A data folder with the fixture graph as current store and its index built by the CLI."""
    base = tmp_path_factory.mktemp("data")
    with new_store(base) as store:
        store.load(FIXTURE.read_bytes(), format=ox.RdfFormat.TRIG)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TRANSFERATLAS_DATA", str(base))
        result = CliRunner().invoke(cli(), ["index", "--data", str(base)])
        assert result.exit_code == 0, result.output
        yield base


@pytest.fixture(scope="module")
def qrels_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("qrels") / "queries.jsonl"
    path.write_text("\n".join(json.dumps(q, ensure_ascii=False) for q in QUERIES) + "\n", "utf-8")
    return path


def test_report_has_bm25_dense_and_hybrid_rows_with_metrics_in_range(
    data: Path, qrels_file: Path
) -> None:
    report = evaluate_search(qrels_file, Searcher(load_index(data / "index")))
    assert report["queries"] == 3
    for mode in ("bm25", "dense", "hybrid"):
        assert set(report[mode]) == set(METRICS)
        assert all(0.0 <= v <= 1.0 for v in report[mode].values())
    assert report["hybrid"]["recall@50"] == 1.0  # every judged unit is reachable
    assert report["hybrid"]["mrr@10"] >= 0.5
    for row in report["robustness"].values():
        assert 0.0 <= row["top1_agreement"] <= 1.0


def test_perfect_and_useless_rankings_score_one_and_zero() -> None:
    qrels: dict[str, dict[str, int]] = {q["id"]: q["qrels"] for q in QUERIES}
    perfect = {qid: sorted(g, key=lambda u: -g[u]) for qid, g in qrels.items()}
    assert set(score(qrels, perfect).values()) == {1.0}
    useless = {qid: ["nothing-relevant"] for qid in qrels}
    assert set(score(qrels, useless).values()) == {0.0}


def test_cli_prints_the_documented_json(data: Path, qrels_file: Path) -> None:
    result = CliRunner().invoke(
        cli(), ["eval", "search", "--qrels", str(qrels_file), "--json", "--data", str(data)]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert {"bm25", "dense", "hybrid", "queries"} <= set(report)
    assert set(report["hybrid"]) == {"ndcg@10", "mrr@10", "recall@10", "recall@50"}


def test_cli_search_and_match(data: Path) -> None:
    found = CliRunner().invoke(cli(), ["search", "Elternarbeit", "--json", "-k", "2",
                                       "--data", str(data)])  # fmt: skip
    assert found.exit_code == 0, found.output
    assert json.loads(found.output)[0]["unit"] == f"{CATALOGUE}#2.4.1"
    plan = Path(__file__).parent / "fixtures" / "docs" / "musterstadt-arbeitsplan.txt"
    matched = CliRunner().invoke(cli(), ["match", str(plan), "--json", "--data", str(data)])
    assert matched.exit_code == 0, matched.output
    assert len(json.loads(matched.output)["needs"]) == 5


def test_ascii_fold_spells_umlauts_out() -> None:
    assert ascii_fold("Übergang für Schüler und Weiß") == "Uebergang fuer Schueler und Weiss"


@given(st.lists(st.text(alphabet="abcdefghäöüß", min_size=1, max_size=12), min_size=1,
                max_size=5).map(" ".join))  # fmt: skip
def test_one_typo_swaps_two_inner_letters_of_the_longest_word(query: str) -> None:
    typo = one_typo(query)
    assert typo == one_typo(query) and len(typo) == len(query)
    changed = [i for i, (a, b) in enumerate(zip(query, typo, strict=True)) if a != b]
    assert changed == [] or (len(changed) == 2 and changed[1] == changed[0] + 1)
    if changed:
        assert sorted(query) == sorted(typo)
        assert query[changed[0] - 1].isalpha() and query[changed[1] + 1].isalpha()
