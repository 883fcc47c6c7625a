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
