"""What the taxonomy's labelling rules say, on plain cases: a study is planning whatever it studies, a financing
option named in a study is not the study's funding, and K-City Network types only for KCN or overseas projects."""
import pytest

from assistant.classify.classifier import OfflineClassifier, ProjectInput
from assistant.classify.rules import TextFeatures
from kb.settings import load_settings
from kb.taxonomy import load_taxonomy

HANOI = "베트남 하노이 스마트 교통관제센터 구축 타당성조사"
HANOI_TEXT = ("K-City Network 계획수립형 사업으로 하노이시가 추진하려는 스마트 교통관제센터의 구축 타당성을 조사한다. "
              "교통 현황 분석, 관제센터 기능 구상, 사업비 산정을 담는다.")


@pytest.fixture(scope="module")
def offline(lexical_index):
    return OfflineClassifier.build(load_settings(index_dir=lexical_index, embedder="none", environ={}))


def _fired(title, description=""):
    features = TextFeatures.extract(load_taxonomy(), title, description)
    return {(r.facet, r.label, r.name, r.priority) for r in features.rules}


@pytest.mark.parametrize("title", [HANOI, "스마트도시계획 수립 용역 (2024)", "클락 스마트시티 기본구상", "다카 신도시 마스터플랜 수립 지원",
                                   "Feasibility Study on Smart Traffic Control in Hanoi",
                                   "Technical assistance for urban mobility, Almaty",
                                   "Hanoi smart traffic: feasibility study"])
def test_a_study_or_plan_at_the_head_of_the_title_is_planning(title):
    assert ("project_type", "planning_consulting", "study_head_title", True) in _fired(title)
    assert ("stage", "master_planning", "study_head_title", False) in _fired(title)


@pytest.mark.parametrize("title", ["스마트 교차로 구축 용역", "타당성조사 결과에 따른 스마트 교차로 구축",
                                   "Smart signals installed after a feasibility study"])
def test_a_study_not_at_the_head_is_no_study_head(title):
    assert not any(name.startswith("study_head") for _, _, name, _ in _fired(title))


def test_a_scheme_named_as_a_financing_option_is_weaker_evidence_without_priority():
    text = HANOI_TEXT + " 재원조달 방안(EDCF 연계)도 제시한다."
    fired = _fired(HANOI, text)
    assert ("program", "oda_loan", "edcf_option_text", False) in fired
    assert not any(name == "edcf_text" for _, _, name, _ in fired)
    # EDCF paying for the project itself still decides, even with '연계' further on in the sentence
    fired = _fired("아디스아바바 통합관제센터", "EDCF 차관 4,500만 달러로 시 전역의 교통·방범 CCTV를 연계하는 관제센터를 짓는다.")
    assert ("program", "oda_loan", "edcf_text", True) in fired


def test_english_names_of_korean_schemes():
    assert ("program", "oda_grant", "koica_text", True) in _fired("x", "Funded by the Korea International Cooperation "
                                                                       "Agency.")
    assert ("program", "oda_loan", "edcf_text", True) in _fired("x", "Lender: Export-Import Bank of Korea.")
    assert ("program", "oda_grant", "koica_text", True) in _fired("x", "Type of aid: ODA grant.")


def test_feasibility_study_under_kcn_is_planning_with_the_kcn_planning_type(offline):
    result = offline.classify(ProjectInput("h1", HANOI, HANOI_TEXT))
    assert result.labels["project_type"] == "planning_consulting"
    assert result.labels["program"] == "kcn" and result.labels["stage"] == "master_planning"
    assert result.crosswalk.kcn_type == "계획수립 (도시개발형 또는 솔루션형 계획수립)"


def test_a_financing_option_in_a_study_does_not_make_it_a_loan(offline):
    result = offline.classify(ProjectInput("h2", HANOI, HANOI_TEXT + " 재원조달 방안(EDCF 연계)도 제시한다."))
    assert result.labels["project_type"] == "planning_consulting"
    assert result.labels["program"] == "kcn"
    assert result.confidence["program"] < 0.99


def test_a_domestic_project_outside_kcn_has_no_kcn_type(offline):
    result = offline.classify(ProjectInput("s1", "세종 BRT 자율주행 셔틀 실증", "세종시 BRT 구간에서 국토교통부 공모 국비로 "
                                                                       "자율주행 셔틀을 실증 운행한다."))
    assert result.labels["region"] == "domestic" and result.labels["project_type"] == "pilot_demonstration"
    assert result.crosswalk.kcn_type is None and result.crosswalk.export_model == "우수 솔루션"
