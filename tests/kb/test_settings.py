"""Where the product finds its corpus and writes reports, in this checkout (tests/test_wheel.py: installed)."""
from pathlib import Path

from kb.settings import bundled_corpus, load_settings, source_checkout
from tests.conftest import CORPUS, REPO


def test_a_checkout_has_the_bundled_corpus_and_eval_reports(tmp_path):
    assert source_checkout() == REPO and bundled_corpus() == CORPUS
    assert load_settings(index_dir=tmp_path / "index", environ={}).reports == REPO / "eval" / "reports"


def test_reports_folder_from_the_environment(tmp_path):
    settings = load_settings(environ={"SMARTCITY_KB_REPORTS": str(tmp_path / "r")})
    assert settings.reports == tmp_path / "r" and isinstance(settings.reports_dir, Path)
