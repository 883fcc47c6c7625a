"""Dense vectors in FAISS (inner product over L2-normalised vectors = cosine).

`flat` is exact; `hnsw` is approximate and sub-linear. benchmarks/scale.py measures both: `auto` picks
flat below HNSW_FROM chunks (exact and already fast enough there) and HNSW above.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from kb.settings import DenseIndexKind

HNSW_FROM = 150_000  # flat: 16 ms a search at 100k on one core; English questions search twice
HNSW_M, HNSW_EF_CONSTRUCTION = 32, 80
# efSearch 800 for the 100 candidates: recall 0.973@100 and 0.991@10 of flat at 100k synthetic chunks, ~2 ms
# (efSearch 200: 0.87@100); see benchmarks/results/scale.md
HNSW_EF_SEARCH = 800


@contextmanager
def _omp_threads(n: int):
    """FAISS's OpenMP threads for one call. One query is searched on one thread: with two threads on busy
    cores, OpenMP's barriers made a 10k flat search 15x slower (32 ms instead of 2 ms); building (adding
    to HNSW) uses all cores."""
    import faiss

    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(n)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(before)


def choose_kind(setting: DenseIndexKind | str, size: int) -> DenseIndexKind:
    kind = DenseIndexKind(setting)
    if kind is DenseIndexKind.AUTO:
        return DenseIndexKind.HNSW if size >= HNSW_FROM else DenseIndexKind.FLAT
    return kind


class DenseIndex:
    def __init__(self, index, dim: int) -> None:
        self._index = index
        self.dim = dim

    @classmethod
    def empty(cls, dim: int, kind: DenseIndexKind | str = DenseIndexKind.FLAT) -> "DenseIndex":
        import faiss

        kind = DenseIndexKind(kind)
        if kind is DenseIndexKind.FLAT:
            index = faiss.IndexFlatIP(dim)
        elif kind is DenseIndexKind.HNSW:
            index = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
            index.hnsw.efSearch = HNSW_EF_SEARCH
        else:
            raise ValueError(f"dense index kind {kind.value!r} is not concrete; choose one of: flat, hnsw")
        return cls(index, dim)

    @classmethod
    def build(cls, vectors: np.ndarray, dim: int, kind: DenseIndexKind | str = DenseIndexKind.FLAT) -> "DenseIndex":
        dense = cls.empty(dim, kind)
        dense.add(vectors)
        return dense

    def add(self, vectors: np.ndarray) -> None:
        if len(vectors):
            with _omp_threads(os.cpu_count() or 1):
                self._index.add(np.ascontiguousarray(vectors, dtype=np.float32))

    @property
    def kind(self) -> DenseIndexKind:
        return DenseIndexKind.HNSW if hasattr(self._index, "hnsw") else DenseIndexKind.FLAT

    @property
    def size(self) -> int:
        return int(self._index.ntotal)

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Positions and cosine scores of the k nearest chunks, best first."""
        k = min(k, self.size)
        if k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        x = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        with _omp_threads(1):
            if hasattr(self._index, "hnsw"):  # the beam must be wider than k for HNSW's recall to hold at k
                import faiss

                params = faiss.SearchParametersHNSW(efSearch=max(HNSW_EF_SEARCH, 2 * k))
                scores, ids = self._index.search(x, k, params=params)
            else:
                scores, ids = self._index.search(x, k)
        keep = ids[0] >= 0
        return ids[0][keep], scores[0][keep]

    def save(self, path: Path) -> None:
        import faiss

        try:
            faiss.write_index(self._index, str(path))
        except RuntimeError as err:  # FAISS reports a failed write (full disk ...) as a RuntimeError
            raise OSError(None, f"FAISS could not write the index ({str(err).splitlines()[0][:120]})",
                          str(path)) from err

    @classmethod
    def load(cls, path: Path) -> "DenseIndex":
        import faiss

        index = faiss.read_index(str(path))
        if hasattr(index, "hnsw"):
            index.hnsw.efSearch = HNSW_EF_SEARCH  # a search-time parameter; keep it with the code
        return cls(index, index.d)
