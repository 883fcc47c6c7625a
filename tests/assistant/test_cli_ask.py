from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from assistant.cli import main


@pytest.fixture()
def run(lexical_index, monkeypatch):
    monkeypatch.setenv("SMARTCITY_KB_EMBEDDER", "none")
    monkeypatch.delenv("SMARTCITY_KB_LLM", raising=False)

    def _run(*args, index=lexical_index):
        return CliRunner().invoke(main, ["--index", str(index), "ask", *args])
    return _run


def test_ask_json(run):
    result = run("국가도시재생기본방침은 몇 년마다 수립하나요?", "--json")
    assert result.exit_code == 0, result.output
    rec = json.loads(result.output)
    assert rec["abstained"] is False and "10년마다" in rec["answer"]
    assert rec["citations"][0]["doc_id"] == "law_urban_regeneration_act"


def test_ask_text_lists_citations(run):
    result = run("국가도시재생기본방침은 몇 년마다 수립하나요?")
    assert result.exit_code == 0
    assert "  [1] 도시재생 활성화 및 지원에 관한 특별법 (law_urban_regeneration_act) § 제4조" in result.output


def test_ask_with_doc_filter(run):
    result = run("스마트도시법에서 해외진출 지원 근거는?", "--doc", "law_smart_city_act", "--json")
    assert {c["doc_id"] for c in json.loads(result.output)["contexts"]} == {"law_smart_city_act"}


def test_batch_with_a_bad_line(run, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "1", "question": "국가도시재생기본방침은 몇 년마다 수립하나요?"}\n{oops\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("--batch", str(src), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "2 answers written to" in result.output and "1 line(s) with errors" in result.output
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert recs[0]["id"] == "1" and "10년마다" in recs[0]["answer"]
    assert recs[1]["error"].startswith("line 2: not JSON")


def test_empty_question_is_a_usage_error(run):
    result = run("  ")
    assert result.exit_code == 2 and "the question is empty" in result.output


def test_no_question_no_batch(run):
    result = run()
    assert result.exit_code == 2 and "give a QUESTION or --batch IN.jsonl" in result.output


def test_missing_index_names_ingest(run, tmp_path):
    result = run("질문", index=tmp_path / "none")
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: no index at {tmp_path / 'none'}; build it with: smartcity-kb ingest"
