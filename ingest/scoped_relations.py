"""Relations given by a record's structure rather than by a sentence.

A product mask's BETEILIGTE AKTEURE field lists the actors its transfer object involves; a
measure of a planning document addresses the action fields named inside it; a participant who
works for a programme ("LK X - Edda Klein, Mitarbeiterin RÜMSA") shows that her organisation
takes part in it.
"""

from __future__ import annotations

from ingest.records import Measure, Mention, ProductMask, RelationRecord, Span
from ingest.relations import unique_relations


def _within(span: Span, area: Span) -> bool:
    return area.start <= span.start and span.end <= area.end


def extract_mask_relations(
    mask: ProductMask, actor_mentions: list[Mention]
) -> list[RelationRecord]:
    """involvesActor from the transfer object to every actor named under BETEILIGTE AKTEURE."""
    field = mask.fields.get("beteiligte_akteure")
    if field is None:
        return []
    transfer_object = Mention(
        mask.title, "TransferObject", mask.span, "productmask", canonical=mask.title
    )
    relations: list[RelationRecord] = []
    for actor in sorted(actor_mentions, key=lambda m: m.span.start):
        if actor.type in {"ActionField", "Instrument", "Measure", "TransferObject"}:
            continue
        if _within(actor.span, field.span):
            evidence = actor.span  # the actor's line, or the whole field where that is all we know
            relations.append(
                RelationRecord(transfer_object, "involvesActor", actor, evidence, "cue:mask-actors")
            )
    return unique_relations(relations)


def extract_measure_relations(
    measures: list[Measure], mentions: list[Mention]
) -> list[RelationRecord]:
    """addressesActionField from a measure to every action field named inside its span."""
    relations: list[RelationRecord] = []
    for measure in measures:
        subject = Mention(
            measure.label, "Measure", measure.span, "measure", attributes={"measure": measure.key}
        )
        for mention in sorted(mentions, key=lambda m: m.span.start):
            if mention.type == "ActionField" and _within(mention.span, measure.span):
                relations.append(
                    RelationRecord(
                        subject, "addressesActionField", mention, measure.span, "cue:measure-scope"
                    )
                )
    return unique_relations(relations)


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
