"""The reminder bar shown above the editor when a plan opens: one line of counts and a button to the
calendar. A module of its own, light to import: the window builds it at start-up, before the deadline
reader (core.deadlines, the calendar views) is loaded."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton


class OneLineLabel(QLabel):
    """A label that keeps to one line: its text cut with "…" to its width (the whole text: :attr:`line`)."""

    def __init__(self):
        super().__init__()
        self.line = ""
        self.setWordWrap(False)
        self.setTextFormat(Qt.PlainText)
        self.setMinimumWidth(50)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)

    def set_line(self, text: str) -> None:
        self.line = text
        self._fit()

    def _fit(self) -> None:
        self.setText(self.fontMetrics().elidedText(self.line, Qt.ElideRight, max(50, self.width())))

    def resizeEvent(self, e):   # noqa: N802 (Qt API)
        super().resizeEvent(e)
        self._fit()


class NoticeBar(QFrame):
    """A closable one-line strip with the reminder shown on opening a plan: the counts (overdue, due
    within 1, 3, 7 days) and a button to the calendar; the whole reminder in the tooltip and the
    calendar. (Five wrapped lines took about 100 of the 768 pixels a clerk's screen has.)"""

    showCalendar = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("deadline-notice")
        self.setStyleSheet("#deadline-notice { background: #fff4e5; border: 1px solid #f0b37e; border-radius: 3px; }")
        self.text = OneLineLabel()
        self.more = QPushButton(self.tr("Xem lịch hạn"))
        self.more.clicked.connect(self.showCalendar)
        self.close_btn = QToolButton()
        self.close_btn.setText("✕")
        self.close_btn.setToolTip(self.tr("Đóng thông báo"))
        self.close_btn.setAutoRaise(True)
        self.close_btn.clicked.connect(self.hide)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 2, 4, 2)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.more, 0, Qt.AlignVCenter)
        lay.addWidget(self.close_btn, 0, Qt.AlignVCenter)
        self.full = ""
        self.hide()

    def show_notice(self, notice: str, max_lines: int = 1) -> None:
        """Show the first line of *notice* (the counts) on one line, cut with "…" to the width;
        the whole text in the tooltip; hide when empty."""
        self.full = notice
        if not notice:
            self.hide()
            return
        self.text.set_line(" ".join(notice.split("\n")[:max_lines]))
        self.setToolTip(notice)
        self.show()
