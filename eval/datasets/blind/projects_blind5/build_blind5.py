#!/usr/bin/env python3
"""Build the blind5 evaluation set (projects_blind5.jsonl) from the entries below.

Each entry is written as a tuple:
  (lang, kind, style, title, description,
   project_type, [sector...], stage, scale, region, program, smart_city_type, urban_context,
   [crs...], notes)
IDs f001... are assigned in order. Labels follow /work/shared/specs/taxonomy.md; CRS codes are
active 5-digit purpose codes from /work/shared/external/oecd-dac-crs/Sector.xml.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "projects_blind5.jsonl")

DEV = "overseas_developing"
DVD = "overseas_developed"
DOM = "domestic"

ENTRIES = [
    # 1
    ("en", "edcf", "row",
     "Vietnam | Hanoi Ring Road 3 ITS (Phase 2) | EDCF",
     "Vietnam | ITS for the elevated section of Hanoi Ring Road No.3 (Mai Dich – Thanh Tri), phase 2: VMS boards, "
     "vehicle detectors, CCTV and a link to the city traffic control centre | EDCF loan | approved 2023 | USD 45m | under construction",
     "solution_deployment", ["mobility"], "implementation", "site", DEV, "oda_loan",
     "advanced_infrastructure", "existing_city", ["21020", "21011"],
     "One road section equipped with ITS field devices -> site; EDCF loan -> oda_loan."),
    # 2
    ("ko", "koica", "narrative",
     "에티오피아 아디스아바바 무수율 저감을 위한 스마트 물관리 구축사업",
     "KOICA 무상원조 사업(2022~2026, 950만 달러)으로, 아디스아바바 상하수도청(AAWSA) 관할 2개 급수구역에 블록시스템(DMA)을 "
     "구성하고 원격검침 계량기 1만2천 개, 압력·유량 센서, 누수탐지 장비를 설치한다. 수집된 데이터는 상수도청 본부의 관망관리 "
     "시스템으로 전송된다. 현재 1차년도 기자재 설치가 진행 중이며, 무수율을 40%대에서 25% 수준으로 낮추는 것이 목표다. "
     "상수도청 운영인력 교육이 함께 이루어진다.",
     "solution_deployment", ["water", "data_platform_infra"], "implementation", "district", DEV, "oda_grant",
     "advanced_infrastructure", "existing_city", ["14021", "14020"],
     "Two supply zones of one city -> district. Mainly meters and sensors -> advanced_infrastructure."),
    # 3
    ("en", "ksp", "narrative",
     "Policy consultation on a national smart city strategy for Uzbekistan",
     "Under the Knowledge Sharing Program 2024/25, Korean experts and Uzbekistan's Ministry of Construction and Housing and "
     "Communal Services are reviewing the draft national smart city concept. The consultation covers the legal basis for a "
     "smart city law, a governance framework for municipal data, a shortlist of pilot cities (Tashkent, Samarkand, Nukus) "
     "and financing options. Interim findings were discussed at a workshop in Tashkent; the final report is due in spring. "
     "No investment component is included.",
     "planning_consulting", ["governance_admin", "data_platform_infra"], "master_planning", "national", DEV,
     "oda_consulting", "platform_centered", "existing_city", ["43030", "15110"],
     "KSP policy consulting -> planning_consulting/oda_consulting even though law drafting is discussed (output is a strategy). "
     "smart_city_type weakly supported: data governance framework -> platform_centered."),
    # 4
    ("en", "mdb", "oda_db",
     "Tanzania - Dar es Salaam urban flood early warning and drainage monitoring",
     "Donor: International Development Association (World Bank) | Recipient: Tanzania | Flow: ODA loan (IDA credit) | "
     "Purpose: Disaster Risk Reduction | Status: Implementation | Description: Installation of 38 automatic rain and "
     "river-level gauges across the Msimbazi basin, SMS and cell-broadcast flood alerts, and a forecasting desk in the city "
     "disaster management office. Channel works in Jangwani are financed under a separate component.",
     "solution_deployment", ["safety_disaster", "water"], "implementation", "city", DEV, "oda_loan",
     "advanced_infrastructure", "existing_city", ["43060", "14015"],
     "MDB concessional credit -> oda_loan. Gauges and alert system -> advanced_infrastructure."),
    # 5
    ("en", "mdb", "misleading",
     "Smart Ger Area Development Programme - Ulaanbaatar (Tranche 3)",
     "Asian Development Bank multitranche financing facility, tranche 3. Despite its title, the tranche finances conventional "
     "works only: land readjustment in two sub-centres (Dambadarjaa and Bayankhoshuu), water and sewer connections, paved "
     "local roads, a heat-only boiler plant and a public service centre with a kindergarten. There are no ICT components, "
     "sensors or data systems. Civil works started last summer.",
     "city_development", ["housing_facility", "water"], "implementation", "district", DEV, "oda_loan",
     "advanced_infrastructure", "regeneration", ["43030", "14020"],
     "'Smart' only in the name: ordinary upgrading of informal ger areas. smart_city_type has no real support; "
     "advanced_infrastructure only as the physical-infrastructure default (low confidence). Ger-area upgrading -> regeneration."),
    # 6
    ("ko", "local_gov", "tender",
     "○○시 어린이보호구역 스마트 횡단보도 구축사업 입찰공고",
     "공고번호 제2024-○○호. 사업명: 어린이보호구역 스마트 횡단보도 구축사업. 사업내용: 관내 초등학교 주변 횡단보도 12개소에 "
     "보행자 감지 센서, 바닥형 보행신호등, 음성안내 보조장치, 차량번호 인식 과속경고 전광판 설치 및 1년간 유지관리. "
     "소요예산: 금640,000,000원(부가세 포함, 시비 100%). 계약방법: 제한경쟁입찰(협상에 의한 계약). 사업기간: 착수일로부터 150일.",
     "solution_deployment", ["mobility", "safety_disaster"], "implementation", "site", DOM, "local_private",
     "advanced_infrastructure", "existing_city", ["21020", "21011"],
     "Tender for construction -> stage implementation. 12 individual crossings -> site. City budget only -> local_private."),
    # 7
    ("ko", "central_gov", "press",
     "국토부, 2024년 스마트시티 통합플랫폼 기반구축 지자체 8곳 선정",
     "국토교통부는 2024년 스마트시티 통합플랫폼 기반구축 사업 대상으로 ○○군 등 8개 지자체를 선정했다고 밝혔다. 선정 지자체에는 "
     "각 6억원의 국비가 지원되며, 지자체는 같은 금액을 매칭해 기존 CCTV 통합관제센터에 통합플랫폼을 설치하고 112·119 긴급출동, "
     "재난상황, 사회적 약자 지원 등 5대 연계서비스를 제공한다. 통합플랫폼은 2015년 이후 전국 200여 개 지자체로 보급됐다.",
     "solution_deployment", ["data_platform_infra", "safety_disaster"], "operation_diffusion", "national", DOM,
     "national_program", "platform_centered", "existing_city", ["22040", "43030"],
     "Nationwide diffusion programme of a standard platform, several cities at once -> national, operation_diffusion."),
    # 8
    ("en", "eu", "narrative",
     "Positive energy district demonstration on Zorrotzaurre island, Bilbao (Horizon Europe)",
     "Funded by Horizon Europe (Smart Cities and Communities call), a consortium of 31 partners is demonstrating a positive "
     "energy district on part of Zorrotzaurre, a former industrial peninsula of Bilbao that is being regenerated. The "
     "demonstration combines rooftop PV on 14 refurbished buildings, a district heat pump using river water, bidirectional EV "
     "chargers and an energy-flexibility controller that balances surplus between buildings. Monitoring runs for 24 months "
     "from 2025, and replication plans are being prepared for two follower cities.",
     "pilot_demonstration", ["energy", "mobility"], "pilot", "district", DVD, "foreign_own",
     "advanced_infrastructure", "regeneration", ["23183", "23210"],
     "EU research funding in an EU city -> foreign_own (not Korean, not ODA). Demonstration of equipment -> advanced_infrastructure "
     "per the rule, not innovation_space."),
    # 9
    ("ko", "kcn", "narrative",
     "K-City Network 해외실증: 태국 방콕 스마트 가로등·대기질 센서 실증",
     "국토교통부 K-City Network 글로벌 협력 프로그램의 해외실증형 사업으로 선정된 국내 중소기업 ○○사가 방콕 도시청(BMA)과 함께 "
     "라차다피섹 로 1.2km 구간에 원격 디밍 LED 가로등 60주와 미세먼지·소음 센서를 부착한 스마트폴을 설치하고 8개월간 성능을 "
     "검증한다. 실증 결과를 바탕으로 BMA의 가로등 교체사업(약 5만 주) 수주를 추진할 계획이다.",
     "pilot_demonstration", ["energy", "environment_waste"], "pilot", "site", DEV, "kcn",
     "advanced_infrastructure", "existing_city", ["23183", "41010"],
     "Thailand is on the DAC list -> overseas_developing. Demonstration of a sensor/lighting product -> advanced_infrastructure."),
    # 10
    ("en", "koica", "oda_db",
     "Improving solid waste collection through ICT in Vientiane Capital",
     "Agency: KOICA | Recipient: Lao PDR | Flow: Grant | Sector: Waste management/disposal | Planned period: 2026-2029 | "
     "Indicative amount: USD 6.5m | Status: Identification - project concept paper accepted, pre-feasibility survey to be "
     "commissioned | Description: GPS trackers and fill-level sensors on collection trucks and about 800 bins, a "
     "route-optimisation and fee-billing system for the Vientiane Capital urban authority, and a waste separation campaign in "
     "four districts.",
     "solution_deployment", ["environment_waste", "governance_admin"], "identification", "city", DEV, "oda_grant",
     "advanced_infrastructure", "existing_city", ["14050"],
     "Concept paper accepted, pre-feasibility not yet done -> identification."),
    # 11
    ("ko", "edcf", "press",
     "수출입은행, 필리핀 다바오시 첨단교통관리시스템에 EDCF 1억1천만 달러 지원",
     "한국수출입은행은 필리핀 정부와 '다바오시 첨단교통관리시스템(ATMS) 구축사업'에 대외경제협력기금(EDCF) 1억1천만 달러를 "
     "지원하는 차관공여계약을 체결했다고 밝혔다. 사업은 시내 주요 교차로 340곳에 실시간 신호제어기와 차량검지기를 설치하고 "
     "교통관제센터를 신축하는 내용이다. 올해 하반기 시공사 선정을 거쳐 2028년 준공할 예정이다.",
     "solution_deployment", ["mobility", "data_platform_infra"], "implementation", "city", DEV, "oda_loan",
     "advanced_infrastructure", "existing_city", ["21020", "21011"],
     "Loan signed, contractor procurement next -> implementation. Mostly signal hardware across the city."),
    # 12
    ("en", "foreign", "press",
     "Singapore extends its national 3D digital twin to underground utilities",
     "The Singapore Land Authority announced that the national 3D map maintained with partner agencies will now include "
     "underground utility networks. Utility owners will submit as-built records in a common data standard, and the "
     "combined model will be used by agencies to screen excavation works and to plan new developments. The service has been "
     "in use by government agencies since 2022 and is being opened to approved contractors in phases.",
     "solution_deployment", ["data_platform_infra", "housing_facility"], "operation_diffusion", "national", DVD,
     "foreign_own", "platform_centered", "existing_city", ["43031", "22040"],
     "City-state: national agency and whole territory -> national (city would also be defensible). Not on DAC list."),
    # 13
    ("ko", "local_gov", "misleading",
     "○○구 하수관로 정비사업(2단계)",
     "노후 하수관로 4.2km를 교체하는 사업이다. 이번 2단계에서는 맨홀 35곳에 수위·유해가스 센서를 부착하고 LTE-M 통신으로 "
     "구청 상황실의 하수도 모니터링 시스템에 실시간 전송하도록 했다. 집중호우 때 역류 위험 구간을 미리 감지해 현장 대응반에 "
     "문자로 알린다. 총사업비 48억원 중 센서·시스템 분은 3억2천만원이며 구비로 충당한다. 현재 공사 중이며 10월 준공 예정이다.",
     "solution_deployment", ["water", "safety_disaster"], "implementation", "district", DOM, "local_private",
     "advanced_infrastructure", "existing_city", ["14022", "43060"],
     "Plain title hides an IoT sewer-monitoring component. Autonomous district (구) of a metropolitan city -> district."),
    # 14
    ("en", "mdb", "tender",
     "Abidjan Urban Mobility Project - Supply and installation of an area traffic control system",
     "Request for Bids. The Government of Côte d'Ivoire has received financing from the African Development Bank towards the "
     "cost of the Abidjan Urban Mobility Project and intends to apply part of the proceeds to the supply, installation and "
     "commissioning of an area traffic control system: adaptive signal controllers at 110 intersections of the Plateau, "
     "Cocody and Treichville communes, a fibre backbone and a central traffic management centre, with three years of "
     "maintenance. Bidding will be conducted through National Competitive Bidding procedures. Bid security: XOF 60,000,000.",
     "solution_deployment", ["mobility"], "implementation", "city", DEV, "oda_loan",
     "advanced_infrastructure", "existing_city", ["21020", "21011"],
     "110 intersections in three communes is more than 'particular intersections' -> city (site defensible). AfDB loan -> oda_loan."),
    # 15
    ("ko", "central_gov", "narrative",
     "국가 시범도시 부산 에코델타 스마트시티 조성",
     "부산 강서구 에코델타시티 내 약 2.8㎢ 부지에 조성 중인 국가 시범도시다. 도시 전체를 신기술 테스트베드로 개방해 규제샌드박스 "
     "특례를 적용하고, 로봇·자율주행·스마트워터 분야 스타트업과 기업이 입주하는 혁신산업 클러스터와 주민 참여 리빙랩을 운영하는 "
     "것이 핵심이다. 부지 조성과 기반시설 공사가 진행 중이며, 일부 블록은 입주가 시작됐다. 국비와 사업시행자 재원이 함께 투입된다.",
     "city_development", ["industry_economy", "data_platform_infra", "water"], "implementation", "district", DOM,
     "national_program", "innovation_space", "new_development", ["43030", "32182"],
     "National pilot city -> city_development, national_program (mixed with developer funds). Text stresses testbed/sandbox/"
     "start-up cluster -> innovation_space."),
    # 16
    ("en", "private", "press",
     "Korean smart-home firm to equip 4,200 apartments in a new Riyadh housing project",
     "Seoul-based ○○ Living said it has signed a supply contract with a Saudi developer to install smart-home systems in "
     "4,200 apartments of a new residential community in northern Riyadh. Each unit gets a wall-pad, smart meters for power "
     "and water, and an app-based energy management system linked to a community management office. Installation will follow "
     "the construction schedule of the blocks, with the first 1,100 units due next year.",
     "solution_deployment", ["housing_facility", "energy"], "implementation", "district", DVD, "local_private",
     "advanced_infrastructure", "new_development", ["16030", "23183"],
     "Saudi Arabia is not on the DAC list -> overseas_developed. Commercial contract -> local_private (private)."),
    # 17
    ("ko", "koica", "tender",
     "캄보디아 시엠립 스마트 관광정보 플랫폼 구축사업 사업관리(PMC) 용역 입찰공고",
     "한국국제협력단 공고. 사업명: 캄보디아 시엠립 스마트 관광정보 플랫폼 구축사업(2025~2028, 총 800만 달러). 용역범위: 앙코르 "
     "유적지 방문객 데이터 통합 플랫폼 설계·구축 관리, 다국어 관광안내 앱과 입장권 시스템 연계, 관광청 공무원 운영역량 강화 지원. "
     "용역기간: 계약일로부터 40개월. 입찰방식: 제한경쟁(기술 80 : 가격 20). 제안서 제출 마감: 공고일로부터 30일.",
     "solution_deployment", ["culture_tourism", "data_platform_infra"], "implementation", "city", DEV, "oda_grant",
     "platform_centered", "existing_city", ["33210", "22040"],
     "A PMC tender for a project starting construction -> the project is in implementation. Data platform -> platform_centered."),
    # 18
    ("en", "edcf", "oda_db",
     "Bangladesh - Dhaka power distribution modernisation with advanced metering",
     "Donor: Korea (EDCF) | Recipient: Bangladesh | Flow: ODA loan | Purpose code: Electric power transmission and distribution | "
     "Commitment: USD 96m | Status: Implementation | Description: Smart prepaid meters for 350,000 customers of the Dhaka "
     "distribution utility, SCADA and distribution management system for 42 substations, and a meter-data management system.",
     "solution_deployment", ["energy"], "implementation", "city", DEV, "oda_loan",
     "advanced_infrastructure", "existing_city", ["23630", "23183"],
     "AMI/SCADA hardware dominates -> advanced_infrastructure."),
    # 19
    ("ko", "local_gov", "press",
     "○○군, 홀몸 어르신 1,200가구에 AI 돌봄 스피커·활동감지 센서 확대 보급",
     "○○군은 2022년 시범 도입한 'AI 안심 돌봄' 서비스를 올해 군 전역 홀몸 어르신 1,200가구로 확대한다고 밝혔다. 가구마다 "
     "AI 스피커와 문열림·활동감지 센서를 설치해 24시간 이상 움직임이 없으면 보건소 관제요원과 생활지원사에게 자동으로 알린다. "
     "사업비 4억8천만원은 전액 군비로 충당한다.",
     "solution_deployment", ["welfare_health"], "operation_diffusion", "city", DOM, "local_private",
     "advanced_infrastructure", "existing_city", ["16010", "12220"],
     "Scaling an operating service to the whole county -> operation_diffusion, city."),
    # 20
    ("en", "foreign", "narrative",
     "Agile piloting in Kalasatama, Helsinki",
     "Forum Virium Helsinki, the city's innovation company, runs an agile piloting programme in Kalasatama, a new district "
     "built on a former harbour. Start-ups are invited in rounds to test services with residents for up to six months, with "
     "a small fee from the city, access to the district's data and help from the city's experts. Current pilots include "
     "shared cargo bikes, an app that shows household energy use and a robot that collects waste from courtyards.",
     "pilot_demonstration", ["industry_economy", "governance_admin"], "pilot", "district", DVD, "foreign_own",
     "innovation_space", "new_development", ["32130", "43030"],
     "Living-lab programme for start-ups -> innovation_space. Former harbour rebuilt as a new district -> new_development "
     "(regeneration arguable)."),
    # 21
    ("ko", "central_gov", "tender",
     "2025년도 스마트시티 혁신기술개발사업 신규과제 공고: 도시 디지털트윈 기반 침수 예측·대응 기술",
     "국토교통부와 국토교통과학기술진흥원은 2025년도 국가연구개발사업 신규과제를 다음과 같이 공고합니다. 과제명: 도시 디지털트윈 "
     "기반 도시침수 예측 및 대응 의사결정 지원 기술 개발. 연구기간: 2025.4.~2028.12.(45개월). 정부출연금: 총 96억원 이내. "
     "주요내용: 실시간 강우·하수관로 데이터 융합 침수 예측 모델, 3차원 도시모델 연계 시뮬레이션 플랫폼, 실증도시 1곳 적용. "
     "신청자격: 산·학·연 컨소시엄(중소기업 1곳 이상 필수).",
     "rnd", ["safety_disaster", "data_platform_infra"], "identification", "city", DOM, "national_rnd",
     "platform_centered", "existing_city", ["32182", "43060"],
     "A call for R&D proposals: the project has not started -> identification. One test city -> city."),
    # 22
    ("en", "mdb", "press",
     "IDB approves USD 120 million for Barranquilla's integrated public transport system",
     "The Inter-American Development Bank approved a USD 120 million loan to Colombia to help Barranquilla integrate its "
     "bus network. The programme finances an account-based electronic fare system valid on the BRT and feeder buses, "
     "on-board GPS units for 1,400 vehicles, real-time passenger information at 300 stops and a fleet control centre for "
     "the metropolitan transport authority. Procurement of the fare system is expected to start within the year.",
     "solution_deployment", ["mobility", "data_platform_infra"], "implementation", "city", DEV, "oda_loan",
     "platform_centered", "existing_city", ["21012", "21011"],
     "MDB loan to a DAC-list country -> oda_loan (channel rule, see README). Fare integration + control centre -> "
     "platform_centered, though GPS units make advanced_infrastructure arguable."),
    # 23
    ("ko", "kcn", "row",
     "키르기스스탄 비슈케크 스마트 대중교통 계획수립 (K-City Network 2023)",
     "K-City Network 2023 | 계획수립형 | 키르기스스탄 비슈케크 | BIS·교통카드 통합운영 플랫폼 기본계획 | 국비 7억원 | 최종보고 완료",
     "planning_consulting", ["mobility", "data_platform_infra"], "master_planning", "city", DEV, "kcn",
     "platform_centered", "existing_city", ["21011", "21012"],
     "Completed plan: stage stays master_planning (the project itself is planning)."),
    # 24
    ("en", "eu", "oda_db",
     "Moldova - e-services one-stop shops in municipalities",
     "Donor: EU Institutions | Recipient: Republic of Moldova | Flow: ODA grant | Channel: UNDP | Sector: Decentralisation "
     "and support to subnational government | Status: Implementation | Description: Digitalisation of 42 municipal "
     "services (civil status, permits, local taxes) through the national e-services platform, one-stop shops in 30 towns, "
     "and training of 240 local civil servants.",
     "solution_deployment", ["governance_admin", "data_platform_infra"], "implementation", "national", DEV, "oda_grant",
     "platform_centered", "existing_city", ["15112", "15185", "22040"],
     "EU grant in a DAC-list country -> oda_grant. Thirty towns -> national."),
    # 25
    ("ko", "other", "narrative",
     "남양주 왕숙 공공주택지구 스마트시티 기반시설 조성",
     "한국토지주택공사(LH)가 시행하는 3기 신도시 남양주 왕숙지구(약 6만6천 호)의 스마트시티 기반시설이다. 부지조성 공사와 함께 "
     "자가통신망, 스마트폴, 수요응답형 교통 정류장, 지구 통합운영센터 건물을 시공하며, 비용은 택지 조성원가에 반영된다. "
     "완공 후 시설과 운영은 남양주시로 이관된다. 현재 1공구 기반시설 공사가 진행 중이다.",
     "city_development", ["data_platform_infra", "mobility", "safety_disaster"], "implementation", "district", DOM,
     "development_fee", "advanced_infrastructure", "new_development", ["43030", "22040"],
     "New town inside an existing city -> district. Paid via land-development cost -> development_fee."),
    # 26
    ("ko", "other", "row",
     "화성 동탄2 U-City 기반시설",
     "경기 화성 동탄2신도시 | U-City 기반시설(방범 CCTV 520대, BIS, 자가통신망, 도시통합운영센터) | LH 조성원가 반영 | "
     "2016 준공 | 화성시 이관 후 운영 중",
     "city_development", ["safety_disaster", "mobility", "data_platform_infra"], "operation_diffusion", "district", DOM,
     "development_fee", "advanced_infrastructure", "new_development", ["43030", "15132"],
     "Completed and handed over, now operated by the city -> operation_diffusion."),
    # 27
    ("en", "central_gov", "press",
     "Korea approves 12 more smart-city services under the regulatory sandbox",
     "The Ministry of Land, Infrastructure and Transport said its smart-city regulatory sandbox committee approved 12 new "
     "cases, bringing the total since 2020 to over 90. Approved services include on-demand shared e-scooter parking on "
     "sidewalks, a robot delivery service in apartment complexes and drone inspection of bridges. Companies may operate the "
     "services for up to four years while the related laws are reviewed.",
     "institution_capacity", ["governance_admin", "industry_economy"], "operation_diffusion", "national", DOM,
     "national_program", "innovation_space", "existing_city", ["15110", "25010"],
     "An institutional instrument (sandbox) in operation since 2020 -> institution_capacity; sandbox -> innovation_space."),
    # 28
    ("ko", "central_gov", "press",
     "국토부, 스마트시티 혁신인재 육성 대학원 5곳 선정",
     "국토교통부는 스마트시티 분야 석·박사급 인재를 양성하는 '스마트시티 혁신인재 육성사업' 신규 대학원 5곳을 선정했다고 밝혔다. "
     "대학원마다 5년간 연 6억원을 지원하며, 지자체·기업과 함께 도시문제 해결형 프로젝트와 창업 연계 교육을 운영한다. 이로써 "
     "사업 참여 대학원은 모두 14곳이 된다.",
     "institution_capacity", ["industry_economy", "governance_admin"], "operation_diffusion", "national", DOM,
     "national_program", "innovation_space", "existing_city", ["43081", "11430"],
     "Human-resource development -> institution_capacity. Nothing is built; innovation ecosystem (talent, start-ups) -> "
     "innovation_space with low confidence. urban_context not supported by the text."),
    # 29
    ("en", "koica", "narrative",
     "In-country training on smart city planning for Peruvian municipal officials",
     "KOICA and Peru's Ministry of Housing, Construction and Sanitation are running a three-year in-country training "
     "programme in Lima. Each year about 60 officials from 15 provincial and district municipalities take a six-week course on "
     "urban data, ITS, disaster management and project preparation, followed by an action plan for their own municipality. "
     "The second cohort is under way; a handbook in Spanish and a network of alumni are planned outputs.",
     "institution_capacity", ["governance_admin"], "implementation", "national", DEV, "oda_grant",
     "platform_centered", "existing_city", ["43081", "15185"],
     "Training -> institution_capacity. Many municipalities -> national. smart_city_type not supported by the text "
     "(nothing is built); platform_centered is a low-confidence guess."),
    # 30
    ("en", "mdb", "oda_db",
     "Cambodia - Preparing smart urban water services for secondary cities (ADB TA)",
     "Donor: Asian Development Bank (TA grant, e-Asia and Knowledge Partnership Fund) | Recipient: Cambodia | Flow: Grant | "
     "Sector: Water supply and sanitation | Status: Active | Description: Feasibility studies, safeguard documents and "
     "designs for district metering, SCADA and customer information systems in the water utilities of Battambang, Siem Reap "
     "and Kampong Cham, to prepare an ensuing loan.",
     "planning_consulting", ["water"], "master_planning", "national", DEV, "oda_grant",
     "advanced_infrastructure", "existing_city", ["14020", "14010"],
     "Project-preparation TA -> planning_consulting. Three cities -> national. TA grant -> oda_grant (oda_consulting arguable)."),
    # 31
    ("ko", "local_gov", "row",
     "서울 TOPIS 교통정보 운영 고도화",
     "서울특별시 | 종합교통정보센터(TOPIS) 운영 및 교통데이터 분석 고도화 | 시비 | 2024 | 35억원 | 운영 중",
     "solution_deployment", ["mobility", "data_platform_infra"], "operation_diffusion", "city", DOM, "local_private",
     "platform_centered", "existing_city", ["21011", "22040"],
     "Operating traffic information centre -> platform_centered, operation_diffusion."),
    # 32
    ("ko", "private", "tender",
     "○○시 공영주차장 스마트 주차 민간투자사업(BTO) 제3자 제안공고",
     "○○시는 민간투자법에 따라 민간사업자가 제안한 '공영주차장 스마트 주차 민간투자사업'의 제3자 제안을 공고합니다. "
     "사업내용: 시 공영주차장 42곳에 차량번호 인식 출입관리, 주차면 센서, 무인정산기와 실시간 빈자리 안내 앱 구축 및 15년간 "
     "운영(BTO). 총민간사업비: 약 68억원. 제안서 제출: 공고일로부터 90일. 우선협상대상자 선정 후 실시협약 체결 예정.",
     "solution_deployment", ["mobility"], "implementation", "city", DOM, "local_private",
     "advanced_infrastructure", "existing_city", ["21020"],
     "PPP (BTO) -> local_private. Procurement of the concessionaire -> implementation (identification arguable)."),
    # 33
    ("en", "private", "narrative",
     "Vehicle-to-grid trial with electric school buses in a Californian school district",
     "A US subsidiary of Korean battery maker ○○ is testing vehicle-to-grid operation with 16 electric school buses at one "
     "depot of a school district in Northern California. During summer peak hours the buses feed power back to the utility "
     "under a demand-response tariff. The 18-month trial, paid for by the company and a utility innovation grant, is meant "
     "to verify battery degradation and revenue before a wider offer to other districts.",
     "pilot_demonstration", ["energy", "mobility"], "pilot", "site", DVD, "local_private",
     "advanced_infrastructure", "existing_city", ["23642", "23183"],
     "One bus depot -> site. Company plus utility money -> local_private."),
    # 34
    ("ko", "ksp", "oda_db",
     "2023 KSP 페루 리마·카야오 광역 대중교통 통합요금체계 정책자문",
     "사업명: 2023/24 KSP 페루 정책자문 | 주제: 리마·카야오 광역교통청(ATU) 대중교통 통합요금·교통카드 체계 도입 방안 | "
     "수원국: 페루 | 원조형태: 기술협력(정책자문, 무상) | 주관: 기획재정부·KDI | 사업비: 4억5천만원 | 상태: 최종보고회 완료",
     "planning_consulting", ["mobility", "governance_admin"], "master_planning", "national", DEV, "oda_consulting",
     "platform_centered", "existing_city", ["21011", "21013"],
     "Metropolitan (광역) Lima–Callao -> national. Finished consulting still labelled master_planning."),
    # 35
    ("en", "edcf", "narrative",
     "ICT infrastructure for Konza Technopolis, Kenya",
     "Korea's EDCF is financing the ICT backbone of Konza Technopolis, the new technology city being built 60 km south-east "
     "of Nairobi. The package delivered by a Korean contractor consists of a national data centre, a city operations centre "
     "that integrates traffic, security and utility data, a fibre and wireless network, CCTV and smart poles along the main "
     "boulevards, and a digital services platform for residents and investors. The data centre and operations centre are "
     "being commissioned while field works continue.",
     "city_development", ["data_platform_infra", "safety_disaster"], "implementation", "city", DEV, "oda_loan",
     "platform_centered", "new_development", ["22040", "43030"],
     "A package of smart solutions for a new city -> city_development. Data centre and operations centre dominate -> platform_centered."),
    # 36
    ("ko", "edcf", "tender",
     "EDCF 에콰도르 과야킬 통합안전관제센터 구축사업 타당성조사 용역 입찰공고",
     "한국수출입은행 공고. 대외경제협력기금(EDCF) 차관 후보사업인 '에콰도르 과야킬시 통합안전관제센터 구축사업'의 타당성조사 "
     "용역 수행기관을 다음과 같이 선정합니다. 과업내용: 현황조사, 긴급신고(ECU 911) 연계 방안, 관제센터·CCTV 네트워크 기본설계, "
     "사업비 산정 및 경제성 분석. 과업기간: 8개월. 추정가격: 9억원. 입찰방법: 협상에 의한 계약.",
     "planning_consulting", ["safety_disaster", "data_platform_infra"], "master_planning", "city", DEV, "oda_loan",
     "platform_centered", "existing_city", ["15132", "22040"],
     "Feasibility study -> planning_consulting/master_planning; financed within the EDCF loan channel -> oda_loan."),
    # 37
    ("en", "foreign", "tender",
     "City of Tallinn - procurement of a digital-twin-based building permit system",
     "Contract notice. Contracting authority: Tallinn Urban Planning Department. Object: design, development and "
     "implementation of a building permit processing system that checks submitted BIM models against the city's 3D "
     "model and zoning rules, with integration into the national building register. Estimated value: EUR 2.1m excl. VAT. "
     "Duration: 30 months. Procedure: open. Award criteria: quality 60%, price 40%.",
     "solution_deployment", ["governance_admin", "data_platform_infra"], "implementation", "city", DVD, "foreign_own",
     "platform_centered", "existing_city", ["15185", "22040"],
     "Estonia is not an ODA recipient -> overseas_developed; city's own procurement -> foreign_own."),
    # 38
    ("ko", "foreign", "narrative",
     "중국 슝안신구 디지털 쌍둥이 도시 건설",
     "중국 정부가 허베이성에 국가급 신구로 추진하는 슝안신구는 실물 도시와 디지털 도시를 동시에 건설한다는 원칙 아래 도시 전체의 "
     "지하관로·건물·교통 데이터를 하나의 도시정보모델(CIM)로 관리한다. 도시컴퓨팅센터가 가동 중이며, 기동구역과 주요 도로를 "
     "중심으로 건설이 계속되고 있다. 재원은 중앙·지방정부와 국유기업이 부담한다.",
     "city_development", ["data_platform_infra", "housing_facility"], "implementation", "city", DEV, "foreign_own",
     "platform_centered", "new_development", ["43030", "22040"],
     "China is still on the DAC list -> overseas_developing although this is the host government's own programme (foreign_own)."),
    # 39
    ("en", "mdb", "misleading",
     "Kampala Smart Mobility Improvement Project",
     "Financed by an African Development Fund loan, the project widens 12 km of arterial roads in Kampala to dual "
     "carriageway, builds walkways and covered drains, relocates utilities and resettles roadside traders. The 'smart' label "
     "refers to the dedicated non-motorised transport lanes; no ITS, signals or digital systems are included. Works on the "
     "first two corridors are 40 percent complete.",
     "solution_deployment", ["mobility"], "implementation", "site", DEV, "oda_loan",
     "advanced_infrastructure", "existing_city", ["21020", "21023"],
     "Ordinary road works behind a 'smart' title. project_type and smart_city_type weakly supported (low confidence); "
     "road corridors -> site."),
    # 40
    ("en", "mdb", "oda_db",
     "Türkiye - Seismic monitoring and retrofit prioritisation for public buildings in İzmir (AIIB)",
     "Donor: Asian Infrastructure Investment Bank | Recipient: Türkiye | Flow: Loan (sovereign) | Sector: Disaster Risk "
     "Reduction | Status: Implementation | Description: Strong-motion sensors in 400 schools, clinics and municipal buildings, "
     "a building-health monitoring system at İzmir's disaster coordination centre, and structural retrofitting of 85 "
     "buildings ranked by the monitoring results.",
     "solution_deployment", ["safety_disaster", "housing_facility"], "implementation", "city", DEV, "oda_loan",
     "advanced_infrastructure", "existing_city", ["43060", "74020"],
     "AIIB loan to a DAC-list country -> oda_loan under the channel rule."),
    # 41
    ("ko", "koica", "press",
     "KOICA, 파라과이 아순시온 911 통합긴급대응센터 준공·운영 이관",
     "한국국제협력단(KOICA)은 파라과이 아순시온 광역권의 경찰·소방·응급의료 신고를 하나로 통합하는 '911 통합긴급대응센터'를 "
     "준공하고 파라과이 내무부에 운영을 이관했다고 밝혔다. 총 1,200만 달러가 투입된 이 사업으로 CCTV 1,100대와 신고접수·출동 "
     "지령 시스템이 연계됐으며, KOICA는 2년간 운영 자문관을 파견해 안정적 운영을 지원한다.",
     "solution_deployment", ["safety_disaster", "data_platform_infra"], "operation_diffusion", "city", DEV, "oda_grant",
     "platform_centered", "existing_city", ["15132", "15133"],
     "Completed and handed over -> operation_diffusion. Metropolitan Asunción treated as one city (national arguable)."),
    # 42
    ("en", "koica", "narrative",
     "Electronic health records for municipal clinics in Colombo",
     "With a KOICA grant of USD 5 million, the Colombo Municipal Council is replacing paper records in its 32 outpatient "
     "clinics and maternity homes with an electronic health record system. Patients receive a QR card, and clinic data "
     "feed a public health dashboard that the Chief Medical Officer uses to track immunisation and non-communicable "
     "diseases. Servers are installed and the first 10 clinics went live this quarter.",
     "solution_deployment", ["welfare_health", "data_platform_infra"], "implementation", "city", DEV, "oda_grant",
     "platform_centered", "existing_city", ["12110", "12196"],
     "Roll-out still in progress -> implementation."),
    # 43
    ("ko", "koica", "narrative",
     "인도네시아 누산타라(신수도) 한-인니 스마트시티 협력센터 설립",
     "KOICA는 인도네시아 신수도청(OIKN)과 함께 누산타라에 한-인니 스마트시티 협력센터를 설립하고 있다. 센터에는 한국 기업 "
     "솔루션을 현지 조건에서 시험할 수 있는 테스트베드 공간과 현지 스타트업 인큐베이팅 시설이 들어서며, 신수도청 공무원 교육과 "
     "양국 기업 매칭을 함께 운영한다. 건물 리모델링과 장비 설치가 진행 중이다.",
     "institution_capacity", ["industry_economy", "governance_admin"], "implementation", "city", DEV, "oda_grant",
     "innovation_space", "new_development", ["43081", "32130"],
     "Cooperation centre -> institution_capacity; testbed and incubation space -> innovation_space. Serves the new capital -> city."),
    # 44
    ("en", "koica", "row",
     "Tajikistan | Dushanbe street lighting and safety CCTV | KOICA",
     "Tajikistan | Dushanbe: LED street lighting with remote control (3,400 lamps) and 250 safety CCTV cameras linked to "
     "police | KOICA grant | 2021-2024 | USD 7m | completed, handed over to city",
     "solution_deployment", ["safety_disaster", "energy"], "operation_diffusion", "city", DEV, "oda_grant",
     "advanced_infrastructure", "existing_city", ["15132", "23183"],
     "Completed and handed over -> operation_diffusion."),
    # 45
    ("ko", "edcf", "oda_db",
     "가나 국가 디지털 주소·토지정보시스템 구축사업",
     "공여기관: 한국수출입은행(EDCF) | 수원국: 가나 | 원조형태: 유상(양허성 차관) | CRS 목적코드: 도시 토지정책·관리 | "
     "승인액: 6,500만 달러 | 상태: 사업 시행 | 내용: 전국 디지털 주소체계(GPS 기반 주소코드)와 토지대장 전산화, 토지행정청 "
     "데이터센터 및 민원 포털 구축",
     "solution_deployment", ["governance_admin", "data_platform_infra"], "implementation", "national", DEV, "oda_loan",
     "platform_centered", "existing_city", ["43031", "15110"],
     "Nationwide system -> national."),
    # 46
    ("en", "ksp", "oda_db",
     "Viet Nam - KSP consultation on a smart-city regulatory sandbox for Da Nang",
     "Programme: Knowledge Sharing Program (KSP) | Donor: Korea (Ministry of Economy and Finance / KDI) | Recipient: Viet Nam "
     "| Type: Technical co-operation, policy consultation | Year: 2024/25 | Status: Ongoing | Description: Design of a "
     "pilot regulatory sandbox and testbed zone for smart-city and digital start-ups in Da Nang, review of the draft "
     "resolution on special mechanisms, and a start-up support scheme.",
     "planning_consulting", ["governance_admin", "industry_economy"], "master_planning", "city", DEV, "oda_consulting",
     "innovation_space", "existing_city", ["25010", "15110"],
     "Consulting on a sandbox design -> planning_consulting; the subject is an innovation space."),
    # 47
    ("ko", "ksp", "press",
     "기재부 KSP, 이집트 신행정수도 스마트 교통관리 정책자문 착수",
     "기획재정부는 이집트 신행정수도(NAC) 스마트 교통관리 체계 수립을 위한 KSP 정책자문을 착수했다고 밝혔다. 한국 전문가단은 "
     "이집트 주택부·신도시공사와 함께 신행정수도의 교통관제센터 운영 모델, 대중교통 정보 연계 방안, 자율주행 셔틀 도입 "
     "로드맵을 마련하며 결과는 내년 상반기 최종보고회에서 발표한다.",
     "planning_consulting", ["mobility"], "master_planning", "city", DEV, "oda_consulting",
     "platform_centered", "new_development", ["21011"],
     "Consulting for a new capital -> new_development."),
    # 48
    ("ko", "ksp", "tender",
     "EIPP 과테말라 국가공간정보 인프라 마스터플랜 수립 용역 제안요청",
     "한국수출입은행 경제혁신파트너십프로그램(EIPP) 용역 제안요청서. 과업명: 과테말라 국가공간정보 인프라(NSDI) 마스터플랜 수립. "
     "과업내용: 관계기관 공간정보 현황 진단, 국가 공간정보 플랫폼 구축 로드맵, 표준·법제 개선안, 후속 EDCF 사업 발굴. "
     "과업기간: 10개월. 예산: 7억2천만원. 입찰방식: 협상에 의한 계약.",
     "planning_consulting", ["data_platform_infra", "governance_admin"], "master_planning", "national", DEV,
     "oda_consulting", "platform_centered", "existing_city", ["43031", "22040"],
     "EIPP is KSP-like consulting -> oda_consulting. Tender to start the master plan -> master_planning."),
    # 49
    ("ko", "ksp", "row",
     "2026 KSP 신규 수요: 콜롬비아 메데인 도시데이터 거버넌스",
     "2026 KSP 수요조사 | 콜롬비아 메데인시 제안 | 도시데이터 개방·공유 거버넌스 및 데이터 기반 도시문제 해결 체계 자문 | "
     "사업발굴 단계(타당성 검토 중)",
     "planning_consulting", ["governance_admin", "data_platform_infra"], "identification", "city", DEV, "oda_consulting",
     "platform_centered", "existing_city", ["15110", "22040"],
     "Demand survey proposal -> identification."),
    # 50
    ("en", "mdb", "press",
     "World Bank trust fund grant to map smart-city investment needs in Moroccan cities",
     "A grant from the Korea-World Bank Partnership Facility will finance a diagnostic of digital and data capacity in six "
     "Moroccan cities, including Fès, Agadir and Oujda. The work, now being scoped with the Ministry of the Interior, will "
     "assess municipal data systems and service gaps and identify a pipeline of investments that could be included in a "
     "future World Bank urban programme.",
     "planning_consulting", ["governance_admin", "data_platform_infra"], "identification", "national", DEV, "oda_grant",
     "platform_centered", "existing_city", ["43030", "15185"],
     "Diagnostic to identify a pipeline, still being scoped -> identification. Trust-fund grant -> oda_grant."),
    # 51
    ("en", "eu", "tender",
     "Contract notice - deployment support for local digital twins in European cities",
     "Contract notice. Contracting authority: European Commission, DG Communications Networks, Content and Technology. "
     "Subject: services to deploy the open-source local digital twin toolbox in at least eight EU cities and connect their "
     "urban data platforms to the common European data space for smart communities. Lot 1: deployment and integration; "
     "Lot 2: training and community management. Estimated value: EUR 9.8m. Duration: 36 months.",
     "solution_deployment", ["data_platform_infra", "governance_admin"], "implementation", "national", DVD, "foreign_own",
     "platform_centered", "existing_city", ["22040", "15185"],
     "Many cities at once -> national. EU's own programme -> foreign_own."),
    # 52
    ("en", "eu", "row",
     "Greece | Thessaloniki smart waste collection | ERDF",
     "Greece | Thessaloniki | Fill-level sensors on 3,500 bins, route optimisation for 60 trucks | EU Cohesion Policy (ERDF) "
     "+ municipal co-financing | 2022-2025 | EUR 8.4m | in operation",
     "solution_deployment", ["environment_waste"], "operation_diffusion", "city", DVD, "foreign_own",
     "advanced_infrastructure", "existing_city", ["14050"],
     "Greece is not an ODA recipient -> overseas_developed."),
    # 53
    ("ko", "eu", "narrative",
     "스페인 발렌시아 '기후중립 스마트도시 미션' 기후도시계약 수립",
     "발렌시아는 EU 호라이즌 유럽의 '100개 기후중립·스마트도시 미션' 선정 도시로, 2030년 기후중립 달성을 위한 기후도시계약"
     "(Climate City Contract)을 수립했다. 계약에는 건물 에너지 개보수, 대중교통 전환, 폐기물 감축, 도시 데이터 기반 배출 "
     "모니터링 등 실행계획과 투자계획이 담겼으며, EU 미션 플랫폼이 작성을 지원했다. 현재 투자계획을 보완하고 있다.",
     "planning_consulting", ["environment_waste", "energy"], "master_planning", "city", DVD, "foreign_own",
     "platform_centered", "existing_city", ["41010", "23183"],
     "A climate-neutrality plan -> planning_consulting. smart_city_type weakly supported (emissions monitoring data) -> low confidence."),
    # 54
    ("ko", "local_gov", "tender",
     "○○시 도시데이터 허브 구축 용역 입찰공고",
     "사업명: ○○시 도시데이터 허브 구축. 사업내용: 교통·환경·안전 분야 공공데이터와 민간 유동인구 데이터를 수집·표준화하는 데이터 "
     "허브 구축, 개방 API 포털, 정책 분석 대시보드 개발. 사업기간: 계약일로부터 10개월. 사업예산: 금1,450,000,000원(시비). "
     "입찰방식: 협상에 의한 계약, 소프트웨어사업자 신고 업체.",
     "solution_deployment", ["data_platform_infra", "governance_admin"], "implementation", "city", DOM, "local_private",
     "platform_centered", "existing_city", ["22040", "15185"],
     "Data hub software only -> platform_centered."),
    # 55
    ("ko", "local_gov", "misleading",
     "○○시 스마트 버스쉼터 15개소 설치",
     "○○시는 시내 주요 정류장 15곳의 노후 버스쉼터를 교체한다. 새 쉼터에는 강화유리 가림막, 온열 의자, LED 조명과 화분이 "
     "설치되며, 별도의 통신·센서 장비나 정보 안내 시스템은 포함되지 않는다. 사업비 3억원(시비)으로 올해 12월까지 설치를 마칠 "
     "예정이다.",
     "solution_deployment", ["mobility", "welfare_health"], "implementation", "site", DOM, "local_private",
     "advanced_infrastructure", "existing_city", ["21012"],
     "'Smart' in name only: ordinary bus shelters. Labels on project_type and smart_city_type weakly supported."),
    # 56
    ("ko", "local_gov", "press",
     "○○구, 도시재생지역 주민 리빙랩으로 골목 주차 문제 푼다",
     "○○구는 도시재생활성화지역인 ○○동 일대에서 주민·대학·스타트업이 함께하는 리빙랩을 운영한다고 밝혔다. 주민들이 직접 "
     "골목 주차 실태를 조사하고, 야간 시간대 교회·상가 주차장 공유 앱과 주차면 센서를 6개월간 시험 적용한 뒤 효과가 확인되면 "
     "확대한다. 리빙랩 거점 공간은 빈 점포를 고쳐 만들었다.",
     "pilot_demonstration", ["mobility", "governance_admin"], "pilot", "district", DOM, "local_private",
     "innovation_space", "regeneration", ["21011", "15150"],
     "Citizen living lab in a regeneration area -> innovation_space, regeneration."),
    # 57
    ("en", "local_gov", "press",
     "Busan launches AI-based neighbourhood fine-dust map",
     "Busan Metropolitan City said its new fine-dust information service, which combines data from 1,000 low-cost sensors, "
     "national monitoring stations and weather forecasts, now gives residents an hourly forecast for every neighbourhood "
     "through the city app. The service, built with the city's own budget, went live in March and will add indoor air "
     "data from schools next year.",
     "solution_deployment", ["environment_waste", "data_platform_infra"], "operation_diffusion", "city", DOM,
     "local_private", "platform_centered", "existing_city", ["41010", "22040"],
     "Service is live and expanding -> operation_diffusion."),
    # 58
    ("ko", "local_gov", "row",
     "경주 역사유적지구 스마트 관광안내",
     "경북 경주시 | 역사유적지구 디지털 사이니지 24기·비콘 180개·AR 안내 앱 | 시비·도비 | 2024 | 12억원 | 구축 중",
     "solution_deployment", ["culture_tourism"], "implementation", "district", DOM, "local_private",
     "advanced_infrastructure", "existing_city", ["33210", "16066"],
     "Signage and beacons dominate -> advanced_infrastructure (platform_centered arguable)."),
    # 59
    ("ko", "central_gov", "narrative",
     "○○시 스마트시티형 도시재생 뉴딜사업",
     "국토교통부 도시재생 뉴딜사업 스마트시티형으로 선정된 ○○시 구도심(약 18만㎡)에서 노후 주택 집수리, 공영주차장과 "
     "주민공동시설 조성에 더해 골목 스마트 보안등, 독거노인 안전 센서, 공유 주차 서비스, 마을 정보 키오스크를 함께 구축하는 "
     "사업이다. 국비 150억원과 지방비가 투입되며 현재 공정률은 약 60%다.",
     "city_development", ["housing_facility", "safety_disaster", "welfare_health"], "implementation", "district", DOM,
     "national_program", "advanced_infrastructure", "regeneration", ["43030", "16030"],
     "Smart-city-type urban regeneration package -> city_development, regeneration."),
    # 60
    ("en", "central_gov", "narrative",
     "Drone delivery for island villages under Korea's smart solution diffusion programme",
     "Under MOLIT's smart solution diffusion programme, ○○ county on the south coast is introducing scheduled drone "
     "delivery of medicines and groceries to residents of four small islands that have no daily ferry. A drone port at the "
     "county's main harbour and landing pads on each island are being built, and a local operator will run the service "
     "with a subsidy for three years. Half of the cost is national funding.",
     "solution_deployment", ["mobility", "welfare_health"], "implementation", "district", DOM, "national_program",
     "advanced_infrastructure", "existing_city", ["21050", "16010"],
     "Four islands of one county -> district. 'existing_city' as the county is an existing settlement (rural)."),
    # 61
    ("ko", "central_gov", "tender",
     "산업단지 5G 기반 에너지 자립 실증사업 수행기관 공모",
     "산업통상자원부 공고. 사업명: 스마트그린산단 5G 기반 에너지 자립 실증. 대상: ○○국가산업단지 내 입주기업 30개사. "
     "내용: 태양광·에너지저장장치와 공장 에너지관리시스템(FEMS)을 5G 망으로 연계해 전력 거래와 수요반응을 1년간 실증. "
     "국비 45억원, 민간부담 25% 이상. 신청: 컨소시엄(주관기관 1 + 참여기관 3 이상).",
     "pilot_demonstration", ["industry_economy", "energy"], "pilot", "district", DOM, "national_program",
     "advanced_infrastructure", "existing_city", ["23183", "32120"],
     "Call for a demonstration in an industrial complex -> pilot stage (identification arguable since no operator selected)."),
    # 62
    ("ko", "central_gov", "row",
     "스마트시티 국가전략프로젝트 R&D: 데이터허브 모델 개발",
     "국토부·과기정통부 | 스마트시티 국가전략프로젝트 R&D(데이터허브 모델 개발·실증) | 대구·시흥 실증 | 2018–2022 | "
     "국비 약 1,100억원 | 종료, 성과 확산 중",
     "rnd", ["data_platform_infra", "governance_admin"], "operation_diffusion", "national", DOM, "national_rnd",
     "platform_centered", "existing_city", ["32182", "22040"],
     "Finished R&D whose results are being diffused -> operation_diffusion. Two test cities plus national diffusion -> national."),
    # 63
    ("en", "kcn", "press",
     "K-City Network to support a smart mobility plan for San José, Costa Rica",
     "Korea's Ministry of Land, Infrastructure and Transport selected the Municipality of San José for planning support "
     "under the K-City Network global cooperation programme. A Korean consultant team will prepare a smart mobility plan "
     "covering a bus information system, a traffic data platform and low-emission zones in the city centre, together "
     "with a list of projects for follow-up financing. Work starts in June and lasts nine months.",
     "planning_consulting", ["mobility", "environment_waste"], "master_planning", "city", DEV, "kcn",
     "platform_centered", "existing_city", ["21011", "41010"],
     "KCN planning support -> planning_consulting."),
    # 64
    ("ko", "kcn", "oda_db",
     "2025 K-City Network 수요조사: 인도네시아 바탐 스마트 산업단지 계획 제안",
     "프로그램: K-City Network 글로벌 협력(계획수립형) | 제안기관: 인도네시아 바탐자유무역청 | 대상: 바탐 신규 산업단지(약 "
     "350ha) | 내용: 통합관제·에너지관리 플랫폼을 갖춘 스마트 산업단지 계획 | 상태: 수요 접수, 선정 심사 전",
     "planning_consulting", ["industry_economy", "data_platform_infra"], "identification", "district", DEV, "kcn",
     "platform_centered", "new_development", ["32120", "43030"],
     "Proposal not yet selected -> identification."),
    # 65
    ("en", "kcn", "narrative",
     "K-City Network overseas demonstration: AI flood warning in Ho Chi Minh City",
     "A Korean water-technology SME selected for a K-City Network overseas demonstration is testing an AI flood warning "
     "system in Binh Thanh district of Ho Chi Minh City. Water-level sensors in 20 drains and cameras at five low-lying "
     "streets feed a model that predicts street flooding two hours ahead; warnings go to the district people's committee. "
     "The demonstration runs through one rainy season.",
     "pilot_demonstration", ["safety_disaster", "water"], "pilot", "district", DEV, "kcn",
     "advanced_infrastructure", "existing_city", ["43060", "14022"],
     "Sensor and camera demonstration -> advanced_infrastructure."),
    # 66
    ("ko", "private", "row",
     "○○에너지협동조합 시민펀딩 태양광·에너지 공유 플랫폼",
     "○○에너지협동조합 | 아파트·학교 지붕 6곳 태양광 380kW + 이웃 간 잉여전력 거래 플랫폼 | 시민 크라우드펀딩 3억2천만원 | "
     "2024 | 운영 중",
     "solution_deployment", ["energy"], "operation_diffusion", "site", DOM, "local_private",
     "platform_centered", "existing_city", ["23230", "23183"],
     "Crowd funding -> local_private. Six rooftops -> site."),
    # 67
    ("en", "private", "press",
     "Korean telecom and Vietnamese developer sign MOU on smart township",
     "○○ Telecom and a Vietnamese property developer signed a memorandum of understanding to jointly plan a 120-hectare "
     "smart township in Bac Ninh province. The partners will study a package of smart-home systems, CCTV, smart parking "
     "and an estate management centre, and decide on investment after a joint feasibility review next year.",
     "city_development", ["housing_facility", "data_platform_infra"], "identification", "district", DEV, "local_private",
     "advanced_infrastructure", "new_development", ["43030", "16030"],
     "MOU before feasibility -> identification. Private investment -> local_private even in a DAC-list country."),
    # 68
    ("ko", "other", "narrative",
     "○○대학교 캠퍼스타운 고령자 돌봄 리빙랩",
     "○○대학교는 캠퍼스 인근 노후 주거지에 주민과 함께 돌봄 서비스를 설계하는 리빙랩 공간을 열었다. 학생·주민·돌봄 스타트업이 "
     "함께 낙상 감지 매트, 복약 알림 기기 등 시제품을 써 보고 개선점을 찾는다. 대학 자체 예산과 구청 캠퍼스타운 지원금으로 "
     "2년간 운영하며, 현재 두 번째 시험 주기가 진행 중이다.",
     "pilot_demonstration", ["welfare_health", "industry_economy"], "pilot", "site", DOM, "local_private",
     "innovation_space", "regeneration", ["16010", "32130"],
     "Co-design space -> innovation_space rather than advanced_infrastructure (prototypes are tested, not installed). "
     "Old residential area -> regeneration (existing_city arguable)."),
    # 69
    ("en", "local_gov", "misleading",
     "Daejeon 'Smart Tourism City' promotion campaign",
     "Daejeon Metropolitan City is running a year-long campaign under the slogan 'Smart Tourism City Daejeon': a science "
     "festival, familiarisation tours for travel agencies, social-media advertising and discount coupons for visitors "
     "who stay overnight. No digital services or equipment are developed; the budget of KRW 1.8 billion covers events "
     "and marketing.",
     "institution_capacity", ["culture_tourism"], "implementation", "city", DOM, "local_private",
     "innovation_space", "existing_city", ["33210"],
     "Promotion campaign with a 'smart' slogan: institution_capacity (promotion). smart_city_type has no support; "
     "low confidence."),
    # 70
    ("en", "edcf", "misleading",
     "Rehabilitation of the water supply system in Lusaka (Phase 2)",
     "The EDCF loan finances the rehabilitation of 85 km of distribution mains and two reservoirs of the Lusaka water "
     "utility. Beyond pipes, phase 2 installs a SCADA system for 14 pumping stations and reservoirs, 60 pressure and flow "
     "loggers, and a hydraulic model that the utility's control room uses to detect leaks and plan pressure management. "
     "Pipe laying is about half done.",
     "solution_deployment", ["water"], "implementation", "city", DEV, "oda_loan",
     "advanced_infrastructure", "existing_city", ["14021", "14020"],
     "Plain title hides SCADA and smart water components."),
    # 71
    ("ko", "foreign", "row",
     "스페인 바르셀로나 센틸로(Sentilo) 센서 플랫폼",
     "스페인 바르셀로나 | 오픈소스 센서 데이터 플랫폼 Sentilo(소음·대기·주차·에너지 센서 약 1,800개 연계) | 시 자체예산 | "
     "2012~ | 운영·타 도시 확산 중",
     "solution_deployment", ["data_platform_infra", "environment_waste"], "operation_diffusion", "city", DVD,
     "foreign_own", "platform_centered", "existing_city", ["22040", "41010"],
     "Benchmark case of a foreign city's own platform."),
    # 72
    ("en", "central_gov", "oda_db",
     "Korea - Sejong national pilot smart city: autonomous shuttle demonstration in the 5-1 living zone",
     "Programme: National pilot smart city (MOLIT) | Location: Sejong, 5-1 living zone | Funding: national budget with "
     "LH and city co-funding | Status: Pilot operation | Description: Four autonomous shuttles run on a 6 km loop between "
     "the BRT station and housing blocks, with roadside units and a remote control room, to verify safety and demand "
     "before scaling to the whole zone.",
     "pilot_demonstration", ["mobility"], "pilot", "district", DOM, "national_program",
     "advanced_infrastructure", "new_development", ["21012", "32182"],
     "Demonstration inside a national pilot city -> pilot_demonstration, not city_development."),
    # 73
    ("en", "central_gov", "press",
     "National R&D project field-tests edge-AI cameras for pedestrian safety at Ansan intersections",
     "A consortium led by a government research institute, funded by the Ministry of Science and ICT's national R&D "
     "programme (2023-2026, KRW 8.6 billion), has started field tests of edge-AI cameras that detect jaywalking, "
     "near-misses and pedestrians hidden behind parked vehicles and trigger warnings on roadside displays. Prototypes are "
     "installed at 30 intersections in Ansan for the third year of development; the algorithms will be refined with the "
     "field data before a technology transfer to companies.",
     "rnd", ["safety_disaster", "mobility"], "pilot", "site", DOM, "national_rnd",
     "advanced_infrastructure", "existing_city", ["32182", "21020"],
     "R&D (main purpose is technology development) in its field-test year -> rnd with stage pilot. 30 named intersections -> site."),
]


def build():
    rows = []
    for i, e in enumerate(ENTRIES, 1):
        (lang, kind, style, title, desc, pt, sec, stage, scale, region, prog, sct, uc, crs, notes) = e
        rows.append({
            "id": f"f{i:03d}",
            "title": title,
            "description": desc,
            "lang": lang,
            "origin": "blind5",
            "split": "blind5",
            "source": None,
            "kind": kind,
            "style": style,
            "labels": {
                "project_type": pt,
                "sector": list(sec),
                "stage": stage,
                "scale": scale,
                "region": region,
                "program": prog,
                "smart_city_type": sct,
                "urban_context": uc,
            },
            "crs": list(crs),
            "notes": notes,
        })
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} entries to {OUT}")


if __name__ == "__main__":
    build()
