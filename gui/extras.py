"""File → Print (Ctrl+P), File → Settings, Help → User guide (F1) for the main window.

Kept out of gui/main_window.py: ``install(window)`` adds the actions to the
menus the window already built (File is the first menu, Help the last).
Nothing heavy is imported until an action is used, so start-up stays fast.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from .work import guarded


def tr(s: str) -> str:
    return QCoreApplication.translate("MainWindowExtras", s)


def _menus(win):
    return [a.menu() for a in win.menuBar().actions() if a.menu() is not None]


def _insert_after(menu, anchor, action) -> None:
    acts = menu.actions()
    if anchor in acts:
        i = acts.index(anchor)
        if i + 1 < len(acts):
            menu.insertAction(acts[i + 1], action)
            return
    menu.addAction(action)


def _insert_before(menu, anchor, action) -> None:
    if anchor in menu.actions():
        menu.insertAction(anchor, action)
    else:
        menu.addAction(action)


def install(win) -> None:
    def act(text, slot, shortcut=None):
        a = QAction(text, win)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        a.triggered.connect(lambda *_: guarded(win, slot))
        win.addAction(a)
        return a

    win.a_print = act(tr("&In…"), lambda: print_current(win), QKeySequence.StandardKey.Print)
    win.a_print.setStatusTip(tr("Xem trước và in; các trang giống hệt tệp PDF xuất ra."))
    win.a_settings = act(tr("&Cài đặt…"), lambda: open_settings(win))
    win.a_help = act(tr("&Hướng dẫn sử dụng"), lambda: open_help(win), QKeySequence.StandardKey.HelpContents)
    if win.a_help.shortcut().isEmpty():
        win.a_help.setShortcut(QKeySequence("F1"))
    menus = _menus(win)
    if menus:
        file_menu, help_menu = menus[0], menus[-1]
        _insert_after(file_menu, getattr(win, "a_xlsx", None) or getattr(win, "a_pdf", None), win.a_print)
        _insert_before(file_menu, getattr(win, "a_quit", None), win.a_settings)
        if getattr(win, "a_quit", None) in file_menu.actions():
            file_menu.insertSeparator(win.a_quit)
        first = help_menu.actions()[0] if help_menu.actions() else None
        _insert_before(help_menu, first, win.a_help)
    win.a_print.setEnabled(_has_pdf())


def _has_pdf() -> bool:
    import importlib.util
    try:
        return importlib.util.find_spec("core.export.pdf") is not None and \
            importlib.util.find_spec("pypdfium2") is not None
    except (ImportError, ValueError):
        return False


def print_current(win) -> None:
    doc = getattr(win, "doc", None)
    if doc is None:
        return
    flush = getattr(win, "flush_editor", None)
    if flush:
        flush()
    from .plan_check import ask_before_print
    if not ask_before_print(win):      # holes left: asked once per plan and session
        return
    from .printing import PrintJob
    run = _runner(win)
    import os
    name = os.path.splitext(os.path.basename(getattr(doc, "path", "") or ""))[0]
    job = run(tr("Đang chuẩn bị bản in…"), PrintJob, doc.plan, name)
    try:
        win._print_dialog = dlg = job.preview_dialog(win)
        dlg.exec()
    finally:
        win._print_dialog = None
        job.close()


def _runner(win):
    try:
        from .main_window import run_with_progress
        return lambda text, fn, *a: run_with_progress(win, text, fn, *a)
    except ImportError:
        return lambda text, fn, *a: fn(*a)


def open_settings(win):
    from .dialogs.settings_dialog import SettingsDialog
    dlg = SettingsDialog(win)
    dlg.exec()
    return dlg


def open_help(win):
    from .dialogs.help_dialog import show_help
    return show_help(win)
