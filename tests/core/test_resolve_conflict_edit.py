"""Issue 13, item 1: resolving a merge conflict is a core edit like any other — pure over the model,
one undoable step, written by the store's sync (the record and the conflict list); Undo brings back
the value and the conflict as pending, on disk too, and the edits made before it stay undoable."""
from __future__ import annotations

import pytest

from core import edits
from core import merge as M
from core.dump import dump
from core.errors import PlanError
from core.model import CONFLICTS_ID
from core.store.planfile import PlanStore, load_plan_readonly
from tests.merge.test_merge_util import SAMPLES, Pick, copy, delete_rows, edit, make_base, set_cell, set_meta


@pytest.fixture
def merged(tmp_path):
    """A real merged plan file: one cell and the plan number edited differently in two copies, and a
    row deleted in one copy and edited in the other."""
    base = make_base(tmp_path, SAMPLES[0] if SAMPLES else "template:papi")
    p = Pick(base)
    a, b = copy(base, tmp_path, "a.sqlite"), copy(base, tmp_path, "b.sqlite")
    aid, cid, rows = p.app.id, p.task.id, p.rows
    edit(a, set_cell(aid, rows[0].id, cid, "Huyện viết"), set_meta(number="3"),
         set_cell(aid, rows[5].id, cid, "Huyện vẫn cần dòng này"))
    edit(b, set_cell(aid, rows[0].id, cid, "Sở viết"), set_meta(number="4"), delete_rows(aid, [rows[5].id]))
    out = str(tmp_path / "m.sqlite")
    res = M.merge_files(a, b, out)
    assert {c["kind"] for c in res.conflicts} >= {"field", "delete"}
    return out, p


def _cell(plan, p, rid):
    return next(r.cells.get(p.task.id) for a in plan.appendices for r in a.rows if r.id == rid)


def _pending(path):
    return M.pending_conflicts(load_plan_readonly(path))


def test_resolving_is_one_undoable_edit_written_by_sync(merged):
    out, p = merged
    st = PlanStore.open(out)
    try:
        plan = st.load()
        assert len(M.pending_conflicts(plan)) == 3          # the list is part of the loaded plan
        cell = next(c for c in plan.conflicts if c.get("rec_id") == p.rows[0].id)
        # an edit before the resolution
        earlier = edits.set_meta(plan, title="KẾ HOẠCH sửa trước khi xử lý xung đột")
        st.sync(plan, earlier.ids)
        on_disk_before = dump(load_plan_readonly(out), ids=True)

        ch = edits.resolve_conflicts(plan, [(cell["id"], "theirs", None)])
        assert ch.text("vi") == "Giải quyết xung đột" and ch.text("en") == "Resolve merge conflict"
        assert p.rows[0].id in ch.ids and CONFLICTS_ID in ch.ids
        assert ch.result.touched == {p.rows[0].id} and ch.result.errors == []
        assert ("appendices",) in ch.views and ("conflicts",) in ch.views
        assert _cell(plan, p, p.rows[0].id) == "Sở viết"
        st.sync(plan, ch.ids)
        # on disk: the value, and the conflict marked resolved
        disk = load_plan_readonly(out)
        assert _cell(disk, p, p.rows[0].id) == "Sở viết"
        assert cell["id"] not in {c["id"] for c in M.pending_conflicts(disk)}
        assert next(c for c in disk.conflicts if c["id"] == cell["id"])["resolved"]["choice"] == "theirs"
        assert disk.meta.title == "KẾ HOẠCH sửa trước khi xử lý xung đột"

        # Undo: the value and the pending conflict come back, in the plan and on disk
        st.sync(plan, ch.step.undo(plan))
        assert _cell(plan, p, p.rows[0].id) == "Huyện viết"
        assert len(M.pending_conflicts(plan)) == 3
        assert dump(load_plan_readonly(out), ids=True) == on_disk_before
        assert len(_pending(out)) == 3
        # the edit made before it is still undoable
        st.sync(plan, earlier.step.undo(plan))
        assert load_plan_readonly(out).meta.title != "KẾ HOẠCH sửa trước khi xử lý xung đột"
        # and Redo of both puts the resolution back
        st.sync(plan, earlier.step.redo(plan))
        st.sync(plan, ch.step.redo(plan))
        assert _cell(load_plan_readonly(out), p, p.rows[0].id) == "Sở viết" and len(_pending(out)) == 2
    finally:
        st.close()


def test_delete_and_own_wording_and_undo(merged):
    out, p = merged
    st = PlanStore.open(out)
    try:
        plan = st.load()
        gone = next(c for c in plan.conflicts if c["kind"] == "delete")
        num = next(c for c in plan.conflicts if c.get("table") == "meta")
        before = dump(plan, ids=True)
        ch = edits.resolve_conflicts(plan, [(gone["id"], "delete", None),
                                            (num["id"], "edit", M.value_from_text(num, "03"))])
        st.sync(plan, ch.ids)
        disk = load_plan_readonly(out)
        assert p.rows[5].id not in {r.id for a in disk.appendices for r in a.rows}
        assert disk.meta.number == "03"
        assert len(M.pending_conflicts(disk)) == 1
        st.sync(plan, ch.step.undo(plan))
        assert dump(plan, ids=True) == before
        disk = load_plan_readonly(out)
        assert p.rows[5].id in {r.id for a in disk.appendices for r in a.rows}   # the row is back on disk
        assert dump(disk, ids=True) == before and len(M.pending_conflicts(disk)) == 3
    finally:
        st.close()


def test_a_refused_choice_changes_nothing(merged):
    out, _ = merged
    st = PlanStore.open(out)
    try:
        plan = st.load()
        before = (dump(plan, ids=True), [dict(c) for c in plan.conflicts])
        with pytest.raises(PlanError):
            edits.resolve_conflicts(plan, [("no-such-conflict", "mine", None)])
        cell = next(c for c in plan.conflicts if c["kind"] == "field" and c.get("table") == "appendix_row")
        with pytest.raises(PlanError):
            edits.resolve_conflicts(plan, [(cell["id"], "keep", None)])      # not a choice for a value
        assert (dump(plan, ids=True), plan.conflicts) == before
        # one refused among others: the others are applied, the refusal reported
        ch = edits.resolve_conflicts(plan, [(cell["id"], "mine", None), ("no-such-conflict", "mine", None)])
        assert [cid for cid, _ in ch.result.errors] == ["no-such-conflict"]
        assert len(M.pending_conflicts(plan)) == 2
    finally:
        st.close()
