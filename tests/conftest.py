from __future__ import annotations

import logging
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
SHARED = REPO.parent / "shared"
FIXTURES = SHARED / "fixtures"

logging.getLogger("bm25s").setLevel(logging.WARNING)


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def lexical_index(tmp_path_factory) -> Path:
    """The bundled corpus indexed without an embedder: fast, real, shared by the tests that only read."""
    from kb.builder import ingest
    from kb.settings import load_settings

    folder = tmp_path_factory.mktemp("lexical") / "index"
    ingest([CORPUS], load_settings(index_dir=folder, embedder="none", environ={}))
    return folder


@pytest.fixture(scope="session")
def hybrid_index(tmp_path_factory) -> Path:
    """The bundled corpus indexed as `make run` indexes it (the bundled e5 embedder, hybrid search)."""
    from kb.builder import ingest
    from kb.settings import load_settings

    folder = tmp_path_factory.mktemp("hybrid") / "index"
    ingest([CORPUS], load_settings(index_dir=folder, environ={}))
    return folder
