"""HWP 5 loader on the real fixtures: compressed/uncompressed, tables, 배포용 decryption, errors."""
from __future__ import annotations

import shutil
import struct
from pathlib import Path

import olefile
import pytest

from ingest.errors import CorruptDocument, EncryptedDocument
from ingest.hwp import _CTRL, decode_para_text, load_hwp

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"
DECOY = "이 문서는 상위 버전의 배포용 문서입니다."


def _lines(name: str) -> list[str]:
    pages = load_hwp(FIXTURES / name)
    assert all(page.number is None for page in pages)
    return "\n".join(page.text for page in pages).split("\n")


def test_compressed_v5005_text_inside_tables() -> None:
    lines = _lines("nts-qa-compressed-v5005.hwp")
    # 고정폭 빈칸 (control 31) becomes a plain space; the 4-cell header row stays on one line.
    assert lines[0] == "[ 문서번호 ] | 재삼46014-2330  (1994.08.29) | [ 세목 ] | 상증"
    assert "공동상속인간의 협의에 의하여 지분을 변경한 경우 증여세의 과세여부" in lines
    assert "[ 관련법령 ] | 상속세법 제29조의3 【증여재산의 범위】" in lines


def test_uncompressed_v5034() -> None:
    lines = _lines("nts-qa-uncompressed-v5034.hwp")
    assert "[ 문서번호 ] | 사전-2021-법령해석법인-0344(2021.06.21) | [ 세목 ] | 법인" in lines
    assert "성실신고 확인서 제출대상 법인에 해당하는지 여부" in lines
    assert "1. 사실관계" in lines
    assert any("임대부동산 처분수입·이자수입 등 영업외수익만 있는 경우" in line for line in lines)


def test_award_forms_table_rows() -> None:
    lines = _lines("award-forms-uncompressed.hwp")
    assert "정부포상 추천자 현황(민간인‧재직공무원‧단체)" in lines
    assert "○○회사 | 부장 | 성춘향 | 석탑 산업 | 20-02-19 | 무 | - | - | 무 |  |  |  | - | 무" in lines
    assert "추 천 인 | 성  명* (단체명) |  | 관  계* | (피추천인의)" in lines


def test_distribution_document_is_decrypted() -> None:
    pages = load_hwp(FIXTURES / "tender-notice-distribution-protected.hwp")
    text = "\n".join(page.text for page in pages)
    lines = text.split("\n")
    assert DECOY not in text
    assert "배포용 문서" not in text
    assert "2025년 강남세움센터 시설관리원 용역업체 선정 입찰공고" in lines
    assert "  ②기초금액 : 금72,300,000원(금칠천이백삼십만원)(※부가가치세 포함)" in lines
    assert lines[-1] == "강남세움복지관장"


def test_mangled_file_is_corrupt() -> None:
    with pytest.raises(CorruptDocument) as info:
        load_hwp(FIXTURES / "corrupt-utf8-mangled.hwp")
    assert info.value.reason == "not an HWP 5 file: the OLE compound-file header is missing or damaged"


def _with_flags(tmp_path: Path, source: str, flags: int) -> Path:
    target = tmp_path / source
    shutil.copy(FIXTURES / source, target)
    with olefile.OleFileIO(str(target), write_mode=True) as ole:
        header = bytearray(ole.openstream("FileHeader").read())
        struct.pack_into("<I", header, 36, flags)
        ole.write_stream("FileHeader", bytes(header))
    return target


def test_password_flag(tmp_path: Path) -> None:
    path = _with_flags(tmp_path, "nts-qa-compressed-v5005.hwp", 0b11)
    with pytest.raises(EncryptedDocument) as info:
        load_hwp(path)
    assert info.value.reason == "password-protected HWP: save it without a password to index it"


def test_drm_flag(tmp_path: Path) -> None:
    path = _with_flags(tmp_path, "nts-qa-compressed-v5005.hwp", 0b1_0001)
    with pytest.raises(EncryptedDocument) as info:
        load_hwp(path)
    assert info.value.reason == "DRM-protected HWP: export it from the DRM client to index it"


def test_distribution_flag_without_view_text_never_returns_body(tmp_path: Path) -> None:
    path = _with_flags(tmp_path, "nts-qa-compressed-v5005.hwp", 0b101)
    with pytest.raises(EncryptedDocument) as info:
        load_hwp(path)
    assert info.value.reason == "distribution-protected (배포용) HWP: no ViewText sections to decrypt"


def test_distribution_without_key_record(tmp_path: Path) -> None:
    target = tmp_path / "dist.hwp"
    shutil.copy(FIXTURES / "tender-notice-distribution-protected.hwp", target)
    with olefile.OleFileIO(str(target), write_mode=True) as ole:
        size = len(ole.openstream("ViewText/Section0").read())
        ole.write_stream("ViewText/Section0", b"\x00" * size)
    with pytest.raises(EncryptedDocument) as info:
        load_hwp(target)
    assert info.value.reason == (
        "distribution-protected (배포용) HWP: ViewText/Section0 does not start with the key record"
    )


def test_damaged_compressed_stream(tmp_path: Path) -> None:
    target = tmp_path / "broken.hwp"
    shutil.copy(FIXTURES / "nts-qa-compressed-v5005.hwp", target)
    with olefile.OleFileIO(str(target), write_mode=True) as ole:
        size = len(ole.openstream("BodyText/Section0").read())
        ole.write_stream("BodyText/Section0", b"\xff" * size)
    with pytest.raises(CorruptDocument, match="BodyText/Section0: compressed stream cannot be inflated"):
        load_hwp(target)


def _units(*values: int) -> bytes:
    return struct.pack(f"<{len(values)}H", *values)


def test_para_text_controls_surrogates_and_private_use() -> None:
    payload = (
        "가".encode("utf-16-le")
        + _units(9, 0, 0, 0, 0, 0, 0, 9)  # tab: inline control, 8 units
        + "😀".encode("utf-16-le")  # surrogate pair kept
        + _units(0xE000)  # private-use glyph dropped
        + _units(11, 0x6C74, 0x2062, 0, 0, 0, 0, 11)  # table: extended control, 8 units
        + "끝".encode("utf-16-le")
        + _units(24, 10, 31)  # hyphen, line break, fixed-width space: 1 unit each
        + _units(13)  # paragraph end
    )
    assert decode_para_text(payload) == ["가\t😀", _CTRL, "끝-\n "]


def test_lone_surrogate_dropped() -> None:
    assert decode_para_text(_units(0xD800, ord("A"))) == ["A"]
