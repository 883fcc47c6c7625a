"""End-to-end tests of ingest and search, run on both backends (Qdrant in local mode inside tmp_path)."""
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from ingest.errors import LoadError
from kb.builder import NothingIngested, ingest
from kb.errors import IndexMismatch, IndexMissing, IndexWriteError
from kb.records import Filters
from kb.settings import load_settings
from kb.store import KnowledgeBase
from kb.tokenize import bigram_tokens


@pytest.fixture(params=["embedded", "qdrant"])
def backend(request) -> str:
    return request.param


def _settings(index: Path, backend: str = "embedded", **kw):
    return load_settings(index_dir=index, embedder=kw.pop("embedder", "none"), backend=backend, environ={}, **kw)


class HashEmbedder:
    """Deterministic stand-in for a model: normalised hashed bigram counts. Fails after `fail_after` calls."""

    id, dim = "test-hash-64", 64

    def __init__(self, fail_after: int | None = None) -> None:
        self.fail_after = fail_after
        self.calls = 0
        self.texts: list[str] = []

    def _vector(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        for token in bigram_tokens(text):
            v[hash(token) % self.dim] += 1.0
        return v / (np.linalg.norm(v) or 1.0)

    def embed_passages(self, texts):
        if self.fail_after is not None and self.calls >= self.fail_after:
            raise RuntimeError("embedding worker died")
        self.calls += 1
        self.texts.extend(texts)
        return np.vstack([self._vector(t) for t in texts])

    def embed_query(self, text):
        return self._vector(text)


@pytest.fixture
def docs_dir(tmp_path, corpus_dir) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("004_c9995d5d9381f287.txt", "law_smart_city_act_rule.md", "MANIFEST.tsv"):
        shutil.copy(corpus_dir / name, folder / name)
    return folder


def test_manifest_metadata_and_search(docs_dir, tmp_path, backend):
    index = tmp_path / "index"
    report = ingest([docs_dir], _settings(index, backend))
    assert sorted(report.added) and len(report.added) == 2 and report.skipped == []
    kb = KnowledgeBase.open(_settings(index, backend))
    assert kb.manifest.backend == backend and kb.dense is None
    doc = kb.docs["004_c9995d5d9381f287"]
    assert (doc.doc_type, doc.year, doc.publisher) == ("kcn", 2025, "국토교통과학기술진흥원 스마트시티산업지원센터")
    hits = kb.search("쿠알라룸푸르 스마트 주차", k=3)
    assert hits[0].chunk.doc_id == "004_c9995d5d9381f287"
    assert "쿠알라룸푸르" in hits[0].chunk.text
    assert [h.rank for h in hits] == [1, 2, 3]


def test_both_backends_rank_and_score_alike(docs_dir, tmp_path):
    """The sparse vectors carry the same BM25 as bm25s: same order, same scores."""
    results = {}
    for backend in ("embedded", "qdrant"):
        index = tmp_path / backend
        ingest([docs_dir], _settings(index, backend), embedder=HashEmbedder())
        kb = KnowledgeBase.open(_settings(index, backend, embedder=None), embedder=HashEmbedder())
        # hits with the same fused score are a tie whose order neither backend promises: compare each
        # ranking as the same hits with the same scores (fused score to 1e-5, its parts to 1e-3: the two compute
        # them in a different floating-point order, and a score like 1.040165 rounds either way at the fifth
        # decimal, so they are compared by difference, not rounded)
        # (English questions: the embedded BM25 weighs each glossary term by its best Korean variant, the
        # Qdrant sparse side scores the flat translation; only their dense side is the same by design)
        results[backend] = {
            (q, mode): {h.chunk.id: (h.score, h.lexical or 0.0, h.dense or 0.0) for h in kb.search(q, 8, mode=mode)}
            for q, modes in (("스마트도시 건설사업 시행자", ("hybrid", "lexical", "dense")),
                             ("smart parking Kuala Lumpur", ("dense",)))
            for mode in modes
        }
    assert results["qdrant"].keys() == results["embedded"].keys()
    for key, embedded in results["embedded"].items():
        qdrant = results["qdrant"][key]
        assert qdrant.keys() == embedded.keys(), key
        for chunk_id, (score, lexical, dense) in embedded.items():
            assert qdrant[chunk_id][0] == pytest.approx(score, abs=1e-5), (key, chunk_id)
            assert qdrant[chunk_id][1:] == pytest.approx((lexical, dense), abs=1e-3), (key, chunk_id)


def test_filters_restrict_documents(docs_dir, tmp_path, backend):
    index = tmp_path / "index"
    ingest([docs_dir], _settings(index, backend))
    kb = KnowledgeBase.open(_settings(index, backend))
    hits = kb.search("스마트도시", k=10, filters=Filters(doc_types=("law",)))
    assert hits and {h.doc.doc_type for h in hits} == {"law"}
    assert kb.search("스마트도시", k=5, filters=Filters(year_to=2020)) == []
    only = kb.search("스마트도시", k=5, filters=Filters(doc_ids=("004_c9995d5d9381f287",), year_from=2025))
    assert only and {h.chunk.doc_id for h in only} == {"004_c9995d5d9381f287"}


def test_incremental_ingest_skips_replaces_and_prunes(docs_dir, tmp_path, backend):
    index = tmp_path / "index"
    ingest([docs_dir], _settings(index, backend))
    ids_before = [c.id for c in KnowledgeBase.open(_settings(index, backend)).chunks]

    again = ingest([docs_dir], _settings(index, backend))
    assert (again.added, again.replaced, len(again.unchanged)) == ([], [], 2)
    assert [c.id for c in KnowledgeBase.open(_settings(index, backend)).chunks] == ids_before

    note = docs_dir / "메모.md"
    note.write_text("# 현장 메모\n\n콘깬 실증지의 AI CCTV는 2025년 12월까지 운영한다.\n", encoding="utf-8")
    (docs_dir / "law_smart_city_act_rule.md").write_text("# 시행규칙\n\n개정된 본문이다.\n", encoding="utf-8")
    changed = ingest([docs_dir], _settings(index, backend))
    assert len(changed.added) == 1 and changed.added[0].endswith("메모.md")
    assert len(changed.replaced) == 1 and changed.replaced[0].endswith("law_smart_city_act_rule.md")
    kb = KnowledgeBase.open(_settings(index, backend))
    assert kb.docs["메모"].title == "현장 메모" and kb.docs["메모"].doc_type == "unknown"
    kept = {c.id for c in kb.chunks if c.doc_id == "004_c9995d5d9381f287"}
    assert kept == {i for i in ids_before if i.startswith("004_")}  # citations of unchanged files survive
    assert kb.search("콘깬 AI CCTV 운영", k=1)[0].chunk.doc_id == "메모"
    law = kb.search("개정된 본문", k=20, filters=Filters(doc_ids=("law_smart_city_act_rule",)))
    assert [h.chunk.text for h in law] == ["개정된 본문이다."]  # the replaced version only

    note.unlink()
    pruned = ingest([docs_dir], _settings(index, backend), prune=True)
    assert len(pruned.removed) == 1 and "메모" not in KnowledgeBase.open(_settings(index, backend)).docs
    assert not (index / "staging").exists()


def test_bad_files_are_skipped_with_reasons(docs_dir, tmp_path, backend):
    (docs_dir / "broken.hwp").write_bytes(b"\xd0\xcf\x11\xe0 not really an OLE file")
    report = ingest([docs_dir], _settings(tmp_path / "index", backend))
    assert len(report.added) == 2
    assert [(Path(f).name, bool(reason)) for f, reason in report.skipped] == [("broken.hwp", True)]


def test_nothing_ingested_raises(tmp_path, backend):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    with pytest.raises(NothingIngested, match="bad.pdf"):
        ingest([bad], _settings(tmp_path / "index", backend))
    assert not (tmp_path / "index").exists()


def test_missing_path_and_missing_index(tmp_path, backend):
    with pytest.raises(LoadError, match="no such file or folder"):
        ingest([tmp_path / "nowhere"], _settings(tmp_path / "index", backend))
    with pytest.raises(IndexMissing, match="smartcity-kb ingest"):
        KnowledgeBase.open(_settings(tmp_path / "index", backend))


def test_manifest_mismatch_names_the_rebuild_command(docs_dir, tmp_path, backend):
    index = tmp_path / "index"
    ingest([docs_dir], _settings(index, backend))
    with pytest.raises(IndexMismatch, match="chunker .* rebuild with: smartcity-kb ingest --rebuild"):
        KnowledgeBase.open(_settings(index, backend, chunk_size=300))
    other = "qdrant" if backend == "embedded" else "embedded"
    with pytest.raises(IndexMismatch, match=f"built for the '{backend}' backend .*'{other}'.* --rebuild"):
        KnowledgeBase.open(_settings(index, other))
    manifest = json.loads((index / "manifest.json").read_text())
    manifest["schema_version"] = 0
    (index / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexMismatch, match="schema version 0"):
        KnowledgeBase.open(_settings(index, backend))


def test_failed_write_leaves_the_old_index_whole(docs_dir, tmp_path, monkeypatch, backend):
    index = tmp_path / "index"
    ingest([docs_dir], _settings(index, backend))
    before = (index / "chunks.jsonl").read_text()
    (docs_dir / "new.md").write_text("# 새 문서\n\n내용이다.\n", encoding="utf-8")

    def explode(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("kb.store.write_manifest", explode)
    with pytest.raises(IndexWriteError) as refused:
        ingest([docs_dir], _settings(index, backend))
    assert str(refused.value) == f"{index}: disk full; 기존 색인은 그대로입니다 (the index is unchanged)"
    assert (index / "chunks.jsonl").read_text() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("index.")) == ["index.lock"]
    kb = KnowledgeBase.open(_settings(index, backend))
    assert "new" not in kb.docs and kb.search("새 문서 내용", k=3)[0].chunk.doc_id != "new"
    monkeypatch.undo()
    assert ingest([docs_dir], _settings(index, backend)).added[0].endswith("new.md")


def test_switching_backend_rebuilds_from_the_catalogue(docs_dir, tmp_path, backend):
    index = tmp_path / "index"
    ingest([docs_dir], _settings(index, backend), embedder=HashEmbedder())
    other = "qdrant" if backend == "embedded" else "embedded"
    again = HashEmbedder()
    report = ingest([docs_dir], _settings(index, other), embedder=again)
    assert len(report.unchanged) == 2 and report.pages == 0 and report.embedded == 0  # nothing parsed or embedded
    kb = KnowledgeBase.open(_settings(index, other, embedder=None), embedder=HashEmbedder())
    assert kb.manifest.backend == other and kb.search("쿠알라룸푸르 스마트 주차", k=1, mode="lexical")
    assert again.calls == 0  # vectors came from embcache.npz or from the Qdrant collection


def test_resume_after_a_crash_loses_nothing(docs_dir, tmp_path, backend):
    index = tmp_path / "index"
    crashing = HashEmbedder(fail_after=1)
    with pytest.raises(RuntimeError, match="embedding worker died"):
        ingest([docs_dir], _settings(index, backend), embedder=crashing)
    assert not (index / "manifest.json").exists() and (index / "staging").is_dir()
    assert len(list((index / "staging" / "parsed").glob("*.jsonl"))) == 2

    resumed, steps = HashEmbedder(), {}

    def progress(items, desc, total):
        steps[desc] = total
        return items

    report = ingest([docs_dir], _settings(index, backend), embedder=resumed, progress=progress)
    assert len(report.added) == 2 and steps["reading"] == 0  # both documents came from staging, not re-read
    assert not set(resumed.texts) & set(crashing.texts)  # what was embedded before the crash was kept
    kb = KnowledgeBase.open(_settings(index, backend, embedder=None), embedder=HashEmbedder())
    ids = [c.id for c in kb.chunks]
    assert len(ids) == len(set(ids)) == report.chunks == report.embedded + len(crashing.texts)
    assert not (index / "staging").exists()
    if backend == "qdrant":
        from kb.backends.qdrant import client_for

        assert client_for(kb.settings, index).count(kb.settings.qdrant_collection).count == len(ids)


def test_parsing_in_worker_processes_gives_the_same_chunks(docs_dir, tmp_path):
    ingest([docs_dir], _settings(tmp_path / "one", ingest_workers=1))
    ingest([docs_dir], _settings(tmp_path / "two", ingest_workers=2))
    one = KnowledgeBase.open(_settings(tmp_path / "one")).chunks
    assert one == KnowledgeBase.open(_settings(tmp_path / "two")).chunks


def test_fusion_is_a_setting_with_listed_choices(lexical_index):
    from kb.settings import SettingsError

    dbsf = KnowledgeBase.open(load_settings(index_dir=lexical_index, environ={}))
    rrf = KnowledgeBase.open(load_settings(index_dir=lexical_index, environ={"SMARTCITY_KB_FUSION": "rrf"}))
    question = "스마트도시법에서 국가스마트도시위원회 부위원장은 누구인가요?"
    a, b = dbsf.search(question, k=5), rrf.search(question, k=5)
    assert [h.chunk.id for h in a] == [h.chunk.id for h in b]  # one ranking: both keep the BM25 order
    assert b[0].score == pytest.approx(1 / 31)  # RRF: 1 / (k + 1), k = 30
    # DBSF: (s - mean + 3σ) / 6σ over the BM25 candidates; a clear winner lands above 1
    bm25 = list(dbsf.backend.lexical_ranking(question, None, 100).values())
    mean, sd = np.mean(bm25), np.std(bm25, ddof=1)
    assert a[0].score == pytest.approx((bm25[0] - mean + 3 * sd) / (6 * sd)) and a[0].score > 1.0
    with pytest.raises(SettingsError, match="unknown fusion 'rank'; choose one of: dbsf, rrf"):
        load_settings(environ={"SMARTCITY_KB_FUSION": "rank"})
