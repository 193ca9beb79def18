"""Issue 18 item 9: the Edit menu says what Ctrl+Z / Ctrl+Y will undo and redo."""
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolBar

from core.templates import plan_from_template


def _new(win, tmp_path):
    path = str(tmp_path / "kh.sqlite")
    assert win.create_and_open(plan_from_template("papi", agency="huyện Vị Xuyên", year="2024",
                                                  place="Vị Xuyên"), path)
    return path


def _key(win, k, mod=Qt.NoModifier):
    QTest.keyClick(win.windowHandle(), k, mod)
    QApplication.processEvents()


def test_edit_menu_names_the_step_to_undo_and_redo(win, tmp_path):
    _new(win, tmp_path)
    assert win.a_undo.text().replace("&", "") == "Hoàn tác"        # nothing done yet
    first = next(iter(win.doc.plan.sections))
    win.select("section", first.id)
    win.tree.setFocus()
    _key(win, Qt.Key_Down, Qt.AltModifier)                          # Alt+↓: move the section
    assert win.a_undo.text().replace("&", "") == "Hoàn tác: Di chuyển mục"
    assert "Hoàn tác: Di chuyển mục" in win.a_undo.toolTip()
    _key(win, Qt.Key_Z, Qt.ControlModifier)
    QTest.keyRelease(win.windowHandle(), Qt.Key_Control, Qt.NoModifier)    # Ctrl no longer held
    assert win.a_redo.text().replace("&", "") == "Làm lại: Di chuyển mục"
    assert win.a_undo.text().replace("&", "") == "Hoàn tác"
    # the toolbar keeps its short word, the menu the whole sentence
    tb = win.findChild(QToolBar, "main-toolbar")
    assert tb.widgetForAction(win.a_redo).text() == "Làm lại"
    win.close_document()
    assert win.a_redo.text().replace("&", "") == "Làm lại"
