"""One appendix as a lazy QAbstractTableModel: no widget per row.

Rows are the Appendix's rows, columns its columns.  The TT column shows the
number computed by ``Plan.row_numbers`` (cached, recomputed after a change
of rows); group rows are bold on a tinted background.  ``setData`` is an
undoable ``Document.set_cell``.  Rows can be dragged to a new place.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QMimeData, QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont

from core.model import Plan
from core.operations import OperationError, find_appendix

from ..i18n import error_text

MIME = "application/x-kehoach-rows"
KEY_ROLE = Qt.UserRole + 10
ROW_KIND_ROLE = Qt.UserRole + 11
DEADLINE_STATE_ROLE = Qt.UserRole + 12   # deadline cells: overdue | soon | done | pending | none | flagged

GROUP_BG = [QColor("#dfe8f5"), QColor("#ebf0f8"), QColor("#f3f6fb")]
FLAG_BG = QColor("#fff1cc")


class AppendixModel(QAbstractTableModel):
    def __init__(self, doc, aid: str, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.aid = aid
        self._numbers: dict[str, str] | None = None
        self._cells = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    @property
    def app(self):
        return find_appendix(self.doc.plan, self.aid)

    def numbers(self) -> dict[str, str]:
        if self._numbers is None:
            self._numbers = Plan.row_numbers(self.app)
        return self._numbers

    def suggestions(self, row, key: str) -> list:
        """[(agency as written, [directory names it may mean])] for a lead/support cell (core.text)."""
        from core.text import unknown_agencies
        names = row.lead if key == "lead" else row.support
        if not names:
            return []
        return unknown_agencies(names, [a.name for a in self.doc.plan.agencies if a.name])

    def deadline_cells(self):
        """Readings of the deadline cells (icon, tooltip), cached per phrase and row."""
        if self._cells is None:
            from gui.calendar.cells import cells_for
            self._cells = cells_for(self.doc)
        return self._cells

    def deadlines_changed(self) -> None:
        """Tracking records or event dates changed: repaint the deadline column."""
        app = self.app
        c = next((i for i, col in enumerate(app.columns) if col.key == "deadline"), -1)
        if c >= 0 and app.rows:
            self.deadline_cells().invalidate()
            self.dataChanged.emit(self.index(0, c), self.index(len(app.rows) - 1, c),
                                  [Qt.DecorationRole, Qt.ToolTipRole])

    # ----------------------------------------------------------- refresh --
    def reset(self) -> None:
        self.beginResetModel()
        self._numbers = None
        self.endResetModel()

    def rows_changed(self, rids, cells_only: bool = False, hints=()) -> list[int]:
        """Content of some rows changed; returns their positions.  A change of
        kind/level/continuation renumbers every row after it; a cell edit does not."""
        app = self.app
        want = set(rids)
        idx = [i for i in hints if 0 <= i < len(app.rows) and app.rows[i].id in want]
        if len(idx) != len(want):
            idx = [i for i, r in enumerate(app.rows) if r.id in want]
        if not idx:
            return []
        last = self.columnCount() - 1
        if cells_only:
            for i in idx:
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))
        else:
            self._numbers = None
            self.dataChanged.emit(self.index(min(idx), 0), self.index(len(app.rows) - 1, last))
        return idx

    def row_of(self, rid: str) -> int:
        for i, r in enumerate(self.app.rows):
            if r.id == rid:
                return i
        return -1

    # ------------------------------------------------------------- model --
    def rowCount(self, parent=QModelIndex()):   # noqa: N802
        return 0 if parent.isValid() else len(self.app.rows)

    def columnCount(self, parent=QModelIndex()):   # noqa: N802
        return 0 if parent.isValid() else len(self.app.columns)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        app = self.app
        try:
            row = app.rows[index.row()]
            col = app.columns[index.column()]
        except IndexError:
            return None
        if role in (Qt.DisplayRole, Qt.EditRole):
            if col.key == "tt":
                if role == Qt.EditRole:
                    return row.cells.get(col.id, "")
                return self.numbers().get(row.id, "")
            return row.cells.get(col.id, "")
        if role == Qt.FontRole:
            if row.kind == "group":
                return self._bold
            if row.continues and col.key == "tt":
                return self._italic
            return None
        if role == Qt.BackgroundRole:
            if row.kind == "group":
                return QBrush(GROUP_BG[min(row.level, len(GROUP_BG) - 1)])
            if row.flag:
                return QBrush(FLAG_BG)
            return None
        if role == Qt.DecorationRole:
            if col.key == "deadline":
                return self.deadline_cells().icon(app, row)
            return None
        if role == Qt.ToolTipRole:
            tip = row.cells.get(col.id, "")
            if col.key == "deadline":
                reading = self.deadline_cells().tooltip(app, row)
                if reading:
                    tip = (tip + "\n\n" if tip else "") + reading
            if row.flag:
                tip = (tip + "\n\n" if tip else "") + self.tr("Lưu ý khi nhập: ") + row.flag
            if col.key in ("lead", "support") and row.kind == "task":
                names = row.lead if col.key == "lead" else row.support
                if names:
                    tip += "\n\n" + self.tr("Cơ quan: ") + "; ".join(names)
                for name, sug in self.suggestions(row, col.key):
                    tip += "\n" + self.tr("«%1» không có trong danh mục — có phải: %2? (chuột phải để dùng tên "
                                           "trong danh mục)").replace("%1", name).replace(
                                               "%2", "; ".join(f"«{x}»" for x in sug))
            return tip or None
        if role == Qt.TextAlignmentRole:
            if col.key in ("tt", "deadline"):
                return int(Qt.AlignHCenter | Qt.AlignTop)
            return int(Qt.AlignLeft | Qt.AlignTop)
        if role == KEY_ROLE:
            return col.key
        if role == ROW_KIND_ROLE:
            return row.kind
        if role == DEADLINE_STATE_ROLE:
            info = self.deadline_cells().info(app, row) if col.key == "deadline" else None
            return info.state if info is not None else None
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):   # noqa: N802
        app = self.app
        if orientation == Qt.Horizontal:
            if not 0 <= section < len(app.columns):
                return None
            c = app.columns[section]
            if role == Qt.DisplayRole:
                return c.title or "…"
            if role == Qt.ToolTipRole:
                return (c.group + " — " if c.group else "") + (c.title or "")
            return None
        # no row numbers beside the TT column (1, 2, 3 … where TT says I, 1, 2 … confused clerks): the
        # narrow strip stays, to select whole rows as in Excel
        if role == Qt.ToolTipRole:
            return QCoreApplication.translate("AppendixModel", "Bấm để chọn cả dòng (Shift, Ctrl: nhiều dòng)")
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemIsDropEnabled
        f = Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled | Qt.ItemIsDropEnabled
        col = self.app.columns[index.column()]
        if col.key != "tt":
            f |= Qt.ItemIsEditable
        return f

    def setData(self, index, value, role=Qt.EditRole):   # noqa: N802
        if role != Qt.EditRole or not index.isValid():
            return False
        app = self.app
        row = app.rows[index.row()]
        col = app.columns[index.column()]
        value = "" if value is None else str(value)
        if row.cells.get(col.id, "") == value:
            return False
        try:
            self.doc.set_cell(self.aid, row.id, col.id, value, hint=index.row())
        except OperationError as e:
            self.doc.failed.emit(error_text(e))
            return False
        return True

    # ------------------------------------------------------ drag & drop --
    def supportedDropActions(self):   # noqa: N802
        return Qt.MoveAction

    def mimeTypes(self):   # noqa: N802
        return [MIME]

    def mimeData(self, indexes):   # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        app = self.app
        md = QMimeData()
        md.setData(MIME, "\n".join(app.rows[r].id for r in rows).encode("utf-8"))
        return md

    def canDropMimeData(self, data, action, row, column, parent):   # noqa: N802
        return data.hasFormat(MIME)

    def dropMimeData(self, data, action, row, column, parent):   # noqa: N802
        if not data.hasFormat(MIME):
            return False
        rids = [x for x in bytes(data.data(MIME)).decode("utf-8").split("\n") if x]
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.app.rows)
        QTimer.singleShot(0, lambda: self._move(rids, row))
        return False

    def _move(self, rids, row):
        try:
            self.doc.move_rows(self.aid, rids, row)
        except OperationError as e:
            self.doc.failed.emit(error_text(e))
