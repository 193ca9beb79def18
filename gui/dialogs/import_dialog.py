"""File → Import: preview a Word plan and its import report before saving.

    dlg = ImportDialog(parent, source="plan.docx", folder=...)
    if dlg.exec() == QDialog.Accepted:
        plan, dest = dlg.plan, dlg.dest()      # nothing is written by the dialog

or simply ``run_import_dialog(parent) -> (plan, dest) | None`` (asks for the
Word file first).  The report is part of the plan (``plan.import_report``):
saving the plan keeps it in the file.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.errors import PlanError
from core.importers import import_docx
from core.model import Plan, number_line, place_date_line

from ..i18n import current_language


def tr(s: str) -> str:
    return QCoreApplication.translate("ImportDialog", s)


class ImportDialog(QDialog):
    def __init__(self, parent=None, source: str = "", folder: str = ""):
        super().__init__(parent)
        self.plan: Plan | None = None
        self.error: str = ""
        self.setWindowTitle(tr("Nhập kế hoạch từ Word"))
        self.resize(980, 640)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        row = QHBoxLayout()
        self.source = QLineEdit(source)
        self.source.setReadOnly(True)
        row.addWidget(self.source, 1)
        b = QPushButton(tr("Chọn tệp Word…"))
        b.clicked.connect(self._choose_source)
        row.addWidget(b)
        form.addRow(tr("Tệp Word:"), row)
        lay.addLayout(form)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)

        split = QSplitter(Qt.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Nội dung đã nhận ra"), tr("Chi tiết")])
        self.tree.setColumnWidth(0, 420)
        split.addWidget(self.tree)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(QLabel(tr("Báo cáo nhập (những gì cần kiểm tra lại; được lưu kèm trong tệp):")))
        self.report = QListWidget()
        self.report.setWordWrap(True)
        rl.addWidget(self.report, 1)
        split.addWidget(right)
        split.setSizes([560, 400])
        lay.addWidget(split, 1)

        form2 = QFormLayout()
        row2 = QHBoxLayout()
        self.dest_edit = QLineEdit()
        row2.addWidget(self.dest_edit, 1)
        b2 = QPushButton(tr("Chọn…"))
        b2.clicked.connect(self._choose_dest)
        row2.addWidget(b2)
        form2.addRow(tr("Lưu thành tệp kế hoạch:"), row2)
        lay.addLayout(form2)
        self._folder = folder

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(tr("Lưu kế hoạch"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(tr("Hủy"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self._set_ok()
        if source:
            self.load(source)

    # ------------------------------------------------------------ load ---
    def load(self, path: str) -> bool:
        self.source.setText(path)
        self.plan, self.error = None, ""
        self.tree.clear()
        self.report.clear()
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            self.plan = import_docx(path)
        except PlanError as e:
            self.error = e.message(current_language())
        except (OSError, MemoryError) as e:
            self.error = tr("Không đọc được tệp: ") + str(e)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self.plan is None:
            self.summary.setText(tr("Không nhập được: ") + self.error)
            self.summary.setStyleSheet("color: #a00;")
        else:
            self.summary.setStyleSheet("")
            self._fill(self.plan)
            if not self.dest_edit.text():
                base = os.path.splitext(os.path.basename(path))[0] + ".sqlite"
                self.dest_edit.setText(os.path.join(self._folder or os.path.dirname(os.path.abspath(path)), base))
        self._set_ok()
        return self.plan is not None

    def _fill(self, plan: Plan) -> None:
        m = plan.meta
        n_secs = sum(1 for _ in plan.walk())
        n_rows = sum(len(a.rows) for a in plan.appendices)
        self.summary.setText(tr("Đã đọc: {0} mục, {1} phụ lục, {2} dòng bảng, {3} người ký, {4} nơi nhận; "
                                "{5} ghi chú cần xem.").format(n_secs, len(plan.appendices), n_rows,
                                                                 len(plan.signers), len(plan.recipients),
                                                                 len(plan.import_report)))
        head = QTreeWidgetItem([tr("Phần đầu"), m.doc_type])
        for label, value in ((tr("Cơ quan"), m.agency.replace("\n", " / ")), (tr("Số, ký hiệu"), number_line(m)),
                             (tr("Địa danh, ngày"), place_date_line(m)), (tr("Trích yếu"), m.title),
                             (tr("Đoạn mở đầu"), str(len(m.preamble)))):
            QTreeWidgetItem(head, [label, value])
        self.tree.addTopLevelItem(head)
        numbers = plan.section_numbers()

        def add(parent, s):
            paras = len(s.body) + len(s.tail)
            title = s.title_text or (s.body[0].text[:80] + "…" if s.body else "")
            it = QTreeWidgetItem(parent, [f"{numbers.get(s.id, '')} {title}".strip(),
                                          tr("{0} đoạn").format(paras) if paras else ""])
            for c in s.children:
                add(it, c)
        body = QTreeWidgetItem([tr("Nội dung"), tr("{0} mục").format(n_secs)])
        for s in plan.sections:
            add(body, s)
        self.tree.addTopLevelItem(body)
        for i, a in enumerate(plan.appendices):
            groups = sum(1 for r in a.rows if r.kind == "group")
            flagged = sum(1 for r in a.rows if r.flag)
            it = QTreeWidgetItem([f"{plan.appendix_label(i)}: {a.title}",
                                  tr("{0} cột, {1} dòng ({2} nhóm, {3} dòng cần kiểm tra)").format(
                                      len(a.columns), len(a.rows), groups, flagged)])
            for c in a.columns:
                QTreeWidgetItem(it, [c.title, c.group])
            self.tree.addTopLevelItem(it)
        sig = QTreeWidgetItem([tr("Người ký"), ""])
        for s in plan.signers:
            QTreeWidgetItem(sig, [" / ".join(s.authority_lines()), s.name])
        self.tree.addTopLevelItem(sig)
        rec = QTreeWidgetItem([tr("Nơi nhận"), str(len(plan.recipients))])
        for r in plan.recipients:
            QTreeWidgetItem(rec, [r.text, ""])
        self.tree.addTopLevelItem(rec)
        for k in range(self.tree.topLevelItemCount()):
            self.tree.topLevelItem(k).setExpanded(True)
        if plan.import_report:
            from core.text import report_text
            lang = current_language()     # a line that carries its English shows it in the English interface
            self.report.addItems([report_text(x, lang) for x in plan.import_report])
        else:
            self.report.addItem(tr("Không có ghi chú: mọi phần đều đã được xếp vào kế hoạch."))

    # --------------------------------------------------------- actions ---
    def dest(self) -> str:
        p = self.dest_edit.text().strip()
        if p and not p.lower().endswith(".sqlite"):
            p += ".sqlite"
        return p

    def _set_ok(self):
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(self.plan is not None)

    def _choose_source(self):
        p, _ = QFileDialog.getOpenFileName(self, tr("Chọn văn bản Word"), os.path.dirname(self.source.text()),
                                           tr("Văn bản Word (*.docx *.doc)"))
        if p:
            self.dest_edit.clear()
            self.load(p)

    def _choose_dest(self):
        p, _ = QFileDialog.getSaveFileName(self, tr("Lưu kế hoạch đã nhập"), self.dest_edit.text(),
                                           tr("Tệp kế hoạch (*.sqlite)"))
        if p:
            self.dest_edit.setText(p)

    def _accept(self):
        if self.plan is None:
            return
        d = self.dest()
        if not d:
            self.summary.setText(tr("Chọn nơi lưu tệp kế hoạch."))
            return
        if os.path.exists(d):
            self.summary.setText(tr("Tệp “{0}” đã có; chọn tên khác.").format(os.path.basename(d)))
            self.summary.setStyleSheet("color: #a00;")
            return
        self.accept()


def run_import_dialog(parent=None, folder: str = ""):
    """Ask for a Word file, preview it; (plan, dest) when the user saves, else None."""
    src, _ = QFileDialog.getOpenFileName(parent, tr("Nhập từ Word"), folder or os.path.expanduser("~"),
                                         tr("Văn bản Word (*.docx *.doc)"))
    if not src:
        return None
    dlg = ImportDialog(parent, source=src, folder=folder)
    if dlg.exec() == QDialog.Accepted and dlg.plan is not None:
        return dlg.plan, dlg.dest()
    return None
