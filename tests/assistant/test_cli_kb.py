"""CLI contract of ingest/search/docs: outputs, one-line errors and exit codes."""
import json
import re
import shutil

from click.testing import CliRunner

from assistant.cli import main


def _run(*args, env=None):
    return CliRunner().invoke(main, list(args), env={"SMARTCITY_KB_EMBEDDER": "none", **(env or {})})


def test_ingest_search_docs(tmp_path, corpus_dir):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("004_c9995d5d9381f287.txt", "MANIFEST.tsv"):
        shutil.copy(corpus_dir / name, docs / name)
    index = str(tmp_path / "index")
    result = _run("--index", index, "ingest", str(docs))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1 files: 1 added, 0 replaced, 0 unchanged, 0 removed, 0 skipped;")
    # not a terminal (a log): plain progress lines, at the start and the end of each step
    assert [re.sub(r" \(\d+초\)$", "", ln) for ln in result.stderr.splitlines()] == [
        "문서 읽기 (reading): 0/1", "문서 읽기 (reading): 1/1", "색인·임베딩 (indexing): 0/1", "색인·임베딩 (indexing): 1/1"]

    result = _run("--index", index, "search", "쿠알라룸푸르 주차", "--k", "2", "--json")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["rank"] for r in rows] == [1, 2]
    assert rows[0]["doc_id"] == "004_c9995d5d9381f287" and "쿠알라룸푸르" in rows[0]["text"]

    result = _run("--index", index, "docs")
    assert result.exit_code == 0
    assert result.output.split("\t")[:5] == ["004_c9995d5d9381f287", "kcn", "2025", "쪽 없음", "청크 23개"]


def test_missing_path_is_one_line_and_exit_1(tmp_path):
    result = _run("--index", str(tmp_path / "i"), "ingest", str(tmp_path / "없는파일.hwp"))
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {tmp_path / '없는파일.hwp'}: no such file or folder"


def test_encrypted_pdf_alone_fails_naming_the_file(tmp_path, request):
    from tests.conftest import FIXTURES

    result = _run("--index", str(tmp_path / "i"), "ingest", str(FIXTURES / "password-protected.pdf"))
    assert result.exit_code == 1
    assert "nothing could be ingested" in result.output and "password-protected.pdf" in result.output
    assert "password" in result.output.lower()


def test_bad_file_among_good_ones_is_a_warning(tmp_path, corpus_dir):
    from tests.conftest import FIXTURES

    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(corpus_dir / "law_smart_city_act_rule.md", docs)
    shutil.copy(FIXTURES / "cid-font-no-tounicode.pdf", docs)
    result = _run("--index", str(tmp_path / "i"), "ingest", str(docs))
    assert result.exit_code == 0
    assert "1 added" in result.output and "1 skipped" in result.output
    assert "skipped" in result.output and ("cid-font-no-tounicode.pdf: 글자 정보가 없는 PDF입니다(스캔본 등). OCR로 글자를 입힌 파일이 필요합니다 "
                                          "(no usable text layer (needs OCR))") in result.output


def test_search_without_index_names_ingest(tmp_path):
    result = _run("--index", str(tmp_path / "none"), "search", "시범도시")
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: no index at {tmp_path / 'none'}; build it with: smartcity-kb ingest"


def test_empty_query_is_a_usage_error(lexical_index):
    result = _run("--index", str(lexical_index), "search", "  ")
    assert result.exit_code == 2 and "the query is empty" in result.output


def test_index_goes_before_or_after_the_command(lexical_index, tmp_path):
    after = CliRunner().invoke(main, ["ask", "--index", str(lexical_index), "국가도시재생기본방침은 몇 년마다 수립하나요?",
                                      "--json"], env={"SMARTCITY_KB_EMBEDDER": "none", "SMARTCITY_KB_LLM": ""})
    assert after.exit_code == 0, after.output
    assert json.loads(after.output)["citations"][0]["doc_id"] == "law_urban_regeneration_act"
    docs = _run("docs", "--index", str(lexical_index))
    assert docs.exit_code == 0 and docs.output == _run("--index", str(lexical_index), "docs").output
    assert "law_urban_regeneration_act\tlaw\t" in docs.output
    # given twice, the one after the command name wins
    result = _run("--index", str(lexical_index), "search", "시범도시", "--index", str(tmp_path / "none"))
    assert result.output.strip() == f"Error: no index at {tmp_path / 'none'}; build it with: smartcity-kb ingest"



def test_a_stub_named_hwp_is_skipped_with_its_reason_and_not_indexed(tmp_path, corpus_dir):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(corpus_dir / "law_smart_city_act_rule.md", docs)
    (docs / "공고문.hwp").write_bytes(b"<!-- saved from url=(0014)about:blank -->\n")
    (docs / "빈문서.md").write_text("# \n\n<!-- 작성 예정 -->\n", encoding="utf-8")
    index = str(tmp_path / "i")
    result = _run("ingest", str(docs), "--index", index)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("3 files: 1 added, 0 replaced, 0 unchanged, 0 removed, 2 skipped;")
    assert [line for line in result.stderr.splitlines() if line.startswith("skipped ")] == [
        f"skipped {docs / '공고문.hwp'}: named .hwp but its 42 bytes are an HTML comment, not an HWP document "
        "(a placeholder or a failed download?)",
        f"skipped {docs / '빈문서.md'}: only markup (HTML comments, tags or list marks), no text to index",
    ]
    listed = _run("docs", "--index", index)
    assert [line.split("\t")[0] for line in listed.output.splitlines()] == ["law_smart_city_act_rule"]
