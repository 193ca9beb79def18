"""Appendix table: rows, groups, columns, Excel paste — each undoable and in the file."""
import pytest
from PySide6.QtCore import Qt

from core.dump import dump
from core.model import Plan
from core.store.planfile import load_plan
from core.templates import plan_from_template


@pytest.fixture
def ctx(qtbot, tmp_path):
    from gui.main_window import MainWindow
    w = MainWindow(interactive=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    path = str(tmp_path / "kh.sqlite")
    assert w.create_and_open(plan_from_template("papi", agency="huyện Vị Xuyên", year="2024"), path)
    app = w.doc.plan.appendices[0]
    w.select("appendix", app.id)
    ed = w.pages["appendix"]
    ed.table.setFocus()
    yield w, ed, app, path
    w.close()


def _col(app, key):
    return next(i for i, c in enumerate(app.columns) if c.key == key)


def test_excel_block_paste_as_new_rows_inserts_rows(ctx):
    w, ed, app, path = ctx
    n = len(app.rows)
    ed.table.setCurrentIndex(ed.model.index(0, _col(app, "tt")))
    block = ('IX\tNhóm dán từ Excel\t\t\t\t\t\r\n'
             '1\tTiêu chí A\t"Nhiệm vụ dòng một\r\ncó xuống dòng"\t100%\tPhòng Nội vụ\tPhòng Tư pháp\tQuý I/2024\r\n'
             '2\tTiêu chí B\tNhiệm vụ dòng hai\t\tVăn phòng HĐND và UBND huyện\t\tThường xuyên\r\n')
    ed.paste(block, as_new_rows=True)      # Ctrl+Shift+V (Ctrl+V overwrites, as in Excel)
    assert len(app.rows) == n + 3
    g, r1, r2 = app.rows[1:4]
    assert g.kind == "group" and r1.kind == "task" and r2.kind == "task"
    assert r1.cells[app.columns[_col(app, "task")].id] == "Nhiệm vụ dòng một\ncó xuống dòng"
    assert r1.lead == ["Phòng Nội vụ"]
    assert ed.model.index(2, _col(app, "tt")).data() != ""        # numbered by position, not by the pasted "1"
    w.a_undo.trigger()
    assert len(app.rows) == n
    w.a_redo.trigger()
    expected = dump(w.doc.plan)
    w.close_document()
    assert dump(load_plan(path)) == expected


def test_rows_insert_move_group_delete_undo(ctx):
    w, ed, app, path = ctx
    start = dump(w.doc.plan)
    first_task = next(i for i, r in enumerate(app.rows) if r.kind == "task")
    ed.table.setCurrentIndex(ed.model.index(first_task, _col(app, "task")))
    w.a_add.trigger()                                   # Ctrl+Return in the table: a task row below
    new = app.rows[first_task + 1]
    assert new.kind == "task" and ed.table.currentIndex().row() == first_task + 1
    m = ed.model
    assert m.setData(m.index(first_task + 1, _col(app, "task")), "Nhiệm vụ mới", Qt.EditRole)
    nums = Plan.row_numbers(app)
    head, _, last = nums[app.rows[first_task].id].rpartition(".")
    assert nums[new.id] == (head + "." if head else "") + str(int(last) + 1)
    w.a_up.trigger()                                    # Alt+Up moves it above
    assert app.rows[first_task].id == new.id and ed.table.currentIndex().row() == first_task
    w.a_group.trigger()                                 # Ctrl+G: make it a group row
    assert app.rows[first_task].kind == "group"
    assert m.index(first_task, _col(app, "tt")).data(Qt.BackgroundRole) is not None  # visibly distinct
    w.a_indent.trigger()                                # a deeper group level
    assert app.rows[first_task].level == 1
    w.a_delete.trigger()
    assert all(r.id != new.id for r in app.rows)
    for _ in range(6):                                  # insert, edit, move, group, level, delete
        w.a_undo.trigger()
    assert dump(w.doc.plan) == start
    w.close_document()
    assert dump(load_plan(path)) == start


def test_columns_add_rename_move_remove_undo(ctx):
    w, ed, app, path = ctx
    start = dump(w.doc.plan)
    n = len(app.columns)
    ed.add_column(after=_col(app, "deadline"), title="Ghi chú")
    assert [c.title for c in app.columns][-1] == "Ghi chú" and len(app.columns) == n + 1
    ed.rename_column(n, "Ghi chú thêm")
    ed.move_column(n, -1)
    assert app.columns[n - 1].title == "Ghi chú thêm"
    # text in the removed column comes back with undo
    key, row = next((c.key, r) for r in app.rows for c in app.columns if c.key != "tt" and r.cells.get(c.id))
    text = row.cells[app.columns[_col(app, key)].id]
    ed.remove_column(_col(app, key))
    assert all(c.key != key for c in app.columns)
    w.a_undo.trigger()
    assert row.cells[app.columns[_col(app, key)].id] == text
    for _ in range(3):
        w.a_undo.trigger()
    assert dump(w.doc.plan) == start
    w.close_document()
    assert dump(load_plan(path)) == start


def test_recipients_and_signer_editors(ctx, qtbot):
    w, ed, app, path = ctx
    w.select("recipients")
    red = w.pages["recipients"]
    ids = [r.id for r in w.doc.plan.recipients]
    lines = [r.text for r in w.doc.plan.recipients]
    red.text.setPlainText("\n".join(lines[:2] + ["- Sở Nội vụ;"] + lines[2:]))
    w.flush_editor()
    recs = w.doc.plan.recipients
    assert recs[2].text == "- Sở Nội vụ;" and [r.id for r in recs[:2]] == ids[:2] and recs[3].id == ids[2]
    sid = w.doc.plan.signers[0].id
    w.select("signer", sid)
    sed = w.pages["signer"]
    sed.prefix.setCurrentIndex(sed.prefix.findData("KT."))
    sed.lines.setPlainText("CHỦ TỊCH\nPHÓ CHỦ TỊCH")
    sed.name.setText("Nguyễn Văn A")
    sed.touched()
    w.flush_editor()
    s = w.doc.plan.signers[0]
    assert s.authority_lines() == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] and s.name == "Nguyễn Văn A"
    assert "KT. CHỦ TỊCH" in sed.preview.text()
    # a deputy on behalf of the committee: TM. with "KT. CHỦ TỊCH" as the first line
    sed.prefix.setCurrentIndex(sed.prefix.findData("TM."))
    sed.collective.setText("ỦY BAN NHÂN DÂN")
    sed.lines.setPlainText("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
    sed.touched()
    w.flush_editor()
    assert w.doc.plan.signers[0].authority_lines() == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    expected = dump(w.doc.plan)
    w.close_document()
    assert dump(load_plan(path)) == expected


def test_print_orientation_choice(ctx):
    """Khổ in: Tự động / Dọc / Ngang — kept in the file, undoable, used by the export."""
    from core.export import walk
    from core.store.planfile import load_plan
    w, ed, app, path = ctx
    assert ed.orient.currentData() == "auto" and app.landscape is None
    assert walk.build(w.doc.plan).appendices[0].landscape is True       # the PAPI table is wide
    ed.orient.setCurrentIndex(ed.orient.findData("portrait"))
    assert app.landscape is False
    assert walk.build(w.doc.plan).appendices[0].landscape is False
    w.doc.flush()
    assert load_plan(path).appendices[0].landscape is False
    w.a_undo.trigger()
    assert app.landscape is None and ed.orient.currentData() == "auto"
    w.a_redo.trigger()
    assert app.landscape is False and ed.orient.currentData() == "portrait"
