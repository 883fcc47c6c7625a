from __future__ import annotations

import numpy as np
import pytest

from assistant.answer.span_reader import best_spans, encode


def test_encode_places_every_passage_token_on_its_characters():
    from kb.e5_bundled import ModelFile, bundled_model_path

    model = ModelFile(bundled_model_path())
    passages = ["노아는 방주를 만들었다.", "방주는 3층이었다."]
    enc = encode(model.tokenizer, model.config, "방주는 몇 층인가?", passages)
    assert enc.ids[0] == model.config.bos and enc.ids[-1] == model.config.eos
    spans = [w for w in enc.where if w is not None]
    # every passage character under a token, in order; the tokens' characters spell the passages without spaces
    for p, text in enumerate(passages):
        mine = [(a, b) for q, a, b in spans if q == p]
        assert "".join(text[a:b] for a, b in mine) == text.replace(" ", "")
    assert len(encode(model.tokenizer, model.config, "질문", ["가나다 " * 400], max_tokens=64).ids) == 64


def test_best_spans_respect_order_passage_and_length():
    where = [None, (0, 0, 2), (0, 2, 4), (1, 0, 3), (1, 3, 5), None]
    start = np.array([0, 1.0, 5.0, 4.0, 0.0, 9.0])
    end = np.array([0, 0.0, 1.0, 0.0, 6.0, 9.0])
    # (2, 2): 6.0; (2, 4) crosses passages; (3, 4): 10.0 is best; position 5 is no passage token
    assert best_spans(start, end, where, top=2) == [(3, 4, 10.0), (2, 2, 6.0)]
    assert best_spans(start, end, where, top=1, max_span=1) == [(2, 2, 6.0)]


@pytest.mark.slow
def test_the_shipped_reader_finds_short_answers():
    from assistant.answer.span_reader import default_reader

    reader = default_reader()
    assert reader is not None
    text = "위원회의 위원장은 국토교통부장관이 되고, 부위원장은 위원 중에서 호선한다."
    span = reader.read("스마트도시위원회의 위원장은 누구인가?", [text], top=1)[0]
    assert text[span.start:span.end] == "국토교통부장관"


@pytest.mark.slow
def test_readers_read_together_sum_their_weighted_scores_in_one_graph():
    from assistant.answer.span_reader import ENSEMBLE, SpanReader

    together = SpanReader(list(ENSEMBLE))
    alone = [(SpanReader(path), weight) for path, weight in ENSEMBLE]
    text = "위원회의 위원장은 국토교통부장관이 되고, 부위원장은 위원 중에서 호선한다."
    together.read("위원장은 누구인가?", [text])
    enc = encode(together._tokenizer, together._config, "위원장은 누구인가?", [text])
    summed = sum(weight * reader._load().run([enc.ids])[0] for reader, weight in alone)
    np.testing.assert_allclose(together._load().run([enc.ids])[0], summed, atol=1e-3)
    # the frozen layers below the fine-tuned ones are in the graph once, not once per reader
    import onnx

    names = [i.name for i in onnx.load(str(together.graph_path)).graph.initializer]
    assert "l0.qkv" in names and "b0.l4.qkv" in names and "b1.l11.qkv" in names and "b0.l11.qkv" not in names
