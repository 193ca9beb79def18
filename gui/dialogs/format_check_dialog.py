"""File → Kiểm tra thể thức văn bản Word…: the findings of check-docx in a dialog.

    dlg = FormatCheckDialog(parent, source="van-ban.docx")
    dlg.exec()

or ``run_format_check_dialog(parent, folder)`` (asks for the Word file first).
The check itself is :func:`core.checker.check_docx`; "Ghi bản đã sửa…" writes a
corrected copy with :func:`core.checker.fix.write_corrected` (never over the
original).
"""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from core.errors import PlanError

from ..i18n import current_language


def tr(s: str) -> str:
    return QCoreApplication.translate("FormatCheckDialog", s)


class FormatCheckDialog(QDialog):
    def __init__(self, parent=None, source: str = ""):
        super().__init__(parent)
        self.report = None
        self.error = ""
        self.setWindowTitle(tr("Kiểm tra thể thức văn bản Word"))
        self.resize(1000, 600)
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Tệp Word:")))
        self.source = QLineEdit(source)
        self.source.setReadOnly(True)
        row.addWidget(self.source, 1)
        b = QPushButton(tr("Chọn tệp Word…"))
        b.clicked.connect(self._choose_source)
        row.addWidget(b)
        lay.addLayout(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setHeaderLabels([tr("Mức"), tr("Vị trí"), tr("Sai sót"), tr("Căn cứ (Nghị định 30/2020)"),
                                   tr("Sửa tự động")])
        for col, width in enumerate((70, 250, 330, 250, 90)):
            self.tree.setColumnWidth(col, width)
        lay.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.fix_button = buttons.addButton(tr("Ghi &bản đã sửa…"), QDialogButtonBox.ActionRole)
        self.fix_button.setToolTip(tr("Ghi một bản sao đã sửa các lỗi sửa được (cỡ chữ, đậm/nghiêng, căn lề, lề trang, "
                                      "đường kẻ, số trang…); tệp gốc không bị thay đổi."))
        self.fix_button.clicked.connect(self._write_fixed)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        if source:
            self.load(source)
        else:
            self._show()

    # ------------------------------------------------------------- loading --
    def load(self, path: str) -> None:
        from core.checker import check_docx
        self.source.setText(path)
        self.report, self.error = None, ""
        try:
            self.report = check_docx(path)
        except PlanError as e:
            self.error = e.message(current_language())
        except OSError as e:
            self.error = str(e)
        self._show()

    def _show(self) -> None:
        lang = current_language()
        self.tree.clear()
        r = self.report
        if r is None:
            self.summary.setText(self.error or tr("Chọn một văn bản Word (.docx) để kiểm tra."))
            self.fix_button.setEnabled(False)
            return
        kind = r.doc_type or tr("văn bản")
        if not r.findings:
            self.summary.setText(tr("%1 (%2): không phát hiện sai sót, thể thức đúng Nghị định 30/2020.")
                                 .replace("%1", r.name).replace("%2", kind))
        else:
            self.summary.setText(tr("%1 (%2): %3 lỗi thể thức, %4 điểm cần xem; %5 điểm sửa được tự động.")
                                 .replace("%1", r.name).replace("%2", kind).replace("%3", str(len(r.errors)))
                                 .replace("%4", str(len(r.warnings)))
                                 .replace("%5", str(sum(1 for f in r.findings if f.fixable))))
        for f in r.findings:
            item = QTreeWidgetItem([tr("Lỗi") if f.severity == "error" else tr("Cần xem"), f.place(lang),
                                    f.message(lang), f.reference(lang), tr("Có") if f.fixable else tr("Không")])
            for col in range(5):
                item.setToolTip(col, item.text(col))
            if f.severity == "error":
                item.setForeground(0, Qt.darkRed)
            self.tree.addTopLevelItem(item)
        self.fix_button.setEnabled(any(f.fixable for f in r.findings))

    # ------------------------------------------------------------- actions --
    def _choose_source(self):
        p, _ = QFileDialog.getOpenFileName(self, tr("Chọn văn bản Word"), os.path.dirname(self.source.text()),
                                           tr("Văn bản Word (*.docx)"))
        if p:
            self.load(p)

    def default_dest(self) -> str:
        src = self.source.text()
        base, _ = os.path.splitext(src)
        return base + tr(" (đã sửa thể thức)") + ".docx"

    def write_fixed(self, dest: str) -> tuple[list, list]:
        from core.checker.fix import write_corrected
        return write_corrected(self.source.text(), dest)

    def _write_fixed(self):
        if self.report is None:
            return
        dest, _ = QFileDialog.getSaveFileName(self, tr("Ghi bản đã sửa"), self.default_dest(), tr("Văn bản Word (*.docx)"))
        if not dest:
            return
        try:
            fixed, left = self.write_fixed(dest)
        except PlanError as e:
            QMessageBox.warning(self, self.windowTitle(), e.message(current_language()))
            return
        n_err = sum(1 for f in left if f.severity == "error")
        QMessageBox.information(self, self.windowTitle(),
                                tr("Đã ghi %1: đã sửa %2 điểm; còn %3 lỗi thể thức cần người soạn sửa (chữ, phần còn "
                                   "thiếu).").replace("%1", os.path.basename(dest)).replace("%2", str(len(fixed)))
                                .replace("%3", str(n_err)))


def run_format_check_dialog(parent=None, folder: str = "") -> None:
    src, _ = QFileDialog.getOpenFileName(parent, tr("Kiểm tra thể thức văn bản Word"), folder or os.path.expanduser("~"),
                                         tr("Văn bản Word (*.docx)"))
    if not src:
        return
    dlg = FormatCheckDialog(parent, source=src)
    dlg.exec()
    dlg.deleteLater()
