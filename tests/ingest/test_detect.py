"""Format detection by magic bytes on the real fixtures and on renamed copies."""
from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import olefile
import pytest

from ingest.detect import detect_format
from ingest.errors import CorruptDocument, UnsupportedFormat
from ingest.records import Format

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("award-forms-uncompressed.hwp", Format.HWP),
        ("nts-qa-compressed-v5005.hwp", Format.HWP),
        ("tender-notice-distribution-protected.hwp", Format.HWP),
        ("gangnam-legislative-notice.hwpx", Format.HWPX),
        ("ulsan-notice-no-manifest.hwpx", Format.HWPX),
        ("national-assembly-bill-2125318.pdf", Format.PDF),
        ("password-protected.pdf", Format.PDF),
        ("FIXTURES.md", Format.MARKDOWN),
    ],
)
def test_fixture_formats(name: str, expected: Format) -> None:
    assert detect_format(FIXTURES / name) is expected


def test_hwpx_named_hwp_is_hwpx(tmp_path: Path) -> None:
    target = tmp_path / "공고문.hwp"
    shutil.copy(FIXTURES / "gangnam-legislative-notice.hwpx", target)
    assert detect_format(target) is Format.HWPX


def test_hwp_named_hwpx_is_hwp(tmp_path: Path) -> None:
    target = tmp_path / "질의회신.hwpx"
    shutil.copy(FIXTURES / "nts-qa-compressed-v5005.hwp", target)
    assert detect_format(target) is Format.HWP


def test_pdf_named_hwp_is_pdf(tmp_path: Path) -> None:
    target = tmp_path / "의안.hwp"
    shutil.copy(FIXTURES / "national-assembly-bill-2125318.pdf", target)
    assert detect_format(target) is Format.PDF


def test_mangled_hwp_is_corrupt() -> None:
    with pytest.raises(CorruptDocument) as info:
        detect_format(FIXTURES / "corrupt-utf8-mangled.hwp")
    assert info.value.reason == (
        "HWP/OLE document damaged by a text-encoding (UTF-8) round trip: bytes were replaced by U+FFFD; "
        "fetch the original file again"
    )


def test_text_encodings_and_markdown(tmp_path: Path) -> None:
    utf8 = tmp_path / "a.txt"
    utf8.write_text("스마트도시 조성 및 산업진흥 등에 관한 법률\n", encoding="utf-8")
    bom = tmp_path / "b.markdown"
    bom.write_bytes("\ufeff# 스마트시티\n".encode("utf-8"))
    cp949 = tmp_path / "c.md"
    cp949.write_bytes("스마트도시 계획\r\n".encode("cp949"))
    no_suffix = tmp_path / "README"
    no_suffix.write_text("plain text", encoding="utf-8")
    assert detect_format(utf8) is Format.TEXT
    assert detect_format(bom) is Format.MARKDOWN
    assert detect_format(cp949) is Format.MARKDOWN
    assert detect_format(no_suffix) is Format.TEXT


def test_markdown_extension_does_not_override_magic(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    shutil.copy(FIXTURES / "national-assembly-bill-2125318.pdf", target)
    assert detect_format(target) is Format.PDF


def test_binary_junk_is_unsupported(tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(UnsupportedFormat) as info:
        detect_format(junk)
    assert info.value.reason == "unrecognised binary file (starts with 00 01 02 03 04 05 06 07)"


def test_utf16_text_is_unsupported_with_reason(tmp_path: Path) -> None:
    target = tmp_path / "u16.txt"
    target.write_bytes("스마트도시".encode("utf-16"))
    with pytest.raises(UnsupportedFormat, match="UTF-16 text file"):
        detect_format(target)


def test_empty_file_is_corrupt(tmp_path: Path) -> None:
    target = tmp_path / "empty.pdf"
    target.write_bytes(b"")
    with pytest.raises(CorruptDocument, match="empty file"):
        detect_format(target)


def test_other_zip_is_unsupported(tmp_path: Path) -> None:
    target = tmp_path / "data.hwpx"
    with zipfile.ZipFile(target, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(UnsupportedFormat) as info:
        detect_format(target)
    assert info.value.reason == "ZIP archive that is neither HWPX nor DOCX"


def test_hwpx_without_mimetype_detected_by_section(tmp_path: Path) -> None:
    target = tmp_path / "bare.zip"
    with zipfile.ZipFile(target, "w") as zf:
        zf.writestr("Contents/section0.xml", "<sec/>")
    assert detect_format(target) is Format.HWPX


def test_docx_detected(tmp_path: Path) -> None:
    target = tmp_path / "report.hwp"
    with zipfile.ZipFile(target, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<document/>")
    assert detect_format(target) is Format.DOCX


def test_truncated_zip_is_corrupt(tmp_path: Path) -> None:
    target = tmp_path / "cut.hwpx"
    target.write_bytes((FIXTURES / "gangnam-legislative-notice.hwpx").read_bytes()[:2000])
    with pytest.raises(CorruptDocument, match="damaged ZIP container"):
        detect_format(target)


def test_ole_without_hwp_signature_is_unsupported(tmp_path: Path) -> None:
    # Stand-in for .doc/.xls: an OLE file whose FileHeader is not HWP's (same-size rewrite).
    target = tmp_path / "legacy.doc"
    shutil.copy(FIXTURES / "nts-qa-compressed-v5005.hwp", target)
    with olefile.OleFileIO(str(target), write_mode=True) as ole:
        size = len(ole.openstream("FileHeader").read())
        ole.write_stream("FileHeader", b"Microsoft Word!!".ljust(size, b"\x00"))
    with pytest.raises(UnsupportedFormat) as info:
        detect_format(target)
    assert info.value.reason == "OLE file with a FileHeader that is not 'HWP Document File'"


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("공고문.hwp", b"<!-- saved from url=(0014)about:blank -->\n",
     "named .hwp but its 42 bytes are an HTML comment, not an HWP document (a placeholder or a failed download?)"),
    ("계획.pdf", "<!DOCTYPE html><html><body>404 페이지를 찾을 수 없습니다</body></html>".encode("utf-8"),
     "named .pdf but its 81 bytes are an HTML page, not a PDF document (a placeholder or a failed download?)"),
    ("서식.hwpx", "스마트도시 계획\n".encode("cp949"),
     "named .hwpx but its 16 bytes are text, not an HWPX document (a placeholder or a failed download?)"),
    ("report.docx", b"<?xml version='1.0'?><w:document/>",
     "named .docx but its 34 bytes are XML, not a DOCX document (a placeholder or a failed download?)"),
])
def test_text_named_as_a_document_format_is_refused(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    target = tmp_path / name
    target.write_bytes(data)
    with pytest.raises(UnsupportedFormat) as info:
        detect_format(target)
    assert info.value.reason == reason
