"""Fit the unit model (`assistant/answer/reader_model.json`) on the KorQuAD 1.0 part, and say how well it reads.

    python -m eval.fit_reader                    # fit, report out-of-fold figures, write the model
    python -m eval.fit_reader --no-write         # figures only

What is fitted (scikit-learn logistic regression, five folds by article; every figure printed is
out-of-fold, i.e. on articles the weights were not fitted on): the unit model: for every question, the units (sentences, rows) of the top passages the product's own
   retrieval returns from an index of the 100 articles; a unit is positive when it holds the gold answer
   where the paragraph has it;
The final weights are fitted on all 100 articles. The regularisation C is chosen by the folds. (The short
answer inside the best units is the span reader's: eval/fit_span_reader.py.)
"""
from __future__ import annotations

import argparse
import json
import logging
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from eval import korquad as K

logger = logging.getLogger(__name__)
WORK = Path(".smartcity-kb") / "korquad"
CS = (0.03, 0.1, 0.3, 1.0, 3.0)


@dataclass
class QuestionRows:
    q: K.KQuestion
    analyzed: object  # assistant.answer.question.Question
    unit_texts: list[str]
    unit_x: np.ndarray
    unit_bonus: np.ndarray
    unit_y: np.ndarray


def unit_rows(kb, questions: list[K.KQuestion], k: int = 10) -> list[QuestionRows]:
    from assistant.answer.extractive import read_units
    from assistant.answer.qa import chunk_neighbours
    from assistant.answer.question import analyze, idf_table

    idf, around = idf_table(kb), chunk_neighbours(kb)
    out = []
    for n, kq in enumerate(questions):
        q = analyze(kq.question, idf)
        rows = read_units(q, kb.search(q.text, k=k), idf, around)
        out.append(QuestionRows(
            kq, q, [r.text for r in rows], np.asarray([r.features for r in rows], dtype=np.float64).reshape(len(rows), -1),
            np.asarray([r.bonus for r in rows]), np.asarray([K.is_relevant(kq, r.hit.chunk.doc_id, r.text) for r in rows])))
        if n % 500 == 0:
            logger.info("units: %d/%d questions", n, len(questions))
    return out


def fit_linear(x: np.ndarray, y: np.ndarray, c: float):
    """Logistic regression on standardised features; returns (coef, bias) for raw features."""
    from sklearn.linear_model import LogisticRegression

    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    model.fit((x - mean) / std, y)
    coef = model.coef_[0] / std
    return coef, float(model.intercept_[0] - np.dot(coef, mean))


def _folds(items) -> np.ndarray:
    return np.asarray([K.fold_of(it.q.article) for it in items])


def oof_scores(xs: list[np.ndarray], ys: list[np.ndarray], folds: np.ndarray, c: float) -> list[np.ndarray]:
    """Each question's candidate scores by the model fitted on the other folds' questions (out of fold);
    a question without candidates scores an empty array. Shared with eval/fit_reranker.py."""
    scores: list[np.ndarray] = [np.zeros(0)] * len(xs)
    for f in range(K.FOLDS):
        train = [i for i, fo in enumerate(folds) if fo != f and len(ys[i])]
        coef, bias = fit_linear(np.vstack([xs[i] for i in train]), np.concatenate([ys[i] for i in train]), c)
        for i, fo in enumerate(folds):
            if fo == f and len(ys[i]):
                scores[i] = xs[i] @ coef + bias
    return scores


def oof_unit_scores(rows: list[QuestionRows], c: float) -> list[np.ndarray]:
    return oof_scores([r.unit_x for r in rows], [r.unit_y for r in rows], _folds(rows), c)


def unit_metrics(rows: list[QuestionRows], scores: list[np.ndarray]) -> dict:
    top1 = top2 = 0
    for r, s in zip(rows, scores):
        if not len(s):
            continue
        order = np.argsort(-s)
        top1 += bool(r.unit_y[order[0]])
        top2 += bool(r.unit_y[order[:2]].any())
    n = len(rows)
    return {"unit_top1": round(top1 / n, 4), "unit_top2": round(top2 / n, 4),
            "gold_among_units": round(sum(bool(r.unit_y.any()) for r in rows) / n, 4)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=K.DEFAULT_PATH)
    ap.add_argument("--embedder", default=None, help="embedder of the KorQuAD index (default: the product's)")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--sample", type=int, default=0, help="use every n-th question only (quicker experiments)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    from kb.settings import load_settings

    articles, questions = K.load(args.data)
    if args.sample:
        questions = questions[::args.sample]
    settings = load_settings(index_dir=WORK / f"index-{args.embedder or 'default'}",
                             **({"embedder": args.embedder} if args.embedder else {}))
    kb = K.build_index(settings, articles, WORK / "corpus")
    started = time.time()
    rows = unit_rows(kb, questions)
    logger.info("unit rows: %.0f s", time.time() - started)
    best = None
    for c in CS:
        m = unit_metrics(rows, oof_unit_scores(rows, c))
        logger.info("unit model C=%s: %s", c, m)
        if best is None or m["unit_top1"] > best[1]["unit_top1"]:
            best = (c, m)
    figures = {"unit": {"C": best[0], **best[1]}}
    print(json.dumps(figures, ensure_ascii=False))
    if not args.no_write:
        write_model(rows, best[0], figures, len(questions), args.embedder)


def write_model(rows, unit_c: float, figures: dict, n_questions: int, embedder) -> None:
    """Fit the unit model on every question and write reader_model.json."""
    from assistant.answer.features import UNIT_FEATURES
    from assistant.answer.reader import MODEL_FILE, Linear, ReaderModel

    ucoef, ubias = fit_linear(np.vstack([r.unit_x for r in rows if len(r.unit_y)]),
                              np.concatenate([r.unit_y for r in rows if len(r.unit_y)]), unit_c)
    info = {"fitted_on": f"KorQuAD 1.0 part (../shared/external), {n_questions} questions, index embedder "
                         f"{embedder or 'default'}", "out_of_fold": figures,
            "how": "python -m eval.fit_reader (logistic regression, 5 folds by article)"}
    model = ReaderModel(Linear(UNIT_FEATURES, ucoef, ubias), info)
    MODEL_FILE.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    logger.info("wrote %s", MODEL_FILE)


if __name__ == "__main__":
    main()
