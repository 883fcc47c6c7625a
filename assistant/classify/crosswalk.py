"""A classified project's place in the source schemes: KCN type, 2019 export model and OECD DAC CRS codes.

    crosswalk = project_crosswalk(taxonomy, labels, probabilities, title, description)
    crosswalk.crs[0].code                      # "21020", the most likely purpose code

The KCN type and export model follow `project_type` (taxonomy.md, "Crosswalk to the source schemes"). K-City
Network is MOLIT's *overseas* cooperation programme, so a domestic project that is not a KCN project has no KCN
type. The CRS codes follow the documented mapping of kb/crs.yaml: codes per sector and role, keywords that pick
the code inside a sector, and codes that follow from the other facets, each weighted by the probability of the
labels it rests on and combined by noisy-OR.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.classify.explain import snippet
from assistant.classify.rules import _matcher, normalize
from kb.crs import CRSData, CRSMatch, load_crs
from kb.taxonomy import CrosswalkEntry, Taxonomy

ROLE_KO = {"deliver": "구축·실증", "plan": "계획·자문", "capacity": "제도·역량", "research": "연구개발"}
MAX_EVIDENCE = 3
MIN_ROLE = 0.1  # a role less likely than this adds no sector codes
MIN_CONTEXT = 0.05  # a context code weaker than this (its labels unlikely) is not added
UNSECTORED_IN_TEXT = 0.4  # a keyword of a field with no taxonomy sector, found in the description only
NAMED = 0.8  # a purpose code or its name written in the record ("Sector: Road transport", "CRS 43030")


def kcn_applies(labels: dict) -> bool:
    """KCN supports overseas projects: its type is shown for a KCN project or any project abroad."""
    return labels.get("program") == "kcn" or labels.get("region") not in (None, "domestic")


@dataclass
class _Evidence:
    """Per code: the contributions (in [0, 1]) and their reasons, strongest first when read."""

    parts: list

    def add(self, value: float, why: str) -> None:
        if value > 0:
            self.parts.append((min(value, 0.95), why))

    @property
    def confidence(self) -> float:
        miss = 1.0
        for value, _ in self.parts:
            miss *= 1.0 - value
        return 1.0 - miss

    def reasons(self) -> tuple[str, ...]:
        out: list[str] = []
        for _, why in sorted(self.parts, key=lambda p: -p[0]):
            if why not in out:
                out.append(why)
        return tuple(out[:MAX_EVIDENCE])


class _Probabilities:
    """p(facet = label) from the classifier's probabilities, else from the chosen labels and their confidence."""

    def __init__(self, labels: dict, probabilities: dict | None, confidence: dict | None) -> None:
        self.labels, self.probabilities, self.confidence = labels, probabilities or {}, confidence or {}

    def __call__(self, facet: str, label: str) -> float:
        if facet in self.probabilities:
            return float(self.probabilities[facet].get(label, 0.0))
        chosen = self.labels.get(facet)
        chosen = chosen if isinstance(chosen, list) else [chosen]
        return float(self.confidence.get(facet, 1.0)) if label in chosen else 0.0


def crs_matches(taxonomy: Taxonomy, labels: dict, probabilities: dict | None, title: str, description: str,
                confidence: dict | None = None, data: CRSData | None = None) -> tuple[CRSMatch, ...]:
    """The purpose codes most likely to be reported for this project, most likely first."""
    data = data or load_crs()
    p = _Probabilities(labels, probabilities, confidence)
    by_code: dict[str, _Evidence] = {}

    def add(code: str, value: float, why: str) -> None:
        by_code.setdefault(code, _Evidence([])).add(value, why)

    sector_facet = taxonomy.facet("sector")
    chosen = labels.get("sector") or []
    weight = {s: rank * max(p("sector", s), 0.5) for s, rank in zip(chosen, data.rank_weights)}
    roles: dict[str, float] = {}
    for project_type, role in data.roles.items():
        roles[role] = roles.get(role, 0.0) + p("project_type", project_type)
    for sector, w_sector in weight.items():
        name = sector_facet.label(sector).name_ko
        for role, q in roles.items():
            if q >= MIN_ROLE:
                for code, w in data.sector_codes(sector, role):
                    add(code, w * w_sector * q, f"분야 {name} · {ROLE_KO[role]}")
    text = _texts(taxonomy, title, description)
    for rule in data.keywords:
        gate = 1.0 if rule.sector is None else weight.get(rule.sector, 0.5 * p("sector", rule.sector))
        found = _find(rule.pattern, text) if gate > 0.05 else None
        if found and rule.sector is None and not found.endswith("(사업명)"):
            gate = UNSECTORED_IN_TEXT  # a field outside the taxonomy named only in passing (농촌 마을 2곳에서 검증)
        if found:
            add(rule.code, rule.weight * gate, found)
    for code, words in data.named(f"{title}\n{description}"):
        add(code, NAMED, f"'{words}' (코드·분야명 명시)")
    for rule in data.context:
        value = rule.weight
        for facet, allowed in rule.labels:
            value *= sum(p(facet, label) for label in allowed)
        if value >= MIN_CONTEXT and (rule.pattern is None or _find(rule.pattern, text)):
            add(rule.code, value, _context_reason(taxonomy, rule, labels))
    return _ranked(data, by_code)


def _ranked(data: CRSData, by_code: dict[str, _Evidence]) -> tuple[CRSMatch, ...]:
    order = sorted(by_code.items(), key=lambda kv: (-kv[1].confidence, kv[0]))
    out = []
    for rank, (code, ev) in enumerate(order):
        if len(out) >= data.max_codes or (rank and ev.confidence < data.min_confidence):
            break
        c = data.code(code)
        out.append(CRSMatch(c.code, c.name, c.name_ko, ev.confidence, ev.reasons()))
    return tuple(out)


def _texts(taxonomy: Taxonomy, title: str, description: str) -> tuple[tuple[str, str], ...]:
    """(where, text) with agency names blanked: 국토교통부 names no transport project."""
    matcher = _matcher(taxonomy)
    return (("사업명", matcher.mask(normalize(title or ""))), ("사업내용", matcher.mask(normalize(description or ""))))


def _find(pattern: re.Pattern, texts) -> str | None:
    for where, text in texts:
        m = pattern.search(text)
        if m:
            return f"'{snippet(text, m.start(), m.end())}' ({where})"
    return None


def _context_reason(taxonomy: Taxonomy, rule, labels: dict) -> str:
    names = []
    for facet, allowed in rule.labels:
        value = labels.get(facet)
        if value in allowed:
            names.append(f"{taxonomy.facet(facet).name_ko} {taxonomy.facet(facet).label(value).name_ko}")
    return ", ".join(names) or rule.why


def project_crosswalk(taxonomy: Taxonomy, labels: dict, probabilities: dict | None, title: str, description: str,
                      confidence: dict | None = None) -> CrosswalkEntry:
    """KCN type (only where KCN applies), export model and CRS codes of one classified project."""
    base = taxonomy.crosswalk.get(labels.get("project_type"))
    kcn = base.kcn_type if base and kcn_applies(labels) else None
    return CrosswalkEntry(kcn, base.export_model if base else None,
                          crs_matches(taxonomy, labels, probabilities, title, description, confidence))
