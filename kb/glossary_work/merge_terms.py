"""Append the translated corpus terms (corpus_terms_en.tsv) to the search glossary (../glossary_en_ko.tsv).

    python kb/glossary_work/merge_terms.py          # rewrites kb/glossary_en_ko.tsv

corpus_terms.tsv lists Korean nouns of the bundled corpus (article titles, then nouns and short noun
compounds occurring at least five times) that no glossary entry had; corpus_terms_en.tsv gives English for
them, written by a helper that read only that list and the corpus (README.md). An English key the glossary
already has keeps its entry (the hand-made entries are more specific); a Korean variant that is not in the
corpus is dropped, so every appended entry can match the documents.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GLOSSARY = HERE.parent / "glossary_en_ko.tsv"
CORPUS = HERE.parents[1] / "corpus"


def main() -> int:
    corpus = re.sub(r"\s+", "", "".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.iterdir())
                                        if p.is_file() and p.name != "MANIFEST.tsv"))
    with open(GLOSSARY, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    known = {r["en"].strip().lower() for r in rows}
    added = skipped = 0
    with open(HERE / "corpus_terms_en.tsv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            en = " ".join((r.get("en") or "").lower().split())
            variants = [v.strip() for v in (r.get("ko") or "").split("|") if v.strip() and re.sub(r"\s+", "", v) in corpus]
            if not en or en in known or not variants:
                skipped += 1
                continue
            kind = r.get("kind", "term").strip() if r.get("kind", "").strip() in ("term", "org", "place", "law") else "term"
            rows.append({"en": en, "ko": " | ".join(variants), "kind": kind})
            known.add(en)
            added += 1
    with open(GLOSSARY, "w", encoding="utf-8", newline="") as fh:
        fh.write("en\tko\tkind\n")
        for r in rows:
            fh.write(f"{r['en']}\t{r['ko']}\t{r['kind']}\n")
    print(f"{GLOSSARY}: {added} entries added, {skipped} skipped (English already there, or Korean not in the corpus)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
