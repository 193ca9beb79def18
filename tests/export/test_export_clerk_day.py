"""What the signing leader sees on paper (the new-clerk audit): template gaps are named
before printing; a group row's agency and deadline stay in their columns; a group
heading never ends a page alone; a deputy signs 'TM. … / KT. …'."""
import re
import zipfile

from core.export import export_docx, export_pdf, notes, placeholders, walk
from core.model import Row, authority_lines
from core.templates import plan_from_template


def _plan():
    return plan_from_template("papi", agency="xã Thanh Thủy", year="2026", place="Thanh Thủy")


def test_template_gaps_are_named_before_printing():
    plan = _plan()
    gaps = placeholders(plan)
    assert "Mục III.1.a)" in gaps and "Nơi nhận" in gaps
    assert any("chỗ có dấu “…”" in n for n in notes(plan))
    # filled in: no note
    for s in plan.walk():
        for p in list(s.body) + list(s.tail):
            for r in p.runs:
                r.text = r.text.replace("…", "nội dung")
        for r in s.title:
            r.text = r.text.replace("…", "nội dung")
    for p in plan.meta.preamble:
        for r in p.runs:
            r.text = r.text.replace("…", "Quyết định số 12/QĐ-UBND")
    for r in plan.recipients:
        r.text = r.text.replace("…", "VP")
    assert placeholders(plan) == []


def _group_with_cells(plan):
    app = plan.appendices[0]
    g = next(r for r in app.rows if r.kind == "group")
    lead = next(c for c in app.columns if c.key == "lead")
    dl = next(c for c in app.columns if c.key == "deadline")
    g.cells[lead.id] = "Văn phòng HĐND và UBND xã"
    g.cells[dl.id] = "Cả năm 2026"
    return app, g


def test_a_group_row_with_an_agency_keeps_it_in_its_column(tmp_path):
    plan = _plan()
    app, g = _group_with_cells(plan)
    doc = walk.build(plan)
    row = next(r for r in doc.appendices[0].rows if r.bold)
    assert "Văn phòng HĐND và UBND xã" in row.cells and "Cả năm 2026" in row.cells
    assert not any("Văn phòng HĐND và UBND xã" in c and "Cả năm" in c for c in row.cells)
    out = tmp_path / "g.docx"
    export_docx(plan, str(out))
    xml = zipfile.ZipFile(out).read("word/document.xml").decode()
    assert "Văn phòng HĐND và UBND xã Cả năm 2026" not in re.sub(r"<[^>]+>", " ", xml).replace("  ", " ")
    from openpyxl import load_workbook

    from core.export.xlsx import export_xlsx
    export_xlsx(plan, str(tmp_path / "g.xlsx"))
    ws = load_workbook(tmp_path / "g.xlsx").worksheets[0]
    values = [c.value for row in ws.iter_rows() for c in row if c.value]
    assert "Văn phòng HĐND và UBND xã" in values and "Cả năm 2026" in values


def test_a_group_heading_is_kept_with_the_row_after_it(tmp_path):
    plan = _plan()
    out = tmp_path / "k.docx"
    export_docx(plan, str(out))
    xml = zipfile.ZipFile(out).read("word/document.xml").decode()
    n_groups = sum(1 for a in plan.appendices for r in a.rows if r.kind == "group")
    assert xml.count('<w:pStyle w:val="KHTable"/><w:keepNext/>') >= n_groups
    # PDF: no page of the appendix ends with a group heading
    app = plan.appendices[0]
    groups = [r for r in app.rows if r.kind == "group"]
    heads = {r.cells[next(c.id for c in app.columns if c.key not in ("tt",) and r.cells.get(c.id))] for r in groups}
    for i in range(60):                        # make the table run over several pages
        app.rows.append(Row(kind="group" if i % 7 == 0 else "task",
                            cells={app.columns[1].id: f"Nhóm {i}" if i % 7 == 0 else "Nhiệm vụ " + "rất dài " * 30}))
    pdf = tmp_path / "k.pdf"
    export_pdf(plan, str(pdf))
    import shutil
    import subprocess
    if shutil.which("pdftotext"):
        pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout.split("\f")
        for page in pages:
            lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
            if lines:
                assert not re.search(r"Nhóm \d+$", lines[-1]), lines[-3:]
    assert heads


def test_a_deputy_signs_on_behalf_of_the_committee():
    assert authority_lines("TM.", "ỦY BAN NHÂN DÂN", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]) == \
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    # a KT. signer's leftover collective (older files kept the template's after a switch from TM.) is not printed
    assert authority_lines("KT.", "ỦY BAN NHÂN DÂN", ["CHỦ TỊCH", "PHÓ CHỦ TỊCH"]) == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert authority_lines("KT.", "", ["CHỦ TỊCH", "PHÓ CHỦ TỊCH"]) == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert authority_lines("TM.", "ỦY BAN NHÂN DÂN", ["CHỦ TỊCH"]) == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
