#!/usr/bin/env python3
"""Build the blind3 QA evaluation set (qa_blind3.jsonl).

All items are held below as Python data.  Running this script shuffles them
with random.Random(20261202), assigns ids dq001... in shuffled order and writes
qa_blind3.jsonl next to this file (UTF-8, one JSON object per line).

Written only from the 18 documents in /work/shared/corpus/ (MANIFEST.tsv,
report/plan .txt files and statute .md files).
"""
import json
import os
import random

SPLIT = "blind3"
SEED = 20261202
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "qa_blind3.jsonl")

ITEMS = []


def A(question, lang, doc_id, section, evidence, key_facts, reference, qtype, topic):
    """Answerable item."""
    ITEMS.append(dict(question=question, lang=lang, answerable=True, doc_id=doc_id,
                      section=section, evidence=list(evidence), key_facts=list(key_facts),
                      reference=reference, qtype=qtype, topic=topic))


def N(question, lang, reference, qtype, topic):
    """Unanswerable near-miss item: the answer is not in any corpus document."""
    ITEMS.append(dict(question=question, lang=lang, answerable=False, doc_id=None,
                      section="", evidence=[], key_facts=[],
                      reference=reference, qtype=qtype, topic=topic))


# ---------------------------------------------------------------------------
# Statute: 스마트도시 조성 및 산업진흥 등에 관한 법률 (law_smart_city_act)
# ---------------------------------------------------------------------------
D = "law_smart_city_act"
A("해외 스마트도시사업을 국제개발협력기본법·대외경제협력기금법에 따른 무상·유상 협력(ODA, EDCF)으로 지원할 수 있다는 근거는 스마트도시법 몇 조에 있나요?",
  "ko", D, "제30조 (국제협력 및 해외진출 지원)",
  ["제30조 (국제협력 및 해외진출 지원)",
   "국가는 「국제개발협력기본법」과 「대외경제협력기금법」에 따른 무상 협력 또는 유상 협력으로 해외 스마트도시사업을 지원할 수 있다."],
  ["제30조", "무상 협력 또는 유상 협력"],
  "스마트도시법 제30조(국제협력 및 해외진출 지원) 제2항에 따라 국가는 국제개발협력기본법과 대외경제협력기금법에 따른 무상 또는 유상 협력으로 해외 스마트도시사업을 지원할 수 있습니다.",
  "article", "해외진출 ODA 근거")
A("How large can the national smart city committee under the Smart City Act be, and how many chairs and vice-chairs does it have?",
  "en", D, "제23조 (국가스마트도시위원회)",
  ["위원회는 위원장 2명, 부위원장 3명을 포함한 30명 이내의 위원으로 구성한다."],
  ["위원장 2명", "부위원장 3명", "30명 이내"],
  "Article 23(2): the committee has at most 30 members (30명 이내), including 2 chairs (위원장 2명) and 3 vice-chairs (부위원장 3명).",
  "count", "스마트도시위원회 구성")
A("국가스마트도시위원회 부위원장은 어느 부처 차관들이 맡나요?",
  "ko", D, "제23조 (국가스마트도시위원회)",
  ["부위원장은 과학기술정보통신부차관, 행정안전부차관 및 국토교통부차관으로 하며"],
  ["과학기술정보통신부차관", "행정안전부차관", "국토교통부차관"],
  "부위원장은 과학기술정보통신부차관, 행정안전부차관, 국토교통부차관 3명입니다(제23조제3항).",
  "who", "스마트도시위원회 부위원장")
A("Once a smart innovation project (스마트혁신사업) is approved under the Smart City Act, how long may it run and can the period be extended?",
  "en", D, "제51조 (스마트혁신사업계획의 승인기준 등)",
  ["스마트혁신사업의 시행기간은 4년 이내로 하며, 1회에 한하여 2년 이내의 범위에서 대통령령으로 정한 기간 동안 연장할 수 있다."],
  ["4년 이내", "1회에 한하여", "2년 이내"],
  "Article 51(2): the period is up to 4 years (4년 이내) and may be extended once (1회에 한하여) by up to 2 years (2년 이내); if the permitting law is still not amended, it is deemed extended until it is.",
  "factoid", "규제특례 시행기간")
A("스마트실증사업계획을 거짓으로 승인받은 사업자는 스마트도시법상 어떤 형사처벌을 받나요?",
  "ko", D, "제54조 (벌칙)",
  ["3년 이하의 징역 또는 3천만원 이하의 벌금에 처한다.",
   "거짓이나 그 밖의 부정한 방법으로 스마트실증사업계획을 승인 받은 자"],
  ["3년 이하의 징역", "3천만원 이하의 벌금"],
  "제54조에 따라 거짓이나 부정한 방법으로 스마트실증사업계획을 승인받은 자는 3년 이하의 징역 또는 3천만원 이하의 벌금에 처해집니다.",
  "factoid", "벌칙")
A("Can a city skip drawing up a separate smart city plan if its urban master plan (도시·군기본계획) already contains the required smart city content?",
  "en", D, "제8조 (스마트도시계획의 수립 등)",
  ["도시ㆍ군기본계획에 제1항 각 호에 따른 스마트도시계획의 내용이 반영되어 있는 경우에는 대통령령으로 정하는 바에 따라 국토교통부장관의 승인을 받아 스마트도시계획을 수립하지 아니할 수 있다"],
  ["국토교통부장관의 승인", "스마트도시계획을 수립하지 아니할 수 있다"],
  "Yes, conditionally: under Article 8(2), if the 도시·군기본계획 already reflects the smart city plan items, the city may forgo a separate smart city plan with the approval of the Minister of Land, Infrastructure and Transport (국토교통부장관의 승인).",
  "yesno", "스마트도시계획 수립 면제")
A("국가시범도시에서 익명처리한 개인정보를 활용할 때 개인정보 보호법 등의 적용을 배제하는 특례는 스마트도시법 몇 조인가요?",
  "ko", D, "제37조 (익명처리된 개인정보의 활용에 대한 다른 법령의 배제)",
  ["제37조 (익명처리된 개인정보의 활용에 대한 다른 법령의 배제)",
   "더 이상 특정 개인을 알아볼 수 없도록 익명처리하여 정보를 활용하는 경우에는 「개인정보 보호법」"],
  ["제37조", "익명처리"],
  "제37조(익명처리된 개인정보의 활용에 대한 다른 법령의 배제)로, 특정 개인을 알아볼 수 없도록 익명처리해 활용하면 개인정보 보호법·위치정보법·정보통신망법의 적용을 받지 않습니다.",
  "article", "국가시범도시 개인정보 특례")
A("Which article of the Smart City Act lets MOLIT designate a smart city service support agency, and is overseas export support one of that agency's tasks?",
  "en", D, "제19조의4 (스마트도시서비스 지원기관의 지정)",
  ["제19조의4 (스마트도시서비스 지원기관의 지정)",
   "스마트도시 및 스마트도시 기술의 해외수출 지원"],
  ["제19조의4", "스마트도시 및 스마트도시 기술의 해외수출 지원"],
  "Article 19-4 (제19조의4); its list of support-agency tasks includes 'support for overseas export of smart cities and smart city technology' (스마트도시 및 스마트도시 기술의 해외수출 지원).",
  "article", "지원기관 해외수출")
A("스마트실증사업자가 책임보험에 가입하지 않거나 손해배상 방안을 마련하지 않으면 과태료는 최대 얼마인가요?",
  "ko", D, "제55조 (과태료)",
  ["에게는 1천만원 이하의 과태료를 부과한다.",
   "제53조의2제5항을 위반하여 책임보험에 가입하지 아니하거나 인적ㆍ물적 손해에 대한 배상방안을 마련하지 아니한 자"],
  ["1천만원 이하의 과태료"],
  "제55조제1항제5호에 따라 책임보험 미가입 또는 배상방안 미마련 시 1천만원 이하의 과태료가 부과됩니다.",
  "factoid", "과태료 책임보험")

# ---------------------------------------------------------------------------
# Statute: 스마트도시법 시행령 (law_smart_city_act_decree)
# ---------------------------------------------------------------------------
D = "law_smart_city_act_decree"
A("스마트도시법 시행령상 행정안전부장관이 주요 정보통신기반시설로 지정해야 하는 스마트도시기반시설은 무엇인가요?",
  "ko", D, "제24조 (스마트도시기반시설의 보호)",
  ["제4조제2호에 따른 스마트도시 통합운영센터를 말한다."],
  ["스마트도시 통합운영센터"],
  "시행령 제24조에 따라 법 제22조제1항의 '대통령령으로 정하는 시설'은 스마트도시 통합운영센터입니다.",
  "factoid", "통합운영센터 보호")
A("For a joint-venture company set up by public bodies and private partners to act as a smart city project implementer, what minimum combined stake must the public side hold under the decree?",
  "en", D, "제17조 (사업시행자)",
  ["법 제12조제1항제1호부터 제3호까지에 해당하는 자의 출자비율 합계가 100분의 20 이상일 것",
   "공동으로 출자하는 민간사업자가 공모의 방법으로 모집되었을 것"],
  ["100분의 20 이상", "공모의 방법"],
  "Decree Art. 17(5): the public parties' (state/local government, LH-type public bodies, local public corporations) combined stake must be at least 20% (100분의 20 이상), and the private partners must be recruited by open call (공모의 방법).",
  "factoid", "공동출자법인 요건")
A("Under the Smart City Act decree, which changes to an approved implementation plan count as minor (경미한) changes that skip re-approval?",
  "en", D, "제19조 (스마트도시건설사업 실시계획)",
  ["사업기간을 2년의 범위에서 변경하는 경우",
   "스마트도시건설 사업비를 총사업비의 100분의 10 이내에서 변경하는 경우",
   "스마트도시건설사업 면적을 당초 계획 면적의 100분의 10 이하의 범위에서 변경하는 경우"],
  ["2년의 범위", "총사업비의 100분의 10 이내", "100분의 10 이하"],
  "Decree Art. 19(3): changing the project period within 2 years, changing the project cost within 10% of the total cost, or changing the project area by 10% or less of the original area.",
  "list", "실시계획 경미한 변경")
A("Which bodies does the Smart City Act decree entrust with (1) running the private-proposal call and support, (2) funding support for linking smart city information systems, and (3) specialist training support?",
  "en", D, "제60조 (업무의 위탁)",
  ["민간제안사업의 공모 및 지원: 「정부출연연구기관 등의 설립ㆍ운영 및 육성에 관한 법률」 제8조에 따른 국토연구원",
   "사업비용의 지원: 법 제24조의2에 따른 스마트도시협회",
   "법 제28조제1항에 따른 전문인력의 양성 지원: 국토교통과학기술진흥원"],
  ["국토연구원", "스마트도시협회", "국토교통과학기술진흥원"],
  "Decree Art. 60(1): the private-proposal call goes to KRIHS (국토연구원), information-system linkage funding to the Smart City Association (스마트도시협회), and specialist training support to KAIA (국토교통과학기술진흥원).",
  "who", "업무 위탁기관")
A("스마트혁신사업자가 가입해야 하는 책임보험의 보험금액 기준에서 사망 시 1인당 금액과 재물 피해 시 사고당 금액은 얼마인가요?",
  "ko", D, "제57조 (책임보험 등의 가입)",
  ["사망한 경우에는 1인당 1억5천만원", "재물이 멸실되거나 훼손된 경우에는 사고당 10억원"],
  ["1인당 1억5천만원", "사고당 10억원"],
  "시행령 제57조제1항에 따라 사망은 1인당 1억5천만원(실손 2천만원 미만이면 2천만원), 재물 멸실·훼손은 사고당 10억원 기준을 충족해야 합니다.",
  "factoid", "책임보험 금액")
A("시·도지사가 스마트도시 특화단지를 지정하려면 시행령에 열거된 요건 중 몇 개 이상을 충족해야 하나요?",
  "ko", D, "제30조 (스마트도시 특화단지의 지정 등)",
  ["다음 각 호의 요건 중 둘 이상을 충족하는 지역을 법 제29조제1항에 따른 스마트도시 특화단지"],
  ["둘 이상"],
  "시행령 제30조제1항에 따라 열거된 요건(혁신성장 거점 기능, 연구개발·기반시설 여건, 실증·산업지원 기반 등) 중 둘 이상을 충족하는 지역을 특화단지로 지정할 수 있습니다.",
  "count", "특화단지 지정요건")
A("스마트도시협회를 설립하려면 발기인과 창립총회 출석자는 각각 몇 명 이상이어야 하나요?",
  "ko", D, "제28조의2 (스마트도시협회의 설립인가)",
  ["10인 이상을 발기인으로 하여 창립총회를 소집하고, 스마트도시사업자 30인 이상이 출석한 창립총회에서"],
  ["10인 이상", "30인 이상"],
  "스마트도시사업자 10인 이상이 발기인이 되어 창립총회를 소집하고, 30인 이상이 출석한 창립총회에서 출석자 과반수 동의로 정관을 작성한 뒤 국토교통부장관의 인가를 받아야 합니다.",
  "factoid", "스마트도시협회 설립")

# ---------------------------------------------------------------------------
# Statute: 스마트도시법 시행규칙 (law_smart_city_act_rule)
# ---------------------------------------------------------------------------
D = "law_smart_city_act_rule"
A("국가시범도시건설사업 성과평가 결과는 언제까지 어디에 공개해야 하나요?",
  "ko", D, "제3조의2 (국가시범도시건설사업에 대한 성과평가 결과의 공개 등)",
  ["성과평가 결과를 매년 3월 31일까지 국토교통부 인터넷 홈페이지에 공개해야 한다."],
  ["매년 3월 31일까지", "국토교통부 인터넷 홈페이지"],
  "시행규칙 제3조의2에 따라 매년 3월 31일까지 국토교통부 인터넷 홈페이지에 공개해야 합니다.",
  "when", "성과평가 공개")
A("If a national pilot city project implementer disagrees with its performance-evaluation result, how long does it have to file an objection?",
  "en", D, "제3조 (국가시범도시건설사업에 대한 성과평가의 실시)",
  ["통보를 받은 날부터 10일 이내에 이의신청 내용과 관련 소명자료를 국토교통부장관에게 제출할 수 있다."],
  ["10일 이내"],
  "Rule Art. 3(2): within 10 days of notification (10일 이내) it may submit the objection and supporting material to the Minister; the evaluation committee then re-deliberates.",
  "factoid", "성과평가 이의신청")
A("How often must MOLIT draw up the performance-evaluation plan for national pilot city projects, and must the plan set weightings for each indicator?",
  "en", D, "제2조 (국가시범도시건설사업에 대한 성과평가계획의 수립 등)",
  ["성과평가를 위한 계획(이하 \"성과평가계획\"이라 한다)을 매년 수립해야 한다.",
   "성과평가의 기준, 성과지표 및 성과지표별 배점"],
  ["매년", "성과지표별 배점"],
  "The plan must be drawn up every year (매년), and it must include the evaluation criteria, indicators and the points/weighting per indicator (성과지표별 배점).",
  "factoid", "성과평가계획")
A("스마트실증사업 승인 신청서는 시행규칙 별지 몇 호 서식을 쓰나요?",
  "ko", D, "제4조 (스마트혁신사업 및 스마트실증사업 신청서 등)",
  ["영 제53조에 따라 영 제52조제2항이 준용되는 스마트실증사업의 경우에는 별지 제4호서식에 따른다."],
  ["별지 제4호서식"],
  "스마트실증사업 신청서는 별지 제4호서식에 따릅니다(스마트혁신사업은 별지 제3호서식).",
  "factoid", "신청 서식")

# ---------------------------------------------------------------------------
# Statute: 국제개발협력기본법 (law_oda_framework_act)
# ---------------------------------------------------------------------------
D = "law_oda_framework_act"
A("Under the Framework Act on International Development Cooperation, which ministers oversee bilateral concessional loans and bilateral grants respectively?",
  "en", D, "제12조 (국제개발협력 주관기관)",
  ["양자간 개발협력 중 유상협력은 재정경제부장관이, 무상협력은 외교부장관이 각각 주관한다."],
  ["재정경제부장관", "외교부장관"],
  "Article 12(1): bilateral loans (유상협력) are overseen by the Minister of Finance and Economy (재정경제부장관) and bilateral grants (무상협력) by the Minister of Foreign Affairs (외교부장관).",
  "who", "ODA 주관기관")
A("국제개발협력위원회는 최대 몇 명으로 구성되고, 위원장이 위촉하는 위원의 성별 구성에는 어떤 제한이 있나요?",
  "ko", D, "제7조 (국제개발협력위원회)",
  ["위원회는 위원장 1명을 포함한 30명 이내의 위원으로 구성한다.",
   "특정 성별이 위원 수의 10분의 6을 초과하지 아니하도록 하여야 한다."],
  ["30명 이내", "10분의 6"],
  "위원장 1명을 포함해 30명 이내로 구성하며, 위원장이 위촉하는 위원은 특정 성별이 10분의 6을 넘지 않도록 해야 합니다(제7조제2항).",
  "factoid", "국제개발협력위원회 구성")
A("What date does Korean law set as International Development Cooperation Day?",
  "en", D, "제18조의2 (국제개발협력의 날)",
  ["매년 11월 25일을 국제개발협력의 날로 정한다."],
  ["매년 11월 25일"],
  "Article 18-2: 25 November every year (매년 11월 25일).",
  "when", "국제개발협력의 날")
A("ODA 중점협력대상국 선정과 중기지원전략 수립은 국제개발협력기본법 몇 조에 규정돼 있나요?",
  "ko", D, "제15조 (중점협력대상국의 선정 및 전략 수립)",
  ["제15조 (중점협력대상국의 선정 및 전략 수립)",
   "국제연합이 선정한 최저개발국을 포함하여 중점적으로 국제개발협력을 할 대상국"],
  ["제15조", "최저개발국"],
  "제15조(중점협력대상국의 선정 및 전략 수립)로, 국제개발협력위원회가 UN 최저개발국을 포함해 주관기관과 협의하여 중점협력대상국을 선정하고 중기지원전략을 확정합니다.",
  "article", "중점협력대상국")
A("How does the ODA framework act define 'concessional (repayable) cooperation' (유상협력)?",
  "en", D, "제2조 (정의)",
  ["개발도상국이 국제 자본시장에서 자금을 상업적 조건으로 차입할 수 있는 것보다 유리한 조건으로 개발도상국에 제공하는 현금 또는 현물 등으로서 상환의무가 있는 것을 말한다."],
  ["상업적 조건으로 차입할 수 있는 것보다 유리한 조건", "상환의무가 있는 것"],
  "Art. 2(5): cash or in-kind support given to a developing country on terms (interest, repayment and grace periods) more favourable than it could borrow commercially on international capital markets, and which must be repaid.",
  "definition", "유상협력 정의")

# ---------------------------------------------------------------------------
# Statute: 대외경제협력기금법 (law_edcf_act)
# ---------------------------------------------------------------------------
D = "law_edcf_act"
A("Who manages the EDCF under the EDCF Act, and to which institution may its day-to-day management be entrusted?",
  "en", D, "제9조 (기금의 운용ㆍ관리)",
  ["기금은 재정경제부장관이 운용ㆍ관리한다.",
   "기금의 운용ㆍ관리에 관한 사무를 한국수출입은행에 위탁할 수 있다."],
  ["재정경제부장관", "한국수출입은행"],
  "Article 9: the Minister of Finance and Economy (재정경제부장관) operates and manages the fund and may entrust its management to the Export-Import Bank of Korea (한국수출입은행).",
  "who", "EDCF 운용기관")
A("일반 은행에서 통상 조건으로 돈을 빌릴 수 있는 사업도 EDCF 융자를 받을 수 있나요?",
  "ko", D, "제8조 (기금의 지원요건)",
  ["한국수출입은행이나 그 밖의 은행으로부터 일반적인 조건으로 지원을 받는 것이 곤란하다고 인정되는 경우로 한정한다."],
  ["일반적인 조건으로 지원을 받는 것이 곤란하다고 인정되는 경우로 한정"],
  "아니요. 제8조에 따라 제7조제1호~제4호 용도의 기금 지원은 수출입은행이나 그 밖의 은행에서 일반적인 조건으로 지원받기 곤란하다고 인정되는 경우로 한정됩니다.",
  "yesno", "EDCF 지원요건")
A("What happens to an EDCF year-end surplus, and who covers a loss that the accumulated reserve cannot absorb?",
  "en", D, "제14조 (이익 및 결손의 처리)",
  ["기금의 결산상 이익금이 생겼을 때에는 전액 적립하여야 한다.",
   "정부가 예산의 범위에서 보전할 수 있다."],
  ["전액 적립", "정부가 예산의 범위에서 보전"],
  "Article 14: any surplus must be reserved in full (전액 적립); losses are covered from that reserve, and if it is insufficient the government may cover the rest within its budget (정부가 예산의 범위에서 보전).",
  "factoid", "EDCF 손익처리")
A("수출입은행이 개도국에 빌려준 자금의 이율이 비용보다 낮을 때 그 손실을 EDCF로 보전할 수 있다는 근거는 대외경제협력기금법 몇 조인가요?",
  "ko", D, "제7조 (기금의 용도)",
  ["제7조 (기금의 용도)",
   "대출의 이율이 소요되는 비용을 충당할 수 있는 수준보다 낮은 경우 그 대출에 따른 손실 보전"],
  ["제7조", "손실 보전"],
  "제7조(기금의 용도) 제5호로, 수출입은행이 개도국 대상 업무에서 대출 이율이 비용을 충당하지 못하는 수준일 때 그 손실 보전에 기금을 쓸 수 있습니다.",
  "article", "EDCF 용도")

# ---------------------------------------------------------------------------
# Statute: 해외건설 촉진법 (law_overseas_construction_act)
# ---------------------------------------------------------------------------
D = "law_overseas_construction_act"
A("해외건설 촉진법상 KIND(한국해외인프라·도시개발지원공사)의 자본금은 얼마로 정해져 있나요?",
  "ko", D, "제28조의4 (자본금 등)",
  ["지원공사의 자본금은 2조원으로 한다."],
  ["2조원"],
  "제28조의4제1항에 따라 지원공사(KIND)의 자본금은 2조원입니다.",
  "factoid", "KIND 자본금")
A("Up to what multiple of paid-in capital plus reserves may KIND issue overseas infrastructure and urban development bonds?",
  "en", D, "제28조의19 (해외인프라ㆍ도시개발채권의 발행 등)",
  ["납입자본금과 적립금 합계액의 5배를 초과하지 아니하는 범위에서 해외인프라ㆍ도시개발채권을 발행할 수 있다."],
  ["5배"],
  "Article 28-19(1): up to 5 times (5배) the sum of paid-in capital and reserves, subject to a resolution of KIND's steering committee.",
  "factoid", "KIND 채권발행 한도")
A("In the Overseas Construction Promotion Act, what kinds of projects make up an 'overseas infrastructure and urban development project'?",
  "en", D, "제2조 (정의)",
  ["「사회기반시설에 대한 민간투자법」 제2조제1호의 사회기반시설 개발, 「도시개발법」 제2조제1항제2호의 도시개발사업",
   "그 밖에 가목과 관련된 사업으로 국토교통부장관이 정하는 사업"],
  ["사회기반시설 개발", "도시개발사업", "국토교통부장관이 정하는 사업"],
  "Art. 2(3-2): projects carried out abroad that are infrastructure development (as defined in the PPP Act), urban development projects (as defined in the Urban Development Act), or related projects designated by the MOLIT Minister.",
  "definition", "해외인프라·도시개발사업 정의")
A("해외건설집합투자기구의 존립기간은 최대 몇 년이고, 연장은 몇 번까지 가능한가요?",
  "ko", D, "제19조의3 (존립기간)",
  ["등록 또는 보고된 날부터 30년 이내에서 해외건설집합투자기구의 신탁계약 또는 정관으로 정한다",
   "당초 존립기간 만료일부터 기산하여 30년 이내에서 존립기간을 한 차례만 연장할 수 있다"],
  ["30년 이내", "한 차례만"],
  "등록·보고일부터 30년 이내에서 신탁계약·정관으로 정하고, 금융위원회 승인을 받아 만료일부터 30년 이내에서 한 차례만 연장할 수 있습니다.",
  "factoid", "해외건설펀드 존립기간")
A("LH 같은 공공기관이 해외건설업 신고 없이 해외사업을 할 수 있다는 규정은 해외건설 촉진법 몇 조에 있나요?",
  "ko", D, "제6조 (해외건설업의 신고)",
  ["제6조 (해외건설업의 신고)",
   "제1항에도 불구하고 신고를 하지 아니하고 해외건설업을 할 수 있다."],
  ["제6조", "신고를 하지 아니하고 해외건설업을 할 수 있다"],
  "제6조(해외건설업의 신고) 제6항으로, 대통령령으로 정하는 공공기관과 지방공기업은 신고 없이 해외건설업을 할 수 있고 이 법 적용 시 해외건설사업자로 봅니다.",
  "article", "공공기관 해외건설업")

# ---------------------------------------------------------------------------
# Statute: 국가통합교통체계효율화법 (law_transport_system_efficiency_act)
# ---------------------------------------------------------------------------
D = "law_transport_system_efficiency_act"
A("ITS(지능형교통체계) 기본계획은 몇 년 단위로 세우고, 얼마마다 전반적으로 재검토하나요?",
  "ko", D, "제73조 (지능형교통체계기본계획의 수립 등)",
  ["10년 단위로 지능형교통체계에 관한 국가 차원의 기본계획",
   "5년마다 지능형교통체계기본계획을 전반적으로 재검토하고"],
  ["10년 단위", "5년마다"],
  "국토교통부장관이 10년 단위로 지능형교통체계기본계획을 수립하고, 5년마다 전반적으로 재검토해 필요하면 정비합니다(제73조).",
  "factoid", "ITS 기본계획 주기")
A("Of the sector-specific ITS plans under Article 73, which one is drawn up by the Minister of Oceans and Fisheries rather than MOLIT?",
  "en", D, "제73조 (지능형교통체계기본계획의 수립 등)",
  ["국토교통부장관(제3호는 제외한다) 또는 해양수산부장관(제3호만 해당한다)",
   "해상교통 분야(항만을 포함한다)"],
  ["해양수산부장관", "해상교통 분야(항만을 포함한다)"],
  "The maritime transport plan including ports (해상교통 분야(항만을 포함한다), item 3) is drawn up by the Minister of Oceans and Fisheries (해양수산부장관); road, rail and aviation plans are MOLIT's.",
  "who", "ITS 분야별 계획")
A("지자체의 지능형교통체계지방계획은 스마트도시법상 스마트도시계획과 맞춰야 하나요?",
  "ko", D, "제75조 (다른 계획에의 반영)",
  ["「스마트도시 조성 및 산업진흥 등에 관한 법률」 제8조에 따른 스마트도시계획과 지능형교통체계지방계획이 조화를 이루도록 하여야 한다."],
  ["스마트도시계획", "조화를 이루도록 하여야 한다"],
  "예. 제75조제2항에 따라 시·도지사 또는 시장등은 도시·군기본계획 및 스마트도시계획과 지능형교통체계지방계획이 조화를 이루도록 해야 합니다.",
  "yesno", "ITS-스마트도시계획 연계")
A("교통빅데이터플랫폼 구축·운영 근거 조항은 몇 조이며, 여기에 개인정보를 담을 수 있나요?",
  "ko", D, "제17조의2 (교통빅데이터플랫폼의 구축ㆍ운영)",
  ["제17조의2 (교통빅데이터플랫폼의 구축ㆍ운영)",
   "수집ㆍ관리하는 데이터에 「개인정보 보호법」에 따른 개인정보를 포함시켜서는 아니 된다."],
  ["제17조의2", "개인정보를 포함시켜서는 아니 된다"],
  "제17조의2로, 국토교통부장관이 구축·운영할 수 있으나 수집·관리 데이터에 개인정보 보호법상 개인정보를 포함해서는 안 됩니다.",
  "article", "교통빅데이터플랫폼")
A("Who must build and operate Korea's national integrated ITS information centre, and what is it for?",
  "en", D, "제90조 (국가통합 지능형교통체계정보센터의 구축 등)",
  ["국토교통부장관은 제88조제1항에 따른 육상ㆍ해상ㆍ항공 교통 분야 전국단위교통정보의 수집ㆍ분석ㆍ관리 및 제공 업무를 수행하고",
   "국가통합 지능형교통체계정보센터(이하 \"국가통합교통정보센터\"라 한다)를 구축ㆍ운영하여야 한다."],
  ["국토교통부장관", "국가통합 지능형교통체계정보센터"],
  "Article 90(1): the MOLIT Minister (국토교통부장관) must build and run the national integrated ITS information centre (국가통합 지능형교통체계정보센터) to collect, analyse, manage and provide nationwide land/sea/air traffic information and promote its distribution.",
  "who", "국가통합교통정보센터")

# ---------------------------------------------------------------------------
# Statute: 도시개발법 (law_urban_development_act)
# ---------------------------------------------------------------------------
D = "law_urban_development_act"
A("도시개발법상 도시개발구역을 지정할 수 있는 기초자치단체장은 어떤 요건을 갖춘 시장인가요?",
  "ko", D, "제3조 (도시개발구역의 지정 등)",
  ["「지방자치법」 제198조제1항에 따른 인구 50만 이상 대도시의 시장(이하 \"대도시 시장\"이라 한다)"],
  ["인구 50만 이상 대도시의 시장"],
  "시·도지사 외에 지방자치법상 인구 50만 이상 대도시의 시장이 도시개발구역을 지정할 수 있습니다(제3조제1항). 그 밖의 시장·군수·구청장은 시·도지사에게 지정을 요청합니다.",
  "who", "도시개발구역 지정권자")
A("What landowner thresholds apply to setting up an urban development cooperative (조합) under the Urban Development Act?",
  "en", D, "제13조 (조합 설립의 인가)",
  ["도시개발구역의 토지 소유자 7명 이상이 대통령령으로 정하는 사항을 포함한 정관을 작성하여",
   "토지면적의 3분의 2 이상에 해당하는 토지 소유자와 그 구역의 토지 소유자 총수의 2분의 1 이상의 동의를 받아야 한다."],
  ["7명 이상", "3분의 2 이상", "2분의 1 이상"],
  "Article 13: at least 7 landowners (7명 이상) draft the articles, and the application needs consent from owners of at least two-thirds of the land area (3분의 2 이상) and at least half of all landowners (2분의 1 이상).",
  "factoid", "도시개발조합 설립")
A("도시개발구역이 지정·고시된 뒤 실시계획 인가를 신청하지 않으면 몇 년이 지나 지정이 해제된 것으로 보나요?",
  "ko", D, "제10조 (도시개발구역 지정의 해제)",
  ["도시개발구역이 지정ㆍ고시된 날부터 3년이 되는 날까지 제17조에 따른 실시계획의 인가를 신청하지 아니하는 경우에는 그 3년이 되는 날"],
  ["3년"],
  "지정·고시일부터 3년이 되는 날까지 실시계획 인가를 신청하지 않으면 그 3년이 되는 날의 다음 날 해제된 것으로 봅니다(제10조제1항제1호).",
  "when", "도시개발구역 해제의제")
A("What share of a development zone's land can be supplied as undeveloped 'raw land' (원형지) to another developer?",
  "en", D, "제25조의2 (원형지의 공급과 개발)",
  ["공급될 수 있는 원형지의 면적은 도시개발구역 전체 토지 면적의 3분의 1 이내로 한정한다."],
  ["3분의 1 이내"],
  "Article 25-2(1): raw land may be supplied only up to one-third (3분의 1 이내) of the zone's total land area, with prior approval of the designating authority.",
  "factoid", "원형지 공급한도")
A("도시개발사업은 어떤 방식들로 시행할 수 있나요?",
  "ko", D, "제21조 (도시개발사업의 시행 방식)",
  ["도시개발사업은 시행자가 도시개발구역의 토지등을 수용 또는 사용하는 방식이나 환지 방식 또는 이를 혼용하는 방식으로 시행할 수 있다."],
  ["수용 또는 사용하는 방식", "환지 방식", "혼용하는 방식"],
  "수용 또는 사용 방식, 환지 방식, 그리고 이 둘을 혼용하는 방식으로 시행할 수 있습니다(제21조제1항).",
  "list", "도시개발 시행방식")

# ---------------------------------------------------------------------------
# Statute: 자율주행자동차법 (law_autonomous_vehicles_act)
# ---------------------------------------------------------------------------
D = "law_autonomous_vehicles_act"
A("자율주행자동차 시범운행지구는 누가 어떤 절차로 지정하나요?",
  "ko", D, "제7조 (시범운행지구의 지정 등)",
  ["국토교통부장관은 자율주행자동차 시범운행지구를 운영하려는 시ㆍ도지사의 신청을 받아 제16조에 따른 자율주행자동차 시범운행지구 위원회의 심의ㆍ의결을 거쳐"],
  ["국토교통부장관", "시ㆍ도지사의 신청", "자율주행자동차 시범운행지구 위원회"],
  "국토교통부장관이 시·도지사의 신청을 받아 자율주행자동차 시범운행지구 위원회의 심의·의결을 거쳐 지정합니다(제7조제1항).",
  "who", "시범운행지구 지정")
A("Autonomous-vehicle developers may collect video containing identifiable people to improve their systems. After how long must that footage be destroyed?",
  "en", D, "제20조의2 (영상정보의 처리에 관한 특례)",
  ["수집한 날부터 5년이 지나면 특정 개인정보가 포함된 영상정보를 대통령령으로 정하는 바에 따라 지체 없이 파기하여야 한다."],
  ["5년"],
  "Article 20-2(4): once 5 years (5년) have passed from collection, video containing specific personal information must be destroyed without delay.",
  "when", "자율주행 영상정보 파기")
A("Can MOLIT hand out the national HD road map (정밀도로지도) to private companies free of charge?",
  "en", D, "제22조 (정밀도로지도의 구축 및 갱신)",
  ["정밀도로지도를 민간 활용이 촉진될 수 있도록 무상으로 제공할 수 있다."],
  ["무상으로 제공할 수 있다"],
  "Yes. Article 22(2) allows the Minister to provide the HD road map free of charge (무상으로 제공할 수 있다) to promote private use.",
  "yesno", "정밀도로지도 제공")
A("자율주행법에서 '완전 자율주행자동차'는 어떻게 정의되나요?",
  "ko", D, "제2조 (정의)",
  ["완전 자율주행자동차: 자율주행시스템만으로 운행할 수 있어 운전자가 없거나 운전자 또는 승객의 개입이 필요하지 아니한 자율주행자동차"],
  ["자율주행시스템만으로 운행할 수 있어", "개입이 필요하지 아니한"],
  "제2조제2항제2호: 자율주행시스템만으로 운행할 수 있어 운전자가 없거나 운전자 또는 승객의 개입이 필요하지 않은 자율주행자동차를 말합니다.",
  "definition", "완전 자율주행 정의")

# ---------------------------------------------------------------------------
# Statute: 공간정보산업 진흥법 (law_spatial_information_industry_act)
# ---------------------------------------------------------------------------
D = "law_spatial_information_industry_act"
A("공간정보산업진흥 기본계획은 얼마마다 수립하고, 어느 위원회 심의를 거쳐 확정하나요?",
  "ko", D, "제4조 (공간정보산업진흥 계획의 수립)",
  ["국가공간정보정책 기본계획에 따라 5년마다",
   "「국가공간정보 기본법」 제5조에 따른 국가공간정보위원회의 심의를 거친 후 이를 확정한다."],
  ["5년마다", "국가공간정보위원회"],
  "국토교통부장관이 국가공간정보정책 기본계획에 따라 5년마다 수립하고, 국가공간정보위원회 심의를 거쳐 확정합니다(제4조).",
  "factoid", "공간정보산업 기본계획")
A("What founding-member threshold must be met to establish the Spatial Information Industry Association?",
  "en", D, "제24조 (공간정보산업협회의 설립)",
  ["공간정보기술자 300명 이상 또는 공간정보사업자 10분의 1 이상을 발기인으로 하여"],
  ["300명 이상", "10분의 1 이상"],
  "Article 24(4): founders must be at least 300 spatial information engineers (300명 이상) or at least one-tenth of spatial information businesses (10분의 1 이상); the articles then need a founding general meeting and MOLIT approval.",
  "factoid", "공간정보산업협회 설립")
A("공간정보 품질인증을 받은 중소기업 제품은 공공조달에서 어떤 혜택이 있나요?",
  "ko", D, "제12조 (품질인증)",
  ["「중소기업제품 구매촉진 및 판로지원에 관한 법률」 제6조에 따라 지정된 경쟁제품으로 본다."],
  ["경쟁제품으로 본다"],
  "품질인증을 받은 제품 중 중소기업자가 생산한 제품은 중소기업제품 구매촉진법 제6조의 경쟁제품으로 간주되고, 국토교통부장관은 관리기관에 우선구매를 요청할 수 있습니다(제12조).",
  "yesno", "공간정보 품질인증")
A("공간정보산업 진흥법상 '공간정보오픈플랫폼'은 무엇을 말하나요?",
  "ko", D, "제2조 (정의)",
  ["국가에서 보유하고 있는 공개 가능한 공간정보를 국민이 자유롭게 활용할 수 있도록 다양한 방법을 제공하는 공간정보체계를 말한다."],
  ["공개 가능한 공간정보", "공간정보체계"],
  "국가가 보유한 공개 가능한 공간정보를 국민이 자유롭게 활용하도록 다양한 방법을 제공하는 공간정보체계입니다(제2조제8호).",
  "definition", "공간정보오픈플랫폼")

# ---------------------------------------------------------------------------
# Statute: 행정중심복합도시 특별법 (law_sejong_special_act)
# ---------------------------------------------------------------------------
D = "law_sejong_special_act"
A("행복도시 건설에 국가예산으로 지출할 수 있는 금액의 상한은 얼마이고 어떤 가격 기준인가요?",
  "ko", D, "제51조 (국가예산 지출의 상한)",
  ["국가예산에서 지출하는 금액은 8조5천억원(2003년도 불변가격 기준으로 산정한 금액을 말한다)을 초과할 수 없다."],
  ["8조5천억원", "2003년도 불변가격"],
  "정부청사 등 공공건축물과 광역교통시설 건설을 위한 국가예산 지출은 8조5천억원(2003년도 불변가격 기준)을 넘을 수 없습니다(제51조).",
  "factoid", "행복도시 국가예산 상한")
A("Which article of the Sejong special act transfers smart city planning powers under the Smart City Act to the head of the construction agency (행복청) in the planned area?",
  "en", D, "제60조의2 (스마트도시 조성 및 산업진흥 등에 관한 특례)",
  ["제60조의2 (스마트도시 조성 및 산업진흥 등에 관한 특례)",
   "스마트도시계획 수립 등에 관한 사무는 건설청장이 수행한다."],
  ["제60조의2", "건설청장"],
  "Article 60-2 (제60조의2): in the planned area, smart city planning tasks under Smart City Act Arts. 8-10, 14 and 24 are carried out by the agency head (건설청장), who must notify the relevant local heads.",
  "article", "행복청 스마트도시 특례")
A("행정중심복합도시건설청의 청장과 차장은 각각 어떤 신분(직급)으로 임명되나요?",
  "ko", D, "제38조 (건설청의 설치 등)",
  ["청장은 정무직으로 하고, 차장은 일반직 국가공무원으로 보(補)한다."],
  ["정무직", "일반직 국가공무원"],
  "청장 1명은 정무직, 차장 1명은 일반직 국가공무원으로 보합니다(제38조제3항).",
  "who", "행복청 조직")
A("How many members, including chairs, may the Multifunctional Administrative City Construction Promotion Committee have, and who serves as its secretary member?",
  "en", D, "제31조 (위원회의 조직)",
  ["위원회는 위원장 2명을 포함한 30명 이내의 위원으로 구성한다.",
   "위원회에 간사위원 1명을 두며, 간사위원은 건설청장이 된다."],
  ["위원장 2명", "30명 이내", "건설청장"],
  "Article 31: up to 30 members (30명 이내) including 2 chairs (위원장 2명); the secretary member is the head of the construction agency (건설청장).",
  "count", "행복도시 추진위원회")

# ---------------------------------------------------------------------------
# Statute: 지능정보화 기본법 (law_intelligent_informatization_act)
# ---------------------------------------------------------------------------
D = "law_intelligent_informatization_act"
A("지능정보사회 종합계획은 몇 년 단위로 수립하고, 누가 수립하나요?",
  "ko", D, "제6조 (지능정보사회 종합계획의 수립)",
  ["지능정보사회 종합계획(이하 \"종합계획\"이라 한다)을 3년 단위로 수립하여야 한다.",
   "종합계획은 과학기술정보통신부장관이 관계 중앙행정기관"],
  ["3년 단위", "과학기술정보통신부장관"],
  "3년 단위로 수립하며, 과학기술정보통신부장관이 관계 기관장 의견을 들어 정보통신 전략위원회 심의를 거쳐 확정합니다(제6조).",
  "factoid", "지능정보사회 종합계획")
A("The Smart City Act refers to a 'hyper-connected intelligent information network' (초연결지능정보통신망). How does the Framework Act on Intelligent Informatization define it?",
  "en", D, "제2조 (정의)",
  ["정보통신 및 지능정보기술 관련 기기ㆍ서비스 등 모든 것이 언제 어디서나 연결",
   "되어 지능정보서비스를 이용할 수 있는 정보통신망을 말한다."],
  ["모든 것이 언제 어디서나 연결", "지능정보서비스를 이용할 수 있는 정보통신망"],
  "Art. 2(9): an information and communications network in which all ICT and intelligent-information devices and services are connected anytime, anywhere (hyper-connection) so that intelligent information services can be used.",
  "definition", "초연결지능정보통신망")
A("한국지능정보사회진흥원(NIA)은 어느 장관들이 설립하도록 지능정보화 기본법에 규정돼 있나요?",
  "ko", D, "제12조 (한국지능정보사회진흥원의 설립)",
  ["과학기술정보통신부장관과 행정안전부장관은 지능정보사회 관련 정책의 개발과 국가기관등의 지능정보사회 시책 및 지능정보화 사업의 추진 등을 지원하기 위하여 한국지능정보사회진흥원"],
  ["과학기술정보통신부장관과 행정안전부장관", "한국지능정보사회진흥원"],
  "과학기술정보통신부장관과 행정안전부장관이 지능정보사회 정책 개발과 국가기관등의 지능정보화 사업 지원을 위해 설립합니다(제12조제1항).",
  "who", "NIA 설립")
A("Which article of the Framework Act on Intelligent Informatization requires developers and service providers to design their technology and services for privacy protection?",
  "en", D, "제61조 (사생활 보호 설계 등)",
  ["제61조 (사생활 보호 설계 등)",
   "해당 기술과 서비스를 사생활등의 보호에 적합하게 설계하여야 한다."],
  ["제61조", "사생활등의 보호에 적합하게 설계"],
  "Article 61 (제61조, 사생활 보호 설계 등), paragraph 2: developers/users of intelligent information technology and service providers must design them to suit the protection of privacy and personal information.",
  "article", "프라이버시 바이 디자인")

# ---------------------------------------------------------------------------
# Statute: 도시재생 활성화 및 지원에 관한 특별법 (law_urban_regeneration_act)
# ---------------------------------------------------------------------------
D = "law_urban_regeneration_act"
A("Where does the Urban Regeneration Special Committee sit in government, who chairs it, and how many members does it have?",
  "en", D, "제7조 (도시재생특별위원회의 설치 등)",
  ["국무총리 소속으로 도시재생특별위원회(이하 \"특별위원회\"라 한다)를 둔다.",
   "위원장은 국무총리가 되고, 위원은 다음 각 호의 자로 하되, 10명 이상 30명 이하로 구성한다."],
  ["국무총리 소속", "위원장은 국무총리", "10명 이상 30명 이하"],
  "Article 7: it sits under the Prime Minister (국무총리 소속), is chaired by the Prime Minister, and has 10 to 30 members (10명 이상 30명 이하), both government and private.",
  "who", "도시재생특별위원회")
A("도시재생전략계획으로 도시재생활성화지역을 지정할 때 검토하는 쇠퇴 요건 세 가지는 무엇인가요?",
  "ko", D, "제13조 (도시재생전략계획의 내용)",
  ["인구가 현저히 감소하는 지역", "총 사업체 수의 감소 등 산업의 이탈이 발생되는 지역",
   "노후주택의 증가 등 주거환경이 악화되는 지역"],
  ["인구가 현저히 감소하는 지역", "총 사업체 수의 감소 등 산업의 이탈이 발생되는 지역",
   "노후주택의 증가 등 주거환경이 악화되는 지역"],
  "인구의 현저한 감소, 총 사업체 수 감소 등 산업 이탈, 노후주택 증가 등 주거환경 악화의 세 요건이며, 이 중 2개 이상을 갖추어야 합니다(제13조제4항).",
  "list", "활성화지역 지정요건")
A("What is a 'neighbourhood regeneration type' revitalisation plan (근린재생형 활성화계획) under the urban regeneration act?",
  "en", D, "제2조 (정의)",
  ["근린재생형 활성화계획: 생활권 단위의 생활환경 개선, 기초생활인프라 확충, 공동체 활성화, 골목경제 살리기 등을 위한 도시재생활성화계획"],
  ["생활권 단위의 생활환경 개선", "기초생활인프라 확충", "공동체 활성화", "골목경제 살리기"],
  "Art. 2(1)6 나: a revitalisation plan aimed at neighbourhood-level living-environment improvement, expanding basic living infrastructure, community revitalisation and reviving local alley economies.",
  "definition", "근린재생형 정의")
A("국가가 도시재생 사업비를 보조·융자할 때 어떤 재원에서 지원하나요?",
  "ko", D, "제27조 (보조 또는 융자)",
  ["필요한 자금을 일반회계, 「지방자치분권 및 균형성장에 관한 특별법」 제74조에 따른 지역균형발전특별회계 또는 「주택도시기금법」에 따른 주택도시기금에서 지원한다."],
  ["일반회계", "지역균형발전특별회계", "주택도시기금"],
  "일반회계, 지역균형발전특별회계, 주택도시기금에서 지원합니다(제27조제3항).",
  "list", "도시재생 국가재원")

# ---------------------------------------------------------------------------
# Report: 스마트도시 해외진출 성과제고 방안 (WP 22-14, 국토연구원 2022)
# ---------------------------------------------------------------------------
D = "000_8e0e21b7078bb0b8"
A("K-City 네트워크 첫해인 2020년 공모에는 몇 건이 접수됐고, 최종 지원 규모는 얼마였나요?",
  "ko", D, "(3) 우리나라의 해외 스마트도시 지원사업",
  ["- 2020년 23개국에서 80건 신청을 받았고, 11개국 12개 도시에 총 33억 원을 지원함"],
  ["80건", "11개국 12개 도시", "33억 원"],
  "2020년에는 23개국에서 80건이 신청됐고, 11개국 12개 도시에 총 33억 원이 지원됐습니다.",
  "factoid", "KCN 2020 실적")
A("According to the KRIHS working paper, how much does K-City Network fund per project for a smart city master plan versus an overseas smart-solution demonstration?",
  "en", D, "(3) 우리나라의 해외 스마트도시 지원사업",
  ["스마트도시 기본계획 수립사업은 3~5억 원/건, 스마트 솔루션 해외실증 사업은 4억 원 /건"],
  ["3~5억 원/건", "4억 원 /건"],
  "Master-plan projects receive KRW 0.3-0.5 billion each (3~5억 원/건) and overseas solution demonstrations KRW 0.4 billion each (4억 원 /건).",
  "factoid", "KCN 건당 지원액")
A("K-City 네트워크 지원 실적을 ODA 실적으로 집계할 수 있나요?",
  "ko", D, "(3) 우리나라의 해외 스마트도시 지원사업",
  ["∙ K-City 네트워크는 공적개발원조(ODA)에 포함되지 않으며, 프로젝트 실현을 위한 사업 지원 "],
  ["공적개발원조(ODA)에 포함되지 않으며"],
  "아니요. 보고서는 K-City 네트워크가 공적개발원조(ODA)에 포함되지 않으며, 대신 프로젝트 실현을 위한 후속 사업 지원 제도를 갖고 있다고 설명합니다.",
  "yesno", "KCN ODA 여부")
A("In the paper's 2022 list of smart-city ODA projects, what is the budget and period of KOICA's Hue (Vietnam) cultural-tourism smart city project, and which agency runs it?",
  "en", D, "(3) 우리나라의 해외 스마트도시 지원사업",
  ["베트남 후에시 문화관광 스마트시티 조성 지원사업(‘21-‘25/1,300만 달러) 한국국제협력단"],
  ["1,300만 달러", "‘21-‘25", "한국국제협력단"],
  "Table 2 lists it as a 2021-2025 project (‘21-‘25) worth USD 13 million (1,300만 달러), implemented by KOICA (한국국제협력단).",
  "table", "KOICA 후에 사업")
A("필리핀 클락 KCN 사업에서 스마트도시 콘셉트 구역(District 4)의 면적은 원래 얼마였고, 실행계획을 위해 얼마로 줄였나요?",
  "ko", D, "2) 사업 주요 내용",
  ["∙ 스마트도시 콘셉트로 지정된 District 4의 전체 면적은 248.3ha이지만, 현실적인 실행",
   "계획 수립을 위해 KCN 추진 단계에서 104.7ha로 조정하여 개발대상 구역 면적을 축소"],
  ["248.3ha", "104.7ha"],
  "District 4 전체 면적은 248.3ha였으나 KCN 추진 단계에서 CDC와 합의해 개발대상 구역을 104.7ha로 축소했습니다.",
  "factoid", "클락 대상지 면적")
A("Who owns the Clark Development Corporation (CDC), the Philippine applicant in the Clark KCN feasibility study?",
  "en", D, "1) 추진 개요",
  ["대통령 직속기관인 기지전환개발청(Base Conversion ",
   "Development Authority, 이하 BCDA)이 100% 지분을 보유한 공기업으로, 클락 지역에 대한 토지"],
  ["기지전환개발청", "BCDA", "100% 지분"],
  "CDC is a public corporation 100% owned (100% 지분) by the Bases Conversion and Development Authority (기지전환개발청, BCDA), an agency directly under the Philippine President.",
  "who", "클락 CDC 소유구조")
A("클락 스마트도시 스마트 인프라 단계별 계획(안)에서 3단계로 미뤄 도입하기로 한 인프라는 무엇인가요?",
  "ko", D, "2) 사업 주요 내용",
  [" - (상하수도망 자동화 솔루션) 1·2단계 서비스 도입 및 사업지구 개발 이후 클락시티의 도시경쟁력 ",
   " - (대용량 광대역 유선망) 추후 수요조사를 통해 정확한 데이터량 산출 후 도입"],
  ["상하수도망 자동화 솔루션", "대용량 광대역 유선망"],
  "표 4에 따르면 3단계에는 상하수도망 자동화 솔루션과 대용량 광대역 유선망(수요조사로 데이터량 산출 후)을 도입합니다.",
  "list", "클락 단계별 인프라")
A("What are the four implementation strategies of the 2019 inter-ministerial plan to boost smart city exports, as summarised in the KRIHS paper?",
  "en", D, "(2) 스마트도시 해외진출 관련 정부 정책",
  ["- 스마트시티 해외진출 활성화 방안의 네 가지 추진전략은 ① 해외 수주 금융 지원 강화, ",
   "② 스마트시티 네트워크 구축, ③ 대·중소 동반 진출 지원, ④ 전방위 수주 노력 강화임"],
  ["해외 수주 금융 지원 강화", "스마트시티 네트워크 구축", "대·중소 동반 진출 지원", "전방위 수주 노력 강화"],
  "(1) stronger financing for overseas orders, (2) building a smart city network, (3) support for joint entry by large firms and SMEs, and (4) all-round efforts to win orders.",
  "list", "해외진출 활성화 방안 전략")

# ---------------------------------------------------------------------------
# Plan: 스마트시티 추진전략 (관계부처 합동, 2018)
# ---------------------------------------------------------------------------
D = "001_f10dabb5e28a8c07"
A("2018년 스마트시티 추진전략 별첨에 나온 세종 5-1 생활권 국가 시범도시의 면적과 계획호수는?",
  "ko", D, "국가 시범도시 입지 현황 : 세종 5-1 생활권",
  ["(면적) 2,741천㎡(83만평)", "(계획호수) 11.4천호(29.3천명)"],
  ["2,741천㎡(83만평)", "11.4천호(29.3천명)"],
  "면적 2,741천㎡(83만평), 계획호수 11.4천호(29.3천명)이며 사업시행자는 한국토지주택공사입니다.",
  "table", "세종 5-1 개요")
A("Who are the project implementers for the Busan Eco Delta City national pilot city according to the 2018 strategy annex?",
  "en", D, "국가 시범도시 입지 현황 : 부산 에코델타시티",
  ["(사업시행자) K-Water, 부산도시공사, 부산광역시"],
  ["K-Water", "부산도시공사", "부산광역시"],
  "K-Water, Busan Metropolitan Corporation (부산도시공사) and Busan Metropolitan City (부산광역시).",
  "who", "부산 EDC 시행자")
A("2017년에 먼저 선정된 스마트시티형 도시재생 시범지구 5곳은 어디인가요?",
  "ko", D, "노후 ․ 쇠퇴 단계 ☞ 스마트시티형 도시재생 추진",
  ["* 旣 선정지역 : 인천부평, 조치원, 부산사하, 포항, 남양주"],
  ["인천부평", "조치원", "부산사하", "포항", "남양주"],
  "인천부평, 조치원, 부산사하, 포항, 남양주 5곳입니다.",
  "list", "스마트 도시재생 시범지구")
A("Under the 2018 strategy, how many themed smart-city special complexes (테마형 특화단지) were to be supported per year, and how much national funding per site?",
  "en", D, "도시운영 단계 ☞ 기존도시 스마트화 및 확산",
  ["특화계획 수립 지원(‘18～‘20, 年 4곳)", "(국비 2.25억/곳, 지자체 매칭)"],
  ["年 4곳", "국비 2.25억/곳", "지자체 매칭"],
  "Four sites a year (年 4곳) over 2018-2020, with KRW 225 million of national funds per site (국비 2.25억/곳) matched by the local government.",
  "factoid", "테마형 특화단지")
A("범부처 스마트시티 추진단의 지자체 협의체에는 몇 개 지자체가 참여하고 있었나요?",
  "ko", D, "도시운영 단계 ☞ 기존도시 스마트화 및 확산",
  ["지자체 협의체 : 총 84개 지자체 참여 중(광역 17개, 기초 지자체 67개)"],
  ["84개", "광역 17개", "기초 지자체 67개"],
  "총 84개 지자체(광역 17개, 기초 67개)가 참여 중이었습니다.",
  "count", "지자체 협의체")
A("According to the 2018 Smart City Strategy, for which type of overseas projects was KIND to be set up, and when?",
  "en", D, "(3) 해외진출 확대 및 국제협력 강화",
  ["- 특히, PPP사업에 대해서는 한국해외인프라·도시개발지원공사(KIND)를",
   "설립(’18.상)하여 사업 발굴이나 개발·금융지원 등 全 단계 지원"],
  ["PPP사업", "’18.상"],
  "KIND was to be established in the first half of 2018 (’18.상) to support PPP projects (PPP사업) at every stage, from project discovery to development and financing.",
  "when", "KIND 설립계획")
A("How much national funding did the U-City pilot programme provide, to how many local governments, in 2009-2013?",
  "en", D, "국내 현황",
  ["* U-City 시범사업 추진으로 ’09～’13년 동안 15개 지자체에 231억원 국비 지원"],
  ["15개 지자체", "231억원"],
  "KRW 23.1 billion (231억원) of national funds to 15 local governments (15개 지자체) between 2009 and 2013.",
  "factoid", "U-City 시범사업")

# ---------------------------------------------------------------------------
# Report: 지역 간 스마트시티의 불균형 문제 (국토이슈리포트, 2019)
# ---------------------------------------------------------------------------
D = "002_7bfffe9800fcea94"
A("국토이슈리포트는 2003년 이후 신도시 스마트시티 기반시설 조성비와 정부부처 사업예산을 각각 얼마로 추정하나요?",
  "ko", D, "신도시 중심 첨단인프라 구축사업은 지역 간 스마트시티 불균형 원인으로 지적됨",
  ["시설 조성비 약 2조~3조 원 및 정부부처 사업예산 약 3천억 원 규모를 투입"],
  ["약 2조~3조 원", "약 3천억 원"],
  "신도시 기반시설 조성비 약 2조~3조 원, 정부부처 사업예산 약 3천억 원 규모가 투입된 것으로 봅니다.",
  "factoid", "스마트시티 투입 재원")
A("In the issue report's Table 4, what percentage of respondents are platform-centred now and expect to stay platform-centred in five years?",
  "en", D, "이슈: 지자체는 어떤 스마트시티를 원하는가?",
  ["플랫폼 중심형 5.00 38.33 8.33 51.67"],
  ["38.33"],
  "38.33% of all respondents are currently platform-centred and plan to remain platform-centred (the platform-centred row totals 51.67%).",
  "table", "IPA 유형 전환")
A("인천시가 2020년까지 송도·영종·청라에 스마트시티 사업용으로 쓰는 기반시설 조성비는 얼마인가요?",
  "ko", D, "이슈: 스마트시티는 어디서 어떻게 추진되었나?",
  ["인천시의 경우 2020년까지 송도, 영종, 청라 지역을 대상으로 약 3,500억 원의 기반시설 조성비를 "],
  ["약 3,500억 원"],
  "약 3,500억 원으로, 보고서는 이 금액이 중앙부처의 지난 10년간 예산투자를 넘어선다고 지적합니다.",
  "factoid", "인천 기반시설 조성비")
A("Under MOLIT's platform linkage programme (2015~), how many local governments had been supported by 2018 and with how much each?",
  "en", D, "이슈: 스마트시티는 어디서 어떻게 추진되었나?",
  ["사업으로 2018년 현재 22개 지자체 지원(1개 지자체당 6억 원 지원) "],
  ["22개 지자체", "6억 원"],
  "22 local governments (22개 지자체) as of 2018, each receiving KRW 600 million (6억 원).",
  "table", "플랫폼 연계사업")
A("표 2 '스마트시티 선도 지역 사업 현황'에서 대구의 국가전략 스마트시티 R&D와 5G 스마트시티사업 예산은 각각 얼마인가요?",
  "ko", D, "이슈: 스마트시티는 어디서 어떻게 추진되었나?",
  ["스마트시티형 도시재생(북구) / 국가전략 스마트시티 R&D(511억 원)",
   "과학기술정보통신부 5G 스마트시티사업(388억 원)"],
  ["511억 원", "388억 원"],
  "국가전략 스마트시티 R&D 511억 원, 과기정통부 5G 스마트시티사업 388억 원입니다.",
  "table", "대구 스마트시티 예산")
A("What scale of investment does the issue report cite for China's 智慧城市 programme?",
  "en", D, "스마트시티 실증사업은 모든 지역에 균형적으로 적용되어야만 하는가?",
  ["중국 전역 500개 스마트시티 도시를 건설", "하기 위하여 2020년까지 총 182조 원을 "],
  ["500개", "182조 원"],
  "Table 3 says China planned to build 500 smart cities nationwide (500개) with a total of KRW 182 trillion (182조 원) invested by 2020.",
  "table", "중국 지혜성시")

# ---------------------------------------------------------------------------
# Report: 스마트시티 거버넌스 추진방향 및 부처 간 협력방안 (2017)
# ---------------------------------------------------------------------------
D = "003_bea2acfe7f4cca42"
A("거버넌스 논문의 부처 간 정책 비교표에서 국토교통부 U-City 고도화 R&D의 총예산과 국비는 얼마인가요?",
  "ko", D, "Ⅳ. 스마트시티 거버넌스의 구축과 협력방안",
  ["∙ 총 238억 원 ", "∙ - 국비 190억, 민간 48억 투자"],
  ["총 238억 원", "국비 190억", "민간 48억"],
  "표 3에 따르면 U-City 고도화 R&D('13~'18)는 총 238억 원(국비 190억, 민간 48억)입니다.",
  "table", "U-City 고도화 R&D 예산")
A("In the governance paper's comparison table, what was the budget of the science ministry's (MSIP) smart city testbed programme, and how much came from the city?",
  "en", D, "Ⅳ. 스마트시티 거버넌스의 구축과 협력방안",
  ["∙ 총 170억 원", "∙ - 국비 96억, 민간 48억, 시비 26억 등 투자"],
  ["총 170억 원", "국비 96억", "시비 26억"],
  "KRW 17 billion in total (총 170억 원): 9.6 bn national (국비 96억), 4.8 bn private and 2.6 bn from the city (시비 26억).",
  "table", "미래부 실증단지 예산")
A("U-City법상 매년 열도록 돼 있던 유비쿼터스도시위원회는 실제로 몇 번 개최됐다고 논문은 지적하나요?",
  "ko", D, "Ⅲ. 국내외 사례 검토를 통한 스마트시티",
  ["회 구성의 어려움으로 인해 실제 개최된 횟수는 지금까", "지 단 두 번에 불과하고 실제 위원회의 역할에도 그 효"],
  ["단 두 번"],
  "법률상 매년 개최해야 했지만 위원회 구성의 어려움으로 실제 개최는 단 두 번에 불과했다고 지적합니다.",
  "count", "유비쿼터스도시위원회")
A("Which four committees make up Barcelona's smart city project management office (PMO) structure described in the governance paper?",
  "en", D, "3. 해외 스마트시티 거버넌스 검토",
  ["담당하는 집행위원회, 프로젝트를 관리하는 모니터링 ",
   "위원회, 단계별 추진상황을 담당하는 활동위원회, 위기",
   "상황 대응을 담당하는 위기위원회 등 4단계로 추진체"],
  ["집행위원회", "모니터링", "활동위원회", "위기위원회"],
  "An executive committee (집행위원회, strategy), a monitoring committee (모니터링 위원회, project management), an activity committee (활동위원회, stage-by-stage progress) and a crisis committee (위기위원회).",
  "list", "바르셀로나 PMO")
A("싱가포르 Smart Nation 프로젝트는 누구 주도로 언제부터 추진됐다고 논문은 소개하나요?",
  "ko", D, "3. 해외 스마트시티 거버넌스 검토",
  ["싱가포르는 리센룽 총리 주도로 2014년부터 국가핵"],
  ["리센룽 총리", "2014년"],
  "리센룽 총리 주도로 2014년부터 국가핵심사업으로 추진됐으며, Smart Nation Program Office가 총괄합니다.",
  "who", "싱가포르 Smart Nation")
A("논문이 스마트시티를 효율적으로 구축하려면 종합적으로 고려해야 한다고 한 세 가지 거버넌스는?",
  "ko", D, "1. 스마트시티 거버넌스 개념정의",
  ["중심의 행정 거버넌스, 민간기술 중심의 기술 거버넌스, ", "해외진출을 위한 글로벌 거버넌스를 종합적으로 고려"],
  ["행정 거버넌스", "기술 거버넌스", "글로벌 거버넌스"],
  "공공 중심의 행정 거버넌스, 민간기술 중심의 기술 거버넌스, 해외진출을 위한 글로벌 거버넌스입니다.",
  "list", "거버넌스 유형")

# ---------------------------------------------------------------------------
# Article: 기술에서 신뢰로, 도시에서 세계로 (KCN 해외실증형, 2025)
# ---------------------------------------------------------------------------
D = "004_c9995d5d9381f287"
A("2021년부터 추진된 KCN 해외실증형 사업은 지금까지 몇 개국 몇 개 도시에서 몇 건이 진행됐나요?",
  "ko", D, "스마트시티의 국제협력과 K-City Network의 탄생",
  ["증형 사업은 미국·영국·이탈리아·베트남·페루 등 총 13개국 20개 도시에서 21개의 협력사업이 진행되었으며"],
  ["13개국 20개 도시", "21개"],
  "미국·영국·이탈리아·베트남·페루 등 총 13개국 20개 도시에서 21개 협력사업이 진행됐습니다.",
  "count", "KCN 해외실증형 누적")
A("What is the 2025 K-City Network demonstration project in Kuala Lumpur?",
  "en", D, "2025년 K-City Network 해외실증형 사업 선정 현황",
  ["도심 주차난 해소를 위한 Edge AI 및 데이터 허브 기반 스마트 주차 서비스"],
  ["Edge AI", "데이터 허브", "스마트 주차 서비스"],
  "A smart parking service based on Edge AI and a data hub (Edge AI 및 데이터 허브 기반 스마트 주차 서비스) to ease downtown parking shortages.",
  "table", "쿠알라룸푸르 실증")
A("WSCE 2025는 언제 어디서 열리며, KCN 해외실증형 사업은 여기서 무엇을 하나요?",
  "ko", D, "해외실증형 사업 추진계획",
  ["우선 오는 7월 15일부터 17일까지 부산 벡스코에서 개최되는 WSCE(World Smart City Expo) 2025와 연계하여 전시부스를 운영하고"],
  ["7월 15일부터 17일까지", "부산 벡스코", "전시부스"],
  "7월 15일부터 17일까지 부산 벡스코에서 열리며, 연계 전시부스를 운영해 올해 6개 도시 실증과 2024년 성과를 알릴 계획입니다.",
  "where", "WSCE 2025")
A("How many cities are in the 2025 KCN overseas demonstration round, and how long do the demonstrations run?",
  "en", D, "해외실증형 사업 추진계획",
  ["6개 도시에서 지난 4월부터 12월까지 약 9개월간 추진되며"],
  ["6개 도시", "4월부터 12월까지", "약 9개월간"],
  "Six cities (6개 도시), running from April to December (4월부터 12월까지), about nine months (약 9개월간).",
  "factoid", "2025 KCN 기간")
A("WSCE 기간 'K-Smart City 비즈니스 파트너십 데이'에 초청하는 국제·유관기관으로 어떤 곳들이 언급되나요?",
  "ko", D, "해외실증형 사업 추진계획",
  ["월드뱅크(World Bank), 미주개발은행(IDB), 해외건설협회, 수출입은행 등 국제협력"],
  ["월드뱅크(World Bank)", "미주개발은행(IDB)", "해외건설협회", "수출입은행"],
  "월드뱅크, 미주개발은행(IDB), 해외건설협회, 수출입은행 등과 2021년 이후 참여 수행기관들을 초청합니다.",
  "list", "비즈니스 파트너십 데이")

# ---------------------------------------------------------------------------
# Near-miss UNANSWERABLE questions (answer absent from all 18 documents)
# ---------------------------------------------------------------------------
N("What minimum interest rate and maximum repayment period does the EDCF Act set for EDCF loans to developing countries?",
  "en", "The EDCF Act in the corpus sets no interest rate or repayment period; it only lists fund uses and management rules, so the documents cannot answer this.",
  "factoid", "EDCF 금리")
N("국제개발협력기본법 몇 조에서 한국국제협력단(KOICA)을 무상협력 전담 시행기관으로 지정하나요?",
  "ko", "코퍼스의 국제개발협력기본법에는 한국국제협력단(KOICA)을 지정하는 조문이 없습니다(무상협력 주관은 외교부장관이라는 규정만 있음). 문서로는 답할 수 없습니다.",
  "article", "KOICA 근거조항")
N("스마트도시법에 따른 스마트도시 인증의 유효기간은 몇 년인가요?",
  "ko", "스마트도시법·시행령·시행규칙 어디에도 스마트도시 인증의 유효기간은 규정돼 있지 않아 문서로는 답할 수 없습니다.",
  "factoid", "스마트도시 인증 유효기간")
N("How many cities were selected in the 2023 K-City Network round?",
  "en", "None of the documents reports the 2023 K-City Network selection; they cover 2020-2022 (KRIHS paper) and the 2025 demonstration round only.",
  "count", "KCN 2023 선정")
N("세종 5-1 생활권 국가 시범도시 조성의 총사업비는 얼마로 계획됐나요?",
  "ko", "2018 추진전략 별첨에는 위치·면적·계획호수·사업기간·사업시행자만 있고 총사업비는 제시되지 않아 답할 수 없습니다.",
  "factoid", "세종 5-1 사업비")
N("Who was appointed master planner (총괄계획가) for the Sejong 5-1 national pilot city?",
  "en", "The documents describe the master-planner role (Smart City Act Art. 35-2, decree Art. 35) but name no person for Sejong 5-1, so this cannot be answered.",
  "who", "시범도시 총괄계획가")
N("행정중심복합도시 특별법에 규정된 예정지역의 총면적은 몇 ㎢인가요?",
  "ko", "특별법은 예정지역의 지정 절차만 규정하고 면적 수치는 담고 있지 않아 문서로는 답할 수 없습니다.",
  "factoid", "행복도시 예정지역 면적")
N("For how many years does an autonomous-vehicle pilot zone designation remain valid under the Autonomous Vehicles Act?",
  "en", "The Act provides for designation, change and cancellation of pilot zones but sets no validity period, so the documents do not answer this.",
  "factoid", "시범운행지구 지정기간")
N("자율주행법상 정밀도로지도는 몇 개월(또는 몇 년)마다 갱신해야 하나요?",
  "ko", "법은 정밀도로지도를 '주기적으로 갱신'하도록만 규정하고 구체적 주기(개월·년)는 정하지 않아 문서로 답할 수 없습니다.",
  "factoid", "정밀도로지도 갱신주기")
N("공간정보산업진흥원 원장의 임기는 몇 년인가요?",
  "ko", "공간정보산업 진흥법은 진흥원의 설립과 업무만 규정하고 원장 임기는 정하지 않아 문서로는 답할 수 없습니다.",
  "factoid", "공간정보산업진흥원 원장")
N("Where is the head office of the National Information Society Agency (NIA) located according to the Framework Act on Intelligent Informatization?",
  "en", "The Act establishes the agency and its tasks but does not state its location, so the documents cannot answer this.",
  "where", "NIA 소재지")
N("도시재생특별회계 세입으로 들어가는 재산세는 정확히 몇 퍼센트인가요?",
  "ko", "도시재생 특별법은 재산세 중 '대통령령으로 정하는 일정비율 이상의 금액'이라고만 하고 구체적 비율은 코퍼스(시행령 미포함)에 없어 답할 수 없습니다.",
  "factoid", "도시재생특별회계 재산세")
N("Who chairs the working-level committee (실무위원회) of the International Development Cooperation Committee?",
  "en", "The Framework Act only creates the working committee and leaves its composition to presidential decree, which is not in the corpus; the chair is not stated.",
  "who", "ODA 실무위원회")
N("해외건설업 신고를 할 때 내야 하는 수수료는 얼마인가요?",
  "ko", "해외건설 촉진법에는 신고 수수료 금액이 없고 시행령·시행규칙도 코퍼스에 없어 답할 수 없습니다.",
  "factoid", "해외건설업 신고 수수료")
N("Exactly how much did K-City Network grant to the Clark freeport smart city feasibility study?",
  "en", "The KRIHS paper only says KCN support is about KRW 300-600 million per project in general; the Clark study's exact grant is not given.",
  "factoid", "클락 KCN 지원액")
N("K-City 네트워크 공모 심사에서 '우리 기업 수주 가능성' 항목의 배점은 몇 점인가요?",
  "ko", "보고서는 KCN이 우리 정부·기관·기업과의 협력 여부, 진출 현황, 수주 가능성에 중점을 두고 평가한다고만 하고 항목별 배점은 제시하지 않아 답할 수 없습니다.",
  "factoid", "KCN 평가 배점")
N("2025년 KCN 해외실증형 사업에서 태국 콘깬 AI CCTV 실증을 수행하는 국내 기업은 어디인가요?",
  "ko", "기사는 콘깬 사업명(AI CCTV 기반 실시간 이상상황 감지)만 밝히고 수행기업은 적지 않아 답할 수 없습니다.",
  "who", "콘깬 수행기업")
N("Above what population must a city draw up a smart city plan under the Smart City Act?",
  "en", "The Smart City Act sets no population threshold; a plan is required before carrying out a smart city construction project, so the population figure cannot be answered from the documents.",
  "factoid", "스마트도시계획 인구기준")
N("자율주행자동차 시범운행지구 위원회 민간위원의 임기는 몇 년인가요?",
  "ko", "자율주행법은 위원회 구성(위원장 2명 포함 20명 이내)만 정하고 민간위원 임기는 대통령령에 맡겨 코퍼스에 없으므로 답할 수 없습니다.",
  "factoid", "시범운행지구 위원 임기")
N("In which month and year was the KRIHS survey of 61 local governments on smart city types carried out?",
  "en", "The issue report describes the 61-local-government IPA survey but gives no survey date, so this cannot be answered.",
  "when", "지자체 설문 시기")


def main():
    rng = random.Random(SEED)
    items = [dict(it) for it in ITEMS]
    rng.shuffle(items)
    fields = ["id", "question", "lang", "answerable", "doc_id", "section", "evidence",
              "key_facts", "reference", "qtype", "topic", "split"]
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, it in enumerate(items, 1):
            it["id"] = "dq%03d" % i
            it["split"] = SPLIT
            rec = {k: it[k] for k in fields}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(items), OUT))


if __name__ == "__main__":
    main()
