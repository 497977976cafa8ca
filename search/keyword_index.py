"""BM25 over analysed German terms (bm25s), savable next to the other index files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import bm25s
import numpy as np


class KeywordIndex:
    """BM25 scores of chunks for a list of query terms (already analysed)."""

    def __init__(self, retriever: bm25s.BM25) -> None:
        self._bm25 = retriever
        self._vocab: dict[str, int] = dict(retriever.vocab_dict)

    @classmethod
    def build(cls, chunk_terms: Sequence[list[str]]) -> KeywordIndex:
        retriever = bm25s.BM25(k1=1.2, b=0.75)
        # An empty document would break the vocabulary; a never-matching term keeps positions.
        retriever.index([terms or ["\x00"] for terms in chunk_terms], show_progress=False)
        return cls(retriever)

    def __len__(self) -> int:
        return int(self._bm25.scores["num_docs"])

    def knows(self, term: str) -> bool:
        return term in self._vocab

    def scores(self, terms: list[str]) -> np.ndarray:
        """BM25 score of every chunk (0 where no term occurs)."""
        known = [t for t in terms if t in self._vocab]
        if not known:
            return np.zeros(len(self), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(known), dtype=np.float32)

    def search(self, terms: list[str], k: int) -> list[tuple[int, float]]:
        """Best ``k`` chunks with a positive score, as (chunk position, score)."""
        scores = self.scores(terms)
        order = np.argsort(-scores, kind="stable")[:k]
        return [(int(i), float(scores[i])) for i in order if scores[i] > 0]

    def save(self, folder: Path) -> None:
        self._bm25.save(str(folder))

    @classmethod
    def load(cls, folder: Path) -> KeywordIndex:
        return cls(bm25s.BM25.load(str(folder)))
