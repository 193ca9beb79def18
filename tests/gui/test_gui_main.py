"""Drive the real window: template → sections → appendix cell with the agency
picker → undo/redo → close → reopen; the file's dump must equal what was done."""

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from core.dump import dump
from core.store.planfile import load_plan
from core.templates import plan_from_template


def _new(win, tmp_path, name="kh.sqlite"):
    path = str(tmp_path / name)
    assert win.create_and_open(plan_from_template("papi", agency="huyện Vị Xuyên", year="2024",
                                                  place="Vị Xuyên"), path)
    return path


def type_text(widget, text):
    """Type *text* as key events (QTest.keyClicks asserts on non-ASCII letters)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    for ch in text:
        for t in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(t, Qt.Key_unknown if ord(ch) > 127 else ord(ch.upper()),
                                                      Qt.NoModifier, ch))


def _titles(d):
    return [(s["number"], s["title"]) for s in d["sections"]]


def test_edit_session_roundtrip(win, qtbot, tmp_path):
    path = _new(win, tmp_path)
    doc = win.doc
    start = dump(doc.plan)
    assert _titles(start)[1] == ("II.", "MỤC TIÊU")

    # --- add a section after II with Ctrl+Return and type its title
    win.select("section", doc.plan.sections[1].id)
    win.tree.setFocus()
    win.a_add.trigger()
    ed = win.pages["section"]
    assert win.stack.currentWidget() is ed
    ed.title.setFocus()
    type_text(ed.title, "KINH PHÍ THỰC HIỆN")
    ed.body.setFocus()
    type_text(ed.body, "Từ ngân sách ")
    qtbot.keyClick(ed.body, Qt.Key_B, Qt.ControlModifier)
    type_text(ed.body, "huyện")
    win.flush_editor()
    d = dump(doc.plan)
    assert _titles(d)[2] == ("III.", "KINH PHÍ THỰC HIỆN")
    assert _titles(d)[3][0] == "IV."                       # numbering recomputed
    para = d["sections"][2]["paragraphs"][0]
    assert para["text"] == "Từ ngân sách huyện"
    assert para["runs"] == [["Từ ngân sách "], ["huyện", "b"]]

    # --- move it up (Alt+Up) — now II., and MỤC TIÊU becomes III.
    new_id = doc.plan.sections[2].id
    win.tree.setFocus()
    win.a_up.trigger()
    d = dump(doc.plan)
    assert _titles(d)[1] == ("II.", "KINH PHÍ THỰC HIỆN") and _titles(d)[2] == ("III.", "MỤC TIÊU")
    assert win.tree.currentIndex().data(Qt.UserRole + 1) == new_id   # selection follows the node

    # --- indent it under I. (Alt+Right): it becomes khoản 3 of I.
    win.a_indent.trigger()
    d = dump(doc.plan)
    assert [c["number"] + " " + c["title"] for c in d["sections"][0]["children"]][-1] == "3. KINH PHÍ THỰC HIỆN"
    assert _titles(d)[1] == ("II.", "MỤC TIÊU")

    # --- appendix cell with the agency picker (completer on the last agency after ';')
    app = doc.plan.appendices[0]
    win.select("appendix", app.id)
    aed = win.pages["appendix"]
    assert win.stack.currentWidget() is aed
    r = next(i for i, row in enumerate(app.rows) if row.kind == "task")
    c = next(i for i, col in enumerate(app.columns) if col.key == "support")
    idx = aed.model.index(r, c)
    aed.table.setFocus()
    aed.table.setCurrentIndex(idx)
    aed.table.edit(idx)
    editor = aed.table.findChild(QLineEdit)
    assert editor is not None and editor.completer() is not None
    editor.clear()
    type_text(editor, "Phòng Tư pháp; nội v")
    comp = editor.completer()
    assert comp.completionCount() >= 1
    names = [comp.completionModel().index(i, 0).data() for i in range(comp.completionCount())]
    assert "Phòng Nội vụ" in names
    k = names.index("Phòng Nội vụ")
    popup = comp.popup()
    assert popup.isVisible()
    for _ in range(k + 1):                       # choose it in the list, as a clerk would
        qtbot.keyClick(popup, Qt.Key_Down)
    qtbot.keyClick(popup, Qt.Key_Return)
    assert editor.text() == "Phòng Tư pháp; Phòng Nội vụ"
    qtbot.keyClick(editor, Qt.Key_Return)        # save the cell
    qtbot.waitUntil(lambda: aed.table.state() != aed.table.State.EditingState, timeout=2000)
    row = app.rows[r]
    assert row.cells[app.columns[c].id] == "Phòng Tư pháp; Phòng Nội vụ"
    assert row.support == ["Phòng Tư pháp", "Phòng Nội vụ"]
    after_cell = dump(doc.plan)

    # --- undo / redo through the window actions
    win.a_undo.trigger()
    assert dump(doc.plan)["appendices"][0]["rows"][r]["cells"][c] == start["appendices"][0]["rows"][r]["cells"][c]
    win.a_undo.trigger()   # the indent
    assert _titles(dump(doc.plan))[1] == ("II.", "KINH PHÍ THỰC HIỆN")
    win.a_redo.trigger()
    win.a_redo.trigger()
    assert dump(doc.plan) == after_cell

    # --- delete a section with its children, undo restores it
    win.select("section", doc.plan.sections[2].id)     # III. NHIỆM VỤ VÀ GIẢI PHÁP (with children)
    win.tree.setFocus()
    before_del = dump(doc.plan)
    win.a_delete.trigger()
    assert len(dump(doc.plan)["sections"]) == len(before_del["sections"]) - 1
    win.a_undo.trigger()
    assert dump(doc.plan) == before_del
    expected = dump(doc.plan)

    # --- close and reopen: the file holds exactly what was done
    win.close_document()
    assert dump(load_plan(path)) == expected
    assert win.open_path(path)
    assert dump(win.doc.plan) == expected


def test_tree_drag_and_drop_moves_section(win, tmp_path):
    _new(win, tmp_path)
    doc = win.doc
    m = win.tree_model
    first = doc.plan.sections[0]
    md = m.mimeData([m.index_for("section", first.id)])
    # drop at the end of section III's children
    target = doc.plan.sections[2]
    assert m.canDropMimeData(md, Qt.MoveAction, -1, 0, m.index_for("section", target.id))
    m.dropMimeData(md, Qt.MoveAction, -1, 0, m.index_for("section", target.id))
    QApplication.processEvents()
    d = dump(doc.plan)
    assert d["sections"][0]["title"] == "MỤC TIÊU"
    moved = d["sections"][1]["children"][-1]
    assert moved["title"] == "MỤC ĐÍCH, YÊU CẦU" and moved["number"].endswith(".")
    assert [c["number"] for c in moved["children"]] == ["a)", "b)"]   # relabelled one level down
    win.a_undo.trigger()
    assert dump(doc.plan)["sections"][0]["title"] == "MỤC ĐÍCH, YÊU CẦU"


def test_second_window_refused_by_lock(win, qtbot, tmp_path):
    from gui.main_window import MainWindow
    path = _new(win, tmp_path)
    other = MainWindow(interactive=False)
    qtbot.addWidget(other)
    assert not other.open_path(path)
    assert "cửa sổ khác" in other.statusBar().currentMessage()
    win.close_document()
    assert other.open_path(path)
    other.close()


def test_word_paste_keeps_bold_italic_only(win, qtbot, tmp_path):
    _new(win, tmp_path)
    sec = win.doc.plan.sections[1]
    win.select("section", sec.id)
    ed = win.pages["section"]
    ed.body.clear()
    md = QMimeData()
    md.setHtml("<html><body><p class=MsoNormal><span style='font-family:Arial;color:red;font-size:20pt'>"
               "- Một </span><b>đậm</b> và <i>nghiêng</i> <u>gạch</u></p>"
               "<table><tr><td>ô</td></tr></table></body></html>")
    md.setText("- Một đậm và nghiêng gạch")
    ed.body.insertFromMimeData(md)
    paras = ed.body.paragraphs()
    assert paras[0].kind == "dash"
    assert [(r.text, r.bold, r.italic) for r in paras[0].runs] == [
        ("Một ", False, False), ("đậm", True, False), (" và ", False, False), ("nghiêng", False, True),
        (" gạch", False, False)]
    win.flush_editor()
    assert win.doc.plan.find_section(sec.id).body[0].runs[1].bold


def test_crash_hook_logs_and_rolls_back(win, tmp_path):
    from gui import app as gapp
    _new(win, tmp_path)
    gapp._window = win
    conn = win.doc.store.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        raise RuntimeError("boom")
    except RuntimeError as e:
        log = gapp.handle_exception(type(e), e, e.__traceback__, show=False)
    assert not conn.in_transaction
    assert "RuntimeError: boom" in open(log, encoding="utf-8").read()
    gapp._window = None
