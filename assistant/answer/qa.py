"""Question answering: the one entry point the CLI, the web app and the evaluation call.

retrieve (k ≥ 10) → extractive answer → abstention check → LLM answer when configured (falling back to
the extractive one with a visible note) → the answer record.
"""
from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable, Iterator, Sequence

from assistant.answer.abstain import Thresholds, closest_documents, decide, default_thresholds, signals
from assistant.answer.conversation import Turn, rewrite
from assistant.errors import AssistantError, EmptyQuestion
from assistant.answer.extractive import Extract, answer_extractive
from assistant.answer.passages import neighbours
from assistant.answer.question import Question, analyze, idf_table, nfc, preload_kiwi
from assistant.answer.span_reader import default_reader
from assistant.answer.records import ABSTAIN_EN, ABSTAIN_KO, MIN_CONTEXTS, Answer, error_record
from kb.records import Filters, Hit

logger = logging.getLogger(__name__)

RETRIEVE_K = 10


def answer_question(kb, question: str, settings, history: Sequence[Turn] = (), filters: Filters = Filters(),
                    id: str | None = None, thresholds: Thresholds | None = None) -> Answer:
    if not isinstance(question, str) or not question.strip():
        raise EmptyQuestion()
    started = time.perf_counter()
    preload_kiwi()  # loads while the question is searched
    rewritten = rewrite(question.strip(), history, settings)
    # searched before the question is analysed: the analysis needs Kiwi, which is still loading on a cold start
    hits = kb.search(nfc(rewritten).strip(), k=max(RETRIEVE_K, MIN_CONTEXTS), filters=filters)
    idf = idf_table(kb)
    q = analyze(rewritten, idf)
    ex = answer_extractive(q, hits, idf, chunk_neighbours(kb), reader=default_reader())
    sig = signals(q, ex, hits)
    abstain, reason = decide(sig, thresholds or default_thresholds())
    base = dict(id=id, question=question, contexts=tuple(hits), rewritten_question=rewritten,
                qtype=q.qtype.value, extras={"signals": sig.to_json()})
    if abstain or not ex.units:
        answer = _abstention(q, hits, reason or "nothing retrieved", base)
    elif getattr(settings, "llm", None):
        answer = _llm_answer(q, hits, ex, settings, base)
    else:
        # the short answer the text leads with, for clients that show it apart (and the evaluation)
        base["extras"].update(short_answer=ex.lead.text, answer_kind=ex.lead.kind)
        answer = Answer(answer=ex.text, abstained=False, citations=ex.citations, conflicts=ex.conflicts, **base)
    return _timed(answer, started)


def chunk_neighbours(kb):
    """The base's chunk-neighbour lookup, built once per base (its chunk list does not change)."""
    cached = getattr(kb, "_qa_neighbours", None)
    if cached is None or cached[0] is not kb.chunks:
        cached = (kb.chunks, neighbours(kb.chunks))
        try:
            kb._qa_neighbours = cached
        except AttributeError:
            pass
    return cached[1]


def _timed(answer: Answer, started: float) -> Answer:
    from dataclasses import replace

    return replace(answer, seconds=round(time.perf_counter() - started, 4))


def _abstention(q: Question, hits: list[Hit], reason: str, base: dict) -> Answer:
    docs = closest_documents(hits)
    if q.lang == "en":
        text = ABSTAIN_EN + (" Closest documents: " + "; ".join(f"{t} ({d})" for d, t in docs) + "." if docs else "")
    else:
        text = ABSTAIN_KO + (" 가장 가까운 문서: " + "; ".join(f"{t} ({d})" for d, t in docs) + "." if docs else "")
    return Answer(answer=text, abstained=True, note=reason, **base)


def _llm_answer(q: Question, hits: list[Hit], ex: Extract, settings, base: dict) -> Answer:
    from assistant.answer.llm import answer_with_llm

    try:
        reply = answer_with_llm(q, hits, settings)
    except AssistantError as err:
        logger.warning("LLM answer failed: %s", err)
        note = f"LLM unavailable ({err}); extractive answer shown" if q.lang == "en" else \
            f"LLM을 사용할 수 없어({err}) 추출식 답변을 표시합니다."
        return Answer(answer=ex.text, abstained=False, citations=ex.citations, conflicts=ex.conflicts, note=note,
                      answerer="extractive-fallback", **base)
    if reply.abstained:
        return _abstention(q, hits, "the LLM found no answer in the passages", {**base})
    return Answer(answer=reply.text, abstained=False, citations=reply.citations, conflicts=ex.conflicts,
                  note=reply.note, unsupported=reply.unsupported, answerer="llm", **base)


def answer_batch(kb, lines: Iterable[str], settings, filters: Filters = Filters()) -> Iterator[dict]:
    """One output record per input line; a bad line gives a record with `error` and the rest still run."""
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as err:
            yield error_record(None, "", f"line {n}: not JSON ({err.msg})")
            continue
        if not isinstance(item, dict) or not isinstance(item.get("question"), str) or not item["question"].strip():
            rid = item.get("id") if isinstance(item, dict) else None
            yield error_record(rid, "", f"line {n}: no question (want {{\"id\": ..., \"question\": ...}})")
            continue
        turns = item.get("history") or ()
        try:
            turns = [(str(t[0]), str(t[1]) if len(t) > 1 else "") for t in turns]
            answer = answer_question(kb, item["question"], settings, history=turns, filters=filters,
                                     id=item.get("id"))
        except (AssistantError, TypeError, IndexError, KeyError) as err:
            yield error_record(item.get("id"), item.get("question", ""), f"line {n}: {err}")
            continue
        yield answer.to_json()
