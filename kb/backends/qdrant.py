"""The Qdrant backend: one collection, a dense and a sparse vector per chunk, fused on the server.

Search is one Query API call: a sparse prefetch (Korean bigram BM25, see kb/backends/sparse.py) and one
dense prefetch per query vector, fused on the server by DBSF (`Fusion.DBSF`, the default, the same
mean ± 3σ normalisation as kb.fusion.score_fusion) or by `RrfQuery` with k = rrf_k + 1 (Qdrant counts
positions from 0, this code from 1, so both give w/(rrf_k + rank)). Weights 1 : 0.5 are sent as the
lexical prefetch twice, which is exactly 2 : 1 in either sum on every server version (DBSF takes no
weights; Qdrant's RRF `weights` divide the rank instead of scaling the term). The sparse side scores the
flat Korean text of an English question (no per-term best variant as in the embedded backend). A second, batched call scores the fused top-k by each source alone,
so hits carry BM25 and cosine scores like the embedded backend's (the abstention signals use them).

Payloads follow langchain-qdrant's layout ({"page_content", "metadata"}), so `QdrantVectorStore` can read
the same collection (kb/backends/qdrant_langchain.py). Writes and searches use qdrant-client directly:
LangChain's store embeds texts itself (no cache, no precomputed vectors), has no RRF k or weights and
sends the same text to both prefetches (English questions need Korean terms for the sparse side).

Collections are versioned behind an alias (`settings.qdrant_collection`): a rebuild fills a new
collection and moves the alias after the catalogue swap; an update upserts changed documents in place.
Point ids are uuid5 of chunk ids, so re-running an interrupted ingest overwrites instead of duplicating.
"""
from __future__ import annotations

import atexit
import json
import logging
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import numpy as np

from ingest.records import Chunk
from kb.backends.base import BackendError, Scored, SearchRequest, WriterSummary
from kb.backends.sparse import document_weights, query_weights
from kb.records import DocInfo, Filters
from kb.settings import Fusion, Settings

logger = logging.getLogger(__name__)
DENSE, SPARSE = "dense", "lexical"
LOCAL_DIR = "qdrant"
UPSERT_BATCH = 256
_NAMESPACE = uuid.UUID("5b0e6c1e-4f0a-4a61-9d1c-3c2f3b8e2a10")
_CLIENTS: dict[str, object] = {}


def point_id(chunk_id: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, chunk_id))


def _models():
    from qdrant_client import models

    return models


def client_for(settings: Settings, folder: Path):
    """One client per server URL or local folder in this process (local mode locks its folder)."""
    key = settings.qdrant_url or str((Path(folder) / LOCAL_DIR).resolve())
    client = _CLIENTS.get(key)
    if client is None:
        from qdrant_client import QdrantClient

        try:
            if settings.qdrant_url:
                client = QdrantClient(url=settings.qdrant_url, api_key=settings.qdrant_api_key, timeout=60)
            else:
                client = QdrantClient(path=key)
        except Exception as err:  # noqa: BLE001 - qdrant-client raises RuntimeError, OSError, httpx errors
            where = settings.qdrant_url or key
            raise BackendError(f"cannot open Qdrant at {where}: {err}. Local mode serves one process at a time; "
                               "for several, run a Qdrant server and set SMARTCITY_KB_QDRANT_URL") from None
        if not _CLIENTS:
            atexit.register(_close_all)  # before interpreter shutdown, when closing can still import
        _CLIENTS[key] = client
    return client


def _close_all() -> None:
    while _CLIENTS:
        _CLIENTS.popitem()[1].close()


def release(settings: Settings, folder: Path) -> None:
    """Close a local-mode client so that its folder can be moved (no-op for a server)."""
    if settings.qdrant_url:
        return
    client = _CLIENTS.pop(str((Path(folder) / LOCAL_DIR).resolve()), None)
    if client is not None:
        client.close()


def payload_filter(filters: Filters):
    if not filters.active:
        return None
    m = _models()
    must = []
    if filters.doc_types:
        must.append(m.FieldCondition(key="metadata.doc_type", match=m.MatchAny(any=list(filters.doc_types))))
    if filters.doc_ids:
        must.append(m.FieldCondition(key="metadata.doc_id", match=m.MatchAny(any=list(filters.doc_ids))))
    if filters.year_from is not None or filters.year_to is not None:
        must.append(m.FieldCondition(key="metadata.year", range=m.Range(gte=filters.year_from, lte=filters.year_to)))
    return m.Filter(must=must)


def _multiplicities(weights: list[float]) -> list[int] | None:
    """Weights as whole repeat counts (1 : 0.5 → 2 : 1), or None when they are not small whole ratios."""
    unit = min(weights)
    counts = [w / unit for w in weights]
    if all(abs(c - round(c)) < 1e-9 and round(c) <= 4 for c in counts):
        return [round(c) for c in counts]
    return None


class QdrantBackend:
    def __init__(self, settings: Settings, folder: Path, collection: str, has_dense: bool) -> None:
        self.settings = settings
        self.folder = folder
        self.collection = collection
        self.has_dense = has_dense

    @classmethod
    def open(cls, settings: Settings, folder: Path, manifest) -> "QdrantBackend":
        client = client_for(settings, folder)
        name = settings.qdrant_collection
        if not any(a.alias_name == name for a in client.get_aliases().aliases) and not client.collection_exists(name):
            where = settings.qdrant_url or str(Path(folder) / LOCAL_DIR)
            raise BackendError(f"Qdrant at {where} has no collection {settings.qdrant_collection!r}; "
                               "build it with: smartcity-kb ingest --rebuild")
        return cls(settings, folder, settings.qdrant_collection, manifest.dim > 0)

    def close(self) -> None:
        release(self.settings, self.folder)

    def search(self, request: SearchRequest) -> list[Scored]:
        m = _models()
        flt = payload_filter(request.filters)
        sources: list[tuple[str, object]] = []  # (vector name, query), in weight order below
        weights: list[float] = []
        if request.lexical_text is not None:
            sparse = query_weights(request.lexical_text)
            if sparse.indices:
                sources.append((SPARSE, m.SparseVector(indices=list(sparse.indices), values=list(sparse.values))))
                weights.append(1.0)
        if self.has_dense:
            for query in request.dense:
                sources.append((DENSE, query.vector.astype(float).tolist()))
                weights.append(query.weight)
        if not sources:
            return []
        points, unit = self._fused(sources, weights, flt, request)
        ids = [p.id for p in points]
        lexical, dense = self._source_scores(sources, ids) if ids else ({}, {})
        return [Scored(p.payload["metadata"]["chunk_id"], p.score * unit, lexical.get(p.id), dense.get(p.id))
                for p in points]

    def _fused(self, sources, weights, flt, request):
        m = _models()
        counts = _multiplicities(weights)
        prefetch = []
        for (using, query), count in zip(sources, counts or [1] * len(sources)):
            prefetch += [m.Prefetch(query=query, using=using, filter=flt, limit=request.candidates)] * count
        unit = min(weights) if counts else 1.0
        if request.fusion is Fusion.DBSF:
            query = m.FusionQuery(fusion=m.Fusion.DBSF)  # whole-ratio weights only (counts); else unweighted
        else:
            query = m.RrfQuery(rrf=m.Rrf(k=request.rrf_k + 1, weights=None if counts else weights))
        response = client_for(self.settings, self.folder).query_points(
            self.collection, prefetch=prefetch, query=query, limit=request.k,
            with_payload=["metadata.chunk_id"], with_vectors=False,
        )
        return response.points, unit

    def _source_scores(self, sources, ids) -> tuple[dict, dict]:
        """BM25 and best cosine of the fused hits, one batched call."""
        m = _models()
        only = m.Filter(must=[m.HasIdCondition(has_id=ids)])
        requests = [m.QueryRequest(query=query, using=using, filter=only, limit=len(ids), with_payload=False)
                    for using, query in sources]
        lexical: dict = {}
        dense: dict = {}
        for (using, _), response in zip(sources, client_for(self.settings, self.folder).query_batch_points(
                self.collection, requests=requests)):
            target = lexical if using == SPARSE else dense
            for p in response.points:
                target[p.id] = max(p.score, target.get(p.id, -1.0))
        return lexical, dense


class QdrantWriter:
    """Streams chunks into a collection. `incremental`: upsert changed documents into the live collection,
    and after the catalogue swap delete their points that the new catalogue no longer lists."""

    def __init__(self, settings: Settings, folder: Path, store_folder: Path, collection: str, dim: int,
                 avgdl: float, incremental: bool, changed: set[str]) -> None:
        self.settings, self.folder, self.store_folder = settings, folder, store_folder
        self.collection, self.dim, self.avgdl = collection, dim, avgdl
        self.incremental = incremental
        self.carry = (LOCAL_DIR,) if incremental and not settings.qdrant_url else ()
        self._changed = changed
        self._pending: list = []

    @classmethod
    def create(cls, settings: Settings, folder: Path, tmp: Path, dim: int, old_manifest, changed: set[str],
               rebuild: bool, avgdl: Callable[[], float]) -> "QdrantWriter":
        reuse = (not rebuild and old_manifest is not None and old_manifest.backend == "qdrant"
                 and old_manifest.collection and old_manifest.dim == dim)
        if reuse:
            writer = cls(settings, folder, folder, old_manifest.collection, dim, old_manifest.avgdl, True, changed)
            client_for(settings, folder)  # fails early when the live store is locked
            return writer
        store = folder if settings.qdrant_url else tmp  # local mode: a fresh store inside the new folder
        writer = cls(settings, folder, store, f"{settings.qdrant_collection}-{time.time_ns()}", dim, avgdl(),
                     False, changed)
        writer._create_collection()
        return writer

    @property
    def client(self):
        return client_for(self.settings, self.store_folder)

    def _create_collection(self) -> None:
        m = _models()
        vectors = {DENSE: m.VectorParams(size=self.dim, distance=m.Distance.COSINE)} if self.dim else {}
        self.client.create_collection(
            self.collection, vectors_config=vectors,
            sparse_vectors_config={SPARSE: m.SparseVectorParams(modifier=m.Modifier.IDF)},
            shard_number=self.settings.qdrant_shards, replication_factor=self.settings.qdrant_replicas,
        )
        if self.settings.qdrant_url:  # local mode ignores payload indexes (and warns)
            for key, schema in (("doc_id", m.PayloadSchemaType.KEYWORD), ("doc_type", m.PayloadSchemaType.KEYWORD),
                                ("year", m.PayloadSchemaType.INTEGER)):
                self.client.create_payload_index(self.collection, f"metadata.{key}", field_schema=schema)

    def wants(self, doc_id: str) -> bool:
        return not self.incremental or doc_id in self._changed

    def add(self, doc: DocInfo, chunks: list[Chunk], vectors: np.ndarray | None) -> None:
        m = _models()
        for i, chunk in enumerate(chunks):
            sparse = document_weights(chunk.index_text, self.avgdl)
            vector: dict = {SPARSE: m.SparseVector(indices=list(sparse.indices), values=list(sparse.values))}
            if self.dim:
                vector[DENSE] = vectors[i].astype(float).tolist()
            self._pending.append(m.PointStruct(id=point_id(chunk.id), vector=vector, payload=_payload(doc, chunk)))
            if len(self._pending) >= UPSERT_BATCH:
                self._flush()

    def _flush(self) -> None:
        if self._pending:
            self.client.upsert(self.collection, points=self._pending, wait=True)
            self._pending = []

    def finish(self, tmp: Path) -> WriterSummary:
        self._flush()
        if not self.settings.qdrant_url:  # the swap moves the local stores' folders: close them first
            release(self.settings, self.store_folder)
            release(self.settings, self.folder)
        return WriterSummary(avgdl=self.avgdl, collection=self.collection)

    def commit(self, keep: dict[str, set[str]]) -> None:
        """After the swap: point the alias at a rebuilt collection, or drop the replaced points."""
        client = client_for(self.settings, self.folder)
        if not self.incremental:
            self._switch_alias(client)
        else:
            self._drop_unlisted(client, keep)
        # local mode locks its folder per process: free it before the writer lock goes to the next writer
        release(self.settings, self.folder)

    def _drop_unlisted(self, client, listed: dict) -> None:
        """Delete the points of each changed document whose chunk id `listed[doc_id]` does not name."""
        m = _models()
        for doc_id in sorted(self._changed):
            unlisted = m.Filter(must=[m.FieldCondition(key="metadata.doc_id", match=m.MatchValue(value=doc_id))],
                                must_not=[m.HasIdCondition(has_id=[point_id(c) for c in listed.get(doc_id, ())])])
            client.delete(self.collection, points_selector=m.FilterSelector(filter=unlisted), wait=True)

    def _switch_alias(self, client) -> None:
        m = _models()
        alias = self.settings.qdrant_collection
        old = [a.collection_name for a in client.get_aliases().aliases if a.alias_name == alias]
        ops = [m.DeleteAliasOperation(delete_alias=m.DeleteAlias(alias_name=alias))] if old else []
        ops.append(m.CreateAliasOperation(create_alias=m.CreateAlias(collection_name=self.collection, alias_name=alias)))
        client.update_collection_aliases(change_aliases_operations=ops)
        for name in old:
            if name != self.collection:
                client.delete_collection(name)

    def abort(self) -> None:
        """Drop what this run stored: the new collection, or in the live one the points of the changed
        documents that the live catalogue does not list (else they would crowd its hits out of the top k)."""
        self._pending = []
        try:
            if not self.incremental:
                self.client.delete_collection(self.collection)
            elif self._changed:
                self._drop_unlisted(self.client, _catalogue_ids(self.folder, self._changed))
        except Exception as err:  # noqa: BLE001 - best effort: the failure being reported matters more
            logger.warning("could not remove what the failed run stored in %s: %s", self.collection, err)
        if not self.settings.qdrant_url:
            release(self.settings, self.store_folder)


def _catalogue_ids(folder: Path, doc_ids: set[str]) -> dict[str, list[str]]:
    """Chunk ids of `doc_ids` in the live catalogue (chunks.jsonl) of the index at `folder`."""
    out: dict[str, list[str]] = {}
    path = Path(folder) / "chunks.jsonl"
    if path.is_file():
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                chunk = json.loads(line)
                if chunk["doc_id"] in doc_ids:
                    out.setdefault(chunk["doc_id"], []).append(chunk["id"])
    return out


def read_vectors(settings: Settings, folder: Path) -> dict[str, np.ndarray]:
    """The dense vectors of the collection by chunk-text key, so a rebuild (or a switch back to the embedded
    backend) does not embed again."""
    from kb.backends.embedded import text_key

    client = client_for(settings, folder)
    out: dict[str, np.ndarray] = {}
    offset = None
    try:
        while True:
            points, offset = client.scroll(settings.qdrant_collection, limit=1024, offset=offset,
                                           with_payload=["page_content", "metadata.title", "metadata.section_path",
                                                         "metadata.context"], with_vectors=[DENSE])
            for p in points:
                meta = p.payload["metadata"]
                # the text that was embedded: Chunk.index_text, rebuilt from the payload
                parts = (meta.get("title", ""), " > ".join(meta["section_path"]), meta.get("context", ""),
                         p.payload["page_content"])
                out[text_key("\n".join(part for part in parts if part))] = np.asarray(p.vector[DENSE],
                                                                                      dtype=np.float32)
            if offset is None:
                return out
    finally:
        release(settings, folder)


def _payload(doc: DocInfo, chunk: Chunk) -> dict:
    meta = {"chunk_id": chunk.id, "doc_id": chunk.doc_id, "doc_type": doc.doc_type, "title": doc.title,
            "page": chunk.page, "section": chunk.section, "section_path": list(chunk.section_path),
            "start": chunk.start, "end": chunk.end}
    if chunk.context:
        meta["context"] = chunk.context  # the lines carried over from before the passage (index_text has them)
    if doc.year is not None:
        meta["year"] = doc.year  # absent, not null: a year range then excludes it, as Filters.accepts does
    return {"page_content": chunk.text, "metadata": meta}
