"""English → Korean query translation with the domain glossary (kb/glossary_en_ko.tsv).

The corpus is Korean and BM25 over Korean bigrams cannot match English words, while the offline
multilingual embedder is weak across languages. Longest-phrase glossary lookup turns
"vice-chairs of the National Smart City Committee" into "부위원장 국가스마트도시위원회 ...", which the
lexical index can match. Words not in the glossary (names such as "Palafox") are kept as they are.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

GLOSSARY = Path(__file__).with_name("glossary_en_ko.tsv")
MAX_PHRASE = 6
# English words that are also acronyms in the glossary: only the upper-case form means the acronym.
_ACRONYM_ONLY = {"its", "kind", "un", "it", "as", "us", "ha"}
_POSSESSIVE = re.compile(r"(?<=[A-Za-z])['’]s\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’.\-]*|\d+(?:[.,]\d+)*")
_STOP = {
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "and", "or", "is", "are", "was",
    "were", "be", "been", "what", "which", "who", "whom", "whose", "when", "where", "how", "why", "does",
    "do", "did", "under", "that", "this", "these", "those", "it", "its", "there", "their", "they", "as",
    "from", "into", "about", "than", "then", "can", "could", "should", "would", "will", "may", "must",
    "each", "any", "all", "much", "many", "more", "most", "some", "such", "also", "only", "other", "give",
    "list", "name", "tell", "me", "please", "has", "have", "had", "if", "not", "no", "so", "between",
}


_ENGLISH_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]+")
_KOREAN_WORD = re.compile(r"\S*[가-힣]\S*")  # a word holding Hangul: "제35조", "ESP의"


def is_english(text: str) -> bool:
    """Whether a question is English — one rule for search (translate it?) and answers (which language?): no
    Hangul at all, or more English words than Korean ones. An English question quoting Korean terms ("Who are
    the project implementers (사업시행자)?") is English; a Korean question naming English titles or acronyms
    ("KCN ODA 사업", "ESP의 Standard series는?") stays Korean: an all-capital acronym is no English word."""
    korean = len(_KOREAN_WORD.findall(text))
    if not korean:
        return True
    return sum(1 for w in _ENGLISH_WORD.findall(text) if not w.isupper()) > korean


@lru_cache(maxsize=1)
def kinds() -> dict[str, str]:
    """English entry → its kind (org, place, law, term, number), the TSV's kind column."""
    with open(GLOSSARY, encoding="utf-8", newline="") as fh:
        return {row["en"].strip().lower(): row["kind"].strip() for row in csv.DictReader(fh, delimiter="\t")}


@lru_cache(maxsize=1)
def glossary() -> dict[str, tuple[str, ...]]:
    entries: dict[str, tuple[str, ...]] = {}
    with open(GLOSSARY, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            entries[row["en"].strip().lower()] = tuple(v.strip() for v in row["ko"].split("|") if v.strip())
    return entries


def _lookup(words: list[str], originals: list[str]) -> tuple[int, tuple[str, ...]] | None:
    table = glossary()
    for n in range(min(MAX_PHRASE, len(words)), 0, -1):
        phrase = " ".join(words[:n])
        for candidate in (phrase, _singular(phrase)):
            if candidate in table:
                if n == 1 and candidate in _ACRONYM_ONLY and not originals[0].isupper():
                    return None
                return n, table[candidate]
    return None


def _singular(phrase: str) -> str:
    if phrase.endswith("ies") and len(phrase) > 4:
        return phrase[:-3] + "y"
    if phrase.endswith(("ches", "shes", "sses", "xes")):
        return phrase[:-2]
    if phrase.endswith("s") and not phrase.endswith("ss"):
        return phrase[:-1]
    return phrase


def translate_groups(query: str) -> tuple[tuple[str, ...], ...]:
    """The Korean variants of each English term of the query, in order; words the glossary lacks (names,
    numbers) stay as one-variant groups. Search gives each group the weight of its best-matching variant,
    so a term with five spellings in the glossary does not outweigh a term with one."""
    query = _POSSESSIVE.sub("", query)  # "KOICA's project" looks up KOICA
    originals = [m.group().strip(".'’") for m in _WORD.finditer(query)]
    words = [w.lower() for w in originals]
    out: list[tuple[str, ...]] = []
    i = 0
    while i < len(words):
        found = _lookup(words[i:], originals[i:])
        if found:
            n, variants = found
            out.append(variants)
            i += n
            continue
        if words[i] not in _STOP:
            out.append((originals[i],))
        i += 1
    return tuple(out)


def translate_query(query: str) -> str:
    """Korean search terms for an English query, plus the untranslated words (names, numbers)."""
    return " ".join(v for group in translate_groups(query) for v in group)
