"""German cue patterns for relation extraction, kept as data.

The cues are regular expressions over masked sentences (see `ingest.cue_grammar`), one module
per kind of relation. Here they are listed in the order `ingest.relations` tries them; where
two cues state the same relation, the first one's role and method are kept. Adding a cue means
adding a row to one of the `ingest.cues_*` modules, not code.
"""

from __future__ import annotations

from ingest.cue_grammar import ORG_TYPES, Cue, HeadCue
from ingest.cues_cooperation import COOPERATION, FUNDING
from ingest.cues_participation import PARTICIPATION
from ingest.cues_people import PEOPLE
from ingest.cues_structure import CARRIERS, PARTS

CUES: tuple[Cue, ...] = (*PARTICIPATION, *COOPERATION, *FUNDING, *CARRIERS, *PEOPLE, *PARTS)

_HOSTS = ("Body", "Programme", *ORG_TYPES)
HEAD_CUES: tuple[HeadCue, ...] = (
    HeadCue(  # "Das ⟦Bildungsbüro⟧ … Zum Team gehören Herr ⟦A⟧ (…), Frau ⟦B⟧ (…)"
        "team-of-head",
        "memberOf",
        r"\b(?:Zum|Im|Dem)\s+Team\s+(?:gehören|gehörten|arbeiten|sind)\s*:?\s*{LEADIN}"
        r"(?P<other>{ANYS})",
        "o",
        ("AdministrativeUnit", "Organization"),
        head_first=True,
        other_types=("Person",),
    ),
    HeadCue(
        "members-of-head",
        "participatesIn",
        r"\b(?:ständige\w*\s+|neue\w*\s+)?Mitglieder(?:\s+sind)?(?:\s+(?:damit|u\.\s?a\.|unter\s+anderem"
        r"|jetzt|nun|auch))*\s*:?\s*{LEADIN}(?P<other>{ANYS})",
        "o",
        ("Body", "Programme"),
    ),
    HeadCue(
        "represented-in-head",
        "participatesIn",
        # ("Mit dabei sind außerdem die ⟦A⟧ und die ⟦B⟧")
        r"\b(?:(?:vertreten|beteiligt|eingebunden)\s+sind|[Mm]it\s+dabei\s+sind)(?:\s+(?:auch|zudem|außerdem))?"
        r"(?:\s+neben\s+{DET}(?:(?P<also>{ACT})|[^⟦;:]{1,30}?))?\s*:?\s*{LEADIN}(?P<other>{ANYS})",
        "o",
        ("Body", "Programme"),
    ),
    HeadCue(  # "AG X eingerichtet; Leitung gemeinsam durch Herrn A und Frau B"
        "led-by-head",
        "chairedBy",
        r"\b(?:Leitung|Vorsitz|Federführung)(?:\s+gemeinsam)?\s*(?:durch|:)\s+{LEADIN}(?P<other>{ANYS})",
        "s",
        ("Body",),
        other_types=("Person", *ORG_TYPES),
    ),
    HeadCue(  # "• Bildungsbüro im Landratsamt – Leitung: Stefanie X": she works there
        "head-of-unit-item",
        "memberOf",
        # an item of its own ("   – Leitung: X"), not "Bildungsbüro (Leitung: X)" inside a sentence
        r"^\W*(?P<role>Leitung|Leiter(?:in)?)\s*:\s*(?:(?:Frau|Herrn?)\s+)?(?P<other>{PERSON})",
        "o",
        ("AdministrativeUnit", "Organization"),
        head_first=True,
        other_types=("Person",),
    ),
    HeadCue(
        "carrier-of-head",
        "carriedBy",
        r"(?:\bTrägerschaft\s*:|\bTräger(?:in)?\s+(?:ist|sind|war)|\bGeschäftsstelle"
        r"(?:\s+(?:liegt|ist|sitzt))?\s+(?:bei|beim|im|in\s+der|am))\s*{DET}(?P<other>{ORG})",
        "s",
        _HOSTS,
        head_first=True,
    ),
)
