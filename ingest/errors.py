"""Domain exceptions. Library code raises these; the CLI and the web app translate them at the edge."""
from __future__ import annotations

from pathlib import Path


class SmartCityKBError(Exception):
    """Base of every error the product raises on purpose."""


class LoadError(SmartCityKBError):
    """A file could not be turned into text. `reason` is one short sentence for the user."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class UnsupportedFormat(LoadError):
    """The bytes are not one of the formats we read (PDF, HWP, HWPX, DOCX, TXT/MD)."""


class EncryptedDocument(LoadError):
    """Password-protected or DRM-wrapped: we cannot read it without the owner's key."""


class CorruptDocument(LoadError):
    """The container is damaged (truncated, mangled by a text round trip, bad streams)."""


class NeedsOCR(LoadError):
    """A PDF without a usable text layer (scanned, or a font without a ToUnicode map)."""


# The loaders' reasons, said in Korean for the people who upload files (the English stays in brackets for
# logs and bug reports). Checked in order; a reason not listed keeps its class's Korean summary.
_REASONS_KO = (
    (r"password-protected PDF", "암호가 걸린 PDF입니다. 암호를 풀어 저장한 파일이 필요합니다"),
    (r"password-protected (HWPX?|Office)", "암호가 걸린 문서입니다. 암호 없이 다시 저장한 파일이 필요합니다"),
    (r"DRM-protected", "DRM으로 보호된 문서입니다. DRM 프로그램에서 해제해 내보낸 파일이 필요합니다"),
    (r"certificate-encrypted", "인증서로 암호화된 문서라 읽을 수 없습니다"),
    (r"distribution-protected", "배포용 문서인데 본문을 찾지 못했습니다"),
    (r"no usable text layer|needs OCR", "글자 정보가 없는 PDF입니다(스캔본 등). OCR로 글자를 입힌 파일이 필요합니다"),
    (r"empty file", "빈 파일입니다(0바이트)"),
    (r"no text found", "문서에서 글자를 찾지 못했습니다"),
    (r"no such file", "파일이 없습니다"),
    (r"HWP 3\.x|HWP version", "HWP 5 이전 형식입니다. 한글에서 HWP 또는 HWPX로 다시 저장한 파일이 필요합니다"),
    (r"UTF-8\) round trip|U\+FFFD", "문자 변환으로 손상된 파일입니다. 원본 파일을 다시 받으세요"),
    (r"UTF-16 text", "UTF-16 텍스트 파일입니다. UTF-8로 저장한 파일이 필요합니다"),
    (r"neither UTF-8 nor CP949", "텍스트 인코딩을 알 수 없습니다(UTF-8, CP949가 아님)"),
    (r"not HWP|neither HWPX nor DOCX|unrecognised binary|without an HWP FileHeader|is not 'HWP",
     "지원하지 않는 형식입니다(PDF, HWP, HWPX, DOCX, TXT, MD만 읽습니다)"),
)
_CLASS_KO = {"EncryptedDocument": "암호화되었거나 보호된 문서입니다", "NeedsOCR": "OCR이 필요한 PDF입니다",
             "CorruptDocument": "손상된 파일입니다", "UnsupportedFormat": "지원하지 않는 형식입니다"}


def reason_ko(reason: str, kind: str = "") -> str:
    """`reason` (a LoadError's, possibly prefixed with its path) as a Korean sentence with the English after it."""
    import re

    english = reason.split(": ", 1)[1] if re.match(r"^(/|\w:\\|[\w.\-]+/)", reason) and ": " in reason else reason
    korean = next((ko for pattern, ko in _REASONS_KO if re.search(pattern, english)), _CLASS_KO.get(kind))
    return f"{korean} ({english})" if korean else english
