"""Phrases that stand for an entity named before: 'dieser Runde', 'das Programm', 'der
Fachdienst', 'der Landkreis'. German minutes and reports name a body, office or programme once
and then refer back to it by its kind; a municipality's own report calls it 'die Stadt'. Each
such phrase becomes a mention of the entity it refers to, so relation cues can use it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ingest.municipal_kinds import KIND_WORDS, alternation
from ingest.naming import ADJ_REGEX, BODY_NAMED, gender_of
from ingest.records import Mention
from ingest.units import Unit

Located = list[tuple[int, int, Mention]]  # (start, end, mention) in the extractor's text

_REACH = 3  # units back in which the antecedent may stand
_LATER_WORDS = r"(?:[a-zäöü][\w-]*(?:e|en|er|es)\s+){0,2}"


@dataclass(frozen=True)
class _Reference:
    pattern: re.Pattern[str]
    types: tuple[str, ...]
    head: bool = False  # the antecedent's name must contain the referring noun


_REFERENCES = (
    # "dieser innerkommunalen Runde": the body named last
    _Reference(
        re.compile(
            r"\b(?:[Dd]ies|[Jj]en)(?:e|er|es|em|en)\s+" + _LATER_WORDS
            + r"(?:Runde|Gremiums?|Gruppe|Kreis(?:es)?|Netzwerks?|Arbeitskreis(?:es)?"
            r"|Beirat(?:s|es)?|Konferenz|Steuerungsgruppe|Lenkungsgruppe)\b"
        ),
        ("Body",),
    ),
    # "Das Programm wird vom BMBF gefördert": the programme named last
    _Reference(
        re.compile(r"\b(?:[Dd]as|[Dd]ieses|[Dd]es|[Dd]em|[Dd]er)\s+(?:(?:Förder|Bundes|Landes)?[Pp]rogramms?"
                   r"|[Pp]rojekte?s?|(?:Transfer|Förder)?[Ii]nitiative)\b"
                   r"(?!\s*[„\"“⟦A-ZÄÖÜ])"),
        ("Programme",),
    ),
    # "der Fachdienst gehört zum Dezernat III": the office of that kind named last
    _Reference(
        re.compile(
            r"\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]es)\s+(?P<noun>Amt|Fachdienst|Fachbereich"
            r"|Abteilung|Referat|Dezernat|Sachgebiet|Bildungsbüro|Büro)(?:e?s)?\b"
            r"(?!\s+(?:für|[A-ZÄÖÜ0-9⟦„\"]))"
        ),
        ("AdministrativeUnit",),
        head=True,
    ),
    # "Der Verein, dessen Vorsitzender X ist": the association named last ("… e. V.")
    _Reference(
        re.compile(
            r"\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]es)\s+(?P<noun>Verein|Stiftung|Hochschule"
            r"|Volkshochschule|Kammer|Agentur)(?:e?s)?\b(?!\s+(?:für|[A-ZÄÖÜ0-9⟦„\"]))"
        ),
        ("Organization",),
        head=True,
    ),
)  # fmt: skip
# a registered association is a "Verein" whatever its name says
_HEAD_FORMS = {"verein": re.compile(r"verein|\be\.\s?v\.", re.IGNORECASE)}
# "Träger des Modellprojekts ist …", "Das Vorhaben wird … finanziert" inside a product mask:
# the transfer object the mask describes (a programme keeps its own word, "das Programm")
_DESCRIBED_OBJECT = re.compile(
    r"\b(?:[Dd]as|[Dd]ieses|[Dd]es|[Dd]iese[sm]|[Dd]em)\s+(?:[a-zäöü]\w*(?:e|en|es)\s+)?"
    r"(?:Modell|Pilot|Kooperations)?(?:[Pp]rojekte?s?|[Vv]orhabens?|[Aa]ngebote?s?|[Ii]nstruments?)\b"
    r"(?!\s*[„\"“⟦A-ZÄÖÜ])"
)
# "ist die Stadt Mitglied im Netzwerk": nouns of a role, which follow the bare kind, not a name
_ROLE_NOUN = r"(?:[A-ZÄÖÜ]\w*-?)?(?:[Mm]itglied|Partner|Teil\b|Träger|Teilnehmer|Gesellschafter)"
# "hat der Landkreis am Programm teilgenommen": the municipality the passage is about
_OWN_MUNICIPALITY = re.compile(
    r"\b(?:[Dd]er|[Dd]ie|[Dd]em|[Dd]en|[Dd]es|vom|beim|zum)\s+"
    rf"(?P<noun>{alternation(KIND_WORDS)}|Hansestadt|Kommune|Bezirk(?:s|es)?"
    r"|(?:Kreis|Stadt|Gemeinde)verwaltung)\b"  # "die Kreisverwaltung": the county
    r"(?!\s+(?:für|der\s|des\s|(?!" + _ROLE_NOUN + r")[A-ZÄÖÜ]))"
)
# the municipalities a bare kind may stand for: "der Kreis" a (Land)kreis, "die Stadt" a town
_KIND_FITS = {
    "kreis": re.compile(r"kreis\b(?!stadt)", re.IGNORECASE),
    "stadt": re.compile(r"stadt\b", re.IGNORECASE),
    "bezirk": re.compile(r"^bezirk\b", re.IGNORECASE),
    "städteregion": re.compile(r"^städteregion\b", re.IGNORECASE),
}
# "Wir sind Teil der Transferinitiative", "verstärkt X unser Team": the publisher speaking
_WE = re.compile(
    r"\b(?:[Ww]ir|[Uu]nser(?:e|er|es|em|en)?\s+(?:Team|Agentur|Büro|Einrichtung|Verein|Stiftung))\b"
    # "unserer Prozessbegleiterin Hanna X": the possessive stands for the publisher
    r"|\b[Uu]nser(?:e|er|es|em|en)?(?=\s+[A-ZÄÖÜ]\w*(?:in|er|ent|or)\s+(?:(?:Frau|Herrn?|Dr\.)\s+)*"
    r"[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ])"
)
_SPEAKING_TYPES = ("Organization", "AdministrativeUnit")
_SPEAKER = re.compile(r"^[\s*_-]*[A-ZÄÖÜ][\w.]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,3}\s*:")
# "neben der Kreisverwaltung", "Die Kreisverwaltung …": the administration as a party
_GOVERNING_WORD = re.compile(
    r"(?:^|[.:;]\s*|\b(?:neben|mit|von|bei|durch|für|an|zwischen|und|sowie)\s+)$", re.IGNORECASE
)
# "von Stadt und Landkreis", "durch Kreis und Stadt": both partners of a joint passage, named
# by their kinds alone after a preposition or as a sentence's subject ("Stadt und Landkreis
# beteiligen sich …"; not "in Stadt und Landkreis": the place)
_BARE_PAIR = re.compile(
    r"(?:\b(?:von|vom|durch|zwischen|für)\s+(?:je\s+)?|^|(?<=[.;:!?]\s)|(?<=\n))"
    r"(?P<one>Stadt|(?:Land)?[Kk]reis)\s+und\s+"
    r"(?P<other>Stadt|(?:Land)?[Kk]reis)\b(?!\s*[A-ZÄÖÜ⟦„\"])"
)
# "von Kreis, Agentur für Arbeit X und Jobcenter Y getragen": a bare kind as one party of an
# enumeration of named ones, which the named neighbours show to be parties
_BARE_KIND = re.compile(r"\b(?P<noun>(?:Land)?[Kk]reis|Hansestadt|Stadt)\b(?!\s*[A-ZÄÖÜ⟦„\"(-])")
_LIST_SEPARATOR = r"(?:\s*,\s*|\s+(?:und|sowie)\s+)(?:(?:der|dem|den|die|das|des)\s+)?"
_SEPARATOR_AFTER = re.compile(_LIST_SEPARATOR)
_SEPARATOR_BEFORE = re.compile(_LIST_SEPARATOR + r"$")
_PARTY_LIST_START = re.compile(r"(?:\b(?:von|durch|zwischen)|[(:,]|\bund|\bsowie)\s*$")
# "in der Stadt", "aus dem Landkreis": the place, not the municipality acting
_LOCATIVE = re.compile(r"\b(?:in|aus|innerhalb|außerhalb|über)\s+$", re.IGNORECASE)


# "Das Grundbildungszentrum wird … betrieben" after "Grundbildungszentrum Oberspreewald":
# a definite article and the first word of a longer name named shortly before
_DEFINITE_HEAD = re.compile(
    r"\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Dd]es|[Ii]m|[Zz]um|[Zz]ur|[Vv]om|[Bb]eim|[Aa]m)\s+"
    r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]{3,}(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*)\b(?![ \t]*[A-ZÄÖÜ„\"“(-])"
)
_HEAD_REACH = 10
_NAMED_TYPES = ("Organization", "AdministrativeUnit", "Body", "Programme")


# what a dative pronoun is the parent of: "Ihm gehören … an", "Ihm sind die A und die B
# zugeordnet"
_DATIVE_VERB = (
    r"(?=gehör|obliegt|obliegen|unterstehen|untersteht"
    r"|(?:sind|ist|wurden|wurde|werden|wird)\b[^.;]{0,120}?\b(?:zugeordnet|unterstellt|angegliedert)\b)"
)
# "Es tagt unter Vorsitz von X": a sentence opening with a personal pronoun continues with
# the subject of the sentence before, if its gender fits ("Es" the Netzwerk, "Er" the Beirat)
_PRONOUN = re.compile(
    r"(?:(?:Geleitet|Koordiniert|Getragen|Gefördert|Finanziert|Moderiert)\s+(?:wird|wurde)\s+)?"
    # ("Diese wird von … gefördert": a demonstrative standing alone, before its verb)
    r"(?P<pronoun>Es|Er|Sie|es|er|sie|Diese[rs]?(?=\s+[a-zäöüß]))\b"
    r"(?!\s+(?:gibt|geht|handelt|ist\s+(?:geplant|vorgesehen|wichtig)))"
    rf"|(?P<dative>Ihm|Ihr)\s+{_DATIVE_VERB}"
)
# "tagt unter ihrer Leitung": the person the sentence before named
_THEIR_LEAD = re.compile(
    r"\b[Uu]nter\s+(ihrer|seiner|ihrem|seinem)\s+(?:Leitung|Vorsitz|Federführung)\b"
    r"|\b(?:von|durch)\s+(ihr|ihm)\s+(?:\w+\s+)?(?:geleitet|moderiert)\b"  # "wird von ihr geleitet"
)
_PRONOUN_GENDER = {
    **{"es": {"n"}, "er": {"m"}, "sie": {"f"}, "ihm": {"m", "n"}, "ihr": {"f"}},
    **{"dieses": {"n"}, "dieser": {"m"}, "diese": {"f"}},
}
# "Zu dessen Geschäftsbereich gehören …", "Deren Geschäftsführerin ist …": a possessive that
# opens the sentence stands for the last name of the sentence before whose gender fits
_POSSESSIVE = re.compile(
    r"(?:(?:Zu|In|Aus|Unter|Bei|Mit|Nach)\s+)?(?P<possessive>[Dd]essen|[Dd]eren)\s+(?=[A-ZÄÖÜ])"
)
_POSSESSIVE_GENDER = {"dessen": {"m", "n"}, "deren": {"f", "pl"}}
_ADJECTIVE = re.compile(ADJ_REGEX)


def _referents(
    ref: _Reference, noun: str, located: list[Located], first: int, position: int, at: int
) -> list[Mention]:
    """Mentions a reference may stand for, in sentences `first`..`position`, before `at`."""
    return [
        m
        for back in located[first : position + 1]
        for start, _, m in back
        if m.type in ref.types
        and start < at
        and (not ref.head or _named_as(noun, m.canonical or m.text))
    ]


def _named_as(noun: str, name: str) -> bool:
    """Does a name say it is one of the kind the noun refers to ('Verein' for 'X e. V.')?"""
    form = _HEAD_FORMS.get(noun)
    return bool(form.search(name)) if form else noun in name.casefold()


_CLAUSE_PRONOUN = re.compile(
    r";\s*(?:(?P<pronoun>sie|es|er)\s+(?=[a-zäöüß]+t\b|(?:wird|wurde|war|hat)\b)"
    # ("…; organisatorisch getragen wird es vom ⟦X⟧": an adverb may come first)
    r"|(?:[a-zäöüß]+\s+)?(?:geleitet|moderiert|koordiniert|getragen)\s+(?:wird|wurde)\s+"
    r"(?P<fronted>sie|es|er)\s+(?=(?:gemeinsam\s+)?(?:von|vom)\b)"
    # "…; ihm gehören u. a. die ⟦A⟧ und der ⟦B⟧ an"
    rf"|(?P<dative>ihm|ihr)\s+{_DATIVE_VERB})"
    # "Frau ⟦X⟧ berichtet aus der ⟦AG⟧, die sie leitet": the subject leads the clause's body
    r"|,\s*(?:die|der|das|den)\s+(?P<relative>sie|er)\s+(?=(?:\w+\s+){0,3}?(?:leitet|moderiert"
    r"|koordiniert)\b)"
)


def _parent_named_before(
    text: str, located: list[Located], position: int, genders: set[str]
) -> list[Mention]:
    """The name of the sentence before that a dative pronoun of these genders stands for: its
    first that fits, or its last where its names stand in adverbials (as `_pronoun_reference`)."""
    if position == 0:
        return []
    named = [m for m in equated(text, located[position - 1]) if m.type in _NAMED_TYPES]
    order = reversed(named) if _in_adverbial(text, located[position - 1], named) else iter(named)
    return [m for m in order if genders & _genders(m)][:1]


def _genders(mention: Mention) -> set[str]:
    """A programme goes by its kind: "das Projekt „X“", "die Initiative „Y“"."""
    return {"n", "f"} if mention.type == "Programme" else {_gender(mention)}


def _may_be(person: Mention, pronoun: str) -> bool:
    """Can 'sie'/'er' stand for this person? 'Frau X' is 'sie', 'Herr Y' is 'er'."""
    if person.type != "Person":
        return False
    title = person.text.split()[0]
    return title not in ("Frau", "Herr", "Herrn") or (title == "Frau") == (pronoun == "sie")


def _gender(mention: Mention) -> str:
    """Grammatical gender of the noun a name is built on ('Regionales Bildungsbüro': n)."""
    words = re.sub(r"\s*\(.*$", "", mention.canonical or mention.text).split()
    head = next((w for w in words if not _ADJECTIVE.match(w)), words[-1] if words else "")
    return gender_of(head)


_COPULA = re.compile(r"\s+(?:ist|war|bleibt)\s+(?:der|die|das)\s+")
_DESCRIPTION = re.compile(r"(?i)(?:gremium|forum|plattform)\b")  # a body described by its kind


def equated(text: str, located: Located) -> list[Mention]:
    """The parties a sentence names, a kind equated with a name standing for that name: 'Das
    wichtigste Steuerungsgremium ist der Lenkungskreis Bildung' names the Lenkungskreis twice."""
    named = [mention for _, _, mention in located]
    for i in range(len(located) - 1):
        (_, end, one), (start, _, other) = located[i], located[i + 1]
        if one.type != other.type or not _COPULA.fullmatch(text[end:start]):
            continue
        if _DESCRIPTION.search(one.text) and not _DESCRIPTION.search(other.text):
            named[i] = other
        elif _DESCRIPTION.search(other.text) and not _DESCRIPTION.search(one.text):
            named[i + 1] = one  # "Die Bildungskonferenz ist das zentrale … Gremium der …"
    return named


_OPENING = re.compile(r"[\s\-–•*]*")


def _words_start(text: str, unit: Unit) -> int:
    """Where a unit's words begin, after the bullets and spaces that open it."""
    opening = _OPENING.match(text, unit.start, unit.end)
    return opening.end() if opening else unit.start


# a preposition right before a name: it stands in an adverbial, not as the subject
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:im|in|beim|bei|am|an|vom|von|zum|zur|aus|mit)\s+(?:(?:der|dem|den)\s+)?$", re.I
)


def _in_adverbial(text: str, located: Located, named: list[Mention]) -> bool:
    """Does the first of the names stand after a preposition ('liegt im Landratsamt …')?"""
    start = next((start for start, _, m in located if named and m is named[0]), None)
    return start is not None and bool(_PREPOSITION_BEFORE.search(text, max(0, start - 20), start))


def _pronoun_reference(
    text: str, unit: Unit, located: list[Located], position: int
) -> tuple[int, int, Mention] | None:
    match = _PRONOUN.match(text, _words_start(text, unit), unit.end)
    if match is None or position == 0:
        return None
    pronoun = (match["pronoun"] or match["dative"]).lower()
    # the sentence before, or the one before it if that names no one ("Den Vorsitz führt
    # die Landrätin. Ihm gehören …")
    named: list[Mention] = []
    for back in (position - 1, position - 2)[: 2 if match["dative"] else 1]:
        named = (
            [m for m in equated(text, located[back]) if m.type in _NAMED_TYPES] if back >= 0 else []
        )
        if named:
            break
    # the subject of the sentence before comes first; after a semicolon, of its last clause
    # ("Zum Referat gehört das Amt; dort ist das Bildungsbüro verankert. Geleitet wird es …")
    readings = [named]
    if named and back >= 0:
        starts = [start for start, _, m in located[back] if m in named]
        semicolon = text.rfind(";", starts[0], unit.start)
        if semicolon > starts[0]:
            last = [m for start, _, m in located[back] if m in named and start > semicolon]
            readings = [last, named] if last else readings
    group = "dative" if match["dative"] else "pronoun"

    def fits(mention: Mention) -> bool:
        return bool(_PRONOUN_GENDER[pronoun] & _genders(mention))

    # a demonstrative points at the last name that fits, and so does a dative parent after a
    # sentence whose names all stand in its adverbials ("Die Verantwortung liegt im
    # Landratsamt beim Geschäftsbereich II. Ihm sind …"; not "Das Netzwerk erhält Mittel des
    # Ministeriums. Ihm gehören …")
    if pronoun.startswith("dies") or (
        match["dative"] and _in_adverbial(text, located[back], named)
    ):
        latest = next((m for m in reversed(named) if fits(m)), None)
        return (match.start(group), match.end(group), latest) if latest else None
    for candidates in readings:
        if candidates and fits(candidates[0]):
            return match.start(group), match.end(group), candidates[0]
    # "Geschäftsstelle der ⟦Bildungsregion⟧ ist das ⟦Bildungsbüro⟧. Es ist …": the one name of
    # the sentence before whose gender fits, when its subject's does not
    fitting = {id(m): m for m in named if fits(m)}
    if len(fitting) == 1:
        return match.start(group), match.end(group), next(iter(fitting.values()))
    # "…, die Lukas Feldmann innehat. Er leitet die ⟦AG⟧": the one person of the sentence
    # before, when no institution there fits ("sie" only for a "Frau", it may be plural)
    people = {(m.canonical or m.text): m for m in equated(text, located[position - 1])}
    people = {name: m for name, m in people.items() if m.type == "Person"}
    person = next(iter(people.values())) if len(people) == 1 else None
    if person and _may_be(person, pronoun) and (pronoun == "er" or person.text.startswith("Frau")):
        return match.start(group), match.end(group), person
    return None


def _possessive_reference(
    text: str, unit: Unit, located: list[Located], position: int
) -> tuple[int, int, Mention] | None:
    match = _POSSESSIVE.match(text, _words_start(text, unit), unit.end)
    if match is None or position == 0:
        return None
    wanted = _POSSESSIVE_GENDER[match["possessive"].lower()]
    fitting = [
        m for _, _, m in located[position - 1] if m.type in _NAMED_TYPES and wanted & _genders(m)
    ]
    return (match.start("possessive"), match.end("possessive"), fitting[-1]) if fitting else None


# groups written short ("AK Übergänge" is the Arbeitskreis the minutes then call so)
_SHORT_GROUP = {"Arbeitskreis": "AK", "Arbeitsgruppe": "AG"}


def _heads(noun: str) -> set[str]:
    """'Grundbildungszentrums' -> {'Grundbildungszentrums', 'Grundbildungszentrum'};
    'Arbeitskreises' -> also 'AK'."""
    heads = {noun, re.sub(r"(?:es|s)$", "", noun)}
    return heads | {_SHORT_GROUP[h] for h in heads if h in _SHORT_GROUP}


def _first_word_is(mention: Mention, heads: set[str]) -> bool:
    """'Grundbildungszentrum' for 'Grundbildungszentrum X', and 'Agentur' for
    'Transferagentur X' (the last part of a compound names its kind); adjectives before the
    noun do not count ('Allianz' for 'Regionale Fachkräfteallianz X')."""
    words = (mention.canonical or mention.text).split()
    first = next((w for w in words if not _ADJECTIVE.match(w)), words[0])  # "Regionale X"
    return first in heads or any(
        len(head) >= 6 and first.casefold().endswith(head.casefold()) for head in heads
    )


def _kind_used_alone_before(located: list[Located], heads: set[str], named: Mention) -> bool:
    """Did the text use the bare kind for an entity of its own before it first gave the
    longer name? Then the bare kind keeps meaning that entity."""
    key = named.canonical or named.text
    spots = [(start, m) for back in located for start, _, m in back]
    first = min((start for start, m in spots if (m.canonical or m.text) == key), default=None)
    return first is not None and any(
        start < first and m.text in heads and m.type == named.type for start, m in spots
    )


def with_anaphors(
    text: str,
    unit: Unit,
    located: list[Located],
    position: int,
    topic: Mention | None,
    publisher: Mention | None = None,
    described: Mention | None = None,
) -> Located:
    """The unit's mentions plus one for each phrase that refers back to an entity; 'wir' and
    'unser Team' are the ``publisher`` (an organisation), unless a speaker is quoted; 'das
    Projekt' inside a product mask is the transfer object it ``described``."""
    found = list(located[position])

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e, _ in found)

    if described is not None:
        for match in _DESCRIBED_OBJECT.finditer(text, unit.start, unit.end):
            if free(match.start(), match.end()):
                found.append((match.start(), match.end(), described))
        for short in _short_names(described):  # "Getragen wird der BO-Bus vom …"
            article = rf"\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es)\s+({re.escape(short)})\b"
            for match in re.compile(article).finditer(text, unit.start, unit.end):
                if free(match.start(1), match.end(1)):
                    found.append((match.start(1), match.end(1), described))

    for ref in _REFERENCES:
        for match in ref.pattern.finditer(text, unit.start, unit.end):
            noun = (match.groupdict().get("noun") or "").casefold()
            at = match.start()
            earlier = _referents(ref, noun, located, max(0, position - _REACH), position, at)
            if not earlier:  # further back: the only one the document has named
                named_before = _referents(ref, noun, located, 0, position, at)
                word = match.group(0).split()[-1].casefold()  # "der Transferinitiative"
                named_so = [m for m in named_before if word in (m.canonical or m.text).casefold()]
                named_before = named_so or named_before
                earlier = (
                    named_before if len({m.canonical or m.text for m in named_before}) == 1 else []
                )
            start = match.start("noun") if ref.head else match.start()  # "des ⟦Fachbereichs⟧"
            if earlier and free(start, match.end()):
                found.append((start, match.end(), earlier[-1]))
    near = {id(m) for back in located[max(0, position - _HEAD_REACH) : position + 1]
            for _, _, m in back}  # fmt: skip
    for match in _DEFINITE_HEAD.finditer(text, unit.start, unit.end):
        heads = _heads(match["noun"])
        earlier = [
            m
            for back in located[: position + 1]
            for start, _, m in back
            if m.type in _NAMED_TYPES
            and start < match.start()
            and len((m.canonical or m.text).split()) > 1
            and _first_word_is(m, heads)
        ]
        if re.match(BODY_NAMED, match["noun"]) and any(m.type == "Body" for m in earlier):
            # "das Netzwerk" after "Netzwerk X" and "Netzwerk Y e.V.": the body, not the society
            earlier = [m for m in earlier if m.type == "Body"]
        one = len({m.canonical or m.text for m in earlier}) == 1  # further back: if unambiguous
        if not earlier or not (one or id(earlier[-1]) in near):
            continue
        if _kind_used_alone_before(located[: position + 1], heads, earlier[-1]):
            continue  # "das Bildungsbüro" before "des Regionalen Bildungsbüros": its own office
        bare = [f for f in found if f[0] == match.start("noun") and f[2].text == match["noun"]]
        if bare:  # "Die Arbeitsgruppe tagt …" after "Arbeitsgruppe X": X, not a kind of its own
            found.remove(bare[0])
            bare[0][2].canonical = earlier[-1].canonical or earlier[-1].text
        if free(match.start("noun"), match.end()):
            found.append((match.start("noun"), match.end(), earlier[-1]))  # the article stays
    for reference in (
        _pronoun_reference(text, unit, located, position),
        _possessive_reference(text, unit, located, position),
    ):
        if reference and free(*reference[:2]):
            found.append(reference)
    for match in _CLAUSE_PRONOUN.finditer(text, unit.start, unit.end):
        # "Die ⟦Steuerungsgruppe⟧ hat sich konstituiert; sie tagt unter …": the opening subject
        said_before = sorted([*located[position], *found], key=lambda f: f[0])  # with anaphors
        opening = [m for start, _, m in said_before if start < match.start()][:1]
        said = next(g for g in ("pronoun", "fronted", "dative", "relative") if match[g])
        wanted = _PRONOUN_GENDER[match[said]]
        fits = opening and (
            (opening[0].type in _NAMED_TYPES and wanted & _genders(opening[0]))
            or (said == "relative" and _may_be(opening[0], match[said]))
        )
        if not fits and said == "dative":
            # "Den Vorsitz führt ⟦X⟧; ihm gehören … an": a person opens the clause, so the
            # parent is the body of the sentence before
            opening = _parent_named_before(text, located, position, wanted)
            fits = bool(opening)
        if fits and free(match.start(said), match.end(said)):
            found.append((match.start(said), match.end(said), opening[0]))
    for match in _THEIR_LEAD.finditer(text, unit.start, unit.end):  # "unter ihrer Leitung"
        persons = [m for _, _, m in located[position - 1] if m.type == "Person"] if position else []
        group = 1 if match.group(1) else 2
        if persons and free(match.start(group), match.end(group)):
            found.append((match.start(group), match.end(group), persons[-1]))
    speaker = _SPEAKER.match(text, unit.start, unit.end)  # "Frau X: Wir planen …" is hers
    if publisher is not None and publisher.type in _SPEAKING_TYPES and not speaker:
        for match in _WE.finditer(text, unit.start, unit.end):
            if free(match.start(), match.end()):
                found.append((match.start(), match.end(), publisher))
    for match in _OWN_MUNICIPALITY.finditer(text, unit.start, unit.end):
        before = text[max(unit.start, match.start() - 12) : match.start()]
        if match["noun"].endswith("verwaltung") and not _GOVERNING_WORD.search(before):
            continue  # "Fachbereich 4 der Kreisverwaltung": whose unit, said by the unit's name
        meant = _municipality_meant(match["noun"], match.start(), located, position, topic)
        if meant and free(match.start(), match.end()) and not _LOCATIVE.search(before):
            found.append((match.start("noun"), match.end(), meant))  # the article stays
    for match in _BARE_PAIR.finditer(text, unit.start, unit.end):
        # "von Stadt und Landkreis gemeinsam getragen": the town and the county of the passage
        pair = [
            (match.start(noun), match.end(noun), meant)
            for noun in ("one", "other")
            if (meant := _municipality_meant(match[noun], match.start(), located, position, topic))
        ]
        named = {id(m) for _, _, m in pair}
        # "die Bildungsbüros von Stadt und Landkreis": whose offices, not two parties
        owned = any(text[e : match.start()].isspace() for _, e, _ in found)
        if len(pair) == 2 and len(named) == 2 and not owned and all(free(s, e) for s, e, _ in pair):
            found.extend(pair)
    found.extend(_bare_kinds_in_lists(text, unit, located, position, topic, free))
    return sorted(found, key=lambda f: f[0])


_QUOTED_NAME = re.compile(r"[„\"“»]([^“\"”«]{3,60})[“\"”«]")


def _short_names(described: Mention) -> list[str]:
    """A transfer object's short names: the quoted part of its title and that part's first
    word when it is a coined name ('Mobile Berufsorientierung „BO-Bus X“': 'BO-Bus')."""
    quoted = _QUOTED_NAME.search(described.canonical or described.text)
    if quoted is None:
        return []
    name = quoted.group(1).strip()
    first = name.split()[0]
    coined = len(first) >= 4 and (any(c.isupper() for c in first[1:]) or "-" in first)
    return [name, first] if coined and first != name else [name]


def _bare_kinds_in_lists(
    text: str,
    unit: Unit,
    located: list[Located],
    position: int,
    topic: Mention | None,
    free: Callable[[int, int], bool],
) -> Located:
    """Bare kinds ('Kreis', 'Hansestadt') listed next to named parties, as the municipality
    meant; a chain of bare kinds counts when one of them stands next to a named party."""
    bare = [
        m
        for m in _BARE_KIND.finditer(text, unit.start, unit.end)
        if free(m.start(), m.end())
        and _PARTY_LIST_START.search(text[max(unit.start, m.start() - 12) : m.start()])
    ]

    def neighbours(match: re.Match[str]) -> tuple[int, int]:
        """Where the list's next item starts and its previous one ends (-1: no list there)."""
        after = _SEPARATOR_AFTER.match(text, match.end(), unit.end)
        before = _SEPARATOR_BEFORE.search(text, unit.start, match.start())
        return (after.end() if after else -1), (before.start() if before else -1)

    sides = [neighbours(m) for m in bare]
    starts = {s for s, _, _ in located[position]}
    ends = {e for _, e, _ in located[position]}
    linked: set[int] = set()
    grew = True
    while grew:  # "von Landkreis, Hansestadt und der Agentur X": linked through its neighbour
        grew = False
        for index, (next_start, previous_end) in enumerate(sides):
            if index not in linked and (next_start in starts or previous_end in ends):
                linked.add(index)
                starts.add(bare[index].start())
                ends.add(bare[index].end())
                grew = True
    found: Located = []
    for index in sorted(linked):
        match = bare[index]
        meant = _municipality_meant(match["noun"], match.start(), located, position, topic)
        if meant is not None:
            found.append((match.start(), match.end(), meant))
    return found


def _municipality_meant(
    noun: str, at: int, located: list[Located], position: int, topic: Mention | None
) -> Mention | None:
    """'der Landkreis' is the municipality the passage is about; in a passage about an office
    or a network, the municipality of that kind named shortly before, or the only one named."""
    fits = next((p for kind, p in _KIND_FITS.items() if kind in noun.casefold()), None)
    # "des Landkreises" in a town's agreement with its county: the county, not the town
    if (
        topic is not None
        and topic.type == "Municipality"
        and (fits is None or fits.search(topic.canonical or topic.text))
    ):
        return topic
    earlier = [
        m
        for back in located[: position + 1]
        for start, _, m in back
        if m.type == "Municipality"
        and start < at
        and (fits is None or fits.search(m.canonical or m.text))
    ]
    near = {id(m) for back in located[max(0, position - _REACH) : position + 1] for _, _, m in back}
    if earlier and (id(earlier[-1]) in near or len({m.canonical or m.text for m in earlier}) == 1):
        return earlier[-1]
    return None
