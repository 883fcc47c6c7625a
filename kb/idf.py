"""Bigram IDF over a knowledge base's chunks: how rare each Korean bigram (or Latin word, number) is, for the
reranker's and the reader's weighted overlaps. Computed once per chunk list."""
from __future__ import annotations

import math

from kb.tokenize import bigram_tokens

_CACHE: dict[int, tuple[object, dict[str, float]]] = {}


def idf_of_texts(texts) -> dict[str, float]:
    df: dict[str, int] = {}
    n = 0
    for text in texts:
        n += 1
        for t in set(bigram_tokens(text)):
            df[t] = df.get(t, 0) + 1
    n = n or 1
    return {t: math.log(1 + n / c) for t, c in df.items()}


def bigram_idf(chunks: list) -> dict[str, float]:
    """IDF over the chunks' indexed text (title, headings, text), cached for this very list (a reloaded
    index has a new list, so a new table)."""
    key = id(chunks)
    cached = _CACHE.get(key)
    if cached is None or cached[0] is not chunks:
        if len(_CACHE) >= 4:
            _CACHE.pop(next(iter(_CACHE)))
        cached = _CACHE[key] = (chunks, idf_of_texts(c.index_text for c in chunks))
    return cached[1]
