"""Structure-aware chunking: headings open sections, blocks (paragraphs, bullets, table rows) are packed
into passages of about `size` characters without crossing a section, and long blocks are split at
sentence ends. Chunk ids hash the document, page, section and text, so they survive re-ingest."""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass

from ingest.records import Chunk, Page

# Bump when cleaning or chunking changes what chunks come out: saved indexes then ask to be rebuilt.
PIPELINE_VERSION = 5

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
_SENTENCE_SPLIT = re.compile(r"(?<=[.?!])\s+|(?<=[다음함임됨])\.?\s+(?=[^\s,)])")


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
    blocks: list[_Block] = []
    path: list[tuple[int, str]] = []
    offset = 0
    in_references = False
    for page in pages:
        for line in page.text.split("\n"):
            start, offset = offset, offset + len(line) + 1
            line = line.strip()
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
            blocks.append(_Block(line, page.number, start, tuple(t for _, t in path)))
    return blocks


def _split_long(block: _Block, size: int) -> list[_Block]:
    if len(block.text) <= size * 1.5:
        return [block]
    pieces, current, pos = [], "", block.start
    for sentence in _SENTENCE_SPLIT.split(block.text):
        if current and len(current) + len(sentence) + 1 > size:
            pieces.append(_Block(current, block.page, pos, block.path))
            pos += len(current) + 1
            current = ""
        current = f"{current} {sentence}".strip()
        while len(current) > size * 1.5:  # no sentence end at all: cut hard
            pieces.append(_Block(current[:size], block.page, pos, block.path))
            pos += size
            current = current[size:]
    if current:
        pieces.append(_Block(current, block.page, pos, block.path))
    return pieces


def chunk_pages(doc_id: str, pages: list[Page], config: ChunkerConfig = ChunkerConfig()) -> list[Chunk]:
    groups: list[list[_Block]] = []
    for block in (b for raw in _blocks(pages) for b in _split_long(raw, config.size)):
        current = groups[-1] if groups else None
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
            # a short last line is repeated at the start of the next passage, so that a line and
            # the note under it ("ㅇ 부산 고양 IoT 실증사업*" / "* 26개 서비스 발굴") are found together
            header = _table_header(current, block) if current else None
            if header is not None:  # a table split across passages: every part keeps its header row
                groups.append([header, block])
            else:
                groups.append([tail, block] if overlap and len(current) > 1 else [block])
    return _to_chunks(doc_id, groups)


def _table_header(previous: list[_Block], block: _Block) -> _Block | None:
    """The first row of the table that `previous` ends with, when `block` continues that table."""
    if " | " not in block.text or " | " not in previous[-1].text or previous[-1].path != block.path:
        return None
    start = len(previous) - 1
    while start > 0 and " | " in previous[start - 1].text:
        start -= 1
    header = previous[start]
    return header if header.text.count(" | ") == block.text.count(" | ") else None


def _to_chunks(doc_id: str, groups: list[list[_Block]]) -> list[Chunk]:
    seen: Counter[str] = Counter()
    chunks = []
    for group in groups:
        first, last = group[0], group[-1]
        text = "\n".join(b.text for b in group)
        path = first.path
        key = f"{doc_id}\x1f{first.page}\x1f{' > '.join(path)}\x1f{text}"
        seen[key] += 1
        digest = hashlib.sha1(f"{key}\x1f{seen[key]}".encode("utf-8")).hexdigest()[:16]
        chunks.append(
            Chunk(
                id=f"{doc_id}:{digest}",
                doc_id=doc_id,
                text=text,
                page=first.page,
                section=path[-1] if path else "",
                section_path=path,
                start=first.start,
                end=last.start + len(last.text),
            )
        )
    return chunks
