"""A PDF's outline (bookmarks) as section headings, read with pypdf.

Ministry and agency PDFs (plans, strategies, calls) usually carry bookmarks for their chapters, while
their printed headings come in many styles that no pattern catches. Each bookmark marks its heading on
the page it points to as a Markdown heading ("#" per outline level), which the chunker turns into the
section path of the passages below it (ingest/chunk.py). The line is found by its text, compared
without spaces and with the middle-dot variants unified, also when the layout broke it over lines;
a bookmark whose text is not on its page opens the section at the top of that page.

pypdfium2 stays the text reader (ingest/pdf.py); pypdf reads only the outline. A damaged outline is
logged and ignored: the text is what matters.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from ingest.clean import normalize_chars
from ingest.records import Page

log = logging.getLogger(__name__)

MAX_LEVEL = 6  # Markdown's deepest heading
_MAX_LINES = 4  # a heading broken by the layout over more lines than this is not looked for


@dataclass(frozen=True)
class OutlineEntry:
    level: int  # 1 = top
    title: str
    page: int  # 1-based, as Page.number


def read_outline(path: Path) -> list[OutlineEntry]:
    """The bookmarks of the PDF in reading order; [] when it has none or they cannot be read."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(str(path))
        return list(_walk(reader, reader.outline, 1))
    except Exception as err:  # pypdf raises many kinds on damaged files; the outline is optional
        log.warning("%s: outline not read (%s: %s); sections come from the text only", path,
                    type(err).__name__, err)
        return []


def _walk(reader, items, level: int):
    for item in items:
        if isinstance(item, list):  # the children of the entry before it
            yield from _walk(reader, item, level + 1)
            continue
        title = " ".join(str(item.title or "").split())
        page = reader.get_destination_page_number(item)
        if title and page is not None and page >= 0:
            yield OutlineEntry(min(level, MAX_LEVEL), title, page + 1)


def mark_outline(pages: list[Page], outline: list[OutlineEntry]) -> list[Page]:
    """`pages` with each bookmark's heading line written as a Markdown heading of its level."""
    if not outline:
        return pages
    by_page: dict[int, list[OutlineEntry]] = {}
    for entry in outline:
        by_page.setdefault(entry.page, []).append(entry)
    return [Page(p.number, _mark_page(p.text, by_page[p.number])) if p.number in by_page else p for p in pages]


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", normalize_chars(text)).lower()


def _mark_page(text: str, entries: list[OutlineEntry]) -> str:
    lines = text.split("\n")
    top: list[str] = []
    start = 0  # bookmarks of one page come in reading order: look below the last one found
    for entry in entries:
        found = _find(lines, _squeeze(entry.title), start)
        heading = "#" * entry.level + " "
        if found is None:
            top.append(heading + entry.title)
            continue
        first, last = found
        joined = " ".join(line.strip() for line in lines[first : last + 1])
        lines[first : last + 1] = [heading + joined]
        start = first + 1
    return "\n".join(top + lines)


def _find(lines: list[str], title: str, start: int) -> tuple[int, int] | None:
    """(first, last) index of the lines that spell `title`, from `start` on."""
    for first in range(start, len(lines)):
        spelled = ""
        for last in range(first, min(first + _MAX_LINES, len(lines))):
            spelled += _squeeze(lines[last])
            if spelled == title:
                return first, last
            if not spelled or not title.startswith(spelled):
                break
    return None
