"""Readers follow writers (kb/live.py): a long-lived reader takes in a version written by another process."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kb.builder import ingest
from kb.live import LiveIndex
from kb.settings import load_settings
from tests.conftest import REPO


def _settings(index: Path):
    return load_settings(index_dir=index, embedder="none", environ={})


@pytest.fixture
def index(tmp_path, lexical_index) -> Path:
    shutil.copytree(lexical_index, tmp_path / "index")
    return tmp_path / "index"


def _cli_ingest(index: Path, *paths: Path) -> str:
    done = subprocess.run([sys.executable, "-m", "assistant", "--index", str(index), "ingest", *map(str, paths)],
                          cwd=REPO, env={**os.environ, "SMARTCITY_KB_EMBEDDER": "none"}, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_version_written_by_another_process_is_taken_in_and_the_old_one_still_serves(index, tmp_path):
    prepared = []
    live = LiveIndex(_settings(index), prepare=lambda kb: prepared.append(kb.manifest.generation))
    first = live.get()
    assert live.get() is first and live.generation == 1  # nothing changed: the same object, no reopening
    note = tmp_path / "감천 메모.md"
    note.write_text("# 감천 현장 메모\n\n감천문화마을 스마트 쓰레기통은 2024년 9월에 설치되었다.\n", encoding="utf-8")
    assert _cli_ingest(index, note).startswith("1 files: 1 added,")

    second = live.get()
    assert second is not first and live.generation == 2
    assert prepared == [first.manifest.generation, first.manifest.generation + 1]
    assert "감천_메모" in second.docs and "감천_메모" not in first.docs
    assert second.search("감천문화마을 스마트 쓰레기통", k=1)[0].chunk.doc_id == "감천_메모"
    # a request that still holds the previous version finishes on it: its files are gone, its data is not
    assert not any(index.parent.glob("index.old-*"))
    assert first.search("감천문화마을 스마트 쓰레기통", k=1)[0].chunk.doc_id != "감천_메모"
    assert live.get() is second


def test_a_version_that_cannot_be_opened_leaves_the_current_one_serving(index, caplog):
    live = LiveIndex(_settings(index))
    first = live.get()
    manifest = index / "manifest.json"
    text = manifest.read_text(encoding="utf-8")
    tmp = index / "manifest.new"
    tmp.write_text(text.replace('"schema_version": 1', '"schema_version": 99'), encoding="utf-8")
    os.replace(tmp, manifest)  # e.g. written by a newer program
    assert live.get() is first and live.generation == 1
    assert "could not open the new version" in caplog.text and "schema version 99" in caplog.text
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, manifest)
    assert live.reload() is not first and live.generation == 2


def test_reload_after_an_own_write_returns_the_new_version(index, corpus_dir, tmp_path):
    live = LiveIndex(_settings(index))
    first = live.get()
    note = tmp_path / "note.md"
    note.write_text("# 메모\n\n콘깬 실증지의 AI CCTV는 2025년 12월까지 운영한다.\n", encoding="utf-8")
    ingest([note], _settings(index))
    assert "note" in live.reload().docs and live.get() is not first
    assert live.reload() is live.get()  # nothing new: no second opening
