"""What the main window's parts share: the settings file of the window, long work in a worker thread with the
window's input and timers held (``run_with_progress``), the file-in-use retry, a call after the first paint,
a read-only text dialog, and whether an optional module is installed."""
from __future__ import annotations

import gc
import importlib
import importlib.util
import logging
import os
import sys

import shiboken6
from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, Qt, QThread, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
)

from core import session as sess

from .i18n import error_text

log = logging.getLogger(__name__)

APP_TITLE = "Kế hoạch"


def guarded(win, fn, *args):
    """Run *fn* through the window's ``guard`` (a clerk's message instead of a traceback for a refused
    action); a bare widget without one (tests, scripts) runs it as it is."""
    guard = getattr(win, "guard", None)
    return guard(fn, *args) if guard else fn(*args)


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
