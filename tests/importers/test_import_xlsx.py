"""Excel: rows into an appendix (header matching, mapping step, limits)."""
import zipfile

import openpyxl
import pytest

from core.cli import run
from core.errors import PlanError
from core.importers.xlsx import add_rows, match_headers, read_table
from core.model import Appendix, Column, Plan, Row
from core.store.planfile import load_plan_readonly, save_plan


def _app():
    return Appendix(columns=[Column(key="tt", title="TT"), Column(key="task", title="Nội dung nhiệm vụ"),
                             Column(key="lead", title="Cơ quan chủ trì"), Column(key="support", title="Cơ quan phối hợp"),
                             Column(key="deadline", title="Thời gian hoàn thành")])


def _sheet(path, rows, title_lines=("PHỤ LỤC", "Danh mục nhiệm vụ")):
    wb = openpyxl.Workbook()
    ws = wb.active
    for t in title_lines:
        ws.append([t])
    for r in rows:
        ws.append(r)
    ws.cell(row=len(title_lines) + 2, column=2).font = openpyxl.styles.Font(bold=True)
    wb.save(path)
    return str(path)


ROWS = [["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Kinh phí"],
        ["I", "CÔNG TÁC CHỈ ĐẠO", None, None, None, None],
        [1, "Ban hành kế hoạch", "Sở Nội vụ", "- Sở Tư pháp;\n- UBND cấp huyện", "Quý I/2026", "10"],
        [2, "Kiểm tra", "Văn phòng UBND tỉnh", None, "Trước ngày 15/6/2026", None],
        [None, "Báo cáo kết quả kiểm tra", None, None, "Tháng 12", None]]


def test_headers_matched_by_kind_and_unmatched_listed(tmp_path):
    t = read_table(_sheet(tmp_path / "a.xlsx", ROWS))
    assert t.headers[:2] == ["STT", "Nhiệm vụ"]
    app = _app()
    pairs, unmatched = match_headers(app, t.headers)
    assert unmatched == ["Kinh phí"]
    assert [pairs[k].key for k in range(5)] == ["tt", "task", "lead", "support", "deadline"]


def test_add_rows_groups_continuations_agencies(tmp_path):
    app = _app()
    res = add_rows(app, read_table(_sheet(tmp_path / "a.xlsx", ROWS)), {"Kinh phí": "-"})
    kinds = [r.kind for r in app.rows]
    assert kinds == ["group", "task", "task", "task"]
    assert app.rows[3].continues
    assert app.rows[1].support == ["Sở Tư pháp", "UBND cấp huyện"]
    assert app.cell(app.rows[2], "deadline") == "Trước ngày 15/6/2026"
    assert any("Kinh phí" in n for n in res.notes)            # skipping is said, not silent
    assert len(app.columns) == 5


def test_unmapped_column_is_kept_as_new_column(tmp_path):
    app = _app()
    res = add_rows(app, read_table(_sheet(tmp_path / "a.xlsx", ROWS)))
    assert res.unmatched == ["Kinh phí"]
    assert app.columns[-1].title == "Kinh phí"
    assert app.rows[1].cells[app.columns[-1].id] == "10"


def test_mapping_to_unknown_column_is_an_error(tmp_path):
    with pytest.raises(PlanError):
        add_rows(_app(), read_table(_sheet(tmp_path / "a.xlsx", ROWS)), {"Kinh phí": "Không có cột này"})


def test_cli_mapping_step(tmp_path, capsys):
    plan = Plan(appendices=[_app()])
    f = tmp_path / "p.sqlite"
    save_plan(plan, str(f))
    x = _sheet(tmp_path / "a.xlsx", ROWS)
    assert run(["import", x, "--into", str(f)]) == 2                       # unmatched → asks for --map
    assert "Kinh phí" in capsys.readouterr().err
    assert len(load_plan_readonly(str(f)).appendices[0].rows) == 0         # nothing written
    assert run(["import", x, "--into", str(f), "--map", "Kinh phí=-"]) == 0
    assert len(load_plan_readonly(str(f)).appendices[0].rows) == 4


def test_cli_export_xlsx(tmp_path):
    app = _app()
    app.rows = [Row(kind="task", cells={app.columns[1].id: "Việc một"})]
    f = tmp_path / "p.sqlite"
    save_plan(Plan(appendices=[app]), str(f))
    out = tmp_path / "o.xlsx"
    assert run(["export-xlsx", str(f), str(out)]) == 0
    assert run(["export-xlsx", str(f), str(out)]) == 2        # no overwrite without --force
    ws = openpyxl.load_workbook(out).active
    assert "Việc một" in [c.value for row in ws.iter_rows() for c in row]


def test_not_xlsx_and_old_xls(tmp_path):
    p = tmp_path / "a.xlsx"
    p.write_text("x")
    with pytest.raises(PlanError):
        read_table(str(p))
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(PlanError) as e:
        read_table(str(p))
    assert ".xls" in e.value.vi


def test_entity_in_sheet_refused(tmp_path):
    src = _sheet(tmp_path / "a.xlsx", ROWS)
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(bad, "w") as zout:
        for i in zin.infolist():
            data = zin.read(i.filename)
            if i.filename == "xl/worksheets/sheet1.xml":
                assert data.startswith(b"<")
                data = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + data.split(b"?>", 1)[-1]
            zout.writestr(i, data)
    with pytest.raises(PlanError) as e:
        read_table(str(bad))
    assert "DOCTYPE" in e.value.vi


def test_headers_typed_without_accents_or_with_other_spacing(tmp_path):
    rows = [["S.T.T", "Noi dung nhiem vu", "  CƠ QUAN   chủ trì ", "Don vi phoi hop", "Thoi gian hoan thanh"],
            [1, "Ban hành kế hoạch", "Sở Nội vụ", "Sở Tư pháp", "Quý I/2026"]]
    app = _app()
    res = add_rows(app, read_table(_sheet(tmp_path / "a.xlsx", rows)))
    assert res.unmatched == [] and len(app.columns) == 5
    assert [app.rows[0].cells.get(c.id, "") for c in app.columns] == [
        "", "Ban hành kế hoạch", "Sở Nội vụ", "Sở Tư pháp", "Quý I/2026"]
    # a title with accents keeps them: "Chi tiêu" (spending) is not "Chỉ tiêu" (target)
    app = Appendix(columns=[Column(key="tt", title="TT"), Column(key="target", title="Chỉ tiêu")])
    _, unmatched = match_headers(app, ["TT", "Chi tiêu"])
    assert unmatched == ["Chi tiêu"]


def test_cli_unmatched_message_lists_only_the_appendix_columns(tmp_path, capsys):
    f = tmp_path / "p.sqlite"
    save_plan(Plan(appendices=[_app()]), str(f))
    assert run(["import", _sheet(tmp_path / "a.xlsx", ROWS), "--into", str(f)]) == 2
    err = capsys.readouterr().err
    listed = err.split("Các cột của phụ lục:")[1]
    assert "Kinh phí" in err.split("Các cột của phụ lục:")[0] and "Kinh phí" not in listed
