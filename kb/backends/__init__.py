"""Storage backends behind one small protocol, chosen by `Settings.backend`.

- `embedded` (default): bm25s files + a FAISS index inside the index folder; fusion in this process
  by `kb.fusion` (score fusion by default, reciprocal rank fusion by setting).
- `qdrant`: one Qdrant collection with a dense vector and a sparse vector per chunk (the same Korean
  bigram BM25 weighting); ranking, filtering and fusion (DBSF or RRF) happen on the Qdrant server (or in
  qdrant-client's local mode inside the index folder).

`KnowledgeBase` (kb/store.py) keeps the backend-neutral catalogue (manifest, docs.json, chunks.jsonl),
turns a question into a `SearchRequest` (translation, query embeddings, weights) and turns the backend's
`Scored` ids back into `Hit`s. `kb.builder.ingest` streams chunks and vectors into a `BackendWriter`.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from ingest.errors import SmartCityKBError
from ingest.records import Chunk
from kb.records import DocInfo, Filters
from kb.settings import Backend, Fusion, Settings


class BackendError(SmartCityKBError):
    pass


@dataclass(frozen=True)
class DenseQuery:
    vector: np.ndarray  # L2-normalised query embedding
    weight: float  # weight of this ranking in the fusion


@dataclass(frozen=True)
class SearchRequest:
    lexical_text: str | None  # text for the BM25 ranking (Korean terms for English questions); None: no BM25
    dense: tuple[DenseQuery, ...]  # one dense ranking per query vector; empty: none
    filters: Filters
    candidates: int  # depth of each ranking before fusion
    k: int  # fused results wanted
    rrf_k: int  # RRF constant: score = sum_i w_i / (rrf_k + rank_i), rank from 1
    fusion: Fusion = Fusion.DBSF
    # English questions: the Korean variants of each glossary term. A backend that can score them gives
    # each group its best variant's BM25 (kb.lexical.LexicalIndex.grouped_scores); others use lexical_text.
    lexical_groups: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Scored:
    chunk_id: str
    score: float  # fused score (DBSF or RRF), higher is better
    lexical: float | None  # BM25 score, None when the chunk has no query token (or no BM25 ranking ran)
    dense: float | None  # best cosine over the dense rankings, None when not scored


@dataclass(frozen=True)
class WriterSummary:
    """What a writer records in the manifest."""

    dense_index: str = ""  # FAISS index kind (embedded), "" when there is no dense side
    avgdl: float = 0.0  # average chunk length in tokens used for the sparse weights (qdrant)
    collection: str = ""  # physical Qdrant collection behind the alias (qdrant)


class SearchBackend(Protocol):
    has_dense: bool

    def search(self, request: SearchRequest) -> list[Scored]: ...

    def close(self) -> None: ...


class BackendWriter(Protocol):
    incremental: bool  # True: unchanged documents stay in the store and are not fed again
    carry: tuple[str, ...]  # entries of the live index folder moved into the new one at the swap

    def wants(self, doc_id: str) -> bool: ...

    def add(self, doc: DocInfo, chunks: list[Chunk], vectors: np.ndarray | None) -> None: ...

    def finish(self, tmp: Path) -> WriterSummary: ...

    def commit(self, keep: dict[str, set[str]]) -> None: ...

    def abort(self) -> None: ...


def open_backend(settings: Settings, folder: Path, manifest, docs: dict[str, DocInfo],
                 chunks: list[Chunk]) -> SearchBackend:
    """The search side of the index at `folder` (its manifest says which backend wrote it)."""
    if manifest.backend == Backend.QDRANT.value:
        from kb.backends.qdrant import QdrantBackend

        return QdrantBackend.open(settings, folder, manifest)
    from kb.backends.embedded import EmbeddedBackend

    return EmbeddedBackend.open(folder, docs, chunks)


def make_writer(settings: Settings, folder: Path, tmp: Path, dim: int, total: int, old_manifest,
                changed: set[str], rebuild: bool, avgdl: Callable[[], float]) -> BackendWriter:
    """A writer for `total` chunks of dimension `dim` (0: no dense side) into the new index folder `tmp`.
    `changed`: documents whose chunks differ from the live index (added, replaced or removed); `rebuild`:
    build the store anew even when it could be updated; `avgdl`: average chunk length in tokens, computed
    only if a writer needs it (a new Qdrant collection)."""
    if settings.backend is Backend.QDRANT:
        from kb.backends.qdrant import QdrantWriter

        return QdrantWriter.create(settings, folder, tmp, dim, old_manifest, changed, rebuild, avgdl)
    from kb.backends.embedded import EmbeddedWriter

    return EmbeddedWriter(tmp, dim, total, settings.dense_index)
