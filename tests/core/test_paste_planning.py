"""Issue 13, item 6: the domain logic of Ctrl+V, Ctrl+D / Ctrl+R, Delete and Ctrl+C on an appendix table
lives in core/paste.py and is tested without a screen; the editor only reads the clipboard and the
selection and runs the resulting core edit."""
from __future__ import annotations

import csv
import io

from core import edits
from core.paste import block_text, clear_changes, fill_changes, parse_tsv, paste_plan, tt_kind


def _cells(app, c):
    return [r.cells.get(app.columns[c].id, "") for r in app.rows]


def test_parse_tsv_reads_excel_clipboard():
    assert parse_tsv("một ô") == [["một ô"]]
    assert parse_tsv('a\t"dòng 1\ndòng 2"\r\nb\tc\r\n') == [["a", "dòng 1\ndòng 2"], ["b", "c"]]
    # an empty cell inside a copied column is a row (it clears its cell); empty rows at the ends go
    assert parse_tsv("\n\nx\n\ny\n\n") == [["x"], [""], ["y"]]


def test_tt_column_says_group_or_task():
    assert [tt_kind(x) for x in ("II", "B.", "3", "", " ", "1.2")] == ["group", "group", "task", None, None, "task"]


def test_paste_overwrites_from_the_current_cell_and_adds_rows_past_the_end(task_table):
    plan, app = task_table(3)
    ids = [r.id for r in app.rows]
    p = paste_plan(app, "Mới 2\tSở A\nMới 3\tSở B\nMới 4\tSở C\n", row=1, column=1)
    assert p.start == 1 and p.column == 1 and p.width == 2
    assert [rid for rid, _, _ in p.overwrite] == ids[1:]
    assert len(p.new) == 1 and p.new[0]["kind"] == "task"
    edits.paste_rows(plan, app.id, *p.args())
    assert _cells(app, 1) == ["Việc 1", "Mới 2", "Mới 3", "Mới 4"]
    assert _cells(app, 2) == ["", "Sở A", "Sở B", "Sở C"]
    assert _cells(app, 3) == ["Quý 1", "Quý 2", "Quý 3", ""]          # cells past the block untouched


def test_paste_with_tt_makes_groups_and_tasks(task_table):
    plan, app = task_table(1)
    p = paste_plan(app, "I\tNhóm một\n1\tViệc một\nA\tNhóm con\n", row=0, column=0, as_new_rows=True)
    assert p.start == 1 and p.overwrite == []
    assert [x["kind"] for x in p.new] == ["group", "task", "group"]
    made = edits.paste_rows(plan, app.id, *p.args()).result
    assert [r.kind for r in app.rows] == ["task", "group", "task", "group"]
    assert [r.id for r in made] == [r.id for r in app.rows[1:]]
    # over an existing row, a TT number changes its kind
    p = paste_plan(app, "II\tĐổi thành nhóm", row=0, column=0)
    assert p.overwrite == [(app.rows[0].id, {app.columns[1].id: "Đổi thành nhóm"}, "group")]


def test_paste_without_a_current_cell_or_with_nothing(task_table):
    plan, app = task_table(2)
    p = paste_plan(app, "\nx\ty\n\n", row=None, column=None)
    assert p.start == 2 and p.column == 1 and p.new == [{"kind": "task", "cells": {app.columns[1].id: "x",
                                                                                  app.columns[2].id: "y"}}]
    assert paste_plan(app, "", 0, 1) is None
    assert paste_plan(app, "\n\t\n", 0, 1, as_new_rows=True) is None      # no empty new rows
    assert paste_plan(app, "", None, None) is None
    # cells that would fall past the last column are dropped
    p = paste_plan(app, "a\tb\tc\td", row=0, column=2)
    assert p.overwrite == [(app.rows[0].id, {app.columns[2].id: "a", app.columns[3].id: "b"}, None)]


def test_paste_converts_legacy_vietnamese_text(task_table):
    from tests.core.test_legacy_encodings import _tcvn, to_vni
    plan, app = task_table(1)
    want = "Nâng cao chất lượng phục vụ người dân"
    for enc in (_tcvn, to_vni):
        typed = enc(want) + "\t" + enc("Sở Nội vụ")
        p = paste_plan(app, typed, row=0, column=1)
        assert p.overwrite[0][1] == {app.columns[1].id: want, app.columns[2].id: "Sở Nội vụ"}


def test_fill_down_and_right(task_table):
    plan, app = task_table(4)
    ids = [r.id for r in app.rows]
    task, lead, dl = (app.columns[i].id for i in (1, 2, 3))
    # several cells of a column: the first is copied into the others; TT left alone
    ch = fill_changes(app, [(0, 1), (1, 1), (2, 1), (0, 0), (1, 0)], down=True)
    assert ch == [(ids[1], task, "Việc 1"), (ids[2], task, "Việc 1")]
    # one cell: the row above on the screen (a sorted view: rows 3, 2, 1, 0; row 2 hidden by a filter)
    assert fill_changes(app, [(1, 3)], down=True, order=[3, 2, 1, 0], hidden={2}) == [(ids[1], dl, "Quý 4")]
    assert fill_changes(app, [(0, 3)], down=True) == []                     # nothing above the first row
    # right: the first non-TT cell of the row into the others; one cell takes the cell to its left
    assert fill_changes(app, [(0, 0), (0, 1), (0, 2)], down=False) == [(ids[0], lead, "Việc 1")]
    assert fill_changes(app, [(2, 3)], down=False) == [(ids[2], dl, "")]
    assert fill_changes(app, [(2, 1)], down=False) == []                    # only TT on its left
    edits.set_cells(plan, app.id, fill_changes(app, [(0, 1), (3, 1)], down=True))
    assert _cells(app, 1)[3] == "Việc 1"


def test_clear_and_copy(task_table):
    plan, app = task_table(2)
    ids = [r.id for r in app.rows]
    assert clear_changes(app, [(0, 0), (0, 1), (0, 2)]) == [(ids[0], app.columns[1].id, "")]
    app.rows[1].cells[app.columns[1].id] = "hai\ndòng"
    text = block_text(app, [0, 1], [0, 1, 3], {ids[0]: "1", ids[1]: "2"})
    assert list(csv.reader(io.StringIO(text), delimiter="\t")) == [["1", "Việc 1", "Quý 1"],
                                                                   ["2", "hai\ndòng", "Quý 2"]]
    assert parse_tsv(text) == [["1", "Việc 1", "Quý 1"], ["2", "hai\ndòng", "Quý 2"]]   # round trip
