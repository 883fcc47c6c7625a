"""Input limits and writer-lock options on the command line: refused before any heavy work, one line each."""
from __future__ import annotations

import json
import time

import pytest
from click.testing import CliRunner

from assistant.cli import main
from kb.lock import WriterLock

TOO_LONG = ("질문이 너무 깁니다: 200,000자 (최대 2,000자) — question too long: 200,000 characters, limit 2,000 "
            "(setting max_question_chars)")


def _run(*args, env=None):
    return CliRunner().invoke(main, list(args), env={"SMARTCITY_KB_EMBEDDER": "none", "SMARTCITY_KB_LLM": "",
                                                     **(env or {})})


def test_an_oversized_question_is_refused_before_the_index_is_opened(tmp_path):
    started = time.monotonic()
    result = _run("--index", str(tmp_path / "no-index"), "ask", "가" * 200_000)  # no index needed to refuse
    assert time.monotonic() - started < 5  # measured (well under 1 s) by benchmarks/faults.py
    assert (result.exit_code, result.output) == (1, f"Error: {TOO_LONG}\n")
    result = _run("--index", str(tmp_path / "no-index"), "search", "가" * 200_000)
    assert (result.exit_code, result.output) == (1, f"Error: {TOO_LONG}\n")


def test_the_limit_is_a_setting(tmp_path):
    result = _run("--index", str(tmp_path / "i"), "ask", "스마트도시법의 목적은?", env={"SMARTCITY_KB_MAX_QUESTION_CHARS": "5"})
    assert result.output == ("Error: 질문이 너무 깁니다: 12자 (최대 5자) — question too long: 12 characters, limit 5 "
                             "(setting max_question_chars)\n")
    result = _run("--index", str(tmp_path / "i"), "ask", "질문", env={"SMARTCITY_KB_MAX_QUESTION_CHARS": "many"})
    assert (result.exit_code, result.output) == (1, "Error: max_question_chars must be a number (int), not 'many'\n")


def test_a_batch_answers_its_lines_and_refuses_only_the_oversized_one(lexical_index, tmp_path):
    batch = tmp_path / "q.jsonl"
    batch.write_text("\n".join([json.dumps({"id": "a", "question": "국가도시재생기본방침은 몇 년마다 수립하나요?"}),
                                json.dumps({"id": "b", "question": "가" * 200_000}), "",
                                json.dumps({"id": "c", "question": ""}),
                                json.dumps({"id": "d", "question": "국가도시재생기본방침은 몇 년마다 수립하나요?"})]),
                     encoding="utf-8")
    out = tmp_path / "a.jsonl"
    result = _run("--index", str(lexical_index), "ask", "--batch", str(batch), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"4 answers written to {out}; 2 line(s) with errors\n"
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a", "b", "c", "d"]
    assert records[1]["error"] == f"line 2: {TOO_LONG}" and records[1]["question"] == "가" * 200 + "…"
    assert records[2]["error"].startswith("line 4: no question")  # line numbers still count the blank line
    assert "10년마다" in records[0]["answer"] and records[3]["answer"] == records[0]["answer"]


def test_a_batch_of_too_many_rows_is_refused_whole(lexical_index, tmp_path):
    batch = tmp_path / "q.jsonl"
    batch.write_text("\n".join(json.dumps({"id": str(i), "question": "질문"}) for i in range(3)), encoding="utf-8")
    result = _run("--index", str(lexical_index), "ask", "--batch", str(batch), "--out", str(tmp_path / "a.jsonl"),
                  env={"SMARTCITY_KB_MAX_BATCH_ROWS": "2"})
    assert (result.exit_code, result.output) == (1, f"Error: {batch}: 행이 너무 많습니다: 3행 (최대 2행) — too many rows: "
                                                    "3, limit 2 (setting max_batch_rows); split the file\n")
    assert not (tmp_path / "a.jsonl").exists()


def test_classify_refuses_an_oversized_description_before_building_the_classifier(tmp_path):
    started = time.monotonic()
    result = _run("--index", str(tmp_path / "i"), "classify", "--title", "사업", "--description", "가" * 10_001)
    assert time.monotonic() - started < 5  # measured (well under 1 s) by benchmarks/faults.py
    assert (result.exit_code, result.output) == (1, "Error: 사업 내용이 너무 깁니다: 10,001자 (최대 10,000자) — "
                                                    "description too long: 10,001 characters, limit 10,000 "
                                                    "(setting max_description_chars)\n")


def test_classify_batch_marks_the_oversized_row_and_refuses_too_many(tmp_path):
    from assistant.classify.batch_io import read_projects, within_limits
    from kb.limits import InputTooLarge
    from kb.settings import load_settings

    src = tmp_path / "p.csv"
    src.write_text(f"id,사업명,사업내용\nA1,가로등,IoT 가로등 설치\nA2,긴 사업,{'가' * 30}\n", encoding="utf-8")
    rows = within_limits(read_projects(src), src, load_settings(environ={"SMARTCITY_KB_MAX_DESCRIPTION_CHARS": "20"}))
    assert [(r.id, r.project is not None) for r in rows] == [("A1", True), ("A2", False)]
    assert rows[1].error.startswith("사업 내용이 너무 깁니다: 30자 (최대 20자)")
    with pytest.raises(InputTooLarge, match=r"p\.csv: 행이 너무 많습니다: 2행 \(최대 1행\)"):
        within_limits(rows, src, load_settings(environ={"SMARTCITY_KB_MAX_BATCH_ROWS": "1"}))
    result = _run("classify", str(src), "--out", str(tmp_path / "o.csv"), env={"SMARTCITY_KB_MAX_BATCH_ROWS": "1"})
    assert (result.exit_code, result.output) == (1, f"Error: {src}: 행이 너무 많습니다: 2행 (최대 1행) — too many rows: 2, "
                                                    "limit 1 (setting max_batch_rows); split the file\n")


def test_a_file_over_the_size_limit_is_skipped_with_its_reason(tmp_path, corpus_dir):
    result = _run("--index", str(tmp_path / "i"), "ingest", str(corpus_dir / "law_smart_city_act_rule.md"),
                  env={"SMARTCITY_KB_MAX_FILE_MB": "0.001"})
    assert result.exit_code == 1
    assert result.output == (f"Error: nothing could be ingested: corpus/law_smart_city_act_rule.md: 파일이 너무 큽니다 "
                             f"(file too large): 0.0 MB > 0.001 MB (setting max_file_mb, SMARTCITY_KB_MAX_FILE_MB)\n")


def test_ingest_without_waiting_fails_naming_the_writer(tmp_path, corpus_dir):
    index = tmp_path / "index"
    with WriterLock(index, 0, what="nightly job"):
        started = time.monotonic()
        result = _run("--index", str(index), "ingest", "--no-wait", str(corpus_dir / "law_smart_city_act_rule.md"))
        assert time.monotonic() - started < 10  # not the default 600 s wait
        result_wait = _run("--index", str(index), "ingest", "--lock-timeout", "0.3",
                           str(corpus_dir / "law_smart_city_act_rule.md"))
    assert result.exit_code == 1 and len(result.output.splitlines()) == 1
    assert result.output.startswith("Error: 다른 작업이 색인을 쓰는 중입니다: pid ") and "~ (nightly job) — " in result.output
    assert result_wait.exit_code == 1
    assert "Error: 0.3초를 기다렸지만 다른 작업이 아직 색인을 쓰고 있습니다: pid " in result_wait.output
    assert not (index / "manifest.json").exists()


def test_an_unwritable_output_is_one_line(lexical_index, tmp_path):
    batch = tmp_path / "q.jsonl"
    batch.write_text(json.dumps({"id": "a", "question": "질문"}), encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = _run("--index", str(lexical_index), "ask", "--batch", str(batch), "--out", str(blocker / "out.jsonl"))
    assert (result.exit_code, result.output) == (1, f"Error: {blocker / 'out.jsonl'}: Not a directory\n")
