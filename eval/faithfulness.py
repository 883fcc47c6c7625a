"""Faithfulness and citation quality without an LLM judge.

An answer is split into claims at its citation marks ("... [1]", "“...” [2]"). A claim is supported when
every number it states appears in the passages it cites (exactly, after dropping thousands separators and
spaces) and most of its content words (Korean bigrams, Latin words) do too. For English answers that
quote the Korean source, the quoted Korean is what is checked.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from eval.metrics import squash
from kb.tokenize import bigram_tokens

_CLAIM = re.compile(r"(.+?)((?:\s*\[\d+\])+)", re.S)
_MARK = re.compile(r"\[(\d+)\]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_QUOTE = re.compile(r"[“\"]([^”\"]+)[”\"]")
_HANGUL = re.compile(r"[가-힣]")
MIN_WORD_SUPPORT = 0.6


def claims(answer: str) -> list[tuple[str, tuple[int, ...]]]:
    """(claim text, cited numbers) for every stretch of the answer that ends in citation marks."""
    out = []
    for match in _CLAIM.finditer(answer):
        text = match.group(1).strip(" .;—-")
        marks = tuple(int(n) for n in _MARK.findall(match.group(2)))
        if text:
            out.append((text, marks))
    return out


def _checked_text(claim: str) -> str:
    quoted = _QUOTE.findall(claim)
    return " ".join(quoted) if quoted and not _HANGUL.search(_QUOTE.sub("", claim)) else claim


def supported(claim: str, cited: Sequence[str]) -> bool:
    text = _checked_text(claim)
    where = squash(" ".join(cited)).replace(",", "")
    numbers = [n.replace(",", "") for n in _NUMBER.findall(text)]
    if any(n not in where for n in numbers):
        return False
    words = set(bigram_tokens(text)) - set(numbers)
    if not words:
        return True
    found = set(bigram_tokens(" ".join(cited)))
    return len(words & found) / len(words) >= MIN_WORD_SUPPORT


def faithfulness(answer: str, citation_texts: Sequence[str]) -> float | None:
    """Share of claims supported by the passages they cite; None when the answer makes no cited claim."""
    found = claims(answer)
    if not found:
        return None
    ok = 0
    for text, marks in found:
        cited = [citation_texts[n - 1] for n in marks if 0 < n <= len(citation_texts)]
        ok += bool(cited) and supported(text, cited)
    return ok / len(found)


def _holds(passage: str, facts: Sequence[str]) -> bool:
    flat = squash(passage).replace(",", "")
    return any(squash(f).replace(",", "") in flat for f in facts if f)


def citation_precision(citation_texts: Sequence[str], evidence: Sequence[str], key_facts: Sequence[str]) -> float:
    """Share of cited passages that hold a supporting fact (an evidence snippet or a key fact)."""
    if not citation_texts:
        return 0.0
    return sum(_holds(t, [*evidence, *key_facts]) for t in citation_texts) / len(citation_texts)


def citation_recall(citation_texts: Sequence[str], evidence: Sequence[str]) -> float:
    """Share of the item's evidence snippets found in at least one cited passage."""
    if not evidence:
        return 0.0
    return sum(any(_holds(t, [e]) for t in citation_texts) for e in evidence) / len(evidence)


_JUDGE_SYSTEM = (
    "You check answers against source passages. First list the atomic factual claims of the ANSWER, "
    "then decide for each whether the PASSAGES state it. Reply with JSON only: "
    '{"claims": [{"claim": "...", "supported": true}]}'
)


def llm_faithfulness(answer: str, citation_texts: Sequence[str], settings, model=None) -> float | None:
    """RAGAS-style claim faithfulness judged by the configured LLM: supported claims / claims.
    None when the answer has no claim or the judge's reply is unusable (the judge is an extra column)."""
    import json

    from assistant.errors import AssistantError
    from assistant.llm import invoke

    if not citation_texts:
        return None
    passages = "\n\n".join(f"[{n}] {t}" for n, t in enumerate(citation_texts, 1))
    try:
        reply = invoke(settings, _JUDGE_SYSTEM, f"PASSAGES:\n{passages}\n\nANSWER:\n{answer}", model=model)
        data = json.loads(reply[reply.index("{"): reply.rindex("}") + 1])
        verdicts = [bool(c.get("supported")) for c in data.get("claims", []) if isinstance(c, dict)]
    except (AssistantError, ValueError, AttributeError):
        return None
    return sum(verdicts) / len(verdicts) if verdicts else None
