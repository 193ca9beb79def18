"""Issue 18 item 5: Excel's fill handle on an appendix table — what dragging the selection's corner
down or right writes is decided in core/paste.py (`extend_changes`), without a screen."""
from __future__ import annotations

from core import edits
from core.paste import extend_changes, fill_changes


def test_one_row_dragged_down_is_a_plain_copy_like_ctrl_d(task_table):
    plan, app = task_table(5)
    ids = [r.id for r in app.rows]
    dl = app.columns[3].id
    ch = extend_changes(app, [0], [3], [1, 2, 3], down=True)
    assert ch == [(ids[1], dl, "Quý 1"), (ids[2], dl, "Quý 1"), (ids[3], dl, "Quý 1")]   # no series "Quý 2"
    # the same cells Ctrl+D over the extended range would write
    assert sorted(ch) == sorted(fill_changes(app, [(r, 3) for r in range(4)], down=True))
    edits.set_cells(plan, app.id, ch)
    assert [r.cells[dl] for r in app.rows] == ["Quý 1"] * 4 + ["Quý 5"]


def test_tt_left_alone_and_several_rows_repeat_in_turn(task_table):
    plan, app = task_table(5)
    ids = [r.id for r in app.rows]
    task = app.columns[1].id
    # TT and Nhiệm vụ selected on rows 0-1, dragged over rows 2-4: TT (a computed number) untouched,
    # the two rows repeated in turn; the selection itself not written
    ch = extend_changes(app, [0, 1], [0, 1], [2, 3, 4], down=True)
    assert ch == [(ids[2], task, "Việc 1"), (ids[3], task, "Việc 2"), (ids[4], task, "Việc 1")]
    assert extend_changes(app, [0], [0], [1, 2], down=True) == []          # TT only: nothing to copy
    assert extend_changes(app, [0, 1], [1], [1, 2], down=True) == [(ids[2], task, "Việc 1")]
    assert extend_changes(app, [0], [1], [], down=True) == []


def test_screen_order_and_filtered_rows_are_the_callers_targets(task_table):
    plan, app = task_table(5)
    ids = [r.id for r in app.rows]
    task = app.columns[1].id
    # a sorted view shows rows 4, 3, 2, 1, 0 and a filter hides row 2: dragging row 4 down over the
    # rows shown below it writes rows 3 and 1 only — the hidden row is not touched
    assert extend_changes(app, [4], [1], [3, 1], down=True) == [(ids[3], task, "Việc 5"), (ids[1], task, "Việc 5")]


def test_dragged_right_copies_along_the_row(task_table):
    plan, app = task_table(2)
    ids = [r.id for r in app.rows]
    task, lead, dl = (app.columns[i].id for i in (1, 2, 3))
    assert extend_changes(app, [0, 1], [1], [2, 3], down=False) == [
        (ids[0], lead, "Việc 1"), (ids[0], dl, "Việc 1"), (ids[1], lead, "Việc 2"), (ids[1], dl, "Việc 2")]
    # two columns dragged over one more: the first is repeated; a TT target or source is skipped
    assert extend_changes(app, [0], [0, 1, 2], [3], down=False) == [(ids[0], dl, "Việc 1")]
    assert extend_changes(app, [0], [1], [0], down=False) == []
