"""Names one document defines are recognised where another document uses them bare."""

from __future__ import annotations

from pathlib import Path

from ingest.corpus_names import shareable_names
from ingest.entities import extract_mentions
from ingest.pipeline import ingest_corpus


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_acronym_before_a_place_names_the_institution_seated_there() -> None:
    text = "Die Stadt Rabenau lädt ein. Am Tisch sitzt der Prorektor der HTWK Rabenau.\n"
    orgs = [m for m in extract_mentions(text) if m.type == "Organization"]
    assert [(m.text, m.canonical) for m in orgs] == [("HTWK Rabenau", "HTWK Rabenau")]
    assert shareable_names(orgs) == {"HTWK": ("Organization", "HTWK Rabenau")}


def test_shouted_words_and_district_short_forms_are_no_seats() -> None:
    text = "Die Stadt Rabenau plant. EINES Rabenau ist sicher; der LK Rabenau zahlt.\n"
    assert not [m for m in extract_mentions(text) if m.type == "Organization"]


def test_short_form_and_programme_of_one_document_are_found_in_another(tmp_path: Path) -> None:
    corpus, data = tmp_path / "corpus", tmp_path / "data"
    _write(
        corpus,
        "a-bericht.txt",
        "Das Institut für Bildungsforschung (IFB) begleitet das Programm „Lernende Region“.\n",
    )
    _write(corpus, "b-protokoll.txt", "Die Zahlen liefert das IFB. Start Lernende Region im Mai.\n")
    result = ingest_corpus(corpus, data)
    assert not result.errors
    second = next(d for d in result.documents if d.doc_id == "b-protokoll")
    found = {(m.text, m.type, m.canonical) for m in second.mentions}
    assert ("IFB", "Organization", "Institut für Bildungsforschung") in found
    assert ("Lernende Region", "Programme", "Lernende Region") in found
    again = ingest_corpus(corpus, data)
    assert again.extracted == [] and sorted(again.reused) == ["a-bericht", "b-protokoll"]


def test_a_document_alone_does_not_know_the_names_of_others(tmp_path: Path) -> None:
    corpus, data = tmp_path / "corpus", tmp_path / "data"
    _write(corpus, "b-protokoll.txt", "Die Zahlen liefert das IFB. Start Lernende Region im Mai.\n")
    (record,) = ingest_corpus(corpus, data).documents
    assert not [m for m in record.mentions if m.text in ("IFB", "Lernende Region")]


def test_acronym_citing_a_publication_is_its_author() -> None:
    text = "Quelle --> IWB (2019): Kurzstudie zum Revier. Laut Plan (2012) gilt das.\n"
    orgs = [(m.text, m.canonical) for m in extract_mentions(text) if m.type == "Organization"]
    assert orgs == [("IWB", "IWB")]
