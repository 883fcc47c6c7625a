"""The streamed BM25 builder reproduces bm25s's own index exactly."""
import bm25s
import numpy as np

from kb.lexical import LexicalIndex
from kb.tokenize import tokenize

TEXTS = ["스마트도시 건설사업의 시행자는 국가와 지방자치단체이다.", "쿠알라룸푸르 스마트 주차 실증", "",
         "스마트 스마트 스마트 도시 재생", "K-City Network 2020년 공모에 23개국 80건"]


def test_streamed_index_scores_like_bm25s(tmp_path):
    ours = LexicalIndex.build(TEXTS)
    ref = bm25s.BM25(k1=1.2, b=0.75)
    ref.index([tokenize(t) or ["\x00empty"] for t in TEXTS], show_progress=False)
    for query in ("스마트도시 시행자", "스마트 주차", "2020년 공모 23개국", "도시"):
        tokens = [t for t in tokenize(query) if t in ref.vocab_dict]
        assert np.allclose(ours.scores(query), ref.get_scores(tokens), atol=1e-5), query
    ours.save(tmp_path / "lex")
    assert np.array_equal(LexicalIndex.load(tmp_path / "lex").scores("스마트 주차"), ours.scores("스마트 주차"))
    assert ours.scores("없는단어").tolist() == [0.0] * 5


def test_grouped_scores_count_a_terms_best_variant_once():
    index = LexicalIndex.build(TEXTS)
    # "스마트도시" and "스마트 도시" are two spellings of one term: the group scores like its best variant
    best = np.maximum(index.scores("스마트도시"), index.scores("스마트 도시"))
    assert np.allclose(index.grouped_scores([("스마트도시", "스마트 도시")]), best)
    two = index.grouped_scores([("스마트도시", "스마트 도시"), ("쿠알라룸푸르",)])
    assert np.allclose(two, best + index.scores("쿠알라룸푸르"))
    assert (index.scores("스마트도시 스마트 도시") >= best).all() and two[1] > 0
