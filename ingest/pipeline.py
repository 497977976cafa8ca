"""Corpus -> DocumentRecords: read, repair, parse structure and masks, extract and resolve.

Each document's extraction is cached by content hash (and pipeline version), so re-ingesting
an unchanged corpus re-reads nothing; resolution always runs over all documents because one
new document can merge entities of others.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import pickle
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from ingest.agreements import agreement_relations
from ingest.context import body_owners, name_bare_kinds, qualify_mentions
from ingest.corpus_names import CorpusNames, borrowed_names, shareable_names
from ingest.discourse import document_author, topics_of
from ingest.entities import extract_mask_actor_mentions, extract_mentions
from ingest.manifest import corpus_files, load_manifest, metadata_for
from ingest.municipal_kinds import bare_owner_after
from ingest.names import QUOTED_PART, fold
from ingest.naming import canonical_name
from ingest.offices import name_corpus_office_holders, name_office_holders
from ingest.organigram import organigram_relations
from ingest.participants import offices_of_towns, parse_participants
from ingest.planning import parse_measures
from ingest.productmask import parse_product_masks
from ingest.project_tables import project_table_relations
from ingest.readers import DocumentError, read_document
from ingest.records import (
    DocumentRecord,
    MaskField,
    Measure,
    Mention,
    ProductMask,
    RelationRecord,
    Span,
)
from ingest.relations import (
    extract_relations,
    nearest_parents,
    within_domains,
    without_own_units,
)
from ingest.repair import RepairedText, repair
from ingest.resolve import Resolution, resolve
from ingest.scoped_relations import (
    extract_mask_relations,
    extract_measure_relations,
    extract_staff_programmes,
    extract_team_memberships,
    mask_action_fields,
    mask_funders,
    transfer_object_of,
)
from ingest.structure import parse_list_items, parse_sections
from ingest.textutil import column_gaps, join_lines

# Bump when the record format changes; code and vocabulary changes are detected by hashing.
PIPELINE_VERSION = "2"  # 2: Measure.theme
INGEST_DIR = Path(__file__).resolve().parent
SCHEMES_FILE = INGEST_DIR.parent / "ontology" / "schemes.ttl"


def files_digest(paths: list[Path], seed: str = "") -> str:
    """SHA-256 over the names and bytes of ``paths`` (missing ones skipped), after ``seed``."""
    digest = hashlib.sha256(seed.encode())
    for path in paths:
        if path.exists():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


@functools.cache
def pipeline_fingerprint() -> str:
    """Hash of the extraction code and gazetteer: a change there invalidates cached records."""
    return files_digest(sorted(INGEST_DIR.glob("*.py")) + [SCHEMES_FILE], PIPELINE_VERSION)


Progress = Callable[[str], None]
SpanOf = Callable[[int, int], Span]


@dataclass
class IngestResult:
    """What an ingest run produced and what went wrong, file by file."""

    documents: list[DocumentRecord]
    resolution: Resolution
    errors: list[DocumentError] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)  # doc ids served from the cache
    extracted: list[str] = field(default_factory=list)


def content_hash(path: Path, corpus_names: CorpusNames | None = None) -> str:
    """SHA-256 of the file bytes plus the pipeline fingerprint (and the names borrowed from
    other documents, which change what the extraction finds)."""
    digest = hashlib.sha256(path.read_bytes())
    digest.update(pipeline_fingerprint().encode())
    for name, (kind, canonical) in sorted((corpus_names or {}).items()):
        digest.update(f"\n{name}\t{kind}\t{canonical}".encode())
    return digest.hexdigest()


def repaired_range(repaired: RepairedText, start: int, end: int) -> str:
    """The repaired text whose characters came from original offsets [start, end)."""
    lo = bisect.bisect_left(repaired.offsets, start, 0, len(repaired.text))
    hi = bisect.bisect_left(repaired.offsets, end, lo, len(repaired.text))
    return repaired.text[lo:hi]


def extract_document(
    path: Path,
    doc_id: str,
    metadata: dict[str, str],
    corpus_names: CorpusNames | None = None,
) -> DocumentRecord:
    """Run every extraction step over one file (raises DocumentError for unreadable input);
    ``corpus_names`` are names other documents defined that this one uses bare."""
    source = read_document(path, doc_id)
    repaired = repair(source.text)
    text, span_of = repaired.text, repaired.span
    record = DocumentRecord(
        doc_id=doc_id,
        source=source,
        metadata=metadata,
        content_hash=content_hash(path, corpus_names),
        repaired_text=text,
    )
    record.sections = parse_sections(text, span_of)
    for section in record.sections:
        section.text = repaired_range(repaired, section.span.start, section.span.end).strip()
    record.items = parse_list_items(text, record.sections, span_of)
    record.masks = parse_product_masks(text, span_of, source.text)
    record.measures = parse_measures(text, record.sections, span_of)
    participants = parse_participants(text, record.sections, span_of)
    cell_breaks = repaired.kept_positions(column_gaps(source.text))  # a table's cells part
    record.mentions = without_mask_titles(
        extract_mentions(text, span_of, record.sections, corpus_names, cell_breaks)
        + participants.mentions,
        record.masks,
    )
    projects, project_relations = project_table_relations(
        source.text, record.mentions, repaired.original_span
    )
    record.mentions.extend(projects)
    topic_of = topics_of(record.sections, record.mentions, metadata)
    author = document_author(metadata, record.mentions)
    record.relations = (
        extract_relations(
            text, record.mentions, span_of, topic_of, described_by(record.masks), author
        )
        + participants.relations
        + extract_team_memberships(record.mentions, topic_of)
        + project_relations
    )
    for mask in record.masks:
        actors_field = mask.fields.get("beteiligte_akteure")
        if actors_field is None or not actors_field.text.strip():
            continue
        actor_mentions = same_mentions(
            extract_mask_actor_mentions(
                actors_field.text, field_span_function(repaired, actors_field)
            ),
            record.mentions,
        )
        known = {id(m) for m in record.mentions}
        record.mentions.extend(m for m in actor_mentions if id(m) not in known)
        record.relations.extend(extract_mask_relations(mask, actor_mentions))
    record.relations = without_measure_fields(record.relations, record.measures, source.text)
    record.relations.extend(
        extract_measure_relations(record.measures, record.mentions, source.text)
    )
    record.relations.extend(extract_staff_programmes(record.relations, record.mentions))
    record.relations.extend(agreement_relations(source.text, record.relations, record.mentions))
    for mask in record.masks:
        record.relations.extend(mask_action_fields(mask, record.mentions))
        record.relations.extend(mask_funders(mask, record.mentions, source.text))
    name_office_holders(record.mentions, record.relations)
    in_use = {id(m) for r in record.relations for m in (r.subject, r.object)}
    record.mentions = [  # an office listed as a mask's actor that went to its named holder
        m for m in record.mentions if m.method != "mask-office" or id(m) in in_use
    ]
    record.relations.extend(bodies_of_bodies(record.mentions, source.text))
    record.relations.extend(organigram_relations(record.mentions, source.text))
    include_relation_ends(record)
    owners = {  # "das Bildungsbüro des Landkreises X" is X's, whoever publishes the document
        id(r.subject): r.object
        for r in record.relations
        if r.method in ("cue:genitive-unit", "cue:unit-in-municipality")
        and r.object.type == "Municipality"
    }
    owners.update(body_owners(record.mentions, source.text))
    owners.update(offices_of_towns(record.relations))
    qualify_mentions(
        record.mentions, record.sections, metadata.get("publisher"), owners, source.text
    )
    name_bare_kinds(record.mentions)
    keep_written_forms(record.mentions, source.text)
    keep_owned_forms(record.mentions, source.text)
    one_reading_per_span(record.mentions)
    # after qualification, so two offices of one kind in different towns stay apart
    record.relations = nearest_parents(within_domains(without_own_units(record.relations)))
    return record


_PARTNER_CUES = ("cue:partners", "cue:topic-partners")


def without_measure_fields(
    relations: list[RelationRecord], measures: list[Measure], original: str
) -> list[RelationRecord]:
    """'Federführung: A / Partner: B, C' under a measure says who works on the measure, not
    that A, B and C (or the publisher) cooperate with each other; 'Kooperationspartner: B'
    does say so."""

    def field_only(span: Span) -> bool:
        stated = "ooperationspartner" in original[span.start : span.end]
        return not stated and any(
            m.span.start <= span.start and span.end <= m.span.end for m in measures
        )

    return [
        r for r in relations if not (r.method.startswith(_PARTNER_CUES) and field_only(r.evidence))
    ]


def same_mentions(found: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """A mask's actor read again from its field is the document's mention of that span
    (one mention, one owner: "Bildungsbüro des Landkreises X" in a town's mask stays X's).
    Offices stay the field's own: they go to their holders."""
    existing = {_span_key(m): m for m in mentions}
    return [m if m.type == "Person" else existing.get(_span_key(m), m) for m in found]


def _span_key(mention: Mention) -> tuple[int, int, str, str]:
    """What makes two mentions one reading of the same words."""
    return mention.span.start, mention.span.end, mention.type, mention.text


def one_reading_per_span(mentions: list[Mention]) -> None:
    """'(MK)' read by the participant parser as 'MK' and by the entity rules as the ministry
    it abbreviates: one span of text names one entity, the most explicit reading."""
    readings: dict[tuple[int, int, str, str], list[Mention]] = {}
    for m in mentions:
        if m.type != "Person":  # "Dr. X" and "X" are one person to the resolver already
            readings.setdefault(_span_key(m), []).append(m)
    for same in readings.values():
        names = {m.canonical or m.text for m in same}
        if len(names) > 1:
            fullest = max(names, key=lambda n: (len(n), n))
            for m in same:
                m.canonical = fullest


WRITTEN = "written"  # mention attribute: the surface as the source wrote it, before repair


def keep_written_forms(mentions: list[Mention], original: str) -> None:
    """'AG Ubergang Schule-Beruf' where repair read 'AG Übergang …': the source's own spelling,
    so that search and matching also know the damaged form (SKOS: a hidden label)."""
    for mention in mentions:
        written = " ".join(original[mention.span.start : mention.span.end].split())
        text = " ".join(mention.text.split())
        # the same name, damaged: not the whole line a derived mention points at
        similar = SequenceMatcher(None, written.casefold(), text.casefold()).ratio() >= 0.8
        unbroken = re.sub(r"(?<=\w)- (?=\w)", "", written)  # "Volkshoch- schule": layout only
        if written and unbroken != text and similar:
            mention.attributes[WRITTEN] = written


OWNED = "owned"  # mention attribute: the name with its owner, "Beirat der Stadt X"
_OF_OWNER = re.compile(r"\s+(?:der|des)\s+")


def keep_owned_forms(mentions: list[Mention], original: str) -> None:
    """'Integrationsbeirat der Stadt X', 'Jugendamt des Landkreises Y', 'Pressestelle der
    Kreisverwaltung': a body or office and the municipality whose it is, as one written form
    (SKOS: a hidden label)."""
    ordered = sorted(mentions, key=lambda m: m.span.start)
    for i, own in enumerate(ordered):
        after = ordered[i + 1] if i + 1 < len(ordered) else None
        if own.type not in ("Body", "AdministrativeUnit"):
            continue
        end = None
        if (
            after is not None
            and after.type == "Municipality"
            and _OF_OWNER.fullmatch(original[own.span.end : after.span.start])
        ):
            end = after.span.end
        bare = bare_owner_after(original, own.span.end)
        if end is None and bare and (after is None or after.span.start >= bare[0]):
            end = bare[0]
        if end is not None:
            # "Bil-⏎dungsbüro des Landkreises X": the word the line break split, joined again
            owned = join_lines(original[own.span.start : end])
            own.attributes[OWNED] = " ".join(owned.split())


def described_by(masks: list[ProductMask]) -> Callable[[int], Mention | None]:
    """Original offset -> the transfer object of the product mask holding it, if any."""
    objects = [(mask.span, transfer_object_of(mask)) for mask in masks]

    def described_at(offset: int) -> Mention | None:
        return next((to for span, to in objects if span.start <= offset < span.end), None)

    return described_at


def without_mask_titles(mentions: list[Mention], masks: list[ProductMask]) -> list[Mention]:
    """A 'Modellprojekt „X“' that is one of the document's own product masks is that transfer
    object, not a programme of its own."""
    titles = {fold(m.title) for m in masks}
    titles |= {fold(q) for m in masks for q in QUOTED_PART.findall(m.title)}
    return [
        m for m in mentions if m.type != "Programme" or fold(m.canonical or m.text) not in titles
    ]


def field_span_function(repaired: RepairedText, mask_field: MaskField) -> SpanOf:
    """Offsets inside a mask field's text -> original Spans (the whole field if the parser's
    cleaned text cannot be found verbatim in the repaired document)."""
    lo = bisect.bisect_left(repaired.offsets, mask_field.span.start, 0, len(repaired.text))
    at = repaired.text.find(mask_field.text, lo)
    if at < 0:
        return lambda _start, _end: mask_field.span
    return lambda start, end: repaired.span(at + start, at + end)


def bodies_of_bodies(mentions: list[Mention], original: str) -> list[RelationRecord]:
    """'Lenkungskreis des Regionalen Bildungsnetzwerks' names two bodies, the first a part of
    the second: the second becomes a mention of its own, with the part-of relation."""
    found = []
    for outer in [m for m in mentions if m.method == "pattern:body-of-body"]:
        written = original[outer.span.start : outer.span.end]
        link = _OF_OWNER.search(written)
        if link is None:
            continue
        start = outer.span.start + link.end()
        line = outer.span.line_start + written.count("\n", 0, link.end())
        inner_text = " ".join(written[link.end() :].split())
        inner = Mention(
            inner_text,
            "Body",
            Span(start, outer.span.end, line, outer.span.line_end),
            "part-of-name",
            canonical_name(inner_text),
        )
        found.append(
            RelationRecord(outer, "subOrganizationOf", inner, outer.span, "name:body-of-body")
        )
    return found


def include_relation_ends(record: DocumentRecord) -> None:
    """Relation rules may synthesise a mention (e.g. a role holder); make it a mention too."""
    known = {id(m) for m in record.mentions}
    for rel in record.relations:
        for mention in (rel.subject, rel.object):
            if id(mention) not in known and mention.type not in ("TransferObject", "Measure"):
                record.mentions.append(mention)
                known.add(id(mention))


def cache_dir(data: Path) -> Path:
    path = data / "cache" / "records"
    path.mkdir(parents=True, exist_ok=True)
    return path


def load_cached(data: Path, doc_id: str, digest: str) -> DocumentRecord | None:
    path = cache_dir(data) / f"{doc_id}-{digest[:20]}.pickle"
    if not path.exists():
        return None
    try:
        record = pickle.loads(path.read_bytes())
    except Exception:  # a damaged cache entry is rebuilt, never trusted
        return None
    return record if isinstance(record, DocumentRecord) else None


def save_cached(data: Path, record: DocumentRecord) -> None:
    path = cache_dir(data) / f"{record.doc_id}-{record.content_hash[:20]}.pickle"
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
    tmp.replace(path)


def last_good_record(data: Path, doc_id: str) -> DocumentRecord | None:
    """The newest cached record of a document, used when its file became unreadable."""
    candidates = sorted(cache_dir(data).glob(f"{doc_id}-*.pickle"), key=lambda p: p.stat().st_mtime)
    for path in reversed(candidates):
        record = load_cached(data, doc_id, path.stem[len(doc_id) + 1 :])
        if record is not None:
            return record
    return None


def resolvable_mentions(record: DocumentRecord) -> list[Mention]:
    """Mentions that stand for corpus-wide entities (not document-local masks or measures)."""
    return [m for m in record.mentions if m.type not in ("TransferObject", "Measure")]


def ingest_corpus(
    corpus: Path,
    data: Path,
    *,
    extra_files: list[Path] | None = None,
    progress: Progress | None = None,
) -> IngestResult:
    """Extract every document of ``corpus`` (cached by hash) and resolve entities across all."""
    manifest = load_manifest(corpus)
    files = corpus_files(corpus) + list(extra_files or [])
    errors: list[DocumentError] = []
    by_path: dict[Path, DocumentRecord] = {}
    from_cache: dict[Path, bool] = {}  # per readable file, as its last pass served it
    for path in files:
        if progress:
            progress(path.stem)
        record, cached = _extracted(path, manifest, data, None, errors)
        if record is not None:
            by_path[path] = record
        if cached is not None:
            from_cache[path] = cached
    # Second pass: a document that uses a name another one defined ("HTWK", "Bildung
    # integriert") is extracted again knowing it; cached like the first pass.
    defined = {path: shareable_names(r.mentions) for path, r in by_path.items()}
    for path in list(from_cache):
        borrowed = borrowed_names(by_path[path].repaired_text, defined, path)
        if borrowed:
            record, cached = _extracted(path, manifest, data, borrowed, errors)
            if record is not None and cached is not None:
                by_path[path], from_cache[path] = record, cached
    documents = list(by_path.values())
    name_corpus_office_holders([(d.mentions, d.relations) for d in documents])
    reused = [path.stem for path in files if from_cache.get(path) is True]
    extracted = [path.stem for path in files if from_cache.get(path) is False]
    resolution = resolve({d.doc_id: resolvable_mentions(d) for d in documents})
    return IngestResult(documents, resolution, errors, reused, extracted)


def _extracted(
    path: Path,
    manifest: dict[str, dict[str, str]],
    data: Path,
    borrowed: CorpusNames | None,
    errors: list[DocumentError],
) -> tuple[DocumentRecord | None, bool | None]:
    """One document's record and whether the cache served it; for a file that cannot be read
    the error is collected, the last good record stands in and the flag is None."""
    doc_id = path.stem
    try:
        digest = content_hash(path, borrowed)
        record = load_cached(data, doc_id, digest)
        if record is not None:
            record.metadata = metadata_for(path, manifest)
            return record, True
        record = extract_document(path, doc_id, metadata_for(path, manifest), borrowed)
        save_cached(data, record)
        return record, False
    except DocumentError as error:
        errors.append(error)
        return last_good_record(data, doc_id), None
    except OSError as error:
        errors.append(DocumentError(path, f"Datei nicht lesbar: {error.strerror or error}"))
        return None, None
    except Exception as error:  # a defect in one document's extraction must not stop the rest
        problem = f"Extraktion fehlgeschlagen ({type(error).__name__}: {error})"
        errors.append(DocumentError(path, problem))
        return last_good_record(data, doc_id), None


def relations_of(documents: list[DocumentRecord]) -> list[RelationRecord]:
    """All relation records of a corpus, for evaluation and statistics."""
    return [rel for doc in documents for rel in doc.relations]
