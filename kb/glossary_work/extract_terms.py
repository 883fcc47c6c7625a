"""List the Korean nouns of the bundled corpus that the search glossary has no entry for (corpus_terms.tsv).

    python kb/glossary_work/extract_terms.py

Kiwi reads every document: the nouns of law article titles ("제35조 (국가시범도시의 지정 등)") come first, then
nouns and compounds of two or three nouns occurring at least five times in the text; words of more than eight
syllables and terms a glossary entry already gives are left out; at most 1,600. The list is what a helper
translated (corpus_terms_en.tsv) and merge_terms.py appended to kb/glossary_en_ko.tsv: the glossary grows from
the documents, never from questions.
"""
from __future__ import annotations

import collections
import csv
import re
from pathlib import Path

from kiwipiepy import Kiwi

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "corpus"
LIMIT = 1600


def main() -> None:
    known: set[str] = set()
    with open(HERE.parent / "glossary_en_ko.tsv", encoding="utf-8", newline="") as fh:
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
    for counter, source, least in ((title_terms, "title", 1), (terms, "text", 5)):
        for word, count in counter.most_common():
            if count >= least and word not in known and word not in seen and len(word) <= 8:
                rows.append((word, count, source))
                seen.add(word)
    with open(HERE / "corpus_terms.tsv", "w", encoding="utf-8") as fh:
        fh.write("ko\tcount\tfrom\n")
        fh.writelines(f"{w}\t{c}\t{s}\n" for w, c, s in rows[:LIMIT])
    print(f"{HERE / 'corpus_terms.tsv'}: {min(len(rows), LIMIT)} terms")


if __name__ == "__main__":
    main()
