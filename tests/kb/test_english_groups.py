"""Which questions are searched through the glossary: English ones, also when they quote Korean terms."""
from kb.store import english_groups


def test_an_english_question_quoting_a_korean_term_is_searched_as_english_with_the_term_as_it_is():
    groups = english_groups("Under the EDCF Act's article on handling profits and losses (이익 및 결손의 처리), "
                            "what happens to a year-end settlement profit of the fund?")
    assert groups == (("EDCF", "대외경제협력기금"), ("법률", "법"), ("조",), ("처리",), ("이익",), ("손실",), ("happens",),
                      ("year-end",), ("청산", "정착"), ("이익",), ("펀드", "기금"),
                      ("이익 및 결손의 처리",))  # the quoted Korean, whole, after the English words' terms


def test_a_korean_question_naming_english_titles_stays_korean():
    assert english_groups("필리핀 클락 District 4의 전체 면적은 얼마이고, KCN 단계에서 CDC와 합의해 몇 ha로 줄였나요?") is None
    assert english_groups("ESP의 Standard series는 몇년도에 단종되었는가?") is None
    assert english_groups("스마트도시법 제35조는?") is None


def test_a_plain_english_question_gets_the_glossarys_korean_variants():
    assert english_groups("What is the budget of KCN?") == (("예산", "사업비"), ("KCN", "K-City 네트워크", "K-City Network"))


def test_search_and_answers_share_one_rule_for_english():
    from assistant.answer.question import language_of
    from kb.translate import is_english

    # (question, English?) — an all-capital acronym is no English word; a quoted Korean term keeps a question English
    cases = [("KCN ODA 사업 예산은?", False), ("What does 스마트도시법 제35조 say?", True), ("Who are the project implementers (사업시행자)?", True),
             ("ESP의 Standard series는 몇년도에 단종되었는가?", False), ("2022?", True), ("KCN", True)]
    for question, english in cases:
        assert is_english(question) is english, question
        assert language_of(question) == ("en" if english else "ko"), question
        assert (english_groups(question) is not None) is english, question
