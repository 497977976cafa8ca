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


INDENTED = """Kreisausschuss
Landrätin Dr. Ina Wolf

   Dezernat Jugend, Schule und Soziales
   Erster Kreisbeigeordneter Kai Lenz

      Fachbereich 4 Jugend, Schule und Soziales
      Leitung: Eva Ohm

         FD 4.1 Kinder, Jugend und Familie  (Ltg. Uwe Kranz)
         FD 4.2 Schulverwaltung und Bildung

Eigenbetrieb Jobcenter Talbrück
"""


def _in(text: str, name: str, kind: str = "AdministrativeUnit") -> Mention:
    start = text.index(name)
    line = text.count("\n", 0, start) + 1
    return Mention(name, kind, Span(start, start + len(name), line, line), "test")


def test_a_chart_drawn_by_indentation_alone_nests_each_unit_in_the_one_above() -> None:
    names = ("Dezernat Jugend, Schule und Soziales", "Fachbereich 4", "FD 4.1", "FD 4.2")
    mentions = [_in(INDENTED, "Kreisausschuss", "Body"), *(_in(INDENTED, n) for n in names)]
    mentions.append(_in(INDENTED, "Jobcenter Talbrück", "Organization"))
    pairs = {(r.subject.text, r.object.text) for r in organigram_relations(mentions, INDENTED)}
    assert pairs == {
        ("Dezernat Jugend, Schule und Soziales", "Kreisausschuss"),
        ("Fachbereich 4", "Dezernat Jugend, Schule und Soziales"),
        ("FD 4.1", "Fachbereich 4"),
        ("FD 4.2", "Fachbereich 4"),
    }


def test_one_indented_line_of_running_text_draws_no_chart() -> None:
    text = "Das Bildungsbüro berichtet.\n   Das Jugendamt arbeitet mit.\n"
    mentions = [_in(text, "Bildungsbüro"), _in(text, "Jugendamt")]
    assert organigram_relations(mentions, text) == []


def test_an_indented_line_under_another_slide_or_a_wrapped_item_hangs_from_nothing() -> None:
    text = (
        "• Eigenanteil: Stadt Talbrück und\n\nBürgerstiftung Talbrück\n Organisation\n\n"
        "Oberbürgermeisterin Dr. Ina Wolf\n\n   Dezernat III – Bildung\n   Beigeordnete Eva Ohm\n\n"
        "• 4 Grundschulen, 2 Gymnasien,\n  Berufsschule Talbrück\n"
    )
    mentions = [
        _in(text, "Stadt Talbrück", "Municipality"),
        _in(text, "Bürgerstiftung Talbrück", "Organization"),
        _in(text, "Dezernat III – Bildung"),
        _in(text, "Berufsschule Talbrück", "Organization"),
    ]
    assert organigram_relations(mentions, text) == []


def test_the_person_right_under_a_unit_of_an_indented_chart_heads_it() -> None:
    names = ("Dezernat Jugend, Schule und Soziales", "Fachbereich 4", "FD 4.1", "FD 4.2")
    mentions = [_in(INDENTED, "Kreisausschuss", "Body"), *(_in(INDENTED, n) for n in names)]
    mentions += [_in(INDENTED, p, "Person") for p in ("Dr. Ina Wolf", "Kai Lenz", "Eva Ohm")]
    heads = {
        (r.subject.text, r.object.text)
        for r in organigram_relations(mentions, INDENTED)
        if r.predicate == "memberOf"
    }
    assert heads == {
        ("Dr. Ina Wolf", "Kreisausschuss"),
        ("Kai Lenz", "Dezernat Jugend, Schule und Soziales"),
        ("Eva Ohm", "Fachbereich 4"),
    }
