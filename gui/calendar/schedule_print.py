"""Print the work schedule (lịch công tác) of the calendar's week or month as one A4 table.

The content — title, period, headers, rows grouped by day — is :func:`core.deadlines.agenda.schedule_table`;
this module only lays it out: an HTML table in a :class:`QTextDocument` laid out on the printer itself
(so the font sizes are the printed ones), on A4 with 15 mm margins.  The font shrinks from
:data:`START_PT` down to :data:`FLOOR_PT` until the table fits one page; portrait or landscape, whichever
fits the larger font.  A table that does not fit one page even at the floor is printed on more pages
with its header row repeated, and :attr:`Fit.fits` is False (the page says so to the clerk).
"""
from __future__ import annotations

import html
import os
import sys
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QFontDatabase, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

START_PT = 13.0
FLOOR_PT = 7.0
STEP_PT = 0.5
MARGIN_MM = 15.0
MARK_COLOURS = {"overdue": "#c62828", "soon": "#e65100", "done": "#2e7d32", "later": "#000000"}

_FAMILY: list[str] = []


def font_family() -> str:
    """Times New Roman on Windows (the decree's font); elsewhere the program's own Times-metric Liberation
    Serif 2.1 (resources/fonts), which has every Vietnamese letter."""
    if sys.platform == "win32":
        return "Times New Roman"
    if not _FAMILY:
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        fam = ""
        for f in ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf"):
            i = QFontDatabase.addApplicationFont(os.path.join(root, "resources", "fonts", f))
            if i >= 0 and not fam:
                fams = QFontDatabase.applicationFontFamilies(i)
                fam = fams[0] if fams else ""
        _FAMILY.append(fam or "Times New Roman")
    return _FAMILY[0]


def schedule_html(table, pt: float) -> str:
    """The table as HTML at *pt* points (cell padding in the layout's logical 96-dpi pixels, which Qt scales
    to the printer)."""
    e = html.escape
    pad = max(1, round(3 * pt / 12))
    head = (f'<p align="center" style="font-size:{pt * 1.25:.1f}pt; font-weight:bold; margin:0">{e(table.title)}</p>'
            f'<p align="center" style="font-size:{pt * 1.05:.1f}pt; font-weight:bold; margin:0">{e(table.period)}</p>')
    if table.source:
        head += f'<p align="center" style="font-size:{pt * 0.9:.1f}pt; font-style:italic; margin:0">{e(table.source)}</p>'
    head += f'<p style="font-size:{pt * 0.5:.1f}pt; margin:0">&nbsp;</p>'
    widths = ("13%", "49%", "22%", "16%")
    th = "".join(f'<th width="{w}" bgcolor="#e8e8e8">{e(h)}</th>' for w, h in zip(widths, table.headers))
    body = []
    for r in table.rows:
        cells = ""
        if r.day_rows:
            cells += f'<td rowspan="{r.day_rows}" align="center">{e(r.day).replace(chr(10), "<br>")}</td>'
        col = MARK_COLOURS.get(r.mark, "#000000")
        cells += (f"<td>{e(r.task)}</td><td>{e(r.lead)}</td>"
                  f'<td><span style="color:{col}">{e(r.state)}</span></td>')
        body.append(f"<tr>{cells}</tr>")
    if not body:
        body.append(f'<tr><td colspan="4" align="center"><i>{e(table.empty)}</i></td></tr>')
    return (f'<html><body style="font-family:\'{font_family()}\'; font-size:{pt:.1f}pt">{head}'
            f'<table width="100%" border="1" cellspacing="0" cellpadding="{pad}" '
            f'style="border-collapse:collapse; border-color:#000000; border-style:solid">'
            f"<thead><tr>{th}</tr></thead>{''.join(body)}</table></body></html>")


@dataclass
class Fit:
    doc: QTextDocument
    pt: float
    landscape: bool
    pages: int

    @property
    def fits(self) -> bool:
        return self.pages == 1


def set_sheet(printer: QPrinter, landscape: bool) -> None:
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                      QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
                                      QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter))
    printer.setFullPage(False)


def _doc(table, printer: QPrinter, pt: float) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(printer)
    doc.setDocumentMargin(0)
    doc.setHtml(schedule_html(table, pt))
    r = printer.pageRect(QPrinter.DevicePixel)
    doc.setPageSize(QSizeF(r.width(), r.height()))
    return doc


def fit_on(printer: QPrinter, table) -> Fit:
    """The largest font (START_PT … FLOOR_PT) at which *table* fits one page of *printer*'s sheet as it is."""
    landscape = printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    pt = START_PT
    while True:
        doc = _doc(table, printer, pt)
        n = doc.pageCount()
        if n <= 1 or pt - STEP_PT < FLOOR_PT - 1e-9:
            return Fit(doc, pt, landscape, n)
        pt -= STEP_PT


def best_fit(printer: QPrinter, table) -> Fit:
    """Portrait or landscape A4, whichever fits one page with the larger font (portrait on a tie; fewer
    pages when neither fits at the floor); *printer* is left on that sheet."""
    fits = []
    for landscape in (False, True):
        set_sheet(printer, landscape)
        fits.append(fit_on(printer, table))
    best = min(fits, key=lambda f: (f.pages, -f.pt, f.landscape))
    set_sheet(printer, best.landscape)
    return best


def paint(printer: QPrinter, fit: Fit) -> None:
    """Paint *fit*'s pages on *printer* (already on its sheet)."""
    r = printer.pageRect(QPrinter.DevicePixel)
    w, h = r.width(), r.height()
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        for i in range(fit.doc.pageCount()):
            if i:
                printer.newPage()
            painter.save()
            painter.translate(0, -i * h)
            fit.doc.drawContents(painter, QRectF(0, i * h, w, h))
            painter.restore()
    finally:
        painter.end()


def print_pdf(table, path: str) -> Fit:
    """Write the schedule to the PDF *path* (tests, and a clerk's "print to file"); returns how it fitted."""
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(path)
    fit = best_fit(printer, table)
    paint(printer, fit)
    return fit


class ScheduleJob:
    """The preview dialog of one schedule: its Print button sends the same page to the printer."""

    def __init__(self, table, name: str = ""):
        self.table = table
        self.printer = QPrinter(QPrinter.HighResolution)
        self.printer.setDocName(name or table.title)
        self.fit = best_fit(self.printer, table)

    def preview_dialog(self, parent=None) -> QPrintPreviewDialog:
        from ..printing import fit_to_screen
        dlg = QPrintPreviewDialog(self.printer, parent)
        dlg.paintRequested.connect(self._paint)
        fit_to_screen(dlg, parent, 1000, 720)
        self.dialog = dlg
        return dlg

    def _paint(self, printer) -> None:
        # the clerk may have turned the sheet in the preview: fit again on the sheet as it is now
        self.fit = fit_on(printer, self.table)
        paint(printer, self.fit)
