#!/usr/bin/env python3
"""Validate a blind QA set against the corpus.

Usage: python3 check_qa.py [file] [--corpus DIR]
  file      defaults to qa_blind4.jsonl next to this script
  --corpus  defaults to /work/shared/corpus

Prints counts and every problem found; exits 1 if there is any problem.
"""
import collections
import csv
import json
import os
import re
import sys

FIELDS = ["id", "question", "lang", "answerable", "doc_id", "section", "evidence",
          "key_facts", "reference", "qtype", "topic", "split"]
QTYPES = {"factoid", "count", "who", "where", "when", "article", "definition",
          "list", "yesno", "table"}
SPLIT = "blind4"
HANGUL = re.compile(r"[\uac00-\ud7a3]")
ARTICLE_KF = re.compile(r"^제\d+조")

# set-level minimums
MIN_TOTAL = 110
MIN_EN = 45
MIN_UNANS = 18
MIN_STATUTE = 50
MIN_REPORT = 30
MIN_PER_DOC = 3


def parse_args(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "qa_blind4.jsonl")
    corpus = "/work/shared/corpus"
    rest = list(argv)
    while rest:
        a = rest.pop(0)
        if a == "--corpus":
            if not rest:
                sys.exit("--corpus needs a directory")
            corpus = rest.pop(0)
        elif a.startswith("--corpus="):
            corpus = a.split("=", 1)[1]
        elif a in ("-h", "--help"):
            print(__doc__)
            sys.exit(0)
        else:
            path = a
    return path, corpus


def load_corpus(corpus):
    """Return {stem: {"type": doc_type, "text": str, "lines": [...]}}."""
    docs = {}
    with open(os.path.join(corpus, "MANIFEST.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            fn = row["file"]
            stem = os.path.splitext(fn)[0]
            with open(os.path.join(corpus, fn), encoding="utf-8") as g:
                text = g.read()
            docs[stem] = {"type": row["doc_type"], "text": text,
                          "lines": text.split("\n"), "file": fn}
    return docs


def is_statute(doc):
    return doc["type"] == "law"


def main():
    path, corpus = parse_args(sys.argv[1:])
    problems = []
    docs = load_corpus(corpus)

    def bad(where, msg):
        problems.append("%s: %s" % (where, msg))

    items = []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                bad("line %d" % n, "empty line")
                continue
            try:
                rec = json.loads(raw)
            except json.JSONDecodeError as e:
                bad("line %d" % n, "invalid JSON (%s)" % e)
                continue
            if not isinstance(rec, dict):
                bad("line %d" % n, "not a JSON object")
                continue
            items.append((n, rec))

    seen_ids, seen_q = set(), {}
    for idx, (n, r) in enumerate(items, 1):
        w = "line %d (%s)" % (n, r.get("id"))
        if list(r.keys()) != FIELDS:
            if set(r.keys()) != set(FIELDS):
                bad(w, "fields %s != required %s" % (sorted(r.keys()), FIELDS))
                continue
        # id
        if r["id"] != "eq%03d" % idx:
            bad(w, "id should be eq%03d" % idx)
        if r["id"] in seen_ids:
            bad(w, "duplicate id")
        seen_ids.add(r["id"])
        # simple fields
        for k in ("question", "reference", "topic"):
            if not isinstance(r[k], str) or not r[k].strip():
                bad(w, "%s must be a non-empty string" % k)
        if r["lang"] not in ("ko", "en"):
            bad(w, "lang must be ko or en")
        if r["qtype"] not in QTYPES:
            bad(w, "bad qtype %r" % r["qtype"])
        if r["split"] != SPLIT:
            bad(w, "split must be %r" % SPLIT)
        if not isinstance(r["answerable"], bool):
            bad(w, "answerable must be a bool")
        q = r["question"] if isinstance(r["question"], str) else ""
        if q in seen_q:
            bad(w, "duplicate question (also %s)" % seen_q[q])
        seen_q[q] = r["id"]
        # language sanity
        if r["lang"] == "ko" and not HANGUL.search(q):
            bad(w, "ko question has no Hangul")
        if r["lang"] == "en":
            hn = len(HANGUL.findall(q))
            if hn > 0.3 * max(1, len(q.replace(" ", ""))):
                bad(w, "en question is mostly Hangul")
            if not re.search(r"[A-Za-z]{3,}", q):
                bad(w, "en question has no English words")
        if not isinstance(r["evidence"], list) or not isinstance(r["key_facts"], list):
            bad(w, "evidence and key_facts must be lists")
            continue

        if r["answerable"] is False:
            if r["doc_id"] is not None:
                bad(w, "unanswerable item must have doc_id null")
            if r["section"] != "":
                bad(w, "unanswerable item must have section \"\"")
            if r["evidence"] != [] or r["key_facts"] != []:
                bad(w, "unanswerable item must have empty evidence and key_facts")
            continue

        # answerable
        doc = docs.get(r["doc_id"])
        if doc is None:
            bad(w, "doc_id %r is not a MANIFEST file stem" % r["doc_id"])
            continue
        sec = r["section"]
        if not isinstance(sec, str) or not sec.strip():
            bad(w, "section must be non-empty for answerable items")
        elif is_statute(doc):
            if ("##### " + sec) not in doc["lines"]:
                bad(w, "section %r is not an article heading line in %s" % (sec, doc["file"]))
        else:
            if sec not in doc["text"]:
                bad(w, "section %r does not occur in %s" % (sec, doc["file"]))
        ev = r["evidence"]
        if not 1 <= len(ev) <= 3:
            bad(w, "answerable item needs 1-3 evidence strings (has %d)" % len(ev))
        for e in ev:
            if not isinstance(e, str):
                bad(w, "evidence entries must be strings")
                continue
            if not 10 <= len(e) <= 200:
                bad(w, "evidence length %d outside 10-200: %r" % (len(e), e[:60]))
            if not any(e in line for line in doc["lines"]):
                bad(w, "evidence not found inside a single line of %s: %r" % (doc["file"], e[:80]))
        kf = r["key_facts"]
        if not kf:
            bad(w, "answerable item needs key_facts")
        for k in kf:
            if not isinstance(k, str) or not k.strip():
                bad(w, "key_facts entries must be non-empty strings")
                continue
            if not any(isinstance(e, str) and k in e for e in ev):
                bad(w, "key fact %r not inside any evidence string" % k)
        if r["qtype"] == "article" and not any(isinstance(k, str) and ARTICLE_KF.match(k) for k in kf):
            bad(w, "article item needs a key fact of the form 제N조...")

    # ---------------- counts ----------------
    recs = [r for _, r in items if set(r.keys()) == set(FIELDS)]
    total = len(recs)
    by_lang = collections.Counter(r["lang"] for r in recs)
    ans = [r for r in recs if r["answerable"] is True]
    unans = [r for r in recs if r["answerable"] is False]
    by_qtype = collections.Counter(r["qtype"] for r in recs)
    per_doc = {stem: collections.Counter() for stem in docs}
    for r in ans:
        if r["doc_id"] in per_doc:
            per_doc[r["doc_id"]][r["lang"]] += 1
    statute_ans = sum(1 for r in ans if r["doc_id"] in docs and is_statute(docs[r["doc_id"]]))
    report_ans = sum(1 for r in ans if r["doc_id"] in docs and not is_statute(docs[r["doc_id"]]))

    print("file: %s" % path)
    print("corpus: %s" % corpus)
    print("total: %d" % total)
    print("by lang: " + ", ".join("%s=%d" % kv for kv in sorted(by_lang.items())))
    print("answerable: %d  unanswerable: %d" % (len(ans), len(unans)))
    print("answerable statute items: %d  answerable report/plan items: %d" % (statute_ans, report_ans))
    print("unanswerable by lang: " + ", ".join(
        "%s=%d" % kv for kv in sorted(collections.Counter(r["lang"] for r in unans).items())))
    print("by qtype: " + ", ".join("%s=%d" % kv for kv in sorted(by_qtype.items())))
    print("answerable per document (ko/en/total):")
    for stem in sorted(per_doc):
        c = per_doc[stem]
        print("  %-36s ko=%-3d en=%-3d total=%d" % (stem, c["ko"], c["en"], c["ko"] + c["en"]))

    # ---------------- set-level requirements ----------------
    if total < MIN_TOTAL:
        problems.append("set: only %d items (< %d)" % (total, MIN_TOTAL))
    if by_lang.get("en", 0) < MIN_EN:
        problems.append("set: only %d English items (< %d)" % (by_lang.get("en", 0), MIN_EN))
    if len(unans) < MIN_UNANS:
        problems.append("set: only %d unanswerable items (< %d)" % (len(unans), MIN_UNANS))
    if statute_ans < MIN_STATUTE:
        problems.append("set: only %d answerable statute items (< %d)" % (statute_ans, MIN_STATUTE))
    if report_ans < MIN_REPORT:
        problems.append("set: only %d answerable report/plan items (< %d)" % (report_ans, MIN_REPORT))
    for stem, c in sorted(per_doc.items()):
        if c["ko"] + c["en"] < MIN_PER_DOC:
            problems.append("set: %s has only %d answerable items (< %d)"
                            % (stem, c["ko"] + c["en"], MIN_PER_DOC))

    if problems:
        print("\nPROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nOK: no problems found")


if __name__ == "__main__":
    main()
