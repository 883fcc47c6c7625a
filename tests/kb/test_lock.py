"""One writer at a time across processes (kb/lock.py): real processes, a real index, exact messages."""
from __future__ import annotations

import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kb.builder import ingest
from kb.errors import IndexLocked
from kb.lock import WriterLock, current_holder, lock_path
from kb.settings import load_settings
from kb.store import KnowledgeBase
from tests.conftest import REPO

HOST = socket.gethostname()


def _settings(index: Path, backend: str = "embedded", **kw):
    return load_settings(index_dir=index, embedder="none", backend=backend, environ={}, **kw)


def _note(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.md"
    path.write_text(f"# {name}\n\n{text}\n", encoding="utf-8")
    return path


@pytest.fixture
def index(tmp_path, corpus_dir) -> Path:
    folder = tmp_path / "index"
    ingest([corpus_dir / "law_smart_city_act_rule.md"], _settings(folder))
    return folder


def _holder(index: Path, tmp_path: Path) -> subprocess.Popen:
    """Another process that takes the writer lock and keeps it until it is killed."""
    ready = tmp_path / "holding"
    code = textwrap.dedent(f"""
        import pathlib, time
        from kb.lock import WriterLock
        with WriterLock(pathlib.Path({str(index)!r}), 0, what="test holder"):
            pathlib.Path({str(ready)!r}).touch()
            time.sleep(300)
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=REPO)
    deadline = time.monotonic() + 60
    while not ready.exists():
        assert proc.poll() is None and time.monotonic() < deadline, "the holder did not start"
        time.sleep(0.05)
    return proc


def test_a_second_writer_without_waiting_names_the_holder_and_changes_nothing(index, tmp_path):
    before = (index / "chunks.jsonl").read_bytes()
    holder = _holder(index, tmp_path)
    try:
        note = _note(tmp_path / "new", "알파", "알파시티 스마트 주차 실증은 2025년에 시작한다.")
        with pytest.raises(IndexLocked) as refused:
            ingest([note], _settings(index, lock_timeout=0))
        message = str(refused.value)
        assert message.startswith(f"다른 작업이 색인을 쓰는 중입니다: pid {holder.pid} @ {HOST}, ")
        assert message.endswith(f"~ (test holder) — the index {index} is being written by that process; "
                                "try again when it ends, or wait for it (without --no-wait)")
        assert "\n" not in message
        assert current_holder(index).pid == holder.pid
        assert (index / "chunks.jsonl").read_bytes() == before
    finally:
        holder.kill()
        holder.wait()


def test_a_killed_holder_frees_the_lock_and_its_record_is_taken_over(index, tmp_path, caplog):
    holder = _holder(index, tmp_path)
    os.kill(holder.pid, signal.SIGKILL)  # no chance to clean up: its record stays beside the index
    holder.wait()
    assert (index.with_name("index.lock.json")).is_file() and current_holder(index) is None
    note = _note(tmp_path / "new", "알파", "알파시티 스마트 주차 실증은 2025년에 시작한다.")
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="kb.lock"):
        report = ingest([note], _settings(index, lock_timeout=0))
    assert time.monotonic() - started < 10 and len(report.added) == 1
    taken = [r.getMessage() for r in caplog.records if r.name == "kb.lock"]
    assert len(taken) == 1 and taken[0].startswith(f"took over the index lock left by pid {holder.pid} @ {HOST}, ")
    assert taken[0].endswith("~ (test holder) (no longer running)")
    assert not index.with_name("index.lock.json").exists()  # released: the record goes with the lock


def test_a_waiting_writer_says_so_and_gives_up_after_its_timeout(index, tmp_path, caplog):
    holder = _holder(index, tmp_path)
    try:
        note = _note(tmp_path / "new", "알파", "알파시티 스마트 주차 실증은 2025년에 시작한다.")
        started = time.monotonic()
        with caplog.at_level(logging.WARNING, logger="kb.lock"), pytest.raises(IndexLocked) as refused:
            ingest([note], _settings(index, lock_timeout=1.5))
        assert 1.5 <= time.monotonic() - started < 10
        waiting = [r.getMessage() for r in caplog.records if r.name == "kb.lock"]
        assert len(waiting) == 1 and waiting[0].startswith(f"다른 작업이 색인을 쓰는 중이라 최대 1.5초 기다립니다: "
                                                           f"pid {holder.pid} @ {HOST}, ")
        assert str(refused.value).startswith(f"1.5초를 기다렸지만 다른 작업이 아직 색인을 쓰고 있습니다: pid {holder.pid} ")
    finally:
        holder.kill()
        holder.wait()
    assert len(ingest([note], _settings(index, lock_timeout=1.5)).added) == 1  # free again: goes at once


@pytest.mark.parametrize("backend", ["embedded", "qdrant"])
def test_two_ingest_processes_at_once_lose_no_document(tmp_path, corpus_dir, backend):
    """Both start while the index is held, so both read the same version first; both documents must be
    in the final index (without the lock the later swap dropped the other's document: 11 of 11 trials)."""
    index = tmp_path / "index"
    ingest([corpus_dir / "law_smart_city_act_rule.md"], _settings(index, backend))
    notes = {"알파": _note(tmp_path / "a", "알파", "알파시티 스마트 주차 실증은 2025년에 시작한다."),
             "베타": _note(tmp_path / "b", "베타", "베타시티 자율주행 셔틀은 2026년에 운행한다.")}
    env = {**os.environ, "SMARTCITY_KB_EMBEDDER": "none", "SMARTCITY_KB_BACKEND": backend}
    logs = {name: tmp_path / f"{name}.log" for name in notes}
    with WriterLock(index, 0, what="test"):
        procs = {name: subprocess.Popen([sys.executable, "-m", "assistant", "--index", str(index), "ingest",
                                         str(path)], cwd=REPO, env=env, stdout=subprocess.PIPE,
                                        stderr=open(logs[name], "w"), text=True)
                 for name, path in notes.items()}
        deadline = time.monotonic() + 120
        while not all("기다립니다" in log.read_text() for log in logs.values()):  # both are waiting now
            assert time.monotonic() < deadline and all(p.poll() is None for p in procs.values())
            time.sleep(0.1)
    outputs = {name: p.communicate(timeout=120)[0] for name, p in procs.items()}
    assert {name: p.returncode for name, p in procs.items()} == {"알파": 0, "베타": 0}
    assert all(out.startswith("1 files: 1 added,") for out in outputs.values()), outputs
    kb = KnowledgeBase.open(_settings(index, backend))
    assert sorted(kb.docs) == ["law_smart_city_act_rule", "베타", "알파"]
    assert kb.manifest.generation == 3
    assert kb.search("베타시티 자율주행 셔틀", k=1)[0].chunk.doc_id == "베타"
    assert kb.search("알파시티 스마트 주차", k=1)[0].chunk.doc_id == "알파"
    kb.close()
    assert lock_path(index).is_file() and not index.with_name("index.lock.json").exists()
