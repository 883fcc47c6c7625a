"""The Gradio web app: the only module that imports gradio.

`build_app(settings)` lays out four tabs — 질문하기 (ask), 사업 분류 (classify), 문서 관리 (documents),
평가 (evaluation) — and wires them to the plain handlers in web_handlers / web_classify / web_library /
web_eval, which are tested without a server. `serve(...)` checks the safety options and launches it.
"""
# no `from __future__ import annotations`: gr.api reads the endpoint functions' type hints at runtime
import functools
import inspect
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import gradio as gr

from assistant.web import handlers as h
from assistant.web.classify_tab import (PREVIEW_COLUMNS, REVIEW_COLUMNS, SharedClassifier, batch_error,
                                       batch_status, classification_html, classify_file, classify_project)
from assistant.web.eval_tab import MODES as EVAL_MODES
from assistant.web.eval_tab import report_view, run_evaluation
from assistant.web.library import DEFAULT_MAX_UPLOAD_MB, Library
from assistant.web.style import CSS
from ingest.errors import SmartCityKBError
from kb.limits import check_question

REFRESH_EVERY = 5.0  # seconds between a page's checks for a new version of the index
STREAM_DELAY = 0.03  # seconds between streamed pieces: visibly progressive, whole answer within ~0.4 s
ASK_CONCURRENCY = 4
PROGRESS_KO = {"reading": "문서 읽는 중 (reading)", "embedding": "임베딩 계산 중 (embedding)"}
EXAMPLES = ["해외실증형 사업은 몇 개국에서 추진되었나요?", "스마트도시법에서 스마트도시서비스의 정의는?",
            "스마트도시 통합운영센터의 기능은?"]


def theme():
    # system fonts only: the default themes fetch web fonts, and this app must work with no network
    fonts = ("Pretendard", "Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo", "sans-serif")
    return gr.themes.Soft(font=fonts, font_mono=("D2Coding", "Noto Sans Mono CJK KR", "monospace"))


def guard(fn):
    """Domain errors become a gr.Error pop-up with their one-line message (generators included)."""
    if inspect.isgeneratorfunction(fn):
        @functools.wraps(fn)
        def gen(*args, **kwargs):
            try:
                yield from fn(*args, **kwargs)
            except SmartCityKBError as err:
                raise gr.Error(str(err)) from None
        return gen

    @functools.wraps(fn)
    def call(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except SmartCityKBError as err:
            raise gr.Error(str(err)) from None
    return call


def build_app(settings, library: Library | None = None, classifier: SharedClassifier | None = None,
              reports_dir: Path | None = None) -> gr.Blocks:
    library = library or Library(settings)
    reports_dir = reports_dir or settings.reports
    classifier = classifier or SharedClassifier(settings)
    work = Path(tempfile.mkdtemp(prefix="smartcity-kb-web-"))  # exports and batch results to download
    with gr.Blocks(title="스마트시티 정책문서 도우미", analytics_enabled=False) as app:
        gr.Markdown("## 스마트시티 정책문서 도우미 <small style='color:#57606a'>Smart-city policy assistant</small>")
        # keyword-only search, if so: set on every page load, then every few seconds
        notice = gr.Markdown("", elem_id="sk-index-notice")
        seen = gr.State(-1)  # the library generation this page shows
        with gr.Tabs():
            with gr.Tab("질문하기 (Ask)", id="ask"):
                type_box, doc_box = _ask_tab(settings, library, work)
            with gr.Tab("사업 분류 (Classify)", id="classify"):
                _classify_tab(classifier, library, work)
            with gr.Tab("문서 관리 (Documents)", id="docs"):
                views = _library_tab(library, type_box, doc_box, seen)
            with gr.Tab("평가 (Evaluation)", id="eval"):
                report_md, gallery = _eval_tab(settings, reports_dir)
        _api_endpoints(settings, library, classifier)
        app.load(lambda: page_state(library, reports_dir), outputs=[*views, report_md, gallery],
                 api_visibility="private")
        # another process (smartcity-kb ingest, another app) may add documents: redraw when the index changes
        # (one poll for both: the keyword-only notice goes when the library switches to the hybrid index)
        gr.Timer(REFRESH_EVERY).tick(lambda shown: (*library_refresh(library, shown), _notice_html(library)),
                                     inputs=seen, outputs=[*views, notice], api_visibility="private",
                                     show_progress="hidden", concurrency_limit=None)
        app.load(lambda: _notice_html(library), outputs=notice, api_visibility="private", show_progress="hidden")
    return app


def _notice_html(library: Library) -> str:
    text = library.search_notice()
    return f"<div class='sk-notice'>{text}</div>" if text else ""


def page_state(library: Library, reports_dir: Path) -> tuple:
    """Fresh choices and tables for a page (re)load: the library may have changed since the app started."""
    report, pngs = report_view(reports_dir)
    return (*library_refresh(library, -1), report, gr.update(value=pngs, visible=bool(pngs)))


def library_refresh(library: Library, shown: int) -> tuple:
    """The document views (type and document filters, library table, delete list) and the generation they
    show, or skips when the page already shows the current index."""
    docs = library.documents()  # first: this may switch to a version another process wrote
    if library.generation == shown:
        return (gr.skip(),) * 5
    uploads = [(f"{d.title} ({d.doc_id})", d.doc_id) for d in docs if library.is_upload(d)]
    return (gr.update(choices=h.type_choices(docs)), gr.update(choices=h.doc_choices(docs)),
            h.library_rows(docs, library.is_upload), gr.update(choices=uploads, value=None), library.generation)


def _ask_tab(settings, library: Library, work: Path):
    with gr.Row():
        with gr.Column(scale=3):
            chat = gr.Chatbot(label="대화 (Chat)", show_label=False, height=460, elem_id="sk-chat", buttons=["copy"],
                              placeholder="정책 문서에 대해 질문하세요. 답변의 [번호]는 오른쪽 근거 구절을 가리킵니다.")
            question = gr.Textbox(label="질문 (Question)", placeholder=EXAMPLES[0], elem_id="sk-question", lines=1)
            notice = gr.HTML("", elem_id="sk-ask-msg")  # what is wrong with the question, beside the box
            with gr.Row():
                ask_btn = gr.Button("질문하기 (Ask)", variant="primary", elem_id="sk-ask")
                clear_btn = gr.Button("새 대화 (New chat)")
                export_btn = gr.Button("대화 내보내기 (Export, Markdown)", elem_id="sk-export")
            export_file = gr.File(label="내보낸 대화 (download)", visible=False, interactive=False,
                                  elem_id="sk-export-file")
            gr.Examples(EXAMPLES, inputs=question, label="예시 질문")
        with gr.Column(scale=2):
            with gr.Accordion("검색 범위 (Filters)", open=False):
                type_box = gr.Dropdown(label="문서 유형 (type)", multiselect=True, choices=[])
                doc_box = gr.Dropdown(label="문서 (documents)", multiselect=True, choices=[])
                with gr.Row():
                    year_from = gr.Number(label="시작 연도 (from)", precision=0)
                    year_to = gr.Number(label="끝 연도 (to)", precision=0)
            sources = gr.HTML(h.sources_html(None), label="근거 구절 (Sources)", elem_id="sk-sources")
    turns = gr.State([])  # (answer, documents) of every turn: follow-ups and the export read it

    gr.on([question.submit, ask_btn.click], functools.partial(_chat_turn, library, settings),
          inputs=[question, chat, turns, type_box, doc_box, year_from, year_to],
          outputs=[chat, question, sources, turns, notice], concurrency_limit=ASK_CONCURRENCY,
          api_visibility="private", show_progress="minimal")
    clear_btn.click(lambda: ([], [], h.sources_html(None), gr.update(value=None, visible=False), ""),
                    outputs=[chat, turns, sources, export_file, notice], api_visibility="private")
    export_btn.click(lambda held: _export(held, work), inputs=turns, outputs=[export_file, notice],
                     api_visibility="private")
    return type_box, doc_box


def _chat_turn(library: Library, settings, text, messages, turns, types, doc_ids, y1, y2):
    """One chat turn: the question shows at once, then the answer streams in, then its sources.

    A mistake in the question or the filters is said beside the box and changes nothing else: the
    conversation, the typed text and the sources stay as they were."""
    keep = (gr.skip(),) * 4
    if not (text or "").strip():
        yield (*keep, h.notice_html("질문을 입력하세요. (Type a question first.)"))
        return
    try:
        check_question(text, settings)
        filters = h.make_filters(types, doc_ids, y1, y2)
    except SmartCityKBError as err:
        yield (*keep, h.notice_html(str(err)))
        return
    kb = library.kb()  # this request keeps this index even if an upload swaps in a new one
    messages = list(messages or []) + [{"role": "user", "content": text}, {"role": "assistant", "content": "…"}]
    yield messages, "", gr.skip(), gr.skip(), ""
    from assistant.answer.qa import answer_question

    try:
        answer = answer_question(kb, text, settings, history=h.followup_history(turns or []), filters=filters)
    except SmartCityKBError as err:
        messages[-1] = {"role": "assistant", "content": f"답변하지 못했습니다: {h.escape_md(str(err))}"}
        yield messages, gr.skip(), gr.skip(), gr.skip(), h.notice_html(str(err))
        return
    for prefix in h.stream_prefixes(h.answer_markdown(answer)):
        messages[-1] = {"role": "assistant", "content": prefix}
        yield messages, gr.skip(), gr.skip(), gr.skip(), gr.skip()
        time.sleep(STREAM_DELAY)
    yield messages, gr.skip(), h.sources_html(answer, kb.docs), list(turns or []) + [(answer, kb.docs)], gr.skip()


def _export(turns, work: Path):
    if not turns:
        return gr.skip(), h.notice_html("내보낼 대화가 없습니다. 먼저 질문하세요. (Ask something first.)")
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = work / f"대화-{stamp}.md"
    path.write_text(h.export_conversation(turns, time.strftime("%Y-%m-%d %H:%M")), encoding="utf-8")
    return gr.update(value=str(path), visible=True), ""


def _classify_tab(classifier: SharedClassifier, library: Library, work: Path) -> None:
    gr.Markdown("사업명과 내용을 넣으면 8개 분류 축(사업유형·분야·단계 …)별 라벨과 신뢰도, 근거를 보여 줍니다.")
    with gr.Row():
        with gr.Column(scale=2):
            title = gr.Textbox(label="사업명 (title)", elem_id="sk-title",
                               placeholder="예: 베트남 다낭 스마트 교통신호 시스템 구축")
            description = gr.Textbox(label="사업 내용 (description)", lines=4, elem_id="sk-desc",
                                     placeholder="예: KOICA 지원으로 다낭시 교통신호 제어 시스템을 구축하는 사업")
            go = gr.Button("분류하기 (Classify)", variant="primary", elem_id="sk-classify")
        with gr.Column(scale=3):
            result = gr.HTML("<div class='sk-empty'>분류 결과가 여기에 표시됩니다.</div>", elem_id="sk-class-result")
            with gr.Accordion("JSON (interchange record)", open=False):
                raw = gr.JSON()
    go.click(guard(lambda t, d: _classified(classifier, t, d)), inputs=[title, description], outputs=[result, raw],
             api_visibility="private", concurrency_limit=2)

    gr.Markdown("### 일괄 분류와 포트폴리오 분석 (Batch) — CSV / XLSX / JSONL: 사업명(title)과 사업내용(description) 열 "
                "(id·번호 열은 없어도 되고, 다른 열은 결과에 그대로 남습니다)")
    with gr.Row():
        batch_in = gr.File(label="사업 목록 올리기 (upload)", file_types=[".csv", ".xlsx", ".jsonl"], elem_id="sk-batch")
        batch_out = gr.File(label="결과 내려받기 (포트폴리오 XLSX / CSV)", file_count="multiple", interactive=False,
                            elem_id="sk-batch-out")
    status = gr.Markdown(elem_id="sk-batch-status")
    summary = gr.Markdown(elem_id="sk-portfolio-summary")
    chart = gr.Image(label="포트폴리오 분석 (portfolio)", type="filepath", interactive=False, visible=False,
                     elem_id="sk-portfolio")
    review = gr.Dataframe(headers=REVIEW_COLUMNS, label="검토가 필요한 사업 (review first)", interactive=False, wrap=True,
                          elem_id="sk-batch-review")
    preview = gr.Dataframe(headers=PREVIEW_COLUMNS, label="분류 결과 미리보기 (preview)", interactive=False, wrap=True,
                           elem_id="sk-batch-preview")

    def on_batch(path, progress=gr.Progress()):
        if not path:
            return (gr.skip(),) * 6
        progress(0.1, desc="분류 중 (classifying)")
        try:
            out = classify_file(classifier, Path(path), Path(tempfile.mkdtemp(dir=work)), library.max_upload_bytes)
        except SmartCityKBError as err:  # shown where the results go, and it stays: no pop-up that fades
            return batch_error(err), *(gr.skip(),) * 5
        return (batch_status(out), "\n".join(f"- {line}" for line in out.summary),
                gr.update(value=str(out.chart), visible=True), out.review, out.preview, [str(f) for f in out.files])

    batch_in.upload(on_batch, inputs=batch_in, outputs=[status, summary, chart, review, preview, batch_out],
                    api_visibility="private", concurrency_limit=1)


def _classified(classifier: SharedClassifier, title: str, description: str) -> tuple[str, dict]:
    if not classifier.ready:
        gr.Info("분류기를 준비하는 중입니다 — 앱을 켠 뒤 처음 한 번만 기다립니다. (preparing the classifier)")
    record = classify_project(classifier, title, description)
    return classification_html(record), record


def _library_tab(library: Library, type_box, doc_box, seen) -> list:
    """The documents tab; returns the views that change with the library (see library_refresh)."""
    gr.Markdown("PDF · HWP · HWPX · DOCX · TXT · MD 파일을 올리면 색인에 추가됩니다. 색인하는 동안에도 질문에는 "
                "직전 색인으로 답합니다. 명령줄(`smartcity-kb ingest`)로 추가한 문서도 몇 초 안에 여기에 나타납니다. "
                "(Uploads are indexed incrementally; answers keep coming meanwhile; documents added from the "
                "command line appear within seconds.)")
    with gr.Row():
        files = gr.File(label="문서 올리기 (upload)", file_count="multiple", elem_id="sk-upload")
        status = gr.Markdown(elem_id="sk-upload-status")
    table = gr.Dataframe(headers=h.LIBRARY_COLUMNS, label="색인된 문서 (indexed documents)", interactive=False,
                         wrap=True, elem_id="sk-library")
    with gr.Row():
        delete_box = gr.Dropdown(label="삭제할 업로드 문서 (uploaded document to delete)", choices=[])
        delete_btn = gr.Button("삭제 (Delete)", variant="stop")

    views = [type_box, doc_box, table, delete_box, seen]

    @guard
    def on_upload(paths, progress=gr.Progress()):
        if not paths:
            return (gr.skip(),) * 6
        elsewhere = library.writer_elsewhere()
        if library.busy:
            gr.Info("다른 파일을 색인하는 중입니다. 끝나면 이어서 처리합니다. (waiting for the running ingest)")
        elif elsewhere:
            gr.Info(f"다른 프로세스가 색인을 쓰는 중입니다 ({elsewhere}). 끝나면 이어서 처리합니다. "
                    "(waiting for another writer)")
        pairs = [(Path(p), Path(p).name) for p in paths]  # gradio keeps the uploaded name as the file name
        report = library.add_files(pairs, progress=lambda items, desc, total: progress.tqdm(
            items, desc=PROGRESS_KO.get(desc, desc), total=total))
        return (h.upload_summary(report), *library_refresh(library, -1))

    @guard
    def on_delete(doc_id):
        if not doc_id:
            raise gr.Error("삭제할 문서를 고르세요 (choose a document)")
        return (library.delete(doc_id), *library_refresh(library, -1))

    outputs = [status, *views]
    files.upload(on_upload, inputs=files, outputs=outputs, api_visibility="private", concurrency_limit=1)
    delete_btn.click(on_delete, inputs=delete_box, outputs=outputs, api_visibility="private", concurrency_limit=1)
    return views


def _eval_tab(settings, reports_dir: Path):
    with gr.Row():
        mode = gr.Radio([(label, key) for key, (label, _) in EVAL_MODES.items()], value="quick",
                        label="평가 범위 (what to evaluate)", elem_id="sk-eval-mode")
        run = gr.Button("평가 실행 (Run evaluation)", variant="primary", elem_id="sk-eval-run")
    status = gr.Markdown(elem_id="sk-eval-status")
    report = gr.Markdown(elem_id="sk-report")
    gallery = gr.Gallery(label="그래프 (plots)", columns=2, height="auto", visible=False)

    @guard
    def on_run(chosen, progress=gr.Progress()):
        try:
            folder = run_evaluation(settings, lambda f, msg: progress(f, desc=msg), reports_dir, mode=chosen or "quick")
        except (RuntimeError, OSError, ValueError) as err:  # the harness's own failures, shown not crashed
            raise gr.Error(f"평가 실패 (evaluation failed): {err}") from None
        text, pngs = report_view(reports_dir)
        return f"완료 (done): `{folder.name}`", text, gr.update(value=pngs, visible=bool(pngs))

    run.click(on_run, inputs=mode, outputs=[status, report, gallery], api_visibility="private", concurrency_limit=1)
    return report, gallery


def _api_endpoints(settings, library: Library, classifier: SharedClassifier) -> None:
    """The named endpoints of interfaces.md, callable with gradio_client."""

    def ask(question: str) -> Iterator[str]:
        """Answer a question from the documents; streams the answer Markdown with [n] citations and sources."""
        from assistant.answer.qa import answer_question

        check_question(question, settings)
        answer = answer_question(library.kb(), question, settings)
        yield from h.stream_prefixes(h.answer_markdown(answer))

    def classify(title: str, description: str) -> dict:
        """Classify a project (title, description) into the taxonomy; returns the interchange record."""
        return classify_project(classifier, title, description)

    gr.api(guard(ask), api_name="ask", concurrency_limit=ASK_CONCURRENCY)
    gr.api(guard(classify), api_name="classify", concurrency_limit=2)


def serve(settings, host: str = "127.0.0.1", port: int = 7860, auth: str | None = None,
          max_upload_mb: float = DEFAULT_MAX_UPLOAD_MB, environ: dict | None = None,
          reports_dir: Path | None = None, block: bool = True, on_ready=None):
    """Check the safety options, warm the index, build and launch the app. Returns gradio's (app, url, share).

    `on_ready(url)` is called once the server listens (the CLI prints the line scripts wait for).
    """
    import os

    from assistant.web.library import warm

    pair = h.resolve_auth(host, auth, os.environ if environ is None else environ)  # refuse before any work
    library = Library(settings, max_upload_mb=max_upload_mb)
    classifier = SharedClassifier(settings)
    warm(library.kb(), settings)  # the analyser loads now, not during the first user's question
    library.watch()  # versions written by other processes are opened in the background
    classifier.start()  # ~25 s of training in the background, after the warm-up so it does not slow it
    app = build_app(settings, library=library, classifier=classifier, reports_dir=reports_dir)
    app.queue(default_concurrency_limit=2, max_size=64)
    launched = app.launch(server_name=host, server_port=port, auth=pair, max_file_size=library.max_upload_bytes,
                          css=CSS, theme=theme(), show_error=True, prevent_thread_lock=True,
                          footer_links=["api"], quiet=True)
    if on_ready is not None:
        on_ready(launched[1])
    if block:
        app.block_thread()
    return launched
