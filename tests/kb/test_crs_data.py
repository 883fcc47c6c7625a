"""kb/crs.yaml: the OECD DAC CRS purpose codes and the crosswalk rules, checked against the source code lists."""
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from kb.crs import CRS_FILE, load_crs, parse_crs
from kb.taxonomy import TaxonomyError, load_taxonomy
from tests.conftest import SHARED

# ../shared beside the clone (CI); a worktree elsewhere can point at it with SMARTCITY_KB_SHARED_DIR
CRS_DIR = Path(os.environ.get("SMARTCITY_KB_SHARED_DIR", SHARED)) / "external" / "oecd-dac-crs"
needs_lists = pytest.mark.skipif(not (CRS_DIR / "Sector.xml").is_file(), reason=f"no {CRS_DIR}/Sector.xml")


def _items(name):
    return ET.parse(CRS_DIR / name).getroot().iter("codelist-item")


@needs_lists
def test_codes_are_exactly_the_active_purpose_codes_with_their_names_and_categories():
    active = {i.findtext("code"): (i.findtext("category"), i.find("name").findtext("narrative"))
              for i in _items("Sector.xml") if i.get("status") == "active"}
    crs = load_crs()
    assert {c: (v.category, v.name) for c, v in crs.codes.items()} == active
    assert len(active) == 295 and "23010" not in crs.codes  # withdrawn (1990s energy codes)


@needs_lists
def test_every_category_of_an_active_code_has_a_korean_name():
    categories = {i.findtext("code") for i in _items("SectorCategory.xml") if i.get("status") != "withdrawn"}
    crs = load_crs()
    assert {c.category for c in crs.codes.values()} <= categories
    assert set(crs.categories_ko) == categories


def test_every_code_the_crosswalk_can_emit_is_active_and_named_in_korean():
    crs = load_crs()
    emitted = ({c for by_role in crs.sectors.values() for codes in by_role.values() for c, _ in codes}
               | {k.code for k in crs.keywords} | {c.code for c in crs.context})
    assert len(emitted) == 73
    for code in emitted:
        assert crs.codes[code].name_ko != crs.codes[code].name, code  # a Korean name, not the English fallback
    assert crs.code("43030").name_ko == "도시 개발 및 관리" and crs.code("21020").label() == "21020 도로 교통"
    assert crs.code("11130").name_ko == "Teacher training"  # never emitted: English
    assert set(crs.roles) == set(load_taxonomy().facet("project_type").label_ids)
    assert set(crs.sectors) == set(load_taxonomy().facet("sector").label_ids)


def _data():
    return yaml.safe_load(CRS_FILE.read_text("utf-8"))


def test_a_rule_emitting_an_unknown_or_unnamed_code_is_rejected():
    data = _data()
    data["keywords"].append({"sector": "water", "code": "23010", "weight": 0.5, "pattern": "x"})
    with pytest.raises(TaxonomyError, match="keyword: 23010 is not an active CRS purpose code"):
        parse_crs(data, load_taxonomy())
    data = _data()
    data["context"].append({"code": "11130", "weight": 0.5, "labels": {"project_type": ["rnd"]}})
    with pytest.raises(TaxonomyError, match="context: 11130 can be emitted but has no Korean name"):
        parse_crs(data, load_taxonomy())
    data = _data()
    data["sectors"]["transport"] = {"deliver": {"21020": 0.5}}
    with pytest.raises(TaxonomyError, match="unknown sector 'transport'"):
        parse_crs(data, load_taxonomy())


def test_lookup_of_a_withdrawn_code_names_it():
    with pytest.raises(TaxonomyError, match="'41050' is not an active OECD DAC CRS purpose code"):
        load_crs().code("41050")
    assert load_crs().is_active(" 43030") and not load_crs().is_active("43099")


def test_codes_and_names_a_record_writes_out():
    named = load_crs().named("Sector: Road transport. CRS 43030; budget 43030 USD; code 99999. Disaster Risk "
                             "Reduction components. It supports urban development and road transport.")
    assert named == [("21020", "Road transport"), ("43030", "43030"), ("43060", "Disaster Risk Reduction")]
