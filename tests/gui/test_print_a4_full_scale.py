"""File → Print: the dialog opens on A4, and a page prints at 100 % — never fitted to the paper.

A printer whose own default is US Letter (common on drivers shipped for the US market) used to get
the A4 page stretched over its Letter sheet: text 3 % wider, 6 % shorter, margins moved.
"""
import os

import pytest
from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from core.store.planfile import load_plan

pytest.importorskip("pypdfium2")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "resources", "samples", "004_e03d70a70aa68992.sqlite")
A4_PT = (595.276, 841.89)


@pytest.fixture
def job(qapp):
    from gui.printing import PrintJob
    j = PrintJob(load_plan(SAMPLE))
    yield j
    j.close()
    from PySide6.QtCore import QCoreApplication, QEvent
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def test_the_printer_and_its_dialog_start_on_a4_portrait_full_page(job, qtbot):
    pr = job.make_printer()
    lay = pr.pageLayout()
    assert lay.pageSize().id() == QPageSize.PageSizeId.A4
    assert lay.orientation() == QPageLayout.Orientation.Portrait
    assert lay.margins() == QMarginsF(0, 0, 0, 0)
    assert pr.fullPage()                              # the PDF page's corner is the sheet's corner
    dlg = QPrintDialog(pr)
    qtbot.addWidget(dlg)
    assert dlg.printer().pageLayout().pageSize().id() == QPageSize.PageSizeId.A4


def test_page_rect_is_the_pdf_page_at_100_percent(qapp):
    from gui.printing import page_rect
    pr = QPrinter(QPrinter.HighResolution)
    k = pr.resolution() / 72.0
    pr.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                 QMarginsF(0, 0, 0, 0)))
    a4 = page_rect(pr, A4_PT)
    sheet = pr.paperRect(QPrinter.DevicePixel)
    assert (a4.width(), a4.height()) == (sheet.width(), sheet.height())      # A4 on A4: exactly the sheet
    assert abs(a4.width() / k - A4_PT[0]) < 0.5 and abs(a4.height() / k - A4_PT[1]) < 0.5
    pr.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.Letter), QPageLayout.Orientation.Portrait,
                                 QMarginsF(0, 0, 0, 0)))
    on_letter = page_rect(pr, A4_PT)
    assert on_letter.width() / k == pytest.approx(A4_PT[0]) and on_letter.height() / k == pytest.approx(A4_PT[1])
    assert on_letter.width() != pr.paperRect(QPrinter.DevicePixel).width()   # not stretched to Letter
    landscape = page_rect(pr, (A4_PT[1], A4_PT[0]))
    assert landscape.width() / k == pytest.approx(A4_PT[1])


def _gray(img: QImage, x0, y0, w, h) -> bytes:
    g = img.convertToFormat(QImage.Format_Grayscale8)
    return b"".join(bytes(g.constScanLine(y))[x0:x0 + w] for y in range(y0, y0 + h))


def _diff(a: bytes, b: bytes) -> float:
    return sum(abs(x - y) for x, y in zip(a, b)) / len(a)


def test_a4_page_on_a_letter_printer_prints_at_its_own_size(job, tmp_path):
    """Paint as the Print button does into a printer left on Letter (the clerk's printer default):
    the printed text sits exactly where the PDF has it, millimetre for millimetre."""
    from gui.printing import PdfPages, paint_pages
    out = str(tmp_path / "letter.pdf")
    pr = QPrinter(QPrinter.HighResolution)
    pr.setOutputFormat(QPrinter.PdfFormat)
    pr.setOutputFileName(out)
    pr.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.Letter), QPageLayout.Orientation.Portrait,
                                 QMarginsF(0, 0, 0, 0)))
    with pytest.MonkeyPatch.context() as mp:          # the clerk's choice in the dialog stays: painting is active
        mp.setattr(QPrinter, "paintingActive", lambda self: True)
        assert paint_pages(pr, job.pages, dpi=100) == len(job.pages)
    printed = PdfPages(out)
    try:
        w, h = printed.size_pt(0)
        assert (round(w), round(h)) == (612, 792)                     # still Letter paper
        dpi = 72
        src, got = job.pages.image(0, dpi), printed.image(0, dpi)
        cw, ch = min(src.width(), got.width()) - 2, min(src.height(), got.height()) - 2
        same = _diff(_gray(src, 0, 0, cw, ch), _gray(got, 0, 0, cw, ch))
        # the same page stretched to the sheet (what "fit to page" does) is clearly further away
        stretched = src.scaled(got.width(), got.height(), Qt.IgnoreAspectRatio, Qt.SmoothTransformation)
        fitted = _diff(_gray(stretched, 0, 0, cw, ch), _gray(src, 0, 0, cw, ch))
        assert same < 8.0 and fitted > 3 * same, (same, fitted)
    finally:
        printed.close()
