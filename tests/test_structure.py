"""Sections and list items: what search chunking, provenance and the UI outline rely on."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold import load_gold
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.records import Section
from ingest.spans import LineIndex, span_in
from ingest.structure import parse_list_items, parse_sections

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"


def _read(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def leipzig() -> tuple[str, list[Section]]:
    text = _read("leipzig-transferkatalog.txt")
    return text, parse_sections(text)


def _by_key(sections: list[Section]) -> dict[str, Section]:
    return {s.key: s for s in sections}


def test_span_lines_are_one_based() -> None:
    text = "eins\nzwei\ndrei\n"
    assert span_in(text, 0, 4).line_start == 1
    span = LineIndex(text).span(5, 14)
    assert (span.line_start, span.line_end) == (2, 3)


def test_leipzig_chapters_nest_by_their_numbers(leipzig: tuple[str, list[Section]]) -> None:
    _, sections = leipzig
    keys = _by_key(sections)
    assert keys["3.3.2"].parent == "3.3"
    assert keys["3.3"].parent == "3"
    assert keys["3.3.3.2"].parent == "3.3.3"
    assert keys["3.3.2"].title == "Diskurs in Leipzig"
    assert keys["3.5.3.12"].level == 4


def test_leipzig_every_transfer_object_has_its_section(leipzig: tuple[str, list[Section]]) -> None:
    _, sections = leipzig
    gold = load_gold("transfer_objects.json")
    rows = gold if isinstance(gold, list) else gold.get("leipzig-transferkatalog", [])
    numbers = {r["section"] for r in rows if isinstance(r, dict) and "section" in r}
    assert numbers, "gold lists the catalogue's masks"
    assert numbers <= set(_by_key(sections))


def test_footnotes_lists_and_running_headers_are_no_sections(
    leipzig: tuple[str, list[Section]],
) -> None:
    text, sections = leipzig
    keys = [s.key for s in sections]
    assert len(keys) == len(set(keys))
    assert "4" not in keys  # "4 Berufliche Ausbildung" is an item of a report outline
    assert not any(k.startswith("anlage") for k in keys)  # attachments quoted in an agenda
    assert sum(1 for s in sections if s.key.startswith("3.")) == 46


@pytest.mark.parametrize(
    "name", sorted(p.name for p in CORPUS.glob("*.*") if p.suffix in {".txt", ".md"})
)
def test_sections_cover_the_document_and_nest(name: str) -> None:
    text = _read(name)
    sections = parse_sections(text)
    assert sections
    assert not text[: sections[0].span.start].strip()
    assert sections[-1].span.end == len(text) or max(s.span.end for s in sections) == len(text)
    keys = _by_key(sections)
    for s in sections:
        if s.parent:
            parent = keys[s.parent]
            assert parent.span.start <= s.span.start and s.span.end <= parent.span.end


def test_markdown_headings_are_cleaned_and_levelled() -> None:
    sections = parse_sections(_read("bismit-kennzahlenvergleich-2021.md"))
    bismit = [s for s in sections if s.title == "BiSMit"]
    assert bismit and bismit[0].level == 3  # "### **BiSMit**"
    assert any(s.title == "Links zu den einzelnen Projekten" and s.level == 4 for s in sections)
    assert not any("**" in s.title or "\\" in s.title for s in sections)


def test_slide_titles_become_sections() -> None:
    titles = [s.title for s in parse_sections(_read("transmit-vorstellung-2015.txt"))]
    assert {"Gliederung", "Organisation", "Förderziel", "Kontakte"} <= set(titles)
    assert "Standorten" not in titles


def test_annexes_and_work_packages_are_sections() -> None:
    eisenach = [s.key for s in parse_sections(_read("eisenach-zielvereinbarung-transmit.txt"))]
    assert eisenach == ["anlage-1", "anlage-2"]
    aps = [
        s
        for s in parse_sections(_read("bildungskommune-arbeitspakete.txt"))
        if s.key.startswith("AP ")
    ]
    assert [s.key for s in aps] == [f"AP {n}" for n in range(1, 14)]


def test_list_items_join_wrapped_lines_and_know_their_section() -> None:
    text = _read("transmit-vorstellung-2015.txt")
    items = parse_list_items(text, parse_sections(text))
    texts = [i.text for i in items]
    assert "Bundesweites Netzwerk von neun Agenturen an 14 Standorten" in texts
    assert "Träger: Deutsches Jugendinstitut (DJI)" in texts
    assert next(i for i in items if i.text.startswith("Träger:")).section == "organisation"


def test_replacement_character_bullets_are_items() -> None:
    text = _read("eisenach-zielvereinbarung-transmit.txt")
    items = parse_list_items(text, parse_sections(text))
    item = next(
        i for i in items if i.text.startswith("Entwicklung einer strategischen Zielsetzung")
    )
    assert item.marker == "\ufffd"
    assert item.text.endswith("thematischen Schwerpunkten:")
    assert (item.span.line_start, item.span.line_end) == (9, 14)
    assert item.section == "anlage-1"


def test_markdown_list_items_drop_markers_and_markup() -> None:
    text = _read("bismit-kennzahlenvergleich-2021.md")
    items = parse_list_items(text, parse_sections(text))
    assert any(i.text == "9:00 - 9:15 Uhr Begrüßung durch Jenny Richter" for i in items)
    assert all(not i.text.startswith(("▶", "- ")) for i in items)


_TITLE_WORDS = st.sampled_from(["Ziele", "Daten", "Diskurs", "Beratung", "Übergänge", "Netzwerk"])


@st.composite
def _outline(draw: st.DrawFn) -> list[tuple[str, int]]:
    """A random but valid chapter numbering: (number, depth) in document order."""
    out: list[tuple[str, int]] = []
    for top in range(1, draw(st.integers(1, 3)) + 1):
        out.append((str(top), 1))
        for sub in range(1, draw(st.integers(0, 3)) + 1):
            out.append((f"{top}.{sub}", 2))
            for leaf in range(1, draw(st.integers(0, 2)) + 1):
                out.append((f"{top}.{sub}.{leaf}", 3))
    return out


@settings(max_examples=40, deadline=None)
@given(_outline(), _TITLE_WORDS)
def test_numbered_outlines_are_recovered(outline: list[tuple[str, int]], word: str) -> None:
    body = "Fließtext mit einem Satz, der nichts gliedert.\n\n"
    text = "".join(f"{number} {word} {number}\n\n{body}" for number, _ in outline)
    sections = parse_sections(text)
    assert [s.key for s in sections] == [n for n, _ in outline]
    for s in sections:
        expected = s.key.rsplit(".", 1)[0] if "." in s.key else None
        assert s.parent == expected


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_any_text_parses_into_nested_sections(text: str) -> None:
    sections = parse_sections(text)
    keys = {s.key for s in sections}
    assert len(keys) == len(sections)
    for s in sections:
        assert 0 <= s.span.start <= s.span.end <= len(text)
        assert s.parent is None or s.parent in keys
    parse_list_items(text, sections)


def test_headings_are_found_in_the_repaired_text_that_repair_shifted() -> None:
    from ingest.repair import repair
    from ingest.spans import split_lines
    from ingest.structure import heading_starts, section_in_repaired

    original = (
        "Bericht\n\n1 Einleitung\n\n"
        + "Die\t\tStadt\t\tTellau\t\tund\t\tder\t\tKreis\t\tRabenau\t\tarbeiten.\n" * 6
        + "\n2 Umsetzung\n\nDas Bildungsbüro plant die Treffen.\n"
    )
    repaired = repair(original, spell=False)
    assert len(repaired.text) < len(original)  # tabs collapsed: offsets differ from here on
    sections = parse_sections(repaired.text, repaired.span)
    lines = split_lines(repaired.text)
    starts = heading_starts(lines, sections, repaired.span)
    assert {ln.text for ln in lines if ln.start in starts} >= {"1 Einleitung", "2 Umsetzung"}
    plans = repaired.text.index("Das Bildungsbüro")
    assert section_in_repaired(sections, plans, repaired.span) == "2"
