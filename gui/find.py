"""Sửa → Tìm… (Ctrl+F) and Thay thế… (Ctrl+H): a panel over the open plan.

The search is :class:`core.find.FindIndex` (header, preamble, sections, appendix cells, signers, Nơi
nhận; with or without diacritics, case, whole word); each result names its place as printed and a
double-click (or Enter) goes there.  Replace one / Replace all run
:func:`core.edits.replace_found` through ``Document.apply``: one undo step, bold and italic kept.
The index is rebuilt while the clerk is idle after each change, so a keystroke only searches.
"""
from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .work import guarded

SHOWN = 200          # results listed at most (the count says how many there are)
HIT_ROLE = Qt.UserRole + 11
SPAN_ROLE = Qt.UserRole + 12    # (start, length) of the match in the context text shown


class MatchDelegate(QStyledItemDelegate):
    """The context of a result with the found words in bold on a yellow ground (the item's text stays
    plain)."""

    def paint(self, painter, option, index):
        span = index.data(SPAN_ROLE)
        if not span:
            return super().paint(painter, option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)
        a, n = span
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(1)
        doc.setHtml(f"<span style='white-space:pre'>{escape(text[:a])}<b style='background:#ffe98a'>"
                    f"{escape(text[a:a + n])}</b>{escape(text[a + n:])}</span>")
        painter.save()
        painter.setClipRect(opt.rect)
        painter.translate(opt.rect.left() + 3, opt.rect.top() + max(0, (opt.rect.height() - doc.size().height()) / 2))
        doc.drawContents(painter)
        painter.restore()


def tr(s: str) -> str:
    return QCoreApplication.translate("FindPanel", s)


class FindPanel(QDockWidget):
    def __init__(self, win):
        super().__init__(tr("Tìm và thay thế"), win)
        self.setObjectName("find-panel")
        self.win = win
        self._doc = None
        self.index = None
        self.hits: list = []
        self._dirty = False
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(6, 6, 6, 6)
        grid = QGridLayout()
        grid.addWidget(QLabel(tr("Tìm:")), 0, 0)
        self.query = QLineEdit()
        self.query.setPlaceholderText(tr("ví dụ: uy ban mttq"))
        self.query.setClearButtonEnabled(True)
        grid.addWidget(self.query, 0, 1)
        self.replace_label = QLabel(tr("Thay bằng:"))
        grid.addWidget(self.replace_label, 1, 0)
        self.replacement = QLineEdit()
        grid.addWidget(self.replacement, 1, 1)
        lay.addLayout(grid)
        opts = QHBoxLayout()
        self.marks = QCheckBox(tr("Phân biệt dấu"))
        self.marks.setToolTip(tr("Bỏ chọn: “uy ban” tìm thấy cả “Ủy ban” và “Uỷ ban”. Cách đặt dấu thanh "
                                 "(hòa/hoà) không bao giờ được tính là khác."))
        self.case = QCheckBox(tr("Phân biệt hoa/thường"))
        self.word = QCheckBox(tr("Cả từ"))
        for b in (self.marks, self.case, self.word):
            opts.addWidget(b)
            b.toggled.connect(self.search)
        opts.addStretch(1)
        lay.addLayout(opts)
        btns = QHBoxLayout()
        self.count = QLabel()
        btns.addWidget(self.count, 1)
        self.replace_one = QPushButton(tr("Thay thế"))
        self.replace_all = QPushButton(tr("Thay thế tất cả"))
        self.replace_one.clicked.connect(lambda: self._guard(self.do_replace_one))
        self.replace_all.clicked.connect(lambda: self._guard(self.do_replace_all))
        btns.addWidget(self.replace_one)
        btns.addWidget(self.replace_all)
        lay.addLayout(btns)
        self.results = QTreeWidget()
        self.results.setHeaderLabels([tr("Vị trí"), tr("Nội dung")])
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setColumnWidth(0, 210)
        self.results.setItemDelegateForColumn(1, MatchDelegate(self.results))
        self.results.itemActivated.connect(lambda it, _c: self._guard(self.go, it))
        self.results.itemDoubleClicked.connect(lambda it, _c: self._guard(self.go, it))
        lay.addWidget(self.results, 1)
        self.setWidget(w)
        self._timer = QTimer(self)           # typing: one search per pause of a few ms
        self._timer.setSingleShot(True)
        self._timer.setInterval(40)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda *_: self._timer.start())
        self.query.returnPressed.connect(self.next_hit)
        self._rebuild = QTimer(self)         # after an edit: read the plan again while the clerk is idle
        self._rebuild.setSingleShot(True)
        self._rebuild.setInterval(300)
        self._rebuild.timeout.connect(self._refresh)
        self.set_mode(False)

    # ---------------------------------------------------------------- state --
    def _guard(self, fn, *args):
        return guarded(self.win, fn, *args)

    def _lang(self) -> str:
        from .i18n import current_language
        return current_language()

    def attach(self) -> bool:
        """Follow the window's open plan (a new index for a new plan)."""
        doc = getattr(self.win, "doc", None)
        if doc is not self._doc:
            if self._doc is not None:
                try:
                    self._doc.changed.disconnect(self._changed)
                except (RuntimeError, TypeError):   # the closed plan's object is gone already
                    logging.getLogger(__name__).debug("find panel: old plan already gone", exc_info=True)
            self._doc = doc
            self.index = None
            if doc is not None:
                from core.find import FindIndex
                self.index = FindIndex(doc.plan)
                doc.changed.connect(self._changed)
        elif doc is not None and self.index is not None and self.index.plan is not doc.plan:
            self.index = type(self.index)(doc.plan)       # an undo of a whole-plan step replaced it
        return doc is not None

    def _changed(self, *_):
        if self.index is not None:
            self.index.invalidate()
            self._dirty = True
            if self.isVisible():
                self._rebuild.start()

    def _refresh(self):
        if self.isVisible() and self.attach() and self.index is not None:
            self.index.build(self.case.isChecked(), self.marks.isChecked())
            self._dirty = False
            if self.query.text().strip():
                self.search()

    def set_mode(self, replace: bool):
        for w in (self.replace_label, self.replacement, self.replace_one, self.replace_all):
            w.setVisible(replace)
        self.setWindowTitle(tr("Tìm và thay thế") if replace else tr("Tìm"))

    def open(self, replace: bool = False):
        self.set_mode(replace)
        self.show()
        self.raise_()
        if self.attach() and self.index is not None:
            self.index.build(self.case.isChecked(), self.marks.isChecked())
        sel = self._selected_text()
        if sel:
            self.query.setText(sel)
        self.query.setFocus()
        self.query.selectAll()
        self.search()

    def _selected_text(self) -> str:
        from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit
        w = QApplication.focusWidget()
        if isinstance(w, QLineEdit) and w is not self.query and w.hasSelectedText():
            t = w.selectedText()
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            t = w.textCursor().selectedText()
        else:
            t = ""
        return t if t and "\u2029" not in t and len(t) < 80 else ""

    # --------------------------------------------------------------- search --
    def options(self) -> dict:
        return {"case": self.case.isChecked(), "marks": self.marks.isChecked(), "word": self.word.isChecked()}

    def search(self):
        self._timer.stop()
        self.results.setUpdatesEnabled(False)
        try:
            self._search()
        finally:
            self.results.setUpdatesEnabled(True)

    def _search(self):
        self.results.clear()
        self.hits = []
        q = self.query.text()
        if not self.attach() or self.index is None or not q.strip():
            self.count.setText("")
            self._buttons()
            return
        opts = self.options()
        total = self.index.count(q, **opts)
        self.hits = self.index.search(q, limit=SHOWN, **opts)
        lang = self._lang()
        items = []
        for h in self.hits:
            before, match, after = h.context(36)
            it = QTreeWidgetItem([h.where(lang), before + match + after])
            it.setData(0, HIT_ROLE, len(items))
            it.setData(1, SPAN_ROLE, (len(before), len(match)))
            it.setToolTip(1, h.text[:600])
            items.append(it)
        self.results.addTopLevelItems(items)
        if total == 0:
            self.count.setText(tr("Không tìm thấy"))
        elif total > len(self.hits):
            self.count.setText(tr("%1 kết quả (hiện %2 đầu tiên)").replace("%1", f"{total:,}".replace(",", "."))
                               .replace("%2", str(len(self.hits))))
        else:
            self.count.setText(tr("%1 kết quả").replace("%1", str(total)))
        self._buttons()

    def _buttons(self):
        self.replace_one.setEnabled(bool(self.hits))
        self.replace_all.setEnabled(bool(self.hits))

    def current_hit(self):
        it = self.results.currentItem()
        if it is None:
            return None
        i = it.data(0, HIT_ROLE)
        return self.hits[i] if i is not None and 0 <= i < len(self.hits) else None

    def next_hit(self):
        if self._timer.isActive():
            self.search()
        n = self.results.topLevelItemCount()
        if not n:
            return
        cur = self.results.indexOfTopLevelItem(self.results.currentItem()) if self.results.currentItem() else -1
        it = self.results.topLevelItem((cur + 1) % n)
        self.results.setCurrentItem(it)
        self.go(it, keep_focus=True)

    # ------------------------------------------------------------- navigate --
    def go(self, item, keep_focus: bool = False):
        i = item.data(0, HIT_ROLE) if item is not None else None
        if i is None or not 0 <= i < len(self.hits):
            return
        goto(self.win, self.hits[i])
        if keep_focus:
            self.query.setFocus()

    # -------------------------------------------------------------- replace --
    def do_replace_one(self):
        hit = self.current_hit() or (self.hits[0] if self.hits else None)
        if hit is None:
            return 0
        return self._replace([hit])

    def do_replace_all(self):
        if not self.attach() or self.index is None:
            return 0
        hits = self.index.search(self.query.text(), **self.options())
        return self._replace(hits)

    def _replace(self, hits) -> int:
        doc = self._doc
        if doc is None or not hits:
            return 0
        self.win.flush_editor()
        self.index.invalidate()           # what the clerk typed is in the plan now: search it again
        fresh = self.index.search(self.query.text(), **self.options())
        if len(hits) == 1:
            key = _key(hits[0])
            fresh = [h for h in fresh if _key(h) == key]
        n = doc.replace_found(fresh, self.replacement.text()) if fresh else 0
        self.index.invalidate()
        self._dirty = False
        self.search()
        self.win.statusBar().showMessage(tr("Đã thay %1 chỗ. Ctrl+Z để hoàn tác.").replace("%1", str(n)), 8000)
        return n


def _key(hit) -> tuple:
    f = hit.field
    return f.kind, f.rid, f.key, f.aid, hit.start, hit.end


def goto(win, hit) -> None:
    """Show the place of *hit* in the window, the found text selected where the editor allows."""
    f = hit.field
    k = f.kind
    if k in ("meta", "preamble"):
        win.select("header")
        page = win.pages.get("header")
        w = page.w.get(f.key) if k == "meta" and page is not None else getattr(page, "preamble", None)
        if w is not None:
            _select_in(w, hit, f.key if k == "preamble" else None)
    elif k in ("title", "body", "tail"):
        win.select("section", f.rid)
        page = win.pages.get("section")
        if page is not None:
            w = page.title if k == "title" else (page.body if k == "body" else page.tail)
            _select_in(w, hit, None if k == "title" else f.key)
    elif k in ("app_title", "cell"):
        win.select("appendix", f.rid if k == "app_title" else f.aid)
        page = win.pages.get("appendix")
        if k == "cell" and page is not None and getattr(page, "app", None) is not None:
            col = next((i for i, c in enumerate(page.app.columns) if c.id == f.key), 1)
            page.select_row(f.rid, col)
    elif k == "signer":
        win.select("signer", f.rid)
    elif k == "recipient":
        win.select("recipients")


def _select_in(w, hit, block: int | None) -> None:
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit
    if isinstance(w, QLineEdit):
        w.setFocus()
        w.setSelection(hit.start, hit.end - hit.start)
    elif isinstance(w, (QTextEdit, QPlainTextEdit)):
        doc = w.document()
        if block is None:
            b = doc.begin()
            off = 0
        else:
            b = doc.findBlockByNumber(block)
            text = b.text()
            # a "-" / "+" item shows its prefix typed in the text
            off = 2 if text[:2] in ("- ", "+ ") and not hit.text.startswith(text[:2]) else 0
        if not b.isValid():
            return
        c = QTextCursor(b)
        c.setPosition(b.position() + off + hit.start)
        c.setPosition(b.position() + off + hit.end, QTextCursor.KeepAnchor)
        w.setTextCursor(c)
        w.ensureCursorVisible()
        w.setFocus()


def install(win) -> None:
    """Sửa → Tìm… (Ctrl+F), Thay thế… (Ctrl+H)."""
    win.find_panel = None

    def panel():
        if win.find_panel is None:
            win.find_panel = FindPanel(win)
            win.addDockWidget(Qt.RightDockWidgetArea, win.find_panel)
            win.resizeDocks([win.find_panel], [min(520, max(380, win.width() // 3))], Qt.Horizontal)
        return win.find_panel

    def act(text, shortcut, replace):
        a = QAction(text, win)
        a.setShortcut(QKeySequence(shortcut))
        a.triggered.connect(lambda *_: guarded(win, lambda: panel().open(replace)))
        win.addAction(a)
        return a
    win.a_find = act(tr("&Tìm…"), QKeySequence.StandardKey.Find, False)
    win.a_replace = act(tr("Tìm và &thay thế…"), "Ctrl+H", True)
    win.a_find.setStatusTip(tr("Tìm trong cả kế hoạch: phần đầu, các mục, bảng phụ lục, người ký, nơi nhận; "
                               "có hoặc không phân biệt dấu."))
    win.open_find = lambda replace=False: panel().open(replace)
    from .text_tools import edit_menu
    m = edit_menu(win)
    if m is not None:
        m.addSeparator()
        m.addAction(win.a_find)
        m.addAction(win.a_replace)
