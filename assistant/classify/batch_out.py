"""Writing classifications of a batch: .jsonl (the interchange records), .csv or .xlsx (a table people read).

The table keeps the input's own columns (with `행`, the row number, in front), then per facet the label id,
its Korean name, the confidence, a review flag and a one-line Korean reason, then the CRS codes, the KCN type,
the export model and any error. `classify_file` is the one call behind `smartcity-kb classify IN --out OUT`;
with `report=True` an .xlsx also gets the portfolio sheets and charts (assistant/classify/report.py).
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from assistant.classify.batch_io import FACETS, Format, ProjectTable, read_table, within_limits
from assistant.classify.classifier import Classification
from kb.taxonomy import Taxonomy, load_taxonomy

REVIEW_KO = "검토 필요"
REASON_CHARS = 160


def reason(record: dict, facet_id: str) -> str:
    """The facet's evidence in one line."""
    items = (record.get("evidence") or {}).get(facet_id) or []
    text = " / ".join(items[:2])
    return text if len(text) <= REASON_CHARS else text[: REASON_CHARS - 1] + "…"


def result_columns(taxonomy: Taxonomy) -> list[str]:
    """The classification's own columns, after the input's."""
    out = []
    for facet in taxonomy.facets:
        name = facet.name_ko
        out += [f"{name} ID", name, f"{name} 신뢰도", f"{name} 검토", f"{name} 근거"]
    return out + ["CRS 코드", "CRS 이름", "DAC 분야", "CRS 근거", "KCN 유형", "수출모델", "검토 필요 항목", "오류"]


def result_values(record: dict, taxonomy: Taxonomy) -> list:
    labels, confidence = record.get("labels") or {}, record.get("confidence") or {}
    review = set(record.get("needs_review") or [])
    out: list = []
    for facet in taxonomy.facets:
        value = labels.get(facet.id)
        conf = confidence.get(facet.id)
        out += [";".join(value) if isinstance(value, list) else value, "; ".join(taxonomy.names_ko(facet.id, value)),
                round(float(conf), 3) if conf is not None and not record.get("error") else None,
                REVIEW_KO if facet.id in review and not record.get("error") else "", reason(record, facet.id)]
    crosswalk = record.get("crosswalk") or {}
    crs = crosswalk.get("crs") or []
    category = _category(crs[0]["code"]) if crs else ""
    flagged = [taxonomy.facet(f).name_ko for f in record.get("needs_review") or [] if not record.get("error")]
    return out + ["; ".join(c["code"] for c in crs), "; ".join(c["name_ko"] for c in crs), category,
                  " / ".join((crs[0].get("evidence") or [])[:2]) if crs else "", crosswalk.get("kcn_type"),
                  crosswalk.get("export_model"), ", ".join(flagged), record.get("error")]


def _category(code: str) -> str:
    from kb.crs import load_crs

    crs = load_crs()
    category = crs.code(code).category if crs.is_active(code) else ""
    return f"{category} {crs.category_ko(category)}" if category else ""


def table_rows(records: list[dict], table: ProjectTable | None, taxonomy: Taxonomy | None = None):
    """(header, rows) of the output table: 행, the input columns (or id and title), then result_columns."""
    taxonomy = taxonomy or load_taxonomy()
    inputs = list(table.columns) if table else ["id", "사업명"]
    if table and not table.mapping.get("id"):
        inputs = ["id"] + inputs  # generated from the row number
    own = result_columns(taxonomy)
    clash = set(inputs) | {"행"}
    header = ["행"] + inputs + [f"{c} (분류)" if c in clash else c for c in own]
    rows = []
    for i, record in enumerate(records):
        values = (table.rows[i].values if table else {"id": record.get("id"), "사업명": record.get("title")})
        values = {**values, "id": record.get("id")} if table and not table.mapping.get("id") else values
        rows.append([record.get("row")] + [_plain(values.get(c)) for c in inputs] + result_values(record, taxonomy))
    return header, rows


def _plain(value):
    return value if value is None or isinstance(value, (int, float, str)) else str(value)


def write_classifications(path: Path | str, results: Iterable[Classification | dict],
                          table: ProjectTable | None = None, report: bool = False) -> int:
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

    header, rows = table_rows(records, table)
    frame = pd.DataFrame(rows, columns=header)
    if fmt is Format.CSV:
        frame.to_csv(path, index=False, encoding="utf-8-sig")  # BOM: Excel opens Korean text correctly
    elif report:
        from assistant.classify.report import write_report

        write_report(path, frame, records, table)
    else:
        frame.to_excel(path, index=False, engine="openpyxl", sheet_name="분류 결과")
    return len(records)


# ---- one call for the CLI -------------------------------------------------------------------------
@dataclass(frozen=True)
class BatchSummary:
    total: int
    errors: int
    needs_review: int  # records with at least one facet to review
    label_counts: dict = field(default_factory=dict)  # facet → Counter of label ids
    review_counts: dict = field(default_factory=dict)  # facet → number of records flagging it
    problems: list = field(default_factory=list)  # one-line messages about the input (file and row)

    def lines(self) -> list[str]:
        out = [f"{self.total}건: 분류 {self.total - self.errors}, 오류 {self.errors}, 검토 필요 {self.needs_review} "
               f"({self.total} projects: {self.total - self.errors} classified, {self.errors} with errors, "
               f"{self.needs_review} need review)"]
        for facet in FACETS:
            counts = self.label_counts.get(facet) or {}
            shown = ", ".join(f"{label} {n}" for label, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
            review = self.review_counts.get(facet, 0)
            out.append(f"  {facet}: {shown or '-'}" + (f"  (review: {review})" if review else ""))
        return out


def summarize(records: list[dict], problems: list | None = None) -> BatchSummary:
    labels: dict[str, Counter] = {f: Counter() for f in FACETS}
    review: Counter = Counter()
    for r in records:
        for facet, value in (r.get("labels") or {}).items():
            labels.setdefault(facet, Counter()).update(value if isinstance(value, list) else [value])
        if not r.get("error"):
            review.update(r.get("needs_review") or [])
    errors = sum(1 for r in records if r.get("error"))
    flagged = sum(1 for r in records if r.get("needs_review") and not r.get("error"))
    return BatchSummary(len(records), errors, flagged, {f: dict(c) for f, c in labels.items()}, dict(review),
                        list(problems or []))


def classify_table(table: ProjectTable, classifier, progress: Callable[[int], None] | None = None) -> list[dict]:
    """Every usable row classified (bad rows keep their error), in the table's order, as output records
    with the row number, title and any note about the input."""
    projects = [r.project for r in table.rows if r.project is not None]
    results = iter(classifier.classify_many(projects, progress=progress))
    records = []
    for row in table.rows:
        if row.project is None:
            record = Classification.failed(row.id, row.error or "unusable row", FACETS).to_json()
            if progress:
                progress(1)
        else:
            record = next(results).to_json()
        record.update({"row": row.row, "title": row.project.title if row.project else None})
        if row.note:
            record["note"] = row.note
        records.append(record)
    for _ in results:  # let the generator finish (its last progress update runs after the last yield)
        pass
    return records


def classify_file(in_path: Path | str, out_path: Path | str, classifier, progress: Callable[[int], None] | None = None,
                  sheet: str | None = None, report: bool = False, settings=None) -> BatchSummary:
    """Read IN, classify every usable row, write OUT by extension (with `report`, the portfolio sheets of an
    .xlsx), summarise. `settings`: apply its input limits (`batch_io.within_limits`)."""
    fmt = Format.of(Path(out_path))  # fail on a bad output name before the work
    table = read_table(in_path, sheet)
    if settings is not None:
        table = replace(table, rows=within_limits(table.rows, in_path, settings))
    records = classify_table(table, classifier, progress)
    write_classifications(out_path, records, table, report=report and fmt is Format.XLSX)
    return summarize(records, table.problems)
