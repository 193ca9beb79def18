"""The calendar, agenda and editor widgets over a small plan (offscreen)."""
from datetime import date

import pytest

pytest.importorskip("PySide6")

from core.deadlines import mark_done, plan_deadlines, row_phrase  # noqa: E402
from core.edits import set_deadline  # noqa: E402
from gui.calendar import AgendaView, CalendarView, DeadlineEditor, deadline_icon, deadline_tooltip  # noqa: E402
from tests.deadlines.test_deadlines_plan import ROWS, make_plan  # noqa: E402

TODAY = date(2025, 6, 24)


def plan_with_two_on_30_june():
    rows = ROWS + [("Kiểm tra giữa năm", "Thanh tra tỉnh", "Chậm nhất ngày 30/6/2025")]
    return make_plan(rows)


def test_calendar_counts_and_day_list(qtbot):
    plan = plan_with_two_on_30_june()
    w = CalendarView()
    qtbot.addWidget(w)
    w.show_month(2025, 6)
    w.set_plan(plan, TODAY)
    assert w.day_count(date(2025, 6, 30)) == 2
    assert w.day_count(date(2025, 6, 29)) == 0
    assert w.title.text() == "Tháng 6 năm 2025"
    r, c = w.cell_of(date(2025, 6, 30))
    assert w.grid.item(r, c).background().color().isValid()
    w.grid.cellClicked.emit(r, c)
    assert w.day_list.count() == 2
    texts = [w.day_list.item(i).text() for i in range(2)]
    assert any("Kiểm tra giữa năm" in t for t in texts) and any("Báo cáo quý" in t for t in texts)
    assert "2 việc" in w.day_title.text()
    # marking one done keeps the count and changes the colour of the day
    before = w.grid.item(r, c).background().color().name()
    for o in w.occurrences_on(date(2025, 6, 30)):
        mark_done(plan, o.row_id, o.due, date(2025, 6, 20))
    w.refresh()
    assert w.day_count(date(2025, 6, 30)) == 2
    assert w.grid.item(r, c).background().color().name() != before
    # month navigation
    w.next_btn.click()
    assert w.title.text() == "Tháng 7 năm 2025" and w.day_count(date(2025, 9, 30)) == -1
    w.show_month(2025, 9)
    assert w.day_count(date(2025, 9, 30)) == 1


def test_agenda_buckets_and_filters(qtbot):
    plan = plan_with_two_on_30_june()
    w = AgendaView()
    qtbot.addWidget(w)
    w.set_plan(plan, TODAY)
    b = w.buckets()
    assert [o.task for o in b["overdue"]] == ["Báo cáo quý", "Hội nghị"]
    assert b["week"] == []                       # week of 24/6 ends Sunday 29/6
    assert sorted(o.task for o in b["month"]) == ["Báo cáo quý", "Kiểm tra giữa năm"]
    top = [w.tree.topLevelItem(i).text(0) for i in range(w.tree.topLevelItemCount())]
    assert top == ["Quá hạn (2)", "Tuần này (0)", "30 ngày tới (2)"]
    w.set_filters(agency="Thanh tra tỉnh")
    assert [o.task for o in w.buckets()["month"]] == ["Kiểm tra giữa năm"] and w.buckets()["overdue"] == []
    assert w.tree.topLevelItem(2).text(0) == "30 ngày tới (1)"
    w.set_filters()
    w.set_plan(plan, date(2025, 6, 30))
    assert len(w.buckets()["week"]) == 2


def test_editor_corrects_and_records_event(qtbot):
    plan = plan_with_two_on_30_june()
    app = plan.appendices[0]
    flagged = app.rows[6]
    dlg = DeadlineEditor(plan, flagged.id, today=TODAY)
    qtbot.addWidget(dlg)
    assert "kiểm tra" in dlg.reading.text()
    dlg.text.setText("Quý III năm 2025")
    assert "30/09/2025" in dlg.reading.text()
    ids = set_deadline(plan, dlg._row_id, **dlg.choices()).ids
    assert ids == {flagged.id} and row_phrase(app, flagged) == "Quý III năm 2025"

    ev_row = app.rows[3]
    dlg = DeadlineEditor(plan, ev_row.id, today=TODAY)
    qtbot.addWidget(dlg)
    assert dlg.event_set.isVisibleTo(dlg) and "Quyết định công bố" in dlg.event_label.text()
    dlg.event_set.setChecked(True)
    from PySide6.QtCore import QDate
    dlg.event_date.setDate(QDate(2025, 1, 24))
    assert set_deadline(plan, dlg._row_id, **dlg.choices()).ids
    occ = [o for o in plan_deadlines(plan, date(2025, 1, 1), date(2025, 12, 31)).occurrences if o.row_id == ev_row.id]
    assert [o.due for o in occ] == [date(2025, 2, 7)]


def test_icon_and_tooltip(qtbot):
    from core.deadlines import parse
    assert not deadline_icon(parse("Hàng quý")).isNull()
    tip = deadline_tooltip(parse("Quý IV hàng năm"), date(2025, 1, 1))
    assert "Định kỳ" in tip and "31/12/2025" in tip
    assert "⚠" in deadline_tooltip(parse("Phòng Nội vụ"))


def test_sample_004_cell_states(qtbot, tmp_path):
    """Each deadline cell of the Vị Xuyên appendix gets the state a clerk
    expects on 22/11/2026: past written dates overdue (23/5/2021 included,
    though it precedes the plan's signature), "Thường xuyên" grey."""
    import glob
    import os
    import shutil

    from core.store.planfile import PlanStore
    from gui.calendar.cells import DeadlineCells
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    src = glob.glob(os.path.join(root, "resources", "samples", "004_*.sqlite"))[0]
    shutil.copy(src, tmp_path / "p.sqlite")
    store = PlanStore.open(str(tmp_path / "p.sqlite"))
    try:
        plan = store.load()
    finally:
        store.close()
    cells = DeadlineCells(plan, date(2026, 11, 22))
    seen = {}
    for app in plan.appendices:
        for row in app.rows:
            info = cells.info(app, row)
            if info is not None:
                seen.setdefault(row_phrase(app, row).strip(), info.state)
    assert seen["23/5/2021"] == "overdue"
    assert seen["Trong năm 2021"] == "overdue"
    assert seen["Thường xuyên"] == "none"
