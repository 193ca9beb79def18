"""Issue 18 item 1: first start shows a welcome page (new from a template, open, import from Word, the
sample — labelled, opened as a copy — and recent files) instead of silently opening a scratch copy of
the 2021 sample; new plans are offered in Documents/Kế hoạch (created) or the last folder used."""
import hashlib
import os
import shutil

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from core.templates import plan_from_template

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "resources", "samples", "004_e03d70a70aa68992.sqlite")


def test_first_start_opens_no_plan_and_shows_the_welcome_page(win):
    from gui.app import start_path
    assert start_path(None) is None                      # no scratch copy of the sample behind the clerk's back
    assert start_path("ke-hoach.sqlite") == "ke-hoach.sqlite"
    assert win.doc is None and win.stack.currentWidget() is win.empty and win.empty.isVisible()
    labels = {k: b.text() for k, b in win.empty.buttons.items()}
    assert "Kế hoạch mới từ mẫu" in labels["new"] and "Ctrl+N" in labels["new"]
    assert "Mở kế hoạch" in labels["open"] and "Nhập từ Word" in labels["import"]
    assert "mẫu" in labels["sample"] and "xem thử" in labels["sample"]
    assert all(b.isVisible() and b.isEnabled() for b in win.empty.buttons.values())
    assert win.empty.no_recent.isVisible()


def test_the_sample_opens_as_a_labelled_copy(win, tmp_path):
    before = hashlib.sha256(open(SAMPLE, "rb").read()).hexdigest()
    QTest.mouseClick(win.empty.buttons["sample"], Qt.LeftButton)
    QApplication.processEvents()
    assert win.doc is not None
    assert os.path.abspath(win.doc.path) != os.path.abspath(SAMPLE)
    assert win.doc.path.startswith(os.environ["KEHOACH_DATA_DIR"])
    assert "Bản mẫu" in win.windowTitle()
    assert "kế hoạch mẫu" in win.statusBar().currentMessage()
    win.doc.set_meta(number="99")                       # edited freely …
    win.close_document()
    assert hashlib.sha256(open(SAMPLE, "rb").read()).hexdigest() == before    # … the sample is untouched
    assert not win.empty.recent.isVisible()             # its scratch copy is not one of the clerk's files


def test_new_plans_go_to_documents_ke_hoach_then_the_last_folder_used(win, tmp_path, monkeypatch):
    from gui.dialogs.new_plan import NewPlanDialog
    docs = os.environ["KEHOACH_DOCUMENTS"]
    offered = []

    def fake_exec(dlg):
        offered.append(dlg.path.text())
        return QDialog.Rejected
    monkeypatch.setattr(NewPlanDialog, "exec", fake_exec)
    QTest.mouseClick(win.empty.buttons["new"], Qt.LeftButton)        # Ctrl+N's button on the welcome page
    folder = os.path.join(docs, "Kế hoạch")
    assert os.path.isdir(folder)                                      # created
    assert os.path.dirname(offered[-1]) == folder
    assert not offered[-1].startswith(os.environ["KEHOACH_DATA_DIR"])
    # the sample open: still not the program's hidden data folder
    win.open_sample()
    win.a_new.trigger()
    assert os.path.dirname(offered[-1]) == folder
    # a plan opened from another folder: that folder is the last used
    other = tmp_path / "Phong Noi vu"
    other.mkdir()
    assert win.create_and_open(plan_from_template("papi", agency="xã Thanh Thủy", year="2026"),
                               str(other / "kh.sqlite"))
    win.close_document()
    win.a_new.trigger()
    assert os.path.dirname(offered[-1]) == str(other)


def test_recent_files_on_the_welcome_page_open_with_enter(win, tmp_path):
    p = str(tmp_path / "kh-2026.sqlite")
    shutil.copy(SAMPLE, p)
    assert win.open_path(p)
    win.close_document()
    lst = win.empty.recent
    assert lst.isVisible() and lst.count() == 1 and "kh-2026.sqlite" in lst.item(0).text()
    lst.setFocus()
    lst.setCurrentRow(0)
    QTest.keyClick(lst, Qt.Key_Return)
    QApplication.processEvents()
    assert win.doc is not None and os.path.abspath(win.doc.path) == os.path.abspath(p)
