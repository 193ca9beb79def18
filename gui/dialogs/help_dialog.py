"""F1: the local help page (resources/help/index.<lang>.html) in a QTextBrowser.  No network."""
from __future__ import annotations

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


class HelpDialog(QDialog):
    def __init__(self, parent=None, lang: str | None = None):
        super().__init__(parent)
        if lang is None:
            from ..i18n import current_language
            lang = current_language()
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng"))
        self.resize(760, 640)
        lay = QVBoxLayout(self)
        self.browser = QTextBrowser()
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
        except RuntimeError:    # deleted
            pass
        _open.remove(d)
    d = HelpDialog(parent)
    _open.append(d)
    d.show()
    return d
