"""Out-of-fold scoring shared by the unit model's and the reranker's fitting programs."""
from __future__ import annotations

import numpy as np

from eval import korquad as K
from eval.fit_reader import fit_linear, oof_scores
from eval.fit_reranker import oof_orders


def _questions(n: int = 25, seed: int = 0):
    rng = np.random.default_rng(seed)
    xs, ys = [], []
    for i in range(n):
        y = np.zeros(6)
        y[rng.integers(6)] = 1.0
        x = rng.normal(size=(6, 3)) + np.outer(y, [4.0, 0.0, -3.0])  # the answer stands out on two features
        xs.append(x)
        ys.append(y)
    xs[3], ys[3] = np.zeros((0, 3)), np.zeros(0)  # a question without candidates
    return xs, ys, np.asarray([i % K.FOLDS for i in range(n)])


def test_each_question_is_scored_by_the_model_of_the_other_folds():
    xs, ys, folds = _questions()
    scores = oof_scores(xs, ys, folds, 1.0)
    train = [i for i in range(len(xs)) if folds[i] != 2 and len(ys[i])]
    coef, bias = fit_linear(np.vstack([xs[i] for i in train]), np.concatenate([ys[i] for i in train]), 1.0)
    for i in np.flatnonzero(folds == 2):
        np.testing.assert_allclose(scores[i], xs[i] @ coef + bias)
    assert scores[3].shape == (0,)


def test_the_reranker_orders_labels_by_those_scores():
    xs, ys, folds = _questions()
    rows = list(zip(xs, ys))
    orders = oof_orders(rows, folds, 1.0)
    scores = oof_scores(xs, ys, folds, 1.0)
    assert orders[3].shape == (0,)
    for y, s, o in zip(ys, scores, orders):
        if len(y):
            assert list(o) == list(y[np.argsort(-s, kind="stable")])
    # the planted answer stands out by 4 and 3 standard deviations: out of fold it comes first for all 24
    assert [o[0] for o in orders if len(o)] == [1.0] * 24
