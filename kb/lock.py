"""One writer at a time per index, across processes: `<index>.lock` beside the index folder.

Every write (CLI ingest, a web upload or deletion, the first build of `serve`) runs inside `WriterLock`,
whatever the backend: the lock guards the catalogue and staging in the index folder, and a Qdrant
collection is only written by the holder. Without it two ingests both read generation N, each writes N+1
with its own document, and the later swap silently drops the other's.

The lock is an OS file lock (flock through `filelock`), so the kernel frees it when its process dies, even
by kill -9: a dead writer's lock never blocks anyone. Who holds it — pid, host, since when, what — is
written to `<index>.lock.json` for the message a waiting or refused writer shows; a record found there by
a new holder was left by a writer that died, and is reported as taken over.
"""
from __future__ import annotations

import json
import logging
import os
import socket
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from kb.errors import IndexLocked
from kb.faults import write_error

logger = logging.getLogger(__name__)
POLL = 0.2  # seconds between attempts while waiting


@dataclass(frozen=True)
class Holder:
    pid: int
    host: str
    since: float  # epoch seconds
    what: str  # e.g. "smartcity-kb ingest", "web upload"

    def describe(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self.since))
        return f"pid {self.pid} @ {self.host}, {when}~ ({self.what})"

    @property
    def alive(self) -> bool | None:
        """Whether the process still runs (None: on another host, cannot tell)."""
        if self.host != socket.gethostname():
            return None
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:  # runs, under another user
            return True
        return True


def lock_path(folder: Path) -> Path:
    folder = Path(folder)
    return folder.with_name(f"{folder.name}.lock")


def _holder_path(folder: Path) -> Path:
    folder = Path(folder)
    return folder.with_name(f"{folder.name}.lock.json")


def read_holder(folder: Path) -> Holder | None:
    """The writer recorded as holding the lock of `folder` (may be a dead one's record; see WriterLock)."""
    try:
        return Holder(**json.loads(_holder_path(folder).read_text("utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def current_holder(folder: Path) -> Holder | None:
    """Who holds the lock right now, without waiting; None when it is free."""
    probe = FileLock(str(lock_path(folder)))
    try:
        probe.acquire(timeout=0)
    except Timeout:
        return read_holder(folder) or Holder(0, "?", time.time(), "unknown")
    except OSError:
        return None  # no lock file can exist there: nobody writes either
    probe.release()
    return None


class WriterLock:
    """`with WriterLock(index, timeout):` — wait up to `timeout` seconds (0: do not wait) for the index."""

    def __init__(self, folder: Path, timeout: float, what: str | None = None) -> None:
        self.folder = Path(folder)
        self.timeout = timeout
        self.what = what or Path(sys.argv[0]).name
        self._lock = FileLock(str(lock_path(self.folder)))

    def __enter__(self) -> "WriterLock":
        try:
            self.folder.parent.mkdir(parents=True, exist_ok=True)
            if not self._try(0):
                self._wait()
            self._record()
        except OSError as err:
            self._lock.release()
            raise write_error(err, self.folder) from None
        return self

    def __exit__(self, *exc) -> None:
        _holder_path(self.folder).unlink(missing_ok=True)
        self._lock.release()

    def _try(self, timeout: float) -> bool:
        try:
            self._lock.acquire(timeout=timeout, poll_interval=POLL)
            return True
        except Timeout:
            return False

    def _wait(self) -> None:
        holder = read_holder(self.folder)
        if holder is None:  # the holder has its lock but has not written its record yet
            time.sleep(POLL)
            holder = read_holder(self.folder)
        who = holder.describe() if holder else "?"
        if self.timeout <= 0:
            raise IndexLocked(f"다른 작업이 색인을 쓰는 중입니다: {who} — the index {self.folder} is being written "
                              "by that process; try again when it ends, or wait for it (without --no-wait)")
        logger.warning("다른 작업이 색인을 쓰는 중이라 최대 %g초 기다립니다: %s — waiting for the writer of %s "
                       "(--no-wait: fail at once)", self.timeout, who, self.folder)
        if not self._try(self.timeout):
            raise IndexLocked(f"{self.timeout:g}초를 기다렸지만 다른 작업이 아직 색인을 쓰고 있습니다: {who} — "
                              f"the index {self.folder} is still locked; try again later")

    def _record(self) -> None:
        left = read_holder(self.folder)
        if left is not None:  # a holder removes its record on release: this one died holding the lock
            logger.warning("took over the index lock left by %s (%s)", left.describe(),
                           "no longer running" if left.alive is False else "its lock was released")
        me = Holder(os.getpid(), socket.gethostname(), time.time(), self.what)
        tmp = _holder_path(self.folder).with_suffix(f".json.{os.getpid()}")
        tmp.write_text(json.dumps(asdict(me), ensure_ascii=False), "utf-8")
        os.replace(tmp, _holder_path(self.folder))
