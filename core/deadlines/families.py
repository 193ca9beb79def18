"""Clause families of the second reading round (issue 17), read inside :func:`parse._scan`.

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

Each handler returns the position after what it read, or None.  The explanations of these readings are
here too (:func:`explain_parts`), in Vietnamese and English.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .parse import (_E, _MAXDAY, _NUM, _WDAYW, PLAN_ISSUED_EVENT, EventRef, Period, Rule, _add_period, _c, _last, _num,
                    _period_at, _valid, _year)
from .workdays import is_workday

START_EVENT = "Ngày bắt đầu tính thời hạn"      # a duration whose start the text does not name

_WD = r"(thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ nhật)"
_ONE = timedelta(days=1)


def _iso_wd(w: str) -> int:
    return 7 if w == "chủ nhật" else _WDAYW.get(w[3:].strip(), 0)


# ---------------------------------------------------------------- patterns --
# "(nếu ngày này trùng vào ngày nghỉ, ngày lễ thì thực hiện vào ngày làm việc tiếp theo)"
P_SHIFT = _c(r"(?:nếu|trường hợp|khi)\s+(?:[^;()]{0,40}?\s)?trùng" + _E + r"[^;()]*")
P_PREV = re.compile(r"liền trước|trước đó|làm việc trước|ngày làm việc cuối cùng trước")
# "Trong thời hạn 03 ngày làm việc", "Không quá 15 ngày", "05 ngày làm việc" — no "kể từ …"
P_DUR = _c(r"(?:(trong(?: vòng| thời hạn| phạm vi)?|thời hạn(?: giải quyết)?(?: là)?|không quá|tối đa|chậm nhất(?: là)?)"
           r"\s+)?(?:(?:là|trong)\s+)?" + _NUM + r"\s+(ngày làm việc|ngày|tuần|tháng)(?:\s+làm việc)?" + _E
           + r"(?![\s,]*(?:kể|tính|từ|sau|trước|đầu|cuối|năm|/|lần|\d|một lần|của|tới|hàng|mỗi|các|thứ|làm))")
# ". Trường hợp cần phải xác minh thì thời hạn được kéo dài không quá 06 ngày làm việc"
P_COND = _c(r"\.?\s*(?:trường hợp|nếu|riêng)\s+([^;.]*?)\s*(?:,\s*)?(?:thì\s+)?(?:thời hạn\s+)?(?:được\s+)?(?:kéo dài\s+)?"
            r"(?:thêm\s+)?(?=(?:không quá|tối đa|trong(?: vòng| thời hạn)?|là)?\s*" + _NUM + r"\s+(?:ngày|tuần|tháng))")
P_SCOPE = _c(r"(?:đối với|áp dụng (?:đối )?với)\s+([^;.()]+)")
P_EXCL = _c(r"không (?:kể|tính)(?: thời gian)?\s+([^;()]+)")
# "Ngày 06; 13; 20; 27 (Thứ Hai)", "Ngày 06; 13; 20; 27/4/2026 (thứ Hai)"
P_DAYLIST = _c(r"(?:các\s+)?ngày\s+(\d{1,2}(?:\s*(?:[;,]|và)\s*\d{1,2})+)(?:\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?)?"
               r"(?![\d/.])\s*[(,-]?\s*" + _WD + _E + r"\s*\)?")
# "ngày thứ Năm của tuần thứ hai hằng tháng", "thứ sáu của tuần lễ cuối tháng"
_ORD = r"(?:thứ nhất|thứ hai|thứ ba|thứ tư|thứ năm|đầu tiên|đầu|cuối cùng|cuối|[1-5])"
P_NTH = _c(r"(?:vào\s+)?(?:ngày\s+)?" + _WD + r"\s+(?:(?:của\s+)?tuần(?: lễ)?\s+(" + _ORD + r"(?:\s*(?:,|và)\s*(?:tuần\s+)?"
           + _ORD + r")*)|(đầu tiên|cuối cùng))(?:\s+(?:của|trong))?(?:\s+(?:mỗi|hàng|các|từng))?\s+tháng" + _E)
_ORD_RX = re.compile(_ORD)
# "Trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu sau 15 giờ"
P_INDAY = _c(r"(?:ngay\s+)?trong ngày\s+(?!làm việc|\d|của|đó|này|hôm)(?=[^\W\d_])([^;\d]*?)(?=\s+hoặc\s|\s*;|\s*$)")
P_ALTNEXT = _c(r"(?:hoặc\s+)?(?:ngay\s+)?trong ngày làm việc (?:tiếp theo|kế tiếp|hôm sau|liền sau)(?:\s*,?\s*(?:nếu|trường hợp)\s+"
               r"([^;]*))?")
# "Trong ngày", "Giải quyết ngay trong ngày làm việc": the same day as the start
P_SAMEDAY = _c(r"(?:giải quyết\s+)?(?:ngay\s+)?trong (?:ngày|ngày làm việc)(?: làm việc)?" + _E + r"(?=\s*(?:$|[;,.()]))")
_NTH = {"thứ nhất": 1, "đầu tiên": 1, "đầu": 1, "1": 1, "thứ hai": 2, "2": 2, "thứ ba": 3, "3": 3, "thứ tư": 4, "4": 4,
        "thứ năm": 5, "5": 5, "cuối cùng": -1, "cuối": -1}
# a weekday written with a date: "thứ Tư ngày 14 tháng 02 năm 2018", "ngày 06/4/2026 (thứ Hai)"
# (not an ordinal: "lần thứ hai", "kỳ họp thứ ba", "đợt thứ năm")
_ORDINAL_OF = "".join(f"(?<!{w} )" for w in ("lần", "đợt", "kỳ", "họp", "khóa", "phiên", "bước", "năm", "tuần", "quý",
                                              "tháng", "lớp", "hội", "vòng", "số"))
P_WTAG = _c(_ORDINAL_OF + r"\(?\s*" + _WD + _E + r"(?!\s*(?:hàng|mỗi|các|từng|của) tuần)\s*\)?")
P_RANGE_WTAG = _c(r"(?:đến|tới|-)(?:\s+hết)?\s+(?:ngày\s+)?" + _WD + _E + r"\s*,?\s*")
# "(trước) ngày 25 của tháng cuối kỳ báo cáo", "ngày 20 tháng của cuối quý"
P_KYDAY = _c(r"(?:(trước|chậm nhất(?: là)?|vào|đến|hạn)\s+)?(?:(?:vào\s+)?ngày\s+)?(\d{1,2})\s+(?:của\s+)?tháng\s+"
             r"(?:cuối(?: cùng)?(?:\s+(?:của|thuộc))?\s+(?:mỗi\s+|các\s+|từng\s+)?(kỳ)(?: báo cáo)?|của cuối (quý|kỳ)(?: báo cáo)?)"
             + _E)
# "(thời gian chốt) số liệu (báo cáo)", "tính từ (ngày)", "năm trước (kỳ báo cáo)", "của kỳ báo cáo"
P_DATA = _c(r"(?:thời gian\s+)?(?:chốt\s+)?số liệu(?:\s+báo cáo)?" + _E)
P_DATAFROM_M = _c(r"(?:được\s+)?tính từ(?:\s+ngày)?\s+(\d{1,2})\s+(?:của\s+)?tháng trước(?:\s+kỳ báo cáo)?" + _E)
P_TINHTU = _c(r"(?:được\s+)?tính từ(?:\s+ngày)?" + _E)
P_PREVYEAR = _c(r"(?:của\s+)?năm trước(?:\s+(?:kỳ|năm) báo cáo)?" + _E)
P_KYFILL = _c(r"(?:của|thuộc|trong)\s+(?:kỳ|năm) báo cáo" + _E)
# "tháng 9 tới", "quý tới", "đầu tháng sau", "năm tới"
P_REL = _c(r"(?:(đầu|giữa|cuối)\s+)?(?:(?:(tháng)(?:\s+(\d{1,2}))?|(quý)(?:\s+(iv|iii|ii|i|[1-4]))?|(tuần))\s+"
           r"(?:tới|sau(?!\s+(?:khi|ngày|đó))|kế tiếp|tiếp theo)|(năm) tới)" + _E)
# "đầu tháng 3/2020", "giữa tháng 6": the first / second ten days of the month
P_PARTMONTH = _c(r"(đầu|giữa)\s+tháng\s+(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?" + _E)
_ROMANQ = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_GAP = re.compile(r"[\s,]*")
P_HOURS = _c(r"(?:trong\s+)?giờ hành chính" + _E)
P_RLABEL = _c(r"(?:báo cáo|sơ kết|tổng kết)\s+")
P_DAYMONTH = _c(r"(?<![\d/])\d{1,2}\s*[/.]\s*\d{1,2}(?![\d/.])|ngày \d{1,2} tháng \d{1,2}" + _E)
P_COLON = _c(r":(?=\s)")            # "Báo cáo 6 tháng: chậm nhất …": a label and its deadline


# ------------------------------------------------------------------ scanning --
def _shift(st, low, pos):
    m = P_SHIFT.match(low, pos)
    if not m:
        return None
    seg = m.group(0)
    if "ngày làm việc" not in seg or not re.search(r"nghỉ|lễ|tết|thứ bảy|chủ nhật|cuối tuần", seg):
        return None
    st.shift = -1 if P_PREV.search(seg) else 1
    st.notes.append(f"shift:{st.shift}")
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
            st.notes.append("alt-next:" + cond)
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
    n = _num(m.group(2))
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
    wd = _iso_wd(m.group(5))
    mo = int(m.group(3)) if m.group(3) else 0
    y = _year(m.group(4))
    if not wd or not all(1 <= d <= 31 for d in days) or (mo and not 1 <= mo <= 12):
        return None
    if mo and y:
        for d in days:
            if not _valid(y, mo, d):
                st.unread.append(f"{d}/{mo}/{y}")
                continue
            if date(y, mo, d).isoweekday() != wd:
                _bad_wday(st, date(y, mo, d), st.text[m.start(5):m.end(5)])
            _add_period(st, Period(mo, d, mo, d, y, y, label=f"{d}/{mo}/{y}"))
    elif mo:
        for d in days:
            if d > _MAXDAY[mo - 1]:
                st.unread.append(f"{d}/{mo}")
                continue
            st.rules.append(Rule("yearly", period=Period(mo, d, mo, d), assumed=True, wday=wd))
        st.notes.append("assumed-year")
        st.last = "rule"
    else:
        if len({d % 7 for d in days}) > 1:      # the days cannot all fall on one weekday
            st.unread.append(st.text[m.start():m.end()])
        for d in days:
            st.rules.append(Rule("monthly", day=d, wday=wd))
        st.last = "rule"
    st.notes.append(f"wday:{wd}")
    return m.end()


def _nth(st, low, pos):
    m = P_NTH.match(low, pos)
    if not m:
        return None
    wd = _iso_wd(m.group(1))
    if not wd:
        return None
    for o in (_ORD_RX.findall(m.group(2)) if m.group(2) else [m.group(3)]):
        st.rules.append(Rule("monthly", nth=_NTH[o], wday=wd))
    st.last = "rule"
    return m.end()


def _bad_wday(st, d: date, written: str) -> None:
    """A weekday written with a date it does not fall on: flagged, the written words named once."""
    if written not in st.unread:
        st.unread.append(written)
    st.notes.append(f"wday-bad:{d.isoformat()}")


def _check_wday(st, p: Period, wd: int, written: str) -> None:
    if p.single_day and p.ys is not None and _valid(p.ys, p.sm, p.sd):
        if date(p.ys, p.sm, p.sd).isoweekday() != wd:
            _bad_wday(st, date(p.ys, p.sm, p.sd), written)
        else:
            st.notes.append(f"wday-ok:{wd}")


def _wtag(st, low, pos):
    if st.last == "period" and st.items:
        m = P_RANGE_WTAG.match(low, pos)      # "… đến hết thứ Ba ngày 20 tháng 02 năm 2018"
        if m:
            p = _period_at(st, m.end())
            if p:
                _check_wday(st, p[0], _iso_wd(m.group(1)), st.text[m.start(1):m.end(1)])
                st.range_from = len(st.items) - 1
                st.last = "rangeop"
                return m.end()
    m = P_WTAG.match(low, pos)
    if not m:
        return None
    wd = _iso_wd(m.group(1))
    if not wd:
        return None
    after = m.end()
    q = _GAP.match(low, after)
    after = q.end() if q else after
    p = _period_at(st, after) if after < len(low) else None
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
        st.fam.setdefault("ky", []).append(r)         # which period: decided in finish()
    st.last = "rule"
    return m.end()


def _data(st, low, pos):
    m = P_DATAFROM_M.match(low, pos)
    if m:                           # "tính từ ngày 15 của tháng trước kỳ báo cáo": the start, the end follows
        st.notes.append("data")
        return m.end()
    m = P_DATA.match(low, pos)
    if m:
        st.notes.append("data")
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
        mo, y = int(m.group(2)), _year(m.group(3))
        a, b = (1, 10) if m.group(1) == "đầu" else (11, 20)
        _add_period(st, Period(mo, a, mo, b, y, y, label=f"{m.group(1)} tháng {mo}"))
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
        unit = f"rel:quarter:{_ROMANQ[m.group(5)] if m.group(5) else 0}:{part}"
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
    p = _period_at(st, m.end())
    if p is None or p[0].single_day or p[0].ys is not None or not P_DAYMONTH.search(low, p[1]):
        return None
    st.notes.append("label:" + st.text[m.end():p[1]].strip())
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


def scan(st, pos: int) -> int | None:
    """Read a clause of these families at *pos*: the position after it, or None."""
    low = st.low
    hs = st.fam.get("hs")
    if hs is None:
        hs = st.fam["hs"] = _handlers(low)
    for h in hs:
        r = h(st, low, pos)
        if r is not None and r > pos:
            return r
    return None


def finish(st) -> None:
    """Decisions that need the whole phrase: which period "kỳ báo cáo" is; the durations' notes."""
    for d in st.fam.get("durs", ()):
        st.notes.append("dur:" + "\x1f".join(str(x) for x in d))
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
        st.notes.append("ky-assumed")
    st.rules = [r for r in st.rules if r not in ky and r not in bare] + new


# ------------------------------------------------------------------ dates --
def shift_workday(d: date, step: int) -> date:
    """*d* itself when it is a working day, else the next (step 1) or previous (step -1) working day."""
    k = 0
    while not is_workday(d) and k < 30:
        d += _ONE if step > 0 else -_ONE
        k += 1
    return d


def rel_due(when: date, unit: str) -> date | None:
    """The due date of a relative phrase ("tháng 9 tới" …) counted from *when* (the plan's date)."""
    _, what, k, part = unit.split(":")
    k = int(k)
    if what == "month":
        if k:          # the first month k ending on or after the plan's date
            y = when.year if (when.month <= k) else when.year + 1
            m = k
        else:          # "tháng tới / tháng sau": the month after
            y, m = (when.year + 1, 1) if when.month == 12 else (when.year, when.month + 1)
        return date(y, m, {"early": 10, "mid": 20}.get(part, _last(y, m)))
    if what == "week":        # "tuần tới": the Friday of the next week (the week's last working day, as "hàng tuần")
        return when + timedelta(days=7 - when.weekday() + 4)
    if what == "quarter":
        q0 = (when.month - 1) // 3 + 1
        if k:
            y, q = (when.year, k) if k >= q0 else (when.year + 1, k)
        else:
            y, q = (when.year + 1, 1) if q0 == 4 else (when.year, q0 + 1)
        m = 3 * q - 2 + {"early": 0, "mid": 1}.get(part, 2)
        return date(y, m, _last(y, m))
    y = when.year + 1
    m = {"early": 3, "mid": 6}.get(part, 12)
    return date(y, m, _last(y, m))


# ------------------------------------------------------------- explaining --
_UNIT_VI = {"workdays": "ngày làm việc", "days": "ngày", "weeks": "tuần", "months": "tháng"}
_UNIT_EN = {"workdays": ("working day", "working days"), "days": ("day", "days"), "weeks": ("week", "weeks"),
            "months": ("month", "months")}
_WDAY_VI = ["", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
_WDAY_EN = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_NTH_EN = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last"}


def _en_units(n: int, unit: str) -> str:
    one, many = _UNIT_EN.get(unit, (unit, unit))
    return f"{n} {one if n == 1 else many}"


def _rel_words(unit: str, lang: str) -> str:
    _, what, k, part = unit.split(":")
    k = int(k)
    if lang == "en":
        p = {"early": "early in ", "mid": "the middle of ", "end": ""}[part]
        if what == "month":
            from .explain import _MONTHS_EN
            w = f"the coming {_MONTHS_EN[k - 1]}" if k else "next month"
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


def _dur_words(d, lang: str) -> str:
    n, unit, qual, cond, scope = d
    if lang == "en":
        s = ("at most " if qual else "") + (_en_units(n, unit) if n else "the same day")
        if cond:
            s = f"if “{cond}”: {s}"
        if scope:
            s += f" (“{scope}”)"
        return s
    s = (qual + " " if qual else "") + (f"{n} {_UNIT_VI.get(unit, unit)}" if n else "trong ngày")
    if cond:
        s = f"trường hợp {cond}: {s}"
    if scope:
        s += f" ({scope})"
    return s


def explain_rule(r: Rule, lang: str) -> str | None:
    """Words for the rules these families make (None: the usual words apply)."""
    if r.freq == "monthly" and r.nth:
        if lang == "en":
            return (f"Every month: due on the {_NTH_EN.get(r.nth, str(r.nth))} {_WDAY_EN[r.wday]} of the month")
        which = "cuối cùng" if r.nth < 0 else f"thứ {r.nth}"
        return f"Hằng tháng: hạn vào {_WDAY_VI[r.wday]} {which} của tháng"
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
            from .explain import _ordinal
            first.append(f"The {', '.join(_ordinal(d) for d in days)} of a month when they fall on a "
                         f"{_WDAY_EN[wd]} (as the schedule says): due on each of those days.")
        else:
            first.append(f"Các ngày {', '.join(f'{d:02d}' for d in days)} trong tháng khi đúng là {_WDAY_VI[wd]} "
                         f"(như lịch ghi): hạn vào từng ngày đó.")
    if not days and any(r.wday and not r.nth for r in dl.rules):
        wd = next(r.wday for r in dl.rules if r.wday)
        last.append(f"Only the days that fall on a {_WDAY_EN[wd]} are due." if en
                    else f"Chỉ tính những ngày đúng là {_WDAY_VI[wd]}.")
    for ev in dl.events:
        if ev.unit.startswith("rel:"):
            first.append(_rel_words(ev.unit, lang) + ".")
    notes = dl.notes
    if any(ev.event == START_EVENT for ev in dl.events):
        ds = [n[4:].split("\x1f") for n in notes if n.startswith("dur:")]
        ds = [[int(a), b, c, d, e] for a, b, c, d, e in ds]
        words = "; ".join(_dur_words(d, lang) for d in ds)
        wk = any(d[1] == "workdays" for d in ds)
        if en:
            first.append(f"Time limit: {words}; the text does not say from when — counted from the day recorded as "
                         f"the start (“{START_EVENT}”)" + (", working days from the next day, skipping weekends and "
                                                          "public holidays" if wk else "")
                         + "; no date until the event is recorded.")
        else:
            first.append(f"Thời hạn: {words}; văn bản không ghi mốc tính — tính từ ngày ghi nhận là ngày bắt đầu "
                         f"(“{START_EVENT}”)" + (", ngày làm việc đếm từ ngày hôm sau, không tính thứ Bảy, Chủ nhật, "
                                                "ngày lễ, Tết" if wk else "")
                         + ". Chưa có ngày cụ thể cho đến khi ghi nhận ngày xảy ra sự kiện.")
    if "ky-assumed" in notes:
        last.append("The reporting period is not named: read as each quarter." if en
                    else "Không ghi kỳ báo cáo (tháng, quý, 6 tháng hay năm) — hiểu là hằng quý.")
    for n in notes:
        if n.startswith("alt-next:"):
            c = n[9:]
            if en:
                last.append("Or the next working day" + (f" (“{c}”)" if c else "") + ".")
            else:
                last.append("Hoặc ngày làm việc tiếp theo" + (f" (nếu {c})" if c else "") + ".")
    for n in notes:
        if n.startswith("label:"):
            last.append(f"“{n[6:]}” names the report, not a deadline." if en
                        else f"“{n[6:]}” là tên kỳ báo cáo, không phải một hạn.")
    if "data" in notes:
        last.append("A data period: due on its last day." if en else "Kỳ số liệu: hạn vào ngày cuối của kỳ.")
    if any(n.startswith("wday-ok:") for n in notes) and not dl.flagged:
        last.append("The weekday written matches the date." if en else "Thứ ghi kèm khớp với ngày.")
    bad = [date.fromisoformat(n[9:]) for n in notes if n.startswith("wday-bad:")]
    if bad:
        if en:
            from .explain import en_date
            last.append("The weekday written does not match the date: " + ", ".join(
                f"{en_date(d)} is a {_WDAY_EN[d.isoweekday()]}" for d in bad) + ".")
        else:
            from .explain import vn_date
            last.append("Thứ ghi kèm không khớp với ngày: " + ", ".join(
                f"{vn_date(d)} là {_WDAY_VI[d.isoweekday()]}" for d in bad) + ".")
    if dl.shift:
        if en:
            last.append("A due date on a weekend or public holiday moves to the "
                        + ("previous" if dl.shift < 0 else "next") + " working day.")
        else:
            last.append("Nếu hạn trùng ngày nghỉ (thứ Bảy, Chủ nhật), ngày lễ, Tết: chuyển sang ngày làm việc "
                        + ("liền trước." if dl.shift < 0 else "tiếp theo."))
    return first, last
