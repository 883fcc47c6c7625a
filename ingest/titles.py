"""A document's title, type and year when no MANIFEST.tsv row names them.

The document's own metadata comes first, but only when the text bears it out: Hancom templates carry
titles from the document they were copied from ("본문내용본문내용", "유류매출인지 운송대행인지 여부" in a
notice about inheritance tax), so a metadata title counts only when its words open the document. Otherwise
the title is the document's title line: the first lines are scored, and labels of the document's kind
("입 법 예 고", "공고 제2021-174호", dates, the issuer, numbered items, sentences) are passed over for the line
that names what it is about ("울산광역시 남구 구세 조례 일부개정조례안"). A PDF title broken over two lines
("… 기본법" / "일부개정법률안") is joined again. The year is the document's own date (a date line, 발의연월일),
never a template's creation date; the type follows from the title's last word (법률안 → law).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.clean import is_table_row, normalize_chars

MAX_TITLE = 100  # characters: a title fills every citation and a table column
_HEAD_LINES = 25  # a title line is among the first lines of the document
_HEAD_CHARS = 3000  # where a metadata title must show up, and where the document's date is looked for

# Words a title ends with, by the type they give; a title's last word says what kind of document it is.
_LAW_END = r"(?:법률안|개정안|조례안|규칙안|법률|법|시행령|시행규칙|조례|규칙|규정|고시|훈령|예규|지침)"
_TYPE_ENDS = (
    ("law", re.compile(_LAW_END + r"(?:\s*\(안\))?(?:\s*(?:입법예고|행정예고|전문|개정문|공포문))?$")),
    ("plan", re.compile(r"(?:계획|전략|로드맵|방안|추진방향|구상|대책)(?:\s*\(안\))?$")),
    ("report", re.compile(r"(?:보고서|연구|백서|동향|분석|리포트|사례집|실태조사)(?:\s*\(안\))?$")),
)
_KCN = re.compile(r"K-?City\s*Network|케이\s*시티\s*네트워크", re.I)
_TITLE_END = re.compile(r"(?:" + _LAW_END + r"|계획|전략|방안|보고서|연구|백서|표준|가이드라인|매뉴얼|안내|공고|입법예고"
                        r"|지침|현황|결과|여부|사업|선정|모집|제안서|과업지시서|요청서)$")
# Lines that say what kind of paper this is, not what it is about.
_KIND_LABEL = re.compile(r"(?:입법예고|행정예고|공고|고시|공문|보도자료|보도참고자료|알림|안내|별지|별표\s*\d*"
                         r"|제안이유\s*및\s*주요내용|목\s*차|차\s*례|요\s*약|순\s*서"
                         r"|(?i:abstract|summary|contents|table of contents|executive summary))$")
_NOTICE_NO = re.compile(r"(?:공고|고시|훈령|예규|공문|의안)\s*(?:번호|제)?\s*[:：]?\s*(?:제\s*)?[\d\-–]+\s*호?$")
_TITLE_LABEL = re.compile(r"^\[?\s*(?:제\s*목|건\s*명|과\s*제\s*명|사\s*업\s*명|title)\s*\]?\s*[:：]?\s*(.*)$", re.I)
_ISSUER = re.compile(r"(?:장관|청장|시장|군수|구청장|도지사|지사|위원장|원장|사장|의원\(\d+인\)|의장|대표발의\)?)$")
_SENTENCE = re.compile(r"(?:[다요음함임됨]\s*[.。]?|[.!])$")  # a question can be a title ("… 어떻게 해결할 것인가?")
_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[.)]|[가-하]\s*[.)]|[Ⅰ-Ⅻ]\s*[.)]?|[①-⑳]|[-–•∙·○□■▶◦※*△▲]|ㅇ\s|\(\d+\)|제\s*\d+\s*[장절])\s*")
_PAGE_NO = re.compile(r"^[-–\s]*\d{1,4}[-–\s]*$|^\d+\s*/\s*\d+$")
_SPACED = re.compile(r"^(?:[가-힣]\s+){2,}[가-힣]$")  # "입 법 예 고"
_PLACEHOLDER = re.compile(r"^(?:제목\s*없음|untitled|document\d*|문서\d*|새\s*문서|microsoft word\b.*|.*\.(?:hwpx?|docx?|pdf))$",
                          re.I)
_DATE = re.compile(r"((?:19|20)\d{2})\s*(?:년\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?|[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2}))")
_DATE_LABEL = re.compile(r"(?:발의연월일|제안일자|작성일|공고일|시행일|발행일|발간일|작성일자|일\s*자|일\s*시)\s*[:：]?\s*$")


@dataclass(frozen=True)
class Inferred:
    title: str | None
    doc_type: str  # a DocType value
    year: int | None


def infer(text: str, meta: dict) -> Inferred:
    """Title, type and year from a loaded document's text and its loader's `meta`.

    `meta` may hold `title` (the file's own title property), `outline` (top-level PDF bookmarks),
    `first_lines` (a PDF's first page as laid out, before line breaks are rejoined) and `created_year`."""
    head = text[:_HEAD_CHARS]
    lines = [normalize_chars(line).strip().lstrip("#").strip() for line in (meta.get("first_lines") or text.split("\n"))]
    title = _from_metadata(meta, head) or title_line(lines[:_HEAD_LINES], laid_out=bool(meta.get("first_lines")))
    title = shorten(title) if title else None
    return Inferred(title, doc_type_of(title or "", head), document_year(head) or meta.get("created_year"))


def _from_metadata(meta: dict, head: str) -> str | None:
    candidates = [meta.get("title")] + list(meta.get("outline") or [])[:1]
    for raw in candidates:
        title = re.sub(r"\s+", " ", normalize_chars(str(raw or ""))).strip(" \x00")
        if _plausible(title) and _squeezed(title) in _squeezed(head):
            return title
    return None


def _plausible(title: str) -> bool:
    return (4 <= len(title) <= 200 and not _PLACEHOLDER.match(title) and re.search(r"[가-힣A-Za-z]{2}", title)
            is not None and not _KIND_LABEL.fullmatch(_unspaced(title)))


def _squeezed(text: str) -> str:
    return re.sub(r"[\s□■○◦∙·ㆍ•\-–]+", "", text)


def _unspaced(line: str) -> str:
    return line.replace(" ", "") if _SPACED.match(line) else line


def title_line(lines: list[str], laid_out: bool = False) -> str | None:
    """The line among the document's first lines that is its title (None when none looks like one).
    `laid_out`: the lines are as on a page (PDF, text extracted from one), so paragraphs are wrapped."""
    label = None
    best, best_score = None, 0.0
    wrapped = _wrap_width(lines) if laid_out else None
    for i, raw in enumerate(lines):
        line = _unspaced(raw.strip())
        labelled = _TITLE_LABEL.match(line)
        if labelled:  # "[ 제 목 ]" then the title, or "제목: …" on one line
            rest = labelled.group(1).strip() or _next_text(lines, i)
            if rest and _score(rest, i) > 0:
                return rest
            continue
        if label is None and i < 3 and _KIND_LABEL.fullmatch(line.replace(" ", "")):
            label = line.replace(" ", "")
        if best and _ends_title_block(line):
            break  # the title comes before the body's first heading, item or sentence
        score = 0.0 if wrapped and _in_paragraph(lines, i, wrapped) else _score(line, i)
        if score > best_score:
            best, best_score = _joined(line, lines, i), score
    if best and label and label not in best.replace(" ", "") and label in ("입법예고", "행정예고"):
        best = f"{best} {label}"  # "… 일부개정조례안" under the heading "입 법 예 고"
    return best


def _wrap_width(lines: list[str]) -> int | None:
    """The length from which a line is a piece of a paragraph wrapped at the page's width (text as laid out:
    a PDF page); None when too few long lines say the text is wrapped."""
    widths = sorted(len(ln.strip()) for ln in lines if len(ln.strip()) >= 20)
    if len(widths) < 5:
        return None
    return int(0.85 * widths[len(widths) // 2])  # the median long line: a footnote or table row may be wider


def _in_paragraph(lines: list[str], i: int, wrapped: int) -> bool:
    """Whether line i is part of a wrapped paragraph: as wide as the page, or after such a line (its tail),
    or most of the width and followed by one (its head)."""
    prev = next((ln.strip() for ln in reversed(lines[:i]) if ln.strip()), "")
    following = next((ln.strip() for ln in lines[i + 1:] if ln.strip()), "")
    width = len(lines[i].strip())
    return width >= wrapped or len(prev) >= wrapped or (width >= 0.7 * wrapped and len(following) >= wrapped)


def _ends_title_block(line: str) -> bool:
    bare = line.replace(" ", "")
    return bool(_KIND_LABEL.fullmatch(bare) or _ITEM.match(line) or (_SENTENCE.search(line) and len(line) > 30))


def _next_text(lines: list[str], i: int) -> str:
    return next((ln.strip() for ln in lines[i + 1:i + 3] if ln.strip()), "")


def _score(line: str, position: int) -> float:
    """How much a line looks like the title: 0 for lines that cannot be one."""
    bare = line.strip(" []【】")
    if (len(bare) < 4 or len(bare) > 160 or is_table_row(line) or _PAGE_NO.match(bare) or _ITEM.match(line)
            or _NOTICE_NO.search(bare) or _KIND_LABEL.fullmatch(bare.replace(" ", "")) or _ISSUER.search(bare)
            or bare.startswith(("(", "「", "<", "※")) or not re.search(r"[가-힣A-Za-z]{2}", bare)):
        return 0.0
    if (_DATE.fullmatch(re.sub(r"\s*\(.\)\s*|\.$", "", bare)) or (_SENTENCE.search(bare) and len(bare) > 30)
            or re.search(r"다\.?$", bare)
            or re.search(r"[다음함임됨]\.\s", bare)):  # a sentence ends inside: body text
        return 0.0
    score = 1.0 + (2.0 if _TITLE_END.search(re.sub(r"\s*\([^)]*\)$", "", bare)) else 0.0)
    score += min(len(bare), 40) / 40  # a few words beat a lone word
    return score - position * 0.15


def _joined(line: str, lines: list[str], i: int) -> str:
    """A title broken before its last word ("… 기본법" / "일부개정법률안") joined again."""
    following = next((ln.strip() for ln in lines[i + 1:i + 2]), "")
    if following and len(following) <= 20 and " " not in following and re.fullmatch(
            r"(?:일부|전부)?(?:개정)?" + _LAW_END + r"(?:\(안\))?|\(안\)", following):
        return f"{line} {following}"
    return line


def shorten(title: str, limit: int = MAX_TITLE) -> str:
    """At most `limit` characters, cut at a word boundary with an ellipsis."""
    title = re.sub(r"\s+", " ", title).strip()
    if len(title) <= limit:
        return title
    cut = title[:limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[:cut.rfind(" ")]
    return cut.rstrip(" ,·:;-") + "…"


def doc_type_of(title: str, head: str = "") -> str:
    """plan / law / kcn / report / unknown from the title's last word (K-City Network anywhere in the title)."""
    if _KCN.search(title):
        return "kcn"
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", title.strip())
    for doc_type, pattern in _TYPE_ENDS:
        if pattern.search(bare):
            return doc_type
    return "unknown"


def document_year(head: str) -> int | None:
    """The year of the document's own date: a line that is only a date, else a labelled one, else the first."""
    lines = [ln.strip() for ln in head.split("\n")]
    for line in lines:
        m = _DATE.match(line)
        if m and len(line) <= m.end() + 6 and _full_date(m):
            return int(m.group(1))
    for line in lines:
        for m in _DATE.finditer(line):
            if _DATE_LABEL.search(line[:m.start()]) and _full_date(m):
                return int(m.group(1))
    m = next((m for m in _DATE.finditer(head) if _full_date(m)), None)
    return int(m.group(1)) if m else None


def _full_date(m: re.Match) -> bool:
    month = m.group(2) or m.group(4)
    return month is not None and 1 <= int(month) <= 12
