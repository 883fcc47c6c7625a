import json
import shutil
from pathlib import Path

import pytest

from ingest.errors import LoadError
from kb.builder import NothingIngested, ingest
from kb.errors import IndexMismatch, IndexMissing
from kb.records import Filters
from kb.settings import load_settings
from kb.store import KnowledgeBase


def _settings(index: Path, **kw):
    return load_settings(index_dir=index, embedder=kw.pop("embedder", "none"), environ={}, **kw)


@pytest.fixture
def docs_dir(tmp_path, corpus_dir) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("004_c9995d5d9381f287.txt", "law_smart_city_act_rule.md", "MANIFEST.tsv"):
        shutil.copy(corpus_dir / name, folder / name)
    return folder


def test_manifest_metadata_and_search(docs_dir, tmp_path):
    index = tmp_path / "index"
    report = ingest([docs_dir], _settings(index))
    assert sorted(report.added) and len(report.added) == 2 and report.skipped == []
    kb = KnowledgeBase.open(_settings(index))
    doc = kb.docs["004_c9995d5d9381f287"]
    assert (doc.doc_type, doc.year, doc.publisher) == ("kcn", 2025, "국토교통과학기술진흥원 스마트시티산업지원센터")
    hits = kb.search("쿠알라룸푸르 스마트 주차", k=3)
    assert hits[0].chunk.doc_id == "004_c9995d5d9381f287"
    assert "쿠알라룸푸르" in hits[0].chunk.text
    assert [h.rank for h in hits] == [1, 2, 3]


def test_filters_restrict_documents(docs_dir, tmp_path):
    index = tmp_path / "index"
    ingest([docs_dir], _settings(index))
    kb = KnowledgeBase.open(_settings(index))
    hits = kb.search("스마트도시", k=10, filters=Filters(doc_types=("law",)))
    assert hits and {h.doc.doc_type for h in hits} == {"law"}
    assert kb.search("스마트도시", k=5, filters=Filters(year_to=2020)) == []


def test_incremental_ingest_skips_replaces_and_prunes(docs_dir, tmp_path):
    index = tmp_path / "index"
    ingest([docs_dir], _settings(index))
    ids_before = [c.id for c in KnowledgeBase.open(_settings(index)).chunks]

    again = ingest([docs_dir], _settings(index))
    assert (again.added, again.replaced, len(again.unchanged)) == ([], [], 2)
    assert [c.id for c in KnowledgeBase.open(_settings(index)).chunks] == ids_before

    note = docs_dir / "메모.md"
    note.write_text("# 현장 메모\n\n콘깬 실증지의 AI CCTV는 2025년 12월까지 운영한다.\n", encoding="utf-8")
    (docs_dir / "law_smart_city_act_rule.md").write_text("# 시행규칙\n\n개정된 본문이다.\n", encoding="utf-8")
    changed = ingest([docs_dir], _settings(index))
    assert len(changed.added) == 1 and changed.added[0].endswith("메모.md")
    assert len(changed.replaced) == 1 and changed.replaced[0].endswith("law_smart_city_act_rule.md")
    kb = KnowledgeBase.open(_settings(index))
    assert kb.docs["메모"].title == "현장 메모" and kb.docs["메모"].doc_type == "unknown"
    kept = {c.id for c in kb.chunks if c.doc_id == "004_c9995d5d9381f287"}
    assert kept == {i for i in ids_before if i.startswith("004_")}  # citations of unchanged files survive

    note.unlink()
    pruned = ingest([docs_dir], _settings(index), prune=True)
    assert len(pruned.removed) == 1 and "메모" not in KnowledgeBase.open(_settings(index)).docs


def test_bad_files_are_skipped_with_reasons(docs_dir, tmp_path):
    (docs_dir / "broken.hwp").write_bytes(b"\xd0\xcf\x11\xe0 not really an OLE file")
    report = ingest([docs_dir], _settings(tmp_path / "index"))
    assert len(report.added) == 2
    assert [(Path(f).name, bool(reason)) for f, reason in report.skipped] == [("broken.hwp", True)]


def test_nothing_ingested_raises(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    with pytest.raises(NothingIngested, match="bad.pdf"):
        ingest([bad], _settings(tmp_path / "index"))
    assert not (tmp_path / "index").exists()


def test_missing_path_and_missing_index(tmp_path):
    with pytest.raises(LoadError, match="no such file or folder"):
        ingest([tmp_path / "nowhere"], _settings(tmp_path / "index"))
    with pytest.raises(IndexMissing, match="smartcity-kb ingest"):
        KnowledgeBase.open(_settings(tmp_path / "index"))


def test_manifest_mismatch_names_the_rebuild_command(docs_dir, tmp_path):
    index = tmp_path / "index"
    ingest([docs_dir], _settings(index))
    with pytest.raises(IndexMismatch, match="chunker .* rebuild with: smartcity-kb ingest --rebuild"):
        KnowledgeBase.open(_settings(index, chunk_size=300))
    manifest = json.loads((index / "manifest.json").read_text())
    manifest["schema_version"] = 0
    (index / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexMismatch, match="schema version 0"):
        KnowledgeBase.open(_settings(index))


def test_failed_write_leaves_the_old_index_whole(docs_dir, tmp_path, monkeypatch):
    index = tmp_path / "index"
    ingest([docs_dir], _settings(index))
    before = (index / "chunks.jsonl").read_text()
    (docs_dir / "new.md").write_text("# 새 문서\n\n내용이다.\n", encoding="utf-8")

    def explode(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("kb.lexical.LexicalIndex.save", explode)
    with pytest.raises(OSError, match="disk full"):
        ingest([docs_dir], _settings(index))
    assert (index / "chunks.jsonl").read_text() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("index.")] == []
