#!/usr/bin/env python3
"""Build the blind6 QA set.

All items are written below as Python data. Running this script shuffles
them with random.Random(20261205), assigns ids gq001... in shuffled order
and writes qa_blind6.jsonl (UTF-8, ensure_ascii=False, one object a line)
beside this script.
"""
import json
import os
import random

SPLIT = "blind6"
ITEMS = []

D000 = "000_8e0e21b7078bb0b8"
D001 = "001_f10dabb5e28a8c07"
D002 = "002_7bfffe9800fcea94"
D003 = "003_bea2acfe7f4cca42"
D004 = "004_c9995d5d9381f287"
SCA = "law_smart_city_act"
SCD = "law_smart_city_act_decree"
SCR = "law_smart_city_act_rule"
URA = "law_urban_regeneration_act"
ODA = "law_oda_framework_act"
EDCF = "law_edcf_act"
OCA = "law_overseas_construction_act"
TRA = "law_transport_system_efficiency_act"
UDA = "law_urban_development_act"
AVA = "law_autonomous_vehicles_act"
SPA = "law_spatial_information_industry_act"
SEJ = "law_sejong_special_act"
IIA = "law_intelligent_informatization_act"


def A(doc, section, lang, qtype, topic, question, evidence, key_facts, reference):
    ITEMS.append(dict(question=question, lang=lang, answerable=True, doc_id=doc,
                      section=section, evidence=evidence, key_facts=key_facts,
                      reference=reference, qtype=qtype, topic=topic))


def U(lang, qtype, topic, question, reference):
    ITEMS.append(dict(question=question, lang=lang, answerable=False, doc_id=None,
                      section="", evidence=[], key_facts=[],
                      reference=reference, qtype=qtype, topic=topic))


# ---------------------------------------------------------------------------
# 스마트도시법 (law_smart_city_act)
# ---------------------------------------------------------------------------
A(SCA, "제4조 (스마트도시종합계획의 수립 등)", "ko", "factoid", "스마트도시종합계획 주기",
  "스마트도시법상 국토부가 세우는 스마트도시종합계획은 몇 년 단위 계획인가요?",
  ["5년 단위로 다음 각 호의 사항이 포함된 스마트도시종합계획"],
  ["5년 단위"],
  "국토교통부장관은 스마트도시종합계획을 5년 단위로 수립해야 합니다(제4조).")
A(SCA, "제30조 (국제협력 및 해외진출 지원)", "en", "list", "ODA/EDCF basis for overseas smart city",
  "Under the Smart City Act's article on international cooperation, grant or loan cooperation under which two laws can the state use to support overseas smart city projects?",
  ["국가는 「국제개발협력기본법」과 「대외경제협력기금법」에 따른 무상 협력 또는 유상 협력으로 해외 스마트도시사업을 지원할 수 있다."],
  ["국제개발협력기본법", "대외경제협력기금법"],
  "Article 30(2) lets the state support overseas smart city projects through grant or loan cooperation under the Framework Act on International Development Cooperation (국제개발협력기본법) and the EDCF Act (대외경제협력기금법).")
A(SCA, "제23조 (국가스마트도시위원회)", "ko", "count", "국가스마트도시위원회 구성",
  "국가스마트도시위원회는 위원장 몇 명을 포함해 최대 몇 명으로 꾸려지나요?",
  ["위원회는 위원장 2명, 부위원장 3명을 포함한 30명 이내의 위원으로 구성한다."],
  ["위원장 2명", "30명 이내"],
  "위원장 2명, 부위원장 3명을 포함한 30명 이내의 위원으로 구성합니다(제23조제2항).")
A(SCA, "제23조 (국가스마트도시위원회)", "en", "who", "committee vice-chairs",
  "Who serve as the vice-chairs of the National Smart City Committee?",
  ["부위원장은 과학기술정보통신부차관, 행정안전부차관 및 국토교통부차관으로 하며"],
  ["과학기술정보통신부차관", "행정안전부차관", "국토교통부차관"],
  "The three vice-chairs are the Vice Minister of Science and ICT (과학기술정보통신부차관), the Vice Minister of the Interior and Safety (행정안전부차관) and the Vice Minister of Land, Infrastructure and Transport (국토교통부차관).")
A(SCA, "제51조 (스마트혁신사업계획의 승인기준 등)", "ko", "factoid", "스마트혁신사업 시행기간",
  "스마트혁신사업(규제샌드박스) 승인을 받으면 사업을 몇 년까지 할 수 있고, 연장은 어떻게 되나요?",
  ["스마트혁신사업의 시행기간은 4년 이내로 하며, 1회에 한하여 2년 이내의 범위에서"],
  ["4년 이내", "1회에 한하여 2년 이내"],
  "시행기간은 4년 이내이며 1회에 한하여 2년 이내 범위에서 연장할 수 있습니다(법령 정비 미완료 시 정비 완료까지 연장된 것으로 봄).")
A(SCA, "제24조 (스마트도시사업협의회)", "ko", "count", "스마트도시사업협의회 위원 수",
  "지자체가 스마트도시건설사업 추진하려고 꾸리는 스마트도시사업협의회는 위원 몇 명 이내인가요?",
  ["협의회는 다음 각 호에 해당하는 25명 이내의 위원으로 구성한다."],
  ["25명 이내"],
  "스마트도시사업협의회는 25명 이내의 위원으로 구성합니다(제24조제2항).")
A(SCA, "제54조 (벌칙)", "en", "factoid", "penalty for fraudulent approval",
  "What is the criminal penalty for obtaining approval of a smart innovation project plan by fraud under the Smart City Act?",
  ["3년 이하의 징역 또는 3천만원 이하의 벌금에 처한다."],
  ["3년 이하의 징역", "3천만원 이하의 벌금"],
  "Up to 3 years' imprisonment (3년 이하의 징역) or a fine of up to 30 million won (3천만원 이하의 벌금).")
A(SCA, "제37조 (익명처리된 개인정보의 활용에 대한 다른 법령의 배제)", "ko", "yesno", "국가시범도시 익명정보 특례",
  "국가시범도시에서 익명처리한 개인정보를 활용할 때도 개인정보 보호법이 그대로 적용되나요?",
  ["익명처리하여 정보를 활용하는 경우에는 「개인정보 보호법」, 「위치정보의 보호 및 이용 등에 관한 법률」 및 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」의 적용을 받지 아니한다."],
  ["적용을 받지 아니한다"],
  "아니요. 특정 개인을 알아볼 수 없도록 익명처리해 활용하면 개인정보 보호법·위치정보법·정보통신망법의 적용을 받지 않습니다(제37조).")
A(SCA, "제2조 (정의)", "en", "definition", "definition of smart city",
  "How does the Smart City Act define a \"smart city\"?",
  ["\"스마트도시\"란 도시의 경쟁력과 삶의 질의 향상을 위하여 건설ㆍ정보통신기술 등을 융ㆍ복합하여 건설된 도시기반시설을 바탕으로 다양한 도시서비스를 제공하는 지속가능한 도시를 말한다."],
  ["건설ㆍ정보통신기술 등을 융ㆍ복합하여", "지속가능한 도시"],
  "A sustainable city (지속가능한 도시) that provides various urban services on the basis of urban infrastructure built by converging construction and ICT technologies (건설ㆍ정보통신기술 등을 융ㆍ복합하여), to improve urban competitiveness and quality of life.")
A(SCA, "제9조의2 (민간부문의 제안)", "ko", "article", "민간제안 근거 조항",
  "스마트도시법에서 민간기업한테 스마트도시건설사업이나 서비스 제안을 공모할 수 있게 한 조문은 몇 조예요?",
  ["제9조의2 (민간부문의 제안)", "국토교통부장관은 민간제안사업의 추진에 필요한 비용의 전부 또는 일부를 지원할 수 있다."],
  ["제9조의2"],
  "제9조의2(민간부문의 제안)입니다. 국토부장관과 스마트도시계획수립권자가 민간기업등을 대상으로 사업 제안을 공모할 수 있고, 국토부가 비용을 지원할 수 있습니다.")
A(SCA, "제19조의4 (스마트도시서비스 지원기관의 지정)", "en", "who", "support agency overseas export",
  "Which MOLIT-designated body has, among its statutory tasks, supporting the overseas export of smart cities and smart city technology?",
  ["연구기관, 단체 또는 법인을 스마트도시서비스 지원기관(이하 \"지원기관\"이라 한다)으로 지정할 수 있다.", "스마트도시 및 스마트도시 기술의 해외수출 지원"],
  ["스마트도시서비스 지원기관"],
  "The smart city service support agency (스마트도시서비스 지원기관) designated under Article 19-4; its duties include supporting the overseas export of smart cities and smart city technology.")
A(SCA, "제31조 (금융지원 등)", "en", "yesno", "Housing and Urban Fund support",
  "Can MOLIT support smart city projects with money from the Housing and Urban Fund?",
  ["국토교통부장관은 스마트도시사업 등에 대하여 「주택도시기금법」에 따른 주택도시기금을 지원할 수 있다."],
  ["주택도시기금을 지원할 수 있다"],
  "Yes. Article 31(2) allows the MOLIT Minister to support smart city projects with the Housing and Urban Fund (주택도시기금을 지원할 수 있다).")

# ---------------------------------------------------------------------------
# 스마트도시법 시행령 (law_smart_city_act_decree)
# ---------------------------------------------------------------------------
A(SCD, "제3조 (스마트도시기반시설 중 정보통신망)", "ko", "definition", "기반시설 정보통신망",
  "스마트도시기반시설 중 '그 밖에 대통령령으로 정하는 정보통신망'은 시행령에서 뭘 말하나요?",
  ["스마트도시의 관리ㆍ운영에 관한 시설이 제공하는 서비스를 전달하는 유무선센서망을 말한다."],
  ["유무선센서망"],
  "지능화된 시설에서 수집된 정보와 스마트도시 관리·운영 시설이 제공하는 서비스를 전달하는 유무선센서망을 말합니다(시행령 제3조).")
A(SCD, "제24조 (스마트도시기반시설의 보호)", "en", "factoid", "critical information infrastructure",
  "Which smart city infrastructure facility does the Enforcement Decree single out for designation as critical information and communications infrastructure?",
  ["제4조제2호에 따른 스마트도시 통합운영센터를 말한다."],
  ["스마트도시 통합운영센터"],
  "The smart city integrated operation center (스마트도시 통합운영센터) defined in Article 4(2) of the Decree.")
A(SCD, "제9조 (공청회의 개최)", "ko", "when", "종합계획 공청회 공고",
  "스마트도시종합계획안 공청회는 개최일 며칠 전까지 공고해야 하나요?",
  ["공청회 개최 예정일 14일 전까지"],
  ["14일 전"],
  "공청회 개최 예정일 14일 전까지 일간신문, 관보, 인터넷 홈페이지에 공고해야 합니다.")
A(SCD, "제17조 (사업시행자)", "ko", "factoid", "공동출자법인 요건",
  "스마트도시건설사업을 하려는 민관 공동출자법인(SPC)은 공공 쪽 출자비율이 얼마 이상이어야 하죠?",
  ["법 제12조제1항제1호부터 제3호까지에 해당하는 자의 출자비율 합계가 100분의 20 이상일 것"],
  ["100분의 20 이상"],
  "국가·지자체·공공기관·지방공사 등(법 제12조제1항제1호~제3호)의 출자비율 합계가 100분의 20 이상이어야 합니다.")
A(SCD, "제25조 (국가스마트도시위원회의 구성)", "en", "factoid", "term of appointed members",
  "What is the term of office of National Smart City Committee members appointed by the MOLIT Minister?",
  ["국토교통부장관이 위촉하는 위원의 임기는 2년으로 하되, 연임할 수 있다."],
  ["2년"],
  "Two years (2년), and they may be reappointed.")
A(SCD, "제58조 (스마트혁신사업의 관리 등에 관한 업무 위탁)", "ko", "who", "스마트혁신사업 관리 위탁",
  "스마트혁신사업 관리 업무는 어느 기관에 맡길 수 있나요?",
  ["「국토교통과학기술 육성법」 제16조에 따른 국토교통과학기술진흥원(이하 \"국토교통과학기술진흥원\"이라 한다)이나 국토교통부장관이 지정하는 스마트도시 관련 전문기관ㆍ단체에 위탁할 수 있다."],
  ["국토교통과학기술진흥원"],
  "국토교통과학기술진흥원이나 국토부장관이 지정하는 스마트도시 관련 전문기관·단체에 위탁할 수 있습니다.")
A(SCD, "제57조 (책임보험 등의 가입)", "en", "factoid", "liability insurance minimums",
  "For a smart innovation project, what minimum insurance amounts does the decree set per person for death and per accident for property damage?",
  ["사망한 경우에는 1인당 1억5천만원", "재물이 멸실되거나 훼손된 경우에는 사고당 10억원"],
  ["1억5천만원", "10억원"],
  "KRW 150 million per person for death (1억5천만원) and KRW 1 billion per accident for property loss or damage (10억원).")
A(SCD, "제60조 (업무의 위탁)", "ko", "who", "민간제안사업 위탁기관",
  "민간제안사업 공모·지원 업무를 위탁받는 기관은 어디인가요?",
  ["민간제안사업의 공모 및 지원: 「정부출연연구기관 등의 설립ㆍ운영 및 육성에 관한 법률」 제8조에 따른 국토연구원"],
  ["국토연구원"],
  "국토연구원에 위탁합니다(시행령 제60조제1항제1호).")
A(SCD, "제30조 (스마트도시 특화단지의 지정 등)", "en", "count", "special complex requirements",
  "How many of the listed requirements must an area meet to be designated as a smart city special complex (특화단지)?",
  ["다음 각 호의 요건 중 둘 이상을 충족하는 지역을 법 제29조제1항에 따른 스마트도시 특화단지"],
  ["둘 이상"],
  "At least two (둘 이상) of the listed requirements.")

# ---------------------------------------------------------------------------
# 스마트도시법 시행규칙 (law_smart_city_act_rule)
# ---------------------------------------------------------------------------
A(SCR, "제3조의2 (국가시범도시건설사업에 대한 성과평가 결과의 공개 등)", "ko", "when", "성과평가 결과 공개",
  "국가시범도시 성과평가 결과는 언제까지 홈페이지에 공개해야 돼요?",
  ["성과평가 결과를 매년 3월 31일까지 국토교통부 인터넷 홈페이지에 공개해야 한다."],
  ["매년 3월 31일까지"],
  "매년 3월 31일까지 국토교통부 인터넷 홈페이지에 공개해야 합니다.")
A(SCR, "제3조 (국가시범도시건설사업에 대한 성과평가의 실시)", "en", "factoid", "objection period",
  "If a national pilot city project operator disagrees with its performance evaluation result, within how many days can it file an objection?",
  ["통보를 받은 날부터 10일 이내에 이의신청 내용과 관련 소명자료를 국토교통부장관에게 제출할 수 있다."],
  ["10일 이내"],
  "Within 10 days (10일 이내) of being notified, by submitting the objection and supporting material to the MOLIT Minister.")
A(SCR, "제3조의3 (국가시범도시건설사업 성과평가위원회의 구성ㆍ운영 등)", "ko", "who", "성과평가위원회 구성",
  "국가시범도시 성과평가위원회는 누구로 구성되나요?",
  ["성과평가위원회는 법 제23조제4항에 따른 전문위원회 위원 중 국토교통부장관이 임명 또는 위촉하는 사람으로 구성한다."],
  ["전문위원회 위원 중"],
  "법 제23조제4항에 따른 (국가스마트도시위원회) 전문위원회 위원 중 국토교통부장관이 임명 또는 위촉하는 사람으로 구성합니다.")
A(SCR, "제2조 (국가시범도시건설사업에 대한 성과평가계획의 수립 등)", "en", "factoid", "evaluation plan frequency",
  "How often must MOLIT draw up the performance evaluation plan for national pilot city construction projects?",
  ["\"성과평가계획\"이라 한다)을 매년 수립해야 한다."],
  ["매년"],
  "Every year (매년); the plan is then notified to the project operator without delay.")
A(SCR, "제4조 (스마트혁신사업 및 스마트실증사업 신청서 등)", "ko", "factoid", "스마트혁신사업 신청서 서식",
  "스마트혁신사업 신청서는 시행규칙 별지 몇 호서식을 쓰나요?",
  ["스마트혁신사업 신청서는 별지 제3호서식에 따르고"],
  ["별지 제3호서식"],
  "별지 제3호서식을 씁니다(스마트실증사업은 별지 제4호서식).")

# ---------------------------------------------------------------------------
# 도시재생법 (law_urban_regeneration_act)
# ---------------------------------------------------------------------------
A(URA, "제4조 (국가도시재생기본방침의 수립)", "ko", "factoid", "국가도시재생기본방침 주기",
  "국가도시재생기본방침은 얼마마다 세우고 재검토는 언제 하나요?",
  ["국가도시재생기본방침을 10년마다 수립하여야 하며, 필요한 경우 5년마다 그 내용을 재검토하여 정비할 수 있다."],
  ["10년마다", "5년마다"],
  "10년마다 수립하고 필요하면 5년마다 재검토·정비할 수 있습니다.")
A(URA, "제7조 (도시재생특별위원회의 설치 등)", "en", "who", "urban regeneration special committee chair",
  "Under the Urban Regeneration Act, to whom is the Urban Regeneration Special Committee attached and who chairs it?",
  ["도시재생에 관한 정책을 종합적이고 효율적으로 추진하기 위하여 국무총리 소속으로 도시재생특별위원회", "위원장은 국무총리가 되고"],
  ["국무총리"],
  "It sits under the Prime Minister (국무총리 소속) and the Prime Minister chairs it.")
A(URA, "제13조 (도시재생전략계획의 내용)", "ko", "count", "활성화지역 지정 요건",
  "도시재생활성화지역으로 지정하려면 인구감소·산업이탈·주거악화 요건 중 몇 개 이상을 갖춰야 해요?",
  ["도시재생활성화지역을 지정하려는 경우에는 다음 각 호의 요건 중 2개 이상을 갖추어야 한다."],
  ["2개 이상"],
  "세 가지 요건 중 2개 이상을 갖추어야 합니다(제13조제4항).")
A(URA, "제2조 (정의)", "en", "definition", "neighbourhood regeneration plan",
  "What is a neighbourhood-regeneration type (근린재생형) activation plan under the Urban Regeneration Act?",
  ["근린재생형 활성화계획: 생활권 단위의 생활환경 개선, 기초생활인프라 확충, 공동체 활성화, 골목경제 살리기 등을 위한 도시재생활성화계획"],
  ["생활권 단위의 생활환경 개선"],
  "An urban regeneration activation plan for living-area level improvements (생활권 단위의 생활환경 개선), expansion of basic living infrastructure, community revitalisation and reviving local alley economies.")
A(URA, "제11조 (도시재생지원센터의 설치)", "ko", "yesno", "도시재생지원센터 업무",
  "도시재생지원센터 업무에 마을기업 창업이나 운영 지원도 들어가나요?",
  ["마을기업의 창업 및 운영 지원"],
  ["마을기업의 창업 및 운영 지원"],
  "네. 도시재생지원센터 업무에 마을기업의 창업 및 운영 지원이 포함됩니다(제11조제1항제4호).")
A(URA, "제12조 (도시재생전략계획의 수립)", "ko", "factoid", "도시재생전략계획 주기",
  "지자체 도시재생전략계획은 몇 년 단위로 수립하고 정비는 몇 년 단위죠?",
  ["도시재생전략계획을 10년 단위로 수립하고, 필요한 경우 5년 단위로 정비하여야 한다."],
  ["10년 단위", "5년 단위"],
  "전략계획수립권자는 도시재생전략계획을 10년 단위로 수립하고 필요한 경우 5년 단위로 정비해야 합니다.")
A(URA, "제35조 (특별재생지역의 지정)", "en", "article", "special regeneration areas",
  "Which article of the Urban Regeneration Act covers designating special regeneration areas (특별재생지역) after disasters, and among which kind of areas are they designated?",
  ["제35조 (특별재생지역의 지정)", "「재난 및 안전관리 기본법」에 따른 특별재난지역으로 선포된 지역 중"],
  ["제35조", "특별재난지역"],
  "Article 35. They are designated among areas declared special disaster areas (특별재난지역) under the Framework Act on Disaster and Safety Management that suffered large-scale damage above the amount MOLIT sets.")

# ---------------------------------------------------------------------------
# 국제개발협력기본법 (law_oda_framework_act)
# ---------------------------------------------------------------------------
A(ODA, "제7조 (국제개발협력위원회)", "ko", "who", "국제개발협력위원회",
  "ODA 기본법상 국제개발협력위원회 위원장은 누구고 위원은 몇 명 이내인가요?",
  ["위원회는 위원장 1명을 포함한 30명 이내의 위원으로 구성한다.", "위원장은 국무총리가 되고"],
  ["국무총리", "30명 이내"],
  "위원장은 국무총리이며, 위원장 1명을 포함한 30명 이내 위원으로 구성합니다.")
A(ODA, "제12조 (국제개발협력 주관기관)", "en", "who", "lead ministries for bilateral ODA",
  "Under the ODA Framework Act, which ministers lead bilateral concessional loans and bilateral grants respectively?",
  ["양자간 개발협력 중 유상협력은 재정경제부장관이, 무상협력은 외교부장관이 각각 주관한다."],
  ["재정경제부장관", "외교부장관"],
  "Concessional (loan) cooperation is led by the Minister of Economy and Finance (재정경제부장관) and grant cooperation by the Minister of Foreign Affairs (외교부장관).")
A(ODA, "제11조 (국제개발협력 종합기본계획의 수립 등)", "ko", "factoid", "종합기본계획 주기",
  "국제개발협력 종합기본계획은 몇 년마다 심사·의결하나요?",
  ["국제개발협력 종합기본계획(이하 \"종합기본계획\"이라 한다)을 5년마다 심사ㆍ의결하여야 한다."],
  ["5년마다"],
  "국제개발협력위원회가 5년마다 심사·의결합니다.")
A(ODA, "제18조의2 (국제개발협력의 날)", "ko", "when", "국제개발협력의 날",
  "국제개발협력의 날은 며칠이에요?",
  ["매년 11월 25일을 국제개발협력의 날로 정한다."],
  ["11월 25일"],
  "매년 11월 25일입니다.")
A(ODA, "제16조 (국제개발협력에 대한 평가)", "en", "when", "evaluation report deadline",
  "By what date each year must the committee's ODA policy and project evaluation results be reported to the National Assembly?",
  ["제1항의 평가 결과는 매년 6월 30일까지 국회에 보고하여야 한다."],
  ["6월 30일까지"],
  "The evaluation results must be reported to the National Assembly by 30 June every year (매년 6월 30일까지).")
A(ODA, "제2조 (정의)", "ko", "definition", "유상협력 정의",
  "국제개발협력기본법에서 말하는 '유상협력'은 어떤 거죠?",
  ["상업적 조건으로 차입할 수 있는 것보다 유리한 조건으로 개발도상국에 제공하는 현금 또는 현물 등으로서 상환의무가 있는 것을 말한다."],
  ["유리한 조건", "상환의무가 있는 것"],
  "이자율·상환기간·거치기간 등에서 국제 자본시장의 상업적 조건보다 유리한 조건으로 개발도상국에 제공하는 현금·현물 등으로서 상환의무가 있는 것입니다.")
A(ODA, "제2조 (정의)", "en", "definition", "definition of developing country",
  "How does the ODA Framework Act define a \"developing country\"?",
  ["\"개발도상국\"이란 경제협력개발기구 개발원조위원회가 정한 공적개발원조 대상국(지역을 포함한다)을 말한다."],
  ["경제협력개발기구 개발원조위원회"],
  "As an ODA recipient country (including territories) designated by the OECD Development Assistance Committee (경제협력개발기구 개발원조위원회).")
A(ODA, "제23조 (재외공관의 역할)", "ko", "factoid", "재외공관 현황 파악",
  "재외공관은 관할 지역 ODA 사업 현황을 얼마나 자주 파악해서 보고해야 하나요?",
  ["연 1회 이상 파악하여 그 결과를 주관기관을 거쳐 위원회에 보고하여야 한다."],
  ["연 1회 이상"],
  "연 1회 이상 파악하여 주관기관을 거쳐 국제개발협력위원회에 보고해야 합니다.")

# ---------------------------------------------------------------------------
# 대외경제협력기금법 (law_edcf_act)
# ---------------------------------------------------------------------------
A(EDCF, "제9조 (기금의 운용ㆍ관리)", "ko", "who", "EDCF 운용·관리",
  "EDCF는 누가 운용·관리하고, 실무는 어디에 위탁할 수 있나요?",
  ["기금은 재정경제부장관이 운용ㆍ관리한다.", "기금의 운용ㆍ관리에 관한 사무를 한국수출입은행에 위탁할 수 있다."],
  ["재정경제부장관", "한국수출입은행"],
  "재정경제부장관이 운용·관리하며, 운용·관리 사무를 한국수출입은행에 위탁할 수 있습니다.")
A(EDCF, "제4조 (기금의 재원)", "en", "yesno", "EDCF funding sources",
  "Apart from government contributions, can the EDCF be financed by deposits received from the Public Capital Management Fund?",
  ["「공공자금관리기금법」에 따른 공공자금관리기금으로부터 받은 예수금"],
  ["공공자금관리기금으로부터 받은 예수금"],
  "Yes. Deposits received from the Public Capital Management Fund (공공자금관리기금으로부터 받은 예수금) are one of the listed sources, alongside contributions, long-term borrowings and operating income.")
A(EDCF, "제8조 (기금의 지원요건)", "ko", "factoid", "EDCF 지원요건",
  "EDCF 융자나 출자는 어떤 경우로 한정되나요?",
  ["한국수출입은행이나 그 밖의 은행으로부터 일반적인 조건으로 지원을 받는 것이 곤란하다고 인정되는 경우로 한정한다."],
  ["일반적인 조건으로 지원을 받는 것이 곤란하다고 인정되는 경우"],
  "한국수출입은행 등 은행에서 일반적인 조건으로 지원받기 곤란하다고 인정되는 경우로 한정됩니다(제8조).")
A(EDCF, "제2조 (정의)", "en", "definition", "developing country under EDCF Act",
  "Who decides which countries count as developing countries (개도국) eligible under the EDCF Act?",
  ["제10조에 따른 기금운용위원회의 심의를 거쳐 재정경제부장관이 정하는 국가를 말한다."],
  ["기금운용위원회의 심의", "재정경제부장관이 정하는 국가"],
  "The Minister of Economy and Finance decides, after deliberation by the Fund Management Committee (기금운용위원회의 심의를 거쳐 재정경제부장관이 정하는 국가), considering income level and industrial structure.")
A(EDCF, "제14조 (이익 및 결손의 처리)", "ko", "factoid", "EDCF 결산 이익금",
  "EDCF 결산에서 이익금이 나면 어떻게 처리하나요?",
  ["기금의 결산상 이익금이 생겼을 때에는 전액 적립하여야 한다."],
  ["전액 적립"],
  "전액 적립해야 합니다. 손실은 적립금으로 보전하고 부족하면 정부가 예산 범위에서 보전할 수 있습니다.")
A(EDCF, "제11조 (일시 차입)", "en", "when", "temporary borrowing repayment",
  "When must temporary borrowings taken by the EDCF from the Bank of Korea or other banks be repaid?",
  ["제1항에 따른 일시차입금은 해당 회계연도에 상환하여야 한다."],
  ["해당 회계연도에 상환"],
  "Within the same fiscal year (해당 회계연도에 상환).")
A(EDCF, "제10조 (기금운용위원회)", "ko", "where", "기금운용위원회 소속",
  "EDCF 기금운용위원회는 어느 부처에 두나요?",
  ["재정경제부에 기금운용위원회를 둔다."],
  ["재정경제부"],
  "재정경제부에 두며, 기본정책·기금운용계획·결산보고사항 등을 심의합니다.")

# ---------------------------------------------------------------------------
# 해외건설 촉진법 (law_overseas_construction_act)
# ---------------------------------------------------------------------------
A(OCA, "제28조의4 (자본금 등)", "ko", "factoid", "KIND 자본금",
  "KIND(한국해외인프라도시개발지원공사) 법정 자본금은 얼마예요?",
  ["지원공사의 자본금은 2조원으로 한다."],
  ["2조원"],
  "2조원입니다(해외건설 촉진법 제28조의4).")
A(OCA, "제28조의8 (운영위원회의 구성)", "en", "count", "KIND operating committee size",
  "How many members sit on KIND's operating committee?",
  ["다음 각 호의 위원 7명으로 구성한다."],
  ["7명"],
  "Seven members (7명), including KIND's president and officials designated by MOLIT and the Ministry of Economy and Finance.")
A(OCA, "제28조의16 (업무)", "ko", "list", "KIND 업무",
  "해외건설 촉진법상 KIND가 하는 업무 몇 가지만 알려주세요.",
  ["해외인프라ㆍ도시개발사업의 발굴 및 추진", "해외인프라ㆍ도시개발사업에 대한 투자, 출자 및 금융자문", "제1호와 관련된 외국정부ㆍ발주자와의 협상 지원"],
  ["발굴 및 추진", "투자, 출자 및 금융자문", "협상 지원"],
  "해외인프라·도시개발사업의 발굴 및 추진, 투자·출자 및 금융자문, 외국정부·발주자와의 협상 지원, 국제협력, 전문가 교육 등을 수행합니다.")
A(OCA, "제28조의19 (해외인프라ㆍ도시개발채권의 발행 등)", "en", "factoid", "KIND bond cap",
  "Up to what limit may KIND issue overseas infrastructure and urban development bonds?",
  ["납입자본금과 적립금 합계액의 5배를 초과하지 아니하는 범위에서 해외인프라ㆍ도시개발채권을 발행할 수 있다."],
  ["5배"],
  "Up to five times (5배) the sum of its paid-in capital and reserves, by resolution of the operating committee.")
A(OCA, "제2조 (정의)", "ko", "definition", "해외인프라·도시개발사업 정의",
  "해외건설 촉진법에서 '해외인프라·도시개발사업'은 어떤 사업을 말하나요?",
  ["\"해외인프라ㆍ도시개발사업\"이란 해외에서 시행되는 다음 각 목의 사업을 말한다.", "「사회기반시설에 대한 민간투자법」 제2조제1호의 사회기반시설 개발, 「도시개발법」 제2조제1항제2호의 도시개발사업"],
  ["사회기반시설 개발", "도시개발사업"],
  "해외에서 시행되는 사회기반시설 개발과 도시개발사업, 그리고 이와 관련해 국토교통부장관이 정하는 사업을 말합니다.")
A(OCA, "제6조 (해외건설업의 신고)", "en", "yesno", "public institutions exempt from notification",
  "Do public institutions designated by presidential decree have to file an overseas construction business notification before doing overseas construction?",
  ["제1항에도 불구하고 신고를 하지 아니하고 해외건설업을 할 수 있다."],
  ["신고를 하지 아니하고 해외건설업을 할 수 있다"],
  "No. Designated public institutions and local public enterprises may carry on overseas construction business without filing (신고를 하지 아니하고 해외건설업을 할 수 있다) and are treated as overseas construction businesses.")
A(OCA, "제19조의3 (존립기간)", "ko", "factoid", "해외건설집합투자기구 존립기간",
  "해외건설집합투자기구(펀드) 존립기간은 최대 몇 년까지 정할 수 있나요?",
  ["등록 또는 보고된 날부터 30년 이내에서"],
  ["30년 이내"],
  "등록 또는 보고된 날부터 30년 이내에서 신탁계약이나 정관으로 정하며, 금융위 승인을 받아 한 차례 연장할 수 있습니다.")
A(OCA, "제28조의10 (임원 및 직원)", "en", "factoid", "KIND officer term",
  "What is the term of office of KIND's officers?",
  ["임원의 임기는 3년으로 한다."],
  ["3년"],
  "The term of office of KIND officers is three years (3년).")

# ---------------------------------------------------------------------------
# 국가통합교통체계효율화법 (law_transport_system_efficiency_act)
# ---------------------------------------------------------------------------
A(TRA, "제73조 (지능형교통체계기본계획의 수립 등)", "ko", "factoid", "ITS 기본계획 주기",
  "국가 ITS 기본계획은 몇 년 단위로 수립하나요?",
  ["10년 단위로 지능형교통체계에 관한 국가 차원의 기본계획"],
  ["10년 단위"],
  "10년 단위로 수립하며 5년마다 전반적으로 재검토합니다.")
A(TRA, "제2조 (정의)", "en", "definition", "ITS definition",
  "How does the National Integrated Transport System Efficiency Act define an intelligent transport system (ITS)?",
  ["\"지능형교통체계\"란 교통수단 및 교통시설에 대하여 전자ㆍ제어 및 통신 등 첨단교통기술과 교통정보를 개발ㆍ활용함으로써"],
  ["전자ㆍ제어 및 통신 등 첨단교통기술"],
  "A transport system that applies advanced transport technologies such as electronics, control and communications (전자ㆍ제어 및 통신 등 첨단교통기술) and traffic information to transport means and facilities, making operation and management scientific and automated and improving efficiency and safety.")
A(TRA, "제4조 (국가기간교통망계획의 수립 등)", "ko", "factoid", "국가기간교통망계획 주기",
  "국가기간교통망계획은 몇 년 단위 계획이에요?",
  ["20년 단위로 국가기간교통망에 관한 계획"],
  ["20년 단위"],
  "20년 단위로 수립하며 5년마다 검토합니다.")
A(TRA, "제17조의2 (교통빅데이터플랫폼의 구축ㆍ운영)", "en", "yesno", "transport big data personal info",
  "May the transport big-data platform run by MOLIT hold personal information?",
  ["수집ㆍ관리하는 데이터에 「개인정보 보호법」에 따른 개인정보를 포함시켜서는 아니 된다."],
  ["개인정보를 포함시켜서는 아니 된다"],
  "No. The data collected and managed for the platform must not include personal information under the Personal Information Protection Act (개인정보를 포함시켜서는 아니 된다).")
A(TRA, "제107조 (국가교통위원회의 구성 등)", "ko", "who", "국가교통위원회 위원장",
  "국가교통위원회 위원장과 부위원장은 누가 맡나요?",
  ["국가교통위원회의 위원장은 국토교통부장관이 되고, 부위원장은 국토교통부 제2차관이 된다."],
  ["국토교통부장관", "국토교통부 제2차관"],
  "위원장은 국토교통부장관, 부위원장은 국토교통부 제2차관입니다.")
A(TRA, "제45조 (복합환승센터의 지정)", "en", "who", "metropolitan transfer centre designation",
  "Who designates a metropolitan multimodal transfer centre (광역복합환승센터)?",
  ["광역복합환승센터: 시ㆍ도지사가 국토교통부장관의 승인을 받아 지정."],
  ["시ㆍ도지사", "국토교통부장관의 승인"],
  "The mayor or governor (시ㆍ도지사) designates it with the approval of the MOLIT Minister (국토교통부장관의 승인); above a certain size the National Transport Committee must deliberate first.")
A(TRA, "제74조 (지방자치단체의 지능형교통체계계획 수립 등)", "ko", "yesno", "ITS 지방계획 의무",
  "우리 시에서 교통체계지능화사업(ITS 사업)을 하려면 지능형교통체계지방계획을 먼저 세워야 하나요?",
  ["관할 지역에서 제77조에 따른 교통체계지능화사업을 하려는 경우에는 사업 시행 전에 지능형교통체계지방계획을 수립하여야 한다."],
  ["사업 시행 전에 지능형교통체계지방계획을 수립하여야 한다"],
  "네. 관할 지역에서 교통체계지능화사업을 하려면 사업 시행 전에 지능형교통체계지방계획을 수립해야 합니다.")

A(TRA, "제90조 (국가통합 지능형교통체계정보센터의 구축 등)", "ko", "article", "국가통합교통정보센터 근거",
  "전국 단위 교통정보를 모으는 국가통합 지능형교통체계정보센터를 국토부가 구축·운영하도록 한 조문은 몇 조예요?",
  ["제90조 (국가통합 지능형교통체계정보센터의 구축 등)", "국가통합 지능형교통체계정보센터(이하 \"국가통합교통정보센터\"라 한다)를 구축ㆍ운영하여야 한다."],
  ["제90조"],
  "국가통합교통체계효율화법 제90조입니다. 국토교통부장관은 육상·해상·항공 전국단위교통정보를 수집·제공하는 국가통합교통정보센터를 구축·운영해야 합니다.")

# ---------------------------------------------------------------------------
# 도시개발법 (law_urban_development_act)
# ---------------------------------------------------------------------------
A(UDA, "제3조 (도시개발구역의 지정 등)", "ko", "who", "도시개발구역 지정권자",
  "도시개발구역은 원칙적으로 누가 지정할 수 있나요?",
  ["특별시장ㆍ통합특별시장ㆍ광역시장ㆍ도지사ㆍ특별자치도지사(이하 \"시ㆍ도지사\"라 한다)", "인구 50만 이상 대도시의 시장"],
  ["시ㆍ도지사", "인구 50만 이상 대도시의 시장"],
  "시·도지사와 인구 50만 이상 대도시의 시장이 지정하며, 국가 필요 등 일정한 경우 국토교통부장관도 지정할 수 있습니다.")
A(UDA, "제13조 (조합 설립의 인가)", "en", "count", "cooperative founders",
  "How many landowners are needed to set up an urban development cooperative under the Urban Development Act?",
  ["도시개발구역의 토지 소유자 7명 이상이"],
  ["7명 이상"],
  "At least seven landowners (7명 이상) in the zone, who draw up articles and obtain approval; consent of owners of two-thirds of the land and half of all owners is also required.")
A(UDA, "제4조 (개발계획의 수립 및 변경)", "ko", "factoid", "환지방식 동의요건",
  "환지 방식으로 도시개발 개발계획을 세우려면 토지소유자 동의를 얼마나 받아야 하나요?",
  ["환지 방식이 적용되는 지역의 토지면적의 3분의 2 이상에 해당하는 토지 소유자와 그 지역의 토지 소유자 총수의 2분의 1 이상의 동의를 받아야 한다."],
  ["3분의 2 이상", "2분의 1 이상"],
  "환지 방식 적용 지역 토지면적의 3분의 2 이상에 해당하는 토지 소유자와 토지 소유자 총수의 2분의 1 이상의 동의가 필요합니다.")
A(UDA, "제25조의2 (원형지의 공급과 개발)", "en", "factoid", "raw land supply cap",
  "What is the maximum share of a development zone that can be supplied as undeveloped raw land (원형지)?",
  ["원형지의 면적은 도시개발구역 전체 토지 면적의 3분의 1 이내로 한정한다."],
  ["3분의 1 이내"],
  "Up to one third (3분의 1 이내) of the total land area of the urban development zone.")
A(UDA, "제62조 (도시개발채권의 발행)", "ko", "factoid", "도시개발채권 소멸시효",
  "도시개발채권 소멸시효는 원금과 이자 각각 몇 년이에요?",
  ["도시개발채권의 소멸시효는 상환일부터 기산(起算)하여 원금은 5년, 이자는 2년으로 한다."],
  ["원금은 5년", "이자는 2년"],
  "상환일부터 기산하여 원금은 5년, 이자는 2년입니다.")
A(UDA, "제21조 (도시개발사업의 시행 방식)", "en", "list", "implementation methods",
  "What implementation methods does the Urban Development Act allow for an urban development project?",
  ["수용 또는 사용하는 방식이나 환지 방식 또는 이를 혼용하는 방식으로 시행할 수 있다."],
  ["수용 또는 사용하는 방식", "환지 방식", "혼용하는 방식"],
  "Expropriation or use of land (수용 또는 사용하는 방식), land readjustment/replotting (환지 방식), or a mix of the two (혼용하는 방식).")
A(UDA, "제34조 (체비지 등)", "ko", "definition", "체비지",
  "도시개발사업에서 체비지는 어떤 용도로 쓰는 땅인가요?",
  ["그 중 일부를 체비지로 정하여 도시개발사업에 필요한 경비에 충당할 수 있다."],
  ["도시개발사업에 필요한 경비에 충당"],
  "환지로 정하지 않은 보류지 중 일부를 체비지로 정해 도시개발사업에 필요한 경비에 충당하는 토지입니다.")

# ---------------------------------------------------------------------------
# 자율주행자동차법 (law_autonomous_vehicles_act)
# ---------------------------------------------------------------------------
A(AVA, "제7조 (시범운행지구의 지정 등)", "ko", "who", "시범운행지구 지정",
  "자율주행 시범운행지구는 누가 누구 신청을 받아 지정하나요?",
  ["국토교통부장관은 자율주행자동차 시범운행지구를 운영하려는 시ㆍ도지사의 신청을 받아"],
  ["국토교통부장관", "시ㆍ도지사의 신청"],
  "국토교통부장관이 시·도지사의 신청을 받아 자율주행자동차 시범운행지구 위원회의 심의·의결을 거쳐 지정합니다.")
A(AVA, "제4조 (기본계획의 수립)", "en", "factoid", "autonomous transport master plan",
  "How often must MOLIT prepare the autonomous driving transport and logistics master plan?",
  ["자율주행 교통물류 기본계획(이하 \"기본계획\"이라 한다)을 5년마다 수립하여야 한다."],
  ["5년마다"],
  "MOLIT must prepare the autonomous driving transport and logistics master plan every five years (5년마다).")
A(AVA, "제20조의2 (영상정보의 처리에 관한 특례)", "ko", "factoid", "영상정보 파기",
  "자율주행차 제작사가 수집한 개인정보 포함 영상은 몇 년 지나면 파기해야 하나요?",
  ["수집한 날부터 5년이 지나면 특정 개인정보가 포함된 영상정보를"],
  ["5년"],
  "수집한 날부터 5년이 지나면 특정 개인정보가 포함된 영상정보를 지체 없이 파기해야 합니다.")
A(AVA, "제22조 (정밀도로지도의 구축 및 갱신)", "en", "yesno", "HD map provision",
  "Can MOLIT provide its precision road maps (HD maps) to the private sector free of charge?",
  ["구축된 정밀도로지도를 민간 활용이 촉진될 수 있도록 무상으로 제공할 수 있다."],
  ["무상으로 제공할 수 있다"],
  "Yes. To promote private use, MOLIT may provide the HD maps it builds free of charge (무상으로 제공할 수 있다).")
A(AVA, "제16조 (위원회의 구성 등)", "ko", "count", "시범운행지구 위원회 구성",
  "자율주행자동차 시범운행지구 위원회는 몇 명 이내로 구성하나요?",
  ["위원회는 위원장 2명을 포함하여 20명 이내의 위원으로 구성한다."],
  ["20명 이내"],
  "위원장 2명을 포함해 20명 이내로 구성합니다.")
A(AVA, "제27조 (자율협력주행 인증관리센터의 설치ㆍ운영 등)", "en", "who", "certification management centre",
  "To which organisation may MOLIT entrust the cooperative autonomous driving certification management centre?",
  ["인증관리센터의 설치ㆍ운영을 「한국교통안전공단법」에 따른 한국교통안전공단에 위탁할 수 있다."],
  ["한국교통안전공단"],
  "The Korea Transportation Safety Authority (한국교통안전공단).")
A(AVA, "제2조 (정의)", "ko", "definition", "완전 자율주행자동차",
  "자율주행자동차법에서 '완전 자율주행자동차'는 어떻게 정의하나요?",
  ["완전 자율주행자동차: 자율주행시스템만으로 운행할 수 있어 운전자가 없거나 운전자 또는 승객의 개입이 필요하지 아니한 자율주행자동차"],
  ["자율주행시스템만으로 운행"],
  "자율주행시스템만으로 운행할 수 있어 운전자가 없거나 운전자·승객의 개입이 필요하지 않은 자율주행자동차입니다.")

# ---------------------------------------------------------------------------
# 공간정보산업 진흥법 (law_spatial_information_industry_act)
# ---------------------------------------------------------------------------
A(SPA, "제4조 (공간정보산업진흥 계획의 수립)", "ko", "factoid", "공간정보산업진흥 기본계획",
  "공간정보산업진흥 기본계획은 몇 년마다 세우나요?",
  ["5년마다 다음 각 호의 사항이 포함된 공간정보산업진흥 기본계획"],
  ["5년마다"],
  "국토교통부장관이 5년마다 수립하며, 매년 시행계획을 수립·시행할 수 있습니다.")
A(SPA, "제2조 (정의)", "en", "definition", "spatial information open platform",
  "What is the Spatial Information Open Platform according to the Spatial Information Industry Promotion Act?",
  ["국가에서 보유하고 있는 공개 가능한 공간정보를 국민이 자유롭게 활용할 수 있도록 다양한 방법을 제공하는 공간정보체계를 말한다."],
  ["공개 가능한 공간정보"],
  "A spatial information system that offers various ways for citizens to freely use the publicly releasable spatial information held by the state (공개 가능한 공간정보).")
A(SPA, "제24조 (공간정보산업협회의 설립)", "ko", "count", "공간정보산업협회 발기인",
  "공간정보산업협회를 세우려면 발기인이 얼마나 있어야 하나요?",
  ["공간정보기술자 300명 이상 또는 공간정보사업자 10분의 1 이상을 발기인으로 하여"],
  ["300명 이상", "10분의 1 이상"],
  "공간정보기술자 300명 이상 또는 공간정보사업자 10분의 1 이상을 발기인으로 해야 합니다.")
A(SPA, "제26조 (자산운용의 방법)", "en", "factoid", "spatial fund asset allocation",
  "What minimum share of its capital must a spatial information collective investment vehicle invest in spatial information businesses?",
  ["자본금의 100분의 50 이상에 해당하는 금액을 다음 각 호의 어느 하나에 사용하여야 한다."],
  ["100분의 50 이상"],
  "At least 50 percent of its capital (100분의 50 이상).")
A(SPA, "제12조 (품질인증)", "ko", "yesno", "품질인증 중소기업 제품",
  "공간정보 품질인증을 받은 중소기업 제품은 공공구매 경쟁제품으로 인정되나요?",
  ["품질인증을 받은 제품 중 중소기업자가 생산한 제품은 「중소기업제품 구매촉진 및 판로지원에 관한 법률」 제6조에 따라 지정된 경쟁제품으로 본다."],
  ["경쟁제품으로 본다"],
  "네. 품질인증을 받은 제품 중 중소기업자가 생산한 제품은 판로지원법 제6조에 따른 경쟁제품으로 봅니다.")
A(SPA, "제23조 (공간정보산업진흥원)", "en", "who", "open platform operator",
  "Which institute can be entrusted by MOLIT with operating systems such as the Spatial Information Open Platform?",
  ["국토교통부장관은 공간정보산업을 효율적으로 지원하기 위하여 공간정보산업진흥원(이하 \"진흥원\"이라 한다)을 설립한다.", "제9조제3항에 따른 공간정보오픈플랫폼 등 시스템의 운영"],
  ["공간정보산업진흥원"],
  "The Spatial Information Industry Promotion Institute (공간정보산업진흥원), set up by MOLIT, which can be entrusted with operating the open platform.")

A(SPA, "제16조의2 (창업의 지원)", "ko", "article", "공간정보 창업 지원 근거",
  "공간정보 분야 중소기업 창업하면 유상 공간정보를 무상으로 받을 수 있다던데, 공간정보산업 진흥법 몇 조에 있어요?",
  ["제16조의2 (창업의 지원)", "유상 공간정보의 무상제공"],
  ["제16조의2"],
  "제16조의2(창업의 지원)입니다. 국토교통부장관은 중소기업 공간정보 창업자에게 유상 공간정보의 무상제공, R&D 성과 제공, 상담 등을 지원할 수 있습니다.")

# ---------------------------------------------------------------------------
# 행정중심복합도시 특별법 (law_sejong_special_act)
# ---------------------------------------------------------------------------
A(SEJ, "제51조 (국가예산 지출의 상한)", "ko", "factoid", "행복도시 국가예산 상한",
  "행복도시(세종) 건설에 국가예산으로 쓸 수 있는 상한액은 얼마인가요?",
  ["8조5천억원(2003년도 불변가격 기준으로 산정한 금액을 말한다)을 초과할 수 없다."],
  ["8조5천억원", "2003년도 불변가격"],
  "정부청사 등 공공건축물과 광역교통시설 건설을 위한 국가예산 지출은 2003년도 불변가격 기준 8조5천억원을 넘을 수 없습니다.")
A(SEJ, "제60조의2 (스마트도시 조성 및 산업진흥 등에 관한 특례)", "en", "article", "smart city planning in Sejong",
  "Which article of the Sejong special act hands the Smart City Act planning duties in the pre-planned area over from mayors and governors, and to whom?",
  ["제60조의2 (스마트도시 조성 및 산업진흥 등에 관한 특례)", "스마트도시계획 수립 등에 관한 사무는 건설청장이 수행한다."],
  ["제60조의2", "건설청장"],
  "Article 60-2 (special provisions on the Smart City Act): in the pre-planned area the smart city planning duties are carried out by the Administrator of the Construction Agency (건설청장, i.e. 행복청).")
A(SEJ, "제31조 (위원회의 조직)", "ko", "who", "추진위원회 간사위원",
  "행정중심복합도시건설 추진위원회 간사위원은 누가 맡아요?",
  ["간사위원은 건설청장이 된다."],
  ["건설청장"],
  "간사위원 1명을 두며 행정중심복합도시건설청장(행복청장)이 맡습니다.")
A(SEJ, "제38조 (건설청의 설치 등)", "en", "factoid", "construction agency head",
  "What type of public official heads the Multifunctional Administrative City Construction Agency, and its deputy?",
  ["청장은 정무직으로 하고, 차장은 일반직 국가공무원으로 보(補)한다."],
  ["정무직", "일반직 국가공무원"],
  "The Administrator is a political appointee (정무직) and the deputy is a general-service state official (일반직 국가공무원).")
A(SEJ, "제31조 (위원회의 조직)", "ko", "factoid", "추진위원회 민간위원 임기",
  "행복도시 추진위원회 위촉위원 임기는 몇 년이고 몇 번 연임할 수 있나요?",
  ["제2항제2호에 따른 위원의 임기는 2년으로 하며, 세 차례만 연임할 수 있다."],
  ["2년", "세 차례만 연임"],
  "임기는 2년이며 세 차례만 연임할 수 있습니다.")
A(SEJ, "제16조의2 (대통령과 그 소속기관의 집무실 설치)", "en", "yesno", "presidential office in Sejong",
  "Does the Sejong special act allow a presidential office to be set up in the Multifunctional Administrative City?",
  ["대통령과 그 소속기관의 업무를 처리하기 위하여 행정중심복합도시에 집무실을 설치할 수 있다."],
  ["집무실을 설치할 수 있다"],
  "Yes. An office for the President and affiliated bodies may be set up there (집무실을 설치할 수 있다).")

# ---------------------------------------------------------------------------
# 지능정보화 기본법 (law_intelligent_informatization_act)
# ---------------------------------------------------------------------------
A(IIA, "제2조 (정의)", "ko", "definition", "초연결지능정보통신망",
  "스마트도시법이 인용하는 '초연결지능정보통신망'은 지능정보화 기본법에서 어떻게 정의돼 있나요?",
  ["\"초연결지능정보통신망\"이란 정보통신 및 지능정보기술 관련 기기ㆍ서비스 등 모든 것이 언제 어디서나 연결[이하 \"초연결\"", "]되어 지능정보서비스를 이용할 수 있는 정보통신망을 말한다."],
  ["언제 어디서나 연결"],
  "정보통신·지능정보기술 관련 기기·서비스 등 모든 것이 언제 어디서나 연결(초연결)되어 지능정보서비스를 이용할 수 있는 정보통신망입니다.")
A(IIA, "제6조 (지능정보사회 종합계획의 수립)", "en", "factoid", "intelligent information society master plan",
  "At what interval must the government set up the Intelligent Information Society master plan?",
  ["지능정보사회 종합계획(이하 \"종합계획\"이라 한다)을 3년 단위로 수립하여야 한다."],
  ["3년 단위"],
  "The government must draw up the master plan every three years (3년 단위), led by the Minister of Science and ICT.")
A(IIA, "제12조 (한국지능정보사회진흥원의 설립)", "ko", "who", "NIA 설립",
  "NIA(한국지능정보사회진흥원)는 어느 장관들이 설립하도록 돼 있나요?",
  ["과학기술정보통신부장관과 행정안전부장관은 지능정보사회 관련 정책의 개발과"],
  ["과학기술정보통신부장관", "행정안전부장관"],
  "과학기술정보통신부장관과 행정안전부장관이 설립합니다(제12조).")
A(IIA, "제61조 (사생활 보호 설계 등)", "en", "yesno", "privacy by design",
  "Are developers of intelligent information technology required to design their technology and services to protect privacy?",
  ["해당 기술과 서비스를 사생활등의 보호에 적합하게 설계하여야 한다."],
  ["사생활등의 보호에 적합하게 설계"],
  "Yes. Those who develop or use intelligent information technology or provide such services must design them to suit the protection of privacy and personal information (사생활등의 보호에 적합하게 설계).")
A(IIA, "제33조 (선도사업 거점지구의 지정 등)", "ko", "who", "선도사업 거점지구",
  "지능정보 선도사업 거점지구는 누가 지정하나요?",
  ["과학기술정보통신부장관은 선도사업의 추진 및 확산을 위하여 필요한 경우에는 대통령령으로 정하는 바에 따라 선도사업 거점지구"],
  ["과학기술정보통신부장관"],
  "과학기술정보통신부장관이 지정하며, 거점지구 조성계획을 수립해야 합니다.")
A(IIA, "제67조 (연차보고 등)", "en", "when", "annual report deadline",
  "When must the government submit its annual report on intelligent information society policies to the National Assembly?",
  ["정기국회 개회 전까지 국회에 제출하여야 한다."],
  ["정기국회 개회 전까지"],
  "Every year before the regular session of the National Assembly opens (정기국회 개회 전까지).")

# ---------------------------------------------------------------------------
# 000 국토연구원 WP 22-14 (필리핀 클락)
# ---------------------------------------------------------------------------
A(D000, "(3) 우리나라의 해외 스마트도시 지원사업", "ko", "count", "KCN 2020-2021 실적",
  "2020~2021년 K-City 네트워크로 몇 개국에서 협력사업 몇 건을 했나요?",
  ["2020년부터 2021년까지 전 세계 19개국(21개 도시)에서 23개 협력사업을 추진했으며"],
  ["19개국", "23개 협력사업"],
  "2020~2021년 19개국(21개 도시)에서 23개 협력사업을 추진했습니다.")
A(D000, "(3) 우리나라의 해외 스마트도시 지원사업", "en", "count", "KCN 2021 call",
  "In the 2021 K-City Network call, how many applications came in and how much support was granted?",
  ["2021년 39개국에서 111건 신청을 받았고, 11개국 11개 도시에 총 42억 원 지원함"],
  ["111건", "42억 원"],
  "111 applications (111건) from 39 countries; 11 cities in 11 countries received a total of KRW 4.2 billion (42억 원).")
A(D000, "(3) 우리나라의 해외 스마트도시 지원사업", "ko", "factoid", "KCN 건당 지원액",
  "KCN 사업 건당 지원금이 스마트도시 기본계획 수립형이랑 해외실증형 각각 얼마예요?",
  ["스마트도시 기본계획 수립사업은 3~5억 원/건, 스마트 솔루션 해외실증 사업은 4억 원 /건"],
  ["3~5억 원/건", "4억 원 /건"],
  "스마트도시 기본계획 수립사업은 건당 3~5억 원, 스마트 솔루션 해외실증 사업은 건당 4억 원입니다.")
A(D000, "(3) 우리나라의 해외 스마트도시 지원사업", "en", "yesno", "KCN not ODA",
  "Is the K-City Network programme counted as official development assistance (ODA)?",
  ["K-City 네트워크는 공적개발원조(ODA)에 포함되지 않으며"],
  ["공적개발원조(ODA)에 포함되지 않으며"],
  "No. The working paper states that K-City Network is not included in ODA (공적개발원조(ODA)에 포함되지 않으며), though it has its own support tools for project realisation.")
A(D000, "표 2  2022년 스마트도시 ODA 사업목록", "ko", "table", "후에시 KOICA 사업",
  "2022년 스마트도시 ODA 목록에서 KOICA 베트남 후에시 문화관광 스마트시티 사업 규모는?",
  ["베트남 후에시 문화관광 스마트시티 조성 지원사업(\u201821-\u201825/1,300만 달러) 한국국제협력단"],
  ["1,300만 달러"],
  "KOICA(한국국제협력단)의 베트남 후에시 문화관광 스마트시티 조성 지원사업은 '21~'25년, 1,300만 달러 규모입니다.")
A(D000, "(3) 우리나라의 해외 스마트도시 지원사업", "ko", "yesno", "EDCF 스마트시티 사업",
  "EDCF 유상원조 중에 이름에 스마트시티가 들어간 사업이 있나요?",
  ["EDCF 유상 사업으로는 스마트시티(또는 도시)로 명칭된 ODA 사업이 없음"],
  ["ODA 사업이 없음"],
  "없습니다. 보고서는 EDCF 유상 사업 중 스마트시티(또는 도시)로 명칭된 ODA 사업이 없다고 밝힙니다.")
A(D000, "(3) 우리나라의 해외 스마트도시 지원사업", "en", "factoid", "KOICA smart city project scale",
  "According to the KRIHS working paper, how long do KOICA smart city projects typically run and what is a single project's budget?",
  ["KOICA 스마트도시 프로젝트는 4~5년 장기 사업으로 단일 사업 예산이 1천만 달러"],
  ["4~5년", "1천만 달러"],
  "They are long-term projects of 4-5 years (4~5년) with a single-project budget of about USD 10 million (1천만 달러), covering both planning and infrastructure.")
A(D000, "1) 추진 개요", "ko", "who", "CDC 모기관",
  "필리핀 클락개발공사(CDC)의 지분을 100% 가진 기관은 어디인가요?",
  ["대통령 직속기관인 기지전환개발청(Base Conversion", "Development Authority, 이하 BCDA)이 100% 지분을 보유한 공기업으로"],
  ["기지전환개발청", "100% 지분"],
  "대통령 직속기관인 기지전환개발청(BCDA)이 100% 지분을 보유한 공기업입니다.")
A(D000, "2) 사업 주요 내용", "ko", "factoid", "District 4 면적 조정",
  "클락 District 4 전체 면적과 KCN 단계에서 조정한 개발대상 면적은?",
  ["District 4의 전체 면적은 248.3ha이지만", "KCN 추진 단계에서 104.7ha로 조정하여 개발대상 구역 면적을 축소"],
  ["248.3ha", "104.7ha"],
  "District 4 전체 면적은 248.3ha이지만 현실적 실행계획을 위해 KCN 단계에서 104.7ha로 축소하기로 CDC와 합의했습니다.")
A(D000, "표 4   클락 스마트도시의 스마트 인프라 단계별 계획(안)", "en", "table", "Clark phase 1 services",
  "Which smart infrastructure services are planned for phase 1 of the Clark smart city?",
  ["(클락 스마트 컬쳐파크) 관광경쟁력 및 높은 활용도가 예상되는 서비스", "(통합운영센터) 타 서비스 도입을 위한 기반 인프라로 선제적 도입 필요", "(스마트 주차 안내 서비스) 사업지구 접근성 강화"],
  ["클락 스마트 컬쳐파크", "통합운영센터", "스마트 주차 안내 서비스"],
  "Phase 1 includes the Clark Smart Culture Park (클락 스마트 컬쳐파크), an integrated operation centre (통합운영센터), a smart parking guidance service (스마트 주차 안내 서비스) and intelligent CCTV in residential land.")
A(D000, "표 4   클락 스마트도시의 스마트 인프라 단계별 계획(안)", "ko", "table", "클락 3단계 서비스",
  "클락 스마트도시 인프라 계획에서 3단계에 들어가는 서비스는 뭐예요?",
  ["(상하수도망 자동화 솔루션) 1\u00b72단계 서비스 도입 및 사업지구 개발 이후", "(대용량 광대역 유선망) 추후 수요조사를 통해 정확한 데이터량 산출 후 도입"],
  ["상하수도망 자동화 솔루션", "대용량 광대역 유선망"],
  "3단계에는 상하수도망 자동화 솔루션과 대용량 광대역 유선망이 들어갑니다.")
A(D000, "3) 포커스 그룹 인터뷰(FGI)를 통한 현황과 쟁점 논의", "ko", "when", "FGI 시기",
  "이 워킹페이퍼의 포커스 그룹 인터뷰는 언제 몇 번 했나요?",
  ["FGI 인터뷰는 2022년 6월에 1회 추진되었으며"],
  ["2022년 6월", "1회"],
  "2022년 6월에 1회 진행했습니다.")
A(D000, "3) 사업의 차별성적 성과요인", "en", "factoid", "Clark time difference",
  "What time difference and direct flight time between Korea and Clark does the paper cite as a minor efficiency factor?",
  ["시차가 불과 1시간, 직항 이동 소요 시간이 4시간 미만이라는 점도"],
  ["1시간", "4시간 미만"],
  "A time difference of only one hour (1시간) and a direct flight of under four hours (4시간 미만).")
A(D000, "(2) 스마트도시 해외진출 관련 정부 정책", "ko", "list", "해외진출 활성화 방안 4대 전략",
  "2019년 '스마트시티 해외진출 활성화 방안'의 네 가지 추진전략은 뭔가요?",
  ["스마트시티 해외진출 활성화 방안의 네 가지 추진전략은 ① 해외 수주 금융 지원 강화", "② 스마트시티 네트워크 구축, ③ 대\u00b7중소 동반 진출 지원, ④ 전방위 수주 노력 강화임"],
  ["해외 수주 금융 지원 강화", "스마트시티 네트워크 구축", "동반 진출 지원", "전방위 수주 노력 강화"],
  "① 해외 수주 금융 지원 강화, ② 스마트시티 네트워크 구축, ③ 대·중소 동반 진출 지원, ④ 전방위 수주 노력 강화입니다.")

# ---------------------------------------------------------------------------
# 001 스마트시티 추진전략 (2018)
# ---------------------------------------------------------------------------
A(D001, "(1) 국가 시범도시 신규 조성", "ko", "list", "1단계 국가시범도시",
  "2018 스마트시티 추진전략에서 1단계 국가 시범도시로 고른 곳은 어디어디인가요?",
  ["세종 5-1 생활권, 부산 에코델타시티를 국가 시범도시*로 조성"],
  ["세종 5-1 생활권", "부산 에코델타시티"],
  "공기업 사업지 2곳인 세종 5-1 생활권과 부산 에코델타시티입니다.")
A(D001, "별첨1  국가 시범도시 입지 현황 : 세종 5-1 생활권", "en", "table", "Sejong 5-1 site",
  "What are the site area and planned number of housing units of the Sejong 5-1 national pilot city?",
  ["(면적) 2,741천㎡(83만평)", "(계획호수) 11.4천호(29.3천명)"],
  ["2,741천㎡", "11.4천호"],
  "About 2,741 thousand m2 (2,741천㎡, 830,000 pyeong) with 11,400 planned units (11.4천호) for 29,300 people.")
A(D001, "별첨2  국가 시범도시 입지 현황 : 부산 에코델타시티", "ko", "who", "에코델타시티 사업시행자",
  "부산 에코델타시티 국가시범도시 사업시행자는 누구누구예요?",
  ["(사업시행자) K-Water, 부산도시공사, 부산광역시"],
  ["K-Water", "부산도시공사", "부산광역시"],
  "K-Water(한국수자원공사), 부산도시공사, 부산광역시입니다.")
A(D001, "별첨2  국가 시범도시 입지 현황 : 부산 에코델타시티", "ko", "when", "에코델타시티 입주 시기",
  "부산 에코델타시티 시범도시 첫 입주는 언제로 잡혀 있었나요?",
  ["조성공사 착수(\u201919.上), 입주(\u201821.7\uff5e)"],
  ["21.7"],
  "2021년 7월부터 입주할 계획이었습니다(실시설계 '19 상반기까지, 조성공사 착수 '19 상반기).")
A(D001, "국내 현황", "en", "factoid", "U-City pilot support",
  "Under the U-City pilot programme in 2009-2013, how many local governments received national funding and how much?",
  ["동안 15개 지자체에 231억원 국비 지원"],
  ["15개 지자체", "231억원"],
  "Fifteen local governments (15개 지자체) received KRW 23.1 billion (231억원) in national funds.")
A(D001, "정책추진 방향", "ko", "count", "7대 혁신변화",
  "스마트시티 추진전략은 정책추진 방향으로 혁신변화를 몇 가지 제시했나요?",
  ["바탕으로 향후 정책추진을 위한 7대 혁신변화 도출"],
  ["7대 혁신변화"],
  "7대 혁신변화(사람중심, 혁신성장 동력, 체감형, 맞춤형, 지속가능성, 개방형, 융합·연계형)를 제시했습니다.")
A(D001, "도시운영 단계 ☞ 기존도시 스마트화 및 확산", "ko", "count", "지자체 협의체",
  "범부처 스마트시티 추진단 내 지자체 협의체에는 지자체가 몇 곳 참여하고 있었나요?",
  ["지자체 협의체 : 총 84개 지자체 참여 중(광역 17개, 기초 지자체 67개)"],
  ["84개"],
  "총 84개 지자체(광역 17개, 기초 67개)가 참여 중이었습니다.")
A(D001, "(3) 해외진출 확대 및 국제협력 강화", "en", "factoid", "KIND founding",
  "According to the 2018 strategy, for what type of projects was KIND to be established and when?",
  ["PPP사업에 대해서는 한국해외인프라\u00b7도시개발지원공사(KIND)를", "18.상)하여 사업 발굴이나 개발"],
  ["PPP사업", "18.상"],
  "For PPP projects (PPP사업): KIND was to be set up in the first half of 2018 ('18.상) to support all stages from project discovery to development and financing.")
A(D001, "(참고) 핵심 진출국가 및 집중지원 전략 예시", "ko", "where", "중동 핵심 진출국가",
  "추진전략에서 중동 쪽 핵심 진출국가로 꼽은 나라는?",
  ["중동(쿠웨이트\u00b7사우디): 주택부족 해소와"],
  ["쿠웨이트", "사우디"],
  "쿠웨이트와 사우디로, 주택부족 해소와 탈석유화·산업다각화 정책과 연계합니다.")
A(D001, "스마트시티 해외진출 기반강화", "en", "factoid", "ODA volume target",
  "What ODA volume target for 2020 does the 2018 smart city strategy cite?",
  ["3.5조(GNI대비 0.2% 목표)로 확대"],
  ["3.5조", "0.2%"],
  "Expanding total ODA from KRW 2.6 trillion in 2017 to KRW 3.5 trillion (3.5조) in 2020, a target of 0.2% of GNI.")
A(D001, "참고 2  스마트시티와 U-City 비교", "ko", "table", "U-City 추진체계",
  "U-City와 스마트시티 비교표에서 U-City의 추진체계는 어떻게 돼 있나요?",
  ["국토부, LH 중심"],
  ["국토부, LH 중심"],
  "U-City는 국토부, LH 중심이었고, 스마트시티는 범부처-지자체-기업-시민 등 열린 거버넌스를 지향합니다.")
A(D001, "《 테마형 특화단지 》", "ko", "factoid", "테마형 특화단지 지원",
  "테마형 특화단지는 1년에 몇 곳을, 한 곳당 국비 얼마씩 지원하는 계획이었나요?",
  ["특화계획 수립 지원(\u201818\uff5e\u201820, 年 4곳)", "(국비 2.25억/곳, 지자체 매칭)"],
  ["年 4곳", "2.25억"],
  "2018~2020년 매년 4곳에 특화계획 수립을 지원하고, 곳당 국비 2.25억 원(지자체 매칭)을 검토했습니다.")
A(D001, "도시행정 ․ 주거 분야", "en", "factoid", "integrated urban operation platform",
  "By 2022, to how many local governments did the strategy plan to roll out the integrated urban operation platform?",
  ["을 지자체 확대 보급(\uff5e\u201822, 80곳)"],
  ["80곳"],
  "To 80 local governments (80곳) by 2022.")

# ---------------------------------------------------------------------------
# 002 국토이슈리포트 (지역 간 스마트시티 불균형)
# ---------------------------------------------------------------------------
A(D002, "신도시 중심 첨단인프라 구축사업은 지역 간 스마트시티 불균형 원인으로 지적됨", "ko", "factoid", "스마트시티 투입 재원",
  "2003년 이후 스마트시티에 들어간 신도시 기반시설 조성비와 부처 사업예산은 대략 얼마인가요?",
  ["시설 조성비 약 2조~3조 원 및 정부부처 사업예산 약 3천억 원 규모를 투입"],
  ["2조~3조 원", "3천억 원"],
  "신도시 기반시설 조성비 약 2조~3조 원과 정부부처 사업예산 약 3천억 원이 투입됐습니다.")
A(D002, "이슈: 지자체는 어떤 스마트시티를 원하는가?", "en", "count", "survey size and method",
  "How many local governments did the KRIHS issue report survey, and with what analysis method?",
  ["스마트시티를 추진 중인 61개 지자체를 대상으로 IPA 분석방법(중요도-실행도 분석, Importance"],
  ["61개 지자체", "IPA"],
  "61 local governments (61개 지자체) pursuing smart cities, using Importance-Performance Analysis (IPA).")
A(D002, "<표 4> 향후 5년 이내 추진 계획인 스마트시티 유형", "ko", "table", "첨단인프라형 비중 변화",
  "지자체 조사에서 첨단인프라 구축형은 현재 비중과 5년 뒤 목표 비중이 각각 얼마였나요?",
  ["현재 스마트시티 유형은 첨단인프라 구축형 43.33%", "첨단인프라 구축형은 절반 이하로 감소(20.00%)"],
  ["43.33%", "20.00%"],
  "현재 43.33%에서 향후 5년 이내 20.00%로 절반 이하로 줄어듭니다.")
A(D002, "<표 4> 향후 5년 이내 추진 계획인 스마트시티 유형", "en", "table", "innovation space type share",
  "In the survey, what share of local governments aim for the innovation-space-creation type of smart city within five years?",
  ["혁신공간 창출형은 크게 증가(23.33%)하는 것을 살펴 볼 수 있음"],
  ["23.33%"],
  "About 23.33% of respondents aim for the innovation-space-creation type within five years, up sharply from 5% today.")
A(D002, "<표 1> 스마트시티 주요 국가사업", "ko", "table", "스마트시티형 도시재생 지원",
  "표 1에 나온 스마트시티형 도시재생사업은 매년 몇 곳을 뽑아 얼마씩 지원하나요?",
  ["도시재생사업 지역 중 매년 5개 이상 지역을 선정하여 30억 원 이상씩"],
  ["매년 5개 이상", "30억 원 이상"],
  "도시재생사업 지역 중 매년 5개 이상을 선정해 30억 원 이상씩 정부가 지원합니다(2017~, 국토교통부).")
A(D002, "<표 1> 스마트시티 주요 국가사업", "en", "table", "5G smart city project cities",
  "Which two cities were the targets of the MSIT 5G smart city project (2018-2020) listed in Table 1?",
  ["5G 융합서비스 중 대구와 대전을 대상으로 5G 스마트시티"],
  ["대구와 대전"],
  "The MSIT 5G smart city project targeted Daegu and Daejeon (대구와 대전).")
A(D002, "이슈: 스마트시티는 어디서 어떻게 추진되었나?", "ko", "factoid", "인천 기반시설 조성비",
  "인천시가 송도·영종·청라에 스마트시티용으로 쓰는 기반시설 조성비는 대략 얼마라고 했나요?",
  ["2020년까지 송도, 영종, 청라 지역을 대상으로 약 3,500억 원의 기반시설 조성비를"],
  ["3,500억 원"],
  "2020년까지 약 3,500억 원으로, 중앙부처의 지난 10년간 예산투자를 넘어서는 금액입니다.")
A(D002, "<표 3> 해외 스마트시티 사업 예시(성과기준 제시-도시 내 실증-확산 중심)", "ko", "table", "중국 지혜성시",
  "표 3에서 중국 지혜성시 사업은 몇 개 도시를 짓기 위해 얼마를 투자한다고 돼 있나요?",
  ["중국 전역 500개 스마트시티 도시를 건설", "하기 위하여 2020년까지 총 182조 원을"],
  ["500개", "182조 원"],
  "중국 전역 500개 스마트시티 건설을 위해 2020년까지 총 182조 원을 투자합니다.")
A(D002, "<표 2> 스마트시티 선도 지역 사업 현황", "en", "table", "Daegu national strategic R&D",
  "In Table 2 of the issue report, how much was the national strategic smart city R&D in Daegu worth?",
  ["국가전략 스마트시티 R&D(511억 원)"],
  ["511억 원"],
  "The national strategic smart city R&D in Daegu was worth KRW 51.1 billion (511억 원).")
A(D002, "국내 스마트시티의 개념과 사업은 어떻게 변화하여 왔는가?", "ko", "list", "스마트시티 발전 단계",
  "국내 스마트시티 발전 과정을 리포트는 어떤 세 시기로 나누나요?",
  ["인프라 구축기-데이터 연계를 위한 플랫폼 구축기-혁신성장을", "위한 신산업 도입기로 구분할 수 있으며"],
  ["인프라 구축기", "플랫폼 구축기", "신산업 도입기"],
  "인프라 구축기 → 데이터 연계를 위한 플랫폼 구축기 → 혁신성장을 위한 신산업 도입기로 나누며, 핵심은 연계·통합입니다.")

# ---------------------------------------------------------------------------
# 003 스마트시티 거버넌스 논문 (2017)
# ---------------------------------------------------------------------------
A(D003, "표 3. 부처 간 스마트시티 정책 비교", "ko", "table", "국토부 U-City 고도화 R&D 예산",
  "거버넌스 논문 표 3에서 국토부 U-City 고도화 R&D의 국비·민간 투자 규모는?",
  ["주요사업 \u2219 U-City 고도화 R&D", "\u2219 - 국비 190억, 민간 48억 투자"],
  ["국비 190억", "민간 48억"],
  "총 238억 원 중 국비 190억, 민간 48억입니다(’13~’18년).")
A(D003, "표 3. 부처 간 스마트시티 정책 비교", "en", "table", "MSIP demonstration complex budget",
  "In the governance paper's Table 3, how was the MSIP smart city demonstration complex project funded?",
  ["\u2219 - 국비 96억, 민간 48억, 시비 26억 등 투자"],
  ["국비 96억", "시비 26억"],
  "Of KRW 17 billion in total: 9.6 billion national (국비 96억), 4.8 billion private and 2.6 billion city funds (시비 26억).")
A(D003, "I. 연구의 배경 및 목적", "ko", "count", "송도 U-City 분야",
  "송도 U-City 구현개념도는 서비스를 몇 개 분야로 나눴나요?",
  ["구현개념도에서는 교통, 방범, 방재, 시설물 관리, 공공", "행정, 특화서비스 등 6개 분야로 구분하고 있으나"],
  ["6개 분야"],
  "교통, 방범, 방재, 시설물 관리, 공공행정, 특화서비스 등 6개 분야로 나눴습니다.")
A(D003, "1. 스마트시티 거버넌스 개념정의", "en", "list", "three governance types",
  "Which three kinds of governance does the 2017 paper say must be considered together to build smart cities efficiently?",
  ["중심의 행정 거버넌스, 민간기술 중심의 기술 거버넌스,", "해외진출을 위한 글로벌 거버넌스를 종합적으로 고려"],
  ["행정 거버넌스", "기술 거버넌스", "글로벌 거버넌스"],
  "Public-led administrative governance (행정 거버넌스), private-technology technical governance (기술 거버넌스) and global governance for overseas expansion (글로벌 거버넌스).")
A(D003, "3. 해외 스마트시티 거버넌스 검토", "ko", "count", "바르셀로나 PMO 추진체계",
  "바르셀로나 PMO 밑의 추진체계는 몇 단계로 구성돼 있나요?",
  ["담당하는 집행위원회, 프로젝트를 관리하는 모니터링", "상황 대응을 담당하는 위기위원회 등 4단계로 추진체"],
  ["4단계"],
  "집행위원회, 모니터링위원회, 활동위원회, 위기위원회의 4단계로 구성됩니다.")
A(D003, "3. 해외 스마트시티 거버넌스 검토", "en", "who", "Singapore Smart Nation lead",
  "According to the governance paper, under whose leadership and since when has Singapore pursued its Smart Nation project?",
  ["싱가포르는 리센룽 총리 주도로 2014년부터 국가핵"],
  ["리센룽 총리", "2014년"],
  "Led by Prime Minister Lee Hsien Loong (리센룽 총리) since 2014 (2014년), coordinated by the Smart Nation Program Office.")
A(D003, "Ⅲ. 국내외 사례 검토를 통한 스마트시티", "ko", "factoid", "유비쿼터스도시위원회 개최 실적",
  "예전 유비쿼터스도시위원회는 실제로 몇 번 열렸다고 하나요?",
  ["회 구성의 어려움으로 인해 실제 개최된 횟수는 지금까", "지 단 두 번에 불과하고 실제 위원회의 역할에도 그 효"],
  ["단 두 번"],
  "매년 열게 돼 있었지만 위원회 구성의 어려움으로 실제로는 단 두 번 열렸습니다.")
A(D003, "Ⅲ. 국내외 사례 검토를 통한 스마트시티", "en", "who", "committee chair change 2017",
  "According to the paper, how did the 2017 revision of the U-City Act change who chairs the national committee?",
  ["총리가 위원장인 기존의 유비쿼터스도시위원회가 국토", "교통부 장관이 위원장, 각 부처 차관을 위원으로 하는"],
  ["총리가 위원장인", "교통부 장관이 위원장"],
  "The former Ubiquitous City Committee chaired by the Prime Minister (총리가 위원장인) became the Smart City Committee chaired by the MOLIT Minister (국토교통부 장관이 위원장) with vice ministers as members.")
A(D003, "2. 국토교통부와 미래창조과학부의 스마트시티 협", "ko", "factoid", "협력방안 세 번째",
  "국토부-미래부 협력방안의 세 번째로 상시 운영하자고 제안한 조직은?",
  ["세 번째, 스마트시티 소셜네트팀을 구성하여 상시 조"],
  ["스마트시티 소셜네트팀"],
  "스마트시티 소셜네트팀을 구성해 상시 조직으로 운영할 것을 제안했습니다.")

# ---------------------------------------------------------------------------
# 004 KCN 해외실증형 기고 (2025)
# ---------------------------------------------------------------------------
A(D004, "들어가며", "ko", "when", "KCN 시작 연도",
  "K-City Network 사업은 몇 년부터 시작했나요?",
  ["2020년부터 'K-City Network' 사업을 추진해 왔다"],
  ["2020년"],
  "2020년부터 추진해 왔습니다.")
A(D004, "스마트시티의 국제협력과 K-City Network의 탄생", "ko", "count", "해외실증형 누적 실적",
  "KCN 해외실증형은 지금까지 몇 개국 몇 개 도시에서 몇 건이 진행됐나요?",
  ["총 13개국 20개 도시에서 21개의 협력사업이 진행되었으며"],
  ["13개국", "20개 도시", "21개"],
  "2021년부터 미국·영국·이탈리아·베트남·페루 등 13개국 20개 도시에서 21개 협력사업이 진행됐습니다.")
A(D004, "2025년 K-City Network 해외실증형 사업 선정 현황", "en", "where", "2025 waste management site",
  "In which city is the 2025 K-City Network waste-management demonstration (AIoT sensor-based collection) taking place?",
  ["이탈리아(밀라노)\t폐기물 관리\tAIoT 센서 기반 폐기물 수거관리 시스템"],
  ["밀라노"],
  "Milan, Italy (이탈리아 밀라노), with an AIoT sensor-based waste collection management system.")
A(D004, "2025년 K-City Network 해외실증형 사업 선정 현황", "ko", "table", "태국 콘깬 사업",
  "2025년 KCN 해외실증형 선정표에서 태국 콘깬은 무슨 사업을 하나요?",
  ["교통\u00b7공공안전을 위한 AI CCTV 기반 실시간 이상상황 감지"],
  ["AI CCTV 기반 실시간 이상상황 감지"],
  "교통·공공안전을 위한 AI CCTV 기반 실시간 이상상황 감지 사업(이상상황 감지 솔루션)입니다.")
A(D004, "해외실증형 사업 추진계획", "ko", "factoid", "2025 사업 규모·기간",
  "2025년 KCN 해외실증형은 몇 개 도시에서 얼마 동안 진행되나요?",
  ["6개 도시에서 지난 4월부터 12월까지 약 9개월간 추진되며"],
  ["6개 도시", "4월부터 12월까지", "9개월"],
  "6개 도시에서 4월부터 12월까지 약 9개월간 진행됩니다.")
A(D004, "해외실증형 사업 추진계획", "en", "where", "WSCE 2025 venue and dates",
  "Where and when is WSCE 2025, with which the KCN exhibition booth is linked?",
  ["7월 15일부터 17일까지 부산 벡스코에서 개최되는 WSCE(World Smart City Expo) 2025"],
  ["7월 15일부터 17일까지", "부산 벡스코"],
  "WSCE 2025 is held at BEXCO in Busan (부산 벡스코) from 15 to 17 July 2025 (7월 15일부터 17일까지).")
A(D004, "해외실증형 사업 추진계획", "ko", "list", "파트너십 데이 초청기관",
  "WSCE 기간 'K-Smart City 비즈니스 파트너십 데이'에 초청하는 유관기관은 어디어디예요?",
  ["월드뱅크(World Bank), 미주개발은행(IDB), 해외건설협회, 수출입은행 등 국제협력"],
  ["월드뱅크", "미주개발은행(IDB)", "해외건설협회", "수출입은행"],
  "월드뱅크, 미주개발은행(IDB), 해외건설협회, 수출입은행 등과 2021년 이후 사업 수행기관들을 초청합니다.")
A(D004, "스마트시티의 국제협력과 K-City Network의 탄생", "en", "factoid", "2008 U-City law",
  "According to the KCN article, which law was enacted in 2008 for building and managing ubiquitous cities?",
  ["2008년에는 \u2018유비쿼터스 도시의 건설 등에 관한 법률\u2019까지 제정되었다."],
  ["유비쿼터스 도시의 건설 등에 관한 법률"],
  "The Act on the Construction, etc. of Ubiquitous Cities (유비쿼터스 도시의 건설 등에 관한 법률), enacted in 2008.")
A(D004, "실증을 넘어 글로벌 확산으로", "ko", "factoid", "베트남 후에시 실증",
  "KCN 기고문에서 베트남 후에시에서 검증된 기술로 소개된 건 뭔가요?",
  ["베트남 후에시의 \u2018스마트핀을 이용한 지하시설물 관리 시스템\u2019"],
  ["스마트핀을 이용한 지하시설물 관리 시스템"],
  "스마트핀을 이용한 지하시설물 관리 시스템입니다.")
A(D004, "해외실증형 사업 추진계획", "en", "list", "linked support programmes",
  "Which overseas support programmes does the article say KCN results will be strategically linked with to create follow-on business?",
  ["공적개발원조(ODA), 경제발전경험 공유 프로그램(KSP) 등 다양한 해외지원 프로그램과 전략적으로 연계하여"],
  ["공적개발원조(ODA)", "경제발전경험 공유 프로그램(KSP)"],
  "Official development assistance (ODA) and the Knowledge Sharing Program (KSP), among other overseas support programmes.")

# ---------------------------------------------------------------------------
# Unanswerable near-misses (10 ko, 10 en)
# ---------------------------------------------------------------------------
U("ko", "factoid", "EDCF 대출 조건",
  "대외경제협력기금법에 EDCF 차관 최저 금리나 최장 상환기간이 몇 %, 몇 년으로 정해져 있나요?",
  "대외경제협력기금법에는 기금의 재원, 용도, 지원요건(일반 조건 지원 곤란 시로 한정), 운용·관리(재정경제부장관, 수출입은행 위탁) 등은 있지만 차관 금리나 상환기간 수치는 없습니다.")
U("ko", "list", "KCN 2023 선정",
  "K-City Network 2023년 선정 국가와 도시 목록 알려줘.",
  "자료에는 2020~2022년 KCN 실적(국토연구원 WP)과 2025년 해외실증형 선정 현황(KCN 기고)은 있지만 2023년 선정 목록은 없습니다.")
U("ko", "factoid", "세종 5-1 총사업비",
  "세종 5-1 생활권 국가시범도시 총사업비는 얼마로 잡혀 있나요?",
  "2018 스마트시티 추진전략 별첨1에는 위치, 면적(2,741천㎡), 계획호수, 사업기간('18~'22), 사업시행자(LH)는 나오지만 총사업비는 없습니다.")
U("ko", "factoid", "인증 신청서 서식",
  "스마트도시법 시행규칙에서 스마트도시 인증 신청서는 몇 호서식인가요?",
  "시행규칙의 서식은 스마트혁신사업·스마트실증사업 신청서(별지 제3·4호), 승인 확인서, 연장신청서, 규제신속확인, 법령정비 요청서 등이며 스마트도시 인증 신청서 서식은 없습니다.")
U("ko", "count", "시도별 응답 지자체 수",
  "국토이슈리포트 설문에 응답한 61개 지자체 가운데 전남 지자체는 몇 곳이었나요?",
  "리포트는 61개 지자체 대상 IPA 분석 결과(유형별 비율)만 제시하며 응답 지자체의 시·도별 분포는 밝히지 않습니다.")
U("ko", "factoid", "혁신지구 면적 상한",
  "도시재생법에서 도시재생혁신지구 지정 면적 상한이 몇 ㎡로 정해져 있나요?",
  "도시재생법은 혁신지구 규모와 주거재생혁신지구 면적을 대통령령으로 정하도록 위임할 뿐, 법률 본문에 면적 수치는 없습니다.")
U("ko", "factoid", "시범운행지구 지정기간",
  "자율주행자동차법상 시범운행지구 지정 유효기간은 몇 년인가요?",
  "법은 시범운행지구의 지정·변경·해제 절차, 규제특례, 운영 평가 등을 정하지만 지정 유효기간은 규정하지 않습니다.")
U("ko", "factoid", "클락 KCN 지원액",
  "필리핀 클락 스마트시티 타당성조사에 KCN 예산이 정확히 얼마 들어갔나요?",
  "워킹페이퍼는 KCN 지원 규모를 사업당 3~6억 원 수준(기본계획 3~5억 원/건)이라고 일반적으로만 설명하고 클락 사업의 정확한 지원액은 밝히지 않습니다.")
U("ko", "factoid", "NIA 원장 임기",
  "지능정보화 기본법에 한국지능정보사회진흥원 원장 임기가 몇 년으로 돼 있나요?",
  "지능정보화 기본법 제12조는 NIA의 설립 주체와 사업, 출연, 명칭 사용 제한 등을 정하지만 원장 임기는 규정하지 않습니다.")
U("ko", "count", "에코델타 자율주행 셔틀",
  "부산 에코델타시티 시범도시에 자율주행 셔틀이 몇 대 투입될 예정이었나요?",
  "2018 추진전략의 에코델타시티 별첨은 수자원·생활안전·에너지 Credit Zone·드론 실증구역 등 컨셉을 제시할 뿐 자율주행 셔틀 대수는 없습니다.")

U("en", "factoid", "national pilot city cost share",
  "Under Article 36 of the Smart City Act, what percentage of a national pilot city's budget must the national government bear?",
  "Article 36 only says the state and local governments may provide budget and other support to national pilot cities (details by decree); no cost-share percentage is set in the documents.")
U("en", "factoid", "institute capital",
  "What is the statutory capital of the Spatial Information Industry Promotion Institute?",
  "The Spatial Information Industry Promotion Act sets up the institute as a foundation-type legal person with entrusted tasks and possible contributions, but it states no capital amount (unlike KIND's KRW 2 trillion under the Overseas Construction Promotion Act).")
U("en", "list", "KCN 2024 projects",
  "Which cities were selected for the 2024 K-City Network overseas demonstration projects?",
  "The KCN article lists the six 2025 projects (Milan, Verona, Birmingham, Lima, Kuala Lumpur, Khon Kaen) and only says 2024 results will be showcased; the 2024 selections are not listed.")
U("en", "who", "Clark and JICA",
  "Which Japanese agency financed the infrastructure of the Clark Freeport Zone smart city?",
  "The working paper mentions JICA only for the Thilawa special economic zone in Yangon, Myanmar; for Clark it describes a KCN-funded feasibility study by Korean institutions and no Japanese financing.")
U("en", "factoid", "feasibility evaluation threshold",
  "What project-cost threshold in won triggers a mandatory feasibility evaluation under the National Integrated Transport System Efficiency Act?",
  "Article 18 requires feasibility evaluation of public transport facility projects but leaves their type and size to a MOLIT ordinance; the act itself gives no monetary threshold.")
U("en", "count", "priority partner countries",
  "How many priority partner countries must the International Development Cooperation Committee select under the ODA Framework Act?",
  "Article 15 lets the committee select priority partner countries (including UN least developed countries) and set mid-term strategies, but it fixes no number.")
U("en", "factoid", "Chuncheon investment",
  "According to the KRIHS issue report, how much smart city investment went to Chuncheon in Gangwon Province?",
  "The report's investment map lists Gangwon's Wonju, Samcheok and Gangneung by investment band; Chuncheon does not appear and no per-city amount is given for it.")
U("en", "factoid", "CCTV control centre budget",
  "What was the budget of the Ministry of the Interior's CCTV integrated control centre project cited in the 2017 governance paper?",
  "The paper names the CCTV integrated control centre project as overlapping with MOLIT's U-City operation centre project but gives no budget; its Table 3 only gives budgets for MOLIT's U-City R&D and MSIP's demonstration complex.")
U("en", "factoid", "urban development bond rate",
  "What is the maximum interest rate for urban development bonds under the Urban Development Act?",
  "Article 62 sets the issuers and the prescription periods (5 years principal, 2 years interest) but leaves the interest rate and issuance terms to presidential decree; no rate is given.")
U("en", "factoid", "second-stage pilot city",
  "Which city was chosen as the additional (second-stage) national pilot city proposed by local governments in late 2018, and how many households does it plan?",
  "The 2018 strategy only says further pilot cities would be selected from local-government proposals in the second half of 2018 (criteria to be announced later); it names no city and gives no household figures. Only Sejong 5-1 and Busan Eco Delta City are detailed.")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    items = list(ITEMS)
    random.Random(20261205).shuffle(items)
    out_path = os.path.join(here, "qa_blind6.jsonl")
    with open(out_path, "w", encoding="utf-8") as fh:
        for n, it in enumerate(items, 1):
            rec = {
                "id": f"gq{n:03d}",
                "question": it["question"],
                "lang": it["lang"],
                "answerable": it["answerable"],
                "doc_id": it["doc_id"],
                "section": it["section"],
                "evidence": it["evidence"],
                "key_facts": it["key_facts"],
                "reference": it["reference"],
                "qtype": it["qtype"],
                "topic": it["topic"],
                "split": SPLIT,
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items to {out_path}")


if __name__ == "__main__":
    main()
