"""Completion charts of a plan's progress, drawn with reportlab's charting (no pixel code of ours) — pure Python.

:func:`chart_svg` gives an SVG text (the window shows it with QtSvg; a report can embed it); the data comes
from :func:`bars`, so what the chart shows is tested without rendering.
"""
from __future__ import annotations

from . import progress as pr

SERIES = (("done", "Hoàn thành", "Completed", pr.DONE, "#2e7d32"),
          ("doing", "Đang thực hiện", "In progress", pr.DOING, "#f9a825"),
          ("not_started", "Chưa thực hiện", "Not started", ("not_started",), "#c62828"),
          ("ongoing", "Thường xuyên", "Ongoing", pr.ONGOING, "#1565c0"))


def bars(items: list[pr.TaskProgress], by: str = "group") -> list[tuple[str, dict[str, int]]]:
    """[(category, {series key: count})] in plan order: by appendix group ("group") or by lead agency ("lead")."""
    out: dict[str, dict[str, int]] = {}
    for t in items:
        cats = [t.group or t.appendix_label] if by == "group" else (t.lead or [t.lead_text or "(chưa rõ)"])
        for cat in cats:
            row = out.setdefault(cat, {k: 0 for k, *_ in SERIES})
            for k, _, _, codes, _ in SERIES:
                if t.status in codes:
                    row[k] += 1
    return list(out.items())


def overdue(items: list[pr.TaskProgress], per: pr.Period) -> list[pr.TaskProgress]:
    """Tasks late at the cut-off: in progress past the due date, or not started with the due date passed."""
    return [t for t in items if t.status == "doing_late"
            or (t.status == "not_started" and t.due is not None and t.due < per.end)]


def _short(s: str, n: int = 34) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[:n - 1] + "…"


def chart_svg(data: list[tuple[str, dict[str, int]]], title: str, lang: str = "vi", width: int = 560) -> str:
    """A horizontal stacked bar chart (one bar per category, one colour per status family) as SVG text."""
    from reportlab.graphics import renderSVG
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors
    n = max(1, len(data))
    bar_h = 16
    height = 70 + n * (bar_h + 6)
    d = Drawing(width, height)
    d.add(Rect(0, 0, width, height, fillColor=colors.white, strokeColor=None))
    d.add(String(8, height - 16, title, fontName="Times-Bold", fontSize=12))
    ch = HorizontalBarChart()
    ch.x, ch.y = 210, 30
    ch.width, ch.height = width - 230, n * (bar_h + 6)
    cats = [c for c, _ in data][::-1]              # first category on top
    ch.data = [[row[k] for _, row in data][::-1] for k, *_ in SERIES]
    ch.categoryAxis.categoryNames = [_short(c) for c in cats] or [""]
    ch.categoryAxis.style = "stacked"
    ch.categoryAxis.labels.fontName = "Times-Roman"
    ch.categoryAxis.labels.fontSize = 9
    ch.categoryAxis.labels.boxAnchor = "e"
    ch.categoryAxis.labels.dx = -10
    ch.valueAxis.valueMin = 0
    ch.valueAxis.labels.fontName = "Times-Roman"
    ch.valueAxis.labels.fontSize = 8
    top = max([sum(row.values()) for _, row in data] or [1])
    ch.valueAxis.valueMax = max(1, top)
    ch.valueAxis.valueStep = max(1, round(top / 5))
    ch.barWidth = bar_h
    for i, (*_, colour) in enumerate(SERIES):
        ch.bars[i].fillColor = colors.HexColor(colour)
        ch.bars[i].strokeColor = None
    d.add(ch)
    lg = Legend()
    lg.x, lg.y = 210, 14
    lg.alignment = "right"
    lg.columnMaximum = 1
    lg.fontName = "Times-Roman"
    lg.fontSize = 9
    lg.dx = lg.dy = 8
    lg.deltax = 95
    lg.colorNamePairs = [(colors.HexColor(c), en if lang == "en" else vi) for _, vi, en, _, c in SERIES]
    d.add(lg)
    return renderSVG.drawToString(d)
