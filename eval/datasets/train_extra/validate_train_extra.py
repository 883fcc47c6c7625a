#!/usr/bin/env python3
"""Validate projects_train_extra.jsonl against taxonomy.md and the OECD DAC CRS purpose codes.

Checks: ids unique and consecutive (t001...), all fields present with allowed values, each label id
belongs to its facet (ids parsed from the facet tables of taxonomy.md), sector has 1-3 distinct ids,
every CRS code is an ACTIVE 5-digit purpose code in Sector.xml, every facet value is used at least
MIN_PER_VALUE times, no duplicate titles/descriptions and no near-duplicate descriptions.
Prints counts per facet value, language, style and source kind. Exits 1 on any problem.
"""
import collections
import difflib
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "projects_train_extra.jsonl")
TAXONOMY = "/work/shared/specs/taxonomy.md"
SECTOR_XML = "/work/shared/external/oecd-dac-crs/Sector.xml"

FACETS = ["project_type", "sector", "stage", "scale", "region", "program",
          "smart_city_type", "urban_context"]
LANGS = {"ko", "en"}
STYLES = {"row", "press", "narrative", "tender", "oda_db", "misleading"}
SOURCES = {"koica", "edcf", "ksp", "mdb", "eu", "local_gov", "central_gov", "kcn", "private",
           "foreign", "other"}
TOP_KEYS = {"id", "title", "description", "lang", "origin", "split", "source", "style", "labels",
            "crs", "notes"}
MIN_PER_VALUE = 4
NEAR_DUP_RATIO = 0.85


def parse_taxonomy(path):
    """Return {facet: [ids]} from the '### N. `facet`' sections' table rows."""
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


def active_crs(path):
    root = ET.parse(path).getroot()
    codes = set()
    for item in root.iter("codelist-item"):
        code = (item.findtext("code") or "").strip()
        if item.get("status") == "active" and re.fullmatch(r"\d{5}", code):
            codes.add(code)
    return codes


def main():
    problems = []
    tax = parse_taxonomy(TAXONOMY)
    for fct in FACETS:
        if not tax.get(fct):
            problems.append(f"taxonomy: no ids parsed for facet {fct}")
    crs_ok = active_crs(SECTOR_XML)
    if not crs_ok:
        problems.append("no active CRS codes parsed")

    rows = []
    with open(DATA, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                problems.append(f"line {n}: blank line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                problems.append(f"line {n}: bad JSON ({exc})")

    counts = {fct: collections.Counter() for fct in FACETS}
    lang_c, style_c, source_c = collections.Counter(), collections.Counter(), collections.Counter()
    seen_titles, seen_desc = {}, {}

    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        where = f"{rid or '#' + str(i)}"
        missing = TOP_KEYS - set(r)
        extra = set(r) - TOP_KEYS
        if missing:
            problems.append(f"{where}: missing fields {sorted(missing)}")
        if extra:
            problems.append(f"{where}: unexpected fields {sorted(extra)}")
        if rid != f"t{i:03d}":
            problems.append(f"{where}: id should be t{i:03d} (unique, consecutive)")
        for k in ("title", "description", "notes"):
            if not isinstance(r.get(k), str) or not r.get(k, "").strip():
                problems.append(f"{where}: empty {k}")
        if r.get("lang") not in LANGS:
            problems.append(f"{where}: bad lang {r.get('lang')}")
        if r.get("origin") != "written_extra":
            problems.append(f"{where}: origin must be written_extra")
        if r.get("split") != "train_extra":
            problems.append(f"{where}: split must be train_extra")
        if r.get("style") not in STYLES:
            problems.append(f"{where}: bad style {r.get('style')}")
        src = r.get("source")
        if not isinstance(src, dict) or src.get("kind") not in SOURCES:
            problems.append(f"{where}: bad source {src}")
        else:
            source_c[src["kind"]] += 1
        lang_c[r.get("lang")] += 1
        style_c[r.get("style")] += 1

        # crude language sanity: Korean entries contain Hangul, English entries mostly not
        text = (r.get("title", "") + r.get("description", ""))
        hangul = len(re.findall(r"[\uac00-\ud7a3]", text))
        if r.get("lang") == "ko" and hangul < 5:
            problems.append(f"{where}: lang ko but little Hangul")
        if r.get("lang") == "en" and hangul > 0:
            problems.append(f"{where}: lang en but contains Hangul")

        labels = r.get("labels")
        if not isinstance(labels, dict):
            problems.append(f"{where}: labels missing")
            labels = {}
        if set(labels) != set(FACETS):
            problems.append(f"{where}: label facets {sorted(labels)} != {sorted(FACETS)}")
        for fct in FACETS:
            v = labels.get(fct)
            if fct == "sector":
                if not isinstance(v, list) or not 1 <= len(v) <= 3:
                    problems.append(f"{where}: sector must be a list of 1-3 ids")
                    continue
                if len(set(v)) != len(v):
                    problems.append(f"{where}: duplicate sector ids {v}")
                for s in v:
                    if s not in tax.get("sector", []):
                        problems.append(f"{where}: sector id {s} not in taxonomy")
                    counts["sector"][s] += 1
            else:
                if not isinstance(v, str) or v not in tax.get(fct, []):
                    problems.append(f"{where}: {fct}={v!r} not in taxonomy facet")
                else:
                    counts[fct][v] += 1

        crs = r.get("crs")
        if not isinstance(crs, list) or not 1 <= len(crs) <= 3:
            problems.append(f"{where}: crs must be a list of 1-3 codes")
        else:
            if len(set(crs)) != len(crs):
                problems.append(f"{where}: duplicate crs codes")
            for c in crs:
                if not isinstance(c, str) or not re.fullmatch(r"\d{5}", c):
                    problems.append(f"{where}: crs {c!r} is not a 5-digit string")
                elif c not in crs_ok:
                    problems.append(f"{where}: crs {c} is not an active purpose code")

        t = r.get("title", "").strip().lower()
        d = r.get("description", "").strip().lower()
        if t in seen_titles:
            problems.append(f"{where}: duplicate title of {seen_titles[t]}")
        seen_titles.setdefault(t, where)
        if d in seen_desc:
            problems.append(f"{where}: duplicate description of {seen_desc[d]}")
        seen_desc.setdefault(d, where)

    # near-duplicate descriptions
    descs = [(r.get("id"), r.get("description", "")) for r in rows]
    for a in range(len(descs)):
        for b in range(a + 1, len(descs)):
            sm = difflib.SequenceMatcher(None, descs[a][1], descs[b][1], autojunk=False)
            if sm.quick_ratio() < NEAR_DUP_RATIO:
                continue
            if sm.ratio() >= NEAR_DUP_RATIO:
                problems.append(f"near-duplicate descriptions: {descs[a][0]} / {descs[b][0]}")

    # coverage: every facet value used at least MIN_PER_VALUE times
    for fct in FACETS:
        for v in tax.get(fct, []):
            if counts[fct][v] < MIN_PER_VALUE:
                problems.append(f"coverage: {fct}={v} used {counts[fct][v]} times (< {MIN_PER_VALUE})")

    print(f"entries: {len(rows)}")
    for fct in FACETS:
        print(f"\n[{fct}]" + (" (counted per listed sector)" if fct == "sector" else ""))
        for v in tax.get(fct, []):
            print(f"  {v:26s} {counts[fct][v]}")
    for name, c in (("lang", lang_c), ("style", style_c), ("source.kind", source_c)):
        print(f"\n[{name}]")
        for k, n in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(f"  {str(k):26s} {n}")

    if problems:
        print(f"\nFAILED: {len(problems)} problem(s)")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("\nOK: validation passed")


if __name__ == "__main__":
    main()
