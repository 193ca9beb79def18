"""Words shared by the explanations in both languages: dates (babel), units, weekdays, ordinals, and the facts
of a rule both languages list (a quarterly rule's four days, the days of several monthly rules)."""
from __future__ import annotations

import calendar
from datetime import date

from babel.dates import format_date

from .types import Rule

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
# The one convention for a date or period written without a year (parse.YEARLESS): every year of the plan.
YEARLESS_VI = " (không ghi năm — hiểu là mỗi năm của kế hoạch)"
YEARLESS_EN = " (no year given — read as every year of the plan)"
UNIT_VI = {"workdays": "ngày làm việc", "days": "ngày", "weeks": "tuần", "months": "tháng"}


def vn_date(d: date) -> str:
    """dd/MM/yyyy, formatted by babel (locale vi)."""
    return format_date(d, "dd/MM/yyyy", locale="vi")


def vn_day_month(m: int, d: int) -> str:
    return f"{d:02d}/{m:02d}"


def en_date(d: date) -> str:
    """'31 Dec 2026', formatted by babel (locale en)."""
    return format_date(d, "d MMM yyyy", locale="en")


def en_day_month(m: int, d: int) -> str:
    """'31 December' (a leap year is used, so 29 February exists)."""
    return format_date(date(2000, m, d), "d MMMM", locale="en")


def fmt_date(d: date, lang: str = "vi") -> str:
    """A date in the language of the text it goes into."""
    return en_date(d) if lang == "en" else vn_date(d)


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


WEEKDAY_VI = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
WEEKDAY_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def quarter_days(r: Rule) -> list[tuple[int, int]]:
    """(month, day) of a quarterly rule's four due dates in a common year, in calendar order."""
    out = []
    for q in range(4):
        m = (3 * q + r.qmonth) % 12 + 1
        last = calendar.monthrange(2001, m)[1]
        d = min(r.day, last) if r.day else last
        if r.before:
            if d > 1:
                d -= 1
            else:
                m = 12 if m == 1 else m - 1
                d = calendar.monthrange(2001, m)[1]
        out.append((m, d))
    return sorted(out)


QUARTER_MONTH_VI = {0: "tháng đầu quý", 1: "tháng thứ hai của quý", 2: "tháng cuối quý", 3: "tháng đầu quý sau",
              4: "tháng thứ hai của quý sau", 5: "tháng cuối quý sau"}
QUARTER_MONTH_EN = {0: "the first month of each quarter", 1: "the second month of each quarter",
              2: "the last month of each quarter", 3: "the first month of the next quarter",
              4: "the second month of the next quarter", 5: "the last month of the next quarter"}


def monthly_days(rules) -> list[int]:
    """The days of "ngày 15 và 30 hàng tháng" (several monthly rules on named days), else []."""
    if len(rules) < 2 or any(r.freq != "monthly" or not r.day or r.before or r.years for r in rules):
        return []
    return sorted({r.day for r in rules})


UNIT_EN = {"workdays": ("working day", "working days"), "days": ("day", "days"), "weeks": ("week", "weeks"),
             "months": ("month", "months")}
WORKDAYS_EN = " (counting from the next day, skipping weekends and public holidays, Lunar New Year (Tet) included)"
MONTHS_EN = ("January February March April May June July August September October November December").split()
NO_EVENT_DATE_EN = "; no date until the event is recorded."


def units_en(n: int, unit: str) -> str:
    one, many = UNIT_EN.get(unit, (unit, unit))
    return f"{n} {one if abs(n) == 1 else many}"


# The sentence an event's explanation ends with until its date is recorded (Deadline.explanation_with drops it).
NO_EVENT_DATE_VI = " Chưa có ngày cụ thể cho đến khi ghi nhận ngày xảy ra sự kiện."


class Waiting(str):
    """A sentence that says an event has no date yet; ``resolved`` is the sentence once its date is recorded."""
    resolved: str


def waiting(text: str, resolved: str) -> Waiting:
    w = Waiting(text)
    w.resolved = resolved
    return w
