"""A reportlab Drawing as a PNG picture for the Word file — pure Python, no Qt.

reportlab's own bitmap renderer (renderPM) needs the rlPyCairo backend since reportlab 4.x ("rl_renderPM is
gone"), and rlPyCairo needs pycairo, which has no wheel for Linux and a C build otherwise. The program already
ships both halves of another road: reportlab draws the Drawing as a one-page PDF (renderPDF, with the embedded
Liberation Serif, so Vietnamese letters are right) and pdfium (pypdfium2, used for printing) rasterises that
page. The pixels are only packed into a PNG file here (zlib; Pillow is left out of the installer) — the chart
itself is drawn by reportlab's charting.
"""
from __future__ import annotations

import struct
import zlib

DPI = 200        # sharp on paper at the chart's printed size, about 60 kB a chart


def png_bytes(rgb: bytes, width: int, height: int, stride: int) -> bytes:
    """An 8-bit RGB PNG of rows of *stride* bytes (the first ``3 * width`` of each are the pixels)."""
    row = 3 * width
    raw = b"".join(b"\x00" + rgb[y * stride:y * stride + row] for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    ppm = int(round(DPI / 0.0254))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1))
            + chunk(b"IDAT", zlib.compress(raw, 3)) + chunk(b"IEND", b""))


def drawing_png(drawing, dpi: int = DPI) -> tuple[bytes, int, int]:
    """(PNG bytes, pixel width, pixel height) of a reportlab Drawing rendered at *dpi*."""
    import pypdfium2 as pdfium
    from reportlab.graphics import renderPDF

    from .layout import register_fonts
    register_fonts()
    pdf = pdfium.PdfDocument(renderPDF.drawToString(drawing))
    try:
        page = pdf[0]
        bm = page.render(scale=dpi / 72.0, rev_byteorder=True)   # RGB on white
        try:
            if bm.n_channels != 3:
                raise ValueError(f"unexpected bitmap with {bm.n_channels} channels")
            data = bytes(memoryview(bm.buffer).cast("B"))
            return png_bytes(data, bm.width, bm.height, bm.stride), bm.width, bm.height
        finally:
            bm.close()
            page.close()
    finally:
        pdf.close()
