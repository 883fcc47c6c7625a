"""Titles, types and years of documents without a MANIFEST.tsv row, on the real fixtures."""
from __future__ import annotations

import shutil

import pytest

from ingest.loaders import load
from ingest.metadata import DocType, describe
from ingest.titles import MAX_TITLE, doc_type_of, document_year, infer, shorten, title_line
from tests.conftest import FIXTURES

needs_fixtures = pytest.mark.skipif(not FIXTURES.is_dir(), reason="needs ../shared/fixtures")


@needs_fixtures
@pytest.mark.parametrize("name, title, doc_type, year", [
    # the title is broken over two lines on the page and the PDF has no /Title
    ("national-assembly-bill-2125318.pdf", "기후위기 대응을 위한 탄소중립·녹색성장 기본법 일부개정법률안", DocType.LAW, 2023),
    # opens with the notice number; its opf:title "본문내용본문내용" is a template's leftover
    ("gangnam-legislative-notice.hwpx", "서울특별시 강남구 공무직 관리 규정 일부개정규칙안 입법예고", DocType.LAW, 2023),
    # opens with the letter-spaced label "입 법 예 고"
    ("ulsan-notice-no-manifest.hwpx", "울산광역시 남구 구세 조례 일부개정조례안 입법예고", DocType.LAW, 2021),
    # "[ 제 목 ]" labels the title; the summary information names another document's title
    ("nts-qa-compressed-v5005.hwp", "공동상속인간의 협의에 의하여 지분을 변경한 경우 증여세의 과세여부", DocType.UNKNOWN, 1994),
    # the notice number and the table row before the title are passed over
    ("tender-notice-distribution-protected.hwp", "2025년 강남세움센터 시설관리원 용역업체 선정 입찰공고", DocType.UNKNOWN, 2024),
    ("award-forms-uncompressed.hwp", "정부포상 추천자 현황(민간인·재직공무원·단체)", DocType.UNKNOWN, None),
])
def test_fixture_titles_types_and_years(tmp_path, name, title, doc_type, year):
    path = tmp_path / name  # no MANIFEST.tsv beside it
    shutil.copy(FIXTURES / name, path)
    meta = describe(load(path))
    assert (meta.title, meta.doc_type, meta.year) == (title, doc_type, year)


@needs_fixtures
def test_pdf_properties_give_the_first_page_as_laid_out():
    from ingest.pdf import pdf_properties

    props = pdf_properties(FIXTURES / "national-assembly-bill-2125318.pdf")
    assert props["title"] == "" and props["outline"] == [] and props["created_year"] == 2024
    assert props["first_lines"][1:3] == ["기후위기 대응을 위한 탄소중립ㆍ녹색성장 기본법", "일부개정법률안"]


def test_a_metadata_title_counts_only_when_the_text_bears_it_out():
    text = "스마트시티 추진전략\n관계부처 합동\n2018. 1. 29."
    assert infer(text, {"title": "유류매출인지 운송대행인지 여부"}).title == "스마트시티 추진전략"
    assert infer(text, {"title": "스마트시티  추진전략"}).title == "스마트시티 추진전략"
    assert infer("관계부처 합동\n스마트시티 추진전략", {"title": "스마트시티 추진전략"}).title == "스마트시티 추진전략"
    assert infer(text, {"title": "Microsoft Word - 전략.docx"}).title == "스마트시티 추진전략"
    assert infer(text, {}).year == 2018 and infer(text, {}).doc_type == "plan"


def test_title_line_passes_over_labels_dates_issuers_and_stops_at_the_body():
    lines = ["보도자료", "2024년 3월 5일", "국토교통부 장관", "K-City Network 2024 해외실증 공모 결과",
             "1. 선정 결과", "스마트시티 수출 확대를 위한 중장기 추진계획"]
    assert title_line(lines) == "K-City Network 2024 해외실증 공모 결과"
    assert title_line(["제목: 세종 5-1 생활권 시행계획", "본문"]) == "세종 5-1 생활권 시행계획"
    assert title_line(["1. 개요", "가. 목적"]) is None


def test_long_titles_are_cut_at_a_word_with_an_ellipsis():
    long = "스마트도시 " * 30
    cut = shorten(long)
    assert len(cut) <= MAX_TITLE and cut.endswith("스마트도시…")
    assert shorten("짧은 제목") == "짧은 제목"


@pytest.mark.parametrize("title, doc_type", [
    ("도시개발법 일부개정법률안", "law"), ("스마트도시법 시행령", "law"), ("○○시 조례안 (안)", "law"),
    ("제4차 스마트도시 종합계획(2024-2028)", "plan"), ("스마트시티 추진전략", "plan"),
    ("스마트시티 해외진출 실태조사 보고서", "report"), ("2023 K-City Network 공모 안내", "kcn"),
    ("정부포상 추천자 현황", "unknown"),
])
def test_doc_type_from_the_title_s_last_word(title, doc_type):
    assert doc_type_of(title) == doc_type


def test_document_year_prefers_the_document_s_own_date_line():
    head = "계약기간 : 2025년 1월 1일 ~ 2025년 12월 31일\n2024년 12월 13일\n"
    assert document_year(head) == 2024
    assert document_year("의안번호 25318 발의연월일 : 2023. 11. 9.\n시행일 2025. 1. 1.") == 2023
    assert document_year("공고 제2023-745호") is None


def test_wrapped_paragraph_lines_of_a_laid_out_page_are_no_title():
    body = ["본 연구에서는 국내외 스마트시티 거버넌스 사례검토를 통해 향후 거버넌스 측면에서 우리나라의",
            "스마트시티가 나아가야 할 방향을 제시하고자 한다. 구체적으로는 먼저 국내외 사례를 검토하고",
            "시사점을 도출하여 국내 스마트시티 거버넌스 추진방향을 정립하고 부처 간 협력방안을 제시",
            "하는 순으로 연구를 진행하였으며 그 결과는 부처별 사업을 연계하는 기초를 제공하는 방안",
            "이를 통해 성숙기에 접어드는 국내 스마트시티 정책 및 사업의 활성화에 기여하는 협력방안",
            "활성화에 기여할 것으로 기대되는 협력방안"]
    assert title_line(["요약", *body], laid_out=True) is None
    assert title_line(["스마트시티 거버넌스 추진방향 연구", "요약", *body], laid_out=True) == "스마트시티 거버넌스 추진방향 연구"
