"""Issue 12, item 11: a legitimate 1,048,576-row .xlsx (Excel's whole sheet)
was refused as a "zip bomb".  What is really wrong is the number of rows:
the refusal says so and names the limit (core/limits.py MAX_ROWS), before the
sheet is unpacked."""
from __future__ import annotations

import io
import os
import subprocess
import sys
import time
import zipfile

import openpyxl
import pytest

from core import limits
from core.errors import PlanError
from core.importers.xlsx import read_table

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def sheet_xlsx(path, rows, dimension=True, numbered=True, level=1):
    """An .xlsx whose first sheet has *rows* rows (header + numbered tasks),
    written the way Excel writes one (a <dimension> first), streamed so that
    even Excel's 1,048,576 rows take a few seconds."""
    wb = openpyxl.Workbook()
    wb.active.append(["TT", "Nhiệm vụ"])
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        for i in src.infolist():
            if i.filename != "xl/worksheets/sheet1.xml":
                z.writestr(i.filename, src.read(i.filename))
                continue
            with z.open("xl/worksheets/sheet1.xml", "w") as f:
                f.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
                if dimension:
                    f.write(b'<dimension ref="A1:B%d"/>' % rows)
                f.write(b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>TT</t></is></c>'
                        b'<c r="B1" t="inlineStr"><is><t>Nhiem vu</t></is></c></row>')
                one = b"<row><c><v>1</v></c><c><v>1</v></c></row>"
                for start in range(2, rows + 1, 20000):
                    stop = min(rows + 1, start + 20000)
                    if numbered:
                        f.write(b"".join(b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (r, r, r - 1)
                                         for r in range(start, stop)))
                    else:
                        f.write(one * (stop - start))
                f.write(b"</sheetData></worksheet>")
    return str(path)


def test_excel_full_sheet_refused_for_its_rows(tmp_path):
    p = sheet_xlsx(tmp_path / "ca-nam.xlsx", 1_048_576)
    t = time.monotonic()
    with pytest.raises(PlanError) as e:
        read_table(p)
    assert time.monotonic() - t < 5          # the sheet is not unpacked (parsing it took 10 s)
    assert "1.048.576 dòng" in e.value.vi and limits.fmt(limits.MAX_ROWS) in e.value.vi
    assert "zip bomb" not in e.value.vi and "độc hại" not in e.value.vi
    assert "1,048,576 rows" in e.value.en and "20,000" in e.value.en


def test_huge_sheet_without_dimension_names_the_rows_limit(tmp_path):
    """Past the unpacked-size limits and no <dimension>: still about rows."""
    p = sheet_xlsx(tmp_path / "lon.xlsx", 1_048_576, dimension=False, numbered=False, level=9)
    with pytest.raises(PlanError) as e:
        read_table(p)
    assert "zip bomb" not in e.value.vi and limits.fmt(limits.MAX_ROWS) in e.value.vi and "dòng" in e.value.vi


def test_one_row_over_the_limit(tmp_path):
    p = sheet_xlsx(tmp_path / "vua-qua.xlsx", limits.MAX_ROWS + 1)
    with pytest.raises(PlanError) as e:
        read_table(p)
    assert limits.fmt(limits.MAX_ROWS + 1) in e.value.vi


def test_cli_one_line(tmp_path):
    p = sheet_xlsx(tmp_path / "ca-nam.xlsx", 1_048_576)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    plan = tmp_path / "kh.sqlite"
    subprocess.run([sys.executable, os.path.join(ROOT, "main.py"), "new", "--template", "papi", str(plan)],
                   check=True, capture_output=True, cwd=ROOT, env=env, timeout=120)
    before = plan.read_bytes()
    r = subprocess.run([sys.executable, os.path.join(ROOT, "main.py"), "import", p, "--into", str(plan)],
                       capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "1.048.576" in r.stderr, r.stderr
    assert plan.read_bytes() == before
