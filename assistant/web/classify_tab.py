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
from dataclasses import dataclass
from pathlib import Path

from assistant.web.library import WebInputError
from kb.taxonomy import Taxonomy, TaxonomyError, load_taxonomy

logger = logging.getLogger(__name__)
BATCH_SUFFIXES = (".csv", ".xlsx", ".jsonl", ".json")
PREVIEW_COLUMNS = ["id", "title", "project_type", "sector", "program", "region", "needs_review", "error"]
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
    facet = taxonomy.facet(facet_id)
    names = []
    for label_id in ids:
        try:
            names.append(facet.label(label_id).name_ko)
        except TaxonomyError:
            names.append(label_id)
    return ", ".join(names), ", ".join(ids)


def classification_html(record: dict, taxonomy: Taxonomy | None = None) -> str:
    """The result as a table: facet, label (Korean and id), confidence bar, evidence, review flag."""
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
    cw = record.get("crosswalk") or {}
    crosswalk = (f"<p class='sk-crosswalk'>연계 (crosswalk): K-City Network 유형 <b>{html.escape(cw.get('kcn_type') or '-')}"
                 f"</b> · 수출 모델 <b>{html.escape(cw.get('export_model') or '-')}</b></p>")
    return ("<table class='sk-class'><thead><tr><th>분류 축</th><th>라벨</th><th>신뢰도</th><th>근거 (evidence)</th>"
            "<th>검토</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>" + crosswalk)


@dataclass(frozen=True)
class BatchResult:
    records: list[dict]
    preview: list[list]  # rows for the preview table
    columns: list[str]
    files: list[Path]  # XLSX and CSV to download


def classify_file(shared: SharedClassifier, path: Path, out_dir: Path, max_bytes: int) -> BatchResult:
    """Classify every row of an uploaded CSV/XLSX/JSONL and write the results as XLSX and CSV."""
    from assistant.classify.batch_io import (BatchInputError, flat_row, read_projects, within_limits,
                                             write_classifications)
    from assistant.classify.classifier import Classification

    path = Path(path)
    if path.suffix.lower() not in BATCH_SUFFIXES:
        raise WebInputError(f"{path.name}: CSV, XLSX 또는 JSONL 파일을 올리세요 (got {path.suffix or 'no extension'})")
    if path.stat().st_size > max_bytes:
        raise WebInputError(f"{path.name}: 파일이 너무 큽니다 (limit {max_bytes / 1e6:.0f} MB)")
    try:
        rows = read_projects(path)
    except BatchInputError as err:
        raise WebInputError(str(err)) from None
    rows = within_limits(rows, path.name, shared.settings)
    if len(rows) > MAX_BATCH_ROWS:
        raise WebInputError(f"{path.name}: {len(rows)}행 — 웹에서는 {MAX_BATCH_ROWS}행까지; 더 많으면 "
                            "`smartcity-kb classify IN --out OUT.xlsx`를 쓰세요")
    good = [r.project for r in rows if r.project is not None]
    results = iter(shared.get().classify_many(good))
    records = [next(results).to_json() if r.project is not None else Classification.failed(r.id, r.error).to_json()
               for r in rows]
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = path.stem or "projects"
    files = [out_dir / f"{stem}-classified.xlsx", out_dir / f"{stem}-classified.csv"]
    for f in files:
        write_classifications(f, records)
    titles = {r.project.id: r.project.title for r in rows if r.project is not None}
    preview = [[f["id"], titles.get(f["id"], "")] + [f.get(c) for c in PREVIEW_COLUMNS[2:]]
               for f in map(flat_row, records)]
    return BatchResult(records, preview, PREVIEW_COLUMNS, files)


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
