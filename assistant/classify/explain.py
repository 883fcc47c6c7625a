"""The evidence that decided a facet, in words people can read and in the internal form.

`explain` walks the strongest positive contributions of the facet's model to the chosen label(s) and gives
each twice: for people ("근거: '…타당성조사…' (사업명)", "유사 사례: 라오스 비엔티안 …") and for the JSON
record's `evidence_detail` (the rule and cue names, example ids and corpus passage ids).
"""
from __future__ import annotations

import re

MAX_EVIDENCE = 4
WHERE_KO = {True: "사업명", False: "사업내용", None: "사업명·내용"}
TITLE_CHARS = 36


def explain(facet, model, x_row, chosen: list[int], evidence, neighbours: list) -> tuple[list[str], list[str]]:
    """(readable, detail) evidence for the chosen label(s), strongest first, at most MAX_EVIDENCE + 2."""
    readable: list[str] = []
    detail: list[str] = []
    for j in chosen:
        label = facet.label_ids[j]
        for name, _ in model.contributions(x_row, j)[:6]:
            pair = _describe(facet, label, name, evidence, neighbours)
            if pair and pair[0] not in readable:
                readable.append(pair[0])
                detail.append(pair[1])
            if len(readable) >= MAX_EVIDENCE * len(chosen):
                break
    return readable[: MAX_EVIDENCE + 2], detail[: MAX_EVIDENCE + 2]


def _describe(facet, label: str, name: str, evidence, neighbours: list) -> tuple[str, str] | None:
    kind, *rest = name.split(":")
    if kind == "cue":
        cue_facet, cue_label, where = rest
        hit = next((h for h in evidence.text.cues if h.facet == cue_facet and h.label == cue_label
                    and h.in_title == (where == "t")), None)
        return (f"근거: '{quote(hit.sentence, hit.cue)}' ({WHERE_KO[hit.in_title]})", hit.describe()) if hit else None
    if kind == "rule":
        hit = next((r for r in evidence.text.rules if f"rule:{r.facet}:{r.label}:{r.name}" == name), None)
        if hit is None:
            return None
        if not hit.sentence:  # a rule on what the text lacks ("no place named"): its words, not a quote
            return f"근거: {hit.match} ({WHERE_KO[hit.in_title]})", f"rule {hit.name}: {hit.match}"
        return f"근거: '{quote(hit.sentence, hit.match)}' ({WHERE_KO[hit.in_title]})", hit.describe()
    if kind == "knn":
        similar = [e for e in neighbours if label in _as_list(e.labels[facet.id])][:2]
        if not similar:
            return None
        shown = "; ".join(_short(e.title) for e in similar)
        return (f"유사 사례: {shown} ({facet.label(label).name_ko})",
                "similar labelled projects: " + "; ".join(f"{e.id} {e.title}" for e in similar))
    if kind == "sim":
        return (f"'{facet.label(label).name_ko}' 정의와 가까운 내용",
                f"close to the description of '{label}' ({rest[0]})")
    if kind == "kb" and evidence.kb_passages:
        passage = evidence.kb_passages[0]
        where = f", p.{passage.page}" if passage.page else ""
        text = " ".join(passage.text.split())
        return (f"관련 문서: {_short(passage.title)}{where}: '{_short(text, 60)}'", passage.describe())
    return None


def _short(text: str, chars: int = TITLE_CHARS) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value]


def snippet(text: str, start: int, end: int, width: int = 18) -> str:
    """The words at [start, end) with a little context, and ellipses where the text goes on (evidence)."""
    left, right = max(0, start - width), min(len(text), end + width)
    # widen to whole words when a space is near: "…다낭시 교차로…", not "…낭시 교차로…"
    space = text.rfind(" ", max(0, left - 8), left + 1)
    left = space + 1 if left > 0 and space >= 0 else left
    space = text.find(" ", right - 1, right + 8)
    right = space if right < len(text) and space >= 0 else right
    body = " ".join(text[left:right].split())
    return ("…" if left > 0 else "") + body + ("…" if right < len(text) else "")


def quote(text: str, words: str, width: int = 18) -> str:
    """`snippet` around the first occurrence of `words` in `text`, spaces between its letters optional (cues
    match regardless of spacing); the opening of the text when they are not in it."""
    letters = [re.escape(ch) for ch in words if not ch.isspace()]
    m = re.search(r"\s*".join(letters), text, re.IGNORECASE) if letters else None
    if m is None:
        return snippet(text, 0, 0, 2 * width)
    return snippet(text, m.start(), m.end(), width)
