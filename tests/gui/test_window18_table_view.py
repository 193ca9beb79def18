"""Issue 18 item 5: the appendix table sorted and filtered as a view (the plan's order untouched, a
visible "đang lọc" state), and fill down (Ctrl+D) / fill right (Ctrl+R) as in Excel."""
import os
import shutil

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from core.cli import load_plan_readonly
from core.dump import dump

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VI_XUYEN = os.path.join(ROOT, "resources", "samples", "004_e03d70a70aa68992.sqlite")   # 48 rows, agencies filled


def _open(win, tmp_path):
    path = str(tmp_path / "kh.sqlite")
    shutil.copy(VI_XUYEN, path)
    assert win.open_path(path)
    app = win.doc.plan.appendices[0]
    win.select("appendix", app.id)
    return path, app, win.pages["appendix"]


def _col(app, key):
    return next(k for k, c in enumerate(app.columns) if c.key == key)


def test_filter_and_sort_are_a_view_and_say_so(win, tmp_path):
    path, app, ed = _open(win, tmp_path)
    before = dump(load_plan_readonly(path))
    order = [r.id for r in app.rows]
    lead = _col(app, "lead")
    name = "Phòng Nội vụ"
    want = [i for i, r in enumerate(app.rows) if name.casefold() in r.cells.get(app.columns[lead].id, "").casefold()]
    assert 0 < len(want) < len(app.rows)
    ed.filter_col.setCurrentIndex(ed.filter_col.findData(lead))
    ed.filter_text.setText(name)
    ed.apply_view()                        # (typing applies it after a short pause)
    assert ed.visible_rows() == want
    assert ed.view_state.isVisible() and "Đang lọc" in ed.view_state.text()
    assert f"hiện {len(want)} trên {len(app.rows)}" in ed.view_state.text()
    # sorted by the task text, descending: the screen's order only
    task = _col(app, "task")
    ed.clear_view()
    assert not ed.view_state.isVisible() and len(ed.visible_rows()) == len(app.rows)
    ed.sort_view(task, ascending=False)
    shown = ed.visible_rows()
    assert shown != list(range(len(app.rows)))
    from core.text import vn_sort_key
    keys = [vn_sort_key(app.rows[i].cells.get(app.columns[task].id, "")) for i in shown]
    assert keys == sorted(keys, reverse=True)
    assert "Đang sắp xếp" in ed.view_state.text()
    # a cell edited in the sorted view goes to its own row
    target = shown[0]
    win.doc.set_cell(app.id, app.rows[target].id, app.columns[task].id, "Sửa khi đang sắp xếp")
    assert win.doc.plan.appendices[0].rows[target].cells[app.columns[task].id] == "Sửa khi đang sắp xếp"
    assert [r.id for r in win.doc.plan.appendices[0].rows] == order        # the plan's order untouched
    win.doc.undo_stack.undo()
    assert dump(load_plan_readonly(path)) == before
    ed.clear_view()
    assert ed.visible_rows() == list(range(len(app.rows)))


def test_fill_down_and_right_with_ctrl_d_and_ctrl_r(win, tmp_path):
    path, app, ed = _open(win, tmp_path)
    t = ed.table
    lead = _col(app, "lead")
    tasks = [i for i, r in enumerate(app.rows) if r.kind == "task"][:3]
    src = app.rows[tasks[0]].cells.get(app.columns[lead].id, "")
    assert src
    sm = t.selectionModel()
    t.setCurrentIndex(ed.model.index(tasks[0], lead))
    for r in tasks:
        sm.select(ed.model.index(r, lead), QItemSelectionModel.Select)
    t.setFocus()
    n = win.doc.undo_stack.count()
    QTest.keyClick(win.windowHandle(), Qt.Key_D, Qt.ControlModifier)   # through the window, as typed
    QApplication.processEvents()
    plan = load_plan_readonly(path)
    assert all(plan.appendices[0].rows[r].cells.get(app.columns[lead].id, "") == src for r in tasks)
    assert win.doc.undo_stack.count() == n + 1                  # one undo step
    assert "Hoàn tác" in win.a_undo.text()
    # fill right: the cell on the left copied into the one cell selected
    sup = _col(app, "support")
    assert sup == lead + 1 and app.rows[tasks[1]].cells.get(app.columns[sup].id) != src
    sm.clearSelection()
    t.setCurrentIndex(ed.model.index(tasks[1], sup))
    QTest.keyClick(win.windowHandle(), Qt.Key_R, Qt.ControlModifier)
    QApplication.processEvents()
    assert win.doc.plan.appendices[0].rows[tasks[1]].cells.get(app.columns[sup].id) == src
    # let go of Ctrl: Qt keeps the last key's modifiers as held, and the next test's clicks would toggle
    QTest.keyRelease(win.windowHandle(), Qt.Key_Control, Qt.NoModifier)


def test_no_row_numbers_beside_tt_and_copy_of_a_block_reads_as_shown(win, tmp_path):
    from core.model import Plan
    from gui.editors.appendix import parse_tsv
    path, app, ed = _open(win, tmp_path)
    t = ed.table
    # no 1, 2, 3 … beside TT's I, 1, 2 … (they confused clerks); the strip still selects whole rows
    assert not any(ed.model.headerData(i, Qt.Vertical, Qt.DisplayRole) for i in range(len(app.rows)))
    t.selectAll()
    ed.copy()
    got = parse_tsv(QApplication.clipboard().text())
    numbers = Plan.row_numbers(app)
    want = [[(numbers.get(r.id, "") if c.key == "tt" else r.cells.get(c.id, "")) for c in app.columns]
            for r in app.rows]
    assert got == want
    # a block: rows 2–4, columns 1–2
    from PySide6.QtCore import QItemSelection
    t.clearSelection()
    t.selectionModel().select(QItemSelection(ed.model.index(2, 1), ed.model.index(4, 2)),
                              QItemSelectionModel.Select)
    ed.copy()
    assert parse_tsv(QApplication.clipboard().text()) == [
        [app.rows[r].cells.get(app.columns[c].id, "") for c in (1, 2)] for r in (2, 3, 4)]


def test_deadline_column_fits_a_written_deadline_on_one_line_at_1366(win, tmp_path):
    path, app, ed = _open(win, tmp_path)
    QApplication.processEvents()
    ed.fit_columns()
    c = _col(app, "deadline")
    need = ed.table.fontMetrics().horizontalAdvance("Trước ngày 15/12/2026") + 30   # text, icon and margins
    assert ed.table.columnWidth(c) >= need, (ed.table.columnWidth(c), need)
    assert sum(ed.table.columnWidth(i) for i in range(len(app.columns))) <= ed.table.viewport().width() + 2
