"""Portfolio analytics of a classified batch, the workbook with its charts, and the picture for the web page."""
import csv

import openpyxl
import pytest

from assistant.classify.batch_io import read_table
from assistant.classify.batch_out import table_rows
from assistant.classify.portfolio import portfolio
from assistant.classify.report import portfolio_png, write_report


def _record(row, pid, title, project_type, sector, program, region, code, review=(), error=None):
    if error:
        return {"id": pid, "row": row, "title": title, "labels": {}, "confidence": {}, "error": error,
                "needs_review": ["project_type"]}
    return {"id": pid, "row": row, "title": title,
            "labels": {"project_type": project_type, "sector": sector, "stage": "implementation", "scale": "city",
                       "region": region, "program": program, "smart_city_type": "advanced_infrastructure",
                       "urban_context": "existing_city"},
            "confidence": {"project_type": 0.9, "stage": 0.42, "program": 0.45}, "needs_review": list(review),
            "crosswalk": {"kcn_type": None, "export_model": "우수 솔루션",
                          "crs": [{"code": code, "name": "", "name_ko": "", "confidence": 0.6}]}}


RECORDS = [
    _record(2, "k1", "다낭 교통신호", "solution_deployment", ["mobility", "safety_disaster"], "oda_grant",
            "overseas_developing", "21020"),
    _record(3, "k2", "다카 상수도", "solution_deployment", ["water"], "oda_loan", "overseas_developing", "14021",
            review=("stage",)),
    _record(4, "k3", "땀끼 스마트시티", "city_development", ["governance_admin"], "oda_grant", "overseas_developing",
            "43030"),
    _record(5, "k4", "세종 셔틀", "pilot_demonstration", ["mobility"], "national_program", "domestic", "21020",
            review=("program", "stage")),
    _record(6, "k5", "", None, None, None, None, None, error="6행: 사업명과 사업내용이 비어 있습니다"),
]


@pytest.fixture()
def table(tmp_path):
    path = tmp_path / "in.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([("번호", "사업명", "사업내용", "사업비(억원)"), ("k1", "다낭 교통신호", "a", "10"),
                                  ("k2", "다카 상수도", "b", "20.5"), ("k3", "땀끼 스마트시티", "c", "1,000"),
                                  ("k4", "세종 셔틀", "d", ""), ("k5", "", "", "")])
    return read_table(path, name="in.csv")


def test_counts_amounts_and_the_oda_sector_comparison(table):
    view = portfolio(RECORDS, table)
    assert (view.n, view.errors, view.amount_unit) == (4, 1, "사업비(억원)")
    program_sector = view.tables["program_sector"].counts
    assert program_sector.loc["무상원조 프로젝트", "교통·모빌리티"] == 1  # main sector only: k1 counts once
    assert program_sector.loc["무상원조 프로젝트", "합계"] == 2 and program_sector.loc["합계", "합계"] == 4
    assert list(program_sector.index) == ["무상원조 프로젝트", "유상원조", "중앙정부 재정·공모사업", "합계"]
    amounts = view.tables["region_type"].amounts
    assert amounts.loc["해외 개발도상국", "솔루션 구축형"] == 30.5 and amounts.loc["합계", "합계"] == 1030.5
    assert view.tables["stage"].counts.loc["조성·구축·투자개발", "사업 수"] == 4
    comparison = view.comparison
    assert comparison.loc["210 교통·물류", "사업 수"] == 2 and comparison.loc["210 교통·물류", "ODA 사업 수"] == 1
    assert comparison.loc["430 기타 다부문 (도시개발 포함)", "ODA 분야 집계"] == "스마트시티(도시개발)로 집계"
    assert comparison.loc["140 식수·위생", "ODA 분야 집계"] == "해당 분야로만 집계"
    assert view.summary == [
        "통합 분류체계로 본 스마트시티 사업: 4건 (그중 ODA 3건)",
        "ODA 분야 코드(CRS 43030·43031·43032 도시개발)로 본 스마트시티 사업: 1건 (그중 ODA 1건)",
        "통합 분류체계로만 스마트시티 사업으로 잡히는 사업: 3건 (그중 ODA 2건) — 교통·물·에너지 등 해당 분야 코드로만 집계됩니다"]
    assert list(view.unified_only["id"]) == ["k1", "k2", "k4"]
    assert list(view.unified_only.columns) == ["행", "id", "사업명", "지원사업·재원", "CRS 1순위", "DAC 분야", "사업유형",
                                               "분야", "스마트시티 유형"]
    assert view.unified_only.iloc[0]["CRS 1순위"] == "21020 도로 교통"


def test_projects_to_review_and_failed_rows_come_first(table):
    review = portfolio(RECORDS, table).review
    assert list(review["id"]) == ["k2", "k4", "k5"]
    assert review.iloc[1]["검토 필요 항목"] == "지원사업·재원: 중앙정부 재정·공모사업 (45%); 추진단계: 조성·구축·투자개발 (42%)"
    assert review.iloc[2]["오류"] == "6행: 사업명과 사업내용이 비어 있습니다"


def test_workbook_has_the_review_sheet_first_and_real_charts(table, tmp_path):
    import pandas as pd

    header, rows = table_rows(RECORDS, table)
    path = tmp_path / "out.xlsx"
    write_report(path, pd.DataFrame(rows, columns=header), RECORDS, table)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["검토 필요", "분류 결과", "ODA 분야 비교", "지원사업·재원 x 주 분야", "대상지역 x 사업유형",
                               "추진단계", "스마트시티 유형", "통합 분류로만 집계"]
    assert [c.value for c in book["검토 필요"][2]][:3] == [3, "k2", "다카 상수도"]
    assert [len(book[name]._charts) for name in book.sheetnames] == [0, 0, 1, 2, 2, 2, 2, 0]
    chart = book["지원사업·재원 x 주 분야"]._charts[0]
    assert chart.grouping == "stacked" and len(chart.series) == 3  # three main sectors, totals left out
    assert book["ODA 분야 비교"]["A2"].value == "통합 분류체계로 본 스마트시티 사업: 4건 (그중 ODA 3건)"


def test_picture_for_the_web_page(table, tmp_path):
    path = portfolio_png(portfolio(RECORDS, table), tmp_path / "p.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 20_000


def test_an_empty_portfolio_still_writes(tmp_path):
    view = portfolio([RECORDS[-1]])
    assert view.n == 0 and view.summary == ["분류된 사업이 없습니다 (no classified projects)"] and len(view.review) == 1
    portfolio_png(view, tmp_path / "empty.png")
    assert (tmp_path / "empty.png").is_file()
