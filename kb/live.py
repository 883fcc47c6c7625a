"""Readers follow writers: the newest complete index for a long-lived process (the web app).

Any process may write the index (the CLI, a scheduled job, another app), each write swapping in a new
version with a new manifest file. `LiveIndex.get()` compares the manifest's identity (one stat call) with
the version it holds; when it changed, the caller that noticed opens the new version and prepares it
(`prepare`: e.g. warm caches; callers arriving meanwhile wait for it, so a question asked after a write
finished is answered from it), and one reference swap makes it current. A request keeps the object it
got for its whole duration, so nothing in flight fails, and the old version's memory goes when its last
request ends. The web app also calls `get()` every few seconds in the background (Library.watch), so the
opening usually happens before anyone asks.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from ingest.errors import SmartCityKBError
from kb import store
from kb.settings import Settings

logger = logging.getLogger(__name__)
RETRY_AFTER = 5.0  # seconds before a version that failed to open is tried again


class LiveIndex:
    def __init__(self, settings: Settings, prepare: Callable[[store.KnowledgeBase], None] | None = None) -> None:
        self.settings = settings
        self.prepare = prepare or (lambda kb: None)
        self.generation = 0  # versions taken in by this object; bumped at every switch
        self._kb: store.KnowledgeBase | None = None
        self._first = threading.Lock()
        self._switching = threading.Lock()
        self._failed: tuple[tuple | None, float] | None = None  # (stamp, when) of a version that would not open

    def get(self) -> store.KnowledgeBase:
        """The newest complete index; hold on to the returned object for the whole request."""
        kb = self._kb
        if kb is None:
            with self._first:
                if self._kb is None:
                    self._switch(self._open(None))
            return self._kb
        stamp = store.manifest_stamp(kb.folder)
        if stamp != kb.stamp and stamp is not None and self._worth_trying(stamp):
            with self._switching:  # one caller opens it; callers meanwhile wait for it, then take it too
                if self._kb is kb:
                    self._try_switch(stamp)
        return self._kb

    def reload(self) -> store.KnowledgeBase:
        """Make the version in place current before returning (after this process wrote it)."""
        with self._switching:
            if self._kb is None or store.manifest_stamp(self._kb.folder) != self._kb.stamp:
                self._switch(self._open(self._kb))
        return self._kb

    def _worth_trying(self, stamp: tuple) -> bool:
        failed = self._failed
        return failed is None or failed[0] != stamp or time.monotonic() - failed[1] > RETRY_AFTER

    def _try_switch(self, stamp: tuple) -> None:
        try:
            self._switch(self._open(self._kb))
            self._failed = None
        except SmartCityKBError as err:  # e.g. rebuilt with another embedder: keep answering from this one
            logger.warning("could not open the new version of %s (%s); still serving the previous one",
                           self.settings.index_dir, err)
            self._failed = (stamp, time.monotonic())

    def _open(self, current: store.KnowledgeBase | None) -> store.KnowledgeBase:
        embedder = None
        if current is not None and current.embedder is not None:
            try:  # the same model: keep its loaded weights instead of loading them again
                if store.read_manifest(current.folder).embedder == current.embedder.id:
                    embedder = current.embedder
            except SmartCityKBError:
                pass
        return store.KnowledgeBase.open(self.settings, embedder=embedder)

    def _switch(self, fresh: store.KnowledgeBase) -> None:
        started = time.perf_counter()
        self.prepare(fresh)
        old, self._kb = self._kb, fresh  # one reference swap: requests already running keep their object
        self.generation += 1
        if old is not None:
            logger.info("switched to index generation %d (%d documents) in %.2f s", fresh.manifest.generation,
                        len(fresh.docs), time.perf_counter() - started)
