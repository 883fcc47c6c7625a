"""The agreement of two labellers is scored like the classifier (tiny hand-made items, not the blind set)."""
from __future__ import annotations

from eval.blind_projects import agreement


def _item(pid, stage, sectors, crs):
    return {"id": pid, "labels": {"stage": stage, "sector": sectors}, "crs": crs}


def test_agreement_counts_facets_and_crs_in_the_second_labellers_order():
    first = [_item("a", "pilot", ["mobility"], ["21020"]), _item("b", "implementation", ["water", "energy"], ["14021"])]
    second = [_item("b", "implementation", ["water"], ["23210", "14021"]), _item("a", "identification", ["mobility"],
                                                                              ["21020"])]
    result = agreement(first, second)
    assert result["facets"]["stage"] == {"n": 2, "score": 0.5, "bar": None}
    # sector micro-F1: gold {mobility}, {water, energy}; second {mobility}, {water}: P 2/2, R 2/3 → 0.8
    assert round(result["facets"]["sector"]["score"], 4) == 0.8
    assert result["crs"] == {"n": 2, "top3": 1.0, "top1": 0.5}
