"""The extractive answerer on the real bundled corpus (lexical-only index)."""
from __future__ import annotations

import pytest

from assistant.extractive import QType, analyze, split_units
from assistant.qa import answer_question
from kb.settings import load_settings
from kb.store import KnowledgeBase


@pytest.fixture(scope="module")
def kb_settings(lexical_index):
    settings = load_settings(index_dir=lexical_index, embedder="none", environ={})
    return KnowledgeBase.open(settings), settings


@pytest.mark.parametrize("question, qtype", [
    ("K-City Network 해외실증형 사업은 몇 개국에서 진행됐나?", QType.COUNT),
    ("2021년 KCN 공모의 총 지원액은 얼마인가요?", QType.AMOUNT),
    ("도시재생전략계획에 대해 지방의회가 의견을 내야 하는 기한은 며칠인가요?", QType.DATE),
    ("What did the 2021 KCN call fund?", QType.AMOUNT),
    ("Which project is demonstrated in Kuala Lumpur?", QType.LIST),  # "demonstrated" is no "rate"
    ("스마트도시법상 '스마트도시'는 어떻게 정의되나요?", QType.DEFINITION),
])
def test_question_type(question, qtype):
    assert analyze(question).qtype is qtype


def test_english_question_gets_korean_terms_and_names():
    q = analyze("What is the budget of KOICA's project in Hue, Vietnam?")
    assert q.lang == "en"
    assert "예산" in q.terms
    assert ("KOICA", "한국국제협력단", "KOICA") in q.names


def test_law_sentence_keeps_its_items():
    text = "④ 다음 각 호의 요건 중 2개 이상을 갖추어야 한다.\n1. 인구가 감소하는 지역\n2. 산업의 이탈\n⑤ 세부 기준."
    units = split_units(text)
    assert units[0] == "④ 다음 각 호의 요건 중 2개 이상을 갖추어야 한다. 1. 인구가 감소하는 지역 2. 산업의 이탈"
    assert "⑤ 세부 기준." in units


def test_count_question_quotes_the_figures_verbatim_with_citation(kb_settings):
    kb, settings = kb_settings
    answer = answer_question(kb, "K-City 네트워크 첫해인 2020년 공모에는 몇 개국에서 몇 건이 신청됐고, "
                                 "최종적으로 몇 개 도시에 총 얼마가 지원됐나요?", settings)
    assert not answer.abstained
    assert "2020년 23개국에서 80건 신청을 받았고, 11개국 12개 도시에 총 33억 원을 지원함 [1]" in answer.answer
    assert answer.citations[0].doc_id == "000_8e0e21b7078bb0b8"
    assert answer.citations[0].section == "(3) 우리나라의 해외 스마트도시 지원사업"


def test_law_basis_question_cites_article(kb_settings):
    kb, settings = kb_settings
    answer = answer_question(kb, "스마트도시법에서 해외진출 지원 근거는?", settings)
    assert "「국제개발협력기본법」과 「대외경제협력기금법」" in answer.answer
    # report 000 quotes the article under its own heading "제30조 (국제협력 및 해외진출 지원)"
    assert answer.citations[0].section == "제30조 (국제협력 및 해외진출 지원)"


def test_conflicting_figures_are_both_shown_with_documents_and_years(kb_settings):
    kb, settings = kb_settings
    answer = answer_question(kb, "클락 자유무역지대 District 4의 KCN 개발대상 구역 면적은 몇 ha인가요?", settings)
    figures = {frozenset(c.figures) for c in answer.conflicts}
    assert frozenset({"104.7ha", "104.8ha"}) in figures
    assert "※ 문서 간 수치 차이: 104.7ha" in answer.answer and "2022)" in answer.answer


def test_english_question_is_framed_in_english_with_korean_quote(kb_settings):
    kb, settings = kb_settings
    answer = answer_question(kb, "Under the Smart City Act, who serve as vice-chairs of the National Smart City "
                                 "Committee?", settings)
    assert answer.answer.startswith("According to the documents (quoted in Korean): “")
    assert "과학기술정보통신부차관, 행정안전부차관 및 국토교통부차관" in answer.answer
