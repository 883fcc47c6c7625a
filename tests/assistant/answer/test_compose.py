from __future__ import annotations

from assistant.answer.compose import asks_article, asks_list, clause_of, law_name, list_items, strip_particle
from assistant.answer.question import analyze


def test_law_names_are_the_short_names_practitioners_use():
    assert law_name("스마트도시 조성 및 산업진흥 등에 관한 법률 (스마트도시법)") == "스마트도시법"
    assert law_name("스마트도시 조성 및 산업진흥 등에 관한 법률 시행령") == "스마트도시 조성 및 산업진흥 등에 관한 법률 시행령"
    assert law_name("국제개발협력기본법") == "국제개발협력기본법"


def test_article_and_list_questions_are_recognised():
    assert asks_article(analyze("스마트도시법에서 국가시범도시 지정은 몇 조에 규정되어 있나요?"))
    assert asks_article(analyze("국가시범도시 지정의 근거 조항은?"))
    assert asks_article(analyze("Which article of the Smart City Act covers overseas expansion?"))
    assert asks_article(analyze("What is the Smart City Act's article on overseas expansion support?"))
    assert not asks_article(analyze("스마트도시위원회의 위원장은 누구인가요?"))
    assert not asks_article(analyze("스마트도시법 제30조는 어떤 내용을 규정하나요?"))  # names its article: asks what it says
    assert asks_list(analyze("K-City Network 공모 유형은 무엇인가요?"))
    assert not asks_list(analyze("클락 스마트시티 사업의 발주처는 어디인가요?"))


def test_list_items_of_a_law_sentence_with_numbered_items():
    text = "위원회는 다음 각 호의 사항을 심의한다. 1. 종합계획의 수립 2. 국가시범도시의 지정 3. 그 밖의 사항"
    assert list_items(text) == ["1. 종합계획의 수립", "2. 국가시범도시의 지정", "3. 그 밖의 사항"]
    assert list_items("한 문장일 뿐이다.") == []


def test_clause_of_keeps_the_clause_with_the_answer_and_marks_cuts():
    text = ("위원회는 위원장 1명을 포함한 20명 이내의 위원으로 구성하고, 위원회의 위원장은 국토교통부장관이 되며, "
            "위원은 관계 중앙행정기관의 차관급 공무원과 스마트도시에 관한 학식과 경험이 풍부한 사람 중에서 위촉한다.")
    start = text.index("국토교통부장관")
    # the clause holding the answer; a clause under 40 characters is read with a neighbour that fits the limit
    assert clause_of(text, start, start + 7, limit=30) == "… 위원회의 위원장은 국토교통부장관이 되며, …"
    assert clause_of(text, start, start + 7, limit=60) == \
        "위원회는 위원장 1명을 포함한 20명 이내의 위원으로 구성하고, 위원회의 위원장은 국토교통부장관이 되며, …"
    assert clause_of(text, start, start + 7) == text  # the whole sentence fits the default 160
    assert clause_of("짧은 문장이다.", 0, 2) == "짧은 문장이다."


def test_a_span_loses_the_particle_its_last_word_carries():
    assert strip_particle("국토교통부장관이") == "국토교통부장관"
    assert strip_particle("대통령이 위촉한 1명을") == "대통령이 위촉한 1명"
    assert strip_particle("3층으로") == "3층"
    assert strip_particle("아시아") == "아시아" and strip_particle("나이") == "나이"  # the word keeps two characters
