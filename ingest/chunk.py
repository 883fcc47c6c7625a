"""Structure-aware chunking: headings open sections, blocks (paragraphs, bullets, table rows) are packed
into passages of about `size` characters without crossing a section, and long blocks are split at
sentence ends. A chunk's text is the cleaned document text between its offsets, verbatim; the lines a
chunk is read with but does not contain (a split table's header row, the short line before it) are its
`context`. Chunk ids hash the document, page, section and text, so they survive re-ingest."""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass

from ingest.records import Chunk, Page

# Bump when cleaning or chunking changes what chunks come out: saved indexes then ask to be rebuilt.
PIPELINE_VERSION = 6

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+)$")
_LAW_HEADING = [
    (re.compile(r"^제\s*\d+\s*편\s"), 1),
    (re.compile(r"^제\s*\d+\s*장(?:의\d+)?\s"), 2),
    (re.compile(r"^제\s*\d+\s*절(?:의\d+)?\s"), 3),
    (re.compile(r"^제\s*\d+\s*조(?:의\s*\d+)?\s*\("), 5),
]
_REPORT_HEADING = [
    (re.compile(r"^0\d\s+\S"), 1),  # "03 필리핀 클락 스마트시티 사업"
    (re.compile(r"^[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]\.?\s+\S"), 1),
    (re.compile(r"^\d{1,2}\)\s+\S"), 3),  # "2) 사업 주요 내용"
    (re.compile(r"^\d{1,2}\s{2,}\S"), 3),  # "1  글로벌 동향"
    (re.compile(r"^[가나다라마바사아자차카타파하]\s{2,}\S"), 4),  # "가  신규개발 단계 ☞ ..."
    (re.compile(r"^\(\d{1,2}\)\s+\S"), 5),  # "(4) 소결"
]
_AMENDMENT = re.compile(r"\s*<(?:개정|신설|전문개정|제목개정)[^>]*>\s*$")
# The space after a sentence end (the end itself stays with its sentence: quotes must be verbatim).
_SENTENCE_SPLIT = re.compile(r"(?<=[.?!])\s+|(?<=[다음함임됨])\s+(?=[^\s,)])")


@dataclass(frozen=True)
class ChunkerConfig:
    size: int = 400
    min_size: int = 120

    def __post_init__(self) -> None:
        if not 0 < self.min_size < self.size:
            raise ValueError(f"min_size ({self.min_size}) must be positive and below size ({self.size})")


def heading_level(line: str) -> int | None:
    """Level of a heading line (1 = top), or None for body text."""
    m = _MD_HEADING.match(line)
    if m:
        return len(m.group(1))
    if len(line) > 60 or line.endswith((".", "다", "음", "함", "임", "됨")):
        return None
    for pattern, level in _LAW_HEADING:
        if pattern.match(line):
            return level
    if len(line) <= 40:
        for pattern, level in _REPORT_HEADING:
            if pattern.match(line):
                return level
    return None


@dataclass
class _Block:
    text: str
    page: int | None
    start: int
    path: tuple[str, ...]


_REFERENCES = re.compile(r"^(?:#+\s*)?(?:참\s*고\s*문\s*헌|references|bibliography)$", re.IGNORECASE)


def _blocks(pages: list[Page]) -> list[_Block]:
    """Body lines with their offsets in the document text ("\\n".join of the pages) and heading path."""
    blocks: list[_Block] = []
    path: list[tuple[int, str]] = []
    offset = 0
    in_references = False
    for page in pages:
        for raw in page.text.split("\n"):
            start, offset = offset, offset + len(raw) + 1
            line = raw.strip()
            if not line:
                continue
            if _REFERENCES.match(line):
                # a bibliography matches every query on years and names and answers none: not indexed
                in_references = True
                continue
            level = heading_level(line)
            if in_references and (level is None or level > 2):
                continue
            in_references = False
            if level is not None:
                title = _AMENDMENT.sub("", _MD_HEADING.sub(r"\2", line)).strip()
                path = [(lv, t) for lv, t in path if lv < level] + [(level, title)]
                continue
            lead = len(raw) - len(raw.lstrip())
            blocks.append(_Block(line, page.number, start + lead, tuple(t for _, t in path)))
    return blocks


def _split_long(block: _Block, size: int) -> list[_Block]:
    """A long block cut at sentence ends into pieces of at most `size` characters (a sentence longer than
    that stays whole up to 1.5 × size, then is cut at a space); every piece is a verbatim slice."""
    if len(block.text) <= size * 1.5:
        return [block]
    text = block.text
    gaps = list(_SENTENCE_SPLIT.finditer(text))
    sentences = zip([0] + [m.end() for m in gaps], [m.start() for m in gaps] + [len(text)])
    spans: list[tuple[int, int]] = []
    first = last = -1
    for st, end in sentences:
        if first >= 0 and end - first > size:
            spans.append((first, last))
            first = -1
        if first < 0:
            first = st
        last = end
        while last - first > size * 1.5:  # no sentence end at all: cut hard, at a space when there is one
            cut = text.rfind(" ", first + size // 2, first + size)
            cut = cut if cut > first else first + size
            spans.append((first, cut))
            first = cut + (text[cut] == " ")
    if first >= 0:
        spans.append((first, last))
    return [_Block(text[a:b], block.page, block.start + a, block.path) for a, b in spans if b > a]


@dataclass
class _Group:
    own: list[_Block]
    carried: list[_Block]  # read with the chunk, not part of its text


def chunk_pages(doc_id: str, pages: list[Page], config: ChunkerConfig = ChunkerConfig(), title: str = "") -> list[Chunk]:
    groups: list[_Group] = []
    for block in (b for raw in _blocks(pages) for b in _split_long(raw, config.size)):
        group = groups[-1] if groups else None
        current = group.own if group else None
        if (
            current
            and current[-1].path == block.path
            and current[-1].page == block.page
            and sum(len(b.text) + 1 for b in current) + len(block.text) <= config.size
        ):
            current.append(block)
        elif current and current[-1].path == block.path and sum(len(b.text) for b in current) < config.min_size:
            current.append(block)  # too small to stand alone: keep with its neighbour
        else:
            tail = current[-1] if current else None
            overlap = tail is not None and tail.path == block.path and len(tail.text) <= config.size // 3
            # a short last line is read again with the next passage, so that a line and the note under it
            # ("ㅇ 부산 고양 IoT 실증사업*" / "* 26개 서비스 발굴") are found together
            header = _table_header(group.carried + current, block) if group else None
            if header is not None:  # a table split across passages: every part is read with its header row
                groups.append(_Group([block], [header]))
            else:
                groups.append(_Group([block], [tail] if overlap and len(current) > 1 else []))
    return _to_chunks(doc_id, "\n".join(p.text for p in pages), groups, title)


def document_text(pages: list[Page]) -> str:
    """The cleaned document text that chunk offsets point into."""
    return "\n".join(p.text for p in pages)


def _table_header(previous: list[_Block], block: _Block) -> _Block | None:
    """The first row of the table that `previous` ends with, when `block` continues that table."""
    if " | " not in block.text or " | " not in previous[-1].text or previous[-1].path != block.path:
        return None
    start = len(previous) - 1
    while start > 0 and " | " in previous[start - 1].text:
        start -= 1
    header = previous[start]
    return header if header.text.count(" | ") == block.text.count(" | ") else None


def _to_chunks(doc_id: str, full: str, groups: list[_Group], title: str) -> list[Chunk]:
    seen: Counter[str] = Counter()
    chunks = []
    for group in groups:
        first, last = group.own[0], group.own[-1]
        start, end = first.start, last.start + len(last.text)
        text = full[start:end]
        context = "\n".join(b.text for b in group.carried)
        path = first.path
        key = f"{doc_id}\x1f{first.page}\x1f{' > '.join(path)}\x1f{context}\x1f{text}"
        seen[key] += 1
        digest = hashlib.sha1(f"{key}\x1f{seen[key]}".encode("utf-8")).hexdigest()[:16]
        chunks.append(Chunk(id=f"{doc_id}:{digest}", doc_id=doc_id, text=text, page=first.page,
                            section=path[-1] if path else "", section_path=path, start=start, end=end,
                            context=context, title=title))
    return chunks
