"""Completion charts of a plan's progress, drawn with reportlab's charting (no pixel code of ours) — pure Python.

:func:`chart_drawing` gives a reportlab Drawing: the window shows it as SVG (:func:`chart_svg`, QtSvg), the
report draws it in the PDF and as a picture in the .docx (core.export); the data comes
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


def _label(s: str, font: str, size: float, width: float, lines: int = 2) -> str:
    """*s* broken on words into at most *lines* lines no wider than *width* points, the last one cut with "…"."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words = " ".join(s.split()).split(" ")
    out: list[str] = []
    cur = " ".join(words) if lines <= 1 else ""
    for i, w in enumerate(words if lines > 1 else ()):
        cand = f"{cur} {w}".strip()
        if stringWidth(cand, font, size) <= width or not cur:
            cur = cand
            continue
        out.append(cur)
        cur = w
        if len(out) == lines - 1:
            cur = " ".join(words[i:])
            break
    if stringWidth(cur, font, size) > width:
        while cur and stringWidth(cur + "…", font, size) > width:
            cur = cur[:-1]
        cur = cur.rstrip() + "…"
    return "\n".join(out + [cur])


MAX_BARS = 15    # a chart with more categories keeps the biggest ones and sums the rest in one bar: the report's two
                 # charts then fit one A4 page together


def fold_rest(data: list[tuple[str, dict[str, int]]], limit: int = MAX_BARS,
              rest: str = "Các cơ quan khác") -> list[tuple[str, dict[str, int]]]:
    """At most *limit* bars: the categories with most tasks (in their order), the others summed as "*rest* (k)"."""
    if len(data) <= limit:
        return data
    keep = {c for c, _ in sorted(data, key=lambda x: -sum(x[1].values()))[:limit - 1]}
    others = [row for c, row in data if c not in keep]
    total = {k: sum(r[k] for r in others) for k, *_ in SERIES}
    return [(c, row) for c, row in data if c in keep] + [(f"{rest} ({len(others)})", total)]


def _nice_step(top: int, ticks: int = 6) -> int:
    """A whole step of 1, 2 or 5 × 10ⁿ giving at most *ticks* intervals up to *top* (counts are whole)."""
    base = 1
    while True:
        for k in (1, 2, 5):
            if top <= base * k * ticks:
                return base * k
        base *= 10


def chart_drawing(data: list[tuple[str, dict[str, int]]], title: str, lang: str = "vi", width: float = 560,
                  fonts: tuple[str, str] = ("Times-Roman", "Times-Bold")):
    """A horizontal stacked bar chart (one bar per category, one colour per status family) as a reportlab
    Drawing *width* points wide; *fonts* (regular, bold) must cover the text — the report passes the embedded
    Liberation Serif (core.export.layout.register_fonts), reportlab's Times has no Vietnamese letters.
    "Thường xuyên" is left out of a plan without ongoing tasks (as the statistics sentence does)."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors
    regular, bold = fonts
    n = max(1, len(data))
    few = n <= 14                                  # room for labels on two lines
    bar_h, gap = (13, 9) if few else (9, 5)
    size = 8.5 if few else 9
    series = [s for s in SERIES if s[0] != "ongoing" or any(row["ongoing"] for _, row in data)]
    label_w = min(210, width * 0.42)
    height = 70 + n * (bar_h + gap)
    d = Drawing(width, height)
    d.add(Rect(0, 0, width, height, fillColor=colors.white, strokeColor=None))
    d.add(String(8, height - 16, title, fontName=bold, fontSize=12))
    ch = HorizontalBarChart()
    ch.x, ch.y = label_w, 36
    ch.width, ch.height = width - label_w - 20, n * (bar_h + gap)
    cats = [c for c, _ in data][::-1]              # first category on top
    ch.data = [[row[k] for _, row in data][::-1] for k, *_ in series]
    ch.categoryAxis.categoryNames = [_label(c, regular, size, label_w - 14, 2 if few else 1) for c in cats] or [""]
    ch.categoryAxis.style = "stacked"
    ch.categoryAxis.labels.fontName = regular
    ch.categoryAxis.labels.fontSize = size
    ch.categoryAxis.labels.leading = size + 1      # two lines fit the bar's slot
    ch.categoryAxis.labels.boxAnchor = "e"
    ch.categoryAxis.labels.textAnchor = "end"
    ch.categoryAxis.labels.dx = -10
    ch.valueAxis.valueMin = 0
    ch.valueAxis.labels.fontName = regular
    ch.valueAxis.labels.fontSize = 8
    top = max([sum(row.values()) for _, row in data] or [1])
    step = _nice_step(top)
    ch.valueAxis.valueMax = step * -(-max(1, top) // step)
    ch.valueAxis.valueStep = step
    ch.barWidth = bar_h
    for i, (*_, colour) in enumerate(series):
        ch.bars[i].fillColor = colors.HexColor(colour)
        ch.bars[i].strokeColor = None
    d.add(ch)
    lg = Legend()
    lg.x, lg.y = 8, 10
    lg.alignment = "right"
    lg.columnMaximum = 1
    lg.fontName = regular
    lg.fontSize = 9
    lg.dx = lg.dy = 8
    lg.deltax = min(105, (width - 16) / max(1, len(series)))
    lg.colorNamePairs = [(colors.HexColor(c), en if lang == "en" else vi) for _, vi, en, _, c in series]
    d.add(lg)
    return d


def chart_svg(data: list[tuple[str, dict[str, int]]], title: str, lang: str = "vi", width: int = 560) -> str:
    """The chart of :func:`chart_drawing` as SVG text (the progress page shows it with QtSvg)."""
    from reportlab.graphics import renderSVG
    svg = renderSVG.drawToString(chart_drawing(data, title, lang, width))
    # reportlab names its built-in Times by its PostScript names, which no system font carries: name the font
    # with Times' metrics (Times New Roman; Liberation Serif where fontconfig maps it) so the labels keep the
    # widths they were measured with
    return (svg.replace("font-family: Times-Bold", "font-family: 'Times New Roman'; font-weight: bold")
            .replace("font-family: Times-Roman", "font-family: 'Times New Roman'"))
