"""LLM answers through LangChain chat models — the only module that imports them.

`settings.llm` chooses the model: "openai:MODEL" (any OpenAI-compatible endpoint: base URL from
settings.llm_base_url or OPENAI_BASE_URL, key from OPENAI_API_KEY) or "ollama:MODEL" (base URL from
settings.llm_base_url or OLLAMA_HOST). The prompt numbers the passages and requires [n] citations; the
reply's citations are checked (each n must name a supplied passage) and sentences without a valid one
are listed as unsupported. Any failure raises LLMUnavailable so the caller can fall back.
"""
from __future__ import annotations

import logging
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.errors import LLMConfigError, LLMUnavailable
from assistant.question import Question
from assistant.records import Citation
from kb.records import Hit

logger = logging.getLogger(__name__)

PROVIDERS = ("openai", "ollama")
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


def parse_llm_setting(value: str) -> tuple[str, str]:
    provider, _, model = (value or "").partition(":")
    provider = provider.strip().lower()
    if provider not in PROVIDERS or not model.strip():
        raise LLMConfigError(f"unknown LLM setting {value!r}; use one of: "
                             + ", ".join(f"{p}:MODEL" for p in PROVIDERS))
    return provider, model.strip()


def make_chat_model(settings):
    """The LangChain chat model named by settings.llm (imported lazily: no cost without an LLM)."""
    provider, model = parse_llm_setting(settings.llm)
    if provider == "openai":
        from langchain_openai import ChatOpenAI

        base_url = settings.llm_base_url or os.environ.get("OPENAI_BASE_URL")
        api_key = os.environ.get("OPENAI_API_KEY") or "not-needed"  # local servers accept any key
        return ChatOpenAI(model=model, base_url=base_url, api_key=api_key, timeout=settings.llm_timeout,
                          max_retries=0, temperature=0)
    from langchain_ollama import ChatOllama

    base_url = settings.llm_base_url or os.environ.get("OLLAMA_HOST")
    return ChatOllama(model=model, base_url=base_url, temperature=0,
                      client_kwargs={"timeout": settings.llm_timeout})


def passages_text(hits: Sequence[Hit]) -> str:
    out = []
    for n, h in enumerate(hits[:MAX_PASSAGES], start=1):
        where = f"p.{h.chunk.page}" if h.chunk.page else (h.chunk.section or "-")
        out.append(f"[{n}] {h.doc.title} ({h.doc.year or '-'}), {where}\n{h.chunk.text}")
    return "\n\n".join(out)


def _invoke(settings, system: str, user: str, model=None) -> str:
    from langchain_core.messages import HumanMessage, SystemMessage

    chat = model or make_chat_model(settings)
    try:
        reply = chat.invoke([SystemMessage(content=system), HumanMessage(content=user)])
    except Exception as err:  # why: every client/network/HTTP failure must become a visible fallback
        raise LLMUnavailable(f"{type(err).__name__}: {str(err)[:200]}") from err
    text = reply.content if isinstance(reply.content, str) else str(reply.content)
    if not text.strip():
        raise LLMUnavailable("empty reply")
    return text.strip()


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
    text = _invoke(settings, SYSTEM_PROMPT, f"Passages:\n{passages_text(shown)}\n\nQuestion: {q.text}", model)
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
    text = _invoke(settings, system, f"Conversation:\n{turns}\n\nFollow-up: {question}", model)
    return text.splitlines()[0].strip() or question
