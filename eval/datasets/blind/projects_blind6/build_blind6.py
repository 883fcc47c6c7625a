#!/usr/bin/env python3
"""Build the blind6 evaluation set (projects_blind6.jsonl) from the entries below.

All projects are invented but plausible. Real countries and cities are used; companies,
executing agencies, project numbers and (where a made-up project could read as a claim
about a real body) cities or ministries are blanked as ○○.

Run:  python3 build_blind6.py   -> writes projects_blind6.jsonl next to this file.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "projects_blind6.jsonl")


def L(project_type, sector, stage, scale, region, program, smart_city_type, urban_context):
    return {
        "project_type": project_type,
        "sector": list(sector),
        "stage": stage,
        "scale": scale,
        "region": region,
        "program": program,
        "smart_city_type": smart_city_type,
        "urban_context": urban_context,
    }


# short aliases for the long ids
DEV, SOL, PIL, PLN, RND, INS = ("city_development", "solution_deployment", "pilot_demonstration",
                                "planning_consulting", "rnd", "institution_capacity")
IDN, MPL, PLT, IMP, OPR = ("identification", "master_planning", "pilot", "implementation",
                           "operation_diffusion")
DOM, ODV, OVD = "domestic", "overseas_developing", "overseas_developed"
ADV, PLA, INN = "advanced_infrastructure", "platform_centered", "innovation_space"
NEW, EXI, REG = "new_development", "existing_city", "regeneration"

ENTRIES = [
    # 1
    dict(
        title="Adaptive Traffic Signal Control and Bus Information System for Kampala",
        description=(
            "Donor: Republic of Korea | Agency: KOICA | Recipient: Uganda | Channel: recipient government "
            "(capital city authority) | Type of aid: project-type intervention, grant | Period: 2024–2028 | "
            "Commitment: USD 9.5 million | Short description: supply and installation of adaptive signal "
            "controllers and vehicle detectors at 80 signalised junctions across the capital, bus arrival "
            "information displays on 12 trunk routes and a small traffic control room; O&M training for city "
            "engineers. | Status: equipment contract awarded, field installation under way."),
        lang="en", kind="koica", style="oda_db",
        labels=L(SOL, ["mobility"], IMP, "city", ODV, "oda_grant", ADV, EXI),
        crs=["21020", "21012"],
        notes="80 junctions spread over the whole capital is a city-wide network -> city, not site; field equipment dominates the control room -> advanced_infrastructure."),
    # 2
    dict(
        title="우즈베키스탄 사마르칸트 상수도 현대화 및 스마트 관망관리 사업",
        description=(
            "공여국: 한국 | 기관: 한국수출입은행(EDCF) | 수혜국: 우즈베키스탄 | 지원형태: 유상원조(양허성 차관) | "
            "승인액: 미화 8,500만 달러 | 기간: 2023–2028 | 사업내용: 사마르칸트 시 전역 노후 배수관 210km 교체, "
            "정수장 개량, 원격검침 수도계량기(AMI) 45,000개 및 관망 압력·누수 감지 센서 설치, 상수도 SCADA 구축 | "
            "진행: 배수관 교체 1단계 공사 중(공정률 35%)"),
        lang="ko", kind="edcf", style="oda_db",
        labels=L(SOL, ["water"], IMP, "city", ODV, "oda_loan", ADV, EXI),
        crs=["14021"],
        notes="Water network upgrade whose smart part is AMI/sensors/SCADA equipment -> advanced_infrastructure; single sector water; whole city network -> city."),
    # 3
    dict(
        title="KSP policy consultation on urban data-sharing rules for Indonesian cities",
        description=(
            "Under the Knowledge Sharing Program, a Korean research team will spend a year with Indonesia's "
            "national planning ministry working out how city governments can share mobility, permit and disaster "
            "data with one another and with the national government. The consultation reviews Korean experience "
            "with city data hubs and national smart-city data standards, drafts a data-sharing regulation and a "
            "governance model (who owns, who pays, who may access) and proposes a phased roadmap for the country's "
            "secondary cities. No systems will be procured; deliverables are a policy report, a draft ministerial "
            "regulation and two workshops in Jakarta."),
        lang="en", kind="ksp", style="narrative",
        labels=L(PLN, ["governance_admin", "data_platform_infra"], MPL, "national", ODV, "oda_consulting", PLA, EXI),
        crs=["15110", "22011"],
        notes="Policy advice, nothing built -> planning_consulting; subject is data linkage -> platform_centered; many cities/national rules -> national."),
    # 4
    dict(
        title="페루 리마 스마트 횡단보도 해외실증 착수",
        description=(
            "K-City Network 해외실증 사업으로 페루 리마 ○○구 학교 밀집지역 횡단보도 4개소에서 국내 중소기업 "
            "○○테크의 스마트 횡단보도 실증이 시작됐다. 보행자 감지 센서, 바닥형 보행신호등, 차량 속도 경고 "
            "전광판을 설치해 6개월간 보행자 사고 위험 감소 효과를 검증하며, 결과가 좋으면 리마시와 시 전역 "
            "확대 적용을 협의할 계획이다."),
        lang="ko", kind="kcn", style="press",
        labels=L(PIL, ["mobility", "safety_disaster"], PLT, "site", ODV, "kcn", ADV, EXI),
        crs=["21020"],
        notes="Four crossings -> site; a demonstration of a sensor product stays advanced_infrastructure (taxonomy rule)."),
    # 5
    dict(
        title="필리핀 ○○주 신행정타운 스마트시티 마스터플랜 수립 용역 입찰공고",
        description=(
            "1. 사업명: 2025년 K-City Network 계획수립 지원사업 – 필리핀 ○○주 신행정타운(약 1,150ha) 스마트시티 "
            "마스터플랜 수립 용역\n2. 과업내용: 현황조사 및 수요분석, 스마트시티 비전·전략, 도시통합운영센터(IOC) 및 "
            "데이터 플랫폼 구상, 스마트 교통(BRT·ITS)·재난관리 서비스 계획, 단계별 투자계획 및 재원조달 방안, "
            "후속 사업화(EDCF·MDB) 연계 방안\n3. 용역기간: 착수일로부터 10개월\n4. 추정가격: 금 ○○억원(부가세 포함)\n"
            "5. 입찰방식: 제한경쟁, 협상에 의한 계약"),
        lang="ko", kind="kcn", style="tender",
        labels=L(PLN, ["data_platform_infra", "mobility", "safety_disaster"], MPL, "district", ODV, "kcn", PLA, NEW),
        crs=["43031"],
        notes="Master plan for a new town -> planning_consulting (KCN 계획수립); a 1,150 ha new town inside a province -> district; plan centres on IOC/data platform."),
    # 6
    dict(
        title="Sylhet Urban Flood Resilience Project (ADB loan)",
        description=(
            "Lender: Asian Development Bank | Borrower: People's Republic of Bangladesh | Executing agency: ○○ | "
            "Modality: project loan (concessional) | Amount: USD 120 million | Approval: 2024 | Components: (1) "
            "rehabilitation of 38 km of primary drains and two pumping stations; (2) a city-wide flood early-warning "
            "system with 25 telemetric rain and water-level gauges and SMS/cell-broadcast alerts; (3) a flood "
            "operations room in the city corporation linked to the national forecasting centre; (4) ward-level "
            "evacuation planning. | Implementation status: civil works packages 1–2 awarded; gauges being installed."),
        lang="en", kind="mdb", style="oda_db",
        labels=L(SOL, ["safety_disaster", "water"], IMP, "city", ODV, "oda_loan", ADV, EXI),
        crs=["43060", "14022"],
        notes="Flood management is the purpose (safety first, drainage second); smart part is the gauge network -> advanced_infrastructure; MDB loan -> oda_loan."),
    # 7
    dict(
        title="스마트시티 통합플랫폼 기반구축 사업 (2025 예산)",
        description=(
            "국토교통부 | 스마트시티 통합플랫폼 기반구축 | 2025년 12개 시·군 | 개소당 국비 6억원 + 지방비 6억원 | "
            "계 144억원 | 방범·방재 CCTV 영상과 112·119 상황실 연계, 사회적 약자 지원 서비스 연계 | 전국 보급 확산 단계"),
        lang="ko", kind="central_gov", style="budget_line",
        labels=L(SOL, ["data_platform_infra", "safety_disaster"], OPR, "national", DOM, "national_program", PLA, EXI),
        crs=["22040", "43030"],
        notes="An established platform rolled out to 12 local governments at once -> national and operation_diffusion (보급)."),
    # 8
    dict(
        title="○○ 공공주택지구 스마트시티 기반시설 조성공사 입찰공고",
        description=(
            "○○사업본부 공고 제2025-○○호\n공사명: ○○ 공공주택지구 스마트시티 기반시설 조성공사\n발주: 한국토지주택공사(LH)\n"
            "공사개요: 지구 내 스마트폴 86본(CCTV·공공Wi-Fi·비상벨 통합), 자율주행 셔틀 정류장 및 V2X 노변장치 12개소, "
            "스마트 횡단보도 9개소, 자가통신망 18km, 지구 통합관제 연계 장비\n재원: 택지조성사업비(스마트시티 기반시설 조성비)\n"
            "공사기간: 착공일로부터 540일\n입찰방식: 일반경쟁, 적격심사"),
        lang="ko", kind="lh", style="tender",
        labels=L(DEV, ["mobility", "safety_disaster", "data_platform_infra"], IMP, "district", DOM, "development_fee", ADV, NEW),
        crs=["43032"],
        notes="Package of several smart solutions across a new housing district paid from land-development cost -> city_development + development_fee; works tender -> implementation."),
    # 9
    dict(
        title="Aarhus harbour-front open sensor testbed",
        description=(
            "On a 1.5-km stretch of the former container harbour in Aarhus, Denmark, the municipality has fitted 40 "
            "lamp posts with power, fibre and standard mounting brackets so that companies and university teams can "
            "install and test their own air-quality, noise and people-counting sensors. Data flow into an open city "
            "API. Participants get a free slot for up to twelve months and must publish their test results; three "
            "Danish start-ups and a Korean sensor maker are testing there now. The testbed is paid from the city's "
            "own innovation budget."),
        lang="en", kind="eu_foreign", style="narrative",
        labels=L(PIL, ["environment_waste", "data_platform_infra"], PLT, "site", OVD, "foreign_own", INN, REG),
        crs=["41082", "32182"],
        notes="What is built is a shared testbed open to firms -> innovation_space (unlike a single product demo); 1.5 km street stretch -> site; former harbour brownfield -> regeneration."),
    # 10
    dict(
        title="○○구 먹자골목 스마트 쓰레기통 설치",
        description=(
            "○○구 | 청소행정과 | 먹자골목 3개 구간(총 620m) 태양광 압축 스마트 쓰레기통 12대 설치, 적재량 센서·수거알림 | "
            "구비 2.1억 | 2025.4~2025.8 | 설치 중"),
        lang="ko", kind="local_gov", style="row",
        labels=L(SOL, ["environment_waste"], IMP, "site", DOM, "local_private", ADV, EXI),
        crs=["14050"],
        notes="Three street sections -> site; district own budget -> local_private."),
    # 11
    dict(
        title="Request for Expressions of Interest – Urban Data Platform and Digital Twin Feasibility Study, Addis Ababa",
        description=(
            "Country: Federal Democratic Republic of Ethiopia. Project: ○○ Urban Resilience and Services Project "
            "(IDA credit). Assignment: consulting services for the feasibility study and conceptual design of a "
            "city-wide urban data platform and 3D digital twin for the Addis Ababa city administration. The "
            "consultant will assess the existing GIS, cadastre and permit databases, define data governance and "
            "interoperability standards, and prepare the system architecture, cost estimates and a procurement "
            "strategy for the later build phase. Duration: 9 months. The implementing ministry now invites eligible "
            "consulting firms to express interest. Selection: Quality- and Cost-Based Selection under the World "
            "Bank Procurement Regulations for IPF Borrowers."),
        lang="en", kind="mdb", style="tender",
        labels=L(PLN, ["data_platform_infra", "governance_admin"], MPL, "city", ODV, "oda_loan", PLA, EXI),
        crs=["43031", "22040"],
        notes="Deliverable is a feasibility study -> planning_consulting, but it is paid from an IDA credit -> program oda_loan (financing decides program, not deliverable)."),
    # 12
    dict(
        title="EIPP 베트남 ○○성 스마트 교통·통합관제 사업 타당성조사",
        description=(
            "경제혁신파트너십프로그램(EIPP)으로 추진되는 이 과제는 베트남 ○○성 성도(省都)의 교통 혼잡과 안전 문제를 "
            "해결하기 위한 스마트 교통·통합관제 사업의 타당성을 검토한다. 자문단은 교통량 조사와 기관 인터뷰를 거쳐 "
            "교통관제센터와 도시 데이터 통합플랫폼의 기능, 신호·CCTV 설비 규모, 사업비와 경제성(B/C), 운영조직을 "
            "제시하고, 한국 유상원조(EDCF) 신청을 위한 사업개념서 초안까지 작성한다. 현재 현지조사를 마치고 중간보고를 "
            "준비하고 있다."),
        lang="ko", kind="ksp", style="narrative",
        labels=L(PLN, ["mobility", "data_platform_infra"], MPL, "city", ODV, "oda_consulting", PLA, EXI),
        crs=["21011", "43031"],
        notes="EIPP feasibility study -> planning_consulting/oda_consulting; provincial capital city -> city; planned core is control centre + data platform -> platform_centered."),
    # 13
    dict(
        title="○○시 원도심, 수요응답형 버스로 교통 사각지대 해소 나선다",
        description=(
            "○○시는 국토교통부 '스마트시티 챌린지' 공모에 선정돼 인구가 줄고 고령화된 원도심 3개 생활권에서 "
            "수요응답형 버스(DRT)와 공유 전동킥보드를 연계한 통합 이동서비스를 6개월간 실증한다고 밝혔다. 시민이 앱이나 "
            "전화로 호출하면 AI 배차 플랫폼이 최적 경로를 짜 12인승 버스를 보내는 방식이다. 실증 결과를 평가해 내년 "
            "본사업 추진 여부를 결정한다."),
        lang="ko", kind="central_gov", style="press",
        labels=L(PIL, ["mobility"], PLT, "district", DOM, "national_program", PLA, REG),
        crs=["21012"],
        notes="Three 생활권 -> district; what is built is the AI dispatch/service platform -> platform_centered; shrinking old downtown -> regeneration."),
    # 14
    dict(
        title="Korean consortium wins utility-tunnel and IoT network contract in new Riyadh district",
        description=(
            "A consortium led by ○○ Engineering & Construction has signed a USD 310 million design-build contract "
            "for a 14-km common utility tunnel with embedded fibre, leak and temperature sensors, and a district-wide "
            "IoT and private LTE network for a new mixed-use district on the northern edge of Riyadh. The private "
            "developer expects the tunnel to end street excavation for utility repairs and to feed a facility-"
            "management dashboard. Construction starts next quarter."),
        lang="en", kind="private", style="press",
        labels=L(SOL, ["housing_facility", "data_platform_infra"], IMP, "district", OVD, "local_private", ADV, NEW),
        crs=["43032", "22020"],
        notes="Saudi Arabia is not on the DAC list of ODA recipients -> overseas_developed; underground-utility management is housing_facility; private contract -> local_private."),
    # 15
    dict(
        title="○○시 스마트 버스쉘터 설치 제안요청서(RFP)",
        description=(
            "□ 사업명: 2025년 ○○시 스마트 버스쉘터 설치사업\n□ 사업범위: 주요 간선도로 정류소 20개소에 밀폐형 "
            "냉난방 쉘터 설치, 공기청정기·미세먼지 측정기, 버스도착정보 안내기(BIT), 휴대폰 무선충전, 비상벨 및 CCTV\n"
            "□ 사업비: 금 28억원(시비 100%)\n□ 사업기간: 계약일로부터 8개월\n□ 제안서 제출: 2025. ○. ○.(○) 17:00까지"),
        lang="ko", kind="local_gov", style="tender",
        labels=L(SOL, ["mobility", "environment_waste"], IMP, "site", DOM, "local_private", ADV, EXI),
        crs=["21012"],
        notes="20 particular bus stops -> site; city own budget -> local_private; fine-dust function makes environment_waste secondary."),
    # 16
    dict(
        title="Quito Integrated Security and Emergency Coordination Centre (IDB loan)",
        description=(
            "Lender: Inter-American Development Bank | Borrower: Republic of Ecuador, Metropolitan District of Quito "
            "as sub-executor | Instrument: investment loan | Amount: USD 65 million | Description: brings police, "
            "fire, ambulance and traffic emergency calls into one coordination centre; integrates about 1,400 "
            "existing municipal cameras and sensor feeds into a common incident-management and video-analytics "
            "platform; shared dispatch software and data exchange with the national emergency service. No new "
            "cameras are financed. | Status: under execution, platform contract signed 2024."),
        lang="en", kind="mdb", style="oda_db",
        labels=L(SOL, ["safety_disaster", "data_platform_infra"], IMP, "city", ODV, "oda_loan", PLA, EXI),
        crs=["15132", "43060"],
        notes="Integrates existing cameras into one operations platform -> platform_centered, not advanced_infrastructure."),
    # 17
    dict(
        title="라오스 비엔티안 보건소 원격진료 및 보건정보시스템 구축",
        description=(
            "이 KOICA 무상원조 사업은 비엔티안 수도 관할 9개 군의 보건소 42곳과 중앙병원 2곳을 원격진료망으로 연결하고, "
            "환자 기록과 처방·예방접종 데이터를 모으는 보건정보시스템을 구축한다. 보건소 의료진은 태블릿으로 전문의 "
            "자문을 받고, 시 보건국은 대시보드로 감염병 발생을 추적한다. 사업은 2024년에 착수해 현재 소프트웨어 개발과 "
            "시범 보건소 교육이 진행 중이며, 종료 후 라오스 보건부가 운영을 넘겨받는다."),
        lang="ko", kind="koica", style="narrative",
        labels=L(SOL, ["welfare_health", "data_platform_infra"], IMP, "city", ODV, "oda_grant", PLA, EXI),
        crs=["12196", "12220"],
        notes="All districts of the capital -> city; health information platform linking facilities -> platform_centered."),
    # 18
    dict(
        title="국가시범도시 로봇친화 테스트베드 운영 (부산 에코델타)",
        description=(
            "국토교통부 | 스마트시티 국가시범도시 조성 | 세부: 부산 에코델타 스마트시티 1단계 구역 로봇친화 테스트베드 "
            "운영·실증 지원 | 2025 국비 48억원 | 배송·순찰·청소 로봇 실증 기업 10개사 공모, 규제특례 연계 | 실증 진행 중"),
        lang="ko", kind="central_gov", style="budget_line",
        labels=L(PIL, ["industry_economy", "mobility"], PLT, "district", DOM, "national_program", INN, NEW),
        crs=["32182", "25030"],
        notes="Operates a testbed open to many firms with regulatory exemptions -> innovation_space; the pilot-city phase-1 area is a district of a new town."),
    # 19
    dict(
        title="KSP 2025 – Interoperability standards for municipal data platforms, Thailand",
        description=(
            "Programme: Knowledge Sharing Program (bilateral policy consultation) | Partner: ○○ agency under "
            "Thailand's digital economy ministry | Year: 2025–2026 | Budget: KRW 0.6 billion | Topic: national "
            "technical standards and a conformity-certification scheme so that smart-city data platforms procured by "
            "different municipalities can exchange data | Outputs: comparative study of Korean smart-city standards "
            "and certification, draft Thai standard, certification procedure, policy seminar | Status: research under way."),
        lang="en", kind="ksp", style="oda_db",
        labels=L(PLN, ["data_platform_infra", "governance_admin"], MPL, "national", ODV, "oda_consulting", PLA, EXI),
        crs=["22011", "32182"],
        notes="Advice on standards/certification, no certification body set up -> planning_consulting rather than institution_capacity; national standard -> national."),
    # 20
    dict(
        title="KOICA 에티오피아 데이터 기반 스마트 도시관리 역량강화 사업 수행기관 선정 입찰공고",
        description=(
            "한국국제협력단 입찰공고\n사업명: 에티오피아 데이터 기반 스마트 도시관리 역량강화 사업(2025–2027)\n"
            "사업내용: 에티오피아 연방 도시인프라부 및 주요 10개 도시 공무원 대상 초청연수(연 2회, 회당 20명), 현지 "
            "워크숍, 도시 데이터 활용 실행계획(Action Plan) 수립 지도, 연수생 네트워크 구축\n사업예산: 금 ○○억원\n"
            "계약방법: 협상에 의한 계약(제한경쟁)"),
        lang="ko", kind="koica", style="tender",
        labels=L(INS, ["governance_admin", "data_platform_infra"], IMP, "national", ODV, "oda_grant", PLA, EXI),
        crs=["43081", "15185"],
        notes="Training and networks -> institution_capacity; ministry plus 10 cities -> national; tender for the implementer of a committed project -> implementation."),
    # 21
    dict(
        title="Hanoi Old Quarter smart parking",
        description=(
            "Hanoi | Hoan Kiem – Old Quarter | ○○ Parking JSC (private) | 3,200 on-street bays with magnetic sensors + "
            "payment app + guidance signs | own capital, revenue share with district | live since 2023, phase 2 expanding"),
        lang="en", kind="private", style="row",
        labels=L(SOL, ["mobility"], OPR, "district", ODV, "local_private", ADV, EXI),
        crs=["21020"],
        notes="Old Quarter neighbourhood -> district; live and expanding -> operation_diffusion; sensor bays -> advanced_infrastructure."),
    # 22
    dict(
        title="○○시 스마트 경로당 조성사업",
        description=(
            "○○시는 올해 시비 4억 5천만원을 들여 관내 노후 경로당 15곳을 '스마트 경로당'으로 새단장한다. 주요 내용은 "
            "지붕 방수와 창호 교체, 보일러·에어컨 교체, 도배·장판 등 환경개선이며, 경로당마다 대형 TV를 설치해 복지관 "
            "건강체조 프로그램을 화상으로 함께 볼 수 있게 했다. 공사는 5월부터 차례로 진행 중이다."),
        lang="ko", kind="local_gov", style="misleading",
        labels=L(SOL, ["welfare_health", "housing_facility"], IMP, "site", DOM, "local_private", ADV, EXI),
        crs=["16010"],
        notes="'Smart' name over mostly ordinary repairs; labelled by content: 15 particular facilities -> site; physical works only -> advanced_infrastructure by default."),
    # 23
    dict(
        title="Rotterdam harbour quarter to test bidirectional charging with shared EVs",
        description=(
            "The City of Rotterdam and the regional grid operator (○○) will start a two-year vehicle-to-grid pilot in "
            "a redeveloped harbour quarter where former port warehouses are being turned into homes. 150 shared "
            "electric cars and 60 bidirectional chargers will balance rooftop solar output and local grid peaks; a "
            "neighbourhood energy management system will decide when cars charge and discharge. The pilot is "
            "co-financed by a Horizon Europe grant and the city's climate budget; results will inform the city's "
            "charging strategy."),
        lang="en", kind="eu_foreign", style="press",
        labels=L(PIL, ["energy", "mobility"], PLT, "district", OVD, "foreign_own", ADV, REG),
        crs=["23642", "23183"],
        notes="EU and city money in a developed country -> foreign_own; chargers are the main build -> advanced_infrastructure; redeveloped port area -> regeneration; whole quarter -> district."),
    # 24
    dict(
        title="○○시 가로등 교체공사",
        description=(
            "○○시는 에너지절약전문기업(ESCO) 방식의 민간투자로 시 전역 가로등·보안등 18,400개를 교체한다. 공사명은 "
            "단순 교체공사지만 LED 등기구마다 원격 점·소등 및 디밍 제어기와 고장 자동 신고 통신모듈을 달아 관제 "
            "서버에서 관리하는 스마트 가로등 체계를 갖추는 것이 핵심이다. 사업비 약 96억원은 민간사업자가 먼저 투자하고 "
            "시는 절감되는 전기요금으로 8년간 나누어 상환한다. 올해 1월 착공해 읍·면 지역부터 교체가 진행되고 있다."),
        lang="ko", kind="ppp", style="misleading",
        labels=L(SOL, ["energy", "safety_disaster"], IMP, "city", DOM, "local_private", ADV, EXI),
        crs=["23183"],
        notes="Plain name over smart content; whole municipality -> city; ESCO private finance -> local_private."),
    # 25
    dict(
        title="도시 디지털트윈 기반 도심 침수 예측·대응 기술개발",
        description=(
            "국가R&D | 국토교통 R&D | 도시 디지털트윈 기반 도심 침수 예측·대응 기술개발 | 2024–2028(5년) | 정부출연금 "
            "120억원 | ○○연구원 외 8개 기관 | 하수관로 수위센서 데이터·기상예보 결합 실시간 침수 예측 모델, 대응 의사결정 "
            "플랫폼 | 2차년도, 알고리즘 개발 중(실증 예정지: ○○시 전역)"),
        lang="ko", kind="national_rnd", style="row",
        labels=L(RND, ["safety_disaster", "data_platform_infra"], IMP, "city", DOM, "national_rnd", PLA, EXI),
        crs=["43060", "32182"],
        notes="R&D in its development phase -> stage implementation (convention); named test city -> city; prediction/decision platform -> platform_centered."),
    # 26
    dict(
        title="Accra electricity distribution: prepaid smart meters and network SCADA",
        description=(
            "With a loan from the African Development Bank, Ghana's distribution utility is replacing about 210,000 "
            "electromechanical meters in the city of Accra with prepaid smart meters, installing a distribution "
            "SCADA on 46 primary substations and a meter-data management system. The aim is to cut commercial losses, "
            "which exceed a quarter of energy purchased in some districts, and to give the utility outage detection "
            "it does not have today. Meter rollout started in 2024 and is about 40 percent complete."),
        lang="en", kind="mdb", style="narrative",
        labels=L(SOL, ["energy"], IMP, "city", ODV, "oda_loan", ADV, EXI),
        crs=["23630", "23183"],
        notes="AMI/SCADA equipment -> advanced_infrastructure; city-wide rollout -> city; MDB loan -> oda_loan."),
    # 27
    dict(
        title="K-City Network 태국 ○○시 스마트 교통·안전 계획수립 지원",
        description=(
            "사업구분: K-City Network 글로벌 협력사업(계획수립 – 솔루션형) | 대상: 태국 ○○시(인구 약 40만) | 지원기간: "
            "2024.5–2025.3 | 지원금: 5억원 | 내용: 교통신호·CCTV 현황 진단, 지능형 교통신호 및 방범 CCTV 확충 기본계획, "
            "사업비 산정, 재원조달 대안(EDCF·PPP) 검토 | 상태: 최종보고 완료, 후속사업 협의 중"),
        lang="ko", kind="kcn", style="oda_db",
        labels=L(PLN, ["mobility", "safety_disaster"], MPL, "city", ODV, "kcn", ADV, EXI),
        crs=["21011", "43031"],
        notes="A planning project stays master_planning even when its report is done; planned content is field equipment (signals, CCTV) -> advanced_infrastructure."),
    # 28
    dict(
        title="Participatory budgeting and open-data portal of a Spanish regional capital",
        description=(
            "Spain | ○○ (regional capital, ~800k pop.) | city-run participation platform: residents propose and vote on "
            "part of the municipal investment budget + open datasets (budgets, contracts, air quality, bike-share) | "
            "city IT service, own budget | 6th annual cycle; adds neighbourhood dashboards on execution of past winners"),
        lang="en", kind="eu_foreign", style="row",
        labels=L(SOL, ["governance_admin", "data_platform_infra"], OPR, "city", OVD, "foreign_own", PLA, EXI),
        crs=["15150", "15110"],
        notes="Running in its sixth cycle -> operation_diffusion; citizen participation -> governance_admin first."),
    # 29
    dict(
        title="○○시 원도심 스마트시티형 도시재생 뉴딜사업",
        description=(
            "○○시 구도심 ○○동 일대(약 21만㎡)는 인구 유출과 상권 쇠퇴가 이어진 대표적 쇠퇴지역이다. 시는 도시재생 뉴딜 "
            "스마트시티형으로 선정돼 국비를 지원받아 골목길 스마트 보안등과 비상벨, 공영주차장 공유 주차, 빈 점포 "
            "디지털 사이니지 관광안내, 미세먼지 알림 쉼터 등 여러 스마트 솔루션을 재생사업과 함께 묶어 조성하고 있다. "
            "현재 주차장과 보안등 공사가 진행 중이다."),
        lang="ko", kind="central_gov", style="narrative",
        labels=L(DEV, ["safety_disaster", "mobility", "culture_tourism"], IMP, "district", DOM, "national_program", ADV, REG),
        crs=["43032"],
        notes="Regeneration area developed with a package of solutions -> city_development (스마트시티형 도시재생); works under way -> implementation."),
    # 30
    dict(
        title="New-town integrated operation centre handed over to the city after two-year joint operation",
        description=(
            "Korea Land & Housing Corporation (LH) and the ○○ city government have completed the handover of the "
            "integrated operation centre of the ○○ new town, built from the town's smart-city infrastructure budget "
            "within the land-development cost. For two years the two ran the centre jointly; from this month the city "
            "operates it alone, monitoring 1,100 CCTV cameras, traffic and environmental sensors and passing "
            "emergency video to police and fire stations. The city plans to connect two older neighbourhoods to the "
            "same platform next year."),
        lang="en", kind="lh", style="press",
        labels=L(SOL, ["data_platform_infra", "safety_disaster"], OPR, "district", DOM, "development_fee", PLA, NEW),
        crs=["43030", "15132"],
        notes="Centre already built and now operated/extended -> operation_diffusion; funded from development fee; serves the new town -> district."),
    # 31
    dict(
        title="2026 KSP 신규과제 후보: 몽골 울란바토르 대기질 스마트 모니터링 정책자문",
        description=(
            "2026년 KSP 신규 양자 정책자문 후보과제(수요조사 선정) | 몽골 | 울란바토르 대기오염 저감을 위한 IoT 대기질 "
            "측정망 및 배출원 관리 정책자문 | 예산안 5억원 | 2026년 상반기 사전조사 후 착수 여부 확정"),
        lang="ko", kind="ksp", style="budget_line",
        labels=L(PLN, ["environment_waste"], IDN, "city", ODV, "oda_consulting", ADV, EXI),
        crs=["41010"],
        notes="Only a demand-survey candidate, start not decided -> identification; the advice is about a sensor network -> advanced_infrastructure."),
    # 32
    dict(
        title="○○로보틱스, 판교 제2테크노밸리 자율주행 배송로봇 실증 착수",
        description=(
            "자율주행 로봇 스타트업 ○○로보틱스가 판교 제2테크노밸리 기업지원허브와 입주기업 건물을 잇는 보행로 2.1km "
            "구간에서 배송로봇 실증을 시작했다. 규제샌드박스 실증특례로 보도 주행이 허용됐으며, 로봇 5대가 점심시간 "
            "도시락과 택배를 나른다. 회사는 6개월간 안전성과 배송 효율 데이터를 모아 상용화 허가를 신청할 계획이다."),
        lang="ko", kind="private", style="press",
        labels=L(PIL, ["mobility", "industry_economy"], PLT, "site", DOM, "local_private", ADV, NEW),
        crs=["21020", "32182"],
        notes="Demo of one firm's robot product (sandbox only grants permission) -> advanced_infrastructure per rule; 2.1 km path -> site; new techno valley -> new_development."),
    # 33
    dict(
        title="World Bank IBRD loan – state-wide municipal e-governance and GIS property tax, India",
        description=(
            "FY2025 approvals | India | ○○ State Municipal Governance and Services Project | IBRD USD 150.0m; state "
            "co-financing USD 50.0m | e-governance platform (permits, grievances, e-payments) and GIS-based "
            "property-tax registers for all 68 urban local bodies of the state | effective, disbursing"),
        lang="en", kind="mdb", style="budget_line",
        labels=L(SOL, ["governance_admin", "data_platform_infra"], IMP, "national", ODV, "oda_loan", PLA, EXI),
        crs=["15185", "15114"],
        notes="68 urban local bodies at once -> national; IBRD lending put under oda_loan (convention: all MDB lending)."),
    # 34
    dict(
        title="네팔 카트만두 지진 조기경보 및 대피 안내체계 구축 (예비조사)",
        description=(
            "기관: KOICA | 협력국: 네팔 | 사업형태: 프로젝트(무상) | 사업단계: 사업형성 – 예비조사 완료, 심층기획조사 예정 | "
            "예상기간: 2026–2029 | 예상예산: 미화 700만 달러 | 구상내용: 카트만두 시 학교·병원 등 다중이용시설 60곳 지진 "
            "조기경보 수신기, 시 재난상황실, 대피소 안내 앱, 주민 대피훈련"),
        lang="ko", kind="koica", style="oda_db",
        labels=L(SOL, ["safety_disaster"], IDN, "city", ODV, "oda_grant", ADV, EXI),
        crs=["43060", "74020"],
        notes="Project-formulation stage (pre-survey) -> identification; the intended project installs receivers -> solution_deployment / advanced_infrastructure."),
    # 35
    dict(
        title="○○ National Industrial Complex road and facility improvement",
        description=(
            "Budget item under the government's industrial-complex renovation programme. Although filed as a road "
            "and facility improvement, the package for the 40-year-old national industrial complex in ○○ consists "
            "mainly of a complex-wide energy management system with sub-metering in 300 factories, AI gas-leak and "
            "fire detectors at hazardous-chemical sites, smart logistics lockers and an integrated safety and "
            "environment control room run by the complex management office. Works started in 2024 and finish in 2026."),
        lang="en", kind="central_gov", style="misleading",
        labels=L(DEV, ["industry_economy", "energy", "safety_disaster"], IMP, "district", DOM, "national_program", ADV, REG),
        crs=["32120", "23183"],
        notes="Plain title over a multi-solution package in an ageing industrial complex -> city_development + regeneration; meters/detectors dominate -> advanced_infrastructure."),
    # 36
    dict(
        title="○○시 지하 공동구 지능형 관리시스템 구축 용역",
        description=(
            "공고번호 2025-○○○ | 용역명: ○○ 공동구 지능형 관리시스템 구축 | 대상: ○○지구 공동구 1개소(연장 6.4km, "
            "전력·통신·상수·지역난방) | 내용: 화재·침수·가스 감지 센서, 레일형 자율순찰 로봇, 3D 시설물 관리 시스템, "
            "기존 방재실 연계 | 사업비: 42억원(시비) | 기간: 착수일부터 12개월"),
        lang="ko", kind="local_gov", style="tender",
        labels=L(SOL, ["housing_facility", "safety_disaster"], IMP, "site", DOM, "local_private", ADV, EXI),
        crs=["43032"],
        notes="One utility tunnel = one facility -> site; underground-utility management -> housing_facility."),
    # 37
    dict(
        title="Korea–Cambodia Smart City Cooperation Centre, phase 2",
        description=(
            "Set up in Phnom Penh with a KOICA grant in 2022, the cooperation centre sits inside the land-management "
            "ministry and runs a showroom-cum-testbed where Korean and Cambodian firms demonstrate solutions to city "
            "officials, an incubation desk for local start-ups and a matchmaking service for joint bids. In the "
            "second phase (2025–2027) the centre continues these services, adds a training curriculum for provincial "
            "officials and is expected to become self-financing through membership fees."),
        lang="en", kind="koica", style="narrative",
        labels=L(INS, ["industry_economy", "governance_admin"], OPR, "national", ODV, "oda_grant", INN, EXI),
        crs=["25030", "43081"],
        notes="Cooperation centre, incubation and training -> institution_capacity + innovation_space; serves the whole country -> national; second phase of a running centre -> operation_diffusion."),
    # 38
    dict(
        title="EDCF 방글라데시 다카 교통관제센터 및 ITS 구축사업 사전자격심사(PQ) 공고",
        description=(
            "Invitation for Prequalification (요약)\n차관: 대외경제협력기금(EDCF) 차관 No. BGD-○○\n발주처: 다카 ○○교통청\n"
            "사업명: 다카 교통관제센터 및 ITS 구축\n범위: 시 교통관제센터(TMC) 신축 및 통합운영 소프트웨어, 교차로 신호 "
            "연동 130개소, 교통정보 수집·제공, 버스 위치정보, 기존 경찰 CCTV 연계\n자격: 한국 업체 주관(타이드 조건)\n"
            "제출기한: 공고일로부터 45일"),
        lang="ko", kind="edcf", style="tender",
        labels=L(SOL, ["mobility", "data_platform_infra"], IMP, "city", ODV, "oda_loan", PLA, EXI),
        crs=["21020", "21011"],
        notes="Centre and integration software are the core (signals are linked, cameras reused) -> platform_centered; city TMC -> city."),
    # 39
    dict(
        title="Smart Cities Mission – area-based retrofit of an old bazaar district, central India",
        description=(
            "India | Smart Cities Mission (national + state funds) | ○○ city, area-based development: 180 ha old bazaar "
            "and walled city | INR 9.6 bn | underground ducting for overhead cables, 24x7 metered water with pressure "
            "sensors, pedestrianised market streets with edge smart parking, rooftop solar on public buildings, "
            "heritage façades | most packages under construction, SPV completion target 2026"),
        lang="en", kind="foreign_gov", style="budget_line",
        labels=L(DEV, ["water", "mobility", "housing_facility"], IMP, "district", ODV, "foreign_own", ADV, REG),
        crs=["43032", "14021"],
        notes="Host government's own national programme -> foreign_own, region still overseas_developing; retrofit of an old core with several solutions -> city_development + regeneration."),
    # 40
    dict(
        title="○○ 공공주택지구 스마트도시계획 수립 용역",
        description=(
            "LH 2025년 용역 발주계획 | ○○ 공공주택지구(면적 3.2㎢, 3.1만호) 스마트도시계획 수립 용역 | 4.2억원 | 지구 "
            "통합플랫폼·자율주행 시범노선·스마트 주차 서비스 구상, 스마트시티 기반시설 조성비 산정 | 재원: 택지조성원가 | "
            "2분기 발주"),
        lang="ko", kind="lh", style="budget_line",
        labels=L(PLN, ["data_platform_infra", "mobility"], MPL, "district", DOM, "development_fee", PLA, NEW),
        crs=["43031"],
        notes="A committed plan contract for a new housing district -> planning_consulting, master_planning; paid from land-development cost -> development_fee."),
    # 41
    dict(
        title="AI fire-detection cameras tested in a Jakarta traditional market under K-City Network",
        description=(
            "A Korean start-up (○○ Vision) has installed 24 AI cameras that recognise smoke and flame in a crowded "
            "traditional market in Central Jakarta as part of K-City Network's overseas demonstration track. For eight "
            "months the system will alert market managers and the nearest fire station; the city's fire and rescue "
            "agency will compare detection times with conventional alarms before deciding whether to buy the system "
            "for other markets."),
        lang="en", kind="kcn", style="press",
        labels=L(PIL, ["safety_disaster"], PLT, "site", ODV, "kcn", ADV, EXI),
        crs=["15133"],
        notes="One market building -> site; product demo of cameras -> advanced_infrastructure."),
    # 42
    dict(
        title="리빙랩 기반 시민참여형 생활문제 해결 R&D",
        description=(
            "국가R&D | 스마트시티 국가전략 R&D 세부과제 | 리빙랩 기반 시민참여형 생활문제 해결 모델 개발 | 2019–2023 종료 | "
            "○○시 ○○동 리빙랩(주민 120명, 돌봄·주차 문제) | 성과확산: 타 지자체 리빙랩 가이드라인 배포, 후속 사업 연계"),
        lang="ko", kind="national_rnd", style="row",
        labels=L(RND, ["governance_admin", "welfare_health"], OPR, "district", DOM, "national_rnd", INN, EXI),
        crs=["43082", "15150"],
        notes="Finished R&D now in result diffusion -> operation_diffusion; living lab in one 동 -> district, innovation_space."),
    # 43
    dict(
        title="RFP – Building management system retrofit for 14 council buildings, Auckland",
        description=(
            "Request for Proposal No. ○○/2025. The Council seeks a supplier to design, supply and commission an "
            "open-protocol building management and energy monitoring system across 14 council-owned buildings "
            "(libraries, pools, service centres), including sub-metering, HVAC optimisation, occupancy sensors and a "
            "cloud dashboard. Funded from the council's climate action budget. Term: 18 months implementation plus "
            "5-year support. Closing date: ○○ 2025."),
        lang="en", kind="eu_foreign", style="tender",
        labels=L(SOL, ["energy", "housing_facility"], IMP, "site", OVD, "foreign_own", ADV, EXI),
        crs=["23183"],
        notes="14 particular buildings -> site; New Zealand -> overseas_developed; council own budget -> foreign_own."),
    # 44
    dict(
        title="KOICA 다르에스살람 BRT 스마트 요금징수·운행관리 시스템 준공",
        description=(
            "탄자니아 다르에스살람 BRT 전 노선에 한국 무상원조로 구축한 교통카드 요금 정산·운행관리 시스템이 준공됐다. "
            "정류장 개찰구와 차량 단말기는 기존 장비를 활용하고, 정산 센터 소프트웨어와 실시간 배차·운행관리 플랫폼을 "
            "새로 구축해 현금 요금 누수를 막고 배차 정보를 실시간으로 제공한다. 사업단은 준공 이후 1년간 현지 운영기관에 "
            "대한 운영 안정화와 유지보수 교육을 계속한다."),
        lang="ko", kind="koica", style="press",
        labels=L(SOL, ["mobility"], OPR, "city", ODV, "oda_grant", PLA, EXI),
        crs=["21012"],
        notes="Completed, in operation stabilisation -> operation_diffusion; clearing and fleet platform on reused devices -> platform_centered; whole BRT network -> city."),
    # 45
    dict(
        title="ADB TA – Identifying livable-city investments in four Mongolian aimag centres",
        description=(
            "Consulting Services Recruitment Notice. Technical assistance (grant, TA ○○-MON): Mongolia – Preparing "
            "the ○○ Livable Secondary Cities Program. The consultant team will screen and rank candidate investments "
            "in four aimag centres — heat-plant efficiency and district-heating meters, water supply, solid-waste "
            "collection and air-quality monitoring — and produce project concept notes and a long list for a possible "
            "future loan. Feasibility studies are not part of this assignment. Team: urban planner (team leader), "
            "energy engineer, water engineer, environmental specialist. Expected start: Q3 2025; 8 months."),
        lang="en", kind="mdb", style="tender",
        labels=L(PLN, ["energy", "water", "environment_waste"], IDN, "national", ODV, "oda_consulting", ADV, EXI),
        crs=["43030", "23620"],
        notes="Screening candidate investments, explicitly no FS -> identification; four cities at once -> national; MDB TA grant for advisory -> oda_consulting (convention)."),
    # 46
    dict(
        title="2026년 스마트도시 규제샌드박스(실증특례) 과제 공모",
        description=(
            "공고 제2026-○○호\n□ 공모명: 2026년 스마트도시 규제샌드박스 실증특례 지원과제 공모\n□ 대상: 스마트도시(스마트 "
            "규제혁신지구 포함)에서 현행 규제로 실증이 어려운 혁신 서비스를 추진하려는 기업\n□ 지원내용: 실증특례 심의 지원, "
            "과제당 최대 3억원 실증비, 법률 컨설팅\n□ 선정규모: 10개 내외\n□ 재원: 국토교통부 국고보조\n□ 접수기간: 2026. ○. ○. ~ ○. ○."),
        lang="ko", kind="central_gov", style="tender",
        labels=L(INS, ["industry_economy", "governance_admin"], IDN, "national", DOM, "national_program", INN, EXI),
        crs=["25010", "32182"],
        notes="Regulatory sandbox is an institution -> institution_capacity/innovation_space; a call that will discover projects -> identification; nationwide -> national."),
    # 47
    dict(
        title="East African country rolls out shared e-permitting platform to 20 counties",
        description=(
            "The national lands and urban development ministry of an East African country (○○) announced that 20 "
            "county governments now process building and development permits on a shared online platform, up from "
            "five in the first year. Applicants upload drawings, pay fees by mobile money and track approvals; "
            "planners see cadastral and zoning layers in one GIS view. The ministry finances hosting and support from "
            "its own budget and aims to connect all counties by 2027."),
        lang="en", kind="foreign_gov", style="press",
        labels=L(SOL, ["governance_admin", "housing_facility"], OPR, "national", ODV, "foreign_own", PLA, EXI),
        crs=["15185", "43031"],
        notes="Developing country's own programme -> foreign_own with overseas_developing; 20 counties -> national; scaling up -> operation_diffusion."),
    # 48
    dict(
        title="○○시 어린이보호구역 정비사업",
        description=(
            "○○시는 초등학교 8곳 주변 어린이보호구역 정비에 시비 9억원을 투입한다. 이름은 정비사업이지만 내용은 AI 영상분석으로 "
            "과속 차량에 경고를 띄우는 전광판, 보행자 접근 시 바닥과 신호등이 함께 켜지는 스마트 횡단보도, 불법 주정차를 "
            "자동 감지해 알리는 CCTV 설치가 중심이다. 7월 여름방학에 맞춰 설치를 마칠 예정이다."),
        lang="ko", kind="local_gov", style="misleading",
        labels=L(SOL, ["safety_disaster", "mobility"], IMP, "site", DOM, "local_private", ADV, EXI),
        crs=["21020"],
        notes="Plain name over smart content; eight school zones are particular road sections -> site."),
    # 49
    dict(
        title="Resident app platform for a 2,400-unit apartment complex in Ho Chi Minh City",
        description=(
            "A Korean proptech company (○○) has connected the door locks, lifts, parking gates and utility meters "
            "already installed in a newly completed 2,400-unit condominium complex in Thu Duc to a single resident app "
            "and management platform. Residents book amenities, pay management fees and receive parcel alerts; the "
            "building manager sees energy and maintenance data on one dashboard. No new devices were installed. The "
            "service went live last year and the firm is now signing two more complexes from the same developer."),
        lang="en", kind="private", style="narrative",
        labels=L(SOL, ["housing_facility", "data_platform_infra"], OPR, "district", ODV, "local_private", PLA, NEW),
        crs=["22040", "16030"],
        notes="Housing complex -> district; only a platform over existing devices -> platform_centered; live and expanding -> operation_diffusion."),
    # 50
    dict(
        title="KOICA 페루 ○○시 스마트 누수관리 시범사업 PMC 용역 입찰공고",
        description=(
            "사업명: 페루 ○○시 스마트 누수관리 시범사업(2025–2027, 무상원조)\n용역명: 사업관리(PMC) 용역\n시범대상: ○○구 "
            "2개 급수구역(DMA, 약 3,200세대)\n주요내용: 스마트 수도계량기 3,500개·압력 및 음향 누수센서 설치, 유수율 관리 "
            "시스템 시범 운영, 성과 검증 후 시 전역 확대계획 수립 지원\n추정금액: ○○억원\n계약방법: 협상에 의한 계약"),
        lang="ko", kind="koica", style="tender",
        labels=L(PIL, ["water"], PLT, "district", ODV, "oda_grant", ADV, EXI),
        crs=["14021", "14015"],
        notes="Pilot with verification then scale-up -> pilot_demonstration/pilot even at PMC tender; two neighbourhood-sized DMAs -> district (convention)."),
    # 51
    dict(
        title="KSP – Smart mobility and transit-oriented development strategy for the Bogotá region",
        description=(
            "This one-year Knowledge Sharing Program consultation works with Colombia's national planning department "
            "and the Bogotá–Cundinamarca regional authority on a strategy for integrating fares and information across "
            "the metro line under construction, regional trains and feeder buses, drawing on Seoul's 2004 bus reform "
            "and integrated smart-card clearing. The team will propose a regional MaaS data platform, institutional "
            "arrangements for a regional transport authority and TOD guidelines around new stations. Field work ended "
            "in March; the final report is due in the autumn."),
        lang="en", kind="ksp", style="narrative",
        labels=L(PLN, ["mobility", "governance_admin"], MPL, "national", ODV, "oda_consulting", PLA, EXI),
        crs=["21011"],
        notes="Region of many municipalities -> national; strategy advice -> planning_consulting; centrepiece is a MaaS data platform -> platform_centered."),
    # 52
    dict(
        title="지능형 CCTV 선별관제 시스템 보급",
        description=(
            "행정안전부 | 지능형 CCTV 선별관제 시스템 보급 | 2025 | 기초지자체 40곳 | 국비 80억(지방비 매칭 50%) | 기존 방범 "
            "CCTV 영상 AI 분석 SW·서버 보급, 관제요원 이상상황 선별 표출 | 3년차 확산"),
        lang="ko", kind="central_gov", style="row",
        labels=L(SOL, ["safety_disaster"], OPR, "national", DOM, "national_program", PLA, EXI),
        crs=["15132"],
        notes="AI software over existing cameras -> platform_centered; 40 local governments -> national; third year of roll-out -> operation_diffusion."),
    # 53
    dict(
        title="Zero-energy housing cluster financed from new-town land revenue",
        description=(
            "In a third-generation new town on the outskirts of Seoul, the public developer (LH) is building a "
            "1,900-unit zero-energy housing cluster: rooftop and façade solar panels, ground-source heat pumps, a "
            "cluster-wide energy management system and smart meters in every flat. The extra cost of the energy "
            "infrastructure is included in the land-development cost recovered from land sales in the new town. "
            "Foundation works began last year; first residents are due in 2027."),
        lang="en", kind="lh", style="narrative",
        labels=L(SOL, ["energy", "housing_facility"], IMP, "district", DOM, "development_fee", ADV, NEW),
        crs=["23183", "23210"],
        notes="A few related energy solutions, not a multi-sector package -> solution_deployment, not city_development; paid from land revenue -> development_fee."),
    # 54
    dict(
        title="○○시 자율주행 셔틀 노선 운송사업 민간사업자 모집공고",
        description=(
            "○○시 공고 제2025-○○호\n1. 사업명: ○○신도시 자율주행 셔틀 유상운송 사업\n2. 사업방식: 민간투자(BTO), 운영기간 10년\n"
            "3. 노선: ○○역~신도시 업무지구 순환 6.2km, 정류장 9개소\n4. 사업자 역할: 자율주행 차량(레벨4) 4대 도입 및 운영, "
            "관제시스템·정류장 설비 설치, 유상운송 한정면허 취득\n5. 제안서 접수: 2025. ○. ○.까지"),
        lang="ko", kind="ppp", style="tender",
        labels=L(SOL, ["mobility"], IMP, "site", DOM, "local_private", ADV, NEW),
        crs=["21012"],
        notes="Commercial paid operation, not a test -> solution_deployment; one 6.2 km route -> site; BTO -> local_private."),
    # 55
    dict(
        title="Contract notice – Metropolitan 3D digital twin for urban planning, ○○ Métropole (France)",
        description=(
            "Contract notice (services). Contracting authority: ○○ Métropole, a metropolitan authority grouping 59 "
            "communes. Object: supply, integration and three-year maintenance of a metropolitan 3D digital twin "
            "combining LiDAR mesh, building and network databases, planning permits and simulation modules for "
            "flooding, heat islands and solar potential; training of planning staff in the communes. Estimated value: "
            "EUR 4.2 million excl. VAT. Procedure: competitive procedure with negotiation. Financing: metropolitan "
            "budget with regional co-financing."),
        lang="en", kind="eu_foreign", style="tender",
        labels=L(SOL, ["data_platform_infra", "governance_admin"], IMP, "national", OVD, "foreign_own", PLA, EXI),
        crs=["43031", "22040"],
        notes="A metropolitan authority of 59 communes = many cities at once -> national, not city."),
    # 56
    dict(
        title="일본 ○○시 슈퍼시티 특구 도시 데이터 연계기반 구축",
        description=(
            "일본 ○○시는 국가전략특구 '슈퍼시티'로 지정된 뒤 시 전역을 대상으로 행정·의료·교통 데이터를 한곳에서 연계하는 "
            "데이터 연계기반(도시 OS)을 구축하고 있다. 시민이 동의하면 건강검진 결과와 진료 기록이 원격 진료·복약 지도 "
            "서비스로 이어지고, 고령자의 병원 이동은 온디맨드 교통으로 예약된다. 사업비는 국비와 시 예산으로 충당하며, "
            "현재 데이터 연계기반 1단계 개발과 의료 서비스 연결이 진행 중이다."),
        lang="ko", kind="eu_foreign", style="narrative",
        labels=L(SOL, ["data_platform_infra", "welfare_health"], IMP, "city", OVD, "foreign_own", PLA, EXI),
        crs=["22040", "12110"],
        notes="Foreign government and city money -> foreign_own; data linkage base -> platform_centered; whole city -> city."),
    # 57
    dict(
        title="Smart solid-waste collection monitoring system, Tbilisi",
        description=(
            "Donor: Korea | Agency: KOICA | Recipient: Georgia | Sector (recipient classification): municipal "
            "services | Period: 2024–2027 | Budget: USD 5.0 million | Description: GPS and weight sensors on the "
            "city's 220 collection trucks, RFID tags and fill-level sensors on 2,000 street containers, route "
            "optimisation software and a dispatch room for the municipal cleaning company; covers all ten districts "
            "of the capital. | Status: sensors installed on 60% of the fleet."),
        lang="en", kind="koica", style="oda_db",
        labels=L(SOL, ["environment_waste"], IMP, "city", ODV, "oda_grant", ADV, EXI),
        crs=["14050"],
        notes="All districts of the capital -> city; sensors/tags dominate -> advanced_infrastructure."),
    # 58
    dict(
        title="Smart infrastructure package for a satellite new town of Phnom Penh (EDCF)",
        description=(
            "Lender: Korea Eximbank (EDCF) | Borrower: Kingdom of Cambodia | Project: ○○ satellite new town smart "
            "infrastructure (approx. 900 ha) | Loan: USD 98 million, 40 years incl. 10 grace | Components: integrated "
            "operation centre and data platform; ITS and adaptive signals on the town's arterial grid; smart water "
            "network with AMI; CCTV and emergency-call links; common utility ducts | Status: loan agreement signed "
            "2024, detailed design under way, first civil-works tender in 2025."),
        lang="en", kind="edcf", style="oda_db",
        labels=L(DEV, ["data_platform_infra", "mobility", "water"], IMP, "district", ODV, "oda_loan", PLA, NEW),
        crs=["43032", "21020"],
        notes="Loan signed and detailed design under way -> implementation (investment committed); multi-sector package for a new town -> city_development; IOC/platform listed first -> platform_centered."),
    # 59
    dict(
        title="다낭 스마트 가로등 원격제어 실증",
        description=(
            "2024 | K-City Network 해외실증 | 베트남 다낭 | ○○대로 1.8km 구간 스마트 LED 가로등 96본(원격 디밍·고장감지·"
            "CCTV 연동) 실증 | 지원 3억원 | 실증 중(에너지 절감·야간 사고 데이터 수집)"),
        lang="ko", kind="kcn", style="row",
        labels=L(PIL, ["energy", "safety_disaster"], PLT, "site", ODV, "kcn", ADV, EXI),
        crs=["23183"],
        notes="One 1.8 km road section -> site; lighting product demo -> advanced_infrastructure."),
    # 60
    dict(
        title="○○텔레콤 2025 설비투자: 부산항 신항 스마트 터미널 5G 특화망",
        description=(
            "○○텔레콤 2025년 설비투자 계획 | B2B 부문 | 부산항 신항 ○○ 컨테이너터미널 5G 특화망(이음5G)·MEC 서버 구축, "
            "원격 크레인·무인 이송장비 연결 | 320억원 | 터미널 운영사 공동투자 | 하반기 구축"),
        lang="ko", kind="private", style="budget_line",
        labels=L(SOL, ["data_platform_infra", "industry_economy"], IMP, "site", DOM, "local_private", ADV, EXI),
        crs=["22020", "21040"],
        notes="One terminal -> site; network equipment -> advanced_infrastructure; private capex -> local_private."),
    # 61
    dict(
        title="○○시, 독거노인 스마트 돌봄 플러그 1,500가구로 확대",
        description=(
            "○○시는 지난해 300가구에서 시범 운영한 '스마트 돌봄 플러그'를 올해 시 전역 1인 가구 어르신 1,500가구로 확대 "
            "보급한다고 밝혔다. 플러그가 TV·전등 등 전력 사용량을 분석해 일정 시간 변화가 없으면 생활관리사와 동 주민센터에 "
            "자동으로 알린다. 사업비 2억 4천만원은 시비로 부담한다."),
        lang="ko", kind="local_gov", style="press",
        labels=L(SOL, ["welfare_health"], OPR, "city", DOM, "local_private", ADV, EXI),
        crs=["16010"],
        notes="Scale-up after last year's pilot -> operation_diffusion; households across the whole city -> city; IoT plugs -> advanced_infrastructure."),
    # 62
    dict(
        title="Resilient drainage and flood sensing for three Mekong Delta cities (World Bank)",
        description=(
            "Lender: World Bank | Borrower: Socialist Republic of Viet Nam | Project: ○○ Mekong Delta Urban Resilience "
            "| Instrument: investment project financing (loan) | Cities: three provincial cities | Components: "
            "drainage upgrades; sluice gates operated remotely from a control room; 30–40 water-level and rainfall "
            "sensors per city; early-warning dashboard shared with the provincial disaster committee | Status: "
            "first city nearly complete, works started in the other two this year."),
        lang="en", kind="mdb", style="oda_db",
        labels=L(SOL, ["water", "safety_disaster"], IMP, "national", ODV, "oda_loan", ADV, EXI),
        crs=["14022", "43060"],
        notes="Three cities at once -> national; drainage infrastructure first, flood warning second."),
    # 63
    dict(
        title="2026년도 국가R&D 신규과제 공고: 자율주행 대중교통 통합운영 플랫폼 기술개발",
        description=(
            "공고 제2026-○○호\n□ 사업명: 국토교통 R&D – 자율주행 대중교통 통합운영 플랫폼 기술개발\n□ 연구기간: "
            "2026.4~2030.12(57개월)\n□ 지원규모: 총 정부출연금 180억원 내외(1개 컨소시엄)\n□ 연구내용: 자율주행 버스·DRT "
            "통합 배차·관제 플랫폼, 도로 인프라 연계(V2X) 데이터 표준, 운영 안전성 평가체계\n□ 신청자격: 산·학·연 컨소시엄"),
        lang="ko", kind="national_rnd", style="tender",
        labels=L(RND, ["mobility", "data_platform_infra"], IDN, "national", DOM, "national_rnd", PLA, EXI),
        crs=["21011", "32182"],
        notes="Call for a new R&D task, nothing started -> identification; no test site named -> national (convention for site-less R&D)."),
    # 64
    dict(
        title="Strengthening municipal tax administration in Ulaanbaatar (KSP)",
        description=(
            "Despite its conventional title, this KSP policy consultation is about a data-driven property-tax system "
            "for Ulaanbaatar: it designs a GIS-based property register linked to cadastral and building-permit data, "
            "an online tax-payment and notification platform, and analytics that detect unregistered buildings from "
            "satellite imagery. The Korean team delivers the system design, data standards and a roadmap; the city "
            "will seek separate financing for the build. The consultation started in January and is at the "
            "interim-report stage."),
        lang="en", kind="ksp", style="misleading",
        labels=L(PLN, ["governance_admin", "data_platform_infra"], MPL, "city", ODV, "oda_consulting", PLA, EXI),
        crs=["15114", "15185"],
        notes="Plain title over smart (data/platform) content; still advice only -> planning_consulting."),
    # 65
    dict(
        title="○○시 도시통합운영센터 운영 (2025 본예산)",
        description=(
            "2025년도 ○○시 본예산 | 스마트도시과 | 도시통합운영센터 운영 | 18억 4,000만원 (관제요원 인건비 11.2억, "
            "유지보수 5.1억, 통신회선 2.1억) | CCTV 3,800대 24시간 관제, 112·119 긴급영상 지원"),
        lang="ko", kind="local_gov", style="budget_line",
        labels=L(SOL, ["data_platform_infra", "safety_disaster"], OPR, "city", DOM, "local_private", PLA, EXI),
        crs=["43030", "15132"],
        notes="Running cost of an existing centre -> operation_diffusion; city own budget -> local_private."),
    # 66
    dict(
        title="K-Smart City export roadshow brings 25 Korean firms to Almaty and Tashkent",
        description=(
            "A roadshow financed from the Korean land ministry's overseas-expansion support budget took 25 Korean "
            "smart-city companies to Almaty and Tashkent this week for business-matching meetings with city officials "
            "and local developers, together with a policy seminar on smart-city law and certification. Organisers "
            "(○○ association) reported 140 one-to-one meetings and four MOUs; follow-up missions are planned for "
            "the autumn."),
        lang="en", kind="central_gov", style="press",
        labels=L(INS, ["industry_economy"], IMP, "national", ODV, "national_program", INN, EXI),
        crs=["25030", "33120"],
        notes="Export promotion (해외진출 기반 조성) -> institution_capacity; two countries -> national; hosts are ODA recipients -> overseas_developing; funded by a Korean central budget -> national_program."),
    # 67
    dict(
        title="○○신도시 스마트공원 조성",
        description=(
            "LH는 ○○신도시 중앙공원(약 9만㎡)을 스마트공원으로 조성하고 있다. 공원 입구와 산책로에는 미세먼지·폭염 정보를 "
            "보여주는 전광판과 쿨링포그, 태양광 스마트 벤치, 보행자 감지형 조명, 비상벨과 지능형 CCTV가 들어선다. 비용은 "
            "신도시 택지조성비의 스마트시티 기반시설 항목에서 충당하며, 공원은 내년 준공 후 시에 인계된다."),
        lang="ko", kind="lh", style="narrative",
        labels=L(SOL, ["environment_waste", "safety_disaster"], IMP, "site", DOM, "development_fee", ADV, NEW),
        crs=["41010", "43032"],
        notes="One park = a particular facility -> site even though it lies in a new town; paid from development fee."),
    # 68
    dict(
        title="Low-emission zone camera enforcement in a northern Italian city",
        description=(
            "Italy | ○○ (northern Italy) | city-wide low-emission zone (~70% of municipal area) | 190 ANPR cameras at "
            "entry gates + feed from air-quality stations | municipal budget | operating since 2019; vehicle bans "
            "tightened each October"),
        lang="en", kind="eu_foreign", style="row",
        labels=L(SOL, ["environment_waste", "mobility"], OPR, "city", OVD, "foreign_own", ADV, EXI),
        crs=["41010", "21011"],
        notes="Purpose is air quality (environment first); operating for years -> operation_diffusion; city-wide zone -> city."),
    # 69
    dict(
        title="○○군 강소형 스마트시티 조성사업 기본계획 수립",
        description=(
            "인구 4만의 ○○군은 국토교통부 강소형 스마트시티 공모에 선정돼 국비 120억원과 군비를 합쳐 인구감소와 고령화로 "
            "쇠퇴한 읍내 중심지에 스마트 서비스를 묶어 조성할 예정이다. 수요응답형 교통, 원격 건강관리, 군 데이터 통합플랫폼, "
            "주민참여 리빙랩 등이 검토되고 있으며, 현재 주민 설문과 리빙랩 워크숍을 거쳐 기본계획을 수립하는 단계다. "
            "착공은 내후년으로 잡혀 있다."),
        lang="ko", kind="central_gov", style="narrative",
        labels=L(DEV, ["mobility", "welfare_health", "data_platform_infra"], MPL, "district", DOM, "national_program", PLA, REG),
        crs=["43032"],
        notes="Text describes the smart-city project itself, now at basic-plan stage -> city_development + master_planning (not a plan-only contract); 읍내 중심지 -> district; decline -> regeneration."),
    # 70
    dict(
        title="Street-lighting replacement concession in a Santiago commune",
        description=(
            "A commune (○○) in the Santiago metropolitan area of Chile has awarded a 15-year public-private "
            "partnership concession for what its tender called street-lighting replacement. In practice the "
            "consortium, which includes a Korean lighting firm (○○), will put all 21,000 sodium lamps on a "
            "remote-managed LED network with dimming and fault alarms, add 300 poles carrying cameras and panic "
            "buttons, and operate the system, financing the capex and being repaid from guaranteed energy savings. "
            "Replacement works began in March."),
        lang="en", kind="ppp", style="misleading",
        labels=L(SOL, ["energy", "safety_disaster"], IMP, "city", OVD, "local_private", ADV, EXI),
        crs=["23183"],
        notes="Chile left the DAC list in 2018 -> overseas_developed; PPP concession -> local_private; one commune = one municipality -> city."),
    # 71
    dict(
        title="라오스 루앙프라방 관광 기반시설 개선사업",
        description=(
            "사업명만 보면 일반 관광 인프라 사업이지만, 이 KOICA 무상원조 사업의 핵심은 세계유산 구시가지의 관광 데이터 "
            "체계다. 구시가지 주요 진입로 10곳의 유동인구 계수 센서, 다국어 AR 문화해설 앱, 관광객 분산을 위한 혼잡도 안내 "
            "사이니지, 주(州) 관광청의 관광 데이터 대시보드를 구축한다. 2024년 착수해 앱 개발과 센서 설치가 진행 중이다."),
        lang="ko", kind="koica", style="misleading",
        labels=L(SOL, ["culture_tourism", "data_platform_infra"], IMP, "district", ODV, "oda_grant", PLA, EXI),
        crs=["33210"],
        notes="Plain title over smart tourism content; heritage old town -> district; app and dashboard are the core -> platform_centered."),
    # 72
    dict(
        title="○○시 스마트관광도시 조성사업 제안요청서",
        description=(
            "□ 사업명: ○○시 스마트관광도시 조성사업(문화체육관광부 공모 선정, 국비 50%)\n□ 대상지: ○○ 관광특구(구도심 해안 "
            "일원 약 1.2㎢)\n□ 과업범위: 관광 통합 앱(예약·결제·길안내), 스마트 관광안내 키오스크 15기, 실감형 AR·XR 체험 "
            "콘텐츠, 관광객 이동 데이터 분석 플랫폼\n□ 사업예산: 금 32억원\n□ 계약방법: 협상에 의한 계약"),
        lang="ko", kind="central_gov", style="tender",
        labels=L(SOL, ["culture_tourism", "data_platform_infra"], IMP, "district", DOM, "national_program", PLA, EXI),
        crs=["33210"],
        notes="A few related tourism solutions in a tourist zone -> solution_deployment (not a developed district); central competition money -> national_program."),
    # 73
    dict(
        title="Visitor-flow management in a Croatian heritage old town",
        description=(
            "Overwhelmed by cruise-ship crowds, a Croatian coastal city (○○) installed people-counting cameras at the "
            "four gates of its walled old town, linked them to a live occupancy map published online and on signs "
            "at the cruise terminal, and set a daily cap coordinated with ship schedules. Three seasons on, the "
            "system is run by the city's tourism office, which is now extending counters to two beaches and the "
            "cable car."),
        lang="en", kind="eu_foreign", style="narrative",
        labels=L(SOL, ["culture_tourism", "mobility"], OPR, "district", OVD, "foreign_own", ADV, EXI),
        crs=["33210"],
        notes="Croatia is not an ODA recipient -> overseas_developed; walled old town -> district; operating and extending -> operation_diffusion."),
    # 74
    dict(
        title="Busan convention centre launches AI matchmaking and smart badge platform",
        description=(
            "A convention centre operator in Busan (○○) has launched a smart MICE platform that issues mobile badges, "
            "tracks booth visits with beacons and uses AI to recommend business meetings between exhibitors and "
            "buyers. First used at an international boat show last month, the platform will be offered to all "
            "organisers booking the centre from next year."),
        lang="en", kind="private", style="press",
        labels=L(SOL, ["culture_tourism", "industry_economy"], OPR, "site", DOM, "local_private", PLA, EXI),
        crs=["33210", "25030"],
        notes="One venue -> site; MICE -> culture_tourism; launched and being offered to all organisers -> operation_diffusion."),
    # 75
    dict(
        title="스마트시티 혁신인재 육성",
        description=(
            "국토교통부 | 스마트시티 혁신인재 육성 | 2025 예산 38억원 | 스마트시티 특화 대학원 5개교 석·박사 과정 지원, "
            "실무 프로젝트형 교육, 해외 인턴십 | 계속사업(7년차)"),
        lang="ko", kind="central_gov", style="budget_line",
        labels=L(INS, ["industry_economy", "data_platform_infra"], OPR, "national", DOM, "national_program", INN, EXI),
        crs=["43081", "11420"],
        notes="Human-resource development -> institution_capacity; continuing programme in year 7 -> operation_diffusion; nationwide -> national."),
    # 76
    dict(
        title="EU city-to-city mentoring network for the local green and digital transition",
        description=(
            "A European Commission-funded programme pairs 30 mid-sized cities across the EU with mentor cities and "
            "experts for two and a half years. Each city prepares a local green and digital transition strategy, "
            "joins peer-learning visits and sets up a local innovation partnership between city hall, universities "
            "and SMEs. The programme is in its second cohort; the first 30 cities' strategies are being published "
            "as a toolkit for other municipalities."),
        lang="en", kind="eu_foreign", style="narrative",
        labels=L(INS, ["governance_admin", "industry_economy"], OPR, "national", OVD, "foreign_own", INN, EXI),
        crs=["15185", "25010"],
        notes="Network and mentoring -> institution_capacity; 30 cities -> national; local innovation partnerships -> innovation_space; second cohort -> operation_diffusion."),
    # 77
    dict(
        title="Horizon Europe research project on federated urban data spaces",
        description=(
            "Horizon Europe | Cluster 4 (Digital, Industry and Space) | Research and Innovation Action | Federated "
            "urban data spaces for cross-city services | EU contribution EUR 9.8 million | 2024–2027 | 21 partners, "
            "7 countries | reference architecture, connectors and trust framework, to be tested with 5 city data "
            "platforms | month 18 of 42, software development phase"),
        lang="en", kind="eu_foreign", style="budget_line",
        labels=L(RND, ["data_platform_infra", "governance_admin"], IMP, "national", OVD, "foreign_own", PLA, EXI),
        crs=["22040", "43082"],
        notes="R&D in development phase -> implementation (convention); several cities/countries -> national; EU programme -> foreign_own."),
    # 78
    dict(
        title="AI 기반 상수도 누수 탐지 기술, 에코델타시티 전역에서 실증 돌입",
        description=(
            "국가R&D로 개발 중인 AI 누수 탐지 기술이 부산 에코델타시티 상수도 관망 전체에서 실증 단계에 들어갔다. 연구단은 "
            "신도시 전역 관로에 설치된 음향·압력 센서 데이터를 학습한 알고리즘을 현장에 적용해 누수 위치 추정 정확도를 "
            "검증하고, 그 결과로 물 관리 통합 플랫폼 모듈을 완성할 계획이다. 과제는 2027년까지 이어진다."),
        lang="ko", kind="national_rnd", style="press",
        labels=L(RND, ["water", "data_platform_infra"], PLT, "district", DOM, "national_rnd", PLA, NEW),
        crs=["14021", "32182"],
        notes="R&D in its demonstration phase -> stage pilot while project_type stays rnd; algorithm/platform module is what is developed -> platform_centered; whole new town -> district."),
    # 79
    dict(
        title="Island microgrid AI energy management field test",
        description=(
            "National R&D | ○○ research institute-led consortium | AI energy management for renewable microgrids | "
            "field test on the microgrid of a small island off Jeju (170 households; 500 kW PV, wind turbine, battery, "
            "diesel backup) | new controllers on all generators and smart meters in every household | 2-year test, "
            "final stage of a 5-year programme"),
        lang="en", kind="national_rnd", style="row",
        labels=L(RND, ["energy"], PLT, "site", DOM, "national_rnd", ADV, EXI),
        crs=["23182", "23631"],
        notes="R&D at field-test stage -> pilot; one microgrid facility -> site; installs controllers and meters -> advanced_infrastructure."),
    # 80
    dict(
        title="Drone and street-view mapping pilot in two unplanned wards of Dar es Salaam",
        description=(
            "Under a grant from a Korea-funded trust fund administered by the World Bank, Dar es Salaam's municipal "
            "planners and a local university are piloting low-cost drone and street-view imagery to map buildings, "
            "drains and footpaths in two unplanned wards. The resulting open geodatabase will guide settlement "
            "upgrading and drain clearing; if the method proves accurate and cheap, the city will extend it to other "
            "informal areas."),
        lang="en", kind="mdb", style="press",
        labels=L(PIL, ["housing_facility", "data_platform_infra"], PLT, "district", ODV, "oda_grant", PLA, REG),
        crs=["43031", "16040"],
        notes="Method test before scale-up -> pilot_demonstration; output is an open geodatabase -> platform_centered; informal-settlement upgrading -> regeneration; trust-fund grant -> oda_grant."),
    # 81
    dict(
        title="타슈켄트 관광지 다국어 스마트 디지털 사이니지 실증",
        description=(
            "K-City Network 해외실증 과제로 우즈베키스탄 타슈켄트 구시가지 관광지 3곳에 국내 기업 ○○미디어의 다국어 스마트 "
            "사이니지 8기를 설치해 6개월간 실증한다. 관광객은 화면과 QR 코드로 7개 언어 관광정보와 길안내를 받고, 센서는 이용 "
            "빈도와 체류 시간을 기록한다. 주관기관은 실증 결과를 바탕으로 사마르칸트·부하라 확대 적용을 제안할 계획이다."),
        lang="ko", kind="kcn", style="press",
        labels=L(PIL, ["culture_tourism"], PLT, "site", ODV, "kcn", ADV, EXI),
        crs=["33210"],
        notes="Three spots -> site; signage hardware demo -> advanced_infrastructure."),
    # 82
    dict(
        title="K-City Network 2026 수요조사 접수: 키르기스스탄 비슈케크 스마트 대중교통 계획수립",
        description=(
            "사업구분: K-City Network 2026 수요조사(계획수립형 후보) | 제안국: 키르기스스탄 | 제안기관: 비슈케크 시 | "
            "제안내용: 시내버스 위치정보·전자요금·배차관리 통합 시스템 도입을 위한 계획수립 지원 요청 | 희망예산: 5억원 내외 | "
            "진행: 접수 완료, 서면·발표평가 예정"),
        lang="ko", kind="kcn", style="oda_db",
        labels=L(PLN, ["mobility"], IDN, "city", ODV, "kcn", PLA, EXI),
        crs=["21012", "21011"],
        notes="Demand-survey proposal awaiting evaluation -> identification; requested deliverable is a plan -> planning_consulting; integrated bus system -> platform_centered."),
    # 83
    dict(
        title="Korean builder signs MOU to explore a smart residential district in Almaty",
        description=(
            "○○ Construction has signed a memorandum of understanding with an Almaty-based developer to explore a "
            "120-hectare smart residential district on the southern edge of the city. Over the next six months the "
            "partners will jointly study the site, housing demand and financing; ideas so far include a district "
            "operation centre, district heating with smart metering and autonomous shuttle links to the metro. No "
            "investment decision has been made."),
        lang="en", kind="private", style="press",
        labels=L(DEV, ["housing_facility", "data_platform_infra", "energy"], IDN, "district", ODV, "local_private", PLA, NEW),
        crs=["43032", "16030"],
        notes="MOU only -> identification; the intended project is a new district with a package -> city_development (no plan is the deliverable); Kazakhstan is on the DAC list."),
    # 84
    dict(
        title="5G 융합서비스 실증: ○○ 국가산단 AR 원격 설비점검",
        description=(
            "과학기술정보통신부 | 5G 융합서비스 공공선도 | ○○국가산단 입주공장 3곳 | 5G 특화망 + AR 글래스 원격 설비점검·"
            "AI 불량검출 실증 | 국비 15억 | 2025.3~12 실증 중"),
        lang="ko", kind="central_gov", style="row",
        labels=L(PIL, ["industry_economy", "data_platform_infra"], PLT, "site", DOM, "national_program", ADV, EXI),
        crs=["32120", "22020"],
        notes="Three factories -> site; 5G network and devices demonstrated -> advanced_infrastructure."),
    # 85
    dict(
        title="Dodoma Smart Boulevard Project (EDCF)",
        description=(
            "Despite the name, the EDCF-financed 'Smart Boulevard' in Dodoma is a conventional road project: "
            "widening 6.3 km of the city's main east–west arterial from two to six lanes, new side drains, sidewalks "
            "with tree planting, 420 standard streetlights and a landscaped median. The project documents contain no "
            "ITS, sensors or data systems; 'smart' refers to the boulevard's role as the showcase avenue of the "
            "capital. Civil works are 60 percent complete."),
        lang="en", kind="edcf", style="misleading",
        labels=L(SOL, ["mobility"], IMP, "site", ODV, "oda_loan", ADV, EXI),
        crs=["21020"],
        notes="'Smart' name over an ordinary road: labelled by content (road section -> site, physical works -> advanced_infrastructure, fallback type solution_deployment); no data_platform_infra."),
]

FIELDS = ["id", "title", "description", "lang", "origin", "split", "source", "kind", "style",
          "labels", "crs", "notes"]


def build():
    rows = []
    for i, e in enumerate(ENTRIES, 1):
        row = {
            "id": f"g{i:03d}",
            "title": e["title"],
            "description": e["description"],
            "lang": e["lang"],
            "origin": "blind6",
            "split": "blind6",
            "source": None,
            "kind": e["kind"],
            "style": e["style"],
            "labels": e["labels"],
            "crs": list(e["crs"]),
            "notes": e["notes"],
        }
        rows.append({k: row[k] for k in FIELDS})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} entries to {OUT}")


if __name__ == "__main__":
    build()
