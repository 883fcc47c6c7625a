#!/usr/bin/env python3
"""Build projects_train_extra.jsonl: hand-written, hand-labelled training examples
for the smart-city project classifier (taxonomy v1, /work/shared/specs/taxonomy.md).

Entries are deliberately *unlike* tidy narrative descriptions: spreadsheet rows, ODA database
records, tender notices, press releases, narratives and misleadingly named projects.

Each entry is written as E(title, description, lang, source, style, spec, crs, notes) where
spec = "project_type|sector,sector|stage|scale|region|program|smart_city_type|urban_context"
using the short codes below (expanded to taxonomy ids on output).

Run:  python3 build_train_extra.py   -> writes projects_train_extra.jsonl next to this file.
"""
import json
import os

PT = {"CD": "city_development", "SD": "solution_deployment", "PD": "pilot_demonstration",
      "PC": "planning_consulting", "RD": "rnd", "IC": "institution_capacity"}
SEC = {"mob": "mobility", "safe": "safety_disaster", "env": "environment_waste", "water": "water",
       "energy": "energy", "welf": "welfare_health", "cult": "culture_tourism",
       "house": "housing_facility", "gov": "governance_admin", "ind": "industry_economy",
       "data": "data_platform_infra"}
STAGE = {"ID": "identification", "MP": "master_planning", "PI": "pilot",
         "IM": "implementation", "OD": "operation_diffusion"}
SCALE = {"S": "site", "D": "district", "C": "city", "N": "national"}
REGION = {"K": "domestic", "DV": "overseas_developing", "DD": "overseas_developed"}
PROG = {"kcn": "kcn", "grant": "oda_grant", "cons": "oda_consulting", "loan": "oda_loan",
        "natl": "national_program", "rnd": "national_rnd", "fee": "development_fee",
        "lp": "local_private", "fo": "foreign_own"}
SCT = {"AI": "advanced_infrastructure", "PF": "platform_centered", "IS": "innovation_space"}
UC = {"NEW": "new_development", "EX": "existing_city", "REG": "regeneration"}

ENTRIES = []


def E(title, description, lang, source, style, spec, crs, notes):
    pt, sec, st, sc, rg, pg, sct, uc = spec.split("|")
    ENTRIES.append({
        "title": title,
        "description": description,
        "lang": lang,
        "origin": "written_extra",
        "split": "train_extra",
        "source": {"kind": source},
        "style": style,
        "labels": {
            "project_type": PT[pt],
            "sector": [SEC[s] for s in sec.split(",")],
            "stage": STAGE[st],
            "scale": SCALE[sc],
            "region": REGION[rg],
            "program": PROG[pg],
            "smart_city_type": SCT[sct],
            "urban_context": UC[uc],
        },
        "crs": list(crs),
        "notes": notes,
    })


# ---------------------------------------------------------------------------------------------
# 1. Terse spreadsheet rows (Korean)
# ---------------------------------------------------------------------------------------------
E("스마트 횡단보도 설치",
  "2024 | 경기 ○○시 | 스마트 횡단보도 설치(○○초·△△초 앞 3개소) | 3억원 | 시비 100%",
  "ko", "local_gov", "row", "SD|mob,safe|IM|S|K|lp|AI|EX", ["21020"],
  "stage: 설치 = 구축; scale: 학교 앞 3개 횡단보도 = 개별 현장; program: 시비 100% = 지자체 자체")
E("공공하수처리시설 원격감시시스템 구축",
  "2023, 전남 △△군, 관내 공공하수처리시설 14개소 스마트 원격감시·제어시스템 구축, 12억원, 환경부 국고보조 50% / 군비 50%",
  "ko", "local_gov", "row", "SD|water|IM|C|K|natl|AI|EX", ["14022"],
  "stage: 구축; scale: 군 전체 처리시설 14개소를 묶음 = 도시(군) 단위; program: 환경부 국고보조 = 중앙정부 재정사업")
E("스마트시티 통합플랫폼 기반구축",
  "2022 | 국토교통부 공모 | 스마트시티 통합플랫폼 기반구축 | 충북 ○○시 | 국비 6억 + 지방비 6억 | 112·119·재난상황실 연계",
  "ko", "central_gov", "row", "SD|safe,data|IM|C|K|natl|PF|EX", ["43030", "22040"],
  "stage: 기반구축 = 구축; scale: 시 전체 관제 연계; program: 국토부 통합플랫폼 보급 공모 = 중앙정부 사업")
E("스마트 버스정류장 운영·유지관리",
  "2025 | 부산 ○○구 | 스마트 버스정류장(냉난방·공기정화 쉘터) 10개소 운영·유지관리 위탁 | 1.2억 | 구비",
  "ko", "local_gov", "row", "SD|mob,welf|OD|S|K|lp|AI|EX", ["21012"],
  "stage: 기설치 쉘터의 운영·유지관리 = 운영; scale: 정류장 10개소 = 개별 시설; program: 구비")
E("스마트시티형 도시재생 뉴딜(○○동)",
  "사업명: 스마트시티형 도시재생 뉴딜(○○동 일원) / 2020~2023 / 국비 150억 / 공유주차·IoT 가로등·주민 커뮤니티 플랫폼 패키지 / 현재 공사 중(공정률 60%)",
  "ko", "central_gov", "row", "CD|house,mob,safe|IM|D|K|natl|AI|REG", ["43030"],
  "stage: 공사 중 = 조성; scale: ○○동 일원 = 생활권; program: 도시재생 뉴딜 국비 = 중앙정부 공모")
E("자율주행 셔틀 실증(세종 5-1생활권)",
  "2021, 세종 5-1생활권, 자율주행 셔틀 실증(규제샌드박스 실증특례), 국가R&D(과기정통부·국토부), 45억",
  "ko", "central_gov", "row", "PD|mob|PI|D|K|rnd|IS|NEW", ["21012", "32182"],
  "stage: 실증 = 시범; scale: 생활권 = 지구; program: 국가R&D 명시")
E("○○신도시 스마트시티 기반시설 실시설계",
  "2024 | LH | ○○신도시 스마트시티 기반시설(자가통신망·스마트폴·도시통합운영센터) 기본계획 완료→실시설계 착수 | 조성원가 반영 280억",
  "ko", "other", "row", "CD|data,safe,mob|IM|C|K|fee|AI|NEW", ["43030", "22040"],
  "stage: 기본계획 완료 후 실시설계 착수 = 조성 단계 진입; scale: 신도시 전체; program: 조성원가 반영 = 기반시설 조성비")
E("IoT 압축형 스마트 쓰레기통 확대 보급",
  "2023·광주 ○○구·IoT 압축형 스마트 쓰레기통 2차년도 확대 보급(상가 밀집지역 30대)·구비 2.1억",
  "ko", "local_gov", "row", "SD|env|OD|D|K|lp|AI|EX", ["14050"],
  "stage: 2차년도 확대 보급 = 확산; scale: 상가 밀집지역 = 지구; program: 구비")
E("독거노인 IoT 돌봄 서비스 확산",
  "2022 | 서울 ○○구 | 독거노인 IoT 돌봄(스마트플러그·활동감지센서) 구 전역 1,200가구로 확산 | 구비 + 시 보조",
  "ko", "local_gov", "row", "SD|welf|OD|C|K|lp|AI|EX", ["16010", "16015"],
  "stage: 구 전역 확산 = 운영·확산; scale: 구 전역 = 도시; program: 구비+시 보조 = 지자체")
E("도시 디지털트윈 기반 침수 예측 기술개발",
  "과제명: 도시 디지털트윈 기반 도시침수 예측·대응 기술개발 / 주관: ○○대 산학협력단 / 2022-2025 / 국토교통R&D / 연 18억 / 2차년도 수행중 / 전국 도시 적용 목표",
  "ko", "central_gov", "row", "RD|safe,data|IM|N|K|rnd|PF|EX", ["43060", "32182"],
  "stage: 2차년도 수행중 = 연구 진행(구축); scale: 특정 지구가 아닌 전국 적용 기술; program: 국토교통R&D")
E("에코델타시티 스마트 물관리 구축",
  "2019~2023 | 국가시범도시 부산 에코델타시티 | 스마트 물관리(SWM) 정수·공급·재이용 체계 구축 | 시행: K-water | 재원: 사업시행자 조성사업비",
  "ko", "other", "row", "SD|water|IM|C|K|fee|AI|NEW", ["14021", "14020"],
  "stage: 구축; scale: 시범도시 전체 급수체계; program: 사업시행자 조성사업비 = 기반시설 조성비")
E("지능형 CCTV 선별관제 확산",
  "2025 | 행정안전부 | 지능형(AI) CCTV 선별관제 시스템 확산 | 전국 226개 시·군·구 관제센터 | 국비 보조 50%",
  "ko", "central_gov", "row", "SD|safe|OD|N|K|natl|AI|EX", ["15132"],
  "stage: 전국 확산; scale: 226개 시군구 = 국가; program: 행안부 국비 보조")
E("스마트 그늘막·스마트 벤치 시범설치",
  "2023 / 대전 ○○구 / 스마트 그늘막(온도센서 자동개폐)·태양광 스마트 벤치 / 공원·정류장 5개소 / 시범설치 후 효과 분석 / 구비 0.8억",
  "ko", "local_gov", "row", "PD|env,welf|PI|S|K|lp|AI|EX", ["41010", "43030"],
  "stage: 시범설치·효과분석 = 시범; scale: 5개소; program: 구비; 장비 실증이므로 첨단인프라")
E("스마트시티 챌린지 예비사업 공모",
  "2024년도 스마트시티 챌린지 예비사업 공모 | 국토부 | 전국 지자체(민간기업 컨소시엄) 대상 | 사업당 국비 15억 | 접수 3.4~4.5",
  "ko", "central_gov", "row", "PD|gov,ind|ID|N|K|natl|IS|EX", ["43030"],
  "stage: 공모 접수 = 사업발굴; scale: 전국 지자체 대상 공모 = 국가; program: 국토부 공모; 챌린지는 민관 혁신 실증 → 혁신공간")
E("스마트 주차정보 안내시스템 이관 운영",
  "2021 | 화성 동탄2 택지개발지구 | 스마트 주차정보 안내시스템(공영주차장 24곳) | LH 기반시설 사업비 | 준공 후 시 이관·운영 중",
  "ko", "other", "row", "SD|mob|OD|D|K|fee|AI|NEW", ["21020"],
  "stage: 준공·이관 후 운영 중; scale: 택지지구; program: LH 기반시설비 = 조성비")
E("수요응답형 버스(DRT) 앱 운영",
  "○○군 수요응답형 버스(DRT) 호출앱·배차 플랫폼 운영 | 2024 | 군비 4억 | 관내 12개 면 전역",
  "ko", "local_gov", "row", "SD|mob|OD|C|K|lp|PF|EX", ["21012"],
  "stage: 운영; scale: 군 전역; program: 군비")
E("노후 주거지 스마트 안전귀갓길",
  "2022, 인천 ○○동, 노후 주거지 스마트 안전귀갓길(비상벨·로고젝터·지능형 CCTV), 도시재생 국비 3.5억 + 시비 2.3억",
  "ko", "local_gov", "row", "SD|safe|IM|D|K|natl|AI|REG", ["15132"],
  "stage: 설치; scale: ○○동 = 생활권; program: 국비 비중이 도시재생 뉴딜 = 중앙정부 사업")
E("공공데이터 개방 포털 고도화",
  "2023 | 서울특별시 | 열린데이터광장(공공데이터 개방 포털) 고도화 및 실시간 도시데이터 API 추가 | 15억 | 시비",
  "ko", "local_gov", "row", "SD|gov,data|IM|C|K|lp|PF|EX", ["15185", "22040"],
  "stage: 고도화 = 구축; scale: 시 전체; program: 시비")
E("5G 융합 스마트시티 실증",
  "2020~2022 | 과기정통부(정보통신진흥기금) | 5G 융합서비스 스마트시티 실증(대구 수성알파시티 테스트베드) | 국비 60억 | 비R&D",
  "ko", "central_gov", "row", "PD|data,mob|PI|D|K|natl|IS|NEW", ["22020"],
  "stage: 실증; scale: 알파시티 단지; program: 비R&D 기금사업 = 중앙정부 재정사업(국가 R&D 아님)")
E("스마트도시계획 수립 용역",
  "스마트도시계획 수립 용역 | 경남 ○○시 | 2024.3~2025.2 | 4.8억 | 시비 | 「스마트도시법」 제8조",
  "ko", "local_gov", "row", "PC|gov,data|MP|C|K|lp|PF|EX", ["43030"],
  "stage: 법정 계획 수립 = 계획수립; scale: 시 전체; program: 시비")
E("전기차 V2G 실증",
  "2023 | 제주 ○○읍 일원 | 전기차 V2G(양방향 충방전) 실증 | 산업부 에너지기술개발 R&D | 전기차 50대·충전기 20기",
  "ko", "central_gov", "row", "PD|energy,mob|PI|D|K|rnd|AI|EX", ["23642", "23182"],
  "stage: 실증; scale: 읍 일원 = 지구; program: 산업부 R&D; 장비 실증이므로 첨단인프라")
E("스마트 상수도 AMI 계량기 교체",
  "2024 | 경북 ○○시 | 스마트 상수도(AMI 원격검침 수도계량기 1만 전 교체) | 환경부 국비 70% + 시비 30% | 착공",
  "ko", "local_gov", "row", "SD|water|IM|C|K|natl|AI|EX", ["14021"],
  "stage: 착공 = 구축; scale: 시 급수구역 전체; program: 환경부 국비가 주 재원")
E("왕숙 스마트시티 특화계획(기본구상)",
  "LH | 남양주 왕숙 공공주택지구 | 스마트시티 특화계획(기본구상) 수립 | 2022 완료 | 조성비 반영",
  "ko", "other", "row", "PC|data,mob,safe|MP|C|K|fee|PF|NEW", ["43032"],
  "stage: 기본구상 = 계획수립; scale: 신도시 전체; program: LH 조성비")
E("산사태 IoT 계측센서 설치",
  "2021 | 강원 ○○군 | 산사태 취약지역 IoT 계측센서(경사계·함수량계) 18개소 설치 | 산림청 국비",
  "ko", "central_gov", "row", "SD|safe|IM|S|K|natl|AI|EX", ["43060"],
  "stage: 설치; scale: 취약지 18개 현장; program: 산림청 국비")
E("스마트 가로등 무선통신망 BTL 제안",
  "2025 | 민간(통신사 컨소시엄) 제안 | 스마트 가로등 기반 무선통신망(LoRa·Wi-Fi) | ○○시 전역 2만 주 | BTL 민간투자 | 우선협상대상자 지정, 실시협약 협상중",
  "ko", "private", "row", "SD|data,energy|ID|C|K|lp|AI|EX", ["22020", "23183"],
  "stage: 민간제안·협상 단계로 아직 착수 전 = 발굴·기획; scale: 시 전역; program: BTL = 민간투자")

# ---------------------------------------------------------------------------------------------
# 2. Terse spreadsheet rows (English)
# ---------------------------------------------------------------------------------------------
E("Hanoi Ring Road No.3 ITS",
  "Viet Nam | Hanoi Ring Road No.3 ITS (VMS, CCTV, incident detection) | EDCF loan | 2023 | USD 45m | works ongoing",
  "en", "edcf", "row", "SD|mob|IM|S|DV|loan|AI|EX", ["21020"],
  "stage: works ongoing = implementation; scale: one ring-road corridor = road section (site); program: EDCF loan")
E("Phnom Penh smart traffic signal F/S",
  "Cambodia, Phnom Penh, smart traffic signal control F/S, KOICA, 2022, USD 0.6m, final report due",
  "en", "koica", "row", "PC|mob|MP|C|DV|grant|AI|EX", ["21011", "21020"],
  "stage: F/S = master planning; scale: city-wide signal network; program: KOICA grant-funded study")
E("KSP 2024 Uzbekistan smart city strategy",
  "Uzbekistan; national smart city strategy & legal framework; KSP 2024 (MOEF/KDI); policy consultation; final report delivered",
  "en", "ksp", "row", "PC|gov|MP|N|DV|cons|PF|EX", ["15110", "43030"],
  "stage: strategy consulting = master planning; scale: national strategy; program: KSP policy consulting")
E("Nusantara capital K-City Network planning support",
  "Indonesia | Nusantara capital (IKN) core zone | K-City Network planning support, smart city master plan | MOLIT | 2023",
  "en", "kcn", "row", "PC|data,gov|MP|C|DV|kcn|PF|NEW", ["43032"],
  "stage: master plan; scale: new capital core = city; program: K-City Network")
E("Clark smart water meter demonstration",
  "Philippines, New Clark City, smart water meter + leak detection demonstration, KCN overseas demonstration, KRW 2.4bn, 2024",
  "en", "kcn", "row", "PD|water|PI|D|DV|kcn|AI|NEW", ["14021"],
  "stage: demonstration = pilot; scale: one district of the new city; program: KCN overseas demonstration")
E("Lima BRT control centre phase 2",
  "Peru | Lima Metropolitana | BRT fleet control centre, phase 2 rollout to feeder routes | IDB loan | 2021 | USD 80m | phase 1 in operation",
  "en", "mdb", "row", "SD|mob,data|OD|C|DV|loan|PF|EX", ["21012"],
  "stage: phase 1 operating, rolling out = operation/diffusion; scale: metropolitan city; program: IDB loan")
E("Barcelona superblock sensor network",
  "Spain, Barcelona (Sant Antoni superblock), noise/air/traffic sensor network, municipal budget, 2019, EUR 3m",
  "en", "foreign", "row", "SD|env,mob|IM|D|DD|fo|AI|EX", ["41010", "43030"],
  "stage: installation; scale: one superblock = district; program: city's own budget (benchmark)")
E("Konza Technopolis ICT infrastructure phase 1",
  "Kenya | Konza Technopolis | ICT backbone, data centre & smart city facilities, phase 1 | EDCF | USD 46m | construction",
  "en", "edcf", "row", "CD|data,ind|IM|C|DV|loan|AI|NEW", ["22040", "43032"],
  "stage: construction; scale: new city; program: EDCF loan")
E("Accra intelligent CCTV command centre (pipeline)",
  "Ghana, Greater Accra, intelligent CCTV command centre, private PPP proposal, pipeline, unsolicited bid under review",
  "en", "private", "row", "SD|safe|ID|C|DV|lp|PF|EX", ["15132"],
  "stage: unsolicited proposal under review = identification; scale: city; program: private PPP")
E("Ulaanbaatar district heating AMI rollout",
  "Mongolia | Ulaanbaatar | district heating smart meters (AMI) | ADB loan | 2022 | 2 districts operational, extension to 3 more",
  "en", "mdb", "row", "SD|energy|OD|C|DV|loan|AI|EX", ["23620"],
  "stage: operational and extending = diffusion; scale: city heating network; program: ADB loan")
E("Stratumseind Living Lab",
  "Netherlands, Eindhoven, Stratumseind living lab (sound/light/crowd sensing on one nightlife street), city + university + firms, ongoing",
  "en", "foreign", "row", "PD|safe|PI|S|DD|fo|IS|EX", ["43030", "15132"],
  "stage: living lab = pilot; scale: one street; program: city's own programme")
E("Kigali smart city data platform F/S",
  "Rwanda | Kigali | urban data platform feasibility study | AfDB technical assistance (grant) | 2023 | consultant mobilised",
  "en", "mdb", "row", "PC|data|MP|C|DV|cons|PF|EX", ["22040", "43030"],
  "stage: F/S; scale: city; program: MDB TA = advisory/consulting rather than an investment grant")
E("National smart city R&D call: digital twin simulation",
  "Korea | MOLIT/KAIA | national smart city R&D: urban digital twin simulation engine | 2025 | KRW 8bn | call for proposals open",
  "en", "central_gov", "row", "RD|data|ID|N|K|rnd|PF|EX", ["32182"],
  "stage: call for proposals = identification; scale: national technology; program: national R&D")
E("Dodoma solar street lighting with remote monitoring",
  "Tanzania, Dodoma, solar LED street lighting with central remote monitoring, AfDB loan, 2024, USD 12m, bidding",
  "en", "mdb", "row", "SD|energy,safe|IM|C|DV|loan|AI|EX", ["23183", "43030"],
  "stage: financed and in procurement = implementation; scale: city; program: AfDB loan")
E("X-Road municipal data exchange diffusion",
  "Estonia | X-Road data exchange for municipal services | state budget | in operation, being extended to 15 more municipalities",
  "en", "foreign", "row", "SD|gov,data|OD|N|DD|fo|PF|EX", ["15110", "22040"],
  "stage: diffusion to more municipalities; scale: many municipalities = national; program: foreign government's own")

# ---------------------------------------------------------------------------------------------
# 3. ODA database entries (English, CRS / IATI-like fields)
# ---------------------------------------------------------------------------------------------
E("Da Nang Smart City Integrated Operation Centre",
  "Recipient: Viet Nam | Donor/agency: Korea / KOICA | Title: Establishment of the Smart City Integrated Operation Centre in Da Nang | Channel: Central government of recipient | Flow: ODA Grant | Commitment: USD 9.5m | Period: 2021-2025 | Short description: Builds an IOC linking traffic, flood, CCTV and environmental data for the city; equipment installed, system integration under way.",
  "en", "koica", "oda_db", "SD|data,safe|IM|C|DV|grant|PF|EX", ["43030", "22040"],
  "stage: integration under way = implementation; scale: city; program: KOICA grant")
E("Vientiane Traffic Management Phase II",
  "Recipient: Lao PDR | Agency: KOICA | Title: Vientiane Capital Traffic Signal and Management System (Phase II) | Channel: Ministry of Public Works and Transport | Flow: ODA Grant | Status: Phase I centre operating since 2019; Phase II extends control to 60 further junctions and hands over O&M.",
  "en", "koica", "oda_db", "SD|mob|OD|C|DV|grant|AI|EX", ["21020"],
  "stage: extension and O&M handover = operation/diffusion; scale: capital city; program: grant")
E("Dhaka-Chittagong Highway ITS",
  "Recipient: Bangladesh | Agency: Export-Import Bank of Korea (EDCF) | Title: Intelligent Transport System on the Dhaka-Chittagong National Highway | Flow: ODA Loan | Terms: 0.1%, 40 yrs | Description: VMS, vehicle detection and weigh stations along the N1 corridor; contractor mobilised.",
  "en", "edcf", "oda_db", "SD|mob|IM|S|DV|loan|AI|EX", ["21020"],
  "stage: contractor mobilised = implementation; scale: one highway corridor = road section; program: EDCF loan")
E("Guayaquil Integrated Emergency System Expansion",
  "Recipient: Ecuador | Agency: EDCF | Title: Expansion of the ECU 911 Integrated Security Service, Guayaquil zone centre | Flow: ODA Loan | Channel: Recipient government | Description: New dispatch platform integrating police, fire and health calls with city CCTV; under construction.",
  "en", "edcf", "oda_db", "SD|safe|IM|C|DV|loan|PF|EX", ["15132", "43060"],
  "stage: under construction; scale: city; program: EDCF loan")
E("Medellín digital twin planning advice",
  "Recipient: Colombia | Programme: Knowledge Sharing Program (KSP) | Title: Policy Advice on Digital-Twin-Based Urban Planning for Medellín | Flow: ODA Grant, technical cooperation | Description: Korean experts review land-use data systems and recommend a roadmap; no equipment supplied.",
  "en", "ksp", "oda_db", "PC|data,gov|MP|C|DV|cons|PF|EX", ["43031"],
  "stage: roadmap = planning; scale: city; program: KSP consulting (technical cooperation, not investment grant)")
E("Batang Industrial Estate smart management master plan",
  "Recipient: Indonesia | Programme: EIPP (Economic Innovation Partnership Program) | Title: Smart Management Master Plan for Batang Integrated Industrial Estate | Flow: Technical cooperation | Description: Master plan and pre-F/S for energy, logistics and safety management of a new industrial estate.",
  "en", "ksp", "oda_db", "PC|ind,data|MP|D|DV|cons|PF|NEW", ["32120", "32110"],
  "stage: master plan and pre-F/S; scale: industrial estate = district; program: EIPP consulting")
E("Samarkand Water Supply and SCADA",
  "Recipient: Uzbekistan | Donor: World Bank (IBRD/IDA) | Title: Samarkand Water Supply Improvement with SCADA and Metering | Flow: Loan | Description: District metered areas, SCADA control and smart meters for the city's utility; civil works 40% complete.",
  "en", "mdb", "oda_db", "SD|water|IM|C|DV|loan|AI|EX", ["14021"],
  "stage: works 40% = implementation; scale: city utility; program: MDB loan")
E("Osh Flood Early Warning Telemetry",
  "Recipient: Kyrgyz Republic | Donor: ADB (ADF grant) | Title: Osh Urban Resilience — Flood Early Warning Telemetry | Flow: Grant | Description: River gauges, rain sensors and an SMS warning system covering the city; equipment being installed.",
  "en", "mdb", "oda_db", "SD|safe,water|IM|C|DV|grant|AI|EX", ["43060", "14015"],
  "stage: installation; scale: city; program: ADF grant = grant ODA")
E("Asunción Metropolitan Bus Fleet Management Support",
  "Recipient: Paraguay | Agency: KOICA | Title: Operational Support for the Asunción Metropolitan Bus Card and Fleet Management System | Flow: ODA Grant | Description: System already live on 11 municipalities' routes; project finances operator training and extension to remaining operators.",
  "en", "koica", "oda_db", "SD|mob|OD|N|DV|grant|PF|EX", ["21012"],
  "stage: live system being extended = diffusion; scale: 11 municipalities = metropolitan region; program: grant")
E("Abidjan Urban Mobility Traffic Control Centre",
  "Recipient: Côte d'Ivoire | Donor: African Development Bank | Title: Abidjan Urban Mobility Project — Component 2: Regulation and Traffic Control Centre | Flow: Loan | Description: Central traffic control platform and adaptive signals on the main arteries; works started 2024.",
  "en", "mdb", "oda_db", "SD|mob|IM|C|DV|loan|PF|EX", ["21020"],
  "stage: works started; scale: city arteries = city; program: AfDB loan")
E("Smart City Readiness Diagnostic, Intermediate Cities",
  "Recipient: Mexico | Donor: Inter-American Development Bank | Title: Smart City Readiness Diagnostic for Five Intermediate Cities | Flow: Technical Cooperation (non-reimbursable) | Description: Diagnostics and investment roadmaps for five cities.",
  "en", "mdb", "oda_db", "PC|gov,data|MP|N|DV|cons|PF|EX", ["43030"],
  "stage: diagnostic/roadmap = planning; scale: five cities = multi-city (national); program: TC = consulting")
E("Lviv Digital City Services",
  "Recipient: Ukraine | Donor: European Union (NDICI) | Title: Lviv Digital Public Services Platform | Flow: ODA Grant | Channel: City council | Description: Integrated e-service platform and open-data portal for the city.",
  "en", "eu", "oda_db", "SD|gov,data|IM|C|DV|grant|PF|EX", ["15185", "22040"],
  "stage: build; scale: city; program: EU grant (Ukraine is a DAC recipient)")
E("Siem Reap smart tourism demonstration",
  "Recipient: Cambodia | Programme: K-City Network (MOLIT) | Title: Smart Tourism Solution Demonstration in Siem Reap Old Market Area | Flow: Grant | Description: AR guides, crowd-density signage and multilingual kiosks demonstrated for 12 months.",
  "en", "kcn", "oda_db", "PD|cult|PI|D|DV|kcn|AI|EX", ["33210"],
  "stage: 12-month demonstration = pilot; scale: old market area = district; program: KCN")
E("Addis Ababa e-Government Capacity Building",
  "Recipient: Ethiopia | Agency: KOICA | Title: Capacity Building for e-Government and Smart City Administration | Flow: ODA Grant | Description: Year 2 of 3: training of 120 officials, Korea study tours and a training centre curriculum for federal and city staff.",
  "en", "koica", "oda_db", "IC|gov|IM|N|DV|grant|PF|EX", ["15110", "11430"],
  "stage: year 2 of 3 = implementation; scale: federal and city staff = national; program: grant")
E("Sri Lanka Multi-Hazard Early Warning Network",
  "Recipient: Sri Lanka | Agency: EDCF | Title: Establishment of a Nationwide Multi-Hazard Early Warning Network | Flow: ODA Loan | Description: 80 warning towers, hydro-met stations and a national dissemination centre; installation ongoing.",
  "en", "edcf", "oda_db", "SD|safe|IM|N|DV|loan|AI|EX", ["74020", "43060"],
  "stage: installation; scale: nationwide; program: EDCF loan")
E("Kathmandu Waste Collection Tracking",
  "Recipient: Nepal | Agency: KOICA | Title: Improvement of Solid Waste Collection in Kathmandu Metropolitan City (GPS/RFID) | Flow: ODA Grant | Description: Collection vehicles fitted with GPS, bins with RFID, route dashboard for the metropolitan city.",
  "en", "koica", "oda_db", "SD|env|IM|C|DV|grant|AI|EX", ["14050"],
  "stage: equipment delivery; scale: metropolitan city; program: grant")
E("Greater Cairo Air Quality Monitoring",
  "Recipient: Egypt | Donor: World Bank | Title: Greater Cairo Air Pollution Management — Monitoring Network Component | Flow: Loan | Description: Real-time air-quality stations across the Greater Cairo region with public dashboard.",
  "en", "mdb", "oda_db", "SD|env|IM|N|DV|loan|AI|EX", ["41010"],
  "stage: build; scale: Greater Cairo region = regional; program: MDB loan")
E("Casablanca Energy-Efficient Smart Lighting",
  "Recipient: Morocco | Donor: European Investment Bank | Title: Casablanca Smart Public Lighting | Flow: Loan | Description: Replacement of 80,000 luminaires with LED and remote dimming; tender awarded, installation started.",
  "en", "eu", "oda_db", "SD|energy|IM|C|DV|loan|AI|EX", ["23183"],
  "stage: installation started; scale: city; program: EIB loan")
E("Khon Kaen Smart City Master Plan",
  "Recipient: Thailand | Programme: K-City Network planning support | Title: Khon Kaen Smart City Master Plan and LRT-linked Mobility Plan | Flow: Grant (technical) | Description: Master plan for the city's smart mobility and data platform.",
  "en", "kcn", "oda_db", "PC|mob,data|MP|C|DV|kcn|PF|EX", ["43030", "21011"],
  "stage: master plan; scale: city; program: KCN")
E("Bengaluru Area Traffic Control",
  "Recipient: India | Donor: Japan (JICA) | Title: Bengaluru Intelligent Transport System | Flow: ODA Loan (yen loan) | Description: Adaptive signals and traffic information system for the city; civil works under way.",
  "en", "foreign", "oda_db", "SD|mob|IM|C|DV|loan|AI|EX", ["21020"],
  "stage: works under way; scale: city; program: concessional yen loan = concessional loan")
E("Kumasi Smart City Innovation Hub",
  "Recipient: Ghana | Agency: KOICA | Title: Kumasi Smart City Living Lab and Start-up Incubation Centre | Flow: ODA Grant | Description: Incubation centre, makerspace and mentoring for local start-ups; centre built, cohort 1 running.",
  "en", "koica", "oda_db", "IC|ind|IM|C|DV|grant|IS|EX", ["32130"],
  "stage: centre running first cohort = implementation; scale: city; program: grant")
E("Tunisia smart city certification framework",
  "Recipient: Tunisia | Programme: KSP 2023 | Title: Institutional Framework for Smart City Certification and Standards | Flow: Technical cooperation | Description: Policy study on certification criteria and legal basis for Tunisian municipalities.",
  "en", "ksp", "oda_db", "IC|gov|MP|N|DV|cons|PF|EX", ["15110", "15144"],
  "stage: policy study = planning; scale: national; program: KSP")
E("El Alto Emergency Response Centre",
  "Recipient: Bolivia | Agency: KOICA | Title: El Alto Integrated Public Safety and Emergency Response Centre | Flow: ODA Grant | Description: Control room, 110 call handling and 300 CCTV cameras for the city.",
  "en", "koica", "oda_db", "SD|safe|IM|C|DV|grant|PF|EX", ["15132"],
  "stage: build; scale: city; program: grant")
E("Batumi Parking and Traffic PPP Advisory",
  "Recipient: Georgia | Donor: Asian Development Bank | Title: Transaction Advisory for Batumi Smart Parking and Traffic Management PPP | Flow: Technical Assistance | Description: Structuring study and bidding documents for a PPP concession.",
  "en", "mdb", "oda_db", "PC|mob|MP|C|DV|cons|AI|EX", ["21011"],
  "stage: structuring study = planning; scale: city; program: TA = consulting")
E("Pampanga River Basin Flood Forecasting",
  "Recipient: Philippines | Agency: EDCF | Title: Integrated Flood Forecasting and Warning System for the Pampanga River Basin | Flow: ODA Loan | Description: Telemetry, radar and warning posts across three provinces; installation under way.",
  "en", "edcf", "oda_db", "SD|water,safe|IM|N|DV|loan|AI|EX", ["43060", "14040"],
  "stage: installation; scale: river basin across three provinces = regional; program: EDCF loan")
E("Shymkent City Platform Demonstration",
  "Recipient: Kazakhstan | Programme: K-City Network overseas demonstration | Title: Shymkent Smart City Integrated Platform Demonstration | Flow: Grant | Description: Korean firm connects city CCTV and emergency services to a pilot platform for 10 months.",
  "en", "kcn", "oda_db", "PD|data,safe|PI|C|DV|kcn|PF|EX", ["22040"],
  "stage: 10-month demonstration; scale: city services; program: KCN")
E("Diamniadio New City Smart Master Plan",
  "Recipient: Senegal | Agency: KOICA | Title: Smart City Master Plan for Diamniadio New City | Flow: ODA Grant | Description: Spatial and smart-service master plan for the new city; consultant selected.",
  "en", "koica", "oda_db", "PC|data,mob|MP|C|DV|grant|PF|NEW", ["43032"],
  "stage: master plan; scale: new city; program: KOICA grant-funded plan")
E("Guatemala City NRW Reduction with Smart Metering",
  "Recipient: Guatemala | Donor: IDB | Title: Guatemala City Non-Revenue Water Reduction with Smart Metering | Flow: Loan | Status: Pipeline — project profile approved, appraisal pending.",
  "en", "mdb", "oda_db", "SD|water|ID|C|DV|loan|AI|EX", ["14021"],
  "stage: pipeline, appraisal pending = identification; scale: city; program: IDB loan")
E("Ulaanbaatar Ger Area Smart Redevelopment",
  "Recipient: Mongolia | Agency: KOICA | Title: Smart Redevelopment of Bayankhoshuu Ger-Area Sub-centre | Flow: ODA Grant | Description: Upgrading an informal ger area with smart heating, public Wi-Fi, safety CCTV and a community centre.",
  "en", "koica", "oda_db", "CD|house,energy,safe|IM|D|DV|grant|AI|REG", ["43030", "16040"],
  "stage: build; scale: sub-centre = district; program: grant; informal-area upgrading = regeneration")
E("ASEAN smart city capacity programme",
  "Recipient: Asia, regional | Agency: KOICA via UN-Habitat | Channel: Multilateral (UN-Habitat) | Title: Smart City Capacity Building for ASEAN Cities | Flow: ODA Grant | Description: Third cycle of training and peer exchange for officials of 26 ASEAN cities.",
  "en", "koica", "oda_db", "IC|gov|OD|N|DV|grant|PF|EX", ["43081", "43030"],
  "stage: third cycle = ongoing/diffusion; scale: 26 cities = multi-city; program: grant")

# ---------------------------------------------------------------------------------------------
# 4. Tender notices (Korean)
# ---------------------------------------------------------------------------------------------
E("○○시 스마트도시 통합운영센터 고도화 사업 입찰공고",
  "[입찰공고 제2024-123호] ○○시 스마트도시 통합운영센터 고도화 사업. 계약방법: 협상에 의한 계약(제한경쟁). 추정가격 18억원(부가세 별도). 과업: 영상·교통·재난 데이터 연계 플랫폼 고도화, 상황판 교체. 재원: 시비. 제안서 제출: 조달청 나라장터.",
  "ko", "local_gov", "tender", "SD|data,safe|IM|C|K|lp|PF|EX", ["43030", "22040"],
  "stage: 고도화 발주 = 구축; scale: 시 통합운영센터(시 전역); program: 시비")
E("○○ 도시재생혁신지구 스마트 특화계획 수립 용역",
  "용역명: ○○ 도시재생혁신지구 스마트 특화계획 수립 용역 / 과업기간: 착수일로부터 10개월 / 국토부 도시재생 혁신지구 국비 지원 / 과업: 지구 내 스마트 솔루션 발굴, 기본계획 및 타당성 검토.",
  "ko", "local_gov", "tender", "PC|house,data|MP|D|K|natl|PF|REG", ["43030"],
  "stage: 특화계획·타당성 = 계획수립; scale: 혁신지구; program: 국토부 국비")
E("○○지구 도시통합운영센터 및 자가통신망 구축공사",
  "한국토지주택공사 공고: ○○ 공공주택지구 도시통합운영센터 및 자가통신망(광케이블 42km) 구축공사. 종합심사낙찰제. 사업비는 지구 조성사업비로 충당.",
  "ko", "other", "tender", "SD|data|IM|D|K|fee|PF|NEW", ["22040", "43030"],
  "stage: 구축공사 발주; scale: 공공주택지구; program: 조성사업비")
E("스마트 물관리 시범도시 유지관리 용역",
  "한국수자원공사 공고: ○○ 스마트시티 스마트 물관리(SWM) 시설 유지관리 및 운영지원 용역(2년). 대상: 스마트 미터 6,000전, 수질센서 40개소. 재원: 사업시행자 조성원가.",
  "ko", "other", "tender", "SD|water|OD|D|K|fee|AI|NEW", ["14021"],
  "stage: 유지관리·운영지원 = 운영; scale: 신규 스마트시티 지구; program: 조성원가")
E("○○역 일대 스마트폴 설치공사 긴급입찰",
  "[긴급입찰] ○○구 ○○역 광장 일대 스마트폴(CCTV·공공와이파이·LED조명·비상벨 일체형) 8본 설치공사. 기초금액 2.4억원. 구비. 전기공사업 면허 필요.",
  "ko", "local_gov", "tender", "SD|safe,data|IM|S|K|lp|AI|EX", ["15132", "22020"],
  "stage: 설치공사; scale: 역 광장 한 곳; program: 구비")
E("2025년 K-City Network 글로벌 협력 프로그램 공모(계획수립형)",
  "국토교통부 공고 제2025-○○호: 2025년 K-City Network 글로벌 협력 프로그램 사업 공모. 유형: 계획수립형(해외 도시의 스마트시티 마스터플랜·타당성조사 지원). 신청자격: 해외 중앙·지방정부 및 공공기관. 접수기간: 3.2~4.30.",
  "ko", "kcn", "tender", "PC|gov,data|ID|N|DV|kcn|PF|EX", ["43030"],
  "stage: 공모 = 사업발굴; scale: 여러 국가·도시 대상; program: KCN")
E("스마트시티 R&D 실증도시 운영지원 용역",
  "○○대학교 산학협력단 입찰공고: 스마트시티 혁신성장동력 R&D 실증도시(리빙랩) 운영지원 용역. 과업: 시민참여 리빙랩 운영, 실증 서비스 데이터 수집. 재원: 국가연구개발사업(국토부·과기정통부).",
  "ko", "central_gov", "tender", "RD|data,gov|PI|C|K|rnd|IS|EX", ["32182"],
  "stage: R&D 실증·리빙랩 운영 = 시범; scale: 실증도시; program: 국가 R&D")
E("베트남 ○○성 스마트 교통관리시스템 구축사업 PMC 용역",
  "한국국제협력단(KOICA) 입찰공고: 베트남 ○○성 스마트 교통관리시스템 구축사업 사업관리(PMC) 용역. 사업기간 2024-2027, 총 사업비 850만불 중 PMC 100만불. 성도 교차로 120개소 신호·관제 구축 관리.",
  "ko", "koica", "tender", "SD|mob|IM|C|DV|grant|AI|EX", ["21020"],
  "stage: 구축사업 PMC = 구축; scale: 성도 전역 교차로; program: KOICA 무상")
E("캄보디아 ○○ 스마트 하수처리 타당성조사 용역",
  "한국수출입은행 공고: EDCF 사업 타당성조사(F/S) 용역 — 캄보디아 ○○시 스마트 하수처리 및 관로 모니터링 사업. 과업: 수요추정, 기술·경제성 분석, 차관 구조 검토.",
  "ko", "edcf", "tender", "PC|water|MP|C|DV|loan|AI|EX", ["14022"],
  "stage: F/S = 타당성조사; scale: 시; program: EDCF 재원 F/S(유상원조 준비)")
E("스마트 경로당 건강관리 플랫폼 구축 용역",
  "○○시 공고: 스마트 경로당 건강관리 플랫폼 구축 용역. 관내 경로당 210곳 혈압·체성분 측정기 연동, 보건소 모니터링 시스템 구축. 추정가격 6.5억원. 시비.",
  "ko", "local_gov", "tender", "SD|welf|IM|C|K|lp|PF|EX", ["16010", "12191"],
  "stage: 구축 용역; scale: 관내 경로당 전체 = 도시; program: 시비")
E("○○ 역사문화지구 AR 도슨트 시스템 구축",
  "입찰공고: ○○읍성 역사문화지구 AR 도슨트·스마트 안내 키오스크 구축. 문화체육관광부 스마트관광도시 조성사업 국비 50% 매칭. 설치 위치: 읍성 성곽 1.8km 구간.",
  "ko", "local_gov", "tender", "SD|cult|IM|S|K|natl|AI|EX", ["33210"],
  "stage: 구축; scale: 읍성 성곽 구간 = 현장; program: 문체부 국비 공모")
E("○○ 공공주택지구 스마트홈 IoT 시스템 구축공사",
  "LH 공고: ○○ 공공주택지구 A-3·A-5블록 스마트홈 IoT(월패드·원격검침·주차유도) 시스템 구축공사, 1,840세대. 지구 조성사업비.",
  "ko", "other", "tender", "SD|house|IM|D|K|fee|AI|NEW", ["16030"],
  "stage: 구축공사; scale: 2개 블록 = 단지; program: 조성사업비")
E("디지털트윈 기반 도시문제 해결 실증 지원사업 공모",
  "과학기술정보통신부 공고: 2025년 디지털트윈 기반 도시문제 해결 실증 지원사업 공모(비R&D, 정보통신진흥기금). 지자체-기업 컨소시엄 3곳 내외 선정, 과제당 10억원.",
  "ko", "central_gov", "tender", "PD|data|ID|N|K|natl|IS|EX", ["22040"],
  "stage: 공모 = 발굴; scale: 전국 대상; program: 비R&D 기금 = 중앙정부 재정사업")
E("노후 산단 스마트그린 에너지관리(FEMS) 구축 용역",
  "○○시 입찰공고: ○○ 국가산업단지(1970년대 조성) 스마트그린산단 공장에너지관리시스템(FEMS)·통합에너지관제 구축 용역. 산업통상자원부 국비 60%.",
  "ko", "local_gov", "tender", "SD|energy,ind|IM|D|K|natl|AI|REG", ["23183", "32120"],
  "stage: 구축 용역; scale: 산업단지; program: 산업부 국비; 노후 산단 = 노후·쇠퇴")

# ---------------------------------------------------------------------------------------------
# 5. Tender notices (English)
# ---------------------------------------------------------------------------------------------
E("REOI: Smart Mobility Master Plan for Greater Kampala",
  "REQUEST FOR EXPRESSIONS OF INTEREST. Uganda — Greater Kampala Metropolitan Area Urban Development Program. Assignment: Consulting services for preparation of a Smart Mobility Master Plan for the metropolitan area. Financing: IDA credit. Deadline: 14 May.",
  "en", "mdb", "tender", "PC|mob|MP|N|DV|loan|PF|EX", ["21011"],
  "stage: master plan consultancy; scale: metropolitan region; program: financed under an IDA credit = concessional loan")
E("IFB: Adaptive Traffic Signal Controllers, Dhaka North",
  "INVITATION FOR BIDS. Dhaka North City Corporation. Supply and installation of adaptive traffic signal controllers at 42 intersections, Lot 1. Financed by an ADB loan. Single-stage two-envelope procedure.",
  "en", "mdb", "tender", "SD|mob|IM|S|DV|loan|AI|EX", ["21020"],
  "stage: supply and installation; scale: 42 named intersections = site; program: ADB loan")
E("Nairobi smart water meter pilot DMA",
  "Invitation for Bids — Nairobi City Water & Sewerage Company: Supply of smart water meters and AMR gateways for a 5,000-connection pilot District Metered Area, financed by a KOICA grant.",
  "en", "koica", "tender", "PD|water|PI|D|DV|grant|AI|EX", ["14021"],
  "stage: pilot DMA; scale: one metered area = district; program: KOICA grant")
E("Horizon Europe Cities Mission call",
  "Call HORIZON-MISS-CIT: Climate-neutral and smart cities — research and innovation actions for pilot cities testing cross-sector decarbonisation solutions. Budget EUR 36m. Deadline 24 Sept.",
  "en", "eu", "tender", "RD|env,energy|ID|N|DD|fo|IS|EX", ["41082", "23182"],
  "stage: call for proposals = identification; scale: many cities; program: EU's own research programme (foreign own)")
E("URBACT call for Action Planning Networks",
  "URBACT IV — Call for the creation of Action Planning Networks on digital transition and data-sharing in cities. Partners: 8-10 EU cities per network. Open to municipalities of EU member states.",
  "en", "eu", "tender", "IC|gov,data|ID|N|DD|fo|PF|EX", ["15185"],
  "stage: call = identification; scale: networks of many cities; program: EU programme")
E("CEF Digital smart communities call",
  "Connecting Europe Facility — CEF Digital call: 5G coverage and edge infrastructure for smart communities along transport corridors. Call for proposals, co-funding 50%.",
  "en", "eu", "tender", "SD|data|ID|N|DD|fo|AI|EX", ["22020"],
  "stage: call; scale: corridors across member states; program: EU facility")
E("REOI: Transaction advisory for Lagos smart street lighting PPP",
  "Lagos State Government (Nigeria), Ministry of Energy: Request for Expressions of Interest — transaction advisory services for a PPP to retrofit 50,000 streetlights with LED and remote management. State budget.",
  "en", "foreign", "tender", "PC|energy|MP|C|DV|fo|AI|EX", ["23183"],
  "stage: transaction advisory = planning; scale: city/state metropolis; program: host government's own budget")
E("RFP: ICCC operation and maintenance, Bhubaneswar",
  "Bhubaneswar Smart City Limited (India). Request for Proposal: Operation and maintenance of the Integrated Command and Control Centre for five years, including 1,200 CCTV feeds and traffic management. Smart Cities Mission funds.",
  "en", "foreign", "tender", "SD|data,safe|OD|C|DV|fo|PF|EX", ["43030"],
  "stage: O&M = operation; scale: city; program: India's own Smart Cities Mission")
E("Cape Town IoT bin sensors tender",
  "City of Cape Town (South Africa). Tender: supply, installation and data service of fill-level sensors for 3,000 public litter bins across the metro. Municipal capital budget.",
  "en", "foreign", "tender", "SD|env|IM|C|DV|fo|AI|EX", ["14050"],
  "stage: supply and installation; scale: metro = city; program: municipal own budget")
E("K-City Network overseas demonstration: call for Korean firms",
  "Call for proposals — K-City Network overseas demonstration track. Korean companies may apply with a partner city abroad to demonstrate a smart-city solution for up to 12 months; up to KRW 2bn per project.",
  "en", "kcn", "tender", "PD|ind|ID|N|DV|kcn|AI|EX", ["43030", "25030"],
  "stage: call; scale: multiple partner cities; program: KCN; mainly solution products → advanced infrastructure")
E("Tbilisi automated traffic enforcement cameras",
  "Ministry of Internal Affairs of Georgia — Procurement notice: supply and installation of 180 automated speed and red-light enforcement cameras across Tbilisi. State budget.",
  "en", "foreign", "tender", "SD|mob,safe|IM|C|DV|fo|AI|EX", ["15132", "21020"],
  "stage: supply and installation; scale: across the capital; program: national own budget")

# ---------------------------------------------------------------------------------------------
# 6. Press releases (Korean)
# ---------------------------------------------------------------------------------------------
E("세종 5-1생활권 스마트시티 국가시범도시 착공",
  "국토교통부는 ○일 세종 5-1생활권 스마트시티 국가시범도시 부지조성 공사를 착공한다고 밝혔다. 데이터 허브를 중심으로 자율주행 대중교통, 에너지 자립, 헬스케어 서비스를 생활권 단위로 구현할 계획이며, 2027년 입주를 목표로 한다.",
  "ko", "central_gov", "press", "CD|data,mob,energy|IM|D|K|natl|PF|NEW", ["43032"],
  "stage: 착공; scale: 생활권 = 지구; program: 국가 시범도시 = 중앙정부 사업")
E("○○시, 버스정보시스템 읍면까지 확대",
  "○○시는 도심에서 운영 중인 버스정보시스템(BIS)을 읍·면 지역 정류장 85곳으로 확대한다고 밝혔다. 사업비 9억원은 전액 시비로 충당하며, 농어촌 주민도 실시간 도착 정보를 받게 된다.",
  "ko", "local_gov", "press", "SD|mob|OD|C|K|lp|AI|EX", ["21012"],
  "stage: 운영 중 시스템 확대 = 확산; scale: 시 전역; program: 시비")
E("국토부, 라오스 비엔티안 스마트시티 타당성조사 착수",
  "국토교통부는 K-City Network 사업의 일환으로 라오스 비엔티안 신도심 스마트시티 타당성조사를 착수했다고 밝혔다. 교통·물관리 솔루션 도입 타당성을 검토해 향후 EDCF 등 후속 사업과 연계할 계획이다.",
  "ko", "kcn", "press", "PC|mob,water|MP|C|DV|kcn|PF|NEW", ["43032", "21011"],
  "stage: 타당성조사 착수; scale: 신도심; program: KCN (후속 EDCF는 미래 사업)")
E("KOICA, 르완다 키갈리 교통카드 시스템 준공",
  "한국국제협력단(KOICA)은 르완다 키갈리 대중교통 전자요금·배차관리 시스템 준공식을 열고 시스템을 키갈리시에 이관했다. 앞으로 2년간 운영 안정화와 버스회사 교육을 지원한다.",
  "ko", "koica", "press", "SD|mob|OD|C|DV|grant|PF|EX", ["21012"],
  "stage: 준공·이관 후 운영 지원; scale: 도시; program: KOICA 무상")
E("수은, 에티오피아 아디스아바바 스마트 배전망 EDCF 차관 계약",
  "한국수출입은행은 에티오피아 정부와 아디스아바바 스마트 배전망(원격검침·배전자동화) 현대화 사업에 대한 EDCF 차관 공여계약을 체결했다. 연내 시공사 선정 후 공사에 들어간다.",
  "ko", "edcf", "press", "SD|energy|IM|C|DV|loan|AI|EX", ["23630"],
  "stage: 차관계약 체결·시공 발주 = 투자·구축 단계; scale: 도시 배전망; program: EDCF")
E("LH, 3기 신도시 스마트 서비스 시민 아이디어 공모",
  "LH는 ○○ 3기 신도시에 도입할 스마트시티 서비스를 발굴하기 위해 시민 아이디어 공모를 실시한다. 선정된 아이디어는 스마트시티 계획에 반영되며, 재원은 지구 조성비로 마련된다.",
  "ko", "other", "press", "CD|gov|ID|C|K|fee|PF|NEW", ["43032"],
  "stage: 서비스 발굴 공모 = 발굴; scale: 신도시; program: 조성비")
E("자율주행 스마트시티 R&D 성과 시연",
  "과학기술정보통신부는 대구 테크노폴리스 실증단지에서 국가 R&D로 개발한 자율주행 기반 스마트시티 서비스(수요응답 셔틀·무인 배송)를 시연했다고 밝혔다.",
  "ko", "central_gov", "press", "RD|mob|PI|D|K|rnd|IS|NEW", ["32182", "21012"],
  "stage: 실증단지 시연 = 시범; scale: 실증단지; program: 국가 R&D")
E("○○구, 드론 실종자 수색 시범운영",
  "○○구는 열화상 카메라를 단 드론과 AI 영상분석으로 실종 치매노인을 수색하는 서비스를 3개월간 시범운영한다. 구 자체 예산 1억원을 투입했다.",
  "ko", "local_gov", "press", "PD|safe,welf|PI|C|K|lp|AI|EX", ["15132"],
  "stage: 시범운영; scale: 구 전역 수색 = 도시; program: 구 자체 예산")
E("행안부, 재난안전 데이터 공유 플랫폼 전국 확산",
  "행정안전부는 지자체 재난안전 데이터를 한곳에 모아 공유하는 플랫폼을 올해 17개 시·도 전체로 확산한다고 밝혔다. 시범 운영한 5개 시·도의 성과를 바탕으로 했다.",
  "ko", "central_gov", "press", "SD|safe,data|OD|N|K|natl|PF|EX", ["43060", "22040"],
  "stage: 전국 확산; scale: 17개 시도 = 국가; program: 행안부 사업")
E("서울시, 지하철역 공기질 IoT 센서 설치 완료",
  "서울시는 지하철 역사 300곳에 실내공기질 IoT 센서 설치를 마치고 측정값을 실시간 공개하기 시작했다. 시 예산 22억원이 들었다.",
  "ko", "local_gov", "press", "SD|env|OD|C|K|lp|AI|EX", ["41010"],
  "stage: 설치 완료·실시간 공개 시작 = 운영; scale: 시 지하철역 전체; program: 시비")
E("부산시, 도심항공교통(UAM) 실증",
  "부산시는 규제자유특구로 지정된 수영강 일대 실증구간에서 UAM 기체 시험비행과 버티포트 운영 실증에 들어간다고 밝혔다. 특구 지정에 따라 국비 지원을 받는다.",
  "ko", "local_gov", "press", "PD|mob|PI|S|K|natl|IS|EX", ["21050"],
  "stage: 실증; scale: 실증구간; program: 규제자유특구 국비; 규제특례 실증 → 혁신공간")
E("K-water, 베트남 스마트 물관리 해외실증 선정",
  "K-water는 국토교통부 K-City Network 해외실증 사업에 베트남 ○○시 스마트 물관리(누수 감지·원격검침) 실증이 선정됐다고 밝혔다. 한 행정구역 3,000가구를 대상으로 1년간 실증한다.",
  "ko", "other", "press", "PD|water|PI|D|DV|kcn|AI|EX", ["14021"],
  "stage: 실증; scale: 3,000가구 행정구역 = 지구; program: KCN")
E("기재부, 코스타리카 스마트 교통정책 KSP 최종보고회",
  "기획재정부는 코스타리카 산호세에서 '대중교통 통합요금·스마트 교통정책 자문' KSP 최종보고회를 열었다. 전국 버스 요금체계 개편과 교통카드 도입 로드맵을 제시했다.",
  "ko", "ksp", "press", "PC|mob|MP|N|DV|cons|PF|EX", ["21011"],
  "stage: 정책자문 완료 = 계획; scale: 전국 요금체계; program: KSP")
E("○○군, 농촌 고령자 스마트 헬스케어 공모 선정",
  "○○군이 보건복지부 '스마트 경로당·AI 돌봄' 공모에 선정돼 국비 8억원을 확보했다. 군은 내년 상반기 기본계획을 마련한 뒤 하반기부터 구축에 나설 예정이다.",
  "ko", "local_gov", "press", "SD|welf|ID|C|K|natl|PF|EX", ["16010"],
  "stage: 공모 선정, 계획 이전 = 발굴; scale: 군; program: 복지부 국비")
E("국토부, 스마트시티형 도시재생 5곳 선정",
  "국토교통부는 노후 도심 5곳을 스마트시티형 도시재생 뉴딜 사업지로 선정했다. 사업지별로 주차·안전·에너지 솔루션을 패키지로 도입하며, 내년 활성화계획 수립에 들어간다.",
  "ko", "central_gov", "press", "CD|house,safe,energy|ID|N|K|natl|AI|REG", ["43030"],
  "stage: 사업지 선정 = 발굴; scale: 5개 도시 = 다수 도시; program: 도시재생 뉴딜")
E("인천 경제자유구역 데이터허브 민간 공동구축 MOU",
  "인천경제자유구역청과 국내 이동통신사는 ○○지구 스마트시티 데이터허브를 공동 구축·운영하기 위한 업무협약(MOU)을 맺었다. 구체 사업 범위와 투자 분담은 연말까지 정하기로 했다.",
  "ko", "local_gov", "press", "SD|data|ID|D|K|lp|PF|NEW", ["22040"],
  "stage: MOU, 범위 미정 = 발굴; scale: 경제자유구역 내 한 지구; program: 지자체+민간")

# ---------------------------------------------------------------------------------------------
# 7. Press releases (English)
# ---------------------------------------------------------------------------------------------
E("ADB approves loan for Karachi BRT fare and control system",
  "MANILA — The Asian Development Bank has approved a USD 75 million loan to Pakistan for an automated fare collection and bus control centre on Karachi's Red Line BRT. Procurement of systems will start this year.",
  "en", "mdb", "press", "SD|mob|IM|C|DV|loan|PF|EX", ["21012"],
  "stage: loan approved, procurement starting = investment/implementation; scale: city BRT; program: ADB loan")
E("AIIB and Indonesia sign loan for Bandung flood telemetry",
  "The Asian Infrastructure Investment Bank and Indonesia signed a loan for real-time flood telemetry, pumping-station automation and a warning centre in Bandung. Works follow the signing.",
  "en", "mdb", "press", "SD|water,safe|IM|C|DV|loan|AI|EX", ["43060", "14022"],
  "stage: loan signed, works follow = implementation; scale: city; program: AIIB loan")
E("Singapore extends sensor platform to all lamp-posts",
  "SINGAPORE — GovTech announced that the nationwide sensor platform, piloted in two towns, is being extended to lamp-posts island-wide to support crowd, traffic and environmental monitoring.",
  "en", "foreign", "press", "SD|data|OD|N|DD|fo|AI|EX", ["22040"],
  "stage: extended island-wide after pilot = diffusion; scale: nationwide; program: own government")
E("Helsinki's Kalasatama smart district enters final build phase",
  "Helsinki City: construction of the last blocks in Kalasatama, the city's smart-district testbed for agile piloting of energy and housing services, has begun.",
  "en", "foreign", "press", "CD|energy,house|IM|D|DD|fo|IS|NEW", ["43030"],
  "stage: construction; scale: district; program: city's own; agile-piloting testbed → innovation space")
E("Korean firm wins Ho Chi Minh City smart parking PPP",
  "A Korean ICT company has signed a 15-year PPP contract with Ho Chi Minh City to install and operate app-based smart parking across 120 streets in District 1. Installation begins next quarter.",
  "en", "private", "press", "SD|mob|IM|D|DV|lp|AI|EX", ["21020"],
  "stage: contract signed, installation next = implementation; scale: District 1; program: private PPP")
E("New Administrative Capital opens city control centre",
  "CAIRO — Egypt's New Administrative Capital has opened its city control and command centre, now monitoring 6,000 cameras, utilities and traffic for residents moving into the first districts.",
  "en", "foreign", "press", "SD|safe,data|OD|C|DV|fo|PF|NEW", ["43030"],
  "stage: opened and monitoring = operation; scale: new city; program: Egypt's own")
E("Dubai begins autonomous taxi pilot in Jumeirah",
  "DUBAI — The Roads and Transport Authority has begun a pilot of autonomous taxis on selected roads in Jumeirah, with safety drivers for the first phase.",
  "en", "foreign", "press", "PD|mob|PI|D|DD|fo|AI|EX", ["21012"],
  "stage: pilot; scale: selected roads in one area = district; program: own; vehicle demonstration = advanced infrastructure")
E("KOICA and UN-Habitat launch smart city training for African mayors",
  "NAIROBI — KOICA and UN-Habitat launched a three-year programme to train mayors and planners from 12 African countries in people-centred smart city planning.",
  "en", "koica", "press", "IC|gov|IM|N|DV|grant|PF|EX", ["43030", "43081"],
  "stage: programme launched = implementation; scale: 12 countries; program: grant")
E("Lighthouse cities complete replication phase",
  "BRUSSELS — A Horizon-funded lighthouse project in Lyon, Munich and Vienna has completed its replication phase, transferring positive-energy building solutions to six follower cities.",
  "en", "eu", "press", "PD|energy|OD|N|DD|fo|IS|EX", ["23183", "23182"],
  "stage: replication to follower cities = diffusion; scale: nine cities; program: EU's own research programme")

# ---------------------------------------------------------------------------------------------
# 8. Narratives (Korean)
# ---------------------------------------------------------------------------------------------
E("라오스 루앙프라방 스마트 관광 기반 구축",
  "유네스코 세계유산 도시인 루앙프라방은 관광객 급증에 따른 혼잡과 문화재 훼손 문제를 겪고 있다. KOICA는 무상원조로 다국어 관광안내 앱, 주요 사원 주변 혼잡도 표시 전광판, 관광 통계 시스템을 도시 전역에 구축하고 있으며, 현재 장비 설치가 진행 중이다.",
  "ko", "koica", "narrative", "SD|cult|IM|C|DV|grant|AI|EX", ["33210"],
  "stage: 설치 진행 중; scale: 도시 전역; program: KOICA")
E("다르에스살람 BRT 관제시스템",
  "탄자니아 다르에스살람 간선급행버스(BRT) 2단계 구간에 운행관리·요금징수 통합 관제시스템을 도입하는 사업이다. EDCF 차관으로 추진되며, 관제센터 건물 공사가 마무리되고 시스템 설치가 시작됐다.",
  "ko", "edcf", "narrative", "SD|mob,data|IM|C|DV|loan|PF|EX", ["21012"],
  "stage: 설치 시작; scale: 도시 BRT 노선; program: EDCF")
E("페루 스마트시티 국가전략 수립 자문",
  "기획재정부 KSP 사업으로 페루 주택건설부와 함께 스마트시티 국가전략과 시범도시 선정 기준을 마련했다. 한국 전문가들이 현지 조사와 워크숍을 거쳐 법·제도 개선안과 단계별 로드맵을 제시했다.",
  "ko", "ksp", "narrative", "PC|gov,data|MP|N|DV|cons|PF|EX", ["43030", "15110"],
  "stage: 전략·로드맵 = 계획; scale: 국가; program: KSP")
E("에코델타 스마트빌리지 리빙랩",
  "부산 에코델타시티 스마트빌리지는 56세대 입주민이 스마트 홈·수열에너지·스마트팜 등 신기술을 직접 써 보고 개선 의견을 내는 리빙랩이다. 국가 시범도시 사업으로 조성됐으며 현재 입주민 참여 실증이 진행 중이다.",
  "ko", "central_gov", "narrative", "PD|house,water|PI|D|K|natl|IS|NEW", ["43030", "16030"],
  "stage: 입주민 참여 실증 중; scale: 56세대 마을 = 단지; program: 국가 시범도시")
E("○○시 구도심 공유주차·주민 플랫폼",
  "○○시 구도심은 인구 감소와 주차난을 동시에 겪고 있다. 시는 도시재생 뉴딜로 빈 점포 앞 공간을 IoT 공유주차장으로 바꾸고, 주민이 주차면과 마을 공지를 함께 보는 생활 플랫폼을 만들었다. 2023년 준공 후 주민협의체가 운영하고 있다.",
  "ko", "local_gov", "narrative", "SD|mob,gov|OD|D|K|natl|PF|REG", ["43030", "21020"],
  "stage: 준공 후 운영; scale: 구도심 생활권; program: 도시재생 뉴딜")
E("택지지구 생활폐기물 자동집하시설 운영",
  "○○ 택지개발지구에는 공동주택과 상가의 생활폐기물을 지하 관로로 모아 옮기는 자동집하시설이 있다. LH가 조성비로 설치해 시에 인계했고, 지금은 투입구 센서와 원격 관제로 수거 현황을 관리하고 있다.",
  "ko", "other", "narrative", "SD|env|OD|D|K|fee|AI|NEW", ["14050"],
  "stage: 인계 후 운영; scale: 택지지구; program: LH 조성비")
E("스마트시티 혁신인재 육성 사업",
  "국토교통부는 대학원 스마트시티 특화 과정을 지원해 매년 석·박사 인력을 길러 내고 있다. 초기 4개 대학에서 시작해 현재 9개 대학으로 확대됐으며, 학생들은 지자체 리빙랩 과제에 참여한다.",
  "ko", "central_gov", "narrative", "IC|ind|OD|N|K|natl|IS|EX", ["43081"],
  "stage: 9개 대학으로 확대 = 확산; scale: 전국; program: 국토부 재정사업")
E("도시 데이터 허브 모델 개발",
  "스마트시티 국가전략 R&D의 핵심 과제로, 도시의 교통·에너지·안전 데이터를 모아 기업과 시민이 활용할 수 있게 하는 데이터 허브 모델을 개발하고 있다. 상용화를 목표로 여러 기업이 공동 연구 중이다.",
  "ko", "central_gov", "narrative", "RD|data|IM|N|K|rnd|PF|EX", ["32182", "22040"],
  "stage: 연구 진행 중; scale: 특정 도시에 한정되지 않은 모델; program: 국가 R&D")
E("보고타 스마트 횡단보도 해외실증",
  "국토교통부 K-City Network 해외실증으로 콜롬비아 보고타 시내 초등학교 앞 횡단보도 두 곳에 보행자 감지·차량 경고 시스템을 설치해 6개월간 효과를 검증하고 있다.",
  "ko", "kcn", "narrative", "PD|mob,safe|PI|S|DV|kcn|AI|EX", ["21020"],
  "stage: 6개월 검증 = 실증; scale: 횡단보도 2곳; program: KCN")
E("도요타 우븐시티",
  "일본 시즈오카현 스소노시의 옛 공장 부지에 도요타가 자체 자금으로 짓는 실험 도시로, 자율주행·로봇·수소에너지를 실제 거주 환경에서 시험하는 테스트베드를 표방한다. 1단계 공사가 마무리돼 일부 입주가 시작됐다.",
  "ko", "private", "narrative", "CD|mob,energy,house|IM|D|DD|lp|IS|NEW", ["43030"],
  "stage: 1단계 조성·일부 입주; scale: 공장 부지 = 지구; program: 민간 자체 투자")
E("중국 슝안신구",
  "중국 정부가 허베이성에 국가급 신구로 조성 중인 슝안신구는 도시 건설과 동시에 디지털 트윈 도시를 만드는 것을 원칙으로 한다. 블록체인 기반 도시 관리 플랫폼과 도시 계산센터가 이미 가동되며 건설이 계속되고 있다.",
  "ko", "foreign", "narrative", "CD|data,gov|IM|C|DV|fo|PF|NEW", ["43032"],
  "stage: 건설 계속; scale: 신구 전체; program: 중국 정부 자체사업(중국은 DAC 수원국)")
E("인도네시아 ○○시 스마트 물관리 마스터플랜",
  "K-water가 KOICA 무상원조로 인도네시아 ○○시 상수도 공사와 함께 스마트 물관리 마스터플랜을 만들고 있다. 누수율 분석과 블록 시스템 설계를 바탕으로 단계별 투자 계획을 제시할 예정이다.",
  "ko", "other", "narrative", "PC|water|MP|C|DV|grant|AI|EX", ["14010", "14021"],
  "stage: 마스터플랜 작성 중; scale: 시 상수도; program: KOICA 무상")
E("○○시 스마트 가로등 전면 교체",
  "○○시는 노후 가로등 1만 8천 개를 LED로 바꾸고 원격 점·소등과 고장 감지를 하는 스마트 가로등 관리시스템을 도입하고 있다. 시 자체 예산과 에너지절약 전문기업(ESCO) 민간 투자를 결합했다.",
  "ko", "local_gov", "narrative", "SD|energy,safe|IM|C|K|lp|AI|EX", ["23183"],
  "stage: 교체 진행; scale: 시 전역; program: 시비+ESCO")
E("농어촌 스마트빌리지 보급·확산",
  "과학기술정보통신부의 스마트빌리지 보급·확산 사업은 농어촌 마을에 원격 돌봄, 스마트 농업, 재해 감지 서비스를 보급한다. 시범 마을 성과를 토대로 해마다 전국 20여 개 군으로 넓혀 가고 있다.",
  "ko", "central_gov", "narrative", "SD|welf,ind|OD|N|K|natl|AI|EX", ["43040", "16010"],
  "stage: 보급·확산; scale: 전국 여러 군; program: 중앙정부 보급사업")

# ---------------------------------------------------------------------------------------------
# 9. Narratives (English)
# ---------------------------------------------------------------------------------------------
E("Kigali Innovation City",
  "Kigali Innovation City is a planned innovation district on the edge of Rwanda's capital, promoted by the government to host universities, tech firms and start-ups. Infrastructure works for the first phase are in progress, financed through the government's own development vehicle.",
  "en", "foreign", "narrative", "CD|ind|IM|D|DV|fo|IS|NEW", ["43032", "32130"],
  "stage: works in progress; scale: district; program: host government's own")
E("Montevideo urban data platform",
  "Montevideo runs its own urban data platform that brings together bus GPS, lighting and waste-collection data and publishes them as open data. Funded by the municipal budget, it is now used by all city departments.",
  "en", "foreign", "narrative", "SD|data,gov|OD|C|DD|fo|PF|EX", ["22040", "15185"],
  "stage: used by all departments = operation; scale: city; region: Uruguay is no longer a DAC recipient")
E("Columbus Smart City Challenge connected vehicles",
  "Columbus, Ohio won the US Department of Transportation's Smart City Challenge and installed connected-vehicle roadside units along three corridors, testing signal priority for buses and safety alerts with volunteer drivers.",
  "en", "foreign", "narrative", "PD|mob|PI|S|DD|fo|AI|EX", ["21020"],
  "stage: testing with volunteers = pilot; scale: three corridors = road sections; program: foreign government's own")
E("Dushanbe traffic control centre identification mission",
  "A KOICA identification mission visited Dushanbe to assess demand for an integrated traffic control centre. The team met the mayor's office and traffic police and will draft a project concept paper for next year's grant pipeline.",
  "en", "koica", "narrative", "SD|mob|ID|C|DV|grant|PF|EX", ["21020"],
  "stage: identification mission, concept paper = identification; scale: city; program: KOICA grant pipeline")
E("Yaoundé smart metering and distribution automation",
  "With an EDCF loan, Cameroon's power utility is installing 120,000 smart meters and distribution automation in Yaoundé to cut losses. The first 30,000 meters are in place.",
  "en", "edcf", "narrative", "SD|energy|IM|C|DV|loan|AI|EX", ["23630"],
  "stage: installing; scale: city; program: EDCF")
E("South Saad Al Abdullah new town master planning",
  "Korea's LH is preparing the master plan for South Saad Al Abdullah, a new town west of Kuwait City, under a government-to-government contract paid by Kuwait's housing authority. The plan includes a smart energy grid and a city data platform.",
  "en", "other", "narrative", "PC|house,energy,data|MP|C|DD|fo|PF|NEW", ["43032"],
  "stage: master plan; scale: new town; region: Kuwait not a DAC recipient; program: paid from Kuwait's own budget")
E("Positive energy district pilots",
  "A Horizon Europe consortium is piloting positive energy districts in two neighbourhoods in Trondheim and Limerick, testing peer-to-peer energy trading and smart heat pumps with residents.",
  "en", "eu", "narrative", "PD|energy|PI|D|DD|fo|IS|EX", ["23183", "23182"],
  "stage: piloting; scale: neighbourhoods; program: EU programme")
E("Indonesia National Urban Development Project",
  "The World Bank-financed National Urban Development Project helps Indonesian cities build spatial data systems and planning capacity. Training and data system rollout are under way in dozens of cities.",
  "en", "mdb", "narrative", "IC|gov,data|IM|N|DV|loan|PF|EX", ["43030", "43031"],
  "stage: under way; scale: dozens of cities; program: MDB loan")
E("Panama City metropolitan smart city master plan",
  "Through the K-City Network programme, Korean planners are working with Panama's housing ministry on a smart city master plan for the Panama City metropolitan area, covering mobility, governance and data.",
  "en", "kcn", "narrative", "PC|mob,gov|MP|N|DV|kcn|PF|EX", ["43030"],
  "stage: master plan; scale: metropolitan area = regional; program: KCN")
E("Hung Yen smart industrial park",
  "A Korean private consortium is building a smart industrial park in Viet Nam's Hung Yen province with rooftop solar, a microgrid and an integrated security and logistics centre. The first 80 hectares are under construction.",
  "en", "private", "narrative", "CD|ind,energy|IM|D|DV|lp|AI|NEW", ["32120", "23230"],
  "stage: under construction; scale: industrial park = district; program: private investment")
E("Pacific capitals smart city investment pipeline",
  "Under an ADB technical assistance, consultants are screening smart city investment ideas for Suva, Apia and Nuku'alofa, ranking candidate projects for future financing.",
  "en", "mdb", "narrative", "PC|gov,data|ID|N|DV|cons|PF|EX", ["43030"],
  "stage: screening ideas = identification; scale: three capitals = multi-city; program: TA consulting")

# ---------------------------------------------------------------------------------------------
# 10. Misleading names (Korean)
# ---------------------------------------------------------------------------------------------
E("스마트시티 조성사업(○○지구)",
  "사업명과 달리 금년도 예산은 ○○지구 스마트시티 기본계획 및 타당성조사 용역비 3억원뿐이며, 시설 설치는 계획 확정 후 별도 사업으로 추진한다. 시비.",
  "ko", "local_gov", "misleading", "PC|data,gov|MP|D|K|lp|PF|NEW", ["43032"],
  "name says 조성 but content is 기본계획·타당성 → planning_consulting / master_planning; scale 지구; program 시비")
E("스마트 안전도시 구축",
  "실제 내용은 공무원 150명 대상 재난안전 교육과 재난대응 매뉴얼 개정, 민관 협의체 구성이다. 장비 구축 예산은 없다. 시비 5천만원.",
  "ko", "local_gov", "misleading", "IC|safe,gov|IM|C|K|lp|PF|EX", ["43060"],
  "'구축' 명칭이나 교육·제도 = institution_capacity; stage 교육 진행 = 구축 단계; program 시비")
E("2025 도로 유지보수 용역",
  "○○시 도로 유지보수 용역. 과업에 청소차·버스에 부착한 AI 카메라로 포트홀·도로 파손을 자동 탐지하고 보수 이력을 관리하는 시스템 운영이 포함되어 있다(2년차). 시비.",
  "ko", "local_gov", "misleading", "SD|safe,mob|OD|C|K|lp|AI|EX", ["21024", "43030"],
  "plain title hides AI road-hazard detection (safety_disaster); 2년차 운영 = operation; program 시비")
E("전통시장 활성화 사업",
  "○○ 구도심 전통시장 활성화 사업. 상인 매출·유동인구 데이터 대시보드, 스마트 주차 안내, 모바일 결제 연동을 구축 중이다. 중소벤처기업부 특성화시장 국비 지원.",
  "ko", "central_gov", "misleading", "SD|ind,data|IM|D|K|natl|PF|REG", ["25030", "43030"],
  "plain title hides data platform; 구도심 = regeneration; program 중기부 국비")
E("스마트 헬스케어 시범도시 ○○",
  "명칭과 달리 도시 조성이나 현장 설치는 없고, 보건의료 빅데이터로 만성질환 위험을 예측하는 알고리즘을 개발하는 국가 R&D 과제(2년차)다.",
  "ko", "central_gov", "misleading", "RD|welf,data|IM|N|K|rnd|PF|EX", ["12182", "32182"],
  "'시범도시' name but content is R&D algorithm; 2년차 = implementation; program 국가 R&D; no new town")
E("하수관로 정비사업",
  "○○시 하수관로 정비사업(2단계). 관로 교체와 함께 맨홀 수위·유량 IoT 센서 320개와 침수 예측 원격 모니터링을 설치한다. 환경부 국고보조.",
  "ko", "local_gov", "misleading", "SD|water,safe|IM|C|K|natl|AI|EX", ["14022", "43060"],
  "plain title hides IoT flood monitoring; program 환경부 국고보조")
E("○○ 신도시 스마트 에너지 도시",
  "도시 전체 에너지 체계라는 명칭과 달리, 실제로는 신도시 공공청사·학교 10개 건물에 건물에너지관리시스템(BEMS)을 설치해 1년간 시범운영하는 사업이다. LH 조성비.",
  "ko", "other", "misleading", "PD|energy|PI|S|K|fee|AI|NEW", ["23183"],
  "'도시' name but 10 buildings = site; 시범운영 = pilot; program 조성비")
E("주민 공동체 활성화 지원",
  "○○동 노후 주거지 주민 공동체 활성화 지원. 주민이 리빙랩으로 참여해 골목 안전·돌봄 스마트 솔루션을 함께 설계하고 실증한다. 도시재생 뉴딜 국비.",
  "ko", "local_gov", "misleading", "PD|gov,welf|PI|D|K|natl|IS|REG", ["15150", "43030"],
  "plain title hides living lab; 실증 = pilot; program 도시재생 국비")
E("○○근린공원 조성사업(제2단계)",
  "공원 조성사업 2단계. 스마트 가로등, 미세먼지 알림 신호등, 공공 와이파이, 방문객 계수 센서와 관리 앱이 공원 내에 설치된다. 시비.",
  "ko", "local_gov", "misleading", "SD|env,cult|IM|S|K|lp|AI|EX", ["43030", "16065"],
  "plain park title hides ICT; scale one park = site; program 시비")

# ---------------------------------------------------------------------------------------------
# 11. Misleading names (English)
# ---------------------------------------------------------------------------------------------
E("Smart City Development Programme — Phase I",
  "Despite its name, Phase I consists only of workshops, a study tour to Korea and a smart city training curriculum for municipal staff in Cebu province; no infrastructure. KOICA grant.",
  "en", "koica", "misleading", "IC|gov|IM|N|DV|grant|PF|EX", ["43081", "15185"],
  "name suggests development but content is training = institution_capacity; scale province-wide staff = regional; program grant")
E("Road Rehabilitation and Maintenance Project (Lot 3)",
  "Lot 3 of this road project in Tajikistan is not civil works: it installs weigh-in-motion stations, variable message signs and a corridor ITS centre along the Dushanbe-Khujand road. ADB loan.",
  "en", "mdb", "misleading", "SD|mob|IM|S|DV|loan|AI|EX", ["21020"],
  "plain title hides ITS; scale one corridor = road section; program ADB loan")
E("Urban Resilience Programme",
  "Behind the generic title, the core component builds a city digital twin for flood simulation and a public risk-data portal for Izmir. World Bank loan, under implementation.",
  "en", "mdb", "misleading", "SD|safe,data|IM|C|DV|loan|PF|EX", ["43060", "22040"],
  "plain title hides digital twin platform; program WB loan; Türkiye is a DAC recipient")
E("Intelligent Mobility Initiative",
  "Not a deployment: the Dutch ministry's 'Intelligent Mobility Initiative' is a national strategy paper and agenda for smart mobility, prepared for parliament.",
  "en", "foreign", "misleading", "PC|mob|MP|N|DD|fo|PF|EX", ["21011"],
  "name suggests systems but content is a strategy; scale national; program own government")
E("Community Health Outreach, Phase II",
  "Phase II extends remote monitoring of elderly patients with IoT wearables and a clinic dashboard from one to three districts of Hue city. KOICA grant.",
  "en", "koica", "misleading", "SD|welf|OD|D|DV|grant|AI|EX", ["12191", "16010"],
  "plain title hides IoT care; extension = diffusion; scale three urban districts (neighbourhood level); program grant")
E("K-Smart Port City",
  "The grand name covers a single AI CCTV and licence-plate system demonstrated at one gate of Mombasa port for six months under K-City Network.",
  "en", "kcn", "misleading", "PD|safe|PI|S|DV|kcn|AI|EX", ["15132"],
  "'port city' name but one gate = site; demonstration = pilot; program KCN")


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "projects_train_extra.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, e in enumerate(ENTRIES, 1):
            rec = {"id": f"t{i:03d}"}
            rec.update(e)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(ENTRIES)} entries to {out}")


if __name__ == "__main__":
    main()
