"""Issue 12 item 5: a date typed the way clerks type it is read exactly or
refused visibly — never saved as another date.  Keystrokes go into the real
fields of the real window / dialog (QTest), and the saved plan is read back
from the file."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from core.dates import DateRefused, parse_typed_date
from core.store.planfile import load_plan_readonly
from core.templates import plan_from_template

TYPED = ["15/01/2026", "15/1/2026", "15-01-2026", "15.01.2026", "15012026", "15/1/26", "150126",
         " 15 / 01 / 2026 ", "ngày 15 tháng 01 năm 2026", "2026-01-15"]
REFUSED = ["31/02/2026", "01/15/2026", "1501202", "15/01/2", "/00001/2026", "15/13/2026", "hôm nay", "15/01/1850"]


@pytest.mark.parametrize("text", TYPED)
def test_core_reads_each_way_exactly(text):
    assert parse_typed_date(text, today=date(2026, 12, 3)) == date(2026, 1, 15)


@pytest.mark.parametrize("text", REFUSED)
def test_core_refuses_with_a_reason_in_both_languages(text):
    with pytest.raises(DateRefused) as e:
        parse_typed_date(text)
    assert e.value.vi != e.value.en and text.strip() in e.value.vi


# ------------------------------------------------------------- the window --
@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("KEHOACH_REMOVABLE", raising=False)


@pytest.fixture
def win(qtbot, tmp_path):
    from gui.main_window import MainWindow
    w = MainWindow(interactive=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    plan = plan_from_template("papi", agency="huyện Vị Xuyên", year="2026", place="Vị Xuyên")
    plan.meta.issue_date = "2026-12-03"
    path = str(tmp_path / "kh.sqlite")
    assert w.create_and_open(plan, path)
    w._test_path = path
    w.select("header")
    QApplication.processEvents()
    yield w
    w.close()


def _saved_issue(win) -> str:
    win.flush_editor()
    return load_plan_readonly(win._test_path).meta.issue_date


def _field(win):
    field = win.pages["header"].date
    assert field.isVisible() and field.isEnabled()
    return field


def _click_middle(field):
    QTest.mouseClick(field, Qt.LeftButton, Qt.NoModifier, QPoint(field.width() // 3, field.height() // 2))
    QApplication.processEvents()


def test_click_into_the_date_and_type_saves_exactly_that_date(win):
    """The reported case: click into "03/12/2026", type 15/01/2026 → it was /00001/2026 and 15/12/2026."""
    field = _field(win)
    _click_middle(field)
    QTest.keyClicks(field, "15/01/2026")
    assert field.text() == "15/01/2026"
    QTest.keyClick(field, Qt.Key_Tab)
    assert _saved_issue(win) == "2026-01-15"
    assert not field.property("invalid")


@pytest.mark.parametrize("text", ["15/1/2026", "15-01-2026", "15.01.2026", "15012026", "15/1/26"])
def test_each_way_clerks_type_is_saved_exactly(win, text):
    field = _field(win)
    _click_middle(field)
    QTest.keyClick(field, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key_Tab)
    assert _saved_issue(win) == "2026-01-15"
    assert field.text() == "15/01/2026"          # shown as it was read


def test_arrow_keys_and_digits_edit_the_text_as_typed(win):
    field = _field(win)
    field.setFocus()
    QTest.keyClick(field, Qt.Key_Home)
    QTest.keyClick(field, Qt.Key_Up)             # QDateEdit stepped the day; here nothing moves
    for _ in range(3):
        QTest.keyClick(field, Qt.Key_Right)     # after "03/"
    QTest.keyClick(field, Qt.Key_Delete)
    QTest.keyClick(field, Qt.Key_Delete)
    QTest.keyClicks(field, "01")
    assert field.text() == "03/01/2026"
    QTest.keyClick(field, Qt.Key_Tab)
    assert _saved_issue(win) == "2026-01-03"


@pytest.mark.parametrize("text", ["31/02/2026", "1501202", "01/15/2026", "15/01/2"])
def test_a_date_that_does_not_read_is_refused_visibly_and_not_saved(win, text):
    field = _field(win)
    _click_middle(field)
    QTest.keyClick(field, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key_Tab)
    assert _saved_issue(win) == "2026-12-03"      # the date before, not a guess
    assert field.property("invalid") is True
    assert field.styleSheet()                      # marked
    assert text.strip() in field.toolTip()         # and says why
    assert field.text() == text                    # what was typed is still there to correct
    # corrected: the mark goes, the date is saved
    field.setFocus()
    QTest.keyClick(field, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(field, "15/1/26")
    QTest.keyClick(field, Qt.Key_Tab)
    assert _saved_issue(win) == "2026-01-15"
    assert not field.property("invalid") and not field.styleSheet()


# ---------------------------------------------------- the deadline dialog --
def _deadline_dialog(win, phrase):
    app = win.doc.plan.appendices[0]
    row = next(r for r in app.rows if r.kind == "task")
    col = app.col("deadline")
    win.doc.set_cell(app.id, row.id, col.id, phrase)
    dlg = win.deadline_editor(row.id)
    dlg.show()
    QApplication.processEvents()
    return dlg, row.id


def test_done_date_typed_is_saved_exactly_or_refused(win):
    dlg, rid = _deadline_dialog(win, "Quý IV hàng năm")
    due = dlg.selected_occurrence()
    assert due is not None
    field = dlg.done_date
    _click_middle(field)
    QTest.keyClicks(field, "32/01/2026")
    QTest.mouseClick(dlg.mark_btn, Qt.LeftButton)
    assert field.property("invalid") is True and "32/01/2026" in field.toolTip()
    assert not dlg.has_changes()                  # nothing staged under another date
    field.setFocus()
    QTest.keyClick(field, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(field, "15/1/26")
    QTest.mouseClick(dlg.mark_btn, Qt.LeftButton)
    assert win.apply_deadline_editor(dlg)
    dlg.close()
    plan = load_plan_readonly(win._test_path)
    t = next(t for t in plan.tracking if t.row_id == rid and t.occurrence == due.isoformat())
    assert t.done_date == "2026-01-15"


def test_event_date_typed_is_saved_exactly_or_refused(win):
    dlg, rid = _deadline_dialog(win, "Trong 10 ngày kể từ khi có Quyết định công bố")
    assert dlg.event_set.isVisibleTo(dlg)
    dlg.event_set.setChecked(True)
    field = dlg.event_date
    _click_middle(field)
    QTest.keyClicks(field, "15/13/2026")
    dlg.accept()                                   # "Lưu"
    assert dlg.isVisible() and dlg.result() == 0   # refused: the dialog stays
    assert field.property("invalid") is True and "15/13/2026" in field.toolTip()
    field.setFocus()
    QTest.keyClick(field, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(field, "15.01.2026")
    dlg.accept()
    assert not dlg.isVisible()
    assert win.apply_deadline_editor(dlg)
    from core.deadlines import event_dates
    plan = load_plan_readonly(win._test_path)
    assert list(event_dates(plan, rid).values()) == [date(2026, 1, 15)]


def test_the_calendar_button_still_picks_a_date(win):
    from PySide6.QtCore import QDate
    field = _field(win)
    field._pick.trigger()
    QApplication.processEvents()
    cal = field._calendar
    assert cal is not None and cal.isVisible() and cal.selectedDate() == QDate(2026, 12, 3)
    cal.clicked.emit(QDate(2026, 1, 15))
    QApplication.processEvents()
    assert not cal.isVisible() and field.text() == "15/01/2026"
    assert _saved_issue(win) == "2026-01-15"
