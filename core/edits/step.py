"""One edit as one recorded step (:func:`_edit`), and moving an item within its list.
"""
from __future__ import annotations

from .. import operations as ops
from ..model import Plan
from ..undo import Changes, recording

NO_FURTHER = ("Không thể di chuyển thêm.", "Cannot move any further.")


def _edit(plan: Plan, label, scopes, fn, merge_key=None) -> Changes:
    """Run *fn(plan)* — returning ids, or (result, ids) — as one recorded edit."""
    with recording(plan, label, scopes, merge_key) as rec:
        out = fn(plan)
        rec.result, ids = out if isinstance(out, tuple) else (None, out)
        rec.ids |= set(ids)
    return rec.changes


def _move_in(lst: list, rid: str, delta: int):
    i = next(k for k, x in enumerate(lst) if x.id == rid)
    j = i + delta
    if not 0 <= j < len(lst):
        raise ops.OperationError(*NO_FURTHER)
    x = lst.pop(i)
    ops.place(lst, j, x)
