"""Reading project lists and writing classifications: .jsonl, .csv and .xlsx, chosen by extension.

CSV files may be UTF-8, UTF-8 with BOM, or CP949/EUC-KR (Korean Excel exports); the encoding is detected.
Columns `id`, `title`, `description` are required; Korean headers are accepted (번호/ID → id, 사업명/제목 →
title, 사업내용/설명/개요 → description). A missing column or an unreadable file stops with an error naming
the file; a bad row (empty description, a JSONL line that is not JSON) becomes an output record with `error`
and the other rows still run.
"""
from __future__ import annotations

import csv
import enum
import io
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.classify.classifier import Classification, ProjectInput
from ingest.errors import SmartCityKBError
from kb.limits import InputTooLarge, check_project, check_rows

REQUIRED = ("id", "title", "description")
ALIASES = {
    "id": ("id", "번호", "사업번호", "no", "No"),
    "title": ("title", "사업명", "제목", "과제명", "name"),
    "description": ("description", "사업내용", "설명", "개요", "사업개요", "내용"),
}
ENCODINGS = ("utf-8-sig", "cp949", "euc-kr")
FACETS = ("project_type", "sector", "stage", "scale", "region", "program", "smart_city_type", "urban_context")


class BatchInputError(SmartCityKBError):
    """The input file cannot be used at all (missing, unknown format, encoding, missing column)."""


class Format(str, enum.Enum):
    JSONL = ".jsonl"
    CSV = ".csv"
    XLSX = ".xlsx"

    @classmethod
    def of(cls, path: Path) -> "Format":
        suffix = Path(path).suffix.lower()
        if suffix == ".json":
            suffix = ".jsonl"
        try:
            return cls(suffix)
        except ValueError:
            allowed = ", ".join(f.value for f in cls)
            raise BatchInputError(f"{path}: unknown file type {suffix or '(none)'}; use one of: {allowed}") from None


@dataclass(frozen=True)
class InputRow:
    """A project to classify, or a row that cannot be (then `error` says why and `project` is None)."""

    project: ProjectInput | None
    id: str | None = None
    error: str | None = None


def read_projects(path: Path | str) -> list[InputRow]:
    path = Path(path)
    fmt = Format.of(path)
    if not path.is_file():
        raise BatchInputError(f"{path}: no such file")
    if fmt is Format.JSONL:
        return _read_jsonl(path)
    rows = _read_csv(path) if fmt is Format.CSV else _read_xlsx(path)
    return _rows_to_inputs(path, rows)


def within_limits(rows: list[InputRow], path: Path | str, settings) -> list[InputRow]:
    """Refuse a file of more rows than settings.max_batch_rows; an overlong title or description becomes
    its row's error (kb/limits.py), before anything is classified."""
    check_rows(len(rows), settings, str(path))
    out = []
    for row in rows:
        try:
            if row.project is not None:
                check_project(row.project.title, row.project.description, settings)
            out.append(row)
        except InputTooLarge as err:
            out.append(InputRow(None, row.id, str(err)))
    return out


def _read_jsonl(path: Path) -> list[InputRow]:
    out = []
    for number, line in enumerate(_decode(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
        except ValueError as err:
            out.append(InputRow(None, None, f"{path}:{number}: not a JSON object ({err})"))
            continue
        missing = [c for c in REQUIRED if c not in record]
        if missing:
            out.append(InputRow(None, _str(record.get("id")), f"{path}:{number}: missing field {', '.join(missing)}"))
            continue
        out.append(_row(record["id"], record["title"], record["description"]))
    return out


def _decode(path: Path) -> str:
    data = path.read_bytes()
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise BatchInputError(f"{path}: unreadable text encoding (expected UTF-8, UTF-8 with BOM, CP949 or EUC-KR)")


def _read_csv(path: Path) -> tuple[list[dict], list[str]]:
    text = _decode(path)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    return [dict(r) for r in reader], list(reader.fieldnames or [])


def _read_xlsx(path: Path) -> tuple[list[dict], list[str]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises zipfile, KeyError and its own errors for damaged files
        raise BatchInputError(f"{path}: cannot read the workbook: {err}") from None
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    book.close()
    if not rows:
        return [], []
    header = ["" if h is None else str(h).strip() for h in rows[0]]
    return [dict(zip(header, r)) for r in rows[1:] if any(v not in (None, "") for v in r)], header


def _rows_to_inputs(path: Path, table) -> list[InputRow]:
    rows, header = table
    mapping = {}
    for column in REQUIRED:
        found = next((h for h in header if h.strip() in ALIASES[column]
                      or h.strip().lower() == column), None)
        if found is None:
            raise BatchInputError(
                f"{path}: missing column '{column}' (found: {', '.join(h for h in header if h) or 'none'})")
        mapping[column] = found
    return [_row(r.get(mapping["id"]), r.get(mapping["title"]), r.get(mapping["description"])) for r in rows]


def _str(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _row(id_, title, description) -> InputRow:
    id_, title, description = _str(id_), _str(title) or "", _str(description) or ""
    if not description:
        return InputRow(None, id_, "the description is empty")
    return InputRow(ProjectInput(id_, title, description), id_)


# ---- output ---------------------------------------------------------------------------------------
def flat_row(record: dict) -> dict:
    """One spreadsheet row: labels as columns, sector joined with ';', evidence joined."""
    labels = record.get("labels") or {}
    row = {"id": record.get("id")}
    for facet in FACETS:
        value = labels.get(facet)
        row[facet] = ";".join(value) if isinstance(value, list) else value
    for facet in FACETS:
        row[f"confidence_{facet}"] = (record.get("confidence") or {}).get(facet)
    row["needs_review"] = ";".join(record.get("needs_review") or [])
    crosswalk = record.get("crosswalk") or {}
    row["kcn_type"] = crosswalk.get("kcn_type")
    row["export_model"] = crosswalk.get("export_model")
    row["evidence"] = " | ".join(f"{facet}: {e}" for facet, items in (record.get("evidence") or {}).items()
                                 for e in items)
    row["error"] = record.get("error")
    return row


def write_classifications(path: Path | str, results: Iterable[Classification | dict]) -> int:
    path = Path(path)
    fmt = Format.of(path)
    records = [r.to_json() if isinstance(r, Classification) else r for r in results]
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt is Format.JSONL:
        with open(path, "w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        return len(records)
    import pandas as pd

    frame = pd.DataFrame([flat_row(r) for r in records], columns=list(flat_row({}).keys()))
    if fmt is Format.CSV:
        frame.to_csv(path, index=False, encoding="utf-8-sig")  # BOM: Excel opens Korean text correctly
    else:
        frame.to_excel(path, index=False, engine="openpyxl")
    return len(records)


# ---- one call for the CLI -------------------------------------------------------------------------
@dataclass(frozen=True)
class BatchSummary:
    total: int
    errors: int
    needs_review: int  # records with at least one facet to review
    label_counts: dict = field(default_factory=dict)  # facet → Counter of label ids
    review_counts: dict = field(default_factory=dict)  # facet → number of records flagging it

    def lines(self) -> list[str]:
        out = [f"{self.total} projects: {self.total - self.errors} classified, {self.errors} with errors, "
               f"{self.needs_review} need review"]
        for facet in FACETS:
            counts = self.label_counts.get(facet) or {}
            shown = ", ".join(f"{label} {n}" for label, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
            review = self.review_counts.get(facet, 0)
            out.append(f"  {facet}: {shown or '-'}" + (f"  (review: {review})" if review else ""))
        return out


def summarize(records: list[dict]) -> BatchSummary:
    labels: dict[str, Counter] = {f: Counter() for f in FACETS}
    review: Counter = Counter()
    for r in records:
        for facet, value in (r.get("labels") or {}).items():
            labels.setdefault(facet, Counter()).update(value if isinstance(value, list) else [value])
        review.update(r.get("needs_review") or [])
    errors = sum(1 for r in records if r.get("error"))
    flagged = sum(1 for r in records if r.get("needs_review") and not r.get("error"))
    return BatchSummary(len(records), errors, flagged, {f: dict(c) for f, c in labels.items()}, dict(review))


def classify_file(in_path: Path | str, out_path: Path | str, classifier,
                  progress: Callable[[int], None] | None = None, settings=None) -> BatchSummary:
    """Read IN, classify every usable row (bad rows keep their error), write OUT by extension, summarise.
    `settings`: apply its input limits (`within_limits`)."""
    Format.of(Path(out_path))  # fail on a bad output name before the work
    rows = read_projects(in_path)
    if settings is not None:
        rows = within_limits(rows, in_path, settings)
    projects = [r.project for r in rows if r.project is not None]
    results = iter(classifier.classify_many(projects, progress=progress))
    records = []
    for row in rows:
        if row.project is None:
            records.append(Classification.failed(row.id, row.error or "unusable row", FACETS).to_json())
            if progress:
                progress(1)
        else:
            records.append(next(results).to_json())
    for _ in results:  # let the generator finish (its last progress update runs after the last yield)
        pass
    write_classifications(out_path, records)
    return summarize(records)
