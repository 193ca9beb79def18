"""The appendix editor: a QTableView over :class:`AppendixModel` — the page, its edits and the clipboard.

* cell editors: :mod:`gui.editors.appendix_delegates` (agency completer, multi-line cells);
* the view, column widths, group spans, filter and sort: :mod:`gui.editors.appendix_view`;
* Ctrl+V pastes a block copied from Excel over the cells from the current one down (as Excel does; rows
  are added past the end), Ctrl+Shift+V as new rows; Ctrl+D / Ctrl+R fill down / right, and so does
  dragging the fill handle on the selection's corner (:mod:`gui.editors.appendix_fill`); Ctrl+C copies the
  selection as tab-separated text; Delete clears cells. What each of these does to the table is decided
  in :mod:`core.paste` (pure); this page reads the clipboard and the selection and runs the core edit.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QToolButton,
    QVBoxLayout,
)

from core.operations import OperationError
from core.paste import parse_tsv  # noqa: F401  (used by tests and tools as gui.editors.appendix.parse_tsv)
from core.text import agency_level, name_key, vn_sort_key

from ..models.appendix_model import AppendixModel
from .appendix_delegates import (  # noqa: F401  (the names this module always offered)
    KEY_ROLE,
    AgencyDelegate,
    CellEditor,
    MultiCompleter,
    TextDelegate,
    fit_popup,
    names_model,
)
from .appendix_view import AppendixTable, ColumnLayout, RowView, app_numbers  # noqa: F401
from .forms import EditorPage, _heading


def tr(s: str) -> str:
    return QCoreApplication.translate("AppendixEditor", s)


# ------------------------------------------------------------------ editor --
TASK_MODES = [("flat", "1, 2, 3… liên tục"), ("per_group", "1, 2, 3… theo từng nhóm"),
              ("dotted", "1.1, 1.2… theo nhóm")]
GROUP_STYLES = [("roman", "I, II, III"), ("upper_alpha", "A, B, C"), ("arabic", "1, 2, 3")]


class AppendixEditor(ColumnLayout, RowView, EditorPage):
    def __init__(self, doc, parent=None):
        super().__init__(doc, parent)
        self.model: AppendixModel | None = None
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.label = _heading("")
        top.addWidget(self.label)
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr("Tên phụ lục"))
        top.addWidget(self.title, 1)
        lay.addLayout(top)
        opts = QHBoxLayout()
        opts.addWidget(QLabel(tr("Đánh số nhóm:")))
        self.group_style = QComboBox()
        for k, lab in GROUP_STYLES:
            self.group_style.addItem(tr(lab), k)
        opts.addWidget(self.group_style)
        opts.addWidget(QLabel(tr("Đánh số nhiệm vụ:")))
        self.task_mode = QComboBox()
        for k, lab in TASK_MODES:
            self.task_mode.addItem(tr(lab), k)
        opts.addWidget(self.task_mode)
        opts.addWidget(QLabel(tr("Khổ in:")))
        self.orient = QComboBox()
        for k, lab in (("auto", tr("Tự động")), ("portrait", tr("Dọc")), ("landscape", tr("Ngang"))):
            self.orient.addItem(lab, k)
        self.orient.setToolTip(tr("Hướng trang của phụ lục khi xuất Word/PDF và khi in. Tự động: trang ngang khi "
                                  "bảng có từ 4 cột nội dung trở lên (ngoài cột TT) hoặc không vừa trang dọc."))
        opts.addWidget(self.orient)
        opts.addStretch(1)
        lay.addLayout(opts)
        # the row buttons on a line of their own: with the options beside them the page needed
        # 1036 px (1135 in English) and the window did not fit a 1366 px screen at 125 % scaling
        buttons = QHBoxLayout()

        def btn(text, tip, fn):
            b = QToolButton()
            b.setText(text)
            b.setToolTip(tip)
            b.setFocusPolicy(Qt.NoFocus)
            b.clicked.connect(fn)
            buttons.addWidget(b)
            return b
        btn(tr("+ Dòng"), tr("Thêm nhiệm vụ dưới dòng đang chọn (Ctrl+Enter)"), lambda: self.insert_row("task"))
        btn(tr("+ Nhóm"), tr("Thêm dòng nhóm (Ctrl+Shift+Enter)"), lambda: self.insert_row("group"))
        btn(tr("Xóa dòng"), tr("Xóa các dòng đang chọn (Ctrl+Delete)"), self.delete_rows)
        btn("↑", tr("Chuyển lên (Alt+↑)"), lambda: self.move(-1))
        btn("↓", tr("Chuyển xuống (Alt+↓)"), lambda: self.move(1))
        btn(tr("+ Cột"), tr("Thêm cột bên phải cột đang chọn"), self.add_column)
        buttons.addStretch(1)
        # a view of the table, as Excel's filter and sort: rows hidden or shown in another order on the
        # screen only — the plan's order, its numbering and its print are untouched
        buttons.addWidget(QLabel(tr("Lọc:")))
        self.filter_col = QComboBox()
        self.filter_col.setToolTip(tr("Cột để lọc"))
        # long column titles ("Chỉ số nội dung/Tiêu chí thành phần") must not widen the row of buttons
        self.filter_col.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.filter_col.setMinimumContentsLength(12)
        self.filter_col.setMaximumWidth(220)
        buttons.addWidget(self.filter_col)
        self.filter_text = QLineEdit()
        self.filter_text.setPlaceholderText(tr("gõ chữ cần tìm để chỉ hiện các dòng có chữ đó"))
        self.filter_text.setClearButtonEnabled(True)
        self.filter_text.setMinimumWidth(220)
        buttons.addWidget(self.filter_text)
        lay.addLayout(buttons)
        self.view_state = QLabel()
        self.view_state.setObjectName("table-view-state")
        self.view_state.setStyleSheet("#table-view-state { background: #fff4e5; border: 1px solid #f0b37e; "
                                      "padding: 2px 6px; }")
        self.view_state.setTextFormat(Qt.PlainText)
        self.clear_view_btn = QToolButton()
        self.clear_view_btn.setText(tr("Bỏ lọc và sắp xếp"))
        self.clear_view_btn.clicked.connect(self.clear_view)
        state_row = QHBoxLayout()
        state_row.addWidget(self.view_state, 1)
        state_row.addWidget(self.clear_view_btn)
        lay.addLayout(state_row)
        self.view_state.hide()
        self.clear_view_btn.hide()
        self.sort_by: tuple[int, bool] | None = None      # (column, ascending): the screen's order only
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)
        self._filter_timer.timeout.connect(self.apply_view)
        self.filter_text.textChanged.connect(lambda *_: self._filter_timer.start())
        self.filter_col.currentIndexChanged.connect(lambda *_: self._filter_timer.start())
        self.table = AppendixTable(self)
        lay.addWidget(self.table, 1)
        self.hint = QLabel(tr("Nhấp đúp hoặc gõ để sửa ô; Enter lưu, Shift+Enter xuống dòng trong ô; "
                              "Ctrl+V dán khối ô từ Excel (ghi đè từ ô đang chọn trở xuống), Ctrl+Shift+V dán thành dòng mới; nhấp đúp tên cột để đổi tên; kéo mép cột để đổi độ rộng "
                              "(cũng là tỉ lệ cột khi in)."))
        self.hint.setStyleSheet("color: #555;")
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)
        self.text_delegate = TextDelegate(self.table)
        self.agency_delegate = AgencyDelegate(self.agency_names, self.table)
        self.table.setItemDelegate(self.text_delegate)
        self.title.textEdited.connect(self.touched)
        self._dragged: dict[int, int] = {}
        self._fitting = False
        self._fit_px: list[int] = []
        self._drag_timer = QTimer(self)
        self._drag_timer.setSingleShot(True)
        self._drag_timer.setInterval(500)
        self._drag_timer.timeout.connect(self.commit_column_widths)
        hh = self.table.horizontalHeader()
        hh.sectionResized.connect(self._column_dragged)
        hh.setToolTip(tr("Kéo mép cột để đổi độ rộng: tỉ lệ các cột được lưu trong tệp và dùng cả khi "
                         "xuất Word/PDF (Ctrl+Z để hoàn tác)."))
        self.group_style.currentIndexChanged.connect(self._numbering_changed)
        self.task_mode.currentIndexChanged.connect(self._numbering_changed)
        self.orient.currentIndexChanged.connect(self._orientation_changed)
        self._names_cache = None

    @property
    def app(self):
        from core.operations import find_appendix
        return find_appendix(self.doc.plan, self.rid)

    def fill(self):
        plan = self.doc.plan
        if self.rid is None or not any(a.id == self.rid for a in plan.appendices):
            return
        i = next(k for k, a in enumerate(plan.appendices) if a.id == self.rid)
        app = plan.appendices[i]
        self.label.setText(plan.appendix_label(i) + ":")
        if self.title.text() != app.title:
            self.title.setText(app.title)
            self.title.setCursorPosition(0)
        styles = app.numbering.get("groups") or ["roman"]
        self.group_style.setCurrentIndex(max(0, self.group_style.findData(styles[0])))
        self.task_mode.setCurrentIndex(max(0, self.task_mode.findData(app.numbering.get("tasks", "flat"))))
        self.orient.setCurrentIndex(self.orient.findData(
            "auto" if app.landscape is None else ("landscape" if app.landscape else "portrait")))
        if self.model is None or self.model.aid != self.rid:
            self.model = AppendixModel(self.doc, self.rid, self)
            self.table.setModel(self.model)
            self._names_cache = None
            m = self.model
            for sig in (m.modelReset, m.rowsInserted, m.rowsRemoved, m.rowsMoved, m.layoutChanged,
                        m.columnsInserted, m.columnsRemoved, m.columnsMoved):
                sig.connect(lambda *a: self.update_spans())
            m.dataChanged.connect(self._spans_data_changed)
            for sig in (m.modelReset, m.rowsInserted, m.rowsRemoved, m.rowsMoved):
                sig.connect(lambda *a: self.apply_view())
            self.sort_by = None
            self.filter_text.blockSignals(True)
            self.filter_text.clear()
            self.filter_text.blockSignals(False)
            self.update_spans()
            self.setup_columns()
            self.apply_view()
        else:
            self._reset_keep_current(keep_selection=True)   # e.g. the title just saved: rows unchanged

    def setup_columns(self):
        app = self.app
        for c, col in enumerate(app.columns):
            self.table.setItemDelegateForColumn(
                c, self.agency_delegate if col.key in ("lead", "support") else self.text_delegate)
        for c in range(len(app.columns), self.model.columnCount() + 5):
            self.table.setItemDelegateForColumn(c, self.text_delegate)
        self.fit_columns()
        self.table.schedule_fit()

    # ----------------------------------------------------- agency names --
    def suggestion_actions(self, menu, idx) -> int:
        """"Dùng tên trong danh mục: …" for each agency of the cell at *idx* that the directory holds
        under another name — the clerk chooses; nothing is changed by itself."""
        if self.model is None or not idx.isValid():
            return 0
        app = self.app
        col = app.columns[idx.column()]
        row = app.rows[idx.row()]
        if col.key not in ("lead", "support"):
            return 0
        n = 0
        for name, sug in self.model.suggestions(row, col.key):
            if not n:
                menu.addSeparator()
            for x in sug:
                menu.addAction(tr("Dùng tên trong danh mục: «%1» thay cho «%2»").replace("%1", x).replace("%2", name),
                               lambda r=row.id, c=col.id, a=name, b=x: self.use_directory_name(r, c, a, b))
                n += 1
        return n

    def use_directory_name(self, rid: str, cid: str, name: str, new: str) -> None:
        """Write *new* (a directory name) in place of *name* in one agency cell: one undo step."""
        row = next(r for r in self.app.rows if r.id == rid)
        text = row.cells.get(cid, "")
        if name in text:
            text = text.replace(name, new, 1)
        else:
            from core.text import split_agencies
            names, _ = split_agencies(text)
            text = "; ".join(new if x == name else x for x in names)
        self.doc.set_cell(self.rid, rid, cid, text)

    def agency_names(self) -> list[str]:
        if self._names_cache is None:
            plan = self.doc.plan
            # one name per core.text.name_key ("Uỷ ban MTTQ xã" and "Ủy ban MTTQ xã" are one agency):
            # the directory's spelling first, then the first met in the table
            seen: dict[str, str] = {}
            for n in [a.name for a in plan.agencies if a.name]:
                seen.setdefault(name_key(n), n)
            for a in plan.appendices:
                for r in a.rows:
                    for n in r.lead + r.support:
                        if n:
                            seen.setdefault(name_key(n), n)
            names = set(seen.values())
            # the plan's own level first (a commune plan offers "Phòng Kinh tế" before
            # "Ban Quản lý khu kinh tế tỉnh"), then the rest, each alphabetically
            level = {a.name: a.level for a in plan.agencies if a.name}
            own = agency_level(plan.meta.agency)
            self._names_cache = sorted((n for n in names if n and len(n) < 120),
                                       key=lambda n: (0 if own and level.get(n, own) == own else 1, vn_sort_key(n)))
        return self._names_cache

    def on_changed(self, tags):
        if self.model is None:
            return
        for t in tags:
            if t[0] == "rowdata" and t[1] == self.rid:
                cur = self.table.currentIndex()
                idx = self.model.rows_changed(t[2], cells_only=len(t) > 3,
                                              hints=[cur.row()] if cur.isValid() else [])
                self._names_cache = None
                top, bottom = self.table.rowAt(0), self.table.rowAt(self.table.viewport().height() - 1)
                for i in idx:
                    if top <= i and (bottom < 0 or i <= bottom + 1):
                        self.table.resizeRowToContents(i)
            elif t[0] in ("rows", "columns") and t[1] == self.rid:
                self._reset_keep_current()
            elif t[0] == "appendices":
                if any(a.id == self.rid for a in self.doc.plan.appendices):
                    self.load(self.rid)
            elif t[0] in ("tracking", "meta"):
                self.model.deadlines_changed()   # deadline icons: done / overdue / event dates

    def _reset_keep_current(self, keep_selection: bool = False):
        """Reset the model, keeping the current cell (by row id) — and with *keep_selection*
        (only when the rows did not change: the view's positions still name the same rows)
        the selected cells."""
        cur = self.table.currentIndex()
        rid = None
        app = self.app
        sel = []
        if keep_selection and self.model.rowCount() == len(app.rows):
            # (a row count that changed means the view's positions no longer name the same rows:
            # the selection is not carried over rather than put on rows the clerk never chose)
            rows = app.rows
            sel = [(rows[i.row()].id, i.column()) for i in self.table.selectionModel().selectedIndexes()
                   if i.row() < len(rows)]
        if cur.isValid() and cur.row() < len(app.rows):
            rid = app.rows[cur.row()].id
        col = cur.column() if cur.isValid() else 1
        self.model.reset()
        self.setup_columns()
        if rid is not None:
            self.select_row(rid, col)
        if sel and len(sel) < 5000:
            sm = self.table.selectionModel()
            where = {r.id: i for i, r in enumerate(self.app.rows)}
            for r, c in sel:
                i = where.get(r, -1)
                if i >= 0 and c < self.model.columnCount():
                    sm.select(self.model.index(i, c), QItemSelectionModel.Select)

    def select_row(self, rid, col=1, edit=False):
        r = self.model.row_of(rid)
        if r < 0:
            return
        col = max(0, min(col, self.model.columnCount() - 1))
        idx = self.model.index(r, col)
        self.table.setCurrentIndex(idx)
        self.table.scrollTo(idx)
        if edit:
            self.table.edit(idx)

    # --------------------------------------------------------------- edits --
    def commit_open_cell(self) -> bool:
        """Save and close the cell being edited (as Enter does): closing the window,
        export, Ctrl+S… must not lose it — nor commit it later to a closed file."""
        t = self.table
        if self.model is None or t.state() != QAbstractItemView.EditingState:
            return False
        ed = t.indexWidget(t.currentIndex()) if t.currentIndex().isValid() else None
        if ed is None:   # the editor of another cell (the current index moved while editing)
            fw = QApplication.focusWidget()
            ed = next((w for w in (fw, fw.parentWidget() if fw else None)
                       if w is not None and w.parentWidget() is t.viewport()), None)
        if ed is None:
            return False
        t.commitData(ed)
        t.closeEditor(ed, QStyledItemDelegate.EndEditHint.NoHint)
        return True

    def commit(self):
        if self._dragged:
            self.commit_column_widths()
        app = self.app
        if self.title.text() != app.title:
            self.doc.set_appendix(self.rid, title=self.title.text())

    def _numbering_changed(self):
        if self._loading or self.rid is None:
            return
        app = self.app
        groups = list(app.numbering.get("groups") or ["roman"])
        groups[0] = self.group_style.currentData()
        num = dict(app.numbering, groups=groups, tasks=self.task_mode.currentData())
        if num != app.numbering:
            self.doc.set_appendix(self.rid, numbering=num)

    def _orientation_changed(self):
        if self._loading or self.rid is None:
            return
        want = {"auto": None, "portrait": False, "landscape": True}[self.orient.currentData()]
        if want != self.app.landscape:
            self.doc.set_appendix(self.rid, landscape=want)

    def selected_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return rows

    def first_text_column(self) -> int:
        from core.paste import first_text_column
        return first_text_column(self.app)

    def insert_row(self, kind="task"):
        rows = self.selected_rows()
        index = (rows[-1] + 1) if rows else len(self.app.rows)
        level = 0
        if kind == "group" and rows:
            r = self.app.rows[rows[-1]]
            level = r.level if r.kind == "group" else 0
        made = self.doc.insert_rows(self.rid, index, [{"kind": kind, "level": level}])
        self.select_row(made[0].id, self.first_text_column())

    def delete_rows(self):
        rows = self.selected_rows()
        if not rows:
            return
        app = self.app
        self.doc.delete_rows(self.rid, [app.rows[r].id for r in rows])

    def move(self, delta):
        rows = self.selected_rows()
        if not rows:
            return
        app = self.app
        rids = [app.rows[r].id for r in rows]
        col = self.table.currentIndex().column()
        if delta < 0:
            if rows[0] == 0:
                raise OperationError(tr("Không thể di chuyển thêm."))
            target = rows[0] - 1
        else:
            if rows[-1] >= len(app.rows) - 1:
                raise OperationError(tr("Không thể di chuyển thêm."))
            target = rows[-1] + 2
        self.doc.move_rows(self.rid, rids, target)
        sel = self.table.selectionModel()
        sel.clearSelection()
        for rid in rids:
            r = self.model.row_of(rid)
            sel.select(self.model.index(r, max(col, 0)), QItemSelectionModel.Select)
        self.table.setCurrentIndex(self.model.index(self.model.row_of(rids[0]), max(col, 0)))

    def change_level(self, delta):
        rows = self.selected_rows()
        app = self.app
        groups = [app.rows[r] for r in rows if app.rows[r].kind == "group"]
        if not groups:
            tasks = [app.rows[r] for r in rows]
            if not tasks:
                return
            # for a task: indent = continue the row above (no own number); outdent = own number
            self.doc.set_rows(self.rid, [r.id for r in tasks], continues=delta > 0)
            return
        lvl = max(0, min(7, groups[0].level + delta))
        if lvl == groups[0].level:
            raise OperationError(tr("Không thể đổi cấp thêm."))
        self.doc.set_rows(self.rid, [g.id for g in groups], level=lvl)

    def toggle_group(self):
        rows = self.selected_rows()
        if not rows:
            return
        app = self.app
        kind = "task" if app.rows[rows[0]].kind == "group" else "group"
        self.doc.set_rows(self.rid, [app.rows[r].id for r in rows], kind=kind)

    def clear_cells(self):
        """Delete: the selected cells emptied, one undo step (core.paste.clear_changes)."""
        from core.paste import clear_changes
        changes = clear_changes(self.app, [(i.row(), i.column())
                                           for i in self.table.selectionModel().selectedIndexes()])
        if changes:
            self.doc.set_cells(self.rid, changes)

    def fill_cells(self, down: bool = True) -> None:
        """Ctrl+D (fill down) / Ctrl+R (fill right), as in Excel, in the screen's order (a sorted or
        filtered view): which cells take which text is core.paste.fill_changes. One undo step."""
        if self.model is None:
            return
        from core.paste import fill_changes
        sel = self.table.selectionModel().selectedIndexes()
        if not sel and self.table.currentIndex().isValid():
            sel = [self.table.currentIndex()]
        vh = self.table.verticalHeader()
        n = self.model.rowCount()
        order = [vh.logicalIndex(v) for v in range(n)]
        hidden = {r for r in range(n) if self.table.isRowHidden(r)}
        changes = fill_changes(self.app, [(i.row(), i.column()) for i in sel], down, order, hidden)
        if changes:
            self.doc.set_cells(self.rid, changes)

    def fill_by_handle(self, rows: list[int], cols: list[int], targets: list[int], down: bool = True) -> None:
        """Excel's fill handle (gui/editors/appendix_fill.py) released: the selection — *rows* (shown, in
        the screen's order) × *cols* — copied into the rows (*down*) or columns *targets* it was dragged
        over; which cells take which text is core.paste.extend_changes. One undo step; the selection
        grows over the filled range, as in Excel."""
        if self.model is None or not rows or not cols or not targets:
            return
        from core.paste import extend_changes
        changes = extend_changes(self.app, rows, cols, targets, down)
        if changes:
            self.doc.set_cells(self.rid, changes)
        all_rows = rows + targets if down else rows
        c0, c1 = cols[0], (targets[-1] if not down else cols[-1])
        n, m = self.model.rowCount(), self.model.columnCount()
        sel = QItemSelection()
        run: list[int] = []
        for r in sorted(r for r in all_rows if 0 <= r < n) + [-2]:      # contiguous rows, one range each
            if run and r != run[-1] + 1:
                sel.select(self.model.index(run[0], c0), self.model.index(run[-1], min(c1, m - 1)))
                run = []
            run.append(r)
        if not sel.isEmpty():
            self.table.selectionModel().select(sel, QItemSelectionModel.ClearAndSelect)
        sb = getattr(self.window(), "statusBar", None)
        if sb is not None and changes:
            sb().showMessage(tr("Đã chép vùng chọn vào %1 ô — Ctrl+Z để hoàn tác.").replace("%1", str(len(changes))),
                             8000)

    # ------------------------------------------------------- clipboard ---
    def copy(self):
        """Ctrl+C: the selected cells as tab-separated text (what the table shows: TT as numbered;
        core.paste.block_text). Read from the selection's ranges and the plan's rows, not cell by cell
        through the model: a select-all of 10,000 rows took 3.4 s (70,000 model indexes), with a busy
        cursor meanwhile."""
        ranges = self.table.selectionModel().selection()
        if ranges.isEmpty():
            return
        from core.paste import block_text
        rows, cols = set(), set()
        for rg in ranges:
            rows.update(range(rg.top(), rg.bottom() + 1))
            cols.update(range(rg.left(), rg.right() + 1))
        app = self.app
        cols = sorted(c for c in cols if c < len(app.columns))
        rows = sorted(r for r in rows if r < len(app.rows))
        if len(rows) > 500:
            QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            QApplication.clipboard().setText(block_text(app, rows, cols, self.model.numbers()))
        finally:
            if len(rows) > 500:
                QApplication.restoreOverrideCursor()

    def paste(self, text: str | None = None, as_new_rows: bool = False):
        """Ctrl+V: a block copied from Excel fills the cells from the current one
        rightwards and downwards, overwriting them as Excel does; rows are added only past
        the end of the table.  Ctrl+Shift+V (*as_new_rows*): the block becomes new rows
        below the current one.  A Roman numeral or a capital letter in the TT column makes
        a group row, a number a task (core.paste.paste_plan decides all that).  One undo step either way."""
        if text is None:
            text = QApplication.clipboard().text()
        from core.paste import paste_plan
        cur = self.table.currentIndex()
        plan = paste_plan(self.app, text, cur.row() if cur.isValid() else None,
                          cur.column() if cur.isValid() else None, as_new_rows)
        if plan is None:
            return
        overwrite, c0 = plan.overwrite, plan.column
        ids = [rid for rid, _, _ in overwrite]
        made = self.doc.paste_rows(self.rid, *plan.args())
        ids += [r.id for r in made]
        # the pasted block is selected, as in Excel
        width = plan.width
        sm = self.table.selectionModel()
        first = self.model.row_of(ids[0]) if ids else -1
        if first < 0:
            return
        c1 = min(c0 + width, self.model.columnCount()) - 1
        self.table.setCurrentIndex(self.model.index(first, c0))
        from PySide6.QtCore import QItemSelection
        sm.select(QItemSelection(self.model.index(first, c0), self.model.index(first + len(ids) - 1, c1)),
                  QItemSelectionModel.ClearAndSelect)
        sb = getattr(self.window(), "statusBar", None)
        if sb is not None:
            msg = tr("Đã dán %1 dòng").replace("%1", str(len(ids)))
            if made and overwrite:
                msg += tr(" (thêm %1 dòng mới ở cuối bảng)").replace("%1", str(len(made)))
            pasted = set(ids)
            unknown = sum(len(self.model.suggestions(r, k)) for r in self.app.rows if r.id in pasted
                          for k in ("lead", "support"))
            if unknown:
                msg += tr("; %1 tên cơ quan khác tên trong danh mục (xem gợi ý ở ô, chuột phải để dùng)") \
                    .replace("%1", str(unknown))
            sb().showMessage(msg + tr(" — Ctrl+Z để hoàn tác."), 8000)

