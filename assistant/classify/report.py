"""The portfolio workbook and picture of a classified batch (assistant/classify/portfolio.py in Korean).

`write_report(path, results, records, table)`: an .xlsx whose first sheet lists the projects to review, then
the results table, the comparison with an ODA sector count, the cross tables (counts, and amounts when the
input has a budget column), each with a real Excel bar chart (openpyxl), and the projects only the unified
taxonomy counts. `portfolio_png(view, path)`: the same charts as one picture for the web page.
"""
from __future__ import annotations

import logging
import textwrap
from pathlib import Path

import pandas as pd

from assistant.classify.portfolio import TOTAL, Portfolio, portfolio

logger = logging.getLogger(__name__)
KOREAN_FONTS = ("Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "Malgun Gothic", "AppleGothic", "Noto Sans CJK JP")
SHEETS = {"review": "검토 필요", "results": "분류 결과", "comparison": "ODA 분야 비교", "only": "통합 분류로만 집계"}
CHART_WIDTH, CHART_HEIGHT = 22, 11  # cm
SUMMARY_CHARS = 34  # a Korean line of the picture's summary panel


def write_report(path: Path | str, results: pd.DataFrame, records: list[dict], table=None) -> Portfolio:
    view = portfolio(records, table)
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        view.review.to_excel(writer, sheet_name=SHEETS["review"], index=False)
        results.to_excel(writer, sheet_name=SHEETS["results"], index=False)
        _comparison_sheet(writer, view)
        for cross in view.tables.values():
            _cross_sheet(writer, cross, view.amount_unit)
        view.unified_only.to_excel(writer, sheet_name=SHEETS["only"], index=False)
        for sheet in writer.book.worksheets:
            _widths(sheet)
    return view


def _comparison_sheet(writer, view: Portfolio) -> None:
    name = SHEETS["comparison"]
    lines = pd.DataFrame({"요약": view.summary})
    lines.to_excel(writer, sheet_name=name, index=False)
    start = len(lines) + 2
    if view.comparison.empty:
        return
    view.comparison.to_excel(writer, sheet_name=name, startrow=start)
    sheet = writer.sheets[name]
    rows = len(view.comparison)
    _bar_chart(sheet, "DAC 분야(CRS 1순위)별 사업 수 — 전체와 ODA", min_col=2, max_col=3, header_row=start + 1,
               first=start + 2, last=start + 1 + rows, anchor=f"H{start + 1}", stacked=False)


def _cross_sheet(writer, cross, unit: str | None) -> None:
    name = cross.title.replace("×", "x")[:31]
    if cross.counts.empty:
        pd.DataFrame({"사업 수": []}).to_excel(writer, sheet_name=name)
        return
    cross.counts.to_excel(writer, sheet_name=name)
    sheet = writer.sheets[name]
    n_rows, n_cols = cross.counts.shape
    body_cols = n_cols - (1 if TOTAL in cross.counts.columns else 0)
    _bar_chart(sheet, f"{cross.title} (사업 수)", min_col=2, max_col=1 + body_cols, header_row=1, first=2,
               last=n_rows, anchor=f"{_col(n_cols + 3)}2", stacked=body_cols > 1)
    if cross.amounts is not None:
        start = n_rows + 3
        sheet.cell(start, 1, f"금액 ({unit})")
        cross.amounts.to_excel(writer, sheet_name=name, startrow=start)
        _bar_chart(sheet, f"{cross.title} (금액, {unit})", min_col=2, max_col=1 + body_cols, header_row=start + 1,
                   first=start + 2, last=start + n_rows, anchor=f"{_col(n_cols + 3)}{start + 2}",
                   stacked=body_cols > 1)


def _bar_chart(sheet, title: str, min_col: int, max_col: int, header_row: int, first: int, last: int, anchor: str,
               stacked: bool) -> None:
    """A horizontal bar chart of the block's columns (series) over its rows (categories); the total row and
    column are left out."""
    from openpyxl.chart import BarChart, Reference

    if last < first or max_col < min_col:
        return
    chart = BarChart()
    chart.type = "bar"
    chart.title = title
    chart.width, chart.height = CHART_WIDTH, CHART_HEIGHT
    if stacked:
        chart.grouping, chart.overlap = "stacked", 100
    data = Reference(sheet, min_col=min_col, max_col=max_col, min_row=header_row, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=first, max_row=last))
    chart.y_axis.title = "사업 수" if "금액" not in title else "금액"
    sheet.add_chart(chart, anchor)


def _col(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(n)


def _widths(sheet) -> None:
    """Columns wide enough for their Korean text (two units a character), within limits."""
    for column in sheet.columns:
        longest = max((_display_width(c.value) for c in column[:200]), default=8)
        sheet.column_dimensions[column[0].column_letter].width = min(max(8, longest + 2), 60)


def _display_width(value) -> int:
    text = "" if value is None else str(value)
    return sum(2 if ord(ch) > 0x1100 else 1 for ch in text)


# ---- the picture for the web page -------------------------------------------------------------------
def korean_font() -> str | None:
    """A font family with Hangul that matplotlib can use (system fonts are registered on first use)."""
    from matplotlib import font_manager

    names = {f.name for f in font_manager.fontManager.ttflist}
    for family in KOREAN_FONTS:
        if family in names:
            return family
    for path in font_manager.findSystemFonts():
        if any(key in Path(path).name for key in ("NotoSansCJK", "NotoSansKR", "Nanum", "malgun")):
            font_manager.fontManager.addfont(path)
    names = {f.name for f in font_manager.fontManager.ttflist}
    found = next((family for family in KOREAN_FONTS if family in names), None)
    if found is None:
        logger.warning("no font with Hangul found (install fonts-noto-cjk): the chart labels will not show")
    return found


def portfolio_png(view: Portfolio, path: Path | str) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    font = korean_font()
    style = {"font.family": [font, "DejaVu Sans"] if font else ["DejaVu Sans"], "font.size": 9,
             "axes.unicode_minus": False}
    with plt.rc_context(style):
        fig, axes = plt.subplots(2, 3, figsize=(17, 9.5))
        panels = [view.tables["program_sector"], view.tables["region_type"], None, view.tables["stage"],
                  view.tables["smart_city_type"]]
        for ax, cross in zip(axes.flat, panels):
            if cross is None:
                _comparison_panel(ax, view)
            else:
                _panel(ax, cross.counts, cross.title)
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts of projects
        _summary_panel(axes.flat[5], view)
        fig.suptitle(f"포트폴리오 분석 — 사업 {view.n}건 (Portfolio)", fontsize=13)
        fig.tight_layout(rect=(0, 0, 1, 0.96))  # room for the title above the panels' own
        fig.savefig(path, dpi=110)
        plt.close(fig)
    return Path(path)


def _panel(ax, counts: pd.DataFrame, title: str) -> None:
    ax.set_title(title)
    if counts.empty:
        ax.set_axis_off()
        return
    body = counts.drop(index=TOTAL, errors="ignore").drop(columns=TOTAL, errors="ignore")
    body.iloc[::-1].plot.barh(ax=ax, stacked=True, legend=body.shape[1] > 1, width=0.75, colormap="tab20")
    ax.set_ylabel("")
    ax.set_xlabel("사업 수")
    if body.shape[1] > 1:
        ax.legend(fontsize=7, loc="lower right")


def _comparison_panel(ax, view: Portfolio) -> None:
    ax.set_title("DAC 분야(CRS 1순위)별 사업 수")
    if view.comparison.empty:
        ax.set_axis_off()
        return
    data = view.comparison.iloc[::-1]
    colors = ["#2f7d4f" if "스마트시티" in v else "#9aa5b1" for v in data["ODA 분야 집계"]]
    ax.barh(list(data.index), list(data["사업 수"]), color=colors, label="전체")
    ax.barh(list(data.index), list(data["ODA 사업 수"]), color="none", edgecolor="#1f2933", hatch="//",
            label="그중 ODA")
    ax.legend(fontsize=7, loc="lower right")
    ax.set_xlabel("사업 수 (초록: ODA 분야 집계에서도 도시개발로 잡힘)")


def _summary_panel(ax, view: Portfolio) -> None:
    ax.set_axis_off()
    lines = view.summary + [f"검토 필요 {len(view.review)}건 (오류 {view.errors}건 포함)"]
    text = "\n\n".join(textwrap.fill(line, SUMMARY_CHARS) for line in lines)
    ax.text(0.0, 0.95, text, va="top", ha="left", fontsize=10)
