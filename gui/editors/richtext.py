"""A paragraph editor that knows only what a plan prints: bold, italic, "-" and "+".

One QTextDocument block = one Paragraph.  A paragraph of kind 'dash' or
'plus' is shown with its "- " / "+ " prefix typed in the text, so the clerk
writes items as in Word; the prefix is stripped when the text is read
back.  Paste from Word keeps bold and italic and drops the rest (fonts,
sizes, colours, tables, numbering).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Signal
from PySide6.QtGui import QFont, QKeySequence, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from core.model import Paragraph, Run
from core.text import nfc

PREFIX = {"dash": "- ", "plus": "+ "}


def _legacy_font(fmt) -> str:
    """The TCVN3 / VNI font a pasted fragment is in ('' for a Unicode font)."""
    from core.legacy_encodings import font_encoding
    fams = fmt.fontFamilies()
    return next((f for f in (fams if isinstance(fams, (list, tuple)) else []) if font_encoding(f)), "")


def runs_of_block(block, legacy: bool = False) -> list[Run]:
    """The runs of a text block; *legacy* (pasted text): a fragment in a TCVN3 or VNI font
    (.VnTime, VNI-Times …) is converted to Unicode."""
    runs: list[Run] = []
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        if frag.isValid():
            fmt = frag.charFormat()
            text = frag.text().replace("\u2028", "\n").replace("\u00a0", " ")
            if legacy and _legacy_font(fmt):
                from core.legacy_encodings import run_text
                text = run_text(text, _legacy_font(fmt))
            bold = fmt.fontWeight() >= QFont.Bold
            italic = fmt.fontItalic()
            if runs and runs[-1].bold == bold and runs[-1].italic == italic:
                runs[-1].text += text
            else:
                runs.append(Run(text, bold, italic))
        it += 1
    return runs


def paragraph_of_block(block, legacy: bool = False) -> Paragraph:
    runs = runs_of_block(block, legacy)
    kind = "text"
    if runs:
        first = runs[0].text
        for k, p in PREFIX.items():
            if first.startswith(p) or first in (p.strip(),):
                kind = k
                runs[0].text = first[len(p):] if first.startswith(p) else ""
                break
        runs = [Run(nfc(r.text), r.bold, r.italic) for r in runs if r.text]
    return Paragraph(runs, kind)


# bullets other programs put before an item: Word's "–"/"•"/Symbol-font dot, web pages' "·"
OTHER_DASHES = ("\u2013", "\u2014", "\u2022", "\u00b7", "\uf0b7", "\u25cf", "\u25aa")


def pasted_paragraph(block) -> Paragraph:
    """A pasted block as a plan paragraph: a bulleted list item (web pages, Outlook,
    LibreOffice, Word's own bullets) becomes a "-" item ("+" one level down), a
    numbered item keeps its number as text, and the spaces Word puts after a
    bullet are dropped."""
    para = paragraph_of_block(block, legacy=True)
    runs = para.runs
    if para.kind == "text" and runs:
        head = runs[0].text.lstrip()
        if head[:1] in OTHER_DASHES and head[1:2] in (" ", "\t", ""):
            para.kind = "dash"
            runs[0].text = head[1:]
    lst = block.textList()
    if para.kind == "text" and lst is not None:
        from PySide6.QtGui import QTextListFormat
        fmt = lst.format()
        if fmt.style() in (QTextListFormat.ListDisc, QTextListFormat.ListCircle, QTextListFormat.ListSquare):
            para.kind = "dash" if fmt.indent() <= 1 else "plus"
        else:
            number = lst.itemText(block).strip()
            if number:
                runs.insert(0, Run(number + " "))
    if para.kind != "text" and runs:
        runs[0].text = runs[0].text.lstrip()
        if not runs[0].text:
            runs.pop(0)
    return para


# ------------------------------------------------- the window's undo stack --
REDO_KEYS = (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"))


def undo_key(e) -> str | None:
    """'undo' / 'redo' when the key event *e* is Ctrl+Z / Ctrl+Y or Ctrl+Shift+Z."""
    if e.matches(QKeySequence.Undo):
        return "undo"
    combo = QKeySequence(e.keyCombination())
    if e.matches(QKeySequence.Redo) or any(combo == k for k in REDO_KEYS):
        return "redo"
    return None


def window_undo(widget, which: str) -> None:
    """Undo / redo through the main window (which first saves the field's pending typing,
    so the last typing is one undo step) — the fields' own undo is off: one stack."""
    w = widget.window()
    fn = getattr(w, which, None)
    if fn is None:
        return
    guard = getattr(w, "guard", None)
    guard(fn) if guard is not None else fn()


def moved_cursor(old: str, new: str, pos: int) -> int:
    """Where a cursor at *pos* in *old* belongs once the text is *new* (an undo or redo
    elsewhere): unchanged before the change, shifted after it, at the change's end inside it."""
    n = min(len(old), len(new))
    a = 0
    while a < n and old[a] == new[a]:
        a += 1
    b = 0
    while b < n - a and old[len(old) - 1 - b] == new[len(new) - 1 - b]:
        b += 1
    if pos <= a:
        return min(pos, len(new))
    if pos >= len(old) - b:
        return max(0, min(len(new), pos + len(new) - len(old)))
    return len(new) - b


class UndoKeysMixin:
    """Ctrl+Z / Ctrl+Y typed in the field act on the window's undo stack."""

    def event(self, e):   # noqa: D401
        if e.type() == QEvent.ShortcutOverride and undo_key(e):
            e.accept()    # the key comes to keyPressEvent below (the window's shortcut might be disabled)
            return True
        return super().event(e)

    def keyPressEvent(self, e):   # noqa: N802
        which = undo_key(e)
        if which:
            window_undo(self, which)
            return
        super().keyPressEvent(e)


def set_text_keeping_cursor(w, text: str, keep: bool) -> None:
    """setPlainText on a QPlainTextEdit; with *keep* (the same node shown again after an
    undo) the cursor and the scroll position stay where the clerk was."""
    if not keep:
        w.setPlainText(text)
        return
    old, pos, sb = w.toPlainText(), w.textCursor().position(), w.verticalScrollBar().value()
    w.setPlainText(text)
    c = w.textCursor()
    c.setPosition(moved_cursor(old, text, pos))
    w.setTextCursor(c)
    w.verticalScrollBar().setValue(sb)


def pasted_text(text: str) -> str:
    """Plain text pasted into a field: NFC, and converted to Unicode when it reads as typed in TCVN3
    or VNI (core.legacy_encodings.detect)."""
    from core.legacy_encodings import convert_detected
    return nfc(convert_detected(text.replace("\r\n", "\n"))[0])


def _has_legacy_font(doc) -> bool:
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().isValid() and _legacy_font(it.fragment().charFormat()):
                return True
            it += 1
        block = block.next()
    return False


class PlainField(UndoKeysMixin, QPlainTextEdit):
    """A multi-line plain-text field (agency, trích yếu, signer titles, Nơi nhận)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setUndoRedoEnabled(False)      # one undo stack: the window's

    def insertFromMimeData(self, source: QMimeData):   # noqa: N802
        if source.hasText():
            self.textCursor().insertText(pasted_text(source.text()))
            return
        super().insertFromMimeData(source)


class RichTextEdit(UndoKeysMixin, QTextEdit):
    edited = Signal()

    def __init__(self, parent=None, serif: bool = True):
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setUndoRedoEnabled(False)      # one undo stack: the window's
        self.setTabChangesFocus(True)
        if serif:
            f = QFont("Times New Roman")
            f.setStyleHint(QFont.Serif)
            f.setPointSizeF(12.5)
            self.document().setDefaultFont(f)
        self._loading = False
        self.textChanged.connect(self._changed)
        from ..spell import attach  # red wavy underline under misspelt words, suggestions on right click
        attach(self)

    def _changed(self):
        if not self._loading:
            self.edited.emit()

    # ----------------------------------------------------- model <-> text --
    def set_paragraphs(self, paras: list[Paragraph], keep_cursor: bool = False) -> None:
        """Show *paras*; the cursor goes to the start, or with *keep_cursor* (the same
        node shown again after an undo) stays near where it was, scroll position too."""
        old = self.toPlainText() if keep_cursor else ""
        pos = self.textCursor().position()
        scroll = self.verticalScrollBar().value()
        self._loading = True
        try:
            doc = self.document()
            doc.clear()
            cur = QTextCursor(doc)
            plain = QTextCharFormat()
            for i, p in enumerate(paras):
                if i:
                    cur.insertBlock()
                prefix = PREFIX.get(p.kind, "")
                if prefix:
                    cur.insertText(prefix, plain)
                for r in p.runs:
                    f = QTextCharFormat()
                    f.setFontWeight(QFont.Bold if r.bold else QFont.Normal)
                    f.setFontItalic(r.italic)
                    cur.insertText(r.text, f)
            if keep_cursor:
                c = self.textCursor()
                c.setPosition(min(moved_cursor(old, self.toPlainText(), pos), doc.characterCount() - 1))
                self.setTextCursor(c)
                self.verticalScrollBar().setValue(scroll)
            else:
                self.moveCursor(QTextCursor.Start)
        finally:
            self._loading = False

    def paragraphs(self) -> list[Paragraph]:
        out = []
        block = self.document().begin()
        while block.isValid():
            out.append(paragraph_of_block(block))
            block = block.next()
        # a trailing empty paragraph is not content
        while out and not out[-1].runs and out[-1].kind == "text":
            out.pop()
        return out

    # --------------------------------------------------------- formatting --
    def toggle_bold(self):
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Normal if self.fontWeight() >= QFont.Bold else QFont.Bold)
        self.mergeCurrentCharFormat(fmt)

    def toggle_italic(self):
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.fontItalic())
        self.mergeCurrentCharFormat(fmt)

    def set_kind(self, kind: str):
        """Make the current paragraph(s) a '-' item, '+' item or plain text (toggles)."""
        cur = self.textCursor()
        start, end = cur.selectionStart(), cur.selectionEnd()
        doc = self.document()
        b = doc.findBlock(start)
        last = doc.findBlock(end)
        cur.beginEditBlock()
        while b.isValid():
            text = b.text()
            old = next((k for k, p in PREFIX.items() if text.startswith(p)), "text")
            c = QTextCursor(b)
            if old != "text":
                c.movePosition(QTextCursor.Right, QTextCursor.KeepAnchor, 2)
                c.removeSelectedText()
            if kind != "text" and kind != old:
                c.insertText(PREFIX[kind], QTextCharFormat())
            if b == last:
                break
            b = b.next()
        cur.endEditBlock()

    def keyPressEvent(self, e):   # noqa: N802
        if e.matches(QKeySequence.Bold):
            self.toggle_bold()
            return
        if e.matches(QKeySequence.Italic):
            self.toggle_italic()
            return
        if e.matches(QKeySequence.Underline):
            return   # a plan has no underline
        super().keyPressEvent(e)   # Ctrl+Z / Ctrl+Y: UndoKeysMixin

    # -------------------------------------------------------------- paste --
    def insertFromMimeData(self, source: QMimeData):   # noqa: N802
        cur = self.textCursor()
        if source.hasHtml():
            tmp = QTextDocument()
            tmp.setHtml(source.html())
            # text in a TCVN3 / VNI font is converted fragment by fragment (pasted_paragraph); text
            # that lost its font but reads as one of them is converted whole
            from core.legacy_encodings import detect
            enc = None if _has_legacy_font(tmp) else detect(tmp.toPlainText())
            block = tmp.begin()
            first = True
            cur.beginEditBlock()
            while block.isValid():
                para = pasted_paragraph(block)
                if not first:
                    cur.insertBlock()
                first = False
                prefix = PREFIX.get(para.kind, "")
                if prefix:
                    cur.insertText(prefix, QTextCharFormat())
                for r in para.runs:
                    f = QTextCharFormat()
                    f.setFontWeight(QFont.Bold if r.bold else QFont.Normal)
                    f.setFontItalic(r.italic)
                    text = r.text.replace("\n", " ")
                    if enc:
                        from core.legacy_encodings import convert
                        text = convert(text, enc)
                    cur.insertText(text, f)
                block = block.next()
            cur.endEditBlock()
            return
        if source.hasText():
            cur.insertText(pasted_text(source.text()), QTextCharFormat())
            return
        super().insertFromMimeData(source)

    def canInsertFromMimeData(self, source):   # noqa: N802
        return source.hasText() or source.hasHtml()
