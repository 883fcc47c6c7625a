"""The answers a new user gets from `make run`'s index (bundled e5, hybrid search, the fitted reader): the
examples of the issue 'Answers that answer', each led by the answer itself and short."""
from __future__ import annotations

import pytest

from assistant.answer.qa import answer_question
from eval.answers import answer_length
from kb.settings import load_settings
from kb.store import KnowledgeBase

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def kb_settings(hybrid_index):
    settings = load_settings(index_dir=hybrid_index, environ={})
    return KnowledgeBase.open(settings), settings


@pytest.mark.parametrize("question, lead", [
    ("스마트도시법에서 국가시범도시 지정은 몇 조에 규정되어 있나요?", "스마트도시법 제35조(국가시범도시의 지정 등) [1]"),
    ("What is the Smart City Act's article on overseas expansion support?",
     "스마트도시법 제30조(국제협력 및 해외진출 지원) [1]"),
])
def test_article_questions_name_the_article(kb_settings, question, lead):
    kb, settings = kb_settings
    rec = answer_question(kb, question, settings).to_json()
    assert rec["answer"].startswith(lead + "\n")
    assert rec["answer_kind"] == "article" and answer_length(rec["answer"]) <= 250


def test_the_commissioning_body_leads_the_answer(kb_settings):
    kb, settings = kb_settings
    rec = answer_question(kb, "클락 스마트시티 사업의 발주처는 어디인가요?", settings).to_json()
    assert rec["short_answer"] == "필리핀 클락개발공사" and rec["answer"].startswith("필리핀 클락개발공사 [1]\n근거: “")
    assert answer_length(rec["answer"]) <= 250


def test_no_conflict_between_two_subjects_of_one_sentence(kb_settings):
    kb, settings = kb_settings
    rec = answer_question(kb, "스마트시티 추진전략에서 제시한 성장단계별 접근 방식은?", settings).to_json()
    assert "conflicts" not in rec and "수치 차이" not in rec["answer"]


def test_contexts_say_where_they_come_from(kb_settings):
    kb, settings = kb_settings
    rec = answer_question(kb, "스마트도시위원회의 위원장은 누구인가요?", settings).to_json()
    first = rec["contexts"][0]
    assert set(first) == {"doc_id", "title", "page", "section", "text", "score"}
    assert first["doc_id"] == "law_smart_city_act" and first["section"].startswith("제")


def test_the_committee_chair_is_named_not_a_member(kb_settings):
    kb, settings = kb_settings
    rec = answer_question(kb, "스마트도시위원회의 위원장은 누구인가요?", settings).to_json()
    assert rec["short_answer"] == "국토교통부장관과 제1호 및 제2호의 위원 중에서 대통령이 위촉한 1명"


def test_the_2022_call_names_both_of_its_types(kb_settings):
    kb, settings = kb_settings
    rec = answer_question(kb, "K-City Network 2022년 공모 유형은 무엇인가요?", settings).to_json()
    assert rec["short_answer"].startswith("① 스마트도시 계획수립, ② 스마트솔루션 해외실증 사업")
    assert answer_length(rec["answer"]) <= 250
