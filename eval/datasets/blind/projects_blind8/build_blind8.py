#!/usr/bin/env python3
"""Build the blind8 evaluation set of invented smart-city project descriptions.

python3 build_blind8.py  ->  writes projects_blind8.jsonl next to this script.

All entries are invented (countries and cities real; companies and contract-identifying
agencies blanked as ○○; amounts, dates and counts invented). Labels use the ids of
/work/shared/specs/taxonomy.md; CRS codes are active 5-digit purpose codes of the OECD DAC
Sector.xml. Labelling conventions are documented in README.md.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "projects_blind8.jsonl")


def E(lang, kind, style, title, description, pt, sector, stage, scale, region, program,
      sct, uc, crs, notes):
    return {
        "title": title,
        "description": description,
        "lang": lang,
        "kind": kind,
        "style": style,
        "labels": {
            "project_type": pt,
            "sector": list(sector),
            "stage": stage,
            "scale": scale,
            "region": region,
            "program": program,
            "smart_city_type": sct,
            "urban_context": uc,
        },
        "crs": list(crs),
        "notes": notes,
    }


DEV = "overseas_developing"
HIC = "overseas_developed"
DOM = "domestic"

# --------------------------------------------------------------------------- English
EN = [
    E("en", "koica", "oda_db",
      "Project for Establishing a Smart Traffic Management System in Da Nang City",
      "Country: Viet Nam | Executing agency: Department of Transport, Da Nang City People's Committee | "
      "Donor/type: KOICA, project-type grant | Period: 2024-2028 | Budget: USD 9.5 million | "
      "Objective: reduce congestion and crashes in the urban area | Outputs: adaptive signal controllers at "
      "120 intersections across all six urban districts, a traffic information centre with video analytics, "
      "variable message signs on 6 arterials, training of 40 DOT staff in Korea | Status: contractor "
      "(○○ consortium) selected, installation under way.",
      "solution_deployment", ["mobility", "data_platform_infra"], "implementation", "city", DEV,
      "oda_grant", "advanced_infrastructure", "existing_city", ["21020", "22040"],
      "Signals/VMS hardware outweigh the centre -> advanced_infrastructure; all urban districts -> city; installation under way -> implementation."),
    E("en", "edcf", "oda_db",
      "Addis Ababa Intelligent Transport System Project",
      "Recipient: Federal Democratic Republic of Ethiopia | Executing agency: ○○ Authority, Addis Ababa "
      "City Administration | Financing: EDCF loan, USD 68 million, 0.01% interest, 40-year maturity | "
      "Scope: traffic management centre, 180 signalised intersections with adaptive control, red-light and "
      "speed enforcement cameras, bus priority on LRT feeder corridors, fibre backbone | Loan agreement: 2023 | "
      "Progress: 45% (civil works and signal installation ongoing) | Expected completion: 2027.",
      "solution_deployment", ["mobility", "safety_disaster"], "implementation", "city", DEV,
      "oda_loan", "advanced_infrastructure", "existing_city", ["21020", "22040"],
      "ITS with enforcement cameras: mobility first, road safety second; EDCF loan -> oda_loan."),
    E("en", "ksp", "narrative",
      "KSP policy consultation on a smart city legal framework for Mongolia",
      "Under the Knowledge Sharing Program, a Korean research team and Mongolia's ministry in charge of "
      "digital development worked for ten months on how a national smart city law could be structured. The "
      "report reviews Korea's Smart City Act, proposes legal definitions, a certification scheme for smart "
      "city services, an inter-ministerial coordinating committee and rules for sharing urban data between "
      "ministries and the Ulaanbaatar municipality, and sets out a three-year legislative roadmap. The final "
      "reporting workshop is scheduled in Ulaanbaatar in November; no investment is attached.",
      "planning_consulting", ["governance_admin", "data_platform_infra"], "master_planning", "national", DEV,
      "oda_consulting", "platform_centered", "existing_city", ["15110", "43031"],
      "Advisory report on a law = planning_consulting by convention (institution_capacity only when the project itself sets up institutions); national law -> national."),
    E("en", "kcn", "press",
      "Korean smart crosswalk put to the test near Quezon City schools",
      "The Ministry of Land, Infrastructure and Transport announced that a smart pedestrian crossing developed "
      "by Korean SME ○○ has started a six-month field demonstration at three school-zone crossings on "
      "Commonwealth Avenue, Quezon City, under the K-City Network overseas demonstration programme. The system "
      "combines thermal cameras, in-road LED lights and a voice warning for jaywalkers. The city government "
      "will decide on wider adoption after the results are reviewed in the spring.",
      "pilot_demonstration", ["safety_disaster", "mobility"], "pilot", "site", DEV,
      "kcn", "advanced_infrastructure", "existing_city", ["21020", "22040"],
      "Demonstration of a sensor product stays advanced_infrastructure (taxonomy rule); three crossings -> site."),
    E("en", "kcn", "oda_db",
      "K-City Network planning support: smart city master plan for the Dodoma government city district",
      "Programme: K-City Network (planning support) | Country: Tanzania | Counterparts: regional "
      "administration ministry; Dodoma City Council | Area: approx. 1,200 ha Mtumba government city (new "
      "administrative district) | Budget: KRW 1.5 billion | Duration: 12 months | Tasks: smart city vision "
      "and spatial concept, e-government service centre, smart mobility and utility plans, integrated "
      "operation centre concept, priority project list and financing options (EDCF, PPP) | Status: interim "
      "report submitted.",
      "planning_consulting", ["governance_admin", "data_platform_infra", "mobility"], "master_planning",
      "district", DEV, "kcn", "platform_centered", "new_development", ["43031", "15110"],
      "Master plan for a new district = planning_consulting (KCN planning support for an urban-development-type project); Dodoma named but only the Mtumba district is planned -> district."),
    E("en", "mdb", "tender",
      "REOI - Design and supervision consultant, Emergency Operations Centre and flood early-warning network, Dhaka North",
      "People's Republic of Bangladesh. ○○ Urban Resilience Project (IDA Credit No. ○○). Dhaka North City "
      "Corporation invites eligible consulting firms to express interest in: (a) detailed design of a city "
      "Emergency Operations Centre integrating fire service, police and weather feeds; (b) design of 40 "
      "rainfall and water-level stations and a flood early-warning dashboard; (c) supervision of construction "
      "and installation, 30 months. Selection method: Quality- and Cost-Based Selection under the World Bank "
      "Procurement Regulations. Deadline for expressions of interest: 14 March.",
      "solution_deployment", ["safety_disaster", "data_platform_infra"], "implementation", "city", DEV,
      "oda_loan", "platform_centered", "existing_city", ["43060", "22040"],
      "Design-and-supervision consultancy is labelled with the build it serves (convention) -> solution_deployment/implementation; EOC dominant -> platform_centered; IDA credit -> oda_loan."),
    E("en", "mdb", "narrative",
      "Smart water metering pilot to cut non-revenue water in Ulaanbaatar",
      "A technical assistance grant from a Korea-financed trust fund administered by the Asian Development "
      "Bank is helping the Ulaanbaatar water utility test whether smart metering can reduce its 30 percent "
      "non-revenue water. Two district metered areas in Bayanzurkh with about 2,100 household connections "
      "receive ultrasonic AMI meters, pressure loggers and a leak-detection analytics package for 18 months. "
      "The results will feed into the design of a future ADB loan.",
      "pilot_demonstration", ["water"], "pilot", "district", DEV,
      "oda_grant", "advanced_infrastructure", "existing_city", ["14021", "14010"],
      "MDB-administered trust-fund grant paying for equipment pilot -> oda_grant (convention); two DMAs -> district."),
    E("en", "mdb", "oda_db",
      "Barranquilla Urban Mobility Support Program - integrated fare collection and fleet management",
      "Country: Colombia | Lender: Inter-American Development Bank | Instrument: investment loan, USD 80 "
      "million | Borrower: District of Barranquilla | Components: 1) account-based integrated fare collection "
      "for BRT and feeder buses (validators, back office, card and QR media); 2) automatic vehicle location "
      "and fleet control for 900 buses; 3) passenger information displays at 60 stations; 4) institutional "
      "strengthening of the transit authority | Approval: 2025 | Status: in execution, first disbursement made.",
      "solution_deployment", ["mobility"], "implementation", "city", DEV,
      "oda_loan", "advanced_infrastructure", "existing_city", ["21012", "21020"],
      "MDB lending -> oda_loan regardless of concessionality (convention); on-board and station equipment dominate -> advanced_infrastructure."),
    E("en", "mdb", "row",
      "AfDB Abidjan ITS",
      "AfDB | Cote d'Ivoire | Abidjan urban mobility - traffic signals & control centre (ITS) | sovereign loan | appraisal mission 2026",
      "solution_deployment", ["mobility"], "identification", "city", DEV,
      "oda_loan", "advanced_infrastructure", "existing_city", ["21020"],
      "Pipeline item at appraisal -> identification, typed by the envisioned project (convention)."),
    E("en", "eu_foreign", "press",
      "Copenhagen opens a street lab for urban sensor start-ups",
      "The City of Copenhagen has opened a test street along a 1.5 km stretch of ○○ where companies and "
      "researchers can mount air-quality, noise and traffic sensors on lamp posts connected to the city's IoT "
      "network. Participating firms get free power, connectivity and anonymised data for up to twelve months. "
      "The city says the aim is to let young companies prove their products in real conditions before the "
      "municipality considers buying them.",
      "pilot_demonstration", ["data_platform_infra", "environment_waste", "industry_economy"], "pilot", "site",
      HIC, "foreign_own", "innovation_space", "existing_city", ["32182", "22040"],
      "What is built is a testbed for third parties' products -> innovation_space (unlike a single-sensor demo); 1.5 km street -> site."),
    E("en", "eu_foreign", "narrative",
      "Positive energy district retrofit of a Soviet-era housing estate in Tartu",
      "Funded mainly by a Horizon Europe grant with city co-financing, a consortium led by the City of Tartu "
      "is turning 18 prefabricated apartment blocks of the Annelinn estate into a positive-energy district. "
      "Works include deep insulation, rooftop and facade solar panels, heat-pump substations, smart heat and "
      "power meters in every flat and a district energy-management system that residents can follow in an "
      "app. Construction on the first six blocks started this year.",
      "city_development", ["energy", "housing_facility"], "implementation", "district", HIC,
      "foreign_own", "advanced_infrastructure", "regeneration", ["23183", "23230", "16030"],
      "Package of solutions in an ageing estate -> city_development + regeneration; EU grant -> foreign_own (convention)."),
    E("en", "foreign_gov", "press",
      "Indore's command centre now watches traffic, garbage trucks and water supply",
      "The city's smart city special purpose vehicle said its Integrated Command and Control Centre, built "
      "under India's national Smart Cities Mission, now takes live feeds from 2,400 traffic and surveillance "
      "cameras, GPS units on 1,150 waste-collection vehicles and flow meters on the municipal water network. "
      "Since going live, traffic violation notices are issued automatically and missed garbage pick-ups have "
      "fallen by a third, officials said.",
      "solution_deployment", ["data_platform_infra", "mobility", "environment_waste"], "operation_diffusion",
      "city", DEV, "foreign_own", "platform_centered", "existing_city", ["43032", "22040", "14050"],
      "Command centre integrating feeds -> platform_centered; live and producing results -> operation_diffusion; India's own mission -> foreign_own."),
    E("en", "foreign_gov", "budget_line",
      "Indonesia - 100 Smart Cities Movement, masterplan mentoring",
      "FY2025 | Ministry of Communication and Digital Affairs (Indonesia) | Programme: Movement Towards 100 "
      "Smart Cities | Activity: smart city masterplan preparation and mentoring for 50 regencies/cities | "
      "IDR 42 billion | State budget (APBN)",
      "planning_consulting", ["governance_admin"], "master_planning", "national", DEV,
      "foreign_own", "platform_centered", "existing_city", ["43031", "15185"],
      "Fifty municipalities at once -> national; generic multi-sector masterplans -> platform_centered (convention)."),
    E("en", "foreign_gov", "misleading",
      "Kigali Smart Roads Programme - Phase II",
      "The City of Kigali will upgrade 54 km of earth roads in Gasabo, Kicukiro and Nyarugenge to asphalt "
      "concrete with stone-lined drainage, sidewalks and ordinary street lighting. Works are split into six "
      "lots financed from the national budget; no traffic management, sensor or ICT component is included.",
      "solution_deployment", ["mobility"], "implementation", "city", DEV,
      "foreign_own", "advanced_infrastructure", "existing_city", ["21020"],
      "non-smart: 'smart' name over ordinary road works; nearest labels by convention (single asset type -> solution_deployment, physical works -> advanced_infrastructure); all three districts = whole city."),
    E("en", "private", "press",
      "Automaker's prototype town at Mt Fuji welcomes first residents",
      "○○ Motor Corporation said the first phase of its experimental town in Susono, Shizuoka Prefecture, has "
      "opened with about 300 residents, mostly employees and their families. Streets are separated for "
      "autonomous vehicles, personal mobility and pedestrians, goods move through an underground logistics "
      "tunnel, and homes are fitted with in-home robotics and sensors. Outside inventors can apply to test "
      "their products in the town. A second phase is in design.",
      "city_development", ["mobility", "industry_economy", "housing_facility"], "operation_diffusion",
      "district", HIC, "local_private", "innovation_space", "new_development", ["32182", "43032"],
      "Private money -> local_private wherever it is (convention); a whole town built as a testbed -> innovation_space; phase 1 inhabited -> operation_diffusion."),
    E("en", "ppp", "tender",
      "Invitation for comparative proposals - Smart LED streetlight system, Cebu City (PPP)",
      "Pursuant to the PPP Code, the City Government of Cebu invites private proponents to submit comparative "
      "proposals to an unsolicited proposal by ○○ Consortium for the replacement of 22,000 streetlights with "
      "dimmable LED luminaires with remote monitoring and control, on a 15-year build-transfer-operate basis "
      "repaid from energy savings. Bid documents are available from the city's PPP office upon payment of a "
      "non-refundable fee of PHP 50,000.",
      "solution_deployment", ["energy", "safety_disaster"], "implementation", "city", DEV,
      "local_private", "advanced_infrastructure", "existing_city", ["23183"],
      "Competitive procurement of works = implementation (convention); PPP repaid from savings -> local_private even overseas."),
    E("en", "lh", "narrative",
      "Korean developer completes smart-city master plan for Kuwait's South Saad Al-Abdullah new city",
      "Korea's public land and housing developer (○○) has delivered the final smart-city master plan for "
      "South Saad Al-Abdullah, a 64 square-kilometre new city west of Kuwait City planned for about 25,000 "
      "housing units. The plan, paid for by Kuwait's public housing authority, covers land use, a city-wide "
      "data platform and operation centre, smart mobility and district cooling. Both sides are now discussing "
      "a joint venture for detailed design and construction.",
      "planning_consulting", ["housing_facility", "data_platform_infra", "mobility"], "master_planning", "city",
      HIC, "foreign_own", "platform_centered", "new_development", ["43031", "16030"],
      "Kuwait is not on the DAC recipient list -> overseas_developed; host pays -> foreign_own; JV only discussed -> master_planning."),
    E("en", "national_rnd", "narrative",
      "Digital-twin urban flood forecasting: field verification begins",
      "A national R&D consortium funded by the Ministry of Land, Infrastructure and Transport is in year 3 of "
      "a 5-year project to develop a digital-twin platform that forecasts urban inundation 60 minutes ahead "
      "from radar rainfall, sewer sensors and street-level cameras. This year the prototype is being verified "
      "in a 4 square-kilometre catchment of Changwon's old downtown, where 35 sewer-level sensors were "
      "installed; forecasts are compared with actual flooding and shared with the city's disaster office.",
      "rnd", ["safety_disaster", "data_platform_infra"], "pilot", "district", DOM,
      "national_rnd", "platform_centered", "existing_city", ["32182", "43060"],
      "R&D in field-verification phase -> stage pilot (convention); a catchment of Changwon -> district; old downtown but no regeneration project -> existing_city."),
    E("en", "central_gov", "press",
      "Five cities selected for the main stage of Korea's Smart City Challenge",
      "The Ministry of Land, Infrastructure and Transport announced that Suwon, Jeonju, Gimhae, Chuncheon and "
      "Gwangyang passed the evaluation of last year's preliminary projects and will each receive up to KRW 12 "
      "billion in national funds over two years to demonstrate citizen-designed solutions at scale, from "
      "on-demand shuttle buses to AI-based elderly care and air-quality alerts. Companies, universities and "
      "residents form a consortium in each city.",
      "pilot_demonstration", ["mobility", "welfare_health", "environment_waste"], "pilot", "national", DOM,
      "national_program", "innovation_space", "existing_city", ["43032", "32182"],
      "Competition funding demonstrations in five cities -> national scale; consortium co-creation -> innovation_space."),
    E("en", "central_gov", "row",
      "Urban data hub rollout",
      "MOLIT | urban data hub (national model) - rollout to 10 local governments | 2026 | KRW 15 bn | national subsidy 50%",
      "solution_deployment", ["data_platform_infra"], "operation_diffusion", "national", DOM,
      "national_program", "platform_centered", "existing_city", ["22040", "15185"],
      "Rollout of a proven model to many cities -> operation_diffusion + national."),
    E("en", "koica", "narrative",
      "KOICA fellowship on smart city planning for Latin American officials",
      "The three-year KOICA capacity-building programme brings 25 mid-level officials a year from municipal "
      "and national agencies in Peru, Ecuador, Colombia and Paraguay to Korea for a five-week course on smart "
      "city planning, integrated operation centres and urban data governance, followed by action plans that "
      "participants carry out at home with remote coaching. The second cohort completed the course in October.",
      "institution_capacity", ["governance_admin", "data_platform_infra"], "implementation", "national", DEV,
      "oda_grant", "platform_centered", "existing_city", ["43031", "43081"],
      "Training -> institution_capacity; multi-country -> national; capacity programme being delivered -> implementation (convention)."),
    E("en", "koica", "tender",
      "KOICA - Invitation for bid: PMC for the Project for Smart Water Supply Management in Luang Prabang",
      "The Korea International Cooperation Agency invites bids for project management consulting services for "
      "the Project for Smart Water Supply Management in Luang Prabang, Lao PDR (2026-2029, USD 7 million). "
      "The PMC shall supervise the installation of 12,000 smart meters, a SCADA system for two treatment plants "
      "and 8 pumping stations and a GIS-based leakage management system, and deliver training for the "
      "provincial water utility. Eligibility: Korean firms registered as engineering service providers; joint "
      "ventures with local firms are encouraged.",
      "solution_deployment", ["water", "data_platform_infra"], "implementation", "city", DEV,
      "oda_grant", "advanced_infrastructure", "existing_city", ["14021", "14081"],
      "PMC labelled with the project it serves (convention); meters and SCADA dominate -> advanced_infrastructure."),
    E("en", "edcf", "oda_db",
      "Nukus City Sewerage and Wastewater Treatment Project",
      "Country: Uzbekistan | Region: Republic of Karakalpakstan | Financing: EDCF loan USD 95 million | Loan "
      "agreement signed: 2025 | Scope: 46 km of trunk sewers, 3 pumping stations, a 40,000 m3/day "
      "activated-sludge wastewater treatment plant and house connections in the city | Executing agency: ○○ "
      "JSC | Status: selection of the detailed design and supervision consultant.",
      "solution_deployment", ["water"], "implementation", "city", DEV,
      "oda_loan", "advanced_infrastructure", "existing_city", ["14022"],
      "non-smart: conventional sewerage; nearest labels by convention; signed loan agreement -> implementation."),
    E("en", "mdb", "misleading",
      "Kathmandu Valley Water Supply Improvement Project - Additional Financing",
      "The additional financing approved by the Asian Development Bank funds a SCADA system linking 9 "
      "reservoirs and 30 bulk meters, 80,000 prepaid AMI customer meters, a GIS-based asset and leakage "
      "management platform and a mobile app for billing and complaints, covering the service area of the "
      "valley's water utility across Kathmandu, Lalitpur and Bhaktapur.",
      "solution_deployment", ["water", "data_platform_infra"], "implementation", "national", DEV,
      "oda_loan", "advanced_infrastructure", "existing_city", ["14021", "14010"],
      "Plain title over smart content -> labelled as smart water solution; several municipalities of the valley -> national (scale table: a region / many cities)."),
    E("en", "foreign_gov", "tender",
      "Tender: fibre network and smart poles for the R5 residential district, New Administrative Capital",
      "The ○○ Company for Urban Development, on behalf of the Arab Republic of Egypt, invites pre-qualified "
      "contractors to bid for the supply, installation and three-year maintenance of an underground fibre-optic "
      "ring, 1,800 smart poles (LED lighting, CCTV, Wi-Fi, environmental sensors) and the connection of the "
      "district to the city's central command centre in residential district R5. Financing: government own "
      "resources. Bid bond: EGP 5 million.",
      "solution_deployment", ["data_platform_infra", "safety_disaster"], "implementation", "district", DEV,
      "foreign_own", "advanced_infrastructure", "new_development", ["22020", "43032"],
      "One district of a new capital -> district + new_development; poles and fibre -> advanced_infrastructure."),
    E("en", "eu_foreign", "tender",
      "City of Helsinki - procurement of 3D city model and digital twin platform services",
      "Contracting authority: City of Helsinki, Urban Environment Division. Open procedure for a four-year "
      "framework agreement (estimated EUR 2.4 million) covering maintenance of the existing semantic 3D city "
      "model (CityGML), integration of building permit, energy and mobility data, and web services for "
      "planners and residents across the whole municipality. Time limit for receipt of tenders: 30 days from "
      "publication in the Official Journal of the EU.",
      "solution_deployment", ["data_platform_infra", "governance_admin"], "operation_diffusion", "city", HIC,
      "foreign_own", "platform_centered", "existing_city", ["43031", "22040"],
      "Framework for maintaining and extending an existing platform -> operation_diffusion; land/city information system -> 43031."),
    E("en", "eu_foreign", "row",
      "Strijp-S living lab",
      "Eindhoven (NL) | Strijp-S, former industrial site | living lab: adaptive lighting & crowd sensing | municipality-led, partners ○○ | running since 2019",
      "pilot_demonstration", ["safety_disaster", "energy"], "operation_diffusion", "district", HIC,
      "foreign_own", "innovation_space", "regeneration", ["32182", "43032"],
      "Permanent living lab in operation -> operation_diffusion (convention); redeveloped industrial site -> regeneration."),
    E("en", "private", "row",
      "AI parking guidance pilot, San Jose",
      "○○ (Korean start-up) | camera-based AI parking guidance | 3 municipal garages, downtown San Jose, California | own funds + city in-kind | 6-month pilot, 2026",
      "pilot_demonstration", ["mobility"], "pilot", "site", HIC,
      "local_private", "advanced_infrastructure", "existing_city", ["21020", "22040"],
      "Company pays -> local_private; three garages -> site."),
    E("en", "mdb", "tender",
      "Request for bids - heat meters and SCADA, Lviv district heating",
      "Ukraine. District Heating Energy Efficiency and Resilience Project (World Bank loan). The ○○ municipal "
      "heat utility of Lviv invites sealed bids for the supply and installation of 4,500 building-level heat "
      "meters with remote reading, individual heat substations in 300 apartment buildings and a SCADA system "
      "for the citywide network. Procurement method: Request for Bids, single stage, one envelope.",
      "solution_deployment", ["energy"], "implementation", "city", DEV,
      "oda_loan", "advanced_infrastructure", "existing_city", ["23620", "23183"],
      "Ukraine is an ODA recipient -> overseas_developing; supply tender = implementation."),
    E("en", "koica", "press",
      "KOICA hands over public safety control centre to Arequipa",
      "KOICA and the Provincial Municipality of Arequipa held a ceremony to hand over a public safety "
      "monitoring centre connecting 320 cameras across the city's urban districts with the police and the "
      "emergency service. The USD 6 million grant also covered incident-management software, training of 60 "
      "operators and two years of technical support. The centre is now run 24 hours a day by municipal staff.",
      "solution_deployment", ["safety_disaster", "data_platform_infra"], "operation_diffusion", "city", DEV,
      "oda_grant", "platform_centered", "existing_city", ["15132", "22040"],
      "Handover and 24-hour operation -> operation_diffusion; control centre is the core -> platform_centered."),
    E("en", "ksp", "oda_db",
      "EIPP: Smart mobility master plan for Almaty",
      "Programme: Economic Innovation Partnership Program (EIPP) | Partner: Akimat of Almaty, Kazakhstan | "
      "Korean implementing agency: ○○ | Period: 2025-2026 | Budget: KRW 1.2 billion | Scope: diagnosis of "
      "traffic conditions, ITS architecture, traffic management centre upgrade plan, bus priority and parking "
      "policy, pre-feasibility of priority investments for EDCF financing | Stage: field survey completed, "
      "draft master plan under review.",
      "planning_consulting", ["mobility"], "master_planning", "city", DEV,
      "oda_consulting", "advanced_infrastructure", "existing_city", ["21011", "43031"],
      "Plan proposing mainly ITS equipment -> advanced_infrastructure (convention: plans take the type of what they propose)."),
    E("en", "kcn", "oda_db",
      "K-City Network overseas demonstration: IoT air-quality monitoring in Bayanzurkh",
      "Programme: K-City Network (overseas demonstration) | Country: Mongolia | Site: Bayanzurkh district, "
      "Ulaanbaatar (ger areas and apartment blocks) | Participants: Korean firm ○○, Ulaanbaatar air quality "
      "agency | Budget: KRW 900 million (national 70%, company 30%) | Scope: 60 low-cost PM2.5/PM10 sensors, "
      "dashboard and SMS alerts, validation against reference stations during the heating season | Status: "
      "sensors installed, winter measurement campaign ongoing.",
      "pilot_demonstration", ["environment_waste"], "pilot", "district", DEV,
      "kcn", "advanced_infrastructure", "existing_city", ["41010", "41082"],
      "Sensor demonstration -> advanced_infrastructure; one urban district of Ulaanbaatar -> district."),
    E("en", "foreign_gov", "narrative",
      "Kigali Innovation City",
      "The Government of Rwanda is developing Kigali Innovation City on about 70 ha in Kinyinya, Gasabo, as a "
      "special economic zone for technology firms, universities and start-ups. Phase 1 infrastructure - roads, "
      "utilities, a fibre backbone and an innovation hub building - is under construction with government "
      "funds, and private developers are being invited to build offices and housing. Incentives include tax "
      "holidays and fast-track business registration.",
      "city_development", ["industry_economy", "data_platform_infra"], "implementation", "district", DEV,
      "foreign_own", "innovation_space", "new_development", ["43032", "25010"],
      "New innovation district -> city_development + innovation_space; host-government funds -> foreign_own."),
    E("en", "mdb", "budget_line",
      "KGGTF just-in-time TA - smart mobility diagnostic, Alexandria",
      "World Bank | Korea Green Growth Trust Fund | JIT technical assistance | Egypt - Alexandria smart mobility diagnostic and investment options | USD 350,000 | FY26 | Bank-executed",
      "planning_consulting", ["mobility"], "identification", "city", DEV,
      "oda_consulting", "advanced_infrastructure", "existing_city", ["21011"],
      "Diagnostic whose purpose is to identify investments -> identification (convention); trust-fund TA -> oda_consulting."),
    E("en", "eu_foreign", "budget_line",
      "Vienna Smart Climate City Strategy update",
      "City of Vienna | Budget 2026 | Municipal Department ○○ (urban development and planning) | Smart Climate City Strategy: update of targets and monitoring report | EUR 0.9 m",
      "planning_consulting", ["environment_waste", "energy"], "master_planning", "city", HIC,
      "foreign_own", "platform_centered", "existing_city", ["41010", "43031"],
      "Strategy update -> planning_consulting; generic strategy -> platform_centered (convention)."),
    E("en", "national_rnd", "budget_line",
      "Data-driven smart city R&D, year 4",
      "MOLIT-MSIT joint national R&D | Smart city innovation growth engine: data-driven urban problem solving | Year 4 of 5 | living-lab testbeds in Daegu and Siheung | KRW 9.6 bn",
      "rnd", ["data_platform_infra", "governance_admin"], "pilot", "national", DOM,
      "national_rnd", "innovation_space", "existing_city", ["32182", "22040"],
      "Two testbed cities at once -> national; living-lab testbeds are what is built -> innovation_space; testbed year -> pilot."),
    E("en", "ppp", "narrative",
      "Korean consortium proposes smart car parks with EV charging in Ho Chi Minh City",
      "A consortium of a Korean parking operator and a charging-equipment maker (○○) has submitted a "
      "pre-feasibility proposal to the Ho Chi Minh City transport department for four automated multi-storey "
      "car parks near metro line 1 stations, with licence-plate recognition, app-based booking and 200 EV "
      "chargers, to be financed under a build-operate-transfer concession. The city has not yet decided "
      "whether to include the project in its PPP list.",
      "solution_deployment", ["mobility", "energy"], "identification", "site", DEV,
      "local_private", "advanced_infrastructure", "existing_city", ["21020", "23642"],
      "Unsolicited proposal not yet accepted -> identification; four facilities -> site; private concession -> local_private."),
    E("en", "koica", "misleading",
      "Project for Improving Solid Waste Collection in Siem Reap",
      "The KOICA grant (USD 4.8 million, 2025-2028) introduces a digital collection system across Siem Reap "
      "city: ultrasonic fill-level sensors on 1,500 street bins around the temple tourism zone and markets, "
      "GPS and RFID on 45 collection trucks, route optimisation software and a dashboard at the municipal "
      "waste office, plus a public complaints app. A transfer station is also rehabilitated.",
      "solution_deployment", ["environment_waste", "culture_tourism"], "implementation", "city", DEV,
      "oda_grant", "advanced_infrastructure", "existing_city", ["14050", "22040"],
      "Plain title over smart content -> smart waste solution; bin/truck sensors dominate -> advanced_infrastructure."),
    E("en", "foreign_gov", "misleading",
      "Smart City Beautification Drive - MG Road Corridor",
      "○○ Municipal Corporation (Karnataka) will carry out facade repainting, new granite footpaths, benches, "
      "planters and landscaped medians along 6 km of MG Road under its smart city programme. The works are "
      "civil and horticultural only; existing streetlights and signals are retained.",
      "solution_deployment", ["housing_facility", "culture_tourism"], "implementation", "site", DEV,
      "foreign_own", "advanced_infrastructure", "existing_city", ["43032"],
      "non-smart: public-realm works under a smart label; nearest labels by convention; one road corridor -> site; public space -> housing_facility."),
    E("en", "edcf", "tender",
      "EDCF - Consulting services for the feasibility study of an Intelligent Transport System for Greater Asuncion",
      "Republic of Paraguay, Ministry of Public Works and Communications. Funded under the EDCF feasibility "
      "study programme of the Export-Import Bank of Korea. Scope: traffic surveys in Asuncion and 10 "
      "neighbouring municipalities, ITS master architecture, traffic control centre and signal network, public "
      "transport priority, economic and financial analysis and an EDCF loan application package. Duration: "
      "10 months. Short-listed Korean firms only.",
      "planning_consulting", ["mobility"], "master_planning", "national", DEV,
      "oda_loan", "advanced_infrastructure", "existing_city", ["21011", "21020"],
      "EDCF-funded F/S -> oda_loan (program follows financing channel); metropolitan area of 11 municipalities -> national."),
    E("en", "eu_foreign", "row",
      "Intelligent Cities Challenge mentoring",
      "European Commission | Intelligent Cities Challenge | mentoring network for 20 mid-sized European cities on green and digital transition, local industry and skills | 2024-2026 | expert support + peer learning",
      "institution_capacity", ["governance_admin", "industry_economy"], "implementation", "national", HIC,
      "foreign_own", "platform_centered", "existing_city", ["43031", "25010"],
      "Network/mentoring -> institution_capacity; 20 cities -> national; generic -> platform_centered (convention)."),
    E("en", "mdb", "misleading",
      "Mathare Smart Settlement Upgrading",
      "Financed by an IDA credit to the Government of Kenya, the upgrading of the Mathare informal settlement "
      "in Nairobi consists of 11 km of paved access roads and footpaths, storm drains, high-mast floodlights, "
      "20 water kiosks with prepaid token dispensers and tenure regularisation for about 9,000 households. "
      "Apart from the prepaid dispensers, no digital component is planned.",
      "city_development", ["housing_facility", "water", "safety_disaster"], "implementation", "district", DEV,
      "oda_loan", "advanced_infrastructure", "regeneration", ["16040", "14030", "43032"],
      "Mostly conventional upgrading under a 'smart' title; area package -> city_development; informal settlement upgrading -> regeneration (convention)."),
]

# --------------------------------------------------------------------------- Korean
KO = [
    E("ko", "koica", "oda_db",
      "베트남 후에시 스마트 문화관광 플랫폼 구축사업",
      "국가: 베트남 | 협력기관: 후에시 문화체육관광국(○○) | 지원형태: KOICA 프로젝트형 무상원조 | 사업기간: "
      "2025~2028 | 예산: 800만 불 | 주요내용: 후에 왕궁 등 유적지 방문객 통합 관광정보 플랫폼, 다국어 모바일 "
      "앱과 AR 해설, 관광객 유동 분석 대시보드, 디지털 사이니지 40기 | 추진현황: 착수보고 완료, 시스템 개발 중",
      "solution_deployment", ["culture_tourism", "data_platform_infra"], "implementation", "city", DEV,
      "oda_grant", "platform_centered", "existing_city", ["33210", "22040"],
      "Tourism information platform dominates over 40 signage units -> platform_centered."),
    E("ko", "koica", "misleading",
      "비엔티안 도심 배수 개선사업",
      "KOICA가 1,200만 불을 지원하는 이 사업은 비엔티안 도심 4개 군(찬타부리·시사타낙·사이세타·시코타봉)에 "
      "강우량계 25곳과 수위 센서 40곳을 설치하고, 메콩강 수위와 기상 예보를 연계한 침수 예측·경보 플랫폼을 "
      "시청 상황실에 구축하며, 주민에게 문자 경보를 발송한다. 배수 펌프장 2곳에는 원격 제어 장치가 설치된다. "
      "현재 장비 설치가 진행 중이다.",
      "solution_deployment", ["safety_disaster", "water"], "implementation", "city", DEV,
      "oda_grant", "advanced_infrastructure", "existing_city", ["43060", "14015"],
      "Plain 'drainage' title over sensors + warning platform -> smart; four central districts = built-up city -> city."),
    E("ko", "koica", "press",
      "KOICA, 우즈베키스탄 타슈켄트 원격협진 시스템 개통",
      "한국국제협력단(KOICA)은 우즈베키스탄 보건부와 함께 타슈켄트시 유누소바드구와 칠란자르구의 가족진료소 "
      "12곳을 거점병원과 연결하는 원격협진 시스템을 개통했다고 밝혔다. 화상진료 장비와 전자의무기록 연동, "
      "만성질환자 원격 모니터링 기기 1,500대가 보급됐고 의료진 120명이 교육을 받았다. KOICA는 2년간 운영을 "
      "지원한 뒤 성과를 보고 다른 지역으로의 확산을 검토할 예정이다.",
      "solution_deployment", ["welfare_health", "data_platform_infra"], "operation_diffusion", "district", DEV,
      "oda_grant", "platform_centered", "existing_city", ["12220", "22040"],
      "Clinics serving two districts -> district (service area convention); opening -> operation_diffusion."),
    E("ko", "koica", "tender",
      "[입찰공고] 에티오피아 아다마시 스마트시티 마스터플랜 수립 용역",
      "한국국제협력단 공고 제2026-○○호. 사업명: 에티오피아 아다마시 스마트시티 마스터플랜 수립사업. "
      "과업내용: 도시 현황 진단, 스마트시티 비전 및 전략, 교통·상수도·행정 분야 우선 솔루션 도출, 통합운영센터 "
      "구상, 후속 투자사업(유·무상) 발굴 및 재원조달 방안. 과업기간: 착수일로부터 14개월. 추정가격: 23억 원"
      "(부가세 포함). 입찰방식: 협상에 의한 계약, 기술·가격 분리 동시입찰.",
      "planning_consulting", ["governance_admin", "mobility", "water"], "master_planning", "city", DEV,
      "oda_grant", "platform_centered", "existing_city", ["43031"],
      "KOICA-funded plan -> oda_grant (program follows financing); generic multi-sector plan -> platform_centered."),
    E("ko", "koica", "budget_line",
      "누산타라 신수도 자율주행 셔틀 실증 지원",
      "KOICA 2026 예산(안) | 인도네시아 | 누산타라 신행정수도 핵심지구 자율주행 셔틀 및 스마트 정류장 실증 | 2026~2029 | 1,200만 불 | 신규(사업 착수 전)",
      "pilot_demonstration", ["mobility"], "identification", "site", DEV,
      "oda_grant", "advanced_infrastructure", "new_development", ["21012", "21020"],
      "New budget line for a project not yet started -> identification (convention); demonstration zone -> site."),
    E("ko", "edcf", "oda_db",
      "탄자니아 다르에스살람 배전망 현대화 및 원격검침(AMI) 구축사업",
      "국가: 탄자니아 | 지원형태: EDCF 차관 | 승인액: 9,500만 달러 | 시행기관: ○○(국영 전력회사) | 사업내용: "
      "다르에스살람시 33kV·11kV 배전선로 개량, 배전자동화(DAS), 스마트미터 20만 호 보급, 계량데이터관리시스템"
      "(MDMS) 구축 | 사업기간: 2024~2029 | 진도: 기자재 조달 중",
      "solution_deployment", ["energy", "data_platform_infra"], "implementation", "city", DEV,
      "oda_loan", "advanced_infrastructure", "existing_city", ["23630", "23183"],
      "Grid modernisation with AMI -> energy; meters and automation hardware -> advanced_infrastructure."),
    E("ko", "edcf", "press",
      "수출입은행, 필리핀 다바오시 공공안전 통합관제센터 EDCF 차관 협정 체결",
      "한국수출입은행은 필리핀 정부와 다바오시 공공안전 통합관제센터 구축사업에 EDCF 차관 5,800만 달러를 "
      "지원하는 협정을 체결했다고 밝혔다. 사업은 시 전역의 교통·방범 CCTV 1,800대와 재난 감지 센서를 하나의 "
      "통합관제센터로 연결하고, 경찰·소방·재난관리 기관과 실시간 영상과 정보를 공유하는 플랫폼을 구축하는 "
      "내용이다. 2026년 설계에 착수해 2029년 준공을 목표로 한다.",
      "solution_deployment", ["safety_disaster", "data_platform_infra", "mobility"], "implementation", "city", DEV,
      "oda_loan", "platform_centered", "existing_city", ["15132", "43060", "22040"],
      "Signed loan agreement -> implementation (convention); integration centre is the core -> platform_centered."),
    E("ko", "edcf", "row",
      "콜롬보 교외 도로 확장",
      "EDCF | 스리랑카 | 콜롬보 교외 ○○~○○ 간 도로 4차로 확장 12km | 차관 | 시공 중(공정 60%)",
      "solution_deployment", ["mobility"], "implementation", "site", DEV,
      "oda_loan", "advanced_infrastructure", "existing_city", ["21020"],
      "non-smart: road widening; nearest labels by convention; road section -> site."),
    E("ko", "ksp", "narrative",
      "2025 베트남 KSP: 스마트도시 개발·관리에 관한 법제 정비 자문",
      "기획재정부 경제발전경험공유사업(KSP)의 하나로, 한국 연구진은 베트남 건설부와 함께 스마트도시 개발과 "
      "관리에 관한 시행령 제정을 자문했다. 한국의 스마트도시법과 인증제, 데이터 공유 규정을 비교 분석하고, "
      "중앙정부와 성(省) 간 역할 분담, 스마트도시 사업 재원 조달, 개인정보 보호 기준을 담은 정책 권고안을 "
      "제시했다. 최종보고회는 하노이에서 열렸으며 권고안은 시행령 초안 작성에 반영될 예정이다.",
      "planning_consulting", ["governance_admin"], "master_planning", "national", DEV,
      "oda_consulting", "platform_centered", "existing_city", ["43031", "15110"],
      "Advisory on a decree = planning_consulting by convention; completed consulting stays master_planning."),
    E("ko", "ksp", "oda_db",
      "KSP 공동컨설팅: 보고타 교통 데이터 통합 플랫폼 구축 전략",
      "사업명: 2024/25 한-콜롬비아 KSP 공동컨설팅 | 공동수행: 미주개발은행(IDB) | 수원기관: 보고타시 교통국 | "
      "과제: 버스·자전거·택시 운행 데이터와 신호 데이터를 통합하는 교통 데이터 플랫폼의 아키텍처, 데이터 "
      "거버넌스, 단계별 구축 로드맵 및 IDB 차관 연계 방안 | 현황: 정책자문 최종보고서 제출",
      "planning_consulting", ["mobility", "data_platform_infra"], "master_planning", "city", DEV,
      "oda_consulting", "platform_centered", "existing_city", ["21011", "22040"],
      "Strategy for a data platform -> platform_centered; KSP joint consulting with IDB -> oda_consulting."),
    E("ko", "ksp", "budget_line",
      "KSP 아세안 스마트시티 정책자문",
      "기획재정부 | 2026 | 경제발전경험공유사업(KSP) 주제별 정책자문 | 아세안 3개국(라오스·캄보디아·필리핀) 스마트시티 추진전략 | 15억 원",
      "planning_consulting", ["governance_admin"], "master_planning", "national", DEV,
      "oda_consulting", "platform_centered", "existing_city", ["43031", "15110"],
      "Multi-country policy consulting -> national; generic -> platform_centered."),
    E("ko", "kcn", "press",
      "국토부, 태국 동부경제회랑(EEC) 스마트시티 기본구상 수립 지원 착수",
      "국토교통부는 K-City Network 계획수립 지원사업으로 태국 동부경제회랑 사무국과 함께 촌부리주 일대 약 "
      "2,400ha 신도시 예정지의 스마트시티 기본구상 수립에 착수했다고 밝혔다. 한국 컨소시엄은 10개월 동안 "
      "산업·주거 복합 토지이용, 자율주행·수소 모빌리티, 재생에너지 마이크로그리드, 투자유치 전략을 담은 "
      "기본구상을 마련하고, 후속 투자개발사업 참여를 모색한다.",
      "planning_consulting", ["industry_economy", "mobility", "energy"], "master_planning", "district", DEV,
      "kcn", "platform_centered", "new_development", ["43031", "25010"],
      "KCN 계획수립 for a new town site inside a province -> district + new_development; mixed package -> platform_centered (convention)."),
    E("ko", "kcn", "oda_db",
      "K-City Network 해외실증: 아스타나 수요응답형 버스(DRT) 실증",
      "사업구분: K-City Network 해외실증형 | 국가: 카자흐스탄 | 대상지: 아스타나시 ○○ 신규 주거지구(인구 약 "
      "6만 명) | 참여기업: ○○모빌리티 | 사업비: 12억 원(국비 70%) | 내용: AI 배차 플랫폼과 승객 앱을 적용해 "
      "15인승 차량 8대로 지하철·BRT 환승 연계형 DRT 운행, 6개월간 대기시간·이용률 검증 | 현황: 운행 실증 진행 중",
      "pilot_demonstration", ["mobility"], "pilot", "district", DEV,
      "kcn", "platform_centered", "new_development", ["21012"],
      "Dispatch software is what is built -> platform_centered; newly built residential district -> new_development."),
    E("ko", "kcn", "tender",
      "[입찰] K-City Network 계획수립 지원 - 에콰도르 과야킬 스마트 하천관리 타당성조사 용역",
      "발주: ○○(K-City Network 사업 전담기관) | 대상: 과야킬시 도심 에스테로 살라도 4km 구간 | 과업: 수질·수위 "
      "모니터링 센서망, 우수토실 원격 제어, 침수 경보 체계의 기술적·경제적 타당성 검토, 기본계획 및 개략 "
      "사업비 산정, 후속 MDB 재원 연계 방안 | 기간: 8개월 | 예정가격: 9억 원",
      "planning_consulting", ["water", "safety_disaster"], "master_planning", "site", DEV,
      "kcn", "advanced_infrastructure", "existing_city", ["14015", "43060"],
      "F/S of a 4 km river section -> site; plan proposes sensors and remote control -> advanced_infrastructure."),
    E("ko", "kcn", "row",
      "타슈켄트 스마트 열계량 실증",
      "KCN | 2023 | 우즈베키스탄 타슈켄트 ○○구 노후 아파트 6개 동 | 스마트 열량계·원격검침 실증 | 해외실증형 | 완료(결과보고서 제출)",
      "pilot_demonstration", ["energy"], "pilot", "site", DEV,
      "kcn", "advanced_infrastructure", "existing_city", ["23183", "23620"],
      "Completed pilot keeps stage pilot (last stage reached); six buildings -> site; old buildings alone are not regeneration."),
    E("ko", "mdb", "oda_db",
      "세계은행 KGGTF 기술협력: 메데진 스마트 물관리 로드맵",
      "재원: 세계은행 한국녹색성장신탁기금(KGGTF) | 국가: 콜롬비아 | 수혜기관: 메데진 공공 상하수도 사업자(○○) | "
      "지원규모: 40만 달러 | 내용: 한국 수자원 전문가 자문을 통한 스마트 물관리(누수 감지, 스마트 미터링, "
      "실시간 수질 감시) 도입 로드맵과 우선 투자사업 타당성 검토 | 기간: 2025.3~2026.2 | 상태: 최종보고서 작성 중",
      "planning_consulting", ["water"], "master_planning", "city", DEV,
      "oda_consulting", "advanced_infrastructure", "existing_city", ["14010", "14021"],
      "Trust-fund TA for a roadmap -> oda_consulting (convention); roadmap proposes metering/sensors -> advanced_infrastructure."),
    E("ko", "mdb", "oda_db",
      "KOAFEC 지원 세네갈 디암니아지오 신도시 스마트시티 마스터플랜",
      "재원: 한-아프리카 경제협력(KOAFEC) 신탁기금, 아프리카개발은행(AfDB) 집행 | 국가: 세네갈 | 수원기관: ○○"
      "(신도시 개발청) | 대상: 다카르 외곽 디암니아지오 신도시 | 규모: 120만 달러 | 내용: 스마트 행정·교통·에너지 "
      "통합 마스터플랜, 데이터센터 및 통합운영센터 개념설계, PPP 구조 검토 | 상태: 2025년 착수, 중간보고 완료",
      "planning_consulting", ["governance_admin", "mobility", "energy"], "master_planning", "city", DEV,
      "oda_consulting", "platform_centered", "new_development", ["43031", "15110"],
      "Whole new city -> city + new_development; MDB trust-fund plan -> oda_consulting."),
    E("ko", "mdb", "misleading",
      "ADB, 메트로마닐라 홍수관리 사업 2단계 승인",
      "아시아개발은행(ADB) 이사회가 필리핀 메트로마닐라 홍수관리 사업 2단계에 2억 달러 차관을 승인했다. "
      "2단계는 노후 배수 펌프장 36곳을 원격 감시·제어 체계로 연결하고, 기존 강우·수위 관측소 120곳의 자료를 "
      "통합하는 홍수 예측·경보 플랫폼을 구축한다. 사업 대상은 메트로마닐라 16개 시 전역이다.",
      "solution_deployment", ["safety_disaster", "water"], "implementation", "national", DEV,
      "oda_loan", "platform_centered", "existing_city", ["43060", "14022"],
      "Plain 'flood management' title over remote control + forecasting platform -> smart; integrates existing stations -> platform_centered; 16 cities -> national; approval -> implementation."),
    E("ko", "central_gov", "press",
      "세종 5-1생활권 스마트시티 국가시범도시 조성 본격화",
      "국토교통부와 ○○청은 세종 5-1생활권(약 274만㎡) 스마트시티 국가시범도시의 부지 조성과 함께 "
      "모빌리티·에너지·헬스케어 스마트 서비스 인프라 구축 공사를 본격화한다고 밝혔다. 자율주행 셔틀 전용 "
      "도로, 공유 모빌리티 거점, 도시 데이터 허브 기반 통합 서비스, 원격 헬스케어 센터가 단계적으로 들어서며 "
      "2027년 첫 입주를 목표로 한다.",
      "city_development", ["mobility", "energy", "welfare_health"], "implementation", "district", DOM,
      "national_program", "platform_centered", "new_development", ["43032", "21012"],
      "National pilot city = city_development; Sejong named but only the 5-1 living zone -> district; data hub integrates services -> platform_centered."),
    E("ko", "central_gov", "budget_line",
      "스마트도시 통합플랫폼 기반구축",
      "국토교통부 | 2026 예산 | 스마트도시 통합플랫폼 기반구축(지자체 보조) | 12개 시·군 × 6억 원 | 국비 50%·지방비 50% | 112·119·재난 연계 서비스 보급",
      "solution_deployment", ["data_platform_infra", "safety_disaster"], "operation_diffusion", "national", DOM,
      "national_program", "platform_centered", "existing_city", ["22040", "15132"],
      "Diffusion of a standard platform to 12 local governments -> operation_diffusion + national."),
    E("ko", "central_gov", "tender",
      "○○시 스마트시티형 도시재생 뉴딜사업 스마트솔루션 구축 용역 입찰공고",
      "경상북도 ○○시 공고. 사업위치: ○○시 원도심 도시재생활성화지역(약 18만㎡). 과업내용: 공유주차 시스템 "
      "4개소, 스마트 횡단보도 6개소, 독거노인 IoT 안부확인 센서 200가구, 골목길 스마트 보안등 120기 및 통합 "
      "관리 앱 구축. 재원: 국비(도시재생 뉴딜) 60%, 도비·시비 40%. 사업기간: 계약일로부터 12개월. 입찰방식: "
      "제한경쟁(정보통신공사업 등록업체), 협상에 의한 계약.",
      "city_development", ["mobility", "welfare_health", "safety_disaster"], "implementation", "district", DOM,
      "national_program", "advanced_infrastructure", "regeneration", ["43032", "21020", "16010"],
      "스마트시티형 도시재생 = city_development (taxonomy); only the 18 ha regeneration area -> district; 60% national -> national_program."),
    E("ko", "central_gov", "row",
      "지능형 CCTV 선별관제 확대",
      "행정안전부 | 지능형 선별관제(영상분석 카메라·서버) 확대 보급 | 전국 40개 시·군·구 CCTV 통합관제센터 | 국비 50% 보조 | 2026",
      "solution_deployment", ["safety_disaster"], "operation_diffusion", "national", DOM,
      "national_program", "advanced_infrastructure", "existing_city", ["15132"],
      "Expansion to 40 local governments -> operation_diffusion + national; analytic cameras -> advanced_infrastructure."),
    E("ko", "central_gov", "budget_line",
      "스마트시티 혁신인재육성",
      "국토교통부 | 2026 | 스마트시티 혁신인재육성(특성화 대학원 지원) | 8개 대학원 × 4.7억 원 | 계속사업(6년차)",
      "institution_capacity", ["industry_economy", "governance_admin"], "operation_diffusion", "national", DOM,
      "national_program", "platform_centered", "existing_city", ["11420", "43031"],
      "Workforce training -> institution_capacity; established recurring programme -> operation_diffusion (convention); generic -> platform_centered."),
    E("ko", "central_gov", "misleading",
      "○○구 '스마트 안전마을' 조성사업",
      "부산 ○○구는 행정안전부 공모사업에 선정된 ○○동 노후 주거지 일원(약 6만㎡)에 '스마트 안전마을'을 "
      "조성한다. 사업비 10억 원(특별교부세 5억 원 포함)으로 담장 정비와 벽화, 계단 난간, 보안등 LED 교체, "
      "과속방지턱과 반사경 설치 등 물리적 환경 개선을 추진하며, 별도의 정보통신 장비나 관제 연계는 포함되지 "
      "않는다.",
      "city_development", ["safety_disaster", "housing_facility"], "implementation", "district", DOM,
      "national_program", "advanced_infrastructure", "regeneration", ["43032"],
      "non-smart: physical CPTED works under a smart name; area package -> city_development by convention; ageing residential area -> regeneration."),
    E("ko", "local_gov", "press",
      "서울 성동구, 스마트 횡단보도 30곳으로 확대",
      "서울 성동구는 보행자가 감지되면 바닥 신호등과 음성 안내가 작동하고 차량 번호판 인식으로 신호위반을 "
      "계도하는 스마트 횡단보도를 올해 구 전역 어린이보호구역 등 30곳으로 확대한다고 밝혔다. 사업비는 전액 "
      "구비 9억 원이다. 구는 2021년 시범 설치 이후 무단횡단이 40% 줄었다고 설명했다.",
      "solution_deployment", ["safety_disaster", "mobility"], "operation_diffusion", "city", DOM,
      "local_private", "advanced_infrastructure", "existing_city", ["21020"],
      "Expansion after a pilot -> operation_diffusion; gu-wide coverage and a 자치구 counts as city (convention)."),
    E("ko", "local_gov", "budget_line",
      "스마트 버스정류장 유지관리",
      "○○시(경기) 2026 본예산 | 교통정책과 | 스마트 버스정류장(냉난방·공기정화·BIS) 유지관리 | 45개소 | 3억 2천만 원 | 시비 100%",
      "solution_deployment", ["mobility", "welfare_health"], "operation_diffusion", "city", DOM,
      "local_private", "advanced_infrastructure", "existing_city", ["21012"],
      "Maintenance -> operation_diffusion; network of shelters across the city -> city."),
    E("ko", "local_gov", "tender",
      "○○군 스마트 지방상수도 관리체계 구축사업 입찰공고",
      "전라남도 ○○군 공고. 환경부 국고보조(70%)로 추진하는 스마트 지방상수도 관리체계 구축사업의 시공사를 "
      "선정한다. 군 전역 급수구역에 블록 유량계 42개소, 수질 자동측정기 15개소, 스마트 원격검침 1만 2천 전, "
      "관망 관리 플랫폼을 구축한다. 공사기간 18개월, 추정금액 86억 원, 정보통신공사업 및 상하수도설비공사업 "
      "공동도급 가능.",
      "solution_deployment", ["water"], "implementation", "city", DOM,
      "national_program", "advanced_infrastructure", "existing_city", ["14021"],
      "Local tender but 70% national subsidy -> national_program (program follows main funder); whole 군 -> city."),
    E("ko", "local_gov", "row",
      "광안리 드론 인명구조 실증",
      "부산 수영구 | 광안리해수욕장 | 드론 튜브 투하 인명구조 실증 | 2025 여름 | 구비 2억",
      "pilot_demonstration", ["safety_disaster", "culture_tourism"], "pilot", "site", DOM,
      "local_private", "advanced_infrastructure", "existing_city", ["15133"],
      "One beach -> site; own budget -> local_private."),
    E("ko", "local_gov", "budget_line",
      "디지털트윈 기반 도시관리 플랫폼 구축",
      "대전광역시 | 2026 본예산 | 스마트도시과 | 디지털트윈 기반 도시관리 플랫폼 구축(2차년도): 3D 공간정보 고도화, 도시계획·교통·침수 시뮬레이션 | 28억 원 | 시비 100%",
      "solution_deployment", ["data_platform_infra", "governance_admin"], "implementation", "city", DOM,
      "local_private", "platform_centered", "existing_city", ["43031", "22040"],
      "Year 2 of the build -> implementation; digital twin -> platform_centered."),
    E("ko", "local_gov", "misleading",
      "○○동 도시재생 골목길 정비사업",
      "경기 ○○시는 ○○동 도시재생활성화지역 골목길 정비를 마무리하고 주민 이용을 시작했다. 포장 교체와 함께 "
      "사람이 다가오면 밝아지는 IoT 보안등 150기, 화재 감지 시 119와 관리인에게 자동 통보하는 무선 화재감지기 "
      "300가구, 거주자 우선주차면을 비는 시간에 공유하는 주차공유 앱을 도입했다. 사업비는 시비 22억 원이다.",
      "city_development", ["safety_disaster", "mobility"], "operation_diffusion", "district", DOM,
      "local_private", "advanced_infrastructure", "regeneration", ["43032", "15133"],
      "Plain title over several smart solutions in a regeneration area -> city_development; completed and in use -> operation_diffusion."),
    E("ko", "lh", "press",
      "인천계양 신도시 스마트도시 기반시설 공사 착수",
      "공공 택지개발사업자 ○○공사는 3기 신도시 인천계양 테크노밸리 공공주택지구(약 333만㎡)에서 스마트도시 "
      "기반시설 공사를 시작했다고 밝혔다. 자가통신망 32km, 스마트폴 120본, 지능형 CCTV와 스마트 횡단보도, "
      "지구 통합운영센터 장비가 포함되며, 비용은 택지 조성원가에 반영된 스마트도시 기반시설 조성비로 충당한다. "
      "준공 후 시설은 인천시로 이관된다.",
      "city_development", ["data_platform_infra", "safety_disaster", "mobility"], "implementation", "district", DOM,
      "development_fee", "advanced_infrastructure", "new_development", ["43032", "22020"],
      "Paid from land-development cost -> development_fee; network and poles dominate -> advanced_infrastructure; new-town district -> district."),
    E("ko", "lh", "budget_line",
      "남양주 왕숙 스마트도시계획 수립 용역",
      "○○공사(공공 택지개발사업자) | 2024~2025 | 남양주 왕숙 공공주택지구 스마트도시계획 및 스마트도시 기반시설 기본설계 용역 | 18억 원 | 택지개발 사업비(기반시설 조성비) 반영",
      "planning_consulting", ["data_platform_infra", "mobility"], "master_planning", "district", DOM,
      "development_fee", "platform_centered", "new_development", ["43031"],
      "Namyangju named but only the Wangsuk housing district is planned -> district; plan + basic design -> planning_consulting."),
    E("ko", "lh", "tender",
      "파주운정3지구 스마트도시 통합운영센터 운영·유지관리 용역",
      "발주: ○○공사 ○○지역본부 | 대상: 파주운정3 택지개발지구 스마트도시 기반시설(통합운영센터, 방범·교통 "
      "CCTV 420대, 자가망, 스마트 정보안내판) | 과업: 24시간 관제 운영 지원, 장애 대응, 예방점검 및 시 이관 전 "
      "인수인계 | 기간: 2년 | 추정가격 14억 원",
      "solution_deployment", ["data_platform_infra", "safety_disaster"], "operation_diffusion", "district", DOM,
      "development_fee", "platform_centered", "new_development", ["43032", "22040"],
      "O&M before handover paid by the developer -> development_fee + operation_diffusion; operation centre -> platform_centered."),
    E("ko", "lh", "misleading",
      "○○ 영구임대주택 노후단지 재정비사업",
      "○○공사는 1990년대 준공된 대구 ○○ 영구임대단지(1,200가구)를 재정비하면서 세대별 IoT 돌봄 센서(움직임·"
      "화재·가스), 원격검침(AMI) 기반 에너지 사용량 알림, 단지 태양광과 에너지관리시스템(EMS)을 도입한다. "
      "재원은 국토교통부 노후 공공임대 그린리모델링 국고보조와 공사 자체 재원이며, 2027년 완공 예정이다.",
      "city_development", ["housing_facility", "welfare_health", "energy"], "implementation", "district", DOM,
      "national_program", "advanced_infrastructure", "regeneration", ["16040", "23183"],
      "Plain title over several smart solutions in an ageing complex -> city_development + regeneration; national subsidy, not land revenue -> national_program."),
    E("ko", "ppp", "press",
      "○○시, 민간투자(ESCO)로 스마트 LED 가로등 2만 등 전환",
      "충남 ○○시는 에너지절약전문기업(ESCO) ○○컨소시엄이 사업비 전액을 투자하고 10년간 절감된 전기요금으로 "
      "상환받는 방식으로 시 전역 가로등·보안등 2만 1천 등을 원격 점멸·조도 제어가 가능한 스마트 LED로 "
      "교체한다고 밝혔다. 고장 자동 감지와 보행량에 따른 디밍 기능이 적용돼 연간 전력 사용량이 55% 줄어들 "
      "것으로 시는 기대했다. 공사는 다음 달 시작된다.",
      "solution_deployment", ["energy", "safety_disaster"], "implementation", "city", DOM,
      "local_private", "advanced_infrastructure", "existing_city", ["23183"],
      "ESCO private investment -> local_private; contract concluded, works next month -> implementation."),
    E("ko", "ppp", "tender",
      "대구 ○○역 환승 스마트 공영주차장·수소충전소 민간투자사업 제안 접수 알림",
      "대구광역시 공고. 민간제안자 ○○컨소시엄이 제출한 '○○역 환승 스마트 공영주차장(540면, 번호판 인식·"
      "모바일 예약·빈자리 안내) 및 수소충전소 복합시설 BTO 민간투자사업' 최초 제안서를 접수하여 "
      "공공투자관리센터에 적격성 조사를 의뢰하였음을 알립니다. 적격성 조사를 통과하면 제3자 제안공고를 거쳐 "
      "우선협상대상자를 지정할 예정입니다.",
      "solution_deployment", ["mobility", "energy"], "identification", "site", DOM,
      "local_private", "advanced_infrastructure", "existing_city", ["21020", "23642"],
      "Unsolicited PPP proposal under eligibility review -> identification (convention); one facility -> site."),
    E("ko", "ppp", "row",
      "부산 EDC 스마트서비스 운영",
      "PPP | 국가시범도시 부산 에코델타시티 | 민관합동 SPC(○○) | 스마트 서비스 운영·리빙랩·규제샌드박스 실증 | 2026~2035 | 민간 투자 + 서비스 수익",
      "city_development", ["data_platform_infra", "mobility", "welfare_health"], "operation_diffusion", "district", DOM,
      "local_private", "innovation_space", "new_development", ["43032", "32182"],
      "Operating phase of a national pilot city -> city_development + operation_diffusion; living lab / sandbox -> innovation_space; SPC money -> local_private."),
    E("ko", "private", "press",
      "○○통신, 강릉 관광지 AR 내비게이션 서비스 출시",
      "이동통신사 ○○는 강원 강릉시와 협력해 경포·안목·중앙시장 등 시내 주요 관광지 12곳에서 증강현실(AR) "
      "길안내와 문화해설, 혼잡도 정보를 제공하는 모바일 서비스를 출시했다고 밝혔다. 개발비는 회사가 전액 "
      "부담했으며 시는 관광 데이터와 공공와이파이를 제공한다.",
      "solution_deployment", ["culture_tourism"], "operation_diffusion", "city", DOM,
      "local_private", "platform_centered", "existing_city", ["33210", "22040"],
      "App/data service -> platform_centered; launched -> operation_diffusion; tourist sites across the city -> city."),
    E("ko", "local_gov", "narrative",
      "판교 제2테크노밸리 자율주행 실증단지",
      "경기도가 조성한 판교 제2테크노밸리 자율주행 실증단지는 입주기업이 실제 도로에서 자율주행차를 시험할 "
      "수 있도록 지구 내 도로 7km에 차량-사물통신(V2X) 노변장치, 정밀지도, 관제센터를 갖추고 운영 중이다. "
      "○○ 등 12개 사가 셔틀과 배송로봇을 시험하고 있으며, 시험 데이터는 개방 플랫폼으로 공유된다. 운영비는 "
      "도비와 입주기업 이용료로 충당한다.",
      "pilot_demonstration", ["mobility", "industry_economy"], "operation_diffusion", "district", DOM,
      "local_private", "innovation_space", "new_development", ["32182", "21020"],
      "Permanent testbed in operation -> operation_diffusion (convention); provincial own budget + fees -> local_private."),
    E("ko", "national_rnd", "row",
      "하수관로 진단 로봇 R&D",
      "국가R&D | 환경부 ○○사업 | 노후 하수관로 자율 진단 로봇 및 AI 결함 판독 기술개발 | 2024~2027(2차년도) | 실험실·모의관로 시험 단계 | 정부출연금 31억",
      "rnd", ["water", "housing_facility"], "implementation", "national", DOM,
      "national_rnd", "advanced_infrastructure", "existing_city", ["32182", "14022"],
      "R&D in lab development -> implementation; no field site -> national (convention)."),
    E("ko", "national_rnd", "tender",
      "2026년도 국토교통 R&D 신규과제 공고 - 도시침수 실시간 예측·대응 플랫폼 기술개발",
      "○○원 공고 제2026-○○호. 국토교통부 국가연구개발사업 신규과제로 '도시침수 실시간 예측·대응 플랫폼 "
      "기술개발'(총 연구기간 4년 9개월, 정부출연금 총 120억 원 내외)을 공모합니다. 연구 범위는 고해상도 강우 "
      "예측, 하수관망·지표 침수 결합 모델, 지하차도·반지하 주택 경보 연계, 2개 이상 지자체 현장 실증 계획을 "
      "포함해야 합니다. 접수 마감: 3월 28일.",
      "rnd", ["safety_disaster", "water", "data_platform_infra"], "identification", "national", DOM,
      "national_rnd", "platform_centered", "existing_city", ["32182", "43060"],
      "Call for proposals, nothing started -> identification; multi-city R&D -> national."),
    E("ko", "national_rnd", "row",
      "노후 지하시설물 사고예측 센서 R&D 실증",
      "국가R&D | 행안부·국토부 | 노후 상수관·통신구 등 지하시설물 사고 예측 AI 센서 기술개발 | 3년차 | 서울 ○○구 ○○로 2km 구간 현장실증 | 21억",
      "rnd", ["housing_facility", "safety_disaster"], "pilot", "site", DOM,
      "national_rnd", "advanced_infrastructure", "existing_city", ["32182", "43060"],
      "Underground utilities -> housing_facility first; 2 km road section testbed -> site; field verification -> pilot."),
    E("ko", "eu_foreign", "narrative",
      "싱가포르 전국 디지털트윈 '버추얼 싱가포르' 운영 현황",
      "싱가포르 정부 기관들은 도시국가 전역을 3차원으로 구현한 디지털트윈 플랫폼을 운영하며 건물 인허가, "
      "일조·통풍 분석, 태양광 설치 적지 선정, 지하공간 계획 등에 활용하고 있다. 각 부처의 공간·센서 데이터를 "
      "공통 표준으로 통합하고, 일부 데이터는 시민과 기업에 개방한다.",
      "solution_deployment", ["data_platform_infra", "governance_admin"], "operation_diffusion", "city", HIC,
      "foreign_own", "platform_centered", "existing_city", ["43031", "22040"],
      "City-state -> city (convention); platform in use -> operation_diffusion."),
    E("ko", "eu_foreign", "press",
      "바르셀로나, 에이샴플레 '슈퍼블록' 녹색축 4개 추가 조성",
      "스페인 바르셀로나시는 에이샴플레 지구의 교차로 21곳을 차량 통행을 제한한 광장으로 바꾸고 4개 가로를 "
      "보행 중심 녹색축으로 전환하는 공사를 시작했다고 발표했다. 사업은 포장 교체, 가로수와 투수성 포장, "
      "벤치와 놀이공간 설치로 이뤄지며 센서나 디지털 장비는 포함되지 않는다. 시비 5,200만 유로가 투입된다.",
      "city_development", ["mobility", "environment_waste"], "implementation", "district", HIC,
      "foreign_own", "advanced_infrastructure", "existing_city", ["43032", "21011"],
      "non-smart: street redesign; nearest labels by convention; Barcelona named but only part of Eixample -> district."),
    E("ko", "eu_foreign", "row",
      "아이즈와카마쓰 옵트인 데이터 스마트시티",
      "일본 후쿠시마현 아이즈와카마쓰시 | 시민 동의(옵트인) 기반 데이터 연계 플랫폼 | 행정·의료·교육 디지털 서비스 30여 종 | 시·대학·민간 협력 | 운영 중",
      "solution_deployment", ["data_platform_infra", "governance_admin", "welfare_health"], "operation_diffusion",
      "city", HIC, "foreign_own", "platform_centered", "existing_city", ["15110", "22040"],
      "City-led data-linkage platform in operation -> platform_centered + operation_diffusion; Japan -> overseas_developed."),
    E("ko", "eu_foreign", "misleading",
      "○○건설, 사우디 네옴 스마트시티 프로젝트 수주",
      "○○건설은 사우디아라비아 네옴(NEOM)의 선형 도시 '더 라인' 구간에서 고속철도용 지하 터널 12.5km를 "
      "굴착하는 공사를 수주했다고 밝혔다. 공사 범위는 TBM 굴착과 라이닝, 환기구 등 토목공사이며 계약 금액은 "
      "약 1조 3천억 원이다. 발주처는 사우디 국부펀드가 출자한 개발 법인이다.",
      "solution_deployment", ["mobility"], "implementation", "site", HIC,
      "foreign_own", "advanced_infrastructure", "new_development", ["21030"],
      "non-smart: civil tunnelling inside a smart mega-project; Saudi Arabia not on the DAC list -> overseas_developed; state developer pays -> foreign_own."),
    E("ko", "foreign_gov", "budget_line",
      "빈즈엉성 스마트시티 IOC 2단계",
      "베트남 빈즈엉성 | 2025 성 예산 | 성 정보통신국 | 지능형운영센터(IOC) 2단계 확장: 9개 시·군 행정·교통·환경 데이터 연계 | 1,200억 동 | 성 자체예산",
      "solution_deployment", ["data_platform_infra", "governance_admin"], "implementation", "national", DEV,
      "foreign_own", "platform_centered", "existing_city", ["15185", "22040"],
      "Province with nine municipalities -> national (scale table: a region); phase 2 build -> implementation."),
    E("ko", "foreign_gov", "tender",
      "[해외입찰] 우즈베키스탄 뉴타슈켄트 신도시 스마트시티 마스터플랜 및 타당성조사",
      "발주: 우즈베키스탄 ○○(신도시 개발청) | 재원: 정부 자체예산 | 대상: 타슈켄트 동측 약 2만 ha 신도시 | "
      "과업: 스마트 인프라(통신망·통합운영센터·스마트 그리드·모빌리티) 마스터플랜, 단계별 투자계획, 경제성 "
      "분석, PPP 사업구조 | 기간: 12개월 | 제출마감: 2026.5.15 | 국제경쟁입찰(PQ 후 기술·가격 평가)",
      "planning_consulting", ["data_platform_infra", "energy", "mobility"], "master_planning", "city", DEV,
      "foreign_own", "platform_centered", "new_development", ["43031", "22011"],
      "Whole new city -> city; host budget -> foreign_own; F/S tender -> master_planning."),
    E("ko", "koica", "row",
      "키갈리 스마트 교통 (발굴)",
      "KOICA | 2027 신규 후보 | 르완다 키갈리 | 교통신호·버스정보 스마트화 | PCP 접수, 사업발굴조사 예정 | 예상 1,000만 불",
      "solution_deployment", ["mobility"], "identification", "city", DEV,
      "oda_grant", "advanced_infrastructure", "existing_city", ["21020", "21012"],
      "Pipeline (PCP) -> identification, typed by the envisioned project (convention)."),
    E("ko", "edcf", "oda_db",
      "가나 아크라 디지털 주소체계 및 도시 공간정보 구축사업",
      "국가: 가나 | 지원형태: EDCF 차관 | 차관액: 4,200만 달러 | 시행기관: ○○(토지 행정기관) | 대상: 그레이터 "
      "아크라 광역권 중 아크라 메트로폴리탄 구역 | 내용: 도로명·건물번호 부여, 주소 데이터베이스, 3차원 "
      "공간정보 및 지적정보 연계 플랫폼, 주소 안내판 5만 개 설치 | 현황: 시스템 구축 중(공정 35%)",
      "solution_deployment", ["governance_admin", "data_platform_infra"], "implementation", "city", DEV,
      "oda_loan", "platform_centered", "existing_city", ["43031", "15110"],
      "Only the Accra metropolitan assembly area of the region -> city; address/land information platform -> 43031."),
    E("ko", "central_gov", "budget_line",
      "스마트도시 인증 운영",
      "국토교통부 | 2026 | 스마트도시 인증제 운영(인증 평가·국제표준 연계·우수 지자체 컨설팅) | 6억 원 | 계속사업",
      "institution_capacity", ["governance_admin"], "operation_diffusion", "national", DOM,
      "national_program", "platform_centered", "existing_city", ["43031", "32182"],
      "Certification = institution_capacity (taxonomy); continuing programme -> operation_diffusion."),
    E("ko", "koica", "narrative",
      "한-베트남 스마트시티 협력센터 하노이 개소",
      "KOICA 무상원조로 하노이 ○○대학 안에 문을 연 한-베트남 스마트시티 협력센터는 3년 동안 양국 공무원과 "
      "기업의 네트워크를 운영하고, 베트남 스타트업과 한국 기업의 공동 솔루션 발굴을 위한 인큐베이팅 공간과 "
      "매칭 프로그램을 제공한다. 연 2회 정책 포럼과 지방정부 공무원 연수도 맡는다. 첫해에는 20개 스타트업이 "
      "입주했다.",
      "institution_capacity", ["industry_economy", "governance_admin"], "implementation", "national", DEV,
      "oda_grant", "innovation_space", "existing_city", ["25030", "43031"],
      "Cooperation centre = institution_capacity; incubation for start-ups -> innovation_space; national-level centre -> national."),
]


def interleave(a, b):
    out = []
    i = j = 0
    # roughly proportional interleaving so languages are mixed through the file
    while i < len(a) or j < len(b):
        if j < len(b) and (i >= len(a) or j * len(a) <= i * len(b)):
            out.append(b[j]); j += 1
        else:
            out.append(a[i]); i += 1
    return out


def main():
    rows = []
    for n, e in enumerate(interleave(EN, KO), start=1):
        rows.append({
            "id": "k%03d" % n,
            "title": e["title"],
            "description": e["description"],
            "lang": e["lang"],
            "origin": "blind8",
            "split": "blind8",
            "source": None,
            "kind": e["kind"],
            "style": e["style"],
            "labels": e["labels"],
            "crs": e["crs"],
            "notes": e["notes"],
        })
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d entries to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
