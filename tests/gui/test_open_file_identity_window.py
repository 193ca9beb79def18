"""The real window refuses to open a plan another window has open, also when
it is reached through a symbolic or a hard link (the check used to compare
path strings, so two windows edited one file).

Issue 12, item 3."""
from __future__ import annotations

import os

import pytest

from core import session
from core.store.planfile import load_plan, save_plan
from core.templates import plan_from_template

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink") or not hasattr(os, "link"), reason="needs links")


@pytest.fixture(autouse=True)
def _dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("KEHOACH_REMOVABLE", raising=False)
    yield
    session._OPEN_HERE.clear()


@pytest.fixture
def linked(tmp_path):
    real = tmp_path / "that" / "KH 2026.sqlite"
    real.parent.mkdir()
    save_plan(plan_from_template("papi", agency="huyện Vị Xuyên"), str(real))
    other = tmp_path / "elsewhere"
    other.mkdir()
    sym = other / "loi-tat.sqlite"
    os.symlink(real, sym)
    hard = other / "ten-khac.sqlite"
    os.link(real, hard)
    return real, sym, hard


def test_two_windows_through_links_refused(linked, qtbot, other_window):
    """The real window: a plan open in another program is refused through a symlink and a hard
    link; a second window of this program likewise; once closed, the link opens."""
    from gui.main_window import MainWindow
    real, sym, hard = linked
    first = MainWindow(interactive=False)
    qtbot.addWidget(first)
    assert first.open_path(str(real))
    for name in (sym, hard):
        second = MainWindow(interactive=False)
        qtbot.addWidget(second)
        assert not second.open_path(str(name)), name
        assert second.doc is None
        assert "cửa sổ khác" in second.statusBar().currentMessage()
        second.close()
    first.close_document()
    first.close()

    win = other_window(real)           # another running program
    third = MainWindow(interactive=False)
    qtbot.addWidget(third)
    assert not third.open_path(str(hard))
    assert not third.open_path(str(sym))
    win.stdin.close()
    win.wait(timeout=20)
    assert third.open_path(str(hard))
    third.doc.set_meta(title="Sửa qua liên kết cứng")
    third.save()
    third.close_document()
    third.close()
    assert load_plan(str(real)).meta.title == "Sửa qua liên kết cứng"
