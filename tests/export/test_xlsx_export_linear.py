"""Issue 12, item 11: the Excel export was worse than linear (100,000 rows:
36× the time of 10,000).  The cause: openpyxl's ``merge_cells`` checks every
new merge against all the earlier ones — one per group row — so the work grew
with the square of the group rows.  Here the work is counted (range
comparisons, style hashes), not timed: the figures are in
bench/bench_limits.py and docs/benchmarks.md."""
from __future__ import annotations

import zipfile

from openpyxl import load_workbook
from openpyxl.descriptors.serialisable import Serialisable
from openpyxl.worksheet.cell_range import CellRange

from core.export.xlsx import export_xlsx
from core.model import Appendix, Column, Plan, Row


def plan_with(groups: int, per_group: int = 2) -> Plan:
    cols = [Column(key="tt", title="TT"), Column(key="task", title="Nhiệm vụ"),
            Column(key="lead", title="Chủ trì", group="Phân công"), Column(key="support", title="Phối hợp",
                                                                           group="Phân công")]
    app = Appendix(title="Nhiệm vụ", columns=cols)
    for g in range(groups):
        app.rows.append(Row(kind="group", cells={cols[1].id: f"Nhóm {g + 1}"}))
        for t in range(per_group):
            app.rows.append(Row(kind="task", cells={cols[1].id: f"Việc {g}.{t}", cols[2].id: "Sở Nội vụ"}))
    return Plan(appendices=[app])


def work(monkeypatch, tmp_path, groups: int) -> int:
    count = {"n": 0}
    orig_sub, orig_hash = CellRange.issubset, Serialisable.__hash__

    def issubset(self, other):
        count["n"] += 1
        return orig_sub(self, other)

    def hash_(self):
        count["n"] += 1
        return orig_hash(self)
    monkeypatch.setattr(CellRange, "issubset", issubset)
    monkeypatch.setattr(CellRange, "__le__", issubset)     # what `range in ranges` calls
    monkeypatch.setattr(Serialisable, "__hash__", hash_)
    export_xlsx(plan_with(groups), str(tmp_path / f"x{groups}.xlsx"))
    monkeypatch.undo()
    return count["n"]


def test_work_grows_linearly_with_group_rows(monkeypatch, tmp_path):
    small, big = work(monkeypatch, tmp_path, 300), work(monkeypatch, tmp_path, 1200)
    assert big <= 4.5 * small + 100, (small, big)     # quadratic: 16×


def test_group_rows_still_merged_and_styled(tmp_path):
    p = str(tmp_path / "x.xlsx")
    export_xlsx(plan_with(50, 1), p)
    ws = load_workbook(p).active
    merged = {str(r) for r in ws.merged_cells.ranges}
    first = next(r for r in range(1, 20) if ws.cell(r, 2).value == "Nhóm 1")
    for g in range(50):
        r = first + 2 * g
        assert ws.cell(r, 2).value == f"Nhóm {g + 1}" and f"B{r}:D{r}" in merged
        assert ws.cell(r, 2).font.b and ws.cell(r, 3).border.top.style == "thin"
        assert ws.cell(r + 1, 2).value == f"Việc {g}.0" and not ws.cell(r + 1, 2).font.b
        assert ws.cell(r + 1, 2).border.left.style == "thin" and ws.cell(r + 1, 2).alignment.wrap_text
    with zipfile.ZipFile(p) as z:
        assert z.testzip() is None
