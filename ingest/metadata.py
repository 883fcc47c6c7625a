"""Document metadata: from the folder's MANIFEST.tsv when it has a row for the file, else inferred."""
from __future__ import annotations

import csv
import enum
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ingest.records import Format, LoadedFile
from ingest.titles import infer, shorten

logger = logging.getLogger(__name__)
MANIFEST_NAME = "MANIFEST.tsv"
_FRONT_MATTER = (Format.TEXT, Format.MARKDOWN)  # their `title` is the author's front matter, not a file property


class DocType(str, enum.Enum):
    PLAN = "plan"
    LAW = "law"
    KCN = "kcn"
    REPORT = "report"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class DocMeta:
    title: str
    doc_type: DocType
    publisher: str = ""
    year: int | None = None
    language: str = "ko"


@lru_cache(maxsize=64)
def _manifest_rows(folder: Path, mtime: float) -> dict[str, dict]:
    rows: dict[str, dict] = {}
    with open(folder / MANIFEST_NAME, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row.get("file"):
                rows[row["file"]] = row
    return rows


def manifest_row(path: Path) -> dict | None:
    manifest = path.parent / MANIFEST_NAME
    if not manifest.is_file():
        return None
    try:
        return _manifest_rows(path.parent.resolve(), manifest.stat().st_mtime).get(path.name)
    except (OSError, csv.Error, UnicodeDecodeError) as err:
        logger.warning("could not read %s: %s", manifest, err)
        return None


def describe(loaded: LoadedFile) -> DocMeta:
    row = manifest_row(loaded.path)
    if row:
        return DocMeta(
            title=row.get("title") or loaded.path.stem,
            doc_type=_doc_type(row.get("doc_type")),
            publisher=row.get("publisher") or "",
            year=_year(row.get("year")),
            language=row.get("language") or "ko",
        )
    return _inferred(loaded)


def _inferred(loaded: LoadedFile) -> DocMeta:
    """Front matter (TXT/MD) names title, type and date outright; otherwise ingest/titles.py infers them."""
    meta = loaded.meta
    found = infer(loaded.text, meta)
    title = str(meta.get("제목") or (meta.get("title") if loaded.format in _FRONT_MATTER else None)
                or _markdown_heading(loaded) or found.title or loaded.path.stem)
    doc_type = DocType.LAW if ("법령구분" in meta or "법령ID" in meta) else _doc_type(found.doc_type)
    year = _year(str(meta.get("공포일자") or meta.get("date") or meta.get("year") or "")) or found.year
    return DocMeta(title=shorten(title), doc_type=doc_type, year=year)


def _markdown_heading(loaded: LoadedFile) -> str | None:
    if loaded.format is not Format.MARKDOWN:
        return None
    return next((ln.lstrip("#").strip() for ln in loaded.text.split("\n")[:40] if re.match(r"#{1,3} \S", ln)), None)


def _doc_type(value: str | None) -> DocType:
    try:
        return DocType((value or "unknown").strip().lower())
    except ValueError:
        return DocType.UNKNOWN


def _year(value: str | None) -> int | None:
    match = re.search(r"(19|20)\d{2}", value or "")
    return int(match.group()) if match else None
