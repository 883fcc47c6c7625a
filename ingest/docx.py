"""DOCX text extraction with python-docx: body paragraphs and tables in document order."""
from __future__ import annotations

import logging
import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from ingest.errors import CorruptDocument
from ingest.records import Page

log = logging.getLogger(__name__)


def load_docx(path: Path) -> list[Page]:
    """Return the whole document as one Page(number=None): DOCX has no stored page breaks we trust."""
    path = Path(path)
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise CorruptDocument(path, f"damaged DOCX package: {exc}") from exc
    lines: list[str] = []
    for block in document.iter_inner_content():
        lines.extend(_block_lines(block))
    log.debug("%s: %d line(s)", path, len(lines))
    return [Page(number=None, text="\n".join(lines))]


def _block_lines(block: Paragraph | Table) -> list[str]:
    if isinstance(block, Paragraph):
        return block.text.split("\n")
    return _table_lines(block)


def _table_lines(table: Table) -> list[str]:
    """One line per row, cells joined by " | "; a cell's paragraphs are joined by a space."""
    out = []
    for row in table.rows:
        texts = []
        previous = None
        for cell in row.cells:
            # python-docx repeats a horizontally merged cell once per grid column: keep it once.
            if previous is not None and cell._tc is previous:
                continue
            previous = cell._tc
            texts.append(_cell_text(cell))
        if any(texts):
            out.append(" | ".join(texts))
    return out


def _cell_text(cell: _Cell) -> str:
    parts: list[str] = []
    for block in cell.iter_inner_content():
        parts.extend(line.strip() for line in _block_lines(block))
    return " ".join(part for part in parts if part)


def docx_properties(path: Path) -> dict:
    """The title in the package's core properties, for ingest/titles.py."""
    return {"title": (docx.Document(str(path)).core_properties.title or "").strip()}
