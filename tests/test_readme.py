"""The README's "How it works" table names every module of the product, and every module it names exists."""
from __future__ import annotations

import re

from tests.conftest import REPO

PACKAGES = ("ingest", "kb", "assistant", "eval")


def _table_modules() -> set[str]:
    """Module paths of the table; a bare `name.py` belongs to the folder named last before it in its row."""
    readme = (REPO / "README.md").read_text("utf-8")
    table = readme[readme.index("## How it works"):readme.index("## Settings")]
    named = set()
    for row in (line for line in table.splitlines() if line.startswith("| ") and "`" in line):
        folder = ""
        for token in re.findall(r"`([\w./]+)`", row):
            if "/" in token:
                folder = token if token.endswith("/") else token.rsplit("/", 1)[0] + "/"
                if token.endswith(".py"):
                    named.add(token)
            elif token.endswith(".py"):
                named.add(folder + token)
    return named


def test_every_module_is_in_the_table_and_every_named_module_exists():
    # the datasets' own build/check scripts (written with each set, described in its README) are not modules
    modules = {str(p.relative_to(REPO)) for package in PACKAGES for p in (REPO / package).rglob("*.py")
               if p.name not in ("__init__.py", "__main__.py") and "eval/datasets/" not in p.as_posix()}
    named = _table_modules()
    assert sorted(named - modules) == []  # named but not there
    assert sorted(modules - named) == []  # there but not named
