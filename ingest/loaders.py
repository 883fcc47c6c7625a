"""One entry point: `load(path)` picks the reader by the file's bytes and returns cleaned pages."""
from __future__ import annotations

import logging
import re
from pathlib import Path

from ingest.clean import clean_layout_text, clean_structured_text, drop_running_lines, running_lines
from ingest.detect import detect_format
from ingest.errors import LoadError
from ingest.records import Format, LoadedFile, Page

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = {".pdf", ".hwp", ".hwpx", ".docx", ".txt", ".md", ".markdown"}
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>])")
_MD_BOLD = re.compile(r"\*\*(.+?)\*\*")
# What is left of a page without HTML comments and tags: a file of markup alone has no letter or digit here.
_MARKUP = re.compile(r"<!--.*?(?:-->|$)|<[^<>]*>", re.S)


def load(path: Path) -> LoadedFile:
    """Read any supported document into cleaned pages. Raises LoadError subclasses with a reason."""
    path = Path(path)
    if not path.is_file():
        raise LoadError(path, "no such file")
    fmt = detect_format(path)
    meta: dict = {}
    if fmt in (Format.TEXT, Format.MARKDOWN):
        from ingest.text import load_text

        pages, meta = load_text(path)
        if fmt is Format.TEXT and pages:  # as laid out: text extracted from a PDF breaks its title line too
            meta.setdefault("first_lines", pages[0].text.split("\n")[:40])
    else:
        pages = _binary_reader(fmt)(path)
        meta = _properties(fmt, path)
    pages = _clean(fmt, list(pages))
    if not any(p.text.strip() for p in pages):
        raise LoadError(path, "no text found in the document")
    if not any(ch.isalnum() for p in pages for ch in _MARKUP.sub("", p.text)):
        raise LoadError(path, "only markup (HTML comments, tags or list marks), no text to index")
    return LoadedFile(path=path, format=fmt, pages=tuple(pages), meta=meta)


def _binary_reader(fmt: Format):
    if fmt is Format.PDF:
        from ingest.pdf import load_pdf

        return load_pdf
    if fmt is Format.HWP:
        from ingest.hwp import load_hwp

        return load_hwp
    if fmt is Format.HWPX:
        from ingest.hwpx import load_hwpx

        return load_hwpx
    from ingest.docx import load_docx

    return load_docx


def _properties(fmt: Format, path: Path) -> dict:
    """The file's own title and dates (ingest/titles.py weighs them); a file whose text was read is never
    refused for its metadata."""
    from ingest import docx, hwp, hwpx, pdf

    reader = {Format.PDF: pdf.pdf_properties, Format.HWP: hwp.hwp_properties, Format.HWPX: hwpx.hwpx_properties,
              Format.DOCX: docx.docx_properties}[fmt]
    try:
        return reader(path)
    except Exception as err:  # noqa: BLE001 — metadata is a bonus: any failure just means none
        log.info("%s: no document properties (%s)", path, err)
        return {}


def _clean(fmt: Format, pages: list[Page]) -> list[Page]:
    if fmt is Format.MARKDOWN:
        return [Page(p.number, _unmarkdown(clean_structured_text(p.text))) for p in pages]
    if fmt in (Format.TEXT, Format.PDF):
        running = running_lines([p.text for p in pages])
        return [Page(p.number, clean_layout_text(drop_running_lines(p.text, running))) for p in pages]
    return [Page(p.number, clean_structured_text(p.text)) for p in pages]


def _unmarkdown(text: str) -> str:
    """Drop Markdown escapes and bold marks (law files write "1\\." and "**①**"); keep # headings."""
    return _MD_BOLD.sub(r"\1", _MD_ESCAPE.sub(r"\1", text))
