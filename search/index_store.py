"""A search index is a self-describing folder (after txtai): config, chunks, BM25, faiss, cache.

```
index/
  config.json       model, backend, analyzer settings, counts, build date, source store
  chunks.jsonl      one Chunk per line (position = row in BM25 and faiss)
  vocabulary.txt    folded corpus words (compound parts, typo repair)
  spellings.json    folded word -> its usual written form (respelt queries for the model)
  bm25/             bm25s files
  vectors.faiss     faiss index;  vectors.npy  the same vectors (mean vectors for `similar`)
  embeddings.sqlite vector cache by sha256(model + prefix + text), reused by the next build
  facets.json       facet memberships and value labels from the graph
```
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyoxigraph as ox

from graph.store import rows
from search.analysis import Analyzer, corpus_spellings, corpus_vocabulary
from search.chunking import PREFIXES, Chunk, doc_id_of, load_chunks
from search.embeddings import Embedder, VectorCache, default_embedder, encode
from search.facets import Memberships, memberships
from search.keyword_index import KeywordIndex
from search.vector_index import VectorIndex

FORMAT_VERSION = 2


@dataclass
class Index:
    """Everything a search needs, loaded from one folder."""

    folder: Path
    config: dict[str, Any]
    chunks: list[Chunk]
    analyzer: Analyzer
    keyword: KeywordIndex
    vectors: VectorIndex
    matrix: np.ndarray
    facets: Memberships
    facet_labels: dict[str, str]
    documents: dict[str, str] = field(default_factory=dict)  # doc id -> title


def document_titles(store: ox.Store) -> dict[str, str]:
    found = rows(
        store,
        PREFIXES
        + """PREFIX foaf: <http://xmlns.com/foaf/0.1/>
SELECT ?d ?ident ?title WHERE { ?d a foaf:Document .
  OPTIONAL { ?d dcterms:identifier ?ident } OPTIONAL { ?d dcterms:title ?title } }""",
    )
    return {doc_id_of(r["d"], r.get("ident")): r.get("title", "") for r in found}


def build_index(
    store: ox.Store,
    folder: Path,
    *,
    progress: bool = True,
    embedder: Embedder | None = None,
    compounds: bool = True,
    source: str = "",
) -> Index:
    """Chunk the graph, analyse, embed (cached) and write a complete index folder."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    chunks = load_chunks(store)
    vocabulary = corpus_vocabulary(c.text for c in chunks)
    spellings = corpus_spellings(c.text for c in chunks)
    analyzer = Analyzer(compounds=compounds, vocabulary=vocabulary, spellings=spellings)
    keyword = KeywordIndex.build([analyzer(c.text) for c in chunks])
    embedder = embedder or default_embedder()
    cache = VectorCache(folder / "embeddings.sqlite")
    try:
        matrix = encode(
            embedder, [c.text for c in chunks], "passage", cache=cache, progress=progress
        )
    finally:
        cache.close()
    vectors = VectorIndex.build(matrix)
    found, labels = memberships(store)
    documents = document_titles(store)
    config = {
        "format": FORMAT_VERSION,
        "model": embedder.name,
        "backend": embedder.backend,
        "dim": int(matrix.shape[1]),
        "analyzer": {"stemming": True, "stopwords": True, "compounds": compounds, "fold": "a/o/u"},
        "vector_index": vectors.kind,
        "counts": {
            "chunks": len(chunks),
            "resources": len({c.resource for c in chunks}),
            "units": len({c.unit for c in chunks}),
            "vocabulary": len(vocabulary),
        },
        "built": dt.datetime.now().isoformat(timespec="seconds"),
        "source": source,
    }
    with (folder / "chunks.jsonl").open("w", encoding="utf-8") as out:
        for chunk in chunks:
            out.write(json.dumps(chunk.to_json(), ensure_ascii=False) + "\n")
    (folder / "vocabulary.txt").write_text("\n".join(sorted(vocabulary)), encoding="utf-8")
    (folder / "spellings.json").write_text(json.dumps(spellings, ensure_ascii=False), "utf-8")
    keyword.save(folder / "bm25")
    vectors.save(folder / "vectors.faiss")
    np.save(folder / "vectors.npy", matrix)
    facets_doc = {"memberships": found, "labels": labels, "documents": documents}
    (folder / "facets.json").write_text(json.dumps(facets_doc, ensure_ascii=False), "utf-8")
    (folder / "config.json").write_text(json.dumps(config, indent=2, ensure_ascii=False), "utf-8")
    return Index(
        folder, config, chunks, analyzer, keyword, vectors, matrix, found, labels, documents
    )


def load_index(folder: Path) -> Index:
    """Open an index folder written by `build_index`."""
    folder = Path(folder)
    config = json.loads((folder / "config.json").read_text("utf-8"))
    if config.get("format") != FORMAT_VERSION:
        raise ValueError(f"index format {config.get('format')} in {folder} is not supported")
    with (folder / "chunks.jsonl").open(encoding="utf-8") as lines:
        chunks = [Chunk.from_json(json.loads(line)) for line in lines if line.strip()]
    vocabulary = frozenset((folder / "vocabulary.txt").read_text("utf-8").split())
    settings = config["analyzer"]
    analyzer = Analyzer(
        stemming=settings["stemming"],
        stopwords=settings["stopwords"],
        compounds=settings["compounds"],
        vocabulary=vocabulary,
        spellings=json.loads((folder / "spellings.json").read_text("utf-8")),
    )
    facets_doc = json.loads((folder / "facets.json").read_text("utf-8"))
    return Index(
        folder=folder,
        config=config,
        chunks=chunks,
        analyzer=analyzer,
        keyword=KeywordIndex.load(folder / "bm25"),
        vectors=VectorIndex.load(folder / "vectors.faiss"),
        matrix=np.load(folder / "vectors.npy"),
        facets=facets_doc["memberships"],
        facet_labels=facets_doc["labels"],
        documents=facets_doc.get("documents", {}),
    )
