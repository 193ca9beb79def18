"""Fixes from the clerk-style audit of the window (/tmp/audit-gui/REPORT.md): each test drives
the real window as a clerk would (keys through the window, modal dialogs answered on screen)."""
import os
import zipfile

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from core.dump import dump
from core.store.planfile import load_plan_readonly
from core.templates import plan_from_template


def _new(win, tmp_path, name="kh.sqlite"):
    path = str(tmp_path / name)
    assert win.create_and_open(plan_from_template("papi", agency="huyện Vị Xuyên", year="2024",
                                                  place="Vị Xuyên"), path)
    return path


def type_text(widget, text):
    """Type *text* as key events (QTest.keyClicks asserts on non-ASCII letters)."""
    for ch in text:
        for t in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(t, Qt.Key_unknown if ord(ch) > 127 else ord(ch.upper()),
                                                      Qt.NoModifier, ch))


def key(win, k, mod=Qt.NoModifier):
    """A key pressed as the clerk does: through the window system, so shortcuts fire."""
    QTest.keyClick(win.windowHandle(), k, mod)
    QApplication.processEvents()


def on_modal(steps):
    """Answer the modal dialogs that will open: *steps* is a list of functions, each called
    with the active modal widget once it is shown (and a different one from the last)."""
    seen = []

    def tick():
        if not steps:
            return
        QTimer.singleShot(20, tick)   # first: the step may open a nested modal dialog and wait in it
        w = QApplication.activeModalWidget()
        if w is not None and w.isVisible() and (not seen or w is not seen[-1]):
            seen.append(w)
            steps.pop(0)(w)
    QTimer.singleShot(20, tick)
    return seen


def _cells(plan):
    return [v for a in plan.appendices for r in a.rows for v in r.cells.values()]


# ------------------------------------------------ A1: new plan overwrite --
def _click_create(dlg, path):
    from PySide6.QtWidgets import QDialogButtonBox
    dlg.path.setText(path)
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()


def test_new_plan_never_silently_replaces_an_existing_file(win, tmp_path):
    from core.model import Paragraph, Run
    from gui.dialogs.new_plan import NewPlanDialog
    old = _new(win, tmp_path, "ke-hoach-moi.sqlite")
    sid = win.doc.plan.sections[0].id
    win.doc.set_section_text(sid, body=[Paragraph([Run("NỘI DUNG QUAN TRỌNG")], "text")])
    want = dump(win.doc.plan)
    win.close_document()
    _new(win, tmp_path, "khac.sqlite")

    # the default name is one that is not taken
    dlg = NewPlanDialog(win, str(tmp_path))
    assert dlg.path.text() == str(tmp_path / "ke-hoach-moi (2).sqlite")
    dlg.deleteLater()

    # Ctrl+N, the existing name, Tạo: the clerk is asked, Enter (the default) is No, nothing is replaced
    asked = {}

    def answer_default(box):
        asked["text"] = box.text()
        asked["default_no"] = box.defaultButton() is box.button(QMessageBox.No)
        QTest.keyClick(box, Qt.Key_Return)

    def cancel(dlg):
        asked["still_open"] = dlg.isVisible()
        asked["next_name"] = dlg.path.text()
        dlg.reject()
    on_modal([lambda d: _click_create(d, old), answer_default, cancel])
    key(win, Qt.Key_N, Qt.ControlModifier)
    assert "đã có" in asked["text"] and asked["default_no"]
    assert asked["still_open"] and asked["next_name"] == str(tmp_path / "ke-hoach-moi (2).sqlite")
    assert dump(load_plan_readonly(old)) == want
    assert os.path.basename(win.doc.path) == "khac.sqlite"

    # answered Yes: replaced and opened
    on_modal([lambda d: _click_create(d, old), lambda box: box.button(QMessageBox.Yes).click()])
    win.a_new.trigger()
    assert os.path.abspath(win.doc.path) == os.path.abspath(old)
    assert dump(win.doc.plan) != want

    # the plan open in the window is never replaced
    seen = []
    on_modal([lambda d: _click_create(d, old), lambda box: (seen.append(box.text()), box.accept()),
              lambda d: d.reject()])
    win.a_new.trigger()
    assert seen and "đang mở" in seen[0]
    assert os.path.abspath(win.doc.path) == os.path.abspath(old)


def test_create_and_open_refuses_an_existing_file_unless_told(win, tmp_path):
    path = _new(win, tmp_path)
    win.close_document()
    before = os.path.getmtime(path), os.path.getsize(path)
    assert not win.create_and_open(plan_from_template("blank"), path)
    assert "đã có" in win.statusBar().currentMessage()
    assert (os.path.getmtime(path), os.path.getsize(path)) == before


# ------------------------------------------- A2: the open cell is kept --
def _open_cell(win, tmp_path, text="Việc gõ dở"):
    path = _new(win, tmp_path)
    app = win.doc.plan.appendices[0]
    win.select("appendix", app.id)
    ed = win.pages["appendix"]
    r = next(i for i, x in enumerate(app.rows) if x.kind == "task")
    c = next(i for i, col in enumerate(app.columns) if col.key == "task")
    ed.table.setFocus()
    ed.table.setCurrentIndex(ed.model.index(r, c))
    key(win, Qt.Key_F2)
    assert ed.table.state() == ed.table.State.EditingState
    type_text(QApplication.focusWidget(), text)
    return path, ed


def test_closing_the_window_keeps_the_open_cell(win, tmp_path):
    path, ed = _open_cell(win, tmp_path)
    win.close()                     # an error in a Qt callback (the old crash dialog) fails the test too
    QApplication.processEvents()
    assert any("Việc gõ dở" in v for v in _cells(load_plan_readonly(path)))


def test_export_save_and_copy_include_the_open_cell(win, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    path, ed = _open_cell(win, tmp_path, "Ô ĐANG GÕ 1")
    out = {"docx": str(tmp_path / "o.docx"), "sqlite": str(tmp_path / "copy.sqlite")}
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, cap, base, filt: (out["docx" if "docx" in filt else "sqlite"],
                                                                       filt)))
    key(win, Qt.Key_W, Qt.ControlModifier | Qt.ShiftModifier)   # Ctrl+Shift+W (Word) while the cell is open
    xml = zipfile.ZipFile(out["docx"]).read("word/document.xml").decode("utf-8")
    assert "Ô ĐANG GÕ 1" in xml
    assert ed.table.state() != ed.table.State.EditingState

    ed.table.setCurrentIndex(ed.table.model().index(ed.table.currentIndex().row() + 1, ed.table.currentIndex().column()))
    key(win, Qt.Key_F2)
    type_text(QApplication.focusWidget(), "Ô ĐANG GÕ 2")
    key(win, Qt.Key_S, Qt.ControlModifier)               # Ctrl+S
    assert "Ô ĐANG GÕ 2" in " ".join(_cells(load_plan_readonly(path)))

    key(win, Qt.Key_F2)
    type_text(QApplication.focusWidget(), " và 3")
    win.a_copy.trigger()                                 # Save a copy
    assert "Ô ĐANG GÕ 2 và 3" in " ".join(_cells(load_plan_readonly(out["sqlite"])))
    win.undo()                                           # one step: the cell as it was before " và 3"
    assert "Ô ĐANG GÕ 2" in _cells(win.doc.plan)


# ----------------------------------- A3: Ctrl+Delete in a field is a word --
def _n_sections(plan):
    return sum(1 for _ in plan.walk())


def test_ctrl_delete_in_text_fields_deletes_the_next_word_only(win, tmp_path):
    _new(win, tmp_path)
    doc = win.doc
    n = _n_sections(doc.plan)
    sec = next(s for s in doc.plan.sections if s.children)      # NHIỆM VỤ VÀ GIẢI PHÁP, with sub-sections
    win.select("section", sec.id)
    ed = win.pages["section"]
    ed.title.setFocus()
    ed.title.setCursorPosition(0)
    before = ed.title.text()
    key(win, Qt.Key_Delete, Qt.ControlModifier)
    assert _n_sections(doc.plan) == n
    assert ed.title.text() == before.split(" ", 1)[1]          # the first word (and its space) went, as in Word

    ed.body.setFocus()
    ed.body.setPlainText("Một hai ba")
    c = ed.body.textCursor()
    c.setPosition(4)
    ed.body.setTextCursor(c)
    key(win, Qt.Key_Delete, Qt.ControlModifier)
    assert _n_sections(doc.plan) == n and ed.body.toPlainText() == "Một ba"

    # the appendix: its title field and an open cell editor
    app = doc.plan.appendices[0]
    rows = len(app.rows)
    win.select("appendix", app.id)
    aed = win.pages["appendix"]
    aed.title.setFocus()
    aed.title.setCursorPosition(0)
    key(win, Qt.Key_Delete, Qt.ControlModifier)
    r = next(i for i, x in enumerate(app.rows) if x.kind == "task")
    c = next(i for i, col in enumerate(app.columns) if col.key == "task")
    aed.table.setFocus()
    aed.table.setCurrentIndex(aed.model.index(r, c))
    key(win, Qt.Key_F2)
    cell = QApplication.focusWidget()
    cell.setPlainText("Một hai ba")
    cur = cell.textCursor()
    cur.setPosition(0)
    cell.setTextCursor(cur)
    key(win, Qt.Key_Delete, Qt.ControlModifier)
    assert cell.toPlainText() == "hai ba"
    assert len(doc.plan.appendices) == 1 and len(app.rows) == rows and _n_sections(doc.plan) == n
    key(win, Qt.Key_Escape)

    # the table itself: rows; the tree: the node — each said in the status bar
    aed.table.setFocus()
    aed.table.setCurrentIndex(aed.model.index(r, c))
    key(win, Qt.Key_Delete, Qt.ControlModifier)
    assert len(app.rows) == rows - 1
    assert "Đã xóa 1 dòng" in win.statusBar().currentMessage()
    win.tree.setFocus()
    key(win, Qt.Key_Delete, Qt.ControlModifier)
    assert not doc.plan.appendices
    assert win.statusBar().currentMessage() == f"Đã xóa Phụ lục ({rows - 1} dòng) — Ctrl+Z để hoàn tác."
    win.undo()
    assert len(doc.plan.appendices) == 1


def test_deleting_a_section_with_sub_sections_asks_and_says_what_went(win, tmp_path):
    _new(win, tmp_path)
    doc = win.doc
    n = _n_sections(doc.plan)
    sec = next(s for s in doc.plan.sections if s.children)
    kids = sum(1 for _ in sec.walk()) - 1
    win.select("section", sec.id)
    win.tree.setFocus()
    win.interactive = True
    asked = []
    on_modal([lambda box: (asked.append((box.text(), box.defaultButton() is box.button(QMessageBox.No))),
                           QTest.keyClick(box, Qt.Key_Return))])
    key(win, Qt.Key_Delete, Qt.ControlModifier)
    assert asked and f"cùng {kids} mục con" in asked[0][0] and asked[0][1]   # default: No
    assert _n_sections(doc.plan) == n
    win.activateWindow()
    win.tree.setFocus()
    on_modal([lambda box: box.button(QMessageBox.Yes).click()])
    key(win, Qt.Key_Delete, Qt.ControlModifier)
    assert _n_sections(doc.plan) == n - kids - 1
    msg = win.statusBar().currentMessage()
    assert sec.title_text in msg and f"{kids} mục con" in msg and "Ctrl+Z" in msg


# --------------------------------------------------- B6: redo shortcuts --
def test_redo_has_ctrl_y_and_ctrl_shift_z_once_each_and_both_work(win, tmp_path):
    _new(win, tmp_path)
    doc = win.doc
    keys = [s.toString() for s in win.a_redo.shortcuts()]
    assert sorted(keys) == ["Ctrl+Shift+Z", "Ctrl+Y"]
    win.select("section", doc.plan.sections[0].id)
    win.tree.setFocus()
    n = _n_sections(doc.plan)
    win.a_add.trigger()
    win.activateWindow()
    win.tree.setFocus()
    for redo in ((Qt.Key_Y, Qt.ControlModifier), (Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)):
        key(win, Qt.Key_Z, Qt.ControlModifier)
        assert _n_sections(doc.plan) == n
        win.tree.setFocus()
        key(win, *redo)
        assert _n_sections(doc.plan) == n + 1, redo
        win.tree.setFocus()


# ------------------------------- A4 / C10: Ctrl+Z, Ctrl+Y in the fields --
def test_ctrl_z_and_ctrl_y_in_the_body_use_the_window_undo_and_keep_the_cursor(win, tmp_path):
    _new(win, tmp_path)
    doc = win.doc
    sec = next(s for s in doc.plan.walk() if s.body and len(s.body[0].text) > 40)
    win.select("section", sec.id)
    ed = win.pages["section"]
    before = ed.body.toPlainText()
    ed.body.setFocus()
    c = ed.body.textCursor()
    c.setPosition(30)
    ed.body.setTextCursor(c)
    type_text(ed.body, "XYZ")                   # no pause: still pending when Ctrl+Z comes
    assert ed._timer.isActive()
    key(win, Qt.Key_Z, Qt.ControlModifier)
    assert ed.body.toPlainText() == before       # the last typing was one step, and it is undone
    assert doc.plan.find_section(sec.id).body == ed.body.paragraphs()
    assert ed.body.textCursor().position() == 30  # where the typing was, not the top of the body
    assert doc.undo_stack.canRedo()
    key(win, Qt.Key_Y, Qt.ControlModifier)
    assert ed.body.toPlainText() == before[:30] + "XYZ" + before[30:]
    assert 30 <= ed.body.textCursor().position() <= 33
    key(win, Qt.Key_Z, Qt.ControlModifier)
    key(win, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert ed.body.toPlainText() == before[:30] + "XYZ" + before[30:]


@pytest.mark.parametrize("where", ["title", "agency", "preamble", "recipients", "signer"])
def test_ctrl_z_in_the_other_multi_line_fields(win, tmp_path, where):
    _new(win, tmp_path)
    doc = win.doc
    if where in ("title", "agency", "preamble"):
        win.select("header")
        page = win.pages["header"]
        field = page.preamble if where == "preamble" else page.w[where]
    elif where == "recipients":
        win.select("recipients")
        page = win.pages["recipients"]
        field = page.text
    else:
        win.select("signer", doc.plan.signers[0].id)
        page = win.pages["signer"]
        field = page.lines
    before = field.toPlainText()
    field.setFocus()
    c = field.textCursor()
    c.setPosition(min(5, len(before)))
    field.setTextCursor(c)
    type_text(field, "QQ")
    assert field.toPlainText() != before
    n = doc.undo_stack.index()
    key(win, Qt.Key_Z, Qt.ControlModifier)
    assert field.toPlainText() == before
    assert doc.undo_stack.index() == n           # flushed (+1) then undone (-1)
    assert field.textCursor().position() == min(5, len(before))


# ---------------------------------------- B7: Excel paste overwrites down --
def test_excel_column_paste_overwrites_downwards_and_adds_rows_past_the_end(win, tmp_path):
    path = _new(win, tmp_path)
    doc = win.doc
    app = doc.plan.appendices[0]
    win.select("appendix", app.id)
    ed = win.pages["appendix"]
    t = ed.table
    ci = next(i for i, c in enumerate(app.columns) if c.key == "deadline")
    cid = app.columns[ci].id
    tasks = [i for i, r in enumerate(app.rows) if r.kind == "task"]
    r0 = tasks[0]
    n = len(app.rows)
    ids = [r.id for r in app.rows]
    kinds = [r.kind for r in app.rows]
    t.setFocus()
    t.setCurrentIndex(ed.model.index(r0, ci))
    QApplication.clipboard().setText("31/03/2024\r\n30/06/2024\r\n")
    key(win, Qt.Key_V, Qt.ControlModifier)
    assert len(app.rows) == n and [r.id for r in app.rows] == ids          # no row added
    assert [app.rows[r0 + k].cells.get(cid) for k in range(2)] == ["31/03/2024", "30/06/2024"]
    assert [r.kind for r in app.rows] == kinds
    assert "Đã dán 2 dòng" in win.statusBar().currentMessage()
    win.undo()                                                              # one step
    assert [app.rows[r0 + k].cells.get(cid, "") for k in range(2)] != ["31/03/2024", "30/06/2024"]
    win.redo()

    # a block of two columns from the second-to-last row: one row overwritten in place, two added
    last = len(app.rows) - 1
    c_task = next(i for i, c in enumerate(app.columns) if c.key == "task")
    t.setCurrentIndex(ed.model.index(last, c_task))
    QApplication.clipboard().setText("Việc A\tx\r\nViệc B\ty\r\nViệc C\tz\r\n")
    key(win, Qt.Key_V, Qt.ControlModifier)
    assert len(app.rows) == n + 2
    got = [app.rows[last + k].cells.get(app.columns[c_task].id) for k in range(3)]
    assert got == ["Việc A", "Việc B", "Việc C"]
    assert app.rows[last].id == ids[last]
    win.undo()
    assert len(app.rows) == n and app.rows[last].cells.get(app.columns[c_task].id) != "Việc A"
    win.redo()
    expected = dump(doc.plan)
    win.close_document()
    assert dump(load_plan_readonly(path)) == expected


# ------------------------------------ 14: opening a Word or Excel file --
FIXTURES = os.path.join(os.path.dirname(os.path.dirname(__file__)), "fixtures")


def test_open_a_word_or_excel_file_says_what_it_is_and_offers_the_import(win, tmp_path, monkeypatch):
    import shutil

    from PySide6.QtWidgets import QFileDialog
    _new(win, tmp_path)
    open_doc = win.doc
    docx = str(tmp_path / "Ke hoach nam ngoai.docx")
    shutil.copyfile(os.path.join(FIXTURES, "000_8d3a396a35c7a65b_autonum.docx"), docx)
    xlsx = str(tmp_path / "bang.xlsx")
    win.export("xlsx", xlsx)
    for path, words in ((docx, ("văn bản Word", "Nhập từ Word")), (xlsx, ("bảng tính Excel", "Ctrl+V"))):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, p=path: (p, "")))
        key(win, Qt.Key_O, Qt.ControlModifier)            # File → Open
        msg = win.statusBar().currentMessage()
        assert all(w in msg for w in words), msg
        assert "SQLite" not in msg and "cơ sở dữ liệu" not in msg
        assert win.doc is open_doc                        # the plan stays open
    # a clerk at the keyboard is offered the import, which opens on that file
    win.interactive = True
    seen = {}

    def yes(box):
        seen["question"] = box.text()
        box.button(QMessageBox.Yes).click()

    def import_dialog(dlg):
        seen["dialog"] = type(dlg).__name__
        seen["source"] = dlg.source.text()
        dlg.reject()
    on_modal([yes, import_dialog])
    assert not win.open_path(docx)
    assert "văn bản Word" in seen["question"]
    assert seen["dialog"] == "ImportDialog" and seen["source"] == docx


# ---------------------------------------------------- 15, 16, 17: words --
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_calendar_day_title_and_month_header_read_naturally(qtbot, lang):
    from datetime import date

    from gui import i18n as gi18n
    from gui.calendar.view import CalendarView
    was = gi18n.current_language()
    gi18n.install_translators(QApplication.instance(), lang)
    try:
        v = CalendarView()
        qtbot.addWidget(v)
        v.set_plan(plan_from_template("papi", agency="huyện Vị Xuyên", year="2021"), date(2021, 9, 15))
        v.show_month(2021, 9)
        v.select_day(date(2021, 9, 30))
        if lang == "vi":
            assert v.day_title.text().startswith("Thứ Năm, ngày 30/09/2021: ")
            assert v.title.text() == "Tháng 9 năm 2021"
        else:
            assert v.day_title.text().startswith("Thursday 30/09/2021: ")
            assert v.title.text() == "September 2021"
    finally:
        gi18n.install_translators(QApplication.instance(), was)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_template_names_are_not_cut_off_at_the_dialogs_minimum_width(qtbot, lang):
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    from gui import i18n as gi18n
    from gui.dialogs.new_plan import NewPlanDialog
    was = gi18n.current_language()
    gi18n.install_translators(QApplication.instance(), lang)
    try:
        dlg = NewPlanDialog(None, "")
        qtbot.addWidget(dlg)
        dlg.show()
        for width in (dlg.width(), dlg.minimumWidth()):        # as it opens, and made as narrow as it goes
            dlg.resize(width, dlg.height())
            QApplication.processEvents()
            c = dlg.template
            opt = QStyleOptionComboBox()
            c.initStyleOption(opt)
            field = c.style().subControlRect(QStyle.CC_ComboBox, opt, QStyle.SC_ComboBoxEditField, c).width()
            longest = max(c.fontMetrics().horizontalAdvance(c.itemText(i)) for i in range(c.count()))
            assert field >= longest, (lang, width)
    finally:
        gi18n.install_translators(QApplication.instance(), was)


# ------------------------------------------- B8: calendar from the keyboard --
def test_calendar_keyboard_moves_the_selected_day_and_enter_opens_its_tasks(win, tmp_path, monkeypatch):
    import shutil
    from datetime import date, timedelta

    from core.deadlines import plan_deadlines
    monkeypatch.setenv("KEHOACH_TODAY", "2021-09-15")
    path = str(tmp_path / "mau.sqlite")
    shutil.copyfile(os.path.join(os.path.dirname(__file__), "..", "..", "resources", "samples",
                                 "004_e03d70a70aa68992.sqlite"), path)
    assert win.open_path(path)
    occ = plan_deadlines(win.doc.plan, date(2021, 1, 1), date(2021, 12, 31), date(2021, 9, 15)).occurrences
    due = sorted({o.due for o in occ})
    assert date(2021, 9, 30) in due
    opened = []
    monkeypatch.setattr(type(win), "edit_deadline", lambda self, rid=None, o=None: opened.append((rid, o)))
    key(win, Qt.Key_F8)                                       # the calendar
    cal = win.pages["deadlines"].calendar
    grid = cal.grid
    assert QApplication.focusWidget() is grid
    day = cal._selected
    assert (grid.currentRow(), grid.currentColumn()) == cal.cell_of(day)   # starts on the selected day
    start = cal.cell_of(day)
    target = next(d for d in due if cal.cell_of(d) is not None)
    k = Qt.Key_Right if start[1] < 6 else Qt.Key_Left
    key(win, k)
    moved = day + timedelta(days=1 if k == Qt.Key_Right else -1)
    assert cal._selected == moved and moved.strftime("%d/%m/%Y") in cal.day_title.text()
    key(win, Qt.Key_Up if start[0] > 0 else Qt.Key_Down)
    assert abs((cal._selected - moved).days) == 7
    for _ in range(45):                                      # walk to a day with tasks, Enter, Enter
        if cal._selected == target:
            break
        (r, c), (tr_, tc) = cal.cell_of(cal._selected), cal.cell_of(target)
        key(win, (Qt.Key_Down if tr_ > r else Qt.Key_Up) if tr_ != r else
            (Qt.Key_Right if tc > c else Qt.Key_Left))
    assert cal._selected == target and cal.day_list.count() >= 1
    key(win, Qt.Key_Return)
    assert QApplication.focusWidget() is cal.day_list and cal.day_list.currentRow() == 0
    key(win, Qt.Key_Return)
    assert opened and opened[0][1] == target


# ---------------------------------------- 13: fits 1366 px at 125 % (1093) --
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_window_with_the_appendix_fits_1093_px(qtbot, tmp_path, lang):
    import shutil

    from gui import i18n as gi18n
    from gui.main_window import MainWindow
    was = gi18n.current_language()
    gi18n.install_translators(QApplication.instance(), lang)
    try:
        w = MainWindow(interactive=False)
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        path = str(tmp_path / "mau.sqlite")
        shutil.copyfile(os.path.join(os.path.dirname(__file__), "..", "..", "resources", "samples",
                                     "002_4ddd967f79e7422c.sqlite"), path)
        assert w.open_path(path)
        w.show_view("appendix")
        QApplication.processEvents()
        assert w.minimumSizeHint().width() <= 1093
        w.resize(1093, 700)
        QApplication.processEvents()
        assert w.width() == 1093 and w.tree.width() >= 200
        w.close()
    finally:
        gi18n.install_translators(QApplication.instance(), was)
