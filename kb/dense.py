"""Dense vectors in FAISS (inner product over L2-normalised vectors = cosine)."""
from __future__ import annotations

from pathlib import Path

import numpy as np


class DenseIndex:
    def __init__(self, index, dim: int) -> None:
        self._index = index
        self.dim = dim

    @classmethod
    def build(cls, vectors: np.ndarray, dim: int, kind: str = "flat") -> "DenseIndex":
        import faiss

        if kind == "flat":
            index = faiss.IndexFlatIP(dim)
        elif kind == "hnsw":
            index = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = 80
            index.hnsw.efSearch = 64
        else:
            raise ValueError(f"unknown dense index kind {kind!r}; choose one of: flat, hnsw")
        if len(vectors):
            index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        return cls(index, dim)

    @property
    def size(self) -> int:
        return int(self._index.ntotal)

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Positions and cosine scores of the k nearest chunks, best first."""
        k = min(k, self.size)
        if k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        scores, ids = self._index.search(np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32), k)
        keep = ids[0] >= 0
        return ids[0][keep], scores[0][keep]

    def save(self, path: Path) -> None:
        import faiss

        faiss.write_index(self._index, str(path))

    @classmethod
    def load(cls, path: Path) -> "DenseIndex":
        import faiss

        index = faiss.read_index(str(path))
        return cls(index, index.d)
