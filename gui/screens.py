"""A catalogue of every window and dialog, for the language test and the screenshots.

``open_screens(win, tmpdir)`` yields ``(name, widget)`` for each screen, shown
and laid out; the caller inspects or grabs it, and the screen is closed when
the generator moves on.  Screens whose module is missing (work of another
part still under way) are skipped; new dialogs should be added here so that
tests/test_i18n_screens.py checks their words in both languages.
"""
from __future__ import annotations

import importlib
import os
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QTextEdit, QWidget

SAMPLE_OFFICE = "Huyện Vị Xuyên"   # the office the settings screen shows (user data)
MAIN_VIEWS = ("tree", "header", "appendix", "signer", "recipients", "calendar", "agenda")


def settle(n: int = 4) -> None:
    app = QApplication.instance()
    for _ in range(n):
        app.processEvents()
        time.sleep(0.01)


def _show(w: QWidget, size=None) -> QWidget:
    if size:
        w.resize(*size)
    w.show()
    settle()
    return w


def _main_view(win, view: str):
    if view in ("signer", "recipients"):
        plan = win.doc.plan
        if view == "signer" and plan.signers:
            win.select("signer", plan.signers[0].id)
        elif view == "recipients":
            win.select("recipients")
    else:
        win.show_view(view)
    settle()


def first_task_row(plan):
    for app in plan.appendices:
        for r in app.rows:
            if r.kind == "task":
                return r
    return None


def open_screens(win, tmpdir: str, only: set[str] | None = None):
    """Yield (name, top-level widget) for every screen; *win* is a MainWindow with a plan open."""
    def want(name):
        return only is None or name in only

    win.resize(1366, 768)
    win.show()
    settle()
    for v in MAIN_VIEWS:
        if want(f"main-{v}"):
            _main_view(win, v)
            yield f"main-{v}", win
    for v in ("week", "list"):   # the calendar page's week and list views (issue 18 item 7)
        if want(f"main-calendar-{v}"):
            _main_view(win, "calendar")
            page = win.pages.get("deadlines")
            if page is None or not hasattr(page, "set_view"):
                continue
            page.set_view(v, remember=False)
            settle()
            try:
                yield f"main-calendar-{v}", win
            finally:
                page.set_view("month", remember=False)
    if want("main-table-fill"):     # the table's fill handle, dragged down two rows (issue 18 item 5)
        page = _table_fill(win)
        if page is not None:
            try:
                yield "main-table-fill", win
            finally:
                from PySide6.QtCore import Qt
                from PySide6.QtTest import QTest
                QTest.keyClick(page.table, Qt.Key_Escape)          # the drag is cancelled: nothing written
                QTest.mouseRelease(page.table.viewport(), Qt.LeftButton)
                page.table.clearSelection()
                settle()
    _main_view(win, "tree")
    if want("main-find") and hasattr(win, "open_find"):      # Sửa → Tìm và thay thế (Ctrl+H)
        win.open_find(True)
        panel = win.find_panel
        panel.query.setText("uy ban nhan dan")
        panel.replacement.setText("UBND")
        panel.search()
        if panel.results.topLevelItemCount() > 1:
            panel.results.setCurrentItem(panel.results.topLevelItem(1))
            panel.go(panel.results.topLevelItem(1))
        settle()
        try:
            yield "main-find", win
        finally:
            panel.hide()
            _main_view(win, "tree")

    if want("main-spell"):          # spell-check: misspelt words underlined in the section editor
        page = _spell_view(win)
        if page is not None:
            try:
                yield "main-spell", win
            finally:
                page._timer.stop()      # the typos are not written to the plan
                page.load(page.rid)
                _main_view(win, "tree")

    if want("main-plans"):          # Xem → Các kế hoạch over a folder of the sample plans
        page = _plans_page(win, tmpdir)
        if page is not None:
            settle()
            try:
                yield "main-plans", win
            finally:
                _main_view(win, "tree")

    plan = win.doc.plan

    def dialog(name, factory, size=None):
        if not want(name):
            return None
        try:
            w = factory()
        except (ImportError, AttributeError, TypeError) as e:   # not built yet / other signature
            print(f"screens: {name} skipped ({type(e).__name__}: {e})")
            return None
        return _show(w, size)

    screens = [
        ("new-plan", lambda: importlib.import_module("gui.dialogs.new_plan").NewPlanDialog(win, tmpdir), None),
        ("settings", lambda: _settings_dialog(win, tmpdir), None),
        ("help", lambda: importlib.import_module("gui.dialogs.help_dialog").HelpDialog(win), None),
        ("print-preview", lambda: _preview(win), (1100, 740)),
        ("schedule-preview", lambda: _schedule_preview(win), (1100, 740)),
        ("import", lambda: importlib.import_module("gui.dialogs.import_dialog").ImportDialog(win, "", tmpdir), None),
        ("merge", lambda: importlib.import_module("gui.dialogs.merge_dialog").MergeDialog(win.doc, win), None),
        ("restore", lambda: _restore_dialog(win), None),
        ("deadline", lambda: _deadline(win, plan), None),
        ("about", lambda: _about(win), None),
        ("crash", lambda: importlib.import_module("gui.app").CrashDialog("Traceback …", os.path.join(tmpdir, "x.log"),
                                                                          win), None),
        ("file-dialog", lambda: _file_dialog(win, tmpdir), (900, 560)),
        ("message-box", lambda: _question(win), None),
        ("print-dialog", lambda: _print_dialog(win), None),
        ("page-setup", lambda: _page_setup(win), None),
        ("context-menu", lambda: _context_menu(win), None),
        ("tone-style", lambda: _tone_dialog(win), None),
        ("spell-words", lambda: _spell_words(win), None),
    ]
    for name, factory, size in screens:
        w = dialog(name, factory, size)
        if w is None:
            continue
        try:
            yield name, w
        finally:
            w.close()
            job = getattr(w, "_job", None)
            if job is not None:
                job.close()
            w.deleteLater()
            settle(2)
    if want("welcome"):   # no plan open: the welcome page (first start), with the plan among the recent files
        path = win.doc.path
        win.close_document()
        settle()
        try:
            yield "welcome", win
        finally:
            win.open_path(path)
            settle()


def _plans_page(win, tmpdir):
    import glob
    import shutil
    try:
        from core import settings as S

        from . import plans_page
    except ImportError:
        return None
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    folder = os.path.join(tmpdir, "Kế hoạch")
    # the screenshots show the five sample plans; the language test knows only the open plan's words,
    # so it gets three copies of that plan
    sources = sorted(glob.glob(os.path.join(root, "resources", "samples", "*.sqlite"))) \
        if os.environ.get("KEHOACH_SCREENSHOTS") else [win.doc.path] * 3
    for i, src in enumerate(sources):
        d = os.path.join(folder, ("2021", "2023", "PAPI")[i % 3])
        os.makedirs(d, exist_ok=True)
        name = os.path.basename(src) if os.environ.get("KEHOACH_SCREENSHOTS") else f"ke-hoach-{i + 1}.sqlite"
        if not os.path.exists(os.path.join(d, name)):
            shutil.copyfile(src, os.path.join(d, name))
    st = S.Settings(S.defaults(), os.path.join(tmpdir, "plans-settings.json"))
    st.library_folders = [folder]
    page = getattr(win, "plans_page", None)
    if page is None:
        page = plans_page.PlansPage(win, st)
        win.plans_page = page
        win.stack.addWidget(page)
    page.settings = st
    win.stack.setCurrentWidget(page)
    page.refresh()
    page.query.setText("uy ban mttq")
    page.search()
    return page


def _table_fill(win):
    """The appendix table with two cells selected and their fill handle dragged two rows further down
    (the dashed outline of the range to fill), the mouse still held."""
    from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt
    from PySide6.QtTest import QTest
    _main_view(win, "appendix")
    page = win.pages.get("appendix")
    t = getattr(page, "table", None)
    if t is None or not hasattr(t, "fill_handle_rect"):
        return None
    app = page.app
    col = next((k for k, c in enumerate(app.columns) if c.key == "lead"), len(app.columns) - 1)
    rows = [i for i, r in enumerate(app.rows) if r.kind == "task"][:4]
    if len(rows) < 4 or rows != list(range(rows[0], rows[0] + 4)):
        return None
    t.scrollToTop()
    t.fit_visible_rows()
    t.setFocus()
    m = page.model
    t.setCurrentIndex(m.index(rows[0], col))
    t.selectionModel().select(QItemSelection(m.index(rows[0], col), m.index(rows[1], col)),
                              QItemSelectionModel.ClearAndSelect)
    settle()
    h = t.fill_handle_rect()
    if h.isNull():
        return None
    vp = t.viewport()
    QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, h.center())
    to = t.visualRect(m.index(rows[3], col)).center()
    QTest.mouseMove(vp, QPoint(h.center().x(), (h.center().y() + to.y()) // 2))
    QTest.mouseMove(vp, to)
    settle()
    return page


def _tone_dialog(win):
    from core.operations import tone_counts

    from .text_tools import ToneDialog
    return ToneDialog(win, tone_counts(win.doc.plan), "old")


def _restore_dialog(win):
    """File → Restore from backup with two backups of the open plan: a good one and a damaged one."""
    from datetime import datetime, timedelta

    from core import session as sess

    from .dialogs.restore_dialog import RestoreDialog, describe
    now = datetime.now().replace(microsecond=0)
    original = win.doc.path
    sess.make_backup(win.doc.store, original, now=now - timedelta(minutes=20))
    bad = os.path.join(sess.backup_dir(original),
                       f"{os.path.splitext(os.path.basename(original))[0]}-{now - timedelta(days=1):%Y%m%d-%H%M%S}.sqlite")
    with open(bad, "wb") as f:       # a damaged backup is listed, greyed, with why it cannot be read
        f.write(b"not a plan file" * 100)
    return RestoreDialog(describe(original), win, now=now)


def _settings_dialog(win, tmpdir):
    from core import settings as S

    from .dialogs.settings_dialog import SettingsDialog
    s = S.Settings(S.defaults(), os.path.join(tmpdir, "settings.json"))
    s.set_office("Huyện Vị Xuyên", {"agency": "Huyện Vị Xuyên", "place": "Vị Xuyên", "agency_abbr": "UBND",
                                    "signer": {"prefix": "TM.", "collective": "ỦY BAN NHÂN DÂN",
                                               "lines": ["CHỦ TỊCH"], "name": ""},
                                    "recipients": ["- Như trên;", "- Lưu: VT."]})
    return SettingsDialog(win, s)


def _preview(win):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from .printing import PrintJob
    job = PrintJob(win.doc.plan)
    dlg = job.preview_dialog(win)
    dlg._job = job
    pw = dlg.findChild(QPrintPreviewWidget)
    dlg.show()
    pw.updatePreview()
    return dlg


def _schedule_preview(win):
    """Lịch → In lịch công tác…: the preview of the week's work schedule (the week view's week)."""
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    win.show_view("calendar")
    page = win.pages["deadlines"]
    page.set_view("week", remember=False)
    job, dlg = page.schedule_preview()
    page.set_view("month", remember=False)
    dlg._schedule_job = job
    pw = dlg.findChild(QPrintPreviewWidget)
    dlg.show()
    pw.updatePreview()
    return dlg


def _deadline(win, plan):
    mod = importlib.import_module("gui.calendar.deadline_dialog")
    row = first_task_row(plan)
    if row is None:
        raise AttributeError("no task row")
    today = plan.meta.issue
    return mod.DeadlineEditor(plan, row.id, today, win)


def _about(win):
    from .dialogs.about_dialog import about_box
    return about_box(win, win.windowTitle())


def _file_dialog(win, tmpdir):
    d = QFileDialog(win, win.tr("Mở kế hoạch"), tmpdir, win.tr("Tệp kế hoạch (*.sqlite);;Mọi tệp (*)"))
    d.setOption(QFileDialog.DontUseNativeDialog, True)
    d.setViewMode(QFileDialog.Detail)
    return d


def _question(win):
    return QMessageBox(QMessageBox.Question, win.windowTitle(), win.tr("Mở tiếp?"),
                       QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel | QMessageBox.Save | QMessageBox.Discard,
                       win)


def _print_dialog(win):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    win._shot_printer = QPrinter()
    return QPrintDialog(win._shot_printer, win)


def _page_setup(win):
    from PySide6.QtPrintSupport import QPageSetupDialog, QPrinter
    win._shot_printer2 = QPrinter()
    return QPageSetupDialog(win._shot_printer2, win)


def _spell_view(win):
    try:
        from . import spell
    except ImportError:
        return None
    sec = next((x for x in win.doc.plan.walk() if x.body), None)
    if sec is None:
        return None
    win.select("section", sec.id)
    page = win.pages["section"]
    spell.load_now()
    cur = page.body.textCursor()
    cur.movePosition(cur.MoveOperation.Start)
    cur.movePosition(cur.MoveOperation.EndOfBlock)
    cur.insertText(" Các phòng, ban đã hoanf thnah nhiêm vụ đúng thời hạn.")
    page.body.setTextCursor(cur)
    page.body.setFocus()
    settle()
    return page


def _spell_words(win):
    """Sửa → Từ điển cá nhân…, with a few words (the settings folder is the screenshots' own)."""
    from .spell import PersonalWordsDialog
    dlg = PersonalWordsDialog(win)
    for w in ("iGate", "Vnpost", "PCCCR"):
        dlg.words.add(w)
    dlg.fill()
    return dlg


def _context_menu(win):
    ed = QLineEdit("x")
    menu = ed.createStandardContextMenu()
    menu._owner = ed
    te = QTextEdit("x")
    menu2 = te.createStandardContextMenu()
    for a in menu2.actions():
        menu.addAction(a.text())
    QTimer.singleShot(0, lambda: None)
    return menu
