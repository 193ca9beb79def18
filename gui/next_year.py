"""File → Lập kế hoạch năm sau từ kế hoạch này…

``install(window)`` adds the action after "New from template".  The new plan
is made by :func:`core.rollover.next_plan` (new identity, years moved on,
number and date cleared, tracking dropped), saved under a name the clerk
confirms, opened, and its report shown: what was changed and, place by place,
what still names the old years.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from core.fileio import same_file

from .work import guarded


def tr(s: str) -> str:
    return QCoreApplication.translate("NextYear", s)


def install(win) -> None:
    a = QAction(tr("Lập kế hoạch &năm sau từ kế hoạch này…"), win)
    a.setStatusTip(tr("Chép kế hoạch đang mở thành kế hoạch mới cho năm sau: lùi năm, xóa số và ngày ban hành, "
                      "giữ nhiệm vụ để sửa; kế hoạch cũ không bị thay đổi."))
    a.triggered.connect(lambda *_: guarded(win, next_year, win))
    win.addAction(a)
    win.a_next_year = a
    file_menu = next((m.menu() for m in win.menuBar().actions() if m.menu() is not None), None)
    if file_menu is None:
        return
    acts = file_menu.actions()
    anchor = getattr(win, "a_new", None)
    if anchor in acts and acts.index(anchor) + 1 < len(acts):
        file_menu.insertAction(acts[acts.index(anchor) + 1], a)
    else:
        file_menu.addAction(a)


def next_year(win, dest: str | None = None) -> str | None:
    """Make next year's plan from the open one; returns the new file's path
    (now open), or None when the clerk cancelled."""
    doc = getattr(win, "doc", None)
    if doc is None:
        return None
    from core.rollover import next_plan
    from core.sharing import plan_file_name

    from .i18n import current_language
    from .main_window import show_text, with_suffix
    win.flush_editor()
    new, report = next_plan(doc.plan, lang=current_language())
    confirmed = None   # a name the file chooser has asked about replacing
    if dest is None:
        m = new.meta
        name = plan_file_name({"number": "", "symbol": m.effective_symbol, "title": m.title})
        from core.winpaths import fit_name  # the whole path within Windows' 260 characters
        folder = os.path.dirname(doc.path)
        dest, _ = QFileDialog.getSaveFileName(win, tr("Lưu kế hoạch năm sau"), os.path.join(folder, fit_name(folder, name)),
                                              tr("Tệp kế hoạch (*.sqlite)"))
        if not dest:
            return None
        confirmed = dest
    dest = with_suffix(dest, ".sqlite")
    if any(same_file(dest, p) for p in (doc.path, doc.store.path)):   # by identity: a link to it too
        from core.operations import OperationError
        raise OperationError(tr("Kế hoạch năm sau phải được lưu thành tệp khác tệp đang mở."))
    if not win.create_and_open(new, dest, overwrite=dest == confirmed):
        return None
    if getattr(win, "interactive", True):
        show_text(win, tr("Kế hoạch năm sau"), "\n".join(report))
    win.statusBar().showMessage(tr("Đã lập kế hoạch năm %1: %2").replace("%1", new.meta.period)
                                .replace("%2", dest), 10000)
    return dest
