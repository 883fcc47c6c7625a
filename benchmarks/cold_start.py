"""Cold start of the command line (a program, not a test): how long a practitioner waits for one answer.

    python -m benchmarks.cold_start --label after [--runs 5] [--index .smartcity-kb/index]

Each run is a fresh `smartcity-kb` process, timed from spawn to exit (wall) and by its CPU time (user + system), as a script calling the CLI per
question sees it: `ask` of one question, `classify` of one project, and `--version` (the floor: Python and
the command's own imports). The results file keeps one entry per label, so before/after sit side by side
(benchmarks/results/cold_start.json). `--stages` also times the stages inside one `ask` in this process.
The machine is shared: look at the minimum as well as the median.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "results" / "cold_start.json"
QUESTION = "K-City Network 해외실증형 사업은 몇 개국에서 진행됐나?"
PROJECT = ("베트남 다낭 스마트 교통신호 시스템 구축", "KOICA 무상원조로 다낭시 주요 교차로에 지능형 교통신호 제어 시스템을 구축하는 사업")
COMMANDS = {
    "version": ["--version"],
    "ask": ["ask", QUESTION],
    "classify": ["classify", "--title", PROJECT[0], "--description", PROJECT[1]],
}


def _time(args: list[str], index: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds user+system) of one fresh process."""
    cmd = [sys.executable, "-m", "assistant", "--index", str(index), *args]
    started = time.perf_counter()
    with subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) as child:
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        err = child.stderr.read()
    if status != 0:
        raise SystemExit(f"{' '.join(args[:2])} failed ({status}): {err.strip()[-500:]}")
    return seconds, usage.ru_utime + usage.ru_stime


def _summary(values: list[float]) -> dict:
    return {"median": round(statistics.median(values), 2), "min": round(min(values), 2),
            "max": round(max(values), 2), "runs": [round(v, 2) for v in values]}


def measure(index: Path, runs: int, commands: list[str]) -> dict:
    """Wall and CPU time per command. CPU time is what the command costs; wall time is what a user waits,
    and on a shared machine it also holds the other processes' share of the cores."""
    out = {}
    for name in commands:
        _time(COMMANDS[name], index)  # the first run fills caches (the built e5 graph, the fitted classifier)
        timed = [_time(COMMANDS[name], index) for _ in range(runs)]
        out[name] = {"wall_s": _summary([w for w, _ in timed]), "cpu_s": _summary([c for _, c in timed])}
        print(f"{name:9} wall median {out[name]['wall_s']['median']:.2f} s (min {out[name]['wall_s']['min']:.2f})"
              f"  cpu median {out[name]['cpu_s']['median']:.2f} s", file=sys.stderr)
    return out


def stages(index: Path) -> dict:
    """Wall and CPU seconds per stage of one `ask` in this (fresh) process."""
    marks, last = {}, (time.perf_counter(), time.process_time())

    def mark(name: str) -> None:
        nonlocal last
        now = (time.perf_counter(), time.process_time())
        marks[name] = {"wall_s": round(now[0] - last[0], 3), "cpu_s": round(now[1] - last[1], 3)}
        last = now

    from assistant.answer.qa import answer_question
    from kb.settings import load_settings
    from kb.store import KnowledgeBase
    mark("imports")
    settings = load_settings(index_dir=index)
    kb = KnowledgeBase.open(settings)
    mark("open index")
    kb.search(QUESTION, k=10)
    mark("first search (embedder load)")
    from assistant.answer.question import _nouns
    _nouns("스마트도시")
    mark("Kiwi load (assistant/answer/question.py _nouns)")
    answer_question(kb, QUESTION, settings)
    mark("answer")
    return marks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--label", required=True, help="e.g. before / after")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--index", type=Path, default=REPO / ".smartcity-kb" / "index")
    parser.add_argument("--only", nargs="*", choices=list(COMMANDS), default=list(COMMANDS),
                        help="these commands (none with --stages: the stages only)")
    parser.add_argument("--stages", action="store_true", help="also time the stages of one ask in-process")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if not (args.index / "manifest.json").is_file():
        raise SystemExit(f"no index at {args.index}: run `make index` first")
    entry = {"when": time.strftime("%Y-%m-%d %H:%M"), "cpus": os.cpu_count(), "python": platform.python_version(),
             "load_average_before": round(os.getloadavg()[0], 2), "commands": measure(args.index, args.runs, args.only)}
    if args.stages:
        entry["ask_stages_s"] = stages(args.index)
        print(json.dumps(entry["ask_stages_s"], ensure_ascii=False), file=sys.stderr)
    results = json.loads(args.out.read_text("utf-8")) if args.out.is_file() else {}
    previous = results.get(args.label, {})  # a run of some commands (or of --stages only) keeps the others'
    entry["commands"] = {**previous.get("commands", {}), **entry["commands"]}
    results[args.label] = {**previous, **entry}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"written: {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
