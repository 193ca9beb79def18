"""File → Settings: interface language and each office's defaults for new plans.

The values live in :mod:`core.settings` (a versioned JSON file in the user's
configuration folder, or beside the program in portable mode).
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from core import settings as S
from core.text import nfc

PREFIXES = ("", "TM.", "KT.", "Q.", "TL.", "TUQ.")


class SettingsDialog(QDialog):
    def __init__(self, parent=None, settings: S.Settings | None = None):
        super().__init__(parent)
        self.settings = settings or S.load()
        self.start_language = self.settings.language
        self.setWindowTitle(self.tr("Cài đặt"))
        self.setMinimumWidth(620)
        lay = QVBoxLayout(self)

        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem(self.tr("Tiếng Việt"), "vi")
        self.language.addItem(self.tr("Tiếng Anh"), "en")
        self.language.setCurrentIndex(0 if self.settings.language == "vi" else 1)
        form.addRow(self.tr("Ngôn ngữ giao diện:"), self.language)
        lay.addLayout(form)

        box = QGroupBox(self.tr("Thông tin mặc định cho kế hoạch mới"))
        bl = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Cơ quan:")))
        self.office = QComboBox()
        row.addWidget(self.office, 1)
        self.add_btn = QPushButton(self.tr("Thêm cơ quan…"))
        self.add_btn.clicked.connect(self.add_office)
        row.addWidget(self.add_btn)
        self.del_btn = QPushButton(self.tr("Xóa"))
        self.del_btn.clicked.connect(self.remove_office)
        row.addWidget(self.del_btn)
        bl.addLayout(row)
        # the fields below stay grey until an office exists: say so, and what to click
        self.no_office = QLabel(self.tr("Chưa có cơ quan nào. Bấm “Thêm cơ quan…” và đặt tên (ví dụ: UBND xã Thanh "
                                        "Thủy) để nhập các thông tin dưới đây."))
        self.no_office.setWordWrap(True)
        self.no_office.setObjectName("no-office-hint")
        self.no_office.setStyleSheet("#no-office-hint { color: #8a5300; }")
        bl.addWidget(self.no_office)

        f = QFormLayout()
        self.agency = QLineEdit()
        self.agency.setPlaceholderText(self.tr("ví dụ: Xã Thanh Thủy"))
        f.addRow(self.tr("Đơn vị ban hành:"), self.agency)
        self.parent_agency = QLineEdit()
        self.parent_agency.setPlaceholderText(self.tr("(nếu có) ví dụ: UBND TỈNH HÀ GIANG"))
        f.addRow(self.tr("Cơ quan chủ quản:"), self.parent_agency)
        self.abbr = QLineEdit()
        self.abbr.setPlaceholderText("UBND")
        f.addRow(self.tr("Chữ viết tắt tên cơ quan:"), self.abbr)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("ví dụ: Vị Xuyên"))
        f.addRow(self.tr("Địa danh:"), self.place)
        self.prefix = QComboBox()
        labels = {"": self.tr("(theo mẫu)"), "TM.": self.tr("TM. (thay mặt tập thể)"), "KT.": self.tr("KT. (ký thay)"),
                  "Q.": self.tr("Q. (quyền)"), "TL.": self.tr("TL. (thừa lệnh)"), "TUQ.": self.tr("TUQ. (thừa ủy quyền)")}
        for p in PREFIXES:
            self.prefix.addItem(labels[p], p)
        f.addRow(self.tr("Quyền hạn ký:"), self.prefix)
        self.collective = QLineEdit()
        self.collective.setPlaceholderText(self.tr("ví dụ: ỦY BAN NHÂN DÂN"))
        f.addRow(self.tr("Tập thể:"), self.collective)
        self.lines = QPlainTextEdit()
        self.lines.setPlaceholderText(self.tr("Mỗi dòng một chức vụ, ví dụ: CHỦ TỊCH"))
        self.lines.setFixedHeight(52)
        f.addRow(self.tr("Chức vụ người ký:"), self.lines)
        self.name = QLineEdit()
        f.addRow(self.tr("Họ và tên người ký:"), self.name)
        self.recipients = QPlainTextEdit()
        self.recipients.setPlaceholderText(self.tr("Mỗi dòng một nơi nhận, ví dụ: - Như trên;"))
        self.recipients.setFixedHeight(96)
        f.addRow(self.tr("Nơi nhận:"), self.recipients)
        self.tone = QComboBox()
        self.tone.addItem(self.tr("(chưa chọn)"), "")
        self.tone.addItem(self.tr("Kiểu cũ: hòa, thúy, Ủy ban"), "old")
        self.tone.addItem(self.tr("Kiểu mới: hoà, thuý, Uỷ ban"), "new")
        self.tone.setToolTip(self.tr("Kiểu Sửa → Thống nhất cách đặt dấu thanh đề xuất cho kế hoạch của cơ quan."))
        f.addRow(self.tr("Cách đặt dấu thanh:"), self.tone)
        bl.addLayout(f)
        note = QLabel(self.tr("Ô để trống thì giữ nội dung của mẫu."))
        note.setWordWrap(True)
        bl.addWidget(note)
        lay.addWidget(box)

        where = QLabel(self.tr("Cài đặt được lưu tại: %1").replace("%1", self.settings.path or S.settings_path()))
        where.setWordWrap(True)
        lay.addWidget(where)

        bb = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        bb.button(QDialogButtonBox.Ok).setText(self.tr("Lưu"))
        bb.button(QDialogButtonBox.Cancel).setText(self.tr("Hủy"))
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)

        self._current = None
        for n in self.settings.office_names():
            self.office.addItem(n)
        cur = self.settings.data.get("current_office", "")
        if cur:
            self.office.setCurrentText(cur)
        self.office.currentTextChanged.connect(self._switch)
        self._switch(self.office.currentText())

    # ----------------------------------------------------------- offices --
    def _switch(self, name: str):
        if self._current:
            self._store(self._current)
        self._current = name or None
        o = self.settings.office(name) if name else S.default_office()
        self.agency.setText(o["agency"])
        self.parent_agency.setText(o["parent_agency"])
        self.abbr.setText(o["agency_abbr"])
        self.place.setText(o["place"])
        i = self.prefix.findData(o["signer"].get("prefix", ""))
        self.prefix.setCurrentIndex(max(i, 0))
        self.collective.setText(o["signer"].get("collective", ""))
        self.lines.setPlainText("\n".join(o["signer"].get("lines", [])))
        self.name.setText(o["signer"].get("name", ""))
        self.recipients.setPlainText("\n".join(o["recipients"]))
        self.tone.setCurrentIndex(max(0, self.tone.findData(o.get("tone_style", ""))))
        enabled = bool(name)
        for w in (self.agency, self.parent_agency, self.abbr, self.place, self.prefix, self.collective, self.lines,
                  self.name, self.recipients, self.tone, self.del_btn):
            w.setEnabled(enabled)
        self.no_office.setVisible(not enabled)
        if not enabled:
            self.add_btn.setFocus()

    def office_values(self) -> dict:
        def lines(ed):
            return [nfc(x.rstrip()) for x in ed.toPlainText().splitlines() if x.strip()]
        return {"agency": self.agency.text().strip(), "parent_agency": self.parent_agency.text().strip(),
                "agency_abbr": self.abbr.text().strip(), "place": self.place.text().strip(),
                "signer": {"prefix": self.prefix.currentData() or "", "collective": self.collective.text().strip(),
                           "lines": lines(self.lines), "name": self.name.text().strip()},
                "recipients": lines(self.recipients), "tone_style": self.tone.currentData() or ""}

    def _store(self, name: str):
        self.settings.set_office(name, self.office_values(), make_current=False)

    def add_office(self, name: str | None = None):
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Thêm cơ quan"), self.tr("Tên cơ quan:"))
            if not ok:
                return
        name = nfc(name.strip())
        if not name:
            return
        if name not in self.settings.office_names():
            o = S.default_office()
            o["agency"] = name
            self.settings.set_office(name, o, make_current=False)
            self.office.addItem(name)
        self.office.setCurrentText(name)

    def remove_office(self):
        name = self.office.currentText()
        if not name:
            return
        self._current = None
        self.settings.remove_office(name)
        self.office.removeItem(self.office.currentIndex())

    # -------------------------------------------------------------- save --
    def accept(self):
        if self._current:
            self._store(self._current)
        self.settings.data["current_office"] = self.office.currentText()
        self.settings.language = self.language.currentData()
        try:
            self.settings.save()
        except OSError as e:
            QMessageBox.warning(self, self.tr("Cài đặt"), self.tr("Không lưu được cài đặt: %1").replace("%1", str(e)))
            return
        if self.settings.language != self.start_language and self.isVisible():
            QMessageBox.information(self, self.tr("Cài đặt"),
                                    self.tr("Ngôn ngữ mới được dùng từ lần mở chương trình sau."))
        super().accept()
