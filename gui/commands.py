"""Undo commands: every edit is one core/operations call, one ``sync``, one undo step.

A :class:`PlanCommand` is built *after* its action already ran (see
:meth:`gui.document.Document.run`): it holds, for each *scope* the action
may touch, a snapshot from before and after.  Undo restores the "before"
snapshots into the in-memory Plan and writes the affected records with
``store.sync(plan, ids)`` — one transaction — redo restores "after".
Scopes are cheap for big appendices: row membership is a list of
references, row content is copied only for the rows named.
"""
from __future__ import annotations

import copy
import time

from PySide6.QtGui import QUndoCommand

from core.model import Plan
from core.operations import find_appendix


# ------------------------------------------------------------------ scopes --
class Scope:
    tag: tuple = ()

    def capture(self, plan: Plan):
        raise NotImplementedError

    def restore(self, plan: Plan, snap) -> None:
        raise NotImplementedError

    def ids(self, before, after) -> set[str]:
        raise NotImplementedError


def _section_ids(sections) -> set[str]:
    out = set()
    for s in sections:
        out |= {x.id for x in s.walk()}
    return out


class SectionsScope(Scope):
    """The whole section tree (small: a plan has tens of sections)."""
    tag = ("sections",)

    def capture(self, plan):
        return copy.deepcopy(plan.sections)

    def restore(self, plan, snap):
        plan.sections = copy.deepcopy(snap)

    def ids(self, before, after):
        return _section_ids(before) | _section_ids(after)


class SectionTextScope(Scope):
    def __init__(self, sid: str):
        self.sid = sid
        self.tag = ("section", sid)

    def capture(self, plan):
        s = plan.find_section(self.sid)
        return copy.deepcopy((s.title, s.body, s.tail)) if s else None

    def restore(self, plan, snap):
        s = plan.find_section(self.sid)
        if s is not None and snap is not None:
            s.title, s.body, s.tail = copy.deepcopy(snap)

    def ids(self, before, after):
        return {self.sid}


class MetaScope(Scope):
    tag = ("meta",)

    def capture(self, plan):
        return copy.deepcopy(vars(plan.meta))

    def restore(self, plan, snap):
        vars(plan.meta).update(copy.deepcopy(snap))

    def ids(self, before, after):
        return {before["id"], after["id"]}


class ListScope(Scope):
    """A small list of records on the plan: signers, recipients, agencies."""

    def __init__(self, attr: str):
        self.attr = attr
        self.tag = (attr,)

    def capture(self, plan):
        return copy.deepcopy(getattr(plan, self.attr))

    def restore(self, plan, snap):
        setattr(plan, self.attr, copy.deepcopy(snap))

    def ids(self, before, after):
        return {r.id for r in before} | {r.id for r in after}


class TrackingScope(Scope):
    """The done marks (tracking records) of a few rows — what a deadline cell edit may move —
    without copying the marks of the whole plan (10,000 rows × 4 marks: 0.8 s a step)."""

    def __init__(self, rids):
        self.rids = set(rids)
        self.tag = ("tracking",)

    def capture(self, plan):
        return [copy.deepcopy(t) for t in plan.tracking if t.row_id in self.rids]

    def restore(self, plan, snap):
        plan.tracking = [t for t in plan.tracking if t.row_id not in self.rids] + copy.deepcopy(snap)

    def ids(self, before, after):
        return {t.id for t in before} | {t.id for t in after}


_APP_ATTRS = ("title", "label", "attachment", "numbering", "landscape")


class AppendicesScope(Scope):
    """Which appendices there are, their order and their own fields."""
    tag = ("appendices",)

    def capture(self, plan):
        return [(a, a.pos, copy.deepcopy({k: getattr(a, k) for k in _APP_ATTRS})) for a in plan.appendices]

    def restore(self, plan, snap):
        plan.appendices = [a for a, _, _ in snap]
        for a, pos, attrs in snap:
            a.pos = pos
            for k, v in copy.deepcopy(attrs).items():
                setattr(a, k, v)

    def ids(self, before, after):
        b = {a.id: a for a, _, _ in before}
        f = {a.id: a for a, _, _ in after}
        out = set(b) | set(f)
        for aid in set(b) ^ set(f):
            a = b.get(aid) or f.get(aid)
            out |= {c.id for c in a.columns} | {r.id for r in a.rows}
        return out


class RowsScope(Scope):
    """Membership and order of one appendix's rows (references, not copies)."""

    def __init__(self, aid: str):
        self.aid = aid
        self.tag = ("rows", aid)

    def capture(self, plan):
        return [(r, r.pos) for r in find_appendix(plan, self.aid).rows]

    def restore(self, plan, snap):
        app = find_appendix(plan, self.aid)
        app.rows[:] = [r for r, _ in snap]
        for r, pos in snap:
            r.pos = pos

    def ids(self, before, after):
        b = {r.id: p for r, p in before}
        f = {r.id: p for r, p in after}
        return {rid for rid in set(b) | set(f) if b.get(rid) != f.get(rid)}


_ROW_FIELDS = ("kind", "level", "continues", "cells", "lead", "support", "status", "flag")


class RowDataScope(Scope):
    """The content of a few rows of one appendix.  *hints* (row positions the
    caller already knows) avoid a scan of a 10,000-row list; *cells_only*
    says the numbering cannot change (the view skips renumbering)."""

    def __init__(self, aid: str, rids, hints=(), cells_only: bool = False):
        self.aid = aid
        self.rids = list(rids)
        self.hints = list(hints)
        self.tag = ("rowdata", aid, tuple(self.rids)) + (("cells",) if cells_only else ())

    def _rows(self, plan):
        rows = find_appendix(plan, self.aid).rows
        want = set(self.rids)
        found = [rows[i] for i in self.hints if 0 <= i < len(rows) and rows[i].id in want]
        if len(found) == len(want):
            return found
        return [r for r in rows if r.id in want]

    def capture(self, plan):
        return {r.id: copy.deepcopy({k: getattr(r, k) for k in _ROW_FIELDS}) for r in self._rows(plan)}

    def restore(self, plan, snap):
        for r in self._rows(plan):
            if r.id in snap:
                for k, v in copy.deepcopy(snap[r.id]).items():
                    setattr(r, k, v)

    def ids(self, before, after):
        return set(before) | set(after)


_COL_FIELDS = ("key", "title", "group", "width")


class ColumnsScope(Scope):
    """One appendix's columns (order and fields) and, for the columns named in
    *with_cells*, every row's cell in them (a removed column's text)."""

    def __init__(self, aid: str, with_cells=()):
        self.aid = aid
        self.with_cells = list(with_cells)
        self.tag = ("columns", aid)

    def capture(self, plan):
        app = find_appendix(plan, self.aid)
        cols = [(c, c.pos, {k: getattr(c, k) for k in _COL_FIELDS}) for c in app.columns]
        cells = {cid: {r.id: r.cells[cid] for r in app.rows if cid in r.cells} for cid in self.with_cells}
        return cols, cells

    def restore(self, plan, snap):
        app = find_appendix(plan, self.aid)
        cols, cells = snap
        app.columns[:] = [c for c, _, _ in cols]
        for c, pos, attrs in cols:
            c.pos = pos
            for k, v in attrs.items():
                setattr(c, k, v)
        for cid, values in cells.items():
            for r in app.rows:
                if r.id in values:
                    r.cells[cid] = values[r.id]
                else:
                    r.cells.pop(cid, None)

    def ids(self, before, after):
        (bc, bcells), (ac, acells) = before, after
        b = {c.id: (p, a) for c, p, a in bc}
        f = {c.id: (p, a) for c, p, a in ac}
        out = {cid for cid in set(b) | set(f) if b.get(cid) != f.get(cid)}
        for cid in set(bcells) | set(acells):
            x, y = bcells.get(cid, {}), acells.get(cid, {})
            out |= {rid for rid in set(x) | set(y) if x.get(rid) != y.get(rid)}
        return out


# ----------------------------------------------------------------- command --
MERGE_ID = 4242
MERGE_WINDOW = 4.0   # seconds: typing in one field within this joins one undo step


class PlanCommand(QUndoCommand):
    def __init__(self, doc, text: str, scopes: list[Scope], before: list, after: list, ids: set[str],
                 merge_key=None):
        super().__init__(text)
        self.doc = doc
        self.scopes = scopes
        self.before = before
        self.after = after
        self.ids = set(ids)
        self.merge_key = merge_key
        self.stamp = time.monotonic()
        self._first = True

    def id(self) -> int:   # noqa: A003 (Qt API)
        return MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other) -> bool:   # noqa: N802
        if not isinstance(other, PlanCommand) or other.merge_key != self.merge_key or self.merge_key is None:
            return False
        if other.stamp - self.stamp > MERGE_WINDOW:
            return False
        self.after = other.after
        self.ids |= other.ids
        self.stamp = other.stamp
        return True

    def _all_ids(self) -> set[str]:
        out = set(self.ids)
        for sc, b, a in zip(self.scopes, self.before, self.after):
            out |= sc.ids(b, a)
        return out

    def _apply(self, snaps) -> None:
        plan = self.doc.plan
        for sc, snap in zip(self.scopes, snaps):
            sc.restore(plan, snap)
        self.doc.write(self._all_ids(), [sc.tag for sc in self.scopes])

    def redo(self) -> None:
        if self._first:          # the action already ran and was written
            self._first = False
            return
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)
