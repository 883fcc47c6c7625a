"""What the reader knows about an answer unit (a sentence, a table row, a law sentence with its items) and
about a short span inside it, as numeric features.

The features are general (term overlap, the longest phrase shared with the question, retrieval strength,
whether the unit holds a figure of the asked kind ...), so that their weights can be fitted on questions
nobody here wrote (KorQuAD 1.0, `eval/fit_reader.py`) and applied to the smart-city corpus. A few
document-structure signals that Wikipedia prose cannot teach (the outline line a unit hangs under, a law
named by the question, a definition or an enumerated list) are kept apart in `structure_bonus`, with
their weights stated beside them.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from assistant.answer.question import NUMERIC, QType, Question
from kb.records import Hit
from kb.tokenize import bigram_tokens

_SPACE = re.compile(r"\s+")
# Figures of each kind, as the sources write them: a unit holding one is "shaped" for the question.
ANSWER_SHAPES = {
    QType.COUNT: r"\d[\d,.]*\s*(개국|개\s*도시|개|건|명|곳|번|회|인|호|대|가지|개소|차|층|척|권|편|종|마리|채|세)"
                 r"|(한|두|세|네|다섯)\s*(번|가지|곳|개|명)",
    QType.AMOUNT: r"\d[\d,.]*\s*(~|∼|-)?\s*\d*[\d,.]*\s*(억|조|만|천|원|달러|엔|위안|유로|%|ha|㎡|km|㎞|m|cm|kg|톤|평|호|분의|배)"
                  r"|100분의",
    QType.DATE: r"\d{3,4}\s*(년|∼|~|-)|\d+\s*(년|개월|월|일|세기|시)|[’‘']\s?\d{2}|\d{2}\s*\.\s*(\d{1,2}|上|下|하|초)"
                r"|매년|마다",
    QType.WHO: r"(부|청|처|원|공사|공단|위원회|협회|기관|장관|차관|총리|은행|대학|센터|회사|대통령|왕|Associates|[A-Z]{2,})",
    QType.WHERE: r"(시|도|군|구|국|동|면|읍|㎞|km|지구|생활권|섬|강|산|주)(\s|$|,|\)|에|의|에서)",
    QType.BASIS: r"법|조|근거|따라|규정",
    QType.DEFINITION: r"[\"“”'‘’][^\"“”'‘’]{1,30}[\"“”'‘’]\s*(이)?란|(이)?란\s|말한다|의미",
}
SHAPE_RE = {k: re.compile(v) for k, v in ANSWER_SHAPES.items()}

UNIT_FEATURES = ("own", "ctx", "lcs", "lcs_run", "rank", "fused", "lexical", "dense", "numbers", "shaped",
                 "log_len", "short", "first", "density",
                 # read against the other units of the question: relative to the best, and the units beside it
                 "own_rel", "lcs_rel", "run_rel", "best_own", "prev_own", "next_own", "window_gain")
_OWN, _LCS, _RUN = UNIT_FEATURES.index("own"), UNIT_FEATURES.index("lcs"), UNIT_FEATURES.index("lcs_run")
N_LOCAL = UNIT_FEATURES.index("own_rel")  # features computed for a unit alone come first


@lru_cache(maxsize=50000)
def tokens(text: str) -> frozenset[str]:
    """The text's bigram set; cached because the same chunks come back for question after question."""
    return frozenset(bigram_tokens(text))


def weight(terms, idf: dict[str, float]) -> float:
    # Terms the corpus never uses (verb endings, cross-word bigrams) cannot be matched: they weigh nothing.
    return sum(idf.get(t, 0.0) for t in terms)


def flat(text: str) -> str:
    return _SPACE.sub("", text)


def longest_common(q: str, text: str) -> int:
    """Length of the longest substring of `q` that `text` contains (binary search on the length: a
    substring of a contained substring is contained)."""
    lo, hi = 0, len(q)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if any(q[i:i + mid] in text for i in range(len(q) - mid + 1)):
            lo = mid
        else:
            hi = mid - 1
    return lo


def matched_runs(qflat: str, text: str, min_len: int = 2) -> int:
    """Characters of the question covered by its substrings (length ≥ min_len, greedy longest first from
    the left) that the unit repeats: how much of the question's wording the sentence shares, beyond single
    words. The longest match at each position is found by binary search on its length."""
    covered, i = 0, 0
    while i < len(qflat):
        lo, hi = 0, len(qflat) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if qflat[i:i + mid] in text:
                lo = mid
            else:
                hi = mid - 1
        if lo >= min_len:
            covered += lo
            i += lo
        else:
            i += 1
    return covered


def density(q: Question, text: str, idf: dict[str, float]) -> float:
    """Weighted share of the question's terms found in the best 80-character window of the unit: terms
    near each other answer better than the same terms scattered over a long row."""
    if len(text) <= 80:
        return weight(q.terms & tokens(text), idf) / (weight(q.terms, idf) or 1.0)
    best = 0.0
    for st in range(0, len(text) - 40, 40):
        best = max(best, weight(q.terms & tokens(text[st:st + 80]), idf))
    return best / (weight(q.terms, idf) or 1.0)


def unit_features(q: Question, qflat: str, hit: Hit, text: str, context_text: str, position: int, top: Hit,
                  idf: dict[str, float]) -> list[float]:
    """The general features of one unit, in the order of UNIT_FEATURES. `context_text`: the rest of its
    chunk, its headings and its document title; `top`: the best-ranked hit (scores are read relative to it)."""
    total = weight(q.terms, idf) or 1.0
    toks = tokens(text)
    own = weight(q.terms & toks, idf) / total
    ctx = weight((q.terms & tokens(context_text)) - toks, idf) / total
    ftext = flat(text)
    lcs = longest_common(qflat, ftext) / max(len(qflat), 1)
    run = matched_runs(qflat, ftext) / max(len(qflat), 1)
    shaped = any(SHAPE_RE[t].search(text) for t in q.qtypes if t in SHAPE_RE)
    numbers = number_share(q, text)
    fused = hit.score / top.score if top.score else 0.0
    lexical = (hit.lexical or 0.0) / (top.lexical or max(hit.lexical or 0.0, 1e-9))
    return [own, ctx, lcs, run, 1.0 / hit.rank, fused, min(lexical, 2.0), hit.dense or 0.0, numbers,
            float(shaped) * (1.0 if q.qtype in NUMERIC else 0.5), math.log(1 + len(text)), float(len(text) < 40),
            float(position == 0), density(q, text, idf)]


def add_relative(q: Question, groups: list[list[tuple[list[float], str]]], idf: dict[str, float]) -> None:
    """Append the relative features to every unit's feature list, in place. `groups`: (features, text) of
    the units of each passage in reading order (neighbours are read within a passage). `window_gain`: what
    the sentence before it adds to its coverage (a question often joins a subject named in one sentence
    with the fact given in the next)."""
    rows = [f for g in groups for f, _ in g]
    if not rows:
        return
    best = [max(f[i] for f in rows) or 1.0 for i in (_OWN, _LCS, _RUN)]
    total = weight(q.terms, idf) or 1.0
    for g in groups:
        for k, (f, text) in enumerate(g):
            prev = g[k - 1][0][_OWN] if k > 0 else 0.0
            nxt = g[k + 1][0][_OWN] if k + 1 < len(g) else 0.0
            gain = weight((q.terms & tokens(g[k - 1][1])) - tokens(text), idf) / total if k > 0 else 0.0
            f.extend([f[_OWN] / best[0], f[_LCS] / best[1], f[_RUN] / best[2], float(f[_OWN] >= best[0]), prev, nxt,
                      gain])


def number_share(q: Question, text: str) -> float:
    """Share of the question's numbers (years in any of their spellings) that the unit repeats."""
    wanted = [alts for alts in q.names if alts[0] in q.numbers]
    if not wanted:
        return 0.0
    f = flat(text).replace(",", "")
    return sum(1 for alts in wanted if any(a in f for a in alts)) / len(wanted)
