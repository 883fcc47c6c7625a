"""`smartcity-kb eval --calibrate`: refit the abstention thresholds on the dev split and write them to the
package (assistant/answer/thresholds.json), with what each threshold decides there.

Only items with split == "dev" are used (the blind set and the KorQuAD part are never calibration data).
For each threshold the file records how many dev items it alone turns into an abstention: a threshold
that decides nothing is written as 0 and says so.
"""
from __future__ import annotations

import time
from dataclasses import asdict, replace
from pathlib import Path

from assistant.answer.abstain import NEVER, THRESHOLDS_FILE, Thresholds, calibrate, decide, write_thresholds
from eval.answers import abstention_samples
from eval.retrieval import load_qa


def decided_by(samples, th: Thresholds) -> dict[str, dict[str, int]]:
    """Per threshold: the dev items that abstain with all thresholds but not without this one, split into
    unanswerable ones caught and answerable ones lost."""
    out = {}
    for name, value in asdict(th).items():
        without = replace(th, **{name: 0.0})
        caught = lost = 0
        for sig, answerable in samples:
            if decide(sig, th)[0] and not decide(sig, without)[0]:
                lost += answerable
                caught += not answerable
        out[name] = {"value": value, "unanswerable_caught": caught, "answerable_lost": lost}
    return out


def calibrate_and_write(settings, qa_path: Path, out: Path = THRESHOLDS_FILE) -> tuple[Path, Thresholds, str]:
    from kb.store import KnowledgeBase

    items = [i for i in load_qa(qa_path) if i.split == "dev"]
    if not items:
        raise ValueError(f"{qa_path}: no items with split \"dev\" to calibrate on")
    kb = KnowledgeBase.open(settings)
    samples = abstention_samples(kb, items, settings)
    th = calibrate(samples)
    effect = decided_by(samples, th)
    answerable = sum(1 for _, ok in samples if ok)
    false_abst = sum(1 for s, ok in samples if ok and decide(s, th)[0])
    caught = sum(1 for s, ok in samples if not ok and decide(s, th)[0])
    by_names = sum(1 for s, ok in samples if decide(s, NEVER)[0] and not ok)
    about = {"calibrated": time.strftime("%Y-%m-%d"), "on": f"{qa_path.name}, split dev: {answerable} answerable, "
             f"{len(samples) - answerable} unanswerable", "index": f"{kb.manifest.embedder}, {len(kb.chunks)} chunks",
             "result": {"unanswerable_caught": caught, "false_abstentions": false_abst,
                        "caught_by_missing_terms_alone": by_names},
             "decided_by_each": effect,
             "how": "grid search (assistant/answer/abstain.py: calibrate): most unanswerable items caught with at "
                    "most 10% of the answerable ones lost"}
    path = write_thresholds(th, about, out)
    lines = [f"dev: {answerable} answerable, {len(samples) - answerable} unanswerable; caught {caught}, "
             f"false abstentions {false_abst} ({by_names} caught by missing named terms with no threshold)"]
    lines += [f"  {name} = {e['value']}: alone catches {e['unanswerable_caught']}, loses {e['answerable_lost']}"
              for name, e in effect.items()]
    return path, th, "\n".join(lines)
