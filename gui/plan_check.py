"""The "Kiểm tra trước khi in" panel: the holes of the plan (core.plancheck), each a click away
from its place, with the obvious fix one button away; Print asks once when holes remain.

``install(window)`` adds File → Kiểm tra kế hoạch trước khi in (F7) and the dock (hidden until
used).  After a Word/PDF export with holes the panel opens by itself.  Applying a suggestion runs
the document's operation (``set_meta`` / ``set_signer``), so Ctrl+Z undoes it.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .i18n import current_language
from .work import guarded


def tr(s: str) -> str:
    return QCoreApplication.translate("PlanCheckPanel", s)




class PlanCheckPanel(QDockWidget):
    def __init__(self, win):
        super().__init__(tr("Kiểm tra trước khi in"), win)
        self.setObjectName("PlanCheckPanel")
        self.win = win
        self.holes: list = []
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setHeaderLabels([tr("Ở đâu"), tr("Vấn đề")])
        self.tree.setColumnWidth(0, 170)
        self.tree.itemActivated.connect(lambda *_: self.go_to())
        self.tree.currentItemChanged.connect(lambda *_: self._buttons())
        lay.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.b_go = QPushButton(tr("Đi tới"))
        self.b_go.clicked.connect(self.go_to)
        self.b_fix = QPushButton(tr("Áp dụng gợi ý"))
        self.b_fix.setToolTip(tr("Ghi giá trị được gợi ý (có thể hoàn tác bằng Ctrl+Z)."))
        self.b_fix.clicked.connect(self.apply_fix)
        self.b_again = QPushButton(tr("Kiểm tra lại"))
        self.b_again.clicked.connect(self.refresh)
        for b in (self.b_go, self.b_fix, self.b_again):
            row.addWidget(b)
        lay.addLayout(row)
        self.setWidget(body)
        self._buttons()

    # ---------------------------------------------------------------- data --
    def refresh(self) -> list:
        from core.plancheck import check_plan, summary
        doc = getattr(self.win, "doc", None)
        self.tree.clear()
        self.holes = check_plan(doc.plan) if doc is not None else []
        lang = current_language()
        for h in self.holes:
            item = QTreeWidgetItem([h.place(lang), h.message(lang)])
            item.setToolTip(1, h.message(lang))
            if h.severity == "error":
                item.setForeground(0, Qt.darkRed)
            self.tree.addTopLevelItem(item)
        self.summary.setText(summary(self.holes, lang) or tr("Không còn vấn đề nào: kế hoạch sẵn sàng để in."))
        if self.holes:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._buttons()
        return self.holes

    def current(self):
        i = self.tree.indexOfTopLevelItem(self.tree.currentItem()) if self.tree.currentItem() else -1
        return self.holes[i] if 0 <= i < len(self.holes) else None

    def _buttons(self) -> None:
        h = self.current()
        self.b_go.setEnabled(h is not None)
        from core.plancheck import fix_fields
        doc = getattr(self.win, "doc", None)
        self.b_fix.setEnabled(h is not None and doc is not None and fix_fields(doc.plan, h) is not None)

    # ------------------------------------------------------------- actions --
    def go_to(self) -> None:
        h = self.current()
        doc = getattr(self.win, "doc", None)
        if h is None or doc is None:
            return
        w = h.where
        kind = w.get("kind")
        if kind == "section" and w.get("id"):
            self.win.select("section", w["id"])
        elif kind == "appendix":
            aid = w.get("id") or (doc.plan.appendices[w["index"]].id if w.get("index", -1) < len(doc.plan.appendices)
                                  else None)
            if aid:
                self.win.select("appendix", aid)
                self._select_row(w.get("row"))
        else:
            self.win.select("header")

    def _select_row(self, rid) -> None:
        if not rid:
            return
        page = getattr(self.win, "pages", {}).get("appendix")
        table = getattr(page, "table", None)
        app = getattr(page, "app", None)
        if table is None or app is None:
            return
        for k, r in enumerate(app.rows):
            if r.id == rid:
                table.selectRow(k)
                table.scrollTo(table.model().index(k, 0))
                break

    def apply_fix(self) -> None:
        from core.plancheck import fix_fields
        h = self.current()
        doc = getattr(self.win, "doc", None)
        if h is None or doc is None:
            return
        got = fix_fields(doc.plan, h)
        if got is None:
            return
        kind, sid, fields = got
        self.win.flush_editor()
        if kind == "meta":
            doc.set_meta(**fields)
        else:
            doc.set_signer(sid, **fields)
        self.refresh()


def panel(win) -> PlanCheckPanel:
    p = getattr(win, "plan_check_panel", None)
    if p is None:
        p = PlanCheckPanel(win)
        win.addDockWidget(Qt.RightDockWidgetArea, p)
        win.plan_check_panel = p
    return p


def show_panel(win) -> PlanCheckPanel:
    if getattr(win, "doc", None) is None:
        return None
    flush = getattr(win, "flush_editor", None)
    if flush:
        flush()
    p = panel(win)
    p.refresh()
    p.show()
    p.raise_()
    return p


def after_export(win) -> int:
    """Called after a Word/PDF export: the panel opens when holes remain; returns their number."""
    from core.plancheck import check_plan
    doc = getattr(win, "doc", None)
    if doc is None:
        return 0
    n = len(check_plan(doc.plan))
    if n:
        show_panel(win)
    elif getattr(win, "plan_check_panel", None) is not None:
        win.plan_check_panel.refresh()
    return n


def ask_before_print(win) -> bool:
    """True to go on printing.  With holes left, asks once per plan and session."""
    from core.plancheck import check_plan, summary
    doc = getattr(win, "doc", None)
    if doc is None:
        return True
    holes = check_plan(doc.plan)
    asked = win.__dict__.setdefault("_print_check_asked", set())
    key = getattr(doc, "path", "") or id(doc)
    if not holes or key in asked:
        return True
    asked.add(key)
    if not getattr(win, "interactive", True):
        show_panel(win)
        return True
    r = QMessageBox.question(win, tr("In kế hoạch"),
                             summary(holes, current_language()) + "\n\n" + tr("Vẫn in? (Chọn “Không” để xem danh sách và sửa trước.)"),
                             QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    if r != QMessageBox.Yes:
        show_panel(win)
        return False
    return True


def install(win) -> None:
    a = QAction(tr("Kiểm tra kế hoạch t&rước khi in"), win)
    a.setShortcut(QKeySequence("F7"))
    a.setStatusTip(tr("Danh sách những chỗ còn thiếu hoặc sai so với Nghị định 30/2020, mỗi chỗ bấm là tới."))
    a.triggered.connect(lambda *_: guarded(win, show_panel, win))
    win.addAction(a)
    win.a_plan_check = a
    menus = [x.menu() for x in win.menuBar().actions() if x.menu() is not None]
    if menus:
        file_menu = menus[0]
        anchor = getattr(win, "a_pdf", None)
        acts = file_menu.actions()
        if anchor in acts and acts.index(anchor) + 1 < len(acts):
            file_menu.insertAction(acts[acts.index(anchor) + 1], a)
        else:
            file_menu.addAction(a)
