"""Plain text and Markdown files. PDF-extracted text may carry form feeds between pages."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from ingest.errors import CorruptDocument
from ingest.records import Page

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


def decode_text(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM), else CP949/EUC-KR as Korean Windows tools write it."""
    for encoding in ("utf-8-sig", "cp949"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CorruptDocument(path, "text is neither UTF-8 nor CP949/EUC-KR")


def load_text(path: Path) -> tuple[list[Page], dict]:
    text = decode_text(path, path.read_bytes())
    meta: dict = {}
    match = _FRONT_MATTER.match(text.replace("\r\n", "\n"))
    if match:
        try:
            front = yaml.safe_load(match.group(1))
        except yaml.YAMLError:
            front = None
        if isinstance(front, dict):
            meta = {str(k): v for k, v in front.items()}
            text = text.replace("\r\n", "\n")[match.end():]
    parts = text.split("\f")
    if len(parts) == 1:
        return [Page(None, text)], meta
    return [Page(i, part) for i, part in enumerate(parts, start=1)], meta
