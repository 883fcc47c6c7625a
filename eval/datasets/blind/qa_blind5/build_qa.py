#!/usr/bin/env python3
"""Build the blind5 QA set (qa_blind5.jsonl) for the Korean smart-city document assistant.

All items are written by hand from the 18 documents in /work/shared/corpus only.
Running this script shuffles the items with random.Random(20261204), assigns ids
fq001... in shuffled order and writes qa_blind5.jsonl (UTF-8, ensure_ascii=False).
"""
import json
import os
import random

FIELDS = ["id", "question", "lang", "answerable", "doc_id", "section", "evidence",
          "key_facts", "reference", "qtype", "topic", "split"]

ITEMS = []


def A(question, lang, doc_id, section, evidence, key_facts, reference, qtype, topic):
    """Answerable item."""
    ITEMS.append({
        "question": question, "lang": lang, "answerable": True, "doc_id": doc_id,
        "section": section, "evidence": list(evidence), "key_facts": list(key_facts),
        "reference": reference, "qtype": qtype, "topic": topic,
    })


def U(question, lang, reference, qtype, topic):
    """Unanswerable near-miss item."""
    ITEMS.append({
        "question": question, "lang": lang, "answerable": False, "doc_id": None,
        "section": "", "evidence": [], "key_facts": [],
        "reference": reference, "qtype": qtype, "topic": topic,
    })


# ---------------------------------------------------------------------------
# law_smart_city_act  (스마트도시법)
# ---------------------------------------------------------------------------
D = "law_smart_city_act"
A("해외 스마트도시 사업을 ODA 무상·유상 협력으로 지원할 수 있다는 근거는 스마트도시법 몇 조에 있나요?", "ko", D,
  "제30조 (국제협력 및 해외진출 지원)",
  ["제30조 (국제협력 및 해외진출 지원)",
   "국가는 「국제개발협력기본법」과 「대외경제협력기금법」에 따른 무상 협력 또는 유상 협력으로 해외 스마트도시사업을 지원할 수 있다."],
  ["제30조", "무상 협력 또는 유상 협력"],
  "스마트도시법 제30조(국제협력 및 해외진출 지원) 제2항에 따라 국가는 국제개발협력기본법과 대외경제협력기금법에 따른 무상 협력 또는 유상 협력으로 해외 스마트도시사업을 지원할 수 있습니다.",
  "article", "ODA 해외진출 근거")
A("국가스마트도시위원회는 최대 몇 명으로 꾸리고 위원장은 몇 명인가요?", "ko", D,
  "제23조 (국가스마트도시위원회)",
  ["위원회는 위원장 2명, 부위원장 3명을 포함한 30명 이내의 위원으로 구성한다."],
  ["위원장 2명", "30명 이내"],
  "위원장 2명, 부위원장 3명을 포함해 30명 이내의 위원으로 구성합니다.",
  "count", "위원회 구성")
A("Under the Smart City Act, who co-chairs the National Smart City Committee with the MOLIT Minister, and which officials serve as vice-chairs?", "en", D,
  "제23조 (국가스마트도시위원회)",
  ["위원장은 국토교통부장관과 제1호 및 제2호의 위원 중에서 대통령이 위촉한 1명을 공동으로 하고, 부위원장은 과학기술정보통신부차관, 행정안전부차관 및 국토교통부차관으로 하며"],
  ["대통령이 위촉한 1명", "과학기술정보통신부차관", "행정안전부차관", "국토교통부차관"],
  "The MOLIT Minister co-chairs with one private member appointed by the President (대통령이 위촉한 1명); the vice-chairs are the vice-ministers of Science and ICT, the Interior and Safety, and Land, Infrastructure and Transport.",
  "who", "committee chairs")
A("스마트도시종합계획은 몇 년 주기로 수립해야 하죠?", "ko", D,
  "제4조 (스마트도시종합계획의 수립 등)",
  ["5년 단위로 다음 각 호의 사항이 포함된 스마트도시종합계획"],
  ["5년 단위"],
  "국토교통부장관은 스마트도시종합계획을 5년 단위로 수립해야 합니다.",
  "when", "종합계획 주기")
A("How does the Smart City Act define a 'national pilot smart city'?", "en", D,
  "제2조 (정의)",
  ['"국가시범도시"란 지능형 도시관리 및 혁신산업 육성을 위하여 스마트도시서비스 및 스마트도시기술을 도시공간에 접목한 도시로서 제35조에 따라 지정하여 조성하는 스마트도시를 말한다.'],
  ["지능형 도시관리 및 혁신산업 육성", "제35조"],
  "A national pilot city (국가시범도시) is a smart city that applies smart city services and technologies to urban space for intelligent urban management and fostering innovative industries (지능형 도시관리 및 혁신산업 육성), designated and built under Article 35 (제35조).",
  "definition", "pilot city definition")
A("스마트혁신사업계획 승인을 거짓으로 받아낸 사업자는 어떤 형사처벌을 받나요?", "ko", D,
  "제54조 (벌칙)",
  ["3년 이하의 징역 또는 3천만원 이하의 벌금에 처한다.",
   "거짓이나 그 밖의 부정한 방법으로 스마트혁신사업계획을 승인 받은 자"],
  ["3년 이하의 징역", "3천만원 이하의 벌금"],
  "거짓이나 부정한 방법으로 스마트혁신사업계획을 승인받은 자는 3년 이하의 징역 또는 3천만원 이하의 벌금에 처해집니다(제54조).",
  "factoid", "벌칙")
A("How long can a smart innovation project (the Smart City Act's regulatory sandbox approval) run, and how much extension is allowed?", "en", D,
  "제51조 (스마트혁신사업계획의 승인기준 등)",
  ["스마트혁신사업의 시행기간은 4년 이내로 하며, 1회에 한하여 2년 이내의 범위에서 대통령령으로 정한 기간 동안 연장할 수 있다."],
  ["4년 이내", "2년 이내"],
  "The implementation period is up to 4 years (4년 이내), extendable once by up to 2 years (2년 이내) for a period set by presidential decree.",
  "when", "regulatory sandbox period")
A("국가시범도시 안에서 익명처리한 개인정보를 다른 정보와 결합해 쓰면 개인정보 보호법이 적용되나요?", "ko", D,
  "제37조 (익명처리된 개인정보의 활용에 대한 다른 법령의 배제)",
  ["익명처리하여 정보를 활용하는 경우에는 「개인정보 보호법」, 「위치정보의 보호 및 이용 등에 관한 법률」 및 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」의 적용을 받지 아니한다."],
  ["적용을 받지 아니한다"],
  "아니요. 더 이상 특정 개인을 알아볼 수 없도록 익명처리해 활용하면 개인정보 보호법, 위치정보법, 정보통신망법의 적용을 받지 않습니다(제37조).",
  "yesno", "익명정보 특례")
A("지자체가 꾸리는 스마트도시사업협의회 위원 수 상한은?", "ko", D,
  "제24조 (스마트도시사업협의회)",
  ["협의회는 다음 각 호에 해당하는 25명 이내의 위원으로 구성한다."],
  ["25명 이내"],
  "스마트도시사업협의회는 25명 이내의 위원으로 구성합니다.",
  "count", "사업협의회")
A("'규제의 신속확인' 조항에서, 통보받은 행정기관이 기한 내 회신하지 않으면 어떻게 취급되나요?", "ko", D,
  "제49조의2 (규제의 신속확인)",
  ["30일 이내에 회신하지 아니하는 때에는 소관 업무에 해당하지 아니하거나 해당 행정기관의 장의 허가등이 필요하지 아니한 것으로 본다."],
  ["30일 이내", "허가등이 필요하지 아니한 것으로 본다"],
  "통보받은 행정기관의 장이 30일 이내에 회신하지 않으면 소관 업무가 아니거나 허가등이 필요하지 않은 것으로 봅니다.",
  "factoid", "규제 신속확인")
A("Which article of the Smart City Act lets MOLIT or a provincial governor designate a smart city specialized complex?", "en", D,
  "제29조 (스마트도시 특화단지의 지정 및 지원)",
  ["제29조 (스마트도시 특화단지의 지정 및 지원)",
   "국토교통부장관 및 시ㆍ도지사는 스마트도시의 조성, 관리ㆍ운영, 스마트도시서비스의 활성화 및 스마트도시산업의 지원을 촉진하기 위하여"],
  ["제29조", "국토교통부장관 및 시ㆍ도지사"],
  "Article 29 (제29조, designation and support of smart city specialized complexes) allows the MOLIT Minister and city/provincial governors (국토교통부장관 및 시ㆍ도지사) to designate them after committee deliberation.",
  "article", "specialized complex")
A("인증을 받지도 않고 스마트도시 인증 표시를 달면 과태료가 얼마까지 나오나요?", "ko", D,
  "제55조 (과태료)",
  ["다음 각 호의 어느 하나에 해당하는 자에게는 500만원 이하의 과태료를 부과한다.",
   "제34조제2항을 위반하여 인증을 받지 아니하고 인증의 표시 또는 이와 유사한 표시를 하거나 인증을 받은 것으로 홍보한 자"],
  ["500만원 이하의 과태료"],
  "인증 없이 인증 표시·유사 표시를 하거나 인증받은 것으로 홍보하면 500만원 이하의 과태료가 부과됩니다(제55조제2항).",
  "factoid", "인증 표시 과태료")
A("Before applying to MOLIT for approval of a smart innovation project plan, whose review must the business operator obtain first?", "en", D,
  "제49조 (스마트혁신사업 등)",
  ['시행하려는 지역(이하 "시행지역"이라 한다)을 관할하는 지방자치단체의 장에게 스마트혁신사업계획을 제출하여 검토를 받아야 한다'],
  ["관할하는 지방자치단체의 장"],
  "The operator must first submit the plan to the head of the local government with jurisdiction over the project area (관할하는 지방자치단체의 장) for review, and include that review in the application.",
  "who", "sandbox procedure")
A("도시재생사업도 스마트도시법 적용 대상 사업에 포함되나요?", "ko", D,
  "제3조 (적용 대상)",
  ["「도시재생 활성화 및 지원에 관한 특별법」에 따른 도시재생사업"],
  ["도시재생사업"],
  "네. 제3조제1항은 도시재생 활성화 및 지원에 관한 특별법에 따른 도시재생사업을 적용 대상 사업으로 열거합니다.",
  "yesno", "적용 대상")
A("After MOLIT designates a national pilot city, for how long must the local government keep the documents open for public inspection?", "en", D,
  "제35조 (국가시범도시의 지정 등)",
  ["관할 지방자치단체의 장은 관계 서류의 사본에 관한 내용을 14일 이상 일반인이 열람할 수 있도록 하여야 한다."],
  ["14일 이상"],
  "The local government head must make the copied documents available for public inspection for at least 14 days (14일 이상).",
  "when", "pilot city designation notice")

A("스마트도시법에서 '공공시설의 귀속'을 다루는 조항은 몇 조이고, 실시계획상 무상귀속으로 정한 기반시설은 어떻게 보나요?", "ko", D,
  "제18조 (공공시설의 귀속)",
  ["제18조 (공공시설의 귀속)",
   "사업시행자가 실시계획에서 무상귀속으로 정하여진 스마트도시기반시설을 설치하는 경우 이를 공공시설로 보며"],
  ["제18조", "공공시설로 보며"],
  "제18조(공공시설의 귀속)에 따라 실시계획에서 무상귀속으로 정한 스마트도시기반시설은 공공시설로 보며, 귀속은 국토계획법 제65조를 준용합니다.",
  "article", "공공시설 귀속")
A("Which article of the Smart City Act allows MOLIT to appoint a private-sector chief planner for national pilot city projects?", "en", D,
  "제35조의2 (총괄계획가의 운영)",
  ["제35조의2 (총괄계획가의 운영)",
   "스마트도시 분야의 민간전문가를 총괄계획가로 위촉할 수 있다."],
  ["제35조의2", "총괄계획가"],
  "Article 35-2 (제35조의2) lets the MOLIT Minister commission a private smart city expert as chief planner (총괄계획가) to support planning and implementation of pilot city projects.",
  "article", "chief planner")
A("국가시범도시 자율주행차 특례 조항은 몇 조이고, 어떤 도로교통법 규정의 적용을 배제하나요?", "ko", D,
  "제39조 (자율주행자동차 운행에 관한 특례)",
  ["제39조 (자율주행자동차 운행에 관한 특례)",
   "「도로교통법」 제49조제1항제10호ㆍ제11호ㆍ제11호의2를 적용하지 아니한다."],
  ["제39조", "「도로교통법」 제49조제1항제10호ㆍ제11호ㆍ제11호의2"],
  "제39조에 따라 국가시범도시에서 연구·개발 목적으로 자율주행자동차를 운행할 때 위해·교통상 위험이 없는 범위에서 도로교통법 제49조제1항제10호·제11호·제11호의2를 적용하지 않습니다.",
  "article", "자율주행 특례")
A("What national plan must the Smart City Comprehensive Plan (the national smart city master plan) be consistent with?", "en", D,
  "제4조 (스마트도시종합계획의 수립 등)",
  ["종합계획은 「국토기본법」에 따른 국토종합계획에 적합하여야 한다."],
  ["국토종합계획"],
  "It must conform to the Comprehensive National Territorial Plan (국토종합계획) under the Framework Act on the National Land.",
  "factoid", "plan hierarchy")

# ---------------------------------------------------------------------------
# law_smart_city_act_decree  (스마트도시법 시행령)
# ---------------------------------------------------------------------------
D = "law_smart_city_act_decree"
A("스마트도시법 15조 인허가 의제 협의 때 관계 중앙행정기관이 의견을 내야 하는 '대통령령으로 정하는 기간'은 시행령상 며칠인가요?", "ko", D,
  "제20조 (다른 법률에 따른 인ㆍ허가등의 의제 시 협의기간)",
  ['법 제15조제3항 후단에서 "대통령령으로 정하는 기간"이란 20일을 말한다.'],
  ["20일"],
  "법 제15조제3항이 위임한 의견제출 기간은 시행령 제20조에 따라 20일입니다.",
  "when", "인허가 의제 협의기간")
A("Under the Enforcement Decree, what minimum combined equity share must the public partners hold for a joint-venture corporation to qualify as a smart city project implementer?", "en", D,
  "제17조 (사업시행자)",
  ["법 제12조제1항제1호부터 제3호까지에 해당하는 자의 출자비율 합계가 100분의 20 이상일 것"],
  ["100분의 20 이상"],
  "The state, local governments, LH/designated public bodies and local public corporations together must hold at least 20% (100분의 20 이상) of the equity, the private partners must be recruited by public call, and the company must be set up to implement the project.",
  "factoid", "JV implementer")
A("스마트도시기반시설 가운데 행안부가 주요정보통신기반시설로 지정해야 하는 시설을 시행령은 무엇으로 정하나요?", "ko", D,
  "제24조 (스마트도시기반시설의 보호)",
  ['법 제22조제1항에서 "대통령령으로 정하는 시설"이란 제4조제2호에 따른 스마트도시 통합운영센터를 말한다.'],
  ["스마트도시 통합운영센터"],
  "법 제22조제1항의 위임에 따라 시행령 제24조는 스마트도시 통합운영센터를 그 대상으로 정합니다.",
  "factoid", "기반시설 보호")
A("What is the term of office of the members MOLIT appoints to the National Smart City Committee, and can they be reappointed?", "en", D,
  "제25조 (국가스마트도시위원회의 구성)",
  ["국토교통부장관이 위촉하는 위원의 임기는 2년으로 하되, 연임할 수 있다."],
  ["2년", "연임할 수 있다"],
  "Members appointed by the MOLIT Minister serve 2-year terms (2년) and may be reappointed (연임할 수 있다).",
  "factoid", "committee term")
A("국가스마트도시위원회 회의의 개의·의결 정족수는 어떻게 되나요?", "ko", D,
  "제26조 (위원회의 운영)",
  ["위원회의 회의는 재적위원 과반수의 출석으로 개의하고, 출석위원 과반수의 찬성으로 의결한다."],
  ["재적위원 과반수의 출석", "출석위원 과반수의 찬성"],
  "재적위원 과반수 출석으로 개의하고 출석위원 과반수 찬성으로 의결합니다.",
  "factoid", "위원회 정족수")
A("규제샌드박스(스마트혁신사업) 사업자가 드는 책임보험, 사망 사고 보험금 기준은 1인당 얼마인가요?", "ko", D,
  "제57조 (책임보험 등의 가입)",
  ["사망한 경우에는 1인당 1억5천만원"],
  ["1억5천만원"],
  "사망의 경우 1인당 1억5천만원(실제 손해액이 2천만원 미만이면 2천만원) 기준을 충족해야 합니다.",
  "factoid", "책임보험 금액")
A("For smart city sandbox projects, what liability insurance coverage per accident does the decree require for property damage?", "en", D,
  "제57조 (책임보험 등의 가입)",
  ["재물이 멸실되거나 훼손된 경우에는 사고당 10억원"],
  ["사고당 10억원"],
  "Coverage for lost or damaged property must be at least KRW 1 billion per accident (사고당 10억원).",
  "factoid", "liability insurance")
A("스마트도시협회를 세우려면 발기인과 창립총회 출석 사업자가 각각 몇 명 이상이어야 하나요?", "ko", D,
  "제28조의2 (스마트도시협회의 설립인가)",
  ["10인 이상을 발기인으로 하여 창립총회를 소집하고, 스마트도시사업자 30인 이상이 출석한 창립총회"],
  ["10인 이상", "30인 이상"],
  "스마트도시사업자 10인 이상이 발기인이 되어 창립총회를 소집하고, 30인 이상이 출석한 총회에서 정관을 작성해 국토교통부장관 인가를 받아야 합니다.",
  "count", "스마트도시협회")
A("Which institute does the decree entrust with the public call and support for private-sector proposed smart city projects?", "en", D,
  "제60조 (업무의 위탁)",
  ["민간제안사업의 공모 및 지원: 「정부출연연구기관 등의 설립ㆍ운영 및 육성에 관한 법률」 제8조에 따른 국토연구원"],
  ["국토연구원"],
  "That task is entrusted to the Korea Research Institute for Human Settlements (국토연구원, KRIHS).",
  "who", "private proposals")
A("스마트도시 특화단지로 지정받으려면 시행령상 요건을 몇 개 이상 충족해야 하나요?", "ko", D,
  "제30조 (스마트도시 특화단지의 지정 등)",
  ["다음 각 호의 요건 중 둘 이상을 충족하는 지역을 법 제29조제1항에 따른 스마트도시 특화단지"],
  ["둘 이상"],
  "시행령 제30조제1항의 요건 중 둘 이상을 충족하는 지역을 특화단지로 지정할 수 있습니다.",
  "count", "특화단지 요건")
A("Which changes to a smart city construction implementation plan count as 'minor' under the decree, e.g. how far can the project cost or period change?", "en", D,
  "제19조 (스마트도시건설사업 실시계획)",
  ["사업기간을 2년의 범위에서 변경하는 경우",
   "스마트도시건설 사업비를 총사업비의 100분의 10 이내에서 변경하는 경우",
   "스마트도시건설사업 면적을 당초 계획 면적의 100분의 10 이하의 범위에서 변경하는 경우"],
  ["2년의 범위", "100분의 10 이내", "100분의 10 이하"],
  "Minor changes are: shifting the project period within 2 years (2년의 범위), changing project cost within 10% of the total (100분의 10 이내), and changing the area by 10% or less (100분의 10 이하).",
  "list", "minor plan changes")

# ---------------------------------------------------------------------------
# law_smart_city_act_rule  (스마트도시법 시행규칙)
# ---------------------------------------------------------------------------
D = "law_smart_city_act_rule"
A("국가시범도시건설사업 성과평가 결과는 매년 언제까지 홈페이지에 공개해야 하나요?", "ko", D,
  "제3조의2 (국가시범도시건설사업에 대한 성과평가 결과의 공개 등)",
  ["성과평가 결과를 매년 3월 31일까지 국토교통부 인터넷 홈페이지에 공개해야 한다."],
  ["매년 3월 31일까지"],
  "국토교통부장관은 성과평가 결과를 매년 3월 31일까지 국토교통부 홈페이지에 공개해야 합니다.",
  "when", "성과평가 공개")
A("If a national pilot city implementer disputes its performance evaluation result, how many days does it have to object?", "en", D,
  "제3조 (국가시범도시건설사업에 대한 성과평가의 실시)",
  ["통보를 받은 날부터 10일 이내에 이의신청 내용과 관련 소명자료를 국토교통부장관에게 제출할 수 있다."],
  ["10일 이내"],
  "It may submit an objection with supporting materials to the MOLIT Minister within 10 days (10일 이내) of notification; the evaluation committee then re-deliberates.",
  "when", "evaluation objection")
A("국가시범도시 성과평가위원회 위원은 어떤 사람들 중에서 뽑나요?", "ko", D,
  "제3조의3 (국가시범도시건설사업 성과평가위원회의 구성ㆍ운영 등)",
  ["성과평가위원회는 법 제23조제4항에 따른 전문위원회 위원 중 국토교통부장관이 임명 또는 위촉하는 사람으로 구성한다."],
  ["전문위원회 위원 중"],
  "법 제23조제4항에 따른 (국가스마트도시위원회) 전문위원회 위원 중에서 국토교통부장관이 임명·위촉하는 사람으로 구성합니다.",
  "who", "성과평가위원회")
A("Which form in the Smart City Act Enforcement Rule is used to apply for a smart demonstration (regulatory sandbox pilot) project?", "en", D,
  "제4조 (스마트혁신사업 및 스마트실증사업 신청서 등)",
  ["영 제53조에 따라 영 제52조제2항이 준용되는 스마트실증사업의 경우에는 별지 제4호서식에 따른다."],
  ["별지 제4호서식"],
  "Smart demonstration project applications use Annex Form No. 4 (별지 제4호서식); smart innovation projects use Form No. 3.",
  "factoid", "application form")
A("국가시범도시 성과평가계획은 얼마나 자주 세워야 하나요?", "ko", D,
  "제2조 (국가시범도시건설사업에 대한 성과평가계획의 수립 등)",
  ['국가시범도시건설사업에 대한 성과평가를 위한 계획(이하 "성과평가계획"이라 한다)을 매년 수립해야 한다.'],
  ["매년"],
  "국토교통부장관은 성과평가계획을 매년 수립하고 사업시행자에게 지체 없이 통보해야 합니다.",
  "when", "성과평가계획")

# ---------------------------------------------------------------------------
# law_urban_regeneration_act  (도시재생법)
# ---------------------------------------------------------------------------
D = "law_urban_regeneration_act"
A("도시재생특별위원회는 누구 소속이고 위원장은 누가 맡나요? 위원 수 범위도 알려주세요.", "ko", D,
  "제7조 (도시재생특별위원회의 설치 등)",
  ["국무총리 소속으로 도시재생특별위원회",
   "위원장은 국무총리가 되고, 위원은 다음 각 호의 자로 하되, 10명 이상 30명 이하로 구성한다."],
  ["국무총리", "10명 이상 30명 이하"],
  "국무총리 소속이며 위원장은 국무총리, 위원은 정부위원과 민간위원 10명 이상 30명 이하로 구성합니다.",
  "who", "도시재생특위")
A("도시재생전략계획은 몇 년 단위로 세우고 정비는 언제 하나요?", "ko", D,
  "제12조 (도시재생전략계획의 수립)",
  ["도시재생전략계획을 10년 단위로 수립하고, 필요한 경우 5년 단위로 정비하여야 한다."],
  ["10년 단위", "5년 단위"],
  "전략계획수립권자는 도시재생전략계획을 10년 단위로 수립하고 필요하면 5년 단위로 정비합니다.",
  "when", "전략계획 주기")
A("How many of the statutory decline criteria (population loss, business exodus, deteriorating housing) must an area meet to be designated an urban regeneration revitalization area?", "en", D,
  "제13조 (도시재생전략계획의 내용)",
  ["다음 각 호의 요건 중 2개 이상을 갖추어야 한다."],
  ["2개 이상"],
  "At least two (2개 이상) of the three criteria must be met.",
  "count", "revitalization area criteria")
A("도시재생법상 활성화계획을 고시하고 나서 사업을 하나도 시작하지 않으면 언제 취소된 것으로 보나요?", "ko", D,
  "제22조 (도시재생활성화계획의 효력 상실 등)",
  ["도시재생활성화계획을 고시한 날부터 3년이 되는 날까지 하나의 도시재생사업도 착수하지 아니한 경우 그 도시재생활성화계획은 취소된 것으로 본다."],
  ["3년"],
  "고시일부터 3년이 되는 날까지 하나의 도시재생사업도 착수하지 않으면 그 활성화계획은 취소된 것으로 봅니다.",
  "when", "활성화계획 실효")
A("Under the Urban Regeneration Act, within how many days must the local council give its opinion on a regeneration strategy plan?", "en", D,
  "제15조 (주민 등의 의견청취)",
  ["지방의회는 전략계획수립권자가 도시재생전략계획을 통지한 날부터 60일 이내에 의견을 제시하여야 하며"],
  ["60일 이내"],
  "The local council must respond within 60 days (60일 이내) of notification; silence after 60 days counts as no opinion.",
  "when", "council opinion")
A("혁신지구 시공자 선정 규정을 어기고 시공자를 뽑으면 처벌은 어느 정도인가요?", "ko", D,
  "제61조 (벌칙)",
  ["제55조의5(제56조제4항에 따라 준용되는 경우를 포함한다)를 위반하여 시공자를 선정한 자 및 시공자로 선정된 자는 3년 이하의 징역 또는 3천만원 이하의 벌금에 처한다."],
  ["3년 이하의 징역", "3천만원 이하의 벌금"],
  "제55조의5를 위반해 시공자를 선정한 자와 선정된 시공자는 3년 이하의 징역 또는 3천만원 이하의 벌금에 처합니다.",
  "factoid", "시공자 선정 벌칙")
A("Who designates urban regeneration leading areas, and whose deliberation is required?", "en", D,
  "제33조 (도시재생선도지역의 지정)",
  ["국토교통부장관은 도시재생이 시급하거나 도시재생사업의 파급효과가 큰 지역을 직접 또는 전략계획수립권자의 요청에 따라 도시재생선도지역으로 지정할 수 있다.",
   "관계 중앙행정기관의 의견을 수렴하고, 특별위원회의 심의를 거쳐야 한다."],
  ["국토교통부장관", "특별위원회의 심의"],
  "The MOLIT Minister (국토교통부장관) designates them, directly or at a local planning authority's request, after collecting ministries' views and deliberation by the Special Committee on Urban Regeneration (특별위원회의 심의).",
  "who", "leading areas")

# ---------------------------------------------------------------------------
# law_oda_framework_act  (국제개발협력기본법)
# ---------------------------------------------------------------------------
D = "law_oda_framework_act"
A("국제개발협력위원회 위원장은 누구이고 위원은 몇 명 이내인가요?", "ko", D,
  "제7조 (국제개발협력위원회)",
  ["위원회는 위원장 1명을 포함한 30명 이내의 위원으로 구성한다.",
   "위원장은 국무총리가 되고"],
  ["30명 이내", "국무총리"],
  "국무총리 소속 국제개발협력위원회는 위원장 1명을 포함한 30명 이내로 구성되며 위원장은 국무총리입니다.",
  "who", "ODA 위원회")
A("Under Korea's ODA framework act, which ministers lead concessional loans versus grant aid?", "en", D,
  "제12조 (국제개발협력 주관기관)",
  ["양자간 개발협력 중 유상협력은 재정경제부장관이, 무상협력은 외교부장관이 각각 주관한다."],
  ["재정경제부장관", "외교부장관"],
  "Bilateral concessional loans (유상협력) are led by the Minister of Economy and Finance (재정경제부장관) and grants (무상협력) by the Minister of Foreign Affairs (외교부장관).",
  "who", "ODA lead agencies")
A("국제개발협력 종합기본계획은 몇 년마다 심사·의결하나요?", "ko", D,
  "제11조 (국제개발협력 종합기본계획의 수립 등)",
  ['국제개발협력 종합기본계획(이하 "종합기본계획"이라 한다)을 5년마다 심사ㆍ의결하여야 한다.'],
  ["5년마다"],
  "국제개발협력위원회는 종합기본계획을 5년마다 심사·의결해야 합니다.",
  "when", "종합기본계획")
A("By what date each year must the ODA committee report its evaluation results to the National Assembly?", "en", D,
  "제16조 (국제개발협력에 대한 평가)",
  ["제1항의 평가 결과는 매년 6월 30일까지 국회에 보고하여야 한다."],
  ["매년 6월 30일까지"],
  "The committee's policy and project evaluation results must be reported to the National Assembly by June 30 every year (매년 6월 30일까지).",
  "when", "evaluation report")
A("국제개발협력기본법에서 말하는 '유상협력'은 어떤 지원을 뜻하나요?", "ko", D,
  "제2조 (정의)",
  ["이자율ㆍ상환기간 및 거치기간 등에 있어서 개발도상국이 국제 자본시장에서 자금을 상업적 조건으로 차입할 수 있는 것보다 유리한 조건으로",
   "상환의무가 있는 것을 말한다."],
  ["유리한 조건", "상환의무가 있는 것"],
  "이자율·상환기간·거치기간 등이 상업적 차입보다 유리한 조건으로 개발도상국에 제공하는 현금·현물 등으로서 상환의무가 있는 것을 말합니다.",
  "definition", "유상협력 정의")
A("What date is designated by law as International Development Cooperation Day in Korea?", "en", D,
  "제18조의2 (국제개발협력의 날)",
  ["매년 11월 25일을 국제개발협력의 날로 정한다."],
  ["11월 25일"],
  "November 25 (11월 25일) every year is International Development Cooperation Day.",
  "when", "ODA day")
A("ODA 중점협력대상국은 누가, 누구와 협의해서 선정하나요?", "ko", D,
  "제15조 (중점협력대상국의 선정 및 전략 수립)",
  ["위원회는 종합기본계획 등을 고려하고 국제연합이 선정한 최저개발국을 포함하여",
   '중점적으로 국제개발협력을 할 대상국(이하 "중점협력대상국"이라 한다)을 주관기관과 협의하여 선정할 수 있다.'],
  ["위원회", "주관기관과 협의"],
  "국제개발협력위원회가 종합기본계획 등을 고려해 최저개발국을 포함한 중점협력대상국을 주관기관과 협의하여 선정합니다.",
  "who", "중점협력대상국")

A("Which article of the ODA Framework Act requires Korean embassies to check ODA projects in their jurisdiction, and how often?", "en", D,
  "제23조 (재외공관의 역할)",
  ["제23조 (재외공관의 역할)",
   "연 1회 이상 파악하여 그 결과를 주관기관을 거쳐 위원회에 보고하여야 한다."],
  ["제23조", "연 1회 이상"],
  "Article 23 (제23조, role of diplomatic missions): embassies must review ODA projects in their jurisdiction at least once a year (연 1회 이상) and report via the lead agency to the committee.",
  "article", "embassy role")

# ---------------------------------------------------------------------------
# law_edcf_act  (대외경제협력기금법)
# ---------------------------------------------------------------------------
D = "law_edcf_act"
A("EDCF는 누가 운용·관리하고, 그 사무는 어디에 맡길 수 있나요?", "ko", D,
  "제9조 (기금의 운용ㆍ관리)",
  ["기금은 재정경제부장관이 운용ㆍ관리한다.",
   "재정경제부장관은 대통령령으로 정하는 바에 따라 기금의 운용ㆍ관리에 관한 사무를 한국수출입은행에 위탁할 수 있다."],
  ["재정경제부장관", "한국수출입은행"],
  "EDCF는 재정경제부장관이 운용·관리하며, 운용·관리 사무를 한국수출입은행에 위탁할 수 있습니다.",
  "who", "EDCF 관리")
A("Under the EDCF Act, when is the fund allowed to finance a cooperation project in a developing country?", "en", D,
  "제8조 (기금의 지원요건)",
  ["한국수출입은행이나 그 밖의 은행으로부터 일반적인 조건으로 지원을 받는 것이 곤란하다고 인정되는 경우로 한정한다."],
  ["일반적인 조건으로 지원을 받는 것이 곤란"],
  "Only when it is recognised that support on ordinary terms from the Export-Import Bank of Korea or other banks is difficult (일반적인 조건으로 지원을 받는 것이 곤란).",
  "factoid", "EDCF eligibility")
A("대외경제협력기금에 결산상 이익금이 생기면 어떻게 처리하나요?", "ko", D,
  "제14조 (이익 및 결손의 처리)",
  ["기금의 결산상 이익금이 생겼을 때에는 전액 적립하여야 한다."],
  ["전액 적립"],
  "결산상 이익금은 전액 적립해야 하고, 손실은 적립금으로 보전한 뒤 부족하면 정부가 예산 범위에서 보전할 수 있습니다.",
  "factoid", "이익 처리")
A("How does the EDCF Act define a 'developing country' eligible for the fund, and who makes that determination?", "en", D,
  "제2조 (정의)",
  ["기금운용위원회의 심의를 거쳐 재정경제부장관이 정하는 국가를 말한다."],
  ["기금운용위원회의 심의", "재정경제부장관"],
  "A developing country (개도국) is one determined by the Minister of Economy and Finance (재정경제부장관) after deliberation by the Fund Operation Committee (기금운용위원회의 심의), considering income level and industrial structure.",
  "definition", "developing country")
A("EDCF가 한국은행 등에서 일시 차입한 돈은 언제까지 갚아야 하나요?", "ko", D,
  "제11조 (일시 차입)",
  ["제1항에 따른 일시차입금은 해당 회계연도에 상환하여야 한다."],
  ["해당 회계연도"],
  "일시차입금은 해당 회계연도에 상환해야 합니다.",
  "when", "일시차입")

# ---------------------------------------------------------------------------
# law_overseas_construction_act  (해외건설 촉진법)
# ---------------------------------------------------------------------------
D = "law_overseas_construction_act"
A("KIND(한국해외인프라·도시개발지원공사)의 법정 자본금은 얼마인가요?", "ko", D,
  "제28조의4 (자본금 등)",
  ["지원공사의 자본금은 2조원으로 한다."],
  ["2조원"],
  "해외건설 촉진법 제28조의4에 따라 KIND의 자본금은 2조원입니다.",
  "factoid", "KIND 자본금")
A("How many members sit on KIND's operating committee, and who chairs it?", "en", D,
  "제28조의8 (운영위원회의 구성)",
  ["다음 각 호의 위원 7명으로 구성한다",
   "운영위원회의 위원장은 지원공사의 사장이 된다."],
  ["7명", "지원공사의 사장"],
  "The operating committee has 7 members (7명) and is chaired by KIND's president (지원공사의 사장).",
  "count", "KIND governance")
A("KIND는 해외인프라·도시개발채권을 어느 한도까지 발행할 수 있나요?", "ko", D,
  "제28조의19 (해외인프라ㆍ도시개발채권의 발행 등)",
  ["납입자본금과 적립금 합계액의 5배를 초과하지 아니하는 범위에서 해외인프라ㆍ도시개발채권을 발행할 수 있다."],
  ["5배"],
  "운영위원회 의결을 거쳐 납입자본금과 적립금 합계액의 5배를 넘지 않는 범위에서 발행할 수 있습니다.",
  "factoid", "KIND 채권")
A("What's the criminal penalty for running an overseas construction business without filing the required notification?", "en", D,
  "제39조 (벌칙)",
  ["1년 이하의 징역 또는 1천만원 이하의 벌금에 처한다.",
   "제6조제1항에 따른 신고를 하지 아니하고 해외건설업을 영위한 자"],
  ["1년 이하의 징역", "1천만원 이하의 벌금"],
  "Operating without notification is punishable by up to 1 year in prison (1년 이하의 징역) or a fine of up to KRW 10 million (1천만원 이하의 벌금).",
  "factoid", "unregistered business")
A("해외건설 촉진법에서 '해외공사'는 무엇을 포괄하는 개념인가요?", "ko", D,
  "제2조 (정의)",
  ['"해외공사"란 해외건설공사, 해외건설 엔지니어링활동 및 해외인프라ㆍ도시개발사업을 말한다.'],
  ["해외건설공사", "해외건설 엔지니어링활동", "해외인프라ㆍ도시개발사업"],
  "해외공사는 해외건설공사, 해외건설 엔지니어링활동, 해외인프라·도시개발사업을 말합니다.",
  "definition", "해외공사 정의")
A("If an overseas contractor fails to report its order-winning activities and construction status to MOLIT, what administrative fine applies?", "en", D,
  "제41조 (과태료)",
  ["다음 각 호의 어느 하나에 해당하는 자에게는 300만원 이하의 과태료를 부과한다.",
   "제13조에 따른 통보를 하지 아니하거나 거짓으로 통보한 자"],
  ["300만원 이하의 과태료"],
  "Failing to report (or falsely reporting) under Article 13 carries an administrative fine of up to KRW 3 million (300만원 이하의 과태료).",
  "factoid", "reporting fine")
A("해외건설집합투자기구의 존립기간은 최대 얼마로 정할 수 있나요?", "ko", D,
  "제19조의3 (존립기간)",
  ["등록 또는 보고된 날부터 30년 이내에서 해외건설집합투자기구의 신탁계약 또는 정관으로 정한다"],
  ["30년 이내"],
  "등록·보고일부터 30년 이내에서 신탁계약이나 정관으로 정하며, 금융위원회 승인을 받아 30년 이내에서 한 차례 연장할 수 있습니다.",
  "when", "집합투자기구 존립기간")

# ---------------------------------------------------------------------------
# law_transport_system_efficiency_act  (국가통합교통체계효율화법)
# ---------------------------------------------------------------------------
D = "law_transport_system_efficiency_act"
A("국가 ITS 기본계획(지능형교통체계기본계획)은 몇 년 단위로 세우고, 재검토는 언제 하나요?", "ko", D,
  "제73조 (지능형교통체계기본계획의 수립 등)",
  ["10년 단위로 지능형교통체계에 관한 국가 차원의 기본계획",
   "5년마다 지능형교통체계기본계획을 전반적으로 재검토하고"],
  ["10년 단위", "5년마다"],
  "국토교통부장관은 지능형교통체계기본계획을 10년 단위로 수립하고 5년마다 전반적으로 재검토합니다.",
  "when", "ITS 기본계획")
A("Does the transport system efficiency act require local ITS plans to be consistent with local smart city plans?", "en", D,
  "제75조 (다른 계획에의 반영)",
  ["제8조에 따른 스마트도시계획과 지능형교통체계지방계획이 조화를 이루도록 하여야 한다."],
  ["조화를 이루도록"],
  "Yes. Mayors and governors must ensure their local ITS plan is in harmony (조화를 이루도록) with the smart city plan under Article 8 of the Smart City Act and the urban master plan.",
  "yesno", "ITS-smart city link")
A("국가기간교통망계획은 몇 년 단위 계획인가요?", "ko", D,
  "제4조 (국가기간교통망계획의 수립 등)",
  ["20년 단위로 국가기간교통망에 관한 계획"],
  ["20년 단위"],
  "국가기간교통망계획은 20년 단위로 수립하며 5년마다 검토합니다.",
  "when", "국가기간교통망계획")
A("국가교통위원회 위원장·부위원장은 누구이고 전체 위원은 몇 명 이내인가요?", "ko", D,
  "제107조 (국가교통위원회의 구성 등)",
  ["국가교통위원회는 위원장 1명과 부위원장 1명을 포함한 30명 이내의 위원으로 구성한다.",
   "국가교통위원회의 위원장은 국토교통부장관이 되고, 부위원장은 국토교통부 제2차관이 된다."],
  ["30명 이내", "국토교통부장관", "국토교통부 제2차관"],
  "위원장은 국토교통부장관, 부위원장은 국토교통부 제2차관이며 30명 이내로 구성합니다.",
  "who", "국가교통위원회")
A("What's the criminal penalty for falsifying traffic data stored in an ITS authority's database?", "en", D,
  "제117조 (벌칙)",
  ["다음 각 호의 어느 하나에 해당하는 자는 2년 이하의 징역 또는 1천만원 이하의 벌금에 처한다.",
   "교통정보를 위작ㆍ변작하거나 위작ㆍ변작된 교통정보 기록을 행사한 자"],
  ["2년 이하의 징역", "1천만원 이하의 벌금"],
  "Falsifying or altering ITS traffic data to disrupt administration is punishable by up to 2 years in prison (2년 이하의 징역) or up to KRW 10 million (1천만원 이하의 벌금).",
  "factoid", "ITS data tampering")
A("국토부가 운영하는 교통빅데이터플랫폼에 개인정보를 넣어도 되나요?", "ko", D,
  "제17조의2 (교통빅데이터플랫폼의 구축ㆍ운영)",
  ["수집ㆍ관리하는 데이터에 「개인정보 보호법」에 따른 개인정보를 포함시켜서는 아니 된다."],
  ["포함시켜서는 아니 된다"],
  "안 됩니다. 교통빅데이터플랫폼이 수집·관리하는 데이터에 개인정보를 포함시켜서는 안 됩니다.",
  "yesno", "교통빅데이터")

A("Which article of the transport system efficiency act obliges MOLIT to build and operate a national integrated ITS information center?", "en", D,
  "제90조 (국가통합 지능형교통체계정보센터의 구축 등)",
  ["제90조 (국가통합 지능형교통체계정보센터의 구축 등)",
   "국가통합 지능형교통체계정보센터(이하 \"국가통합교통정보센터\"라 한다)를 구축ㆍ운영하여야 한다."],
  ["제90조", "국가통합 지능형교통체계정보센터"],
  "Article 90 (제90조) requires the MOLIT Minister to build and operate the National Integrated ITS Information Center (국가통합 지능형교통체계정보센터) for nationwide traffic information.",
  "article", "national ITS center")

# ---------------------------------------------------------------------------
# law_urban_development_act  (도시개발법)
# ---------------------------------------------------------------------------
D = "law_urban_development_act"
A("도시개발구역은 원칙적으로 누가 지정할 수 있나요?", "ko", D,
  "제3조 (도시개발구역의 지정 등)",
  ['특별시장ㆍ통합특별시장ㆍ광역시장ㆍ도지사ㆍ특별자치도지사(이하 "시ㆍ도지사"라 한다)',
   '「지방자치법」 제198조제1항에 따른 인구 50만 이상 대도시의 시장(이하 "대도시 시장"이라 한다)'],
  ["시ㆍ도지사", "인구 50만 이상 대도시의 시장"],
  "시·도지사와 인구 50만 이상 대도시 시장이 지정하며, 국가 필요 등 일정한 경우 국토교통부장관도 지정할 수 있습니다.",
  "who", "구역 지정권자")
A("For a land-readjustment (환지) scheme under the Urban Development Act, what landowner consent is needed for the development plan?", "en", D,
  "제4조 (개발계획의 수립 및 변경)",
  ["환지 방식이 적용되는 지역의 토지면적의 3분의 2 이상에 해당하는 토지 소유자와 그 지역의 토지 소유자 총수의 2분의 1 이상의 동의를 받아야 한다."],
  ["3분의 2 이상", "2분의 1 이상"],
  "Owners of at least two-thirds of the land area (3분의 2 이상) and at least half of all landowners (2분의 1 이상) must consent.",
  "factoid", "readjustment consent")
A("도시개발조합을 설립하려면 토지 소유자가 최소 몇 명 있어야 하나요?", "ko", D,
  "제13조 (조합 설립의 인가)",
  ["도시개발구역의 토지 소유자 7명 이상이"],
  ["7명 이상"],
  "토지 소유자 7명 이상이 정관을 작성해 지정권자의 조합 설립 인가를 받아야 합니다.",
  "count", "조합 설립")
A("구역 지정 후 실시계획 인가 신청을 안 하면 도시개발구역 지정은 언제 해제된 것으로 보나요?", "ko", D,
  "제10조 (도시개발구역 지정의 해제)",
  ["도시개발구역이 지정ㆍ고시된 날부터 3년이 되는 날까지 제17조에 따른 실시계획의 인가를 신청하지 아니하는 경우에는 그 3년이 되는 날"],
  ["3년"],
  "지정·고시일부터 3년이 되는 날까지 실시계획 인가를 신청하지 않으면 그 3년이 되는 날의 다음 날에 해제된 것으로 봅니다.",
  "when", "지정 해제의제")
A("Under the Urban Development Act, what share of a zone's land can be supplied as raw, undeveloped land (원형지) for others to develop?", "en", D,
  "제25조의2 (원형지의 공급과 개발)",
  ["공급될 수 있는 원형지의 면적은 도시개발구역 전체 토지 면적의 3분의 1 이내로 한정한다."],
  ["3분의 1 이내"],
  "Raw land supply is limited to one-third (3분의 1 이내) of the zone's total land area, with the designating authority's prior approval.",
  "factoid", "raw land supply")
A("도시개발채권의 소멸시효는 원금과 이자 각각 몇 년인가요?", "ko", D,
  "제62조 (도시개발채권의 발행)",
  ["도시개발채권의 소멸시효는 상환일부터 기산(起算)하여 원금은 5년, 이자는 2년으로 한다."],
  ["원금은 5년", "이자는 2년"],
  "상환일부터 기산하여 원금은 5년, 이자는 2년입니다.",
  "factoid", "도시개발채권")

# ---------------------------------------------------------------------------
# law_autonomous_vehicles_act  (자율주행자동차법)
# ---------------------------------------------------------------------------
D = "law_autonomous_vehicles_act"
A("자율주행자동차 시범운행지구는 누구의 신청으로, 어떤 심의를 거쳐 지정되나요?", "ko", D,
  "제7조 (시범운행지구의 지정 등)",
  ["국토교통부장관은 자율주행자동차 시범운행지구를 운영하려는 시ㆍ도지사의 신청을 받아 제16조에 따른 자율주행자동차 시범운행지구 위원회의 심의ㆍ의결을 거쳐"],
  ["시ㆍ도지사의 신청", "자율주행자동차 시범운행지구 위원회"],
  "시·도지사의 신청을 받아 자율주행자동차 시범운행지구 위원회의 심의·의결을 거쳐 국토교통부장관이 지정합니다.",
  "who", "시범운행지구 지정")
A("How many members can the autonomous vehicle pilot zone committee have, and how many chairs does it have?", "en", D,
  "제16조 (위원회의 구성 등)",
  ["위원회는 위원장 2명을 포함하여 20명 이내의 위원으로 구성한다."],
  ["위원장 2명", "20명 이내"],
  "Up to 20 members (20명 이내) including two co-chairs (위원장 2명): the MOLIT Minister and one elected from the private members.",
  "count", "AV pilot committee")
A("Under the AV Act's special rule on video data, how long can an AV developer keep footage that contains personal information?", "en", D,
  "제20조의2 (영상정보의 처리에 관한 특례)",
  ["수집한 날부터 5년이 지나면 특정 개인정보가 포함된 영상정보를 대통령령으로 정하는 바에 따라 지체 없이 파기하여야 한다."],
  ["5년"],
  "Once 5 years (5년) have passed from collection, footage containing specific personal information must be destroyed without delay.",
  "when", "AV video retention")
A("시범운행지구에서 자율주행차로 유상 여객운송을 하려면 원칙적으로 누구 허가를 받아야 하나요?", "ko", D,
  "제9조 (여객의 유상운송에 관한 특례)",
  ["시범운행지구 관할 시ㆍ도지사의 허가를 받아야 한다"],
  ["시ㆍ도지사의 허가"],
  "시범운행지구 관할 시·도지사의 허가를 받아야 하며, 시·도지사는 국토교통부장관과 협의해야 합니다(여러 시·도에 걸친 경우 등은 국토교통부장관이 허가).",
  "who", "유상운송 특례")
A("Is MOLIT obliged to build HD road maps for autonomous driving, and may it hand them out for free?", "en", D,
  "제22조 (정밀도로지도의 구축 및 갱신)",
  ["국토교통부장관은 자율주행자동차의 상용화를 위하여 정밀도로지도를 대통령령으로 정하는 바에 따라 구축하여야 한다.",
   "정밀도로지도를 민간 활용이 촉진될 수 있도록 무상으로 제공할 수 있다."],
  ["구축하여야 한다", "무상으로 제공할 수 있다"],
  "Yes: MOLIT must build (구축하여야 한다) and periodically update HD road maps, and it may provide them free of charge (무상으로 제공할 수 있다) to promote private use.",
  "yesno", "HD maps")
A("성능인증 받은 자율주행차의 자율주행시스템을 무단으로 해체·조작하면 어떤 처벌을 받나요?", "ko", D,
  "제54조 (벌칙)",
  ["자율주행시스템을 무단으로 해체하거나 조작한 자는 3년 이하의 징역 또는 3천만원 이하의 벌금에 처한다."],
  ["3년 이하의 징역", "3천만원 이하의 벌금"],
  "3년 이하의 징역 또는 3천만원 이하의 벌금에 처합니다.",
  "factoid", "무단 조작 벌칙")

A("자율주행차법에서 시범운행지구 연구·시범운행자에게 보험 가입을 의무화한 조항은 몇 조인가요?", "ko", D,
  "제19조 (보험 가입 의무)",
  ["제19조 (보험 가입 의무)",
   "시범운행지구에서 자율주행자동차에 관한 연구ㆍ시범운행을 하는 자는"],
  ["제19조"],
  "제19조(보험 가입 의무)로, 시범운행지구에서 연구·시범운행을 하는 자는 인적·물적 손해 배상을 위해 대통령령으로 정하는 보험에 가입해야 합니다.",
  "article", "보험 가입 의무")

# ---------------------------------------------------------------------------
# law_spatial_information_industry_act  (공간정보산업 진흥법)
# ---------------------------------------------------------------------------
D = "law_spatial_information_industry_act"
A("공간정보산업진흥 기본계획은 몇 년마다 수립하나요?", "ko", D,
  "제4조 (공간정보산업진흥 계획의 수립)",
  ["5년마다 다음 각 호의 사항이 포함된 공간정보산업진흥 기본계획"],
  ["5년마다"],
  "국토교통부장관이 국가공간정보정책 기본계획에 따라 5년마다 수립합니다.",
  "when", "진흥 기본계획")
A("What share of its capital must a spatial information collective investment vehicle invest in spatial information businesses?", "en", D,
  "제26조 (자산운용의 방법)",
  ["공간정보집합투자기구는 자본금의 100분의 50 이상에 해당하는 금액을 다음 각 호의 어느 하나에 사용하여야 한다."],
  ["100분의 50 이상"],
  "At least 50% of its capital (100분의 50 이상) must go to equity in or loans to designated spatial information businesses, or other MOLIT-approved investments.",
  "factoid", "spatial info fund")
A("공간정보산업협회를 만들려면 발기인 요건이 어떻게 되나요?", "ko", D,
  "제24조 (공간정보산업협회의 설립)",
  ["공간정보기술자 300명 이상 또는 공간정보사업자 10분의 1 이상을 발기인으로"],
  ["300명 이상", "10분의 1 이상"],
  "공간정보기술자 300명 이상 또는 공간정보사업자 10분의 1 이상이 발기인이 되어 정관을 작성하고 국토교통부장관 인가를 받아야 합니다.",
  "count", "협회 설립")
A("What's the penalty for obtaining spatial information quality certification fraudulently?", "en", D,
  "제29조 (벌칙)",
  ["허위 그 밖에 부정한 방법으로 제12조에 따른 품질인증을 받은 자는 2년 이하의 징역 또는 2천만원 이하의 벌금에 처한다."],
  ["2년 이하의 징역", "2천만원 이하의 벌금"],
  "Up to 2 years in prison (2년 이하의 징역) or a fine of up to KRW 20 million (2천만원 이하의 벌금).",
  "factoid", "certification fraud")
A("공간정보산업진흥시설로 지정되면 다른 법상 어떤 시설로 간주되나요?", "ko", D,
  "제18조 (공간정보산업진흥시설의 지정 등)",
  ["「벤처기업육성에 관한 특별법」제18조에 따른 벤처기업집적시설로 지정된 것으로 본다."],
  ["벤처기업집적시설"],
  "벤처기업육성에 관한 특별법 제18조에 따른 벤처기업집적시설로 지정된 것으로 봅니다.",
  "factoid", "진흥시설")

# ---------------------------------------------------------------------------
# law_sejong_special_act  (행정중심복합도시 특별법)
# ---------------------------------------------------------------------------
D = "law_sejong_special_act"
A("행복도시 건설에 국가예산으로 쓸 수 있는 금액 상한은 얼마인가요?", "ko", D,
  "제51조 (국가예산 지출의 상한)",
  ["8조5천억원(2003년도 불변가격 기준으로 산정한 금액을 말한다)을 초과할 수 없다."],
  ["8조5천억원", "2003년도 불변가격"],
  "정부청사 등 공공건축물과 광역교통시설 건설에 국가예산에서 지출하는 금액은 8조5천억원(2003년도 불변가격 기준)을 넘을 수 없습니다.",
  "factoid", "국가예산 상한")
A("Which article of the Sejong Special Act transfers local governments' Smart City Act planning functions in the planned area to the construction agency commissioner?", "en", D,
  "제60조의2 (스마트도시 조성 및 산업진흥 등에 관한 특례)",
  ["제60조의2 (스마트도시 조성 및 산업진흥 등에 관한 특례)",
   "스마트도시계획 수립 등에 관한 사무는 건설청장이 수행한다."],
  ["제60조의2", "건설청장"],
  "Article 60-2 (제60조의2): in the planned area, smart city planning and related tasks under Smart City Act Articles 8-10, 14 and 24 are carried out by the commissioner of the construction agency (건설청장, 행복청장).",
  "article", "Sejong smart city powers")
A("행정중심복합도시건설 추진위원회는 몇 명 이내로 구성되고 위원장은 누구인가요?", "ko", D,
  "제31조 (위원회의 조직)",
  ["위원회는 위원장 2명을 포함한 30명 이내의 위원으로 구성한다.",
   "위원장은 국토교통부장관과 제2항제2호에 따른 위원 중에서 대통령이 위촉하는 사람이 된다."],
  ["30명 이내", "국토교통부장관"],
  "위원장 2명을 포함한 30명 이내로 구성하며, 위원장은 국토교통부장관과 민간위원 중 대통령이 위촉하는 사람입니다.",
  "count", "추진위원회")
A("Who manages the special account for building the Multifunctional Administrative City (Sejong)?", "en", D,
  "제44조 (특별회계의 설치 및 관리ㆍ운용)",
  ["회계는 건설청장이 관리ㆍ운용한다."],
  ["건설청장"],
  "The special account is managed and operated by the commissioner of the Multifunctional Administrative City Construction Agency (건설청장).",
  "who", "special account")
A("How large can the advisory committee attached to the Sejong construction promotion committee be?", "en", D,
  "제35조 (자문위원회)",
  ["100명 이내의 자문위원으로 구성되는 자문위원회"],
  ["100명 이내"],
  "It may have up to 100 advisory members (100명 이내).",
  "count", "advisory committee")
A("행복도시건설 추진위원회 위원이 업무 중 알게 된 비밀을 누설하면 처벌은?", "ko", D,
  "제69조 (업무상 비밀 누설죄)",
  ["제36조를 위반하여 업무 처리 중 알게 된 비밀을 누설한 사람은 5년 이하의 징역 또는 5천만원 이하의 벌금에 처한다."],
  ["5년 이하의 징역", "5천만원 이하의 벌금"],
  "5년 이하의 징역 또는 5천만원 이하의 벌금에 처합니다.",
  "factoid", "비밀누설")

# ---------------------------------------------------------------------------
# law_intelligent_informatization_act  (지능정보화 기본법)
# ---------------------------------------------------------------------------
D = "law_intelligent_informatization_act"
A("지능정보사회 종합계획은 몇 년 단위로 수립하나요?", "ko", D,
  "제6조 (지능정보사회 종합계획의 수립)",
  ['지능정보사회 종합계획(이하 "종합계획"이라 한다)을 3년 단위로 수립하여야 한다.'],
  ["3년 단위"],
  "정부는 지능정보사회 종합계획을 3년 단위로 수립하며, 과기정통부장관이 정보통신 전략위원회 심의를 거쳐 확정합니다.",
  "when", "종합계획 주기")
A("Which ministers establish NIA (the Korea Intelligent Information Society Agency) under the framework act?", "en", D,
  "제12조 (한국지능정보사회진흥원의 설립)",
  ["과학기술정보통신부장관과 행정안전부장관은 지능정보사회 관련 정책의 개발과"],
  ["과학기술정보통신부장관", "행정안전부장관"],
  "NIA is established by the Minister of Science and ICT (과학기술정보통신부장관) and the Minister of the Interior and Safety (행정안전부장관).",
  "who", "NIA")
A("스마트도시법 기반시설 정의에 인용되는 '초연결지능정보통신망'은 지능정보화 기본법에서 어떻게 정의하나요?", "ko", D,
  "제2조 (정의)",
  ['"초연결지능정보통신망"이란 정보통신 및 지능정보기술 관련 기기ㆍ서비스 등 모든 것이 언제 어디서나 연결'],
  ["언제 어디서나 연결"],
  "정보통신·지능정보기술 관련 기기·서비스 등 모든 것이 언제 어디서나 연결(초연결)되어 지능정보서비스를 이용할 수 있는 정보통신망입니다.",
  "definition", "초연결망 정의")
A("Does the Framework Act on Intelligent Informatization require AI service providers to build privacy protection into their design?", "en", D,
  "제61조 (사생활 보호 설계 등)",
  ["해당 기술과 서비스를 사생활등의 보호에 적합하게 설계하여야 한다."],
  ["사생활등의 보호에 적합하게 설계"],
  "Yes. Developers and service providers must design their technologies and services to be suitable for protecting privacy and personal information (사생활등의 보호에 적합하게 설계).",
  "yesno", "privacy by design")
A("한국지능정보사회진흥원이 아닌데 그 이름이나 비슷한 명칭을 쓰면 과태료는?", "ko", D,
  "제70조 (과태료)",
  ["한국지능정보사회진흥원 또는 이와 유사한 명칭을 사용한 자에게는 1천만원 이하의 과태료를 부과한다."],
  ["1천만원 이하의 과태료"],
  "1천만원 이하의 과태료가 부과되며 과기정통부장관이 부과·징수합니다.",
  "factoid", "명칭 사용 과태료")

# ---------------------------------------------------------------------------
# 000  국토연구원 WP 22-14 (스마트도시 해외진출 성과제고 / 필리핀 클락)
# ---------------------------------------------------------------------------
D = "000_8e0e21b7078bb0b8"
A("2020년 K-City 네트워크 공모에는 몇 건이 신청됐고 지원 총액은 얼마였나요?", "ko", D,
  "(3) 우리나라의 해외 스마트도시 지원사업",
  ["2020년 23개국에서 80건 신청을 받았고, 11개국 12개 도시에 총 33억 원을 지원함"],
  ["80건", "33억 원"],
  "2020년에는 23개국에서 80건이 신청되어 11개국 12개 도시에 총 33억 원이 지원됐습니다.",
  "count", "KCN 2020")
A("How many applications did the K-City Network receive in 2021, and how much funding did it provide?", "en", D,
  "(3) 우리나라의 해외 스마트도시 지원사업",
  ["2021년 39개국에서 111건 신청을 받았고, 11개국 11개 도시에 총 42억 원 지원함"],
  ["111건", "42억 원"],
  "In 2021 it received 111 applications (111건) from 39 countries and supported 11 cities in 11 countries with KRW 4.2 billion in total (42억 원).",
  "count", "KCN 2021")
A("KCN에서 스마트도시 기본계획 수립사업과 해외실증 사업의 건당 지원액은 각각 얼마인가요?", "ko", D,
  "(3) 우리나라의 해외 스마트도시 지원사업",
  ["스마트도시 기본계획 수립사업은 3~5억 원/건, 스마트 솔루션 해외실증 사업은 4억 원 /건"],
  ["3~5억 원/건", "4억 원 /건"],
  "기본계획 수립사업은 건당 3~5억 원, 스마트 솔루션 해외실증 사업은 건당 4억 원입니다.",
  "factoid", "KCN 건당 지원")
A("Is the K-City Network counted as official development assistance (ODA)?", "en", D,
  "(3) 우리나라의 해외 스마트도시 지원사업",
  ["K-City 네트워크는 공적개발원조(ODA)에 포함되지 않으며"],
  ["포함되지 않으며"],
  "No. The working paper states that the K-City Network is not included in ODA (포함되지 않으며), though it links projects to other funding and support schemes.",
  "yesno", "KCN vs ODA")
A("KOICA가 베트남 후에시에서 추진하는 스마트시티 사업의 기간과 예산은 어떻게 되나요?", "ko", D,
  "표 2  2022년 스마트도시 ODA 사업목록",
  ["베트남 후에시 문화관광 스마트시티 조성 지원사업(‘21-‘25/1,300만 달러) 한국국제협력단"],
  ["1,300만 달러"],
  "한국국제협력단(KOICA)의 '베트남 후에시 문화관광 스마트시티 조성 지원사업'으로 2021~2025년, 1,300만 달러 규모입니다.",
  "table", "KOICA 후에")
A("Which KOICA smart city project is running in Tam Ky (Quang Nam province, Vietnam), and what is its budget?", "en", D,
  "표 2  2022년 스마트도시 ODA 사업목록",
  ["베트남 꽝남성 땀끼시 스마트시티 구축 지원사업('20-'25/900만 달러) 한국국제협력단"],
  ["땀끼시 스마트시티 구축 지원사업", "900만 달러"],
  "KOICA's Tam Ky smart city building support project (땀끼시 스마트시티 구축 지원사업), 2020–2025, with a budget of USD 9 million (900만 달러).",
  "table", "KOICA Tam Ky")
A("클락 사업에서 District 4 면적을 KCN 단계에서 얼마로 줄였나요?", "ko", D,
  "2) 사업 주요 내용",
  ["스마트도시 콘셉트로 지정된 District 4의 전체 면적은 248.3ha이지만, 현실적인 실행",
   "계획 수립을 위해 KCN 추진 단계에서 104.7ha로 조정하여 개발대상 구역 면적을 축소"],
  ["248.3ha", "104.7ha"],
  "District 4 전체 248.3ha를 KCN 단계에서 104.7ha로 축소하기로 CDC와 합의했습니다(보고서 다른 곳에는 104.8ha로도 표기).",
  "factoid", "클락 대상지 면적")
A("Which Philippine body applied to KCN for the Clark Freeport smart city feasibility study, and who owns it?", "en", D,
  "1) 추진 개요",
  ["필리핀 클락개발공사(Clark Development Corporation, 이하 CDC)는 클락자유무역지대 스마트시티",
   "Development Authority, 이하 BCDA)이 100% 지분을 보유한 공기업으로"],
  ["클락개발공사", "100% 지분"],
  "The Clark Development Corporation (클락개발공사, CDC) applied; it is a state company 100%-owned (100% 지분) by the Bases Conversion and Development Authority (BCDA), which reports to the President.",
  "who", "Clark applicant")
A("클락 스마트도시 스마트 인프라 단계별 계획에서 3단계에 넣은 서비스는 무엇인가요?", "ko", D,
  "표 4   클락 스마트도시의 스마트 인프라 단계별 계획(안)",
  ["(상하수도망 자동화 솔루션) 1·2단계 서비스 도입 및 사업지구 개발 이후",
   "(대용량 광대역 유선망) 추후 수요조사를 통해 정확한 데이터량 산출 후 도입"],
  ["상하수도망 자동화 솔루션", "대용량 광대역 유선망"],
  "3단계에는 상하수도망 자동화 솔루션과 대용량 광대역 유선망이 포함됩니다.",
  "list", "클락 단계별 인프라")
A("When was the focus group interview for the Clark working paper held, and how many sessions were there?", "en", D,
  "3) 포커스 그룹 인터뷰(FGI)를 통한 현황과 쟁점 논의",
  ["FGI 인터뷰는 2022년 6월에 1회 추진되었으며"],
  ["2022년 6월", "1회"],
  "A single session (1회) was held in June 2022 (2022년 6월).",
  "when", "FGI")
A("클락자유무역지대 개발 마스터플랜은 어느 현지 사무소가 계획했나요?", "ko", D,
  "2) 사업 주요 내용",
  ["유력 건축·도시계획사무소인 ‘Palafox Associates’에 의해 계획됨"],
  ["Palafox Associates"],
  "2018년 CDC가 자체 수립한 마스터플랜은 현지 건축·도시계획사무소 Palafox Associates가 계획했습니다.",
  "who", "클락 마스터플랜")
A("스마트도시 해외진출 워킹페이퍼의 FGI 참석자들은 민간 투자자가 원금을 회수할 수 있어야 하는 기간을 대략 몇 년으로 봤나요?", "ko", D,
  "(4) 스마트도시 해외진출 성과 제고를 위한 고려사항은 무엇인가?",
  ["5년 정도 내에 원금 회수 가능한 규모가 타당성이 확보될 수 있는 수준이므로"],
  ["5년 정도"],
  "민간 차원에서는 투자 후 5년 정도 내에 원금을 회수할 수 있는 규모여야 타당성이 확보된다고 봤습니다.",
  "factoid", "원금 회수 기간")
A("What time difference and direct flight time between Korea and the Philippines does the paper cite as helping the Clark project?", "en", D,
  "3) 사업의 차별성적 성과요인",
  ["시차가 불과 1시간, 직항 이동 소요 시간이 4시간 미만이라는 점도"],
  ["1시간", "4시간 미만"],
  "A one-hour time difference (1시간) and direct flights of under four hours (4시간 미만).",
  "factoid", "Clark efficiency factors")
A("Roughly how much does MOLIT spend each year on the K-City Network, and how many projects does it support?", "en", D,
  "(4) 소결",
  ["한해에 약 40억 원의 예산으로 연 10건 정도의 사업을 지원함"],
  ["약 40억 원", "연 10건"],
  "About KRW 4 billion a year (약 40억 원) for around 10 projects annually (연 10건).",
  "factoid", "KCN budget")

# ---------------------------------------------------------------------------
# 001  스마트시티 추진전략 (2018, 관계부처 합동)
# ---------------------------------------------------------------------------
D = "001_f10dabb5e28a8c07"
A("세종 5-1 생활권 국가 시범도시의 면적과 계획 호수는 얼마인가요?", "ko", D,
  "별첨1  국가 시범도시 입지 현황 : 세종 5-1 생활권",
  ["(면적) 2,741천㎡(83만평)", "(계획호수) 11.4천호(29.3천명)"],
  ["2,741천㎡", "11.4천호"],
  "세종시 연동면 일원 2,741천㎡(83만평), 계획호수 11.4천호(29.3천명)입니다.",
  "factoid", "세종 5-1 개요")
A("Who are the implementing agencies for the Busan Eco Delta City national pilot smart city?", "en", D,
  "별첨2  국가 시범도시 입지 현황 : 부산 에코델타시티",
  ["(사업시행자) K-Water, 부산도시공사, 부산광역시"],
  ["K-Water", "부산도시공사", "부산광역시"],
  "K-Water, Busan Metropolitan Corporation (부산도시공사) and Busan Metropolitan City (부산광역시).",
  "who", "Eco Delta implementers")
A("세종 5-1 생활권 시범도시의 사업시행자는 어디인가요?", "ko", D,
  "별첨1  국가 시범도시 입지 현황 : 세종 5-1 생활권",
  ["· (사업시행자) 한국토지주택공사"],
  ["한국토지주택공사"],
  "한국토지주택공사(LH)가 사업시행자입니다(사업기간 2018~2022).",
  "who", "세종 5-1 시행자")
A("According to the 2018 strategy, when was move-in scheduled for the Sejong 5-1 pilot city?", "en", D,
  "별첨1  국가 시범도시 입지 현황 : 세종 5-1 생활권",
  ["조성공사 착수(’19.上), 입주(‘21.12)"],
  ["입주(‘21.12)"],
  "Move-in was planned for December 2021 (입주 ‘21.12), after detailed design by H1 2019 and construction start in H1 2019.",
  "when", "Sejong 5-1 schedule")
A("2009~2013년 U-City 시범사업으로 몇 개 지자체에 국비 얼마가 지원됐나요?", "ko", D,
  "2  국내 현황",
  ["U-City 시범사업 추진으로 ’09～’13년 동안 15개 지자체에 231억원 국비 지원"],
  ["15개 지자체", "231억원"],
  "’09~’13년 15개 지자체에 231억원의 국비가 지원됐습니다.",
  "count", "U-City 시범사업")
A("How many local governments take part in the local-government council under the pan-ministerial smart city promotion team, and how are they split?", "en", D,
  "나  도시운영 단계 ☞ 기존도시 스마트화 및 확산",
  ["지자체 협의체 : 총 84개 지자체 참여 중(광역 17개, 기초 지자체 67개)"],
  ["84개", "광역 17개", "기초 지자체 67개"],
  "84 local governments (84개): 17 metropolitan/provincial (광역 17개) and 67 basic local governments (기초 지자체 67개).",
  "count", "local government council")
A("2017년에 선정된 스마트시티형 도시재생 시범지구 다섯 곳은 어디인가요?", "ko", D,
  "다  노후 ․ 쇠퇴 단계 ☞ 스마트시티형 도시재생 추진",
  ["旣 선정지역 : 인천부평, 조치원, 부산사하, 포항, 남양주"],
  ["인천부평", "조치원", "부산사하", "포항", "남양주"],
  "인천부평, 조치원, 부산사하, 포항, 남양주입니다.",
  "list", "스마트 도시재생 시범지구")
A("테마형 특화단지 계획수립 지원은 곳당 국비를 얼마씩, 매년 몇 곳에 주나요?", "ko", D,
  "나  도시운영 단계 ☞ 기존도시 스마트화 및 확산",
  ["중심으로 지원방안 마련 검토 (국비 2.25억/곳, 지자체 매칭)",
   "발굴하도록 지역특성과 연계한 특화계획 수립 지원(‘18～‘20, 年 4곳)"],
  ["2.25억/곳", "年 4곳"],
  "’18~’20년 매년 4곳을 대상으로 곳당 국비 2.25억 원(지자체 매칭)을 지원하는 안입니다.",
  "factoid", "테마형 특화단지")
A("Which Middle Eastern countries does the 2018 strategy name as core target markets for smart city exports?", "en", D,
  "(3) 해외진출 확대 및 국제협력 강화",
  ["중동(쿠웨이트·사우디): 주택부족 해소와 脫석유화·산업다각화 정책 연계"],
  ["쿠웨이트", "사우디"],
  "Kuwait (쿠웨이트) and Saudi Arabia (사우디), linked to their housing-shortage and economic-diversification policies.",
  "where", "target markets")
A("In the strategy's cost-sharing principles for national pilot cities, what costs do local governments bear?", "en", D,
  "Ⅳ. 재정지원 원칙",
  ["(지자체) 운영, 관리비용을 부담하되, 조성단계부터의 참여로 비용 효율성 극대화"],
  ["운영, 관리비용"],
  "Local governments bear operation and management costs (운영, 관리비용), participating from the construction stage to maximise cost efficiency.",
  "factoid", "pilot city cost sharing")
A("추진전략에서 제시한 유무상 ODA 규모 확대 목표는 얼마인가요?", "ko", D,
  "(3) 해외진출 확대 및 국제협력 강화",
  ["‘17년 전체 2.6조 → ‘20년 3.5조(GNI대비 0.2% 목표)로 확대"],
  ["3.5조", "GNI대비 0.2%"],
  "’17년 2.6조 원에서 ’20년 3.5조 원(GNI 대비 0.2% 목표)으로 확대하는 목표입니다.",
  "factoid", "ODA 확대 목표")
A("혁신도시 이전기관 특성을 살린 스마트 혁신도시 선도모델로 에너지·교통 분야는 각각 어느 도시인가요?", "ko", D,
  "(2) 혁신도시 등 신도시 중심의 지역거점 육성",
  ["나주 스마트 에너지(한전), 김천 스마트교통(도공, 교통안전공단)"],
  ["나주", "김천"],
  "에너지 모델은 나주(한전), 교통 모델은 김천(도로공사·교통안전공단)입니다.",
  "where", "혁신도시 선도모델")
A("By when does the strategy aim to roll out AMI smart meters, and to how many households nationwide?", "en", D,
  "나  국민이 쉽게 체감할 수 있는 스마트시티 솔루션 확산",
  ["절감 컨설팅 제공 등이 가능하도록 AMI 구축(~’20, 전국 2,200만호)"],
  ["~’20", "2,200만호"],
  "By 2020 (~’20), covering 22 million households nationwide (2,200만호).",
  "factoid", "AMI rollout")
A("추진전략의 U-City와 스마트시티 비교표에서 스마트시티의 시민 역할은 어떻게 규정하나요?", "ko", D,
  "참고 2  스마트시티와 U-City 비교",
  ["정보 생산자이자 공급자"],
  ["정보 생산자이자 공급자"],
  "U-City에서 시민은 수동적 정보 수요자였지만, 스마트시티에서는 정보 생산자이자 공급자(적극적·주도적 역할)로 봅니다.",
  "table", "U-City 비교")

# ---------------------------------------------------------------------------
# 002  국토이슈리포트 (지역 간 스마트시티 불균형, 2019)
# ---------------------------------------------------------------------------
D = "002_7bfffe9800fcea94"
A("국토이슈리포트의 스마트시티 유형 설문은 몇 개 지자체를 대상으로 했나요?", "ko", D,
  "이슈: 지자체는 어떤 스마트시티를 원하는가?",
  ["스마트시티를 추진 중인 61개 지자체를 대상으로 IPA 분석방법"],
  ["61개 지자체"],
  "스마트시티를 추진 중인 61개 지자체를 대상으로 IPA 분석을 했습니다.",
  "count", "지자체 설문")
A("In the KRIHS survey, what share of local governments plan to pursue an 'innovation space creation' smart city within five years?", "en", D,
  "<표 4> 향후 5년 이내 추진 계획인 스마트시티 유형",
  ["혁신공간 창출형은 크게 증가(23.33%)하는 것을 살펴 볼 수 있음"],
  ["23.33%"],
  "23.33% (up from 5% currently), while advanced-infrastructure types fall to 20% and platform types reach 56.67%.",
  "table", "future smart city types")
A("2003년 이후 신도시 스마트시티 기반시설 조성비와 정부부처 사업예산은 각각 어느 정도 투입됐다고 보나요?", "ko", D,
  "신도시 중심 첨단인프라 구축사업은 지역 간 스마트시티 불균형 원인으로 지적됨",
  ["시설 조성비 약 2조~3조 원 및 정부부처 사업예산 약 3천억 원 규모를 투입"],
  ["약 2조~3조 원", "약 3천억 원"],
  "신도시 기반시설 조성비 약 2조~3조 원과 정부부처 사업예산 약 3천억 원이 투입된 것으로 봅니다.",
  "factoid", "투자 규모")
A("How much did MOLIT's platform linkage program give each local government, and how many had been supported as of 2018?", "en", D,
  "<표 1> 스마트시티 주요 국가사업",
  ["사업으로 2018년 현재 22개 지자체 지원(1개 지자체당 6억 원 지원)"],
  ["22개 지자체", "6억 원"],
  "KRW 600 million per local government (6억 원), with 22 local governments (22개 지자체) supported as of 2018.",
  "table", "platform linkage program")
A("스마트시티 국가전략 R&D 실증사업은 어느 두 도시를 대상으로 추진됐나요?", "ko", D,
  "<표 1> 스마트시티 주요 국가사업",
  ["스마트시티 국가전략 R&D 사업은 대구시와 시흥시를 대상으로 추진"],
  ["대구시", "시흥시"],
  "대구시와 시흥시입니다(IoT 실증사업은 부산시·고양시).",
  "where", "국가전략 R&D")
A("인천은 송도·영종·청라에 스마트시티 기반시설 조성비를 얼마나 쓰고 있나요?", "ko", D,
  "<그림 1> 누적 투자규모별 스마트시티 추진 현황(2003~2018)",
  ["인천시의 경우 2020년까지 송도, 영종, 청라 지역을 대상으로 약 3,500억 원의 기반시설 조성비를"],
  ["약 3,500억 원"],
  "2020년까지 송도·영종·청라에 약 3,500억 원의 기반시설 조성비를 스마트시티 사업에 쓰고 있으며, 중앙부처 10년 예산을 넘는 규모라고 합니다.",
  "factoid", "인천 조성비")
A("Which two cities hosted MSIT's 5G smart city demonstration (2018–2020)?", "en", D,
  "<표 1> 스마트시티 주요 국가사업",
  ["5개 분야 5G 융합서비스 중 대구와 대전을 대상으로 5G 스마트시티"],
  ["대구와 대전"],
  "Daegu and Daejeon (대구와 대전).",
  "where", "5G smart city")
A("리포트가 소개한 중국 지혜성시 사업은 2020년까지 얼마를 투자하나요?", "ko", D,
  "<표 3> 해외 스마트시티 사업 예시(성과기준 제시-도시 내 실증-확산 중심)",
  ["하기 위하여 2020년까지 총 182조 원을"],
  ["182조 원"],
  "중국 전역 500개 스마트시티 건설을 위해 2020년까지 총 182조 원을 투자합니다.",
  "table", "중국 지혜성시")
A("Per the report's estimate, how much smart city infrastructure budget went into new-town districts per 300㎡ since 2003?", "en", D,
  "이슈: 스마트시티는 어디서 어떻게 추진되었나?",
  ["300㎡당 약 150억 원이 투입된 것으로 추정됨"],
  ["약 150억 원"],
  "About KRW 15 billion (약 150억 원) per 300㎡, varying by district.",
  "factoid", "new-town infrastructure cost")

# ---------------------------------------------------------------------------
# 003  스마트시티 거버넌스 논문 (2017)
# ---------------------------------------------------------------------------
D = "003_bea2acfe7f4cca42"
A("스마트시티 거버넌스 논문의 부처 간 정책 비교표에서 국토부 U-City 고도화 R&D 총예산과 국비는 얼마인가요?", "ko", D,
  "표 3. 부처 간 스마트시티 정책 비교",
  ["∙ 총 238억 원", "∙ - 국비 190억, 민간 48억 투자"],
  ["238억 원", "국비 190억"],
  "U-City 고도화 R&D(’13~’18)는 총 238억 원(국비 190억, 민간 48억)입니다.",
  "table", "국토부 R&D 예산")
A("What was the budget of MSIP's smart city demonstration complex project (2015–2017), and how much was central government money?", "en", D,
  "표 3. 부처 간 스마트시티 정책 비교",
  ["∙ 총 170억 원", "∙ - 국비 96억, 민간 48억, 시비 26억 등 투자"],
  ["170억 원", "국비 96억"],
  "KRW 17 billion in total (170억 원), of which KRW 9.6 billion was national funding (국비 96억), plus private and city funds.",
  "table", "MSIP demonstration budget")
A("옛 유비쿼터스도시위원회는 법상 매년 열게 돼 있었는데 실제로 몇 번 열렸나요?", "ko", D,
  "Ⅲ. 국내외 사례 검토를 통한 스마트시티",
  ["단 두 번에 불과하고 실제 위원회의 역할에도"],
  ["단 두 번"],
  "위원회 구성의 어려움으로 실제 개최 횟수는 단 두 번에 불과했다고 합니다.",
  "count", "유비쿼터스도시위원회")
A("According to the governance paper, after the 2017 amendment who chairs the Smart City Committee that replaced the Ubiquitous City Committee?", "en", D,
  "Ⅲ. 국내외 사례 검토를 통한 스마트시티",
  ["총리가 위원장인 기존의 유비쿼터스도시위원회가 국토",
   "교통부 장관이 위원장, 각 부처 차관을 위원으로 하는"],
  ["총리가 위원장", "교통부 장관이 위원장"],
  "The former committee was chaired by the Prime Minister (총리가 위원장); the new Smart City Committee is chaired by the MOLIT Minister (국토교통부 장관이 위원장) with vice-ministers as members.",
  "who", "committee change")
A("싱가포르 Smart Nation 프로젝트는 누가 주도해 언제부터 추진했나요?", "ko", D,
  "3. 해외 스마트시티 거버넌스 검토",
  ["싱가포르는 리센룽 총리 주도로 2014년부터 국가핵"],
  ["리센룽 총리", "2014년"],
  "리센룽 총리 주도로 2014년부터 국가핵심사업으로 추진했습니다.",
  "when", "싱가포르 Smart Nation")
A("How many tiers does Barcelona's PMO-based smart city governance structure have, according to the paper?", "en", D,
  "3. 해외 스마트시티 거버넌스 검토",
  ["상황 대응을 담당하는 위기위원회 등 4단계로 추진체"],
  ["4단계"],
  "Four tiers (4단계): an executive committee, a monitoring committee, an activity committee and a crisis committee under the project management office.",
  "count", "Barcelona governance")
A("제2차 유비쿼터스도시종합계획의 계획 기간은 언제인가요?", "ko", D,
  "I. 연구의 배경 및 목적",
  ["(2013∼2018)에 따른 스마트시티 관리운영 강화 및 정"],
  ["2013∼2018"],
  "제2차 유비쿼터스도시종합계획은 2013∼2018년 계획입니다.",
  "when", "U-City 종합계획")
A("논문은 스마트시티를 효율적으로 구축하려면 어떤 세 가지 거버넌스를 종합적으로 고려해야 한다고 하나요?", "ko", D,
  "1. 스마트시티 거버넌스 개념정의",
  ["중심의 행정 거버넌스, 민간기술 중심의 기술 거버넌스,",
   "해외진출을 위한 글로벌 거버넌스를 종합적으로 고려"],
  ["행정 거버넌스", "기술 거버넌스", "글로벌 거버넌스"],
  "공공 중심의 행정 거버넌스, 민간기술 중심의 기술 거버넌스, 해외진출을 위한 글로벌 거버넌스입니다.",
  "list", "거버넌스 유형")

# ---------------------------------------------------------------------------
# 004  KCN 해외실증형 사업 기고 (2025)
# ---------------------------------------------------------------------------
D = "004_c9995d5d9381f287"
A("KCN 해외실증형 사업은 2021년 이후 몇 개국 몇 개 도시에서 몇 건이 진행됐나요?", "ko", D,
  "스마트시티의 국제협력과 K-City Network의 탄생",
  ["총 13개국 20개 도시에서 21개의 협력사업이 진행되었으며"],
  ["13개국", "20개 도시", "21개의 협력사업"],
  "미국·영국·이탈리아·베트남·페루 등 13개국 20개 도시에서 21개 협력사업이 진행됐습니다.",
  "count", "해외실증형 누적")
A("In the 2025 KCN overseas demonstration lineup, what is being piloted in Khon Kaen, Thailand?", "en", D,
  "2025년 K-City Network 해외실증형 사업 선정 현황",
  ["교통·공공안전을 위한 AI CCTV 기반 실시간 이상상황 감지"],
  ["AI CCTV 기반 실시간 이상상황 감지"],
  "An AI CCTV-based real-time anomaly detection system for traffic and public safety (AI CCTV 기반 실시간 이상상황 감지).",
  "table", "Khon Kaen")
A("2025년 KCN 해외실증형 사업 중 이탈리아 밀라노 과제명은 무엇인가요?", "ko", D,
  "2025년 K-City Network 해외실증형 사업 선정 현황",
  ["AIoT 센서 기반 폐기물 수거관리 시스템"],
  ["AIoT 센서 기반 폐기물 수거관리 시스템"],
  "폐기물 관리 분야의 'AIoT 센서 기반 폐기물 수거관리 시스템'입니다.",
  "table", "밀라노 과제")
A("2025년 해외실증형 사업은 몇 월부터 몇 월까지, 약 몇 개월간 진행되나요?", "ko", D,
  "해외실증형 사업 추진계획",
  ["6개 도시에서 지난 4월부터 12월까지 약 9개월간 추진되며"],
  ["4월부터 12월까지", "약 9개월간"],
  "6개 도시에서 4월부터 12월까지 약 9개월간 추진됩니다.",
  "when", "2025 사업기간")
A("Where and when is WSCE 2025, at which KCN demonstration results will be exhibited?", "en", D,
  "해외실증형 사업 추진계획",
  ["7월 15일부터 17일까지 부산 벡스코에서 개최되는 WSCE(World Smart City Expo) 2025"],
  ["7월 15일부터 17일까지", "부산 벡스코"],
  "At BEXCO in Busan (부산 벡스코) from July 15 to 17 (7월 15일부터 17일까지).",
  "where", "WSCE 2025")
A("K-City Network는 몇 년에 출범했나요?", "ko", D,
  "스마트시티의 국제협력과 K-City Network의 탄생",
  ["글로벌 협력 플랫폼으로서 ‘K-City Network’를 2020년에 탄생시키게 되었다."],
  ["2020년"],
  "K-City Network는 2020년에 출범했습니다.",
  "when", "KCN 출범")
A("What does the smart crosswalk system being piloted in Lima, Peru under KCN 2025 do?", "en", D,
  "해외실증형 사업 추진계획",
  ["페루 리마에서는 노약자의 도로 횡단 시 신호 시간을 자동 연장하는 스마트 횡단보도 시스템이 구축되며"],
  ["신호 시간을 자동 연장"],
  "It automatically extends the signal time (신호 시간을 자동 연장) when elderly or vulnerable pedestrians cross the road.",
  "factoid", "Lima crosswalk")
A("K-City Network 해외실증 사례로 소개된 미국 볼티모어에서는 어떤 분야를 실증했나요?", "ko", D,
  "실증을 넘어 글로벌 확산으로",
  ["폐기물 관리 시스템(미국 볼티모어)"],
  ["폐기물 관리 시스템"],
  "볼티모어에서는 폐기물 관리 시스템을 실증했습니다.",
  "factoid", "볼티모어")

# ---------------------------------------------------------------------------
# Unanswerable near-misses (10 ko, 10 en)
# ---------------------------------------------------------------------------
U("스마트도시법 시행령 별표 4 기준으로, 책임보험에 가입하지 않은 스마트혁신사업자의 1차 위반 과태료는 얼마인가요?", "ko",
  "시행령 제61조는 과태료 부과기준을 별표 4에 위임하고 법 제55조는 상한(1천만원 이하)만 정하지만, 별표 4의 위반 차수별 금액은 코퍼스에 실려 있지 않아 답할 수 없습니다.",
  "factoid", "과태료 부과기준")
U("What interest rate and repayment term does the EDCF Act set for concessional loans to developing countries?", "en",
  "The EDCF Act defines the fund's resources, uses, eligibility and management by the Export-Import Bank of Korea, but it sets no interest rate or repayment term; none of the documents give these figures.",
  "factoid", "EDCF loan terms")
U("2023년 K-City 네트워크 사업에서 선정된 국가와 지원 예산은 어떻게 되나요?", "ko",
  "보고서들은 2020~2022년 KCN 신청·선정 현황과 2021년 이후 해외실증형 누적 실적, 2025년 선정 현황만 담고 있어 2023년 선정 국가와 예산은 알 수 없습니다.",
  "table", "KCN 2023")
U("How many KOICA smart city projects were approved in 2024?", "en",
  "The corpus lists KOICA smart city projects active in 2022 (e.g., Tam Ky and Hue in Vietnam) but gives no count of projects approved in 2024.",
  "count", "KOICA 2024")
U("세종 5-1 생활권 국가 시범도시의 총사업비는 얼마로 잡혀 있나요?", "ko",
  "추진전략 별첨1은 세종 5-1 생활권의 위치, 면적(2,741천㎡), 계획호수, 사업기간, 시행자(LH)를 제시하지만 총사업비는 제시하지 않습니다.",
  "factoid", "세종 5-1 사업비")
U("What is the annual budget of MOLIT's National Pilot City Support Group (국가시범도시지원단)?", "en",
  "The Smart City Act (Art. 23-2) and decree (Art. 27-2) set up the support group and its tasks, with a senior MOLIT official as head, but no document states its budget.",
  "factoid", "support group budget")
U("자율주행자동차 시범운행지구 지정을 신청할 때 시·도지사가 내야 하는 서류 목록은 무엇인가요?", "ko",
  "자율주행자동차법 제7조는 시·도지사 신청과 위원회 심의·의결 절차만 정하고 세부 사항을 대통령령에 위임하는데, 그 시행령은 코퍼스에 없어 제출서류 목록을 알 수 없습니다.",
  "list", "시범운행지구 신청서류")
U("How many members sit on the EDCF Fund Operation Committee, and who chairs it?", "en",
  "EDCF Act Article 10 creates the Fund Operation Committee in the Ministry of Economy and Finance and lists its agenda, but leaves its composition to presidential decree, which is not in the corpus.",
  "count", "EDCF committee")
U("국제개발협력기본법상 한국국제협력단(KOICA) 이사장의 임기는 몇 년인가요?", "ko",
  "국제개발협력기본법은 위원회·주관기관·시행기관 등을 규정할 뿐 KOICA나 그 이사장 임기는 다루지 않으며, 다른 문서에도 해당 내용이 없습니다.",
  "factoid", "KOICA 이사장")
U("What statutory penalty does the Urban Regeneration Act impose on a landlord who breaches a coexistence agreement (상생협약)?", "en",
  "Article 27-2 lets parties include sanction clauses in a coexistence agreement and MOLIT publish a model text, but the act imposes no statutory penalty for breaching one; its only criminal penalty (Art. 61) concerns contractor selection in innovation districts.",
  "factoid", "coexistence agreement")
U("필리핀 클락 스마트시티 타당성조사에서 산출된 사업 내부수익률(IRR)은 몇 %였나요?", "ko",
  "워킹페이퍼는 타당성조사에 수익·비용 산출, 수익성·민감도 분석이 포함됐다고만 설명하고 IRR 등 수치 결과는 제시하지 않습니다.",
  "factoid", "클락 IRR")
U("How many smart city certifications has MOLIT granted so far under the Smart City Act?", "en",
  "The act (Arts. 32-34) and decree (Arts. 31-33) describe certification criteria, cancellation and labelling, and the 2018 strategy planned a certification scheme, but no document reports how many certifications were granted.",
  "count", "certification count")
U("지능정보사회 종합계획의 2024년 예산 규모는 얼마인가요?", "ko",
  "지능정보화 기본법은 종합계획을 3년 단위로 수립하고 예산 편성 시 기획예산처장관이 의견을 참작하도록 할 뿐, 특정 연도 예산액은 어느 문서에도 없습니다.",
  "factoid", "지능정보화 예산")
U("What population target does the Sejong Special Act set for the whole Multifunctional Administrative City?", "en",
  "The Sejong Special Act covers designation, plans, the construction agency and a KRW 8.5 trillion budget cap, but sets no city-wide population target; the 2018 strategy only gives 29.3 thousand people for the 5-1 district.",
  "factoid", "Sejong population")
U("ITS 표준인증을 받을 때 내는 수수료는 구체적으로 얼마인가요?", "ko",
  "국가통합교통체계효율화법 제83조는 국토교통부장관이 고시하는 기준에 따라 인증기관장이 수수료를 산정한다고만 정하며 금액은 코퍼스에 없습니다.",
  "factoid", "ITS 인증 수수료")
U("What was the total K-City Network budget for 2025?", "en",
  "The 2025 KCN article describes six demonstration cities and the April–December schedule but gives no budget; the working paper's figures (about KRW 4 billion a year) cover 2020–2022 only.",
  "factoid", "KCN 2025 budget")
U("도시개발채권의 발행 이율은 몇 %로 정해져 있나요?", "ko",
  "도시개발법 제62조는 소멸시효(원금 5년, 이자 2년)를 정하고 이율·발행방법은 대통령령에 위임하는데, 그 시행령은 코퍼스에 없습니다.",
  "factoid", "도시개발채권 이율")
U("Which countries are currently designated as Korea's ODA priority partner countries?", "en",
  "The ODA Framework Act (Art. 15) sets out how the committee selects priority partner countries and mid-term strategies, but none of the documents lists the designated countries.",
  "list", "priority partners")
U("스마트도시 인증을 받으면 인증 유효기간은 몇 년인가요?", "ko",
  "스마트도시법 제32~34조와 시행령 제31~33조는 인증 대상·기준·취소·표시만 정하고 유효기간은 규정하지 않으며 다른 문서에도 없습니다.",
  "factoid", "인증 유효기간")
U("Who was appointed as the chief planner (총괄계획가) for the Busan Eco Delta City pilot?", "en",
  "The Smart City Act (Art. 35-2) and decree (Art. 35) provide for appointing private chief planners, and the 2018 strategy describes Eco Delta City, but no document names the appointee.",
  "who", "chief planner")


def build(out_path=None):
    rng = random.Random(20261204)
    items = [dict(it) for it in ITEMS]
    rng.shuffle(items)
    rows = []
    for n, it in enumerate(items, 1):
        row = {"id": "fq%03d" % n}
        for k in FIELDS[1:]:
            row[k] = it[k] if k != "split" else "blind5"
        rows.append(row)
    if out_path is None:
        out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "qa_blind5.jsonl")
    with open(out_path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out_path, len(rows)


if __name__ == "__main__":
    path, n = build()
    print("wrote %d items to %s" % (n, path))
