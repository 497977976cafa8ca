"""Score the graph against gold extraction data (format: ../shared/eval/README.md).

An entity matches a resource when one of its names or aliases equals one of the resource's
labels (any SKOS lexical label) after case/whitespace/umlaut normalisation, the types agree
and the resource occurs in one of the documents the gold lists for the entity (the bare
"Stabsstelle" of one town's document does not match another town's). Precision counts only
resources mentioned in documents the gold covers, so adding unrelated documents does not
change the score. The gold's product masks count as gold transfer objects. A person the
gold marks `role_only` (the text names the office, not the holder) is named by its role:
its `name` is an annotator's description such as "… (Stadt X; role, unnamed)".
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from graph.store import rows
from ingest.mask_headings import FIELD_PROPERTIES

TA = "https://w3id.org/transferatlas/ontology#"
ORG = "http://www.w3.org/ns/org#"

# Most specific class wins when a resource carries several.
CLASS_TO_GOLD_TYPE = (
    (f"{TA}TransferObject", "TransferObject"),
    (f"{TA}Measure", "Measure"),
    (f"{TA}Municipality", "Municipality"),
    (f"{TA}Body", "Body"),
    (f"{TA}Programme", "Programme"),
    ("http://xmlns.com/foaf/0.1/Person", "Person"),
    (f"{TA}AdministrativeUnit", "Organization"),
    (f"{ORG}Organization", "Organization"),
    ("http://www.w3.org/2004/02/skos/core#Concept", "ActionField"),
)
PREDICATES = {
    "memberOf": f"{ORG}memberOf",
    "participatesIn": f"{TA}participatesIn",
    "cooperatesWith": f"{TA}cooperatesWith",
    "fundedBy": f"{TA}fundedBy",
    "carriedBy": f"{TA}carriedBy",
    "chairedBy": f"{TA}chairedBy",
    "subOrganizationOf": f"{ORG}subOrganizationOf",
    "involvesActor": f"{TA}involvesActor",
    "addressesActionField": f"{TA}addressesActionField",
}
SYMMETRIC = {"cooperatesWith"}
PER_SUBJECT = {"involvesActor"}  # gold lists these only for some subjects
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def normalise(label: str) -> str:
    """Case, whitespace and umlaut folding as the evaluation contract prescribes."""
    return re.sub(r"\s+", " ", label.casefold().translate(UMLAUTS)).strip()


@dataclass
class Resource:
    iri: str
    type: str
    labels: set[str] = field(default_factory=set)  # normalised
    docs: set[str] = field(default_factory=set)


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict[str, float]:
    """Precision over predictions, recall over gold, and their harmonic mean."""
    precision = tp_pred / n_pred if n_pred else 0.0
    recall = tp_gold / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def load_resources(store: ox.Store) -> list[Resource]:
    """Typed, labelled resources with the documents that mention or define them."""
    found: dict[str, Resource] = {}
    types: dict[str, set[str]] = defaultdict(set)
    for row in rows(store, "SELECT DISTINCT ?s ?t WHERE { ?s a ?t }"):
        types[row["s"]].add(row["t"])
    # Only concepts of the action-field scheme are action fields (not KBM functions, types).
    in_scheme = f"""SELECT ?s WHERE {{
        ?s <http://www.w3.org/2004/02/skos/core#inScheme> <{TA}ActionFieldScheme> }}"""
    action_fields = {row["s"] for row in rows(store, in_scheme)}
    for iri, classes in types.items():
        if iri not in action_fields:
            classes.discard("http://www.w3.org/2004/02/skos/core#Concept")
    # The data contract's measure is a work package, goal or measure; milestones and to-dos
    # are planning items of their own kind, not entities of type Measure.
    planning_items = f"""SELECT ?s WHERE {{
        ?s <{TA}measureKind> ?k FILTER(?k IN ("milestone", "todo")) }}"""
    for row in rows(store, planning_items):
        types[row["s"]].discard(f"{TA}Measure")
    for iri, classes in types.items():
        for cls, gold_type in CLASS_TO_GOLD_TYPE:
            if cls in classes:
                found[iri] = Resource(iri, gold_type)
                break
    query = """
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?s ?l WHERE { { ?s rdfs:label ?l } UNION { ?s skos:prefLabel ?l }
                             UNION { ?s skos:altLabel ?l } UNION { ?s skos:hiddenLabel ?l } }"""
    for row in rows(store, query):
        if row["s"] in found:
            found[row["s"]].labels.add(normalise(row["l"]))
    doc_query = f"""
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT DISTINCT ?s ?id WHERE {{
          {{ ?m <{TA}mentions> ?s ; dcterms:source ?d }} UNION {{ ?s dcterms:source ?d }}
          ?d dcterms:identifier ?id }}"""
    for row in rows(store, doc_query):
        if row["s"] in found:
            found[row["s"]].docs.add(row["id"])
    return [r for r in found.values() if r.labels]


def load_relations(store: ox.Store) -> set[tuple[str, str, str, str]]:
    """(predicate name, subject, object, document id) of every stated relation."""
    by_iri = {iri: name for name, iri in PREDICATES.items()}
    values = " ".join(f"<{iri}>" for iri in by_iri)
    query = f"""
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?s ?p ?o ?id WHERE {{
          VALUES ?p {{ {values} }}
          GRAPH ?g {{ ?s ?p ?o . ?d a <http://xmlns.com/foaf/0.1/Document> ;
                                    dcterms:identifier ?id }} }}"""
    return {(by_iri[r["p"]], r["s"], r["o"], r["id"]) for r in rows(store, query, union=False)}


def load_gold(gold_dir: Path) -> tuple[list[dict], list[dict], list[dict]]:
    def read(name: str) -> list[dict]:
        path = gold_dir / name
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []

    return read("entities.json"), read("relations.json"), read("transfer_objects.json")


def gold_with_masks(entities: list[dict], masks: list[dict]) -> list[dict]:
    """Gold entities plus one TransferObject per gold product mask."""
    merged = list(entities)
    for mask in masks:
        merged.append(
            {
                "id": f"mask-{mask.get('doc', '')}#{mask['section']}",
                "type": "TransferObject",
                "name": mask["title"],
                "aliases": [],
                "docs": [mask.get("doc", "")],
            }
        )
    return merged


def gold_names(entity: dict) -> set[str]:
    """The normalised surface forms of a gold entity; a role-only person's roles count."""
    names = [entity["name"], *entity.get("aliases", [])]
    if entity.get("role_only"):
        names += [role for role in str(entity.get("role", "")).split(";") if role.strip()]
    return {normalise(name) for name in names}


def score_entities(
    gold: list[dict], resources: list[Resource]
) -> tuple[dict[str, dict[str, float]], dict[str, set[str]], int]:
    """Per-type P/R/F1, the resources each gold entity matched, and the duplicate count."""
    gold_docs = {d for g in gold for d in g.get("docs", [])}
    scored = [r for r in resources if not gold_docs or r.docs & gold_docs]
    matches: dict[str, set[str]] = {}
    matched_resources: set[str] = set()
    for entity in gold:
        names = gold_names(entity)
        where = set(entity.get("docs", []))
        hits = {
            r.iri
            for r in scored
            if r.type == entity["type"] and r.labels & names and (not where or r.docs & where)
        }
        matches[entity["id"]] = hits
        matched_resources |= hits
    report: dict[str, dict[str, float]] = {}
    totals = [0, 0, 0, 0]
    for gold_type in sorted({g["type"] for g in gold}):
        of_type = [g for g in gold if g["type"] == gold_type]
        predicted = [r for r in scored if r.type == gold_type]
        counts = (
            sum(1 for r in predicted if r.iri in matched_resources),
            len(predicted),
            sum(1 for g in of_type if matches[g["id"]]),
            len(of_type),
        )
        report[gold_type] = prf(*counts)
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
    report["all"] = prf(*totals)
    duplicates = sum(1 for hits in matches.values() if len(hits) > 1)
    return report, matches, duplicates


def score_relations(
    gold: list[dict],
    predicted: set[tuple[str, str, str, str]],
    matches: dict[str, set[str]],
) -> dict[str, dict[str, float]]:
    """Per-predicate P/R/F1; a relation matches when both ends match the gold entities."""
    gold_docs = {g["doc"] for g in gold}
    predicted = {
        p for p in predicted if p[3] in gold_docs and p[0] in {g["predicate"] for g in gold}
    }
    # involvesActor is annotated per transfer object: score only the annotated ones.
    annotated = set().union(
        *(matches.get(g["subject"], set()) for g in gold if g["predicate"] in PER_SUBJECT)
    )
    predicted = {p for p in predicted if p[0] not in PER_SUBJECT or p[1] in annotated}

    def fits(pred: tuple[str, str, str, str], rel: dict) -> bool:
        if pred[0] != rel["predicate"]:
            return False
        subjects, objects = matches.get(rel["subject"], set()), matches.get(rel["object"], set())
        forward = pred[1] in subjects and pred[2] in objects
        backward = rel["predicate"] in SYMMETRIC and pred[2] in subjects and pred[1] in objects
        return forward or backward

    report: dict[str, dict[str, float]] = {}
    totals = [0, 0, 0, 0]
    unique_gold = {(g["predicate"], g["subject"], g["object"]): g for g in gold}
    for predicate in sorted({g["predicate"] for g in gold}):
        rels = [g for key, g in unique_gold.items() if key[0] == predicate]
        preds = {p for p in predicted if p[0] == predicate}
        pred_triples = {(p[0], p[1], p[2]) for p in preds}
        counts = (
            sum(1 for t in pred_triples if any(fits((*t, ""), r) for r in rels)),
            len(pred_triples),
            sum(1 for r in rels if any(fits(p, r) for p in preds)),
            len(rels),
        )
        report[predicate] = prf(*counts)
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
    report["all"] = prf(*totals)
    return report


def load_masks(store: ox.Store) -> dict[str, dict]:
    """Transfer objects by section number with title, page, KBM function and field states."""
    query = f"""
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?t ?section ?title ?page ?kbm ?field ?text WHERE {{
          ?t a <{TA}TransferObject> ; <{TA}sectionNumber> ?section ; rdfs:label ?title .
          OPTIONAL {{ ?t <{TA}cataloguePage> ?page }}
          OPTIONAL {{ ?t <{TA}kbmFunction>/skos:prefLabel ?kbm FILTER(LANG(?kbm) = "de") }}
          OPTIONAL {{ ?f <{TA}ofTransferObject> ?t ; <{TA}fieldName> ?field .
                     ?t ?fp ?text . FILTER(STRAFTER(STR(?fp), "#") = ?field) }} }}"""
    masks: dict[str, dict] = {}
    for row in rows(store, query):
        mask = masks.setdefault(
            row["section"],
            {"title": row["title"], "page": row.get("page"), "kbm": row.get("kbm"), "fields": {}},
        )
        if "field" in row:
            mask["fields"][row["field"]] = row.get("text", "").strip()
    return masks


def score_masks(gold: list[dict], found: dict[str, dict]) -> dict[str, float | int]:
    """Masks found, and how often title/page/KBM function/field states agree with the gold."""
    hits = [g for g in gold if g["section"] in found]
    field_total = field_ok = 0
    title_ok = page_ok = kbm_ok = 0
    for g in hits:
        mine = found[g["section"]]
        title_ok += normalise(mine["title"]) == normalise(g["title"])
        page_ok += str(mine.get("page")) == str(g.get("catalogue_page"))
        kbm_ok += normalise(mine.get("kbm") or "") == normalise(g.get("kbm_function") or "")
        for key, prop in FIELD_PROPERTIES.items():
            if key in g.get("fields_empty", []):
                expected = "empty"
            elif key in g.get("fields_present", []):
                expected = "present"
            else:
                expected = "missing"
            value = mine["fields"].get(prop)
            actual = "missing" if value is None else ("empty" if not value else "present")
            field_total += 1
            field_ok += actual == expected
    n = len(hits) or 1
    return {
        "found": len(hits),
        "expected": len(gold),
        "extra": len(set(found) - {g["section"] for g in gold}) if gold else len(found),
        "field_accuracy": round(field_ok / field_total, 4) if field_total else 0.0,
        "title_accuracy": round(title_ok / n, 4),
        "page_accuracy": round(page_ok / n, 4),
        "kbm_function_accuracy": round(kbm_ok / n, 4),
    }


def evaluate(store: ox.Store, gold_dir: Path) -> dict:
    """The full extraction report as one JSON-ready dict (keys as in the eval README)."""
    entities, relations, masks = load_gold(gold_dir)
    gold = gold_with_masks(entities, masks)
    entity_report, matches, duplicates = score_entities(gold, load_resources(store))
    return {
        "entities": entity_report,
        "relations": score_relations(relations, load_relations(store), matches),
        "masks": score_masks(masks, load_masks(store)),
        "duplicates": duplicates,
    }
