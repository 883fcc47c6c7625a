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
            ",,k3\r\n")
    path.write_bytes(text.encode("cp949"))
    return path


def test_classify_cp949_csv_to_xlsx(lexical_index, projects_csv, tmp_path):
    out = tmp_path / "out.xlsx"
    result = _run(["classify", str(projects_csv), "--out", str(out)], lexical_index)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("3건: 분류 2, 오류 1, ")
    assert any(line.startswith("  region: ") and "overseas_developing 1" in line and "domestic 1" in line
               for line in lines)
    assert lines[-1] == f"written: {out}"
    assert f"{projects_csv} 4행: 사업명과 사업내용이 비어 있습니다 (row 4: no title and no description)" in result.stderr
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["분류 결과"]
    rows = [[c.value for c in row] for row in book.active.iter_rows()]
    header = rows[0]
    by_id = {r[header.index("번호")]: dict(zip(header, r)) for r in rows[1:]}
    assert header[:4] == ["행", "사업명", "사업내용", "번호"]
    assert by_id["k1"]["지원사업·재원 ID"] == "oda_grant" and by_id["k1"]["지원사업·재원"] == "무상원조 프로젝트"
    assert by_id["k1"]["대상지역 ID"] == "overseas_developing" and by_id["k1"]["분야 ID"].split(";")[0] == "water"
    assert by_id["k1"]["CRS 코드"].split("; ")[0] == "14021" and by_id["k1"]["DAC 분야"] == "140 식수·위생"
    assert by_id["k2"]["사업유형"] == "계획수립·자문형" and by_id["k2"]["대상지역 ID"] == "domestic"
    assert by_id["k2"]["KCN 유형"] is None  # a domestic project outside K-City Network
    assert by_id["k3"]["오류"].endswith("4행: 사업명과 사업내용이 비어 있습니다 (row 4: no title and no description)")


def test_report_adds_the_portfolio_sheets_and_needs_an_xlsx(lexical_index, projects_csv, tmp_path):
    out = tmp_path / "report.xlsx"
    result = _run(["classify", str(projects_csv), "--out", str(out), "--report"], lexical_index)
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[:3] == ["검토 필요", "분류 결과", "ODA 분야 비교"] and len(book.sheetnames) == 8
    assert sum(len(sheet._charts) for sheet in book.worksheets) == 5  # no budget column: counts only
    result = _run(["classify", str(projects_csv), "--out", str(tmp_path / "r.csv"), "--report"], lexical_index)
    assert result.exit_code == 2 and "--report needs an .xlsx OUT" in result.output


def test_a_list_without_id_column_gets_row_numbers(lexical_index, tmp_path):
    path = tmp_path / "목록.csv"
    path.write_bytes("사업명,사업내용\r\n하노이 교통신호,KOICA가 교차로 신호를 개선한다.\r\n".encode("cp949"))
    out = tmp_path / "out.jsonl"
    assert _run(["classify", str(path), "--out", str(out)], lexical_index).exit_code == 0
    record = json.loads(out.read_text("utf-8"))
    assert (record["id"], record["row"], record["title"]) == ("2", 2, "하노이 교통신호")


def test_classify_jsonl_out(lexical_index, projects_csv, tmp_path):
    out = tmp_path / "out.jsonl"
    assert _run(["classify", str(projects_csv), "--out", str(out)], lexical_index).exit_code == 0
    records = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    assert [r["id"] for r in records] == ["k1", "k2", "k3"]
    crosswalk = records[1]["crosswalk"]
    assert (crosswalk["kcn_type"], crosswalk["export_model"]) == (None, "법·제도·문화")
    assert [c["code"] for c in crosswalk["crs"]][:1] == ["43030"]


def test_single_project_prints_json(lexical_index):
    result = _run(["classify", "--title", "KSP 정책자문: 가나 아크라 스마트시티 전략",
                   "--description", "기획재정부 KSP로 가나 아크라의 스마트시티 추진 전략을 자문한다."], lexical_index)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["labels"]["program"] == "oda_consulting" and record["labels"]["region"] == "overseas_developing"


def test_missing_column_is_a_one_line_error(lexical_index, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("id,비고\n1,x\n", encoding="utf-8")
    result = _run(["classify", str(path), "--out", str(tmp_path / "o.csv")], lexical_index)
    assert result.exit_code == 1
    assert result.output == (f"Error: {path}: 사업명(title)이나 사업내용(description) 열이 없습니다. 찾은 열: id, 비고 "
                             "(no title or description column; found: id, 비고)\n")


def test_unreadable_encoding_and_missing_file(lexical_index, tmp_path):
    path = tmp_path / "p.csv"
    path.write_bytes(b"id,title,description\n1,\x80,\x80\n")
    result = _run(["classify", str(path), "--out", str(tmp_path / "o.csv")], lexical_index)
    assert result.exit_code == 1 and result.output == (
        f"Error: {path}: 글자 인코딩을 읽을 수 없습니다. UTF-8 또는 CP949로 저장하세요 (unreadable text encoding; "
        "expected UTF-8, UTF-8 with BOM, CP949 or EUC-KR)\n")
    missing = tmp_path / "none.csv"
    result = _run(["classify", str(missing), "--out", str(tmp_path / "o.csv")], lexical_index)
    assert result.exit_code == 1 and result.output == f"Error: {missing}: 파일이 없습니다 (no such file)\n"


def test_usage_errors(lexical_index, projects_csv):
    result = _run(["classify", str(projects_csv)], lexical_index)
    assert result.exit_code == 2 and "IN needs --out OUT (.jsonl, .csv or .xlsx)" in result.output
    result = _run(["classify", str(projects_csv), "--out", "x.txt"], lexical_index)
    assert result.exit_code == 1 and "x.txt: 지원하지 않는 파일 형식(.txt)입니다" in result.output


def test_works_without_an_index(tmp_path, projects_csv, caplog):
    out = tmp_path / "out.jsonl"
    result = _run(["classify", str(projects_csv), "--out", str(out)], tmp_path / "no-index")
    assert result.exit_code == 0, result.output
    assert "classifying without knowledge-base evidence" in caplog.text
    assert len(out.read_text("utf-8").splitlines()) == 3


def test_help_has_an_example():
    result = CliRunner().invoke(main, ["classify", "--help"])
    assert "Example" in result.output and "smartcity-kb classify projects.xlsx --out labelled.csv" in result.output
