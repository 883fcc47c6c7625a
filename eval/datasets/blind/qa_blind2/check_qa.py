#!/usr/bin/env python3
"""Validate qa_blind2.jsonl against the corpus in /work/shared/corpus.

Checks: ids unique and consecutive (cq001..); required fields and value types;
every evidence string (10-200 chars) occurs verbatim in the named document;
every key_fact occurs verbatim in at least one evidence string of its item;
unanswerable items have doc_id null and empty evidence/key_facts/section;
law sections name an article heading that exists in the statute;
set-level requirements (size, languages, unanswerable count, document coverage).
Prints counts per language / document / qtype.  Exit code 1 on any problem.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
JSONL = os.path.join(HERE, "qa_blind2.jsonl")
CORPUS = "/work/shared/corpus"

REQUIRED = ["id", "question", "lang", "answerable", "doc_id", "section", "evidence",
            "key_facts", "reference", "qtype", "topic", "split"]
QTYPES = {"count", "amount", "date", "who", "where", "article", "list", "definition", "other"}
MIN_TOTAL, MIN_EN, MIN_UNANS, MIN_LAW, MIN_REPORT = 90, 25, 18, 45, 30


def load_manifest():
    docs = {}
    with open(os.path.join(CORPUS, "MANIFEST.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            if not line.strip():
                continue
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            stem = os.path.splitext(row["file"])[0]
            docs[stem] = row
    return docs


def main():
    problems = []
    manifest = load_manifest()
    texts = {}
    for stem, row in manifest.items():
        with open(os.path.join(CORPUS, row["file"]), encoding="utf-8") as f:
            texts[stem] = f.read()

    items = []
    with open(JSONL, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                problems.append(f"line {n}: empty line")
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                problems.append(f"line {n}: bad JSON ({e})")

    # ids
    ids = [it.get("id") for it in items]
    if len(set(ids)) != len(ids):
        dup = [k for k, v in collections.Counter(ids).items() if v > 1]
        problems.append(f"duplicate ids: {dup}")
    expected = [f"cq{i:03d}" for i in range(1, len(items) + 1)]
    if ids != expected:
        problems.append("ids are not consecutive cq001..cq%03d in file order" % len(items))

    questions = collections.Counter(it.get("question") for it in items)
    for q, c in questions.items():
        if c > 1:
            problems.append(f"duplicate question text: {q!r}")

    for it in items:
        iid = it.get("id", "?")
        missing = [k for k in REQUIRED if k not in it]
        if missing:
            problems.append(f"{iid}: missing fields {missing}")
            continue
        if it["lang"] not in ("ko", "en"):
            problems.append(f"{iid}: bad lang {it['lang']!r}")
        if it["qtype"] not in QTYPES:
            problems.append(f"{iid}: bad qtype {it['qtype']!r}")
        if it["split"] != "blind2":
            problems.append(f"{iid}: split must be 'blind2'")
        if not isinstance(it["answerable"], bool):
            problems.append(f"{iid}: answerable must be boolean")
        for k in ("question", "reference", "topic"):
            if not isinstance(it[k], str) or not it[k].strip():
                problems.append(f"{iid}: empty {k}")
        if not isinstance(it["evidence"], list) or not isinstance(it["key_facts"], list):
            problems.append(f"{iid}: evidence/key_facts must be lists")
            continue
        if it["lang"] == "ko" and not re.search(r"[가-힣]", it["question"]):
            problems.append(f"{iid}: ko question without Hangul")
        if it["lang"] == "en" and re.search(r"[가-힣]", it["question"]) and \
                len(re.findall(r"[A-Za-z]", it["question"])) < 20:
            problems.append(f"{iid}: en question looks Korean")

        if it["answerable"]:
            doc = it["doc_id"]
            if doc not in texts:
                problems.append(f"{iid}: unknown doc_id {doc!r}")
                continue
            text = texts[doc]
            if not it["evidence"]:
                problems.append(f"{iid}: answerable item without evidence")
            if not it["key_facts"]:
                problems.append(f"{iid}: answerable item without key_facts")
            if not it["section"].strip():
                problems.append(f"{iid}: answerable item without section")
            for ev in it["evidence"]:
                if not isinstance(ev, str):
                    problems.append(f"{iid}: non-string evidence")
                    continue
                if not (10 <= len(ev) <= 200):
                    problems.append(f"{iid}: evidence length {len(ev)} outside 10-200: {ev[:40]!r}")
                if ev not in text:
                    problems.append(f"{iid}: evidence not verbatim in {doc}: {ev[:60]!r}")
            for kf in it["key_facts"]:
                if not isinstance(kf, str) or not kf.strip():
                    problems.append(f"{iid}: empty key_fact")
                    continue
                if not any(kf in ev for ev in it["evidence"]):
                    problems.append(f"{iid}: key_fact {kf!r} not in any evidence")
                if len(kf) > 60:
                    problems.append(f"{iid}: key_fact too long ({len(kf)} chars)")
            if manifest[doc]["doc_type"] == "law":
                head = it["section"].split(" > ")[-1]
                if ("##### " + head) not in text:
                    problems.append(f"{iid}: section heading {head!r} not found in {doc}")
            if it["qtype"] == "article" and not any(re.match(r"제\d+조", kf) for kf in it["key_facts"]):
                problems.append(f"{iid}: article question without an article-number key_fact")
        else:
            if it["doc_id"] is not None:
                problems.append(f"{iid}: unanswerable item must have doc_id null")
            if it["evidence"] or it["key_facts"]:
                problems.append(f"{iid}: unanswerable item must have empty evidence/key_facts")
            if it["section"] != "":
                problems.append(f"{iid}: unanswerable item must have empty section")

    # ---- counts ----
    by_lang = collections.Counter(it.get("lang") for it in items)
    by_ans = collections.Counter(it.get("answerable") for it in items)
    by_doc = collections.Counter(it.get("doc_id") for it in items)
    by_qtype = collections.Counter(it.get("qtype") for it in items)
    by_lang_ans = collections.Counter((it.get("lang"), it.get("answerable")) for it in items)

    print(f"total items: {len(items)}")
    print("by language:", dict(by_lang))
    print("answerable / unanswerable:", by_ans.get(True, 0), "/", by_ans.get(False, 0))
    print("by language x answerable:", {f"{l}/{'ans' if a else 'unans'}": c for (l, a), c in sorted(by_lang_ans.items())})
    print("by doc:")
    for stem in manifest:
        print(f"  {stem:40s} {manifest[stem]['doc_type']:7s} {by_doc.get(stem, 0)}")
    print(f"  {'(null: unanswerable)':40s} {'':7s} {by_doc.get(None, 0)}")
    print("by qtype:", dict(sorted(by_qtype.items())))

    # ---- set-level requirements ----
    n_law = sum(c for d, c in by_doc.items() if d in manifest and manifest[d]["doc_type"] == "law")
    n_rep = sum(c for d, c in by_doc.items() if d in manifest and manifest[d]["doc_type"] != "law")
    print(f"answerable items on statutes: {n_law}; on reports/plans: {n_rep}")
    if len(items) < MIN_TOTAL:
        problems.append(f"only {len(items)} items (< {MIN_TOTAL})")
    if by_lang.get("en", 0) < MIN_EN:
        problems.append(f"only {by_lang.get('en', 0)} English items (< {MIN_EN})")
    if by_ans.get(False, 0) < MIN_UNANS:
        problems.append(f"only {by_ans.get(False, 0)} unanswerable items (< {MIN_UNANS})")
    if n_law < MIN_LAW:
        problems.append(f"only {n_law} statute items (< {MIN_LAW})")
    if n_rep < MIN_REPORT:
        problems.append(f"only {n_rep} report/plan items (< {MIN_REPORT})")
    uncovered = [s for s in manifest if by_doc.get(s, 0) == 0]
    if uncovered:
        problems.append(f"documents without items: {uncovered}")

    if problems:
        print(f"\nFAILED: {len(problems)} problem(s)")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
