"""HWPX loader on the real fixtures and on a small hand-made package."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from ingest.errors import CorruptDocument, EncryptedDocument
from ingest.hwpx import load_hwpx

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"

_NS = (
    'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
    'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph"'
)


def _para(inner: str) -> str:
    return f"<hp:p><hp:run>{inner}</hp:run></hp:p>"


def _section(*paras: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><hs:sec {_NS}>{"".join(paras)}</hs:sec>'


def _cell(*paras: str) -> str:
    return f"<hp:tc><hp:subList>{''.join(paras)}</hp:subList></hp:tc>"


def _write(path: Path, parts: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/hwp+zip")
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def test_gangnam_notice() -> None:
    pages = load_hwpx(FIXTURES / "gangnam-legislative-notice.hwpx")
    assert len(pages) == 1 and pages[0].number is None
    lines = pages[0].text.split("\n")
    assert lines[0] == "서울특별시 강남구 공고 제2023-745호"
    assert "서울특별시 강남구 공무직 관리 규정 일부개정규칙안 입법예고" in lines
    # <hp:t>   ○ <hp:tab .../></hp:t> followed by the next run: the tab is kept, nothing is lost.
    assert (
        "   ○ \t의견제출자의 성명(단체 또는 법인의 경우에는 단체명, 법인명, 또는 그 대표자 성명), 주소 및 전화번호"
        in lines
    )


def test_open_data_tables_row_by_row() -> None:
    lines = load_hwpx(FIXTURES / "open-data-standard-tables.hwpx")[0].text.split("\n")
    assert lines[0] == "공공데이터 제공 표준 (2023.5.18.)"  # 1x1 frame table -> plain line
    assert "항목 | 내용" in lines
    assert "관련법령 | 국가통합교통체계효율화법" in lines
    assert "NO | 항목명 | 구분 (필수/선택) | 설명 | 허용 값 | 표현형식/단위 | 예시" in lines
    assert "1 | 환승센터명 | 필수 | 고시에 명기된 복합환승센터의 명칭 |  | text | 서울역복합환승센터" in lines


def test_ulsan_without_manifest_two_sections_in_order() -> None:
    pages = load_hwpx(FIXTURES / "ulsan-notice-no-manifest.hwpx")
    assert [page.number for page in pages] == [None, None]
    assert pages[0].text.split("\n")[0] == "입 법 예 고"
    assert "울산광역시 남구 공고 제2021-174호 " in pages[0].text.split("\n")
    second = pages[1].text.split("\n")
    assert second[0] == "신ㆍ구조문대비표"
    assert second[1] == "현        행 | 개   정   안"
    assert "제1절 재산분 | 제1절 사업소분" in second


def test_synthetic_nested_text_fields_tables_and_order(tmp_path: Path) -> None:
    click_here = (
        '<hp:ctrl><hp:fieldBegin id="1" type="CLICK_HERE" name="담당자"><hp:parameters count="1">'
        '<hp:stringParam name="Direction">여기에 담당자를 입력하세요</hp:stringParam>'
        "</hp:parameters></hp:fieldBegin></hp:ctrl>"
        "<hp:t>홍길동</hp:t>"
        '<hp:ctrl><hp:fieldEnd beginIDRef="1"/></hp:ctrl>'
    )
    table = (
        "<hp:tbl>"
        f"<hp:tr>{_cell(_para('<hp:t>구분</hp:t>'))}{_cell(_para('<hp:t>내용</hp:t>'))}</hp:tr>"
        f"<hp:tr>{_cell(_para('<hp:t>사업</hp:t>'))}"
        f"{_cell(_para('<hp:t>스마트</hp:t>'), _para('<hp:t>시티</hp:t>'))}</hp:tr>"
        "</hp:tbl>"
    )
    header = '<hp:ctrl><hp:header><hp:subList><hp:p><hp:run><hp:t>머리말</hp:t></hp:run></hp:p></hp:subList></hp:header></hp:ctrl>'
    sections = {
        "Contents/section0.xml": _section(
            _para(header + "<hp:t>abc<hp:tab/>def<hp:lineBreak/>ghi</hp:t>"),
            _para("<hp:t>담당: </hp:t>" + click_here),
            _para("<hp:t>표 앞</hp:t>" + table + "<hp:t>표 뒤</hp:t>"),
        ),
        "Contents/section2.xml": _section(_para("<hp:t>둘째</hp:t>")),
        "Contents/section10.xml": _section(_para("<hp:t>열째</hp:t>")),
    }
    pages = load_hwpx(_write(tmp_path / "doc.hwp", sections))
    assert [page.text for page in pages] == [
        "abc\tdef\nghi\n담당: 홍길동\n표 앞\n구분 | 내용\n사업 | 스마트 시티\n표 뒤",
        "둘째",
        "열째",
    ]


def test_spine_order_is_used(tmp_path: Path) -> None:
    hpf = (
        '<opf:package xmlns:opf="http://www.idpf.org/2007/opf/"><opf:manifest>'
        '<opf:item id="s0" href="Contents/section0.xml"/><opf:item id="s1" href="Contents/section1.xml"/>'
        '</opf:manifest><opf:spine><opf:itemref idref="s1"/><opf:itemref idref="s0"/></opf:spine></opf:package>'
    )
    parts = {
        "Contents/content.hpf": hpf,
        "Contents/section0.xml": _section(_para("<hp:t>영</hp:t>")),
        "Contents/section1.xml": _section(_para("<hp:t>일</hp:t>")),
    }
    assert [p.text for p in load_hwpx(_write(tmp_path / "s.hwpx", parts))] == ["일", "영"]


def test_malformed_section_is_corrupt(tmp_path: Path) -> None:
    path = _write(tmp_path / "bad.hwpx", {"Contents/section0.xml": "<hs:sec><hp:p>"})
    with pytest.raises(CorruptDocument, match="Contents/section0.xml is not well-formed XML"):
        load_hwpx(path)


def test_no_sections_is_corrupt(tmp_path: Path) -> None:
    path = _write(tmp_path / "empty.hwpx", {"version.xml": "<v/>"})
    with pytest.raises(CorruptDocument) as info:
        load_hwpx(path)
    assert info.value.reason == "HWPX without Contents/section*.xml parts"


def test_encrypted_manifest(tmp_path: Path) -> None:
    manifest = '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><odf:file-entry><odf:encryption-data/></odf:file-entry></odf:manifest>'
    path = _write(tmp_path / "enc.hwpx", {"META-INF/manifest.xml": manifest, "Contents/section0.xml": "x"})
    with pytest.raises(EncryptedDocument) as info:
        load_hwpx(path)
    assert info.value.reason == "password-protected HWPX: save it without a password to index it"


def test_not_a_zip_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "x.hwpx"
    path.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(CorruptDocument, match="damaged HWPX"):
        load_hwpx(path)
