"""Commands on the open plan's file, loaded with the first of them (not needed to show a plan): save a copy,
restore from a backup, export to Word/PDF/Excel, import from Word, check a Word document's format, merge and
the merge conflicts left for later. Functions over the window (``win``), which keeps thin methods of the
same names for its actions; each long job runs in a worker (``gui.work.run_with_progress``) on a snapshot or
a connection of its own."""
from __future__ import annotations

import importlib
import os

from PySide6.QtWidgets import QDialog, QFileDialog

from core import session as sess
from core.fileio import guard_output
from core.model import snapshot
from core.operations import OperationError
from core.store.planfile import copy_plan_file

from . import files
from .work import CANCELLED, run_retrying, run_with_progress, show_text, with_suffix


def save_copy(win, dest: str | None = None):
    if not win.doc:
        return
    win.flush_editor()
    if dest is None:
        base = os.path.splitext(win.doc.path)[0] + "-ban-sao.sqlite"
        dest, _ = QFileDialog.getSaveFileName(win, win.tr("Lưu bản sao thành"), base,
                                              win.tr("Tệp kế hoạch (*.sqlite)"))
        if not dest:
            return
        dest = with_suffix(dest, ".sqlite")
    if files.is_open(win, dest):
        raise OperationError(win.tr("Bản sao phải có tên khác tệp đang mở."))
    guard_output(dest, "sqlite", sources=files.open_files(win), force=True)   # the file dialog asked
    win.doc.store.mark_exposed()     # on this thread: the copy itself reads the file on its own connection
    if run_retrying(win, win.tr("Đang lưu bản sao…"), copy_plan_file, win.doc.store.path, dest) is CANCELLED:
        return
    win.statusBar().showMessage(win.tr("Đã lưu bản sao: %1").replace("%1", dest), 8000)


def restore_backup(win, backup: str | None = None):
    """File → Restore from backup: choose one of the open plan's backups; the current state is
    backed up first, then the plan takes the backup's content as one undoable edit
    (core.edits.replace_content): one transaction, the window keeps its undo history."""
    if not win.doc:
        return
    win.flush_editor()
    original = win.doc.path
    from .i18n import current_language
    lang = current_language()     # the backup times in the status texts below, in the interface language
    if backup is None:
        from .dialogs.restore_dialog import choose_backup, describe
        infos = run_with_progress(win, win.tr("Đang đọc các bản sao lưu…"), describe, original)
        backup = choose_backup(win, infos)
        if not backup:
            return
    info = next((sess.BackupInfo(p, t, 0, lang=lang) for p, t in sess.list_backups(original)
                 if os.path.abspath(p) == os.path.abspath(backup)), None)
    if info is None:
        raise OperationError(win.tr("Không tìm thấy bản sao lưu này."))
    from core.edits import same_content
    restored = run_with_progress(win, win.tr("Đang khôi phục…"), sess.load_backup, original, backup)
    if same_content(restored, win.doc.plan):
        text = win.tr("Bản sao lưu này giống hệt nội dung hiện tại; không có gì thay đổi.")
        win.statusBar().showMessage(text, 15000)
        win.message(text)
        return
    saved = sess.backup_before_restore(win.doc.store, original, backup)
    # one undoable step in the open window: Ctrl+Z brings the content back, the file stays open
    win.doc.replace_content(restored)
    before = next((sess.BackupInfo(p, t, 0, lang=lang) for p, t in sess.list_backups(original)
                   if os.path.abspath(p) == os.path.abspath(saved)), None)
    text = win.tr("Đã khôi phục nội dung của bản sao lưu lúc %1.").replace("%1", info.when_text())
    if before is not None:
        text += " " + win.tr("Nội dung ngay trước khi khôi phục đã được sao lưu (lúc %1); muốn quay lại, "
                              "chọn bản đó trong Tệp → Khôi phục từ bản sao lưu…").replace(
            "%1", before.when_text().split(" (")[0])
    win.statusBar().showMessage(text, 15000)
    win.message(text)


def export(win, kind: str, dest: str | None = None):
    if not win.doc:
        return
    win.flush_editor()
    from core.export import EXPORTERS
    fn = EXPORTERS[kind]
    if kind == "xlsx" and not win.doc.plan.appendices:
        raise OperationError(win.tr("Kế hoạch chưa có phụ lục nào để xuất ra Excel."))
    if dest is None:
        base = os.path.splitext(win.doc.path)[0] + f".{kind}"
        filt = {"docx": win.tr("Văn bản Word (*.docx)"), "pdf": win.tr("PDF (*.pdf)"),
                "xlsx": win.tr("Bảng tính Excel (*.xlsx)")}[kind]
        dest, _ = QFileDialog.getSaveFileName(win, win.tr("Xuất"), base, filt)
        if not dest:
            return
        dest = with_suffix(dest, f".{kind}")
    guard_output(dest, kind, sources=files.open_files(win), force=True)   # the file dialog asked
    if run_retrying(win, win.tr("Đang xuất…"), fn, snapshot(win.doc.plan), dest) is CANCELLED:
        return
    text = win.tr("Đã xuất: %1").replace("%1", os.path.basename(dest))
    found = []
    if kind in ("docx", "pdf"):
        # what to look at before printing (no signer, text after "./.", page settings clamped)
        from core.export import notes

        from .i18n import current_language
        found = notes(win.doc.plan, current_language())
    if found:
        # the notes can be long ("Còn 40 chỗ …"): the status bar says how many, the panel keeps them
        win.note(text + " — " + win.tr("%1 lưu ý trước khi in").replace("%1", str(len(found))),
                  win.tr("Đã xuất: %1").replace("%1", dest) + "\n" + win.tr("Lưu ý: %1")
                  .replace("%1", "\n".join("• " + f for f in found)))
        # a draft may have holes: exported all the same, and listed in the plan check, each a click away
        from . import plan_check
        plan_check.after_export(win)
    else:
        win.statusBar().showMessage(text, 20000)


def import_docx(win, source: str | None = None):
    """File → Import: preview the plan and its import report, then save it
    as a new plan file (nothing is written before the clerk confirms).
    *source*: the Word file (else the clerk chooses it)."""
    from gui.dialogs.import_dialog import ImportDialog, run_import_dialog
    folder = files.plans_folder()
    if source:
        dlg = ImportDialog(win, source=source, folder=folder or os.path.dirname(source))
        got = (dlg.plan, dlg.dest()) if dlg.exec() == QDialog.Accepted and dlg.plan is not None else None
        dlg.deleteLater()
    else:
        got = run_import_dialog(win, folder)
    if not got:
        return
    plan, dest = got
    if files.create_and_open(win, plan, dest) and plan.import_report:
        from core.text import report_text

        from .i18n import current_language
        lang = current_language()    # lines that carry their English (core.text.Note) show it
        show_text(win, win.tr("Báo cáo nhập"), "\n".join(report_text(x, lang) for x in plan.import_report))


def check_docx_format(win, source: str | None = None):
    """File → Kiểm tra thể thức văn bản Word…: the findings of check-docx for any Word file."""
    from gui.dialogs.format_check_dialog import FormatCheckDialog, run_format_check_dialog
    folder = os.path.dirname(win.doc.path) if win.doc is not None and win.doc.path else ""
    if source:
        dlg = FormatCheckDialog(win, source=source)
        dlg.exec()
        dlg.deleteLater()
    else:
        run_format_check_dialog(win, folder)


def pending_conflicts(win):
    if not win.doc:
        return
    from gui.dialogs.merge_dialog import run_pending_conflicts
    run_pending_conflicts(win, win.doc)


def merge(win):
    mod = importlib.import_module("gui.dialogs.merge_dialog")
    win.flush_editor()
    if hasattr(mod, "run_merge_dialog"):
        mod.run_merge_dialog(win, win.doc)
    elif hasattr(mod, "MergeDialog"):
        mod.MergeDialog(win.doc, win).exec()
