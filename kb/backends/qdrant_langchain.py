"""LangChain's Qdrant integration over the knowledge base's own collection.

`langchain_store(kb)` returns a `langchain_qdrant.QdrantVectorStore` reading the collection ingest wrote
(payload layout {"page_content", "metadata"}, vectors "dense" and "lexical"), for LangChain chains that
want a vector store rather than `kb.langchain.KnowledgeBaseRetriever`. Its hybrid mode is LangChain's:
plain RRF (k=2), one text for both sides, no glossary translation — `KnowledgeBase.search` stays the
better-ranked path (see kb/backends/qdrant.py for why the backend itself uses qdrant-client directly).
"""
from __future__ import annotations

from langchain_core.embeddings import Embeddings
from langchain_qdrant import QdrantVectorStore, RetrievalMode, SparseEmbeddings, SparseVector

from kb.backends.qdrant import DENSE, SPARSE, client_for
from kb.backends.sparse import document_weights, query_weights
from kb.embedders import Embedder


class EmbedderEmbeddings(Embeddings):
    """A kb Embedder as LangChain Embeddings."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed_passages(texts).astype(float).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_query(text).astype(float).tolist()


class KoreanBM25Sparse(SparseEmbeddings):
    """The backend's sparse weighting (Korean bigrams, BM25 saturation; IDF applied by the server)."""

    def __init__(self, avgdl: float) -> None:
        self.avgdl = avgdl

    def embed_documents(self, texts: list[str]) -> list[SparseVector]:
        return [SparseVector(indices=list(w.indices), values=list(w.values))
                for w in (document_weights(t, self.avgdl) for t in texts)]

    def embed_query(self, text: str) -> SparseVector:
        w = query_weights(text)
        return SparseVector(indices=list(w.indices), values=list(w.values))


def langchain_store(kb, mode: RetrievalMode | None = None) -> QdrantVectorStore:
    """A QdrantVectorStore over `kb`'s collection (a KnowledgeBase opened with the qdrant backend)."""
    if kb.manifest.backend != "qdrant":
        raise ValueError(f"the index at {kb.folder} uses the {kb.manifest.backend!r} backend; choose: qdrant")
    if mode is None:
        mode = RetrievalMode.HYBRID if kb.embedder is not None else RetrievalMode.SPARSE
    return QdrantVectorStore(
        client=client_for(kb.settings, kb.folder), collection_name=kb.settings.qdrant_collection,
        embedding=EmbedderEmbeddings(kb.embedder) if kb.embedder is not None else None,
        sparse_embedding=KoreanBM25Sparse(kb.manifest.avgdl), retrieval_mode=mode,
        vector_name=DENSE, sparse_vector_name=SPARSE,
        content_payload_key="page_content", metadata_payload_key="metadata",
    )
