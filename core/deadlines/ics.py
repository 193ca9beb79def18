"""An iCalendar (RFC 5545) file of task occurrences, for Outlook or Thunderbird.

Each occurrence is one all-day VEVENT (``DTSTART;VALUE=DATE``), with a
stable UID (row id + due date) so that importing a newer export updates the
same entries instead of duplicating them.  Lines end in CRLF and are folded
at 75 octets without splitting a UTF-8 character; text is escaped
(backslash, semicolon, comma, newline).  Optional VALARM reminders N days
before.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from ..fileio import atomic_write
from .occurrences import STATE_VI, Occurrence

PRODID = "-//Ke hoach//Deadlines//VI"


def escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> str:
    """Fold one content line at 75 octets (continuations start with a space)."""
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    parts: list[str] = []
    cur = bytearray()
    limit = 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            parts.append(cur.decode("utf-8"))
            cur = bytearray(b" ")
            limit = 75
        cur += b
    parts.append(cur.decode("utf-8"))
    return "\r\n".join(parts)


def _prop(name: str, value: str) -> str:
    return fold(f"{name}:{value}") + "\r\n"


def _uid(o: Occurrence) -> str:
    return f"{o.row_id}-{o.due.strftime('%Y%m%d')}@kehoach"


def to_ics(occ: list[Occurrence], calname: str = "Hạn nhiệm vụ", reminders: tuple[int, ...] = (),
           stamp: datetime | None = None, today: date | None = None) -> str:
    """*today*: no reminder is written for a day before it (default: the day of *stamp*)."""
    stamp = stamp or datetime.now(timezone.utc)
    ds = stamp.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out = ["BEGIN:VCALENDAR\r\n", _prop("VERSION", "2.0"), _prop("PRODID", PRODID),
           _prop("CALSCALE", "GREGORIAN"), _prop("METHOD", "PUBLISH"), _prop("X-WR-CALNAME", escape(calname))]
    today = today or stamp.astimezone().date()
    for o in occ:
        # "[Phụ lục I – 12] …": the same number exists in several appendices
        where = " – ".join(x for x in (o.appendix_label, o.number) if x)
        summary = (f"[{where}] " if where else "") + o.task
        if len(summary) > 120:
            summary = summary[:119].rstrip() + "…"
        if o.state in ("done_on_time", "done_late"):
            summary = "✓ " + summary
        desc = [o.task, "",
                f"Phụ lục: {o.appendix_label}" + (f", mục {o.number}" if o.number else ""),
                f"Chủ trì: {', '.join(o.lead)}" if o.lead else "",
                f"Phối hợp: {', '.join(o.support)}" if o.support else "",
                f"Thời gian hoàn thành (như đã ghi): {o.phrase}",
                f"Trạng thái: {STATE_VI[o.state]}" + (f" (ngày {o.done_date.strftime('%d/%m/%Y')})"
                                                       if o.done_date else "")]
        if o.note:
            desc.append(f"Ghi chú: {o.note}")
        out += ["BEGIN:VEVENT\r\n", _prop("UID", _uid(o)), _prop("DTSTAMP", ds),
                _prop("DTSTART;VALUE=DATE", o.due.strftime("%Y%m%d")),
                _prop("DTEND;VALUE=DATE", (o.due + timedelta(days=1)).strftime("%Y%m%d")),
                _prop("SUMMARY", escape(summary)),
                _prop("DESCRIPTION", escape("\n".join(x for x in desc if x is not None))),
                _prop("CATEGORIES", escape(o.appendix_label)),
                _prop("TRANSP", "TRANSPARENT")]
        if o.state in ("done_on_time", "done_late"):
            out.append(_prop("STATUS", "CONFIRMED"))
        elif o.done_date is None:
            for n in sorted(set(reminders)):
                if n < 0 or o.due - timedelta(days=n) < today:
                    continue      # a reminder already past would pop up at import, all at once
                out += ["BEGIN:VALARM\r\n", _prop("ACTION", "DISPLAY"),
                        _prop("DESCRIPTION", escape(f"Sắp đến hạn: {summary}")),
                        _prop("TRIGGER", f"-P{n}D" if n else "PT0S"), "END:VALARM\r\n"]
        out.append("END:VEVENT\r\n")
    out.append("END:VCALENDAR\r\n")
    return "".join(out)


def write_ics(path: str, occ: list[Occurrence], **kw) -> None:
    """Write atomically (temporary name, then rename)."""
    atomic_write(path, to_ics(occ, **kw), prefix=".ics-")
