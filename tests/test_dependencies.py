"""pyproject.toml declares what the code imports, and nothing else: the product's imports are the base
dependencies (no torch outside the span reader's fitting program), sentence-transformers is the `st` extra, tests and benchmarks add `dev`."""
from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions

from tests.conftest import REPO

PRODUCT = ("assistant", "kb", "ingest", "eval")
OWN = {*PRODUCT, "tests", "benchmarks"}


def _name(requirement: str) -> str:
    return re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0].lower().replace("_", "-").replace(".", "-")


def _declared() -> dict[str, set[str]]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    groups = {"base": project["dependencies"], **project["optional-dependencies"]}
    return {group: {_name(r) for r in reqs} for group, reqs in groups.items()}


def _imported(*folders: str) -> dict[str, str]:
    """Distribution → a file importing it, for every third-party top-level module imported in `folders`."""
    dists = {module: [_name(d) for d in names] for module, names in packages_distributions().items()}
    found: dict[str, str] = {}
    for folder in folders:
        for path in sorted((REPO / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if isinstance(node, ast.Import):
                    modules = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    modules = [node.module]
                else:
                    continue
                for module in (m.split(".")[0] for m in modules):
                    if module in OWN or module in sys.stdlib_module_names:
                        continue
                    # a module of an extra that is not installed here is named like its distribution
                    for dist in dists.get(module, [_name(module)]):
                        found.setdefault(dist, str(path.relative_to(REPO)))
    return found


def test_the_product_imports_exactly_the_base_dependencies_and_the_st_extra():
    declared = _declared()
    imported = _imported(*PRODUCT)
    assert set(imported) == declared["base"] | {"sentence-transformers", "torch"}, imported
    assert imported["sentence-transformers"] == "kb/embedders.py"
    # torch only in the program that fits the span reader (run with the `st` extra installed), never
    # in what a user runs
    assert imported["torch"] == "eval/fit_span_reader.py"
    assert set(_imported("assistant", "kb", "ingest")) == declared["base"] | {"sentence-transformers"}
    assert declared["st"] == {"torch", "sentence-transformers"}
    assert not {"torch", "sentence-transformers", "transformers"} & declared["base"]


def test_tests_and_benchmarks_import_only_declared_packages():
    declared = _declared()
    undeclared = set(_imported("tests", "benchmarks")) - declared["base"] - declared["st"] - declared["dev"]
    assert undeclared == set()
