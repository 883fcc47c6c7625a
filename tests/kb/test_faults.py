"""Disk and permission faults end in one line naming the path and the cause, with the previous index whole
and nothing left behind (kb/faults.py, kb/builder.py, kb/store.py). A small tmpfs plays the full disk and
the read-only file system (needs root to mount; CI runs as root); an unprivileged user the denied write."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import pytest

from kb import store
from kb.builder import ingest
from kb.errors import IndexMissing, IndexWriteError
from kb.settings import load_settings
from kb.store import KnowledgeBase

UNCHANGED = "기존 색인은 그대로입니다 (the index is unchanged)"
FREED = "작업 중 파일은 지웠습니다 (partial work removed to free the space)"


def _settings(index: Path, backend: str = "embedded", **kw):
    return load_settings(index_dir=index, embedder="none", backend=backend, environ={}, **kw)


@pytest.fixture
def mount(tmp_path):
    """mount(size, *options) -> a fresh tmpfs folder; unmounted at the end."""
    mounted: list[Path] = []

    def make(size: str, *options: str) -> Path:
        point = tmp_path / f"disk{len(mounted)}"
        point.mkdir()
        opts = ",".join((f"size={size}",) + options)
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(point)], capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.strip()}")
        mounted.append(point)
        return point

    yield make
    for point in mounted:
        subprocess.run(["umount", "-l", str(point)], check=False)


def _free(folder: Path) -> int:
    return shutil.disk_usage(folder).free


@pytest.mark.parametrize("backend", ["embedded", "qdrant"])
def test_full_disk_gives_one_line_keeps_the_index_and_the_next_run_completes(mount, corpus_dir, backend):
    disk = mount("5m")
    index = disk / "index"
    ingest([corpus_dir / "law_smart_city_act_rule.md"], _settings(index, backend))
    before = {p.name: p.read_bytes() for p in index.iterdir() if p.is_file()}
    kb = KnowledgeBase.open(_settings(index, backend))
    hits_before = [h.chunk.id for h in kb.search("스마트도시 건설사업", k=10)]
    kb.close()
    free_before = _free(disk)
    with pytest.raises(IndexWriteError) as refused:
        ingest([corpus_dir], _settings(index, backend))  # 1.4 MB of text: does not fit in what is left
    assert str(refused.value) == f"{index}: 디스크 공간 부족 (no space left on device); {UNCHANGED}; {FREED}"
    assert refused.value.disk_full
    assert {p.name: p.read_bytes() for p in index.iterdir() if p.is_file()} == before
    assert sorted(p.name for p in disk.iterdir()) == ["index", "index.lock"]  # no index.tmp-*
    assert not (index / "staging").exists()
    if backend == "embedded":  # Qdrant's SQLite file keeps its size (the points it stored are deleted)
        assert _free(disk) >= free_before - 64 * 1024
    kb = KnowledgeBase.open(_settings(index, backend))
    assert sorted(kb.docs) == ["law_smart_city_act_rule"]
    assert [h.chunk.id for h in kb.search("스마트도시 건설사업", k=10)] == hits_before and len(hits_before) == 10
    kb.close()

    subprocess.run(["mount", "-o", "remount,size=40m", str(disk)], check=True)  # the user frees space
    report = ingest([corpus_dir], _settings(index, backend))
    kb = KnowledgeBase.open(_settings(index, backend))
    assert len(kb.docs) == len(report.added) + len(report.unchanged) == 18
    if backend == "qdrant":
        from kb.backends.qdrant import client_for

        assert client_for(kb.settings, index).count(kb.settings.qdrant_collection).count == len(kb.chunks)
    kb.close()


def test_a_first_build_on_a_full_disk_leaves_nothing(mount, corpus_dir):
    disk = mount("2m")
    with pytest.raises(IndexWriteError) as refused:
        ingest([corpus_dir], _settings(disk / "index"))
    assert str(refused.value) == (f"{disk / 'index'}: 디스크 공간 부족 (no space left on device); "
                                  f"색인을 만들지 못했습니다 (no index was built); {FREED}")
    assert sorted(p.name for p in disk.iterdir()) == ["index.lock"] and _free(disk) == 2 * 1024 * 1024


def test_read_only_file_system_refuses_writers_and_serves_readers(mount, corpus_dir):
    disk = mount("5m")
    index = disk / "index"
    ingest([corpus_dir / "law_smart_city_act_rule.md"], _settings(index))
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    with pytest.raises(IndexWriteError) as refused:
        ingest([corpus_dir / "law_smart_city_act.md"], _settings(index))
    assert str(refused.value) == f"{disk / 'index.lock'}: 읽기 전용 파일 시스템 (read-only file system); {UNCHANGED}"
    kb = KnowledgeBase.open(_settings(index))  # readers take no lock: a read-only copy still answers
    assert kb.search("스마트도시", k=1)[0].chunk.doc_id == "law_smart_city_act_rule"


def _as_nobody(fn) -> tuple[int, str]:
    """Run fn() in a forked child as user nobody (this process may be root, which no permission stops)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through the pipe
        os.close(read)
        try:
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            out = f"ok\n{fn()}"
        except BaseException as err:  # noqa: BLE001 - everything goes back to the parent
            out = f"{type(err).__name__}\n{err}"
        os.write(write, out.encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read, encoding="utf-8") as fh:
        kind, _, message = fh.read().partition("\n")
    return kind, message


@pytest.fixture
def shared_dir():
    """A folder every user can reach (pytest's own temporary folders are root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="smartcity-kb-perm-"))
    os.chmod(folder, 0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.skipif(os.geteuid() != 0, reason="switches to user nobody, which needs root")
def test_permission_denied_names_the_path(shared_dir, corpus_dir):
    owned = shared_dir / "root-only"
    owned.mkdir(mode=0o755)
    index = owned / "index"
    ingest([corpus_dir / "law_smart_city_act_rule.md"], _settings(index))
    note = shared_dir / "note.md"
    note.write_text("# 메모\n\n내용이다.\n", encoding="utf-8")
    kind, message = _as_nobody(lambda: ingest([note], _settings(index)))
    assert (kind, message) == ("IndexWriteError", f"{owned / 'index.lock'}: 쓰기 권한 없음 (permission denied); {UNCHANGED}")
    os.chmod(owned, 0o777)  # the lock may be taken now, but the index folder itself is root's
    os.chmod(owned / "index.lock", 0o666)
    kind, message = _as_nobody(lambda: ingest([note], _settings(index)))
    assert (kind, message) == ("IndexWriteError", f"{index / 'staging'}: 쓰기 권한 없음 (permission denied); {UNCHANGED}")
    assert sorted(KnowledgeBase.open(_settings(index)).docs) == ["law_smart_city_act_rule"]


def test_leftovers_of_killed_writers_are_removed_by_the_next(tmp_path, corpus_dir):
    index = tmp_path / "index"
    ingest([corpus_dir / "law_smart_city_act_rule.md"], _settings(index))
    for name in ("index.tmp-1700000000000000000", "index.old-1700000000000000001"):
        (tmp_path / name / "lexical").mkdir(parents=True)
        (tmp_path / name / "chunks.jsonl").write_text("{}\n")
    parsed = index / "staging" / "parsed"
    parsed.mkdir(parents=True)
    (index / "staging" / "vectors").mkdir()
    (parsed / "abc.part-4242").write_text("half a document")
    (index / "staging" / "vectors" / ".tmp-000000.npz").write_bytes(b"half")
    (index / "staging" / "key.json").write_text('{"chunker": {}, "embedder": "none"}')
    report = ingest([corpus_dir / "law_smart_city_act.md"], _settings(index))
    assert len(report.added) == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("index")) == ["index", "index.lock"]
    assert not (index / "staging").exists()


def test_a_swap_cut_between_its_renames_is_finished_by_the_next_writer(tmp_path, corpus_dir):
    index = tmp_path / "index"
    ingest([corpus_dir / "law_smart_city_act_rule.md"], _settings(index))
    newer = tmp_path / "newer"
    shutil.copytree(index, newer)
    ingest([corpus_dir / "law_smart_city_act.md"], _settings(newer))
    # what a writer killed between `index -> index.old-*` and `index.tmp-* -> index` leaves
    index.rename(tmp_path / "index.old-1700000000000000000")
    newer.rename(tmp_path / "index.tmp-1700000000000000001")
    started = time.monotonic()
    with pytest.raises(IndexMissing):
        KnowledgeBase.open(_settings(index))  # a reader waits a moment for the second rename, then says so
    assert 0.9 < time.monotonic() - started < 5
    report = ingest([corpus_dir / "law_smart_city_act_rule.md"], _settings(index))
    assert report.unchanged and not report.added  # the finished swap holds both documents already
    assert sorted(KnowledgeBase.open(_settings(index)).docs) == ["law_smart_city_act", "law_smart_city_act_rule"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("index")) == ["index", "index.lock"]


def test_readers_opening_during_swaps_get_one_whole_version(tmp_path, corpus_dir):
    """A writer swapping versions in a loop while readers open the index: every reader gets a catalogue
    and a manifest of the same version, never an error (the reader checks the manifest it began with)."""
    import threading

    index = tmp_path / "index"
    small, large = tmp_path / "small", tmp_path / "large"
    ingest([corpus_dir / "law_smart_city_act_rule.md"], _settings(small))
    ingest([corpus_dir / "law_smart_city_act_rule.md", corpus_dir / "law_smart_city_act.md"], _settings(large))
    shutil.copytree(small, index)
    stop = threading.Event()

    def writer() -> None:  # what kb/builder.py does, minus the work: a whole new version, then two renames
        n = 0
        while not stop.is_set():
            source = large if n % 2 == 0 else small
            tmp = store.new_folder(index)
            shutil.rmtree(tmp)
            shutil.copytree(source, tmp)
            store.write_manifest(tmp, replace(store.read_manifest(source), generation=n, built_at=time.time()))
            store.swap_in(tmp, index)
            n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        seen, opened = set(), 0
        while (opened < 40 or len(seen) < 2) and opened < 2000:  # until readers met both versions
            kb = KnowledgeBase.open(_settings(index))
            assert (len(kb.docs), len(kb.chunks)) == (kb.manifest.documents, kb.manifest.chunks)
            assert kb.backend.lexical.size == len(kb.chunks)
            seen.add(len(kb.docs))
            opened += 1
    finally:
        stop.set()
        thread.join()
    assert seen == {1, 2}
