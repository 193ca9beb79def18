"""The calendar's week and list views and the printed work schedule (lịch công tác), as plain rows.

Pure Python over :func:`core.deadlines.plan_deadlines` (the occurrences the month view counts): no
deadline logic of its own, only the period shown, the grouping by day and the words.

* :func:`period_span` — the days a view shows: the week (Monday … Sunday, as Vietnamese calendars
  start the week) or the month around an anchor day; :func:`shift` moves the anchor by weeks or months.
* :func:`mark_of` — the colour class of an occurrence: ``overdue`` (past, not done), ``soon`` (not done,
  due within :data:`SOON_DAYS` days), ``done``, ``later``.
* :func:`agenda_rows` / :func:`week_days` — the rows of the list view and the seven days of the week view.
* :func:`schedule_table` — the printed one-page table: title, period, headers and rows grouped by day.

Words come in Vietnamese (default) or English (``lang="en"``), as elsewhere in core.
"""
from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass, field
from datetime import date, timedelta

from .occurrences import Occurrence, plan_deadlines, state_label

VIEWS = ("month", "week", "list")
SOON_DAYS = 7
MARKS = ("overdue", "soon", "done", "later")

WEEKDAYS = {"vi": ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"),
            "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")}
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")

_WORDS = {
    "vi": {"title": "LỊCH CÔNG TÁC", "week": "Tuần từ ngày {a} đến ngày {b}", "month": "Tháng {m} năm {y}",
           "headers": ("Ngày", "Nhiệm vụ", "Cơ quan chủ trì", "Trạng thái"),
           "empty": "Không có nhiệm vụ nào đến hạn trong thời gian này.",
           "today": "hôm nay", "left": "còn {k} ngày", "plan": "Theo: {t}",
           "overdue": "Quá hạn {k} ngày", "soon": "Sắp đến hạn ({left})", "later": "Trong hạn"},
    "en": {"title": "WORK SCHEDULE", "week": "Week from {a} to {b}", "month": "{M} {y}",
           "headers": ("Date", "Task", "Lead agency", "Status"),
           "empty": "No task falls due in this period.",
           "today": "today", "left": "{k} days left", "plan": "From: {t}",
           "overdue": "Overdue by {k} days", "soon": "Due soon ({left})", "later": "Not yet due"},
}


def _w(lang: str) -> dict:
    return _WORDS["en" if lang == "en" else "vi"]


def dmy(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


# ------------------------------------------------------------------ periods --
def week_span(d: date) -> tuple[date, date]:
    """Monday and Sunday of *d*'s week."""
    mon = d - timedelta(days=d.weekday())
    return mon, mon + timedelta(days=6)


def month_span(d: date) -> tuple[date, date]:
    """First and last day of *d*'s month."""
    return date(d.year, d.month, 1), date(d.year, d.month, _cal.monthrange(d.year, d.month)[1])


def period_span(view: str, anchor: date) -> tuple[date, date]:
    """The days *view* shows around *anchor*: its week for ``week``, its month for ``month`` and ``list``."""
    return week_span(anchor) if view == "week" else month_span(anchor)


def shift(view: str, anchor: date, k: int) -> date:
    """*anchor* moved by *k* weeks (``week``) or *k* months (``month``/``list``; the day kept when the month
    has it, else its last day: 31/01 + 1 month = 29/02 in a leap year)."""
    if view == "week":
        return anchor + timedelta(days=7 * k)
    m = anchor.year * 12 + anchor.month - 1 + k
    y, mo = m // 12, m % 12 + 1
    return date(y, mo, min(anchor.day, _cal.monthrange(y, mo)[1]))


# -------------------------------------------------------------------- rows --
def mark_of(o: Occurrence, today: date) -> str:
    """``done`` (marked done), ``overdue`` (past due, not done), ``soon`` (not done, due today or within
    :data:`SOON_DAYS` days) or ``later``."""
    if o.done_date is not None:
        return "done"
    if o.due < today:
        return "overdue"
    return "soon" if (o.due - today).days <= SOON_DAYS else "later"


def state_words(o: Occurrence, today: date, lang: str = "vi") -> str:
    """The occurrence's state in a few words: "Đã hoàn thành đúng hạn" / "… quá hạn" (the official words for
    a done occurrence), "Quá hạn 5 ngày", "Sắp đến hạn (còn 3 ngày)" / "(hôm nay)", "Trong hạn"."""
    w = _w(lang)
    m = mark_of(o, today)
    if m == "done":
        return state_label(o.state, lang)
    k = (o.due - today).days
    if m == "overdue":
        return w["overdue"].format(k=-k)
    if m == "soon":
        return w["soon"].format(left=w["today"] if k == 0 else w["left"].format(k=k))
    return w["later"]


@dataclass(frozen=True)
class AgendaRow:
    """One occurrence as the week and list views and the print show it."""
    due: date
    task: str            # "1.2. Task text" on one line
    lead: str            # the lead agencies, "; " between them
    state: str           # the tracking state (core.deadlines.STATES)
    mark: str            # colour class (:data:`MARKS`)
    words: str           # :func:`state_words`
    occurrence: Occurrence = field(compare=False, repr=False)


def row_of(o: Occurrence, today: date, lang: str = "vi") -> AgendaRow:
    task = " ".join(((f"{o.number}. " if o.number else "") + o.task).split())
    lead = "; ".join(" ".join(a.split()) for a in o.lead if a.strip())
    return AgendaRow(o.due, task, lead, o.state, mark_of(o, today), state_words(o, today, lang), o)


def agenda_rows(occurrences, start: date, end: date, today: date, lang: str = "vi") -> list[AgendaRow]:
    """The occurrences due in [*start*, *end*], by date (then in the plan's order, as given)."""
    occ = [o for o in occurrences if start <= o.due <= end]
    occ.sort(key=lambda o: o.due)          # stable: the plan's order within a day
    return [row_of(o, today, lang) for o in occ]


def week_days(rows: list[AgendaRow], monday: date) -> list[tuple[date, list[AgendaRow]]]:
    """The seven days from *monday*, each with its rows (an empty list for a free day)."""
    days = [monday + timedelta(days=i) for i in range(7)]
    by = {d: [] for d in days}
    for r in rows:
        if r.due in by:
            by[r.due].append(r)
    return [(d, by[d]) for d in days]


def weekday_name(d: date, lang: str = "vi") -> str:
    return WEEKDAYS["en" if lang == "en" else "vi"][d.weekday()]


def day_heading(d: date, lang: str = "vi") -> str:
    """"Thứ Hai, 02/09/2024" / "Monday, 02/09/2024"."""
    return f"{weekday_name(d, lang)}, {dmy(d)}"


def period_text(view: str, anchor: date, lang: str = "vi") -> str:
    """"Tuần từ ngày 02/09/2024 đến ngày 08/09/2024" or "Tháng 9 năm 2024" (English: "Week from … to …",
    "September 2024")."""
    a, b = period_span(view, anchor)
    w = _w(lang)
    if view == "week":
        return w["week"].format(a=dmy(a), b=dmy(b))
    return w["month"].format(m=a.month, M=MONTHS_EN[a.month - 1], y=a.year)


# ------------------------------------------------------------------- print --
@dataclass(frozen=True)
class ScheduleRow:
    day: str             # "Thứ Hai\n02/09/2024" on the first row of its day, "" on the others
    day_rows: int        # rows of that day (on its first row; 0 on the others): the printed cell's height
    task: str
    lead: str
    state: str           # the state's words
    mark: str


@dataclass(frozen=True)
class ScheduleTable:
    """The printed work schedule: one table, rows grouped by day."""
    title: str           # "LỊCH CÔNG TÁC"
    period: str          # "Tuần từ ngày … đến ngày …" / "Tháng 9 năm 2024"
    source: str          # "Theo: <the plan's title>" ("" when the plan has none)
    headers: tuple[str, str, str, str]
    rows: list[ScheduleRow]
    empty: str           # what the table says when no row falls in the period
    start: date
    end: date

    def text(self) -> str:
        """The whole table as plain text (tests, logs)."""
        lines = [self.title, self.period] + ([self.source] if self.source else []) + ["\t".join(self.headers)]
        lines += ["\t".join((r.day.replace("\n", " "), r.task, r.lead, r.state)) for r in self.rows] or [self.empty]
        return "\n".join(lines)


def schedule_rows(rows: list[AgendaRow], lang: str = "vi") -> list[ScheduleRow]:
    out: list[ScheduleRow] = []
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and rows[j].due == rows[i].due:
            j += 1
        d = rows[i].due
        for k in range(i, j):
            r = rows[k]
            first = k == i
            out.append(ScheduleRow(f"{weekday_name(d, lang)}\n{dmy(d)}" if first else "", j - i if first else 0,
                                   r.task, r.lead, r.words, r.mark))
        i = j
    return out


def schedule_table(plan, view: str, anchor: date, today: date, lang: str = "vi") -> ScheduleTable:
    """The work schedule of the week (``view="week"``) or the month (``month``/``list``) around *anchor*."""
    start, end = period_span(view, anchor)
    occ = plan_deadlines(plan, start, end, today).occurrences
    rows = agenda_rows(occ, start, end, today, lang)
    w = _w(lang)
    title = " ".join((plan.meta.title or "").split())
    return ScheduleTable(w["title"], period_text("week" if view == "week" else "month", anchor, lang),
                         w["plan"].format(t=title) if title else "", w["headers"], schedule_rows(rows, lang),
                         w["empty"], start, end)
