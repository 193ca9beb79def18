"""Issue 12 item 10: a window with no plan (the file given at start-up could
not be opened).  Every action that needs a plan is disabled — menus, toolbar
and shortcuts — so Ctrl+Enter, Ctrl+L, Ctrl+Z, Ctrl+E … raise nothing, and
the empty window says what to do (open, new from a template, import)."""
from __future__ import annotations

import os
import shutil

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "resources", "samples", "004_e03d70a70aa68992.sqlite")


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("KEHOACH_REMOVABLE", raising=False)


@pytest.fixture
def bad_start(qtbot, tmp_path):
    """The window as run_gui leaves it after `main.py BAD.sqlite`: open_path failed."""
    from gui.main_window import MainWindow
    bad = tmp_path / "hong.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)    # a damaged plan file
    w = MainWindow(interactive=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    assert not w.open_path(str(bad))
    assert w.doc is None
    yield w
    w.close()


def _named(win):
    return {"Ctrl+Enter": win.a_add, "undo": win.a_undo, "redo": win.a_redo, "Word": win.a_docx,
            "PDF": win.a_pdf, "Excel": win.a_xlsx, "merge": win.a_merge, "send-copy": win.a_send,
            "next-year": win.a_next_year, "print": win.a_print, "calendar": win.a_calendar,
            "agenda": win.a_agenda, "deadline": win.a_deadline, "save": win.a_save, "save-copy": win.a_copy,
            "restore": win.a_restore, "conflicts": win.a_conflicts}


def test_every_plan_action_is_disabled_without_a_plan(bad_start):
    win = bad_start
    named = _named(win)
    on = [name for name, a in named.items() if a.isEnabled()]
    assert not on, on
    assert set(named.values()) <= set(win.plan_actions)
    on = [a.text() for a in win.plan_actions if a.isEnabled()]
    assert not on, on
    # what needs no plan stays available
    assert win.a_open.isEnabled() and win.a_new.isEnabled() and win.a_quit.isEnabled()


def test_pressing_every_plan_shortcut_raises_nothing(bad_start, qtbot):
    win = bad_start
    pressed = 0
    with qtbot.captureExceptions() as raised:
        actions = list(_named(win).values()) + list(getattr(win, "plan_actions", []))
        for a in actions:
            for seq in a.shortcuts():
                if seq.isEmpty():
                    continue
                combo = seq[0]
                for target in (win.windowHandle(), win.tree):   # window-wide and tree-only shortcuts
                    if target is win.tree:
                        win.tree.setFocus()
                        QTest.keyClick(win.tree, combo.key(), combo.keyboardModifiers())
                    else:
                        QTest.keyClick(target, combo.key(), combo.keyboardModifiers())
                    QApplication.processEvents()
                    pressed += 1
        for a in actions:     # a menu or toolbar click on a disabled action does nothing either
            a.trigger()
        QApplication.processEvents()
    assert pressed > 20
    assert not raised, [str(e[1]) for e in raised]
    assert win.stack.currentWidget() is win.empty     # no page of a plan that is not there


def test_the_empty_window_says_what_to_do(bad_start):
    win = bad_start
    assert win.stack.currentWidget() is win.empty and win.empty.isVisible()
    text = win.empty.text()   # the welcome page: heading, buttons, menu paths
    for what in ("Chưa mở kế hoạch nào", "Mở…", "Ctrl+O", "Mới từ mẫu", "Ctrl+N", "Nhập từ Word", "Ctrl+Shift+I"):
        assert what in text, (what, text)
    assert win.empty.intro.alignment() & 0x0084    # Qt.AlignCenter (horizontal | vertical)


def test_actions_come_back_with_a_plan_and_go_with_it(bad_start, tmp_path):
    win = bad_start
    good = str(tmp_path / "kh.sqlite")
    shutil.copy(SAMPLE, good)
    assert win.open_path(good)
    for name, a in _named(win).items():
        if name in ("undo", "redo"):
            assert not a.isEnabled()          # nothing to undo yet: the undo stack decides
        else:
            assert a.isEnabled() == win._available[a], name
    assert win.a_add.isEnabled()
    win.close_document()
    assert not [a.text() for a in win.plan_actions if a.isEnabled()]
    assert win.stack.currentWidget() is win.empty
