"""Metric functions, pure and exact: tested on hand-computed examples."""
from __future__ import annotations

import math
import re
from collections.abc import Sequence

_SPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    """Whitespace-free, character-normalised form used to match evidence snippets against chunks
    (PDF text breaks lines mid-word; the cleaner unifies middle dots and other variants)."""
    from ingest.clean import normalize_chars

    return _SPACE.sub("", normalize_chars(text))


def first_relevant_rank(ranked_relevance: Sequence[bool]) -> int | None:
    for rank, relevant in enumerate(ranked_relevance, start=1):
        if relevant:
            return rank
    return None


def recall_at_k(ranked_relevance: Sequence[bool], k: int) -> float:
    """1.0 when a relevant passage is within the top k (one answer-bearing passage suffices)."""
    return 1.0 if any(ranked_relevance[:k]) else 0.0


def reciprocal_rank(ranked_relevance: Sequence[bool]) -> float:
    rank = first_relevant_rank(ranked_relevance)
    return 1.0 / rank if rank else 0.0


def ndcg_at_k(ranked_relevance: Sequence[bool], k: int, n_relevant: int) -> float:
    """Binary-gain nDCG@k; the ideal ranking puts min(n_relevant, k) relevant items first."""
    dcg = sum(1.0 / math.log2(i + 1) for i, rel in enumerate(ranked_relevance[:k], start=1) if rel)
    ideal = sum(1.0 / math.log2(i + 1) for i in range(1, min(n_relevant, k) + 1))
    return dcg / ideal if ideal else 0.0


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0
