"""The Korean lexical weighting as Qdrant sparse vectors.

Tokens are the same bigrams as the embedded BM25 (`kb/tokenize.py`), hashed to stable uint32 ids with
CRC-32 (a vocabulary of 10^5 bigrams expects about one colliding pair in 2^32 ids, which changes a score
negligibly). A chunk's vector holds the Lucene BM25 saturated term frequency of each token; the collection
declares `Modifier.IDF`, so the server multiplies in the IDF from its live document frequencies. A query's
vector holds token counts. Their dot product is the same BM25 score bm25s computes: dot(q, d) =
sum over query tokens of count * idf * tf/(tf + k1 (1 - b + b len/avgdl)).
"""
from __future__ import annotations

import zlib
from collections import Counter
from dataclasses import dataclass

import numpy as np

from kb.lexical import B, K1, saturated_tf
from kb.tokenize import Tokenizer, tokenize


@dataclass(frozen=True)
class SparseWeights:
    indices: tuple[int, ...]
    values: tuple[float, ...]


def token_id(token: str) -> int:
    return zlib.crc32(token.encode("utf-8"))


def _merged(counts: Counter) -> dict[int, float]:
    merged: dict[int, float] = {}
    for token, n in counts.items():  # colliding tokens add up, as one token would
        key = token_id(token)
        merged[key] = merged.get(key, 0.0) + n
    return merged


def document_weights(text: str, avgdl: float, tokenizer: Tokenizer = Tokenizer.BIGRAM,
                     k1: float = K1, b: float = B) -> SparseWeights:
    tokens = tokenize(text, tokenizer)
    merged = _merged(Counter(tokens))
    if not merged:
        return SparseWeights((), ())
    tf = np.fromiter(merged.values(), np.float32, len(merged))
    values = saturated_tf(tf, len(tokens), avgdl, k1, b)
    return SparseWeights(tuple(merged), tuple(float(v) for v in values))


def query_weights(text: str, tokenizer: Tokenizer = Tokenizer.BIGRAM) -> SparseWeights:
    merged = _merged(Counter(tokenize(text, tokenizer)))
    return SparseWeights(tuple(merged), tuple(merged.values()))


def token_count(text: str, tokenizer: Tokenizer = Tokenizer.BIGRAM) -> int:
    return len(tokenize(text, tokenizer))
