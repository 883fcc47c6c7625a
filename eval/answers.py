"""Answer evaluation: key facts, citation hits, abstention, token F1 and latency over the QA dataset.

The metric functions are pure and exact (tests check them on hand-computed examples);
`evaluate_answers` runs the assistant over items and summarises overall, per split and per language.
Report thresholds calibrated on split "dev" with figures from split "test".
"""
from __future__ import annotations

import re
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from eval.faithfulness import citation_precision, citation_recall, faithfulness
from eval.metrics import mean
from eval.retrieval import QAItem, load_qa
from kb.tokenize import bigram_tokens

_SPACE = re.compile(r"\s+")
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d{3})")
# Variants the sources and the dataset write interchangeably.
_CHAR_MAP = str.maketrans({"∼": "~", "～": "~", "’": "'", "‘": "'", "`": "'", "ㆍ": "·", "․": "·", "‧": "·",
                           "・": "·", "㎞": "km", "“": '"', "”": '"'})


def load_items(path: Path) -> list[QAItem]:
    """The QA dataset (one loader for retrieval and answer evaluation)."""
    return load_qa(path)


def normalize(text: str) -> str:
    """NFC, no whitespace, no thousands commas, one spelling for quote marks, middle dots and tildes."""
    text = unicodedata.normalize("NFC", text).translate(_CHAR_MAP)
    return _DIGIT_COMMA.sub("", _SPACE.sub("", text))


SHORT_ANSWER = 400  # non-space characters: the most a "short answer" may take
FACTOID_TYPES = ("count", "amount", "date", "who", "where", "article")
FACTOID_LIMIT = 250  # non-space characters a factoid's answer should stay within


def answer_length(answer: str) -> int:
    """Non-space characters of the answer text, citation marks ([1]) not counted."""
    return len(_SPACE.sub("", re.sub(r"\[\d+\]", "", answer)))


def short_key_facts(answer: str, key_facts: tuple[str, ...] | list[str]) -> bool:
    """The headline answer metric: every key fact present in an answer of at most SHORT_ANSWER non-space
    characters (a four-paragraph dump that happens to contain the fact does not count)."""
    return answer_length(answer) <= SHORT_ANSWER and key_fact_match(answer, key_facts)


def key_fact_match(answer: str, key_facts: tuple[str, ...] | list[str]) -> bool:
    """True when every key fact occurs in the answer after normalisation (no key facts: False)."""
    flat = normalize(answer)
    return bool(key_facts) and all(normalize(f) in flat for f in key_facts)


def citation_hit(cited_texts: list[str], evidence: tuple[str, ...] | list[str]) -> bool:
    """True when a cited chunk holds one of the evidence snippets (whitespace-free)."""
    snippets = [normalize(e) for e in evidence]
    return any(s in normalize(t) for t in cited_texts for s in snippets)


def token_f1(prediction: str, reference: str) -> float:
    """F1 over Korean bigrams, Latin words and numbers (multiset overlap)."""
    pred, ref = Counter(bigram_tokens(prediction)), Counter(bigram_tokens(reference))
    common = sum((pred & ref).values())
    if not common:
        return 0.0
    precision, recall = common / sum(pred.values()), common / sum(ref.values())
    return 2 * precision * recall / (precision + recall)


def abstention_scores(abstained: list[bool], answerable: list[bool]) -> dict:
    """Precision and recall of abstention (positive = unanswerable) and the false-abstention rate."""
    pairs = list(zip(abstained, answerable))
    true_abst = sum(1 for a, ok in pairs if a and not ok)
    n_abst = sum(1 for a, _ in pairs if a)
    n_unans = sum(1 for _, ok in pairs if not ok)
    n_ans = len(pairs) - n_unans
    false_abst = sum(1 for a, ok in pairs if a and ok)
    return {
        "abstain_precision": true_abst / n_abst if n_abst else 0.0,
        "abstain_recall": true_abst / n_unans if n_unans else 0.0,
        "false_abstention": false_abst / n_ans if n_ans else 0.0,
    }


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def score_row(item, record: dict, seconds: float, judge=None) -> dict:
    """One item's scores. `judge(answer, cited_texts) -> float | None` adds the LLM faithfulness column."""
    cited = [c["text"] for c in record.get("citations", [])]
    answered = not record.get("abstained", False)
    scored = item.answerable and answered
    answer = record.get("answer", "")
    return {
        "faithfulness": faithfulness(answer, cited) if answered else None,
        "citation_precision": citation_precision(cited, item.evidence, item.key_facts) if scored else None,
        "citation_recall": citation_recall(cited, item.evidence) if scored else None,
        "llm_faithfulness": judge(answer, cited) if judge and answered else None,
        "id": item.id, "split": getattr(item, "split", "all"), "lang": item.lang, "answerable": item.answerable,
        "abstained": not answered,
        "key_facts": key_fact_match(record.get("answer", ""), item.key_facts) if item.answerable and answered else False,
        "short_key_facts": short_key_facts(answer, item.key_facts) if item.answerable and answered else False,
        "length": answer_length(answer) if answered else None, "qtype": getattr(item, "qtype", "other"),
        "citation_hit": citation_hit(cited, item.evidence) if item.answerable and answered else False,
        "f1": token_f1(record.get("answer", ""), item.reference) if item.answerable else 0.0,
        "seconds": seconds,
    }


def summarise(rows: list[dict]) -> dict:
    answerable = [r for r in rows if r["answerable"]]
    out = {
        "n": len(rows), "answerable": len(answerable), "unanswerable": len(rows) - len(answerable),
        "short_key_facts": mean([float(r.get("short_key_facts", False)) for r in answerable]),
        "key_facts": mean([float(r["key_facts"]) for r in answerable]),
        **length_summary(rows),
        "citation_hit": mean([float(r["citation_hit"]) for r in answerable]),
        "f1": mean([r["f1"] for r in answerable]),
        **{key: mean(values) if values else None for key, values in (
            (k, [r[k] for r in rows if r.get(k) is not None])
            for k in ("faithfulness", "citation_precision", "citation_recall", "llm_faithfulness"))},
        **abstention_scores([r["abstained"] for r in rows], [r["answerable"] for r in rows]),
        "latency_mean": mean([r["seconds"] for r in rows]),
        "latency_p95": percentile([r["seconds"] for r in rows], 0.95),
    }
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in out.items()}


def length_summary(rows: list[dict]) -> dict:
    """Median and p90 of the answers' non-space length (answered items), and the share of factoid answers
    within FACTOID_LIMIT."""
    lengths = [r["length"] for r in rows if r.get("length") is not None]
    factoid = [r["length"] for r in rows if r.get("length") is not None and r.get("qtype") in FACTOID_TYPES]
    return {"length_median": percentile(lengths, 0.5), "length_p90": percentile(lengths, 0.9),
            "factoid_within_limit": mean([float(n <= FACTOID_LIMIT) for n in factoid]) if factoid else None}


def evaluate_answers(kb, items, settings) -> dict:
    """Answer every item with the configured answerer; summaries overall, by split and by language."""
    from assistant.answer.qa import answer_question

    judge = _llm_judge(settings) if getattr(settings, "llm", None) else None
    rows = []
    for item in items:
        started = time.perf_counter()
        answer = answer_question(kb, item.question, settings, history=getattr(item, "history", ()), id=item.id)
        rows.append(score_row(item, answer.to_json(), time.perf_counter() - started, judge))
    return {"overall": summarise(rows), "by_split": _grouped(rows, "split"), "by_lang": _grouped(rows, "lang"),
            "rows": rows}


def _llm_judge(settings):
    """The extra claim-based faithfulness column, only when an LLM is configured."""
    from eval.faithfulness import llm_faithfulness

    return lambda answer, cited: llm_faithfulness(answer, cited, settings)


def _grouped(rows: list[dict], field: str) -> dict:
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[r[field]].append(r)
    return {g: summarise(rs) for g, rs in sorted(groups.items())}


def calibrate_abstention(kb, items, settings):
    """Thresholds fitted on the given items (pass only split == "dev"): signals come from the answer
    records, the grid search from assistant.answer.abstain.calibrate."""
    from assistant.answer.abstain import calibrate

    samples = abstention_samples(kb, items, settings)
    return calibrate(samples), samples


def abstention_samples(kb, items, settings):
    """(signals, answerable) of each item, answered with no threshold at all."""
    from assistant.answer.abstain import NEVER, Signals
    from assistant.answer.qa import answer_question

    samples = []
    for item in items:
        rec = answer_question(kb, item.question, settings, history=getattr(item, "history", ()), thresholds=NEVER)
        s = rec.extras["signals"]
        samples.append((Signals(s["bm25"], s["cosine"], s["coverage"], s["support"], tuple(s["missing"]), s["nouns"]),
                        item.answerable))
    return samples
