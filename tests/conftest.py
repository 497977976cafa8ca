"""Shared fixtures: the real corpus ingested once per test session into a temporary data dir."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
from gold import EXTRACTION

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"


@dataclass
class IngestedCorpus:
    """A corpus copy, its data folder and what the first ingest reported."""

    corpus: Path
    data: Path
    result: object
    report: object

    def store(self) -> ox.Store:
        from graph.store import open_store

        return open_store(self.data)


@pytest.fixture(scope="session")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Iterator[IngestedCorpus]:
    from graph.load import write_graph
    from ingest.pipeline import ingest_corpus

    root = tmp_path_factory.mktemp("ingested")
    corpus = root / "corpus"
    shutil.copytree(CORPUS, corpus)
    data = root / "data"
    data.mkdir()
    result = ingest_corpus(corpus, data)
    report = write_graph(result, data)
    yield IngestedCorpus(corpus, data, result, report)


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if EXTRACTION is None:
        pytest.skip("shared evaluation gold not found")
    return EXTRACTION
