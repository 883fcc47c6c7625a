"""The default answerer, without an LLM: pick the sentences and table rows that answer the question.

Each retrieved chunk is cut into units (`assistant.answer.passages`: sentences, law sentences with their items,
table rows). A unit scores by the IDF-weighted Korean bigrams it shares with the question, the question's
numbers and names it repeats, figures of the kind the question asks for (a count, an amount, a date ...)
and the rank of its chunk. The best 1–4 units are quoted verbatim with numbered citations, so figures stay
exactly as the source writes them. English questions reach the Korean text through the domain glossary
(`assistant.answer.question`) and get an English frame around the Korean quotes.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from assistant.answer.conflicts import conflict_sentence, find_conflicts
from assistant.answer.passages import LIST_INTRO, MAX_UNIT_CHARS, NOISE, Piece, clean, read_chunk, table_header, with_header
from assistant.answer.question import NUMERIC, QType, Question, holds_asked_count
from assistant.answer.records import Citation, Conflict, Unit
from ingest.records import Chunk
from kb.records import Hit
from kb.tokenize import bigram_tokens
from kb.translate import translate_groups

MAX_UNITS = 4
SCAN_HITS = 10
# How much the outline line a unit hangs under counts for it (coverage) and for its rank (score).
PARENT_WEIGHT, PARENT_SCORE = 1.0, 0.8
# A unit from the document the question names (a law asked about by name) over the same words quoted elsewhere.
NAMED_SOURCE_BONUS = 0.2
# A count question's unit that counts the asked thing, over one that counts something else.
ASKED_COUNT_BONUS = 0.1
_ALIAS = re.compile(r"\(([^()]{2,20})\)")
_SPACE = re.compile(r"\s+")

# Figures of each kind, as the sources write them.
_ANSWER_SHAPES = {
    QType.COUNT: r"\d[\d,.]*\s*(개국|개\s*도시|개|건|명|곳|번|회|인|호|대|가지|개소|차)|(한|두|세|네|다섯)\s*(번|가지|곳|개)",
    QType.AMOUNT: r"\d[\d,.]*\s*(~|∼|-)?\s*\d*[\d,.]*\s*(억|조|만|천|원|달러|%|ha|㎡|km|㎞|평|호|분의)|100분의",
    QType.DATE: r"\d{4}\s*(년|∼|~|-)|\d+\s*(년|개월|월|일)|[’‘']\s?\d{2}|\d{2}\s*\.\s*(\d{1,2}|上|下|하|초)|매년|마다",
    QType.WHO: r"(부|청|처|원|공사|공단|위원회|협회|기관|장관|차관|총리|은행|대학|센터|Associates|[A-Z]{2,})",
    QType.WHERE: r"(시|도|군|구|국|동|면|읍|㎞|km|지구|생활권)(\s|$|,|\))",
    QType.BASIS: r"법|조|근거|따라|규정",
    QType.DEFINITION: r"[\"“”'‘’][^\"“”'‘’]{1,30}[\"“”'‘’]\s*(이)?란|(이)?란\s|말한다|의미",
}
_SHAPE_RE = {k: re.compile(v) for k, v in _ANSWER_SHAPES.items()}


@dataclass(frozen=True)
class Extract:
    """The extractive answer before abstention: chosen units, their citations, and the text."""

    question: Question
    units: tuple[Unit, ...]
    citations: tuple[Citation, ...]
    text: str
    conflicts: tuple[Conflict, ...]


@lru_cache(maxsize=20000)
def tokens(text: str) -> frozenset[str]:
    """The text's bigram set; cached because the same chunks come back for question after question."""
    return frozenset(bigram_tokens(text))


def _weight(terms, idf: dict[str, float]) -> float:
    # Terms the corpus never uses (verb endings, cross-word bigrams) cannot be matched: they weigh nothing.
    return sum(idf.get(t, 0.0) for t in terms)


Neighbours = Callable[[Chunk], tuple["Chunk | None", "Chunk | None"]]


def named_documents(q: Question, hits: list[Hit]) -> set[str]:
    """The retrieved documents the question names by title or by the short name in the title's brackets
    ("스마트도시법", and for English "Smart City Act" through the glossary; "스마트시티 추진전략"), a decree
    or rule by the act's short name with 시행령/시행규칙. The most specific name wins: "스마트도시법 시행령"
    names the decree, not the act."""
    text = q.text if q.lang == "ko" else " ".join([q.text, *(v for g in translate_groups(q.text) for v in g)])
    flat = _SPACE.sub("", text)
    docs = {h.doc.doc_id: h.doc for h in hits}
    aliases = {d: _ALIAS.findall(doc.title) for d, doc in docs.items()}
    bases = {d: _ALIAS.sub("", doc.title).strip() for d, doc in docs.items()}  # the title without its brackets
    matched: dict[str, str] = {}  # doc id → the longest of its names found in the question
    for d, base in bases.items():
        names = {_SPACE.sub("", base), *(_SPACE.sub("", a) for a in aliases[d])}
        for other, other_base in bases.items():  # "X 시행령" is also "<alias of X> 시행령"
            if base != other_base and base.startswith(other_base):
                names |= {_SPACE.sub("", a + base[len(other_base):]) for a in aliases[other]}
        found = [n for n in names if len(n) >= 3 and n in flat]
        if found:
            matched[d] = max(found, key=len)
    return {d for d, name in matched.items() if not any(name != other and name in other for other in matched.values())}


def score_units(q: Question, hits: list[Hit], idf: dict[str, float], around: Neighbours | None = None) -> list[Unit]:
    named = named_documents(q, hits[:SCAN_HITS])
    units = []
    for hit in hits[:SCAN_HITS]:
        prev, nxt = around(hit.chunk) if around else (None, None)
        spill = replace(hit, chunk=nxt, lexical=None, dense=None) if nxt else None
        for piece in read_chunk(hit.chunk.text, prev.text if prev else "", nxt.text if nxt else ""):
            if NOISE.search(piece.text):  # references, sources, bare captions: never an answer
                continue
            unit = _score(q, hit, piece, idf, named=hit.chunk.doc_id in named)
            units.append(replace(unit, spill=spill) if piece.spills else unit)
    units.sort(key=lambda u: -u.score)
    return units


def _score(q: Question, hit: Hit, piece: Piece, idf: dict[str, float], named: bool = False) -> Unit:
    """`named`: the unit's document is one the question names; its title then counts like the outline line
    above the unit (a law's article answers "under the Smart City Act ..." without repeating the act's
    name) and the unit ranks above the same words quoted in a report."""
    total = _weight(q.terms, idf) or 1.0
    text = piece.text
    if len(text) > MAX_UNIT_CHARS and not LIST_INTRO.search(text) and not piece.spills:
        text = best_window(text, q, idf)
    heading = tokens(" ".join(hit.chunk.section_path) or hit.chunk.section)
    header = table_header(hit.chunk.text, text)
    toks = tokens(text)
    if header:  # a table row is read with its header and its table's title
        toks |= tokens(header) | heading
    above = tokens(piece.context) - toks
    if named:  # the title the question names counts as fully as the outline line above the unit
        above |= tokens(hit.doc.title) - toks
    rest = (heading | tokens(hit.chunk.text)) - toks - above
    own = _weight(q.terms & toks, idf) / total
    par = _weight(q.terms & above, idf) / total
    ctx = _weight(q.terms & rest, idf) / total
    coverage = min(1.0, own + PARENT_WEIGHT * par + 0.5 * ctx)
    shaped = any(_SHAPE_RE[t].search(text) for t in q.qtypes if t in _SHAPE_RE)
    read_as = f"{' '.join(hit.chunk.section_path)} {header} {text}" if header else text
    numbers = max(_number_share(q, read_as), 0.5 * _number_share(q, f"{piece.context} {read_as}"))
    score = own + PARENT_SCORE * par + 0.3 * ctx + 0.3 * numbers + 0.15 / hit.rank
    score += _form_bonus(q, text) + ((0.25 if q.qtype in NUMERIC else 0.1) if shaped else 0.0)
    score -= 0.15 if len(text) < 40 and " | " not in text else 0.0
    score += NAMED_SOURCE_BONUS if named else 0.0
    if q.qtype is QType.COUNT and shaped and holds_asked_count(q, text):
        score += ASKED_COUNT_BONUS  # "13개국" over "6개 도시" for "몇 개국"
    return Unit(text, hit, piece.line, score, coverage, shaped, piece.context)


def _number_share(q: Question, text: str) -> float:
    """Share of the question's numbers (years in any of their spellings) that the unit repeats."""
    wanted = [alts for alts in q.names if alts[0] in q.numbers]
    if not wanted:
        return 0.0
    flat = re.sub(r"\s+", "", text).replace(",", "")
    return sum(1 for alts in wanted if any(a in flat for a in alts)) / len(wanted)


def _form_bonus(q: Question, text: str) -> float:
    """A definition of the quoted term, or a law sentence with its enumerated items for a list question."""
    bonus = 0.0
    if QType.DEFINITION in q.qtypes:
        for term in re.findall(r"[\"“'‘]([^\"”'’]{1,30})[\"”'’]", q.text):
            if re.search(r"[\"“'‘]" + re.escape(term) + r"[\"”'’]\s*(이)?란", text):
                bonus += 0.5
    if QType.LIST in q.qtypes and LIST_INTRO.search(text) and re.search(r"\s1\.\s", text):
        bonus += 0.15
    return bonus


def best_window(text: str, q: Question, idf: dict[str, float], size: int = 260) -> str:
    """The stretch of a long unit (a mashed table, a long paragraph) that covers most of the question; a
    second, shorter stretch when another part of the question (a second row of a table) is answered
    elsewhere in it."""
    spans = _windows(text, size)
    first = max(spans, key=lambda sp: _weight(q.terms & tokens(text[sp[0]:sp[1]]), idf))
    covered = q.terms & tokens(text[first[0]:first[1]])
    rest = [sp for sp in _windows(text, size // 2, tail=20) if sp[1] <= first[0] or sp[0] >= first[1] - 10]
    gain = lambda sp: _weight((q.terms & tokens(text[sp[0]:sp[1]])) - covered, idf)
    second = max(rest, key=gain, default=None)
    total = _weight(q.terms, idf) or 1.0
    chosen = [first] + ([second] if second and gain(second) / total >= 0.1 else [])
    out = ""
    for st, end in sorted(chosen):
        out += ("… " if st else "") + text[st:end].strip() + " "
    return out.strip() + (" …" if max(e for _, e in chosen) < len(text) else "")


def _windows(text: str, size: int, tail: int | None = None) -> list[tuple[int, int]]:
    """Word-aligned stretches of about `size` characters, starting at least 30 characters apart."""
    tail = size // 2 if tail is None else tail
    starts = [0] + [m.end() for m in re.finditer(r"\s+", text) if m.end() < len(text) - tail]
    spans, last = [], -100
    for st in starts:
        if st - last < 30:
            continue
        last = st
        end = min(len(text), st + size)
        while end < len(text) and not text[end].isspace():
            end += 1
        spans.append((st, end))
    return spans


def select_units(q: Question, units: list[Unit], idf: dict[str, float]) -> list[Unit]:
    """The best unit, then close runners-up and units that add question terms or asked-for figures."""
    if not units:
        return []
    best = units[0]
    chosen = [best]
    covered = set(tokens(best.text))
    total = _weight(q.terms, idf) or 1.0
    for u in units[1:]:
        if len(chosen) >= MAX_UNITS or u.score < 0.5 * best.score:
            break
        if any(u.text in c.text or c.text in u.text for c in chosen):
            continue
        toks = tokens(u.text)
        gain = _weight((q.terms & toks) - covered, idf) / total
        if u.score >= 0.85 * best.score or gain >= 0.05 or (u.shaped and q.qtype in NUMERIC):
            chosen.append(u)
            covered |= toks
    return chosen


def compose(q: Question, chosen: list[Unit], idf: dict[str, float]) -> tuple[str, tuple[Citation, ...], dict[str, int]]:
    numbers: dict[str, int] = {}
    citations: list[Citation] = []
    parts = []
    for u in chosen:
        for hit in u.hits:
            if hit.chunk.id not in numbers:
                numbers[hit.chunk.id] = len(citations) + 1
                citations.append(Citation.from_hit(numbers[hit.chunk.id], hit))
        marks = "".join(f"[{numbers[h.chunk.id]}]" for h in u.hits)
        quote = clean(with_header(u.text, table_header(u.hit.chunk.text, u.text)))
        parts.append(f"{quote} {marks}" if q.lang == "ko" else f"“{quote}” {marks}")
    if q.lang == "ko":
        text = " ".join(parts)
    else:
        sources = "; ".join(f"[{c.n}] {c.anchor}" for c in citations)
        text = "According to the documents (quoted in Korean): " + " ".join(parts) + f" — sources: {sources}."
    return text, tuple(citations), numbers


def answer_extractive(q: Question, hits: list[Hit], idf: dict[str, float], around: Neighbours | None = None) -> Extract:
    """`around` gives a chunk's neighbours in its document, so units are read in their outline."""
    units = score_units(q, hits, idf, around)
    chosen = select_units(q, units, idf)
    text, citations, numbers = compose(q, chosen, idf)
    conflicts: tuple[Conflict, ...] = ()
    if chosen:
        extra, conflicts = find_conflicts(q, chosen, units, citations)
        citations = citations + tuple(c for c in extra if c.n > len(citations))
        if conflicts:
            text += " " + conflict_sentence(q, conflicts, citations)
    return Extract(q, tuple(chosen), citations, text, conflicts)
