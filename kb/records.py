"""Records of the knowledge base: indexed documents, search filters and hits."""
from __future__ import annotations

from dataclasses import asdict, dataclass

from ingest.records import Chunk


@dataclass(frozen=True)
class DocInfo:
    doc_id: str
    title: str
    doc_type: str
    publisher: str
    year: int | None
    language: str
    source: str  # path as given to ingest, relative to the repository when inside it
    sha256: str
    format: str
    pages: int
    chunks: int

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Filters:
    doc_types: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None

    def accepts(self, doc: DocInfo) -> bool:
        if self.doc_types and doc.doc_type not in self.doc_types:
            return False
        if self.doc_ids and doc.doc_id not in self.doc_ids:
            return False
        if self.year_from is not None and (doc.year is None or doc.year < self.year_from):
            return False
        if self.year_to is not None and (doc.year is None or doc.year > self.year_to):
            return False
        return True

    @property
    def active(self) -> bool:
        return bool(self.doc_types or self.doc_ids or self.year_from is not None or self.year_to is not None)


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    doc: DocInfo
    score: float  # fused score (RRF), higher is better
    lexical: float | None  # BM25 score, None when the chunk was not in the lexical candidates
    dense: float | None  # cosine similarity, None when not in the dense candidates
    rank: int

    def to_json(self) -> dict:
        c = self.chunk
        return {
            "rank": self.rank, "chunk_id": c.id, "doc_id": c.doc_id, "title": self.doc.title,
            "doc_type": self.doc.doc_type, "year": self.doc.year, "source": self.doc.source,
            "page": c.page, "section": c.section, "section_path": list(c.section_path),
            "score": round(self.score, 6),
            "lexical": None if self.lexical is None else round(self.lexical, 4),
            "dense": None if self.dense is None else round(self.dense, 4),
            "text": c.text,
        }
