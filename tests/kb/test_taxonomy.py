"""kb/taxonomy.py: typed records loaded from kb/taxonomy.yaml."""
import pytest

from kb.taxonomy import FACET_IDS, Cardinality, TaxonomyError, crosswalk, load_taxonomy, parse_taxonomy


def test_loads_eight_facets_in_spec_order():
    taxonomy = load_taxonomy()
    assert taxonomy.facet_ids == FACET_IDS
    assert taxonomy.facet("sector").cardinality is Cardinality.ONE_TO_THREE
    assert taxonomy.facet("region").label_ids == ("domestic", "overseas_developing", "overseas_developed")
    assert load_taxonomy() is taxonomy  # cached


def test_label_records_carry_both_cue_lists():
    label = load_taxonomy().facet("program").label("oda_grant")
    assert label.name_ko == "무상원조 프로젝트"
    assert "KOICA" in label.cues_en and "한국국제협력단" in label.cues_ko
    assert label.cues == label.cues_ko + label.cues_en


def test_crosswalk():
    assert crosswalk("pilot_demonstration").to_json() == {"kcn_type": "솔루션 실증 (해외실증형)",
                                                          "export_model": "우수 솔루션", "crs": []}
    assert load_taxonomy().names_ko("sector", ["mobility", "x"]) == ["교통·모빌리티", "x"]
    assert load_taxonomy().names_ko("stage", None) == []
    assert crosswalk("rnd").kcn_type == "—"
    with pytest.raises(TaxonomyError, match="unknown project_type 'x'; choose one of: city_development, "):
        crosswalk("x")


def test_unknown_facet_and_label_list_the_choices():
    taxonomy = load_taxonomy()
    with pytest.raises(TaxonomyError, match=r"unknown facet 'sectors'; choose one of: project_type, sector, "):
        taxonomy.facet("sectors")
    with pytest.raises(TaxonomyError, match="unknown label 'near' for facet region; choose one of: domestic, "
                                            "overseas_developing, overseas_developed"):
        taxonomy.facet("region").label("near")


GOOD = {"project_type": "rnd", "sector": ["mobility", "energy"], "stage": "pilot", "scale": "site",
        "region": "domestic", "program": "national_rnd", "smart_city_type": "platform_centered",
        "urban_context": "existing_city"}


def test_check_labels():
    taxonomy = load_taxonomy()
    taxonomy.check_labels(GOOD)
    with pytest.raises(TaxonomyError, match="sector must be a list of 1-3 distinct ids"):
        taxonomy.check_labels({**GOOD, "sector": ["mobility"] * 2})
    with pytest.raises(TaxonomyError, match="unknown label 'grant' for facet program"):
        taxonomy.check_labels({**GOOD, "program": "grant"})
    with pytest.raises(TaxonomyError, match="missing facet stage"):
        taxonomy.check_labels({k: v for k, v in GOOD.items() if k != "stage"})


def test_malformed_data_is_rejected():
    with pytest.raises(TaxonomyError, match="taxonomy data is malformed"):
        parse_taxonomy({"facets": [{"id": "project_type"}]})


def test_unreadable_file_names_the_path(tmp_path):
    path = tmp_path / "missing.yaml"
    with pytest.raises(TaxonomyError, match=f"{path}: cannot read the taxonomy"):
        load_taxonomy(path)


def test_labelling_rules_are_compiled_records():
    rules = {(r.facet, r.name): r for r in load_taxonomy().rules}
    koica = rules[("program", "koica")]
    assert koica.label == "oda_grant" and koica.priority and koica.pattern.search("KOICA 무상원조")
    assert rules[("program", "own_budget")].host.value == "domestic"
    assert rules[("program", "own_budget_abroad")].host.value == "foreign"
    assert not rules[("program", "kcn")].pattern.search("KCNX")


def _with_rule(rule: dict) -> dict:
    import yaml

    from kb.taxonomy import TAXONOMY_FILE

    data = yaml.safe_load(TAXONOMY_FILE.read_text(encoding="utf-8"))
    return {**data, "rules": [rule]}


def test_bad_rules_are_rejected_with_their_name():
    base = {"facet": "program", "label": "kcn", "name": "r1", "pattern": "KCN"}
    assert parse_taxonomy(_with_rule(base)).rules[0].name == "r1"
    with pytest.raises(TaxonomyError, match="rule 'r1': unknown facet or label program.kcnx"):
        parse_taxonomy(_with_rule({**base, "label": "kcnx"}))
    with pytest.raises(TaxonomyError, match="rule 'r1': bad pattern"):
        parse_taxonomy(_with_rule({**base, "pattern": "(KCN"}))
    with pytest.raises(TaxonomyError, match="rule 'r1' host: 'abroad'; choose one of: domestic, foreign"):
        parse_taxonomy(_with_rule({**base, "host": "abroad"}))
