#!/usr/bin/env python3
"""Validate the blind9 evaluation set.

Usage: python3 validate_blind9.py [file] [--stats]

Facet ids are parsed from the facet tables of /work/shared/specs/taxonomy.md and CRS purpose-code
statuses from /work/shared/external/oecd-dac-crs/Sector.xml (override with the environment variables
BLIND9_TAXONOMY and BLIND9_SECTOR_XML). Prints every problem found and exits 1 if there is any.
With --stats also prints counts by lang, kind, style and per facet value.
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TAXONOMY = os.environ.get("BLIND9_TAXONOMY", "/work/shared/specs/taxonomy.md")
SECTOR_XML = os.environ.get("BLIND9_SECTOR_XML", "/work/shared/external/oecd-dac-crs/Sector.xml")
DEFAULT_FILE = os.path.join(HERE, "projects_blind9.jsonl")

FIELDS = ["id", "title", "description", "lang", "origin", "split", "source", "kind", "style", "labels",
          "crs", "notes"]
KINDS = {"koica", "edcf", "ksp", "kcn", "mdb", "eu_foreign", "foreign_gov", "central_gov", "local_gov", "lh",
         "ppp", "private", "national_rnd"}
STYLES = ["row", "oda_db", "tender", "press", "narrative", "misleading", "budget_line"]
LANGS = {"ko", "en"}
MULTI = {"sector"}          # list-valued facets (1-3 distinct ids)
MIN_ENTRIES = 80
MIN_EN = 35
HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7a3\ud7b0-\ud7ff]")


def parse_taxonomy(path):
    """Return an ordered dict facet -> list of ids, read from the '### N. `facet`' tables."""
    facets = {}
    current = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^###\s+\d+\.\s+`([a-z_]+)`", line)
            if m:
                current = m.group(1)
                facets[current] = []
                continue
            if line.startswith("## "):          # a level-2 heading ends the facet section
                current = None
                continue
            if current:
                m = re.match(r"^\|\s*`([a-z_]+)`\s*\|", line)
                if m:
                    facets[current].append(m.group(1))
    return facets


def parse_sector_xml(path):
    root = ET.parse(path).getroot()
    status = {}
    for item in root.iter("codelist-item"):
        code = (item.findtext("code") or "").strip()
        if code:
            status[code] = item.get("status", "active")
    return status


def validate(path, facets, crs_status):
    problems = []
    recs = []

    def bad(where, msg):
        problems.append("%s: %s" % (where, msg))

    if not facets or any(not v for v in facets.values()):
        bad("taxonomy", "could not parse facet tables (%r)" % {k: len(v) for k, v in facets.items()})
    if not crs_status:
        bad("Sector.xml", "no codes parsed")

    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for n, line in enumerate(lines, 1):
        where = "line %d" % n
        if not line.strip():
            bad(where, "empty line")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            bad(where, "invalid JSON (%s)" % e)
            continue
        if not isinstance(rec, dict):
            bad(where, "not an object")
            continue
        recs.append((n, rec))

    seen_ids, seen_titles, seen_desc = set(), {}, {}
    for idx, (n, rec) in enumerate(recs, 1):
        rid = rec.get("id")
        where = "line %d (%s)" % (n, rid)
        if list(rec.keys()) != FIELDS:
            bad(where, "fields/order %s != %s" % (list(rec.keys()), FIELDS))
        expected = "m%03d" % idx
        if rid != expected:
            bad(where, "id %r, expected %r (ids must be m001... consecutive)" % (rid, expected))
        if rid in seen_ids:
            bad(where, "duplicate id")
        seen_ids.add(rid)
        for k in ("title", "description", "notes"):
            v = rec.get(k)
            if not isinstance(v, str) or not v.strip():
                bad(where, "%s missing or empty" % k)
        title, desc, notes = rec.get("title") or "", rec.get("description") or "", rec.get("notes") or ""
        if isinstance(notes, str) and ("\n" in notes or "\r" in notes):
            bad(where, "notes must be a single line")
        for k, v in (("title", title), ("description", desc)):
            if isinstance(v, str) and ("\n" in v or "\r" in v):
                bad(where, "%s contains a line break" % k)
        if isinstance(title, str) and title in seen_titles:
            bad(where, "duplicate title (also %s)" % seen_titles[title])
        seen_titles.setdefault(title, rid)
        if isinstance(desc, str) and desc in seen_desc:
            bad(where, "duplicate description (also %s)" % seen_desc[desc])
        seen_desc.setdefault(desc, rid)

        lang = rec.get("lang")
        if lang not in LANGS:
            bad(where, "lang %r not in %s" % (lang, sorted(LANGS)))
        text = "%s %s" % (title, desc)
        if lang == "ko" and not HANGUL.search(text):
            bad(where, "lang ko but title/description contain no Hangul")
        if lang == "en" and HANGUL.search(text + " " + str(notes)):
            bad(where, "lang en but title/description/notes contain Hangul")
        if rec.get("origin") != "blind9":
            bad(where, "origin must be 'blind9'")
        if rec.get("split") != "blind9":
            bad(where, "split must be 'blind9'")
        if rec.get("source", "missing") is not None:
            bad(where, "source must be null")
        if rec.get("kind") not in KINDS:
            bad(where, "kind %r invalid" % rec.get("kind"))
        if rec.get("style") not in STYLES:
            bad(where, "style %r invalid" % rec.get("style"))

        labels = rec.get("labels")
        if not isinstance(labels, dict):
            bad(where, "labels must be an object")
            labels = {}
        if set(labels) != set(facets):
            bad(where, "label facets %s != %s" % (sorted(labels), sorted(facets)))
        elif list(labels) != list(facets):
            bad(where, "label facets not in taxonomy order")
        for facet, ids in facets.items():
            if facet not in labels:
                continue
            v = labels[facet]
            if facet in MULTI:
                if not isinstance(v, list) or not (1 <= len(v) <= 3):
                    bad(where, "%s must be a list of 1-3 ids, got %r" % (facet, v))
                    continue
                if len(set(map(str, v))) != len(v):
                    bad(where, "%s has duplicates %r" % (facet, v))
                for x in v:
                    if x not in ids:
                        bad(where, "%s id %r not in taxonomy" % (facet, x))
            else:
                if not isinstance(v, str):
                    bad(where, "%s must be a single id string, got %r" % (facet, v))
                elif v not in ids:
                    bad(where, "%s id %r not in taxonomy" % (facet, v))

        crs = rec.get("crs")
        if not isinstance(crs, list) or not (1 <= len(crs) <= 3):
            bad(where, "crs must be a list of 1-3 codes, got %r" % (crs,))
        else:
            if len(set(map(str, crs))) != len(crs):
                bad(where, "crs has duplicates %r" % (crs,))
            for c in crs:
                if not isinstance(c, str) or not re.fullmatch(r"\d{5}", c):
                    bad(where, "crs code %r is not a 5-digit string" % (c,))
                elif c not in crs_status:
                    bad(where, "crs code %s not in Sector.xml" % c)
                elif crs_status[c] != "active":
                    bad(where, "crs code %s is %s" % (c, crs_status[c]))

    total = len(recs)
    n_en = sum(1 for _, r in recs if r.get("lang") == "en")
    if total < MIN_ENTRIES:
        bad("file", "%d entries < %d" % (total, MIN_ENTRIES))
    if n_en < MIN_EN:
        bad("file", "%d English entries < %d" % (n_en, MIN_EN))
    used_styles = {r.get("style") for _, r in recs}
    for s in STYLES:
        if s not in used_styles:
            bad("file", "style %r never used" % s)
    return problems, [r for _, r in recs]


def stats(recs, facets):
    def show(name, counter, order=None):
        keys = order if order else sorted(counter)
        print("%s: %s" % (name, ", ".join("%s=%d" % (k, counter.get(k, 0)) for k in keys)))

    print("entries: %d" % len(recs))
    show("lang", Counter(r.get("lang") for r in recs), ["en", "ko"])
    show("kind", Counter(r.get("kind") for r in recs),
         ["koica", "edcf", "ksp", "kcn", "mdb", "eu_foreign", "foreign_gov", "central_gov", "local_gov", "lh",
          "ppp", "private", "national_rnd"])
    show("style", Counter(r.get("style") for r in recs), STYLES)
    low = []
    for facet, ids in facets.items():
        c = Counter()
        for r in recs:
            v = (r.get("labels") or {}).get(facet)
            for x in (v if isinstance(v, list) else [v]):
                c[x] += 1
        show("%s" % facet, c, ids)
        low += ["%s=%s (%d)" % (facet, i, c.get(i, 0)) for i in ids if c.get(i, 0) < 2]
    if any(isinstance((r.get("labels") or {}).get("sector"), list) for r in recs):
        c = Counter(r["labels"]["sector"][0] for r in recs if r["labels"].get("sector"))
        show("sector (first only)", c, facets.get("sector"))
        c = Counter(len(r["labels"]["sector"]) for r in recs if isinstance(r["labels"].get("sector"), list))
        show("sector list length", c, [1, 2, 3])
    c = Counter(r["crs"][0] for r in recs if isinstance(r.get("crs"), list) and r["crs"])
    print("crs (first code): %s" % ", ".join("%s=%d" % kv for kv in sorted(c.items())))
    c = Counter(x for r in recs if isinstance(r.get("crs"), list) for x in r["crs"])
    print("crs distinct codes used: %d" % len(c))
    print("facet values used fewer than twice: %s" % (", ".join(low) if low else "none"))


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    flags = {a for a in argv[1:] if a.startswith("--")}
    unknown = flags - {"--stats"}
    if unknown or len(args) > 1:
        print(__doc__)
        return 2
    path = args[0] if args else DEFAULT_FILE
    facets = parse_taxonomy(TAXONOMY)
    crs_status = parse_sector_xml(SECTOR_XML)
    problems, recs = validate(path, facets, crs_status)
    if "--stats" in flags:
        stats(recs, facets)
    for p in problems:
        print("PROBLEM " + p)
    if problems:
        print("FAILED: %d problem(s) in %s" % (len(problems), path))
        return 1
    print("OK: %s (%d entries, %d facets, %d active CRS codes known)"
          % (path, len(recs), len(facets), sum(1 for s in crs_status.values() if s == "active")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
