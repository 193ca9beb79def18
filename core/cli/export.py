"""``main.py export FILE.sqlite --docx OUT.docx --pdf OUT.pdf`` and ``main.py export-xlsx FILE.sqlite OUT.xlsx``.

The file is read here (the store's read-only loader); the exporters get the Plan and a path.
"""
from __future__ import annotations

import os
import sys

from ..errors import PlanError
from .common import check_word_pdf_outputs, load_plan_readonly, parser


def cmd_export(args: list[str], lang: str) -> int:
    from ..export import export_docx, export_pdf
    from ..plancheck import check_plan, summary
    p = parser("export", "Xuất kế hoạch ra Word (.docx) và/hoặc PDF theo Nghị định 30/2020 / "
                         "export a plan to Word (.docx) and/or PDF in the Decree 30/2020 layout")
    p.add_argument("file", help="tệp kế hoạch .sqlite / plan file")
    p.add_argument("--docx", metavar="OUT.docx", help="tệp Word cần ghi / Word file to write")
    p.add_argument("--pdf", metavar="OUT.pdf", help="tệp PDF cần ghi / PDF file to write")
    p.add_argument("--force", action="store_true",
                   help="ghi đè tệp đích đã có dù không phải tệp Word/PDF (không bao giờ ghi đè tệp kế hoạch) / "
                        "overwrite an existing output of another kind (never a plan file)")
    a = p.parse_args(args)
    check_word_pdf_outputs(a)
    plan = load_plan_readonly(a.file)
    holes = check_plan(plan)
    for h in holes:
        print(("Lưu ý: " if lang != "en" else "Note: ") + h.message(lang), file=sys.stderr)
    if holes:
        # a draft may have holes: the export goes on, and says how many remain
        print(summary(holes, lang), file=sys.stderr)
    for path, fn in ((a.docx, export_docx), (a.pdf, export_pdf)):
        if path:
            fn(plan, path)
            print(("Wrote " if lang == "en" else "Đã ghi ") + path)
    return 0


def cmd_export_xlsx(args: list[str], lang: str) -> int:
    from ..export.xlsx import export_xlsx
    from ..fileio import guard_output
    p = parser("export-xlsx", "Xuất các phụ lục ra Excel (.xlsx) sẵn sàng in / export the appendices to Excel")
    p.add_argument("file")
    p.add_argument("out")
    p.add_argument("--force", action="store_true", help="ghi đè tệp đích đã có / overwrite OUT")
    a = p.parse_args(args)
    if os.path.exists(a.out) and not a.force:
        raise PlanError(f"Tệp “{a.out}” đã có; không ghi đè (thêm --force nếu muốn thay thế).",
                        f"“{a.out}” already exists; not overwritten (add --force to replace it).")
    guard_output(a.out, "xlsx", sources=[a.file], force=True)   # never over the plan itself, nor another plan
    plan = load_plan_readonly(a.file)
    if not plan.appendices:
        raise PlanError("Kế hoạch không có phụ lục nào để xuất ra Excel.", "The plan has no appendix to export.")
    export_xlsx(plan, a.out)
    print((f"Wrote {a.out} ({len(plan.appendices)} sheets)." if lang == "en"
           else f"Đã ghi {a.out} ({len(plan.appendices)} trang tính)."))
    return 0
