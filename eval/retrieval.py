"""Retrieval evaluation: Recall@1/3/5/10, MRR and nDCG@10 over the QA dataset.

A passage is relevant when it belongs to the item's document and holds one of its evidence snippets
(compared without whitespace, since PDF text breaks lines mid-word), so judgements survive re-chunking.
"""
from __future__ import annotations

import json
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from eval.metrics import mean, ndcg_at_k, reciprocal_rank, recall_at_k, squash

KS = (1, 3, 5, 10)


@dataclass(frozen=True)
class QAItem:
    id: str
    question: str
    lang: str
    answerable: bool
    doc_id: str | None
    evidence: tuple[str, ...]
    key_facts: tuple[str, ...]
    reference: str
    qtype: str
    topic: str
    split: str = "all"
    history: tuple[tuple[str, str], ...] = ()  # earlier (question, answer) turns of a follow-up


def load_qa(path: Path) -> list[QAItem]:
    items = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            items.append(QAItem(
                id=str(d["id"]), question=d["question"], lang=d.get("lang", "ko"),
                answerable=bool(d.get("answerable", True)), doc_id=d.get("doc_id"),
                evidence=tuple(d.get("evidence") or ()), key_facts=tuple(d.get("key_facts") or ()),
                reference=d.get("reference", ""), qtype=d.get("qtype", "other"), topic=d.get("topic", "other"),
                split=d.get("split", "all"), history=tuple(tuple(t) for t in d.get("history") or ()),
            ))
        except (ValueError, KeyError, TypeError) as err:
            raise ValueError(f"{path}:{n}: not a QA item ({err})") from None
    return items


def is_relevant(item: QAItem, doc_id: str, text: str) -> bool:
    if item.doc_id and doc_id != item.doc_id:
        return False
    flat = squash(text)
    return any(squash(e) in flat for e in item.evidence)


def evaluate_retrieval(kb, items: list[QAItem], mode: str = "hybrid", k: int = 10) -> dict:
    rows = []
    for item in (i for i in items if i.answerable and i.evidence):
        started = time.perf_counter()
        hits = kb.search(item.question, k=k, mode=mode)
        seconds = time.perf_counter() - started
        relevance = [is_relevant(item, h.chunk.doc_id, h.chunk.text) for h in hits]
        n_rel = sum(1 for c in kb.chunks if is_relevant(item, c.doc_id, c.text)) or 1
        first = next((n for n, rel in enumerate(relevance, 1) if rel), None)
        rows.append({
            "id": item.id, "lang": item.lang, "first_relevant": first, "doc_type": kb.docs[item.doc_id].doc_type if item.doc_id in kb.docs else "?",
            **{f"recall@{n}": recall_at_k(relevance, n) for n in KS},
            "mrr": reciprocal_rank(relevance[:10]), "ndcg@10": ndcg_at_k(relevance, 10, n_rel), "seconds": seconds,
        })
    return {"mode": mode, "overall": _summary(rows), "by_lang": _grouped(rows, "lang"),
            "by_doc_type": _grouped(rows, "doc_type"), "rows": rows}


def _summary(rows: list[dict]) -> dict:
    keys = [f"recall@{n}" for n in KS] + ["mrr", "ndcg@10"]
    out = {key: round(mean([r[key] for r in rows]), 4) for key in keys}
    out["n"] = len(rows)
    return out


def _grouped(rows: list[dict], field: str) -> dict:
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[r[field]].append(r)
    return {g: _summary(rs) for g, rs in sorted(groups.items())}
