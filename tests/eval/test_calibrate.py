"""`smartcity-kb eval --calibrate` on small QA sets: the written thresholds follow the data."""
from __future__ import annotations

import json

import pytest

from assistant.answer.abstain import load_thresholds
from eval.calibrate import calibrate_and_write
from kb.settings import load_settings

ANSWERABLE = [
    "국가스마트도시위원회는 위원장·부위원장을 포함해 최대 몇 명으로 구성되나요?",
    "국가도시재생기본방침은 몇 년마다 수립하나요?",
    "K-City Network 해외실증형 사업은 몇 개 도시에서 추진되나요?",
    "스마트도시종합계획은 몇 년 단위로 수립하나요?",
]
NEAR_MISSES = [
    "스마트도시 통합운영센터 한 곳의 연간 운영 예산은 얼마인가요?",
    "국가시범도시 입주민의 평균 연령은 몇 세인가요?",
    "스마트도시위원회 위원의 연봉은 얼마인가요?",
]


def _write(path, questions: list[tuple[str, bool]]) -> None:
    lines = [json.dumps({"id": f"c{i}", "question": q, "lang": "ko", "answerable": ok, "split": "dev"},
                        ensure_ascii=False) for i, (q, ok) in enumerate(questions)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.slow
def test_calibration_writes_thresholds_that_follow_the_data(lexical_index, tmp_path):
    settings = load_settings(index_dir=lexical_index, embedder="none", environ={})
    only_answerable, with_misses = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    _write(only_answerable, [(q, True) for q in ANSWERABLE])
    _write(with_misses, [(q, True) for q in ANSWERABLE] + [(q, False) for q in NEAR_MISSES])
    path_a, th_a, _ = calibrate_and_write(settings, only_answerable, out=tmp_path / "a.json")
    path_b, th_b, report = calibrate_and_write(settings, with_misses, out=tmp_path / "b.json")
    # nothing to catch: no threshold is raised above zero; near misses to catch: some threshold is
    assert th_a == load_thresholds(path_a) and all(v == 0.0 for v in vars(th_a).values())
    assert th_b == load_thresholds(path_b) and any(v > 0.0 for v in vars(th_b).values())
    written = json.loads(path_b.read_text(encoding="utf-8"))
    assert written["on"] == "b.jsonl, split dev: 4 answerable, 3 unanswerable"
    assert set(written["decided_by_each"]) == {"min_coverage", "min_support"}
    assert report.startswith("dev: 4 answerable, 3 unanswerable; caught ")


def test_calibration_refuses_a_set_without_dev_items(tmp_path, lexical_index):
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps({"id": "x", "question": "질문", "split": "test"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no items with split \"dev\""):
        calibrate_and_write(load_settings(index_dir=lexical_index, embedder="none", environ={}), path,
                            out=tmp_path / "t.json")
