"""What the answerer makes of the reader's span before it leads: item marks, inline enumerations, and units that
are cited titles rather than sentences (text from the bundled corpus)."""
from __future__ import annotations

from assistant.answer.extractive import enumeration, unmarked
from assistant.answer.passages import NOISE

KCN = ("2020~2021년 KCN은 도시개발형, 솔루션형, 솔루션 실증사업 세 가지 유형으로 구분하여 공모됐으나, 2022년에는 "
       "① 스마트도시 계획수립, ② 스마트솔루션 해외실증 사업 두 가지 유형으로 결과 발표됨(국토교통부 2022b).")


def _grown(text: str, span: str) -> str:
    start = text.index(span)
    return text[slice(*enumeration(text, *unmarked(text, start, start + len(span))))]


def test_one_item_of_an_inline_enumeration_grows_to_all_items():
    assert _grown(KCN, "스마트도시 계획수립") == "① 스마트도시 계획수립, ② 스마트솔루션 해외실증 사업 두 가지 유형"
    assert _grown(KCN, "① 스마트도시 계획수립, ② 스마트솔루션") == "① 스마트도시 계획수립, ② 스마트솔루션"
    assert _grown(KCN, "스마트도시 계획수립, ② 스마트솔루션") == "① 스마트도시 계획수립, ② 스마트솔루션"


def test_a_span_that_is_no_item_stays_as_it_is():
    assert _grown(KCN, "도시개발형, 솔루션형") == "도시개발형, 솔루션형"
    law = "위원은 다음 각 호의 자로 한다. 1. 국토교통부장관이 위촉한 자 2. 민간전문가"
    assert _grown(law, "국토교통부장관") == "국토교통부장관"  # the item runs on after the span
    assert _grown("그 결과 2022. 스마트도시 계획을 세웠다.", "스마트도시") == "스마트도시"  # "2022." marks no item


def test_a_leading_item_mark_is_no_part_of_the_answer():
    text = "③ 위원회의 위원장은 위원회를 대표한다."
    assert text[slice(*unmarked(text, 0, len("③ 위원회의 위원장")))] == "위원회의 위원장"


def test_a_cited_title_cut_off_from_its_reference_is_noise():
    assert NOISE.search("필리핀 클락 스마트시티 개발사업 타당성조사 보고서.")
    assert not NOISE.search("CDC는 타당성조사 보고서를 2022년에 받았다.")


def test_a_span_from_the_list_below_the_asking_sentence_gives_way():
    from assistant.answer.extractive import in_the_asking_part
    from assistant.answer.question import analyze
    from assistant.answer.span_reader import SpanAnswer

    text = ("③ 위원장은 국토교통부장관이 되고, 부위원장은 과학기술정보통신부차관 및 국토교통부차관으로 하며, 위원은 다음 각 호의 "
            "자로 한다. 1. 민간전문가 2. 대통령령으로 정하는 중앙행정기관의 차관")
    member, vice = text.index("중앙행정기관의 차관"), text.index("과학기술정보통신부차관")
    spans = [SpanAnswer(0, member, member + 10, 8.0), SpanAnswer(0, vice, vice + 11, 5.0)]
    q = analyze("스마트도시위원회의 부위원장은?")
    idf = {t: 1.0 for t in q.terms}
    assert in_the_asking_part(q, text, spans, idf) == [spans[1]]
    # a unit without numbered items keeps every span
    assert in_the_asking_part(q, KCN, spans, idf) == spans
