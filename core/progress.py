"""Progress of a plan's tasks, period by period (issue 14) — pure Python, no Qt.

A *period* is a reporting period named by a code: ``2026`` (the year), ``2026-H1`` / ``2026-H2`` (six
months), ``2026-Q1`` … ``2026-Q4`` (quarters), ``2026-9M`` (nine months). Its dates follow the uniform
cut-offs of Nghị định 09/2019/NĐ-CP, Điều 12 by default: from the 15th of the month before the period to
the 14th of its last month (the first half of 2026 runs 15/12/2025 → 14/6/2026). ``cutoff=1`` gives calendar
periods instead (1/1 → 30/6) for an office whose reporting regime says so.

What an agency reports for a task in a period is a :class:`core.model.Progress` record (one per task and
period, its id derived from both: :func:`progress_id`). The *status* shown in forms and reports is computed
from the task's due date and the done date wherever they tell (:func:`status_of`); the agency's own word is
used only where the dates cannot tell; a clerk's override (with its reason) wins over both.

Statuses use the official words (Báo cáo 1270/BC-TCTTTg; task-tracking software):

=================  ==============================
done_on_time       Hoàn thành đúng hạn
done_late          Hoàn thành quá hạn
doing_on_time      Đang thực hiện trong hạn
doing_late         Đang thực hiện quá hạn
not_started        Chưa thực hiện
ongoing            Đang thực hiện  (a "Thường xuyên" task)
ongoing_done       Đã thực hiện trong kỳ  (a "Thường xuyên" task)
=================  ==============================
"""
from __future__ import annotations

import difflib
import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from .errors import PlanError
from .model import Plan, Progress
from .text import clean, nfc

STATUSES = ("done_on_time", "done_late", "doing_on_time", "doing_late", "not_started", "ongoing", "ongoing_done")
STATUS_VI = {
    "done_on_time": "Hoàn thành đúng hạn",
    "done_late": "Hoàn thành quá hạn",
    "doing_on_time": "Đang thực hiện trong hạn",
    "doing_late": "Đang thực hiện quá hạn",
    "not_started": "Chưa thực hiện",
    "ongoing": "Đang thực hiện",
    "ongoing_done": "Đã thực hiện trong kỳ",
}
STATUS_EN = {
    "done_on_time": "Done on time",
    "done_late": "Done late",
    "doing_on_time": "In progress, on time",
    "doing_late": "In progress, overdue",
    "not_started": "Not started",
    "ongoing": "Ongoing",
    "ongoing_done": "Carried out in the period",
}
DONE = ("done_on_time", "done_late")
DOING = ("doing_on_time", "doing_late")
ONGOING = ("ongoing", "ongoing_done")

_NS = uuid.UUID("6b1e2f0c-3d1a-4f5e-9c7b-14a0b2c3d4e5")


def status_label(code: str, lang: str = "vi") -> str:
    return (STATUS_EN if lang == "en" else STATUS_VI).get(code, code)


def progress_id(row_id: str, period: str) -> str:
    """The id of the progress record of a task in a period: the same in every copy of the plan, so two
    offices that record the same task's progress meet in one record when merged (a listed conflict)."""
    return str(uuid.uuid5(_NS, f"{row_id}|{period}"))


# ----------------------------------------------------------------- periods --
_PERIOD = re.compile(r"^(\d{4})(?:-(H1|H2|Q[1-4]|9M))?$")
_MONTHS = {None: (1, 12), "H1": (1, 6), "H2": (7, 12), "Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12),
           "9M": (1, 9)}
_ROMAN = {"Q1": "I", "Q2": "II", "Q3": "III", "Q4": "IV"}
CUTOFF_DEFAULT = 15      # Nghị định 09/2019, Điều 12: data from the 15th of the month before to the 14th


@dataclass(frozen=True)
class Period:
    code: str
    year: int
    part: str | None
    start: date
    end: date

    def words(self, lang: str = "vi") -> str:
        """"6 tháng đầu năm 2026", "quý III năm 2026", "9 tháng đầu năm 2026", "năm 2026"."""
        y, p = self.year, self.part
        if lang == "en":
            return {None: f"the year {y}", "H1": f"the first half of {y}", "H2": f"the second half of {y}",
                    "9M": f"the first nine months of {y}"}.get(p, f"quarter {_ROMAN.get(p, '')} of {y}")
        return {None: f"năm {y}", "H1": f"6 tháng đầu năm {y}", "H2": f"6 tháng cuối năm {y}",
                "9M": f"9 tháng đầu năm {y}"}.get(p, f"quý {_ROMAN.get(p, '')} năm {y}")

    def report_kind(self) -> str:
        """The words in brackets after the report's subject line."""
        if self.part is None:
            return f"tổng kết năm {self.year}"
        if self.part in ("H1", "9M"):
            return "sơ kết " + self.words()
        return "báo cáo " + self.words()

    def next(self, cutoff: int = CUTOFF_DEFAULT) -> "Period":
        y, p = self.year, self.part
        nxt = {None: f"{y + 1}", "H1": f"{y}-H2", "H2": f"{y + 1}-H1", "9M": f"{y}-Q4", "Q4": f"{y + 1}-Q1"}
        code = nxt.get(p) or f"{y}-Q{int(p[1]) + 1}"
        return period(code, cutoff)


CUTOFF_PART = "cutoff"   # the plan's own cut-off day: a report_text record of no period (see plan_cutoff)


def valid_cutoff(day) -> int:
    """*day* as a cut-off day of the month (1 = calendar months, 2–28 = from that day of the month before the
    period to the day before it in its last month), or a PlanError naming it."""
    try:
        d = int(str(day).strip())
    except (TypeError, ValueError):
        d = 0
    if not 1 <= d <= 28:
        raise PlanError(f"Ngày chốt số liệu không hợp lệ: “{day}” (từ 1 đến 28; 15 theo Nghị định 09/2019, "
                        "1 là theo tháng dương lịch).",
                        f"Invalid cut-off day: “{day}” (1 to 28; 15 per Decree 09/2019, 1 for calendar months).")
    return d


def plan_cutoff(plan: Plan) -> int:
    """The cut-off day stored in the plan file (edits.set_report_cutoff), else the 15th of Nghị định 09/2019.
    Kept as a report_text record of no period, part "cutoff": the report table exists in format 2, so no
    migration; a program that does not know it keeps the record as it is and merges it like the texts."""
    rec = next((x for x in plan.report_texts if x.period == "" and x.part == CUTOFF_PART), None)
    if rec is None:
        return CUTOFF_DEFAULT
    try:
        return valid_cutoff(rec.body)
    except PlanError:
        return CUTOFF_DEFAULT


def period(code: str, cutoff: int = CUTOFF_DEFAULT) -> Period:
    """The period named by *code*; ``cutoff`` 15 = Nghị định 09/2019 (15th → 14th), 1 = calendar months, another
    day d (2–28): from the d-th of the month before the period to the (d−1)-th of its last month."""
    m = _PERIOD.match(clean(code or "").upper())
    if not m or not 1900 <= int(m.group(1)) <= 2200:
        raise PlanError(f"Kỳ báo cáo không hợp lệ: “{code}”. Ví dụ: 2026 (cả năm), 2026-H1, 2026-H2, 2026-Q3, 2026-9M.",
                        f"Invalid reporting period: “{code}”. Examples: 2026 (year), 2026-H1, 2026-H2, 2026-Q3, 2026-9M.")
    cutoff = valid_cutoff(cutoff)
    y, part = int(m.group(1)), m.group(2)
    a, b = _MONTHS[part]
    if cutoff > 1:
        start = date(y - 1, 12, cutoff) if a == 1 else date(y, a - 1, cutoff)
        end = date(y, b, cutoff - 1)
    else:
        start = date(y, a, 1)
        end = (date(y + 1, 1, 1) if b == 12 else date(y, b + 1, 1)) - timedelta(days=1)
    return Period(m.group(0), y, part, start, end)


# ------------------------------------------------------------------- dates --
_DMY = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$")


def read_date(value) -> tuple[str, str | None]:
    """A done date as given in a form — a date cell, or text "15/3/2026" / "2026-03-15" — as an ISO date;
    ``('', reason)`` when the text is not a date (refused visibly, never guessed)."""
    if value is None or value == "":
        return "", None
    if hasattr(value, "year") and hasattr(value, "month"):
        return date(value.year, value.month, value.day).isoformat(), None
    text = clean(str(value))
    m = _DMY.match(text)
    try:
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat(), None
        m = _ISO.match(text)
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat(), None
    except ValueError:          # 31/2/2026: the shape of a date, not a date
        return "", text
    return "", text


# ---------------------------------------------------------------- statuses --
def fold(s: str) -> str:
    s = unicodedata.normalize("NFD", nfc(s or "").replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", s).split())


_FOLDED = {fold(v): k for k, v in STATUS_VI.items()} | {fold(v): k for k, v in STATUS_EN.items()}


def read_status(text: str) -> tuple[str, str | None]:
    """The status code a form cell means, and a note when it was read loosely ("hoan thanh" → done).

    ``('', None)`` for an empty cell; ``('', note)`` when the words match no status (kept out, said so)."""
    t = fold(text)
    if not t:
        return "", None
    if t in _FOLDED:
        code = _FOLDED[t]
        return code, (None if nfc(clean(text)) in (STATUS_VI[code], STATUS_EN.get(code)) else
                      f"trạng thái “{clean(text)}” được đọc là “{STATUS_VI[code]}”")
    close = difflib.get_close_matches(t, list(_FOLDED), n=1, cutoff=0.85)
    code = _FOLDED[close[0]] if close else None
    if code is None:
        if "da thuc hien" in t or "thuong xuyen" in t:
            code = "ongoing_done"
        elif "hoan thanh" in t or t in ("xong", "da xong", "done"):
            code = "done_on_time" if ("dung han" in t or "qua han" not in t) else "done_late"
            if "chua" in t:
                code = "doing_on_time" if "qua han" not in t else "doing_late"
        elif "dang" in t:
            code = "doing_late" if "qua han" in t else "doing_on_time"
        elif "chua" in t:
            code = "not_started"
    if code is None:
        return "", f"trạng thái “{clean(text)}” không khớp trạng thái nào: bỏ qua, cần nhập lại"
    return code, f"trạng thái “{clean(text)}” được đọc là “{STATUS_VI[code]}”"


# ------------------------------------------------------------------- tasks --
@dataclass
class TaskProgress:
    """One task of the plan as the report and the forms show it for a period."""
    row_id: str
    appendix: int
    appendix_label: str
    group: str               # the group row above it ("I. CHỈ SỐ …"), '' when none
    number: str              # TT as printed
    task: str
    lead: list[str]
    lead_text: str
    deadline: str            # the deadline cell as written
    kind: str                # 'dated' | 'ongoing' | 'none'
    due: date | None
    status: str
    computed: str            # the status from the dates alone (before the clerk's override)
    record: Progress | None = None
    done_date: str = ""
    notes: list[str] = field(default_factory=list)
    support: str = ""        # the supporting agencies (cơ quan phối hợp) cell as written

    @property
    def result(self) -> str:
        return self.record.result if self.record else ""

    @property
    def difficulties(self) -> str:
        return self.record.difficulties if self.record else ""


def _rec_index(plan: Plan, code: str) -> dict[str, Progress]:
    return {p.row_id: p for p in plan.progress if p.period == code}


def status_of(kind: str, due: date | None, rec: Progress | None, tracked_done: str, per: Period) -> tuple[str, str, str]:
    """(status, computed status, done date used) of one task at the end of period *per*."""
    done = (rec.done_date if rec and rec.done_date else "") or tracked_done
    done_d = date.fromisoformat(done) if done else None
    if done_d is not None and done_d > per.end:
        done_d = None                          # finished after the cut-off: not yet done at the cut-off
    reported = rec.status if rec else ""
    said = bool(rec and (rec.result or rec.difficulties))
    if kind == "ongoing":
        computed = "ongoing_done" if (done_d or (rec and rec.result) or reported in DONE + ("ongoing_done",)) \
            else "ongoing"
    elif done_d is not None:
        computed = "done_on_time" if due is None or done_d <= due else "done_late"
    elif reported in DONE or reported == "ongoing_done":
        # done, says the agency, without a date: late when the due date has passed at the cut-off
        computed = "done_late" if reported == "done_late" else "done_on_time"
    elif reported in DOING + ("ongoing",) or (said and reported != "not_started"):
        computed = "doing_late" if due is not None and due < per.end else "doing_on_time"
    else:
        computed = "not_started"
    status = rec.override if rec and rec.override in STATUSES else computed
    return status, computed, done_d.isoformat() if done_d else ""


def _due(plan: Plan, app, row, per: Period, ref, cache) -> tuple[str, date | None, str]:
    from .deadlines.occurrences import row_phrase
    from .deadlines.parse import parse
    phrase = row_phrase(app, row)
    dl = cache.get(phrase)
    if dl is None:
        dl = cache[phrase] = parse(phrase)
    if dl.kind == "ongoing":
        return "ongoing", None, phrase
    lo = date(min(per.start.year, ref[0].year if ref else per.start.year) - 1, 1, 1)
    hi = date(max(per.end.year, ref[1].year if ref else per.end.year) + 1, 12, 31)
    try:
        dues = dl.due_in(lo, hi, ref)
    except Exception:      # noqa: BLE001 — an event date not recorded, an unreadable phrase: no due date
        dues = []
    if not dues:
        return "none", None, phrase
    inside = [d for d in dues if per.start <= d <= per.end]
    if dl.kind == "recurring" and len(inside) >= 2:
        return "ongoing", None, phrase        # due several times in the period (monthly …): reported as ongoing
    if dl.kind == "recurring":
        # "Hàng năm", "Quý IV hàng năm": the occurrence of the period's own year (the cut-off puts 31/12 of
        # the year before inside a report from 15/12, but that deadline belongs to last year's report)
        same = [d for d in dues if d.year == per.year]
        if same:
            return "dated", next((d for d in same if d >= per.start), same[-1]), phrase
    if inside:
        return "dated", inside[0], phrase
    before = [d for d in dues if d <= per.end]
    return "dated", (before[-1] if before else dues[0]), phrase


def tasks(plan: Plan, code: str, cutoff: int | None = None) -> list[TaskProgress]:
    """Every task of the plan (group rows and continuation rows left out) with its status in period *code*
    (*cutoff*: the day data are cut off; None = the plan's own, :func:`plan_cutoff`)."""
    from .deadlines.occurrences import _agencies, _task_text, plan_span
    per = period(code, plan_cutoff(plan) if cutoff is None else cutoff)
    recs = _rec_index(plan, per.code)
    ref = plan_span(plan)
    marks = {(t.row_id, t.occurrence): t.done_date for t in plan.tracking if t.done_date}
    cache: dict = {}
    out: list[TaskProgress] = []
    for ai, app in enumerate(plan.appendices):
        label = plan.appendix_label(ai)
        nums = Plan.row_numbers(app)
        group = ""
        for row in app.rows:
            if row.kind == "group":
                if row.level == 0:
                    group = (nums.get(row.id, "") + " " + clean(next((v for v in row.cells.values() if clean(v)
                                                                       and clean(v) != nums.get(row.id)), ""))).strip()
                continue
            if row.continues:
                continue
            text = _task_text(app, row)
            if not text:
                continue
            kind, due, phrase = _due(plan, app, row, per, ref, cache)
            rec = recs.get(row.id)
            tracked = marks.get((row.id, due.isoformat()), "") if due else ""
            status, computed, done = status_of(kind, due, rec, tracked, per)
            lead = _agencies(app, row, "lead", row.lead)
            out.append(TaskProgress(row.id, ai, label, group, nums.get(row.id, ""), text, lead,
                                    clean(app.cell(row, "lead")), app.cell(row, "deadline"), kind, due, status,
                                    computed, rec, done, support=app.cell(row, "support").strip()))
    return out


def due_next(items: list[TaskProgress], per: Period, nxt: Period) -> list[TaskProgress]:
    """The tasks not yet done that fall due after period *per* and by the end of the next period *nxt* —
    its calendar end, so a deadline of 31/12 (past the 14/12 cut-off) still counts in the second half's
    next steps (the items of *nxt*, from :func:`tasks`)."""
    last = max(nxt.end, period(nxt.code, cutoff=1).end)
    return [t for t in items if t.kind == "dated" and t.due and per.end < t.due <= last and t.status not in DONE]


# -------------------------------------------------------------- statistics --
@dataclass
class Counts:
    total: int = 0
    by_status: dict = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))

    @property
    def done(self) -> int:
        return self.by_status["done_on_time"] + self.by_status["done_late"]

    @property
    def doing(self) -> int:
        return self.by_status["doing_on_time"] + self.by_status["doing_late"]

    @property
    def ongoing(self) -> int:
        return self.by_status["ongoing"] + self.by_status["ongoing_done"]

    def pct(self, n: int) -> str:
        """A percentage as printed in Vietnamese: "61,2%"."""
        if not self.total:
            return "0%"
        return f"{100.0 * n / self.total:.1f}".replace(".", ",") + "%"


def counts(items: list[TaskProgress]) -> Counts:
    c = Counts(total=len(items))
    for t in items:
        c.by_status[t.status] += 1
    return c


def statistics_sentence(c: Counts, lang: str = "vi") -> str:
    """"Tổng số 98 nhiệm vụ; đã hoàn thành 60 (đúng hạn 52, quá hạn 8); đang thực hiện 30 (trong hạn 25,
    quá hạn 5); chưa thực hiện 8" — and the ongoing tasks when the plan has any."""
    s = c.by_status
    if lang == "en":
        out = (f"{c.total} tasks in all; completed {c.done} (on time {s['done_on_time']}, late {s['done_late']}); "
               f"in progress {c.doing} (on time {s['doing_on_time']}, overdue {s['doing_late']}); "
               f"not started {s['not_started']}")
        if c.ongoing:
            out += (f"; ongoing tasks {c.ongoing} (carried out in the period {s['ongoing_done']}, "
                    f"in progress {s['ongoing']})")
        return out + "."
    out = (f"Tổng số {c.total} nhiệm vụ; đã hoàn thành {c.done} (đúng hạn {s['done_on_time']}, quá hạn "
           f"{s['done_late']}); đang thực hiện {c.doing} (trong hạn {s['doing_on_time']}, quá hạn {s['doing_late']}); "
           f"chưa thực hiện {s['not_started']}")
    if c.ongoing:
        out += f"; nhiệm vụ thường xuyên {c.ongoing} (đã thực hiện trong kỳ {s['ongoing_done']}, đang thực hiện {s['ongoing']})"
    return out + "."


# ------------------------------------------------------------- fingerprint --
def plan_fingerprint(plan: Plan) -> str:
    """What identifies the plan a form was made from: the file id (the same in every copy of the plan)."""
    return plan.file_id
