"""Files derived from the bundled model, kept between runs: built once, read back, never stale or half-written."""
from __future__ import annotations

import pytest

from kb import model_cache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("SMARTCITY_KB_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_cached_file_is_built_once(cache):
    calls = []

    def build() -> bytes:
        calls.append(1)
        return b"graph"

    first = model_cache.cached_file("g.onnx", build)
    assert first == cache / "g.onnx" and first.read_bytes() == b"graph"
    assert model_cache.cached_file("g.onnx", build) == first and calls == [1]
    assert [p.name for p in cache.iterdir()] == ["g.onnx"]  # no temporary file left behind


def test_a_cached_table_round_trips_and_a_damaged_one_is_rebuilt(cache):
    table = {"_ids": {"▁스마트": 7}, "_scores": [0.5, -1.25], "_unk": 3}
    assert model_cache.cached_state("t", lambda: table) == table
    assert model_cache.cached_state("t", lambda: {"rebuilt": True}) == table
    (damaged,) = cache.iterdir()
    damaged.write_bytes(b"\x00garbage")
    assert model_cache.cached_state("t", lambda: {"rebuilt": True}) == {"rebuilt": True}


@pytest.mark.slow
def test_the_e5_tokenizer_and_graph_from_the_cache_equal_the_built_ones(cache):
    import numpy as np

    from kb.e5_bundled import TOKENIZER_VERSION, BundledE5, ModelFile, Tokenizer, bundled_model_path

    text = "passage: 스마트도시 통합운영센터는 교통·방범 정보를 연계한다 (K-City Network 2024)"
    fresh = ModelFile(bundled_model_path())
    assert fresh.tokenizer.content_ids(text) == Tokenizer(fresh).content_ids(text)  # built, then written
    names = sorted(p.name for p in cache.iterdir())
    assert len(names) == 1 and names[0].startswith(f"e5-tokenizer-{fresh.identity}-v{TOKENIZER_VERSION}-py3")
    again = ModelFile(bundled_model_path())
    assert again.tokenizer.content_ids(text) == Tokenizer(again).content_ids(text)  # read back
    vectors = BundledE5(again, layers=2).passage([text])
    assert any(p.name.endswith("-fp32-l2-g1.onnx") for p in cache.iterdir())
    assert np.allclose(BundledE5(ModelFile(bundled_model_path()), layers=2).passage([text]), vectors, atol=1e-6)


@pytest.mark.slow
def test_a_damaged_cached_graph_is_rebuilt(cache):
    from kb.e5_bundled import GRAPH_VERSION, BundledE5, ModelFile, bundled_model_path

    model = ModelFile(bundled_model_path())
    damaged = cache / f"e5-{model.identity}-fp32-l1-g{GRAPH_VERSION}.onnx"
    cache.mkdir(parents=True)
    damaged.write_bytes(b"not an onnx graph")
    vector = BundledE5(model, layers=1).query("스마트도시")
    assert vector.shape == (384,) and damaged.stat().st_size > 1_000_000
