"""DOCX loader on a document generated with python-docx."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ingest.detect import detect_format
from ingest.docx import load_docx
from ingest.errors import CorruptDocument
from ingest.records import Format


def _make(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("스마트도시 추진 현황", level=1)
    document.add_paragraph("국가시범도시는 두 곳이다.")
    table = document.add_table(rows=3, cols=3)
    rows = [["구분", "사업명", "예산(억원)"], ["국가시범도시", "세종 5-1 생활권", "1,500"], ["", "부산 에코델타시티", "2,000"]]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(0, 1).add_paragraph("(2단계)")
    table.cell(1, 0).merge(table.cell(2, 0))  # vertical merge
    wide = document.add_table(rows=1, cols=3)
    wide.cell(0, 0).merge(wide.cell(0, 1)).text = "병합 셀"
    wide.cell(0, 2).text = "끝 열"
    document.add_paragraph("표 다음 문단.")
    document.save(str(path))
    return path


def test_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    pages = load_docx(_make(tmp_path / "현황.docx"))
    assert len(pages) == 1 and pages[0].number is None
    assert pages[0].text.split("\n") == [
        "스마트도시 추진 현황",
        "국가시범도시는 두 곳이다.",
        "구분 | 사업명 (2단계) | 예산(억원)",
        # python-docx repeats a vertically merged cell in each row it spans: each row stays self-contained.
        "국가시범도시 | 세종 5-1 생활권 | 1,500",
        "국가시범도시 | 부산 에코델타시티 | 2,000",
        "병합 셀 | 끝 열",  # horizontally merged cell emitted once
        "표 다음 문단.",
    ]


def test_docx_named_hwp_detected_as_docx(tmp_path: Path) -> None:
    path = _make(tmp_path / "위장.hwp")
    assert detect_format(path) is Format.DOCX
    assert load_docx(path)[0].text.startswith("스마트도시 추진 현황\n")


def test_corrupt_docx(tmp_path: Path) -> None:
    path = tmp_path / "bad.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(CorruptDocument, match="damaged DOCX package"):
        load_docx(path)
