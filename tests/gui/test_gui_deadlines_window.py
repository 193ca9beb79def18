"""Deadlines wired into the main window (offscreen): deadline cells, Bảng → Thời hạn…,
the reminder on opening, the calendar page beside the agenda.

"Today" is fixed with KEHOACH_TODAY so the states do not depend on the day the
tests run; expected values are computed from core.deadlines, not written down.
"""
import os
import shutil
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from core.deadlines import notice_counts, parse, plan_deadlines, plan_span, row_phrase
from core.store.planfile import load_plan

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLES = os.path.join(ROOT, "resources", "samples")
QUANG_TRI = os.path.join(SAMPLES, "002_4ddd967f79e7422c.sqlite")   # 2023-2025, three appendices
VI_XUYEN = os.path.join(SAMPLES, "004_e03d70a70aa68992.sqlite")    # 2021
TODAY = date(2024, 6, 25)


@pytest.fixture(autouse=True)
def _env(tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KEHOACH_SETTINGS", str(tmp_path / "settings.json"))
    monkeypatch.delenv("KEHOACH_REMOVABLE", raising=False)
    monkeypatch.setenv("KEHOACH_TODAY", TODAY.isoformat())


def _copy(tmp_path, src):
    dest = str(tmp_path / os.path.basename(src))
    shutil.copyfile(src, dest)
    return dest


def _window(qtbot):
    from gui.main_window import MainWindow
    w = MainWindow(interactive=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


@pytest.fixture
def win(qtbot):
    w = _window(qtbot)
    yield w
    w.close()


def _yearly_row(plan):
    """The first task row of Phụ lục I read as "Quý IV hàng năm" (31/12 each year of 2023-2025)."""
    app = plan.appendices[0]
    for i, r in enumerate(app.rows):
        if r.kind == "task" and row_phrase(app, r) == "Quý IV hàng năm":
            return app, i, r
    raise AssertionError("no 'Quý IV hàng năm' row in the sample")


def _deadline_index(win, row_pos):
    ed = win.pages["appendix"]
    col = next(i for i, c in enumerate(ed.app.columns) if c.key == "deadline")
    return ed.model.index(row_pos, col)


def test_deadline_cell_icon_tooltip_and_states(win, tmp_path):
    from gui.calendar.cells import state_icon
    from gui.models.appendix_model import DEADLINE_STATE_ROLE
    assert win.open_path(_copy(tmp_path, QUANG_TRI))
    win.show_view("appendix")
    plan = win.doc.plan
    app, pos, row = _yearly_row(plan)
    dues = parse("Quý IV hàng năm").due_in(date(2023, 1, 1), date(2026, 12, 31), plan_span(plan))
    assert date(2023, 12, 31) in dues and date(2024, 12, 31) in dues
    idx = _deadline_index(win, pos)
    assert idx.data(DEADLINE_STATE_ROLE) == "overdue"          # 31/12/2023 passed, not done
    assert idx.data(Qt.DecorationRole).cacheKey() == state_icon("overdue").cacheKey()
    tip = idx.data(Qt.ToolTipRole)
    assert tip.startswith("Quý IV hàng năm")                   # the cell as written, then its reading
    assert "Định kỳ" in tip and "31/12/2024" in tip and "31/12/2023" in tip
    assert f"0/{len(dues)}" in tip
    # every kind of cell gets its state: grey for "Thường xuyên", a warning for what cannot be read
    states = {}
    for i, r in enumerate(app.rows):
        if r.kind == "task" and app.cell(r, "deadline").strip():
            states.setdefault(parse(row_phrase(app, r)).kind, set()).add(_deadline_index(win, i).data(DEADLINE_STATE_ROLE))
    assert states["ongoing"] == {"none"}
    # group rows have no icon
    g = next(i for i, r in enumerate(app.rows) if r.kind == "group")
    assert _deadline_index(win, g).data(Qt.DecorationRole) is None
    # a flagged phrase typed into the cell shows the warning and re-reads at once
    assert win.pages["appendix"].model.setData(idx, "Quý V năm 2024", Qt.EditRole)
    assert idx.data(DEADLINE_STATE_ROLE) == "flagged" and "⚠" in idx.data(Qt.ToolTipRole)
    win.undo()
    assert idx.data(DEADLINE_STATE_ROLE) == "overdue"


def test_mark_done_through_the_action_reopen_and_undo(win, qtbot, tmp_path):
    from gui.models.appendix_model import DEADLINE_STATE_ROLE
    path = _copy(tmp_path, QUANG_TRI)
    assert win.open_path(path)
    win.show_view("appendix")
    plan = win.doc.plan
    app, pos, row = _yearly_row(plan)
    ed = win.pages["appendix"]
    ed.table.setFocus()
    ed.table.setCurrentIndex(_deadline_index(win, pos))
    seen = {}

    def in_dialog():
        dlg = win._deadline_dialog
        seen["title"] = dlg.occ_title.text()
        assert dlg.select_occurrence(date(2023, 12, 31))
        dlg.mark_selected(True, date(2023, 12, 20), "Báo cáo số 15/BC-UBND")
        seen["state"] = dlg.occ_list.currentItem().text(1)
        dlg.accept()
    QTimer.singleShot(0, in_dialog)
    assert win.a_deadline.shortcut().toString() == "Ctrl+T"
    win.a_deadline.trigger()
    assert seen["state"] == "Đã hoàn thành đúng hạn"
    assert "Các lần đến hạn trong thời gian kế hoạch: 3" in seen["title"]
    idx = _deadline_index(win, pos)
    assert idx.data(DEADLINE_STATE_ROLE) == "pending"         # next one 31/12/2024, more than 7 days away
    assert "1/3" in idx.data(Qt.ToolTipRole)
    assert win.doc.undo_stack.count() == 1

    # close and reopen: the tracking record is in the file
    win.close_document()
    got = [(t.row_id, t.occurrence, t.done_date, t.note) for t in load_plan(path).tracking]
    assert got == [(row.id, "2023-12-31", "2023-12-20", "Báo cáo số 15/BC-UBND")]
    assert win.open_path(path)
    win.show_view("appendix")
    assert _deadline_index(win, pos).data(DEADLINE_STATE_ROLE) == "pending"
    occ = [o for o in plan_deadlines(win.doc.plan, date(2023, 1, 1), date(2024, 1, 31), TODAY).occurrences
           if o.row_id == row.id]
    assert [(o.due, o.state) for o in occ] == [(date(2023, 12, 31), "done_on_time")]

    # mark it not done again, then undo that: done again
    dlg = win.deadline_editor(row.id, date(2023, 12, 31))
    assert dlg.selected_occurrence() == date(2023, 12, 31)
    dlg.mark_selected(False)
    assert win.apply_deadline_editor(dlg)
    assert _deadline_index(win, pos).data(DEADLINE_STATE_ROLE) == "overdue"
    win.undo()
    assert _deadline_index(win, pos).data(DEADLINE_STATE_ROLE) == "pending"
    assert load_plan(path).tracking[0].done_date == "2023-12-20"


def test_undo_of_a_first_mark_removes_the_record(win, tmp_path):
    from gui.models.appendix_model import DEADLINE_STATE_ROLE
    path = _copy(tmp_path, QUANG_TRI)
    assert win.open_path(path)
    win.show_view("appendix")
    app, pos, row = _yearly_row(win.doc.plan)
    dlg = win.deadline_editor(row.id, date(2023, 12, 31))
    dlg.mark_selected(True, date(2024, 1, 5), "")
    assert not win.deadline_editor(row.id).has_changes()
    assert dlg.has_changes() and win.apply_deadline_editor(dlg)
    assert _deadline_index(win, pos).data(DEADLINE_STATE_ROLE) == "pending"
    assert [t.done_date for t in load_plan(path).tracking] == ["2024-01-05"]
    win.undo()
    assert _deadline_index(win, pos).data(DEADLINE_STATE_ROLE) == "overdue"
    assert load_plan(path).tracking == []
    win.redo()
    assert [t.done_date for t in load_plan(path).tracking] == ["2024-01-05"]


def test_reminder_on_opening_is_not_blocking(win, tmp_path):
    path = _copy(tmp_path, QUANG_TRI)
    assert win.open_path(path)
    assert QApplication.activeModalWidget() is None
    c = notice_counts(load_plan(path), TODAY)
    assert c["overdue"]                                    # the sample has work overdue on that day
    assert win.notice.isVisible()
    assert win.notice.text.text().startswith("Nhắc hạn ngày 25/06/2024")
    assert f"{len(c['overdue'])} việc quá hạn" in win.notice.text.text()
    assert str(len(c["overdue"])) in win.statusBar().currentMessage()
    win.notice.close_btn.click()
    assert not win.notice.isVisible()
    win.notice.more.click()
    assert win.stack.currentWidget() is win.pages["deadlines"]


def test_calendar_page_2021_plan_opened_later(win, tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_TODAY", "2026-03-02")
    assert win.open_path(_copy(tmp_path, VI_XUYEN))
    win.show_view("calendar")
    page = win.stack.currentWidget()
    plan = win.doc.plan
    span = plan_span(plan)
    assert span[1] < date(2026, 3, 2)                        # the plan lies entirely in the past
    occ = plan_deadlines(plan, date(2020, 1, 1), date(2026, 12, 31), date(2026, 3, 2)).occurrences
    assert occ and all(o.due < date(2026, 3, 2) for o in occ)
    first = next(o.due for o in occ if o.due >= span[0])     # the first month of the span with occurrences
    assert page.calendar.title.text() == f"Tháng {first.month} năm {first.year}"
    n = sum(1 for o in occ if o.due == first)
    assert page.calendar.day_count(first) == n > 0
    assert page.agenda.buckets()["overdue"]                 # everything of 2021 not done is overdue
    # a plan long over gets one calm line, not the list of everything never marked done
    assert win.notice.isVisible() and "hết thời gian thực hiện (đến 31/12/2021)" in win.notice.text.text()


def test_calendar_and_agenda_follow_changes(win, tmp_path):
    from gui.calendar.page import initial_month
    assert win.open_path(_copy(tmp_path, QUANG_TRI))
    assert initial_month(win.doc.plan, date(2024, 6, 14)) == (2024, 6)
    win.show_view("agenda")
    page = win.stack.currentWidget()
    assert page.calendar.isVisible() and page.agenda.isVisible()   # side by side
    assert page.calendar.title.text() == "Tháng 6 năm 2024"
    before = len(page.agenda.buckets()["overdue"])
    o = page.agenda.buckets()["overdue"][0]
    dlg = win.deadline_editor(o.row_id, o.due)
    dlg.mark_selected(True, o.due, "")
    assert win.apply_deadline_editor(dlg)
    assert len(page.agenda.buckets()["overdue"]) == before - 1
    page.calendar.show_month(o.due.year, o.due.month)
    states = [x.state for x in page.calendar.occurrences_on(o.due) if x.row_id == o.row_id]
    assert states == ["done_on_time"]
    win.undo()
    assert len(page.agenda.buckets()["overdue"]) == before
    # back to the editor by clicking the node already selected in the tree
    win.tree.clicked.emit(win.tree.currentIndex())
    assert win.stack.currentWidget() is not page
