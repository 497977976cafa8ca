"""Work packages, goals, milestones and to-dos: what the measure views and matching rely on."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.build import measure_alt_labels, written_measure_labels
from ingest.entities import extract_mentions
from ingest.planning import parse_measures
from ingest.records import DocumentRecord, Measure, Span
from ingest.repair import repair
from ingest.scoped_relations import extract_measure_relations
from ingest.structure import parse_sections
from ingest.timeframes import find_time_frames, normalise_time_frame

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
DOCS = REPO / "tests" / "fixtures" / "docs"


def _measures(path: Path) -> list[Measure]:
    text = path.read_text(encoding="utf-8")
    return parse_measures(text, parse_sections(text))


@pytest.fixture(scope="module")
def eisenach() -> list[Measure]:
    return _measures(CORPUS / "eisenach-zielvereinbarung-transmit.txt")


def test_all_thirteen_work_packages_with_titles() -> None:
    packages = [m for m in _measures(CORPUS / "bildungskommune-arbeitspakete.txt")]
    assert [m.key for m in packages] == [f"AP {n}" for n in range(1, 14)]
    assert all(m.kind == "workPackage" for m in packages)
    labels = {m.key: m.label for m in packages}
    assert labels["AP 1"] == "AP 1 Grundlagen und Analyse der Ausgangssituation"
    assert labels["AP 3"] == "AP 3 Bildungskonferenzen"
    assert labels["AP 9"] == "AP 9 Netzwerkarbeit"
    ap5 = next(m for m in packages if m.key == "AP 5")
    assert "Aufbau und Organisation eines Bildungsbeirates" in ap5.text  # block runs past blanks
    assert "AP 6" not in ap5.text


def test_goals_carry_priority_and_time_frame(eisenach: list[Measure]) -> None:
    goals = [m for m in eisenach if m.kind == "goal"]
    assert [g.key for g in goals] == [f"ziel-{n}" for n in range(1, 6)]
    assert [g.priority for g in goals] == ["hoch", "hoch", "mittel", "hoch", "hoch"]
    assert goals[0].time_frame == "1/2016 bis 10/2016"
    assert goals[0].due == "2016-01/2016-10"
    assert (
        goals[4].label
        == "(Weiter-) Entwicklung der Nutzung steuerungsrelevanter Daten (Bildungsmonitoring)"
    )
    assert goals[3].time_frame == "3/2016- 9/2016"


def test_first_measures_are_linked_to_their_goal(eisenach: list[Measure]) -> None:
    measures = [m for m in eisenach if m.kind == "measure"]
    keys = {m.key for m in measures}
    assert "ziel-1/massnahme-1" in keys
    qualifying = next(m for m in measures if m.label == "Qualifizierung von Personal")
    assert qualifying.key.startswith("ziel-5/")
    assert not any(find_time_frames(m.label) == [(0, len(m.label), m.label)] for m in measures)


def test_milestones_carry_dates_and_responsible_parties(eisenach: list[Measure]) -> None:
    milestones = [m for m in eisenach if m.kind == "milestone"]
    assert len(milestones) >= 12
    first = milestones[0]
    assert first.label == "Einleitende Gespräche"
    assert first.due == "2015-06"
    assert first.responsible == ["Stadt Eisenach", "TransMit"]
    dated = [m for m in milestones if m.due]
    assert len(dated) >= len(milestones) - 1
    assert any(m.due == "2016-10/.." for m in milestones)  # "Ab 10/2016 lfd."
    assert all(m.section == "anlage-2" for m in milestones)


SLIDE_MILESTONES = """Meilensteine 2023 – 2026

Meilenstein Zeitraum Verantwortlich Status

M1 Stellenbesetzung und Auftakt
04 – 06/2023
GB 2 / Bildungsbüro
✓ erledigt

M2 Bildungsleitbild: Entwurf und Beschluss
im Kreistag
03/2025 (Entwurf), 07/2025 (Beschluss)
Bildungsbüro / Bildungsbeirat
○ in Arbeit

M3 Zweiter Bildungsbericht
bis 12/2025
Landrat
○ geplant
"""


def test_milestone_rows_printed_one_cell_per_line_with_symbol_status() -> None:
    milestones = [
        m for m in parse_measures(SLIDE_MILESTONES, parse_sections(SLIDE_MILESTONES))
        if m.kind == "milestone"
    ]  # fmt: skip
    assert [m.label for m in milestones] == [
        "M1 Stellenbesetzung und Auftakt",
        "M2 Bildungsleitbild: Entwurf und Beschluss im Kreistag",
        "M3 Zweiter Bildungsbericht",
    ]
    assert [m.responsible for m in milestones] == [
        ["GB 2", "Bildungsbüro"],
        ["Bildungsbüro", "Bildungsbeirat"],
        ["Landrat"],
    ]
    assert milestones[2].due is not None and milestones[2].due.endswith("2025-12")


GOALS_WITH_FIELD_COLUMN = """Anlage 1: Ziele und Maßnahmen

Priorität Ziel Handlungsfeld Maßnahmen Verantwortung Zeitrahmen

1.

hoch

\ufffd Datenbasierte Steuerung ausbauen
Bildungsmonitoring

\ufffd 1.1 Fortschreibung des Bildungsatlas
Landkreis (Bildungsbüro)
\ufffd 5/2023 – 10/2024

\ufffd 1.2 Gemeinsamer Jour fixe von Bildungsbüro und Landesamt
RLSB, Landkreis, Transferstelle
\ufffd ab 4/2023 vierteljährlich
"""


def test_a_goal_cell_over_its_field_and_measures_over_their_parties_and_times() -> None:
    """The flattened Handlungsfeld cell under a goal is no part of its title, and neither are
    the responsible parties under a measure nor its time cell a measure of its own."""
    text = GOALS_WITH_FIELD_COLUMN
    measures = parse_measures(text, parse_sections(text))
    assert [(m.kind, m.label) for m in measures] == [
        ("goal", "Datenbasierte Steuerung ausbauen"),
        ("measure", "1.1 Fortschreibung des Bildungsatlas"),
        ("measure", "1.2 Gemeinsamer Jour fixe von Bildungsbüro und Landesamt"),
    ]
    relations = extract_measure_relations(measures, extract_mentions(text), text)
    assert {(r.subject.text, r.object.text) for r in relations} == {
        ("Datenbasierte Steuerung ausbauen", "Bildungsmonitoring")
    }


def test_todos_of_minutes_with_party_and_due_date() -> None:
    todos = [
        m for m in _measures(CORPUS / "bismit-kennzahlenvergleich-2021.md") if m.kind == "todo"
    ]
    assert len(todos) == 7
    sending = next(t for t in todos if t.label.startswith("Übermittlung der Kennzahlauswahl"))
    assert sending.responsible == ["Kommunen"]
    assert sending.due == "2021-05-07"
    joint = next(t for t in todos if t.label.startswith("gemeinsame Erarbeitung"))
    assert joint.responsible == ["BiSMit", "Kommunen"]
    assert next(t for t in todos if "Rückinfo" in t.label).due == "2021-04"


def test_unseen_work_plan_of_another_city() -> None:
    measures = _measures(DOCS / "musterstadt-arbeitsplan.txt")
    packages = [m for m in measures if m.kind == "workPackage"]
    assert [m.label for m in packages] == [
        "AP 1 Bestandsaufnahme", "AP 2 Bildungsmonitoring", "AP 3 Bildungskonferenz",
    ]  # fmt: skip
    goals = {m.key: m for m in measures if m.kind == "goal"}
    assert goals["ziel-1"].label == "Aufbau eines Bildungsmonitorings"
    assert (goals["ziel-2"].priority, goals["ziel-2"].due) == ("niedrig", "2025-01/2025-06")
    linked = [m.label for m in measures if m.key.startswith("ziel-2/")]
    assert linked == ["Konzept für eine Beratungsstelle", "Suche nach Räumen"]


def test_an_overview_of_work_packages_described_further_on_gives_one_measure_each() -> None:
    text = (
        "Übersicht der Arbeitspakete\n\nAP 1 Bestandsaufnahme\nAP 2 Bildungskonferenzen\n\n"
        "Seite 2\n\nAP 1 Bestandsaufnahme: Erhebung der Bildungsakteure in den Stadtteilen,\n"
        "Auswertung vorhandener Daten.\n\nAP 2 Bildungskonferenzen: jährliche Konferenz mit\n"
        "wechselnden Schwerpunkten.\n"
    )
    packages = [m for m in parse_measures(text, parse_sections(text)) if m.kind == "workPackage"]
    assert [m.key for m in packages] == ["AP 1", "AP 2"]
    assert "Erhebung der Bildungsakteure" in packages[0].text


def test_unseen_minutes_todos() -> None:
    todos = [m for m in _measures(DOCS / "musterstadt-protokoll.md") if m.kind == "todo"]
    assert [(t.responsible, t.due) for t in todos] == [
        (["Bildungsbüro"], "2023-06-30"), (["Stadt Musterstadt"], None),
    ]  # fmt: skip
    assert todos[1].time_frame == "zum nächsten Treffen"


_MONTH = st.integers(1, 12)
_YEAR = st.integers(1990, 2060)


@given(_MONTH, _YEAR, _MONTH, _YEAR, st.sampled_from([" bis ", "-", " – ", "- ", " bis\n"]))
def test_month_ranges_normalise_to_iso_intervals(
    m1: int, y1: int, m2: int, y2: int, sep: str
) -> None:
    written = f"{m1}/{y1}{sep}{m2}/{y2}"
    assert normalise_time_frame(written) == f"{y1}-{m1:02d}/{y2}-{m2:02d}"
    found = find_time_frames(f"Zeitraum {written} geplant")
    assert len(found) == 1 and normalise_time_frame(found[0][2]) == normalise_time_frame(written)


_DAYS = st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))


@given(_DAYS, st.sampled_from(["bis ", "bis zum ", ""]))
def test_dates_normalise_to_iso_dates(day: date, prefix: str) -> None:
    written = f"{prefix}{day:%d.%m.%Y}"
    assert normalise_time_frame(written) == f"{day:%Y-%m-%d}"


@given(_MONTH, _YEAR)
def test_open_intervals_and_month_names(month: int, year: int) -> None:
    assert normalise_time_frame(f"Ab {month}/{year} lfd.") == f"{year}-{month:02d}/.."
    names = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]  # fmt: skip
    assert normalise_time_frame(f"Ende {names[month - 1]} {year}") == f"{year}-{month:02d}"


@settings(max_examples=200)
@given(st.text(max_size=60))
def test_normaliser_never_fails_on_arbitrary_text(text: str) -> None:
    result = normalise_time_frame(text)
    assert result is None or result[:2] in {"19", "20", ".."}
    for start, end, written in find_time_frames(text):
        assert 0 <= start < end <= len(text) and written


def test_a_measure_ends_where_the_next_goal_or_the_term_begins() -> None:
    text = (
        "Ziel 1: Aufbau eines Bildungsmonitorings\n"
        "Maßnahme 1: Erster Bildungsbericht bis Ende 2024\n"
        "Maßnahme 2: AG Bildungsdaten mit dem Jugendamt\n"
        "Ziel 2: Stärkung der Bildungsberatung\n"
        "Maßnahme 1: Netzwerk Bildungsberatung mit der Volkshochschule Rabenau\n\n"
        "Laufzeit: 01.01.2024 bis 31.12.2025\n"
    )
    measures = parse_measures(text, parse_sections(text))
    texts = [m.text for m in measures if m.kind == "workPackage"]
    assert all("Ziel" not in t and "Laufzeit" not in t for t in texts), texts
    assert len(texts) == 3


def test_coded_measures_are_found_by_code_and_title() -> None:
    span = Span(0, 1, 1, 1)
    coded = Measure("AP 6", "AP 6 Aufbau von Kooperationsstrukturen", "", span)
    assert measure_alt_labels(coded) == ["AP 6", "Aufbau von Kooperationsstrukturen"]
    assert measure_alt_labels(Measure("ziel-1", "Transparenz schaffen", "", span)) == []
    numbered = Measure("ziel-2/massnahme-3", "2.3 Elternabende in mehreren Sprachen", "", span)
    assert measure_alt_labels(numbered)[1] == "Elternabende in mehreren Sprachen"
    assert measure_alt_labels(Measure("ziel-2", "2. Ziel", "", span)) == []


def test_work_packages_as_markdown_headings_with_their_action_field() -> None:
    text = (
        "# Arbeitsplan\n\n## AP 1 Bildungsmonitoring aufbauen\n\n**Handlungsfeld:** "
        "Bildungsmonitoring\n\n**Ziele:** Eine Datengrundlage liegt vor.\n\n"
        "## AP 2 Frühe Bildung stärken\n\n**Handlungsfeld:** Frühe Bildung\n"
    )
    measures = parse_measures(text, parse_sections(text))
    assert [m.label for m in measures] == [
        "AP 1 Bildungsmonitoring aufbauen",
        "AP 2 Frühe Bildung stärken",
    ]
    fields = {
        (r.subject.text.split(" ", 2)[1], r.object.canonical)
        for r in extract_measure_relations(measures, extract_mentions(text))
    }
    assert ("1", "Bildungsmonitoring") in fields
    assert ("2", "Frühkindliche Bildung") in fields


def goals_and_measures(record: DocumentRecord) -> dict[str, Measure]:
    """A plan's goals and measures by label (no work packages, milestones or to-dos)."""
    return {m.label: m for m in record.measures if m.kind in ("goal", "measure")}


def extracted_plan(tmp_path: Path, doc_id: str, text: str, publisher: str) -> DocumentRecord:
    """The whole pipeline over a plan written to a text file (imported late: it loads spaCy)."""
    from ingest.pipeline import extract_document

    path = tmp_path / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return extract_document(path, doc_id, {"publisher": publisher})


CONCEPT = (
    "3 Handlungsfelder, Ziele und Maßnahmen\n\n"
    "Handlungsfeld 1: Integration durch Bildung\n\n"
    "Maßnahme 1.1 Sprachmittlerpool für Kitas (zugleich Handlungsfeld 2)\n"
    "Federführung: Fachdienst 51 – Jugend und Familie\n"
    "Partner: Kreisvolkshochschule Tellau, Jobcenter Tellau\n"
    "Priorität: hoch | Zeitrahmen: 2025-2027\n\n"
    "Handlungsfeld 2: Fachkräfte und Lebenslanges Lernen\n\n"
    "Maßnahme 2.1 Weiterbildungsverbund Tellau\n"
    "Federführung: Bildungsbüro\n"
)


def test_measures_under_field_headings_address_those_fields_and_keep_a_short_title(
    tmp_path: Path,
) -> None:
    record = extracted_plan(tmp_path, "konzept", CONCEPT, "Landkreis Tellau")
    labels = {m.key: m.label for m in record.measures}
    assert labels["Maßnahme 1.1"] == "Maßnahme 1.1 Sprachmittlerpool für Kitas"
    addressed = {
        (r.subject.text.split()[1], r.object.canonical or r.object.text)
        for r in record.relations
        if r.predicate == "addressesActionField"
    }
    assert ("1.1", "Integration/Migration") in addressed  # the scheme's field of that name
    assert ("1.1", "Fachkräfte und Lebenslanges Lernen") in addressed
    assert ("2.1", "Fachkräfte und Lebenslanges Lernen") in addressed
    # a measure's lead and partners are its parties, not a stated cooperation of theirs
    assert not [r for r in record.relations if r.predicate == "cooperatesWith"]


# A goal table whose cells PDF extraction flattened: theme, goal, then per measure a
# priority (on the measure's line), the measure and its time frame.
THEMED_TABLE = (
    "Anlage 1: Ziele, Maßnahmen und Zeitrahmen\n\n"
    "Themenschwerpunkt Ziel Priorität Maßnahmen Zeitraum\n\n"
    "1 Bildungs-\nmonitoring\n\n"
    "Ziel 1: Die Verwaltung\nplant mit Daten\n\n"
    "hoch \ufffd M 1.1 Indikatoren\nabstimmen\n\n"
    "03/2025 –\n09/2025\n\n"
    "\ufffd M 1.2 Erster Bericht\nfür Tellau\n\n"
    "laufend\n\n"
    "2 Übergang\nKita –\nGrundschule\n\n"
    "Ziel 2: Kinder wechseln\nbegleitet in die Schule\n\n"
    "mittel \ufffd M 2.1 Gemeinsame\nHospitationen\n\n"
    "ab 2026\n\n"
    "niedrig \ufffd M 2.2 Elternabende in\nRabenau (zugleich\nThemenschwerpunkt 1)\n\n"
    "2026 – 2027\n\n"
    "Hinweise zur Umsetzung:\n"
    "\ufffd Für M 1.1 ist das Bildungsbüro verantwortlich.\n"
)


def test_flattened_goal_table_with_theme_column_gives_goals_and_their_measures(
    tmp_path: Path,
) -> None:
    record = extracted_plan(tmp_path, "anlagen", THEMED_TABLE, "Stadt Tellau")
    items = goals_and_measures(record)
    assert set(items) == {
        "Ziel 1: Die Verwaltung plant mit Daten",
        "M 1.1 Indikatoren abstimmen",
        "M 1.2 Erster Bericht für Tellau",
        "Ziel 2: Kinder wechseln begleitet in die Schule",
        "M 2.1 Gemeinsame Hospitationen",
        "M 2.2 Elternabende in Rabenau",  # the remark is no part of the title
    }
    assert [
        items[k].priority
        for k in (
            "M 1.1 Indikatoren abstimmen",
            "M 1.2 Erster Bericht für Tellau",
            "M 2.1 Gemeinsame Hospitationen",
        )
    ] == ["hoch", "hoch", "mittel"]
    assert items["M 2.2 Elternabende in Rabenau"].priority == "niedrig"
    assert items["M 1.1 Indikatoren abstimmen"].due == "2025-03/2025-09"
    assert items["M 1.2 Erster Bericht für Tellau"].time_frame == "laufend"
    assert items["M 2.1 Gemeinsame Hospitationen"].key == "ziel-2/massnahme-1"
    addressed = {
        (r.subject.text, r.object.canonical)
        for r in record.relations
        if r.predicate == "addressesActionField"
    }
    assert ("M 1.2 Erster Bericht für Tellau", "Bildungsmonitoring") in addressed
    assert (
        "Ziel 2: Kinder wechseln begleitet in die Schule",
        "Übergang Kita–Grundschule",
    ) in addressed
    assert ("M 2.1 Gemeinsame Hospitationen", "Übergang Kita–Grundschule") in addressed
    assert ("M 2.2 Elternabende in Rabenau", "Bildungsmonitoring") in addressed  # by number
    assert ("M 2.1 Gemeinsame Hospitationen", "Bildungsmonitoring") not in addressed
    assert not any("Hinweise" in m.text for m in record.measures)  # the table ends there


def test_rows_of_a_time_plan_are_no_second_work_packages() -> None:
    text = (
        "AP 1 Grundlagen und Analyse: Bestandsaufnahme der Gremien\n"
        "Verantwortlich: Bildungsbüro\n\n"
        "AP 2 Bildungsleitbild: Beteiligung und Beschluss\n\n"
        "Zeitplan (Quartale)          2025        2026\n"
        "AP 1  Grundlagen/ Analyse    x x\n"
        "AP 2  Bildungsleitbild         x x  x  x\n"
    )
    keys = [m.key for m in parse_measures(text, parse_sections(text))]
    assert keys == ["AP 1", "AP 2"]


def test_a_measure_cell_is_titled_by_what_comes_before_its_details() -> None:
    from ingest.goaltables import measure_title

    assert measure_title("Aufbau eines Bildungsbeirates; vorgesehen sind Vertreter der IHK") == (
        "Aufbau eines Bildungsbeirates"
    )
    assert (
        measure_title(
            "Einrichtung einer Lenkungsgruppe Bildung unter Leitung des Fachbereichsleiters"
        )
        == "Einrichtung einer Lenkungsgruppe Bildung"
    )
    assert measure_title("Fortführung des Arbeitskreises (Träger: Kammer)") == (
        "Fortführung des Arbeitskreises"
    )
    assert measure_title("Qualifizierung von Personal") == "Qualifizierung von Personal"


def test_a_responsible_office_in_a_goal_row_is_no_measure() -> None:
    text = (
        "Priorität Ziel Maßnahmen Verantwortung Zeitrahmen\n\n"
        "1.\n\nhoch\n\nAufbau des Bildungsmonitorings\n\n"
        "\ufffd Bestandsaufnahme verfügbarer Daten (Statistik, Schulverwaltung)\n\n"
        "Stabsstelle Bildungsmanagement\n\n"
        "01/2025 – 06/2025\n"
    )
    measures = parse_measures(text, parse_sections(text))
    goal = next(m for m in measures if m.kind == "goal")
    labels = [m.label for m in measures if m.kind == "measure"]
    assert labels == ["Bestandsaufnahme verfügbarer Daten"]
    assert goal.responsible == ["Stabsstelle Bildungsmanagement"]


def test_responsible_parties_printed_under_a_numbered_measure_are_no_part_of_it() -> None:
    text = (
        "Nr. Ziel Priorität Zeitrahmen Maßnahmen Verantwortlich\n\n"
        "1.\n\nBildungsmonitoring aufbauen\n\n"
        "Ein Monitoring liefert bis 2025 den ersten Bildungsbericht.\n\n"
        "hoch\n\n04/2024 –\n12/2025\n\n"
        "\ufffd 1.1 Indikatorenset abstimmen\nBildungsbüro, FH Talbrück\n\n"
        "\ufffd 1.2 Datenlieferungen vereinbaren\nLeitungen der Fachforen, Bildungsbüro\n\n"
        "\ufffd 1.3 Hospitationen beim Landkreis\nSiebenborn und in der Stadt Auhagen\n\n"
        "\ufffd 1.4 Abgestimmte\nBerufsorientierung mit\n"
        "Arbeitsagentur, IHK und\nKreishandwerkerschaft\n"
    )
    measures = parse_measures(text, parse_sections(text))
    goal = next(m for m in measures if m.kind == "goal")
    labels = [m.label for m in measures if m.kind == "measure"]
    assert labels == [  # the explanation is no measure; wrapped titles stay whole
        "1.1 Indikatorenset abstimmen",
        "1.2 Datenlieferungen vereinbaren",
        "1.3 Hospitationen beim Landkreis Siebenborn und in der Stadt Auhagen",
        "1.4 Abgestimmte Berufsorientierung mit Arbeitsagentur, IHK und Kreishandwerkerschaft",
    ]
    assert goal.responsible == [
        "Bildungsbüro, FH Talbrück",
        "Leitungen der Fachforen, Bildungsbüro",
    ]


def test_bare_row_numbers_above_their_priority_are_no_page_numbers() -> None:
    cells = "\n\n{}\n\n{}\n\n{}\n\n\ufffd M {}.1 Erste Maßnahme\n\n\ufffd 2025\n"
    goals = (
        "Strategie beschließen",
        "Monitoring verstetigen",
        "Übergänge gestalten",
        "Lernorte öffnen",
    )
    text = repair(
        "Nr. Priorität Ziel Maßnahmen Zeitrahmen\n"
        + "".join(cells.format(n, "hoch", goal, n) for n, goal in enumerate(goals, start=1))
    ).text
    measures = parse_measures(text, parse_sections(text))
    assert [m.key for m in measures if m.kind == "goal"] == ["ziel-1", "ziel-2", "ziel-3", "ziel-4"]


def test_a_sentence_of_the_explanation_column_is_no_measure() -> None:
    text = (
        "Priorität Grundlegendes Ziel Erläuterung Erste Maßnahmen Zeitrahmen\n\n"
        "1.\n\nhoch\n\nWeiterentwicklung der Steuerungsstrukturen\n\n"
        "\ufffd Neuausrichtung der\nSteuerungsgruppe Bildung\n\n"
        "\ufffd Die Steuerungsgruppe Bildung\ntagt unter Vorsitz des Landrats.\n\n"
        "\ufffd Prüfung der Gründung eines\nBildungsbeirates\n\n"
        "\ufffd Ein Bildungsbeirat ist angedacht,\naber noch nicht beschlossen.\n\n"
        "\ufffd 3/2024-\n12/2024\n"
    )
    measures = parse_measures(text, parse_sections(text))
    labels = [m.label for m in measures if m.kind == "measure"]
    assert labels == [
        "Neuausrichtung der Steuerungsgruppe Bildung",
        "Prüfung der Gründung eines Bildungsbeirates",
    ]


def test_a_list_under_a_cell_ending_in_a_colon_belongs_to_that_cell() -> None:
    text = (
        "Anlage 1: Ziele und Maßnahmen\n\n"
        "Priorität Ziel Maßnahmen Verantwortung Zeitrahmen\n\n"
        "1.\n\nhoch\n\nEntwicklung eines Leitbilds\n\n"
        "\ufffd gemeinsames Verständnis von Bildung im\nLandkreis Tellau mit den thematischen\n"
        "Schwerpunkten:\n\n"
        "\ufffd Fachkräftesicherung\n\ufffd Übergänge Kita – Grundschule – weiter-\n"
        "führende Schule\n\ufffd Integration durch Bildung\n\n"
        "\ufffd Beteiligungswerkstätten in den Gemeinden\n\n"
        "\ufffd Beschluss des Leitbilds im Kreistag\n\n"
        "Stabsstelle Bildungsmanagement; Beratung durch die Transferagentur\n\n"
        "01/2025 – 06/2025\n"
    )
    measures = parse_measures(text, parse_sections(text))
    goal = next(m for m in measures if m.kind == "goal")
    labels = [m.label for m in measures if m.kind == "measure"]
    assert labels == [
        "gemeinsames Verständnis von Bildung im Landkreis Tellau mit den thematischen "
        "Schwerpunkten",
        "Beteiligungswerkstätten in den Gemeinden",
        "Beschluss des Leitbilds im Kreistag",
    ]
    assert "Integration durch Bildung" in next(m.text for m in measures if m.kind == "measure")
    assert goal.responsible == [
        "Stabsstelle Bildungsmanagement; Beratung durch die Transferagentur"
    ]


def test_rows_of_a_schedule_table_are_no_second_work_packages() -> None:
    text = (
        "AP 1 Bestandsaufnahme und Analyse\nVerantwortung: Bildungsbüro\n\n"
        "AP 2 Bildungsleitbild und strategische Ziele\nVerantwortung: Bildungsbüro\n\n"
        "Zeitplan\n"
        "AP 2024 2025 2026\n"
        "AP 1 I. – II. Quartal\n"
        "AP 2 laufend, Bildungsbericht II. Quartal 2026\n\n"
        "Zeitplan (Quartale)     2024  2025  2026\n"
        "AP 1                    XX    X\n"
        "AP 2                    XX    XXXX  XXXX\n"
    )
    measures = parse_measures(text, parse_sections(text))
    assert [m.key for m in measures] == ["AP 1", "AP 2"]
    assert not any("XX" in m.label for m in measures)


def test_a_work_package_keeps_its_title_as_the_source_spelled_it() -> None:
    text = "AP 8 MaBnahmen fiir den Schwerpunkt Ubergange: Begleitung konkreter MaBnahmen\n"
    label = "AP 8 Maßnahmen für den Schwerpunkt Übergänge"  # as repair spells it
    measure = Measure("AP 8", label, text, Span(0, len(text), 1, 1), "workPackage")
    forms = written_measure_labels(text, measure)
    assert "AP 8 MaBnahmen fiir den Schwerpunkt Ubergange" in forms


LABELLED_TABLE = """Vereinbarung

§ 3 Handlungsfelder

HF 1   Übergang Kita–Grundschule
HF 2   Bildungsmonitoring

Anlage 1: Ziele und Maßnahmen (Stand: 01.02.2024)

Nr. Ziel / Maßnahme HF Priorität Zeitrahmen Federführung

Ziel 1
Gemeinsames Monitoring für Tellau aufbauen
HF 2 hoch 2024–2025 Bildungsbüro

\ufffd M 1.1 Abstimmung eines gemeinsamen Kennzahlensets von Stadt und
Landkreis
HF 2 06/2024 AG Daten

Ziel 2
Wechsel in die Schule begleiten
HF 1 mittel 2025–2026 Schulamt

\ufffd M 2.1 Übergangskalender für alle Schulbezirke
HF 1, HF 2 12/2024 Schulamt
"""


def test_a_goal_table_whose_rows_open_with_their_labels(tmp_path: Path) -> None:
    record = extracted_plan(tmp_path, "vereinbarung", LABELLED_TABLE, "Stadt Tellau")
    items = goals_and_measures(record)
    assert set(items) == {
        "Ziel 1: Gemeinsames Monitoring für Tellau aufbauen",
        "M 1.1 Abstimmung eines gemeinsamen Kennzahlensets von Stadt und Landkreis",
        "Ziel 2: Wechsel in die Schule begleiten",
        "M 2.1 Übergangskalender für alle Schulbezirke",
    }
    goal = items["Ziel 2: Wechsel in die Schule begleiten"]
    assert (goal.priority, goal.time_frame) == ("mittel", "2025–2026")
    assert items["M 2.1 Übergangskalender für alle Schulbezirke"].due == "2024-12"
    addressed = {
        (r.subject.text, r.object.canonical)
        for r in record.relations
        if r.predicate == "addressesActionField"
    }
    # by the number of the field, never by the last line of the list of fields above
    assert addressed == {
        ("Ziel 1: Gemeinsames Monitoring für Tellau aufbauen", "Bildungsmonitoring"),
        (
            "M 1.1 Abstimmung eines gemeinsamen Kennzahlensets von Stadt und Landkreis",
            "Bildungsmonitoring",
        ),
        ("Ziel 2: Wechsel in die Schule begleiten", "Übergang Kita–Grundschule"),
        ("M 2.1 Übergangskalender für alle Schulbezirke", "Übergang Kita–Grundschule"),
        ("M 2.1 Übergangskalender für alle Schulbezirke", "Bildungsmonitoring"),
    }


def test_a_measure_row_written_out_as_maßnahme_is_read_once(tmp_path: Path) -> None:
    table = LABELLED_TABLE.replace(
        "\ufffd M 2.1 Übergangskalender", "Maßnahme 2.1 Übergangskalender"
    )
    record = extracted_plan(tmp_path, "vereinbarung", table, "Stadt Tellau")
    labels = [m.label for m in record.measures]
    assert labels.count("Maßnahme 2.1 Übergangskalender für alle Schulbezirke") == 1
    assert len([label for label in labels if "2.1" in label]) == 1


# One cell per line: a lone row number, the priority, the goal over two lines, measures as
# "o" bullets whose text hangs indented under them, the time frame, then the lead column.
# Tabs in the preamble shift the repaired text against the original, as PDF extracts do.
CELL_PER_LINE_TABLE = """Kooperationsvereinbarung
\tzwischen\tdem\tLandkreis\tTellau\tund\tder\tStadt\tRabenau

Anlage 1: Ziele, Maßnahmen und Zeitrahmen

Nr.  Priorität  Ziel  Maßnahmen  Zeitrahmen  federführend

1
hoch
Gemeinsames Monitoring
für Landkreis und Stadt aufbauen
o 1.1 Datenvereinbarung zwischen
  Schulaufsicht und Landkreis
o 1.2 kleinräumige Auswertungen für
  alle Ortsteile
IV/2024 –
II/2025
Bildungsbüro
(Dr. Wendt)

2
mittel
Übergänge verbindlich gestalten
o 2.1 Kooperationskalender Kita und Grundschule
Schuljahre
2024/25 und
2025/26
Jugendamt, Schulamt

Anlage 2: Unterschriften
"""


def test_a_goal_table_printed_one_cell_per_line(tmp_path: Path) -> None:
    record = extracted_plan(tmp_path, "vereinbarung", CELL_PER_LINE_TABLE, "Landkreis Tellau")
    items = goals_and_measures(record)
    assert set(items) == {
        "Gemeinsames Monitoring für Landkreis und Stadt aufbauen",
        "1.1 Datenvereinbarung zwischen Schulaufsicht und Landkreis",
        "1.2 kleinräumige Auswertungen für alle Ortsteile",
        "Übergänge verbindlich gestalten",
        "2.1 Kooperationskalender Kita und Grundschule",
    }
    first = items["Gemeinsames Monitoring für Landkreis und Stadt aufbauen"]
    assert (first.priority, first.time_frame) == ("hoch", "IV/2024 – II/2025")
    assert first.responsible == ["Bildungsbüro (Dr. Wendt)"]
    second = items["Übergänge verbindlich gestalten"]
    assert second.time_frame == "Schuljahre 2024/25 und 2025/26"
    assert second.responsible == ["Jugendamt, Schulamt"]
    assert {m.section for m in items.values()} == {"anlage-1"}


def test_a_time_frame_on_the_lines_after_the_last_measure_is_no_part_of_it(
    tmp_path: Path,
) -> None:
    table = (
        CELL_PER_LINE_TABLE.replace("Zeitrahmen  federführend", "Zeitrahmen")
        .replace("Bildungsbüro\n(Dr. Wendt)\n", "")
        .replace("Schuljahre\n2024/25 und\n2025/26\nJugendamt, Schulamt\n", "ab 02/2025\n")
    )
    record = extracted_plan(tmp_path, "vereinbarung", table, "Landkreis Tellau")
    items = goals_and_measures(record)
    assert "2.1 Kooperationskalender Kita und Grundschule" in items
    assert "1.2 kleinräumige Auswertungen für alle Ortsteile" in items
    assert items["Übergänge verbindlich gestalten"].time_frame == "ab 02/2025"
    assert items["Gemeinsames Monitoring für Landkreis und Stadt aufbauen"].time_frame == (
        "IV/2024 – II/2025"
    )


# Labels alone on their lines: "Ziel 1" with its title below, the priority, an explanation;
# measures numbered "1.1" on a line of their own, title over two lines, a time frame broken
# after its dash, the lead and partner cells; a note under the table names a measure again.
BARE_NUMBER_TABLE = """Anlage 1: Ziele, Maßnahmen, Priorität und Zeitrahmen

Nr. Ziel / Maßnahme Priorität Zeitrahmen Federführung Mitwirkung

Ziel 1
Gemeinsame Daten für die Region
hoch
 Stadt und Kreis einigen sich auf Kennzahlen.

1.1
Kennzahlenkatalog Schule für das
Bildungsmonitoring (Quoten, Abschlüsse)
03/2024–
12/2024
Bildungsbüro
Schulamt

1.2
Bildungsbericht 2025 zum Schwerpunkt
„Übergänge 2025–2030“
bis 06/2025
Bildungsbüro

Erläuterungen zu Anlage 1

Maßnahme 1.2 hat die Tellau-Stiftung eine Förderung in Aussicht gestellt.
"""


def test_a_goal_table_with_bare_measure_numbers_on_lines_of_their_own(tmp_path: Path) -> None:
    record = extracted_plan(tmp_path, "vereinbarung", BARE_NUMBER_TABLE, "Landkreis Tellau")
    items = goals_and_measures(record)
    assert set(items) == {
        "Ziel 1: Gemeinsame Daten für die Region",
        # the details in parentheses are no part of the title
        "1.1 Kennzahlenkatalog Schule für das Bildungsmonitoring",
        "1.2 Bildungsbericht 2025 zum Schwerpunkt „Übergänge 2025–2030“",
    }
    first = items["1.1 Kennzahlenkatalog Schule für das Bildungsmonitoring"]
    # the goal's priority; the time frame over both its lines
    assert (first.priority, first.due) == ("hoch", "2024-03/2024-12")
    # a year inside the title is no time cell: the title runs on, the cell below is the frame
    second = items["1.2 Bildungsbericht 2025 zum Schwerpunkt „Übergänge 2025–2030“"]
    assert second.time_frame == "bis 06/2025"


# Every cell a paragraph of its own: the bare "Ziel 1", the priority, the goal's title over
# two lines, then each measure with its lead, the agency's part and the time frame; a number
# inside a cell ("der 2. Bildungskonferenz") opens no row.
PARAGRAPH_CELL_TABLE = """Anlage 1: Ziele und Maßnahmen

Nr. Ziel Priorität Maßnahmen Verantwortung Landkreis Verantwortung TA Zeitrahmen

Ziel 1

hoch

Kreisweites Bildungsleitbild
beschließen

▪ M 1.1 Bildungswerkstätten in
den drei Samtgemeinden

▪ Bildungsbüro
(Organisation)

▪ Moderation,
Methodenkoffer

01/2024 –
06/2024

Ziel 2

mittel

Weiterbildung sichtbar
machen

▪ M 2.1 Themenjahr mit
der 2. Bildungskonferenz

▪ Bildungsbüro

11/2024
"""


def test_a_goal_table_printed_one_paragraph_per_cell(tmp_path: Path) -> None:
    record = extracted_plan(tmp_path, "vereinbarung", PARAGRAPH_CELL_TABLE, "Landkreis Tellau")
    items = goals_and_measures(record)
    assert set(items) == {
        "Ziel 1: Kreisweites Bildungsleitbild beschließen",
        "M 1.1 Bildungswerkstätten in den drei Samtgemeinden",
        "Ziel 2: Weiterbildung sichtbar machen",
        "M 2.1 Themenjahr mit der 2. Bildungskonferenz",
    }
    first = items["M 1.1 Bildungswerkstätten in den drei Samtgemeinden"]
    assert (first.priority, first.due) == ("hoch", "2024-01/2024-06")
    second = items["M 2.1 Themenjahr mit der 2. Bildungskonferenz"]
    assert (second.priority, second.time_frame) == ("mittel", "11/2024")
    assert items["Ziel 2: Weiterbildung sichtbar machen"].priority == "mittel"


# A row code ("Z1") and the priority over the titled goal label, a "Handlungsfeld:" cell under
# it, and measures whose lead cell follows on a bulleted line of its own.
ROW_CODE_TABLE = """Anlage 1: Ziele und Maßnahmen

Nr. Priorität Ziel Handlungsfeld Maßnahmen Verantwortung Zeitrahmen

Z1
hoch
Ziel 1: Gemeinsame Datengrundlage für die Schulplanung
Handlungsfeld:
Bildungsmonitoring

\ufffd M 1.1 Abstimmung eines gemeinsamen
Kennzahlensets Schule
\ufffd Bildungsbüro
(Federführung)

\ufffd 10/2024-
03/2025

Z2
mittel
Ziel 2: Gelingende Übergänge in die Grundschule
Handlungsfeld:
Frühe Bildung

\ufffd M 2.1 Kooperationskalender für alle Schulbezirke
\ufffd Jugendamt

\ufffd laufend
"""


def test_a_goal_table_with_row_codes_over_titled_goal_labels(tmp_path: Path) -> None:
    record = extracted_plan(tmp_path, "vereinbarung", ROW_CODE_TABLE, "Landkreis Tellau")
    items = goals_and_measures(record)
    assert set(items) == {
        "Ziel 1: Gemeinsame Datengrundlage für die Schulplanung",
        "M 1.1 Abstimmung eines gemeinsamen Kennzahlensets Schule",
        "Ziel 2: Gelingende Übergänge in die Grundschule",
        "M 2.1 Kooperationskalender für alle Schulbezirke",
    }
    assert items["Ziel 1: Gemeinsame Datengrundlage für die Schulplanung"].priority == "hoch"
    assert items["M 2.1 Kooperationskalender für alle Schulbezirke"].priority == "mittel"


# A table printed one cell per paragraph, a row's code alone on its line, the cells behind a
# PDF's Symbol-font bullet (U+F0B7)
CODE_LINE_TABLE = """Anlage 1: Ziele und Maßnahmen

Nr. Priorität Ziel / Maßnahme Verantwortung Zeitrahmen

Z1

hoch

\uf0b7 Bildungsleitbild für den
Landkreis Tellau

01/2024 –
06/2025

M 1.1

\uf0b7 Beteiligungswerkstätten in
den Gemeinden

\uf0b7 Bildungsbüro (Organisa-
tion)

03/2024 –
10/2024
"""


def test_a_measure_code_alone_on_its_line_takes_the_title_below(tmp_path: Path) -> None:
    record = extracted_plan(tmp_path, "vereinbarung", CODE_LINE_TABLE, "Landkreis Tellau")
    items = goals_and_measures(record)
    assert set(items) == {
        "Ziel 1: Bildungsleitbild für den Landkreis Tellau",
        "M 1.1 Beteiligungswerkstätten in den Gemeinden",
    }
    assert items["M 1.1 Beteiligungswerkstätten in den Gemeinden"].priority == "hoch"


# Goals one per line with the priority in a column of their own; measures below them with
# their details on indented field lines.
LABELLED_LIST = """§ 2 Ziele

Nr.   Ziel                                                               Priorität
Z 1   Jedes Kind kommt gut vorbereitet in der Grundschule an; die        hoch
      Dokumentationen werden weitergegeben.
Z 2   Die Zahl der Jugendlichen ohne Anschluss sinkt bis 2027 um ein  mittel
      Drittel (Übergang Schule–Beruf).

§ 3 Maßnahmen

Zu Z 1 – Übergang Kita–Grundschule
  M 1.1  Tandem-Fortbildungen für Erzieherinnen und Lehrkräfte
         federführend: Bildungsbüro; beteiligt: Jugendamt
         Zeitrahmen: ab 01/2024, zwei Durchgänge pro Schuljahr
  M 1.2  Gemeinsamer Übergabebogen (mit Einwilligung der Eltern)
         federführend: Schulamt
         Zeitrahmen: 08/2024 bis 07/2026
Zu Z 2 – Übergang Schule–Beruf
  M 2.1  Berufsorientierungswochen in Klasse 8
         Zeitrahmen: jährlich, ab 2025

Zum Ziel 1 der Strategie gehört auch Z 1 des Landes.
"""


def test_goals_and_measures_in_labelled_lists_with_their_fields(tmp_path: Path) -> None:
    record = extracted_plan(tmp_path, "vereinbarung", LABELLED_LIST, "Stadt Tellau")
    items = goals_and_measures(record)
    assert set(items) == {
        "Z 1 Jedes Kind kommt gut vorbereitet in der Grundschule an",
        "Z 2 Die Zahl der Jugendlichen ohne Anschluss sinkt bis 2027 um ein Drittel",
        "M 1.1 Tandem-Fortbildungen für Erzieherinnen und Lehrkräfte",
        "M 1.2 Gemeinsamer Übergabebogen",
        "M 2.1 Berufsorientierungswochen in Klasse 8",
    }
    first = items["M 1.1 Tandem-Fortbildungen für Erzieherinnen und Lehrkräfte"]
    # the goal's priority, the lead of the field line, the time frame of its own line
    assert (first.priority, first.responsible, first.due) == (
        "hoch",
        ["Bildungsbüro"],
        "2024-01/..",
    )
    second = items["M 1.2 Gemeinsamer Übergabebogen"]
    assert (second.due, second.responsible) == ("2024-08/2026-07", ["Schulamt"])
    assert items["M 2.1 Berufsorientierungswochen in Klasse 8"].priority == "mittel"


def test_a_lone_short_label_in_running_text_is_no_goal(tmp_path: Path) -> None:
    text = "Protokoll\n\nZ 1 Die Runde beschließt den Zeitplan.\n\nM 1.1 Der Entwurf liegt vor.\n"
    record = extracted_plan(tmp_path, "protokoll", text, "Stadt Tellau")
    assert not [m for m in record.measures if m.kind in ("goal", "measure")]


SLIDE_GROUPS = """Handlungsfelder und Arbeitspakete

Frühe Bildung
   AP 6 Elternbriefe zum Schulstart, Tandem-Fortbildungen

Schule und Ganztag
   AP 9 Begleitung der Startchancen-Schulen

Bildung für nachhaltige Entwicklung
   AP 10 Netzwerk und Lernorte
"""


def _fields_of(record: DocumentRecord) -> set[tuple[str, str]]:
    return {
        (r.subject.text.split()[0] + " " + r.subject.text.split()[1], r.object.canonical or "")
        for r in record.relations
        if r.predicate == "addressesActionField"
    }


def test_work_packages_on_a_slide_address_the_field_they_are_grouped_under(
    tmp_path: Path,
) -> None:
    record = extracted_plan(tmp_path, "folien", SLIDE_GROUPS, "Stadt Tellau")
    fields = _fields_of(record)
    # (the next group's label is no part of the package above it)
    assert {f for f in fields if f[0] == "AP 6"} == {("AP 6", "Frühkindliche Bildung")}
    assert ("AP 9", "Ganztag") in fields
    assert ("AP 10", "Bildung für nachhaltige Entwicklung") in fields


def test_measures_under_a_line_naming_their_goals_field_address_it(tmp_path: Path) -> None:
    record = extracted_plan(tmp_path, "vereinbarung", LABELLED_LIST, "Stadt Tellau")
    fields = _fields_of(record)
    assert {("M 1.1", "Übergang Kita–Grundschule"), ("M 2.1", "Übergang Schule–Beruf")} <= fields


def test_measures_bulleted_with_a_plain_o_under_goals_whose_cells_are_paragraphs() -> None:
    text = (
        "Anlage 1: Ziele und Maßnahmen\n\n"
        "Nr. Priorität Ziel Maßnahmen Verantwortung Zeitrahmen\n\n"
        "Z1\n\nhoch\n\nZiel 1: Bildungsmonitoring\nverstetigen\n\n"
        "o M 1.1 Fortschreibung des Atlas\nBildung\n\nBildungsbüro\n\n03/2024 –\n12/2024\n\n"
        "Z2\n\nmittel\n\nZiel 2: Leitbild entwickeln\n\n"
        "o M 2.1 Beteiligungswerkstätten mit\nJugendlichen\n\nBildungsbüro\n\n2025\n"
    )
    found = {m.label: m for m in parse_measures(text, parse_sections(text))}
    assert list(found) == [
        "Ziel 1: Bildungsmonitoring verstetigen",
        "M 1.1 Fortschreibung des Atlas Bildung",
        "Ziel 2: Leitbild entwickeln",
        "M 2.1 Beteiligungswerkstätten mit Jugendlichen",
    ]
    assert found["Ziel 1: Bildungsmonitoring verstetigen"].priority == "hoch"
    assert found["Ziel 2: Leitbild entwickeln"].priority == "mittel"
    assert found["M 1.1 Fortschreibung des Atlas Bildung"].time_frame == "03/2024 – 12/2024"
