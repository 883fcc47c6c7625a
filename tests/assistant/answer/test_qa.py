from __future__ import annotations

import json

import pytest

from assistant.errors import EmptyQuestion
from assistant.answer.qa import answer_batch, answer_question
from kb.records import Filters
from kb.settings import load_settings
from kb.store import KnowledgeBase


@pytest.fixture(scope="module")
def kb_settings(lexical_index):
    settings = load_settings(index_dir=lexical_index, embedder="none", environ={})
    return KnowledgeBase.open(settings), settings


@pytest.mark.parametrize("question", ["", "   ", None])
def test_empty_question_is_an_error(kb_settings, question):
    kb, settings = kb_settings
    with pytest.raises(EmptyQuestion, match="the question is empty"):
        answer_question(kb, question, settings)


def test_record_follows_the_interface(kb_settings):
    kb, settings = kb_settings
    rec = answer_question(kb, "국가도시재생기본방침은 몇 년마다 수립하나요?", settings, id="q1").to_json()
    assert list(rec)[:6] == ["id", "question", "answer", "abstained", "citations", "contexts"]
    assert rec["id"] == "q1" and rec["abstained"] is False
    assert "10년마다" in rec["answer"]
    assert set(rec["citations"][0]) == {"doc_id", "title", "source", "page", "section", "text"}
    assert rec["citations"][0]["doc_id"] == "law_urban_regeneration_act"
    assert len(rec["contexts"]) >= 5 and set(rec["contexts"][0]) == {"doc_id", "title", "page", "section", "text", "score"}
    scores = [c["score"] for c in rec["contexts"]]
    assert scores == sorted(scores, reverse=True)


def test_filters_restrict_the_sources(kb_settings):
    kb, settings = kb_settings
    rec = answer_question(kb, "스마트도시법에서 해외진출 지원 근거는?", settings,
                          filters=Filters(doc_ids=("law_smart_city_act",))).to_json()
    assert {c["doc_id"] for c in rec["contexts"]} == {"law_smart_city_act"}
    assert rec["answer"].startswith("스마트도시법 제30조(국제협력 및 해외진출 지원) [1]\n")


def test_follow_up_uses_history(kb_settings):
    kb, settings = kb_settings
    history = [("국가스마트도시위원회의 위원장은 누구인가요?", "...")]
    rec = answer_question(kb, "그 위원회의 부위원장은?", settings, history=history).to_json()
    assert rec["rewritten_question"] == "국가스마트도시위원회 부위원장은?"
    assert "과학기술정보통신부차관" in rec["answer"]


def test_batch_reports_bad_lines_and_runs_the_rest(kb_settings):
    kb, settings = kb_settings
    lines = ['{"id": "a", "question": "국가도시재생기본방침은 몇 년마다 수립하나요?"}', "not json",
             '{"id": "c"}', "", '{"id": "d", "question": "   "}',
             '{"id": "e", "question": "스마트도시법 시행령 제70조는 어떤 내용인가요?"}']
    out = list(answer_batch(kb, lines, settings))
    assert [r["id"] for r in out] == ["a", None, "c", "d", "e"]
    assert "error" not in out[0] and "10년마다" in out[0]["answer"]
    assert out[1]["error"].startswith("line 2: not JSON")
    assert out[2]["error"] == 'line 3: no question (want {"id": ..., "question": ...})'
    assert out[3]["error"].startswith("line 5: no question")
    assert out[4]["abstained"] is True and "error" not in out[4]
    json.dumps(out, ensure_ascii=False)
