"""The scanner's state, and reading the periods of a phrase ("Quý IV/2026", "ngày 15/3", "6 tháng đầu năm",
"2021 - 2025" …) into it: a period waits for its year, a range joins two, "trước" marks it due before."""
from __future__ import annotations

from datetime import date

from .dates import MAX_DAY, last_day, ok_year, valid_date
from .notes import Note
from .patterns import (
    MONTH_WORDS,
    P_DATE,
    P_DATE_WORDS,
    P_DATEISH,
    P_DRANGE,
    P_HALFP,
    P_ISO,
    P_MONTH,
    P_MONTH_YEAR,
    P_PARTYEAR,
    P_QUARTER,
    P_WHOLEYEAR,
    P_YRANGE,
    QUARTER_NUMBER,
    number_of,
    year_of,
)
from .types import EventRef, Period, Rule


class ReadingState:
    """What the scanner has read of one phrase so far (*low*: lower-cased, *text*: as written)."""

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
        self.notes: list[Note] = []
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


def is_day(p: Period | None) -> bool:
    """A day-month date (with or without its year)."""
    return p is not None and p.sm == p.em and p.sd == p.ed and p.sd != 0


def add_period(st: ReadingState, p: Period) -> None:
    if (st.range_from is None and st.last == "period" and st.items and st.items[-1].label.startswith("ngày ")
            and p.sm == p.em and p.sd in (0, 1) and p.ed == 0 and p.label.startswith("tháng")):
        d = st.items[-1].sd       # "ngày 15 tháng 6 và tháng 12": the day carries over to the bare month
        if d <= MAX_DAY[p.sm - 1]:
            p = Period(p.sm, d, p.sm, d, p.ys, p.ye, p.before, f"ngày {d} tháng {p.sm}")
    if st.before:
        p = Period(p.sm, p.sd, p.em, p.ed, p.ys, p.ye, True, p.label)
        st.before = False
        st.carry = is_day(p)
    elif st.carry and st.range_from is None and is_day(p):
        p = Period(p.sm, p.sd, p.em, p.ed, p.ys, p.ye, True, p.label)   # "trước ngày 15/6 và 15/12"
    if p.ye is not None and not ok_year(p.ye):
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
        qualify_year(st, p.ye)          # "Quý I, II/2022", "Tháng 3, 6/2021"
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


def qualify_year(st: ReadingState, y: int) -> bool:
    """Give year y to waiting periods; False when none waits."""
    if not st.pending:
        return False
    for i in st.pending:
        st.items[i] = st.items[i].with_year(y)
    st.pending = []
    return True


def to_rules(st: ReadingState, shift: int = 0, assumed: bool = False) -> bool:
    if not st.pending:
        return False
    for i in st.pending:
        st.rules.append(Rule("yearly", period=st.items[i], year_shift=shift, assumed=assumed))
        st.items[i] = None  # type: ignore[call-overload]
    st.pending = []
    st.items = [x for x in st.items if x is not None]
    st.from_items = set()
    return True


def event_text(st: ReadingState, a: int) -> tuple[str, int]:
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


def period_at(st: ReadingState, pos: int) -> tuple[Period, int] | None:
    """A period (date, month, quarter, half-year, year, range of years) at pos."""
    low = st.low
    m = P_ISO.match(low, pos)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if valid_date(y, mo, d):
            return Period(mo, d, mo, d, y, y, label=f"{d}/{mo}/{y}"), m.end()
        return None
    m = P_DRANGE.match(low, pos) if low[pos].isdigit() or low.startswith("ngày", pos) else None
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        mo, y = int(m.group(4) or m.group(6)), year_of(m.group(5) or m.group(7))
        if 1 <= mo <= 12 and 1 <= a < b <= (last_day(y, mo) if y and ok_year(y) else MAX_DAY[mo - 1]):
            return Period(mo, a, mo, b, y, y, label=f"ngày {a}-{b}/{mo}" + (f"/{y}" if y else "")), m.end()
    m = P_YRANGE.match(low, pos)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        if a <= b:
            return Period(1, 1, 12, 0, a, b, label=f"{a} - {b}"), m.end()
    m = P_DATE_WORDS.match(low, pos)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), year_of(m.group(3))
        if 1 <= mo <= 12 and 1 <= d <= MAX_DAY[mo - 1] and (y is None or valid_date(y, mo, d) or not ok_year(y)):
            return Period(mo, d, mo, d, y, y, label=f"ngày {d} tháng {mo}" + (f" năm {y}" if y else "")), m.end()
    m = P_MONTH_YEAR.match(low, pos)
    if m:
        mo, y = int(m.group(1)), int(m.group(2))
        if 1 <= mo <= 12:
            return Period(mo, 1, mo, 0, y, y, label=f"tháng {mo}/{y}"), m.end()
    m = P_DATE.match(low, pos)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(3)), year_of(m.group(4))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            if y is not None and ok_year(y) and not valid_date(y, mo, d):
                return None
            if y is None and d > MAX_DAY[mo - 1]:
                return None
            return Period(mo, d, mo, d, y, y, label=f"{d}/{mo}" + (f"/{y}" if y else "")), m.end()
    m = P_QUARTER.match(low, pos)
    if m:
        q = QUARTER_NUMBER[m.group(1) or m.group(3)]
        y = year_of(m.group(2) or m.group(4))
        return Period(3 * q - 2, 1, 3 * q, 0, y, y, label=f"quý {['I', 'II', 'III', 'IV'][q - 1]}"), m.end()
    m = P_HALFP.match(low, pos)
    if m:
        if m.group(6):                      # "9 tháng năm 2023": the first nine months
            k, first, y = number_of(m.group(6)), True, year_of(m.group(7))
        elif m.group(1):
            k, first, y = 6, m.group(1) == "đầu", year_of(m.group(2))
        else:
            k = number_of(m.group(3)) if m.group(3) else 6       # "nửa đầu năm": six months
            first, y = m.group(4) == "đầu", year_of(m.group(5))
        if 1 <= k <= 11:
            return (Period(1, 1, k, 0, y, y, label=f"{k} tháng đầu năm") if first
                    else Period(13 - k, 1, 12, 0, y, y, label=f"{k} tháng cuối năm")), m.end()
    m = P_MONTH.match(low, pos)
    if m:
        w = m.group(1)
        mo = int(w) if w.isdigit() else MONTH_WORDS.get(w, 0)
        if 1 <= mo <= 12:
            y = year_of(m.group(2))
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


def bad_date(low: str, pos: int) -> int:
    """The end of an impossible date written at pos ("31/02/2026", "29/02/2026", "31/4"), else 0."""
    m = P_DATEISH.match(low, pos)
    if not m:
        return 0
    g = m.groups()
    y, mo, d = (g[0], g[1], g[2]) if g[0] else ((g[6], g[5], g[3]) if g[3] else (g[9], g[8], g[7]))
    mo, d = int(mo), int(d)
    y = year_of(y)
    if y is None:
        ok = 1 <= mo <= 12 and 1 <= d <= MAX_DAY[mo - 1]
    else:
        ok = not ok_year(y) or valid_date(y, mo, d)
    return 0 if ok else m.end()
