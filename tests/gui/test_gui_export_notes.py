"""Export from the window says what to check before printing (the same notes as
``main.py export``): a plan without a signer, text left after "./."."""
import os

from core.templates import plan_from_template


def test_export_from_the_window_names_what_to_check(win, tmp_path):
    plan = plan_from_template("papi", agency="xã Thanh Thủy", year="2026", place="Thanh Thủy")
    plan.signers = []
    assert win.create_and_open(plan, str(tmp_path / "kh.sqlite"))
    win.export("docx", str(tmp_path / "kh.docx"))
    msg = win.statusBar().currentMessage()
    assert "kh.docx" in msg and "lưu ý" in msg
    assert "chưa có người ký" in win.notes_view.toPlainText()     # the notes panel keeps the whole text
    assert (tmp_path / "kh.docx").stat().st_size > 5000


def _fill_gaps(plan):
    """Every template gap ("…") filled in, as a clerk finishing the plan does."""
    runs = [r for p in plan.meta.preamble for r in p.runs]
    for s in plan.walk():
        runs += list(s.title) + [r for p in list(s.body) + list(s.tail) for r in p.runs]
    for r in runs:
        r.text = r.text.replace("…", "nội dung")
    for r in plan.recipients:
        r.text = r.text.replace("…", "VP")
    plan.meta.title = plan.meta.title.replace("…", "xã Thanh Thủy")


def test_a_complete_plan_exports_without_notes(win, tmp_path):
    plan = plan_from_template("papi", agency="xã Thanh Thủy", year="2026", place="Thanh Thủy")
    _fill_gaps(plan)
    for s in plan.signers:
        s.name = "Nguyễn Văn A"
    assert win.create_and_open(plan, str(tmp_path / "kh.sqlite"))
    win.export("pdf", str(tmp_path / "kh.pdf"))
    msg = win.statusBar().currentMessage()
    assert "kh.pdf" in msg and "Lưu ý" not in msg


def test_editing_a_title_in_the_window_keeps_its_bold_and_italic(win, tmp_path):
    from core.model import Run
    from core.store.planfile import load_plan
    plan = plan_from_template("papi", agency="xã Thanh Thủy", year="2026")
    path = str(tmp_path / "kh.sqlite")
    assert win.create_and_open(plan, path)
    doc = win.doc
    s = doc.plan.sections[1]
    doc.set_section_text(s.id, title=[Run("MỤC TIÊU theo ", True), Run("Nghị quyết 01", True, True)])
    win.select("section", s.id)
    ed = win.pages["section"]
    ed.title.setText(ed.title.text() + " năm 2026")      # the clerk adds words at the end
    win.flush_editor()
    got = [(r.text, r.bold, r.italic) for r in load_plan(path).find_section(s.id).title]
    assert got == [("MỤC TIÊU theo ", True, False), ("Nghị quyết 01 năm 2026", True, True)]


def test_f2_and_delete_in_the_tree(win, tmp_path, qtbot):
    """F2 renames (focus in the title, all selected); Delete deletes a childless section — from
    the tree only, as in a file manager."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    plan = plan_from_template("papi", agency="xã Thanh Thủy", year="2026")
    assert win.create_and_open(plan, str(tmp_path / "kh.sqlite"))
    win.activateWindow()
    qtbot.waitExposed(win)
    doc = win.doc
    leaf = next(s for s in doc.plan.walk() if not s.children and s.title_text)
    n = sum(1 for _ in doc.plan.walk())
    win.select("section", leaf.id)
    win.tree.setFocus()
    QTest.keyClick(win.windowHandle(), Qt.Key_F2)
    QApplication.processEvents()
    ed = win.pages["section"]
    assert QApplication.focusWidget() is ed.title and ed.title.selectedText() == ed.title.text()
    win.tree.setFocus()
    QTest.keyClick(win.windowHandle(), Qt.Key_Delete)
    QApplication.processEvents()
    assert sum(1 for _ in doc.plan.walk()) == n - 1 and doc.plan.find_section(leaf.id) is None
    # Delete typed in a text field stays a text key
    win.select("section", doc.plan.sections[0].id)
    ed = win.pages["section"]
    ed.title.setFocus()
    ed.title.setCursorPosition(0)
    before = ed.title.text()
    QTest.keyClick(win.windowHandle(), Qt.Key_Delete)
    QApplication.processEvents()
    assert sum(1 for _ in doc.plan.walk()) == n - 1 and ed.title.text() == before[1:]


def test_open_a_copy_received_as_zip(win, tmp_path):
    """File → Open on the .zip a clerk received by email opens the plan inside (a local copy;
    the .zip is only read), instead of 'not an SQLite database'."""
    import hashlib

    from core.sharing import send_copy
    plan = plan_from_template("papi", agency="xã Thanh Thủy", year="2026")
    src = str(tmp_path / "kh.sqlite")
    from core.store.planfile import save_plan
    save_plan(plan, src)
    out = tmp_path / "mail"
    out.mkdir()
    z = send_copy(src, str(out), zip_it=True)
    before = hashlib.sha256(open(z, "rb").read()).hexdigest()
    assert win.open_path(z)
    assert win.doc is not None and win.doc.plan.meta.title == plan.meta.title
    assert os.path.abspath(win.doc.path) != os.path.abspath(z)
    assert "tệp nén" in win.statusBar().currentMessage()
    assert hashlib.sha256(open(z, "rb").read()).hexdigest() == before


def test_the_agency_picker_offers_the_plans_own_level_first(win, tmp_path):
    plan = plan_from_template("papi", agency="xã Thanh Thủy", year="2026")
    assert win.create_and_open(plan, str(tmp_path / "kh.sqlite"))
    win.select("appendix", win.doc.plan.appendices[0].id)
    names = win.pages["appendix"].agency_names()
    level = {a.name: a.level for a in win.doc.plan.agencies}
    first_other = next(i for i, n in enumerate(names) if level.get(n) not in (None, "xa"))
    assert first_other > 0 and all(level.get(n, "xa") == "xa" for n in names[:first_other])
    assert any(level.get(n) == "tinh" for n in names[first_other:])      # the others are still offered


def test_status_bar_messages_are_visible(win, tmp_path):
    """The file name on the right must not take the whole bar: temporary messages (export notes,
    'Đã dán …') were set but never seen."""
    plan = plan_from_template("papi", agency="xã Thanh Thủy", year="2026")
    assert win.create_and_open(plan, str(tmp_path / "kh.sqlite"))
    win.statusBar().showMessage("Thông báo thử")
    assert win.status_file.maximumWidth() < win.width()


def test_pasting_a_column_with_an_empty_cell_keeps_the_rows_aligned(win, tmp_path):
    plan = plan_from_template("papi", agency="xã Thanh Thủy", year="2026")
    assert win.create_and_open(plan, str(tmp_path / "kh.sqlite"))
    app = win.doc.plan.appendices[0]
    win.select("appendix", app.id)
    ed = win.pages["appendix"]
    tasks = [i for i, r in enumerate(app.rows) if r.kind == "task"][:4]
    c = next(i for i, col in enumerate(app.columns) if col.key == "deadline")
    assert tasks == list(range(tasks[0], tasks[0] + 4))
    ed.table.setCurrentIndex(ed.model.index(tasks[0], c))
    ed.paste("Quý I\n\nQuý III\nQuý IV\n")
    got = [app.rows[i].cells.get(app.columns[c].id, "") for i in tasks]
    assert got == ["Quý I", "", "Quý III", "Quý IV"]


def test_a_deputy_line_typed_with_its_prefix_is_not_doubled():
    from core.model import authority_lines
    assert authority_lines("KT.", "", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]) == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]


def test_a_new_plan_never_replaces_a_plan_open_in_another_window(win, qtbot, tmp_path):
    import hashlib

    from gui.main_window import MainWindow
    path = str(tmp_path / "kh.sqlite")
    assert win.create_and_open(plan_from_template("papi", agency="xã Thanh Thủy", year="2026"), path)
    other = MainWindow(interactive=False)
    qtbot.addWidget(other)
    before = hashlib.sha256(open(path, "rb").read()).hexdigest()
    assert not other.create_and_open(plan_from_template("blank", year="2026"), path, overwrite=True)
    assert hashlib.sha256(open(path, "rb").read()).hexdigest() == before
    other.close()


def test_the_same_zip_opened_twice_reuses_its_working_copy(tmp_path, monkeypatch):
    from core.sharing import open_received, send_copy
    from core.store.planfile import save_plan
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    src = str(tmp_path / "kh.sqlite")
    save_plan(plan_from_template("papi", agency="xã Thanh Thủy", year="2026"), src)
    mail = tmp_path / "mail"
    mail.mkdir()
    z = send_copy(src, str(mail), zip_it=True)
    a = open_received(z)
    assert open_received(z) == a                      # the clerk's working copy, not a second one
    other = tmp_path / "mail2"
    other.mkdir()
    save_plan(plan_from_template("sipas", agency="xã Thanh Thủy", year="2026"), src, overwrite=True)
    z2 = send_copy(src, str(other), zip_it=True)
    os.replace(z2, z)                                  # a new file under the same name
    assert open_received(z) != a


def test_new_plan_dialog_puts_a_bare_name_in_its_folder(qtbot, tmp_path):
    from gui.dialogs.new_plan import NewPlanDialog
    dlg = NewPlanDialog(None, str(tmp_path))
    qtbot.addWidget(dlg)
    dlg.path.setText("kehoach-2026")
    assert dlg.chosen_path() == os.path.join(str(tmp_path), "kehoach-2026.sqlite")
