"""Relations read from a sentence as a whole, where no single cue wording fits.

German states membership and funding in many word orders ("Ihm gehören die Leitungen A, B und
C an", "In der AG arbeiten A und B seit 2023 aktiv mit", "Dort kommen die Leitungen von A und B
zusammen", "Aus Mitteln des BMBF werden zwei Stellen des Bildungsbüros finanziert"). The cue
patterns of `ingest.relation_cues` catch the common ones exactly; this fallback catches the
rest by the sentence's words and the roles of its names: a sentence that names one body (or
stands in a paragraph about one) and uses a word of membership states that its organisations
take part, unless they are the agent of a passive ("von der A geleitet") or the body's owner
("der Beirat des Landkreises X"); a sentence about funding states that its first name is funded
by the names in agent or source phrases.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.anaphora import Located
from ingest.cue_grammar import AGENT, TITLES
from ingest.naming import FOUNDING_NOUNS
from ingest.records import Mention, RelationRecord, Span

_MEMBERSHIP = re.compile(
    r"\b(?:Mitglied(?:er|schaft)?|Mitgliedskommune\w*|angehör\w*|[Vv]ertreten|[Bb]eteiligt"
    r"|[Mm]itwirk\w*|zusammenwirk\w*|mitarbeit\w*|entsend\w*|[Ee]ingeladen|Teilnehmende|teilnehm\w*"
    r"|teilgenommen|vorgesehen\s+sind\s+Vertreter\w*|eingebunden|(?:mit\s+)?am\s+Tisch"
    r"|gehör(?:en|t|te|ten)\b[^.;]*\ban|wirk(?:en|t|te|ten)\b[^.;]*\bmit|arbeite(?:n|t|te|ten)\b[^.;]*\bmit"
    r"|(?:komm|kam)(?:en|t)?\b[^.;]*\bzusammen|zusammenkomm\w*|treffen\s+sich"
    # "A, B und C bilden den ⟦Lenkungskreis⟧" (not "bildet Fachkräfte fort")
    # (the body named after the verb: "Schwerpunkt bildet die Steuerung" names none)
    r"|bild(?:en|et|ete|eten)\b(?![^.;]*\b(?:fort|weiter|aus|ab|heraus)\b)[^.;]*⟦\d+:Body"
    # "Zweimal im Jahr beraten dort A und B": meeting in the body just named
    r"|(?:berat|tag|treff|sitz|versammel)(?:en|t)\s+(?:sich\s+)?dort|Dort\s+(?:berat|tag|treff|sitz)(?:en|t))\b"
)
_ACTOR_TYPES = ("Organization", "AdministrativeUnit", "Municipality")
# "vom ⟦A⟧ geleitet", "unter Vorsitz des ⟦B⟧", "der Beirat des ⟦Landkreises⟧": no member
_NOT_A_MEMBER_BEFORE = re.compile(
    r"(?:\b(?:vom|von\s+der|von\s+dem|durch\s+(?:den|die|das)|beim|bei\s+der|bei\s+dem"
    r"|für\s+(?:den|die|das))"  # "der Caritasverband für den ⟦Landkreis⟧": part of a name
    r"|\b(?:Vorsitz|Leitung|Federführung|Geschäftsführung|Koordination|Trägerschaft"
    r"|Mitglieder|Mitgliedern)\s+(?:des|der)"  # "neben den Mitgliedern der ⟦AG⟧": its members
    r"|⟦\d+:Body⟧\s+(?:des|der))\s+(?:[A-ZÄÖÜ]\w+\s+)?$"
)
# "ist Mitglied in vielen Netzwerken": membership in something the sentence does not name
_ELSEWHERE = re.compile(
    r"\b(?:Mitglied\w*|vertreten|beteiligt|mitwirk\w*|teilnehm\w*|teilgenommen)\s+"
    r"(?:in|im|bei|beim|an|am|zu|zur|zum)\b"
)
_INDEFINITE = re.compile(r"\b(?:ein|eine|einer|eines|einem|einen)\s+(?:[\w-]+\s+)?$", re.I)
_FOUNDED = re.compile(rf"\b(?:{'|'.join(FOUNDING_NOUNS)})\s+(?:eines|einer)\s+(?:[\w-]+\s+)?$")
# ("Dem ⟦Beirat⟧ gehören … an": the body in the dative that opens the sentence holds the others)
_CONTAINER_BEFORE = re.compile(
    r"(?:\b(?:[IiAa]m|[IiAa]n\s+(?:der|dem|den))|^\W*Dem)\s+(?:[\w-]+\s+)?$"
)
_PLACEHOLDER = re.compile(r"⟦(\d+):(\w+)⟧")


def _only_body(masked: str, pool: list[Mention], body: Mention) -> str:
    """The sentence with every other body's name blanked out, so that it speaks of one."""
    return _PLACEHOLDER.sub(
        lambda m: m.group(0) if m.group(2) != "Body" or pool[int(m.group(1))] is body else "…",
        masked,
    )


def _placed(masked: str) -> list[tuple[int, int, str]]:
    """(offset, pool index, type) of every name in a masked sentence."""
    return [(m.start(), int(m.group(1)), m.group(2)) for m in _PLACEHOLDER.finditer(masked)]


_OWNER_BEFORE = re.compile(r"(?:⟧|\w(?:stelle|amt|büro|bereich|dienst))\s+(?:des|der)\s+$")
_HOLDING_CLAUSE = re.compile(r"⟦\d+:Body⟧\s*,\s*(?:in|bei)\s+(?:dem|der|denen)\s")
_LISTED_BEFORE = re.compile(r"⟦\d+:\w+⟧\s*(?:,|und|sowie)\s*(?:(?:der|die|das|den|dem)\s+)?$")


def listed_bodies(
    masked: str, pool: list[Mention], placed: list[tuple[int, int, str]]
) -> list[Mention]:
    """Bodies named as the next item of an enumeration ("… und der ⟦Stadtelternrat⟧")."""
    return [
        pool[i] for s, i, kind in placed if kind == "Body" and _LISTED_BEFORE.search(masked[:s])
    ]


def sentence_members(
    masked: str, pool: list[Mention], evidence: Span, paragraph_bodies: list[Mention]
) -> list[RelationRecord]:
    """participatesIn for the organisations of a sentence about membership in one body: the
    one it names, else the one its paragraph is about."""
    if not _MEMBERSHIP.search(masked):
        return []
    placed = _placed(masked)
    bodies = {pool[i].canonical or pool[i].text: pool[i] for _, i, kind in placed if kind == "Body"}
    introduced = [
        s
        for s, _, kind in placed
        if kind == "Body" and _INDEFINITE.search(masked[:s]) and not _FOUNDED.search(masked[:s])
    ]
    # "im ⟦Beirat⟧ vertreten sind … und der ⟦Kreiselternbeirat⟧": the one body a preposition
    # governs holds the others, councils among the members
    containers = [
        pool[i] for s, i, kind in placed if kind == "Body" and _CONTAINER_BEFORE.search(masked[:s])
    ]
    if len(bodies) > 1 and len(containers) == 1:
        bodies = {containers[0].canonical or containers[0].text: containers[0]}
    listed = listed_bodies(masked, pool, placed)
    # "Dem ⟦Beirat⟧ gehören … an: die ⟦A⟧, die ⟦B⟧ und der ⟦Stadtelternrat⟧": the one body
    # not listed among the others holds them
    unlisted = [b for b in bodies.values() if b not in listed]
    if len(bodies) > 1 and not containers and len(unlisted) == 1:
        containers = unlisted
        bodies = {unlisted[0].canonical or unlisted[0].text: unlisted[0]}
    # "Mitglieder sind die ⟦Hochschule⟧, die ⟦VHS⟧ und der ⟦Stadtelternbeirat⟧": a council
    # listed with the others is a member of the paragraph's body
    if paragraph_bodies and bodies and all(b in listed for b in bodies.values()) and not containers:
        bodies, containers = {}, [paragraph_bodies[0]]
    if len(bodies) > 1 and ";" in masked:
        # "Fortführung der ⟦Steuerungsgruppe⟧, in der A vertreten sind; Weiterentwicklung des
        # ⟦Beirats⟧, in dem B mitarbeitet": each clause speaks of its own body
        return [
            relation
            for clause in masked.split(";")
            for relation in sentence_members(clause, pool, evidence, paragraph_bodies)
        ]
    if len(bodies) > 1 and {id(b) for b in containers} == {id(b) for b in bodies.values()}:
        # "Das ⟦LaSuB⟧ wirkt in der ⟦Steuerungsgruppe⟧ und im ⟦Beirat⟧ mit": a member of each
        return [
            relation
            for body in containers
            for relation in sentence_members(
                _only_body(masked, pool, body), pool, evidence, paragraph_bodies
            )
        ]
    # "der ⟦Arbeitskreis⟧, in dem die ⟦A⟧ und die ⟦B⟧ mitwirken": the clause's antecedent
    holding = [
        (s, pool[i]) for s, i, kind in placed if kind == "Body" and _HOLDING_CLAUSE.match(masked, s)
    ]
    members_from, members_until = 0, len(masked)
    if len(bodies) > 1 and not containers and len(holding) == 1:
        members_from, containers = holding[0][0], [holding[0][1]]
        bodies = {containers[0].canonical or containers[0].text: containers[0]}
        verb = _MEMBERSHIP.search(masked, members_from)
        members_until = verb.end() if verb else members_until  # the clause ends at its verb
    if len(bodies) > 1 or introduced:
        return []  # "wurde eine ressortübergreifende Arbeitsgruppe gebildet": being described
    body = next(iter(bodies.values()), None)
    programme = any(kind == "Programme" for _, _, kind in placed)
    # the paragraph's body, unless the sentence means another ("Mitglied in …", "am ⟦Programm⟧")
    if body is None and paragraph_bodies and not _ELSEWHERE.search(masked) and not programme:
        body = paragraph_bodies[0]
    if body is None:
        return []
    found = []
    for start, i, kind in placed:
        actor = pool[i]
        member_body = kind == "Body" and containers == [body]
        if (
            (kind not in _ACTOR_TYPES and not member_body)
            or actor is body
            or (actor.canonical or actor.text) == (body.canonical or body.text)
            or _NOT_A_MEMBER_BEFORE.search(masked[:start])
            or not members_from <= start < members_until
            or _OWNER_BEFORE.search(masked[:start])  # "die ⟦Statistikstelle⟧ der ⟦Stadt⟧"
        ):
            continue
        found.append(
            RelationRecord(actor, "participatesIn", body, evidence, "cue:sentence-membership")
        )
    return found


# --- funding --------------------------------------------------------------------------------

_FUNDING = re.compile(
    # ("gefordert": how OCR reads "gefördert"; a funder's agent phrase must follow anyway)
    # ("Finanziert wird das Projekt von …": a participle fronted at the sentence's start)
    r"\b(?:gef[öo]rdert|finanziert|kofinanziert|Förderung|Fördermitteln?|Zuwendung)\b"
    r"|\b(?:Gef[öo]rdert|Finanziert|Kofinanziert)\s+(?:wird|werden|wurde|wurden)\b"
)
# "Druck gefördert von der ⟦Stiftung⟧" in an imprint: a thing funded, named without article
_THING_FUNDED = re.compile(
    r"(?:^|[.;:)⟧]\s)\s*(?!(?:Vorhaben|Projekt|Programm)\b)[A-ZÄÖÜ][a-zäöüß]+\s+"
    r"(?:gefördert|finanziert)\s+(?:von|vom|durch)\b"
)
# "im Rahmen des ⟦ESF Plus⟧ gefördert": a fund the money comes from (in the frame of a
# programme, what is funded takes part in it instead)
_FRAME_BEFORE = re.compile(r"\bim\s+Rahmen\s+(?:des|der)\s+(?:[A-ZÄÖÜ]\w+\s+)?$")
FUND_NAME = re.compile(r"(?i)fonds\b|\bESF\b|\bEFRE\b")  # a fund only ever pays
_FUNDING_ANY_CASE = re.compile(_FUNDING.pattern, re.IGNORECASE)  # "Gefördert wird es …"
# the funder stands in an agent or source phrase: "vom ⟦BMBF⟧", "aus Mitteln des ⟦ESF Plus⟧"
_FUNDER_BEFORE = re.compile(
    rf"(?:{AGENT}|\bMitteln?\s+(?:des|der|aus\s+dem))\s+(?:[A-ZÄÖÜ]\w+\s+)?$"
)
# "aus dem Programm „⟦Bildung integriert⟧“ finanziert": a programme the money comes from
_PROGRAMME_SOURCE_BEFORE = re.compile(
    r"\baus\s+(?:dem|der)\s+[\w-]*(?:[Pp]rogramm|[Ii]nitiative|[Ff]onds)\s+[„\"“]?$"
)
# "vom ⟦BMBF⟧ und dem ⟦ESF Plus⟧": the next funder of an agent phrase
# ("vom ⟦BMBF⟧ und aus dem ⟦ESF⟧": a source phrase after an agent phrase)
# ("durch das ⟦BMBF⟧ und die ⟦EU⟧": the accusative of an agent phrase with "durch")
_NEXT_ARTICLE = r"(?:(?:aus\s+(?:Mitteln\s+)?)?(?:des|der|dem|den|die|das)\s+)?"
_NEXT_FUNDER = re.compile(
    rf"[“\"”]?(?:\s*(?:\([^()]*\))?\s*(?:,|und|sowie)\s*{_NEXT_ARTICLE}"
    r"(?:[A-ZÄÖÜ]\w+\s+)?(?:[A-ZÄÖÜ]\w+|⟦\d+:\w+⟧))*"
    rf"\s*(?:\([^()]*\))?\s*(?:,|und|sowie)\s*{_NEXT_ARTICLE}(?:[A-ZÄÖÜ]\w+\s+)?$"
)
# "… gefördert und von der ⟦TA⟧ begleitet": the agent of another verb funds nothing
_OTHER_VERB_AFTER = re.compile(
    r"[^,;.⟦]{0,40}?\b(?:begleitet|beraten|unterstützt|moderiert|koordiniert|organisiert|geleitet"
    r"|getragen|betreut|umgesetzt|durchgeführt|evaluiert)\b"
)
# "Getragen wird die ⟦Agentur⟧ vom ⟦Institut⟧; gefördert wird sie …": the agent phrase of a
# clause that opens with another verb
_OTHER_VERB_FRONTED = re.compile(
    r"\W*(?:[a-zäöüß]+\s+)?(?:[Gg]etragen|[Gg]eleitet|[Bb]etrieben|[Kk]oordiniert|[Oo]rganisiert"
    r"|[Mm]oderiert|[Bb]egleitet)\s+(?:wird|werden|wurde|wurden)\b"
)


def _agent_of_other_verb(masked: str, start: int) -> bool:
    """Is the name at `start` the agent of a clause that opens with another verb, no funding
    word coming between ('Getragen wird die ⟦Agentur⟧ vom ⟦Institut⟧; gefördert …')?"""
    clause = masked.rfind(";", 0, start) + 1
    return bool(_OTHER_VERB_FRONTED.match(masked, clause)) and not _FUNDING.search(
        masked, clause, start
    )


# "…, das vom ⟦BMBF⟧ gefördert wird": a relative clause, speaking of the noun before it
RELATIVE_PRONOUN = r"(?:das|der|die|welche[sr]?)"
# (past a genitive owner: "im Programm „⟦P⟧“ des ⟦BMBF⟧, das aus Mitteln … kofinanziert wird")
_ANTECEDENT = re.compile(
    rf"⟦(?P<index>\d+):(?P<kind>\w+)⟧[“\"”]?(?:\s+(?:des|der)\s+⟦\d+:(?:Organization|Municipality)⟧)?"
    rf"(?:\s+[a-zäöüß]+){{0,2}}\s*,\s*{RELATIVE_PRONOUN}\s(?:(?!⟦)[^,;])*$"
)
# "im Programm „⟦P⟧“, gefördert durch das …": the participle's phrase is P's
# ("das Projekt „⟦P⟧“ der ⟦Stadtbücherei⟧, gefördert von …": the project, its owner aside)
_PARTICIPLE_ANTECEDENT = re.compile(
    r"⟦(?P<index>\d+):(?P<kind>\w+)⟧[“\"”]?"
    r"(?:\s+(?:des|der)\s+⟦\d+:(?:Organization|Municipality|AdministrativeUnit)⟧)?"
    r"\s*,\s*(?:(?:seit|ab)\s+\S+\s+)?"
    r"(?:gef[öo]rdert|finanziert|kofinanziert)\s+(?:\S+\s+){0,3}$"
)
_AGENT_BEFORE = re.compile(rf"{AGENT}\s+$")
_POSTS_OF = re.compile(r"\b(?:\w*[Ss]tellen?|Arbeit|Koordination)\s+(?:des|der|im|in\s+der)\s+$")
# "Die Stelle Bildungsmonitoring im ⟦Bildungsbüro⟧ wird … gefördert": the office's post
_POST_SUBJECT = re.compile(
    r"^\W*(?:\d{1,2}\)\s*)?(?:(?:Die|Beide|Zwei|Drei|Vier)\s+)?(?:[a-zäöüß]+\s+)?\w*[Ss]tellen?(?:\s+(?:[A-ZÄÖÜ][\w-]*|⟦\d+:ActionField⟧)){0,3}\s+"
    r"(?:des|der|im|in\s+der)\s+⟦(?P<index>\d+):(?P<kind>\w+)⟧"
)
# "Die Stelle Bildungsmonitoring wird … gefördert" naming no office: a post of the office the
# passage just spoke of
POST_START = re.compile(
    r"^\W*(?:\(?\d{1,2}\)\s*)?(?:(?:Die|Beide|Zwei|Drei|Vier|Diese)\s+)?(?:[a-zäöüß]+\s+)?"
    r"(?:Personal|Vollzeit|Teilzeit|Projekt)?[Ss]tellen?\b(?!\s+(?:des|der|im|in\s+der)\s+⟦)"
)
_HOLDER_TYPES = ("Organization", "AdministrativeUnit")
_OFFICE_HEAD = re.compile(r"(?i)büro\b|stelle\b|agentur\b")  # an institution's office has posts
_HOLDER_REACH = 4  # sentences back to the office whose posts a sentence speaks of
_FUNDED_TYPES = (
    "Organization",
    "AdministrativeUnit",
    "Municipality",
    "Body",
    "Programme",
    "TransferObject",
)
_GOVERNED = re.compile(r"\b(?:im|in|am|an|mit|bei|beim|für|zum|zur|über|unter)\s+(?:\w+\s+){0,2}$")


def _nearest_named(
    located: list[Located], position: int, reach: int, fits: Callable[[Mention], bool]
) -> list[Mention]:
    """The fitting mentions of the nearest of the `reach` sentences before `position` that
    names any."""
    for before in range(position - 1, max(-1, position - 1 - reach), -1):
        named = [m for _, _, m in located[before] if fits(m)]
        if named:
            return named
    return []


def post_holder(located: list[Located], position: int) -> Mention | None:
    """The office a sentence opening with an unowned post ("Die Stelle X wird …") speaks of:
    the first office or organisation of the nearest sentence before that names one."""

    def office(m: Mention) -> bool:
        return m.type == "AdministrativeUnit" or (
            m.type == "Organization" and _OFFICE_HEAD.search(m.canonical or m.text) is not None
        )

    offices = _nearest_named(located, position, _HOLDER_REACH, office)
    return offices[0] if offices else None


def sentence_funding(
    masked: str, pool: list[Mention], evidence: Span, holder: Mention | None = None
) -> list[RelationRecord]:
    """fundedBy from what a funding sentence is about (its first name not governed by a
    preposition, or the `holder` of the post it opens with) to every organisation or fund in
    an agent or source phrase."""
    if not _FUNDING.search(masked) or _THING_FUNDED.search(masked):
        return []
    placed = _placed(masked)
    funders: list[tuple[int, Mention]] = []
    for start, i, kind in placed:
        before = masked[:start]
        listed = bool(funders) and _NEXT_FUNDER.match(before, masked.index("⟧", funders[-1][0]) + 1)
        if (
            kind in ("Organization", "Programme")
            and (
                _FUNDER_BEFORE.search(before)
                or (kind == "Programme" and _PROGRAMME_SOURCE_BEFORE.search(before))
                or listed
                or (
                    _FRAME_BEFORE.search(before)
                    and FUND_NAME.search(pool[i].canonical or pool[i].text)
                )
            )
            and not _OTHER_VERB_AFTER.match(masked, masked.index("⟧", start) + 1)
            and not _agent_of_other_verb(masked, start)
        ):
            funders.append((start, pool[i]))
    if not funders:
        return []
    # "Der ⟦V⟧ ist Träger der „⟦P⟧“; gefördert wird ⟦das Projekt⟧ durch …": the funding
    # clause after a semicolon has a subject of its own
    clause = masked.rfind(";", 0, funders[0][0])
    subjects = [
        pool[i]
        for start, i, kind in sorted(placed, key=lambda p: p[0] < clause)
        if kind in _FUNDED_TYPES
        and start < funders[0][0]
        and not _GOVERNED.search(masked[:start])
        and not _FUNDER_BEFORE.search(masked[:start])
    ]
    # "… am Programm „⟦P⟧“ teil, das vom ⟦BMBF⟧ gefördert wird": the relative clause's antecedent
    relative = _ANTECEDENT.search(masked[: funders[0][0]])
    participle = _PARTICIPLE_ANTECEDENT.search(masked[: funders[0][0]])
    if participle and _AGENT_BEFORE.search(masked[: participle.start()]):
        participle = None  # "getragen vom ⟦X⟧, gefördert durch …": the sentence's subject's
    funded_before = participle and _FUNDING_ANY_CASE.search(masked[: participle.start()])
    if relative is None and participle and not funded_before:
        relative = participle  # (after "Gefördert wird es im ⟦P⟧, kofinanziert …" it goes on)
    if relative is not None:
        subjects = [pool[int(relative["index"])]] if relative["kind"] in _FUNDED_TYPES else []
    post = _POST_SUBJECT.match(masked)
    if post is not None and post["kind"] in _FUNDED_TYPES:
        subjects = [pool[int(post["index"])]]
    if holder is not None and post is None and relative is None:  # the caller saw POST_START
        subjects = [holder]
    if not subjects:  # "Aus Mitteln des ⟦BMBF⟧ werden zwei Stellen des ⟦Bildungsbüros⟧ finanziert"
        subjects = [
            pool[i]
            for start, i, kind in placed
            if kind in _FUNDED_TYPES and _POSTS_OF.search(masked[:start])
        ]
    if not subjects:
        return []
    return [
        RelationRecord(subjects[0], "fundedBy", funder, evidence, "cue:sentence-funding")
        for _, funder in funders
        if funder is not subjects[0]
    ]


# "… im Programm „⟦P⟧“ …", "aus dem Bundesprogramm ⟦P⟧", "über das Programm ⟦P⟧"
_WITHIN_PROGRAMME = re.compile(
    r"\b(?:im|aus\s+dem|über\s+das|aus\s+Mitteln\s+des)\s+(?:\w+\s+)?(?:Bundes|Landes|Förder)?"
    r"[Pp]rogramms?\s+[„\"“»,]*$"
)


def post_programmes(
    masked: str, pool: list[Mention], evidence: Span, holder: Mention | None
) -> list[RelationRecord]:
    """participatesIn from an office to the programme its posts are funded in ("Die Stelle
    Bildungsmonitoring im ⟦Bildungsbüro⟧ wird im Programm „⟦P⟧“ gefördert")."""
    if not _FUNDING.search(masked):
        return []
    post = _POST_SUBJECT.match(masked)
    if post is not None and post["kind"] in _HOLDER_TYPES:
        owner: Mention | None = pool[int(post["index"])]
    else:
        owner = holder if post is None else None  # given only to a sentence opening with a post
    if owner is None:
        return []
    return [
        RelationRecord(owner, "participatesIn", pool[i], evidence, "cue:post-in-programme")
        for start, i, kind in _placed(masked)
        if kind == "Programme" and _WITHIN_PROGRAMME.search(masked[:start])
    ]


# "Amtsleiter ist ⟦Jörg X⟧", "Fachbereichsleiterin: ⟦Y⟧": the head of the unit of that kind
_UNIT_HEAD = re.compile(
    r"(?:^\W*|;\s*)(?P<kind>Amts|Abteilungs|Fachbereichs|Fachdienst|Referats|Sachgebiets|Dezernats|Büro)"
    r"(?P<post>leiter(?:in)?)\s+(?:ist|war|:)\s*" + TITLES + r"⟦(?P<index>\d+):Person⟧"
)
_UNIT_HEAD_REACH = 2  # sentences back to the unit a head is named for


def unit_head(
    masked: str, pool: list[Mention], evidence: Span, located: list[Located], position: int
) -> list[RelationRecord]:
    """memberOf from the person a post names to the unit of that kind just spoken of."""
    found = _UNIT_HEAD.search(masked)
    if found is None:
        return []
    kind = found["kind"].casefold().removesuffix("s")

    def of_kind(m: Mention) -> bool:
        return m.type == "AdministrativeUnit" and kind in (m.canonical or m.text).casefold()

    said = [pool[i] for start, i, _ in _placed(masked) if start < found.start()]
    units = [m for m in said if of_kind(m)] or _nearest_named(
        located, position, _UNIT_HEAD_REACH, of_kind
    )
    if not units:
        return []
    role = found["kind"] + found["post"]
    person = pool[int(found["index"])]
    return [RelationRecord(person, "memberOf", units[-1], evidence, "cue:unit-head", role)]
