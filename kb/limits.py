"""Input limits of the settings, checked at every entry (command line, web page, API, ingest) before any
heavy work.

A 200,000-character question took 81-102 s and held 180 MiB of server memory; the limits (settings
`max_question_chars`, `max_description_chars`, `max_batch_rows`, `max_file_mb`) refuse such input at once
with a message that names the limit and the setting that raises it.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ingest.errors import SmartCityKBError


class InputTooLarge(SmartCityKBError):
    pass


def _check(text: str | None, limit: int, what_ko: str, what_en: str, setting: str) -> None:
    if isinstance(text, str) and len(text) > limit:
        raise InputTooLarge(f"{what_ko} 너무 깁니다: {len(text):,}자 (최대 {limit:,}자) — {what_en} too long: "
                            f"{len(text):,} characters, limit {limit:,} (setting {setting})")


def check_question(question: str | None, settings) -> None:
    _check(question, settings.max_question_chars, "질문이", "question", "max_question_chars")


def check_project(title: str | None, description: str | None, settings) -> None:
    _check(title, settings.max_description_chars, "사업명이", "title", "max_description_chars")
    _check(description, settings.max_description_chars, "사업 내용이", "description", "max_description_chars")


def check_rows(rows: int, settings, source: str) -> None:
    if rows > settings.max_batch_rows:
        raise InputTooLarge(f"{source}: 행이 너무 많습니다: {rows:,}행 (최대 {settings.max_batch_rows:,}행) — too many "
                            f"rows: {rows:,}, limit {settings.max_batch_rows:,} (setting max_batch_rows); split the file")


def count_rows(lines: Iterable[str]) -> int:
    return sum(1 for line in lines if line.strip())


def file_too_big(path: Path, settings) -> str:
    """Why a file is refused before it is read, or "" (loaders hold a whole document in memory)."""
    size, limit = Path(path).stat().st_size, settings.max_file_mb
    if size <= limit * (1 << 20):
        return ""
    return (f"파일이 너무 큽니다 (file too large): {size / (1 << 20):.1f} MB > {limit:g} MB "
            "(setting max_file_mb, SMARTCITY_KB_MAX_FILE_MB)")
