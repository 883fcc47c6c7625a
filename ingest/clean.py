"""Korean text cleaning for PDF-extracted and word-processor text.

What it fixes, each seen in the bundled corpus or the fixtures:
- code-point variants: NFC, the four middle-dot look-alikes, private-use bullets, odd spaces;
- vertical running titles, one character per line (WP 22-14 prints its title down the margin);
- page-number lines ("14", "- 9 -") and, where pages are known, running headers/footers;
- lines broken mid-sentence or mid-word by the PDF layout ("U-City 고" / "도화").
List markers (□ ㅇ ∙ - ① 1) 가.), headings, captions and table rows are kept on their own lines.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

MIDDLE_DOTS = "\u318d\u119e\u2027\u00b7\u30fb\uff65\u2024\u22c5"
_DOT_TABLE = {ord(c): "·" for c in MIDDLE_DOTS}
_SPACE_TABLE = {ord(c): " " for c in "\u00a0\u2002\u2003\u2009\u200a\u202f\u205f\u3000"}  # not \t: cells
_ZERO_WIDTH = {ord(c): None for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad"}

_PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:\d{1,3}|[ivxlc]{1,5})[-–—\s]*$", re.IGNORECASE)
_BULLET = r"[□■◇◆○●◎▶▷►▪▫•∙\-–※*ㅇoｏ❍➊-➓①-⑳◈‣⇨☞]"
_BLOCK_START = re.compile(
    rf"""^(?:
        {_BULLET}\s                                  # bullet with a space: "∙ 내용", "- 내용"
      | n\s                                          # the PDF renders the report's square bullet as "n "
      | \(?\d{{1,2}}\)\s                             # 1) (1)
      | \d{{1,2}}\.\s                                # 1.
      | [가나다라마바사아자차카타파하]\.\s | [가나다라마바사아자차카타파하]\)\s | [가나다라마바사아자차카타파하]\s{2,}     # 가. 가) "가  신규개발 단계"
      | \d{1,2}\s{2,}\S                              # "1  도시 성장단계별 ..."
      | [<《〈]\s*\S                                # "< 기본 방향 >", "《 데이터 허브모델 》"
      | [◈‣⇨☞]                                      # strategy-plan markers
      | [①-⑳]                                       # ①
      | [IVX]+\.\s | [ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]\.?\s              # Ⅱ. 글로벌 동향
      | 0\d\s                                        # chapter numbers "02 한국의 ..."
      | \#{{1,6}}\s                                  # Markdown heading
      | (?:표|그림|<표|<그림|\[표|\[그림)\s*\d        # captions
      | (?:출처|자료|주|注)\s*[:：]                   # source notes
      | 제\d+(?:장|절|조)
      | \d+\)\s*\S                                   # footnote "2) 공적개발원조 ..."
    )""",
    re.VERBOSE,
)
_SENTENCE_END = re.compile(r"(?:[.?!。」』”\"’]|있음|없음|[함임됨])$")


def normalize_chars(text: str) -> str:
    """NFC plus the character-level fixes every format needs."""
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_DOT_TABLE).translate(_SPACE_TABLE).translate(_ZERO_WIDTH)
    text = re.sub(r"[\ue000-\uf8ff]\s*", _pua_bullet, text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _pua_bullet(match: re.Match) -> str:
    # Private-use glyphs in Hancom output are almost always bullets; keep a marker so the block survives.
    return "∙ "


def drop_vertical_titles(lines: list[str], min_run: int = 6) -> list[str]:
    """Remove runs of >= min_run non-blank lines of at most two characters (text set vertically)."""
    keep = [True] * len(lines)
    run: list[int] = []

    def close_run() -> None:
        if len(run) >= min_run:
            for i in run:
                keep[i] = False
        run.clear()

    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        if len(s) <= 2:
            run.append(i)
        else:
            close_run()
    close_run()
    return [line for line, k in zip(lines, keep) if k]


def drop_page_numbers(lines: list[str]) -> list[str]:
    return [line for line in lines if not _PAGE_NUMBER.match(line.strip()) or not line.strip()]


def running_lines(pages: list[str], min_share: float = 0.3, edge: int = 2) -> set[str]:
    """Lines that open or close a large share of pages: running headers and footers."""
    if len(pages) < 4:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        body = [ln.strip() for ln in page.split("\n") if ln.strip()]
        edges = {re.sub(r"\d+", "#", ln) for ln in body[:edge] + body[-edge:]}
        counts.update(edges)
    threshold = max(3, int(min_share * len(pages)))
    return {ln for ln, n in counts.items() if n >= threshold and len(ln) <= 80}


def drop_running_lines(text: str, running: set[str]) -> str:
    if not running:
        return text
    return "\n".join(ln for ln in text.split("\n") if re.sub(r"\d+", "#", ln.strip()) not in running)


def is_block_start(line: str) -> bool:
    return bool(_BLOCK_START.match(line.lstrip()))


def is_table_row(line: str) -> bool:
    return " | " in line or "\t" in line


def rejoin_lines(lines: list[str]) -> list[str]:
    """Join layout line breaks back into paragraphs; keep structural lines on their own."""
    out: list[str] = []
    prev_raw = ""
    for raw in lines:
        line = raw.strip()
        if not line or re.fullmatch(_BULLET, line):
            continue  # blank, or a bullet left alone by the layout
        if out and _continues(prev_raw, out[-1], line):
            out[-1] = out[-1] + _joiner(prev_raw, out[-1], line) + line
        else:
            out.append(line)
        prev_raw = raw
    return out


_STANDALONE = re.compile(r"^(?:참\s*고\s*문\s*헌|references|bibliography|목\s*차|contents|abstract|요\s*약)$", re.I)


def _continues(prev_raw: str, prev: str, line: str) -> bool:
    if is_block_start(line) or is_table_row(line) or is_table_row(prev):
        return False
    if _STANDALONE.match(prev) or _STANDALONE.match(line):
        return False  # a lone section word ("참고문헌") is a heading, never part of a paragraph
    if prev.startswith("#") or re.match(r"^(?:표|그림|<표|<그림)\s*\d", prev):
        return False
    if _first_word(prev_raw) == _first_word(line):
        return False  # table rows extracted one per line: "프로젝트 베트남 ..." / "프로젝트 페루 ..."
    if _SENTENCE_END.search(prev.rstrip()) and not prev_raw.endswith(" "):
        # "...있음" at the end of a line is a finished item; a trailing space means the PDF
        # line ended between words, so the sentence may still go on.
        return False
    return True


def _first_word(line: str) -> str:
    words = line.split()
    return words[0] if words and len(words[0]) >= 2 and not words[0].isdigit() else "\0" + line


def _joiner(prev_raw: str, prev: str, line: str) -> str:
    if prev_raw.endswith(" ") or prev.endswith((",", ".", ")", ":")):
        return " "
    if _is_hangul(prev[-1]) and _is_hangul(line[0]):
        return ""  # broken mid-word: "고" + "도화"
    if prev[-1].isalnum() and line[0].isalnum() and not (_is_hangul(prev[-1]) or _is_hangul(line[0])):
        return " "
    return "" if prev[-1] in "(-·/" else " "


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3" or "\u3131" <= ch <= "\u318e"


def clean_layout_text(text: str) -> str:
    """Full cleaning of one page (or page-less file) of PDF-extracted text."""
    lines = normalize_chars(text).split("\n")
    lines = drop_vertical_titles(lines)
    lines = drop_page_numbers(lines)
    lines = [" | ".join(c.strip() for c in ln.split("\t")) if "\t" in ln.strip() else ln for ln in lines]
    return "\n".join(rejoin_lines(lines))


def clean_structured_text(text: str) -> str:
    """Word-processor text (HWP, HWPX, DOCX, Markdown): paragraphs are real; only normalise."""
    lines = [re.sub(r"[ \t]{2,}|\t", " ", ln).strip() for ln in normalize_chars(text).split("\n")]
    return "\n".join(ln for ln in lines if ln)
