import pytest

from eval.faithfulness import citation_precision, citation_recall, claims, faithfulness, supported

PASSAGES = [
    "- 2021년 39개국에서 111건 신청을 받았고, 11개국 11개 도시에 총 42억 원 지원함",
    "국토교통부는 K-City 네트워크라는 대표 프로그램을 중심으로 해외 협력사업을 추진함",
]


def test_claims_split_at_citation_marks():
    assert claims("2021년에는 111건이 신청됐습니다 [1] 국토교통부가 추진합니다 [1][2]") == [
        ("2021년에는 111건이 신청됐습니다", (1,)), ("국토교통부가 추진합니다", (1, 2))]
    assert claims("no marks at all") == []


def test_numbers_must_match_exactly():
    assert supported("2021년 39개국에서 111건 신청", PASSAGES[:1])
    assert not supported("2021년 39개국에서 112건 신청", PASSAGES[:1])
    assert supported("총 42억 원을 11개 도시에 지원", PASSAGES[:1])


def test_faithfulness_exact_share():
    answer = ("2021년 39개국에서 111건 신청을 받았음 [1] 11개국 11개 도시에 총 42억 원 지원함 [1] "
              "국토교통부가 50억 원을 지원함 [2]")
    assert faithfulness(answer, PASSAGES) == pytest.approx(2 / 3)
    assert faithfulness("답이 없습니다.", PASSAGES) is None
    assert faithfulness("잘못된 번호 [7]", PASSAGES) == 0.0


def test_english_answer_checks_the_quoted_korean():
    answer = "According to the documents (quoted in Korean): “11개국 11개 도시에 총 42억 원 지원함” [1]"
    assert faithfulness(answer, PASSAGES) == 1.0


def test_citation_precision_and_recall_exact():
    evidence = ["39개국에서 111건", "대표 프로그램을 중심으로"]
    assert citation_precision(PASSAGES, evidence[:1], ["42억 원"]) == 0.5
    assert citation_precision([], evidence, []) == 0.0
    assert citation_recall(PASSAGES[:1], evidence) == 0.5
    assert citation_recall(PASSAGES, evidence) == 1.0


def test_llm_judge_scores_claims_and_survives_bad_replies():
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    from eval.faithfulness import llm_faithfulness

    reply = '{"claims": [{"claim": "111건 신청", "supported": true}, {"claim": "50억", "supported": false}]}'
    judge = FakeListChatModel(responses=[reply])
    assert llm_faithfulness("111건이 신청됐고 50억 원이 지원됐다 [1]", PASSAGES, None, model=judge) == 0.5
    broken = FakeListChatModel(responses=["I cannot answer in JSON"])
    assert llm_faithfulness("111건 [1]", PASSAGES, None, model=broken) is None
    assert llm_faithfulness("111건 [1]", [], None, model=judge) is None
