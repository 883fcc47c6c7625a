"""Follow-up questions: resolve "그 사업의 예산은?" / "what about its budget?" against the previous turn.

By rule (the default): when the follow-up points back (a demonstrative or pronoun) or is too short to
name its subject, the previous question's key noun phrase — the words before its question word, or its
content words — is put in front. With an LLM configured, the model rewrites and the rule is the fallback.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from assistant.answer.question import language_of

logger = logging.getLogger(__name__)

Turn = tuple[str, str]  # (question, answer)

_KO_POINTER = re.compile(r"(?:^|\s)(그|이|저|해당|위|앞의|앞서\s*말한)\s*(?=[가-힣])|그곳|거기|그것|이것|그럼|그렇다면|그러면")
_KO_QWORD = re.compile(r"몇|얼마|언제|어디|누가|누구|무엇|무슨|어떤|어떻게|어느|왜")
_KO_TOPIC = re.compile(r"(은|는)$")
_KO_PARTICLE = re.compile(r"(은|는|이|가|을|를|의|에서|에게|에|으로|로|과|와|도|만|까지|부터|이란|란)$")
_EN_POINTER = re.compile(r"\b(it|its|they|their|them|this|that|these|those|there|the same)\b", re.I)
_EN_ABOUT = re.compile(r"^\s*(and|what about|how about|and what about)\b", re.I)
_EN_QWORD = re.compile(
    r"\b(what|which|who|whom|when|where|why|how|many|much|did|does|do|is|are|was|were|the|a|an|of|in|on|for|"
    r"under|to|by|and|about|please|tell|me|give|according)\b", re.I)


def is_followup(question: str) -> bool:
    q = question.strip()
    if language_of(q) == "en":
        return bool(_EN_POINTER.search(q) or _EN_ABOUT.search(q)) or len(q.split()) <= 3
    return bool(_KO_POINTER.search(q)) or len(re.sub(r"\s|\?", "", q)) <= 8


def key_phrase(question: str) -> str:
    """The noun phrase the previous question was about."""
    q = question.strip().rstrip("?？.")
    if language_of(q) == "en":
        words = [w for w in re.findall(r"[\w\-]+", q) if not _EN_QWORD.fullmatch(w)]
        return " ".join(words[:6])
    words = q.split()
    cut = next((i for i, w in enumerate(words) if _KO_QWORD.match(w)), len(words))
    head = words[:cut] or words
    # "X의 Y은 누구인가요?" asked about Y of X: the subject a follow-up points back to is X
    if len(head) > 1 and _KO_TOPIC.search(head[-1]) and head[-2].endswith("의"):
        head = head[:-1]
    return " ".join(_KO_PARTICLE.sub("", w) if len(w) > 2 else w for w in head[-6:]).strip()


def rewrite_by_rule(question: str, history: Sequence[Turn]) -> str:
    if not history or not is_followup(question):
        return question
    subject = key_phrase(history[-1][0])
    if not subject:
        return question
    q = question.strip()
    if language_of(q) == "en":
        rest = _EN_POINTER.sub("", _EN_ABOUT.sub("", q))
        return re.sub(r"\s+", " ", f"{rest.strip().rstrip('?')} of {subject}?").strip()
    rest = _KO_POINTER.sub(" ", q)
    # "그 사업의 예산은?" → drop the pointed-at noun when the subject already names it ("... 사업")
    rest_words = rest.split()
    if rest_words and _KO_PARTICLE.sub("", rest_words[0]) and _KO_PARTICLE.sub("", rest_words[0]) in subject:
        rest_words = rest_words[1:]
    return re.sub(r"\s+", " ", f"{subject} {' '.join(rest_words)}").strip()


def rewrite(question: str, history: Sequence[Turn], settings) -> str:
    """The question made self-contained. Uses the LLM when one is configured and the rule otherwise."""
    history = [tuple(t) for t in history if t and t[0]]
    if not history:
        return question
    if getattr(settings, "llm", None) and is_followup(question):
        from assistant.answer.llm import rewrite_with_llm
        from assistant.errors import AssistantError

        try:
            return rewrite_with_llm(question, history, settings)
        except AssistantError as err:
            logger.warning("LLM rewrite failed (%s); using the rule", err)
    return rewrite_by_rule(question, history)
