import pytest

from kb.fusion import reciprocal_rank_fusion, score_fusion
from kb.tokenize import Tokenizer, bigram_tokens, tokenize


def test_bigrams_ignore_broken_word_spacing():
    assert sorted(bigram_tokens("해외 진출")) == sorted(bigram_tokens("해외진출")) == ["외진", "진출", "해외"]


def test_one_syllable_words_are_kept():
    assert bigram_tokens("법 제30조") == ["법", "법제", "제", "30", "조"]


def test_latin_and_numbers_are_lowercased_tokens():
    assert bigram_tokens("K-City Network 104.7ha 1,300만") == ["k", "city", "network", "104.7", "ha", "1300", "만"]


def test_kiwi_keeps_content_morphemes():
    tokens = tokenize("스마트도시법에서 해외진출을 지원한다", Tokenizer.KIWI)
    assert "해외" in tokens and "지원" in tokens and "에서" not in tokens


def test_unknown_tokenizer_lists_choices():
    with pytest.raises(ValueError, match="bigram"):
        tokenize("x", "morpheme")


def test_rrf_scores_and_dedup():
    fused = reciprocal_rank_fusion([["a", "b", "a"], ["b", "c"]], k=60)
    assert [i for i, _ in fused] == ["b", "a", "c"]
    assert fused[0][1] == pytest.approx(1 / 62 + 1 / 61)
    assert fused[1][1] == pytest.approx(1 / 61)


def test_rrf_weights():
    fused = reciprocal_rank_fusion([["a"], ["b"]], weights=[0.25, 1.0], k=1)
    assert fused == [("b", 0.5), ("a", 0.125)]
    with pytest.raises(ValueError, match="1 weights for 2 rankings"):
        reciprocal_rank_fusion([["a"], ["b"]], weights=[1.0])


def test_score_fusion_normalises_each_ranking_by_mean_and_three_sigma():
    # lexical scores 9, 3, 0 (mean 4, sample sd sqrt(21)); cosines 0.9, 0.8 (mean 0.85, sd sqrt(0.005))
    fused = dict(score_fusion([[("a", 9.0), ("b", 3.0), ("c", 0.0)], [("b", 0.9), ("d", 0.8)]], weights=[1.0, 0.5]))
    sd1, sd2 = 21 ** 0.5, 0.005 ** 0.5
    assert fused["a"] == pytest.approx((9 - 4 + 3 * sd1) / (6 * sd1))
    assert fused["b"] == pytest.approx((3 - 4 + 3 * sd1) / (6 * sd1) + 0.5 * (0.9 - 0.85 + 3 * sd2) / (6 * sd2))
    assert fused["d"] == pytest.approx(0.5 * (0.8 - 0.85 + 3 * sd2) / (6 * sd2))
    assert [i for i, _ in score_fusion([[("a", 9.0), ("b", 3.0), ("c", 0.0)], [("b", 0.9), ("d", 0.8)]],
                                       weights=[1.0, 0.5])] == ["b", "a", "c", "d"]


def test_score_fusion_single_or_flat_rankings_and_duplicates():
    assert score_fusion([[("a", 2.0)], [("a", 0.3), ("b", 0.3)]]) == [("a", 1.0), ("b", 0.5)]
    assert score_fusion([[("a", 1.0), ("a", 5.0), ("b", 1.0)]]) == score_fusion([[("a", 5.0), ("b", 1.0)]])
    with pytest.raises(ValueError, match="1 weights for 2 rankings"):
        score_fusion([[("a", 1.0)], [("b", 1.0)]], weights=[1.0])
