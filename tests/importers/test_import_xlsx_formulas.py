"""An Excel table whose formulas were never computed (written by a program, not
saved by Excel): each formula is kept as its own text, named in the import
report — not imported as an empty task, and never as a live formula
(issue 12 item 6; this replaced the earlier refusal)."""
import os

from openpyxl import Workbook

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


def test_uncomputed_formula_is_kept_as_its_text_and_reported(tmp_path):
    p = tmp_path / "bang.xlsx"
    _book(p, formula=True)
    t = read_table(str(p))
    texts = [c.text for r in t.rows for c in r]
    assert '=B2&" (tiếp)"' in texts, texts
    assert any("B3" in n and "công thức" in n for n in t.notes), t.notes


def test_plain_values_and_empty_cells_still_import(tmp_path):
    p = tmp_path / "bang.xlsx"
    _book(p, formula=False)
    t = read_table(str(p))
    texts = [" | ".join(c.text for c in r) for r in t.rows]
    assert any("Rà soát (tiếp)" in x for x in texts), texts
