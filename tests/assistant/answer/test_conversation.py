from __future__ import annotations

from assistant.answer.conversation import is_followup, key_phrase, rewrite, rewrite_by_rule
from kb.settings import load_settings

PREV_KO = ("K-City Network 해외실증형 사업은 몇 개국에서 진행됐나?", "13개국 20개 도시에서 진행됐습니다 [1]")


def test_korean_follow_up_carries_the_previous_subject():
    assert rewrite_by_rule("그 사업의 예산은?", [PREV_KO]) == "K-City Network 해외실증형 사업 예산은?"


def test_short_follow_up_without_subject_is_completed():
    assert rewrite_by_rule("기간은?", [PREV_KO]) == "K-City Network 해외실증형 사업 기간은?"


def test_self_contained_question_is_left_alone():
    q = "스마트도시법에서 해외진출 지원 근거는 무엇인가요?"
    assert not is_followup(q)
    assert rewrite_by_rule(q, [PREV_KO]) == q


def test_english_follow_up():
    history = [("What did the 2021 KCN call fund?", "...")]
    assert key_phrase(history[0][0]) == "2021 KCN call fund"
    assert rewrite_by_rule("what about its budget?", history) == "budget of 2021 KCN call fund?"


def test_rewrite_without_history_or_llm_uses_the_rule():
    settings = load_settings(environ={})
    assert rewrite("그 사업의 예산은?", [], settings) == "그 사업의 예산은?"
    assert rewrite("그 사업의 예산은?", [PREV_KO], settings) == "K-City Network 해외실증형 사업 예산은?"
