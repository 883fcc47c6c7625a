"""Disk and permission faults as one line: the path, the cause in Korean and English, the state of the index.

An OSError often does not say why: numpy reports a short write as "348794 requested and 174048 written"
(no errno, no file name) and FAISS raises a RuntimeError (kb/dense.py makes it an OSError without errno).
A write cut short, or an error without errno on a file system with almost no free space, is a full disk.
"""
from __future__ import annotations

import errno
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kb.errors import IndexWriteError

logger = logging.getLogger(__name__)
LOW_SPACE = 1 << 20  # bytes: below this a write error without an errno is taken for a full disk
_SHORT_WRITE = re.compile(r"\d+ requested and \d+ written")  # numpy's words for a write cut short
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM}
UNCHANGED = "기존 색인은 그대로입니다 (the index is unchanged)"
NOT_BUILT = "색인을 만들지 못했습니다 (no index was built)"
FREED = "작업 중 파일은 지웠습니다 (partial work removed to free the space)"


def free_bytes(path: Path) -> int | None:
    """Free space on the file system holding `path` (its nearest existing ancestor), None if unknown."""
    path = Path(path).absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    try:
        return shutil.disk_usage(path).free
    except OSError:
        return None


def cause(err: OSError, where: Path) -> tuple[str, bool]:
    """(the cause in words, whether the disk is full)."""
    free = free_bytes(where)
    short = err.errno is None and (_SHORT_WRITE.search(str(err)) or (free is not None and free < LOW_SPACE))
    if err.errno in _FULL or short:
        return "디스크 공간 부족 (no space left on device)", True
    if err.errno == errno.EROFS:
        return "읽기 전용 파일 시스템 (read-only file system)", False
    if err.errno in _DENIED:
        return "쓰기 권한 없음 (permission denied)", False
    return (err.strerror or str(err) or type(err).__name__), False


def write_error(err: OSError, where: Path, state: str = UNCHANGED) -> IndexWriteError:
    """The one-line error for a write into or beside the index at `where` that the system refused."""
    reason, full = cause(err, Path(where))
    return IndexWriteError(f"{_path(err, where)}: {reason}; {state}", disk_full=full)


def _path(err: OSError, where: Path) -> str:
    if err.filename2 and err.errno not in _FULL:  # a rename: the target is what could not be written
        return str(err.filename2)
    return str(err.filename or where)


@contextmanager
def translated(folder: Path, free: Callable[[], None]) -> Iterator[None]:
    """Turn a refused write into IndexWriteError; on a full disk call `free` to remove the partial work."""
    try:
        yield
    except OSError as err:
        raise _refused(err, folder, free) from err
    except sqlite3.OperationalError as err:  # Qdrant's local mode keeps its points in SQLite
        as_os = _sqlite_fault(err, folder)
        if as_os is None:
            raise
        raise _refused(as_os, folder, free) from err


def is_disk_full(err: BaseException, folder: Path) -> bool:
    """Whether `err` says the disk holding the index at `folder` is full."""
    if isinstance(err, sqlite3.OperationalError):
        err = _sqlite_fault(err, folder) or err
    return isinstance(err, OSError) and cause(err, Path(folder))[1]


def _refused(err: OSError, folder: Path, free: Callable[[], None]) -> IndexWriteError:
    reason, full = cause(err, Path(folder))  # before `free`: afterwards the disk is no longer full
    state = UNCHANGED if (Path(folder) / "manifest.json").is_file() else NOT_BUILT
    if full:
        try:
            free()
            state = f"{state}; {FREED}"
        except OSError as cleanup:
            logger.warning("could not remove the partial work in %s: %s", folder, cleanup)
    return IndexWriteError(f"{_path(err, folder)}: {reason}; {state}", disk_full=full)


def _sqlite_fault(err: sqlite3.OperationalError, folder: Path) -> OSError | None:
    text = str(err)
    for words, code in (("disk is full", errno.ENOSPC), ("readonly database", errno.EROFS),
                        ("unable to open database", errno.EACCES)):
        if words in text:
            return OSError(code, text, str(folder))
    return None


def os_error_line(err: OSError) -> str:
    """Any OSError as one line at the edge (the command line), when no writer translated it first."""
    path = err.filename2 or err.filename
    reason, _ = cause(err, Path(path or os.getcwd()))
    return f"{path}: {reason}" if path else reason
