"""QApplication, translators, crash hook, screenshots: ``run_gui(argv)``.

    python main.py                         a scratch copy of the sample plan
    python main.py FILE.sqlite             open a plan file
    python main.py FILE --screenshot OUT.png [--view tree|appendix|header|calendar]
    python main.py --lang en               English interface (if i18n/app_en.qm exists)
"""
from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_window = None
log = logging.getLogger(__name__)


def parse_args(argv: list[str]) -> dict:
    out = {"file": None, "screenshot": None, "view": "tree", "lang": "vi"}
    i = 0
    while i < len(argv):
        a = argv[i]
        nxt = argv[i + 1] if i + 1 < len(argv) else None
        if a == "--screenshot" and nxt:
            out["screenshot"] = nxt
            i += 2
            continue
        if a == "--view" and nxt:
            out["view"] = nxt
            i += 2
            continue
        if a == "--lang" and nxt:
            out["lang"] = "en" if nxt.lower().startswith("en") else "vi"
            i += 2
            continue
        if a.startswith("--lang="):
            out["lang"] = "en" if a.split("=", 1)[1].lower().startswith("en") else "vi"
        elif a.startswith("--view="):
            out["view"] = a.split("=", 1)[1]
        elif not a.startswith("-") and out["file"] is None:
            out["file"] = a
        i += 1
    return out


def make_app(lang: str = "vi") -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("KeHoach")
    app.setOrganizationName("KeHoach")
    app.setApplicationDisplayName("Kế hoạch")
    set_window_icon(app)
    QLocale.setDefault(QLocale(QLocale.Vietnamese, QLocale.Vietnam) if lang == "vi"
                       else QLocale(QLocale.English, QLocale.UnitedKingdom))
    if sys.platform != "win32":
        # Segoe UI on Windows; elsewhere a font with every Vietnamese diacritic
        f = QFont("DejaVu Sans")
        f.setPointSizeF(9.5)
        app.setFont(f)
    try:
        from . import i18n  # the translation module (qtbase_vi, app_vi/app_en, locale, native dialogs)
        i18n.install_translators(app, lang)
    except ImportError:
        install_translators(app, lang)
    return app


def set_window_icon(app) -> None:
    """The program icon (tools/make_icon.py) for every window.  QIcon only
    remembers the file names here; an image is read when a size is first drawn."""
    folder = os.path.join(ROOT, "resources", "icons")
    icon = QIcon()
    icon.addFile(os.path.join(folder, "kehoach.ico"))   # 16 … 256 px, each drawn for its size
    icon.addFile(os.path.join(folder, "kehoach.png"))   # 256 px, if the ico image plugin is missing
    app.setWindowIcon(icon)


def install_translators(app, lang: str) -> None:
    app._translators = []
    qm = os.path.join(ROOT, "i18n", f"app_{lang}.qm")
    qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    for path, name in ((qt_dir, f"qtbase_{lang}"), (os.path.dirname(qm), f"app_{lang}")):
        t = QTranslator(app)
        if t.load(name, path):
            app.installTranslator(t)
            app._translators.append(t)


# ------------------------------------------------------------ crash hook --
def crash_log_path() -> str:
    from core.session import data_dir
    d = os.path.join(data_dir(), "logs")
    os.makedirs(d, exist_ok=True)
    return os.path.join(d, time.strftime("crash-%Y%m%d-%H%M%S.log"))


class CrashDialog(QDialog):
    def __init__(self, report: str, log: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lỗi không mong muốn"))
        self.resize(720, 440)
        lay = QVBoxLayout(self)
        msg = QLabel(self.tr("Chương trình gặp lỗi không mong muốn. Các chỉnh sửa trước đó đã được ghi vào tệp "
                             "và tệp vẫn nguyên vẹn; thao tác vừa rồi có thể chưa được thực hiện.\n"
                             "Xin gửi báo cáo dưới đây cho người hỗ trợ. Đã lưu tại: %1").replace("%1", log))
        msg.setWordWrap(True)
        lay.addWidget(msg)
        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        lay.addWidget(self.text, 1)
        bb = QDialogButtonBox(QDialogButtonBox.Close)
        copy = QPushButton(self.tr("Sao chép báo cáo"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
        bb.addButton(copy, QDialogButtonBox.ActionRole)
        bb.rejected.connect(self.reject)
        bb.button(QDialogButtonBox.Close).setText(self.tr("Đóng"))
        lay.addWidget(bb)


def handle_exception(etype, value, tb, show: bool = True) -> str:
    """Log, make the open file safe, show a copyable report.  Returns the log path."""
    report = "".join(traceback.format_exception(etype, value, tb))
    try:
        from core.model import now_iso
        report = f"{now_iso()}  Python {sys.version.split()[0]}  {sys.platform}\n\n" + report
    except Exception:
        log.exception("crash report: no time stamp")
    log_file = ""
    try:
        log_file = crash_log_path()
        with open(log_file, "w", encoding="utf-8") as f:
            f.write(report)
    except OSError:
        log.exception("crash report could not be written to %s", log_file)
    log.error("unexpected error (report: %s)\n%s", log_file, report)
    try:
        w = _window
        doc = getattr(w, "doc", None)
        if doc is not None:
            doc.store.rollback()   # never leave half an action in the file
    except Exception:
        log.exception("crash: could not roll back the open plan's transaction")
    sys.__stderr__ and sys.__stderr__.write(report)
    if show and QApplication.instance() is not None and threading.current_thread() is threading.main_thread():
        try:
            CrashDialog(report, log_file, _window).exec()
        except Exception:
            log.exception("crash dialog could not be shown")
    return log_file


def install_crash_hook(show: bool = True) -> None:
    sys.excepthook = lambda t, v, tb: handle_exception(t, v, tb, show)
    threading.excepthook = lambda a: handle_exception(a.exc_type, a.exc_value, a.exc_traceback, False)


# ------------------------------------------------------------------- run --
def take_screenshot(win, out: str, view: str) -> None:
    win.resize(1366, 768)
    win.show()
    win.show_view(view)
    app = QApplication.instance()
    for _ in range(5):
        app.processEvents()
        time.sleep(0.05)
    page = win.stack.currentWidget()
    if hasattr(page, "table"):
        page.table.fit_visible_rows()
        app.processEvents()
    os.makedirs(os.path.dirname(os.path.abspath(out)) or ".", exist_ok=True)
    win.grab().save(out)


def start_path(file: str | None, shot: str | None = None) -> str | None:
    """The plan to open at start: the file given; with none, nothing — the window shows its welcome page
    (new from a template, open, import, the sample as a labelled copy, recent files). Only a screenshot
    without a file still uses a copy of the sample."""
    if file:
        return file
    if shot:
        from .document import scratch_copy_of_sample
        return scratch_copy_of_sample()
    return None


class FirstPaintProbe(QObject):
    """``KEHOACH_FIRST_PAINT=1`` (bench/bench_startup.py): print the time of the window's first paint
    ("first-paint <time.time()>") and quit — the start-up as a clerk sees it."""

    def __init__(self, win):
        super().__init__(win)
        self.seen = False
        win.installEventFilter(self)

    def eventFilter(self, obj, ev):   # noqa: N802 (Qt API)
        if ev.type() == QEvent.Paint and not self.seen:
            self.seen = True
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


def run_gui(argv: list[str]) -> int:
    global _window
    args = parse_args(list(argv))
    from .i18n import resolve_language  # --lang wins, else the saved setting
    app = make_app(resolve_language(argv))
    shot = args["screenshot"]
    install_crash_hook(show=not shot)
    from .main_window import MainWindow
    win = MainWindow(interactive=not shot, lazy=True)   # the menus of the other modules: after the first paint
    _window = win
    path = start_path(args["file"], shot)
    if shot and args["file"]:
        # a screenshot never touches the file itself (no lock note, no backup): use a copy
        import shutil
        import tempfile
        tmp = os.path.join(tempfile.mkdtemp(prefix="kh-shot-"), os.path.basename(path))
        shutil.copyfile(path, tmp)
        path = tmp
    # paint first: the log file (logging.handlers) and the deadline reader wait for the first paint;
    # a crash before it still writes its report (crash_log_path)
    from core.log import setup as setup_log

    from .main_window import after_first_paint
    after_first_paint(win, setup_log)
    win.defer_notice = True
    if path and not win.open_path(path):
        if shot:
            print(f"cannot open {path}", file=sys.stderr)
            return 2
    if shot:
        take_screenshot(win, shot, args["view"])
        win.close()
        return 0
    if os.environ.get("KEHOACH_FIRST_PAINT"):
        FirstPaintProbe(win)
    win.show()
    return app.exec()
