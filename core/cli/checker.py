"""``python main.py check-docx FILE.docx [--json] [--fix OUT.docx]`` — kiểm tra thể thức một văn bản Word.

Exit code 0: no format error (warnings may remain); 1: format errors found;
2: the file cannot be read or an argument is wrong (one clear line).
"""
from __future__ import annotations

import os
import sys

from ..errors import PlanError
from .common import out_json, parser


def format_report(report, lang: str = "vi") -> str:
    en = lang == "en"
    lines = []
    kind = report.doc_type or ("document" if en else "văn bản")
    ne, nw = len(report.errors), len(report.warnings)
    if en:
        lines.append(f"{report.name} ({kind}): {ne} format error{'s' if ne != 1 else ''}, "
                     f"{nw} point{'s' if nw != 1 else ''} to look at.")
    else:
        lines.append(f"{report.name} ({kind}): {ne} lỗi thể thức, {nw} điểm cần xem.")
    for f in report.findings:
        tag = ("Error" if f.severity == "error" else "Check") if en else ("Lỗi" if f.severity == "error" else "Xem")
        lines.append(f"[{tag}] {f.place(lang)}")
        lines.append(f"    {f.message(lang)}")
        fix = (" · can be fixed in a corrected copy" if en else " · sửa được trong bản sửa") if f.fixable else ""
        lines.append(f"    {'Rule' if en else 'Căn cứ'}: {f.reference(lang)}{fix}")
    if not report.findings:
        lines.append("No finding: the layout follows Decree 30/2020." if en else
                     "Không phát hiện sai sót: thể thức đúng Nghị định 30/2020.")
    return "\n".join(lines)


def cmd_check_docx(args: list[str], lang: str) -> int:
    from ..checker import check_docx
    p = parser("check-docx", "Kiểm tra thể thức văn bản Word theo Nghị định 30/2020 / "
                             "check a Word document's layout against Decree 30/2020")
    p.add_argument("file", help="tệp Word .docx cần kiểm tra / Word file to check")
    p.add_argument("--json", action="store_true", help="kết quả dạng JSON / print the findings as JSON")
    p.add_argument("--fix", metavar="OUT.docx",
                   help="ghi bản đã sửa các lỗi sửa được vào tệp khác (không bao giờ ghi đè tệp gốc) / "
                        "write a copy with the fixable findings corrected (never over the original)")
    p.add_argument("--force", action="store_true",
                   help="cho phép ghi --fix lên tệp đã có dù không phải tệp Word / allow --fix over an existing "
                        "file of another kind")
    a = p.parse_args(args)
    if not os.path.isfile(a.file):
        name = os.path.basename(a.file) or a.file
        raise PlanError(f"Không tìm thấy tệp “{name}”.", f"File “{name}” not found.")
    report = check_docx(a.file)
    fixed = left = None
    if a.fix:
        from ..checker.fix import write_corrected
        fixed, left = write_corrected(a.file, a.fix, force=a.force)
    if a.json:
        d = report.to_dict(lang)
        if a.fix:
            d["corrected_copy"] = {"file": a.fix, "fixed": len(fixed), "remaining": [f.to_dict(lang) for f in left]}
        out_json(d)
    else:
        sys.stdout.reconfigure(encoding="utf-8")
        print(format_report(report, lang))
        if a.fix:
            nl = sum(1 for f in left if f.severity == "error")
            print(f"Wrote the corrected copy {a.fix}: {len(fixed)} findings fixed, {nl} format errors remain "
                  "(they need the clerk: text, missing parts)." if lang == "en" else
                  f"Đã ghi bản sửa {a.fix}: đã sửa {len(fixed)} điểm, còn {nl} lỗi thể thức cần người soạn sửa "
                  "(chữ, phần còn thiếu).")
    return 1 if report.errors else 0
