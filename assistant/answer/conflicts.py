"""Conflicting figures: when two passages give different numbers for the same thing (Clark's site area
104.7 ha vs 104.8 ha, a KCN budget of 3~5억 vs 3~6억), the answer shows both with their documents and
years instead of silently picking one. Same thing means the same quantity of the same subject: close
figures with the same unit, in passages that share their wording and name no different year, and never two
figures one passage gives side by side (the urbanisation rates of Korea and of the US in one sentence are
two subjects, not a disagreement)."""
from __future__ import annotations

import re

from assistant.answer.compose import ALIAS
from assistant.answer.question import Question
from assistant.answer.records import Citation, Conflict, Unit
from kb.tokenize import bigram_tokens

_HANGUL = re.compile(r"[가-힣]")


def conflict_sentence(q: Question, conflicts: tuple[Conflict, ...], citations: tuple[Citation, ...]) -> str:
    by_n = {c.n: c for c in citations}
    out = []
    for cf in conflicts:
        a, b = (by_n[n] for n in cf.citations)
        x, y = cf.figures
        if a.doc_id == b.doc_id:  # one document giving two figures in different places
            where = f"{short_title(a.title)}, {a.year}"
            out.append(f"※ 같은 문서 안의 수치 차이: {x} [{a.n}] vs {y} [{b.n}] ({where})." if q.lang == "ko" else
                       f"Note: the document gives two figures: {x} [{a.n}] vs {y} [{b.n}] ({where}).")
        elif q.lang == "ko":
            out.append(f"※ 문서 간 수치 차이: {x} ({short_title(a.title)}, {a.year}) [{a.n}] vs "
                       f"{y} ({short_title(b.title)}, {b.year}) [{b.n}].")
        else:
            out.append(f"Note: the sources disagree: {x} ({short_title(a.title)}, {a.year}) [{a.n}] vs "
                       f"{y} ({short_title(b.title)}, {b.year}) [{b.n}].")
    return " ".join(out)


def short_title(title: str, limit: int = 24) -> str:
    """A title as a note names it: its bracketed short name ("WP 22-14", "스마트도시법"), else its start."""
    alias = ALIAS.findall(title)
    if alias:
        return alias[-1]
    return title if len(title) <= limit else title[:limit].rstrip() + "…"


_FIGURE = re.compile(r"(\d[\d,.]*(?:\s*[~∼-]\s*\d[\d,.]*)?)\s*(ha|억\s*원|억|만\s*달러|달러|개국|개\s*도시|건|%|㎡|㎞|km)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
ABOUT_THE_QUESTION = 0.5  # question coverage both passages need to count as telling the same thing


def _figures(text: str) -> list[tuple[tuple[float, ...], str, str]]:
    out = []
    for m in _FIGURE.finditer(text):
        try:
            values = tuple(float(v.replace(",", "")) for v in re.split(r"\s*[~∼-]\s*", m.group(1)) if v)
        except ValueError:
            continue
        out.append((values, re.sub(r"\s+", "", m.group(2)), m.group(0)))
    return out


def _same_years(a: str, b: str) -> bool:
    return set(_YEAR.findall(a)) == set(_YEAR.findall(b))


def _same_thing(a: str, b: str) -> bool:
    """Two statements about the same quantity: shared wording and no different years named."""
    if not _same_years(a, b):
        return False
    ta = {t for t in bigram_tokens(a) if _HANGUL.match(t)}
    tb = {t for t in bigram_tokens(b) if _HANGUL.match(t)}
    return bool(ta and tb) and len(ta & tb) / len(ta | tb) >= 0.05


def _close(x: tuple[float, ...], y: tuple[float, ...]) -> bool:
    """Different but near figures: 104.7 vs 104.8, or ranges sharing one end (3~5 vs 3~6)."""
    if x == y or len(x) != len(y) or 0 in x + y:
        return False
    if len(x) == 1:
        return 0.9 <= x[0] / y[0] <= 1.11
    same = sum(1 for a, b in zip(x, y) if a == b)
    return same == len(x) - 1 and all(0.75 <= a / b <= 1.34 for a, b in zip(x, y))


def find_conflicts(q: Question, chosen: list[Unit], units: list[Unit], citations: tuple[Citation, ...]):
    """Passages among the candidates that give a different, close figure for the same thing."""
    found: list[Conflict] = []
    extra: list[Citation] = []
    by_chunk = {c.doc_id + c.text: c for c in citations}
    floor = 0.5 * chosen[0].score
    for u in chosen:
        for values, label, raw in _figures(u.text):
            for v in units:
                if v.score < floor or v.text == u.text or len(found) >= 2:
                    continue
                other = next((f for f in _figures(v.text) if f[1] == label and _close(values, f[0])), None)
                # two figures one passage gives side by side are two subjects (Korea's and the US's rates)
                if other is None or other[2] in u.text or raw in v.text:
                    continue
                # the same thing: passages sharing their wording, or both well about the question asked
                about = min(u.coverage, v.coverage) >= ABOUT_THE_QUESTION
                if not (_same_thing(u.text, v.text) or about and _same_years(u.text, v.text)):
                    continue
                if any(set(cf.figures) == {raw, other[2]} for cf in found):
                    continue
                cu = by_chunk[u.hit.chunk.doc_id + u.hit.chunk.text]
                key = v.hit.chunk.doc_id + v.hit.chunk.text
                if key not in by_chunk:
                    by_chunk[key] = Citation.from_hit(len(citations) + len(extra) + 1, v.hit)
                    extra.append(by_chunk[key])
                cv = by_chunk[key]
                found.append(Conflict((raw, other[2]), (cu.n, cv.n), (cu.doc_id, cv.doc_id), (cu.year, cv.year)))
    return tuple(extra), tuple(found)
