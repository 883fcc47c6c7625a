"""The LangChain chat-model adapter: the only module that imports LangChain's chat clients.

`settings.llm` chooses the model: "openai:MODEL" (any OpenAI-compatible endpoint: base URL from
settings.llm_base_url or OPENAI_BASE_URL, key from OPENAI_API_KEY) or "ollama:MODEL" (base URL from
settings.llm_base_url or OLLAMA_HOST). Any failure of a call raises LLMUnavailable so callers can fall back.
"""
from __future__ import annotations

import os

from assistant.errors import LLMConfigError, LLMUnavailable

PROVIDERS = ("openai", "ollama")


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


def invoke(settings, system: str, user: str, model=None) -> str:
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
