"""The main window: plan tree on the left, the selected node's editor on the right."""
from __future__ import annotations

import gc
import importlib
import importlib.util
import logging
import os
import sys
import time
from html import escape as html_escape

import shiboken6
from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QSize, Qt, QThread, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core import session as sess
from core.errors import PlanError
from core.fileio import guard_output, same_file
from core.model import snapshot
from core.operations import OperationError
from core.store.planfile import PlanStore, copy_plan_file

from .document import Document
from .editors.forms import HeaderEditor, RecipientsEditor, SectionEditor, SignerEditor, SignersOverview
from .i18n import error_text
from .models.tree_model import ID_ROLE, KIND_ROLE, PlanTreeModel

log = logging.getLogger(__name__)

APP_TITLE = "Kế hoạch"
MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings(os.path.join(sess.data_dir(), "settings.ini"), QSettings.IniFormat)


def has_module(name: str) -> bool:
    """*name* can be imported — found without running it or its packages (core.export's own code,
    for one, is not needed to draw the window)."""
    try:
        return _find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _find_spec(name: str):
    if name in sys.modules or "." not in name:
        return importlib.util.find_spec(name)
    parent = _find_spec(name.rpartition(".")[0])
    if parent is None or parent.submodule_search_locations is None:
        return None
    for finder in sys.meta_path:     # as the import system looks, without importing the package
        find = getattr(finder, "find_spec", None)
        spec = find(name, parent.submodule_search_locations) if find is not None else None
        if spec is not None:
            return spec
    return None


class _HoldInput(QObject):
    """While a long job runs the clerk's keys, clicks and drops are held back (a busy cursor says why):
    nothing typed in those seconds can change the plan under the job, or be half-applied after it."""
    INPUT = {QEvent.KeyPress, QEvent.KeyRelease, QEvent.ShortcutOverride, QEvent.MouseButtonPress,
             QEvent.MouseButtonRelease, QEvent.MouseButtonDblClick, QEvent.Wheel, QEvent.Drop,
             QEvent.InputMethod, QEvent.TabletPress}

    def eventFilter(self, obj, ev):   # noqa: N802 (Qt API)
        return ev.type() in self.INPUT


def run_with_progress(parent, text: str, fn, *args, min_ms: int = 400):
    """Run *fn* in a worker thread; the window keeps painting and a busy
    progress dialog appears if it takes longer than *min_ms*.

    *fn* must not use the window's plan or its store's connection: give it a snapshot
    (core.model.snapshot) or a path it opens itself. Meanwhile input is held back and the window's
    timers (autosave, backups, the typing pause of the editors) wait, and start again afterwards."""
    box: dict = {}

    class Worker(QThread):
        def run(self):
            try:
                box["v"] = fn(*args)
            except BaseException as e:   # noqa: BLE001 — handed back to the caller's thread, which raises it
                box["e"] = e
    # Python's cyclic garbage collector runs in whichever thread happens to allocate: left on, it
    # can destroy a Qt object of the window (a dialog, an old editor in a reference cycle) from the
    # worker thread, and Qt aborts or crashes. So automatic collection is off while the worker runs;
    # what is pending is collected afterwards, in the GUI thread, by the collector's own schedule.
    # (No forced full collection here: gc.collect() over the wrappers of dialogs already closed
    # crashed PySide in the English interface, 3 runs out of 3.)
    gc_was_on = gc.isenabled()
    gc.disable()
    app = QApplication.instance()
    top = parent.window() if parent is not None else None
    paused = [t for t in (top.findChildren(QTimer) if top is not None else []) if t.isActive()]
    for t in paused:
        t.stop()
    hold = _HoldInput()
    app.installEventFilter(hold)
    QApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        w = Worker(parent)
        dlg = QProgressDialog(text, "", 0, 0, parent)
        dlg.setWindowTitle(APP_TITLE)
        dlg.setCancelButton(None)
        dlg.setWindowModality(Qt.WindowModal)
        dlg.setMinimumDuration(min_ms)
        loop = QEventLoop()
        w.finished.connect(loop.quit)
        w.start()
        if not w.isFinished():
            loop.exec()
        w.wait()
        dlg.reset()
        dlg.deleteLater()
    finally:
        QApplication.restoreOverrideCursor()
        app.removeEventFilter(hold)
        for t in paused:
            if shiboken6.isValid(t):     # an editor closed meanwhile takes its timer with it
                t.start()
        if gc_was_on:
            gc.enable()
    if "e" in box:
        raise box["e"]
    return box.get("v")


CANCELLED = object()


def ask_retry(parent, text: str) -> bool:
    """The file-in-use message with "Thử lại" (Retry) and "Hủy" (Cancel); True for Retry."""
    box = QMessageBox(QMessageBox.Warning, APP_TITLE, text, QMessageBox.Retry | QMessageBox.Cancel, parent)
    box.setDefaultButton(QMessageBox.Retry)     # Qt's own buttons: "Thử lại" / "Hủy" from i18n/qtbase_vi
    try:
        return box.exec() == QMessageBox.Retry
    finally:
        box.deleteLater()


def run_retrying(parent, text: str, fn, *args, ask=None):
    """:func:`run_with_progress`; when the target file is open in another
    program (Word, Excel: core.errors.FileInUse) the clerk is told which
    program to close and may retry.  Returns :data:`CANCELLED` when the
    clerk gives up; outside an interactive window the error is raised."""
    from core.errors import FileInUse
    while True:
        try:
            return run_with_progress(parent, text, fn, *args)
        except FileInUse as e:
            if ask is None:
                if not getattr(parent, "interactive", True):
                    raise
                ask = ask_retry
            if not ask(parent, error_text(e)):
                return CANCELLED


def with_suffix(path: str, suffix: str) -> str:
    """*path* ending in *suffix*: Qt's own save dialog (used in Vietnamese) does not
    add the filter's extension to a typed name, and Word cannot open “Ke hoach 2026”."""
    return path if path.lower().endswith(suffix.lower()) else path + suffix


def after_first_paint(widget, fn) -> None:
    """Call *fn* once, right after *widget*'s next paint — work the first sight of the window does not need."""
    _AfterFirstPaint(widget, fn)


class _AfterFirstPaint(QObject):
    """Call *fn* once, right after *widget*'s next paint (then forget it)."""

    def __init__(self, widget, fn):
        super().__init__(widget)
        self.fn = fn
        widget.installEventFilter(self)

    def eventFilter(self, obj, ev):   # noqa: N802 (Qt API)
        if ev.type() == QEvent.Paint and self.fn is not None:
            fn, self.fn = self.fn, None
            obj.removeEventFilter(self)
            QTimer.singleShot(0, fn)
            self.deleteLater()
        return False


class _Pages(dict):
    """The editor pages of the open plan, each built the first time it is asked for (``pages[kind]``):
    the first paint shows the header editor only, and the appendix table (gui.editors.appendix, the
    largest editor) loads when an appendix is first selected. ``pages.get(kind)`` does not build."""

    def __init__(self, make=None):
        super().__init__()
        self.make = make

    def __missing__(self, kind):
        page = self.make(kind) if self.make is not None else None
        if page is None:
            raise KeyError(kind)
        self[kind] = page
        return page


class PlanTree(QTreeView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.InternalMove)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setUniformRowHeights(True)
        self.setTextElideMode(Qt.ElideRight)
        self.setIndentation(16)


class MainWindow(QMainWindow):
    def __init__(self, interactive: bool = True, lazy: bool = False):
        super().__init__()
        self.interactive = interactive
        self.doc: Document | None = None
        self.tree_model: PlanTreeModel | None = None
        self.setWindowTitle(APP_TITLE)
        self.resize(1366, 768)
        self.tree = PlanTree()
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = _Pages()   # built on first use (_make_page)
        self.empty = None           # the welcome page while no plan is open (made once the actions exist)
        self.split = split = QSplitter()
        split.addWidget(self.tree)
        right = QWidget()   # the deadline reminder (closable) above the editor
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        rlay.setSpacing(2)
        self.defer_notice = False    # True: the plan opened at start-up shows its reminder after the first paint
        self.notice = self._notice_bar()
        if self.notice is not None:
            rlay.addWidget(self.notice)
        rlay.addWidget(self.stack, 1)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        # the tree's width as the clerk left it last time (dragging the divider), else 380 px
        try:
            tree_w = int(settings().value("tree_width", 380))
        except (TypeError, ValueError):
            tree_w = 380
        tree_w = max(200, min(tree_w, 900))
        split.setSizes([tree_w, max(400, 1366 - tree_w)])
        split.splitterMoved.connect(lambda *_: self._save_tree_width())
        self.tree.setMinimumWidth(200)   # a narrow window shrinks the editor, not the tree to unreadable
        split.setCollapsible(0, False)
        from .zoom import Zoom  # Ctrl+wheel / Ctrl+= / Ctrl+- / Ctrl+0 in the section editor and the table
        try:
            zoom = int(settings().value("zoom", 100))
        except (TypeError, ValueError):
            zoom = 100
        self.zoom = Zoom(self, zoom)
        self.setCentralWidget(split)
        self.status_file = QLabel()
        self.status_saved = QLabel()
        # no stretch: a permanent widget that takes the whole bar hides every temporary message
        # (export notes, "Đã dán …", "Đã xóa …" — all set, none seen)
        self.status_file.setMaximumWidth(520)
        # set apart from the message on its left (a long message ran straight into the path)
        self.status_file.setObjectName("status-file")
        self.status_file.setStyleSheet("#status-file { border-left: 1px solid #b0b0b0; padding-left: 8px; }")
        self.statusBar().addPermanentWidget(self.status_file)
        self.statusBar().addPermanentWidget(self.status_saved)
        self.current_page = None
        self.notes: dict[str, list[str]] = {}     # each plan's notes (by file), kept while the program runs
        self.notes_dock = self._notes_panel()
        self._build_actions()
        self._build_menus()
        # the actions of the other modules (print, find, progress, …): at start-up (*lazy*) they are
        # installed right after the first paint — their modules are not needed to draw the window
        self.plan_actions: list[QAction] = []
        self._available: dict = {}
        if lazy:
            self._sync_actions_list()
            after_first_paint(self, self.install_modules)
        else:
            self.install_modules()
        from .welcome import WelcomePage  # first start and no plan open: what to start with
        self.empty = WelcomePage(self)
        self.empty.openRecent.connect(lambda p: self.guard(self.open_path, p))
        self.empty.openSample.connect(lambda: self.guard(self.open_sample))
        self.stack.insertWidget(0, self.empty)
        self.sample_copy = False
        self._fill_empty_page()
        self.sync_plan_actions()

    def install_modules(self) -> None:
        """The actions and menu entries of the modules beside the window (print and settings, send a
        copy, next year, tone marks, find, the plans page, the plan check, progress)."""
        if getattr(self, "_modules_installed", False):
            return
        self._modules_installed = True
        from . import extras  # File → Print, File → Settings, Help → User guide (F1)
        extras.install(self)
        from . import send_copy  # File → Send a copy (USB, email)
        send_copy.install(self)
        from . import next_year  # File → Next year's plan from this one
        next_year.install(self)
        from . import text_tools  # Sửa → one tone-mark placement for the whole plan
        text_tools.install(self)
        from . import find  # Sửa → Tìm… (Ctrl+F), Tìm và thay thế… (Ctrl+H)
        find.install(self)
        from . import plans_page  # Xem → Các kế hoạch: every plan of the chosen folders
        plans_page.install(self)
        from . import plan_check  # File → Kiểm tra kế hoạch trước khi in (F7), the panel of holes
        plan_check.install(self)
        from . import progress  # File → progress forms, import them, the report (issue 14)
        progress.install(self)
        self._sync_actions_list()
        if self.doc is not None or self.empty is not None:
            self.sync_plan_actions()

    def _sync_actions_list(self) -> None:
        # Every action that acts on the open plan, in one list: without a plan they are all disabled
        # (menus, toolbar and shortcuts alike — Ctrl+Enter with no plan raised AttributeError into the
        # crash dialog); sync_plan_actions() is the one place that enables them, on open and close.
        self.plan_actions = [a for a in (
            self.a_save, self.a_copy, self.a_restore, getattr(self, "a_send", None),
            getattr(self, "a_next_year", None), self.a_docx, self.a_pdf, self.a_xlsx, getattr(self, "a_print", None),
            self.a_merge, self.a_conflicts, self.a_undo, self.a_redo, self.a_add,
            self.a_add_child, self.a_delete, self.a_tree_delete, self.a_rename, self.a_indent, self.a_outdent,
            self.a_up, self.a_down, self.a_group, self.a_add_col, self.a_add_app, self.a_calendar, self.a_agenda,
            self.a_deadline, getattr(self, "a_tone", None), getattr(self, "a_find", None),
            getattr(self, "a_replace", None), getattr(self, "a_plan_check", None),
            getattr(self, "a_progress_forms", None), getattr(self, "a_progress_import", None),
            getattr(self, "a_report", None), getattr(self, "a_progress_view", None)) if a is not None]
        # what this installation can do at all (a module missing, no PDF engine): never enabled by a plan
        self._available = {a: self._available.get(a, a.isEnabled()) for a in self.plan_actions}

    # ------------------------------------------------------------ actions --
    def _act(self, text, slot, shortcut=None, tip=None) -> QAction:
        a = QAction(text, self)
        if shortcut:
            if isinstance(shortcut, (list, tuple)):
                a.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                a.setShortcut(QKeySequence(shortcut))
        if tip:
            a.setStatusTip(tip)
        a.triggered.connect(lambda *_: self.guard(slot))
        self.addAction(a)
        return a

    def _build_actions(self):
        t = self.tr
        self.a_new = self._act(t("&Mới từ mẫu…"), self.new_plan, QKeySequence.New)
        self.a_open = self._act(t("&Mở…"), self.open_dialog, QKeySequence.Open)
        self.a_save = self._act(t("&Lưu"), self.save, QKeySequence.Save,
                                t("Mọi chỉnh sửa đã được lưu ngay khi gõ; Ctrl+S ghi bản làm việc về ổ USB (nếu có)."))
        self.a_copy = self._act(t("Lưu &bản sao thành…"), self.save_copy, "Ctrl+Shift+S")
        self.a_restore = self._act(t("&Khôi phục từ bản sao lưu…"), self.restore_backup, None,
                                   t("Đưa kế hoạch về nội dung của một bản sao lưu tự động; nội dung hiện tại "
                                     "được sao lưu trước."))
                # Not Ctrl+E / Ctrl+L / Ctrl+Shift+E: in Word they centre and left-align a paragraph and turn on
        # track changes, and a clerk pressing them here got a save dialog or the calendar. W/P/X for
        # Word/PDF/Excel with Ctrl+Shift (Word's rarely used underline-words, font-size, —); F8 / Shift+F8
        # for the calendar and the agenda (Word's "extend selection", which no clerk uses).
        self.a_docx = self._act(t("Xuất &Word (.docx)…"), lambda: self.export("docx"), "Ctrl+Shift+W")
        self.a_pdf = self._act(t("Xuất &PDF…"), lambda: self.export("pdf"), "Ctrl+Shift+P")
        self.a_xlsx = self._act(t("Xuất &Excel (bảng phụ lục)…"), lambda: self.export("xlsx"), "Ctrl+Shift+X",
                                t("Mỗi phụ lục thành một trang tính Excel, sẵn để in."))
        self.a_import = self._act(t("&Nhập từ Word (.docx)…"), lambda: self.import_docx(), "Ctrl+Shift+I")
        self.a_check_docx = self._act(t("Kiểm tra t&hể thức văn bản Word…"), self.check_docx_format, None,
                                      t("Kiểm tra một văn bản Word bất kỳ theo Nghị định 30/2020 và ghi bản đã sửa."))
        self.a_merge = self._act(t("&Gộp với bản của nơi khác…"), self.merge)
        self.a_conflicts = self._act(t("&Xung đột gộp còn chờ xử lý…"), self.pending_conflicts, None,
                                     t("Các xung đột để lại (“Để sau”) từ lần gộp trước: chọn bản nào giữ."))
        self.a_quit = self._act(t("&Thoát"), self.close, QKeySequence.Quit)
        self.a_undo = self._act(t("&Hoàn tác"), self.undo, QKeySequence.Undo)
        # each key once: QKeySequence.Redo is already Ctrl+Y on some platforms, and an action holding
        # the same key twice is "ambiguous" to Qt and never fires
        self.a_redo = self._act(t("&Làm lại"), self.redo, ["Ctrl+Y", "Ctrl+Shift+Z"])
        self.a_add = self._act(t("Thêm mục/dòng &cùng cấp"), self.add_sibling, "Ctrl+Return")
        self.a_add_child = self._act(t("Thêm mục &con / dòng nhóm"), self.add_child, "Ctrl+Shift+Return")
        self.a_delete = self._act(t("&Xóa"), self.delete, "Ctrl+Delete")
        # Ctrl+Delete deletes the next word in a text field (as in Word): the shortcut only acts
        # when the tree or the table itself has the focus (see _build_pages), never from a field
        self.a_delete.setShortcutContext(Qt.WidgetShortcut)
        self.tree.addAction(self.a_delete)
        # in the tree only, as in a file manager: Delete deletes the node (asking first for a
        # section with sub-sections or an appendix), F2 goes to its title to rename it
        tree_keys = []
        for key, slot in ((QKeySequence.Delete, self.delete), ("F2", self.rename_current)):
            a = QAction(self)
            a.setShortcut(QKeySequence(key))
            a.setShortcutContext(Qt.WidgetShortcut)
            a.triggered.connect(lambda *_, s=slot: self.guard(s))
            self.tree.addAction(a)
            tree_keys.append(a)
        self.a_tree_delete, self.a_rename = tree_keys
        self.a_indent = self._act(t("Lùi &vào một cấp"), lambda: self.structure("indent"), "Alt+Right")
        self.a_outdent = self._act(t("Lùi &ra một cấp"), lambda: self.structure("outdent"), "Alt+Left")
        self.a_up = self._act(t("Chuyển &lên"), lambda: self.structure("up"), "Alt+Up")
        self.a_down = self._act(t("Chuyển &xuống"), lambda: self.structure("down"), "Alt+Down")
        self.a_group = self._act(t("Đổi dòng &nhóm ↔ nhiệm vụ"), self.toggle_group, "Ctrl+G")
        self.a_add_col = self._act(t("Thêm &cột…"), lambda: self._appendix().add_column(), None)
        self.a_add_app = self._act(t("Thêm &phụ lục"), self.add_appendix, None)
        self.a_calendar = self._act(t("&Lịch hạn công việc"), lambda: self.show_view("calendar"), "F8")
        self.a_agenda = self._act(t("Việc sắp đến &hạn"), lambda: self.show_view("agenda"), "Shift+F8")
        # F6 as in Word: from the tree to the editor shown and back, without the mouse
        self.a_switch = self._act(t("&Chuyển giữa cây mục và nội dung"), self.switch_pane, "F6")
        self.a_zoom_in = self._act(t("&Phóng to chữ"), lambda: self.zoom.set(self.zoom.percent + 10),
                                   ["Ctrl+=", "Ctrl++"])
        self.a_zoom_out = self._act(t("&Thu nhỏ chữ"), lambda: self.zoom.set(self.zoom.percent - 10), "Ctrl+-")
        self.a_zoom_reset = self._act(t("Cỡ chữ &mặc định (100%)"), lambda: self.zoom.set(100), "Ctrl+0")
        self.a_notes = self.notes_dock.toggleViewAction()
        self.a_notes.setText(t("&Ghi chú của kế hoạch"))
        self.a_notes.setStatusTip(t("Các thông báo dài (lưu ý khi xuất, khi mở tệp nén…) của kế hoạch đang mở."))
        self.a_deadline = self._act(t("&Thời hạn…"), self.edit_deadline, "Ctrl+T",
                                    t("Cách hiểu thời hạn của dòng đang chọn; ghi ngày sự kiện; đánh dấu đã hoàn thành."))
        self.a_about = self._act(t("&Giới thiệu"), self.about)
        for a in (self.a_docx, self.a_pdf):
            a.setEnabled(has_module("core.export.docx" if a is self.a_docx else "core.export.pdf"))
        self.a_xlsx.setEnabled(has_module("core.export.xlsx") and has_module("openpyxl"))
        self.a_import.setEnabled(has_module("core.importers.docx"))
        self.a_check_docx.setEnabled(has_module("core.checker"))
        self.a_merge.setEnabled(has_module("gui.dialogs.merge_dialog"))
        self.a_calendar.setEnabled(has_module("gui.calendar.view"))
        self.a_agenda.setEnabled(has_module("gui.calendar.view"))
        self.a_deadline.setEnabled(has_module("gui.calendar.view"))

    def _build_menus(self):
        t = self.tr
        mb = self.menuBar()
        m = mb.addMenu(t("&Tệp"))
        m.addAction(self.a_new)
        m.addAction(self.a_open)
        self.recent_menu = m.addMenu(t("Mở &gần đây"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        m.addSeparator()
        m.addAction(self.a_save)
        m.addAction(self.a_copy)
        m.addAction(self.a_restore)
        m.addSeparator()
        m.addAction(self.a_docx)
        m.addAction(self.a_pdf)
        m.addAction(self.a_xlsx)
        m.addAction(self.a_import)
        m.addAction(self.a_check_docx)
        m.addAction(self.a_merge)
        m.addAction(self.a_conflicts)
        m.addSeparator()
        m.addAction(self.a_quit)
        m = mb.addMenu(t("&Sửa"))
        m.addAction(self.a_undo)
        m.addAction(self.a_redo)
        m = mb.addMenu(t("&Cấu trúc"))
        for a in (self.a_add, self.a_add_child, self.a_delete, None, self.a_indent, self.a_outdent,
                  self.a_up, self.a_down, None, self.a_add_app):
            m.addSeparator() if a is None else m.addAction(a)
        m = mb.addMenu(t("&Bảng"))
        m.addAction(self.a_group)
        m.addAction(self.a_add_col)
        m.addSeparator()
        m.addAction(self.a_deadline)
        m = mb.addMenu(t("&Xem"))
        m.addAction(self.a_calendar)
        m.addAction(self.a_agenda)
        m.addSeparator()
        m.addAction(self.a_zoom_in)
        m.addAction(self.a_zoom_out)
        m.addAction(self.a_zoom_reset)
        m.addSeparator()
        m.addAction(self.a_switch)
        m.addAction(self.a_notes)
        m = mb.addMenu(t("Trợ &giúp"))
        m.addAction(self.a_about)
        tb = self.addToolBar(t("Công cụ"))
        tb.setObjectName("main-toolbar")
        tb.setIconSize(QSize(16, 16))
        tb.setToolButtonStyle(Qt.ToolButtonTextOnly)
        for a, label in ((self.a_new, t("Mới")), (self.a_open, t("Mở")), (self.a_save, t("Lưu")), (None, None),
                         (self.a_undo, t("Hoàn tác")), (self.a_redo, t("Làm lại")), (None, None),
                         (self.a_add, t("+ Cùng cấp")), (self.a_add_child, t("+ Cấp con")),
                         (self.a_delete, t("Xóa")), (self.a_outdent, "◀"), (self.a_indent, "▶"),
                         (self.a_up, "▲"), (self.a_down, "▼"), (None, None),
                         (self.a_docx, "Word"), (self.a_pdf, "PDF"), (self.a_calendar, t("Lịch"))):
            if a is None:
                tb.addSeparator()
                continue
            if label:
                # the button's short word is the action's icon text (kept when the menu text changes,
                # e.g. "Hoàn tác: Di chuyển mục"); the tooltip gives the whole text and the keys
                a.setIconText(label)
                a.setToolTip(a.text().replace("&", "") + (f" ({a.shortcut().toString(QKeySequence.NativeText)})"
                                                          if not a.shortcut().isEmpty() else ""))
            tb.addAction(a)

    def sync_plan_actions(self) -> None:
        """Enable the actions of :attr:`plan_actions` when a plan is open (each as far as this
        installation can do it; undo/redo as the undo stack says), disable them all when none is,
        and show what to do in the empty window."""
        doc = self.doc
        for a in self.plan_actions:
            a.setEnabled(doc is not None and self._available.get(a, True))
        self.sync_undo_texts()
        if doc is not None:
            self.a_undo.setEnabled(doc.undo_stack.canUndo())
            self.a_redo.setEnabled(doc.undo_stack.canRedo())
        elif self.empty is not None:
            self.empty.set_recent(self._recent_paths())
            self.stack.setCurrentWidget(self.empty)
            self.setWindowTitle(APP_TITLE)
            self.status_file.setText("")
            self.status_saved.setText("")

    def _on_undo_index(self, _index=None) -> None:
        self.sync_undo_texts()

    def sync_undo_texts(self) -> None:
        """The Edit menu says what Ctrl+Z / Ctrl+Y will do ("Hoàn tác: Di chuyển mục"): the step's label
        comes from its core edit in the interface language; the toolbar keeps its short word."""
        stack = self.doc.undo_stack if self.doc is not None else None
        for a, base, what in ((self.a_undo, self.tr("&Hoàn tác"), stack.undoText() if stack else ""),
                              (self.a_redo, self.tr("&Làm lại"), stack.redoText() if stack else "")):
            a.setText(f"{base}: {what}" if what else base)
            keys = a.shortcut().toString(QKeySequence.NativeText)
            tip = a.text().replace("&", "")
            a.setToolTip(f"{tip} ({keys})" if keys else tip)

    def _fill_empty_page(self) -> None:
        t = self.tr
        self.empty.intro.setText(f"<p style='font-size:13pt'><b>{html_escape(t('Chưa mở kế hoạch nào.'))}</b></p>"
                                 f"<p>{html_escape(t('Chọn một việc để bắt đầu:'))}</p>")

    # ------------------------------------------------------------ notes ---
    def _notes_panel(self):
        """A panel under the editor with the open plan's long messages; closed, it is reopened from
        Xem → Ghi chú của kế hoạch. The status bar keeps one short line."""
        from PySide6.QtWidgets import QDockWidget
        dock = QDockWidget(self.tr("Ghi chú của kế hoạch"), self)
        dock.setObjectName("notes-panel")
        dock.setAllowedAreas(Qt.BottomDockWidgetArea | Qt.RightDockWidgetArea)
        self.notes_view = QPlainTextEdit()
        self.notes_view.setReadOnly(True)
        self.notes_view.setObjectName("notes-text")
        dock.setWidget(self.notes_view)
        self.addDockWidget(Qt.BottomDockWidgetArea, dock)
        self.resizeDocks([dock], [110], Qt.Vertical)
        dock.hide()
        return dock

    def note(self, short: str, full: str | None = None) -> None:
        """*short* in the status bar (one line); *full* (when longer) kept in the open plan's notes and
        the notes panel shown. Notes belong to the plan: another plan shows its own."""
        more = full is not None and full != short
        self.statusBar().showMessage(short + ("  " + self.tr("(chi tiết: Xem → Ghi chú của kế hoạch)") if more
                                              else ""), 20000)
        if not more:
            return
        key = os.path.abspath(self.doc.path) if self.doc is not None else ""
        self.notes.setdefault(key, []).append(f"[{time.strftime('%H:%M')}] {full}")
        self._show_notes()
        self.notes_dock.show()

    def _show_notes(self) -> None:
        key = os.path.abspath(self.doc.path) if self.doc is not None else ""
        got = self.notes.get(key, [])
        self.notes_view.setPlainText("\n\n".join(got))
        self.notes_view.moveCursor(self.notes_view.textCursor().MoveOperation.End)
        if not got:
            self.notes_dock.hide()

    # ----------------------------------------------------------- guard ---
    def guard(self, fn, *args):
        """Run a user action; show a clerk's message instead of a traceback for expected errors."""
        try:
            return fn(*args)
        except OperationError as e:
            self.statusBar().showMessage(error_text(e), 6000)
            QApplication.beep()
        except PlanError as e:
            self.message(error_text(e), warn=True)
        return None

    def message(self, text: str, warn: bool = False):
        if not self.interactive:
            self.statusBar().showMessage(text, 10000)
            return
        (QMessageBox.warning if warn else QMessageBox.information)(self, APP_TITLE, text)

    # ------------------------------------------------------------- files --
    WORD_EXT = (".docx", ".doc", ".docm", ".dotx", ".rtf", ".odt")
    EXCEL_EXT = (".xlsx", ".xls", ".xlsm", ".ods", ".csv")

    @classmethod
    def foreign_kind(cls, path: str) -> str | None:
        """'word' / 'excel' when *path* is an office document rather than a plan file
        (by its extension, or a ZIP that holds word/ or xl/)."""
        ext = os.path.splitext(path)[1].lower()
        if ext in cls.WORD_EXT:
            return "word"
        if ext in cls.EXCEL_EXT:
            return "excel"
        try:
            import zipfile
            if zipfile.is_zipfile(path):          # also a .docx renamed .sqlite
                with zipfile.ZipFile(path) as z:
                    names = z.namelist()
                if any(n.startswith("word/") for n in names):
                    return "word"
                if any(n.startswith("xl/") for n in names):
                    return "excel"
        except (OSError, ValueError):   # unreadable or not a zip: said as "not a plan" by the caller
            log.debug("%s not sniffed as Word/Excel", path, exc_info=True)
        return None

    def open_foreign(self, path: str, kind: str) -> bool:
        """File → Open on a Word or Excel file: say what it is and what to do (a Word plan
        is imported: offered here); never the technical "not an SQLite database"."""
        name = os.path.basename(path)
        if kind == "word":
            text = self.tr("“%1” là văn bản Word, không phải tệp kế hoạch. Để lập kế hoạch từ văn bản này, "
                           "dùng Tệp → Nhập từ Word (.docx)… (Ctrl+Shift+I).").replace("%1", name)
            if self.interactive and self.a_import.isEnabled():
                r = QMessageBox.question(self, APP_TITLE, text + "\n\n" + self.tr("Nhập văn bản này ngay?"),
                                         QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
                if r == QMessageBox.Yes:
                    self.guard(self.import_docx, path)
                return False
        else:
            text = self.tr("“%1” là bảng tính Excel, không phải tệp kế hoạch. Để đưa bảng vào kế hoạch: mở hoặc "
                           "tạo kế hoạch, chọn phụ lục, chép các ô trong Excel (Ctrl+C) rồi dán vào bảng "
                           "(Ctrl+V).").replace("%1", name)
        self.message(text)
        return False

    def open_path(self, path: str) -> bool:
        path = os.path.abspath(path)
        if self._is_open(path):      # the plan of this window, under whatever name (a link)
            return True
        kind = self.foreign_kind(path)
        if kind is not None:
            return self.open_foreign(path, kind)
        if path.lower().endswith(".zip"):
            # a copy received by email: the plan inside is checked and copied into the local working
            # folder, and that copy is opened (the .zip itself is only read)
            from core.sharing import open_received
            local = run_with_progress(self, self.tr("Đang mở tệp nén…"), open_received, path)
            if not self.open_path(local):
                return False
            self.note(self.tr("Đã mở kế hoạch trong tệp nén “%1”.").replace("%1", os.path.basename(path)),
                      self.tr("Đã mở kế hoạch trong tệp nén “%1”; bản làm việc: %2. Để gộp với bản của mình, dùng "
                              "Tệp → Gộp với bản của nơi khác…").replace("%1", os.path.basename(path))
                      .replace("%2", local))
            return True
        info = sess.read_lock(path)
        if info is not None:
            if info.state == "alive":
                self.message(info.describe(), warn=True)
                return False
            if info.state == "other-host" and self.interactive:
                r = QMessageBox.question(self, APP_TITLE, info.describe() + "\n\n" + self.tr("Mở tiếp?"))
                if r != QMessageBox.Yes:
                    return False
            elif info.state == "stale":
                self.statusBar().showMessage(info.describe(), 15000)
                if self.interactive:
                    QMessageBox.information(self, APP_TITLE, info.describe())
        use_pending = False
        if sess.is_removable(path) and sess.pending_working_copy(path):
            use_pending = not self.interactive or QMessageBox.question(
                self, APP_TITLE, self.tr("Lần trước chương trình đóng khi chưa ghi xong bản làm việc về ổ USB. "
                                         "Dùng bản làm việc (có các chỉnh sửa mới nhất)?")) == QMessageBox.Yes

        def load():
            s = sess.Session.start(path, use_pending=use_pending)
            try:
                store = PlanStore.open(s.edit_path)
                try:
                    plan = store.load()
                    if not self.defer_notice:
                        self._opening_notice = self._notice_of(plan)   # in the worker: the window keeps painting
                    return store, plan, s
                except BaseException:
                    store.close()
                    raise
            except BaseException:
                sess.release_lock(path)
                raise
        try:
            store, plan, s = run_with_progress(self, self.tr("Đang mở tệp…"), load)
        except PlanError as e:
            self.message(error_text(e), warn=True)
            return False
        doc = Document(plan, store, s, self)
        self.set_document(doc)
        self._remember(path)
        QTimer.singleShot(2000, lambda d=doc: d is self.doc and d.session and d.session.backup(d.store, 0))
        return True

    def set_document(self, doc: Document):
        self.close_document()
        self.sample_copy = False
        self.statusBar().clearMessage()
        self.doc = doc
        doc.changed.connect(self.on_changed)
        doc.written.connect(self.on_written)
        doc.failed.connect(lambda m: self.statusBar().showMessage(m, 8000))
        doc.undo_stack.canUndoChanged.connect(self.a_undo.setEnabled)
        doc.undo_stack.canRedoChanged.connect(self.a_redo.setEnabled)
        doc.undo_stack.indexChanged.connect(self._on_undo_index)
        self.sync_plan_actions()
        self._build_pages()
        self.tree_model = PlanTreeModel(doc, self)
        self.tree.setModel(self.tree_model)
        self.tree.expandAll()
        self.tree.selectionModel().currentChanged.connect(self.on_current)
        self.tree.setCurrentIndex(self.tree_model.index_for("header"))
        self.tree.clicked.connect(self._tree_clicked)
        self.setWindowTitle(f"{os.path.basename(doc.path)} — {APP_TITLE}")
        where = doc.path
        if doc.session and doc.session.working:
            where += "  " + self.tr("(đang sửa bản làm việc trên máy; Ctrl+S ghi về ổ USB)")
        self.status_file.setToolTip(where)
        self.status_file.setText(self.status_file.fontMetrics().elidedText(where, Qt.ElideMiddle, 500))
        self.status_saved.setText(self.tr("Đã mở"))
        self._show_notes()
        if self.defer_notice:
            # at start-up the window paints first; the deadline reader (about a third of the start's
            # imports) loads and the reminder shows right after
            self.defer_notice = False
            after_first_paint(self, self._deferred_notice)
        else:
            self.show_deadline_notice()
        try:
            # most plans were never merged: a look at the one info row, and core.merge (13 ms to
            # import) is loaded only for a plan that has a conflict list
            raw = doc.store.info_value("merge_conflicts")
            n = 0
            if raw and raw.strip() not in ("", "[]"):
                from core.merge import pending_conflicts
                n = len(pending_conflicts(doc.store))
        except Exception:   # a reminder is a courtesy: never fail opening over it
            log.exception("merge conflicts of %s not counted", doc.path)
            n = 0
        if n:
            self.statusBar().showMessage(self.tr("Còn %1 xung đột gộp chưa xử lý: Tệp → Xung đột gộp còn chờ xử lý…")
                                         .replace("%1", str(n)), 30000)

    def _build_pages(self):
        for p in list(self.pages.values()):
            self.stack.removeWidget(p)
            p.deleteLater()
        self.pages = _Pages(self._make_page)
        self.current_page = None

    PAGE_KINDS = ("header", "section", "appendix", "signer", "signers", "recipients")

    def _make_page(self, kind: str):
        """The editor of *kind* for the open plan, built when first shown (None: no such editor)."""
        if self.doc is None or kind not in self.PAGE_KINDS:
            return None
        if kind == "appendix":
            from .editors.appendix import AppendixEditor
            page = AppendixEditor(self.doc)
            page.table.addAction(self.a_delete)   # Ctrl+Delete in the table (not its cell editor)
            self.zoom.watch(page.table.viewport())
        else:
            page = {"header": HeaderEditor, "section": SectionEditor, "signer": SignerEditor,
                    "signers": SignersOverview, "recipients": RecipientsEditor}[kind](self.doc)
            if kind == "section":
                self.zoom.watch(page.title, page.body.viewport(), page.tail.viewport())
        self.stack.addWidget(page)
        self.pages[kind] = page
        self.zoom.apply({kind: page})   # the others keep theirs (an appendix page may show a deleted one)
        return page

    def close_document(self):
        if self.doc is None:
            return
        self.flush_editor()
        doc = self.doc
        self.doc = None
        try:   # the stack outlives the window's actions (it is cleared when it is deleted)
            doc.undo_stack.indexChanged.disconnect(self._on_undo_index)
        except (RuntimeError, TypeError) as e:
            log.debug("undo stack already disconnected: %s", e)
        try:
            doc.close()
        except PlanError as e:
            self.message(error_text(e), warn=True)
        self.tree.setModel(None)
        self.tree_model = None
        for key in list(self.pages):   # editors of the closed plan: gone, the empty page says what to do
            page = self.pages.pop(key)
            self.stack.removeWidget(page)
            page.deleteLater()
        self.current_page = None
        self.statusBar().clearMessage()     # the closed plan's messages go with it
        if self.notice is not None:
            self.notice.show_notice("")     # and its deadline reminder
        self.sync_plan_actions()
        self._show_notes()

    def zoom_changed(self, percent: int) -> None:
        settings().setValue("zoom", percent)
        self.statusBar().showMessage(self.tr("Cỡ chữ: %1% (Ctrl+0: mặc định)").replace("%1", str(percent)), 3000)

    def _save_tree_width(self) -> None:
        w = self.split.sizes()[0] if self.split.sizes() else 0
        if w >= 200:
            settings().setValue("tree_width", w)

    def closeEvent(self, e):   # noqa: N802
        self._save_tree_width()
        self.close_document()
        super().closeEvent(e)

    @staticmethod
    def _ours(path: str) -> bool:
        """A file in the program's own data folder (the sample's copy, a received .zip's working copy)."""
        try:
            return os.path.commonpath([os.path.abspath(path), os.path.abspath(sess.data_dir())]) == \
                os.path.abspath(sess.data_dir())
        except ValueError:      # another drive
            return False

    def _recent_paths(self) -> list[str]:
        return [p for p in (settings().value("recent") or []) if isinstance(p, str)]

    def plans_folder(self) -> str:
        """Where File → New, Open and Import start: the last folder the clerk used, else Documents\\Kế hoạch
        (created) — never the program's hidden data folder."""
        from core.settings import plans_folder
        return plans_folder()

    def open_sample(self) -> bool:
        """The welcome page's sample: a fresh copy of the 2021 Vị Xuyên plan, said to be one."""
        from .document import scratch_copy_of_sample
        path = scratch_copy_of_sample()
        if not path or not self.open_path(path):
            return False
        self.sample_copy = True
        self.setWindowTitle(f"{os.path.basename(path)} — {self.tr('Bản mẫu (bản sao để xem thử)')} — {APP_TITLE}")
        self.note(self.tr("Đây là bản sao của một kế hoạch mẫu (năm 2021) để xem thử; tệp mẫu không bị sửa. "
                          "Để lập kế hoạch của mình: Tệp → Mới từ mẫu…"))
        return True

    def _remember(self, path):
        if self._ours(path):
            return          # the sample's copy, a received .zip's working copy: not a folder of the clerk's
        from core.settings import remember_folder
        remember_folder(os.path.dirname(os.path.abspath(path)))
        s = settings()
        rec = [p for p in (s.value("recent") or []) if isinstance(p, str) and p != path]
        s.setValue("recent", [path] + rec[:MAX_RECENT - 1])

    def _fill_recent(self):
        self.recent_menu.clear()
        rec = [p for p in (settings().value("recent") or []) if isinstance(p, str)]
        for p in rec:
            a = self.recent_menu.addAction(p)
            a.triggered.connect(lambda *_, p=p: self.guard(self.open_path, p))
        if not rec:
            self.recent_menu.addAction(self.tr("(chưa có)")).setEnabled(False)

    def new_plan(self):
        from .dialogs.new_plan import NewPlanDialog
        folder = self.plans_folder()
        dlg = NewPlanDialog(self, folder, open_path=self.doc.path if self.doc else "")
        if dlg.exec() != QDialog.Accepted:
            return
        plan, path = dlg.build()
        self.create_and_open(plan, path, overwrite=dlg.replace)

    def create_and_open(self, plan, path: str, overwrite: bool = False) -> bool:
        """Write *plan* as a new file at *path* and open it.  An existing file is
        replaced only when *overwrite* (the clerk said so) — never the plan open here."""
        if not path.endswith(".sqlite"):
            path += ".sqlite"
        try:
            if overwrite:
                # the one replace decision: never the plan open here or in another window (any name, any
                # program), never a folder; without *overwrite* PlanStore.create refuses any existing file
                guard_output(path, "sqlite", sources=self._open_files(), force=True)
            PlanStore.create(path, plan, overwrite=overwrite and os.path.exists(path)).close()
        except PlanError as e:
            self.message(error_text(e), warn=True)
            return False
        return self.open_path(path)

    def _is_open(self, path: str) -> bool:
        """*path* is the plan of this window (by identity: a link to it counts)."""
        return any(same_file(path, p) for p in self._open_files())

    def _open_files(self) -> list[str]:
        """The files this window reads: the plan, and its local working copy."""
        if self.doc is None:
            return []
        return [p for p in {self.doc.path, self.doc.store.path} if p]

    def open_dialog(self):
        folder = self.plans_folder()
        p, _ = QFileDialog.getOpenFileName(self, self.tr("Mở kế hoạch"), folder,
                                           self.tr("Tệp kế hoạch (*.sqlite *.zip);;Mọi tệp (*)"))
        if p:
            self.open_path(p)

    def save(self):
        self.flush_editor()
        if self.doc:
            self.doc.flush()
            self.status_saved.setText(self.tr("Đã lưu lúc %1").replace("%1", time.strftime("%H:%M:%S")))

    def save_copy(self, dest: str | None = None):
        if not self.doc:
            return
        self.flush_editor()
        if dest is None:
            base = os.path.splitext(self.doc.path)[0] + "-ban-sao.sqlite"
            dest, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu bản sao thành"), base,
                                                  self.tr("Tệp kế hoạch (*.sqlite)"))
            if not dest:
                return
            dest = with_suffix(dest, ".sqlite")
        if self._is_open(dest):
            raise OperationError(self.tr("Bản sao phải có tên khác tệp đang mở."))
        guard_output(dest, "sqlite", sources=self._open_files(), force=True)   # the file dialog asked
        self.doc.store.mark_exposed()     # on this thread: the copy itself reads the file on its own connection
        if run_retrying(self, self.tr("Đang lưu bản sao…"), copy_plan_file, self.doc.store.path, dest) is CANCELLED:
            return
        self.statusBar().showMessage(self.tr("Đã lưu bản sao: %1").replace("%1", dest), 8000)

    def restore_backup(self, backup: str | None = None):
        """File → Restore from backup: choose one of the open plan's backups; the current state is
        backed up first, then the plan takes the backup's content as one undoable edit
        (core.edits.replace_content): one transaction, the window keeps its undo history."""
        if not self.doc:
            return
        self.flush_editor()
        original = self.doc.path
        from .i18n import current_language
        lang = current_language()     # the backup times in the status texts below, in the interface language
        if backup is None:
            from .dialogs.restore_dialog import choose_backup, describe
            infos = run_with_progress(self, self.tr("Đang đọc các bản sao lưu…"), describe, original)
            backup = choose_backup(self, infos)
            if not backup:
                return
        info = next((sess.BackupInfo(p, t, 0, lang=lang) for p, t in sess.list_backups(original)
                     if os.path.abspath(p) == os.path.abspath(backup)), None)
        if info is None:
            raise OperationError(self.tr("Không tìm thấy bản sao lưu này."))
        from core.edits import same_content
        restored = run_with_progress(self, self.tr("Đang khôi phục…"), sess.load_backup, original, backup)
        if same_content(restored, self.doc.plan):
            text = self.tr("Bản sao lưu này giống hệt nội dung hiện tại; không có gì thay đổi.")
            self.statusBar().showMessage(text, 15000)
            self.message(text)
            return
        saved = sess.backup_before_restore(self.doc.store, original, backup)
        # one undoable step in the open window: Ctrl+Z brings the content back, the file stays open
        self.doc.replace_content(restored)
        before = next((sess.BackupInfo(p, t, 0, lang=lang) for p, t in sess.list_backups(original)
                       if os.path.abspath(p) == os.path.abspath(saved)), None)
        text = self.tr("Đã khôi phục nội dung của bản sao lưu lúc %1.").replace("%1", info.when_text())
        if before is not None:
            text += " " + self.tr("Nội dung ngay trước khi khôi phục đã được sao lưu (lúc %1); muốn quay lại, "
                                  "chọn bản đó trong Tệp → Khôi phục từ bản sao lưu…").replace(
                "%1", before.when_text().split(" (")[0])
        self.statusBar().showMessage(text, 15000)
        self.message(text)

    def export(self, kind: str, dest: str | None = None):
        if not self.doc:
            return
        self.flush_editor()
        from core.export import EXPORTERS
        fn = EXPORTERS[kind]
        if kind == "xlsx" and not self.doc.plan.appendices:
            raise OperationError(self.tr("Kế hoạch chưa có phụ lục nào để xuất ra Excel."))
        if dest is None:
            base = os.path.splitext(self.doc.path)[0] + f".{kind}"
            filt = {"docx": self.tr("Văn bản Word (*.docx)"), "pdf": self.tr("PDF (*.pdf)"),
                    "xlsx": self.tr("Bảng tính Excel (*.xlsx)")}[kind]
            dest, _ = QFileDialog.getSaveFileName(self, self.tr("Xuất"), base, filt)
            if not dest:
                return
            dest = with_suffix(dest, f".{kind}")
        guard_output(dest, kind, sources=self._open_files(), force=True)   # the file dialog asked
        if run_retrying(self, self.tr("Đang xuất…"), fn, snapshot(self.doc.plan), dest) is CANCELLED:
            return
        text = self.tr("Đã xuất: %1").replace("%1", os.path.basename(dest))
        found = []
        if kind in ("docx", "pdf"):
            # what to look at before printing (no signer, text after "./.", page settings clamped)
            from core.export import notes

            from .i18n import current_language
            found = notes(self.doc.plan, current_language())
        if found:
            # the notes can be long ("Còn 40 chỗ …"): the status bar says how many, the panel keeps them
            self.note(text + " — " + self.tr("%1 lưu ý trước khi in").replace("%1", str(len(found))),
                      self.tr("Đã xuất: %1").replace("%1", dest) + "\n" + self.tr("Lưu ý: %1")
                      .replace("%1", "\n".join("• " + f for f in found)))
            # a draft may have holes: exported all the same, and listed in the plan check, each a click away
            from . import plan_check
            plan_check.after_export(self)
        else:
            self.statusBar().showMessage(text, 20000)

    def import_docx(self, source: str | None = None):
        """File → Import: preview the plan and its import report, then save it
        as a new plan file (nothing is written before the clerk confirms).
        *source*: the Word file (else the clerk chooses it)."""
        from gui.dialogs.import_dialog import ImportDialog, run_import_dialog
        folder = self.plans_folder()
        if source:
            dlg = ImportDialog(self, source=source, folder=folder or os.path.dirname(source))
            got = (dlg.plan, dlg.dest()) if dlg.exec() == QDialog.Accepted and dlg.plan is not None else None
            dlg.deleteLater()
        else:
            got = run_import_dialog(self, folder)
        if not got:
            return
        plan, dest = got
        if self.create_and_open(plan, dest) and plan.import_report:
            from core.text import report_text

            from .i18n import current_language
            lang = current_language()    # lines that carry their English (core.text.Note) show it
            show_text(self, self.tr("Báo cáo nhập"), "\n".join(report_text(x, lang) for x in plan.import_report))

    def check_docx_format(self, source: str | None = None):
        """File → Kiểm tra thể thức văn bản Word…: the findings of check-docx for any Word file."""
        from gui.dialogs.format_check_dialog import FormatCheckDialog, run_format_check_dialog
        folder = os.path.dirname(self.doc.path) if self.doc is not None and self.doc.path else ""
        if source:
            dlg = FormatCheckDialog(self, source=source)
            dlg.exec()
            dlg.deleteLater()
        else:
            run_format_check_dialog(self, folder)

    def pending_conflicts(self):
        if not self.doc:
            return
        from gui.dialogs.merge_dialog import run_pending_conflicts
        run_pending_conflicts(self, self.doc)

    def merge(self):
        mod = importlib.import_module("gui.dialogs.merge_dialog")
        self.flush_editor()
        if hasattr(mod, "run_merge_dialog"):
            mod.run_merge_dialog(self, self.doc)
        elif hasattr(mod, "MergeDialog"):
            mod.MergeDialog(self.doc, self).exec()

    def about(self):
        from .dialogs.about_dialog import about_box
        about_box(self, APP_TITLE).exec()

    # --------------------------------------------------------- navigation --
    def rename_current(self):
        """F2 in the tree: the title field of the section or appendix shown, all selected."""
        kind, _ = self.current_node()
        page = self.pages.get(kind) if kind in ("section", "appendix") else None
        field = getattr(page, "title", None)
        if field is not None:
            field.setFocus()
            field.selectAll()

    def current_node(self):
        idx = self.tree.currentIndex()
        if not idx.isValid():
            return None, None
        return idx.data(KIND_ROLE), idx.data(ID_ROLE)

    def flush_editor(self):
        """Write what the clerk has typed and not yet saved: an open table cell (as Enter
        would) and the pending text of the editor shown — before closing, export, undo…"""
        table = self.pages.get("appendix")
        if table is not None and self.doc is not None:
            table.commit_open_cell()
        if self.current_page is not None:
            self.current_page.flush()

    def on_current(self, cur, prev):
        self.flush_editor()
        if not cur.isValid() or self.doc is None:
            return
        kind, rid = cur.data(KIND_ROLE), cur.data(ID_ROLE)
        page = self.pages.get(kind)
        if page is None:
            page = self._make_page(kind)   # its first showing builds it
        if page is None:
            return
        page.load(rid)
        self.stack.setCurrentWidget(page)
        self.current_page = page

    def select(self, kind, rid=None):
        idx = self.tree_model.index_for(kind, rid)
        if idx.isValid():
            self.tree.setCurrentIndex(idx)
            self.tree.scrollTo(idx)

    def show_view(self, which: str):
        """'tree' (the editor), 'header', 'appendix' (first one), 'calendar', 'agenda'."""
        if which in ("calendar", "agenda"):   # one page: the calendar beside the agenda
            self.flush_editor()
            page = self.pages.get("deadlines")
            if page is None:
                page = self._calendar_page(which)
                self.pages["deadlines"] = page
                self.stack.addWidget(page)
            self.stack.setCurrentWidget(page)
            self.current_page = None
            focus = getattr(page, "agenda" if which == "agenda" else "calendar", None)
            if focus is not None:
                (focus.tree if which == "agenda" else focus.grid).setFocus()
            return
        if which == "appendix" and self.doc.plan.appendices:
            self.select("appendix", self.doc.plan.appendices[0].id)
        elif which == "header":
            self.select("header")
        elif which == "tree":
            plan = self.doc.plan
            target = next((s for s in plan.walk() if s.kind == "diem" and len(s.body) > 1), None) or \
                next((s for s in plan.walk() if s.body), None) or next(iter(plan.walk()), None)
            if target is not None:
                self.select("section", target.id)

    def _calendar_page(self, which):
        try:
            from .calendar.page import DeadlinesPage
            w = DeadlinesPage(self.doc)   # today: KEHOACH_TODAY (screenshots, tests) or the real date
            w.occurrenceActivated.connect(lambda o: self.guard(self.edit_deadline, o.row_id, o.due))
            return w
        except Exception as e:   # the calendar is another module's work: never break the window
            log.exception("deadline calendar page not built")
            lab = QLabel(self.tr("Chưa có lịch hạn công việc trong phiên bản này.") + f"\n({type(e).__name__})")
            lab.setAlignment(Qt.AlignCenter)
            return lab

    def _tree_clicked(self, idx):
        """A click on the node already selected brings its editor back (after the calendar)."""
        if idx.isValid() and idx == self.tree.currentIndex():
            page = self.pages.get(idx.data(KIND_ROLE))
            if page is not None and self.stack.currentWidget() is not page:
                self.on_current(idx, idx)

    # ---------------------------------------------------------- deadlines --
    def _notice_bar(self):
        try:
            from .calendar.notice import NoticeBar
        except ImportError:
            return None
        bar = NoticeBar()
        bar.showCalendar.connect(lambda: self.guard(self.show_view, "calendar"))
        return bar

    @staticmethod
    def _notice_of(plan):
        """The reminder text for *plan* today ('' when nothing is due soon or the module is missing)."""
        try:
            from core.deadlines import deadline_notice

            from .calendar.cells import ui_today
        except ImportError:
            return ""
        from .i18n import current_language
        return deadline_notice(plan, ui_today(), lang=current_language())

    def _deferred_notice(self):
        if self.doc is not None:
            self.show_deadline_notice()

    def show_deadline_notice(self):
        """On opening a plan: what is overdue or due within 7, 3 and 1 days — in the
        status bar and a closable bar above the editor; never a blocking dialog."""
        got = getattr(self, "_opening_notice", None)
        self._opening_notice = None
        text = got if got is not None else self._notice_of(self.doc.plan)
        self.last_notice = text
        if self.notice is not None:
            self.notice.show_notice(text)
        if text:   # its first line: the counts (overdue, within 1, 3, 7 days)
            self.statusBar().showMessage(text.split("\n", 1)[0] + "  " + self.tr("(F8: lịch hạn)"), 30000)
        return text

    def current_task_row(self):
        """(appendix id, row id, row position) of the table's current row, or None."""
        p = self.pages.get("appendix")
        if p is None or p.model is None or self.stack.currentWidget() is not p:
            return None
        idx = p.table.currentIndex()
        if not idx.isValid():
            return None
        app = p.app
        if not 0 <= idx.row() < len(app.rows):
            return None
        return p.rid, app.rows[idx.row()].id, idx.row()

    def deadline_editor(self, row_id=None, occurrence=None):
        """The DeadlineEditor for *row_id* (default: the table's current row)."""
        from .calendar.cells import ui_today
        from .calendar.view import DeadlineEditor
        self.flush_editor()
        if row_id is None:
            cur = self.current_task_row()
            if cur is None:
                raise OperationError(self.tr("Chọn một dòng nhiệm vụ trong bảng phụ lục để xem thời hạn."))
            row_id = cur[1]
        row = next((r for a in self.doc.plan.appendices for r in a.rows if r.id == row_id), None)
        if row is None:
            raise OperationError(self.tr("Không tìm thấy dòng này."))
        if row.kind != "task":
            raise OperationError(self.tr("Dòng nhóm không có thời hạn; chọn một dòng nhiệm vụ."))
        return DeadlineEditor(self.doc.plan, row_id, today=ui_today(), parent=self, occurrence=occurrence)

    def apply_deadline_editor(self, dlg) -> bool:
        """Write the editor's choices as one undoable step (reading, event date, occurrences done)."""
        if not dlg.has_changes():
            return False
        self.doc.set_deadline(dlg._row_id, **dlg.choices())
        self.statusBar().showMessage(self.tr("Đã lưu thời hạn. Ctrl+Z để hoàn tác."), 6000)
        return True

    def edit_deadline(self, row_id=None, occurrence=None):
        dlg = self.deadline_editor(row_id, occurrence)
        self._deadline_dialog = dlg
        try:
            if dlg.exec() == QDialog.Accepted:
                self.apply_deadline_editor(dlg)
        finally:
            self._deadline_dialog = None
            dlg.deleteLater()

    # ------------------------------------------------------------ changes --
    def on_written(self, t):
        self.status_saved.setText(self.tr("Đã lưu vào tệp lúc %1").replace("%1", time.strftime("%H:%M:%S",
                                                                                               time.localtime(t))))

    def on_changed(self, tags):
        structural = any(t[0] in ("sections", "appendices", "signers", "recipients") for t in tags)
        if structural:
            kind, rid = self.current_node()
            cur = self.tree.currentIndex()
            par = cur.parent()
            where = ((par.data(KIND_ROLE), par.data(ID_ROLE)) if par.isValid() else None, cur.row())
            expanded = self._expanded()
            self.tree.selectionModel().blockSignals(True)
            self.tree_model.rebuild()
            self._restore_expanded(expanded)
            idx = self.tree_model.index_for(kind, rid) if kind else None
            self.tree.selectionModel().blockSignals(False)
            if idx is not None and idx.isValid():
                self.tree.selectionModel().blockSignals(True)
                self.tree.setCurrentIndex(idx)
                self.tree.selectionModel().blockSignals(False)
            else:
                self.tree.setCurrentIndex(self._neighbour(*where) if cur.isValid()
                                          else self.tree_model.index_for("header"))
                self.tree.scrollTo(self.tree.currentIndex())
        elif any(t[0] in ("section", "meta") for t in tags):
            self.tree_model.refresh_text()
        page = self.stack.currentWidget()
        if hasattr(page, "on_changed") and page is self.current_page:
            page.on_changed(tags)

    def _neighbour(self, parent, row):
        """Where the selection goes when its node is gone (deleted, an add undone): the
        node now at its place, else the one before it, else its parent — not the top of
        the plan, which lost the clerk's place in a long plan."""
        m = self.tree_model
        pidx = m.index_for(*parent) if parent else self.tree.rootIndex()
        if parent and not pidx.isValid():
            return m.index_for("header")
        n = m.rowCount(pidx)
        if n:
            return m.index(min(max(row, 0), n - 1), 0, pidx)
        return pidx if pidx.isValid() else m.index_for("header")

    def _expanded(self) -> set:
        """The nodes the clerk has collapsed (new nodes open expanded)."""
        out = set()

        def walk(parent):
            for r in range(self.tree_model.rowCount(parent)):
                i = self.tree_model.index(r, 0, parent)
                if self.tree_model.rowCount(i) and not self.tree.isExpanded(i):
                    out.add((i.data(KIND_ROLE), i.data(ID_ROLE)))
                walk(i)
        walk(self.tree.rootIndex())
        return out

    def _restore_expanded(self, collapsed: set):
        self.tree.expandAll()
        for kind, rid in collapsed:
            i = self.tree_model.index_for(kind, rid)
            if i.isValid():
                self.tree.setExpanded(i, False)

    # ----------------------------------------------------------- editing --
    def undo(self):
        self.flush_editor()
        if self.doc:
            self.doc.undo_stack.undo()

    def redo(self):
        self.flush_editor()
        if self.doc:
            self.doc.undo_stack.redo()

    def _appendix(self) -> "AppendixEditor":  # noqa: F821 (gui.editors.appendix, imported when first shown)
        return self.pages["appendix"]

    def _table_active(self) -> bool:
        p = self.pages.get("appendix")
        if p is None or self.stack.currentWidget() is not p:
            return False
        fw = QApplication.focusWidget()
        return fw is not None and (fw is p.table or p.table.isAncestorOf(fw)) or not self.tree.hasFocus()

    def add_sibling(self):
        self.flush_editor()
        if self._table_active():
            return self._appendix().insert_row("task")
        kind, rid = self.current_node()
        plan = self.doc.plan
        if kind == "section":
            s = plan.find_section(rid)
            sib = plan.siblings_of(s)
            sec = self.doc.add_section(s.parent_id, sib.index(s) + 1)
            self.select("section", sec.id)
            self.pages["section"].title.setFocus()
        elif kind == "header":
            sec = self.doc.add_section(None, 0)
            self.select("section", sec.id)
        elif kind in ("signer", "signers"):
            s = self.doc.add_signer()
            self.select("signer", s.id)
        elif kind == "appendix":
            self.add_appendix()

    def add_child(self):
        self.flush_editor()
        if self._table_active():
            return self._appendix().insert_row("group")
        kind, rid = self.current_node()
        if kind == "section":
            sec = self.doc.add_section(rid)
            self.select("section", sec.id)
            self.pages["section"].title.setFocus()
        elif kind in ("signer", "signers"):
            s = self.doc.add_signer()
            self.select("signer", s.id)

    def add_appendix(self):
        a = self.doc.add_appendix()
        self.select("appendix", a.id)

    def confirm(self, text: str) -> bool:
        """A yes/no question before a large deletion (default: No); unattended: yes."""
        if not self.interactive:
            return True
        return QMessageBox.question(self, APP_TITLE, text, QMessageBox.Yes | QMessageBox.No,
                                    QMessageBox.No) == QMessageBox.Yes

    def delete(self):
        self.flush_editor()
        t = self.tr
        undo = t("Ctrl+Z để hoàn tác.")
        if self._table_active():
            n = len(self._appendix().selected_rows())
            self._appendix().delete_rows()
            if n:
                self.statusBar().showMessage(t("Đã xóa %1 dòng — %2").replace("%1", str(n)).replace("%2", undo),
                                             8000)
            return
        kind, rid = self.current_node()
        plan = self.doc.plan
        if kind == "section":
            s = plan.find_section(rid)
            name = f"{plan.section_numbers().get(rid, '')} {s.title_text}".strip() or t("(mục không tiêu đề)")
            kids = sum(1 for _ in s.walk()) - 1
            if kids and not self.confirm(t("Xóa mục “%1” cùng %2 mục con của nó?").replace("%1", name)
                                         .replace("%2", str(kids)) + "\n\n" + undo):
                return
            self.doc.delete_section(rid)
            text = (t("Đã xóa mục “%1” và %2 mục con — %3") if kids else t("Đã xóa mục “%1” — %3"))
            text = text.replace("%1", name).replace("%2", str(kids)).replace("%3", undo)
        elif kind == "signer":
            self.doc.delete_signer(rid)
            text = t("Đã xóa khối chữ ký — %1").replace("%1", undo)
        elif kind == "appendix":
            i = next(k for k, a in enumerate(plan.appendices) if a.id == rid)
            label, rows = plan.appendix_label(i), len(plan.appendices[i].rows)
            if rows and not self.confirm(t("Xóa cả %1 (%2 dòng)?").replace("%1", label).replace("%2", str(rows))
                                         + "\n\n" + undo):
                return
            self.doc.delete_appendix(rid)
            text = t("Đã xóa %1 (%2 dòng) — %3").replace("%1", label).replace("%2", str(rows)).replace("%3", undo)
        else:
            return
        self.statusBar().showMessage(text, 10000)

    def structure(self, op: str):
        self.flush_editor()
        if self._table_active():
            ed = self._appendix()
            return {"indent": lambda: ed.change_level(1), "outdent": lambda: ed.change_level(-1),
                    "up": lambda: ed.move(-1), "down": lambda: ed.move(1)}[op]()
        kind, rid = self.current_node()
        d = self.doc
        if kind == "section":
            {"indent": d.indent_section, "outdent": d.outdent_section,
             "up": lambda s: d.move_section_by(s, -1), "down": lambda s: d.move_section_by(s, 1)}[op](rid)
        elif kind == "signer" and op in ("up", "down"):
            d.move_signer(rid, -1 if op == "up" else 1)
        elif kind == "appendix" and op in ("up", "down"):
            d.move_appendix(rid, -1 if op == "up" else 1)

    def switch_pane(self):
        """F6: the focus goes from the tree to the editor shown (its first field), and back."""
        if self.tree.hasFocus() or self.tree.isAncestorOf(QApplication.focusWidget() or self.tree):
            page = self.stack.currentWidget()
            target = page.table if page is self.pages.get("appendix") else next(
                (w for w in page.findChildren(QWidget) if w.focusPolicy() & Qt.TabFocus and w.isEnabled()
                 and w.isVisible()), None) if page is not None else None
            if target is not None:
                target.setFocus(Qt.ShortcutFocusReason)
        else:
            self.tree.setFocus(Qt.ShortcutFocusReason)

    def toggle_group(self):
        if self.stack.currentWidget() is self.pages.get("appendix"):
            self._appendix().toggle_group()


def show_text(parent, title: str, text: str):
    dlg = QDialog(parent)
    dlg.setWindowTitle(title)
    dlg.resize(700, 420)
    lay = QVBoxLayout(dlg)
    ed = QPlainTextEdit(text)
    ed.setReadOnly(True)
    lay.addWidget(ed)
    bb = QDialogButtonBox(QDialogButtonBox.Close)
    bb.rejected.connect(dlg.reject)
    bb.accepted.connect(dlg.accept)
    lay.addWidget(bb)
    dlg.exec()
