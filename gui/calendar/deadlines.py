"""The main window's deadline parts: the reminder bar and its text on opening a plan, the deadline dialog of
a table row (Ctrl+T), the calendar page (F8 / Shift+F8). Functions over the window (``win``); the window keeps
thin methods of the same names (``win.edit_deadline``…) for its actions and the other modules."""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from core.operations import OperationError

log = logging.getLogger(__name__)


def notice_bar(win):
    try:
        from .notice import NoticeBar
    except ImportError:
        return None
    bar = NoticeBar()
    bar.showCalendar.connect(lambda: win.guard(win.show_view, "calendar"))
    return bar


def notice_of(plan):
    """The reminder text for *plan* today ('' when nothing is due soon or the module is missing)."""
    try:
        from core.deadlines import deadline_notice

        from .cells import ui_today
    except ImportError:
        return ""
    from ..i18n import current_language
    return deadline_notice(plan, ui_today(), lang=current_language())


def deferred_notice(win):
    if win.doc is not None:
        show_deadline_notice(win)


def show_deadline_notice(win):
    """On opening a plan: what is overdue or due within 7, 3 and 1 days — in the
    status bar and a closable bar above the editor; never a blocking dialog."""
    got = getattr(win, "_opening_notice", None)
    win._opening_notice = None
    text = got if got is not None else notice_of(win.doc.plan)
    win.last_notice = text
    if win.notice is not None:
        win.notice.show_notice(text)
    if text:   # its first line: the counts (overdue, within 1, 3, 7 days)
        win.statusBar().showMessage(text.split("\n", 1)[0] + "  " + win.tr("(F8: lịch hạn)"), 30000)
    return text


def current_task_row(win):
    """(appendix id, row id, row position) of the table's current row, or None."""
    p = win.pages.get("appendix")
    if p is None or p.model is None or win.stack.currentWidget() is not p:
        return None
    idx = p.table.currentIndex()
    if not idx.isValid():
        return None
    app = p.app
    if not 0 <= idx.row() < len(app.rows):
        return None
    return p.rid, app.rows[idx.row()].id, idx.row()


def deadline_editor(win, row_id=None, occurrence=None):
    """The DeadlineEditor for *row_id* (default: the table's current row)."""
    from .cells import ui_today
    from .deadline_dialog import DeadlineEditor
    win.flush_editor()
    if row_id is None:
        cur = win.current_task_row()
        if cur is None:
            raise OperationError(win.tr("Chọn một dòng nhiệm vụ trong bảng phụ lục để xem thời hạn."))
        row_id = cur[1]
    row = next((r for a in win.doc.plan.appendices for r in a.rows if r.id == row_id), None)
    if row is None:
        raise OperationError(win.tr("Không tìm thấy dòng này."))
    if row.kind != "task":
        raise OperationError(win.tr("Dòng nhóm không có thời hạn; chọn một dòng nhiệm vụ."))
    return DeadlineEditor(win.doc.plan, row_id, today=ui_today(), parent=win, occurrence=occurrence)


def apply_deadline_editor(win, dlg) -> bool:
    """Write the editor's choices as one undoable step (reading, event date, occurrences done)."""
    if not dlg.has_changes():
        return False
    win.doc.set_deadline(dlg._row_id, **dlg.choices())
    win.statusBar().showMessage(win.tr("Đã lưu thời hạn. Ctrl+Z để hoàn tác."), 6000)
    return True


def edit_deadline(win, row_id=None, occurrence=None):
    dlg = win.deadline_editor(row_id, occurrence)
    win._deadline_dialog = dlg
    try:
        if dlg.exec() == QDialog.Accepted:
            win.apply_deadline_editor(dlg)
    finally:
        win._deadline_dialog = None
        dlg.deleteLater()


def calendar_page(win, which):
    try:
        from .page import DeadlinesPage
        w = DeadlinesPage(win.doc)   # today: KEHOACH_TODAY (screenshots, tests) or the real date
        w.occurrenceActivated.connect(lambda o: win.guard(win.edit_deadline, o.row_id, o.due))
        return w
    except Exception as e:   # the calendar is another module's work: never break the window
        log.exception("deadline calendar page not built")
        lab = QLabel(win.tr("Chưa có lịch hạn công việc trong phiên bản này.") + f"\n({type(e).__name__})")
        lab.setAlignment(Qt.AlignCenter)
        return lab
