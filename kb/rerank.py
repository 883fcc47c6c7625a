"""A learned reranker over the fused candidates: the top `DEPTH` passages of hybrid search, re-ordered by a
logistic model of what makes a passage the one that answers.

Features (all relative to the other candidates of the same question, so one set of weights serves any
corpus): the fused, BM25 and dense scores, the IDF-weighted share of the question's bigrams found in the
passage, in its section headings and in its document's title, the longest stretch of the question the
passage repeats, the question's numbers it repeats, and its length. Weights were fitted by
`eval/fit_reranker.py` on the KorQuAD 1.0 part (questions nobody here wrote, five folds by article) and are
stored in `rerank_model.json` beside this module; without that file search keeps the fused order.
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from kb.records import Hit
from kb.tokenize import bigram_set, bigram_tokens

MODEL_FILE = Path(__file__).with_name("rerank_model.json")
DEPTH = 30  # candidates reranked
FEATURES = ("fused_rel", "lexical_rel", "dense", "dense_gap", "rank", "body", "section", "title", "lcs", "numbers",
            "log_len")
_SPACE = re.compile(r"\s+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _share(terms: frozenset[str], found: frozenset[str], idf: dict[str, float], total: float) -> float:
    return sum(idf.get(t, 0.0) for t in terms & found) / total


def longest_in(q: str, text: str) -> int:
    """Length of the longest substring of `q` found in `text`: from each start, only a match longer than the
    best so far is tried (len(q) + best substring searches in all)."""
    best = 0
    for i in range(len(q)):
        while i + best < len(q) and q[i:i + best + 1] in text:
            best += 1
    return best


@lru_cache(maxsize=60000)
def _flat(text: str) -> str:
    return _SPACE.sub("", text)


def features(query: str, hits: list[Hit], idf: dict[str, float]) -> np.ndarray:
    """[len(hits), len(FEATURES)] for the candidates of one question (in fused order)."""
    if not hits:
        return np.zeros((0, len(FEATURES)))
    terms = frozenset(bigram_tokens(query))
    total = sum(idf.get(t, 0.0) for t in terms) or 1.0
    qflat = _SPACE.sub("", query)
    numbers = [n.replace(",", "") for n in _NUMBER.findall(query)]
    top = hits[0].score or 1.0
    lex = max((h.lexical or 0.0 for h in hits), default=0.0) or 1.0
    dense_best = max((h.dense for h in hits if h.dense is not None), default=0.0)
    rows = []
    for h in hits:
        body = _flat(h.chunk.text)
        flat_nums = body.replace(",", "")
        rows.append([
            h.score / top, (h.lexical or 0.0) / lex, h.dense or 0.0,
            (h.dense - dense_best) if h.dense is not None else -1.0, 1.0 / h.rank,
            _share(terms, bigram_set(h.chunk.text), idf, total),
            _share(terms, bigram_set(" ".join(h.chunk.section_path)), idf, total),
            _share(terms, bigram_set(h.doc.title), idf, total),
            longest_in(qflat, body) / max(len(qflat), 1),
            (sum(n in flat_nums for n in numbers) / len(numbers)) if numbers else 0.0,
            math.log(1 + len(h.chunk.text)),
        ])
    return np.asarray(rows, dtype=np.float64)


class Reranker:
    def __init__(self, coef: np.ndarray, bias: float, info: dict | None = None) -> None:
        self.coef, self.bias, self.info = coef, bias, info or {}

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> "Reranker | None":
        if not Path(path).is_file():
            return None
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if tuple(data["features"]) != FEATURES:
            raise ValueError(f"{path}: reranker features {data['features']} differ from the code's {FEATURES}; "
                             "refit with: python -m eval.fit_reranker")
        return cls(np.asarray(data["coef"], dtype=np.float64), float(data["bias"]), data.get("info"))

    def to_json(self) -> dict:
        return {"features": list(FEATURES), "coef": [round(float(c), 6) for c in self.coef],
                "bias": round(self.bias, 6), "info": self.info}

    def rerank(self, query: str, hits: list[Hit], idf: dict[str, float]) -> list[Hit]:
        """The candidates re-ordered (ranks renumbered); scores stay the fused ones, the model's score is
        only the order."""
        if len(hits) < 2:
            return hits
        scores = features(query, hits, idf) @ self.coef + self.bias
        order = sorted(range(len(hits)), key=lambda i: (-scores[i], i))
        from dataclasses import replace

        return [replace(hits[i], rank=n) for n, i in enumerate(order, start=1)]


@lru_cache(maxsize=1)
def default_reranker() -> Reranker | None:
    return Reranker.load()
