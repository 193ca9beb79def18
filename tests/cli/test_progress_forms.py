"""Progress forms (issue 14, part B): written per lead agency, filled with openpyxl and through LibreOffice,
read back by row id with refusals, notes and conflicts; one undo step per import; the command line."""
import glob
import os
import shutil
import subprocess
import sys
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from core import edits
from core import progress as pr
from core import progress_forms as pf
from core.errors import PlanError
from core.store.planfile import PlanStore, load_plan

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = glob.glob(os.path.join(ROOT, "resources", "samples", "002_*.sqlite"))[0]
PERIOD = "2024"


@pytest.fixture
def plan_path(tmp_path):
    p = str(tmp_path / "plan.sqlite")
    shutil.copyfile(SAMPLE, p)
    PlanStore.open(p).close()
    return p


def _forms(plan_path, tmp_path):
    plan = load_plan(plan_path)
    res = pf.write_forms(plan, str(tmp_path / "forms"), PERIOD)
    return plan, res


def _form_of(res, agency):
    return next(p for p, a, _ in res.files if a == agency)


RID = pf.KEYS.index("row_id") + 1       # the hidden row id column (I)


def _rows(ws):
    """{row id: sheet row} of a form's task rows."""
    return {ws.cell(row=r, column=RID).value: r for r in range(pf.HEADER_ROW + 1, ws.max_row + 1)
            if ws.cell(row=r, column=RID).value}


def fill(path, entries, reporter="Nguyễn Văn A", on=date(2024, 12, 10)):
    """Fill a form as an agency would with Excel: entries {row id: {column letter: value}}."""
    wb = load_workbook(path)
    ws = wb[pf.SHEET]
    ws[pf.REPORTER_CELL] = reporter
    ws[pf.DATE_CELL] = on
    rows = _rows(ws)
    for rid, cells in entries.items():
        for letter, v in cells.items():
            ws[f"{letter}{rows[rid]}"] = v
    wb.save(path)


def test_one_form_per_lead_agency_with_only_its_tasks(plan_path, tmp_path):
    plan, res = _forms(plan_path, tmp_path)
    items = pr.tasks(plan, PERIOD)
    by = pf.by_agency(items)
    assert len(res.files) == len(by) and all(os.path.exists(p) for p, _, _ in res.files)
    path = _form_of(res, "Sở Nội vụ")
    ws = load_workbook(path)[pf.SHEET]
    want = {t.row_id for t in by["Sở Nội vụ"]}
    assert set(_rows(ws)) == want
    # locked and editable cells, protection, drop-down, hidden identity columns, date cells, print setup
    r = pf.HEADER_ROW + 1
    assert ws.protection.sheet
    assert ws.cell(row=r, column=2).protection.locked and ws.cell(row=r, column=RID).protection.locked
    assert ws.cell(row=r, column=8).protection.locked and not ws.column_dimensions["H"].hidden   # cơ quan phối hợp
    assert not any(ws.cell(row=r, column=c).protection.locked for c in (4, 5, 6, 7))
    assert all(ws.column_dimensions[x].hidden for x in "IJKL")
    assert ws.cell(row=r, column=RID + 1).value == plan.file_id
    assert ws.cell(row=r, column=7).number_format.upper() == "DD/MM/YYYY"
    last = ws.max_row                                  # every row styled alike, not only the first
    assert ws.cell(row=last, column=7).number_format.upper() == "DD/MM/YYYY"
    assert not ws.cell(row=last, column=5).protection.locked and ws.cell(row=last, column=2).protection.locked
    lists = [dv.formula1 for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert any("Hoàn thành đúng hạn" in f for f in lists) and any("Đã thực hiện trong kỳ" in f for f in lists)
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows
    assert "Hướng dẫn" in ws["A4"].value and "Cơ quan chủ trì: Sở Nội vụ" in ws["A3"].value


def test_text_is_written_as_text_never_as_a_formula(plan_path, tmp_path):
    st = PlanStore.open(plan_path)
    plan = st.load()
    t = pr.tasks(plan, PERIOD)[0]
    ch = edits.set_progress(plan, t.row_id, PERIOD, result='=HYPERLINK("http://x","y")')
    st.sync(plan, ch.ids)
    st.close()
    plan, res = _forms(plan_path, tmp_path)
    path = _form_of(res, t.lead[0])
    ws = load_workbook(path)[pf.SHEET]
    cell = ws.cell(row=_rows(ws)[t.row_id], column=5)
    assert cell.value.startswith("=HYPERLINK") and cell.data_type == "s"


def test_filled_form_is_imported_as_one_undo_step_with_a_report(plan_path, tmp_path):
    plan, res = _forms(plan_path, tmp_path)
    by = pf.by_agency(pr.tasks(plan, PERIOD))
    path = _form_of(res, "Sở Nội vụ")
    tasks = by["Sở Nội vụ"]
    dated = [t for t in tasks if t.kind == "dated"]
    ongoing = [t for t in tasks if t.kind == "ongoing"]
    a, b = dated[0], dated[1]
    c = ongoing[0]
    fill(path, {
        a.row_id: {"D": "Hoàn thành đúng hạn", "E": "Đã ban hành Kế hoạch số 10/KH-SNV", "G": datetime(2024, 11, 20)},
        b.row_id: {"D": "hoan thanh", "E": "Đã trình UBND tỉnh", "G": "3/12/2024"},       # typed as text
        c.row_id: {"E": "Tổ chức 3 lớp tập huấn", "F": "Thiếu kinh phí; đề nghị bổ sung"},
    })
    st = PlanStore.open(plan_path)
    plan = st.load()
    ip = pf.plan_import(plan, [path])
    lines = pf.report_lines(ip)
    assert lines[0].startswith(os.path.basename(path)) and "Sở Nội vụ" in lines[0] and "Nguyễn Văn A" in lines[0]
    assert "ngày 10/12/2024" in lines[0] and "cập nhật 3 nhiệm vụ" in lines[0]
    assert any("“hoan thanh” được đọc là “Hoàn thành đúng hạn”" in x for x in lines)
    assert any("“3/12/2024” được đọc là 03/12/2024" in x for x in lines)
    ch = pf.apply(plan, ip)
    assert ch.text() == "Nhập phiếu tiến độ"
    st.sync(plan, ch.ids)
    items = {t.row_id: t for t in pr.tasks(plan, PERIOD)}
    assert items[a.row_id].status == "done_on_time" and items[a.row_id].result == "Đã ban hành Kế hoạch số 10/KH-SNV"
    assert items[b.row_id].record.done_date == "2024-12-03"
    assert items[c.row_id].status == "ongoing_done" and items[c.row_id].difficulties.startswith("Thiếu kinh phí")
    rec = items[a.row_id].record
    assert rec.reporter == "Sở Nội vụ (Nguyễn Văn A)" and rec.reported_at.startswith("2024-12-10")
    assert rec.source == os.path.basename(path)
    ch.step.undo(plan)                       # one step takes the whole import back
    st.sync(plan, ch.step.all_ids())
    st.close()
    assert load_plan(plan_path).progress == []


def test_bad_rows_are_refused_one_by_one_with_the_reason(plan_path, tmp_path):
    plan, res = _forms(plan_path, tmp_path)
    path = _form_of(res, "Sở Nội vụ")
    tasks = pf.by_agency(pr.tasks(plan, PERIOD))["Sở Nội vụ"]
    wb = load_workbook(path)
    ws = wb[pf.SHEET]
    rows = _rows(ws)
    t0, t1, t2, t3 = tasks[:4]
    ws[f"B{rows[t0.row_id]}"] = "Nhiệm vụ đã bị sửa"                       # a locked cell changed
    ws[f"E{rows[t0.row_id]}"] = "kết quả"
    ws[f"J{rows[t1.row_id]}"] = "another-plan"                              # a row of another plan
    ws[f"E{rows[t1.row_id]}"] = "kết quả"
    ws[f"G{rows[t2.row_id]}"] = "cuối tháng 3"                              # not a date
    ws[f"E{rows[t3.row_id]}"] = "Kết quả tốt"                               # a good row still comes in
    last = ws.max_row + 1
    ws[f"B{last}"] = "Một nhiệm vụ tự thêm"                                  # a row without id
    ws[f"E{last}"] = "đã làm"
    wb.save(path)
    st = PlanStore.open(plan_path)
    plan = st.load()
    ip = pf.plan_import(plan, [path])
    refused = dict(ip.forms[0].refused)
    assert "ô khoá" in refused[rows[t0.row_id]]
    assert "kế hoạch khác" in refused[rows[t1.row_id]]
    assert "cuối tháng 3" in refused[rows[t2.row_id]]
    assert "không có mã" in refused[last]
    assert [u["row_id"] for u in ip.updates] == [t3.row_id]
    st.close()


def test_a_form_never_overwrites_a_newer_value_without_a_listed_conflict(plan_path, tmp_path):
    plan, res = _forms(plan_path, tmp_path)
    path = _form_of(res, "Sở Nội vụ")
    t = pf.by_agency(pr.tasks(plan, PERIOD))["Sở Nội vụ"][0]
    st = PlanStore.open(plan_path)
    plan = st.load()
    ch = edits.set_progress(plan, t.row_id, PERIOD, result="Văn thư đã ghi sau khi gửi phiếu")
    st.sync(plan, ch.ids)
    fill(path, {t.row_id: {"E": "Phiếu ghi khác", "F": "Khó khăn mới"}})
    ip = pf.plan_import(plan, [path])
    assert [(c["field"], c["plan"], c["form_value"]) for c in ip.conflicts] == \
        [("result", "Văn thư đã ghi sau khi gửi phiếu", "Phiếu ghi khác")]
    assert any("Xung đột" in x and "giữ giá trị của kế hoạch" in x for x in pf.report_lines(ip))
    st.sync(plan, pf.apply(plan, ip).ids)                     # the untouched field still comes in
    rec = next(g for g in plan.progress if g.row_id == t.row_id)
    assert (rec.result, rec.difficulties) == ("Văn thư đã ghi sau khi gửi phiếu", "Khó khăn mới")
    st.close()


def test_two_forms_for_one_task_in_one_import_give_a_conflict(plan_path, tmp_path):
    plan, res = _forms(plan_path, tmp_path)
    by = pf.by_agency(pr.tasks(plan, PERIOD))
    shared = next(t for t in pr.tasks(plan, PERIOD) if len(t.lead) >= 2 and all(n in by for n in t.lead[:2]))
    p1, p2 = _form_of(res, shared.lead[0]), _form_of(res, shared.lead[1])
    fill(p1, {shared.row_id: {"E": "Bên 1 báo cáo"}})
    fill(p2, {shared.row_id: {"E": "Bên 2 báo cáo"}})
    ip = pf.plan_import(load_plan(plan_path), [p1, p2])
    assert [c["form_value"] for c in ip.conflicts] == ["Bên 2 báo cáo"]
    assert [u["result"] for u in ip.updates] == ["Bên 1 báo cáo"]


def test_not_a_form_is_one_clear_error(plan_path, tmp_path):
    from openpyxl import Workbook
    other = str(tmp_path / "other.xlsx")
    wb = Workbook()
    wb.active["A1"] = "TT"
    wb.save(other)
    with pytest.raises(PlanError) as ei:
        pf.plan_import(load_plan(plan_path), [other])
    assert "không phải phiếu" in ei.value.message("vi")


def _soffice_roundtrip(path, tmp_path):
    """xlsx → ods → xlsx through LibreOffice headless, with its own profile."""
    prof = f"file://{tmp_path}/lo-profile"
    out1, out2 = tmp_path / "ods", tmp_path / "back"
    for src, fmt, out in ((path, "ods", out1), (None, "xlsx", out2)):
        if src is None:
            src = str(out1 / (os.path.splitext(os.path.basename(path))[0] + ".ods"))
        subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", fmt,
                        "--outdir", str(out), src], check=True, capture_output=True, timeout=180)
    return str(out2 / os.path.basename(path))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_round_trip_through_libreoffice(plan_path, tmp_path):
    plan, res = _forms(plan_path, tmp_path)
    path = _form_of(res, "Sở Nội vụ")
    t = next(x for x in pf.by_agency(pr.tasks(plan, PERIOD))["Sở Nội vụ"] if x.kind == "dated")
    fill(path, {t.row_id: {"D": "Hoàn thành quá hạn", "E": "Kết quả qua LibreOffice", "G": datetime(2024, 12, 1)}})
    back = _soffice_roundtrip(path, tmp_path)
    ws = load_workbook(back)[pf.SHEET]
    assert ws.protection.sheet and ws.column_dimensions["I"].hidden
    ip = pf.plan_import(load_plan(plan_path), [back])
    assert not ip.forms[0].refused and ip.forms[0].reporter == "Nguyễn Văn A"
    assert ip.updates[0]["result"] == "Kết quả qua LibreOffice" and ip.updates[0]["done_date"] == "2024-12-01"


def test_command_line_round_trip(plan_path, tmp_path):
    folder = str(tmp_path / "f")
    run = lambda *a: subprocess.run([sys.executable, os.path.join(ROOT, "main.py"), *a],  # noqa: E731
                                    capture_output=True, text=True, timeout=120)
    r = run("progress-forms", plan_path, "--to", folder, "--period", PERIOD)
    assert r.returncode == 0, r.stderr
    assert "Đã lập" in r.stdout
    path = next(p for p in glob.glob(os.path.join(folder, "*.xlsx")) if "so_noi_vu.xlsx" in p)
    ws = load_workbook(path)[pf.SHEET]
    rid = ws.cell(row=pf.HEADER_ROW + 1, column=RID).value
    fill(path, {rid: {"E": "Qua dòng lệnh"}})
    r = run("import-progress", path, "--into", plan_path, "--dry-run")
    assert r.returncode == 0 and "Chỉ xem trước" in r.stdout and load_plan(plan_path).progress == []
    r = run("import-progress", path, "--into", plan_path)
    assert r.returncode == 0, r.stderr
    assert [g.result for g in load_plan(plan_path).progress] == ["Qua dòng lệnh"]
    r = run("progress-forms", plan_path, "--to", folder, "--period", "2024-H3")
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "Kỳ báo cáo không hợp lệ" in r.stderr
    r = run("import-progress", plan_path, "--into", plan_path, "--lang", "en")
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_a_form_with_a_column_inserted_and_cells_merged_still_reads(plan_path, tmp_path):
    plan, res = _forms(plan_path, tmp_path)
    path = _form_of(res, "Sở Nội vụ")
    t = pf.by_agency(pr.tasks(plan, PERIOD))["Sở Nội vụ"][0]
    wb = load_workbook(path)
    ws = wb[pf.SHEET]
    ws.protection.sheet = False
    r = _rows(ws)[t.row_id]
    ws.insert_cols(5)                    # an agency's own column before "Kết quả": columns move right
    ws.cell(row=pf.HEADER_ROW, column=5, value="Ghi chú riêng")
    ws.cell(row=r, column=5, value="không nhập cột này")
    ws.cell(row=r, column=6, value="Kết quả sau khi chèn cột")     # the result column is now F
    ws.merge_cells("A9:D9")
    wb.save(path)
    ip = pf.plan_import(load_plan(plan_path), [path])
    assert not ip.forms[0].refused
    assert [(u["row_id"], u["result"]) for u in ip.updates] == [(t.row_id, "Kết quả sau khi chèn cột")]


def test_a_file_that_is_not_a_form_is_left_out_and_the_others_are_read(plan_path, tmp_path):
    from openpyxl import Workbook
    plan, res = _forms(plan_path, tmp_path)
    path = _form_of(res, "Sở Nội vụ")
    t = pf.by_agency(pr.tasks(plan, PERIOD))["Sở Nội vụ"][0]
    fill(path, {t.row_id: {"E": "vẫn nhập"}})
    other = str(tmp_path / "bang-luong.xlsx")
    wb = Workbook()
    wb.active["A1"] = "Bảng lương"
    wb.save(other)
    ip = pf.plan_import(load_plan(plan_path), [other, path])
    assert [u["result"] for u in ip.updates] == ["vẫn nhập"]
    lines = pf.report_lines(ip)
    assert lines[0].startswith("Bỏ qua — “bang-luong.xlsx”") and "không phải phiếu" in lines[0]
