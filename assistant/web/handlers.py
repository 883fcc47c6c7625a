"""Plain functions behind the web app's question tab, library table and server options (no gradio here).

The sources panel is where users check an answer, so each cited passage is shown whole with the exact
sentences the answer quotes marked: the marks come from the answer text itself (the quote before each
[n]), never from a second retrieval, so a highlight can only be where the answer really took its words.
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence

from assistant.answer.abstain import closest_documents
from assistant.answer.records import ABSTAIN_EN, ABSTAIN_KO, Answer, Citation
from assistant.web.library import WebInputError
from kb.records import Filters

DOC_TYPES_KO = {"plan": "계획", "law": "법령", "kcn": "K-City Network", "report": "보고서", "unknown": "기타"}
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
_MARKER = re.compile(r"\[(\d+)\]")
_MD_SPECIAL = re.compile(r"([\\`*_~<>|#])")  # "3~6억" must not turn into strike-through
_MIN_PIECE = 8  # shorter fragments match too many places to be worth marking


# ---- questions ----------------------------------------------------------------------------------
def make_filters(doc_types: Sequence[str] | None = None, doc_ids: Sequence[str] | None = None,
                 year_from: float | int | str | None = None, year_to: float | int | str | None = None) -> Filters:
    """Filters from the page's widgets; empty widgets mean no restriction."""
    unknown = sorted(set(doc_types or ()) - set(DOC_TYPES_KO))
    if unknown:
        raise WebInputError(f"알 수 없는 문서 유형: {', '.join(unknown)} (가능: {', '.join(DOC_TYPES_KO)})")
    lo, hi = _year(year_from, "시작 연도"), _year(year_to, "끝 연도")
    if lo is not None and hi is not None and lo > hi:
        raise WebInputError(f"시작 연도({lo})가 끝 연도({hi})보다 늦습니다")
    return Filters(tuple(doc_types or ()), tuple(doc_ids or ()), lo, hi)


def _year(value, what: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        year = int(float(value))
    except (TypeError, ValueError):
        raise WebInputError(f"{what}는 숫자여야 합니다: {value!r}") from None
    if not 1900 <= year <= 2100:
        raise WebInputError(f"{what}는 1900–2100 사이여야 합니다: {year}")
    return year


def escape_md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def notice_html(message: str) -> str:
    """A message beside the question box (empty message: nothing shown)."""
    return f"<div class='sk-notice' role='alert'>{html.escape(message)}</div>" if message else ""


def where(c: Citation) -> str:
    parts = [f"p.{c.page}" if c.page else "", f"§ {c.section}" if c.section else ""]
    return " · ".join(p for p in parts if p)


def abstention_text(answer: Answer) -> str:
    """The abstention in words, naming the closest documents by title (the record's text adds their ids)."""
    titles = [title for _, title in closest_documents(list(answer.contexts))]
    if answer.answer.startswith(ABSTAIN_EN):
        return ABSTAIN_EN + (" Closest documents: " + "; ".join(f"“{t}”" for t in titles) + "." if titles else "")
    return ABSTAIN_KO + (" 가장 가까운 문서: " + "; ".join(f"《{t}》" for t in titles) + "." if titles else "")


def answer_markdown(answer: Answer) -> str:
    """The chat message: the answer with its [n] markers, then the numbered sources it cites."""
    if answer.abstained:
        # said plainly, first, so nobody mistakes the closest passages for an answer
        return f"**※ 문서에 없는 내용입니다.** {escape_md(abstention_text(answer))}"
    lines = [escape_md(answer.answer)]
    if answer.note:
        lines.append(f"\n_{escape_md(answer.note)}_")
    if answer.citations:
        lines.append("\n**출처**")
        lines += [f"- [{c.n}] {escape_md(c.title)}" + (f" — {escape_md(where(c))}" if where(c) else "")
                  for c in answer.citations]
    return "\n".join(lines)


def stream_prefixes(text: str, pieces: int = 12, first: int = 16) -> Iterator[str]:
    """Growing prefixes of `text`, cut at spaces: a short first piece so text shows at once."""
    if not text:
        yield ""
        return
    step = max(1, (len(text) - first) // max(1, pieces - 1))
    cut = min(len(text), first)
    while cut < len(text):
        space = text.find(" ", cut)
        cut = len(text) if space < 0 else space
        if cut >= len(text):
            break
        yield text[:cut]
        cut += step
    yield text


def quotes_by_citation(answer_text: str) -> dict[int, list[str]]:
    """The words the answer puts before each [n]: what passage n must contain."""
    out: dict[int, list[str]] = {}
    pos = 0
    for m in _MARKER.finditer(answer_text):
        segment = answer_text[pos:m.start()].strip()
        pos = m.end()
        quoted = re.findall(r"“([^”]+)”", segment)  # English answers quote the Korean source
        segment = (quoted[-1] if quoted else segment).strip(" “”\"…")
        if segment:
            out.setdefault(int(m.group(1)), []).append(segment)
    return out


def _spans(text: str, quote: str) -> list[tuple[int, int]]:
    """Where `quote` occurs in `text`, ignoring differences in white space; long quotes cut at '…'."""
    spans = []
    for piece in (p.strip() for p in quote.split("…")):
        chars = [re.escape(ch) for ch in piece if not ch.isspace()]
        if len(chars) < _MIN_PIECE:
            continue
        m = re.search(r"\s*".join(chars), text)
        if m:
            spans.append(m.span())
    return spans


def highlight(text: str, quotes: Sequence[str]) -> str:
    """`text` as HTML with every quoted part wrapped in <mark>."""
    spans = sorted(s for q in quotes for s in _spans(text, q))
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, pos = [], 0
    for start, end in merged:
        out.append(html.escape(text[pos:start]))
        out.append(f"<mark>{html.escape(text[start:end])}</mark>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def sources_html(answer: Answer | None, docs: dict | None = None) -> str:
    """The sources panel: one card per citation with title, type, year, page/section and the marked passage."""
    if answer is None:
        return "<div class='sk-empty'>질문하면 답변의 근거 구절이 여기에 표시됩니다. (Sources appear here.)</div>"
    if answer.abstained or not answer.citations:
        return "<div class='sk-empty'>문서에서 근거를 찾지 못했습니다. (No supporting passage.)</div>"
    quotes = quotes_by_citation(answer.answer)
    cards = [_card(c, quotes.get(c.n, []), (docs or {}).get(c.doc_id)) for c in answer.citations]
    return "<div class='sk-sources'>" + "".join(cards) + "</div>"


def _card(c: Citation, quotes: list[str], doc) -> str:
    meta = [DOC_TYPES_KO.get(doc.doc_type, doc.doc_type) if doc else "", str(c.year or (doc.year if doc else "") or ""),
            where(c)]
    meta_html = " · ".join(html.escape(m) for m in meta if m)
    return (f"<div class='sk-card' id='sk-src-{c.n}'><div class='sk-head'><span class='sk-n'>[{c.n}]</span> "
            f"<b>{html.escape(c.title)}</b></div><div class='sk-meta'>{meta_html}</div>"
            f"<div class='sk-text'>{highlight(c.text, quotes)}</div>"
            f"<div class='sk-file'>{html.escape(c.doc_id)} · {html.escape(c.source)}</div></div>")


def followup_history(turns: Sequence[tuple[Answer, dict]]) -> list[tuple[str, str]]:
    """The (question, answer) pairs a follow-up is resolved against.

    Each question as it was understood (the rewritten, self-contained one), so that a follow-up of a
    follow-up still knows its subject; and only answered turns: a question the documents could not answer
    established no subject, and "그 중 …" after it means the conversation's last answered topic (or
    nothing — then the question is asked as it stands, as the command line does)."""
    return [(a.rewritten_question or a.question, a.answer) for a, _ in turns if not a.abstained]


def export_conversation(turns: Sequence[tuple[Answer, dict]], when: str = "") -> str:
    """The whole conversation, every question with its answer and sources, as one Markdown document."""
    head = ["# 질의응답 기록 (Conversation)", ""] + ([f"_{when} · 질문 {len(turns)}개_", ""] if when else [])
    parts = [export_markdown(answer, docs, level=2) for answer, docs in turns]
    return "\n".join(head) + "\n---\n\n".join(parts)


def export_markdown(answer: Answer, docs: dict | None = None, level: int = 1) -> str:
    """The answer and its sources as a Markdown document to download and paste into a report."""
    h1, h2 = "#" * level, "#" * (level + 1)
    text = abstention_text(answer) if answer.abstained else answer.answer
    lines = [f"{h1} {answer.question}", "", f"{h2} 답변 (Answer)", "", text, ""]
    if answer.abstained:
        lines += ["_문서에서 답을 찾지 못했습니다 (not in the documents)._", ""]
    if answer.citations:
        lines += [f"{h2} 출처 (Sources)", ""]
    quotes = quotes_by_citation(answer.answer)
    for c in answer.citations:
        doc = (docs or {}).get(c.doc_id)
        kind = DOC_TYPES_KO.get(doc.doc_type, doc.doc_type) if doc else ""
        meta = " · ".join(x for x in (kind, str(c.year or ""), where(c), c.source) if x)
        lines += [f"{h2}# [{c.n}] {c.title}", "", f"- {meta}"]
        lines += [f"- 근거 문장: “{q}”" for q in quotes.get(c.n, [])]
        lines += ["", "> " + c.text.replace("\n", "\n> "), ""]
    return "\n".join(lines)


# ---- library ------------------------------------------------------------------------------------
LIBRARY_COLUMNS = ["제목 (title)", "유형 (type)", "연도 (year)", "쪽 (pages)", "청크 (chunks)", "형식", "문서 ID", "업로드"]


def library_rows(docs: Sequence, is_upload=lambda d: False) -> list[list]:
    return [[d.title, DOC_TYPES_KO.get(d.doc_type, d.doc_type), d.year or "", d.pages or "", d.chunks, d.format,
             d.doc_id, "✓" if is_upload(d) else ""] for d in docs]


def doc_choices(docs: Sequence) -> list[tuple[str, str]]:
    """(label shown, doc_id) pairs for the document filter."""
    return [(f"{d.title} ({d.year or '-'})", d.doc_id) for d in docs]


def type_choices(docs: Sequence) -> list[tuple[str, str]]:
    present = sorted({d.doc_type for d in docs})
    return [(f"{DOC_TYPES_KO.get(t, t)} ({t})", t) for t in present]


def upload_summary(report) -> str:
    """One Markdown line per uploaded file: the result users were missing in other tools."""
    # plain marks, no emoji: an offline office PC often has no colour-emoji font and would show boxes
    icons = {"added": "✓ 추가됨", "replaced": "↻ 교체됨", "unchanged": "= 변경 없음", "rejected": "✗ 거부됨",
             "skipped": "! 읽지 못함"}
    lines = [f"**{len(report.files)}개 파일 처리 ({report.seconds:.1f}초)**", ""]
    for f in report.files:
        detail = f" — {escape_md(f.detail)}" if f.detail else ""
        doc = f" → `{f.doc_id}`" if f.doc_id else ""
        lines.append(f"- {icons.get(f.status, f.status)}: {escape_md(f.name)}{doc}{detail}")
    return "\n".join(lines)


# ---- server options -----------------------------------------------------------------------------
def resolve_auth(host: str, auth: str | None, environ: dict) -> tuple[str, str] | None:
    """The (user, password) to require, or None. Listening beyond this machine without one is refused."""
    raw = auth or environ.get("SMARTCITY_KB_AUTH") or None
    pair = None
    if raw:
        user, sep, password = raw.partition(":")
        if not sep or not user or not password:
            raise WebInputError("authentication must be USER:PASSWORD (e.g. --auth admin:s3cret)")
        pair = (user, password)
    if host not in LOOPBACK and pair is None:
        raise WebInputError(f"refusing to serve on {host} without a login: anyone on the network could read and "
                            "change the documents; add --auth USER:PASSWORD or set SMARTCITY_KB_AUTH, "
                            "or keep the default --host 127.0.0.1")
    return pair
