#!/usr/bin/env python3
"""Validator for the blind6 QA set.

Usage: python3 check_qa.py [file.jsonl] [--corpus DIR]

Defaults: qa_blind6.jsonl beside this script, corpus /work/shared/corpus.
Checks field names/order/types, ids, language, answerability rules,
verbatim evidence (each string inside a single line of the named file),
key facts (each inside one of the item's evidence strings), section rules
(statutes: exact article heading, evidence inside that article; other
documents: heading string present in the file), coverage and counts.
Prints counts by language, answerability, qtype and document; exits 1 on
any problem.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

FIELDS = ["id", "question", "lang", "answerable", "doc_id", "section",
          "evidence", "key_facts", "reference", "qtype", "topic", "split"]
QTYPES = {"factoid", "count", "who", "where", "when", "article",
          "definition", "list", "yesno", "table"}
SPLIT = "blind6"
HANGUL = re.compile(r"[\uac00-\ud7a3]")
LATIN = re.compile(r"[A-Za-z]")

# expected set size (soft targets from the brief; checked as ranges)
TOTAL_RANGE = (160, 185)
KO_RANGE = (85, 105)
EN_RANGE = (65, 85)
UNANS_PER_LANG = (8, 12)


def load_manifest(corpus):
    path = os.path.join(corpus, "MANIFEST.tsv")
    docs = {}
    with open(path, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        for line in fh:
            if not line.strip():
                continue
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            stem = os.path.splitext(row["file"])[0]
            docs[stem] = row
    return docs


def load_lines(corpus, fname):
    with open(os.path.join(corpus, fname), encoding="utf-8") as fh:
        return fh.read().split("\n")


def article_spans(lines):
    """Map article heading text (without '##### ') -> (start, end) line idx."""
    spans = {}
    heads = [i for i, l in enumerate(lines)
             if l.startswith("##### ") or l.startswith("## ")
             or l.startswith("### ") or l.startswith("# ")]
    for n, i in enumerate(heads):
        if not lines[i].startswith("##### "):
            continue
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        title = lines[i][len("##### "):].rstrip()
        spans.setdefault(title, (i, end))
    return spans


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "qa_blind6.jsonl")
    corpus = "/work/shared/corpus"
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--corpus":
            corpus = args.pop(0)
        else:
            path = a

    problems = []

    def bad(item_id, msg):
        problems.append(f"{item_id}: {msg}")

    manifest = load_manifest(corpus)
    cache = {}

    def doc_lines(stem):
        if stem not in cache:
            cache[stem] = load_lines(corpus, manifest[stem]["file"])
        return cache[stem]

    items = []
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                bad(f"line{n}", "empty line")
                continue
            try:
                items.append(json.loads(raw))
            except json.JSONDecodeError as e:
                bad(f"line{n}", f"invalid JSON: {e}")

    seen_q = set()
    for idx, it in enumerate(items, 1):
        iid = it.get("id", f"#{idx}")
        if list(it.keys()) != FIELDS:
            bad(iid, f"fields/order {list(it.keys())}")
            continue
        if it["id"] != f"gq{idx:03d}":
            bad(iid, f"id out of sequence (expected gq{idx:03d})")
        q = it["question"]
        if not isinstance(q, str) or not q.strip():
            bad(iid, "empty question")
        if q in seen_q:
            bad(iid, "duplicate question")
        seen_q.add(q)
        if it["lang"] not in ("ko", "en"):
            bad(iid, f"lang {it['lang']!r}")
        elif it["lang"] == "ko" and not HANGUL.search(q):
            bad(iid, "ko question without Hangul")
        elif it["lang"] == "en":
            if len(LATIN.findall(q)) < 0.6 * len(re.findall(r"\w", q)):
                bad(iid, "en question is not mostly Latin script")
        if not isinstance(it["answerable"], bool):
            bad(iid, "answerable not bool")
        if it["qtype"] not in QTYPES:
            bad(iid, f"qtype {it['qtype']!r}")
        if it["split"] != SPLIT:
            bad(iid, f"split {it['split']!r}")
        for f in ("reference", "topic"):
            if not isinstance(it[f], str) or not it[f].strip():
                bad(iid, f"empty {f}")
        if it["lang"] == "ko" and not HANGUL.search(it["reference"]):
            bad(iid, "ko reference without Hangul")
        if it["lang"] == "en" and len(LATIN.findall(it["reference"])) < 20:
            bad(iid, "en reference is not in English")
        ev, kf = it["evidence"], it["key_facts"]
        if not isinstance(ev, list) or not isinstance(kf, list):
            bad(iid, "evidence/key_facts not lists")
            continue

        if not it["answerable"]:
            if it["doc_id"] is not None:
                bad(iid, "unanswerable item with doc_id")
            if it["section"] != "":
                bad(iid, "unanswerable item with section")
            if ev or kf:
                bad(iid, "unanswerable item with evidence/key_facts")
            continue

        stem = it["doc_id"]
        if stem not in manifest:
            bad(iid, f"unknown doc_id {stem!r}")
            continue
        lines = doc_lines(stem)
        if not (1 <= len(ev) <= 3):
            bad(iid, f"{len(ev)} evidence strings (need 1-3)")
        if not kf:
            bad(iid, "no key_facts")
        ev_lines = []
        for e in ev:
            if not isinstance(e, str) or not (10 <= len(e) <= 200):
                bad(iid, f"evidence length {len(e) if isinstance(e, str) else e!r}")
                ev_lines.append([])
                continue
            hits = [i for i, l in enumerate(lines) if e in l]
            if not hits:
                bad(iid, f"evidence not found in a single line: {e[:60]!r}")
            ev_lines.append(hits)
        for k in kf:
            if not isinstance(k, str) or not k.strip():
                bad(iid, "empty key_fact")
            elif not any(k in e for e in ev if isinstance(e, str)):
                bad(iid, f"key_fact not inside evidence: {k!r}")

        sec = it["section"]
        is_law = manifest[stem]["doc_type"] == "law"
        if not isinstance(sec, str) or not sec.strip():
            bad(iid, "empty section")
        elif is_law:
            spans = article_spans(lines)
            if sec not in spans:
                bad(iid, f"section is not an article heading: {sec!r}")
            else:
                s, t = spans[sec]
                for e, hits in zip(ev, ev_lines):
                    if hits and not any(s <= h < t for h in hits):
                        bad(iid, f"evidence outside article {sec!r}: {e[:50]!r}")
        else:
            if not any(sec in l for l in lines):
                bad(iid, f"section heading not in file: {sec!r}")

    # counts and coverage
    by_lang = Counter(it["lang"] for it in items)
    by_ans = Counter((it["lang"], it["answerable"]) for it in items)
    by_qtype = Counter(it["qtype"] for it in items)
    per_doc = defaultdict(Counter)
    for it in items:
        if it["answerable"]:
            per_doc[it["doc_id"]][it["lang"]] += 1
    for stem in manifest:
        c = per_doc.get(stem, Counter())
        if sum(c.values()) < 5:
            bad(stem, f"only {sum(c.values())} answerable items (need >=5)")
        if c["ko"] < 1 or c["en"] < 1:
            bad(stem, f"needs >=1 answerable item per language (ko={c['ko']}, en={c['en']})")
    n = len(items)
    if not (TOTAL_RANGE[0] <= n <= TOTAL_RANGE[1]):
        bad("set", f"{n} items outside {TOTAL_RANGE}")
    if not (KO_RANGE[0] <= by_lang["ko"] <= KO_RANGE[1]):
        bad("set", f"{by_lang['ko']} ko items outside {KO_RANGE}")
    if not (EN_RANGE[0] <= by_lang["en"] <= EN_RANGE[1]):
        bad("set", f"{by_lang['en']} en items outside {EN_RANGE}")
    for lang in ("ko", "en"):
        u = by_ans[(lang, False)]
        if not (UNANS_PER_LANG[0] <= u <= UNANS_PER_LANG[1]):
            bad("set", f"{u} unanswerable {lang} items outside {UNANS_PER_LANG}")
    law_ans = sum(1 for it in items if it["answerable"]
                  and manifest.get(it["doc_id"], {}).get("doc_type") == "law")
    ans = sum(1 for it in items if it["answerable"])
    share = law_ans / ans if ans else 0
    if not (0.5 <= share <= 0.7):
        bad("set", f"statute share {share:.2f} outside 0.50-0.70")

    print(f"file: {path}")
    print(f"items: {n}")
    print("by language: " + ", ".join(f"{k}={v}" for k, v in sorted(by_lang.items())))
    for lang in ("ko", "en"):
        print(f"  {lang}: answerable={by_ans[(lang, True)]} unanswerable={by_ans[(lang, False)]}")
    print(f"answerable: {ans}  unanswerable: {n - ans}  statute share of answerable: {share:.1%}")
    print("by qtype: " + ", ".join(f"{k}={v}" for k, v in sorted(by_qtype.items())))
    print("by document (answerable ko/en/total):")
    for stem in manifest:
        c = per_doc.get(stem, Counter())
        print(f"  {stem:40s} {c['ko']:3d} {c['en']:3d} {sum(c.values()):3d}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print("\nOK: no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
