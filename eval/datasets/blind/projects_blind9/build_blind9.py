#!/usr/bin/env python3
"""Build the blind9 evaluation set (invented smart-city project descriptions).

Usage: python3 build_blind9.py            -> writes projects_blind9.jsonl next to this script

Every entry is invented: countries, cities and Korean local governments are real, companies and
contract-identifying agencies are blanked as ○○, amounts, dates and counts are made up.
Labels use the ids of the unified taxonomy (taxonomy.md v1); crs holds active OECD DAC CRS
purpose codes (Sector.xml), best first. Conventions are documented in README.md.
"""
import json
import os

ENTRIES = []


def add(kind, style, lang, title, description, project_type, sector, stage, scale, region,
        program, smart_city_type, urban_context, crs, notes):
    ENTRIES.append({
        "title": title,
        "description": description,
        "lang": lang,
        "kind": kind,
        "style": style,
        "labels": {
            "project_type": project_type,
            "sector": list(sector),
            "stage": stage,
            "scale": scale,
            "region": region,
            "program": program,
            "smart_city_type": smart_city_type,
            "urban_context": urban_context,
        },
        "crs": list(crs),
        "notes": notes,
    })


# ---------------------------------------------------------------- KOICA grants
add("koica", "oda_db", "en",
    "Project for Smart Traffic Signal Control in Kigali",
    "Country: Rwanda | Recipient: City of Kigali | Donor agency: KOICA (grant) | Period: 2024-2028 | "
    "Budget: USD 9.5 million | Reported sector: Road transport | Status: main contractor (○○ consortium) "
    "mobilised in Q3 2025; civil works on the first 18 intersections under way | Outline: replacement of "
    "fixed-time signals with adaptive controllers and vehicle detectors at 42 intersections on the city's six "
    "main arterials, a compact signal-control room at the city traffic unit (about 15% of the budget), and "
    "training of 40 traffic engineers and police officers. Expected result: 20% shorter peak-hour travel time "
    "on the covered arterials.",
    "solution_deployment", ["mobility", "data_platform_infra"], "implementation", "city",
    "overseas_developing", "oda_grant", "advanced_infrastructure", "existing_city", ["21020", "21011"],
    "Field signal equipment is the bulk of the budget (control room only 15%) so advanced_infrastructure; the six main arterials form a citywide network so city, not site.")

add("koica", "narrative", "ko",
    "캄보디아 프놈펜 스마트 누수관리 체계 구축사업",
    "KOICA는 2023년부터 2026년까지 650만 달러를 투입해 프놈펜 수도공사와 함께 도심 뚜얼꼭·돈뻰 2개 칸(구)의 "
    "3개 블록을 독립 배수구역(DMA)으로 분리하고, 원격검침 계량기 1만 2천 개와 관로 압력·유량 센서 90개를 설치하고 있다. "
    "현재 2차년도로 계량기 설치가 60% 진행되었으며, 나머지 예산은 누수탐지 장비와 수도공사 직원 교육에 쓰인다. "
    "사업 목적은 대상 블록의 유수율을 78%에서 88%로 높이는 것이며, 프놈펜시 전체가 아닌 3개 블록에 한정된다.",
    "solution_deployment", ["water"], "implementation", "district",
    "overseas_developing", "oda_grant", "advanced_infrastructure", "existing_city", ["14021", "14010"],
    "City named but only three DMA blocks in two khans are covered, so district; meters and sensors are being installed for use (not tested), so solution_deployment.")

add("koica", "press", "en",
    "KOICA and Mongolia launch digital referral platform linking family health centres in two Ulaanbaatar districts",
    "Ulaanbaatar, 14 May 2025 - The Korea International Cooperation Agency (KOICA) and the Ulaanbaatar city health "
    "department today switched on a shared electronic referral and health-record platform for 14 family health "
    "centres in Bayanzurkh and Songinokhairkhan districts and the two district general hospitals. The USD 4.2 million "
    "grant project, implemented since 2022 with ○○ as project management consultant, also supplied servers and "
    "tablets and trained 310 health workers. From today doctors can book specialist appointments and share lab "
    "results online; the platform will be handed over to the city after a 12-month operation support period. The "
    "city plans to extend it to the remaining seven districts with its own funds.",
    "solution_deployment", ["welfare_health", "data_platform_infra"], "operation_diffusion", "district",
    "overseas_developing", "oda_grant", "platform_centered", "existing_city", ["12220", "12196"],
    "Launch of service means operation_diffusion; two of nine city districts so district; health is the stated purpose and the data platform the means.")

add("koica", "row", "ko",
    "라오스 비엔티안 교통신호 현대화 사업(안)",
    "KOICA 2027년 신규 후보 | 라오스 | 비엔티안시 전역 신호교차로 120개소 신호제어기 교체·교통정보센터 | "
    "800만불(2027-2030) | 사업발굴 단계, PCP 접수",
    "solution_deployment", ["mobility"], "identification", "city",
    "overseas_developing", "oda_grant", "advanced_infrastructure", "existing_city", ["21020", "21011"],
    "Candidate project at PCP stage so identification, but project_type is what the eventual project delivers (signal system), not planning_consulting.")

add("koica", "misleading", "en",
    "Smart Dodoma Clean City Project",
    "KOICA grant, Tanzania, 2024-2027, USD 6 million. The project supplies 20 compactor trucks and 300 skip "
    "containers, builds two transfer stations and a sorting shed at the city dumpsite, and funds a door-to-door "
    "collection and cleanliness campaign covering all wards of Dodoma City. Civil works on the transfer stations "
    "began in March 2025; the trucks were delivered in June.",
    "solution_deployment", ["environment_waste"], "implementation", "city",
    "overseas_developing", "oda_grant", "advanced_infrastructure", "existing_city", ["14050"],
    "'Smart' only in the name: no ICT component; non-smart single-system infrastructure is solution_deployment and defaults to advanced_infrastructure (README convention).")

add("koica", "tender", "ko",
    "[입찰공고] 에티오피아 아디스아바바 레미쿠라 하위시 스마트시티 기본계획 수립 용역",
    "공고번호 ○○-2025-0412 | 발주: KOICA | 사업명: 에티오피아 아디스아바바 스마트 도시관리 역량강화사업(2025-2029) 중 "
    "기본계획 컴포넌트 | 과업범위: 아디스아바바시 11개 하위시(sub-city) 중 레미쿠라 하위시(약 65㎢)의 현황조사, 스마트 서비스 "
    "수요조사, 통합운영센터 중심의 스마트시티 기본계획 및 우선사업 3건 사전타당성 검토 | 과업기간: 착수 후 14개월 | "
    "추정가격: 21억 원 | 입찰방식: 제한경쟁(협상에 의한 계약) | 제안서 마감: 2025.9.18.",
    "planning_consulting", ["data_platform_infra", "governance_admin"], "master_planning", "district",
    "overseas_developing", "oda_grant", "platform_centered", "existing_city", ["43031", "22040"],
    "Tender for a master-plan component of a grant project: planning_consulting/master_planning; one sub-city of Addis Ababa so district; plan centres on an operation centre.")

add("koica", "budget_line", "ko",
    "우즈베키스탄 나망간주 상수도 통합관리시스템 구축(3차년도)",
    "2026 KOICA 국별협력사업 | 우즈베키스탄 | 나망간주 상수도 GIS·원격감시 통합관리시스템 구축 | 2026년 4,200백만원 "
    "(총사업비 12,000백만원, 2024-2027) | 주 전역 11개 군·시 정수장·배수지 연계",
    "solution_deployment", ["water", "data_platform_infra"], "implementation", "national",
    "overseas_developing", "oda_grant", "platform_centered", "existing_city", ["14021", "14010"],
    "A whole province (11 districts/cities) is a region so national; the deliverable is an integrated management system linking existing plants, so platform_centered.")

add("koica", "oda_db", "en",
    "Smart City Policy and Urban Data Training Programme for Latin American Officials",
    "Donor: KOICA | Type: Capacity development (fellowship/training) | Beneficiaries: 25 mid-level officials per year "
    "from municipal and national urban agencies of Colombia, Peru, Ecuador, Paraguay, Guatemala and Honduras | "
    "Period: 2023-2027 (third of five annual cohorts in 2025) | Budget: KRW 1.1 billion | Content: three-week course "
    "in Korea on urban data platforms, open data and integrated operation centres, followed by action plans "
    "implemented back home | Reported sector: Multisector education/training.",
    "institution_capacity", ["governance_admin", "data_platform_infra"], "operation_diffusion", "national",
    "overseas_developing", "oda_grant", "platform_centered", "existing_city", ["43081", "43031"],
    "Recurring training programme running annually so operation_diffusion; region follows the beneficiary countries even though the course is held in Korea; smart_city_type by subject taught.")

# ---------------------------------------------------------------- EDCF loans
add("edcf", "oda_db", "en",
    "Metro Cebu Intelligent Transport System Project",
    "Country: Philippines | Lender: Export-Import Bank of Korea (EDCF) | Borrower: Government of the Philippines; "
    "executing agency: Department of Transportation | Loan amount: USD 88 million (interest 0.15%, 40 years incl. "
    "10 years grace) | Loan agreement: signed November 2024 | Status: detailed design by ○○ Engineering in "
    "progress, civil works tender planned for 2026 | Scope: adaptive traffic signals and detectors at 210 "
    "intersections across Cebu, Mandaue, Lapu-Lapu and Talisay, bus information displays at 120 stops, and a "
    "metropolitan traffic management centre.",
    "solution_deployment", ["mobility", "data_platform_infra"], "implementation", "national",
    "overseas_developing", "oda_loan", "advanced_infrastructure", "existing_city", ["21020", "21012"],
    "Loan signed and detailed design under way counts as implementation; four cities of a metropolitan region so national; field equipment dominates.")

add("edcf", "press", "ko",
    "수출입은행, 가나 아크라 외곽순환도로 건설사업에 EDCF 1억 2천만 달러 지원",
    "한국수출입은행은 가나 정부와 아크라 북부 외곽순환도로 14.2km 구간(4차로) 건설사업에 대해 EDCF 차관 1억 2천만 달러 "
    "공여계약을 체결했다고 밝혔다. 사업에는 교량 3개소, 입체교차로 2개소, 배수시설 정비가 포함되며 2026년 착공해 2029년 "
    "준공을 목표로 한다. 수출입은행은 만성적인 도심 교통혼잡 완화와 물류비 절감에 기여할 것이라고 말했다.",
    "solution_deployment", ["mobility"], "implementation", "site",
    "overseas_developing", "oda_loan", "advanced_infrastructure", "existing_city", ["21020", "21023"],
    "Non-smart urban road: single-infrastructure convention gives solution_deployment/advanced_infrastructure; a 14 km road section is site; signed loan agreement means implementation.")

add("edcf", "tender", "en",
    "Invitation for Bids: Supply and Installation of Smart Water Meters, Colombo (EDCF-financed)",
    "IFB No. ○○/GCWS/2025/07. The executing agency (○○) of the Government of Sri Lanka has received a loan from the "
    "Economic Development Cooperation Fund of Korea toward the cost of the Greater Colombo Water Supply Improvement "
    "Project and intends to apply part of the proceeds to Package 4: supply, installation and commissioning of "
    "60,000 ultrasonic smart water meters with NB-IoT communication and a meter data management system in water "
    "supply zones 3, 4 and 5 of the Colombo Municipal Council area (about one third of the city's connections). "
    "Bidding is restricted to firms from eligible source countries. Deadline for bids: 30 October 2025.",
    "solution_deployment", ["water"], "implementation", "district",
    "overseas_developing", "oda_loan", "advanced_infrastructure", "existing_city", ["14021"],
    "Tender for supply works takes the stage of the procured work (implementation); three of the city's supply zones so district although Colombo is named.")

add("edcf", "budget_line", "ko",
    "인도네시아 누산타라 신수도 통합운영센터 구축(EDCF 승인 대기)",
    "EDCF 2026년 승인예정 사업 | 인도네시아 | 누산타라 신수도 정부핵심지구(KIPP) 스마트 통합운영센터 및 도시데이터 플랫폼 | "
    "9,500만불 | 타당성조사 완료(2025.6), 차관심사 진행 중",
    "solution_deployment", ["data_platform_infra", "safety_disaster"], "master_planning", "district",
    "overseas_developing", "oda_loan", "platform_centered", "new_development", ["22040", "43032"],
    "F/S done but loan not yet approved: stays master_planning until financing is agreed; type is the eventual investment (IOC), the government core area is a district of the new capital.")

add("edcf", "misleading", "ko",
    "몽골 울란바토르 열공급망 개선사업",
    "EDCF 차관 4,500만 달러 | 사업지: 울란바토르 바양골구·칭겔테이구 일원 | 주요내용: 노후 열수송관 18km 교체와 함께 "
    "열교환소 62개소 원격감시·제어 설비, 1만 4천 가구 스마트 열량계(원격검침), 열배관 누수감지 광케이블 센서, 열공급 "
    "통합관제시스템 구축 | 2024년 착공, 현재 공정률 45%",
    "solution_deployment", ["energy", "data_platform_infra"], "implementation", "district",
    "overseas_developing", "oda_loan", "advanced_infrastructure", "existing_city", ["23620", "23183"],
    "Plain title but most of the scope is ICT-enabled metering and monitoring equipment; two districts of Ulaanbaatar so district.")

add("edcf", "oda_db", "en",
    "Asuncion Metropolitan Public Transport Fare Collection and Fleet Management System",
    "Country: Paraguay | Financing: EDCF loan USD 60 million | Executing agency: Vice-Ministry of Transport | Area: "
    "Greater Asuncion (Asuncion and 10 surrounding municipalities) | Implementation: 2020-2023; the central "
    "fare-clearing platform, fleet management and an open GTFS data feed went live in 2023 | Current status (2025): "
    "operation; a second phase extends the system to the remaining 38 bus lines and integrates the new BRT corridor | "
    "Components: card validators and GPS units on 1,200 buses, central clearing and fleet-management platform "
    "(largest cost item), control room, passenger app.",
    "solution_deployment", ["mobility", "data_platform_infra"], "operation_diffusion", "national",
    "overseas_developing", "oda_loan", "platform_centered", "existing_city", ["21012", "21011"],
    "System live and being extended so operation_diffusion; metropolitan area of 11 municipalities so national; the clearing platform is the largest cost item.")

add("edcf", "row", "en",
    "Egypt NAC R3 smart utility metering",
    "EDCF | Egypt | New Administrative Capital, Residential District R3 - prepaid smart electricity and water meters "
    "(38,000 units) + meter data management | USD 120m | implementation, 2nd year",
    "solution_deployment", ["energy", "water"], "implementation", "district",
    "overseas_developing", "oda_loan", "advanced_infrastructure", "new_development", ["23183", "14021"],
    "Electricity listed first as the main utility; one residential district of the new capital so district and new_development.")

# ---------------------------------------------------------------- KSP / EIPP
add("ksp", "oda_db", "ko",
    "2025/26 KSP 베트남 다낭시 도시데이터 거버넌스 정책자문",
    "사업명: 다낭시 스마트시티 데이터 거버넌스 및 데이터허브 로드맵 수립 | 협력국: 베트남(다낭시 인민위원회) | 주관: "
    "기획재정부 | 수행기관: ○○연구원 | 사업기간: 2025.5~2026.4 | 사업비: 7억 원 | 분야: 공공행정 | 주요내용: 한국 "
    "도시데이터 공유 법·제도 사례 비교, 다낭시 부서 간 데이터 공유 규정(안), 데이터허브 단계별 구축 로드맵 및 정책권고 | "
    "진행상황: 중간보고회 개최(2025.11)",
    "planning_consulting", ["governance_admin", "data_platform_infra"], "master_planning", "city",
    "overseas_developing", "oda_consulting", "platform_centered", "existing_city", ["15110", "22011"],
    "Policy consulting (rules and roadmap) rather than a build, so planning_consulting; governance is the stated purpose, the data hub is the subject.")

add("ksp", "press", "en",
    "Korea and Peru wrap up KSP advice on reviving Lima's historic centre",
    "Lima, 3 December 2024 - Korea's Ministry of Economy and Finance and the Municipality of Metropolitan Lima held "
    "the final reporting seminar of the 2024 Knowledge Sharing Program on the regeneration of the Historic Centre of "
    "Lima. Drawing on Seoul's downtown regeneration cases, Korean experts recommended a public regeneration "
    "corporation, a facade-restoration incentive scheme, and the conversion of vacant colonial buildings into an "
    "urban innovation lab where local start-ups test tourism and heritage services. The municipality said it would "
    "reflect the recommendations in its 2025-2030 historic centre plan.",
    "planning_consulting", ["culture_tourism", "governance_admin"], "master_planning", "district",
    "overseas_developing", "oda_consulting", "innovation_space", "regeneration", ["43031", "33210"],
    "Completed advice stays master_planning; the historic centre is a district of Lima; the recommended build is an innovation lab for start-ups, hence innovation_space.")

add("ksp", "row", "ko",
    "KSP 케냐 콘자 기술도시 투자유치 전략",
    "KSP | 2024 | 케냐 | 콘자 기술도시 스마트 인프라·스타트업 클러스터 투자유치 전략 자문 | 6.5억원 | 완료",
    "planning_consulting", ["industry_economy", "data_platform_infra"], "master_planning", "city",
    "overseas_developing", "oda_consulting", "innovation_space", "new_development", ["25010", "43031"],
    "Strategy advice for a new technology city: planning_consulting; investment promotion for a start-up cluster makes industry_economy first and innovation_space.")

add("ksp", "misleading", "ko",
    "코트디부아르 아비장 대중교통 요금제도 개선 정책자문(EIPP)",
    "수출입은행 경제혁신파트너십프로그램(EIPP)으로 2025년 수행 중인 자문사업이다. 자문의 핵심은 아비장 자치구 13개 코뮌의 "
    "버스·수상버스·신규 도시철도를 하나의 교통카드와 모바일 결제로 묶는 통합 요금 정산 플랫폼의 설계 방향, 운영기관 구조, "
    "데이터 공유 규칙을 제안하는 것이다. 최종보고서는 2026년 2월 제출 예정이며, 후속 EDCF 차관사업 발굴로 연결하는 것을 "
    "목표로 한다.",
    "planning_consulting", ["mobility", "data_platform_infra"], "master_planning", "national",
    "overseas_developing", "oda_consulting", "platform_centered", "existing_city", ["21011", "21012"],
    "Plain 'fare reform' title over a smart integrated fare-clearing platform; EIPP is policy consulting ODA; 13 communes of a metropolitan district treated as a region (national).")

add("ksp", "misleading", "en",
    "KSP Smart City Policy Consultation with Azerbaijan",
    "Korea's 2025 Knowledge Sharing Program with Azerbaijan, filed under the smart-city track of the annual KSP call, "
    "covers the reform of the country's mortgage refinancing scheme and the legal framework for rental housing: a "
    "comparison with Korea's public housing finance institutions, a draft regulation on housing lease contracts, and "
    "a study visit to Korea for 12 officials of the national housing agency (○○). The final report is due in March 2026.",
    "planning_consulting", ["housing_facility", "governance_admin"], "master_planning", "national",
    "overseas_developing", "oda_consulting", "platform_centered", "existing_city", ["16030", "24010"],
    "'Smart city' only in the filing: content is national housing-finance policy with no smart element; non-smart policy work defaults to platform_centered (README).")

add("ksp", "tender", "ko",
    "[공고] 2026년 KSP 우즈베키스탄 타슈켄트 지능형교통 기본계획 수행기관 모집",
    "기획재정부 2026년 경제발전경험공유사업(KSP) 양자협력 과제 수행기관을 다음과 같이 모집합니다. 과제명: 타슈켄트시 "
    "지능형교통체계(ITS) 기본계획 및 교통관리센터 예비타당성 검토 | 협력기관: 우즈베키스탄 교통부, 타슈켄트시 | 주요 과업: "
    "교통 데이터 수집·연계 현황 진단, 교통관리센터와 신호·CCTV 데이터 통합 방안, 단계별 투자계획 및 유상원조 연계 방안 | "
    "사업비: 8억 원 이내 | 수행기간: 협약일~2026.12 | 신청마감: 2026.3.6. 17:00",
    "planning_consulting", ["mobility", "data_platform_infra"], "master_planning", "city",
    "overseas_developing", "oda_consulting", "platform_centered", "existing_city", ["21011", "21020"],
    "Call for a study contractor takes the stage of the procured work (master plan, so master_planning); the plan centres on data integration in a traffic centre.")

add("ksp", "budget_line", "en",
    "KSP 2025 Dominican Republic digital cadastre policy advice",
    "KSP 2025 bilateral | Dominican Republic | National digital cadastre and land registry integration - policy "
    "advice (pilot municipality: Santo Domingo Este) | KRW 650m | year 1 of 2",
    "planning_consulting", ["governance_admin", "data_platform_infra"], "master_planning", "national",
    "overseas_developing", "oda_consulting", "platform_centered", "existing_city", ["43031", "15110"],
    "A pilot municipality is named but the advice concerns the national cadastre system, so national.")

# ---------------------------------------------------------------- K-City Network
add("kcn", "press", "ko",
    "국토부, K-City Network 해외실증으로 태국 콘깬에서 자율주행 셔틀 실증 착수",
    "국토교통부는 K-City Network 해외실증형 사업으로 선정된 국내 ○○모빌리티 컨소시엄이 태국 콘깬시 도심 콘깬대학교~"
    "버스터미널 4.2km 순환노선에서 자율주행 셔틀 2대와 노변 통신장치(RSU) 12기의 실증 운행을 시작했다고 밝혔다. 실증은 "
    "6개월간 진행되며 총 사업비는 12억 원이다. 국토부는 실증 결과를 바탕으로 태국 내 스마트시티 지정 도시로의 확산과 "
    "수주를 지원할 계획이다.",
    "pilot_demonstration", ["mobility"], "pilot", "site",
    "overseas_developing", "kcn", "advanced_infrastructure", "existing_city", ["21020", "21012"],
    "Overseas demonstration on one 4.2 km route: site; vehicles and roadside units are equipment, so advanced_infrastructure.")

add("kcn", "oda_db", "en",
    "K-City Network Planning Support: Smart City Master Plan for the Medellin River Parks Renewal District",
    "Programme: K-City Network (MOLIT), planning support - city development type | Country/city: Colombia / Medellin | "
    "Counterpart: Municipality of Medellin and its urban development company (○○) | Period: June 2023 - May 2024 | "
    "Budget: KRW 1.2 billion | Status: completed, final report delivered | Scope: smart-city master plan for the 380 ha "
    "renewal district along the Medellin River parks: district data platform and operation room, riverside mobility "
    "hubs and bike-share, air-quality and flood sensors; pre-feasibility of three priority projects for MDB financing.",
    "planning_consulting", ["data_platform_infra", "mobility", "environment_waste"], "master_planning", "district",
    "overseas_developing", "kcn", "platform_centered", "regeneration", ["43031", "22040"],
    "KCN planning support for a city-development project is planning_consulting (not city_development); a renewal district along the river is regeneration.")

add("kcn", "row", "ko",
    "KCN 해외실증 하노이 스마트주차",
    "K-City Network 2024 해외실증 | 베트남 하노이 호안끼엠군 노상주차장 3개소 | 주차 센서·안내앱 | 4억원 | 실증 완료, "
    "하노이시 확산 검토 중",
    "pilot_demonstration", ["mobility"], "pilot", "site",
    "overseas_developing", "kcn", "advanced_infrastructure", "existing_city", ["21020", "22040"],
    "Demonstration finished but scale-up only under review, so stage stays pilot; three parking lots are site.")

add("kcn", "narrative", "en",
    "Feasibility study for a smart new town on the southern edge of Bishkek",
    "Under the 2024 K-City Network planning-support round, MOLIT funded a ten-month feasibility study, carried out by a "
    "Korean public developer and an engineering firm (both ○○), for a 430 ha new residential town for about 60,000 "
    "people south of Bishkek, Kyrgyzstan. The study proposes a utility tunnel with fibre-optic leak and fire sensors, "
    "smart streetlight poles with CCTV, and district heating with remote metering, and estimates land-development "
    "costs and a PPP structure. The Kyrgyz cabinet is now reviewing the draft; no construction has been decided.",
    "planning_consulting", ["housing_facility", "energy", "safety_disaster"], "master_planning", "district",
    "overseas_developing", "kcn", "advanced_infrastructure", "new_development", ["43031", "16030"],
    "Taxonomy rule: an F/S for a new town is planning_consulting, not city_development; the proposed smart elements are physical sensor-equipped infrastructure.")

add("kcn", "tender", "ko",
    "[모집공고] K-City Network 해외실증형 - 페루 리마 지하철역 혼잡도 AI 분석 실증 수행기업",
    "국토교통부 공고 제2025-○○호 | 사업명: 리마 메트로 1호선 역사 혼잡도 AI 영상분석 및 승객 안전관리 솔루션 실증 | "
    "대상지: 페루 리마시 메트로 1호선 3개 역사 | 지원규모: 과제당 최대 10억 원(민간 부담 20% 이상) | 실증기간: 협약 후 "
    "10개월 | 필수요건: 기 상용화된 국내 솔루션, 현지 운영기관 참여의향서 | 접수: 2025.4.1~4.30",
    "pilot_demonstration", ["mobility", "safety_disaster"], "pilot", "site",
    "overseas_developing", "kcn", "advanced_infrastructure", "existing_city", ["21030", "22040"],
    "Call for a demonstration takes the stage of the procured work (pilot); three metro stations are site; AI cameras are equipment.")

add("kcn", "misleading", "ko",
    "필리핀 뉴클락시티 공공시설 개선 협력사업",
    "K-City Network 2025년 해외실증형 과제. 뉴클락시티 행정지구 보행로 1.1km 구간에 CCTV·비상벨·환경센서·공공와이파이를 "
    "탑재한 IoT 스마트폴 12기를 설치하고, 조도 자동조절 LED와 원격 관제 기능을 6개월간 실증한다. 국내 ○○사가 수행하며 "
    "사업비는 9억 원이다.",
    "pilot_demonstration", ["safety_disaster", "energy"], "pilot", "site",
    "overseas_developing", "kcn", "advanced_infrastructure", "new_development", ["43032", "15132"],
    "Plain 'public facilities' title over a smart-pole demonstration; New Clark City is a new city still being developed.")

add("kcn", "budget_line", "en",
    "K-City Network FY2025 planning support - Makassar waterfront smart district",
    "MOLIT FY2025 | K-City Network | Planning support (city development) | Indonesia - Makassar, reclaimed waterfront "
    "district (157 ha): smart-district basic plan incl. tourism/MICE services and district data platform | KRW 900m",
    "planning_consulting", ["culture_tourism", "data_platform_infra"], "master_planning", "district",
    "overseas_developing", "kcn", "platform_centered", "new_development", ["43031", "33210"],
    "Basic plan for a reclaimed new district: planning_consulting and new_development; tourism/MICE is the district's purpose.")

add("kcn", "oda_db", "ko",
    "KCN 계획수립 지원: 튀니지 튀니스 스마트 폐기물 수거 기본계획",
    "지원사업: K-City Network 계획수립형(솔루션형) | 대상: 튀니지 튀니스시 | 기간: 2025.7~2026.6 | 사업비: 7억 원 | 수행: "
    "○○엔지니어링 | 과업내용: 튀니스시 전역 생활폐기물 수거체계 진단, 적재량 감지 센서 부착 수거함 및 수거차량 GPS·경로최적화 "
    "도입 기본계획, 단계별 투자비 산정 | 진행: 착수보고 완료",
    "planning_consulting", ["environment_waste"], "master_planning", "city",
    "overseas_developing", "kcn", "advanced_infrastructure", "existing_city", ["14050", "41010"],
    "Solution-type planning support is still planning_consulting; planned build is sensor-equipped bins and trucks, so advanced_infrastructure.")

# ---------------------------------------------------------------- MDBs and trust funds
add("mdb", "oda_db", "en",
    "Dhaka North Water Distribution Network Improvement",
    "Financier: Asian Development Bank (sovereign loan USD 250 million) | Country: Bangladesh | Executing agency: city "
    "water utility (○○) | Approval: 2023 | Status: under implementation, 38% disbursed | Location: 4 operational zones "
    "in the northern part of Dhaka (about 1.1 million people) | Outputs: 420 km of distribution pipes replaced, 54 "
    "district metered areas with bulk flow meters and pressure loggers, SCADA extension, performance-based "
    "non-revenue water reduction contracts.",
    "solution_deployment", ["water"], "implementation", "district",
    "overseas_developing", "oda_loan", "advanced_infrastructure", "existing_city", ["14021", "14010"],
    "Mostly pipe works with DMA metering and SCADA; four zones of Dhaka so district; MDB sovereign loan maps to oda_loan (README).")

add("mdb", "press", "en",
    "World Bank approves USD 85 million for flood early warning in Dar es Salaam",
    "Washington, 20 June 2025 - The World Bank's Board approved an IDA credit of USD 85 million to help Tanzania protect "
    "Dar es Salaam residents from flooding. The project will install 60 automatic rain and river gauges and a weather "
    "radar in the city's main river basins, connect them to a new flood forecasting and warning system operated by the "
    "city and the national meteorological agency, and build sirens and SMS alerts for 42 flood-prone neighbourhoods. "
    "A Korean trust fund at the Bank financed the preparatory study.",
    "solution_deployment", ["safety_disaster", "water"], "implementation", "city",
    "overseas_developing", "oda_loan", "advanced_infrastructure", "existing_city", ["43060", "15143"],
    "Board approval starts implementation (README); the trust fund only paid the preparatory study, the project itself is an IDA credit; 41050 is withdrawn so 43060.")

add("mdb", "oda_db", "ko",
    "과테말라시티 대중교통 통합요금 기술지원(IDB 한국신탁기금)",
    "재원: 미주개발은행(IDB) 한국 인프라 신탁기금(무상 기술협력, 90만 달러) | 대상: 과테말라 과테말라시티 | 기간: "
    "2024.9~2026.3 | 내용: BRT와 일반버스의 교통카드 통합요금체계 설계, 정산센터 운영모델, 요금 데이터 개방 방안, 후속 IDB "
    "차관 준비 | 상태: 최종보고서 작성 중",
    "planning_consulting", ["mobility"], "master_planning", "city",
    "overseas_developing", "oda_consulting", "platform_centered", "existing_city", ["21011", "21012"],
    "Trust-fund technical assistance producing a design and loan preparation is advisory, so oda_consulting and planning_consulting.")

add("mdb", "tender", "en",
    "Request for Bids: Almaty Seismic Early Warning and Emergency Alert System (AIIB loan)",
    "The Republic of Kazakhstan has received financing from the Asian Infrastructure Investment Bank for an urban "
    "resilience project in Almaty. The project implementation unit (○○) invites sealed bids for a design-supply-install "
    "contract: 180 strong-motion sensor stations across Almaty, automated gas-shutoff triggers at 40 schools and "
    "hospitals, 220 outdoor sirens, cell-broadcast integration, and an upgrade of the city emergency dispatch room "
    "(about one tenth of the contract value). Open international competitive procurement; bid security USD 400,000; "
    "bids due 12 January 2026.",
    "solution_deployment", ["safety_disaster"], "implementation", "city",
    "overseas_developing", "oda_loan", "advanced_infrastructure", "existing_city", ["43060", "15133"],
    "Works tender so implementation; sensor stations dominate the value (dispatch room only a tenth), so advanced_infrastructure.")

add("mdb", "row", "ko",
    "AfDB 세네갈 디암니아지오 산업단지 2단계",
    "AfDB 차관 | 세네갈 | 디암니아지오 신도시 산업단지 2단계(110ha) 기반시설: 자가 광통신망, 스마트그리드 변전설비, 단지 "
    "관제센터, 공장용지·도로·용수 | 1.6억 달러 | 시공 중(공정률 30%)",
    "city_development", ["industry_economy", "energy", "data_platform_infra"], "implementation", "district",
    "overseas_developing", "oda_loan", "advanced_infrastructure", "new_development", ["32120", "43032"],
    "Industrial complex developed with several smart components as a package: city_development; purpose is industry, the smart parts are physical networks.")

add("mdb", "budget_line", "en",
    "ADB regional TA: digital twins for secondary cities in the Mekong",
    "ADB TA ○○○○-REG | Fund: Korean trust fund at ADB (grant) | Cambodia (Battambang, Siem Reap), Lao PDR (Luang "
    "Prabang, Pakse), Viet Nam (Can Tho, Hue) | Urban digital-twin and GIS capacity building for municipal planners | "
    "USD 1.5m | approved 2024, under implementation",
    "institution_capacity", ["data_platform_infra", "governance_admin"], "implementation", "national",
    "overseas_developing", "oda_grant", "platform_centered", "existing_city", ["43081", "43031"],
    "Capacity building, not a plan, so institution_capacity and oda_grant (trust-fund grants for capacity); six cities in three countries so national.")

add("mdb", "misleading", "ko",
    "세계은행 나이로비 스마트 어반 모빌리티 사업",
    "세계은행 IDA 차관 6,000만 달러 | 케냐 나이로비 | 동부 간선도로 12km 구간 재포장, 보도·자전거도로·배수로 정비, "
    "버스정류장 40개소 신설, 교차로 5개소 기하구조 개선 | 2025년 착공",
    "solution_deployment", ["mobility"], "implementation", "site",
    "overseas_developing", "oda_loan", "advanced_infrastructure", "existing_city", ["21020", "21012"],
    "'Smart' name over ordinary road and sidewalk works with no ICT; a 12 km corridor is site.")

add("mdb", "narrative", "en",
    "Quito municipal digital services programme",
    "With a USD 45 million loan from the Inter-American Development Bank, the Metropolitan District of Quito has been "
    "moving its municipal paperwork online since 2022. Building permits, business licences and property-tax payments "
    "are now handled through a single citizen portal and a mobile app linked to the digital cadastre, and the "
    "interoperability platform connecting 14 municipal departments went live in 2024. The programme is now in its "
    "rollout phase, adding the remaining 60 procedures and publishing the city's service data as open data; its main "
    "aim is faster, more transparent administration rather than new infrastructure.",
    "solution_deployment", ["governance_admin", "data_platform_infra"], "operation_diffusion", "city",
    "overseas_developing", "oda_loan", "platform_centered", "existing_city", ["15110", "15185"],
    "Platform live and being extended to further procedures: operation_diffusion; governance is the stated aim so it comes before data_platform_infra.")

add("mdb", "oda_db", "ko",
    "르완다 키갈리 이노베이션시티 스타트업 지원센터 타당성조사(AfDB 한국신탁기금)",
    "재원: 아프리카개발은행(AfDB) 한국 신탁기금, 무상 80만 달러 | 대상: 르완다 키갈리 이노베이션시티 부지(약 61ha) | 기간: "
    "2024.3~2025.2 | 내용: 창업보육센터·공용 실험실·테스트베드 시설 규모 산정, 운영모델, 민간투자 유치방안 및 경제성 분석 | "
    "상태: 완료",
    "planning_consulting", ["industry_economy"], "master_planning", "district",
    "overseas_developing", "oda_consulting", "innovation_space", "new_development", ["25010", "32130"],
    "Completed trust-fund F/S is planning_consulting/master_planning with oda_consulting; subject is a start-up and testbed centre, so innovation_space.")

# ---------------------------------------------------------------- EU and high-income countries
add("eu_foreign", "press", "en",
    "Barcelona extends environmental sensor network to six more superblocks",
    "Barcelona, 9 April 2025 - Barcelona City Council announced that noise and air-quality sensors (NO2, PM2.5) now "
    "operate in six additional superblocks in the Eixample and Sant Marti districts, bringing the network to 240 "
    "units. Readings are published every ten minutes on the city's open data portal and used to evaluate traffic "
    "calming. The City Council will add sensors to three further superblocks in 2026 from its own budget.",
    "solution_deployment", ["environment_waste", "mobility"], "operation_diffusion", "district",
    "overseas_developed", "foreign_own", "advanced_infrastructure", "existing_city", ["41010", "43032"],
    "Expansion of an operating network: operation_diffusion; superblocks in two districts, not the whole city; city's own budget is foreign_own.")

add("eu_foreign", "narrative", "en",
    "Positive energy district demonstration in Helsinki's Kalasatama",
    "Within an EU Horizon-funded lighthouse project, Helsinki is demonstrating a positive energy district in "
    "Kalasatama, a former harbour and industrial area redeveloped since the 2010s as a new residential quarter. Over 30 "
    "months the project tests building energy-management systems in 1,400 new apartments, a 2 MWh community battery, "
    "smart EV charging with vehicle-to-grid, and waste-heat recovery from a data centre; results are verified against "
    "a baseline before the city decides on wider replication.",
    "pilot_demonstration", ["energy", "housing_facility"], "pilot", "district",
    "overseas_developed", "foreign_own", "advanced_infrastructure", "new_development", ["23183", "23642"],
    "EU Horizon money counts as foreign_own; a cleared harbour area rebuilt as a new quarter is new_development (README); tested equipment, so advanced_infrastructure.")

add("eu_foreign", "row", "ko",
    "암스테르담 오픈 도시데이터 포털 고도화",
    "네덜란드 암스테르담시 | 시 자체예산 | 도시데이터 포털·API 고도화, 실시간 교통·환경 데이터 추가 | 2025 | 운영 중",
    "solution_deployment", ["data_platform_infra", "governance_admin"], "operation_diffusion", "city",
    "overseas_developed", "foreign_own", "platform_centered", "existing_city", ["22040", "15110"],
    "Upgrade of an operating portal: operation_diffusion; the data portal itself is the purpose, so data_platform_infra first.")

add("eu_foreign", "tender", "en",
    "Contract notice: Urban digital twin platform for the City of Tallinn",
    "Contracting authority: Tallinn City Government (○○ department). Type of contract: services, open procedure. "
    "Subject: development, hosting and maintenance of a 3D urban digital twin for planning and building-permit review, "
    "integrating the city's GIS, building register and mobility data; framework agreement, 4 years. Estimated value: "
    "EUR 2.4 million excl. VAT. Award criteria: quality 60%, price 40%. Time limit for receipt of tenders: 15.10.2025.",
    "solution_deployment", ["data_platform_infra", "governance_admin"], "implementation", "city",
    "overseas_developed", "foreign_own", "platform_centered", "existing_city", ["43031", "22040"],
    "A platform build being procured: solution_deployment/implementation; Estonia is high-income so overseas_developed.")

add("eu_foreign", "misleading", "en",
    "Smart Nordhavn Energy Link",
    "Copenhagen's municipal utility is extending the district heating and cooling network into the last construction "
    "stages of Nordhavn, the new harbour district: 6.5 km of pre-insulated pipes, two pumping substations and house "
    "connections for 2,300 new homes. Works started in 2025 and are financed by the utility and the City of Copenhagen.",
    "solution_deployment", ["energy"], "implementation", "district",
    "overseas_developed", "foreign_own", "advanced_infrastructure", "new_development", ["23620"],
    "'Smart' only in the name: ordinary pipe extension; non-smart infrastructure convention; Nordhavn is a new district.")

add("eu_foreign", "budget_line", "ko",
    "싱가포르 고령자 가정 원격 안전·건강 모니터링 보급",
    "싱가포르 | 스마트네이션 고령자 돌봄 | 독거 고령자 가정 동작·출입 센서 및 응급호출 장치 보급(2만 가구) | 2025년 예산 "
    "3,800만 싱가포르달러 | 전국 확산 2년차",
    "solution_deployment", ["welfare_health", "housing_facility"], "operation_diffusion", "national",
    "overseas_developed", "foreign_own", "advanced_infrastructure", "existing_city", ["16010", "12220"],
    "Nationwide roll-out in its second year: operation_diffusion and national; home sensors are equipment.")

add("eu_foreign", "oda_db", "en",
    "Kashiwa-no-ha Smart City (Chiba Prefecture, Japan)",
    "Benchmark record | Country: Japan (high-income, not an ODA recipient) | Lead: public-private-academic consortium "
    "(city, university, developer ○○) | Area: 273 ha around a commuter rail station | Period: 2008- | Status: "
    "operation, new blocks still being added | Components: area energy-management system linking buildings, solar and "
    "batteries; health-promotion programmes using residents' data; start-up incubation and innovation centre | "
    "Funding: private development with national and prefectural subsidies.",
    "city_development", ["energy", "welfare_health", "industry_economy"], "operation_diffusion", "district",
    "overseas_developed", "foreign_own", "platform_centered", "new_development", ["43032", "23183"],
    "New district developed with a package of smart services: city_development; operating so operation_diffusion; the area energy-management system is a platform.")

add("eu_foreign", "narrative", "ko",
    "미국 피츠버그 커넥티드 신호교차로 실증",
    "미국 펜실베이니아주 피츠버그시는 연방 교통부 공모 보조금 1,800만 달러로 2022년부터 2024년까지 도심 동부 회랑 50개 "
    "교차로에 적응형 신호와 차량-인프라 통신(V2I) 장치를 설치해 시내버스 우선신호와 보행자 안전 효과를 검증했다. 검증 결과 "
    "보고서는 2025년 발표되었고, 시는 확대 여부를 검토하고 있다.",
    "pilot_demonstration", ["mobility", "safety_disaster"], "pilot", "site",
    "overseas_developed", "foreign_own", "advanced_infrastructure", "existing_city", ["21020", "21012"],
    "Verification completed, scale-up only under review: pilot; one corridor of intersections is site; US federal grant is foreign_own.")

# ---------------------------------------------------------------- developing countries' own programmes
add("foreign_gov", "press", "en",
    "Pune's integrated command and control centre goes live",
    "Pune, 2 February 2025 - Pune Municipal Corporation today commissioned its integrated command and control centre "
    "under India's Smart Cities Mission. The centre brings together feeds from 2,900 CCTV cameras, 350 adaptive "
    "traffic junctions, solid-waste vehicle GPS, water SCADA and the citizen grievance app on a single dashboard, and "
    "is linked to the police and fire control rooms. Officials said the centre would be used daily for traffic and "
    "emergency management and that ward-level dashboards would follow.",
    "solution_deployment", ["data_platform_infra", "safety_disaster", "mobility"], "operation_diffusion", "city",
    "overseas_developing", "foreign_own", "platform_centered", "existing_city", ["22040", "43032"],
    "Commissioned centre is in operation; the integration centre itself is the purpose, so data_platform_infra first.")

add("foreign_gov", "narrative", "ko",
    "인도네시아 '100 스마트시티 운동' 지방정부 역량강화",
    "인도네시아 통신정보부는 2017년부터 매년 지방정부를 선정해 스마트시티 역량강화 프로그램을 운영하고 있다. 선정된 시·군 "
    "공무원은 4단계 교육(기술지도)을 거쳐 스마트시티 마스터플랜을 작성하고, 정부는 이행평가와 우수도시 시상, 도시 간 "
    "네트워크를 지원한다. 2025년에는 50개 시·군이 추가로 참여해 누적 참여 지방정부가 250곳을 넘었다.",
    "institution_capacity", ["governance_admin"], "operation_diffusion", "national",
    "overseas_developing", "foreign_own", "platform_centered", "existing_city", ["15185", "43081"],
    "The ministry delivers training, evaluation and networks (cities write their own plans): institution_capacity; annual recurring programme so operation_diffusion.")

add("foreign_gov", "row", "en",
    "Binh Duong province IOC phase 2",
    "Viet Nam | Binh Duong provincial budget | Provincial intelligent operations centre phase 2: link 9 district-level "
    "centres, public-service data sharing | VND 180bn | operating since 2021, expansion 2025-2026",
    "solution_deployment", ["data_platform_infra", "governance_admin"], "operation_diffusion", "national",
    "overseas_developing", "foreign_own", "platform_centered", "existing_city", ["22040", "15185"],
    "A province is a region so national; expansion of an operating centre is operation_diffusion.")

add("foreign_gov", "tender", "ko",
    "[해외조달정보] 모로코 카사블랑카 트램 4호선 승객정보·운행관제시스템 구축",
    "발주처: 카사블랑카 교통공사(○○) | 재원: 모로코 정부·카사블랑카시 자체예산 | 내용: 트램 4호선(14km, 정거장 22개) "
    "운행관제센터(OCC) 소프트웨어, 승객정보안내(PIS) 전광판, 통합 교통카드 정산 연계 | 계약방식: 국제경쟁입찰(설계·공급·설치) | "
    "입찰마감: 2025.11.20 | 해외시장정보 제공: ○○",
    "solution_deployment", ["mobility", "data_platform_infra"], "implementation", "site",
    "overseas_developing", "foreign_own", "platform_centered", "existing_city", ["21030", "21012"],
    "One tram line is a linear corridor, so site; control-centre software and fare integration make it platform_centered.")

add("foreign_gov", "misleading", "ko",
    "알제리 시디압델라 신도시 '스마트 주거단지' 조성",
    "알제리 주택도시부는 알제 남서쪽 시디압델라 신도시에 공공임대·분양주택 5,000호 규모의 '스마트 주거단지'를 조성하고 "
    "있다. 사업 내용은 아파트 동 건설과 단지 내 도로·상하수도·학교·공원 조성이며, 정부 보조 주택으로 저소득층에 공급된다. "
    "2024년 착공했으며 2027년 입주 예정이다.",
    "city_development", ["housing_facility"], "implementation", "district",
    "overseas_developing", "foreign_own", "advanced_infrastructure", "new_development", ["16040", "43032"],
    "'Smart' is a label only: ordinary social-housing estate; non-smart area development maps to city_development with advanced_infrastructure (README).")

add("foreign_gov", "budget_line", "en",
    "Accra property addressing and revenue digitisation",
    "Ghana | Ministry of Local Government FY2026 | Accra Metropolitan Assembly - digital property addressing, GIS "
    "property register and mobile rates billing | GHS 24m | implementation year 1",
    "solution_deployment", ["governance_admin", "data_platform_infra"], "implementation", "city",
    "overseas_developing", "foreign_own", "platform_centered", "existing_city", ["15114", "15128"],
    "Purpose is municipal revenue (governance), delivered as a GIS/billing platform.")

add("foreign_gov", "narrative", "en",
    "Curitiba's innovation district in the Reboucas neighbourhood",
    "Curitiba's municipal innovation programme has been turning Reboucas, an old industrial neighbourhood next to the "
    "city centre with empty warehouses and a former bus depot, into an innovation district since 2017. The city "
    "converted the depot into a 6,000 m2 start-up hub, grants a reduction of the municipal services tax to technology "
    "firms that settle in the area, runs an acceleration programme with local universities, and lets start-ups use "
    "streets and public buildings as a test area. The programme is now run by a municipal agency and is being copied "
    "in two other neighbourhoods.",
    "institution_capacity", ["industry_economy"], "operation_diffusion", "district",
    "overseas_developing", "foreign_own", "innovation_space", "regeneration", ["32130", "25010"],
    "Main deliverables are incentives, a hub and acceleration (ecosystem promotion), so institution_capacity; declining industrial neighbourhood so regeneration.")

# ---------------------------------------------------------------- Korean central government
add("central_gov", "press", "ko",
    "국토부, 2025년 스마트도시 통합플랫폼 기반구축 대상 8개 지자체 선정",
    "국토교통부는 2025년 스마트도시 통합플랫폼 기반구축 사업 대상지로 강원 강릉시, 충북 제천시, 충남 아산시, 전북 정읍시, "
    "전남 나주시, 경북 안동시, 경남 통영시, 경기 이천시 등 8개 지자체를 선정했다고 밝혔다. 선정된 지자체에는 각 6억 원의 "
    "국비가 지원되며, 지자체는 CCTV 통합관제센터에 통합플랫폼을 구축해 112·119·재난상황실과 영상정보를 연계하게 된다. "
    "플랫폼은 연내 구축을 마치고 2026년부터 운영에 들어간다.",
    "solution_deployment", ["data_platform_infra", "safety_disaster"], "implementation", "national",
    "domestic", "national_program", "platform_centered", "existing_city", ["22040", "15132"],
    "Eight cities at once so national; selection announced and builds this year: implementation.")

add("central_gov", "budget_line", "ko",
    "국가시범도시(부산 에코델타) 스마트인프라 구축 국고보조",
    "국토교통부 | 스마트시티 조성·확산 | 국가시범도시 부산 강서구 에코델타 스마트시티 시범지구 스마트인프라(자율주행 셔틀 "
    "인프라, 스마트 물관리, 디지털트윈) | 2026 정부안 312억원 | 계속사업(5년차)",
    "city_development", ["data_platform_infra", "water", "mobility"], "implementation", "district",
    "domestic", "national_program", "advanced_infrastructure", "new_development", ["43032", "22040"],
    "National pilot city maps to city_development (crosswalk); the pilot district in Gangseo-gu is a district, not all of Busan.")

add("central_gov", "row", "en",
    "Gimhae smart challenge: demand-responsive transit and MaaS",
    "MOLIT Smart City Challenge (main project) | Gimhae-si, Gyeongsangnam-do | city-wide demand-responsive buses + MaaS "
    "app integrating bus, light rail and shared bikes | KRW 12bn (national 6, local 6) | year 2 of 3, system build-out",
    "solution_deployment", ["mobility"], "implementation", "city",
    "domestic", "national_program", "platform_centered", "existing_city", ["21012", "21011"],
    "Competition-funded main project (not the pre-demonstration) so solution_deployment; national share makes it national_program despite local co-funding.")

add("central_gov", "narrative", "ko",
    "전주 팔복동 스마트시티형 도시재생",
    "전북 전주시는 국토교통부 도시재생 뉴딜 스마트시티형 공모에 선정된 팔복동 일원(약 40만㎡) 노후 산업단지 재생사업을 "
    "진행 중이다. 사업의 주된 목적은 쇠퇴한 공업지역을 청년 창업과 문화산업 거점으로 되살리는 것으로, 폐공장을 리모델링한 "
    "창업지원공간과 주민·기업이 함께 생활문제를 푸는 리빙랩을 중심에 두고, 스마트 가로등, 공유주차 앱, 미세먼지 신호등 등 "
    "생활 솔루션을 함께 설치한다. 국비 150억 원, 시비 100억 원이 투입되며 2025년 현재 창업지원공간 리모델링 공사가 진행되고 "
    "있다.",
    "city_development", ["industry_economy", "culture_tourism"], "implementation", "district",
    "domestic", "national_program", "innovation_space", "regeneration", ["43032", "32130"],
    "Smart-city regeneration is city_development (crosswalk); start-up space and living lab at the centre make it innovation_space; Jeonju is named but only Palbok-dong is covered.")

add("central_gov", "tender", "ko",
    "[나라장터 공고] 지하안전정보시스템 고도화(지반침하 위험도 예측) 사업",
    "수요기관: 국토교통부(○○과) | 공고번호: 2025○○○○-00 | 사업명: 지하안전정보시스템 고도화 3차 사업 | 사업내용: 전국 "
    "지하시설물·지반조사·굴착공사 정보 통합DB 정비, 지반침하 위험도 예측 모델 탑재, 지자체 위험지도 서비스 | 사업기간: "
    "계약일로부터 10개월 | 추정금액: 3,960,000,000원(부가세 포함) | 입찰방식: 제한경쟁, 협상에 의한 계약",
    "solution_deployment", ["safety_disaster", "data_platform_infra"], "implementation", "national",
    "domestic", "national_program", "platform_centered", "existing_city", ["43060", "22040"],
    "National information system upgrade: platform_centered; purpose is ground-collapse safety, so safety_disaster first.")

add("central_gov", "misleading", "en",
    "Smart Green City Project - Hongcheon-gun",
    "Under the Ministry of Environment's smart green city programme, Hongcheon-gun, Gangwon-do, is spending KRW 16 "
    "billion (70% national subsidy) to replace 7.4 km of combined sewers in the old Hongcheon-eup town centre with "
    "separate sewers, build two rainwater storage tanks and redesign a 1.2 km riverside promenade with planting. "
    "Construction began in 2025.",
    "solution_deployment", ["water", "environment_waste"], "implementation", "district",
    "domestic", "national_program", "advanced_infrastructure", "existing_city", ["14022", "41010"],
    "'Smart' programme name over plain sewer and landscaping works; town centre of the county so district; not a designated regeneration area, so existing_city.")

add("central_gov", "tender", "en",
    "Call for proposals: 2025 smart-city regulatory sandbox demonstrations",
    "MOLIT invites local governments and companies to apply for the 2025 smart-city regulatory sandbox demonstration "
    "programme. Eligible projects test services that existing regulation does not allow - such as sidewalk delivery "
    "robots, shared autonomous micro-mobility or drone deliveries inside designated smart-city zones - for up to two "
    "years under a special exemption. Up to 10 projects nationwide will be selected; each receives up to KRW 600 "
    "million. Applications close on 28 February 2025.",
    "pilot_demonstration", ["mobility", "industry_economy"], "pilot", "national",
    "domestic", "national_program", "innovation_space", "existing_city", ["32182", "21020"],
    "Sandbox programme: innovation_space by the taxonomy rule; nationwide call so national; call for demonstrations takes stage pilot.")

add("central_gov", "budget_line", "en",
    "MOLIT smart-city graduate school support",
    "MOLIT FY2026 | Smart city workforce | Support for smart-city specialised graduate programmes at 6 universities "
    "(scholarships, living-lab projects with start-ups) | KRW 5.1bn | ongoing since 2019",
    "institution_capacity", ["industry_economy"], "operation_diffusion", "national",
    "domestic", "national_program", "innovation_space", "existing_city", ["11420", "43081"],
    "Workforce training is institution_capacity; recurring programme since 2019 so operation_diffusion; living labs with start-ups make the subject innovation_space.")

# ---------------------------------------------------------------- Korean local governments
add("local_gov", "row", "ko",
    "성동구 스마트쉼터 추가 설치",
    "서울 성동구 | 구비 | 버스정류장 스마트쉼터 12개소 추가(냉난방·공기청정·무료와이파이·응급호출) | 9.6억원 | 2025 | "
    "기존 20개소 운영 중, 확산",
    "solution_deployment", ["mobility", "welfare_health"], "operation_diffusion", "site",
    "domestic", "local_private", "advanced_infrastructure", "existing_city", ["21012", "43032"],
    "Adding units to an operating service is operation_diffusion; dispersed individual facilities are site (README).")

add("local_gov", "tender", "ko",
    "[입찰공고] 수성구 어린이보호구역 스마트 횡단보도 설치공사",
    "대구광역시 수성구 공고 제2025-○○호 | 공사명: 어린이보호구역 스마트 횡단보도 설치공사 | 위치: 범어동·만촌동 일원 "
    "초등학교 주변 25개소 | 내용: 보행자 감지 센서, 바닥 신호등, 음성 안내, 차량 번호 인식 카메라, 과속 경고 전광판 | "
    "추정가격: 1,850,000,000원 | 입찰: 전자입찰, 적격심사 | 마감: 2025.6.12",
    "solution_deployment", ["safety_disaster", "mobility"], "implementation", "site",
    "domestic", "local_private", "advanced_infrastructure", "existing_city", ["21020", "15132"],
    "Child-safety purpose puts safety_disaster first; 25 crosswalks are particular sites.")

add("local_gov", "press", "ko",
    "서귀포시, 주요 관광지 혼잡도 AI 분석 서비스 시범운영",
    "제주 서귀포시는 이달부터 성산일출봉, 천지연폭포 등 관광지 7곳의 방문객 혼잡도를 통신 데이터와 주차장 영상으로 분석해 "
    "실시간 안내하는 서비스를 6개월간 시범운영한다고 밝혔다. 시는 시범운영 결과를 검증한 뒤 내년 관광지 전체로 확대할지 "
    "결정할 계획이며, 시비 3억 원이 투입됐다.",
    "pilot_demonstration", ["culture_tourism", "data_platform_infra"], "pilot", "site",
    "domestic", "local_private", "platform_centered", "existing_city", ["33210", "22040"],
    "Trial with verification before a decision to expand: pilot_demonstration; seven named sites rather than the whole city; service built on existing data, so platform_centered.")

add("local_gov", "budget_line", "en",
    "Suncheon recycling centre AI sorting line",
    "Suncheon-si (Jeollanam-do) 2026 budget | Resource recycling | AI-vision robotic sorting line at the municipal "
    "recycling centre (2 robots, conveyor retrofit) | KRW 2.8bn city funds | construction 2026",
    "solution_deployment", ["environment_waste"], "implementation", "site",
    "domestic", "local_private", "advanced_infrastructure", "existing_city", ["14050"],
    "Single facility so site; equipment installed for use, not a trial.")

add("local_gov", "narrative", "en",
    "Cheongju Smart City Plan 2026-2030",
    "Cheongju, Chungcheongbuk-do, has commissioned its first statutory smart city plan under the Smart City Act, paid "
    "entirely from the city budget (KRW 450 million). The plan covers the whole city and sets out a city data hub "
    "linked to the existing CCTV control centre, an integrated traffic information service, flood sensors along the "
    "Musimcheon stream, and rules for citizen participation; the draft will go to public hearing and ministerial "
    "approval in 2026. The data hub is the centrepiece and most planned investment is assigned to it.",
    "planning_consulting", ["data_platform_infra", "mobility", "safety_disaster"], "master_planning", "city",
    "domestic", "local_private", "platform_centered", "existing_city", ["43031", "22040"],
    "Statutory plan is planning_consulting; paid from the city budget so local_private; the data hub is the centrepiece.")

add("local_gov", "misleading", "ko",
    "당진시 '스마트 안심도로' 조성사업",
    "충남 당진시는 시비 7억 원을 들여 송악읍·합덕읍 통학로 3개 구간 5.4km에 차선 재도색, 과속방지턱 18개, 미끄럼방지 포장, "
    "방호울타리를 설치하는 '스마트 안심도로' 사업을 올해 9월 착공한다.",
    "solution_deployment", ["safety_disaster", "mobility"], "implementation", "site",
    "domestic", "local_private", "advanced_infrastructure", "existing_city", ["21020", "21022"],
    "'Smart' name over ordinary road-safety works; three road sections are site; funded and contracted works count as implementation.")

add("local_gov", "oda_db", "en",
    "Transfer of traffic information centre know-how and traffic counters to Kathmandu",
    "Donor: Seoul Metropolitan Government (own international cooperation budget, reported in the national ODA "
    "statistics) | Recipient: Kathmandu Metropolitan City, Nepal | Period: 2023-2024 | Amount: KRW 780 million | "
    "Activities: 20 CCTV-based vehicle counting stations on the ring road and main arterials, a small "
    "traffic-information server at the city traffic police, two training courses in Seoul | Status: completed and "
    "handed over; counters in daily operation since 2024 | Reported CRS: 21020",
    "solution_deployment", ["mobility", "data_platform_infra"], "operation_diffusion", "site",
    "overseas_developing", "local_private", "advanced_infrastructure", "existing_city", ["21020", "21011"],
    "Local-government ODA from its own budget maps to local_private (program follows the money); region follows the host; 20 counting stations are site.")

add("local_gov", "press", "en",
    "Gwangju Nam-gu opens neighbourhood living lab in Yangnim-dong",
    "Gwangju, 11 March 2025 - Nam-gu district office opened a residents' living lab in Yangnim-dong, an ageing hillside "
    "neighbourhood covered by the city's urban regeneration plan. For a year, residents, the district and two local "
    "start-ups will design and test services chosen by residents - a check-in service for older people living alone "
    "based on power-meter data and a shared parking app for narrow alleys - before the district decides which to keep. "
    "The lab is funded by the district with KRW 350 million.",
    "pilot_demonstration", ["welfare_health", "governance_admin", "mobility"], "pilot", "district",
    "domestic", "local_private", "innovation_space", "regeneration", ["16010", "15150"],
    "Living lab: pilot_demonstration and innovation_space; services for a whole neighbourhood so district; regeneration area.")

# ---------------------------------------------------------------- LH
add("lh", "tender", "ko",
    "[LH 공고] 고양창릉 공공주택지구 스마트시티 서비스 실시설계 용역",
    "공고 제2025-○○호 | 용역명: 고양창릉 공공주택지구 스마트시티 기반시설 및 서비스 실시설계 | 대상: 3기 신도시 "
    "고양창릉지구(약 789만㎡) 전역 | 과업내용: 통합운영센터, 자가통신망, 스마트폴 420본, 스마트 주차·횡단보도, 자율주행 셔틀 "
    "정류장 등 스마트시티 서비스 패키지 실시설계 및 공사비 산정 | 재원: 지구 조성사업비 | 추정가격: 2,310,000,000원 | "
    "마감: 2025.8.22",
    "city_development", ["data_platform_infra", "mobility", "safety_disaster"], "implementation", "district",
    "domestic", "development_fee", "advanced_infrastructure", "new_development", ["43032", "22040"],
    "Detailed design of a new town's smart package is part of implementation (README), not planning; network and poles dominate; paid from land-development cost.")

add("lh", "row", "en",
    "LH Pyeongtaek Godeok smart-city handover",
    "LH | Pyeongtaek Godeok International New Town | smart-city services package (IOC, CCTV, smart parking, BIS) "
    "completed and handed over to Pyeongtaek city | land-development revenue | in operation since 2025",
    "city_development", ["data_platform_infra", "safety_disaster", "mobility"], "operation_diffusion", "district",
    "domestic", "development_fee", "platform_centered", "new_development", ["43032", "22040"],
    "Handover to the city means operation_diffusion; the new town is a district of Pyeongtaek; IOC-centred package.")

add("lh", "row", "ko",
    "검단신도시 스마트정류장 30개소",
    "LH | 인천 서구 검단신도시 | 스마트 버스정류장 30개소(BIS·냉난방·공공와이파이) | 기반시설 조성비 54억원 | 2025 시공, "
    "연말 준공",
    "solution_deployment", ["mobility"], "implementation", "site",
    "domestic", "development_fee", "advanced_infrastructure", "new_development", ["21012", "43032"],
    "One solution in a new town: solution_deployment, not city_development; bus stops are individual facilities (site).")

add("lh", "narrative", "ko",
    "노원구 영구임대 단지 재건축 연계 스마트 돌봄·에너지 서비스",
    "LH는 서울 노원구의 준공 33년 된 영구임대주택 단지(1,100호)를 재건축하면서 IoT 기반 돌봄과 에너지 절감 서비스를 "
    "패키지로 도입한다. 독거 고령 입주민의 활동 감지 센서와 응급호출, 세대별 에너지 사용량 원격검침과 단지 에너지관리시스템, "
    "스마트홈 월패드가 포함되며, 재원은 정부 재정과 주택도시기금 출·융자다. 2025년 하반기 착공했다.",
    "city_development", ["housing_facility", "welfare_health", "energy"], "implementation", "district",
    "domestic", "national_program", "advanced_infrastructure", "regeneration", ["16040", "23183"],
    "LH is the developer but money is central-government budget and housing fund, so national_program; rebuilding an aged estate is regeneration; one complex is district.")

add("lh", "budget_line", "en",
    "LH Namyangju Wangsuk smart-city infrastructure",
    "LH 2026 capital programme | Namyangju Wangsuk new town (public housing district) | smart-city infrastructure: "
    "city-owned fibre network, 380 smart poles, IOC fit-out | KRW 41.5bn | funded from land-sale revenue | works 2026-2028",
    "city_development", ["data_platform_infra", "safety_disaster"], "implementation", "district",
    "domestic", "development_fee", "advanced_infrastructure", "new_development", ["43032", "22020"],
    "Land-sale revenue is development_fee; network and poles dominate the package, so advanced_infrastructure.")

add("lh", "misleading", "ko",
    "쿠웨이트 남부 신도시 도시계획 자문",
    "LH는 쿠웨이트 정부 주택당국(○○)과 맺은 계약에 따라 쿠웨이트시티 남쪽 약 64㎢ 규모 신도시(계획인구 40만 명)의 "
    "도시계획을 자문하고 있다. 과업의 중심은 자율주행 대중교통 노선, 신재생에너지 마이크로그리드, 도시 전체를 관리하는 "
    "통합운영센터와 도시데이터 플랫폼을 포함한 스마트시티 마스터플랜 수립이며, 비용은 쿠웨이트 정부가 부담한다. 현재 "
    "마스터플랜 2단계 검토가 진행 중이다.",
    "planning_consulting", ["mobility", "energy", "data_platform_infra"], "master_planning", "city",
    "overseas_developed", "foreign_own", "platform_centered", "new_development", ["43031", "21011"],
    "Plain title over a smart-city master plan; Kuwait is high-income so overseas_developed; the host government pays, so foreign_own.")

# ---------------------------------------------------------------- PPP
add("ppp", "tender", "en",
    "Request for proposals: Haeundae beach-area smart parking concession (BTO)",
    "Haeundae-gu, Busan, invites private proposals for a build-transfer-operate concession covering 1,800 on-street and "
    "public off-street parking spaces around Haeundae beach and the Centum City area: occupancy sensors, licence-plate "
    "recognition, variable message signs and a reservation and payment app, operated by the concessionaire for 15 "
    "years and financed from parking fees. Proposals due 30 September 2025.",
    "solution_deployment", ["mobility"], "implementation", "district",
    "domestic", "local_private", "advanced_infrastructure", "existing_city", ["21020", "25010"],
    "PPP concession is local_private; procurement of the build takes implementation; part of one gu, so district.")

add("ppp", "press", "ko",
    "호찌민 투티엠 신도시 스마트 가로등 PPP, 한국 컨소시엄 우선협상대상자 선정",
    "국내 ○○전력·○○ICT 컨소시엄이 베트남 호찌민시가 발주한 투티엠 신도시(657ha) 스마트 LED 가로등 민관협력(PPP) 사업의 "
    "우선협상대상자로 선정됐다. 컨소시엄은 가로등 8,600본을 원격 조광 LED로 설치하고 CCTV·환경센서를 일부 탑재한 뒤, "
    "절감되는 전기요금으로 투자비를 회수하는 15년 에너지절약 성과계약(ESCO) 방식으로 운영한다. 총 투자비는 3,400만 달러이며 "
    "연내 실시협약 체결을 목표로 한다.",
    "solution_deployment", ["energy", "safety_disaster"], "implementation", "district",
    "overseas_developing", "local_private", "advanced_infrastructure", "new_development", ["23183", "43032"],
    "Overseas PPP with private investment is local_private; preferred-bidder stage of a procured build counts as implementation (README).")

add("ppp", "narrative", "en",
    "Ulsan Jung-gu smart utility tunnel BTL",
    "In Ulsan's old downtown in Jung-gu, part of a designated urban regeneration area, the city is building a 3.2 km "
    "common utility tunnel under a build-transfer-lease contract with a private special purpose company (○○). The "
    "tunnel carries power, telecom, water and district-heating lines and is equipped with fibre-optic temperature and "
    "intrusion sensing, gas detectors and a remote monitoring room, so that utilities no longer need to dig up the "
    "narrow streets. The company finances construction and the city pays lease fees for 20 years; tunnelling started in 2025.",
    "solution_deployment", ["housing_facility", "safety_disaster"], "implementation", "site",
    "domestic", "local_private", "advanced_infrastructure", "regeneration", ["43032"],
    "Underground-utility management is housing_facility per the sector table; a 3.2 km section is site; designated regeneration area.")

add("ppp", "budget_line", "ko",
    "부천시 스마트 LED 가로등 민간투자사업",
    "경기 부천시 | 민간투자(BTO, 에너지절감 성과형) | 시 전역 가로등·보안등 4만 8천 등 LED 교체 및 원격 점·소등·고장감시 | "
    "총사업비 620억원 | 2023 준공, 운영 3년차 | 2026 지급액 71억원",
    "solution_deployment", ["energy", "safety_disaster"], "operation_diffusion", "city",
    "domestic", "local_private", "advanced_infrastructure", "existing_city", ["23183"],
    "Citywide and in its third operating year: city and operation_diffusion; energy saving is the stated model.")

add("ppp", "row", "en",
    "Jakarta landfill-to-energy PPP concept",
    "PPP | Indonesia | Jakarta - waste-to-energy plant (1,000 t/day) at an existing landfill, with smart weighbridges "
    "and emissions monitoring | USD 280m (est.) | project concept submitted to the PPP unit; pre-FS not started",
    "solution_deployment", ["environment_waste", "energy"], "identification", "site",
    "overseas_developing", "local_private", "advanced_infrastructure", "existing_city", ["14050", "23360"],
    "Concept before any study is identification; type is the eventual plant; mostly non-smart plant so advanced_infrastructure; one facility so site.")

# ---------------------------------------------------------------- private
add("private", "press", "ko",
    "○○텔레콤, 말레이시아 코타키나발루 스마트 관광 플랫폼 상용 서비스 개시",
    "국내 ○○텔레콤은 말레이시아 사바주 코타키나발루시와 협력해 관광객 이동 데이터 분석, 다국어 관광 안내, 모바일 결제·쿠폰을 "
    "통합한 스마트 관광 플랫폼 상용 서비스를 시작했다고 밝혔다. 회사가 자체 투자한 이 플랫폼은 2024년 6개월 시범운영을 "
    "거쳤으며, 현재 시 전역 상점 1,200곳과 관광지 35곳이 참여하고 있다. 회사는 내년 페낭과 랑카위로 서비스를 확대할 계획이다.",
    "solution_deployment", ["culture_tourism", "data_platform_infra"], "operation_diffusion", "city",
    "overseas_developing", "local_private", "platform_centered", "existing_city", ["33210", "22040"],
    "Commercial launch after a trial: operation_diffusion (not pilot); company's own investment overseas is local_private.")

add("private", "row", "en",
    "VPP demand-response pilot in a Gwangmyeong apartment complex",
    "○○ Energy (own R&D budget) | Gwangmyeong-si, Gyeonggi-do - one apartment complex (1,200 households) | virtual power "
    "plant platform aggregating the complex's existing rooftop PV, ESS and 600 households' smart plugs for demand "
    "response | KRW 1.9bn | pilot Jan-Dec 2025",
    "pilot_demonstration", ["energy", "housing_facility"], "pilot", "district",
    "domestic", "local_private", "platform_centered", "existing_city", ["23183", "23630"],
    "Company-funded trial: local_private (not national_rnd); an apartment complex is district by the scale table; aggregation platform over existing assets.")

add("private", "narrative", "ko",
    "포항 ○○ 민간 도시개발사업 스마트 서비스 패키지",
    "경북 포항시 북구에서 민간 시행사가 추진 중인 120만㎡ 규모의 도시개발사업(주택 7,800세대)은 분양가에 반영된 민간 재원으로 "
    "스마트 주차 안내, 지능형 방범 CCTV, 단지 에너지관리, 스마트홈을 하나의 단지 통합플랫폼으로 연계해 도입한다. 주목적은 "
    "주거 공급이며, 스마트 서비스는 입주민 편의와 안전을 위한 것이다. 2024년 부지조성 공사를 시작해 현재 기반시설 공사가 "
    "진행 중이다.",
    "city_development", ["housing_facility", "safety_disaster", "energy"], "implementation", "district",
    "domestic", "local_private", "platform_centered", "new_development", ["43032", "16030"],
    "New district with several linked smart services: city_development; housing is the stated main purpose; private finance so local_private.")

add("private", "misleading", "en",
    "AI Smart Mobility Hub Surabaya",
    "A private developer (○○ Group) is building what it markets as an AI smart mobility hub next to a commuter rail "
    "station in Surabaya, Indonesia: a seven-storey car park with 600 spaces, a ticket booth, a motorcycle drop-off "
    "area and ground-floor retail. Structural works reached the fourth floor in August 2025; opening is planned for "
    "mid-2026.",
    "solution_deployment", ["mobility"], "implementation", "site",
    "overseas_developing", "local_private", "advanced_infrastructure", "existing_city", ["21020"],
    "Marketing name only: an ordinary car park; non-smart single facility convention.")

add("private", "misleading", "ko",
    "○○전자 마드리드 사무동 설비 개선",
    "○○전자 2026년 사업계획 | 스페인 마드리드 현지법인 사무동 2개 동 | IoT 센서 1,100개와 AI 기반 건물에너지관리시스템(BEMS)을 "
    "설치해 냉난방·조명 제어 알고리즘의 절감 효과를 12개월간 실증(자사 솔루션 유럽 출시 전 검증) | 자체예산 120만 유로",
    "pilot_demonstration", ["energy", "housing_facility"], "pilot", "site",
    "overseas_developed", "local_private", "advanced_infrastructure", "existing_city", ["23183"],
    "Plain 'facility improvement' title over a BEMS demonstration; two buildings are site; Spain is high-income.")

# ---------------------------------------------------------------- national R&D
add("national_rnd", "oda_db", "ko",
    "디지털트윈 기반 도시침수 예측·대응 기술개발",
    "과제정보 | 사업명: 국토교통부 ○○기술개발사업 | 과제명: 도시 디지털트윈 기반 실시간 침수 예측 및 대응 의사결정 지원 기술 "
    "개발 | 주관연구기관: ○○연구원 외 7개 기관 | 연구기간: 2023.4~2027.12 | 총 연구비: 168억 원(정부출연금 140억) | 실증지: "
    "서울 관악구 도림천 유역 | 진행단계: 3차년도, 예측모델 개발 및 센서망 설계 중(실증은 2026년부터)",
    "rnd", ["safety_disaster", "water", "data_platform_infra"], "implementation", "site",
    "domestic", "national_rnd", "platform_centered", "existing_city", ["43060", "32182"],
    "R&D in its development phase is implementation (field tests later would be pilot); the test catchment is a demonstration zone, so site.")

add("national_rnd", "press", "en",
    "Sanitation robots begin field tests in Sejong's national pilot smart city",
    "Sejong, 7 July 2025 - A research consortium funded by the national smart-city R&D programme has begun field tests "
    "of autonomous street-cleaning and waste-collection robots in the 5-1 living area of Sejong, the national pilot "
    "smart city still under construction. Six robots will run on 3 km of streets for nine months to verify obstacle "
    "detection and battery swapping before the technology is finalised.",
    "rnd", ["environment_waste"], "pilot", "site",
    "domestic", "national_rnd", "advanced_infrastructure", "new_development", ["32182", "14050"],
    "An R&D project stays rnd even during field tests; stage pilot; 3 km of test streets is a demonstration zone (site); the pilot city is new_development.")

add("national_rnd", "budget_line", "ko",
    "스마트시티 데이터허브 R&D 성과 확산",
    "과학기술정보통신부·국토교통부 | 스마트시티 R&D 후속 성과확산 | 데이터허브 모델 고도화 및 대구·시흥 실증도시 운영, 타 "
    "지자체 이전 | 2026 예산 92억원 | 계속",
    "rnd", ["data_platform_infra", "governance_admin"], "operation_diffusion", "national",
    "domestic", "national_rnd", "platform_centered", "existing_city", ["32182", "22040"],
    "Follow-up diffusion of R&D results to other local governments is operation_diffusion; more than one city, so national.")

add("national_rnd", "narrative", "en",
    "Planning study for a carbon-neutral city R&D programme",
    "The national R&D management agency (○○) commissioned a nine-month planning study in 2025 to define a new "
    "carbon-neutral city R&D programme starting in 2027. The study will survey technology needs, propose research "
    "themes such as district energy sharing and building-integrated PV, design two city-scale testbeds and estimate a "
    "KRW 180 billion budget for the preliminary feasibility review. No research has started yet.",
    "planning_consulting", ["energy", "environment_waste"], "identification", "national",
    "domestic", "national_rnd", "innovation_space", "existing_city", ["23182", "41082"],
    "Deliverable is a plan, so planning_consulting though funded as national R&D; identifying a future programme is identification; testbeds make it innovation_space.")

add("national_rnd", "tender", "ko",
    "[공고] 2026년도 국토교통R&D 신규과제 - 고령자 보행안전 AI 영상분석 기술개발 및 실증",
    "국토교통부 공고 제2026-○○호 | 신규과제명: 고령 보행자 위험행동 인지 엣지 AI 영상분석 기술개발 및 실증 | 연구기간: "
    "2026.4~2029.12(45개월) | 정부출연금: 총 48억 원 이내 | 실증지: 경남 김해시 동상동 일원 구도심(도시재생활성화지역) "
    "횡단보도 20개소 | 주요 내용: 엣지 AI 카메라, 보행신호 연장 연동, 고령자 사고 위험 분석 | 접수마감: 2026.2.27",
    "rnd", ["safety_disaster", "welfare_health"], "implementation", "site",
    "domestic", "national_rnd", "advanced_infrastructure", "regeneration", ["32182", "21020"],
    "Call for R&D takes the stage of the procured work (development, so implementation); 20 crosswalks in a regeneration area; edge cameras are equipment.")


FIELDS = ["id", "title", "description", "lang", "origin", "split", "source", "kind", "style", "labels",
          "crs", "notes"]


def records():
    out = []
    for i, e in enumerate(ENTRIES, 1):
        rec = {
            "id": "m%03d" % i,
            "title": e["title"],
            "description": e["description"],
            "lang": e["lang"],
            "origin": "blind9",
            "split": "blind9",
            "source": None,
            "kind": e["kind"],
            "style": e["style"],
            "labels": e["labels"],
            "crs": e["crs"],
            "notes": e["notes"],
        }
        assert list(rec) == FIELDS
        out.append(rec)
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "projects_blind9.jsonl")
    recs = records()
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d entries to %s" % (len(recs), path))


if __name__ == "__main__":
    main()
