"""Next year's plan from this one ("Lập kế hoạch năm sau từ kế hoạch này").

The clerk's usual start: last year's plan, with the year changed, the
number and date cleared, the tasks kept to be revised.  :func:`next_plan`
makes that copy as a *new document*:

* every record gets a new UUID and the file a new identity (it is not a copy
  of the old plan to be merged back: the two plans are different documents);
* the plan's years move on by the length of its period ("2025" → "2026",
  "2023-2025" → "2026-2028") in the period, the title, the appendix titles
  and the deadline cells ("Quý IV năm 2025" → "Quý IV năm 2026", "Trước
  15/01/2026" → "Trước 15/01/2027": the year after the plan moves too);
  years outside the plan ("Nghị định 30/2020") are never touched;
* number, date of issue and an attachment line written by hand are cleared
  (they belonged to the old signature); deadline tracking, recorded event
  dates and corrected readings are dropped (they were about last year);
* what still names the old years — căn cứ paragraphs, section text, targets
  — is not rewritten (a căn cứ names real documents of that year) but listed
  in the report, place by place, for the clerk to check.
"""
from __future__ import annotations

import copy
import re

from .model import Plan, new_id, now_iso
from .text import nfc

_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def plan_years(plan: Plan) -> tuple[int, int] | None:
    from .deadlines import plan_span
    span = plan_span(plan)
    return (span[0].year, span[1].year) if span else None


_DOC_NUMBER_AFTER = re.compile(r"\s*/\s*[A-ZĐa-zđ]")          # "2021/QĐ-UBND", "30/2020/NĐ-CP"
# a full date: "24/5/2021", "ngày 24 tháng 5 năm 2021" (not "tháng 6 năm 2021", a period of the plan)
_DATE_BEFORE = re.compile(r"(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+)$",
                          re.I)


def shift_years(text: str, years: set[int], n: int, dates: bool = True) -> str:
    """*text* with each 4-digit year in *years* moved on by *n* — never one that
    is part of a document's number or symbol ("Nghị định 30/2020/NĐ-CP",
    "Quyết định số 2021/QĐ-UBND", "Công văn 2021/UBND-NC"); with *dates* False
    (a title, which cites documents by their date), never the year of a full
    date ("ngày 24/5/2021", "ngày 24 tháng 5 năm 2021") either."""
    if not text:
        return text

    def sub(m):
        y = int(m.group(1))
        if y not in years:
            return m.group(1)
        if _DOC_NUMBER_AFTER.match(text, m.end()):
            return m.group(1)
        if not dates and _DATE_BEFORE.search(text, 0, m.start()):
            return m.group(1)
        return str(y + n)
    return _YEAR.sub(sub, text)


def _mentions(text: str, years: set[int]) -> bool:
    return any(int(y) in years for y in _YEAR.findall(text or ""))


def _clip(text: str, n: int = 70) -> str:
    t = " ".join(text.split())
    return t if len(t) <= n else t[: n - 1].rstrip() + "…"


def _around(text: str, years: set[int], before: int = 35, after: int = 35) -> str:
    """The words around the first mention of one of *years*, so the clerk sees it."""
    t = " ".join(text.split())
    m = next((m for m in _YEAR.finditer(t) if int(m.group(1)) in years), None)
    if m is None or len(t) <= before + after + 4:
        return _clip(t, before + after + 4)
    a, b = max(0, m.start() - before), min(len(t), m.end() + after)
    a = t.rfind(" ", 0, a) + 1 if a > 0 else 0
    b = t.find(" ", b) if b < len(t) and t.find(" ", b) > 0 else len(t)
    return ("…" if a > 0 else "") + t[a:b] + ("…" if b < len(t) else "")


def next_plan(plan: Plan, years: int | None = None, lang: str = "vi") -> tuple[Plan, list[str]]:
    """A new plan for the period after *plan*'s, and a report of what was
    changed and what the clerk should check.  *plan* is not changed."""
    en = lang == "en"
    span = plan_years(plan)
    if span is None:
        from .errors import PlanError
        raise PlanError("Không biết kế hoạch này cho năm nào (chưa có thời kỳ, năm trong trích yếu hay ngày ban "
                        "hành); hãy ghi thời kỳ kế hoạch ở phần Đầu văn bản trước.",
                        "Cannot tell which year this plan is for (no period, no year in the title, no date of issue); "
                        "fill in the plan period in the header first.")
    y0, y1 = span
    n = years if years else (y1 - y0 + 1)
    plan_yrs = set(range(y0, y1 + 1))
    cell_yrs = set(range(y0, y1 + 2))            # deadlines may name the year after ("Trước 15/01/2026")
    new = copy.deepcopy(plan)
    stamp = now_iso()
    report: list[str] = []

    def fresh(rec) -> str:
        old = rec.id
        rec.id, rec.created, rec.modified = new_id(), stamp, stamp
        return old

    # -- identity
    new.file_id = new_id()
    fresh(new.meta)
    ids: dict[str, str] = {}

    def walk(secs, parent):
        for s in secs:
            old = fresh(s)
            ids[old] = s.id
            s.parent_id = parent
            walk(s.children, s.id)
    walk(new.sections, None)
    for a in new.appendices:
        fresh(a)
        col_ids = {}
        for c in a.columns:
            old = fresh(c)
            col_ids[old] = c.id
        for r in a.rows:
            fresh(r)
            r.cells = {col_ids.get(k, k): v for k, v in r.cells.items()}
            r.status = {}
    for rec in (*new.signers, *new.recipients, *new.agencies):
        fresh(rec)
    dropped = len(new.tracking)
    new.tracking = []
    new.progress = []      # the progress reports belong to the old year's plan
    # so do the texts of its reports; the office's cut-off day (a record of no period) goes on to the new plan
    from .progress import CUTOFF_PART
    new.report_texts = [x for x in new.report_texts if x.period == "" and x.part == CUTOFF_PART]
    for rec in new.report_texts:
        rec.created = rec.modified = stamp

    # -- the header
    m = new.meta
    old_no = f"{m.number}/{m.effective_symbol}" if m.number else ""
    old_date = m.date_text or m.issue_date
    m.number, m.issue_date, m.date_text = "", "", ""
    m.period = shift_years(m.period, plan_yrs, n) if m.period else (
        str(y0 + n) if y0 == y1 else f"{y0 + n}-{y1 + n}")
    old_title = m.title
    m.title = shift_years(m.title, plan_yrs, n, dates=False)
    if en:
        report.append(f"New plan for {m.period} from the plan for {'-'.join(map(str, sorted({y0, y1})))}: "
                      f"years moved on by {n}.")
        if old_no or old_date:
            report.append("Number and date of issue cleared (they are given at signing).")
        if m.title != old_title:
            report.append(f"Title: «{_around(m.title, {y + n for y in plan_yrs})}».")
    else:
        report.append(f"Kế hoạch mới cho năm {m.period} lập từ kế hoạch năm "
                      f"{'-'.join(map(str, sorted({y0, y1})))}: các năm của kế hoạch được lùi thêm {n} năm.")
        if old_no or old_date:
            report.append("Đã xóa số và ngày ban hành (sẽ ghi khi ký).")
        if m.title != old_title:
            report.append(f"Trích yếu: «{_around(m.title, {y + n for y in plan_yrs})}».")

    # -- appendices: titles, deadline cells; attachment lines written by hand
    moved = 0
    for i, a in enumerate(new.appendices):
        a.title = shift_years(a.title, plan_yrs, n, dates=False)
        if a.attachment:
            a.attachment = ""
            report.append(f"{plan.appendix_label(i)}: the “(Attached to …)” line is composed again from the new "
                          f"number and date." if en else
                          f"{plan.appendix_label(i)}: dòng “(Kèm theo …)” được lập lại theo số, ngày mới.")
        dl = a.col("deadline")
        for r in a.rows:
            if dl is not None and r.cells.get(dl.id):
                t = r.cells[dl.id]
                t2 = shift_years(t, cell_yrs, n)
                if t2 != t:
                    r.cells[dl.id] = nfc(t2)
                    moved += 1
    if moved:
        report.append(f"{moved} deadline cells moved on by {n} year(s)." if en else
                      f"Đã lùi năm ở {moved} ô thời hạn.")
    if dropped:
        report.append(f"{dropped} tracking records of the old plan (done dates, event dates) not carried over."
                      if en else f"Không chép {dropped} ghi nhận theo dõi của kế hoạch cũ (ngày hoàn thành, ngày "
                      f"sự kiện).")

    # -- what still names the old years: listed, not rewritten
    checks: list[str] = []
    for p in new.meta.preamble:
        if _mentions(p.text, plan_yrs):
            checks.append((f"Opening paragraph: «{_around(p.text, plan_yrs)}»" if en else
                           f"Đoạn mở đầu: «{_around(p.text, plan_yrs)}»"))
    numbers = new.cited_numbers()
    for s in new.walk():
        where = f"{numbers.get(s.id, '')} {s.title_text}".strip().rstrip(":").strip()
        if _mentions(s.title_text, plan_yrs):
            checks.append((f"Section {_clip(where)}" if en else f"Mục {_clip(where)}"))
        for p in (*s.body, *s.tail):
            if _mentions(p.text, plan_yrs):
                checks.append((f"Section {_clip(where, 40)}: «{_around(p.text, plan_yrs)}»" if en else
                               f"Mục {_clip(where, 40)}: «{_around(p.text, plan_yrs)}»"))
    for i, a in enumerate(new.appendices):
        dl = a.col("deadline")
        tt = Plan.row_numbers(a)
        for k, r in enumerate(a.rows, 1):
            # the row as printed (TT 34), or its place in the table when it has no number
            row = (f"TT {tt[r.id]}" if tt.get(r.id) else f"row {k}") if en else \
                (f"TT {tt[r.id]}" if tt.get(r.id) else f"dòng {k}")
            for c in a.columns:
                if dl is not None and c.id == dl.id:
                    continue
                t = r.cells.get(c.id, "")
                if _mentions(t, plan_yrs):
                    checks.append((f"{plan.appendix_label(i)}, {row}, column “{c.title}”: «{_around(t, plan_yrs)}»"
                                   if en else
                                   f"{plan.appendix_label(i)}, {row}, cột “{c.title}”: «{_around(t, plan_yrs)}»"))
    if checks:
        report.append((f"Still naming {'-'.join(map(str, sorted({y0, y1})))} — check these ({len(checks)}):" if en
                       else f"Còn nhắc năm {'-'.join(map(str, sorted({y0, y1})))} — cần xem lại ({len(checks)} chỗ):"))
        report.extend("  - " + c for c in checks)
    new.import_report = list(report)
    return new, report
