"""After the scan: what needs the whole phrase.  Periods named inside others refine them, periods still
without a year become yearly rules (every year of the plan), rules made more precise by others are dropped,
and the kind, dates, span and flags of the :class:`Deadline` are decided."""
from __future__ import annotations

from dataclasses import replace

from . import families
from .notes import NoFixedDate, StartsOn, YearAssumed
from .periods import ReadingState, is_day, to_rules
from .types import Deadline, Period, Rule


def _bare_yearly(r: Rule) -> bool:
    return r.freq == "yearly" and r.period is None and not r.year_shift and not r.anchor


def _md_range(p: Period) -> tuple[tuple[int, int], tuple[int, int]]:
    return (p.sm, p.sd or 1), (p.em, p.ed or 31)


def _inside(small: Period, big: Period) -> bool:
    """small lies within big (month-day bounds, the same year), and is not big itself."""
    (a0, a1), (b0, b1) = _md_range(small), _md_range(big)
    return b0 <= b1 and b0 <= a0 <= a1 <= b1 and (a0, a1) != (b0, b1)


def _refine(st: ReadingState) -> set[int]:
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


def to_deadline(text: str, st: ReadingState) -> Deadline:
    """The reading of *text* once the scanner has read it into *st*."""
    families.conclude(st)
    notes = list(st.notes)
    outer = _refine(st) if len(st.items) > 1 else set()
    # periods that never got a year: every year (the window / the plan decides)
    if st.pending:
        bare = [r for r in st.rules if _bare_yearly(r)]
        if bare:     # "Hằng năm, trước ngày 15/12": the periods are what "hằng năm" means
            years = {r.years for r in bare}
            st.rules = [r for r in st.rules if r not in bare]
            n = len(st.rules)
            to_rules(st)
            if len(years) == 1 and None not in years:    # "Hàng năm đến 2030, trước ngày 15/12"
                st.rules[n:] = [replace(r, years=bare[0].years) for r in st.rules[n:]]
        else:
            to_rules(st, assumed=True)
            notes.append(YearAssumed())
    if st.rules:
        daymonth = any(is_day(p) for p in st.items) or any(
            r.freq == "yearly" and is_day(r.period) for r in st.rules)
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
            notes.append(StartsOn(b[0]))
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
        notes.append(NoFixedDate(st.unspec[0]))
    return Deadline(phrase=text, kind=kind, dates=tuple(sorted(set(dates))), span=span, rules=tuple(st.rules),
                    events=tuple(st.events), ongoing=st.ongoing, flagged=flagged, unread=unread,
                    notes=tuple(notes), shift=st.shift)
