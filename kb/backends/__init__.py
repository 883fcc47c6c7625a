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
from pathlib import Path

from ingest.records import Chunk
from kb.backends.base import (BackendError, BackendWriter, DenseQuery, Scored, SearchBackend, SearchRequest,
                              WriterSummary)
from kb.records import DocInfo
from kb.settings import Backend, Settings

__all__ = ["BackendError", "BackendWriter", "DenseQuery", "Scored", "SearchBackend", "SearchRequest",
           "WriterSummary", "make_writer", "open_backend"]


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
