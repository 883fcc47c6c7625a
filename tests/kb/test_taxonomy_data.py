"""kb/taxonomy.yaml must match the spec (shared/specs/taxonomy.md) id for id, in order."""
import re
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
SPEC = Path(__file__).resolve().parents[3] / "shared" / "specs" / "taxonomy.md"
TAXONOMY = REPO / "kb" / "taxonomy.yaml"

FACET_HEADING = re.compile(r"^### \d+\. `(?P<facet>[a-z_]+)` — (?P<name_ko>.+?) \((?P<card>exactly one|one to three)")
ID_ROW = re.compile(r"^\| `(?P<id>[a-z_]+)` \| (?P<cells>.*)\|\s*$")
CUE_COUNTS = {"project_type": (15, 40), "sector": (15, 40)}
OTHER_CUE_COUNT = (8, 20)


def _cells(row_rest):
    return [cell.strip() for cell in row_rest.split("|")]


def parse_spec(text):
    """Facets in order as {facet: {"name_ko", "cardinality", "labels": [(id, name_ko)]}}, plus the crosswalk rows."""
    facets, crosswalk = {}, {}
    current, in_crosswalk = None, False
    for line in text.splitlines():
        if line.startswith("## "):
            current = None
            in_crosswalk = line.startswith("## Crosswalk")
            continue
        heading = FACET_HEADING.match(line)
        if heading:
            current = heading["facet"]
            card = "one" if heading["card"] == "exactly one" else "one_to_three"
            facets[current] = {"name_ko": heading["name_ko"], "cardinality": card, "labels": []}
            continue
        row = ID_ROW.match(line)
        if not row:
            continue
        cells = _cells(row["cells"])
        if current:
            facets[current]["labels"].append((row["id"], cells[0]))
        elif in_crosswalk:
            crosswalk[row["id"]] = {"kcn_type": cells[0], "export_model": cells[1]}
    return facets, crosswalk


@pytest.fixture(scope="module")
def spec():
    if not SPEC.exists():
        pytest.fail(f"spec not found at {SPEC}")
    return parse_spec(SPEC.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def taxonomy():
    return yaml.safe_load(TAXONOMY.read_text(encoding="utf-8"))


def test_spec_parser_finds_all_eight_facets(spec):
    facets, crosswalk = spec
    assert list(facets) == [
        "project_type", "sector", "stage", "scale", "region", "program", "smart_city_type", "urban_context",
    ]
    assert all(facet["labels"] for facet in facets.values())
    assert len(crosswalk) == 6


def test_facets_in_spec_order(spec, taxonomy):
    facets, _ = spec
    assert [facet["id"] for facet in taxonomy["facets"]] == list(facets)


def test_facet_names_and_cardinality(spec, taxonomy):
    facets, _ = spec
    for facet in taxonomy["facets"]:
        expected = facets[facet["id"]]
        assert facet["name_ko"] == expected["name_ko"], facet["id"]
        assert facet["name_en"].strip(), facet["id"]
        assert facet["cardinality"] == expected["cardinality"], facet["id"]


def test_label_ids_and_korean_names_match_spec(spec, taxonomy):
    facets, _ = spec
    for facet in taxonomy["facets"]:
        expected = facets[facet["id"]]["labels"]
        got = [(label["id"], label["name_ko"]) for label in facet["labels"]]
        assert got == expected, facet["id"]


def test_labels_have_names_and_descriptions(taxonomy):
    for facet in taxonomy["facets"]:
        for label in facet["labels"]:
            for key in ("name_en", "description_ko", "description_en"):
                assert isinstance(label[key], str) and label[key].strip(), (label["id"], key)


def test_crosswalk_matches_spec_table(spec, taxonomy):
    _, crosswalk = spec
    assert taxonomy["crosswalk"] == crosswalk
    project_types = [label["id"] for label in taxonomy["facets"][0]["labels"]]
    assert list(taxonomy["crosswalk"]) == project_types


def test_cues_present_clean_and_unique(taxonomy):
    for facet in taxonomy["facets"]:
        low, high = CUE_COUNTS.get(facet["id"], OTHER_CUE_COUNT)
        for label in facet["labels"]:
            where = f"{facet['id']}.{label['id']}"
            seen = set()
            for lang in ("ko", "en"):
                cues = label["cues"][lang]
                assert low <= len(cues) <= high, f"{where}.{lang}: {len(cues)} cues, want {low}-{high}"
                for cue in cues:
                    assert isinstance(cue, str) and cue.strip() == cue and cue, f"{where}.{lang}: bad cue {cue!r}"
                    key = cue.casefold()
                    assert key not in seen, f"{where}: duplicate cue {cue!r}"
                    seen.add(key)


def test_cue_languages(taxonomy):
    hangul = re.compile(r"[가-힣]")
    for facet in taxonomy["facets"]:
        for label in facet["labels"]:
            for cue in label["cues"]["en"]:
                assert not hangul.search(cue), f"{label['id']}: Hangul cue {cue!r} in en list"
            for cue in label["cues"]["ko"]:
                assert hangul.search(cue) or cue.isdigit(), f"{label['id']}: Latin-only cue {cue!r} in ko list"


def test_regions_lists(taxonomy):
    regions = taxonomy["regions"]
    developed = {country["en"] for country in regions["developed_countries"]}
    developing = {country["en"] for country in regions["developing_countries"]}
    assert not developed & developing
    assert {"United States", "Italy", "United Kingdom", "Chile"} <= developed
    assert {"Philippines", "Viet Nam", "Peru", "Malaysia", "Thailand"} <= developing
    known = developed | developing | {"Republic of Korea"}
    for city in regions["cities"]:
        assert city["country_en"] in known, city
    assert regions["domestic_markers"]["ko"] and regions["domestic_markers"]["en"]


def test_cue_masks_are_names(taxonomy):
    masks = taxonomy["cue_masks"]
    assert masks and all(isinstance(mask, str) and mask.strip() == mask and mask for mask in masks)
    assert len(set(masks)) == len(masks)
