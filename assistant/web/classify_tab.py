"""Plain functions behind the web app's classification tab (no gradio here).

The classifier takes ~25 s to build (it trains one model per facet), so one instance is built per app,
in the background at start-up, and shared by all requests.
"""
from __future__ import annotations

import html
import logging
import threading
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from assistant.web.library import WebInputError
from kb.taxonomy import Taxonomy, load_taxonomy

logger = logging.getLogger(__name__)
BATCH_SUFFIXES = (".csv", ".xlsx", ".jsonl", ".json")
PREVIEW_FACETS = ("project_type", "sector", "stage", "program", "region", "smart_city_type")
PREVIEW_COLUMNS = ["행", "id", "사업명", "사업유형", "분야", "추진단계", "지원사업·재원", "대상지역", "스마트시티 유형",
                   "CRS 코드", "검토 필요", "오류"]
REVIEW_COLUMNS = ["행", "id", "사업명", "검토 필요 항목", "오류"]
MAX_SHOWN_PROBLEMS = 20
MAX_BATCH_ROWS = 2000  # a web request should finish in minutes, not hours; the CLI has no such cap


class SharedClassifier:
    """One classifier per app, built on first use (or by `start()` in a background thread)."""

    def __init__(self, settings) -> None:
        self.settings = settings
        self._clf = None
        self._lock = threading.Lock()

    def start(self) -> threading.Thread:
        thread = threading.Thread(target=self._warm, name="classifier-build", daemon=True)
        thread.start()
        return thread

    def _warm(self) -> None:
        from assistant.classify.classifier import ProjectInput

        started = time.perf_counter()
        try:  # the first classification loads more lazily-built parts; pay for it here, not in a request
            self.get().classify(ProjectInput("warm-up", "스마트 교통 시스템 구축", "교통신호 제어 시스템을 구축하는 사업"))
            logger.info("classifier ready in %.1f s", time.perf_counter() - started)
        except Exception:  # noqa: BLE001 - a failed warm-up must not kill the app; the request will report it
            logger.exception("classifier warm-up failed")

    @property
    def ready(self) -> bool:
        return self._clf is not None

    def get(self):
        with self._lock:
            if self._clf is None:
                from assistant.classify.llm import build_classifier

                self._clf = build_classifier(self.settings)  # the LLM one when settings.llm is set
            return self._clf


def classify_project(shared: SharedClassifier, title: str, description: str) -> dict:
    """One project → the interchange record of taxonomy.md."""
    from assistant.classify.classifier import ProjectInput
    from kb.limits import check_project

    check_project(title, description, shared.settings)
    title, description = (title or "").strip(), (description or "").strip()
    if not description and not title:
        raise WebInputError("사업명과 사업 내용을 입력하세요 (enter a title and a description)")
    # a title alone still says a lot (country, sector, KOICA ...); the classifier needs a description
    return shared.get().classify(ProjectInput("web", title, description or title)).to_json()


def _label_names(taxonomy: Taxonomy, facet_id: str, value) -> tuple[str, str]:
    """(Korean names, ids) of a facet's label value, which is one id or a list of ids (sector)."""
    ids = value if isinstance(value, list) else [value] if value else []
    return ", ".join(taxonomy.names_ko(facet_id, ids)), ", ".join(ids)


def classification_html(record: dict, taxonomy: Taxonomy | None = None) -> str:
    """The result as a table: facet, label (Korean and id), confidence bar, evidence, review flag; then the
    crosswalk (KCN type where KCN applies, export model, CRS purpose codes)."""
    taxonomy = taxonomy or load_taxonomy()
    if record.get("error"):
        return f"<div class='sk-warn'>분류할 수 없습니다: {html.escape(record['error'])}</div>"
    review = set(record.get("needs_review") or [])
    rows = []
    for facet in taxonomy.facets:
        names, ids = _label_names(taxonomy, facet.id, record.get("labels", {}).get(facet.id))
        conf = float(record.get("confidence", {}).get(facet.id) or 0.0)
        evidence = "".join(f"<li>{html.escape(e[:220])}</li>" for e in record.get("evidence", {}).get(facet.id, [])[:3])
        flag = "<span class='sk-review'>검토 필요</span>" if facet.id in review else "<span class='sk-ok'>✓</span>"
        rows.append(
            f"<tr><td><b>{html.escape(facet.name_ko)}</b><br><small>{html.escape(facet.name_en)}</small></td>"
            f"<td><b>{html.escape(names)}</b><br><small>{html.escape(ids)}</small></td>"
            f"<td><div class='sk-bar'><div style='width:{conf * 100:.0f}%'></div></div>{conf:.0%}</td>"
            f"<td><ul>{evidence}</ul></td><td>{flag}</td></tr>")
    return ("<table class='sk-class'><thead><tr><th>분류 축</th><th>라벨</th><th>신뢰도</th><th>근거 (evidence)</th>"
            "<th>검토</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>" + crosswalk_html(record))


def crosswalk_html(record: dict) -> str:
    cw = record.get("crosswalk") or {}
    kcn = cw.get("kcn_type") or "해당 없음 (국내 비KCN 사업)"
    crs = "".join(f"<li><b>{html.escape(c['code'])}</b> {html.escape(c.get('name_ko') or c['name'])} "
                  f"<small>({html.escape(c['name'])})</small> · {float(c.get('confidence') or 0):.0%}"
                  + (f" <small>— {html.escape(' / '.join(c.get('evidence') or [])[:160])}</small>"
                     if c.get("evidence") else "") + "</li>" for c in cw.get("crs") or [])
    return (f"<div class='sk-crosswalk'><p>연계 (crosswalk): K-City Network 유형 <b>{html.escape(kcn)}</b> · "
            f"수출 모델 <b>{html.escape(cw.get('export_model') or '-')}</b></p>"
            + (f"<p>OECD DAC CRS 목적코드 (ODA 분야 코드, 가능성 높은 순):</p><ol class='sk-crs'>{crs}</ol>" if crs else "")
            + "</div>")


@dataclass(frozen=True)
class BatchResult:
    records: list[dict]
    preview: list[list]  # rows for the preview table (PREVIEW_COLUMNS)
    columns: list[str]
    files: list[Path]  # the XLSX workbook (results and portfolio sheets) and the CSV to download
    problems: list[str] = field(default_factory=list)  # one line per problem in the file, naming it and the row
    summary: list[str] = field(default_factory=list)  # the portfolio's headline lines
    chart: Path | None = None  # the portfolio picture
    review: list[list] = field(default_factory=list)  # projects to review, first


def classify_file(shared: SharedClassifier, path: Path, out_dir: Path, max_bytes: int,
                  name: str | None = None) -> BatchResult:
    """Classify every row of an uploaded CSV/XLSX/JSONL; write the portfolio workbook (XLSX) and a CSV, and the
    portfolio picture. `name`: the file's name as uploaded (messages never show the temporary path)."""
    import pandas as pd

    from assistant.classify.batch_io import BatchInputError, read_table, within_limits
    from assistant.classify.batch_out import classify_table, table_rows, write_classifications
    from assistant.classify.report import portfolio_png, write_report

    path = Path(path)
    name = name or path.name
    if path.suffix.lower() not in BATCH_SUFFIXES:
        raise WebInputError(f"{name}: CSV, XLSX 또는 JSONL 파일을 올리세요 (got {path.suffix or 'no extension'})")
    if path.stat().st_size > max_bytes:
        raise WebInputError(f"{name}: 파일이 너무 큽니다 (limit {max_bytes / 1e6:.0f} MB)")
    try:
        table = read_table(path, name=name)
    except BatchInputError as err:
        raise WebInputError(str(err)) from None
    rows = within_limits(table.rows, name, shared.settings)
    if len(rows) > MAX_BATCH_ROWS:
        raise WebInputError(f"{name}: {len(rows)}행 — 웹에서는 {MAX_BATCH_ROWS}행까지; 더 많으면 "
                            "`smartcity-kb classify IN --out OUT.xlsx --report`를 쓰세요")
    table = replace(table, rows=rows)
    records = classify_table(table, shared.get())
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = Path(name).stem or "projects"
    files = [out_dir / f"{stem}-classified.xlsx", out_dir / f"{stem}-classified.csv"]
    header, rows = table_rows(records, table)
    view = write_report(files[0], pd.DataFrame(rows, columns=header), records, table)
    write_classifications(files[1], records, table)
    chart = portfolio_png(view, out_dir / f"{stem}-portfolio.png")
    review = [[_text(v) for v in row] for row in view.review.itertuples(index=False)]
    return BatchResult(records, preview_rows(records), PREVIEW_COLUMNS, files, table.problems, view.summary, chart,
                       review)


def batch_status(result: BatchResult) -> str:
    """What happened to the file, in Korean: counts, then every problem with its row (the first 20)."""
    errors = sum(1 for r in result.records if r.get("error"))
    lines = [f"**완료**: {len(result.records)}건 중 {len(result.records) - errors}건 분류, 오류 {errors}건, "
             f"검토 필요 {len(result.review) - errors}건"]
    shown = result.problems[:MAX_SHOWN_PROBLEMS]
    lines += [f"- {html.escape(p)}" for p in shown]
    if len(result.problems) > len(shown):
        lines.append(f"- … 외 {len(result.problems) - len(shown)}건 (내려받은 파일의 '오류' 열에 모두 있습니다)")
    return "\n".join(lines)


def batch_error(err: Exception) -> str:
    """A file that could not be used, said where the results would have gone (it stays, unlike a pop-up)."""
    return f"<div class='sk-warn'>⚠ 분류하지 못했습니다: {html.escape(str(err))}</div>"


def preview_rows(records: list[dict], taxonomy: Taxonomy | None = None) -> list[list]:
    """The preview table: row, id, title, the Korean names of the main facets, CRS codes, review, error."""
    taxonomy = taxonomy or load_taxonomy()
    out = []
    for r in records:
        labels = r.get("labels") or {}
        names = [_label_names(taxonomy, f, labels.get(f))[0] for f in PREVIEW_FACETS]
        crs = ", ".join(c["code"] for c in (r.get("crosswalk") or {}).get("crs") or [])
        review = ", ".join(taxonomy.facet(f).name_ko for f in r.get("needs_review") or []) if not r.get("error") else ""
        out.append([_text(r.get("row")), _text(r.get("id")), _text(r.get("title"))] + names + [crs, review,
                                                                                              _text(r.get("error"))])
    return out


def _text(value) -> str:
    return "" if value is None else str(value)


def label_counts(records: list[dict], facet_id: str, taxonomy: Taxonomy | None = None) -> list[tuple[str, int]]:
    """(Korean label name, number of projects) for one facet, most frequent first."""
    taxonomy = taxonomy or load_taxonomy()
    facet = taxonomy.facet(facet_id)
    counts: Counter = Counter()
    for r in records:
        value = (r.get("labels") or {}).get(facet_id)
        for label_id in value if isinstance(value, list) else [value] if value else []:
            counts[label_id] += 1
    names = {label.id: label.name_ko for label in facet.labels}
    return [(names.get(k, k), n) for k, n in counts.most_common()]
