"""Issue 18: a clerk's whole day in one test, through the real window at 1366×768 — a new plan in
Documents/Kế hoạch, the header, a section, the table (a block pasted from Excel, fill down), the
calendar, Word export, a copy sent as .zip, and the other office's copy merged back."""
import os
import zipfile

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from core.cli import load_plan_readonly
from core.settings import plans_folder
from core.templates import plan_from_template


def _key(win, k, mod=Qt.NoModifier):
    QTest.keyClick(win.windowHandle(), k, mod)
    QApplication.processEvents()


def test_a_clerks_day(win, tmp_path, monkeypatch):
    from tests.gui.test_window_clerk_actions import on_modal
    from tests.merge.test_merge_util import copy, edit, set_cell
    # morning: the welcome page, a new plan where plans go
    assert win.stack.currentWidget() is win.empty
    folder = plans_folder()
    path = os.path.join(folder, "ke-hoach-2026.sqlite")
    assert win.create_and_open(plan_from_template("papi", agency="xã Thanh Thủy", year="2026",
                                                  place="Thanh Thủy"), path)
    # the header: the number typed in its field
    win.select("header")
    hdr = win.pages["header"]
    hdr.w["number"].setText("12")
    win.flush_editor()
    # a section's title
    sec = win.doc.plan.sections[0]
    win.select("section", sec.id)
    ed = win.pages["section"]
    ed.title.setText("MỤC ĐÍCH, YÊU CẦU CHUNG")
    win.flush_editor()
    # the table: a block from Excel pasted over the first two tasks, the agency filled down
    app = win.doc.plan.appendices[0]
    win.select("appendix", app.id)
    tab = win.pages["appendix"]
    cols = {c.key: k for k, c in enumerate(app.columns)}
    tasks = [i for i, r in enumerate(app.rows) if r.kind == "task"][:3]
    tab.table.setCurrentIndex(tab.model.index(tasks[0], cols["task"]))
    tab.paste("Rà soát thủ tục hành chính\tPhòng Nội vụ\nCông khai ngân sách\tVăn phòng UBND\n")
    tab.table.clearSelection()
    from PySide6.QtCore import QItemSelection, QItemSelectionModel
    tab.table.selectionModel().select(QItemSelection(tab.model.index(tasks[0], cols["task"] + 1),
                                                     tab.model.index(tasks[2], cols["task"] + 1)),
                                      QItemSelectionModel.Select)
    tab.table.setFocus()
    _key(win, Qt.Key_D, Qt.ControlModifier)
    QTest.keyRelease(win.windowHandle(), Qt.Key_Control, Qt.NoModifier)
    # the calendar (F8) and back
    _key(win, Qt.Key_F8)
    assert win.stack.currentWidget() is win.pages["deadlines"]
    # Word (Ctrl+Shift+W), into the same folder
    out = os.path.join(folder, "ke-hoach-2026.docx")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (out, a[3] if len(a) > 3 else "")))
    _key(win, Qt.Key_W, Qt.ControlModifier | Qt.ShiftModifier)
    QTest.keyRelease(win.windowHandle(), Qt.Key_Control, Qt.NoModifier)
    xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    assert "Rà soát thủ tục hành chính" in xml and "MỤC ĐÍCH, YÊU CẦU CHUNG" in xml.upper()
    # a copy sent by email
    from gui import send_copy
    mail = tmp_path / "thu-di"
    mail.mkdir()
    monkeypatch.setattr(send_copy, "default_folder", lambda w: str(mail))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, cap, p, filters, selected: (str(mail / os.path.basename(p)),
                                                                               selected)))
    win.a_send.trigger()
    sent = [f for f in os.listdir(mail) if f.endswith(".zip")]
    assert len(sent) == 1 and "thanh-thuy" in sent[0]
    # afternoon: the district's copy comes back with one more change, and is merged
    theirs = copy(path, tmp_path, "huyen.sqlite")
    plan = load_plan_readonly(path)
    row = plan.appendices[0].rows[tasks[2]]
    edit(theirs, set_cell(app.id, row.id, app.columns[cols["task"]].id, "Huyện bổ sung: kiểm tra cuối năm"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (theirs, "")))
    seen = []
    on_modal([lambda box: (seen.append(box.text()), box.accept())])
    win.a_merge.trigger()
    assert seen and "huyen.sqlite" in seen[0]
    merged = load_plan_readonly(path)
    cells = merged.appendices[0].rows
    assert cells[tasks[2]].cells[app.columns[cols["task"]].id] == "Huyện bổ sung: kiểm tra cuối năm"
    assert cells[tasks[0]].cells[app.columns[cols["task"]].id] == "Rà soát thủ tục hành chính"
    lead = app.columns[cols["task"] + 1].id
    assert cells[tasks[2]].cells[lead] == "Phòng Nội vụ"            # filled down in the morning
    assert merged.meta.number == "12"
    win.close_document()
    assert win.stack.currentWidget() is win.empty
    assert win.empty.recent.count() >= 1 and "ke-hoach-2026.sqlite" in win.empty.recent.item(0).text()
