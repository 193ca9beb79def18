"""Help → About: what the program is, and the log file a clerk sends when something goes wrong."""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from core.log import log_path


def tr(s: str) -> str:
    return QCoreApplication.translate("AboutBox", s)


def about_box(parent, title: str) -> QMessageBox:
    """The About box with a button that opens the folder of the log file (logs/kehoach.log)."""
    path = log_path()
    box = QMessageBox(QMessageBox.Information, title, "", QMessageBox.Ok, parent)
    box.setText(tr("Soạn, theo dõi và chia sẻ KẾ HOẠCH theo Nghị định 30/2020/NĐ-CP.\n\n"
                   "Mọi chỉnh sửa được ghi vào tệp ngay lập tức; Ctrl+Z để hoàn tác."))
    box.setInformativeText(tr("Khi chương trình gặp sự cố, xin gửi tệp nhật ký cho người hỗ trợ:\n%1")
                           .replace("%1", path))
    box.log_button = box.addButton(tr("Mở thư mục nhật ký"), QMessageBox.ActionRole)
    box.log_button.clicked.disconnect()   # keep the box open after the folder is shown
    box.log_button.clicked.connect(lambda: open_log_folder(path))
    return box


def open_log_folder(path: str) -> bool:
    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(folder))
