"""The explanation of a reading in plain English, for the English interface (``explain(dl, "en")``)."""
from __future__ import annotations

import calendar

from .dates import MIN_YEAR
from .explain_families import explain_parts, explain_rule, monthly_wday_days
from .notes import NoFixedDate, Offset, ReadWithAccents, StartsOn, TetDay, WeekOfMonth
from .types import START_EVENT, Deadline, Period, Rule
from .words import (
    MONTHS_EN,
    NO_EVENT_DATE_EN,
    QUARTER_MONTH_EN,
    WEEKDAY_EN,
    WORKDAYS_EN,
    YEARLESS_EN,
    cap,
    en_date,
    en_day_month,
    monthly_days,
    ordinal,
    quarter_days,
    units_en,
    waiting,
)


def _quarter_rule_en(r: Rule) -> str:
    which = QUARTER_MONTH_EN.get(r.qmonth, "the last month of each quarter")
    ds = ", ".join(en_day_month(m, d) for m, d in quarter_days(r))
    day = f"the {ordinal(r.day)}" if r.day else "the last day"
    after = " (the report on the quarter before)" if r.qmonth >= 3 else ""
    if r.before:
        return f"Before {day} of {which}: due {ds}{after}"
    return f"Quarterly: due on {day} of {which} ({ds}){after}"


def _period_words_en(p: Period) -> str:
    """'Q4', 'December', '31 December', 'the second half of the year' … without the year."""
    if p.single_day:
        return en_day_month(p.sm, p.sd)
    if (p.sm, p.sd, p.em, p.ed) == (1, 1, 12, 0):
        return "the whole year"
    if p.sd in (0, 1) and p.ed == 0 and p.sm == p.em:
        return MONTHS_EN[p.sm - 1]
    if p.sd in (0, 1) and p.ed == 0 and p.em % 3 == 0 and p.sm == p.em - 2:
        return f"Q{p.em // 3}"
    if (p.sm, p.em) == (1, 6):
        return "the first half of the year"
    if (p.sm, p.em) == (7, 12):
        return "the second half of the year"
    if p.before and p.sd > 1:
        return en_day_month(p.sm, p.sd)
    if p.sd > 1 or (p.ed and not p.single_day):
        prev = " of the year before" if (p.sm, p.sd or 1) > (p.em, p.ed or 31) else ""
        return (f"from {en_day_month(p.sm, p.sd or 1)}{prev} to "
                f"{en_day_month(p.em, p.ed or calendar.monthrange(2001, p.em)[1])}")
    if p.sm == 1 and p.sd in (0, 1) and p.ed == 0 and p.em < 12:
        return f"the first {p.em} months of the year"
    if p.em == 12 and p.sd in (0, 1) and p.ed == 0 and p.sm > 1:
        return f"the last {13 - p.sm} months of the year"
    a = f"Q{(p.sm + 2) // 3}" if p.sm % 3 == 1 and p.sd in (0, 1) else MONTHS_EN[p.sm - 1]
    b = f"Q{p.em // 3}" if p.em % 3 == 0 and p.ed == 0 else MONTHS_EN[p.em - 1]
    return f"{a} to {b}"


def _due_words_en(p: Period) -> str:
    """When a yearly period is due, without the year: '31 December'."""
    import calendar
    if p.before:
        m, d = p.sm, p.sd or 1
        if d > 1:
            return f"{en_day_month(m, d - 1)} (before {en_day_month(m, d)})"
        pm = 12 if m == 1 else m - 1
        return f"{en_day_month(pm, calendar.monthrange(2001, pm)[1])} (before {_period_words_en(p)})"
    if p.ed == 0:
        last = 28 if p.em == 2 else calendar.monthrange(2001, p.em)[1]
        return en_day_month(p.em, last) + (" (29 February in leap years)" if p.em == 2 else "")
    return en_day_month(p.em, p.ed)


def _years_en(years) -> str:
    a, b = years
    if a <= MIN_YEAR:
        return f", until {b}"
    return f", in {a}" if a == b else (f", from {a} to {b}" if b < 2200 else f", from {a}")


def _lower_en(s: str) -> str:
    """Lower-case the first letter unless it starts a name (a month, 'Q4')."""
    first = s.split(" ", 1)[0].rstrip(",:")
    if first in MONTHS_EN or (len(first) == 2 and first[0] == "Q" and first[1].isdigit()) or first[:1].isdigit():
        return s
    return s[:1].lower() + s[1:]


def _rule_words_en(r: Rule, notes: tuple = ()) -> str:
    f = r.freq
    fam = explain_rule(r, "en")
    if fam:
        s = fam
    elif f == "daily":
        s = "Daily: every working day is due"
    elif f == "weekly":
        named = WEEKDAY_EN[r.day - 1] if 1 <= r.day <= 7 else "Friday"
        if r.before:
            s = f"Before {named} every week: due every {WEEKDAY_EN[r.weekday]}"
        else:
            s = f"Weekly: due every {named}"
    elif f == "monthly" and r.day == 7 and not r.before and WeekOfMonth(True) in notes:
        s = "First week of each month: due on the 7th of each month (the end of its first seven days)"
    elif f == "monthly" and not r.day and not r.before and WeekOfMonth(False) in notes:
        s = "Last week of each month: due on the last day of each month"
    elif f == "monthly":
        if r.day and r.before:
            s = (f"Before the {ordinal(r.day)} of each month: due on the {ordinal(r.day - 1)} of each month"
                 if r.day > 1 else "Before the 1st of each month: due on the last day of the month before")
        elif r.day:
            s = f"Monthly: due on the {ordinal(r.day)} of each month" + (
                " (the last day in shorter months)" if r.day > 28 else "")
        else:
            s = "Monthly: due on the last day of each month"
    elif f == "quarterly" and (r.day or r.qmonth != 2 or r.before):
        s = _quarter_rule_en(r)
    elif f == "quarterly":
        s = "Quarterly: due on the last day of each quarter (31 March, 30 June, 30 September, 31 December)"
    elif f == "half-yearly":
        s = "Every six months: due 30 June and 31 December"
    elif f == "months":
        s = (f"Every {r.interval} months: due on the last day of month {r.interval}, {2 * r.interval}… "
             f"(counted from January)")
    elif r.anchor == "tet":
        what = "Before Tet (Lunar New Year)" if r.before else "Tet (Lunar New Year)"
        how = YEARLESS_EN if r.assumed else " every year"
        s = what + how + (": due the day before the first day of Tet, each year" if r.before
                          else ": due on the first day of Tet, each year")
    else:
        p = r.period
        if p is None:
            p = Period(12, 31, 12, 31)
        words = _period_words_en(p)
        what = "Before " + words if p.before else cap(words)
        if r.year_shift:
            s = f"{cap(words)} of the following year: due {_due_words_en(p)} of the next year"
        elif r.assumed:
            s = f"{what}{YEARLESS_EN}: due {_due_words_en(p)}"
        elif words == "the whole year" or (p.single_day and (p.sm, p.sd) == (12, 31) and not p.before):
            s = "Every year: due 31 December"
        else:
            s = f"{what} every year: due {_due_words_en(p)} each year"
    if r.years:
        s += _years_en(r.years)
    return s


def sentences_en(dl: Deadline) -> list[str]:
    """The explanation of *dl* in English, sentence by sentence."""
    parts: list[str] = []
    notes = dl.notes
    if not dl.phrase:
        return ["No deadline written."]
    first, last = explain_parts(dl, "en")
    parts += first
    yearly = [r for r in dl.rules if r.freq == "yearly" and r.period is not None]
    if monthly_wday_days(dl.rules):
        pass
    elif len(yearly) > 1 and len(yearly) == len(dl.rules) and len({(r.assumed, r.year_shift, r.years) for r in yearly}) == 1:
        r0 = yearly[0]
        words = ", ".join(("before " if r.period.before else "") + _period_words_en(r.period) for r in yearly)
        dues = ", ".join(_due_words_en(r.period).split(" (")[0] for r in yearly)
        how = (" of the following year" if r0.year_shift else
               YEARLESS_EN if r0.assumed else " every year")
        s = f"{cap(words)}{how}: due {dues}{' of the next year' if r0.year_shift else ' each year'}"
        if r0.years:
            s += _years_en(r0.years)
        parts.append(s + ".")
    elif monthly_days(dl.rules):
        days = monthly_days(dl.rules)
        parts.append(f"Monthly: due on the {' and the '.join(ordinal(d) for d in days)} of each month"
                     + (" (the last day in shorter months)" if days[-1] > 28 else "") + ".")
    elif dl.rules:
        seen = []
        for r in dl.rules:
            w = _rule_words_en(r, notes)
            if w not in seen:
                seen.append(w)
        if len(seen) > 1:
            parts.append("Several deadlines: " + "; ".join(_lower_en(s) for s in seen) + ".")
        else:
            parts.append(seen[0] + ".")
    for o in (n for n in notes if isinstance(n, Offset)):
        parts.append(f"{units_en(abs(o.n), o.unit)} {'before' if o.n < 0 else 'after'} "
                     f"{en_date(o.base)}" + (WORKDAYS_EN if o.unit == "workdays" else "") + ".")
    if dl.dates:
        ds = ", ".join(en_date(d) for d in dl.dates)
        if dl.span and len(dl.dates) == 1 and not dl.rules:
            parts.append(f"Runs from {en_date(dl.span[0])} to {en_date(dl.span[1])}; due {ds}.")
        else:
            parts.append(("Due: " if len(dl.dates) == 1 else "Due dates: ") + ds + ".")
    for ev in dl.events:
        if ev.unit.startswith("rel:") or ev.event == START_EVENT:
            continue
        if ev.n == 0:
            when = f"Due on the day of “{ev.event}”"
        elif ev.n < 0:
            when = (f"Due the day before “{ev.event}”" if ev.n == -1 and ev.unit == "days"
                    else f"Due {units_en(-ev.n, ev.unit)} before “{ev.event}”")
        else:
            when = f"Due {units_en(ev.n, ev.unit)} after “{ev.event}”"
            if ev.unit == "workdays":
                when += WORKDAYS_EN
        parts.append(waiting(when + NO_EVENT_DATE_EN, when + "."))
    for n in notes:
        if isinstance(n, StartsOn):
            parts.append(f"Starts {en_date(n.start)}, no end date given.")
        elif isinstance(n, TetDay):
            parts.append(f"The first day of Tet (Lunar New Year) {n.year} is {en_date(n.day)}.")
        elif isinstance(n, ReadWithAccents):
            parts.append(f"Read as if written with the Vietnamese diacritics: “{n.text}”.")
    parts += last
    if dl.ongoing:
        parts.append("Ongoing, continuous work: no specific deadline.")
    unspec = [n.text for n in notes if isinstance(n, NoFixedDate)]
    if unspec and dl.kind == "unspecified":
        parts.append(f"No fixed deadline (“{unspec[0]}”).")
    elif unspec:
        parts.append(f"Note: “{unspec[0]}”.")
    if dl.flagged:
        if dl.unread and dl.kind == "unspecified" and not dl.events and not dl.rules:
            parts.append(f"Could not read the deadline “{dl.phrase}”: kept as written; please check and correct it.")
        elif dl.unread:
            parts.append(f"Could not read the part “{dl.unread}”: please check it.")
        else:
            parts.append(f"Could not read the deadline “{dl.phrase}”: please check and correct it.")
    if not parts:
        parts.append("No specific deadline.")
    return parts
