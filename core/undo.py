"""What an edit changed, and how to take it back — pure Python, no Qt.

Every change to a plan is a function in :mod:`core.edits` that returns a :class:`Changes`: the records it
touched (for ``PlanStore.sync``), the views to refresh (scope tags such as ``("sections",)`` or
``("rows", appendix id)``), a label for the Edit menu in both languages, the function's own result, and an
:class:`UndoStep` that can put the plan back as it was (and forward again).

An edit names the *scopes* it may touch before it runs (:func:`recording`): each scope takes a snapshot
before and after, cheaply — row membership is a list of references, row content is copied only for the rows
named. If the edit raises, the snapshots are put back and nothing is half-done.
"""
from __future__ import annotations

import copy
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from .model import CONFLICTS_ID, Plan
from .operations import find_appendix


# ------------------------------------------------------------------ scopes --
class Scope:
    tag: tuple = ()

    def capture(self, plan: Plan):
        raise NotImplementedError

    def restore(self, plan: Plan, snap) -> None:
        raise NotImplementedError

    def ids(self, before, after) -> set[str]:
        raise NotImplementedError

    def views(self) -> list:
        """The views to refresh when this scope changed (its tag)."""
        return [self.tag]


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



class PlanScope(Scope):
    """The whole plan's content (restore from a backup): every list of records and the header."""
    tag = ("plan",)
    _LISTS = ("sections", "appendices", "signers", "recipients", "agencies", "tracking", "progress", "report_texts")

    def capture(self, plan):
        return {"meta": plan.meta, **{k: getattr(plan, k) for k in self._LISTS}}

    def restore(self, plan, snap):
        plan.meta = snap["meta"]
        for k in self._LISTS:
            setattr(plan, k, snap[k])

    def ids(self, before, after):
        return _plan_ids(before) | _plan_ids(after)

    def views(self):
        # every part of the plan may be new objects: the tree, the open page and the lists are shown again
        return [self.tag, ("sections",), ("appendices",), ("signers",), ("recipients",), ("meta",), ("tracking",)]


class RebuiltPlanScope(PlanScope):
    """The whole plan's content, for an edit that builds its records again from the file's rows
    (resolving merge conflicts): the edit itself names the records it changed, so undo and redo write
    those, not every record of the plan."""

    def ids(self, before, after):
        return set()


class ConflictsScope(Scope):
    """The merge-conflict list of the plan (``Plan.conflicts``: resolved or not), written by the store as
    one pseudo-record (``CONFLICTS_ID``)."""
    tag = ("conflicts",)

    def capture(self, plan):
        return copy.deepcopy(plan.conflicts)

    def restore(self, plan, snap):
        plan.conflicts = copy.deepcopy(snap)

    def ids(self, before, after):
        return {CONFLICTS_ID}


def _plan_ids(snap) -> set[str]:
    out = {snap["meta"].id}
    out |= _section_ids(snap["sections"])
    for a in snap["appendices"]:
        out |= {a.id} | {c.id for c in a.columns} | {r.id for r in a.rows}
    for k in ("signers", "recipients", "agencies", "tracking", "progress", "report_texts"):
        out |= {r.id for r in snap.get(k, ())}
    return out


# ----------------------------------------------------------------- changes --
MERGE_WINDOW = 4.0   # seconds: typing in one field within this joins one undo step


@dataclass
class UndoStep:
    """Snapshots of the scopes an edit touched, before and after it."""
    scopes: list
    before: list
    after: list
    ids: set = field(default_factory=set)
    merge_key: Any = None
    stamp: float = field(default_factory=time.monotonic)

    def all_ids(self) -> set[str]:
        out = set(self.ids)
        for sc, b, a in zip(self.scopes, self.before, self.after):
            out |= sc.ids(b, a)
        return out

    def views(self) -> list:
        out: list = []
        for sc in self.scopes:
            out.extend(v for v in sc.views() if v not in out)
        return out

    def undo(self, plan: Plan) -> set[str]:
        """Put the plan back as it was before the edit; returns the ids to write."""
        for sc, snap in zip(self.scopes, self.before):
            sc.restore(plan, snap)
        return self.all_ids()

    def redo(self, plan: Plan) -> set[str]:
        for sc, snap in zip(self.scopes, self.after):
            sc.restore(plan, snap)
        return self.all_ids()

    def absorb(self, later: "UndoStep") -> bool:
        """Join a later step of the same kind (typing in one field) into this one."""
        if self.merge_key is None or later.merge_key != self.merge_key or later.stamp - self.stamp > MERGE_WINDOW:
            return False
        self.after = later.after
        self.ids |= later.ids
        self.stamp = later.stamp
        return True


@dataclass
class Changes:
    """What one edit did: records to write, views to refresh, its Edit-menu label, its result."""
    label: tuple[str, str]
    ids: set = field(default_factory=set)
    views: list = field(default_factory=list)
    result: Any = None
    step: UndoStep | None = None

    def text(self, lang: str = "vi") -> str:
        return self.label[1] if lang == "en" else self.label[0]


class _Recorder:
    def __init__(self, label, scopes, merge_key):
        self.label = label
        self.scopes = scopes
        self.merge_key = merge_key
        self.ids: set[str] = set()
        self.result = None
        self.changes: Changes | None = None


@contextmanager
def recording(plan: Plan, label: tuple[str, str], scopes: list, merge_key=None):
    """Run the body as one edit of *plan*: ``with recording(...) as rec: …; rec.ids |= …``.

    On leaving, ``rec.changes`` holds the :class:`Changes`. If the body raises, every scope is put back
    as it was and the exception goes on: an edit is done whole or not at all.
    """
    rec = _Recorder(label, scopes, merge_key)
    before = [s.capture(plan) for s in scopes]
    try:
        yield rec
    except BaseException:
        for s, snap in zip(scopes, before):
            s.restore(plan, snap)
        raise
    after = [s.capture(plan) for s in scopes]
    step = UndoStep(scopes, before, after, set(rec.ids), merge_key)
    rec.changes = Changes(label, set(rec.ids), step.views(), rec.result, step)
