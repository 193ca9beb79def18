"""An export over a document open in Word: the window names Word and offers "Thử lại" (Retry)."""
import errno
import os

import pytest

from core.errors import FileInUse
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
    w.show()
    yield w
    w.close()


class SharingViolation(PermissionError):
    winerror = 32

    def __init__(self):
        super().__init__(errno.EACCES, "being used by another process")


def word_holds(monkeypatch, path, until_retry: int):
    """os.replace over *path* fails like Windows until the clerk has pressed Retry *until_retry* times."""
    from core import fileio
    monkeypatch.setattr(fileio.time, "sleep", lambda s: None)
    real = os.replace
    state = {"retries": 0}

    def fake(src, dst):
        if os.path.abspath(dst) == os.path.abspath(path) and state["retries"] < until_retry:
            raise SharingViolation()
        return real(src, dst)
    monkeypatch.setattr(os, "replace", fake)
    return state


def test_retry_after_closing_word_writes_the_export(win, tmp_path, monkeypatch):
    import gui.work as mw  # run_retrying asks through gui.work.ask_retry
    assert win.create_and_open(plan_from_template("papi", year="2026"), str(tmp_path / "kh.sqlite"))
    out = tmp_path / "kh.docx"
    out.write_bytes(b"PK\x03\x04 old")
    state = word_holds(monkeypatch, out, until_retry=1)
    asked = []

    def ask(parent, text):          # the clerk closes Word, then presses Retry
        asked.append(text)
        state["retries"] += 1
        return True
    win.interactive = True
    monkeypatch.setattr(mw, "ask_retry", ask)
    win.export("docx", str(out))
    assert len(asked) == 1 and "Microsoft Word" in asked[0] and "kh.docx" in asked[0]
    assert out.stat().st_size > 5000
    assert "kh.docx" in win.statusBar().currentMessage()


def test_cancel_leaves_the_old_file_and_says_nothing_was_exported(win, tmp_path, monkeypatch):
    import gui.work as mw  # run_retrying asks through gui.work.ask_retry
    assert win.create_and_open(plan_from_template("papi", year="2026"), str(tmp_path / "kh.sqlite"))
    out = tmp_path / "kh.xlsx"
    out.write_bytes(b"PK\x03\x04 old table")
    word_holds(monkeypatch, out, until_retry=99)
    asked = []
    win.interactive = True
    monkeypatch.setattr(mw, "ask_retry", lambda parent, text: asked.append(text) or False)
    win.statusBar().clearMessage()
    win.export("xlsx", str(out))
    assert len(asked) == 1 and "Microsoft Excel" in asked[0]
    assert out.read_bytes() == b"PK\x03\x04 old table"
    assert "Đã xuất" not in win.statusBar().currentMessage()
    assert not [n for n in os.listdir(tmp_path) if n.startswith((".", "~"))]            # no temporary file left


def test_without_a_clerk_to_ask_the_error_is_raised(qtbot):
    from PySide6.QtWidgets import QWidget

    from gui.main_window import CANCELLED, run_retrying
    w = QWidget()
    qtbot.addWidget(w)
    w.interactive = False
    calls = []

    def fn():
        calls.append(1)
        raise FileInUse("đang mở trong Microsoft Word", "open in Microsoft Word", path="x.docx")
    with pytest.raises(FileInUse):
        run_retrying(w, "…", fn)
    assert run_retrying(w, "…", fn, ask=lambda p, t: False) is CANCELLED
    assert len(calls) == 2
