"""The deadline dialog: how a row's deadline is read, its occurrences with done marks and notes.

Split from :mod:`gui.calendar.view` (the month calendar and the agenda); it uses the same icon, tooltip
and state colours. The dialog never writes the file: the caller runs :meth:`DeadlineEditor.choices`
as one core edit.
"""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from core.deadlines import (
    Deadline,
    event_dates,
    is_confirmed,
    parse,
    plan_span,
    row_phrase,
    state_of,
    window_start,
)
from core.model import Plan

from ..editors.dates import DateField
from .view import STATE_COLOURS, deadline_icon, deadline_tooltip, state_text, vi_date


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
