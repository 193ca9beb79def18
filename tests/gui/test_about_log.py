"""Help → About names the log file and opens its folder."""
import os

from PySide6.QtGui import QDesktopServices


def test_about_box_opens_the_log_folder(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    from gui.dialogs.about_dialog import about_box
    box = about_box(None, "Kế hoạch")
    qtbot.addWidget(box)
    log = os.path.join(str(tmp_path / "data"), "logs", "kehoach.log")
    assert log in box.informativeText()
    box.log_button.click()
    assert opened == [os.path.dirname(log)]
    assert os.path.isdir(os.path.dirname(log))
