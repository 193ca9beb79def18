"""What a deadline cell of the appendix table shows: a state icon and a tooltip.

:class:`DeadlineCells` reads each row's deadline (the clerk's correction when
it applies, see :func:`core.deadlines.row_phrase`), computes its due dates in
the plan's span and their tracking state, and caches:

* per phrase: the reading and its due dates (``parse`` is cached too, and a
  plan repeats the same few phrases: "Hàng năm", "Thường xuyên" …);
* per row: the state, icon key and tooltip, valid while the row's phrase,
  the tracking records and the plan's span are unchanged.

Only rows on screen are asked for, so a 10,000-row table stays fast.

Cell states (colour of the icon):

=============  ======  ==============================================
``overdue``    red     an occurrence is past due and not done
``soon``       orange  an occurrence not done falls due within 7 days
``done``       green   every occurrence in the plan's span is done
``pending``    blue    the next occurrence is later (still in time)
``none``       grey    ongoing, unspecified, an event not yet recorded
``flagged``    ⚠       the phrase could not be read: check it
=============  ======  ==============================================
"""
from __future__ import annotations

import logging
import os
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from core.deadlines import parse, plan_span, row_phrase, window_start
from core.deadlines.occurrences import _PLAN_ISSUED, EVENT_PREFIX, event_dates
from core.deadlines.parse import _fold

from ..i18n import current_language

SOON_DAYS = 7
CELL_STATES = ("overdue", "soon", "done", "pending", "none", "flagged")
CELL_COLOURS = {"overdue": "#d32f2f", "soon": "#f57c00", "done": "#2e7d32", "pending": "#1e88e5",
                "none": "#9e9e9e", "flagged": "#f9a825"}


def tr(s: str) -> str:
    return QCoreApplication.translate("DeadlineCells", s)


def ui_today() -> date:
    """Today, or the date in ``KEHOACH_TODAY`` (YYYY-MM-DD) for screenshots and tests."""
    v = os.environ.get("KEHOACH_TODAY", "").strip()
    if v:
        try:
            return date.fromisoformat(v[:10])
        except ValueError:   # a mistyped setting: the real date
            logging.getLogger(__name__).warning("KEHOACH_TODAY=%r is not a date", v)
    return date.today()


def _vi(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


_ICONS: dict[str, QIcon] = {}


def state_icon(state: str, size: int = 14) -> QIcon:
    """A disc coloured by state (a tick when done); a warning triangle for ``flagged``."""
    key = f"{state}:{size}"
    ic = _ICONS.get(key)
    if ic is not None:
        return ic
    pm = QPixmap(size, size)
    pm.fill(Qt.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.Antialiasing)
    col = QColor(CELL_COLOURS.get(state, "#9e9e9e"))
    if state == "flagged":
        tri = QPolygonF([QPointF(size / 2, 0.5), QPointF(size - 0.5, size - 1), QPointF(0.5, size - 1)])
        p.setPen(QPen(QColor("#8d6e00"), 1))
        p.setBrush(col)
        p.drawPolygon(tri)
        p.setPen(QPen(QColor("black"), 1.6))
        x = size / 2
        p.drawLine(QPointF(x, size * 0.32), QPointF(x, size * 0.62))
        p.drawPoint(QPointF(x, size * 0.80))
    else:
        p.setPen(Qt.NoPen)
        p.setBrush(col)
        p.drawEllipse(1, 1, size - 2, size - 2)
        if state == "done":
            p.setPen(QPen(QColor("white"), 1.8))
            p.drawLine(QPointF(size * 0.27, size * 0.52), QPointF(size * 0.44, size * 0.70))
            p.drawLine(QPointF(size * 0.44, size * 0.70), QPointF(size * 0.75, size * 0.32))
        elif state == "overdue":
            p.setPen(QPen(QColor("white"), 1.8))
            p.drawLine(QPointF(size / 2, size * 0.25), QPointF(size / 2, size * 0.58))
            p.drawPoint(QPointF(size / 2, size * 0.76))
    p.end()
    ic = _ICONS[key] = QIcon(pm)
    return ic


_KIND_VI = {"once": "Một lần", "recurring": "Định kỳ", "ongoing": "Thường xuyên", "event": "Theo sự kiện",
            "unspecified": "Không có hạn cụ thể"}


class CellInfo:
    __slots__ = ("state", "tooltip", "kind", "dues", "next_due")

    def __init__(self, state, tooltip, kind, dues, next_due):
        self.state, self.tooltip, self.kind, self.dues, self.next_due = state, tooltip, kind, dues, next_due


class DeadlineCells:
    """Readings of one plan's deadline cells, cached (see the module doc)."""

    def __init__(self, plan, today: date | None = None):
        self.plan = plan
        self.today = today or ui_today()
        self._rows: dict[str, tuple] = {}
        self._dues: dict[str, tuple] = {}
        self._gen = 0
        self._key = None
        self._done: dict[tuple[str, str], str] = {}
        self._events = False
        self._span = None
        self._window = None

    # ---------------------------------------------------------- caches --
    def invalidate(self) -> None:
        """Tracking records, event dates or the plan's span changed."""
        self._gen += 1
        self._key = None

    def _check(self) -> None:
        tr_list = self.plan.tracking
        m = self.plan.meta
        key = (self._gen, id(tr_list), len(tr_list), m.period, m.issue, m.title)
        if key == self._key:
            return
        self._key = key
        self._rows.clear()
        self._dues.clear()
        self._done = {}
        self._events = False
        for t in tr_list:
            if t.occurrence.startswith(EVENT_PREFIX):
                self._events = True
            elif t.done_date:
                self._done[(t.row_id, t.occurrence)] = t.done_date
        self._span = plan_span(self.plan)
        if self._span:
            self._window = (window_start(self.plan, self.today, self._span),
                            max(self._span[1] + timedelta(days=400), self.today + timedelta(days=400)))
        else:
            self._window = (self.today - timedelta(days=366), self.today + timedelta(days=800))

    def _due_dates(self, dl, row_id: str) -> tuple[tuple[date, ...], bool]:
        """(due dates in the window, whether they depend on recorded events)."""
        if dl.events:
            events = event_dates(self.plan, row_id) if self._events else {}
            issue = self.plan.meta.issue
            if issue is not None:
                for ev in dl.events:
                    if _PLAN_ISSUED.search(_fold(ev.event)) and _fold(ev.event) not in events:
                        events[_fold(ev.event)] = issue
            if events:
                return tuple(dl.due_in(self._window[0], self._window[1], self._span, events)), True
        hit = self._dues.get(dl.phrase)
        if hit is None:
            hit = self._dues[dl.phrase] = tuple(dl.due_in(self._window[0], self._window[1], self._span))
        return hit, False

    # ------------------------------------------------------------ rows --
    def info(self, app, row) -> CellInfo | None:
        """The reading of *row*'s deadline cell (None for group rows and empty cells)."""
        if row.kind != "task":
            return None
        self._check()
        phrase = row_phrase(app, row)
        hit = self._rows.get(row.id)
        if hit is not None and hit[0] == phrase:
            return hit[1]
        out = self._compute(row, phrase) if phrase.strip() else None
        self._rows[row.id] = (phrase, out)
        return out

    def _compute(self, row, phrase: str) -> CellInfo:
        dl = parse(phrase)
        dues, _ = self._due_dates(dl, row.id)
        t = self.today
        done = [self._done.get((row.id, d.isoformat())) for d in dues]
        overdue = [d for d, dd in zip(dues, done) if not dd and d < t]
        upcoming = [d for d, dd in zip(dues, done) if not dd and d >= t]
        n_done = sum(1 for dd in done if dd)
        if dl.flagged:
            state = "flagged"
        elif not dues:
            state = "none"
        elif overdue:
            state = "overdue"
        elif upcoming and (upcoming[0] - t).days <= SOON_DAYS:
            state = "soon"
        elif n_done == len(dues):
            state = "done"
        else:
            state = "pending"
        nxt = upcoming[0] if upcoming else None
        # with the event dates recorded applied: "no date until the event is recorded" would contradict
        # the due date shown next to it
        ev = event_dates(self.plan, row.id) if dl.events else None
        lines = [f"{tr(_KIND_VI.get(dl.kind, dl.kind))}: {dl.explanation_with(ev or None, current_language())}"]
        if dues:
            future = [d for d in dues if d >= t][:3]
            if future:
                lines.append(tr("Hạn sắp tới: ") + ", ".join(_vi(d) for d in future))
            elif dues:
                lines.append(tr("Hạn cuối: ") + _vi(dues[-1]))
            lines.append(tr("Đã hoàn thành {n}/{m} lần đến hạn").replace("{n}", str(n_done))
                         .replace("{m}", str(len(dues))) + (tr(" trong thời gian kế hoạch") if self._span else ""))
            if overdue:
                shown = ", ".join(_vi(d) for d in overdue[:3]) + ("…" if len(overdue) > 3 else "")
                lines.append(tr("⛔ Quá hạn, chưa hoàn thành: ") + shown)
            elif state == "soon":
                k = (nxt - t).days
                lines.append(tr("⏰ Sắp đến hạn: ") + _vi(nxt) + " (" + (
                    tr("hôm nay") if k == 0 else tr("còn {k} ngày").replace("{k}", str(k))) + ")")
        elif dl.events:
            lines.append(tr("Chưa ghi ngày xảy ra sự kiện (Bảng → Thời hạn…, Ctrl+T)."))
        if dl.flagged:
            lines.append(tr("⚠ Không đọc được thời hạn này: cần kiểm tra và xác nhận (Ctrl+T)."))
        return CellInfo(state, "\n".join(lines), dl.kind, dues, nxt)

    def icon(self, app, row) -> QIcon | None:
        info = self.info(app, row)
        return state_icon(info.state) if info is not None else None

    def tooltip(self, app, row) -> str | None:
        info = self.info(app, row)
        return info.tooltip if info is not None else None


def cells_for(doc) -> DeadlineCells:
    """The :class:`DeadlineCells` of an open document (one per document),
    invalidated when tracking records, the header or the appendices change."""
    c = getattr(doc, "_deadline_cells", None)
    if c is None or c.plan is not doc.plan:
        c = DeadlineCells(doc.plan)
        doc._deadline_cells = c

        def changed(tags, c=c):
            if any(t and t[0] in ("tracking", "meta", "appendices") for t in tags):
                c.invalidate()
        doc.changed.connect(changed)
    return c
