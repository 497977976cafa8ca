"""Relations between entity mentions, found by German cue patterns within one sentence or list item.

Why rules and not a model: no trained German pipeline is available, the documents are few and
formulaic (minutes, plans, product masks), and every relation must point at the sentence that
states it. The cue wordings live in `ingest.relation_cues` as data; this module splits the text
into sentences and list items, masks the mentions and applies the cues.
"""

from __future__ import annotations

import re

from ingest.anaphora import with_anaphors
from ingest.clauses import coordinated_clauses, subject_before_joint
from ingest.context import CONTEXT, municipality_forms, only_towns, supra_local
from ingest.cue_grammar import Cue
from ingest.discourse import TopicOf
from ingest.list_relations import (
    LAYOUT_NOISE,
    following_items,
    from_items,
    indices,
    item_head,
    list_topic,
    paragraph_body,
    plain,
    titled_office,
    with_head,
)
from ingest.municipal_kinds import COUNTY_NOUNS, alternation
from ingest.naming import canonical_name, gender_of, nominative_adjective
from ingest.partner_lists import partner_list_relations
from ingest.records import Mention, RelationRecord, Span
from ingest.relation_cues import CUES, HEAD_CUES
from ingest.sentence_relations import (
    FUND_NAME,
    POST_START,
    RELATIVE_PRONOUN,
    post_holder,
    post_programmes,
    sentence_funding,
    sentence_members,
    unit_head,
)
from ingest.spans import SpanOf, span_function
from ingest.timeframes import MONTHS
from ingest.units import Unit, split_units

_ROLE_ALS = re.compile(r"\bals\s+(?P<role>[A-ZÄÖÜ][\w/-]+(?:\s+(?:für|der|des)\s+[A-ZÄÖÜ][\w-]+)?)")
# Before a placeholder: no subject follows an indefinite article (what is being built) or a
# preposition ("in den Mittelzentren ⟦A⟧ und ⟦B⟧", "mit dem ⟦X⟧").
_NOT_A_SUBJECT = re.compile(
    r"(?:\b(?:eine[rsnm]?|ein|im|am|beim|zum|zur|vom|mit)"
    r"|\b(?:mit|in|bei|von|an|aus|nach|für|durch)\s+(?:der|dem|den|die|das)"
    r"|⟦\d+:\w+⟧\s+(?:des|der))\s+(?:[A-ZÄÖÜ]\w+\s+)?$"  # "im ⟦Büro⟧ der ⟦Stadt⟧": its owner
)
# A clause after a comma or semicolon, unless it names the next party of an enumeration or
# is a participle phrase of the noun before it ("…, gefördert vom BMBF").
# (nor a relative clause: "…, das vom ⟦BMBF⟧ gefördert wird" speaks of the noun before it)
_CLAUSE_START = re.compile(
    r"[;,]\s+(?!⟦)(?!(?:ge\w+(?:t|en)|\w+iert)\b)"
    r"(?!(?:das|der|die|dessen|deren|welche[rsnm]?)\s+[a-zäöüß])"
)
# "01.01.2023", "1. Oktober 2023"
_DATE = re.compile(
    r"\b\d{1,2}\.(?:\d{1,2}\.(?:\d{4}|\d{2})?(?!\d)|(?=\s+(?:"
    + "|".join(m.capitalize() for m in MONTHS if len(m) > 3)
    + r")\b))"
)
_RELATIVE_CLAUSE = re.compile(rf",\s*{RELATIVE_PRONOUN}\s")
_APPOSITION_BEFORE = re.compile(r"\([^()]{0,40}$")  # inside "(KoKo ⟦KAoA⟧)"
_COORDINATED_BEFORE = re.compile(r"⟦\d+:\w+⟧\s*(?:,|und|sowie|oder)\s*$")
_OFFICE_WORD = re.compile(r"\b(?:Vorsitz|Geschäftsführung|Koordination|Geschäftsstelle)\b")
_COMPILED: list[tuple[Cue, re.Pattern[str]]] = [(cue, cue.compiled()) for cue in CUES]
_IMPLICIT = [(cue, pattern) for cue, pattern in _COMPILED if cue.implicit or cue.implicit_only]
_OF_BODY = {
    slot: [(cue, pattern) for cue, pattern in _COMPILED if cue.paragraph_body == slot]
    for slot in ("s", "o")
}
_HEAD_COMPILED = [(cue, cue.compiled()) for cue in HEAD_CUES]
# "der für Bildung zuständigen Dezernentin ⟦Person⟧": an office only a municipality has
_MUNICIPAL_OFFICE = re.compile(
    # (not the office after a name and a comma, "⟦A⟧, Landrätin ⟦B⟧": that one is A's)
    r"(?<!Person⟧, )(?<!Person⟧,)"
    r"(?P<role>(?:für\s+[A-ZÄÖÜ][\w-]*(?:\s+und\s+[A-ZÄÖÜ][\w-]*)?\s+zuständige\w*\s+)?"
    # "der Ersten Bürgermeisterin, Dr. X", "Stadträtin für Bildung, Dr. Y"
    r"(?:Erste[nr]?\s+)?(?:Ober)?(?:[Bb]ürgermeister|Beigeordnet|Dezernent|Landr[aä]t|Kreisr[aä]t"
    r"|Städteregionsr[aä]t"
    r"|Stadtr[aä]t)\w*"
    r"(?:\s+für\s+[A-ZÄÖÜ][\w-]*(?:(?:\s*,\s*|\s+und\s+)[A-ZÄÖÜ][\w-]*)*)?)"
    r"\s*,?\s+(?:(?:Frau|Herrn?)\s+)?⟦(?P<s>\d+):Person⟧"
)


def _locate(
    text: str, unit: Unit, mentions: list[Mention], span_of: SpanOf | None
) -> list[tuple[int, int, Mention]]:
    """Mentions of the unit with their offsets in `text`, longest first where they overlap."""
    found: list[tuple[int, int, Mention]] = []
    if span_of is None:
        found = [
            (m.span.start, m.span.end, m)
            for m in mentions
            if unit.start <= m.span.start and m.span.end <= unit.end
        ]
    else:
        area = span_of(unit.start, unit.end)
        for m in mentions:
            if not (area.start <= m.span.start and m.span.end <= area.end) or not m.text:
                continue
            hits = [h.start() for h in re.finditer(re.escape(m.text), text[unit.start : unit.end])]
            if hits:
                best = min(
                    hits,
                    key=lambda h: abs(
                        span_of(unit.start + h, unit.start + h + 1).start - m.span.start
                    ),
                )
                found.append((unit.start + best, unit.start + best + len(m.text), m))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0]), f[2].text))
    kept: list[tuple[int, int, Mention]] = []
    for item in found:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return kept


def _mask(text: str, unit: Unit, located: list[tuple[int, int, Mention]]) -> tuple[str, list[int]]:
    """Unit text with mentions as ⟦i:Type⟧, repaired whitespace and hyphenation, plus offsets."""
    chars: list[str] = []
    offsets: list[int] = []
    position = unit.start
    for index, (start, end, mention) in enumerate([*located, (unit.end, unit.end, None)]):
        segment = text[position:start]
        cursor = 0
        for match in LAYOUT_NOISE.finditer(segment):
            chars.extend(segment[cursor : match.start()])
            offsets.extend(range(position + cursor, position + match.start()))
            if match.group("space"):
                chars.append(" ")
                offsets.append(position + match.start())
            cursor = match.end()
        chars.extend(segment[cursor:])
        offsets.extend(range(position + cursor, start))
        if mention is not None:
            token = f"⟦{index}:{mention.type}⟧"
            chars.extend(token)
            offsets.extend([start] * len(token))
        position = end
    # a date's dots end no sentence and split no word: "seit dem 01.01.2023 im Programm"
    masked = _DATE.sub(lambda m: m.group().replace(".", "_"), "".join(chars))
    return masked, offsets


def extract_relations(
    text: str,
    mentions: list[Mention],
    span_of: SpanOf | None = None,
    topic_of: TopicOf | None = None,
    described_at: TopicOf | None = None,
    author: Mention | None = None,
) -> list[RelationRecord]:
    """Relations stated in single sentences or list items, each with its evidence span.

    `span_of` maps offsets of `text` to spans of the original document (when `text` was
    repaired); without it, mention spans are taken to be offsets into `text`. `topic_of` names
    the entity a passage is about (its section's municipality, the document's project): a
    sentence without a subject of its own ("Zusammenarbeit mit X") states its relation of it.
    `described_at` gives the transfer object of the product mask holding an offset, which
    "das Projekt" there refers to; it is only ever carried or funded. `author` is the office
    that wrote the document (see discourse.document_author), whose partners its lists name.
    """
    evidence_of = span_function(text, span_of)
    units = split_units(text)
    located = [_locate(text, unit, mentions, span_of) for unit in units]
    evidences = [evidence_of(unit.start, unit.end) for unit in units]
    topics = [topic_of(e.start) if topic_of else None for e in evidences]
    publisher = topic_of(-1) if topic_of else None  # no section holds it: the document's own
    for position, unit in enumerate(units):
        described = described_at(evidences[position].start) if described_at else None
        located[position] = with_anaphors(
            text, unit, located, position, topics[position], publisher, described
        )
    main_programme = _main_programme(mentions)
    single_towns = only_towns(mentions)
    relations: list[RelationRecord] = []
    for position, unit in enumerate(units):
        said = text[unit.start : unit.end]
        introduces = said.rstrip().endswith(":") or bool(following_items(units, position))
        if not located[position] and not introduces and not _OFFICE_WORD.search(said):
            continue  # a sentence naming no one states nothing, unless it introduces a list
            # or says who chairs or runs the body of its paragraph
        masked, offsets = _mask(text, unit, located[position])
        evidence = evidences[position]
        pool = [m for _, _, m in located[position]]
        decided, list_head = list_topic(text, units, located, position)
        topic = list_head if decided else topics[position]
        if topic is not None and all(m is not topic for m in pool):
            relations.extend(
                _with_lead(topic, "s", _IMPLICIT, masked, offsets, pool, evidence, evidence_of)
            )
        relations.extend(_municipal_office_holders(masked, pool, evidence, topic, single_towns))
        named_bodies = [m for m in pool if m.type == "Body"]
        paragraph = paragraph_body(text, units, located, position)  # what the passage is about
        of_paragraph = [] if named_bodies else paragraph
        relations.extend(sentence_members(masked, pool, evidence, paragraph))
        holder = post_holder(located, position) if POST_START.match(masked) else None
        relations.extend(sentence_funding(masked, pool, evidence, holder))
        relations.extend(post_programmes(masked, pool, evidence, holder))
        relations.extend(unit_head(masked, pool, evidence, located, position))
        # the body named last, else an earlier one a post names by kind ("Ausschussvorsitzender")
        for body in named_bodies[::-1] or of_paragraph:
            of_body = [
                r
                for slot, cues in _OF_BODY.items()
                for r in _with_lead(body, slot, cues, masked, offsets, pool, evidence, evidence_of)
            ]
            relations.extend(of_body)
            if of_body or not _POST_OF_KIND.search(masked):
                break
        for clause, where in coordinated_clauses(masked, offsets):
            for cue, pattern in _COMPILED:
                match = None if cue.intro or cue.implicit_only else pattern.match(clause)
                if match is not None and any(
                    match.groupdict().get(party) and match.start(party) == 0 for party in ("s", "o")
                ):  # the clause's leading subject is one of the cue's parties
                    relations.extend(
                        _from_match(cue, match, pool, evidence, where, evidence_of, clause)
                    )
        for head_cue, pattern in _HEAD_COMPILED:
            for match in pattern.finditer(masked):
                head = item_head(units, located, position, offsets[match.start()], head_cue, text)
                relations.extend(with_head(head_cue, head, match, pool, evidence))
        for cue, pattern in _COMPILED:
            if cue.implicit_only:
                continue
            at = 0  # a match that yields nothing ("⟦Herr X⟧ berichtet: Der ⟦Kreis⟧ beteiligt
            # sich …" read with the speaker as subject) must not hide the one inside it
            while (match := pattern.search(masked, at)) is not None:
                at = match.end()
                if cue.intro:
                    items = following_items(units, position)
                    bodies = [pool[i] for i in indices(match, "o")] or _unnamed_intro_party(
                        cue,
                        topic,
                        main_programme,
                        paragraph,
                        titled_office(text, units, located, position),
                    )
                    relations.extend(
                        from_items(text, cue, bodies, units, items, located, evidence_of)
                    )
                elif not subject_before_joint(masked, match):
                    stated = _from_match(cue, match, pool, evidence, offsets, evidence_of, masked)
                    relations.extend(stated)
                    at = match.end() if stated else match.start() + 1
    relations.extend(partner_list_relations(text, units, located, author or publisher, evidence_of))
    return unique_relations([r for r in relations if _of_transfer_object_as_stated(r)])


def _unnamed_intro_party(
    cue: Cue,
    topic: Mention | None,
    main_programme: Mention | None,
    paragraph: list[Mention],
    title_office: list[Mention],
) -> list[Mention]:
    """Whom an intro that names no one lists the parties of: the passage's own for partners,
    the document's programme for pilots ("Pilotkommunen:"), the office of the title above for
    a team ("Team:"), else the body of the paragraph ("Der Beirat tagt jährlich. Mitglieder
    sind:")."""
    if cue.predicate == "cooperatesWith":
        return [topic] if topic else paragraph
    if cue.name == "intro-pilots":  # pilot municipalities are a programme's, never a body's
        return [main_programme] if main_programme else []
    if cue.predicate == "memberOf":
        return title_office
    return paragraph


_TRANSFER_OBJECT_PREDICATES = ("carriedBy", "fundedBy")


def _of_transfer_object_as_stated(relation: RelationRecord) -> bool:
    """A transfer object is said to be carried or funded ("Träger des Projekts ist …"); the
    actors it involves come from its mask's actors field, not from its sentences."""
    if relation.object.type == "TransferObject":
        return False
    return relation.subject.type != "TransferObject" or (
        relation.predicate in _TRANSFER_OBJECT_PREDICATES
    )


_FUND = re.compile(r"(?i)fonds\b|\bESF\b")  # a fund finances programmes, it runs none


_TITLE_LINES = 2  # a programme named in a document's first lines is what the document is about


def _main_programme(mentions: list[Mention]) -> Mention | None:
    """The programme a document is about: the one it names most often, at least three times,
    or the one its title names ('Pilotkommunen: …' on its slides are that programme's)."""
    counts: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.type == "Programme" and not _FUND.search(m.canonical or m.text):  # no pilots
            counts.setdefault(m.canonical or m.text, []).append(m)
    named = max(counts.values(), key=len, default=[])
    if len(named) >= 3:
        return named[0]
    titled = [ms[0] for ms in counts.values() if ms[0].span.line_start <= _TITLE_LINES]
    return titled[0] if len(titled) == 1 else None  # "BildungsWandel Nordwest" over the slides


def _municipal_office_holders(
    masked: str,
    pool: list[Mention],
    evidence: Span,
    topic: Mention | None = None,
    only_town: dict[bool, Mention] | None = None,
) -> list[RelationRecord]:
    """'BiSMit ist im Austausch mit der für Bildung zuständigen Dezernentin Frau Hellwig' in a
    passage about one municipality: the office is that municipality's. With two municipalities
    in the passage the office's owner is unknown and nothing is stated; with none, the
    municipality the passage is about holds it."""
    towns = {(m.canonical or m.text) for m in pool if m.type == "Municipality"}
    if not towns and topic is not None and topic.type == "Municipality":
        pool, towns = [*pool, topic], {topic.canonical or topic.text}
    if len(towns) > 1:
        return []
    found = []
    for match in _MUNICIPAL_OFFICE.finditer(masked):
        if _REPRESENTING.search(masked, 0, match.start()):
            continue  # an agreement's party says whose
        role = match.group("role")
        town = next((m for m in pool if m.type == "Municipality"), None)
        if town is None and only_town:  # "Vorsitz: Landrat X" on a slide of the county's office
            county_office = _OFFICE_KIND.search(role) is not None
            # (a Beigeordnete serves a county or a town: with both named, whose is unknown)
            either = not county_office and not _TOWN_OFFICE.search(role) and True in only_town
            town = None if either else only_town.get(county_office)
        if town is not None:
            found.append(
                RelationRecord(
                    pool[int(match.group("s"))],
                    "memberOf",
                    town,
                    evidence,
                    "cue:municipal-office",
                    _nominative_office(role),
                )  # fmt: skip
            )
    return found


_REPRESENTING = re.compile(r"vertreten\s+durch\s+(?:den|die)\s+$")
# offices of a county ("Landrätin", "Kreisbeigeordneter"); the others are a town's
_OFFICE_KIND = re.compile(rf"(?i)landr|{alternation(COUNTY_NOUNS)}")
_TOWN_OFFICE = re.compile(r"(?i)bürgermeister|stadtr")  # offices only a town has


def _nominative_office(role: str) -> str:
    """'für Bildung zuständigen Dezernentin' -> 'für Bildung zuständige Dezernentin'."""
    words = role.split()
    gender = gender_of(words[-1])
    return " ".join(
        [*(nominative_adjective(w, gender) if w.endswith("en") else w for w in words[:-1]),
         words[-1]]
    )  # fmt: skip


def without_own_units(relations: list[RelationRecord]) -> list[RelationRecord]:
    """A municipality does not cooperate with its own offices ('zusammen mit dem
    Einwohnermeldeamt' in Halle's report): drop such pairs once units know their municipality.
    Nothing relates to itself ('Das Netzwerk arbeitet mit der Jugendberufsagentur X zusammen,
    die von … der Jugendberufsagentur getragen wird' read with the agency on both ends)."""

    def same(one: Mention, other: Mention) -> bool:
        return one is other or (
            one.type == other.type
            and (one.canonical or one.text) == (other.canonical or other.text)
            and one.attributes.get(CONTEXT) == other.attributes.get(CONTEXT)
        )

    def own(town: Mention, unit: Mention) -> bool:
        place = unit.attributes.get(CONTEXT)
        forms = municipality_forms(town.canonical or town.text)
        local = place is None and not supra_local(unit.canonical or unit.text)
        return unit.type == "AdministrativeUnit" and (local or place in forms)

    def with_own_unit(r: RelationRecord) -> bool:
        return r.predicate == "cooperatesWith" and (
            (r.subject.type == "Municipality" and own(r.subject, r.object))
            or (r.object.type == "Municipality" and own(r.object, r.subject))
        )

    return [r for r in relations if not same(r.subject, r.object) and not with_own_unit(r)]


# what a municipality never is: the carried or a part of something else ("Projekt „X
# Moorhagen“, Träger ist die VHS": the place inside the project's name carries nothing)
_NEVER_MUNICIPAL_SUBJECT = frozenset({"carriedBy", "subOrganizationOf", "chairedBy"})


def within_domains(relations: list[RelationRecord]) -> list[RelationRecord]:
    """Relations whose ends may stand in those places of the predicate; a fund (ESF Plus)
    only pays, so nothing takes part in it ("durch das ⟦BMBF⟧ und die ⟦EU⟧ im Rahmen des
    ⟦ESF Plus⟧ gefördert")."""
    return [
        r
        for r in relations
        if not (r.subject.type == "Municipality" and r.predicate in _NEVER_MUNICIPAL_SUBJECT)
        and not (
            r.predicate == "participatesIn"
            and FUND_NAME.search(r.object.canonical or r.object.text)
        )
    ]


def nearest_parents(relations: list[RelationRecord]) -> list[RelationRecord]:
    """A unit stated to sit in another unit is not also a direct part of the municipality:
    'Abteilung Bildung des Amtes für Jugend' and 'Abteilung Bildung der Stadt X' name the
    same place, and the direct link to the city is only implied."""

    def key(mention: Mention) -> str:
        return plain(mention.canonical or mention.text).casefold()

    inside_unit = {
        key(r.subject)
        for r in relations
        if r.predicate == "subOrganizationOf" and r.object.type != "Municipality"
    }
    return [
        r
        for r in relations
        if not (
            (r.predicate == "subOrganizationOf" or r.method == "cue:genitive-unit")
            and r.object.type == "Municipality"
            and key(r.subject) in inside_unit
        )
    ]


def _with_lead(
    lead_mention: Mention,
    slot: str,
    cues: list[tuple[Cue, re.Pattern[str]]],
    masked: str,
    offsets: list[int],
    pool: list[Mention],
    evidence: Span,
    evidence_of: SpanOf,
) -> list[RelationRecord]:
    """Cues applied with an unstated party standing in front of the unit, and in front of each
    clause after a comma or semicolon ('Aufbau X gemeinsam mit A, Zusammenarbeit mit B'): the
    passage's topic as subject (``slot`` "s") or its paragraph's body as object ("o")."""
    lead = f"⟦{len(pool)}:{lead_mention.type}⟧ "
    found: list[RelationRecord] = []
    starts = [0, *(m.end() for m in _CLAUSE_START.finditer(masked))]
    for start in starts:
        text = lead + masked[start:]
        where = [offsets[start] if start < len(offsets) else 0] * len(lead) + offsets[start:]
        for cue, pattern in cues:
            match = pattern.match(text)
            if match is None or match.groupdict().get(slot) is None or match.start(slot) != 0:
                continue  # only the cue's own slot may be filled by the unstated party
            if cue.predicate == "fundedBy" and _OTHER_FUNDED.match(masked, start):
                continue
            pooled = [*pool, lead_mention]
            for rel in _from_match(cue, match, pooled, evidence, where, evidence_of, text):
                if (rel.subject if slot == "s" else rel.object) is lead_mention:
                    rel.method += "+topic" if slot == "s" else "+paragraph"
                    found.append(rel)
    return found


# "Die Stelle … wird aus Mitteln des X gefördert", "0,5 VzÄ Bildungsmonitoring (… gefördert)":
# a clause naming what is funded, other than the project itself, funds no unstated topic
_OTHER_FUNDED = re.compile(
    r"\W*(?:(?:Die|Der|Das|Diese[rsnm]?)\s+(?:[a-zäöü]\w*\s+)?(?!(?:Vorhaben|Projekt|Programm|Förderung)\b)"
    r"[A-ZÄÖÜ]"
    r"|[^⟦⟧;]{0,80}?\b(?:Stellen?|VZÄ|VzÄ|Personal\w*)\b)"
)
# predicates whose subject is never governed by a preposition ("vom ⟦Y⟧ getragen und aus
# Mitteln des ⟦Z⟧ gefördert": Y is the carrier, not what is funded)
_SUBJECT_CHECKED = frozenset({"cooperatesWith", "fundedBy", "carriedBy"})
# "das ⟦Büro⟧ bereitet die ⟦Konferenz⟧ gemeinsam mit …": the object of a named party's verb
# does nothing together with anyone (see the cue "together-with-past-object")
_OBJECT_OF_NAMED_VERB = re.compile(
    r"⟦\d+:(?:Organization|AdministrativeUnit|Municipality|Body)⟧\s+[a-zäöüß]+t\s+(?:die|den|das)\s+$"
)
_OBJECT_CHECKED = frozenset({"together-with"})
# "Das Programm fördert das ⟦BMBF⟧ gemeinsam mit dem ⟦ESF⟧", "den Eigenanteil bringt die ⟦Stadt⟧
# gemeinsam mit der ⟦Stiftung⟧ auf": paying together is funding, not cooperation
_PAYING = re.compile(r"\b(?:f[öo]rder(?:t|n|te)|gef[öo]rdert|(?:ko)?finanzier\w*|Eigenanteil\w*)\b")


def _clause_of(masked: str, match: re.Match[str]) -> str:
    """The part of a sentence between the semicolons around a match."""
    end = masked.find(";", match.end())
    return masked[masked.rfind(";", 0, match.start()) + 1 : end if end >= 0 else None]


_GENERIC_HEAD = re.compile(
    r"(?:Leiter|Vorsitzend|Koordinator|Sprecher|Geschäftsführ|Referent|Direktor|Rektor)\w*"
)


_POST_OF_KIND = re.compile(r"\b[A-ZÄÖÜ]\w+[Vv]orsitzende[r]?\b")
_NO_LONGER = re.compile(
    r"\bnicht\s+(?:mehr|länger)\b|\bnicht\s+(?:zugeordnet|unterstellt|beteiligt|vertreten)\b"
)


def _from_match(
    cue: Cue,
    match: re.Match[str],
    pool: list[Mention],
    evidence: Span,
    offsets: list[int],
    evidence_of: SpanOf,
    masked: str,
) -> list[RelationRecord]:
    """Pair every subject of the match with every object, under the cue's head constraint."""
    if _NO_LONGER.search(match.group(0).rsplit("sondern", 1)[-1]):
        return []  # "ist seit 2025 nicht mehr dem ⟦Fachbereich 40⟧ zugeordnet"
    subjects = [pool[i] for i in indices(match, "s")]
    objects = [pool[i] for i in indices(match, "o") + indices(match, "also")]
    for group in ("otext", "otext2"):  # "die Oberbürgermeisterin und der Landrat": two posts
        post = match.groupdict().get(group)
        if not post or _GENERIC_HEAD.fullmatch(post):
            continue  # "unter Vorsitz des Beigeordneten für Schule": the office holder; a bare
            # "der Leiterin" names no one
        start, end = offsets[match.start(group)], offsets[match.end(group) - 1] + 1
        objects.append(
            Mention(
                post, "Person", evidence_of(start, end), f"cue:{cue.name}", canonical_name(post)
            )
        )
    if cue.subject_head:
        subjects = [s for s in subjects if re.match(cue.subject_head, s.canonical or s.text)]
    if cue.object_head:
        objects = [o for o in objects if re.match(cue.object_head, o.canonical or o.text)]
    if cue.predicate == "chairedBy":
        objects = [o for o in objects if o.type == "Person"]  # an office leading takes part
    if cue.predicate == "memberOf":
        subjects = [s for s in subjects if s.type == "Person"]  # a task named beside its staff
    if kind := match.groupdict().get("kind"):  # "Ausschussvorsitzender": of an Ausschuss
        subjects = [s for s in subjects if kind.casefold() in (s.canonical or s.text).casefold()]
    between = (
        masked[match.end("s") : match.start("o")]
        if match.groupdict().get("s") and match.groupdict().get("o")
        else ""
    )
    clause = _RELATIVE_CLAUSE.search(between)
    # "… von der ⟦TA⟧, die in Trägerschaft des ⟦ISA⟧ steht": the clause's antecedent is its
    # subject, whatever governs it
    antecedent = clause is not None and clause.start() == 0 and cue.predicate == "carriedBy"
    if (
        cue.predicate in _SUBJECT_CHECKED
        and subjects
        and not cue.subject_fixed
        and not antecedent
        and not _subject_slot(masked, match)
    ):
        subjects = []  # "Aufbau einer ⟦JBA⟧ gemeinsam mit …": what is built is no party
    if cue.name in _OBJECT_CHECKED and _OBJECT_OF_NAMED_VERB.search(masked[: match.start("s")]):
        subjects = []
    if cue.name.startswith("together-with") and _PAYING.search(_clause_of(masked, match)):
        subjects = []
    other_antecedent = clause is not None and (
        "⟦" in between[: clause.start()] or cue.predicate == "fundedBy"
    )
    if cue.predicate in ("fundedBy", "carriedBy") and not cue.subject_fixed and other_antecedent:
        subjects = []  # "X nimmt am ⟦P⟧ teil, das aus Mitteln des ⟦ESF⟧ …": the clause is P's
    opened = match.groupdict().get("s") and _APPOSITION_BEFORE.search(masked[: match.start("s")])
    # (a person's post set beside her keeps her: "(Bericht von ⟦Kathrin X⟧, Koordinatorin im …")
    personal = cue.subject_fixed and cue.predicate == "memberOf"
    if opened and opened.start() < match.start() and not personal:
        subjects = []  # "die Koordinierungsstelle (KoKo ⟦KAoA⟧) wird …": the short form's owner
    if cue.predicate in ("cooperatesWith", "fundedBy", "carriedBy") or (
        cue.predicate == "participatesIn" and all(o.type != "Body" for o in objects)
    ):
        subjects = [s for s in subjects if s.type != "Person"]  # persons are members of bodies
        if cue.predicate == "cooperatesWith":
            objects = [o for o in objects if o.type != "Person"]
    role = match.groupdict().get("role")
    if role is None and cue.predicate in ("memberOf", "chairedBy", "participatesIn"):
        role = _role_als(masked)  # "als Sprecherin", "als Gast": a part played, never a carrier's
    if cue.among:
        subjects, objects = objects[:-1], objects[1:]
    found = []
    for s in subjects:
        for o in objects:
            predicate = _structural(cue, s, o)
            if s is o or (s.canonical or s.text) == (o.canonical or o.text):
                continue
            if predicate == "subOrganizationOf" and not _ranks_fit(s, o, cue.name in _LAYOUT_CUES):
                continue
            found.append(RelationRecord(s, predicate, o, evidence, f"cue:{cue.name}", role))
    return found


_UNIT_RANKS = (
    (4, re.compile(r"\b(?:Dezernat|Geschäftsbereich)", re.I)),
    (3, re.compile(r"\b(?:Fachbereich|Amt\b|Ämter)|\w(?:amt|ämter)\b", re.I)),
    (2, re.compile(r"\b(?:Abteilung|Abt\.|Fachdienst)", re.I)),
    # "Referat für Bildung" heads a department in Bavarian towns, "Referat 34" a small unit
    (1, re.compile(r"\b(?:Sachgebiet|Referat(?!\s+für)|Team)|\w*(?:büro|stelle)\b", re.I)),
)


def _head(unit: Mention) -> str:
    """A unit's name before any note or remit list: 'Jugendamt' of 'Jugendamt (Amt 51)'."""
    return re.sub(r"\s*\(.*$", "", unit.canonical or unit.text).split(",")[0]


def _rank(unit: Mention) -> int | None:
    """How high a unit stands in an administration: Dezernat > Amt > Abteilung > Sachgebiet."""
    return next((rank for rank, pattern in _UNIT_RANKS if pattern.search(_head(unit))), None)


# an office named by a compound ("Kreisjugendamt"), which a county may run as a Sachgebiet
_OFFICE_COMPOUND = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+amt")


# cues read from layout alone ("A, B", "A (B)", "A des B"), where two units of one rank are
# more often a list than a hierarchy; a stated "ist Teil des" may join two of one rank
_LAYOUT_CUES = frozenset({"comma-branch", "unit-in-parens", "genitive-unit"})


def _ranks_fit(subject: Mention, obj: Mention, from_layout: bool) -> bool:
    """A unit is part of a higher one only ('Stadtplanungsamt (Abteilung X)' names a part);
    a sentence may place a small unit in another small one ('Koordinierungsstelle im Büro')."""
    low, high = _rank(subject), _rank(obj)
    if not from_layout and _OFFICE_COMPOUND.fullmatch(_head(subject)):
        return True  # "Das Kreisjugendamt gehört zur Abteilung 4": a Bavarian office is stated
    return low is None or high is None or high > low or (high == low and not from_layout)


def _structural(cue: Cue, subject: Mention, obj: Mention) -> str:
    """A unit or body located in a unit ('im Dezernat II angesiedelt', 'Das Netzwerk ist beim
    Jugendamt angesiedelt') is part of it; an explicit carrier ('in Trägerschaft des Amtes')
    stays its carrier; a municipality's offices are parts of it, its institutions carried by it."""
    in_unit = obj.type == "AdministrativeUnit" and subject.type in ("AdministrativeUnit", "Body")
    if cue.predicate == "participatesIn" and subject.type == "Person":
        return "memberOf"  # "Frau X ist Mitglied im Beirat": a person belongs to a body
    if cue.predicate == "subOrganizationOf" and obj.type == "Municipality":
        # "das Jugendamt der Stadt X": an office is a part of the town's administration; an
        # institution named with the town ("die Volkshochschule der Stadt X") is carried by it
        return "subOrganizationOf" if subject.type == "AdministrativeUnit" else "carriedBy"
    return "subOrganizationOf" if cue.name.startswith("located") and in_unit else cue.predicate


def _subject_slot(masked: str, match: re.Match[str]) -> bool:
    """Can the cue's subject be one? Not after an article of what is built, a preposition, or
    inside a parenthesis the cue lies outside of ("(Geschäftsstelle: ⟦X⟧), Aufbau …")."""
    before = masked[: match.start("s")]
    while _COORDINATED_BEFORE.search(before):
        before = _COORDINATED_BEFORE.sub("", before)
    between = masked[match.end("s") : match.start("o")] if match.groupdict().get("o") else ""
    return not _NOT_A_SUBJECT.search(before) and between.count(")") <= between.count("(")


def _role_als(masked: str) -> str | None:
    found = _ROLE_ALS.search(masked)
    return found.group("role") if found else None


def unique_relations(relations: list[RelationRecord]) -> list[RelationRecord]:
    """One record per (subject, predicate, object, evidence): several cues may fire at once."""
    seen: set[tuple[str, str, str, int]] = set()
    unique: list[RelationRecord] = []
    for r in relations:
        key = (
            r.subject.canonical or r.subject.text,
            r.predicate,
            r.object.canonical or r.object.text,
            r.evidence.start,
        )
        if key not in seen:
            seen.add(key)
            unique.append(r)
    return unique


__all__ = [
    "Unit",
    "extract_relations",
    "plain",
    "split_units",
    "unique_relations",
    "within_domains",
    "without_own_units",
]
