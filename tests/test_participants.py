"""Participants with role and affiliation: what the actor network and memberOf queries rely on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from gold import load_gold
from hypothesis import given
from hypothesis import strategies as st

from ingest.entities import extract_mentions
from ingest.participants import (
    ParticipantsResult,
    affiliation_type,
    canonical_affiliation,
    meeting_body,
    parse_participants,
    split_name_role,
    split_role_affiliation,
    strip_title,
)
from ingest.pipeline import extract_document
from ingest.records import DocumentRecord, Mention, Span
from ingest.spans import LineIndex
from ingest.structure import parse_sections

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
DOCS = REPO / "tests" / "fixtures" / "docs"
MINUTES = "bismit-kennzahlenvergleich-2021"


def participant_triples(text: str) -> set[tuple[str | None, str, str | None]]:
    """(subject, predicate, object) by canonical name of the participants of a text."""
    result = parse_participants(text, parse_sections(text))
    return {(r.subject.canonical, r.predicate, r.object.canonical) for r in result.relations}


def _parse(path: Path) -> ParticipantsResult:
    text = path.read_text(encoding="utf-8")
    return parse_participants(text, parse_sections(text))


@pytest.fixture(scope="module")
def minutes() -> ParticipantsResult:
    return _parse(CORPUS / f"{MINUTES}.md")


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\s*/\s*", "/", text)).strip().casefold()


def extracted(folder: Path, text: str, publisher: str, name: str) -> DocumentRecord:
    """A whole document as ingest reads it, participants and relations together."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return extract_document(path, path.stem, {"publisher": publisher})


def _membership(result: ParticipantsResult, person: str) -> set[tuple[str, str | None]]:
    return {(r.object.text, r.role) for r in result.relations if r.subject.canonical == person}


def _members(text: str) -> set[tuple[str | None, str | None]]:
    """(person, organisation) of every membership the participant parser finds in a text."""
    result = parse_participants(text, parse_sections(text))
    return {(r.subject.canonical, r.object.canonical) for r in result.relations}


def test_participants_from_bold_affiliation_lines(minutes: ParticipantsResult) -> None:
    assert ("Stadt Halle", "Mitarbeiterin Bildungsmonitoring/Sozialplanung") in _membership(
        minutes, "Annett Fritzsche"
    )
    assert ("LK Nordsachsen", "Bereichsleiter Schulamt") in _membership(minutes, "Olaf Mescheder")
    breitenbach = _membership(minutes, "Gero Breitenbach")  # role wraps onto the next line
    assert (
        "LK Leipzig",
        "Mitarbeiter Stabsstelle des Landrates Wirtschaftsförderung/Kreisentwicklung",
    ) in breitenbach
    assert ("LK Mansfeld-Südharz", "Mitarbeiterin RÜMSA") in _membership(minutes, "Yvonne Klaschka")


def test_participants_under_an_organisation_heading(minutes: ParticipantsResult) -> None:
    assert ("BiSMit", "Projektleitung") in _membership(minutes, "Jenny Richter")
    assert ("BiSMit", "Öffentlichkeitsarbeit/Marketing") in _membership(
        minutes, "Bettina von Frommannshausen"
    )
    aust = next(
        m for m in minutes.mentions if m.canonical == "Felix Aust" and "initials" in m.attributes
    )
    assert aust.attributes["initials"] == "fa"


def test_academic_title_kept_in_text_not_in_canonical(minutes: ParticipantsResult) -> None:
    hoyer = next(m for m in minutes.mentions if m.canonical == "Tom Hoyer")
    assert hoyer.text == "Dr. Tom Hoyer"
    assert hoyer.attributes["title"] == "Dr."
    assert hoyer.span.line_start == 86


def test_affiliation_types_and_units_named_in_roles(minutes: ParticipantsResult) -> None:
    types = {(m.text, m.type) for m in minutes.mentions if m.type != "Person"}
    assert ("Stadt Leipzig", "Municipality") in types
    assert ("LK Burgenlandkreis", "Municipality") in types
    assert ("BiSMit", "Organization") in types
    assert ("Amt für Jugend, Familie und Bildung", "AdministrativeUnit") in types


def test_relations_carry_evidence_and_method(minutes: ParticipantsResult) -> None:
    relation = next(r for r in minutes.relations if r.subject.canonical == "Kerstin Detsch")
    assert relation.predicate == "memberOf"
    assert relation.method == "participant-list"
    assert relation.evidence.line_start == 64


def test_no_persons_from_running_text_of_a_brochure() -> None:
    result = _parse(CORPUS / "leipzig-transferkatalog.txt")
    assert len([m for m in result.mentions if m.type == "Person"]) <= 2


def test_contact_blocks_on_slides() -> None:
    result = _parse(CORPUS / "transmit-vorstellung-2015.txt")
    contacts = {(r.subject.canonical, r.object.text, r.role) for r in result.relations}
    assert (
        "Oliver Wolff",
        "Deutsches Jugendinstitut e.V.",
        "Landeskoordinator Sachsen-Anhalt",
    ) in contacts


def test_recall_of_gold_memberships(minutes: ParticipantsResult) -> None:
    """Person -> organisation (and role) recall against the evaluation set."""
    entities = {e["id"]: e for e in load_gold("entities.json")}
    gold = [
        r for r in load_gold("relations.json")
        if r["predicate"] == "memberOf" and r["doc"] == MINUTES
    ]  # fmt: skip
    found = {
        (_fold(r.subject.canonical or ""), _fold(r.object.text), _fold(r.role or ""))
        for r in minutes.relations
    }
    found |= {
        (p, _fold(r.object.canonical or ""), role)
        for p, _, role in found
        for r in minutes.relations
    }
    pairs = roles = 0
    for g in gold:
        person = _fold(strip_title(entities[g["subject"]]["name"]))
        org = entities[g["object"]]
        org_names = {_fold(n) for n in [org["name"], *org.get("aliases", [])]}
        hits = [f for f in found if f[0] == person and f[1] in org_names]
        pairs += bool(hits)
        role = _fold(g.get("role") or "")
        roles += any(h[2] and (role in h[2] or h[2] in role) for h in hits)
    assert pairs / len(gold) >= 0.85
    assert roles / len(gold) >= 0.8


def test_unseen_minutes_in_another_style() -> None:
    result = _parse(DOCS / "musterstadt-protokoll.md")
    members = {(r.subject.canonical, r.object.text, r.role) for r in result.relations}
    assert (
        "Klaus-Peter Beispiel",
        "Stadt Musterstadt",
        "Leiter Amt für Schule und Sport",
    ) in members
    assert ("Petra von Probe", "Landkreis Musterland", "Bildungskoordinatorin") in members
    assert (
        "Lena Vorbild",
        "Volkshochschule Musterstadt",
        "Programmbereich Grundbildung",
    ) in members
    assert ("Jonas Muster", "Landkreis Musterland", None) in members
    moderation = [m for m in result.mentions if m.attributes.get("role") == "Moderation"]
    assert [m.canonical for m in moderation] == ["Lena Vorbild"]
    assert not any(m.type == "Person" and "Volkshochschule" in m.text for m in result.mentions)


def test_affiliation_type_rules() -> None:
    assert affiliation_type("LK Saalekreis") == "Municipality"
    assert affiliation_type("Burgenlandkreis") == "Municipality"
    assert affiliation_type("Steuerungskreis") == "Body"
    assert affiliation_type("Amt für Jugend, Familie und Bildung") == "AdministrativeUnit"
    assert affiliation_type("Deutsches Jugendinstitut e.V.") == "Organization"
    assert affiliation_type("Jugendamt") == "AdministrativeUnit"
    assert affiliation_type("FD 4.1 Schule und Bildung") == "AdministrativeUnit"
    assert affiliation_type("Fachdienst Jugend und Familie") == "AdministrativeUnit"
    assert affiliation_type("Bildungsbüro (Ziel 2)") == "AdministrativeUnit"
    assert affiliation_type("Amt Kattrup") == "Municipality"  # an Amt of small municipalities
    assert affiliation_type("Amt 40") == "AdministrativeUnit"
    assert affiliation_type("Große Kreisstadt Sulzau") == "Municipality"
    assert affiliation_type("Markt Sulzbrunn") == "Municipality"  # a Bavarian market town


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("FD 4.1 Schule und Bildung", "Fachdienst 4.1 Schule und Bildung"),
        ("Abt. Jugend", "Abteilung Jugend"),
        ("Bildungsbüro (Ziel 2)", "Bildungsbüro"),  # the goal she answers for, no name
        ("Amt für Schule (M 1.3)", "Amt für Schule"),
        ("Stadt Tellau (zu TOP 2)", "Stadt Tellau"),
    ],
)
def test_an_affiliation_written_short_or_with_its_item_is_named_in_full(
    written: str, canonical: str
) -> None:
    assert canonical_affiliation(written) == canonical


def test_attendance_line_with_affiliations_in_parentheses() -> None:
    text = (
        "Ergebnisprotokoll AG Übergang Kita – Grundschule\n\n"
        "Anwesend: Frau Petra Ahorn (Jugendamt), Herr Jens Birke (Staatliches Schulamt Rabenau), "
        "Frau Dr. Ute Esche (Kita-Eigenbetrieb der Stadt Kesselsdorf)\n"
        "Moderation: Frau Ahorn\n"
    )
    assert _members(text) == {
        ("Petra Ahorn", "Jugendamt"),
        ("Jens Birke", "Staatliches Schulamt Rabenau"),
        ("Ute Esche", "Kita-Eigenbetrieb der Stadt Kesselsdorf"),
    }


_FIRST = st.sampled_from(["Anna", "Jörg", "Marie-Luise", "Özlem", "Hans-Peter", "Ute"])
_LAST = st.sampled_from(["Schröder", "Meier-Lüdenscheidt", "Wolf", "Krüger", "Yilmaz"])
_TITLE = st.sampled_from(["", "Dr. ", "Prof. Dr. ", "Frau ", "Herr "])
_PARTICLE = st.sampled_from(["", "von ", "zu "])
_ROLE = st.sampled_from(
    ["Projektleitung", "Mitarbeiterin Bildungsmonitoring/Sozialplanung",
     "Leiter Amt für Schule, Kultur und Sport", "wissenschaftliche Studien"]
)  # fmt: skip
_SEP = st.sampled_from([" – ", " - ", ": ", ", "])


@given(_TITLE, _FIRST, _PARTICLE, _LAST, _SEP, _ROLE)
def test_name_role_splitter(
    title: str, first: str, particle: str, last: str, sep: str, role: str
) -> None:
    name = f"{title}{first} {particle}{last}"
    parsed = split_name_role(f"- {name}{sep}{role}")
    assert parsed is not None
    assert parsed[0] == name and parsed[1] == role
    assert strip_title(parsed[0]) == f"{first} {particle}{last}"


@given(
    _ROLE,
    st.sampled_from(
        [
            "Wo finden die Treffen statt?",
            "Dank an alle Teilnehmenden für die Mitarbeit und die vielen Hinweise heute.",
        ]
    ),
)
def test_questions_and_sentences_are_no_roles(role: str, sentence: str) -> None:
    assert split_name_role(f"Jenny Richter: {sentence}") is None or len(sentence.split()) <= 8
    assert split_name_role(f"{role} und mehr") is None


def test_wrapped_role_joins_without_markdown_hard_break() -> None:
    text = (
        "## Teilnehmende\n\n"
        "**Stadt Beispielstadt** - Eva Muster, Leiterin Amt für Jugend und\nBildung\n"
    )
    result = parse_participants(text, parse_sections(text))
    assert {(r.subject.canonical, r.object.text, r.role) for r in result.relations} == {
        ("Eva Muster", "Stadt Beispielstadt", "Leiterin Amt für Jugend und Bildung"),
        ("Eva Muster", "Amt für Jugend und Bildung", "Leiterin Amt für Jugend und Bildung"),
    }
    assert all(r.evidence.line_end == 4 for r in result.relations)


UNSEEN_MINUTES = (
    "# Protokoll der 2. Sitzung des Netzwerks Bildung am 03.05.2022\n\n"
    "### Teilnehmende\n\n"
    "**Stadt Jena** - Berta Muster, Leiterin Bildungsbüro\n\n"
    "**Landkreis Börde** - Carl Beispiel, Mitarbeiter Bildungsmonitoring\n\n"
    "# Begrüßung\n\n"
    "Referentin: Berta Muster\n"
)


def test_listed_organisations_take_part_in_the_minuted_body() -> None:
    result = parse_participants(UNSEEN_MINUTES, parse_sections(UNSEEN_MINUTES))
    taking_part = {
        (r.subject.text, r.object.text, r.object.type)
        for r in result.relations
        if r.predicate == "participatesIn"
    }
    assert taking_part == {
        ("Stadt Jena", "Netzwerks Bildung", "Body"),
        ("Landkreis Börde", "Netzwerks Bildung", "Body"),
    }
    (body,) = [m for m in result.mentions if m.method == "minutes-heading"]
    assert body.span.line_start == 1


def test_unit_named_in_the_role_is_where_the_person_works() -> None:
    result = parse_participants(UNSEEN_MINUTES, parse_sections(UNSEEN_MINUTES))
    assert ("Bildungsbüro", "Leiterin Bildungsbüro") in _membership(result, "Berta Muster")


def test_a_post_names_its_unit_only_when_the_document_names_that_unit() -> None:
    text = (
        "Der Kreis Tellau hat den Fachbereich Jugend, Schule und Sport eingerichtet.\n\n"
        "Anwesend:\n"
        "- Marta Kessler, Fachbereichsleiterin Jugend, Schule und Sport\n"
        "- Jens Ohlig, Sachgebietsleiter Wirtschaftsentwicklung\n"
    )
    result = parse_participants(text, parse_sections(text))
    assert {unit for unit, _ in _membership(result, "Marta Kessler")} == {
        "Fachbereich Jugend, Schule und Sport"
    }
    assert _membership(result, "Jens Ohlig") == set()


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Festlegungsprotokoll der Auftaktveranstaltung Bildungsdialog – Teil 1 am 2.3.2021",
            "Bildungsdialog",
        ),
        ("Ergebnisprotokoll zum Treffen Netzwerk Schule (12.3.)", "Netzwerk Schule"),
        (
            "Protokoll der 14. Sitzung des Lenkungskreises des Regionalen Bildungsnetzwerks "
            "Kreis Tellau",
            "Lenkungskreises des Regionalen Bildungsnetzwerks Kreis Tellau",
        ),
        (
            "Niederschrift über die 5. Sitzung des Bildungsbeirats des Landkreises Tellau",
            "Bildungsbeirats",
        ),
        (  # the whole's name runs on past a dash: not cut there, the body's own name stays
            "Protokoll der 12. Sitzung des Lenkungskreises Bildung der Bildungsregion Tellau – "
            "Rabenau – Wendholm",
            "Lenkungskreises Bildung",
        ),
        ("Protokoll der Sitzung", None),
        ("Tagesordnung", None),
    ],
)
def test_meeting_body_of_a_minutes_heading(title: str, body: str | None) -> None:
    assert meeting_body(title) == body


def test_heading_context_is_looked_up_in_original_offsets() -> None:
    header = "Seitenkopf, den die Reparatur entfernt hat. " * 3 + "\n\n"
    original = header + "## Stadt Halle\n\nAnna Beispiel\n\n## Stadt Jena\n\nBerta Muster\n"
    repaired = original[len(header) :]
    index = LineIndex(original)

    def span_of(start: int, end: int) -> Span:
        return index.span(start + len(header), end + len(header))

    result = parse_participants(repaired, parse_sections(original), span_of)
    assert _membership(result, "Berta Muster") == {("Stadt Jena", None)}
    assert _membership(result, "Anna Beispiel") == {("Stadt Halle", None)}


def test_a_participant_working_for_a_programme_shows_her_county_takes_part(
    tmp_path: Path,
) -> None:
    minutes = tmp_path / "protokoll.md"
    minutes.write_text(
        "## Teilnehmende\n\n"
        "**LK Nordheide** - Anna Beispiel, Mitarbeiterin FÖRMO\n\n"
        "**Stadt Beispielstadt** - Kai Muster, Amtsleiter Schulverwaltungsamt\n\n"
        "## Projekte\n\n"
        "- Bildungsbüro bündelt Förderprogramme (FÖRMO, Lernorte vernetzen, Kumulus)\n",
        encoding="utf-8",
    )
    record = extract_document(minutes, "protokoll", {})
    found = {
        (r.subject.canonical, r.object.canonical)
        for r in record.relations
        if r.predicate == "participatesIn" and r.method == "participant-role"
    }
    assert found == {("Landkreis Nordheide", "FÖRMO")}


def test_plain_affiliation_first_entries_and_a_persons_parenthesis() -> None:
    record = extract_document(DOCS / "rabenau-steuerungsgruppe.md", "rabenau", {})
    members = {(r.subject.canonical, r.object.canonical) for r in record.relations
               if r.predicate == "memberOf"}  # fmt: skip
    assert {
        ("Anja Weidner", "Landkreis Rabenau"),
        ("Tobias Kranich", "Landkreis Rabenau"),
        ("Petra Nachtigall", "Hansestadt Kesselsdorf"),
        ("Sabine Holunder", "Industrie- und Handelskammer Rabenau-Kesselsdorf"),
        ("Jana Rotkehl", "Transferagentur Nord"),
    } <= members
    persons = {m.canonical for m in record.mentions if m.type == "Person"}
    assert not persons & {"Hansestadt Kesselsdorf", "Landkreis Rabenau"}
    ihk = [m for m in record.mentions if m.text == "IHK"]
    assert ihk and all(m.type == "Organization" for m in ihk)  # not "Frau Holunder"


def test_a_heading_with_a_colon_names_no_role_holder() -> None:
    text = (
        "# Produktmaske: Regionale Bildungskonferenz Rabenau\n\n## Teilnehmende\n\n"
        "Moderation: Jana Rotkehl\n"
    )
    result = parse_participants(text, parse_sections(text))
    persons = {m.canonical for m in result.mentions if m.type == "Person"}
    assert persons == {"Jana Rotkehl"}


def test_contact_block_with_a_unit_in_the_genitive() -> None:
    text = "## Kontakt\n\nDr. Tom Kiefer\nLeiter des Bildungsbüros\nTelefon 0341 123456\n"
    result = parse_participants(text, parse_sections(text))
    members = {(r.subject.canonical, r.object.canonical, r.role) for r in result.relations}
    assert ("Tom Kiefer", "Bildungsbüro", "Leiter des Bildungsbüros") in members


def test_slide_contact_without_a_heading_and_an_office_of_the_county() -> None:
    text = (
        "Folie 5\nKontakt\nSabine Kastanie\nKoordinatorin Bildungsmanagement\n"
        "Landkreis Rabenau, Bildungsbüro\nTelefon: 0123 45678\n"
    )
    assert _members(text) == {
        ("Sabine Kastanie", "Bildungsbüro"),
        ("Sabine Kastanie", "Landkreis Rabenau"),
    }
    record_text = "Landkreis Rabenau, Bildungsbüro\nTelefon: 0123 45678\n"
    assert "Bildungsbüro" in {m.text for m in extract_mentions(record_text)}


GROUPED_MINUTES = """# Ergebnisprotokoll – 3. Sitzung des Netzwerks Bildung Rabenland

### Teilnehmende

**Stadt Rabenau**

- Frau Ida Kessel (Amt für Schule und Sport), Schulentwicklungsplanung
- Dr. Ole Brandt, Dezernent für Bildung, Jugend und Kultur, zugleich Sprecher des Netzwerks

**Landkreis Kesselland**

- Uwe Tanner, Sachgebietsleiter Schulverwaltung im Fachbereich 3 – Bildung, Jugend und Soziales

**Gäste**

- Marta Lind, Teamleiterin Berufsberatung, Agentur für Arbeit Rabenau
- Frau Eva Roth (IHK Rabenland, Referentin Ausbildung)

*Entschuldigt:* Paul Weber (Handwerkskammer Rabenau, Abteilungsleiter Berufsbildung)

## 1. Begrüßung

Zusammenspiel von Kinder-/Jugendhilfe und Schule
"""


def test_participants_grouped_under_bold_organisation_lines() -> None:
    result = parse_participants(GROUPED_MINUTES, parse_sections(GROUPED_MINUTES))
    assert _membership(result, "Ida Kessel") == {
        ("Amt für Schule und Sport", None),
        ("Stadt Rabenau", None),
    }  # the unit in parentheses and the municipality of the group
    assert _membership(result, "Ole Brandt") == {
        ("Stadt Rabenau", "Dezernent für Bildung, Jugend und Kultur")
    }  # a clause after the role ("zugleich …") is no part of it
    assert ("Landkreis Kesselland", "Sachgebietsleiter Schulverwaltung im Fachbereich 3 – Bildung, "
            "Jugend und Soziales") in _membership(result, "Uwe Tanner")  # fmt: skip
    assert _membership(result, "Marta Lind") == {
        ("Agentur für Arbeit Rabenau", "Teamleiterin Berufsberatung")
    }
    assert _membership(result, "Eva Roth") == {("IHK Rabenland", "Referentin Ausbildung")}
    assert _membership(result, "Paul Weber") == {
        ("Handwerkskammer Rabenau", "Abteilungsleiter Berufsbildung")
    }
    assert not any(m.type == "Person" and "Zusammenspiel" in m.text for m in result.mentions)
    taking_part = {r.subject.text for r in result.relations if r.predicate == "participatesIn"}
    assert taking_part == {"Stadt Rabenau", "Landkreis Kesselland"}  # guests are no members


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leiterin des Jugendamtes Rabenau", ("Leiterin", "Jugendamt Rabenau")),
        ("Referent im Bildungsbüro Rabenau", ("Referent", "Bildungsbüro Rabenau")),
        (
            "Beauftragte für Integration der Stadt Tellau",
            ("Beauftragte für Integration", "Stadt Tellau"),
        ),
        ("Jugendamt Rabenau", (None, "Jugendamt Rabenau")),
        ("Amt für Schule der Stadt Tellau", (None, "Amt für Schule der Stadt Tellau")),
    ],
)
def test_role_before_an_affiliation_is_split_off(
    text: str, expected: tuple[str | None, str]
) -> None:
    assert split_role_affiliation(text) == expected


def test_participant_with_role_and_office_in_parentheses() -> None:
    text = (
        "## Teilnehmende\n\n"
        "- Petra Hainbuch (Leiterin des Jugendamtes Rabenau)\n"
        "- Jens Olmer (Koordinator im Bildungsbüro Rabenau)\n"
    )
    result = parse_participants(text, parse_sections(text))
    found = {(r.subject.canonical, r.object.canonical, r.role) for r in result.relations}
    assert ("Petra Hainbuch", "Jugendamt Rabenau", "Leiterin") in found
    assert ("Jens Olmer", "Bildungsbüro Rabenau", "Koordinator") in found


def test_participant_table_of_minutes_gives_posts_and_participation() -> None:
    text = (
        "# Ergebnisprotokoll\n\n"
        "## 2. Sitzung des Lenkungskreises Bildung des Landkreises Rabenau\n\n"
        "### Teilnehmende\n\n"
        "| Name | Funktion | Institution |\n"
        "|---|---|---|\n"
        "| Dr. Jonas Wendrich | Dezernent (Vorsitz) | Landkreis Rabenau |\n"
        "| Petra Hainbuch | Teamleiterin | Jobcenter Rabenau |\n"
        "| Meike Brünjes | Samtgemeindebürgermeisterin | SG Hollenrade |\n"
        "| Kemal Öztan | Vorsitzender | Beirat für Migration und Integration |\n"
        "| Lara Demirel | Sprecherin | Jugendforum Rabenau |\n"
        "| Gast: Ole Brinkmann | Prozessbegleitung | Transferagentur Nord |\n\n"
        "**Entschuldigt:**\n\n"
        "- Bernd Ahlmann, Kreiselternrat Rabenau\n"
    )
    result = parse_participants(text, parse_sections(text))
    posts = {(r.subject.canonical, r.object.canonical, r.role) for r in result.relations
             if r.predicate == "memberOf"}  # fmt: skip
    assert ("Jonas Wendrich", "Landkreis Rabenau", "Dezernent") in posts
    assert ("Petra Hainbuch", "Jobcenter Rabenau", "Teamleiterin") in posts
    # "SG": a Samtgemeinde, one name however its kind is written
    assert ("Meike Brünjes", "Samtgemeinde Hollenrade", "Samtgemeindebürgermeisterin") in posts
    assert ("Bernd Ahlmann", "Kreiselternrat Rabenau", None) in posts
    taking_part = {r.subject.canonical for r in result.relations if r.predicate == "participatesIn"}
    assert {"Jobcenter Rabenau", "Kreiselternrat Rabenau"} <= taking_part
    assert "Transferagentur Nord" not in taking_part  # a guest
    assert "Landkreis Rabenau" in taking_part  # the county sits in its own body too
    body = {r.object.canonical for r in result.relations if r.predicate == "participatesIn"}
    assert body == {"Lenkungskreis Bildung"}
    chairs = {(r.subject.canonical, r.object.canonical) for r in result.relations
              if r.predicate == "chairedBy"}  # fmt: skip
    # a council named with its remit, a forum and its spokeswoman: the bodies they chair
    assert {
        ("Beirat für Migration und Integration", "Kemal Öztan"),
        ("Jugendforum Rabenau", "Lara Demirel"),
    } <= chairs


def test_word_table_under_its_own_heading_counts_for_the_one_sitting_minuted() -> None:
    text = (
        "# Niederschrift über die 4. Sitzung des Bildungsbeirats Rabenau\n"
        "# Anwesende\n"
        "Name | Funktion | Institution\n"
        "Dr. Jonas Wendrich | Erster Kreisbeigeordneter, Vorsitzender | Landkreis Rabenau\n"
        "Petra Hainbuch | Geschäftsführerin | Jobcenter Rabenau\n"
        "Karla Olmer | Vorsitzende | Kreiselternbeirat Rabenau\n"
    )
    found = participant_triples(text)
    assert ("Jobcenter Rabenau", "participatesIn", "Bildungsbeirat Rabenau") in found
    assert ("Bildungsbeirat Rabenau", "chairedBy", "Jonas Wendrich") in found
    assert ("Bildungsbeirat Rabenau", "chairedBy", "Karla Olmer") not in found


def test_attendance_lines_in_prose_and_who_leads_the_sitting() -> None:
    text = (
        "# Protokoll der Sitzung der Steuerungsgruppe Bildung am 3.4.2025\n\n"
        "Anwesend: Frau Dr. Karla Wendel (Jobcenter Rabenau), Anna Weber (Volkshochschule "
        "Rabenau)\n\n"
        "Gäste: Lena Sommer (Transferagentur Nord)\n\n"
        "Die Sitzung leitet Landrat Peter Hahnemann.\n"
    )
    found = participant_triples(text)
    body = "Steuerungsgruppe Bildung"
    assert ("Anna Weber", "memberOf", "Volkshochschule Rabenau") in found
    assert ("Volkshochschule Rabenau", "participatesIn", body) in found
    assert ("Jobcenter Rabenau", "participatesIn", body) in found
    assert ("Transferagentur Nord", "participatesIn", body) not in found
    assert (body, "chairedBy", "Peter Hahnemann") in found


def test_attendance_with_roles_in_parentheses_and_guests_listed_apart() -> None:
    text = (
        "## Protokoll der 7. Sitzung der Steuerungsgruppe Bildung\n\n"
        "Anwesend: Frau Dr. Henrike Vollmann (Erste Beigeordnete, Landkreis Rabenau), Herr "
        "Piotr Wisniewski (Leiter Fachdienst Schule und Bildung), Frau Swantje Brügge "
        "(Handwerkskammer Tellau)\n\n"
        "Ebenfalls anwesend:\n\n"
        "- Frau Nguyen Thi Lan, Jobcenter Rabenau, Bereichsleiterin Markt und Integration\n\n"
        "Gäste:\n\n"
        "- Frau Katarzyna Nowak, Transferagentur Nord (TA Nord), Prozessbegleitung\n\n"
        "Die Sitzung leitet Frau Dr. Vollmann in Vertretung des Landrates.\n"
    )
    found = participant_triples(text)
    body = "Steuerungsgruppe Bildung"
    assert ("Henrike Vollmann", "memberOf", "Landkreis Rabenau") in found
    assert ("Piotr Wisniewski", "memberOf", "Fachdienst Schule und Bildung") in found
    assert ("Nguyen Thi Lan", "memberOf", "Jobcenter Rabenau") in found
    assert ("Handwerkskammer Tellau", "participatesIn", body) in found
    assert ("Jobcenter Rabenau", "participatesIn", body) in found
    assert ("Transferagentur Nord", "participatesIn", body) not in found
    assert (body, "chairedBy", "Vollmann") in found


def test_a_unit_takes_part_for_who_names_no_other_organisation() -> None:
    text = (
        "## Protokoll der 2. Sitzung der Steuerungsgruppe Bildung\n\n"
        "Anwesend: Herr Piotr Wisniewski (Leiter Fachdienst Schule und Bildung), Herr Dr. Emeka "
        "Okafo (IHK zu Rostock)\n\n"
        "**Stadt Tellau** - Anna Weber, Mitarbeiterin Dezernat IV\n"
    )
    found = participant_triples(text)
    body = "Steuerungsgruppe Bildung"
    assert ("Fachdienst Schule und Bildung", "participatesIn", body) in found
    assert ("IHK zu Rostock", "participatesIn", body) in found
    assert ("Stadt Tellau", "participatesIn", body) in found
    assert ("Dezernat IV", "participatesIn", body) not in found


def test_a_listed_chair_of_a_body_chairs_it_and_relative_clauses_are_no_roles() -> None:
    text = "Anwesend:\n\n- Herr Ole Christiansen, Kreiselternrat Rabenau, Vorsitzender\n"
    result = parse_participants(text, parse_sections(text))
    chairs = {(r.subject.canonical, r.object.canonical) for r in result.relations
              if r.predicate == "chairedBy"}  # fmt: skip
    assert chairs == {("Kreiselternrat Rabenau", "Ole Christiansen")}
    assert split_name_role("Viele Strukturen, die in den vergangenen Jahren entstanden") is None


def test_a_sitting_named_by_kind_only_is_one_of_the_body_the_heading_above_names() -> None:
    above = "# Bildungsnetzwerk Tellau (BiNet Tellau)"
    title = "Protokoll der 5\\. Netzwerksitzung am 12.03.2024 in Tellau"
    assert meeting_body(title, above) == "Bildungsnetzwerk Tellau"
    assert meeting_body(title, "# Jahresbericht 2024") is None


def test_a_post_line_in_a_contact_block_is_no_organisation() -> None:
    text = (
        "Kontakte:\n\nDr. Johanna Weißgerber-Lenz\n\nLeiterin der Transferagentur\n\n"
        "Institut für Bildungsentwicklung Tellau e. V.\n\nTel.: 03721-55 80 10\n"
    )
    result = parse_participants(text, parse_sections(text))
    orgs = {r.object.canonical for r in result.relations if r.predicate == "memberOf"}
    assert orgs == {"Institut für Bildungsentwicklung Tellau e. V."}


def test_an_organisation_before_a_colon_is_the_affiliation_of_the_entry() -> None:
    text = (
        "Ansprechpersonen\n"
        "Stadt Tellau: Lisa Kaufhold, Bildungskoordinatorin, Stabsstelle Bildungskoordination\n"
        "TA Saale-Werra: Friederike Zänker, Prozessbegleitung Städte\n"
    )
    result = parse_participants(text, parse_sections(text))
    members = {(r.subject.canonical, r.object.canonical, r.role) for r in result.relations}
    assert ("Lisa Kaufhold", "Stadt Tellau", "Bildungskoordinatorin") in members
    assert ("Friederike Zänker", "TA Saale-Werra", "Prozessbegleitung Städte") in members


def test_a_chair_written_with_her_office_chairs_the_minuted_body() -> None:
    text = (
        "## Niederschrift über die 7. Sitzung des Bildungsbeirats des Kreises Tellau\n\n"
        "**Vorsitz:** Landrätin Dr. Insa Clausen-Petersen\n\n"
        "### Anwesende Mitglieder\n\n"
        "- Jan Ohm, Jobcenter Tellau\n"
    )
    result = parse_participants(text, parse_sections(text))
    chairs = {r.object.canonical for r in result.relations if r.predicate == "chairedBy"}
    assert chairs == {"Insa Clausen-Petersen"}


DASH_MINUTES = (
    "## Ergebnisprotokoll der 4. Sitzung des Lenkungskreises am 02.05.2024\n\n"
    "**Sitzungsleitung:** Landrätin Dr. Insa Rabe\n"
    "**Protokoll:** Ole Kamp, Regionales Bildungsbüro\n\n"
    "### Anwesend\n\n"
    "- Dr. Insa Rabe – Landrätin, Kreis Tellau (Vorsitz)\n"
    "- Uwe Siems – Schulrat, Schulamt für den Kreis Tellau\n"
    "- Gesa Brandt – Schulaufsicht, Bezirksregierung Rabenau\n"
    "- Jan Moor – Geschäftsführer, Kreishandwerkerschaft Tellau\n\n"
    "### Geschäftsstelle (Regionales Bildungsbüro)\n\n"
    "- Ole Kamp – Leitung\n"
)


def test_dash_entries_give_role_and_organisation_and_the_chair_of_the_sitting() -> None:
    found = participant_triples(DASH_MINUTES)
    assert ("Uwe Siems", "memberOf", "Schulamt für den Kreis Tellau") in found
    assert ("Gesa Brandt", "memberOf", "Bezirksregierung Rabenau") in found
    assert ("Jan Moor", "memberOf", "Kreishandwerkerschaft Tellau") in found
    assert ("Insa Rabe", "memberOf", "Kreis Tellau") in found
    assert ("Ole Kamp", "memberOf", "Regionales Bildungsbüro") in found  # heading and duty line
    assert ("Lenkungskreis", "chairedBy", "Insa Rabe") in found
    assert ("Bezirksregierung Rabenau", "participatesIn", "Lenkungskreis") in found
    assert ("Regionales Bildungsbüro", "participatesIn", "Lenkungskreis") in found


def test_a_partner_line_names_no_persons() -> None:
    found = participant_triples("Partner: Handwerkskammer Tellau-Rabenau, RLSB\n")
    assert not [t for t in found if t[0] == "Handwerkskammer Tellau-Rabenau"]


TEAM_SLIDES = (
    " Transferagentur Tellau\n\n"
    "• Wer wir sind: Transferagentur Tellau für Kommunales Bildungsmanagement\n\n"
    " Unser Team\n\n"
    "Dr. Ilka Rabe Leitung\n\n"
    "Ole Kamp Prozessbegleitung Landkreise,\n"
    "                 Standort Rabenau\n\n"
    "Gesa Moor Teamassistenz\n\n"
    " Unser Angebot\n\n"
    "• Beratung\n"
)


def test_a_team_slide_lists_the_publishers_staff(tmp_path: Path) -> None:
    path = tmp_path / "folien.txt"
    path.write_text(TEAM_SLIDES, encoding="utf-8")
    record = extract_document(path, "folien", {"publisher": "Transferagentur Tellau"})
    staff = {
        (r.subject.canonical, r.role)
        for r in record.relations
        if r.predicate == "memberOf" and r.method == "team-list"
        and (r.object.canonical or "").startswith("Transferagentur Tellau")
    }  # fmt: skip
    assert staff == {
        ("Ilka Rabe", "Leitung"),
        ("Ole Kamp", "Prozessbegleitung Landkreise, Standort Rabenau"),
        ("Gesa Moor", "Teamassistenz"),
    }


def test_a_network_meeting_named_in_quotes_and_guests_marked_in_parentheses() -> None:
    text = (
        "## Protokoll des 4. Netzwerktreffens „Bildungsmonitoring im Nordbund“ am 12.09.2024\n\n"
        "### Teilnehmende\n\n"
        "**Kreis Tellau** - Ole Kamp, Leiter Bildungsbüro\n\n"
        "**Landkreis Rabenau** (Niedersachsen, Gast) - Gesa Moor, Bildungsmonitoring\n"
    )
    found = participant_triples(text)
    network = "Netzwerk „Bildungsmonitoring im Nordbund“"
    assert ("Kreis Tellau", "participatesIn", network) in found
    assert ("Landkreis Rabenau", "participatesIn", network) in found
    assert ("Gesa Moor", "memberOf", "Landkreis Rabenau") in found
    assert not [t for t in found if "Gast" in (t[0] or "") or "Gast" in (t[2] or "")]


def test_a_team_bullet_lists_staff_and_a_surname_may_end_in_land(tmp_path: Path) -> None:
    path = tmp_path / "folien.txt"
    path.write_text(
        " Transferagentur Tellau für Kommunales Bildungsmanagement\n\n"
        "• Team:\n\nDr. Carsten Weiland – Leitung der Transferagentur\n\n"
        "Ilka Rabe – Landeskoordination Tellau\n"
        " Unser Angebot:\n\n• Beratung\n",
        encoding="utf-8",
    )
    record = extract_document(path, "folien", {"publisher": "Transferagentur Tellau"})
    staff = {
        r.subject.canonical for r in record.relations if r.predicate == "memberOf"
        and r.method == "team-list"
    }  # fmt: skip
    assert staff == {"Carsten Weiland", "Ilka Rabe"}


def test_a_team_slide_without_colon_lists_the_publishers_staff_across_wrapped_lines() -> None:
    text = (
        " Unser Team \n\n"
        "Dr. Ina Wolf – Leitung der Transferagentur \n\n"
        "Ole Brandt – Landeskoordinator Mecklenburg-\n\n"
        "Vorpommern \n\n"
        "Jana Sommer – Teamassistenz \n"
    )
    found = parse_participants(text, parse_sections(text))
    team = {m.canonical or m.text for m in found.mentions if m.method == "team-list"}
    assert team == {"Ina Wolf", "Ole Brandt", "Jana Sommer"}


def test_an_agenda_item_heading_is_no_affiliation() -> None:
    text = "## TOP 5 Vorstellung der Transferagentur Rabenau\n\nReferentin: Dr. Ina Wolf\n"
    found = parse_participants(text, parse_sections(text))
    assert not [m for m in found.mentions if m.type == "Organization"]


def test_a_minutes_heading_names_a_body_with_a_quoted_name() -> None:
    assert (
        meeting_body("Protokoll der 6. Sitzung der Steuerungsgruppe „Bildungsregion Tellau“")
        == "Steuerungsgruppe „Bildungsregion Tellau“"
    )


def test_a_team_heading_over_tabbed_rows_is_no_person() -> None:
    text = (
        " Unser Team \n\n"
        "Länderteam Nord \n"
        "Dr. Ina Wolf\tLandeskoordinatorin \n"
        "Ole Brandt\tBildungsmonitoring \n"
    )
    found = parse_participants(text, parse_sections(text))
    people = {m.canonical or m.text for m in found.mentions if m.type == "Person"}
    assert "Länderteam Nord" not in people
    assert not any("Landeskoordinatorin" in p for p in people)


def test_an_office_named_alone_is_the_one_person_the_document_names_in_it() -> None:
    from ingest.offices import name_office_holders

    holder = Mention(
        "Landrätin Dr. Ina Wolf", "Person", Span(0, 21, 1, 1), "test", "Dr. Ina Wolf",
        {"office": "Landrätin"},
    )  # fmt: skip
    alone = Mention("Landrätin", "Person", Span(40, 49, 3, 3), "mask-actor-list:role", "Landrätin")
    name_office_holders([holder, alone], [])
    assert alone.canonical == "Dr. Ina Wolf"
    # the same holder by her surname ("Landrätin Dr. Wolf") is still one person
    short = Mention(
        "Landrätin Dr. Wolf", "Person", Span(60, 78, 5, 5), "test", "Dr. Wolf",
        {"office": "Landrätin"},
    )  # fmt: skip
    again = Mention("Landrätin", "Person", Span(90, 99, 7, 7), "mask-actor-list:role", "Landrätin")
    name_office_holders([holder, short, again], [])
    assert again.canonical == "Dr. Ina Wolf"
    other = Mention(
        "Landrätin Eva Ohm",
        "Person",
        Span(60, 77, 5, 5),
        "test",
        "Eva Ohm",
        {"office": "Landrätin"},
    )
    third = Mention("Landrätin", "Person", Span(90, 99, 7, 7), "mask-actor-list:role", "Landrätin")
    name_office_holders([holder, other, third], [])
    assert third.canonical == "Landrätin"  # two holders: whose office it is stays open


def test_an_office_a_document_names_without_holder_is_the_one_the_corpus_names() -> None:
    from ingest.offices import name_corpus_office_holders

    def holder(name: str) -> Mention:
        return Mention(f"Landrätin {name}", "Person", Span(0, 9, 1, 1), "test", name,
                       {"office": "Landrätin"})  # fmt: skip

    def bare() -> Mention:
        return Mention("Landrätin", "Person", Span(40, 49, 3, 3), "test", "Landrätin")

    minutes, signatures = [holder("Dr. Ina Wolf")], [holder("Dr. Ina Wolf"), holder("Kai Lenz")]
    plan, slides = [bare()], [holder("Dr. Wolf"), bare()]
    name_corpus_office_holders([(minutes, []), (signatures, []), (plan, []), (slides, [])])
    assert plan[0].canonical == "Dr. Ina Wolf"  # a signature block pairing two says nothing
    assert slides[1].canonical == "Landrätin"  # its own document names a holder: left to it
    two = [holder("Dr. Ina Wolf")], [holder("Eva Ohm")], [bare()]
    name_corpus_office_holders([(mentions, []) for mentions in two])
    assert two[2][0].canonical == "Landrätin"  # two holders in the corpus: it stays open


def test_excused_and_guest_lists_name_members_of_their_organisations() -> None:
    text = (
        "## Niederschrift über die 3. Sitzung des Bildungsbeirats des Kreises Tellau\n\n"
        "### Entschuldigt\n\n"
        "- Pastorin Merle Arndt, Diakonisches Werk Tellau; in Vertretung nimmt Jan Kühl teil\n\n"
        "### Gäste\n\n"
        "- Jördis Behrens, Transferagentur Nord für Kommunales Bildungsmanagement\n"
        "- Annika Brandt, Leitende Verwaltungsbeamtin des Amtes Rabenau-Land\n"
    )
    members = participant_triples(text)
    assert ("Merle Arndt", "memberOf", "Diakonisches Werk Tellau") in members
    assert (
        "Jördis Behrens",
        "memberOf",
        "Transferagentur Nord für Kommunales Bildungsmanagement",
    ) in members
    assert ("Annika Brandt", "memberOf", "Amt Rabenau-Land") in members


def test_a_post_names_the_office_it_is_held_in() -> None:
    text = (
        "### Anwesend\n\n"
        "- Carina Ostholt – Leiterin des Schulverwaltungsamts, Stadt Tellau\n"
        "- Fatma Yıldız – Leiterin Kommunales Integrationszentrum Kreis Rabenau (zu TOP 4)\n"
        "- Leitende Regierungsschuldirektorin Dr. Ines Borgwardt, Bezirksregierung Münster\n"
    )
    members = participant_triples(text)
    assert ("Carina Ostholt", "memberOf", "Schulverwaltungsamt") in members
    assert ("Carina Ostholt", "memberOf", "Stadt Tellau") in members
    assert (
        "Fatma Yıldız",
        "memberOf",
        "Kommunales Integrationszentrum Kreis Rabenau",
    ) in members
    assert ("Ines Borgwardt", "memberOf", "Bezirksregierung Münster") in members


def test_a_team_slide_with_wrapped_posts_and_no_council_as_person(tmp_path: Path) -> None:
    text = (
        "Die Transferagentur Nordhang\n\n"
        "Kreistag Tellau, Ausschuss für Schulen und Bildung  I  15.03.2022\n\n"
        "Ihr Team:\n\n"
        "• Dr. Frieda Alm – Leitung\n\n"
        "• Bernd Harr – Landeskoordinator\n\n"
        "Rheinland-Pfalz\n\n"
        "• Marlene Quast – Projektassistenz\n"
    )
    record = extracted(tmp_path, text, "Transferagentur Nordhang", "slides.txt")
    members = {
        (r.subject.canonical, r.object.canonical)
        for r in record.relations
        if r.predicate == "memberOf"
    }
    for person in ("Frieda Alm", "Bernd Harr", "Marlene Quast"):
        assert (person, "Transferagentur Nordhang") in members
    assert not any(person == "Kreistag Tellau" for person, _ in members)


BOLD_ATTENDANCE = """## Ergebnisprotokoll der 3. Sitzung des Bildungsbeirats des Landkreises Tellau

### Teilnehmende

**Landkreis Tellau** - Hinrich Wendt, Landrat (Vorsitz)

**Stadt Tellau** - Tanja Rabe, Bürgermeisterin

**Samtgemeinde Hollfeld** - Keno Harms, Samtgemeindebürgermeister

**Kreishandwerkerschaft Tellau** - Heiko Schnee, Geschäftsführer

**Berufsbildende Schulen Tellau** - Jörg Emmen, Schulleiter

**Regionalstelle Tellau des Landesschulamts** - Regine Alt, Dezernentin Schulaufsicht

**TOP 4 Input: Ganztagsausbau an Grundschulen** - Ulrike Brand, Schulamt

### TOP 1 Begrüßung
"""


def test_bold_attendance_lines_of_towns_schools_and_branches() -> None:
    result = parse_participants(BOLD_ATTENDANCE, parse_sections(BOLD_ATTENDANCE))
    assert _membership(result, "Keno Harms") == {
        ("Samtgemeinde Hollfeld", "Samtgemeindebürgermeister")
    }
    assert _membership(result, "Heiko Schnee") == {
        ("Kreishandwerkerschaft Tellau", "Geschäftsführer")
    }
    assert _membership(result, "Jörg Emmen") == {("Berufsbildende Schulen Tellau", "Schulleiter")}
    assert ("Regionalstelle Tellau des Landesschulamts", "Dezernentin Schulaufsicht") in (
        _membership(result, "Regine Alt")
    )
    assert not _membership(result, "Ulrike Brand")  # an agenda item is no organisation
    taking_part = {r.subject.text for r in result.relations if r.predicate == "participatesIn"}
    # another town at the county's body takes part, and so does the county at its own body
    assert {"Stadt Tellau", "Samtgemeinde Hollfeld", "Landkreis Tellau"} <= taking_part


def test_contacts_across_a_blank_line_and_signatures_without_an_address_in_the_name(
    tmp_path: Path,
) -> None:
    text = (
        "Wir danken allen Beteiligten.\n\nJens-Uwe Tarn\n\nOberbürgermeister der Stadt Tellau\n\n"
        "Ansprechpartnerin:\n\nSvenja Thiel\nLeiterin Bildungsbüro\n"
        "Stadt Tellau, Fachbereich Bildung, Kultur und Sport\nRathausmarkt 3, 24561 Tellau\n"
    )
    record = extracted(tmp_path, text, "Stadt Tellau", "brief.txt")
    members = {
        (r.subject.canonical, r.object.canonical.split(" (")[0], r.role)
        for r in record.relations
        if r.predicate == "memberOf"
    }
    assert ("Jens-Uwe Tarn", "Stadt Tellau", "Oberbürgermeister") in members
    assert ("Svenja Thiel", "Bildungsbüro", "Leiterin Bildungsbüro") in members
    assert not any("Rathausmarkt" in (m.canonical or m.text) for m in record.mentions)


@pytest.mark.parametrize(
    ("written", "canonical", "kind"),
    [
        (
            "Bildungsbüro der Kreisverwaltung Südliche Weinstraße",
            "Bildungsbüro (Landkreis Südliche Weinstraße)",
            "AdministrativeUnit",
        ),
        (
            "Amt für Schule des Landkreises Rabenau",
            "Amt für Schule (Landkreis Rabenau)",
            "AdministrativeUnit",
        ),
        ("Bildungsbüro (zu TOP 2)", "Bildungsbüro", "AdministrativeUnit"),
        ("Volkshochschule der Stadt Tellau", "Volkshochschule der Stadt Tellau", "Organization"),
    ],
)
def test_an_affiliation_naming_an_office_of_a_town(written: str, canonical: str, kind: str) -> None:
    assert canonical_affiliation(written) == canonical
    assert affiliation_type(written) == kind


def test_a_county_administration_with_an_adjective_in_its_place_name() -> None:
    names = {
        m.canonical
        for m in extract_mentions(
            "Das Bildungsbüro der Kreisverwaltung Südliche Weinstraße lädt ein."
        )
    }
    assert "Landkreis Südliche Weinstraße" in names


def test_a_contact_line_by_organisation_with_a_post_of_several_words(tmp_path: Path) -> None:
    text = (
        "Ansprechpersonen:\n"
        "Stadt Tellau: Mats Gruner, Leiter Fachbereich Bildung, Jugend und Sport;\n"
        "Für die Transferagentur: Ben Harms, Landeskoordinator Rheinland-Pfalz.\n"
    )
    record = extracted(tmp_path, text, "Stadt Tellau", "anlage.txt")
    members = {
        (r.subject.canonical, r.object.canonical)
        for r in record.relations
        if r.predicate == "memberOf" and r.method == "participant-list"
    }
    assert ("Mats Gruner", "Stadt Tellau") in members
    assert ("Mats Gruner", "Fachbereich Bildung, Jugend und Sport (Stadt Tellau)") in members
    assert ("Ben Harms", "Transferagentur") in members
    assert not any(org.startswith(("Leiter", "Für")) for _, org in members)


def test_an_office_named_by_an_adjective_and_its_remit_is_the_participants_unit() -> None:
    text = (
        "## Teilnehmende\n\n"
        "**Hansestadt Kesselbach** - Carla Wendler, Kommunale Statistikstelle\n\n"
        "**LK Kesselau** - Jan Ohm, Leiter des Jugendamtes\n"
    )
    found = _members(text)
    assert ("Carla Wendler", "Kommunale Statistikstelle") in found
    assert ("Carla Wendler", "Hansestadt Kesselbach") in found


def test_an_adjective_before_a_noun_is_no_persons_name() -> None:
    from ingest.participants import is_person_name

    assert not any(is_person_name(n) for n in ("Geplante Laufzeit", "Neue Mitglieder"))
    assert all(is_person_name(n) for n in ("Ute Lange", "Maria Stern", "Dana Weiße"))
    # a kind of town with its name, on a list of a body's members
    assert not any(is_person_name(n) for n in ("Kreisstadt Tellau", "Hansestadt Rabenau"))
    assert is_person_name("Ute Neustadt")
    text = (
        "Landkreis Tellau — Antrag im Förderprogramm „Bildungskommunen“\n\n"
        "Antragsteller: Landratsamt Tellau, Sachgebiet 22 (Bildungsbüro)\n"
        "Geplante Laufzeit: 01.04.2023 bis 31.03.2026 (erste Förderphase)\n"
    )
    result = parse_participants(text, parse_sections(text))
    assert not [m for m in result.mentions if m.type == "Person"]


def test_capital_initials_and_board_posts_of_bold_participants() -> None:
    from ingest.participants import split_name_role

    assert split_name_role("- **Sabine Ertl** (SE) – Leiterin des Bildungsbüros") == (
        "Sabine Ertl",
        "Leiterin des Bildungsbüros",
        "se",
    )
    text = (
        "### Teilnehmende\n\n"
        "- **Elisabeth Ganghofer** – Vorständin der Hollerbach-Stiftung für Bildung\n"
        "- **Lea Sommerauer** (LS) – Prozessbegleitung, Transferagentur Nordgau\n"
    )
    result = parse_participants(text, parse_sections(text))
    posts = {(r.subject.text, r.object.text, r.role) for r in result.relations}
    assert ("Elisabeth Ganghofer", "Hollerbach-Stiftung für Bildung", "Vorständin") in posts
    assert ("Lea Sommerauer", "Transferagentur Nordgau", "Prozessbegleitung") in posts


def test_a_bare_sitting_is_one_of_the_body_the_heading_above_names(tmp_path: Path) -> None:
    title = "Ergebnisprotokoll der 6. Sitzung am 14.03.2024"
    assert meeting_body(title, "# Bildungsbeirat der Stadt Tellau") == (
        "Bildungsbeirat der Stadt Tellau"
    )
    assert meeting_body(title, "# Stadt Tellau – Dezernat III") is None  # no body above
    assert meeting_body(title, "# Kreis Tellau – Steuerungsgruppe Bildung") == (
        "Steuerungsgruppe Bildung"  # the body, after the county it belongs to
    )
    text = (
        "# Bildungsbeirat der Stadt Tellau\n\n## Ergebnisprotokoll der 6. Sitzung am 14.03.2024\n\n"
        "| Name | Funktion | Institution |\n|---|---|---|\n"
        "| Bernd Kollmann | Hauptgeschäftsführer | Handwerkskammer Tellau |\n"
        "| Nicole Faber | Geschäftsbereichsleiterin | IHK Rabenau |\n"
    )
    path = tmp_path / "protokoll.md"
    path.write_text(text, encoding="utf-8")
    record = extract_document(path, "protokoll", {"publisher": "Stadt Tellau"})
    taking_part = {
        (r.subject.canonical, r.object.canonical)
        for r in record.relations
        if r.predicate == "participatesIn"
    }
    assert taking_part == {
        ("Handwerkskammer Tellau", "Bildungsbeirat der Stadt Tellau"),
        ("IHK Rabenau", "Bildungsbeirat der Stadt Tellau"),
    }


def test_a_deputy_named_in_any_case_is_the_one_deputy_the_document_names() -> None:
    from ingest.offices import name_office_holders, office_key

    assert office_key("der Beigeordneten") == office_key("Beigeordneter") == "beigeordnete"
    holder = Mention(
        "Beigeordnete Sabine Lorenz", "Person", Span(0, 26, 1, 1), "test", "Sabine Lorenz",
        {"office": "Beigeordnete"},
    )  # fmt: skip
    alone = Mention("Beigeordneten", "Person", Span(40, 53, 3, 3), "test", "Beigeordneten")
    name_office_holders([holder, alone], [])
    assert alone.canonical == "Sabine Lorenz"


def test_a_guest_named_with_a_comma_and_an_item_note_is_no_member() -> None:
    text = (
        "# Protokoll der Sitzung des Bildungsbeirats Rabenau am 3.4.2025\n\n"
        "Anwesend: Anna Weber (Volkshochschule Rabenau)\n\n"
        "Gäste: Lena Sommer, Transferagentur Nord (zu TOP 3).\n\n"
        "TOP 3 Bericht aus dem Bildungsbüro\n"
    )
    found = participant_triples(text)
    assert ("Lena Sommer", "memberOf", "Transferagentur Nord") in found
    assert not {o for s, p, o in found if s.startswith("Transferagentur") and p == "participatesIn"}


def test_an_affiliation_owned_by_the_bare_kind_is_the_documents_own_office() -> None:
    text = (
        "# Protokoll der Sitzung des Lenkungskreises am 3.4.2025\n\n"
        "| Name | Funktion | Institution |\n|---|---|---|\n"
        "| Katrin Pohlmann | Leiterin | Bildungsbüro der Städteregion |\n"
    )
    found = participant_triples(text)
    assert ("Katrin Pohlmann", "memberOf", "Bildungsbüro") in found
