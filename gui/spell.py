"""Spell-check in the text fields: a red wavy underline under the words core.spell does not know, and on
a right click up to five suggestions, "Thêm vào từ điển cá nhân" and "Bỏ qua".

``attach(widget)`` puts it on a QTextEdit / QPlainTextEdit (the section editor's fields do it
themselves; the appendix table's cell editor calls it from its delegate).  The underline is a
QSyntaxHighlighter overlay: the paragraph's own bold and italic are untouched and nothing of it is
saved.  A suggestion chosen in the section editor is written through the editor's normal path (the
pending typing is saved first, then the replacement alone), so Ctrl+Z takes back exactly the
replacement; in a table cell it is part of the cell's edit, one undo step when the cell is committed.

``install(window)`` adds to the Sửa (Edit) menu "Kiểm tra chính tả" (on/off, remembered in the
program's settings.ini) and "Từ điển cá nhân…" (the dialog to see and edit the personal word list).
"""
from __future__ import annotations

import logging
import os
import weakref

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from .work import after_first_paint, guarded

log = logging.getLogger(__name__)
MAX_SUGGESTIONS = 5
LOAD_DELAY_MS = 150         # the word lists are read this long after a field on screen first asks
_highlighters: "weakref.WeakSet[SpellHighlighter]" = weakref.WeakSet()
_state: dict = {"enabled": None, "checker": None, "pending": False}


def tr(s: str) -> str:
    return QCoreApplication.translate("Spell", s)


# ------------------------------------------------------------------ on / off --
def _qsettings() -> QSettings:
    from core.session import data_dir
    return QSettings(os.path.join(data_dir(), "settings.ini"), QSettings.IniFormat)


def is_enabled() -> bool:
    if _state["enabled"] is None:
        v = _qsettings().value("spell_check", True)
        _state["enabled"] = v not in (False, "false", "0", 0)
    return bool(_state["enabled"])


def set_enabled(on: bool) -> None:
    """Turn the underline on or off in every field, and remember the choice."""
    _state["enabled"] = bool(on)
    _qsettings().setValue("spell_check", bool(on))
    rehighlight_all()


def rehighlight_all() -> None:
    for h in list(_highlighters):
        try:
            h.refresh()
        except RuntimeError:        # its document is gone
            _highlighters.discard(h)


# ------------------------------------------------------------------ checker --
def checker_for(widget=None):
    """The program's checker (core.spell, with the clerk's personal list); the agency names of the
    plan open in *widget*'s window count as known words."""
    ck = _state.get("checker")
    if ck is None:
        from core.spell import default_checker
        ck = _state["checker"] = default_checker()
        _state["plans"] = {}                        # id → weak reference of the plans whose agency names it knows
    win = widget.window() if widget is not None else None
    plan = getattr(getattr(win, "doc", None), "plan", None)
    seen = _state["plans"].get(id(plan)) if plan is not None else None
    if plan is not None and (seen is None or seen() is not plan):
        _state["plans"][id(plan)] = weakref.ref(plan)
        ck.add_words(a.name for a in getattr(plan, "agencies", ()) if getattr(a, "name", ""))
    return ck


def _loaded(widget=None) -> bool:
    """Are the word lists in memory?  The first field shown at start-up does not wait for them: while its
    window is not on screen yet they are read right after that window's first paint (a fixed delay could
    fall before it on a slow PC); a field on screen has them read shortly after it asks — also when an
    earlier field's window was never shown. Every field is underlined once they are in."""
    if _state.get("checker") is not None:
        return True
    if _state.get("broken"):
        return False
    win = widget.window() if widget is not None else None
    if win is not None and not win.isVisible():
        if not win.property("spell_waits"):       # once a window: its first paint reads them
            win.setProperty("spell_waits", True)
            after_first_paint(win, _load)
    elif not _state.get("pending"):
        _state["pending"] = True
        QTimer.singleShot(LOAD_DELAY_MS, _load)
    return False


def _load() -> None:
    """Read the lists (once) and underline every field."""
    if _state.get("checker") is not None:
        return
    _state["pending"] = False
    if _ensure() is not None:
        rehighlight_all()


def _ensure():
    """The checker, its lists read; None when they cannot be (a damaged installation): the fields are then
    simply not underlined, and the log says why."""
    if _state.get("broken"):
        return None
    try:
        return checker_for(None)
    except (OSError, ValueError):
        log.warning("spell-check word lists unreadable: spell-check off", exc_info=True)
        _state["broken"] = True
        return None


def load_now() -> None:
    """Read the word lists now and underline every field (the screenshots; a test)."""
    _state["pending"] = False
    if _ensure() is not None:
        rehighlight_all()


def _u16(text: str):
    """Python offset → Qt (UTF-16) offset in *text* (they differ only after a character beyond U+FFFF)."""
    if all(ord(c) <= 0xFFFF for c in text):
        return lambda i: i
    pre = [0]
    for c in text:
        pre.append(pre[-1] + (2 if ord(c) > 0xFFFF else 1))
    return lambda i: pre[i]


def misspelled_u16(widget, text: str) -> list[tuple[int, int]]:
    """The wrong words of one block's *text* as (Qt offset, Qt length)."""
    spans = checker_for(widget).misspelled(text)
    u = _u16(text)
    return [(u(a), u(a + n) - u(a)) for a, n in spans]


class SpellHighlighter(QSyntaxHighlighter):
    def __init__(self, widget):
        super().__init__(widget.document())
        self._widget = weakref.ref(widget)
        self.fmt = QTextCharFormat()
        self.fmt.setUnderlineStyle(QTextCharFormat.SpellCheckUnderline)
        self.fmt.setUnderlineColor(QColor("#d00000"))

    def refresh(self) -> None:
        """Underline the whole field again.  Qt reports a rehighlight as a change of the text
        (textChanged): the field's signals are held meanwhile, or the section editor would take it for
        typing and write the field's text back over an undo made just after."""
        w = self._widget()
        was = w.blockSignals(True) if w is not None else False
        try:
            self.rehighlight()
        finally:
            if w is not None:
                w.blockSignals(was)

    def highlightBlock(self, text):   # noqa: N802 (Qt API)
        if not text or not is_enabled() or not _loaded(self._widget()):
            return
        try:
            spans = misspelled_u16(self._widget(), text)
        except Exception:   # noqa: BLE001 — an error here would come back on every keystroke: underline no more
            log.exception("spell-check failed on a paragraph: spell-check off for this session")
            _state["broken"], _state["checker"] = True, None
            return
        for a, n in spans:
            self.setFormat(a, n, self.fmt)


def attach(widget) -> None:
    """Spell-check *widget* (a QTextEdit or QPlainTextEdit): underline and right-click menu."""
    if getattr(widget, "_spell", None) is not None:
        return
    widget._spell = SpellHighlighter(widget)
    _highlighters.add(widget._spell)
    widget.setContextMenuPolicy(Qt.CustomContextMenu)
    widget.customContextMenuRequested.connect(lambda pos, w=widget: _show_menu(w, pos))


# ----------------------------------------------------------------- the menu --
def word_at(widget, pos):
    """(block, Qt offset, Qt length, word) of the wrong word under *pos* (viewport coordinates), or None."""
    if not is_enabled() or _ensure() is None:
        return None
    cur = widget.cursorForPosition(pos)
    block = cur.block()
    p = cur.positionInBlock()
    text = block.text()
    for a, n in misspelled_u16(widget, text):
        if a <= p <= a + n:
            return block, a, n, _qt_slice(text, a, n)
    return None


def _qt_slice(text: str, a: int, n: int) -> str:
    return text.encode("utf-16-le")[2 * a:2 * (a + n)].decode("utf-16-le")


def _tone_style(text: str = "") -> str:
    """The tone-mark placement of the suggestions: the office's setting; else the one the paragraph
    *text* is written in ("hòa, Ủy ban" → old); else the new one."""
    try:
        from core import settings as S
        chosen = S.load().tone_style()
    except (OSError, ValueError):   # a settings file we cannot read
        chosen = ""
    if chosen:
        return chosen
    from core.text import tone_styles_in
    n = tone_styles_in(text)
    return "old" if n["old"] > n["new"] else "new"


def build_menu(widget, pos) -> QMenu:
    """The field's usual menu, with the spell-check's entries on top when *pos* is on a wrong word."""
    menu = widget.createStandardContextMenu(pos) if _takes_pos(widget) else widget.createStandardContextMenu()
    hit = word_at(widget, pos)
    if hit is None:
        return menu
    block, a, n, word = hit
    first = menu.actions()[0] if menu.actions() else None
    ck = checker_for(widget)
    sugg = ck.suggestions(word, MAX_SUGGESTIONS, style=_tone_style(block.text()))
    acts = []
    for s in sugg:
        act = QAction(s, menu)
        f = act.font()
        f.setBold(True)
        act.setFont(f)
        act.triggered.connect(lambda *_, s=s: replace_word(widget, block.position() + a, n, s))
        acts.append(act)
    if not sugg:
        none = QAction(tr("(không có gợi ý)"), menu)
        none.setEnabled(False)
        acts.append(none)
    add = QAction(tr("Thêm vào từ điển cá nhân"), menu)
    add.setObjectName("spell-add")
    add.triggered.connect(lambda *_: add_to_personal(widget, word))
    ignore = QAction(tr("Bỏ qua"), menu)
    ignore.setObjectName("spell-ignore")
    ignore.triggered.connect(lambda *_: ignore_word(word))
    sep = QAction(menu)
    sep.setSeparator(True)
    acts += [sep, add, ignore]
    for act in acts:
        menu.insertAction(first, act)
    if first is not None:
        menu.insertSeparator(first)
    menu.setProperty("spell_word", word)
    return menu


def _takes_pos(widget) -> bool:
    from PySide6.QtWidgets import QTextEdit
    return isinstance(widget, QTextEdit)


def _show_menu(widget, pos) -> None:
    menu = build_menu(widget, pos)
    menu.exec(widget.viewport().mapToGlobal(pos))
    menu.deleteLater()


def _editor_page(widget):
    """The editor page whose debounce saves *widget*'s typing (a section editor's field); None for a
    table cell editor, whose text the table commits."""
    from .editors.forms import EditorPage
    p = widget.parent()
    while p is not None:
        if isinstance(p, QAbstractItemView):
            return None
        if isinstance(p, EditorPage):
            return p
        p = p.parent()
    return None


def replace_word(widget, start: int, length: int, new: str) -> None:
    """Write *new* over the word at document position *start*: the typing before it is saved first,
    then the replacement as one step of its own (one Ctrl+Z), bold and italic of the word kept."""
    page = _editor_page(widget)
    if page is not None:
        page.flush()
        _end_typing_step(page.doc)
    doc = widget.document()
    c = QTextCursor(doc)
    c.setPosition(start + 1)
    fmt = c.charFormat()                 # the word's own format (bold / italic), not the one before it
    c.setPosition(start)
    c.setPosition(start + length, QTextCursor.KeepAnchor)
    c.beginEditBlock()
    c.insertText(new, fmt)
    c.endEditBlock()
    widget.setTextCursor(c)
    if page is not None:
        page.flush()
        _end_typing_step(page.doc)


def _end_typing_step(doc) -> None:
    """The last step of the Edit menu takes no more typing: typing in one field within a few seconds is
    joined into one step (core.undo.UndoStep.absorb), but a chosen suggestion is a step of its own."""
    stack = getattr(doc, "undo_stack", None)
    if stack is None or stack.index() == 0:
        return
    step = getattr(stack.command(stack.index() - 1), "step", None)
    if step is not None:
        step.merge_key = None       # PlanCommand.id() is then -1: QUndoStack merges nothing into it


def add_to_personal(widget, word: str) -> bool:
    from core.errors import PlanError
    try:
        checker_for(widget).personal.add(word)
    except PlanError as e:
        from .i18n import error_text
        QMessageBox.warning(widget.window(), tr("Từ điển cá nhân"), error_text(e))
        return False
    rehighlight_all()
    return True


def ignore_word(word: str) -> None:
    checker_for(None).ignore(word)
    rehighlight_all()


# ------------------------------------------------------------ personal list --
class PersonalWordsDialog(QDialog):
    """See, add and remove the words of the personal list."""

    def __init__(self, parent=None):
        super().__init__(parent)
        ck = _ensure()
        if ck is not None:
            self.words = ck.personal
        else:                           # the word lists are damaged: the personal list still works
            from core.spell import PersonalWords
            self.words = PersonalWords()
        self.setWindowTitle(tr("Từ điển cá nhân"))
        self.setMinimumSize(420, 420)
        lay = QVBoxLayout(self)
        info = QLabel(tr("Các từ kiểm tra chính tả coi là đúng: tên cơ quan, từ viết tắt, tên riêng… "
                         "(không phân biệt chữ hoa, chữ thường). Lưu tại: %1").replace("%1", self.words.path))
        info.setWordWrap(True)
        info.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lay.addWidget(info)
        row = QHBoxLayout()
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(tr("Từ mới, ví dụ: iGate"))
        self.entry.returnPressed.connect(self.add)
        row.addWidget(self.entry, 1)
        self.add_btn = QPushButton(tr("Thêm"))
        self.add_btn.clicked.connect(self.add)
        row.addWidget(self.add_btn)
        lay.addLayout(row)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        lay.addWidget(self.list, 1)
        self.remove_btn = QPushButton(tr("Xóa từ đã chọn"))
        self.remove_btn.clicked.connect(self.remove)
        lay.addWidget(self.remove_btn)
        bb = QDialogButtonBox(QDialogButtonBox.Close)
        bb.rejected.connect(self.reject)
        bb.button(QDialogButtonBox.Close).setText(tr("Đóng"))
        lay.addWidget(bb)
        self.fill()

    def fill(self) -> None:
        self.list.clear()
        self.list.addItems(self.words.words())
        self.remove_btn.setEnabled(self.list.count() > 0)

    def _run(self, fn) -> bool:
        from core.errors import PlanError
        try:
            fn()
        except PlanError as e:
            from .i18n import error_text
            QMessageBox.warning(self, tr("Từ điển cá nhân"), error_text(e))
            return False
        self.fill()
        rehighlight_all()
        return True

    def add(self) -> None:
        w = self.entry.text()
        if self._run(lambda: self.words.add(w)):
            self.entry.clear()

    def remove(self) -> None:
        chosen = [i.text() for i in self.list.selectedItems()]
        if chosen:
            self._run(lambda: self.words.set_words([w for w in self.words.words() if w not in chosen]))


def open_personal_words(win) -> PersonalWordsDialog:
    dlg = PersonalWordsDialog(win)
    win._spell_dialog = dlg
    dlg.exec()
    return dlg


def install(win) -> None:
    _state["enabled"] = None        # read again from this user's settings.ini
    _state["checker"] = None        # and the personal list beside this user's settings
    _state["broken"] = False
    a = QAction(tr("&Kiểm tra chính tả"), win)
    a.setCheckable(True)
    a.setChecked(is_enabled())
    a.setStatusTip(tr("Gạch chân đỏ các từ viết sai chính tả tiếng Việt; nhấn chuột phải vào từ để xem gợi ý."))
    a.toggled.connect(set_enabled)
    win.addAction(a)
    win.a_spell = a
    d = QAction(tr("Từ điển cá &nhân…"), win)
    d.setStatusTip(tr("Xem, thêm, xóa các từ của từ điển cá nhân (tên cơ quan, từ viết tắt)."))
    d.triggered.connect(lambda *_: guarded(win, open_personal_words, win))
    win.addAction(d)
    win.a_spell_words = d
    from .text_tools import edit_menu
    m = edit_menu(win)
    if m is not None:
        m.addSeparator()
        m.addAction(a)
        m.addAction(d)
