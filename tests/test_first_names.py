"""Given names recognise persons written without a title."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.entities import extract_mentions
from ingest.first_names import is_first_name


@pytest.mark.parametrize("word", ["Maria", "Jens", "Klaus-Dieter", "Anke", "Thoralf"])
def test_german_given_names_are_known(word: str) -> None:
    assert is_first_name(word)


@pytest.mark.parametrize("word", ["Bildung", "Halle", "Vogt", "Netzwerk", "maria", "MARIA"])
def test_nouns_places_surnames_and_other_case_are_not(word: str) -> None:
    assert not is_first_name(word)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüß-", min_size=1, max_size=12))
def test_lowercase_words_are_never_given_names(word: str) -> None:
    assert not is_first_name(word)


def test_a_person_without_title_in_running_text() -> None:
    text = "Sprecherin ist seit Mai Marta Vollrath, die Robert Bosch Stiftung fördert."
    persons = {m.text for m in extract_mentions(text) if m.type == "Person"}
    assert persons == {"Marta Vollrath"}
