"""The files controller of the main window: opening a plan (a plan file, a .zip received by email, a Word or Excel
file said to be one), the lock note and the working copy on a USB drive, new plans, the sample, recent files
and folders, Save. Functions over the window (``win``), which keeps thin methods of the same names
(``win.open_path`` …) for its actions, the welcome page and the other modules. The commands on an open file
(save a copy, export, import, merge…) are in gui/file_commands.py, loaded with the first of them."""
from __future__ import annotations

import logging
import os
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from core import session as sess
from core.errors import PlanError
from core.fileio import guard_output, same_file, sniff
from core.store.planfile import PlanStore

from .calendar import deadlines
from .document import Document
from .i18n import error_text
from .work import APP_TITLE, run_with_progress, settings

log = logging.getLogger(__name__)
MAX_RECENT = 8


WORD_EXT = (".docx", ".doc", ".docm", ".dotx", ".rtf", ".odt")
EXCEL_EXT = (".xlsx", ".xls", ".xlsm", ".ods", ".csv")


def foreign_kind(path: str) -> str | None:
    """'word' / 'excel' when *path* is an office document rather than a plan file
    (by its extension, or — by its first bytes, core.fileio.sniff — a ZIP that holds word/ or xl/)."""
    ext = os.path.splitext(path)[1].lower()
    if ext in WORD_EXT:
        return "word"
    if ext in EXCEL_EXT:
        return "excel"
    if sniff(path) != "zip":        # a plan, something else or unreadable: said by the caller
        return None
    import zipfile
    try:
        with zipfile.ZipFile(path) as z:     # also a .docx renamed .sqlite
            names = z.namelist()
    except (OSError, ValueError, zipfile.BadZipFile):   # a damaged zip: said as "not a plan" by the caller
        log.debug("%s not sniffed as Word/Excel", path, exc_info=True)
        return None
    if any(n.startswith("word/") for n in names):
        return "word"
    if any(n.startswith("xl/") for n in names):
        return "excel"
    return None


def open_foreign(win, path: str, kind: str) -> bool:
    """File → Open on a Word or Excel file: say what it is and what to do (a Word plan
    is imported: offered here); never the technical "not an SQLite database"."""
    name = os.path.basename(path)
    if kind == "word":
        text = win.tr("“%1” là văn bản Word, không phải tệp kế hoạch. Để lập kế hoạch từ văn bản này, "
                       "dùng Tệp → Nhập từ Word (.docx)… (Ctrl+Shift+I).").replace("%1", name)
        if win.interactive and win.a_import.isEnabled():
            r = QMessageBox.question(win, APP_TITLE, text + "\n\n" + win.tr("Nhập văn bản này ngay?"),
                                     QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
            if r == QMessageBox.Yes:
                win.guard(win.import_docx, path)
            return False
    else:
        text = win.tr("“%1” là bảng tính Excel, không phải tệp kế hoạch. Để đưa bảng vào kế hoạch: mở hoặc "
                       "tạo kế hoạch, chọn phụ lục, chép các ô trong Excel (Ctrl+C) rồi dán vào bảng "
                       "(Ctrl+V).").replace("%1", name)
    win.message(text)
    return False


def open_path(win, path: str) -> bool:
    path = os.path.abspath(path)
    if is_open(win, path):      # the plan of this window, under whatever name (a link)
        return True
    kind = foreign_kind(path)
    if kind is not None:
        return open_foreign(win, path, kind)
    if path.lower().endswith(".zip"):
        # a copy received by email: the plan inside is checked and copied into the local working
        # folder, and that copy is opened (the .zip itself is only read)
        from core.sharing import open_received
        local = run_with_progress(win, win.tr("Đang mở tệp nén…"), open_received, path)
        if not win.open_path(local):
            return False
        win.note(win.tr("Đã mở kế hoạch trong tệp nén “%1”.").replace("%1", os.path.basename(path)),
                  win.tr("Đã mở kế hoạch trong tệp nén “%1”; bản làm việc: %2. Để gộp với bản của mình, dùng "
                          "Tệp → Gộp với bản của nơi khác…").replace("%1", os.path.basename(path))
                  .replace("%2", local))
        return True
    info = sess.read_lock(path)
    if info is not None:
        if info.state == "alive":
            win.message(info.describe(), warn=True)
            return False
        if info.state == "other-host" and win.interactive:
            r = QMessageBox.question(win, APP_TITLE, info.describe() + "\n\n" + win.tr("Mở tiếp?"))
            if r != QMessageBox.Yes:
                return False
        elif info.state == "stale":
            win.statusBar().showMessage(info.describe(), 15000)
            if win.interactive:
                QMessageBox.information(win, APP_TITLE, info.describe())
    use_pending = False
    if sess.is_removable(path) and sess.pending_working_copy(path):
        use_pending = not win.interactive or QMessageBox.question(
            win, APP_TITLE, win.tr("Lần trước chương trình đóng khi chưa ghi xong bản làm việc về ổ USB. "
                                     "Dùng bản làm việc (có các chỉnh sửa mới nhất)?")) == QMessageBox.Yes

    def load():
        s = sess.Session.start(path, use_pending=use_pending)
        try:
            store = PlanStore.open(s.edit_path)
            try:
                plan = store.load()
                if not win.defer_notice:
                    win._opening_notice = deadlines.notice_of(plan)   # in the worker: the window keeps painting
                return store, plan, s
            except BaseException:
                store.close()
                raise
        except BaseException:
            sess.release_lock(path)
            raise
    try:
        store, plan, s = run_with_progress(win, win.tr("Đang mở tệp…"), load)
    except PlanError as e:
        win.message(error_text(e), warn=True)
        return False
    doc = Document(plan, store, s, win)
    win.set_document(doc)
    remember(path)
    QTimer.singleShot(2000, lambda d=doc: d is win.doc and d.session and d.session.backup(d.store, 0))
    return True


def ours(path: str) -> bool:
    """A file in the program's own data folder (the sample's copy, a received .zip's working copy)."""
    try:
        return os.path.commonpath([os.path.abspath(path), os.path.abspath(sess.data_dir())]) == \
            os.path.abspath(sess.data_dir())
    except ValueError:      # another drive
        return False


def recent_paths() -> list[str]:
    return [p for p in (settings().value("recent") or []) if isinstance(p, str)]


def plans_folder() -> str:
    """Where File → New, Open and Import start: the last folder the clerk used, else Documents\\Kế hoạch
    (created) — never the program's hidden data folder."""
    from core.settings import plans_folder as folder
    return folder()


def open_sample(win) -> bool:
    """The welcome page's sample: a fresh copy of the 2021 Vị Xuyên plan, said to be one."""
    from .document import scratch_copy_of_sample
    path = scratch_copy_of_sample()
    if not path or not win.open_path(path):
        return False
    win.sample_copy = True
    win.setWindowTitle(f"{os.path.basename(path)} — {win.tr('Bản mẫu (bản sao để xem thử)')} — {APP_TITLE}")
    win.note(win.tr("Đây là bản sao của một kế hoạch mẫu (năm 2021) để xem thử; tệp mẫu không bị sửa. "
                      "Để lập kế hoạch của mình: Tệp → Mới từ mẫu…"))
    return True


def remember(path) -> None:
    if ours(path):
        return          # the sample's copy, a received .zip's working copy: not a folder of the clerk's
    from core.settings import remember_folder
    remember_folder(os.path.dirname(os.path.abspath(path)))
    s = settings()
    rec = [p for p in (s.value("recent") or []) if isinstance(p, str) and p != path]
    s.setValue("recent", [path] + rec[:MAX_RECENT - 1])


def fill_recent(win):
    win.recent_menu.clear()
    rec = [p for p in (settings().value("recent") or []) if isinstance(p, str)]
    for p in rec:
        a = win.recent_menu.addAction(p)
        a.triggered.connect(lambda *_, p=p: win.guard(win.open_path, p))
    if not rec:
        win.recent_menu.addAction(win.tr("(chưa có)")).setEnabled(False)


def new_plan(win):
    from .dialogs.new_plan import NewPlanDialog
    folder = plans_folder()
    dlg = NewPlanDialog(win, folder, open_path=win.doc.path if win.doc else "")
    if dlg.exec() != QDialog.Accepted:
        return
    plan, path = dlg.build()
    create_and_open(win, plan, path, overwrite=dlg.replace)


def create_and_open(win, plan, path: str, overwrite: bool = False) -> bool:
    """Write *plan* as a new file at *path* and open it.  An existing file is
    replaced only when *overwrite* (the clerk said so) — never the plan open here."""
    if not path.endswith(".sqlite"):
        path += ".sqlite"
    try:
        if overwrite:
            # the one replace decision: never the plan open here or in another window (any name, any
            # program), never a folder; without *overwrite* PlanStore.create refuses any existing file
            guard_output(path, "sqlite", sources=open_files(win), force=True)
        PlanStore.create(path, plan, overwrite=overwrite and os.path.exists(path)).close()
    except PlanError as e:
        win.message(error_text(e), warn=True)
        return False
    return win.open_path(path)


def is_open(win, path: str) -> bool:
    """*path* is the plan of this window (by identity: a link to it counts)."""
    return any(same_file(path, p) for p in open_files(win))


def open_files(win) -> list[str]:
    """The files this window reads: the plan, and its local working copy."""
    if win.doc is None:
        return []
    return [p for p in {win.doc.path, win.doc.store.path} if p]


def open_dialog(win):
    folder = plans_folder()
    p, _ = QFileDialog.getOpenFileName(win, win.tr("Mở kế hoạch"), folder,
                                       win.tr("Tệp kế hoạch (*.sqlite *.zip);;Mọi tệp (*)"))
    if p:
        win.open_path(p)


def save(win):
    win.flush_editor()
    if win.doc:
        win.doc.flush()
        win.status_saved.setText(win.tr("Đã lưu lúc %1").replace("%1", time.strftime("%H:%M:%S")))
