"""Draw the program icon: a white A4 page with a red header band and three grey text lines.

    .venv/bin/python tools/make_icon.py

Writes resources/icons/kehoach.png (256 px) and resources/icons/kehoach.ico
(16, 24, 32, 48, 64, 128 and 256 px).  Each size is drawn on its own pixel
grid (not scaled down from 256), so the page edge, the band and the lines stay
sharp at 16 px.  The .ico container is written here (Qt's ico writer stores a
single image): a 6-byte header, one 16-byte entry per size, then the images,
each PNG-compressed (read by Windows Vista and later).
"""
from __future__ import annotations

import os
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")    # no window is shown

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen  # noqa: E402

OUT_DIR = os.path.join(ROOT, "resources", "icons")
SIZES = (16, 24, 32, 48, 64, 128, 256)
RED = QColor("#DA251D")          # the red of the Vietnamese flag
PAGE = QColor("#FFFFFF")
EDGE = QColor("#6B6B6B")
LINE = QColor("#9A9A9A")


def draw(size: int) -> QImage:
    img = QImage(size, size, QImage.Format_ARGB32)
    img.fill(Qt.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.Antialiasing, size >= 48)
    p.setRenderHint(QPainter.TextAntialiasing, True)
    px = lambda f: round(size * f)        # noqa: E731  fractions of the size, on the pixel grid
    # the page: A4-like (1 : 1.41), centred, touching top and bottom
    top, bottom = px(0.03), size - px(0.03)
    h = bottom - top
    w = max(round(h / 1.41), 4)
    left = (size - w) // 2
    edge = max(1, round(size / 64))
    p.fillRect(left, top, w, h, EDGE)
    p.fillRect(left + edge, top + edge, w - 2 * edge, h - 2 * edge, PAGE)
    # red header band
    band = max(3, px(0.28))
    p.fillRect(left + edge, top + edge, w - 2 * edge, band, RED)
    if size >= 48:                      # "KH" where there is room to read it
        f = QFont("DejaVu Sans")
        f.setBold(True)
        f.setPixelSize(max(8, round(band * 0.68)))
        p.setFont(f)
        p.setPen(QPen(PAGE))
        p.drawText(QRectF(left + edge, top + edge, w - 2 * edge, band), Qt.AlignCenter, "KH")
    # three grey text lines, the last one shorter
    inner_l = left + edge + max(2, px(0.07))
    inner_r = left + w - edge - max(2, px(0.07))
    thick = max(1, px(0.045))
    avail = bottom - edge - (top + edge + band)
    step = max(thick + 1, avail // 4)
    y = top + edge + band + step - thick // 2
    for i in range(3):
        right = inner_r if i < 2 else inner_l + round((inner_r - inner_l) * 0.6)
        p.fillRect(inner_l, y, max(1, right - inner_l), thick, LINE)
        y += step
    p.end()
    return img


def png_bytes(img: QImage) -> bytes:
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return bytes(ba)


def ico_bytes(images: list[QImage]) -> bytes:
    """An ICO file holding *images*, each stored as PNG."""
    pngs = [png_bytes(i) for i in images]
    out = struct.pack("<HHH", 0, 1, len(images))            # reserved, type 1 = icon, count
    offset = 6 + 16 * len(images)
    for img, data in zip(images, pngs):
        w, h = img.width(), img.height()
        # width, height (0 means 256), colours, reserved, planes, bits per pixel, size, offset
        out += struct.pack("<BBBBHHII", w % 256, h % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(pngs)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])   # fonts need an application
    os.makedirs(OUT_DIR, exist_ok=True)
    from core.fileio import atomic_write
    images = [draw(s) for s in SIZES]
    for name, data in (("kehoach.png", png_bytes(images[-1])), ("kehoach.ico", ico_bytes(images))):
        atomic_write(os.path.join(OUT_DIR, name), data)
        os.chmod(os.path.join(OUT_DIR, name), 0o644)
    print(f"wrote {OUT_DIR}/kehoach.png and kehoach.ico ({', '.join(map(str, SIZES))} px)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
