"""Tables of projects with carrier and funding columns, set out with spaces or in Markdown
(invented names)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from relation_helpers import document_record

from ingest.textutil import column_gaps

SLIDE = (
    " Projekte und Träger\n\n"
    "Projekt                    Träger                                  Förderung\n\n"
    "LeseLust Tellau            Lindmoos-Stiftung                       Stiftungsmittel\n\n"
    "MINT-Werkstatt             Forscherhaus Rabenau e.V.               Sparkasse Tellau\n\n"
    "Bewegte Kita               Kreissportbund Tellau e.V.              FD 53 Gesundheit\n\n"
    "Die Übersicht wird jährlich fortgeschrieben.\n"
)
MARKDOWN = (
    "## Projekte\n\n| Projekt | Träger | Förderung |\n|---|---|---|\n"
    "| LeseLust Tellau | Lindmoos-Stiftung | Stiftungsmittel |\n"
    "| MINT-Werkstatt | Forscherhaus Rabenau e.V. | Sparkasse Tellau |\n"
)


def _triples(tmp_path: Path, text: str, name: str) -> set[tuple[str, str, str]]:
    record = document_record(tmp_path, text, "Landkreis Tellau", name)
    return {
        (r.subject.canonical or r.subject.text, r.predicate, r.object.canonical or r.object.text)
        for r in record.relations
        if r.predicate in ("carriedBy", "fundedBy")
    }


def test_a_slide_table_set_out_with_spaces_names_carriers_and_funders(tmp_path: Path) -> None:
    found = _triples(tmp_path, SLIDE, "folien.txt")
    assert ("MINT-Werkstatt", "carriedBy", "Forscherhaus Rabenau e.V.") in found
    assert ("MINT-Werkstatt", "fundedBy", "Sparkasse Tellau") in found
    assert ("Bewegte Kita", "carriedBy", "Kreissportbund Tellau e.V.") in found
    # the carrier's own money ("Stiftungsmittel") funds the project too
    assert ("LeseLust Tellau", "fundedBy", "Lindmoos-Stiftung") in found
    # no name runs on from one cell into the next
    names = {m.canonical or m.text for m in document_record(tmp_path, SLIDE, "", "f.txt").mentions}
    assert "Forscherhaus Rabenau e.V." in names
    assert not [n for n in names if "Werkstatt" in n and "Forscherhaus" in n]


def test_a_markdown_table_of_projects_reads_the_same(tmp_path: Path) -> None:
    found = _triples(tmp_path, MARKDOWN, "protokoll.md")
    assert ("MINT-Werkstatt", "carriedBy", "Forscherhaus Rabenau e.V.") in found
    assert ("LeseLust Tellau", "carriedBy", "Lindmoos-Stiftung") in found


def test_a_table_without_a_project_column_relates_nothing(tmp_path: Path) -> None:
    text = (
        "Termin                     Träger                                  Förderung\n\n"
        "März 2025                  Forscherhaus Rabenau e.V.               Sparkasse Tellau\n"
    )
    assert not _triples(tmp_path, text, "folien.txt")


def test_column_gaps_in_a_table_but_not_in_justified_prose() -> None:
    table = "MINT-Werkstatt  Forscherhaus Rabenau e.V.   Sparkasse Tellau"
    assert column_gaps(table) == [table.index("  "), table.index("   ")]
    justified = "Die  Stadt  Tellau  lädt  alle  Schulen  ein."
    assert column_gaps(justified) == []


_WORDS = st.lists(st.from_regex(r"[A-Za-zäöü.]{1,8}", fullmatch=True), min_size=1, max_size=8)


@given(st.lists(_WORDS, min_size=1, max_size=4), st.integers(min_value=2, max_value=6))
def test_column_gaps_point_at_the_spaces_between_cells(cells: list[list[str]], width: int) -> None:
    line = (" " * width).join(" ".join(words) for words in cells)
    gaps = column_gaps(line + "\n" + line)
    assert all(line[g % (len(line) + 1)] == " " for g in gaps)
    if width >= 3:
        assert len(gaps) == 2 * (len(cells) - 1)
    assert column_gaps(" ".join(" ".join(words) for words in cells)) == []
