#!/usr/bin/env python3
"""Validate projects_blind5.jsonl against taxonomy.md and the OECD DAC CRS purpose-code list.

Checks: ids unique and consecutive (f001...), all required fields present with the right types,
every label id belongs to its facet (ids parsed from the facet tables of taxonomy.md), sector has
1-3 distinct items, every CRS code is an active 5-digit purpose code, enum fields valid, every value
of every facet used at least twice, at least 64 entries and 24 in English. Prints counts.
Exit status 1 on any problem.
"""
import collections
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "projects_blind5.jsonl")
TAXONOMY = "/work/shared/specs/taxonomy.md"
CRS_XML = "/work/shared/external/oecd-dac-crs/Sector.xml"

FACETS = ["project_type", "sector", "stage", "scale", "region", "program", "smart_city_type", "urban_context"]
FIELDS = ["id", "title", "description", "lang", "origin", "split", "source", "kind", "style", "labels", "crs", "notes"]
LANGS = {"ko", "en"}
KINDS = {"koica", "edcf", "ksp", "mdb", "eu", "local_gov", "central_gov", "kcn", "private", "foreign", "other"}
STYLES = {"row", "press", "narrative", "tender", "oda_db", "misleading"}
MIN_ENTRIES, MIN_EN, MIN_PER_VALUE = 64, 24, 2


def parse_taxonomy(path):
    """Return {facet: [ids]} from the '### n. `facet`' sections' table rows (first column, backticked)."""
    facets = {}
    current = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^###\s+\d+\.\s+`([a-z_]+)`", line)
            if m:
                current = m.group(1)
                facets[current] = []
                continue
            if line.startswith("## "):
                current = None
                continue
            if current:
                m = re.match(r"^\|\s*`([a-z_]+)`\s*\|", line)
                if m:
                    facets[current].append(m.group(1))
    return facets


def parse_crs(path):
    active, withdrawn = set(), set()
    root = ET.parse(path).getroot()
    for item in root.iter("codelist-item"):
        code = item.findtext("code", "").strip()
        if re.fullmatch(r"\d{5}", code):
            (active if item.get("status", "active") == "active" else withdrawn).add(code)
    return active, withdrawn


def main():
    problems = []
    facets = parse_taxonomy(TAXONOMY)
    if sorted(facets) != sorted(FACETS) or any(not v for v in facets.values()):
        problems.append(f"taxonomy parse unexpected: {facets}")
    active, withdrawn = parse_crs(CRS_XML)
    if not active:
        problems.append("no active CRS codes parsed")

    rows = []
    with open(DATA, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                problems.append(f"line {n}: blank line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                problems.append(f"line {n}: bad JSON: {e}")

    counts = {k: collections.Counter() for k in FACETS + ["lang", "kind", "style"]}
    seen_ids, seen_titles = set(), set()
    for i, r in enumerate(rows, 1):
        rid = r.get("id", f"#{i}")
        missing = [k for k in FIELDS if k not in r]
        extra = [k for k in r if k not in FIELDS]
        if missing:
            problems.append(f"{rid}: missing fields {missing}")
        if extra:
            problems.append(f"{rid}: unexpected fields {extra}")
        if rid != f"f{i:03d}":
            problems.append(f"{rid}: expected id f{i:03d} (ids must be consecutive)")
        if rid in seen_ids:
            problems.append(f"{rid}: duplicate id")
        seen_ids.add(rid)
        for k in ("title", "description", "notes"):
            if not isinstance(r.get(k), str):
                problems.append(f"{rid}: {k} must be a string")
        for k in ("title", "description"):
            if isinstance(r.get(k), str) and not r[k].strip():
                problems.append(f"{rid}: empty {k}")
        t = (r.get("title") or "").strip().lower()
        if t in seen_titles:
            problems.append(f"{rid}: duplicate title")
        seen_titles.add(t)
        if r.get("origin") != "blind5" or r.get("split") != "blind5":
            problems.append(f"{rid}: origin/split must be 'blind5'")
        if r.get("source") is not None:
            problems.append(f"{rid}: source must be null")
        for k, allowed in (("lang", LANGS), ("kind", KINDS), ("style", STYLES)):
            if r.get(k) not in allowed:
                problems.append(f"{rid}: {k}={r.get(k)!r} not in {sorted(allowed)}")
            else:
                counts[k][r[k]] += 1

        labels = r.get("labels")
        if not isinstance(labels, dict):
            problems.append(f"{rid}: labels must be an object")
            labels = {}
        for k in labels:
            if k not in FACETS:
                problems.append(f"{rid}: unknown facet {k!r}")
        for fac in FACETS:
            if fac not in labels:
                problems.append(f"{rid}: missing facet {fac}")
                continue
            v = labels[fac]
            allowed = set(facets.get(fac, []))
            if fac == "sector":
                if not isinstance(v, list) or not 1 <= len(v) <= 3:
                    problems.append(f"{rid}: sector must be a list of 1-3 ids, got {v!r}")
                    continue
                if len(set(v)) != len(v):
                    problems.append(f"{rid}: sector items not distinct {v}")
                for s in v:
                    if s not in allowed:
                        problems.append(f"{rid}: sector id {s!r} not in facet sector")
                    else:
                        counts[fac][s] += 1
            else:
                if not isinstance(v, str) or v not in allowed:
                    problems.append(f"{rid}: {fac}={v!r} not in facet {fac}")
                else:
                    counts[fac][v] += 1

        crs = r.get("crs")
        if not isinstance(crs, list) or not 1 <= len(crs) <= 3:
            problems.append(f"{rid}: crs must be a list of 1-3 codes, got {crs!r}")
        else:
            if len(set(crs)) != len(crs):
                problems.append(f"{rid}: crs codes not distinct {crs}")
            for c in crs:
                if not isinstance(c, str) or not re.fullmatch(r"\d{5}", c):
                    problems.append(f"{rid}: crs code {c!r} is not a 5-digit string")
                elif c in withdrawn:
                    problems.append(f"{rid}: crs code {c} is withdrawn")
                elif c not in active:
                    problems.append(f"{rid}: crs code {c} not in CRS list")

    if len(rows) < MIN_ENTRIES:
        problems.append(f"only {len(rows)} entries (< {MIN_ENTRIES})")
    if counts["lang"]["en"] < MIN_EN:
        problems.append(f"only {counts['lang']['en']} English entries (< {MIN_EN})")
    for fac in FACETS:
        for v in facets.get(fac, []):
            if counts[fac][v] < MIN_PER_VALUE:
                problems.append(f"facet {fac}: value {v} used {counts[fac][v]} times (< {MIN_PER_VALUE})")
    for k, allowed in (("kind", KINDS), ("style", STYLES)):
        for v in sorted(allowed):
            if counts[k][v] == 0:
                problems.append(f"{k} {v} never used")

    print(f"entries: {len(rows)}")
    for k in FACETS + ["lang", "kind", "style"]:
        order = facets.get(k) or sorted(counts[k])
        print(f"{k}: " + ", ".join(f"{v}={counts[k][v]}" for v in order))
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  - " + p)
        return 1
    print("\nOK: validation passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
