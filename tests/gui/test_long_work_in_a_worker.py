"""Long work (export, save a copy) runs in a worker on a snapshot or its own connection: an edit made
while it runs is neither lost nor half-seen, keys pressed meanwhile are held back, timers wait."""
import zipfile

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

import gui.file_commands as mw  # save a copy runs copy_plan_file from here
from core.export import EXPORTERS
from core.store.planfile import load_plan_readonly
from core.templates import plan_from_template


def _open(win, tmp_path):
    path = str(tmp_path / "kh.sqlite")
    assert win.create_and_open(plan_from_template("papi", agency="huyện Vị Xuyên", year="2026", place="Vị Xuyên"),
                               path)
    app = win.doc.plan.appendices[0]
    row = next(r for r in app.rows if r.kind == "task")
    col = next(c for c in app.columns if c.key == "task")
    win.doc.set_cell(app.id, row.id, col.id, "Trước khi xuất")
    return path, app, row, col


def _slow(fn, seconds=0.6):
    import time

    def run(*a):
        time.sleep(seconds)        # the worker is still busy when the edit below happens
        return fn(*a)
    return run


def test_an_edit_during_an_export_is_kept_and_the_export_is_one_state(win, tmp_path, monkeypatch):
    path, app, row, col = _open(win, tmp_path)
    monkeypatch.setitem(EXPORTERS, "docx", _slow(EXPORTERS["docx"]))
    seen = {}

    def edit_meanwhile():       # e.g. a pending edit flushed by a timer not of the window
        seen["timer_active"] = win.doc._flush_timer.isActive()
        win.doc.set_cell(app.id, row.id, col.id, "Sửa trong lúc xuất")
    QTimer.singleShot(150, edit_meanwhile)
    out = str(tmp_path / "kh.docx")
    win.export("docx", out)
    xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    assert "Trước khi xuất" in xml and "Sửa trong lúc xuất" not in xml     # the state when the export began
    assert load_plan_readonly(path).appendices[0].rows[app.rows.index(row)].cells[col.id] == "Sửa trong lúc xuất"
    assert seen["timer_active"] is False                # autosave waited while the job ran…
    assert win.doc._flush_timer.isActive()              # …and runs again after it


def test_an_edit_during_save_a_copy_is_kept_and_the_copy_is_whole(win, tmp_path, monkeypatch):
    path, app, row, col = _open(win, tmp_path)
    monkeypatch.setattr(mw, "copy_plan_file", _slow(mw.copy_plan_file))
    QTimer.singleShot(150, lambda: win.doc.set_cell(app.id, row.id, col.id, "Sửa trong lúc chép"))
    dest = str(tmp_path / "ban-sao.sqlite")
    win.save_copy(dest)
    copy = load_plan_readonly(dest)             # a valid plan file, of one committed state
    text = copy.appendices[0].rows[app.rows.index(row)].cells[col.id]
    assert text in ("Trước khi xuất", "Sửa trong lúc chép")
    assert load_plan_readonly(path).appendices[0].rows[app.rows.index(row)].cells[col.id] == "Sửa trong lúc chép"
    win.doc.set_cell(app.id, row.id, col.id, "Sau khi chép")       # the window's connection still works
    assert load_plan_readonly(path).appendices[0].rows[app.rows.index(row)].cells[col.id] == "Sau khi chép"


def test_keys_pressed_while_a_job_runs_are_held_back(win, tmp_path, monkeypatch):
    path, app, row, col = _open(win, tmp_path)
    win.select("header")
    field = win.pages["header"].w["place"]
    field.setFocus()
    before = win.doc.plan.meta.place
    monkeypatch.setitem(EXPORTERS, "docx", _slow(EXPORTERS["docx"]))
    QTimer.singleShot(100, lambda: QTest.keyClicks(field, "xyz"))
    QTimer.singleShot(200, lambda: QTest.keyClick(field, Qt.Key_Delete, Qt.ControlModifier))
    win.export("docx", str(tmp_path / "kh.docx"))
    QTest.qWait(800)                                 # past the editors' typing pause
    assert win.doc.plan.meta.place == before and field.text() == before
