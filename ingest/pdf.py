"""PDF text extraction with pypdfium2 (PDFium), page by page; the outline's headings marked (ingest/pdf_outline.py).

Chosen by measurement on the Hancom-made bill fixture (10 pages): PDFium keeps the word spaces
that pypdf drops ("탄소중립기본계획및주요정책등을심의ㆍ의결하기위하여"), matching pdfplumber's
spacing, and is ~15x faster than either (0.02 s vs 0.36-0.43 s for the document).

A PDF can carry a text layer that is useless: scanned pages have none, and a font without a
ToUnicode map yields glyph ids ("7KH^CTXLFN" for "The quick"). Such pages are detected by
character statistics and never returned as text.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ingest.errors import CorruptDocument, EncryptedDocument, NeedsOCR
from ingest.pdf_outline import mark_outline, read_outline
from ingest.records import Page

log = logging.getLogger(__name__)

NEEDS_OCR_REASON = "no usable text layer (needs OCR)"

# Below this many letters/digits in the whole document there is nothing worth indexing.
_MIN_USABLE_CHARS = 20
# Share of junk characters (controls, U+FFFD, private use, unassigned) above which a page is garbage.
_MAX_JUNK_SHARE = 0.05
# English text has ~38% vowels among Latin letters (min 0.34 over 53 pages of two English manuals);
# glyph-id text is a shifted alphabet: ~17% vowels for the usual offset of 29, and almost no
# lowercase letters because a-z shift into the uppercase range.
_MIN_LATIN_FOR_VOWEL_TEST = 100
_MIN_VOWEL_SHARE = 0.25
_ALL_CAPS_SHARE = 0.05
_MIN_VOWEL_SHARE_ALL_CAPS = 0.30
_VOWELS = set("aeiouyAEIOUY")
_HANGUL = re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")


def load_pdf(path: Path) -> list[Page]:
    """Return one Page per PDF page, numbered from 1. Raises NeedsOCR without a usable text layer."""
    path = Path(path)
    pdf = _open(path)
    try:
        pages: list[Page] = []
        usable = 0
        for index in range(len(pdf)):
            text = _page_text(pdf, index, path)
            verdict = classify_text(text)
            if verdict == "garbage":
                log.warning("%s: page %d has an unusable text layer (font without ToUnicode?)", path, index + 1)
                text = ""
            elif verdict == "ok":
                usable += _count_usable(text)
            pages.append(Page(number=index + 1, text=text))
    finally:
        pdf.close()
    if usable < _MIN_USABLE_CHARS:
        raise NeedsOCR(path, NEEDS_OCR_REASON)
    log.debug("%s: %d page(s)", path, len(pages))
    return mark_outline(pages, read_outline(path))  # bookmarks become the section headings


def _open(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise EncryptedDocument(path, "password-protected PDF") from exc
        raise CorruptDocument(path, f"damaged PDF: {exc}") from exc


def _page_text(pdf: pdfium.PdfDocument, index: int, path: Path) -> str:
    try:
        page = pdf[index]
    except pdfium.PdfiumError as exc:
        raise CorruptDocument(path, f"page {index + 1} cannot be read: {exc}") from exc
    try:
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_range()
        finally:
            textpage.close()
    finally:
        page.close()
    # PDFium ends lines with CRLF; NULs appear with some broken fonts.
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def _count_usable(text: str) -> int:
    return sum(1 for ch in text if ch.isalnum())


def _is_junk(ch: str) -> bool:
    if ch in "\n\t\f ":
        return False
    cat = unicodedata.category(ch)
    # Cc: control chars (glyph ids < 32), Co: private use, Cn: unassigned, Cs: lone surrogates.
    return cat in ("Cc", "Co", "Cn", "Cs") or ch in "\ufffd\ufffe\uffff"


def classify_text(text: str) -> str:
    """'empty', 'garbage' or 'ok' for the text layer of one page."""
    chars = [ch for ch in text if not ch.isspace()]
    if not chars:
        return "empty"
    junk = sum(1 for ch in chars if _is_junk(ch))
    if junk / len(chars) > _MAX_JUNK_SHARE:
        return "garbage"
    latin = [ch for ch in chars if ch.isascii() and ch.isalpha()]
    if len(latin) >= _MIN_LATIN_FOR_VOWEL_TEST and len(latin) > len(_HANGUL.findall(text)):
        vowel_share = sum(1 for ch in latin if ch in _VOWELS) / len(latin)
        lower_share = sum(1 for ch in latin if ch.islower()) / len(latin)
        if vowel_share < _MIN_VOWEL_SHARE:
            return "garbage"
        if lower_share < _ALL_CAPS_SHARE and vowel_share < _MIN_VOWEL_SHARE_ALL_CAPS:
            return "garbage"
    return "ok"


def pdf_properties(path: Path) -> dict:
    """What the PDF says about itself, for its title and year (ingest/titles.py): the /Title entry, the
    top-level outline entries, the first page's lines as laid out (before line breaks are rejoined, so a
    title line stays a line) and the creation year."""
    pdf = _open(Path(path))
    try:
        info = pdf.get_metadata_dict(skip_empty=True)
        outline = [item.get_title() for item in pdf.get_toc(max_depth=1)]
        first = _page_text(pdf, 0, Path(path)) if len(pdf) else ""
    finally:
        pdf.close()
    year = re.match(r"D:((?:19|20)\d{2})", info.get("CreationDate", ""))
    return {"title": info.get("Title", ""), "outline": outline, "first_lines": first.split("\n")[:40],
            "created_year": int(year.group(1)) if year else None}
