#!/usr/bin/env python3
"""Validate projects_blind6.jsonl against taxonomy.md and the OECD DAC CRS code list.

Usage: python3 validate_blind6.py [path/to/projects_blind6.jsonl] [--stats]
Exits 1 (and lists every problem) if anything is wrong, 0 otherwise.
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TAXONOMY = "/work/shared/specs/taxonomy.md"
CRS_XML = "/work/shared/external/oecd-dac-crs/Sector.xml"

FACETS = ["project_type", "sector", "stage", "scale", "region", "program", "smart_city_type", "urban_context"]
FIELDS = ["id", "title", "description", "lang", "origin", "split", "source", "kind", "style",
          "labels", "crs", "notes"]
LANGS = {"ko", "en"}
STYLES = {"row", "oda_db", "tender", "press", "narrative", "misleading", "budget_line"}
KINDS = {"koica", "edcf", "ksp", "kcn", "mdb", "eu_foreign", "central_gov", "local_gov", "lh", "ppp",
         "private", "national_rnd", "foreign_gov"}
MIN_ENTRIES, MIN_EN, MIN_USE = 70, 30, 2
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def parse_taxonomy(path):
    """Return {facet: [ids]} from the '### N. `facet`' sections' tables (first column ids)."""
    facets, current = {}, None
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
    for it in ET.parse(path).getroot().iter("codelist-item"):
        code = (it.findtext("code") or "").strip()
        (active if it.get("status") == "active" else withdrawn).add(code)
    return active, withdrawn


def validate(path, stats=False):
    problems = []
    tax = parse_taxonomy(TAXONOMY)
    for fa in FACETS:
        if not tax.get(fa):
            problems.append(f"taxonomy: facet {fa} not found or empty in {TAXONOMY}")
    active, withdrawn = parse_crs(CRS_XML)
    if not active:
        problems.append("CRS: no active codes parsed")

    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                problems.append(f"line {n}: empty line")
                continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                problems.append(f"line {n}: invalid JSON ({e})")

    use = {fa: Counter() for fa in FACETS}
    langs, styles, kinds = Counter(), Counter(), Counter()
    seen_ids = set()
    for idx, (n, r) in enumerate(rows, 1):
        where = f"line {n} ({r.get('id', '?') if isinstance(r, dict) else '?'})"
        if not isinstance(r, dict):
            problems.append(f"{where}: not an object")
            continue
        keys = list(r.keys())
        missing = [k for k in FIELDS if k not in r]
        extra = [k for k in keys if k not in FIELDS]
        if missing:
            problems.append(f"{where}: missing fields {missing}")
        if extra:
            problems.append(f"{where}: extra fields {extra}")
        exp_id = f"g{idx:03d}"
        if r.get("id") != exp_id:
            problems.append(f"{where}: id {r.get('id')!r}, expected {exp_id!r} (unique, consecutive)")
        if r.get("id") in seen_ids:
            problems.append(f"{where}: duplicate id")
        seen_ids.add(r.get("id"))
        for k in ("title", "description", "notes"):
            v = r.get(k)
            if not isinstance(v, str) or not v.strip():
                problems.append(f"{where}: {k} must be a non-empty string")
        if isinstance(r.get("notes"), str) and ("\n" in r["notes"] or "\r" in r["notes"]):
            problems.append(f"{where}: notes must be one line")
        lang = r.get("lang")
        if lang not in LANGS:
            problems.append(f"{where}: lang {lang!r} not in {sorted(LANGS)}")
        else:
            text = f"{r.get('title', '')} {r.get('description', '')}"
            h = len(HANGUL.findall(text))
            if lang == "ko" and h < 20:
                problems.append(f"{where}: lang ko but little Hangul")
            if lang == "en" and h > 0:
                problems.append(f"{where}: lang en but contains Hangul")
        if r.get("origin") != "blind6":
            problems.append(f"{where}: origin must be 'blind6'")
        if r.get("split") != "blind6":
            problems.append(f"{where}: split must be 'blind6'")
        if "source" in r and r["source"] is not None:
            problems.append(f"{where}: source must be null")
        if r.get("kind") not in KINDS:
            problems.append(f"{where}: kind {r.get('kind')!r} not in {sorted(KINDS)}")
        if r.get("style") not in STYLES:
            problems.append(f"{where}: style {r.get('style')!r} not in {sorted(STYLES)}")
        langs[lang] += 1
        styles[r.get("style")] += 1
        kinds[r.get("kind")] += 1

        labels = r.get("labels")
        if not isinstance(labels, dict):
            problems.append(f"{where}: labels must be an object")
        else:
            lk = set(labels)
            if lk != set(FACETS):
                problems.append(f"{where}: label keys {sorted(lk)} != {sorted(FACETS)}")
            for fa in FACETS:
                if fa not in labels:
                    continue
                v = labels[fa]
                allowed = set(tax.get(fa, []))
                if fa == "sector":
                    if not isinstance(v, list) or not 1 <= len(v) <= 3:
                        problems.append(f"{where}: sector must be a list of 1-3 ids")
                        continue
                    if len(set(v)) != len(v):
                        problems.append(f"{where}: sector ids not distinct {v}")
                    for s in v:
                        if s not in allowed:
                            problems.append(f"{where}: sector id {s!r} not in taxonomy")
                        else:
                            use[fa][s] += 1
                else:
                    if not isinstance(v, str) or v not in allowed:
                        problems.append(f"{where}: {fa} value {v!r} not in taxonomy")
                    else:
                        use[fa][v] += 1

        crs = r.get("crs")
        if not isinstance(crs, list) or not 1 <= len(crs) <= 3:
            problems.append(f"{where}: crs must be a list of 1-3 codes")
        else:
            if len(set(crs)) != len(crs):
                problems.append(f"{where}: crs codes not distinct")
            for c in crs:
                if not isinstance(c, str) or not re.fullmatch(r"\d{5}", c):
                    problems.append(f"{where}: crs {c!r} is not a 5-digit string")
                elif c in withdrawn:
                    problems.append(f"{where}: crs {c} is withdrawn")
                elif c not in active:
                    problems.append(f"{where}: crs {c} not in the CRS list")

    if len(rows) < MIN_ENTRIES:
        problems.append(f"only {len(rows)} entries (< {MIN_ENTRIES})")
    if langs["en"] < MIN_EN:
        problems.append(f"only {langs['en']} English entries (< {MIN_EN})")
    for fa in FACETS:
        for v in tax.get(fa, []):
            if use[fa][v] < MIN_USE:
                problems.append(f"facet {fa}: value {v} used {use[fa][v]} times (< {MIN_USE})")
    for s in STYLES:
        if styles[s] == 0:
            problems.append(f"style {s} never used")

    if stats:
        print(f"entries: {len(rows)}")
        print("lang:", dict(langs))
        print("style:", dict(sorted(styles.items())))
        print("kind:", dict(sorted(kinds.items())))
        for fa in FACETS:
            print(f"{fa}:", {v: use[fa][v] for v in tax.get(fa, [])})
    return problems


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = args[0] if args else os.path.join(HERE, "projects_blind6.jsonl")
    problems = validate(path, stats="--stats" in sys.argv)
    if problems:
        print(f"FAIL: {len(problems)} problem(s) in {path}")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print(f"OK: {path}")


if __name__ == "__main__":
    main()
