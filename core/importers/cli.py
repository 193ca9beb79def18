"""``python main.py import IN.docx OUT.sqlite`` and the import entry points.

* :func:`import_docx` — a Word file (.docx, or .doc through LibreOffice) to
  a :class:`Plan` (nothing written): the GUI previews it before saving.
* :func:`save_imported` — write an imported plan to a new plan file (temp
  name then rename, never over an existing file unless asked).
* ``import`` command: Word → new plan file, the import report printed;
  ``--xlsx TABLE.xlsx --into PLAN.sqlite [--appendix N] [--map "Header=key"]``
  adds rows from Excel to an appendix of an existing plan.
* ``export-xlsx PLAN.sqlite OUT.xlsx``: every appendix to an Excel workbook.
"""
from __future__ import annotations

import logging
import os

from ..errors import PlanError
from ..fileio import guard_output
from ..model import Plan
from ..text import Note, report_text
from .docx import import_docx as _import_docx

log = logging.getLogger(__name__)


def import_docx(path: str) -> Plan:
    """Read a Word plan; add the standard agency list like a new plan."""
    plan = _import_docx(path)
    if not plan.agencies:
        try:
            from ..templates import era_of, starter_agencies
            plan.agencies = starter_agencies(era_of(plan.meta.period or plan.meta.issue_date))
        except Exception:   # the agency list is a convenience, never a reason to fail
            log.exception("starter agency list not added to the imported plan")
    if not (plan.meta.agency or "").strip():
        # the left header cell was empty: the opening paragraph often names the agency — suggested,
        # never filled in (the plan check offers it again before export)
        from ..plancheck import suggest_agency
        sug = suggest_agency(plan)
        shown = sug[0].replace(chr(10), ' / ') if sug else ""
        plan.import_report.append(Note(
            "Không có tên cơ quan ban hành ở ô trái đầu trang (Nghị định 30/2020 bắt buộc)."
            + (f" Đoạn mở đầu gợi ý: “{shown}” — kiểm tra rồi ghi vào phần đầu văn bản."
               if sug else " Hãy ghi vào phần đầu văn bản."),
            "No issuing agency in the top-left header cell (Decree 30/2020 requires it)."
            + (f" The opening paragraph suggests “{shown}” — check it, then write it in the header."
               if sug else " Write it in the header.")))
    return plan


def save_imported(plan: Plan, out: str, force: bool = False) -> None:
    from ..store.planfile import save_plan
    save_plan(plan, out, overwrite=force)


def _summary(plan: Plan, lang: str) -> str:
    n_secs = sum(1 for _ in plan.walk())
    n_paras = len(plan.meta.preamble) + sum(len(s.body) + len(s.tail) for s in plan.walk())
    n_rows = sum(len(a.rows) for a in plan.appendices)
    if lang == "en":
        return (f"{n_secs} sections, {n_paras} paragraphs, {len(plan.appendices)} appendices, {n_rows} table rows, "
                f"{len(plan.signers)} signer(s), {len(plan.recipients)} recipients")
    return (f"{n_secs} mục, {n_paras} đoạn, {len(plan.appendices)} phụ lục, {n_rows} dòng bảng, "
            f"{len(plan.signers)} người ký, {len(plan.recipients)} nơi nhận")


def print_report(plan: Plan, lang: str) -> None:
    if not plan.import_report:
        print("No import notes." if lang == "en" else "Không có ghi chú nhập.")
        return
    print(f"Import report ({len(plan.import_report)} notes):" if lang == "en"
          else f"Báo cáo nhập ({len(plan.import_report)} ghi chú, lưu kèm trong tệp):")
    for line in plan.import_report:
        print(f"  - {report_text(line, lang)}")


def main(args: list[str], lang: str) -> int:
    from ..cli import parser
    p = parser("import", "Nhập kế hoạch từ Word (.docx/.doc) thành tệp kế hoạch; hoặc nhập dòng bảng từ Excel "
                         "vào một phụ lục / import a Word plan into a plan file, or Excel rows into an appendix")
    p.add_argument("source", help="tệp Word .docx/.doc hoặc Excel .xlsx")
    p.add_argument("out", nargs="?", help="tệp kế hoạch mới (.sqlite)")
    p.add_argument("--force", action="store_true", help="ghi đè tệp đích đã có / overwrite OUT")
    p.add_argument("--into", help="(Excel) tệp kế hoạch có sẵn để thêm dòng / existing plan to add rows to")
    p.add_argument("--appendix", type=int, default=1, help="(Excel) phụ lục số mấy (từ 1) / appendix number")
    p.add_argument("--sheet", default=None, help="(Excel) tên trang tính / sheet name")
    p.add_argument("--map", action="append", default=[],
                   help='(Excel) "Tiêu đề cột Excel=tiêu đề hoặc mã cột phụ lục" / header=column')
    a = p.parse_args(args)
    src = a.source
    if not os.path.exists(src):
        raise PlanError(f"Không tìm thấy “{src}”.", f"“{src}” not found.")
    if not os.path.isfile(src):
        raise PlanError(f"“{src}” là một thư mục, không phải tệp Word hay Excel.",
                        f"“{src}” is a folder, not a Word or Excel file.")
    if src.lower().endswith((".xlsx", ".xlsm")):
        return _xlsx_into(a, lang)
    if not a.out:
        raise PlanError("Thiếu tệp đích: python main.py import VÀO.docx RA.sqlite",
                        "Missing output: python main.py import IN.docx OUT.sqlite")
    if os.path.exists(a.out) and not a.force:
        raise PlanError(f"Tệp “{a.out}” đã có; không ghi đè (thêm --force nếu muốn thay thế).",
                        f"“{a.out}” already exists; not overwritten (add --force to replace it).")
    guard_output(a.out, "sqlite", sources=[src], force=True)     # --force never replaces the Word file itself
    plan = import_docx(src)
    save_imported(plan, a.out, force=a.force)
    print((f"Imported {src} → {a.out}: " if lang == "en" else f"Đã nhập {src} → {a.out}: ") + _summary(plan, lang))
    print_report(plan, lang)
    return 0


def _xlsx_into(a, lang: str) -> int:
    from ..limits import check_plan_limits
    from ..store.planfile import PlanStore
    from .xlsx import add_rows, read_table
    if not a.into:
        raise PlanError("Nhập từ Excel cần --into TỆP.sqlite (kế hoạch có sẵn để thêm dòng vào phụ lục).",
                        "Importing from Excel needs --into FILE.sqlite (the plan whose appendix gets the rows).")
    mapping = {}
    for m in a.map:
        if "=" not in m:
            raise PlanError(f"--map cần dạng \"Tiêu đề Excel=cột\": “{m}”", f"--map needs \"Excel header=column\": “{m}”")
        k, v = m.split("=", 1)
        mapping[k.strip()] = v.strip()
    from ..fileio import refuse_if_open
    refuse_if_open(a.into)    # rows added under an open window would be lost from its view, then from the file
    store = PlanStore.open(a.into)
    try:
        plan = store.load()
        if not (1 <= a.appendix <= len(plan.appendices)):
            raise PlanError(f"Kế hoạch không có phụ lục số {a.appendix} (có {len(plan.appendices)}).",
                            f"The plan has no appendix {a.appendix} (it has {len(plan.appendices)}).")
        app = plan.appendices[a.appendix - 1]
        table = read_table(a.source, sheet=a.sheet)
        cols = ", ".join(f"“{c.title}”" for c in app.columns)   # before add_rows adds the unmatched ones
        result = add_rows(app, table, mapping)
        if result.unmatched and not a.map:
            raise PlanError(
                "Các cột Excel sau chưa khớp với cột nào của phụ lục: "
                + ", ".join(f"“{h}”" for h in result.unmatched)
                + f". Các cột của phụ lục: {cols}. Chỉ định bằng --map \"Tiêu đề Excel=Tiêu đề cột\" "
                  "(hoặc --map \"Tiêu đề Excel=-\" để bỏ qua cột đó).",
                "These Excel columns match no appendix column: " + ", ".join(f"“{h}”" for h in result.unmatched)
                + f". Appendix columns: {cols}. Map them with --map \"Excel header=Column title\" "
                  "(or --map \"Excel header=-\" to skip one).")
        check_plan_limits(plan)      # the rows added must not make a file this program refuses
        store.sync(plan)
        if result.notes:
            store.set_import_report(plan.import_report + result.notes)
    finally:
        store.close()
    print((f"Added {len(result.rows)} rows to appendix {a.appendix} of {a.into}."
           if lang == "en" else f"Đã thêm {len(result.rows)} dòng vào phụ lục {a.appendix} của {a.into}."))
    for n in result.notes:
        print(f"  - {report_text(n, lang)}")
    return 0


def export_xlsx_main(args: list[str], lang: str) -> int:
    from ..cli import load_plan_readonly, parser
    from ..export.xlsx import export_xlsx
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
