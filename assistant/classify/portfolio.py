"""Portfolio analytics of a classified batch: how much is smart-city work, in which sectors, regions and types,
and how an ODA sector count (by CRS code) would see the same projects.

    view = portfolio(records, table)          # records: classification records of one batch, in order
    view.tables["program_sector"].counts      # a DataFrame with Korean labels, totals in the last row/column

Every classified project is a smart-city project under the unified taxonomy: it has a place on all eight
facets. An ODA sector count sees a smart-city project only where its purpose code is an urban one (43030
Urban development and management, 43031, 43032); the others are counted as transport, water, energy ...
(KRIHS WP 22-14). `comparison` puts the two counts side by side by DAC sector, and `unified_only` lists the
projects that only the unified taxonomy counts. Amounts are summed where the input has a budget column.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from kb.crs import CRSData, load_crs
from kb.taxonomy import Taxonomy, load_taxonomy

URBAN_CODES = ("43030", "43031", "43032")
ODA_PROGRAMS = ("oda_grant", "oda_consulting", "oda_loan")
TOTAL = "합계"
# (key, Korean title, row facet, column facet); sector is the first (main) sector, so each project counts once
CROSS_TABLES = (("program_sector", "지원사업·재원 × 주 분야", "program", "sector"),
                ("region_type", "대상지역 × 사업유형", "region", "project_type"),
                ("stage", "추진단계", "stage", None),
                ("smart_city_type", "스마트시티 유형", "smart_city_type", None))


@dataclass(frozen=True)
class CrossTable:
    key: str
    title: str
    counts: pd.DataFrame
    amounts: pd.DataFrame | None = None


@dataclass(frozen=True)
class Portfolio:
    n: int  # classified projects
    errors: int
    review: pd.DataFrame  # projects to review (and rows that failed), first
    tables: dict  # key → CrossTable
    comparison: pd.DataFrame  # by DAC sector: projects, ODA projects, urban code or not
    unified_only: pd.DataFrame  # smart-city projects an ODA sector count does not call smart-city
    summary: list = field(default_factory=list)  # headline lines in Korean
    amount_unit: str | None = None  # the budget column's header, when there is one


def _main(value):
    return value[0] if isinstance(value, list) and value else value


def _frame(records: list[dict], table, taxonomy: Taxonomy, crs: CRSData) -> pd.DataFrame:
    rows = []
    for i, r in enumerate(records):
        if r.get("error"):
            continue
        labels = r.get("labels") or {}
        codes = (r.get("crosswalk") or {}).get("crs") or []
        top = codes[0]["code"] if codes else None
        category = crs.code(top).category if top and crs.is_active(top) else None
        row = {"행": r.get("row"), "id": r.get("id"), "사업명": r.get("title") or "",
               "CRS 1순위": f"{top} {crs.code(top).name_ko}" if category else "",
               "DAC 분야": f"{category} {crs.category_ko(category)}" if category else "미지정",
               "도시 코드": top in URBAN_CODES, "ODA": labels.get("program") in ODA_PROGRAMS,
               "금액": table.rows[i].budget if table is not None else None}
        for facet in taxonomy.facets:
            row[facet.id] = "; ".join(taxonomy.names_ko(facet.id, _main(labels.get(facet.id))))
        rows.append(row)
    return pd.DataFrame(rows)


def _ordered(taxonomy: Taxonomy, facet_id: str) -> list[str]:
    return [label.name_ko for label in taxonomy.facet(facet_id).labels]


def _cross(frame: pd.DataFrame, taxonomy: Taxonomy, rows: str, cols: str | None, values: str | None):
    """Counts (or sums of `values`) with the taxonomy's label order, empty labels dropped, totals added."""
    if frame.empty:
        return pd.DataFrame()
    key = frame[cols] if cols else pd.Series(["사업 수" if values is None else "금액"] * len(frame), index=frame.index)
    if values is None:
        out = pd.crosstab(frame[rows], key)
    else:
        out = pd.crosstab(frame[rows], key, values=frame[values].fillna(0.0), aggfunc="sum").fillna(0.0)
    out = out.reindex(index=[x for x in _ordered(taxonomy, rows) if x in out.index])
    if cols:
        out = out.reindex(columns=[x for x in _ordered(taxonomy, cols) if x in out.columns])
        out[TOTAL] = out.sum(axis=1)
    out.loc[TOTAL] = out.sum(axis=0)
    out.index.name = taxonomy.facet(rows).name_ko
    out.columns.name = None  # a named column axis would add a header row to the sheet
    return out


def _comparison(frame: pd.DataFrame, amounts: bool) -> pd.DataFrame:
    if frame.empty:
        return pd.DataFrame()
    grouped = frame.groupby("DAC 분야", sort=True)
    out = pd.DataFrame({"사업 수": grouped.size(), "ODA 사업 수": grouped["ODA"].sum().astype(int)})
    if amounts:
        out["금액"] = grouped["금액"].sum()
    urban = grouped["도시 코드"].any()
    out["ODA 분야 집계"] = ["스마트시티(도시개발)로 집계" if urban[c] else "해당 분야로만 집계" for c in out.index]
    return out.sort_values("사업 수", ascending=False)


def _review(records: list[dict], taxonomy: Taxonomy) -> pd.DataFrame:
    rows = []
    for r in records:
        flagged = [] if r.get("error") else r.get("needs_review") or []
        if not flagged and not r.get("error"):
            continue
        conf = r.get("confidence") or {}
        items = [f"{taxonomy.facet(f).name_ko}: {'; '.join(taxonomy.names_ko(f, _main((r.get('labels') or {}).get(f))))} "
                 f"({float(conf.get(f, 0)):.0%})" for f in flagged]
        rows.append({"행": r.get("row"), "id": r.get("id"), "사업명": r.get("title") or "",
                     "검토 필요 항목": "; ".join(items), "오류": r.get("error") or ""})
    return pd.DataFrame(rows, columns=["행", "id", "사업명", "검토 필요 항목", "오류"])


def portfolio(records: list[dict], table=None, taxonomy: Taxonomy | None = None,
              crs: CRSData | None = None) -> Portfolio:
    taxonomy, crs = taxonomy or load_taxonomy(), crs or load_crs()
    frame = _frame(records, table, taxonomy, crs)
    unit = table.budget_column if table is not None else None
    amounts = bool(unit) and not frame.empty and frame["금액"].notna().any()
    tables = {key: CrossTable(key, title, _cross(frame, taxonomy, rows, cols, None),
                              _cross(frame, taxonomy, rows, cols, "금액") if amounts else None)
              for key, title, rows, cols in CROSS_TABLES}
    only = frame[~frame["도시 코드"]] if not frame.empty else frame
    columns = ["행", "id", "사업명", "program", "CRS 1순위", "DAC 분야", "project_type", "sector", "smart_city_type"]
    unified_only = (only[columns].rename(columns={f.id: f.name_ko for f in taxonomy.facets})
                    if not only.empty else pd.DataFrame(columns=columns))
    return Portfolio(len(frame), sum(1 for r in records if r.get("error")), _review(records, taxonomy), tables,
                     _comparison(frame, amounts), unified_only, _summary(frame), unit if amounts else None)


def _summary(frame: pd.DataFrame) -> list[str]:
    if frame.empty:
        return ["분류된 사업이 없습니다 (no classified projects)"]
    oda = frame[frame["ODA"]]
    urban, oda_urban = int(frame["도시 코드"].sum()), int(oda["도시 코드"].sum())
    return [f"통합 분류체계로 본 스마트시티 사업: {len(frame)}건 (그중 ODA {len(oda)}건)",
            f"ODA 분야 코드(CRS 43030·43031·43032 도시개발)로 본 스마트시티 사업: {urban}건 (그중 ODA {oda_urban}건)",
            f"통합 분류체계로만 스마트시티 사업으로 잡히는 사업: {len(frame) - urban}건 "
            f"(그중 ODA {len(oda) - oda_urban}건) — 교통·물·에너지 등 해당 분야 코드로만 집계됩니다"]
