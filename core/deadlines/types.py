"""What a deadline phrase is read as: :class:`Deadline` and its parts (:class:`Period`, :class:`Rule`,
:class:`EventRef`).  Reading happens in core.deadlines.scanner; words in core.deadlines.explain."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from ..text import nfc
from .dates import MAX_YEAR, MIN_YEAR, ONE_DAY, last_day, make_date, nth_weekday, rel_due, shift_workday
from .notes import Note
from .workdays import add_workdays, is_workday, tet

KINDS = ("once", "recurring", "ongoing", "event", "unspecified")
FREQS = ("daily", "weekly", "monthly", "quarterly", "half-yearly", "yearly", "months")

# A date or period written without a year ("trước ngày 30/9", "Quý IV", "ngày 10-12/9", "4 tháng cuối năm") is
# read one way everywhere: every year of the plan — kind ``recurring``, ``Rule.assumed`` — which in a one-year
# plan is exactly one date, in the plan's year.  Its explanation always says so (explain.YEARLESS_VI / _EN).
# A year written once at the end of a list is shared by the list ("Quý III, IV năm 2021").
YEARLESS = "every year of the plan"
# the events the reader names itself
PLAN_ISSUED_EVENT = "Kế hoạch được ban hành"   # "Thực hiện ngay", "tháng 9 tới": counted from the plan's issue
START_EVENT = "Ngày bắt đầu tính thời hạn"      # a duration whose start the text does not name


@dataclass(frozen=True)
class Period:
    """A stretch of the calendar given by (month, day) bounds and years.

    ``ed == 0`` is the month's last day.  ``ys``/``ye`` are the start/end
    years, ``None`` while the phrase has not said which year.  ``before``:
    "trước …" — due the day before the period starts.
    """
    sm: int
    sd: int
    em: int
    ed: int
    ys: int | None = None
    ye: int | None = None
    before: bool = False
    label: str = ""

    def with_year(self, y: int) -> "Period":
        ye = self.ye if self.ye is not None else y
        ys = self.ys
        if ys is None:
            ys = ye if (self.sm, self.sd or 31) <= (self.em, self.ed or 31) else ye - 1
        return Period(self.sm, self.sd, self.em, self.ed, ys, ye, self.before, self.label)

    def bounds(self, shift: int = 0) -> tuple[date, date] | None:
        if self.ys is None or self.ye is None:
            return None
        s = make_date(self.ys + shift, self.sm, self.sd or 1)
        e = make_date(self.ye + shift, self.em, self.ed)
        if s is None or e is None or e < s:
            return None
        return s, e

    def due(self, shift: int = 0) -> date | None:
        b = self.bounds(shift)
        if b is None:
            return None
        if self.before:
            return b[0] - ONE_DAY if b[0] > date(MIN_YEAR, 1, 1) else None
        return b[1]

    @property
    def single_day(self) -> bool:
        return (self.sm, self.sd) == (self.em, self.ed) and self.sd != 0 and self.ys == self.ye


@dataclass(frozen=True)
class Rule:
    """A recurrence.  ``freq``: daily (each working day), weekly (Fridays),
    monthly / quarterly / half-yearly (last day of each month / quarter /
    half-year), months (every ``interval`` months, last day), yearly (the
    ``period`` in each year; ``year_shift`` = 1 for "năm sau liền kề")."""
    freq: str
    interval: int = 1
    period: Period | None = None
    year_shift: int = 0
    years: tuple[int, int] | None = None   # bounded to these years ("giai đoạn 2021 - 2025")
    assumed: bool = False                 # the phrase gave no year; read as every year
    day: int = 0          # monthly: day of the month ("ngày 25 hằng tháng"), 0 = the last day;
    #                       weekly: ISO weekday 1-7 ("thứ Hai hằng tuần"), 0 = Friday
    before: bool = False  # "trước ngày 20 hằng tháng": due the day before
    anchor: str = ""      # yearly: "tet" = mùng 1 Tết Nguyên đán of each year (lunar), not a calendar date
    qmonth: int = 2       # quarterly: which month ``day`` falls in, counted from the quarter's first month
    #                       (0 first, 2 last — "ngày 25 tháng cuối quý"; 3 = the first month of the next
    #                       quarter — "ngày 05 tháng đầu quý sau", a report on the quarter before)
    wday: int = 0         # ISO weekday a due date must fall on ("Ngày 06; 13; 20; 27 (Thứ Hai)"), 0 = any;
    #                       monthly with ``nth``: the weekday of "thứ Năm của tuần thứ hai hằng tháng"
    nth: int = 0          # monthly: the n-th ``wday`` of the month (-1 the last), 0 = a day of the month

    def name(self) -> str:
        if self.freq == "months":
            return f"every {self.interval} months"
        return self.freq

    def pairs(self, y0: int, y1: int):
        """(reference date, due date) for reference years y0..y1."""
        if self.years:
            y0, y1 = max(y0, self.years[0]), min(y1, self.years[1])
        y0, y1 = max(y0, MIN_YEAR), min(y1, MAX_YEAR)
        f = self.freq
        if f == "yearly" and self.anchor == "tet":
            for y in range(y0, y1 + 1):
                d = tet(y)
                if d is not None:
                    yield d, (d - ONE_DAY if self.before else d)
        elif f == "yearly":
            p = self.period or Period(12, 31, 12, 31)
            for y in range(y0, y1 + 1):
                py = p.with_year(y)
                due = py.due(self.year_shift)
                if due is None:
                    continue
                ref = date(y, 12, 31) if self.year_shift else (py.bounds() or (due, due))[1]
                if self.wday and due.isoweekday() != self.wday:
                    continue
                yield ref, due
        elif f == "quarterly" and (self.day or self.qmonth != 2):
            for y in range(y0, y1 + 1):
                for q in range(1, 5):
                    k = y * 12 + 3 * q - 3 + self.qmonth
                    yy, mm = divmod(k, 12)
                    if yy > MAX_YEAR:
                        continue
                    mm += 1
                    d = date(yy, mm, min(self.day, last_day(yy, mm)) if self.day else last_day(yy, mm))
                    if self.before:
                        if d <= date(MIN_YEAR, 1, 1):
                            continue
                        d -= ONE_DAY
                    yield date(y, 3 * q, last_day(y, 3 * q)), d     # referred to the end of its quarter
        elif f == "monthly" and self.nth:
            for y in range(y0, y1 + 1):
                for m in range(1, 13):
                    d = nth_weekday(y, m, self.wday or 5, self.nth)
                    if d is not None:
                        yield d, d
        elif f in ("monthly", "quarterly", "half-yearly", "months"):
            step = {"monthly": 1, "quarterly": 3, "half-yearly": 6}.get(f, self.interval)
            step = max(1, step)
            for y in range(y0, y1 + 1):
                for m in range(1, 13):
                    if (y * 12 + m - 1) % step == step - 1 if f == "months" else m % step == 0:
                        d = date(y, m, min(self.day, last_day(y, m)) if self.day else last_day(y, m))
                        if self.before:
                            if d <= date(MIN_YEAR, 1, 1):
                                continue
                            d -= ONE_DAY
                        if self.wday and d.isoweekday() != self.wday:
                            continue
                        yield d, d

    @property
    def weekday(self) -> int:
        """Python weekday (Monday 0) of a weekly rule."""
        wd = self.day - 1 if self.freq == "weekly" and 1 <= self.day <= 7 else 4
        return (wd - 1) % 7 if self.before else wd


@dataclass(frozen=True)
class EventRef:
    """A deadline tied to an event: due ``n`` ``unit`` after (negative: before) it.

    ``unit``: 'workdays' | 'days' | 'weeks' | 'months'."""
    event: str
    n: int = 0
    unit: str = "days"

    def apply(self, when: date) -> date | None:
        try:
            if self.unit.startswith("rel:"):       # "tháng 9 tới", "quý tới": counted from the plan's date
                return rel_due(when, self.unit)
            if self.unit == "workdays":
                return add_workdays(when, self.n)
            if self.unit == "weeks":
                return when + timedelta(days=7 * self.n)
            if self.unit == "months":
                m = when.month - 1 + self.n
                y = when.year + m // 12
                return make_date(y, m % 12 + 1, min(when.day, last_day(y, m % 12 + 1)) if MIN_YEAR <= y <= MAX_YEAR else 1)
            return when + timedelta(days=self.n)
        except (OverflowError, ValueError):
            return None

    def offset_json(self) -> dict:
        return {"n": self.n, "unit": self.unit}


@dataclass(frozen=True, eq=False)
class Deadline:
    phrase: str                                  # as written (NFC, markup removed)
    kind: str = "unspecified"
    dates: tuple[date, ...] = ()                 # fixed due dates
    span: tuple[date, date] | None = None
    rules: tuple[Rule, ...] = ()
    events: tuple[EventRef, ...] = ()
    ongoing: bool = False
    flagged: bool = False
    unread: str = ""                             # the words that could not be read
    notes: tuple[Note, ...] = ()                 # what the explanation says beside the dates (core.deadlines.notes)
    shift: int = 0                               # a due date on a day off moves to the next (+1) / previous (-1)
    #                                              working day ("nếu trùng ngày nghỉ … ngày làm việc tiếp theo")
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    # ---- summary fields (JSON) ----
    @property
    def recurrence(self) -> str | None:
        if not self.rules:
            return None
        names: list[str] = []
        for r in self.rules:
            if r.name() not in names:
                names.append(r.name())
        return ", ".join(names)

    @property
    def event(self) -> str | None:
        return self.events[0].event if self.events else None

    @property
    def offset(self) -> dict | None:
        return self.events[0].offset_json() if self.events else None

    @property
    def explanation(self) -> str:
        return self.explanation_in("vi")

    def explanation_in(self, lang: str = "vi") -> str:
        """The explanation in *lang* ('vi' — the default, as :attr:`explanation` — or 'en')."""
        lang = "en" if lang == "en" else "vi"
        e = self._cache.get("expl:" + lang)
        if e is None:
            e = self._cache["expl:" + lang] = " ".join(self._sentences(lang))
        return e

    def _sentences(self, lang: str) -> list:
        s = self._cache.get("sentences:" + lang)
        if s is None:
            from .explain import sentences
            s = self._cache["sentences:" + lang] = sentences(self, lang)
        return s

    # ---- dates ----
    def due_in(self, start: date, end: date, ref: tuple[date, date] | None = None,
               events: dict[str, date] | None = None) -> list[date]:
        """Due dates d with start <= d <= end, sorted, without duplicates.

        ``ref``: the plan's span; recurring occurrences are kept only for
        periods that end inside it (fixed dates are never clipped).
        ``events``: dates the clerk recorded, by event text (case-insensitive).
        """
        if start > end:
            return []
        if self.shift:
            return self._shifted(start, end, ref, events)
        key = (start, end, ref) if not events else None
        if key is not None:
            hit = self._cache.get(key)
            if hit is not None:
                return list(hit)
        out: set[date] = {d for d in self.dates if start <= d <= end}
        if self.rules:
            lo = max(start, ref[0]) if ref else start
            hi = ref[1] if ref else end
            for r in self.rules:
                if r.freq in ("daily", "weekly"):
                    a, b = max(start, lo), min(end, hi)
                    if r.years:
                        a = max(a, date(r.years[0], 1, 1))
                        b = min(b, date(r.years[1], 12, 31))
                    a, b = max(a, date(MIN_YEAR, 1, 1)), min(b, date(MAX_YEAR, 12, 31))
                    d = a
                    while d <= b:
                        if (r.freq == "daily" and is_workday(d)) or (r.freq == "weekly" and d.weekday() == r.weekday):
                            out.add(d)
                        d += ONE_DAY
                    continue
                y0 = min(start.year, lo.year) - 1 - r.year_shift
                y1 = min(end.year, hi.year) + 1
                for refd, due in r.pairs(y0, y1):
                    if start <= due <= end and (ref is None or ref[0] <= refd <= ref[1]):
                        out.add(due)
        if events and self.events:
            low = {fold(k): v for k, v in events.items()}
            for ev in self.events:
                when = low.get(fold(ev.event))
                if when is not None:
                    d = ev.apply(when)
                    if d is not None and start <= d <= end:
                        out.add(d)
        res = sorted(out)
        if key is not None:
            if len(self._cache) > 64:
                self._cache.clear()
            self._cache[key] = tuple(res)
        return res

    def _shifted(self, start, end, ref, events) -> list[date]:
        """due_in for a phrase with a holiday shift clause: each date on a day off moves to a working day."""
        key = ("shift", start, end, ref) if not events else None
        hit = self._cache.get(key) if key else None
        if hit is not None:
            return list(hit)
        pad = timedelta(days=20)      # a date just outside the window may move into it
        raw = replace(self, shift=0, _cache={}).due_in(start - pad, end + pad, ref, events)
        res = sorted({d for d in (shift_workday(x, self.shift) for x in raw) if start <= d <= end})
        if key:
            self._cache[key] = tuple(res)
        return res

    def explanation_with(self, events: dict[str, date] | None, lang: str = "vi") -> str:
        """The explanation (in *lang*), with the recorded event dates applied."""
        if not events or not self.events:
            return self.explanation_in(lang)
        from .explain import with_recorded_events
        low = {fold(k): v for k, v in events.items()}
        recorded = []
        for ev in self.events:
            when = low.get(fold(ev.event))
            due = ev.apply(when) if when else None
            if due:
                recorded.append((ev, when, due))
        if not recorded:
            return self.explanation_in(lang)
        return with_recorded_events(self._sentences(lang), recorded, lang)

    def to_json(self, start: date, end: date, ref=None, events=None, lang: str = "vi") -> dict:
        return {
            "phrase": self.phrase, "kind": self.kind,
            "due": [d.isoformat() for d in self.due_in(start, end, ref, events)],
            "span": [self.span[0].isoformat(), self.span[1].isoformat()] if self.span else None,
            "recurrence": self.recurrence, "event": self.event, "offset": self.offset,
            "explanation": self.explanation_with(events, lang), "flagged": self.flagged,
        }


def fold(s: str) -> str:
    return " ".join(nfc(s).lower().split())
