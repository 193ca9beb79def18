"""An Excel table whose formulas were never computed (written by a program, not
saved by Excel) is refused with the cells named — not imported as empty tasks."""
import os
import shutil

import pytest
from openpyxl import Workbook

from core.errors import PlanError
from core.importers.xlsx import read_table

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _book(path, formula: bool):
    wb = Workbook()
    ws = wb.active
    ws.append(["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"])
    ws.append([1, "Rà soát thủ tục hành chính", "Sở Nội vụ", "Quý IV hàng năm"])
    ws.append([2, '=B2&" (tiếp)"' if formula else "Rà soát (tiếp)", "Sở Tư pháp", "Thường xuyên"])
    ws.append([3, "", "Sở Tài chính", ""])          # a truly empty cell stays fine
    wb.save(path)


def test_uncomputed_formula_is_refused_with_its_cell(tmp_path):
    p = tmp_path / "bang.xlsx"
    _book(p, formula=True)
    with pytest.raises(PlanError) as e:
        read_table(str(p))
    assert "B3" in e.value.vi and "công thức" in e.value.vi and "Excel" in e.value.en


def test_plain_values_and_empty_cells_still_import(tmp_path):
    p = tmp_path / "bang.xlsx"
    _book(p, formula=False)
    t = read_table(str(p))
    texts = [" | ".join(c.text for c in r) for r in t.rows]
    assert any("Rà soát (tiếp)" in x for x in texts), texts
