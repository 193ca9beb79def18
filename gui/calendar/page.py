"""The main window's deadline page (calendar beside the agenda) and the reminder bar.

* :class:`DeadlinesPage` puts :class:`CalendarView` and :class:`AgendaView`
  side by side, both fed from the open document and refreshed when it
  changes (cells, rows, tracking records, header).  It opens on the month of
  the next occurrence still to come, or — for a plan entirely in the past —
  on the first month of the plan that has occurrences (:func:`initial_month`).
* :class:`NoticeBar` shows :func:`core.deadlines.deadline_notice` on opening a
  plan, above the editor; it never blocks and can be closed.
"""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QSplitter, QVBoxLayout, QWidget

from core.deadlines import plan_deadlines, plan_span, window_start

from .cells import ui_today
from .view import AgendaView, CalendarView


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
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        top.addWidget(head)
        top.addWidget(self.summary, 1)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        self._dirty = True
        self._placed = False
        self.calendar.occurrenceActivated.connect(self.occurrenceActivated)
        self.agenda.occurrenceActivated.connect(self.occurrenceActivated)
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

    def refresh(self) -> None:
        plan = self.doc.plan
        self.calendar.set_plan(plan, self.today)
        self.agenda.set_plan(plan, self.today)
        b = self.agenda.buckets()
        week = sum(1 for o in self.agenda._occ if o.done_date is None and 0 <= (o.due - self.today).days <= 7)
        parts = [self.tr("Hôm nay {d}").format(d=f"{self.today.day:02d}/{self.today.month:02d}/{self.today.year}"),
                 self.tr("quá hạn: {n}").format(n=len(b["overdue"])),
                 self.tr("trong 7 ngày: {n}").format(n=week),
                 self.tr("30 ngày tới: {n}").format(n=len(b["week"]) + len(b["month"]))]
        self.summary.setText(" · ".join(parts))
        self._dirty = False
