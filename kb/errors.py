from __future__ import annotations

from ingest.errors import SmartCityKBError


class IndexMissing(SmartCityKBError):
    pass


class IndexMismatch(SmartCityKBError):
    pass


class IndexLocked(SmartCityKBError):
    """Another writer holds the index (kb/lock.py): refused with --no-wait, or still held after the timeout."""


class IndexWriteError(SmartCityKBError):
    """The disk or the file system refused a write (full, read-only, no permission); the index is unchanged.
    `disk_full` tells the writer to give the space of its partial work back."""

    def __init__(self, message: str, disk_full: bool = False) -> None:
        super().__init__(message)
        self.disk_full = disk_full
