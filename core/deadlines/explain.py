"""A short explanation of a reading (shown in tooltips, the editor and JSON).

Vietnamese by default (``explain(dl)``); ``explain(dl, lang="en")`` words the same reading in plain English
for the English interface (explain_en.py).  Vietnamese dates are dd/MM/yyyy; English dates are "31 Dec 2026"
/ "31 December" (babel, locale en).  The explanation is built as a list of sentences (:func:`sentences`):
the sentence of an event without a date is a :class:`~core.deadlines.words.Waiting` one, which
:func:`with_recorded_events` replaces once the clerk records the event's date.
"""
from __future__ import annotations

import calendar
from datetime import date

from .dates import MIN_YEAR
from .explain_en import sentences_en
from .explain_families import explain_parts, explain_rule, monthly_wday_days
from .notes import NoFixedDate, Offset, ReadWithAccents, StartsOn, TetDay, WeekOfMonth
from .types import START_EVENT, Deadline, EventRef, Period, Rule
from .words import (
    NO_EVENT_DATE_EN,
    NO_EVENT_DATE_VI,
    QUARTER_MONTH_VI,
    ROMAN,
    UNIT_VI,
    WEEKDAY_VI,
    YEARLESS_EN,
    YEARLESS_VI,
    Waiting,
    cap,
    en_date,
    fmt_date,
    monthly_days,
    quarter_days,
    vn_date,
    vn_day_month,
    waiting,
)

__all__ = ["NO_EVENT_DATE_EN", "NO_EVENT_DATE_VI", "YEARLESS_EN", "YEARLESS_VI", "en_date", "explain", "fmt_date",
           "sentences", "vn_date", "with_recorded_events"]


def _period_words(p: Period) -> str:
    """'quý IV', 'tháng 12', 'ngày 31/12', '6 tháng cuối năm' … without the year."""
    if p.single_day:
        return f"ngày {vn_day_month(p.sm, p.sd)}"
    if (p.sm, p.sd, p.em, p.ed) == (1, 1, 12, 0):
        return "cả năm"
    if p.sd in (0, 1) and p.ed == 0 and p.sm == p.em:
        return f"tháng {p.sm}"
    if p.sd in (0, 1) and p.ed == 0 and p.em % 3 == 0 and p.sm == p.em - 2:
        return f"quý {ROMAN[p.em // 3]}"
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
    a = f"quý {ROMAN[(p.sm + 2) // 3]}" if p.sm % 3 == 1 and p.sd in (0, 1) else f"tháng {p.sm}"
    b = f"quý {ROMAN[p.em // 3]}" if p.em % 3 == 0 and p.ed == 0 else f"tháng {p.em}"
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


def _years_vi(years) -> str:
    a, b = years
    if a <= MIN_YEAR:
        return f", đến năm {b}"
    return f", trong năm {a}" if a == b else (f", giai đoạn {a} - {b}" if b < 2200 else f", từ năm {a}")


def _quarter_rule_vi(r: Rule) -> str:
    which = QUARTER_MONTH_VI.get(r.qmonth, "tháng cuối quý")
    ds = ", ".join(vn_day_month(m, d) for m, d in quarter_days(r))
    day = f"ngày {r.day:02d}" if r.day else "ngày cuối"
    after = " (báo cáo quý liền trước)" if r.qmonth >= 3 else ""
    if r.before:
        return f"Trước {day} {which}: hạn ngày {ds}{after}"
    return f"Hằng quý: hạn {day} {which} ({ds}){after}"


def _rule_words(r: Rule, notes: tuple = ()) -> str:
    f = r.freq
    fam = explain_rule(r, "vi")
    if fam:
        s = fam
    elif f == "daily":
        s = "Hằng ngày: mỗi ngày làm việc là một hạn"
    elif f == "weekly":
        named = WEEKDAY_VI[r.day - 1] if 1 <= r.day <= 7 else "thứ Sáu"
        if r.before:
            s = f"Trước {named} hằng tuần: hạn vào {WEEKDAY_VI[r.weekday]} mỗi tuần"
        else:
            s = f"Hằng tuần: hạn vào {named} mỗi tuần"
    elif f == "monthly" and r.day == 7 and not r.before and WeekOfMonth(True) in notes:
        s = "Tuần đầu mỗi tháng: hạn ngày 7 mỗi tháng (hết 7 ngày đầu tháng)"
    elif f == "monthly" and not r.day and not r.before and WeekOfMonth(False) in notes:
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
            s = f"{cap(words)} của năm sau liền kề: hạn {_due_words(p)} năm sau"
        elif r.assumed:
            s = (f"{'Trước ' + words if p.before else cap(words)}{YEARLESS_VI}: hạn {_due_words(p)}")
        elif words == "cả năm" or (p.single_day and (p.sm, p.sd) == (12, 31) and not p.before):
            s = "Hằng năm: hạn ngày 31/12"
        else:
            s = f"{'Trước ' + words if p.before else cap(words)} hằng năm: hạn {_due_words(p)} mỗi năm"
    if r.years:
        s += _years_vi(r.years)
    return s


def explain(dl: Deadline, lang: str = "vi") -> str:
    """The explanation of *dl* in *lang* ('vi', the default, or 'en')."""
    return " ".join(sentences(dl, lang))


def sentences(dl: Deadline, lang: str = "vi") -> list[str]:
    """The explanation of *dl*, sentence by sentence (a :class:`Waiting` one until an event's date is known)."""
    if lang == "en":
        return sentences_en(dl)
    parts: list[str] = []
    notes = dl.notes
    if not dl.phrase:
        return ["Chưa ghi thời hạn."]
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
        s = f"{cap(words)}{how}: hạn {dues}{' năm sau' if r0.year_shift else ' mỗi năm'}"
        if r0.years:
            s += _years_vi(r0.years)
        parts.append(s + ".")
    elif monthly_days(dl.rules):
        days = monthly_days(dl.rules)
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
    for o in (n for n in notes if isinstance(n, Offset)):
        parts.append(f"{abs(o.n)} {UNIT_VI.get(o.unit, o.unit)} {'trước' if o.n < 0 else 'kể từ'} ngày "
                     f"{vn_date(o.base)}"
                     + (" (bắt đầu đếm từ ngày hôm sau, không tính thứ Bảy, Chủ nhật, ngày lễ, Tết)"
                        if o.unit == "workdays" else "") + ".")
    if dl.dates:
        ds = ", ".join(vn_date(d) for d in dl.dates)
        if dl.span and len(dl.dates) == 1 and not dl.rules:
            parts.append(f"Thực hiện từ {vn_date(dl.span[0])} đến {vn_date(dl.span[1])}; hạn {ds}.")
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
                    else f"hạn {-ev.n} {UNIT_VI.get(ev.unit, ev.unit)} trước đó")
        else:
            when = f"hạn {ev.n} {UNIT_VI.get(ev.unit, ev.unit)} kể từ ngày đó"
            if ev.unit == "workdays":
                when += " (bắt đầu đếm từ ngày hôm sau, không tính thứ Bảy, Chủ nhật, ngày lễ, Tết)"
        s = f"Tính theo sự kiện “{ev.event}”: {when}."
        parts.append(waiting(s + NO_EVENT_DATE_VI, s))
    for n in notes:
        if isinstance(n, StartsOn):
            parts.append(f"Bắt đầu từ {vn_date(n.start)}, không ghi hạn kết thúc.")
        elif isinstance(n, TetDay):
            parts.append(f"Mùng 1 Tết Nguyên đán năm {n.year} là ngày {vn_date(n.day)} (theo âm lịch).")
        elif isinstance(n, ReadWithAccents):
            parts.append(f"Đọc như viết có dấu: “{n.text}”.")
    parts += last
    if dl.ongoing:
        parts.append("Thực hiện thường xuyên, liên tục: không có hạn cụ thể.")
    unspec = [n.text for n in notes if isinstance(n, NoFixedDate)]
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
    return parts


def with_recorded_events(sentences: list[str], recorded: list[tuple[EventRef, date, date]], lang: str = "vi") -> str:
    """The explanation *sentences* once events have dates: (event, recorded date, due date) in the order of the
    reading's events.  Each takes the first sentence still waiting for a date, and says its due date at the end."""
    parts = list(sentences)
    for ev, when, due in recorded:
        i = next((i for i, s in enumerate(parts) if isinstance(s, Waiting)), None)
        if i is not None:
            parts[i] = parts[i].resolved
        if lang == "en":
            parts.append(f"“{ev.event}” recorded on {en_date(when)}: due {en_date(due)}.")
        else:
            parts.append(f"Sự kiện “{ev.event}” ngày {vn_date(when)}: hạn {vn_date(due)}.")
    return " ".join(parts)
