"""The appendix table on the screen: the view (row heights measured for the rows shown only, so 10,000
rows open fast; keys; the row menu), the columns (their widths — the printed proportions, scaled to the
window, a dragged edge one undo step —, their header menu and edits), group rows spanning their empty
cells, and the screen-only filter and sort (Excel's fill handle: :mod:`gui.editors.appendix_fill`). :class:`ColumnLayout` and :class:`RowView` are parts of :class:`gui.editors.appendix.AppendixEditor`
(they use its ``table``, ``model``, ``app``, ``doc`` and ``rid``).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QInputDialog, QMenu, QTableView

from core.operations import OperationError
from core.text import vn_sort_key

from .appendix_fill import FillHandle


def tr(s: str) -> str:
    return QCoreApplication.translate("AppendixEditor", s)


# ------------------------------------------------------------------ table --
class AppendixTable(FillHandle, QTableView):
    """The table; Excel's fill handle on the selection's corner is :class:`gui.editors.appendix_fill.FillHandle`."""

    def __init__(self, editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self._fill_init()
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed |
                             QAbstractItemView.AnyKeyPressed)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDrop)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)
        vh = self.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.Interactive)
        vh.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 8)
        vh.setMinimumWidth(14)     # no row numbers (AppendixModel.headerData): a strip to select rows
        hh = self.horizontalHeader()
        hh.setSectionsMovable(False)
        hh.setHighlightSections(True)
        hh.setDefaultAlignment(Qt.AlignCenter | Qt.TextWordWrap)
        hh.setContextMenuPolicy(Qt.CustomContextMenu)
        hh.customContextMenuRequested.connect(self.editor.column_menu)
        hh.sectionDoubleClicked.connect(self.editor.rename_column)
        self._fit = QTimer(self)
        self._fit.setSingleShot(True)
        self._fit.setInterval(30)
        self._fit.timeout.connect(self.fit_visible_rows)
        self.verticalScrollBar().valueChanged.connect(lambda *_: self._fit.start())

    def schedule_fit(self):
        self._fit.start()

    def fit_visible_rows(self):
        m = self.model()
        if m is None or m.rowCount() == 0:
            return
        for _ in range(2):
            top = max(0, self.rowAt(0))
            bottom = self.rowAt(self.viewport().height() - 1)
            if bottom < 0:
                bottom = m.rowCount() - 1
            for r in range(top, min(bottom + 2, m.rowCount(), top + 80)):
                self.resizeRowToContents(r)

    def resizeEvent(self, e):   # noqa: N802
        super().resizeEvent(e)
        self.editor.fit_columns()
        self._fit.start()

    def contextMenuEvent(self, e):   # noqa: N802
        """Row actions of the window (deadline, add, delete, group ↔ task) on the row under the mouse."""
        idx = self.indexAt(e.pos())
        if idx.isValid() and not self.selectionModel().isSelected(idx):
            self.setCurrentIndex(idx)
        win = self.window()
        m = QMenu(self)
        for name in ("a_deadline", None, "a_add", "a_add_child", "a_group", None, "a_delete"):
            if name is None:
                m.addSeparator()
                continue
            a = getattr(win, name, None)
            if a is not None:
                m.addAction(a)
        self.editor.suggestion_actions(m, idx)
        if QApplication.clipboard().text():
            m.addSeparator()
            m.addAction(tr("Dán (ghi đè từ ô này)") + "\tCtrl+V", self.editor.paste)
            m.addAction(tr("Dán thành dòng mới") + "\tCtrl+Shift+V", lambda: self.editor.paste(as_new_rows=True))
        if m.actions():
            m.exec(e.globalPos())

    def keyPressEvent(self, e):   # noqa: N802
        if self._fill_key(e):      # Esc while dragging the fill handle
            return
        if QKeySequence(e.keyCombination()) == QKeySequence("Ctrl+Shift+V"):
            self.editor.paste(as_new_rows=True)
            return
        if e.matches(QKeySequence.Paste):
            self.editor.paste()
            return
        if e.matches(QKeySequence.Copy):
            self.editor.copy()
            return
        if e.modifiers() == Qt.ControlModifier and e.key() in (Qt.Key_D, Qt.Key_R) \
                and self.state() != QAbstractItemView.EditingState:
            self.editor.fill_cells(down=e.key() == Qt.Key_D)     # Excel's fill down / fill right
            return
        if e.key() in (Qt.Key_Delete, Qt.Key_Backspace) and e.modifiers() == Qt.NoModifier \
                and self.state() != QAbstractItemView.EditingState:
            self.editor.clear_cells()
            return
        super().keyPressEvent(e)



# ------------------------------------------------------- columns, spans --
class ColumnLayout:
    """The columns: their widths on the screen, their menu and edits (add, rename, move, remove), and group
    rows' spans (a part of AppendixEditor)."""

    @staticmethod
    def effective_widths(cols) -> list[float]:
        """Relative widths as the export uses them (core/export/walk.py): the
        stored Column.width, or per-kind defaults while all widths are equal."""
        widths = [c.width if c.width and c.width > 0 else 1.0 for c in cols]
        if len(set(widths)) <= 1:
            from core.export.walk import KEY_WIDTH
            widths = [KEY_WIDTH.get(c.key, 1.2) for c in cols]
        return widths

    def fit_columns(self):
        """The view's widths follow the columns' relative widths (Column.width,
        the printed proportions), scaled to the table's width; TT is fixed."""
        if self.model is None:
            return
        app = self.app
        avail = max(400, self.table.viewport().width() - 2)
        fixed = {"tt": 44}
        widths = self.effective_widths(app.columns)
        rest = avail - sum(fixed.get(c.key, 0) for c in app.columns)
        # a deadline as clerks write it, with its reading icon, must fit the deadline column on one line
        # ("Trước ngày 15/12/2026"; "23/5/2021" before); columns raised to their floor take that room from
        # the others. Measured in the table's font (zoom included).
        floor = {"deadline": self.table.fontMetrics().horizontalAdvance("Trước ngày 15/12/2026") + 34}
        share = {i: max(cw, 0.3) for i, (c, cw) in enumerate(zip(app.columns, widths)) if c.key not in fixed}
        px: dict[int, int] = {}
        while True:
            total = sum(share.values()) or 1
            room = rest - sum(px.values())
            raised = {i for i in share if room * share[i] / total < floor.get(app.columns[i].key, 60)}
            if not raised:
                break
            for i in raised:
                px[i] = floor.get(app.columns[i].key, 60)
                del share[i]
        total = sum(share.values()) or 1
        room = rest - sum(px.values())
        for i, w in share.items():
            px[i] = max(60, int(room * w / total))
        self._fitting = True
        try:
            self._fit_px = []
            for i, c in enumerate(app.columns):
                w = fixed.get(c.key) or px[i]
                self.table.setColumnWidth(i, w)
                self._fit_px.append(w)
        finally:
            self._fitting = False
        hh = self.table.horizontalHeader()
        hh.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 8)

    def _column_dragged(self, logical, old, new):
        """The clerk drags a column edge: after the drag settles, its relative
        width (Column.width — the printed proportion too) changes, one undo step."""
        if getattr(self, "_fitting", False) or self._loading or self.model is None:
            return
        self._dragged[logical] = new
        self._drag_timer.start()

    def commit_column_widths(self):
        self._drag_timer.stop()
        dragged, self._dragged = self._dragged, {}
        app = self.app
        if app is None or not dragged:
            return
        widths = self.effective_widths(app.columns)
        fit = getattr(self, "_fit_px", [])
        new = list(widths)
        for i, px in dragged.items():
            if 0 <= i < len(app.columns) and i < len(fit) and fit[i] > 0 and app.columns[i].key != "tt":
                new[i] = round(max(0.3, widths[i] * px / fit[i]), 2)
        if new == widths and all(c.width == w for c, w in zip(app.columns, widths)):
            self.fit_columns()
            return
        self.doc.set_column_widths(self.rid, {c.id: w for c, w in zip(app.columns, new)})
        sb = getattr(self.window(), "statusBar", None)
        if sb is not None:
            sb().showMessage(tr("Đã đổi độ rộng cột. Tỉ lệ các cột được lưu trong tệp và dùng cả khi xuất "
                                "Word/PDF. Ctrl+Z để hoàn tác."), 8000)

    # ----------------------------------------------------- column menu, edits --
    def column_menu(self, pos):
        c = self.table.horizontalHeader().logicalIndexAt(pos)
        m = QMenu(self)
        if c >= 0:
            m.addAction(tr("Sắp xếp tăng dần theo cột này (chỉ trên màn hình)"), lambda: self.sort_view(c, True))
            m.addAction(tr("Sắp xếp giảm dần theo cột này (chỉ trên màn hình)"), lambda: self.sort_view(c, False))
            m.addAction(tr("Lọc theo cột này"), lambda: (self.filter_col.setCurrentIndex(
                max(0, self.filter_col.findData(c))), self.filter_text.setFocus()))
            if self.sort_by is not None or self.filter_text.text():
                m.addAction(tr("Bỏ lọc và sắp xếp"), self.clear_view)
            m.addSeparator()
        m.addAction(tr("Thêm cột bên phải"), lambda: self.add_column(c))
        if c >= 0:
            m.addAction(tr("Đổi tên cột…"), lambda: self.rename_column(c))
            m.addAction(tr("Chuyển cột sang trái"), lambda: self.move_column(c, -1))
            m.addAction(tr("Chuyển cột sang phải"), lambda: self.move_column(c, 1))
            m.addSeparator()
            m.addAction(tr("Xóa cột"), lambda: self.remove_column(c))
        m.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def add_column(self, after: int | None = None, title: str | None = None):
        if after is None or after is False:
            cur = self.table.currentIndex()
            after = cur.column() if cur.isValid() else len(self.app.columns) - 1
        if title is None:
            title, ok = QInputDialog.getText(self, tr("Thêm cột"), tr("Tên cột:"))
            if not ok or not title.strip():
                return
        self.doc.add_column(self.rid, after + 1, title.strip())

    def rename_column(self, c: int, title: str | None = None):
        app = self.app
        if not 0 <= c < len(app.columns):
            return
        col = app.columns[c]
        if title is None:
            title, ok = QInputDialog.getText(self, tr("Đổi tên cột"), tr("Tên cột:"), text=col.title)
            if not ok:
                return
        if title.strip() != col.title:
            self.doc.rename_column(self.rid, col.id, title.strip())

    def move_column(self, c: int, delta: int):
        app = self.app
        j = c + delta
        if not (0 <= c < len(app.columns) and 0 <= j < len(app.columns)):
            raise OperationError(tr("Không thể di chuyển thêm."))
        self.doc.move_column(self.rid, app.columns[c].id, j)

    def remove_column(self, c: int):
        app = self.app
        if 0 <= c < len(app.columns):
            self.doc.remove_column(self.rid, app.columns[c].id)

    # -------------------------------------------------------------- spans --
    def _group_span(self, row, cols) -> tuple[int, int]:
        """(first column, count) of a group row's text spanning the empty cells after it."""
        start = next((i for i, c in enumerate(cols) if c.key != "tt"), 0)
        end = start + 1
        while end < len(cols) and cols[end].key != "tt" and not row.cells.get(cols[end].id):
            end += 1
        return start, end - start

    def update_spans(self, only: list[int] | None = None) -> None:
        """Group rows show their text across the empty columns (QTableView.setSpan).
        Only group rows get spans, so 10,000 task rows cost one pass over the list."""
        if self.model is None:
            return
        app = self.app
        if app is None:
            return
        t = self.table
        cols = app.columns
        if only is None:
            t.clearSpans()
            todo = [i for i, r in enumerate(app.rows) if r.kind == "group"]
        else:
            todo = [i for i in only if 0 <= i < len(app.rows)]
            start = next((i for i, c in enumerate(cols) if c.key != "tt"), 0)
            for i in todo:   # a cell edit or group ↔ task: redo this row's span only
                if t.columnSpan(i, start) > 1:
                    t.setSpan(i, start, 1, 1)
        for i in todo:
            r = app.rows[i]
            if r.kind != "group":
                continue
            start, n = self._group_span(r, cols)
            if n > 1:
                t.setSpan(i, start, 1, n)

    def _spans_data_changed(self, tl, br, roles=()):
        if roles and Qt.DisplayRole not in roles and Qt.EditRole not in roles:
            return   # icons, tooltips
        if br.row() - tl.row() < 50:
            self.update_spans(list(range(tl.row(), br.row() + 1)))
        else:
            self.update_spans()


# ------------------------------------------------------ filter and sort --
class RowView:
    """Excel's filter and sort, on the screen only: rows hidden or shown in another order — the plan's
    order, its numbering and its print are untouched (a part of AppendixEditor)."""

    def _fill_filter_columns(self) -> None:
        cols = [c.title or f"({k + 1})" for k, c in enumerate(self.app.columns)]
        have = [self.filter_col.itemText(i) for i in range(1, self.filter_col.count())]
        if have == cols and self.filter_col.count():
            return
        keep = self.filter_col.currentData()
        self.filter_col.blockSignals(True)
        self.filter_col.clear()
        self.filter_col.addItem(tr("Mọi cột"), -1)
        for k, title in enumerate(cols):
            self.filter_col.addItem(" ".join(title.split()), k)
        i = self.filter_col.findData(keep) if keep is not None else 0
        self.filter_col.setCurrentIndex(max(0, i))
        self.filter_col.blockSignals(False)

    def set_filter(self, text: str, column: int = -1) -> None:
        """Show only the rows whose cell in *column* (-1: any column) contains *text* (case and tone marks
        as typed, letter case ignored)."""
        self._fill_filter_columns()
        self.filter_col.blockSignals(True)
        self.filter_col.setCurrentIndex(max(0, self.filter_col.findData(column)))
        self.filter_col.blockSignals(False)
        self.filter_text.blockSignals(True)
        self.filter_text.setText(text)
        self.filter_text.blockSignals(False)
        self.apply_view()

    def sort_view(self, column: int | None, ascending: bool = True) -> None:
        """Show the rows ordered by *column* (None: the plan's order); the plan itself is not reordered."""
        self.sort_by = None if column is None else (column, ascending)
        self.apply_view()

    def clear_view(self) -> None:
        self.sort_by = None
        self.set_filter("", -1)

    def visible_rows(self) -> list[int]:
        """The model rows shown, in the screen's order."""
        vh = self.table.verticalHeader()
        n = self.model.rowCount() if self.model is not None else 0
        return [vh.logicalIndex(v) for v in range(n) if not self.table.isRowHidden(vh.logicalIndex(v))]

    def apply_view(self) -> None:
        if self.model is None or self.rid is None:
            return
        app = self.app
        if app is None:
            return
        self._fill_filter_columns()
        rows, cols = app.rows, app.columns
        n = min(len(rows), self.model.rowCount())
        needle = " ".join(self.filter_text.text().split()).casefold()
        col = self.filter_col.currentData()
        col = -1 if col is None or col >= len(cols) else col
        numbers = None
        shown = 0
        for i in range(n):
            hide = False
            if needle:
                r = rows[i]
                if col >= 0:
                    texts = [r.cells.get(cols[col].id, "")]
                    if cols[col].key == "tt":
                        numbers = numbers if numbers is not None else app_numbers(app)
                        texts.append(numbers.get(r.id, ""))
                else:
                    texts = list(r.cells.values())
                hide = not any(needle in " ".join(str(t).split()).casefold() for t in texts)
            if self.table.isRowHidden(i) != hide:
                self.table.setRowHidden(i, hide)
            shown += not hide
        vh = self.table.verticalHeader()
        if self.sort_by is not None and self.sort_by[0] < len(cols):
            c, asc = self.sort_by
            cid = cols[c].id
            order = sorted(range(n), key=lambda i: vn_sort_key(rows[i].cells.get(cid, "") or ""), reverse=not asc)
        else:
            order = list(range(n))
        if any(vh.logicalIndex(v) != order[v] for v in range(n)):
            vh.blockSignals(True)
            for v, logical in enumerate(order):
                if vh.visualIndex(logical) != v:
                    vh.moveSection(vh.visualIndex(logical), v)
            vh.blockSignals(False)
        parts = []
        if needle:
            where = tr("mọi cột") if col < 0 else f"“{' '.join((cols[col].title or '').split())}”"
            parts.append(tr("Đang lọc: hiện %1 trên %2 dòng có “%3” (%4)").replace("%1", str(shown))
                         .replace("%2", str(n)).replace("%3", self.filter_text.text().strip()).replace("%4", where))
        if self.sort_by is not None and self.sort_by[0] < len(cols):
            title = " ".join((cols[self.sort_by[0]].title or "").split())
            parts.append((tr("Đang sắp xếp theo “%1”, tăng dần") if self.sort_by[1]
                          else tr("Đang sắp xếp theo “%1”, giảm dần")).replace("%1", title))
        active = bool(parts)
        if active:
            parts.append(tr("chỉ trên màn hình: thứ tự và số thứ tự trong kế hoạch, bản in không đổi"))
        self.view_state.setText(" · ".join(parts))
        self.view_state.setVisible(active)
        self.clear_view_btn.setVisible(active)
        # moving rows by dragging would mean nothing in a sorted or filtered view
        self.table.setDragEnabled(not active)
        self.table.fill_changed()        # the fill handle follows the rows shown and their order


def app_numbers(app) -> dict:
    from core.model import Plan
    return Plan.row_numbers(app)
