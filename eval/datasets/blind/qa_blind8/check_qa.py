#!/usr/bin/env python3
"""Validate qa_blind8.jsonl against the corpus.

usage: python3 check_qa.py [file] [--corpus DIR]
defaults: qa_blind8.jsonl beside this script, /work/shared/corpus
Exits 1 on any problem.
"""
import argparse
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "question", "lang", "answerable", "doc_id", "section", "evidence",
          "key_facts", "reference", "qtype", "topic", "split"]
QTYPES = {"factoid", "count", "who", "where", "when", "article", "definition",
          "list", "yesno", "table"}
LANGS = {"ko", "en"}
SPLIT = "blind8"
HEADING = "##### "


def is_compat(ch):
    cp = ord(ch)
    return (0xF900 <= cp <= 0xFAFF) or (0x2F800 <= cp <= 0x2FA1F) or (0x3300 <= cp <= 0x33FF)


def load_corpus(cdir):
    docs = {}
    manifest = os.path.join(cdir, "MANIFEST.tsv")
    doc_type = {}
    with open(manifest, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            if not line.strip():
                continue
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            stem = os.path.splitext(row["file"])[0]
            doc_type[stem] = row["doc_type"]
            with open(os.path.join(cdir, row["file"]), encoding="utf-8") as g:
                docs[stem] = g.read().split("\n")
    return docs, doc_type


def article_blocks(lines):
    """map heading text (without '##### ') -> (start, end) line indices."""
    blocks = {}
    idx = [i for i, l in enumerate(lines) if l.startswith("#")]
    for n, i in enumerate(idx):
        l = lines[i]
        if not l.startswith(HEADING):
            continue
        end = idx[n + 1] if n + 1 < len(idx) else len(lines)
        blocks.setdefault(l[len(HEADING):].rstrip(), (i, end))
    return blocks


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?", default=os.path.join(HERE, "qa_blind8.jsonl"))
    ap.add_argument("--corpus", default="/work/shared/corpus")
    a = ap.parse_args()

    docs, doc_type = load_corpus(a.corpus)
    blocks = {d: article_blocks(ls) for d, ls in docs.items() if doc_type[d] == "law"}
    problems = []
    items = []
    with open(a.file, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                problems.append("line %d: empty line" % n)
                continue
            try:
                items.append(json.loads(line))
            except Exception as e:
                problems.append("line %d: bad json: %s" % (n, e))

    seen_q = set()
    for n, it in enumerate(items, 1):
        tag = it.get("id", "line%d" % n)
        def bad(msg):
            problems.append("%s: %s" % (tag, msg))
        if list(it.keys()) != FIELDS:
            bad("fields/order %s" % list(it.keys()))
            continue
        if it["id"] != "iq%03d" % n:
            bad("id out of sequence (expected iq%03d)" % n)
        if not isinstance(it["question"], str) or not it["question"].strip():
            bad("empty question")
        if it["question"] in seen_q:
            bad("duplicate question")
        seen_q.add(it["question"])
        if it["lang"] not in LANGS:
            bad("lang")
        if not isinstance(it["answerable"], bool):
            bad("answerable not bool")
        if it["qtype"] not in QTYPES:
            bad("qtype %r" % it["qtype"])
        if it["split"] != SPLIT:
            bad("split")
        if not isinstance(it["topic"], str) or not it["topic"].strip():
            bad("topic")
        if not isinstance(it["reference"], str) or not it["reference"].strip():
            bad("reference")
        if not isinstance(it["evidence"], list) or not isinstance(it["key_facts"], list):
            bad("evidence/key_facts not lists")
            continue
        # language sanity
        hangul = bool(re.search(r"[\uac00-\ud7a3]", it["question"]))
        if it["lang"] == "ko" and not hangul:
            bad("ko question without Hangul")
        if it["lang"] == "en" and not re.match(r"^[A-Z]", it["question"]):
            bad("en question should start in English")

        if not it["answerable"]:
            if it["doc_id"] is not None or it["section"] != "" or it["evidence"] or it["key_facts"]:
                bad("unanswerable must have doc_id null, section '', evidence [], key_facts []")
            continue

        d = it["doc_id"]
        if d not in docs:
            bad("unknown doc_id %r" % d)
            continue
        lines = docs[d]
        if not (1 <= len(it["evidence"]) <= 3):
            bad("evidence count %d" % len(it["evidence"]))
        if not it["key_facts"]:
            bad("no key_facts")
        ev_lines = []
        for ev in it["evidence"]:
            if not isinstance(ev, str) or not (10 <= len(ev) <= 200):
                bad("evidence length %d: %r" % (len(ev) if isinstance(ev, str) else -1, ev))
                continue
            if any(is_compat(c) for c in ev):
                bad("evidence contains CJK compatibility char: %r" % ev)
            hits = [i for i, l in enumerate(lines) if ev in l]
            if not hits:
                bad("evidence not found in a single line of %s: %r" % (d, ev))
            ev_lines.append(hits)
        for kf in it["key_facts"]:
            if not isinstance(kf, str) or not kf:
                bad("empty key_fact")
            elif not any(kf in ev for ev in it["evidence"]):
                bad("key_fact not inside any evidence: %r" % kf)
        sec = it["section"]
        if not sec:
            bad("empty section")
        elif doc_type[d] == "law":
            if sec.startswith("#"):
                bad("section must not include leading #####")
            blk = blocks[d].get(sec)
            if blk is None:
                bad("section is not an article heading of %s: %r" % (d, sec))
            else:
                s, e = blk
                for ev, hits in zip(it["evidence"], ev_lines):
                    if hits and not any(s <= h < e for h in hits):
                        bad("evidence outside article %r: %r" % (sec, ev))
        else:
            if not any(sec in l for l in lines):
                bad("section heading not found in %s: %r" % (d, sec))

    # counts
    by_lang = collections.Counter(i.get("lang") for i in items)
    by_ans = collections.Counter((i.get("lang"), i.get("answerable")) for i in items)
    by_qtype = collections.Counter(i.get("qtype") for i in items)
    by_doc = collections.defaultdict(collections.Counter)
    for i in items:
        if i.get("answerable"):
            by_doc[i["doc_id"]][i["lang"]] += 1
    for d in docs:
        c = by_doc.get(d, collections.Counter())
        if sum(c.values()) < 5 or c["ko"] < 2 or c["en"] < 2:
            problems.append("coverage: %s has %d answerable (ko %d, en %d); need >=5 with >=2 per language"
                            % (d, sum(c.values()), c["ko"], c["en"]))
    n_un = sum(1 for i in items if i.get("answerable") is False)
    if not (12 <= n_un <= 16):
        problems.append("unanswerable count %d not ~14" % n_un)
    for lg in LANGS:
        if by_ans[(lg, False)] < 6:
            problems.append("too few unanswerable in %s" % lg)

    ans = [i for i in items if i.get("answerable")]
    law_n = sum(1 for i in ans if doc_type.get(i["doc_id"]) == "law")
    print("items: %d" % len(items))
    print("by language: %s" % dict(by_lang))
    print("answerable by language: ko %d, en %d; unanswerable: ko %d, en %d" % (
        by_ans[("ko", True)], by_ans[("en", True)], by_ans[("ko", False)], by_ans[("en", False)]))
    print("answerable from statutes: %d / %d (%.1f%%)" % (law_n, len(ans), 100.0 * law_n / max(1, len(ans))))
    print("by qtype: %s" % dict(sorted(by_qtype.items())))
    print("answerable per document (ko/en/total):")
    for d in sorted(docs):
        c = by_doc.get(d, collections.Counter())
        print("  %-40s %2d %2d %3d" % (d, c["ko"], c["en"], c["ko"] + c["en"]))
    if problems:
        print("\n%d PROBLEM(S):" % len(problems))
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("\nOK: no problems found")


if __name__ == "__main__":
    main()
