"""The evaluation harness: runs retrieval, answer and classification evaluations against an index and a
configuration and writes `eval/reports/<timestamp>/` (report.json, report.md, report.html, PNG plots).

No LLM judge is needed: every metric is computed from the datasets' evidence snippets, key facts and
labels. Datasets are JSON Lines in `eval/datasets/` (formats in README_qa.md / README_projects.md);
any other folder with the same files works (`--datasets DIR`).
"""
from __future__ import annotations

import json
import logging
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from eval.metrics import mean

logger = logging.getLogger(__name__)
EVAL_DIR = Path(__file__).resolve().parent
DATASETS = EVAL_DIR / "datasets"
REPORTS = EVAL_DIR / "reports"
PARTS = ("retrieval", "answers", "classification", "korquad")
KORQUAD_SAMPLE = 5  # the default run reads every 5th KorQuAD question (889 of 4,446); --korquad-sample 1: all
CURVE_DEPTH = 20
Progress = Callable[[float, str], None]


def _quiet(fraction: float, message: str) -> None:
    logger.info("%3.0f%% %s", fraction * 100, message)


def percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def run(settings, datasets: Path = DATASETS, out_root: Path = REPORTS, parts: Sequence[str] = PARTS,
        limit: int | None = None, progress: Progress = _quiet, qa_file: Path | None = None,
        korquad_sample: int = KORQUAD_SAMPLE) -> Path:
    """Run the chosen evaluations; return the report folder. `limit` keeps the first N items of each set;
    `qa_file`: the QA set for retrieval and answers (default: datasets/qa.jsonl)."""
    unknown = sorted(set(parts) - set(PARTS))
    if unknown:
        raise ValueError(f"unknown evaluation part(s) {', '.join(unknown)}; choose from: {', '.join(PARTS)}")
    from kb.store import KnowledgeBase

    kb = KnowledgeBase.open(settings)
    report: dict = {"run": _run_info(kb, settings, datasets), "speed": {}}
    folder = out_root / time.strftime("%Y%m%d-%H%M%S")
    folder.mkdir(parents=True, exist_ok=False)
    rows: dict[str, list] = {}
    if "retrieval" in parts:
        progress(0.05, "검색 평가 중 (retrieval)")
        report["retrieval"], rows["retrieval"] = _retrieval(kb, qa_file or datasets / "qa.jsonl", limit)
        report["speed"]["retrieve"] = _speed([r["seconds"] for r in rows["retrieval"]])
    if "answers" in parts:
        progress(0.35, "답변 평가 중 (answers)")
        report["answers"], rows["answers"] = _answers(kb, settings, qa_file or datasets / "qa.jsonl", limit)
        report["speed"]["answer"] = _speed([r["seconds"] for r in rows["answers"]])
    if "classification" in parts:
        progress(0.65, "사업 분류 평가 중: 303개 사업 하나씩 빼고 학습 (classification, leave-one-out)")
        report["classification"], rows["classification"], seconds = _classification(settings, datasets, kb, limit)
        report["speed"]["classify"] = _speed(seconds)
    if "korquad" in parts:
        progress(0.85, "KorQuAD 외부 데이터 평가 중: 검색, 판독기, 답변 (KorQuAD part: retrieval, reader, answers)")
        report["korquad"], rows["korquad"] = _korquad(settings, korquad_sample, limit)
    progress(0.95, "보고서 작성 중 (writing the report)")
    from eval.report import write_report

    write_report(folder, report, rows)
    progress(1.0, f"보고서 완료 (report written): {folder}")
    return folder


def _run_info(kb, settings, datasets: Path) -> dict:
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=EVAL_DIR, capture_output=True,
                                text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit = ""
    return {"timestamp": time.strftime("%Y-%m-%d %H:%M:%S"), "index": str(kb.folder), "embedder": kb.manifest.embedder,
            "llm": settings.llm or "none (extractive)", "documents": len(kb.docs), "chunks": len(kb.chunks),
            "datasets": str(datasets), "commit": commit}


def _speed(seconds: Sequence[float]) -> dict:
    ms = [s * 1000 for s in seconds]
    return {"p50_ms": round(percentile(ms, 0.5), 2), "p95_ms": round(percentile(ms, 0.95), 2), "n": len(ms)}


def _retrieval(kb, path: Path, limit: int | None) -> tuple[dict, list]:
    from eval.retrieval import evaluate_retrieval, load_qa

    items = load_qa(path)[:limit]
    modes = ["hybrid", "lexical"] + (["dense"] if kb.dense is not None else [])
    out, rows = {}, []
    for mode in modes:
        result = evaluate_retrieval(kb, items, mode=mode, k=CURVE_DEPTH)  # one search serves metrics and curve
        out[mode] = {key: result[key] for key in ("overall", "by_lang", "by_doc_type")}
        out[mode]["recall_curve"] = recall_curve([r["first_relevant"] for r in result["rows"]], CURVE_DEPTH)
        if mode == "hybrid":
            rows = result["rows"]
    return out, rows


def recall_curve(first_relevant: Sequence[int | None], depth: int) -> list[float]:
    """Recall@k for k = 1..depth from each question's first relevant rank (None: not found)."""
    return [round(mean([1.0 if f is not None and f <= k else 0.0 for f in first_relevant]), 4)
            for k in range(1, depth + 1)]


def _answers(kb, settings, path: Path, limit: int | None) -> tuple[dict, list]:
    from eval.answers import evaluate_answers, load_items

    result = evaluate_answers(kb, load_items(path)[:limit], settings)
    return {key: value for key, value in result.items() if key != "rows"}, result["rows"]


def _classification(settings, datasets: Path, kb, limit: int | None) -> tuple[dict, list, list[float]]:
    from assistant.classify.classifier import OfflineClassifier, ProjectInput
    from assistant.classify.knn import load_examples
    from eval.classification import evaluate_classification, families, loo_classifier

    path = datasets / "projects.jsonl"
    items = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()][:limit]
    offline = OfflineClassifier.build(settings, examples=load_examples(path, include_holdout=True))
    result = evaluate_classification(items, loo_classifier(offline, groups=families(items)))
    seconds = []
    for item in items[:40]:
        started = time.perf_counter()
        offline.classify(ProjectInput(item["id"], item["title"], item["description"]))
        seconds.append(time.perf_counter() - started)
    outputs = result.pop("outputs")
    rows = [{"id": item["id"], "gold": item["labels"], "pred": out.get("labels"), "confidence": out.get("confidence")}
            for item, out in zip(items, outputs)]
    return result, rows, seconds


def _korquad(settings, sample: int, limit: int | None) -> tuple[dict, list]:
    """The external KorQuAD part: its 100 articles indexed beside the main index (same embedder), retrieval
    and end-to-end answers on every `sample`-th question, the reader alone on the held-out fold."""
    from dataclasses import replace

    from assistant.answer.span_reader import default_reader, reader_info
    from eval import korquad as K

    try:
        articles, questions = K.load()
    except FileNotFoundError as err:
        logger.warning("KorQuAD part skipped: %s", err)
        return {"skipped": str(err)}, []
    folder = Path(settings.index_dir).parent / "korquad"
    kb = K.build_index(replace(settings, index_dir=folder / "index"), articles, folder / "corpus")
    picked = questions[::max(sample, 1)][:limit]
    retrieval = K.evaluate_retrieval(kb, picked)
    answers = K.evaluate_answers(kb, picked, settings)
    out = {"questions": len(picked), "of": len(questions),
           "retrieval": {k: v for k, v in retrieval.items() if k != "rows"},
           "answers": {k: v for k, v in answers.items() if k != "rows"}}
    reader = default_reader()
    holdout = reader_info().get("holdout", {}).get("fold")
    if reader is not None and holdout is not None:
        held = [q for q in questions if K.fold_of(q.article) == holdout][:limit]
        out["reader_holdout"] = {"fold": holdout, **K.evaluate_reader(reader, held)}
    return out, answers["rows"]


def latest_report(root: Path = REPORTS) -> Path | None:
    folders = sorted(p for p in root.glob("*") if (p / "report.json").is_file()) if root.is_dir() else []
    return folders[-1] if folders else None


def compare(run_a: Path, run_b: Path) -> list[tuple[str, float, float, float]]:
    """Headline metrics of two report folders: (metric, a, b, b - a)."""
    from eval.report import headline

    a = dict(headline(json.loads((Path(run_a) / "report.json").read_text("utf-8"))))
    b = dict(headline(json.loads((Path(run_b) / "report.json").read_text("utf-8"))))
    return [(k, a[k], b[k], round(b[k] - a[k], 4)) for k in a if k in b]
