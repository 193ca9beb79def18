"""Findings of a first-use review of the window, each driven through the real window (offscreen)."""
import os
import shutil

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
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


def _answer_message_boxes(seen: list):
    """Record the text of the next message box that opens, and close it. (The watch stops there: one
    left running after its test took the next test's box.)"""
    def tick():
        m = QApplication.activeModalWidget()
        if isinstance(m, QMessageBox):
            seen.append(m.text())
            m.close()
        if not seen:
            QTimer.singleShot(20, tick)
    QTimer.singleShot(0, tick)


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


def _merge_with_copy(win, tmp_path):
    from gui.dialogs.merge_dialog import merge_into_document
    path = _copy(tmp_path)
    theirs = _copy(tmp_path, "ban-nhan-ve.sqlite")
    assert win.open_path(path)
    win.doc.set_meta(place="Vị Xuyên, Hà Giang")
    seen: list = []
    _answer_message_boxes(seen)
    assert merge_into_document(win, win.doc, theirs, interactive=True)
    return path, seen


def test_merge_summary_names_the_open_plan_not_a_temporary_file(win, tmp_path):
    path, seen = _merge_with_copy(win, tmp_path)
    assert seen, "no summary shown"
    assert ".tmp-merge-out" not in seen[0], seen[0]
    assert os.path.basename(path) in seen[0]
    assert seen[0].startswith("Đã gộp")


def test_merge_summary_in_english_interface(win, tmp_path, english):
    path, seen = _merge_with_copy(win, tmp_path)
    # first the copy the clerk chose (issue 18), then what was merged into the open plan
    assert seen and seen[0].startswith("Merged the copy “"), seen
    assert "\nMerged into " + os.path.basename(path) in seen[0], seen


def test_file_menu_exports_the_appendix_tables_to_excel(win, tmp_path):
    """README promises Excel for the tables; the window had only the command line for it."""
    from openpyxl import load_workbook
    assert win.open_path(_copy(tmp_path))
    file_menu = win.menuBar().actions()[0].menu()
    assert win.a_xlsx in file_menu.actions() and win.a_xlsx.isEnabled()
    out = str(tmp_path / "bang.xlsx")
    win.guard(win.export, "xlsx", out)
    wb = load_workbook(out)
    assert len(wb.sheetnames) == len(win.doc.plan.appendices)
    ws = wb[wb.sheetnames[0]]
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert any("Tham gia của người dân ở cấp cơ sở" in t for t in texts)


def test_excel_export_without_appendix_says_why(win, tmp_path):
    assert win.open_path(_copy(tmp_path))
    for a in list(win.doc.plan.appendices):
        win.doc.delete_appendix(a.id)
    out = str(tmp_path / "bang.xlsx")
    win.guard(win.export, "xlsx", out)
    assert not os.path.exists(out)
    assert "phụ lục" in win.statusBar().currentMessage()


def _type_name_in_save_dialog(name: str):
    """Answer the next (Qt, non-native) save dialog with a typed name without extension."""
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    def tick():
        d = QApplication.activeModalWidget()
        if isinstance(d, QFileDialog):
            d.findChild(QLineEdit, "fileNameEdit").setText(name)
            d.accept()
        else:
            QTimer.singleShot(20, tick)
    QTimer.singleShot(0, tick)


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_export_adds_the_extension_to_a_typed_name(win, tmp_path, kind):
    assert win.open_path(_copy(tmp_path))
    _type_name_in_save_dialog("Ke hoach 2026")
    win.guard(win.export, kind)
    assert os.path.exists(tmp_path / f"Ke hoach 2026.{kind}")
    assert not os.path.exists(tmp_path / "Ke hoach 2026")


def test_save_copy_adds_the_extension_to_a_typed_name(win, tmp_path):
    assert win.open_path(_copy(tmp_path))
    _type_name_in_save_dialog("ban sao")
    win.guard(win.save_copy)
    assert os.path.exists(tmp_path / "ban sao.sqlite")


def test_print_job_is_named_after_the_plan_file_with_its_diacritics(win, tmp_path, monkeypatch):
    """The preview's title and the printer queue showed 'Ke hoach' (no diacritics) for every plan."""
    pytest.importorskip("pypdfium2")
    from gui import extras
    path = _copy(tmp_path, "Kế hoạch PAPI 2021.sqlite")
    assert win.open_path(path)
    names = []

    def tick():
        d = QApplication.activeModalWidget()
        if d is not None and hasattr(d, "paintRequested"):
            names.append(d.windowTitle())
            d.reject()
        else:
            QTimer.singleShot(20, tick)
    QTimer.singleShot(0, tick)
    extras.print_current(win)
    assert names and "Kế hoạch PAPI 2021" in names[0], names


def _paste_html(win, tmp_path, html):
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QTextCursor
    assert win.open_path(_copy(tmp_path))
    sec = win.doc.plan.sections[0]
    win.select("section", sec.id)
    ed = win.pages["section"]
    ed.body.setFocus()
    c = ed.body.textCursor()
    c.movePosition(QTextCursor.End)
    c.insertBlock()
    ed.body.setTextCursor(c)
    n = len(win.doc.plan.find_section(sec.id).body)
    md = QMimeData()
    md.setHtml(html)
    md.setText("x")
    ed.body.insertFromMimeData(md)
    win.flush_editor()
    return [(p.kind, p.text) for p in win.doc.plan.find_section(sec.id).body[n:] if p.text]


def test_paste_keeps_the_items_of_a_bulleted_list(win, tmp_path):
    """A list copied from a web page, Outlook or LibreOffice (<ul><li>) lost its item marks:
    the "-" items of a plan became run-on paragraphs."""
    got = _paste_html(win, tmp_path, "<ul><li>Rà soát thủ tục<ul><li>cấp huyện</li></ul></li>"
                                     "<li>Công khai <b>kết quả</b></li></ul><ol><li>Bước đầu</li></ol>")
    assert got == [("dash", "Rà soát thủ tục"), ("plus", "cấp huyện"), ("dash", "Công khai kết quả"),
                   ("text", "1. Bước đầu")]


def test_paste_from_word_bullets_drops_the_spaces_after_the_mark(win, tmp_path):
    word = ("<p class=MsoListParagraph><span style='mso-list:Ignore'>-<span>&nbsp;&nbsp;&nbsp;&nbsp; </span></span>"
            "Tăng cường kiểm tra</p>"
            "<p class=MsoListParagraph><span style='font-family:Symbol'>\u00b7<span>&nbsp;&nbsp; </span></span>"
            "Niêm yết công khai</p>"
            "<p>\u2013 Gạch ngang dài</p>")
    got = _paste_html(win, tmp_path, word)
    assert got == [("dash", "Tăng cường kiểm tra"), ("dash", "Niêm yết công khai"), ("dash", "Gạch ngang dài")]


def test_refused_edits_are_explained_in_english(win, tmp_path, english):
    """Indenting a first child or moving past the end said so in Vietnamese in the English interface."""
    assert win.open_path(_copy(tmp_path))
    first = win.doc.plan.sections[0].children[0]
    win.select("section", first.id)
    win.tree.setFocus()
    win.a_indent.trigger()
    assert win.statusBar().currentMessage() == "Cannot indent: no section before it at the same level."
    win.select("section", win.doc.plan.sections[0].id)
    win.tree.setFocus()
    win.a_outdent.trigger()
    assert win.statusBar().currentMessage() == "The section is already at the outermost level."


def test_refused_edits_are_explained_in_vietnamese(win, tmp_path):
    assert win.open_path(_copy(tmp_path))
    win.select("section", win.doc.plan.sections[0].children[0].id)
    win.tree.setFocus()
    win.a_indent.trigger()
    assert win.statusBar().currentMessage() == "Không thể lùi vào: không có mục đứng trước cùng cấp."


def test_deleting_a_section_keeps_the_clerks_place(win, tmp_path):
    """Deleting c) jumped to the header at the top of the plan; now the next point is selected
    (the previous one after deleting the last), with its editor shown."""
    assert win.open_path(_copy(tmp_path))
    khoan = win.doc.plan.sections[1].children[0]
    c, d = khoan.children[2], khoan.children[3]
    win.select("section", c.id)
    win.tree.setFocus()
    win.a_delete.trigger()
    assert win.current_node() == ("section", d.id)
    assert win.stack.currentWidget() is win.pages["section"] and win.pages["section"].rid == d.id
    last, before = khoan.children[-1], khoan.children[-2]
    win.select("section", last.id)
    win.tree.setFocus()
    win.a_delete.trigger()
    assert win.current_node() == ("section", before.id)
