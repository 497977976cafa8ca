"""Text repair: each step on its own, the offset map back to the original, the real corpus."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.ocr_repair import GermanLexicon, german_lexicon, ocr_word_edits, repair_word
from ingest.repair import RepairedText, apply_edits, repair
from ingest.repair_layout import (
    bullet_edits,
    footnote_edits,
    hyphenation_edits,
    page_break_edits,
    running_header_edits,
    whitespace_edits,
    wrapped_line_edits,
)

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
CHANGED_BY_REPAIR = set("äöüÄÖÜß•")


@pytest.fixture(scope="module")
def lexicon() -> GermanLexicon:
    return german_lexicon()


def edited(text: str, edits: list[tuple[int, int, str]]) -> str:
    return apply_edits(text, edits)[0]


# --- the offset map -------------------------------------------------------------------------


def test_apply_edits_maps_every_char_back() -> None:
    text, offsets = apply_edits("Ma\tBnahmen fiir", [(2, 4, "ß"), (12, 14, "ü")])
    assert text == "Maßnahmen für"
    assert len(offsets) == len(text) + 1
    assert offsets[text.index("ß")] == 2
    assert offsets[text.index("r")] == 14
    assert offsets[-1] == len("Ma\tBnahmen fiir")


def test_overlapping_edits_are_refused() -> None:
    with pytest.raises(ValueError):
        apply_edits("abcdef", [(0, 3, "x"), (2, 4, "y")])


def test_span_gives_original_offsets_and_lines(lexicon: GermanLexicon) -> None:
    original = "Titel\n\nDie Bildungsland-\nschaft\twächst.\n"
    repaired = repair(original, lexicon=lexicon)
    assert "Die Bildungslandschaft wächst." in repaired.text
    start = repaired.text.index("Bildungslandschaft")
    span = repaired.span(start, start + len("Bildungslandschaft"))
    assert original[span.start : span.end] == "Bildungsland-\nschaft"
    assert (span.line_start, span.line_end) == (3, 4)
    assert repaired.line_of(repaired.text.index("wächst")) == 4


# --- a. whitespace ----------------------------------------------------------------------------


def test_tabs_inside_sentences_become_spaces() -> None:
    text = "•\t Strategische\tOberziele\tder\tStadtpolitik  sind \n  eingerückt\t \n"
    assert edited(text, whitespace_edits(text)) == (
        "• Strategische Oberziele der Stadtpolitik sind\n  eingerückt\n"
    )


def test_a_slide_footer_s_column_bar_read_as_a_capital_i_is_a_bar() -> None:
    text = "1 Dr. Ina Voss  I  Ausschuss für Bildung  I  07.06.2023\nDezernat I  und Amt\n"
    assert edited(text, whitespace_edits(text)) == (
        "1 Dr. Ina Voss | Ausschuss für Bildung | 07.06.2023\nDezernat I und Amt\n"
    )


# --- b. running headers and page numbers --------------------------------------------------------


def catalogue_pages() -> str:
    pages = []
    for n in range(1, 5):
        pages.append(
            f" DISKURS 3.3.{n} Thema Nummer {n}\n\n"
            f"3.3.{n} Thema Nummer {n}\n\n PRODUKTBEZEICHNUNG\n\nText über das Thema {n} geht\n\n"
            f"{10 + n}\n\n"
            f"3.3.{n} Thema Nummer {n} DISKURS\n\nweiter im Text.\n\n KURZBESCHREIBUNG\n\n"
            " DISKURS\n\n"
        )
    return "".join(pages) + "EINMALIGE ÜBERSCHRIFT\n\nSchluss.\n"


def test_running_headers_go_but_form_headings_stay() -> None:
    text = catalogue_pages()
    result = edited(text, running_header_edits(text))
    assert "DISKURS" not in result
    assert result.count("PRODUKTBEZEICHNUNG") == 4
    assert result.count("KURZBESCHREIBUNG") == 4
    assert "EINMALIGE ÜBERSCHRIFT" in result
    assert "3.3.2 Thema Nummer 2\n" in result  # the real heading without label stays
    assert not re.search(r"^1[1-4]$", result, re.M)  # page numbers gone
    assert "Text über das Thema 1 geht\nweiter im Text." in result  # sentence rejoined


def test_lone_numbers_that_do_not_rise_are_kept() -> None:
    text = "Priorität\n\n3\n\nhoch\n\n1\n\nmittel\n"
    assert running_header_edits(text) == []


def test_page_edges_of_pdf_pages_go() -> None:
    pages = [f"Bildungsbericht 2020\nInhalt der Seite {n}.\nSeite {n} von 4" for n in range(4)]
    text = "\n\f\n".join(pages)
    result = edited(text, running_header_edits(text))
    assert "Bildungsbericht 2020" not in result and "von 4" not in result
    assert result.count("Inhalt der Seite") == 4


def test_page_breaks_rejoin_running_sentences() -> None:
    text = "ein Satz, der\n\f\nweitergeht. Ende.\n\f\nNeu"
    assert edited(text, page_break_edits(text)) == "ein Satz, der\nweitergeht. Ende.\n\nNeu"


# --- c. footnotes ----------------------------------------------------------------------------


def test_referenced_footnotes_go_with_their_marker() -> None:
    text = (
        "1 Einleitung\n\nIn der Stadt leben heute2 etwa 500.000 Menschen und\n\n"
        "2 Stand: 2012; vgl. Statistik\n\nmehr Text.\n\n2 Ausgangslage in der Stadt\n"
    )
    result = edited(text, footnote_edits(text))
    assert "heute etwa" in result
    assert "Stand: 2012" not in result
    assert "1 Einleitung" in result and "2 Ausgangslage in der Stadt" in result


def test_numbered_list_without_references_stays() -> None:
    text = "Kapitel:\n1 Einleitung\n2 Gesamtentwicklung der Schulen\n3 Anhang\n"
    assert footnote_edits(text) == []


# --- d. hyphenation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("der eigenen Bildungsland-\nschaft.", "der eigenen Bildungslandschaft."),
        ("Entwicklungs-\n\nprozesse und", "Entwicklungsprozesse und"),
        ("AG Übergang Kita-\nGrundschule", "AG Übergang Kita-Grundschule"),
        ("der Kinder- \nund Jugendhilfe", "der Kinder- und Jugendhilfe"),
        ("Bildungs-\noder Sozialplanung", "Bildungs- oder Sozialplanung"),
        ("siehe www.x.de/Ana-\nlysen", "siehe www.x.de/Ana-\nlysen"),
    ],
)
def test_hyphenation(text: str, expected: str, lexicon: GermanLexicon) -> None:
    assert edited(text, hyphenation_edits(text, lexicon)) == expected


def test_hyphen_kept_where_the_document_prints_it_inline(lexicon: GermanLexicon) -> None:
    text = "formaler, non-formaler Bildung; non-\nformaler Angebote, non-\nformale Bildung"
    result = edited(text, hyphenation_edits(text, lexicon))
    assert "non-formaler Angebote" in result and "non-formale Bildung" in result


def test_abbreviation_does_not_end_the_sentence_before_a_header() -> None:
    text = "".join(
        f"Aspekte (z. B.\n\n DATEN 3.2.{n} Thema {n}\n\nBeschäftigung) auf.\n\n DATEN\n\n"
        for n in range(3)
    )
    result = edited(text, running_header_edits(text))
    assert result.count("Aspekte (z. B.\nBeschäftigung) auf.") == 3


def test_doubtful_hyphen_kept_when_joined_word_is_unknown() -> None:
    lexicon = GermanLexicon({"win": 1, "situationen": 1})
    text = "Herstellen von win-\nwin-Situationen"
    assert edited(text, hyphenation_edits(text, lexicon)) == "Herstellen von win-win-Situationen"


# --- e. bullets ------------------------------------------------------------------------------


def test_replacement_char_bullets() -> None:
    text = "\ufffd Entwicklung\n\n\ufffd Migration-Bildung \ufffd Teilhabe"
    assert edited(text, bullet_edits(text)) == "• Entwicklung\n\n• Migration-Bildung • Teilhabe"


def test_symbol_font_bullets_of_a_pdf_are_bullets() -> None:
    text = "\uf0b7 Bildungsleitbild für den\nKreis\n\n\uf0a7 Beschluss \uf0b7 Vorlage"
    assert (
        edited(text, bullet_edits(text))
        == "• Bildungsleitbild für den\nKreis\n\n• Beschluss • Vorlage"
    )


# --- f. OCR words ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("damaged", "meant"),
    [
        ("Ubergange", "Übergänge"),
        ("fiir", "für"),
        ("MaBnahmen", "Maßnahmen"),
        ("Kréfte", "Kräfte"),
        ("Fachkrafte", "Fachkräfte"),
        ("Biindelung", "Bündelung"),
        ("Offentlichkeitsarbeit", "Öffentlichkeitsarbeit"),
        ("{iber", "über"),
        ("regelmaRige", "regelmäßige"),
        ("Schlieen", "Schließen"),
        ("Ubergénge", "Übergänge"),
        ("Fortfiihrung", "Fortführung"),
        ("Weiterfithrung", "Weiterführung"),
        ("Bildungsaktivitaten", "Bildungsaktivitäten"),
    ],
)
def test_ocr_words(damaged: str, meant: str, lexicon: GermanLexicon) -> None:
    assert repair_word(damaged, lexicon) == meant


@pytest.mark.parametrize(
    "word",
    ["Bildungslandschaft", "Leipziger", "TransMit", "KBM", "Rücknahme", "fiirBildung", "Maren"],
)
def test_correct_words_untouched(word: str, lexicon: GermanLexicon) -> None:
    assert repair_word(word, lexicon) is None


def test_a_brace_inside_a_name_is_its_lost_umlaut(lexicon: GermanLexicon) -> None:
    text = "Die AG wird von Jana K{ihl und Tom Br{ickner geleitet."
    assert edited(text, ocr_word_edits(text, lexicon)) == (
        "Die AG wird von Jana Kühl und Tom Brückner geleitet."
    )


def test_plain_umlaut_repairs_only_in_damaged_documents(lexicon: GermanLexicon) -> None:
    clean = "Die Altenburger Ansatze werden in der Mar besprochen."
    assert ocr_word_edits(clean, lexicon) == []
    damaged = clean + " Fiir die MaBnahmen und Priifung."
    assert "Ansätze" in edited(damaged, ocr_word_edits(damaged, lexicon))


# --- the real corpus -------------------------------------------------------------------------


def test_ocr_document_repaired(lexicon: GermanLexicon) -> None:
    text = (CORPUS / "bildungskommune-arbeitspakete.txt").read_text(encoding="utf-8")
    repaired = repair(text, lexicon=lexicon).text
    for word in ("Übergänge", "für", "Maßnahmen", "kräfte", "Fachkräfte", "Bündelung"):
        assert word in repaired, word
    assert "Öffentlichkeitsarbeit" in repaired
    assert not re.search(r"\bfiir\b|MaBnahmen|Biindelung|\{iber", repaired)


@pytest.fixture(scope="module")
def leipzig(lexicon: GermanLexicon) -> RepairedText:
    text = (CORPUS / "leipzig-transferkatalog.txt").read_text(encoding="utf-8")
    started = time.perf_counter()
    repaired = repair(text, lexicon=lexicon)
    assert time.perf_counter() - started < 10
    return repaired


def test_leipzig_layout_repaired(leipzig: RepairedText) -> None:
    text = leipzig.text
    assert "\t" not in text
    assert "Bildungsland-\n" not in text and "eigenen Bildungslandschaft" in text
    assert "Leitbild" not in text or "Leitbild-\n" not in text
    assert not re.search(r"^\s*(STRATEGISCHE ZIELE|DISKURS|MASSNAHMEN)\s*$", text, re.M)
    assert not re.search(r"^\s*DISKURS 3\.3\.3\.\d+ ", text, re.M)
    assert text.count("PRODUKTBEZEICHNUNG") == leipzig.original.count("PRODUKTBEZEICHNUNG")
    assert "3.1 STRATEGIScHE ZIELE" in text  # the real chapter heading stays
    assert "Kinder- und Jugend" in text


def test_leipzig_offsets_point_at_same_letters(leipzig: RepairedText) -> None:
    text, original = leipzig.text, leipzig.original
    assert all(a <= b for a, b in zip(leipzig.offsets, leipzig.offsets[1:], strict=False))
    for i in range(0, len(text), 97):
        if text[i].isalpha() and text[i] not in CHANGED_BY_REPAIR:
            assert original[leipzig.to_original(i)] == text[i]


def test_eisenach_bullets(lexicon: GermanLexicon) -> None:
    text = (CORPUS / "eisenach-zielvereinbarung-transmit.txt").read_text(encoding="utf-8")
    repaired = repair(text, lexicon=lexicon).text
    assert "\ufffd" not in repaired
    assert "• Fachkräfte- und Auszubildendengewinnung" in repaired


# --- property: the map survives any mix of artefacts ------------------------------------------

WORDS = ["Bildung", "Schule", "Netzwerk", "fiir", "Übergänge", "MaBnahmen", "Kita", "und"]
PIECES = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(["\t", "  ", " ", "\n", "\n\n", "-\n", "- \n", "\ufffd ", "\f", "12"]),
    st.sampled_from(["\n DISKURS 3.3.1 Thema eins\n", "\n DISKURS\n", "\n7\n\n", "\n2 vgl. X\n"]),
    st.text(alphabet="abcäößAB .,", max_size=6),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_offsets_map_back_to_original(text: str) -> None:
    repaired = repair(text, lexicon=german_lexicon())
    assert len(repaired.offsets) == len(repaired.text) + 1
    assert all(a <= b for a, b in zip(repaired.offsets, repaired.offsets[1:], strict=False))
    for i, ch in enumerate(repaired.text):
        if ch.isalpha() and ch not in CHANGED_BY_REPAIR:
            assert text[repaired.to_original(i)] == ch
        span = repaired.span(i, i + 1)
        assert 1 <= span.line_start <= span.line_end <= text.count("\n") + 1


def test_two_commas_opening_a_quotation_become_the_german_quote(lexicon: GermanLexicon) -> None:
    fixed = repair('am Programm ,,Bildungskommunen" teil, 1,,5 und ,, leer', lexicon=lexicon)
    assert fixed.text == 'am Programm „Bildungskommunen" teil, 1,,5 und ,, leer'
    start = fixed.text.index("„")
    assert fixed.span(start, start + 1).start == 12  # the two commas of the original


def test_page_labelled_headers_after_the_first_go_and_a_field_line_ends_its_block() -> None:
    header = "Stadt Tellau – Antrag im Programm – Anlage 3{}Seite {} von 3"
    text = "\n\n".join(
        [
            header.format("          ", 1),
            "AP 1 Grundlagen: Analyse der Lage",
            "Zeitraum: 03/2026 - 08/2027",
            header.format("          ", 2),
            "Kooperationspartner (Auswahl)\n- Schulamt Tellau: AP 1",
            header.format("          ", 3),
        ]
    )
    repaired = repair(text, spell=False).text
    assert repaired.count("Seite") == 1  # the letterhead of the first page stays
    assert "Zeitraum: 03/2026 - 08/2027\n\nKooperationspartner" in repaired


def test_double_spaced_prose_runs_on_where_a_line_plainly_continues() -> None:
    text = (
        "Den Vorsitz im Bildungsausschuss führt der Zweite Bürgermeister Florian\n\n"
        "Gschwendtner. Die Stadtverwaltung gliedert sich seit vielen Jahren in Referate, die\n\n"
        "jeweils ein Referent leitet.\n\n"
        "1.2 Akteure und Gremien der Bildungsregion im Landkreis Rabenau heute\n\n"
        "Politische Verantwortung trägt der Kreistag.\n"
    )
    fixed = repair(text, lexicon=german_lexicon()).text
    assert "Florian\nGschwendtner." in fixed
    assert "die\njeweils" in fixed
    assert "heute\n\nPolitische" in fixed  # a heading before a capital stays apart


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.lists(
            st.sampled_from(["der", "Bildung", "Anna", "und", "Stadt.", "im"]), max_size=14
        ).map(" ".join),
        max_size=8,
    ).map("\n\n".join)
)
def test_wrapped_lines_only_lose_blank_lines(text: str) -> None:
    for start, end, replacement in wrapped_line_edits(text):
        assert replacement == "\n" and not text[start:end].strip()


def test_in_double_spaced_prose_a_wrapped_line_runs_on_into_a_capital_too() -> None:
    wrapped = "Die Stadt Tellau hat in den vergangenen Jahren ein Bildungsmanagement\n\naufgebaut. "
    text = (
        wrapped * 8
        + "Das Referat 4 – Kultur, dem die Stadtbibliothek Tellau seit langem angehört, die\n\n"
        + "Stadtbibliothek\n\n4.3 DISKURS\n\n"
        + "Kommunaler Bildungsreport (Seite 18) ● betrifft alle Handlungsfelder\n\n"
        + "Schulentwicklungsbericht (Seite 22) ● ●\n"
    )
    fixed = repair(text, lexicon=german_lexicon()).text
    assert "angehört, die\nStadtbibliothek" in fixed
    assert "Stadtbibliothek\n\n4.3 DISKURS" in fixed
    assert "Handlungsfelder\n\nSchulentwicklungsbericht" in fixed  # rows of a contents table
