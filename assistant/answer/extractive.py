"""The default answerer, without an LLM: find the unit that answers, then the short answer inside it.

Each retrieved chunk is cut into units (`assistant.answer.passages`: sentences, law sentences with their
items, table rows). A unit is scored by the reader's unit model (`assistant.answer.reader`, fitted on
KorQuAD: the question terms it holds, the longest phrase it shares with the question, the strength of its
passage in retrieval, a figure of the asked kind ...) plus the document-structure bonus of
`structure_bonus`. The best units are quoted verbatim with numbered citations, so figures stay exactly as
the source writes them. English questions reach the Korean text through the domain glossary
(`assistant.answer.question`) and get an English frame around the Korean quotes.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from assistant.answer.compose import (ALIAS, MAX_CLAUSE, Lead, article_lead, asks_article, asks_list, asks_several, clause_of,
                                      law_name, list_lead, quote, short_enough, strip_particle)
from assistant.answer.conflicts import conflict_sentence, find_conflicts
from assistant.answer.features import SHAPE_RE, flat, number_share, tokens, unit_features, weight
from assistant.answer.passages import LIST_INTRO, MAX_UNIT_CHARS, NOISE, Piece, clean, read_chunk, table_header, with_header
from assistant.answer.question import NUMERIC, QType, Question, holds_asked_count
from assistant.answer.reader import ReaderModel, default_model
from assistant.answer.records import Citation, Conflict, Unit
from ingest.records import Chunk
from kb.records import Hit
from kb.translate import translate_groups

MAX_UNITS = 4
SCAN_HITS = 10
SECOND_PART_GAIN = 0.1  # share of the question's weighted terms a second unit must add to join the answer
# start + end logit below which the reader's span does not lead: on KorQuAD's held-out fold the score barely
# separates right from wrong spans (F1 0.567 over all, 0.584 above 0, 0.625 above 3, keeping 84%), so it
# only drops the reader's rare near-empty guesses; what decides is whether the question wants a short answer
SPAN_MIN_SCORE = -4.0
SPAN_CANDIDATES = 3  # the reader's best spans looked at for one of the asked form
# The answering unit among the unit model's best READ_UNITS: unit score + READER_WEIGHT × its best span's score.
# Chosen on KorQuAD's fold 0 (articles the reader was not fitted on): the unit holds the gold answer for 0.852
# with the unit model alone, 0.899 / 0.904 / 0.909 / 0.908 / 0.908 at weights 0.1 / 0.2 / 0.3 / 0.5 / 1.0, 0.898
# with the reader alone; on the own dev split (checked, not chosen there) all key facts 0.729 → 0.771 at 0.5.
READ_UNITS, READ_SPANS, READER_WEIGHT = 3, 30, 0.5
NO_SPAN_SCORE = -20.0  # a unit in which the reader finds no span among its best READ_SPANS
_ASKED_COUNTER = re.compile(r"몇\s*(개국|개|건|명|곳|번|회|가지|차례|층|년|개월|일)")
# a year, or a range of years ("2020~2021년", "2018-20"), as a question or a unit names it
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:\s*[~\-–]\s*((?:19|20)?\d{2}))?(?!\d)")
_CLAUSE_BREAK = re.compile(r"(?:,|;|으나|지만|반면|이고|하고|했고|됐고|되었고)\s")
_HOW_WHY = re.compile(r"어떻게|왜|이유|방법|무슨\s*내용|어떤\s*내용|설명|\bhow\b(?!\s+(many|much|long|large|old|often|far|soon|big|tall))|\bwhy\b|\bdescribe\b", re.I)
# How much the outline line a unit hangs under counts for its coverage (abstention) and for its rank.
PARENT_WEIGHT, PARENT_SCORE = 1.0, 0.8
# A unit from the document the question names (a law asked about by name) over the same words quoted elsewhere.
NAMED_SOURCE_BONUS = 0.2
# A count question's unit that counts the asked thing, over one that counts something else.
ASKED_COUNT_BONUS = 0.1


@dataclass(frozen=True)
class Extract:
    """The extractive answer before abstention: chosen units, their citations, and the text."""

    question: Question
    units: tuple[Unit, ...]
    citations: tuple[Citation, ...]
    text: str
    conflicts: tuple[Conflict, ...]
    lead: Lead | None = None


Neighbours = Callable[[Chunk], tuple["Chunk | None", "Chunk | None"]]


def named_documents(q: Question, hits: list[Hit]) -> set[str]:
    """The retrieved documents the question names by title or by the short name in the title's brackets
    ("스마트도시법", and for English "Smart City Act" through the glossary; "스마트시티 추진전략"), a decree
    or rule by the act's short name with 시행령/시행규칙. The most specific name wins: "스마트도시법 시행령"
    names the decree, not the act."""
    text = q.text if q.lang == "ko" else " ".join([q.text, *(v for g in translate_groups(q.text) for v in g)])
    squashed = flat(text)
    docs = {h.doc.doc_id: h.doc for h in hits}
    aliases = {d: ALIAS.findall(doc.title) for d, doc in docs.items()}
    bases = {d: ALIAS.sub("", doc.title).strip() for d, doc in docs.items()}  # the title without its brackets
    matched: dict[str, str] = {}  # doc id → the longest of its names found in the question
    for d, base in bases.items():
        names = {flat(base), *(flat(a) for a in aliases[d])}
        for other, other_base in bases.items():  # "X 시행령" is also "<alias of X> 시행령"
            if base != other_base and base.startswith(other_base):
                names |= {flat(a + base[len(other_base):]) for a in aliases[other]}
        found = [n for n in names if len(n) >= 3 and n in squashed]
        if found:
            matched[d] = max(found, key=len)
    return {d for d, name in matched.items() if not any(name != other and name in other for other in matched.values())}


@dataclass(frozen=True)
class UnitRow:
    """An answer unit as read, before the model scores it."""

    text: str
    hit: Hit
    piece: Piece
    features: list[float]  # UNIT_FEATURES
    bonus: float  # structure_bonus, in units of the `own` coverage feature
    coverage: float  # share of the question's terms in the unit, the outline above it and its passage
    shaped: bool
    spill: Hit | None


def read_units(q: Question, hits: list[Hit], idf: dict[str, float], around: Neighbours | None = None) -> list[UnitRow]:
    """Every unit of the top hits with its features: what `score_units` ranks and `eval/fit_reader.py` fits."""
    hits = hits[:SCAN_HITS]
    if not hits:
        return []
    named = named_documents(q, hits)
    rows = []
    for hit in hits:
        prev, nxt = around(hit.chunk) if around else (None, None)
        spill = replace(hit, chunk=nxt, lexical=None, dense=None) if nxt else None
        for piece in read_chunk(hit.chunk.read_text, prev.text if prev else "", nxt.text if nxt else ""):
            if NOISE.search(piece.text):  # references, sources, bare captions: never an answer
                continue
            row = _read(q, hit, hits[0], piece, idf, named=hit.chunk.doc_id in named)
            rows.append(replace(row, spill=spill) if piece.spills else row)
    return rows


def score_units(q: Question, hits: list[Hit], idf: dict[str, float], around: Neighbours | None = None,
                model: ReaderModel | None = None) -> list[Unit]:
    model = model or default_model()
    own_weight = model.unit.weight_of("own")
    units = []
    for r in read_units(q, hits, idf, around):
        score = model.unit.score(r.features) + own_weight * r.bonus
        units.append(Unit(r.text, r.hit, r.piece.line, score, r.coverage, r.shaped, r.piece.context, r.spill,
                          r.piece.items))
    units.sort(key=lambda u: -u.score)
    return units


def _read(q: Question, hit: Hit, top: Hit, piece: Piece, idf: dict[str, float], named: bool) -> UnitRow:
    """`named`: the unit's document is one the question names; its title then counts like the outline line
    above the unit (a law's article answers "under the Smart City Act ..." without repeating the act's
    name) and the unit ranks above the same words quoted in a report."""
    total = weight(q.terms, idf) or 1.0
    text = piece.text
    if len(text) > MAX_UNIT_CHARS and not LIST_INTRO.search(text) and not piece.spills:
        text = best_window(text, q, idf)
    header = table_header(hit.chunk.read_text, text)
    read_as = f"{' '.join(hit.chunk.section_path)} {header} {text}" if header else text
    toks = tokens(read_as)
    above = tokens(piece.context) - toks
    if named:  # the title the question names counts as fully as the outline line above the unit
        above |= tokens(hit.doc.title) - toks
    heading = tokens(" ".join(hit.chunk.section_path) or hit.chunk.section)
    features = unit_features(q, hit, read_as, top, idf)
    own = features[0]  # UNIT_FEATURES[0]: the unit's own coverage
    par = weight(q.terms & above, idf) / total
    ctx = weight(q.terms & ((heading | tokens(hit.chunk.read_text)) - toks - above), idf) / total
    coverage = min(1.0, own + PARENT_WEIGHT * par + 0.5 * ctx)
    shaped = any(SHAPE_RE[t].search(text) for t in q.qtypes if t in SHAPE_RE)
    bonus = structure_bonus(q, text, par, named, shaped, 0.5 * number_share(q, f"{piece.context} {read_as}"))
    return UnitRow(text, hit, piece, features, bonus, coverage, shaped, None)


def structure_bonus(q: Question, text: str, par: float, named: bool, shaped: bool, context_numbers: float) -> float:
    """What Wikipedia prose cannot teach, in units of the unit's own question coverage (the weights the
    earlier hand-tuned answerer gave them relative to own coverage = 1): the question's terms in the
    outline line above the unit (0.8), a unit from the document the question names (0.2), the question's
    numbers in that outline line (0.3), a definition of the quoted term (0.5), a law sentence with its
    numbered items for a list question (0.15), and for a count question the count of the asked thing (0.1)."""
    bonus = PARENT_SCORE * par + (NAMED_SOURCE_BONUS if named else 0.0) + 0.3 * context_numbers
    bonus += _form_bonus(q, text)
    if q.qtype is QType.COUNT and shaped and holds_asked_count(q, text):
        bonus += ASKED_COUNT_BONUS  # "13개국" over "6개 도시" for "몇 개국"
    return bonus


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
    first = max(spans, key=lambda sp: weight(q.terms & tokens(text[sp[0]:sp[1]]), idf))
    covered = q.terms & tokens(text[first[0]:first[1]])
    rest = [sp for sp in _windows(text, size // 2, tail=20) if sp[1] <= first[0] or sp[0] >= first[1] - 10]
    gain = lambda sp: weight((q.terms & tokens(text[sp[0]:sp[1]])) - covered, idf)
    second = max(rest, key=gain, default=None)
    total = weight(q.terms, idf) or 1.0
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


def select_units(q: Question, units: list[Unit], lead: Unit, idf: dict[str, float]) -> list[Unit]:
    """The unit that answers, then close runners-up and units that add question terms or asked-for figures
    (abstention weighs them all; a question asking several things may take its second part from one)."""
    chosen = [lead]
    covered = set(tokens(lead.text))
    total = weight(q.terms, idf) or 1.0
    for u in units:
        if len(chosen) >= MAX_UNITS or u.score < 0.5 * units[0].score:
            break
        if any(u.text in c.text or c.text in u.text for c in chosen):
            continue
        toks = tokens(u.text)
        gain = weight((q.terms & toks) - covered, idf) / total
        if u.score >= 0.85 * units[0].score or gain >= 0.05 or (u.shaped and q.qtype in NUMERIC):
            chosen.append(u)
            covered |= toks
    return chosen


def second_part(q: Question, chosen: list[Unit], idf: dict[str, float]) -> Unit | None:
    """For a question asking several things, the chosen unit that adds the most of its terms to the lead."""
    if not asks_several(q) or len(chosen) < 2:
        return None
    covered = tokens(chosen[0].text)
    total = weight(q.terms, idf) or 1.0
    gain, best = max(((weight((q.terms & tokens(u.text)) - covered, idf) / total, u) for u in chosen[1:]),
                     key=lambda p: p[0])
    return best if gain >= SECOND_PART_GAIN else None


def choose_lead(q: Question, units: list[Unit], idf: dict[str, float], short_names: dict[str, str],
                reader=None) -> Lead:
    """What the answer leads with (see `assistant.answer.compose`)."""
    if asks_article(q):
        lead = article_lead(q, units, short_names, named_documents(q, [u.hit for u in units[:15]]), idf)
        if lead:
            return lead
    if q.qtype is QType.LIST or asks_list(q):
        lead = list_lead(q, units)
        if lead:
            return lead
    spans: list = []
    if reader is not None:
        units, spans = reread(q, units, reader)
    if spans and wants_short(q) and not asks_several(q):
        lead = span_lead(q, units[0], spans, idf)
        if lead:
            return lead
    best = units[0]
    return Lead(clause_of(quote(best), q=q, idf=idf, grow_to=MAX_CLAUSE), best)


def reread(q: Question, units: list[Unit], reader) -> tuple[list[Unit], list]:
    """The unit model's best distinct units read again by the span reader in one pass: the one that answers
    is the best by unit score + READER_WEIGHT × its best span's score. Returns the units with that one first,
    and its spans (best first)."""
    top = distinct_units(units, READ_UNITS)
    by_unit: dict[int, list] = {}
    for span in reader.read(q.text, [u.text for u in top], top=READ_SPANS):
        by_unit.setdefault(span.passage, []).append(span)
    best = max(range(len(top)), key=lambda i: top[i].score + READER_WEIGHT * (by_unit[i][0].score if i in by_unit
                                                                              else NO_SPAN_SCORE))
    return [top[best], *(u for u in units if u is not top[best])], by_unit.get(best, [])


def distinct_units(units: list[Unit], n: int) -> list[Unit]:
    """The first `n` units none of which holds another's text (what the span reader reads, in order)."""
    top: list[Unit] = []
    for u in units:
        if all(u.text not in t.text and t.text not in u.text for t in top):
            top.append(u)
        if len(top) == n:
            break
    return top


def wants_short(q: Question) -> bool:
    """A question a name, a figure, a date or a place answers: not a definition, a reason, a how or a yes/no
    (a question of no recognised kind counts: on the own dev split leading those with a span lost nothing)."""
    return not (q.qtype in (QType.DEFINITION, QType.YESNO, QType.BASIS) or _HOW_WHY.search(q.text))


# where a numbered item of a law sentence's list begins inside a unit ("… 다음 각 호의 자로 한다. 1. … 2. …")
_NUMBERED_ITEM = re.compile(r"\s(?=\d{1,2}\.\s)")


def in_the_asking_part(q: Question, text: str, spans: list, idf: dict[str, float]) -> list:
    """The spans inside the part of a unit that holds most of the question's terms, when the unit is a sentence
    followed by its numbered items: the vice-chairs named in ③'s sentence answer "부위원장은?", not a member in
    item 5 of the list the sentence introduces. Other spans, or all when no part holds a question term."""
    cuts = [0, *(m.start() for m in _NUMBERED_ITEM.finditer(text)), len(text)]
    if len(cuts) <= 2:
        return spans
    parts = list(zip(cuts, cuts[1:]))
    cover = [weight(q.terms & tokens(text[a:b]), idf) for a, b in parts]
    most = max(cover)
    if most <= 0:
        return spans
    asking = [(a, b) for (a, b), c in zip(parts, cover) if c == most]
    inside = [s for s in spans if any(a <= s.start < b for a, b in asking)]
    return inside or spans


def span_lead(q: Question, best: Unit, spans: list, idf: dict[str, float]) -> Lead | None:
    """The reader's short answer inside the unit that answers: its best span that has the asked form (a
    figure for a count, an amount or a date; the counter of "몇 개국"), without a trailing particle. When
    the question names a year and the unit tells of other years too, the span comes from what the unit says
    of the asked year (if the reader finds one there)."""
    spans = in_the_asking_part(q, best.text, spans, idf)
    scope = asked_year_scope(q.text, best.text)
    if scope:
        inside = [s for s in spans if scope[0] <= s.start and s.end <= scope[1]]
        spans = inside or spans
    for span in spans[:SPAN_CANDIDATES]:
        start, end = enumeration(best.text, *unmarked(best.text, span.start, span.end))
        text = strip_particle(best.text[start:end].strip().strip(",."))
        if flat(text) and flat(text) in flat(q.text):  # what the question already says does not answer it
            continue
        if span.score >= SPAN_MIN_SCORE and short_enough(text) and fits_the_question(q, text):
            start = max(best.text.find(text, start), start)
            one = the_asked_count(q, text)
            if one:  # "13개국 20개" for "몇 개국": the count of the asked thing alone
                start, text = start + one[0], one[1]
            return Lead(text, best, start, start + len(text), kind="span")
    return None


# an item marker of an enumeration written inline: "①", "1.", "1)", "가.", "(1)"
_ITEM_MARK = r"(?:[①-⑳]|(?<!\S)\(?\d{1,2}[.)](?!\d)|(?<!\S)[가-하][.)])"
_LEADING_MARK = re.compile(r"\s*" + _ITEM_MARK + r"\s*")
_NEXT_ITEM = re.compile(r"\s*(?:,|및|와|과)?\s*" + _ITEM_MARK + r"\s*")
_ITEM_END = re.compile(r"(?:,|\.(?!\d)|\s(?:등|으로|로)\s|(?:으로|로|을|를|이|가|은|는)\s)")


def unmarked(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the item marker it starts with ("③ 위원장" is the word "위원장", "① 계획수립" the item)."""
    m = _LEADING_MARK.match(text, start, end)
    if not m or m.end() >= end or re.search(_ITEM_MARK, text[m.end():end]):  # "① A, ② B" keeps its first mark
        return start, end
    return m.end(), end


def enumeration(text: str, start: int, end: int) -> tuple[int, int]:
    """A span that is one item of an inline enumeration ("① 스마트도시 계획수립, ② 스마트솔루션 해외실증 사업")
    grown to every item that follows it: one item alone does not answer what the enumeration lists."""
    before = max(0, start - 6)
    mark = re.search(_ITEM_MARK + r"\s*$", text[before:start])
    if not mark:
        return start, end
    grown = end
    while True:
        nxt = _NEXT_ITEM.match(text, grown)
        if not nxt:  # the first item's mark goes with the items that follow it
            several = grown > end or re.search(_ITEM_MARK, text[start:end])
            return (before + mark.start() if several else start), grown
        stop = _ITEM_END.search(text, nxt.end())
        grown = stop.start() if stop and stop.start() > nxt.end() else len(text)


def _years(m: re.Match) -> set[int]:
    first = int(m.group(1))
    if not m.group(2):
        return {first}
    last = int(m.group(2)) if len(m.group(2)) == 4 else first // 100 * 100 + int(m.group(2))
    return set(range(first, last + 1)) if 0 < last - first <= 30 else {first}


def asked_year_scope(question: str, text: str) -> tuple[int, int] | None:
    """The part of a unit that tells of the year the question names, when the unit tells of other years as
    well ("2020~2021년에는 A …, 2022년에는 B" asked about 2022: the part from "2022년" up to the next other
    year, together with the clause before it); None when the question names no year or the unit only one."""
    asked = set().union(*(_years(m) for m in _YEAR.finditer(question)))
    mentions = [(m.start(), m.end(), _years(m)) for m in _YEAR.finditer(text)]
    if not asked or not any(ys & asked for *_, ys in mentions) or all(ys & asked for *_, ys in mentions):
        return None
    for i, (start, end, ys) in enumerate(mentions):
        if ys & asked:
            stop = next((s for s, _, other in mentions[i + 1:] if not other & asked), len(text))
            floor = max((e for _, e, other in mentions[:i] if not other & asked), default=0)
            breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, floor, start)]
            return (breaks[-1] if breaks else floor), stop
    return None


def the_asked_count(q: Question, text: str) -> tuple[int, str] | None:
    """For a count question whose span holds several figures, the one with the asked counter (its offset in
    the span and its text, the word ending it kept whole but without a particle)."""
    counter = _ASKED_COUNTER.search(q.text)
    if q.qtype is not QType.COUNT or not counter or len(re.findall(r"\d+", text)) < 2:
        return None
    m = re.search(rf"\d[\d,.]*\s*{counter.group(1)}\S*", text)
    return (m.start(), strip_particle(m.group()).rstrip(",.")) if m else None


def fits_the_question(q: Question, text: str) -> bool:
    """A span has the form the question asks for: a figure for a count, amount or date question, and for a
    count the asked thing's counter ("13개국" for "몇 개국", not "20개")."""
    if q.qtype in NUMERIC and not re.search(r"\d|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열", text):
        return False
    counter = _ASKED_COUNTER.search(q.text)
    if q.qtype is QType.COUNT and counter and counter.group(1) not in text:
        return False
    return q.qtype is not QType.COUNT or holds_asked_count(q, text)


def support_of(q: Question, lead: Lead, idf: dict[str, float]) -> str:
    """The supporting sentence under a lead: the unit as quoted, cut to the clauses around the answer (up to
    MAX_CLAUSE characters); for a list, the line that introduces its items; none under a clause lead."""
    unit = lead.unit
    quoted = quote(unit)
    if lead.kind == "list":
        intro = unit.text.split(unit.items[0])[0].strip() if unit.items else ""
        return clause_of(intro or quoted, q=q, idf=idf, grow_to=MAX_CLAUSE)
    if lead.kind in ("span", "article"):
        at = quoted.find(lead.text) if lead.kind == "span" else -1
        return clause_of(quoted, at, at + len(lead.text) if at >= 0 else -1, q=q, idf=idf, grow_to=MAX_CLAUSE)
    return ""


def render(q: Question, lead: Lead, cite: str, idf: dict[str, float]) -> str:
    """The answer text: the lead with its citation, then the supporting sentence (unless the lead is it)."""
    support = support_of(q, lead, idf)
    if flat(support) == flat(lead.text):
        support = ""
    if q.lang == "ko":
        return f"{lead.text} {cite}" + (f"\n근거: “{support}” {cite}" if support else "")
    if lead.kind == "clause":
        return f"According to the documents (quoted in Korean): “{lead.text}” {cite}"
    return f"{lead.text} {cite}" + (f"\nSource (quoted in Korean): “{support}” {cite}" if support else "")


def answer_extractive(q: Question, hits: list[Hit], idf: dict[str, float], around: Neighbours | None = None,
                      reader=None) -> Extract:
    """`around` gives a chunk's neighbours in its document, so units are read in their outline; `reader`:
    the span reader (None: answers lead with the best clause)."""
    units = score_units(q, hits, idf, around)
    if not units:
        return Extract(q, (), (), "", ())
    lead = choose_lead(q, units, idf, short_names(hits), reader)
    chosen = select_units(q, units, lead.unit, idf)
    citations: list[Citation] = []
    for hit in lead.unit.hits:
        citations.append(Citation.from_hit(len(citations) + 1, hit))
    cite = "".join(f"[{c.n}]" for c in citations)
    text = render(q, lead, cite, idf)
    second = second_part(q, chosen, idf) if lead.kind == "clause" else None
    if second is not None:  # the other part of the question, from another passage or sentence
        mark = _cite(second, citations)
        clause = clause_of(quote(second), q=q, idf=idf, grow_to=MAX_CLAUSE)
        text += f"\n{clause} {mark}" if q.lang == "ko" else f"\n“{clause}” {mark}"
    extra, conflicts = find_conflicts(q, [lead.unit], units, tuple(citations))
    citations += [c for c in extra if c.n > len(citations)]
    if conflicts:
        text += "\n" + conflict_sentence(q, conflicts, tuple(citations))
    return Extract(q, tuple(chosen), tuple(citations), text, conflicts, lead)


def _cite(unit: Unit, citations: list[Citation]) -> str:
    """The [n] marks of a unit's passages, adding citations for passages not cited yet."""
    numbers = {c.doc_id + c.text: c.n for c in citations}
    marks = []
    for hit in unit.hits:
        key = hit.chunk.doc_id + hit.chunk.text
        if key not in numbers:
            citations.append(Citation.from_hit(len(citations) + 1, hit))
            numbers[key] = len(citations)
        marks.append(f"[{numbers[key]}]")
    return "".join(marks)


def short_names(hits: list[Hit]) -> dict[str, str]:
    """Each retrieved law's short name, its decree and rule named after the act's alias ("스마트도시법 시행령")."""
    titles = {h.doc.doc_id: h.doc.title for h in hits if h.doc.doc_type == "law"}
    names = {d: law_name(t) for d, t in titles.items()}
    bases = {d: ALIAS.sub("", t).strip() for d, t in titles.items()}
    for d, base in bases.items():
        for other, other_base in bases.items():
            alias = ALIAS.findall(titles[other])
            if d != other and alias and base.startswith(other_base) and base != other_base:
                names[d] = alias[0] + base[len(other_base):]
    return names
