"""Planning documents -> needs -> transfer objects: what a planner relies on when matching."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search.api import Searcher
from search.index_store import build_index
from search.matching import match_document, matches_json
from search.needs import read_needs, split_needs

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
WORK_PLAN = REPO / "corpus" / "bildungskommune-arbeitspakete.txt"
TARGETS = REPO / "corpus" / "eisenach-zielvereinbarung-transmit.txt"
CATALOGUE = "musterstadt-transferkatalog"


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory) -> Searcher:
    store = ox.Store()
    store.load((FIXTURES / "search_graph.trig").read_bytes(), format=ox.RdfFormat.TRIG)
    return Searcher(build_index(store, tmp_path_factory.mktemp("index"), progress=False))


def test_work_plan_splits_into_its_thirteen_work_packages() -> None:
    text, needs = read_needs(WORK_PLAN)
    assert [n.label.split()[:2] for n in needs] == [["AP", str(i)] for i in range(1, 14)]
    assert {n.kind for n in needs} == {"workPackage"}
    for need in needs:
        start, end = need.span
        assert text[start:end].startswith(need.label.split(" ", 2)[0] + " ")
    ends = [n.span[1] for n in needs]
    assert all(e <= s for e, s in zip(ends, [n.span[0] for n in needs[1:]], strict=False))
    ap3 = needs[2]
    assert ap3.text.startswith("AP 3 Bildungskonferenzen: ")
    assert "Durchführung" in ap3.text  # repaired OCR ("Durchfiihrung") is what gets matched


def test_goal_table_splits_into_goals_and_optionally_measures() -> None:
    text, goals = read_needs(TARGETS)
    assert len(goals) == 5 and {n.kind for n in goals} == {"goal"}
    assert "Bildungsmonitoring" in goals[-1].text
    assert not any(re.search(r"\b\d{1,2}/20\d\d\b", n.text) for n in goals)  # time frames out
    _, measures = read_needs(TARGETS, measures=True)
    assert len(measures) > len(goals)
    assert all(
        any(g.span[0] <= m.span[0] < g.span[1] for g in goals) for m in measures
    )  # every measure stands inside a goal row


def test_fixture_plan_with_work_packages_and_goal_table() -> None:
    _, needs = read_needs(FIXTURES / "docs" / "musterstadt-arbeitsplan.txt")
    assert [n.kind for n in needs] == ["workPackage"] * 3 + ["goal"] * 2
    assert needs[3].label == "Aufbau eines Bildungsmonitorings"


def test_lists_are_needs_when_a_document_has_no_work_packages(tmp_path: Path) -> None:
    doc = tmp_path / "bedarfe.md"
    doc.write_text(
        "# Unsere Bedarfe\n\n- Eltern mit wenig Bildungserfahrung besser erreichen\n"
        "- Übergang von der Kita in die Grundschule abstimmen\n- 3/2024 bis 9/2024\n"
        "1. Einen Bildungsbericht mit Kennzahlen erstellen\n",
        encoding="utf-8",
    )
    text, needs = read_needs(doc)
    assert [n.kind for n in needs] == ["item"] * 3
    assert needs[1].text == "Übergang von der Kita in die Grundschule abstimmen"
    assert text[needs[2].span[0] : needs[2].span[1]].endswith("Kennzahlen erstellen")


def test_running_text_falls_back_to_paragraphs() -> None:
    text = (
        "Wir wollen die Bildungsberatung in den Stadtteilen ausbauen und bekannter machen.\n\n"
        "Kurz.\n\nAußerdem soll eine jährliche Konferenz alle Bildungsakteure zusammenbringen.\n"
    )
    needs = split_needs(text)
    assert [n.kind for n in needs] == ["paragraph", "paragraph"]
    assert text[needs[1].span[0] : needs[1].span[1]].startswith("Außerdem soll")


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(["Aufbau", "Bildung", "Netzwerk", "Übergänge", "Daten"]),
                 min_size=3, max_size=8),
        min_size=1, max_size=6,
    )
)  # fmt: skip
def test_every_work_package_is_found_with_a_span_on_its_own_text(
    packages: list[list[str]],
) -> None:
    text = "Arbeitsplan\n\n" + "\n\n".join(
        f"AP {i} {words[0]}: {' '.join(words[1:])}" for i, words in enumerate(packages, start=1)
    )
    needs = split_needs(text)
    assert len(needs) == len(packages)
    for i, need in enumerate(needs, start=1):
        assert text[need.span[0] : need.span[1]].startswith(f"AP {i} ")


def test_match_json_has_the_documented_shape(searcher: Searcher) -> None:
    results = match_document(FIXTURES / "docs" / "musterstadt-arbeitsplan.txt", k=2,
                             searcher=searcher)  # fmt: skip
    doc = matches_json(results)
    assert set(doc) == {"needs"} and len(doc["needs"]) == 5
    for need in doc["needs"]:
        assert set(need) == {"need", "span", "matches"}
        assert isinstance(need["span"], list) and need["span"][0] < need["span"][1]
        assert 1 <= len(need["matches"]) <= 2
        scores = [m["score"] for m in need["matches"]]
        assert scores == sorted(scores, reverse=True)
        for m in need["matches"]:
            assert set(m) == {"unit", "label", "score", "evidence"}
            assert m["unit"].startswith(f"{CATALOGUE}#") and m["evidence"]


def test_needs_find_the_transfer_object_that_solves_them(searcher: Searcher) -> None:
    plan = (FIXTURES / "docs" / "musterstadt-arbeitsplan.txt").read_text(encoding="utf-8")
    top = {r.need.label: r.matches[0].unit for r in match_document(plan, searcher=searcher)}
    assert top["AP 3 Bildungskonferenz"] == f"{CATALOGUE}#2.3.1"
    assert top["AP 2 Bildungsmonitoring"] == f"{CATALOGUE}#2.1.1"
