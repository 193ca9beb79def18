"""Fixes from the clerk-style audit of the window (/tmp/audit-gui/REPORT.md): each test drives
the real window as a clerk would (keys through the window, modal dialogs answered on screen)."""
import os
import zipfile

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from core.cli import load_plan_readonly
from core.dump import dump
from core.templates import plan_from_template


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("KEHOACH_REMOVABLE", raising=False)


@pytest.fixture
def win(qtbot):
    from gui.main_window import MainWindow
    w = MainWindow(interactive=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w
    w.close()


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
