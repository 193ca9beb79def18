"""The main window: plan tree on the left, the selected node's editor on the right.

MainWindow is the composition and the wiring: the tree, the editor pages (made when first shown), the notes
panel, the status bar, enabling the actions with the open plan, navigation and the structure commands. Its
parts live beside it: gui/menus.py (actions, menus, toolbar), gui/files.py (opening, new, recent, save) and
gui/file_commands.py (save a copy, restore, export, import, merge — loaded with the first of them),
gui/tree_state.py (the tree's width, collapsed nodes, selection across a rebuild), gui/calendar/deadlines.py
(the reminder, the deadline dialog, the calendar page) and gui/work.py (long work in a worker, retry, after
the first paint). The window keeps thin methods of the old names for its actions, the other modules and the
tests."""
from __future__ import annotations

import logging
import os
import time
from html import escape as html_escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core.errors import PlanError
from core.operations import OperationError

from . import editing, files, menus, tree_state
from .calendar import deadlines
from .document import Document
from .editors.forms import HeaderEditor, RecipientsEditor, SectionEditor, SignerEditor, SignersOverview
from .i18n import error_text
from .models.tree_model import ID_ROLE, KIND_ROLE, PlanTreeModel
from .work import (  # noqa: F401 — also the names other modules and the tests import from here
    APP_TITLE,
    CANCELLED,
    after_first_paint,
    ask_retry,
    has_module,
    run_retrying,
    run_with_progress,
    settings,
    show_text,
    with_suffix,
)

log = logging.getLogger(__name__)


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
        self.notice = deadlines.notice_bar(self)
        if self.notice is not None:
            rlay.addWidget(self.notice)
        rlay.addWidget(self.stack, 1)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        tree_w = tree_state.tree_width()    # as the clerk left it last time (dragging the divider)
        split.setSizes([tree_w, max(400, 1366 - tree_w)])
        split.splitterMoved.connect(lambda *_: tree_state.save_width(self))
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
        menus.build_actions(self)
        menus.build_menus(self)
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
        from . import spell  # Sửa → Kiểm tra chính tả (on/off), Từ điển cá nhân…
        spell.install(self)
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
            self.empty.set_recent(files.recent_paths())
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
    # the files controller (gui/files.py) and the commands on the open file (gui/file_commands.py)
    def open_path(self, path: str) -> bool:
        return files.open_path(self, path)

    def open_sample(self) -> bool:
        return files.open_sample(self)

    def new_plan(self):
        return files.new_plan(self)

    def create_and_open(self, plan, path: str, overwrite: bool = False) -> bool:
        return files.create_and_open(self, plan, path, overwrite)

    def open_dialog(self):
        return files.open_dialog(self)

    def save(self):
        return files.save(self)

    def plans_folder(self) -> str:
        return files.plans_folder()

    def _fill_recent(self):
        files.fill_recent(self)

    def save_copy(self, dest: str | None = None):
        from . import file_commands
        return file_commands.save_copy(self, dest)

    def restore_backup(self, backup: str | None = None):
        from . import file_commands
        return file_commands.restore_backup(self, backup)

    def export(self, kind: str, dest: str | None = None):
        from . import file_commands
        return file_commands.export(self, kind, dest)

    def import_docx(self, source: str | None = None):
        from . import file_commands
        return file_commands.import_docx(self, source)

    def check_docx_format(self, source: str | None = None):
        from . import file_commands
        return file_commands.check_docx_format(self, source)

    def pending_conflicts(self):
        from . import file_commands
        return file_commands.pending_conflicts(self)

    def merge(self):
        from . import file_commands
        return file_commands.merge(self)

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
            after_first_paint(self, lambda: deadlines.deferred_notice(self))
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

    def closeEvent(self, e):   # noqa: N802
        tree_state.save_width(self)
        self.close_document()
        super().closeEvent(e)

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
                page = deadlines.calendar_page(self, which)
                self.pages["deadlines"] = page
                self.stack.addWidget(page)
            self.stack.setCurrentWidget(page)
            self.current_page = None
            if hasattr(page, "focus_view"):   # the calendar page's month, week or list view, or its agenda
                return page.focus_view(which)
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

    def _tree_clicked(self, idx):
        """A click on the node already selected brings its editor back (after the calendar)."""
        if idx.isValid() and idx == self.tree.currentIndex():
            page = self.pages.get(idx.data(KIND_ROLE))
            if page is not None and self.stack.currentWidget() is not page:
                self.on_current(idx, idx)

    # ---------------------------------------------------------- deadlines --
    # gui/calendar/deadlines.py
    def show_deadline_notice(self):
        return deadlines.show_deadline_notice(self)

    def current_task_row(self):
        return deadlines.current_task_row(self)

    def deadline_editor(self, row_id=None, occurrence=None):
        return deadlines.deadline_editor(self, row_id, occurrence)

    def apply_deadline_editor(self, dlg) -> bool:
        return deadlines.apply_deadline_editor(self, dlg)

    def edit_deadline(self, row_id=None, occurrence=None):
        return deadlines.edit_deadline(self, row_id, occurrence)

    # ------------------------------------------------------------ changes --
    def on_written(self, t):
        self.status_saved.setText(self.tr("Đã lưu vào tệp lúc %1").replace("%1", time.strftime("%H:%M:%S",
                                                                                               time.localtime(t))))

    def on_changed(self, tags):
        if any(t[0] in tree_state.STRUCTURAL for t in tags):
            tree_state.rebuild(self)     # the collapsed nodes and the selection kept
        elif any(t[0] in ("section", "meta") for t in tags):
            self.tree_model.refresh_text()
        page = self.stack.currentWidget()
        if hasattr(page, "on_changed") and page is self.current_page:
            page.on_changed(tags)

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

    # gui/editing.py: the Structure and Table menus, on the tree or the table
    def add_sibling(self):
        return editing.add_sibling(self)

    def add_child(self):
        return editing.add_child(self)

    def add_appendix(self):
        return editing.add_appendix(self)

    def confirm(self, text: str) -> bool:
        """A yes/no question before a large deletion (default: No); unattended: yes."""
        if not self.interactive:
            return True
        return QMessageBox.question(self, APP_TITLE, text, QMessageBox.Yes | QMessageBox.No,
                                    QMessageBox.No) == QMessageBox.Yes

    def delete(self):
        return editing.delete(self)

    def structure(self, op: str):
        return editing.structure(self, op)

    def switch_pane(self):
        return editing.switch_pane(self)

    def toggle_group(self):
        return editing.toggle_group(self)
