"""Ingest records -> RDF dataset, one named graph per document (layout: docs/graph-layout.md).

IRIs are derived only from document ids, section numbers and resolved entity keys, so
re-ingesting the same corpus gives the same IRIs and, with sorted output, the same graph.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping

from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV

from graph.ids import slugify
from graph.vocab import (
    ENTITIES_GRAPH,
    GRAPH,
    ID,
    OA,
    ONTOLOGY_GRAPH,
    TA,
    concept_iri,
    find_concept,
)
from graph.work_packages import Where, plan_of_work_packages
from ingest.context import CONTEXT, city_name
from ingest.mask_headings import FIELD_PROPERTIES
from ingest.naming import canonical_name
from ingest.nlp import dash_variants
from ingest.pipeline import OWNED, WRITTEN
from ingest.records import DocumentRecord, Entity, Measure, Mention, ProductMask, Span

# Entity type -> (IRI path segment, rdf:types). Subclasses also carry their ORG superclass so
# that plain SPARQL without inference finds every organisation.
ENTITY_CLASSES: dict[str, tuple[str, tuple[URIRef, ...]]] = {
    "Organization": ("organization", (ORG.Organization,)),
    "AdministrativeUnit": (
        "unit",
        (TA.AdministrativeUnit, ORG.OrganizationalUnit, ORG.Organization),
    ),
    "Municipality": ("municipality", (TA.Municipality, ORG.Organization)),
    "Body": ("body", (TA.Body, ORG.Organization)),
    "Programme": ("programme", (TA.Programme,)),
    "Person": ("person", (FOAF.Person,)),
    "Instrument": ("instrument", (TA.Instrument,)),
}

PREDICATE_IRIS: dict[str, URIRef] = {
    "memberOf": ORG.memberOf,
    "participatesIn": TA.participatesIn,
    "cooperatesWith": TA.cooperatesWith,
    "fundedBy": TA.fundedBy,
    "carriedBy": TA.carriedBy,
    "chairedBy": TA.chairedBy,
    "subOrganizationOf": ORG.subOrganizationOf,
    "involvesActor": TA.involvesActor,
    "addressesActionField": TA.addressesActionField,
    "actionField": TA.actionField,
}


def short_hash(*parts: object) -> str:
    """A stable 16-hex id for nodes that have no natural key (statements, mentions)."""
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def doc_iri(doc_id: str) -> URIRef:
    return ID[f"doc/{doc_id}"]


def doc_graph_iri(doc_id: str) -> URIRef:
    return GRAPH[f"doc/{doc_id}"]


def section_iri(doc_id: str, key: str) -> URIRef:
    return ID[f"section/{doc_id}/{slugify(key)}"]


def transfer_object_iri(doc_id: str, section: str) -> URIRef:
    return ID[f"transfer-object/{doc_id}/{slugify(section)}"]


_CODE = re.compile(
    r"^(?P<code>(?:AP|HF|Ziel|Maßnahme|M|Z)\s*[\d.]+[a-z]?|\d{1,2}\.\d{1,2})\s*[:–—-]?\s+"
    r"(?P<title>.+)$"
)


def measure_alt_labels(measure: Measure) -> list[str]:
    """'AP 6 Aufbau von Kooperationsstrukturen' is also found as 'AP 6' and by its title."""
    found = _CODE.match(measure.label)
    return [found["code"], found["title"]] if found else []


def written_measure_labels(source: str, measure: Measure) -> list[str]:
    """The heading as the source spelled it ("MaBnahme 4.2 … fiir Altere"), and its title
    before the details ("AP 8 MaBnahmen fiir den Schwerpunkt Ubergange: Begleitung …")."""
    heading = source[measure.span.start : measure.span.end].split("\n")[0]
    written = " ".join(heading.split()).strip("#*•\ufffd ")
    titled = written.split(":")[0].strip() if ":" in written[:150] else ""
    forms = (f for f in (written, titled) if f and f != measure.label and len(f) <= 160)
    return list(dict.fromkeys(forms))


def measure_iri(doc_id: str, key: str) -> URIRef:
    return ID[f"measure/{doc_id}/{slugify(key)}"]


CONCEPT_SCHEMES = ("action-field", "kbm-function", "product-type")


def scheme_concept(label: str) -> URIRef | None:
    """The ontology concept a theme-like name stands for. A listed "Daten" or "Maßnahmen" is
    a KBM function, not a new action field; the ontology's schemes decide."""
    for scheme in CONCEPT_SCHEMES:
        concept = find_concept(scheme, label)
        if concept is not None:
            return concept.iri
    return None


def entity_iri(entity: Entity) -> URIRef:
    """Resource IRI of a resolved entity; action fields are SKOS concepts of the scheme."""
    if entity.type == "ActionField":
        known = scheme_concept(entity.label)
        return known if known is not None else concept_iri("action-field", entity.label)
    segment = ENTITY_CLASSES.get(entity.type, ("organization", ()))[0]
    return ID[f"{segment}/{entity.key}"]


def add_span(g: Graph, node: URIRef, span: Span) -> None:
    """Attach a Web Annotation text-position selector and line numbers to ``node``."""
    selector = URIRef(f"{node}#selector")
    g.add((node, OA.hasSelector, selector))
    g.add((selector, RDF.type, OA.TextPositionSelector))
    g.add((selector, OA.start, Literal(span.start, datatype=XSD.nonNegativeInteger)))
    g.add((selector, OA.end, Literal(span.end, datatype=XSD.nonNegativeInteger)))
    g.add((node, TA.startLine, Literal(span.line_start, datatype=XSD.positiveInteger)))
    g.add((node, TA.endLine, Literal(span.line_end, datatype=XSD.positiveInteger)))


def section_of(doc: DocumentRecord, span: Span) -> URIRef:
    """The innermost section containing ``span`` (the document's first section otherwise)."""
    best = None
    for section in doc.sections:
        if section.span.start <= span.start < section.span.end and (
            best is None or section.span.start >= best.span.start
        ):
            best = section
    if best is None:
        return doc_iri(doc.doc_id)
    return section_iri(doc.doc_id, best.key)


def label_key(label: str) -> str:
    """Case- and space-folded form under which two labels count as the same."""
    return " ".join(label.casefold().split())


def label_keys(label: str) -> set[str]:
    """The label's key and, for a bare noun, that of its nominative: 'Bildungsbüros' is
    'Bildungsbüro' too."""
    if len(label.split()) > 1:
        return {label_key(label)}
    return {label_key(label), label_key(canonical_name(label))}


def ambiguous_labels(entities: Iterable[Entity]) -> tuple[set[str], set[str]]:
    """Alternative labels that more than one resource of the same type carries: anywhere, and
    within one document (two "Bildungsbüro" in one set of minutes: the bare word names
    neither office there)."""
    owners: dict[tuple[str, str], set[str]] = {}
    docs: dict[str, set[str]] = {}
    for entity in entities:
        docs[entity.key] = {doc for doc, _mention in entity.mentions}
        for label in entity.alt_labels | {entity.label}:
            for key in label_keys(label):
                owners.setdefault((entity.type, key), set()).add(entity.key)
    shared = {key: keys for (_type, key), keys in owners.items() if len(keys) > 1}
    in_one_document = {
        key
        for key, keys in shared.items()
        if any(docs[a] & docs[b] for a in keys for b in keys if a < b)
    }
    return set(shared), in_one_document


def municipality_of(entity: Entity, municipalities: dict[str, Entity]) -> Entity | None:
    """The one municipality an entity's mentions were qualified with ("Sozialamt" under the
    heading "Stadt Leipzig"), if they agree on one that is itself in the graph."""
    places = {m.attributes.get(CONTEXT) for _doc, m in entity.mentions} - {None, ""}
    return municipalities.get(label_key(places.pop() or "")) if len(places) == 1 else None


def municipality_index(towns: Iterable[Entity]) -> dict[str, Entity]:
    """Label key -> municipality, by every label and by the plain 'Stadt X' of a titled city
    ('Hansestadt Rostock'), the form qualifiers use; a town's own name wins."""
    towns = list(towns)
    index = {label_key(city_name(alt)): e for e in towns for alt in [*e.alt_labels, e.label]}
    index |= {label_key(alt): e for e in towns for alt in e.alt_labels}
    index |= {label_key(e.label): e for e in towns}
    return index


def add_entities(ds: Dataset, entities: Iterable[Entity]) -> None:
    """Entity descriptions (types, labels, parents) go into the shared entities graph."""
    g = ds.graph(ENTITIES_GRAPH)
    by_key = {e.key: e for e in entities}
    ambiguous, unusable = ambiguous_labels(by_key.values())
    towns = [e for e in by_key.values() if e.type == "Municipality"]
    municipalities = municipality_index(towns)
    for entity in by_key.values():
        node = entity_iri(entity)
        if entity.type == "ActionField" and scheme_concept(entity.label) is not None:
            # A concept of the ontology's scheme: it has its labels already; add ours as alts.
            for alt in sorted(entity.alt_labels | {entity.label}):
                g.add((node, SKOS.altLabel, Literal(alt, lang="de")))
            continue
        if entity.type == "ActionField":
            g.add((node, RDF.type, SKOS.Concept))
            g.add((node, SKOS.inScheme, TA.ActionFieldScheme))
        else:
            for cls in ENTITY_CLASSES.get(entity.type, ("", (ORG.Organization,)))[1]:
                g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(entity.label, lang="de")))
        g.add((node, SKOS.prefLabel, Literal(entity.label, lang="de")))
        if entity.type == "Person":
            g.add((node, FOAF.name, Literal(entity.label)))
        for alt in sorted(entity.alt_labels - {entity.label}):
            # A bare name shared by several resources ("Stabsstelle" of two towns) names none
            # of them: SKOS keeps such forms as hidden labels, found by search, not shown; one
            # that two resources of one document share is left to the mentions.
            if label_keys(alt) & unusable:
                continue
            prop = SKOS.hiddenLabel if label_keys(alt) & ambiguous else SKOS.altLabel
            g.add((node, prop, Literal(alt, lang="de")))
        labels = entity.alt_labels | {entity.label}
        variants = {v for label in labels for v in dash_variants(label) if len(v) == len(label)}
        variants |= {
            m.attributes[key]
            for _doc, m in entity.mentions
            for key in (WRITTEN, OWNED)
            if key in m.attributes
        }
        for variant in sorted(variants - labels):
            # "Schule–Beruf" also as "Schule-Beruf", and the source's spelling before repair
            # ("Ubergang"): found however a text writes the name
            if not label_keys(variant) & unusable:
                g.add((node, SKOS.hiddenLabel, Literal(variant, lang="de")))
        place = municipality_of(entity, municipalities)
        if place is not None and place is not entity:
            g.add((node, DCTERMS.spatial, entity_iri(place)))
        parent = by_key.get(entity.parent or "")
        if parent is not None:
            g.add((node, ORG.subOrganizationOf, entity_iri(parent)))
            if entity.type == "AdministrativeUnit":
                g.add((node, ORG.unitOf, entity_iri(parent)))


def add_document(
    ds: Dataset,
    doc: DocumentRecord,
    iri_of_mention: dict[int, URIRef],
    plans: Mapping[Where, Where],
) -> None:
    """Everything one document states, in its own named graph; a work package a plan of the
    same publisher defines (``plans``) is that plan's, named here too."""
    g = ds.graph(doc_graph_iri(doc.doc_id))
    d = doc_iri(doc.doc_id)
    meta = doc.metadata
    g.add((d, RDF.type, FOAF.Document))
    g.add((d, DCTERMS.title, Literal(meta.get("title") or doc.doc_id, lang="de")))
    g.add((d, RDFS.label, Literal(meta.get("title") or doc.doc_id, lang="de")))
    g.add((d, TA.sourceFile, Literal(meta.get("file") or doc.source.path)))
    g.add((d, DCTERMS.identifier, Literal(doc.doc_id)))
    g.add((d, DCTERMS.format, Literal(doc.source.media_type)))
    g.add((d, TA.contentHash, Literal(doc.content_hash)))
    for key, prop in (("publisher", DCTERMS.publisher), ("date", DCTERMS.date)):
        if meta.get(key):
            g.add((d, prop, Literal(meta[key])))
    if meta.get("kind"):
        g.add((d, TA.documentKind, Literal(meta["kind"], lang="de")))
    g.add((d, DCTERMS.language, Literal(meta.get("language") or "de")))

    for section in doc.sections:
        s = section_iri(doc.doc_id, section.key)
        g.add((s, RDF.type, TA.Section))
        g.add((s, DCTERMS.isPartOf, d))
        g.add((s, DCTERMS.title, Literal(section.title, lang="de")))
        g.add((s, RDFS.label, Literal(section.title, lang="de")))
        if section.number:
            g.add((s, TA.sectionNumber, Literal(section.number)))
        if section.parent:
            g.add((s, TA.parentSection, section_iri(doc.doc_id, section.parent)))
        text = doc.source.text[section.span.start : section.span.end]
        g.add((s, TA.text, Literal(text.strip())))
        g.add((s, TA.startOffset, Literal(section.span.start, datatype=XSD.nonNegativeInteger)))
        g.add((s, TA.endOffset, Literal(section.span.end, datatype=XSD.nonNegativeInteger)))
        g.add((s, TA.startLine, Literal(section.span.line_start, datatype=XSD.positiveInteger)))
        g.add((s, TA.endLine, Literal(section.span.line_end, datatype=XSD.positiveInteger)))

    for mask in doc.masks:
        add_mask(g, doc, mask)

    for measure in doc.measures:
        plan = plans.get((doc.doc_id, measure.key))
        if plan is not None:
            m = measure_iri(*plan)
            g.add((m, SKOS.altLabel, Literal(measure.label, lang="de")))
            g.add((m, DCTERMS.source, d))
            continue
        m = measure_iri(doc.doc_id, measure.key)
        g.add((m, RDF.type, TA.Measure))
        g.add((m, RDFS.label, Literal(measure.label, lang="de")))
        g.add((m, SKOS.prefLabel, Literal(measure.label, lang="de")))
        for alternative in measure_alt_labels(measure):
            g.add((m, SKOS.altLabel, Literal(alternative, lang="de")))
        for form in written_measure_labels(doc.source.text, measure):
            g.add((m, SKOS.hiddenLabel, Literal(form, lang="de")))
        g.add((m, TA.text, Literal(measure.text)))
        g.add((m, TA.measureKind, Literal(measure.kind)))
        g.add((m, DCTERMS.source, d))
        g.add((m, PROV.wasDerivedFrom, section_of(doc, measure.span)))
        for value, prop in (
            (measure.priority, TA.priority),
            (measure.time_frame, TA.timeFrame),
            (measure.due, TA.dueDate),
        ):
            if value:
                g.add((m, prop, Literal(value)))
        for party in measure.responsible:
            g.add((m, TA.responsible, Literal(party)))
        add_span(g, m, measure.span)

    for mention in doc.mentions:
        target = iri_of_mention.get(id(mention))
        if target is None:
            continue
        key = short_hash(mention.span.start, mention.span.end, mention.type, mention.text)
        node = ID[f"mention/{doc.doc_id}/{key}"]
        g.add((node, RDF.type, TA.Mention))
        g.add((node, TA.mentions, target))
        g.add((node, TA.surfaceForm, Literal(mention.text)))
        g.add((node, TA.extractionMethod, Literal(mention.method)))
        g.add((node, DCTERMS.source, d))
        g.add((node, PROV.wasDerivedFrom, section_of(doc, mention.span)))
        add_span(g, node, mention.span)

    for rel in doc.relations:
        subject = iri_of_mention.get(id(rel.subject))
        obj = iri_of_mention.get(id(rel.object))
        predicate = PREDICATE_IRIS.get(rel.predicate)
        if subject is None or obj is None or predicate is None or subject == obj:
            continue
        g.add((subject, predicate, obj))
        node = ID[
            f"statement/{doc.doc_id}/"
            f"{short_hash(subject, predicate, obj, rel.evidence.start, rel.evidence.end)}"
        ]
        g.add((node, RDF.type, TA.Assertion))
        g.add((node, RDF.subject, subject))
        g.add((node, RDF.predicate, predicate))
        g.add((node, RDF.object, obj))
        evidence = doc.source.text[rel.evidence.start : rel.evidence.end]
        g.add((node, TA.evidenceText, Literal(" ".join(evidence.split()))))
        g.add((node, TA.extractionMethod, Literal(rel.method)))
        g.add((node, DCTERMS.source, d))
        g.add((node, PROV.wasDerivedFrom, section_of(doc, rel.evidence)))
        if rel.role:
            g.add((node, TA.roleLabel, Literal(rel.role, lang="de")))
        add_span(g, node, rel.evidence)
        if rel.predicate == "memberOf":
            membership = ID[f"membership/{short_hash(subject, obj, rel.role or '')}"]
            g.add((membership, RDF.type, ORG.Membership))
            g.add((membership, ORG.member, subject))
            g.add((membership, ORG.organization, obj))
            if rel.role:
                g.add((membership, TA.roleLabel, Literal(rel.role, lang="de")))
            g.add((membership, PROV.wasDerivedFrom, node))


def add_mask(g: Graph, doc: DocumentRecord, mask: ProductMask) -> None:
    """A product mask becomes a TransferObject with its fields and per-field provenance."""
    t = transfer_object_iri(doc.doc_id, mask.section)
    g.add((t, RDF.type, TA.TransferObject))
    g.add((t, RDFS.label, Literal(mask.title, lang="de")))
    g.add((t, SKOS.prefLabel, Literal(mask.title, lang="de")))
    g.add((t, TA.rawTitle, Literal(mask.raw_title)))
    g.add((t, TA.sectionNumber, Literal(mask.section)))
    g.add((t, DCTERMS.source, doc_iri(doc.doc_id)))
    g.add((t, PROV.wasDerivedFrom, section_of(doc, mask.span)))
    if mask.catalogue_page is not None:
        g.add((t, TA.cataloguePage, Literal(mask.catalogue_page, datatype=XSD.integer)))
    if mask.kbm_function:
        g.add((t, TA.kbmFunction, concept_iri("kbm-function", mask.kbm_function)))
    if mask.product_type:
        g.add((t, TA.productType, concept_iri("product-type", mask.product_type)))
        g.add((t, TA.productTypeInferred, Literal(mask.product_type_inferred)))
        g.add(
            (
                t,
                TA.productTypeConfidence,
                Literal(round(mask.product_type_confidence, 3), datatype=XSD.decimal),
            )
        )
        if mask.product_type_evidence:
            g.add((t, TA.productTypeEvidence, Literal(mask.product_type_evidence)))
    add_span(g, t, mask.span)
    for key, field in mask.fields.items():
        prop = FIELD_PROPERTIES.get(key)
        if prop is None:
            continue
        if prop != "productType":  # the type is a concept (above), the field keeps provenance
            g.add((t, TA[prop], Literal(field.text)))
        evidence = ID[f"field/{doc.doc_id}/{slugify(mask.section)}/{prop}"]
        g.add((evidence, RDF.type, TA.FieldEvidence))
        g.add((evidence, TA.ofTransferObject, t))
        g.add((evidence, TA.fieldName, Literal(prop)))
        g.add((evidence, TA.heading, Literal(field.heading)))
        g.add((evidence, DCTERMS.source, doc_iri(doc.doc_id)))
        add_span(g, evidence, field.span)


def mention_targets(
    docs: Iterable[DocumentRecord],
    entities: Iterable[Entity],
    plans: Mapping[Where, Where],
) -> dict[int, URIRef]:
    """Map each mention object (by identity) to the IRI of the resource it stands for."""
    targets: dict[int, URIRef] = {}
    for entity in entities:
        iri = entity_iri(entity)
        for _doc_id, mention in entity.mentions:
            targets[id(mention)] = iri
    for doc in docs:
        for rel in doc.relations:
            for mention in (rel.subject, rel.object):
                local = local_target(doc.doc_id, mention, plans)
                if local is not None:
                    targets[id(mention)] = local
    return targets


def local_target(doc_id: str, mention: Mention, plans: Mapping[Where, Where]) -> URIRef | None:
    """Transfer objects and measures are document-local resources, not resolved entities
    (a work package listed again is its plan's)."""
    if mention.type == "TransferObject" and "section" in mention.attributes:
        return transfer_object_iri(doc_id, mention.attributes["section"])
    if mention.type == "Measure" and "measure" in mention.attributes:
        where = (doc_id, mention.attributes["measure"])
        return measure_iri(*plans.get(where, where))
    return None


def stable_blank_nodes(g: Graph) -> Graph:
    """Replace blank nodes (SHACL property shapes) by IRIs derived from their content, so that
    rebuilding the same graph gives byte-identical dumps."""
    return to_canonical_graph(g).skolemize(
        authority="https://w3id.org", basepath="/transferatlas/genid/"
    )


def build_dataset(
    docs: list[DocumentRecord], entities: list[Entity], ontology: Graph | None = None
) -> Dataset:
    """The whole knowledge graph as an rdflib Dataset (ontology, entities, documents)."""
    ds = Dataset()
    if ontology is not None:
        og = ds.graph(ONTOLOGY_GRAPH)
        for triple in stable_blank_nodes(ontology):
            og.add(triple)
    add_entities(ds, entities)
    plans = plan_of_work_packages(docs)
    targets = mention_targets(docs, entities, plans)
    for doc in sorted(docs, key=lambda d: d.doc_id):
        add_document(ds, doc, targets, plans)
    return ds
