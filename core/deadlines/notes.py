"""Typed notes of a reading: what the reader saw beside the dates, for the explanation to say.

The reader (scanner, families, finish) makes them; core.deadlines.explain words them in Vietnamese and
English.  Each note is a small frozen dataclass; ``str(note)`` is its short form ("offset:5:workdays:
2026-03-15"), for debugging and the golden readings of tests/deadlines — nothing parses it back.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


class Note:
    """Base of the notes of a :class:`~core.deadlines.types.Deadline`."""
    __slots__ = ()


@dataclass(frozen=True)
class Empty(Note):
    """Nothing was written."""

    def __str__(self) -> str:
        return "empty"


@dataclass(frozen=True)
class Offset(Note):
    """"05 ngày làm việc kể từ ngày 15/3/2026": due *n* *unit* after (negative: before) a written date."""
    n: int
    unit: str           # 'workdays' | 'days' | 'weeks' | 'months'
    base: date

    def __str__(self) -> str:
        return f"offset:{self.n}:{self.unit}:{self.base.isoformat()}"


@dataclass(frozen=True)
class StartsOn(Note):
    """"Từ ngày 01/3/2026": work starts then; no end is written."""
    start: date

    def __str__(self) -> str:
        return f"from:{self.start.isoformat()}"


@dataclass(frozen=True)
class TetDay(Note):
    """"Tết Nguyên đán 2026": the first day of Tết of *year*, from the lunar calendar."""
    year: int
    day: date

    def __str__(self) -> str:
        return f"tet:{self.year}:{self.day.isoformat()}"


@dataclass(frozen=True)
class ReadWithAccents(Note):
    """Typed without its accents ("Quy IV hang nam"): read as *text*."""
    text: str

    def __str__(self) -> str:
        return "ascii:" + self.text


@dataclass(frozen=True)
class NoFixedDate(Note):
    """"Theo yêu cầu", "Đột xuất": the words (as written) that say there is no fixed date."""
    text: str

    def __str__(self) -> str:
        return "unspec:" + self.text


@dataclass(frozen=True)
class YearAssumed(Note):
    """A date or period written without a year: every year of the plan."""

    def __str__(self) -> str:
        return "assumed-year"


@dataclass(frozen=True)
class ThisYear(Note):
    """"năm nay": the plan's year (read as every year of the plan)."""

    def __str__(self) -> str:
        return "this-year"


@dataclass(frozen=True)
class WeekOfMonth(Note):
    """"tuần đầu tháng" (*first*) or "tuần cuối tháng": the monthly rule is that week's end."""
    first: bool

    def __str__(self) -> str:
        return "week:first" if self.first else "week:last"


@dataclass(frozen=True)
class HolidayShift(Note):
    """"nếu trùng ngày nghỉ … ngày làm việc tiếp theo": a due day off moves by *step* (+1 / -1) working days."""
    step: int

    def __str__(self) -> str:
        return f"shift:{self.step}"


@dataclass(frozen=True)
class OrNextWorkday(Note):
    """"… hoặc trong ngày làm việc tiếp theo, nếu *condition*": an alternative, not a second date."""
    condition: str

    def __str__(self) -> str:
        return "alt-next:" + self.condition


@dataclass(frozen=True)
class Duration(Note):
    """A time limit without its start: "không quá 10 ngày làm việc" (*n* 0: the same day).

    *limit*: "không quá" or ""; *condition*: "trường hợp …" it applies in; *scope*: "đối với …", "không kể …"."""
    n: int
    unit: str
    limit: str = ""
    condition: str = ""
    scope: str = ""

    def __str__(self) -> str:
        return "dur:" + "\x1f".join((str(self.n), self.unit, self.limit, self.condition, self.scope))


@dataclass(frozen=True)
class ReportLabel(Note):
    """"Báo cáo 6 tháng đầu năm gửi trước ngày 10/07": *text* names the report, it is not a deadline."""
    text: str

    def __str__(self) -> str:
        return "label:" + self.text


@dataclass(frozen=True)
class DataPeriod(Note):
    """"số liệu tính từ …": a data period, due on its last day."""

    def __str__(self) -> str:
        return "data"


@dataclass(frozen=True)
class ReportPeriodAssumed(Note):
    """"ngày 25 của tháng cuối kỳ báo cáo" with no period named: read as each quarter."""

    def __str__(self) -> str:
        return "ky-assumed"


@dataclass(frozen=True)
class WeekdayOfDays(Note):
    """"Ngày 06; 13; 20; 27 (Thứ Hai)": the ISO *weekday* the listed days fall on."""
    weekday: int

    def __str__(self) -> str:
        return f"wday:{self.weekday}"


@dataclass(frozen=True)
class WeekdayMatches(Note):
    """"thứ Tư ngày 14/02/2018": the weekday written matches the date."""
    weekday: int

    def __str__(self) -> str:
        return f"wday-ok:{self.weekday}"


@dataclass(frozen=True)
class WeekdayMismatch(Note):
    """A weekday written with *day*, which falls on another weekday (the reading is flagged)."""
    day: date

    def __str__(self) -> str:
        return f"wday-bad:{self.day.isoformat()}"
