"""Graph -> search chunks: the passages that BM25 and the dense retriever index.

A transfer object becomes one overview chunk (title, short description, goals …) plus one chunk
per non-empty mask field, so that a hit can say which field answered. Sections of other
documents are cut into paragraph/list-item chunks of roughly 60-150 words with the section title
in front (a paragraph alone often lacks its topic); measures are one chunk each. The graph is read
only through SPARQL (`graph.store.rows`).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

import pyoxigraph as ox

from graph.store import rows

TA = "https://w3id.org/transferatlas/ontology#"
PREFIXES = f"""PREFIX ta: <{TA}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

# Mask fields in catalogue order; the overview chunk uses the first few.
FIELDS = (
    "shortDescription",
    "initialSituation",
    "goals",
    "methods",
    "resources",
    "projectPlan",
    "actors",
    "marketing",
    "successFactors",
    "challenges",
    "notes",
    "transferAddressees",
)
FIELD_HEADINGS = {
    "shortDescription": "Kurzbeschreibung",
    "initialSituation": "Ausgangssituation",
    "goals": "Ziele",
    "methods": "Methoden/Umsetzung",
    "resources": "Ressourcen",
    "projectPlan": "Projektplan",
    "actors": "Beteiligte Akteure",
    "marketing": "Marketing",
    "successFactors": "Gelingensbedingungen",
    "challenges": "Herausforderungen",
    "notes": "Anmerkungen",
    "transferAddressees": "Transfer-Adressaten",
}
OVERVIEW_FIELDS = ("shortDescription", "goals", "initialSituation", "methods")
MIN_WORDS, MAX_WORDS, OVERVIEW_WORDS = 60, 150, 220
_BULLET = re.compile(r"^\s*(?:[-–•*\u2022\ufffd▪►]|\d{1,2}[.)]\s|[a-z][.)]\s)")


@dataclass(frozen=True)
class Chunk:
    """One indexed passage and where it came from (for evidence and aggregation)."""

    id: str
    unit: str  # eval unit: "<doc>#<section>" for transfer objects, "<doc>" otherwise
    doc_id: str
    resource: str  # IRI of the transfer object, section or measure
    kind: str  # transfer_object | field | section | item | measure
    field: str  # mask field name, "" for other kinds
    label: str  # transfer object / section / measure title
    text: str  # what is indexed (title prepended)
    section: str = ""
    start_line: int | None = None
    end_line: int | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Chunk:
        return cls(**data)


def doc_id_of(iri: str, identifier: str | None = None) -> str:
    """The corpus file stem: dcterms:identifier when present, else the IRI's last segment."""
    return identifier or iri.rstrip("/").rsplit("/", 1)[-1]


def _int(value: str | None) -> int | None:
    return int(value) if value and value.lstrip("-").isdigit() else None


def words(text: str) -> int:
    return len(text.split())


def truncate_words(text: str, limit: int) -> str:
    parts = text.split()
    return text if len(parts) <= limit else " ".join(parts[:limit]) + " …"


def blocks(text: str) -> list[tuple[str, int, bool]]:
    """Paragraphs and list items of a section text as (text, first line index, is_item)."""
    out: list[tuple[str, int, bool]] = []
    current: list[str] = []
    start, is_item = 0, False
    for i, line in enumerate(text.splitlines()):
        stripped = line.strip()
        if not stripped or _BULLET.match(line):
            if current:
                out.append((" ".join(current), start, is_item))
            current, start, is_item = ([stripped], i, True) if stripped else ([], i + 1, False)
            continue
        if not current:
            start = i
        current.append(stripped)
    if current:
        out.append((" ".join(current), start, is_item))
    return out


def split_long(text: str, limit: int = MAX_WORDS) -> list[str]:
    """Cut an over-long block at sentence ends into pieces of at most ``limit`` words."""
    if words(text) <= limit:
        return [text]
    pieces: list[str] = []
    current: list[str] = []
    for sentence in re.split(r"(?<=[.!?;])\s+", text):
        for start in range(0, max(1, words(sentence)), limit):
            part = " ".join(sentence.split()[start : start + limit])
            if current and words(" ".join([*current, part])) > limit:
                pieces.append(" ".join(current))
                current = []
            current.append(part)
    if current:
        pieces.append(" ".join(current))
    return pieces


def passages(text: str) -> list[tuple[str, int, int, bool]]:
    """Group blocks into passages of MIN..MAX words: (text, first line, last line, all items)."""
    out: list[tuple[str, int, int, bool]] = []
    buf: list[str] = []
    first = last = 0
    items = True
    for block, line, is_item in blocks(text):
        for piece in split_long(block):
            if buf and words(" ".join([*buf, piece])) > MAX_WORDS:
                out.append((" ".join(buf), first, last, items))
                buf, items = [], True
            if not buf:
                first = line
            buf.append(piece)
            last = line + block.count("\n")
            items = items and is_item
            if words(" ".join(buf)) >= MIN_WORDS:
                out.append((" ".join(buf), first, last, items))
                buf, items = [], True
    if buf:
        out.append((" ".join(buf), first, last, items))
    return out


def transfer_object_chunks(store: ox.Store) -> list[Chunk]:
    values = " ".join(f"ta:{f}" for f in FIELDS)
    found = rows(
        store,
        PREFIXES
        + f"""SELECT ?to ?label ?sec ?doc ?ident ?p ?text ?sl ?el WHERE {{
  ?to a ta:TransferObject ; rdfs:label ?label ; ta:sectionNumber ?sec ; dcterms:source ?doc .
  OPTIONAL {{ ?doc dcterms:identifier ?ident }}
  VALUES ?p {{ {values} }}
  ?to ?p ?text .
  OPTIONAL {{ ?ev ta:ofTransferObject ?to ; ta:fieldName ?fname ;
                 ta:startLine ?sl ; ta:endLine ?el .
             FILTER(STR(?p) = CONCAT(STR(ta:), ?fname)) }}
}}""",
    )
    by_to: dict[str, dict[str, Any]] = {}
    for row in found:
        entry = by_to.setdefault(
            row["to"],
            {
                "label": row["label"],
                "sec": row["sec"],
                "doc": doc_id_of(row["doc"], row.get("ident")),
            },
        )
        name = row["p"][len(TA) :]
        if row["text"].strip():
            entry.setdefault("fields", {})[name] = (
                row["text"].strip(),
                _int(row.get("sl")),
                _int(row.get("el")),
            )
    chunks: list[Chunk] = []
    for iri in sorted(by_to):
        entry = by_to[iri]
        fields: dict[str, tuple[str, int | None, int | None]] = entry.get("fields", {})
        unit = f"{entry['doc']}#{entry['sec']}"
        common = {"unit": unit, "doc_id": entry["doc"], "resource": iri, "label": entry["label"]}
        overview = " ".join(fields[f][0] for f in OVERVIEW_FIELDS if f in fields)
        lines = [v[1] for v in fields.values() if v[1]] + [v[2] for v in fields.values() if v[2]]
        chunks.append(
            Chunk(
                id=f"{unit}/overview",
                kind="transfer_object",
                field="",
                text=f"{entry['label']}. {truncate_words(overview, OVERVIEW_WORDS)}",
                section=entry["sec"],
                start_line=min(lines, default=None),
                end_line=max(lines, default=None),
                **common,
            )
        )
        for name in FIELDS:
            if name not in fields:
                continue
            text, start, end = fields[name]
            for n, piece in enumerate(split_long(" ".join(text.split()))):
                chunks.append(
                    Chunk(
                        id=f"{unit}/{name}/{n}",
                        kind="field",
                        field=name,
                        text=f"{entry['label']} – {FIELD_HEADINGS[name]}: {piece}",
                        section=entry["sec"],
                        start_line=start,
                        end_line=end,
                        **common,
                    )
                )
    return chunks


def section_chunks(store: ox.Store) -> list[Chunk]:
    """Passages of sections that are not themselves the source of a transfer object."""
    found = rows(
        store,
        PREFIXES
        + """SELECT ?s ?doc ?ident ?title ?num ?text ?sl ?so
  (MIN(?cso) AS ?child) WHERE {
  ?s a ta:Section ; dcterms:isPartOf ?doc ; ta:text ?text .
  OPTIONAL { ?doc dcterms:identifier ?ident }
  OPTIONAL { ?s dcterms:title ?title }
  OPTIONAL { ?s ta:sectionNumber ?num }
  OPTIONAL { ?s ta:startLine ?sl }
  OPTIONAL { ?s ta:startOffset ?so }
  OPTIONAL { ?c ta:parentSection ?s ; ta:startOffset ?cso }
  FILTER NOT EXISTS { ?to a ta:TransferObject ; prov:wasDerivedFrom ?s }
} GROUP BY ?s ?doc ?ident ?title ?num ?text ?sl ?so""",
    )
    chunks: list[Chunk] = []
    for row in sorted(found, key=lambda r: r["s"]):
        text = row["text"]
        own, child = _int(row.get("so")), _int(row.get("child"))
        if own is not None and child is not None and child > own:
            text = text[: child - own]  # children are indexed on their own
        title = row.get("title", "").strip()
        doc = doc_id_of(row["doc"], row.get("ident"))
        base_line = _int(row.get("sl"))
        for n, (passage, first, last, items) in enumerate(passages(text)):
            chunks.append(
                Chunk(
                    id=f"{doc}/{row['s'].rsplit('/', 1)[-1]}/{n}",
                    unit=doc,
                    doc_id=doc,
                    resource=row["s"],
                    kind="item" if items else "section",
                    field="",
                    label=title,
                    text=f"{title}: {passage}" if title else passage,
                    section=row.get("num", ""),
                    start_line=None if base_line is None else base_line + first,
                    end_line=None if base_line is None else base_line + last,
                )
            )
    return chunks


def measure_chunks(store: ox.Store) -> list[Chunk]:
    found = rows(
        store,
        PREFIXES
        + """SELECT ?m ?label ?text ?doc ?ident ?sl ?el ?num WHERE {
  ?m a ta:Measure ; rdfs:label ?label ; dcterms:source ?doc .
  OPTIONAL { ?m ta:text ?text }
  OPTIONAL { ?doc dcterms:identifier ?ident }
  OPTIONAL { ?m ta:startLine ?sl } OPTIONAL { ?m ta:endLine ?el }
  OPTIONAL { ?m prov:wasDerivedFrom ?s . ?s ta:sectionNumber ?num }
}""",
    )
    chunks: dict[str, Chunk] = {}
    for row in sorted(found, key=lambda r: r["m"]):
        doc = doc_id_of(row["doc"], row.get("ident"))
        label, text = row["label"].strip(), " ".join(row.get("text", "").split())
        body = text if text.startswith(label) else f"{label}: {text}".rstrip(": ")
        chunks.setdefault(
            row["m"],
            Chunk(
                id=f"{doc}/measure/{row['m'].rsplit('/', 1)[-1]}",
                unit=doc,
                doc_id=doc,
                resource=row["m"],
                kind="measure",
                field="",
                label=label,
                text=truncate_words(body, MAX_WORDS * 2),
                section=row.get("num", ""),
                start_line=_int(row.get("sl")),
                end_line=_int(row.get("el")),
            ),
        )
    return list(chunks.values())


def body(chunk: Chunk) -> str:
    """The chunk text without the title/heading put in front of it for indexing."""
    if chunk.kind == "field":
        prefix = f"{chunk.label} – {FIELD_HEADINGS.get(chunk.field, chunk.field)}: "
    elif chunk.kind == "transfer_object":
        prefix = f"{chunk.label}. "
    else:
        prefix = f"{chunk.label}: " if chunk.label else ""
    return chunk.text[len(prefix) :] if prefix and chunk.text.startswith(prefix) else chunk.text


def load_chunks(store: ox.Store) -> list[Chunk]:
    """All chunks of the graph in a stable order (transfer objects, sections, measures)."""
    return [*transfer_object_chunks(store), *section_chunks(store), *measure_chunks(store)]
