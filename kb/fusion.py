"""Fusion of ranked candidate lists, de-duplicated by chunk id: two visible functions.

`score_fusion` (the default, Settings.fusion = dbsf) is Qdrant's distribution-based score fusion with
weights: each ranking's scores are mapped by its own mean ± 3 standard deviations to 0 … 1, then
summed with the ranking's weight, so a passage far ahead in one ranking keeps that lead. The Qdrant
backend runs the same fusion on the server. `reciprocal_rank_fusion` keeps only the ranks.
"""
from __future__ import annotations

import math
from collections.abc import Hashable, Sequence


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[Hashable]], weights: Sequence[float] | None = None, k: int = 60
) -> list[tuple[Hashable, float]]:
    """Fuse ranked id lists: score(id) = sum_i w_i / (k + rank_i(id)), rank from 1. Best first.

    An id appearing twice in one ranking counts once, at its best rank.
    """
    weights = _weights(weights, len(rankings))
    fused: dict = {}
    for ranking, weight in zip(rankings, weights):
        seen: set = set()
        for rank, item in enumerate(ranking, start=1):
            if item in seen:
                continue
            seen.add(item)
            fused[item] = fused.get(item, 0.0) + weight / (k + rank)
    return sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))


def score_fusion(
    rankings: Sequence[Sequence[tuple[Hashable, float]]], weights: Sequence[float] | None = None
) -> list[tuple[Hashable, float]]:
    """Fuse (id, score) candidate lists: score(id) = sum_i w_i * (s_i - lo_i) / (hi_i - lo_i) with
    lo/hi = mean ∓ 3 sample standard deviations of ranking i. An id missing from a ranking gets nothing
    from it; a ranking of one candidate, or of equal scores, gives 0.5 (as Qdrant does). Best first."""
    weights = _weights(weights, len(rankings))
    fused: dict = {}
    for ranking, weight in zip(rankings, weights):
        best: dict = {}
        for item, score in ranking:
            best[item] = max(score, best.get(item, -math.inf))
        for item, norm in _normalised(best).items():
            fused[item] = fused.get(item, 0.0) + weight * norm
    return sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))


def _normalised(scores: dict) -> dict:
    n = len(scores)
    if n == 0:
        return {}
    mean = sum(scores.values()) / n
    variance = sum((s - mean) ** 2 for s in scores.values()) / (n - 1) if n > 1 else 0.0
    if variance == 0:
        return dict.fromkeys(scores, 0.5)
    low, span = mean - 3 * math.sqrt(variance), 6 * math.sqrt(variance)
    return {item: (s - low) / span for item, s in scores.items()}


def _weights(weights: Sequence[float] | None, n: int) -> list[float]:
    weights = list(weights) if weights is not None else [1.0] * n
    if len(weights) != n:
        raise ValueError(f"{len(weights)} weights for {n} rankings")
    return weights
