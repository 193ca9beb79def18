"""Issue 18 item 5: Excel's fill handle on the appendix table — the small square on the selection's
bottom-right corner, a cross cursor over it, dragged down or right it copies the selection into the rows
(columns) dragged over as ONE undo step; Esc cancels; rows a filter hides are not touched. Driven with the
mouse on the real window's table (QTest press / move / release on the viewport at the handle)."""
import os
import shutil

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from core.cli import load_plan_readonly
from core.dump import dump

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VI_XUYEN = os.path.join(ROOT, "resources", "samples", "004_e03d70a70aa68992.sqlite")   # 48 rows


def _open(win, tmp_path):
    path = str(tmp_path / "kh.sqlite")
    shutil.copy(VI_XUYEN, path)
    assert win.open_path(path)
    app = win.doc.plan.appendices[0]
    win.select("appendix", app.id)
    QApplication.processEvents()
    return path, app, win.pages["appendix"]


def _col(app, key):
    return next(k for k, c in enumerate(app.columns) if c.key == key)


def _cell(win, row, col):
    app = win.doc.plan.appendices[0]
    return app.rows[row].cells.get(app.columns[col].id, "")


def _select(ed, row, col):
    t = ed.table
    t.setFocus()
    t.setCurrentIndex(ed.model.index(row, col))
    t.selectionModel().select(ed.model.index(row, col), QItemSelectionModel.ClearAndSelect)
    t.scrollTo(ed.model.index(row, col), QAbstractItemView.PositionAtTop)
    t.fit_visible_rows()
    QApplication.processEvents()


def _at(ed, row, col) -> QPoint:
    """The middle of a cell on the screen (it must be in sight)."""
    r = ed.table.visualRect(ed.model.index(row, col))
    assert ed.table.viewport().rect().contains(r.center()), (row, col, r)
    return r.center()


def _drag(ed, to: QPoint, esc: bool = False):
    t = ed.table
    vp = t.viewport()
    h = t.fill_handle_rect()
    assert not h.isNull()
    QTest.mouseMove(vp, h.center())
    assert vp.cursor().shape() == Qt.CrossCursor              # the cross over the handle
    QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, h.center())
    mid = QPoint((h.center().x() + to.x()) // 2, (h.center().y() + to.y()) // 2)
    QTest.mouseMove(vp, mid)
    QTest.mouseMove(vp, to)
    outline = t.fill_target_rect()                            # the dashed outline of the range to fill
    if esc:                                                   # typed as the clerk would: through the window
        QTest.keyClick(t.window().windowHandle(), Qt.Key_Escape)
        assert t.fill_target_rect().isNull()
    QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, to)
    QApplication.processEvents()
    return outline


def test_drag_down_three_rows_copies_the_value_one_undo_restores(win, tmp_path):
    path, app, ed = _open(win, tmp_path)
    before = dump(load_plan_readonly(path))
    lead = _col(app, "lead")
    src = _cell(win, 1, lead)
    assert src == "Phòng Văn hóa thông tin" and all(_cell(win, r, lead) != src for r in (2, 3, 4, 5))
    _select(ed, 1, lead)
    n = win.doc.undo_stack.count()
    outline = _drag(ed, _at(ed, 4, lead))
    # the outline covered the selection and the three rows below it
    assert outline.contains(_at(ed, 1, lead)) and outline.contains(_at(ed, 4, lead))
    assert not outline.contains(_at(ed, 4, lead + 1))
    assert [_cell(win, r, lead) for r in (1, 2, 3, 4)] == [src] * 4
    assert _cell(win, 5, lead) != src                          # only as far as the mouse went
    assert [_cell(win, r, lead + 1) for r in (2, 3, 4)] == [app.rows[r].cells.get(app.columns[lead + 1].id, "")
                                                            for r in (2, 3, 4)]
    assert win.doc.undo_stack.count() == n + 1                 # one undo step
    saved = load_plan_readonly(path)
    assert all(saved.appendices[0].rows[r].cells.get(app.columns[lead].id) == src for r in (2, 3, 4))
    # the selection grew over the filled rows, as in Excel; the handle now on row 4's corner
    assert {i.row() for i in ed.table.selectionModel().selectedIndexes()} == {1, 2, 3, 4}
    h = ed.table.fill_handle_rect()
    cell = ed.table.visualRect(ed.model.index(4, lead))
    assert h.contains(cell.bottomRight())
    win.doc.undo_stack.undo()
    assert dump(load_plan_readonly(path)) == before


def test_drag_right_copies_along_the_row(win, tmp_path):
    path, app, ed = _open(win, tmp_path)
    lead, sup = _col(app, "lead"), _col(app, "support")
    assert sup == lead + 1
    src = _cell(win, 2, lead)
    other = _cell(win, 2, sup)
    assert src and other != src
    deadline = _cell(win, 2, sup + 1)
    _select(ed, 2, lead)
    n = win.doc.undo_stack.count()
    _drag(ed, _at(ed, 2, sup))
    assert _cell(win, 2, sup) == src
    assert _cell(win, 2, sup + 1) == deadline and _cell(win, 3, sup) != src
    assert win.doc.undo_stack.count() == n + 1
    win.doc.undo_stack.undo()
    assert _cell(win, 2, sup) == other


def test_esc_cancels_and_dragging_up_does_nothing(win, tmp_path):
    path, app, ed = _open(win, tmp_path)
    before = dump(load_plan_readonly(path))
    lead = _col(app, "lead")
    _select(ed, 1, lead)
    n = win.doc.undo_stack.count()
    outline = _drag(ed, _at(ed, 4, lead), esc=True)
    assert not outline.isNull()                                # there was a target, and Esc dropped it
    assert win.doc.undo_stack.count() == n
    assert dump(load_plan_readonly(path)) == before
    # dragged up (or left) past the selection: no target, nothing written
    _select(ed, 3, lead)
    ed.table.scrollToTop()
    ed.table.fit_visible_rows()
    QApplication.processEvents()
    assert _drag(ed, _at(ed, 1, lead)).isNull()
    assert _drag(ed, _at(ed, 3, lead - 1)).isNull()
    assert win.doc.undo_stack.count() == n
    assert dump(load_plan_readonly(path)) == before


def test_filtered_out_rows_are_not_touched(win, tmp_path):
    path, app, ed = _open(win, tmp_path)
    lead, dl = _col(app, "lead"), _col(app, "deadline")
    ed.set_filter("Phòng Nội vụ", lead)
    shown = ed.visible_rows()
    assert shown[:4] == [2, 3, 4, 12]                          # rows 5-11 hidden by the filter
    src = _cell(win, 2, dl)
    hidden_before = {r: _cell(win, r, dl) for r in range(5, 12)}
    assert all(_cell(win, r, dl) != src for r in (3, 4, 12))
    _select(ed, 2, dl)
    ed.table.scrollToTop()
    ed.table.fit_visible_rows()
    QApplication.processEvents()
    n = win.doc.undo_stack.count()
    _drag(ed, _at(ed, 12, dl))
    assert [_cell(win, r, dl) for r in (3, 4, 12)] == [src] * 3
    assert {r: _cell(win, r, dl) for r in range(5, 12)} == hidden_before
    assert win.doc.undo_stack.count() == n + 1
    ed.clear_view()


def test_sorted_view_fills_the_rows_shown_below(win, tmp_path):
    path, app, ed = _open(win, tmp_path)
    lead, dl = _col(app, "lead"), _col(app, "deadline")
    ed.sort_view(dl, ascending=False)
    shown = ed.visible_rows()
    assert shown[:3] != sorted(shown[:3])                       # really another order than the plan's
    first, below = shown[0], shown[1:3]
    src = _cell(win, first, lead)
    assert src and any(_cell(win, r, lead) != src for r in below)
    others = {r: _cell(win, r, lead) for r in shown[3:]}
    _select(ed, first, lead)
    ed.table.scrollToTop()
    ed.table.fit_visible_rows()
    QApplication.processEvents()
    _drag(ed, _at(ed, below[-1], lead))
    assert [_cell(win, r, lead) for r in below] == [src, src]
    assert {r: _cell(win, r, lead) for r in shown[3:]} == others
    # the grown selection (rows apart in the plan, together on the screen) still has its handle,
    # on the corner of the last row filled
    h = ed.table.fill_handle_rect()
    assert h.contains(ed.table.visualRect(ed.model.index(below[-1], lead)).bottomRight())
    ed.clear_view()


def test_no_handle_for_several_areas_nor_while_editing(win, tmp_path):
    path, app, ed = _open(win, tmp_path)
    lead = _col(app, "lead")
    _select(ed, 1, lead)
    assert not ed.table.fill_handle_rect().isNull()
    ed.table.selectionModel().select(ed.model.index(3, lead), QItemSelectionModel.Select)   # Ctrl+click
    QApplication.processEvents()
    assert ed.table.fill_handle_rect().isNull()
    _select(ed, 1, lead)
    ed.table.edit(ed.model.index(1, lead))
    QApplication.processEvents()
    assert ed.table.fill_handle_rect().isNull()
