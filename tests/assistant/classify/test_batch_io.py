"""Reading project lists as people have them (.csv in Korean encodings, .xlsx, .jsonl; Korean or English headers,
no id) and writing the classified table (input columns kept, Korean names, reasons)."""
import csv
import io
import json

import openpyxl
import pytest

from assistant.classify.batch_io import BatchInputError, read_projects, read_table
from assistant.classify.batch_out import classify_file, summarize, table_rows, write_classifications
from assistant.classify.classifier import Classification, ProjectInput
from kb.taxonomy import CrosswalkEntry

ROWS = [("번호", "사업명", "사업내용"),
        ("a1", "하노이 스마트 교통", "KOICA가 하노이 교차로 신호를 개선한다."),
        ("a2", "", "")]


def _csv(path, rows, encoding):
    out = io.StringIO()
    csv.writer(out).writerows(rows)  # "3,200" quoted, as Excel writes it
    path.write_bytes(out.getvalue().encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["cp949", "euc-kr", "utf-8", "utf-8-sig"])
def test_csv_encodings_and_korean_headers(tmp_path, encoding):
    rows = read_projects(_csv(tmp_path / "in.csv", ROWS, encoding))
    assert rows[0].project == ProjectInput("a1", "하노이 스마트 교통", "KOICA가 하노이 교차로 신호를 개선한다.")
    assert rows[0].row == 2 and rows[0].values == {"번호": "a1", "사업명": "하노이 스마트 교통",
                                                    "사업내용": "KOICA가 하노이 교차로 신호를 개선한다."}
    assert rows[1].project is None and rows[1].id == "a2"
    assert rows[1].error == f"{tmp_path / 'in.csv'} 3행: 사업명과 사업내용이 비어 있습니다 (row 3: no title and no description)"


def test_no_id_column_gives_row_numbers_and_keeps_other_columns(tmp_path):
    path = _csv(tmp_path / "목록.csv", [("사업명", "사업내용", "국가", "사업비(백만원)"),
                                       ("다낭 상수도", "누수 감지 센서를 설치한다.", "베트남", "3,200"),
                                       ("세종 실증", "자율주행 셔틀을 실증한다.", "", "150.5")], "cp949")
    table = read_table(path, name="목록.csv")
    assert [r.id for r in table.rows] == ["2", "3"] and table.mapping == {
        "id": None, "title": "사업명", "description": "사업내용", "budget": "사업비(백만원)"}
    # a country column is read with the description: terse lists say there what the text leaves out
    assert table.rows[0].project.description == "누수 감지 센서를 설치한다.\n국가: 베트남"
    assert table.rows[1].project.description == "자율주행 셔틀을 실증한다."
    assert [r.budget for r in table.rows] == [3200.0, 150.5] and table.problems == []


@pytest.mark.parametrize("header", [("title", "description"), ("Project Title", "Project Description"),
                                    ("사업 명", "주요 내용"), ("과제명", "사업개요")])
def test_english_and_korean_header_aliases(tmp_path, header):
    path = _csv(tmp_path / "in.csv", [header, ("Kigali ITS", "Adaptive signals at 40 junctions.")], "utf-8")
    assert read_projects(path)[0].project == ProjectInput("2", "Kigali ITS", "Adaptive signals at 40 junctions.")


def test_title_only_rows_are_classified_from_the_title(tmp_path):
    table = read_table(_csv(tmp_path / "in.csv", [("사업명",), ("라오스 스마트 교통신호",)], "utf-8"), name="in.csv")
    assert table.rows[0].project == ProjectInput("2", "라오스 스마트 교통신호", "")
    assert table.problems == ["in.csv 2행: 사업내용이 없어 사업명만으로 분류했습니다 (row 2: classified from the title)"]


def test_a_title_row_above_the_header_is_skipped(tmp_path):
    path = _csv(tmp_path / "in.csv", [("2025년 ODA 사업 목록", "", ""), ("", "", ""), ("연번", "사업명", "사업내용"),
                                      ("1", "A", "a 사업")], "cp949")
    rows = read_projects(path)
    assert [(r.id, r.row, r.project.title) for r in rows] == [("1", 4, "A")]


def test_files_that_cannot_be_used_say_why_in_korean(tmp_path):
    empty = tmp_path / "빈.csv"
    empty.write_bytes(b"")
    with pytest.raises(BatchInputError) as err:
        read_table(empty, name="빈.csv")
    assert str(err.value) == "빈.csv: 빈 파일입니다 (the file is empty)"
    path = _csv(tmp_path / "in.csv", [("id", "notes"), ("1", "y")], "utf-8")
    with pytest.raises(BatchInputError) as err:
        read_table(path, name="in.csv")
    assert str(err.value) == ("in.csv: 사업명(title)이나 사업내용(description) 열이 없습니다. 찾은 열: id, notes "
                              "(no title or description column; found: id, notes)")
    header_only = _csv(tmp_path / "h.csv", [("사업명", "사업내용")], "utf-8")
    with pytest.raises(BatchInputError, match="h.csv: 제목 행 아래에 사업이 없습니다"):
        read_table(header_only, name="h.csv")


def test_unreadable_encoding_names_the_file(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(b"id,title,description\n1,\x80\x80,x\n")
    with pytest.raises(BatchInputError) as err:
        read_projects(path)
    assert str(err.value) == (f"{path}: 글자 인코딩을 읽을 수 없습니다. UTF-8 또는 CP949로 저장하세요 (unreadable text "
                              "encoding; expected UTF-8, UTF-8 with BOM, CP949 or EUC-KR)")


def test_unknown_extension_and_missing_file(tmp_path):
    with pytest.raises(BatchInputError, match=r"in.txt: 지원하지 않는 파일 형식\(.txt\)입니다.*use one of: .jsonl, .csv, .xlsx"):
        read_projects(tmp_path / "in.txt")
    with pytest.raises(BatchInputError, match="nope.csv: 파일이 없습니다 \\(no such file\\)"):
        read_projects(tmp_path / "nope.csv")


def test_jsonl_bad_lines_become_error_rows_and_id_is_optional(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "1", "title": "t", "description": "d"}\n{oops\n\n{"id": "3", "memo": "x"}\n'
                    '{"사업명": "세종", "사업내용": "실증"}\n', encoding="utf-8")
    table = read_table(path, name="in.jsonl")
    rows = table.rows
    assert rows[0].project == ProjectInput("1", "t", "d")
    assert rows[1].error.startswith("in.jsonl 2행: JSON 객체가 아닙니다 (line 2: not a JSON object")
    assert rows[2].error == "in.jsonl 4행: title·description 항목이 없습니다 (line 4: no title or description)"
    assert rows[2].id == "3" and rows[3].project == ProjectInput("5", "세종", "실증")
    assert len(table.problems) == 2


def test_xlsx_first_sheet_or_the_named_one(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ID", "제목", "개요"])
    sheet.append([7, "클락 통합운영센터", "클락에 통합운영센터를 구축한다."])
    sheet.append([None, None, None])
    other = book.create_sheet("2025")
    other.append(["Title", "Description"])
    other.append(["Hue heritage app", "A visitor app."])
    book.save(tmp_path / "in.xlsx")
    assert [r.project for r in read_projects(tmp_path / "in.xlsx")] == [
        ProjectInput("7", "클락 통합운영센터", "클락에 통합운영센터를 구축한다.")]
    assert read_projects(tmp_path / "in.xlsx", sheet="2025")[0].project == ProjectInput("2", "Hue heritage app",
                                                                                       "A visitor app.")
    with pytest.raises(BatchInputError, match="in.xlsx: '2024' 시트가 없습니다. 있는 시트: Sheet, 2025"):
        read_table(tmp_path / "in.xlsx", sheet="2024", name="in.xlsx")


RESULT = Classification("a1", {"project_type": "solution_deployment", "sector": ["mobility", "safety_disaster"],
                               "region": "overseas_developing"},
                        {"project_type": 0.8, "sector": 0.7, "region": 0.99},
                        {"project_type": ("근거: '…신호를 개선한다.' (사업내용)", "유사 사례: 다낭 교통신호 (솔루션 구축형)")},
                        CrosswalkEntry("솔루션형", "우수 솔루션"), ("region",))


def test_table_keeps_input_columns_then_korean_results(tmp_path):
    table = read_table(_csv(tmp_path / "in.csv", ROWS, "utf-8"), name="in.csv")
    record = {**RESULT.to_json(), "row": 2}
    header, rows = table_rows([record], table)
    assert header[:10] == ["행", "번호", "사업명", "사업내용", "사업유형 ID", "사업유형", "사업유형 신뢰도", "사업유형 검토",
                           "사업유형 근거", "분야 ID"]
    row = dict(zip(header, rows[0]))
    assert (row["행"], row["사업명"], row["사업유형"], row["사업유형 신뢰도"]) == (2, "하노이 스마트 교통", "솔루션 구축형", 0.8)
    assert row["분야 ID"] == "mobility;safety_disaster" and row["분야"] == "교통·모빌리티; 안전·방재·방범"
    assert row["사업유형 근거"] == "근거: '…신호를 개선한다.' (사업내용) / 유사 사례: 다낭 교통신호 (솔루션 구축형)"
    assert row["대상지역 검토"] == "검토 필요" and row["사업유형 검토"] == "" and row["검토 필요 항목"] == "대상지역"
    assert (row["KCN 유형"], row["수출모델"]) == ("솔루션형", "우수 솔루션")


def test_an_input_column_named_like_a_result_column_keeps_both(tmp_path):
    path = _csv(tmp_path / "in.csv", [("사업명", "사업내용", "사업유형"), ("a", "b", "무상")], "utf-8")
    header, rows = table_rows([RESULT.to_json()], read_table(path))
    assert "사업유형" in header and "사업유형 (분류)" in header
    assert dict(zip(header, rows[0]))["사업유형"] == "무상" and header[1] == "id"  # generated ids shown


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".xlsx"])
def test_write_by_extension(tmp_path, suffix):
    path = tmp_path / f"out{suffix}"
    failed = Classification.failed("a2", "빈 행")
    assert write_classifications(path, [RESULT, failed]) == 2
    if suffix == ".jsonl":
        lines = [json.loads(x) for x in path.read_text("utf-8").splitlines()]
        assert lines[0]["labels"]["sector"] == ["mobility", "safety_disaster"] and lines[1]["error"] == "빈 행"
        assert lines[0]["crosswalk"] == {"kcn_type": "솔루션형", "export_model": "우수 솔루션", "crs": []}
    elif suffix == ".csv":
        text = path.read_text("utf-8-sig").splitlines()
        assert text[0].startswith("행,id,사업명,사업유형 ID,사업유형,사업유형 신뢰도,사업유형 검토,사업유형 근거,분야 ID")
        assert "mobility;safety_disaster" in text[1]
    else:
        sheet = openpyxl.load_workbook(path)["분류 결과"]
        header = [c.value for c in sheet[1]]
        assert header[:3] == ["행", "id", "사업명"] and "KCN 유형" in header and header[-1] == "오류"
        assert sheet.cell(3, header.index("오류") + 1).value == "빈 행"


class _FakeClassifier:
    def classify_many(self, projects, progress=None):
        for p in projects:
            yield Classification(p.id, {"project_type": "rnd", "sector": ["energy"]}, {"project_type": 0.9},
                                 needs_review=("stage",) if p.id == "a1" else ())
            if progress:
                progress(1)


def test_classify_file_keeps_row_order_and_summarises(tmp_path):
    done = []
    src = _csv(tmp_path / "in.csv", ROWS + [("a3", "t", "d")], "cp949")
    summary = classify_file(src, tmp_path / "out.jsonl", _FakeClassifier(), progress=done.append)
    records = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    assert [(r["id"], r["row"], r["title"]) for r in records] == [("a1", 2, "하노이 스마트 교통"), ("a2", 3, None),
                                                                  ("a3", 4, "t")]
    assert records[1]["error"].endswith("3행: 사업명과 사업내용이 비어 있습니다 (row 3: no title and no description)")
    assert sum(done) == 3
    assert (summary.total, summary.errors, summary.needs_review) == (3, 1, 1)
    assert summary.label_counts["sector"] == {"energy": 2} and len(summary.problems) == 1
    assert summary.lines()[0] == ("3건: 분류 2, 오류 1, 검토 필요 1 (3 projects: 2 classified, 1 with errors, "
                                  "1 need review)")


def test_summarize_counts_sector_labels_individually():
    s = summarize([RESULT.to_json(), RESULT.to_json()])
    assert s.label_counts["sector"] == {"mobility": 2, "safety_disaster": 2} and s.review_counts == {"region": 2}
