"""The search glossary is its hand-made entries plus the corpus terms' translations (two batches), merged by
eval.glossary_terms."""
from __future__ import annotations

from eval.glossary_terms import GLOSSARY, HERE, merge

HAND_MADE = 1542  # entries before the corpus's own vocabulary was added


def test_the_glossary_is_the_hand_made_entries_with_the_translated_corpus_terms_merged(tmp_path):
    lines = GLOSSARY.read_text(encoding="utf-8").splitlines(keepends=True)
    hand_made = tmp_path / "glossary.tsv"
    hand_made.write_text("".join(lines[: 1 + HAND_MADE]), encoding="utf-8")
    assert merge(hand_made) == (4615, 218)
    assert merge(hand_made, HERE / "corpus_terms2_en.tsv") == (3525, 727)  # the second batch
    assert hand_made.read_text(encoding="utf-8") == GLOSSARY.read_text(encoding="utf-8")
    assert merge(hand_made) == (0, 4833)  # merging again adds nothing


def test_a_translation_whose_korean_is_not_in_the_corpus_or_whose_english_is_known_is_skipped(tmp_path):
    glossary = tmp_path / "glossary.tsv"
    glossary.write_text("en\tko\tkind\nmolit\t국토교통부\torg\n", encoding="utf-8")
    translated = tmp_path / "terms.tsv"
    translated.write_text("en\tko\tkind\nMOLIT\t국토부\torg\nurban development bond\t도시개발채권\tterm\n"
                          "moon base\t달기지\tterm\nfine\t과태료 | 벌칙금없음\tterm\n", encoding="utf-8")
    assert merge(glossary, translated) == (2, 2)
    assert glossary.read_text(encoding="utf-8") == ("en\tko\tkind\nmolit\t국토교통부\torg\n"
                                                    "urban development bond\t도시개발채권\tterm\nfine\t과태료\tterm\n")
