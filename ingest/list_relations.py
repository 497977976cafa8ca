"""Relations stated by lists: a list item's head, an intro sentence ending in ':' and its items.

Minutes, plans and slides state much of what they say in lists: "Mitglieder sind:" over one
party per item, "• Lenkungsgruppe – Vorsitz: X" with the body as the item's head, sub-items
without a subject of their own. These helpers find what an item is about and relate the
parties an item names to the body its intro or head names.
"""

from __future__ import annotations

import itertools
import re

from ingest.anaphora import equated
from ingest.cue_grammar import ACTOR_TYPES, OWNER_OF_ITEM, Cue, HeadCue
from ingest.naming import FOUNDING_NOUNS
from ingest.records import Mention, RelationRecord, Span
from ingest.repair_layout import sentence_ended
from ingest.spans import SpanOf
from ingest.units import Unit

# line-end hyphenation, soft hyphens, bullets and bold marks: layout, not words
LAYOUT_NOISE = re.compile(
    r"(?P<drop>(?<=[a-zäöüß])-[ \t]*\r?\n?[ \t]*(?=[a-zäöüß])(?!(?:und|oder|bis|sowie|bzw)\b)"
    r"|\u00ad)"
    r"|(?P<space>(?:[\s•▪►▶�◦●■]|\*\*)+)"
)

_PLACEHOLDER = re.compile(r"⟦(\d+):[A-Za-z]+⟧")

ORG_OWNERS = ("Municipality", "Organization")  # what a unit in a list item works for

_CHAIR_MARK = re.compile(r"\((?:Vorsitz|Vorsitzende\w*|Leitung)\)", re.IGNORECASE)
# "Die MINT-Region wird vom ⟦BMBF⟧ gefördert. Träger ist …": a party named after a preposition
# is not what the sentence is about
_GOVERNED_BEFORE = re.compile(
    r"\b(?:vom|von|durch|mit|bei|beim|im|am|zum|zur|für|aus)\s+(?:(?:der|dem|den|des|die|das)\s+)?$"
)


def item_head(
    units: list[Unit],
    located: list[list[tuple[int, int, Mention]]],
    position: int,
    cue_at: int,
    cue: HeadCue,
    text: str,
) -> Mention | None:
    """What a list item is about: its party named before the cue ('- Bildungsbeirat …;
    Geschäftsstelle im X'), else the party of the item it is nested in. In running text only
    the sentence itself counts, or the sentence before, by a party it does not govern by a
    preposition."""
    unit = units[position]
    if unit.item < 0:  # "Der Beirat tagt jährlich. Mitglieder sind …": or the sentence before
        scopes = [[position], [position - 1]] if position > 0 else [[position]]
    else:
        parents = {u.item: u.parent for u in units if u.item >= 0}
        scopes, item = [], unit.item
        while item >= 0:
            scopes.append([p for p, u in enumerate(units[: position + 1]) if u.item == item])
            item = parents.get(item, -1)
    # "…, deren Geschäftsstelle …": the party named just before, whatever the item's first
    first = cue.head_first and not _RELATIVE_OWNER.search(text, max(0, cue_at - 12), cue_at)
    for scope in scopes:
        named = [
            m
            for p in scope
            for start, _end, m in located[p]
            if m.type in cue.head_types
            and (start < cue_at if p == position else not _governed(text, units[p].start, start))
        ]
        if named:
            return named[0] if first else named[-1]
    return None


# "…, deren Geschäftsstelle bei der ⟦Stabsstelle⟧ angesiedelt ist": the party just named
_RELATIVE_OWNER = re.compile(r"\b(?:deren|dessen)\s+$")


def _governed(text: str, unit_start: int, start: int) -> bool:
    """Is the mention at `start` governed by a preposition ('vom BMBF gefördert')?"""
    return bool(_GOVERNED_BEFORE.search(text[max(unit_start, start - 24) : start]))


def with_head(
    cue: HeadCue, head: Mention | None, match: re.Match[str], pool: list[Mention], evidence: Span
) -> list[RelationRecord]:
    """The relations of one head cue: every party it names with the item's head."""
    if head is None:
        return []
    found = []
    for other in (pool[i] for i in indices(match, "other") + indices(match, "also")):
        same = (other.canonical or other.text) == (head.canonical or head.text)
        if other.type not in cue.other_types or other is head or same:
            continue
        if cue.predicate == "chairedBy" and other.type != "Person":
            # "Leitung: Olga Wiebe (Agentur für Arbeit)": persons chair, their offices take part
            found.append(
                RelationRecord(
                    other, "participatesIn", head, evidence, f"cue:{cue.name}", "Leitung"
                )
            )
            continue
        subject, obj = (other, head) if cue.head_is == "o" else (head, other)
        role = match.groupdict().get("role")
        found.append(RelationRecord(subject, cue.predicate, obj, evidence, f"cue:{cue.name}", role))
    return found


_LIST_HEADS = ("Programme", "Body", "Organization", "AdministrativeUnit", "Municipality")

_SHORT_TITLE = 90  # characters: a slide title or list head, not a paragraph


def list_topic(
    text: str, units: list[Unit], located: list[list[tuple[int, int, Mention]]], position: int
) -> tuple[bool, Mention | None]:
    """What a list item without a subject of its own is about: the item it is nested in
    ('• Sprachpaten – gefördert durch X': the Sprachpaten, named or not), else the one party
    of the short title over the list ('Förderprogramm „Bildungskommunen“'; a sentence that
    ends there is no title). (False, None) leaves it to the passage's topic."""
    unit = units[position]
    if not unit.is_item:
        return False, None
    if unit.parent >= 0:
        parent = [p for p, u in enumerate(units[:position]) if u.item == unit.parent]
        named = [m for p in parent[:1] for _, _, m in located[p] if m.type in _LIST_HEADS]
        return True, (named[0] if named else None)
    above = position - 1
    while above >= 0 and units[above].is_item:
        above -= 1
    if (
        above >= 0
        and units[above].end - units[above].start <= _SHORT_TITLE
        and not _full_sentence(text[units[above].start : units[above].end].rstrip())
    ):
        named = [m for _, _, m in located[above] if m.type in _LIST_HEADS]
        if len({m.canonical or m.text for m in named}) == 1:
            return True, named[0]
    return False, None


def _full_sentence(said: str) -> bool:
    """A sentence that ends with its full stop, not a title or an intro ending in a colon."""
    return sentence_ended(said) and not said.endswith((":", ";"))


# a body set up here: "wurde … eingerichtet" (the sentence's first body), "richtet die AG X
# ein", "die Einrichtung einer AG X" (the first body after the verb or noun)
_FOUNDED_PASSIVE = re.compile(r"\b(?:eingerichtet|gegründet|ins Leben gerufen|konstituiert)\b")
_FOUNDING_ACTIVE = re.compile(
    r"\b(?:richte[nt]?\b(?=[^.;]*\bein\b)|gründe[nt]?|" + "|".join(FOUNDING_NOUNS) + r")\b"
)


def _founded_bodies(
    text: str,
    units: list[Unit],
    located: list[list[tuple[int, int, Mention]]],
    first: int,
    last: int,
) -> list[Mention]:
    """The bodies the sentences `first`..`last - 1` say were set up."""
    founded: list[Mention] = []
    for p in range(first, last):
        bodies = [(start, m) for start, _, m in located[p] if m.type == "Body"]
        said = text[units[p].start : units[p].end]
        if (active := _FOUNDING_ACTIVE.search(said)) is not None:
            at = units[p].start + active.start()
            founded += [m for start, m in bodies if start > at][:1]
        elif _FOUNDED_PASSIVE.search(said):
            founded += [m for _, m in bodies][:1]
    return founded


def titled_office(
    text: str, units: list[Unit], located: list[list[tuple[int, int, Mention]]], position: int
) -> list[Mention]:
    """The office a title line right above names first ("Bildungsbüro – Stabsstelle in der
    Abteilung 4" over "Team:"); a sentence or list item above is no title."""
    if position == 0 or units[position - 1].is_item:
        return []
    title = text[units[position - 1].start : units[position - 1].end].strip()
    if title.endswith((".", "!", "?", ":")):
        return []
    offices = ("Organization", "AdministrativeUnit")
    return [m for _, _, m in located[position - 1] if m.type in offices][:1]


_PARAGRAPH_REACH = 3  # sentences back: Word and PDF text often has no blank lines at all


# a sentence placed in the body just named: "Dort arbeiten …", "Zweimal im Jahr beraten dort …"
_THERE = re.compile(r"\s*(?:[^\s.;]+\s+){0,4}?(?:[Dd]ort|[Hh]ier|[Dd]arin)\b")


def paragraph_body(
    text: str, units: list[Unit], located: list[list[tuple[int, int, Mention]]], position: int
) -> list[Mention]:
    """The body a bare "Mitglieder sind:" lists the members of: the one its paragraph names
    most often, the first of equals ("Die Konferenz tagt … Ihre Empfehlungen gehen an den
    Stadtrat. Mitglieder sind:"; "Die „AG X“ wird in eine AG Y überführt. Die AG tagt …"),
    else the last one of the sentence before."""

    def parted(left: int) -> bool:  # a blank line between unit `left` and the next
        return re.search(r"\n[ \t]*\n", text[units[left].end : units[left + 1].start]) is not None

    first = position - 1 if position and parted(position - 1) else position  # intro alone
    while first > max(0, position - _PARAGRAPH_REACH) and not parted(first - 1):
        if text[units[first].start : units[first].end].lstrip().startswith("#"):
            break  # a heading opens the passage
        first -= 1
    named = [
        m for p in range(first, position) for m in equated(text, located[p]) if m.type == "Body"
    ]
    before = [m for _, _, m in located[position - 1] if m.type == "Body"] if position else []
    if before and _THERE.match(text, units[position].start):
        return before[-1:]  # "… an der ⟦Allianz⟧. Dort arbeiten A und B mit": that body
    if named:
        keys = [m.canonical or m.text for m in named]
        most = max(keys.count(key) for key in keys)
        equals = {key for key in keys if keys.count(key) == most}
        founded = [
            m
            for m in _founded_bodies(text, units, located, first, position)
            if (m.canonical or m.text) in equals
        ]
        if len(equals) > 1 and founded:  # "Der Beirat richtet die AG X ein. Mitwirken …"
            return founded[-1:]
        if len(equals) > 1 and not _opening_bodies(text, units, located, first, position) & equals:
            # "Die Verantwortung für die ⟦Region⟧ liegt beim ⟦Kreisausschuss⟧. Den Vorsitz …":
            # no body opens a sentence, so the one named last is what the passage turns to,
            # unless it only says whose ("die ⟦AG⟧ des ⟦Beirats⟧")
            owners = _owner_bodies(text, located, first, position)
            turned_to = [m for m in named if (m.canonical or m.text) in equals - owners]
            if turned_to:
                return turned_to[-1:]
        return [named[keys.index(max(keys, key=keys.count))]]
    if before:
        return before[-1:]
    # "### 3.2 AG Übergang Schule–Beruf" over the paragraph: the body its heading names
    heading = first - 1
    title = text[units[heading].start : units[heading].end].strip() if heading >= 0 else ""
    if title and len(title) <= _SHORT_TITLE and not title.endswith((".", "!", "?", ":")):
        titled = {m.canonical or m.text: m for _, _, m in located[heading] if m.type == "Body"}
        if len(titled) == 1:
            return list(titled.values())
    return []


# the words before a body that opens its sentence: "Die Konferenz tagt …", "Dem neuen Beirat …"
_OPENING = re.compile(r"[\W\d]*(?:(?:Der|Die|Das|Dem|Den|Im|Beim)\s+(?:[a-zäöüß]\w*\s+)?)?")


def _opening_bodies(
    text: str,
    units: list[Unit],
    located: list[list[tuple[int, int, Mention]]],
    first: int,
    end: int,
) -> set[str]:
    """The bodies that open a sentence of the passage, as its subject does."""
    return {
        m.canonical or m.text
        for p in range(first, end)
        for start, _, m in located[p]
        if m.type == "Body" and _OPENING.fullmatch(text, units[p].start, start)
    }


# between a name and the body that owns it: "die ⟦AG⟧ des ⟦Beirats⟧"
_OWNER_GAP = re.compile(r"\s+(?:des|der)\s+(?:[a-zäöüß]\w*\s+)?")


def _owner_bodies(
    text: str, located: list[list[tuple[int, int, Mention]]], first: int, end: int
) -> set[str]:
    """The bodies of the passage named only as the owner of the name before them."""
    return {
        m.canonical or m.text
        for p in range(first, end)
        for (_, before_end, _), (start, _, m) in itertools.pairwise(located[p])
        if m.type == "Body" and _OWNER_GAP.fullmatch(text, before_end, start)
    }


def following_items(units: list[Unit], position: int) -> list[int]:
    items: list[int] = []
    for later in range(position + 1, len(units)):
        if not units[later].is_item:
            break
        items.append(later)
    return items


def from_items(
    text: str,
    cue: Cue,
    bodies: list[Mention],
    units: list[Unit],
    items: list[int],
    located: list[list[tuple[int, int, Mention]]],
    evidence_of: SpanOf,
) -> list[RelationRecord]:
    """An intro sentence ending in ':' relates its body to the first actor of each list item."""
    relations: list[RelationRecord] = []
    method = f"cue:{cue.name}"
    # the parts of a body are bodies: "Arbeitskreise des Beirats:" over its working groups
    parties = (*ACTOR_TYPES, "Body") if cue.predicate == "subOrganizationOf" else ACTOR_TYPES
    for body in bodies:
        for item in items:
            actors = [(start, m) for start, _, m in located[item] if m.type in parties]
            if not actors:
                continue
            unit = units[item]
            evidence = evidence_of(unit.start, unit.end)
            prefix = text[unit.start : actors[0][0]]
            role = _role_prefix(prefix)
            if role and prefix.rstrip().endswith(":") and not _ROLE_WORDS.search(role):
                role = None  # "• Hessen: Stadt A, Landkreis B": a label grouping the items
            member = _represented(text, [(s, e, m) for s, e, m in located[item]], role, parties)
            if member.type == "Municipality" and role and not _ROLE_WORDS.search(role):
                continue  # "Berufsbildende Schule ⟦Südliche Weinstraße⟧": a school by its seat
            if member.type == "Person" and cue.predicate == "participatesIn":
                # "- Dr. X, Dezernentin, Stadt Y": she is a member, her organisation takes part
                relations.append(
                    RelationRecord(member, "memberOf", body, evidence, method, role or "Mitglied")
                )
                person = member
                member = next(
                    (m for _, m in actors if m.type != "Person" and _same_member(text, person, m)),
                    member,
                )
                if member.type == "Person":
                    continue
                post = _post_between(text, located[item], person, member) or role
                relations.append(RelationRecord(person, "memberOf", member, evidence, method, post))
            if member.type == "Person" and cue.predicate == "memberOf" and role is None:
                role = _post_after(text, located[item], member, unit.end)  # "X, Koordinator Y"
            relations.append(RelationRecord(member, cue.predicate, body, evidence, method, role))
            for also in _coordinated_after(text, located[item], member):  # "A und B"
                relations.append(RelationRecord(also, cue.predicate, body, evidence, method))
            item_text = plain(text[unit.start : unit.end])
            if _CHAIR_MARK.search(item_text):
                people = [m for _, m in actors if m.type == "Person"]
                name = _CHAIR_MARK.sub("", item_text).strip(" \t,;•▪►▶�◦●■*-–")
                at = text.find(name, unit.start, unit.end)  # the office only, not the bullet
                where = evidence_of(at, at + len(name)) if at >= 0 else evidence
                chair = people[0] if people else Mention(name, "Person", where, method)
                relations.append(RelationRecord(body, "chairedBy", chair, evidence, method, role))
    return relations


_NEXT_MEMBER = re.compile(r"\b(?:und|sowie)\b")


def _same_member(text: str, person: Mention, org: Mention) -> bool:
    """The organisation is the person's, not that of the next member the item coordinates:
    'X und die Leiterin des Bildungsbüros, Z' gives the office to Z only."""
    first, second = sorted((person.span, org.span), key=lambda span: span.start)
    return not _NEXT_MEMBER.search(text[first.end : second.start])


def _post_after(
    text: str, located: list[tuple[int, int, Mention]], person: Mention, end: int
) -> str | None:
    """'Lasse X, Bildungsmonitoring und Bildungsberichterstattung': the post after her name."""
    after = next((e for _, e, m in located if m is person), None)
    if after is None:
        return None
    post = " ".join(text[after:end].split()).strip(" ,–-:;")
    return post if 0 < len(post.split()) <= 8 and not re.search(r"\d|@", post) else None


def _post_between(
    text: str, located: list[tuple[int, int, Mention]], person: Mention, org: Mention
) -> str | None:
    """'Dr. X, Dezernentin, Stadt Y': the post written between her name and her employer."""
    ends = {id(m): (start, end) for start, end, m in located}
    if id(person) not in ends or id(org) not in ends:
        return None
    between = text[ends[id(person)][1] : ends[id(org)][0]].strip(" ,–-\t\n")
    between = re.sub(r"\s+(?:des|der|dem|den|die|das|beim|im|bei(?:\s+der)?)$", "", between)
    return between if 0 < len(between.split()) <= 6 and "," not in between else None


_COORDINATION = re.compile(
    r"(?:\s*\([^()]{1,40}\))?"  # "Stadt A (seit 11/2022), Landkreis B"
    r"\s*(?:,|und|sowie|,\s*und)\s+(?:(?:der|die|das|dem|den)\s+)?"
)


def _coordinated_after(
    text: str, located: list[tuple[int, int, Mention]], first: Mention
) -> list[Mention]:
    """Actors joined to the first by 'und', 'sowie' or a comma: 'Jobcenter A und Jobcenter B'."""
    found: list[Mention] = []
    at = next((i for i, (_, _, m) in enumerate(located) if m is first), None)
    while at is not None and at + 1 < len(located):
        _, end, _ = located[at]
        start, _, nxt = located[at + 1]
        if nxt.type not in ACTOR_TYPES or nxt.type == "Person":
            break
        if not _COORDINATION.fullmatch(text[end:start]):
            break
        found.append(nxt)
        at += 1
    return found


_ROLE_WORDS = re.compile(
    r"(?:meister|leiter|vertreter|beauftragt|beigeordnet|dezernent|landr[aä]t|kreisr[aä]t"
    r"|vorsitz|präsident|direktor|sprecher|koordinator|referent|mitglied|vorstand)",
    re.IGNORECASE,
)

_GENITIVE_LINK = re.compile(r"\W*(?:der|des)\s+$")


def _represented(
    text: str,
    located: list[tuple[int, int, Mention]],
    role: str | None,
    parties: tuple[str, ...] = ACTOR_TYPES,
) -> Mention:
    """The actor a list item's role holder stands for: 'Leiter der Abteilung Bildung der Stadt
    X' sits in a body for the city, the unit being only where the person works; without a role
    holder ('das Schulamt der Stadt X') the unit itself takes part."""
    actors = [f for f in located if f[2].type in parties]
    _, first_end, first = actors[0]
    if role is None:
        return first
    for start, _end, outer in actors[1:2]:
        linked = _GENITIVE_LINK.fullmatch(text[first_end:start])
        if first.type == "AdministrativeUnit" and outer.type in ORG_OWNERS and linked:
            return outer
    return first


def _role_prefix(prefix: str) -> str | None:
    """'Oberbürgermeister der ' before the actor of a list item names the actor's role."""
    words = re.sub(r"^[a-z]\)\s*", "", plain(prefix).lstrip("-–*+•▪►0123456789.) ")).split()
    while words and words[-1].lower() in {
        "der",
        "des",
        "die",
        "dem",
        "den",
        "das",
        "ein",
        "eine",
        "von",
        "vom",
        "zu",
        "im",
        "am",
    }:
        words.pop()
    role = " ".join(words).strip(" ,:;-–")
    return role if role and len(words) <= 8 else None


def plain(text: str) -> str:
    """Text with bullets, line-end hyphenation and runs of whitespace repaired."""
    return LAYOUT_NOISE.sub(lambda m: " " if m.group("space") else "", text).strip()


def indices(match: re.Match[str], group: str) -> list[int]:
    """Placeholder numbers in a cue's group; a cue with two wordings names the second one's
    group with a '2' ("s2")."""
    groups = match.groupdict()
    value = groups.get(group) or groups.get(f"{group}2")
    if not value:
        return []
    owners = {  # whose an item is
        owner for m in _OWNER_IN_LIST.finditer(value) for owner in _PLACEHOLDER.findall(m[0])
    }
    return [int(i) for i in _PLACEHOLDER.findall(value) if i not in owners]


_OWNER_IN_LIST = re.compile(r"(?<=⟧)" + OWNER_OF_ITEM)
