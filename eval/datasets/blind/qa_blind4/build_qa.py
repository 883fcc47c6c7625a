#!/usr/bin/env python3
"""Build the blind4 evaluation set (qa_blind4.jsonl).

All items are stored below as Python data. Running this script shuffles them
with random.Random(20261203), assigns ids eq001, eq002, ... in shuffled order
and writes qa_blind4.jsonl next to this file (UTF-8, ensure_ascii=False).

Items were written only from the 18 documents in /work/shared/corpus/.
"""
import json
import os
import random

SPLIT = "blind4"
SEED = 20261203

R000 = "000_8e0e21b7078bb0b8"  # KRIHS WP 22-14, Clark case
R001 = "001_f10dabb5e28a8c07"  # 2018 스마트시티 추진전략
R002 = "002_7bfffe9800fcea94"  # KRIHS issue report 2019
R003 = "003_bea2acfe7f4cca42"  # governance journal paper 2017
R004 = "004_c9995d5d9381f287"  # KCN overseas demonstration article 2025

SCA = "law_smart_city_act"
DEC = "law_smart_city_act_decree"
RUL = "law_smart_city_act_rule"
ODA = "law_oda_framework_act"
EDCF = "law_edcf_act"
OCA = "law_overseas_construction_act"
TRN = "law_transport_system_efficiency_act"
UDA = "law_urban_development_act"
AV = "law_autonomous_vehicles_act"
SPI = "law_spatial_information_industry_act"
SEJ = "law_sejong_special_act"
IIA = "law_intelligent_informatization_act"
URA = "law_urban_regeneration_act"

ITEMS = []


def A(doc, section, lang, qtype, question, evidence, key_facts, reference, topic):
    """Answerable item."""
    ITEMS.append({
        "question": question,
        "lang": lang,
        "answerable": True,
        "doc_id": doc,
        "section": section,
        "evidence": list(evidence),
        "key_facts": list(key_facts),
        "reference": reference,
        "qtype": qtype,
        "topic": topic,
        "split": SPLIT,
    })


def U(lang, qtype, question, reference, topic):
    """Unanswerable near-miss item (absent from all 18 documents)."""
    ITEMS.append({
        "question": question,
        "lang": lang,
        "answerable": False,
        "doc_id": None,
        "section": "",
        "evidence": [],
        "key_facts": [],
        "reference": reference,
        "qtype": qtype,
        "topic": topic,
        "split": SPLIT,
    })


# ---------------------------------------------------------------------------
# 스마트도시법 (law_smart_city_act)
# ---------------------------------------------------------------------------
A(SCA, "제30조 (국제협력 및 해외진출 지원)", "ko", "article",
  "스마트도시법에서 국가가 ODA(무상·유상 협력)로 해외 스마트도시사업을 지원할 수 있다고 정한 조항은 몇 조인가요?",
  ["제30조 (국제협력 및 해외진출 지원)",
   "국가는 「국제개발협력기본법」과 「대외경제협력기금법」에 따른 무상 협력 또는 유상 협력으로 해외 스마트도시사업을 지원할 수 있다."],
  ["제30조"],
  "제30조(국제협력 및 해외진출 지원) 제2항입니다. 국가는 국제개발협력기본법과 대외경제협력기금법에 따른 무상 또는 유상 협력으로 해외 스마트도시사업을 지원할 수 있습니다.",
  "ODA 근거 조항")

A(SCA, "제4조 (스마트도시종합계획의 수립 등)", "en", "when",
  "How often does MOLIT have to put out the national Smart City Comprehensive Plan under the Smart City Act?",
  ["5년 단위로 다음 각 호의 사항이 포함된 스마트도시종합계획(이하 \"종합계획\"이라 한다)을 수립하여야 한다"],
  ["5년"],
  "Every five years: the Minister of Land, Infrastructure and Transport must establish the Smart City Comprehensive Plan in 5-year units (5년 단위, Art. 4(1)).",
  "종합계획 주기")

A(SCA, "제23조 (국가스마트도시위원회)", "ko", "count",
  "국가스마트도시위원회는 위원장·부위원장을 포함해 최대 몇 명으로 구성되나요?",
  ["위원회는 위원장 2명, 부위원장 3명을 포함한 30명 이내의 위원으로 구성한다."],
  ["위원장 2명", "부위원장 3명", "30명"],
  "위원장 2명, 부위원장 3명을 포함한 30명 이내의 위원으로 구성됩니다(제23조제2항).",
  "위원회 구성")

A(SCA, "제23조 (국가스마트도시위원회)", "en", "who",
  "Which officials sit as vice-chairs of Korea's National Smart City Committee?",
  ["부위원장은 과학기술정보통신부차관, 행정안전부차관 및 국토교통부차관으로 하며"],
  ["과학기술정보통신부차관", "행정안전부차관", "국토교통부차관"],
  "The three vice-chairs are the Vice Ministers of Science and ICT (과학기술정보통신부차관), of the Interior and Safety (행정안전부차관) and of Land, Infrastructure and Transport (국토교통부차관) (Art. 23(3)).",
  "위원회 부위원장")

A(SCA, "제24조 (스마트도시사업협의회)", "ko", "count",
  "지자체가 스마트도시건설사업을 추진할 때 꾸려야 하는 스마트도시사업협의회는 위원을 최대 몇 명까지 둘 수 있나요?",
  ["협의회는 다음 각 호에 해당하는 25명 이내의 위원으로 구성한다."],
  ["25명"],
  "25명 이내입니다. 관계 행정기관·지자체 공무원, 사업시행자, 전문가, 대상지역 주민 등으로 구성합니다(제24조제2항).",
  "사업협의회")

A(SCA, "제19조의4 (스마트도시서비스 지원기관의 지정)", "en", "article",
  "I need to cite the Smart City Act provision under which a designated smart city service support agency may help export smart city technology. Which article is it?",
  ["제19조의4 (스마트도시서비스 지원기관의 지정)",
   "스마트도시 및 스마트도시 기술의 해외수출 지원"],
  ["제19조의4"],
  "Article 19-4 (designation of smart city service support agencies); paragraph 2, item 6 lists support for exporting smart cities and smart city technology (스마트도시 및 스마트도시 기술의 해외수출 지원) among the agency's tasks.",
  "지원기관 해외수출")

A(SCA, "제51조 (스마트혁신사업계획의 승인기준 등)", "ko", "factoid",
  "스마트도시법상 스마트혁신사업(규제 샌드박스)의 시행기간은 얼마이고, 연장은 어떻게 할 수 있나요?",
  ["스마트혁신사업의 시행기간은 4년 이내로 하며, 1회에 한하여 2년 이내의 범위에서 대통령령으로 정한 기간 동안 연장할 수 있다."],
  ["4년", "2년"],
  "시행기간은 4년 이내이며, 1회에 한해 2년 이내에서 연장할 수 있습니다. 연장기간 내 허가등법령 정비가 끝나지 않으면 정비 완료 시까지 연장된 것으로 봅니다(제51조제2항).",
  "혁신사업 기간")

A(SCA, "제53조의3 (스마트실증사업의 실증기간 등)", "en", "factoid",
  "For a smart demonstration project (스마트실증사업), how long can the demonstration period run, and how far ahead must an extension be requested?",
  ["스마트실증사업의 실증기간은 4년 이내로 하며",
   "실증기간이 만료되기 2개월 전에 국토교통부장관에게 신청하여야 한다"],
  ["4년", "2개월 전"],
  "Up to 4 years (4년 이내), extendable once by up to 2 years if the relevant laws have not been amended; the extension must be applied for to MOLIT 2 months before expiry (2개월 전).",
  "실증기간")

A(SCA, "제54조 (벌칙)", "ko", "factoid",
  "거짓이나 부정한 방법으로 스마트혁신사업계획 승인을 받으면 어떤 형사처벌을 받나요?",
  ["3년 이하의 징역 또는 3천만원 이하의 벌금에 처한다",
   "거짓이나 그 밖의 부정한 방법으로 스마트혁신사업계획을 승인 받은 자"],
  ["3년 이하의 징역", "3천만원 이하의 벌금"],
  "3년 이하의 징역 또는 3천만원 이하의 벌금에 처해집니다(제54조).",
  "벌칙")

A(SCA, "제55조 (과태료)", "en", "factoid",
  "What is the maximum administrative fine for advertising a smart city certification that was never actually obtained?",
  ["500만원 이하의 과태료를 부과한다",
   "제34조제2항을 위반하여 인증을 받지 아니하고 인증의 표시 또는 이와 유사한 표시를 하거나 인증을 받은 것으로 홍보한 자"],
  ["500만원"],
  "An administrative fine of up to KRW 5 million (500만원 이하의 과태료) under Art. 55(2)3.",
  "과태료 인증표시")

A(SCA, "제3조 (적용 대상)", "ko", "yesno",
  "도시재생 뉴딜 같은 도시재생사업 구역에서 스마트도시건설사업을 하면 스마트도시법이 적용되나요?",
  ["「도시재생 활성화 및 지원에 관한 특별법」에 따른 도시재생사업"],
  ["도시재생사업"],
  "예. 제3조제1항제6호에 따라 도시재생 활성화 및 지원에 관한 특별법에 따른 도시재생사업에서 스마트도시건설사업을 시행하는 경우 스마트도시법이 적용됩니다.",
  "적용대상")

A(SCA, "제35조 (국가시범도시의 지정 등)", "en", "who",
  "Who designates a national pilot smart city (국가시범도시), and what has to happen before the designation?",
  ["국토교통부장관이 제1항에 따라 국가시범도시를 지정하려면 관할 지방자치단체의 장의 의견을 듣고 관계 중앙행정기관의 장과 협의한 후 위원회의 심의를 거쳐야 한다."],
  ["국토교통부장관"],
  "The Minister of Land, Infrastructure and Transport (국토교통부장관) designates it, after hearing the competent local government head, consulting the relevant central agencies and obtaining deliberation by the National Smart City Committee (Art. 35(2)).",
  "국가시범도시 지정")

A(SCA, "제35조 (국가시범도시의 지정 등)", "ko", "factoid",
  "국가시범도시 지정이 관보에 고시되면 관할 지자체장은 관계 서류 사본을 며칠 이상 일반에 열람시켜야 하나요?",
  ["관할 지방자치단체의 장은 관계 서류의 사본에 관한 내용을 14일 이상 일반인이 열람할 수 있도록 하여야 한다"],
  ["14일"],
  "14일 이상 일반인이 열람할 수 있도록 해야 합니다(제35조제6항).",
  "시범도시 고시 열람")

A(SCA, "제31조 (금융지원 등)", "en", "factoid",
  "Which fund can MOLIT draw on to support smart city projects, and which guarantee funds may give them preferential guarantee terms?",
  ["국토교통부장관은 스마트도시사업 등에 대하여 「주택도시기금법」에 따른 주택도시기금을 지원할 수 있다.",
   "설립된 신용보증기금 및 「기술보증기금법」에 따라 설립된 기술보증기금은 스마트도시사업에 보증한도, 보증료 등 보증조건을 우대할 수 있다"],
  ["주택도시기금", "신용보증기금", "기술보증기금"],
  "MOLIT may support smart city projects from the Housing and Urban Fund (주택도시기금); the Korea Credit Guarantee Fund (신용보증기금) and the Korea Technology Finance Corporation fund (기술보증기금) may offer preferential guarantee limits and fees (Art. 31).",
  "금융지원")

A(SCA, "제49조의2 (규제의 신속확인)", "ko", "factoid",
  "스마트도시법 규제 신속확인 절차에서 통보받은 소관 기관이 기한 내 회신하지 않으면 어떻게 처리되나요?",
  ["통보받은 행정기관의 장이 30일 이내에 회신하지 아니하는 때에는 소관 업무에 해당하지 아니하거나 해당 행정기관의 장의 허가등이 필요하지 아니한 것으로 본다"],
  ["30일", "필요하지 아니한 것으로 본다"],
  "30일 이내에 회신하지 않으면 소관 업무가 아니거나 허가등이 필요하지 아니한 것으로 봅니다(제49조의2제4항).",
  "규제 신속확인")

A(SCA, "제2조 (정의)", "en", "definition",
  "Which network defined in the Framework Act on Intelligent Informatization counts as smart city infrastructure in the Smart City Act's definitions?",
  ["「지능정보화 기본법」 제2조제9호에 따른 초연결지능정보통신망"],
  ["초연결지능정보통신망"],
  "The hyper-connected intelligent information network (초연결지능정보통신망) under Art. 2(9) of the Framework Act on Intelligent Informatization is listed as smart city infrastructure (Art. 2(3)(나)).",
  "기반시설 정의")

A(SCA, "제52조 (스마트혁신사업의 변경ㆍ조치ㆍ취소 등)", "ko", "factoid",
  "스마트혁신사업계획 승인을 받고도 정당한 사유 없이 얼마 안에 사업에 착수하지 않으면 승인 취소 사유가 되나요?",
  ["정당한 사유 없이 1년 이내에 스마트혁신사업을 착수하지 아니한 경우"],
  ["1년"],
  "승인 후 정당한 사유 없이 1년 이내에 착수하지 않으면 승인 취소 사유가 됩니다(제52조제5항제4호).",
  "승인 취소")

# ---------------------------------------------------------------------------
# 스마트도시법 시행령 (law_smart_city_act_decree)
# ---------------------------------------------------------------------------
A(DEC, "제4조 (스마트도시의 관리ㆍ운영에 관한 시설)", "ko", "definition",
  "시행령에서 '스마트도시 통합운영센터'는 어떤 시설로 규정되어 있나요?",
  ["스마트도시서비스를 제공하기 위한 복수의 정보시스템을 연계ㆍ통합하여 운영하는 스마트도시 통합운영센터"],
  ["복수의 정보시스템을 연계ㆍ통합하여 운영"],
  "스마트도시서비스 제공을 위해 복수의 정보시스템을 연계·통합하여 운영하는 시설입니다(시행령 제4조제2호).",
  "통합운영센터 정의")

A(DEC, "제17조 (사업시행자)", "en", "factoid",
  "If LH forms a joint venture with private partners to deliver a smart city construction project, what minimum combined equity share must the public side hold?",
  ["법 제12조제1항제1호부터 제3호까지에 해당하는 자의 출자비율 합계가 100분의 20 이상일 것",
   "공동으로 출자하는 민간사업자가 공모의 방법으로 모집되었을 것"],
  ["100분의 20"],
  "The public entities (state, local governments, LH/other designated public bodies, local public corporations) must together hold at least 20% (100분의 20 이상); the private partners must also be recruited by open competition.",
  "공동출자법인 요건")

A(DEC, "제60조 (업무의 위탁)", "ko", "list",
  "시행령 제60조에 따라 국토부장관이 위탁하는 스마트도시 업무와 수탁기관은 각각 어디인가요?",
  ["민간제안사업의 공모 및 지원: 「정부출연연구기관 등의 설립ㆍ운영 및 육성에 관한 법률」 제8조에 따른 국토연구원",
   "스마트도시서비스 관련 정보시스템 연계ㆍ통합 사업비용의 지원: 법 제24조의2에 따른 스마트도시협회",
   "법 제28조제1항에 따른 전문인력의 양성 지원: 국토교통과학기술진흥원"],
  ["국토연구원", "스마트도시협회", "국토교통과학기술진흥원"],
  "민간제안사업 공모·지원은 국토연구원, 정보시스템 연계·통합 사업비 지원은 스마트도시협회, 전문인력 양성 지원은 국토교통과학기술진흥원에 위탁합니다.",
  "업무 위탁")

A(DEC, "제19조 (스마트도시건설사업 실시계획)", "en", "factoid",
  "Which changes to an approved smart city implementation plan count as minor in terms of schedule, budget and site area?",
  ["사업기간을 2년의 범위에서 변경하는 경우",
   "스마트도시건설 사업비를 총사업비의 100분의 10 이내에서 변경하는 경우",
   "스마트도시건설사업 면적을 당초 계획 면적의 100분의 10 이하의 범위에서 변경하는 경우"],
  ["2년", "100분의 10 이내", "100분의 10 이하"],
  "Changing the project period within 2 years, the project cost within 10% of the total (100분의 10 이내), or the area by no more than 10% of the original plan (100분의 10 이하) are minor changes (Decree Art. 19(3)).",
  "실시계획 경미한 변경")

A(DEC, "제20조 (다른 법률에 따른 인ㆍ허가등의 의제 시 협의기간)", "ko", "factoid",
  "스마트도시 실시계획 인허가 의제 협의를 요청받은 관계 중앙행정기관은 며칠 안에 의견을 내야 하나요?",
  ["법 제15조제3항 후단에서 \"대통령령으로 정하는 기간\"이란 20일을 말한다."],
  ["20일"],
  "협의 요청을 받은 날부터 20일 이내입니다(시행령 제20조).",
  "인허가 의제 협의")

A(DEC, "제25조 (국가스마트도시위원회의 구성)", "en", "factoid",
  "What is the term of the expert members MOLIT appoints to the National Smart City Committee?",
  ["국토교통부장관이 위촉하는 위원의 임기는 2년으로 하되, 연임할 수 있다"],
  ["2년"],
  "Two years (2년), renewable (Decree Art. 25(1)).",
  "위원 임기")

A(DEC, "제25조 (국가스마트도시위원회의 구성)", "ko", "who",
  "국가스마트도시위원회 간사는 몇 명이고 누가 맡나요?",
  ["위원회에 간사 2명을 두되",
   "국토교통부 고위공무원단에 속하는 공무원 중에서 국토 또는 도시 관련 분야를 담당하는 자와 행정안전부 고위공무원단에 속하는 공무원 중에서 정보화 관련 분야를 담당하는 자"],
  ["2명", "국토교통부", "행정안전부"],
  "간사 2명으로, 국토교통부 고위공무원 중 국토·도시 분야 담당자와 행정안전부 고위공무원 중 정보화 분야 담당자가 맡습니다.",
  "위원회 간사")

A(DEC, "제28조의2 (스마트도시협회의 설립인가)", "en", "factoid",
  "What founder and attendance thresholds apply when setting up the Smart City Association (스마트도시협회)?",
  ["10인 이상을 발기인으로 하여 창립총회를 소집하고, 스마트도시사업자 30인 이상이 출석한 창립총회에서 출석자 과반수의 동의를 얻어"],
  ["10인 이상", "30인 이상", "과반수"],
  "At least 10 smart city business operators as promoters (10인 이상), an inaugural general meeting attended by at least 30 operators (30인 이상) adopting the articles by majority (과반수) of those present, then MOLIT approval.",
  "협회 설립")

A(DEC, "제30조 (스마트도시 특화단지의 지정 등)", "ko", "factoid",
  "스마트도시 특화단지로 지정받으려면 시행령상 지정 요건을 몇 개 이상 충족해야 하나요?",
  ["다음 각 호의 요건 중 둘 이상을 충족하는 지역을 법 제29조제1항에 따른 스마트도시 특화단지"],
  ["둘 이상"],
  "시행령 제30조제1항 각 호 요건(혁신성장 거점 기능, 연구개발·기반시설 설치 여건, 실증·산업지원 기반 등) 중 둘 이상을 충족해야 합니다.",
  "특화단지")

A(DEC, "제57조 (책임보험 등의 가입)", "en", "factoid",
  "What minimum liability insurance cover must a smart innovation (sandbox) project operator carry for death, injury and property damage?",
  ["사망한 경우에는 1인당 1억5천만원",
   "부상당한 경우에는 1인당 3천만원",
   "재물이 멸실되거나 훼손된 경우에는 사고당 10억원"],
  ["1억5천만원", "3천만원", "10억원"],
  "KRW 150 million per person for death (1억5천만원), KRW 30 million per person for injury (3천만원), and KRW 1 billion per accident for property loss (10억원); after-effect disability is also KRW 150 million per person.",
  "책임보험 한도")

A(DEC, "제58조 (스마트혁신사업의 관리 등에 관한 업무 위탁)", "ko", "who",
  "국토부장관이 스마트혁신사업 관리 업무를 위탁할 수 있는 기관으로 시행령에 명시된 곳은?",
  ["스마트혁신사업의 관리에 관한 업무를 「국토교통과학기술 육성법」 제16조에 따른 국토교통과학기술진흥원"],
  ["국토교통과학기술진흥원"],
  "국토교통과학기술진흥원(또는 장관이 지정하는 스마트도시 관련 전문기관·단체)입니다(시행령 제58조제1항).",
  "혁신사업 관리 위탁")

A(DEC, "제24조 (스마트도시기반시설의 보호)", "en", "factoid",
  "Under the Smart City Act decree, which smart city infrastructure facility must be designated as critical information and communications infrastructure?",
  ["\"대통령령으로 정하는 시설\"이란 제4조제2호에 따른 스마트도시 통합운영센터를 말한다"],
  ["스마트도시 통합운영센터"],
  "The smart city integrated operation centre (스마트도시 통합운영센터) referred to in Decree Art. 4(2); the Minister of the Interior and Safety designates it under Act Art. 22.",
  "기반시설 보호")

A(DEC, "제55조 (스마트혁신사업의 변경ㆍ조치ㆍ취소 등)", "en", "factoid",
  "When MOLIT issues a corrective order to a smart innovation project operator, how long can the correction period be and can it be extended?",
  ["6개월의 범위에서 기간을 정할 수 있다. 다만, 필요한 경우에는 한 차례만 3개월의 범위에서 그 기간을 연장할 수 있다"],
  ["6개월", "3개월"],
  "Up to 6 months (6개월), extendable once by up to 3 months (3개월) (Decree Art. 55(4)).",
  "시정명령")

A(DEC, "제42조 (혁신성장진흥구역의 지정ㆍ변경 및 해제 절차)", "ko", "factoid",
  "혁신성장진흥구역 지정계획은 주민 의견청취를 위해 관보·공보에 며칠 이상 공고해야 하나요?",
  ["지정계획을 관보 및 해당 지방자치단체의 공보에 14일 이상 공고하여 해당 지역 주민의 의견을 들어야 하며"],
  ["14일"],
  "14일 이상 공고하여 주민 의견을 들어야 하고, 타당한 의견은 반영해야 합니다(시행령 제42조제4항).",
  "혁신성장진흥구역")

# ---------------------------------------------------------------------------
# 스마트도시법 시행규칙 (law_smart_city_act_rule)
# ---------------------------------------------------------------------------
A(RUL, "제3조의2 (국가시범도시건설사업에 대한 성과평가 결과의 공개 등)", "ko", "when",
  "국가시범도시건설사업 성과평가 결과는 언제까지, 어디에 공개해야 하나요?",
  ["성과평가 결과를 매년 3월 31일까지 국토교통부 인터넷 홈페이지에 공개해야 한다"],
  ["3월 31일", "국토교통부 인터넷 홈페이지"],
  "매년 3월 31일까지 국토교통부 인터넷 홈페이지에 공개해야 합니다(시행규칙 제3조의2제1항).",
  "성과평가 공개")

A(RUL, "제3조 (국가시범도시건설사업에 대한 성과평가의 실시)", "en", "factoid",
  "If a pilot-city project implementer disagrees with its performance evaluation result, how long does it have to lodge an objection?",
  ["통보를 받은 날부터 10일 이내에 이의신청 내용과 관련 소명자료를 국토교통부장관에게 제출할 수 있다"],
  ["10일"],
  "Within 10 days (10일 이내) of being notified; the performance evaluation committee then re-deliberates.",
  "이의신청")

A(RUL, "제3조의3 (국가시범도시건설사업 성과평가위원회의 구성ㆍ운영 등)", "ko", "who",
  "국가시범도시건설사업 성과평가위원회는 어떤 사람들로 구성되나요?",
  ["성과평가위원회는 법 제23조제4항에 따른 전문위원회 위원 중 국토교통부장관이 임명 또는 위촉하는 사람으로 구성한다."],
  ["전문위원회 위원"],
  "법 제23조제4항에 따른 (국가스마트도시위원회) 전문위원회 위원 중 국토교통부장관이 임명·위촉하는 사람으로 구성합니다.",
  "성과평가위원회")

A(RUL, "제4조 (스마트혁신사업 및 스마트실증사업 신청서 등)", "en", "factoid",
  "Which official form is used to apply for a smart demonstration project (스마트실증사업), as opposed to a smart innovation project?",
  ["스마트혁신사업 신청서는 별지 제3호서식에 따르고, 영 제53조에 따라 영 제52조제2항이 준용되는 스마트실증사업의 경우에는 별지 제4호서식에 따른다"],
  ["별지 제4호서식", "별지 제3호서식"],
  "A smart demonstration project uses Form No. 4 (별지 제4호서식); a smart innovation project uses Form No. 3 (별지 제3호서식).",
  "신청서식")

A(RUL, "제2조 (국가시범도시건설사업에 대한 성과평가계획의 수립 등)", "en", "when",
  "How often must MOLIT draw up the performance evaluation plan for national pilot city projects?",
  ["성과평가를 위한 계획(이하 \"성과평가계획\"이라 한다)을 매년 수립해야 한다"],
  ["매년"],
  "Every year (매년); the plan must then be notified to the project implementer without delay.",
  "성과평가계획")

# ---------------------------------------------------------------------------
# 국제개발협력기본법 (law_oda_framework_act)
# ---------------------------------------------------------------------------
A(ODA, "제7조 (국제개발협력위원회)", "en", "who",
  "Who chairs Korea's International Development Cooperation Committee, and how large can it be?",
  ["위원회는 위원장 1명을 포함한 30명 이내의 위원으로 구성한다.",
   "위원장은 국무총리가 되고"],
  ["국무총리", "30명"],
  "The Prime Minister (국무총리) chairs it; it has up to 30 members including the chair (30명 이내).",
  "ODA 위원회")

A(ODA, "제12조 (국제개발협력 주관기관)", "ko", "who",
  "양자간 유상협력(차관)과 무상협력(무상원조)의 주관기관은 각각 누구인가요?",
  ["양자간 개발협력 중 유상협력은 재정경제부장관이, 무상협력은 외교부장관이 각각 주관한다."],
  ["재정경제부장관", "외교부장관"],
  "유상협력은 재정경제부장관, 무상협력은 외교부장관이 주관합니다(제12조제1항).",
  "ODA 주관기관")

A(ODA, "제11조 (국제개발협력 종합기본계획의 수립 등)", "en", "when",
  "How often is Korea's comprehensive basic plan for international development cooperation adopted?",
  ["국제개발협력 종합기본계획(이하 \"종합기본계획\"이라 한다)을 5년마다 심사ㆍ의결하여야 한다"],
  ["5년마다"],
  "Every five years (5년마다) the committee deliberates and resolves the comprehensive basic plan; lead agencies also submit sectoral drafts every five years.",
  "종합기본계획")

A(ODA, "제18조의2 (국제개발협력의 날)", "ko", "when",
  "법정 '국제개발협력의 날'은 매년 언제인가요?",
  ["매년 11월 25일을 국제개발협력의 날로 정한다"],
  ["11월 25일"],
  "매년 11월 25일입니다(제18조의2).",
  "국제개발협력의 날")

A(ODA, "제16조 (국제개발협력에 대한 평가)", "en", "when",
  "By what date each year must the committee's ODA evaluation results be reported to the National Assembly?",
  ["제1항의 평가 결과는 매년 6월 30일까지 국회에 보고하여야 한다"],
  ["6월 30일"],
  "By 30 June each year (매년 6월 30일까지); the results must also be made public.",
  "ODA 평가")

A(ODA, "제2조 (정의)", "ko", "definition",
  "국제개발협력기본법에서 '개발도상국'은 무엇을 기준으로 정의되나요?",
  ["\"개발도상국\"이란 경제협력개발기구 개발원조위원회가 정한 공적개발원조 대상국(지역을 포함한다)을 말한다."],
  ["경제협력개발기구 개발원조위원회"],
  "경제협력개발기구 개발원조위원회(OECD DAC)가 정한 공적개발원조 대상국(지역 포함)을 말합니다.",
  "개도국 정의")

# ---------------------------------------------------------------------------
# 대외경제협력기금법 (law_edcf_act)
# ---------------------------------------------------------------------------
A(EDCF, "제9조 (기금의 운용ㆍ관리)", "en", "who",
  "Who runs the EDCF, and to which institution can its day-to-day management be entrusted?",
  ["기금은 재정경제부장관이 운용ㆍ관리한다.",
   "기금의 운용ㆍ관리에 관한 사무를 한국수출입은행에 위탁할 수 있다"],
  ["재정경제부장관", "한국수출입은행"],
  "The Minister of Economy and Finance (재정경제부장관) operates and manages the fund and may entrust the work to the Export-Import Bank of Korea (한국수출입은행).",
  "EDCF 관리")

A(EDCF, "제8조 (기금의 지원요건)", "ko", "factoid",
  "EDCF 자금 지원(융자·출자 등)은 어떤 경우로 한정되나요?",
  ["한국수출입은행이나 그 밖의 은행으로부터 일반적인 조건으로 지원을 받는 것이 곤란하다고 인정되는 경우로 한정한다"],
  ["일반적인 조건으로 지원을 받는 것이 곤란"],
  "한국수출입은행이나 그 밖의 은행으로부터 일반적인 조건으로 지원을 받기 곤란하다고 인정되는 경우로 한정됩니다(제8조).",
  "EDCF 지원요건")

A(EDCF, "제7조 (기금의 용도)", "en", "yesno",
  "Can EDCF money finance the preparatory studies for a cooperation project (for example a smart city scheme) before the main loan?",
  ["협력사업의 준비를 위한 조사 또는 협력사업의 시험적 실시에 필요한 자금의 융자등"],
  ["협력사업의 준비를 위한 조사"],
  "Yes. Art. 7(2) allows lending for surveys preparing a cooperation project or for its trial implementation (협력사업의 준비를 위한 조사 또는 시험적 실시).",
  "EDCF 용도")

A(EDCF, "제10조 (기금운용위원회)", "ko", "who",
  "대외경제협력기금의 기금운용위원회는 어디에 설치되나요?",
  ["재정경제부에 기금운용위원회를 둔다"],
  ["재정경제부"],
  "재정경제부에 둡니다. 기본정책, 기금운용계획, 결산보고사항 등을 심의합니다(제10조).",
  "기금운용위원회")

A(EDCF, "제11조 (일시 차입)", "en", "when",
  "If the EDCF borrows short-term to cover liquidity needs, by when must that temporary borrowing be repaid?",
  ["제1항에 따른 일시차입금은 해당 회계연도에 상환하여야 한다."],
  ["해당 회계연도"],
  "Within the same fiscal year (해당 회계연도에 상환).",
  "일시차입")

# ---------------------------------------------------------------------------
# 해외건설 촉진법 (law_overseas_construction_act)
# ---------------------------------------------------------------------------
A(OCA, "제28조의4 (자본금 등)", "ko", "factoid",
  "해외건설 촉진법상 KIND(한국해외인프라·도시개발지원공사)의 법정 자본금은 얼마인가요?",
  ["지원공사의 자본금은 2조원으로 한다."],
  ["2조원"],
  "2조원입니다(제28조의4제1항). 정부, 공공기관, 금융기관 등이 출자할 수 있습니다.",
  "KIND 자본금")

A(OCA, "제28조의19 (해외인프라ㆍ도시개발채권의 발행 등)", "en", "factoid",
  "What cap applies to KIND's issuance of overseas infrastructure and urban development bonds?",
  ["납입자본금과 적립금 합계액의 5배를 초과하지 아니하는 범위에서 해외인프라ㆍ도시개발채권을 발행할 수 있다"],
  ["5배"],
  "Bonds may be issued, with operating-committee approval, up to 5 times (5배) the sum of paid-in capital and reserves.",
  "KIND 채권")

A(OCA, "제28조의8 (운영위원회의 구성)", "ko", "count",
  "KIND 운영위원회는 몇 명의 위원으로 구성되나요?",
  ["다음 각 호의 위원 7명으로 구성한다"],
  ["7명"],
  "7명입니다. 사장, 국토부·재정경제부·관련 부처 지정 공무원 각 1명, 국회 상임위 추천 1명, 사장 추천 전문가 2명으로 구성됩니다.",
  "KIND 운영위원회")

A(OCA, "제28조의16 (업무)", "en", "yesno",
  "Is KIND allowed to make equity investments in overseas infrastructure and urban development projects?",
  ["해외인프라ㆍ도시개발사업에 대한 투자, 출자 및 금융자문"],
  ["투자, 출자 및 금융자문"],
  "Yes. Investment, equity participation and financial advisory for overseas infrastructure and urban development projects (투자, 출자 및 금융자문) are among KIND's statutory tasks (Art. 28-16(1)2).",
  "KIND 업무")

A(OCA, "제2조 (정의)", "ko", "definition",
  "해외건설 촉진법에서 '해외인프라ㆍ도시개발사업'은 어떤 사업을 말하나요?",
  ["「사회기반시설에 대한 민간투자법」 제2조제1호의 사회기반시설 개발, 「도시개발법」 제2조제1항제2호의 도시개발사업"],
  ["사회기반시설 개발", "도시개발사업"],
  "해외에서 시행되는 민간투자법상 사회기반시설 개발과 도시개발법상 도시개발사업, 그리고 이와 관련해 국토부장관이 정하는 사업을 말합니다.",
  "정의")

A(OCA, "제39조 (벌칙)", "en", "factoid",
  "What criminal penalty applies to running an overseas construction business without filing the required notification?",
  ["1년 이하의 징역 또는 1천만원 이하의 벌금에 처한다",
   "제6조제1항에 따른 신고를 하지 아니하고 해외건설업을 영위한 자"],
  ["1년 이하의 징역", "1천만원 이하의 벌금"],
  "Up to 1 year in prison (1년 이하의 징역) or a fine of up to KRW 10 million (1천만원 이하의 벌금).",
  "미신고 벌칙")

A(OCA, "제15조의5 (해외공사 관련 국제협력 지원 등)", "ko", "list",
  "해외건설 촉진을 위해 국토부장관이 비용을 지원할 수 있는 항목은 무엇인가요? (타당성조사 지원 가능 여부 포함)",
  ["해외공사에 따른 외국과의 국제협력 및 기술교류에 소요되는 비용",
   "투자가 수반되는 해외공사의 타당성조사에 소요되는 비용",
   "해외공사정보 수집ㆍ분석 등 해외건설업의 촉진을 위하여 필요한 비용"],
  ["국제협력 및 기술교류", "타당성조사", "해외공사정보 수집ㆍ분석"],
  "외국과의 국제협력·기술교류 비용, 투자가 수반되는 해외공사의 타당성조사 비용, 해외공사정보 수집·분석 등 대통령령으로 정하는 비용을 지원할 수 있습니다.",
  "비용 지원")

# ---------------------------------------------------------------------------
# 국가통합교통체계효율화법 (law_transport_system_efficiency_act)
# ---------------------------------------------------------------------------
A(TRN, "제73조 (지능형교통체계기본계획의 수립 등)", "en", "when",
  "On what cycle is the national ITS master plan prepared, and how often must it be reviewed?",
  ["10년 단위로 지능형교통체계에 관한 국가 차원의 기본계획",
   "5년마다 지능형교통체계기본계획을 전반적으로 재검토하고"],
  ["10년", "5년마다"],
  "It is a 10-year plan (10년 단위) reviewed comprehensively every five years (5년마다).",
  "ITS 기본계획")

A(TRN, "제4조 (국가기간교통망계획의 수립 등)", "ko", "factoid",
  "국가기간교통망계획은 몇 년 단위로 수립하나요?",
  ["20년 단위로 국가기간교통망에 관한 계획"],
  ["20년"],
  "20년 단위로 수립하고, 5년마다 검토해 필요하면 변경합니다(제4조제1항).",
  "국가기간교통망")

A(TRN, "제17조의2 (교통빅데이터플랫폼의 구축ㆍ운영)", "en", "yesno",
  "Can MOLIT's transport big data platform hold personal information?",
  ["수집ㆍ관리하는 데이터에 「개인정보 보호법」에 따른 개인정보를 포함시켜서는 아니 된다"],
  ["포함시켜서는 아니 된다"],
  "No. Data collected and managed on the platform must not include personal information under the Personal Information Protection Act (Art. 17-2(3)).",
  "교통빅데이터")

A(TRN, "제107조 (국가교통위원회의 구성 등)", "ko", "who",
  "국가교통위원회 위원장과 부위원장은 누가 맡나요?",
  ["국가교통위원회의 위원장은 국토교통부장관이 되고, 부위원장은 국토교통부 제2차관이 된다."],
  ["국토교통부장관", "국토교통부 제2차관"],
  "위원장은 국토교통부장관, 부위원장은 국토교통부 제2차관입니다(제107조제2항).",
  "국가교통위원회")

A(TRN, "제75조 (다른 계획에의 반영)", "en", "article",
  "Which article of the National Integrated Transport System Efficiency Act requires local ITS plans to be harmonised with the city's smart city plan?",
  ["제75조 (다른 계획에의 반영)",
   "「스마트도시 조성 및 산업진흥 등에 관한 법률」 제8조에 따른 스마트도시계획과 지능형교통체계지방계획이 조화를 이루도록 하여야 한다"],
  ["제75조"],
  "Article 75(2): mayors/governors must ensure the local ITS plan is in harmony with the urban master plan and the smart city plan under Art. 8 of the Smart City Act.",
  "ITS-스마트도시계획")

A(TRN, "제44조 (환승센터 및 복합환승센터 구축 기본계획)", "ko", "when",
  "환승센터 및 복합환승센터 구축 기본계획은 몇 년 단위로 세우나요?",
  ["5년 단위로 환승센터 및 복합환승센터 구축 기본계획을 국가교통위원회의 심의를 거쳐 수립하여야 한다"],
  ["5년"],
  "5년 단위로 국가교통위원회 심의를 거쳐 수립합니다(제44조제1항).",
  "환승센터")

# ---------------------------------------------------------------------------
# 도시개발법 (law_urban_development_act)
# ---------------------------------------------------------------------------
A(UDA, "제3조 (도시개발구역의 지정 등)", "en", "who",
  "Who can normally designate an urban development zone (도시개발구역) for a greenfield smart city site?",
  ["특별시장ㆍ통합특별시장ㆍ광역시장ㆍ도지사ㆍ특별자치도지사(이하 \"시ㆍ도지사\"라 한다)",
   "「지방자치법」 제198조제1항에 따른 인구 50만 이상 대도시의 시장(이하 \"대도시 시장\"이라 한다)"],
  ["시ㆍ도지사", "인구 50만 이상 대도시의 시장"],
  "Metropolitan/provincial heads (시·도지사) and mayors of large cities with 500,000+ population (인구 50만 이상 대도시의 시장); MOLIT may designate in special cases under Art. 3(3).",
  "구역 지정권자")

A(UDA, "제13조 (조합 설립의 인가)", "ko", "factoid",
  "도시개발조합 설립 인가를 받으려면 토지소유자 몇 명 이상이 정관을 작성해야 하고, 동의 요건은 무엇인가요?",
  ["도시개발구역의 토지 소유자 7명 이상이",
   "토지면적의 3분의 2 이상에 해당하는 토지 소유자와 그 구역의 토지 소유자 총수의 2분의 1 이상의 동의를 받아야 한다"],
  ["7명 이상", "3분의 2 이상", "2분의 1 이상"],
  "토지 소유자 7명 이상이 정관을 작성하고, 토지면적 3분의 2 이상 소유자 및 토지 소유자 총수 2분의 1 이상의 동의를 받아야 합니다.",
  "조합 설립")

A(UDA, "제25조의2 (원형지의 공급과 개발)", "en", "factoid",
  "What share of an urban development zone may be supplied as unimproved land (원형지), and for how long can the land developer be barred from reselling it?",
  ["공급될 수 있는 원형지의 면적은 도시개발구역 전체 토지 면적의 3분의 1 이내로 한정한다",
   "10년의 범위에서 대통령령으로 정하는 기간 안에는 원형지를 매각할 수 없다"],
  ["3분의 1 이내", "10년"],
  "Up to one third of the zone's total land area (3분의 1 이내); non-state developers may not resell it within a period set by decree of up to 10 years (10년의 범위).",
  "원형지")

A(UDA, "제10조 (도시개발구역 지정의 해제)", "ko", "factoid",
  "도시개발구역 지정·고시 후 실시계획 인가를 몇 년 안에 신청하지 않으면 구역 지정이 해제된 것으로 보나요?",
  ["도시개발구역이 지정ㆍ고시된 날부터 3년이 되는 날까지 제17조에 따른 실시계획의 인가를 신청하지 아니하는 경우에는 그 3년이 되는 날"],
  ["3년"],
  "지정·고시일부터 3년이 되는 날까지 실시계획 인가를 신청하지 않으면 그 다음 날 해제된 것으로 봅니다(제10조제1항제1호).",
  "구역 해제")

A(UDA, "제21조 (도시개발사업의 시행 방식)", "en", "list",
  "What delivery methods does the Urban Development Act allow for an urban development project?",
  ["도시개발사업은 시행자가 도시개발구역의 토지등을 수용 또는 사용하는 방식이나 환지 방식 또는 이를 혼용하는 방식으로 시행할 수 있다."],
  ["수용 또는 사용하는 방식", "환지 방식", "혼용하는 방식"],
  "Expropriation or use of land (수용 또는 사용하는 방식), land readjustment/replotting (환지 방식), or a mix of both (혼용하는 방식).",
  "시행 방식")

# ---------------------------------------------------------------------------
# 자율주행자동차법 (law_autonomous_vehicles_act)
# ---------------------------------------------------------------------------
A(AV, "제7조 (시범운행지구의 지정 등)", "en", "who",
  "Who designates an autonomous vehicle pilot operation zone (시범운행지구), and on whose application?",
  ["국토교통부장관은 자율주행자동차 시범운행지구를 운영하려는 시ㆍ도지사의 신청을 받아"],
  ["국토교통부장관", "시ㆍ도지사"],
  "The MOLIT Minister (국토교통부장관) designates it on application by the metropolitan/provincial head (시·도지사) after deliberation by the pilot zone committee.",
  "시범운행지구 지정")

A(AV, "제20조의2 (영상정보의 처리에 관한 특례)", "ko", "when",
  "자율주행차 제작자 등이 성능 향상 목적으로 수집한 개인 식별 가능 영상정보는 언제 파기해야 하나요?",
  ["수집한 날부터 5년이 지나면 특정 개인정보가 포함된 영상정보를 대통령령으로 정하는 바에 따라 지체 없이 파기하여야 한다"],
  ["5년"],
  "수집한 날부터 5년이 지나면 지체 없이 파기해야 합니다(제20조의2제4항).",
  "영상정보")

A(AV, "제22조 (정밀도로지도의 구축 및 갱신)", "en", "yesno",
  "Can MOLIT hand its HD road maps (정밀도로지도) to private companies free of charge?",
  ["구축된 정밀도로지도를 민간 활용이 촉진될 수 있도록 무상으로 제공할 수 있다"],
  ["무상으로 제공"],
  "Yes. MOLIT may provide the HD road maps free of charge (무상으로 제공) to promote private use (Art. 22(2)).",
  "정밀도로지도")

A(AV, "제16조 (위원회의 구성 등)", "ko", "count",
  "자율주행자동차 시범운행지구 위원회는 몇 명 이내로 구성되나요?",
  ["위원회는 위원장 2명을 포함하여 20명 이내의 위원으로 구성한다."],
  ["20명", "위원장 2명"],
  "위원장 2명을 포함한 20명 이내입니다. 위원장은 국토교통부장관과 민간위원 중 호선된 1명입니다.",
  "시범운행지구 위원회")

A(AV, "제4조 (기본계획의 수립)", "en", "when",
  "How often must the autonomous driving transport and logistics master plan be drawn up?",
  ["자율주행 교통물류 기본계획(이하 \"기본계획\"이라 한다)을 5년마다 수립하여야 한다"],
  ["5년마다"],
  "Every five years (5년마다), by the MOLIT Minister.",
  "자율주행 기본계획")

# ---------------------------------------------------------------------------
# 공간정보산업 진흥법 (law_spatial_information_industry_act)
# ---------------------------------------------------------------------------
A(SPI, "제4조 (공간정보산업진흥 계획의 수립)", "ko", "when",
  "공간정보산업진흥 기본계획은 몇 년마다 수립하나요?",
  ["5년마다 다음 각 호의 사항이 포함된 공간정보산업진흥 기본계획"],
  ["5년마다"],
  "국가공간정보정책 기본계획에 따라 5년마다 수립하며, 매년 시행계획을 세울 수 있습니다.",
  "진흥 기본계획")

A(SPI, "제26조 (자산운용의 방법)", "en", "factoid",
  "What minimum share of capital must a spatial information investment vehicle (공간정보집합투자기구) put into spatial information businesses?",
  ["공간정보집합투자기구는 자본금의 100분의 50 이상에 해당하는 금액을 다음 각 호의 어느 하나에 사용하여야 한다."],
  ["100분의 50"],
  "At least 50% of its capital (100분의 50 이상), invested in designated spatial information businesses or other MOLIT-approved investments.",
  "공간정보 펀드")

A(SPI, "제29조 (벌칙)", "ko", "factoid",
  "공간정보 품질인증을 허위·부정한 방법으로 받으면 어떤 처벌을 받나요?",
  ["허위 그 밖에 부정한 방법으로 제12조에 따른 품질인증을 받은 자는 2년 이하의 징역 또는 2천만원 이하의 벌금에 처한다."],
  ["2년 이하의 징역", "2천만원 이하의 벌금"],
  "2년 이하의 징역 또는 2천만원 이하의 벌금에 처해집니다(제29조).",
  "품질인증 벌칙")

A(SPI, "제24조 (공간정보산업협회의 설립)", "en", "factoid",
  "How many founding promoters are needed to set up the Spatial Information Industry Association?",
  ["공간정보기술자 300명 이상 또는 공간정보사업자 10분의 1 이상을 발기인으로 하여"],
  ["300명 이상", "10분의 1 이상"],
  "At least 300 spatial information engineers (300명 이상) or at least one tenth of spatial information businesses (10분의 1 이상) as promoters, followed by an inaugural meeting and MOLIT approval.",
  "공간정보산업협회")

A(SPI, "제2조 (정의)", "ko", "definition",
  "공간정보산업 진흥법상 '공간정보오픈플랫폼'의 정의는?",
  ["\"공간정보오픈플랫폼\"이란 국가에서 보유하고 있는 공개 가능한 공간정보를 국민이 자유롭게 활용할 수 있도록 다양한 방법을 제공하는 공간정보체계를 말한다."],
  ["공개 가능한 공간정보"],
  "국가가 보유한 공개 가능한 공간정보를 국민이 자유롭게 활용하도록 다양한 방법을 제공하는 공간정보체계입니다(제2조제8호).",
  "오픈플랫폼")

# ---------------------------------------------------------------------------
# 행정중심복합도시 특별법 (law_sejong_special_act)
# ---------------------------------------------------------------------------
A(SEJ, "제60조의2 (스마트도시 조성 및 산업진흥 등에 관한 특례)", "en", "article",
  "Which provision of the Sejong special act hands Smart City Act planning powers in the designated area to the MACCA commissioner (행복청장)?",
  ["제60조의2 (스마트도시 조성 및 산업진흥 등에 관한 특례)",
   "스마트도시계획 수립 등에 관한 사무는 건설청장이 수행한다"],
  ["제60조의2", "건설청장"],
  "Article 60-2: in the designated (예정) area, smart city planning work under Arts. 8-10, 14 and 24 of the Smart City Act is performed by the commissioner of the construction agency (건설청장).",
  "행복청 스마트도시 특례")

A(SEJ, "제51조 (국가예산 지출의 상한)", "ko", "factoid",
  "행정중심복합도시 건설 관련 국가예산 지출 상한액은 얼마인가요?",
  ["8조5천억원(2003년도 불변가격 기준으로 산정한 금액을 말한다)을 초과할 수 없다"],
  ["8조5천억원", "2003년도 불변가격"],
  "정부청사 등 공공건축물 건축(부지 매입비 포함)과 광역교통시설 건설을 위한 국가예산 지출은 2003년도 불변가격 기준 8조5천억원을 초과할 수 없습니다.",
  "예산 상한")

A(SEJ, "제31조 (위원회의 조직)", "en", "count",
  "How many members can the Multifunctional Administrative City Construction Promotion Committee have?",
  ["위원회는 위원장 2명을 포함한 30명 이내의 위원으로 구성한다."],
  ["30명", "위원장 2명"],
  "Up to 30 members including two co-chairs (위원장 2명을 포함한 30명 이내).",
  "추진위원회")

A(SEJ, "제44조 (특별회계의 설치 및 관리ㆍ운용)", "ko", "who",
  "행정중심복합도시건설 특별회계는 누가 관리·운용하나요?",
  ["회계는 건설청장이 관리ㆍ운용한다."],
  ["건설청장"],
  "행정중심복합도시건설청장(건설청장)이 관리·운용합니다(제44조제2항).",
  "특별회계")

A(SEJ, "제38조 (건설청의 설치 등)", "en", "factoid",
  "What kind of civil service posts are the commissioner and deputy commissioner of the MACCA (행정중심복합도시건설청)?",
  ["청장은 정무직으로 하고, 차장은 일반직 국가공무원으로 보(補)한다"],
  ["정무직", "일반직"],
  "The commissioner is a political appointee (정무직) and the deputy commissioner a general-service state official (일반직 국가공무원).",
  "건설청")

# ---------------------------------------------------------------------------
# 지능정보화 기본법 (law_intelligent_informatization_act)
# ---------------------------------------------------------------------------
A(IIA, "제6조 (지능정보사회 종합계획의 수립)", "en", "when",
  "What is the planning cycle of the national Intelligent Information Society master plan?",
  ["지능정보사회 종합계획(이하 \"종합계획\"이라 한다)을 3년 단위로 수립하여야 한다"],
  ["3년"],
  "Three years (3년 단위); drafted by the Minister of Science and ICT and confirmed after deliberation by the ICT strategy committee.",
  "지능정보사회 종합계획")

A(IIA, "제12조 (한국지능정보사회진흥원의 설립)", "ko", "who",
  "NIA(한국지능정보사회진흥원)는 누가 설립하나요?",
  ["과학기술정보통신부장관과 행정안전부장관은 지능정보사회 관련 정책의 개발과"],
  ["과학기술정보통신부장관", "행정안전부장관"],
  "과학기술정보통신부장관과 행정안전부장관이 설립합니다(제12조제1항).",
  "NIA 설립")

A(IIA, "제2조 (정의)", "en", "definition",
  "How does the Framework Act on Intelligent Informatization define a hyper-connected intelligent information network?",
  ["\"초연결지능정보통신망\"이란 정보통신 및 지능정보기술 관련 기기ㆍ서비스 등 모든 것이 언제 어디서나 연결",
   "되어 지능정보서비스를 이용할 수 있는 정보통신망을 말한다."],
  ["언제 어디서나 연결"],
  "An information and communications network in which all ICT and intelligent-information devices and services are connected anytime and anywhere (언제 어디서나 연결) so that intelligent information services can be used.",
  "초연결 정의")

A(IIA, "제43조 (데이터의 유통ㆍ활용)", "ko", "where",
  "지능정보화 기본법상 데이터통합지원센터는 어디에 설치할 수 있나요?",
  ["지능정보사회원에 데이터통합지원센터를 설치할 수 있다"],
  ["지능정보사회원"],
  "지능정보사회원(한국지능정보사회진흥원, NIA)에 설치할 수 있습니다(제43조제3항).",
  "데이터통합지원센터")

A(IIA, "제70조 (과태료)", "en", "factoid",
  "What administrative fine applies to using the name of the National Information Society Agency (한국지능정보사회진흥원) without authorisation?",
  ["한국지능정보사회진흥원 또는 이와 유사한 명칭을 사용한 자에게는 1천만원 이하의 과태료를 부과한다"],
  ["1천만원"],
  "Up to KRW 10 million (1천만원 이하의 과태료).",
  "명칭 사용 과태료")

# ---------------------------------------------------------------------------
# 도시재생법 (law_urban_regeneration_act)
# ---------------------------------------------------------------------------
A(URA, "제7조 (도시재생특별위원회의 설치 등)", "ko", "who",
  "도시재생특별위원회는 어디 소속이며 위원장은 누구인가요?",
  ["국무총리 소속으로 도시재생특별위원회(이하 \"특별위원회\"라 한다)를 둔다.",
   "위원장은 국무총리가 되고"],
  ["국무총리"],
  "국무총리 소속이며 위원장도 국무총리입니다. 위원은 10명 이상 30명 이하입니다(제7조).",
  "도시재생특위")

A(URA, "제4조 (국가도시재생기본방침의 수립)", "en", "when",
  "How often must MOLIT set the national urban regeneration basic policy, and how often may it be reviewed?",
  ["국가도시재생기본방침을 10년마다 수립하여야 하며, 필요한 경우 5년마다 그 내용을 재검토하여 정비할 수 있다"],
  ["10년마다", "5년마다"],
  "Every 10 years (10년마다), with optional review and revision every 5 years (5년마다).",
  "기본방침")

A(URA, "제13조 (도시재생전략계획의 내용)", "ko", "list",
  "도시재생전략계획으로 도시재생활성화지역을 지정하려면 어떤 요건 중 몇 개 이상을 갖춰야 하나요?",
  ["인구가 현저히 감소하는 지역",
   "총 사업체 수의 감소 등 산업의 이탈이 발생되는 지역",
   "노후주택의 증가 등 주거환경이 악화되는 지역"],
  ["인구가 현저히 감소", "산업의 이탈", "주거환경이 악화"],
  "①인구 현저 감소 ②총 사업체 수 감소 등 산업 이탈 ③노후주택 증가 등 주거환경 악화 중 2개 이상을 갖춰야 합니다(제13조제4항).",
  "활성화지역 요건")

A(URA, "제27조 (보조 또는 융자)", "en", "list",
  "From which state accounts and funds is money for urban regeneration grants and loans drawn?",
  ["필요한 자금을 일반회계, 「지방자치분권 및 균형성장에 관한 특별법」 제74조에 따른 지역균형발전특별회계 또는 「주택도시기금법」에 따른 주택도시기금에서 지원한다."],
  ["일반회계", "지역균형발전특별회계", "주택도시기금"],
  "From the general account (일반회계), the Regional Balanced Development Special Account (지역균형발전특별회계) or the Housing and Urban Fund (주택도시기금).",
  "재원")

# ---------------------------------------------------------------------------
# 000 KRIHS WP 22-14 (Clark)
# ---------------------------------------------------------------------------
A(R000, "(3) 우리나라의 해외 스마트도시 지원사업", "en", "factoid",
  "In K-City Network's first round (2020), how many applications came in and how much funding was handed out?",
  ["2020년 23개국에서 80건 신청을 받았고, 11개국 12개 도시에 총 33억 원을 지원함"],
  ["80건", "33억 원"],
  "80 applications from 23 countries (80건); KRW 3.3 billion (33억 원) went to 12 cities in 11 countries.",
  "KCN 2020")

A(R000, "(3) 우리나라의 해외 스마트도시 지원사업", "ko", "factoid",
  "2021년 K-City 네트워크 공모의 신청 건수와 지원 규모는?",
  ["2021년 39개국에서 111건 신청을 받았고, 11개국 11개 도시에 총 42억 원 지원함"],
  ["111건", "42억 원"],
  "39개국에서 111건이 신청되었고 11개국 11개 도시에 총 42억 원을 지원했습니다.",
  "KCN 2021")

A(R000, "(3) 우리나라의 해외 스마트도시 지원사업", "en", "factoid",
  "What is the typical per-project budget for a KCN smart city master plan versus an overseas smart solution demonstration?",
  ["스마트도시 기본계획 수립사업은 3~5억 원/건, 스마트 솔루션 해외실증 사업은 4억 원 /건"],
  ["3~5억 원", "4억 원"],
  "KRW 300-500 million per master-plan project (3~5억 원/건) and KRW 400 million per overseas demonstration project (4억 원/건).",
  "KCN 사업비")

A(R000, "(3) 우리나라의 해외 스마트도시 지원사업", "ko", "factoid",
  "KCN이 처음 3년간 지원한 협력사업 수와 예산 총액은 대략 얼마인가요?",
  ["21개국에서 33개의 협력사업을 추진하였고 약 110억~120억 원의 예산을 지원하였음"],
  ["33개", "110억~120억 원"],
  "지난 3년간(2020~2022) 21개국 33개 협력사업에 약 110억~120억 원을 지원했습니다.",
  "KCN 누적")

A(R000, "2022년 스마트도시 ODA 사업목록", "ko", "table",
  "2022년 스마트도시 ODA 목록에서 베트남 후에시 문화관광 스마트시티 사업의 예산과 시행기관은?",
  ["베트남 후에시 문화관광 스마트시티 조성 지원사업",
   "1,300만 달러) 한국국제협력단"],
  ["1,300만 달러", "한국국제협력단"],
  "2021~2025년, 1,300만 달러 규모로 한국국제협력단(KOICA)이 시행합니다.",
  "ODA 후에")

A(R000, "2022년 스마트도시 ODA 사업목록", "en", "table",
  "In the 2022 smart city ODA list, what is the budget of KOICA's smart city project in Tam Ky, Quang Nam province?",
  ["베트남 꽝남성 땀끼시 스마트시티 구축 지원사업",
   "900만 달러) 한국국제협력단"],
  ["900만 달러"],
  "USD 9 million (900만 달러), 2020-2025, implemented by KOICA (한국국제협력단).",
  "ODA 땀끼")

A(R000, "(3) 우리나라의 해외 스마트도시 지원사업", "ko", "count",
  "2022년 진행 중인 ODA 사업 중 사업명에 '스마트시티'가 들어간 사업은 유형별로 몇 건인가요?",
  ["정책자문 5건, 프로젝트8) 사업 3건으로, 한해 약 8건의 스마트시티 정책컨설팅"],
  ["5건", "3건", "8건"],
  "KSP 정책자문 5건, 프로젝트 사업 3건으로 한 해 약 8건입니다.",
  "스마트시티 ODA 건수")

A(R000, "2) 사업 주요 내용", "en", "factoid",
  "How large is Clark's District 4, and to what area was the KCN target site cut back?",
  ["District 4의 전체 면적은 248.3ha이지만, 현실적인 실행",
   "계획 수립을 위해 KCN 추진 단계에서 104.7ha로 조정하여 개발대상 구역 면적을 축소"],
  ["248.3ha", "104.7ha"],
  "District 4 covers 248.3 ha; for a realistic plan the KCN target area was reduced to 104.7 ha (elsewhere the report gives 104.8 ha) by agreement with CDC.",
  "클락 면적")

A(R000, "1) 추진 개요", "ko", "who",
  "필리핀 클락개발공사(CDC)의 지분 100%를 보유한 모기관은 어디인가요?",
  ["Development Authority, 이하 BCDA)이 100% 지분을 보유한 공기업으로, 클락 지역에 대한 토지"],
  ["BCDA", "100%"],
  "대통령 직속 기지전환개발청(BCDA)이 CDC 지분 100%를 보유하고 있습니다.",
  "CDC 모기관")

A(R000, "2) 사업 주요 내용", "en", "who",
  "Who prepared the 2018 Clark Freeport Zone development master plan?",
  ["자유무역지대에 해당하는 개발 마스터플랜은 2018년 CDC가 자체 수립하였으며",
   "Palafox Associates"],
  ["CDC", "Palafox Associates"],
  "CDC drew it up itself in 2018, with the plan prepared by the local architecture and planning firm Palafox Associates.",
  "클락 마스터플랜")

A(R000, "클락 스마트도시의 스마트 인프라 단계별 계획(안)", "ko", "table",
  "클락 스마트도시 스마트 인프라 단계별 계획에서 3단계에 도입하기로 한 인프라는 무엇인가요?",
  ["상하수도망 자동화 솔루션",
   "대용량 광대역 유선망) 추후 수요조사를 통해 정확한 데이터량 산출 후 도입"],
  ["상하수도망 자동화 솔루션", "대용량 광대역 유선망"],
  "3단계에는 상하수도망 자동화 솔루션과 대용량 광대역 유선망(수요조사 후 데이터량 산출하여 도입)이 계획되어 있습니다.",
  "클락 3단계")

A(R000, "3) 사업의 차별성적 성과요인", "en", "factoid",
  "What time-zone and travel-time advantages did the report note for working on the Clark project?",
  ["시차가 불과 1시간, 직항 이동 소요 시간이 4시간 미만이라는 점"],
  ["1시간", "4시간 미만"],
  "Only a one-hour time difference (1시간) and direct flights of under four hours (4시간 미만); English being the first language also helped.",
  "클락 여건")

A(R000, "(4) 소결", "en", "factoid",
  "Roughly how much does MOLIT spend each year on K-City Network, and how many projects does that fund?",
  ["한해에 약 40억 원의 예산으로 연 10건 정도의 사업을 지원함"],
  ["40억 원", "10건"],
  "About KRW 4 billion a year (약 40억 원) for around 10 projects (연 10건 정도).",
  "KCN 연간 예산")

A(R000, "(3) 우리나라의 해외 스마트도시 지원사업", "ko", "factoid",
  "KOICA 스마트도시 프로젝트의 통상 사업기간과 단일 사업 예산 규모는?",
  ["KOICA 스마트도시 프로젝트는 4~5년 장기 사업으로 단일 사업 예산이 1천만 달러"],
  ["4~5년", "1천만 달러"],
  "4~5년 장기 사업이며 단일 사업 예산이 1천만 달러 정도로, 계획과 인프라 지원을 모두 포함합니다.",
  "KOICA 스마트도시")

A(R000, "(3) 우리나라의 해외 스마트도시 지원사업", "en", "yesno",
  "Is the K-City Network programme counted as official development assistance (ODA)?",
  ["K-City 네트워크는 공적개발원조(ODA)에 포함되지 않으며"],
  ["포함되지 않으며"],
  "No. K-City Network is not included in ODA (공적개발원조에 포함되지 않으며); it has its own follow-up support schemes.",
  "KCN과 ODA")

A(R000, "3) 포커스 그룹 인터뷰(FGI)를 통한 현황과 쟁점 논의", "ko", "when",
  "이 보고서의 포커스 그룹 인터뷰(FGI)는 언제, 몇 회 진행되었나요?",
  ["FGI 인터뷰는 2022년 6월에 1회 추진되었으며"],
  ["2022년 6월", "1회"],
  "2022년 6월에 1회 진행되었습니다.",
  "FGI")

A(R000, "(4) 스마트도시 해외진출 성과 제고를 위한 고려사항은 무엇인가?", "en", "factoid",
  "According to the expert interviews, within roughly how many years should private investors be able to recoup their principal for an overseas smart city site to be viable?",
  ["5년 정도 내에 원금 회수 가능한 규모가 타당성이 확보될 수 있는 수준이므로"],
  ["5년"],
  "About five years (5년 정도) after investment; hence a right-sized, smaller district-scale first phase is recommended.",
  "투자 회수")

# ---------------------------------------------------------------------------
# 001 스마트시티 추진전략 (2018)
# ---------------------------------------------------------------------------
A(R001, "별첨1  국가 시범도시 입지 현황 : 세종 5-1 생활권", "ko", "factoid",
  "세종 5-1 생활권 국가 시범도시의 면적과 계획 인구는?",
  ["(면적) 2,741천㎡(83만평)",
   "(계획호수) 11.4천호(29.3천명)"],
  ["2,741천㎡", "29.3천명"],
  "면적 2,741천㎡(83만평), 계획호수 11.4천호(29.3천명)입니다.",
  "세종 5-1")

A(R001, "별첨2  국가 시범도시 입지 현황 : 부산 에코델타시티", "en", "who",
  "Who are the project implementers for the Busan Eco Delta City national pilot city?",
  ["(사업시행자) K-Water, 부산도시공사, 부산광역시"],
  ["K-Water", "부산도시공사", "부산광역시"],
  "K-Water, Busan Metropolitan Development Corporation (부산도시공사) and Busan Metropolitan City (부산광역시).",
  "에코델타 시행자")

A(R001, "별첨1  국가 시범도시 입지 현황 : 세종 5-1 생활권", "en", "where",
  "Where exactly is the Sejong 5-1 pilot site, and which public company implements it?",
  ["(위치) 세종시 연동면 일원",
   "(사업시행자) 한국토지주택공사"],
  ["세종시 연동면", "한국토지주택공사"],
  "Around Yeondong-myeon, Sejong City (세종시 연동면 일원); the implementer is LH (한국토지주택공사).",
  "세종 5-1 위치")

A(R001, "2  국내 현황", "ko", "factoid",
  "U-City 시범사업('09~'13) 기간 동안 몇 개 지자체에 국비 얼마가 지원됐나요?",
  ["15개 지자체에 231억원 국비 지원"],
  ["15개", "231억원"],
  "15개 지자체에 231억원의 국비가 지원되었습니다.",
  "U-City 시범사업")

A(R001, "정보공유 및 네트워크 조성을 위한 지원", "en", "count",
  "How many local governments were in the local-government council of the inter-ministerial smart city task force, and how were they split?",
  ["지자체 협의체 : 총 84개 지자체 참여 중(광역 17개, 기초 지자체 67개)"],
  ["84개", "17개", "67개"],
  "84 local governments (84개): 17 metropolitan/provincial (광역 17개) and 67 basic local governments (기초 67개).",
  "지자체 협의체")

A(R001, "스마트시티형 도시재생을 위한 지원 확대", "en", "list",
  "Which five areas had already been picked as smart-city-type urban regeneration pilot sites when the 2018 strategy came out?",
  ["선정지역 : 인천부평, 조치원, 부산사하, 포항, 남양주"],
  ["인천부평", "조치원", "부산사하", "포항", "남양주"],
  "Incheon Bupyeong (인천부평), Jochiwon (조치원), Busan Saha (부산사하), Pohang (포항) and Namyangju (남양주).",
  "스마트 도시재생 시범지구")

A(R001, "기존도시 내 스마트시티 확산모델 조성", "ko", "factoid",
  "데이터 허브모델 국가전략 R&D의 도시문제 해결형과 비즈니스 창출형 총사업비는 각각 얼마인가요?",
  ["도시문제 해결형(총 511억, 국비 358억)",
   "비즈니스 창출형(총 368억, 국비 263억)"],
  ["511억", "368억"],
  "도시문제 해결형 총 511억(국비 358억), 비즈니스 창출형 총 368억(국비 263억)입니다.",
  "데이터 허브 R&D")

A(R001, "기존도시 내 스마트시티 확산모델 조성", "en", "factoid",
  "How much central government money per site was planned for theme-type specialised smart city complexes (테마형 특화단지)?",
  ["국비 2.25억/곳, 지자체 매칭"],
  ["2.25억"],
  "KRW 225 million of national funding per site (국비 2.25억/곳), matched by the local government; four sites a year in 2018-2020.",
  "테마형 특화단지")

A(R001, "국민이 쉽게 체감할 수 있는 스마트시티 솔루션 확산", "en", "factoid",
  "What was the nationwide smart meter (AMI) rollout target in the 2018 smart city strategy?",
  ["절감 컨설팅 제공 등이 가능하도록 AMI 구축",
   "전국 2,200만호"],
  ["2,200만호"],
  "AMI for 22 million households nationwide (전국 2,200만호) by 2020.",
  "AMI")

A(R001, "국민이 쉽게 체감할 수 있는 스마트시티 솔루션 확산", "ko", "factoid",
  "2018 추진전략에서 도시운영 통합 플랫폼을 '22년까지 몇 곳의 지자체에 보급할 계획이었나요?",
  ["상호 연계한 ‘도시운영 통합 플랫폼’을 지자체 확대 보급(～‘22, 80곳)"],
  ["80곳"],
  "'22년까지 80곳의 지자체에 확대 보급할 계획이었습니다.",
  "통합플랫폼 보급")

A(R001, "혁신 창업 생태계 조성", "en", "factoid",
  "How many start-up incubating centres did the 2018 strategy plan to build?",
  ["스타트업 창업공간인 ‘인큐베이팅 센터’ 확대 조성(‘18～, 8곳 이상)"],
  ["8곳 이상"],
  "At least eight (8곳 이상) from 2018, around national pilot cities and innovation cities (starting with Dongtan 2).",
  "인큐베이팅 센터")

A(R001, "(3) 해외진출 확대 및 국제협력 강화", "ko", "when",
  "2018 스마트시티 추진전략에서 PPP 사업을 전 단계 지원하기 위해 설립하기로 한 기관과 설립 시기는?",
  ["한국해외인프라·도시개발지원공사(KIND)를",
   "설립(’18.상)하여 사업 발굴이나 개발·금융지원 등 全 단계 지원"],
  ["KIND", "18.상"],
  "한국해외인프라·도시개발지원공사(KIND)를 '18년 상반기에 설립해 사업 발굴, 개발·금융지원 등 전 단계를 지원하기로 했습니다.",
  "KIND 설립 계획")

A(R001, "시민주도 스마트시티 조성 사례 (핀란드 칼라사타마)", "en", "factoid",
  "What resident and job targets does Finland's Kalasatama smart district aim for by its 2030 completion?",
  ["입주민 3,000명 → 25,000명, 일자리 1만개 창출 목표"],
  ["25,000명", "1만개"],
  "Growing from 3,000 to 25,000 residents (25,000명) and creating 10,000 jobs (일자리 1만개) by 2030.",
  "칼라사타마")

A(R001, "국민이 쉽게 체감할 수 있는 스마트시티 솔루션 확산", "ko", "factoid",
  "미세먼지 대응을 위해 '21년까지 국가측정망 사각지대에 보급하기로 한 간이측정기 수는?",
  ["총 914개 간이측정기 보급, IoT 기반 미세먼지 모니터링 정보제공 추진"],
  ["914개"],
  "'21년까지 총 914개의 간이측정기를 보급하기로 했습니다.",
  "미세먼지")

# ---------------------------------------------------------------------------
# 002 KRIHS issue report (2019)
# ---------------------------------------------------------------------------
A(R002, "지역 간 스마트시티의 불균형 문제, 어떻게 해결할 것인가?", "en", "factoid",
  "Since 2003, roughly how much went into smart city infrastructure in new towns and into ministry smart city programmes, per KRIHS?",
  ["시설 조성비 약 2조~3조 원 및 정부부처 사업예산 약 3천억 원 규모를 투입"],
  ["2조~3조 원", "3천억 원"],
  "About KRW 2-3 trillion (약 2조~3조 원) of infrastructure development charges in new towns plus about KRW 300 billion (약 3천억 원) of ministry programme budgets.",
  "투자 규모")

A(R002, "이슈: 지자체는 어떤 스마트시티를 원하는가?", "ko", "factoid",
  "국토연구원 인식조사는 몇 개 지자체를 대상으로 어떤 분석방법을 썼나요?",
  ["스마트시티를 추진 중인 61개 지자체를 대상으로 IPA 분석방법(중요도-실행도 분석, Importance"],
  ["61개", "IPA"],
  "스마트시티를 추진 중인 61개 지자체를 대상으로 IPA(중요도-실행도 분석)를 사용했습니다.",
  "지자체 조사")

A(R002, "<표 4> 향후 5년 이내 추진 계획인 스마트시티 유형", "en", "table",
  "In Table 4, what share of local governments currently run an advanced-infrastructure type smart city, and what share plan that type within five years?",
  ["첨단인프라 구축형 15.00 18.33 10.00 43.33",
   "계 20.00 56.67 23.33 100.00"],
  ["43.33", "20.00"],
  "Currently 43.33% are advanced-infrastructure type; within five years only 20.00% plan to be (platform type 56.67%, innovation-space type 23.33%).",
  "유형 변화")

A(R002, "<표 1> 스마트시티 주요 국가사업", "ko", "table",
  "표 1에서 스마트시티형 도시재생사업은 매년 몇 곳을 선정해 얼마씩 지원하는 사업으로 정리되어 있나요?",
  ["도시재생사업 지역 중 매년 5개 이상 지역을 선정하여 30억 원 이상씩"],
  ["5개 이상", "30억 원 이상"],
  "도시재생사업 지역 중 매년 5개 이상을 선정해 30억 원 이상씩 정부가 지원합니다(2017~, 국토교통부).",
  "스마트 도시재생")

A(R002, "<표 1> 스마트시티 주요 국가사업", "en", "table",
  "Under MOLIT's platform linkage programme, how many local governments had been supported by 2018, and with how much each?",
  ["사업으로 2018년 현재 22개 지자체 지원(1개 지자체당 6억 원 지원)"],
  ["22개", "6억 원"],
  "22 local governments (22개) as of 2018, KRW 600 million each (1개 지자체당 6억 원).",
  "플랫폼 연계사업")

A(R002, "이슈: 스마트시티는 어디서 어떻게 추진되었나?", "ko", "factoid",
  "인천시가 송도·영종·청라에 스마트시티 기반시설 조성비로 쓰는 금액은 어느 정도인가요?",
  ["인천시의 경우 2020년까지 송도, 영종, 청라 지역을 대상으로 약 3,500억 원의 기반시설 조성비를"],
  ["3,500억 원"],
  "2020년까지 약 3,500억 원으로, 중앙부처의 지난 10년간 예산투자를 넘어서는 금액입니다.",
  "인천")

A(R002, "<표 2> 스마트시티 선도 지역 사업 현황", "en", "table",
  "In Table 2, how much did Daegu get for the national strategic smart city R&D and for the MSIT 5G smart city project?",
  ["스마트시티형 도시재생(북구) / 국가전략 스마트시티 R&D(511억 원)",
   "과학기술정보통신부 5G 스마트시티사업(388억 원)"],
  ["511억 원", "388억 원"],
  "KRW 51.1 billion for the national strategic smart city R&D (511억 원) and KRW 38.8 billion for the 5G smart city project (388억 원).",
  "대구")

# ---------------------------------------------------------------------------
# 003 governance paper (2017)
# ---------------------------------------------------------------------------
A(R003, "표 3. 부처 간 스마트시티 정책 비교", "en", "table",
  "In the ministry comparison table, how were MOLIT's U-City advancement R&D and MSIP's smart city testbed project funded?",
  ["국비 190억, 민간 48억 투자",
   "국비 96억, 민간 48억, 시비 26억 등 투자"],
  ["국비 190억", "민간 48억", "국비 96억", "시비 26억"],
  "MOLIT's U-City R&D ('13-'18) totalled KRW 23.8 billion: 19.0 bn state (국비 190억) + 4.8 bn private (민간 48억). MSIP's testbed ('15-'17) totalled KRW 17.0 bn: 9.6 bn state (국비 96억), 4.8 bn private, 2.6 bn city (시비 26억).",
  "부처 예산 비교")

A(R003, "Ⅲ. 국내외 사례 검토를 통한 스마트시티", "ko", "count",
  "매년 개최하도록 되어 있던 기존 유비쿼터스도시위원회는 실제로 몇 번 열렸나요?",
  ["시위원회는 법률상 매년 개최하도록 되어 있으나, 위원",
   "지 단 두 번에 불과하고 실제 위원회의 역할에도 그 효"],
  ["두 번"],
  "법률상 매년 개최 대상이었지만 실제 개최는 단 두 번에 불과했습니다.",
  "유비쿼터스도시위원회")

A(R003, "3. 해외 스마트시티 거버넌스 검토", "en", "list",
  "Which four committees sit under Barcelona's smart city PMO?",
  ["담당하는 집행위원회, 프로젝트를 관리하는 모니터링",
   "위원회, 단계별 추진상황을 담당하는 활동위원회, 위기",
   "상황 대응을 담당하는 위기위원회 등 4단계로 추진체"],
  ["집행위원회", "모니터링", "활동위원회", "위기위원회"],
  "An executive committee (집행위원회, strategy), a monitoring committee (모니터링 위원회, projects), an activity committee (활동위원회, stage progress) and a crisis committee (위기위원회).",
  "바르셀로나 PMO")

A(R003, "3. 해외 스마트시티 거버넌스 검토", "ko", "who",
  "싱가포르 스마트시티 사업을 총괄하는 조직은 무엇이며, 누가 주도해 언제부터 추진했나요?",
  ["싱가포르는 리센룽 총리 주도로 2014년부터 국가핵",
   "Program Office’에서 총괄하여 담당하고 있는데 특히,"],
  ["리센룽 총리", "2014년", "Program Office"],
  "리센룽 총리 주도로 2014년부터 추진된 Smart Nation 프로젝트로, Smart Nation Program Office가 총괄합니다.",
  "싱가포르")

A(R003, "연구의 배경 및 목적", "en", "when",
  "Which years did Korea's 2nd Ubiquitous City Comprehensive Plan cover?",
  ["(2013∼2018)에 따른 스마트시티 관리운영 강화 및 정"],
  ["2013∼2018"],
  "2013-2018 (2013∼2018); the 1st plan covered 2009-2012.",
  "U-City 종합계획")

A(R003, "연구의 배경 및 목적", "ko", "count",
  "논문에 따르면 인천경제자유구역청 U-City 구현개념도는 송도 서비스를 몇 개 분야로 구분하나요?",
  ["행정, 특화서비스 등 6개 분야로 구분하고 있으나"],
  ["6개 분야"],
  "교통, 방범, 방재, 시설물 관리, 공공행정, 특화서비스 등 6개 분야로 구분합니다.",
  "송도 U-City")

# ---------------------------------------------------------------------------
# 004 KCN overseas demonstration article (2025)
# ---------------------------------------------------------------------------
A(R004, "스마트시티의 국제협력과 K-City Network의 탄생", "en", "count",
  "Since 2021, how many countries, cities and projects has the KCN overseas demonstration track covered?",
  ["총 13개국 20개 도시에서 21개의 협력사업이 진행되었으며"],
  ["13개국", "20개 도시", "21개"],
  "21 cooperation projects (21개) in 20 cities (20개 도시) across 13 countries (13개국), including the US, UK, Italy, Vietnam and Peru.",
  "KCN 실증 누적")

A(R004, "2025년 K-City Network 해외실증형 사업 선정 현황", "ko", "table",
  "2025년 KCN 해외실증형 사업에서 말레이시아 쿠알라룸푸르의 솔루션 분야와 사업명은?",
  ["도심 주차난 해소를 위한 Edge AI 및 데이터 허브 기반 스마트 주차 서비스"],
  ["스마트 주차"],
  "솔루션은 스마트 주차이며, 사업명은 '도심 주차난 해소를 위한 Edge AI 및 데이터 허브 기반 스마트 주차 서비스'입니다.",
  "쿠알라룸푸르")

A(R004, "2025년 K-City Network 해외실증형 사업 선정 현황", "en", "table",
  "Which project is being demonstrated in Birmingham under KCN 2025?",
  ["교통약자를 위한 AR 기반 무장애 보행 내비게이션 서비스"],
  ["AR 기반 무장애 보행 내비게이션"],
  "An AR-based barrier-free pedestrian navigation service for mobility-impaired people (교통약자를 위한 AR 기반 무장애 보행 내비게이션 서비스).",
  "버밍엄")

A(R004, "해외실증형 사업 추진계획", "ko", "when",
  "KCN 성과 홍보 부스가 운영되는 WSCE 2025는 언제, 어디서 열리나요?",
  ["오는 7월 15일부터 17일까지 부산 벡스코에서 개최되는 WSCE(World Smart City Expo) 2025와 연계하여"],
  ["7월 15일부터 17일", "부산 벡스코"],
  "7월 15일부터 17일까지 부산 벡스코에서 열립니다.",
  "WSCE 2025")

A(R004, "해외실증형 사업 추진계획", "en", "factoid",
  "How many cities are in the 2025 KCN overseas demonstration round, and how long does it run?",
  ["6개 도시에서 지난 4월부터 12월까지 약 9개월간 추진되며"],
  ["6개 도시", "약 9개월"],
  "Six cities (6개 도시), from April to December, about nine months (약 9개월).",
  "KCN 2025 일정")

A(R004, "2025년 K-City Network 해외실증형 사업 선정 현황", "ko", "table",
  "2025년 KCN에서 태국 콘깬에 실증하는 사업 내용은?",
  ["AI CCTV 기반 실시간 이상상황 감지"],
  ["AI CCTV"],
  "이상상황 감지 솔루션으로, 교통·공공안전을 위한 AI CCTV 기반 실시간 이상상황 감지 사업입니다.",
  "콘깬")

A(R004, "해외실증형 사업 추진계획", "en", "list",
  "Which international and Korean finance/export organisations were to be invited to the K-Smart City Business Partnership Day?",
  ["월드뱅크(World Bank), 미주개발은행(IDB), 해외건설협회, 수출입은행 등 국제협력"],
  ["월드뱅크", "미주개발은행", "해외건설협회", "수출입은행"],
  "The World Bank (월드뱅크), the Inter-American Development Bank (미주개발은행), the International Contractors Association of Korea (해외건설협회) and Korea Eximbank (수출입은행), plus past KCN implementers.",
  "파트너십 데이")

A(R004, "2025년 K-City Network", "ko", "who",
  "이탈리아 베로나 실증지 사진의 출처에 명시된 수행기관은 어디인가요?",
  ["출처: 국토교통과학기술진흥원 내부자료(수행기관: (주)비트센싱)."],
  ["비트센싱"],
  "(주)비트센싱입니다(출처: 국토교통과학기술진흥원 내부자료).",
  "베로나 수행기관")

# ---------------------------------------------------------------------------
# Unanswerable near-misses (checked absent with grep over all 18 documents)
# ---------------------------------------------------------------------------
U("ko", "factoid",
  "부산 에코델타시티 국가 시범도시의 총사업비는 얼마로 계획되었나요?",
  "문서에는 부산 에코델타시티의 위치, 면적(2,194천㎡), 계획호수(3,380호), 사업기간('18~'23), 사업시행자(K-Water 등), 입주 일정은 있지만 총사업비는 나와 있지 않습니다.",
  "에코델타 사업비")

U("en", "factoid",
  "Exactly how much K-City Network funding was allocated to the Clark Freeport smart city feasibility study?",
  "The documents only say KCN support is about KRW 300-600 million per project in general and give yearly totals; the specific amount for the Clark study is not stated.",
  "클락 지원액")

U("ko", "factoid",
  "현행 스마트도시법령상 국가스마트도시위원회는 매년 몇 차례 정기회의를 열어야 하나요?",
  "법·시행령은 위원회 구성, 의결정족수(재적 과반수 출석·출석 과반수 찬성) 등은 정하지만 정기회의 횟수는 규정하지 않습니다. 매년 개최 의무는 폐지된 유비쿼터스도시위원회에 관한 논문 서술뿐입니다.",
  "위원회 회의 주기")

U("en", "factoid",
  "How long is a smart city certification under Article 32 of the Smart City Act valid before it must be renewed?",
  "The Act and decree cover certification targets, criteria, document and on-site review, cancellation and labelling, but no validity period for smart city certification is set in the corpus.",
  "인증 유효기간")

U("ko", "factoid",
  "스마트혁신사업자의 책임보험 보험료 가운데 국가가 지원하는 비율은 몇 %인가요?",
  "시행령은 국토부장관이 보험료 일부를 예산 범위에서 지원할 수 있다고만 정하고, 지원 비율은 어느 문서에도 없습니다.",
  "보험료 지원율")

U("en", "count",
  "How many cities were selected for the 2024 K-City Network overseas demonstration round?",
  "The 2025 article mentions showcasing results of 2024 projects and gives totals since 2021 and the six 2025 cities, but not the number of cities selected in 2024.",
  "KCN 2024")

U("ko", "where",
  "2018년 하반기 지자체 제안으로 추가 선정된 국가 시범도시는 어디인가요?",
  "2018 추진전략은 '18년 하반기 추가 선정 계획만 밝히고 있으며, 실제로 추가 선정된 도시는 문서에 없습니다. 문서에 나오는 국가 시범도시는 세종 5-1 생활권과 부산 에코델타시티뿐입니다.",
  "추가 시범도시")

U("en", "factoid",
  "What is the term of office for members appointed by the chair of the International Development Cooperation Committee?",
  "The Framework Act sets the committee size (up to 30), its chair (Prime Minister), gender balance and dismissal grounds, but no term of office for appointed members.",
  "ODA 위원 임기")

U("ko", "count",
  "대외경제협력기금(EDCF) 기금운용위원회는 몇 명의 위원으로 구성되나요?",
  "법은 재정경제부에 기금운용위원회를 두고 심의사항을 정하며, 구성과 운영은 대통령령에 위임합니다. 위원 수는 코퍼스에 없습니다.",
  "기금운용위원회 정원")

U("en", "factoid",
  "What is the maximum area allowed for an autonomous vehicle pilot operation zone?",
  "The Autonomous Vehicles Act covers designation procedure, committee review and regulatory special cases, but sets no area limit for pilot operation zones.",
  "시범운행지구 면적")

U("ko", "factoid",
  "한국지능정보사회진흥원(NIA) 원장의 임기는 몇 년인가요?",
  "지능정보화 기본법은 NIA의 설립 주체, 사업, 출연, 명칭 사용 제한 등을 정하지만 원장 임기는 규정하지 않습니다.",
  "NIA 원장 임기")

U("en", "factoid",
  "What is the 2025 annual budget of the Multifunctional Administrative City construction special account?",
  "The Sejong special act defines the special account's revenues and expenditures and caps state spending at KRW 8.5 trillion (2003 constant prices), but no annual budget figure appears.",
  "특별회계 예산")

U("ko", "factoid",
  "해외건설협회 회장의 임기는 몇 년인가요?",
  "해외건설 촉진법은 회장을 총회에서 선출해 국토부장관 승인을 받도록 하고 임원의 수·임기는 대통령령에 위임합니다. 코퍼스에 나오는 임기는 KIND 임원(3년)·운영위원(2년)뿐입니다.",
  "해외건설협회 회장")

U("en", "count",
  "How many countries took part in WSCE 2025 in Busan?",
  "The KCN article gives the dates (15-17 July) and venue (BEXCO) and the planned exhibition booth and partnership day, but not the number of participating countries.",
  "WSCE 참가국")

U("ko", "factoid",
  "제3차 스마트도시 종합계획(2019-2023)의 총 투자 예산은 얼마인가요?",
  "보고서에는 제3차 종합계획이 4대 전략 14대 추진과제를 갖추고 해외진출이 추진전략 4번에 포함된다는 내용만 있고 총 예산은 없습니다.",
  "종합계획 예산")

U("en", "table",
  "In the 2022 smart city ODA list, what is the budget of the KSP smart city initiative for Accra, Ghana?",
  "The ODA table lists the Accra smart city initiative as a 22/23 KSP policy consultation under the Ministry of Economy and Finance, but only the two KOICA Vietnam projects show budgets.",
  "가나 KSP")

U("ko", "factoid",
  "2025년 KCN 이탈리아 베로나 실증 사업에 지원되는 예산은 얼마인가요?",
  "베로나 사업명(Edge AI 교통신호·AI 시뮬레이션 교통관리)과 수행기관((주)비트센싱)은 나오지만 예산은 없습니다. 보고서의 '4억 원/건'은 2022년 기준 일반 수치입니다.",
  "베로나 예산")

U("en", "factoid",
  "Under the Smart City Act decree, what percentage of a local government's smart city construction costs can the state subsidise?",
  "Decree Art. 29 only says MOLIT may subsidise or lend part of the costs from the budget in consultation with other ministries; no percentage or ratio is given anywhere in the corpus.",
  "보조율")

U("ko", "factoid",
  "지능형교통체계(ITS) 표준인증의 유효기간은 몇 년인가요?",
  "국가통합교통체계효율화법은 표준인증·품질인증, 인증 취소, 인증기관 지정취소를 정하지만 인증 유효기간은 규정하지 않습니다.",
  "ITS 인증 유효기간")

U("en", "factoid",
  "What interest rate and grace period does the EDCF Act set for its concessional loans?",
  "The EDCF Act covers the fund's sources, uses, support conditions and management by the Export-Import Bank, but sets no interest rate or grace period; the ODA Act only defines concessional loans in general terms.",
  "EDCF 금리")


def main():
    items = [dict(it) for it in ITEMS]
    random.Random(SEED).shuffle(items)
    out = []
    keys = ["id", "question", "lang", "answerable", "doc_id", "section", "evidence",
            "key_facts", "reference", "qtype", "topic", "split"]
    for i, it in enumerate(items, 1):
        it["id"] = "eq%03d" % i
        out.append({k: it[k] for k in keys})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "qa_blind4.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(out), path))


if __name__ == "__main__":
    main()
