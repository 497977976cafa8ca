"""Re-ingest from the UI: extract, build and switch the graph, then refresh the search index.

The store is only switched when `write_graph` completed (it builds a new store beside the
served one), so a failing document or a crash never loses what was there before. The search
index is rebuilt from the new store; embeddings of unchanged passages come from the cache.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from graph.load import BuildReport, write_graph
from graph.store import current_store_path, open_store
from ingest.pipeline import IngestResult, ingest_corpus
from ingest.readers import DocumentError

Step = Callable[[str, float], None]  # message, fraction done


@dataclass
class IngestOutcome:
    """What one UI ingest did: the ingest result, the build report and any errors."""

    result: IngestResult
    report: BuildReport
    errors: list[DocumentError] = field(default_factory=list)
    indexed: bool = False


def rebuild_index(base: Path) -> None:
    """Build the search index of the current store into ``<base>/index``."""
    from search.index_store import build_index

    path = current_store_path(base)
    if path is None:
        return
    build_index(open_store(base), base / "index", progress=False, source=str(path))


def reingest(
    corpus: Path,
    base: Path,
    *,
    extra_files: list[Path] | None = None,
    step: Step | None = None,
    index: bool = True,
) -> IngestOutcome:
    """Ingest the corpus (plus extra files), write and switch the graph, rebuild the index."""
    files_done = [0]

    def progress(doc_id: str) -> None:
        files_done[0] += 1
        if step:
            step(f"Dokument wird gelesen: {doc_id}", min(0.6, 0.1 * files_done[0]))

    result = ingest_corpus(corpus, base, extra_files=extra_files, progress=progress)
    if step:
        step("Graph wird gebaut und mit SHACL geprüft …", 0.65)
    report = write_graph(result, base)
    outcome = IngestOutcome(result, report, list(result.errors))
    if index:
        if step:
            step("Suchindex wird aktualisiert …", 0.8)
        rebuild_index(base)
        outcome.indexed = True
    if step:
        step("Fertig.", 1.0)
    return outcome
