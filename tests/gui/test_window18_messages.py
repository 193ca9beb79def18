"""Issue 18 items 2, 3, 4: a plan's messages go with it; long messages go to a notes panel the clerk
can reopen while the status bar keeps one short line; the reminder bar is one line."""
import os
import shutil

import pytest
from PySide6.QtWidgets import QApplication

from core.templates import plan_from_template

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
QUANG_TRI = os.path.join(ROOT, "resources", "samples", "002_4ddd967f79e7422c.sqlite")


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("KEHOACH_TODAY", "2024-06-25")     # the Quảng Trị sample has work overdue that day


def _overdue_plan(tmp_path):
    p = str(tmp_path / "quang-tri.sqlite")
    shutil.copy(QUANG_TRI, p)
    return p


def _blank(win, tmp_path, name):
    plan = plan_from_template("papi", agency="xã Thanh Thủy", year="2030", place="Thanh Thủy")
    assert win.create_and_open(plan, str(tmp_path / name))


def test_switching_plans_clears_the_previous_plans_message(win, tmp_path):
    assert win.open_path(_overdue_plan(tmp_path))
    assert "quá hạn" in win.statusBar().currentMessage()
    _blank(win, tmp_path, "moi.sqlite")              # a plan of 2030: nothing due
    assert "quá hạn" not in win.statusBar().currentMessage()
    assert not win.notice.isVisible()
    assert win.open_path(_overdue_plan(tmp_path))
    assert win.notice.isVisible()
    win.close_document()
    assert win.statusBar().currentMessage() == ""
    assert not win.notice.isVisible()                # the closed plan's reminder goes with it


def test_export_notes_go_to_the_notes_panel_and_the_status_bar_keeps_one_short_line(win, tmp_path):
    plan = plan_from_template("papi", agency="xã Thanh Thủy", year="2026", place="Thanh Thủy")
    plan.signers = []
    assert win.create_and_open(plan, str(tmp_path / "kh.sqlite"))
    win.export("docx", str(tmp_path / "kh.docx"))
    msg = win.statusBar().currentMessage()
    assert "kh.docx" in msg and "lưu ý" in msg
    assert "\n" not in msg and len(msg) < 140, msg
    assert str(tmp_path) not in msg                  # the folder does not run into the file name
    QApplication.processEvents()
    assert win.notes_dock.isVisible()
    notes = win.notes_view.toPlainText()
    assert "chưa có người ký" in notes and str(tmp_path / "kh.docx") in notes
    # closed, the clerk reopens it from the View menu
    win.notes_dock.close()
    assert not win.notes_dock.isVisible()
    assert win.a_notes in win.menuBar().actions()[4].menu().actions()
    win.a_notes.trigger()
    assert win.notes_dock.isVisible() and "chưa có người ký" in win.notes_view.toPlainText()
    # the notes belong to their plan
    _blank(win, tmp_path, "khac.sqlite")
    assert "chưa có người ký" not in win.notes_view.toPlainText() and not win.notes_dock.isVisible()


def test_the_reminder_bar_is_one_line_with_counts_and_a_button(win, tmp_path):
    assert win.open_path(_overdue_plan(tmp_path))
    QApplication.processEvents()
    bar = win.notice
    assert bar.isVisible() and bar.more.isVisible()
    assert "\n" not in bar.text.text() and "việc quá hạn" in bar.text.text()
    assert bar.height() <= 40, bar.height()
    assert "\n" in bar.toolTip()                     # the whole reminder is still there
