"""File-format detection by magic bytes.

Real folders hold HWPX files named `.hwp` (and the reverse), PDFs saved as `.hwp` by web portals,
and so on, so the extension is only used to tell Markdown from plain text.
"""
from __future__ import annotations

import codecs
import logging
import zipfile
import zlib
from pathlib import Path

import olefile

from ingest.errors import CorruptDocument, EncryptedDocument, LoadError, UnsupportedFormat
from ingest.records import Format

log = logging.getLogger(__name__)

PDF_MAGIC = b"%PDF"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
HWP_SIGNATURE = b"HWP Document File"
HWPX_MIMETYPE = b"application/hwp+zip"
_MARKDOWN_SUFFIXES = {".md", ".markdown"}
# A name that promises a document format: text behind it is a placeholder or an error page, never the document.
_DOCUMENT_SUFFIXES = {".pdf": "a PDF", ".hwp": "an HWP", ".hwpx": "an HWPX", ".docx": "a DOCX"}
# Text check reads at most this much; a multi-byte character cut at the end is tolerated.
_TEXT_SAMPLE = 1024 * 1024
# U+FFFD encoded in UTF-8: what a binary file turns into after a text-editor/HTTP round trip.
_REPLACEMENT_UTF8 = b"\xef\xbf\xbd"
# Printable text has almost no C0 control characters besides tab/newline/CR/form feed.
_MAX_CONTROL_SHARE = 0.01
_ALLOWED_CONTROLS = set("\t\n\r\f")


def detect_format(path: Path) -> Format:
    """Return the Format of `path` from its content; raise a LoadError subclass when unusable."""
    path = Path(path)
    with path.open("rb") as fh:
        head = fh.read(_TEXT_SAMPLE)
        truncated = bool(fh.read(1))
    if not head:
        raise CorruptDocument(path, "empty file (0 bytes)")
    if head.startswith(PDF_MAGIC):
        return Format.PDF
    if head.startswith(OLE_MAGIC):
        return _detect_ole(path)
    if head.startswith(ZIP_MAGIC):
        return _detect_zip(path)
    if head.startswith(HWP_SIGNATURE):
        # HWP 3.x is a plain binary file starting with "HWP Document File V3.00".
        raise UnsupportedFormat(path, "HWP 3.x document: re-save it as HWP 5 or HWPX to index it")
    if _is_text(head, truncated):
        claimed = _DOCUMENT_SUFFIXES.get(path.suffix.lower())
        if claimed:
            size = "" if truncated else f"{len(head)} "
            raise UnsupportedFormat(path, f"named {path.suffix} but its {size}bytes are {_text_kind(head)}, not "
                                          f"{claimed} document (a placeholder or a failed download?)")
        log.debug("%s: text file", path)
        return Format.MARKDOWN if path.suffix.lower() in _MARKDOWN_SUFFIXES else Format.TEXT
    raise _binary_error(path, head)


def _detect_ole(path: Path) -> Format:
    try:
        with olefile.OleFileIO(str(path)) as ole:
            if ole.exists("FileHeader"):
                header = ole.openstream("FileHeader").read(len(HWP_SIGNATURE))
                if header == HWP_SIGNATURE:
                    return Format.HWP
                raise UnsupportedFormat(path, "OLE file with a FileHeader that is not 'HWP Document File'")
            if ole.exists("EncryptedPackage"):
                # Password-protected .docx/.xlsx are OLE wrappers around an encrypted ZIP.
                raise EncryptedDocument(path, "password-protected Office document")
    except (OSError, ValueError) as exc:  # olefile raises both on damaged sector tables
        raise CorruptDocument(path, f"damaged OLE compound file: {exc}") from exc
    raise UnsupportedFormat(path, "OLE compound file that is not HWP (e.g. .doc, .xls, .ppt)")


def _detect_zip(path: Path) -> Format:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "mimetype" in names and zf.read("mimetype").strip() == HWPX_MIMETYPE:
                return Format.HWPX
            if "Contents/section0.xml" in names:
                return Format.HWPX
            if "word/document.xml" in names:
                return Format.DOCX
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error, NotImplementedError) as exc:
        raise CorruptDocument(path, f"damaged ZIP container: {exc}") from exc
    raise UnsupportedFormat(path, "ZIP archive that is neither HWPX nor DOCX")


def _is_text(data: bytes, truncated: bool) -> bool:
    if b"\x00" in data:
        return False
    text = None
    for encoding in ("utf-8-sig", "cp949"):
        try:
            text = codecs.getincrementaldecoder(encoding)().decode(data, final=not truncated)
            break
        except UnicodeDecodeError:
            continue
    if text is None:
        return False
    controls = sum(1 for ch in text if ch < " " and ch not in _ALLOWED_CONTROLS)
    return controls <= _MAX_CONTROL_SHARE * max(len(text), 1)


def _text_kind(head: bytes) -> str:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:64].lower()
    if start.startswith(b"<!--"):
        return "an HTML comment"
    if start.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "an HTML page"
    return "XML" if start.startswith(b"<?xml") else "text"


def _binary_error(path: Path, head: bytes) -> LoadError:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return UnsupportedFormat(path, "UTF-16 text file: save it as UTF-8 to index it")
    if head[:1024].count(_REPLACEMENT_UTF8) >= 3:
        # The OLE magic keeps its ASCII-range bytes (11 .. 1A) when the others become U+FFFD.
        kind = "HWP/OLE document" if b"\x11\xe0\xa1\xb1\x1a" in head[:16] else "binary file"
        return CorruptDocument(
            path,
            f"{kind} damaged by a text-encoding (UTF-8) round trip: bytes were replaced by U+FFFD; "
            "fetch the original file again",
        )
    return UnsupportedFormat(path, f"unrecognised binary file (starts with {head[:8].hex(' ')})")
