"""Typed records passed between the ingestion stages."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path


class Format(str, enum.Enum):
    PDF = "pdf"
    HWP = "hwp"
    HWPX = "hwpx"
    DOCX = "docx"
    MARKDOWN = "md"
    TEXT = "txt"


@dataclass(frozen=True)
class Page:
    """Text of one physical page. `number` is 1-based; None where the format has no pages (TXT, HWP, DOCX).

    Loaders emit table rows as one line each with cells joined by " | ", so that a row stays together
    through cleaning and chunking.
    """

    number: int | None
    text: str


@dataclass(frozen=True)
class LoadedFile:
    path: Path
    format: Format
    pages: tuple[Page, ...]
    meta: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.pages)


@dataclass(frozen=True)
class Chunk:
    """A retrievable passage. `text` is the document's cleaned text from `start` to `end`, verbatim (what a
    citation quotes); `section` is the nearest heading (e.g. "제30조 (국제협력 및 해외진출 지원)"),
    `section_path` the headings above it; `context` the lines carried over from before the passage that it
    is read with (a split table's header row, a short line the passage continues), never quoted as its text;
    `title` the document's title."""

    id: str
    doc_id: str
    text: str
    page: int | None
    section: str
    section_path: tuple[str, ...]
    start: int
    end: int
    context: str = ""
    title: str = ""

    @property
    def index_text(self) -> str:
        """What the indexes see: the document title and the heading path carry words the passage itself
        often lacks (a question naming an article's title, or the law it is in)."""
        return "\n".join(p for p in (self.title, " > ".join(self.section_path), self.context, self.text) if p)

    @property
    def read_text(self) -> str:
        """The passage as a reader takes it: its carried-over lines, then its own text."""
        return f"{self.context}\n{self.text}" if self.context else self.text
