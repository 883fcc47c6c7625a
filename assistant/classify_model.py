"""Per-facet combination of the classifier's evidence into calibrated label probabilities.

Each project becomes, per facet, a vector of named evidence values: cue counts and labelling rules
(classify_rules), similarity to the label descriptions and k-NN votes of the labelled examples
(classify_knn), and cues found in retrieved knowledge-base passages. A small L2-regularised logistic
regression per facet (one-vs-rest per label for `sector`) weighs them; its inputs for the examples are
computed leave-one-out (an example never votes for itself). A per-facet temperature, fitted on
leave-one-out predictions, calibrates the probabilities.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass, field

import numpy as np

from assistant.classify_knn import knn_votes
from assistant.classify_rules import TextFeatures
from kb.taxonomy import Facet, Taxonomy

# Which facets' cue counts inform which facet (chosen by leave-one-out on the labelled set).
RELATED = {
    "project_type": ("project_type", "stage", "smart_city_type", "program"),
    "sector": ("sector",),
    "stage": ("stage", "project_type"),
    "scale": ("scale", "region", "project_type"),
    "region": ("region", "program"),
    "program": ("program", "region", "project_type"),
    "smart_city_type": ("smart_city_type", "project_type", "sector"),
    "urban_context": ("urban_context", "project_type", "region"),
}


@dataclass(frozen=True)
class ModelConfig:
    C: float = 1.0
    C_by_facet: dict = field(default_factory=lambda: {"sector": 3.0})  # leave-one-out sweep over 0.3/1/3/10
    knn_k: int = 7
    knn_power: float = 4.0
    representations: tuple[str, ...] = ("tfidf", "dense")
    use_kb: bool = True
    temperatures: dict = field(default_factory=dict)  # facet → T (probabilities ∝ exp(logit / T))


@dataclass(frozen=True)
class ItemEvidence:
    """The evidence of one project that does not depend on which examples are used."""

    text: TextFeatures
    label_sims: dict  # representation → vector over Taxonomy label keys (facet, label)
    kb: dict  # "kb:facet:label" → value
    kb_passages: tuple = ()

    def named(self, facet: str, label_keys: list[tuple[str, str]]) -> dict[str, float]:
        related = RELATED[facet]
        out = {k: v for k, v in self.text.vector().items() if k.split(":")[1] in related}
        for rep, sims in self.label_sims.items():
            for (f, label), value in zip(label_keys, sims):
                if f == facet:
                    out[f"sim:{rep}:{label}"] = float(value)
        out.update({k: v for k, v in self.kb.items() if k.split(":")[1] == facet})
        return out


def onehot(facet: Facet, labels: list) -> np.ndarray:
    ids = facet.label_ids
    y = np.zeros((len(labels), len(ids)))
    for row, value in enumerate(labels):
        for v in (value if isinstance(value, list) else [value]):
            y[row, ids.index(v)] = 1.0
    return y


class _Space:
    """Feature names → columns, fixed from the training items."""

    def __init__(self, dicts: list[dict]) -> None:
        names = sorted({k for d in dicts for k in d})
        self.names = names
        self.col = {n: i for i, n in enumerate(names)}

    def matrix(self, dicts: list[dict]) -> np.ndarray:
        x = np.zeros((len(dicts), len(self.names)))
        for row, d in enumerate(dicts):
            for k, v in d.items():
                j = self.col.get(k)
                if j is not None:
                    x[row, j] = v
        return x


def _fit_lr(x: np.ndarray, y: np.ndarray, C: float):
    from sklearn.linear_model import LogisticRegression

    if len(set(y.tolist())) < 2:
        return _Constant(int(y[0]) if len(y) else 0)
    model = LogisticRegression(C=C, max_iter=500, solver="newton-cg")  # lbfgs is 40x slower here
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model.fit(x, y)
    return model


class _Constant:
    def __init__(self, value: int) -> None:
        self.value = value
        self.classes_ = np.array([value])
        self.coef_ = None

    def decision_function(self, x):
        return np.zeros(len(x))


@dataclass
class FacetModel:
    facet: Facet
    space: _Space
    models: list  # one multinomial model, or one binary model per label (sector)
    temperature: float = 1.0

    def logits(self, x: np.ndarray) -> np.ndarray:
        """(items × labels) scores; absent classes get a very low score."""
        n, labels = len(x), len(self.facet.label_ids)
        out = np.full((n, labels), -30.0)
        if self.facet.multi:
            for j, model in enumerate(self.models):
                score = model.decision_function(x)
                if isinstance(model, _Constant):
                    score = np.full(n, 30.0 if model.value == 1 else -30.0)
                out[:, j] = score
            return out
        model = self.models[0]
        if isinstance(model, _Constant):
            out[:, model.value] = 0.0
            return out
        raw = model.decision_function(x)
        if raw.ndim == 1:  # two classes seen: sklearn returns the positive-class margin
            raw = np.stack([-raw / 2, raw / 2], axis=1)
        out[:, model.classes_.astype(int)] = raw
        return out

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        z = self.logits(x) / self.temperature
        if self.facet.multi:
            return 1.0 / (1.0 + np.exp(-z))
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def contributions(self, x_row: np.ndarray, label_index: int) -> list[tuple[str, float]]:
        """Feature names by their weight × value towards one label, largest first (evidence)."""
        model = self.models[label_index] if self.facet.multi else self.models[0]
        if getattr(model, "coef_", None) is None:
            return []
        coef = model.coef_
        if self.facet.multi or coef.shape[0] == 1:
            w = coef[0] * (1 if self.facet.multi or label_index == int(model.classes_[1]) else -1)
        else:
            rows = list(model.classes_.astype(int))
            w = coef[rows.index(label_index)] if label_index in rows else np.zeros(coef.shape[1])
        contrib = w * x_row
        order = np.argsort(-contrib)
        return [(self.space.names[j], float(contrib[j])) for j in order if contrib[j] > 0]


def knn_features(facet: Facet, sims: dict, example_labels: np.ndarray, exclude: np.ndarray | None,
                 config: ModelConfig) -> tuple[list[dict], np.ndarray | None]:
    """k-NN vote features (per representation) for each query row; also the dense (or tf-idf) neighbours."""
    rows: list[dict] = [dict() for _ in range(next(iter(sims.values())).shape[0])]
    neighbours = None
    for rep in config.representations:
        if rep not in sims:
            continue
        votes, top = knn_votes(sims[rep], example_labels, config.knn_k, exclude, config.knn_power)
        neighbours = top if neighbours is None or rep == "dense" else neighbours
        for row, v in zip(rows, votes):
            row.update({f"knn:{rep}:{label}": float(x) for label, x in zip(facet.label_ids, v) if x})
    return rows, neighbours


def fit_facet(facet: Facet, dicts: list[dict], y: np.ndarray, config: ModelConfig) -> FacetModel:
    space = _Space(dicts)
    x = space.matrix(dicts)
    C = config.C_by_facet.get(facet.id, config.C)
    if facet.multi:
        models = [_fit_lr(x, y[:, j].astype(int), C) for j in range(y.shape[1])]
    else:
        models = [_fit_lr(x, y.argmax(axis=1), C)]
    return FacetModel(facet, space, models, config.temperatures.get(facet.id, 1.0))


def training_dicts(taxonomy: Taxonomy, facet: Facet, evidence: list[ItemEvidence], sims: dict,
                   y: np.ndarray, exclude: np.ndarray, config: ModelConfig, label_keys) -> list[dict]:
    """Feature dicts of the examples; each example's k-NN votes come from the others (`exclude` hides itself)."""
    knn, _ = knn_features(facet, sims, y, exclude, config)
    return [{**ev.named(facet.id, label_keys), **k} for ev, k in zip(evidence, knn)]
