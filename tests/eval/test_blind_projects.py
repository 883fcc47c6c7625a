"""eval/blind_projects.py on tiny made-up items (never the blind file itself): tolerant reading, aggregates only."""
import json

import pytest

from eval.blind_projects import acceptable_crs, crs_hit, gold_labels, run, score
from eval.classification import BARS, CRS_BAR
from kb.taxonomy import load_taxonomy

LABELS = {"project_type": "rnd", "sector": ["mobility", "energy"], "stage": "pilot", "scale": "site",
          "region": "domestic", "program": "national_rnd", "smart_city_type": "platform_centered",
          "urban_context": "existing_city"}


def _out(labels, codes):
    return {"labels": labels, "crosswalk": {"crs": [{"code": c} for c in codes]}}


def test_gold_labels_and_acceptable_codes_in_several_layouts():
    facets = load_taxonomy().facet_ids
    assert gold_labels({"labels": {**LABELS, "sector": "mobility; energy"}}, facets)["sector"] == ["mobility", "energy"]
    assert gold_labels({**LABELS, "scale": ""}, facets) == {k: v for k, v in LABELS.items() if k != "scale"}
    assert acceptable_crs({"crs": ["21020", 21013]}) == {"21020", "21013"}
    assert acceptable_crs({"labels": {"crs_acceptable": [{"code": "43030", "name": "Urban 2024"}]}}) == {"43030"}
    assert acceptable_crs({"CRS": "14021 or 14020"}) == {"14021", "14020"} and acceptable_crs({"id": "e1"}) == set()


def test_crs_hit_looks_at_the_first_k_codes():
    assert crs_hit(["21020", "21010", "22040", "43030"], {"43030"}, 3) is False
    assert crs_hit(["21020", "21010", "22040", "43030"], {"43030"}, 4) is True


def test_score_aggregates_per_facet_and_crs():
    items = [{"labels": LABELS, "crs": ["21020"]}, {"labels": {**LABELS, "region": "overseas_developing"},
                                                     "crs": ["43030"]}, {"labels": {"project_type": "rnd"}}]
    outputs = [_out(LABELS, ["21020", "21010"]), _out({**LABELS, "sector": ["mobility"]}, ["21010", "22040", "23183",
                                                                                             "43030"]),
               _out(LABELS, [])]
    result = score(items, outputs, BARS)
    assert result["facets"]["project_type"] == {"n": 3, "score": 1.0, "bar": 0.85}
    assert result["facets"]["region"]["score"] == 0.5 and result["facets"]["region"]["n"] == 2
    assert result["facets"]["sector"]["score"] == pytest.approx(2 * 3 / (2 * 3 + 1))  # one energy missed
    assert result["crs"] == {"n": 2, "top3": 0.5, "top1": 0.5}


def test_run_prints_aggregates_only(tmp_path):
    path = tmp_path / "blind.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"x{i}", "title": f"secret title {i}", "description": "d",
                                          "labels": LABELS, "crs": ["21020"]}) for i in range(2)), "utf-8")
    text = run(lambda item: _out(LABELS, ["21020"]), path, BARS, CRS_BAR)
    assert "secret" not in text and "x0" not in text
    assert "project_type        2  1.000  0.85  ok" in text and "CRS top-3           2  1.000  0.85  ok" in text
