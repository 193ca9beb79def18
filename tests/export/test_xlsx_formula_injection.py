"""Issue 12 item 6: text that starts with =, +, - or @ (a received plan, an
Excel import) is written to the Excel export as text — never as a live
formula (=HYPERLINK a link, =cmd|… a DDE call), and "- Sở Nội vụ" stays
readable in Excel and LibreOffice instead of #NAME?."""
from __future__ import annotations

import csv
import glob
import os
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from core.export.xlsx import export_xlsx
from core.model import Appendix, Column, Plan, Row

HOSTILE = [
    '=HYPERLINK("http://example.invalid/x","Bấm vào đây")',
    "=cmd|' /C calc'!A0",
    "- Sở Nội vụ",
    "+ UBND cấp huyện",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "=1+1",
    "-2+3",
]


def _plan() -> Plan:
    cols = [Column(key="tt", title="TT"), Column(key="task", title="=Nhiệm vụ"),
            Column(key="lead", title="- Chủ trì"), Column(key="note", title="@Ghi chú")]
    rows = []
    for i, text in enumerate(HOSTILE):
        rows.append(Row(cells={cols[1].id: text, cols[2].id: HOSTILE[(i + 2) % len(HOSTILE)],
                               cols[3].id: "=2*3"}))
    rows.append(Row(kind="group", cells={cols[1].id: "=GROUP()"}))
    plan = Plan()
    plan.appendices = [Appendix(title="=HYPERLINK(\"http://x\")", columns=cols, rows=rows)]
    return plan


def _texts_expected(plan: Plan) -> set[str]:
    app = plan.appendices[0]
    out = {c.title for c in app.columns} | {app.title}
    for r in app.rows:
        out |= {v for v in r.cells.values() if v}
    return out


def test_every_text_cell_reads_back_as_text_not_formula(tmp_path):
    plan = _plan()
    out = tmp_path / "bang.xlsx"
    export_xlsx(plan, str(out))
    ws = load_workbook(out).active           # data_only=False: formulas would come back as 'f'
    cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
    formulas = [(c.coordinate, c.value) for c in cells if c.data_type == "f"]
    assert not formulas, formulas
    values = {c.value for c in cells}
    missing = _texts_expected(plan) - values
    assert not missing, missing


def _calc_installed() -> bool:
    """LibreOffice with its spreadsheet part (Debian: libreoffice-calc-nogui; tools/bootstrap.py installs it)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return False
    program = os.path.dirname(os.path.realpath(soffice))
    return any(glob.glob(os.path.join(program, pat)) for pat in ("libsclo.*", "sclo.dll", "libsclo*"))


@pytest.mark.skipif(not _calc_installed(), reason="LibreOffice Calc not installed")
def test_libreoffice_shows_the_text_itself(tmp_path):
    plan = _plan()
    out = tmp_path / "bang.xlsx"
    export_xlsx(plan, str(out))
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    conv = tmp_path / "csv"
    conv.mkdir()
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(conv), str(out)],
                   check=True, capture_output=True, timeout=180)
    [csv_path] = glob.glob(os.path.join(conv, "*.csv"))
    with open(csv_path, encoding="utf-8") as f:
        shown = {v for row in csv.reader(f) for v in row if v}
    assert "- Sở Nội vụ" in shown and "+ UBND cấp huyện" in shown
    missing = _texts_expected(plan) - shown
    assert not missing, (missing, shown)
    assert not any(v.startswith(("#NAME", "Err:", "#VALUE")) for v in shown), shown
