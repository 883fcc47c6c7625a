#!/usr/bin/env python3
"""Validate qa_blind3.jsonl against the corpus.

Usage: python3 check_qa.py [path/to/qa.jsonl] [--corpus DIR]
Exits 1 (and lists every problem) if anything is wrong, 0 otherwise.

Checks
  * ids unique and consecutive (dq001, dq002, ... in file order)
  * exactly the required fields; allowed values for lang/qtype/answerable/split
  * no duplicate question text
  * answerable items: doc_id is a MANIFEST document; 1-3 evidence strings of
    10-200 characters, each verbatim inside ONE line of that document; every
    key fact occurs inside an evidence string of the item; section non-empty and
    - for statutes: "##### <section>" is an article-heading line of the file
    - for reports: the section text occurs in the file
  * 'article' questions have a key fact containing 제<n>조
  * unanswerable items: doc_id null, evidence [], key_facts [], section ""
  * language sanity: 'ko' questions contain Hangul, 'en' questions are mostly Latin
  * set level: >=100 items, >=35 English, >=18 unanswerable, >=45 answerable
    statute items, >=30 answerable report/plan items, every MANIFEST document
    has >=3 answerable items
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_QA = os.path.join(HERE, "qa_blind3.jsonl")
DEFAULT_CORPUS = "/work/shared/corpus"

FIELDS = ["id", "question", "lang", "answerable", "doc_id", "section", "evidence",
          "key_facts", "reference", "qtype", "topic", "split"]
QTYPES = {"factoid", "count", "who", "where", "when", "article", "definition",
          "list", "yesno", "table"}
SPLIT = "blind3"
MIN_TOTAL, MIN_EN, MIN_UNANS, MIN_STAT, MIN_REP, MIN_PER_DOC = 100, 35, 18, 45, 30, 3
HANGUL = re.compile(r"[\uac00-\ud7a3]")
LATIN = re.compile(r"[A-Za-z]")


def load_manifest(corpus):
    docs = {}
    with open(os.path.join(corpus, "MANIFEST.tsv"), encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        for line in fh:
            if not line.strip():
                continue
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            fname = row.get("file") or row.get("doc_id") or row.get("id")
            stem = os.path.splitext(fname)[0]
            docs[stem] = dict(file=fname, doc_type=row.get("doc_type", ""))
    return docs


def main(argv):
    args = list(argv[1:])
    corpus = DEFAULT_CORPUS
    if "--corpus" in args:
        i = args.index("--corpus")
        corpus = args[i + 1]
        del args[i:i + 2]
    qa_path = args[0] if args else DEFAULT_QA

    problems = []
    docs = load_manifest(corpus)
    lines_cache = {}

    def doc_lines(stem):
        if stem not in lines_cache:
            with open(os.path.join(corpus, docs[stem]["file"]), encoding="utf-8") as fh:
                lines_cache[stem] = fh.read().split("\n")
        return lines_cache[stem]

    items = []
    with open(qa_path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                problems.append("line %d: blank line" % n)
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                problems.append("line %d: bad JSON (%s)" % (n, e))

    seen_q = {}
    for idx, it in enumerate(items, 1):
        iid = it.get("id", "?")
        tag = "%s" % iid
        keys = list(it.keys())
        if set(keys) != set(FIELDS):
            problems.append("%s: fields %s != required %s" % (tag, sorted(keys), FIELDS))
            continue
        if iid != "dq%03d" % idx:
            problems.append("%s: expected id dq%03d (unique, consecutive)" % (tag, idx))
        q = it["question"]
        if not isinstance(q, str) or not q.strip():
            problems.append("%s: empty question" % tag)
            q = ""
        norm = " ".join(q.split()).lower()
        if norm in seen_q:
            problems.append("%s: duplicate question text (also %s)" % (tag, seen_q[norm]))
        seen_q[norm] = iid
        if it["lang"] not in ("ko", "en"):
            problems.append("%s: bad lang %r" % (tag, it["lang"]))
        elif it["lang"] == "ko" and not HANGUL.search(q):
            problems.append("%s: lang ko but question has no Hangul" % tag)
        elif it["lang"] == "en":
            lat, han = len(LATIN.findall(q)), len(HANGUL.findall(q))
            if lat < 2 * han or lat < 20:
                problems.append("%s: lang en but question not mainly English" % tag)
        if not isinstance(it["answerable"], bool):
            problems.append("%s: answerable must be bool" % tag)
        if it["qtype"] not in QTYPES:
            problems.append("%s: bad qtype %r" % (tag, it["qtype"]))
        if it["split"] != SPLIT:
            problems.append("%s: split must be %r" % (tag, SPLIT))
        for f in ("reference", "topic"):
            if not isinstance(it[f], str) or not it[f].strip():
                problems.append("%s: empty %s" % (tag, f))
        if not isinstance(it["section"], str):
            problems.append("%s: section must be a string" % tag)
        if not isinstance(it["evidence"], list) or not isinstance(it["key_facts"], list):
            problems.append("%s: evidence/key_facts must be lists" % tag)
            continue

        if it["answerable"] is True:
            did = it["doc_id"]
            if did not in docs:
                problems.append("%s: unknown doc_id %r" % (tag, did))
                continue
            lines = doc_lines(did)
            ev = it["evidence"]
            if not 1 <= len(ev) <= 3:
                problems.append("%s: needs 1-3 evidence strings, has %d" % (tag, len(ev)))
            for e in ev:
                if not isinstance(e, str):
                    problems.append("%s: evidence not a string" % tag)
                    continue
                if not 10 <= len(e) <= 200:
                    problems.append("%s: evidence length %d outside 10-200: %r" % (tag, len(e), e[:60]))
                if "\n" in e or not any(e in ln for ln in lines):
                    problems.append("%s: evidence not verbatim within one line of %s: %r" % (tag, did, e[:80]))
            kf = it["key_facts"]
            if not kf:
                problems.append("%s: answerable item without key_facts" % tag)
            for k in kf:
                if not isinstance(k, str) or not k.strip():
                    problems.append("%s: empty key fact" % tag)
                elif not any(k in e for e in ev if isinstance(e, str)):
                    problems.append("%s: key fact %r not inside any evidence string" % (tag, k))
            sec = it["section"]
            if not sec.strip():
                problems.append("%s: empty section" % tag)
            elif did.startswith("law_"):
                if ("##### " + sec) not in [ln.rstrip() for ln in lines]:
                    problems.append("%s: section %r is not an article heading in %s" % (tag, sec, did))
            else:
                if not any(sec in ln for ln in lines):
                    problems.append("%s: section %r not found in %s" % (tag, sec, did))
            if it["qtype"] == "article" and not any(re.search(r"제\d+조", k) for k in kf):
                problems.append("%s: article question lacks a 제N조 key fact" % tag)
        else:
            if it["doc_id"] is not None:
                problems.append("%s: unanswerable item must have doc_id null" % tag)
            if it["evidence"] or it["key_facts"]:
                problems.append("%s: unanswerable item must have empty evidence/key_facts" % tag)
            if it["section"] != "":
                problems.append("%s: unanswerable item must have empty section" % tag)

    # set-level minimums
    total = len(items)
    n_en = sum(1 for it in items if it.get("lang") == "en")
    ans = [it for it in items if it.get("answerable") is True]
    n_unans = sum(1 for it in items if it.get("answerable") is False)
    n_stat = sum(1 for it in ans if str(it.get("doc_id")).startswith("law_"))
    n_rep = len(ans) - n_stat
    if total < MIN_TOTAL:
        problems.append("set: %d items < %d" % (total, MIN_TOTAL))
    if n_en < MIN_EN:
        problems.append("set: %d English items < %d" % (n_en, MIN_EN))
    if n_unans < MIN_UNANS:
        problems.append("set: %d unanswerable items < %d" % (n_unans, MIN_UNANS))
    if n_stat < MIN_STAT:
        problems.append("set: %d answerable statute items < %d" % (n_stat, MIN_STAT))
    if n_rep < MIN_REP:
        problems.append("set: %d answerable report/plan items < %d" % (n_rep, MIN_REP))
    per_doc = {d: 0 for d in docs}
    for it in ans:
        if it.get("doc_id") in per_doc:
            per_doc[it["doc_id"]] += 1
    for d, c in sorted(per_doc.items()):
        if c < MIN_PER_DOC:
            problems.append("set: document %s has %d answerable items < %d" % (d, c, MIN_PER_DOC))

    print("items=%d  en=%d ko=%d  answerable=%d unanswerable=%d  statute=%d report=%d"
          % (total, n_en, total - n_en, len(ans), n_unans, n_stat, n_rep))
    for d, c in sorted(per_doc.items()):
        print("  %-40s %d" % (d, c))
    if problems:
        print("\n%d PROBLEM(S):" % len(problems))
        for p in problems:
            print("  - " + p)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
