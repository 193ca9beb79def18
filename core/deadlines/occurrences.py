"""Deadlines of a whole plan: occurrences, tracking states, notices.

An *occurrence* is one due date of one task row.  Whether it is done comes
from ``plan.tracking``: a :class:`~core.model.Tracking` record whose
``occurrence`` is the ISO due date.  Dates of events ("Quyết định công bố",
"bầu cử" …) that the clerk recorded are Tracking records with occurrence
``"event:<event text>"`` and ``done_date`` = the day it happened (a record
with an empty ``row_id`` holds for every row naming that event).  A clerk's
confirmed or corrected reading lives in ``row.status["deadline"]``.

States use the official vocabulary:

===============  ==================================
done_on_time     Đã hoàn thành đúng hạn
done_late        Đã hoàn thành quá hạn
pending          Chưa hoàn thành, trong hạn
overdue          Chưa hoàn thành, quá hạn
===============  ==================================
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..model import Appendix, Plan, Row, Tracking, now_iso
from ..text import clean, nfc, split_agencies
from .parse import parse
from .types import Deadline, fold

STATES = ("done_on_time", "done_late", "pending", "overdue")
STATE_VI = {
    "done_on_time": "Đã hoàn thành đúng hạn",
    "done_late": "Đã hoàn thành quá hạn",
    "pending": "Chưa hoàn thành, trong hạn",
    "overdue": "Chưa hoàn thành, quá hạn",
}
STATE_EN = {
    "done_on_time": "Done on time",
    "done_late": "Done late",
    "pending": "Not done, not yet due",
    "overdue": "Not done, overdue",
}
EVENT_PREFIX = "event:"


def state_label(state: str, lang: str = "vi") -> str:
    """The word for a tracking state: the official Vietnamese (default) or English."""
    return (STATE_EN if lang == "en" else STATE_VI)[state]


def _d(s: str | None) -> date | None:
    if not s:
        return None
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


# ------------------------------------------------------------------ states --
def state_of(due: date, done_date: date | str | None, today: date) -> str:
    """One of :data:`STATES` for an occurrence due on *due*."""
    if isinstance(done_date, str):
        done_date = _d(done_date)
    if done_date is not None:
        return "done_on_time" if done_date <= due else "done_late"
    return "overdue" if today > due else "pending"


# ------------------------------------------------------------- plan span --
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d|21\d\d)(?!\d)")


def plan_span(plan: Plan) -> tuple[date, date] | None:
    """The stretch of time the plan covers (clips recurring deadlines).

    Years come from ``meta.period`` ("2021", "2023-2025"); failing that,
    from the title ("… năm 2021", "… đến năm 2025") together with the year
    of issue; failing that, the year of issue.  The span starts on
    1 January of the first year, or on the issue date when that is later
    (a plan asks nothing due before it was signed), and ends on 31
    December of the last year.  ``None`` when nothing tells.
    """
    m = plan.meta
    years = [int(y) for y in _YEAR.findall(m.period or "")]
    issue = m.issue
    if not years:
        years = [int(y) for y in _YEAR.findall(m.title or "")]
        if issue is not None:
            years = [y for y in years if y >= issue.year] + [issue.year]
    if not years:
        return None
    a, b = date(min(years), 1, 1), date(max(years), 12, 31)
    if issue is not None and a < issue <= b:
        a = issue
    return a, b


# ---------------------------------------------------------------- reading --
def row_phrase(app: Appendix, row: Row) -> str:
    """The deadline text of a row: the clerk's correction when it still
    applies to the cell as written, else the cell."""
    cell = app.cell(row, "deadline")
    st = row.status.get("deadline") if isinstance(row.status, dict) else None
    if isinstance(st, dict) and st.get("text") is not None and nfc(st.get("source", "")) == nfc(cell):
        return nfc(st["text"])
    return cell


def row_reading(app: Appendix, row: Row) -> Deadline:
    return parse(row_phrase(app, row))


def is_confirmed(app: Appendix, row: Row) -> bool:
    st = row.status.get("deadline") if isinstance(row.status, dict) else None
    return isinstance(st, dict) and bool(st.get("confirmed")) and nfc(st.get("source", "")) == nfc(
        app.cell(row, "deadline"))


def set_reading(plan: Plan, row_id: str, text: str | None = None, confirmed: bool = True) -> set[str]:
    """The clerk confirms the reading of a row (``text`` None) or corrects
    it (``text`` = the phrase to read instead; the cell is left as written).
    Done marks follow the corrected reading (:func:`follow_done_marks`)."""
    for app in plan.appendices:
        for r in app.rows:
            if r.id == row_id:
                old = row_phrase(app, r)
                cell = app.cell(r, "deadline")
                r.status = dict(r.status or {})
                r.status["deadline"] = {"text": nfc(text) if text is not None else cell, "source": cell,
                                        "confirmed": bool(confirmed)}
                r.modified = now_iso()
                return {r.id} | follow_done_marks(plan, app, r, old)
    raise KeyError(row_id)


FOLLOW_DAYS = 92     # a done mark follows its occurrence to a new due date at most a quarter away


def follow_done_marks(plan: Plan, app: Appendix, row: Row, old_phrase: str) -> set[str]:
    """After a row's deadline phrase changed (a corrected reading, a cell
    retyped: "Quý IV hàng năm" → "Trước ngày 15/12 hàng năm"): each done
    mark recorded for a due date the new reading no longer has moves to the
    nearest new due date (at most :data:`FOLLOW_DAYS` away, not already
    marked), so the reports already made stay attached to their occurrences
    instead of being kept where no screen shows them.  Returns the ids of the
    tracking records moved."""
    row_id = row.id
    new_phrase = row_phrase(app, row)
    if new_phrase == old_phrase:
        return set()
    marks = [t for t in plan.tracking if t.row_id == row_id and not t.occurrence.startswith(EVENT_PREFIX)
             and _d(t.occurrence) is not None]
    if not marks:
        return set()
    span = plan_span(plan)
    lo = (span[0] if span else min(_d(t.occurrence) for t in marks)) - timedelta(days=400)
    hi = (span[1] if span else max(_d(t.occurrence) for t in marks)) + timedelta(days=400)
    new = parse(new_phrase).due_in(lo, hi, span, event_dates(plan, row_id) or None)
    if not new:
        return set()
    new_set = set(new)
    taken = {t.occurrence for t in marks}
    touched: set[str] = set()
    for t in sorted(marks, key=lambda t: t.occurrence):
        d = _d(t.occurrence)
        if d in new_set:
            continue
        near = [n for n in new if n.isoformat() not in taken and abs((n - d).days) <= FOLLOW_DAYS]
        if not near:
            continue
        best = min(near, key=lambda n: (abs((n - d).days), n))
        taken.discard(t.occurrence)
        t.occurrence = best.isoformat()
        taken.add(t.occurrence)
        t.modified = now_iso()
        touched.add(t.id)
    return touched


def clear_reading(plan: Plan, row_id: str) -> set[str]:
    for app in plan.appendices:
        for r in app.rows:
            if r.id == row_id and isinstance(r.status, dict) and "deadline" in r.status:
                r.status = {k: v for k, v in r.status.items() if k != "deadline"}
                r.modified = now_iso()
                return {r.id}
    return set()


# ---------------------------------------------------------------- tracking --
def _find(plan: Plan, row_id: str, occurrence: str) -> Tracking | None:
    for t in plan.tracking:
        if t.row_id == row_id and t.occurrence == occurrence:
            return t
    return None


def mark_done(plan: Plan, row_id: str, occurrence: str | date, done_date: str | date | None,
              note: str | None = None) -> set[str]:
    """Mark one occurrence (its ISO due date) done on *done_date*; ``None``
    or '' un-marks it (the record stays, with its note).  *note*: the new
    note ('' clears it), or None to keep the one recorded.  Returns touched ids."""
    occ = occurrence.isoformat() if isinstance(occurrence, date) else nfc(occurrence)
    done = done_date.isoformat() if isinstance(done_date, date) else (done_date or "")
    if done and _d(done) is None:
        raise ValueError(done)
    t = _find(plan, row_id, occ)
    if t is None:
        t = Tracking(row_id=row_id, occurrence=occ, done_date=done, note=nfc(note or ""))
        t.pos = float(len(plan.tracking) + 1)
        plan.tracking.append(t)
    else:
        t.done_date = done
        if note is not None:
            t.note = nfc(note)      # '' clears it: a note emptied in the dialog is gone from the file too
        t.modified = now_iso()
    return {t.id}


def set_event_date(plan: Plan, row_id: str | None, event: str, when: str | date | None,
                   note: str | None = None) -> set[str]:
    """Record the day *event* happened (for one row, or every row when
    *row_id* is None/'').  ``when`` None clears it."""
    occ = EVENT_PREFIX + clean(event)
    return mark_done(plan, row_id or "", occ, when, note)


def event_dates(plan: Plan, row_id: str) -> dict[str, date]:
    """Event dates that apply to a row (the row's own records win)."""
    out: dict[str, date] = {}
    for t in plan.tracking:
        if t.occurrence.startswith(EVENT_PREFIX) and t.row_id == "":
            d = _d(t.done_date)
            if d:
                out[fold(t.occurrence[len(EVENT_PREFIX):])] = d
    for t in plan.tracking:
        if t.occurrence.startswith(EVENT_PREFIX) and t.row_id == row_id:
            d = _d(t.done_date)
            if d:
                out[fold(t.occurrence[len(EVENT_PREFIX):])] = d
    return out


_PLAN_ISSUED = re.compile(r"(kế hoạch|văn bản)( này)?( được)? ban hành|ban hành kế hoạch")


# ------------------------------------------------------------- occurrences --
@dataclass
class Occurrence:
    row_id: str
    appendix: int                 # index in plan.appendices
    appendix_label: str
    number: str                   # TT as printed
    task: str
    lead: list[str]
    support: list[str]
    phrase: str
    kind: str
    due: date
    state: str
    done_date: date | None = None
    note: str = ""
    flagged: bool = False
    explanation: str = ""

    @property
    def occurrence(self) -> str:
        return self.due.isoformat()

    def to_json(self) -> dict:
        return {"row_id": self.row_id, "appendix": self.appendix_label, "number": self.number, "task": self.task,
                "lead": self.lead, "support": self.support, "deadline": self.phrase, "kind": self.kind,
                "due": self.due.isoformat(), "state": self.state, "state_vi": STATE_VI[self.state],
                "done_date": self.done_date.isoformat() if self.done_date else None, "note": self.note,
                "flagged": self.flagged}


@dataclass
class Undated:
    """A task whose deadline gives no date (ongoing, unspecified, event not yet recorded, unread)."""
    row_id: str
    appendix: int
    appendix_label: str
    number: str
    task: str
    lead: list[str]
    phrase: str
    kind: str
    event: str | None
    flagged: bool
    explanation: str = ""

    def to_json(self) -> dict:
        return {"row_id": self.row_id, "appendix": self.appendix_label, "number": self.number, "task": self.task,
                "lead": self.lead, "deadline": self.phrase, "kind": self.kind, "event": self.event,
                "flagged": self.flagged, "explanation": self.explanation}


def _task_text(app: Appendix, row: Row) -> str:
    for k in ("task", "index", "target"):
        t = clean(app.cell(row, k))
        if t:
            return t
    dl = app.col("deadline")
    for cid, v in row.cells.items():
        if (dl is None or cid != dl.id) and clean(v):
            return clean(v)
    return ""


def _agencies(app: Appendix, row: Row, key: str, recognised: list[str]) -> list[str]:
    if recognised:
        return list(recognised)
    names, _ = split_agencies(app.cell(row, key))
    return names


@dataclass
class PlanDeadlines:
    occurrences: list[Occurrence] = field(default_factory=list)
    undated: list[Undated] = field(default_factory=list)


def plan_deadlines(plan: Plan, start: date, end: date, today: date | None = None,
                   explain: bool = False, lang: str = "vi") -> PlanDeadlines:
    """Every task occurrence due in [start, end] (sorted by date, then table
    order), and the tasks that have no date.  With *explain*, each carries
    the explanation of its reading in *lang*."""
    today = today or date.today()
    ref = plan_span(plan)
    done: dict[tuple[str, str], Tracking] = {}
    has_events = False
    for t in plan.tracking:
        if t.occurrence.startswith(EVENT_PREFIX):
            has_events = True
        else:
            done[(t.row_id, t.occurrence)] = t
    issue = plan.meta.issue
    out = PlanDeadlines()
    order = 0
    keyed: list[tuple[date, int, Occurrence]] = []
    for ai, app in enumerate(plan.appendices):
        if not app.rows:
            continue
        label = plan.appendix_label(ai)
        numbers = Plan.row_numbers(app)
        for row in app.rows:
            if row.kind != "task":
                continue
            phrase = row_phrase(app, row)
            dl = parse(phrase)
            events = None
            if dl.events:
                events = event_dates(plan, row.id) if has_events else {}
                if issue is not None:
                    for ev in dl.events:
                        if _PLAN_ISSUED.search(fold(ev.event)) and fold(ev.event) not in events:
                            events[fold(ev.event)] = issue
            dues = dl.due_in(start, end, ref, events)
            if not dues and (dl.kind in ("ongoing", "unspecified", "event") or dl.flagged or dl.events):
                if not dl.phrase and not _task_text(app, row):
                    continue
                out.undated.append(Undated(row.id, ai, label, numbers.get(row.id, ""), _task_text(app, row),
                                           _agencies(app, row, "lead", row.lead), dl.phrase, dl.kind, dl.event,
                                           dl.flagged, dl.explanation_in(lang) if explain else ""))
                continue
            if not dues:
                continue
            task = _task_text(app, row)
            lead = _agencies(app, row, "lead", row.lead)
            support = _agencies(app, row, "support", row.support)
            num = numbers.get(row.id, "")
            for d in dues:
                t = done.get((row.id, d.isoformat()))
                dd = _d(t.done_date) if t else None
                occ = Occurrence(row.id, ai, label, num, task, lead, support, dl.phrase, dl.kind, d,
                                 state_of(d, dd, today), dd, t.note if t else "", dl.flagged,
                                 dl.explanation_in(lang) if explain else "")
                keyed.append((d, order, occ))
                order += 1
    keyed.sort(key=lambda x: (x[0], x[1]))
    out.occurrences = [o for _, _, o in keyed]
    return out


def occurrences(plan: Plan, start: date, end: date, today: date | None = None) -> list[Occurrence]:
    return plan_deadlines(plan, start, end, today).occurrences


def window_start(plan: Plan, today: date, span: tuple[date, date] | None = None) -> date:
    """Where a tracking window starts: 1 January of the year before the
    plan's span (or a year back), and never later than yesterday.

    Not the span's own start: a plan signed on 31/05/2021 may still list a
    task "23/5/2021" (seed 004, the election day); a date written in the
    table is a due date even when it precedes the signature, and it must show
    as overdue, not as "no deadline".  Recurring readings are clipped to the
    span by :meth:`Deadline.due_in` anyway, so the earlier start only lets
    such written dates in."""
    span = span if span is not None else plan_span(plan)
    start = date(span[0].year - 1, 1, 1) if span else today - timedelta(days=366)
    return min(start, today - timedelta(days=1))


def default_window(plan: Plan, today: date) -> tuple[date, date]:
    """From :func:`window_start` to 30 days ahead: enough for the overdue
    list, this week and the next 30 days."""
    return window_start(plan, today), today + timedelta(days=31)


# ----------------------------------------------------------------- notice --
def notice_counts(plan: Plan, today: date) -> dict[str, list[Occurrence]]:
    """Not-done occurrences: 'overdue', and due within 1, 3, 7 days
    ('1': today or tomorrow; '3': in 2-3 days; '7': in 4-7 days)."""
    start, _ = default_window(plan, today)
    occ = occurrences(plan, start, today + timedelta(days=7), today)
    out: dict[str, list[Occurrence]] = {"overdue": [], "1": [], "3": [], "7": []}
    for o in occ:
        if o.done_date is not None:
            continue
        k = (o.due - today).days
        if k < 0:
            out["overdue"].append(o)
        elif k <= 1:
            out["1"].append(o)
        elif k <= 3:
            out["3"].append(o)
        elif k <= 7:
            out["7"].append(o)
    return out


PLAN_OVER_DAYS = 90   # a plan whose span ended longer ago than this is an old plan: a one-line notice


def deadline_notice(plan: Plan, today: date, limit: int = 5, lang: str = "vi") -> str:
    """What a clerk sees on opening a plan ('' when nothing is due soon), in
    Vietnamese (default) or English (*lang* 'en').  Task texts, agencies and
    the appendix's printed name ("Phụ lục I") are plan content and stay as written."""
    from .explain import fmt_date
    c = notice_counts(plan, today)
    if not any(c.values()):
        return ""
    en = lang == "en"
    span = plan_span(plan)
    if span and span[1] < today - timedelta(days=PLAN_OVER_DAYS):
        # last year's plan, opened to start this year's from it: one line, not a wall of red
        n = len(c["overdue"])
        if en:
            return (f"This plan's time is over (it ran to {fmt_date(span[1], lang)}): {n} task occurrence"
                    f"{'' if n == 1 else 's'} not marked done. The deadline calendar (F8) lists them.")
        return (f"Kế hoạch đã hết thời gian thực hiện (đến {fmt_date(span[1])}): còn {n} lần đến hạn chưa "
                f"đánh dấu hoàn thành. Xem trong lịch hạn (F8).")
    lines = []
    head = []
    if en:
        def tasks(n: int) -> str:
            return f"{n} task{'' if n == 1 else 's'}"
        if c["overdue"]:
            head.append(f"{tasks(len(c['overdue']))} overdue, not done")
        if c["1"]:
            head.append(f"{tasks(len(c['1']))} due within 1 day (today or tomorrow)")
        if c["3"]:
            head.append(f"{tasks(len(c['3']))} due within 3 days")
        if c["7"]:
            head.append(f"{tasks(len(c['7']))} due within 7 days")
        lines.append("Deadlines on " + fmt_date(today, lang) + ": " + "; ".join(head) + ".")
    else:
        if c["overdue"]:
            head.append(f"{len(c['overdue'])} việc quá hạn chưa hoàn thành")
        if c["1"]:
            head.append(f"{len(c['1'])} việc đến hạn trong 1 ngày (hôm nay hoặc ngày mai)")
        if c["3"]:
            head.append(f"{len(c['3'])} việc đến hạn trong 3 ngày")
        if c["7"]:
            head.append(f"{len(c['7'])} việc đến hạn trong 7 ngày")
        lines.append("Nhắc hạn ngày " + fmt_date(today) + ": " + "; ".join(head) + ".")

    def item(o: Occurrence) -> str:
        who = ", ".join(o.lead[:2]) if o.lead else ""
        if en:   # the appendix's name is the document's own (content): kept apart from the English words
            num = f"{o.appendix_label} — item {o.number}: " if o.number else f"{o.appendix_label}: "
        else:
            num = f"{o.appendix_label}, mục {o.number}: " if o.number else f"{o.appendix_label}: "
        task = o.task if len(o.task) <= 90 else o.task[:87].rstrip() + "…"
        if en:    # task and agencies are content: set apart by dashes, not wrapped in English punctuation
            return f"  - {fmt_date(o.due, lang)} — {num}{task}" + (f" — {who}" if who else "")
        return f"  - {fmt_date(o.due)} — {num}{task}" + (f" ({who})" if who else "")

    titles = (("overdue", "Overdue"), ("1", "Within 1 day"), ("3", "Within 3 days"), ("7", "Within 7 days")) if en \
        else (("overdue", "Quá hạn"), ("1", "Trong 1 ngày"), ("3", "Trong 3 ngày"), ("7", "Trong 7 ngày"))
    for key, title in titles:
        if c[key]:
            lines.append(f"{title}:")
            lst = c[key] if key != "overdue" else sorted(c[key], key=lambda o: o.due)
            for o in lst[:limit]:
                lines.append(item(o))
            if len(lst) > limit:
                k = len(lst) - limit
                lines.append(f"  … and {k} more." if en else f"  … và {k} việc khác.")
    return "\n".join(lines)
