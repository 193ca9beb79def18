"""New plan from a template: PAPI, PAR INDEX, SIPAS or blank."""
from __future__ import annotations

import os
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from core.fileio import same_file
from core.templates import plan_from_template, template_info

DEFAULT_NAME = "ke-hoach-moi.sqlite"


def free_name(folder: str, name: str = DEFAULT_NAME) -> str:
    """*folder*/*name*, or the first of “name (2).sqlite”, “name (3).sqlite”… not taken."""
    stem, ext = os.path.splitext(name)
    path = os.path.join(folder, name)
    n = 2
    while os.path.exists(path):
        path = os.path.join(folder, f"{stem} ({n}){ext}")
        n += 1
    return path


class NewPlanDialog(QDialog):
    def __init__(self, parent=None, folder: str = "", open_path: str = ""):
        super().__init__(parent)
        self.open_path = open_path   # the plan open in the window: never replaced
        self.replace = False         # the clerk agreed to replace an existing file
        self.setWindowTitle(self.tr("Kế hoạch mới từ mẫu"))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.template = QComboBox()
        self.template.setSizeAdjustPolicy(QComboBox.AdjustToContents)   # the longest name is never cut off
        for name, label in template_info():
            self.template.addItem(self.tr(label), name)   # labels listed for translation in gui/i18n.py
        form.addRow(self.tr("Mẫu:"), self.template)
        self.agency = QLineEdit()
        self.agency.setPlaceholderText(self.tr("ví dụ: xã Thanh Thủy"))
        form.addRow(self.tr("Đơn vị ban hành (UBND …):"), self.agency)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("ví dụ: Vị Xuyên"))
        form.addRow(self.tr("Địa danh:"), self.place)
        self.year = QLineEdit(str(date.today().year))
        form.addRow(self.tr("Năm/giai đoạn:"), self.year)
        row = QHBoxLayout()
        self._folder = folder or os.path.expanduser("~")
        self.path = QLineEdit(free_name(self._folder))
        row.addWidget(self.path, 1)
        b = QPushButton(self.tr("Chọn…"))
        b.clicked.connect(self._choose)
        row.addWidget(b)
        form.addRow(self.tr("Lưu tại:"), row)
        lay.addLayout(form)
        bb = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        bb.button(QDialogButtonBox.Ok).setText(self.tr("Tạo"))
        bb.button(QDialogButtonBox.Cancel).setText(self.tr("Hủy"))
        bb.accepted.connect(self._accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        from core import settings as office_settings  # the current office's defaults (File → Settings)
        self.office = office_settings.load().office()
        self.agency.setText(self.office["agency"])
        self.place.setText(self.office["place"])
        # never narrower than the longest template name needs (it was cut off at a fixed 560 px)
        self.setMinimumWidth(max(560, self.minimumSizeHint().width()))

    def _choose(self):
        p, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu kế hoạch mới"), self.path.text(),
                                           self.tr("Tệp kế hoạch (*.sqlite)"))
        if p:
            if not p.endswith(".sqlite"):
                p += ".sqlite"
            elif os.path.exists(p):
                self._confirmed = p   # the file chooser has just asked about replacing it
            self.path.setText(p)

    def chosen_path(self) -> str:
        p = self.path.text().strip()
        if p and not os.path.dirname(p):
            # a bare name goes into the folder the dialog offered, not the program's working folder
            p = os.path.join(self._folder, p)
        return p if not p or p.endswith(".sqlite") else p + ".sqlite"

    def _accept(self):
        """Create — but an existing file is replaced only if the clerk says so (default: no)."""
        p = self.chosen_path()
        if not p:
            self.path.setFocus()
            return
        self.replace = False
        folder = os.path.dirname(os.path.abspath(p))
        if not os.path.isdir(folder):
            QMessageBox.warning(self, self.windowTitle(), self.tr("Thư mục “%1” không có; chọn nơi lưu khác.")
                                .replace("%1", folder))
            self.path.setFocus()
            return
        if os.path.exists(p) and p == getattr(self, "_confirmed", None) and p != self.open_path:
            self.replace = True
        elif os.path.exists(p):
            name = os.path.basename(p)
            if self.open_path and same_file(p, self.open_path):   # also through a link
                QMessageBox.warning(self, self.windowTitle(), self.tr(
                    "Tệp “%1” đang mở trong cửa sổ này; chọn tên khác cho kế hoạch mới.").replace("%1", name))
                self.path.setFocus()
                return
            r = QMessageBox.question(
                self, self.windowTitle(),
                self.tr("Tệp “%1” đã có. Ghi đè bằng kế hoạch mới? Nội dung cũ của tệp sẽ mất.").replace("%1", name),
                QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
            if r != QMessageBox.Yes:
                self.path.setText(free_name(os.path.dirname(p) or ".", name))
                self.path.setFocus()
                return
            self.replace = True
        self.accept()

    def build(self):
        """(plan, path) from the form."""
        plan = plan_from_template(self.template.currentData(), agency=self.agency.text(),
                                  year=self.year.text().strip(), place=self.place.text().strip(),
                                  agency_abbr=self.office["agency_abbr"], parent_agency=self.office["parent_agency"])
        from core.settings import apply_office_defaults
        apply_office_defaults(plan, dict(self.office, place=self.place.text().strip()))
        return plan, self.chosen_path()
