"""The calendar page's week view and list view, beside the month view (gui/calendar/view.py).

Both show the occurrences :func:`core.deadlines.plan_deadlines` gives for the period (the same ones the
month grid counts), as rows built by :mod:`core.deadlines.agenda`:

* :class:`WeekView` — Thứ Hai … Chủ nhật of one week, each day with its tasks (task, lead agency, state),
  coloured overdue / due within 7 days / done; today's day highlighted; previous / next week.
* :class:`ListView` — every occurrence of one month in date order (date, task, lead agency, state);
  previous / next month.

Enter or a double click on a task opens it (``occurrenceActivated``), as in the agenda.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.deadlines import plan_deadlines
from core.deadlines.agenda import agenda_rows, day_heading, dmy, period_span, period_text, shift, week_days, weekday_name

from ..i18n import current_language
from .cells import state_icon
from .view import state_text

# the colour of each mark (core.deadlines.agenda.mark_of) and the cell icon that says the same
MARK_COLOURS = {"overdue": "#c62828", "soon": "#e65100", "done": "#2e7d32", "later": "#1565c0"}
MARK_ICONS = {"overdue": "overdue", "soon": "soon", "done": "done", "later": "pending"}
TODAY_BG = "#fff3c4"


class _PeriodView(QWidget):
    """Navigation (‹ title Hôm nay ›) above a tree of occurrences; *VIEW* is ``week`` or ``list``."""

    occurrenceActivated = Signal(object)   # Occurrence
    periodChanged = Signal(object)         # date: the anchor day

    VIEW = "week"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._plan = None
        self._today = date.today()
        self._anchor = self._today
        self.prev_btn = QPushButton("‹")
        self.next_btn = QPushButton("›")
        self.today_btn = QPushButton(self.tr("Hôm nay"))
        for b in (self.prev_btn, self.next_btn):
            b.setFixedWidth(36)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignCenter)
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_btn)
        nav.addWidget(self.title, 1)
        nav.addWidget(self.today_btn)
        nav.addWidget(self.next_btn)
        self.tree = QTreeWidget()
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.ElideRight)
        self.tree.setUniformRowHeights(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(nav)
        lay.addWidget(self.tree, 1)
        self.prev_btn.clicked.connect(lambda: self.show_period(shift(self.VIEW, self._anchor, -1)))
        self.next_btn.clicked.connect(lambda: self.show_period(shift(self.VIEW, self._anchor, 1)))
        self.today_btn.clicked.connect(lambda: self.show_period(self._today))
        self.tree.itemDoubleClicked.connect(lambda it, _c: self._activate(it))
        self.tree.installEventFilter(self)

    # ---- data ----
    def set_plan(self, plan, today: date | None = None) -> None:
        self._plan = plan
        self._today = today or date.today()
        self.refresh()

    @property
    def anchor(self) -> date:
        return self._anchor

    def span(self) -> tuple[date, date]:
        return period_span(self.VIEW, self._anchor)

    def rows(self):
        """The period's rows (core.deadlines.agenda.AgendaRow), by date."""
        if self._plan is None:
            return []
        a, b = self.span()
        lang = current_language()
        return agenda_rows(plan_deadlines(self._plan, a, b, self._today).occurrences, a, b, self._today, lang)

    def show_period(self, anchor: date) -> None:
        self._anchor = anchor
        self.refresh()
        self.periodChanged.emit(anchor)

    def refresh(self) -> None:
        self.title.setText(period_text(self.VIEW, self._anchor, current_language()))
        self.tree.clear()
        self._fill(self.rows())

    def _fill(self, rows) -> None:
        raise NotImplementedError

    # ---- items ----
    def _task_item(self, r, texts) -> QTreeWidgetItem:
        it = QTreeWidgetItem(texts)
        it.setData(0, Qt.UserRole, r.occurrence)
        n = len(texts)
        it.setIcon(0, state_icon(MARK_ICONS[r.mark]))
        it.setForeground(n - 1, QBrush(QColor(MARK_COLOURS[r.mark])))
        o = r.occurrence
        tip = r.task + (f"\n\n{o.phrase}" if o.phrase else "")
        words = r.words + "\n" + state_text(o.state)
        it.setToolTip(n - 3, tip)
        it.setToolTip(n - 2, "\n".join(o.lead + o.support))
        it.setToolTip(n - 1, words)
        return it

    def occurrence_items(self) -> list[QTreeWidgetItem]:
        """The items that stand for an occurrence, in the order shown."""
        out = []

        def walk(it):
            if it.data(0, Qt.UserRole) is not None and not isinstance(it.data(0, Qt.UserRole), int):
                out.append(it)
            for i in range(it.childCount()):
                walk(it.child(i))
        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i))
        return out

    def _activate(self, it) -> None:
        o = it.data(0, Qt.UserRole) if it is not None else None
        if o is not None and not isinstance(o, int):
            self.occurrenceActivated.emit(o)

    def eventFilter(self, obj, ev):   # noqa: N802
        if obj is self.tree and ev.type() == QEvent.KeyPress and ev.key() in (Qt.Key_Return, Qt.Key_Enter):
            it = self.tree.currentItem()
            if it is not None and it.data(0, Qt.UserRole) is not None and not isinstance(it.data(0, Qt.UserRole), int):
                self._activate(it)
                return True
        return super().eventFilter(obj, ev)


class WeekView(_PeriodView):
    """Monday … Sunday of one week, each day with its tasks."""

    VIEW = "week"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.prev_btn.setToolTip(self.tr("Tuần trước"))
        self.next_btn.setToolTip(self.tr("Tuần sau"))
        self.today_btn.setToolTip(self.tr("Tuần có ngày hôm nay"))
        self.tree.setHeaderLabels([self.tr("Nhiệm vụ"), self.tr("Cơ quan chủ trì"), self.tr("Trạng thái")])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setIndentation(14)
        hh = self.tree.header()
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(0, QHeaderView.Stretch)
        hh.setSectionResizeMode(1, QHeaderView.Interactive)
        hh.setSectionResizeMode(2, QHeaderView.Interactive)
        hh.resizeSection(1, 230)
        hh.resizeSection(2, 190)

    def day_items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]

    def _fill(self, rows) -> None:
        lang = current_language()
        monday = period_span("week", self._anchor)[0]
        for d, lst in week_days(rows, monday):
            text = day_heading(d, lang) + " — " + (self.tr("{n} việc đến hạn").format(n=len(lst)) if lst
                                                   else self.tr("không có việc đến hạn"))
            if d == self._today:
                text += " · " + self.tr("hôm nay")
            head = QTreeWidgetItem([text])
            head.setData(0, Qt.UserRole, d.toordinal())
            head.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
            f = head.font(0)
            f.setBold(True)
            head.setFont(0, f)
            if not lst:
                head.setForeground(0, QBrush(QColor("#757575")))
            self.tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            if d == self._today:
                for c in range(3):
                    head.setBackground(c, QBrush(QColor(TODAY_BG)))
            for r in lst:
                head.addChild(self._task_item(r, [r.task, r.lead, r.words]))
            head.setExpanded(True)
        first = next(iter(self.occurrence_items()), None)
        if first is not None:
            self.tree.setCurrentItem(first)


class ListView(_PeriodView):
    """Every occurrence of one month, in date order."""

    VIEW = "list"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.prev_btn.setToolTip(self.tr("Tháng trước"))
        self.next_btn.setToolTip(self.tr("Tháng sau"))
        self.today_btn.setToolTip(self.tr("Tháng có ngày hôm nay"))
        self.tree.setHeaderLabels([self.tr("Ngày"), self.tr("Nhiệm vụ"), self.tr("Cơ quan chủ trì"),
                                   self.tr("Trạng thái")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        hh = self.tree.header()
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.Stretch)
        hh.setSectionResizeMode(2, QHeaderView.Interactive)
        hh.setSectionResizeMode(3, QHeaderView.Interactive)
        hh.resizeSection(2, 210)
        hh.resizeSection(3, 180)

    def _fill(self, rows) -> None:
        lang = current_language()
        for r in rows:
            it = self._task_item(r, [f"{weekday_name(r.due, lang)}, {dmy(r.due)}", r.task, r.lead, r.words])
            it.setToolTip(0, it.toolTip(3))
            if r.due == self._today:
                f = it.font(0)
                f.setBold(True)
                it.setFont(0, f)
                it.setBackground(0, QBrush(QColor(TODAY_BG)))
            self.tree.addTopLevelItem(it)
        if not rows:
            it = QTreeWidgetItem(["", self.tr("Không có việc đến hạn trong tháng này.")])
            it.setData(0, Qt.UserRole, 0)
            it.setForeground(1, QBrush(QColor("#757575")))
            self.tree.addTopLevelItem(it)
        items = self.occurrence_items()
        if items:
            pick = next((i for i in items if i.data(0, Qt.UserRole).due >= self._today), items[0])
            self.tree.setCurrentItem(pick)
