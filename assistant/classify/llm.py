"""Project classification with a chat LLM (LangChain), falling back to the offline classifier.

The prompt gives the taxonomy (facet and label ids with Korean/English names), the labelling rules, and a
few labelled examples nearest to the project (never the project itself); the model must answer with JSON
using only valid ids. The answer is validated against the taxonomy; an invalid answer is retried once with
the validation error, and if that fails too (or the call fails) the offline result is returned.
Providers: `openai:MODEL` (ChatOpenAI; base URL from settings.llm_base_url or OPENAI_BASE_URL) and
`ollama:MODEL` (ChatOllama).
"""
from __future__ import annotations

import json
import logging
import re
from dataclasses import replace

from assistant.classify.classifier import Classification, OfflineClassifier, ProjectInput
from assistant.classify.crosswalk import kcn_applies
from assistant.errors import LLMUnavailable
from assistant.llm import make_chat_model
from kb.crs import CRSData, CRSMatch, load_crs
from kb.taxonomy import Taxonomy, TaxonomyError

logger = logging.getLogger(__name__)
FEW_SHOT = 4
RULES = """Rules: label what the described project itself delivers. A feasibility study or master plan (타당성조사,
마스터플랜, 기본계획) is planning_consulting. KOICA → program oda_grant; KSP/EIPP → oda_consulting; EDCF → oda_loan;
K-City Network (KCN) → kcn. region follows the host country (developing = on the OECD DAC ODA recipient list).
smart_city_type: equipment/sensors → advanced_infrastructure; data hubs/platforms/operation centres →
platform_centered; testbeds/living labs/sandboxes/start-up ecosystems → innovation_space. sector: 1-3 ids, most
important first. Give each facet a confidence in [0, 1]; use a low value when the text does not support it.
crs: 1-3 OECD DAC CRS purpose codes (5 digits, active codes only) an ODA statistician would report the project
under, most likely first: by sector (21020 road transport, 14021 water supply, 14050 waste, 23183 energy
efficiency and smart grids ...), plans and policy advice under the sector's policy code (21010, 14010, 15110
...), integrated urban development and city master plans 43030, ICT systems without a sector 22040."""
MAX_LLM_CRS = 3
LLM_CRS_CONFIDENCE = 0.7  # an LLM's code without a stated confidence
_JSON = re.compile(r"\{.*\}", re.S)


def taxonomy_prompt(taxonomy: Taxonomy) -> str:
    lines = ["Facets and the only allowed label ids:"]
    for facet in taxonomy.facets:
        many = "list of 1-3 ids" if facet.multi else "exactly one id"
        lines.append(f"- {facet.id} ({facet.name_ko}; {many}):")
        lines += [f"    {label.id}: {label.name_ko} / {label.name_en}" for label in facet.labels]
    return "\n".join(lines)


def crs_prompt(crs: CRSData) -> str:
    """The codes the offline crosswalk uses, as a menu (any other active code is accepted too)."""
    used = sorted({c for by_role in crs.sectors.values() for codes in by_role.values() for c, _ in codes}
                  | {k.code for k in crs.keywords} | {c.code for c in crs.context})
    return "Common CRS codes: " + "; ".join(f"{c} {crs.code(c).name}" for c in used)


def parse_crs(value, crs: CRSData) -> list[str]:
    """The CRS codes of a reply (a list of codes, or of {"code": ...}), checked against the active code list;
    raises ValueError naming a code that is not an active purpose code."""
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    codes = [str(item.get("code") if isinstance(item, dict) else item).strip() for item in items]
    bad = [c for c in codes if not crs.is_active(c)]
    if bad:
        raise ValueError(f"crs: {', '.join(bad)} not an active OECD DAC CRS purpose code (5 digits, e.g. 43030)")
    return list(dict.fromkeys(codes))[:MAX_LLM_CRS]


def parse_reply(text: str, taxonomy: Taxonomy, crs: CRSData | None = None) -> dict:
    """The JSON object of a reply, validated (labels, and CRS codes when given); raises ValueError naming what
    is wrong."""
    match = _JSON.search(text or "")
    if not match:
        raise ValueError("the reply contains no JSON object")
    try:
        data = json.loads(match.group())
    except ValueError as err:
        raise ValueError(f"the reply is not valid JSON: {err}") from None
    labels = data.get("labels", data)
    if isinstance(labels.get("sector"), str):
        labels["sector"] = [labels["sector"]]
    try:
        taxonomy.check_labels(labels)
    except TaxonomyError as err:
        raise ValueError(str(err)) from None
    data["crs"] = parse_crs(data.get("crs", labels.get("crs")), crs or load_crs())
    return data


class LLMClassifier:
    def __init__(self, chat_model, offline: OfflineClassifier, few_shot: int = FEW_SHOT) -> None:
        self.chat = chat_model
        self.offline = offline
        self.taxonomy = offline.taxonomy
        self.few_shot = few_shot
        self._system = (
            "You classify smart-city projects into a fixed taxonomy. Answer with one JSON object only: "
            '{"labels": {facet: id, "sector": [ids]}, "confidence": {facet: number}, '
            '"evidence": {facet: ["short quote from the text"]}, "crs": ["5-digit code", ...]}.\n'
            + taxonomy_prompt(self.taxonomy) + "\n" + RULES + "\n" + crs_prompt(load_crs()))

    @classmethod
    def build(cls, settings, offline: OfflineClassifier) -> "LLMClassifier":
        return cls(make_chat_model(settings), offline)

    def _examples(self, project: ProjectInput) -> str:
        from assistant.classify.knn import project_text

        sparse, _ = self.offline.sim_index.embed([project_text(project.title, project.description)])
        sims = (sparse @ self.offline.sim_index.example_tfidf.T)[0]
        shots = []
        for j in sims.argsort()[::-1]:
            example = self.offline.examples[int(j)]
            if example.id == project.id or example.id in self.offline.exclude_ids:
                continue
            shots.append(f"Project: {example.title}\n{example.description}\nAnswer: "
                         + json.dumps({"labels": example.labels}, ensure_ascii=False))
            if len(shots) >= self.few_shot:
                break
        return "\n\n".join(shots)

    def _ask(self, messages) -> str:
        try:
            reply = self.chat.invoke(messages)
        except Exception as err:  # network, HTTP and client errors differ per provider
            raise LLMUnavailable(f"LLM call failed: {err}") from None
        return reply.content if isinstance(reply.content, str) else json.dumps(reply.content)

    def classify(self, project: ProjectInput) -> Classification:
        fallback = self.offline.classify(project)
        if fallback.error:
            return fallback
        from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

        messages = [SystemMessage(self._system),
                    HumanMessage(f"Examples:\n\n{self._examples(project)}\n\nProject: {project.title}\n"
                                 f"{project.description}\nAnswer:")]
        for attempt in range(2):
            try:
                text = self._ask(messages)
            except LLMUnavailable as err:
                logger.warning("%s; using the offline classifier", err)
                return fallback
            try:
                return self._record(project, parse_reply(text, self.taxonomy), fallback)
            except ValueError as err:
                logger.info("LLM answer rejected (attempt %d): %s", attempt + 1, err)
                messages += [AIMessage(text), HumanMessage(f"That answer is invalid: {err}. Answer again with "
                                                           "valid ids only, as one JSON object.")]
        logger.warning("LLM gave no valid answer for %s; using the offline classifier", project.id)
        return fallback

    def classify_many(self, projects, progress=None):
        for project in projects:
            yield self.classify(project)
            if progress:
                progress(1)

    def _record(self, project: ProjectInput, data: dict, fallback: Classification) -> Classification:
        labels = data.get("labels", data)
        raw_conf = data.get("confidence") or {}
        confidence, evidence, review = {}, {}, []
        for facet in self.taxonomy.facets:
            value = raw_conf.get(facet.id)
            conf = float(value) if isinstance(value, (int, float)) and 0 <= value <= 1 else 0.7
            if labels[facet.id] != fallback.labels.get(facet.id):
                conf = min(conf, 0.75)  # the two classifiers disagree: keep it reviewable
            confidence[facet.id] = conf
            quotes = data.get("evidence", {}).get(facet.id) if isinstance(data.get("evidence"), dict) else None
            evidence[facet.id] = tuple(str(q) for q in quotes[:4]) if isinstance(quotes, list) and quotes else \
                fallback.evidence.get(facet.id, ())
            if conf < self.offline.review_threshold:
                review.append(facet.id)
        labels = {f.id: labels[f.id] for f in self.taxonomy.facets}
        return replace(fallback, labels=labels, confidence=confidence, evidence=evidence, needs_review=tuple(review),
                       crosswalk=self._crosswalk(labels, data.get("crs") or [], fallback), classifier="llm")

    def _crosswalk(self, labels: dict, codes: list[str], fallback: Classification):
        """KCN type and export model for the LLM's labels; its CRS codes first, then the offline ones."""
        base = self.taxonomy.crosswalk[labels["project_type"]]
        crs = load_crs()
        offline = fallback.crosswalk.crs if fallback.crosswalk else ()
        known = {m.code: m for m in offline}
        chosen = tuple(CRSMatch(c, crs.code(c).name, crs.code(c).name_ko,
                                max(LLM_CRS_CONFIDENCE, known[c].confidence) if c in known else LLM_CRS_CONFIDENCE,
                                ("LLM 판단",) + (known[c].evidence if c in known else ())) for c in codes)
        rest = tuple(m for m in offline if m.code not in codes)
        return replace(base, kcn_type=base.kcn_type if kcn_applies(labels) else None,
                       crs=(chosen + rest)[: crs.max_codes])


def build_classifier(settings, use_index: bool = True, llm: bool | None = None):
    """The LLM classifier when `settings.llm` is set (and `llm` is not False), else the offline default."""
    offline = OfflineClassifier.build(settings, use_index=use_index)
    if settings.llm and llm is not False:
        return LLMClassifier.build(settings, offline)
    return offline
