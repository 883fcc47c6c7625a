"""Korean-aware tokenisers for the lexical index. The same function runs at index and query time.

`bigram` (the default) is robust to the broken word spacing of PDF-extracted Korean: each Hangul word
gives its syllable bigrams, one-syllable words are kept whole, and a bigram across each word boundary is
added, so "해외 진출" and "해외진출" produce the same bigrams. Latin words and numbers are lowercased tokens.
`kiwi` uses Kiwi's morphemes (content tags only); `bigram+kiwi` uses both.
"""
from __future__ import annotations

import enum
import re
from functools import lru_cache

_TOKEN = re.compile(r"[가-힣]+|[a-zA-Z]+|\d+(?:[.,]\d+)*")
_CONTENT_TAGS = ("NN", "NR", "NP", "VV", "VA", "XR", "SL", "SN", "SH", "MAG")


class Tokenizer(str, enum.Enum):
    BIGRAM = "bigram"
    KIWI = "kiwi"
    BIGRAM_KIWI = "bigram+kiwi"

    @classmethod
    def _missing_(cls, value):
        raise ValueError(f"unknown tokenizer {value!r}; choose one of: {', '.join(t.value for t in cls)}")


def tokenize(text: str, kind: Tokenizer = Tokenizer.BIGRAM) -> list[str]:
    kind = Tokenizer(kind)
    if kind is Tokenizer.BIGRAM:
        return bigram_tokens(text)
    if kind is Tokenizer.KIWI:
        return kiwi_tokens(text)
    return bigram_tokens(text) + [f"m:{t}" for t in kiwi_tokens(text)]


def bigram_tokens(text: str) -> list[str]:
    tokens: list[str] = []
    prev_hangul = ""
    for match in _TOKEN.finditer(text):
        word = match.group()
        if "가" <= word[0] <= "힣":
            if prev_hangul:
                tokens.append(prev_hangul[-1] + word[0])
            if len(word) == 1:
                tokens.append(word)
            tokens.extend(word[i : i + 2] for i in range(len(word) - 1))
            prev_hangul = word
        else:
            tokens.append(word.lower().replace(",", ""))
            prev_hangul = ""
    return tokens


@lru_cache(maxsize=60000)
def bigram_set(text: str) -> frozenset[str]:
    """The text's bigram set, cached: the same chunks come back for question after question (the reranker
    and the answerer both read them)."""
    return frozenset(bigram_tokens(text))


@lru_cache(maxsize=1)
def _kiwi():
    from kiwipiepy import Kiwi

    return Kiwi()


def kiwi_tokens(text: str) -> list[str]:
    return [
        t.form.lower()
        for t in _kiwi().tokenize(text)
        if t.tag.startswith(_CONTENT_TAGS)
    ]
