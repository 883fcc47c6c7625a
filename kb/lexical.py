"""BM25 over Korean tokens (bm25s). Scores every chunk so that filters can be applied exactly."""
from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np

from kb.tokenize import Tokenizer, tokenize


def _bm25s():
    import bm25s

    # bm25s sets its own logger to DEBUG at import, which floods the user's terminal
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    return bm25s


class LexicalIndex:
    def __init__(self, retriever, tokenizer: Tokenizer, size: int) -> None:
        self._bm25 = retriever
        self.tokenizer = Tokenizer(tokenizer)
        self.size = size

    @classmethod
    def build(cls, texts: list[str], tokenizer: Tokenizer = Tokenizer.BIGRAM, k1: float = 1.2, b: float = 0.75):
        retriever = _bm25s().BM25(k1=k1, b=b)
        corpus = [tokenize(t, tokenizer) or ["\x00empty"] for t in texts]
        if corpus:
            retriever.index(corpus, show_progress=False)
        return cls(retriever, tokenizer, len(texts))

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every chunk for the query (zeros where nothing matches)."""
        if self.size == 0:
            return np.zeros(0, dtype=np.float32)
        vocab = self._bm25.vocab_dict
        tokens = [t for t in tokenize(query, self.tokenizer) if t in vocab]
        if not tokens:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)

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
