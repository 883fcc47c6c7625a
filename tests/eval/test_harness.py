"""A small evaluation run writes report.json, report.md and report.html with their plots."""
import json

from click.testing import CliRunner

from assistant.cli import main
from eval import harness
from kb.settings import load_settings


def test_small_run_writes_all_report_files(lexical_index, tmp_path):
    settings = load_settings(index_dir=lexical_index, environ={})
    folder = harness.run(settings, out_root=tmp_path, parts=["retrieval", "answers"], limit=12)
    assert {p.name for p in folder.iterdir()} >= {"report.json", "report.md", "report.html", "rows.jsonl",
                                                   "recall_at_k.png", "latency.png"}
    report = json.loads((folder / "report.json").read_text("utf-8"))
    assert set(report["retrieval"]) == {"hybrid", "lexical"}  # no dense index: no dense mode
    assert 0.0 <= report["retrieval"]["hybrid"]["overall"]["mrr"] <= 1.0
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
