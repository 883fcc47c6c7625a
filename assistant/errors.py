"""Errors of the question-answering assistant. The CLI turns them into one-line messages."""
from __future__ import annotations

from ingest.errors import SmartCityKBError


class AssistantError(SmartCityKBError):
    """Base of the assistant's deliberate errors."""


class EmptyQuestion(AssistantError):
    def __init__(self) -> None:
        super().__init__("the question is empty; ask something, e.g. smartcity-kb ask \"해외실증형 사업은 몇 개국?\"")


class LLMConfigError(AssistantError):
    """`settings.llm` names an unknown provider or lacks a model."""


class LLMUnavailable(AssistantError):
    """The LLM call failed (network, time-out, HTTP error, unusable reply); the caller falls back."""
