"""Records of the question-answering assistant: the answer and its citations.

`Answer.to_json()` is the public answer record of /work/shared/specs/interfaces.md; the extras
(`conflicts`, `note`, `unsupported`, `rewritten_question`, `qtype`, `answerer`, `error`) only appear when set.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kb.records import Hit

ABSTAIN_KO = "제공된 문서에서 답을 찾지 못했습니다."
ABSTAIN_EN = "The documents do not contain the answer."
MIN_CONTEXTS = 5


@dataclass(frozen=True)
class Unit:
    text: str
    hit: Hit
    position: int
    score: float
    coverage: float  # IDF-weighted share of the question's terms found in the unit or its section heading
    shaped: bool  # holds a figure of the kind the question asks for
    context: str = ""  # the outline lines it hangs under
    spill: Hit | None = None  # the next chunk, when the unit's text runs on into it
    items: tuple[str, ...] = ()  # a list's items, when the unit is a line with the items it introduces

    @property
    def hits(self) -> tuple[Hit, ...]:
        return (self.hit, self.spill) if self.spill else (self.hit,)


@dataclass(frozen=True)
class Citation:
    """One cited chunk; `n` is the number used as [n] in the answer text."""

    n: int
    doc_id: str
    title: str
    source: str
    page: int | None
    section: str
    text: str
    year: int | None = None

    @classmethod
    def from_hit(cls, n: int, hit: Hit) -> "Citation":
        c = hit.chunk
        return cls(n, c.doc_id, hit.doc.title, hit.doc.source, c.page, c.section, c.text, hit.doc.year)

    @property
    def anchor(self) -> str:
        """Where to look: the page when the format has pages, else the section heading."""
        where = f"p.{self.page}" if self.page else (self.section or "-")
        return f"{self.title}, {where}"

    def to_json(self) -> dict:
        return {"doc_id": self.doc_id, "title": self.title, "source": self.source, "page": self.page,
                "section": self.section, "text": self.text}


@dataclass(frozen=True)
class Conflict:
    """Two passages giving different figures for the same thing."""

    figures: tuple[str, str]
    citations: tuple[int, int]
    docs: tuple[str, str]
    years: tuple[int | None, int | None]

    def to_json(self) -> dict:
        return {"figures": list(self.figures), "citations": list(self.citations), "doc_ids": list(self.docs),
                "years": list(self.years)}


@dataclass(frozen=True)
class Answer:
    id: str | None
    question: str
    answer: str
    abstained: bool
    citations: tuple[Citation, ...] = ()
    contexts: tuple[Hit, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    note: str | None = None
    unsupported: tuple[str, ...] = ()
    rewritten_question: str | None = None
    qtype: str | None = None
    answerer: str = "extractive"
    seconds: float | None = None
    extras: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        out = {
            "id": self.id, "question": self.question, "answer": self.answer, "abstained": self.abstained,
            "citations": [c.to_json() for c in self.citations],
            "contexts": [{"doc_id": h.chunk.doc_id, "title": h.doc.title, "page": h.chunk.page,
                          "section": h.chunk.section, "text": h.chunk.text, "score": round(h.score, 6)}
                         for h in self.contexts],
        }
        if self.conflicts:
            out["conflicts"] = [c.to_json() for c in self.conflicts]
        if self.note:
            out["note"] = self.note
        if self.unsupported:
            out["unsupported"] = list(self.unsupported)
        if self.rewritten_question and self.rewritten_question != self.question:
            out["rewritten_question"] = self.rewritten_question
        if self.qtype:
            out["qtype"] = self.qtype
        out["answerer"] = self.answerer
        out.update(self.extras)
        return out


def error_record(id_: str | None, question: str, message: str) -> dict:
    """The output record of a batch line that could not be answered."""
    return {"id": id_, "question": question, "answer": "", "abstained": True, "citations": [], "contexts": [],
            "error": message}
