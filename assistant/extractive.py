"""The default answerer, without an LLM: pick the sentences and table rows that answer the question.

Each retrieved chunk is cut into units (lines, which are sentences or " | " table rows in our loaders'
output; long lines are cut again at sentence ends). A unit scores by the IDF-weighted Korean bigrams it
shares with the question, the question's numbers and names it repeats, figures of the kind the question
asks for (a count, an amount, a date ...) and the rank of its chunk. The best 1–4 units are quoted
verbatim with numbered citations, so figures stay exactly as the source writes them. English questions
reach the Korean text through a small glossary and get an English frame around the Korean quotes.
"""
from __future__ import annotations

import enum
import itertools
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from assistant.conflicts import conflict_sentence, find_conflicts
from assistant.records import Citation, Conflict
from kb.records import Hit
from kb.tokenize import bigram_tokens
from kb.translate import translate_query

MAX_UNITS = 4
MAX_UNIT_CHARS = 320
SCAN_HITS = 10


class QType(str, enum.Enum):
    COUNT = "count"
    AMOUNT = "amount"
    DATE = "date"
    LIST = "list"
    DEFINITION = "definition"
    WHO = "who"
    WHERE = "where"
    YESNO = "yesno"
    BASIS = "basis"
    OTHER = "other"


# Cues in the question, in order of precedence (the first match is the primary type).
_QCUES: tuple[tuple[QType, str], ...] = (
    (QType.DATE, r"며칠|몇\s*(년|개월|월|일)|\bhow (many (days|months|years)|long|often)\b"),
    (QType.COUNT, r"몇\s*(개|건|명|곳|번|회|인|개국|가지|차례)|\bhow many\b|\bnumber of\b"),
    (QType.AMOUNT, r"얼마|규모|예산|사업비|금액|비용|면적|비중|몇\s*%|출자비율"
                   r"|\b(how much|budget|how large|amount|fund(ing|ed)?|rate|fines?|costs?)\b"),
    (QType.DATE, r"언제|기간|시기|일정|임기|기한|주기|마다|\b(when|period|timeline|deadline|since)\b"),
    (QType.WHO, r"누가|누구|기관|기업|소속|수행|위원장|\bwho\b|\bwhich (firm|company|body|bodies|organi[sz]ation|agency)\b"),
    (QType.WHERE, r"어디|어느\s*(지역|도시|나라|국가|곳)|\bwhere\b|\bwhich (region|city|country)\b"),
    (QType.BASIS, r"근거|법적|\blegal basis\b|\bon what basis\b|\bunder which\b"),
    (QType.DEFINITION, r"정의|뜻|란\s*무엇|이란|\bdefin(e|ed|ition)\b|\bwhat is meant\b"),
    (QType.LIST, r"무엇|어떤|어느|꼽아|열거|종류|유형|분야|각각|모두|\bwhat\b|\bwhich\b"),
    (QType.YESNO, r"(수\s*있나요|인가요|습니까|나요)\?*$|^(is|are|does|do|can|must)\b"),
)
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
_NUMERIC = (QType.COUNT, QType.AMOUNT, QType.DATE)
_QCUE_RE = tuple((t, re.compile(p, re.I)) for t, p in _QCUES)

# Question words that say what kind of answer is wanted, not what it is about.
_FORM_WORDS = re.compile(
    r"몇\s*개국|몇\s*개|몇\s*건|몇\s*명|몇\s*곳|몇\s*번|얼마나|얼마|어떻게|어떤|무엇인가요|무엇|누구|언제|어디|어느"
    r"|되나요|인가요|있나요|하나요|했나요|됐나요|알려\s*주세요|알려주세요|꼽아\s*주세요|설명되나요|나오나요|무엇이고"
    r"|각각|모두|정도|수준|구체적으로|인지|는지|나요|가요|\?")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9]|[A-Z]")
_ARTICLE = re.compile(r"제\s*\d+\s*조(?:의\s*\d+)?|별표\s*\d+")
_BULLET = re.compile(r"^\s*(?:[∙•·◦○●◯▪■□\-–*]|n\s|\d+\)|[①-⑳])\s*")
_SENT_END = re.compile(r"(?<=[다음함임됨])\.?\s+(?=\S)|(?<=\.)\s+(?=[가-힣A-Z∙\-])")
_HANGUL = re.compile(r"[가-힣]")
_LIST_INTRO = re.compile(r"다음\s*각\s*호|다음과\s*같다|다음의\s*(?:어느|사항|것)")
_NOISE = re.compile(r"https?://|^\S{2,12}\.\s*\d{4}[a-z]?\.\s|^\.\s|\d{4}[a-z]?\.\s*[「｢<]|^\s*(출처|자료)\s*:|검색\)|홈페이지\.|^\s*\d+\)\s*\S+.*(공고|검색|보고서)|^\s*[<\[]?\s*(표|그림)\s*\d+[>\]]?[^.]{0,40}$")
_LIST_ITEM = re.compile(r"^\d+\.\s|^[가-하]\.\s")

# English words → the Korean the sources use. Names are transliterations as the documents spell them.
GLOSSARY: dict[str, str] = {
    "application": "신청", "applications": "신청", "applied": "신청", "countries": "개국 국가", "country": "국가",
    "budget": "예산 사업비", "funding": "지원 예산", "fund": "지원 예산", "granted": "지원", "spend": "예산",
    "project": "사업", "projects": "사업", "programme": "사업", "program": "사업", "city": "도시", "cities": "도시",
    "local governments": "지자체", "local government": "지자체", "surveyed": "조사 설문", "master plan": "마스터플랜 기본계획",
    "comprehensive plan": "종합계획", "pilot city": "시범도시", "pilot cities": "시범도시", "pilot": "시범",
    "demonstration": "실증", "overseas": "해외", "solution": "솔루션", "urban regeneration": "도시재생",
    "revitalization": "활성화", "households": "호 세대", "area": "면적", "population": "인구", "districts": "구역",
    "located": "위치", "implementer": "시행자", "implementing": "시행", "committee": "위원회", "vice-chairs": "부위원장",
    "chairs": "위원장", "chair": "위원장", "members": "위원", "quorum": "재적위원 과반수", "voting": "의결 찬성",
    "fines": "과태료", "fine": "과태료", "insurance": "보험", "liability": "책임보험", "certification": "인증",
    "death": "사망", "injury": "부상", "property": "재산", "objection": "이의신청", "forms": "서식", "form": "서식",
    "enforcement decree": "시행령", "enforcement rule": "시행규칙", "smart city act": "스마트도시법 스마트도시",
    "urban regeneration act": "도시재생 특별법", "article": "조", "grant": "무상", "loan": "유상 차관",
    "electric vehicles": "전기차", "chargers": "충전기", "urbanization": "도시화율", "rate": "율",
    "special committee": "특별위원회", "performance evaluation": "성과평가", "days": "일", "months": "개월",
    "every": "마다", "often": "마다 주기 단위", "establish": "수립", "types": "유형", "type": "유형", "phase": "단계",
    "services": "서비스", "facility": "시설", "infrastructure": "기반시설 인프라", "information and communications": "정보통신",
    "legal basis": "근거 법률", "policy basis": "근거 국정과제", "smart grid": "스마트그리드", "table": "표",
    "ministry": "부", "firm": "기업 회사", "prepared": "수립 작성", "freeport zone": "자유무역지대 경제자유구역",
    "relative to": "거리", "located relative": "떨어진", "exhibited": "전시", "results": "성과 결과",
    "classify": "구분 분류", "urban development": "도시개발", "technical cooperation": "기술협력",
    "cooperation": "협력", "since": "부터", "award": "지원 상금", "timeline": "일정", "bottom-up": "지자체 제안",
    "annually": "매년 연간", "each year": "매년 연간", "typical": "평균", "cultural": "문화관광", "tourism": "관광",
    "achievement": "성과 만족도", "score": "점수", "invested": "투자", "total": "총",
    "molit": "국토교통부 국토부", "msip": "미래창조과학부 미래부", "koica": "한국국제협력단 KOICA", "krihs": "국토연구원",
    "un": "UN", "us dot": "교통부", "dot": "교통부", "cdc": "CDC 클락개발공사", "clark": "클락", "philippines": "필리핀",
    "new clark": "뉴클락 New Clark", "manila": "마닐라", "vietnam": "베트남", "hue": "후에", "busan": "부산",
    "eco delta city": "에코델타시티", "sejong": "세종", "singapore": "싱가포르", "smart nation": "스마트네이션",
    "barcelona": "바르셀로나", "milan": "밀라노", "birmingham": "버밍엄", "kuala lumpur": "쿠알라룸푸르",
    "lima": "리마", "peru": "페루", "jakarta": "자카르타", "indonesia": "인도네시아", "masdar": "마스다르",
    "columbus": "콜럼버스 콜롬버스", "jeju": "제주", "incheon": "인천", "songdo": "송도", "daegu": "대구", "korea": "한국 우리나라",
    "uk": "영국", "italy": "이탈리아", "thailand": "태국", "malaysia": "말레이시아", "ghana": "가나",
    "k-city network": "K-City 네트워크 KCN", "kcn": "KCN K-City", "wsce": "WSCE 월드스마트시티엑스포",
    "u-city": "U-City 유시티", "ipa": "IPA", "innovation-space": "혁신공간", "innovation space": "혁신공간",
    "odA": "ODA",
}
_PROPER = set(list(GLOSSARY)[list(GLOSSARY).index("molit"):])  # names, not common words
_GLOSS_RE = re.compile(r"\b(" + "|".join(sorted((re.escape(k) for k in GLOSSARY), key=len, reverse=True)) + r")\b", re.I)


@dataclass(frozen=True)
class Question:
    """What the answerer and the abstention rule need to know about a question."""

    text: str
    lang: str  # "ko" or "en"
    qtypes: tuple[QType, ...]
    terms: frozenset[str]  # content bigrams and tokens (Korean, plus glossary Korean for English)
    numbers: tuple[str, ...]  # years and figures the question names
    names: tuple[tuple[str, ...], ...]  # specific terms, each with its accepted spellings
    nouns: tuple[str, ...] = ()  # common nouns (Kiwi NNG) of a Korean question, for the support check

    @property
    def qtype(self) -> QType:
        return self.qtypes[0]


@dataclass(frozen=True)
class Unit:
    text: str
    hit: Hit
    position: int
    score: float
    coverage: float  # IDF-weighted share of the question's terms found in the unit or its section heading
    shaped: bool  # holds a figure of the kind the question asks for


@dataclass(frozen=True)
class Extract:
    """The extractive answer before abstention: chosen units, their citations, and the text."""

    question: Question
    units: tuple[Unit, ...]
    citations: tuple[Citation, ...]
    text: str
    conflicts: tuple[Conflict, ...]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def language_of(text: str) -> str:
    hangul = len(_HANGUL.findall(text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "ko" if hangul >= max(2, latin // 4) else "en"


def gloss(text: str) -> str:
    """The Korean words for the English terms of `text` (empty when none are known)."""
    return " ".join(dict.fromkeys(GLOSSARY[m.group(1).lower()] if m.group(1).lower() in GLOSSARY
                                  else GLOSSARY.get(m.group(1), "") for m in _GLOSS_RE.finditer(text)))


def analyze(text: str, idf: dict[str, float] | None = None) -> Question:
    text = nfc(text).strip()
    lang = language_of(text)
    qtypes = tuple(dict.fromkeys(t for t, rx in _QCUE_RE if rx.search(text))) or (QType.OTHER,)
    content = _FORM_WORDS.sub(" ", text)
    korean = content if lang == "ko" else f"{gloss(content)} {translate_query(content)}"
    terms = set(bigram_tokens(korean))
    if lang == "ko":
        terms |= {t for t in bigram_tokens(content) if not _HANGUL.match(t)}
    numbers = tuple(dict.fromkeys(n.replace(",", "") for n in _NUMBER.findall(content)))
    terms |= set(numbers)
    names, nouns = _names(text, lang, numbers), ()
    if lang == "ko":
        proper, nouns = _nouns(text)
        # A proper noun the corpus uses often (클락, 세종) is the topic, not the asked fact: only rare ones count.
        rare = [p for p in proper if idf is None or max((idf.get(t, 99.0) for t in bigram_tokens(p)), default=99.0) >= 5.0]
        names = tuple(dict.fromkeys(names + tuple((p,) for p in rare)))
    return Question(text, lang, qtypes, frozenset(terms), numbers, names, nouns)


@lru_cache(maxsize=1)
def _kiwi():
    from kiwipiepy import Kiwi

    return Kiwi()


_VAGUE_NOUNS = {"얼마", "무엇", "사람", "경우", "내용", "정도", "수준", "기준", "사항", "관련", "대상", "모두", "각각"}


def _nouns(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Proper nouns (they must appear in the answer's passages) and common nouns of a Korean question."""
    proper, common = [], []
    for t in _kiwi().tokenize(text):
        if t.tag == "NNP" and len(t.form) >= 2:
            proper.append(t.form)
        elif t.tag == "NNG" and len(t.form) >= 2 and t.form not in _VAGUE_NOUNS:
            common.append(t.form)
    return tuple(dict.fromkeys(proper)), tuple(dict.fromkeys(common))


def _names(text: str, lang: str, numbers: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The question's specific terms (years, figures, articles, names) with the spellings that count."""
    names: list[tuple[str, ...]] = []
    for n in numbers:
        if re.fullmatch(r"(19|20)\d\d", n):
            yy = n[2:]
            names.append((n, f"’{yy}", f"‘{yy}", f"'{yy}", f"{yy}년"))
        elif len(n) >= 2 or lang == "en":
            names.append((n,))
    names += [(m.group().replace(" ", ""),) for m in _ARTICLE.finditer(text)]
    if lang == "ko":
        names += [(w, *GLOSSARY.get(w.lower(), "").split()) for w in _LATIN.findall(text) if len(w) > 1]
        return tuple(dict.fromkeys(names))
    for m in _GLOSS_RE.finditer(text):
        word = m.group(1)
        if word[0].isupper() and m.start() > 0 and word.lower() in _PROPER:
            names.append((word, *GLOSSARY[word.lower()].split()))
    return tuple(dict.fromkeys(names))


@lru_cache(maxsize=8)
def _idf_table(chunk_texts: tuple[str, ...]) -> dict[str, float]:
    df: dict[str, int] = {}
    for text in chunk_texts:
        for t in set(bigram_tokens(text)):
            df[t] = df.get(t, 0) + 1
    n = len(chunk_texts) or 1
    return {t: math.log(1 + n / c) for t, c in df.items()}


def idf_table(kb) -> dict[str, float]:
    """Bigram IDF over the knowledge base, computed once per base (keyed by its chunk texts)."""
    key = getattr(kb, "_qa_idf_key", None)
    if key is None:
        key = tuple(c.index_text for c in kb.chunks)
        try:
            kb._qa_idf_key = key  # why: hashing 800 texts per question would cost more than the answer
        except AttributeError:
            pass
    return _idf_table(key)


def split_units(text: str) -> list[str]:
    """Lines, long lines cut at sentence ends; a law sentence announcing "다음 각 호" also gives one unit
    with its items, and a line ending in a comma continues on the next one."""
    lines: list[str] = []
    for ln in (ln.strip() for ln in text.splitlines()):
        if ln and lines and lines[-1].endswith((",", "·", "ㆍ")):
            lines[-1] = f"{lines[-1]} {ln}"
        elif ln:
            lines.append(ln)
    units: list[str] = []
    for i, line in enumerate(lines):
        if _LIST_INTRO.search(line):
            items = list(itertools.takewhile(lambda ln: bool(_LIST_ITEM.match(ln)), lines[i + 1 : i + 13]))
            if items:
                units.append(" ".join([line, *items]))
        if " | " in line or len(line) <= MAX_UNIT_CHARS:
            units.append(line)
            continue
        units.extend(_cut(part) for part in _SENT_END.split(line) if part.strip())
    return [u for u in units if len(u) > 3]


def _cut(part: str) -> str:
    return part.strip() if len(part) <= MAX_UNIT_CHARS * 2 else part.strip()[: MAX_UNIT_CHARS * 2]


def _weight(terms, idf: dict[str, float]) -> float:
    # Terms the corpus never uses (verb endings, cross-word bigrams) cannot be matched: they weigh nothing.
    return sum(idf.get(t, 0.0) for t in terms)


def score_units(q: Question, hits: list[Hit], idf: dict[str, float]) -> list[Unit]:
    total = _weight(q.terms, idf) or 1.0
    units = []
    for hit in hits[:SCAN_HITS]:
        heading = set(bigram_tokens(" ".join(hit.chunk.section_path) or hit.chunk.section))
        around = heading | set(bigram_tokens(hit.chunk.text))
        for pos, text in enumerate(split_units(hit.chunk.text)):
            if _NOISE.search(text):  # references, sources, bare captions: never an answer
                continue
            if len(text) > MAX_UNIT_CHARS and not _LIST_INTRO.search(text):
                text = best_window(text, q, idf)
            header = table_header(hit.chunk.text, text)
            toks = set(bigram_tokens(text))
            if header:  # a table row is read with its header and its table's title
                toks |= set(bigram_tokens(header)) | heading
            own = _weight(q.terms & toks, idf) / total
            ctx = _weight((q.terms & around) - toks, idf) / total
            coverage = min(1.0, own + 0.5 * ctx)
            shaped = any(_SHAPE_RE[t].search(text) for t in q.qtypes if t in _SHAPE_RE)
            read_as = f"{' '.join(hit.chunk.section_path)} {header} {text}" if header else text
            score = own + 0.3 * ctx + 0.3 * _number_share(q, read_as) + 0.15 / hit.rank + _form_bonus(q, text)
            score += (0.25 if q.qtype in _NUMERIC else 0.1) if shaped else 0.0
            score -= 0.15 if len(text) < 40 and " | " not in text else 0.0
            units.append(Unit(text, hit, pos, score, coverage, shaped))
    units.sort(key=lambda u: -u.score)
    return units


def table_header(chunk_text: str, row: str) -> str | None:
    """The header row of the table `row` belongs to, when the chunk holds it and the cells line up."""
    if " | " not in row:
        return None
    lines = [ln.strip() for ln in chunk_text.splitlines()]
    try:
        i = lines.index(row.strip())
    except ValueError:
        return None
    start = i
    while start > 0 and " | " in lines[start - 1]:
        start -= 1
    header = lines[start]
    if start == i or header.count(" | ") != row.count(" | "):
        return None
    return header


def with_header(row: str, header: str | None) -> str:
    """ "이탈리아(밀라노) | 폐기물 관리" → "해외국가(도시): 이탈리아(밀라노) · 솔루션: 폐기물 관리" """
    if not header:
        return row
    pairs = zip((h.strip() for h in header.split(" | ")), (c.strip() for c in row.split(" | ")))
    return " · ".join(f"{h}: {c}" if h else c for h, c in pairs)


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
    if QType.LIST in q.qtypes and _LIST_INTRO.search(text) and re.search(r"\s1\.\s", text):
        bonus += 0.15
    return bonus


def best_window(text: str, q: Question, idf: dict[str, float], size: int = 260) -> str:
    """The stretch of a long unit (a mashed table, a long paragraph) that covers most of the question."""
    starts = [0] + [m.end() for m in re.finditer(r"\s+", text) if m.end() < len(text) - size // 2]
    best, best_w = (0, size), -1.0
    last = -100
    for st in starts:
        if st - last < 30:
            continue
        last = st
        end = min(len(text), st + size)
        while end < len(text) and not text[end].isspace():
            end += 1
        w = _weight(q.terms & set(bigram_tokens(text[st:end])), idf)
        if w > best_w:
            best, best_w = (st, end), w
    st, end = best
    return ("… " if st else "") + text[st:end].strip() + (" …" if end < len(text) else "")


def select_units(q: Question, units: list[Unit], idf: dict[str, float]) -> list[Unit]:
    """The best unit, then close runners-up and units that add question terms or asked-for figures."""
    if not units:
        return []
    best = units[0]
    chosen = [best]
    covered = set(bigram_tokens(best.text))
    total = _weight(q.terms, idf) or 1.0
    for u in units[1:]:
        if len(chosen) >= MAX_UNITS or u.score < 0.5 * best.score:
            break
        if any(u.text in c.text or c.text in u.text for c in chosen):
            continue
        toks = set(bigram_tokens(u.text))
        gain = _weight((q.terms & toks) - covered, idf) / total
        if u.score >= 0.85 * best.score or gain >= 0.05 or (u.shaped and q.qtype in _NUMERIC):
            chosen.append(u)
            covered |= toks
    return chosen


def _clean(text: str) -> str:
    text = _BULLET.sub("", text).strip()
    text = re.sub(r"(?<=[다음함임됨])\d{1,2}\)$", "", text)  # footnote marks glued to the sentence end
    return text


def compose(q: Question, chosen: list[Unit], idf: dict[str, float]) -> tuple[str, tuple[Citation, ...], dict[str, int]]:
    numbers: dict[str, int] = {}
    citations: list[Citation] = []
    parts = []
    for u in chosen:
        cid = u.hit.chunk.id
        if cid not in numbers:
            numbers[cid] = len(citations) + 1
            citations.append(Citation.from_hit(numbers[cid], u.hit))
        n = numbers[cid]
        quote = _clean(with_header(u.text, table_header(u.hit.chunk.text, u.text)))
        parts.append(f"{quote} [{n}]" if q.lang == "ko" else f"“{quote}” [{n}]")
    if q.lang == "ko":
        text = " ".join(parts)
    else:
        sources = "; ".join(f"[{c.n}] {c.anchor}" for c in citations)
        text = "According to the documents (quoted in Korean): " + " ".join(parts) + f" — sources: {sources}."
    return text, tuple(citations), numbers


def answer_extractive(q: Question, hits: list[Hit], idf: dict[str, float]) -> Extract:
    units = score_units(q, hits, idf)
    chosen = select_units(q, units, idf)
    text, citations, numbers = compose(q, chosen, idf)
    conflicts: tuple[Conflict, ...] = ()
    if chosen:
        extra, conflicts = find_conflicts(q, chosen, units, citations)
        citations = citations + tuple(c for c in extra if c.n > len(citations))
        if conflicts:
            text += " " + conflict_sentence(q, conflicts, citations)
    return Extract(q, tuple(chosen), citations, text, conflicts)
