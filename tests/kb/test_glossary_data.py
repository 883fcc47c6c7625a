"""kb/glossary_en_ko.tsv: English -> Korean search-term glossary, checked for format and against the corpus."""
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
GLOSSARY = REPO / "kb" / "glossary_en_ko.tsv"
CORPUS = REPO / "corpus"

HEADER = "en\tko\tkind"
KINDS = {"term", "org", "place", "law", "number"}
MUST_OCCUR = {"org", "place", "law"}
MIN_ENTRIES = 500
MIN_FOUND_SHARE = 0.90
_WS = re.compile(r"\s+")


def _squash(text):
    return _WS.sub("", text)


def _parse(text):
    lines = text.splitlines()
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        rows.append((number, cells))
    return lines[0] if lines else "", rows


@pytest.fixture(scope="module")
def raw():
    return GLOSSARY.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def entries(raw):
    _, rows = _parse(raw)
    out = []
    for number, cells in rows:
        if len(cells) != 3:
            pytest.fail(f"line {number}: expected 3 tab-separated columns, got {len(cells)}: {cells!r}")
        en, ko, kind = cells
        out.append({"line": number, "en": en, "variants": [v.strip() for v in ko.split("|")], "kind": kind})
    return out


@pytest.fixture(scope="module")
def corpus_text():
    files = sorted(p for p in CORPUS.iterdir() if p.is_file() and p.name != "MANIFEST.tsv")
    assert files, f"no corpus files under {CORPUS}"
    return _squash("".join(p.read_text(encoding="utf-8") for p in files))


def _in_corpus(entry, corpus_text):
    return any(_squash(v) and _squash(v) in corpus_text for v in entry["variants"])


def test_header_is_exact(raw):
    header, _ = _parse(raw)
    assert header == HEADER


def test_no_blank_lines(raw):
    _, rows = _parse(raw)
    blank = [number for number, cells in rows if cells == [""]]
    assert not blank, f"blank lines at {blank}"


def test_enough_entries(entries):
    assert len(entries) >= MIN_ENTRIES


def test_kind_is_allowed(entries):
    bad = [(e["line"], e["kind"]) for e in entries if e["kind"] not in KINDS]
    assert not bad, bad


def test_en_is_lowercase_and_not_empty(entries):
    bad = [(e["line"], e["en"]) for e in entries if not e["en"].strip() or e["en"] != e["en"].lower() or e["en"] != e["en"].strip()]
    assert not bad, bad


def test_en_is_unique(entries):
    seen, dups = {}, []
    for e in entries:
        if e["en"] in seen:
            dups.append((e["en"], seen[e["en"]], e["line"]))
        seen.setdefault(e["en"], e["line"])
    assert not dups, dups


def test_every_ko_variant_is_non_empty(entries):
    bad = [(e["line"], e["en"]) for e in entries if not e["variants"] or any(not v for v in e["variants"])]
    assert not bad, bad


def test_every_kind_is_used(entries):
    assert {e["kind"] for e in entries} == KINDS


def test_org_place_law_entries_occur_in_corpus(entries, corpus_text):
    missing = [(e["line"], e["en"], e["kind"]) for e in entries if e["kind"] in MUST_OCCUR and not _in_corpus(e, corpus_text)]
    assert not missing, f"org/place/law entries with no ko variant in the corpus: {missing}"


def test_most_entries_occur_in_corpus(entries, corpus_text):
    found = sum(_in_corpus(e, corpus_text) for e in entries)
    share = found / len(entries)
    assert share >= MIN_FOUND_SHARE, f"only {share:.1%} of entries have a ko variant in the corpus"


def test_requested_core_entries_present(entries):
    by_en = {e["en"]: e for e in entries}
    expected = {
        "molit": "국토교통부",
        "feasibility study": "타당성조사",
        "k-city network": "K-City 네트워크",
        "kcn": "KCN",
        "vice-chair": "부위원장",
        "quorum": "재적위원 과반수",
        "administrative fine": "과태료",
        "liability insurance": "책임보험",
        "enforcement decree": "시행령",
        "implementer": "사업시행자",
        "billion won": "억 원",
        "household": "세대",
    }
    for en, ko in expected.items():
        assert en in by_en, en
        assert ko in by_en[en]["variants"], (en, by_en[en]["variants"])
