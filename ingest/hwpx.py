"""HWPX (OWPML, KS X 6101) text extraction: a ZIP of XML parts, one `Contents/sectionN.xml` per section.

Own zip + ElementTree reader rather than python-hwpx: we only need text, and the layout rules
(table rows on one line, 1x1 frame tables as plain lines) must match the HWP loader.
"""
from __future__ import annotations

import logging
import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from ingest.errors import CorruptDocument, EncryptedDocument
from ingest.records import Page

log = logging.getLogger(__name__)

_SECTION_NAME = re.compile(r"Contents/section(\d+)\.xml")
# A section part far beyond any real document is a zip bomb, not a policy paper.
_MAX_PART_BYTES = 256 * 1024 * 1024

# Inline elements inside <hp:t> that stand for characters.
_INLINE_CHARS = {"tab": "\t", "lineBreak": "\n", "nbSpace": " ", "fwSpace": " ", "hyphen": "-"}
# Controls whose text is not body content: running headers/footers repeat on every page, hidden
# comments are annotations, and a fieldBegin's parameters hold the 누름틀 guide text
# ("여기에 내용을 입력하세요"), which Hangul shows only while the field is empty.
_SKIPPED = {"header", "footer", "hiddenComment", "fieldBegin", "parameters"}


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def load_hwpx(path: Path) -> list[Page]:
    """Return one Page(number=None) per section, in document order."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf:
            _check_not_encrypted(zf, path)
            pages = [Page(number=None, text=_section_text(zf, name, path)) for name in _section_parts(zf, path)]
    except zipfile.BadZipFile as exc:
        raise CorruptDocument(path, f"damaged HWPX (ZIP) container: {exc}") from exc
    except (OSError, EOFError, zlib.error, NotImplementedError, zipfile.LargeZipFile, RecursionError) as exc:
        raise CorruptDocument(path, f"HWPX part cannot be read: {exc}") from exc
    log.debug("%s: %d section(s)", path, len(pages))
    return pages


def _check_not_encrypted(zf: zipfile.ZipFile, path: Path) -> None:
    if any(info.flag_bits & 0x1 for info in zf.infolist()):
        raise EncryptedDocument(path, "password-protected HWPX (encrypted ZIP entries)")
    if "META-INF/manifest.xml" in zf.namelist():
        # Hangul's "문서 암호" writes ODF-style encryption-data entries into the manifest.
        if b"encryption-data" in zf.read("META-INF/manifest.xml"):
            raise EncryptedDocument(path, "password-protected HWPX: save it without a password to index it")


def _section_parts(zf: zipfile.ZipFile, path: Path) -> list[str]:
    """Section part names: spine order of Contents/content.hpf, else numeric order of the file names."""
    names = set(zf.namelist())
    sections = sorted((n for n in names if _SECTION_NAME.fullmatch(n)),
                      key=lambda n: int(_SECTION_NAME.fullmatch(n).group(1)))
    spine = _spine_parts(zf) if "Contents/content.hpf" in names else []
    ordered = [n for n in spine if n in names and _SECTION_NAME.fullmatch(n)]
    # Sections a (damaged) spine forgets are still content: append them in numeric order.
    ordered += [n for n in sections if n not in ordered]
    if not ordered:
        raise CorruptDocument(path, "HWPX without Contents/section*.xml parts")
    return ordered


def _spine_parts(zf: zipfile.ZipFile) -> list[str]:
    try:
        root = ET.fromstring(zf.read("Contents/content.hpf"))
    except ET.ParseError as exc:
        log.warning("unreadable Contents/content.hpf, using file names: %s", exc)
        return []
    hrefs = {item.get("id"): item.get("href", "") for item in root.iter() if _local(item.tag) == "item"}
    parts = []
    for ref in root.iter():
        if _local(ref.tag) == "itemref" and ref.get("idref") in hrefs:
            href = hrefs[ref.get("idref")]
            # Hrefs are package-relative ("Contents/section0.xml"); tolerate "section0.xml" too.
            parts.append(href if href.startswith("Contents/") else posixpath.join("Contents", href))
    return parts


def _section_text(zf: zipfile.ZipFile, name: str, path: Path) -> str:
    if zf.getinfo(name).file_size > _MAX_PART_BYTES:
        raise CorruptDocument(path, f"{name} is implausibly large ({zf.getinfo(name).file_size} bytes)")
    try:
        root = ET.fromstring(zf.read(name))
    except ET.ParseError as exc:
        raise CorruptDocument(path, f"{name} is not well-formed XML: {exc}") from exc
    return "\n".join(_block_lines(root))


def _block_lines(elem: ET.Element) -> list[str]:
    """Lines of the outermost paragraphs below `elem` (a section, subList, drawText...)."""
    lines: list[str] = []
    for para in _outer_paragraphs(elem):
        lines.extend(_paragraph_lines(para))
    return lines


def _outer_paragraphs(elem: ET.Element) -> Iterator[ET.Element]:
    for child in elem:
        name = _local(child.tag)
        if name == "p":
            yield child
        elif name not in _SKIPPED:
            yield from _outer_paragraphs(child)


def _paragraph_lines(para: ET.Element) -> list[str]:
    """One paragraph: its text, with tables and text boxes rendered as lines where they occur."""
    lines: list[str] = []
    current: list[str] = []

    def flush_with(block: list[str]) -> None:
        if not block:
            return
        text = "".join(current)
        if text.strip():
            lines.append(text)
        current.clear()
        lines.extend(block)

    for run in para:
        if _local(run.tag) != "run":
            continue
        for child in run:
            name = _local(child.tag)
            if name == "t":
                current.append(_t_text(child))
            elif name == "tbl":
                flush_with(_table_lines(child))
            elif name not in _SKIPPED and name != "secPr":
                # ctrl (footnotes, endnotes), rect/ellipse/container (text boxes), pic captions...
                flush_with(_block_lines(child))
    lines.append("".join(current))
    return [line for part in lines for line in part.split("\n")]


def _t_text(elem: ET.Element) -> str:
    """All text of an <hp:t>, including text in/after child elements (<hp:tab/>, markers...)."""
    parts = [elem.text or ""]
    for child in elem:
        name = _local(child.tag)
        parts.append(_INLINE_CHARS.get(name, ""))
        if name not in _INLINE_CHARS:
            parts.append(_t_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _table_lines(tbl: ET.Element) -> list[str]:
    """One line per <hp:tr>, cells joined by " | ", paragraphs in a cell joined by a space."""
    rows: list[list[list[str]]] = []
    for tr in tbl:
        if _local(tr.tag) != "tr":
            continue
        rows.append([_block_lines(tc) for tc in tr if _local(tc.tag) == "tc"])
    cells = [cell for row in rows for cell in row]
    if len(cells) == 1:
        # A 1x1 table is a frame around ordinary text (very common in Korean forms): keep its lines.
        return [line for line in cells[0] if line.strip()]
    out = []
    for row in rows:
        texts = [" ".join(line.strip() for line in cell if line.strip()) for cell in row]
        if any(texts):
            out.append(" | ".join(texts))
    return out


def hwpx_properties(path: Path) -> dict:
    """The title in Contents/content.hpf's metadata (`<opf:title>`), for ingest/titles.py."""
    with zipfile.ZipFile(path) as zf:
        if "Contents/content.hpf" not in zf.namelist():
            return {}
        root = ET.fromstring(zf.read("Contents/content.hpf"))
    title = next((el.text or "" for el in root.iter() if _local(el.tag) == "title"), "")
    return {"title": title.strip()}
