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
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
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
    event_dates,
    is_confirmed,
    parse,
    plan_deadlines,
    plan_span,
    row_phrase,
    state_label,
    state_of,
    window_start,
)
from core.model import Plan
from core.text import name_key, split_agencies, vn_sort_key

from ..editors.dates import DateField
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
class DeadlineEditor(QDialog):
    """Shows how a row's deadline is read; the clerk confirms it, corrects the
    text to read (the cell stays as written) or records the event date."""

    MAX_SHOWN = 60   # occurrences listed (a daily deadline has hundreds)

    def __init__(self, plan: Plan, row_id: str, today: date | None = None, parent=None,
                 occurrence: date | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thời hạn của nhiệm vụ"))
        self._plan, self._row_id = plan, row_id
        self._today = today or date.today()
        self._marks: dict[str, tuple[str, str]] = {}   # ISO due date -> (ISO done date or '', note): staged
        self._shown_event = None       # the event whose recorded date the event fields show
        self._want = occurrence
        self._app, self._row = next((a, r) for a in plan.appendices for r in a.rows if r.id == row_id)
        self.cell = self._app.cell(self._row, "deadline")
        form = QFormLayout()
        self.original = QLabel(self.cell or self.tr("(để trống)"))
        self.original.setWordWrap(True)
        self.text = QLineEdit(row_phrase(self._app, self._row))
        self.reading = QLabel()
        self.reading.setWordWrap(True)
        self.icon = QLabel()
        self.confirm = QCheckBox(self.tr("Đã kiểm tra, cách hiểu này đúng"))
        self.confirm.setChecked(is_confirmed(self._app, self._row))
        self.event_label = QLabel()
        self.event_date = DateField()
        self.event_set = QCheckBox(self.tr("Ghi ngày xảy ra sự kiện"))
        form.addRow(self.tr("Như đã ghi:"), self.original)
        form.addRow(self.tr("Hiểu là:"), self.text)
        row = QHBoxLayout()
        row.addWidget(self.icon)
        row.addWidget(self.reading, 1)
        form.addRow(self.tr("Cách hiểu:"), row)
        form.addRow(self.event_label)
        ev = QHBoxLayout()
        ev.addWidget(self.event_set)
        ev.addWidget(self.event_date)
        form.addRow(ev)
        form.addRow(self.confirm)
        # occurrences: mark one done (date + note) or not done
        self.occ_title = QLabel()
        self.occ_list = QTreeWidget()
        self.occ_list.setHeaderLabels([self.tr("Hạn"), self.tr("Trạng thái"), self.tr("Ngày hoàn thành"),
                                       self.tr("Ghi chú")])
        self.occ_list.setRootIsDecorated(False)
        self.occ_list.setMinimumHeight(150)
        self.occ_list.setAlternatingRowColors(True)
        self.done_date = DateField()
        self.done_date.setDate(self._today)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Ghi chú (số văn bản báo cáo, kết quả…)"))
        self.mark_btn = QPushButton(self.tr("Đánh dấu đã hoàn thành"))
        self.unmark_btn = QPushButton(self.tr("Bỏ đánh dấu"))
        done_row = QHBoxLayout()
        done_row.addWidget(QLabel(self.tr("Hoàn thành ngày:")))
        done_row.addWidget(self.done_date)
        done_row.addWidget(self.note, 1)
        done_row.addWidget(self.mark_btn)
        done_row.addWidget(self.unmark_btn)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Lưu"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.occ_title)
        lay.addWidget(self.occ_list, 1)
        lay.addLayout(done_row)
        lay.addWidget(buttons)
        self.resize(760, 560)
        self.text.textChanged.connect(self._update)
        self.event_set.toggled.connect(self.event_date.setEnabled)
        self.event_set.toggled.connect(lambda *_: self._fill_occurrences())
        self.event_date.dateChanged.connect(lambda *_: self._fill_occurrences())
        self.occ_list.currentItemChanged.connect(self._occ_selected)
        self.mark_btn.clicked.connect(lambda: self.mark_selected(True))
        self.unmark_btn.clicked.connect(lambda: self.mark_selected(False))
        self._update()

    def deadline(self) -> Deadline:
        return parse(self.text.text())

    def accept(self) -> None:
        """"Lưu" with an event date that does not read: the field is marked and says why; the dialog stays."""
        if self.deadline().events and self.event_set.isChecked() and not self.event_date.check():
            self.event_date.setFocus()
            return
        super().accept()

    def _event_typed(self) -> bool:
        """The event date field is ticked and its text reads as a date."""
        return self.event_set.isChecked() and self.event_date.is_valid()

    def _update(self) -> None:
        dl = self.deadline()
        self.icon.setPixmap(deadline_icon(dl, 16).pixmap(16, 16))
        # the next dates within the plan, as the list below counts them ("Hằng tháng" in a plan that is
        # over listed three dates of the coming months above "Các lần đến hạn: 1")
        self.reading.setText(deadline_tooltip(dl, self._today, self._events(dl) if dl.events else None,
                                              plan_span(self._plan)))
        has_event = bool(dl.events)
        self.event_label.setVisible(has_event)
        self.event_set.setVisible(has_event)
        self.event_date.setVisible(has_event)
        if has_event:
            self.event_label.setText(self.tr("Sự kiện: “{e}”").format(e=dl.event))
            # the recorded date is shown when the dialog opens or the reading names another event —
            # not on every keystroke in "Hiểu là", which would throw away a date just entered
            if dl.event != self._shown_event:
                self._shown_event = dl.event
                known = event_dates(self._plan, self._row_id).get(" ".join(dl.event.lower().split()))
                self.event_set.setChecked(known is not None)
                self.event_date.setDate(known or self._today)
                self.event_date.setEnabled(known is not None)
        self._fill_occurrences()

    # ---- occurrences ----
    def _events(self, dl: Deadline) -> dict[str, date]:
        events = event_dates(self._plan, self._row_id)
        issue = self._plan.meta.issue
        from core.deadlines.occurrences import _PLAN_ISSUED
        from core.deadlines.parse import _fold
        for ev in dl.events:
            if issue is not None and _PLAN_ISSUED.search(_fold(ev.event)) and _fold(ev.event) not in events:
                events[_fold(ev.event)] = issue
        if dl.events and self._event_typed():
            events[_fold(dl.event)] = self.event_date.date()
        return events

    def occurrence_dates(self) -> list[date]:
        """The row's due dates (current reading) in the plan's span and the year after."""
        dl = self.deadline()
        span = plan_span(self._plan)
        t = self._today
        if span:
            lo, hi = window_start(self._plan, t, span), max(span[1] + timedelta(days=400), t + timedelta(days=400))
        else:
            lo, hi = t - timedelta(days=366), t + timedelta(days=800)
        dues = dl.due_in(lo, hi, span, self._events(dl) or None)
        if len(dues) > self.MAX_SHOWN:   # keep the ones around today
            k = next((i for i, d in enumerate(dues) if d >= t), len(dues))
            a = max(0, min(k - self.MAX_SHOWN // 3, len(dues) - self.MAX_SHOWN))
            dues = dues[a:a + self.MAX_SHOWN]
        return dues

    def done_of(self, due: date) -> tuple[str, str]:
        """(ISO done date or '', note) of an occurrence, staged changes included."""
        iso = due.isoformat()
        if iso in self._marks:
            return self._marks[iso]
        for t in self._plan.tracking:
            if t.row_id == self._row_id and t.occurrence == iso:
                return t.done_date, t.note
        return "", ""

    def _fill_occurrences(self) -> None:
        if not hasattr(self, "occ_list"):
            return
        cur = self.occ_list.currentItem()
        keep = cur.data(0, Qt.UserRole) if cur is not None else None
        self.occ_list.blockSignals(True)
        self.occ_list.clear()
        dues = self.occurrence_dates()
        pick = None
        for d in dues:
            done, note = self.done_of(d)
            st = state_of(d, done or None, self._today)
            it = QTreeWidgetItem([vi_date(d), state_text(st),
                                  vi_date(date.fromisoformat(done)) if done else "", note])
            it.setData(0, Qt.UserRole, d.toordinal())
            it.setForeground(1, QBrush(QColor(STATE_COLOURS[st]).darker(130)))
            self.occ_list.addTopLevelItem(it)
            if keep is not None and d.toordinal() == keep:
                pick = it
            elif keep is None and self._want is not None and d == self._want:
                pick = it
        if pick is None:   # the first overdue, else the next one due, else the last
            for i in range(self.occ_list.topLevelItemCount()):
                it = self.occ_list.topLevelItem(i)
                d = date.fromordinal(it.data(0, Qt.UserRole))
                if not self.done_of(d)[0] and (d < self._today or pick is None):
                    pick = it
                    if d < self._today:
                        break
                if d >= self._today and pick is not None:
                    break
            if pick is None and self.occ_list.topLevelItemCount():
                pick = self.occ_list.topLevelItem(self.occ_list.topLevelItemCount() - 1)
        self.occ_list.blockSignals(False)
        for c in range(3):
            self.occ_list.resizeColumnToContents(c)
        n = len(dues)
        n_done = sum(1 for d in dues if self.done_of(d)[0])
        self.occ_title.setText(self.tr("Các lần đến hạn trong thời gian kế hoạch: {n} (đã hoàn thành {k})").format(n=n, k=n_done) if n else
                               self.tr("Không có lần đến hạn nào có ngày cụ thể."))
        has = bool(n)
        for w in (self.occ_list, self.done_date, self.note, self.mark_btn, self.unmark_btn):
            w.setEnabled(has)
        if pick is not None:
            self.occ_list.setCurrentItem(pick)
            self._occ_selected(pick, None)

    def selected_occurrence(self) -> date | None:
        it = self.occ_list.currentItem()
        return date.fromordinal(it.data(0, Qt.UserRole)) if it is not None else None

    def select_occurrence(self, due: date) -> bool:
        for i in range(self.occ_list.topLevelItemCount()):
            it = self.occ_list.topLevelItem(i)
            if it.data(0, Qt.UserRole) == due.toordinal():
                self.occ_list.setCurrentItem(it)
                return True
        return False

    def _occ_selected(self, item, _prev=None) -> None:
        if item is None:
            return
        d = date.fromordinal(item.data(0, Qt.UserRole))
        done, note = self.done_of(d)
        when = date.fromisoformat(done) if done else self._today
        self.done_date.setDate(when)
        self.note.setText(note)
        self.mark_btn.setText(self.tr("Sửa ngày hoàn thành") if done else self.tr("Đánh dấu đã hoàn thành"))
        self.unmark_btn.setEnabled(bool(done))

    def mark_selected(self, done: bool = True, when: date | None = None, note: str | None = None) -> None:
        """Stage: the selected occurrence done on *when* (default: the date field) with *note*, or not done."""
        d = self.selected_occurrence()
        if d is None:
            return
        if when is None:
            if done and not self.done_date.check():
                self.done_date.setFocus()
                return        # a done date that does not read: refused (the field says why), nothing staged
            when = self.done_date.date()
        note = self.note.text().strip() if note is None else note
        self._marks[d.isoformat()] = (when.isoformat() if done else "", note)
        self._fill_occurrences()

    def _stage_typed_note(self) -> None:
        """A note typed for the selected occurrence without pressing the button is kept too
        (with the occurrence's done state as it is): "Lưu" must not drop what was typed."""
        d = self.selected_occurrence()
        if d is None or not self.note.isEnabled():
            return
        done, note = self.done_of(d)
        typed = self.note.text().strip()
        if typed != (note or ""):
            self._marks[d.isoformat()] = (done, typed)

    def has_changes(self) -> bool:
        self._stage_typed_note()
        text = self.text.text().strip()
        if text != self.cell.strip() or self.confirm.isChecked() != is_confirmed(self._app, self._row):
            return True
        dl = self.deadline()
        if dl.events:
            known = event_dates(self._plan, self._row_id).get(" ".join(dl.event.lower().split()))
            if self.event_set.isChecked():
                if self._event_typed() and known != self.event_date.date():
                    return True
            elif known is not None:
                return True          # unticked: the recorded date is to be removed
        for iso, (done, note) in self._marks.items():
            t = next((t for t in self._plan.tracking if t.row_id == self._row_id and t.occurrence == iso), None)
            if (t.done_date, t.note) != (done, note) if t is not None else (done or note):
                return True
        return False

    def choices(self) -> dict:
        """The clerk's choices as the arguments of :func:`core.edits.set_deadline` (the window runs that
        edit; the dialog never changes the plan itself)."""
        self._stage_typed_note()
        out: dict = {}
        text = self.text.text().strip()
        if text != self.cell.strip() or self.confirm.isChecked() != is_confirmed(self._app, self._row):
            out["reading"] = (text if text != self.cell.strip() else None, self.confirm.isChecked())
        dl = self.deadline()
        if dl.events and self.event_set.isChecked():
            if self._event_typed():   # text that does not read is never saved as another date
                out["event"] = (dl.event, self.event_date.date())
        elif dl.events and event_dates(self._plan, self._row_id).get(" ".join(dl.event.lower().split())) is not None:
            out["event"] = (dl.event, None)     # unticked: removed
        marks = {}
        for iso, (done, note) in self._marks.items():
            t = next((t for t in self._plan.tracking if t.row_id == self._row_id and t.occurrence == iso), None)
            if t is not None and (t.done_date, t.note) == (done, note) or t is None and not done and not note:
                continue
            marks[iso] = (done, note)
        if marks:
            out["marks"] = marks
        return out
