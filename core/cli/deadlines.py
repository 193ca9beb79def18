"""``main.py deadline "PHRASE"`` and ``main.py deadlines FILE.sqlite [--ics OUT.ics]``.

The deadline reader is imported when an action runs, never by ``import core.cli``.
"""
from __future__ import annotations

import os

from ..errors import PlanError
from .common import ArgError, load_plan_readonly, out_json, parser


def _date(s: str, what: str):
    """The datetime.date of a YYYY-MM-DD argument, or one bilingual line."""
    from datetime import date
    try:
        return date.fromisoformat(s)
    except ValueError:
        raise ArgError(f"Ngày không hợp lệ cho {what}: “{s}” (cần dạng YYYY-MM-DD).",
                       f"Invalid date for {what}: “{s}” (expected YYYY-MM-DD).") from None


def _window(a):
    """(start, end) dates of the window an action looks at."""
    from datetime import date
    today = _date(a.today, "--today") if getattr(a, "today", None) else date.today()
    start = _date(a.from_, "--from") if a.from_ else date(today.year, 1, 1)
    end = _date(a.to, "--to") if a.to else date(start.year + 2, 12, 31)
    if end < start:
        raise ArgError("--to phải sau --from.", "--to must not be before --from.")
    return start, end


def cmd_deadline(args: list[str], lang: str) -> int:
    from ..deadlines.parse import interpret, parse
    from ..text import nfc
    p = parser("deadline", "Đọc một cụm thời hạn thành các ngày đến hạn / read one deadline phrase as dates")
    p.add_argument("phrase", help="ví dụ “Quý IV hàng năm”")
    p.add_argument("--from", dest="from_", default="", help="đầu khoảng xem YYYY-MM-DD (mặc định 1/1 năm nay)")
    p.add_argument("--to", default="", help="cuối khoảng xem YYYY-MM-DD (mặc định 31/12 hai năm sau)")
    p.add_argument("--event-date", action="append", default=[], metavar="YYYY-MM-DD",
                   help="ngày xảy ra sự kiện mà thời hạn dựa vào (“kể từ ngày có Quyết định…”)")
    a = p.parse_args(args)
    start, end = _window(a)
    dl = parse(nfc(a.phrase))
    events = None
    if a.event_date:
        when = _date(a.event_date[-1], "--event-date")
        events = {ev.event: when for ev in dl.events}
    out_json(interpret(nfc(a.phrase), start, end, events, lang=lang))
    return 0


def cmd_deadlines(args: list[str], lang: str) -> int:
    from ..deadlines.ics import write_ics
    from ..deadlines.occurrences import plan_deadlines
    p = parser("deadlines", "Liệt kê các hạn nhiệm vụ của một kế hoạch / list the task deadlines of a plan")
    p.add_argument("file")
    p.add_argument("--from", dest="from_", default="", help="YYYY-MM-DD")
    p.add_argument("--to", default="", help="YYYY-MM-DD")
    p.add_argument("--today", default="", help="ngày tính trạng thái (mặc định hôm nay) / date for states")
    p.add_argument("--ics", default="", metavar="OUT.ics", help="ghi thêm tệp lịch iCalendar / also write an .ics")
    p.add_argument("--remind", default="", metavar="7,3,1",
                   help="nhắc trước bao nhiêu ngày (trong tệp .ics) / reminders, days before")
    a = p.parse_args(args)
    start, end = _window(a)
    today = _date(a.today, "--today") if a.today else _today()
    reminders: tuple[int, ...] = ()
    if a.remind:
        try:
            reminders = tuple(int(x) for x in a.remind.split(",") if x.strip())
        except ValueError:
            raise ArgError(f"--remind cần các số ngày cách nhau bởi dấu phẩy, không phải “{a.remind}”.",
                           f"--remind takes comma-separated day counts, not “{a.remind}”.") from None
    plan = load_plan_readonly(a.file)
    pdl = plan_deadlines(plan, start, end, today, explain=True, lang=lang)
    if a.ics:
        from ..fileio import guard_output
        guard_output(a.ics, "ics", sources=[a.file], force=True)   # never over the plan, nor another plan
        title = plan.meta.title or os.path.basename(a.file)
        try:
            write_ics(a.ics, pdl.occurrences, calname=_cut(f"Hạn nhiệm vụ — {title}", 200), reminders=reminders,
                      today=today)
        except OSError as e:
            raise PlanError(f"Không ghi được tệp lịch “{a.ics}”: {e}", f"Cannot write the calendar file “{a.ics}”: {e}")
    out_json({"file": a.file, "from": start.isoformat(), "to": end.isoformat(), "today": today.isoformat(),
              "occurrences": [o.to_json() for o in pdl.occurrences],
              "undated": [u.to_json() for u in pdl.undated],
              "ics": a.ics or None})
    return 0


def _cut(text: str, n: int) -> str:
    """*text* cut at a word boundary to at most *n* characters, with "…" when cut."""
    if len(text) <= n:
        return text
    return text[: n - 1].rsplit(" ", 1)[0].rstrip(" ,;–—-") + "…"


def _today():
    from datetime import date
    return date.today()
