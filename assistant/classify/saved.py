"""The fitted offline classifier kept on disk, so that a command classifying one project does not refit it.

Fitting reads the 303 labelled projects' cue words and corpus passages and trains eight facet models: most of
a cold `smartcity-kb classify`. The fitted object is pickled without its embedder and index (they are opened
by every process anyway and attached again on loading) into the classifier's cache folder beside the index,
under a key of everything it was fitted from: the classifier's own source files, the taxonomy, the examples,
the embedder, the index (its manifest's modification time) and the settings. A change to any of them means a
new key and a new fit; old files are removed when a new one is written. The folder is the user's own (as the
index is): only files written by `save` are read.
"""
from __future__ import annotations

import hashlib
import logging
import pickle
from collections.abc import Callable
from pathlib import Path

logger = logging.getLogger(__name__)
PACKAGE = Path(__file__).resolve().parent
_PREFIX = "classifier-"


def fitted_key(parts: list) -> str:
    """A key of the fit: `parts` (settings, examples, index identity) and the classifier's code and taxonomy."""
    from kb.taxonomy import TAXONOMY_FILE

    digest = hashlib.sha256(repr(parts).encode())
    for path in sorted(PACKAGE.glob("*.py")) + [TAXONOMY_FILE]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def load_or_fit(folder: Path, key: str, fit: Callable[[], object], embedder, kb):
    """The classifier saved under `key` with `embedder` and `kb` attached, else `fit()` (then saved)."""
    path = Path(folder) / f"{_PREFIX}{key}.pickle"
    if path.is_file():
        try:
            with open(path, "rb") as fh:
                return _attach(pickle.load(fh), embedder, kb)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError) as err:
            logger.warning("refitting the classifier: cannot read %s (%s)", path, err)
    classifier = fit()
    try:
        _save(classifier, path)
    except OSError as err:
        logger.warning("cannot keep the fitted classifier in %s (%s)", folder, err)
    return classifier


def _save(classifier, path: Path) -> None:
    from assistant.classify.kb_evidence import KBEvidence

    kb_evidence, indexes = classifier.kb_evidence, _similarity_indexes(classifier)
    embedders = [index.embedder for index in indexes]
    try:  # what cannot be pickled (an ONNX session, an open index) is left out for this moment only
        if kb_evidence is not None:
            classifier.kb_evidence = KBEvidence(None, kb_evidence.matcher, kb_evidence.k)
        for index in indexes:
            index.embedder = None
        data = pickle.dumps(classifier, protocol=pickle.HIGHEST_PROTOCOL)
    finally:
        classifier.kb_evidence = kb_evidence
        for index, embedder in zip(indexes, embedders):
            index.embedder = embedder
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    for old in path.parent.glob(f"{_PREFIX}*.pickle"):
        if old != path:
            old.unlink(missing_ok=True)
    logger.info("fitted classifier kept in %s (%.1f MB)", path, len(data) / 1e6)


def _attach(classifier, embedder, kb):
    from assistant.classify.kb_evidence import KBEvidence

    for index in _similarity_indexes(classifier):
        index.embedder = embedder
    if classifier.kb_evidence is not None:
        classifier.kb_evidence = KBEvidence(kb, classifier.kb_evidence.matcher, classifier.kb_evidence.k) \
            if kb is not None else None
    return classifier


def _similarity_indexes(classifier) -> list:
    found = {id(classifier.sim_index): classifier.sim_index}
    shared = getattr(classifier, "_shared", None)
    if shared:
        found.setdefault(id(shared[0]), shared[0])
    return list(found.values())
