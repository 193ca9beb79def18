"""File → Print: the preview and the printed pages are the PDF export's pages."""
import os

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QTransform
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from core.store.planfile import load_plan

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "resources", "samples", "004_e03d70a70aa68992.sqlite")   # has landscape pages

pytest.importorskip("pypdfium2")


def gray(img: QImage, w: int, h: int) -> bytes:
    g = img.convertToFormat(QImage.Format_Grayscale8).scaled(w, h, Qt.IgnoreAspectRatio, Qt.SmoothTransformation)
    return bytes(g.constBits())[: w * h] if g.bytesPerLine() == w else \
        b"".join(bytes(g.constScanLine(y))[:w] for y in range(h))


def mean_diff(a: bytes, b: bytes) -> float:
    return sum(abs(x - y) for x, y in zip(a, b)) / len(a)


@pytest.fixture
def job(qapp):
    from gui.printing import PrintJob
    j = PrintJob(load_plan(SAMPLE))
    yield j
    j.close()
    # destroy the dialogs and pdfium objects now, not at interpreter exit
    from PySide6.QtCore import QCoreApplication, QEvent
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    import gc
    gc.collect()


def test_preview_has_the_pdf_page_count(job, qtbot):
    n = len(job.pages)
    assert n >= 2 and any(job.pages.landscape(i) for i in range(n))
    dlg = job.preview_dialog()
    qtbot.addWidget(dlg)
    dlg.show()
    w = dlg.findChild(QPrintPreviewWidget)
    w.updatePreview()
    qtbot.waitUntil(lambda: w.pageCount() > 0, timeout=5000)
    assert w.pageCount() == n


def test_printed_pages_are_the_pdf_pages(job, tmp_path):
    """Paint into a PDF printer as the Print button does; every sheet equals the PDF page
    (landscape pages turned a quarter onto portrait sheets)."""
    from gui.printing import PdfPages, paint_pages
    out = str(tmp_path / "printed.pdf")
    pr = QPrinter(QPrinter.HighResolution)
    pr.setOutputFormat(QPrinter.PdfFormat)
    pr.setOutputFileName(out)
    assert paint_pages(pr, job.pages, dpi=100) == len(job.pages)
    printed = PdfPages(out)
    try:
        assert len(printed) == len(job.pages)
        def thumb(img):
            return gray(img, 170, 120) if img.width() > img.height() else gray(img, 120, 170)

        sheets = []
        for i in range(len(job.pages)):
            pw, ph = printed.size_pt(i)
            assert pw < ph                              # every sheet portrait
            got = printed.image(i, 50)
            if job.pages.landscape(i):
                got = got.transformed(QTransform().rotate(90))   # printed turned a quarter to the left
            sheets.append(thumb(got))
        for i in range(len(job.pages)):
            src = thumb(job.pages.image(i, 50))
            same = mean_diff(src, sheets[i])
            assert same < 6.0, f"page {i + 1} differs ({same:.1f})"
            # the check can fail: the neighbouring page of the same shape is clearly further away
            j = next((k for k in (i + 1, i - 1) if 0 <= k < len(sheets) and len(sheets[k]) == len(src)
                      and job.pages.landscape(k) == job.pages.landscape(i)), None)
            if j is not None:
                assert mean_diff(src, sheets[j]) > 1.5 * same, f"page {i + 1} not told apart from {j + 1}"
    finally:
        printed.close()


def _page_box(img: QImage) -> QRect:
    """Bounding box of the white page on the preview's grey background."""
    g = img.convertToFormat(QImage.Format_Grayscale8)
    w, h = g.width(), g.height()
    rows = [bytes(g.constScanLine(y))[:w] for y in range(h)]
    ys = [y for y, r in enumerate(rows) if r.count(255) > w // 4]
    cols = [x for x in range(0, w) if sum(1 for y in ys[::4] if rows[y][x] == 255) > len(ys[::4]) // 2]
    return QRect(cols[0], ys[0], cols[-1] - cols[0] + 1, ys[-1] - ys[0] + 1)


def test_preview_page_looks_like_the_pdf_page(job, qtbot):
    dlg = job.preview_dialog()
    qtbot.addWidget(dlg)
    dlg.resize(900, 1100)
    dlg.show()
    w = dlg.findChild(QPrintPreviewWidget)
    w.updatePreview()
    w.setViewMode(QPrintPreviewWidget.SinglePageView)
    w.fitInView()
    qtbot.wait(50)
    shot = w.grab().toImage()
    box = _page_box(shot)
    assert box.width() > 200 and box.height() > 300
    page = shot.copy(box)
    a = gray(page, 120, 170)
    assert mean_diff(a, gray(job.pages.image(0, 72), 120, 170)) < 12.0
    assert mean_diff(a, gray(job.pages.image(1, 72), 120, 170)) > mean_diff(a, gray(job.pages.image(0, 72), 120, 170))
