#!/usr/bin/env python3
"""Validate the blind7 evaluation set.

Usage: python3 validate_blind7.py [file] [--stats] [--taxonomy PATH] [--sector-xml PATH]

Facet ids are read from the facet tables of taxonomy.md (sections "### N. `facet`"), CRS purpose
codes and their status from the OECD DAC Sector.xml. Exits 1 on any problem, 0 otherwise.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _find_work():
    """First ancestor holding shared/specs/taxonomy.md (normally /work)."""
    for d in HERE.parents:
        if (d / "shared" / "specs" / "taxonomy.md").is_file():
            return d
    return Path("/work")


WORK = _find_work()
DEFAULT_FILE = HERE / "projects_blind7.jsonl"
DEFAULT_TAXONOMY = WORK / "shared" / "specs" / "taxonomy.md"
DEFAULT_SECTOR_XML = WORK / "shared" / "external" / "oecd-dac-crs" / "Sector.xml"

FIELDS = ["id", "title", "description", "lang", "origin", "split", "source", "kind", "style",
          "labels", "crs", "notes"]
MULTI_FACETS = {"sector"}  # one to three ids; every other facet takes exactly one id
LANGS = {"ko", "en"}
KINDS = {"koica", "edcf", "ksp", "kcn", "mdb", "eu_foreign", "foreign_gov", "central_gov",
         "local_gov", "lh", "ppp", "private", "national_rnd"}
STYLES = {"row", "oda_db", "tender", "press", "narrative", "misleading", "budget_line"}
ORIGIN = SPLIT = "blind7"
MIN_ENTRIES, MIN_EN, MIN_PER_VALUE = 75, 35, 2
HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")
CRS_RE = re.compile(r"^\d{5}$")


def read_facets(path):
    """Return {facet: [ids]} from the '### N. `facet`' tables of taxonomy.md, in file order."""
    facets, current = {}, None
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        m = re.match(r"^###\s+\d+\.\s+`([a-z_]+)`", line)
        if m:
            current = m.group(1)
            facets[current] = []
            continue
        if line.startswith("#"):
            current = None
            continue
        if current:
            m = re.match(r"^\|\s*`([a-z_]+)`\s*\|", line)
            if m:
                facets[current].append(m.group(1))
    if not facets or any(not v for v in facets.values()):
        raise SystemExit(f"could not read facet tables from {path}")
    return facets


def read_crs(path):
    """Return {code: status} from Sector.xml."""
    root = ET.parse(path).getroot()
    out = {}
    for item in root.iter("codelist-item"):
        code = (item.findtext("code") or "").strip()
        if code:
            out[code] = item.get("status", "active")
    if not out:
        raise SystemExit(f"could not read CRS codes from {path}")
    return out


def validate(path, facets, crs_status):
    errors = []
    rows = []
    err = errors.append
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"line {n}: empty line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"line {n}: invalid JSON ({e})")
                continue
            if not isinstance(obj, dict):
                err(f"line {n}: not a JSON object")
                continue
            rows.append((n, obj))

    seen = set()
    for idx, (n, o) in enumerate(rows, 1):
        rid = o.get("id", f"line {n}")
        where = f"line {n} ({rid})"
        # fields: exactly the required ones, in order
        if list(o.keys()) != FIELDS:
            missing = [k for k in FIELDS if k not in o]
            extra = [k for k in o if k not in FIELDS]
            err(f"{where}: fields must be exactly {FIELDS} in order (missing {missing}, extra {extra})")
        # id
        expected = f"h{idx:03d}"
        if o.get("id") != expected:
            err(f"{where}: id should be {expected} (consecutive from h001)")
        if o.get("id") in seen:
            err(f"{where}: duplicate id")
        seen.add(o.get("id"))
        # text fields
        for k in ("title", "description"):
            if not isinstance(o.get(k), str) or not o.get(k).strip():
                err(f"{where}: {k} must be a non-empty string")
        text = f"{o.get('title') or ''} {o.get('description') or ''}"
        lang = o.get("lang")
        if lang not in LANGS:
            err(f"{where}: lang {lang!r} not in {sorted(LANGS)}")
        elif lang == "ko" and not HANGUL.search(text):
            err(f"{where}: lang ko but title/description contain no Hangul")
        elif lang == "en" and HANGUL.search(text):
            err(f"{where}: lang en but title/description contain Hangul")
        if o.get("origin") != ORIGIN:
            err(f"{where}: origin must be {ORIGIN!r}")
        if o.get("split") != SPLIT:
            err(f"{where}: split must be {SPLIT!r}")
        if "source" in o and o.get("source") is not None:
            err(f"{where}: source must be null")
        if o.get("kind") not in KINDS:
            err(f"{where}: kind {o.get('kind')!r} invalid")
        if o.get("style") not in STYLES:
            err(f"{where}: style {o.get('style')!r} invalid")
        notes = o.get("notes")
        if not isinstance(notes, str) or not notes.strip() or "\n" in notes or "\r" in notes:
            err(f"{where}: notes must be a non-empty single line")
        # labels
        labels = o.get("labels")
        if not isinstance(labels, dict):
            err(f"{where}: labels must be an object")
        else:
            if list(labels.keys()) != list(facets.keys()):
                err(f"{where}: label keys {list(labels.keys())} != facets {list(facets.keys())}")
            for facet, ids in facets.items():
                v = labels.get(facet)
                if facet in MULTI_FACETS:
                    if not isinstance(v, list) or not 1 <= len(v) <= 3:
                        err(f"{where}: {facet} must be a list of 1-3 ids")
                        continue
                    if len(set(v)) != len(v):
                        err(f"{where}: {facet} ids not distinct: {v}")
                    for x in v:
                        if x not in ids:
                            err(f"{where}: {facet} id {x!r} not in taxonomy")
                else:
                    if not isinstance(v, str) or v not in ids:
                        err(f"{where}: {facet} value {v!r} not in taxonomy")
        # CRS
        crs = o.get("crs")
        if not isinstance(crs, list) or not 1 <= len(crs) <= 3:
            err(f"{where}: crs must be a list of 1-3 codes")
        else:
            if len(set(map(str, crs))) != len(crs):
                err(f"{where}: crs codes not distinct: {crs}")
            for c in crs:
                if not isinstance(c, str) or not CRS_RE.match(c):
                    err(f"{where}: crs code {c!r} is not a 5-digit string")
                elif c not in crs_status:
                    err(f"{where}: crs code {c} not in Sector.xml")
                elif crs_status[c] != "active":
                    err(f"{where}: crs code {c} is {crs_status[c]}")

    # set-level checks
    objs = [o for _, o in rows]
    if len(objs) < MIN_ENTRIES:
        err(f"set: {len(objs)} entries < {MIN_ENTRIES}")
    n_en = sum(1 for o in objs if o.get("lang") == "en")
    if n_en < MIN_EN:
        err(f"set: {n_en} English entries < {MIN_EN}")
    counts = facet_counts(objs, facets)
    for facet, ids in facets.items():
        for x in ids:
            if counts[facet][x] < MIN_PER_VALUE:
                err(f"set: {facet}={x} used {counts[facet][x]} times (< {MIN_PER_VALUE})")
    styles = Counter(o.get("style") for o in objs)
    for s in sorted(STYLES):
        if styles[s] == 0:
            err(f"set: style {s} never used")
    return errors, objs


def facet_counts(objs, facets):
    counts = {f: Counter() for f in facets}
    for o in objs:
        labels = o.get("labels") if isinstance(o.get("labels"), dict) else {}
        for f in facets:
            v = labels.get(f)
            for x in (v if isinstance(v, list) else [v]):
                if isinstance(x, str):
                    counts[f][x] += 1
    return counts


def print_stats(objs, facets):
    print(f"entries: {len(objs)}")
    for key in ("lang", "kind", "style"):
        c = Counter(o.get(key) for o in objs)
        print(f"{key}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0])))))
    counts = facet_counts(objs, facets)
    for f, ids in facets.items():
        note = " (counted per id listed; entries carry 1-3)" if f in MULTI_FACETS else ""
        print(f"{f}{note}: " + ", ".join(f"{x} {counts[f][x]}" for x in ids))
    crs = Counter(c for o in objs for c in (o.get("crs") or []))
    first = Counter((o.get("crs") or [None])[0] for o in objs)
    print(f"crs distinct codes: {len(crs)}; as first code: " +
          ", ".join(f"{k} {v}" for k, v in sorted(first.items(), key=lambda kv: (-kv[1], str(kv[0])))))
    print("crs any position: " + ", ".join(f"{k} {v}" for k, v in sorted(crs.items())))


def main(argv):
    args = list(argv)
    stats = "--stats" in args
    if stats:
        args.remove("--stats")
    taxonomy, sector_xml = DEFAULT_TAXONOMY, DEFAULT_SECTOR_XML
    for opt in ("--taxonomy", "--sector-xml"):
        if opt in args:
            i = args.index(opt)
            val = Path(args[i + 1])
            del args[i:i + 2]
            if opt == "--taxonomy":
                taxonomy = val
            else:
                sector_xml = val
    path = Path(args[0]) if args else DEFAULT_FILE
    facets = read_facets(taxonomy)
    crs_status = read_crs(sector_xml)
    errors, objs = validate(path, facets, crs_status)
    if stats:
        print_stats(objs, facets)
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{path}: {len(errors)} problem(s)")
        return 1
    print(f"{path}: OK ({len(objs)} entries)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
