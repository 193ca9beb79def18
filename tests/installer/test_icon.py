"""The program icon (tools/make_icon.py): the files exist, load as images, the .ico holds every size."""
import os
import struct

from PySide6.QtGui import QImage, QImageReader

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ICONS = os.path.join(ROOT, "resources", "icons")


def test_png_is_256_px(qapp):
    img = QImage(os.path.join(ICONS, "kehoach.png"))
    assert not img.isNull() and img.width() == img.height() == 256


def test_ico_holds_several_sizes(qapp):
    path = os.path.join(ICONS, "kehoach.ico")
    with open(path, "rb") as f:
        reserved, kind, count = struct.unpack("<HHH", f.read(6))
    assert (reserved, kind) == (0, 1) and count >= 4
    r = QImageReader(path)
    sizes = set()
    for i in range(r.imageCount()):
        assert r.jumpToImage(i)
        img = r.read()
        assert not img.isNull(), r.errorString()
        sizes.add(img.width())
    assert len(sizes) >= 4 and {16, 32, 48, 256} <= sizes


def test_application_has_the_icon(qapp):
    from gui.app import set_window_icon
    set_window_icon(qapp)
    assert not qapp.windowIcon().isNull()
    assert qapp.windowIcon().availableSizes()
