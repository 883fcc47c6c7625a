import pytest

from kb.fusion import reciprocal_rank_fusion
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
