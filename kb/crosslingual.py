"""English questions moved into the Korean passages' neighbourhood: a rotation fitted on the glossary.

The bundled multilingual-e5-small puts an English phrase and its Korean counterpart further apart than two
Korean paraphrases, so an English question's vector ranks the Korean passages it asks about below others. An
orthogonal map W (Procrustes: the rotation that brings the English glossary terms of kb/glossary_en_ko.tsv
closest to their Korean terms, both embedded as queries) turns the question's vector towards the Korean
phrasing. Fitted on the corpus's own terms, never on questions; held out, half the glossary translates
0.157 → 0.266 of the other half's terms to the right Korean term by nearest neighbour
(`python -m eval.fit_crosslingual` prints it and rewrites MAP_FILE).

A map belongs to one embedding model: MAP_FILE names it, and another embedder (KURE-v1, bge-m3, both
cross-lingual already) gets no map.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

from kb.translate import glossary

MAP_FILE = Path(__file__).with_name("crosslingual_e5.npz")


def model_key(embedder_id: str) -> str:
    """The model behind an embedder id: the bundled e5 run by ONNX Runtime or by the package's own engine
    gives the same vectors; a shallower reading of it (".../layers8") is another space."""
    return embedder_id.replace("/onnx", "")


@lru_cache(maxsize=4)
def _load(path: Path) -> tuple[str, np.ndarray] | None:
    if not Path(path).is_file():
        return None
    with np.load(path) as data:
        return str(data["model"]), data["w"].astype(np.float32)


def english_map(embedder, path: Path = MAP_FILE) -> np.ndarray | None:
    """The map for this embedder's model, or None (no map fitted for it)."""
    loaded = _load(Path(path))
    if loaded is None or embedder is None:
        return None
    model, w = loaded
    return w if model == model_key(getattr(embedder, "id", "")) and w.shape[0] == getattr(embedder, "dim", -1) \
        else None


def map_vector(vec: np.ndarray, w: np.ndarray) -> np.ndarray:
    out = np.asarray(vec, dtype=np.float32) @ w
    return (out / (np.linalg.norm(out) or 1.0)).astype(np.float32)


def glossary_pairs() -> list[tuple[str, str]]:
    """(English term, its first Korean variant) for every glossary row, as search reads the glossary."""
    return [(en, variants[0]) for en, variants in glossary().items() if variants]


def procrustes(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The orthogonal W minimising ||x W - y|| (rows: paired vectors)."""
    u, _, vt = np.linalg.svd(x.T @ y)
    return (u @ vt).astype(np.float32)


def translation_accuracy(w: np.ndarray, x: np.ndarray, y: np.ndarray) -> float:
    """How often x_i W is nearest to y_i among all y (rows unit length): term translation by neighbour."""
    mapped = x @ w
    mapped /= np.linalg.norm(mapped, axis=1, keepdims=True)
    return float(np.mean((mapped @ y.T).argmax(axis=1) == np.arange(len(y))))
