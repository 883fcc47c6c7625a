"""The shape of an answer: the answer itself first, then at most one supporting sentence cut to the clause
that holds it, each with its [n].

What leads depends on what is asked:
- an article ("몇 조에 규정", "근거 조항", "which article"): the law's short name with the article and its title,
  "스마트도시법 제35조(국가시범도시의 지정 등)";
- a list: every item, even when the items sit on separate lines, bullets or law items;
- anything else: the short answer the span reader finds (a figure with its unit, a name, a date, a place)
  when it is confident, else the clause of the best sentence that holds the question's words.
Everything else stays in the citations, quoted verbatim.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer.features import flat, tokens, weight
from assistant.answer.passages import LIST_INTRO, clean, table_header, with_header
from assistant.answer.question import QType, Question
from assistant.answer.records import Unit

MAX_CLAUSE = 220  # characters of the supporting sentence; a longer one is cut to the clauses around the answer
MIN_CLAUSE = 40  # a clause shorter than this is read with the one after it (or before)
MAX_LEAD = 120  # a lead longer than this is not a short answer
MAX_ITEM = 60  # characters of one list item in the lead
ARTICLE_UNITS = 15  # best units an article question's answer is looked for in
_ARTICLE_Q = re.compile(r"몇\s*조|몇\s*번째\s*조|어느\s*조|어떤\s*조|무슨\s*조|근거\s*(조항|조문|규정)|조항|조문"
                        r"|법\S*\s.*근거(는|가|를|로)?\s*(무엇|어디|\?|$)"
                        r"|\b(which|what)\s+(article|provision|section)\b|\barticle\s+(number|on|that|about|for|governing)\b"
                        r"|\bunder which\b|\blegal basis\b", re.I)
_NAMED_ARTICLE = re.compile(r"제\s*\d+\s*조|\bArticle\s+\d+", re.I)
_ARTICLE = re.compile(r"^제\s*\d+\s*조(?:의\s*\d+)?")
# the short name a title gives in brackets: "스마트도시 조성 및 산업진흥 등에 관한 법률 (스마트도시법)"
ALIAS = re.compile(r"\(([^()]{2,20})\)")
_LIST_ITEM = re.compile(r"(?:^|\s)(?:\d{1,2}\.|[가-하]\.|[①-⑳]|[-∙•·ㅇ□])\s")
_CLAUSE_END = re.compile(r"(?<=[,;])\s+|(?<=[며고서데나면])\s+(?=\S)|(?<=[며고서데나면]),\s*")
_MULTI_KO = re.compile(r"몇|얼마|언제|어디|누구|누가|무엇|어떤|어느|며칠")
_MULTI_EN = re.compile(r"\b(how many|how much|how large|how long|when|where|who|which|what)\b", re.I)


@dataclass(frozen=True)
class Lead:
    text: str  # the answer itself
    unit: Unit  # the unit that holds it (its citation)
    start: int = -1  # where it stands in the unit's text (-1: not a span of it)
    end: int = -1
    kind: str = "clause"  # article | list | span | clause


_LIST_Q = re.compile(r"종류|유형|무엇무엇|모두|각각|열거|꼽아|목록|어떤\s*것들|무엇들|들은\s*무엇|들을|"
                     r"\blist\b|\bwhat are\b|\bwhich\b.+\bare\b|\bname the\b|\bkinds?\b|\btypes?\b", re.I)


def asks_article(q: Question) -> bool:
    """The question asks which article: it names none itself (one that names 제30조 asks what it says)."""
    return bool(_ARTICLE_Q.search(q.text)) and not _NAMED_ARTICLE.search(q.text)


def asks_several(q: Question) -> bool:
    """The question asks two things or more ("몇 개국에서 몇 건", "각각", "how many … and how much")."""
    if q.lang == "ko":
        return len(_MULTI_KO.findall(q.text)) >= 2 or "각각" in q.text or "와 " in q.text and "얼마" in q.text
    return len(_MULTI_EN.findall(q.text)) >= 2 or bool(re.search(r"\b(each|both|respectively)\b", q.text, re.I))


def asks_list(q: Question) -> bool:
    return bool(_LIST_Q.search(q.text))


def law_name(title: str) -> str:
    """The short name a practitioner uses: the alias in the title's brackets ("스마트도시법"), for a decree
    or rule of an act with an alias that alias with 시행령/시행규칙, else the title without brackets."""
    alias = ALIAS.findall(title)
    base = ALIAS.sub("", title).strip()
    for kind in ("시행규칙", "시행령"):
        if base.endswith(kind):
            return base
    return alias[0] if alias else base


def article_lead(q: Question, units: list[Unit], short_names: dict[str, str], named: set[str] = frozenset(),
                 idf: dict[str, float] | None = None) -> Lead | None:
    """The article that answers "which article": among the best law units (in a law the question names, when
    it names one), the one whose article title holds most of the question's words — the title says what
    an article is about ("제35조 (국가시범도시의 지정 등)" for "국가시범도시 지정은 몇 조"), its text may
    mention the thing in passing; ties go to the better unit."""
    laws = [u for u in units[:ARTICLE_UNITS] if u.hit.doc.doc_type == "law" and _ARTICLE.match(u.hit.chunk.section)]
    if not laws:
        return None
    total = (weight(q.terms, idf) if idf else 0.0) or 1.0

    def title_share(u: Unit) -> float:
        """Share of the question's nouns in the article's title (bigrams across words would match titles by
        accident: "도시 지정" and "도시지원단" share 시지)."""
        heading = flat(_ARTICLE.sub("", u.hit.chunk.section))
        if q.nouns:
            return sum(n in heading for n in q.nouns) / len(q.nouns)
        return round(weight(q.terms & tokens(heading), idf) / total, 1) if idf else 0.0

    best = max(laws, key=lambda u: (u.hit.doc.doc_id in named, title_share(u), u.score))
    heading = re.sub(r"\s*\(", "(", best.hit.chunk.section, count=1)
    name = short_names.get(best.hit.doc.doc_id) or law_name(best.hit.doc.title)
    return Lead(f"{name} {heading}", best, kind="article")


def list_items(text: str) -> list[str]:
    """The items of a unit that is a list: law items ("1. … 2. …"), bullets, or a table row's cells."""
    if LIST_INTRO.search(text):
        parts = re.split(r"\s(?=\d{1,2}\.\s)", text)
        return [p.strip() for p in parts[1:]] if len(parts) > 2 else []
    parts = [p.strip() for p in re.split(_LIST_ITEM, " " + text) if p.strip()]
    return parts if len(parts) >= 2 else []


def list_lead(q: Question, units: list[Unit]) -> Lead | None:
    """Every item of the best unit when it is a list (a line with the items under it, a law sentence with
    its numbered items); a single sentence is no list."""
    best = units[0]
    items = list(best.items) or (list_items(best.text) if LIST_INTRO.search(best.text) else [])
    if len(items) < 2:
        return None
    shown = [_short(re.sub(r"^(\d{1,2}\.|[가-하]\.|[①-⑳])\s*", "", i), MAX_ITEM) for i in items]
    return Lead(", ".join(shown), best, kind="list")


def clause_of(text: str, start: int = -1, end: int = -1, q: Question | None = None,
              idf: dict[str, float] | None = None, limit: int = MAX_CLAUSE, grow_to: int = MIN_CLAUSE) -> str:
    """The clause of a unit that holds [start, end) (or, without a span, the question's words), grown by its
    neighbouring clauses while it is shorter than `grow_to` and within `limit`; "…" marks a cut."""
    if len(text) <= limit:
        return text
    cuts = [0] + [m.end() for m in _CLAUSE_END.finditer(text)] + [len(text)]
    pieces = [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]
    if start >= 0:
        core = next((i for i, (a, b) in enumerate(pieces) if a <= start < b), 0)
    elif q is not None and idf is not None:
        core = max(range(len(pieces)), key=lambda i: weight(q.terms & tokens(text[pieces[i][0]:pieces[i][1]]), idf))
    else:
        core = 0
    lo = hi = core
    while pieces[hi][1] - pieces[lo][0] < grow_to:
        grown = False
        for cand in (hi + 1, lo - 1):
            if 0 <= cand < len(pieces):
                a, b = pieces[min(lo, cand)][0], pieces[max(hi, cand)][1]
                if b - a <= limit:
                    lo, hi = min(lo, cand), max(hi, cand)
                    grown = True
                    break
        if not grown:
            break
    a, b = pieces[lo][0], pieces[hi][1]
    if b - a > limit:  # one clause longer than the limit: a window around the answer
        centre = start if start >= 0 else a
        a = max(a, centre - limit // 2)
        b = min(b, a + limit)
    out = text[a:b].strip()
    return ("… " if a > 0 else "") + out + (" …" if b < len(text) else "")


def quote(unit: Unit) -> str:
    """A unit as quoted: a table row read with its header."""
    return clean(with_header(unit.text, table_header(unit.hit.chunk.read_text, unit.text)))


def _short(text: str, limit: int) -> str:
    text = text.strip().rstrip(".")
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


# A particle or copula ending a span's last word: "국토교통부장관이" answers as "국토교통부장관".
_TRAILING_PARTICLE = re.compile(r"(?<=[가-힣A-Za-z0-9)])(이다|였다|이었다|에서|으로|에게|까지|부터|이며|이고|은|는|이|가|을|를|의|에|로|와|과|도|만)$")


def strip_particle(span: str) -> str:
    """The span without a particle its last word carries (the word itself keeps at least two characters)."""
    last = span.rsplit(" ", 1)[-1]
    m = _TRAILING_PARTICLE.search(last)
    if m and len(last) - len(m.group()) >= 2:
        return span[: len(span) - len(m.group())]
    return span


def short_enough(text: str) -> bool:
    return 0 < len(flat(text)) <= MAX_LEAD
