"""Relations as the real extractors read them, for tests of unseen wordings."""

from __future__ import annotations

from pathlib import Path

from ingest.entities import extract_mentions
from ingest.participants import strip_title
from ingest.records import DocumentRecord, RelationRecord
from ingest.relations import extract_relations


def extracted(text: str) -> list[RelationRecord]:
    """Relations over the mentions the real entity extractor finds (for unseen wordings)."""
    return extract_relations(text, extract_mentions(text))


def named_triples(text: str) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) by canonical name, over the real entity extractor."""
    return {
        (
            strip_title(r.subject.canonical or r.subject.text),
            r.predicate,
            r.object.canonical or r.object.text,
        )
        for r in extracted(text)
    }


def document_record(
    folder: Path, text: str, publisher: str, name: str = "doc.md"
) -> DocumentRecord:
    """A whole document as ingest reads it (topic, publisher, offices)."""
    from ingest.pipeline import extract_document

    path = folder / name
    path.write_text(text, encoding="utf-8")
    return extract_document(path, path.stem, {"publisher": publisher})


def document_relations(
    folder: Path, text: str, publisher: str, name: str = "doc.md"
) -> list[RelationRecord]:
    """Relations of a whole document (topic, publisher, offices), as ingest reads it."""
    return document_record(folder, text, publisher, name).relations
