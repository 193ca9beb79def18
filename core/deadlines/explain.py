"""A short explanation of a reading (shown in tooltips, the editor and JSON).

Vietnamese by default (``explain(dl)``); ``explain(dl, lang="en")`` words
the same reading in plain English for the English interface.  Vietnamese
dates are dd/MM/yyyy; English dates are "31 Dec 2026" / "31 December"
(babel, locale en).
"""
from __future__ import annotations

import calendar
from datetime import date

from babel.dates import format_date

from .families import START_EVENT, explain_parts, explain_rule, monthly_wday_days
from .parse import MIN_YEAR, Deadline, Period, Rule

_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
# The one convention for a date or period written without a year (parse.YEARLESS): every year of the plan.
YEARLESS_VI = " (không ghi năm — hiểu là mỗi năm của kế hoạch)"
YEARLESS_EN = " (no year given — read as every year of the plan)"
_UNITS = {"workdays": "ngày làm việc", "days": "ngày", "weeks": "tuần", "months": "tháng"}


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


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _period_words(p: Period) -> str:
    """'quý IV', 'tháng 12', 'ngày 31/12', '6 tháng cuối năm' … without the year."""
    if p.single_day:
        return f"ngày {vn_day_month(p.sm, p.sd)}"
    if (p.sm, p.sd, p.em, p.ed) == (1, 1, 12, 0):
        return "cả năm"
    if p.sd in (0, 1) and p.ed == 0 and p.sm == p.em:
        return f"tháng {p.sm}"
    if p.sd in (0, 1) and p.ed == 0 and p.em % 3 == 0 and p.sm == p.em - 2:
        return f"quý {_ROMAN[p.em // 3]}"
    if (p.sm, p.em) == (1, 6):
        return "6 tháng đầu năm"
    if (p.sm, p.em) == (7, 12):
        return "6 tháng cuối năm"
    if p.before and p.sd > 1:                         # "Trước ngày 10-12/9": before its first day
        return f"ngày {vn_day_month(p.sm, p.sd)}"
    if p.sd > 1 or (p.ed and not p.single_day):        # "từ ngày 10/09 đến ngày 12/09", "15/12 năm trước"
        prev = " năm trước" if (p.sm, p.sd or 1) > (p.em, p.ed or 31) else ""
        return (f"từ ngày {vn_day_month(p.sm, p.sd or 1)}{prev} đến ngày "
                f"{vn_day_month(p.em, p.ed or calendar.monthrange(2001, p.em)[1])}")
    if p.sm == 1 and p.sd in (0, 1) and p.ed == 0 and p.em < 12:
        return f"{p.em} tháng đầu năm"
    if p.em == 12 and p.sd in (0, 1) and p.ed == 0 and p.sm > 1:
        return f"{13 - p.sm} tháng cuối năm"
    a = f"quý {_ROMAN[(p.sm + 2) // 3]}" if p.sm % 3 == 1 and p.sd in (0, 1) else f"tháng {p.sm}"
    b = f"quý {_ROMAN[p.em // 3]}" if p.em % 3 == 0 and p.ed == 0 else f"tháng {p.em}"
    return f"{a} đến {b}"


def _due_words(p: Period) -> str:
    """When a yearly period is due, without the year: 'ngày 31/12'."""
    if p.before:
        import calendar
        m, d = p.sm, p.sd or 1
        if d > 1:
            return f"ngày {vn_day_month(m, d - 1)} (trước ngày {vn_day_month(m, d)})"
        pm = 12 if m == 1 else m - 1
        return f"ngày {vn_day_month(pm, calendar.monthrange(2001, pm)[1])} (trước {_period_words(p)})"
    if p.ed == 0:
        import calendar
        last = 28 if p.em == 2 else calendar.monthrange(2001, p.em)[1]
        return f"ngày {vn_day_month(p.em, last)}" + (" (29/02 năm nhuận)" if p.em == 2 else "")
    return f"ngày {vn_day_month(p.em, p.ed)}"


_WDAY_VI = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
_WDAY_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _years_vi(years) -> str:
    a, b = years
    if a <= MIN_YEAR:
        return f", đến năm {b}"
    return f", trong năm {a}" if a == b else (f", giai đoạn {a} - {b}" if b < 2200 else f", từ năm {a}")


def _quarter_days(r: Rule) -> list[tuple[int, int]]:
    """(month, day) of a quarterly rule's four due dates in a common year, in calendar order."""
    import calendar
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


_QMONTH_VI = {0: "tháng đầu quý", 1: "tháng thứ hai của quý", 2: "tháng cuối quý", 3: "tháng đầu quý sau",
              4: "tháng thứ hai của quý sau", 5: "tháng cuối quý sau"}
_QMONTH_EN = {0: "the first month of each quarter", 1: "the second month of each quarter",
              2: "the last month of each quarter", 3: "the first month of the next quarter",
              4: "the second month of the next quarter", 5: "the last month of the next quarter"}


def _quarter_rule_vi(r: Rule) -> str:
    which = _QMONTH_VI.get(r.qmonth, "tháng cuối quý")
    ds = ", ".join(vn_day_month(m, d) for m, d in _quarter_days(r))
    day = f"ngày {r.day:02d}" if r.day else "ngày cuối"
    after = " (báo cáo quý liền trước)" if r.qmonth >= 3 else ""
    if r.before:
        return f"Trước {day} {which}: hạn ngày {ds}{after}"
    return f"Hằng quý: hạn {day} {which} ({ds}){after}"


def _quarter_rule_en(r: Rule) -> str:
    which = _QMONTH_EN.get(r.qmonth, "the last month of each quarter")
    ds = ", ".join(en_day_month(m, d) for m, d in _quarter_days(r))
    day = f"the {_ordinal(r.day)}" if r.day else "the last day"
    after = " (the report on the quarter before)" if r.qmonth >= 3 else ""
    if r.before:
        return f"Before {day} of {which}: due {ds}{after}"
    return f"Quarterly: due on {day} of {which} ({ds}){after}"


def _rule_words(r: Rule, notes: tuple = ()) -> str:
    f = r.freq
    fam = explain_rule(r, "vi")
    if fam:
        s = fam
    elif f == "daily":
        s = "Hằng ngày: mỗi ngày làm việc là một hạn"
    elif f == "weekly":
        named = _WDAY_VI[r.day - 1] if 1 <= r.day <= 7 else "thứ Sáu"
        if r.before:
            s = f"Trước {named} hằng tuần: hạn vào {_WDAY_VI[r.weekday]} mỗi tuần"
        else:
            s = f"Hằng tuần: hạn vào {named} mỗi tuần"
    elif f == "monthly" and r.day == 7 and not r.before and "week:first" in notes:
        s = "Tuần đầu mỗi tháng: hạn ngày 7 mỗi tháng (hết 7 ngày đầu tháng)"
    elif f == "monthly" and not r.day and not r.before and "week:last" in notes:
        s = "Tuần cuối mỗi tháng: hạn ngày cuối mỗi tháng"
    elif f == "monthly":
        if r.day and r.before:
            s = (f"Trước ngày {r.day} hằng tháng: hạn ngày {r.day - 1} mỗi tháng" if r.day > 1
                 else "Trước ngày 1 hằng tháng: hạn ngày cuối tháng liền trước")
        elif r.day:
            s = f"Hằng tháng: hạn ngày {r.day} mỗi tháng" + (" (tháng ngắn hơn: ngày cuối tháng)" if r.day > 28 else "")
        else:
            s = "Hằng tháng: hạn ngày cuối mỗi tháng"
    elif f == "quarterly" and (r.day or r.qmonth != 2 or r.before):
        s = _quarter_rule_vi(r)
    elif f == "quarterly":
        s = "Hằng quý: hạn ngày cuối mỗi quý (31/03, 30/06, 30/09, 31/12)"
    elif f == "half-yearly":
        s = "6 tháng một lần: hạn 30/06 và 31/12"
    elif f == "months":
        s = f"Định kỳ {r.interval} tháng: hạn ngày cuối tháng thứ {r.interval}, {2 * r.interval}… (tính từ tháng 1)"
    elif r.anchor == "tet":
        what = "Trước Tết Nguyên đán" if r.before else "Tết Nguyên đán"
        how = YEARLESS_VI if r.assumed else " hằng năm"
        s = what + how + (": hạn ngày liền trước mùng 1 Tết (theo âm lịch) mỗi năm" if r.before
                          else ": hạn mùng 1 Tết (theo âm lịch) mỗi năm")
    else:
        p = r.period
        if p is None:
            p = Period(12, 31, 12, 31)
        words = _period_words(p)
        if r.year_shift:
            s = f"{_cap(words)} của năm sau liền kề: hạn {_due_words(p)} năm sau"
        elif r.assumed:
            s = (f"{'Trước ' + words if p.before else _cap(words)}{YEARLESS_VI}: hạn {_due_words(p)}")
        elif words == "cả năm" or (p.single_day and (p.sm, p.sd) == (12, 31) and not p.before):
            s = "Hằng năm: hạn ngày 31/12"
        else:
            s = f"{'Trước ' + words if p.before else _cap(words)} hằng năm: hạn {_due_words(p)} mỗi năm"
    if r.years:
        s += _years_vi(r.years)
    return s


def _monthly_days(rules) -> list[int]:
    """The days of "ngày 15 và 30 hàng tháng" (several monthly rules on named days), else []."""
    if len(rules) < 2 or any(r.freq != "monthly" or not r.day or r.before or r.years for r in rules):
        return []
    return sorted({r.day for r in rules})


def explain(dl: Deadline, lang: str = "vi") -> str:
    if lang == "en":
        return _explain_en(dl)
    parts: list[str] = []
    notes = dl.notes
    if not dl.phrase:
        return "Chưa ghi thời hạn."
    first, last = explain_parts(dl, "vi")
    parts += first
    yearly = [r for r in dl.rules if r.freq == "yearly" and r.period is not None]
    if monthly_wday_days(dl.rules):
        pass
    elif len(yearly) > 1 and len(yearly) == len(dl.rules) and len({(r.assumed, r.year_shift, r.years) for r in yearly}) == 1:
        r0 = yearly[0]
        words = ", ".join(("trước " if r.period.before else "") + _period_words(r.period) for r in yearly)
        dues = ", ".join(_due_words(r.period).replace("ngày ", "", 1).split(" (")[0] for r in yearly)
        how = (" của năm sau liền kề" if r0.year_shift else
               YEARLESS_VI if r0.assumed else " hằng năm")
        s = f"{_cap(words)}{how}: hạn {dues}{' năm sau' if r0.year_shift else ' mỗi năm'}"
        if r0.years:
            s += _years_vi(r0.years)
        parts.append(s + ".")
    elif _monthly_days(dl.rules):
        days = _monthly_days(dl.rules)
        parts.append(f"Hằng tháng: hạn ngày {' và '.join(str(d) for d in days)} mỗi tháng"
                     + (" (tháng ngắn hơn: ngày cuối tháng)" if days[-1] > 28 else "") + ".")
    elif dl.rules:
        seen = []
        for r in dl.rules:
            w = _rule_words(r, notes)
            if w not in seen:
                seen.append(w)
        if len(seen) > 1:
            parts.append("Gộp các hạn: " + "; ".join(s[0].lower() + s[1:] for s in seen) + ".")
        else:
            parts.append(seen[0] + ".")
    offsets = [n for n in notes if n.startswith("offset:")]
    for o in offsets:
        _, k, unit, base = o.split(":", 3)
        parts.append(f"{abs(int(k))} {_UNITS.get(unit, unit)} {'trước' if int(k) < 0 else 'kể từ'} ngày "
                     f"{vn_date(date.fromisoformat(base))}"
                     + (" (bắt đầu đếm từ ngày hôm sau, không tính thứ Bảy, Chủ nhật, ngày lễ, Tết)"
                        if unit == "workdays" else "") + ".")
    if dl.dates:
        ds = ", ".join(vn_date(d) for d in dl.dates)
        if dl.span and len(dl.dates) == 1 and not dl.rules:
            parts.append(f"Thực hiện từ {vn_date(dl.span[0])} đến {vn_date(dl.span[1])}; hạn {ds}.")
        elif any(n.startswith("before") for n in notes):
            parts.append(f"Hạn {ds}.")
        else:
            parts.append(("Hạn: " if len(dl.dates) == 1 else "Các hạn: ") + ds + ".")
    elif dl.span and dl.rules:
        pass
    for ev in dl.events:
        if ev.unit.startswith("rel:") or ev.event == START_EVENT:
            continue
        if ev.n == 0:
            when = "hạn tính vào chính ngày xảy ra sự kiện"
        elif ev.n < 0:
            when = ("hạn là ngày trước đó" if ev.n == -1 and ev.unit == "days"
                    else f"hạn {-ev.n} {_UNITS.get(ev.unit, ev.unit)} trước đó")
        else:
            when = f"hạn {ev.n} {_UNITS.get(ev.unit, ev.unit)} kể từ ngày đó"
            if ev.unit == "workdays":
                when += " (bắt đầu đếm từ ngày hôm sau, không tính thứ Bảy, Chủ nhật, ngày lễ, Tết)"
        parts.append(f"Tính theo sự kiện “{ev.event}”: {when}. Chưa có ngày cụ thể cho đến khi ghi nhận ngày xảy ra "
                     f"sự kiện.")
    for n in notes:
        if n.startswith("from:"):
            parts.append(f"Bắt đầu từ {vn_date(date.fromisoformat(n[5:]))}, không ghi hạn kết thúc.")
        elif n.startswith("tet:"):
            _, y, d = n.split(":", 2)
            parts.append(f"Mùng 1 Tết Nguyên đán năm {y} là ngày {vn_date(date.fromisoformat(d))} (theo âm lịch).")
        elif n.startswith("ascii:"):
            parts.append(f"Đọc như viết có dấu: “{n[6:]}”.")
    parts += last
    if dl.ongoing:
        parts.append("Thực hiện thường xuyên, liên tục: không có hạn cụ thể.")
    unspec = [n[7:] for n in notes if n.startswith("unspec:")]
    if unspec and dl.kind == "unspecified":
        parts.append(f"Không có hạn cố định (“{unspec[0]}”).")
    elif unspec:
        parts.append(f"Ghi chú: “{unspec[0]}”.")
    if dl.flagged:
        if dl.unread and dl.kind == "unspecified" and not dl.events and not dl.rules:
            parts.append(f"Không đọc được thời hạn “{dl.phrase}”: giữ nguyên như đã viết, cần kiểm tra và sửa lại.")
        elif dl.unread:
            parts.append(f"Chưa đọc được phần “{dl.unread}”: cần kiểm tra lại.")
        else:
            parts.append(f"Không đọc được thời hạn “{dl.phrase}”: cần kiểm tra và sửa lại.")
    if not parts:
        parts.append("Không có hạn cụ thể.")
    return " ".join(parts)


# ------------------------------------------------------------------ English --
_UNITS_EN = {"workdays": ("working day", "working days"), "days": ("day", "days"), "weeks": ("week", "weeks"),
             "months": ("month", "months")}
_WORKDAYS_EN = " (counting from the next day, skipping weekends and public holidays, Lunar New Year (Tet) included)"
_MONTHS_EN = ("January February March April May June July August September October November December").split()
NO_EVENT_DATE_EN = "; no date until the event is recorded."


def _units_en(n: int, unit: str) -> str:
    one, many = _UNITS_EN.get(unit, (unit, unit))
    return f"{n} {one if abs(n) == 1 else many}"


def _period_words_en(p: Period) -> str:
    """'Q4', 'December', '31 December', 'the second half of the year' … without the year."""
    if p.single_day:
        return en_day_month(p.sm, p.sd)
    if (p.sm, p.sd, p.em, p.ed) == (1, 1, 12, 0):
        return "the whole year"
    if p.sd in (0, 1) and p.ed == 0 and p.sm == p.em:
        return _MONTHS_EN[p.sm - 1]
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
    a = f"Q{(p.sm + 2) // 3}" if p.sm % 3 == 1 and p.sd in (0, 1) else _MONTHS_EN[p.sm - 1]
    b = f"Q{p.em // 3}" if p.em % 3 == 0 and p.ed == 0 else _MONTHS_EN[p.em - 1]
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
    if first in _MONTHS_EN or (len(first) == 2 and first[0] == "Q" and first[1].isdigit()) or first[:1].isdigit():
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
        named = _WDAY_EN[r.day - 1] if 1 <= r.day <= 7 else "Friday"
        if r.before:
            s = f"Before {named} every week: due every {_WDAY_EN[r.weekday]}"
        else:
            s = f"Weekly: due every {named}"
    elif f == "monthly" and r.day == 7 and not r.before and "week:first" in notes:
        s = "First week of each month: due on the 7th of each month (the end of its first seven days)"
    elif f == "monthly" and not r.day and not r.before and "week:last" in notes:
        s = "Last week of each month: due on the last day of each month"
    elif f == "monthly":
        if r.day and r.before:
            s = (f"Before the {_ordinal(r.day)} of each month: due on the {_ordinal(r.day - 1)} of each month"
                 if r.day > 1 else "Before the 1st of each month: due on the last day of the month before")
        elif r.day:
            s = f"Monthly: due on the {_ordinal(r.day)} of each month" + (
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
        what = "Before " + words if p.before else _cap(words)
        if r.year_shift:
            s = f"{_cap(words)} of the following year: due {_due_words_en(p)} of the next year"
        elif r.assumed:
            s = f"{what}{YEARLESS_EN}: due {_due_words_en(p)}"
        elif words == "the whole year" or (p.single_day and (p.sm, p.sd) == (12, 31) and not p.before):
            s = "Every year: due 31 December"
        else:
            s = f"{what} every year: due {_due_words_en(p)} each year"
    if r.years:
        s += _years_en(r.years)
    return s


def _explain_en(dl: Deadline) -> str:
    parts: list[str] = []
    notes = dl.notes
    if not dl.phrase:
        return "No deadline written."
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
        s = f"{_cap(words)}{how}: due {dues}{' of the next year' if r0.year_shift else ' each year'}"
        if r0.years:
            s += _years_en(r0.years)
        parts.append(s + ".")
    elif _monthly_days(dl.rules):
        days = _monthly_days(dl.rules)
        parts.append(f"Monthly: due on the {' and the '.join(_ordinal(d) for d in days)} of each month"
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
    for o in (n for n in notes if n.startswith("offset:")):
        _, k, unit, base = o.split(":", 3)
        parts.append(f"{_units_en(abs(int(k)), unit)} {'before' if int(k) < 0 else 'after'} "
                     f"{en_date(date.fromisoformat(base))}" + (_WORKDAYS_EN if unit == "workdays" else "") + ".")
    if dl.dates:
        ds = ", ".join(en_date(d) for d in dl.dates)
        if dl.span and len(dl.dates) == 1 and not dl.rules:
            parts.append(f"Runs from {en_date(dl.span[0])} to {en_date(dl.span[1])}; due {ds}.")
        elif any(n.startswith("before") for n in notes):
            parts.append(f"Due {ds}.")
        else:
            parts.append(("Due: " if len(dl.dates) == 1 else "Due dates: ") + ds + ".")
    for ev in dl.events:
        if ev.unit.startswith("rel:") or ev.event == START_EVENT:
            continue
        if ev.n == 0:
            when = f"Due on the day of “{ev.event}”"
        elif ev.n < 0:
            when = (f"Due the day before “{ev.event}”" if ev.n == -1 and ev.unit == "days"
                    else f"Due {_units_en(-ev.n, ev.unit)} before “{ev.event}”")
        else:
            when = f"Due {_units_en(ev.n, ev.unit)} after “{ev.event}”"
            if ev.unit == "workdays":
                when += _WORKDAYS_EN
        parts.append(when + NO_EVENT_DATE_EN)
    for n in notes:
        if n.startswith("from:"):
            parts.append(f"Starts {en_date(date.fromisoformat(n[5:]))}, no end date given.")
        elif n.startswith("tet:"):
            _, y, d = n.split(":", 2)
            parts.append(f"The first day of Tet (Lunar New Year) {y} is {en_date(date.fromisoformat(d))}.")
        elif n.startswith("ascii:"):
            parts.append(f"Read as if written with the Vietnamese diacritics: “{n[6:]}”.")
    parts += last
    if dl.ongoing:
        parts.append("Ongoing, continuous work: no specific deadline.")
    unspec = [n[7:] for n in notes if n.startswith("unspec:")]
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
    return " ".join(parts)
