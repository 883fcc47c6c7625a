"""The labelled projects (eval/datasets/projects.jsonl) follow the format of README_projects.md: valid ids per
facet, a known split, and for corpus rows an evidence snippet and section that occur in the named document."""
import json
import re
from pathlib import Path

from assistant.classify.knn import TEST_SPLITS
from eval.examples import EVAL_PROJECTS
from kb.taxonomy import load_taxonomy

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _rows() -> list[dict]:
    with open(EVAL_PROJECTS, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_rows_have_unique_ids_known_splits_and_valid_labels():
    taxonomy, rows = load_taxonomy(), _rows()
    assert len({r["id"] for r in rows}) == len(rows) == 303 + 59 + 160 + 64 + 73 + 85 + 90 + 94 + 91
    for r in rows:
        assert r.get("split", "dev") in ("dev", "styles", "extra", *TEST_SPLITS), r["id"]
        assert r["lang"] in ("ko", "en") and r["origin"] in ("corpus", "written", "derived"), r["id"]
        assert r["title"].strip() and r["description"].strip(), r["id"]
        taxonomy.check_labels(r["labels"])


def test_derived_examples_are_labelled_as_the_project_they_describe():
    rows = _rows()
    by_id = {r["id"]: r for r in rows}
    derived = [r for r in rows if r["origin"] == "derived"]
    assert len(derived) == 59
    for r in derived:
        source = by_id[r["derived_from"]]
        assert source["origin"] != "derived" and r["split"] == "styles", r["id"]
        assert r["labels"] == source["labels"], r["id"]
        assert r["style"] in ("oda_db", "tender", "terse", "smart_name"), r["id"]


def test_helper_written_rows_are_the_helpers_files_with_valid_crs_codes():
    """The 160 `extra` rows and the 64, 73, 85, 90, 94 and 91 of the spent blind sets blind4 to blind9 are their helpers' files row for row
    (same ids, texts and labels), and every CRS code they give is an active purpose code."""
    from kb.crs import load_crs

    crs = load_crs()
    rows = {r["id"]: r for r in _rows()}
    for path, split in ((EVAL_PROJECTS.parent / "train_extra" / "projects_train_extra.jsonl", "extra"),
                        (EVAL_PROJECTS.parent / "blind" / "projects_blind4.jsonl", "blind4"),
                        *((EVAL_PROJECTS.parent / "blind" / f"projects_{name}" / f"projects_{name}.jsonl", name)
                          for name in ("blind5", "blind6", "blind7", "blind8", "blind9"))):
        source = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert len(source) == {"extra": 160, "blind4": 64, "blind5": 73, "blind6": 85, "blind7": 90, "blind8": 94,
                               "blind9": 91}[split]
        for item in source:
            row = rows[item["id"]]
            assert (row["split"], row["origin"], row["title"], row["description"], row["labels"]) == \
                (split, "written", item["title"], item["description"], item["labels"]), item["id"]
            assert row["crs"] and all(crs.is_active(code) for code in row["crs"]), item["id"]


def test_corpus_rows_cite_text_that_is_in_their_document():
    documents = {p.stem: _squeeze(p.read_text(encoding="utf-8")) for p in CORPUS.iterdir()
                 if p.suffix in (".txt", ".md") and p.stem != "MANIFEST"}
    corpus_rows = [r for r in _rows() if r["origin"] == "corpus"]
    assert len(corpus_rows) >= 150
    for r in corpus_rows:
        text = documents[r["source"]["doc_id"]]
        assert _squeeze(r["source"]["evidence"]) in text, r["id"]
        assert _squeeze(r["source"]["section"]) in text, r["id"]


def test_the_product_copy_holds_the_evaluation_labels():
    """assistant/classify/labelled_projects.jsonl (package data) = eval's copy cut to the classifier's fields;
    after relabelling in eval/datasets, `python -m eval.examples` rewrites it."""
    from assistant.classify.knn import DATASET, EXAMPLE_FIELDS, load_examples
    from eval.examples import product_rows, render

    assert DATASET.read_text(encoding="utf-8") == render(product_rows())
    rows = _rows()
    product = load_examples(include_holdout=True)
    assert [e.id for e in product] == [r["id"] for r in rows]
    assert all(e.labels == r["labels"] and e.title == r["title"] and e.description == r["description"]
               for e, r in zip(product, rows))
    assert set(json.loads(DATASET.read_text(encoding="utf-8").splitlines()[0])) <= set(EXAMPLE_FIELDS)


def test_a_blind_set_is_never_written_as_examples(tmp_path):
    import pytest

    from eval.examples import product_rows

    (tmp_path / "blind").mkdir()
    with pytest.raises(ValueError, match="a blind evaluation set is never training data"):
        product_rows(tmp_path / "blind" / "projects.jsonl")
