"""Issue 12 item 6 (import side): a formula cell of an Excel sheet comes in
as the text it shows (the value Excel saved), or — never computed — as the
formula's own characters; the import report names each such cell, and the
exported sheet writes it back as text, not as a formula."""
from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import zipfile

from openpyxl import Workbook, load_workbook

from core.importers.xlsx import read_table

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "resources", "samples", "002_4ddd967f79e7422c.sqlite")
LINK = '=HYPERLINK("http://example.invalid/x","Bấm vào đây")'


def _book(path, cached: str | None):
    wb = Workbook()
    ws = wb.active
    ws.append(["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"])
    ws.append([1, LINK, "- Sở Nội vụ", "Quý IV"])
    ws.append([2, "Rà soát thủ tục", "=cmd|' /C calc'!A0", "Thường xuyên"])
    buf = io.BytesIO()
    wb.save(buf)
    if cached is None:
        path.write_bytes(buf.getvalue())
        return
    # what Excel writes on saving: the formula and, beside it, the value it showed
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                head, rest = text.split('<c r="B2"', 1)
                cell, tail = rest.split("</c>", 1)
                cell = cell.replace("<v></v>", "<v>" + cached + "</v>").replace("<v />", "<v>" + cached + "</v>")
                text = head + '<c r="B2" t="str"' + cell + "</c>" + tail
                data = text.encode()
            zout.writestr(info, data)


def test_cached_value_is_taken_as_text_and_reported(tmp_path):
    p = tmp_path / "bang.xlsx"
    _book(p, cached="Bấm vào đây")
    t = read_table(str(p))
    tasks = [r[1].text for r in t.rows]
    assert tasks[0] == "Bấm vào đây"
    assert any("B2" in n and "HYPERLINK" in n and "Bấm vào đây" in n for n in t.notes), t.notes


def test_uncomputed_formula_is_kept_as_characters_and_reported(tmp_path):
    p = tmp_path / "bang.xlsx"
    _book(p, cached=None)
    t = read_table(str(p))
    assert t.rows[0][1].text == LINK
    assert t.rows[1][2].text == "=cmd|' /C calc'!A0"
    assert t.rows[0][2].text == "- Sở Nội vụ"
    assert any(n.startswith("Ô B2 ") for n in t.notes) and any(n.startswith("Ô C3 ") for n in t.notes), t.notes


def test_cli_import_reports_and_round_trips_as_text(tmp_path):
    p = tmp_path / "bang.xlsx"
    _book(p, cached=None)
    plan = tmp_path / "kh.sqlite"
    shutil.copy(SAMPLE, plan)
    env = dict(os.environ, PYTHONPATH=ROOT)
    r = subprocess.run([sys.executable, os.path.join(ROOT, "main.py"), "import", str(p), "--into", str(plan),
                        "--map", "Đơn vị chủ trì=lead", "--map", "Thời gian hoàn thành=deadline",
                        "--map", "Nhiệm vụ=task"],
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "Ô B2" in r.stdout and "công thức" in r.stdout, r.stdout
    out = tmp_path / "ra.xlsx"
    r = subprocess.run([sys.executable, os.path.join(ROOT, "main.py"), "export-xlsx", str(plan), str(out)],
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    cells = [c for ws in load_workbook(out) for row in ws.iter_rows() for c in row if c.value is not None]
    assert not [c.value for c in cells if c.data_type == "f"]
    assert LINK in {c.value for c in cells}
