"""KorQuAD 1.0 (the part in ../shared/external/korquad-1.0-dev-part/): external Korean QA data nobody on
this project wrote, used to fit and measure retrieval and the short-answer reader.

The 100 Wikipedia articles are written as text files (one per article, paragraphs separated by blank
lines) into a work folder and indexed by the product's own ingest, so retrieval runs exactly as on the
bundled corpus. The data is read from ../shared at run time and never copied into the product (its licence,
CC BY-ND 2.0 KR, forbids shipping a modified copy).

Folds: articles are split into `FOLDS` groups by their position in the file, so anything fitted on these
questions is scored on articles it was not fitted on (`fold_of`).

Official scoring (the dataset's evaluate-v1.0.py): answers lower-cased, quotes, brackets and punctuation
removed, whitespace collapsed; exact match on that, F1 over the characters of the words.
"""
from __future__ import annotations

import json
import re
import string
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from eval.metrics import squash

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "shared" / "external" / "korquad-1.0-dev-part" / \
    "korquad_v1.0_dev_part.json"
FOLDS = 5


@dataclass(frozen=True)
class KQuestion:
    id: str
    question: str
    answers: tuple[str, ...]
    doc_id: str  # the article's file name without extension
    paragraph: int  # index of the paragraph in its article
    context: str  # the paragraph
    answer_start: int  # offset of the first answer in the paragraph
    article: int  # position of the article in the file (folds are built from it)


@dataclass(frozen=True)
class KArticle:
    doc_id: str
    title: str
    paragraphs: tuple[str, ...]
    article: int


def load(path: Path = DEFAULT_PATH) -> tuple[list[KArticle], list[KQuestion]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))["data"]
    except (OSError, ValueError, KeyError) as err:
        raise FileNotFoundError(f"{path}: KorQuAD part not readable ({err})") from None
    articles, questions = [], []
    for a, art in enumerate(data):
        doc_id = f"kq{a:03d}"
        paragraphs = tuple(p["context"] for p in art["paragraphs"])
        articles.append(KArticle(doc_id, art["title"].replace("_", " "), paragraphs, a))
        for p, para in enumerate(art["paragraphs"]):
            for qa in para["qas"]:
                answers = tuple(x["text"] for x in qa["answers"])
                questions.append(KQuestion(qa["id"], qa["question"], answers, doc_id, p, para["context"],
                                           qa["answers"][0]["answer_start"], a))
    return articles, questions


def fold_of(article: int) -> int:
    return article % FOLDS


def write_corpus(articles: list[KArticle], folder: Path) -> Path:
    """One text file per article (its title as the first line, paragraphs separated by blank lines) and a
    MANIFEST.tsv with the titles: what a user's folder of Korean articles looks like."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = ["file\tdoc_type\ttitle\tpublisher\tyear\tlanguage\tnotes"]
    for art in articles:
        (folder / f"{art.doc_id}.txt").write_text("\n\n".join(art.paragraphs) + "\n", encoding="utf-8")
        rows.append(f"{art.doc_id}.txt\treport\t{art.title}\tWikipedia (KorQuAD 1.0)\t\tko\t")
    (folder / "MANIFEST.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def answer_window(q: KQuestion, width: int = 12) -> tuple[str, str, str]:
    """(text before the gold answer, the answer, text after it) in the paragraph, each squashed."""
    s = q.answer_start
    answer = q.context[s:s + len(q.answers[0])]
    return squash(q.context[max(0, s - width):s]), squash(answer), squash(q.context[s + len(answer):s + len(answer) + width])


def is_relevant(q: KQuestion, doc_id: str, text: str) -> bool:
    """The passage is in the article and holds the gold answer where the paragraph has it: the answer with
    some of the words around it (a chunk boundary may cut either side, not both)."""
    if doc_id != q.doc_id:
        return False
    before, answer, after = answer_window(q)
    flat = squash(text)
    if not answer:
        return False
    start = flat.find(answer)
    while start >= 0:
        # up to six characters either side, as far as the passage goes, must be the paragraph's own
        pre, post = flat[max(0, start - 6):start], flat[start + len(answer):start + len(answer) + 6]
        if before.endswith(pre) and after.startswith(post) and len(pre) + len(post) >= min(3, len(before) + len(after)):
            return True
        start = flat.find(answer, start + 1)
    return False


# ---- official KorQuAD 1.0 scoring ---------------------------------------------------------------
_REMOVE = re.compile(r"['\"《》<>〈〉()‘’]")
_PUNCT = set(string.punctuation)


def normalize_answer(s: str) -> str:
    s = _REMOVE.sub(" ", s.lower())
    s = "".join(ch for ch in s if ch not in _PUNCT)
    return " ".join(s.split())


def exact_match(prediction: str, truths: tuple[str, ...] | list[str]) -> float:
    return float(any(normalize_answer(prediction) == normalize_answer(t) for t in truths))


def f1(prediction: str, truths: tuple[str, ...] | list[str]) -> float:
    return max(_char_f1(prediction, t) for t in truths)


def _char_f1(prediction: str, truth: str) -> float:
    pred = [ch for tok in normalize_answer(prediction).split() for ch in tok]
    gold = [ch for tok in normalize_answer(truth).split() for ch in tok]
    same = sum((Counter(pred) & Counter(gold)).values())
    if not same:
        return 0.0
    precision, recall = same / len(pred), same / len(gold)
    return 2 * precision * recall / (precision + recall)


# ---- index and retrieval ------------------------------------------------------------------------
def build_index(settings, articles: list[KArticle], workdir: Path, rebuild: bool = False):
    """The articles indexed by the product's ingest into settings.index_dir (kept: re-running with the same
    settings finds every file unchanged); returns the opened KnowledgeBase."""
    from kb.builder import ingest
    from kb.store import KnowledgeBase

    ingest([write_corpus(articles, workdir)], settings, rebuild=rebuild)
    return KnowledgeBase.open(settings)


def evaluate_retrieval(kb, questions: list[KQuestion], mode: str = "hybrid", k: int = 10) -> dict:
    from eval.metrics import mean, ndcg_at_k, reciprocal_rank, recall_at_k

    rows = []
    for q in questions:
        hits = kb.search(q.question, k=k, mode=mode)
        relevance = [is_relevant(q, h.chunk.doc_id, h.chunk.text) for h in hits]
        rows.append({"id": q.id, "fold": fold_of(q.article), "first": next((n for n, r in enumerate(relevance, 1) if r), None),
                     **{f"recall@{n}": recall_at_k(relevance, n) for n in (1, 3, 5, 10)},
                     "mrr": reciprocal_rank(relevance), "ndcg@10": ndcg_at_k(relevance, 10, 1)})
    keys = ["recall@1", "recall@3", "recall@5", "recall@10", "mrr", "ndcg@10"]
    return {"mode": mode, "n": len(rows), **{key: round(mean([r[key] for r in rows]), 4) for key in keys}, "rows": rows}


# ---- reader and answers -------------------------------------------------------------------------
def evaluate_reader(reader, questions: list[KQuestion]) -> dict:
    """Reader only: each question with its gold paragraph; official EM/F1 in %. The span is taken as the
    answerer takes it (a trailing particle cut off)."""
    from assistant.answer.compose import strip_particle

    em = f1_total = 0.0
    for q in questions:
        spans = reader.read(q.question, [q.context], top=1)
        pred = strip_particle(q.context[spans[0].start:spans[0].end].strip()) if spans else ""
        em += exact_match(pred, q.answers)
        f1_total += f1(pred, q.answers)
    n = len(questions) or 1
    return {"n": len(questions), "em": round(100 * em / n, 2), "f1": round(100 * f1_total / n, 2)}


def evaluate_answers(kb, questions: list[KQuestion], settings) -> dict:
    """End to end over the index of the 100 articles: the product's answer to each question. `contained`:
    the gold answer stands in an answer of at most 400 non-space characters; `em`/`f1`: the answer's lead
    (its short answer) against the gold answers."""
    import time

    from assistant.answer.qa import answer_question
    from eval.answers import SHORT_ANSWER, answer_length, normalize, percentile

    rows = []
    for q in questions:
        started = time.perf_counter()
        rec = answer_question(kb, q.question, settings).to_json()
        seconds = time.perf_counter() - started
        answer, abstained = rec.get("answer", ""), rec.get("abstained", False)
        length = answer_length(answer)
        flat = normalize(answer)
        contained = not abstained and length <= SHORT_ANSWER and any(normalize(a) in flat for a in q.answers)
        lead = rec.get("short_answer", "") if not abstained else ""
        rows.append({"id": q.id, "fold": fold_of(q.article), "abstained": abstained, "contained": contained,
                     "length": length, "lead_kind": rec.get("answer_kind"), "em": exact_match(lead, q.answers),
                     "f1": f1(lead, q.answers), "seconds": seconds})
    n = len(rows) or 1
    answered = [r["length"] for r in rows if not r["abstained"]]
    return {"n": len(rows), "contained": round(sum(r["contained"] for r in rows) / n, 4),
            "abstained": round(sum(r["abstained"] for r in rows) / n, 4),
            "lead_em": round(100 * sum(r["em"] for r in rows) / n, 2),
            "lead_f1": round(100 * sum(r["f1"] for r in rows) / n, 2),
            "length_median": percentile(answered, 0.5), "length_p90": percentile(answered, 0.9),
            "latency_p50_ms": round(1000 * percentile([r["seconds"] for r in rows], 0.5), 1), "rows": rows}
