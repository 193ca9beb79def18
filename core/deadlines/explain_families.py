"""The explanations of what the second-round clause families (families.py) read, in Vietnamese and English:
sentences put first or last around the usual ones of explain.py / explain_en.py."""
from __future__ import annotations

from .notes import DataPeriod, Duration, OrNextWorkday, ReportLabel, ReportPeriodAssumed, WeekdayMatches, WeekdayMismatch
from .types import START_EVENT, Rule
from .words import (
    MONTHS_EN,
    NO_EVENT_DATE_EN,
    NO_EVENT_DATE_VI,
    UNIT_VI,
    WEEKDAY_EN,
    WEEKDAY_VI,
    en_date,
    ordinal,
    units_en,
    vn_date,
    waiting,
)

_ISO_WDAY_VI = ["", *WEEKDAY_VI]    # by ISO weekday
_ISO_WDAY_EN = ["", *WEEKDAY_EN]
_NTH_EN = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last"}


def _rel_words(unit: str, lang: str) -> str:
    _, what, k, part = unit.split(":")
    k = int(k)
    if lang == "en":
        p = {"early": "early in ", "mid": "the middle of ", "end": ""}[part]
        if what == "month":
            w = f"the coming {MONTHS_EN[k - 1]}" if k else "next month"
            due = {"early": "its 10th", "mid": "its 20th"}.get(part, "its last day")
        elif what == "week":
            w, due = "next week", "its Friday"
        elif what == "quarter":
            w = f"the coming Q{k}" if k else "next quarter"
            due = {"early": "the last day of its first month", "mid": "the last day of its second month"}.get(
                part, "its last day")
        else:
            w, due = "next year", {"early": "31 March", "mid": "30 June"}.get(part, "31 December")
        w = f"{p}{w}"
        return w[:1].upper() + w[1:] + f" (counted from the plan's date of issue): due {due}"
    p = {"early": "đầu ", "mid": "giữa ", "end": ""}[part]
    if what == "month":
        w = f"tháng {k} tới" if k else "tháng sau"
        due = {"early": "ngày 10 của tháng đó", "mid": "ngày 20 của tháng đó"}.get(part, "ngày cuối tháng đó")
    elif what == "week":
        w, due = "tuần sau", "thứ Sáu của tuần đó"
    elif what == "quarter":
        w = f"quý {['I', 'II', 'III', 'IV'][k - 1]} tới" if k else "quý sau"
        due = {"early": "ngày cuối tháng đầu của quý đó", "mid": "ngày cuối tháng giữa của quý đó"}.get(
            part, "ngày cuối quý đó")
    else:
        w, due = "năm sau", {"early": "ngày 31/03", "mid": "ngày 30/06"}.get(part, "ngày 31/12")
    s = p + w
    return s[:1].upper() + s[1:] + f" (tính từ ngày ban hành kế hoạch): hạn {due}"


def _dur_words(d: Duration, lang: str) -> str:
    n, unit, qual, cond, scope = d.n, d.unit, d.limit, d.condition, d.scope
    if lang == "en":
        s = ("at most " if qual else "") + (units_en(n, unit) if n else "the same day")
        if cond:
            s = f"if “{cond}”: {s}"
        if scope:
            s += f" (“{scope}”)"
        return s
    s = (qual + " " if qual else "") + (f"{n} {UNIT_VI.get(unit, unit)}" if n else "trong ngày")
    if cond:
        s = f"trường hợp {cond}: {s}"
    if scope:
        s += f" ({scope})"
    return s


def explain_rule(r: Rule, lang: str) -> str | None:
    """Words for the rules these families make (None: the usual words apply)."""
    if r.freq == "monthly" and r.nth:
        if lang == "en":
            return (f"Every month: due on the {_NTH_EN.get(r.nth, str(r.nth))} {_ISO_WDAY_EN[r.wday]} of the month")
        which = "cuối cùng" if r.nth < 0 else f"thứ {r.nth}"
        return f"Hằng tháng: hạn vào {_ISO_WDAY_VI[r.wday]} {which} của tháng"
    return None


def monthly_wday_days(rules) -> list[int]:
    """The days of "Ngày 06; 13; 20; 27 (Thứ Hai)" (monthly rules on named days with one weekday), else []."""
    if not rules or any(r.freq != "monthly" or not r.day or not r.wday or r.nth for r in rules):
        return []
    if len({r.wday for r in rules}) != 1:
        return []
    return sorted({r.day for r in rules})


def explain_parts(dl, lang: str = "vi") -> tuple[list[str], list[str]]:
    """(sentences to put first, sentences to put last) for what these families read."""
    first: list[str] = []
    last: list[str] = []
    en = lang == "en"
    days = monthly_wday_days(dl.rules)
    if days:
        wd = dl.rules[0].wday
        if en:
            first.append(f"The {', '.join(ordinal(d) for d in days)} of a month when they fall on a "
                         f"{_ISO_WDAY_EN[wd]} (as the schedule says): due on each of those days.")
        else:
            first.append(f"Các ngày {', '.join(f'{d:02d}' for d in days)} trong tháng khi đúng là {_ISO_WDAY_VI[wd]} "
                         f"(như lịch ghi): hạn vào từng ngày đó.")
    if not days and any(r.wday and not r.nth for r in dl.rules):
        wd = next(r.wday for r in dl.rules if r.wday)
        last.append(f"Only the days that fall on a {_ISO_WDAY_EN[wd]} are due." if en
                    else f"Chỉ tính những ngày đúng là {_ISO_WDAY_VI[wd]}.")
    for ev in dl.events:
        if ev.unit.startswith("rel:"):
            first.append(_rel_words(ev.unit, lang) + ".")
    notes = dl.notes
    if any(ev.event == START_EVENT for ev in dl.events):
        ds = [n for n in notes if isinstance(n, Duration)]
        words = "; ".join(_dur_words(d, lang) for d in ds)
        wk = any(d.unit == "workdays" for d in ds)
        if en:
            s = (f"Time limit: {words}; the text does not say from when — counted from the day recorded as "
                 f"the start (“{START_EVENT}”)" + (", working days from the next day, skipping weekends and "
                                                  "public holidays" if wk else ""))
            first.append(waiting(s + NO_EVENT_DATE_EN, s + "."))
        else:
            s = (f"Thời hạn: {words}; văn bản không ghi mốc tính — tính từ ngày ghi nhận là ngày bắt đầu "
                 f"(“{START_EVENT}”)" + (", ngày làm việc đếm từ ngày hôm sau, không tính thứ Bảy, Chủ nhật, "
                                        "ngày lễ, Tết" if wk else "") + ".")
            first.append(waiting(s + NO_EVENT_DATE_VI, s))
    if any(isinstance(n, ReportPeriodAssumed) for n in notes):
        last.append("The reporting period is not named: read as each quarter." if en
                    else "Không ghi kỳ báo cáo (tháng, quý, 6 tháng hay năm) — hiểu là hằng quý.")
    for n in notes:
        if isinstance(n, OrNextWorkday):
            c = n.condition
            if en:
                last.append("Or the next working day" + (f" (“{c}”)" if c else "") + ".")
            else:
                last.append("Hoặc ngày làm việc tiếp theo" + (f" (nếu {c})" if c else "") + ".")
    for n in notes:
        if isinstance(n, ReportLabel):
            last.append(f"“{n.text}” names the report, not a deadline." if en
                        else f"“{n.text}” là tên kỳ báo cáo, không phải một hạn.")
    if any(isinstance(n, DataPeriod) for n in notes):
        last.append("A data period: due on its last day." if en else "Kỳ số liệu: hạn vào ngày cuối của kỳ.")
    if any(isinstance(n, WeekdayMatches) for n in notes) and not dl.flagged:
        last.append("The weekday written matches the date." if en else "Thứ ghi kèm khớp với ngày.")
    bad = [n.day for n in notes if isinstance(n, WeekdayMismatch)]
    if bad:
        if en:
            last.append("The weekday written does not match the date: " + ", ".join(
                f"{en_date(d)} is a {_ISO_WDAY_EN[d.isoweekday()]}" for d in bad) + ".")
        else:
            last.append("Thứ ghi kèm không khớp với ngày: " + ", ".join(
                f"{vn_date(d)} là {_ISO_WDAY_VI[d.isoweekday()]}" for d in bad) + ".")
    if dl.shift:
        if en:
            last.append("A due date on a weekend or public holiday moves to the "
                        + ("previous" if dl.shift < 0 else "next") + " working day.")
        else:
            last.append("Nếu hạn trùng ngày nghỉ (thứ Bảy, Chủ nhật), ngày lễ, Tết: chuyển sang ngày làm việc "
                        + ("liền trước." if dl.shift < 0 else "tiếp theo."))
    return first, last
