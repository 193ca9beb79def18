"""Deadline widgets: month calendar, agenda, reading editor, cell icon/tooltip.

A thin Qt layer over :mod:`core.deadlines`; the main window embeds these.
Every widget is fed with ``set_plan(plan, today)`` and never writes the file
itself: the editor returns the ids it touched (``apply()``) for the caller to
pass to ``PlanStore.sync`` (and its undo stack).
"""
from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta

from babel.dates import format_date
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.deadlines import (
    Deadline,
    Occurrence,
    default_window,
    plan_deadlines,
    state_label,
)
from core.model import Plan
from core.text import name_key, split_agencies, vn_sort_key

from ..i18n import babel_locale, current_language, month_name

STATE_COLOURS = {"overdue": "#e53935", "pending": "#fbc02d", "done_late": "#fb8c00", "done_on_time": "#43a047"}
_SEVERITY = {"overdue": 3, "done_late": 2, "pending": 1, "done_on_time": 0}
KIND_COLOURS = {"once": "#1e88e5", "recurring": "#8e24aa", "event": "#00897b", "ongoing": "#757575",
                "unspecified": "#bdbdbd"}
WEEKDAYS_VI = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]


def vi_date(d: date, fmt: str = "dd/MM/yyyy") -> str:
    return format_date(d, fmt, locale="vi")


def ui_date(d: date, fmt: str = "dd/MM/yyyy") -> str:
    """*d* through babel in the interface's locale (weekday and month names in its language)."""
    return format_date(d, fmt, locale=babel_locale())


def state_text(state: str) -> str:
    """A tracking state's words in the interface language (core/deadlines words them)."""
    return state_label(state, current_language())


def _tr(s: str) -> str:
    return QCoreApplication.translate("DeadlineCells", s)


def worst_state(states) -> str | None:
    states = list(states)
    return max(states, key=lambda s: _SEVERITY[s]) if states else None


# ------------------------------------------------------- cell icon/tooltip --
def deadline_icon(dl: Deadline, size: int = 14) -> QIcon:
    """A small disc coloured by kind; flagged readings get a red ring and "!"."""
    pm = QPixmap(size, size)
    pm.fill(Qt.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.Antialiasing)
    p.setBrush(QColor(KIND_COLOURS.get(dl.kind, "#bdbdbd")))
    p.setPen(QColor("#c62828") if dl.flagged else Qt.NoPen)
    p.drawEllipse(1, 1, size - 2, size - 2)
    if dl.flagged:
        p.setPen(QColor("white"))
        p.drawText(pm.rect(), Qt.AlignCenter, "!")
    p.end()
    return QIcon(pm)


_KIND_VI = {"once": "Một lần", "recurring": "Định kỳ", "ongoing": "Thường xuyên", "event": "Theo sự kiện",
            "unspecified": "Không có hạn cụ thể"}


def deadline_tooltip(dl: Deadline, today: date | None = None, events: dict | None = None, span=None) -> str:
    """Kind, explanation (with the recorded event dates applied) and the next due dates (plain text);
    with the plan's *span*, only the due dates within the plan (as the deadline dialog's list counts them)."""
    today = today or date.today()
    lines = [f"{_tr(_KIND_VI.get(dl.kind, dl.kind))}: {dl.explanation_with(events or None, current_language())}"]
    nxt = dl.due_in(today, today + timedelta(days=800), span, events=events or None)[:3]
    if nxt:
        lines.append(_tr("Hạn sắp tới: ") + ", ".join(vi_date(d) for d in nxt))
    if dl.flagged:
        lines.append(_tr("⚠ Cần kiểm tra lại thời hạn này."))
    return "\n".join(lines)


def _plan_order(plan, labels: set) -> list[str]:
    """The appendix labels in the plan's order (Phụ lục I, II, III), not by their first due date."""
    order = [plan.appendix_label(i) for i in range(len(plan.appendices))] if plan is not None else []
    return [x for x in order if x in labels] + sorted(x for x in labels if x not in order)


def _split_names(n: str) -> list[str]:
    # names stored before core.text.split_agencies split "- A; B" lists still hold the ";"
    return split_agencies(str(n))[0]


def _agency_choices(names) -> list[str]:
    """The agencies to filter by: each name of a list cell on its own ("UBND cấp huyện; UBND cấp xã" gives
    two), twins by core.text.name_key once (case, blanks, tone placement: "Uỷ ban MTTQ xã" = "Ủy ban MTTQ
    xã"), no sentence (a cell that is a task, not an agency)."""
    seen: dict[str, str] = {}
    for n in names:
        for x in _split_names(n):
            if len(x) <= 80 and len(x.split()) <= 12:
                seen.setdefault(name_key(x), x)
    return sorted(seen.values(), key=vn_sort_key)


def _names_agency(agency: str, *lists) -> bool:
    """Whether an occurrence's lead/support agencies name *agency* — also inside a cell read as one
    name ("UBND cấp huyện; UBND cấp xã"), whatever the case and tone-mark placement (core.text.name_key)."""
    a = name_key(agency)
    for names in lists:
        for n in names or ():
            if name_key(str(n)) == a or any(name_key(x) == a for x in _split_names(str(n))):
                return True
    return False


# ---------------------------------------------------------------- calendar --
class CalendarView(QWidget):
    """Month grid: each day shows how many occurrences fall due, coloured by
    the worst state; clicking a day lists its tasks below."""

    daySelected = Signal(object)          # date
    occurrenceActivated = Signal(object)  # Occurrence (double click)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._plan: Plan | None = None
        self._today = date.today()
        self._by_day: dict[date, list[Occurrence]] = {}
        self._year, self._month = self._today.year, self._today.month
        self._selected: date | None = None
        self._placing = False   # the grid's current cell is being put on the selected day

        self.prev_btn = QPushButton("‹")
        self.next_btn = QPushButton("›")
        self.today_btn = QPushButton(self.tr("Hôm nay"))
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignCenter)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_btn)
        nav.addWidget(self.title, 1)
        nav.addWidget(self.today_btn)
        nav.addWidget(self.next_btn)

        self.grid = QTableWidget(6, 7)
        self.grid.setHorizontalHeaderLabels([self.tr(w) for w in WEEKDAYS_VI])
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.grid.setEditTriggers(QTableWidget.NoEditTriggers)
        self.grid.setSelectionMode(QTableWidget.SingleSelection)
        self.day_title = QLabel()
        self.day_list = QListWidget()

        lay = QVBoxLayout(self)
        lay.addLayout(nav)
        lay.addWidget(self.grid, 3)
        lay.addWidget(self.day_title)
        lay.addWidget(self.day_list, 2)

        self.prev_btn.clicked.connect(lambda: self.show_month(*self._shift(-1)))
        self.next_btn.clicked.connect(lambda: self.show_month(*self._shift(1)))
        self.today_btn.clicked.connect(lambda: (self.show_month(self._today.year, self._today.month),
                                                self.select_day(self._today)))
        self.grid.cellClicked.connect(self._clicked)
        # the keyboard: arrows move the selected day (the list follows), Enter goes to its tasks,
        # Enter on a task opens it (as a double click does)
        self.grid.currentCellChanged.connect(self._current_changed)
        self.grid.installEventFilter(self)
        self.day_list.installEventFilter(self)
        self.day_list.itemDoubleClicked.connect(lambda it: self.occurrenceActivated.emit(it.data(Qt.UserRole)))
        self.show_month(self._year, self._month)

    # ---- data ----
    def set_plan(self, plan: Plan | None, today: date | None = None) -> None:
        self._plan = plan
        self._today = today or date.today()
        self.refresh()

    def refresh(self) -> None:
        self._by_day = {}
        if self._plan is not None:
            first = date(self._year, self._month, 1)
            last = date(self._year, self._month, _cal.monthrange(self._year, self._month)[1])
            for o in plan_deadlines(self._plan, first - timedelta(days=7), last + timedelta(days=14),
                                    self._today).occurrences:
                self._by_day.setdefault(o.due, []).append(o)
        self._fill()
        if self._selected:
            self.select_day(self._selected)

    def occurrences_on(self, d: date) -> list[Occurrence]:
        return list(self._by_day.get(d, []))

    # ---- navigation ----
    def _shift(self, k: int) -> tuple[int, int]:
        m = self._year * 12 + self._month - 1 + k
        return m // 12, m % 12 + 1

    def show_month(self, year: int, month: int) -> None:
        self._year, self._month = year, month
        self.refresh() if self._plan is not None else self._fill()

    def cell_of(self, d: date) -> tuple[int, int] | None:
        first = date(self._year, self._month, 1)
        idx = (d - first).days + first.weekday()
        if 0 <= idx < 42:
            return idx // 7, idx % 7
        return None

    def date_at(self, row: int, col: int) -> date:
        first = date(self._year, self._month, 1)
        return first + timedelta(days=row * 7 + col - first.weekday())

    def _fill(self) -> None:
        # "Tháng 9 năm 2021" / "September 2021": the month's name from babel, in the interface language
        self.title.setText(self.tr("{month} năm {y}").format(
            month=month_name(self._month, lang=current_language()), y=self._year))
        for r in range(6):
            for c in range(7):
                d = self.date_at(r, c)
                occ = self._by_day.get(d, [])
                text = str(d.day) + (f"\n{len(occ)}" if occ else "")
                it = QTableWidgetItem(text)
                it.setData(Qt.UserRole, d.toordinal())
                it.setTextAlignment(Qt.AlignCenter)
                if d.month != self._month:
                    it.setForeground(QBrush(QColor("#9e9e9e")))
                worst = worst_state(o.state for o in occ)
                if worst:
                    it.setBackground(QBrush(QColor(STATE_COLOURS[worst]).lighter(140)))
                    counts: dict[str, int] = {}
                    for o in occ:
                        counts[o.state] = counts.get(o.state, 0) + 1
                    it.setToolTip("\n".join(f"{state_text(s)}: {n}" for s, n in counts.items()))
                if d == self._today:
                    f = it.font()
                    f.setBold(True)
                    it.setFont(f)
                self.grid.setItem(r, c, it)
        self._place_current()

    def day_count(self, d: date) -> int:
        """The count shown in the cell of *d* (0 when none, -1 if not on the grid)."""
        rc = self.cell_of(d)
        if rc is None:
            return -1
        lines = self.grid.item(*rc).text().split("\n")
        return int(lines[1]) if len(lines) > 1 else 0

    def _clicked(self, r: int, c: int) -> None:
        self.select_day(self.date_at(r, c))

    def _current_changed(self, r: int, c: int, *_):
        if r >= 0 and c >= 0 and not self._placing:
            d = self.date_at(r, c)
            if d != self._selected:
                self.select_day(d)

    def _place_current(self) -> None:
        """The grid's keyboard cursor on the selected day (else today, else the 1st)."""
        for d in (self._selected, self._today, date(self._year, self._month, 1)):
            rc = self.cell_of(d) if d is not None else None
            if rc is not None:
                self._placing = True
                try:
                    self.grid.setCurrentCell(*rc)
                finally:
                    self._placing = False
                return

    def eventFilter(self, obj, ev):   # noqa: N802
        if ev.type() == ev.Type.KeyPress and ev.key() in (Qt.Key_Return, Qt.Key_Enter):
            if obj is self.grid and self.day_list.count():
                self.day_list.setFocus()
                if self.day_list.currentRow() < 0:
                    self.day_list.setCurrentRow(0)
                return True
            if obj is self.day_list and self.day_list.currentItem() is not None:
                self.occurrenceActivated.emit(self.day_list.currentItem().data(Qt.UserRole))
                return True
        return super().eventFilter(obj, ev)

    def select_day(self, d: date) -> None:
        self._selected = d
        self._place_current()
        occ = self._by_day.get(d, [])
        self.day_title.setText(self.tr("{w}, ngày {d}: {n} việc đến hạn").format(   # "Thứ Năm, ngày 30/09/2021"
            w=ui_date(d, "EEEE"), d=ui_date(d, "dd/MM/yyyy"), n=len(occ)))
        self.day_list.clear()
        for o in occ:
            # the appendix's printed name ("Phụ lục I", or the clerk's own label) is plan content, shown as
            # written in both languages; the row number follows it as in the agenda ("1.2. task"), the
            # agencies and the state after dashes
            it = QListWidgetItem(f"{o.appendix_label} — " + (f"{o.number}. " if o.number else "") + o.task
                                 + (f" — {', '.join(o.lead)}" if o.lead else "") + f" — {state_text(o.state)}")
            it.setData(Qt.UserRole, o)
            it.setForeground(QBrush(QColor(STATE_COLOURS[o.state]).darker(130)))
            it.setToolTip(o.phrase)
            self.day_list.addItem(it)
        self.daySelected.emit(d)


# ------------------------------------------------------------------ agenda --
class AgendaView(QWidget):
    """Overdue / this week / next 30 days, filtered by agency and appendix."""

    occurrenceActivated = Signal(object)

    ALL = ""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._plan: Plan | None = None
        self._today = date.today()
        self._occ: list[Occurrence] = []
        self.agency = QComboBox()
        self.appendix = QComboBox()
        self.tree = QTreeWidget()
        # no "Trạng thái" column: the group heading (Quá hạn / Tuần này / 30 ngày tới) says it, and the date's
        # colour; the task takes the room (it had 128 px), the whole text in its tooltip
        self.tree.setHeaderLabels([self.tr("Hạn"), self.tr("Nhiệm vụ"), self.tr("Chủ trì")])
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.ElideRight)
        hh = self.tree.header()
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.Stretch)
        hh.setSectionResizeMode(2, QHeaderView.Interactive)
        hh.resizeSection(2, 150)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Cơ quan:")))
        top.addWidget(self.agency, 2)
        top.addWidget(QLabel(self.tr("Phụ lục:")))
        top.addWidget(self.appendix, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.tree)
        self.agency.currentIndexChanged.connect(self._fill)
        self.appendix.currentIndexChanged.connect(self._fill)
        self.tree.itemDoubleClicked.connect(self._activated)

    def set_plan(self, plan: Plan | None, today: date | None = None) -> None:
        self._plan = plan
        self._today = today or date.today()
        self._occ = []
        if plan is not None:
            start, _ = default_window(plan, self._today)
            self._occ = plan_deadlines(plan, start, self._today + timedelta(days=30), self._today).occurrences
        for combo, values in ((self.agency, _agency_choices(a for o in self._occ for a in o.lead + o.support)),
                              (self.appendix, _plan_order(plan, {o.appendix_label for o in self._occ}))):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Tất cả"), self.ALL)
            for v in values:
                combo.addItem(v, v)
            i = combo.findData(keep)
            combo.setCurrentIndex(max(0, i))
            combo.blockSignals(False)
        self._fill()

    def set_filters(self, agency: str = "", appendix: str = "") -> None:
        i = self.agency.findData(agency)
        if i < 0 and agency:     # another spelling of a listed agency ("Uỷ ban" for "Ủy ban")
            i = next((k for k in range(self.agency.count())
                      if self.agency.itemData(k) and name_key(self.agency.itemData(k)) == name_key(agency)), -1)
        self.agency.setCurrentIndex(max(0, i))
        self.appendix.setCurrentIndex(max(0, self.appendix.findData(appendix)))

    def buckets(self) -> dict[str, list[Occurrence]]:
        """'overdue' (not done, past), 'week' (not done, today … Sunday), 'month' (not done, after this week,
        within 30 days), after the filters."""
        ag, ap = self.agency.currentData() or "", self.appendix.currentData() or ""
        t = self._today
        week_end = t + timedelta(days=6 - t.weekday())
        out: dict[str, list[Occurrence]] = {"overdue": [], "week": [], "month": []}
        for o in self._occ:
            if o.done_date is not None:
                continue
            if ag and not _names_agency(ag, o.lead, o.support):
                continue
            if ap and o.appendix_label != ap:
                continue
            if o.due < t:
                out["overdue"].append(o)
            elif o.due <= week_end:
                out["week"].append(o)
            elif o.due <= t + timedelta(days=30):
                out["month"].append(o)
        return out

    def _fill(self) -> None:
        self.tree.clear()
        titles = {"overdue": self.tr("Quá hạn"), "week": self.tr("Tuần này"), "month": self.tr("30 ngày tới")}
        for key, lst in self.buckets().items():
            head = QTreeWidgetItem([f"{titles[key]} ({len(lst)})"])
            f = head.font(0)
            f.setBold(True)
            head.setFont(0, f)
            head.setData(0, Qt.UserRole, key)
            self.tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            for o in lst:
                task = (f"{o.number}. " if o.number else "") + o.task
                it = QTreeWidgetItem([vi_date(o.due), " ".join(task.split()), ", ".join(o.lead)])
                it.setData(0, Qt.UserRole, o)
                it.setForeground(0, QBrush(QColor(STATE_COLOURS[o.state]).darker(130)))
                it.setToolTip(0, state_text(o.state))
                it.setToolTip(1, f"{task}\n\n{o.phrase}" if o.phrase else task)
                it.setToolTip(2, "\n".join(o.lead + o.support))
                head.addChild(it)
            head.setExpanded(True)

    def _activated(self, item, _col) -> None:
        o = item.data(0, Qt.UserRole)
        if isinstance(o, Occurrence):
            self.occurrenceActivated.emit(o)


# ------------------------------------------------------------------ editor --


def __getattr__(name: str):
    """``DeadlineEditor`` lived here; it is in :mod:`gui.calendar.deadline_dialog` now (which imports this
    module, hence the late import)."""
    if name == "DeadlineEditor":
        from .deadline_dialog import DeadlineEditor
        return DeadlineEditor
    raise AttributeError(name)
