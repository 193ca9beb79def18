"""The page shown while no plan is open — on first start and after a plan is closed.

It offers what a clerk starts with: a new plan from a template, open a plan, import from Word, open the
sample (clearly labelled, opened as a copy so the resource never changes), and the recent files. The
program no longer opens a scratch copy of the 2021 sample on its own.
"""
from __future__ import annotations

import os
from html import escape as html_escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PATH_ROLE = Qt.UserRole + 1


class WelcomePage(QWidget):
    openRecent = Signal(str)
    openSample = Signal()

    def __init__(self, win):
        super().__init__()
        self.setObjectName("welcome")
        t = self.tr
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        col = QVBoxLayout()
        outer.addLayout(col, 3)
        outer.addStretch(1)
        col.addStretch(1)
        self.intro = QLabel()
        self.intro.setAlignment(Qt.AlignCenter)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.RichText)
        col.addWidget(self.intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.buttons = {}
        self.hints = {}

        def key(a):
            return a.shortcut().toString(QKeySequence.NativeText)
        rows = [("new", t("Kế hoạch mới từ mẫu…"),
                 t("Tệp → Mới từ mẫu…: PAPI, PAR INDEX, SIPAS hoặc trống; điền sẵn cơ quan của mình"), win.a_new),
                ("open", t("Mở kế hoạch…"), t("Tệp → Mở…: tệp .sqlite, hoặc tệp .zip nhận qua thư"), win.a_open),
                ("import", t("Nhập từ Word…"), t("Tệp → Nhập từ Word (.docx)…: lập kế hoạch từ một văn bản đã có"),
                 win.a_import),
                ("sample", t("Mở kế hoạch mẫu để xem thử"),
                 t("Bản sao của kế hoạch mẫu năm 2021 (huyện Vị Xuyên); tệp mẫu không bị sửa"), None)]
        for i, (name, label, hint, action) in enumerate(rows):
            b = QPushButton(label + (f"  ({key(action)})" if action is not None and key(action) else ""))
            b.setObjectName(f"welcome-{name}")
            b.setMinimumHeight(30)
            b.setStyleSheet("text-align: left; padding-left: 10px; padding-right: 10px;")
            if action is not None:
                b.clicked.connect(action.trigger)
                b.setEnabled(action.isEnabled())
            else:
                b.clicked.connect(self.openSample)
            lab = QLabel(hint)
            lab.setWordWrap(True)
            lab.setStyleSheet("color: #555;")
            grid.addWidget(b, i, 0)
            grid.addWidget(lab, i, 1)
            self.buttons[name] = b
            self.hints[name] = lab
        grid.setColumnStretch(1, 1)
        col.addSpacing(12)
        col.addLayout(grid)
        col.addSpacing(16)
        self.recent_title = QLabel(f"<b>{html_escape(t('Mở gần đây'))}</b>")
        col.addWidget(self.recent_title)
        self.recent = QListWidget()
        self.recent.setObjectName("welcome-recent")
        self.recent.setMaximumHeight(170)
        self.recent.itemActivated.connect(lambda it: self.openRecent.emit(it.data(PATH_ROLE)))
        col.addWidget(self.recent)
        self.no_recent = QLabel(t("(chưa có tệp nào)"))
        self.no_recent.setStyleSheet("color: #777;")
        col.addWidget(self.no_recent)
        col.addStretch(2)

    def text(self) -> str:
        """What the page says (heading, each button and its menu path), for the tests."""
        return "\n".join([self.intro.text()] + [f"{self.buttons[k].text()} — {self.hints[k].text()}"
                                                 for k in self.buttons])

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for p in paths:
            it = QListWidgetItem(f"{os.path.basename(p)}    —    {os.path.dirname(p)}")
            it.setData(PATH_ROLE, p)
            it.setToolTip(p)
            if not os.path.exists(p):
                it.setForeground(Qt.gray)
                it.setToolTip(p + "\n" + self.tr("(không còn tệp này ở đây)"))
            self.recent.addItem(it)
        self.recent.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)
        if paths:
            self.recent.setCurrentRow(0)
