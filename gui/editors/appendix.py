"""The appendix editor: a QTableView over :class:`AppendixModel` with delegates.

* agency cells (lead / support) complete from the file's agency directory,
  several agencies separated by ";" (the completer works on the last one);
* other cells edit in a small multi-line editor (Enter saves, Shift+Enter
  makes a new line inside the cell);
* Ctrl+V pastes a block copied from Excel over the cells from the current one
  down (as Excel does; rows are added past the end), Ctrl+Shift+V as new rows;
  Ctrl+C copies the selection as tab-separated text; Delete clears cells;
* only the rows on screen are measured for height, so 10,000 rows open fast.
"""
from __future__ import annotations

import csv
import io

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
)

from core.numbering import from_roman
from core.operations import OperationError
from core.text import agency_level, name_key, search_key, vn_sort_key

from ..models.appendix_model import AppendixModel
from .forms import EditorPage, _heading


def tr(s: str) -> str:
    return QCoreApplication.translate("AppendixEditor", s)


# --------------------------------------------------------------- delegates --
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


# ------------------------------------------------------------------ table --
class AppendixTable(QTableView):
    def __init__(self, editor, parent=None):
        super().__init__(parent)
        self.editor = editor
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


# ------------------------------------------------------------------ editor --
TASK_MODES = [("flat", "1, 2, 3… liên tục"), ("per_group", "1, 2, 3… theo từng nhóm"),
              ("dotted", "1.1, 1.2… theo nhóm")]
GROUP_STYLES = [("roman", "I, II, III"), ("upper_alpha", "A, B, C"), ("arabic", "1, 2, 3")]


class AppendixEditor(EditorPage):
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

    # ------------------------------------------------------------ showing --
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
        for i, c in enumerate(self.app.columns):
            if c.key not in ("tt",):
                return i
        return 0

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
        app = self.app
        changes = []
        for i in self.table.selectionModel().selectedIndexes():
            col = app.columns[i.column()]
            row = app.rows[i.row()]
            if col.key != "tt" and row.cells.get(col.id):
                changes.append((row.id, col.id, ""))
        if changes:
            self.doc.set_cells(self.rid, changes)

    # ------------------------------------------------------------ columns --
    # ------------------------------------------------------ filter and sort --
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

    def fill_cells(self, down: bool = True) -> None:
        """Ctrl+D (fill down) / Ctrl+R (fill right), as in Excel: the first selected cell of each column
        (row) is copied into the other selected cells of that column (row); with one cell selected, the
        cell above (left) is copied into it. One undo step. The TT column is left alone."""
        if self.model is None:
            return
        app = self.app
        sel = self.table.selectionModel().selectedIndexes()
        if not sel and self.table.currentIndex().isValid():
            sel = [self.table.currentIndex()]
        vh = self.table.verticalHeader()
        changes = []
        if down:
            by_col: dict[int, list[int]] = {}
            for i in sel:
                by_col.setdefault(i.column(), []).append(i.row())
            for c, rws in by_col.items():
                if app.columns[c].key == "tt":
                    continue
                rws = sorted(set(rws), key=vh.visualIndex)          # the screen's order (sorted view)
                if len(rws) == 1:
                    above = [r for r in self.visible_rows() if vh.visualIndex(r) < vh.visualIndex(rws[0])]
                    if not above:
                        continue
                    rws = [above[-1]] + rws
                src = app.rows[rws[0]].cells.get(app.columns[c].id, "")
                for r in rws[1:]:
                    if app.rows[r].cells.get(app.columns[c].id, "") != src:
                        changes.append((app.rows[r].id, app.columns[c].id, src))
        else:
            by_row: dict[int, list[int]] = {}
            for i in sel:
                by_row.setdefault(i.row(), []).append(i.column())
            for r, cs in by_row.items():
                cs = sorted(c for c in set(cs) if app.columns[c].key != "tt")
                if len(cs) == 1:
                    left = [c for c in range(cs[0]) if app.columns[c].key != "tt"]
                    if not left:
                        continue
                    cs = [left[-1]] + cs
                if not cs:
                    continue
                src = app.rows[r].cells.get(app.columns[cs[0]].id, "")
                for c in cs[1:]:
                    if app.rows[r].cells.get(app.columns[c].id, "") != src:
                        changes.append((app.rows[r].id, app.columns[c].id, src))
        if changes:
            self.doc.set_cells(self.rid, changes)

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

    # ------------------------------------------------------- clipboard ---
    def copy(self):
        """Ctrl+C: the selected cells as tab-separated text (what the table shows: TT as numbered).
        Read from the selection's ranges and the plan's rows, not cell by cell through the model: a
        select-all of 10,000 rows took 3.4 s (70,000 model indexes), with a busy cursor meanwhile."""
        ranges = self.table.selectionModel().selection()
        if ranges.isEmpty():
            return
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
            numbers = self.model.numbers()
            columns = [app.columns[c] for c in cols]
            buf = io.StringIO()
            w = csv.writer(buf, delimiter="\t", lineterminator="\n")
            for r in rows:
                row = app.rows[r]
                w.writerow([(numbers.get(row.id, "") if c.key == "tt" else row.cells.get(c.id, "")) or ""
                            for c in columns])
            QApplication.clipboard().setText(buf.getvalue())
        finally:
            if len(rows) > 500:
                QApplication.restoreOverrideCursor()

    def paste(self, text: str | None = None, as_new_rows: bool = False):
        """Ctrl+V: a block copied from Excel fills the cells from the current one
        rightwards and downwards, overwriting them as Excel does; rows are added only past
        the end of the table.  Ctrl+Shift+V (*as_new_rows*): the block becomes new rows
        below the current one.  A Roman numeral or a capital letter in the TT column makes
        a group row, a number a task.  One undo step either way."""
        if text is None:
            text = QApplication.clipboard().text()
        if not text:
            return
        from core.legacy_encodings import convert_detected
        text = convert_detected(text)[0]      # a table typed in TCVN3 / VNI (Excel with .VnTime) comes in as Unicode
        block = parse_tsv(text)
        cur0 = self.table.currentIndex()
        if as_new_rows or not cur0.isValid():
            block = [r for r in block if any(c.strip() for c in r)]     # no empty new rows
        if not block:
            return
        app = self.app
        cur = self.table.currentIndex()
        c0 = cur.column() if cur.isValid() else self.first_text_column()

        def parsed(vals):
            cells, kind = {}, None
            for k, v in enumerate(vals):
                ci = c0 + k
                if ci >= len(app.columns):
                    break
                col = app.columns[ci]
                if col.key == "tt":
                    t = v.strip().rstrip(".")
                    if t:
                        kind = "group" if (from_roman(t) or (len(t) == 1 and t.isalpha() and t.isupper())) \
                            else "task"
                    continue
                cells[col.id] = v
            return cells, kind

        if as_new_rows or not cur.isValid():
            start = (cur.row() + 1) if cur.isValid() else len(app.rows)
            overwrite, rest = [], block
        else:
            start = cur.row()
            n = min(len(block), len(app.rows) - start)
            overwrite = []
            for row, vals in zip(app.rows[start:start + n], block[:n]):
                cells, kind = parsed(vals)
                overwrite.append((row.id, cells, kind))
            rest = block[n:]
        new = []
        for vals in rest:
            cells, kind = parsed(vals)
            new.append({"kind": kind or "task", "cells": {k: v for k, v in cells.items() if v}})
        if not new and not any(cells for _, cells, _ in overwrite) and not any(k for _, _, k in overwrite):
            return
        ids = [rid for rid, _, _ in overwrite]
        made = self.doc.paste_rows(self.rid, start, overwrite, new)
        ids += [r.id for r in made]
        # the pasted block is selected, as in Excel
        width = max(len(v) for v in block)
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


def app_numbers(app) -> dict:
    from core.model import Plan
    return Plan.row_numbers(app)


def parse_tsv(text: str) -> list[list[str]]:
    """Excel's clipboard: tab-separated, cells with line breaks in quotes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if "\t" not in text and "\n" not in text:
        return [[text]]
    rows = [[c.strip() for c in r] for r in csv.reader(io.StringIO(text), delimiter="\t", quotechar='"')]
    # an empty cell inside a copied column is a row too (pasted over rows, it clears its cell, as in
    # Excel); only empty rows at the ends are dropped
    while rows and not any(rows[0]):
        rows.pop(0)
    while rows and not any(rows[-1]):
        rows.pop()
    return [r if r else [""] for r in rows]

