"""The one date field of the window.

A ``QDateEdit`` edits a date section by section: a clerk who clicks into the
middle of "03/12/2026" and types "15/01/2026" gets "/00001/2026" and a saved
15/12/2026.  :class:`DateField` is a plain line edit read by
:func:`core.dates.parse_typed_date` — the text typed is read exactly
(``15/01/2026``, ``15/1/26``, ``15-01-2026``, ``15.01.2026``, ``15012026``…)
or refused: the field is marked (red frame, tinted background, property
``invalid``) and its tooltip says why; the last good date is kept, never
replaced by a guess.  On leaving the field a good date is shown as it was
read ("15/1/26" → "15/01/2026").  A small calendar button still offers a
month grid.

Every date field uses it: the header's "Ngày", a deadline's event date and
done date (gui/calendar/view.py).
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle

from core.dates import DateRefused, format_date, parse_typed_date

from ..i18n import error_text

INVALID_STYLE = "QLineEdit { border: 2px solid #c0392b; background: #fdecea; }"


class DateField(QLineEdit):
    """A typed date: :meth:`date` is the last good one (``None``: empty),
    :meth:`is_valid` whether the text now shown reads as a date.
    ``dateChanged(date | None)`` is emitted when the text typed reads as
    another good date (not for text that does not read)."""

    dateChanged = Signal(object)

    def __init__(self, parent=None, required: bool = True):
        super().__init__(parent)
        self.required = required
        self._value: date | None = None
        self._error = ""
        self.setPlaceholderText(self.tr("ngày/tháng/năm"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 40)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 60)
        self._help = self.tr("Gõ ngày/tháng/năm, ví dụ 15/01/2026, 15/1/26, 15-01-2026 hoặc 15012026.")
        self.setToolTip(self._help)
        self.setProperty("invalid", False)
        pick = self.addAction(self.style().standardIcon(QStyle.SP_FileDialogDetailedView),
                              QLineEdit.TrailingPosition)
        pick.setToolTip(self.tr("Chọn trên lịch"))
        pick.triggered.connect(self._popup)
        self._pick = pick
        self._calendar: QCalendarWidget | None = None
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(self._finished)

    # ---- reading ----
    def _read(self) -> tuple[bool, date | None, str]:
        try:
            d = parse_typed_date(self.text())
        except DateRefused as e:
            return False, None, error_text(e)
        if d is None and self.required:
            return False, None, self.tr("Chưa có ngày. {help}").format(help=self._help)
        return True, d, ""

    def is_valid(self) -> bool:
        return self._read()[0]

    def error(self) -> str:
        """Why the text shown is refused ('' when it reads)."""
        return self._read()[2]

    def date(self) -> date | None:   # noqa: A003 — the same name as QDateEdit's
        """The last good date: what the text says when it reads, else the one before."""
        ok, d, _ = self._read()
        return d if ok else self._value

    def qdate(self) -> QDate:
        d = self.date()
        return QDate(d.year, d.month, d.day) if d else QDate()

    def setDate(self, d) -> None:   # noqa: N802 — the same name as QDateEdit's
        """Show *d* (a ``date``, a ``QDate`` or ``None``); ``dateChanged`` is
        emitted when it differs, as QDateEdit does.  Text the clerk typed that
        does not read stays, marked, while the date behind it has not changed
        — it is not wiped by a refresh of the form."""
        if isinstance(d, QDate):
            d = date(d.year(), d.month(), d.day()) if d.isValid() else None
        ok, now, _ = self._read()
        if ok and now == d:
            self._value = d
            return
        if not ok and d == self._value and self.text().strip():
            return
        changed = d != self._value
        self._value = d
        self.setText(format_date(d) if d else "")
        self._mark("")
        if changed:
            self.dateChanged.emit(d)

    # ---- typing ----
    def _edited(self, _text: str) -> None:
        ok, d, err = self._read()
        if ok:
            self._mark("")
            if d != self._value:
                self._value = d
                self.dateChanged.emit(d)
        elif self.property("invalid"):
            self._mark(err)      # already marked: keep the reason current

    def _finished(self) -> None:
        ok, d, err = self._read()
        if not ok:
            self._mark(err)
            return
        self._mark("")
        shown = format_date(d) if d else ""
        if self.text() != shown:
            self.setText(shown)   # as it was read: "15/1/26" → "15/01/2026"

    def check(self) -> bool:
        """Mark the field now if its text does not read; True when it does."""
        self._finished()
        return not self.property("invalid")

    def _mark(self, err: str) -> None:
        bad = bool(err)
        if bool(self.property("invalid")) == bad and (not bad or self.toolTip() == err):
            return
        self.setProperty("invalid", bad)
        self.setStyleSheet(INVALID_STYLE if bad else "")
        self.setToolTip(err if bad else self._help)

    def focusInEvent(self, e):   # noqa: N802
        """The click that brings the focus into the field selects the whole
        date, so what is typed next replaces it (as Tab does); a further click
        places the cursor."""
        super().focusInEvent(e)
        self._select_on_release = e.reason() == Qt.MouseFocusReason

    def mouseReleaseEvent(self, e):   # noqa: N802
        super().mouseReleaseEvent(e)
        if getattr(self, "_select_on_release", False):
            self._select_on_release = False
            if not self.hasSelectedText():
                self.selectAll()

    def changeEvent(self, e):   # noqa: N802
        super().changeEvent(e)
        if e.type() == e.Type.EnabledChange and not self.isEnabled():
            self._mark("")        # a disabled field ("để trống") is not in error

    # ---- month grid ----
    def _popup(self) -> None:
        if self._calendar is None:
            cal = QCalendarWidget(self)
            cal.setWindowFlags(Qt.Popup)
            cal.setGridVisible(True)
            cal.clicked.connect(self._picked)
            cal.activated.connect(self._picked)
            self._calendar = cal
        d = self.date() or date.today()
        self._calendar.setSelectedDate(QDate(d.year, d.month, d.day))
        self._calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self._calendar.show()
        self._calendar.setFocus()

    def _picked(self, q: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        d = date(q.year(), q.month(), q.day())
        self.setText(format_date(d))
        self._mark("")
        if d != self._value:
            self._value = d
            self.dateChanged.emit(d)
