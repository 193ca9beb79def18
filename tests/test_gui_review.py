"""Findings of a first-use review of the window, each driven through the real window (offscreen)."""
import os
import shutil

import pytest
from PySide6.QtWidgets import QApplication

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "resources", "samples", "004_e03d70a70aa68992.sqlite")


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KEHOACH_SETTINGS", str(tmp_path / "settings.json"))
    monkeypatch.delenv("KEHOACH_REMOVABLE", raising=False)


@pytest.fixture
def english():
    from gui import i18n
    app = QApplication.instance()
    i18n.install_translators(app, "en", native_dialogs="no")
    yield
    i18n.install_translators(app, "vi", native_dialogs="no")


def _copy(tmp_path, name="ke-hoach.sqlite"):
    path = str(tmp_path / name)
    shutil.copyfile(SAMPLE, path)
    return path


@pytest.fixture
def win(qtbot):
    from gui.main_window import MainWindow
    w = MainWindow(interactive=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close()


def test_bad_file_message_in_english_interface(win, tmp_path, english):
    """A damaged file opened from the English interface is explained in English (PlanError.en)."""
    bad = str(tmp_path / "bad.sqlite")
    with open(SAMPLE, "rb") as f:
        head = f.read(3000)
    with open(bad, "wb") as f:
        f.write(head)
    assert not win.open_path(bad)
    msg = win.statusBar().currentMessage()   # interactive=False: the message goes to the status bar
    assert "truncated or damaged" in msg, msg
    assert "cắt cụt" not in msg


def test_bad_file_message_in_vietnamese_interface(win, tmp_path):
    bad = str(tmp_path / "bad.sqlite")
    with open(SAMPLE, "rb") as f:
        head = f.read(3000)
    with open(bad, "wb") as f:
        f.write(head)
    assert not win.open_path(bad)
    assert "cắt cụt" in win.statusBar().currentMessage()
