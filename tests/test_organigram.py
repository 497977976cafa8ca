"""Organisation charts drawn with box-drawing characters: which unit hangs from which."""

from __future__ import annotations

from ingest.organigram import organigram_relations
from ingest.records import Mention, Span

CHART = """Geschäftsbereich 2 – Bildung
Leitung: Dr. Martina Ober

   ├ Sachgebiet 21 – Kreisjugendamt
   ├ Sachgebiet 22 – Schulen
   │      └ Bildungsbüro
   └ Sachgebiet 24 – Integration

Das Bildungsbüro arbeitet mit dem Jobcenter.
"""


def _mention(name: str, kind: str = "AdministrativeUnit") -> Mention:
    start = CHART.index(name)
    line = CHART.count("\n", 0, start) + 1
    return Mention(name, kind, Span(start, start + len(name), line, line), "test")


def test_each_branch_hangs_from_the_unit_drawn_above_it() -> None:
    units = [
        _mention(name)
        for name in (
            "Geschäftsbereich 2",
            "Sachgebiet 21",
            "Sachgebiet 22",
            "Bildungsbüro",
            "Sachgebiet 24",
        )
    ]
    person = _mention("Martina Ober", "Person")
    after = _mention("Jobcenter", "Organization")
    pairs = {
        (r.subject.text, r.object.text)
        for r in organigram_relations([*units, person, after], CHART)
        if r.predicate == "subOrganizationOf"
    }
    assert pairs == {
        ("Sachgebiet 21", "Geschäftsbereich 2"),
        ("Sachgebiet 22", "Geschäftsbereich 2"),
        ("Bildungsbüro", "Sachgebiet 22"),
        ("Sachgebiet 24", "Geschäftsbereich 2"),
    }


def test_text_without_a_drawing_states_nothing() -> None:
    text = "Das Bildungsbüro arbeitet mit dem Jobcenter."
    office = Mention("Bildungsbüro", "AdministrativeUnit", Span(4, 16, 1, 1), "test")
    assert organigram_relations([office], text) == []


TASKS = """Fachbereich 3
   ├── Fachdienst 40
   │      └── Bildungsbüro
   │             ▪ Bildungsmonitoring
   │
   └── Fachbereich 5
          └── Fachdienst 51
"""


def test_a_units_tasks_on_the_trunk_do_not_end_the_drawing() -> None:
    def unit(name: str) -> Mention:
        start = TASKS.index(name)
        line = TASKS.count("\n", 0, start) + 1
        return Mention(name, "AdministrativeUnit", Span(start, start + len(name), line, line), "t")

    names = ("Fachbereich 3", "Fachdienst 40", "Bildungsbüro", "Fachbereich 5", "Fachdienst 51")
    pairs = {
        (r.subject.text, r.object.text)
        for r in organigram_relations([unit(n) for n in names], TASKS)
    }
    assert pairs == {
        ("Fachdienst 40", "Fachbereich 3"),
        ("Bildungsbüro", "Fachdienst 40"),
        ("Fachbereich 5", "Fachbereich 3"),
        ("Fachdienst 51", "Fachbereich 5"),
    }
