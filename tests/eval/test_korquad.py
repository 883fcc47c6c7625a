from __future__ import annotations

import pytest

from eval import korquad as K


def test_official_normalisation_and_scores():
    assert K.normalize_answer("《창세기》 ") == "창세기"
    assert K.exact_match("〈창세기〉", ["창세기"]) == 1.0
    assert K.exact_match("창세기 6장", ["창세기"]) == 0.0
    # characters of "고페르나무" (5) against "고페르나무잣나무" (8, the brackets removed): 5 shared;
    # precision 5/5, recall 5/8 → F1 = 2·1·0.625/1.625
    assert K.f1("고페르나무", ["고페르나무(잣나무)"]) == pytest.approx(2 * 0.625 / 1.625)
    assert K.f1("다른 답", ["창세기"]) == 0.0


def _question(context: str, answer: str, start: int) -> K.KQuestion:
    return K.KQuestion("q1", "질문", (answer,), "kq000", 0, context, start, 0)


def test_a_passage_is_relevant_when_it_holds_the_answer_where_the_paragraph_has_it():
    context = "노아는 배를 만들었다. 방주는 3층이었다. 다른 배도 3층이었다."
    q = _question(context, "3층", context.index("3층"))
    assert K.is_relevant(q, "kq000", "방주는 3층이었다.")
    assert not K.is_relevant(q, "kq000", "다른 배도 3층이었다.")  # the same words elsewhere
    assert not K.is_relevant(q, "kq001", "방주는 3층이었다.")  # another article


def test_folds_split_articles_and_the_corpus_is_written_as_text(tmp_path):
    assert [K.fold_of(a) for a in range(7)] == [0, 1, 2, 3, 4, 0, 1]
    arts = [K.KArticle("kq000", "노아의 방주", ("첫 문단.", "둘째 문단."), 0)]
    folder = K.write_corpus(arts, tmp_path)
    assert (folder / "kq000.txt").read_text(encoding="utf-8") == "첫 문단.\n\n둘째 문단.\n"
    assert "kq000.txt\treport\t노아의 방주" in (folder / "MANIFEST.tsv").read_text(encoding="utf-8")


def test_the_korquad_part_loads_with_its_4446_questions():
    articles, questions = K.load()
    assert (len(articles), len(questions)) == (100, 4446)
    assert questions[0].context[questions[0].answer_start:].startswith(questions[0].answers[0])
