"""New plan from a template: PAPI, PAR INDEX, SIPAS or blank."""
from __future__ import annotations

import os
from datetime import date

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLineEdit, QPushButton, QVBoxLayout)

from core.templates import plan_from_template, template_info


class NewPlanDialog(QDialog):
    def __init__(self, parent=None, folder: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kế hoạch mới từ mẫu"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.template = QComboBox()
        for name, label in template_info():
            self.template.addItem(self.tr(label), name)   # labels listed for translation in gui/i18n.py
        form.addRow(self.tr("Mẫu:"), self.template)
        self.agency = QLineEdit()
        self.agency.setPlaceholderText(self.tr("ví dụ: huyện Vị Xuyên"))
        form.addRow(self.tr("Đơn vị ban hành (UBND …):"), self.agency)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("ví dụ: Vị Xuyên"))
        form.addRow(self.tr("Địa danh:"), self.place)
        self.year = QLineEdit(str(date.today().year))
        form.addRow(self.tr("Năm/giai đoạn:"), self.year)
        row = QHBoxLayout()
        self.path = QLineEdit(os.path.join(folder or os.path.expanduser("~"), "ke-hoach-moi.sqlite"))
        row.addWidget(self.path, 1)
        b = QPushButton(self.tr("Chọn…"))
        b.clicked.connect(self._choose)
        row.addWidget(b)
        form.addRow(self.tr("Lưu tại:"), row)
        lay.addLayout(form)
        bb = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        bb.button(QDialogButtonBox.Ok).setText(self.tr("Tạo"))
        bb.button(QDialogButtonBox.Cancel).setText(self.tr("Hủy"))
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        from core import settings as office_settings   # the current office's defaults (File → Settings)
        self.office = office_settings.load().office()
        self.agency.setText(self.office["agency"])
        self.place.setText(self.office["place"])

    def _choose(self):
        p, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu kế hoạch mới"), self.path.text(),
                                           self.tr("Tệp kế hoạch (*.sqlite)"))
        if p:
            if not p.endswith(".sqlite"):
                p += ".sqlite"
            self.path.setText(p)

    def build(self):
        """(plan, path) from the form."""
        plan = plan_from_template(self.template.currentData(), agency=self.agency.text(),
                                  year=self.year.text().strip(), place=self.place.text().strip(),
                                  agency_abbr=self.office["agency_abbr"], parent_agency=self.office["parent_agency"])
        from core.settings import apply_office_defaults
        apply_office_defaults(plan, dict(self.office, place=self.place.text().strip()))
        return plan, self.path.text().strip()
