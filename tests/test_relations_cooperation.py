"""Cooperation wordings (cooperatesWith) over the real entity extractor, with invented names."""

from __future__ import annotations

import pytest
from relation_helpers import named_triples


def cooperations(text: str) -> set[tuple[str, str]]:
    return {(s.split(" (")[0], o) for s, p, o in named_triples(text) if p == "cooperatesWith"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Das Bildungsbüro des Landkreises Tellau bereitet die Tellauer Bildungskonferenz "
            "gemeinsam mit der Kreisvolkshochschule Tellau vor.",
            {("Bildungsbüro", "Kreisvolkshochschule Tellau")},
        ),
        (
            "Die Kreisvolkshochschule Tellau richtet die Tellauer Bildungskonferenz gemeinsam "
            "mit dem Bildungsbüro Tellau aus.",
            {("Kreisvolkshochschule Tellau", "Bildungsbüro Tellau")},
        ),
    ],
)
def test_the_subject_works_with_the_partner_not_the_object_of_its_verb(
    sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert cooperations(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Fachtage werden vom Bildungsbüro Tellau gemeinsam mit der Volkshochschule Tellau "
        "vorbereitet.",
        "M 2.1 und M 2.2 werden von dem Bildungsbüro Tellau gemeinsam mit der Volkshochschule "
        "Tellau umgesetzt.",
    ],
)
def test_an_agent_acting_together_with_a_partner_cooperates(sentence: str) -> None:
    assert cooperations(sentence) == {("Bildungsbüro Tellau", "Volkshochschule Tellau")}


def test_two_funders_of_one_project_do_not_cooperate() -> None:
    found = cooperations(
        "Das Projekt wird vom Bildungsbüro Tellau gemeinsam mit der Sparkasse Tellau finanziert."
    )
    assert not found
