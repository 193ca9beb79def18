"""Working days around Tết 2025 and 2026 and the 30/4 - 1/5 holidays."""
from datetime import date

import pytest

from core.deadlines import add_workdays, is_workday, parse, workdays_between


@pytest.mark.parametrize("d", [date(2025, 1, 27), date(2025, 1, 28), date(2025, 1, 29), date(2025, 1, 30),
                               date(2025, 1, 31),                                   # Tết Ất Tỵ
                               date(2026, 2, 16), date(2026, 2, 17), date(2026, 2, 18), date(2026, 2, 19),
                               date(2026, 2, 20),                                   # Tết Bính Ngọ
                               date(2025, 4, 30), date(2025, 5, 1), date(2025, 5, 2),
                               date(2026, 4, 30), date(2026, 5, 1), date(2025, 9, 1), date(2025, 9, 2),
                               date(2025, 1, 1), date(2026, 1, 1)])
def test_public_holidays_are_not_working_days(d):
    assert d.weekday() < 5
    assert not is_workday(d)


@pytest.mark.parametrize("d", [date(2025, 1, 24), date(2025, 2, 3), date(2026, 2, 13), date(2026, 2, 23),
                               date(2025, 4, 29), date(2025, 5, 5), date(2026, 4, 29), date(2026, 5, 4)])
def test_ordinary_weekdays_are_working_days(d):
    assert is_workday(d)


def test_weekends_are_not_working_days():
    assert not is_workday(date(2025, 3, 8)) and not is_workday(date(2025, 3, 9))


@pytest.mark.parametrize("start,n,expected", [
    (date(2025, 1, 24), 1, date(2025, 2, 3)),    # Friday before Tết 2025 -> Monday after
    (date(2025, 1, 24), 5, date(2025, 2, 7)),
    (date(2025, 1, 22), 3, date(2025, 2, 3)),    # Wed: 23, 24, then 3/2
    (date(2026, 2, 13), 1, date(2026, 2, 23)),   # Friday before Tết 2026 -> Monday 23/2
    (date(2026, 2, 11), 5, date(2026, 2, 25)),   # 12, 13, 23, 24, 25
    (date(2025, 4, 29), 1, date(2025, 5, 5)),    # 30/4, 1/5, 2/5 (day off), weekend
    (date(2026, 4, 29), 1, date(2026, 5, 4)),    # 30/4 Thu, 1/5 Fri, weekend
    (date(2026, 4, 24), 5, date(2026, 5, 6)),    # 27/4 Giỗ Tổ observed, 30/4, 1/5 off
    (date(2025, 3, 7), 0, date(2025, 3, 7)),
    (date(2025, 3, 10), 1, date(2025, 3, 11)),   # counting starts the day after
])
def test_add_workdays(start, n, expected):
    assert add_workdays(start, n) == expected


def test_backwards_and_between():
    assert add_workdays(date(2025, 2, 3), -1) == date(2025, 1, 24)
    assert workdays_between(date(2025, 1, 24), date(2025, 2, 7)) == 5


def test_working_day_phrase_uses_holidays_and_calendar_days_do_not():
    w = parse("05 ngày làm việc kể từ ngày 24/01/2025")
    assert w.kind == "once" and w.dates == (date(2025, 2, 7),)
    c = parse("10 ngày kể từ ngày 24/01/2025")
    assert c.dates == (date(2025, 2, 3),)
    t = parse("03 ngày làm việc kể từ ngày 29/4/2025")
    assert t.dates == (date(2025, 5, 7),)   # 5/5, 6/5, 7/5


def test_event_with_working_days_after_tet_2026():
    dl = parse("05 ngày làm việc kể từ ngày có Quyết định công bố của Bộ, ngành")
    assert dl.kind == "event" and dl.due_in(date(2026, 1, 1), date(2026, 12, 31)) == []
    got = dl.due_in(date(2026, 1, 1), date(2026, 12, 31),
                    events={"có Quyết định công bố của Bộ, ngành": date(2026, 2, 12)})
    assert got == [date(2026, 2, 26)]        # 13, 23, 24, 25, 26
