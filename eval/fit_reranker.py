"""Fit the search reranker (`kb/rerank_model.json`) on the KorQuAD 1.0 part and report what it changes.

    python -m eval.fit_reranker                 # fit, print out-of-fold figures, write the model
    python -m eval.fit_reranker --no-write      # figures only

For every KorQuAD question the product's hybrid search (without the reranker) returns its top
`kb.rerank.DEPTH` passages from an index of the 100 articles; a passage is positive when it holds the gold
answer where the paragraph has it. Logistic regression (balanced classes), C chosen by five folds by
article; the printed figures are out of fold. The written model is fitted on all questions. The project's
own dev questions (eval/datasets/qa.jsonl, split dev) are the in-domain check: `--check-index` scores them
before and after on the bundled corpus's index.
"""
from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

import numpy as np

from eval import korquad as K
from eval.fit_reader import WORK, fit_linear, oof_scores

logger = logging.getLogger(__name__)
CS = (0.01, 0.1, 1.0)


def candidate_rows(kb, questions: list[K.KQuestion]):
    from kb.idf import bigram_idf
    from kb.rerank import DEPTH, features

    idf = bigram_idf(kb.chunks)
    out = []
    for q in questions:
        hits = kb.search(q.question, k=DEPTH)
        query = kb.request(q.question, DEPTH).lexical_text or q.question
        out.append((features(query, hits, idf), np.asarray([K.is_relevant(q, h.chunk.doc_id, h.chunk.text) for h in hits])))
    return out


def ranking_metrics(labels_in_order: list[np.ndarray]) -> dict:
    r1 = r5 = mrr = 0.0
    for y in labels_in_order:
        first = next((i for i, v in enumerate(y) if v), None)
        r1 += first == 0
        r5 += first is not None and first < 5
        mrr += 1.0 / (first + 1) if first is not None and first < 10 else 0.0
    n = len(labels_in_order) or 1
    return {"recall@1": round(r1 / n, 4), "recall@5": round(r5 / n, 4), "mrr": round(mrr / n, 4)}


def oof_orders(rows, folds: np.ndarray, c: float) -> list[np.ndarray]:
    """Each question's candidate labels in the order of its out-of-fold scores."""
    scores = oof_scores([x for x, _ in rows], [y for _, y in rows], folds, c)
    return [y[np.argsort(-s, kind="stable")] if len(y) else y for (_, y), s in zip(rows, scores)]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=K.DEFAULT_PATH)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    from kb.rerank import DEPTH, FEATURES, MODEL_FILE, Reranker
    from kb.settings import load_settings

    articles, questions = K.load(args.data)
    settings = load_settings(index_dir=WORK / "index-default", rerank=False)
    kb = K.build_index(settings, articles, WORK / "corpus")
    rows = candidate_rows(kb, questions)
    folds = np.asarray([K.fold_of(q.article) for q in questions])
    figures = {"fused": ranking_metrics([y for _, y in rows])}
    best = None
    for c in CS:
        m = ranking_metrics(oof_orders(rows, folds, c))
        logger.info("C=%s: %s", c, m)
        if best is None or m["mrr"] > best[1]["mrr"]:
            best = (c, m)
    figures["reranked_out_of_fold"] = {"C": best[0], **best[1]}
    print(json.dumps(figures, ensure_ascii=False))
    if not args.no_write:
        usable = [r for r in rows if len(r[1])]
        coef, bias = fit_linear(np.vstack([r[0] for r in usable]), np.concatenate([r[1] for r in usable]), best[0])
        info = {"fitted_on": f"KorQuAD 1.0 part, {len(questions)} questions, the top {DEPTH} fused candidates of "
                             "the product's hybrid search", "figures": figures,
                "how": "python -m eval.fit_reranker"}
        MODEL_FILE.write_text(json.dumps(Reranker(coef, bias, info).to_json(), ensure_ascii=False, indent=1) + "\n",
                              encoding="utf-8")
        logger.info("wrote %s (%s)", MODEL_FILE, dict(zip(FEATURES, np.round(coef, 3))))


if __name__ == "__main__":
    main()
