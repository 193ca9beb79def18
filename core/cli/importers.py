"""``main.py import IN.docx OUT.sqlite`` and ``main.py import TABLE.xlsx --into PLAN.sqlite``.

* Word → new plan file, the import report printed (:func:`core.importers.import_docx` reads the Word
  file into a Plan; the plan file is written here).
* ``--xlsx TABLE.xlsx --into PLAN.sqlite [--appendix N] [--map "Header=key"]`` adds rows from Excel to an
  appendix of an existing plan: the store is opened here, the importer gets the appendix and the table.
"""
from __future__ import annotations

import os

from ..errors import PlanError
from .common import parser


def summary(plan, lang: str) -> str:
    """One line counting what the imported Plan holds."""
    n_secs = sum(1 for _ in plan.walk())
    n_paras = len(plan.meta.preamble) + sum(len(s.body) + len(s.tail) for s in plan.walk())
    n_rows = sum(len(a.rows) for a in plan.appendices)
    if lang == "en":
        return (f"{n_secs} sections, {n_paras} paragraphs, {len(plan.appendices)} appendices, {n_rows} table rows, "
                f"{len(plan.signers)} signer(s), {len(plan.recipients)} recipients")
    return (f"{n_secs} mục, {n_paras} đoạn, {len(plan.appendices)} phụ lục, {n_rows} dòng bảng, "
            f"{len(plan.signers)} người ký, {len(plan.recipients)} nơi nhận")


def print_report(plan, lang: str) -> None:
    """The Plan's import report, one note a line, in *lang*."""
    if not plan.import_report:
        print("No import notes." if lang == "en" else "Không có ghi chú nhập.")
        return
    print(f"Import report ({len(plan.import_report)} notes):" if lang == "en"
          else f"Báo cáo nhập ({len(plan.import_report)} ghi chú, lưu kèm trong tệp):")
    from ..text import report_text
    for line in plan.import_report:
        print(f"  - {report_text(line, lang)}")


def cmd_import(args: list[str], lang: str) -> int:
    from ..fileio import guard_output
    from ..importers import import_docx
    from ..store.planfile import save_plan
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
    save_plan(plan, a.out, overwrite=a.force)
    print((f"Imported {src} → {a.out}: " if lang == "en" else f"Đã nhập {src} → {a.out}: ") + summary(plan, lang))
    print_report(plan, lang)
    return 0


def _xlsx_into(a, lang: str) -> int:
    from ..importers.xlsx import add_rows, read_table
    from ..limits import check_plan_limits
    from ..store.planfile import PlanStore
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
    from ..text import report_text
    for n in result.notes:
        print(f"  - {report_text(n, lang)}")
    return 0
