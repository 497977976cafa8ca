"""The parties of an agreement, each named with its representative, cooperate."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import extract_document

AGREEMENT = """KOOPERATIONSVEREINBARUNG

zwischen

dem Landkreis Rabenau,
vertreten durch den Landrat, Herrn Dr. Jonas Wendrich,
– nachfolgend „Landkreis“ genannt –

der Volkshochschule Tellau (VHS),
vertreten durch die Leiterin, Frau Karla Hainbuch

und

der Bürgerstiftung Tellau,
vertreten durch den Vorstand, Herrn Ole Brinkmann

Präambel

Die Partner arbeiten seit 2020 zusammen. Die Stadtbibliothek Tellau unterstützt sie.
"""


def test_every_two_parties_cooperate_and_no_one_else(tmp_path: Path) -> None:
    path = tmp_path / "vereinbarung.txt"
    path.write_text(AGREEMENT, encoding="utf-8")
    record = extract_document(path, "vereinbarung", {})
    pairs = {
        frozenset({r.subject.canonical or r.subject.text, r.object.canonical or r.object.text})
        for r in record.relations
        if r.method == "agreement-parties"
    }
    parties = ["Landkreis Rabenau", "Volkshochschule Tellau", "Bürgerstiftung Tellau"]
    assert pairs == {frozenset({a, b}) for i, a in enumerate(parties) for b in parties[i + 1 :]}


def test_a_text_without_an_opening_between_parties_has_none(tmp_path: Path) -> None:
    path = tmp_path / "bericht.txt"
    path.write_text(AGREEMENT.replace("zwischen", "mit Beiträgen von"), encoding="utf-8")
    record = extract_document(path, "bericht", {})
    assert not [r for r in record.relations if r.method == "agreement-parties"]


def test_the_body_the_parties_form_has_every_party_as_participant(tmp_path: Path) -> None:
    text = AGREEMENT + (
        "\n§ 3 Steuerung\n\n(1) Die Vertragspartner bilden eine Gemeinsame Steuerungsgruppe "
        "Bildung. Die Stadtbibliothek Tellau berät sie.\n"
    )
    path = tmp_path / "vereinbarung.txt"
    path.write_text(text, encoding="utf-8")
    record = extract_document(path, "vereinbarung", {})
    members = {
        (r.subject.canonical or r.subject.text, r.object.canonical or r.object.text)
        for r in record.relations
        if r.method == "agreement-parties-body"
    }
    parties = {"Landkreis Rabenau", "Volkshochschule Tellau", "Bürgerstiftung Tellau"}
    assert {party for party, _ in members} == parties  # not the library that advises it
    assert {"Steuerungsgruppe Bildung" in body for _, body in members} == {True}


def test_an_alliance_of_many_parties_is_not_read_as_pairs(tmp_path: Path) -> None:
    towns = ["Tellau", "Rabenau", "Wendholm", "Kesselbach", "Ahlfeld", "Brunnau", "Eichwerder"]
    mayors = [
        "Jan Ohm",
        "Eva Sander",
        "Uwe Brink",
        "Ina Wolf",
        "Tom Heise",
        "Ulla Kern",
        "Max Roth",
    ]
    blocks = "\n\n".join(
        f"der Stadt {town},\nvertreten durch den Bürgermeister, Herrn {mayor}"
        for town, mayor in zip(towns, mayors, strict=True)
    )
    text = f"VEREINBARUNG\n\nzwischen\n\n{blocks}\n\nPräambel\n\nDie Partner bilden ein Bündnis.\n"
    path = tmp_path / "vereinbarung.txt"
    path.write_text(text, encoding="utf-8")
    record = extract_document(path, "vereinbarung", {})
    represented = {r.object.canonical for r in record.relations if r.method == "cue:represented-by"}
    assert len(represented) == len(towns)  # every party is read
    assert not [r for r in record.relations if r.method == "agreement-parties"]
