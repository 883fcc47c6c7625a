#!/usr/bin/env python3
"""Validate the blind10 evaluation set.

usage: python3 validate_blind10.py [file] [--stats]

Facet ids and cardinality are parsed from /work/shared/specs/taxonomy.md, active CRS
purpose codes from /work/shared/external/oecd-dac-crs/Sector.xml (nothing hard-coded).
Exit status 1 on any problem.
"""
import collections
import json
import os
import re
import statistics
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
TAXONOMY = "/work/shared/specs/taxonomy.md"
SECTOR_XML = "/work/shared/external/oecd-dac-crs/Sector.xml"
DEFAULT_FILE = os.path.join(HERE, "projects_blind10.jsonl")

FIELDS = ["id", "title", "description", "lang", "origin", "split", "source",
          "kind", "style", "labels", "crs", "notes"]
# kinds and styles are the brief's story/format categories, not taxonomy labels
KINDS = ["koica", "edcf", "ksp", "kcn", "mdb", "eu_foreign", "foreign_gov",
         "central_gov", "local_gov", "lh", "ppp", "private", "national_rnd"]
STYLES = ["row", "oda_db", "tender", "press", "narrative", "misleading", "budget_line"]
HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
WRONG_CIRCLES = re.compile(r"[\u3007\u25ef\u26aa\u25cf\u2b55\u00b0]")  # not U+25CB
N_EXPECTED = 90


def parse_taxonomy(path):
    """Return ordered {facet: {"values": [...], "min": int, "max": int}}."""
    facets = collections.OrderedDict()
    current = None
    head = re.compile(r"^###\s+\d+\.\s+`([a-z_]+)`(.*)$")
    row = re.compile(r"^\|\s*`([a-z_]+)`\s*\|")
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            m = head.match(line)
            if m:
                name, rest = m.group(1), m.group(2).lower()
                if "exactly one" in rest:
                    lo, hi = 1, 1
                else:
                    m2 = re.search(r"one to (\w+)", rest)
                    words = {"two": 2, "three": 3, "four": 4, "five": 5}
                    if not m2:
                        raise SystemExit("cannot read cardinality of facet %s" % name)
                    lo, hi = 1, words.get(m2.group(1), None) or int(m2.group(1))
                current = name
                facets[name] = {"values": [], "min": lo, "max": hi}
                continue
            if line.startswith("## "):
                current = None
                continue
            if current:
                m = row.match(line)
                if m:
                    facets[current]["values"].append(m.group(1))
    if not facets or any(not v["values"] for v in facets.values()):
        raise SystemExit("taxonomy parse failed: %r" % facets)
    return facets


def parse_crs(path):
    active, withdrawn = set(), set()
    for item in ET.parse(path).getroot().iter("codelist-item"):
        code = (item.findtext("code") or "").strip()
        if item.get("status", "active") == "active":
            active.add(code)
        else:
            withdrawn.add(code)
    return active, withdrawn


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    stats = "--stats" in argv
    path = args[0] if args else DEFAULT_FILE
    facets = parse_taxonomy(TAXONOMY)
    active, withdrawn = parse_crs(SECTOR_XML)
    problems = []

    def bad(i, msg):
        problems.append("line %d: %s" % (i, msg))

    rows = []
    with open(path, encoding="utf-8") as f:
        raw_lines = f.read().split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    else:
        problems.append("file does not end with a newline")
    for i, line in enumerate(raw_lines, 1):
        try:
            obj = json.loads(line, object_pairs_hook=collections.OrderedDict)
        except ValueError as e:
            bad(i, "invalid JSON: %s" % e)
            continue
        rows.append((i, obj))
        if json.dumps(obj, ensure_ascii=False) != line:
            bad(i, "not serialised as json.dumps(ensure_ascii=False)")
        if list(obj.keys()) != FIELDS:
            bad(i, "field order %s != %s" % (list(obj.keys()), FIELDS))
            continue
        want_id = "p%03d" % i
        if obj["id"] != want_id:
            bad(i, "id %r, expected %r" % (obj["id"], want_id))
        for k in ("title", "description", "notes"):
            v = obj[k]
            if not isinstance(v, str) or not v.strip():
                bad(i, "%s empty or not a string" % k)
            elif "\n" in v or "\r" in v:
                bad(i, "%s is not one line" % k)
            elif v != v.strip():
                bad(i, "%s has leading/trailing space" % k)
            elif WRONG_CIRCLES.search(v):
                bad(i, "%s uses a wrong circle character (blank must be U+25CB)" % k)
        text = (obj["title"] or "") + " " + (obj["description"] or "")
        has_hangul = bool(HANGUL.search(text))
        if obj["lang"] not in ("en", "ko"):
            bad(i, "lang %r" % obj["lang"])
        elif obj["lang"] == "ko" and not has_hangul:
            bad(i, "lang ko but no Hangul in title/description")
        elif obj["lang"] == "en" and (has_hangul or HANGUL.search(obj["notes"] or "")):
            bad(i, "lang en but Hangul in title/description/notes")
        if HANGUL.search(obj["notes"] or ""):
            bad(i, "notes must be English (Hangul found)")
        if obj["origin"] != "blind10" or obj["split"] != "blind10":
            bad(i, "origin/split must be 'blind10'")
        if obj["source"] is not None:
            bad(i, "source must be null")
        if obj["kind"] not in KINDS:
            bad(i, "kind %r" % obj["kind"])
        if obj["style"] not in STYLES:
            bad(i, "style %r" % obj["style"])
        labels = obj["labels"]
        if not isinstance(labels, dict) or list(labels.keys()) != list(facets.keys()):
            bad(i, "labels keys %s != taxonomy order %s"
                % (list(labels.keys()) if isinstance(labels, dict) else labels, list(facets.keys())))
        else:
            for name, spec in facets.items():
                v = labels[name]
                if spec["max"] == 1:
                    if not isinstance(v, str) or v not in spec["values"]:
                        bad(i, "%s=%r not one of %s" % (name, v, spec["values"]))
                else:
                    if not isinstance(v, list) or not (spec["min"] <= len(v) <= spec["max"]):
                        bad(i, "%s must be a list of %d-%d values" % (name, spec["min"], spec["max"]))
                    elif len(set(v)) != len(v):
                        bad(i, "%s has duplicates" % name)
                    else:
                        for x in v:
                            if x not in spec["values"]:
                                bad(i, "%s value %r not in taxonomy" % (name, x))
        crs = obj["crs"]
        if not isinstance(crs, list) or not (1 <= len(crs) <= 3):
            bad(i, "crs must be a list of 1-3 codes")
        else:
            if len(set(crs)) != len(crs):
                bad(i, "crs duplicates")
            for c in crs:
                if not isinstance(c, str) or not re.fullmatch(r"\d{5}", c):
                    bad(i, "crs code %r is not a five-digit string" % (c,))
                elif c in withdrawn:
                    bad(i, "crs code %s is withdrawn" % c)
                elif c not in active:
                    bad(i, "crs code %s not in Sector.xml" % c)

    good = [o for _, o in rows if list(o.keys()) == FIELDS]
    if len(rows) != N_EXPECTED:
        problems.append("expected %d lines, found %d" % (N_EXPECTED, len(rows)))
    for k in ("title", "description"):
        c = collections.Counter(o[k] for o in good)
        for v, n in c.items():
            if n > 1:
                problems.append("duplicate %s: %r" % (k, v[:60]))

    # coverage: every value of every facet used at least twice
    usage = {name: collections.Counter() for name in facets}
    for o in good:
        if not isinstance(o["labels"], dict):
            continue
        for name in facets:
            v = o["labels"].get(name)
            for x in (v if isinstance(v, list) else [v]):
                usage[name][x] += 1
    for name, spec in facets.items():
        for val in spec["values"]:
            if usage[name][val] < 2:
                problems.append("coverage: %s=%s used %d times (<2)" % (name, val, usage[name][val]))
    kinds = collections.Counter(o["kind"] for o in good)
    for k in KINDS:
        langs = {o["lang"] for o in good if o["kind"] == k}
        if not 5 <= kinds[k] <= 9:
            problems.append("kind %s has %d items (want 5-9)" % (k, kinds[k]))
        if langs != {"en", "ko"}:
            problems.append("kind %s not in both languages: %s" % (k, sorted(langs)))
    for s in STYLES:
        langs = {o["lang"] for o in good if o["style"] == s}
        if langs != {"en", "ko"}:
            problems.append("style %s not in both languages: %s" % (s, sorted(langs)))
    langc = collections.Counter(o["lang"] for o in good)
    if len(good) == N_EXPECTED and (langc["en"] != N_EXPECTED // 2 or langc["ko"] != N_EXPECTED // 2):
        problems.append("language split %s, want 45/45" % dict(langc))

    if stats:
        def show(title, counter, order=None):
            print("%s:" % title)
            keys = order if order else sorted(counter)
            for k in keys:
                print("  %-24s %3d" % (k, counter[k]))
        print("entries: %d" % len(good))
        show("lang", langc, ["en", "ko"])
        show("kind", kinds, KINDS)
        show("style", collections.Counter(o["style"] for o in good), STYLES)
        print("kind x lang (en/ko):")
        for k in KINDS:
            print("  %-24s %d/%d" % (k, sum(1 for o in good if o["kind"] == k and o["lang"] == "en"),
                                     sum(1 for o in good if o["kind"] == k and o["lang"] == "ko")))
        print("style x lang (en/ko):")
        for s in STYLES:
            print("  %-24s %d/%d" % (s, sum(1 for o in good if o["style"] == s and o["lang"] == "en"),
                                     sum(1 for o in good if o["style"] == s and o["lang"] == "ko")))
        for name, spec in facets.items():
            extra = " (any position)" if spec["max"] > 1 else ""
            show("labels.%s%s" % (name, extra), usage[name], spec["values"])
            if spec["max"] > 1:
                first = collections.Counter(o["labels"][name][0] for o in good)
                show("labels.%s (first value)" % name, first, spec["values"])
                show("labels.%s (list length)" % name,
                     collections.Counter(len(o["labels"][name]) for o in good), [1, 2, 3])
        crsc = collections.Counter(c for o in good for c in o["crs"])
        print("crs codes: %d distinct, %d uses" % (len(crsc), sum(crsc.values())))
        for c, n in sorted(crsc.items(), key=lambda x: (-x[1], x[0])):
            print("  %s %3d" % (c, n))
        lens = [len(o["description"]) for o in good]
        print("description length (chars): min %d, median %d, max %d"
              % (min(lens), statistics.median(lens), max(lens)))

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print("FAILED: %d problem(s)" % len(problems))
        return 1
    print("OK: %d entries valid (%s)" % (len(good), path))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
