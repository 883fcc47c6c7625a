"""Reading project lists (.jsonl/.csv/.xlsx, Korean encodings and headers) and writing classifications."""
import json

import openpyxl
import pytest

from assistant.classify.batch_io import (BatchInputError, classify_file, flat_row, read_projects, summarize,
                                write_classifications)
from assistant.classify.classifier import Classification, ProjectInput

ROWS = [("번호", "사업명", "사업내용"),
        ("a1", "하노이 스마트 교통", "KOICA가 하노이 교차로 신호를 개선한다."),
        ("a2", "세종 타당성조사", "")]


def _csv(path, rows, encoding):
    path.write_bytes("\r\n".join(",".join(r) for r in rows).encode(encoding) + b"\r\n")
    return path


@pytest.mark.parametrize("encoding", ["cp949", "euc-kr", "utf-8", "utf-8-sig"])
def test_csv_encodings_and_korean_headers(tmp_path, encoding):
    rows = read_projects(_csv(tmp_path / "in.csv", ROWS, encoding))
    assert rows[0].project == ProjectInput("a1", "하노이 스마트 교통", "KOICA가 하노이 교차로 신호를 개선한다.")
    assert rows[1].project is None and rows[1].id == "a2" and rows[1].error == "the description is empty"


def test_missing_column_names_column_and_file(tmp_path):
    path = _csv(tmp_path / "in.csv", [("id", "title", "notes"), ("1", "x", "y")], "utf-8")
    with pytest.raises(BatchInputError) as err:
        read_projects(path)
    assert str(err.value) == f"{path}: missing column 'description' (found: id, title, notes)"


def test_unreadable_encoding_names_the_file(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(b"id,title,description\n1,\x80\x80,x\n")
    with pytest.raises(BatchInputError) as err:
        read_projects(path)
    assert str(err.value) == (f"{path}: unreadable text encoding (expected UTF-8, UTF-8 with BOM, CP949 or EUC-KR)")


def test_unknown_extension_and_missing_file(tmp_path):
    with pytest.raises(BatchInputError, match=r"in.txt: unknown file type .txt; use one of: .jsonl, .csv, .xlsx"):
        read_projects(tmp_path / "in.txt")
    with pytest.raises(BatchInputError, match="nope.csv: no such file"):
        read_projects(tmp_path / "nope.csv")


def test_jsonl_bad_line_becomes_an_error_row(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "1", "title": "t", "description": "d"}\n{oops\n\n{"id": "3", "title": "t"}\n',
                    encoding="utf-8")
    rows = read_projects(path)
    assert rows[0].project == ProjectInput("1", "t", "d")
    assert rows[1].error.startswith(f"{path}:2: not a JSON object")
    assert rows[2].error == f"{path}:4: missing field description" and rows[2].id == "3"


def test_xlsx_input(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ID", "제목", "개요"])
    sheet.append([7, "클락 통합운영센터", "클락에 통합운영센터를 구축한다."])
    sheet.append([None, None, None])
    book.save(tmp_path / "in.xlsx")
    rows = read_projects(tmp_path / "in.xlsx")
    assert [r.project for r in rows] == [ProjectInput("7", "클락 통합운영센터", "클락에 통합운영센터를 구축한다.")]


RESULT = Classification("a1", {"project_type": "solution_deployment", "sector": ["mobility", "safety_disaster"],
                               "region": "overseas_developing"},
                        {"project_type": 0.8, "sector": 0.7, "region": 0.99},
                        {"project_type": ("cue '구축' (title): 구축",), "region": ("rule host_country: 하노이",)},
                        None, ("stage",))


def test_flat_row_columns():
    row = flat_row(RESULT.to_json())
    assert row["sector"] == "mobility;safety_disaster" and row["project_type"] == "solution_deployment"
    assert row["confidence_region"] == 0.99 and row["needs_review"] == "stage"
    assert row["evidence"] == "project_type: cue '구축' (title): 구축 | region: rule host_country: 하노이"


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".xlsx"])
def test_write_by_extension(tmp_path, suffix):
    path = tmp_path / f"out{suffix}"
    assert write_classifications(path, [RESULT, Classification.failed("a2", "the description is empty")]) == 2
    if suffix == ".jsonl":
        lines = [json.loads(x) for x in path.read_text("utf-8").splitlines()]
        assert lines[0]["labels"]["sector"] == ["mobility", "safety_disaster"] and lines[1]["error"]
    elif suffix == ".csv":
        text = path.read_text("utf-8-sig").splitlines()
        assert text[0].startswith("id,project_type,sector,stage,scale,region,program,smart_city_type,urban_context,"
                                  "confidence_project_type")
        assert "mobility;safety_disaster" in text[1]
    else:
        sheet = openpyxl.load_workbook(path).active
        header = [c.value for c in sheet[1]]
        assert header[:3] == ["id", "project_type", "sector"] and "kcn_type" in header and "error" in header
        assert sheet.cell(3, header.index("error") + 1).value == "the description is empty"


class _FakeClassifier:
    def classify_many(self, projects, progress=None):
        for p in projects:
            yield Classification(p.id, {"project_type": "rnd", "sector": ["energy"]}, {"project_type": 0.9},
                                 needs_review=("stage",) if p.id == "a1" else ())
            if progress:
                progress(1)


def test_classify_file_keeps_row_order_and_summarises(tmp_path):
    done = []
    summary = classify_file(_csv(tmp_path / "in.csv", ROWS + [("a3", "t", "d")], "cp949"), tmp_path / "out.jsonl",
                            _FakeClassifier(), progress=done.append)
    records = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a1", "a2", "a3"] and records[1]["error"] == "the description is empty"
    assert sum(done) == 3
    assert (summary.total, summary.errors, summary.needs_review) == (3, 1, 1)
    assert summary.label_counts["sector"] == {"energy": 2}
    assert summary.lines()[0] == "3 projects: 2 classified, 1 with errors, 1 need review"


def test_summarize_counts_sector_labels_individually():
    s = summarize([RESULT.to_json(), RESULT.to_json()])
    assert s.label_counts["sector"] == {"mobility": 2, "safety_disaster": 2} and s.review_counts == {"stage": 2}
