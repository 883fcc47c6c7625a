"""OECD DAC CRS purpose codes and the crosswalk from the unified taxonomy to them (`kb/crs.yaml`).

`load_crs()` reads and validates the data file once per path: every active purpose code (code, DAC 3-digit
category, English name, Korean name where the crosswalk can emit it) and the mapping rules, whose reasoning is
written beside them in the YAML. The mapping itself is applied by assistant/classify/crosswalk.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kb.taxonomy import Taxonomy, TaxonomyError, load_taxonomy, read_mapping

CRS_FILE = Path(__file__).resolve().parent / "crs.yaml"
ROLES = ("deliver", "plan", "capacity", "research")


@dataclass(frozen=True)
class CRSCode:
    code: str
    category: str  # the DAC 3-digit sector, e.g. "210"
    name: str
    name_ko: str  # the English name where no Korean one is given

    def label(self) -> str:
        return f"{self.code} {self.name_ko}"


@dataclass(frozen=True)
class CRSMatch:
    """One purpose code proposed for a project, with why."""

    code: str
    name: str
    name_ko: str
    confidence: float
    evidence: tuple[str, ...] = ()

    def to_json(self) -> dict:
        return {"code": self.code, "name": self.name, "name_ko": self.name_ko,
                "confidence": round(float(self.confidence), 4), "evidence": list(self.evidence)}


@dataclass(frozen=True)
class KeywordRule:
    sector: str | None  # None: a field with no taxonomy sector (agriculture, education, health facilities)
    code: str
    weight: float
    pattern: re.Pattern


@dataclass(frozen=True)
class ContextRule:
    code: str
    weight: float
    labels: tuple[tuple[str, tuple[str, ...]], ...]  # (facet, allowed labels) that must hold together
    pattern: re.Pattern | None
    why: str


@dataclass(frozen=True, eq=False)  # compared by identity: cached per file
class CRSData:
    codes: dict[str, CRSCode]
    categories_ko: dict[str, str]
    roles: dict[str, str]  # project_type → role
    sectors: dict[str, dict[str, tuple[tuple[str, float], ...]]]  # sector → role → ((code, weight), ...)
    keywords: tuple[KeywordRule, ...]
    context: tuple[ContextRule, ...]
    max_codes: int = 5
    min_confidence: float = 0.1
    rank_weights: tuple[float, ...] = (1.0, 0.75, 0.6)

    def code(self, code: str) -> CRSCode:
        try:
            return self.codes[str(code).strip()]
        except KeyError:
            raise TaxonomyError(f"{code!r} is not an active OECD DAC CRS purpose code") from None

    def is_active(self, code) -> bool:
        return str(code).strip() in self.codes

    def category_ko(self, category: str) -> str:
        return self.categories_ko.get(category, category)

    def sector_codes(self, sector: str, role: str) -> tuple[tuple[str, float], ...]:
        by_role = self.sectors.get(sector, {})
        return by_role.get(role) or by_role.get("deliver", ())

    def named(self, text: str) -> list[tuple[str, str]]:
        """(code, words) for every active purpose code a text names, as ODA database records do: its five digits
        ("CRS 43030"), or its English name. Five digits may be an amount and a two-word name ("Road transport",
        "Urban development") plain English, so those count only behind a field label ("Sector: Road transport",
        "purpose code 21020"); longer names anywhere."""
        out = []
        for m in _names_pattern(self).finditer(text):
            labelled = _FIELD.search(text[max(0, m.start() - 24): m.start()]) is not None
            if m.group("code"):
                if m.group("code") in self.codes and labelled:
                    out.append((m.group("code"), m.group()))
                continue
            key = _name_key(m.group("name"))
            if len(key.split()) >= 3 or labelled:
                out.append((_name_index(self)[key], m.group()))
        return out


_FIELD = re.compile(r"(?:sector|purpose|CRS|DAC|분야|코드)[^.;\n]*$", re.IGNORECASE)


def _name_key(name: str) -> str:
    return re.sub(r"[\s\-]+", " ", re.sub(r"\s*\(.*?\)", "", name)).strip().casefold()


@lru_cache(maxsize=4)
def _name_index(data: "CRSData") -> dict[str, str]:
    """English name (without its parenthesis, case and spacing folded) → code, for names of two words or more that
    belong to one code only (Korean names are this project's own translations, not what records say)."""
    seen: dict[str, set[str]] = {}
    for c in data.codes.values():
        key = _name_key(c.name)
        if len(key.split()) >= 2:
            seen.setdefault(key, set()).add(c.code)
    return {key: next(iter(codes)) for key, codes in seen.items() if len(codes) == 1}


@lru_cache(maxsize=4)
def _names_pattern(data: "CRSData") -> re.Pattern:
    names = sorted(_name_index(data), key=len, reverse=True)
    body = "|".join(r"[\s\-]+".join(re.escape(w) for w in key.split()) for key in names)
    return re.compile(rf"(?<!\d)(?P<code>\d{{5}})(?!\d)|(?<![\w])(?P<name>{body})(?![\w])", re.IGNORECASE)


def _pattern(raw: str | None, where: str) -> re.Pattern | None:
    if raw is None:
        return None
    try:
        return re.compile(raw, re.IGNORECASE)
    except re.error as err:
        raise TaxonomyError(f"{where}: bad pattern: {err}") from None


def _check_code(codes: dict, names_ko: dict, code: str, where: str) -> str:
    code = str(code)
    if code not in codes:
        raise TaxonomyError(f"{where}: {code} is not an active CRS purpose code")
    if code not in names_ko:
        raise TaxonomyError(f"{where}: {code} can be emitted but has no Korean name in names_ko")
    return code


def parse_crs(data: dict, taxonomy: Taxonomy) -> CRSData:
    """Build and validate the CRS data: codes emitted by a rule must be active and have a Korean name; sectors,
    roles and context labels must be the taxonomy's."""
    try:
        names_ko = {str(k): v for k, v in (data.get("names_ko") or {}).items()}
        codes = {str(c): CRSCode(str(c), str(cat), name, names_ko.get(str(c), name))
                 for c, (cat, name) in data["codes"].items()}
        project_types = taxonomy.facet("project_type").label_ids
        roles = {str(k): str(v) for k, v in data["roles"].items()}
        if set(roles) != set(project_types) or not set(roles.values()) <= set(ROLES):
            raise TaxonomyError(f"crs roles must map every project type {project_types} to one of {ROLES}")
        sector_ids = taxonomy.facet("sector").label_ids
        sectors = {}
        for sector, by_role in data["sectors"].items():
            if sector not in sector_ids or not set(by_role) <= set(ROLES):
                raise TaxonomyError(f"crs sectors: unknown sector {sector!r} or role in {sorted(by_role)}")
            sectors[sector] = {role: tuple((_check_code(codes, names_ko, c, f"sector {sector}"), float(w))
                                           for c, w in weights.items()) for role, weights in by_role.items()}
        keywords = tuple(KeywordRule(k["sector"], _check_code(codes, names_ko, k["code"], "keyword"),
                                     float(k["weight"]), _pattern(k["pattern"], f"keyword {k['code']}"))
                         for k in data["keywords"])
        for k in keywords:
            if k.sector is not None and k.sector not in sector_ids:
                raise TaxonomyError(f"crs keyword {k.code}: unknown sector {k.sector!r}")
        context = tuple(_context(c, codes, names_ko, taxonomy) for c in data["context"])
    except (KeyError, TypeError, ValueError) as err:
        raise TaxonomyError(f"CRS data is malformed: missing or bad field {err}") from None
    return CRSData(codes, {str(k): v for k, v in (data.get("categories_ko") or {}).items()}, roles, sectors,
                   keywords, context, int(data.get("max_codes", 5)), float(data.get("min_confidence", 0.1)),
                   tuple(float(w) for w in data.get("sector_rank_weights", (1.0, 0.75, 0.6))))


def _context(raw: dict, codes: dict, names_ko: dict, taxonomy: Taxonomy) -> ContextRule:
    code = _check_code(codes, names_ko, raw["code"], "context")
    labels = []
    for facet_id, allowed in raw["labels"].items():
        facet = taxonomy.facet(facet_id)
        for label in allowed:
            facet.label(label)  # raises on an unknown label
        labels.append((facet_id, tuple(allowed)))
    return ContextRule(code, float(raw["weight"]), tuple(labels), _pattern(raw.get("pattern"), f"context {code}"),
                       str(raw.get("why", "")))


@lru_cache(maxsize=4)
def load_crs(path: Path | str = CRS_FILE) -> CRSData:
    """The CRS codes and crosswalk in `path` (default: the bundled kb/crs.yaml), read once per path."""
    return parse_crs(read_mapping(path, "CRS data"), load_taxonomy())
