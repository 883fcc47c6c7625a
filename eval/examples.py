"""Write the product's labelled projects (package data of the classifier) from the evaluation copy.

eval/datasets/projects.jsonl is where labels are made and reviewed (with sources and notes); the classifier
ships its own copy, assistant/classify/labelled_projects.jsonl, holding only the fields it reads
(`EXAMPLE_FIELDS`), so that an installed product never reads eval/. After changing labels here, run

    python -m eval.examples            # rewrites the product copy
    python -m eval.examples --check    # exit 1 when the two differ (what tests/eval/test_examples.py asserts)

The blind sets (eval/datasets/blind/) are never examples: this program refuses to read them.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.classify.knn import DATASET, EXAMPLE_FIELDS

EVAL_PROJECTS = Path(__file__).resolve().parent / "datasets" / "projects.jsonl"


def product_rows(source: Path = EVAL_PROJECTS) -> list[dict]:
    """The rows of `source` cut to the fields the classifier reads, in the same order."""
    if "blind" in Path(source).resolve().parent.name:
        raise ValueError(f"{source}: a blind evaluation set is never training data")
    rows = []
    with open(source, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                rows.append({key: row[key] for key in EXAMPLE_FIELDS if key in row})
    return rows


def render(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 when the copies differ")
    args = parser.parse_args(argv)
    text = render(product_rows())
    if args.check:
        same = DATASET.is_file() and DATASET.read_text(encoding="utf-8") == text
        print(f"{DATASET}: {'up to date' if same else 'differs from ' + str(EVAL_PROJECTS)}")
        return 0 if same else 1
    DATASET.write_text(text, encoding="utf-8")
    print(f"{DATASET}: {text.count(chr(10))} projects written from {EVAL_PROJECTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
