"""Is a candidate a name, or a common noun that merely looks like one?

Actor lists and naming rules also catch words for groups of actors ("Schulen", "Vereine",
"thematische Arbeitskreise"), activities ("Druck", "Beteiligung") and descriptions ("Anbieter
mit knapper Datenlage"). A plural head without a name part denotes a class of actors, not one
entity; a single word names an entity only when it is an organisation compound
("Stadtverwaltung", "Kreativagentur"). Plurals are recognised by the lookup lemmas of spaCy's
German tables, also for the last part of a compound ("Kindertagesstätten" -> "Stätte").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ingest.naming import (
    ADJ_REGEX,
    FOUNDING_NOUNS,
    FUNCTION_WORDS,
    HEAD_OF_ADMINISTRATION,
    QUOTES_CLOSE,
    QUOTES_OPEN,
)

_GENDER = re.compile(r"(?:/-?|\*|:|_)?(?:innen|in|Innen)$")
_PLURAL_END = re.compile(r"(?:e|en|n|er|ien)$")
_ORG_HEAD = re.compile(
    r"(?:amt|agentur|stiftung|verein|verband|kammer|institut|zentrum|büro|bibliothek|verwaltung|"
    r"rat|behörde|hochschule|universität|aufsicht|referat|dezernat|center|gesellschaft)$",
    re.I,
)
# Heads that alone name a kind or a sector ("Politik, Verwaltung, Wirtschaft"), not an actor.
_BARE_HEAD = re.compile(
    r"^(?:amt|agentur|stiftung|verein|verband|kammer|institut|zentrum|büro|verwaltung|aufsicht|"
    r"behörde|gesellschaft|hochschule)$",
    re.I,
)
# "Schulverwaltung", "Schulaufsicht" name a function; "Stadtverwaltung" the body of a place.
_FUNCTION_COMPOUND = re.compile(
    r"^(?!(?:stadt|kreis|landes|land|bundes|gemeinde|kommunal|amts))\w+(?:verwaltung|aufsicht)$",
    re.I,
)
_MIN_SUFFIX = 4
# Feminine singulars that spaCy's lookup table lemmatises as if they were plurals of an
# adjective ("Runde" -> "Rund", "Spitze" -> "Spitz"): "Stiftungsrunde" is one body.
_SINGULAR_DESPITE_TABLE = frozenset({"Runde", "Spitze", "Reife"})
# Heads for kinds of actors and abstract nouns; prepositions that describe rather than name.
_AGENT_HEAD = re.compile(
    r"(?:anbieter|dienstleister|träger|partner|mitarbeiter|vertreter)(?:in|innen|n)?$"
    r"|^mitglied(?:er)?$",  # "Mitglied jeder Fraktion": a seat, not an organisation
    re.I,
)
_ABSTRACT_HEAD = re.compile(r"(?:ung|heit|keit)$")
_DESCRIBING = frozenset({"mit", "aus", "in", "von", "vom", "zum", "zur", "bei", "ohne"})
_PARTICIPLE = re.compile(r"^[A-Za-zäöüß]+end(?:e|en|er|es)$")
_ADJECTIVE = re.compile(ADJ_REGEX)
_PLACE_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?<![tlrh])er$")  # Leipziger, Dresdner


@cache
def _lemmas() -> Any:
    """spaCy's German lemma lookup table (keyed by string hash: use .get(word))."""
    from ingest.nlp import german_nlp

    return german_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")  # type: ignore[attr-defined]  # noqa: E501


def is_plural_noun(word: str) -> bool:
    """'Schulen', 'Lehrer/-innen', 'Kindertagesstätten' are plural; 'Schule', 'Amtes' are not."""
    word = word.strip(".,;:()")
    if _GENDER.search(word) and ("/" in word or "*" in word or word.endswith("innen")):
        return True
    lemmas = _lemmas()
    for i in range(len(word) - _MIN_SUFFIX + 1):
        part = word[i:]
        part = part[0].upper() + part[1:]
        lemma = lemmas.get(part)
        if part in _SINGULAR_DESPITE_TABLE:
            return False
        if lemma is not None:
            return lemma != part and bool(_PLURAL_END.search(part)) and not part.endswith("s")
    return False


def is_acronym(word: str) -> bool:
    """'ÖA', 'TV', 'HWK': two or more capitals in one token."""
    return sum(ch.isupper() for ch in word) >= 2


def has_name_part(words: list[str], places: set[str]) -> bool:
    """A place, an acronym or an unknown capitalised word makes a phrase a name."""
    for word in words:
        core = word.strip('.,;:()„“"')
        if core.lower() in places or any(is_acronym(p) for p in core.split("-") if p):
            return True
    return False


def _head_index(words: list[str]) -> int | None:
    """The first capitalised word that is not an adjective: the noun a phrase is about."""
    for i, word in enumerate(words):
        follows = words[i + 1][:1].isupper() if i + 1 < len(words) else False
        if word[:1].isupper() and not (follows and _ADJECTIVE.match(word)):
            return i
    return None


def generic_plural(surface: str, places: set[str] | None = None) -> bool:
    """'Arbeitskreise', 'thematische Arbeitskreise', 'Agenturen für X': a class of actors.

    'Städtische Bibliotheken' keeps its capitalised modifier and stays a name; so do plurals
    followed by a name ('Arbeitskreise Schule Wirtschaft'). A place adjective alone does not
    name one actor: 'Leipziger Hochschulen' are the several universities of a town.
    """
    words = surface.split()
    head = _head_index(words)
    if head is None or not is_plural_noun(words[head]) or has_name_part(words, places or set()):
        return False
    before, after = words[:head], words[head + 1 :]
    if any(w[:1].isupper() and not _PLACE_ADJECTIVE.match(w) for w in before):
        return False
    return not after or after[0].lower() in FUNCTION_WORDS


# "Grafik-Agentur", "eine Kreativagentur": a trade that a project commissions, not an actor
_COMMISSIONED_TRADE = re.compile(
    r"(?:Grafik|Marketing|Kreativ|Werbe|Design|Event|Kommunikations|PR|Medien|Web|Internet"
    r"|Text|Foto|Film|Video|Social-Media)-?[Aa]gentur(?:en)?",
)


def commissioned_trade(surface: str) -> bool:
    """A bare trade agency ('Marketing-Agentur') is a kind of service bought, never one actor;
    with a name ('Werbeagentur Nordlicht GmbH') it is one."""
    return bool(_COMMISSIONED_TRADE.fullmatch(surface.strip()))


def role_in_process(words: list[str]) -> bool:
    """'Einladende Stiftung', 'die fördernde Stiftung': a participle before a bare kind says
    what an actor does in the process, it does not name one."""
    return (
        len(words) >= 2
        and bool(_PARTICIPLE.search(words[-2]))
        and bool(_BARE_HEAD.match(words[-1]))
    )


_DATE = re.compile(r"(?:\d{1,2}[./]){0,2}\d{4}")


def plausible_actor(phrase: str, places: set[str]) -> bool:
    """Is a phrase left over in an actor list a named actor rather than a description?"""
    words = phrase.split()
    if not words or words[-1].lower() in FUNCTION_WORDS:
        return False  # "Präsenz auf": a cut-off phrase
    if len(words) == 2 and _DATE.fullmatch(words[1]) and is_common_noun(words[0]):
        return False  # "(Stand 2024)": when the list was written
    first = _head_index(words)
    if first is not None and _AGENT_HEAD.search(words[first]):
        return False  # 'Anbieter Sexualpädagogik', 'Mitarbeiter des ÖA': kinds of people
    if role_in_process(words):
        return False
    if has_name_part(words, places):
        return True
    index = _head_index(words)
    if index is None or is_plural_noun(words[index]):
        return False
    head = words[index]
    if _ABSTRACT_HEAD.search(head) and not _ORG_HEAD.search(head):
        return False  # 'Eingrenzung des Gegenstands': an activity, no organisation
    after = words[index + 1 : index + 2]
    if after and after[0].lower() in _DESCRIBING:
        return False  # 'Hochschule mit Marketingschwerpunkt': a kind of actor, described
    others = words[:index] + words[index + 1 :]
    if any(w[:1].islower() and w.lower() not in FUNCTION_WORDS for w in others):
        return False  # lowercase content words: a description ("Zielgruppe konsumiert werden")
    if len(words) == 1:
        if _BARE_HEAD.match(head) or _FUNCTION_COMPOUND.match(head):
            return False  # "Agentur" names nothing, "Schulaufsicht" a function
        return bool(_ORG_HEAD.search(head))
    return True


# --- common nouns and office titles -------------------------------------------------------------

_TOP_OFFICE = re.compile(HEAD_OF_ADMINISTRATION)
_REPRESENTATIVE = re.compile(r"^(?:Vertreter|Stellvertreter)(?:in)?$|^(?:deren|dessen)$", re.I)
_REMIT = re.compile(r"^(?:für|fuer|der|des)$", re.I)


def is_common_noun(word: str, compounds: bool = True) -> bool:
    """'Flyer', 'Transport', 'Suchtprävention' are ordinary German words; 'Kumulus', 'STARK',
    'BiSMit' are not. A compound counts when all its parts are dictionary words (``compounds``).
    """
    from ingest.abbreviations import compound_starts, is_known_word
    from ingest.nlp import german_vocabulary

    core = word.strip(".,;:()„“\"'-")
    if not core or is_acronym(core) or not core.replace("-", "").isalpha():
        return False
    if is_known_word(core) or core.lower() in german_vocabulary():
        return True
    singular = _lemmas().get(core[0].upper() + core[1:])
    if singular is not None and is_known_word(str(singular)):
        return True
    return compounds and (len(compound_starts(core)) >= 2 or _verb_stem_compound(core))


def _verb_stem_compound(word: str) -> bool:
    """'Erklärvideos', 'Lernorte': a verb stem before a dictionary noun."""
    from ingest.abbreviations import is_known_word

    return any(
        is_known_word(f"{word[:cut]}en") and is_common_noun(word[cut].upper() + word[cut + 1 :])
        for cut in range(3, len(word) - 2)
    )


def single_office(phrase: str) -> bool:
    """Does a role phrase without a personal name denote one office (a Person)?

    'Oberbürgermeister', 'Beigeordneter für Jugend, Soziales und Schule', 'Leiter des Amtes für
    Umweltschutz': one office, held by one person. Not: plural or gender-inclusive forms
    ('Moderator/-innen'), representatives ('Vertreter der Stadtverwaltung', 'deren Vertreter'),
    bare functions ('Protokollant', 'Seniorenbeauftragte') and job descriptions written as
    title + topic ('Abteilungsleiterin Bildung'): those are roles of people, not people.
    """
    words = phrase.replace("/ ", "/").split()
    if not words or any(_REPRESENTATIVE.match(w) for w in words[:2]):
        return False
    head = words[0]
    if _GENDER.search(head) and ("/" in head or "*" in head or head.endswith("innen")):
        return False
    if is_plural_noun(head) and not _TOP_OFFICE.match(head):
        return False
    if len(words) == 1:
        return bool(_TOP_OFFICE.match(head))
    return bool(_REMIT.match(words[1]))


# --- descriptions: kinds named with an indefinite article ----------------------------------


def kind_word(name: str | None) -> str:
    """The noun that says what a name is: 'Lenkungsgruppe' of 'zuständigkeitsübergreifende
    Lenkungsgruppe', 'Forum' of 'Forum zum Austausch'."""
    nouns = [w for w in (name or "").split() if w[:1].isupper() and not _ADJECTIVE.match(w)]
    return nouns[0].casefold() if nouns else (name or "").casefold()


DESCRIBED_KINDS = frozenset({"Body", "Organization", "AdministrativeUnit"})
_INFLECTED_ADJECTIVE = re.compile(r"^[a-zäöüß][a-zäöüß-]+(?:e|en|er|es|em)$")
_QUOTE_MARKS = frozenset(QUOTES_OPEN + QUOTES_CLOSE)
_INDEFINITE = frozenset(
    {"ein", "eine", "einer", "eines", "einem", "einen", "kein", "keine", "keiner", "keinem"}
)


_FOUNDING = frozenset(noun.lower() for noun in FOUNDING_NOUNS)
_COORDINATORS = frozenset({",", "oder", "und", "sowie", "bzw."})
_MAX_COORDINATED = 4


def after_indefinite_article(doc: Any, start: int) -> bool:
    """Is the word before a mention an indefinite article? Then, unless a name follows the
    kind ("einem Netzwerk Bildungsberatung"), the words describe a kind of body or
    organisation ("ein Forum zum Austausch"), they do not name one."""
    i = start - 1
    for _ in range(_MAX_COORDINATED):
        while (
            i >= 0 and _INFLECTED_ADJECTIVE.match(doc[i].text) and doc[i].lower_ not in _INDEFINITE
        ):
            i -= 1  # "ein regelmäßiges Forum": adjectives the pattern left outside
        if i >= 1 and doc[i].lower_ in _COORDINATORS and doc[i - 1].text[:1].isupper():
            i -= 2  # "keine eigene Hochschule, Fachhochschule oder Außenstelle": one article
            continue
        break
    if i >= 1 and doc[i - 1].lower_ in _FOUNDING:
        return False  # "Aufbau eines Bildungsbeirates": the body a plan sets up
    return i >= 0 and doc[i].lower_ in _INDEFINITE


def unnamed(tokens: list[Any]) -> bool:
    """No capitalised or quoted name after the kind noun ('Kreativagentur', 'Forum zum …')."""
    capitals = [i for i, t in enumerate(tokens) if t.text[:1].isupper()]
    if not capitals:
        return True
    rest = tokens[capitals[0] + 1 :]
    return not rest or not (rest[0].text[:1].isupper() or rest[0].text in _QUOTE_MARKS)
