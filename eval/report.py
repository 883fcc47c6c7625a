"""Report writing: report.json, report.md, report.html and matplotlib plots (PNG) in one folder."""
from __future__ import annotations

import html
import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, never a window
import matplotlib.pyplot as plt  # noqa: E402

ANSWER_KEYS = ("key_facts", "citation_hit", "citation_precision", "citation_recall", "faithfulness", "f1",
               "abstain_precision", "abstain_recall", "false_abstention")


def headline(report: dict) -> list[tuple[str, float]]:
    """The flat list of numbers a run is judged and compared by."""
    out: list[tuple[str, float]] = []
    for mode, r in report.get("retrieval", {}).items():
        o = r["overall"]
        out += [(f"retrieval.{mode}.{k}", o[k]) for k in ("recall@1", "recall@5", "recall@10", "mrr", "ndcg@10")]
    answers = report.get("answers", {})
    for scope, summary in [("all", answers.get("overall"))] + list(answers.get("by_split", {}).items()):
        if summary:
            out += [(f"answers.{scope}.{k}", summary[k]) for k in ANSWER_KEYS if summary.get(k) is not None]
    for facet, s in report.get("classification", {}).get("facets", {}).items():
        out.append((f"classification.{facet}", round(s["score"], 4)))
    for stage, s in report.get("speed", {}).items():
        out.append((f"speed.{stage}.p50_ms", s["p50_ms"]))
        out.append((f"speed.{stage}.p95_ms", s["p95_ms"]))
    return out


def write_report(folder: Path, report: dict, rows: dict[str, list]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    plots = _plots(folder, report, rows)
    report = {**report, "plots": plots, "headline": dict(headline(report))}
    (folder / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), "utf-8")
    with open(folder / "rows.jsonl", "w", encoding="utf-8") as fh:
        for part, part_rows in rows.items():
            for row in part_rows:
                fh.write(json.dumps({"part": part, **row}, ensure_ascii=False, default=str) + "\n")
    markdown = render_markdown(report)
    (folder / "report.md").write_text(markdown, "utf-8")
    (folder / "report.html").write_text(render_html(report), "utf-8")


# ---- plots ---------------------------------------------------------------------------------------
def _plots(folder: Path, report: dict, rows: dict[str, list]) -> list[str]:
    made = []
    for name, draw in (("recall_at_k.png", _recall_plot), ("facet_accuracy.png", _facet_plot),
                       ("confusion.png", _confusion_plot), ("calibration.png", _calibration_plot),
                       ("latency.png", _latency_plot)):
        fig = draw(report, rows)
        if fig is not None:
            fig.savefig(folder / name, dpi=110, bbox_inches="tight")
            plt.close(fig)
            made.append(name)
    return made


def _recall_plot(report, rows):
    retrieval = report.get("retrieval")
    if not retrieval:
        return None
    fig, ax = plt.subplots(figsize=(6, 4))
    for mode, r in retrieval.items():
        curve = r["recall_curve"]
        ax.plot(range(1, len(curve) + 1), curve, marker=".", label=f"{mode} (MRR {r['overall']['mrr']:.3f})")
    ax.set(xlabel="k", ylabel="Recall@k", ylim=(0, 1.02), title="Retrieval: recall@k")
    ax.grid(alpha=0.3)
    ax.legend()
    return fig


def _facet_plot(report, rows):
    facets = report.get("classification", {}).get("facets")
    if not facets:
        return None
    fig, ax = plt.subplots(figsize=(7, 3.5))
    names = list(facets)
    ax.bar(names, [facets[f]["score"] for f in names], color="#4C72B0")
    ax.set(ylim=(0, 1), ylabel="accuracy (sector: micro-F1)", title="Classification by facet (leave-one-out)")
    ax.tick_params(axis="x", rotation=35)
    ax.grid(axis="y", alpha=0.3)
    return fig


def _confusion_plot(report, rows):
    facets = {f: s for f, s in report.get("classification", {}).get("facets", {}).items() if s.get("confusion")}
    if not facets:
        return None
    cols = min(4, len(facets))
    rows = -(-len(facets) // cols)
    fig, axes = plt.subplots(rows, cols, figsize=(4.6 * cols, 4.6 * rows), squeeze=False)
    for ax in axes.flat[len(facets):]:
        ax.axis("off")
    for ax, (facet, s) in zip(axes.flat, facets.items()):
        labels = list(s["confusion"])
        grid = [[s["confusion"][g].get(p, 0) for p in labels] for g in labels]
        ax.imshow(grid, cmap="Blues")
        ax.set_xticks(range(len(labels)), labels, rotation=90, fontsize=7)
        ax.set_yticks(range(len(labels)), labels, fontsize=7)
        for i, row in enumerate(grid):
            for j, value in enumerate(row):
                if value:
                    ax.text(j, i, value, ha="center", va="center", fontsize=7)
        ax.set(title=facet, xlabel="predicted", ylabel="gold")
    fig.tight_layout()
    return fig


def _calibration_plot(report, rows):
    facets = report.get("classification", {}).get("facets")
    if not facets:
        return None
    fig, ax = plt.subplots(figsize=(5, 5))
    ax.plot([0, 1], [0, 1], "k--", lw=1, label="perfect")
    for facet, s in facets.items():
        bins = [b for b in s["calibration"]["bins"] if b["n"]]
        ax.plot([b["confidence"] for b in bins], [b["accuracy"] for b in bins], marker="o", ms=3,
                label=f"{facet} (ECE {s['calibration']['ece']:.2f})")
    ax.set(xlabel="confidence", ylabel="accuracy", title="Confidence calibration", xlim=(0, 1), ylim=(0, 1))
    ax.legend(fontsize=7)
    return fig


def _latency_plot(report, rows):
    series = {part: [r["seconds"] * 1000 for r in rows.get(part, []) if "seconds" in r]
              for part in ("retrieval", "answers")}
    series = {k: v for k, v in series.items() if v}
    if not series:
        return None
    fig, ax = plt.subplots(figsize=(6, 3.5))
    for part, values in series.items():
        ax.hist(values, bins=30, alpha=0.6, label=part)
    ax.set(xlabel="milliseconds", ylabel="questions", title="Latency per question")
    ax.legend()
    return fig


# ---- text ----------------------------------------------------------------------------------------
def render_markdown(report: dict) -> str:
    run = report["run"]
    lines = [f"# 평가 보고서 (Evaluation report) — {run['timestamp']}", "",
             f"색인 (index) `{run['index']}` · 임베딩 (embedder) `{run['embedder']}` · LLM {run['llm']} · "
             f"문서 {run['documents']}개, 청크 {run['chunks']}개 · commit `{run['commit']}`", ""]
    if "retrieval" in report:
        lines += ["## 검색 (Retrieval)", "", "| 방식 (mode) | R@1 | R@3 | R@5 | R@10 | MRR | nDCG@10 | n |", "|---|---|---|---|---|---|---|---|"]
        for mode, r in report["retrieval"].items():
            o = r["overall"]
            lines.append(f"| {mode} | {o['recall@1']:.3f} | {o['recall@3']:.3f} | {o['recall@5']:.3f} | "
                         f"{o['recall@10']:.3f} | {o['mrr']:.3f} | {o['ndcg@10']:.3f} | {o['n']} |")
        hybrid = report["retrieval"].get("hybrid", {})
        for group in ("by_lang", "by_doc_type"):
            lines += ["", f"Hybrid {group.replace('_', ' ')}: " + ", ".join(
                f"{g} R@5 {s['recall@5']:.3f} MRR {s['mrr']:.3f} (n={s['n']})" for g, s in hybrid.get(group, {}).items())]
        lines.append("")
    if "answers" in report:
        llm = any(s.get("llm_faithfulness") is not None for s in [report["answers"]["overall"]])
        lines += ["## 답변 (Answers)", "", "| 범위 (scope) | n | 핵심 사실 (key facts) | 인용 적중 (citation hit) | citation P | citation R | faithfulness | "
                  "token F1 | 답변 거절 P (abstain P) | 답변 거절 R (abstain R) | 잘못된 거절 (false abst.) |" + (" LLM faithfulness |" if llm else ""),
                  "|---|---|---|---|---|---|---|---|---|---|---|" + ("---|" if llm else "")]
        scopes = [("all", report["answers"]["overall"])] + list(report["answers"].get("by_split", {}).items()) + \
            list(report["answers"].get("by_lang", {}).items())
        for scope, s in scopes:
            lines.append(f"| {scope} | {s['n']} | {s['key_facts']:.3f} | {s['citation_hit']:.3f} | "
                         f"{_num(s.get('citation_precision'))} | {_num(s.get('citation_recall'))} | "
                         f"{_num(s.get('faithfulness'))} | {s['f1']:.3f} | {s['abstain_precision']:.3f} | "
                         f"{s['abstain_recall']:.3f} | {s['false_abstention']:.3f} |"
                         + (f" {_num(s.get('llm_faithfulness'))} |" if llm else ""))
        lines.append("")
    if "classification" in report:
        c = report["classification"]
        lines += [f"## 사업 분류 (Classification, leave-one-out, {c['n']}개 사업)", "", "| 분류 축 (facet) | 점수 (score) | ECE |", "|---|---|---|"]
        for facet, s in c["facets"].items():
            extra = f" (macro-F1 {s['macro_f1']:.3f})" if "macro_f1" in s else ""
            lines.append(f"| {facet} | {s['score']:.3f}{extra} | {s['calibration']['ece']:.3f} |")
        lines.append("")
    if report.get("speed"):
        lines += ["## 속도 (Speed)", "", "| 단계 (stage) | p50 ms | p95 ms | n |", "|---|---|---|---|"]
        lines += [f"| {k} | {v['p50_ms']} | {v['p95_ms']} | {v['n']} |" for k, v in report["speed"].items()]
        lines.append("")
    lines += [f"![{p}]({p})" for p in report.get("plots", [])]
    return "\n".join(lines) + "\n"


def _num(value) -> str:
    return "-" if value is None else f"{value:.3f}"


def render_html(report: dict) -> str:
    """A self-contained page: the Markdown tables as HTML tables, the plots as images."""
    body = []
    for block in render_markdown(report).split("\n\n"):
        rows = [r for r in block.strip().split("\n") if r]
        if rows and rows[0].startswith("|"):
            cells = [[html.escape(c.strip()) for c in r.strip("|").split("|")] for r in rows if not r.startswith("|---")]
            head = "".join(f"<th>{c}</th>" for c in cells[0])
            trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in cells[1:])
            body.append(f"<table><tr>{head}</tr>{trs}</table>")
        for r in rows:
            if r.startswith("# "):
                body.append(f"<h1>{html.escape(r[2:])}</h1>")
            elif r.startswith("## "):
                body.append(f"<h2>{html.escape(r[3:])}</h2>")
            elif r.startswith("!["):
                src = r[r.index("(") + 1 : -1]
                body.append(f'<img src="{html.escape(src)}" alt="{html.escape(src)}">')
            elif not r.startswith("|"):
                body.append(f"<p>{html.escape(r)}</p>")
    style = ("body{font-family:sans-serif;max-width:1100px;margin:2em auto}table{border-collapse:collapse;margin:1em 0}"
             "td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}img{max-width:100%;margin:1em 0}")
    return f"<!doctype html><html lang=ko><meta charset=utf-8><title>Evaluation</title><style>{style}</style>" + \
        "\n".join(body) + "</html>\n"
