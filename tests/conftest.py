import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """Every test gets its own data folder (working copies, backups, lock notes, the log file) and
    starts on a fixed, non-removable disk."""
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("KEHOACH_REMOVABLE", raising=False)


@pytest.fixture(autouse=True)
def _isolated_settings_and_documents(tmp_path, monkeypatch):
    """The settings file and the Documents folder (where new plans are offered, the last folder used is
    remembered) are the test's own: opening a plan in a test never writes the user's settings."""
    if "KEHOACH_SETTINGS" not in os.environ:
        monkeypatch.setenv("KEHOACH_SETTINGS", str(tmp_path / "settings" / "settings.json"))
    monkeypatch.setenv("KEHOACH_DOCUMENTS", str(tmp_path / "Documents"))


@pytest.fixture
def win(qtbot):
    """The real main window, shown at the clerks' 1366×768, no plan open yet."""
    from gui.main_window import MainWindow
    w = MainWindow(interactive=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w
    w.close()
