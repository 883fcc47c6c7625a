"""A small evaluation run writes report.json, report.md and report.html with their plots."""
import json

from click.testing import CliRunner

from assistant.cli import main
from eval import harness
from kb.settings import load_settings


ITEMS = [  # two questions quoting their passage (found first), one whose evidence is in no passage, one unanswerable
    {"id": "h1", "question": "국토교통부장관은 국가도시재생기본방침을 10년마다 수립하여야 하며 5년마다 재검토",
     "lang": "ko", "answerable": True, "doc_id": "law_urban_regeneration_act", "evidence": ["기본방침을 10년마다 수립"],
     "key_facts": ["10년마다"], "reference": "10년마다 수립합니다."},
    {"id": "h2", "question": "도시·군기본계획에 스마트도시계획의 내용이 반영되어 있는 경우 국토교통부장관의 승인을 받아 "
                             "스마트도시계획을 수립하지 아니할 수 있다", "lang": "ko", "answerable": True,
     "doc_id": "law_smart_city_act", "evidence": ["승인을 받아 스마트도시계획을 수립하지 아니할 수 있다"],
     "key_facts": ["승인"], "reference": "승인을 받아 수립하지 않을 수 있습니다."},
    {"id": "h3", "question": "스마트도시계획은 누가 수립하나요?", "lang": "ko", "answerable": True,
     "doc_id": "law_smart_city_act", "evidence": ["어느 문서에도 없는 증거 문장"], "key_facts": ["시장"], "reference": "-"},
    {"id": "h4", "question": "화성 식민지의 스마트도시 예산은 얼마인가요?", "lang": "ko", "answerable": False,
     "doc_id": None, "evidence": [], "key_facts": [], "reference": ""},
]


def test_retrieval_figures_on_a_tiny_dataset(lexical_index, tmp_path):
    datasets = tmp_path / "datasets"
    datasets.mkdir()
    (datasets / "qa.jsonl").write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS), "utf-8")
    settings = load_settings(index_dir=lexical_index, environ={})
    folder = harness.run(settings, datasets=datasets, out_root=tmp_path / "reports", parts=["retrieval"])
    report = json.loads((folder / "report.json").read_text("utf-8"))
    for mode in ("hybrid", "lexical"):
        overall = report["retrieval"][mode]["overall"]
        assert (overall["n"], overall["recall@1"], overall["recall@10"], overall["mrr"]) == (3, 0.6667, 0.6667, 0.6667)
        assert report["retrieval"][mode]["recall_curve"] == [0.6667] * 20
    rows = [json.loads(line) for line in (folder / "rows.jsonl").read_text("utf-8").splitlines()]
    assert [(r["id"], r["first_relevant"], r["mrr"]) for r in rows] == [("h1", 1, 1.0), ("h2", 1, 1.0), ("h3", None, 0.0)]
    assert report["headline"]["retrieval.hybrid.mrr"] == 0.6667


def test_small_run_writes_all_report_files(lexical_index, tmp_path):
    settings = load_settings(index_dir=lexical_index, environ={})
    folder = harness.run(settings, out_root=tmp_path, parts=["retrieval", "answers"], limit=12)
    assert {p.name for p in folder.iterdir()} >= {"report.json", "report.md", "report.html", "rows.jsonl",
                                                   "recall_at_k.png", "latency.png"}
    report = json.loads((folder / "report.json").read_text("utf-8"))
    assert set(report["retrieval"]) == {"hybrid", "lexical"}  # no dense index: no dense mode
    assert report["retrieval"]["hybrid"]["overall"]["n"] == 12  # the first 12 questions are all answerable
    assert len(report["retrieval"]["hybrid"]["recall_curve"]) == 20
    assert report["answers"]["overall"]["n"] == 12
    assert "retrieval.hybrid.mrr" in report["headline"]
    html = (folder / "report.html").read_text("utf-8")
    assert "<table>" in html and 'src="recall_at_k.png"' in html
    assert (folder / "recall_at_k.png").read_bytes()[:4] == b"\x89PNG"


def test_compare_prints_deltas(lexical_index, tmp_path):
    settings = load_settings(index_dir=lexical_index, environ={})
    a = harness.run(settings, out_root=tmp_path / "a", parts=["retrieval"], limit=5)
    b = harness.run(settings, out_root=tmp_path / "b", parts=["retrieval"], limit=10)
    result = CliRunner().invoke(main, ["eval", "--compare", str(a), str(b)])
    assert result.exit_code == 0
    assert "retrieval.hybrid.mrr" in result.output and "B-A" in result.output.splitlines()[0]


def test_unknown_part_lists_choices(lexical_index, tmp_path):
    import pytest

    with pytest.raises(ValueError, match="choose from: retrieval, answers, classification"):
        harness.run(load_settings(index_dir=lexical_index, environ={}), out_root=tmp_path, parts=["speed"])
