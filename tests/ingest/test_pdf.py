"""PDF loader: Hancom PDF with dropped spaces, garbage text layer, password, no text layer."""
from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from ingest.errors import CorruptDocument, EncryptedDocument, NeedsOCR
from ingest.pdf import classify_text, load_pdf

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"
BILL = FIXTURES / "national-assembly-bill-2125318.pdf"


def test_bill_pages_numbered_from_one() -> None:
    pages = load_pdf(BILL)
    assert [page.number for page in pages] == list(range(1, 11))
    assert pages[5].text == ""  # page 6 is blank in the original


def test_bill_text_keeps_word_spaces_and_middle_dot() -> None:
    first = load_pdf(BILL)[0].text.split("\n")
    assert first[:4] == ["- 1 -", "기후위기 대응을 위한 탄소중립ㆍ녹색성장 기본법", "일부개정법률안", "(이수진의원 대표발의)"]
    assert "\u318d" in first[1]  # HANGUL LETTER ARAEA used as a middle dot, kept raw
    # pypdf returns "립기본계획및주요정책등을심의ㆍ의결하기위하여" for this line.
    assert "립기본계획 및 주요 정책 등을 심의ㆍ의결하기 위하여 2050 탄소중립" in first


def test_bill_comparison_table_page() -> None:
    lines = load_pdf(BILL)[6].text.split("\n")
    assert lines[:3] == ["- 7 -", "신ㆍ구조문대비표", "현 행 개 정 안"]


def test_cid_font_without_tounicode_needs_ocr() -> None:
    with pytest.raises(NeedsOCR) as info:
        load_pdf(FIXTURES / "cid-font-no-tounicode.pdf")
    assert info.value.reason == "no usable text layer (needs OCR)"


def test_password_protected() -> None:
    with pytest.raises(EncryptedDocument) as info:
        load_pdf(FIXTURES / "password-protected.pdf")
    assert info.value.reason == "password-protected PDF"


def test_blank_pdf_needs_ocr(tmp_path: Path) -> None:
    doc = pdfium.PdfDocument.new()
    doc.new_page(595, 842)
    doc.save(str(tmp_path / "scan.pdf"))
    doc.close()
    with pytest.raises(NeedsOCR, match="no usable text layer"):
        load_pdf(tmp_path / "scan.pdf")


def test_truncated_pdf_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "cut.pdf"
    path.write_bytes(BILL.read_bytes()[:3000])
    with pytest.raises(CorruptDocument, match="damaged PDF"):
        load_pdf(path)


def test_classify_text() -> None:
    assert classify_text("") == "empty"
    assert classify_text(" \n ") == "empty"
    assert classify_text("스마트도시 조성 및 산업진흥 등에 관한 법률 제2조(정의)") == "ok"
    english = "The quick brown fox jumps over the lazy dog 0123456789. " * 4
    assert classify_text(english) == "ok"
    # What the fixture's font yields: glyph ids = code - 29, spaces as U+0003.
    assert classify_text("7KH\x03TXLFN\x03EURZQ\x03IR[\x03MXPSV\x03RYHU\x03WKH\x03OD]\\\x03GRJ") == "garbage"
    # Same shift with real spaces: caught by the vowel share of Latin letters.
    shifted = "".join(chr(ord(c) - 29) if c.isalpha() else c for c in english)
    assert classify_text(shifted) == "garbage"
    assert classify_text("\ufffd\ufffd\ufffd 가나다") == "garbage"
    assert classify_text("\ue000\ue001\ue002\ue003 abc") == "garbage"
