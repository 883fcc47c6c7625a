#!/usr/bin/env python3
"""Validate the blind5 QA set against the corpus.

usage: python3 check_qa.py [file] [--corpus DIR]
  file     defaults to qa_blind5.jsonl beside this script
  --corpus defaults to /work/shared/corpus

Prints counts, lists every problem found, and exits 1 if there is any problem
(0 and "OK" otherwise).
"""
import argparse
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
HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
ARTICLE_RE = re.compile(r"제\d+조")

MIN_TOTAL = 130
MIN_EN = 50
MIN_UNANS = 18
MIN_UNANS_PER_LANG = 9
MIN_STATUTE = 60
MIN_REPORT = 35
MIN_PER_DOC = 4


def hangul_ratio(s):
    chars = [c for c in s if not c.isspace()]
    if not chars:
        return 0.0
    return sum(1 for c in chars if HANGUL.match(c)) / len(chars)


def load_corpus(corpus_dir):
    manifest = os.path.join(corpus_dir, "MANIFEST.tsv")
    docs = {}
    with open(manifest, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            fname = row["file"]
            stem = os.path.splitext(fname)[0]
            with open(os.path.join(corpus_dir, fname), encoding="utf-8") as g:
                text = g.read()
            lines = text.split("\n")
            headings = set()
            for ln in lines:
                if ln.startswith("##### "):
                    headings.add(ln[len("##### "):].rstrip())
            docs[stem] = {"type": row["doc_type"], "text": text, "lines": lines,
                          "headings": headings}
    return docs


def in_single_line(s, lines):
    return any(s in ln for ln in lines)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?", default=os.path.join(here, "qa_blind5.jsonl"))
    ap.add_argument("--corpus", default="/work/shared/corpus")
    args = ap.parse_args()

    problems = []

    def bad(where, msg):
        problems.append("%s: %s" % (where, msg))

    try:
        docs = load_corpus(args.corpus)
    except Exception as e:  # noqa: BLE001
        print("cannot load corpus: %s" % e)
        return 1

    items = []
    with open(args.file, encoding="utf-8") as f:
        for ln_no, raw in enumerate(f, 1):
            if not raw.strip():
                bad("line %d" % ln_no, "blank line")
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as e:
                bad("line %d" % ln_no, "invalid JSON (%s)" % e)
                continue
            if not isinstance(obj, dict):
                bad("line %d" % ln_no, "not a JSON object")
                continue
            items.append((ln_no, obj))

    seen_ids, seen_q = set(), {}
    for idx, (ln_no, it) in enumerate(items, 1):
        where = "line %d (%s)" % (ln_no, it.get("id", "?"))
        if list(it.keys()) != FIELDS:
            bad(where, "fields/order %s != %s" % (list(it.keys()), FIELDS))
            if set(it.keys()) != set(FIELDS):
                continue
        exp_id = "fq%03d" % idx
        if it["id"] != exp_id:
            bad(where, "id %r, expected %r (consecutive from fq001)" % (it["id"], exp_id))
        if it["id"] in seen_ids:
            bad(where, "duplicate id")
        seen_ids.add(it["id"])
        for k in ("question", "reference", "topic"):
            if not isinstance(it[k], str) or not it[k].strip():
                bad(where, "empty or non-string %s" % k)
        q = it["question"] if isinstance(it["question"], str) else ""
        qn = re.sub(r"\s+", " ", q.strip().lower())
        if qn in seen_q:
            bad(where, "duplicate question (same as %s)" % seen_q[qn])
        seen_q[qn] = it["id"]
        lang = it["lang"]
        if lang not in ("ko", "en"):
            bad(where, "lang %r not ko/en" % lang)
        elif lang == "ko":
            if not HANGUL.search(q):
                bad(where, "ko question has no Hangul")
            if not HANGUL.search(it["reference"] or ""):
                bad(where, "ko reference has no Hangul")
        else:
            if hangul_ratio(q) > 0.25 or not re.search(r"[A-Za-z]{3,}", q):
                bad(where, "en question is not mostly English (Hangul ratio %.2f)" % hangul_ratio(q))
            if hangul_ratio(it["reference"] or "") > 0.6:
                bad(where, "en reference is not mostly English")
        if it["qtype"] not in QTYPES:
            bad(where, "qtype %r not allowed" % it["qtype"])
        if it["split"] != "blind5":
            bad(where, "split %r != 'blind5'" % it["split"])
        if not isinstance(it["answerable"], bool):
            bad(where, "answerable is not a bool")
            continue
        ev, kf = it["evidence"], it["key_facts"]
        if not isinstance(ev, list) or not isinstance(kf, list):
            bad(where, "evidence/key_facts must be lists")
            continue
        if not it["answerable"]:
            if it["doc_id"] is not None:
                bad(where, "unanswerable item has doc_id")
            if it["section"] != "":
                bad(where, "unanswerable item has section")
            if ev:
                bad(where, "unanswerable item has evidence")
            if kf:
                bad(where, "unanswerable item has key_facts")
            continue
        doc = docs.get(it["doc_id"])
        if doc is None:
            bad(where, "doc_id %r not a MANIFEST stem" % it["doc_id"])
            continue
        sec = it["section"]
        if not isinstance(sec, str) or not sec.strip():
            bad(where, "empty section")
        elif doc["type"] == "law":
            if sec not in doc["headings"]:
                bad(where, "section %r is not a '##### ' heading of %s" % (sec, it["doc_id"]))
        elif sec not in doc["text"]:
            bad(where, "section %r does not occur in %s" % (sec, it["doc_id"]))
        if not 1 <= len(ev) <= 3:
            bad(where, "%d evidence strings (need 1-3)" % len(ev))
        for e in ev:
            if not isinstance(e, str):
                bad(where, "non-string evidence")
                continue
            if not 10 <= len(e) <= 200:
                bad(where, "evidence length %d outside 10-200: %r" % (len(e), e[:40]))
            if "\n" in e or not in_single_line(e, doc["lines"]):
                bad(where, "evidence not inside a single line of %s: %r" % (it["doc_id"], e[:60]))
        if not kf:
            bad(where, "answerable item without key_facts")
        for k in kf:
            if not isinstance(k, str) or not k.strip():
                bad(where, "empty key fact")
            elif not any(isinstance(e, str) and k in e for e in ev):
                bad(where, "key fact %r not inside any evidence string" % k)
        if it["qtype"] == "article" and not any(isinstance(k, str) and ARTICLE_RE.search(k) for k in kf):
            bad(where, "article item without a 제N조 key fact")

    # ---- counts -------------------------------------------------------
    objs = [it for _, it in items if set(it.keys()) == set(FIELDS)]
    c_lang = collections.Counter(it["lang"] for it in objs)
    c_qtype = collections.Counter(it["qtype"] for it in objs)
    ans = [it for it in objs if it["answerable"] is True]
    una = [it for it in objs if it["answerable"] is False]
    c_una_lang = collections.Counter(it["lang"] for it in una)
    per_doc = collections.defaultdict(collections.Counter)
    for it in ans:
        per_doc[it["doc_id"]][it["lang"]] += 1
    statute = sum(1 for it in ans if docs.get(it["doc_id"], {}).get("type") == "law")
    report = sum(1 for it in ans if it["doc_id"] in docs and docs[it["doc_id"]]["type"] != "law")

    print("file: %s" % args.file)
    print("total items: %d" % len(objs))
    print("by language: " + ", ".join("%s=%d" % kv for kv in sorted(c_lang.items())))
    print("answerable: %d  unanswerable: %d (%s)" % (
        len(ans), len(una), ", ".join("%s=%d" % kv for kv in sorted(c_una_lang.items()))))
    print("answerable statute items: %d  report/plan items: %d" % (statute, report))
    print("by qtype: " + ", ".join("%s=%d" % kv for kv in sorted(c_qtype.items())))
    print("per document (answerable, ko/en):")
    for stem in sorted(docs):
        c = per_doc.get(stem, collections.Counter())
        print("  %-40s %3d  ko=%d en=%d" % (stem, c["ko"] + c["en"], c["ko"], c["en"]))

    # ---- set-level minimums ---------------------------------------------
    if len(objs) < MIN_TOTAL:
        bad("set", "only %d items (< %d)" % (len(objs), MIN_TOTAL))
    if c_lang["en"] < MIN_EN:
        bad("set", "only %d English items (< %d)" % (c_lang["en"], MIN_EN))
    if len(una) < MIN_UNANS:
        bad("set", "only %d unanswerable items (< %d)" % (len(una), MIN_UNANS))
    for lg in ("ko", "en"):
        if c_una_lang[lg] < MIN_UNANS_PER_LANG:
            bad("set", "only %d unanswerable %s items (< %d)" % (c_una_lang[lg], lg, MIN_UNANS_PER_LANG))
    if statute < MIN_STATUTE:
        bad("set", "only %d answerable statute items (< %d)" % (statute, MIN_STATUTE))
    if report < MIN_REPORT:
        bad("set", "only %d answerable report items (< %d)" % (report, MIN_REPORT))
    for stem in sorted(docs):
        c = per_doc.get(stem, collections.Counter())
        if c["ko"] + c["en"] < MIN_PER_DOC:
            bad("set", "document %s has only %d answerable items (< %d)" % (stem, c["ko"] + c["en"], MIN_PER_DOC))
        if c["ko"] == 0 or c["en"] == 0:
            bad("set", "document %s lacks a ko or en answerable item" % stem)

    if problems:
        print("\n%d PROBLEM(S):" % len(problems))
        for p in problems:
            print("  - " + p)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
