"""Per-facet classification metrics, pure and exact (tests/eval/test_classification_metrics.py): accuracy,
confusion, multi-label F1 and calibration. Shared by the leave-one-out evaluation and the blind scoring."""
from __future__ import annotations

from collections.abc import Sequence


def accuracy(gold: Sequence[str], pred: Sequence[str]) -> float:
    return sum(g == p for g, p in zip(gold, pred)) / len(gold) if gold else 0.0


def confusion(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> dict[str, dict[str, int]]:
    """confusion[gold][pred] = count, for every pair of `labels`."""
    table = {g: {p: 0 for p in labels} for g in labels}
    for g, p in zip(gold, pred):
        table[g][p] += 1
    return table


def set_f1(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]], labels: Sequence[str]) -> dict:
    """Micro and macro F1 of multi-label predictions; macro averages labels that occur in gold or pred."""
    tp = {l: 0 for l in labels}
    fp = dict(tp)
    fn = dict(tp)
    for g, p in zip(gold, pred):
        g, p = set(g), set(p)
        for l in g & p:
            tp[l] += 1
        for l in p - g:
            fp[l] += 1
        for l in g - p:
            fn[l] += 1
    def f1(t, f_p, f_n):
        return 2 * t / (2 * t + f_p + f_n) if t + f_p + f_n else 0.0
    per_label = {l: f1(tp[l], fp[l], fn[l]) for l in labels}
    used = [l for l in labels if tp[l] + fp[l] + fn[l]]
    return {
        "micro_f1": f1(sum(tp.values()), sum(fp.values()), sum(fn.values())),
        "macro_f1": sum(per_label[l] for l in used) / len(used) if used else 0.0,
        "exact": sum(set(g) == set(p) for g, p in zip(gold, pred)) / len(gold) if gold else 0.0,
        "per_label": per_label,
    }


def calibration(confidences: Sequence[float], correct: Sequence[bool], bins: int = 10) -> dict:
    """Equal-width bins over [0, 1]: count, mean confidence, accuracy; ECE = Σ (n_b / n) |acc_b − conf_b|."""
    rows = []
    n = len(confidences)
    ece = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, c in enumerate(confidences) if lo <= c < hi or (b == bins - 1 and c == 1.0)]
        if not idx:
            rows.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": 0, "confidence": None, "accuracy": None})
            continue
        conf = sum(confidences[i] for i in idx) / len(idx)
        acc = sum(bool(correct[i]) for i in idx) / len(idx)
        ece += len(idx) / n * abs(acc - conf)
        rows.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": len(idx), "confidence": conf, "accuracy": acc})
    return {"bins": rows, "ece": ece}
