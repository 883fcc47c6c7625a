"""When to say "not in the documents".

Near misses are the hard case: the topic is in the corpus but the asked fact is not (a year, a city or
an article the corpus never mentions for that thing, a budget it never gives). So besides retrieval
strength (BM25, cosine) the rule checks answer support: do the selected sentences repeat the question's
specific terms (numbers, years, names, article numbers), cover its weighted content words, and hold a
figure of the asked kind (a money amount for a budget question, not an area)? The asked slot decides what
must be there: a named company for "which company", a total for "total cost", a count whose counter is
the asked thing's ("6개 도시" does not count companies), in a passage about the asked subject (a country
listed in "미국·영국·이탈리아 등 총 13개국" is not what the 13 counts).

The thresholds live in `thresholds.json` beside this module, written by `smartcity-kb eval --calibrate`
(eval/calibrate.py: `calibrate` below on the signals of the dev split of eval/datasets/qa.jsonl); the file
records when, on what, and what each threshold decides there.
"""
from __future__ import annotations

import itertools
import json
import re
from dataclasses import asdict, dataclass, fields
from functools import lru_cache
from pathlib import Path

from assistant.answer.extractive import Extract
from assistant.answer.question import QType, Question, holds_asked_count
from kb import translate
from kb.records import Hit

_MONEY_Q = re.compile(r"사업비|예산|금액|비용|투자|지원액|과태료|벌금|수수료|수당|보수|요금|회비|사용료|부담금|분담금|"
                      r"budget|fund|cost|spend|invest|fine|paid|fee|charge|allowance", re.I)
_ARTICLE_Q = re.compile(r"제\s*(\d+)\s*조(?:\s*의\s*(\d+))?")
_MONEY = re.compile(r"\d[\d,.]*\s*(?:[~∼-]\s*\d[\d,.]*)?\s*(?:천만|백만|억|조|만|천)?\s*(?:원|달러)|\d[\d,.]*\s*억")
_NUMERIC = (QType.COUNT, QType.AMOUNT, QType.DATE)
# The asked slot, beyond the figure kind: a company for "which company", a total for "total cost".
_COMPANY_Q = re.compile(r"(기업|업체|회사)(은|는|이|가)?\s*(어디|누구|어느|무엇)|(어느|어떤)\s*(국내\s*)?(기업|업체|회사)"
                        r"|\b(which|what)\s+(\w+\s+){0,2}(compan(y|ies)|firms?|corporations?|contractors?)\b", re.I)
# a named company, not the word "기업" itself: "(주)비트센싱", "주식회사 SFA", "Palafox Associates"
_COMPANY = re.compile(r"㈜\s*\S|\(주\)\s*\S|주식회사\s*\S|\S\s*(?:㈜|\(주\)|주식회사)"
                      r"|[A-Z][A-Za-z]+\s+(?:Associates|Inc|Corp|Ltd|Group)")
_TOTAL_Q = re.compile(r"총\s*(사업비|예산|투자|비용|액|금액)|\btotal\b", re.I)
_TOTAL = re.compile(r"총|합계|누적|전체|\btotal\b", re.I)
# "미국·영국·이탈리아 등 총 13개국": a name in an enumeration is one member of the counted group, so the
# count is not about it.
_ENUMERATION = re.compile(r"[가-힣A-Za-z]+(?:\s*[·ㆍ,]\s*[가-힣A-Za-z]+){2,}\s*등")


@dataclass(frozen=True)
class Signals:
    bm25: float  # best BM25 score among the hits (0 when none was a lexical candidate)
    cosine: float | None  # best dense cosine (None for a lexical-only base)
    coverage: float  # best question-term coverage among the selected units
    support: float  # coverage of the best selected unit that also holds the asked kind of figure
    missing: tuple[str, ...]  # the question's numbers/names absent from the selected units and their chunks
    nouns: float = 1.0  # share of the question's common nouns found in the selected units and their chunks

    def to_json(self) -> dict:
        return {"bm25": round(self.bm25, 3), "cosine": None if self.cosine is None else round(self.cosine, 4),
                "coverage": round(self.coverage, 4), "support": round(self.support, 4), "missing": list(self.missing),
                "nouns": round(self.nouns, 4)}


@dataclass(frozen=True)
class Thresholds:
    """Calibrated on the dev split (`calibrate`). Thresholds on the best cosine, the best BM25 score and the
    share of the question's nouns were dropped: every calibration set them to 0 (they decided nothing
    beyond the missing-term and support rules); the signals stay in the record for diagnosis."""

    min_coverage: float  # question coverage of the best selected unit
    min_support: float  # coverage of the best unit that holds the asked kind of value about the asked thing


THRESHOLDS_FILE = Path(__file__).with_name("thresholds.json")
# Before any calibration (an empty thresholds file): abstain only when a named term is missing.
NEVER = Thresholds(0.0, 0.0)


def load_thresholds(path: Path = THRESHOLDS_FILE) -> Thresholds:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return Thresholds(**{f.name: float(data["thresholds"][f.name]) for f in fields(Thresholds)})


def write_thresholds(th: Thresholds, about: dict, path: Path = THRESHOLDS_FILE) -> Path:
    Path(path).write_text(json.dumps({"thresholds": asdict(th), **about}, ensure_ascii=False, indent=1) + "\n",
                          encoding="utf-8")
    default_thresholds.cache_clear()
    return Path(path)


@lru_cache(maxsize=1)
def default_thresholds() -> Thresholds:
    return load_thresholds()


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text).replace(",", "")


def _where(ex: Extract) -> str:
    return _flat(" ".join(" ".join((u.text, u.context, *(h.chunk.text for h in u.hits), *u.hit.chunk.section_path,
                                    u.hit.doc.title, u.hit.doc.publisher, str(u.hit.doc.year))) for u in ex.units)).lower()


def _missing(q: Question, where: str) -> tuple[str, ...]:
    """Specific terms of the question that no selected unit, its chunk, headings or document names (a name
    of three or more syllables also counts as there when it is misspelt by one letter or carries a particle:
    "캔자스" for "켄자스", "송요찬" for "송요찬이")."""
    return tuple(alts[0] for alts in q.names if not _named_in(alts, where))


def _named_in(alts: tuple[str, ...], where: str) -> bool:
    """One of a name's spellings is in `where` (flattened, lower case), exactly or nearly (`_nearly_in`)."""
    spellings = [_flat(a).lower() for a in alts]
    if any(s in where or _nearly_in(s, where) for s in spellings):
        return True
    # "8.15" for "8·15", "4.24" for "4·24": a dotted figure written with a middle dot, or the other way round
    return any(s.translate(_DOTS) in where.translate(_DOTS) for s in spellings if re.search(r"\d[.·ㆍ]\d", s))


_DOTS = str.maketrans({"·": ".", "ㆍ": "."})


_PARTICLE = re.compile(r"(이가|에서|으로|이|가|의|은|는|을|를|와|과|도|에|로)$")


def _nearly_in(name: str, where: str) -> bool:
    """A Korean name (three syllables or more, no digit) in `where` up to one jamo added, dropped or changed
    ("켄자스" for "캔자스"), or without a particle glued to it; a two-syllable word only with the initial
    consonant of its second syllable mistyped ("탄액" for "탄핵", "태그" for "태크": a vowel or a first
    syllable changed makes another word, "대구" is not "대규모")."""
    if len(name) == 2 and re.fullmatch(r"[가-힣]+", name):
        return bool(re.search(re.escape(name[0]) + _same_but_initial(name[1]), where))
    if len(name) < 3 or not re.fullmatch(r"[가-힣]+", name):
        return False
    bare = _PARTICLE.sub("", name)
    if bare != name and len(bare) >= 2 and bare in where:
        return True
    return bool(_one_jamo_off(name).search(_jamo(where)))


def _same_but_initial(syllable: str) -> str:
    """A character class of the Hangul syllables that differ from `syllable` only in the initial consonant."""
    code = ord(syllable) - 0xAC00
    rest = code % 588  # vowel and final consonant
    return "[" + "".join(chr(0xAC00 + lead * 588 + rest) for lead in range(19)) + "]"


def _jamo(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFD", text)


@lru_cache(maxsize=512)
def _one_jamo_off(name: str) -> re.Pattern:
    j = _jamo(name)
    variants = set()
    for i in range(len(j) + 1):
        variants.add(re.escape(j[:i]) + "." + re.escape(j[i:]))  # one added
        if i < len(j):
            variants.add(re.escape(j[:i]) + "." + re.escape(j[i + 1:]))  # one changed
            variants.add(re.escape(j[:i]) + re.escape(j[i + 1:]))  # one dropped
    return re.compile("|".join(sorted(variants)))


def _noun_share(q: Question, where: str) -> float:
    if not q.nouns:
        return 1.0
    return sum(1 for n in q.nouns if n in where) / len(q.nouns)


def _shaped_for(q: Question, text: str) -> bool:
    if q.qtype is QType.AMOUNT and _MONEY_Q.search(q.text):
        return bool(_MONEY.search(text))
    return True


def signals(q: Question, ex: Extract, hits: list[Hit]) -> Signals:
    lex = [h.lexical for h in hits if h.lexical is not None]
    dense = [h.dense for h in hits if h.dense is not None]
    coverage = max((u.coverage for u in ex.units), default=0.0)
    if q.qtype in _NUMERIC or (q.qtype is QType.WHO and _COMPANY_Q.search(q.text)):
        # the asked value must stand in a passage about the asked thing: a budget found next to another
        # project's name is not this project's budget
        support = max((u.coverage for u in ex.units if _holds_slot(q, u) and _about(q, u) and _dated(q, u)),
                      default=0.0)
    else:
        support = coverage
    where = _where(ex)
    missing = _missing(q, where) + _missing_article(q, hits)
    return Signals(max(lex, default=0.0), max(dense) if dense else None, coverage, support, missing,
                   _noun_share(q, where))


def _holds_slot(q: Question, unit) -> bool:
    """The unit holds a value of the asked kind: a figure of the asked type (a money amount for a budget,
    a total for a total), or a company for "which company"."""
    if q.qtype is QType.WHO:
        return bool(_COMPANY.search(unit.text))
    if not (unit.shaped and _shaped_for(q, unit.text)):
        return False
    if q.qtype is QType.AMOUNT and _TOTAL_Q.search(q.text):
        return bool(_TOTAL.search(f"{unit.context} {unit.text}"))
    if q.qtype is QType.COUNT:
        return holds_asked_count(q, unit.text)
    return True


def _about(q: Question, unit) -> bool:
    names = [alts for alts in q.names if alts[0] not in q.numbers]
    if not names:
        return True
    c, doc = unit.hit.chunk, unit.hit.doc
    text = " ".join((unit.text, unit.context, c.text, *c.section_path, doc.title, doc.publisher))
    if q.qtype is QType.COUNT:
        text = _ENUMERATION.sub(" ", text)
    where = _flat(text).lower()
    found = [_named_in(alts, where) for alts in names]
    if q.lang == "ko":
        return all(found)
    # English names reach the Korean text through the glossary, which misses some spellings of
    # organisations: one name suffices, but a place the question names must be there
    kinds = translate.kinds()
    places = [f for alts, f in zip(names, found) if kinds.get(alts[0].lower()) == "place"]
    return any(found) and all(places)


def _dated(q: Question, unit) -> bool:
    """A figure answers for the year the question names only when its passage (or its document's date)
    names that year: "2020년 ... 33억 원" in a passage on 2020–2022 is not the 2024 budget, even when
    another selected passage mentions 2024."""
    years = [alts for alts in q.names if re.fullmatch(r"(19|20)\d\d", alts[0])]
    if not years:
        return True
    c, doc = unit.hit.chunk, unit.hit.doc
    where = _flat(" ".join((unit.text, unit.context, c.text, *c.section_path, doc.title, str(doc.year))))
    return all(any(a in where for a in alts) for alts in years)


def _law_kind(text: str) -> str | None:
    if "시행규칙" in text:
        return "rule"
    if "시행령" in text:
        return "decree"
    return "act" if re.search(r"법(?:률)?(?:에서|상|에|의|은|는|\b|$)", text) else None


def _missing_article(q: Question, hits: list[Hit]) -> tuple[str, ...]:
    """An article the question names (제20조) must exist as a section in a document of the named law."""
    match = _ARTICLE_Q.search(q.text)
    if not match:
        return ()
    number, sub = match.group(1), match.group(2)
    article = f"제{number}조" + (f"의{sub}" if sub else "")
    kind = _law_kind(q.text)
    for h in hits:
        section = _flat(h.chunk.section)
        if not re.match(re.escape(article) + r"(?![의\d])", section):
            continue
        if h.doc.doc_type != "law" or kind is None or _law_kind(h.doc.title) == kind or kind == "act" and \
                _law_kind(h.doc.title) not in ("rule", "decree"):
            return ()
    return (article,)


def decide(sig: Signals, th: Thresholds) -> tuple[bool, str]:
    """(abstain?, reason)."""
    if sig.missing:
        return True, "not mentioned: " + ", ".join(sig.missing)
    if sig.coverage < th.min_coverage:
        return True, f"weak overlap with the question ({sig.coverage:.2f})"
    if sig.support < th.min_support:
        return True, f"no passage gives the asked figure ({sig.support:.2f})"
    return False, ""


def calibrate(samples: list[tuple[Signals, bool]], max_false_abstention: float = 0.10) -> Thresholds:
    """Grid search on (signals, answerable) pairs from the dev split: the most unanswerable items caught
    while wrongly abstaining on at most `max_false_abstention` of the answerable ones."""
    n_ans = sum(1 for _, ok in samples if ok) or 1
    best, best_key = NEVER, None
    grid = itertools.product([0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45], [0.0, 0.1, 0.2, 0.3, 0.4, 0.5])
    for cov, sup in grid:
        th = Thresholds(cov, sup)
        decisions = [(decide(s, th)[0], ok) for s, ok in samples]
        false_abst = sum(1 for a, ok in decisions if a and ok) / n_ans
        caught = sum(1 for a, ok in decisions if a and not ok)
        if false_abst > max_false_abstention:
            continue
        key = (caught, -false_abst, -cov - sup)
        if best_key is None or key > best_key:
            best, best_key = th, key
    return best


def closest_documents(hits: list[Hit], n: int = 3) -> list[tuple[str, str]]:
    """(doc_id, title) of the best-ranked distinct documents, to point the reader somewhere useful."""
    seen: dict[str, str] = {}
    for h in hits:
        seen.setdefault(h.chunk.doc_id, h.doc.title)
        if len(seen) >= n:
            break
    return list(seen.items())
