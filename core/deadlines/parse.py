"""Reading a free-text deadline ("Thời gian hoàn thành") as dates.

:func:`parse` turns a phrase into a :class:`Deadline`; ``Deadline.due_in``
lists its due dates inside a window.  The conventions (which day a named
period is due on, working days, events …) are written in docs/deadlines.md.

The reader is a small scanner over the lower-cased phrase: each position is
tried against an ordered list of patterns (rules such as "hàng quý",
periods such as "Quý IV", "6 tháng cuối năm", dates, years, event
clauses …).  Periods without a year wait for a qualifier ("năm 2021",
"hàng năm", "năm sau liền kề") that applies to all of them.  Whatever
words are left unexplained make the reading *flagged*: the phrase is kept
as written and the clerk is asked to check it — nothing is guessed
silently.  Any string whatsoever is answered without an exception.
"""
from __future__ import annotations

import calendar
import html
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from ..text import nfc
from .workdays import add_workdays, is_workday, tet

KINDS = ("once", "recurring", "ongoing", "event", "unspecified")
FREQS = ("daily", "weekly", "monthly", "quarterly", "half-yearly", "yearly", "months")

MIN_YEAR, MAX_YEAR = 1900, 2200
# A date or period written without a year ("trước ngày 30/9", "Quý IV", "ngày 10-12/9", "4 tháng cuối năm") is
# read one way everywhere: every year of the plan — kind ``recurring``, ``Rule.assumed`` — which in a one-year
# plan is exactly one date, in the plan's year.  Its explanation always says so (explain.YEARLESS_VI / _EN).
# A year written once at the end of a list is shared by the list ("Quý III, IV năm 2021").
YEARLESS = "every year of the plan"
_DAY = timedelta(days=1)


def _last(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _mk(y: int, m: int, d: int) -> date | None:
    """date(y, m, d) with d == 0 meaning the month's last day, or None when out of range."""
    if not (MIN_YEAR <= y <= MAX_YEAR) or not 1 <= m <= 12:
        return None
    last = _last(y, m)
    if d == 0 or d > last:
        if d > last and not (m == 2 and d == 29):   # 29/2 in a common year: 28/2
            return None
        d = last
    return date(y, m, d)


# ------------------------------------------------------------ structures --
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
        s = _mk(self.ys + shift, self.sm, self.sd or 1)
        e = _mk(self.ye + shift, self.em, self.ed)
        if s is None or e is None or e < s:
            return None
        return s, e

    def due(self, shift: int = 0) -> date | None:
        b = self.bounds(shift)
        if b is None:
            return None
        if self.before:
            return b[0] - _DAY if b[0] > date(MIN_YEAR, 1, 1) else None
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
                    yield d, (d - _DAY if self.before else d)
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
                    d = date(yy, mm, min(self.day, _last(yy, mm)) if self.day else _last(yy, mm))
                    if self.before:
                        if d <= date(MIN_YEAR, 1, 1):
                            continue
                        d -= _DAY
                    yield date(y, 3 * q, _last(y, 3 * q)), d     # referred to the end of its quarter
        elif f == "monthly" and self.nth:
            for y in range(y0, y1 + 1):
                for m in range(1, 13):
                    d = _nth_weekday(y, m, self.wday or 5, self.nth)
                    if d is not None:
                        yield d, d
        elif f in ("monthly", "quarterly", "half-yearly", "months"):
            step = {"monthly": 1, "quarterly": 3, "half-yearly": 6}.get(f, self.interval)
            step = max(1, step)
            for y in range(y0, y1 + 1):
                for m in range(1, 13):
                    if (y * 12 + m - 1) % step == step - 1 if f == "months" else m % step == 0:
                        d = date(y, m, min(self.day, _last(y, m)) if self.day else _last(y, m))
                        if self.before:
                            if d <= date(MIN_YEAR, 1, 1):
                                continue
                            d -= _DAY
                        if self.wday and d.isoweekday() != self.wday:
                            continue
                        yield d, d

    @property
    def weekday(self) -> int:
        """Python weekday (Monday 0) of a weekly rule."""
        wd = self.day - 1 if self.freq == "weekly" and 1 <= self.day <= 7 else 4
        return (wd - 1) % 7 if self.before else wd


def _nth_weekday(y: int, m: int, iso_wd: int, n: int) -> date | None:
    """The n-th ISO weekday *iso_wd* of month m (n = -1: the last one), None when the month has no such day."""
    if n > 0:
        first = date(y, m, 1)
        d = first + timedelta(days=(iso_wd - first.isoweekday()) % 7 + 7 * (n - 1))
        return d if d.month == m else None
    last = date(y, m, _last(y, m))
    return last - timedelta(days=(last.isoweekday() - iso_wd) % 7)


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
                from .families import rel_due
                return rel_due(when, self.unit)
            if self.unit == "workdays":
                return add_workdays(when, self.n)
            if self.unit == "weeks":
                return when + timedelta(days=7 * self.n)
            if self.unit == "months":
                m = when.month - 1 + self.n
                y = when.year + m // 12
                return _mk(y, m % 12 + 1, min(when.day, _last(y, m % 12 + 1)) if MIN_YEAR <= y <= MAX_YEAR else 1)
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
    notes: tuple[str, ...] = ()                  # pieces of the explanation
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
        e = self._cache.get("expl")
        if e is None:
            from .explain import explain
            e = self._cache["expl"] = explain(self)
        return e

    def explanation_in(self, lang: str = "vi") -> str:
        """The explanation in *lang* ('vi' — the default, as :attr:`explanation` — or 'en')."""
        if lang != "en":
            return self.explanation
        e = self._cache.get("expl:en")
        if e is None:
            from .explain import explain
            e = self._cache["expl:en"] = explain(self, "en")
        return e

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
                        d += _DAY
                    continue
                y0 = min(start.year, lo.year) - 1 - r.year_shift
                y1 = min(end.year, hi.year) + 1
                for refd, due in r.pairs(y0, y1):
                    if start <= due <= end and (ref is None or ref[0] <= refd <= ref[1]):
                        out.add(due)
        if events and self.events:
            low = {_fold(k): v for k, v in events.items()}
            for ev in self.events:
                when = low.get(_fold(ev.event))
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
        from .families import shift_workday
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
        e = self.explanation_in(lang)
        if not events or not self.events:
            return e
        from .explain import NO_EVENT_DATE_EN, en_date, vn_date
        low = {_fold(k): v for k, v in events.items()}
        for ev in self.events:
            when = low.get(_fold(ev.event))
            due = ev.apply(when) if when else None
            if due and lang == "en":
                e = e.replace(NO_EVENT_DATE_EN, ".", 1)
                e += f" “{ev.event}” recorded on {en_date(when)}: due {en_date(due)}."
            elif due:
                e = e.replace(" Chưa có ngày cụ thể cho đến khi ghi nhận ngày xảy ra sự kiện.", "", 1)
                e += f" Sự kiện “{ev.event}” ngày {vn_date(when)}: hạn {vn_date(due)}."
        return e

    def to_json(self, start: date, end: date, ref=None, events=None, lang: str = "vi") -> dict:
        return {
            "phrase": self.phrase, "kind": self.kind,
            "due": [d.isoformat() for d in self.due_in(start, end, ref, events)],
            "span": [self.span[0].isoformat(), self.span[1].isoformat()] if self.span else None,
            "recurrence": self.recurrence, "event": self.event, "offset": self.offset,
            "explanation": self.explanation_with(events, lang), "flagged": self.flagged,
        }


def _fold(s: str) -> str:
    return " ".join(nfc(s).lower().split())


# ------------------------------------------------------------ normalising --
_TAG = re.compile(r"<[^>]*>|<[^>]*$")
_WS = re.compile(r"\s+")
_DASH = str.maketrans({"–": "-", "—": "-", "‐": "-", "−": "-", "\u00a0": " ", "\u200b": " "})
# same-length spelling variants, so positions in the lowered text match the original
_VARIANTS = [("hằng", "hàng"), ("quí", "quý"), ("qúy", "quý"), ("qúi", "quý"), ("liên kề", "liền kề"),
             ("liên kê", "liền kề"), ("liền kê", "liền kề"), ("liên kế", "liền kề"), ("tháng", "tháng"),
             ("thuờng", "thường"), ("thường xuyen", "thường xuyên"), ("thương xuyên", "thường xuyên"),
             ("hàng nằm", "hàng năm"), ("hàng nẳm", "hàng năm")]
# a line starting with a bullet is the next item of a list ("- Quý I/2026⏎- Quý III/2026"), not a range dash
_BULLET_LINE = re.compile(r"\s*[\r\n]+\s*[-+*•]+(?=\s|[^\W\d_])")


def clean_phrase(text) -> str:
    """NFC, HTML markup removed, blanks collapsed, outer punctuation stripped."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    t = nfc(text)
    if "<" in t or "&" in t:
        t = html.unescape(_TAG.sub(" ", t))
        t = nfc(t)
    t = t.translate(_DASH)
    if "\n" in t or "\r" in t:
        t = _BULLET_LINE.sub("; ", t)
    t = _WS.sub(" ", t).strip()
    return t.strip(" .;,:-+*•\t")


def _lower(t: str) -> str:
    low = "".join(c if len(c.lower()) != 1 else c.lower() for c in t)
    for a, b in _VARIANTS:
        if a in low:
            low = low.replace(a, b)
    return low


# --------------------------------------------------------------- patterns --
_NUMW = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8,
         "chín": 9, "mười": 10, "mười một": 11, "mười lăm": 15, "hai mươi": 20, "ba mươi": 30}
_NUM = r"(\d{1,3}|mười lăm|hai mươi|ba mươi|một|hai|ba|bốn|tư|năm|sáu|bảy|bẩy|tám|chín|mười)"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "01": 1, "02": 2, "03": 3, "04": 4,
          "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4}
_E = r"(?![\wÀ-ỹ])"      # end of word
_YEAR_SUFFIX = r"(?:\s*[/.-]\s*(\d{4}))?"


def _num(s: str) -> int:
    s = s.strip()
    return int(s) if s.isdigit() else _NUMW.get(s, 0)


def _c(p: str) -> re.Pattern:
    return re.compile(p)


P_UNSPEC = _c(r"(?:khi có |theo |khi )?yêu cầu" + _E + r"(?:\s+(?:của|từ)\s[^;]*)?|đột xuất" + _E + r"|khi cần(?: thiết)?" + _E
              + r"|kịp thời" + _E + r"|tùy (?:tình hình|theo)[^;]*|chưa xác định" + _E + r"|không thời hạn" + _E)
P_THEO = _c(r"theo" + _E + r"[^;]*")
P_ONGOING = _c(r"(?:thường xuyên|liên tục|lâu dài|xuyên suốt|hàng ngày,? thường xuyên)" + _E)
_REL = r"(kể từ(?: ngày| khi)?|tính từ(?: ngày)?|từ ngày|sau(?: khi| ngày)?|trước(?: khi| ngày)?|so với(?: ngày)?)"
P_OFFSET = _c(r"(?:(?:trong(?: vòng| thời hạn| phạm vi)?|chậm nhất(?: là)?|sau|không quá|tối đa|trước)\s+)?"
              + _NUM + r"\s+(ngày làm việc|ngày|tuần|tháng)(?:\s+làm việc)?(?:\s*,\s*|\s+)" + _REL + _E + r"\s*")
P_AFTER = _c(r"(?:ngay\s+)?(?:sau khi|kể từ khi|kể từ ngày|kể từ|ngay khi|khi|sau)" + _E + r"\s*")
# "Thực hiện ngay", "Triển khai ngay": the whole cell says "at once" — due the day the plan is issued
P_NOW = _c(r"(?:(?:thực hiện|triển khai|tổ chức|làm)\s+)?ngay(?:\s+(?:lập tức|khi kế hoạch (?:được )?ban hành))?" + _E
           + r"\s*$")
PLAN_ISSUED_EVENT = "Kế hoạch được ban hành"
P_BEFORE = _c(r"trước(?: khi| ngày| hết| thời điểm)?" + _E + r"\s*")
P_NEXTYEAR = _c(r"(?:của\s+)?năm sau(?: liền kề| liền| kế tiếp)?" + _E + r"|(?:của\s+)?năm tiếp theo" + _E)
P_FOLLOWING = _c(r"(?:và\s+)?(?:các|những) năm (?:tiếp theo|sau)" + _E)
P_DOM = _c(r"(?:(trước|chậm nhất(?: là)?|vào|đến|hạn)\s+)?(?:(?:vào\s+)?(?:ngày|mùng|mồng)\s+)?"
           r"(\d{1,2}((?:\s*(?:,|và)\s*\d{1,2})*))\s+(?:của\s+)?(?:hàng|mỗi|các|từng) tháng" + _E)
# "ngày 25 (của) tháng cuối quý", "ngày 05 tháng đầu tiên của quý sau"
P_QDAY = _c(r"(?:(trước|chậm nhất(?: là)?|vào|đến|hạn)\s+)?(?:(?:vào\s+)?(?:ngày|mùng|mồng)\s+)?(\d{1,2})\s+"
            r"(?:của\s+)?(?:các\s+|mỗi\s+)?tháng\s+(cuối cùng|cuối|đầu tiên|đầu|thứ nhất|thứ hai|giữa|thứ ba)"
            r"(?:\s+(?:của|trong))?(?:\s+(?:mỗi|hàng|các|từng))?\s+quý"
            r"(\s+(?:sau|tiếp theo|kế tiếp|liền sau|liền kề|tiếp sau))?" + _E)
_QMONTH = {"cuối cùng": 2, "cuối": 2, "thứ ba": 2, "đầu tiên": 0, "đầu": 0, "thứ nhất": 0, "thứ hai": 1, "giữa": 1}
# "trước ngày 25" with no month, refining a monthly rule ("Hàng tháng (trước ngày 25)")
P_BAREDAY = _c(r"(?:(trước|chậm nhất(?: là)?|vào|đến|hạn)\s+)?(?:ngày|mùng|mồng)\s+(\d{1,2})" + _E
               + r"(?!\s*(?:[/.-]\s*\d|tháng|của|hàng|mỗi|các|từng|làm|kể|tính))")
# "tuần đầu tháng", "tuần cuối tháng": the 7th / the last day of each month
P_WEEKOFMONTH = _c(r"(?:trong\s+|vào\s+)?tuần\s+(đầu tiên|đầu|cuối cùng|cuối)(?:\s+của)?(?:\s+(?:mỗi|hàng|các|từng))?"
                   r"\s+tháng" + _E + r"(?!\s*\d)")
# "cuối quý", "cuối mỗi tháng" (each), or "cuối" before a named period ("Cuối tháng 6/2026")
P_ENDOF = _c(r"cuối(?:\s+(mỗi|hàng|từng|các))?\s+(quý|tháng)" + _E)
# "báo cáo quý / tháng / năm": the report's name, meaning its frequency
P_REPORT = _c(r"(?:báo cáo|sơ kết|tổng kết)\s+(quý|tháng|năm)" + _E
              + r"(?!\s*(?:[/.-]?\s*\d|iv|iii|ii|i\b|một|hai|ba|bốn|tư|sáu|bảy|tám|chín|mười|giêng|chạp|nay|sau|tiếp"
              r"|học|cuối|đầu))")
# "1 lần/năm", "2 lần/năm", "1 lần/quý", "mỗi năm 1 lần", "1 năm/lần"
P_TIMES = _c(r"(\d{1,2}|một|hai|ba|bốn|sáu)\s*lần\s*(?:/|một|mỗi|trên|trong)\s*(năm|quý|tháng|tuần)" + _E
             + r"|(?:mỗi|hàng|từng)\s+(năm|quý|tháng|tuần)\s+(\d{1,2}|một|hai|ba|bốn|sáu)\s+lần" + _E
             + r"|(?:1|một)\s+(năm|quý|tháng|tuần)\s*(?:/\s*(?:1\s*)?lần|(?:một|1)\s+lần)" + _E)
_PER_YEAR = {"năm": 12, "quý": 3, "tháng": 1, "tuần": 0}
# "Hàng năm đến (năm) 2030", "Hàng năm (bắt đầu) từ (năm) 2026": bounds of a rule
P_UNTIL = _c(r"(?:đến|tới)(?:\s+hết)?(?:\s+năm)?\s+(\d{4})" + _E)
P_SINCE = _c(r"(?:bắt đầu\s+)?từ(?:\s+năm)?\s+(\d{4})" + _E + r"(?!\s*(?:-|đến|tới|~))")
P_FROMNOW = _c(r"(?:từ nay|từ bây giờ|từ thời điểm này)(?:\s+(?:đến|tới)(?:\s+hết)?)?" + _E)
P_ONWARD = _c(r"(?:trở đi|trở về sau|về sau)" + _E)
# something shaped like a date that _period_at refused (an impossible day): flagged, never an event's name
P_DATEISH = _c(r"(?:ngày\s+)?(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\5\s*(\d{4}|\d{2}))?"
               r"|(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?)(?![\d/])")


def _bad_date(low: str, pos: int) -> int:
    """The end of an impossible date written at pos ("31/02/2026", "29/02/2026", "31/4"), else 0."""
    m = P_DATEISH.match(low, pos)
    if not m:
        return 0
    g = m.groups()
    y, mo, d = (g[0], g[1], g[2]) if g[0] else ((g[6], g[5], g[3]) if g[3] else (g[9], g[8], g[7]))
    mo, d = int(mo), int(d)
    y = _year(y)
    if y is None:
        ok = 1 <= mo <= 12 and 1 <= d <= _MAXDAY[mo - 1]
    else:
        ok = not _ok_year(y) or _valid(y, mo, d)
    return 0 if ok else m.end()
P_WDAY = _c(r"(?:(trước|chậm nhất(?: là)?|vào)\s+)?(?:(?:sáng|chiều|trưa|tối)\s+)?"
            r"(thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ nhật)\s+(?:hàng|mỗi|các|từng) tuần" + _E)
_CAN = ("canh", "tân", "nhâm", "quý", "giáp", "ất", "bính", "đinh", "mậu", "kỷ")      # year % 10
_CHI = ("thân", "dậu", "tuất", "hợi", "tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi")  # year % 12
P_TET = _c(r"(?:(trước|dịp|trong dịp|vào dịp|trước và trong(?: dịp)?|chậm nhất(?: là)?(?: trước)?)\s+)?tết"
           r"(?:\s+(?:nguyên đán|âm lịch|cổ truyền(?: của dân tộc)?))?(?!\s+dương)"
           r"(?:\s+(" + "|".join(_CAN) + r")\s+(" + "|".join(_CHI + ("mẹo", "tị")) + r"))?"
           r"(?:\s*(?:năm\s+)?(\d{4}))?" + _E)
_WDAYW = {"hai": 1, "2": 1, "ba": 2, "3": 2, "tư": 3, "4": 3, "năm": 4, "5": 4, "sáu": 5, "6": 5, "bảy": 6,
          "bẩy": 6, "7": 6}
P_DAILY = _c(r"(?:hàng|mỗi|từng) ngày(?: làm việc)?" + _E)
P_WEEKLY = _c(r"(?:định kỳ\s+)?(?:hàng|mỗi|từng|theo) tuần" + _E)
P_MONTHLY = _c(r"(?:định kỳ\s+)?(?:hàng|mỗi|từng|theo) tháng" + _E)
P_QUARTERLY = _c(r"(?:định kỳ\s+)?(?:hàng|mỗi|từng|theo) quý" + _E + r"|định kỳ quý" + _E)
P_HALF = _c(r"(?:(?:định kỳ|hàng|mỗi|báo cáo|sơ kết)\s+)?(?:6|06|sáu) tháng(?:\s*(?:một|1) lần|\s*/\s*(?:1\s*)?lần)?"
            + _E + r"(?!\s*(?:đầu|cuối|kể|tính|sau|trước|từ))|(?:hàng |mỗi )?nửa năm(?: một lần)?" + _E
            + r"(?!\s*(?:đầu|cuối))")
P_EVERYN = _c(r"(?:(?:định kỳ|mỗi|hàng)\s+)?(\d{1,2}|hai|ba|bốn|năm) tháng\s*(?:(?:một|1) lần|/\s*(?:1\s*)?lần)" + _E
              + r"|định kỳ (\d{1,2}|hai|ba|bốn|năm) tháng" + _E)
P_YEARLY = _c(r"(?:định kỳ\s+)?(?:hàng|mỗi|từng|theo|các) năm" + _E + r"(?!\s*(?:\d|tiếp|sau))|năm một lần" + _E)
P_YRANGE = _c(r"(?:giai đoạn|thời kỳ|các năm|năm)?\s*(?:từ\s+)?(?:năm\s+)?(\d{4})\s*(?:-|đến|tới|~)\s*(?:năm\s+)?(\d{4})" + _E)
P_ISO = _c(r"(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/.-])")
P_DATE_WORDS = _c(r"(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?" + _E)
P_DATE = _c(r"(?:ngày\s+)?(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}|\d{2}))?(?![\d/])")
P_MONTH_YEAR = _c(r"(?:tháng\s+|t\.?\s*)?(\d{1,2})\s*[/-]\s*(\d{4})" + _E)
P_QUARTER = _c(r"(?:quý\s*|q\.?\s*)(iv|iii|ii|i|0?[1-4])" + _E + _YEAR_SUFFIX
               + r"|quý\s+(một|hai|ba|bốn|tư)" + _E + r"(?!\s+lần)" + _YEAR_SUFFIX)
# parts of the year: "6 tháng đầu năm", "3 tháng đầu năm", "4 tháng cuối năm 2026", "nửa đầu năm", "9 tháng năm 2023"
P_HALFP = _c(r"(?:(?:6|06|sáu) tháng|nửa năm|bán niên) (đầu|cuối)(?: năm)?" + _E + _YEAR_SUFFIX
             + r"|(?:(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười một|mười) tháng|nửa) (đầu|cuối) năm" + _E + _YEAR_SUFFIX
             + r"|(\d{1,2}|ba|chín) tháng năm (\d{4})" + _E)
# a compact range of days in one month: "ngày 10-12/9", "từ ngày 03-08/5/2026", "từ 5 đến 9/10"
P_DRANGE = _c(r"(?:ngày\s+)?(\d{1,2})\s*(?:-|đến|tới)\s*(?:ngày\s+)?(\d{1,2})(?:\s*([/.])\s*(\d{1,2})(?:\s*\3\s*(\d{4}))?"
              r"(?![\d/.])|\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?" + _E + ")")
P_MONTH = _c(r"tháng\s+(\d{1,2}|một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười một|mười hai|mười|giêng|chạp)"
             + _E + _YEAR_SUFFIX)
P_PARTYEAR = _c(r"(đầu|giữa|cuối) năm" + _E)
P_WHOLEYEAR = _c(r"(?:cả|toàn|trọn) năm" + _E + r"(?!\s*\d)")
P_LISTQ = _c(r"(iv|iii|ii|i)" + _E + _YEAR_SUFFIX)
P_LISTM = _c(r"(\d{1,2})" + _E + r"(?!\s*[/.-]\s*\d{1,2}(?!\d))" + _YEAR_SUFFIX)
P_YEAR = _c(r"(?:năm\s+)?(\d{4})" + _E)
P_THISYEAR = _c(r"(?:trong\s+)?năm nay" + _E)
P_RANGEOP = _c(r"(?:đến|tới|-|~)(?:\s+hết)?" + _E + r"|(?:đến|tới|-|~)")
P_FROM = _c(r"(?:bắt đầu\s+)?từ(?:\s+ngày)?" + _E)
P_BY = _c(r"(?:chậm nhất|muộn nhất|hạn chót|hạn|hoàn thành|xong|đến hết|đến|tới|trong|vào|trước và trong|"
          r"ngày|trong tháng|trong quý|năm|hết|(?:nhân |vào |trong )?dịp)(?:\s+là)?(?:\s+vào)?(?:\s+ngày)?" + _E)
P_SEP = _c(r"[\s,;/&+()\[\]\"“”'’]+|(?:và|hoặc|hay|kết hợp|đồng thời)" + _E)
P_FILLER = _c(r"(?:báo cáo|tổng kết|sơ kết|thực hiện|triển khai|tổ chức|hoàn thành|gửi|nộp|định kỳ|kết quả|"
              r"các|của|cả|mỗi|lần|dứt điểm|cơ bản|từng|một|xong|về|cho|được|bảo đảm|đảm bảo|năm)" + _E)
P_WORD = _c(r"\S+?(?=[\s,;]|$)|\S+")
_MONTHW = {"một": 1, "giêng": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
           "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}


def _year(s: str | None) -> int | None:
    if not s:
        return None
    y = int(s)
    if len(s) == 2:
        y += 2000
    return y


def _ok_year(y: int | None) -> bool:
    return y is None or MIN_YEAR <= y <= MAX_YEAR


_MAXDAY = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)     # without a year: 29/2 exists


def _valid(y: int, m: int, d: int) -> bool:
    """A real calendar date (29/02/2026 is not: flagged, never corrected to 28/02)."""
    return MIN_YEAR <= y <= MAX_YEAR and 1 <= m <= 12 and 1 <= d <= _last(y, m)


# ------------------------------------------------------------------ parser --
class _State:
    def __init__(self, low: str, text: str):
        self.low, self.text = low, text
        self.items: list[Period] = []          # periods with their years (or waiting for one)
        self.pending: list[int] = []           # indexes in items still without a year
        self.rules: list[Rule] = []
        self.events: list[EventRef] = []
        self.dates: list[date] = []
        self.ongoing = False
        self.unspec: list[str] = []
        self.unread: list[str] = []
        self.notes: list[str] = []
        self.before = False
        self.from_ = False
        self.from_items: set[int] = set()
        self.range_from: int | None = None
        self.from_now = False                   # "từ nay đến …": no start written, so no span
        self.carry = False                      # "trước" of a list's first date, for the dates after it
        self.last = ""                          # kind of the previous token
        self.sep = False                        # a separator since the previous token
        self.span: tuple[date, date] | None = None
        self.shift = 0                          # holiday shift clause (families.py)
        self.fam: dict = {}                     # what the clause families of families.py noted


def _is_day(p: Period | None) -> bool:
    """A day-month date (with or without its year)."""
    return p is not None and p.sm == p.em and p.sd == p.ed and p.sd != 0


def _add_period(st: _State, p: Period) -> None:
    if (st.range_from is None and st.last == "period" and st.items and st.items[-1].label.startswith("ngày ")
            and p.sm == p.em and p.sd in (0, 1) and p.ed == 0 and p.label.startswith("tháng")):
        d = st.items[-1].sd       # "ngày 15 tháng 6 và tháng 12": the day carries over to the bare month
        if d <= _MAXDAY[p.sm - 1]:
            p = Period(p.sm, d, p.sm, d, p.ys, p.ye, p.before, f"ngày {d} tháng {p.sm}")
    if st.before:
        p = Period(p.sm, p.sd, p.em, p.ed, p.ys, p.ye, True, p.label)
        st.before = False
        st.carry = _is_day(p)
    elif st.carry and st.range_from is None and _is_day(p):
        p = Period(p.sm, p.sd, p.em, p.ed, p.ys, p.ye, True, p.label)   # "trước ngày 15/6 và 15/12"
    if p.ye is not None and not _ok_year(p.ye):
        st.unread.append(p.label)
        st.last = "bad"
        return
    if st.range_from is not None:
        a = st.items[st.range_from]
        st.range_from = None
        ye = p.ye
        ys = a.ys
        if ys is None and ye is not None:
            ys = ye if (a.sm, a.sd or 31) <= (p.em, p.ed or 31) else ye - 1
        merged = Period(a.sm, a.sd, p.em, p.ed, ys, ye, a.before, f"{a.label} - {p.label}")
        st.items[-1] = merged   # a was the last item
        idx = len(st.items) - 1
        st.from_items.discard(idx)
        if idx in st.pending:
            st.pending.remove(idx)
        if merged.ye is None:
            st.pending.append(idx)
        st.last = "period"
        return
    if p.ye is not None and st.pending and st.last == "period":
        _qualify_year(st, p.ye)          # "Quý I, II/2022", "Tháng 3, 6/2021"
    if st.from_ and p.sm == p.em and p.sd and p.ed and p.sd < p.ed:
        st.from_ = False                 # "từ ngày 03-08/5/2026": a range of days, its end is written

    st.items.append(p)
    idx = len(st.items) - 1
    if p.ye is None:
        st.pending.append(idx)
    if st.from_:
        st.from_items.add(idx)
        st.from_ = False
    st.last = "period"


def _qualify_year(st: _State, y: int) -> bool:
    """Give year y to waiting periods; False when none waits."""
    if not st.pending:
        return False
    for i in st.pending:
        st.items[i] = st.items[i].with_year(y)
    st.pending = []
    return True


def _to_rules(st: _State, shift: int = 0, assumed: bool = False) -> bool:
    if not st.pending:
        return False
    for i in st.pending:
        st.rules.append(Rule("yearly", period=st.items[i], year_shift=shift, assumed=assumed))
        st.items[i] = None  # type: ignore[call-overload]
    st.pending = []
    st.items = [x for x in st.items if x is not None]
    st.from_items = set()
    return True


def _event_text(st: _State, a: int) -> tuple[str, int]:
    """The event named from position a to the next ';' (original spelling)."""
    b = st.low.find(";", a)
    if b < 0:
        b = len(st.low)
    ev = st.text[a:b].strip(" ,.:()\"“”")
    low = ev.lower()
    for w in ("ngày ", "khi "):
        if low.startswith(w):
            ev = ev[len(w):]
            low = low[len(w):]
    return ev.strip(), b


def _period_at(st: _State, pos: int) -> tuple[Period, int] | None:
    """A period (date, month, quarter, half-year, year, range of years) at pos."""
    low = st.low
    m = P_ISO.match(low, pos)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(y, mo, d):
            return Period(mo, d, mo, d, y, y, label=f"{d}/{mo}/{y}"), m.end()
        return None
    m = P_DRANGE.match(low, pos) if low[pos].isdigit() or low.startswith("ngày", pos) else None
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        mo, y = int(m.group(4) or m.group(6)), _year(m.group(5) or m.group(7))
        if 1 <= mo <= 12 and 1 <= a < b <= (_last(y, mo) if y and _ok_year(y) else _MAXDAY[mo - 1]):
            return Period(mo, a, mo, b, y, y, label=f"ngày {a}-{b}/{mo}" + (f"/{y}" if y else "")), m.end()
    m = P_YRANGE.match(low, pos)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        if a <= b:
            return Period(1, 1, 12, 0, a, b, label=f"{a} - {b}"), m.end()
    m = P_DATE_WORDS.match(low, pos)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), _year(m.group(3))
        if 1 <= mo <= 12 and 1 <= d <= _MAXDAY[mo - 1] and (y is None or _valid(y, mo, d) or not _ok_year(y)):
            return Period(mo, d, mo, d, y, y, label=f"ngày {d} tháng {mo}" + (f" năm {y}" if y else "")), m.end()
    m = P_MONTH_YEAR.match(low, pos)
    if m:
        mo, y = int(m.group(1)), int(m.group(2))
        if 1 <= mo <= 12:
            return Period(mo, 1, mo, 0, y, y, label=f"tháng {mo}/{y}"), m.end()
    m = P_DATE.match(low, pos)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(3)), _year(m.group(4))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            if y is not None and _ok_year(y) and not _valid(y, mo, d):
                return None
            if y is None and d > _MAXDAY[mo - 1]:
                return None
            return Period(mo, d, mo, d, y, y, label=f"{d}/{mo}" + (f"/{y}" if y else "")), m.end()
    m = P_QUARTER.match(low, pos)
    if m:
        q = _ROMAN[m.group(1) or m.group(3)]
        y = _year(m.group(2) or m.group(4))
        return Period(3 * q - 2, 1, 3 * q, 0, y, y, label=f"quý {['I', 'II', 'III', 'IV'][q - 1]}"), m.end()
    m = P_HALFP.match(low, pos)
    if m:
        if m.group(6):                      # "9 tháng năm 2023": the first nine months
            k, first, y = _num(m.group(6)), True, _year(m.group(7))
        elif m.group(1):
            k, first, y = 6, m.group(1) == "đầu", _year(m.group(2))
        else:
            k = _num(m.group(3)) if m.group(3) else 6       # "nửa đầu năm": six months
            first, y = m.group(4) == "đầu", _year(m.group(5))
        if 1 <= k <= 11:
            return (Period(1, 1, k, 0, y, y, label=f"{k} tháng đầu năm") if first
                    else Period(13 - k, 1, 12, 0, y, y, label=f"{k} tháng cuối năm")), m.end()
    m = P_MONTH.match(low, pos)
    if m:
        w = m.group(1)
        mo = int(w) if w.isdigit() else _MONTHW.get(w, 0)
        if 1 <= mo <= 12:
            y = _year(m.group(2))
            return Period(mo, 1, mo, 0, y, y, label=f"tháng {mo}"), m.end()
    m = P_WHOLEYEAR.match(low, pos)
    if m:
        return Period(1, 1, 12, 0, label="cả năm"), m.end()
    m = P_PARTYEAR.match(low, pos)
    if m:
        w = m.group(1)
        p = {"đầu": Period(1, 1, 3, 0, label="đầu năm"), "giữa": Period(4, 1, 6, 0, label="giữa năm"),
             "cuối": Period(10, 1, 12, 0, label="cuối năm")}[w]
        return p, m.end()
    return None


def _scan(st: _State) -> None:
    low = st.low
    n = len(low)
    pos = 0
    while pos < n:
        m = P_SEP.match(low, pos)
        if m and m.end() > pos:
            g = m.group(0)
            if g.strip():
                st.sep = True
                if ";" in g:
                    st.carry = False
            pos = m.end()
            continue
        sep, st.sep = st.sep, False

        # ---- clause families of the second round (families.py): shift clauses, durations, day lists … ----
        q = _fam.scan(st, pos)
        if q is not None:
            pos = q
            continue

        # ---- no fixed date: "theo yêu cầu", "thường xuyên" ----
        m = P_UNSPEC.match(low, pos)
        if m:
            st.unspec.append(st.text[m.start():m.end()])
            pos = m.end()
            st.last = "unspec"
            continue
        m = P_ONGOING.match(low, pos)
        if m:
            st.ongoing = True
            pos = m.end()
            st.last = "ongoing"
            continue
        m = P_FROMNOW.match(low, pos)          # "Từ nay đến (hết) năm 2026": the end is what counts
        if m:
            st.from_now = True
            pos = m.end()
            continue

        # ---- "N ngày (làm việc) kể từ ngày X" ----
        m = P_OFFSET.match(low, pos)
        if m:
            k = _num(m.group(1))
            unit = {"ngày làm việc": "workdays", "ngày": "days", "tuần": "weeks", "tháng": "months"}[m.group(2)]
            if "làm việc" in low[m.start():m.end()]:
                unit = "workdays"
            rel = m.group(3)
            neg = rel.startswith("trước") or low[m.start():m.start() + 5] == "trước"
            ev = EventRef("", -k if neg else k, unit)
            p = _period_at(st, m.end())
            if (unit == "months" and k in (3, 6, 9) and rel.startswith("trước") and p and p[0].ys is None
                    and _is_day(p[0])):
                pos = m.start(3)     # "Báo cáo 6 tháng trước ngày 15/6": the half-year report's name, then a date
                continue
            if p and p[0].ys is not None and p[0].single_day:
                base = p[0].bounds()
                due = ev.apply(base[0]) if base else None
                if due:
                    st.dates.append(due)
                    st.notes.append(f"offset:{ev.n}:{unit}:{base[0].isoformat()}")
                pos = p[1]
                st.last = "date"
                continue
            text, end = _event_text(st, m.end())
            if text:
                st.events.append(EventRef(text, ev.n, unit))
                pos = end
                st.last = "event"
                continue
            st.unread.append(st.text[m.start():m.end()])
            pos = m.end()
            continue

        # ---- "Trước Tết Nguyên đán (Bính Ngọ) 2026": mùng 1 Tết from the lunar calendar ----
        m = P_TET.match(low, pos)
        if m:
            before = (m.group(1) or "").startswith(("trước", "chậm nhất"))
            y = int(m.group(4)) if m.group(4) else None
            if y is None and m.group(2):
                can = _CAN.index(m.group(2))
                chi = {"mẹo": "mão", "tị": "tỵ"}.get(m.group(3), m.group(3))
                chi = _CHI.index(chi)
                y = next((k for k in range(2000, 2060) if k % 10 == can and k % 12 == chi), None)
            if y is not None:
                d = tet(y) if _ok_year(y) else None
                if d is None:
                    st.unread.append(st.text[m.start():m.end()])
                else:
                    st.dates.append(d - _DAY if before else d)
                    st.notes.append(f"tet:{y}:{d.isoformat()}")
                    st.last = "date"
            else:
                st.rules.append(Rule("yearly", anchor="tet", before=before, assumed=True))
                st.last = "tet-rule"
            pos = m.end()
            continue

        # ---- "(trước) ngày 25 (của) tháng cuối quý", "ngày 05 tháng đầu quý sau" ----
        m = P_QDAY.match(low, pos)
        if m and 1 <= int(m.group(2)) <= 31:
            qm = _QMONTH[m.group(3)] + (3 if m.group(4) else 0)
            st.rules.append(Rule("quarterly", day=int(m.group(2)), before=(m.group(1) == "trước"), qmonth=qm))
            pos = m.end()
            st.last = "rule"
            continue
        # ---- "(trước) ngày 20 hằng tháng", "ngày 15 và 30 hàng tháng", "thứ Sáu hằng tuần" ----
        m = P_DOM.match(low, pos)
        if m:
            ds = [int(x) for x in re.findall(r"\d{1,2}", m.group(2))]
            if all(1 <= x <= 31 for x in ds):
                for x in ds:
                    st.rules.append(Rule("monthly", day=x, before=(m.group(1) == "trước")))
                pos = m.end()
                st.last = "rule"
                continue
        m = P_WEEKOFMONTH.match(low, pos)
        if m:
            first = m.group(1).startswith("đầu")
            st.rules.append(Rule("monthly", day=7 if first else 0))
            st.notes.append("week:first" if first else "week:last")
            pos = m.end()
            st.last = "rule"
            continue
        m = P_WDAY.match(low, pos)
        if m:
            w = m.group(2)
            wd = 7 if w == "chủ nhật" else _WDAYW.get(w[3:].strip(), 0)
            if wd:
                st.rules.append(Rule("weekly", day=wd, before=(m.group(1) == "trước")))
                pos = m.end()
                st.last = "rule"
                continue

        # ---- "Hàng tháng (trước ngày 25)": the day of a monthly rule ----
        m = P_BAREDAY.match(low, pos)
        if m and 1 <= int(m.group(2)) <= 31:
            i = next((i for i, r in enumerate(st.rules) if r.freq == "monthly" and not r.day and not r.before), None)
            if i is not None:
                st.rules[i] = replace(st.rules[i], day=int(m.group(2)), before=(m.group(1) == "trước"))
                pos = m.end()
                st.last = "rule"
                continue

        # ---- "trước ngày D", "trước Quý IV", or "trước bầu cử" ----
        m = P_BEFORE.match(low, pos)
        if m:
            p = _period_at(st, m.end())
            if p:
                st.before = True
                pos = m.end()
                continue
            bad = _bad_date(low, m.end())
            if bad:             # "Trước ngày 31/02/2026": an impossible date, not an event named so
                st.unread.append(st.text[m.start():bad].strip())
                pos = bad
                st.last = "bad"
                continue
            text, end = _event_text(st, m.end())
            if text:
                st.events.append(EventRef(text, -1, "days"))
                pos = end
                st.last = "event"
                continue

        # ---- qualifiers of year ----
        m = P_NEXTYEAR.match(low, pos)
        if m:
            if not _to_rules(st, shift=1):
                st.rules.append(Rule("yearly", period=Period(1, 1, 12, 0), year_shift=1))
            pos = m.end()
            st.last = "rule"
            continue
        m = P_FOLLOWING.match(low, pos)
        if m:
            # "năm 2021 và các năm tiếp theo": every year from the last one named
            y0 = None
            if st.items and st.items[-1].ys is not None:
                last = st.items.pop()
                y0 = last.ye
                st.rules.append(Rule("yearly", period=Period(last.sm, last.sd, last.em, last.ed, before=last.before),
                                     years=(y0, MAX_YEAR)))
            else:
                st.rules.append(Rule("yearly"))
            pos = m.end()
            st.last = "rule"
            continue

        # ---- "báo cáo quý", "cuối mỗi tháng", "1 lần/năm": frequencies ----
        m = P_REPORT.match(low, pos)
        if m:
            st.rules.append(Rule({"quý": "quarterly", "tháng": "monthly", "năm": "yearly"}[m.group(1)]))
            pos = m.end()
            st.last = "rule"
            continue
        m = P_ENDOF.match(low, pos)
        if m:
            if m.group(1) or _period_at(st, m.start(2)) is None:
                st.rules.append(Rule("quarterly" if m.group(2) == "quý" else "monthly"))
                pos = m.end()
                st.last = "rule"
            else:
                pos = m.start(2)          # "Cuối tháng 6/2026", "Cuối quý IV/2026": due at the end anyway
            continue
        m = P_TIMES.match(low, pos)
        if m:
            unit = m.group(2) or m.group(3) or m.group(5)
            k = _num(m.group(1) or m.group(4) or "1")
            freq, months = None, 0
            if unit == "tuần":
                freq = "weekly" if k == 1 else None
            elif k and _PER_YEAR[unit] % k == 0:
                months = _PER_YEAR[unit] // k
                freq = {12: "yearly", 6: "half-yearly", 3: "quarterly", 1: "monthly"}.get(months, "months")
            if freq == "yearly":
                if st.last == "tet-rule":
                    st.rules[-1] = replace(st.rules[-1], assumed=False)
                elif not _to_rules(st):
                    st.rules.append(Rule("yearly"))
            elif freq:
                st.rules.append(Rule(freq, interval=months or 1))
            if freq:
                pos = m.end()
                st.last = "rule"
                continue

        # ---- rules ----
        matched = False
        for rx, freq in ((P_DAILY, "daily"), (P_WEEKLY, "weekly"), (P_MONTHLY, "monthly"),
                         (P_QUARTERLY, "quarterly"), (P_HALF, "half-yearly")):
            m = rx.match(low, pos)
            if m:
                st.rules.append(Rule(freq))
                pos = m.end()
                st.last = "rule"
                matched = True
                break
        if matched:
            continue
        m = P_EVERYN.match(low, pos)
        if m:
            k = _num(m.group(1) or m.group(2))
            freq = {1: "monthly", 3: "quarterly", 6: "half-yearly", 12: "yearly"}.get(k, "months")
            if k > 0:
                st.rules.append(Rule(freq, interval=k))
                pos = m.end()
                st.last = "rule"
                continue
        m = P_YEARLY.match(low, pos)
        if m:
            if st.last == "tet-rule":       # "Trước Tết Nguyên đán hằng năm": said, not assumed
                st.rules[-1] = replace(st.rules[-1], assumed=False)
            elif not _to_rules(st):
                st.rules.append(Rule("yearly"))
            pos = m.end()
            st.last = "rule"
            continue

        # ---- a range of years right after rules bounds them ----
        m = P_YRANGE.match(low, pos)
        if m and ((st.rules and st.last in ("rule", "bound")) or st.pending):
            a, b = int(m.group(1)), int(m.group(2))
            if a <= b and _ok_year(a) and _ok_year(b):
                _to_rules(st)
                st.rules = [replace(r, years=(a, b)) for r in st.rules]
                st.span = (date(a, 1, 1), date(b, 12, 31))
                pos = m.end()
                st.last = "bound"
                continue
        if st.rules and st.last in ("rule", "bound"):
            m = P_SINCE.match(low, pos) or P_UNTIL.match(low, pos)
            if m and _ok_year(int(m.group(1))):
                y = int(m.group(1))
                since = m.re is P_SINCE
                _to_rules(st)
                st.rules = [replace(r, years=(y, r.years[1] if r.years else MAX_YEAR) if since
                                    else (r.years[0] if r.years else MIN_YEAR, y)) for r in st.rules]
                pos = m.end()
                st.last = "bound"
                continue

        # ---- "năm 2021" gives its year to the periods waiting for one ----
        m = P_YEAR.match(low, pos)
        if m and (st.pending or (st.rules and st.last == "rule" and not sep)):
            y = int(m.group(1))
            if _ok_year(y):
                if not _qualify_year(st, y):
                    st.rules = [replace(r, years=(y, y)) for r in st.rules]
                    st.span = (date(y, 1, 1), date(y, 12, 31))
                pos = m.end()
                st.last = "year"
                continue
        m = P_THISYEAR.match(low, pos)
        if m:
            st.notes.append("this-year")
            if not _to_rules(st, assumed=True):
                st.rules.append(Rule("yearly", assumed=True))
            pos = m.end()
            st.last = "rule"
            continue

        # ---- "Quý II/2026 trở đi": from then on ----
        m = P_ONWARD.match(low, pos)
        if m and st.last in ("period", "rule", "bound", "year"):
            if st.last == "period" and st.items:
                st.from_items.add(len(st.items) - 1)
            pos = m.end()
            continue

        # ---- "Quý III, IV", "Tháng 3, 6, 9, 12", "Quý I-II": more of the same kind ----
        if st.items and ((st.last == "period" and sep) or st.last == "rangeop"):
            lab = st.items[-1].label
            m = P_LISTQ.match(low, pos) if lab.startswith("quý") else (
                P_LISTM.match(low, pos) if lab.startswith("tháng") else None)
            if m:
                k = _ROMAN.get(m.group(1), 0) if lab.startswith("quý") else int(m.group(1))
                y = _year(m.group(2))
                if lab.startswith("quý") and k:
                    _add_period(st, Period(3 * k - 2, 1, 3 * k, 0, y, y, label=f"quý {['I', 'II', 'III', 'IV'][k - 1]}"))
                    pos = m.end()
                    continue
                if lab.startswith("tháng") and 1 <= k <= 12:
                    _add_period(st, Period(k, 1, k, 0, y, y, label=f"tháng {k}"))
                    pos = m.end()
                    continue

        # ---- periods ----
        p = _period_at(st, pos)
        if p is None and (low[pos].isdigit() or low.startswith("ngày", pos)):
            bad = _bad_date(low, pos)
            if bad:
                st.unread.append(st.text[pos:bad])
                pos = bad
                st.last = "bad"
                continue
        if p is None:
            m = P_YEAR.match(low, pos)
            if m:
                y = int(m.group(1))
                if _ok_year(y):
                    p = (Period(1, 1, 12, 0, y, y, label=f"năm {y}"), m.end())
        if p is not None:
            _add_period(st, p[0])
            pos = p[1]
            continue

        # ---- range "X đến Y" ----
        m = P_RANGEOP.match(low, pos)
        if m and st.last == "period" and st.items and not sep:
            q = P_SEP.match(low, m.end())
            nxt = q.end() if q else m.end()
            if (_period_at(st, nxt) or P_YEAR.match(low, nxt)
                    or (st.items[-1].label.startswith("quý") and P_LISTQ.match(low, nxt))):
                st.range_from = len(st.items) - 1
                pos = m.end()
                st.last = "rangeop"
                continue

        # ---- "Thực hiện ngay": at once, i.e. from the day the plan is issued ----
        m = P_NOW.match(low, pos)
        if m:
            st.events.append(EventRef(PLAN_ISSUED_EVENT, 0, "days"))
            pos = m.end()
            st.last = "event"
            continue

        # ---- event clauses: "Sau khi ban hành", "Khi có văn bản dự thảo" ----
        m = P_AFTER.match(low, pos)
        if m:
            p = _period_at(st, m.end())
            bad = _bad_date(low, m.end()) if p is None else 0
            if bad:             # "Sau ngày 31/02/2026": an impossible date, not an event named so
                st.unread.append(st.text[m.start():bad].strip())
                pos = bad
                st.last = "bad"
                continue
            if p is None:
                text, end = _event_text(st, m.end())
                if text:
                    st.events.append(EventRef(text, 0, "days"))
                    pos = end
                    st.last = "event"
                    continue
            else:   # "sau ngày 15/3": a start, not a deadline
                st.unread.append(st.text[m.start():m.end()].strip())
                pos = m.end()
                continue
        m = P_FROM.match(low, pos)
        if m:
            st.from_ = True
            pos = m.end()
            continue
        m = P_THEO.match(low, pos)
        if m:
            st.unspec.append(st.text[m.start():m.end()].strip())
            pos = m.end()
            st.last = "unspec"
            continue
        m = P_BY.match(low, pos)
        if m and m.end() > pos:
            if low.startswith(("chậm", "muộn", "hạn", "hoàn", "xong", "đến", "tới"), pos):
                st.carry = False      # a new clause: "trước" no longer applies
            pos = m.end()
            continue
        m = P_FILLER.match(low, pos)
        if m and m.end() > pos:
            pos = m.end()
            continue
        m = P_WORD.match(low, pos)
        end = m.end() if m and m.end() > pos else pos + 1
        st.unread.append(st.text[pos:end])
        pos = end


def _bare_yearly(r: Rule) -> bool:
    return r.freq == "yearly" and r.period is None and not r.year_shift and not r.anchor


def _md_range(p: Period) -> tuple[tuple[int, int], tuple[int, int]]:
    return (p.sm, p.sd or 1), (p.em, p.ed or 31)


def _inside(small: Period, big: Period) -> bool:
    """small lies within big (month-day bounds, the same year), and is not big itself."""
    (a0, a1), (b0, b1) = _md_range(small), _md_range(big)
    return b0 <= b1 and b0 <= a0 <= a1 <= b1 and (a0, a1) != (b0, b1)


def _refine(st: _State) -> set[int]:
    """A period named inside another refines it: the outer one no longer has a due date of its own.

    A period without a year inside a one-year period takes its year ("Năm 2026 (Quý IV)"); a dated
    one inside a dated one ("Quý IV/2026 (chậm nhất 15/12/2026)") is what the outer one is due on.
    Returns the ids of the outer periods (kept for the span only)."""
    outer: set[int] = set()
    items = st.items
    for i in list(st.pending):
        p = items[i]
        for j in range(i - 1, -1, -1):
            c = items[j]
            if (j in st.pending or j in st.from_items or c.before or c.ys is None or c.ys != c.ye
                    or (c.sm, c.sd, c.em, c.ed) == (p.sm, p.sd, p.em, p.ed)):
                continue
            if _inside(p, c):
                items[i] = p.with_year(c.ys)
                st.pending.remove(i)
                outer.add(id(c))
                break
        else:       # "Trước 15/12/2026 (quý IV)": the dated one says which year, and when
            for j, c in enumerate(items):
                if (j == i or j in st.pending or j in st.from_items or c.ys is None or c.ys != c.ye
                        or (c.sm, c.sd, c.em, c.ed) == (p.sm, p.sd, p.em, p.ed) or p.before or p.single_day):
                    continue
                if _inside(c, p):
                    items[i] = p.with_year(c.ys)
                    st.pending.remove(i)
                    outer.add(id(items[i]))
                    break
    for i, p in enumerate(items):
        b = p.bounds() if p.ys is not None else None
        if b is None or i in st.from_items:
            continue
        for j in range(i):
            c = items[j]
            cb = c.bounds() if c.ys is not None else None
            if (cb and j not in st.from_items and not c.before and not c.single_day and cb[0] <= b[0] <= b[1] <= cb[1]
                    and b != cb):
                outer.add(id(c))
    return outer


def _simplify_rules(rules: list[Rule], daymonth: bool) -> list[Rule]:
    """Drop the rules the phrase made more precise, or that only name its reports."""
    out = list(rules)
    # "Tháng 12 hàng năm (trước ngày 20/12)": the date says when in the month
    i = 0
    while i < len(out):
        a = out[i]
        if a.freq == "yearly" and a.period is not None and not a.anchor:
            k = next((k for k in range(len(out)) if k != i and out[k].freq == "yearly" and out[k].period is not None
                      and not out[k].anchor and out[k].year_shift == a.year_shift and _inside(out[k].period, a.period)),
                     None)
            if k is not None:
                b = out[k]
                out[k] = replace(b, assumed=a.assumed and b.assumed, years=b.years or a.years)
                del out[i]
                continue
        i += 1
    # "Hàng quý (trước ngày 15 tháng cuối quý)", "Hàng tháng (trước ngày 25)": the precise rule replaces the bare one
    if any(r.freq == "quarterly" and (r.day or r.qmonth != 2 or r.before) for r in out):
        out = [r for r in out if not (r.freq == "quarterly" and not r.day and r.qmonth == 2 and not r.before)]
    if any(r.freq == "monthly" and (r.day or r.before) for r in out):
        out = [r for r in out if not (r.freq == "monthly" and not r.day and not r.before)]
    # "Hằng năm, trước Tết Nguyên đán": the day before Tết each year, not 31/12 as well
    if any(r.anchor == "tet" for r in out) and any(_bare_yearly(r) and not r.years for r in out):
        out = [replace(r, assumed=False) if r.anchor == "tet" else r for r in out
               if not (_bare_yearly(r) and not r.years)]
    # explicit day-month dates: "(6 tháng)", "(năm)", "báo cáo năm" are the names of their reports
    if daymonth:
        out = [r for r in out if r.freq != "half-yearly" and not (_bare_yearly(r) and (not r.years or any(
            o.freq == "yearly" and o.period is not None and o.years == r.years for o in out)))]
    return out


def _finish(text: str, st: _State) -> Deadline:
    _fam.finish(st)
    notes = list(st.notes)
    outer = _refine(st) if len(st.items) > 1 else set()
    # periods that never got a year: every year (the window / the plan decides)
    if st.pending:
        bare = [r for r in st.rules if _bare_yearly(r)]
        if bare:     # "Hằng năm, trước ngày 15/12": the periods are what "hằng năm" means
            years = {r.years for r in bare}
            st.rules = [r for r in st.rules if r not in bare]
            n = len(st.rules)
            _to_rules(st)
            if len(years) == 1 and None not in years:    # "Hàng năm đến 2030, trước ngày 15/12"
                st.rules[n:] = [replace(r, years=bare[0].years) for r in st.rules[n:]]
        else:
            _to_rules(st, assumed=True)
            notes.append("assumed-year")
    if st.rules:
        daymonth = any(_is_day(p) for p in st.items) or any(
            r.freq == "yearly" and _is_day(r.period) for r in st.rules)
        st.rules = _simplify_rules(st.rules, daymonth)
    span = st.span
    dates = list(st.dates)
    once_spans = []
    for i, p in enumerate(st.items):
        b = p.bounds()
        if b is None:
            continue
        if i in st.from_items:
            st.ongoing = True
            notes.append(f"from:{b[0].isoformat()}")
            continue
        due = p.due() if id(p) not in outer else None
        if due is not None:
            dates.append(due)
        if not p.before and not p.single_day:
            once_spans.append(b)
    if once_spans and span is None and not st.from_now:
        span = (min(s for s, _ in once_spans), max(e for _, e in once_spans))
    if len({d for d in dates}) == 0 and not once_spans and span and not st.rules:
        span = None
    # the kind
    if st.rules:
        kind = "recurring"
    elif dates or (st.events and all(e.unit.startswith("rel:") for e in st.events)):
        kind = "once"            # "tháng 9 tới", "quý tới": one date, counted from the plan's date
    elif st.events:
        kind = "event"
    elif st.ongoing:
        kind = "ongoing"
    else:
        kind = "unspecified"
    unread = " ".join(u for u in st.unread if u.strip())
    flagged = bool(unread) or (kind == "unspecified" and not st.unspec and bool(text))
    if st.unspec:
        notes.append("unspec:" + st.unspec[0])
    return Deadline(phrase=text, kind=kind, dates=tuple(sorted(set(dates))), span=span, rules=tuple(st.rules),
                    events=tuple(st.events), ongoing=st.ongoing, flagged=flagged, unread=unread,
                    notes=tuple(notes), shift=st.shift)


# Deadline words typed without their accents ("Quy IV hang nam"): multi-word forms first
_ACCENTS = {
    "thuong xuyen": "thường xuyên", "lien tuc": "liên tục", "lau dai": "lâu dài", "xuyen suot": "xuyên suốt",
    "lam viec": "làm việc", "lien ke": "liền kề", "quy dinh": "quy định", "dot xuat": "đột xuất",
    "yeu cau": "yêu cầu", "dinh ky": "định kỳ", "cham nhat": "chậm nhất", "muon nhat": "muộn nhất",
    "ke tu": "kể từ", "tinh tu": "tính từ", "ban hanh": "ban hành", "bao cao": "báo cáo", "so ket": "sơ kết",
    "tong ket": "tổng kết", "tiep theo": "tiếp theo", "ke tiep": "kế tiếp", "nguyen dan": "nguyên đán",
    "giai doan": "giai đoạn", "hoan thanh": "hoàn thành", "thuc hien": "thực hiện", "trien khai": "triển khai",
    "to chuc": "tổ chức", "ke hoach": "kế hoạch", "dau tien": "đầu tiên", "nua nam": "nửa năm",
    "chu nhat": "chủ nhật", "thu hai": "thứ hai", "thu ba": "thứ ba", "thu tu": "thứ tư", "thu nam": "thứ năm",
    "thu sau": "thứ sáu", "thu bay": "thứ bảy", "kip thoi": "kịp thời", "can thiet": "cần thiết",
    "tro di": "trở đi", "mot lan": "một lần", "sau thang": "sáu tháng",
    "quy": "quý", "hang": "hàng", "nam": "năm", "thang": "tháng", "ngay": "ngày", "truoc": "trước",
    "tuan": "tuần", "moi": "mỗi", "va": "và", "den": "đến", "tu": "từ", "toi": "tới", "cuoi": "cuối",
    "dau": "đầu", "giua": "giữa", "hoac": "hoặc", "lan": "lần", "het": "hết", "vao": "vào", "dip": "dịp",
    "tet": "tết", "mot": "một", "mung": "mùng", "cac": "các", "cua": "của", "tung": "từng", "han": "hạn",
    "co": "có", "ca": "cả", "nay": "nay",
}
_ACCENT_RX = re.compile(r"(?<![a-z])(" + "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in _ACCENTS),
                                                         key=len, reverse=True)) + r")(?![a-z])", re.IGNORECASE)


def _accented(text: str) -> str:
    def put(m: re.Match) -> str:
        w = m.group(0)
        a = _ACCENTS[" ".join(w.lower().split())]
        if w.isupper() and len(w) > 1:
            return a.upper()
        return a[:1].upper() + a[1:] if w[:1].isupper() else a
    return _ACCENT_RX.sub(put, text)


def _read(text: str) -> Deadline:
    st = _State(_lower(text), text)
    try:
        _scan(st)
        return _finish(text, st)
    except (ValueError, OverflowError, KeyError, IndexError, TypeError):
        return Deadline(phrase=text, kind="unspecified", flagged=True, unread=text)


@lru_cache(maxsize=65536)
def _parse_cached(raw: str) -> Deadline:
    text = clean_phrase(raw)
    if not text:
        return Deadline(phrase="", kind="unspecified", notes=("empty",))
    if len(text) > 2000:          # not a deadline; keep it, flag it
        return Deadline(phrase=text, kind="unspecified", flagged=True, unread=text[:200])
    dl = _read(text)
    if dl.flagged and text.isascii():
        # typed without accents: read it with the deadline words' accents restored, if that reads cleanly
        acc = _accented(text)
        if acc != text:
            alt = _read(acc)
            if not alt.flagged:
                return replace(alt, phrase=text, notes=alt.notes + ("ascii:" + acc,), _cache={})
    return dl


def parse(phrase) -> Deadline:
    """Read a deadline phrase.  Never raises; unreadable text is flagged."""
    if not isinstance(phrase, str):
        phrase = "" if phrase is None else str(phrase)
    return _parse_cached(phrase)


def interpret(phrase, start: date, end: date, events: dict[str, date] | None = None, lang: str = "vi") -> dict:
    """The JSON reading printed by ``main.py deadline`` (explanation in *lang*; keys unchanged)."""
    return parse(phrase).to_json(start, end, events=events, lang=lang)


from . import families as _fam  # (imported last: the clause families use the structures above)
