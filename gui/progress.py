"""File → Phiếu cập nhật tiến độ…, Nhập phiếu tiến độ…, Báo cáo kết quả thực hiện… (issue 14).

A thin layer over :mod:`core.progress_forms` and :mod:`core.export.report`: the window asks for the period,
the folder or the files, shows the preview of an import (what changes, from whom, what is refused and
why, the conflicts) and runs the import as ONE undoable edit (``Document.import_progress``).
"""
from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox


def tr(s: str) -> str:
    return QCoreApplication.translate("Progress", s)


def periods(today: date | None = None) -> list[str]:
    """The period codes offered, the current half-year first."""
    today = today or date.today()
    y = today.year
    cur = f"{y}-H1" if today.month <= 6 else f"{y}-H2"
    codes = [cur, f"{y}", f"{y}-9M"] + [f"{y}-Q{q}" for q in range(1, 5)] + [f"{y}-H1", f"{y}-H2", f"{y - 1}",
                                                                            f"{y - 1}-H2"]
    return list(dict.fromkeys(codes))


def install(win) -> None:
    acts = []
    for name, text, tip, fn in (
            ("a_progress_forms", tr("Phiếu cập nhật &tiến độ…"),
             tr("Lập cho mỗi cơ quan chủ trì một tệp Excel chỉ gồm nhiệm vụ của cơ quan đó để điền tiến độ."),
             write_forms),
            ("a_progress_import", tr("&Nhập phiếu tiến độ…"),
             tr("Đọc các phiếu tiến độ đã điền vào kế hoạch (xem trước; một bước hoàn tác)."), import_forms),
            ("a_report", tr("&Báo cáo kết quả thực hiện…"),
             tr("Lập báo cáo kết quả thực hiện kế hoạch theo kỳ (Word)."), write_report)):
        a = QAction(text, win)
        a.setStatusTip(tip)
        guard = getattr(win, "guard", None)
        a.triggered.connect(lambda *_, f=fn: guard(lambda: f(win)) if guard else f(win))
        win.addAction(a)
        setattr(win, name, a)
        acts.append(a)
    file_menu = next((m.menu() for m in win.menuBar().actions() if m.menu() is not None), None)
    if file_menu is None:
        return
    anchor = getattr(win, "a_conflicts", None)
    items = file_menu.actions()
    before = items[items.index(anchor) + 1] if anchor in items and items.index(anchor) + 1 < len(items) else None
    sep = file_menu.insertSeparator(before) if before is not None else file_menu.addSeparator()
    for a in acts:
        file_menu.insertAction(before, a) if before is not None else file_menu.addAction(a)
    del sep


def _ask_period(win, title: str) -> str | None:
    code, ok = QInputDialog.getItem(win, title, tr("Kỳ báo cáo (mốc số liệu ngày 15 đến ngày 14 theo Nghị định "
                                                    "09/2019):"), periods(), 0, True)
    return code.strip() if ok and code.strip() else None


def write_forms(win, folder: str | None = None, period: str | None = None):
    doc = getattr(win, "doc", None)
    if doc is None:
        return None
    from core import progress as pr
    from core.progress_forms import write_forms as write
    win.flush_editor()
    period = period or _ask_period(win, tr("Phiếu cập nhật tiến độ"))
    if not period:
        return None
    code = pr.period(period).code
    if folder is None:
        start = os.path.join(os.path.dirname(doc.path), f"Phieu_tien_do_{code}")
        folder = QFileDialog.getExistingDirectory(win, tr("Thư mục ghi phiếu"), os.path.dirname(start))
        if not folder:
            return None
    res = write(doc.plan, folder, code)
    win.statusBar().showMessage(tr("Đã lập %1 phiếu tiến độ trong %2").replace("%1", str(len(res.files)))
                                .replace("%2", folder), 20000)
    return res


def import_forms(win, paths: list[str] | None = None, confirm=None):
    """Read forms, show the preview, and (when the clerk agrees) apply them as one undoable edit.
    *confirm*: a function (text) -> bool for tests; else a question box (the preview, then Yes/No)."""
    doc = getattr(win, "doc", None)
    if doc is None:
        return None
    from core.progress_forms import FIELD_VI, plan_import, report_lines
    from .i18n import current_language
    win.flush_editor()
    if paths is None:
        paths, _ = QFileDialog.getOpenFileNames(win, tr("Chọn các phiếu tiến độ đã điền"),
                                                os.path.dirname(doc.path), tr("Bảng tính Excel (*.xlsx)"))
        if not paths:
            return None
    ip = plan_import(doc.plan, list(paths))
    lines = report_lines(ip, current_language())
    lines += [f"  {form}, {task}, {FIELD_VI[k]}: “{old}” → “{new}”" for form, task, k, old, new in ip.changes]
    text = "\n".join(lines)
    if not ip.updates:
        _show(win, text + "\n\n" + tr("Các phiếu không mang thay đổi nào."))
        return ip
    if confirm is None:
        if not getattr(win, "interactive", True):
            confirm = lambda _t: True   # noqa: E731
        else:
            confirm = lambda t: _ask(win, t)   # noqa: E731
    if not confirm(text):
        return None
    doc.import_progress(ip.updates)
    win.statusBar().showMessage(tr("Đã nhập tiến độ của %1 nhiệm vụ (Hoàn tác: Ctrl+Z)")
                                .replace("%1", str(len(ip.updates))), 20000)
    return ip


def _ask(win, text: str) -> bool:
    box = QMessageBox(QMessageBox.Question, tr("Nhập phiếu tiến độ"),
                      tr("Nhập các thay đổi dưới đây vào kế hoạch?"), QMessageBox.Yes | QMessageBox.No, win)
    box.setDetailedText(text)
    try:
        return box.exec() == QMessageBox.Yes
    finally:
        box.deleteLater()


def _show(win, text: str) -> None:
    if getattr(win, "interactive", True):
        from .main_window import show_text
        show_text(win, tr("Nhập phiếu tiến độ"), text)


def write_report(win, dest: str | None = None, period: str | None = None):
    doc = getattr(win, "doc", None)
    if doc is None:
        return None
    from core import progress as pr
    from core.export.report import export_report
    from .main_window import CANCELLED, run_retrying, with_suffix
    win.flush_editor()
    period = period or _ask_period(win, tr("Báo cáo kết quả thực hiện"))
    if not period:
        return None
    code = pr.period(period).code
    if dest is None:
        base = os.path.splitext(doc.path)[0] + f"_BaoCao_{code}.docx"
        dest, _ = QFileDialog.getSaveFileName(win, tr("Lưu báo cáo"), base, tr("Văn bản Word (*.docx)"))
        if not dest:
            return None
        dest = with_suffix(dest, ".docx")
    from core.fileio import guard_output
    guard_output(dest, "docx", sources=[doc.path], force=True)
    if run_retrying(win, tr("Đang lập báo cáo…"), lambda: export_report(doc.plan, code, docx=dest)) is CANCELLED:
        return None
    c = pr.counts(pr.tasks(doc.plan, code))
    from .i18n import current_language
    win.statusBar().showMessage(tr("Đã lập báo cáo: %1").replace("%1", dest) + " — "
                                + pr.statistics_sentence(c, current_language()), 30000)
    return dest
