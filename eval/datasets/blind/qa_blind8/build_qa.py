#!/usr/bin/env python3
"""Build the blind8 QA set (Korean smart-city document assistant).

All items are written below as Python data.  Running this script shuffles them
with random.Random(20261208), assigns ids iq001... in shuffled order and writes
qa_blind8.jsonl (UTF-8, ensure_ascii=False, one JSON object per line).
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "qa_blind8.jsonl")
SEED = 20261208
SPLIT = "blind8"

ITEMS = []


def Q(lang, question, doc_id, section, evidence, key_facts, reference, qtype, topic):
    ITEMS.append(dict(question=question, lang=lang, answerable=True, doc_id=doc_id,
                      section=section, evidence=list(evidence), key_facts=list(key_facts),
                      reference=reference, qtype=qtype, topic=topic))


def U(lang, question, reference, qtype, topic):
    ITEMS.append(dict(question=question, lang=lang, answerable=False, doc_id=None,
                      section="", evidence=[], key_facts=[],
                      reference=reference, qtype=qtype, topic=topic))


# ---------------------------------------------------------------------------
# law_smart_city_act (스마트도시법)
D = "law_smart_city_act"
Q("ko", "스마트도시법상 국토부 장관은 스마트도시종합계획을 몇 년 단위로 세워야 하나요?", D,
  "제4조 (스마트도시종합계획의 수립 등)",
  ["국토교통부장관은 스마트도시의 효율적인 조성 및 관리ㆍ운영 등(이하 \"스마트도시건설등\"이라 한다)을 위하여 5년 단위로"],
  ["5년 단위"],
  "국토교통부장관은 스마트도시종합계획을 5년 단위로 수립해야 합니다(제4조제1항).",
  "factoid", "스마트도시종합계획 주기")
Q("en", "Who chairs the National Smart City Committee under the Smart City Act?", D,
  "제23조 (국가스마트도시위원회)",
  ["위원장은 국토교통부장관과 제1호 및 제2호의 위원 중에서 대통령이 위촉한 1명을 공동으로 하고"],
  ["국토교통부장관", "대통령이 위촉한 1명"],
  "It is co-chaired by the Minister of Land, Infrastructure and Transport and one private expert member appointed by the President (Art. 23(3)).",
  "who", "National Smart City Committee chair")
Q("ko", "해외 스마트도시사업을 무상·유상 협력(ODA, EDCF)으로 지원할 수 있다는 근거는 스마트도시법 몇 조에 있나요?", D,
  "제30조 (국제협력 및 해외진출 지원)",
  ["제30조 (국제협력 및 해외진출 지원)",
   "국가는 「국제개발협력기본법」과 「대외경제협력기금법」에 따른 무상 협력 또는 유상 협력으로 해외 스마트도시사업을 지원할 수 있다."],
  ["제30조"],
  "제30조(국제협력 및 해외진출 지원) 제2항으로, 국가는 국제개발협력기본법과 대외경제협력기금법에 따른 무상·유상 협력으로 해외 스마트도시사업을 지원할 수 있습니다.",
  "article", "해외 스마트도시 ODA 근거")
Q("en", "How long can an approved smart innovation project (스마트혁신사업) run, and can the period be extended?", D,
  "제51조 (스마트혁신사업계획의 승인기준 등)",
  ["스마트혁신사업의 시행기간은 4년 이내로 하며, 1회에 한하여 2년 이내의 범위에서 대통령령으로 정한 기간 동안 연장할 수 있다."],
  ["4년 이내", "2년 이내"],
  "Up to 4 years, extendable once by up to 2 years (longer if the underlying permit laws are still being amended) (Art. 51(2)).",
  "factoid", "smart innovation project duration")
Q("ko", "거짓으로 스마트혁신사업계획 승인을 받으면 어떤 처벌을 받나요?", D,
  "제54조 (벌칙)",
  ["다음 각 호의 어느 하나에 해당하는 자는 3년 이하의 징역 또는 3천만원 이하의 벌금에 처한다."],
  ["3년 이하의 징역", "3천만원 이하의 벌금"],
  "3년 이하의 징역 또는 3천만원 이하의 벌금에 처합니다(제54조제1호).",
  "factoid", "스마트혁신사업 부정승인 벌칙")
Q("en", "Does the Smart City Act apply when a smart city construction project is carried out as part of an urban regeneration project?", D,
  "제3조 (적용 대상)",
  ["「도시재생 활성화 및 지원에 관한 특별법」에 따른 도시재생사업"],
  ["도시재생사업"],
  "Yes. Art. 3(1) item 6 lists urban regeneration projects under the Urban Regeneration Act among the projects to which the Act applies.",
  "yesno", "scope of application")
Q("ko", "국가시범도시를 지정하거나 해제하면 관할 지자체는 관계 서류를 며칠 이상 열람시켜야 하죠?", D,
  "제35조 (국가시범도시의 지정 등)",
  ["관할 지방자치단체의 장은 관계 서류의 사본에 관한 내용을 14일 이상 일반인이 열람할 수 있도록 하여야 한다."],
  ["14일 이상"],
  "관할 지방자치단체의 장은 관계 서류 사본의 내용을 14일 이상 일반인이 열람할 수 있도록 해야 합니다(제35조제6항).",
  "factoid", "국가시범도시 지정 열람기간")
Q("en", "How does the Smart City Act define a 'smart demonstration project' (스마트실증사업)?", D,
  "제2조 (정의)",
  ["\"스마트실증사업\"이란 스마트혁신기술ㆍ서비스를 시험ㆍ검증하기 위하여 제50조에 따른 승인을 받아 일정 기간 동안 규제의 전부 또는 일부를 적용하지 아니하도록 한 사업을 말한다."],
  ["시험ㆍ검증", "규제의 전부 또는 일부를 적용하지 아니하도록"],
  "A project approved under Art. 50 to test and verify smart innovation technologies/services, exempted from all or part of regulations for a set period (Art. 2 item 11).",
  "definition", "smart demonstration project")

# ---------------------------------------------------------------------------
# law_smart_city_act_decree (스마트도시법 시행령)
D = "law_smart_city_act_decree"
Q("ko", "지자체·공기업이 민간과 같이 세운 SPC가 스마트도시건설사업 시행자가 되려면 공공 쪽 출자비율이 얼마 이상이어야 해요?", D,
  "제17조 (사업시행자)",
  ["법 제12조제1항제1호부터 제3호까지에 해당하는 자의 출자비율 합계가 100분의 20 이상일 것"],
  ["100분의 20 이상"],
  "국가·지자체·공공기관·지방공사 등(법 제12조제1항제1호~제3호)의 출자비율 합계가 100분의 20 이상이어야 합니다(시행령 제17조제5항제3호).",
  "factoid", "공동출자법인 요건")
Q("en", "Under the Smart City Act decree, how long do central agencies have to comment on a draft Smart City Comprehensive Plan sent to them for consultation?", D,
  "제10조 (종합계획안의 협의기간)",
  ["그 종합계획안을 받은 날부터 30일 이내에 국토교통부장관에게 의견을 제시하여야 한다."],
  ["30일 이내"],
  "Within 30 days of receiving the draft plan (Decree Art. 10).",
  "when", "comprehensive plan consultation period")
Q("ko", "국가스마트도시위원회에서 국토부 장관이 위촉한 위원 임기는 몇 년이에요?", D,
  "제25조 (국가스마트도시위원회의 구성)",
  ["같은 조 제3항제1호에 따라 국토교통부장관이 위촉하는 위원의 임기는 2년으로 하되, 연임할 수 있다."],
  ["2년"],
  "임기는 2년이며 연임할 수 있습니다(시행령 제25조제1항).",
  "factoid", "위원회 위촉위원 임기")
Q("en", "Which institution has MOLIT entrusted with running the call for private-sector smart city proposals (민간제안사업)?", D,
  "제60조 (업무의 위탁)",
  ["법 제9조의2제1항 및 제4항에 따른 민간제안사업의 공모 및 지원: 「정부출연연구기관 등의 설립ㆍ운영 및 육성에 관한 법률」 제8조에 따른 국토연구원"],
  ["국토연구원"],
  "The Korea Research Institute for Human Settlements (국토연구원, KRIHS) (Decree Art. 60(1)1).",
  "who", "entrustment of private proposal call")
Q("ko", "스마트도시 전문인력 양성 지원 업무는 어느 기관에 위탁돼 있나요?", D,
  "제60조 (업무의 위탁)",
  ["법 제28조제1항에 따른 전문인력의 양성 지원: 국토교통과학기술진흥원"],
  ["국토교통과학기술진흥원"],
  "국토교통과학기술진흥원(KAIA)에 위탁되어 있습니다(시행령 제60조제1항제3호).",
  "who", "전문인력 양성 위탁")
Q("en", "Which smart city infrastructure must be designated as critical information infrastructure under the decree implementing Art. 22 of the Act?", D,
  "제24조 (스마트도시기반시설의 보호)",
  ["법 제22조제1항에서 \"대통령령으로 정하는 시설\"이란 제4조제2호에 따른 스마트도시 통합운영센터를 말한다."],
  ["스마트도시 통합운영센터"],
  "The smart city integrated operations centre (스마트도시 통합운영센터) (Decree Art. 24).",
  "factoid", "critical infrastructure designation")

# ---------------------------------------------------------------------------
# law_smart_city_act_rule (스마트도시법 시행규칙)
D = "law_smart_city_act_rule"
Q("ko", "국가시범도시 성과평가 결과에 이의가 있으면 사업시행자는 며칠 안에 이의신청해야 하나요?", D,
  "제3조 (국가시범도시건설사업에 대한 성과평가의 실시)",
  ["통보를 받은 날부터 10일 이내에 이의신청 내용과 관련 소명자료를 국토교통부장관에게 제출할 수 있다."],
  ["10일 이내"],
  "통보를 받은 날부터 10일 이내에 이의신청 내용과 소명자료를 국토교통부장관에게 제출할 수 있습니다(시행규칙 제3조제2항).",
  "when", "성과평가 이의신청 기한")
Q("en", "By what date each year must MOLIT publish the performance evaluation results of national pilot city projects, and where?", D,
  "제3조의2 (국가시범도시건설사업에 대한 성과평가 결과의 공개 등)",
  ["국토교통부장관은 제3조제1항에 따른 성과평가 결과를 매년 3월 31일까지 국토교통부 인터넷 홈페이지에 공개해야 한다."],
  ["매년 3월 31일까지", "국토교통부 인터넷 홈페이지"],
  "By 31 March every year, on the MOLIT website (Rule Art. 3-2(1)).",
  "when", "pilot city evaluation disclosure")
Q("en", "Who can be appointed to the performance evaluation committee for national pilot city projects?", D,
  "제3조의3 (국가시범도시건설사업 성과평가위원회의 구성ㆍ운영 등)",
  ["성과평가위원회는 법 제23조제4항에 따른 전문위원회 위원 중 국토교통부장관이 임명 또는 위촉하는 사람으로 구성한다."],
  ["전문위원회 위원"],
  "Members of the expert committees under Art. 23(4) of the Act, appointed or commissioned by the MOLIT Minister (Rule Art. 3-3(2)).",
  "who", "evaluation committee composition")
Q("ko", "스마트실증사업 신청서는 시행규칙 별지 몇 호 서식을 쓰나요?", D,
  "제4조 (스마트혁신사업 및 스마트실증사업 신청서 등)",
  ["스마트실증사업의 경우에는 별지 제4호서식에 따른다."],
  ["별지 제4호서식"],
  "스마트실증사업 신청서는 별지 제4호서식에 따릅니다(스마트혁신사업은 제3호서식)(시행규칙 제4조제1항).",
  "factoid", "스마트실증사업 신청 서식")
Q("en", "Which form is used for a request to amend the underlying laws (법령정비 요청서) after a smart demonstration project?", D,
  "제6조 (법령정비 요청서 등)",
  ["영 제58조의3제3항에 따른 법령정비 요청서는 별지 제8호서식에 따른다."],
  ["별지 제8호서식"],
  "Form No. 8 annexed to the Enforcement Rule (Rule Art. 6(1)).",
  "factoid", "law amendment request form")

# ---------------------------------------------------------------------------
# law_urban_regeneration_act (도시재생법)
D = "law_urban_regeneration_act"
Q("ko", "도시재생특별위원회는 누구 소속이고 위원장은 누구예요?", D,
  "제7조 (도시재생특별위원회의 설치 등)",
  ["국무총리 소속으로 도시재생특별위원회(이하 \"특별위원회\"라 한다)를 둔다.",
   "위원장은 국무총리가 되고, 위원은 다음 각 호의 자로 하되, 10명 이상 30명 이하로 구성한다."],
  ["국무총리"],
  "국무총리 소속이며 위원장도 국무총리입니다. 위원은 10명 이상 30명 이하입니다(제7조).",
  "who", "도시재생특별위원회")
Q("en", "How often must MOLIT prepare the National Urban Regeneration Basic Policy, and when can it be reviewed?", D,
  "제4조 (국가도시재생기본방침의 수립)",
  ["국토교통부장관은 도시재생 활성화를 위한 국가도시재생기본방침을 10년마다 수립하여야 하며, 필요한 경우 5년마다 그 내용을 재검토하여 정비할 수 있다."],
  ["10년마다", "5년마다"],
  "Every 10 years, with an optional review and update every 5 years (Art. 4(1)).",
  "when", "national urban regeneration policy cycle")
Q("ko", "도시재생전략계획은 몇 년 단위로 세우나요?", D,
  "제12조 (도시재생전략계획의 수립)",
  ["전략계획수립권자는 도시재생을 추진하려면 도시재생전략계획을 10년 단위로 수립하고, 필요한 경우 5년 단위로 정비하여야 한다."],
  ["10년 단위"],
  "10년 단위로 수립하고 필요하면 5년 단위로 정비합니다(제12조제1항).",
  "factoid", "도시재생전략계획 주기")
Q("en", "What is a 'neighbourhood regeneration' type revitalization plan (근린재생형 활성화계획)?", D,
  "제2조 (정의)",
  ["근린재생형 활성화계획: 생활권 단위의 생활환경 개선, 기초생활인프라 확충, 공동체 활성화, 골목경제 살리기 등을 위한 도시재생활성화계획"],
  ["생활권 단위의 생활환경 개선", "기초생활인프라 확충", "공동체 활성화"],
  "A revitalization plan for neighbourhood-level living environment improvement, basic living infrastructure, community revitalisation and local alley economies (Art. 2(1)6 나).",
  "definition", "neighbourhood regeneration plan")
Q("ko", "도시재생 총괄사업관리자로 지정할 수 있는 법인은 지자체나 공공기관 출자가 얼마를 넘어야 하나요?", D,
  "제26조의3 (도시재생 총괄사업관리자)",
  ["제1호 또는 제2호에 해당하는 자가 총 지분의 100분의 50을 초과하여 출자"],
  ["100분의 50을 초과"],
  "지방자치단체, 공공기관, 지방공사가 총 지분의 100분의 50을 초과하여 출자한 법인이어야 합니다(제26조의3제1항제3호).",
  "factoid", "총괄사업관리자 요건")

# ---------------------------------------------------------------------------
# law_oda_framework_act (국제개발협력기본법)
D = "law_oda_framework_act"
Q("ko", "국제개발협력위원회 위원장은 누가 맡나요?", D,
  "제7조 (국제개발협력위원회)",
  ["위원장은 국무총리가 되고, 위원은 재정경제부장관, 외교부장관, 국무조정실장과"],
  ["국무총리"],
  "국무총리가 위원장을 맡습니다(제7조제3항). 위원회는 국무총리 소속이며 30명 이내로 구성됩니다.",
  "who", "국제개발협력위원회")
Q("en", "Under the ODA Framework Act, which ministers are in charge of concessional loans versus grants in bilateral cooperation?", D,
  "제12조 (국제개발협력 주관기관)",
  ["양자간 개발협력 중 유상협력은 재정경제부장관이, 무상협력은 외교부장관이 각각 주관한다."],
  ["재정경제부장관", "외교부장관"],
  "Concessional loans (유상협력) are led by the Minister of Economy and Finance, grants (무상협력) by the Minister of Foreign Affairs (Art. 12(1)).",
  "who", "ODA lead agencies")
Q("en", "How often does the International Development Cooperation Committee adopt the comprehensive basic plan?", D,
  "제11조 (국제개발협력 종합기본계획의 수립 등)",
  ["국제개발협력 종합기본계획(이하 \"종합기본계획\"이라 한다)을 5년마다 심사ㆍ의결하여야 한다."],
  ["5년마다"],
  "Every five years (Art. 11(1)); an annual comprehensive implementation plan follows under Art. 14.",
  "when", "ODA basic plan cycle")
Q("ko", "국제개발협력의 날은 며칠이에요?", D,
  "제18조의2 (국제개발협력의 날)",
  ["매년 11월 25일을 국제개발협력의 날로 정한다."],
  ["11월 25일"],
  "매년 11월 25일입니다(제18조의2제1항).",
  "when", "국제개발협력의 날")
Q("en", "By what date must the committee's ODA evaluation results be reported to the National Assembly each year?", D,
  "제16조 (국제개발협력에 대한 평가)",
  ["제1항의 평가 결과는 매년 6월 30일까지 국회에 보고하여야 한다."],
  ["6월 30일"],
  "By 30 June every year; the results must also be made public (Art. 16(5)).",
  "when", "ODA evaluation reporting")
Q("ko", "국제개발협력기본법에서 말하는 '개발도상국'은 어떤 기준으로 정해지나요?", D,
  "제2조 (정의)",
  ["\"개발도상국\"이란 경제협력개발기구 개발원조위원회가 정한 공적개발원조 대상국(지역을 포함한다)을 말한다."],
  ["경제협력개발기구 개발원조위원회", "공적개발원조 대상국"],
  "OECD 개발원조위원회(DAC)가 정한 공적개발원조 대상국(지역 포함)을 말합니다(제2조제2호).",
  "definition", "개발도상국 정의")

# ---------------------------------------------------------------------------
# law_edcf_act (대외경제협력기금법)
D = "law_edcf_act"
Q("ko", "EDCF 운용·관리 사무는 어디에 위탁할 수 있나요?", D,
  "제9조 (기금의 운용ㆍ관리)",
  ["재정경제부장관은 대통령령으로 정하는 바에 따라 기금의 운용ㆍ관리에 관한 사무를 한국수출입은행에 위탁할 수 있다."],
  ["한국수출입은행"],
  "재정경제부장관은 기금 운용·관리 사무를 한국수출입은행에 위탁할 수 있습니다(제9조제2항).",
  "who", "EDCF 위탁기관")
Q("en", "Which minister operates and manages the EDCF?", D,
  "제9조 (기금의 운용ㆍ관리)",
  ["기금은 재정경제부장관이 운용ㆍ관리한다."],
  ["재정경제부장관"],
  "The Minister of Economy and Finance (재정경제부장관), who may entrust the work to the Export-Import Bank of Korea (Art. 9).",
  "who", "EDCF manager")
Q("en", "Can the EDCF lend to any cooperation project, or only when normal Eximbank or bank financing is hard to obtain?", D,
  "제8조 (기금의 지원요건)",
  ["한국수출입은행이나 그 밖의 은행으로부터 일반적인 조건으로 지원을 받는 것이 곤란하다고 인정되는 경우로 한정한다."],
  ["일반적인 조건으로 지원을 받는 것이 곤란"],
  "Only when it is recognised that support on ordinary terms from Korea Eximbank or other banks is difficult to obtain (Art. 8).",
  "yesno", "EDCF eligibility condition")
Q("ko", "EDCF가 한국은행 등에서 일시차입한 돈은 언제까지 갚아야 하나요?", D,
  "제11조 (일시 차입)",
  ["제1항에 따른 일시차입금은 해당 회계연도에 상환하여야 한다."],
  ["해당 회계연도"],
  "일시차입금은 해당 회계연도에 상환해야 합니다(제11조제2항).",
  "when", "EDCF 일시차입 상환")
Q("en", "How does the EDCF Act define an eligible developing country (개도국)?", D,
  "제2조 (정의)",
  ["제10조에 따른 기금운용위원회의 심의를 거쳐 재정경제부장관이 정하는 국가를 말한다."],
  ["기금운용위원회의 심의", "재정경제부장관이 정하는 국가"],
  "A developing country designated by the Minister of Economy and Finance, after deliberation by the Fund Management Committee, considering income level and industrial structure (Art. 2(1)).",
  "definition", "EDCF developing country")

# ---------------------------------------------------------------------------
# law_overseas_construction_act (해외건설 촉진법)
D = "law_overseas_construction_act"
Q("ko", "KIND(한국해외인프라·도시개발지원공사)의 법정 자본금은 얼마예요?", D,
  "제28조의4 (자본금 등)",
  ["지원공사의 자본금은 2조원으로 한다."],
  ["2조원"],
  "자본금은 2조원입니다(제28조의4제1항). 정부, 공공기관, 금융기관 등이 출자할 수 있습니다.",
  "factoid", "KIND 자본금")
Q("en", "How many members sit on KIND's steering committee (운영위원회)?", D,
  "제28조의8 (운영위원회의 구성)",
  ["운영위원회(이하 \"운영위원회\"라 한다)는 다음 각 호의 위원 7명으로 구성한다."],
  ["7명"],
  "Seven members, including KIND's president, officials designated by MOLIT, MOEF and another ministry, and appointed experts (Art. 28-8(1)).",
  "count", "KIND steering committee")
Q("en", "What is the borrowing limit for KIND under the Overseas Construction Promotion Act?", D,
  "제28조의18 (차입)",
  ["납입자본금과 적립금 합계액의 5배를 초과하지 아니하는 범위에서 자금을 차입할 수 있다."],
  ["5배"],
  "Up to five times the sum of paid-in capital and reserves, by resolution of the steering committee (Art. 28-18(1)).",
  "factoid", "KIND borrowing limit")
Q("ko", "해외인프라·도시개발채권의 소멸시효는 원금과 이자 각각 몇 년?", D,
  "제28조의19 (해외인프라ㆍ도시개발채권의 발행 등)",
  ["해외인프라ㆍ도시개발채권의 소멸시효는 원금은 5년, 이자는 2년으로 완성된다."],
  ["원금은 5년", "이자는 2년"],
  "원금은 5년, 이자는 2년으로 소멸시효가 완성됩니다(제28조의19제4항).",
  "factoid", "해외인프라·도시개발채권")
Q("ko", "해외건설 촉진법에서 '해외공사'에는 어떤 것들이 들어가나요?", D,
  "제2조 (정의)",
  ["\"해외공사\"란 해외건설공사, 해외건설 엔지니어링활동 및 해외인프라ㆍ도시개발사업을 말한다."],
  ["해외건설공사", "해외건설 엔지니어링활동", "해외인프라ㆍ도시개발사업"],
  "해외건설공사, 해외건설 엔지니어링활동, 해외인프라·도시개발사업을 말합니다(제2조제1호).",
  "list", "해외공사 정의")
Q("en", "What is the term of office of KIND's executives?", D,
  "제28조의10 (임원 및 직원)",
  ["임원의 임기는 3년으로 한다."],
  ["3년"],
  "Three years (Art. 28-10(2)); KIND has a president, up to 3 standing directors, 3 or more non-standing directors and an auditor.",
  "factoid", "KIND executive term")

# ---------------------------------------------------------------------------
# law_transport_system_efficiency_act (국가통합교통체계효율화법)
D = "law_transport_system_efficiency_act"
Q("ko", "국가기간교통망계획은 몇 년 단위로 수립하나요?", D,
  "제4조 (국가기간교통망계획의 수립 등)",
  ["20년 단위로 국가기간교통망에 관한 계획(이하 \"국가기간교통망계획\"이라 한다)을 수립하여야 한다."],
  ["20년 단위"],
  "국토교통부장관이 20년 단위로 수립하며 5년마다 검토합니다(제4조제1항).",
  "factoid", "국가기간교통망계획")
Q("en", "How often is the national ITS master plan (지능형교통체계기본계획) drawn up and reviewed?", D,
  "제73조 (지능형교통체계기본계획의 수립 등)",
  ["10년 단위로 지능형교통체계에 관한 국가 차원의 기본계획(이하 \"지능형교통체계기본계획\"이라 한다)을 수립하여야 한다.",
   "5년마다 지능형교통체계기본계획을 전반적으로 재검토하고"],
  ["10년 단위", "5년마다"],
  "It is prepared every 10 years and comprehensively reviewed every 5 years (Art. 73(1),(3)).",
  "when", "ITS master plan")
Q("en", "Must a city's local ITS plan be harmonised with its smart city plan under the Smart City Act?", D,
  "제75조 (다른 계획에의 반영)",
  ["「스마트도시 조성 및 산업진흥 등에 관한 법률」 제8조에 따른 스마트도시계획과 지능형교통체계지방계획이 조화를 이루도록 하여야 한다."],
  ["조화를 이루도록"],
  "Yes. Mayors/governors must ensure the local ITS plan is in harmony with the urban master plan and the smart city plan (Art. 75(2)).",
  "yesno", "ITS plan and smart city plan")
Q("ko", "교통빅데이터플랫폼에 개인정보를 넣어도 되나요?", D,
  "제17조의2 (교통빅데이터플랫폼의 구축ㆍ운영)",
  ["수집ㆍ관리하는 데이터에 「개인정보 보호법」에 따른 개인정보를 포함시켜서는 아니 된다."],
  ["포함시켜서는 아니 된다"],
  "안 됩니다. 국토교통부장관은 교통빅데이터플랫폼 데이터에 개인정보보호법상 개인정보를 포함시켜서는 안 됩니다(제17조의2제3항).",
  "yesno", "교통빅데이터플랫폼 개인정보")
Q("en", "Can MOLIT designate a dedicated agency to support ITS companies' international cooperation and overseas market entry?", D,
  "제89조 (민간 참여 및 해외 진출의 활성화)",
  ["제3항에 따른 지원 업무를 전담하는 기관을 지정하여 운영할 수 있다."],
  ["전담하는 기관을 지정"],
  "Yes. MOLIT may designate and operate a dedicated agency for ITS international cooperation and overseas expansion support (Art. 89(4)).",
  "yesno", "ITS overseas support")

# ---------------------------------------------------------------------------
# law_urban_development_act (도시개발법)
D = "law_urban_development_act"
Q("ko", "도시개발조합을 설립하려면 토지 소유자가 최소 몇 명 있어야 하나요?", D,
  "제13조 (조합 설립의 인가)",
  ["조합을 설립하려면 도시개발구역의 토지 소유자 7명 이상이 대통령령으로 정하는 사항을 포함한 정관을 작성하여"],
  ["7명 이상"],
  "토지 소유자 7명 이상이 정관을 작성해 지정권자의 인가를 받아야 합니다(제13조제1항).",
  "count", "도시개발조합 설립")
Q("en", "What landowner consent is needed to apply for approval of an urban development association?", D,
  "제13조 (조합 설립의 인가)",
  ["해당 도시개발구역의 토지면적의 3분의 2 이상에 해당하는 토지 소유자와 그 구역의 토지 소유자 총수의 2분의 1 이상의 동의를 받아야 한다."],
  ["3분의 2 이상", "2분의 1 이상"],
  "Owners of at least two-thirds of the land area and at least half of all landowners in the zone (Art. 13(3)).",
  "factoid", "association consent threshold")
Q("en", "What is the extinctive prescription period for urban development bonds issued by local governments?", D,
  "제62조 (도시개발채권의 발행)",
  ["도시개발채권의 소멸시효는 상환일부터 기산(起算)하여 원금은 5년, 이자는 2년으로 한다."],
  ["원금은 5년", "이자는 2년"],
  "Counted from the redemption date: 5 years for principal and 2 years for interest (Art. 62(3)).",
  "factoid", "urban development bonds")
Q("ko", "도시개발사업은 어떤 방식으로 시행할 수 있어요?", D,
  "제21조 (도시개발사업의 시행 방식)",
  ["도시개발사업은 시행자가 도시개발구역의 토지등을 수용 또는 사용하는 방식이나 환지 방식 또는 이를 혼용하는 방식으로 시행할 수 있다."],
  ["수용 또는 사용하는 방식", "환지 방식", "혼용하는 방식"],
  "수용·사용 방식, 환지 방식, 또는 이를 혼용하는 방식으로 시행할 수 있습니다(제21조제1항).",
  "list", "도시개발사업 시행방식")
Q("ko", "시·도지사 말고 도시개발구역을 직접 지정할 수 있는 시장은 누구예요?", D,
  "제3조 (도시개발구역의 지정 등)",
  ["「지방자치법」 제198조제1항에 따른 인구 50만 이상 대도시의 시장(이하 \"대도시 시장\"이라 한다)"],
  ["인구 50만 이상 대도시의 시장"],
  "지방자치법 제198조제1항에 따른 인구 50만 이상 대도시의 시장입니다(제3조제1항제2호).",
  "who", "도시개발구역 지정권자")

# ---------------------------------------------------------------------------
# law_autonomous_vehicles_act (자율주행자동차법)
D = "law_autonomous_vehicles_act"
Q("ko", "자율주행 교통물류 기본계획은 얼마마다 세워요?", D,
  "제4조 (기본계획의 수립)",
  ["자율주행 교통물류 기본계획(이하 \"기본계획\"이라 한다)을 5년마다 수립하여야 한다."],
  ["5년마다"],
  "국토교통부장관이 5년마다 수립합니다(제4조제1항).",
  "when", "자율주행 기본계획")
Q("en", "Who designates autonomous vehicle pilot operation zones, and on whose application?", D,
  "제7조 (시범운행지구의 지정 등)",
  ["국토교통부장관은 자율주행자동차 시범운행지구를 운영하려는 시ㆍ도지사의 신청을 받아"],
  ["국토교통부장관", "시ㆍ도지사의 신청"],
  "The MOLIT Minister designates them on application by the metropolitan/provincial governor, after deliberation by the pilot zone committee (Art. 7(1)).",
  "who", "AV pilot zone designation")
Q("en", "How large can the autonomous vehicle pilot operation zone committee be?", D,
  "제16조 (위원회의 구성 등)",
  ["위원회는 위원장 2명을 포함하여 20명 이내의 위원으로 구성한다."],
  ["20명 이내"],
  "Up to 20 members including two co-chairs (the MOLIT Minister and a private member elected from among private members) (Art. 16(3)-(4)).",
  "count", "AV pilot zone committee")
Q("ko", "자율주행차 제작자가 수집한 영상 중 개인정보가 담긴 건 언제 파기해야 하나요?", D,
  "제20조의2 (영상정보의 처리에 관한 특례)",
  ["수집한 날부터 5년이 지나면 특정 개인정보가 포함된 영상정보를 대통령령으로 정하는 바에 따라 지체 없이 파기하여야 한다."],
  ["5년"],
  "수집한 날부터 5년이 지나면 지체 없이 파기해야 합니다(제20조의2제4항).",
  "when", "자율주행 영상정보 파기")
Q("en", "Can MOLIT give HD road maps (정밀도로지도) to private users free of charge?", D,
  "제22조 (정밀도로지도의 구축 및 갱신)",
  ["국토교통부장관은 제1항에 따라 구축된 정밀도로지도를 민간 활용이 촉진될 수 있도록 무상으로 제공할 수 있다."],
  ["무상으로 제공"],
  "Yes. MOLIT may provide the HD road maps free of charge to promote private use (Art. 22(2)).",
  "yesno", "HD road maps")

# ---------------------------------------------------------------------------
# law_spatial_information_industry_act (공간정보산업 진흥법)
D = "law_spatial_information_industry_act"
Q("ko", "공간정보산업진흥 기본계획은 몇 년마다 수립하나요?", D,
  "제4조 (공간정보산업진흥 계획의 수립)",
  ["5년마다 다음 각 호의 사항이 포함된 공간정보산업진흥 기본계획(이하 \"기본계획\"이라 한다)을 수립하여야 한다."],
  ["5년마다"],
  "국토교통부장관이 국가공간정보정책 기본계획에 따라 5년마다 수립합니다(제4조제1항).",
  "when", "공간정보산업진흥 기본계획")
Q("en", "Which committee deliberates the spatial information industry promotion plans before MOLIT confirms them?", D,
  "제4조 (공간정보산업진흥 계획의 수립)",
  ["「국가공간정보 기본법」 제5조에 따른 국가공간정보위원회의 심의를 거친 후 이를 확정한다."],
  ["국가공간정보위원회"],
  "The National Spatial Information Committee under the Framework Act on National Spatial Information (Art. 4(4)).",
  "who", "spatial info plan deliberation")
Q("en", "How many founders are needed to establish the Spatial Information Industry Association?", D,
  "제24조 (공간정보산업협회의 설립)",
  ["공간정보기술자 300명 이상 또는 공간정보사업자 10분의 1 이상을 발기인으로 하여"],
  ["300명 이상", "10분의 1 이상"],
  "At least 300 spatial information engineers or at least one-tenth of spatial information businesses as promoters, then MOLIT approval (Art. 24(4)).",
  "count", "spatial information association")
Q("ko", "공간정보집합투자기구는 자본금의 몇 % 이상을 공간정보사업자 투자 등에 써야 하나요?", D,
  "제26조 (자산운용의 방법)",
  ["공간정보집합투자기구는 자본금의 100분의 50 이상에 해당하는 금액을 다음 각 호의 어느 하나에 사용하여야 한다."],
  ["100분의 50 이상"],
  "자본금의 100분의 50(50%) 이상을 공간정보사업자 출자·지분 취득 등에 사용해야 합니다(제26조).",
  "factoid", "공간정보집합투자기구")
Q("ko", "공간정보산업진흥원은 누가 설립하나요?", D,
  "제23조 (공간정보산업진흥원)",
  ["국토교통부장관은 공간정보산업을 효율적으로 지원하기 위하여 공간정보산업진흥원(이하 \"진흥원\"이라 한다)을 설립한다."],
  ["국토교통부장관"],
  "국토교통부장관이 설립합니다(제23조제1항). 진흥원은 법인이며 민법상 재단법인 규정을 준용합니다.",
  "who", "공간정보산업진흥원")

# ---------------------------------------------------------------------------
# law_sejong_special_act (행복도시법)
D = "law_sejong_special_act"
Q("ko", "행정중심복합도시 건설에 국가예산으로 쓸 수 있는 상한은 얼마인가요?", D,
  "제51조 (국가예산 지출의 상한)",
  ["국가예산에서 지출하는 금액은 8조5천억원(2003년도 불변가격 기준으로 산정한 금액을 말한다)을 초과할 수 없다."],
  ["8조5천억원", "2003년도 불변가격"],
  "정부청사 등 공공건축물과 광역교통시설에 대한 국가예산 지출은 2003년도 불변가격 기준 8조5천억원을 넘을 수 없습니다(제51조).",
  "factoid", "행복도시 국가예산 상한")
Q("en", "In the Sejong MAC planned area, who carries out the Smart City Act planning functions normally done by mayors and governors?", D,
  "제60조의2 (스마트도시 조성 및 산업진흥 등에 관한 특례)",
  ["시ㆍ도지사, 시장ㆍ군수ㆍ구청장이 수행하는 스마트도시계획 수립 등에 관한 사무는 건설청장이 수행한다."],
  ["건설청장"],
  "The Administrator of the MAC Construction Agency (행복청장) performs them (Art. 60-2(1)).",
  "who", "Sejong smart city planning")
Q("en", "Who chairs the Multifunctional Administrative City Construction Promotion Committee?", D,
  "제31조 (위원회의 조직)",
  ["위원장은 국토교통부장관과 제2항제2호에 따른 위원 중에서 대통령이 위촉하는 사람이 된다."],
  ["국토교통부장관", "대통령이 위촉하는 사람"],
  "Two co-chairs: the MOLIT Minister and a private member commissioned by the President (Art. 31(3)).",
  "who", "MAC promotion committee")
Q("ko", "행복청장은 정무직인가요?", D,
  "제38조 (건설청의 설치 등)",
  ["건설청에 청장 1명과 차장 1명을 두되, 청장은 정무직으로 하고, 차장은 일반직 국가공무원으로 보(補)한다."],
  ["정무직"],
  "네, 행정중심복합도시건설청장은 정무직이고 차장은 일반직 국가공무원입니다(제38조제3항).",
  "yesno", "행복청장 직위")
Q("ko", "행복도시 건설 추진위원회 민간위원은 임기가 몇 년이고 몇 번까지 연임돼요?", D,
  "제31조 (위원회의 조직)",
  ["제2항제2호에 따른 위원의 임기는 2년으로 하며, 세 차례만 연임할 수 있다."],
  ["2년", "세 차례"],
  "임기는 2년이고 세 차례만 연임할 수 있습니다(제31조제5항).",
  "factoid", "추진위원회 위원 임기")

# ---------------------------------------------------------------------------
# law_intelligent_informatization_act (지능정보화 기본법)
D = "law_intelligent_informatization_act"
Q("ko", "지능정보사회 종합계획은 몇 년 단위로 수립하나요?", D,
  "제6조 (지능정보사회 종합계획의 수립)",
  ["지능정보사회 종합계획(이하 \"종합계획\"이라 한다)을 3년 단위로 수립하여야 한다."],
  ["3년 단위"],
  "정부는 지능정보사회 종합계획을 3년 단위로 수립해야 합니다(제6조제1항).",
  "factoid", "지능정보사회 종합계획")
Q("en", "Which ministers establish NIA (National Information Society Agency, 한국지능정보사회진흥원)?", D,
  "제12조 (한국지능정보사회진흥원의 설립)",
  ["과학기술정보통신부장관과 행정안전부장관은 지능정보사회 관련 정책의 개발과"],
  ["과학기술정보통신부장관", "행정안전부장관"],
  "The Minister of Science and ICT and the Minister of the Interior and Safety (Art. 12(1)).",
  "who", "NIA establishment")
Q("en", "How does the Intelligent Informatization Act define the hyper-connected intelligent information network referred to in the Smart City Act?", D,
  "제2조 (정의)",
  ["\"초연결지능정보통신망\"이란 정보통신 및 지능정보기술 관련 기기ㆍ서비스 등 모든 것이 언제 어디서나 연결",
   "되어 지능정보서비스를 이용할 수 있는 정보통신망을 말한다."],
  ["언제 어디서나 연결", "지능정보서비스를 이용할 수 있는 정보통신망"],
  "An information and communications network in which all ICT and intelligent-information devices and services are connected anytime and anywhere so that intelligent information services can be used (Art. 2 item 9).",
  "definition", "hyper-connected network")
Q("ko", "지능정보화책임관 협의회 의장은 누구예요?", D,
  "제9조 (지능정보화책임관 협의회)",
  ["협의회의 의장은 과학기술정보통신부장관 및 행정안전부장관이 된다."],
  ["과학기술정보통신부장관", "행정안전부장관"],
  "과학기술정보통신부장관과 행정안전부장관이 공동 의장입니다(제9조제2항).",
  "who", "지능정보화책임관 협의회")
Q("en", "When must the government submit its annual report on intelligent information society policy to the National Assembly?", D,
  "제67조 (연차보고 등)",
  ["정부는 매년 지능정보사회 추진 시책과 동향에 관한 보고서를 정기국회 개회 전까지 국회에 제출하여야 한다."],
  ["정기국회 개회 전까지"],
  "Every year, before the regular session of the National Assembly opens (Art. 67(1)).",
  "when", "annual report")

# ---------------------------------------------------------------------------
# 000: 국토연구원 WP 22-14 (필리핀 클락 사례)
D = "000_8e0e21b7078bb0b8"
Q("ko", "KCN은 2020~2021년 두 해 동안 몇 개국에서 몇 건의 협력사업을 했나요?", D,
  "(3) 우리나라의 해외 스마트도시 지원사업",
  ["2020년부터 2021년까지 전 세계 19개국(21개 도시)에서 23개 협력사업을 추진했으며"],
  ["19개국", "23개"],
  "2020~2021년 19개국(21개 도시)에서 23개 협력사업을 추진했습니다.",
  "count", "KCN 실적")
Q("en", "How much K-City Network funding went out in 2021, and to how many countries and cities?", D,
  "(3) 우리나라의 해외 스마트도시 지원사업",
  ["2021년 39개국에서 111건 신청을 받았고, 11개국 11개 도시에 총 42억 원 지원함"],
  ["42억 원", "11개국 11개 도시"],
  "In 2021 KCN received 111 applications from 39 countries and supported 11 cities in 11 countries with KRW 4.2 billion in total.",
  "factoid", "KCN 2021 funding")
Q("en", "Is the K-City Network programme counted as ODA?", D,
  "(3) 우리나라의 해외 스마트도시 지원사업",
  ["K-City 네트워크는 공적개발원조(ODA)에 포함되지 않으며"],
  ["포함되지 않으며"],
  "No. The working paper states that K-City Network is not included in ODA, though it links projects to other support schemes.",
  "yesno", "KCN and ODA")
Q("ko", "EDCF 유상 사업 중에 스마트시티라는 이름이 붙은 ODA 사업이 있나요?", D,
  "(3) 우리나라의 해외 스마트도시 지원사업",
  ["EDCF 유상 사업으로는 스마트시티(또는 도시)로 명칭된 ODA 사업이 없음"],
  ["ODA 사업이 없음"],
  "없습니다. 보고서는 EDCF 유상 사업 중 스마트시티(또는 도시)로 명칭된 ODA 사업은 없다고 밝힙니다.",
  "yesno", "EDCF 스마트시티 사업")
Q("ko", "2022년 스마트도시 ODA 사업목록에서 KOICA 베트남 후에시 사업의 기간과 규모는?", D,
  "표 2  2022년 스마트도시 ODA 사업목록",
  ["베트남 후에시 문화관광 스마트시티 조성 지원사업(‘21-‘25/1,300만 달러)"],
  ["1,300만 달러"],
  "베트남 후에시 문화관광 스마트시티 조성 지원사업은 2021~2025년, 1,300만 달러 규모의 한국국제협력단(KOICA) 사업입니다.",
  "table", "스마트도시 ODA 목록")
Q("en", "Which Philippine body applied to the K-City Network for the Clark Freeport smart city feasibility study?", D,
  "03 필리핀 클락 스마트시티 사업",
  ["필리핀 클락개발공사(Clark Development Corporation, 이하 CDC)는 클락자유무역지대 스마트시티"],
  ["클락개발공사", "Clark Development Corporation"],
  "The Clark Development Corporation (CDC) applied in early 2021 to the second-year KCN call and was selected.",
  "who", "Clark applicant")
Q("ko", "클락자유무역지대 마스터플랜상 전체 면적과 구역 수는?", D,
  "03 필리핀 클락 스마트시티 사업",
  ["CDC는 2018년에 클락무역지대 전체 면적 4,400ha를 총 7개의 구역(District)으로 나누어"],
  ["4,400ha", "7개의 구역"],
  "CDC는 2018년 마스터플랜에서 전체 4,400ha를 7개 구역(District)으로 나누어 개발하도록 했습니다.",
  "factoid", "클락 마스터플랜")
Q("en", "What was District 4's original area and what was the KCN study area reduced to?", D,
  "2) 사업 주요 내용",
  ["스마트도시 콘셉트로 지정된 District 4의 전체 면적은 248.3ha이지만, 현실적인 실행",
   "계획 수립을 위해 KCN 추진 단계에서 104.7ha로 조정하여 개발대상 구역 면적을 축소"],
  ["248.3ha", "104.7ha"],
  "District 4 covers 248.3 ha, but it was scaled down to 104.7 ha for the KCN study by agreement with CDC.",
  "factoid", "Clark District 4 area")
Q("ko", "클락개발공사(CDC)의 지분 100%를 보유한 모기관은?", D,
  "03 필리핀 클락 스마트시티 사업",
  ["대통령 직속기관인 기지전환개발청(Base Conversion",
   "Development Authority, 이하 BCDA)이 100% 지분을 보유한 공기업으로"],
  ["기지전환개발청", "BCDA"],
  "필리핀 대통령 직속기관인 기지전환개발청(BCDA)이 CDC 지분 100%를 보유합니다.",
  "who", "CDC 모기관")
Q("en", "In the phased smart infrastructure plan for Clark, in which phase would the automated water and sewer network solution come?", D,
  "표 4   클락 스마트도시의 스마트 인프라 단계별 계획(안)",
  ["서비스의 성격을 고려, 3단계 서비스 도입이 필요한 서비스",
   "(상하수도망 자동화 솔루션) 1·2단계 서비스 도입 및 사업지구 개발 이후"],
  ["3단계"],
  "Phase 3, after phase 1 and 2 services are introduced and the district is developed.",
  "table", "Clark phased smart infrastructure")
Q("ko", "KCN으로 지원되는 예산은 사업당 어느 정도인가요?", D,
  "4) 클락 스마트시티 개발사업의 시사점",
  ["KCN을 통해 지원되는 예산 규모는 사업당 3~6억 원 수준으로 대규모 도시개발 계획"],
  ["3~6억 원"],
  "사업당 3~6억 원 수준으로, 대규모 도시개발 계획수립이나 타당성분석에 큰 예산은 아니라고 평가합니다.",
  "factoid", "KCN 사업당 예산")
Q("en", "What practical advantages of Clark in terms of time difference and flight time does the paper mention?", D,
  "3) 사업의 차별성적 성과요인",
  ["시차가 불과 1시간, 직항 이동 소요 시간이 4시간 미만이라는 점도 미미하지만 누적되면"],
  ["1시간", "4시간 미만"],
  "Only a 1-hour time difference and under 4 hours by direct flight, which the authors say adds up to efficiency gains.",
  "factoid", "Clark logistics")

# ---------------------------------------------------------------------------
# 001: 스마트시티 추진전략 (2018, 관계부처 합동)
D = "001_f10dabb5e28a8c07"
Q("ko", "2018 스마트시티 추진전략에서 1단계 국가 시범도시로 고른 두 곳은 어디예요?", D,
  "(1) 국가 시범도시 신규 조성",
  ["세종 5-1 생활권, 부산 에코델타시티를 국가 시범도시*로 조성"],
  ["세종 5-1 생활권", "부산 에코델타시티"],
  "세종 5-1 생활권과 부산 에코델타시티입니다(공기업 사업지 2곳 우선 선정).",
  "where", "국가 시범도시 입지")
Q("en", "Who is the developer of the Sejong 5-1 national pilot city and how many housing units are planned?", D,
  "별첨1  국가 시범도시 입지 현황 : 세종 5-1 생활권",
  ["(계획호수) 11.4천호(29.3천명)", "(사업시행자) 한국토지주택공사"],
  ["11.4천호", "한국토지주택공사"],
  "Korea Land & Housing Corporation (LH) is the developer; about 11,400 housing units for 29,300 people are planned.",
  "who", "Sejong 5-1 pilot city")
Q("en", "Who are the implementing bodies for the Busan Eco Delta City pilot city?", D,
  "별첨2  국가 시범도시 입지 현황 : 부산 에코델타시티",
  ["(사업시행자) K-Water, 부산도시공사, 부산광역시"],
  ["K-Water", "부산도시공사", "부산광역시"],
  "K-Water, Busan Metropolitan Corporation (부산도시공사) and Busan Metropolitan City.",
  "who", "Busan Eco Delta City")
Q("ko", "U-City 시범사업으로 2009~2013년에 몇 개 지자체에 국비가 얼마나 들어갔나요?", D,
  "2  국내 현황",
  ["15개 지자체에 231억원 국비 지원"],
  ["15개 지자체", "231억원"],
  "2009~2013년 15개 지자체에 국비 231억원이 지원되었습니다.",
  "factoid", "U-City 시범사업")
Q("en", "What are the '7 innovation changes' (7대 혁신변화) that the 2018 strategy sets as policy directions?", D,
  "3  정책추진 방향",
  ["사람중심 혁신성장 동력 지속가능성", "체감형 맞춤형 개방형 융합․연계형"],
  ["사람중심", "혁신성장 동력", "지속가능성", "체감형", "맞춤형", "개방형", "융합․연계형"],
  "People-centred, innovation-growth engine, sustainability, tangible (체감형), customised, open, and converged/linked.",
  "list", "7 innovation changes")
Q("en", "How much national funding per site was considered for theme-type specialized complexes (테마형 특화단지)?", D,
  "《 테마형 특화단지 》",
  ["중심으로 지원방안 마련 검토 (국비 2.25억/곳, 지자체 매칭)"],
  ["2.25억"],
  "KRW 225 million of national funds per site, matched by the local government (about 4 sites a year, 2018-2020).",
  "factoid", "theme-type complexes")
Q("ko", "추진전략에서 PPP 사업을 지원하려고 설립하기로 한 기관과 시점은?", D,
  "(3) 해외진출 확대 및 국제협력 강화",
  ["특히, PPP사업에 대해서는 한국해외인프라·도시개발지원공사(KIND)를",
   "설립(’18.상)하여 사업 발굴이나 개발·금융지원 등 全 단계 지원"],
  ["한국해외인프라·도시개발지원공사(KIND)", "’18.상"],
  "PPP 사업 지원을 위해 한국해외인프라·도시개발지원공사(KIND)를 2018년 상반기에 설립하기로 했습니다.",
  "who", "KIND 설립")
Q("en", "Which Middle Eastern countries does the 2018 strategy name as key target countries for smart city exports?", D,
  "(3) 해외진출 확대 및 국제협력 강화",
  ["고려, 쿠웨이트․사우디 등 핵심 진출국가를 선정하고 집중지원"],
  ["쿠웨이트", "사우디"],
  "Kuwait and Saudi Arabia.",
  "where", "target countries")
Q("ko", "스마트시티형 도시재생으로 2017년에 이미 선정된 지역 5곳은 어디?", D,
  "다  노후 ․ 쇠퇴 단계 ☞ 스마트시티형 도시재생 추진",
  ["선정지역 : 인천부평, 조치원, 부산사하, 포항, 남양주"],
  ["인천부평", "조치원", "부산사하", "포항", "남양주"],
  "인천부평, 조치원, 부산사하, 포항, 남양주입니다.",
  "list", "스마트 도시재생 시범지구")
Q("ko", "범부처 스마트시티 추진단의 지자체 협의체에는 몇 개 지자체가 참여하고 있나요?", D,
  "나  도시운영 단계 ☞ 기존도시 스마트화 및 확산",
  ["지자체 협의체 : 총 84개 지자체 참여 중(광역 17개, 기초 지자체 67개)"],
  ["84개"],
  "총 84개 지자체(광역 17개, 기초 67개)가 참여 중입니다.",
  "count", "지자체 협의체")
Q("ko", "도시운영 통합 플랫폼은 2022년까지 몇 곳에 보급하는 게 목표였나요?", D,
  "□ 도시행정 ․ 주거 분야",
  ["상호 연계한 ‘도시운영 통합 플랫폼’을 지자체 확대 보급(～‘22, 80곳)"],
  ["80곳"],
  "2022년까지 80곳 지자체에 확대 보급하는 것이 목표였습니다.",
  "factoid", "통합 플랫폼 보급 목표")
Q("en", "Under the national pilot city cost-sharing principles, what are local governments expected to pay for?", D,
  "< 국가 시범사업 재정 분담원칙 >",
  ["(지자체) 운영, 관리비용을 부담하되, 조성단계부터의 참여로 비용 효율성 극대화"],
  ["운영, 관리비용을 부담"],
  "Local governments bear operation and management costs, participating from the development stage to maximise cost efficiency.",
  "table", "pilot city cost sharing")

# ---------------------------------------------------------------------------
# 002: 국토이슈리포트 (지역 간 스마트시티 불균형)
D = "002_7bfffe9800fcea94"
Q("ko", "국토이슈리포트 설문은 몇 개 지자체를 대상으로 어떤 분석방법을 썼나요?", D,
  "이슈: 지자체는 어떤 스마트시티를 원하는가?",
  ["스마트시티를 추진 중인 61개 지자체를 대상으로 IPA 분석방법(중요도-실행도 분석, Importance"],
  ["61개 지자체", "IPA"],
  "스마트시티를 추진 중인 61개 지자체를 대상으로 IPA(중요도-실행도) 분석을 했습니다.",
  "count", "지자체 설문")
Q("en", "What share of local governments currently describe their smart city as the advanced-infrastructure type, and what share is expected within five years?", D,
  "<표 4> 향후 5년 이내 추진 계획인 스마트시티 유형",
  ["현재 43.3%로 나타나는 첨단인프라 구축형 스마트시티는 향후 5년 이내 20%로"],
  ["43.3%", "20%"],
  "43.3% today, falling to 20% within five years.",
  "table", "smart city types survey")
Q("en", "Roughly how much has been spent on smart city infrastructure in new towns since 2003, versus ministry programme budgets?", D,
  "이슈: 스마트시티는 어디서 어떻게 추진되었나?",
  ["시설 조성비 약 2조~3조 원 및 정부부처 사업예산 약 3천억 원 규모를 투입"],
  ["약 2조~3조 원", "약 3천억 원"],
  "About KRW 2-3 trillion in infrastructure development charges in new towns, plus about KRW 300 billion in ministry programme budgets.",
  "factoid", "smart city spending")
Q("ko", "스마트시티형 도시재생사업은 매년 몇 곳 이상을 뽑아 얼마씩 지원하나요?", D,
  "<표 1> 스마트시티 주요 국가사업",
  ["도시재생사업 지역 중 매년 5개 이상 지역을 선정하여 30억 원 이상씩"],
  ["5개 이상", "30억 원 이상"],
  "도시재생사업 지역 중 매년 5개 이상을 선정해 30억 원 이상씩 지원합니다.",
  "table", "스마트시티형 도시재생")
Q("en", "Under MOLIT's platform linkage project, how many local governments had been supported by 2018 and with how much each?", D,
  "<표 1> 스마트시티 주요 국가사업",
  ["사업으로 2018년 현재 22개 지자체 지원(1개 지자체당 6억 원 지원)"],
  ["22개 지자체", "6억 원"],
  "22 local governments as of 2018, KRW 600 million each.",
  "table", "platform linkage project")
Q("ko", "스마트시티 국가전략 R&D 실증 대상 도시는 어디예요?", D,
  "<표 1> 스마트시티 주요 국가사업",
  ["스마트시티 국가전략 R&D 사업은 대구시와 시흥시를 대상으로 추진"],
  ["대구시", "시흥시"],
  "대구시와 시흥시입니다.",
  "where", "국가전략 R&D 실증도시")
Q("en", "How much infrastructure development charge has Incheon used for smart city work in Songdo, Yeongjong and Cheongna by 2020?", D,
  "이슈: 스마트시티는 어디서 어떻게 추진되었나?",
  ["인천시의 경우 2020년까지 송도, 영종, 청라 지역을 대상으로 약 3,500억 원의 기반시설 조성비를"],
  ["약 3,500억 원"],
  "About KRW 350 billion, more than central ministries' budgets over the previous ten years.",
  "factoid", "Incheon smart city spending")
Q("ko", "해외 사례 표에서 유럽 Horizon 2020의 성과 기준 예시는 에너지 소비율을 얼마나 줄이는 거였죠?", D,
  "<표 3> 해외 스마트시티 사업 예시(성과기준 제시-도시 내 실증-확산 중심)",
  ["연간 에너지 소비율 20% 감소"],
  ["20% 감소"],
  "연간 에너지 소비율 20% 감소를 성과 기준 예시로 제시했습니다.",
  "table", "Horizon 2020 예시")
Q("en", "According to the report, how much was China investing by 2020 to build 500 smart cities?", D,
  "<표 3> 해외 스마트시티 사업 예시(성과기준 제시-도시 내 실증-확산 중심)",
  ["중국 전역 500개 스마트시티 도시를 건설", "하기 위하여 2020년까지 총 182조 원을"],
  ["182조 원"],
  "A total of KRW 182 trillion by 2020.",
  "table", "China smart city programme")

# ---------------------------------------------------------------------------
# 003: 스마트시티 거버넌스 논문 (2017)
D = "003_bea2acfe7f4cca42"
Q("ko", "부처 간 정책 비교표에서 국토부 U-City 고도화 R&D 총예산과 국비는?", D,
  "표 3. 부처 간 스마트시티 정책 비교",
  ["∙ 총 238억 원", "∙ - 국비 190억, 민간 48억 투자"],
  ["238억 원", "국비 190억"],
  "총 238억 원이며 국비 190억, 민간 48억입니다.",
  "table", "U-City 고도화 R&D 예산")
Q("en", "In the paper's comparison table, what was the period and total budget of MSIP's smart city testbed project?", D,
  "표 3. 부처 간 스마트시티 정책 비교",
  ["스마트시티 실증단지 조성사업(’15년~’17년)", "∙ 총 170억 원"],
  ["’15년~’17년", "170억 원"],
  "2015-2017, KRW 17 billion in total (national 9.6bn, private 4.8bn, city 2.6bn).",
  "table", "MSIP testbed project")
Q("en", "How many times had the old Ubiquitous City Committee actually met, according to the paper?", D,
  "Ⅲ. 국내외 사례 검토를 통한 스마트시티",
  ["지 단 두 번에 불과하고 실제 위원회의 역할에도 그 효"],
  ["단 두 번"],
  "Only twice, although the law required it to meet every year.",
  "count", "U-City committee meetings")
Q("ko", "U-City법 시절 유비쿼터스도시위원회 위원장은 누구였나요?", D,
  "Ⅲ. 국내외 사례 검토를 통한 스마트시티",
  ["총리가 위원장인 기존의 유비쿼터스도시위원회가 국토"],
  ["총리가 위원장"],
  "국무총리가 위원장이었고, 2017년 법 개정으로 국토교통부 장관이 위원장인 스마트도시위원회로 바뀌었습니다.",
  "who", "유비쿼터스도시위원회")
Q("ko", "바르셀로나 PMO 아래 추진체계는 몇 단계 위원회로 구성돼 있나요?", D,
  "3. 해외 스마트시티 거버넌스 검토",
  ["상황 대응을 담당하는 위기위원회 등 4단계로 추진체"],
  ["4단계"],
  "집행위원회, 모니터링위원회, 활동위원회, 위기위원회 등 4단계로 구성됩니다.",
  "count", "바르셀로나 거버넌스")
Q("en", "Who drove Singapore's Smart Nation project and since when, per the paper?", D,
  "3. 해외 스마트시티 거버넌스 검토",
  ["싱가포르는 리센룽 총리 주도로 2014년부터 국가핵"],
  ["리센룽 총리", "2014년"],
  "Prime Minister Lee Hsien Loong, since 2014, coordinated by the Smart Nation Program Office.",
  "who", "Singapore Smart Nation")
Q("ko", "U-City법을 스마트도시법으로 전면개정한 법안이 국회 본회의를 통과한 건 언제?", D,
  "I. 연구의 배경 및 목적",
  ["며 2017년 3월 국회 본 회의를 통과하였다."],
  ["2017년 3월"],
  "2017년 3월 국회 본회의를 통과했습니다.",
  "when", "스마트도시법 개정")

# ---------------------------------------------------------------------------
# 004: KCN 해외실증형 기고문 (2025)
D = "004_c9995d5d9381f287"
Q("ko", "KCN 해외실증형 사업은 2021년부터 지금까지 몇 개국, 몇 개 도시에서 몇 건이 진행됐나요?", D,
  "스마트시티의 국제협력과 K-City Network의 탄생",
  ["증형 사업은 미국·영국·이탈리아·베트남·페루 등 총 13개국 20개 도시에서 21개의 협력사업이 진행되었으며"],
  ["13개국", "20개 도시", "21개"],
  "총 13개국 20개 도시에서 21개 협력사업이 진행되었습니다.",
  "count", "KCN 해외실증형 누적")
Q("en", "In what year was the K-City Network launched?", D,
  "스마트시티의 국제협력과 K-City Network의 탄생",
  ["‘K-City Network’를 2020년에 탄생시키게 되었다."],
  ["2020년"],
  "2020; the overseas demonstration track started in earnest in 2021.",
  "when", "KCN launch")
Q("en", "In the 2025 selection table, what is being demonstrated in Khon Kaen, Thailand?", D,
  "2025년 K-City Network 해외실증형 사업 선정 현황",
  ["태국(콘깬)\t이상상황 감지 솔루션\t교통·공공안전을 위한 AI CCTV 기반 실시간 이상상황 감지"],
  ["AI CCTV 기반 실시간 이상상황 감지"],
  "An AI-CCTV based real-time anomaly detection system for traffic and public safety.",
  "table", "KCN 2025 Khon Kaen")
Q("ko", "2025년 KCN 선정 현황에서 말레이시아 쿠알라룸푸르는 어떤 솔루션이에요?", D,
  "2025년 K-City Network 해외실증형 사업 선정 현황",
  ["말레이시아(쿠알라룸푸르)\t스마트 주차\t도심 주차난 해소를 위한 Edge AI 및 데이터 허브 기반 스마트 주차 서비스"],
  ["스마트 주차", "Edge AI 및 데이터 허브 기반 스마트 주차 서비스"],
  "도심 주차난 해소를 위한 Edge AI 및 데이터 허브 기반 스마트 주차 서비스입니다.",
  "table", "KCN 2025 쿠알라룸푸르")
Q("en", "How long do the 2025 KCN overseas demonstration projects run, and in how many cities?", D,
  "해외실증형 사업 추진계획",
  ["등 6개 도시에서 지난 4월부터 12월까지 약 9개월간 추진되며"],
  ["6개 도시", "4월부터 12월까지", "약 9개월간"],
  "About nine months, from April to December 2025, in six cities.",
  "when", "KCN 2025 schedule")
Q("ko", "WSCE 2025는 언제 어디서 열리나요?", D,
  "2025년 K-City Network",
  ["오는 7월 15일부터 17일까지 부산 벡스코에서 개최되는 WSCE(World Smart City Expo) 2025와 연계하여"],
  ["7월 15일부터 17일까지", "부산 벡스코"],
  "7월 15일부터 17일까지 부산 벡스코에서 열립니다.",
  "when", "WSCE 2025")
Q("en", "Where is the smart crosswalk that automatically extends signal time for elderly pedestrians being built under KCN 2025?", D,
  "해외실증형 사업 추진계획",
  ["페루 리마에서는 노약자의 도로 횡단 시 신호 시간을 자동 연장하는 스마트 횡단보도 시스템이 구축되며"],
  ["페루 리마"],
  "In Lima, Peru.",
  "where", "KCN 2025 Lima")
Q("ko", "K-Smart City 비즈니스 파트너십 데이에 초청되는 국제기구·유관기관은 어디인가요?", D,
  "2025년 K-City Network",
  ["월드뱅크(World Bank), 미주개발은행(IDB), 해외건설협회, 수출입은행 등 국제협력"],
  ["월드뱅크", "미주개발은행", "해외건설협회", "수출입은행"],
  "월드뱅크, 미주개발은행(IDB), 해외건설협회, 수출입은행 등과 KCN 수행기관들이 초청됩니다.",
  "list", "비즈니스 파트너십 데이")

# ---------------------------------------------------------------------------
# Unanswerable near-misses (7 ko, 7 en)
U("ko", "스마트도시법 제60조에 규정된 과태료 최고 금액은 얼마인가요?",
  "스마트도시법은 제56조(벌칙 적용에서 공무원 의제)까지만 있고 과태료는 제55조(1천만원/500만원 이하)에 규정되어 있습니다. 제60조라는 조문은 법률에 없습니다.",
  "article", "존재하지 않는 조문")
U("ko", "2026년 K-City Network 해외실증형 사업에 선정된 도시는 어디인가요?",
  "KCN 기고문에는 2025년 선정 현황(밀라노, 베로나, 버밍엄, 리마, 쿠알라룸푸르, 콘깬)만 있고 2026년 선정 도시는 나오지 않습니다.",
  "list", "KCN 2026 선정")
U("ko", "대외경제협력기금법에서 EDCF 차관의 최저 금리는 연 몇 %로 정하고 있나요?",
  "대외경제협력기금법은 기금의 재원, 용도, 지원요건, 운용·관리 등을 정하지만 차관 금리 수치는 규정하지 않습니다.",
  "factoid", "EDCF 금리")
U("ko", "도시재생특별회계로 전입되는 재산세 비율은 정확히 몇 퍼센트인가요?",
  "도시재생법 제28조는 재산세 중 '대통령령으로 정하는 일정비율 이상의 금액'이라고만 하며, 구체적 비율은 자료(법률)에 없습니다.",
  "factoid", "도시재생특별회계 재산세")
U("ko", "스마트시티 추진전략에서 세종 5-1 생활권 국가시범도시의 총사업비는 얼마로 잡혀 있나요?",
  "추진전략 별첨1은 위치, 면적, 계획호수(11.4천호), 사업기간('18~'22), 사업시행자(LH)는 제시하지만 총사업비는 제시하지 않습니다.",
  "factoid", "세종 5-1 사업비")
U("ko", "행복청장의 임기는 몇 년인가요?",
  "행복도시법 제38조는 건설청장을 정무직으로 한다고만 규정하고 임기는 정하지 않습니다(추진위원회 민간위원 임기 2년 규정만 있음).",
  "factoid", "행복청장 임기")
U("ko", "국토이슈리포트 설문에 참여한 61개 지자체 중 광역자치단체는 몇 곳이었나요?",
  "리포트는 스마트시티 추진 중인 61개 지자체를 대상으로 했다고만 밝히며 광역/기초 구분 수는 제시하지 않습니다.",
  "count", "설문 지자체 구성")
U("en", "What is the term of office of the NIA president under the Framework Act on Intelligent Informatization?",
  "Art. 12 of the Act sets up NIA and lists its tasks and funding, but it does not specify the president's term of office.",
  "factoid", "NIA president term")
U("en", "What internal rate of return (IRR) did the Clark smart city feasibility study calculate?",
  "The working paper describes the feasibility tasks (profitability and sensitivity analysis, 104.7/104.8 ha site) but reports no IRR figure.",
  "factoid", "Clark IRR")
U("en", "What was the total 2025 budget of the K-City Network overseas demonstration programme?",
  "The KCN article gives the 2025 schedule, six cities and the selected solutions, but no total budget figure for 2025.",
  "factoid", "KCN 2025 budget")
U("en", "For how many years is an autonomous vehicle pilot operation zone designation valid under the Autonomous Vehicles Act?",
  "Art. 7 covers designation, change and cancellation of pilot zones by MOLIT on application by governors, but sets no fixed validity period.",
  "factoid", "AV pilot zone validity")
U("en", "What is the statutory capital of the Spatial Information Industry Promotion Institute?",
  "The Spatial Information Industry Promotion Act (Art. 23) establishes the institute as a foundation-type legal person with entrusted tasks but sets no capital amount (unlike KIND's KRW 2 trillion under the Overseas Construction Promotion Act).",
  "factoid", "spatial institute capital")
U("en", "Under the Urban Development Act, what is the minimum zone size in square metres for which MOLIT itself can designate an urban development zone at a public agency's proposal?",
  "Art. 3(3) only says 'of a size prescribed by Presidential Decree'; the decree is not among the documents, so no figure is given.",
  "factoid", "urban development zone size")
U("en", "What is the term of office of the chair of the International Contractors Association (해외건설협회) under the Overseas Construction Promotion Act?",
  "Art. 26 leaves the number, term and election of the association's officers to Presidential Decree; the Act itself sets no term.",
  "factoid", "overseas construction association")


def main():
    rng = random.Random(SEED)
    items = list(ITEMS)
    rng.shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            rec = {
                "id": "iq%03d" % i,
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
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(items), OUT))


if __name__ == "__main__":
    main()
