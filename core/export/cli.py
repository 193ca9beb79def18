"""``python main.py export FILE.sqlite --docx OUT.docx --pdf OUT.pdf``"""
from __future__ import annotations

import sys

from ..cli import load_plan_readonly, parser
from ..errors import PlanError
from ..fileio import guard_output, same_file
from ..plancheck import check_plan, summary
from . import export_docx, export_pdf


def main(args: list[str], lang: str) -> int:
    p = parser("export", "Xuất kế hoạch ra Word (.docx) và/hoặc PDF theo Nghị định 30/2020 / "
                         "export a plan to Word (.docx) and/or PDF in the Decree 30/2020 layout")
    p.add_argument("file", help="tệp kế hoạch .sqlite / plan file")
    p.add_argument("--docx", metavar="OUT.docx", help="tệp Word cần ghi / Word file to write")
    p.add_argument("--pdf", metavar="OUT.pdf", help="tệp PDF cần ghi / PDF file to write")
    p.add_argument("--force", action="store_true",
                   help="ghi đè tệp đích đã có dù không phải tệp Word/PDF (không bao giờ ghi đè tệp kế hoạch) / "
                        "overwrite an existing output of another kind (never a plan file)")
    a = p.parse_args(args)
    if not a.docx and not a.pdf:
        raise PlanError("Cần ít nhất một trong --docx OUT.docx hoặc --pdf OUT.pdf.",
                        "Give at least one of --docx OUT.docx or --pdf OUT.pdf.")
    if a.docx and a.pdf and same_file(a.docx, a.pdf):
        raise PlanError("--docx và --pdf phải là hai tệp khác nhau.", "--docx and --pdf must be two different files.")
    for path, kind in ((a.docx, "docx"), (a.pdf, "pdf")):
        if path:
            guard_output(path, kind, sources=[a.file], force=a.force)
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
