#!/usr/bin/env python3
"""Build the blind7 evaluation set (projects_blind7.jsonl) from the entries below.

All projects are invented but plausible; companies and executing agencies that would identify a
real contract are blanked as ○○; amounts and dates are invented. Written blind: only
/work/shared/specs/taxonomy.md and /work/shared/external/oecd-dac-crs/ were read.

Usage: python3 build_blind7.py   (writes projects_blind7.jsonl next to this script)
"""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "projects_blind7.jsonl"

# Abbreviations used only in this file, expanded to the taxonomy ids when the file is written.
PT = {
    "CD": "city_development",
    "SD": "solution_deployment",
    "PD": "pilot_demonstration",
    "PC": "planning_consulting",
    "RD": "rnd",
    "IC": "institution_capacity",
}
REG = {"dom": "domestic", "dev": "overseas_developing", "hi": "overseas_developed"}

ENTRIES = []


def E(kind, style, lang, title, description, pt, sector, stage, scale, region, program, sct, uc, crs, notes):
    ENTRIES.append(dict(
        kind=kind, style=style, lang=lang, title=title, description=description,
        labels=dict(
            project_type=PT[pt], sector=list(sector), stage=stage, scale=scale,
            region=REG[region], program=program, smart_city_type=sct, urban_context=uc,
        ),
        crs=list(crs), notes=notes,
    ))


# ---------------------------------------------------------------- KOICA (grant ODA)
E("koica", "oda_db", "en",
  "Project for the Establishment of an Intelligent Transport System in Kigali",
  "Country: Rwanda | Donor: KOICA (grant) | Sector (CRS): Road transport | Period: 2024–2028 | Budget: USD 9.8 million | "
  "Executing agency: City of Kigali with the Rwanda Transport Development Agency | Outputs: adaptive signal control at 48 "
  "intersections across the city, a traffic information centre at the City Hall annex, real-time bus arrival displays at "
  "120 stops on three trunk corridors, training of 35 engineers | Status: contractor (○○ Consortium) mobilised in 2025; "
  "installation ongoing.",
  "SD", ["mobility", "data_platform_infra"], "implementation", "city", "dev", "oda_grant",
  "advanced_infrastructure", "existing_city", ["21020", "21012"],
  "Signals, centre and bus displays are one related ITS family → solution_deployment; signal and display hardware outweigh "
  "the centre → advanced_infrastructure; intersections spread over the whole city → city.")

E("koica", "row", "ko",
  "에티오피아 아디스아바바 스마트 수도계량 및 무수수량(NRW) 저감사업",
  "KOICA 무상 | 2023–2027 | 1,150만불 | AAWSA | 원격검침 스마트미터 32,000개, 시 전역 블록(DMA) 40개 구축, 누수탐지 교육 | 시행 중",
  "SD", ["water"], "implementation", "city", "dev", "oda_grant",
  "advanced_infrastructure", "existing_city", ["14021", "14010"],
  "Meters and DMA blocks across the utility's whole network → city; metering hardware → advanced_infrastructure; "
  "water-supply code ahead of water policy.")

E("koica", "narrative", "en",
  "Urban Spatial Data Capacity Building for the Lao Ministry of Public Works and Transport, Phase 2",
  "Following a first phase that trained Vientiane officials, the second phase extends KOICA's capacity-building programme "
  "on urban spatial data to all 17 provincial capitals of Lao PDR. Each year 40 planners attend a four-week course in "
  "Korea on GIS, land-use databases and the use of a shared urban data portal, and a Lao trainer pool runs follow-up "
  "courses in the provinces. The project also drafts a ministerial guideline on exchanging planning data between "
  "provinces. No equipment is procured beyond training laptops.",
  "IC", ["governance_admin", "data_platform_infra"], "operation_diffusion", "national", "dev", "oda_grant",
  "platform_centered", "existing_city", ["43031", "43081"],
  "Training and a guideline → institution_capacity; second phase rolling out to 17 provincial capitals → "
  "operation_diffusion and national; what is taught is data sharing → platform_centered.")

E("koica", "press", "ko",
  "KOICA, 방글라데시 다카 북부시 홍수 조기경보 시스템 준공·이양",
  "한국국제협력단(KOICA)은 방글라데시 다카 북부시(DNCC)에 구축한 '스마트 홍수 조기경보 시스템'을 준공하고 현지 정부에 "
  "이양했다고 밝혔다. 총 800만 달러가 투입된 이 사업으로 시 전역 배수로와 하천 35곳에 수위·강우 센서가 설치되었고, "
  "시청 내 재난상황실에서 침수 위험을 실시간으로 판단해 주민에게 문자로 경보를 보낸다. KOICA는 향후 2년간 운영 인력 "
  "교육과 유지관리 자문을 계속한다.",
  "SD", ["safety_disaster", "water"], "operation_diffusion", "city", "dev", "oda_grant",
  "advanced_infrastructure", "existing_city", ["43060", "74020"],
  "Handed over and operated → operation_diffusion; Dhaka North City Corporation is a city in its own right → city; "
  "sensors outweigh the situation room → advanced_infrastructure; early warning is DRR 43060, not a water code.")

E("koica", "misleading", "en",
  "Smart Green Campus Initiative for the Samarkand Vocational College",
  "Construction of two classroom blocks and a workshop hall, installation of a 200 kW rooftop solar array, and retraining "
  "of 25 teachers in renewable-energy maintenance. Grant: USD 4.2 million, 2025–2027. Despite the title there is no "
  "digital or data component beyond a standard inverter monitoring panel.",
  "SD", ["energy", "housing_facility"], "implementation", "site", "dev", "oda_grant",
  "advanced_infrastructure", "existing_city", ["11330", "23230"],
  "Smart in name only; the one deployable system is a rooftop solar array on one campus → solution_deployment, site; "
  "vocational training is the stated purpose so 11330 leads the CRS although no taxonomy sector covers education.")

E("koica", "oda_db", "ko",
  "베트남 후에 문화유산 스마트관광 플랫폼 구축사업",
  "수원국: 베트남 | 지역: 후에시 | 분야: 관광 | 사업기간: 2024–2027 | 총사업비: 650만불(무상) | 주요내용: 후에 왕궁 등 "
  "유적지 방문객 데이터 수집·분석 통합플랫폼, 다국어 AR 해설 앱, 입장권 통합 예약시스템, 관광 공무원 초청연수 | "
  "현황: 플랫폼 설계 완료, 개발 중",
  "SD", ["culture_tourism", "data_platform_infra"], "implementation", "city", "dev", "oda_grant",
  "platform_centered", "existing_city", ["33210", "22040"],
  "An integration platform with apps is the core → platform_centered; heritage sites spread across Hue → city.")

E("koica", "tender", "en",
  "Request for Proposals – Project Management Consultant (PMC) for the Ulaanbaatar Smart Solid Waste Collection Project",
  "KOICA invites Korean consulting firms to submit proposals for PMC services for the Ulaanbaatar Smart Solid Waste "
  "Collection Project (grant, USD 7 million, 2026–2029). The project will install fill-level sensors on 2,500 containers "
  "in all nine districts, equip 60 collection trucks with GPS and weighing devices, and deliver a route-optimisation "
  "system to the City Mayor's Office. PMC scope: detailed design review, tender support, supervision of installation and "
  "handover. Proposal deadline: 14 May 2026, 14:00 KST.",
  "SD", ["environment_waste"], "implementation", "city", "dev", "oda_grant",
  "advanced_infrastructure", "existing_city", ["14050"],
  "A PMC tender is labelled as the project it serves; installation about to start → implementation; all nine districts → city.")

E("koica", "narrative", "ko",
  "페루 리마 광역시 CCTV 통합관제센터 구축사업",
  "리마 광역시청(MML)과 관내 10개 구청이 각각 운영하던 방범 CCTV 약 3,000대를 하나의 통합관제센터로 연계하는 "
  "무상원조 사업이다. 광역시청 청사 내에 관제센터를 신축하고, 구청별 영상을 표준 플랫폼으로 수집해 경찰(PNP) 및 "
  "소방과 실시간으로 공유하며, 관제요원 교육을 병행한다. CCTV 신규 설치는 300대에 그치고 예산 대부분은 연계 플랫폼과 "
  "센터에 쓰인다. 2025년 착공, 2027년 완공 예정.",
  "SD", ["safety_disaster", "data_platform_infra"], "implementation", "city", "dev", "oda_grant",
  "platform_centered", "existing_city", ["15132", "22040"],
  "Lima Metropolitan Municipality treated as one city although it federates district municipalities → city; budget goes "
  "mainly to linking existing cameras → platform_centered.")

E("koica", "row", "en",
  "Tanzania – Smart Government City (Mtumba) Master Plan, Dodoma",
  "KOICA grant | USD 2.5m | 2025–2026 | Ministry of Lands / ○○ | smart infrastructure and operation-centre master plan for "
  "the Government City district | F/S under way",
  "PC", ["governance_admin", "data_platform_infra"], "master_planning", "district", "dev", "oda_grant",
  "platform_centered", "new_development", ["43031", "43030"],
  "A master plan is planning_consulting even for a new town; Government City is one district of Dodoma → district; plan "
  "centred on an operation centre → platform_centered.")

E("koica", "row", "en",
  "KOICA | Fiji | Suva | NDMO emergency operations centre and multi-hazard alert system",
  "USD 6.3m grant | 2025–2028 | National Disaster Management Office | national EOC in Suva linking weather, tsunami and "
  "flood warnings to cell broadcast and 40 sirens on Viti Levu and Vanua Levu | procurement completed, installation 2026",
  "SD", ["safety_disaster", "data_platform_infra"], "implementation", "national", "dev", "oda_grant",
  "platform_centered", "existing_city", ["74020", "43060"],
  "A national response centre serving two islands → national although it sits in Suva; response capacity of a national "
  "body → 74020 ahead of 43060; the centre linking warning channels → platform_centered.")

# ---------------------------------------------------------------- EDCF (loan ODA)
E("edcf", "oda_db", "en",
  "Philippines: Davao City Public Transport Modernization and Intelligent Transport System Project",
  "Lender: Export-Import Bank of Korea (EDCF) | Borrower: Republic of the Philippines | Implementing agency: Department "
  "of Transportation | Loan amount: USD 110 million | Terms: 40 years incl. 10-year grace, 0.15% | Components: bus fleet "
  "management and automatic fare collection for the new high-priority bus network, traffic signal control at 90 "
  "intersections, a transport command centre | Status: loan agreement signed 2024; supply contract awarded 2025.",
  "SD", ["mobility", "data_platform_infra"], "implementation", "city", "dev", "oda_loan",
  "advanced_infrastructure", "existing_city", ["21012", "21020"],
  "Fleet, fare and signal systems are related transport solutions → solution_deployment; public transport is the stated "
  "purpose, so 21012 ahead of 21020.")

E("edcf", "row", "ko",
  "스리랑카 서부주 배전망 현대화 및 AMI 구축사업",
  "EDCF | 차관 1억 2천만불 | CEB | 콜롬보·감파하·칼루타라 3개 지구 스마트미터 40만호, 배전자동화 | 2024–2028 | 공사 중",
  "SD", ["energy"], "implementation", "national", "dev", "oda_loan",
  "advanced_infrastructure", "existing_city", ["23630", "23183"],
  "A whole province with three administrative districts and many towns → national; grid automation and meters → "
  "advanced_infrastructure.")

E("edcf", "narrative", "en",
  "Smart Infrastructure for the Central Government Core Area of Nusantara",
  "The EDCF loan finances the smart-city backbone of the Central Government Core Area (KIPP) of Indonesia's new capital, "
  "Nusantara. After a Korean-funded feasibility study in 2024 and the loan agreement in March 2026, the capital authority "
  "is now procuring the works: a 6 km common utility tunnel, smart poles with CCTV and environmental sensors, a fibre "
  "network, and an integrated operation centre that will later serve the whole capital. Detailed design is under way and "
  "civil works are planned to start in 2027.",
  "CD", ["data_platform_infra", "housing_facility", "safety_disaster"], "implementation", "district", "dev", "oda_loan",
  "advanced_infrastructure", "new_development", ["43032", "22040"],
  "Package of several smart solutions for one new-town area → city_development; only the core area, not all of Nusantara "
  "→ district; tunnel, poles and fibre outweigh the centre → advanced_infrastructure; loan signed → implementation.")

E("edcf", "press", "ko",
  "수출입은행, 탄자니아 잔지바르 상수도 스마트 관망관리 EDCF 차관 계약",
  "한국수출입은행은 탄자니아 정부와 9,500만 달러 규모의 '잔지바르 상수도 개선 및 스마트 관망관리 사업' 차관공여계약을 "
  "체결했다고 밝혔다. 사업은 운구자섬 전역의 노후 배수관 교체, 정수장 증설, 원격 수압·유량 감시(SCADA)와 스마트 계량기 "
  "보급을 포함하며, 잔지바르 수도공사(ZAWA)가 시행한다. 내년 상반기 시공사 선정 후 본격 착공한다.",
  "SD", ["water"], "implementation", "national", "dev", "oda_loan",
  "advanced_infrastructure", "existing_city", ["14021"],
  "The whole island of Unguja (a region with several towns) → national; loan signed and procurement starting → "
  "implementation; SCADA and meters → advanced_infrastructure.")

E("edcf", "misleading", "en",
  "Vientiane Road Rehabilitation Project, Phase II (National Road 13 South, km 0–28)",
  "Rehabilitation of 28 km of National Road 13 South. About a third of the cost goes to a corridor traffic management "
  "system: adaptive signals at 14 junctions, vehicle detection cameras, variable message signs, weigh-in-motion stations "
  "and an operations room at the provincial Department of Public Works and Transport. EDCF loan USD 62 million; civil "
  "works and ITS supply contracts signed in 2025.",
  "SD", ["mobility"], "implementation", "site", "dev", "oda_loan",
  "advanced_infrastructure", "existing_city", ["21020", "21024"],
  "Plain road-works title hiding a substantial ITS component, labelled by that component; one road section → site.")

E("edcf", "budget_line", "ko",
  "EDCF 신규사업: 우즈베키스탄 사마르칸트 관광도시 스마트 인프라 구축",
  "2026년 예산안 반영액 85억원(총 차관 규모 7천만불 예정) — 스마트 주차 1,200면, 관광객 안내 디지털 사이니지, 방범 CCTV 및 "
  "관광객 통합안내 앱; 차관 타당성 검토 요청 접수, 정부 간 협의 진행 중",
  "SD", ["culture_tourism", "mobility", "safety_disaster"], "identification", "city", "dev", "oda_loan",
  "advanced_infrastructure", "existing_city", ["33210", "43030"],
  "Request received and still under inter-government talks → identification; solutions serve one purpose (tourism) in an "
  "existing city without land development → solution_deployment, not city_development.")

E("edcf", "row", "en",
  "Konza Technopolis ICT Infrastructure and Smart City Operation Centre",
  "EDCF | Kenya | ○○ Development Authority | USD 73m | Phase 1 ICT backbone, data centre and smart city operation centre "
  "linking traffic, utilities and security for the new technopolis | works completed 2025 | O&M support 2026–2027",
  "CD", ["data_platform_infra", "safety_disaster", "mobility"], "operation_diffusion", "city", "dev", "oda_loan",
  "platform_centered", "new_development", ["22040", "43032"],
  "ICT package for a whole new city → city_development and city; data centre and operation centre are the core → "
  "platform_centered; completed and in O&M → operation_diffusion.")

# ---------------------------------------------------------------- KSP / EIPP (policy consulting)
E("ksp", "oda_db", "ko",
  "2025/26 KSP 인도네시아 수라바야 스마트시티 데이터 거버넌스 정책자문",
  "사업유형: 양자 KSP 정책자문 | 수요기관: 수라바야시 통신정보국 | 주관: ○○연구원 | 기간: 2025.6–2026.5 | 자문 주제: "
  "① 부서별로 분산된 도시데이터의 통합관리 체계, ② 개인정보 보호를 고려한 공공데이터 개방 지침, ③ 통합운영센터 "
  "데이터 연계 로드맵 | 현황: 현지조사 완료, 중간보고",
  "PC", ["governance_admin", "data_platform_infra"], "master_planning", "city", "dev", "oda_consulting",
  "platform_centered", "existing_city", ["15110", "15196"],
  "Policy advice → planning_consulting and master_planning; the subject is data integration → platform_centered; "
  "e-government code 15110 rather than 43030.")

E("ksp", "narrative", "en",
  "EIPP Pre-Feasibility Study: Smart Logistics Hub at the Zamyn-Uud Free Economic Zone",
  "Under the Economic Innovation Partnership Program, a Korean team is preparing a pre-feasibility study for a smart "
  "logistics hub on a 90-hectare site in the Zamyn-Uud free economic zone on Mongolia's border with China. The study "
  "sizes automated container yards, a customs single-window link, cold-chain warehouses and a zone-wide IoT tracking "
  "network, and proposes a financing structure combining a concessional loan with a private operator. Final report due "
  "in December 2026.",
  "PC", ["industry_economy", "mobility"], "master_planning", "district", "dev", "oda_consulting",
  "advanced_infrastructure", "new_development", ["33120", "21061"],
  "EIPP pre-F/S → planning_consulting; a 90-ha zone → district; what is planned is mainly automated, IoT-equipped "
  "facilities → advanced_infrastructure.")

E("ksp", "row", "ko",
  "KSP 콜롬비아 메데인 공유 모빌리티 규제샌드박스 도입 자문",
  "2024 KSP | 메데인시 모빌리티국 | 전동킥보드·공유자전거·MaaS 실증을 위한 규제특례 제도 설계 자문 | 최종보고 완료",
  "PC", ["mobility", "governance_admin"], "master_planning", "city", "dev", "oda_consulting",
  "innovation_space", "existing_city", ["21013", "21011"],
  "Advice on designing a regulatory sandbox → planning_consulting and innovation_space; a completed consultation keeps the "
  "consulting stage master_planning.")

E("ksp", "oda_db", "en",
  "KSP with Egypt: Legal and Institutional Framework for Smart New Urban Communities",
  "Partner: New Urban Communities Authority, Ministry of Housing | Korean partner: ○○ Institute | Year: 2025/26 | Topics: "
  "draft smart-city provisions for the New Urban Communities Law, a certification scheme for smart new cities, and the "
  "division of roles between the authority and city agencies for operating smart services in fourth-generation new "
  "cities | Status: final report and policy seminar held in Cairo, March 2026.",
  "PC", ["governance_admin"], "master_planning", "national", "dev", "oda_consulting",
  "platform_centered", "new_development", ["15110", "43031"],
  "Advice about laws is still KSP advice → planning_consulting, not institution_capacity; covers all fourth-generation "
  "new cities → national; no dominant element, service operation framework → platform_centered (low confidence).")

E("ksp", "narrative", "ko",
  "KSP 베트남 다낭 스마트시티 통합운영센터 사업화 및 재원조달 방안",
  "다낭시는 스마트시티 마스터플랜에 따라 통합운영센터(IOC)를 시범 운영 중이나, 교통·상수도·방재 부서 시스템이 아직 따로 "
  "운영되고 있다. 이번 KSP는 기존 시스템을 IOC로 연계하는 단계별 로드맵, 데이터 표준, 운영조직 개편안을 제시하고, "
  "2단계 투자를 ODA 차관과 PPP 중 어느 방식으로 조달할지 비교 분석한다. 2026년 하반기 최종보고회 예정.",
  "PC", ["data_platform_infra", "governance_admin"], "master_planning", "city", "dev", "oda_consulting",
  "platform_centered", "existing_city", ["43031", "22040"],
  "Roadmap and financing advice → planning_consulting although an IOC already runs; subject is the IOC → "
  "platform_centered, data_platform_infra first.")

E("ksp", "row", "en",
  "KSP 2027 demand survey – Guayaquil flood monitoring and drainage master plan",
  "Ecuador | Municipality of Guayaquil | request: sensor-based flood monitoring and storm-drainage master plan | proposal "
  "under review by MOEF",
  "PC", ["safety_disaster", "water"], "identification", "city", "dev", "oda_consulting",
  "advanced_infrastructure", "existing_city", ["43060", "14022"],
  "Only a demand-survey request → identification; the requested deliverable is a plan → planning_consulting; the plan "
  "targets sensors → advanced_infrastructure (low confidence).")

# ---------------------------------------------------------------- K-City Network
E("kcn", "press", "ko",
  "국토부, K-City Network 해외실증 — 태국 방콕 스마트 횡단보도 실증 착수",
  "국토교통부는 K-City Network 해외실증 사업으로 태국 방콕 수도청(BMA)과 함께 스마트 횡단보도 실증에 착수한다고 "
  "밝혔다. ○○기업 컨소시엄이 방콕 시내 초등학교 주변 12개 횡단보도에 보행자 감지 센서, 바닥형 신호등, 차량 과속 경고 "
  "전광판을 설치하고 1년간 사고 감소 효과를 검증한다. 실증 결과가 좋으면 BMA는 자체 예산으로 확대 설치를 검토할 계획이다.",
  "PD", ["safety_disaster", "mobility"], "pilot", "site", "dev", "kcn",
  "advanced_infrastructure", "existing_city", ["21020", "22040"],
  "Overseas demonstration at 12 crossings → pilot_demonstration and site; purpose is pedestrian safety, so safety_disaster "
  "before mobility; sensor demonstration → advanced_infrastructure.")

E("kcn", "oda_db", "en",
  "K-City Network 2023 Planning Support: Smart City Master Plan for Yangi Toshkent (New Tashkent)",
  "Programme: K-City Network, city-development planning | Partner: Directorate of New Tashkent, Uzbekistan | Budget: KRW "
  "1.8 billion | Period: 2023.7–2024.6 | Scope: smart-city vision and service selection for a 20,000-ha new city, "
  "integrated operation platform concept, smart mobility and district-energy plans, phasing and investment plan | Status: "
  "completed; follow-up pipeline under discussion.",
  "PC", ["data_platform_infra", "mobility", "energy"], "master_planning", "city", "dev", "kcn",
  "platform_centered", "new_development", ["43031", "43030"],
  "KCN planning for a city-development project → planning_consulting, not city_development; a whole new city → city; "
  "plan built around an operation platform → platform_centered.")

E("kcn", "row", "ko",
  "K-City Network 2024 솔루션형 계획수립 — 페루 아레키파 스마트 상수도 관리 타당성조사",
  "페루 | 아레키파 상수도공사 | 원격검침·누수감지 도입 F/S | 12억원 | 완료",
  "PC", ["water"], "master_planning", "city", "dev", "kcn",
  "advanced_infrastructure", "existing_city", ["14021", "14010"],
  "F/S under the KCN solution-planning track → planning_consulting; planned meters and leak sensors → "
  "advanced_infrastructure.")

E("kcn", "narrative", "en",
  "Overseas Demonstration of Drone Transport of Medical Samples in Bohol",
  "Selected under K-City Network's overseas demonstration track, a Korean drone company and the Bohol provincial health "
  "office are testing scheduled drone flights that carry blood and sputum samples from five rural health stations to the "
  "district hospital. The six-month demonstration measures delivery time, sample quality and cost against motorcycle "
  "couriers; a flight-management dashboard is shared with the health office. Flights began in February 2026.",
  "PD", ["welfare_health", "mobility"], "pilot", "site", "dev", "kcn",
  "advanced_infrastructure", "existing_city", ["12220", "21050"],
  "Demonstration on a few named routes between facilities → site; purpose is health care and drones are the means → "
  "welfare_health first; drones and landing pads → advanced_infrastructure.")

E("kcn", "tender", "ko",
  "[입찰공고] K-City Network 해외실증 — 인도네시아 반둥 스마트 가로등 및 대기질 센서 실증 설치 용역",
  "공고번호 2026-○○○ | 발주: ○○공사(K-City Network 사업 수행기관) | 사업내용: 반둥시 아시아아프리카 거리 1.5km 구간에 "
  "원격제어 LED 가로등 80기와 미세먼지·소음 센서 20기를 설치하고 6개월간 에너지 절감 및 대기질 측정 성능 실증 | "
  "사업기간: 계약일로부터 10개월 | 추정가격: 9억원(부가세 별도) | 입찰방식: 제한경쟁, 협상에 의한 계약",
  "PD", ["energy", "environment_waste"], "pilot", "site", "dev", "kcn",
  "advanced_infrastructure", "existing_city", ["23183", "41010"],
  "Tender for an overseas demonstration on one 1.5 km street → pilot and site; energy saving is the first stated aim → "
  "energy first.")

E("kcn", "misleading", "en",
  "K-City Network: Smart City Cooperation with Ulaanbaatar",
  "Despite its title, the study is an urban-regeneration master plan for the Selbe ger-area sub-centre: land "
  "readjustment, 3,000 apartments for ger households, district-heating and sewer connections, and a community centre. "
  "The only digital element is heat metering for the new blocks. Delivered by a Korean engineering consortium in 2025 "
  "under the planning-support track.",
  "PC", ["housing_facility", "energy"], "master_planning", "district", "dev", "kcn",
  "advanced_infrastructure", "regeneration", ["43030", "16030"],
  "Vague smart title over a regeneration master plan → planning_consulting, district, regeneration (ger-area upgrading); "
  "the only smart element is heat meters → advanced_infrastructure (low confidence).")

E("kcn", "narrative", "ko",
  "K-City Network 해외실증 — 말레이시아 쿠알라룸푸르 건물 주차장 공유 플랫폼 실증",
  "쿠알라룸푸르 시청과 한국 ○○사가 부킷빈탕 상업지역의 민간 건물 8곳 부속주차장 빈자리 정보를 하나의 플랫폼으로 모아 "
  "앱으로 예약·결제하게 하는 실증이다. 건물별 기존 차단기·센서 데이터를 API로 연계하고 새 장비는 거의 설치하지 않는다. "
  "2025년 10월부터 9개월간 운영하며 도로 배회 차량 감소 효과를 측정한다.",
  "PD", ["mobility", "data_platform_infra"], "pilot", "site", "dev", "kcn",
  "platform_centered", "existing_city", ["21020", "22040"],
  "Eight buildings form one demonstration zone → site rather than district; links existing data without new equipment → "
  "platform_centered.")

E("kcn", "row", "en",
  "KCN 2025 overseas demonstration – Almaty ground-subsidence and underground-utility monitoring",
  "Kazakhstan | Almaty Akimat | GPR survey vehicle + fibre-optic strain sensors on 3 km of water mains under one avenue; "
  "AI subsidence risk map | KRW 1.5bn | pilot running",
  "PD", ["safety_disaster", "housing_facility"], "pilot", "site", "dev", "kcn",
  "advanced_infrastructure", "existing_city", ["43060", "43030"],
  "One avenue section → site; purpose is preventing ground collapse (safety), utility management second; sensors → "
  "advanced_infrastructure.")

# ---------------------------------------------------------------- Multilateral development banks
E("mdb", "oda_db", "en",
  "ADB: Viet Nam Secondary Cities Smart and Resilient Riverside Regeneration Project",
  "Financier: Asian Development Bank (loan, USD 180 million) | Cities: Ha Giang, Hoa Binh and Lao Cai | Executing agency: "
  "provincial people's committees | Outputs: regeneration of old riverside wards (embankments, separated drainage, public "
  "spaces), real-time flood and water-level monitoring, and a shared urban-operations dashboard in each city | Status: "
  "effective 2024, civil works ongoing in two cities.",
  "CD", ["water", "safety_disaster", "data_platform_infra"], "implementation", "national", "dev", "oda_loan",
  "advanced_infrastructure", "regeneration", ["43032", "14022", "43060"],
  "Regeneration areas packaged with several smart solutions → city_development and regeneration; three cities at once → "
  "national; MDB loan → oda_loan (convention 1).")

E("mdb", "narrative", "en",
  "Kenya Urban Support Program, Second Phase",
  "The World Bank IDA credit continues performance-based grants to Kenya's county governments and their urban boards, now "
  "extended from 45 to 79 municipalities. Grants are released when municipalities meet institutional benchmarks, among "
  "them an operational GIS-based property register, an electronic own-source revenue system and published urban data. "
  "The phase finances system rollout, training of urban boards and a national urban data portal maintained by the state "
  "department in charge of urban development.",
  "IC", ["governance_admin", "data_platform_infra"], "operation_diffusion", "national", "dev", "oda_loan",
  "platform_centered", "existing_city", ["15112", "43031"],
  "Performance grants tied to institutional benchmarks → institution_capacity; second phase scaling to 79 municipalities "
  "→ operation_diffusion and national; IDA credit → oda_loan.")

E("mdb", "narrative", "ko",
  "IDB 기술협력: 아순시온 광역권 버스 교통카드 통합정산 시스템 설계",
  "미주개발은행(IDB)은 한국 신탁기금을 재원으로 파라과이 교통 당국에 50만 달러 규모의 무상 기술협력을 제공한다. "
  "아순시온과 인접 10개 시를 운행하는 버스 회사들의 교통카드 정산을 하나의 중앙정산 시스템으로 통합하기 위한 기능 설계, "
  "데이터 표준, 조달문서 작성을 지원하며, 실제 시스템 구축은 후속 IDB 차관으로 추진될 예정이다.",
  "PC", ["mobility", "data_platform_infra"], "master_planning", "national", "dev", "oda_consulting",
  "platform_centered", "existing_city", ["21012", "21011"],
  "Design and procurement documents only → planning_consulting; Asunción plus ten municipalities → national; MDB advisory "
  "TA → oda_consulting (convention 1); central clearing system → platform_centered.")

E("mdb", "tender", "en",
  "Request for Expressions of Interest – Supervision Consultant, Smart Meter Rollout, Abidjan Electricity Distribution Modernisation Project",
  "Côte d'Ivoire has received a loan from the African Development Bank towards the Abidjan Electricity Distribution "
  "Modernisation Project and intends to use part of the proceeds for consulting services. The assignment covers "
  "supervision of the supply and installation of 350,000 prepaid smart meters and the head-end system across the "
  "communes of the Autonomous District of Abidjan. Expressions of interest must be delivered by 30 June 2026.",
  "SD", ["energy"], "implementation", "city", "dev", "oda_loan",
  "advanced_infrastructure", "existing_city", ["23630", "23183"],
  "Supervision tender labelled as the meter rollout it serves; the Autonomous District is the metropolitan city of "
  "Abidjan → city (convention 4).")

E("mdb", "row", "ko",
  "세계은행 | 인도 타밀나두주 도시 홍수 조기경보·통합관제 확산",
  "IBRD 차관 2.5억불 | 첸나이 시범 후 12개 도시로 확산 | 운영·확산 단계",
  "SD", ["safety_disaster", "data_platform_infra"], "operation_diffusion", "national", "dev", "oda_loan",
  "platform_centered", "existing_city", ["43060", "74020"],
  "Rollout from Chennai to 12 cities → operation_diffusion and national; IBRD loan counted as oda_loan by convention 1; "
  "terse row, command-centre rollout read as platform_centered (low confidence).")

E("mdb", "press", "en",
  "ADB and Korea fund pilot digital twin of Tbilisi's Old Town",
  "TBILISI — The Asian Development Bank will pilot a 3D digital twin of Tbilisi's Old Town with a technical assistance "
  "grant from a Republic of Korea trust fund. The twin will combine building surveys, underground-utility records and "
  "heritage data to test how the city can plan restoration works and issue permits. The pilot covers about 120 hectares "
  "and will run for 18 months.",
  "PD", ["data_platform_infra", "housing_facility"], "pilot", "district", "dev", "oda_grant",
  "platform_centered", "regeneration", ["43031", "22040"],
  "Grant-financed TA that delivers a pilot → oda_grant (convention 1); 120-ha historic core under restoration → district "
  "and regeneration; a digital twin is a data platform.")

E("mdb", "oda_db", "ko",
  "세계은행 한국녹색성장신탁기금(KGGTF) — 모로코 카사블랑카 폐기물 수거 최적화 기술지원",
  "재원: KGGTF 무상 40만불 | 수원국: 모로코 | 대상: 카사블랑카 시 16개 구 | 내용: 수거차량 GPS·적재량 센서 도입 타당성 "
  "분석, 수거노선 최적화 설계, 민간위탁 계약 성과지표 개선안 | 기간: 2025–2026 | 현황: 분석 단계",
  "PC", ["environment_waste"], "master_planning", "city", "dev", "oda_consulting",
  "advanced_infrastructure", "existing_city", ["14050", "41010"],
  "Study and design only → planning_consulting; MDB knowledge TA → oda_consulting; planned GPS and sensors → "
  "advanced_infrastructure.")

E("mdb", "row", "en",
  "IDB | Jamaica | Kingston & St Andrew | Citizen security: CCTV integration and emergency response centre",
  "loan USD 40m | Ministry of National Security | link 1,500 public and private cameras to a unified 119 emergency "
  "centre | implementation",
  "SD", ["safety_disaster", "data_platform_infra"], "implementation", "city", "dev", "oda_loan",
  "platform_centered", "existing_city", ["15132", "22040"],
  "Linking existing cameras to one centre → platform_centered; Kingston and St Andrew is one municipal corporation → city; "
  "crime focus → police code 15132.")

# ---------------------------------------------------------------- EU and foreign programmes in high-income countries
E("eu_foreign", "narrative", "en",
  "Barcelona: Expansion of the Sentilo Sensor Platform",
  "Barcelona City Council is extending Sentilo, its open-source sensor and actuator platform, to connect noise meters, "
  "irrigation controllers, container sensors and air-quality stations run by different municipal departments and "
  "contractors. The 2025–2027 phase adds a public API and moves the platform to the city's new cloud, with a budget of "
  "EUR 3.4 million from the municipal ICT institute.",
  "SD", ["data_platform_infra", "environment_waste"], "operation_diffusion", "city", "hi", "foreign_own",
  "platform_centered", "existing_city", ["22040", "41010"],
  "Extension of an operating platform → operation_diffusion; a high-income city's own programme → foreign_own and "
  "overseas_developed.")

E("eu_foreign", "narrative", "ko",
  "핀란드 헬싱키 칼라사타마 스마트 지구 '애자일 파일럿' 프로그램",
  "헬싱키시 산하 혁신기관이 운영하는 칼라사타마 애자일 파일럿 프로그램은 옛 항만 부지를 정리하고 새로 조성 중인 "
  "주거지구를 스타트업의 실험장으로 개방한다. 매 라운드 5~7개 기업을 선정해 6개월 동안 주민과 함께 서비스(공유 배송함, "
  "에너지 사용 알림, 놀이터 센서 등)를 시험하게 하고, 시는 기업당 최대 1만 유로와 실증 장소·주민 모집을 지원한다. 현재 "
  "12번째 라운드가 진행 중이다.",
  "PD", ["industry_economy", "governance_admin"], "pilot", "district", "hi", "foreign_own",
  "innovation_space", "new_development", ["32130", "43030"],
  "Ongoing living-lab rounds stay at pilot (convention 3); former harbour cleared for a new district → new_development, "
  "not regeneration (convention 6); start-up testbed → innovation_space.")

E("eu_foreign", "press", "en",
  "Positive Energy District demonstration starts in Eindhoven's Strijp-S",
  "EINDHOVEN — A Horizon Europe consortium led by the municipality has started demonstrating a positive energy district "
  "in Strijp-S, the former Philips industrial site whose factory buildings have been converted into homes and offices. "
  "Heat pumps linked to an aquifer store, 4 MW of rooftop solar, a neighbourhood battery and a building "
  "energy-management system will be operated for three years to show that the district produces more energy than it uses.",
  "PD", ["energy", "housing_facility"], "pilot", "district", "hi", "foreign_own",
  "advanced_infrastructure", "regeneration", ["23183", "23210"],
  "EU-funded demonstration → foreign_own (convention 2); converted old factory buildings → regeneration (contrast with "
  "cleared sites, convention 6); energy equipment → advanced_infrastructure.")

E("eu_foreign", "row", "ko",
  "싱가포르 | 버추얼 싱가포르(3D 디지털 트윈) | 국가연구재단·토지청 | 전국 | 운영",
  "R&D 종료 후 토지청 이관 운영 | 도시계획·지하공간·태양광 잠재량 분석에 활용 | 연간 운영비 ○○ 싱가포르달러",
  "SD", ["data_platform_infra", "governance_admin"], "operation_diffusion", "city", "hi", "foreign_own",
  "platform_centered", "existing_city", ["22040", "43031"],
  "A city-state → city even though the row says nationwide (convention 4); the R&D is over and the twin is operated → "
  "solution_deployment and operation_diffusion.")

E("eu_foreign", "tender", "en",
  "Contract notice – City of Tallinn: supply and installation of smart street lighting with a central management system",
  "Contracting authority: Tallinn city department for environment and public works | Type of contract: supplies and "
  "works | Object: replacement of 1,200 sodium luminaires with dimmable LED luminaires, nodes on every pole and a central "
  "lighting management system in the Lasnamäe and Kristiine districts | Estimated value: EUR 2.9 million excl. VAT | "
  "Time limit for tenders: 12.06.2026.",
  "SD", ["energy", "safety_disaster"], "implementation", "district", "hi", "foreign_own",
  "advanced_infrastructure", "existing_city", ["23183"],
  "Two named city districts → district rather than city; energy saving is the purpose of a lighting retrofit → energy "
  "first.")

E("eu_foreign", "misleading", "ko",
  "아이즈와카마쓰시 시민 포털 운영 위탁",
  "후쿠시마현 아이즈와카마쓰시의 '시민 포털' 운영 위탁 계약이다. 이름은 평범하지만, 실제로는 시민이 동의한 개인 "
  "데이터(건강검진, 육아, 제설 정보 등)를 부서 간에 연계해 맞춤형 서비스를 제공하는 옵트인 방식 도시 데이터 플랫폼의 "
  "운영이며, 2026년에는 원격 진료 예약과 지역 화폐 서비스를 추가한다.",
  "SD", ["data_platform_infra", "welfare_health", "governance_admin"], "operation_diffusion", "city", "hi", "foreign_own",
  "platform_centered", "existing_city", ["22040", "15110"],
  "Plain title over an opt-in urban data platform, labelled by content; operated and extended → operation_diffusion.")

E("eu_foreign", "row", "en",
  "Copenhagen Street Lab – inner-city test zone for smart-city sensors",
  "City of Copenhagen | open test zone on 2 km of streets offered to companies testing parking, waste and noise sensors | "
  "municipality provides poles, power and fibre | running",
  "PD", ["data_platform_infra", "mobility", "environment_waste"], "pilot", "site", "hi", "foreign_own",
  "innovation_space", "existing_city", ["22040", "43030"],
  "A city test zone open to companies is a testbed → innovation_space although sensors are installed; a 2 km "
  "demonstration zone → site.")

# ---------------------------------------------------------------- developing countries' own programmes
E("foreign_gov", "narrative", "en",
  "Pune Smart City: Area-Based Development of Aundh–Baner–Balewadi",
  "Under India's Smart Cities Mission, the city's special purpose vehicle is retrofitting about 3,500 acres of the Aundh, "
  "Baner and Balewadi neighbourhoods: re-designed streets with cycle tracks, 24x7 metered water supply, underground power "
  "cables, smart poles with Wi-Fi and CCTV, and a sensor network feeding the city's integrated command and control centre. "
  "Most street packages are complete and the water works are still under way.",
  "CD", ["mobility", "water", "data_platform_infra"], "implementation", "district", "dev", "foreign_own",
  "advanced_infrastructure", "existing_city", ["43032", "14021"],
  "Area-based package of several solutions → city_development; retrofit of existing neighbourhoods → existing_city, "
  "neither regeneration nor new development; street and utility hardware → advanced_infrastructure.")

E("foreign_gov", "row", "ko",
  "인도네시아 누산타라 수도청 중앙정부핵심지구 스마트그리드 사업 사전 시장조사",
  "2026 | 누산타라 수도청 | 배전자동화·AMI·에너지저장장치 | 민관협력 방식 검토 | 시장조사(마켓 사운딩) 단계",
  "SD", ["energy"], "identification", "district", "dev", "foreign_own",
  "advanced_infrastructure", "new_development", ["23630", "23183"],
  "Market sounding only → identification; the host authority's own programme → foreign_own even if delivered as PPP later.")

E("foreign_gov", "press", "en",
  "Rwanda rolls out shared urban data platform to six secondary cities",
  "KIGALI — The ministry in charge of ICT has begun rolling out the national urban data platform, first used by the City "
  "of Kigali, to the secondary cities of Huye, Musanze, Rubavu, Rusizi, Muhanga and Nyagatare. Each district will connect "
  "its land, permit and revenue databases to the platform and receive a dashboard for planning decisions. The rollout is "
  "financed from the national budget and will be completed by mid-2027.",
  "SD", ["data_platform_infra", "governance_admin"], "operation_diffusion", "national", "dev", "foreign_own",
  "platform_centered", "existing_city", ["22040", "15185"],
  "Rollout of an existing platform to six cities → operation_diffusion and national; government's own budget → foreign_own.")

E("foreign_gov", "narrative", "ko",
  "이집트 신행정수도 통합관제센터 가동",
  "이집트 신행정수도는 개발공사가 직접 발주한 통합관제센터를 2024년부터 가동하고 있다. 센터는 도시 전역 6,000여 대의 "
  "CCTV, 스마트 가로등, 교통신호, 상수도 계량 데이터를 하나의 플랫폼에서 관리하며, 정부청사 지구 입주가 늘어남에 따라 "
  "주거지구로 연계 범위를 넓히고 있다.",
  "SD", ["safety_disaster", "data_platform_infra"], "operation_diffusion", "city", "dev", "foreign_own",
  "platform_centered", "new_development", ["15132", "22040"],
  "Operating and being extended → operation_diffusion; one centre linking many systems → platform_centered; new capital → "
  "new_development.")

E("foreign_gov", "misleading", "en",
  "Smart Kampala 2040: Greater Kampala Economic Development Strategy",
  "A strategy prepared for the national ministry responsible for Kampala and metropolitan affairs, covering Kampala and "
  "the districts of Wakiso, Mukono and Mpigi. Its chapters deal with industrial parks, market upgrading, informal-trader "
  "licensing and two business incubation hubs; apart from the title, the word smart appears only in a short annex on "
  "e-payment of trading licences.",
  "PC", ["industry_economy", "governance_admin"], "master_planning", "national", "dev", "foreign_own",
  "innovation_space", "existing_city", ["25010", "32120"],
  "Smart in title only; a metropolitan strategy over several districts → national; incubation hubs are the only "
  "innovation element → innovation_space (low confidence).")

E("foreign_gov", "row", "ko",
  "태국 디지털경제진흥청 스마트시티 인증 및 도시데이터플랫폼 보조",
  "태국 | 디지털경제진흥청 | 인증 도시 36곳 | 인증 도시에 도시데이터플랫폼 구축 보조금 지급 | 2019~ 운영",
  "IC", ["governance_admin", "data_platform_infra"], "operation_diffusion", "national", "dev", "foreign_own",
  "platform_centered", "existing_city", ["15185", "22040"],
  "Certification scheme → institution_capacity; 36 cities → national; incentive aimed at city data platforms → "
  "platform_centered.")

E("foreign_gov", "tender", "en",
  "Invitation for Expressions of Interest: Smart Water and Wastewater Utility Concession, New Clark City",
  "The Bases Conversion and Development Authority invites qualified firms to a market-sounding round for a 25-year "
  "concession to design, build and operate the water supply and wastewater system of New Clark City, including smart "
  "metering, SCADA and reuse of treated water. Submissions of interest close on 31 July 2026; the tender structure will "
  "be decided afterwards.",
  "SD", ["water"], "identification", "city", "dev", "foreign_own",
  "advanced_infrastructure", "new_development", ["14021", "14022"],
  "Market sounding before any tender → identification; a host-government programme procured as a concession stays "
  "foreign_own (convention 2).")

# ---------------------------------------------------------------- Korean central government
E("central_gov", "press", "ko",
  "국토부, 2026년 스마트시티 통합플랫폼 보급사업 5개 지자체 선정",
  "국토교통부는 '2026년 스마트시티 통합플랫폼 기반구축 사업' 대상지로 ○○시, ○○군 등 5개 지자체를 선정했다고 밝혔다. "
  "지자체당 국비 6억원을 지원해 CCTV 통합관제센터에 112·119 긴급출동, 재난상황 공유, 사회적 약자 보호 등 5대 연계 "
  "서비스를 구축한다. 통합플랫폼은 2015년부터 보급되어 현재 대부분의 시·군에서 운영 중이다.",
  "SD", ["data_platform_infra", "safety_disaster"], "operation_diffusion", "national", "dom", "national_program",
  "platform_centered", "existing_city", ["22040", "15132"],
  "Another diffusion round of an established platform → operation_diffusion; five local governments at once → national.")

E("central_gov", "budget_line", "ko",
  "국가 시범도시 조성 지원(부산 에코델타 스마트시티) — 2026년 예산",
  "국비 ○○억원: 스마트 물관리(스마트 워터시티), 스마트 인프라 구축 및 혁신산업 창업공간 조성 (계속사업)",
  "CD", ["water", "data_platform_infra", "industry_economy"], "implementation", "district", "dom", "national_program",
  "advanced_infrastructure", "new_development", ["43032", "14021"],
  "National pilot city is a city-development package → city_development; the site is one district of Busan → district; "
  "water and infrastructure listed first → advanced_infrastructure (low confidence).")

E("central_gov", "row", "ko",
  "스마트시티형 도시재생 뉴딜 | 전남 목포 원도심",
  "국비 50억 | 2020–2024 | 근대역사문화 공간 AR 관광안내, 스마트 방범, 공영주차 정보 | 준공 후 운영",
  "CD", ["culture_tourism", "safety_disaster", "mobility"], "operation_diffusion", "district", "dom", "national_program",
  "advanced_infrastructure", "regeneration", ["43030", "33210"],
  "Smart regeneration area with several solutions → city_development and regeneration; completed and operated → "
  "operation_diffusion.")

E("central_gov", "narrative", "en",
  "Smart City Regulatory Sandbox: Sidewalk Delivery Robots in Sejong's 5-1 Living Zone",
  "The Ministry of Land, Infrastructure and Transport granted a special regulatory exemption allowing ○○ Robotics to run "
  "autonomous delivery robots on the sidewalks and crossings of Sejong's 5-1 living zone, the national pilot city "
  "district. For two years the company may deliver meals and parcels to 3,000 households while the ministry collects "
  "incident data to revise the road traffic rules.",
  "PD", ["mobility", "industry_economy"], "pilot", "district", "dom", "national_program",
  "innovation_space", "new_development", ["21013", "25010"],
  "Sandbox exemption for a trial → pilot_demonstration and innovation_space; a living zone → district.")

E("central_gov", "misleading", "ko",
  "지역 디지털 역량 강화 사업",
  "행정안전부 공모로 선정된 8개 시·군에 국비 각 10억원을 지원한다. 사업명과 달리 교육 사업이 아니라, 상·하수도·가스·통신 "
  "등 지하시설물 도면을 3차원 디지털 트윈으로 통합하고 굴착 공사 전 자동 검토하는 관리 시스템을 구축하는 내용이다. "
  "2026년 구축, 2027년 운영 전환 예정.",
  "SD", ["housing_facility", "data_platform_infra"], "implementation", "national", "dom", "national_program",
  "platform_centered", "existing_city", ["43031", "22040"],
  "Capacity-sounding title over an underground-utility digital twin → solution_deployment by content; eight cities at once "
  "→ national.")

E("central_gov", "row", "en",
  "Smart City Challenge main project – Daejeon demand-responsive transit and smart shelters",
  "MOLIT Smart City Challenge | Daejeon | 2023–2025 | KRW 20bn (state 10bn, city 10bn) | on-demand minibuses in the "
  "Daedeok science district + 30 climate-controlled bus shelters | services in operation since 2025",
  "SD", ["mobility", "welfare_health"], "operation_diffusion", "district", "dom", "national_program",
  "advanced_infrastructure", "existing_city", ["21012"],
  "Ministry competition with matched city money → national_program; service area is one district of Daejeon → district; "
  "vehicles and shelters read as advanced_infrastructure although the dispatch software is a platform (low confidence).")

E("central_gov", "tender", "ko",
  "세종 5-1생활권 스마트시티 데이터허브 운영 및 유지관리 용역 입찰공고",
  "공고기관: 행정중심복합도시건설청 | 용역기간: 착수일로부터 24개월 | 기초금액: 18억 7천만원 | 과업내용: 데이터허브 및 "
  "도시 서비스 연계 API 운영, 장애 대응, 데이터 품질관리, 신규 서비스 3종 연계 | 참가자격: 소프트웨어사업자 | "
  "입찰방식: 협상에 의한 계약",
  "SD", ["data_platform_infra"], "operation_diffusion", "district", "dom", "national_program",
  "platform_centered", "new_development", ["22040", "43030"],
  "O&M of an existing data hub → operation_diffusion; paid by a central agency → national_program, not development_fee.")

E("central_gov", "press", "en",
  "Korea opens Smart City Cooperation Centre in Jakarta",
  "JAKARTA — The Korean Ministry of Land, Infrastructure and Transport opened a smart city cooperation centre in Jakarta "
  "to help Korean firms find Indonesian partners, hold match-making and showcase events, and advise Indonesian cities on "
  "project preparation. The centre is funded from the ministry's overseas market-expansion budget, not from ODA, and will "
  "serve cities across Indonesia.",
  "IC", ["industry_economy", "governance_admin"], "operation_diffusion", "national", "dev", "national_program",
  "innovation_space", "existing_city", ["25010", "43030"],
  "Cooperation centre → institution_capacity; Korean non-ODA ministry budget spent abroad → national_program with "
  "overseas_developing; business-ecosystem support → innovation_space (low confidence).")

# ---------------------------------------------------------------- Korean local governments
E("local_gov", "budget_line", "ko",
  "수원시 2026년 본예산 — 스마트 버스정류장 추가 설치",
  "스마트 버스정류장 20개소 추가 설치 3억 6천만원(시비 100%) / 냉난방·공기청정·버스도착 안내·비상벨",
  "SD", ["mobility", "welfare_health"], "operation_diffusion", "site", "dom", "local_private",
  "advanced_infrastructure", "existing_city", ["21012"],
  "Adding 20 more shelters to a running programme → operation_diffusion; 20 individual facilities → site, not city.")

E("local_gov", "row", "en",
  "Seoul Metropolitan Government – S-DoT urban data sensors",
  "1,100 multi-sensor units (fine dust, noise, temperature, foot traffic) on poles in all 25 districts | city budget | "
  "operating; data published on the open data portal",
  "SD", ["environment_waste", "data_platform_infra"], "operation_diffusion", "city", "dom", "local_private",
  "advanced_infrastructure", "existing_city", ["41010", "22040"],
  "Seoul taken as one metropolitan city → city; sensors are what is built → advanced_infrastructure.")

E("local_gov", "narrative", "ko",
  "경기도 버스정보시스템 고도화",
  "경기도는 도비 45억원을 들여 31개 시·군이 함께 쓰는 버스정보시스템을 고도화한다. 시·군별로 따로 관리하던 정류장 "
  "정보와 노선 데이터를 도 단위 통합 플랫폼으로 일원화하고, 수요응답형 버스와 광역버스 좌석 예약 정보를 연계한다. "
  "2026년 말까지 구축하고 2027년부터 새 시스템으로 전환한다.",
  "SD", ["mobility", "data_platform_infra"], "implementation", "national", "dom", "local_private",
  "platform_centered", "existing_city", ["21012", "22040"],
  "A province serving 31 cities and counties → national; own provincial budget → local_private; data unification → "
  "platform_centered.")

E("local_gov", "misleading", "en",
  "Busan Smart Harbour City Festival 2026",
  "A three-day exhibition and festival at the city's convention centre organised by the Busan city government: booths of "
  "local smart-city start-ups, buyer match-making with overseas city delegations, a drone light show and food stalls. "
  "Budget KRW 1.2 billion from the city. No solution is installed or tested.",
  "IC", ["industry_economy", "culture_tourism"], "implementation", "city", "dom", "local_private",
  "innovation_space", "existing_city", ["25010", "33210"],
  "Smart name over an ordinary promotion event → institution_capacity (promotion); start-up matching → innovation_space "
  "(low confidence); event being organised → implementation.")

E("local_gov", "row", "ko",
  "대구 달서구 스마트 횡단보도 설치",
  "구비 2억 5천만원 | 초등학교 앞 5개소 | 보행자 감지·바닥신호등·음성안내 | 2025 준공",
  "SD", ["safety_disaster", "mobility"], "operation_diffusion", "site", "dom", "local_private",
  "advanced_infrastructure", "existing_city", ["21020"],
  "Five named crossings → site; aim is child pedestrian safety → safety_disaster first; completed → operation_diffusion.")

E("local_gov", "narrative", "en",
  "Jeju V2G and EV Charging Data Platform Pilot",
  "Jeju Special Self-Governing Province, together with the island's grid operator and private charge-point operators, is "
  "piloting vehicle-to-grid discharging on 200 chargers and connecting data from 3,000 public chargers to a provincial "
  "platform that steers charging into solar-surplus hours. The pilot is funded from the provincial budget and private "
  "partners' contributions and runs until 2027.",
  "PD", ["energy", "mobility"], "pilot", "national", "dom", "local_private",
  "platform_centered", "existing_city", ["23642", "23183"],
  "A province containing two cities → national; own provincial budget plus private money → local_private; the platform "
  "steering chargers is the core → platform_centered.")

E("local_gov", "press", "ko",
  "성동구, '스마트 경로당' 원격 건강관리 서비스 관내 전 경로당 확대",
  "서울 성동구는 지난해 10곳에서 시범 운영한 스마트 경로당 원격 건강관리 서비스를 올해 관내 전 경로당 52곳으로 "
  "확대한다고 밝혔다. 경로당마다 혈압·혈당 측정기와 화상 운동 프로그램용 스마트TV를 설치하고, 보건소 간호사가 측정 "
  "결과를 원격으로 확인해 이상이 있으면 방문 상담을 한다. 사업비 4억원은 전액 구비로 충당한다.",
  "SD", ["welfare_health"], "operation_diffusion", "district", "dom", "local_private",
  "advanced_infrastructure", "existing_city", ["16010", "12220"],
  "Extension from pilot to all centres → operation_diffusion; an autonomous gu of Seoul covering all its centres → "
  "district (convention 4).")

# ---------------------------------------------------------------- LH
E("lh", "budget_line", "ko",
  "LH 인천계양 테크노밸리 스마트시티 기반시설 조성비",
  "3기 신도시 인천계양 스마트시티 조성: 통합운영센터 구축, 자율주행 셔틀 정류장·노변기지국, 스마트 폴 — 사업비 "
  "○○억원(조성원가 반영), 2026~2028 집행",
  "CD", ["data_platform_infra", "mobility"], "implementation", "district", "dom", "development_fee",
  "platform_centered", "new_development", ["43032", "22040"],
  "Smart infrastructure paid through the land-development cost of a new town → development_fee; a new town inside "
  "Incheon → district; the operation centre comes first → platform_centered (low confidence).")

E("lh", "narrative", "en",
  "LH Smart City Plan for the Namyangju Wangsuk New Town",
  "LH has commissioned the smart city plan for the Wangsuk new town in Namyangju. A citizens' panel of prospective and "
  "current residents is helping to choose the services, and the plan will define the integrated operation centre, the "
  "data hub architecture and which services are built as part of the land-development works. The plan is due for "
  "approval by the end of 2026.",
  "PC", ["data_platform_infra", "governance_admin"], "master_planning", "district", "dom", "development_fee",
  "platform_centered", "new_development", ["43031", "15150"],
  "New-town smart plan → planning_consulting; paid from the new-town project budget → development_fee; plan centred on "
  "the centre and data hub → platform_centered.")

E("lh", "tender", "ko",
  "화성동탄2 스마트시티 방범 CCTV 및 비상벨 설치공사 입찰공고",
  "공고: 한국토지주택공사 | 공사명: 화성동탄2 택지개발사업 스마트시티 방범 인프라 설치공사(3공구) | 내용: 지능형 CCTV "
  "420대, 비상벨 150개소, 자가망 광케이블 18km | 추정금액: 34억원 | 입찰서 제출 마감: 2026.4.28",
  "SD", ["safety_disaster"], "implementation", "district", "dom", "development_fee",
  "advanced_infrastructure", "new_development", ["15132", "22040"],
  "One works package of a new-town smart system → solution_deployment; paid by LH from land development → "
  "development_fee.")

E("lh", "press", "en",
  "LH signs master plan contract for Kuwait's South Saad Al-Abdullah smart city",
  "Korea Land and Housing Corporation (LH) has signed a contract with Kuwait's public housing authority to prepare the "
  "master plan and detailed design of South Saad Al-Abdullah, a new town for about 400,000 residents west of Kuwait City. "
  "The plan covers land use, housing, a district cooling network and a city-wide integrated operation platform. The "
  "contract is paid by the Kuwaiti authority.",
  "PC", ["housing_facility", "data_platform_infra", "energy"], "master_planning", "city", "hi", "foreign_own",
  "platform_centered", "new_development", ["43031", "16030"],
  "Kuwait is not an ODA recipient → overseas_developed; paid by the Kuwaiti authority → foreign_own although LH is "
  "Korean; master plan → planning_consulting.")

E("lh", "row", "ko",
  "LH 노후 공공임대 스마트 그린리모델링 | 서울 노원 중계 | 2025–2027",
  "영구임대 1,500세대 | IoT 화재·가스 감지, 독거어르신 안부 센서, 단지 에너지관리(EMS) | 국비(그린리모델링)+LH | 공사 중",
  "CD", ["housing_facility", "welfare_health", "energy"], "implementation", "district", "dom", "national_program",
  "advanced_infrastructure", "regeneration", ["16040", "23183"],
  "LH but not a new town and state-funded → national_program, not development_fee; ageing rental complex upgraded with "
  "several solutions → city_development and regeneration; a complex → district.")

# ---------------------------------------------------------------- PPP
E("ppp", "narrative", "en",
  "Unsolicited BTO proposal for a city-wide smart parking concession in Ulsan",
  "A consortium of ○○ Engineering and ○○ Telecom has submitted an unsolicited build-transfer-operate proposal to Ulsan "
  "Metropolitan City for 6,000 sensor-equipped on-street and public off-street parking spaces with a guidance app and "
  "enforcement cameras, to be financed by parking fees over 20 years. The proposal awaits the public investment centre's "
  "appropriateness review before the city decides whether to call for third-party proposals.",
  "SD", ["mobility"], "identification", "city", "dom", "local_private",
  "advanced_infrastructure", "existing_city", ["21020"],
  "Unsolicited proposal awaiting review → identification; private finance → local_private.")

E("ppp", "press", "ko",
  "KIND·○○건설 컨소시엄, 베트남 하노이 스마트 신도시 투자개발 본계약",
  "한국해외인프라도시개발지원공사(KIND)와 ○○건설 컨소시엄이 하노이 서부 200ha 규모 스마트 신도시 투자개발 사업 본계약을 "
  "체결했다. 컨소시엄은 토지 보상 후 주거·상업시설과 함께 통합운영센터, 스마트 주차, 단지 보안 시스템을 일괄 조성하며, "
  "총 사업비 약 22억 달러는 지분 투자와 PF 대출로 조달한다. 착공은 내년 초 예정이다.",
  "CD", ["housing_facility", "data_platform_infra", "mobility"], "implementation", "district", "dev", "local_private",
  "platform_centered", "new_development", ["43032", "16030"],
  "Investment-development by Korean firms with public-corporation equity → local_private even abroad (convention 2); "
  "200-ha new district → district; contract signed → implementation.")

E("ppp", "tender", "en",
  "Invitation to bid: BTL project for smart sewer monitoring and rehabilitation in Gwangju",
  "Gwangju Metropolitan City invites bids for a build-transfer-lease (BTL) project to rehabilitate 85 km of ageing sewer "
  "pipes and install flow, level and gas sensors with a city-wide sewer monitoring system. The concessionaire finances "
  "the works and is repaid by availability payments over 20 years. Bids close on 22 May 2026.",
  "SD", ["water", "safety_disaster"], "implementation", "city", "dom", "local_private",
  "advanced_infrastructure", "existing_city", ["14022"],
  "BTL is a PPP → local_private although the city pays later; rehabilitating ageing pipes is not urban regeneration → "
  "existing_city.")

E("ppp", "row", "ko",
  "부산시 스마트 공공자전거 민간투자(BOO) 운영",
  "3,000대 | IoT 잠금장치·GPS | 민간사업자 ○○모빌리티 | 10년 운영 중(3년차)",
  "SD", ["mobility"], "operation_diffusion", "city", "dom", "local_private",
  "advanced_infrastructure", "existing_city", ["21020", "21012"],
  "Privately financed and operated → local_private; fleet of IoT bikes → advanced_infrastructure.")

# ---------------------------------------------------------------- private
E("private", "press", "en",
  "Korean start-up to pilot AI waste bins in Dubai Silicon Oasis at its own cost",
  "DUBAI — ○○ Solutions, a Seoul-based start-up, signed an MoU with the Dubai Silicon Oasis authority to install 40 "
  "solar-powered compacting bins with fill-level sensors and AI sorting in the free zone's central park and office "
  "streets. The company will bear all costs during the six-month pilot and share collection data with the authority.",
  "PD", ["environment_waste"], "pilot", "site", "hi", "local_private",
  "advanced_infrastructure", "existing_city", ["14050"],
  "UAE is not an ODA recipient → overseas_developed; company pays → local_private; demonstration of a sensor product → "
  "advanced_infrastructure.")

E("private", "narrative", "ko",
  "○○건설, 신규 분양 아파트 단지에 스마트홈·단지 통합관리 플랫폼 적용",
  "○○건설은 올해 분양하는 평택 고덕국제신도시 아파트 단지(1,800세대)부터 자체 개발한 단지 통합관리 플랫폼을 적용한다. "
  "세대 내 조명·난방·환기 제어, 주차 위치 안내, 택배 보관함, 커뮤니티 시설 예약을 하나의 앱과 관리사무소 플랫폼으로 "
  "연계하며, 비용은 분양가에 포함된다.",
  "SD", ["housing_facility", "data_platform_infra"], "implementation", "district", "dom", "local_private",
  "platform_centered", "new_development", ["43032", "22040"],
  "One apartment complex → district; private developer → local_private; the product is an integration platform → "
  "platform_centered; located in a new town → new_development.")

E("private", "misleading", "en",
  "Smart Living Tower, Thu Duc City",
  "Sales brochure for a 32-storey condominium in Thu Duc City, Ho Chi Minh City: keycard lifts, app-based parcel lockers, "
  "a video doorphone and a gym booking app. The developer is ○○ Land with Korean capital. Structure topped out; handover "
  "to buyers in 2027.",
  "SD", ["housing_facility"], "implementation", "site", "dev", "local_private",
  "advanced_infrastructure", "existing_city", ["43032"],
  "Smart name over a conventional condominium, labelled by its few smart-home devices; one building → site; infill in an "
  "existing city → existing_city.")

E("private", "row", "ko",
  "○○모빌리티 자율주행 셔틀 유상운송 | 판교 제2테크노밸리",
  "자율주행 시범운행지구 | 셔틀 3대, 노변 V2X 장치 12기 | 유상 운송 면허 특례 | 운행 중",
  "PD", ["mobility"], "pilot", "district", "dom", "local_private",
  "advanced_infrastructure", "new_development", ["21012", "32182"],
  "Paid service but inside a pilot operation zone → pilot; a company demonstrating its vehicles and roadside units → "
  "advanced_infrastructure, not innovation_space; new techno-valley complex → district, new_development.")

# ---------------------------------------------------------------- national R&D
E("national_rnd", "row", "ko",
  "스마트시티 데이터허브 고도화 R&D — 대구·시흥 실증",
  "국토교통 R&D | 2023–2027 | 총 ○○○억원 | 데이터허브 플랫폼 고도화, 대구(교통·안전)·시흥(환경·에너지) 실증 | 실증 단계",
  "RD", ["data_platform_infra"], "pilot", "national", "dom", "national_rnd",
  "platform_centered", "existing_city", ["32182", "22040"],
  "R&D in its demonstration phase → rnd with stage pilot (convention 3); two cities → national.")

E("national_rnd", "narrative", "en",
  "Digital Twin-Based Urban Flood Forecasting: Overseas Testbed in Ho Chi Minh City",
  "Funded by the Korean national land and transport R&D programme, a consortium of a Korean university, ○○ Water "
  "Institute and Ho Chi Minh City's drainage company is developing a digital-twin flood forecasting model and testing it "
  "in the Nhieu Loc–Thi Nghe canal basin. Rain gauges and water-level sensors at 40 points feed the model, which issues "
  "six-hour inundation forecasts to the company's control room. The testbed phase runs through 2027.",
  "RD", ["safety_disaster", "water", "data_platform_infra"], "pilot", "district", "dev", "national_rnd",
  "platform_centered", "existing_city", ["43060", "32182"],
  "Korean R&D money spent abroad → national_rnd with overseas_developing; one canal basin → district; the model/twin is "
  "the deliverable → platform_centered.")

E("national_rnd", "budget_line", "ko",
  "2027년 국가R&D 신규과제(안) — 도시 지반침하 AI 예측기술 개발",
  "4년 총 120억원(정부출연) / GPR 탐사·매설관 센서 기반 AI 지반침하 예측 / 과제 기획 중",
  "RD", ["safety_disaster", "housing_facility"], "identification", "national", "dom", "national_rnd",
  "advanced_infrastructure", "existing_city", ["32182", "43060"],
  "Task still being planned → identification; R&D with no named site → national (convention 4); sensors and detection → "
  "advanced_infrastructure.")

E("national_rnd", "tender", "en",
  "Call for proposals: K-UAM Grand Challenge Phase 2 – vertiport operations demonstration",
  "The national UAM demonstration programme invites consortia for phase 2, in which selected teams will fly urban air "
  "mobility aircraft between a vertiport test site in Goheung and an urban test corridor in Incheon, testing traffic "
  "management, communications and vertiport operations. Government R&D funding of up to KRW 5 billion per consortium; "
  "proposals due 15 September 2026.",
  "PD", ["mobility"], "pilot", "site", "dom", "national_rnd",
  "innovation_space", "existing_city", ["21050", "32182"],
  "Designated test sites and a test corridor → site; a government test programme → pilot_demonstration and "
  "innovation_space; funded as national R&D → national_rnd.")

E("national_rnd", "row", "en",
  "NRF basic research – agent-based simulation of 15-minute-city accessibility in Seoul",
  "Yonsei Univ. lab | 2024–2027 | KRW 450m | model development, year 2",
  "RD", ["mobility", "welfare_health"], "implementation", "city", "dom", "national_rnd",
  "platform_centered", "existing_city", ["43082", "21011"],
  "Research in its development phase → implementation (convention 3); Seoul as study area → city; a simulation model is "
  "data work → platform_centered (low confidence).")


# ---------------------------------------------------------------- additions (balance of rarer values)
E("central_gov", "narrative", "ko",
  "스마트시티 혁신인재 육성 — 스마트시티 특화 대학원 지원사업",
  "국토교통부는 스마트시티 특화 대학원 지원사업을 6년째 이어가며 올해 2개 대학을 추가 선정해 지원 대학을 8곳으로 늘린다. "
  "대학별 연 5억원 내외를 지원하며, 교과과정은 도시데이터 분석, 디지털 트윈, 통합플랫폼 운영 실습이 중심이다. "
  "졸업생의 지자체·공기업 취업과 해외 공무원 공동 교육과정도 함께 운영한다.",
  "IC", ["industry_economy", "data_platform_infra"], "operation_diffusion", "national", "dom", "national_program",
  "platform_centered", "existing_city", ["43081", "11420"],
  "Graduate training programme → institution_capacity; sixth year and expanding to more universities → "
  "operation_diffusion and national; curriculum centred on data and platforms → platform_centered.")

E("lh", "row", "en",
  "LH | Goyang Changneung new town | smart water and pneumatic waste collection",
  "real-time water-quality and leak sensors on the distribution network + underground pneumatic waste pipes for 14 "
  "housing blocks | paid from land-development cost | works contract 2026",
  "SD", ["water", "environment_waste"], "implementation", "district", "dom", "development_fee",
  "advanced_infrastructure", "new_development", ["14021", "14050"],
  "Two utility solutions rather than a full package → solution_deployment; paid through the new town's land-development "
  "cost → development_fee; new town inside Goyang → district.")

E("national_rnd", "narrative", "ko",
  "노후 주거지 스마트 도시재생 리빙랩 R&D — 부산 영도구 봉래동",
  "국토교통 R&D 과제로, 연구단이 부산 영도구 봉래동 노후 주거지를 리빙랩으로 삼아 주민과 함께 서비스를 개발한다. "
  "고령 주민의 낙상 감지, 경사로 보행 안전, 빈집 관리 서비스를 주민 협의체와 공동 설계하고 있으며, 올해는 서비스 "
  "프로토타입 개발 단계이고 내년부터 현장 시험에 들어간다.",
  "RD", ["housing_facility", "welfare_health"], "implementation", "district", "dom", "national_rnd",
  "innovation_space", "regeneration", ["32182", "16030"],
  "R&D in its development phase → rnd with stage implementation (convention 3); a living lab in one ageing neighbourhood "
  "→ innovation_space, district and regeneration.")

E("eu_foreign", "press", "en",
  "Venice extends its tourist-flow control room and day-visitor access system",
  "VENICE — The municipality will extend the smart control room that counts visitors with cameras and mobile-phone data "
  "and links the count to the day-tripper access fee and booking platform. From 2026 the system will also steer boat "
  "traffic on the Grand Canal and send crowding alerts to visitors' phones. The extension is financed from the city's "
  "own budget and access-fee revenue.",
  "SD", ["culture_tourism", "mobility", "data_platform_infra"], "operation_diffusion", "city", "hi", "foreign_own",
  "platform_centered", "existing_city", ["33210", "22040"],
  "Extension of an operating control room → operation_diffusion; visitor management is the stated purpose → "
  "culture_tourism first; the control room linking data sources → platform_centered.")


def build():
    rows = []
    for i, e in enumerate(ENTRIES, 1):
        rows.append({
            "id": f"h{i:03d}",
            "title": e["title"],
            "description": e["description"],
            "lang": e["lang"],
            "origin": "blind7",
            "split": "blind7",
            "source": None,
            "kind": e["kind"],
            "style": e["style"],
            "labels": e["labels"],
            "crs": e["crs"],
            "notes": e["notes"],
        })
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} entries to {OUT}")


if __name__ == "__main__":
    build()
