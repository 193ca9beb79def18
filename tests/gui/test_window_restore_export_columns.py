"""Main-window polish (issue 4): restore from backup, group rows spanning the
table, remembered column widths, bold/italic section titles, export from the window."""
import os
import zipfile
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from core import session as sess
from core.dump import dump
from core.store.planfile import load_plan_readonly
from core.templates import plan_from_template


def _new(win, tmp_path, name="kh.sqlite"):
    path = str(tmp_path / name)
    assert win.create_and_open(plan_from_template("papi", agency="huyện Vị Xuyên", year="2024",
                                                  place="Vị Xuyên"), path)
    return path


def _task_cell(plan):
    app = plan.appendices[0]
    row = next(r for r in app.rows if r.kind == "task")
    col = next(c for c in app.columns if c.key not in ("tt",))
    return app, row, col


# ------------------------------------------------------------ 1. restore --
def test_restore_from_backup_in_the_window(win, tmp_path, monkeypatch):
    path = _new(win, tmp_path)
    doc = win.doc
    t0 = datetime.now() - timedelta(hours=3)
    old = sess.make_backup(doc.store, path, now=t0)
    want = dump(doc.plan)
    app, row, col = _task_cell(doc.plan)
    doc.set_cell(app.id, row.id, col.id, "Sửa sau khi sao lưu")
    edited = dump(doc.plan)
    assert edited != want
    sess.make_backup(doc.store, path, now=t0 + timedelta(hours=1))

    seen = {}

    def choose(parent, infos):   # the real dialog, without exec(): pick the older backup
        from gui.dialogs.restore_dialog import RestoreDialog
        dlg = RestoreDialog(infos, parent)
        seen["rows"] = [[dlg.list.topLevelItem(i).text(c) for c in range(3)]
                        for i in range(dlg.list.topLevelItemCount())]
        dlg.list.setCurrentItem(dlg.list.topLevelItem(1))
        return dlg.chosen()
    monkeypatch.setattr("gui.dialogs.restore_dialog.choose_backup", choose)
    assert win.a_restore.isEnabled()
    win.a_restore.trigger()

    rows = seen["rows"]
    assert len(rows) == 2 and "giờ trước" in rows[1][0] and t0.strftime("%d/%m/%Y") in rows[1][0]
    n_secs = sum(1 for _ in doc.plan.walk())
    assert rows[1][1].endswith("KB") and rows[1][2].startswith(f"{n_secs} mục")
    assert win.doc is doc                                      # the plan stays open: no reopen
    assert dump(win.doc.plan) == want                          # the window shows the backup's content
    assert dump(load_plan_readonly(path)) == want              # and the file holds it
    befores = [p for p, _ in sess.list_backups(path) if p != old]
    assert any(dump(load_plan_readonly(p)) == edited for p in befores)   # the state before restoring
    assert "Đã khôi phục" in win.statusBar().currentMessage()
    # one undoable step, with the edits before it still in the history
    assert doc.undo_stack.undoText() == "Khôi phục từ bản sao lưu"
    doc.undo_stack.undo()
    assert dump(doc.plan) == edited and dump(load_plan_readonly(path)) == edited
    doc.undo_stack.undo()                                      # the cell edit made before the backup
    assert dump(doc.plan) == want
    doc.undo_stack.redo()
    doc.undo_stack.redo()
    assert dump(load_plan_readonly(path)) == want


def test_restore_dialog_disables_damaged_backups(qtbot, tmp_path):
    from gui.dialogs.restore_dialog import RestoreDialog
    good = sess.BackupInfo(str(tmp_path / "a.sqlite"), datetime(2024, 6, 3, 10, 42), 40960, 12, 1, 30)
    bad = sess.BackupInfo(str(tmp_path / "b.sqlite"), datetime(2024, 6, 2, 10, 42), 100, error="hỏng")
    dlg = RestoreDialog([bad, good], now=datetime(2024, 6, 3, 12, 42))
    qtbot.addWidget(dlg)
    assert dlg.chosen() == good.path                  # the damaged one is skipped
    assert dlg.list.topLevelItem(1).text(0) == "10:42 Thứ Hai, 03/06/2024 (2 giờ trước)"
    assert dlg.list.topLevelItem(1).text(1) == "40 KB"
    assert not dlg.list.topLevelItem(0).flags() & Qt.ItemIsEnabled   # cannot be chosen
    assert "không đọc được" in dlg.list.topLevelItem(0).text(2)


# ------------------------------------------------------------- 2. spans --
def _spans(ed):
    """{row: (start column, count)} for every spanned row of the table."""
    t, app = ed.table, ed.app
    out = {}
    for i in range(len(app.rows)):
        for c in range(len(app.columns)):
            if t.columnSpan(i, c) > 1 and t.rowSpan(i, c) >= 1:
                out[i] = (c, t.columnSpan(i, c))
                break
    return out


def _expected_spans(app):
    out = {}
    cols = app.columns
    for i, r in enumerate(app.rows):
        if r.kind != "group":
            continue
        start = next(k for k, c in enumerate(cols) if c.key != "tt")
        end = start + 1
        while end < len(cols) and not r.cells.get(cols[end].id):
            end += 1
        if end - start > 1:
            out[i] = (start, end - start)
    return out


def test_group_rows_span_the_empty_columns(win, tmp_path):
    _new(win, tmp_path)
    doc = win.doc
    app = doc.plan.appendices[0]
    win.select("appendix", app.id)
    ed = win.pages["appendix"]
    n_cols = len(app.columns)
    groups = [i for i, r in enumerate(app.rows) if r.kind == "group"]
    assert groups and _spans(ed) == _expected_spans(app)
    assert _spans(ed)[groups[0]] == (1, n_cols - 1)              # the whole row after TT
    assert all(i in groups for i in _spans(ed))                  # only group rows

    def check():
        assert _spans(ed) == _expected_spans(ed.app)

    # insert a group row before the first one: every span moves down
    made = doc.insert_rows(app.id, 0, [{"kind": "group", "cells": {app.columns[1].id: "NHÓM MỚI"}}])
    check()
    assert 0 in _spans(ed)
    # a task turned into a group gets a span; the group turned back loses it
    t = next(i for i, r in enumerate(ed.app.rows) if r.kind == "task")
    doc.set_rows(app.id, [ed.app.rows[t].id], kind="group")
    check()
    assert t in _spans(ed)
    doc.set_rows(app.id, [ed.app.rows[t].id], kind="task")
    check()
    assert t not in _spans(ed)
    # a cell typed into a group row stops the span there
    g = groups[0] + 1
    doc.set_cell(app.id, ed.app.rows[g].id, ed.app.columns[3].id, "31/12")
    check()
    assert _spans(ed)[g] == (1, 2)
    # move, delete, undo
    doc.move_rows(app.id, [made[0].id], len(ed.app.rows))
    check()
    assert _spans(ed)[len(ed.app.rows) - 1] == (1, n_cols - 1) and _spans(ed)[g - 1] == (1, 2)
    doc.delete_rows(app.id, [made[0].id])
    check()
    for _ in range(6):
        win.undo()
        check()
    assert 0 in _spans(ed)


# ------------------------------------------------------------ 3. widths --
def test_dragged_column_width_is_kept_in_the_plan_and_undoable(win, tmp_path, qtbot):
    path = _new(win, tmp_path)
    doc = win.doc
    app = doc.plan.appendices[0]
    win.select("appendix", app.id)
    ed = win.pages["appendix"]
    t = ed.table
    c = next(i for i, col in enumerate(app.columns) if col.key == "task")
    other = next(i for i, col in enumerate(app.columns) if col.key not in ("tt", "task"))
    before = [col.width for col in app.columns]
    px, px_other = t.columnWidth(c), t.columnWidth(other)
    t.horizontalHeader().resizeSection(c, int(px * 1.5))      # what a drag of the edge does
    qtbot.waitUntil(lambda: doc.undo_stack.canUndo(), timeout=3000)
    saved = [col.width for col in load_plan_readonly(path).appendices[0].columns]
    eff = ed.effective_widths(app.columns)
    assert saved == eff and saved != before
    assert saved[c] / saved[other] == pytest.approx(1.5 * px / px_other, rel=0.05)
    # the view follows the stored proportions (refit to the window's width)
    assert t.columnWidth(c) / t.columnWidth(other) == pytest.approx(saved[c] / saved[other], rel=0.05)
    assert "Word/PDF" in win.statusBar().currentMessage()
    win.undo()
    assert [col.width for col in load_plan_readonly(path).appendices[0].columns] == before
    assert t.columnWidth(c) == pytest.approx(px, abs=2)
    win.redo()
    win.close_document()
    assert win.open_path(path)
    win.select("appendix", app.id)
    ed = win.pages["appendix"]
    assert [col.width for col in win.doc.plan.appendices[0].columns] == saved
    assert ed.table.columnWidth(c) / ed.table.columnWidth(other) == pytest.approx(saved[c] / saved[other], rel=0.05)


# ------------------------------------------------------------ 5. export --
def test_export_word_and_pdf_from_the_window(win, tmp_path, monkeypatch):
    import re
    import shutil
    import subprocess

    from PySide6.QtWidgets import QFileDialog
    _new(win, tmp_path)
    doc = win.doc
    app, row, col = _task_cell(doc.plan)
    doc.set_cell(app.id, row.id, col.id, "Rà soát hồ sơ XUẤT-THỬ-42")      # an edit made in the window
    asked = []

    def save_name(parent, caption, base, filt):
        asked.append((base, filt))
        return str(tmp_path / ("out.docx" if "docx" in filt else "out.pdf")), filt
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    assert win.a_docx.isEnabled() and win.a_pdf.isEnabled()
    win.a_docx.trigger()
    win.a_pdf.trigger()
    assert [os.path.splitext(b)[1] for b, _ in asked] == [".docx", ".pdf"]

    docx = tmp_path / "out.docx"
    with zipfile.ZipFile(docx) as z:
        assert z.testzip() is None
        xml = z.read("word/document.xml").decode("utf-8")
    # a long trích yếu is broken into balanced lines, one paragraph each: read a paragraph end as a space
    text = " ".join(re.sub(r"<[^>]+>", "", re.sub(r"</w:p>|<w:br/>", " ", xml)).split())
    assert doc.plan.meta.title and doc.plan.meta.title in text
    assert "XUẤT-THỬ-42" in text
    pdf = (tmp_path / "out.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"%%EOF" in pdf[-1024:]
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(tmp_path / "out.pdf")], capture_output=True, text=True, timeout=60)
        pages = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))
        assert pages > 0
    assert "out.pdf" in win.statusBar().currentMessage()
