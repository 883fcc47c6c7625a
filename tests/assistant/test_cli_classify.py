"""`smartcity-kb classify`: files in, files out, summary, one-line errors."""
import json

import openpyxl
import pytest
from click.testing import CliRunner

from assistant.cli import main

ENV = {"SMARTCITY_KB_EMBEDDER": "none", "SMARTCITY_KB_LLM": ""}


def _run(args, index):
    return CliRunner().invoke(main, ["--index", str(index), *args], env=ENV)


@pytest.fixture()
def projects_csv(tmp_path):
    path = tmp_path / "projects.csv"
    text = ("사업명,사업내용,번호\r\n"
            "베트남 다낭 스마트 상수도 구축 (KOICA),KOICA 무상원조로 다낭시 상수도 누수 감지 센서를 설치한다.,k1\r\n"
            "세종 스마트시티 타당성조사,세종시 신규 지구의 스마트시티 타당성조사와 기본계획을 수립한다.,k2\r\n"
            "설명 없음,,k3\r\n")
    path.write_bytes(text.encode("cp949"))
    return path


def test_classify_cp949_csv_to_xlsx(lexical_index, projects_csv, tmp_path):
    out = tmp_path / "out.xlsx"
    result = _run(["classify", str(projects_csv), "--out", str(out)], lexical_index)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("3 projects: 2 classified, 1 with errors, ")
    assert any(line.startswith("  region: ") and "overseas_developing 1" in line and "domestic 1" in line
               for line in lines)
    assert lines[-1] == f"written: {out}"
    sheet = openpyxl.load_workbook(out).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = rows[0]
    by_id = {r[0]: dict(zip(header, r)) for r in rows[1:]}
    assert by_id["k1"]["program"] == "oda_grant" and by_id["k1"]["region"] == "overseas_developing"
    assert by_id["k1"]["sector"].split(";")[0] == "water"
    assert by_id["k2"]["project_type"] == "planning_consulting" and by_id["k2"]["region"] == "domestic"
    assert by_id["k3"]["error"] == "the description is empty"


def test_classify_jsonl_out(lexical_index, projects_csv, tmp_path):
    out = tmp_path / "out.jsonl"
    assert _run(["classify", str(projects_csv), "--out", str(out)], lexical_index).exit_code == 0
    records = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    assert [r["id"] for r in records] == ["k1", "k2", "k3"]
    assert records[1]["crosswalk"] == {"kcn_type": "계획수립 (도시개발형 또는 솔루션형 계획수립)", "export_model": "법·제도·문화"}


def test_single_project_prints_json(lexical_index):
    result = _run(["classify", "--title", "KSP 정책자문: 가나 아크라 스마트시티 전략",
                   "--description", "기획재정부 KSP로 가나 아크라의 스마트시티 추진 전략을 자문한다."], lexical_index)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["labels"]["program"] == "oda_consulting" and record["labels"]["region"] == "overseas_developing"


def test_missing_column_is_a_one_line_error(lexical_index, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("id,title\n1,x\n", encoding="utf-8")
    result = _run(["classify", str(path), "--out", str(tmp_path / "o.csv")], lexical_index)
    assert result.exit_code == 1
    assert result.output == f"Error: {path}: missing column 'description' (found: id, title)\n"


def test_unreadable_encoding_and_missing_file(lexical_index, tmp_path):
    path = tmp_path / "p.csv"
    path.write_bytes(b"id,title,description\n1,\x80,\x80\n")
    result = _run(["classify", str(path), "--out", str(tmp_path / "o.csv")], lexical_index)
    assert result.exit_code == 1 and result.output == (
        f"Error: {path}: unreadable text encoding (expected UTF-8, UTF-8 with BOM, CP949 or EUC-KR)\n")
    missing = tmp_path / "none.csv"
    result = _run(["classify", str(missing), "--out", str(tmp_path / "o.csv")], lexical_index)
    assert result.exit_code == 1 and result.output == f"Error: {missing}: no such file\n"


def test_usage_errors(lexical_index, projects_csv):
    result = _run(["classify", str(projects_csv)], lexical_index)
    assert result.exit_code == 2 and "IN needs --out OUT (.jsonl, .csv or .xlsx)" in result.output
    result = _run(["classify", str(projects_csv), "--out", "x.txt"], lexical_index)
    assert result.exit_code == 1 and "x.txt: unknown file type .txt; use one of: .jsonl, .csv, .xlsx" in result.output


def test_works_without_an_index(tmp_path, projects_csv, caplog):
    out = tmp_path / "out.jsonl"
    result = _run(["classify", str(projects_csv), "--out", str(out)], tmp_path / "no-index")
    assert result.exit_code == 0, result.output
    assert "classifying without knowledge-base evidence" in caplog.text
    assert len(out.read_text("utf-8").splitlines()) == 3


def test_help_has_an_example():
    result = CliRunner().invoke(main, ["classify", "--help"])
    assert "Example" in result.output and "smartcity-kb classify projects.xlsx --out labelled.csv" in result.output
