"""The embedded backend: bm25s files and a FAISS index inside the index folder, fused in this process.

Files it owns in the index folder: lexical/ (bm25s), dense.faiss (absent for a lexical-only base) and
embcache.npz (the chunk vectors by text hash, reused by the next ingest).
"""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import numpy as np

from ingest.records import Chunk
from kb.backends.base import Scored, SearchRequest, WriterSummary
from kb.dense import DenseIndex, choose_kind
from kb.fusion import reciprocal_rank_fusion, score_fusion
from kb.lexical import LexicalBuilder, LexicalIndex
from kb.records import DocInfo, Filters
from kb.settings import DenseIndexKind, Fusion

logger = logging.getLogger(__name__)


def text_key(text: str) -> str:
    """Key of a chunk text in the embedding cache."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class EmbeddedBackend:
    def __init__(self, lexical: LexicalIndex, dense: DenseIndex | None, docs: dict[str, DocInfo],
                 chunks: list[Chunk]) -> None:
        self.lexical = lexical
        self.dense = dense
        self.has_dense = dense is not None
        self._docs = docs
        self._ids = [c.id for c in chunks]
        self._doc_of = np.array([c.doc_id for c in chunks], dtype=object)

    @classmethod
    def open(cls, folder: Path, docs: dict[str, DocInfo], chunks: list[Chunk]) -> "EmbeddedBackend":
        lexical = LexicalIndex.load(folder / "lexical")
        dense = DenseIndex.load(folder / "dense.faiss") if (folder / "dense.faiss").is_file() else None
        return cls(lexical, dense, docs, chunks)

    def close(self) -> None:
        pass

    def search(self, request: SearchRequest) -> list[Scored]:
        allowed = self._allowed(request.filters)
        n = request.candidates
        rankings: list[list[tuple[int, float]]] = []
        weights: list[float] = []
        lex_score: dict[int, float] = {}
        dense_score: dict[int, float] = {}
        if request.lexical_text is not None:
            lex_score = self.lexical_ranking(request.lexical_text, allowed, n, request.lexical_groups)
            rankings.append(list(lex_score.items()))
            weights.append(1.0)
        for query in request.dense:
            scores = self.dense_ranking(query.vector, allowed, n)
            rankings.append(list(scores.items()))
            weights.append(query.weight)
            for pos, score in scores.items():
                dense_score[pos] = max(score, dense_score.get(pos, -1.0))
        if request.fusion is Fusion.RRF:
            fused = reciprocal_rank_fusion([[pos for pos, _ in r] for r in rankings], weights, k=request.rrf_k)
        else:
            fused = score_fusion(rankings, weights)
        return [Scored(self._ids[pos], score, lex_score.get(pos), dense_score.get(pos))
                for pos, score in fused[: request.k]]

    def _allowed(self, filters: Filters) -> np.ndarray | None:
        if not filters.active:
            return None
        ok = {d for d, info in self._docs.items() if filters.accepts(info)}
        return np.array([d in ok for d in self._doc_of], dtype=bool)

    def lexical_ranking(self, query: str, allowed: np.ndarray | None, n: int,
                        groups: tuple[tuple[str, ...], ...] = ()) -> dict[int, float]:
        """The top `n` chunks with a positive BM25 score, best first (dicts keep insertion order)."""
        scores = self.lexical.grouped_scores(groups) if groups else self.lexical.scores(query)
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        if len(scores) > 4 * n:  # partial selection first: a full sort of 10^5 scores costs more than BM25
            part = np.argpartition(-scores, n)[:n]
            top = part[np.lexsort((part, -scores[part]))]
        else:
            top = np.argsort(-scores, kind="stable")[:n]
        return {int(i): float(scores[i]) for i in top if scores[i] > 0}

    def dense_ranking(self, qvec: np.ndarray, allowed: np.ndarray | None, n: int) -> dict[int, float]:
        """The top `n` chunks by cosine, best first."""
        if self.dense is None:
            return {}
        want = n if allowed is None else self.dense.size
        ids, scores = self.dense.search(qvec, want)
        pairs = [(int(i), float(s)) for i, s in zip(ids, scores) if allowed is None or allowed[i]][:n]
        return dict(pairs)


class EmbeddedWriter:
    """Rebuilds the whole store from the streamed chunks: BM25 needs global statistics anyway, and the
    vectors of unchanged chunks come from the embedding cache, so a full rebuild costs no embedding."""

    incremental = False
    carry: tuple[str, ...] = ()

    def __init__(self, tmp: Path, dim: int, total: int, dense_index: DenseIndexKind) -> None:
        self.tmp = tmp
        self.lexical = LexicalBuilder()
        self.kind = choose_kind(dense_index, total) if dim else None
        self._vectors = np.empty((total, dim), dtype=np.float32) if dim else None
        self._keys: list[str] = []

    def wants(self, doc_id: str) -> bool:
        return True

    def add(self, doc: DocInfo, chunks: list[Chunk], vectors: np.ndarray | None) -> None:
        start = len(self.lexical)
        for chunk in chunks:
            self.lexical.add(chunk.index_text)
        if self._vectors is not None:
            self._vectors[start : start + len(chunks)] = vectors
            self._keys.extend(text_key(c.index_text) for c in chunks)

    def finish(self, tmp: Path) -> WriterSummary:
        self.lexical.finish().save(tmp / "lexical")
        if self._vectors is None:
            return WriterSummary()
        n = len(self.lexical)
        vectors, self._vectors = self._vectors[:n], None
        if n:
            np.savez(tmp / "embcache.npz", keys=np.array(self._keys), vectors=vectors)
        dense = DenseIndex.empty(vectors.shape[1], self.kind)
        for start in range(0, n, 65536):  # HNSW insertion in slices keeps FAISS's temporaries small
            dense.add(vectors[start : start + 65536])
        del vectors
        dense.save(tmp / "dense.faiss")
        return WriterSummary(dense_index=self.kind.value)

    def commit(self, keep: dict[str, set[str]]) -> None:
        pass

    def abort(self) -> None:
        self._vectors = None


def read_cache(folder: Path) -> dict[str, np.ndarray]:
    """Vectors by text key from the embedded index at `folder` (empty when there is none)."""
    path = folder / "embcache.npz"
    if not path.is_file():
        return {}
    try:
        data = np.load(path, allow_pickle=False)
        return dict(zip(data["keys"].tolist(), data["vectors"]))
    except (OSError, ValueError, KeyError) as err:
        logger.warning("ignoring the unreadable embedding cache %s: %s", path, err)
        return {}
