"""File → Phiếu cập nhật tiến độ…, Nhập phiếu tiến độ…, Báo cáo kết quả thực hiện… in the real window (issue 14)."""
import glob
import os
import shutil
import zipfile

from openpyxl import load_workbook

from core import progress_forms as pf
from core.store.planfile import load_plan
from gui import progress as gp

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = glob.glob(os.path.join(ROOT, "resources", "samples", "002_*.sqlite"))[0]


def test_menu_forms_import_undo_and_report(win, tmp_path):
    file_menu = win.menuBar().actions()[0].menu()
    assert not win.a_progress_forms.isEnabled()                 # no plan open
    path = str(tmp_path / "plan.sqlite")
    shutil.copyfile(SAMPLE, path)
    assert win.open_path(path)
    for a in (win.a_progress_forms, win.a_progress_import, win.a_report):
        assert a in file_menu.actions() and a.isEnabled()
    res = gp.write_forms(win, str(tmp_path / "forms"), "2024")
    form = next(p for p, a, _ in res.files if a == "Sở Nội vụ")
    wb = load_workbook(form)
    ws = wb[pf.SHEET]
    ws[f"E{pf.HEADER_ROW + 1}"] = "Kết quả từ cửa sổ"
    wb.save(form)
    seen = []
    ip = gp.import_forms(win, [form], confirm=lambda text: seen.append(text) or True)
    assert len(ip.updates) == 1 and "Kết quả từ cửa sổ" in seen[0] and "Sở Nội vụ" in seen[0]
    assert [g.result for g in load_plan(path).progress] == ["Kết quả từ cửa sổ"]   # written at once
    assert win.doc.undo_stack.undoText() == "Nhập phiếu tiến độ"
    win.doc.undo_stack.undo()                                   # one step takes the import back, in the file too
    assert win.doc.plan.progress == [] and load_plan(path).progress == []
    win.doc.undo_stack.redo()
    out = gp.write_report(win, str(tmp_path / "bc.docx"), "2024")
    with zipfile.ZipFile(out) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert "Kết quả từ cửa sổ" in xml and "BÁO CÁO" in xml
    assert "Tổng số 98 nhiệm vụ" in win.statusBar().currentMessage()


def test_import_refused_by_the_clerk_changes_nothing(win, tmp_path):
    path = str(tmp_path / "plan.sqlite")
    shutil.copyfile(SAMPLE, path)
    assert win.open_path(path)
    res = gp.write_forms(win, str(tmp_path / "forms"), "2024")
    form = res.files[0][0]
    wb = load_workbook(form)
    wb[pf.SHEET][f"E{pf.HEADER_ROW + 1}"] = "x"
    wb.save(form)
    assert gp.import_forms(win, [form], confirm=lambda text: False) is None
    assert win.doc.plan.progress == [] and not win.doc.undo_stack.canUndo()


def test_progress_page_charts_and_overdue_list(win, tmp_path):
    from core import progress as pr
    from core.progress_chart import bars
    path = str(tmp_path / "plan.sqlite")
    shutil.copyfile(SAMPLE, path)
    assert win.open_path(path)
    items = pr.tasks(win.doc.plan, "2025")
    late = next(t for t in items if t.deadline == "Tháng 1 năm sau liên kê")     # due 31/1/2025
    win.doc.set_progress(late.row_id, "2025", result="Đang tổng hợp")
    page = gp.show_progress(win, "2025")
    assert page.sentence.text().startswith("Tổng số 98 nhiệm vụ")
    assert page.overdue.rowCount() == 1 and page.overdue.item(0, 1).text() == late.task
    assert page.overdue.item(0, 4).text() == "Đang thực hiện quá hạn"
    for lab in (page.by_group, page.by_lead):
        pm = lab.pixmap()
        assert not pm.isNull() and pm.width() > 400
        img = pm.toImage()
        px = [img.pixelColor(x, y) for x in range(0, img.width(), 5) for y in range(0, img.height(), 5)]
        assert any(c.red() > 170 and c.green() < 70 and c.blue() < 70 for c in px)      # red bars (not started)
        assert any(c.blue() > 160 and c.red() < 60 for c in px)                          # blue bars (ongoing)
    data = dict(bars(pr.tasks(win.doc.plan, "2025"), "group"))
    assert sum(sum(v.values()) for v in data.values()) == 98
    os.makedirs(os.path.join(ROOT, "docs", "screenshots"), exist_ok=True)
    if os.environ.get("KEHOACH_SHOTS"):
        page.dlg.show()
        page.dlg.grab().save(os.path.join(ROOT, "docs", "screenshots", "progress-page.png"))
    page.dlg.close()


def test_forms_dropped_on_the_window_are_imported_in_one_step(win, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent
    from PySide6.QtWidgets import QApplication
    path = str(tmp_path / "plan.sqlite")
    shutil.copyfile(SAMPLE, path)
    assert win.open_path(path)
    res = gp.write_forms(win, str(tmp_path / "forms"), "2024")
    paths = [p for p, _, _ in res.files[:2]]
    for k, p in enumerate(paths):
        wb = load_workbook(p)
        wb[pf.SHEET][f"E{pf.HEADER_ROW + 1}"] = f"thả phiếu {k}"
        wb.save(p)
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(p) for p in paths] + [QUrl.fromLocalFile(path)])
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QDragEnterEvent
    enter = QDragEnterEvent(QPoint(10, 10), Qt.CopyAction, md, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(win, enter)          # Qt delivers a drop only to the widget that took the drag
    assert enter.isAccepted()
    ev = QDropEvent(QPointF(10, 10), Qt.CopyAction, md, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(win, ev)
    assert sorted(g.result for g in win.doc.plan.progress) == ["thả phiếu 0", "thả phiếu 1"]
    assert win.doc.undo_stack.count() == 1


def test_clerk_overrides_a_status_with_a_reason_from_the_progress_page(win, tmp_path):
    from core import progress as pr
    path = str(tmp_path / "plan.sqlite")
    shutil.copyfile(SAMPLE, path)
    assert win.open_path(path)
    page = gp.show_progress(win, "2025")
    page.only_late.setChecked(False)
    assert page.overdue.rowCount() == 98
    t = page.shown[5]
    # a status without a reason, or a date that is no date: refused visibly, nothing written
    assert gp.edit_task_dialog(page.dlg, t, {"override": "done_late", "reason": "", "want_error": True})["error"]
    assert gp.edit_task_dialog(page.dlg, t, {"done": "cuối năm", "want_error": True})["error"].startswith("“cuối năm”")
    assert page.edit_selected(5, {"override": "done_late", "reason": "Gia hạn theo CV 12", "result": "Đã xong",
                                  "done": "20/12/2025"})
    rec = next(g for g in load_plan(path).progress if g.row_id == t.row_id)
    assert (rec.override, rec.reason, rec.result, rec.done_date) == ("done_late", "Gia hạn theo CV 12", "Đã xong",
                                                                     "2025-12-20")
    page.refresh()
    assert next(x for x in pr.tasks(win.doc.plan, "2025") if x.row_id == t.row_id).status == "done_late"
    assert win.doc.undo_stack.undoText() == "Cập nhật tiến độ"
    page.dlg.close()


def test_report_text_typed_in_the_window_is_kept_and_printed(win, tmp_path):
    path = str(tmp_path / "plan.sqlite")
    shutil.copyfile(SAMPLE, path)
    assert win.open_path(path)
    out = gp.write_report(win, str(tmp_path / "bc.docx"), "2024-H1",
                          texts={"I": "Đã ban hành Công văn số 7/UBND-NV.", "V": "- Đề nghị bổ sung kinh phí"})
    with zipfile.ZipFile(out) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert "Đã ban hành Công văn số 7/UBND-NV." in xml and "Đề nghị bổ sung kinh phí" in xml
    assert {(x.part, x.body) for x in load_plan(path).report_texts} == \
        {("I", "Đã ban hành Công văn số 7/UBND-NV."), ("V", "- Đề nghị bổ sung kinh phí")}
    # the next time, the dialog opens with what was stored; unchanged text makes no new step
    n = win.doc.undo_stack.count()
    got = gp.report_texts_dialog(win, "2024-H1", {})
    assert got["I"] == "Đã ban hành Công văn số 7/UBND-NV."
    gp.write_report(win, str(tmp_path / "bc2.docx"), "2024-H1", texts={})
    assert win.doc.undo_stack.count() == n
