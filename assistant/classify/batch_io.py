"""Reading project lists as people have them: .csv, .xlsx and .jsonl, chosen by extension.

CSV files may be UTF-8, UTF-8 with BOM, or CP949/EUC-KR (Korean Excel exports); the encoding is detected.
Columns are found by their headers in Korean or English (사업명/title, 사업내용/description, 번호/id,
사업비/budget ... see ALIASES), also under a title row above the header. `id` is optional: a row without one
gets its row number (the spreadsheet's, header = row 1; the line for JSONL). A row with a title and no
description is classified from its title. Country, agency and funding columns (CONTEXT) are read with the
description, since terse lists often say there what the description leaves out. Every problem is a one-line
Korean message (English in brackets) naming the file and row; a bad row becomes an output record with `error`
and the other rows still run. Only a file that cannot be used at all raises BatchInputError.
"""
from __future__ import annotations

import csv
import enum
import io
import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from assistant.classify.classifier import ProjectInput
from ingest.errors import SmartCityKBError
from kb.limits import InputTooLarge, check_project, check_rows

ALIASES = {
    "id": ("id", "번호", "순번", "연번", "no", "사업번호", "관리번호", "사업코드", "projectid", "code"),
    "title": ("title", "사업명", "사업명칭", "과제명", "프로젝트명", "제목", "명칭", "projecttitle", "projectname",
              "name", "project"),
    "description": ("description", "사업내용", "주요내용", "내용", "설명", "개요", "사업개요", "과업내용", "요약",
                    "projectdescription", "summary", "abstract", "details", "longdescription", "shortdescription"),
    "budget": ("예산", "사업비", "총사업비", "사업규모", "사업예산", "금액", "지원액", "지원금액", "budget", "amount",
               "cost", "totalcost", "commitment", "commitments", "totalbudget"),
}
# columns whose values are read with the description: where, who and with what money
CONTEXT = ("국가", "대상국", "수원국", "대상국가", "도시", "대상도시", "대상지", "지역", "시행기관", "지원기관", "주관기관",
           "발주기관", "수행기관", "재원", "원조형태", "지원사업", "country", "recipient", "recipientcountry", "city",
           "location", "agency", "donor", "implementingagency", "fundingagency", "funding", "aidtype", "programme",
           "program", "financetype")
ENCODINGS = ("utf-8-sig", "cp949", "euc-kr")
HEADER_SEARCH_ROWS = 10  # a title row or two above the header is common in exported lists
FACETS = ("project_type", "sector", "stage", "scale", "region", "program", "smart_city_type", "urban_context")


class BatchInputError(SmartCityKBError):
    """The input file cannot be used at all (missing, unknown format, encoding, no usable column, empty)."""


class Format(str, enum.Enum):
    JSONL = ".jsonl"
    CSV = ".csv"
    XLSX = ".xlsx"

    @classmethod
    def of(cls, path: Path, name: str | None = None) -> "Format":
        suffix = Path(path).suffix.lower()
        if suffix == ".json":
            suffix = ".jsonl"
        try:
            return cls(suffix)
        except ValueError:
            allowed = ", ".join(f.value for f in cls)
            raise BatchInputError(f"{name or path}: 지원하지 않는 파일 형식({suffix or '확장자 없음'})입니다. {allowed} 중 하나를 "
                                  f"쓰세요 (unknown file type {suffix or '(none)'}; use one of: {allowed})") from None


@dataclass(frozen=True)
class InputRow:
    """A project to classify, or a row that cannot be (then `error` says why and `project` is None)."""

    project: ProjectInput | None
    id: str | None = None
    error: str | None = None
    row: int | None = None  # the row in the file (spreadsheet row, header = 1; JSONL line)
    values: dict = field(default_factory=dict, compare=False)  # the row's own columns, carried to the output
    budget: float | None = None
    note: str | None = None  # e.g. classified from the title alone


@dataclass(frozen=True)
class ProjectTable:
    name: str  # the file name shown to people (never a temporary path)
    columns: list  # the input columns, in order
    rows: list  # InputRow
    mapping: dict  # "id"/"title"/"description"/"budget" → the column used (or None)
    problems: list = field(default_factory=list)  # one-line Korean messages naming the file and row

    @property
    def budget_column(self) -> str | None:
        return self.mapping.get("budget")


def read_table(path: Path | str, sheet: str | None = None, name: str | None = None) -> ProjectTable:
    """The projects of a .csv/.xlsx/.jsonl file. `name`: how to call the file in messages (default: the path)."""
    path = Path(path)
    name = name or str(path)
    fmt = Format.of(path, name)
    if not path.is_file():
        raise BatchInputError(f"{name}: 파일이 없습니다 (no such file)")
    if fmt is Format.JSONL:
        return _read_jsonl(path, name)
    header_rows = _read_csv(path, name) if fmt is Format.CSV else _read_xlsx(path, name, sheet)
    return _table(name, header_rows)


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
            out.append(replace(row, project=None, error=str(err)))
    return out


def read_projects(path: Path | str, sheet: str | None = None, name: str | None = None) -> list[InputRow]:
    return read_table(path, sheet, name).rows


def _decode(path: Path, name: str) -> str:
    data = path.read_bytes()
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise BatchInputError(f"{name}: 글자 인코딩을 읽을 수 없습니다. UTF-8 또는 CP949로 저장하세요 (unreadable text "
                          "encoding; expected UTF-8, UTF-8 with BOM, CP949 or EUC-KR)")


def _empty(name: str) -> BatchInputError:
    return BatchInputError(f"{name}: 빈 파일입니다 (the file is empty)")


def _read_csv(path: Path, name: str) -> list[list]:
    text = _decode(path, name)
    if not text.strip():
        raise _empty(name)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect=dialect)]


def _read_xlsx(path: Path, name: str, sheet: str | None) -> list[list]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises zipfile, KeyError and its own errors for damaged files
        raise BatchInputError(f"{name}: 엑셀 파일을 읽을 수 없습니다 (cannot read the workbook: {err})") from None
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise BatchInputError(f"{name}: '{sheet}' 시트가 없습니다. 있는 시트: {', '.join(book.sheetnames)} "
                                  f"(no sheet {sheet!r})")
        rows = [list(r) for r in (book[sheet] if sheet else book.worksheets[0]).iter_rows(values_only=True)]
    finally:
        book.close()
    if not any(_cell(v) for r in rows for v in r):
        raise _empty(name)
    return rows


def _norm(header: str) -> str:
    """Header compared without spaces, punctuation or case; "사업비(백만원)" also as "사업비"."""
    return re.sub(r"[\s_\-.·:/]+", "", header).casefold()


def _bare(header: str) -> str:
    return _norm(re.sub(r"\(.*?\)|\[.*?\]", "", header))


def find_columns(header: list[str]) -> dict:
    """Which column is id, title, description and budget (None where none is), and the context columns."""
    found: dict = {}
    for key, aliases in ALIASES.items():
        wanted = {_norm(a) for a in aliases}
        found[key] = next((h for h in header if h and (_norm(h) in wanted or _bare(h) in wanted)), None)
    used = set(found.values())
    context = {_norm(c) for c in CONTEXT}
    found["context"] = [h for h in header if h and h not in used and (_norm(h) in context or _bare(h) in context)]
    return found


def _header_index(rows: list[list]) -> int:
    """The first of the opening rows that names a title or description column (else the first non-empty row)."""
    first = None
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        cells = [_cell(v) for v in row]
        if not any(cells):
            continue
        first = i if first is None else first
        mapping = find_columns(cells)
        if mapping["title"] or mapping["description"]:
            return i
    return first if first is not None else 0


def _table(name: str, rows: list[list]) -> ProjectTable:
    at = _header_index(rows)
    header = _unique([_cell(h) for h in rows[at]]) if rows else []
    mapping = find_columns(header)
    if not mapping["title"] and not mapping["description"]:
        shown = ", ".join(h for h in header if h) or "없음"
        raise BatchInputError(f"{name}: 사업명(title)이나 사업내용(description) 열이 없습니다. 찾은 열: {shown} "
                              f"(no title or description column; found: {shown.replace('없음', 'none')})")
    out, problems = [], []
    for offset, raw in enumerate(rows[at + 1:], start=at + 2):
        values = dict(zip(header, raw))
        if not any(_cell(v) for v in values.values()):
            continue
        row = _row(name, offset, values, mapping)
        out.append(row)
        problems += [m for m in (row.error, row.note) if m]
    if not out:
        raise BatchInputError(f"{name}: 제목 행 아래에 사업이 없습니다 (no rows under the header)")
    return ProjectTable(name, [h for h in header if h], out, {k: v for k, v in mapping.items() if k != "context"},
                        problems)


def _unique(header: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for h in header:
        seen[h] = seen.get(h, 0) + 1
        out.append(h if seen[h] == 1 or not h else f"{h} ({seen[h]})")
    return out


def _read_jsonl(path: Path, name: str) -> ProjectTable:
    text = _decode(path, name)
    if not text.strip():
        raise _empty(name)
    out, problems, columns = [], [], {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
        except ValueError as err:
            message = f"{name} {number}행: JSON 객체가 아닙니다 (line {number}: not a JSON object: {err})"
            out.append(InputRow(None, None, message, number))
            problems.append(message)
            continue
        columns.update(dict.fromkeys(record))
        mapping = find_columns(list(record))
        if not mapping["title"] and not mapping["description"]:
            message = f"{name} {number}행: title·description 항목이 없습니다 (line {number}: no title or description)"
            out.append(InputRow(None, _str(record.get(mapping["id"])) if mapping["id"] else None, message, number))
            problems.append(message)
            continue
        row = _row(name, number, record, mapping)
        out.append(row)
        problems += [m for m in (row.error, row.note) if m]
    return ProjectTable(name, list(columns), out, find_columns(list(columns)), problems)


def _row(name: str, number: int, values: dict, mapping: dict) -> InputRow:
    def get(key):
        return _str(values.get(mapping[key])) if mapping.get(key) else None

    id_ = get("id") or str(number)
    title, description = get("title") or "", get("description") or ""
    values = {k: v for k, v in values.items() if k}
    budget = _amount(values.get(mapping["budget"])) if mapping.get("budget") else None
    if not title and not description:
        return InputRow(None, id_, f"{name} {number}행: 사업명과 사업내용이 비어 있습니다 (row {number}: no title and no "
                                   "description)", number, values, budget)
    context = [f"{h}: {_str(values.get(h))}" for h in mapping.get("context", []) if _str(values.get(h))]
    if context:
        description = (description + "\n" if description else "") + "; ".join(context)
    note = None
    if not get("description"):
        note = f"{name} {number}행: 사업내용이 없어 사업명만으로 분류했습니다 (row {number}: classified from the title)"
    return InputRow(ProjectInput(id_, title, description), id_, None, number, values, budget, note)


def _cell(value) -> str:
    return "" if value is None else str(value).strip()


def _str(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip() or None


_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def _amount(value) -> float | None:
    """A budget cell as a number: 1200, "1,200", "USD 3.5" (the unit stays in the column's header)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    m = _NUMBER.search(str(value or ""))
    return float(m.group().replace(",", "")) if m else None
