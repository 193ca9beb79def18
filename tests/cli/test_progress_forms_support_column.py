"""The progress forms show the supporting agencies (cơ quan phối hợp) of each task in a locked, printed column
(issue 14); a form of the first layout, without that column, still reads."""
import glob
import os
import shutil

from openpyxl import load_workbook

from core import progress as pr
from core import progress_forms as pf
from core.store.planfile import PlanStore, load_plan

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = glob.glob(os.path.join(ROOT, "resources", "samples", "002_*.sqlite"))[0]
PERIOD = "2024"


def _setup(tmp_path):
    p = str(tmp_path / "plan.sqlite")
    shutil.copyfile(SAMPLE, p)
    PlanStore.open(p).close()
    plan = load_plan(p)
    return p, plan, pf.write_forms(plan, str(tmp_path / "forms"), PERIOD)


def test_support_agencies_in_a_locked_printed_column(tmp_path):
    _, plan, res = _setup(tmp_path)
    items = pr.tasks(plan, PERIOD)
    t = next(x for x in items if x.support and x.lead)
    app = plan.appendices[t.appendix]
    row = next(r for r in app.rows if r.id == t.row_id)
    assert t.support == app.cell(row, "support").strip()
    ws = load_workbook(next(p for p, a, _ in res.files if a == t.lead[0]))[pf.SHEET]
    assert ws.cell(row=pf.HEADER_ROW, column=8).value == "Cơ quan phối hợp"
    rid_col = pf.KEYS.index("row_id") + 1
    r = next(r for r in range(pf.HEADER_ROW + 1, ws.max_row + 1) if ws.cell(row=r, column=rid_col).value == t.row_id)
    cell = ws.cell(row=r, column=8)
    assert cell.value == t.support and cell.protection.locked and ws.protection.sheet
    assert not ws.column_dimensions["H"].hidden and ws.column_dimensions["I"].hidden
    assert ws.print_area.replace("$", "").split("!")[-1] == f"A1:H{ws.max_row}"
    # a task without supporting agencies has an empty cell, not "None"
    empty = next(x for x in items if not x.support and x.lead)
    ws2 = load_workbook(next(p for p, a, _ in res.files if a == empty.lead[0]))[pf.SHEET]
    r2 = next(r for r in range(pf.HEADER_ROW + 1, ws2.max_row + 1) if ws2.cell(row=r, column=rid_col).value == empty.row_id)
    assert ws2.cell(row=r2, column=8).value in (None, "")


def test_a_form_of_the_first_layout_still_reads(tmp_path):
    path, plan, res = _setup(tmp_path)
    form = next(p for p, a, _ in res.files if a == "Sở Nội vụ")
    wb = load_workbook(form)
    ws = wb[pf.SHEET]
    ws.delete_cols(8)                       # the layout before the supporting agencies column
    assert ws.cell(row=pf.HEADER_ROW, column=8).value == "Mã dòng (không sửa)"
    ws[f"E{pf.HEADER_ROW + 1}"] = "Kết quả từ phiếu cũ"
    wb.save(form)
    ip = pf.plan_import(plan, [form])
    assert not ip.skipped and not ip.forms[0].refused
    assert [u.get("result") for u in ip.updates] == ["Kết quả từ phiếu cũ"]
