#!/usr/bin/env python3
"""Build the blind7 QA set for the Korean smart-city document assistant.

All items are written below as Python data.  Running this script shuffles
them with random.Random(20261207), assigns ids hq001... in shuffled order
and writes qa_blind7.jsonl (UTF-8, ensure_ascii=False, one object per line)
next to this file.

Evidence strings are copied verbatim from single lines of the files in
/work/shared/corpus/; key_facts are substrings of the evidence.
"""
import json
import os
import random

SEED = 20261207
SPLIT = "blind7"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "qa_blind7.jsonl")

ITEMS = []


def A(question, lang, doc_id, section, evidence, key_facts, reference, qtype, topic):
    """Answerable item."""
    ITEMS.append(dict(question=question, lang=lang, answerable=True, doc_id=doc_id,
                      section=section, evidence=list(evidence), key_facts=list(key_facts),
                      reference=reference, qtype=qtype, topic=topic))


def U(question, lang, reference, qtype, topic):
    """Unanswerable near-miss item."""
    ITEMS.append(dict(question=question, lang=lang, answerable=False, doc_id=None,
                      section="", evidence=[], key_facts=[], reference=reference,
                      qtype=qtype, topic=topic))


# ---------------------------------------------------------------------------
# 004 - KCN article (K-City Network overseas demonstration programme, 2025)
# ---------------------------------------------------------------------------
D = "004_c9995d5d9381f287"
A("K-City Network 해외실증형 사업은 2021년부터 지금까지 몇 개국, 몇 개 도시에서 진행됐나요?", "ko", D,
  "스마트시티의 국제협력과 K-City Network의 탄생",
  ["증형 사업은 미국·영국·이탈리아·베트남·페루 등 총 13개국 20개 도시에서 21개의 협력사업이 진행되었으며"],
  ["13개국 20개 도시", "21개의 협력사업"],
  "2021년부터 추진된 해외실증형 사업은 총 13개국 20개 도시에서 21개의 협력사업이 진행되었다.",
  "count", "KCN 해외실증 누적 실적")
A("In the 2025 K-City Network overseas demonstration round, what solution is being piloted in Khon Kaen, Thailand?", "en", D,
  "2025년 K-City Network 해외실증형 사업 선정 현황",
  ["태국(콘깬)\t이상상황 감지 솔루션\t교통·공공안전을 위한 AI CCTV 기반 실시간 이상상황 감지"],
  ["이상상황 감지 솔루션", "AI CCTV 기반 실시간 이상상황 감지"],
  "Khon Kaen is piloting an anomaly-detection solution: AI-CCTV-based real-time detection of abnormal situations for traffic and public safety.",
  "table", "2025 KCN selection table")
A("올해 KCN 실증에서 장애인용 AR 보행 내비게이션은 어느 도시에서 해요?", "ko", D,
  "2025년 K-City Network 해외실증형 사업 선정 현황",
  ["영국(버밍엄)\t장애인을 위한 보행자 내비게이션\t교통약자를 위한 AR 기반 무장애 보행 내비게이션 서비스"],
  ["영국(버밍엄)"],
  "영국 버밍엄에서 교통약자를 위한 AR 기반 무장애 보행 내비게이션 서비스가 실증된다.",
  "where", "2025 KCN 버밍엄")
A("When and where will the K-City Network exhibition booth tied to WSCE 2025 be run?", "en", D,
  "해외실증형 사업 추진계획",
  ["우선 오는 7월 15일부터 17일까지 부산 벡스코에서 개최되는 WSCE(World Smart City Expo) 2025와 연계하여 전시부스를 운영하고"],
  ["7월 15일부터 17일까지", "부산 벡스코"],
  "The booth runs alongside WSCE 2025, held 15-17 July at BEXCO in Busan.",
  "when", "WSCE 2025 booth")
A("이탈리아 베로나 실증지 사진 출처에 적힌 수행기관이 어디였죠?", "ko", D,
  "이탈리아 베로나 실증지",
  ["출처: 국토교통과학기술진흥원 내부자료(수행기관: (주)비트센싱)."],
  ["(주)비트센싱"],
  "베로나 실증지 자료의 수행기관은 (주)비트센싱이다(출처: 국토교통과학기술진흥원 내부자료).",
  "who", "베로나 실증 수행기관")
A("In what year was the K-City Network launched, and from when was its overseas demonstration track pursued in earnest?", "en", D,
  "스마트시티의 국제협력과 K-City Network의 탄생",
  ["‘K-City Network’를 2020년에 탄생시키게 되었다", "특히 2021년부터 본격적으로 추진된 해외실"],
  ["2020년", "2021년부터"],
  "The K-City Network was created in 2020, and the overseas demonstration projects have been pursued in earnest since 2021.",
  "when", "KCN launch year")
A("이 글에서 KCN 해외실증형 사업의 의의로 꼽은 세 가지가 뭐예요?", "ko", D,
  "실증을 넘어 글로벌 확산으로",
  ["첫째, 글로벌 도시문제 해결에 대한 실질적 기여이다.",
   "둘째, 우리나라 스마트시티 기술의 신뢰도를 확보하고 우리 기업의 해외진출을 위한 교두보 역할을 수행한다는 점이다.",
   "셋째, 스마트시티 분야에서 국제협력의 혁신적 모델을 제시한다는 것이다."],
  ["글로벌 도시문제 해결에 대한 실질적 기여", "교두보 역할", "국제협력의 혁신적 모델"],
  "① 글로벌 도시문제 해결에 대한 실질적 기여, ② 기술 신뢰도 확보와 기업 해외진출의 교두보 역할, ③ 스마트시티 국제협력의 혁신적 모델 제시이다.",
  "list", "KCN 사업의 의의")
A("Which Korean technology was validated in Hue, Vietnam through the KCN demonstration programme?", "en", D,
  "실증을 넘어 글로벌 확산으로",
  ["베트남 후에시의 ‘스마트핀을 이용한 지하시설물 관리 시스템’"],
  ["스마트핀을 이용한 지하시설물 관리 시스템"],
  "In Hue, an underground-facility management system using smart pins was validated.",
  "factoid", "Hue smart pin")
A("WSCE 기간 'K-Smart City 비즈니스 파트너십 데이'에 초청하는 국제기구·유관기관은 어디어디예요?", "ko", D,
  "해외실증형 사업 추진계획",
  ["월드뱅크(World Bank), 미주개발은행(IDB), 해외건설협회, 수출입은행 등 국제협력"],
  ["월드뱅크(World Bank)", "미주개발은행(IDB)", "해외건설협회", "수출입은행"],
  "월드뱅크, 미주개발은행(IDB), 해외건설협회, 수출입은행 등과 그간의 해외실증형 사업 수행기관들을 초청한다.",
  "list", "비즈니스 파트너십 데이")
A("What inclusive-mobility solution is being installed in Lima, Peru in the 2025 KCN round?", "en", D,
  "해외실증형 사업 추진계획",
  ["페루 리마에서는 노약자의 도로 횡단 시 신호 시간을 자동 연장하는 스마트 횡단보도 시스템이 구축되며"],
  ["신호 시간을 자동 연장", "스마트 횡단보도 시스템"],
  "Lima gets a smart crosswalk system that automatically extends the signal time when elderly or vulnerable pedestrians cross.",
  "factoid", "Lima smart crosswalk")
A("KCN 실증 성과를 후속사업으로 잇기 위해 전략적으로 연계하겠다는 해외지원 프로그램 두 가지는?", "ko", D,
  "해외실증형 사업 추진계획",
  ["아울러 공적개발원조(ODA), 경제발전경험 공유 프로그램(KSP) 등 다양한 해외지원 프로그램과 전략적으로 연계하여"],
  ["공적개발원조(ODA)", "경제발전경험 공유 프로그램(KSP)"],
  "공적개발원조(ODA)와 경제발전경험 공유 프로그램(KSP)과 연계해 후속 사업을 개발한다.",
  "list", "KCN 후속사업 연계")

# ---------------------------------------------------------------------------
# 000 - KRIHS working paper WP 22-14 (Clark, Philippines)
# ---------------------------------------------------------------------------
D = "000_8e0e21b7078bb0b8"
A("2021년 K-City 네트워크 공모에는 몇 개국에서 몇 건이 신청됐고, 지원 규모는 얼마였나요?", "ko", D,
  "(3) 우리나라의 해외 스마트도시 지원사업",
  ["- 2021년 39개국에서 111건 신청을 받았고, 11개국 11개 도시에 총 42억 원 지원함"],
  ["39개국", "111건", "42억 원"],
  "2021년에는 39개국에서 111건이 신청되어 11개국 11개 도시에 총 42억 원을 지원했다.",
  "count", "KCN 2021 공모")
A("Is the K-City Network counted as official development assistance (ODA)?", "en", D,
  "(3) 우리나라의 해외 스마트도시 지원사업",
  ["∙ K-City 네트워크는 공적개발원조(ODA)에 포함되지 않으며, 프로젝트 실현을 위한 사업 지원"],
  ["공적개발원조(ODA)에 포함되지 않으며"],
  "No. The working paper states that the K-City Network is not included in ODA, although it has support schemes to help realise projects.",
  "yesno", "KCN vs ODA")
A("2022년 스마트도시 ODA 사업목록에 있는 베트남 후에시 사업은 기간이랑 예산이 어떻게 되고 어디서 해요?", "ko", D,
  "표 2  2022년 스마트도시 ODA 사업목록",
  ["프로젝트 베트남 후에시 문화관광 스마트시티 조성 지원사업(‘21-‘25/1,300만 달러) 한국국제협력단"],
  ["‘21-‘25", "1,300만 달러", "한국국제협력단"],
  "베트남 후에시 문화관광 스마트시티 조성 지원사업은 2021~2025년, 1,300만 달러 규모로 한국국제협력단(KOICA)이 추진한다.",
  "table", "후에시 ODA 사업")
A("According to the KRIHS working paper, are there any EDCF concessional-loan projects explicitly named as smart city projects?", "en", D,
  "(3) 우리나라의 해외 스마트도시 지원사업",
  ["- EDCF 유상 사업으로는 스마트시티(또는 도시)로 명칭된 ODA 사업이 없음"],
  ["명칭된 ODA 사업이 없음"],
  "No. Among EDCF (loan) projects there is no ODA project named 'smart city' (or 'city').",
  "yesno", "EDCF smart city projects")
A("필리핀 클락개발공사(CDC) 지분은 누가 갖고 있어요?", "ko", D,
  "1) 추진 개요",
  ["Development Authority, 이하 BCDA)이 100% 지분을 보유한 공기업으로, 클락 지역에 대한 토지"],
  ["BCDA", "100% 지분"],
  "CDC는 대통령 직속 기지전환개발청(BCDA)이 100% 지분을 보유한 공기업이다.",
  "who", "CDC 지배구조")
A("How large is the Clark Freeport Zone in CDC's 2018 master plan, and into how many districts is it divided?", "en", D,
  "1) 추진 개요",
  ["∙ CDC는 2018년에 클락무역지대 전체 면적 4,400ha를 총 7개의 구역(District)으로 나누어"],
  ["4,400ha", "7개의 구역(District)"],
  "The 2018 CDC master plan covers 4,400 ha, divided into 7 districts; the KCN site lies in District 4.",
  "count", "Clark Freeport Zone")
A("클락 스마트도시 스마트 인프라 단계별 계획에서 3단계에 넣은 서비스는 뭐예요?", "ko", D,
  "표 4   클락 스마트도시의 스마트 인프라 단계별 계획(안)",
  ["(상하수도망 자동화 솔루션) 1·2단계 서비스 도입", "(대용량 광대역 유선망) 추후 수요조사를 통해"],
  ["상하수도망 자동화 솔루션", "대용량 광대역 유선망"],
  "3단계에는 상하수도망 자동화 솔루션과 대용량 광대역 유선망이 들어가 있다.",
  "table", "클락 스마트 인프라 단계")
A("클락자유무역지대 개발 마스터플랜은 현지 어느 설계사무소가 계획했나요?", "ko", D,
  "2) 사업 주요 내용",
  ["유력 건축·도시계획사무소인 ‘Palafox Associates’에 의해 계획됨"],
  ["Palafox Associates"],
  "2018년 CDC가 자체 수립한 마스터플랜으로, 현지 건축·도시계획사무소 Palafox Associates가 계획했다.",
  "who", "클락 마스터플랜 작성자")
A("Where exactly is the Clark Freeport Zone located in administrative terms?", "en", D,
  "2) 사업 주요 내용",
  ["∙ 클락자유무역지대는 행정구역 또는 지명이 아닌 필리핀 중앙 루손지방(Region III) 내 팜팡가",
   "(Pampanga)주에서 마발라캇(Mabalacat)시와 앙헬레스(Angeles)시에 걸쳐 있는 특수목적 지대에"],
  ["중앙 루손지방(Region III)", "(Pampanga)주", "마발라캇(Mabalacat)시와 앙헬레스(Angeles)시"],
  "It is not an administrative unit but a special-purpose zone in Pampanga province, Central Luzon (Region III), straddling Mabalacat City and Angeles City (mostly Mabalacat).",
  "where", "Clark location")
A("국토부가 K-City 네트워크로 한 해에 쓰는 예산이랑 지원 건수는 대략 어느 정도예요?", "ko", D,
  "(4) 소결",
  ["한해에 약 40억 원의 예산으로 연 10건 정도의 사업을 지원함"],
  ["약 40억 원", "연 10건"],
  "국토교통부는 K-City 네트워크로 한 해 약 40억 원 예산으로 연 10건 정도의 사업을 지원한다.",
  "factoid", "KCN 연간 예산")
A("보고서가 ODA를 통한 해외 스마트도시 활성화 방안으로 제안한 두 가지는 뭐예요?", "ko", D,
  "04 해외 스마트도시 개발사업",
  ["사업단계별 정부지원 프로그램 가이드라인, △ 해외 스마트도시 범부처 통합 지원 프로그램"],
  ["사업단계별 정부지원 프로그램 가이드라인", "범부처 통합 지원 프로그램"],
  "① 해외 스마트도시 추진을 위한 사업단계별 정부지원 프로그램 가이드라인, ② 해외 스마트도시 범부처 통합 지원 프로그램을 제안한다.",
  "list", "ODA 연계 활성화 방안")

# ---------------------------------------------------------------------------
# 001 - 스마트시티 추진전략 (2018, 관계부처 합동)
# ---------------------------------------------------------------------------
D = "001_f10dabb5e28a8c07"
A("부산 에코델타시티 국가 시범도시 사업시행자는 어디예요?", "ko", D,
  "별첨2  국가 시범도시 입지 현황 : 부산 에코델타시티",
  ["· (사업시행자) K-Water, 부산도시공사, 부산광역시"],
  ["K-Water", "부산도시공사", "부산광역시"],
  "부산 에코델타시티의 사업시행자는 K-Water(한국수자원공사), 부산도시공사, 부산광역시이다.",
  "who", "에코델타시티 사업시행자")
A("How many housing units and residents were planned for the Sejong 5-1 national pilot smart city in the 2018 strategy?", "en", D,
  "별첨1  국가 시범도시 입지 현황 : 세종 5-1 생활권",
  ["(계획호수) 11.4천호(29.3천명)"],
  ["11.4천호", "29.3천명"],
  "About 11,400 housing units for about 29,300 people were planned for Sejong 5-1.",
  "count", "Sejong 5-1 size")
A("스마트시티 추진단 지자체 협의체에는 지자체가 몇 곳 참여하고 있다고 나와요?", "ko", D,
  "정보공유 및 네트워크 조성을 위한 지원",
  ["지자체 협의체 : 총 84개 지자체 참여 중(광역 17개, 기초 지자체 67개)"],
  ["84개", "광역 17개", "기초 지자체 67개"],
  "총 84개 지자체(광역 17개, 기초 67개)가 지자체 협의체에 참여 중이다.",
  "count", "지자체 협의체")
A("Which areas had already been selected as smart-city-type urban regeneration sites when the 2018 strategy was written?", "en", D,
  "스마트시티형 도시재생을 위한 지원 확대",
  ["선정지역 : 인천부평, 조치원, 부산사하, 포항, 남양주"],
  ["인천부평", "조치원", "부산사하", "포항", "남양주"],
  "The five sites already selected (the 2017 pilots) were Incheon Bupyeong, Jochiwon, Busan Saha, Pohang and Namyangju.",
  "list", "smart urban regeneration sites")
A("데이터 허브모델 국가전략 R&D에서 도시문제 해결형 과제 사업비는 총 얼마고 국비는 얼마예요?", "ko", D,
  "《 데이터 허브모델 》",
  ["도시문제 해결형(총 511억, 국비 358억)"],
  ["총 511억", "국비 358억"],
  "교통·안전·행정 등 도시문제 해결형은 총 511억 원(국비 358억 원)이다.",
  "factoid", "데이터 허브모델 예산")
A("When did the 2018 Smart City Strategy plan to set up KIND, and what was it meant to do for PPP projects?", "en", D,
  "(3) 해외진출 확대 및 국제협력 강화",
  ["- 특히, PPP사업에 대해서는 한국해외인프라·도시개발지원공사(KIND)를",
   "설립(’18.상)하여 사업 발굴이나 개발·금융지원 등 全 단계 지원"],
  ["’18.상", "사업 발굴이나 개발·금융지원"],
  "KIND was to be established in the first half of 2018 to support PPP projects at every stage, from project discovery to development and financing.",
  "when", "KIND establishment")
A("2018 스마트시티 추진전략에서 중동 쪽 핵심 진출국가로 꼽은 나라는 어디예요?", "ko", D,
  "(참고) 핵심 진출국가 및 집중지원 전략 예시",
  ["중동(쿠웨이트·사우디): 주택부족 해소와"],
  ["쿠웨이트", "사우디"],
  "중동에서는 쿠웨이트와 사우디를 핵심 진출국가로 꼽고, 주택부족 해소·탈석유화 정책과 연계하도록 했다.",
  "list", "핵심 진출국가")
A("Where is the Busan Eco Delta City national pilot site, and how close is it to Gimhae airport?", "en", D,
  "별첨2  국가 시범도시 입지 현황 : 부산 에코델타시티",
  ["(위치) 부산시 강서구 일원(세물머리지역 중심)", "ㅇ (접근성) 김해국제공항(5km), 제2남해고속도로, 부산신항만(12km)"],
  ["부산시 강서구 일원(세물머리지역 중심)", "김해국제공항(5km)"],
  "It lies in Gangseo-gu, Busan (centred on the Semulmeori area), about 5 km from Gimhae International Airport and 12 km from Busan New Port.",
  "where", "Eco Delta City location")
A("U-City와 스마트시티 비교표에서 시민 역할은 각각 어떻게 정리돼 있어요?", "ko", D,
  "참고 2  스마트시티와 U-City 비교",
  ["정보 수요자(수동적)", "정보 생산자이자 공급자", "(적극적, 주도적 역할)"],
  ["정보 수요자(수동적)", "정보 생산자이자 공급자"],
  "U-City에서 시민은 수동적인 정보 수요자였고, 스마트시티에서는 적극적·주도적인 정보 생산자이자 공급자로 정리되어 있다.",
  "table", "U-City vs 스마트시티")
A("What was the stated goal of Finland's Kalasatama citizen-led smart city project?", "en", D,
  "참고  시민주도 스마트시티 조성 사례 (핀란드 칼라사타마)",
  ["ㅇ (목표) ‘도시 효율성을 높여 주민 한사람에게 매일 한 시간의", "여유를 돌려주자’는 비전 아래 스마트시티 프로젝트 추진"],
  ["매일 한 시간의", "여유를 돌려주자"],
  "Its vision was to raise urban efficiency so as to give each resident one extra hour of free time every day.",
  "factoid", "Kalasatama goal")
A("국가 시범사업 재정 분담원칙에서 지자체는 어떤 비용을 부담하게 돼 있어요?", "ko", D,
  "< 국가 시범사업 재정 분담원칙 >",
  ["‣ (지자체) 운영, 관리비용을 부담하되, 조성단계부터의 참여로 비용 효율성 극대화"],
  ["운영, 관리비용을 부담"],
  "지자체는 운영·관리비용을 부담하되 조성단계부터 참여해 비용 효율성을 극대화한다.",
  "factoid", "재정 분담원칙")

# ---------------------------------------------------------------------------
# 002 - KRIHS issue report on regional smart-city imbalance (2019)
# ---------------------------------------------------------------------------
D = "002_7bfffe9800fcea94"
A("국토연 이슈리포트 IPA 분석은 지자체 몇 곳을 대상으로 했어요?", "ko", D,
  "이슈: 지자체는 어떤 스마트시티를 원하는가?",
  ["스마트시티를 추진 중인 61개 지자체를 대상으로 IPA 분석방법"],
  ["61개 지자체"],
  "스마트시티를 추진 중인 61개 지자체를 대상으로 IPA(중요도-실행도) 분석을 했다.",
  "count", "IPA 조사 대상")
A("In the local-government survey, what share currently run a platform-centred smart city, and what share expect that type within five years?", "en", D,
  "<표 4> 향후 5년 이내 추진 계획인 스마트시티 유형",
  ["플랫폼 중심형 5.00 38.33 8.33 51.67", "계 20.00 56.67 23.33 100.00"],
  ["51.67", "56.67"],
  "51.67% currently describe themselves as platform-centred, and 56.67% expect to be platform-centred within five years.",
  "table", "platform-centred share")
A("2000년대 초반부터 2018년까지 스마트시티 인프라 구축에 들어간 총비용은 얼마로 추정하고, 그 돈은 어디서 나온 거예요?", "ko", D,
  "이슈: 스마트시티는 어디서 어떻게 추진되었나?",
  ["스마트시티 인프라 구축에 투입된 총비용은 약 2조",
   "~3조 원 사이로 추정할 수 있으며, 이 비용은 국가재정이 아닌 신도시 지역 분양가의 일부이기 때문에"],
  ["약 2조", "~3조 원 사이로 추정", "국가재정이 아닌 신도시 지역 분양가의 일부"],
  "약 2조~3조 원으로 추정되며, 국가재정이 아니라 신도시 지역 분양가의 일부(기반시설 조성비)에서 나왔다.",
  "factoid", "인프라 투자 총액")
A("Per the KRIHS report's table of national smart city programmes, which cities hosted the 5G smart city project and over what period?", "en", D,
  "<표 1> 스마트시티 주요 국가사업",
  ["5개 분야 5G 융합서비스 중 대구와 대전을 대상으로 5G 스마트시티", "(2018~2020)"],
  ["대구와 대전", "(2018~2020)"],
  "The 5G smart city project ran in Daegu and Daejeon from 2018 to 2020 (under MSIT).",
  "table", "5G smart city project")
A("이 보고서가 스마트시티 균형 발전을 위해 제안한 접근은 몇 단계 방식이에요?", "ko", D,
  "스마트시티 실증사업은 모든 지역에 균형적으로 적용되어야만 하는가?",
  ["사업들을 확산하여 스마트시티의 균형적 발전을 유도하는 2단계 방식으로 접근할 필요가 있음"],
  ["2단계 방식"],
  "성과가 우수한 지역에서 실증하고 성공한 사업을 확산하는 2단계 방식으로 접근할 것을 제안한다.",
  "count", "실증-확산 2단계")
A("How much had Incheon spent on infrastructure development for smart city projects in Songdo, Yeongjong and Cheongna through 2020?", "en", D,
  "이슈: 스마트시티는 어디서 어떻게 추진되었나?",
  ["인천시의 경우 2020년까지 송도, 영종, 청라 지역을 대상으로 약 3,500억 원의 기반시설 조성비를"],
  ["약 3,500억 원"],
  "About KRW 350 billion of infrastructure development costs, more than the central ministries' investment over the previous 10 years.",
  "factoid", "Incheon investment")
A("해외 사례 표에서 중국 지혜성시(智慧城市) 사업은 몇 개 도시를 만들려고 얼마를 투자한다고 돼 있어요?", "ko", D,
  "<표 3> 해외 스마트시티 사업 예시(성과기준 제시-도시 내 실증-확산 중심)",
  ["중국 전역 500개 스마트시티 도시를 건설", "하기 위하여 2020년까지 총 182조 원을"],
  ["500개", "총 182조 원"],
  "중국 전역에 500개 스마트시티를 건설하기 위해 2020년까지 총 182조 원을 투자한다고 되어 있다.",
  "table", "중국 지혜성시")
A("According to the KRIHS table of leading regions, how much did MSIT's IoT demonstration project in Busan receive?", "en", D,
  "<표 2> 스마트시티 선도 지역 사업 현황",
  ["국토교통부 플랫폼 연계사업(12억 원) / 과학기술정보통신부 IoT 실증사업(247억 원)"],
  ["IoT 실증사업(247억 원)"],
  "The MSIT IoT demonstration project in Busan received KRW 24.7 billion.",
  "table", "Busan IoT project")
A("What future expansion measures does the report propose for the platform-linkage type of smart city?", "en", D,
  "<표 5> 국내 스마트시티 확산 방안",
  ["• 데이터 및 서비스 연계 표준 설정", "• 플랫폼의 광역 단위 연계 추진"],
  ["데이터 및 서비스 연계 표준 설정", "플랫폼의 광역 단위 연계 추진"],
  "Beyond the current rollout of integrated city platforms, it proposes setting data and service linkage standards and linking platforms at the metropolitan/provincial level.",
  "list", "platform expansion")
A("국토부 플랫폼 연계사업은 2018년 기준으로 지자체 몇 곳을 지원했고, 한 곳당 얼마씩 줬어요?", "ko", D,
  "<표 1> 스마트시티 주요 국가사업",
  ["사업으로 2018년 현재 22개 지자체 지원(1개 지자체당 6억 원 지원)"],
  ["22개 지자체", "6억 원"],
  "2018년 현재 22개 지자체를 지원했으며 지자체당 6억 원을 지원했다.",
  "count", "플랫폼 연계사업")

# ---------------------------------------------------------------------------
# 003 - governance journal paper (2017)
# ---------------------------------------------------------------------------
D = "003_bea2acfe7f4cca42"
A("In the paper's MOLIT vs. MSIP comparison table, what was the budget of MOLIT's U-City advancement R&D and how was it funded?", "en", D,
  "표 3. 부처 간 스마트시티 정책 비교",
  ["∙ 총 238억 원", "∙ - 국비 190억, 민간 48억 투자"],
  ["총 238억 원", "국비 190억", "민간 48억"],
  "KRW 23.8 billion in total: KRW 19.0 billion of state funds and KRW 4.8 billion of private investment.",
  "table", "MOLIT U-City R&D budget")
A("이 논문은 스마트시티 거버넌스를 어떻게 정의하고 있어요?", "ko", D,
  "1. 스마트시티 거버넌스 개념정의",
  ["시티의 계획-구축-운영-관리의 단계를 거쳐가는 과정", "반을 마련하는 협력적 플랫폼 체계로 정의하고자 한다."],
  ["계획-구축-운영-관리", "협력적 플랫폼 체계"],
  "범국가적 기본방향 아래 계획-구축-운영-관리 단계에서 중앙정부·지자체의 협력과 민간의 자발적 참여 기반을 마련하는 협력적 플랫폼 체계로 정의한다.",
  "definition", "거버넌스 정의")
A("What three kinds of smart city governance does the governance paper say must be considered together?", "en", D,
  "1. 스마트시티 거버넌스 개념정의",
  ["중심의 행정 거버넌스, 민간기술 중심의 기술 거버넌스,", "해외진출을 위한 글로벌 거버넌스를 종합적으로 고려"],
  ["행정 거버넌스", "기술 거버넌스", "글로벌 거버넌스"],
  "Public-led administrative governance, private-technology-led technical governance, and global governance for overseas expansion.",
  "list", "governance types")
A("싱가포르 Smart Nation 프로젝트는 언제부터 누구 주도로 추진됐어요?", "ko", D,
  "3. 해외 스마트시티 거버넌스 검토",
  ["싱가포르는 리센룽 총리 주도로 2014년부터 국가핵"],
  ["리센룽 총리", "2014년부터"],
  "리센룽 총리 주도로 2014년부터 국가핵심사업으로 추진되고 있다.",
  "when", "싱가포르 Smart Nation")
A("How many committees make up Barcelona's smart city PMO structure described in the paper, and what are they?", "en", D,
  "3. 해외 스마트시티 거버넌스 검토",
  ["담당하는 집행위원회, 프로젝트를 관리하는 모니터링", "위원회, 단계별 추진상황을 담당하는 활동위원회, 위기",
   "상황 대응을 담당하는 위기위원회 등 4단계로 추진체"],
  ["집행위원회", "모니터링", "활동위원회", "위기위원회 등 4단계"],
  "Four: an executive committee (strategy), a monitoring committee (projects), an activity committee (stage-by-stage progress) and a crisis committee.",
  "count", "Barcelona PMO")
A("예전 유비쿼터스도시위원회는 실제로 몇 번이나 열렸대요?", "ko", D,
  "Ⅲ. 국내외 사례 검토를 통한 스마트시티",
  ["지 단 두 번에 불과하고 실제 위원회의 역할에도 그 효"],
  ["단 두 번"],
  "법률상 매년 개최하도록 되어 있었지만 위원회 구성의 어려움으로 실제 개최는 단 두 번에 불과했다.",
  "count", "유비쿼터스도시위원회 개최")
A("According to the paper, who chairs the Smart City Committee that replaced the Ubiquitous City Committee after the 2017 revision?", "en", D,
  "Ⅲ. 국내외 사례 검토를 통한 스마트시티",
  ["총리가 위원장인 기존의 유비쿼터스도시위원회가 국토", "교통부 장관이 위원장, 각 부처 차관을 위원으로 하는"],
  ["총리가 위원장인 기존의", "교통부 장관이 위원장"],
  "The committee formerly chaired by the Prime Minister became the Smart City Committee chaired by the Minister of Land, Infrastructure and Transport, with vice-ministers as members.",
  "who", "Smart City Committee chair")
A("표 3 기준으로 미래부 스마트시티 실증단지 조성사업 예산은 총 얼마였고 재원 구성은 어땠어요?", "ko", D,
  "표 3. 부처 간 스마트시티 정책 비교",
  ["∙ 총 170억 원", "∙ - 국비 96억, 민간 48억, 시비 26억 등 투자"],
  ["총 170억 원", "국비 96억", "시비 26억"],
  "총 170억 원으로 국비 96억, 민간 48억, 시비 26억 원 등이 투자되었다.",
  "table", "미래부 실증단지 예산")
A("Which two ministries' platforms does the paper say should be functionally linked?", "en", D,
  "2. 국토교통부와 미래창조과학부의 스마트시티 협",
  ["될 수 있을 것이다. 또한 국토교통부의 U-City 통합플", "랫폼과 미래창조과학부의 IoT 공통플랫폼이 기능적으"],
  ["U-City 통합플", "IoT 공통플랫폼"],
  "MOLIT's U-City integrated platform and MSIP's common IoT platform should be functionally linked.",
  "factoid", "platform linkage")
A("송도 U-City 구현개념도는 서비스를 몇 개 분야로 나누고 있어요?", "ko", D,
  "I. 연구의 배경 및 목적",
  ["구현개념도에서는 교통, 방범, 방재, 시설물 관리, 공공", "행정, 특화서비스 등 6개 분야로 구분하고 있으나 거버"],
  ["6개 분야"],
  "교통, 방범, 방재, 시설물 관리, 공공행정, 특화서비스 등 6개 분야로 구분한다.",
  "count", "송도 U-City 분야")

# ---------------------------------------------------------------------------
# law_smart_city_act
# ---------------------------------------------------------------------------
D = "law_smart_city_act"
A("스마트도시법에서 ODA나 EDCF로 해외 스마트도시사업 지원할 수 있다는 근거 조항이 몇 조예요?", "ko", D,
  "제30조 (국제협력 및 해외진출 지원)",
  ["제30조 (국제협력 및 해외진출 지원)",
   "국가는 「국제개발협력기본법」과 「대외경제협력기금법」에 따른 무상 협력 또는 유상 협력으로 해외 스마트도시사업을 지원할 수 있다."],
  ["제30조", "무상 협력 또는 유상 협력"],
  "제30조(국제협력 및 해외진출 지원) 제2항으로, 국가는 국제개발협력기본법·대외경제협력기금법에 따른 무상·유상 협력으로 해외 스마트도시사업을 지원할 수 있다.",
  "article", "해외진출 지원 근거")
A("How many members can the National Smart City Committee have, including its chairs and vice-chairs?", "en", D,
  "제23조 (국가스마트도시위원회)",
  ["위원회는 위원장 2명, 부위원장 3명을 포함한 30명 이내의 위원으로 구성한다."],
  ["위원장 2명", "부위원장 3명", "30명 이내"],
  "Up to 30 members, including 2 co-chairs and 3 vice-chairs.",
  "count", "National Smart City Committee")
A("How long can a smart innovation project (the Smart City Act's regulatory sandbox) run, and can it be extended?", "en", D,
  "제51조 (스마트혁신사업계획의 승인기준 등)",
  ["스마트혁신사업의 시행기간은 4년 이내로 하며, 1회에 한하여 2년 이내의 범위에서 대통령령으로 정한 기간 동안 연장할 수 있다."],
  ["4년 이내", "1회에 한하여 2년 이내"],
  "Up to 4 years, extendable once by up to 2 years (and deemed extended until the relevant laws are amended if that is not done in time).",
  "factoid", "sandbox duration")
A("도시재생사업도 스마트도시법상 스마트도시건설사업 적용 대상에 들어가나요?", "ko", D,
  "제3조 (적용 대상)",
  ["「도시재생 활성화 및 지원에 관한 특별법」에 따른 도시재생사업"],
  ["도시재생 활성화 및 지원에 관한 특별법」에 따른 도시재생사업"],
  "네. 제3조제1항제6호에 「도시재생 활성화 및 지원에 관한 특별법」에 따른 도시재생사업이 적용 대상으로 열거되어 있다.",
  "yesno", "적용 대상 사업")
A("What is the criminal penalty for obtaining approval of a smart innovation project plan by fraud?", "en", D,
  "제54조 (벌칙)",
  ["거짓이나 그 밖의 부정한 방법으로 스마트혁신사업계획을 승인 받은 자",
   "3년 이하의 징역 또는 3천만원 이하의 벌금에 처한다."],
  ["3년 이하의 징역", "3천만원 이하의 벌금"],
  "Up to 3 years' imprisonment or a fine of up to KRW 30 million.",
  "factoid", "sandbox fraud penalty")
A("국가시범도시 지정 고시되면 관할 지자체는 관계 서류를 며칠 이상 일반인이 열람하게 해야 해요?", "ko", D,
  "제35조 (국가시범도시의 지정 등)",
  ["관할 지방자치단체의 장은 관계 서류의 사본에 관한 내용을 14일 이상 일반인이 열람할 수 있도록 하여야 한다."],
  ["14일 이상"],
  "관할 지방자치단체의 장은 관계 서류 사본의 내용을 14일 이상 일반인이 열람할 수 있도록 해야 한다.",
  "factoid", "국가시범도시 열람")
A("How does the Smart City Act define a 'national pilot smart city'?", "en", D,
  "제2조 (정의)",
  ["\"국가시범도시\"란 지능형 도시관리 및 혁신산업 육성을 위하여 스마트도시서비스 및 스마트도시기술을 도시공간에 접목한 도시로서 제35조에 따라 지정하여 조성하는 스마트도시를 말한다."],
  ["지능형 도시관리 및 혁신산업 육성", "제35조에 따라 지정하여 조성하는 스마트도시"],
  "A smart city, designated and built under Article 35, that applies smart city services and technologies to urban space for intelligent urban management and fostering innovative industries.",
  "definition", "national pilot city definition")
A("스마트도시종합계획은 누가 몇 년 단위로 세우나요?", "ko", D,
  "제4조 (스마트도시종합계획의 수립 등)",
  ["국토교통부장관은 스마트도시의 효율적인 조성 및 관리ㆍ운영 등(이하 \"스마트도시건설등\"이라 한다)을 위하여 5년 단위로"],
  ["국토교통부장관", "5년 단위로"],
  "국토교통부장관이 5년 단위로 스마트도시종합계획을 수립한다.",
  "who", "스마트도시종합계획")

# ---------------------------------------------------------------------------
# law_smart_city_act_decree
# ---------------------------------------------------------------------------
D = "law_smart_city_act_decree"
A("스마트도시기반시설 중에 주요정보통신기반시설로 지정해야 하는 시설은 뭐예요?", "ko", D,
  "제24조 (스마트도시기반시설의 보호)",
  ["법 제22조제1항에서 \"대통령령으로 정하는 시설\"이란 제4조제2호에 따른 스마트도시 통합운영센터를 말한다."],
  ["스마트도시 통합운영센터"],
  "시행령 제24조에 따라 스마트도시 통합운영센터가 그 대상이다.",
  "factoid", "주요정보통신기반시설")
A("What is the term of the expert members the land minister appoints to the National Smart City Committee?", "en", D,
  "제25조 (국가스마트도시위원회의 구성)",
  ["국토교통부장관이 위촉하는 위원의 임기는 2년으로 하되, 연임할 수 있다."],
  ["임기는 2년", "연임할 수 있다"],
  "Two years, and they may be reappointed.",
  "factoid", "committee member term")
A("스마트도시협회를 설립하려면 발기인이 몇 명 이상 필요하고 창립총회엔 몇 명 이상 나와야 돼요?", "ko", D,
  "제28조의2 (스마트도시협회의 설립인가)",
  ["10인 이상을 발기인으로 하여 창립총회를 소집하고, 스마트도시사업자 30인 이상이 출석한 창립총회에서"],
  ["10인 이상", "30인 이상"],
  "스마트도시사업자 10인 이상이 발기인이 되고, 30인 이상이 출석한 창립총회에서 출석자 과반수 동의로 정관을 작성한 뒤 국토부장관 인가를 받는다.",
  "count", "스마트도시협회 설립")
A("What minimum liability insurance cover per death, and per accident for property damage, must a smart innovation (sandbox) operator carry?", "en", D,
  "제57조 (책임보험 등의 가입)",
  ["사망한 경우에는 1인당 1억5천만원.", "재물이 멸실되거나 훼손된 경우에는 사고당 10억원"],
  ["1인당 1억5천만원", "사고당 10억원"],
  "KRW 150 million per person for death (minimum KRW 20 million) and KRW 1 billion per accident for property loss or damage.",
  "factoid", "sandbox liability insurance")
A("민간제안사업 공모·지원 업무는 어느 기관에 위탁돼 있어요?", "ko", D,
  "제60조 (업무의 위탁)",
  ["법 제9조의2제1항 및 제4항에 따른 민간제안사업의 공모 및 지원: 「정부출연연구기관 등의 설립ㆍ운영 및 육성에 관한 법률」 제8조에 따른 국토연구원"],
  ["국토연구원"],
  "민간제안사업의 공모 및 지원 업무는 국토연구원에 위탁된다.",
  "who", "민간제안사업 위탁")
A("How many of the listed criteria must an area meet to be designated a smart city special complex?", "en", D,
  "제30조 (스마트도시 특화단지의 지정 등)",
  ["다음 각 호의 요건 중 둘 이상을 충족하는 지역을 법 제29조제1항에 따른 스마트도시 특화단지"],
  ["둘 이상"],
  "At least two of the listed criteria (at the request of the smart city plan authority).",
  "count", "special complex criteria")
A("스마트도시종합계획안 공청회는 개최일 며칠 전까지 공고해야 돼요?", "ko", D,
  "제9조 (공청회의 개최)",
  ["국토교통부장관은 법 제5조에 따라 공청회를 개최하려면 공청회 개최 예정일 14일 전까지"],
  ["14일 전까지"],
  "공청회 개최 예정일 14일 전까지 일간신문, 관보, 인터넷 홈페이지에 공고해야 한다.",
  "when", "종합계획 공청회")

# ---------------------------------------------------------------------------
# law_smart_city_act_rule
# ---------------------------------------------------------------------------
D = "law_smart_city_act_rule"
A("국가시범도시건설사업 성과평가 결과는 언제까지 공개해야 해요?", "ko", D,
  "제3조의2 (국가시범도시건설사업에 대한 성과평가 결과의 공개 등)",
  ["성과평가 결과를 매년 3월 31일까지 국토교통부 인터넷 홈페이지에 공개해야 한다."],
  ["매년 3월 31일까지"],
  "매년 3월 31일까지 국토교통부 인터넷 홈페이지에 공개해야 한다.",
  "when", "성과평가 공개")
A("If a national pilot city project operator disagrees with its performance evaluation result, how long does it have to file an objection?", "en", D,
  "제3조 (국가시범도시건설사업에 대한 성과평가의 실시)",
  ["통보를 받은 날부터 10일 이내에 이의신청 내용과 관련 소명자료를 국토교통부장관에게 제출할 수 있다."],
  ["10일 이내"],
  "Within 10 days of being notified, by submitting the objection and supporting materials to the land minister.",
  "when", "evaluation objection")
A("국가시범도시 성과평가계획은 얼마나 자주 세워야 해요?", "ko", D,
  "제2조 (국가시범도시건설사업에 대한 성과평가계획의 수립 등)",
  ["성과평가를 위한 계획(이하 \"성과평가계획\"이라 한다)을 매년 수립해야 한다."],
  ["매년 수립해야 한다"],
  "국토교통부장관이 성과평가계획을 매년 수립해야 한다.",
  "factoid", "성과평가계획")
A("Who sits on the performance evaluation committee for national pilot city projects?", "en", D,
  "제3조의3 (국가시범도시건설사업 성과평가위원회의 구성ㆍ운영 등)",
  ["성과평가위원회는 법 제23조제4항에 따른 전문위원회 위원 중 국토교통부장관이 임명 또는 위촉하는 사람으로 구성한다."],
  ["전문위원회 위원 중"],
  "Members of the Smart City Committee's expert sub-committees appointed or commissioned by the land minister.",
  "who", "evaluation committee")
A("규제신속확인 신청서는 어떤 서식을 써야 하나요?", "ko", D,
  "제4조의2 (규제신속확인 신청서 등)",
  ["규제신속확인 신청서는 별지 제5호의2서식에 따른다."],
  ["별지 제5호의2서식"],
  "시행규칙 별지 제5호의2서식을 쓴다.",
  "factoid", "규제신속확인 서식")

# ---------------------------------------------------------------------------
# law_oda_framework_act
# ---------------------------------------------------------------------------
D = "law_oda_framework_act"
A("국제개발협력위원회 위원장은 누구고, 위원은 몇 명까지 둘 수 있어요?", "ko", D,
  "제7조 (국제개발협력위원회)",
  ["위원회는 위원장 1명을 포함한 30명 이내의 위원으로 구성한다.", "위원장은 국무총리가 되고"],
  ["30명 이내", "국무총리"],
  "위원장은 국무총리이며, 위원장 1명을 포함해 30명 이내로 구성한다.",
  "who", "국제개발협력위원회")
A("Under the Framework Act on International Development Cooperation, which ministries lead bilateral loans and grants, respectively?", "en", D,
  "제12조 (국제개발협력 주관기관)",
  ["양자간 개발협력 중 유상협력은 재정경제부장관이, 무상협력은 외교부장관이 각각 주관한다."],
  ["유상협력은 재정경제부장관", "무상협력은 외교부장관"],
  "Concessional loans are led by the Minister of Economy and Finance (재정경제부장관) and grants by the Minister of Foreign Affairs (외교부장관).",
  "who", "ODA lead agencies")
A("국제개발협력의 날은 언제예요?", "ko", D,
  "제18조의2 (국제개발협력의 날)",
  ["매년 11월 25일을 국제개발협력의 날로 정한다."],
  ["11월 25일"],
  "매년 11월 25일이 국제개발협력의 날이다.",
  "when", "국제개발협력의 날")
A("How often must the comprehensive basic plan for international development cooperation be adopted?", "en", D,
  "제11조 (국제개발협력 종합기본계획의 수립 등)",
  ["국제개발협력 종합기본계획(이하 \"종합기본계획\"이라 한다)을 5년마다 심사ㆍ의결하여야 한다."],
  ["5년마다"],
  "Every five years, by deliberation and resolution of the International Development Cooperation Committee.",
  "when", "ODA basic plan cycle")
A("국제개발협력기본법상 '유상협력'은 어떻게 정의돼 있어요?", "ko", D,
  "제2조 (정의)",
  ["\"유상협력\"이란 이자율ㆍ상환기간 및 거치기간 등에 있어서 개발도상국이 국제 자본시장에서 자금을 상업적 조건으로 차입할 수 있는 것보다 유리한 조건으로 개발도상국에 제공하는 현금 또는 현물 등으로서 상환의무가 있는 것을 말한다."],
  ["상업적 조건으로 차입할 수 있는 것보다 유리한 조건", "상환의무가 있는 것"],
  "이자율·상환기간·거치기간 등에서 상업적 차입보다 유리한 조건으로 개발도상국에 제공하는 현금·현물 등으로서 상환의무가 있는 것을 말한다.",
  "definition", "유상협력 정의")
A("By what date each year must the ODA committee report its evaluation results to the National Assembly?", "en", D,
  "제16조 (국제개발협력에 대한 평가)",
  ["제1항의 평가 결과는 매년 6월 30일까지 국회에 보고하여야 한다."],
  ["매년 6월 30일까지"],
  "By 30 June every year.",
  "when", "ODA evaluation reporting")
A("중점협력대상국 선정은 국제개발협력기본법 몇 조에 나오고, 어떤 나라들을 포함해서 고르게 돼 있어요?", "ko", D,
  "제15조 (중점협력대상국의 선정 및 전략 수립)",
  ["제15조 (중점협력대상국의 선정 및 전략 수립)", "국제연합이 선정한 최저개발국을 포함하여 중점적으로 국제개발협력을 할 대상국"],
  ["제15조", "최저개발국"],
  "제15조(중점협력대상국의 선정 및 전략 수립)로, 위원회가 국제연합이 선정한 최저개발국을 포함해 주관기관과 협의하여 중점협력대상국을 선정할 수 있다.",
  "article", "중점협력대상국")

# ---------------------------------------------------------------------------
# law_edcf_act
# ---------------------------------------------------------------------------
D = "law_edcf_act"
A("Who manages the EDCF, and to which institution can its administration be entrusted?", "en", D,
  "제9조 (기금의 운용ㆍ관리)",
  ["기금은 재정경제부장관이 운용ㆍ관리한다.", "기금의 운용ㆍ관리에 관한 사무를 한국수출입은행에 위탁할 수 있다."],
  ["재정경제부장관", "한국수출입은행"],
  "The Minister of Economy and Finance manages the fund and may entrust its administration to the Export-Import Bank of Korea.",
  "who", "EDCF management")
A("대외경제협력기금 재원에 다른 기금에서 받은 출연금도 들어가나요?", "ko", D,
  "제4조 (기금의 재원)",
  ["다른 기금으로부터 받은 출연금"],
  ["다른 기금으로부터 받은 출연금"],
  "네. 제4조제3호에 다른 기금으로부터 받은 출연금이 기금 재원으로 규정되어 있다.",
  "yesno", "EDCF 재원")
A("Under what condition can EDCF loans or investments for cooperation projects be provided?", "en", D,
  "제8조 (기금의 지원요건)",
  ["한국수출입은행이나 그 밖의 은행으로부터 일반적인 조건으로 지원을 받는 것이 곤란하다고 인정되는 경우로 한정한다."],
  ["일반적인 조건으로 지원을 받는 것이 곤란하다고 인정되는 경우로 한정"],
  "Only where it is recognised that support on ordinary terms from the Export-Import Bank of Korea or other banks is difficult to obtain.",
  "factoid", "EDCF eligibility")
A("대외경제협력기금법에서 '개도국'은 누가 정해요?", "ko", D,
  "제2조 (정의)",
  ["기금운용위원회의 심의를 거쳐 재정경제부장관이 정하는 국가를 말한다."],
  ["기금운용위원회의 심의", "재정경제부장관이 정하는 국가"],
  "국민소득수준·산업구조 등을 고려해 기금운용위원회 심의를 거쳐 재정경제부장관이 정한다.",
  "who", "개도국 정의")
A("What happens if the EDCF records a loss at year-end settlement?", "en", D,
  "제14조 (이익 및 결손의 처리)",
  ["그 적립금으로 보전하고도 부족할 때에는 정부가 예산의 범위에서 보전할 수 있다."],
  ["적립금으로 보전", "정부가 예산의 범위에서 보전"],
  "The loss is covered from the accumulated reserve of past profits; if that is insufficient, the government may cover the shortfall within its budget.",
  "factoid", "EDCF losses")
A("EDCF 일시차입금은 언제까지 갚아야 돼요?", "ko", D,
  "제11조 (일시 차입)",
  ["제1항에 따른 일시차입금은 해당 회계연도에 상환하여야 한다."],
  ["해당 회계연도에 상환"],
  "일시차입금은 해당 회계연도에 상환해야 한다.",
  "when", "일시차입")

# ---------------------------------------------------------------------------
# law_overseas_construction_act
# ---------------------------------------------------------------------------
D = "law_overseas_construction_act"
A("What is KIND's statutory capital under the Overseas Construction Promotion Act?", "en", D,
  "제28조의4 (자본금 등)",
  ["지원공사의 자본금은 2조원으로 한다."],
  ["2조원"],
  "KRW 2 trillion, which may be subscribed by the government, public institutions, financial institutions and others.",
  "factoid", "KIND capital")
A("KIND 운영위원회는 몇 명으로 구성돼요?", "ko", D,
  "제28조의8 (운영위원회의 구성)",
  ["다음 각 호의 위원 7명으로 구성한다."],
  ["7명"],
  "운영위원회는 지원공사 사장, 국토부·재경부 지정 공무원 등 7명으로 구성한다.",
  "count", "KIND 운영위원회")
A("Up to what limit can KIND issue overseas infrastructure and urban development bonds?", "en", D,
  "제28조의19 (해외인프라ㆍ도시개발채권의 발행 등)",
  ["납입자본금과 적립금 합계액의 5배를 초과하지 아니하는 범위에서 해외인프라ㆍ도시개발채권을 발행할 수 있다."],
  ["납입자본금과 적립금 합계액의 5배"],
  "Up to five times the sum of its paid-in capital and reserves, subject to an operating committee resolution.",
  "factoid", "KIND bonds")
A("해외건설촉진법상 KIND가 하는 업무 중 사업 발굴이랑 투자 관련된 거 알려줘.", "ko", D,
  "제28조의16 (업무)",
  ["해외인프라ㆍ도시개발사업의 발굴 및 추진", "해외인프라ㆍ도시개발사업에 대한 투자, 출자 및 금융자문"],
  ["발굴 및 추진", "투자, 출자 및 금융자문"],
  "해외인프라·도시개발사업의 발굴 및 추진, 그리고 해당 사업에 대한 투자·출자 및 금융자문을 수행한다.",
  "list", "KIND 업무")
A("해외건설촉진법에서 '해외공사'는 뭘 말해요?", "ko", D,
  "제2조 (정의)",
  ["\"해외공사\"란 해외건설공사, 해외건설 엔지니어링활동 및 해외인프라ㆍ도시개발사업을 말한다."],
  ["해외건설공사", "해외건설 엔지니어링활동", "해외인프라ㆍ도시개발사업"],
  "해외건설공사, 해외건설 엔지니어링활동, 해외인프라·도시개발사업을 말한다.",
  "definition", "해외공사 정의")
A("What is the maximum lifespan of an overseas construction investment vehicle under the Act?", "en", D,
  "제19조의3 (존립기간)",
  ["등록 또는 보고된 날부터 30년 이내에서 해외건설집합투자기구의 신탁계약 또는 정관으로 정한다."],
  ["30년 이내"],
  "Within 30 years from registration or reporting, as set by its trust deed or articles; extension requires Financial Services Commission approval.",
  "factoid", "investment vehicle term")
A("해외건설업 하려면 어디에 신고해야 돼요?", "ko", D,
  "제6조 (해외건설업의 신고)",
  ["해외건설업을 영위하려는 자는 대통령령으로 정하는 영업의 종류별로 국토교통부장관에게 신고하여야 한다."],
  ["국토교통부장관에게 신고"],
  "영업의 종류별로 국토교통부장관에게 신고해야 한다.",
  "who", "해외건설업 신고")

# ---------------------------------------------------------------------------
# law_transport_system_efficiency_act
# ---------------------------------------------------------------------------
D = "law_transport_system_efficiency_act"
A("How often must the national ITS master plan be prepared, and how often is it reviewed?", "en", D,
  "제73조 (지능형교통체계기본계획의 수립 등)",
  ["10년 단위로 지능형교통체계에 관한 국가 차원의 기본계획", "5년마다 지능형교통체계기본계획을 전반적으로 재검토하고"],
  ["10년 단위", "5년마다"],
  "It is drawn up on a 10-year basis and fully reviewed every 5 years.",
  "when", "ITS master plan")
A("국가통합교통체계효율화법에서 지능형교통체계(ITS)는 어떻게 정의돼요?", "ko", D,
  "제2조 (정의)",
  ["\"지능형교통체계\"란 교통수단 및 교통시설에 대하여 전자ㆍ제어 및 통신 등 첨단교통기술과 교통정보를 개발ㆍ활용함으로써 교통체계의 운영 및 관리를 과학화ㆍ자동화하고"],
  ["첨단교통기술과 교통정보", "과학화ㆍ자동화"],
  "교통수단·교통시설에 전자·제어·통신 등 첨단교통기술과 교통정보를 활용해 교통체계 운영·관리를 과학화·자동화하고 효율성과 안전성을 높이는 교통체계이다.",
  "definition", "ITS 정의")
A("교통빅데이터플랫폼에 개인정보를 넣어도 돼요?", "ko", D,
  "제17조의2 (교통빅데이터플랫폼의 구축ㆍ운영)",
  ["데이터에 「개인정보 보호법」에 따른 개인정보를 포함시켜서는 아니 된다."],
  ["포함시켜서는 아니 된다"],
  "안 된다. 국토교통부장관은 교통빅데이터플랫폼 데이터에 개인정보를 포함시켜서는 안 된다.",
  "yesno", "교통빅데이터플랫폼")
A("Who chairs the National Transport Committee and who is its vice-chair?", "en", D,
  "제107조 (국가교통위원회의 구성 등)",
  ["국가교통위원회의 위원장은 국토교통부장관이 되고, 부위원장은 국토교통부 제2차관이 된다."],
  ["위원장은 국토교통부장관", "부위원장은 국토교통부 제2차관"],
  "The land minister chairs it and the Second Vice Minister of Land, Infrastructure and Transport is vice-chair.",
  "who", "National Transport Committee")
A("Which article of the transport system efficiency act makes cities keep their local ITS plan in line with their smart city plan?", "en", D,
  "제75조 (다른 계획에의 반영)",
  ["제75조 (다른 계획에의 반영)", "제8조에 따른 스마트도시계획과 지능형교통체계지방계획이 조화를 이루도록 하여야 한다."],
  ["제75조", "조화를 이루도록 하여야 한다"],
  "Article 75 (reflection in other plans), para. 2: mayors and governors must keep the local ITS plan in harmony with the urban master plan and the smart city plan under Art. 8 of the Smart City Act.",
  "article", "ITS and smart city plan")
A("국가기간교통망계획은 몇 년 단위로 세우고 얼마마다 검토해요?", "ko", D,
  "제4조 (국가기간교통망계획의 수립 등)",
  ["20년 단위로 국가기간교통망에 관한 계획", "5년마다 국가기간교통망계획을 검토하고"],
  ["20년 단위", "5년마다"],
  "국토교통부장관이 20년 단위로 수립하고 5년마다 검토해 필요시 변경한다.",
  "when", "국가기간교통망계획")

# ---------------------------------------------------------------------------
# law_urban_development_act
# ---------------------------------------------------------------------------
D = "law_urban_development_act"
A("도시개발 조합 설립 인가 받으려면 토지소유자 동의 요건이 어떻게 돼요?", "ko", D,
  "제13조 (조합 설립의 인가)",
  ["토지면적의 3분의 2 이상에 해당하는 토지 소유자와 그 구역의 토지 소유자 총수의 2분의 1 이상의 동의를 받아야 한다."],
  ["3분의 2 이상", "2분의 1 이상"],
  "토지면적 3분의 2 이상에 해당하는 토지 소유자와 토지 소유자 총수 2분의 1 이상의 동의를 받아야 한다.",
  "factoid", "조합 설립 동의")
A("What share of an urban development zone can be supplied as undeveloped raw land to other developers?", "en", D,
  "제25조의2 (원형지의 공급과 개발)",
  ["공급될 수 있는 원형지의 면적은 도시개발구역 전체 토지 면적의 3분의 1 이내로 한정한다."],
  ["3분의 1 이내"],
  "Up to one third of the zone's total land area.",
  "factoid", "raw land supply")
A("What implementation methods does the Urban Development Act allow for development projects?", "en", D,
  "제21조 (도시개발사업의 시행 방식)",
  ["수용 또는 사용하는 방식이나 환지 방식 또는 이를 혼용하는 방식으로 시행할 수 있다."],
  ["수용 또는 사용하는 방식", "환지 방식", "혼용하는 방식"],
  "Expropriation/use, land readjustment (replotting), or a mix of the two.",
  "list", "implementation methods")
A("도시개발채권 소멸시효는 어떻게 돼요?", "ko", D,
  "제62조 (도시개발채권의 발행)",
  ["도시개발채권의 소멸시효는 상환일부터 기산(起算)하여 원금은 5년, 이자는 2년으로 한다."],
  ["원금은 5년", "이자는 2년"],
  "상환일부터 기산하여 원금은 5년, 이자는 2년이다.",
  "factoid", "도시개발채권")
A("If no implementation plan approval is applied for, when is an urban development zone designation deemed lifted?", "en", D,
  "제10조 (도시개발구역 지정의 해제)",
  ["도시개발구역이 지정ㆍ고시된 날부터 3년이 되는 날까지 제17조에 따른 실시계획의 인가를 신청하지 아니하는 경우에는 그 3년이 되는 날"],
  ["3년이 되는 날"],
  "It is deemed lifted on the day after the date three years from designation if no implementation plan approval has been applied for by then.",
  "when", "zone designation lapse")
A("도시개발구역은 누가 지정할 수 있어요?", "ko", D,
  "제3조 (도시개발구역의 지정 등)",
  ["특별시장ㆍ통합특별시장ㆍ광역시장ㆍ도지사ㆍ특별자치도지사", "인구 50만 이상 대도시의 시장"],
  ["특별시장ㆍ통합특별시장ㆍ광역시장ㆍ도지사ㆍ특별자치도지사", "인구 50만 이상 대도시의 시장"],
  "시·도지사와 인구 50만 이상 대도시 시장이 지정하며, 국가 필요 등 일정한 경우 국토교통부장관도 지정할 수 있다.",
  "who", "도시개발구역 지정권자")

# ---------------------------------------------------------------------------
# law_urban_regeneration_act
# ---------------------------------------------------------------------------
D = "law_urban_regeneration_act"
A("Who chairs the Special Committee on Urban Regeneration, and how many members does it have?", "en", D,
  "제7조 (도시재생특별위원회의 설치 등)",
  ["위원장은 국무총리가 되고, 위원은 다음 각 호의 자로 하되, 10명 이상 30명 이하로 구성한다."],
  ["위원장은 국무총리", "10명 이상 30명 이하"],
  "The Prime Minister chairs it; it has between 10 and 30 members (government and private members).",
  "who", "urban regeneration committee")
A("도시재생전략계획은 몇 년 단위로 세우고 언제 정비해요?", "ko", D,
  "제12조 (도시재생전략계획의 수립)",
  ["도시재생전략계획을 10년 단위로 수립하고, 필요한 경우 5년 단위로 정비하여야 한다."],
  ["10년 단위", "5년 단위로 정비"],
  "10년 단위로 수립하고 필요한 경우 5년 단위로 정비한다.",
  "when", "도시재생전략계획")
A("What happens if no regeneration project has started within three years of a revitalization plan being announced?", "en", D,
  "제22조 (도시재생활성화계획의 효력 상실 등)",
  ["도시재생활성화계획을 고시한 날부터 3년이 되는 날까지 하나의 도시재생사업도 착수하지 아니한 경우 그 도시재생활성화계획은 취소된 것으로 본다."],
  ["취소된 것으로 본다"],
  "The revitalization plan is deemed cancelled, and the zoning reverts to what it was before the plan.",
  "factoid", "plan lapse")
A("근린재생형 활성화계획은 뭘 말하는 거예요?", "ko", D,
  "제2조 (정의)",
  ["근린재생형 활성화계획: 생활권 단위의 생활환경 개선, 기초생활인프라 확충, 공동체 활성화, 골목경제 살리기 등을 위한 도시재생활성화계획"],
  ["생활권 단위의 생활환경 개선", "골목경제 살리기"],
  "생활권 단위의 생활환경 개선, 기초생활인프라 확충, 공동체 활성화, 골목경제 살리기 등을 위한 도시재생활성화계획이다.",
  "definition", "근린재생형")
A("From which accounts or funds does the state provide urban regeneration subsidies and loans?", "en", D,
  "제27조 (보조 또는 융자)",
  ["필요한 자금을 일반회계, 「지방자치분권 및 균형성장에 관한 특별법」 제74조에 따른 지역균형발전특별회계 또는 「주택도시기금법」에 따른 주택도시기금에서 지원한다."],
  ["일반회계", "지역균형발전특별회계", "주택도시기금"],
  "From the general account, the Special Account for Balanced Regional Development, or the Housing and Urban Fund.",
  "list", "regeneration funding sources")
A("도시재생특별회계 세입에 재건축부담금도 들어가요?", "ko", D,
  "제28조 (도시재생특별회계의 설치 및 운용)",
  ["「재건축초과이익 환수에 관한 법률」에 따른 재건축부담금 중 지방자치단체 귀속분"],
  ["재건축부담금 중 지방자치단체 귀속분"],
  "네. 재건축부담금 중 지방자치단체 귀속분이 도시재생특별회계 세입에 포함된다.",
  "yesno", "도시재생특별회계")

# ---------------------------------------------------------------------------
# law_autonomous_vehicles_act
# ---------------------------------------------------------------------------
D = "law_autonomous_vehicles_act"
A("Who designates autonomous-vehicle pilot operation zones, and on whose application?", "en", D,
  "제7조 (시범운행지구의 지정 등)",
  ["국토교통부장관은 자율주행자동차 시범운행지구를 운영하려는 시ㆍ도지사의 신청을 받아"],
  ["국토교통부장관", "시ㆍ도지사의 신청"],
  "The land minister designates them on application by the metropolitan/provincial governor, after deliberation by the pilot zone committee.",
  "who", "AV pilot zone designation")
A("자율주행차가 찍은 영상정보는 수집하고 얼마 지나면 파기해야 해요?", "ko", D,
  "제20조의2 (영상정보의 처리에 관한 특례)",
  ["수집한 날부터 5년이 지나면 특정 개인정보가 포함된 영상정보를"],
  ["5년이 지나면"],
  "수집한 날부터 5년이 지나면 특정 개인정보가 포함된 영상정보를 지체 없이 파기해야 한다.",
  "when", "영상정보 파기")
A("시범운행지구에서 자율주행차로 돈 받고 승객 태우는 거 가능해요?", "ko", D,
  "제9조 (여객의 유상운송에 관한 특례)",
  ["사업용 자동차가 아닌 자율주행자동차를 활용하여 시범운행지구에서 유상으로 여객의 운송용으로 제공하거나 임대할 수 있다."],
  ["유상으로 여객의 운송용으로 제공하거나 임대할 수 있다"],
  "가능하다. 여객자동차 운수사업법 제81조에도 불구하고 시범운행지구에서는 비사업용 자율주행차로 유상 여객운송·임대를 할 수 있다.",
  "yesno", "유상운송 특례")
A("Can the government provide its HD road maps to private companies free of charge?", "en", D,
  "제22조 (정밀도로지도의 구축 및 갱신)",
  ["정밀도로지도를 민간 활용이 촉진될 수 있도록 무상으로 제공할 수 있다."],
  ["무상으로 제공할 수 있다"],
  "Yes. The land minister may provide the precision road maps free of charge to promote private use.",
  "yesno", "HD map sharing")
A("How many members, and how many chairs, does the AV pilot zone committee have?", "en", D,
  "제16조 (위원회의 구성 등)",
  ["위원회는 위원장 2명을 포함하여 20명 이내의 위원으로 구성한다."],
  ["위원장 2명", "20명 이내"],
  "Up to 20 members including 2 co-chairs (the land minister and one elected private member).",
  "count", "AV pilot zone committee")
A("자율주행자동차법상 '완전 자율주행자동차'는 어떻게 정의돼요?", "ko", D,
  "제2조 (정의)",
  ["완전 자율주행자동차: 자율주행시스템만으로 운행할 수 있어 운전자가 없거나 운전자 또는 승객의 개입이 필요하지 아니한 자율주행자동차"],
  ["자율주행시스템만으로 운행", "개입이 필요하지 아니한"],
  "자율주행시스템만으로 운행할 수 있어 운전자가 없거나 운전자·승객의 개입이 필요 없는 자율주행자동차를 말한다.",
  "definition", "완전 자율주행")

# ---------------------------------------------------------------------------
# law_spatial_information_industry_act
# ---------------------------------------------------------------------------
D = "law_spatial_information_industry_act"
A("공간정보산업진흥 기본계획은 몇 년마다 수립해요?", "ko", D,
  "제4조 (공간정보산업진흥 계획의 수립)",
  ["5년마다 다음 각 호의 사항이 포함된 공간정보산업진흥 기본계획"],
  ["5년마다"],
  "국토교통부장관이 국가공간정보정책 기본계획에 따라 5년마다 수립한다.",
  "when", "공간정보산업진흥 기본계획")
A("How many founders are needed to set up the Spatial Information Industry Association?", "en", D,
  "제24조 (공간정보산업협회의 설립)",
  ["공간정보기술자 300명 이상 또는 공간정보사업자 10분의 1 이상을 발기인으로 하여"],
  ["300명 이상", "10분의 1 이상"],
  "At least 300 spatial information engineers, or at least one tenth of spatial information business operators, as founders; ministerial approval is then required.",
  "count", "association founders")
A("공간정보집합투자기구는 자본금의 얼마 이상을 공간정보사업자 출자 등에 써야 돼요?", "ko", D,
  "제26조 (자산운용의 방법)",
  ["공간정보집합투자기구는 자본금의 100분의 50 이상에 해당하는 금액을"],
  ["100분의 50 이상"],
  "자본금의 100분의 50(50%) 이상을 공간정보사업자 출자·주식 취득 등 또는 승인된 투자에 써야 한다.",
  "factoid", "공간정보집합투자기구")
A("Are quality-certified spatial information products made by SMEs treated as designated competitive products for public procurement?", "en", D,
  "제12조 (품질인증)",
  ["품질인증을 받은 제품 중 중소기업자가 생산한 제품은 「중소기업제품 구매촉진 및 판로지원에 관한 법률」 제6조에 따라 지정된 경쟁제품으로 본다."],
  ["경쟁제품으로 본다"],
  "Yes. Certified products made by SMEs are deemed designated competitive products under the SME products procurement act.",
  "yesno", "quality certification")
A("공간정보오픈플랫폼이 법에서 뭐라고 정의돼 있어요?", "ko", D,
  "제2조 (정의)",
  ["\"공간정보오픈플랫폼\"이란 국가에서 보유하고 있는 공개 가능한 공간정보를 국민이 자유롭게 활용할 수 있도록 다양한 방법을 제공하는 공간정보체계를 말한다."],
  ["공개 가능한 공간정보를 국민이 자유롭게 활용"],
  "국가가 보유한 공개 가능한 공간정보를 국민이 자유롭게 활용할 수 있도록 다양한 방법을 제공하는 공간정보체계이다.",
  "definition", "공간정보오픈플랫폼")

# ---------------------------------------------------------------------------
# law_sejong_special_act
# ---------------------------------------------------------------------------
D = "law_sejong_special_act"
A("What is the cap on central-government spending for government buildings and wide-area transport facilities in the Sejong administrative city?", "en", D,
  "제51조 (국가예산 지출의 상한)",
  ["8조5천억원(2003년도 불변가격 기준으로 산정한 금액을 말한다)을 초과할 수 없다."],
  ["8조5천억원", "2003년도 불변가격"],
  "KRW 8.5 trillion at constant 2003 prices, including land purchase for public buildings.",
  "factoid", "Sejong budget cap")
A("행복청은 어디 소속이고 청장은 어떤 직위예요?", "ko", D,
  "제38조 (건설청의 설치 등)",
  ["국토교통부장관 소속으로 행정중심복합도시건설청(이하 \"건설청\"이라 한다)을 둔다.",
   "청장은 정무직으로 하고, 차장은 일반직 국가공무원으로 보(補)한다."],
  ["국토교통부장관 소속", "청장은 정무직"],
  "행정중심복합도시건설청은 국토교통부장관 소속의 중앙행정기관이며, 청장은 정무직이다.",
  "who", "행복청")
A("Which article of the Sejong Special Act lets the construction agency take over smart city planning tasks under the Smart City Act?", "en", D,
  "제60조의2 (스마트도시 조성 및 산업진흥 등에 관한 특례)",
  ["제60조의2 (스마트도시 조성 및 산업진흥 등에 관한 특례)", "스마트도시계획 수립 등에 관한 사무는 건설청장이 수행한다."],
  ["제60조의2", "건설청장이 수행한다"],
  "Article 60-2: in the designated area, the head of the construction agency performs the smart city planning duties of local heads under Arts. 8-10, 14 and 24 of the Smart City Act.",
  "article", "Sejong smart city special case")
A("행정중심복합도시건설 추진위원회는 몇 명 이내로 구성되고 위원장은 몇 명이에요?", "ko", D,
  "제31조 (위원회의 조직)",
  ["위원회는 위원장 2명을 포함한 30명 이내의 위원으로 구성한다."],
  ["위원장 2명", "30명 이내"],
  "위원장 2명을 포함한 30명 이내로 구성된다.",
  "count", "추진위원회")
A("행복도시 특별관리구역으로 지정할 수 있는 지역에 스마트도시법상 국가시범도시도 포함돼요?", "ko", D,
  "제15조의2 (특별관리구역 지정 등)",
  ["「스마트도시 조성 및 산업진흥 등에 관한 법률」 제35조에 따라 지정된 국가시범도시 지역"],
  ["국가시범도시 지역"],
  "네. 스마트도시법 제35조에 따라 지정된 국가시범도시 지역은 건설청장이 특별관리구역으로 지정할 수 있는 지역에 포함된다.",
  "yesno", "특별관리구역")
A("Who draws up the plan for relocating central government agencies to Sejong, and who must approve it?", "en", D,
  "제16조 (중앙행정기관등의 이전계획)",
  ["행정안전부장관은 중앙행정기관등을 행정중심복합도시로 이전하는 계획(이하 \"이전계획\"이라 한다)을 수립하여 대통령의 승인을 받아야 한다."],
  ["행정안전부장관", "대통령의 승인"],
  "The Minister of the Interior and Safety draws it up and it must be approved by the President.",
  "who", "agency relocation plan")

# ---------------------------------------------------------------------------
# law_intelligent_informatization_act
# ---------------------------------------------------------------------------
D = "law_intelligent_informatization_act"
A("How often must the government draw up the comprehensive plan for an intelligent information society?", "en", D,
  "제6조 (지능정보사회 종합계획의 수립)",
  ["지능정보사회 종합계획(이하 \"종합계획\"이라 한다)을 3년 단위로 수립하여야 한다."],
  ["3년 단위"],
  "Every three years.",
  "when", "intelligent society plan")
A("NIA(한국지능정보사회진흥원)는 누가 설립해요?", "ko", D,
  "제12조 (한국지능정보사회진흥원의 설립)",
  ["과학기술정보통신부장관과 행정안전부장관은 지능정보사회 관련 정책의 개발과"],
  ["과학기술정보통신부장관과 행정안전부장관"],
  "과학기술정보통신부장관과 행정안전부장관이 설립한다.",
  "who", "NIA 설립")
A("How does the Framework Act on Intelligent Informatization define the digital divide?", "en", D,
  "제2조 (정의)",
  ["\"정보격차\"란 사회적ㆍ경제적ㆍ지역적 또는 신체적 여건 등으로 인하여 지능정보서비스, 그와 관련된 기기ㆍ소프트웨어에 접근하거나 이용할 수 있는 기회에 차이가 생기는 것을 말한다."],
  ["접근하거나 이용할 수 있는 기회에 차이"],
  "A gap in opportunities to access or use intelligent information services and related devices/software arising from social, economic, regional or physical conditions.",
  "definition", "digital divide")
A("NIA랑 비슷한 이름 쓰면 과태료가 얼마예요?", "ko", D,
  "제70조 (과태료)",
  ["한국지능정보사회진흥원 또는 이와 유사한 명칭을 사용한 자에게는 1천만원 이하의 과태료를 부과한다."],
  ["1천만원 이하의 과태료"],
  "1천만원 이하의 과태료가 부과된다.",
  "factoid", "유사명칭 과태료")
A("Does the Act require developers and providers of intelligent information technology to build privacy protection into the design?", "en", D,
  "제61조 (사생활 보호 설계 등)",
  ["해당 기술과 서비스를 사생활등의 보호에 적합하게 설계하여야 한다."],
  ["사생활등의 보호에 적합하게 설계"],
  "Yes. Article 61 requires them to design their technologies and services to be suitable for protecting privacy and personal information.",
  "yesno", "privacy by design")
A("지능정보사회 연차보고서는 언제까지 국회에 내야 해요?", "ko", D,
  "제67조 (연차보고 등)",
  ["매년 지능정보사회 추진 시책과 동향에 관한 보고서를 정기국회 개회 전까지 국회에 제출하여야 한다."],
  ["정기국회 개회 전까지"],
  "정부는 매년 정기국회 개회 전까지 보고서를 국회에 제출해야 한다.",
  "when", "연차보고")

# ---------------------------------------------------------------------------
# Unanswerable near-misses (8 ko, 8 en)
# ---------------------------------------------------------------------------
U("스마트도시법상 스마트혁신사업 규제특례를 위반하면 과징금은 최대 얼마까지 부과돼요?", "ko",
  "스마트도시법에는 제54조 벌칙(3년 이하 징역 또는 3천만원 이하 벌금)과 제55조 과태료(1천만원·500만원 이하)만 있고 과징금 규정은 없다.",
  "factoid", "스마트도시법 과징금")
U("대외경제협력기금법에 EDCF 차관의 최저 금리와 최장 상환기간은 몇 년으로 정해져 있어요?", "ko",
  "대외경제협력기금법은 기금의 재원·용도·지원요건·운용관리 등을 규정할 뿐, 차관 금리나 상환기간 같은 대출조건은 정하고 있지 않다.",
  "factoid", "EDCF 대출조건")
U("2024년 K-City Network 해외실증형 사업에 선정된 도시 목록 좀 알려줘.", "ko",
  "KCN 기고문에는 2025년 선정 현황(6개 도시) 표만 있고, 2024년 사업은 WSCE에서 성과를 홍보한다고만 언급할 뿐 선정 도시 목록은 없다.",
  "list", "2024 KCN 선정")
U("클락 스마트시티 타당성조사에서 사업 내부수익률(IRR)은 몇 %로 나왔어요?", "ko",
  "워킹페이퍼는 타당성조사 과업에 수익·비용 산출, 수익성·민감도 분석이 포함된다고만 적고 있으며 IRR 등 구체적 수익성 수치는 제시하지 않는다.",
  "factoid", "클락 IRR")
U("세종 5-1 생활권 국가 시범도시의 총사업비는 얼마로 잡혀 있어요?", "ko",
  "스마트시티 추진전략 별첨1에는 위치, 면적, 계획호수, 사업기간('18~'22), 사업시행자(LH)와 향후 일정만 있고 총사업비는 나와 있지 않다.",
  "factoid", "세종 5-1 사업비")
U("공간정보산업진흥원 원장 임기는 몇 년이에요?", "ko",
  "공간정보산업 진흥법 제23조는 진흥원의 설립·업무·재원 등을 규정하고 운영에 필요한 사항은 대통령령에 위임할 뿐, 원장 임기는 정하고 있지 않다.",
  "factoid", "진흥원장 임기")
U("국제개발협력위원회 민간위원 임기는 몇 년으로 돼 있어요?", "ko",
  "국제개발협력기본법 제7조·제8조는 위원회 구성(국무총리 위원장, 30명 이내)과 위원 해촉 사유만 정하고 구성·운영 세부는 대통령령에 위임하며, 위원 임기는 규정하지 않는다.",
  "factoid", "ODA 위원 임기")
U("자율주행자동차법에서 시범운행지구 지정의 유효기간은 몇 년이에요?", "ko",
  "자율주행자동차법은 시범운행지구의 지정·변경·해제 절차와 평가를 규정하지만 지정 유효기간은 정하고 있지 않다(유효기간은 자율협력주행 인증서에 관한 것만 언급).",
  "factoid", "시범운행지구 유효기간")
U("What minimum share of private investment does the Smart City Act require in a national pilot city project?", "en",
  "The Smart City Act covers designation of and support for national pilot cities, joint-venture corporations and regulatory special cases, but sets no minimum private-investment share.",
  "factoid", "pilot city private share")
U("How much central-government funding did the 2018 Smart City Strategy allocate to the Busan Eco Delta City pilot?", "en",
  "Annex 2 of the strategy gives location, area, housing units, period ('18-'23) and implementers (K-Water, Busan Metropolitan Development Corp., Busan city) but no budget allocation.",
  "factoid", "Eco Delta City budget")
U("Under the Overseas Construction Promotion Act, what is the maximum equity stake KIND may take in a single PPP project?", "en",
  "The Act lists KIND's duties (including investment and equity participation), its KRW 2 trillion capital and a 5x borrowing/bond limit, but sets no cap on its stake in any single project.",
  "factoid", "KIND equity cap")
U("What interest rate does the Urban Development Act set for urban development bonds?", "en",
  "Article 62 only sets the prescription periods (5 years principal, 2 years interest) and delegates the rate and issuance details to presidential decree; no rate is given.",
  "factoid", "urban development bond rate")
U("In the 2017 governance paper, what budget did the Ministry of the Interior allocate to its CCTV integrated control centre programme?", "en",
  "The paper mentions the interior ministry's CCTV integrated control centre programme as overlapping with MOLIT's, but Table 3 gives budgets only for MOLIT and MSIP programmes.",
  "factoid", "CCTV control centre budget")
U("What fine does the Framework Act on Intelligent Informatization impose on a ministry that fails to submit its annual implementation plan?", "en",
  "Article 7 requires annual implementation plans, but Article 70 fines only misuse of the NIA name and violations of Art. 21(2); there is no penalty for failing to submit a plan.",
  "factoid", "implementation plan penalty")
U("Under the Sejong Special Act, how many central government agencies are scheduled to relocate to Sejong by 2030?", "en",
  "Article 16 says the interior minister draws up a relocation plan (approved by the President) and lists ministries excluded from relocation, but gives no number or 2030 target.",
  "count", "Sejong relocation count")
U("What was the per-project budget for KCN overseas demonstration projects in 2025?", "en",
  "The 2025 KCN article gives the six selected cities, solutions and the April-December schedule but no budget; the 2022 working paper cites KRW 400 million per demonstration project for an earlier year.",
  "factoid", "KCN 2025 budget")

FIELDS = ["id", "question", "lang", "answerable", "doc_id", "section", "evidence",
          "key_facts", "reference", "qtype", "topic", "split"]


def main():
    items = list(ITEMS)
    random.Random(SEED).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as fh:
        for n, it in enumerate(items, 1):
            rec = {"id": "hq%03d" % n}
            for k in FIELDS[1:-1]:
                rec[k] = it[k]
            rec["split"] = SPLIT
            assert list(rec) == FIELDS
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(items), OUT))


if __name__ == "__main__":
    main()
