"""Issue 18 item 6: in the agenda the task gets the room (it had 128 px while "Trạng thái" repeated the
group heading), with the whole text in its tooltip."""
import os
import shutil

import pytest
from PySide6.QtWidgets import QApplication

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
QUANG_TRI = os.path.join(ROOT, "resources", "samples", "002_4ddd967f79e7422c.sqlite")


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("KEHOACH_TODAY", "2024-06-25")


def test_agenda_gives_the_task_the_room(win, tmp_path):
    p = str(tmp_path / "qt.sqlite")
    shutil.copy(QUANG_TRI, p)
    assert win.open_path(p)
    win.show_view("agenda")
    QApplication.processEvents()
    tree = win.pages["deadlines"].agenda.tree
    labels = [tree.headerItem().text(i) for i in range(tree.columnCount())]
    assert "Trạng thái" not in labels and labels[1] == "Nhiệm vụ"
    width = tree.viewport().width()
    assert tree.columnWidth(1) >= 0.45 * width, (tree.columnWidth(1), width)
    head = tree.topLevelItem(0)
    assert head.childCount()
    item = head.child(0)
    o = item.data(0, 0x0100)
    assert o.task.split()[0] in item.toolTip(1) and len(item.toolTip(1)) >= len(" ".join(o.task.split()))
