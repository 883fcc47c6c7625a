"""The crosswalk of a classified project: KCN type where KCN applies, export model, OECD DAC CRS codes."""
import pytest

from assistant.classify.crosswalk import crs_matches, kcn_applies, project_crosswalk
from kb.taxonomy import load_taxonomy

BASE = {"project_type": "solution_deployment", "sector": ["mobility"], "stage": "implementation", "scale": "city",
        "region": "overseas_developing", "program": "oda_grant", "smart_city_type": "advanced_infrastructure",
        "urban_context": "existing_city"}


def _probabilities(labels, sure=0.9):
    """Each facet's chosen label(s) at `sure`, the rest sharing what is left (sector: independent)."""
    out = {}
    for facet in load_taxonomy().facets:
        chosen = labels[facet.id] if facet.multi else [labels[facet.id]]
        rest = (1 - sure) / (len(facet.label_ids) - len(chosen))
        out[facet.id] = {label: (sure if label in chosen else (0.05 if facet.multi else rest))
                         for label in facet.label_ids}
    return out


def _codes(title, description, **changes):
    labels = {**BASE, **changes}
    return [m.code for m in crs_matches(load_taxonomy(), labels, _probabilities(labels), title, description)]


def test_traffic_signal_system_is_road_transport_and_transport_regulation():
    codes = _codes("다낭 스마트 교통신호 시스템 구축 (KOICA)", "KOICA 무상원조로 다낭시 교차로 60곳에 감응식 교통신호 제어 "
                   "시스템을 구축한다.")
    assert codes[:3] == ["21020", "21013", "21010"]


def test_city_master_plan_is_urban_planning_and_public_sector_management():
    codes = _codes("Master plan for Tam Ky smart city", "A KSP policy consultation prepares the smart-city master plan "
                   "of Tam Ky.", project_type="planning_consulting", sector=["governance_admin"],
                   program="oda_consulting", stage="master_planning", smart_city_type="platform_centered")
    # 43031 Urban land policy and management ("urban development and planning"), then its parent 43030
    assert codes[:3] == ["15110", "43031", "43030"]


def test_a_new_town_development_is_urban_development_first():
    codes = _codes("○○ 신도시 스마트시티 조성", "신도시 전역에 통합운영센터와 스마트 교통·안전 서비스를 조성한다.",
                   project_type="city_development", sector=["data_platform_infra", "mobility"],
                   urban_context="new_development")
    assert set(codes[:2]) == {"43032", "43030"}  # the sub-code CRS splits off for developments, and its parent


def test_e_government_policy_consulting_is_public_sector_management_and_ict():
    codes = _codes("e-government policy consulting, Paraguay", "Policy advice on e-government services and a "
                   "government data centre.", project_type="planning_consulting", sector=["governance_admin",
                   "data_platform_infra"], program="oda_consulting", scale="national",
                   smart_city_type="platform_centered")
    assert set(codes[:2]) == {"15110", "22040"}


@pytest.mark.parametrize("title, description, sector, code", [
    ("프놈펜 하수처리 원격감시", "하수관로를 정비하고 하수처리장 원격감시 설비를 갖춘다.", ["water"], "14022"),
    ("Smart bins for Vientiane", "Fill-level sensors on waste containers and route planning for garbage trucks.",
     ["environment_waste"], "14050"),
    ("Flood early warning, Makassar", "Rain and water-level gauges with an early-warning platform.",
     ["safety_disaster"], "43060"),
    ("세부 BRT 버스정보시스템", "BRT 정류장에 실시간 버스 도착 정보를 제공한다.", ["mobility"], "21012"),
])
def test_keywords_pick_the_code_inside_a_sector(title, description, sector, code):
    assert _codes(title, description, sector=sector)[0] == code


def test_a_field_without_a_taxonomy_sector_is_named_by_its_words():
    codes = _codes("Smart farm cooperative, Tashkent", "Greenhouse sensors and an app for farmers.",
                   sector=["industry_economy"])
    assert codes[0] == "31120"


def test_agency_names_name_no_sector():
    codes = _codes("국토교통부 스마트시티 데이터 허브 보급", "국토교통부가 지자체에 데이터 허브를 보급한다.",
                   sector=["data_platform_infra"], region="domestic", program="national_program",
                   smart_city_type="platform_centered")
    assert codes[0] == "22040" and not any(c.startswith("210") for c in codes)


def test_codes_are_ranked_with_confidence_and_korean_evidence():
    labels = {**BASE, "sector": ["water"]}
    matches = crs_matches(load_taxonomy(), labels, _probabilities(labels), "다카 상수도 누수관리",
                          "상수도 관망에 누수 감지 센서를 설치한다.")
    top = matches[0]
    assert (top.code, top.name, top.name_ko) == ("14021", "Water supply - large systems", "대규모 상수도 시설")
    assert top.evidence[0] == "'다카 상수도 누수관리' (사업명)"
    assert [m.confidence for m in matches] == sorted((m.confidence for m in matches), reverse=True)
    assert 0.1 <= matches[-1].confidence < top.confidence < 1 and len(matches) <= 5


def test_without_probabilities_the_chosen_labels_and_confidences_count():
    labels = {**BASE, "sector": ["energy"]}
    matches = crs_matches(load_taxonomy(), labels, None, "태양광 가로등", "태양광 가로등을 설치한다.",
                          confidence={f: 0.8 for f in labels})
    assert matches[0].code == "23230"


def test_kcn_type_only_for_kcn_or_overseas_projects():
    assert kcn_applies({"program": "kcn", "region": "domestic"}) and kcn_applies({"region": "overseas_developed"})
    assert not kcn_applies({"program": "national_program", "region": "domestic"})
    labels = {**BASE, "project_type": "pilot_demonstration", "region": "domestic", "program": "national_program"}
    crosswalk = project_crosswalk(load_taxonomy(), labels, None, "세종 자율주행 셔틀 실증", "BRT 구간에서 실증한다.")
    assert crosswalk.kcn_type is None and crosswalk.export_model == "우수 솔루션"
    assert [c["code"] for c in crosswalk.to_json()["crs"]][:2] == ["21020", "21012"]
    abroad = project_crosswalk(load_taxonomy(), {**labels, "region": "overseas_developed", "program": "kcn"}, None,
                               "x", "y")
    assert abroad.kcn_type == "솔루션 실증 (해외실증형)"


def test_a_record_naming_its_purpose_code_or_sector_is_taken_at_its_word():
    codes = _codes("Cloud-based smart city strategy, Serbia", "KSP policy consultation. Sector: Public sector policy "
                   "and administrative management. Purpose code 22040.", project_type="planning_consulting",
                   sector=["data_platform_infra", "governance_admin"], program="oda_consulting", scale="national",
                   smart_city_type="platform_centered")
    assert set(codes[:2]) == {"15110", "22040"}


def test_evidence_quotes_whole_words_around_the_cue():
    from assistant.classify.explain import quote, snippet

    text = "KOICA 무상원조로 다낭시 교차로 60곳에 감응식 교통신호 제어 시스템을 구축한다."
    assert quote(text, "교통 신호") == "…다낭시 교차로 60곳에 감응식 교통신호 제어 시스템을 구축한다."
    assert snippet("짧은 제목", 0, 2) == "짧은 제목"
    assert quote("no such words here", "없음") == "no such words here"
