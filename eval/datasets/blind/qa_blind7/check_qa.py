#!/usr/bin/env python3
"""Validate the blind7 QA set.

usage: python3 check_qa.py [file] [--corpus DIR]

Defaults: qa_blind7.jsonl beside this script, corpus /work/shared/corpus.
Checks fields and their order, ids, value types, that every evidence string
occurs verbatim inside a single line of the named corpus file, that every
key_fact occurs inside one of the item's evidence strings, section rules
(statutes: exact article heading, evidence inside that article; other
documents: heading string present in the file), unanswerable-item shape and
the coverage targets.  Prints counts by language, answerability, qtype and
document.  Exits 1 on any problem.
"""
import argparse
import collections
import json
import os
import re
import sys
import unicodedata

FIELDS = ["id", "question", "lang", "answerable", "doc_id", "section", "evidence",
          "key_facts", "reference", "qtype", "topic", "split"]
QTYPES = {"factoid", "count", "who", "where", "when", "article", "definition",
          "list", "yesno", "table"}
SPLIT = "blind7"
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def risky_chars(s):
    """Characters that editors/normalisers may silently change."""
    bad = []
    for ch in s:
        o = ord(ch)
        if (0xF900 <= o <= 0xFAFF or 0x2F800 <= o <= 0x2FA1F or 0x3300 <= o <= 0x33FF
                or 0xE000 <= o <= 0xF8FF or unicodedata.normalize("NFC", ch) != ch):
            bad.append("U+%04X" % o)
    return bad


def load_manifest(corpus):
    docs = {}
    with open(os.path.join(corpus, "MANIFEST.tsv"), encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        for line in fh:
            if not line.strip():
                continue
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            stem = os.path.splitext(row["file"])[0]
            with open(os.path.join(corpus, row["file"]), encoding="utf-8") as f2:
                lines = f2.read().split("\n")
            docs[stem] = {"type": row["doc_type"], "lines": lines, "file": row["file"]}
    return docs


def article_span(lines, section):
    """Return (start, end) line indices of the article whose heading is section."""
    target = "##### " + section
    starts = [i for i, l in enumerate(lines) if l.rstrip() == target]
    if len(starts) != 1:
        return None, len(starts)
    s = starts[0]
    e = s + 1
    while e < len(lines) and not lines[e].startswith("#"):
        e += 1
    return (s, e), 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?", default=os.path.join(here, "qa_blind7.jsonl"))
    ap.add_argument("--corpus", default="/work/shared/corpus")
    args = ap.parse_args()

    docs = load_manifest(args.corpus)
    problems = []

    def bad(item_id, msg):
        problems.append("%s: %s" % (item_id, msg))

    items = []
    with open(args.file, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                bad("line %d" % n, "blank line")
                continue
            try:
                items.append(json.loads(line, object_pairs_hook=collections.OrderedDict))
            except ValueError as exc:
                bad("line %d" % n, "invalid JSON (%s)" % exc)

    seen_q = {}
    for n, it in enumerate(items, 1):
        iid = it.get("id", "#%d" % n)
        if list(it.keys()) != FIELDS:
            bad(iid, "fields/order %s" % list(it.keys()))
            continue
        if it["id"] != "hq%03d" % n:
            bad(iid, "id should be hq%03d" % n)
        if not isinstance(it["question"], str) or len(it["question"].strip()) < 8:
            bad(iid, "question missing/too short")
        q = it["question"].strip()
        if q in seen_q:
            bad(iid, "duplicate question of %s" % seen_q[q])
        seen_q[q] = iid
        if it["lang"] not in ("ko", "en"):
            bad(iid, "lang %r" % it["lang"])
        elif it["lang"] == "ko" and not HANGUL.search(q):
            bad(iid, "ko question without Hangul")
        elif it["lang"] == "en" and HANGUL.search(q):
            bad(iid, "en question contains Hangul")
        if it["lang"] == "en" and HANGUL.search(it["reference"] or "") and \
                len(HANGUL.findall(it["reference"])) > len(it["reference"]) * 0.3:
            bad(iid, "en reference is mostly Korean")
        if it["lang"] == "ko" and not HANGUL.search(it["reference"] or ""):
            bad(iid, "ko reference without Hangul")
        if not isinstance(it["answerable"], bool):
            bad(iid, "answerable not bool")
        if it["qtype"] not in QTYPES:
            bad(iid, "qtype %r" % it["qtype"])
        if not isinstance(it["topic"], str) or not it["topic"].strip():
            bad(iid, "topic empty")
        if it["split"] != SPLIT:
            bad(iid, "split %r" % it["split"])
        if not isinstance(it["reference"], str) or len(it["reference"].strip()) < 5:
            bad(iid, "reference empty")
        if not isinstance(it["evidence"], list) or not isinstance(it["key_facts"], list):
            bad(iid, "evidence/key_facts not lists")
            continue

        if it["answerable"] is False:
            if it["doc_id"] is not None or it["section"] != "" or it["evidence"] or it["key_facts"]:
                bad(iid, "unanswerable item must have doc_id null, section '', evidence [], key_facts []")
            continue

        doc = docs.get(it["doc_id"])
        if doc is None:
            bad(iid, "unknown doc_id %r" % it["doc_id"])
            continue
        lines = doc["lines"]
        sec = it["section"]
        if not isinstance(sec, str) or not sec.strip() or sec != sec.strip():
            bad(iid, "section empty or padded: %r" % sec)
            continue
        span = None
        if doc["type"] == "law":
            span, cnt = article_span(lines, sec)
            if span is None:
                bad(iid, "statute section %r matches %d heading lines" % (sec, cnt))
        else:
            if len(sec) < 4 or not any(sec in l for l in lines):
                bad(iid, "section %r not found in %s" % (sec, doc["file"]))

        ev = it["evidence"]
        if not 1 <= len(ev) <= 3:
            bad(iid, "evidence count %d" % len(ev))
        for e in ev:
            if not isinstance(e, str) or not 10 <= len(e) <= 200:
                bad(iid, "evidence length %r" % (len(e) if isinstance(e, str) else e))
                continue
            if e != e.strip():
                bad(iid, "evidence has leading/trailing whitespace: %r" % e)
            rc = risky_chars(e)
            if rc:
                bad(iid, "evidence has risky characters %s: %r" % (rc, e))
            hits = [i for i, l in enumerate(lines) if e in l]
            if not hits:
                bad(iid, "evidence not found in a single line of %s: %r" % (doc["file"], e))
                continue
            if span is not None and not any(span[0] <= i < span[1] for i in hits):
                bad(iid, "evidence not inside article %r: %r" % (sec, e))
        kf = it["key_facts"]
        if not kf:
            bad(iid, "answerable item without key_facts")
        for k in kf:
            if not isinstance(k, str) or not k.strip():
                bad(iid, "empty key_fact")
            elif not any(k in e for e in ev):
                bad(iid, "key_fact not in evidence: %r" % k)

    # ---- counts -------------------------------------------------------
    by_lang = collections.Counter(i["lang"] for i in items)
    by_ans = collections.Counter((i["lang"], i["answerable"]) for i in items)
    by_qtype = collections.Counter(i["qtype"] for i in items)
    by_doc = collections.defaultdict(collections.Counter)
    for i in items:
        if i.get("answerable"):
            by_doc[i["doc_id"]][i["lang"]] += 1

    print("items: %d" % len(items))
    print("by language: " + ", ".join("%s=%d" % kv for kv in sorted(by_lang.items())))
    for lang in ("ko", "en"):
        print("  %s: answerable=%d unanswerable=%d" % (lang, by_ans[(lang, True)], by_ans[(lang, False)]))
    n_ans = sum(1 for i in items if i.get("answerable"))
    print("answerable=%d unanswerable=%d" % (n_ans, len(items) - n_ans))
    print("by qtype: " + ", ".join("%s=%d" % kv for kv in sorted(by_qtype.items())))
    print("by document (answerable; ko/en/total):")
    n_law = 0
    for stem in sorted(docs):
        c = by_doc.get(stem, collections.Counter())
        tot = c["ko"] + c["en"]
        if docs[stem]["type"] == "law":
            n_law += tot
        print("  %-40s %-6s ko=%2d en=%2d total=%2d" % (stem, docs[stem]["type"], c["ko"], c["en"], tot))
        if tot < 5:
            bad(stem, "fewer than 5 answerable items")
        if c["ko"] < 1 or c["en"] < 1:
            bad(stem, "needs at least one answerable item in each language")
    if n_ans:
        print("statute share of answerable: %d/%d = %.1f%%" % (n_law, n_ans, 100.0 * n_law / n_ans))
        if not 0.55 <= n_law / n_ans <= 0.65:
            bad("set", "statute share outside 55-65%")
    for lang in ("ko", "en"):
        if by_ans[(lang, False)] < 6:
            bad("set", "too few unanswerable %s items" % lang)
    missing = QTYPES - set(by_qtype)
    if missing:
        bad("set", "qtypes never used: %s" % sorted(missing))
    if not 130 <= len(items) <= 170:
        bad("set", "item count %d far from ~150" % len(items))

    if problems:
        print("\nPROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nOK: no problems found")


if __name__ == "__main__":
    main()
