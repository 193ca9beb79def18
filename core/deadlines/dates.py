"""Calendar arithmetic of the deadline reader: month lengths, valid dates, the n-th weekday, a due date moved
to a working day, the due date of a relative phrase ("tháng 9 tới").  No reading, no words."""
from __future__ import annotations

import calendar
from datetime import date, timedelta

from .workdays import is_workday

MIN_YEAR, MAX_YEAR = 1900, 2200
ONE_DAY = timedelta(days=1)
MAX_DAY = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)     # without a year: 29/2 exists


def last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def make_date(y: int, m: int, d: int) -> date | None:
    """date(y, m, d) with d == 0 meaning the month's last day, or None when out of range."""
    if not (MIN_YEAR <= y <= MAX_YEAR) or not 1 <= m <= 12:
        return None
    last = last_day(y, m)
    if d == 0 or d > last:
        if d > last and not (m == 2 and d == 29):   # 29/2 in a common year: 28/2
            return None
        d = last
    return date(y, m, d)


def ok_year(y: int | None) -> bool:
    return y is None or MIN_YEAR <= y <= MAX_YEAR


def valid_date(y: int, m: int, d: int) -> bool:
    """A real calendar date (29/02/2026 is not: flagged, never corrected to 28/02)."""
    return MIN_YEAR <= y <= MAX_YEAR and 1 <= m <= 12 and 1 <= d <= last_day(y, m)


def nth_weekday(y: int, m: int, iso_wd: int, n: int) -> date | None:
    """The n-th ISO weekday *iso_wd* of month m (n = -1: the last one), None when the month has no such day."""
    if n > 0:
        first = date(y, m, 1)
        d = first + timedelta(days=(iso_wd - first.isoweekday()) % 7 + 7 * (n - 1))
        return d if d.month == m else None
    last = date(y, m, last_day(y, m))
    return last - timedelta(days=(last.isoweekday() - iso_wd) % 7)


def shift_workday(d: date, step: int) -> date:
    """*d* itself when it is a working day, else the next (step 1) or previous (step -1) working day."""
    k = 0
    while not is_workday(d) and k < 30:
        d += ONE_DAY if step > 0 else -ONE_DAY
        k += 1
    return d


def rel_due(when: date, unit: str) -> date | None:
    """The due date of a relative phrase ("tháng 9 tới" …) counted from *when* (the plan's date)."""
    _, what, k, part = unit.split(":")
    k = int(k)
    if what == "month":
        if k:          # the first month k ending on or after the plan's date
            y = when.year if (when.month <= k) else when.year + 1
            m = k
        else:          # "tháng tới / tháng sau": the month after
            y, m = (when.year + 1, 1) if when.month == 12 else (when.year, when.month + 1)
        return date(y, m, {"early": 10, "mid": 20}.get(part, last_day(y, m)))
    if what == "week":        # "tuần tới": the Friday of the next week (the week's last working day, as "hàng tuần")
        return when + timedelta(days=7 - when.weekday() + 4)
    if what == "quarter":
        q0 = (when.month - 1) // 3 + 1
        if k:
            y, q = (when.year, k) if k >= q0 else (when.year + 1, k)
        else:
            y, q = (when.year + 1, 1) if q0 == 4 else (when.year, q0 + 1)
        m = 3 * q - 2 + {"early": 0, "mid": 1}.get(part, 2)
        return date(y, m, last_day(y, m))
    y = when.year + 1
    m = {"early": 3, "mid": 6}.get(part, 12)
    return date(y, m, last_day(y, m))
