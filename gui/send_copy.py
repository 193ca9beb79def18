"""File → Send a copy (USB stick, email): a clean single file for another office.

``install(window)`` adds the action to the File menu after "Save a copy as…".
The copy is written by :func:`core.sharing.send_copy` (``VACUUM INTO``: no
journal beside it, deleted content purged; temporary name, checked, renamed),
named after the plan ("KH-12-UBND_ke-hoach-….sqlite"), zipped when the clerk
picks the .zip type for email.  History stays in the copy so that the file,
edited elsewhere and sent back, can be merged (File → Merge).
"""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from core.fileio import same_file

from .work import guarded


def tr(s: str) -> str:
    return QCoreApplication.translate("SendCopy", s)


def install(win) -> None:
    a = QAction(tr("&Gửi bản sao (USB, thư điện tử)…"), win)
    a.setStatusTip(tr("Ghi một tệp gọn, đặt tên theo kế hoạch, để chép vào USB hoặc đính kèm thư; "
                      "nơi nhận sửa xong gửi lại thì dùng Tệp → Gộp."))
    a.triggered.connect(lambda *_: guarded(win, send_copy, win))
    win.addAction(a)
    win.a_send = a
    file_menu = next((m.menu() for m in win.menuBar().actions() if m.menu() is not None), None)
    if file_menu is None:
        return
    acts = file_menu.actions()
    anchor = getattr(win, "a_copy", None)
    if anchor in acts and acts.index(anchor) + 1 < len(acts):
        file_menu.insertAction(acts[acts.index(anchor) + 1], a)
    else:
        file_menu.addAction(a)


def default_folder(win) -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    if not folder or not os.path.isdir(folder):
        doc = getattr(win, "doc", None)
        folder = os.path.dirname(doc.path) if doc is not None else os.path.expanduser("~")
    return folder


def send_copy(win, dest: str | None = None) -> str | None:
    """Ask where (a .sqlite, or a .zip for email) and write the copy.
    Returns the path written, or None when the clerk cancelled."""
    doc = getattr(win, "doc", None)
    if doc is None:
        return None
    from core import sharing
    from core.operations import OperationError

    from .i18n import current_language
    from .main_window import run_with_progress
    win.flush_editor()
    doc.flush()
    if dest is None:
        m = doc.plan.meta
        name = sharing.plan_file_name({"number": m.number, "symbol": m.effective_symbol, "title": m.title,
                                       "agency": m.agency}, ".zip")
        zip_f, plain_f = tr("Tệp nén để gửi thư (*.zip)"), tr("Tệp kế hoạch (*.sqlite)")
        from core.winpaths import fit_name  # the whole path within Windows' 260 characters
        folder = default_folder(win)
        dest, chosen = QFileDialog.getSaveFileName(win, tr("Gửi bản sao"), os.path.join(folder, fit_name(folder, name)),
                                                   f"{zip_f};;{plain_f}", zip_f)
        if not dest:
            return None
        from .main_window import with_suffix
        if chosen == plain_f:
            dest = with_suffix(dest[:-4] if dest.lower().endswith(".zip") else dest, ".sqlite")
        elif not dest.lower().endswith(".sqlite"):
            dest = with_suffix(dest, ".zip")   # Qt's own dialog leaves a typed name bare
    if any(same_file(dest, p) for p in (doc.path, doc.store.path)):   # by identity: a link to it too
        raise OperationError(tr("Bản sao phải có tên khác tệp đang mở."))
    zip_it = dest.lower().endswith(".zip")
    doc.store.mark_exposed()    # every current version may now be known elsewhere (merge base)
    # the file dialog has already asked before replacing an existing file
    out = run_with_progress(win, tr("Đang tạo bản sao để gửi…"), sharing.send_copy, doc.path, dest, zip_it,
                            False, True)
    from babel.numbers import format_decimal
    kb = format_decimal(os.path.getsize(out) / 1024, "#,##0.#",
                        locale="en" if current_language() == "en" else "vi_VN")
    win.statusBar().showMessage(tr("Đã tạo bản sao để gửi: %1 (%2 KB)").replace("%1", out).replace("%2", kb), 10000)
    return out
