"""What a question asks: its language, the kind of answer it wants (a count, an amount, a date, a list ...),
its content terms and the specific names and figures an answer must be about.

English questions reach the Korean corpus through the domain glossary of `kb.translate` (corpus-checked,
kb/glossary_en_ko.tsv); the names among its entries (kind org or place) give the accepted Korean spellings
of an English name ("Hue" → 후에시).
"""
from __future__ import annotations

import enum
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kb import translate
from kb.tokenize import bigram_tokens


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


NUMERIC = (QType.COUNT, QType.AMOUNT, QType.DATE)
# Cues in the question, in order of precedence (the first match is the primary type).
# A noun cue ("규모", "기한") types the question only as the thing asked for, right before the question's
# end or its interrogative ("사업비 규모는 얼마?", "기한은?"), not inside another word or phrase ("제기한
# 학문은?", "최대 규모로 진행된 …의 슬로건은?", "임기 중").
_ASKED = r"(?=(은|는|이|가|을|를)?\s*(총\s*)?(얼마|몇|어느\s*정도|어떻게\s*되|언제|\?|$))"
_QCUES: tuple[tuple[QType, str], ...] = (
    (QType.DATE, r"며칠|몇\s*(년|개월|월|일)|\bhow (many (days|months|years)|long|often)\b"),
    (QType.COUNT, r"몇\s*(개|건|명|곳|번|회|인(?!칭)|개국|가지|차례)|\bhow many\b|\bnumber of\b"
                  r"|[가-힣]\s*수(는|가)\s*(총\s*)?(얼마|몇)"),  # "사망자 수는 얼마인가": a count
    (QType.AMOUNT, r"얼마|(규모|예산|사업비|금액|비용|면적|비중|출자비율)" + _ASKED + r"|몇\s*%"
                   r"|\b(how much|budget|how large|amount|fund(ing|ed)?|rate|fines?|costs?)\b"),
    (QType.DATE, r"언제(?!나|든)|(기간|시기|일정|임기|기한|주기)" + _ASKED + r"|(년|월|일|주|시간)\s*마다"
                 r"|\b(when|period|timeline|deadline|since)\b"),
    (QType.WHO, r"누가|누구|기관|기업|소속|수행|위원장|\bwho\b|\bwhich (\w+ )?(firms?|compan(y|ies)|body|bodies|organi[sz]ations?|agenc(y|ies)|ministry|ministries)\b"),
    (QType.WHERE, r"어디|어느\s*(지역|도시|나라|국가|곳)|\bwhere\b|\bwhich (\w+ )?(regions?|cit(y|ies)|countr(y|ies))\b"),
    (QType.BASIS, r"근거|법적|\blegal basis\b|\bon what basis\b|\bunder which\b"),
    (QType.DEFINITION, r"정의|뜻|란\s*무엇|이란|\bdefin(e|ed|ition)\b|\bwhat is meant\b"),
    (QType.LIST, r"무엇|어떤|어느|꼽아|열거|종류|유형|분야|각각|모두|\bwhat\b|\bwhich\b"),
    (QType.YESNO, r"(수\s*있나요|인가요|습니까|나요)\?*$|^(is|are|does|do|can|must)\b"),
)
_QCUE_RE = tuple((t, re.compile(p, re.I)) for t, p in _QCUES)

# Question words that say what kind of answer is wanted, not what it is about.
FORM_WORDS = re.compile(
    r"몇\s*개국|몇\s*개|몇\s*건|몇\s*명|몇\s*곳|몇\s*번|얼마나|얼마|어떻게|어떤|무엇인가요|무엇|누구|언제|어디|어느"
    r"|되나요|인가요|있나요|하나요|했나요|됐나요|알려\s*주세요|알려주세요|꼽아\s*주세요|설명되나요|나오나요|무엇이고"
    r"|각각|모두|정도|수준|구체적으로|인지|는지|나요|가요|\?")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9]|[A-Z]")
_ARTICLE = re.compile(r"제\s*\d+\s*조(?:의\s*\d+)?|별표\s*\d+")
_HANGUL = re.compile(r"[가-힣]")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-]*(?:['’][A-Za-z]+)?")
_NAME_KINDS = ("org", "place")
_MAX_PHRASE = 6
_VAGUE_NOUNS = {"얼마", "무엇", "사람", "경우", "내용", "정도", "수준", "기준", "사항", "관련", "대상", "모두", "각각"}


@dataclass(frozen=True)
class Question:
    """What the answerer and the abstention rule need to know about a question."""

    text: str
    lang: str  # "ko" or "en"
    qtypes: tuple[QType, ...]
    terms: frozenset[str]  # content bigrams and tokens (Korean, plus the glossary's Korean for English)
    numbers: tuple[str, ...]  # years and figures the question names
    names: tuple[tuple[str, ...], ...]  # specific terms, each with its accepted spellings
    nouns: tuple[str, ...] = ()  # common nouns (Kiwi NNG) of a Korean question, for the support check

    @property
    def qtype(self) -> QType:
        return self.qtypes[0]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def language_of(text: str) -> str:
    """"en" or "ko": the rule search uses to translate a question (kb.translate.is_english)."""
    return "en" if translate.is_english(text) else "ko"


def analyze(text: str, idf: dict[str, float] | None = None) -> Question:
    text = nfc(text).strip()
    lang = language_of(text)
    qtypes = tuple(dict.fromkeys(t for t, rx in _QCUE_RE if rx.search(text))) or (QType.OTHER,)
    content = FORM_WORDS.sub(" ", text)
    korean = content if lang == "ko" else translate.translate_query(content)
    terms = set(bigram_tokens(korean))
    if lang == "ko":
        terms |= {t for t in bigram_tokens(content) if not _HANGUL.match(t)}
    numbers = tuple(dict.fromkeys(n.replace(",", "") for n in _NUMBER.findall(content)))
    terms |= set(numbers)
    names, nouns = _names(text, lang, numbers), ()
    # A name the corpus uses often (클락, 세종, ODA) is the topic, not the asked fact: only rare ones must be in
    # the passages (an English name by its Korean spellings; figures and article numbers always count).
    names = tuple(n for n in names if n[0] in numbers or _ARTICLE.fullmatch(n[0]) or _rare(n, lang, idf))
    if lang == "ko":
        proper, nouns = _nouns(text)
        names = tuple(dict.fromkeys(names + tuple((p,) for p in proper if _rare((p,), lang, idf))))
    return Question(text, lang, qtypes, frozenset(terms), numbers, names, nouns)


RARE_IDF = 5.0  # a name whose every bigram is commoner than this in the corpus is one of its topics


def _rare(spellings: tuple[str, ...], lang: str, idf: dict[str, float] | None) -> bool:
    if idf is None:
        return True
    if lang == "en":  # an English name by its Korean spellings (the corpus is Korean)
        spellings = tuple(s for s in spellings if _HANGUL.match(s)) or spellings
    elif _LATIN.fullmatch(spellings[0]) and spellings[0].islower():
        return False  # a lower-case English word glossing a Korean question ("privacy by design") names nothing
    return min(max((idf.get(t, 99.0) for t in bigram_tokens(s)), default=99.0) for s in spellings) >= RARE_IDF


def _no_possessive(text: str) -> str:
    return re.sub(r"(?<=[A-Za-z])['’]s\b", "", text)


_KIWI: list = []
_KIWI_LOCK = threading.Lock()


def preload_kiwi() -> None:
    """Start loading Kiwi in the background (its model takes ~2 s; meanwhile the question is searched)."""
    with _KIWI_LOCK:
        if not _KIWI:
            thread = threading.Thread(target=_load_kiwi, name="kiwi-load", daemon=True)
            _KIWI.append(thread)
            thread.start()


def _load_kiwi() -> None:
    from kiwipiepy import Kiwi

    # without the typo and multi-word dictionaries: ~2 s and 340 MB instead of ~4 s and 530 MB (measured),
    # the same proper and common nouns on the QA set's questions
    _KIWI.append(Kiwi(load_typo_dict=False, load_multi_dict=False))


def _kiwi():
    preload_kiwi()
    _KIWI[0].join()
    return _KIWI[-1]


def _nouns(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Proper nouns (they must appear in the answer's passages) and common nouns of a Korean question."""
    proper, common = [], []
    for t in _kiwi().tokenize(text):
        if t.tag == "NNP" and len(t.form) >= 2:
            proper.append(t.form)
        elif t.tag == "NNG" and len(t.form) >= 2 and t.form not in _VAGUE_NOUNS:
            common.append(t.form)
    return tuple(dict.fromkeys(proper)), tuple(dict.fromkeys(common))


def english_names(text: str) -> list[tuple[str, ...]]:
    """Names (glossary kind org/place) an English text mentions, each with its Korean spellings.

    Longest phrase first, so "New Clark" is one name and not "Clark"; a name must be capitalised ("UN",
    never "un")."""
    words = [(m.group(), m.start()) for m in _EN_WORD.finditer(_no_possessive(text))]
    table, kinds = translate.glossary(), translate.kinds()
    names: list[tuple[str, ...]] = []
    i = 0
    while i < len(words):
        for n in range(min(_MAX_PHRASE, len(words) - i), 0, -1):
            phrase = " ".join(w for w, _ in words[i : i + n])
            key = phrase.lower()
            if key in table:
                if kinds.get(key) in _NAME_KINDS and _looks_like_name(phrase, words[i][1] == 0):
                    names.append(tuple(dict.fromkeys((phrase, *table[key]))))
                i += n - 1
                break
        i += 1
    return names


def _looks_like_name(phrase: str, first: bool) -> bool:
    # a sentence's first word is capitalised anyway: there only an acronym (KCN) is surely a name
    return phrase.isupper() if first else phrase[0].isupper()


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
        table = translate.glossary()
        names += [tuple(dict.fromkeys((w, *table.get(w.lower(), ())))) for w in _LATIN.findall(text) if len(w) > 1]
    else:
        names += english_names(text)
    return tuple(dict.fromkeys(names))


def idf_table(kb) -> dict[str, float]:
    """Bigram IDF over the knowledge base (computed once per chunk list, kb.idf)."""
    from kb.idf import bigram_idf

    return bigram_idf(kb.chunks)


# A count's counter must be the asked thing's: "6개 도시" or "21개의 협력사업" does not count companies.
# A figure as Korean text writes it before its counter or unit: digits, a range ("3-4"), a written multiplier
# ("100만 명", "3-4천년") and "여" for "about" ("700여명", "30여 개").
FIGURE = r"\d[\d,.]*(?:\s*[~∼\-–]\s*\d[\d,.]*)?\s*(?:[십백천만억조]{1,2}\s*)?(?:여\s*)?"
_COUNTRIES = (re.compile(r"\d\s*(?:여\s*)?개국"), re.compile(r"국가|나라|개국|countr", re.I))
_COUNTED_NOUN = re.compile(r"\d\s*(?:여\s*)?개(?:의)?\s*([가-힣]{2,})")
_ANY_COUNT = re.compile(FIGURE + r"(?:개국|개(?!월)(?:의)?\s*[가-힣]{2,}|개(?!월)|건|명|곳|번|회|인|호|대|가지|종류|개소|차)"
                        r"|(?:한|두|세|네|다섯)\s*(?:번|가지|곳|개)")


def holds_asked_count(q: Question, text: str) -> bool:
    """The text gives a count of what the question counts ("13개국" for "몇 개국", not "6개 도시")."""
    return any(_counts_asked(q, m.group(), text[:m.start()]) for m in _ANY_COUNT.finditer(text))


def _counts_asked(q: Question, figure: str, before: str = "") -> bool:
    if _COUNTRIES[0].search(figure):
        return bool(_COUNTRIES[1].search(q.text))
    # the counted thing named before the figure as the question names it: "상을 3개 받고" for "상을 몇 개"
    words = before.split()
    word = words[-1] if words else ""
    if re.fullmatch(r"[가-힣]+(을|를|이|가|은|는)", word) and re.search(rf"(^|\s){word}\s*몇", q.text):
        return True
    noun = _COUNTED_NOUN.search(figure)
    # the counted noun as the question names it (its first bigram suffices); English questions reach the
    # Korean nouns through a glossary that misses many ("districts"), so they are not held to it
    return not noun or q.lang != "ko" or noun.group(1)[:2] in q.terms
