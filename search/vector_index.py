"""Dense nearest-neighbour search (faiss): exact below a size threshold, HNSW above."""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

FLAT_LIMIT = 20_000  # exact search stays fast up to here on a laptop
HNSW_M = 32
EF_SEARCH = 128


class VectorIndex:
    """Inner-product search over unit vectors (= cosine similarity)."""

    def __init__(self, index: faiss.Index) -> None:
        self._index = index

    @classmethod
    def build(cls, vectors: np.ndarray, *, flat_limit: int = FLAT_LIMIT) -> VectorIndex:
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        dim = vectors.shape[1]
        index: faiss.Index
        if len(vectors) <= flat_limit:
            index = faiss.IndexFlatIP(dim)
        else:
            index = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = 200
            index.hnsw.efSearch = EF_SEARCH
        index.add(vectors)
        return cls(index)

    @property
    def kind(self) -> str:
        return "hnsw" if isinstance(self._index, faiss.IndexHNSWFlat) else "flat"

    def __len__(self) -> int:
        return int(self._index.ntotal)

    def set_ef_search(self, ef: int) -> None:
        """Recall/speed trade-off of HNSW (ignored by the exact index)."""
        if isinstance(self._index, faiss.IndexHNSWFlat):
            self._index.hnsw.efSearch = ef

    def search(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        """Nearest ``k`` vectors as (position, cosine similarity), best first."""
        k = min(k, len(self))
        if k <= 0:
            return []
        q = np.ascontiguousarray(query, dtype=np.float32).reshape(1, -1)
        scores, ids = self._index.search(q, k)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]

    def save(self, path: Path) -> None:
        faiss.write_index(self._index, str(path))

    @classmethod
    def load(cls, path: Path) -> VectorIndex:
        index = faiss.read_index(str(path))
        if isinstance(index, faiss.IndexHNSWFlat):
            index.hnsw.efSearch = EF_SEARCH
        return cls(index)
