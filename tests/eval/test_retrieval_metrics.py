import math

import pytest

from eval.metrics import ndcg_at_k, recall_at_k, reciprocal_rank, squash
from eval.retrieval import QAItem, is_relevant


def test_recall_mrr_ndcg_exact_values():
    ranked = [False, True, False, True]
    assert recall_at_k(ranked, 1) == 0.0 and recall_at_k(ranked, 2) == 1.0
    assert reciprocal_rank(ranked) == 0.5
    assert reciprocal_rank([False, False]) == 0.0
    # DCG = 1/log2(3) + 1/log2(5); ideal with 2 relevant = 1 + 1/log2(3)
    expected = (1 / math.log2(3) + 1 / math.log2(5)) / (1 + 1 / math.log2(3))
    assert ndcg_at_k(ranked, 10, n_relevant=2) == pytest.approx(expected)
    assert ndcg_at_k([True], 10, n_relevant=3) == pytest.approx(1 / (1 + 1 / math.log2(3) + 1 / math.log2(4)))


def test_relevance_ignores_whitespace_and_middle_dot_variants():
    item = QAItem("q", "?", "ko", True, "d1", ("보건ㆍ의료ㆍ복지",), (), "", "list", "law")
    assert is_relevant(item, "d1", "교통, 보건·의료·\n복지 분야")
    assert not is_relevant(item, "d2", "보건·의료·복지")
    assert squash(" 고\n도화 ") == "고도화"


def test_recall_curve_from_first_relevant_ranks():
    from eval.harness import recall_curve

    assert recall_curve([1, 3, None, 2], 4) == [0.25, 0.5, 0.75, 0.75]
