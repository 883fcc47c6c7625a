from kb.translate import translate_groups, translate_query


def test_longest_phrase_wins_and_names_are_kept():
    out = translate_query("Who are the vice-chairs of the National Smart City Committee?")
    assert "부위원장" in out and "국가스마트도시위원회" in out
    assert "Who" not in out and "the" not in out.split()


def test_plural_and_unknown_words():
    out = translate_query("How many electric vehicles and chargers, says Palafox?")
    assert "충전기" in out and "Palafox" in out


def test_acronym_needs_capitals():
    assert "지능형 교통" in translate_query("Which ITS services?")
    assert "지능형 교통" not in translate_query("what are its services?")


def test_groups_keep_each_terms_variants_together():
    groups = translate_groups("Which smart city ODA projects did KOICA fund in Palafox?")
    assert ("Palafox",) in groups and any("KOICA" in g and "한국국제협력단" in g for g in groups)
    smart = next(g for g in groups if "스마트시티" in g)
    assert "스마트도시" in smart  # one English term, its Korean spellings in one group
    assert translate_query("Which smart city ODA projects?") == " ".join(
        v for g in translate_groups("Which smart city ODA projects?") for v in g)
