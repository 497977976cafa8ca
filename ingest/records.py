"""Records passed from ingest to graph.

Plain dataclasses, no behaviour beyond small helpers: the ingest steps fill them, `graph.build`
turns them into RDF. All character offsets refer to the *original* text of the source document
(what the reader returned before repair), so that provenance points at the file a user can open.
Line numbers are 1-based lines of that original text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Entity types; they map to classes of the ontology (see ontology/transferatlas.ttl).
ENTITY_TYPES = (
    "Organization",
    "AdministrativeUnit",
    "Municipality",
    "Body",
    "Programme",
    "Person",
    "Instrument",
    "Measure",
    "ActionField",
)

# Relation predicates between entities (data contract in DESIGN.md).
PREDICATES = (
    "memberOf",
    "participatesIn",
    "cooperatesWith",
    "fundedBy",
    "carriedBy",
    "chairedBy",
    "subOrganizationOf",
    "involvesActor",
    "addressesActionField",
    "actionField",  # transfer object -> action field it addresses
)


@dataclass(frozen=True)
class Span:
    """A stretch of the original document text: [start, end) characters, 1-based lines."""

    start: int
    end: int
    line_start: int
    line_end: int


@dataclass
class SourceText:
    """What a reader produced: the document's text and how it was read."""

    doc_id: str
    path: str
    text: str
    media_type: str  # text/plain, text/markdown, application/pdf, ...
    encoding: str | None = None
    page_starts: list[int] = field(default_factory=list)  # char offset of each PDF page


@dataclass
class Section:
    """A headed part of a document (chapter, Anlage, Markdown heading, AP block)."""

    key: str  # stable within the document: numbering such as "3.3.2" or a slug of the title
    title: str
    level: int
    span: Span
    number: str | None = None
    parent: str | None = None  # key of the enclosing section
    text: str = ""  # repaired text of the section (filled by the pipeline)


@dataclass
class MaskField:
    """One field of a Produktmaske, e.g. key 'ressourcen' under heading 'RESSOURCEN (…)'."""

    key: str
    heading: str
    text: str
    span: Span


@dataclass
class ProductMask:
    """A transfer object described on the Produktmaske template."""

    section: str  # section number such as "3.1.3.1"; a slug for masks without numbering
    title: str
    raw_title: str  # the PRODUKTBEZEICHNUNG line as printed
    span: Span
    fields: dict[str, MaskField] = field(default_factory=dict)  # keys: see ingest.productmask
    kbm_function: str | None = None  # chapter: Strategische Ziele, Daten, Diskurs, ...
    catalogue_page: int | None = None
    product_type: str | None = None  # Strukturlösung | Instrument | Verfahrensweise | Modellprojekt
    product_type_confidence: float = 0.0
    product_type_evidence: str = ""
    product_type_inferred: bool = True


@dataclass
class ListItem:
    """A bullet or numbered item; planning documents are mostly made of these."""

    text: str
    span: Span
    section: str | None = None
    marker: str = ""


@dataclass
class Measure:
    """A work package, goal, measure or milestone of a planning document."""

    key: str  # e.g. "AP 3" or "ziel-1"
    label: str
    text: str
    span: Span
    kind: str = "measure"  # workPackage | goal | measure | milestone | todo
    priority: str | None = None
    time_frame: str | None = None
    due: str | None = None
    responsible: list[str] = field(default_factory=list)
    section: str | None = None
    theme: Span | None = None  # a goal table's theme cell, whose action fields it addresses


@dataclass
class Mention:
    """A surface form of an entity in the text, with the sentence it stands in."""

    text: str
    type: str  # one of ENTITY_TYPES (or "TransferObject" for references to masks)
    span: Span
    method: str  # e.g. "gazetteer", "pattern:amt-fuer", "participant-list"
    canonical: str | None = None  # normalised name if the extractor already knows it
    attributes: dict[str, str] = field(default_factory=dict)


@dataclass
class RelationRecord:
    """A relation stated in the text between two mentions."""

    subject: Mention
    predicate: str  # one of PREDICATES
    object: Mention
    evidence: Span
    method: str
    role: str | None = None


@dataclass
class Entity:
    """One real-world entity after resolution across all documents."""

    key: str  # stable slug; the resource IRI is derived from type + key
    type: str
    label: str
    alt_labels: set[str] = field(default_factory=set)
    mentions: list[tuple[str, Mention]] = field(default_factory=list)  # (doc_id, mention)
    parent: str | None = None  # key of the organisation this unit belongs to


@dataclass
class DocumentRecord:
    """Everything ingest learned from one document."""

    doc_id: str
    source: SourceText
    metadata: dict[str, str]
    content_hash: str
    repaired_text: str = ""
    sections: list[Section] = field(default_factory=list)
    masks: list[ProductMask] = field(default_factory=list)
    items: list[ListItem] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[RelationRecord] = field(default_factory=list)
