"""Working days in Viet Nam: weekends and public holidays are not counted.

Public holidays (Tết Nguyên đán included, with the days off the Government
adds around it) come from the maintained ``holidays`` package, never from a
hand-made lunar table.  Saturday "make-up" working days that the Government
sometimes swaps in are not known to that package: a Saturday is always a day
off here (documented in docs/deadlines.md).
"""
from __future__ import annotations

import logging
from datetime import date, timedelta

import holidays as _holidays

log = logging.getLogger(__name__)
_CACHE: dict[int, frozenset[date]] = {}
_ONE = timedelta(days=1)


def holidays_of(year: int) -> frozenset[date]:
    """The public holidays (non-working days other than weekends) of *year*."""
    s = _CACHE.get(year)
    if s is None:
        try:
            s = frozenset(_holidays.country_holidays("VN", years=year).keys())
        except Exception:  # pragma: no cover - a year the package cannot compute
            log.exception("holidays of %s not computed: weekends only", year)
            s = frozenset()
        _CACHE[year] = s
    return s


def holiday_name(d: date) -> str:
    """Vietnamese name of the holiday on *d* ('' if none)."""
    if d not in holidays_of(d.year):
        return ""
    try:
        return _holidays.country_holidays("VN", years=d.year, language="vi").get(d, "") or ""
    except Exception:  # pragma: no cover
        log.exception("Vietnamese holiday names unavailable")
        return _holidays.country_holidays("VN", years=d.year).get(d, "") or ""


def is_workday(d: date) -> bool:
    return d.weekday() < 5 and d not in holidays_of(d.year)


def add_workdays(start: date, n: int) -> date:
    """The date *n* working days after *start*.

    Counting starts the day after *start* ("N ngày làm việc kể từ ngày X"):
    ``add_workdays(X, 1)`` is the first working day after X.  A negative *n*
    counts backwards the same way; ``n == 0`` returns *start*.
    """
    step = _ONE if n >= 0 else -_ONE
    left = abs(n)
    d = start
    while left:
        try:
            d = d + step
        except OverflowError:
            return d
        if is_workday(d):
            left -= 1
    return d


def workdays_between(a: date, b: date) -> int:
    """Working days in the half-open interval (a, b]."""
    if b <= a:
        return 0
    n = 0
    d = a
    while d < b:
        d += _ONE
        if is_workday(d):
            n += 1
    return n


_TET: dict[int, date | None] = {}


def tet(year: int) -> date | None:
    """Mùng 1 Tết Nguyên đán (the first day of the lunar year) that falls in
    *year*, from the ``holidays`` package's Vietnamese calendar."""
    if year in _TET:
        return _TET[year]
    d = None
    try:
        for day, name in _holidays.country_holidays("VN", years=year, language="en_US").items():
            if name == "Lunar New Year":
                d = day
                break
    except Exception:  # pragma: no cover - a year the package cannot compute
        log.exception("Tết of %s not computed", year)
        d = None
    _TET[year] = d
    return d
