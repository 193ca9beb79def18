"""Property-based tests: any sequence of tree operations keeps numbering
contiguous and the tree consistent, in memory and after a save/reopen."""
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import numbering
from core import operations as ops
from core.dump import dump
from core.model import Plan
from core.store.planfile import PlanStore


def check_tree(plan: Plan):
    nums = plan.section_numbers()

    def visit(children, parent):
        kinds = [c.kind for c in children]
        assert len(set(kinds)) <= 1, "siblings share one level"
        for i, c in enumerate(children, 1):
            assert c.parent_id == (parent.id if parent else None)
            assert nums[c.id] == numbering.label(c.kind, i)
            if parent is not None:
                assert numbering.KINDS.index(c.kind) > numbering.KINDS.index(parent.kind)
            visit(c.children, c)
    visit(plan.sections, None)


OPS = st.lists(st.tuples(st.sampled_from(["add", "add_child", "delete", "indent", "outdent", "up", "down", "move"]),
                         st.integers(0, 50), st.integers(0, 50)), max_size=40)


def apply(plan, op, a, b):
    secs = list(plan.walk())
    try:
        if op == "add" or not secs:
            ops.add_section(plan, None, a % (len(plan.sections) + 1), title=f"S{a}")
            return
        s = secs[a % len(secs)]
        if op == "add_child":
            ops.add_section(plan, s.id, None, title=f"C{b}")
        elif op == "delete":
            ops.delete_section(plan, s.id)
        elif op == "indent":
            ops.indent_section(plan, s.id)
        elif op == "outdent":
            ops.outdent_section(plan, s.id)
        elif op == "up":
            ops.move_section_by(plan, s.id, -1)
        elif op == "down":
            ops.move_section_by(plan, s.id, 1)
        elif op == "move":
            t = secs[b % len(secs)]
            ops.move_section(plan, s.id, t.id, 0)
    except ops.OperationError:
        pass


@given(OPS)
@settings(max_examples=150, deadline=None)
def test_tree_operations_keep_numbering_contiguous(seq):
    plan = Plan()
    for op, a, b in seq:
        apply(plan, op, a, b)
        check_tree(plan)


@given(OPS)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_tree_operations_survive_save_and_reopen(tmp_path, seq):
    path = os.path.join(tmp_path, f"t{abs(hash(str(seq)))}.sqlite")
    if os.path.exists(path):
        os.unlink(path)
    plan = Plan()
    store = PlanStore.create(path, plan)
    try:
        for op, a, b in seq:
            before = {s.id for s in plan.walk()}
            apply(plan, op, a, b)
            after = {s.id for s in plan.walk()}
            # write only what the operation could have touched (as the GUI does)
            store.sync(plan, before | after)
        reopened = PlanStore.open(path).load()
        check_tree(reopened)
        assert dump(reopened) == dump(plan)
    finally:
        store.close()


def test_cannot_nest_below_diem():
    plan = Plan()
    s, _ = ops.add_section(plan, None)
    k, _ = ops.add_section(plan, s.id)
    d, _ = ops.add_section(plan, k.id)
    assert (s.kind, k.kind, d.kind) == ("muc", "khoan", "diem")
    with pytest.raises(ops.OperationError):
        ops.add_section(plan, d.id)
    # moving a section with children under a khoản would be too deep
    s2, _ = ops.add_section(plan, None)
    ops.add_section(plan, s2.id)
    k2 = s2.children[0]
    ops.add_section(plan, k2.id)
    with pytest.raises(ops.OperationError):
        ops.move_section(plan, s2.id, k.id, 0)
    check_tree(plan)
