"""Xem → Các kế hoạch (Ctrl+Shift+K): every plan under the folders the clerk chose, in one page.

Three tabs over :mod:`core.library` (a cache database of ours, refreshed from the plan files, which are
only read): the plans (year, number, title, agency, tasks due this week, overdue — double-click opens
one), what falls due this week across all of them, and a search across every plan's text, diacritics
aside.  The folders are a setting (default Documents\\Kế hoạch, where new plans are saved).
"""
from __future__ import annotations

import os
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .work import guarded

PATH_ROLE = Qt.UserRole + 21


def tr(s: str) -> str:
    return QCoreApplication.translate("PlansPage", s)


def _today() -> date:
    t = os.environ.get("KEHOACH_TODAY")
    try:
        return date.fromisoformat(t) if t else date.today()
    except ValueError:
        return date.today()


def _table(headers) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QTableWidget.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectRows)
    t.verticalHeader().setVisible(False)
    t.setWordWrap(False)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _item(text, path=None, align=None) -> QTableWidgetItem:
    it = QTableWidgetItem(str(text))
    if path:
        it.setData(PATH_ROLE, path)
        it.setToolTip(path)
    if align is not None:
        it.setTextAlignment(align)
    return it


class PlansPage(QWidget):
    def __init__(self, win, settings=None):
        super().__init__(win)
        self.win = win
        from core import settings as S
        self.settings = settings or S.load()
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        head = QLabel(tr("Các kế hoạch"))
        f = head.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        head.setFont(f)
        top.addWidget(head)
        self.folders_label = QLabel()
        self.folders_label.setWordWrap(True)
        self.folders_label.setStyleSheet("color: #444;")
        top.addWidget(self.folders_label, 1)
        self.add_btn = QPushButton(tr("Thêm thư mục…"))
        self.add_btn.clicked.connect(lambda: self._guard(self.add_folder))
        top.addWidget(self.add_btn)
        self.refresh_btn = QPushButton(tr("Cập nhật"))
        self.refresh_btn.clicked.connect(lambda: self._guard(self.refresh))
        top.addWidget(self.refresh_btn)
        lay.addLayout(top)
        self.tabs = QTabWidget()
        lay.addWidget(self.tabs, 1)
        self.plans = _table([tr("Năm"), tr("Số"), tr("Trích yếu"), tr("Cơ quan"), tr("Đến hạn tuần này"),
                             tr("Quá hạn"), tr("Tệp")])
        self.plans.cellDoubleClicked.connect(lambda r, c: self._guard(self.open_row, self.plans, r))
        self.tabs.addTab(self.plans, tr("Kế hoạch"))
        self.agenda = _table([tr("Hạn"), tr("Kế hoạch"), tr("TT"), tr("Nhiệm vụ"), tr("Chủ trì")])
        self.agenda.cellDoubleClicked.connect(lambda r, c: self._guard(self.open_row, self.agenda, r))
        self.tabs.addTab(self.agenda, tr("Đến hạn tuần này"))
        w = QWidget()
        sl = QVBoxLayout(w)
        sl.setContentsMargins(0, 6, 0, 0)
        self.query = QLineEdit()
        self.query.setPlaceholderText(tr("Tìm trong mọi kế hoạch, ví dụ: uy ban mttq"))
        self.query.setClearButtonEnabled(True)
        sl.addWidget(self.query)
        self.hits_label = QLabel()
        sl.addWidget(self.hits_label)
        self.hits = _table([tr("Tệp"), tr("Vị trí"), tr("Nội dung")])
        self.hits.cellDoubleClicked.connect(lambda r, c: self._guard(self.open_row, self.hits, r))
        sl.addWidget(self.hits, 1)
        self.tabs.addTab(w, tr("Tìm trong mọi kế hoạch"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda *_: self._timer.start())
        self.stats: dict = {}
        # a plan file saved, added or removed in a chosen folder: read again (while the page is shown)
        self.watcher = QFileSystemWatcher(self)
        self._changed = QTimer(self)
        self._changed.setSingleShot(True)
        self._changed.setInterval(1500)
        self._changed.timeout.connect(self._on_disk_change)
        self.watcher.directoryChanged.connect(lambda *_: self._changed.start())
        self.watcher.fileChanged.connect(lambda *_: self._changed.start())

    def _guard(self, fn, *args):
        return guarded(self.win, fn, *args)

    def _lang(self) -> str:
        from .i18n import current_language
        return current_language()

    @property
    def folders(self) -> list[str]:
        return self.settings.library_folders

    # -------------------------------------------------------------- refresh --
    def refresh(self) -> dict:
        """Read again the plan files that changed (in a worker thread), then show the lists."""
        from core import library
        folders = self.folders
        self.folders_label.setText("; ".join(f"“{f}”" for f in folders))
        try:
            from .main_window import run_with_progress
            self.stats = run_with_progress(self, tr("Đang đọc các kế hoạch…"), library.refresh, folders, None,
                                           _today()) or {}
        except ImportError:
            self.stats = library.refresh(folders, today=_today())
        self.fill()
        self._watch(folders)
        return self.stats

    def _watch(self, folders) -> None:
        from core import library
        old = self.watcher.directories() + self.watcher.files()
        if old:
            self.watcher.removePaths(old)
        dirs = {os.path.dirname(f) for f in library.plan_files(folders)} | {f for f in folders if os.path.isdir(f)}
        files = library.plan_files(folders)[:1000]
        paths = sorted(dirs) + files
        if paths:
            self.watcher.addPaths(paths)

    def _on_disk_change(self) -> None:
        if self.isVisible():
            self._guard(self.refresh)

    def fill(self) -> None:
        from core import library
        today = _today()
        rows = library.plans(self.folders, today=today)
        t = self.plans
        t.setRowCount(len(rows))
        for i, r in enumerate(rows):
            p = r["path"]
            number = f"{r.get('number') or '…'}/{r.get('symbol', '')}" if r.get("symbol") else ""
            vals = [r.get("period", ""), number, r.get("title", "") or r.get("error", ""), r.get("agency", ""),
                    r.get("due_week", 0) or "", r.get("overdue", 0) or "", os.path.basename(p)]
            for c, v in enumerate(vals):
                t.setItem(i, c, _item(v, p, Qt.AlignCenter if c in (0, 4, 5) else None))
        hh = t.horizontalHeader()
        hh.setStretchLastSection(False)
        for c in range(t.columnCount()):      # the subject takes what the numbers and names leave
            hh.setSectionResizeMode(c, QHeaderView.Stretch if c == 2 else QHeaderView.ResizeToContents)
        t.resizeColumnsToContents()
        for c, most in ((3, 200), (6, 140)):   # agency and file name: elided, the full text in the tooltip
            if t.columnWidth(c) > most:
                hh.setSectionResizeMode(c, QHeaderView.Interactive)
                t.setColumnWidth(c, most)
        titles = {r["path"]: r.get("title", "") for r in rows}
        week_end = today + timedelta(days=6 - today.weekday())
        occ = library.agenda(self.folders, today - timedelta(days=0), week_end)
        a = self.agenda
        a.setRowCount(len(occ))
        for i, o in enumerate(occ):
            due = date.fromisoformat(o["due"])
            vals = [due.strftime("%d/%m/%Y"), titles.get(o["path"], os.path.basename(o["path"])), o["number"],
                    o["task"], "; ".join(o["lead"])]
            for c, v in enumerate(vals):
                a.setItem(i, c, _item(v, o["path"]))
        a.resizeColumnsToContents()
        a.setColumnWidth(1, min(a.columnWidth(1), 280))
        a.setColumnWidth(3, min(a.columnWidth(3), 420))
        self.tabs.setTabText(1, tr("Đến hạn tuần này (%1)").replace("%1", str(len(occ))))
        self.tabs.setTabText(0, tr("Kế hoạch (%1)").replace("%1", str(len(rows))))

    # --------------------------------------------------------------- search --
    def search(self) -> int:
        from core import library
        self._timer.stop()
        q = self.query.text()
        hits = library.search(self.folders, q, limit=500) if q.strip() else []
        en = self._lang() == "en"
        t = self.hits
        t.setRowCount(len(hits))
        for i, h in enumerate(hits):
            vals = [os.path.basename(h["file"]), h["place_en"] if en else h["place"], " ".join(h["text"].split())]
            for c, v in enumerate(vals):
                t.setItem(i, c, _item(v, h["file"]))
        t.resizeColumnToContents(0)
        t.setColumnWidth(1, 240)
        self.hits_label.setText("" if not q.strip() else
                                tr("%1 kết quả trong %2 tệp").replace("%1", str(len(hits)))
                                .replace("%2", str(len({h["file"] for h in hits}))))
        return len(hits)

    # ---------------------------------------------------------------- open --
    def open_row(self, table, row: int) -> None:
        it = table.item(row, 0)
        path = it.data(PATH_ROLE) if it is not None else None
        if path and hasattr(self.win, "open_path"):
            self.win.open_path(path)

    def add_folder(self, folder: str | None = None) -> None:
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, tr("Chọn thư mục chứa kế hoạch"),
                                                      self.folders[0] if self.folders else "")
            if not folder:
                return
        self.settings.library_folders = self.folders + [folder]
        if not self.settings.read_only:
            self.settings.save()
        self.refresh()


def install(win) -> None:
    """Xem → Các kế hoạch (Ctrl+Shift+K)."""
    a = QAction(tr("Các &kế hoạch (mọi thư mục)"), win)
    a.setShortcut(QKeySequence("Ctrl+Shift+K"))
    a.setStatusTip(tr("Mọi kế hoạch trong các thư mục đã chọn: việc đến hạn, quá hạn; tìm trong tất cả."))
    a.triggered.connect(lambda *_: guarded(win, show, win))
    win.addAction(a)
    win.a_plans = a
    menus = [x.menu() for x in win.menuBar().actions() if x.menu() is not None]
    view = next((m for m in menus if getattr(win, "a_calendar", None) in m.actions()), None)
    if view is not None:
        view.addSeparator()
        view.addAction(a)


def show(win) -> "PlansPage":
    """Show the Plans page in the window (made once), refreshed."""
    page = getattr(win, "plans_page", None)
    if page is None:
        page = PlansPage(win)
        win.plans_page = page
        win.stack.addWidget(page)
    if hasattr(win, "flush_editor") and getattr(win, "doc", None) is not None:
        win.flush_editor()
    win.stack.setCurrentWidget(page)
    win.current_page = None
    page.refresh()
    return page
