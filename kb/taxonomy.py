"""The unified smart-city project taxonomy (`kb/taxonomy.yaml`, spec: shared/specs/taxonomy.md) as typed records.

`load_taxonomy()` reads and validates the data file once per path and returns a frozen `Taxonomy`.
Nothing is read at import time.
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ingest.errors import SmartCityKBError

TAXONOMY_FILE = Path(__file__).resolve().parent / "taxonomy.yaml"
FACET_IDS = ("project_type", "sector", "stage", "scale", "region", "program", "smart_city_type", "urban_context")
MAX_SECTORS = 3


class TaxonomyError(SmartCityKBError):
    """The taxonomy file is missing, malformed, or a caller named an unknown facet or label."""


class Cardinality(str, enum.Enum):
    ONE = "one"
    ONE_TO_THREE = "one_to_three"


@dataclass(frozen=True)
class Label:
    id: str
    name_ko: str
    name_en: str
    description_ko: str
    description_en: str
    cues_ko: tuple[str, ...]
    cues_en: tuple[str, ...]

    @property
    def cues(self) -> tuple[str, ...]:
        """Both cue lists: any text may contain either (Korean texts use acronyms such as ITS, KSP)."""
        return self.cues_ko + self.cues_en


@dataclass(frozen=True)
class Facet:
    id: str
    name_ko: str
    name_en: str
    cardinality: Cardinality
    labels: tuple[Label, ...]

    @property
    def label_ids(self) -> tuple[str, ...]:
        return tuple(label.id for label in self.labels)

    @property
    def multi(self) -> bool:
        return self.cardinality is Cardinality.ONE_TO_THREE

    def label(self, label_id: str) -> Label:
        for label in self.labels:
            if label.id == label_id:
                return label
        raise TaxonomyError(f"unknown label {label_id!r} for facet {self.id}; choose one of: {', '.join(self.label_ids)}")


@dataclass(frozen=True)
class Country:
    ko: str
    en: str
    aliases: tuple[str, ...] = ()
    developed: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.ko, self.en) + self.aliases


@dataclass(frozen=True)
class City:
    ko: str
    en: str
    country_en: str


class RuleScope(str, enum.Enum):
    TITLE = "title"
    TEXT = "text"
    ANY = "any"


class Host(str, enum.Enum):
    DOMESTIC = "domestic"
    FOREIGN = "foreign"


@dataclass(frozen=True)
class Rule:
    """A labelling rule: `pattern` found in the title and/or description argues for `label` of `facet`."""

    facet: str
    label: str
    name: str
    pattern: re.Pattern
    where: RuleScope = RuleScope.ANY
    strength: float = 1.0
    host: Host | None = None  # the rule holds only for a domestic or a foreign host
    priority: bool = False  # a scheme named outright: it also constrains the label
    # found next to the match, this makes the hit a different, weaker kind of evidence (name + "_option", no
    # priority): a scheme named as a financing option or a link ("재원조달 방안(EDCF 연계)") is not this project's
    unless: re.Pattern | None = None


@dataclass(frozen=True)
class CrosswalkEntry:
    """The source schemes a project maps to: KCN type (None when KCN does not apply), 2019 export model and,
    per project, the OECD DAC CRS purpose codes (kb/crs.py records, most likely first)."""

    kcn_type: str | None
    export_model: str | None
    crs: tuple = ()

    def to_json(self) -> dict:
        return {"kcn_type": self.kcn_type, "export_model": self.export_model,
                "crs": [m.to_json() for m in self.crs]}


@dataclass(frozen=True, eq=False)  # compared by identity: cached per file
class Taxonomy:
    version: int
    facets: tuple[Facet, ...]
    cue_masks: tuple[str, ...]
    crosswalk: dict[str, CrosswalkEntry]
    countries: tuple[Country, ...]
    cities: tuple[City, ...]
    domestic_markers: tuple[str, ...]
    rules: tuple[Rule, ...] = ()

    @property
    def facet_ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.facets)

    def facet(self, facet_id: str) -> Facet:
        for facet in self.facets:
            if facet.id == facet_id:
                return facet
        raise TaxonomyError(f"unknown facet {facet_id!r}; choose one of: {', '.join(self.facet_ids)}")

    def names_ko(self, facet_id: str, value) -> list[str]:
        """Korean names of a facet's label value (one id, or a list of ids for sector); unknown ids as they are."""
        labels = {label.id: label.name_ko for label in self.facet(facet_id).labels}
        return [labels.get(v, str(v)) for v in (value if isinstance(value, list) else [value] if value else [])]

    def check_labels(self, labels: dict) -> None:
        """Raise TaxonomyError unless `labels` gives a valid id (or 1-3 sector ids) for every facet."""
        for facet in self.facets:
            if facet.id not in labels:
                raise TaxonomyError(f"missing facet {facet.id}")
            value = labels[facet.id]
            values = value if facet.multi else [value]
            if facet.multi and not (isinstance(value, list) and 1 <= len(value) <= MAX_SECTORS
                                    and len(set(value)) == len(value)):
                raise TaxonomyError(f"{facet.id} must be a list of 1-{MAX_SECTORS} distinct ids, got {value!r}")
            for v in values:
                if v not in facet.label_ids:
                    raise TaxonomyError(
                        f"unknown label {v!r} for facet {facet.id}; choose one of: {', '.join(facet.label_ids)}")


def _label(raw: dict) -> Label:
    cues = raw.get("cues") or {}
    return Label(raw["id"], raw["name_ko"], raw["name_en"], raw["description_ko"], raw["description_en"],
                 tuple(cues.get("ko") or ()), tuple(cues.get("en") or ()))


def _facet(raw: dict) -> Facet:
    try:
        card = Cardinality(raw["cardinality"])
    except ValueError:
        allowed = ", ".join(c.value for c in Cardinality)
        raise TaxonomyError(f"facet {raw['id']}: cardinality {raw['cardinality']!r}; choose one of: {allowed}") from None
    return Facet(raw["id"], raw["name_ko"], raw["name_en"], card, tuple(_label(lab) for lab in raw["labels"]))


def _countries(regions: dict) -> tuple[Country, ...]:
    out = []
    for key, developed in (("developed_countries", True), ("developing_countries", False)):
        for c in regions.get(key) or ():
            out.append(Country(c["ko"], c["en"], tuple(c.get("aliases") or ()), developed))
    return tuple(out)


def _enum(kind, value, where: str):
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(k.value for k in kind)
        raise TaxonomyError(f"{where}: {value!r}; choose one of: {allowed}") from None


def _rule(raw: dict, facets: tuple[Facet, ...]) -> Rule:
    where = f"rule {raw.get('name')!r}"
    facet = next((f for f in facets if f.id == raw["facet"]), None)
    if facet is None or raw["label"] not in facet.label_ids:
        raise TaxonomyError(f"{where}: unknown facet or label {raw['facet']}.{raw['label']}")
    try:
        pattern = re.compile(raw["pattern"], re.IGNORECASE)  # "Feasibility study" in a title, "Former" opening a sentence
    except re.error as err:
        raise TaxonomyError(f"{where}: bad pattern: {err}") from None
    host = _enum(Host, raw["host"], f"{where} host") if raw.get("host") else None
    try:
        unless = re.compile(raw["unless"], re.IGNORECASE) if raw.get("unless") else None
    except re.error as err:
        raise TaxonomyError(f"{where}: bad unless pattern: {err}") from None
    return Rule(raw["facet"], raw["label"], raw["name"], pattern, _enum(RuleScope, raw.get("where", "any"), where),
                float(raw.get("strength", 1.0)), host, bool(raw.get("priority", False)), unless)


def parse_taxonomy(data: dict) -> Taxonomy:
    """Build and validate a Taxonomy from the parsed YAML mapping."""
    try:
        facets = tuple(_facet(f) for f in data["facets"])
        regions = data.get("regions") or {}
        markers = regions.get("domestic_markers") or {}
        taxonomy = Taxonomy(
            version=int(data.get("version", 1)),
            facets=facets,
            cue_masks=tuple(data.get("cue_masks") or ()),
            crosswalk={k: CrosswalkEntry(v["kcn_type"], v["export_model"]) for k, v in data["crosswalk"].items()},
            countries=_countries(regions),
            cities=tuple(City(c["ko"], c["en"], c["country_en"]) for c in regions.get("cities") or ()),
            domestic_markers=tuple(markers.get("ko") or ()) + tuple(markers.get("en") or ()),
            rules=tuple(_rule(r, facets) for r in data.get("rules") or ()),
        )
    except (KeyError, TypeError) as err:
        raise TaxonomyError(f"taxonomy data is malformed: missing or bad field {err}") from None
    if taxonomy.facet_ids != FACET_IDS:
        raise TaxonomyError(f"taxonomy facets {taxonomy.facet_ids} differ from the spec's {FACET_IDS}")
    project_types = set(taxonomy.facet("project_type").label_ids)
    if set(taxonomy.crosswalk) != project_types:
        raise TaxonomyError(f"crosswalk keys {sorted(taxonomy.crosswalk)} differ from project types {sorted(project_types)}")
    return taxonomy


def read_mapping(path: Path | str, what: str) -> dict:
    """A YAML data file that must hold a mapping; TaxonomyError naming the file and `what` it is otherwise."""
    path = Path(path)
    try:
        # libyaml's loader when PyYAML has it: 1.5 s → 0.1 s of a cold `classify`
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, yaml.YAMLError) as err:
        raise TaxonomyError(f"{path}: cannot read the {what}: {err}") from None
    if not isinstance(data, dict):
        raise TaxonomyError(f"{path}: the {what} must be a YAML mapping")
    return data


@lru_cache(maxsize=4)
def load_taxonomy(path: Path | str = TAXONOMY_FILE) -> Taxonomy:
    """The taxonomy in `path` (default: the bundled kb/taxonomy.yaml), read once per path."""
    return parse_taxonomy(read_mapping(path, "taxonomy"))


def crosswalk(project_type: str, taxonomy: Taxonomy | None = None) -> CrosswalkEntry:
    """The KCN type and 2019 export model that correspond to a unified `project_type` id."""
    taxonomy = taxonomy or load_taxonomy()
    try:
        return taxonomy.crosswalk[project_type]
    except KeyError:
        raise TaxonomyError(
            f"unknown project_type {project_type!r}; choose one of: {', '.join(taxonomy.crosswalk)}") from None
