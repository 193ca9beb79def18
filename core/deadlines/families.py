"""Clause families of the second reading round (issue 17), read by core.deadlines.scanner before the others.

What offices write in schedules, procedures and reporting rules, beyond the appendix columns:

- holiday shift clauses: "(nếu trùng ngày nghỉ, ngày lễ thì thực hiện vào ngày làm việc tiếp theo)"
  → ``Deadline.shift`` (+1 next working day, -1 "liền trước");
- durations without an anchor: "Trong thời hạn 03 ngày làm việc", "Không quá 15 ngày", with the
  conditions of longer ones ("trường hợp phải xác minh không quá 10 ngày làm việc") → an event
  (:data:`START_EVENT`), the first length as its offset, every length in the explanation;
- lists of days with a weekday: "Ngày 06; 13; 20; 27 (Thứ Hai)"; a weekday written next to a dated day
  is checked ("thứ Tư ngày 14 tháng 02 năm 2018"), a contradiction is flagged;
- the n-th weekday of the month: "ngày thứ Năm của tuần thứ hai hằng tháng";
- reporting periods: "ngày 25 của tháng cuối kỳ báo cáo" (the period named elsewhere in the phrase,
  else each quarter), data periods "(số liệu) tính từ ngày 15/12 năm trước đến ngày 14/6";
- relative words: "tháng 9 tới", "quý tới", "đầu tháng sau" → counted from the plan's date of issue;
- "đầu / giữa tháng M": the first / second ten days of the month.

Each handler returns the position after what it read, or None.  Their patterns are in patterns.py, the
explanations of these readings in explain_families.py.
"""
from __future__ import annotations

import re
from datetime import date

from .dates import MAX_DAY, valid_date
from .notes import (
    DataPeriod,
    Duration,
    HolidayShift,
    OrNextWorkday,
    ReportLabel,
    ReportPeriodAssumed,
    WeekdayMatches,
    WeekdayMismatch,
    WeekdayOfDays,
    YearAssumed,
)
from .patterns import (
    GAP,
    ORDINAL,
    ORDINAL_RX,
    P_ALTNEXT,
    P_COLON,
    P_COND,
    P_DATA,
    P_DATAFROM_M,
    P_DAYLIST,
    P_DAYMONTH,
    P_DUR,
    P_EXCL,
    P_HOURS,
    P_INDAY,
    P_KYDAY,
    P_KYFILL,
    P_NTH,
    P_PARTMONTH,
    P_PREV,
    P_PREVYEAR,
    P_RANGE_WTAG,
    P_REL,
    P_RLABEL,
    P_SAMEDAY,
    P_SCOPE,
    P_SHIFT,
    P_TINHTU,
    P_WTAG,
    QUARTER_NUMBER,
    iso_weekday,
    number_of,
    year_of,
)
from .periods import add_period, period_at
from .types import PLAN_ISSUED_EVENT, START_EVENT, EventRef, Period, Rule


# ------------------------------------------------------------------ scanning --
def _shift(st, low, pos):
    m = P_SHIFT.match(low, pos)
    if not m:
        return None
    seg = m.group(0)
    if "ngày làm việc" not in seg or not re.search(r"nghỉ|lễ|tết|thứ bảy|chủ nhật|cuối tuần", seg):
        return None
    st.shift = -1 if P_PREV.search(seg) else 1
    st.notes.append(HolidayShift(st.shift))
    st.last = "shift"
    return m.end()


def _inday(st, low, pos):
    m = P_INDAY.match(low, pos)
    if m and m.group(1).strip():             # due the same day as the event named
        st.events.append(EventRef(st.text[m.start(1):m.end(1)].strip(" ,"), 0, "days"))
        st.last = "event"
        return m.end()
    if st.last == "event":
        m = P_ALTNEXT.match(low, pos)
        if m:                                # "… hoặc trong ngày làm việc tiếp theo, nếu …": a condition, not a date
            cond = st.text[m.start(1):m.end(1)].strip(" ,.") if m.group(1) else ""
            st.notes.append(OrNextWorkday(cond))
            return m.end()
    return None


def _duration(st, low, pos):
    m = P_SAMEDAY.match(low, pos)
    if m:
        if not st.fam.get("durs"):
            st.events.append(EventRef(START_EVENT, 0, "days"))
        st.fam.setdefault("durs", []).append([0, "days", "", st.fam.pop("cond", ""), ""])
        st.last = "duration"
        return m.end()
    m = P_DUR.match(low, pos)
    if not m:
        return None
    unit = {"ngày làm việc": "workdays", "ngày": "days", "tuần": "weeks", "tháng": "months"}[m.group(3)]
    if "làm việc" in m.group(0):
        unit = "workdays"
    qual = m.group(1) or ""
    if unit in ("weeks", "months") and not qual:
        return None                 # "6 tháng", "3 tháng": periods and rules, read elsewhere
    n = number_of(m.group(2))
    if n <= 0:
        return None
    durs = st.fam.setdefault("durs", [])
    cond = st.fam.pop("cond", "")
    if not durs:
        st.events.append(EventRef(START_EVENT, n, unit))
    durs.append([n, unit, "không quá" if qual in ("không quá", "tối đa") else "", cond, ""])
    st.last = "duration"
    return m.end()


def _cond(st, low, pos):
    if not st.fam.get("durs"):
        return None
    m = P_COND.match(low, pos)
    if not m or not m.group(1).strip():
        return None
    st.fam["cond"] = st.text[m.start(1):m.end(1)].strip(" ,")
    return m.end()


def _scope(st, low, pos):
    durs = st.fam.get("durs")
    if not durs or st.last != "duration":
        return None
    m = P_SCOPE.match(low, pos) or P_EXCL.match(low, pos)
    if not m:
        return None
    what = st.text[m.start():m.end()].strip(" ,")
    durs[-1][4] = (durs[-1][4] + "; " if durs[-1][4] else "") + what
    return m.end()


def _daylist(st, low, pos):
    m = P_DAYLIST.match(low, pos)
    if not m:
        return None
    days = [int(x) for x in re.findall(r"\d{1,2}", m.group(1))]
    wd = iso_weekday(m.group(5))
    mo = int(m.group(3)) if m.group(3) else 0
    y = year_of(m.group(4))
    if not wd or not all(1 <= d <= 31 for d in days) or (mo and not 1 <= mo <= 12):
        return None
    if mo and y:
        for d in days:
            if not valid_date(y, mo, d):
                st.unread.append(f"{d}/{mo}/{y}")
                continue
            if date(y, mo, d).isoweekday() != wd:
                _bad_wday(st, date(y, mo, d), st.text[m.start(5):m.end(5)])
            add_period(st, Period(mo, d, mo, d, y, y, label=f"{d}/{mo}/{y}"))
    elif mo:
        for d in days:
            if d > MAX_DAY[mo - 1]:
                st.unread.append(f"{d}/{mo}")
                continue
            st.rules.append(Rule("yearly", period=Period(mo, d, mo, d), assumed=True, wday=wd))
        st.notes.append(YearAssumed())
        st.last = "rule"
    else:
        if len({d % 7 for d in days}) > 1:      # the days cannot all fall on one weekday
            st.unread.append(st.text[m.start():m.end()])
        for d in days:
            st.rules.append(Rule("monthly", day=d, wday=wd))
        st.last = "rule"
    st.notes.append(WeekdayOfDays(wd))
    return m.end()


def _nth(st, low, pos):
    m = P_NTH.match(low, pos)
    if not m:
        return None
    wd = iso_weekday(m.group(1))
    if not wd:
        return None
    for o in (ORDINAL_RX.findall(m.group(2)) if m.group(2) else [m.group(3)]):
        st.rules.append(Rule("monthly", nth=ORDINAL[o], wday=wd))
    st.last = "rule"
    return m.end()


def _bad_wday(st, d: date, written: str) -> None:
    """A weekday written with a date it does not fall on: flagged, the written words named once."""
    if written not in st.unread:
        st.unread.append(written)
    st.notes.append(WeekdayMismatch(d))


def _check_wday(st, p: Period, wd: int, written: str) -> None:
    if p.single_day and p.ys is not None and valid_date(p.ys, p.sm, p.sd):
        if date(p.ys, p.sm, p.sd).isoweekday() != wd:
            _bad_wday(st, date(p.ys, p.sm, p.sd), written)
        else:
            st.notes.append(WeekdayMatches(wd))


def _wtag(st, low, pos):
    if st.last == "period" and st.items:
        m = P_RANGE_WTAG.match(low, pos)      # "… đến hết thứ Ba ngày 20 tháng 02 năm 2018"
        if m:
            p = period_at(st, m.end())
            if p:
                _check_wday(st, p[0], iso_weekday(m.group(1)), st.text[m.start(1):m.end(1)])
                st.range_from = len(st.items) - 1
                st.last = "rangeop"
                return m.end()
    m = P_WTAG.match(low, pos)
    if not m:
        return None
    wd = iso_weekday(m.group(1))
    if not wd:
        return None
    after = m.end()
    q = GAP.match(low, after)
    after = q.end() if q else after
    p = period_at(st, after) if after < len(low) else None
    if p is not None:                                       # "thứ Tư ngày 14 tháng 02 năm 2018"
        _check_wday(st, p[0], wd, st.text[m.start(1):m.end(1)])
        return after
    if st.last == "period" and st.items:
        _check_wday(st, st.items[-1], wd, st.text[m.start(1):m.end(1)])     # "ngày 06/4/2026 (thứ Hai)"
        return m.end()
    return None


def _kyday(st, low, pos):
    m = P_KYDAY.match(low, pos)
    if not m or not 1 <= int(m.group(2)) <= 31:
        return None
    r = Rule("quarterly", day=int(m.group(2)), before=(m.group(1) == "trước"), qmonth=2)
    st.rules.append(r)
    if m.group(3) or m.group(4) == "kỳ":
        st.fam.setdefault("ky", []).append(r)         # which period: decided in conclude()
    st.last = "rule"
    return m.end()


def _data(st, low, pos):
    m = P_DATAFROM_M.match(low, pos)
    if m:                           # "tính từ ngày 15 của tháng trước kỳ báo cáo": the start, the end follows
        st.notes.append(DataPeriod())
        return m.end()
    m = P_DATA.match(low, pos)
    if m:
        st.notes.append(DataPeriod())
        return m.end()
    m = P_TINHTU.match(low, pos)
    if m:
        st.from_ = True
        return m.end()
    if st.last == "period":
        m = P_PREVYEAR.match(low, pos)
        if m:                       # "15/12 năm trước": a period ending before its start is read across the year
            return m.end()
    m = P_KYFILL.match(low, pos)
    if m:
        return m.end()
    return None


def _rel(st, low, pos):
    m = P_PARTMONTH.match(low, pos)
    if m and 1 <= int(m.group(2)) <= 12:
        mo, y = int(m.group(2)), year_of(m.group(3))
        a, b = (1, 10) if m.group(1) == "đầu" else (11, 20)
        add_period(st, Period(mo, a, mo, b, y, y, label=f"{m.group(1)} tháng {mo}"))
        return m.end()
    m = P_REL.match(low, pos)
    if not m:
        return None
    part = {"đầu": "early", "giữa": "mid", "cuối": "end"}.get(m.group(1) or "", "end")
    if m.group(2):
        k = int(m.group(3)) if m.group(3) else 0
        if not 0 <= k <= 12:
            return None
        unit = f"rel:month:{k}:{part}"
    elif m.group(4):
        unit = f"rel:quarter:{QUARTER_NUMBER[m.group(5)] if m.group(5) else 0}:{part}"
    elif m.group(6):
        unit = "rel:week:0:end"
    else:
        unit = f"rel:year:0:{part}"
    st.events.append(EventRef(PLAN_ISSUED_EVENT, 0, unit))
    st.last = "event"
    return m.end()


def _report_label(st, low, pos):
    """"Báo cáo 6 tháng đầu năm gửi trước ngày 10/07": the period names the report; the date is its deadline."""
    m = P_RLABEL.match(low, pos)
    if not m:
        return None
    p = period_at(st, m.end())
    if p is None or p[0].single_day or p[0].ys is not None or not P_DAYMONTH.search(low, p[1]):
        return None
    st.notes.append(ReportLabel(st.text[m.end():p[1]].strip()))
    return p[1]


def _filler(st, low, pos):
    m = P_HOURS.match(low, pos) or P_COLON.match(low, pos)
    return m.end() if m else None


# each handler with the words without which it cannot match (looked up once per phrase: reading stays fast)
_HANDLERS = ((_shift, ("trùng",)), (_inday, ("trong", "hoặc")), (_cond, ("trường hợp", "nếu", "riêng")), (_scope, ("với", "không kể", "không tính")),
             (_duration, ("ngày", "tuần", "tháng")), (_daylist, ("thứ", "chủ nhật")), (_nth, ("tuần", "đầu", "cuối")),
             (_kyday, ("kỳ", "cuối")), (_wtag, ("thứ", "chủ nhật")),
             (_data, ("số liệu", "tính từ", "trước", "báo cáo")),
             (_rel, ("tới", "sau", "tiếp theo", "kế tiếp", "đầu", "giữa")),
             (_report_label, ("báo cáo", "sơ kết", "tổng kết")), (_filler, ("giờ hành chính", ":")))
# (no cue contains another: one scan finds every cue present)
_CUE_RX = re.compile("|".join(sorted({c for _, cs in _HANDLERS for c in cs}, key=len, reverse=True)))
_CUE_SETS = tuple((h, frozenset(cs)) for h, cs in _HANDLERS)
_BY_CUES: dict = {}


def _handlers(low: str) -> tuple:
    found = frozenset(_CUE_RX.findall(low))
    hs = _BY_CUES.get(found)
    if hs is None:
        if len(_BY_CUES) > 4096:
            _BY_CUES.clear()
        hs = _BY_CUES[found] = tuple(h for h, cs in _CUE_SETS if cs & found)
    return hs


def scan_clause(st, low: str, pos: int, sep: bool = False) -> int | None:
    """Read a clause of these families at *pos*: the position after it, or None (a scanner handler)."""
    hs = st.fam.get("hs")
    if hs is None:
        hs = st.fam["hs"] = _handlers(low)
    for h in hs:
        r = h(st, low, pos)
        if r is not None and r > pos:
            return r
    return None


def conclude(st) -> None:
    """Decisions that need the whole phrase: which period "kỳ báo cáo" is; the durations' notes."""
    for d in st.fam.get("durs", ()):
        st.notes.append(Duration(*d))
    ky = st.fam.get("ky")
    if not ky:
        return
    bare = [r for r in st.rules if r not in ky and not r.day and not r.before and r.period is None and not r.anchor
            and not r.nth and r.freq in ("monthly", "quarterly", "half-yearly", "yearly")]
    freqs = {r.freq for r in bare}
    new: list[Rule] = []
    for r in ky:
        if "monthly" in freqs:
            new.append(Rule("monthly", day=r.day, before=r.before))
        if "half-yearly" in freqs:
            new += [Rule("yearly", period=Period(m, r.day, m, r.day, before=r.before)) for m in (6, 12)]
        if "yearly" in freqs:
            new.append(Rule("yearly", period=Period(12, r.day, 12, r.day, before=r.before)))
        if "quarterly" in freqs or not freqs:
            new.append(r)
    if not freqs:
        st.notes.append(ReportPeriodAssumed())
    st.rules = [r for r in st.rules if r not in ky and r not in bare] + new
