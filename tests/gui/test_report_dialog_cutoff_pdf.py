"""Báo cáo kết quả thực hiện… in the window (issue 14): the cut-off day edited in the report dialog is stored in
the plan file as one undo step and used by the report; the report can be written as a PDF as well as a .docx."""
import glob
import os
import re
import shutil
import zipfile

from core import progress as pr
from core.store.planfile import load_plan
from gui import progress as gp

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = glob.glob(os.path.join(ROOT, "resources", "samples", "002_*.sqlite"))[0]


def _window(docx):
    with zipfile.ZipFile(docx) as z:
        text = re.sub("<[^>]+>", "", z.read("word/document.xml").decode())
    return re.search(r"số liệu tính từ ngày (\S+) đến ngày (\S+?)\)", text).groups()


def test_cut_off_day_from_the_dialog_is_stored_and_used(win, tmp_path):
    path = str(tmp_path / "plan.sqlite")
    shutil.copyfile(SAMPLE, path)
    assert win.open_path(path)
    got = gp.report_texts_dialog(win, "2024-H1", {})
    assert got["cutoff"] == 15                                   # the decree's day until the clerk changes it
    n = win.doc.undo_stack.count()
    out = gp.write_report(win, str(tmp_path / "bc.docx"), "2024-H1", texts={"cutoff": 20})
    assert _window(out) == ("20/12/2023", "19/06/2024")
    assert pr.plan_cutoff(load_plan(path)) == 20                 # in the file at once
    assert win.doc.undo_stack.count() == n + 1
    assert win.doc.undo_stack.undoText() == "Đổi ngày chốt số liệu báo cáo"
    assert gp.report_texts_dialog(win, "2024-H1", {})["cutoff"] == 20       # the dialog opens with it
    gp.write_report(win, str(tmp_path / "bc2.docx"), "2024-H1", texts={})  # unchanged: no new step
    assert win.doc.undo_stack.count() == n + 1
    win.doc.undo_stack.undo()
    assert pr.plan_cutoff(load_plan(path)) == 15
    assert _window(gp.write_report(win, str(tmp_path / "bc3.docx"), "2024-H1", texts={})) == \
        ("15/12/2023", "14/06/2024")


def test_report_written_as_pdf_from_the_window(win, tmp_path):
    import pypdfium2 as pdfium
    path = str(tmp_path / "plan.sqlite")
    shutil.copyfile(SAMPLE, path)
    assert win.open_path(path)
    out = gp.write_report(win, str(tmp_path / "bao-cao.pdf"), "2024", texts={"I": "Đã ban hành Công văn số 9."})
    assert out.endswith(".pdf") and open(out, "rb").read(5) == b"%PDF-"
    assert not os.path.exists(str(tmp_path / "bao-cao.docx"))
    doc = pdfium.PdfDocument(out)
    text = "\n".join(doc[i].get_textpage().get_text_range() for i in range(min(4, len(doc))))
    for words in ("BÁO CÁO", "Đã ban hành Công văn số 9.", "Biểu đồ 1. Kết quả thực hiện theo nhóm nhiệm vụ"):
        assert words in text
    assert "Đã lập báo cáo" in win.statusBar().currentMessage()
