"""Appendices and their tables: appendices, cells, rows (insert, paste, move, kind), columns, and a
task's deadline.
"""
from __future__ import annotations

from .. import operations as ops
from ..model import Appendix, Column, Plan, Row
from ..text import nfc
from ..undo import AppendicesScope, Changes, ColumnsScope, ListScope, RowDataScope, RowsScope, TrackingScope
from .labels import (
    L_ADD_APPENDIX,
    L_ADD_COLUMN,
    L_ADD_ROWS,
    L_APPENDIX,
    L_CELL,
    L_COLUMN_WIDTHS,
    L_DEADLINE,
    L_DELETE_APPENDIX,
    L_DELETE_COLUMN,
    L_DELETE_ROWS,
    L_MOVE_APPENDIX,
    L_MOVE_COLUMN,
    L_MOVE_ROWS,
    L_PASTE,
    L_RENAME_COLUMN,
    L_ROW_KIND,
)
from .step import _edit, _move_in


# -------------------------------------------------------------- appendices --
def add_appendix(plan: Plan, title="") -> Changes:
    def act(p):
        from ..templates import plan_from_template
        a = Appendix(title=nfc(title) or "Danh mục nhiệm vụ")
        proto = next((x for x in plan_from_template("papi").appendices), None)
        if proto is not None:
            a.columns = [Column(key=c.key, title=c.title, group=c.group, width=c.width, pos=c.pos)
                         for c in proto.columns]
        a.rows = [Row(kind="task", pos=1.0)]
        ops.place(p.appendices, len(p.appendices), a)
        return a, {a.id} | {c.id for c in a.columns} | {r.id for r in a.rows}
    return _edit(plan, L_ADD_APPENDIX, [AppendicesScope()], act)


def delete_appendix(plan: Plan, aid) -> Changes:
    def act(p):
        a = ops.find_appendix(p, aid)
        p.appendices = [x for x in p.appendices if x.id != aid]
        return {aid} | {c.id for c in a.columns} | {r.id for r in a.rows}
    return _edit(plan, L_DELETE_APPENDIX, [AppendicesScope()], act)


def move_appendix(plan: Plan, aid, delta) -> Changes:
    def act(p):
        _move_in(p.appendices, aid, delta)
        return {aid}
    return _edit(plan, L_MOVE_APPENDIX, [AppendicesScope()], act)


def set_appendix(plan: Plan, aid, **fields) -> Changes:
    def act(p):
        a = ops.find_appendix(p, aid)
        for k, v in fields.items():
            setattr(a, k, nfc(v) if isinstance(v, str) else v)
        return {aid}
    return _edit(plan, L_APPENDIX, [AppendicesScope()], act, merge_key=("appendix", aid, tuple(sorted(fields))))


def _tracking_scope(plan: Plan, aid, col_ids, rids=None) -> list:
    """Done marks follow a retyped deadline cell (core.deadlines.follow_done_marks), so an edit of a
    deadline cell also records the marks of the rows edited (*rids*; None = any row of the appendix)."""
    if not plan.tracking:
        return []
    app = ops.find_appendix(plan, aid)
    if not any(c.key == "deadline" and c.id in set(col_ids) for c in app.columns):
        return []
    rows = set(rids) if rids is not None else {r.id for r in app.rows}
    if not any(t.row_id in rows for t in plan.tracking):
        return []
    return [TrackingScope(rows)]


def set_cell(plan: Plan, aid, rid, cid, text, hint: int | None = None) -> Changes:
    return _edit(plan, L_CELL, [RowDataScope(aid, [rid], [] if hint is None else [hint], True)]
                 + _tracking_scope(plan, aid, [cid], [rid]),
                 lambda p: ops.set_cell(p, aid, rid, cid, text))


def set_cells(plan: Plan, aid, changes: list[tuple[str, str, str]]) -> Changes:
    """Several cells in one step: [(row id, column id, text)]."""
    def act(p):
        ids = set()
        for rid, cid, text in changes:
            ids |= ops.set_cell(p, aid, rid, cid, text)
        return ids
    return _edit(plan, L_CELL, [RowDataScope(aid, {c[0] for c in changes}, cells_only=True)]
                 + _tracking_scope(plan, aid, {c[1] for c in changes}, {c[0] for c in changes}), act)


def _insert(p: Plan, aid, at: int, specs: list[dict]):
    made, ids = [], set()
    app = ops.find_appendix(p, aid)
    known = {c.id for c in app.columns}
    for k, spec in enumerate(specs):
        r, t = ops.insert_row(p, aid, at + k, spec.get("kind", "task"), spec.get("level", 0))
        for cid, text in (spec.get("cells") or {}).items():
            if cid in known:
                t |= ops.set_cell(p, aid, r.id, cid, text)
        made.append(r)
        ids |= t
    return made, ids


def insert_rows(plan: Plan, aid, index, rows: list[dict]) -> Changes:
    """Insert rows at *index*: each {'kind', 'level', 'cells': {col id: text}}; result: the new rows."""
    return _edit(plan, L_ADD_ROWS, [RowsScope(aid)], lambda p: _insert(p, aid, index, rows))


def paste_rows(plan: Plan, aid, start: int, overwrite: list[tuple[str, dict, str | None]], new: list[dict]) -> Changes:
    """A block pasted from Excel, as one step: *overwrite* [(row id, {col id: text}, kind or None)] for
    the rows from position *start* down, then *new* rows (specs as in :func:`insert_rows`) after them."""
    rids = [rid for rid, _, _ in overwrite]
    kinds = any(k is not None for _, _, k in overwrite)
    scopes = [RowDataScope(aid, rids, list(range(start, start + len(rids))), cells_only=not kinds)] \
        if overwrite else []
    if new:
        scopes.append(RowsScope(aid))
    scopes += _tracking_scope(plan, aid, {cid for _, cells, _ in overwrite for cid in cells}, rids)

    def act(p):
        app = ops.find_appendix(p, aid)
        ids = set()
        by_id = {r.id: r for r in app.rows[start:start + len(overwrite)]}
        for rid, cells, kind in overwrite:
            row = by_id.get(rid) or next(r for r in app.rows if r.id == rid)
            if kind is not None and row.kind != kind:
                row.kind = kind
                ids.add(rid)
            for cid, text in cells.items():
                if row.cells.get(cid, "") != text:
                    ids |= ops.set_cell(p, aid, rid, cid, text)
        made, t = _insert(p, aid, start + len(overwrite), new)
        return made, ids | t
    return _edit(plan, L_PASTE, scopes, act)


def delete_rows(plan: Plan, aid, rids) -> Changes:
    return _edit(plan, L_DELETE_ROWS, [RowsScope(aid)], lambda p: ops.delete_rows(p, aid, list(rids)))


def move_rows(plan: Plan, aid, rids: list[str], index: int) -> Changes:
    """Move the rows *rids* (kept in their order) to before row *index*."""
    def act(p):
        app = ops.find_appendix(p, aid)
        want = set(rids)
        moving = [r for r in app.rows if r.id in want]
        before = sum(1 for r in app.rows[:index] if r.id in want)
        dest = index - before
        for r in moving:
            app.rows.remove(r)
        for k, r in enumerate(moving):
            ops.place(app.rows, dest + k, r)
        return {r.id for r in moving}
    return _edit(plan, L_MOVE_ROWS, [RowsScope(aid)], act)


ROW_FIELDS = ("kind", "level", "continues")


def set_rows(plan: Plan, aid, rids, **fields) -> Changes:
    """Row kind / group level / continuation for several rows."""
    bad = set(fields) - set(ROW_FIELDS)
    if bad:
        raise ops.OperationError(f"Không sửa được trường {', '.join(sorted(bad))} của dòng.",
                                 f"Row field(s) {', '.join(sorted(bad))} cannot be set.")

    def act(p):
        want = set(rids)
        for r in ops.find_appendix(p, aid).rows:
            if r.id in want:
                for k, v in fields.items():
                    setattr(r, k, v)
        return set(rids)
    return _edit(plan, L_ROW_KIND, [RowDataScope(aid, rids)], act)


def add_column(plan: Plan, aid, index, title) -> Changes:
    return _edit(plan, L_ADD_COLUMN, [ColumnsScope(aid)], lambda p: ops.add_column(p, aid, index, title))


def remove_column(plan: Plan, aid, cid) -> Changes:
    return _edit(plan, L_DELETE_COLUMN, [ColumnsScope(aid, [cid])], lambda p: ops.remove_column(p, aid, cid))


def _column(p: Plan, aid, cid) -> Column:
    return next(c for c in ops.find_appendix(p, aid).columns if c.id == cid)


def rename_column(plan: Plan, aid, cid, title) -> Changes:
    def act(p):
        _column(p, aid, cid).title = nfc(title)
        return {cid}
    return _edit(plan, L_RENAME_COLUMN, [ColumnsScope(aid)], act)


def set_column_widths(plan: Plan, aid, widths: dict) -> Changes:
    """Relative widths {column id: width} (the printed proportions too), one step."""
    def act(p):
        ids = set()
        for c in ops.find_appendix(p, aid).columns:
            if c.id in widths and abs(c.width - float(widths[c.id])) > 1e-9:
                c.width = float(widths[c.id])
                ids.add(c.id)
        return ids
    return _edit(plan, L_COLUMN_WIDTHS, [ColumnsScope(aid)], act)


def move_column(plan: Plan, aid, cid, index) -> Changes:
    def act(p):
        app = ops.find_appendix(p, aid)
        i = next(k for k, c in enumerate(app.columns) if c.id == cid)
        c = app.columns.pop(i)
        ops.place(app.columns, max(0, min(index, len(app.columns))), c)
        return {cid}
    return _edit(plan, L_MOVE_COLUMN, [ColumnsScope(aid)], act)


# --------------------------------------------------------------- deadlines --
def set_deadline(plan: Plan, row_id: str, reading: tuple | None = None, event: tuple | None = None,
                 marks: dict | None = None) -> Changes:
    """What the deadline dialog decided for one task, as one step: *reading* (corrected text or None
    for unchanged, confirmed), *event* (the event's words, its date or None to remove it), and done
    marks {occurrence ISO date: (done ISO date or None, note)}."""
    from ..deadlines import mark_done, set_event_date, set_reading
    aid, pos = next((a.id, i) for a in plan.appendices for i, r in enumerate(a.rows) if r.id == row_id)

    def act(p):
        ids: set[str] = set()
        if reading is not None:
            text, confirmed = reading
            ids |= set_reading(p, row_id, text, confirmed=confirmed)
        if event is not None:
            ids |= set_event_date(p, row_id, event[0], event[1])
        for iso, (done, note) in (marks or {}).items():
            ids |= mark_done(p, row_id, iso, done or None, note)
        return ids
    return _edit(plan, L_DEADLINE, [RowDataScope(aid, [row_id], [pos], cells_only=True), ListScope("tracking")], act)
