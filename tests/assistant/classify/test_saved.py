"""The fitted classifier kept on disk: reloaded, it classifies exactly as the one fitted."""
from __future__ import annotations

import pytest

from assistant.classify import saved
from assistant.classify.classifier import OfflineClassifier, ProjectInput
from assistant.classify.knn import load_examples
from kb.settings import load_settings
from kb.store import KnowledgeBase
from kb.taxonomy import load_taxonomy

PROJECTS = [ProjectInput("p1", "베트남 다낭 스마트 교통신호 시스템 구축", "KOICA 무상원조로 다낭시 교차로에 교통신호 제어 시스템 구축"),
            ProjectInput("p2", "세종 자율주행 셔틀 실증", "세종시 BRT 구간에서 자율주행 셔틀을 실증 운행하는 사업")]


def _refuse():
    raise AssertionError("refitted although a fitted classifier was saved under this key")


def test_a_saved_classifier_classifies_exactly_as_the_fitted_one(lexical_index, tmp_path):
    kb = KnowledgeBase.open(load_settings(index_dir=lexical_index, embedder="none", environ={}), check_embedder=False)
    fit = lambda: OfflineClassifier(load_taxonomy(), load_examples()[:120], None, kb)  # noqa: E731
    fitted = saved.load_or_fit(tmp_path, "k1", fit, None, kb)
    assert [p.name for p in tmp_path.iterdir()] == ["classifier-k1.pickle"]
    loaded = saved.load_or_fit(tmp_path, "k1", _refuse, None, kb)
    assert loaded is not fitted and loaded.kb_evidence.kb is kb  # the index is attached again, not pickled
    assert [loaded.classify(p).to_json() for p in PROJECTS] == [fitted.classify(p).to_json() for p in PROJECTS]
    assert fitted.kb_evidence.kb is kb  # saving left the fitted object whole


def test_another_key_refits_and_replaces_the_old_file(tmp_path):
    fit = lambda: OfflineClassifier(load_taxonomy(), load_examples()[:60])  # noqa: E731
    saved.load_or_fit(tmp_path, "old", fit, None, None)
    saved.load_or_fit(tmp_path, "new", fit, None, None)
    assert [p.name for p in tmp_path.iterdir()] == ["classifier-new.pickle"]
    (tmp_path / "classifier-new.pickle").write_bytes(b"damaged")
    assert saved.load_or_fit(tmp_path, "new", fit, None, None).classify(PROJECTS[0]).labels


def test_the_key_follows_the_settings_and_the_examples():
    assert saved.fitted_key(["a", [("p1", "t")]]) == saved.fitted_key(["a", [("p1", "t")]])
    assert saved.fitted_key(["a", [("p1", "t")]]) != saved.fitted_key(["a", [("p1", "u")]])
