"""Records and protocols shared by the storage backends and the knowledge base: what a search asks
(`SearchRequest`), what a backend answers (`Scored`), and what a writer must do (`BackendWriter`)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from ingest.errors import SmartCityKBError
from ingest.records import Chunk
from kb.records import DocInfo, Filters
from kb.settings import Fusion


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
