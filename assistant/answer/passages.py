"""Cutting a retrieved chunk into answer units: sentences, law sentences with their items, table rows.

Our loaders write one sentence or one " | " table row per line; long lines are cut again at sentence
ends. A unit is read in its outline: Korean reports nest their points (□ > ㅇ/∙ > - > *), so
"- 2022년 17개국에서 33건 신청" is about the K-City Network named in the ∙ line above it, maybe in the
previous chunk. A chunk is therefore read with the tail of the chunk before it and the head of the one
after it (chunks overlap by a repeated line), so that a list running past the chunk's end keeps its items.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from ingest.records import Chunk

MAX_UNIT_CHARS = 320
MAX_BLOCK_CHARS = 450
_PREV_LINES, _NEXT_LINES, _MAX_ITEMS, _MAX_ANCESTORS, _MAX_TITLE_CHARS = 8, 8, 12, 2, 80

# The space after a sentence end; the end itself stays with its sentence, so quotes are verbatim. Without a
# period, a sentence ends in a verb's final 다 (한다, 된다, 있다, 였다 …, never 마다 or 바다) or in a report's
# nominal ending (음, 함, 임, 됨).
FINAL_DA = r"(?:[한된있없했였이었렸졌왔갔않같는진인운란간렵쉽많적높낮크작좋]다)"
_SENT_END = re.compile(rf"(?<={FINAL_DA})\s+(?=\S)|(?<=[음함임됨])\s+(?=\S)|(?<=[.?!])\s+(?=[가-힣A-Z∙\-\d\"'“‘(\[〈《「『])")
LIST_INTRO = re.compile(r"다음\s*각\s*호|다음과\s*같다|다음의\s*(?:어느|사항|것)")
_LIST_ITEM = re.compile(r"^\d+\.\s|^[가-하]\.\s")
# Outline levels of a line by its marker: 1 = □ (a report's point), 2 = ㅇ/∙ or a law paragraph ①,
# 3 = - or a law item "1.", 4 = * footnote or a law sub-item "가."; 0 = no marker (a heading, a paragraph).
# A table's row label ("3단계 ⦁ ...") heads the rows under it like a report's point; "⇨" draws the
# conclusion of the point above it.
_ROW_LABEL = r"[가-힣0-9]{2,8}(?:\s[가-힣]{2,6})?\s*[⦁•]\s"
_LEVELS = ((1, re.compile(r"^(?:[□■◈◇❍]|n\s|" + _ROW_LABEL + ")")), (2, re.compile(r"^(?:[ㅇ○●∙•◦⦁‣]|[①-⑳])")),
           (3, re.compile(r"^(?:[-–]\s|\d+\.\s|[⇨➡→]\s)")), (4, re.compile(r"^(?:[*※]|[가-하]\.\s)")))
# A flattened table cell's second line ("∙ 총 170억 원" / "∙ - 국비 96억, ...") belongs to the cell above it.
_SUB_CELL = re.compile(r"^[∙•]\s*[-–]\s")
# A running title or a table's row label glued to the end of a line by the PDF extraction:
# "... 입주(‘21.12) 별첨2  국가 시범도시 ...", "... 정주 요건 강화 3단계 ⦁ 서비스의 성격을 고려, ..."
_INLINE_TITLE = re.compile(r"(?<=\S)\s+(?:(?:별첨|참고)\s*\d+\s|" + _ROW_LABEL + ")")
_BULLET = re.compile(r"^\s*(?:[∙•·◦○●◯▪■□\-–*]|n\s|\d+\)|[①-⑳])\s*")
NOISE = re.compile(r"https?://|^\S{2,12}\.\s*\d{4}[a-z]?\.\s|^\.\s|\d{4}[a-z]?\.\s*[「｢<]|^\s*(출처|자료)\s*:|검색\)"
                   r"|홈페이지\.|^\s*\d+\)\s*\S+.*(공고|검색|보고서)|^\s*[<\[]?\s*(표|그림)\s*\d+[>\]]?[^.]{0,40}$"
                   r"|^[^.]{2,80}(?:보고서|백서|자료집|내부자료)[.)]*\s*$")  # a cited title cut off from its reference


@dataclass(frozen=True)
class Piece:
    """An answer unit as read in its passage."""

    text: str
    line: int  # position of its (first) line in the chunk
    context: str = ""  # the outline lines above it ("" when none)
    spills: bool = False  # its text runs on into the next chunk
    items: tuple[str, ...] = ()  # a list's items, when the unit is a line with the items it introduces


def lines_of(text: str) -> list[str]:
    """Non-empty lines; a line ending in a comma continues on the next one, a glued-on title is cut off."""
    lines: list[str] = []
    for raw in text.splitlines():
        for ln in (p.strip() for p in _split_glued(raw)):
            if ln and lines and lines[-1].endswith((",", "·", "ㆍ")):
                lines[-1] = f"{lines[-1]} {ln}"
            elif ln:
                lines.append(ln)
    return lines


def _split_glued(raw: str) -> list[str]:
    # the match consumes the label, so a two-word label ("플랫폼 연계 •") is not cut again inside
    cuts = [m.start() for m in _INLINE_TITLE.finditer(raw)]
    return [raw[a:b] for a, b in zip([0, *cuts], [*cuts, len(raw)])]


def level(line: str) -> int:
    if _SUB_CELL.match(line):
        return 3
    if len(line) > MAX_UNIT_CHARS and _LIST_ITEM.match(line):  # a numbered heading run into its paragraph
        return 0
    return next((n for n, rx in _LEVELS if rx.match(line)), 0)


def split_units(text: str) -> list[str]:
    """Lines, long lines cut at sentence ends; a law sentence announcing "다음 각 호" also gives one unit
    with its items, and a line ending in a comma continues on the next one."""
    return [p.text for p in read_chunk(text)]


def read_chunk(text: str, before: str = "", after: str = "") -> list[Piece]:
    """The units of a chunk, each with its outline context; `before`/`after` are the neighbouring chunks'
    texts (the lines they share with this chunk are read once)."""
    own = lines_of(text)
    prev = lines_of(before)[-_PREV_LINES:] if before else []
    nxt = lines_of(after)[:_NEXT_LINES] if after else []
    if prev and own and prev[-1] == own[0]:
        prev = prev[:-1]
    if nxt and own and nxt[0] == own[-1]:
        nxt = nxt[1:]
    lines, first, end = prev + own + nxt, len(prev), len(prev) + len(own)
    pieces: list[Piece] = []
    for i in range(first, end):
        line, context = lines[i], " ".join(ancestors(lines, i))
        block = _block(lines, i)
        if block:
            pieces.append(Piece(" ".join([line, *block]), i - first, context, i + len(block) >= end, tuple(block)))
        sentences = [] if " | " in line else sentences_of(line)
        if len(sentences) <= 1:
            pieces.append(Piece(_cut(line), i - first, context))
            continue
        pieces.extend(Piece(_cut(s), i - first, context) for s in sentences)
    return [p for p in pieces if len(p.text) > 3]


def sentences_of(line: str) -> list[str]:
    """A line's sentences, verbatim; a piece of three characters or fewer (a list number "1.") joins the
    sentence after it."""
    out: list[str] = []
    carry = ""
    for part in _SENT_END.split(line):
        part = part.strip()
        if not part:
            continue
        if len(part) <= 3:
            carry = f"{carry} {part}".strip()
            continue
        out.append(f"{carry} {part}" if carry else part)
        carry = ""
    if carry and out:
        out[-1] = f"{out[-1]} {carry}"
    elif carry:
        out.append(carry)
    return out


def _block(lines: list[str], i: int) -> list[str]:
    """The items a line introduces: a law sentence's numbered items ("다음 각 호"), the footnotes of a line
    with a footnote mark ("5개를 포함*" → "* 旣 선정지역 : ..."), or the deeper-level lines under a short
    title-like line."""
    if LIST_INTRO.search(lines[i]):
        return list(itertools.takewhile(lambda ln: bool(_LIST_ITEM.match(ln)), lines[i + 1 : i + 1 + _MAX_ITEMS]))
    top = level(lines[i])
    if not top:
        return []
    items = list(itertools.takewhile(lambda ln: level(ln) > top, lines[i + 1 : i + 1 + _MAX_ITEMS]))
    if "*" in lines[i] and not len(lines[i]) <= _MAX_TITLE_CHARS:  # a line with a footnote mark: its notes
        items = list(itertools.takewhile(lambda ln: ln.startswith("*"), items))
    elif len(lines[i]) > _MAX_TITLE_CHARS:  # only a short line is a title for the lines under it
        return []
    if not items or sum(len(x) for x in items) + len(lines[i]) > MAX_BLOCK_CHARS:
        return []
    return items


def ancestors(lines: list[str], i: int) -> list[str]:
    """The lines a marked line hangs under (its parent and grandparent in the outline), nearest first."""
    found: list[str] = []
    current = level(lines[i])
    for j in range(i - 1, max(-1, i - 15), -1):
        if not current or len(found) >= _MAX_ANCESTORS:
            break
        lv = level(lines[j])
        if lv < current:
            found.append(_ends(lines[j]))
            current = lv
    return found


def _ends(line: str) -> str:
    # a long parent is often a flattened table whose row label ("... 예산") ends it: keep both ends
    if len(line) <= MAX_UNIT_CHARS:
        return line
    half = MAX_UNIT_CHARS // 2
    return f"{line[:half]} … {line[-half:]}"


def neighbours(chunks: list[Chunk]) -> Callable[[Chunk], tuple[Chunk | None, Chunk | None]]:
    """The chunks before and after a chunk in its document (chunks are stored in reading order)."""
    position = {c.id: i for i, c in enumerate(chunks)}

    def around(chunk: Chunk) -> tuple[Chunk | None, Chunk | None]:
        i = position.get(chunk.id)
        if i is None:
            return None, None
        prev = chunks[i - 1] if i > 0 and chunks[i - 1].doc_id == chunk.doc_id else None
        nxt = chunks[i + 1] if i + 1 < len(chunks) and chunks[i + 1].doc_id == chunk.doc_id else None
        return prev, nxt

    return around


def _cut(part: str) -> str:
    return part.strip() if len(part) <= MAX_UNIT_CHARS * 2 else part.strip()[: MAX_UNIT_CHARS * 2]


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


def clean(text: str) -> str:
    """A unit as quoted: no leading bullet, no footnote mark glued to the sentence end."""
    text = _BULLET.sub("", text).strip()
    text = re.sub(r"(?<=[다음함임됨])\d{1,2}\)$", "", text)
    return text
