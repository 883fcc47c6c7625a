"""What the unit model knows about an answer unit (a sentence, a table row, a law sentence with its items),
as numeric features.

The features are general (term overlap, retrieval strength, the question's numbers, a figure of the asked
kind), so that their weights can be fitted on questions nobody here wrote (KorQuAD 1.0, `eval/fit_reader.py`)
and applied to the smart-city corpus. Document-structure signals that Wikipedia prose cannot teach (the
outline line a unit hangs under, a law named by the question, a definition or an enumerated list) are kept
apart in `assistant.answer.extractive.structure_bonus`, with their weights stated beside them.
"""
from __future__ import annotations

import re

from assistant.answer.question import FIGURE, NUMERIC, QType, Question
from kb.records import Hit
from kb.tokenize import bigram_set

_SPACE = re.compile(r"\s+")
# Figures of each kind, as the sources write them: a unit holding one is "shaped" for the question.
ANSWER_SHAPES = {
    QType.COUNT: FIGURE + r"(개국|개\s*도시|개|건|명|곳|번|회|인|호|대|가지|종류|개소|차|층|척|권|편|종|마리|채|세)"
                 r"|(한|두|세|네|다섯)\s*(번|가지|곳|개|명)",
    QType.AMOUNT: r"\d[\d,.]*\s*(~|∼|-)?\s*\d*[\d,.]*\s*(억|조|만|천|원|달러|엔|위안|유로|%|ha|㎡|km|㎞|m|cm|kg|톤|평|호|분의|배)"
                  r"|100분의|" + FIGURE + r"(퍼센트|제곱|평방|킬로|센티|밀리|미터|그램|리터|헥타르|에이커|마일|피트|파운드|도\b|℃)",
    QType.DATE: r"\d{3,4}\s*(년|∼|~|-)|" + FIGURE + r"(년|개월|월|일|세기|시)|[’‘']\s?\d{2}|\d{2}\s*\.\s*(\d{1,2}|上|下|하|초)"
                r"|매년|마다",
    QType.WHO: r"(부|청|처|원|공사|공단|위원회|협회|기관|장관|차관|총리|은행|대학|센터|회사|대통령|왕|Associates|[A-Z]{2,})",
    QType.WHERE: r"(시|도|군|구|국|동|면|읍|㎞|km|지구|생활권|섬|강|산|주)(\s|$|,|\)|에|의|에서)",
    QType.BASIS: r"법|조|근거|따라|규정",
    QType.DEFINITION: r"[\"“”'‘’][^\"“”'‘’]{1,30}[\"“”'‘’]\s*(이)?란|(이)?란\s|말한다|의미",
}
SHAPE_RE = {k: re.compile(v) for k, v in ANSWER_SHAPES.items()}

# What ranks a unit, fitted on KorQuAD: the IDF-weighted share of the question's terms it holds, its passage's
# rank and fused score relative to the best passage, the question's numbers it repeats, and whether it holds a
# figure of the asked kind. Richer sets (the longest shared phrase, neighbouring sentences, scores relative to
# the best unit, length) scored no better out of fold on KorQuAD and worse on the own dev split (eval/fit_reader.py).
UNIT_FEATURES = ("own", "rank", "fused", "numbers", "shaped")


tokens = bigram_set  # the text's bigram set (cached, shared with the reranker)


def weight(terms, idf: dict[str, float]) -> float:
    # Terms the corpus never uses (verb endings, cross-word bigrams) cannot be matched: they weigh nothing.
    return sum(idf.get(t, 0.0) for t in terms)


def flat(text: str) -> str:
    return _SPACE.sub("", text)


def unit_features(q: Question, hit: Hit, text: str, top: Hit, idf: dict[str, float]) -> list[float]:
    """The features of one unit, in the order of UNIT_FEATURES; `top`: the best-ranked hit (the unit's
    passage score is read relative to it)."""
    own = weight(q.terms & tokens(text), idf) / (weight(q.terms, idf) or 1.0)
    shaped = any(SHAPE_RE[t].search(text) for t in q.qtypes if t in SHAPE_RE)
    fused = hit.score / top.score if top.score else 0.0
    return [own, 1.0 / hit.rank, fused, number_share(q, text), float(shaped) * (1.0 if q.qtype in NUMERIC else 0.5)]


def number_share(q: Question, text: str) -> float:
    """Share of the question's numbers (years in any of their spellings) that the unit repeats."""
    wanted = [alts for alts in q.names if alts[0] in q.numbers]
    if not wanted:
        return 0.0
    f = flat(text).replace(",", "")
    return sum(1 for alts in wanted if any(a in f for a in alts)) / len(wanted)
