"""File → Merge: merge a copy received from another office, then let the
clerk settle each conflict (mine / theirs / own wording).

Thin layer over :mod:`core.merge`:

* :func:`run_merge_dialog` (called by the main window) asks for the other
  copy (``.sqlite`` or ``.zip``), makes a backup of the open plan, merges
  into the open file (the merged file's content replaces it in one
  transaction), re-opens the plan (the merge result carries both files'
  histories, which no edit of the open plan could write), then shows
  :class:`MergeDialog` when there are conflicts.
* :class:`MergeDialog` lists the pending conflicts of an open plan; each row
  has a choice (keep mine / take theirs / edit — keep / delete for a record
  deleted on one side); the lower pane shows both values in full and the
  edit box.  "Áp dụng" runs the choices as ONE undoable edit of the open
  Document (:func:`core.edits.resolve_conflicts` through ``Document.apply``):
  no reopen, the undo history is kept, Ctrl+Z brings the conflicts back.
"""
from __future__ import annotations

import dataclasses
import os
import tempfile

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import merge as core_merge
from core.errors import PlanError
from core.fileio import unlink_quiet

from ..i18n import error_text

MINE, THEIRS, EDIT = "mine", "theirs", "edit"


def _short(s: str, n: int = 80) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


class MergeDialog(QDialog):
    """The conflict list of an open plan (a Document: the choices are one undoable edit; or a bare
    PlanStore no window shows: the same edit, written with ``store.sync``)."""

    resolved = Signal(set)   # ids of the records written

    def __init__(self, doc, parent=None, report: dict | None = None):
        super().__init__(parent)
        self.doc = doc if hasattr(doc, "apply") else None
        self.store = getattr(doc, "store", doc)
        self.setWindowTitle(self.tr("Gộp bản sao — xử lý xung đột"))
        self.resize(1000, 620)
        self.conflicts = core_merge.pending_conflicts(self._source())
        self.report = report if report is not None else core_merge.merge_report(self.store)
        self.edits: dict[str, str] = {}
        self.touched: set[str] = set()

        lay = QVBoxLayout(self)
        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)

        split = QSplitter(Qt.Vertical)
        self.table = QTableWidget(len(self.conflicts), 5)
        self.table.setHorizontalHeaderLabels([self.tr("Vị trí"), self.tr("Nội dung"), self.tr("Bản của mình"),
                                              self.tr("Bản nhận về"), self.tr("Chọn")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        hh = self.table.horizontalHeader()
        for i, mode in enumerate([QHeaderView.Interactive, QHeaderView.ResizeToContents, QHeaderView.Stretch,
                                  QHeaderView.Stretch, QHeaderView.ResizeToContents]):
            hh.setSectionResizeMode(i, mode)
        self.table.setColumnWidth(0, 260)
        self.combos: list[QComboBox] = []
        for i, c in enumerate(self.conflicts):
            self.table.setItem(i, 0, QTableWidgetItem(c.get("where") or ""))
            self.table.setItem(i, 1, QTableWidgetItem(c.get("what") or ""))
            self.table.setItem(i, 2, QTableWidgetItem(_short(core_merge.value_text(c, "mine"))))
            self.table.setItem(i, 3, QTableWidgetItem(_short(core_merge.value_text(c, "theirs"))))
            combo = QComboBox()
            # nothing is chosen for the clerk: a row left at "Chưa chọn" stays in the list after
            # "Áp dụng" (deciding one row does not settle the others as "mine")
            combo.addItem(self.tr("— Chưa chọn —"), None)
            if c.get("kind") == "delete":
                combo.addItem(self.tr("Giữ lại"), "keep")
                combo.addItem(self.tr("Xóa"), "delete")
            else:
                combo.addItem(self.tr("Giữ bản của mình"), MINE)
                combo.addItem(self.tr("Lấy bản nhận về"), THEIRS)
                if core_merge.editable(c):
                    combo.addItem(self.tr("Tự sửa…"), EDIT)
            combo.currentIndexChanged.connect(lambda _=0, row=i: self._choice_changed(row))
            self.table.setCellWidget(i, 4, combo)
            self.combos.append(combo)
        split.addWidget(self.table)

        detail = QWidget()
        dl = QHBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        self.mine_view = QPlainTextEdit()
        self.mine_view.setReadOnly(True)
        self.theirs_view = QPlainTextEdit()
        self.theirs_view.setReadOnly(True)
        self.edit_box = QPlainTextEdit()
        self.edit_box.setPlaceholderText(self.tr("Chọn “Tự sửa…” để nhập nội dung thống nhất"))
        self.edit_box.textChanged.connect(self._edit_changed)
        for title, w in ((self.tr("Bản của mình"), self.mine_view), (self.tr("Bản nhận về"), self.theirs_view),
                         (self.tr("Nội dung thống nhất"), self.edit_box)):
            box = QVBoxLayout()
            box.addWidget(QLabel(title))
            box.addWidget(w)
            dl.addLayout(box)
        split.addWidget(detail)
        lay.addWidget(split, 1)

        bb = QDialogButtonBox()
        self.apply_button = bb.addButton(self.tr("Áp dụng"), QDialogButtonBox.AcceptRole)
        self.all_mine = bb.addButton(self.tr("Tất cả: bản của mình"), QDialogButtonBox.ActionRole)
        self.all_theirs = bb.addButton(self.tr("Tất cả: bản nhận về"), QDialogButtonBox.ActionRole)
        close = bb.addButton(self.tr("Để sau"), QDialogButtonBox.RejectRole)
        self.all_mine.clicked.connect(lambda: self.choose_all(MINE))
        self.all_theirs.clicked.connect(lambda: self.choose_all(THEIRS))
        self.apply_button.clicked.connect(self.apply)
        close.clicked.connect(self.reject)
        lay.addWidget(bb)
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        if self.conflicts:
            self.table.selectRow(0)
            self._show(0)
        else:
            self.apply_button.setEnabled(False)

    def _source(self):
        """Where the conflict list is read: the open Document's plan, else the file."""
        return self.doc.plan if self.doc is not None else self.store

    # ------------------------------------------------------------ display --
    def _summary_text(self) -> str:
        c = self.report.get("counts") or {}
        theirs = (self.report.get("theirs") or {}).get("file", "")
        head = self.tr("Đã gộp bản “%1”: %2 thay đổi lấy từ bản nhận về, %3 dòng/mục thêm, %4 xóa, %5 kết hợp hai bên.")
        for k, v in (("%1", theirs), ("%2", c.get("from_theirs", 0)),
                     ("%3", c.get("added_theirs", 0) + c.get("added_mine", 0)),
                     ("%4", c.get("deleted_theirs", 0) + c.get("deleted_mine", 0)), ("%5", c.get("combined", 0))):
            head = head.replace(k, str(v))
        if self.conflicts:
            tail = self.tr("Còn %1 xung đột: cùng một chỗ được sửa khác nhau ở hai nơi. Hãy chọn cho từng dòng rồi bấm "
                           "“Áp dụng”; dòng chưa chọn được giữ lại để xử lý sau.").replace("%1", str(len(self.conflicts)))
        else:
            tail = self.tr("Không có xung đột.")
        return head + "\n" + tail

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.conflicts):
            return
        c = self.conflicts[row]
        self.mine_view.setPlainText(core_merge.value_text(c, "mine"))
        self.theirs_view.setPlainText(core_merge.value_text(c, "theirs"))
        is_edit = self.combos[row].currentData() == EDIT
        self.edit_box.blockSignals(True)
        self.edit_box.setPlainText(self.edits.get(c["id"], core_merge.value_text(c, "mine")) if is_edit else "")
        self.edit_box.blockSignals(False)
        self.edit_box.setEnabled(is_edit)

    def _choice_changed(self, row: int) -> None:
        if self.table.currentRow() != row:
            self.table.selectRow(row)
        self._show(row)

    def _edit_changed(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.conflicts) and self.combos[row].currentData() == EDIT:
            self.edits[self.conflicts[row]["id"]] = self.edit_box.toPlainText()

    # ------------------------------------------------------------ choices --
    def set_choice(self, row: int, choice: str, text: str | None = None) -> None:
        """Pick for one row ('mine' | 'theirs' | 'edit' | 'keep' | 'delete')."""
        combo = self.combos[row]
        c = self.conflicts[row]
        if c.get("kind") == "delete" and choice in (MINE, THEIRS):
            choice = "delete" if c.get("deleted_in") == choice else "keep"
        i = combo.findData(choice)
        if i < 0:
            raise ValueError(choice)
        combo.setCurrentIndex(i)
        if choice == EDIT and text is not None:
            self.edits[c["id"]] = text
            self._show(row)

    def choose_all(self, side: str) -> None:
        for row in range(len(self.conflicts)):
            self.set_choice(row, side)

    def apply(self) -> None:
        """Apply every choice as one undoable edit (core.edits.resolve_conflicts); a refused one is
        reported and the rest applied."""
        errors = []
        choices = []
        where = {c["id"]: c.get("where") for c in self.conflicts}
        for row, c in enumerate(self.conflicts):
            choice = self.combos[row].currentData()
            if choice is None:
                continue                      # not chosen yet: stays pending
            try:
                value = None
                if choice == EDIT:
                    value = core_merge.value_from_text(c, self.edits.get(c["id"], core_merge.value_text(c, "mine")))
                choices.append((c["id"], choice, value))
            except PlanError as e:
                errors.append(f"{c.get('where')}: {error_text(e)}")
        refused = 0
        if choices:
            try:
                res = self._resolve(choices)
                self.touched |= res.touched
                refused = len(res.errors)
                errors += [f"{where.get(cid)}: {error_text(e)}" for cid, e in res.errors]
            except PlanError as e:           # every choice refused: nothing changed
                refused = len(choices)
                errors.append(error_text(e))
        self.resolved.emit(set(self.touched))
        n = len(choices) - refused
        left = len(core_merge.pending_conflicts(self._source()))
        self.done_text = self.tr("Đã áp dụng %1 lựa chọn.").replace("%1", str(n)) + " " + (
            self.tr("Còn %1 xung đột chờ xử lý: Tệp → Xung đột gộp còn chờ xử lý…").replace("%1", str(left)) if left
            else self.tr("Không còn xung đột nào."))
        if errors:
            QMessageBox.warning(self, self.windowTitle(), "\n".join(errors))
        self.accept()


    def _resolve(self, choices):
        """The choices as one edit: of the open Document (undoable), else of the bare file."""
        if self.doc is not None:
            return self.doc.resolve_conflicts(choices)
        from core import edits
        plan = self.store.load()
        ch = edits.resolve_conflicts(plan, choices)
        self.store.sync(plan, ch.ids)
        return ch.result


# ------------------------------------------------------------- File → Merge --
def merge_summary_lines(res, path: str, limit: int = 15) -> list[str]:
    """The merge report for the clerk, in the interface language: it names the
    open plan (the merge was written into it), not the temporary file the
    merge was built in."""
    from ..i18n import current_language
    shown = dataclasses.replace(res, out=os.path.basename(path)) if dataclasses.is_dataclass(res) else res
    return core_merge.report_lines(shown, current_language(), limit)


def run_merge_dialog(window, doc) -> bool:
    """Merge another office's copy into the open plan; True when merged."""
    if doc is None:
        return False
    src, _ = QFileDialog.getOpenFileName(window, window.tr("Chọn bản sao nhận từ nơi khác để gộp"),
                                         os.path.dirname(doc.path),
                                         window.tr("Tệp kế hoạch (*.sqlite *.zip)"))
    if not src:
        return False
    return merge_into_document(window, doc, src)


def merge_into_document(window, doc, src: str, interactive: bool = True) -> bool:
    from core import sharing
    from core.session import make_backup
    store = doc.store
    folder = os.path.dirname(store.path)
    tmp = None
    try:
        make_backup(store, doc.path)              # the plan as it was, in the backups folder
        fd, tmp = tempfile.mkstemp(prefix=".tmp-merge-out-", suffix=".sqlite", dir=folder)
        os.close(fd)
        with sharing.received_path(src) as theirs:
            res = core_merge.merge_files(store.path, theirs, tmp, overwrite=True)
        if isinstance(res.report.get("theirs"), dict):
            # the file the clerk chose (a .zip is read through a temporary copy named after it)
            res.report["theirs"]["file"] = os.path.basename(src)
        core_merge.apply_merged(store, tmp)
    except PlanError as e:
        QMessageBox.warning(window, window.tr("Gộp bản sao"), error_text(e))
        return False
    finally:
        if tmp:
            for p in (tmp, tmp + "-journal"):
                unlink_quiet(p)
    # the file now holds the merge result (with both copies' histories): the plan is read again
    path = doc.path
    if hasattr(window, "close_document") and hasattr(window, "open_path"):
        window.close_document()
        window.open_path(path)
        doc = getattr(window, "doc", None)       # None: the reopen failed (and said why)
    else:
        doc = store
    done = ""
    if interactive and res.conflicts and doc is not None:
        dlg = MergeDialog(doc, window, res.report)   # the choices: undoable edits of the reopened plan
        dlg.exec()
        done = getattr(dlg, "done_text", "")
    elif interactive:
        # first the file the clerk chose, then what the merge did
        head = window.tr("Đã gộp bản “%1” vào kế hoạch đang mở.").replace("%1", os.path.basename(src))
        QMessageBox.information(window, window.tr("Gộp bản sao"),
                                "\n".join([head] + merge_summary_lines(res, path)))
    _confirm_applied(window, done)
    return True


def _confirm_applied(window, text: str) -> None:
    """After "Áp dụng": what was written and what is left, in the status bar and a message."""
    if not text:
        return
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(text, 15000)
    QMessageBox.information(window, window.tr("Gộp bản sao"), text)


def run_pending_conflicts(window, doc) -> bool:
    """File → Xung đột gộp còn chờ…: the conflict list of the open plan, without merging
    anything (the conflicts left with "Để sau" travel with the file)."""
    if not core_merge.pending_conflicts(doc.plan):
        QMessageBox.information(window, window.tr("Gộp bản sao"), window.tr("Kế hoạch không còn xung đột gộp nào chờ xử lý."))
        return False
    if hasattr(window, "flush_editor"):
        window.flush_editor()
    dlg = MergeDialog(doc, window)      # "Áp dụng": one undoable edit of the open plan, no reopen
    dlg.exec()
    _confirm_applied(window, getattr(dlg, "done_text", ""))
    return True
