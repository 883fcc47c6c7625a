"""The staging folder that makes ingest resumable: `<index>/staging/`.

  key.json          chunker settings and embedder id; a mismatch discards the folder
  parsed/<sha>.jsonl one parsed document: a header line (DocInfo, pages) then its chunks, written aside
                    and renamed, by the parsing worker itself (the parent never holds the text)
  vectors/part-N.npz embeddings computed so far, flushed every FLUSH_EVERY batches and on any failure

A run that dies keeps all of it; the next run parses only the files without a parsed/ entry and embeds
only the texts without a vector. The folder lives inside the live index and disappears with it at the
swap, so it never outlives a successful ingest. A run that fails on a full disk removes it, to give the
space back (kb/builder.py).
"""
from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from ingest.chunk import ChunkerConfig, chunk_pages
from ingest.errors import LoadError
from ingest.loaders import load
from ingest.metadata import describe
from ingest.records import Chunk
from kb.records import DocInfo

logger = logging.getLogger(__name__)
STAGING = "staging"
FLUSH_EVERY = 8  # embedding batches between flushes: a hard kill loses at most this many


@dataclass(frozen=True)
class ParseJob:
    path: Path
    source: str
    doc_id: str
    sha256: str
    replaces: bool  # an indexed document of the same source exists


@dataclass(frozen=True)
class Parsed:
    job: ParseJob
    doc: DocInfo | None  # None when the file could not be read
    pages: int = 0
    error: str = ""


def parse_one(job: ParseJob, config: ChunkerConfig, parsed_dir: Path) -> Parsed:
    """Load, clean and chunk one file into parsed_dir (runs in a worker process)."""
    try:
        loaded = load(job.path)
    except LoadError as err:
        return Parsed(job, None, error=err.reason)
    except OSError as err:
        return Parsed(job, None, error=str(err))
    meta = describe(loaded)
    chunks = chunk_pages(job.doc_id, list(loaded.pages), config, title=meta.title)
    numbered = [p.number for p in loaded.pages if p.number is not None]
    doc = DocInfo(job.doc_id, meta.title, meta.doc_type.value, meta.publisher, meta.year, meta.language,
                  job.source, job.sha256, loaded.format.value, max(numbered) if numbered else 0, len(chunks))
    target = parsed_dir / f"{job.sha256}.jsonl"
    part = target.with_suffix(f".part-{os.getpid()}")
    with open(part, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"doc": doc.to_json(), "pages": len(loaded.pages)}, ensure_ascii=False) + "\n")
        for chunk in chunks:
            fh.write(json.dumps(asdict(chunk), ensure_ascii=False) + "\n")
    os.replace(part, target)
    return Parsed(job, doc, len(loaded.pages))


class Staging:
    def __init__(self, folder: Path, key: dict) -> None:
        self.root = Path(folder) / STAGING
        self.key = key
        self.parsed_dir = self.root / "parsed"
        self._keys: list[str] = []
        self._vectors: list[np.ndarray] = []
        self._batches = 0

    def open(self) -> "Staging":
        key_file = self.root / "key.json"
        if self.root.exists():
            try:
                same = json.loads(key_file.read_text("utf-8")) == self.key
            except (OSError, ValueError):
                same = False
            if not same:
                shutil.rmtree(self.root)
        if not self.root.exists():
            self.parsed_dir.mkdir(parents=True)
            (self.root / "vectors").mkdir()
            key_file.write_text(json.dumps(self.key), "utf-8")
        # half-written files of a killed run (a parsing worker's .part-PID, a vector part before its rename);
        # safe to remove: only the holder of the writer lock (kb/lock.py) opens staging
        for part in [*self.parsed_dir.glob("*.part-*"), *(self.root / "vectors").glob(".tmp-*")]:
            part.unlink(missing_ok=True)
        return self

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
        parent = self.root.parent
        if parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()  # created only for staging: leave no empty index folder behind

    # ---- parsed documents ------------------------------------------------------------------------
    def load_parsed(self, job: ParseJob) -> Parsed | None:
        path = self.parsed_dir / f"{job.sha256}.jsonl"
        if not path.is_file():
            return None
        with open(path, encoding="utf-8") as fh:
            header = json.loads(fh.readline())
        doc = DocInfo(**header["doc"])
        if (doc.doc_id, doc.source) != (job.doc_id, job.source):
            return None
        return Parsed(job, doc, header["pages"])

    def chunks(self, sha256: str) -> Iterator[Chunk]:
        with open(self.parsed_dir / f"{sha256}.jsonl", encoding="utf-8") as fh:
            fh.readline()
            for line in fh:
                d = json.loads(line)
                d["section_path"] = tuple(d["section_path"])
                yield Chunk(**d)

    # ---- embeddings ------------------------------------------------------------------------------
    def load_vectors(self) -> dict[str, np.ndarray]:
        cache: dict[str, np.ndarray] = {}
        for part in sorted((self.root / "vectors").glob("part-*.npz")):
            try:
                data = np.load(part, allow_pickle=False)
                cache.update(zip(data["keys"].tolist(), data["vectors"]))
            except (OSError, ValueError, KeyError) as err:  # a part cut short by a crash: embed again
                logger.warning("ignoring %s: %s", part, err)
        return cache

    def add_vectors(self, keys: list[str], vectors: np.ndarray) -> None:
        self._keys.extend(keys)
        self._vectors.append(np.asarray(vectors, dtype=np.float32))
        self._batches += 1
        if self._batches >= FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        if not self._keys:
            return
        folder = self.root / "vectors"
        number = len(list(folder.glob("part-*.npz")))
        part = folder / f".tmp-{number:06d}.npz"  # outside the part-*.npz pattern until renamed
        np.savez(part, keys=np.array(self._keys), vectors=np.vstack(self._vectors))
        os.replace(part, folder / f"part-{number:06d}.npz")
        self._keys, self._vectors, self._batches = [], [], 0
