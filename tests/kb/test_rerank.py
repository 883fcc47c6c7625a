"""The search reranker: its features on hand-made hits and the order a hand-set model gives."""
from __future__ import annotations

import json

import numpy as np
import pytest

from ingest.records import Chunk
from kb.records import DocInfo, Hit
from kb.rerank import FEATURES, Reranker, features, longest_in


def _hit(n: int, text: str, section: str, title: str, score: float, lexical: float | None, dense: float | None) -> Hit:
    chunk = Chunk(f"d{n}:c", f"d{n}", text, None, section, (section,), 0, len(text), title=title)
    doc = DocInfo(f"d{n}", title, "law", "", 2026, "ko", "", "", "md", 0, 1)
    return Hit(chunk, doc, score, lexical, dense, n)


HITS = [
    _hit(1, "국토교통부장관은 종합계획을 수립한다.", "제4조 (종합계획의 수립)", "스마트도시법", 2.0, 10.0, 0.80),
    _hit(2, "국토교통부장관은 국가시범도시를 지정할 수 있다. 지정 기간은 2026년까지이다.", "제35조 (국가시범도시의 지정 등)",
         "스마트도시법", 1.5, 5.0, None),
]
IDF = {"국가": 1.0, "가시": 2.0, "시범": 2.0, "범도": 2.0, "도시": 0.5, "지정": 1.5, "2026": 3.0}


def test_features_read_each_passage_against_the_best_candidate():
    x = features("국가시범도시 지정 2026", HITS, IDF)
    assert x.shape == (2, len(FEATURES))
    row = dict(zip(FEATURES, x[1]))
    assert row["fused_rel"] == pytest.approx(0.75) and row["lexical_rel"] == pytest.approx(0.5)
    assert row["dense"] == 0.0 and row["dense_gap"] == -1.0 and row["rank"] == 0.5
    total = sum(IDF.values())  # every question bigram weighs; 국가시범도시 지정 2026 has all seven
    assert row["body"] == pytest.approx(total / total)
    assert row["section"] == pytest.approx((total - 3.0) / total)  # the heading lacks 2026
    assert row["numbers"] == 1.0 and dict(zip(FEATURES, x[0]))["numbers"] == 0.0
    assert longest_in("국가시범도시지정", "국가시범도시를지정할") == 6


def test_a_model_reorders_and_renumbers(tmp_path):
    coef = np.zeros(len(FEATURES))
    coef[FEATURES.index("section")] = 5.0  # a model that trusts the heading
    path = tmp_path / "m.json"
    path.write_text(json.dumps(Reranker(coef, 0.0).to_json()), encoding="utf-8")
    out = Reranker.load(path).rerank("국가시범도시 지정", HITS, IDF)
    assert [h.chunk.doc_id for h in out] == ["d2", "d1"] and [h.rank for h in out] == [1, 2]
    bad = json.loads(path.read_text(encoding="utf-8"))
    bad["features"] = bad["features"][:-1]
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(ValueError, match="refit with: python -m eval.fit_reranker"):
        Reranker.load(path)
    assert Reranker.load(tmp_path / "missing.json") is None
