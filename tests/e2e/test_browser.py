"""End to end in a real headless browser: Playwright drives Debian's Chromium (no browser download).

Starts `smartcity-kb serve` on 127.0.0.1 with a copy of the lexical index, then asks a Korean question and
sees a cited answer, classifies a project, uploads an HWPX with a Korean file name and finds it in the
library. Screenshots go to tests/e2e/screenshots/ (git-ignored) for a human to look at.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, REPO

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parent / "screenshots"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
START_TIMEOUT = 300  # s: loading the Korean analyser and training the classifier on 2 CPU cores
STEP_TIMEOUT = 120_000  # ms for one page step
CLASSIFIER_TIMEOUT = 400_000  # ms: the first classification waits for the classifier trained at start-up

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's Chromium at /usr/bin/chromium "
                                                    "(apt-get install -y chromium fonts-noto-cjk)"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(url: str, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with {proc.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        if "serving on" in log.read_text(errors="replace"):
            try:
                urllib.request.urlopen(url, timeout=5).close()
                return
            except OSError:
                pass
        time.sleep(1)
    raise RuntimeError(f"the server did not come up in {START_TIMEOUT} s:\n{log.read_text(errors='replace')[-3000:]}")


def _reports(root: Path) -> Path:
    """Two evaluation report folders as the harness names them; the tab shows the newer one."""
    for name, mrr in (("20250101-090000", "0.5000"), ("20250102-090000", "0.8125")):
        (root / name).mkdir(parents=True)
        (root / name / "report.md").write_text(f"# 평가 보고서\n\n| metric | value |\n|---|---|\n"
                                               f"| retrieval.hybrid.mrr | {mrr} |\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def server(lexical_index, tmp_path_factory):
    data = tmp_path_factory.mktemp("web")
    shutil.copytree(lexical_index, data / "index")
    port = _free_port()
    url = f"http://127.0.0.1:{port}/"
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMARTCITY_KB_")}
    env["GRADIO_ANALYTICS_ENABLED"] = "False"
    env["SMARTCITY_KB_EMBEDDER"] = "none"  # as the lexical index was built; the classifier then trains in seconds
    env["SMARTCITY_KB_REPORTS"] = str(_reports(data / "reports"))
    log = data / "server.log"
    with open(log, "w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "assistant", "--index", str(data / "index"), "serve",
                                 "--port", str(port)], cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_until_up(url, proc, log)
        yield url, data
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="ko-KR")
        pg = context.new_page()
        pg.set_default_timeout(STEP_TIMEOUT)
        pg.goto(server[0])
        pg.get_by_text("스마트시티 정책문서 도우미").first.wait_for()
        yield pg
        browser.close()


def test_ask_a_korean_question_and_see_a_cited_answer(page):
    page.locator("#sk-question textarea").fill("해외실증형 사업은 몇 개국에서 추진되었나요?")
    page.locator("#sk-ask").click()
    chat = page.locator("#sk-chat")
    chat.get_by_text("출처").wait_for()
    assert "[1]" in chat.inner_text()
    assert "13개국" in chat.inner_text()
    card = page.locator("#sk-sources .sk-card").first
    card.wait_for()
    assert "K-City Network" in card.inner_text()
    assert page.locator("#sk-sources mark").count() >= 1  # the supporting sentence is highlighted
    page.screenshot(path=str(SHOTS / "1-ask.png"), full_page=True)


def test_an_empty_question_is_said_beside_the_box_and_loses_nothing(page):
    from playwright.sync_api import expect

    chat_before = page.locator("#sk-chat").inner_text()
    sources_before = page.locator("#sk-sources").inner_text()
    page.locator("#sk-question textarea").fill("   ")
    page.locator("#sk-ask").click()
    expect(page.locator("#sk-ask-msg")).to_have_text("질문을 입력하세요. (Type a question first.)")
    assert page.locator("#sk-chat").inner_text() == chat_before and "13개국" in chat_before
    assert page.locator("#sk-sources").inner_text() == sources_before
    assert page.get_by_text("오류").count() == 0 and page.get_by_text("Error").count() == 0
    page.screenshot(path=str(SHOTS / "1b-empty-question.png"), full_page=True)


def test_a_followup_after_an_abstention_is_answered(page):
    from playwright.sync_api import expect

    chat = page.locator("#sk-chat")
    page.locator("#sk-question textarea").fill("화성 이주민의 산소 배급량은 몇 리터인가요?")
    page.locator("#sk-ask").click()
    expect(chat).to_contain_text("문서에 없는 내용입니다", timeout=STEP_TIMEOUT)
    expect(page.locator("#sk-sources")).to_contain_text("근거를 찾지 못했습니다", timeout=STEP_TIMEOUT)
    assert "가장 가까운 문서: 《" in chat.inner_text() and "004_c9995d5d9381f287" not in chat.inner_text()
    page.locator("#sk-question textarea").fill("그 중 페루 리마에서는 무엇을 실증하나?")
    page.locator("#sk-ask").click()
    expect(chat).to_contain_text("스마트 횡단보도", timeout=STEP_TIMEOUT)
    expect(page.locator("#sk-sources .sk-card").first).to_be_visible(timeout=STEP_TIMEOUT)
    page.screenshot(path=str(SHOTS / "1c-followup-after-abstention.png"), full_page=True)


def test_the_whole_conversation_is_exported(page):
    from playwright.sync_api import expect

    page.locator("#sk-export").click()
    exported = page.locator("#sk-export-file")
    expect(exported).to_contain_text(".md", timeout=STEP_TIMEOUT)
    href = exported.locator("a").first.get_attribute("href")
    text = page.request.get(href).text()
    assert text.startswith("# 질의응답 기록 (Conversation)")
    assert [ln for ln in text.splitlines() if ln.startswith("## ")] == [
        "## 해외실증형 사업은 몇 개국에서 추진되었나요?", "## 화성 이주민의 산소 배급량은 몇 리터인가요?",
        "## 그 중 페루 리마에서는 무엇을 실증하나?"]
    page.screenshot(path=str(SHOTS / "1d-export.png"), full_page=True)


def test_classify_a_project(page):
    page.get_by_role("tab", name="사업 분류 (Classify)").click()
    page.locator("#sk-title textarea").fill("베트남 다낭 스마트 교통신호 시스템 구축")
    page.locator("#sk-desc textarea").fill("KOICA 무상원조로 다낭시 주요 교차로에 지능형 교통신호 제어 시스템을 구축하는 사업")
    page.locator("#sk-classify").click()
    table = page.locator("#sk-class-result table.sk-class")
    table.wait_for(timeout=CLASSIFIER_TIMEOUT)
    text = table.inner_text()
    assert "분야" in text and "교통·모빌리티" in text and "사업유형" in text
    assert page.locator("#sk-class-result .sk-bar").count() == 8
    page.screenshot(path=str(SHOTS / "2-classify.png"), full_page=True)


def test_classify_a_batch_file_as_people_have_it(page, tmp_path):
    """A CP949 CSV exported from Excel with 사업명/사업내용 and no id column: Korean results, the portfolio, the
    problems of the file with their rows, and an XLSX to download."""
    batch = tmp_path / "사업목록.csv"
    batch.write_bytes(("사업명,사업내용,사업비(백만원)\r\n"
                       "세종 자율주행 셔틀 실증,세종시 BRT 구간에서 자율주행 셔틀을 실증 운행하는 사업,1200\r\n"
                       "부산 스마트 상수도 관리,부산시 상수도 관망에 IoT 누수 감지 센서를 설치하는 사업,800\r\n"
                       "베트남 하노이 스마트 교통관제센터 구축 타당성조사,K-City Network 계획수립형으로 하노이 교통관제센터 "
                       "구축 타당성조사를 수행한다.,300\r\n"
                       ",,50\r\n").encode("cp949"))
    page.get_by_role("tab", name="사업 분류 (Classify)").click()
    page.locator("#sk-batch input[type=file]").set_input_files(str(batch))
    from playwright.sync_api import expect

    preview = page.locator("#sk-batch-preview")
    expect(preview).to_contain_text("세종 자율주행 셔틀 실증", timeout=CLASSIFIER_TIMEOUT)
    expect(preview).to_contain_text("실증형")  # Korean label names, not ids
    expect(preview).to_contain_text("계획수립·자문형")
    assert "pilot_demonstration" not in preview.inner_text()
    status = page.locator("#sk-batch-status")
    expect(status).to_contain_text("사업목록.csv 5행: 사업명과 사업내용이 비어 있습니다")
    expect(page.locator("#sk-portfolio-summary")).to_contain_text("통합 분류체계로 본 스마트시티 사업: 3건")
    expect(page.locator("#sk-portfolio img")).to_be_visible()
    downloads = page.locator("#sk-batch-out")
    expect(downloads).to_contain_text(".xlsx", timeout=STEP_TIMEOUT)  # gradio shows name and extension apart
    with page.expect_download() as info:
        downloads.get_by_role("link").first.click()
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    import openpyxl

    book = openpyxl.load_workbook(saved)
    assert book.sheetnames[:2] == ["검토 필요", "분류 결과"]
    header = [c.value for c in book["분류 결과"][1]]
    assert header[:5] == ["행", "id", "사업명", "사업내용", "사업비(백만원)"] and "사업유형" in header
    page.locator("#sk-portfolio").scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "2b-classify-batch-portfolio.png"), full_page=True)


def test_upload_a_korean_named_hwpx_and_find_it_in_the_library(page, server, tmp_path):
    upload = tmp_path / "강남구 입법예고 공고문.hwpx"
    shutil.copy(FIXTURES / "gangnam-legislative-notice.hwpx", upload)
    page.get_by_role("tab", name="문서 관리 (Documents)").click()
    page.locator("#sk-upload input[type=file]").set_input_files(str(upload))
    status = page.locator("#sk-upload-status")
    status.get_by_text("추가됨").wait_for()
    assert "강남구 입법예고 공고문.hwpx" in status.inner_text()
    library = page.locator("#sk-library")
    library.get_by_text("서울특별시 강남구 공무직 관리 규정 일부개정규칙안 입법예고").wait_for()
    assert (server[1] / "uploads" / "강남구 입법예고 공고문.hwpx").is_file()
    page.screenshot(path=str(SHOTS / "3-documents.png"), full_page=True)


def test_an_uploaded_bill_pdf_gets_its_real_title_type_and_year(page, tmp_path):
    from playwright.sync_api import expect

    bill = tmp_path / "의안원문.pdf"
    shutil.copy(FIXTURES / "national-assembly-bill-2125318.pdf", bill)
    locked = tmp_path / "잠긴 문서.pdf"
    shutil.copy(FIXTURES / "password-protected.pdf", locked)
    page.get_by_role("tab", name="문서 관리 (Documents)").click()
    page.locator("#sk-upload input[type=file]").set_input_files([str(bill), str(locked)])
    status = page.locator("#sk-upload-status")
    expect(status).to_contain_text("추가됨", timeout=STEP_TIMEOUT)
    expect(status).to_contain_text("잠긴 문서.pdf — 암호가 걸린 PDF입니다. 암호를 풀어 저장한 파일이 필요합니다 "
                                   "(password-protected PDF)")
    row = page.locator("#sk-library").get_by_role("row").filter(
        has_text="기후위기 대응을 위한 탄소중립·녹색성장 기본법 일부개정법률안")
    expect(row).to_contain_text("법령", timeout=STEP_TIMEOUT)
    expect(row).to_contain_text("2023")
    page.screenshot(path=str(SHOTS / "3b-bill-title.png"), full_page=True)


def test_evaluation_tab_shows_the_latest_report(page):
    page.get_by_role("tab", name="평가 (Evaluation)").click()
    report = page.locator("#sk-report")
    report.get_by_text("20250102-090000").wait_for()
    text = report.inner_text()
    assert "보고서 폴더 (report folder): 20250102-090000" in text and "평가 보고서" in text
    assert "0.8125" in text and "0.5000" not in text
    assert "빠른 평가: 검색·답변만" in page.locator("#sk-eval-mode").inner_text()
    page.screenshot(path=str(SHOTS / "4-evaluation.png"), full_page=True)
