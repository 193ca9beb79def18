"""``main.py progress-forms`` / ``import-progress`` / ``report``: the year after signing (docs/progress.md)."""
from __future__ import annotations

from .common import check_word_pdf_outputs, load_plan_readonly, parser


def _cutoff(a) -> int | None:
    """The cut-off day asked for on the command line (--calendar = 1, --cutoff DAY), None = the plan's own."""
    from .. import progress as pr
    if a.calendar and a.cutoff is not None and pr.valid_cutoff(a.cutoff) != 1:
        from ..errors import PlanError
        raise PlanError("--calendar và --cutoff khác 1 không dùng cùng nhau.",
                        "--calendar and a --cutoff other than 1 cannot be used together.")
    if a.calendar:
        return 1
    return None if a.cutoff is None else pr.valid_cutoff(a.cutoff)


def cmd_progress_forms(args: list[str], lang: str) -> int:
    from datetime import date

    from .. import progress as pr
    from ..progress_forms import write_forms
    p = parser("progress-forms", "Lập phiếu cập nhật tiến độ cho từng cơ quan chủ trì / "
                                 "write one progress form per lead agency")
    p.add_argument("file", help="tệp kế hoạch .sqlite")
    p.add_argument("--to", required=True, metavar="FOLDER", help="thư mục ghi phiếu / folder for the forms")
    p.add_argument("--period", default=None, help="kỳ báo cáo: 2026, 2026-H1, 2026-Q3, 2026-9M (mặc định: 6 tháng hiện tại)")
    p.add_argument("--calendar", action="store_true", help="kỳ theo tháng dương lịch (như --cutoff 1)")
    p.add_argument("--cutoff", metavar="DAY", default=None,
                   help="ngày chốt số liệu cho lần này, 1–28 (mặc định: ngày lưu trong tệp kế hoạch, "
                        "không có thì 15 theo NĐ 09/2019) / cut-off day for this run")
    a = p.parse_args(args)
    code = a.period or f"{date.today().year}-{'H1' if date.today().month <= 6 else 'H2'}"
    cutoff = _cutoff(a)
    per = pr.period(code, cutoff or pr.CUTOFF_DEFAULT)
    plan = load_plan_readonly(a.file)
    res = write_forms(plan, a.to, per.code, cutoff=cutoff)
    for path, agency, n in res.files:
        print(f"{path}: {agency} — {n} {'task(s)' if lang == 'en' else 'nhiệm vụ'}")
    print((f"Wrote {len(res.files)} forms for {per.code}." if lang == "en"
           else f"Đã lập {len(res.files)} phiếu cho kỳ {per.code}."))
    return 0


def cmd_import_progress(args: list[str], lang: str) -> int:
    from ..fileio import refuse_if_open
    from ..progress_forms import FIELD_VI, apply, plan_import, report_lines
    from ..store.planfile import PlanStore
    p = parser("import-progress", "Nhập phiếu tiến độ đã điền vào kế hoạch / import filled progress forms")
    p.add_argument("forms", nargs="+", metavar="FORM.xlsx")
    p.add_argument("--into", required=True, metavar="PLAN.sqlite")
    p.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi / preview only")
    a = p.parse_args(args)
    if not a.dry_run:
        refuse_if_open(a.into)    # a form written under an open window would vanish from its view, then the file
    store = PlanStore.open(a.into)
    try:
        plan = store.load()
        ip = plan_import(plan, a.forms)
        for line in report_lines(ip, lang):
            print(line)
        for form, task, k, old, new in ip.changes:
            print(f"  {form}, {task}, {FIELD_VI[k]}: “{old}” → “{new}”")
        if a.dry_run:
            print("Preview only: nothing written." if lang == "en" else "Chỉ xem trước: chưa ghi gì.")
            return 0
        ch = apply(plan, ip)
        if ch is not None:
            store.sync(plan, ch.ids)
    finally:
        store.close()
    n = len(ip.updates)
    print((f"Imported: {n} task(s) updated in {a.into} (one undo step)." if lang == "en"
           else f"Đã nhập: cập nhật {n} nhiệm vụ vào {a.into} (một bước hoàn tác)."))
    return 0


def cmd_report(args: list[str], lang: str) -> int:
    import sys

    from .. import progress as pr
    from ..export.report import export_report
    p = parser("report", "Lập báo cáo kết quả thực hiện kế hoạch / write the report on a plan's progress")
    p.add_argument("file", help="tệp kế hoạch .sqlite")
    p.add_argument("--period", required=True, help="kỳ báo cáo: 2026, 2026-H1, 2026-Q3, 2026-9M")
    p.add_argument("--docx", metavar="OUT.docx")
    p.add_argument("--pdf", metavar="OUT.pdf")
    p.add_argument("--calendar", action="store_true", help="kỳ theo tháng dương lịch (như --cutoff 1)")
    p.add_argument("--cutoff", metavar="DAY", default=None,
                   help="ngày chốt số liệu cho lần này, 1–28 (mặc định: ngày lưu trong tệp kế hoạch, "
                        "không có thì 15 theo NĐ 09/2019) / cut-off day for this run")
    p.add_argument("--force", action="store_true")
    a = p.parse_args(args)
    cutoff = _cutoff(a)
    per = pr.period(a.period, cutoff or pr.CUTOFF_DEFAULT)
    check_word_pdf_outputs(a)
    plan = load_plan_readonly(a.file)
    rep = export_report(plan, per.code, a.docx, a.pdf, cutoff=cutoff)
    c = pr.counts(pr.tasks(plan, per.code, cutoff))
    print(pr.statistics_sentence(c, lang))
    for path in (a.docx, a.pdf):
        if path:
            print(("Wrote " if lang == "en" else "Đã ghi ") + path)
    del rep
    sys.stdout.flush()
    return 0
