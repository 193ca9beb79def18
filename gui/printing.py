"""File → Print (Ctrl+P): a print preview that shows exactly the PDF's pages.

The plan is exported with :func:`core.export.export_pdf` (the same file as
File → Export PDF) into a temporary folder; each PDF page is rendered to a
bitmap with pypdfium2 and painted full-page into the QPrinter.  Preview and
paper are therefore the PDF's own pages — same line breaks, same page
numbers.  Landscape appendix pages are printed turned a quarter on portrait
sheets (see :func:`paint_pages`).

Scale: 100 %.  The print dialog opens on A4 (the decree's paper) and each PDF
page is painted at its own physical size from the sheet's corner, never
fitted to the paper (see :func:`page_rect`), so a printed page measures
exactly as the PDF does.

Resolution: 150 dpi for the on-screen preview, up to 300 dpi for a real
printer (both computed from the page size, so memory stays at one page).
"""
from __future__ import annotations

import logging
import os
import shutil
import tempfile

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

log = logging.getLogger(__name__)

PREVIEW_DPI = 150
PRINT_DPI = 300


class PdfPages:
    """The pages of a PDF file as QImages (rendered on demand)."""

    def __init__(self, path: str):
        import pypdfium2 as pdfium
        self.path = path
        self.doc = pdfium.PdfDocument(path)

    def __len__(self) -> int:
        return len(self.doc)

    def size_pt(self, i: int) -> tuple[float, float]:
        w, h = self.doc[i].get_size()
        return float(w), float(h)

    def landscape(self, i: int) -> bool:
        w, h = self.size_pt(i)
        return w > h

    def image(self, i: int, dpi: float) -> QImage:
        page = self.doc[i]
        bm = page.render(scale=dpi / 72.0, rev_byteorder=True)   # RGB byte order
        try:
            # copy the pixels into a QImage that owns its memory (a QImage wrapping pdfium's buffer
            # would outlive it, and PySide6's buffer bookkeeping then crashes at interpreter exit)
            img = QImage(bm.width, bm.height, QImage.Format_RGB888 if bm.n_channels == 3 else QImage.Format_RGBA8888)
            src = memoryview(bm.buffer).cast("B")
            dst = img.bits()
            bpl, stride = img.bytesPerLine(), bm.stride
            if bpl == stride:
                dst[:stride * bm.height] = src[:stride * bm.height]
            else:
                n = min(bpl, stride)
                for y in range(bm.height):
                    dst[y * bpl:y * bpl + n] = src[y * stride:y * stride + n]
            return img
        finally:
            bm.close()
            page.close()

    def close(self) -> None:
        try:
            self.doc.close()
        except Exception:
            log.exception("print preview: closing the PDF failed")


def _layout(landscape: bool, size_pt: tuple[float, float]) -> QPageLayout:
    """The sheet for a PDF page of *size_pt*: A4 for the decree's A4 pages (so the print dialog
    opens on A4, whatever the printer's own default), the page's own size otherwise; no margins."""
    w, h = sorted(size_pt)
    a4 = QPageSize(QPageSize.PageSizeId.A4)
    a4w, a4h = a4.sizePoints().width(), a4.sizePoints().height()
    if abs(w - a4w) <= 2 and abs(h - a4h) <= 2:
        ps = a4
    else:
        ps = QPageSize(QSizeF(w, h), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    return QPageLayout(ps, QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
                       QMarginsF(0, 0, 0, 0))


def page_rect(printer: QPrinter, size_pt: tuple[float, float]) -> QRectF:
    """Where a PDF page of *size_pt* (points) goes on the sheet, in device pixels: at 100 %, its own
    physical size from the sheet's top-left corner — never stretched or shrunk to the paper
    ("fit to page" would make 14 pt text smaller than the decree's size and move the margins)."""
    k = printer.resolution() / 72.0
    w, h = size_pt[0] * k, size_pt[1] * k
    sheet = printer.paperRect(QPrinter.DevicePixel)
    for sw, sh in ((sheet.width(), sheet.height()), (sheet.height(), sheet.width())):
        if abs(sw - w) <= 0.5 * k and abs(sh - h) <= 0.5 * k:
            # the same paper (Qt keeps A4 as 595 × 842 pt, the PDF as 595.28 × 841.89): exactly the sheet
            return QRectF(0, 0, sw, sh)
    return QRectF(0, 0, w, h)


def paint_pages(printer: QPrinter, pages: PdfPages, dpi: float | None = None) -> int:
    """Paint every page of *pages* full-page into *printer*; returns the number painted.

    Every sheet is portrait (Qt's preview cannot change orientation within a
    job, and the paper goes through the printer that way anyway): a
    landscape page is turned a quarter to the left, its top along the
    sheet's left edge, as Word prints a landscape section."""
    n = len(pages)
    if n == 0:
        return 0
    if dpi is None:
        real = printer.outputFormat() == QPrinter.NativeFormat and bool(printer.printerName())
        dpi = min(PRINT_DPI, printer.resolution()) if real else PREVIEW_DPI
    printer.setFullPage(True)
    if not printer.paintingActive():
        printer.setPageLayout(_layout(False, pages.size_pt(0)))
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        painter.setRenderHint(QPainter.SmoothPixmapTransform, True)
        for i in range(n):
            if i:
                printer.newPage()
            img = pages.image(i, dpi)
            sheet = QRectF(printer.paperRect(QPrinter.DevicePixel))
            target = page_rect(printer, pages.size_pt(i))          # 100 %: the PDF page's own size
            if target.width() > target.height() and sheet.width() < sheet.height():
                painter.save()
                painter.translate(0, target.width())
                painter.rotate(-90)
                painter.drawImage(target, img)
                painter.restore()
            else:
                painter.drawImage(target, img)
    finally:
        painter.end()
    return n


def fit_to_screen(dlg, parent, width: int, height: int) -> None:
    """*width*×*height*, but within the screen's available area (1366×768 less a 40-px taskbar leaves
    about 728 px; the window frame takes some 30 more), centred on it."""
    from PySide6.QtGui import QGuiApplication
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    if screen is None:
        dlg.resize(width, height)
        return
    area = screen.availableGeometry()
    frame = 32                                     # title bar and borders the window system adds
    w, h = min(width, area.width() - 16), min(height, area.height() - frame - 8)
    dlg.resize(w, h)
    dlg.move(area.x() + (area.width() - w) // 2, area.y() + max(0, (area.height() - h - frame) // 2))


class PrintJob:
    """Export *plan* to a temporary PDF and keep its pages for preview/printing."""

    def __init__(self, plan, name: str = ""):
        from core.export import export_pdf
        self.name = name   # the job's name (preview title, printer queue): the plan file's name
        self.dir = tempfile.mkdtemp(prefix="kh-print-")
        self.pdf_path = os.path.join(self.dir, "ke-hoach.pdf")
        export_pdf(plan, self.pdf_path)
        self.pages = PdfPages(self.pdf_path)
        self.dialogs: list = []
        self.closed = False

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.HighResolution)
        printer.setPageLayout(_layout(False, self.pages.size_pt(0) if len(self.pages) else (595.276, 841.89)))
        printer.setFullPage(True)       # after the layout, which resets it: the page's corner is the sheet's
        printer.setDocName(self.name or "Kế hoạch")
        return printer

    def preview_dialog(self, parent=None, printer: QPrinter | None = None) -> QPrintPreviewDialog:
        self.printer = printer or self.make_printer()
        dlg = QPrintPreviewDialog(self.printer, parent)
        dlg.paintRequested.connect(self._paint)
        fit_to_screen(dlg, parent, 1000, 720)
        self.dialogs.append(dlg)
        return dlg

    def _paint(self, printer) -> None:
        if not self.closed:
            paint_pages(printer, self.pages)

    def close(self) -> None:
        """Free the PDF and the temporary folder; the job's dialogs are disconnected and deleted."""
        if self.closed:
            return
        self.closed = True
        for dlg in self.dialogs:
            try:
                dlg.paintRequested.disconnect(self._paint)
                dlg.hide()
                dlg.deleteLater()
            except (RuntimeError, TypeError):   # already deleted by Qt
                log.debug("print preview dialog already deleted", exc_info=True)
        self.dialogs = []
        self.pages.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def print_plan(parent, plan) -> None:
    """File → Print: the preview dialog, whose Print button sends the same pages to the printer."""
    job = PrintJob(plan)
    try:
        dlg = job.preview_dialog(parent)
        dlg.exec()
    finally:
        job.close()
