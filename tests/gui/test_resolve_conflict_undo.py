"""Issue 13, item 1, in the window: File → Xung đột gộp còn chờ xử lý… → "Áp dụng" is one undoable
edit of the open plan — the window does not reopen it (same Document, same Plan), Ctrl+Z brings the
value and the conflict back (on disk too), and the edits made before it stay in the undo history."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from core import merge as M  # noqa: E402
from core.store.planfile import load_plan_readonly  # noqa: E402
from tests.merge.test_merge_util import SAMPLES, Pick, copy, edit, make_base, set_cell, set_meta  # noqa: E402


@pytest.fixture
def merged(tmp_path):
    base = make_base(tmp_path, SAMPLES[0] if SAMPLES else "template:papi")
    p = Pick(base)
    a, b = copy(base, tmp_path, "a.sqlite"), copy(base, tmp_path, "b.sqlite")
    edit(a, set_cell(p.app.id, p.rows[0].id, p.task.id, "Huyện viết"), set_meta(number="3"))
    edit(b, set_cell(p.app.id, p.rows[0].id, p.task.id, "Sở viết"), set_meta(number="4"))
    out = str(tmp_path / "m.sqlite")
    assert len(M.merge_files(a, b, out).conflicts) == 2
    return out, p


def _cell(plan, p):
    return next(r.cells.get(p.task.id) for a in plan.appendices for r in a.rows if r.id == p.rows[0].id)


def test_resolving_in_the_window_is_undoable_without_reopening(qtbot, merged, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from gui.dialogs import merge_dialog
    from gui.main_window import MainWindow
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    told = []
    monkeypatch.setattr(merge_dialog.QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    out, p = merged
    win = MainWindow(interactive=False)
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(out)
    doc, plan = win.doc, win.doc.plan
    doc.set_meta(title="KẾ HOẠCH sửa trước khi xử lý xung đột")        # an edit before the resolution
    assert doc.undo_stack.count() == 1
    win.select("appendix", p.app.id)                                  # the table is on screen
    page = win.pages["appendix"]
    col = next(i for i, c in enumerate(page.app.columns) if c.id == p.task.id)

    def shown():
        return page.model.index(page.model.row_of(p.rows[0].id), col).data()
    assert shown() == "Huyện viết"

    def choose():
        d = QApplication.activeModalWidget()
        if not isinstance(d, merge_dialog.MergeDialog):
            QTimer.singleShot(20, choose)
            return
        row = next(i for i in range(d.table.rowCount()) if d.table.item(i, 1).text().startswith("Ô"))
        d.set_choice(row, "theirs")
        d.apply()
    QTimer.singleShot(20, choose)
    win.a_conflicts.trigger()

    assert win.doc is doc and doc.plan is plan                        # no reopen
    assert _cell(plan, p) == "Sở viết" and shown() == "Sở viết"       # the table shows the choice
    assert _cell(load_plan_readonly(out), p) == "Sở viết"             # written at once
    assert len(M.pending_conflicts(load_plan_readonly(out))) == 1     # the conflict marked resolved
    assert told and "1" in told[-1]
    assert doc.undo_stack.count() == 2 and doc.undo_stack.undoText() == "Giải quyết xung đột"

    doc.undo_stack.undo()                                             # Ctrl+Z
    assert _cell(plan, p) == "Huyện viết" and len(M.pending_conflicts(plan)) == 2
    assert shown() == "Huyện viết"
    disk = load_plan_readonly(out)
    assert _cell(disk, p) == "Huyện viết" and len(M.pending_conflicts(disk)) == 2
    assert disk.meta.title == "KẾ HOẠCH sửa trước khi xử lý xung đột"
    doc.undo_stack.undo()                                             # the edit made before it
    assert load_plan_readonly(out).meta.title != "KẾ HOẠCH sửa trước khi xử lý xung đột"
    doc.undo_stack.redo()
    doc.undo_stack.redo()
    assert _cell(load_plan_readonly(out), p) == "Sở viết"
    assert win.doc is doc
    win.close()


def test_file_merge_then_resolve_is_an_undo_step_of_the_reopened_plan(qtbot, tmp_path, monkeypatch):
    """File → Merge: the merge result is read again (it carries both copies' histories), then the
    choices made in the conflict list are an undoable edit of that plan."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from gui.dialogs import merge_dialog
    from gui.main_window import MainWindow
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(merge_dialog.QMessageBox, "information", lambda *a, **k: None)
    base = make_base(tmp_path, SAMPLES[0] if SAMPLES else "template:papi")
    p = Pick(base)
    a, b = copy(base, tmp_path, "a.sqlite"), copy(base, tmp_path, "b.sqlite")
    edit(a, set_cell(p.app.id, p.rows[0].id, p.task.id, "Huyện viết"))
    edit(b, set_cell(p.app.id, p.rows[0].id, p.task.id, "Sở viết"))
    win = MainWindow(interactive=False)
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(a)

    def choose():
        d = QApplication.activeModalWidget()
        if not isinstance(d, merge_dialog.MergeDialog):
            QTimer.singleShot(20, choose)
            return
        d.choose_all("theirs")
        d.apply()
    QTimer.singleShot(20, choose)
    assert merge_dialog.merge_into_document(win, win.doc, b)
    doc = win.doc
    assert doc.undo_stack.undoText() == "Giải quyết xung đột"
    assert _cell(load_plan_readonly(a), p) == "Sở viết" and not M.pending_conflicts(load_plan_readonly(a))
    doc.undo_stack.undo()
    assert win.doc is doc
    assert _cell(load_plan_readonly(a), p) == "Huyện viết" and len(M.pending_conflicts(load_plan_readonly(a))) == 1
    win.close()
