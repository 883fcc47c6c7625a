"""BM25 over Korean tokens (bm25s). Scores every chunk so that filters can be applied exactly.

`LexicalBuilder` streams chunks in and keeps only what the index itself needs: per chunk the distinct
token ids and their counts (numpy, ~8 bytes per distinct token) and the vocabulary. It then fills a
bm25s retriever with the same score matrix `bm25s.BM25.index` computes (Lucene BM25), so search, save
and load stay bm25s's own — without a whole-corpus list of token lists in memory.
"""
from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from kb.tokenize import Tokenizer, tokenize

K1, B = 1.2, 0.75
EMPTY_TOKEN = "\x00empty"
BLOCK = 4096  # a chunk without tokens still takes its row, so positions stay aligned


def _bm25s():
    import bm25s

    # bm25s sets its own logger to DEBUG at import, which floods the user's terminal
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    return bm25s


def saturated_tf(tf: np.ndarray, doc_len: np.ndarray | float, avgdl: float, k1: float = K1, b: float = B) -> np.ndarray:
    """Lucene BM25 term-frequency part (the IDF is applied separately: here or by Qdrant's IDF modifier)."""
    return tf / (tf + k1 * (1 - b + b * np.asarray(doc_len, dtype=np.float32) / max(avgdl, 1e-9)))


def lucene_idf(df: np.ndarray, n_docs: int) -> np.ndarray:
    return np.log(1 + (n_docs - df + 0.5) / (df + 0.5))


class LexicalBuilder:
    """Add chunk texts one by one (or token lists), then `finish()` → LexicalIndex."""

    def __init__(self, tokenizer: Tokenizer = Tokenizer.BIGRAM, k1: float = K1, b: float = B) -> None:
        self.tokenizer = Tokenizer(tokenizer)
        self.k1, self.b = k1, b
        self.vocab: dict[str, int] = {}
        self._ids: list[np.ndarray] = []
        self._tfs: list[np.ndarray] = []
        self._blocks: list[tuple[np.ndarray, np.ndarray]] = []
        self._sizes: list[int] = []
        self._lengths: list[int] = []

    def add(self, text: str) -> None:
        self.add_tokens(tokenize(text, self.tokenizer))

    def add_tokens(self, tokens: list[str]) -> None:
        counts = Counter(tokens or [EMPTY_TOKEN])
        vocab = self.vocab
        self._ids.append(np.fromiter((vocab.setdefault(t, len(vocab)) for t in counts), np.int32, len(counts)))
        self._tfs.append(np.fromiter(counts.values(), np.uint16, len(counts)))  # a chunk repeats a token < 65536 times
        self._sizes.append(len(counts))
        self._lengths.append(len(tokens) or 1)
        if len(self._ids) >= BLOCK:  # one array per block, not per chunk: ~100 bytes of overhead saved per chunk
            self._blocks.append((np.concatenate(self._ids), np.concatenate(self._tfs)))
            self._ids, self._tfs = [], []

    def __len__(self) -> int:
        return len(self._lengths)

    def finish(self) -> "LexicalIndex":
        bm25s = _bm25s()
        retriever = bm25s.BM25(k1=self.k1, b=self.b)
        n = len(self._lengths)
        if n == 0:
            return LexicalIndex(retriever, self.tokenizer, 0)
        sizes = np.asarray(self._sizes, dtype=np.int64)
        blocks = self._blocks + [(np.concatenate(self._ids or [np.zeros(0, np.int32)]),
                                  np.concatenate(self._tfs or [np.zeros(0, np.uint16)]))]
        self._ids, self._tfs, self._blocks = [], [], []
        vocab_ids = np.concatenate([b[0] for b in blocks])
        tf = np.concatenate([b[1] for b in blocks]).astype(np.float32)
        del blocks
        lengths = np.asarray(self._lengths, dtype=np.float32)
        doc_of = np.repeat(np.arange(n, dtype=np.int32), sizes)
        df = np.bincount(vocab_ids, minlength=len(self.vocab)).astype(np.float32)
        scores = lucene_idf(df, n)[vocab_ids] * saturated_tf(tf, lengths[doc_of], float(lengths.mean()), self.k1, self.b)
        del tf
        order = np.argsort(vocab_ids, kind="stable")  # CSC over the vocabulary: a token's postings are contiguous
        indptr = np.zeros(len(self.vocab) + 1, dtype=np.int64)
        np.cumsum(np.bincount(vocab_ids, minlength=len(self.vocab)), out=indptr[1:])
        retriever.scores = {"data": scores[order].astype(np.float32), "indices": doc_of[order],
                            "indptr": indptr, "num_docs": n}
        retriever.vocab_dict = dict(self.vocab)
        retriever.unique_token_ids_set = set(self.vocab.values())
        retriever.nonoccurrence_array = None  # Lucene BM25 scores only the tokens a chunk has
        return LexicalIndex(retriever, self.tokenizer, n)


class LexicalIndex:
    def __init__(self, retriever, tokenizer: Tokenizer, size: int) -> None:
        self._bm25 = retriever
        self.tokenizer = Tokenizer(tokenizer)
        self.size = size

    @classmethod
    def build(cls, texts: Iterable[str], tokenizer: Tokenizer = Tokenizer.BIGRAM, k1: float = K1, b: float = B):
        builder = LexicalBuilder(tokenizer, k1, b)
        for text in texts:
            builder.add(text)
        return builder.finish()

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every chunk for the query (zeros where nothing matches)."""
        if self.size == 0:
            return np.zeros(0, dtype=np.float32)
        vocab = self._bm25.vocab_dict
        tokens = [t for t in tokenize(query, self.tokenizer) if t in vocab]
        if not tokens:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)

    def grouped_scores(self, groups: Iterable[Iterable[str]]) -> np.ndarray:
        """Sum over groups of the best variant's BM25: alternative spellings of one term count once."""
        total = np.zeros(self.size, dtype=np.float32)
        for variants in groups:
            best = None
            for text in variants:
                scores = self.scores(text)
                best = scores if best is None else np.maximum(best, scores)
            if best is not None:
                total += best
        return total

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "lexical.json").write_text(
            json.dumps({"tokenizer": self.tokenizer.value, "size": self.size}), encoding="utf-8"
        )
        if self.size:
            self._bm25.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path) -> "LexicalIndex":
        bm25s = _bm25s()
        info = json.loads((folder / "lexical.json").read_text(encoding="utf-8"))
        retriever = bm25s.BM25.load(str(folder), show_progress=False) if info["size"] else bm25s.BM25()
        return cls(retriever, Tokenizer(info["tokenizer"]), info["size"])
