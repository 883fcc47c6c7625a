"""A PDF's bookmarks become the section path of its passages (the bill fixture with an outline added)."""
from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from ingest.chunk import chunk_pages
from ingest.loaders import load
from ingest.pdf import load_pdf
from ingest.pdf_outline import OutlineEntry, read_outline

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"
BILL = FIXTURES / "national-assembly-bill-2125318.pdf"


@pytest.fixture(scope="module")
def outlined_bill(tmp_path_factory) -> Path:
    """The bill with the bookmarks a ministry PDF carries: chapters, a nested one, one whose text is not
    printed on its page, and one spelled with other spaces and dots than the page prints."""
    writer = PdfWriter(clone_from=PdfReader(BILL))
    writer.add_outline_item(title="제안이유 및 주요내용", page_number=0)
    law = writer.add_outline_item(title="기후위기 대응을 위한 탄소중립·녹색성장 기본법 일부개정법률안", page_number=2)
    writer.add_outline_item(title="부칙", page_number=4, parent=law)
    writer.add_outline_item(title="붙임", page_number=5)
    writer.add_outline_item(title="신·구조문 대비표", page_number=6)
    path = tmp_path_factory.mktemp("pdf") / "outlined.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def test_the_outline_is_read_in_order_with_levels_and_pages(outlined_bill):
    assert read_outline(outlined_bill) == [
        OutlineEntry(1, "제안이유 및 주요내용", 1),
        OutlineEntry(1, "기후위기 대응을 위한 탄소중립·녹색성장 기본법 일부개정법률안", 3),
        OutlineEntry(2, "부칙", 5),
        OutlineEntry(1, "붙임", 6),
        OutlineEntry(1, "신·구조문 대비표", 7),
    ]
    assert read_outline(BILL) == []


def test_headings_are_marked_on_their_pages(outlined_bill):
    pages = load_pdf(outlined_bill)
    assert pages[0].text.split("\n")[:5] == ["- 1 -", "기후위기 대응을 위한 탄소중립ㆍ녹색성장 기본법", "일부개정법률안",
                                             "(이수진의원 대표발의)", "# 제안이유 및 주요내용"]
    # two printed lines make one heading; the same title printed on page 1 is left alone
    assert pages[2].text.split("\n")[:3] == ["- 3 -", "법률 제 호", "# 기후위기 대응을 위한 탄소중립ㆍ녹색성장 기본법 일부개정법률안"]
    assert pages[4].text.split("\n")[:2] == ["- 5 -", "## 부 칙"]
    assert pages[5].text == "# 붙임\n"  # not printed on its (blank) page: opens the section at the top
    assert pages[6].text.split("\n")[:3] == ["- 7 -", "# 신ㆍ구조문대비표", "현 행 개 정 안"]
    assert [p.text for p in pages[7:]] == [p.text for p in load_pdf(BILL)[7:]]


def test_passages_carry_the_outline_as_their_section_path(outlined_bill):
    loaded = load(outlined_bill)
    chunks = chunk_pages("bill", list(loaded.pages))
    def path_of(start: str) -> tuple[int | None, tuple[str, ...]]:
        chunk = next(c for c in chunks if c.text.startswith(start))
        return chunk.page, chunk.section_path

    assert path_of("기후위기 대응을 위한 탄소중립·녹색성장 기본법일부개정법률안") == (1, ())  # above the first bookmark
    assert path_of("현행법은 기후위기 대응을 위해") == (1, ("제안이유 및 주요내용",))
    assert path_of("법률 제 호") == (3, ("제안이유 및 주요내용",))  # printed above the bookmarked heading
    assert path_of("기후위기 대응을 위한 탄소중립·녹색성장 기본법 일부를 다음과 같이 개정한다.") == (
        3, ("기후위기 대응을 위한 탄소중립·녹색성장 기본법 일부개정법률안",))
    assert path_of("제1조(시행일) 이 법은 공포 후 6개월이") == (
        5, ("기후위기 대응을 위한 탄소중립·녹색성장 기본법 일부개정법률안", "부 칙"))
    assert path_of("현 행 개 정 안") == (7, ("신·구조문대비표",))
    assert {c.section_path[0] for c in chunks if c.page and c.page >= 7} == {"신·구조문대비표"}  # articles nest below


def test_a_damaged_outline_is_ignored(tmp_path, caplog):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert read_outline(broken) == []
    assert "outline not read" in caplog.text
