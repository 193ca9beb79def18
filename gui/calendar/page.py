"""The main window's deadline page (calendar beside the agenda) and the reminder bar.

* :class:`DeadlinesPage` puts :class:`CalendarView` and :class:`AgendaView`
  side by side, both fed from the open document and refreshed when it
  changes (cells, rows, tracking records, header).  It opens on the month of
  the next occurrence still to come, or — for a plan entirely in the past —
  on the first month of the plan that has occurrences (:func:`initial_month`).
  A segmented control (Tháng / Tuần / Danh sách, Ctrl+1 / Ctrl+2 / Ctrl+3) puts the week view or the list
  view (gui/calendar/views.py) in their place; the choice is kept in the window settings
  (``calendar_view``).  "In lịch công tác…" prints the week or month shown as one A4 table
  (gui/calendar/schedule_print.py).
* :class:`NoticeBar` shows :func:`core.deadlines.deadline_notice` on opening a
  plan, above the editor; it never blocks and can be closed.
"""
from __future__ import annotations

import logging
import os
from datetime import date, timedelta

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.deadlines import plan_deadlines, plan_span, window_start
from core.deadlines.agenda import VIEWS, schedule_table

from ..i18n import current_language
from .cells import ui_today
from .view import AgendaView, CalendarView
from .views import ListView, WeekView

log = logging.getLogger(__name__)
VIEW_KEY = "calendar_view"


def _settings() -> QSettings:
    """The window's settings file (the one gui.main_window.settings opens)."""
    from core import session as sess
    return QSettings(os.path.join(sess.data_dir(), "settings.ini"), QSettings.IniFormat)


def initial_month(plan, today: date) -> tuple[int, int]:
    """(year, month) the calendar opens on: the month of the next occurrence
    due on or after *today*; when none is left (a plan in the past), the
    first month of the plan's span with an occurrence; else today's month."""
    d = initial_day(plan, today)
    return d.year, d.month


def initial_day(plan, today: date) -> date:
    """The day :func:`initial_month` is about (the occurrence's own day, or *today*)."""
    span = plan_span(plan)
    if span:
        lo, hi = window_start(plan, today, span), max(span[1] + timedelta(days=400), today + timedelta(days=400))
    else:
        lo, hi = today - timedelta(days=2 * 366), today + timedelta(days=2 * 366)
    occ = plan_deadlines(plan, lo, hi, today).occurrences
    nxt = next((o.due for o in occ if o.due >= today), None)
    if nxt is not None:
        return nxt
    if occ:
        first = occ[0].due
        if span:
            first = next((o.due for o in occ if o.due >= span[0]), first)
        return first
    return today


class DeadlinesPage(QWidget):
    """Calendar (left) and agenda (right) of the open plan."""

    occurrenceActivated = Signal(object)   # Occurrence: open the deadline editor on it

    WATCH = ("rowdata", "rows", "columns", "appendices", "tracking", "meta")

    def __init__(self, doc, today: date | None = None, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.today = today or ui_today()
        self.calendar = CalendarView()
        self.agenda = AgendaView()
        self.week = WeekView()
        self.listing = ListView()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #333;")
        head = QLabel(self.tr("Lịch hạn công việc"))
        f = head.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.15)
        head.setFont(f)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.calendar)
        split.addWidget(self.agenda)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 6)
        split.setChildrenCollapsible(False)
        self.split = split
        # Tháng / Tuần / Danh sách: one checked at a time, Ctrl+1 … Ctrl+3 while the page has the focus
        self.view_buttons: dict[str, QToolButton] = {}
        self.view_group = QButtonGroup(self)
        self.view_group.setExclusive(True)
        seg = QHBoxLayout()
        seg.setSpacing(0)
        for i, (key, text, tip) in enumerate((
                ("month", self.tr("Tháng"), self.tr("Lịch tháng, bên cạnh danh sách việc sắp đến hạn (Ctrl+1)")),
                ("week", self.tr("Tuần"), self.tr("Các ngày trong tuần, từ Thứ Hai đến Chủ nhật (Ctrl+2)")),
                ("list", self.tr("Danh sách"), self.tr("Mọi việc đến hạn trong tháng, theo ngày (Ctrl+3)")))):
            b = QToolButton()
            b.setText(text)
            b.setToolTip(tip)
            b.setCheckable(True)
            b.setFocusPolicy(Qt.StrongFocus)
            self.view_group.addButton(b, i)
            self.view_buttons[key] = b
            seg.addWidget(b)
            sc = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            sc.setContext(Qt.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda k=key: self.set_view(k))
        self.print_btn = QPushButton(self.tr("&In lịch công tác…"))
        self.print_btn.setToolTip(self.tr("In các việc đến hạn của tuần hoặc tháng đang xem thành một bảng "
                                          "trên một trang A4 (Alt+I)"))
        self.print_note = QLabel()
        self.print_note.setWordWrap(True)
        self.print_note.setStyleSheet("color: #b71c1c;")
        self.print_note.hide()
        self.stack = QStackedWidget()
        self.stack.addWidget(split)
        self.stack.addWidget(self.week)
        self.stack.addWidget(self.listing)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        top.addWidget(head)
        top.addWidget(self.summary, 1)
        top.addLayout(seg)
        top.addSpacing(6)
        top.addWidget(self.print_btn)
        lay.addLayout(top)
        lay.addWidget(self.print_note)
        lay.addWidget(self.stack, 1)
        self._dirty = True
        self._placed = False
        self.view = "month"
        self.last_job = None
        self.calendar.occurrenceActivated.connect(self.occurrenceActivated)
        self.agenda.occurrenceActivated.connect(self.occurrenceActivated)
        self.week.occurrenceActivated.connect(self.occurrenceActivated)
        self.listing.occurrenceActivated.connect(self.occurrenceActivated)
        self.view_group.idClicked.connect(lambda i: self.set_view(VIEWS[i]))
        self.print_btn.clicked.connect(self.print_schedule)
        for sig in (self.week.periodChanged, self.listing.periodChanged, self.calendar.daySelected):
            sig.connect(self._hide_note)
        doc.changed.connect(self.on_doc_changed)
        day = initial_day(doc.plan, self.today)
        self.calendar.show_month(day.year, day.month)
        self.refresh()
        self.calendar.select_day(day)
        self.calendar.day_list.setWordWrap(True)
        hh = self.agenda.tree.header()
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.Stretch)
        hh.setSectionResizeMode(2, QHeaderView.Interactive)
        hh.setSectionResizeMode(3, QHeaderView.ResizeToContents)
        hh.resizeSection(2, 115)
        self.agenda.tree.setIndentation(12)
        self.agenda.tree.setWordWrap(False)
        self.agenda.tree.setTextElideMode(Qt.ElideRight)
        self.view_buttons["month"].setChecked(True)
        try:
            saved = str(_settings().value(VIEW_KEY, "month"))
        except Exception:   # an unreadable settings file: the month view
            log.warning("calendar view setting not read", exc_info=True)
            saved = "month"
        if saved in VIEWS and saved != "month":
            self.set_view(saved, remember=False)

    # ------------------------------------------------------------ views --
    def anchor(self) -> date:
        """The day the shown view is about: the selected day of the month grid (else the 1st of its month),
        or the week / list view's anchor."""
        if self.view == "week":
            return self.week.anchor
        if self.view == "list":
            return self.listing.anchor
        sel = self.calendar._selected
        y, m = self.calendar._year, self.calendar._month
        return sel if sel is not None and (sel.year, sel.month) == (y, m) else date(y, m, 1)

    def current_view_widget(self) -> QWidget:
        return {"month": self.calendar.grid, "week": self.week.tree, "list": self.listing.tree}[self.view]

    def set_view(self, view: str, remember: bool = True) -> None:
        """Show the month grid (beside the agenda), the week or the list, on the same day as before."""
        if view not in VIEWS:
            return
        day = self.anchor()
        self.view = view
        self.view_buttons[view].setChecked(True)
        self._hide_note()
        if view == "month":
            self.stack.setCurrentIndex(0)
            self.calendar._plan, self.calendar._today = self.doc.plan, self.today
            self.calendar.show_month(day.year, day.month)
            self.calendar.select_day(day)
        else:
            w = self.week if view == "week" else self.listing
            w._plan, w._today = self.doc.plan, self.today
            self.stack.setCurrentWidget(w)
            w.show_period(day)
        if self.isVisible():
            self.current_view_widget().setFocus()
        if remember:
            try:
                _settings().setValue(VIEW_KEY, view)
            except Exception:   # the choice is a convenience: never an error for the clerk
                log.warning("calendar view setting not written", exc_info=True)

    def focus_view(self, which: str) -> None:
        """The window's F8 (calendar) / Shift+F8 (agenda): the focus in the view shown, or on the agenda
        (in the month view, where the agenda is)."""
        if which == "agenda":
            if self.view != "month":
                self.set_view("month")
            self.agenda.tree.setFocus()
        else:
            self.current_view_widget().setFocus()

    # ------------------------------------------------------------ print --
    def schedule(self):
        """The work schedule (core.deadlines.agenda.ScheduleTable) of the week shown, or of the month shown
        (month and list views)."""
        return schedule_table(self.doc.plan, "week" if self.view == "week" else "month", self.anchor(),
                              self.today, current_language())

    def schedule_preview(self):
        """(job, preview dialog) of the work schedule shown (see :meth:`schedule`)."""
        from .schedule_print import ScheduleJob
        job = ScheduleJob(self.schedule(), self.tr("Lịch công tác"))
        self.last_job = job
        self._say_fit(job.fit)
        dlg = job.preview_dialog(self.window())
        dlg.setWindowTitle(self.tr("Xem trước lịch công tác"))
        return job, dlg

    def print_schedule(self) -> None:
        """"In lịch công tác…": the preview of the one-page table; its Print button prints it."""
        job, dlg = self.schedule_preview()
        try:
            dlg.exec()
        finally:
            self._say_fit(job.fit)
            dlg.deleteLater()

    def _hide_note(self, *_):
        """Another period or view: the note about the last printout no longer applies."""
        self.print_note.hide()
        self.print_note.clear()

    def _say_fit(self, fit) -> None:
        if fit.fits:
            self._hide_note()
            return
        self.print_note.setText(self.tr("Lịch công tác này không vừa một trang A4, kể cả với cỡ chữ nhỏ nhất "
                                        "({pt} pt): bản in có {n} trang. Có thể in theo tuần thay vì cả tháng.")
                                .format(pt=f"{fit.pt:g}", n=fit.pages))
        self.print_note.show()

    def on_doc_changed(self, tags) -> None:
        if any(t and t[0] in self.WATCH for t in tags):
            self._dirty = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, e):   # noqa: N802
        super().showEvent(e)
        if self._dirty:
            self.refresh()
        if not self._placed:
            self._placed = True
            w = max(600, self.width())
            self.split.setSizes([int(w * 0.37), int(w * 0.63)])
        if self.view != "month":   # the window puts the focus on the month grid; the view shown takes it
            QTimer.singleShot(0, lambda: self.isVisible() and self.current_view_widget().setFocus())

    def refresh(self) -> None:
        plan = self.doc.plan
        if self.view == "month":
            self.calendar.set_plan(plan, self.today)
        else:   # hidden views are filled when shown (set_view): a 10,000-row plan reads its deadlines once less
            self.calendar._plan, self.calendar._today = plan, self.today
            (self.week if self.view == "week" else self.listing).set_plan(plan, self.today)
        self.agenda.set_plan(plan, self.today)
        b = self.agenda.buckets()
        week = sum(1 for o in self.agenda._occ if o.done_date is None and 0 <= (o.due - self.today).days <= 7)
        parts = [self.tr("Hôm nay {d}").format(d=f"{self.today.day:02d}/{self.today.month:02d}/{self.today.year}"),
                 self.tr("quá hạn: {n}").format(n=len(b["overdue"])),
                 self.tr("trong 7 ngày: {n}").format(n=week),
                 self.tr("30 ngày tới: {n}").format(n=len(b["week"]) + len(b["month"]))]
        self.summary.setText(" · ".join(parts))
        self._dirty = False
