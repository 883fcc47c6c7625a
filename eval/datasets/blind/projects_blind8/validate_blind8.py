#!/usr/bin/env python3
"""Validate the blind8 evaluation set.

usage: python3 validate_blind8.py [file] [--stats]

Facet ids are parsed from the facet tables of taxonomy.md; CRS purpose codes and their
status from the OECD DAC Sector.xml. Exits 1 on any problem, 0 otherwise.
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FILE = os.path.join(HERE, "projects_blind8.jsonl")
TAXONOMY = os.environ.get("BLIND8_TAXONOMY", "/work/shared/specs/taxonomy.md")
SECTOR_XML = os.environ.get("BLIND8_SECTOR_XML", "/work/shared/external/oecd-dac-crs/Sector.xml")

FIELDS = ["id", "title", "description", "lang", "origin", "split", "source", "kind", "style",
          "labels", "crs", "notes"]
LANGS = {"ko", "en"}
KINDS = {"koica", "edcf", "ksp", "kcn", "mdb", "eu_foreign", "foreign_gov", "central_gov",
         "local_gov", "lh", "ppp", "private", "national_rnd"}
STYLES = ["row", "oda_db", "tender", "press", "narrative", "misleading", "budget_line"]
MIN_ENTRIES = 80
MIN_EN = 35
HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]")
CRS_RE = re.compile(r"^\d{5}$")


def parse_taxonomy(path):
    """Return OrderedDict facet -> {"ids": [...], "multi": bool, "max": int}."""
    facets = OrderedDict()
    cur = None
    head_re = re.compile(r"^###\s+\d+\.\s+`([a-z_]+)`(.*)$")
    row_re = re.compile(r"^\|\s*`([a-z_]+)`\s*\|")
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            m = head_re.match(line)
            if m:
                name, rest = m.group(1), m.group(2)
                multi = "one to three" in rest or "1-3" in rest or "1–3" in rest
                facets[name] = {"ids": [], "multi": multi, "max": 3 if multi else 1}
                cur = name
                continue
            if line.startswith("## "):  # leaving the facet section
                cur = None
                continue
            if cur:
                m = row_re.match(line)
                if m:
                    facets[cur]["ids"].append(m.group(1))
    if not facets or any(not v["ids"] for v in facets.values()):
        raise SystemExit("could not parse facet tables from %s" % path)
    return facets


def parse_sector_xml(path):
    status = {}
    root = ET.parse(path).getroot()
    for it in root.iter("codelist-item"):
        code = (it.findtext("code") or "").strip()
        if code:
            status[code] = it.get("status", "active")
    if not status:
        raise SystemExit("could not parse codes from %s" % path)
    return status


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    stats = "--stats" in argv
    path = args[0] if args else DEFAULT_FILE
    facets = parse_taxonomy(TAXONOMY)
    crs_status = parse_sector_xml(SECTOR_XML)
    problems = []

    def bad(where, msg):
        problems.append("%s: %s" % (where, msg))

    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if not line.strip():
                bad("line %d" % n, "empty line")
                continue
            try:
                obj = json.loads(line, object_pairs_hook=OrderedDict)
            except json.JSONDecodeError as exc:
                bad("line %d" % n, "invalid JSON (%s)" % exc)
                continue
            if not isinstance(obj, dict):
                bad("line %d" % n, "not a JSON object")
                continue
            rows.append((n, obj))

    for idx, (n, o) in enumerate(rows, start=1):
        where = "line %d (%s)" % (n, o.get("id", "?"))
        keys = list(o.keys())
        if keys != FIELDS:
            bad(where, "fields/order %s != %s" % (keys, FIELDS))
        exp_id = "k%03d" % idx
        if o.get("id") != exp_id:
            bad(where, "id %r, expected %r (consecutive from k001)" % (o.get("id"), exp_id))
        for fld in ("title", "description"):
            if not isinstance(o.get(fld), str) or not o.get(fld, "").strip():
                bad(where, "%s must be a non-empty string" % fld)
        lang = o.get("lang")
        if lang not in LANGS:
            bad(where, "lang %r not in %s" % (lang, sorted(LANGS)))
        text = "%s %s" % (o.get("title", ""), o.get("description", ""))
        has_h = bool(HANGUL.search(text if isinstance(text, str) else ""))
        if lang == "ko" and not has_h:
            bad(where, "lang ko but title/description contain no Hangul")
        if lang == "en" and has_h:
            bad(where, "lang en but title/description contain Hangul")
        if o.get("origin") != "blind8":
            bad(where, "origin %r != 'blind8'" % o.get("origin"))
        if o.get("split") != "blind8":
            bad(where, "split %r != 'blind8'" % o.get("split"))
        if "source" in o and o["source"] is not None:
            bad(where, "source must be null")
        if o.get("kind") not in KINDS:
            bad(where, "kind %r invalid" % o.get("kind"))
        if o.get("style") not in STYLES:
            bad(where, "style %r invalid" % o.get("style"))
        notes = o.get("notes")
        if not isinstance(notes, str) or not notes.strip():
            bad(where, "notes must be a non-empty string")
        elif "\n" in notes or "\r" in notes:
            bad(where, "notes must be a single line")

        labels = o.get("labels")
        if not isinstance(labels, dict):
            bad(where, "labels must be an object")
        else:
            if set(labels.keys()) != set(facets.keys()):
                bad(where, "label facets %s != %s" % (sorted(labels.keys()), sorted(facets.keys())))
            for fac, spec in facets.items():
                if fac not in labels:
                    continue
                v = labels[fac]
                if spec["multi"]:
                    if not isinstance(v, list):
                        bad(where, "%s must be a list" % fac)
                        continue
                    if not 1 <= len(v) <= spec["max"]:
                        bad(where, "%s must have 1-%d values, has %d" % (fac, spec["max"], len(v)))
                    if len(set(map(str, v))) != len(v):
                        bad(where, "%s values not distinct: %s" % (fac, v))
                    for x in v:
                        if x not in spec["ids"]:
                            bad(where, "%s value %r not a taxonomy id" % (fac, x))
                else:
                    if not isinstance(v, str):
                        bad(where, "%s must be a single string id, got %r" % (fac, v))
                    elif v not in spec["ids"]:
                        bad(where, "%s value %r not a taxonomy id" % (fac, v))

        crs = o.get("crs")
        if not isinstance(crs, list) or not 1 <= len(crs) <= 3:
            bad(where, "crs must be a list of 1-3 codes")
        else:
            if len(set(map(str, crs))) != len(crs):
                bad(where, "crs codes not distinct: %s" % crs)
            for c in crs:
                if not isinstance(c, str) or not CRS_RE.match(c):
                    bad(where, "crs code %r is not a 5-digit string" % (c,))
                elif c not in crs_status:
                    bad(where, "crs code %s not in Sector.xml" % c)
                elif crs_status[c] != "active":
                    bad(where, "crs code %s is %s" % (c, crs_status[c]))

    objs = [o for _, o in rows]
    if len(objs) < MIN_ENTRIES:
        bad("file", "%d entries < %d" % (len(objs), MIN_ENTRIES))
    n_en = sum(1 for o in objs if o.get("lang") == "en")
    if n_en < MIN_EN:
        bad("file", "%d English entries < %d" % (n_en, MIN_EN))
    used_styles = {o.get("style") for o in objs}
    for s in STYLES:
        if s not in used_styles:
            bad("file", "style %r never used" % s)

    # facet value coverage: every id at least twice
    cover = {fac: Counter() for fac in facets}
    for o in objs:
        lab = o.get("labels") if isinstance(o.get("labels"), dict) else {}
        for fac in facets:
            v = lab.get(fac)
            vals = v if isinstance(v, list) else [v]
            for x in vals:
                if isinstance(x, str):
                    cover[fac][x] += 1
    for fac, spec in facets.items():
        for i in spec["ids"]:
            if cover[fac][i] < 2:
                bad("file", "facet %s value %s used %d time(s) (< 2)" % (fac, i, cover[fac][i]))

    if stats:
        print("file: %s" % path)
        print("entries: %d" % len(objs))
        for key in ("lang", "kind", "style"):
            c = Counter(o.get(key) for o in objs)
            print("%s: %s" % (key, ", ".join("%s=%d" % kv for kv in sorted(c.items(), key=lambda kv: str(kv[0])))))
        for fac, spec in facets.items():
            print("%s: %s" % (fac, ", ".join("%s=%d" % (i, cover[fac][i]) for i in spec["ids"])))
        first = Counter(o["labels"]["sector"][0] for o in objs
                        if isinstance(o.get("labels"), dict) and isinstance(o["labels"].get("sector"), list)
                        and o["labels"]["sector"])
        print("sector (first only): %s" % ", ".join("%s=%d" % kv for kv in sorted(first.items())))
        nsec = Counter(len(o["labels"]["sector"]) for o in objs
                       if isinstance(o.get("labels"), dict) and isinstance(o["labels"].get("sector"), list))
        print("sector list length: %s" % ", ".join("%d=%d" % kv for kv in sorted(nsec.items())))
        crs_c = Counter(c for o in objs if isinstance(o.get("crs"), list) for c in o["crs"] if isinstance(c, str))
        print("crs codes (%d distinct): %s" % (len(crs_c), ", ".join("%s=%d" % kv for kv in sorted(crs_c.items()))))
        lk = Counter((o.get("lang"), o.get("kind")) for o in objs)
        print("lang x kind: %s" % ", ".join("%s/%s=%d" % (a, b, n) for (a, b), n in sorted(lk.items())))
        nonsmart = sum(1 for o in objs if isinstance(o.get("notes"), str) and o["notes"].startswith("non-smart"))
        print("non-smart entries (notes start with 'non-smart'): %d" % nonsmart)

    if problems:
        for p in problems:
            print("PROBLEM " + p)
        print("FAIL: %d problem(s)" % len(problems))
        return 1
    print("OK: %d entries valid" % len(objs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
