"""A date as a clerk types it: read exactly, or refused with the reason.

Every date field of the window (the header's "Ngày", a deadline's event date
and done date) reads its text with :func:`parse_typed_date`.  Day first, as
Vietnamese documents write it:

* ``15/01/2026``, ``15/1/2026``, ``15-01-2026``, ``15.01.2026``, ``15 01 2026``
* ``15012026`` (eight digits, ddmmyyyy), ``150126`` (six, ddmmyy)
* ``15/1/26`` — a two-digit year is 20yy (19yy when 20yy would be more than
  fifty years ahead)
* ``2026-01-15`` (ISO, year first — what the file stores)
* ``ngày 15 tháng 01 năm 2026`` (as printed on a plan)

Anything else — a day the month does not have, a thirteenth month, a month
first (``01/15/2026``), three or five or seven digits, letters — raises a
:class:`~core.errors.PlanError` with a Vietnamese and an English reason.
Nothing is guessed: a date that cannot be read exactly is never turned into
another date.
"""
from __future__ import annotations

import calendar
import re
from datetime import date

from .errors import PlanError
from .text import nfc

MIN_YEAR, MAX_YEAR = 1900, 2100

_SEP = r"\s*[/\-.\s]\s*"
_DMY = re.compile(rf"(\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}(\d{{2}}|\d{{4}})")
_YMD = re.compile(rf"(\d{{4}}){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}})")
_WORDS = re.compile(r"(?:ngày\s*)?(\d{1,2})\s*tháng\s*(\d{1,2})\s*(?:năm|,)?\s*(\d{4})")


class DateRefused(PlanError):
    """A typed date that cannot be read exactly."""


def format_date(d: date) -> str:
    """*d* as the date fields show it: ``15/01/2026``."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def _year(text: str, today: date | None) -> int:
    y = int(text)
    if len(text) == 2:
        base = (today or date.today()).year
        y += 2000
        if y > base + 50:
            y -= 100
    return y


def _make(text: str, d: int, m: int, y: int) -> date:
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise DateRefused(f"“{text}”: năm {y} nằm ngoài khoảng {MIN_YEAR}–{MAX_YEAR}.",
                          f"“{text}”: the year {y} is outside {MIN_YEAR}–{MAX_YEAR}.")
    if not 1 <= m <= 12:
        hint_vi = hint_en = ""
        if 1 <= d <= 12:
            hint_vi, hint_en = " Ghi ngày trước, tháng sau: ngày/tháng/năm.", " Write the day first: day/month/year."
        raise DateRefused(f"“{text}”: không có tháng {m}.{hint_vi}", f"“{text}”: there is no month {m}.{hint_en}")
    last = calendar.monthrange(y, m)[1]
    if not 1 <= d <= last:
        raise DateRefused(f"“{text}”: tháng {m} năm {y} không có ngày {d} (chỉ có {last} ngày).",
                          f"“{text}”: month {m} of {y} has no day {d} (it has {last} days).")
    return date(y, m, d)


def parse_typed_date(text: str | None, today: date | None = None) -> date | None:
    """The date *text* says (day first), ``None`` for an empty field, or
    :class:`DateRefused` with the reason in Vietnamese and English."""
    raw = nfc(text or "").strip()
    if not raw:
        return None
    t = raw.lower()
    m = _DMY.fullmatch(t)
    if m:
        return _make(raw, int(m.group(1)), int(m.group(2)), _year(m.group(3), today))
    m = _YMD.fullmatch(t)
    if m:
        return _make(raw, int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = _WORDS.fullmatch(t)
    if m:
        return _make(raw, int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if re.fullmatch(r"[0-9]{6}|[0-9]{8}", t):
        return _make(raw, int(t[:2]), int(t[2:4]), _year(t[4:], today))
    raise DateRefused(f"“{raw}” không phải một ngày. Gõ ngày/tháng/năm, ví dụ 15/01/2026 hoặc 15/1/26.",
                      f"“{raw}” is not a date. Type day/month/year, e.g. 15/01/2026 or 15/1/26.")
