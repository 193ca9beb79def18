"""Progress tracking and the progress report: one task's progress, imported progress forms, the
report's own text and cut-off day.
"""
from __future__ import annotations

from .. import operations as ops
from ..errors import PlanError
from ..model import Plan
from ..text import nfc
from ..undo import Changes, ListScope
from .labels import L_IMPORT_PROGRESS, L_PROGRESS, L_REPORT_CUTOFF, L_REPORT_TEXT
from .step import _edit

PROGRESS_TEXT = ("status", "result", "difficulties", "done_date", "reporter", "reported_at", "source", "override",
                 "reason")


def _apply_progress(p: Plan, updates: list[dict]) -> set[str]:
    """Create or update progress records: each {'row_id', 'period', field: value …} (core.progress)."""
    from datetime import date

    from ..model import Progress, now_iso
    from ..progress import STATUSES, period, progress_id
    by_id = {x.id: x for x in p.progress}
    ids: set[str] = set()
    for u in updates:
        code = period(u["period"]).code
        fields = {k: nfc(v) if isinstance(v, str) else v for k, v in u.items() if k in PROGRESS_TEXT}
        for k, v in fields.items():
            if not isinstance(v, str):
                raise ops.OperationError(f"Giá trị “{k}” của tiến độ phải là chữ.", f"Progress field {k!r} must be text.")
        for k in ("status", "override"):
            if fields.get(k) and fields[k] not in STATUSES:
                raise ops.OperationError(f"Trạng thái không hợp lệ: “{fields[k]}”.", f"Invalid status: {fields[k]!r}.")
        if fields.get("done_date"):
            try:
                date.fromisoformat(fields["done_date"])
            except ValueError:
                raise ops.OperationError(f"Ngày hoàn thành không hợp lệ: “{fields['done_date']}”.",
                                         f"Invalid done date: {fields['done_date']!r}.") from None
        rid = progress_id(u["row_id"], code)
        rec = by_id.get(rid)
        if rec is None:
            rec = Progress(id=rid, row_id=u["row_id"], period=code)
            rec.pos = float(len(p.progress) + 1)
            p.progress.append(rec)
            by_id[rid] = rec
        if fields.get("override") and not clean_reason(fields.get("reason", rec.reason)):
            raise ops.OperationError("Đặt trạng thái thay cho trạng thái tính từ ngày tháng cần ghi lý do.",
                                     "Overriding the computed status needs a reason.")
        changed = False
        for k, v in fields.items():
            if getattr(rec, k) != v:
                setattr(rec, k, v)
                changed = True
        if changed:
            rec.modified = now_iso()
            ids.add(rid)
    return ids


def clean_reason(text: str | None) -> str:
    return " ".join((text or "").split())


def set_progress(plan: Plan, row_id: str, period: str, **fields) -> Changes:
    """What is known of one task in one period (typed by the clerk, or the clerk's override with its reason),
    as one step."""
    return _edit(plan, L_PROGRESS, [ListScope("progress")],
                 lambda p: _apply_progress(p, [{"row_id": row_id, "period": period, **fields}]),
                 merge_key=("progress", row_id, period, tuple(sorted(fields))))


def import_progress(plan: Plan, updates: list[dict], label=L_IMPORT_PROGRESS) -> Changes:
    """Everything read from progress forms (core.progress_forms) as ONE undoable step."""
    return _edit(plan, label, [ListScope("progress")], lambda p: _apply_progress(p, updates))


REPORT_PARTS = ("I", "III", "IV", "V")


def set_report_text(plan: Plan, period: str, part: str, text: str) -> Changes:
    """What the clerk writes in part I, III, IV or V of the period's report, as one step (kept when the
    report's figures are generated again)."""
    import uuid

    from ..model import ReportText, now_iso
    from ..progress import period as period_of
    if part not in REPORT_PARTS:
        raise ops.OperationError(f"Phần báo cáo không hợp lệ: “{part}”.", f"Invalid report part: {part!r}.")
    code = period_of(period).code
    rid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"kehoach-report:{code}:{part}"))
    body = "\n".join(line.rstrip() for line in nfc(text).strip().splitlines())

    def act(p):
        rec = next((x for x in p.report_texts if x.id == rid), None)
        if rec is None:
            rec = ReportText(id=rid, period=code, part=part)
            p.report_texts.append(rec)
        if rec.body == body:
            return set()
        rec.body = body
        rec.modified = now_iso()
        return {rid}
    return _edit(plan, L_REPORT_TEXT, [ListScope("report_texts")], act, merge_key=("report_text", code, part))


def set_report_cutoff(plan: Plan, day) -> Changes:
    """The day of the month the plan's reports cut their data off (core.progress.plan_cutoff: 15 per Nghị định
    09/2019, 1 for calendar months, 2–28), stored in the plan file as one step; an invalid day is refused."""
    import uuid

    from ..model import ReportText, now_iso
    from ..progress import CUTOFF_PART, valid_cutoff
    try:
        d = valid_cutoff(day)
    except PlanError as e:
        raise ops.OperationError(e.vi, e.en) from None
    rid = str(uuid.uuid5(uuid.NAMESPACE_URL, "kehoach-report::" + CUTOFF_PART))

    def act(p):
        rec = next((x for x in p.report_texts if x.id == rid), None)
        if rec is None:
            rec = ReportText(id=rid, period="", part=CUTOFF_PART)
            p.report_texts.append(rec)
        if rec.body == str(d):
            return set()
        rec.body = str(d)
        rec.modified = now_iso()
        return {rid}
    return _edit(plan, L_REPORT_CUTOFF, [ListScope("report_texts")], act, merge_key=("report_cutoff",))
