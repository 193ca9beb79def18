"""The open plan: Plan + PlanStore + Session + one QUndoStack.

Every user action goes through :meth:`Document.apply`: a function of
:mod:`core.edits` changes the plan and returns what it changed (records, views,
label, undo step); the records are written in one transaction (``store.sync``)
and an undo command is pushed.  Views listen to :attr:`Document.changed` (a
list of scope tags) and refresh what they show.  No GUI code changes the model.
"""
from __future__ import annotations

import os
import time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from core.errors import PlanError
from core.model import Plan
from core.session import Session
from core.store.planfile import PlanStore

from .commands import PlanCommand
from .i18n import error_text


class _Edits:
    """:mod:`core.edits`, imported by the first edit: opening and showing a plan does not need it
    (with difflib, about 25 ms of the start-up)."""

    def __getattr__(self, name):
        from core import edits as module
        return getattr(module, name)


edits = _Edits()


class Document(QObject):
    changed = Signal(list)        # scope tags: ('sections',), ('section', id), ('rows', aid) …
    written = Signal(float)       # time.time() of the last commit
    failed = Signal(str)          # a message for the clerk

    def __init__(self, plan: Plan, store: PlanStore, session: Session | None = None, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.store = store
        self.session = session
        self.undo_stack = QUndoStack(self)
        self.last_write = 0.0
        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(60_000)
        self._flush_timer.timeout.connect(self.periodic)
        self._flush_timer.start()
        self._dirty_since_flush = False

    # ------------------------------------------------------------ files --
    @property
    def path(self) -> str:
        return self.session.original if self.session else self.store.path

    @classmethod
    def open(cls, path: str, session: Session | None = None) -> "Document":
        store = PlanStore.open(session.edit_path if session else path)
        try:
            plan = store.load()
        except BaseException:
            store.close()
            raise
        return cls(plan, store, session)

    def close(self) -> None:
        self._flush_timer.stop()
        try:
            if self.session:
                self.session.end(self.store if self._dirty_since_flush or self.session.working else None)
        finally:
            self.store.close()

    def flush(self) -> None:
        """Ctrl+S: everything is already in the file; write a working copy back."""
        if self.session and self.session.working:
            self.session.flush(self.store)
        self._dirty_since_flush = False

    def periodic(self) -> None:
        try:
            if self._dirty_since_flush:
                self.flush()
            if self.session:
                self.session.backup(self.store)
        except PlanError as e:
            self.failed.emit(error_text(e))

    # ------------------------------------------------------------ core ---
    def write(self, ids: set[str], tags: list) -> None:
        """Write the records *ids* of the plan (an undo or redo step) and tell the views *tags*."""
        self.store.sync(self.plan, ids)
        self._wrote(tags)

    def _wrote(self, tags: list) -> None:
        self.last_write = time.time()
        self._dirty_since_flush = True
        if self.session:
            self.session.edited()
        self.changed.emit(list(tags))
        self.written.emit(self.last_write)

    def apply(self, edit, *args, **kw):
        """Run one core edit (a function of :mod:`core.edits`) as one undoable step: the edit changes the
        plan and says what it changed; the records are written in one transaction; the undo command and
        the views' refresh come from its :class:`core.undo.Changes`. Returns the edit's result."""
        ch = edit(self.plan, *args, **kw)
        try:
            self.store.sync(self.plan, ch.ids)
        except BaseException:
            ch.step.undo(self.plan)          # the file refused it: the plan goes back as well
            self.store.invalidate()
            raise
        self.undo_stack.push(PlanCommand(self, ch))
        self._wrote(ch.views)
        return ch.result

    # ------------------------------------- the edits of core.edits, one undoable step each --
    def add_section(self, *args, **kw):
        return self.apply(edits.add_section, *args, **kw)

    def delete_section(self, *args, **kw):
        return self.apply(edits.delete_section, *args, **kw)

    def move_section(self, *args, **kw):
        return self.apply(edits.move_section, *args, **kw)

    def indent_section(self, *args, **kw):
        return self.apply(edits.indent_section, *args, **kw)

    def outdent_section(self, *args, **kw):
        return self.apply(edits.outdent_section, *args, **kw)

    def move_section_by(self, *args, **kw):
        return self.apply(edits.move_section_by, *args, **kw)

    def set_section_text(self, *args, **kw):
        return self.apply(edits.set_section_text, *args, **kw)

    def set_meta(self, *args, **kw):
        return self.apply(edits.set_meta, *args, **kw)

    def set_tone_style(self, *args, **kw):
        return self.apply(edits.set_tone_style, *args, **kw)

    def replace_found(self, *args, **kw):
        return self.apply(edits.replace_found, *args, **kw)

    def add_signer(self, *args, **kw):
        return self.apply(edits.add_signer, *args, **kw)

    def delete_signer(self, *args, **kw):
        return self.apply(edits.delete_signer, *args, **kw)

    def move_signer(self, *args, **kw):
        return self.apply(edits.move_signer, *args, **kw)

    def set_signer(self, *args, **kw):
        return self.apply(edits.set_signer, *args, **kw)

    def set_recipients(self, *args, **kw):
        return self.apply(edits.set_recipients, *args, **kw)

    def add_appendix(self, *args, **kw):
        return self.apply(edits.add_appendix, *args, **kw)

    def delete_appendix(self, *args, **kw):
        return self.apply(edits.delete_appendix, *args, **kw)

    def move_appendix(self, *args, **kw):
        return self.apply(edits.move_appendix, *args, **kw)

    def set_appendix(self, *args, **kw):
        return self.apply(edits.set_appendix, *args, **kw)

    def set_cell(self, *args, **kw):
        return self.apply(edits.set_cell, *args, **kw)

    def set_cells(self, *args, **kw):
        return self.apply(edits.set_cells, *args, **kw)

    def insert_rows(self, *args, **kw):
        return self.apply(edits.insert_rows, *args, **kw)

    def paste_rows(self, *args, **kw):
        return self.apply(edits.paste_rows, *args, **kw)

    def delete_rows(self, *args, **kw):
        return self.apply(edits.delete_rows, *args, **kw)

    def move_rows(self, *args, **kw):
        return self.apply(edits.move_rows, *args, **kw)

    def set_rows(self, *args, **kw):
        return self.apply(edits.set_rows, *args, **kw)

    def add_column(self, *args, **kw):
        return self.apply(edits.add_column, *args, **kw)

    def remove_column(self, *args, **kw):
        return self.apply(edits.remove_column, *args, **kw)

    def rename_column(self, *args, **kw):
        return self.apply(edits.rename_column, *args, **kw)

    def set_column_widths(self, *args, **kw):
        return self.apply(edits.set_column_widths, *args, **kw)

    def move_column(self, *args, **kw):
        return self.apply(edits.move_column, *args, **kw)

    def set_deadline(self, *args, **kw):
        return self.apply(edits.set_deadline, *args, **kw)

    def replace_content(self, *args, **kw):
        return self.apply(edits.replace_content, *args, **kw)

    def resolve_conflicts(self, *args, **kw):
        return self.apply(edits.resolve_conflicts, *args, **kw)

    def set_progress(self, *args, **kw):
        return self.apply(edits.set_progress, *args, **kw)

    def import_progress(self, *args, **kw):
        return self.apply(edits.import_progress, *args, **kw)

    def set_report_text(self, *args, **kw):
        return self.apply(edits.set_report_text, *args, **kw)

    def set_report_cutoff(self, *args, **kw):
        return self.apply(edits.set_report_cutoff, *args, **kw)


def scratch_copy_of_sample() -> str | None:
    """A fresh copy of the default sample plan (never the resource itself)."""
    import glob
    import shutil

    from core.fileio import unlink_quiet
    from core.session import data_dir
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    samples = sorted(glob.glob(os.path.join(here, "resources", "samples", "004_*.sqlite"))) or \
        sorted(glob.glob(os.path.join(here, "resources", "samples", "*.sqlite")))
    d = os.path.join(data_dir(), "scratch")
    os.makedirs(d, exist_ok=True)
    if samples:
        dest = os.path.join(d, "ke-hoach-mau.sqlite")
        for suffix in ("", "-journal", ".lock"):
            unlink_quiet(dest + suffix)
        shutil.copyfile(samples[0], dest)
        return dest
    from core.templates import plan_from_template
    dest = os.path.join(d, "ke-hoach-mau-papi.sqlite")
    for suffix in ("", "-journal", ".lock"):
        unlink_quiet(dest + suffix)
    PlanStore.create(dest, plan_from_template("papi", agency="huyện Vị Xuyên", place="Vị Xuyên")).close()
    return dest
