"""Every window and dialog in both languages: no untranslated visible string.

English: no visible UI text may contain a Vietnamese-only letter (ă, â, đ,
ê, ô, ơ, ư and the tone-marked vowels) once plan content is taken out —
plan content is user data, and Vietnamese quoted as an example (“…”) is
allowed.  Vietnamese: no common English UI word (File, Open, Cancel, Print,
Page, Zoom …) may appear, Qt's own dialogs included (file chooser, print,
page setup, message-box buttons, text context menus).

Widgets are found by walking all children, so dialogs and widgets added
later are checked without changing this test; new dialogs are listed in
gui/screens.py.
"""
import os
import re
import shutil

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as QtGuiNs
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from core.dump import dump
from core.store.planfile import load_plan

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "resources", "samples", "004_e03d70a70aa68992.sqlite")

VI_ONLY = re.compile("[ăâđêôơưĩũạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
ENGLISH_WORDS = """File Edit View Open Save Cancel Print Help Settings Undo Redo Close Delete Copy Paste Cut Select
Yes No Apply Preview Page Pages Zoom Next Previous Back Forward Folder Name Size Type Date Modified Look Options
Portrait Landscape Export Import About Quit Exit Insert Remove Add New Recent Search Find First Last Fit Width Height
Margins Copies Printer Properties Show Hide Details Warning Error Information Tools Language English Vietnamese Today
Task Tasks Status Due Overdue Week Month Year All None Table Structure Calendar Header Signature Recipients Row Rows
Column Columns Group Template Create Choose Merge Browse Done Finish Continue Retry Ignore Abort Reset Default
Defaults Title Agency Level Bold Italic Orientation Paper Source Layout Order Range Selection Current Collate Color
Grayscale Duplex Location Output Directory Computer Drive Kind Unknown Shortcut Alias Files Sidebar Parent List
Detail Mon Tue Wed Fri Sat Sun OK Discard Restore Opened Saved Loading Report Content Keep Office""".split()
ENGLISH = re.compile(r"(?<![\w])(" + "|".join(ENGLISH_WORDS) + r")(?![\w])", re.IGNORECASE)
SHORTCUT = re.compile(r"\b(?:Ctrl|Shift|Alt|Meta)\+[\w↑↓←→+]+|\bF\d+\b")
QUOTED = re.compile(r"“[^”]*”")
PRODUCT = "Kế hoạch"          # the program's name, a proper name in both languages


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KEHOACH_SETTINGS", str(tmp_path / "settings.json"))
    monkeypatch.delenv("KEHOACH_REMOVABLE", raising=False)


# the printed document is Vietnamese whatever the interface language: its fixed words are content
DOCUMENT_WORDS = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nơi nhận:", "Nơi nhận",
                  "(đã ký)", "Số:", "KẾ HOẠCH", "PHỤ LỤC", "Phụ lục"]
SEGMENT = re.compile(r"\n|…|\s+[-–—]\s+|(?<=[.;!?])\s+|:\s+")
TRIM = " \t-–—:;,.()[]"
NUMBERING = re.compile(r"^\s*(?:[IVXLC]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\)|[-+])\s+")


def _core(seg: str) -> str:
    return NUMBERING.sub("", seg.strip(TRIM)).strip(TRIM)


class Data:
    """Plan content the window may show (user data, not UI).  A piece of
    visible text is content if it equals a content string, or — when at
    least 12 characters long — occurs inside one (cells shown elided or
    joined differently)."""

    def __init__(self, strings):
        self.exact = set()
        for x in strings:
            for part in [x] + SEGMENT.split(x):
                part = _core(part)
                if len(part) >= 2:
                    self.exact.add(part)
        self.corpus = "\x00".join(sorted(self.exact))

    def __contains__(self, seg: str) -> bool:
        return seg in self.exact or (len(seg) >= 12 and seg in self.corpus)


def data_strings(plan, extra=()) -> Data:
    out = list(extra) + DOCUMENT_WORDS + [PRODUCT]

    def walk(x):
        if isinstance(x, str):
            out.append(x)
        elif isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, (list, tuple)):
            for v in x:
                walk(v)
    walk(dump(plan))
    out.extend(v for v in plan.section_numbers().values() if v)
    for app in plan.appendices:
        out.extend(v for v in plan.row_numbers(app).values() if v)
        out.extend(r.cells.get(c.id, "") for r in app.rows for c in app.columns)
    for i in range(len(plan.appendices)):
        out.append(plan.appendix_label(i))
    for sg in plan.signers:
        out.extend(sg.authority_lines())
    from core.model import number_line, place_date_line
    out += [number_line(plan.meta), place_date_line(plan.meta)]
    return Data(out)


def plain(text: str) -> str:
    if QtGuiNs.mightBeRichText(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def _columns(m, parent) -> int:
    try:
        return max(m.columnCount(parent), 1)
    except TypeError:   # list models keep columnCount private
        return 1


def _model_texts(view: QAbstractItemView, limit: int = 400):
    m = view.model()
    if m is None:
        return
    for orient, count in ((Qt.Horizontal, _columns(m, QModelIndex())), (Qt.Vertical, 0)):
        for c in range(count):
            v = m.headerData(c, orient, Qt.DisplayRole)
            if isinstance(v, str):
                yield v
    seen = 0
    stack = [QModelIndex()]
    while stack and seen < limit:
        parent = stack.pop()
        for r in range(m.rowCount(parent)):
            for c in range(_columns(m, parent)):
                i = m.index(r, c, parent)
                v = i.data(Qt.DisplayRole)
                seen += 1
                if isinstance(v, str):
                    yield v
            stack.append(m.index(r, 0, parent))


def _menu_texts(menu: QMenu, depth=0):
    yield menu.title()
    for a in menu.actions():
        yield a.text()
        yield a.toolTip() if a.toolTip() != a.text().replace("&", "") else ""
        yield a.statusTip()
        if a.menu() is not None and depth < 3:
            yield from _menu_texts(a.menu(), depth + 1)


def visible_texts(top: QWidget):
    """(text, where) for the words a user can see in *top* and its children."""
    yield top.windowTitle(), "title"
    if isinstance(top, QMenu):
        for t in _menu_texts(top):
            yield t, "menu"
    if isinstance(top, QMainWindow):
        for a in top.menuBar().actions():
            yield a.text(), "menubar"
            if a.menu() is not None:
                for t in _menu_texts(a.menu()):
                    yield t, f"menu {a.text()}"
    for w in [top] + top.findChildren(QWidget):
        if w is not top and not w.isVisibleTo(top):
            continue
        cls = type(w).__name__
        yield w.toolTip(), f"{cls} tooltip"
        if isinstance(w, QLabel):
            yield plain(w.text()), cls
        elif isinstance(w, QAbstractButton):
            yield w.text(), cls
        elif isinstance(w, QGroupBox):
            yield w.title(), cls
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield w.tabText(i), cls
        elif isinstance(w, QComboBox):
            if not w.isEditable():
                for i in range(w.count()):
                    yield w.itemText(i), cls
        elif isinstance(w, QLineEdit):
            yield w.placeholderText(), f"{cls} placeholder"
        elif isinstance(w, QTextBrowser):
            yield w.toPlainText(), cls
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            yield w.placeholderText(), f"{cls} placeholder"
        elif isinstance(w, QAbstractSpinBox):
            yield w.specialValueText(), cls
        elif isinstance(w, QAbstractItemView):
            for t in _model_texts(w):
                yield t, cls
        elif isinstance(w, QMenu):
            for t in _menu_texts(w):
                yield t, cls


def strip_data(text: str, data: Data) -> str:
    """*text* without plan content, file paths and the program's name."""
    text = re.sub(r"(?<!\S)(?:[A-Za-z]:)?[\\/](?:[^\s\\/]+[\\/])+[^\s\\/]*", " ", text)  # file paths
    text = re.sub(r"\S+\.(sqlite|docx|pdf|zip|xlsx|log)\b", " ", text)  # file names
    kept = []
    for seg in SEGMENT.split(text):
        core_ = _core(seg)
        if core_ and core_ not in data:
            kept.append(seg)
    return " | ".join(kept)


def problems(top: QWidget, lang: str, data: Data) -> list[str]:
    bad = []
    for text, where in visible_texts(top):
        if not text:
            continue
        rest = strip_data(text, data)
        if lang == "en":
            rest = QUOTED.sub(" ", rest)
            if VI_ONLY.search(rest):
                bad.append(f"{where}: {text[:120]!r}")
        else:
            rest = SHORTCUT.sub(" ", rest)
            m = ENGLISH.search(rest)
            if m:
                bad.append(f"{where}: {m.group(0)!r} in {text[:120]!r}")
    return sorted(set(bad))


@pytest.fixture
def window(qtbot, tmp_path):
    from gui.main_window import MainWindow
    path = str(tmp_path / "ke-hoach.sqlite")
    shutil.copyfile(SAMPLE, path)
    w = MainWindow(interactive=False)
    qtbot.addWidget(w)
    assert w.open_path(path)
    yield w
    w.close()


@pytest.fixture
def language(request):
    from gui import i18n
    app = QApplication.instance()
    i18n.install_translators(app, request.param, native_dialogs="no")
    yield request.param
    i18n.install_translators(app, "vi", native_dialogs="no")


def _open_all(lang, qtbot, tmp_path):
    from gui.main_window import MainWindow
    from gui.screens import open_screens
    path = str(tmp_path / "ke-hoach.sqlite")
    shutil.copyfile(SAMPLE, path)
    win = MainWindow(interactive=False)      # built after the translators are installed
    qtbot.addWidget(win)
    assert win.open_path(path)
    from gui.screens import SAMPLE_OFFICE
    data = data_strings(load_plan(path), [SAMPLE_OFFICE])
    found, seen = {}, []
    try:
        for name, w in open_screens(win, str(tmp_path)):
            seen.append(name)
            p = problems(w, lang, data)
            if p:
                found[name] = p
    finally:
        win.close()
    return seen, found


# Known, reported gaps: (screen, text prefix) -> why.  The test fails when one of them is fixed,
# so the entry gets removed.  (The deadline texts composed in core/deadlines — explanation, reminder,
# state words — now take the interface language; weekday names come from babel in its locale.)
KNOWN_GAPS_EN: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_english_has_no_vietnamese_ui_text(language, qtbot, tmp_path):
    seen, found = _open_all("en", qtbot, tmp_path)
    assert {"main-tree", "main-header", "main-appendix", "new-plan", "settings", "help", "print-preview",
            "restore"} <= set(seen)
    gaps = {k: [v for v in vs if not any(k == g[0] and v.startswith(g[1]) for g in KNOWN_GAPS_EN)]
            for k, vs in found.items()}
    gaps = {k: v for k, v in gaps.items() if v}
    assert not gaps, "\n".join(f"[{k}] {v}" for k, vs in gaps.items() for v in vs)
    fixed = {g for g in KNOWN_GAPS_EN if g[0] in seen and not any(v.startswith(g[1]) for v in found.get(g[0], []))}
    if fixed:
        import warnings
        warnings.warn(f"known gaps no longer seen, remove them from KNOWN_GAPS_EN: {sorted(fixed)}")


@pytest.mark.parametrize("language", ["vi"], indirect=True)
def test_vietnamese_has_no_english_ui_words(language, qtbot, tmp_path):
    seen, found = _open_all("vi", qtbot, tmp_path)
    assert {"main-tree", "new-plan", "settings", "help", "print-preview", "file-dialog", "print-dialog",
            "page-setup", "message-box", "context-menu"} <= set(seen)
    assert not found, "\n".join(f"[{k}] {v}" for k, vs in found.items() for v in vs)


# ------------------------------------------------------------ the checker itself --
def test_checker_catches_untranslated_text(qtbot):
    from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout
    d = QDialog()
    qtbot.addWidget(d)
    lay = QVBoxLayout(d)
    lay.addWidget(QLabel("Mở tệp"))
    lay.addWidget(QPushButton("Cancel"))
    d.show()
    none = Data([])
    assert problems(d, "en", none) == ["QLabel: 'Mở tệp'"]
    assert problems(d, "vi", none) == ["QPushButton: 'Cancel' in 'Cancel'"]
    # plan content and quoted examples are not UI text
    assert problems(d, "en", Data(["Mở tệp"])) == []
    example = QLabel("e.g. “huyện Vị Xuyên”, Ctrl+Delete")
    lay.addWidget(example)
    example.show()
    assert problems(d, "en", Data(["Mở tệp"])) == []
    assert problems(d, "vi", none) == ["QPushButton: 'Cancel' in 'Cancel'"]
    # a short UI word is content only if it IS a content string, not merely inside one
    mixed = QLabel("Tệp: Báo cáo kết quả thực hiện")
    lay.addWidget(mixed)
    mixed.show()
    assert problems(d, "en", Data(["Báo cáo kết quả thực hiện kế hoạch", "Mở tệp"])) == \
        ["QLabel: 'Tệp: Báo cáo kết quả thực hiện'"]


def test_qt_dialog_words_are_vietnamese(qtbot):
    """qtbase_vi.qm is loaded and covers the standard buttons and context menus."""
    from PySide6.QtCore import QCoreApplication

    from gui import i18n
    i18n.install_translators(QApplication.instance(), "vi", native_dialogs="no")
    t = QCoreApplication.translate
    assert t("QPlatformTheme", "Cancel") == "Hủy"
    assert t("QLineEdit", "Select All") == "Chọn tất cả"
    assert t("QPrintPreviewDialog", "Print Preview") == "Xem trước khi in"
    assert t("QFileDialog", "File &name:") == "&Tên tệp:"
    i18n.install_translators(QApplication.instance(), "en", native_dialogs="no")
    assert t("QPlatformTheme", "Cancel") == "Cancel"
    assert t("MainWindow", "&Tệp") == "&File"
    i18n.install_translators(QApplication.instance(), "vi", native_dialogs="no")
