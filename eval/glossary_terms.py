"""Grow the English→Korean search glossary (kb/glossary_en_ko.tsv) from the corpus's own vocabulary.

    python -m eval.glossary_terms extract [BATCH]   # eval/glossary/corpus_terms[BATCH].tsv: nouns no entry gives yet
    python -m eval.glossary_terms merge [BATCH]     # appends eval/glossary/corpus_terms[BATCH]_en.tsv to the glossary

A later batch (2, 3 …) takes the next terms: those the glossary, grown by the batches before, does not give yet,
down to body-text terms occurring twice.

`extract`: Kiwi reads every bundled document; the nouns of law article titles ("제35조 (국가시범도시의 지정 등)")
come first, then nouns and compounds of two or three nouns occurring at least five times; words of more than
eight syllables and terms a glossary entry already gives are left out; at most 1,600. A helper that read only
that list and the documents wrote English for them (corpus_terms_en.tsv, eval/glossary/README.md).
`merge`: an English key the glossary already has keeps its entry (the hand-made entries are more specific); a
Korean variant that is not in the corpus is dropped, so every appended entry can match the documents. The
glossary grows from the documents, never from questions.
"""
from __future__ import annotations

import collections
import csv
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HERE = REPO / "eval" / "glossary"
GLOSSARY = REPO / "kb" / "glossary_en_ko.tsv"
CORPUS = REPO / "corpus"
LIMIT = 1600


def extract(batch: str = "", least: int = 5) -> None:
    """`least`: how often a body-text term must occur (a later batch reaches down to rarer ones)."""
    from kiwipiepy import Kiwi

    known: set[str] = set()
    with open(GLOSSARY, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            known |= {v.strip() for v in row["ko"].split("|")}
    kiwi = Kiwi()
    title_terms: collections.Counter = collections.Counter()
    terms: collections.Counter = collections.Counter()
    for path in sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md")):
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r"제\d+조(?:의\d+)?\s*\(([^)\n]{2,40})\)", text):
            for tok in kiwi.tokenize(m.group(1)):
                if tok.tag in ("NNG", "NNP") and len(tok.form) >= 2:
                    title_terms[tok.form] += 1
        for line in text.split("\n"):
            run: list[str] = []
            for tok in [*kiwi.tokenize(line[:2000]), None]:
                if tok is not None and tok.tag in ("NNG", "NNP"):
                    run.append(tok.form)
                    continue
                terms.update(w for w in run if len(w) >= 2)
                if 2 <= len(run) <= 3:
                    terms["".join(run)] += 1
                run = []
    rows, seen = [], set()
    for counter, source, floor in ((title_terms, "title", 1), (terms, "text", least)):
        for word, count in counter.most_common():
            if count >= floor and word not in known and word not in seen and len(word) <= 8:
                rows.append((word, count, source))
                seen.add(word)
    out = HERE / f"corpus_terms{batch}.tsv"
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("ko\tcount\tfrom\n")
        fh.writelines(f"{w}\t{c}\t{s}\n" for w, c, s in rows[:LIMIT])
    print(f"{out}: {min(len(rows), LIMIT)} terms")


def merge(glossary: Path = GLOSSARY, translated: Path = HERE / "corpus_terms_en.tsv") -> tuple[int, int]:
    corpus = re.sub(r"\s+", "", "".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.iterdir())
                                        if p.is_file() and p.name != "MANIFEST.tsv"))
    with open(glossary, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    known = {r["en"].strip().lower() for r in rows}
    added = skipped = 0
    with open(translated, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            en = " ".join((r.get("en") or "").lower().split())
            variants = [v.strip() for v in (r.get("ko") or "").split("|")
                        if v.strip() and re.sub(r"\s+", "", v) in corpus]
            if not en or en in known or not variants:
                skipped += 1
                continue
            kind = (r.get("kind") or "").strip()
            rows.append({"en": en, "ko": " | ".join(variants), "kind": kind if kind in ("org", "place", "law") else "term"})
            known.add(en)
            added += 1
    with open(glossary, "w", encoding="utf-8", newline="") as fh:
        fh.write("en\tko\tkind\n")
        fh.writelines(f"{r['en']}\t{r['ko']}\t{r['kind']}\n" for r in rows)
    print(f"{glossary}: {added} entries added, {skipped} skipped (English already there, or Korean not in the corpus)")
    return added, skipped


if __name__ == "__main__":
    args = sys.argv[1:]
    if not 1 <= len(args) <= 2 or args[0] not in ("extract", "merge") or not all(a.isdigit() for a in args[1:]):
        sys.exit("usage: python -m eval.glossary_terms extract|merge [BATCH]")
    batch = sys.argv[2] if len(sys.argv) == 3 else ""
    extract(batch, 5 if not batch else 2) if args[0] == "extract" else merge(translated=HERE / f"corpus_terms{batch}_en.tsv")
