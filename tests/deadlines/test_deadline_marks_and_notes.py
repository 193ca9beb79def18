"""The deadline dialog and agenda as the audit used them: an emptied note is cleared,
typing in "Hiểu là" keeps an event date just entered, an event date can be removed,
the reading shows the recorded event, the agency filter finds an agency inside a list."""
from datetime import date

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QDate  # noqa: E402

from core.deadlines import event_dates, mark_done, plan_deadlines  # noqa: E402
from core.edits import set_deadline  # noqa: E402
from gui.calendar import AgendaView, DeadlineEditor  # noqa: E402
from tests.deadlines.test_deadlines_plan import ROWS, make_plan  # noqa: E402

TODAY = date(2025, 6, 24)


def test_an_emptied_note_is_cleared():
    plan = make_plan(ROWS)
    rid = plan.appendices[0].rows[1].id
    mark_done(plan, rid, "2025-03-31", "2025-04-03", "BC 12/BC-SNV")
    mark_done(plan, rid, "2025-03-31", "2025-04-03", "")
    t = next(t for t in plan.tracking if t.row_id == rid)
    assert t.note == "" and t.done_date == "2025-04-03"
    mark_done(plan, rid, "2025-03-31", "2025-04-05")          # no note given: the recorded one stays
    mark_done(plan, rid, "2025-03-31", "2025-04-05", "nộp bổ sung")
    mark_done(plan, rid, "2025-03-31", "2025-04-06")
    assert t.note == "nộp bổ sung" and t.done_date == "2025-04-06"


def test_event_date_survives_typing_and_can_be_removed(qtbot):
    plan = make_plan(ROWS)
    ev_row = plan.appendices[0].rows[3]
    dlg = DeadlineEditor(plan, ev_row.id, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.event_set.setChecked(True)
    dlg.event_date.setDate(QDate(2025, 1, 24))
    dlg.text.setText(dlg.text.text() + " ")          # a keystroke in "Hiểu là"
    assert dlg.event_set.isChecked() and dlg.event_date.date() == date(2025, 1, 24)
    assert "07/02/2025" in dlg.reading.text() and "Chưa có ngày cụ thể" not in dlg.reading.text()
    assert set_deadline(plan, dlg._row_id, **dlg.choices()).ids
    assert list(event_dates(plan, ev_row.id).values()) == [date(2025, 1, 24)]
    # reopened: untick removes the recorded date
    dlg = DeadlineEditor(plan, ev_row.id, today=TODAY)
    qtbot.addWidget(dlg)
    assert dlg.event_set.isChecked()
    dlg.event_set.setChecked(False)
    assert dlg.has_changes()
    set_deadline(plan, dlg._row_id, **dlg.choices())
    assert event_dates(plan, ev_row.id) == {}
    occ = [o for o in plan_deadlines(plan, date(2025, 1, 1), date(2025, 12, 31)).occurrences if o.row_id == ev_row.id]
    assert all(o.due is None for o in occ)


def test_agency_filter_finds_an_agency_inside_a_list(qtbot):
    rows = [("Báo cáo quý", "- UBND cấp huyện; UBND cấp xã", "Hàng quý"), ("Hội nghị", "Sở Nội vụ", "30/6/2025"),
            ("Rà soát", "ubnd cấp xã", "Trước ngày 10/7/2025")]
    plan = make_plan(rows)
    w = AgendaView()
    qtbot.addWidget(w)
    w.set_plan(plan, TODAY)
    names = [w.agency.itemText(i) for i in range(1, w.agency.count())]
    assert sorted(n.lower() for n in names) == ["sở nội vụ", "ubnd cấp huyện", "ubnd cấp xã"]     # split, case twins once
    w.set_filters(agency="UBND cấp xã")
    got = [o.task for b in w.buckets().values() for o in b]
    assert "Báo cáo quý" in got and "Rà soát" in got and "Hội nghị" not in got


def _quarterly_plan():
    plan = make_plan([("Tổng kết năm", "Sở Nội vụ", "Quý IV hàng năm")], period="2023-2025", issue="2023-01-10")
    app = plan.appendices[0]
    row = app.rows[1]
    mark_done(plan, row.id, "2023-12-31", "2024-01-10", "BC 12/BC-SNV")
    mark_done(plan, row.id, "2024-12-31", "2024-12-20")
    return plan, app, row


def test_done_marks_follow_a_retyped_deadline_cell():
    from core import operations as ops
    plan, app, row = _quarterly_plan()
    col = next(c for c in app.columns if c.key == "deadline")
    ids = ops.set_cell(plan, app.id, row.id, col.id, "Trước ngày 15/12 hàng năm")
    marks = sorted((t.occurrence, t.done_date, t.note) for t in plan.tracking if t.row_id == row.id)
    assert marks == [("2023-12-14", "2024-01-10", "BC 12/BC-SNV"), ("2024-12-14", "2024-12-20", "")]
    assert {t.id for t in plan.tracking} <= ids
    occ = [o for o in plan_deadlines(plan, date(2023, 1, 1), date(2025, 12, 31), today=date(2025, 1, 5)).occurrences
           if o.row_id == row.id]
    assert [(o.due.isoformat(), o.done_date is not None) for o in occ] == [
        ("2023-12-14", True), ("2024-12-14", True), ("2025-12-14", False)]


def test_done_marks_follow_a_corrected_reading():
    from core.deadlines import set_reading
    plan, app, row = _quarterly_plan()
    set_reading(plan, row.id, "Trước ngày 20/12 hàng năm")
    assert sorted(t.occurrence for t in plan.tracking if t.row_id == row.id) == ["2023-12-19", "2024-12-19"]
    # a reading a long way off leaves the marks where they were (nothing is guessed)
    plan, app, row = _quarterly_plan()
    set_reading(plan, row.id, "Quý II hàng năm")
    assert sorted(t.occurrence for t in plan.tracking if t.row_id == row.id) == ["2023-12-31", "2024-12-31"]


def test_undo_of_a_retyped_deadline_brings_the_marks_back(qtbot, tmp_path, monkeypatch):
    from core.store.planfile import save_plan
    from gui.document import Document
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    plan, app, row = _quarterly_plan()
    path = str(tmp_path / "p.sqlite")
    save_plan(plan, path)
    doc = Document.open(path) if hasattr(Document, "open") else None
    if doc is None:
        pytest.skip("Document.open not available")
    try:
        app = doc.plan.appendices[0]
        row = app.rows[1]
        col = next(c for c in app.columns if c.key == "deadline")
        doc.set_cell(app.id, row.id, col.id, "Trước ngày 15/12 hàng năm")
        assert sorted(t.occurrence for t in doc.plan.tracking) == ["2023-12-14", "2024-12-14"]
        doc.undo_stack.undo()
        assert sorted(t.occurrence for t in doc.plan.tracking) == ["2023-12-31", "2024-12-31"]
    finally:
        doc.close()


def test_undo_of_a_paste_over_deadline_cells_brings_the_marks_back(qtbot, tmp_path, monkeypatch):
    from core.store.planfile import save_plan
    from gui.document import Document
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    plan, app, row = _quarterly_plan()
    path = str(tmp_path / "p.sqlite")
    save_plan(plan, path)
    doc = Document.open(path)
    try:
        app = doc.plan.appendices[0]
        row = app.rows[1]
        col = next(c for c in app.columns if c.key == "deadline")
        doc.paste_rows(app.id, 1, [(row.id, {col.id: "Trước ngày 15/12 hàng năm"}, None)], [])
        assert sorted(t.occurrence for t in doc.plan.tracking) == ["2023-12-14", "2024-12-14"]
        doc.undo_stack.undo()
        assert sorted(t.occurrence for t in doc.plan.tracking) == ["2023-12-31", "2024-12-31"]
    finally:
        doc.close()


def test_a_note_typed_without_pressing_mark_is_saved(qtbot):
    plan, app, row = _quarterly_plan()
    dlg = DeadlineEditor(plan, row.id, today=date(2025, 1, 5))
    qtbot.addWidget(dlg)
    assert dlg.select_occurrence(date(2023, 12, 31))
    dlg.note.setText("BC 15/BC-SNV, bổ sung")
    assert dlg.has_changes()
    set_deadline(plan, dlg._row_id, **dlg.choices())
    t = next(t for t in plan.tracking if t.row_id == row.id and t.occurrence == "2023-12-31")
    assert t.note == "BC 15/BC-SNV, bổ sung" and t.done_date == "2024-01-10"


def test_filter_lists_are_in_the_clerks_order():
    from gui.calendar.view import _agency_choices, _plan_order
    assert _agency_choices(["Văn phòng UBND", "Ủy ban MTTQ", "UBND cấp xã", "Sở Nội vụ"]) == \
        ["Sở Nội vụ", "UBND cấp xã", "Ủy ban MTTQ", "Văn phòng UBND"]     # "Ủy" with the U's
    plan = make_plan(ROWS)
    plan.appendices.append(plan.appendices[0].__class__(title="PHỤ LỤC II"))
    labels = {plan.appendix_label(1), plan.appendix_label(0)}
    assert _plan_order(plan, labels) == [plan.appendix_label(0), plan.appendix_label(1)]


def test_thuc_hien_ngay_is_due_the_day_the_plan_is_issued():
    from core.deadlines import parse
    dl = parse("Thực hiện ngay")
    assert (dl.kind, dl.event, dl.flagged) == ("event", "Kế hoạch được ban hành", False)
    plan = make_plan([("Quán triệt kế hoạch", "Văn phòng", "Thực hiện ngay")], issue="2025-01-10")
    occ = [o for o in plan_deadlines(plan, date(2025, 1, 1), date(2025, 12, 31)).occurrences]
    assert [o.due for o in occ] == [date(2025, 1, 10)]
