"""Plain functions behind the web app's evaluation tab (no gradio here).

Reports are folders `<settings.reports>/<YYYYmmdd-HHMMSS>/` (eval/reports/ in a source checkout) with report.md
and PNG plots, written by the evaluation harness (`eval.harness.run`, or `python -m eval` when only the program
is there).
"""
from __future__ import annotations

import importlib
import logging
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

logger = logging.getLogger(__name__)
NO_REPORT = ("### 아직 평가 보고서가 없습니다 (no report yet)\n\n"
             "위의 **평가 실행** 버튼을 누르거나 터미널에서 `make eval`을 실행하세요.")
_IMAGE_LINE = re.compile(r"!\[[^\]]*\]\([^)]*\)")  # relative links do not resolve in the page: shown in a gallery
_FOLDER = re.compile(r"^\d{8}-\d{6}$")


def latest_report(root: Path) -> Path | None:
    """The newest report folder that has a report.md."""
    root = Path(root)
    if not root.is_dir():
        return None
    folders = sorted(p for p in root.iterdir() if p.is_dir() and _FOLDER.match(p.name) and (p / "report.md").is_file())
    return folders[-1] if folders else None


def report_view(root: Path) -> tuple[str, list[str]]:
    """(Markdown to show, PNG paths) of the latest report, or the 'no report yet' message."""
    folder = latest_report(root)
    if folder is None:
        return NO_REPORT, []
    text = _IMAGE_LINE.sub("", (folder / "report.md").read_text("utf-8"))
    header = f"_보고서 폴더 (report folder): `{folder.name}`_\n\n"
    return header + text, [str(p) for p in sorted(folder.glob("*.png"))]


def _harness_run():
    """`eval.harness.run` when the harness and its report writer are importable, else None."""
    try:
        harness = importlib.import_module("eval.harness")
        importlib.import_module("eval.report")
    except ImportError as err:
        logger.info("evaluation harness not importable (%s); using python -m eval", err)
        return None
    return getattr(harness, "run", None)


MODES = {  # (label shown, parts run): the full run's leave-one-out classification takes most of its time
    "quick": ("빠른 평가: 검색·답변만 (quick: retrieval and answers, ~3 min)", ("retrieval", "answers")),
    "full": ("전체 평가: 검색·답변·사업 분류·KorQuAD (full, ~25 min on 2 cores)",
             ("retrieval", "answers", "classification", "korquad")),
}


def run_evaluation(settings, progress: Callable[[float, str], None], root: Path, mode: str = "full") -> Path:
    """Run the evaluation and return the report folder; `progress(fraction, message)` is called along the way.
    `mode`: one of MODES ("quick" leaves out the classification and the KorQuAD part)."""
    if mode not in MODES:
        raise ValueError(f"unknown evaluation mode {mode!r}; choose from: {', '.join(MODES)}")
    parts = MODES[mode][1]
    run = _harness_run()
    if run is not None:
        return Path(run(settings, out_root=Path(root), parts=parts, progress=progress))
    progress(0.05, "평가 실행 중 (python -m eval)")
    cmd = [sys.executable, "-m", "eval", "--index", str(settings.index_dir), "--out", str(root),
           *(f"--only={p}" for p in parts)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise RuntimeError("evaluation failed: " + " / ".join(tail))
    folder = latest_report(root)
    if folder is None:
        raise RuntimeError("evaluation finished but wrote no report under " + str(root))
    progress(1.0, "완료 (done)")
    return folder
