"""Abstention: near misses on the real corpus, and the decision rule on hand-made signals."""
from __future__ import annotations

import pytest

from assistant.answer.abstain import Signals, Thresholds, calibrate, decide, load_thresholds
from assistant.answer.qa import answer_question
from assistant.answer.records import ABSTAIN_EN, ABSTAIN_KO
from kb.settings import load_settings
from kb.store import KnowledgeBase


@pytest.fixture(scope="module")
def kb_settings(lexical_index):
    settings = load_settings(index_dir=lexical_index, embedder="none", environ={})
    return KnowledgeBase.open(settings), settings


@pytest.mark.parametrize("question, reason", [
    ("2025년 K-City Network 해외실증형 사업에서 인도네시아 자카르타에 실증하는 솔루션은 무엇인가요?", "자카르타"),
    ("스마트도시법 시행령 제70조는 어떤 내용을 규정하고 있나요?", "제70조"),
    ("2025년 K-City Network 해외실증형 사업에서 칠레 산티아고에 실증하는 솔루션은 무엇인가요?", "산티아고"),
])
def test_near_miss_abstains_and_names_closest_documents(kb_settings, question, reason):
    kb, settings = kb_settings
    answer = answer_question(kb, question, settings)
    assert answer.abstained
    assert answer.answer.startswith(ABSTAIN_KO + " 가장 가까운 문서: ")
    assert answer.citations == ()
    assert reason in answer.note
    assert len(answer.to_json()["contexts"]) >= 5


def test_figure_for_another_year_is_no_answer(kb_settings):
    kb, settings = kb_settings
    # the corpus gives KCN funding for 2020-2022 and mentions 2024 elsewhere, never a 2024 budget
    answer = answer_question(kb, "What was the total K-City Network budget in 2024?", settings)
    assert answer.abstained and answer.answer.startswith(ABSTAIN_EN)
    assert not answer_question(kb, "What was the total K-City Network budget in 2021?", settings).abstained


def test_english_near_miss_answers_in_english(kb_settings):
    kb, settings = kb_settings
    answer = answer_question(kb, "What does Article 70 of the Smart City Act provide?", settings)
    assert answer.abstained and answer.answer.startswith(ABSTAIN_EN)


def test_answerable_question_is_not_abstained(kb_settings):
    kb, settings = kb_settings
    answer = answer_question(kb, "국가스마트도시위원회는 위원장·부위원장을 포함해 최대 몇 명으로 구성되나요?", settings)
    assert not answer.abstained
    assert "30명 이내" in answer.answer


def test_decide_rules():
    th = Thresholds(min_coverage=0.3, min_support=0.2)
    ok = Signals(bm25=20.0, cosine=0.9, coverage=0.6, support=0.6, missing=(), nouns=1.0)
    assert decide(ok, th) == (False, "")
    assert decide(Signals(20.0, 0.9, 0.6, 0.6, ("2024",), 1.0), th) == (True, "not mentioned: 2024")
    assert decide(Signals(20.0, 0.9, 0.2, 0.6, (), 1.0), th) == (True, "weak overlap with the question (0.20)")
    assert decide(Signals(20.0, 0.9, 0.6, 0.1, (), 1.0), th) == (True, "no passage gives the asked figure (0.10)")
    # a low cosine, BM25 score or noun share alone decides nothing (their thresholds were dropped)
    assert decide(Signals(0.5, 0.1, 0.6, 0.6, (), 0.0), th) == (False, "")


def test_calibrate_keeps_false_abstention_within_bound():
    answerable = [(Signals(10, None, c, c, (), 1.0), True) for c in (0.35, 0.5, 0.6, 0.7, 0.8, 0.9, 0.9, 0.9, 0.9, 0.9)]
    unanswerable = [(Signals(10, None, c, c, (), 1.0), False) for c in (0.22, 0.28, 0.6)]
    th = calibrate(answerable + unanswerable, max_false_abstention=0.10)
    wrong = sum(1 for s, ok in answerable if decide(s, th)[0])
    caught = sum(1 for s, ok in unanswerable if decide(s, th)[0])
    assert wrong <= 1 and caught == 2


def test_thresholds_are_read_from_their_file(tmp_path):
    path = tmp_path / "t.json"
    path.write_text('{"thresholds": {"min_coverage": 0.25, "min_support": 0.4}, "calibrated": "2026-12-02"}',
                    encoding="utf-8")
    assert load_thresholds(path) == Thresholds(0.25, 0.4)


@pytest.mark.parametrize("question", [
    # the table names the city and the solution, never the company that runs it
    "2025년 K-City Network 해외실증형 사업에서 영국 버밍엄 보행 내비게이션 서비스를 실증하는 국내 기업은 어디인가요?",
    # 미국 is one member of "미국·영국·이탈리아 등 총 13개국": the count is not about it
    "How many K-City Network overseas demonstration projects have been carried out in the United States?",
    # a budget line for 세종 is there, but no total
    "What is the total project cost of the Sejong 5-1 national pilot city?",
])
def test_the_asked_slot_must_be_filled_about_the_asked_subject(kb_settings, question):
    kb, settings = kb_settings
    assert answer_question(kb, question, settings).abstained


def test_a_named_company_answers_a_company_question(kb_settings):
    kb, settings = kb_settings
    answer = answer_question(kb, "Which firm prepared CDC's 2018 development master plan for the Clark Freeport Zone?",
                             settings)
    assert not answer.abstained and "Palafox Associates" in answer.answer


def test_a_count_of_another_thing_does_not_answer_how_many(kb_settings):
    kb, settings = kb_settings
    # "6개 도시", "21개의 협력사업" are there; nothing counts the companies
    answer = answer_question(kb, "2025년 K-City Network 해외실증형 사업에 참여하는 국내 기업은 모두 몇 곳인가요?", settings)
    assert answer.abstained
    assert not answer_question(kb, "2025년 K-City Network 해외실증형 사업은 몇 개 도시에서 추진되나요?", settings).abstained


def test_a_name_misspelt_by_one_letter_or_with_a_particle_is_not_missing():
    from assistant.answer.abstain import _missing
    from assistant.answer.question import Question, QType

    where = "미국캔자스주의주도는토피카이며,2010년송요찬은…".lower()

    def q(*names):
        return Question("질문", "ko", (QType.OTHER,), frozenset(), (), tuple((n,) for n in names), ())

    assert _missing(q("켄자스", "송요찬이"), where) == ()  # ㅔ for ㅐ; a glued particle
    # two syllables, a figure, or two letters off stay missing: near misses keep abstaining
    assert _missing(q("울산", "2011", "토피아카시"), where) == ("울산", "2011", "토피아카시")


def test_a_two_syllable_word_with_its_second_initial_mistyped_or_a_dotted_figure_is_not_missing():
    from assistant.answer.abstain import _missing
    from assistant.answer.question import Question, QType

    where = "이명박대통령에대한탄핵서명운동이벌어졌다.2008년8·15경축사에서대규모사업을".lower()

    def q(*names):
        return Question("질문", "ko", (QType.OTHER,), frozenset(), (), tuple((n,) for n in names), ())

    assert _missing(q("탄액", "8.15"), where) == ()  # ㅇ for ㅎ in the second syllable; "8.15" written "8·15"
    # a changed vowel or first syllable makes another word: "대구" is not in "대규모"; "8.16" is another date
    assert _missing(q("대구", "단핵", "8.16"), where) == ("대구", "단핵", "8.16")
