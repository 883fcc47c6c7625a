"""HWP 5.x (OLE compound file) text extraction.

Own reader, written from Hancom's published "한글 문서 파일 형식 5.0" specification. The PyPI
candidates were measured on the fixtures and rejected: rhwp-python 0.8.1 does not import here (its
bundled freetype lacks a symbol) and, when forced to load, drops all table text (0 characters from
nts-qa-compressed-v5005.hwp); python-hwpx 6.9.0 refuses distribution (배포용) documents and
splits table cells over several lines.

Layout of a document: `FileHeader` (signature + flag bits), `BodyText/SectionN` streams holding a
flat list of tagged records whose `level` field encodes the tree (paragraph -> text / controls ->
table -> cells -> paragraphs ...). Distribution documents keep the real body AES-encrypted in
`ViewText/SectionN`; their `BodyText` is a decoy ("이 문서는 상위 버전의 배포용 문서입니다...").
"""
from __future__ import annotations

import logging
import re
import struct
import sys
import zlib
from array import array
from dataclasses import dataclass, field
from pathlib import Path

import olefile
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from ingest.errors import CorruptDocument, EncryptedDocument, UnsupportedFormat
from ingest.records import Page

log = logging.getLogger(__name__)

SIGNATURE = b"HWP Document File"

# FileHeader property bits (spec table 3).
_FLAG_COMPRESSED = 1 << 0
_FLAG_PASSWORD = 1 << 1
_FLAG_DISTRIBUTION = 1 << 2
_FLAG_DRM = 1 << 4
_FLAG_CERT_ENCRYPTED = 1 << 8
_FLAG_CERT_DRM = 1 << 10

# Record tags (HWPTAG_BEGIN = 0x10).
_TAG_DISTRIBUTE_DOC_DATA = 0x10 + 12
_TAG_PARA_HEADER = 0x10 + 50
_TAG_PARA_TEXT = 0x10 + 51
_TAG_CTRL_HEADER = 0x10 + 55
_TAG_LIST_HEADER = 0x10 + 56
_TAG_TABLE = 0x10 + 61

# Control characters inside PARA_TEXT. "char" controls take one UTF-16 unit; "inline" and
# "extended" controls take eight (code + 12 bytes of payload + code repeated).
_CHAR_CONTROLS = {0, 10, 13, 24, 25, 26, 27, 28, 29, 30, 31}
_EXTENDED_CONTROLS = {1, 2, 3, 11, 12, 14, 15, 16, 17, 18, 21, 22, 23}
_CHAR_MAP = {10: "\n", 24: "-", 30: " ", 31: " "}
_TAB = 9
_MAX_SECTION_BYTES = 256 * 1024 * 1024

# Controls whose text is not body content: running headers/footers repeat on every page and
# hidden comments are annotations.
_SKIPPED_CONTROLS = {"head", "foot", "tcmt"}

# Hancom stores symbols and old-Hangul glyphs in private-use code points; they have no meaning
# outside Hancom fonts.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")


@dataclass
class _Node:
    tag: int
    level: int
    payload: bytes
    children: list[_Node] = field(default_factory=list)


class _Ctrl:
    """Marks where an extended control (table, text box, footnote...) sits in a paragraph."""


_CTRL = _Ctrl()


def load_hwp(path: Path) -> list[Page]:
    """Return one Page(number=None) per section of an HWP 5 document."""
    path = Path(path)
    if not olefile.isOleFile(str(path)):
        raise CorruptDocument(path, "not an HWP 5 file: the OLE compound-file header is missing or damaged")
    try:
        with olefile.OleFileIO(str(path)) as ole:
            flags = _read_flags(ole, path)
            streams = _section_streams(ole, path, flags)
            pages = []
            for name in streams:
                data = _read_section(ole, name, flags, path)
                text = "\n".join(_render_nodes(_build_tree(_parse_records(data, path, name))))
                pages.append(Page(number=None, text=text))
    except (OSError, ValueError, struct.error, IndexError, RecursionError) as exc:
        raise CorruptDocument(path, f"damaged HWP container: {exc}") from exc
    log.debug("%s: %d section(s)", path, len(pages))
    return pages


def _read_flags(ole: olefile.OleFileIO, path: Path) -> int:
    if not ole.exists("FileHeader"):
        raise UnsupportedFormat(path, "OLE file without an HWP FileHeader stream (e.g. .doc/.xls)")
    header = ole.openstream("FileHeader").read()
    if not header.startswith(SIGNATURE) or len(header) < 40:
        raise UnsupportedFormat(path, "OLE file whose FileHeader is not 'HWP Document File'")
    major = header[35]
    if major != 5:
        raise UnsupportedFormat(path, f"HWP version {major}.x is not supported (only HWP 5)")
    flags = struct.unpack_from("<I", header, 36)[0]
    if flags & _FLAG_PASSWORD:
        raise EncryptedDocument(path, "password-protected HWP: save it without a password to index it")
    if flags & (_FLAG_DRM | _FLAG_CERT_DRM):
        raise EncryptedDocument(path, "DRM-protected HWP: export it from the DRM client to index it")
    if flags & _FLAG_CERT_ENCRYPTED:
        raise EncryptedDocument(path, "certificate-encrypted HWP: it cannot be read without the owner's key")
    return flags


def _section_streams(ole: olefile.OleFileIO, path: Path, flags: int) -> list[str]:
    # Distribution documents: BodyText only holds the decoy paragraph, never use it.
    storage = "ViewText" if flags & _FLAG_DISTRIBUTION else "BodyText"
    names = []
    for entry in ole.listdir(streams=True, storages=False):
        if len(entry) == 2 and entry[0] == storage and re.fullmatch(r"Section\d+", entry[1]):
            names.append(entry)
    if not names:
        if storage == "ViewText":
            raise EncryptedDocument(path, "distribution-protected (배포용) HWP: no ViewText sections to decrypt")
        raise CorruptDocument(path, "HWP file without BodyText sections")
    names.sort(key=lambda e: int(e[1][len("Section"):]))
    return ["/".join(e) for e in names]


def _read_section(ole: olefile.OleFileIO, name: str, flags: int, path: Path) -> bytes:
    raw = ole.openstream(name).read()
    if flags & _FLAG_DISTRIBUTION:
        raw = _decrypt_view_text(raw, path, name)
    if not flags & _FLAG_COMPRESSED:
        return raw
    try:
        # Raw deflate (no zlib header), hence wbits=-15. Capped: a bomb is not a document.
        inflater = zlib.decompressobj(-15)
        data = inflater.decompress(raw, _MAX_SECTION_BYTES)
        if inflater.unconsumed_tail:
            raise CorruptDocument(path, f"{name}: inflates to more than {_MAX_SECTION_BYTES} bytes")
        return data
    except zlib.error as exc:
        raise CorruptDocument(path, f"{name}: compressed stream cannot be inflated ({exc})") from exc


def _msvc_rand(seed: int):
    """Microsoft Visual C srand(seed)/rand(): the LCG the spec prescribes for the key hint."""
    state = seed & 0xFFFFFFFF
    while True:
        state = (state * 214013 + 2531011) & 0xFFFFFFFF
        yield (state >> 16) & 0x7FFF


def _distribution_key(doc_data: bytes) -> bytes:
    """Recover the AES-128 key from the 256-byte HWPTAG_DISTRIBUTE_DOC_DATA payload.

    Bytes 4..255 are XORed with a byte stream made of runs: each run is one rand() byte repeated
    (rand() & 0xF) + 1 times, seeded with the first 4 bytes. The key is 16 bytes at 4 + (seed & 0xF).
    """
    data = bytearray(doc_data)
    rand = _msvc_rand(struct.unpack_from("<I", data, 0)[0])
    key_byte, run = 0, 0
    for i in range(256):
        if run == 0:
            key_byte = next(rand) & 0xFF
            run = (next(rand) & 0x0F) + 1
        if i >= 4:
            data[i] ^= key_byte
        run -= 1
    offset = 4 + (data[0] & 0x0F)
    return bytes(data[offset:offset + 16])


def _decrypt_view_text(raw: bytes, path: Path, name: str) -> bytes:
    header = struct.unpack_from("<I", raw, 0)[0] if len(raw) >= 4 else 0
    tag, size = header & 0x3FF, header >> 20
    if tag != _TAG_DISTRIBUTE_DOC_DATA or size != 256 or len(raw) < 260:
        raise EncryptedDocument(
            path, f"distribution-protected (배포용) HWP: {name} does not start with the key record"
        )
    body = raw[260:]
    body = body[: len(body) - len(body) % 16]  # ECB works on whole blocks; a tail is padding
    decryptor = Cipher(algorithms.AES(_distribution_key(raw[4:260])), modes.ECB()).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def _parse_records(data: bytes, path: Path, name: str) -> list[_Node]:
    """Split a section stream into records: 32-bit header = tag(10) | level(10) | size(12)."""
    records: list[_Node] = []
    pos, end = 0, len(data)
    while pos + 4 <= end:
        header = struct.unpack_from("<I", data, pos)[0]
        tag, level, size = header & 0x3FF, (header >> 10) & 0x3FF, header >> 20
        pos += 4
        if size == 0xFFF:  # extended size in the next 4 bytes
            size = struct.unpack_from("<I", data, pos)[0]
            pos += 4
        if pos + size > end:
            raise CorruptDocument(path, f"{name}: record at byte {pos} runs past the end of the stream")
        records.append(_Node(tag, level, data[pos:pos + size]))
        pos += size
    if not records and data:
        raise CorruptDocument(path, f"{name}: no records could be read")
    return records


def _build_tree(records: list[_Node]) -> list[_Node]:
    """Nest records: a record is the child of the closest preceding record with a lower level."""
    roots: list[_Node] = []
    stack: list[_Node] = []
    for rec in records:
        while stack and stack[-1].level >= rec.level:
            stack.pop()
        (stack[-1].children if stack else roots).append(rec)
        stack.append(rec)
    return roots


def _render_nodes(nodes: list[_Node]) -> list[str]:
    """Lines of every paragraph among `nodes`, descending through non-paragraph records."""
    lines: list[str] = []
    for node in nodes:
        if node.tag == _TAG_PARA_HEADER:
            lines.extend(_render_paragraph(node))
        elif node.tag == _TAG_CTRL_HEADER:
            lines.extend(_render_control(node))
        else:
            lines.extend(_render_nodes(node.children))
    return lines


def _render_paragraph(para: _Node) -> list[str]:
    """Paragraph text with its controls (tables, text boxes, notes) rendered where they occur."""
    pieces: list[str | _Ctrl] = []
    for child in para.children:
        if child.tag == _TAG_PARA_TEXT:
            pieces = decode_para_text(child.payload)
            break
    controls = iter(c for c in para.children if c.tag == _TAG_CTRL_HEADER)
    lines: list[str] = []
    current = ""
    for piece in pieces:
        if isinstance(piece, str):
            current += piece
            continue
        ctrl = next(controls, None)
        if ctrl is None:
            continue
        sub = _render_control(ctrl)
        if sub:
            if current.strip():
                lines.append(current)
            lines.extend(sub)
            current = ""
    lines.append(current)
    for ctrl in controls:  # controls without a marker (should not happen): keep their text anyway
        lines.extend(_render_control(ctrl))
    return [line for part in lines for line in part.split("\n")]


def decode_para_text(payload: bytes) -> list[str | _Ctrl]:
    """Decode HWPTAG_PARA_TEXT (UTF-16LE) into text runs and extended-control markers."""
    units = array("H")
    units.frombytes(payload[: len(payload) - len(payload) % 2])
    if sys.byteorder == "big":
        units.byteswap()
    pieces: list[str | _Ctrl] = []
    buf = array("H")
    i, n = 0, len(units)
    while i < n:
        code = units[i]
        if code >= 32:
            buf.append(code)
            i += 1
        elif code in _CHAR_CONTROLS:
            for ch in _CHAR_MAP.get(code, ""):
                buf.append(ord(ch))
            i += 1
        else:
            if code == _TAB:
                buf.append(_TAB)
            elif code in _EXTENDED_CONTROLS:
                pieces.append(_units_to_str(buf))
                pieces.append(_CTRL)
                buf = array("H")
            i += 8
    pieces.append(_units_to_str(buf))
    return [p for p in pieces if p != ""]


def _units_to_str(units: array) -> str:
    # Valid surrogate pairs decode to one supplementary character; lone halves are dropped.
    text = units.tobytes().decode("utf-16-le" if sys.byteorder == "little" else "utf-16-be", "ignore")
    return _PRIVATE_USE.sub("", text)


def _ctrl_id(ctrl: _Node) -> str:
    return ctrl.payload[:4][::-1].decode("latin-1") if len(ctrl.payload) >= 4 else ""


def _render_control(ctrl: _Node) -> list[str]:
    cid = _ctrl_id(ctrl)
    if cid in _SKIPPED_CONTROLS:
        return []
    if cid == "tbl ":
        return _render_table(ctrl)
    # Text boxes, footnotes, endnotes...: their paragraphs sit somewhere below the control.
    return _render_nodes(ctrl.children)


def _render_table(ctrl: _Node) -> list[str]:
    """One line per table row, cells joined by " | "; cell paragraphs joined by a space."""
    cells: list[tuple[int, int, list[str]]] = []
    for child in ctrl.children:
        if child.tag == _TAG_LIST_HEADER:
            # LIST_HEADER of a cell: para count (4), flags (4), then col (2), row (2), spans...
            col, row = struct.unpack_from("<HH", child.payload, 8) if len(child.payload) >= 12 else (0, 0)
            cells.append((row, col, []))
            cells[-1][2].extend(_render_nodes(child.children))
        elif child.tag == _TAG_PARA_HEADER and cells:
            cells[-1][2].extend(_render_paragraph(child))
    if len(cells) == 1:
        # A 1x1 table is a frame around ordinary text (very common in Korean forms): keep its lines.
        return [line for line in cells[0][2] if line.strip()]
    rows: dict[int, list[tuple[int, str]]] = {}
    for row, col, lines in cells:
        text = " ".join(line.strip() for line in lines if line.strip())
        rows.setdefault(row, []).append((col, text))
    out = []
    for row in sorted(rows):
        texts = [text for _, text in sorted(rows[row])]
        if any(texts):
            out.append(" | ".join(texts))
    return out


_SUMMARY = "\x05HwpSummaryInformation"
_PID_TITLE = 2


def hwp_properties(path: Path) -> dict:
    """The title in the HWP summary information (property 2), for ingest/titles.py.

    olefile reads Hancom's summary strings past their end (the next properties follow after a NUL), so the
    title is cut at the first NUL."""
    with olefile.OleFileIO(str(path)) as ole:
        if not ole.exists(_SUMMARY):
            return {}
        props = ole.getproperties(_SUMMARY)
    title = props.get(_PID_TITLE)
    title = title.decode("utf-16-le", "replace") if isinstance(title, bytes) else str(title or "")
    return {"title": title.split("\x00", 1)[0].strip()}
