"""File → Restore from backup: the open plan's backups, newest first, each
with its date and time (as the clerk reads it), size and a short summary.

Those texts are composed in core (``core.session.describe_backups``); read
the backups with :func:`describe` so they come in the interface's language."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout

PATH_ROLE = Qt.UserRole + 1


def describe(original: str):
    """The backups of *original* (``BackupInfo`` list), their texts in the interface language."""
    from core.session import describe_backups

    from ..i18n import current_language
    return describe_backups(original, lang=current_language())


class RestoreDialog(QDialog):
    def __init__(self, infos, parent=None, now=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Khôi phục từ bản sao lưu"))
        self.resize(820, 420)
        lay = QVBoxLayout(self)
        note = QLabel(self.tr(
            "Chọn bản sao lưu để đưa kế hoạch về đúng nội dung lúc đó. Trước khi khôi phục, nội dung hiện tại "
            "được sao lưu thêm một bản, nên có thể quay lại bất cứ lúc nào bằng chính hộp thoại này."))
        note.setWordWrap(True)
        lay.addWidget(note)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Thời điểm sao lưu"), self.tr("Kích thước"), self.tr("Nội dung")])
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        for info in infos:
            it = QTreeWidgetItem([info.when_text(now), info.size_text(), info.summary_text()])
            it.setData(0, PATH_ROLE, info.path)
            it.setTextAlignment(1, Qt.AlignRight | Qt.AlignVCenter)
            it.setToolTip(2, (info.title + "\n" if info.title else "") + info.path)
            if info.error:
                it.setFlags(it.flags() & ~Qt.ItemIsEnabled)
            self.list.addTopLevelItem(it)
        lay.addWidget(self.list, 1)
        if not infos:
            lay.addWidget(QLabel(self.tr("Chưa có bản sao lưu nào của tệp này (chương trình tự sao lưu "
                                         "khi mở tệp và mười phút một lần khi có chỉnh sửa).")))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Khôi phục bản này"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.list.currentItemChanged.connect(self._enable)
        self.list.itemDoubleClicked.connect(lambda it, c: self.chosen() and self.accept())
        first = next((self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())
                      if self.list.topLevelItem(i).flags() & Qt.ItemIsEnabled), None)
        if first is not None:
            self.list.setCurrentItem(first)
        self._enable()

    def chosen(self) -> str | None:
        it = self.list.currentItem()
        if it is None or not (it.flags() & Qt.ItemIsEnabled):
            return None
        return it.data(0, PATH_ROLE)

    def _enable(self, *a):
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(self.chosen() is not None)


def choose_backup(parent, infos) -> str | None:
    dlg = RestoreDialog(infos, parent)
    try:
        return dlg.chosen() if dlg.exec() == QDialog.Accepted else None
    finally:
        dlg.deleteLater()
