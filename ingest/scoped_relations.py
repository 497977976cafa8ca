"""Relations given by a record's structure rather than by a sentence.

A product mask's BETEILIGTE AKTEURE field lists the actors its transfer object involves, its
themes the action fields it addresses, its RESSOURCEN field who pays for it; a
measure of a planning document addresses the action fields named inside it; a participant who
works for a programme ("LK X - Edda Klein, Mitarbeiterin RÜMSA") shows that her organisation
takes part in it; a person on a team slide ("Unser Team") works for the organisation the
passage is about.
"""

from __future__ import annotations

import re

from ingest.discourse import TopicOf
from ingest.naming import FIELD_NUMBER
from ingest.records import Measure, Mention, ProductMask, RelationRecord, Span
from ingest.relations import unique_relations


def _within(span: Span, area: Span) -> bool:
    return area.start <= span.start and span.end <= area.end


def _names(name: str) -> set[str]:
    """A name and its head, case-folded: 'Bildungsbeirat der Stadt X' -> {'bildungsbeirat der
    stadt x', 'bildungsbeirat'}."""
    head = re.split(r"\s+(?:der|des|im|in)\s+|\s*\(", name.strip(), maxsplit=1)[0]
    return {" ".join(name.split()).casefold(), head.casefold()}


def extract_mask_relations(
    mask: ProductMask, actor_mentions: list[Mention]
) -> list[RelationRecord]:
    """involvesActor from the transfer object to every actor named under BETEILIGTE AKTEURE."""
    field = mask.fields.get("beteiligte_akteure")
    if field is None:
        return []
    transfer_object = transfer_object_of(mask)
    title = _names(mask.title)
    relations: list[RelationRecord] = []
    for actor in sorted(actor_mentions, key=lambda m: m.span.start):
        if actor.type in {"ActionField", "Instrument", "Measure", "TransferObject"}:
            continue
        if actor.type == "Body" and _names(actor.attributes.get("bare", actor.text)) & title:
            continue  # "Dem Bildungsbeirat gehören an" under the mask of that Bildungsbeirat
        if _within(actor.span, field.span):
            evidence = actor.span  # the actor's line, or the whole field where that is all we know
            relations.append(
                RelationRecord(transfer_object, "involvesActor", actor, evidence, "cue:mask-actors")
            )
    return unique_relations(relations)


THEME_FIELDS = ("kurzbeschreibung", "ziele", "transfer_adressaten")


_FUNDING_AGENT = re.compile(r"\b(?:von|vom|durch)\s+(?:der|dem|den|die|das)?\s*$")
_FUNDING_VERB = re.compile(
    r"^[^.;•]{0,60}?\b(?:mit)?(?:finanziert|gefördert|getragen|bezuschusst|übernommen)\b"
)
_FUNDS = re.compile(r"^\s+(?:finanziert|fördert|übernimmt|trägt|bezuschusst)\b")
_FUNDS_INVERTED = re.compile(r"\b(?:finanziert|fördert|übernimmt|trägt)\s+(?:der|die|das)\s+$")


def mask_funders(mask: ProductMask, mentions: list[Mention], original: str) -> list[RelationRecord]:
    """'RESSOURCEN: … Sachkosten werden von der Bürgerstiftung X getragen': who pays for the
    transfer object, said in its resources field."""
    field = mask.fields.get("ressourcen")
    if field is None:
        return []
    subject = transfer_object_of(mask)
    found = []
    for mention in mentions:
        if mention.type not in ("Organization", "Programme"):
            continue
        if not field.span.start <= mention.span.start < field.span.end:
            continue
        before = " ".join(original[max(0, mention.span.start - 30) : mention.span.start].split())
        after = " ".join(original[mention.span.end : mention.span.end + 80].split())
        agent = _FUNDING_AGENT.search(before + " ") and _FUNDING_VERB.match(after)
        if agent or _FUNDS.match(" " + after) or _FUNDS_INVERTED.search(before + " "):
            found.append(
                RelationRecord(subject, "fundedBy", mention, mention.span, "mask-resources")
            )
    return found


def transfer_object_of(mask: ProductMask) -> Mention:
    """The transfer object a mask describes, as the subject of its relations."""
    return Mention(
        mask.title,
        "TransferObject",
        mask.span,
        "productmask",
        canonical=mask.title,
        attributes={"section": mask.section},
    )


def mask_action_fields(mask: ProductMask, mentions: list[Mention]) -> list[RelationRecord]:
    """Action fields a transfer object addresses: those its title, short description, goals
    or addressees name (themes mentioned in passing elsewhere in the mask do not count)."""
    spans = [mask.fields[k].span for k in THEME_FIELDS if k in mask.fields]
    subject = transfer_object_of(mask)
    seen: set[str] = set()
    relations = []
    for mention in mentions:
        if mention.type != "ActionField":
            continue
        name = (mention.canonical or mention.text).casefold()
        inside = any(s.start <= mention.span.start < s.end for s in spans)
        if inside and name not in seen:
            seen.add(name)
            relations.append(
                RelationRecord(subject, "actionField", mention, mention.span, "mask-theme")
            )
    return relations


# "Handlungsfeld 2: Übergang Schule–Beruf" over the measures of that field
_FIELD_HEADER = re.compile(rf"^[\s#*]*{FIELD_NUMBER}", re.IGNORECASE)
_FIELD_REFERENCE = re.compile(
    r"\b(?P<kind>Handlungsfeld(?:es)?|HF|Themenschwerpunkt(?:es|s)?|Themenfeld(?:es|s)?)\s*"
    r"(?P<number>[\dIVX]+)\b(?!\s*[:.–-])"
)
# "HF 3   Übergang Schule–Beruf" in a list of the fields: named by number, heading nothing
_FIELD_ABBREVIATED = re.compile(r"^\s*HF\s*(?P<number>\d{1,2})\s*(?:[:.–-]|\s{2,}|\t)")


def _field_headers(
    original: str, mentions: list[Mention]
) -> list[tuple[int, str, list[Mention], bool]]:
    """(offset, number, action fields, heads what follows) of every 'Handlungsfeld N: X' and
    'HF N  X' line, in text order."""
    fields = [m for m in mentions if m.type == "ActionField"]
    headers = []
    for line in re.finditer(r"[^\n]+", original):
        header = _FIELD_HEADER.match(line.group())
        found = header or _FIELD_ABBREVIATED.match(line.group())
        if found:
            named = [m for m in fields if line.start() <= m.span.start < line.end()]
            headers.append((line.start(), found["number"], named, header is not None))
    return headers


def extract_measure_relations(
    measures: list[Measure], mentions: list[Mention], original: str = ""
) -> list[RelationRecord]:
    """addressesActionField from a measure to every action field named inside its span or its
    goal table's theme cell, to the field whose 'Handlungsfeld N: X' heading it stands under,
    and to any field it refers to by number ('zugleich Handlungsfeld 4')."""
    headers = _field_headers(original, mentions)
    fields = sorted((m for m in mentions if m.type == "ActionField"), key=lambda m: m.span.start)
    by_number = {number: named for _, number, named, _ in headers}
    by_theme = {  # "zugleich Themenschwerpunkt 2": the theme cell of goal-table row 2
        goal.key.removeprefix("ziel-"): [f for f in fields if _within(f.span, goal.theme)]
        for goal in measures
        if goal.kind == "goal" and goal.theme
    }
    relations: list[RelationRecord] = []
    for measure in measures:
        subject = Mention(
            measure.label, "Measure", measure.span, "measure", attributes={"measure": measure.key}
        )
        inside = [m for m in fields if _within(m.span, _stated_scope(original, measure, fields))]
        if measure.theme:
            inside += [m for m in fields if _within(m.span, measure.theme)]
        above = [
            named for start, _, named, heads in headers if heads and start < measure.span.start
        ][-1:]
        referred = [
            (by_number if ref["kind"].startswith(("Handlungsfeld", "HF")) else by_theme).get(
                ref["number"], []
            )
            for ref in _FIELD_REFERENCE.finditer(original[measure.span.start : measure.span.end])
        ]
        for field in [*inside, *(m for group in above + referred for m in group)]:
            relations.append(
                RelationRecord(
                    subject, "addressesActionField", field, measure.span, "cue:measure-scope"
                )
            )
    return unique_relations(relations)


# "**Handlungsfeld:** Frühe Bildung", "Handlungsfelder: A; B": the fields a measure names
_FIELD_LABEL = re.compile(r"^[\s*_#-]*Handlungsfeld(?:er)?[*_]*\s*:[*_]*[^\n]*", re.MULTILINE)
# the title of a work package ends at its first colon or line end ("AP 6 Bildungsmonitoring: …")
_TITLE_END = re.compile(r":|\n|\s(?:Ziel|Ziele|Maßnahmen)\b")
# the label a measure opens with: "AP 4 ", "Maßnahme 3.1 "
_MEASURE_LABEL = re.compile(r"[\W_]*(?:[A-ZÄÖÜa-zäöüß]+\.?\s*)?[\d.]+\s*")


def _stated_scope(original: str, measure: Measure, fields: list[Mention]) -> Span:
    """Where a measure says which fields it addresses: its 'Handlungsfeld:' line, else its
    title if that names one, else its whole text (a field named in passing, "… Kennzahlen
    zum Übergang Schule–Beruf", is then still counted)."""
    span = measure.span
    text = original[span.start : span.end]
    label = _MEASURE_LABEL.match(text)
    for area in (_FIELD_LABEL.search(text), _TITLE_END.search(text, label.end() if label else 0)):
        if area is None:
            continue
        start, end = (area.start(), area.end()) if area.re is _FIELD_LABEL else (0, area.start())
        scope = Span(span.start + start, span.start + end, span.line_start, span.line_end)
        if any(_within(f.span, scope) for f in fields):
            return scope
    return span


def extract_staff_programmes(
    relations: list[RelationRecord], mentions: list[Mention]
) -> list[RelationRecord]:
    """participatesIn from a participant's organisation to a programme named in her role."""
    programmes = sorted((m for m in mentions if m.type == "Programme"), key=lambda m: m.span.start)
    found: list[RelationRecord] = []
    for rel in relations:
        if rel.predicate != "memberOf" or not rel.role or rel.method != "participant-list":
            continue
        if rel.object.type not in {"Municipality", "Organization"}:
            continue
        for programme in programmes:
            written = programme.text.strip()
            if _within(programme.span, rel.evidence) and written in rel.role:
                found.append(
                    RelationRecord(
                        rel.object, "participatesIn", programme, rel.evidence, "participant-role"
                    )
                )
    return unique_relations(found)


def extract_team_memberships(mentions: list[Mention], topic_of: TopicOf) -> list[RelationRecord]:
    """memberOf from each person of a team list to the organisation the passage is about."""
    found: list[RelationRecord] = []
    for person in mentions:
        if person.type != "Person" or person.method != "team-list":
            continue
        topic = topic_of(person.span.start)
        if topic is not None and topic.type in ("Organization", "AdministrativeUnit"):
            role = person.attributes.get("role")
            found.append(RelationRecord(person, "memberOf", topic, person.span, "team-list", role))
    return found
