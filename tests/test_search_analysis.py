"""German analysis for BM25: what users rely on when they type umlauts, ASCII or compounds."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from search.analysis import (
    Analyzer,
    corpus_spellings,
    corpus_vocabulary,
    fold,
    split_compound,
    tokenize,
)

ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
german_text = st.text(alphabet="abcdeghilnorstuzäöüßÄÖÜBKS -/.,", max_size=60)

VOCAB = corpus_vocabulary(
    ["Bildung Monitoring Konferenz Bildungskonferenz Übergang Schule Beruf Eltern Arbeit Kreis"]
)


@pytest.mark.parametrize(
    "spellings",
    [
        ("Übergang", "Uebergang", "Ubergang", "ÜBERGANG", "ubergang"),
        ("Übergänge", "Uebergaenge", "Ubergange"),
        ("Maßnahmen", "Massnahmen"),
        ("für", "fuer", "fur"),
        ("Fachkräfte", "Fachkraefte", "Fachkrafte"),
    ],
)
def test_umlaut_and_ascii_spellings_give_one_term(spellings: tuple[str, ...]) -> None:
    analyzer = Analyzer(stopwords=False)
    assert len({tuple(analyzer(s)) for s in spellings}) == 1


def test_tokenizer_keeps_words_with_umlauts_and_sharp_s() -> None:
    # txtai #506: an ASCII-only token pattern silently drops these words.
    assert tokenize("Öffentlichkeit Straße Bürgerbeteiligung") == [
        "offentlichkeit",
        "strasse",
        "burgerbeteiligung",
    ]


def test_inflected_forms_share_a_stem() -> None:
    analyzer = Analyzer()
    assert analyzer("Bildungskonferenzen") == analyzer("Bildungskonferenz")
    assert set(analyzer("Schulen")) == set(analyzer("Schule"))


def test_stopwords_are_dropped_in_any_spelling() -> None:
    analyzer = Analyzer()
    assert analyzer("für die über und der") == []
    assert analyzer("fuer ueber") == []


def test_compound_splits_into_corpus_words_with_linking_s() -> None:
    assert split_compound("bildungsmonitoring", VOCAB) == ["bildung", "monitoring"]
    assert split_compound("elternarbeit", VOCAB) == ["eltern", "arbeit"]
    assert split_compound("monitoring", VOCAB) == []  # known word, too short to split
    terms = Analyzer(vocabulary=VOCAB)("Bildungsmonitoring")
    assert set(Analyzer()("Monitoring der Bildung")) <= set(terms)


@pytest.mark.parametrize(
    ("typo", "right"),
    [
        ("Bildungskonfernz", "Bildungskonferenz"),
        ("Bildungsmonitorng", "Bildungsmonitoring"),
        ("Elternarbiet", "Elternarbeit"),
        ("Uebergnag", "Übergang"),
    ],
)
def test_typos_are_repaired_against_the_vocabulary(typo: str, right: str) -> None:
    analyzer = Analyzer(vocabulary=VOCAB)
    assert analyzer.query_terms(typo) == analyzer.query_terms(right)


def test_known_words_are_never_corrected() -> None:
    analyzer = Analyzer(vocabulary=VOCAB)
    assert analyzer.correct(["schule", "kreis"]) == ["schule", "kreis"]


@given(german_text)
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(german_text)
def test_analyzer_is_idempotent_on_folded_text(text: str) -> None:
    analyzer = Analyzer(vocabulary=VOCAB)
    assert analyzer(fold(text)) == analyzer(text)


@given(german_text)
def test_umlaut_and_ascii_variants_give_the_same_terms(text: str) -> None:
    analyzer = Analyzer(vocabulary=VOCAB)
    assert analyzer(text) == analyzer(text.translate(ASCII))


SAMPLE = "Übergänge gestalten: Maßnahmen für Fachkräfte und das Bildungsmonitoring im Kreis."
SAMPLE_VOCAB = corpus_vocabulary([SAMPLE])
SPELLER = Analyzer(vocabulary=SAMPLE_VOCAB, spellings=corpus_spellings([SAMPLE]))


@pytest.mark.parametrize(
    ("typed", "spelt"),
    [
        ("Uebergaenge fuer Fachkraefte", "Übergänge für Fachkräfte"),
        ("massnahmen im kreis", "Maßnahmen im kreis"),
        ("Bildungsmonitorng", "Bildungsmonitoring"),
        ("Bildungsmonitoring in Jena", "Bildungsmonitoring in Jena"),
    ],
)
def test_queries_are_respelt_as_the_corpus_writes_them(typed: str, spelt: str) -> None:
    assert SPELLER.respell(typed) == spelt


@given(st.lists(st.sampled_from(SAMPLE.replace(":", "").replace(".", "").split()), max_size=8))
def test_respelling_keeps_the_corpus_own_words(words: list[str]) -> None:
    query = " ".join(words)
    assert SPELLER.respell(query) == query
    assert SPELLER.respell(query.translate(ASCII)) == query
