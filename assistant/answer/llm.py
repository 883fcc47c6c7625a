"""LLM answers from the retrieved passages (the chat model comes from `assistant.llm`). The prompt numbers the passages and requires [n] citations; the
reply's citations are checked (each n must name a supplied passage) and sentences without a valid one
are listed as unsupported. Any failure raises LLMUnavailable so the caller can fall back.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.answer.question import Question
from assistant.answer.records import Citation
from assistant.llm import invoke
from kb.records import Hit

logger = logging.getLogger(__name__)

NOT_FOUND = "NOT_IN_DOCUMENTS"
MAX_PASSAGES = 6
_CITE = re.compile(r"\[(\d+)\]")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")

SYSTEM_PROMPT = (
    "You answer questions for Korean smart-city practitioners using ONLY the numbered passages.\n"
    "- Answer in the language of the question, in 1-4 short sentences.\n"
    "- Copy figures, names and units exactly as the passages write them (e.g. 33억 원, 104.7ha).\n"
    "- End every sentence with the number of the passage that supports it, like [1] or [2].\n"
    "- If passages disagree on a figure, give both with their passage numbers.\n"
    f"- If the passages do not contain the answer, reply exactly: {NOT_FOUND}"
)


@dataclass(frozen=True)
class LLMReply:
    text: str
    citations: tuple[Citation, ...]
    unsupported: tuple[str, ...]
    note: str | None
    abstained: bool


def passages_text(hits: Sequence[Hit]) -> str:
    out = []
    for n, h in enumerate(hits[:MAX_PASSAGES], start=1):
        where = f"p.{h.chunk.page}" if h.chunk.page else (h.chunk.section or "-")
        out.append(f"[{n}] {h.doc.title} ({h.doc.year or '-'}), {where}\n{h.chunk.text}")
    return "\n\n".join(out)


def validate_citations(text: str, n_passages: int) -> tuple[list[int], list[int], list[str]]:
    """(valid cited numbers in order, invalid numbers, sentences without a valid citation)."""
    valid, invalid, unsupported = [], [], []
    for sentence in (s.strip() for s in _SENTENCE.split(text)):
        if not sentence:
            continue
        numbers = [int(n) for n in _CITE.findall(sentence)]
        good = [n for n in numbers if 1 <= n <= n_passages]
        invalid += [n for n in numbers if not 1 <= n <= n_passages]
        valid += [n for n in good if n not in valid]
        if not good and re.search(r"\w", sentence):
            unsupported.append(sentence)
    return valid, sorted(set(invalid)), unsupported


def answer_with_llm(q: Question, hits: Sequence[Hit], settings, model=None) -> LLMReply:
    shown = list(hits[:MAX_PASSAGES])
    text = invoke(settings, SYSTEM_PROMPT, f"Passages:\n{passages_text(shown)}\n\nQuestion: {q.text}", model)
    if NOT_FOUND in text:
        return LLMReply(text, (), (), None, True)
    valid, invalid, unsupported = validate_citations(text, len(shown))
    notes = []
    if invalid:
        notes.append("invalid citation number(s) removed: " + ", ".join(f"[{n}]" for n in invalid))
        text = _CITE.sub(lambda m: m.group() if 1 <= int(m.group(1)) <= len(shown) else "", text).strip()
    if unsupported:
        notes.append(f"{len(unsupported)} sentence(s) without a valid citation")
    citations = tuple(Citation.from_hit(n, shown[n - 1]) for n in valid)
    return LLMReply(text, citations, tuple(unsupported), "; ".join(notes) or None, False)


def rewrite_with_llm(question: str, history: Sequence[tuple[str, str]], settings, model=None) -> str:
    turns = "\n".join(f"Q: {q}\nA: {a[:300]}" for q, a in history[-3:])
    system = ("Rewrite the follow-up question so it can be understood without the conversation. Keep its "
              "language. Reply with the rewritten question only.")
    text = invoke(settings, system, f"Conversation:\n{turns}\n\nFollow-up: {question}", model)
    return text.splitlines()[0].strip() or question
