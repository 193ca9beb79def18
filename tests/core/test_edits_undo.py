"""Every edit is a core function that says what it changed and can be taken back (no screen)."""
import copy
import glob
import os

import pytest

from core import edits
from core.dump import dump
from core.operations import OperationError
from core.store.planfile import PlanStore

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = sorted(glob.glob(os.path.join(ROOT, "resources", "samples", "004_*.sqlite")))[0]


@pytest.fixture
def plan():
    s = PlanStore.open(SAMPLE)
    try:
        return s.load()
    finally:
        s.close()


def _dump(plan):
    return copy.deepcopy(dump(plan, ids=True))


def _cases(plan):
    app = plan.appendices[0]
    task = next(r for r in app.rows if r.kind == "task")
    col = next(c for c in app.columns if c.key == "task")
    sec = plan.sections[0]
    return [
        (edits.add_section, (None, 1, "Mục mới"), ("sections",)),
        (edits.delete_section, (sec.id,), ("sections",)),
        (edits.move_section_by, (plan.sections[1].id, -1), ("sections",)),
        (edits.set_meta, (), ("meta",)),
        (edits.add_signer, (), ("signers",)),
        (edits.set_recipients, (["- Sở Nội vụ;", "- Lưu: VT."],), ("recipients",)),
        (edits.add_appendix, ("Phụ lục mới",), ("appendices",)),
        (edits.set_cell, (app.id, task.id, col.id, "Nhiệm vụ đã sửa"), ("rowdata", app.id, (task.id,), "cells")),
        (edits.insert_rows, (app.id, 0, [{"kind": "task", "cells": {col.id: "Dòng mới"}}]), ("rows", app.id)),
        (edits.delete_rows, (app.id, [task.id]), ("rows", app.id)),
        (edits.set_rows, (app.id, [task.id], ), ("rowdata", app.id, (task.id,))),
        (edits.add_column, (app.id, 1, "Cột mới"), ("columns", app.id)),
        (edits.remove_column, (app.id, col.id), ("columns", app.id)),
        (edits.rename_column, (app.id, col.id, "Nhiệm vụ"), ("columns", app.id)),
    ]


def test_every_edit_says_what_it_changed_and_undo_redo_round_trip(plan):
    for fn, args, view in _cases(plan):
        kw = {"title": "KẾ HOẠCH đã sửa"} if fn is edits.set_meta else {}
        kw = {"kind": "group"} if fn is edits.set_rows else kw
        before = _dump(plan)
        ch = fn(plan, *args, **kw)
        after = _dump(plan)
        assert after != before, fn.__name__
        assert ch.ids, fn.__name__                       # records for the store's sync
        assert view in ch.views, (fn.__name__, ch.views)  # views to refresh
        assert ch.text("vi") and ch.text("en") and ch.text("vi") != ch.text("en")
        ch.step.undo(plan)
        assert _dump(plan) == before, fn.__name__
        ch.step.redo(plan)
        assert _dump(plan) == after, fn.__name__
        ch.step.undo(plan)


def test_a_refused_edit_leaves_the_plan_as_it_was(plan):
    before = _dump(plan)
    with pytest.raises(OperationError):
        edits.move_signer(plan, plan.signers[0].id, -1)
    with pytest.raises(OperationError):
        edits.set_rows(plan, plan.appendices[0].id, [plan.appendices[0].rows[0].id], cells={"x": "y"})
    assert _dump(plan) == before


def test_typing_in_one_field_joins_one_step(plan):
    a = edits.set_meta(plan, title="A")
    b = edits.set_meta(plan, title="AB")
    c = edits.set_meta(plan, number="12")
    assert a.step.absorb(b.step)
    assert not a.step.absorb(c.step)                 # another field: its own step


def test_replace_content_is_one_undoable_step(plan):
    other = copy.deepcopy(plan)
    other.meta.title = "Bản sao lưu"
    other.appendices = []
    before = _dump(plan)
    ch = edits.replace_content(plan, other)
    assert plan.meta.title == "Bản sao lưu" and plan.appendices == []
    gone = {a.id for a in ch.step.before[0]["appendices"]}
    assert gone and gone <= ch.ids           # the dropped appendices are written (deleted)
    ch.step.undo(plan)
    assert _dump(plan) == before
