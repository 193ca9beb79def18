"""F1: the local help page (resources/help/index.<lang>.html) in a QTextBrowser.  No network."""
from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout


def help_dir() -> str:
    base = getattr(sys, "_MEIPASS", None) or os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    return os.path.join(base, "resources", "help")


def help_path(lang: str) -> str:
    p = os.path.join(help_dir(), f"index.{'en' if lang == 'en' else 'vi'}.html")
    return p if os.path.exists(p) else os.path.join(help_dir(), "index.vi.html")


def shortcut_rows(window) -> list[tuple[str, str]]:
    """(keys, "Menu → Action") for every menu action of *window* that has a shortcut, in menu order and in
    the interface language — the Help page's shortcut table is made from the window itself, so it
    cannot miss a key or name an old one."""
    from PySide6.QtGui import QKeySequence
    rows = []

    def walk(menu, path):
        for a in menu.actions():
            if a.menu() is not None:
                walk(a.menu(), path + [a.text()])
            elif not a.isSeparator() and a.shortcuts():
                keys = " / ".join(k.toString(QKeySequence.NativeText) for k in a.shortcuts())
                name = " → ".join(p.replace("&", "") for p in path + [a.text().split(": ")[0]])
                rows.append((keys, name))
    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), [top.text()])
    return rows


def _tr(s: str) -> str:
    from PySide6.QtCore import QCoreApplication
    return QCoreApplication.translate("HelpDialog", s)


def extra_rows() -> list[tuple[str, str]]:
    """Keys that belong to a place (the tree, the table, a text field), not to a menu."""
    return [("Del / F2", _tr("Trong cây mục: xóa mục / đổi tên mục")),
            ("Ctrl+Delete", _tr("Trong cây mục hoặc bảng: xóa mục hoặc các dòng đang chọn")),
            ("Ctrl+B / Ctrl+I", _tr("Trong ô soạn thảo: chữ đậm / chữ nghiêng")),
            ("Ctrl+C / Ctrl+V", _tr("Trong bảng: chép / dán các ô (cả khối ô từ Excel)")),
            ("Ctrl+Shift+V", _tr("Trong bảng: dán thành các dòng mới bên dưới")),
            ("Enter / Shift+Enter", _tr("Trong ô của bảng: lưu ô / xuống dòng trong ô")),
            ("Ctrl+D / Ctrl+R", _tr("Trong bảng: chép ô trên xuống / ô trái sang các ô đang chọn (như Excel)")),
            (_tr("Kéo ô vuông ở góc vùng chọn"), _tr("Trong bảng: chép các ô đang chọn xuống các dòng bên dưới / "
                                                  "sang các cột bên phải (như Excel); Esc để thôi")),
            ("Ctrl+" + _tr("lăn chuột"), _tr("Phóng to, thu nhỏ chữ của nội dung mục và bảng")),
            ("Ctrl+1 / Ctrl+2 / Ctrl+3", _tr("Trong lịch hạn: xem theo tháng / tuần / danh sách")),
            (_tr("Alt+I"), _tr("Trong lịch hạn: in lịch công tác của tuần hoặc tháng đang xem")),
            ("Alt", _tr("Mở thực đơn bằng bàn phím (chữ gạch chân)"))]


def shortcut_table(window) -> str:
    from html import escape
    rows = shortcut_rows(window) + extra_rows()
    body = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
    return f'<table border="1" cellpadding="4" cellspacing="0">{body}</table>'


class HelpBrowser(QTextBrowser):
    """The help page with its shortcut section (``id="phim"`` / ``id="keys"``) filled from the window."""

    def __init__(self, window=None):
        super().__init__()
        self.window_ = window

    def loadResource(self, kind, url):   # noqa: N802 (Qt API)
        got = super().loadResource(kind, url)
        if self.window_ is None or not url.toLocalFile().endswith(".html"):
            return got
        try:
            text = bytes(got).decode("utf-8") if not isinstance(got, str) else got
        except (TypeError, UnicodeDecodeError):
            return got
        import re
        m = re.search(r'(<h2 id="(?:phim|keys)">.*?</h2>\s*)<table.*?</table>', text, re.S)
        if m:
            text = text[:m.start()] + m.group(1) + shortcut_table(self.window_) + text[m.end():]
        return text


class HelpDialog(QDialog):
    def __init__(self, parent=None, lang: str | None = None):
        super().__init__(parent)
        if lang is None:
            from ..i18n import current_language
            lang = current_language()
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng"))
        self.resize(760, 640)
        lay = QVBoxLayout(self)
        win = parent if parent is not None and hasattr(parent, "menuBar") else None
        self.browser = HelpBrowser(win)
        self.browser.setOpenExternalLinks(False)     # offline: only the local page and its anchors
        self.browser.setOpenLinks(True)
        self.browser.setSearchPaths([help_dir()])
        self.browser.setSource(QUrl.fromLocalFile(help_path(lang)))
        lay.addWidget(self.browser)
        bb = QDialogButtonBox(QDialogButtonBox.Close)
        bb.button(QDialogButtonBox.Close).setText(self.tr("Đóng"))
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)


_open: list = []


def show_help(parent=None) -> HelpDialog:
    """Open the help window (non-modal, one at a time)."""
    for d in list(_open):
        try:
            if d.isVisible():
                d.raise_()
                d.activateWindow()
                return d
        except RuntimeError:    # deleted by Qt: a new one is made below
            logging.getLogger(__name__).debug("help window already deleted", exc_info=True)
        _open.remove(d)
    d = HelpDialog(parent)
    _open.append(d)
    d.show()
    return d
