"""The scanner: a phrase is read left to right; at each position one handler per clause family is tried, in
order (the second-round families of families.py first), and the first that reads something moves on.  What
no handler reads is kept as unread words, and the reading is flagged.

A handler is ``handler(state, low, pos, sep) -> position after what it read, or None``: *low* is the
lower-cased phrase, *sep* tells whether a separator came before *pos*.  Each handler is listed with the
words without which it cannot match; a phrase is checked for them once, and only the handlers whose words it
has are tried (reading stays fast)."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from . import families
from .dates import MAX_YEAR, MIN_YEAR, ONE_DAY, ok_year
from .notes import Offset, TetDay, ThisYear, WeekOfMonth
from .patterns import (
    CAN,
    CHI,
    MONTHS_PER,
    P_AFTER,
    P_BAREDAY,
    P_BEFORE,
    P_BY,
    P_DAILY,
    P_DOM,
    P_ENDOF,
    P_EVERYN,
    P_FILLER,
    P_FOLLOWING,
    P_FROM,
    P_FROMNOW,
    P_HALF,
    P_LISTM,
    P_LISTQ,
    P_MONTHLY,
    P_NEXTYEAR,
    P_NOW,
    P_OFFSET,
    P_ONGOING,
    P_ONWARD,
    P_QDAY,
    P_QUARTERLY,
    P_RANGEOP,
    P_REPORT,
    P_SEP,
    P_SINCE,
    P_TET,
    P_THEO,
    P_THISYEAR,
    P_TIMES,
    P_UNSPEC,
    P_UNTIL,
    P_WDAY,
    P_WEEKLY,
    P_WEEKOFMONTH,
    P_WORD,
    P_YEAR,
    P_YEARLY,
    P_YRANGE,
    QUARTER_MONTH,
    QUARTER_NUMBER,
    WEEKDAY_WORDS,
    number_of,
    year_of,
)
from .periods import ReadingState, add_period, bad_date, event_text, is_day, period_at, qualify_year, to_rules
from .types import PLAN_ISSUED_EVENT, EventRef, Period, Rule
from .workdays import tet


def scan(st: ReadingState) -> None:
    """Read the whole phrase of *st* into it."""
    low = st.low
    n = len(low)
    hs = _handlers(low)
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
        for h in hs:
            q = h(st, low, pos, sep)
            if q is not None:
                pos = q
                break
        else:
            m = P_WORD.match(low, pos)
            end = m.end() if m and m.end() > pos else pos + 1
            st.unread.append(st.text[pos:end])
            pos = end


# ------------------------------------------------------------------ handlers --
def _no_fixed_date(st: ReadingState, low: str, pos: int, sep: bool) -> int | None:
    """No fixed date ("theo yêu cầu"), ongoing work ("thường xuyên"), "từ nay đến …"."""
    m = P_UNSPEC.match(low, pos)
    if m:
        st.unspec.append(st.text[m.start():m.end()])
        pos = m.end()
        st.last = "unspec"
        return pos
    m = P_ONGOING.match(low, pos)
    if m:
        st.ongoing = True
        pos = m.end()
        st.last = "ongoing"
        return pos
    m = P_FROMNOW.match(low, pos)          # "Từ nay đến (hết) năm 2026": the end is what counts
    if m:
        st.from_now = True
        return m.end()
    return None


def _offset(st: ReadingState, low: str, pos: int, sep: bool) -> int | None:
    """"N ngày (làm việc) kể từ ngày X": a date counted from a written date or an event."""
    m = P_OFFSET.match(low, pos)
    if m:
        k = number_of(m.group(1))
        unit = {"ngày làm việc": "workdays", "ngày": "days", "tuần": "weeks", "tháng": "months"}[m.group(2)]
        if "làm việc" in low[m.start():m.end()]:
            unit = "workdays"
        rel = m.group(3)
        neg = rel.startswith("trước") or low[m.start():m.start() + 5] == "trước"
        ev = EventRef("", -k if neg else k, unit)
        p = period_at(st, m.end())
        if (unit == "months" and k in (3, 6, 9) and rel.startswith("trước") and p and p[0].ys is None
                and is_day(p[0])):
            return m.start(3)     # "Báo cáo 6 tháng trước ngày 15/6": the half-year report's name, then a date
        if p and p[0].ys is not None and p[0].single_day:
            base = p[0].bounds()
            due = ev.apply(base[0]) if base else None
            if due:
                st.dates.append(due)
                st.notes.append(Offset(ev.n, unit, base[0]))
            pos = p[1]
            st.last = "date"
            return pos
        text, end = event_text(st, m.end())
        if text:
            st.events.append(EventRef(text, ev.n, unit))
            pos = end
            st.last = "event"
            return pos
        st.unread.append(st.text[m.start():m.end()])
        return m.end()
    return None


def _tet(st: ReadingState, low: str, pos: int, sep: bool) -> int | None:
    """"Trước Tết Nguyên đán (Bính Ngọ) 2026": the first day of Tết, from the lunar calendar."""
    m = P_TET.match(low, pos)
    if m:
        before = (m.group(1) or "").startswith(("trước", "chậm nhất"))
        y = int(m.group(4)) if m.group(4) else None
        if y is None and m.group(2):
            can = CAN.index(m.group(2))
            chi = {"mẹo": "mão", "tị": "tỵ"}.get(m.group(3), m.group(3))
            chi = CHI.index(chi)
            y = next((k for k in range(2000, 2060) if k % 10 == can and k % 12 == chi), None)
        if y is not None:
            d = tet(y) if ok_year(y) else None
            if d is None:
                st.unread.append(st.text[m.start():m.end()])
            else:
                st.dates.append(d - ONE_DAY if before else d)
                st.notes.append(TetDay(y, d))
                st.last = "date"
        else:
            st.rules.append(Rule("yearly", anchor="tet", before=before, assumed=True))
            st.last = "tet-rule"
        return m.end()
    return None


def _rule_days(st: ReadingState, low: str, pos: int, sep: bool) -> int | None:
    """Days of a rule: "ngày 25 tháng cuối quý", "trước ngày 20 hằng tháng", "tuần đầu tháng", "thứ Sáu hằng tuần"."""
    m = P_QDAY.match(low, pos)
    if m and 1 <= int(m.group(2)) <= 31:
        qm = QUARTER_MONTH[m.group(3)] + (3 if m.group(4) else 0)
        st.rules.append(Rule("quarterly", day=int(m.group(2)), before=(m.group(1) == "trước"), qmonth=qm))
        pos = m.end()
        st.last = "rule"
        return pos
    m = P_DOM.match(low, pos)
    if m:
        ds = [int(x) for x in re.findall(r"\d{1,2}", m.group(2))]
        if all(1 <= x <= 31 for x in ds):
            for x in ds:
                st.rules.append(Rule("monthly", day=x, before=(m.group(1) == "trước")))
            pos = m.end()
            st.last = "rule"
            return pos
    m = P_WEEKOFMONTH.match(low, pos)
    if m:
        first = m.group(1).startswith("đầu")
        st.rules.append(Rule("monthly", day=7 if first else 0))
        st.notes.append(WeekOfMonth(first))
        pos = m.end()
        st.last = "rule"
        return pos
    m = P_WDAY.match(low, pos)
    if m:
        w = m.group(2)
        wd = 7 if w == "chủ nhật" else WEEKDAY_WORDS.get(w[3:].strip(), 0)
        if wd:
            st.rules.append(Rule("weekly", day=wd, before=(m.group(1) == "trước")))
            pos = m.end()
            st.last = "rule"
            return pos
    return None


def _bare_day(st: ReadingState, low: str, pos: int, sep: bool) -> int | None:
    """"Hàng tháng (trước ngày 25)": the day of a monthly rule."""
    m = P_BAREDAY.match(low, pos)
    if m and 1 <= int(m.group(2)) <= 31:
        i = next((i for i, r in enumerate(st.rules) if r.freq == "monthly" and not r.day and not r.before), None)
        if i is not None:
            st.rules[i] = replace(st.rules[i], day=int(m.group(2)), before=(m.group(1) == "trước"))
            pos = m.end()
            st.last = "rule"
            return pos
    return None


def _before(st: ReadingState, low: str, pos: int, sep: bool) -> int | None:
    """"trước ngày D", "trước Quý IV" (due the day before), or "trước bầu cử" (an event)."""
    m = P_BEFORE.match(low, pos)
    if m:
        p = period_at(st, m.end())
        if p:
            st.before = True
            return m.end()
        bad = bad_date(low, m.end())
        if bad:             # "Trước ngày 31/02/2026": an impossible date, not an event named so
            st.unread.append(st.text[m.start():bad].strip())
            pos = bad
            st.last = "bad"
            return pos
        text, end = event_text(st, m.end())
        if text:
            st.events.append(EventRef(text, -1, "days"))
            pos = end
            st.last = "event"
            return pos
    return None


def _year_qualifiers(st: ReadingState, low: str, pos: int, sep: bool) -> int | None:
    """"năm sau liền kề", "và các năm tiếp theo": which years the periods are due in."""
    m = P_NEXTYEAR.match(low, pos)
    if m:
        if not to_rules(st, shift=1):
            st.rules.append(Rule("yearly", period=Period(1, 1, 12, 0), year_shift=1))
        pos = m.end()
        st.last = "rule"
        return pos
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
        return pos
    return None


def _frequencies(st: ReadingState, low: str, pos: int, sep: bool) -> int | None:
    """"báo cáo quý", "cuối mỗi tháng", "1 lần/năm": frequencies named by a report or a count."""
    m = P_REPORT.match(low, pos)
    if m:
        st.rules.append(Rule({"quý": "quarterly", "tháng": "monthly", "năm": "yearly"}[m.group(1)]))
        pos = m.end()
        st.last = "rule"
        return pos
    m = P_ENDOF.match(low, pos)
    if m:
        if m.group(1) or period_at(st, m.start(2)) is None:
            st.rules.append(Rule("quarterly" if m.group(2) == "quý" else "monthly"))
            pos = m.end()
            st.last = "rule"
        else:
            pos = m.start(2)          # "Cuối tháng 6/2026", "Cuối quý IV/2026": due at the end anyway
        return pos
    m = P_TIMES.match(low, pos)
    if m:
        unit = m.group(2) or m.group(3) or m.group(5)
        k = number_of(m.group(1) or m.group(4) or "1")
        freq, months = None, 0
        if unit == "tuần":
            freq = "weekly" if k == 1 else None
        elif k and MONTHS_PER[unit] % k == 0:
            months = MONTHS_PER[unit] // k
            freq = {12: "yearly", 6: "half-yearly", 3: "quarterly", 1: "monthly"}.get(months, "months")
        if freq == "yearly":
            if st.last == "tet-rule":
                st.rules[-1] = replace(st.rules[-1], assumed=False)
            elif not to_rules(st):
                st.rules.append(Rule("yearly"))
        elif freq:
            st.rules.append(Rule(freq, interval=months or 1))
        if freq:
            pos = m.end()
            st.last = "rule"
            return pos
    return None


def _rules(st: ReadingState, low: str, pos: int, sep: bool) -> int | None:
    """"hàng tháng", "hằng quý", "định kỳ 2 tháng/lần", "hàng năm": the rules."""
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
        return pos
    m = P_EVERYN.match(low, pos)
    if m:
        k = number_of(m.group(1) or m.group(2))
        freq = {1: "monthly", 3: "quarterly", 6: "half-yearly", 12: "yearly"}.get(k, "months")
        if k > 0:
            st.rules.append(Rule(freq, interval=k))
            pos = m.end()
            st.last = "rule"
            return pos
    m = P_YEARLY.match(low, pos)
    if m:
        if st.last == "tet-rule":       # "Trước Tết Nguyên đán hằng năm": said, not assumed
            st.rules[-1] = replace(st.rules[-1], assumed=False)
        elif not to_rules(st):
            st.rules.append(Rule("yearly"))
        pos = m.end()
        st.last = "rule"
        return pos
    return None


def _bounds(st: ReadingState, low: str, pos: int, sep: bool) -> int | None:
    """"giai đoạn 2021 - 2025", "đến năm 2030", "từ năm 2026" after rules: the years they apply in."""
    m = P_YRANGE.match(low, pos)
    if m and ((st.rules and st.last in ("rule", "bound")) or st.pending):
        a, b = int(m.group(1)), int(m.group(2))
        if a <= b and ok_year(a) and ok_year(b):
            to_rules(st)
            st.rules = [replace(r, years=(a, b)) for r in st.rules]
            st.span = (date(a, 1, 1), date(b, 12, 31))
            pos = m.end()
            st.last = "bound"
            return pos
    if st.rules and st.last in ("rule", "bound"):
        m = P_SINCE.match(low, pos) or P_UNTIL.match(low, pos)
        if m and ok_year(int(m.group(1))):
            y = int(m.group(1))
            since = m.re is P_SINCE
            to_rules(st)
            st.rules = [replace(r, years=(y, r.years[1] if r.years else MAX_YEAR) if since
                                else (r.years[0] if r.years else MIN_YEAR, y)) for r in st.rules]
            pos = m.end()
            st.last = "bound"
            return pos
    return None


def _year(st: ReadingState, low: str, pos: int, sep: bool) -> int | None:
    """"năm 2021" gives its year to the periods waiting for one; "năm nay"."""
    m = P_YEAR.match(low, pos)
    if m and (st.pending or (st.rules and st.last == "rule" and not sep)):
        y = int(m.group(1))
        if ok_year(y):
            if not qualify_year(st, y):
                st.rules = [replace(r, years=(y, y)) for r in st.rules]
                st.span = (date(y, 1, 1), date(y, 12, 31))
            pos = m.end()
            st.last = "year"
            return pos
    m = P_THISYEAR.match(low, pos)
    if m:
        st.notes.append(ThisYear())
        if not to_rules(st, assumed=True):
            st.rules.append(Rule("yearly", assumed=True))
        pos = m.end()
        st.last = "rule"
        return pos
    return None


def _onward(st: ReadingState, low: str, pos: int, sep: bool) -> int | None:
    """"Quý II/2026 trở đi": from then on."""
    m = P_ONWARD.match(low, pos)
    if m and st.last in ("period", "rule", "bound", "year"):
        if st.last == "period" and st.items:
            st.from_items.add(len(st.items) - 1)
        return m.end()
    return None


def _more_of_a_list(st: ReadingState, low: str, pos: int, sep: bool) -> int | None:
    """"Quý III, IV", "Tháng 3, 6, 9, 12", "Quý I-II": more of the same kind."""
    if st.items and ((st.last == "period" and sep) or st.last == "rangeop"):
        lab = st.items[-1].label
        m = P_LISTQ.match(low, pos) if lab.startswith("quý") else (
            P_LISTM.match(low, pos) if lab.startswith("tháng") else None)
        if m:
            k = QUARTER_NUMBER.get(m.group(1), 0) if lab.startswith("quý") else int(m.group(1))
            y = year_of(m.group(2))
            if lab.startswith("quý") and k:
                add_period(st, Period(3 * k - 2, 1, 3 * k, 0, y, y, label=f"quý {['I', 'II', 'III', 'IV'][k - 1]}"))
                return m.end()
            if lab.startswith("tháng") and 1 <= k <= 12:
                add_period(st, Period(k, 1, k, 0, y, y, label=f"tháng {k}"))
                return m.end()
    return None


def _periods(st: ReadingState, low: str, pos: int, sep: bool) -> int | None:
    """A period (date, month, quarter, part of a year, year …); an impossible date is unread."""
    p = period_at(st, pos)
    if p is None and (low[pos].isdigit() or low.startswith("ngày", pos)):
        bad = bad_date(low, pos)
        if bad:
            st.unread.append(st.text[pos:bad])
            pos = bad
            st.last = "bad"
            return pos
    if p is None:
        m = P_YEAR.match(low, pos)
        if m:
            y = int(m.group(1))
            if ok_year(y):
                p = (Period(1, 1, 12, 0, y, y, label=f"năm {y}"), m.end())
    if p is not None:
        add_period(st, p[0])
        return p[1]
    return None


def _range(st: ReadingState, low: str, pos: int, sep: bool) -> int | None:
    """"X đến Y": the start of a range of periods."""
    m = P_RANGEOP.match(low, pos)
    if m and st.last == "period" and st.items and not sep:
        q = P_SEP.match(low, m.end())
        nxt = q.end() if q else m.end()
        if (period_at(st, nxt) or P_YEAR.match(low, nxt)
                or (st.items[-1].label.startswith("quý") and P_LISTQ.match(low, nxt))):
            st.range_from = len(st.items) - 1
            pos = m.end()
            st.last = "rangeop"
            return pos
    return None


def _now(st: ReadingState, low: str, pos: int, sep: bool) -> int | None:
    """"Thực hiện ngay": at once, i.e. from the day the plan is issued."""
    m = P_NOW.match(low, pos)
    if m:
        st.events.append(EventRef(PLAN_ISSUED_EVENT, 0, "days"))
        pos = m.end()
        st.last = "event"
        return pos
    return None


def _after(st: ReadingState, low: str, pos: int, sep: bool) -> int | None:
    """Event clauses: "Sau khi ban hành", "Khi có văn bản dự thảo"."""
    m = P_AFTER.match(low, pos)
    if m:
        p = period_at(st, m.end())
        bad = bad_date(low, m.end()) if p is None else 0
        if bad:             # "Sau ngày 31/02/2026": an impossible date, not an event named so
            st.unread.append(st.text[m.start():bad].strip())
            pos = bad
            st.last = "bad"
            return pos
        if p is None:
            text, end = event_text(st, m.end())
            if text:
                st.events.append(EventRef(text, 0, "days"))
                pos = end
                st.last = "event"
                return pos
        else:   # "sau ngày 15/3": a start, not a deadline
            st.unread.append(st.text[m.start():m.end()].strip())
            return m.end()
    return None


def _from(st: ReadingState, low: str, pos: int, sep: bool) -> int | None:
    """"từ (ngày)": the next period is a start."""
    m = P_FROM.match(low, pos)
    if m:
        st.from_ = True
        return m.end()
    return None


def _theo(st: ReadingState, low: str, pos: int, sep: bool) -> int | None:
    """"theo …": no fixed date."""
    m = P_THEO.match(low, pos)
    if m:
        st.unspec.append(st.text[m.start():m.end()].strip())
        pos = m.end()
        st.last = "unspec"
        return pos
    return None


def _by_filler(st: ReadingState, low: str, pos: int, sep: bool) -> int | None:
    """Words around a deadline that say nothing more ("chậm nhất", "hoàn thành", "báo cáo" …)."""
    m = P_BY.match(low, pos)
    if m and m.end() > pos:
        if low.startswith(("chậm", "muộn", "hạn", "hoàn", "xong", "đến", "tới"), pos):
            st.carry = False      # a new clause: "trước" no longer applies
        return m.end()
    m = P_FILLER.match(low, pos)
    if m and m.end() > pos:
        return m.end()
    return None


# each handler, in the order they are tried, with the words without which it cannot match (None: always tried)
_HANDLERS = (
    (families.scan_clause, None),
    (_no_fixed_date, ('yêu cầu', 'đột xuất', 'khi cần', 'kịp thời', 'tùy', 'chưa xác định', 'không thời hạn',
                      'thường xuyên', 'liên tục', 'lâu dài', 'xuyên suốt', 'từ')),
    (_offset, ('ngày', 'tuần', 'tháng')),
    (_tet, ('tết',)),
    (_rule_days, ('tháng', 'tuần')),
    (_bare_day, ('ngày', 'mùng', 'mồng')),
    (_before, ('trước',)),
    (_year_qualifiers, ('năm',)),
    (_frequencies, ('báo cáo', 'sơ kết', 'tổng kết', 'cuối', 'lần')),
    (_rules, ('ngày', 'tuần', 'tháng', 'quý', 'năm')),
    (_bounds, None),
    (_year, None),
    (_onward, ('trở đi', 'về sau')),
    (_more_of_a_list, None),
    (_periods, None),
    (_range, None),
    (_now, ('ngay',)),
    (_after, ('khi', 'kể từ', 'sau')),
    (_from, ('từ',)),
    (_theo, ('theo',)),
    (_by_filler, None),
)
_CUES = tuple(sorted({c for _, cs in _HANDLERS if cs for c in cs}))
_BY_CUES: dict = {}


def _handlers(low: str) -> tuple:
    """The handlers that can match somewhere in *low*, in order."""
    found = frozenset(c for c in _CUES if c in low)
    hs = _BY_CUES.get(found)
    if hs is None:
        if len(_BY_CUES) > 4096:
            _BY_CUES.clear()
        hs = _BY_CUES[found] = tuple(h for h, cs in _HANDLERS if cs is None or not found.isdisjoint(cs))
    return hs
