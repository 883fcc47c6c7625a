from __future__ import annotations

import pytest

from eval.answers import (abstention_scores, citation_hit, key_fact_match, normalize, percentile, summarise,
                          token_f1)


def test_normalize():
    assert normalize("3,500억 원") == "3500억원"
    assert normalize("’18 ∼ ’23") == "'18~'23"
    assert normalize("융합․연계형 보건ㆍ의료") == "융합·연계형보건·의료"
    assert normalize("20㎞") == "20km"


def test_key_fact_match():
    assert key_fact_match("총 33억원을 지원 [1]", ["33억 원"])
    assert key_fact_match("3500억 원", ["3,500억 원"])
    assert not key_fact_match("23개국에서 80건", ["23개국", "12개 도시"])
    assert not key_fact_match("anything", [])


def test_citation_hit():
    assert citation_hit(["2020년 23개국에서\n80건 신청을 받았고"], ["23개국에서 80건 신청"])
    assert not citation_hit(["다른 문장"], ["23개국에서 80건 신청"])


def test_token_f1_hand_computed():
    # bigrams: "스마트도시" → 스마 마트 트도 도시 (4); "스마트" → 스마 마트 (2); common 2
    # precision 2/2, recall 2/4 → F1 = 2·1·0.5/1.5 = 2/3
    assert token_f1("스마트", "스마트도시") == pytest.approx(2 / 3)
    assert token_f1("", "스마트") == 0.0


def test_abstention_scores_hand_computed():
    abstained = [True, True, False, False, True]
    answerable = [False, True, True, True, False]
    assert abstention_scores(abstained, answerable) == {
        "abstain_precision": 2 / 3, "abstain_recall": 1.0, "false_abstention": 1 / 3}


def test_percentile_and_summary():
    assert percentile([3.0, 1.0, 2.0], 0.5) == 2.0
    rows = [
        {"answerable": True, "abstained": False, "key_facts": True, "citation_hit": True, "f1": 0.5, "seconds": 0.1},
        {"answerable": True, "abstained": True, "key_facts": False, "citation_hit": False, "f1": 0.0, "seconds": 0.3},
        {"answerable": False, "abstained": True, "key_facts": False, "citation_hit": False, "f1": 0.0, "seconds": 0.2},
    ]
    s = summarise(rows)
    assert (s["key_facts"], s["citation_hit"], s["false_abstention"], s["abstain_recall"]) == (0.5, 0.5, 0.5, 1.0)
    assert s["abstain_precision"] == 0.5 and s["latency_mean"] == 0.2
