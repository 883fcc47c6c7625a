"""eval/classification.py metrics on tiny hand-computed examples."""
import json
import math

import pytest

from eval.classification import (accuracy, calibration, confusion, evaluate_classification, fit_temperature,
                                 format_report, set_f1)


def test_accuracy_and_confusion():
    gold, pred = ["a", "a", "b", "c"], ["a", "b", "b", "a"]
    assert accuracy(gold, pred) == 0.5
    assert confusion(gold, pred, ["a", "b", "c"]) == {"a": {"a": 1, "b": 1, "c": 0}, "b": {"a": 0, "b": 1, "c": 0},
                                                      "c": {"a": 1, "b": 0, "c": 0}}


def test_set_f1_micro_macro_exact():
    # item 1: gold {x, y}, pred {x}      → x tp, y fn
    # item 2: gold {z},    pred {z, x}   → z tp, x fp
    f = set_f1([["x", "y"], ["z"]], [["x"], ["z", "x"]], ["x", "y", "z", "w"])
    assert f["micro_f1"] == pytest.approx(2 * 2 / (2 * 2 + 1 + 1))  # 0.6667
    # per label: x = 2/(2+1) = 0.6667, y = 0, z = 1; w unused → macro over 3 labels
    assert f["per_label"] == pytest.approx({"x": 2 / 3, "y": 0.0, "z": 1.0, "w": 0.0})
    assert f["macro_f1"] == pytest.approx((2 / 3 + 0 + 1) / 3)
    assert f["exact"] == 0.0


def test_calibration_bins_and_ece():
    # bin 0.9-1.0: confidences 0.9, 0.95 → mean 0.925, accuracy 0.5; bin 0.6-0.7: 0.6 → accuracy 1.0
    c = calibration([0.9, 0.95, 0.6], [True, False, True], bins=10)
    used = [b for b in c["bins"] if b["n"]]
    assert [(b["bin"], b["n"]) for b in used] == [("0.6-0.7", 1), ("0.9-1.0", 2)]
    assert used[1]["confidence"] == pytest.approx(0.925) and used[1]["accuracy"] == 0.5
    assert c["ece"] == pytest.approx(2 / 3 * 0.425 + 1 / 3 * 0.4)
    assert len(c["bins"]) == 10


def test_fit_temperature_sharpens_underconfident_logits():
    rows = [[math.log(0.6), math.log(0.4)]] * 10  # always right, but only 60 % sure
    assert fit_temperature(rows, [0] * 10) == pytest.approx(0.4)
    wrong_half = [[2.0, 0.0]] * 5 + [[0.0, 2.0]] * 5
    assert fit_temperature(wrong_half, [0] * 10) == pytest.approx(3.0)  # the grid's flattest value


LABELS = {"project_type": "rnd", "sector": ["mobility", "energy"], "stage": "pilot", "scale": "site",
          "region": "domestic", "program": "national_rnd", "smart_city_type": "platform_centered",
          "urban_context": "existing_city"}


def test_evaluate_classification_with_a_fixed_classifier():
    items = [{"id": "a", "labels": LABELS, "origin": "corpus", "lang": "ko"},
             {"id": "b", "labels": {**LABELS, "region": "overseas_developed", "sector": ["energy"]},
              "origin": "written", "lang": "en"}]

    def classifier(item):
        return {"id": item["id"], "labels": {**LABELS, "sector": ["energy"]},
                "confidence": {f: 0.8 for f in LABELS}, "needs_review": ["stage"] if item["id"] == "a" else []}

    report = evaluate_classification(items, classifier)
    assert report["facets"]["region"]["accuracy"] == 0.5
    assert report["facets"]["project_type"]["accuracy"] == 1.0
    assert report["facets"]["region"]["confusion"]["overseas_developed"]["domestic"] == 1
    # sector: item a gold {mobility, energy} pred {energy}; item b exact → tp 2, fn 1 → micro 4/5
    assert report["facets"]["sector"]["micro_f1"] == pytest.approx(0.8)
    assert report["groups"]["origin=written"]["region"] == 0.0 and report["groups"]["lang=ko"]["region"] == 1.0
    assert report["needs_review_facets_per_item"] == 0.5
    assert "region" in format_report(report)


def test_holdout_items_are_scored_apart_and_never_left_out_of_the_examples():
    from eval.classification import loo_classifier

    class Example:
        def __init__(self, id_):
            self.id = id_

    class Result:
        def __init__(self, id_, source):
            self.id, self.source = id_, source

        def to_json(self):
            return {"id": self.id, "labels": {**LABELS, "region": "domestic" if self.source == "loo" else "overseas_developed"},
                    "confidence": {}}

    class Offline:
        """Two examples (a, b); `without` marks its results, so the test sees which path ran."""
        examples = [Example("a"), Example("b")]
        left_out: list = []

        def without(self, ids):
            self.left_out.append(set(ids))
            return Fitted("loo")

        def classify(self, project):
            return Result(project.id, "as_is")

    class Fitted:
        def __init__(self, source):
            self.source = source

        def classify(self, project):
            return Result(project.id, self.source)

    items = [{"id": "a", "title": "t", "description": "d", "labels": LABELS},
             {"id": "h", "title": "t", "description": "d", "labels": {**LABELS, "region": "overseas_developed"},
              "split": "holdout"}]
    offline = Offline()
    report = evaluate_classification(items, loo_classifier(offline))
    assert offline.left_out == [{"a"}]  # the holdout item is not an example: nothing to leave out
    assert report["groups"]["split=dev"]["n"] == 1 and report["groups"]["split=holdout"]["n"] == 1
    assert report["splits"]["dev"]["facets"]["region"]["accuracy"] == 1.0
    assert report["splits"]["holdout"]["facets"]["region"]["accuracy"] == 1.0
    assert report["splits"]["holdout"]["facets"]["region"]["confusion"]["overseas_developed"]["overseas_developed"] == 1
    assert "holdout" in format_report(report)


def test_leave_group_out_retrains_once_per_corpus_section():
    from eval.classification import loo_classifier, source_group

    rows = [{"id": "a", "origin": "corpus", "source": {"doc_id": "004", "section": "KCN 선정 현황"}},
            {"id": "b", "origin": "corpus", "source": {"doc_id": "004", "section": "KCN 선정 현황"}},
            {"id": "c", "origin": "corpus", "source": {"doc_id": "004", "section": "ODA 목록"}},
            {"id": "w", "origin": "written", "source": None}]
    assert source_group(rows[0]) == source_group(rows[1]) != source_group(rows[2])
    assert source_group(rows[3]) == "w"

    class Offline:
        examples = [type("E", (), {"id": i})() for i in "abcw"]
        left_out: list = []

        def without(self, ids):
            self.left_out.append(set(ids))
            held = set(ids)
            return type("F", (), {"classify": lambda _, p: type("R", (), {
                "to_json": lambda _: {"id": p.id, "labels": LABELS, "confidence": {}, "held": sorted(held)}})()})()

    members = {"a": {"a", "b"}, "b": {"a", "b"}, "c": {"c"}, "w": {"w"}}
    offline = Offline()
    run = loo_classifier(offline, groups=members)
    outputs = [run({"id": i, "title": "t", "description": "d"}) for i in "abcw"]
    assert offline.left_out == [{"a", "b"}, {"c"}, {"w"}]  # a and b share one retraining
    assert [o["held"] for o in outputs] == [["a", "b"], ["a", "b"], ["c"], ["w"]]


def test_families_keep_a_project_with_the_examples_derived_from_it():
    from eval.classification import families, source_group

    items = [{"id": "p1", "origin": "corpus", "source": {"doc_id": "d", "section": "표 1"}},
             {"id": "p2", "origin": "corpus", "source": {"doc_id": "d", "section": "표 1"}},
             {"id": "p3", "origin": "written"}, {"id": "s1", "origin": "derived", "derived_from": "p1"},
             {"id": "s2", "origin": "derived", "derived_from": "p3"}]
    assert families(items) == {"p1": {"p1", "s1"}, "p2": {"p2"}, "p3": {"p3", "s2"}, "s1": {"p1", "s1"},
                               "s2": {"p3", "s2"}}
    groups = families(items, source_group)
    assert groups["p2"] == groups["s1"] == {"p1", "p2", "s1"} and groups["s2"] == {"p3", "s2"}


def test_headline_scores_leave_derived_examples_out():
    items = [{"id": "a", "labels": LABELS}, {"id": "s", "labels": LABELS, "derived_from": "a", "split": "styles",
                                              "origin": "derived"}]

    def classifier(item):
        wrong = {**LABELS, "region": "overseas_developed"} if item["id"] == "s" else LABELS
        return {"id": item["id"], "labels": wrong, "confidence": {f: 0.8 for f in LABELS}}

    report = evaluate_classification(items, classifier)
    assert report["n"] == 1 and report["facets"]["region"]["accuracy"] == 1.0
    assert report["splits"]["styles"]["facets"]["region"]["accuracy"] == 0.0


def test_examples_derived_from_a_test_split_stay_out_with_it(tmp_path):
    from assistant.classify.knn import load_examples

    path = tmp_path / "p.jsonl"
    rows = [{"id": "p1", "title": "t", "description": "d", "labels": LABELS},
            {"id": "h1", "title": "t", "description": "d", "labels": LABELS, "split": "holdout"},
            {"id": "s1", "title": "t", "description": "d", "labels": LABELS, "derived_from": "h1", "split": "styles"},
            {"id": "s2", "title": "t", "description": "d", "labels": LABELS, "derived_from": "p1", "split": "styles"}]
    path.write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    assert [e.id for e in load_examples(path)] == ["p1", "s2"]
    assert [e.id for e in load_examples(path, include_holdout=True)] == ["p1", "h1", "s1", "s2"]


def test_human_agreement_before_and_after_adjudication(tmp_path):
    from eval.classification import human_agreement

    other = {**LABELS, "stage": "implementation"}
    (tmp_path / "second_labeller.jsonl").write_text("\n".join(json.dumps(d) for d in [
        {"id": "a", "labels": other}, {"id": "b", "labels": LABELS}]), "utf-8")
    (tmp_path / "adjudication.jsonl").write_text(json.dumps(
        {"id": "a", "facet": "stage", "first_labeller": "pilot", "second_labeller": "implementation",
         "decision": "either"}), "utf-8")
    items = [{"id": "a", "labels": LABELS}, {"id": "b", "labels": LABELS}, {"id": "c", "labels": LABELS},
             {"id": "s", "labels": LABELS, "derived_from": "a"}]
    human = human_agreement(items, tmp_path)
    assert human["n"] == 2 and human["first_vs_second"]["stage"] == 0.5 and human["first_vs_second"]["region"] == 1.0
    assert human["second_vs_final"]["stage"] == 0.5 and human_agreement(items, tmp_path / "none") == {}
