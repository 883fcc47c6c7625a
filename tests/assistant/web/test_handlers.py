"""The web app's handlers, on real inputs and without a server: the lexical index, a real HWPX upload."""
from __future__ import annotations

import shutil
import threading
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.answer.abstain import closest_documents
from assistant.web import handlers as h
from assistant.web.classify_tab import (PREVIEW_COLUMNS, SharedClassifier, batch_error, batch_status,
                                       classification_html, classify_file, label_counts)
from assistant.web.eval_tab import NO_REPORT, report_view
from assistant.web.library import Library, WebInputError, check_upload, sanitize_filename, store_upload
from kb.records import Filters
from kb.settings import load_settings
from tests.conftest import FIXTURES

HWPX = FIXTURES / "gangnam-legislative-notice.hwpx"
KOREAN_NAME = "강남구 입법예고 (2024).hwpx"


@pytest.fixture
def library(lexical_index, tmp_path) -> Library:
    """A private copy of the lexical index, so uploads do not change the shared one."""
    shutil.copytree(lexical_index, tmp_path / "data" / "index")
    return Library(load_settings(index_dir=tmp_path / "data" / "index", environ={}))


@pytest.fixture(scope="module")
def answered(lexical_index):
    from assistant.answer.qa import answer_question
    from kb.store import KnowledgeBase

    settings = load_settings(index_dir=lexical_index, environ={})
    kb = KnowledgeBase.open(settings)
    return kb, answer_question(kb, "해외실증형 사업은 몇 개국에서 추진되었나요?", settings)


# ---- file names and uploads ---------------------------------------------------------------------
@pytest.mark.parametrize("raw, safe", [
    ("스마트시티 추진전략(2024).hwpx", "스마트시티 추진전략(2024).hwpx"),
    ("../../etc/passwd", "passwd"),
    ("C:\\Users\\김민수\\Desktop\\보고서.pdf", "보고서.pdf"),
    ("공고\x00문\n.hwp", "공고문.hwp"),
    ("..", "upload"),
    ("...hwpx", "hwpx"),
    (".숨김.md", "숨김.md"),
    ("계획..pdf", "계획.pdf"),
    ('a<b>:"c"|?*.txt', "a_b___c____.txt"),
    ("", "upload"),
])
def test_sanitize_filename(raw, safe):
    assert sanitize_filename(raw) == safe


def test_sanitize_filename_normalises_and_caps_length():
    decomposed = unicodedata.normalize("NFD", "한글파일.hwp")
    assert sanitize_filename(decomposed) == "한글파일.hwp"
    long = sanitize_filename("가" * 200 + ".hwpx")
    assert long.endswith(".hwpx") and len(long.encode()) <= 180 and long.startswith("가가")


def test_store_upload_keeps_hangul_never_leaves_the_folder_and_never_overwrites(tmp_path):
    uploads = tmp_path / "uploads"
    first = store_upload(HWPX, uploads, "../../" + KOREAN_NAME)
    assert first == (uploads / KOREAN_NAME).resolve()
    assert first.read_bytes() == HWPX.read_bytes()
    assert store_upload(HWPX, uploads, KOREAN_NAME) == first  # same content: same file
    other = tmp_path / "other.hwpx"
    shutil.copy(FIXTURES / "open-data-standard-tables.hwpx", other)
    second = store_upload(other, uploads, KOREAN_NAME)
    assert second.name == "강남구 입법예고 (2024)-2.hwpx"
    assert sorted(p.name for p in uploads.iterdir()) == ["강남구 입법예고 (2024)-2.hwpx", KOREAN_NAME]


def test_check_upload_enforces_the_size_limit(tmp_path):
    assert check_upload(HWPX, max_bytes=10 * 1024 * 1024) == "hwpx"
    with pytest.raises(WebInputError, match="파일이 너무 큽니다"):
        check_upload(HWPX, max_bytes=1000, name=KOREAN_NAME)


def test_check_upload_rejects_a_renamed_junk_file_by_its_magic_bytes(tmp_path):
    junk = tmp_path / "보고서.pdf"
    junk.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(WebInputError, match=r"보고서\.pdf: 지원하지 않는 형식입니다\(PDF, HWP, HWPX, DOCX, TXT, MD만 읽습니다\) "
                       r"\(unrecognised binary file \(starts with 00 01 02"):
        check_upload(junk, max_bytes=1 << 20)


@pytest.mark.slow
def test_uploaded_hwpx_with_korean_name_lands_in_the_library_and_can_be_deleted(library, tmp_path):
    junk = tmp_path / "junk.hwp"
    junk.write_bytes(b"\x00\x01\x02garbage" * 100)
    report = library.add_files([(HWPX, KOREAN_NAME), (junk, "가짜.hwp")])
    by_name = {f.name: f for f in report.files}
    assert by_name["가짜.hwp"].status == "rejected"
    added = by_name[KOREAN_NAME]
    assert added.status == "added", added
    assert Path(added.stored_as) == library.uploads_dir / KOREAN_NAME
    assert library.uploads_dir == (tmp_path / "data" / "uploads").resolve()
    doc = library.kb().docs[added.doc_id]
    assert added.doc_id == "강남구_입법예고__2024_"
    assert library.is_upload(doc) and doc.title == "서울특별시 강남구 공무직 관리 규정 일부개정규칙안 입법예고" and doc.format == "hwpx"
    assert [d.doc_id for d in library.documents() if library.is_upload(d)] == [added.doc_id]
    assert "✓ 추가됨: 강남구 입법예고 (2024).hwpx" in h.upload_summary(report)

    again = library.add_files([(HWPX, KOREAN_NAME)])
    assert [f.status for f in again.files] == ["unchanged"]

    assert library.delete(added.doc_id).startswith("삭제했습니다")
    assert added.doc_id not in library.kb().docs
    assert not (library.uploads_dir / KOREAN_NAME).exists()


def test_only_uploads_can_be_deleted(library):
    with pytest.raises(WebInputError, match="업로드한 문서만"):
        library.delete("law_smart_city_act")
    with pytest.raises(WebInputError, match="색인에 없는 문서"):
        library.delete("no-such-doc")


@pytest.mark.slow
def test_questions_are_answered_from_the_last_complete_index_during_an_ingest(library):
    from assistant.answer.qa import answer_question

    before = library.kb()
    reading, release = threading.Event(), threading.Event()

    def slow_progress(items, desc, total):
        reading.set()
        assert release.wait(60)
        return items

    writer = threading.Thread(target=library.add_files, args=([(HWPX, KOREAN_NAME)],),
                              kwargs={"progress": slow_progress})
    writer.start()
    try:
        assert reading.wait(60)
        assert library.busy and library.kb() is before
        answer = answer_question(library.kb(), "스마트도시법의 목적은?", library.settings)
        assert answer.citations
    finally:
        release.set()
        writer.join(120)
    assert not library.busy and library.kb() is not before
    assert len(library.kb().docs) == len(before.docs) + 1


# ---- questions ----------------------------------------------------------------------------------
def test_answer_markdown_and_sources_show_marked_supporting_sentences(answered):
    kb, answer = answered
    assert not answer.abstained and answer.citations
    md = h.answer_markdown(answer)
    assert "[1]" in md and "**출처**" in md and answer.citations[0].title in md
    panel = h.sources_html(answer, kb.docs)
    assert panel.count("class='sk-card'") == len(answer.citations)
    assert "K-City Network" in panel and "<mark>" in panel
    quotes = h.quotes_by_citation(answer.answer)
    for c in answer.citations:  # every cited passage really contains what the answer quotes from it
        squashed = "".join(c.text.split())
        assert all("".join(q.split()) in squashed for q in quotes[c.n]), c.n


def test_abstention_is_said_plainly(lexical_index):
    from assistant.answer.qa import answer_question
    from kb.store import KnowledgeBase

    settings = load_settings(index_dir=lexical_index, environ={})
    answer = answer_question(KnowledgeBase.open(settings), "화성 이주민의 산소 배급량은 몇 리터인가요?", settings)
    closest = closest_documents(list(answer.contexts))
    assert answer.abstained and len(closest) == 3 and all(f"({d})" in answer.answer for d, _ in closest)
    md = h.answer_markdown(answer)  # titles, not the ids the record's text carries
    assert md == "**※ 문서에 없는 내용입니다.** 제공된 문서에서 답을 찾지 못했습니다. 가장 가까운 문서: " + "; ".join(
        f"《{h.escape_md(t)}》" for _, t in closest) + "."
    assert "근거를 찾지 못했습니다" in h.sources_html(answer)


@pytest.fixture(scope="module")
def conversation(lexical_index):
    """Three turns: an abstention, a follow-up after it, and a follow-up of that follow-up."""
    from assistant.answer.qa import answer_question
    from kb.store import KnowledgeBase

    settings = load_settings(index_dir=lexical_index, environ={})
    kb, turns = KnowledgeBase.open(settings), []
    for question in ("화성 이주민의 산소 배급량은 몇 리터인가요?", "K-City Network 해외실증형 사업은 몇 개국에서 진행됐나?",
                     "그 중 페루 리마에서는 무엇을 실증하나?"):
        turns.append((answer_question(kb, question, settings, history=h.followup_history(turns)), kb.docs))
    return kb, settings, turns


def test_a_followup_after_an_abstention_is_answered(conversation):
    from assistant.answer.qa import answer_question

    kb, settings, turns = conversation
    assert turns[0][0].abstained
    # the abstained turn gives no subject: the follow-up is asked as it stands, as the command line asks it
    after = answer_question(kb, "그 중 페루 리마에서는 무엇을 실증하나?", settings, history=h.followup_history(turns[:1]))
    assert not after.abstained and "스마트 횡단보도" in after.answer
    assert h.followup_history(turns[:1]) == []


def test_followups_are_resolved_against_the_questions_as_understood(conversation):
    _, _, turns = conversation
    third = turns[2][0]
    assert not third.abstained and third.rewritten_question == "K-City Network 해외실증형 사업 중 페루 리마에서는 무엇을 실증하나?"
    assert [q for q, _ in h.followup_history(turns)] == ["K-City Network 해외실증형 사업은 몇 개국에서 진행됐나?",
                                                         third.rewritten_question]


def test_export_conversation_has_every_turn(conversation):
    _, _, turns = conversation
    text = h.export_conversation(turns, "2025-05-01 10:00")
    assert text.startswith("# 질의응답 기록 (Conversation)\n\n_2025-05-01 10:00 · 질문 3개_")
    assert [ln for ln in text.splitlines() if ln.startswith("## ")] == [
        "## 화성 이주민의 산소 배급량은 몇 리터인가요?", "## K-City Network 해외실증형 사업은 몇 개국에서 진행됐나?",
        "## 그 중 페루 리마에서는 무엇을 실증하나?"]
    assert text.count("\n---\n") == 2 and "#### [1] " in text
    assert not any(f"({d})" in text for d, _ in closest_documents(list(turns[0][0].contexts)))


def test_a_mistake_in_the_question_is_said_beside_the_box_and_loses_nothing(library):
    import gradio as gr

    from assistant.web.app import _chat_turn, _export

    chat = [{"role": "user", "content": "이전 질문"}, {"role": "assistant", "content": "이전 답변"}]
    for text, years, message in (("   ", (None, None), "질문을 입력하세요. (Type a question first.)"),
                                 ("스마트도시법의 목적은?", (2024, 2020), "시작 연도(2024)가 끝 연도(2020)보다 늦습니다")):
        steps = list(_chat_turn(library, library.settings, text, chat, [], [], [], *years))
        assert len(steps) == 1 and steps[0][:4] == (gr.skip(),) * 4  # chat, box, sources and turns untouched
        assert steps[0][4] == f"<div class='sk-notice' role='alert'>{message}</div>"
    assert _export([], Path("."))[1].startswith("<div class='sk-notice'")


def test_export_markdown_has_question_answer_and_passages(answered):
    kb, answer = answered
    text = h.export_markdown(answer, kb.docs)
    assert text.startswith("# 해외실증형 사업은 몇 개국에서 추진되었나요?")
    assert "## 출처 (Sources)" in text and "### [1] " in text and "- 근거 문장: “" in text
    assert "> " + answer.citations[0].text.splitlines()[0] in text


def test_quotes_and_highlight():
    text = "스마트도시서비스란 스마트도시기반시설 등을 통하여 정보를 수집하는 서비스를 말한다 [1] “English <b>” [2]"
    assert h.quotes_by_citation(text) == {1: ["스마트도시서비스란 스마트도시기반시설 등을 통하여 정보를 수집하는 서비스를 말한다"],
                                          2: ["English <b>"]}
    passage = "제2조 정의\n3. 스마트도시서비스란 스마트도시기반시설 등을\n통하여 정보를 수집하는 서비스를 말한다. <끝>"
    marked = h.highlight(passage, ["스마트도시서비스란 스마트도시기반시설 등을 통하여 정보를 수집하는 서비스를 말한다"])
    assert marked == ("제2조 정의\n3. <mark>스마트도시서비스란 스마트도시기반시설 등을\n통하여 정보를 수집하는 서비스를 말한다"
                      "</mark>. &lt;끝&gt;")
    assert h.highlight("짧은 글 <a>", ["짧은"]) == "짧은 글 &lt;a&gt;"  # too short to mark safely


def test_stream_prefixes_start_small_and_end_whole():
    text = "2025년 해외실증형 사업은 이탈리아 밀라노와 베로나, 영국 버밍엄, 태국 콘깬 등 6개 도시에서 추진된다 [1]"
    pieces = list(h.stream_prefixes(text))
    assert len(pieces) > 3 and len(pieces[0]) <= 24 and pieces[-1] == text
    assert all(text.startswith(p) and len(p) < len(q) for p, q in zip(pieces, pieces[1:]))


def test_make_filters():
    assert h.make_filters(["law"], ["law_smart_city_act"], 2020.0, "2026") == Filters(("law",), ("law_smart_city_act",),
                                                                                   2020, 2026)
    assert h.make_filters(None, None, None, "") == Filters()
    with pytest.raises(WebInputError, match="시작 연도\\(2026\\)가 끝 연도\\(2020\\)보다 늦습니다"):
        h.make_filters([], [], 2026, 2020)
    with pytest.raises(WebInputError, match="알 수 없는 문서 유형: memo"):
        h.make_filters(["memo"])


def test_library_rows_and_choices(lexical_index):
    from kb.store import KnowledgeBase

    docs = sorted(KnowledgeBase.open(load_settings(index_dir=lexical_index, environ={})).docs.values(),
                  key=lambda d: d.doc_id)
    rows = h.library_rows(docs)
    law = next(r for r in rows if r[6] == "law_smart_city_act")
    assert law[:2] == ["스마트도시 조성 및 산업진흥 등에 관한 법률 (스마트도시법)", "법령"] and law[4] == 176
    assert ("법령 (law)", "law") in h.type_choices(docs)
    assert dict((v, k) for k, v in h.doc_choices(docs))["law_smart_city_act"].startswith("스마트도시 조성")


# ---- classification -----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def shared_classifier(tmp_path_factory):
    folder = tmp_path_factory.mktemp("noindex") / "index"
    return SharedClassifier(load_settings(index_dir=folder, embedder="none", environ={}))


RECORD = {"id": "p1", "labels": {"project_type": "pilot_demonstration", "sector": ["mobility", "energy"],
                                 "stage": "pilot", "scale": "district", "region": "overseas_developed",
                                 "program": "kcn", "smart_city_type": "advanced_infrastructure",
                                 "urban_context": "existing_city"},
          "confidence": {"project_type": 0.91, "sector": 0.42},
          "evidence": {"project_type": ["근거: '…실증한다' (사업내용) <b>"]},
          "crosswalk": {"kcn_type": "해외실증형", "export_model": "솔루션",
                        "crs": [{"code": "21020", "name": "Road transport", "name_ko": "도로 교통", "confidence": 0.61,
                                 "evidence": ["분야 교통·모빌리티 · 구축·실증"]}]},
          "needs_review": ["sector"]}


def test_classification_html_shows_korean_names_bars_evidence_review_and_crs():
    page = classification_html(RECORD)
    assert "실증형" in page and "교통·모빌리티, 에너지" in page and "mobility, energy" in page
    assert "width:91%" in page and "근거: &#x27;…실증한다&#x27; (사업내용) &lt;b&gt;" in page
    assert page.count("검토 필요") == 1 and "해외실증형" in page
    assert "<b>21020</b> 도로 교통 <small>(Road transport)</small> · 61%" in page
    domestic = classification_html({**RECORD, "crosswalk": {"kcn_type": None, "export_model": "우수 솔루션", "crs": []}})
    assert "해당 없음 (국내 비KCN 사업)" in domestic and "CRS" not in domestic
    assert "분류할 수 없습니다: 빈 행" in classification_html({"error": "빈 행"})
    assert label_counts([RECORD, RECORD], "sector") == [("교통·모빌리티", 2), ("에너지", 2)]


@pytest.mark.slow
def test_classify_file_writes_the_portfolio_and_keeps_bad_rows(shared_classifier, tmp_path):
    src = tmp_path / "upload-1234" / "사업목록.csv"
    src.parent.mkdir()
    src.write_bytes("사업명,사업내용,비고\n서울 스마트 가로등,IoT 가로등과 CCTV를 설치하는 사업,\n,,확인 중\n".encode("cp949"))
    out = classify_file(shared_classifier, src, tmp_path / "out", max_bytes=1 << 20)
    assert [f.name for f in out.files] == ["사업목록-classified.xlsx", "사업목록-classified.csv"]
    assert all(f.is_file() for f in out.files) and out.chart.read_bytes()[:4] == b"\x89PNG"
    assert out.columns == PREVIEW_COLUMNS
    assert out.preview[0][:4] == ["2", "2", "서울 스마트 가로등", "솔루션 구축형"]
    assert out.problems == ["사업목록.csv 3행: 사업명과 사업내용이 비어 있습니다 (row 3: no title and no description)"]
    assert out.records[1]["error"] == out.problems[0] and out.review[-1][0] == "3"
    assert out.summary[0] == "통합 분류체계로 본 스마트시티 사업: 1건 (그중 ODA 0건)"
    status = batch_status(out)
    assert status.startswith("**완료**: 2건 중 1건 분류, 오류 1건") and "사업목록.csv 3행" in status
    with pytest.raises(WebInputError, match="CSV, XLSX 또는 JSONL"):
        classify_file(shared_classifier, HWPX, tmp_path / "out", max_bytes=1 << 20)


def test_batch_errors_name_the_uploaded_file_not_its_temporary_path(shared_classifier, tmp_path):
    src = tmp_path / "gradio-tmp-9f8e" / "목록.csv"
    src.parent.mkdir()
    src.write_bytes("구분,비고\nA,B\n".encode("cp949"))
    with pytest.raises(WebInputError) as err:
        classify_file(shared_classifier, src, tmp_path / "out", max_bytes=1 << 20)
    assert str(err.value).startswith("목록.csv: 사업명(title)이나 사업내용(description) 열이 없습니다. 찾은 열: 구분, 비고")
    assert "gradio-tmp" not in str(err.value)
    assert batch_error(err.value) == ("<div class='sk-warn'>⚠ 분류하지 못했습니다: 목록.csv: 사업명(title)이나 "
                                      "사업내용(description) 열이 없습니다. 찾은 열: 구분, 비고 (no title or description "
                                      "column; found: 구분, 비고)</div>")
    empty = tmp_path / "빈.csv"
    empty.write_bytes(b"")
    with pytest.raises(WebInputError, match="^빈.csv: 빈 파일입니다"):
        classify_file(shared_classifier, empty, tmp_path / "out", max_bytes=1 << 20)


# ---- evaluation tab -----------------------------------------------------------------------------
def test_report_view(tmp_path):
    assert report_view(tmp_path / "none") == (NO_REPORT, [])
    old, new = tmp_path / "20250101-000000", tmp_path / "20250102-093000"
    for folder in (old, new):
        folder.mkdir()
        (folder / "report.md").write_text(f"# 평가 {folder.name}\n\n![recall](recall.png)\n", "utf-8")
    (new / "recall.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    text, pngs = report_view(tmp_path)
    assert "# 평가 20250102-093000" in text and "recall.png)" not in text
    assert pngs == [str(new / "recall.png")]


# ---- server safety ------------------------------------------------------------------------------
def test_resolve_auth():
    assert h.resolve_auth("127.0.0.1", None, {}) is None
    assert h.resolve_auth("0.0.0.0", "admin:비밀", {}) == ("admin", "비밀")
    assert h.resolve_auth("0.0.0.0", None, {"SMARTCITY_KB_AUTH": "kim:pw:with:colons"}) == ("kim", "pw:with:colons")
    with pytest.raises(WebInputError, match="refusing to serve on 0.0.0.0 without a login"):
        h.resolve_auth("0.0.0.0", None, {})
    with pytest.raises(WebInputError, match="USER:PASSWORD"):
        h.resolve_auth("127.0.0.1", "nopassword", {})


def test_serve_refuses_a_public_host_without_auth(monkeypatch, tmp_path):
    from assistant.cli import main

    monkeypatch.delenv("SMARTCITY_KB_AUTH", raising=False)
    result = CliRunner().invoke(main, ["--index", str(tmp_path / "index"), "serve", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "refusing to serve on 0.0.0.0 without a login" in result.output
    assert not (tmp_path / "index").exists()  # refused before building anything


def test_build_app_has_the_named_api_endpoints(lexical_index):
    from assistant.web.app import build_app

    app = build_app(load_settings(index_dir=lexical_index, environ={}))
    names = {fn.api_name for fn in app.fns.values() if fn.api_visibility == "public"}
    assert names == {"ask", "classify"}


@pytest.mark.slow
def test_quick_evaluation_runs_retrieval_and_answers_with_korean_progress(lexical_index, tmp_path):
    import json

    from assistant.web.eval_tab import run_evaluation

    seen = []
    settings = load_settings(index_dir=lexical_index, environ={})
    folder = run_evaluation(settings, lambda f, msg: seen.append((f, msg)), tmp_path, mode="quick")
    report = json.loads((folder / "report.json").read_text("utf-8"))
    assert "retrieval" in report and "answers" in report and "classification" not in report
    assert [m for _, m in seen[:-1]] == ["검색 평가 중 (retrieval)", "답변 평가 중 (answers)", "보고서 작성 중 (writing the report)"]
    assert seen[-1][1].startswith("보고서 완료 (report written): ")
    text, _ = report_view(tmp_path)
    assert "# 평가 보고서 (Evaluation report)" in text and "## 검색 (Retrieval)" in text and "## 답변 (Answers)" in text
    with pytest.raises(ValueError, match="choose from: quick, full"):
        run_evaluation(settings, lambda f, msg: None, tmp_path, mode="everything")
