"""Issue 18 item 7: the calendar page has a week view and a list view beside the month (Tháng / Tuần / Danh
sách, by click or Ctrl+1…3, remembered), with navigation and Enter / double click going to the task; and
"In lịch công tác…" prints the week or month shown as one A4 table.

Driven on the real main window with the Quảng Trị sample (002), "today" 27/12/2023: the week 25–31/12/2023
has 34 occurrences (1 on Saturday 30/12, 33 on Sunday 31/12), the month of September 2024 one."""
import os
import re
import shutil
from datetime import date

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialog

from core.deadlines import plan_deadlines

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
QUANG_TRI = os.path.join(ROOT, "resources", "samples", "002_4ddd967f79e7422c.sqlite")
VI_XUYEN = os.path.join(ROOT, "resources", "samples", "004_e03d70a70aa68992.sqlite")
TODAY = date(2023, 12, 27)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("KEHOACH_TODAY", TODAY.isoformat())


def _open(win, tmp_path, sample=QUANG_TRI):
    p = str(tmp_path / "plan.sqlite")
    shutil.copy(sample, p)
    assert win.open_path(p)
    win.show_view("calendar")
    QApplication.processEvents()
    return win.pages["deadlines"]


def _task(o):
    return (f"{o.number}. " if o.number else "") + " ".join(o.task.split())


def test_week_view_shows_monday_to_sunday_with_the_days_tasks(win, qtbot, tmp_path):
    page = _open(win, tmp_path)
    page.calendar.select_day(TODAY)
    qtbot.mouseClick(page.view_buttons["week"], Qt.LeftButton)
    QApplication.processEvents()
    assert page.view == "week" and page.stack.currentWidget() is page.week and page.week.isVisible()
    assert page.week.title.text() == "Tuần từ ngày 25/12/2023 đến ngày 31/12/2023"
    days = page.week.day_items()
    assert [d.text(0).split(" — ")[0] for d in days] == [
        "Thứ Hai, 25/12/2023", "Thứ Ba, 26/12/2023", "Thứ Tư, 27/12/2023", "Thứ Năm, 28/12/2023",
        "Thứ Sáu, 29/12/2023", "Thứ Bảy, 30/12/2023", "Chủ nhật, 31/12/2023"]
    assert [d.childCount() for d in days] == [0, 0, 0, 0, 0, 1, 33]
    # today is highlighted, and says so
    assert "hôm nay" in days[2].text(0) and days[2].background(0).color() != days[1].background(0).color()
    # the rows are the occurrences the month view counts, with the lead agency and the state's colour
    expected = plan_deadlines(win.doc.plan, date(2023, 12, 25), date(2023, 12, 31), TODAY).occurrences
    shown = [days[5].child(0)] + [days[6].child(i) for i in range(33)]
    assert [it.text(0) for it in shown] == [_task(o) for o in expected]
    assert [it.text(1) for it in shown] == ["; ".join(o.lead) for o in expected]
    assert page.calendar.day_count(date(2023, 12, 31)) == 33 == days[6].childCount()
    assert shown[0].text(2) == "Sắp đến hạn (còn 3 ngày)"
    assert shown[0].foreground(2).color() == QColor("#e65100")


def test_week_navigation_and_keyboard_switching(win, qtbot, tmp_path):
    page = _open(win, tmp_path)
    page.calendar.select_day(TODAY)
    page.calendar.grid.setFocus()
    qtbot.keyClick(page.calendar.grid, Qt.Key_2, Qt.ControlModifier)      # Ctrl+2: the week
    assert page.view == "week"
    qtbot.mouseClick(page.week.next_btn, Qt.LeftButton)
    assert page.week.title.text() == "Tuần từ ngày 01/01/2024 đến ngày 07/01/2024"
    nxt = plan_deadlines(win.doc.plan, date(2024, 1, 1), date(2024, 1, 7), TODAY).occurrences
    assert sum(d.childCount() for d in page.week.day_items()) == len(nxt)
    qtbot.mouseClick(page.week.prev_btn, Qt.LeftButton)
    qtbot.mouseClick(page.week.prev_btn, Qt.LeftButton)
    assert page.week.title.text() == "Tuần từ ngày 18/12/2023 đến ngày 24/12/2023"
    assert sum(d.childCount() for d in page.week.day_items()) == len(
        plan_deadlines(win.doc.plan, date(2023, 12, 18), date(2023, 12, 24), TODAY).occurrences)
    qtbot.mouseClick(page.week.today_btn, Qt.LeftButton)
    assert page.week.title.text() == "Tuần từ ngày 25/12/2023 đến ngày 31/12/2023"
    # back to the month on the week's day; Ctrl+3 from the week: the list of that month
    page.week.tree.setFocus()
    qtbot.keyClick(page.week.tree, Qt.Key_1, Qt.ControlModifier)
    assert page.view == "month" and (page.calendar._year, page.calendar._month) == (2023, 12)
    qtbot.keyClick(page.calendar.grid, Qt.Key_3, Qt.ControlModifier)
    assert page.view == "list" and page.listing.title.text() == "Tháng 12 năm 2023"
    # the view buttons are reachable with Tab (they take the focus)
    assert all(b.focusPolicy() & Qt.TabFocus for b in page.view_buttons.values())
    assert page.print_btn.focusPolicy() & Qt.TabFocus
    # and Help lists the page's keys (Alt+I: the print button's underlined letter)
    from gui.dialogs.help_dialog import shortcut_table
    keys = shortcut_table(win)
    assert "Ctrl+1 / Ctrl+2 / Ctrl+3" in keys and "Alt+I" in keys and "&I" in page.print_btn.text()


def test_list_view_is_the_months_occurrences_by_date_and_enter_opens_the_task(win, qtbot, tmp_path, monkeypatch):
    page = _open(win, tmp_path)
    page.calendar.select_day(TODAY)
    qtbot.mouseClick(page.view_buttons["list"], Qt.LeftButton)
    lv = page.listing
    assert page.stack.currentWidget() is lv and lv.title.text() == "Tháng 12 năm 2023"
    expected = plan_deadlines(win.doc.plan, date(2023, 12, 1), date(2023, 12, 31), TODAY).occurrences
    items = lv.occurrence_items()
    assert len(items) == len(expected) == 34
    assert [(it.text(0), it.text(1), it.text(2)) for it in items] == [
        (("Thứ Bảy, " if o.due.weekday() == 5 else "Chủ nhật, ") + o.due.strftime("%d/%m/%Y"), _task(o),
         "; ".join(o.lead)) for o in expected]
    assert [lv.tree.headerItem().text(i) for i in range(4)] == ["Ngày", "Nhiệm vụ", "Cơ quan chủ trì", "Trạng thái"]
    # Enter on a row opens the deadline dialog on that task and that due date, as the agenda does
    opened = []

    def fake_exec(dlg):
        opened.append((dlg._row_id, dlg.selected_occurrence()))
        return QDialog.Rejected
    from gui.calendar.view import DeadlineEditor
    monkeypatch.setattr(DeadlineEditor, "exec", fake_exec)
    lv.tree.setCurrentItem(items[3])
    lv.tree.setFocus()
    qtbot.keyClick(lv.tree, Qt.Key_Return)
    assert opened == [(expected[3].row_id, expected[3].due)]
    # double click too
    rect = lv.tree.visualItemRect(items[1])
    qtbot.mouseClick(lv.tree.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(lv.tree.viewport(), Qt.LeftButton, pos=rect.center())
    assert len(opened) == 2 and opened[-1] == (expected[1].row_id, expected[1].due)
    # previous / next month
    qtbot.mouseClick(lv.prev_btn, Qt.LeftButton)
    assert lv.title.text() == "Tháng 11 năm 2023" and len(lv.occurrence_items()) == len(
        plan_deadlines(win.doc.plan, date(2023, 11, 1), date(2023, 11, 30), TODAY).occurrences)
    for _ in range(10):
        qtbot.mouseClick(lv.next_btn, Qt.LeftButton)
    assert lv.title.text() == "Tháng 9 năm 2024"
    assert [it.text(0) for it in lv.occurrence_items()] == ["Thứ Hai, 30/09/2024"]


def test_the_chosen_view_is_remembered(win, qtbot, tmp_path):
    page = _open(win, tmp_path)
    qtbot.mouseClick(page.view_buttons["list"], Qt.LeftButton)
    from gui.calendar.page import DeadlinesPage
    again = DeadlinesPage(win.doc)
    qtbot.addWidget(again)
    assert again.view == "list" and again.stack.currentWidget() is again.listing
    assert again.view_buttons["list"].isChecked()
    qtbot.mouseClick(page.view_buttons["month"], Qt.LeftButton)
    third = DeadlinesPage(win.doc)
    qtbot.addWidget(third)
    assert third.view == "month"


def _print_from_page(page, monkeypatch, pdf):
    """Press "In lịch công tác…" and then the preview's Print button, the printer writing *pdf*."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    seen = {}

    def fake_exec(dlg):
        seen["size"] = (dlg.width(), dlg.height())
        seen["screen"] = (dlg.screen() or QApplication.primaryScreen()).availableGeometry()
        p = dlg.printer()
        p.setOutputFormat(QPrinter.PdfFormat)
        p.setOutputFileName(pdf)
        dlg.paintRequested.emit(p)
        return 1
    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    page.print_btn.click()
    return seen


def _pdf(path):
    doc = pdfium.PdfDocument(path)
    try:
        texts = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
        sizes = [doc[i].get_size() for i in range(len(doc))]
    finally:
        doc.close()
    return texts, sizes


def _flat(s):
    return re.sub(r"\s+", " ", s)


def test_printing_the_month_gives_one_a4_page_with_its_rows(win, qtbot, tmp_path, monkeypatch):
    page = _open(win, tmp_path, VI_XUYEN)
    page.set_view("list")
    page.listing.show_period(date(2021, 12, 1))
    rows = page.listing.rows()
    assert len(rows) == 3
    pdf = str(tmp_path / "lich.pdf")
    seen = _print_from_page(page, monkeypatch, pdf)
    texts, sizes = _pdf(pdf)
    assert len(texts) == 1                                        # exactly one page
    w, h = sorted(sizes[0])
    assert abs(w - 595) < 2 and abs(h - 842) < 2                  # A4
    text = _flat(texts[0])
    assert "LỊCH CÔNG TÁC" in text and "Tháng 12 năm 2021" in text
    for head in ("Ngày", "Nhiệm vụ", "Cơ quan chủ trì", "Trạng thái"):
        assert head in text
    for r in rows:
        assert " ".join(r.task.split()[:6]) in text, r.task
        assert r.lead in text
    assert "31/12/2021" in text and page.last_job.fit.fits and not page.print_note.isVisible()
    # the preview fits the screen (issue 18 item 12: 1366×768 less the taskbar)
    scr = seen["screen"]
    assert seen["size"][0] <= scr.width() and seen["size"][1] <= scr.height() - 32


def test_printing_a_full_week_shrinks_to_one_page(win, qtbot, tmp_path, monkeypatch):
    """Twelve of the Sunday's tasks (the week cut at the table's first 12 rows is what a busy week looks
    like): one page, in a smaller type than the 13 pt start."""
    from core.deadlines.agenda import schedule_table
    from gui.calendar.schedule_print import START_PT, print_pdf
    page = _open(win, tmp_path)
    full = schedule_table(win.doc.plan, "week", TODAY, TODAY)
    from dataclasses import replace
    t = replace(full, rows=full.rows[:12])
    pdf = str(tmp_path / "tuan.pdf")
    fit = print_pdf(t, pdf)
    texts, _ = _pdf(pdf)
    assert len(texts) == 1 and fit.fits and fit.pt < START_PT
    text = _flat(texts[0])
    for r in t.rows:
        assert " ".join(r.task.split()[:5]) in text, r.task
    assert "Tuần từ ngày 25/12/2023 đến ngày 31/12/2023" in text
    assert page.view == "month"


def test_a_week_too_full_for_one_page_says_so(win, qtbot, tmp_path, monkeypatch):
    """The 34 long tasks of 25–31/12/2023 do not fit one page even at the smallest type: printed anyway
    (nothing left out) and the page says so."""
    page = _open(win, tmp_path)
    page.calendar.select_day(TODAY)
    page.set_view("week")
    pdf = str(tmp_path / "tuan.pdf")
    _print_from_page(page, monkeypatch, pdf)
    texts, _ = _pdf(pdf)
    fit = page.last_job.fit
    assert not fit.fits and len(texts) == fit.pages > 1
    assert page.print_note.isVisible() and "không vừa một trang A4" in page.print_note.text()
    text = _flat(" ".join(texts))
    expected = plan_deadlines(win.doc.plan, date(2023, 12, 25), date(2023, 12, 31), TODAY).occurrences
    for o in expected:
        assert " ".join(o.task.split()[:5]) in text


def test_a_done_mark_shows_in_the_week_and_back_in_the_month(win, qtbot, tmp_path):
    """Marked done as the deadline dialog does (one undoable step through the document): the week view
    shows it green and done at once; the month grid, hidden meanwhile, is up to date when it comes back."""
    page = _open(win, tmp_path)
    page.calendar.select_day(TODAY)
    page.set_view("week")
    sat = page.week.day_items()[5].child(0)
    o = sat.data(0, Qt.UserRole)
    win.doc.set_deadline(o.row_id, marks={o.due.isoformat(): ("2023-12-27", "")})
    QApplication.processEvents()
    sat = page.week.day_items()[5].child(0)
    assert sat.text(2) == "Đã hoàn thành đúng hạn" and sat.foreground(2).color() == QColor("#2e7d32")
    page.set_view("month")
    assert page.calendar.day_count(date(2023, 12, 30)) == 1
    assert [x.state for x in page.calendar.occurrences_on(date(2023, 12, 30))] == ["done_on_time"]
    win.undo()
    QApplication.processEvents()
    assert [x.state for x in page.calendar.occurrences_on(date(2023, 12, 30))] == ["pending"]
    page.set_view("week")
    assert page.week.day_items()[5].child(0).text(2) == "Sắp đến hạn (còn 3 ngày)"


def test_alt_i_prints_the_schedule_from_the_keyboard(win, qtbot, tmp_path, monkeypatch):
    page = _open(win, tmp_path, VI_XUYEN)
    page.set_view("week")
    page.week.show_period(date(2021, 9, 30))
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    shown = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda dlg: shown.append(dlg.windowTitle()) or 0)
    page.week.tree.setFocus()
    from PySide6.QtTest import QTest
    QTest.keyClick(win.windowHandle(), Qt.Key_I, Qt.AltModifier)   # through the window system, as a clerk
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)   # the button's animated click: ~100 ms
    assert shown == ["Xem trước lịch công tác"]
    t = page.last_job.table
    assert t.period == "Tuần từ ngày 27/09/2021 đến ngày 03/10/2021" and len(t.rows) == 2
