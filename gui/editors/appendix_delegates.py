"""The appendix table's cell editors (delegates).

* agency cells (lead / support): a line edit whose completer offers the file's agency directory, several
  agencies separated by ";" (the completer works on the last one), matched without diacritics;
* other cells: a small multi-line editor (Enter saves, Shift+Enter makes a new line inside the cell;
  text typed in TCVN3 / VNI is pasted as Unicode).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QPlainTextEdit, QStyledItemDelegate

from core.text import search_key


def tr(s: str) -> str:
    return QCoreApplication.translate("AppendixEditor", s)


KEY_ROLE = Qt.UserRole + 7


def names_model(names, parent=None) -> QStandardItemModel:
    """The agency names for a completer: each shown as written, matched by its core.text.search_key
    (so "uy ban" offers "Ủy ban …" and "Uỷ ban …", "hoa" offers "Hòa"/"Hoà")."""
    m = QStandardItemModel(parent)
    for n in names:
        it = QStandardItem(n)
        it.setData(search_key(n), KEY_ROLE)
        it.setEditable(False)
        m.appendRow(it)
    return m


class MultiCompleter(QCompleter):
    """Completes the agency after the last ';' and keeps the ones before it; matches without
    diacritics or case, whatever the tone-mark placement."""

    def __init__(self, model, parent=None):
        super().__init__(model, parent)
        self._names = model     # a model without a Qt parent lives as long as the completer
        self.setCompletionRole(KEY_ROLE)
        self.setCaseSensitivity(Qt.CaseInsensitive)
        self.setFilterMode(Qt.MatchContains)

    def splitPath(self, path):   # noqa: N802
        return [search_key(path.split(";")[-1].lstrip(" -"))]

    def pathFromIndex(self, index):   # noqa: N802
        name = index.data(Qt.DisplayRole) or ""
        w = self.widget()
        text = w.text() if isinstance(w, QLineEdit) else ""
        head = text.rsplit(";", 1)[0] if ";" in text else ""
        return (head.rstrip() + "; " + name) if head.strip() else name


class AgencyDelegate(QStyledItemDelegate):
    def __init__(self, names_fn, parent=None):
        super().__init__(parent)
        self.names_fn = names_fn

    def createEditor(self, parent, option, index):   # noqa: N802
        ed = QLineEdit(parent)
        ed.setPlaceholderText(tr("Gõ tên cơ quan; nhiều cơ quan cách nhau bằng dấu ;"))
        comp = MultiCompleter(names_model(self.names_fn(), ed), ed)
        comp.setMaxVisibleItems(12)
        ed.setCompleter(comp)
        fit_popup(comp, parent)
        return ed

    def setEditorData(self, editor, index):   # noqa: N802
        text = index.data(Qt.EditRole) or ""
        shown = "; ".join(x.strip().lstrip("-").strip() if x.strip().startswith("- ") else x.strip()
                          for x in text.split("\n") if x.strip()) if "\n" in text else text
        editor.setText(shown)
        editor.setProperty("shown", shown)

    def setModelData(self, editor, model, index):   # noqa: N802
        text = editor.text().strip().rstrip(";").strip()
        if text == (editor.property("shown") or "").strip().rstrip(";").strip():
            return   # not changed: keep the cell exactly as written (line breaks, dashes)
        model.setData(index, text, Qt.EditRole)


def fit_popup(comp, parent) -> None:
    """The completer's list as wide as its longest name (up to the window), not the cell's ~115 px:
    "Văn phòng HĐND và UBND huyện" and "Văn phòng Huyện ủy" must be told apart."""
    popup = comp.popup()
    model = comp.model()
    fm = popup.fontMetrics()
    widest = max((fm.horizontalAdvance(model.index(i, 0).data(Qt.DisplayRole) or "")
                  for i in range(model.rowCount())), default=0)
    win = parent.window() if parent is not None else None
    cap = win.width() - 40 if win is not None and win.width() > 200 else 900
    popup.setMinimumWidth(min(widest + popup.verticalScrollBar().sizeHint().width() + 24, cap))


class CellEditor(QPlainTextEdit):
    def insertFromMimeData(self, source):   # noqa: N802
        if source.hasText():                # text typed in TCVN3 / VNI comes in as Unicode
            from .richtext import pasted_text
            self.textCursor().insertText(pasted_text(source.text()))
            return
        super().insertFromMimeData(source)


class TextDelegate(QStyledItemDelegate):
    def initStyleOption(self, option, index):   # noqa: N802
        super().initStyleOption(option, index)
        if option.features & option.ViewItemFeature.HasDecoration:   # deadline icon: at the top, like the text
            option.decorationAlignment = Qt.AlignHCenter | Qt.AlignTop

    def createEditor(self, parent, option, index):   # noqa: N802
        ed = CellEditor(parent)
        from ..spell import attach  # spell-check underline and suggestions in the cell
        attach(ed)
        ed.setTabChangesFocus(True)
        ed.installEventFilter(self)
        return ed

    def setEditorData(self, editor, index):   # noqa: N802
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(index.data(Qt.EditRole) or "")
            editor.moveCursor(editor.textCursor().MoveOperation.End)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):   # noqa: N802
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor, option, index):   # noqa: N802
        r = option.rect
        r.setHeight(max(r.height(), 70))
        editor.setGeometry(r)

    def eventFilter(self, obj, ev):   # noqa: N802
        if isinstance(obj, CellEditor) and ev.type() == QEvent.KeyPress:
            if ev.key() in (Qt.Key_Return, Qt.Key_Enter) and not (ev.modifiers() & (Qt.ShiftModifier | Qt.AltModifier)):
                self.commitData.emit(obj)
                self.closeEditor.emit(obj, QStyledItemDelegate.EndEditHint.NoHint)
                return True
            if ev.key() == Qt.Key_Escape:
                self.closeEditor.emit(obj, QStyledItemDelegate.EndEditHint.RevertModelCache)
                return True
        return super().eventFilter(obj, ev)
