"""Every change a clerk makes to a plan, as one function that returns :class:`core.undo.Changes`.

The window runs these (``Document.apply``), never changes the model itself: each function names the
scopes it may touch, changes the in-memory plan through the primitives of :mod:`core.operations`, and
returns the records to write, the views to refresh, the Edit-menu label (Vietnamese, English) and the
undo step. A function that refuses (``OperationError``) leaves the plan as it was.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from . import operations as ops
from .errors import PlanError
from .model import Appendix, Column, Plan, Recipient, Row, Signer
from .text import nfc
from .undo import (
    AppendicesScope,
    Changes,
    ColumnsScope,
    ConflictsScope,
    ListScope,
    MetaScope,
    PlanScope,
    RebuiltPlanScope,
    RowDataScope,
    RowsScope,
    SectionsScope,
    SectionTextScope,
    TrackingScope,
    recording,
)

# Edit-menu labels: (Vietnamese, English)
L_ADD_SECTION = ("Thêm mục", "Add section")
L_DELETE_SECTION = ("Xóa mục", "Delete section")
L_MOVE_SECTION = ("Di chuyển mục", "Move section")
L_INDENT = ("Lùi mục vào", "Indent section")
L_OUTDENT = ("Đưa mục ra", "Outdent section")
L_SECTION_TEXT = ("Sửa nội dung mục", "Edit section")
L_META = ("Sửa phần đầu văn bản", "Edit document header")
L_ADD_SIGNER = ("Thêm người ký", "Add signer")
L_DELETE_SIGNER = ("Xóa người ký", "Delete signer")
L_MOVE_SIGNER = ("Di chuyển người ký", "Move signer")
L_SIGNER = ("Sửa người ký", "Edit signer")
L_RECIPIENTS = ("Sửa Nơi nhận", "Edit recipients")
L_ADD_APPENDIX = ("Thêm phụ lục", "Add appendix")
L_DELETE_APPENDIX = ("Xóa phụ lục", "Delete appendix")
L_MOVE_APPENDIX = ("Di chuyển phụ lục", "Move appendix")
L_APPENDIX = ("Sửa phụ lục", "Edit appendix")
L_CELL = ("Sửa ô", "Edit cell")
L_ADD_ROWS = ("Thêm dòng", "Add row")
L_PASTE = ("Dán từ Excel", "Paste from Excel")
L_DELETE_ROWS = ("Xóa dòng", "Delete rows")
L_MOVE_ROWS = ("Di chuyển dòng", "Move rows")
L_ROW_KIND = ("Đổi loại dòng", "Change row type")
L_ADD_COLUMN = ("Thêm cột", "Add column")
L_DELETE_COLUMN = ("Xóa cột", "Delete column")
L_RENAME_COLUMN = ("Đổi tên cột", "Rename column")
L_COLUMN_WIDTHS = ("Đổi độ rộng cột", "Change column width")
L_MOVE_COLUMN = ("Di chuyển cột", "Move column")
L_DEADLINE = ("Sửa thời hạn", "Edit deadline")
L_RESTORE = ("Khôi phục từ bản sao lưu", "Restore from backup")
L_TONE_STYLE = ("Thống nhất cách đặt dấu thanh", "Use one tone-mark placement")
L_REPLACE = ("Thay thế", "Replace")

NO_FURTHER = ("Không thể di chuyển thêm.", "Cannot move any further.")


def _edit(plan: Plan, label, scopes, fn, merge_key=None) -> Changes:
    """Run *fn(plan)* — returning ids, or (result, ids) — as one recorded edit."""
    with recording(plan, label, scopes, merge_key) as rec:
        out = fn(plan)
        rec.result, ids = out if isinstance(out, tuple) else (None, out)
        rec.ids |= set(ids)
    return rec.changes


# ---------------------------------------------------------------- sections --
def add_section(plan: Plan, parent_id, index=None, title="") -> Changes:
    return _edit(plan, L_ADD_SECTION, [SectionsScope()], lambda p: ops.add_section(p, parent_id, index, title))


def delete_section(plan: Plan, sid) -> Changes:
    return _edit(plan, L_DELETE_SECTION, [SectionsScope()], lambda p: ops.delete_section(p, sid))


def move_section(plan: Plan, sid, parent_id, index) -> Changes:
    return _edit(plan, L_MOVE_SECTION, [SectionsScope()], lambda p: ops.move_section(p, sid, parent_id, index))


def indent_section(plan: Plan, sid) -> Changes:
    return _edit(plan, L_INDENT, [SectionsScope()], lambda p: ops.indent_section(p, sid))


def outdent_section(plan: Plan, sid) -> Changes:
    return _edit(plan, L_OUTDENT, [SectionsScope()], lambda p: ops.outdent_section(p, sid))


def move_section_by(plan: Plan, sid, delta) -> Changes:
    return _edit(plan, L_MOVE_SECTION, [SectionsScope()], lambda p: ops.move_section_by(p, sid, delta))


def set_section_text(plan: Plan, sid, title=None, body=None, tail=None) -> Changes:
    return _edit(plan, L_SECTION_TEXT, [SectionTextScope(sid)],
                 lambda p: ops.set_section_text(p, sid, title, body, tail), merge_key=("section", sid))


# -------------------------------------------------------------------- meta --
def set_meta(plan: Plan, **fields) -> Changes:
    def act(p):
        for k, v in fields.items():
            setattr(p.meta, k, nfc(v) if isinstance(v, str) else v)
        return {p.meta.id}
    return _edit(plan, L_META, [MetaScope()], act, merge_key=("meta", tuple(sorted(fields))))


# ----------------------------------------------------- signers, recipients --
def add_signer(plan: Plan, index=None) -> Changes:
    def act(p):
        s = Signer(prefix="TM.", collective="ỦY BAN NHÂN DÂN", lines=["CHỦ TỊCH"])
        ops.place(p.signers, len(p.signers) if index is None else index, s)
        return s, {s.id}
    return _edit(plan, L_ADD_SIGNER, [ListScope("signers")], act)


def delete_signer(plan: Plan, sid) -> Changes:
    def act(p):
        p.signers = [s for s in p.signers if s.id != sid]
        return {sid}
    return _edit(plan, L_DELETE_SIGNER, [ListScope("signers")], act)


def _move_in(lst: list, rid: str, delta: int):
    i = next(k for k, x in enumerate(lst) if x.id == rid)
    j = i + delta
    if not 0 <= j < len(lst):
        raise ops.OperationError(*NO_FURTHER)
    x = lst.pop(i)
    ops.place(lst, j, x)


def move_signer(plan: Plan, sid, delta) -> Changes:
    def act(p):
        _move_in(p.signers, sid, delta)
        return {sid}
    return _edit(plan, L_MOVE_SIGNER, [ListScope("signers")], act)


def set_signer(plan: Plan, sid, **fields) -> Changes:
    def act(p):
        s = next(x for x in p.signers if x.id == sid)
        for k, v in fields.items():
            if isinstance(v, list):
                v = [nfc(x) for x in v]
            elif isinstance(v, str):
                v = nfc(v)
            setattr(s, k, v)
        return {sid}
    return _edit(plan, L_SIGNER, [ListScope("signers")], act, merge_key=("signer", sid, tuple(sorted(fields))))


def set_recipients(plan: Plan, lines: list[str]) -> Changes:
    """Replace the Nơi nhận list, keeping the ids of unchanged lines."""
    lines = [nfc(x) for x in lines]

    def act(p):
        old = p.recipients
        sm = difflib.SequenceMatcher(a=[r.text for r in old], b=lines, autojunk=False)
        new: list[Recipient] = []
        touched: set[str] = set()
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            if tag == "equal":
                new.extend(old[i1:i2])
                continue
            olds = old[i1:i2]
            for k, text in enumerate(lines[j1:j2]):
                if k < len(olds) and tag == "replace":
                    olds[k].text = text
                    new.append(olds[k])
                else:
                    new.append(Recipient(text=text))
                touched.add(new[-1].id)
            touched |= {r.id for r in olds}
        for i, r in enumerate(new):
            if r.pos != float(i + 1):
                r.pos = float(i + 1)
                touched.add(r.id)
        p.recipients = new
        return touched
    return _edit(plan, L_RECIPIENTS, [ListScope("recipients")], act, merge_key=("recipients",))


# -------------------------------------------------------------- appendices --
def add_appendix(plan: Plan, title="") -> Changes:
    def act(p):
        from .templates import plan_from_template
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
    from .deadlines import mark_done, set_event_date, set_reading
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


# -------------------------------------------------------- whole-plan text --
def _text_scopes(plan: Plan, rows: dict) -> list:
    """Scopes for an edit of text anywhere in the plan: header, sections, appendices and their columns,
    the rows named in *rows* ({appendix id: [row id]}) only, signers, Nơi nhận, the agency directory."""
    return ([MetaScope(), SectionsScope(), AppendicesScope()] + [ColumnsScope(a.id) for a in plan.appendices]
            + [RowDataScope(aid, rids, cells_only=True) for aid, rids in rows.items()]
            + [ListScope("signers"), ListScope("recipients"), ListScope("agencies")])


def set_tone_style(plan: Plan, style: str) -> Changes:
    """The whole plan in one tone-mark placement ('old' / 'new'), one step; result: how many records
    changed."""
    rows = ops.tone_style_rows(plan, style)

    def act(p):
        ids = ops.set_tone_style(p, style)
        return len(ids), ids
    return _edit(plan, L_TONE_STYLE, _text_scopes(plan, rows), act)


def replace_found(plan: Plan, hits, new: str) -> Changes:
    """Replace the text of *hits* (core.find) by *new*, one step; result: how many were replaced."""
    rows: dict[str, list[str]] = {}
    for h in hits:
        if h.field.kind == "cell" and h.field.rid not in rows.setdefault(h.field.aid, []):
            rows[h.field.aid].append(h.field.rid)
    scopes = _text_scopes(plan, rows)
    rids = [r for v in rows.values() for r in v]
    if rids and plan.tracking:       # a retyped deadline moves its done marks
        scopes.append(TrackingScope(rids))
    return _edit(plan, L_REPLACE, scopes, lambda p: ops.replace_found(p, hits, new))


# ------------------------------------------------------------------- whole --
def replace_content(plan: Plan, other: Plan, label=L_RESTORE) -> Changes:
    """Make *plan* hold what *other* holds (restore from a backup), as one undoable step: the open
    window keeps its file, its undo history and its place."""
    scope = PlanScope()

    def act(p):
        old = scope.capture(p)
        p.meta = other.meta
        for k in PlanScope._LISTS:
            setattr(p, k, getattr(other, k))
        return scope.ids(old, scope.capture(p))    # every record of both: written or deleted
    return _edit(plan, label, [scope], act)


L_RESOLVE = ("Giải quyết xung đột", "Resolve merge conflict")


@dataclass
class Resolved:
    """What :func:`resolve_conflicts` did: the records the choices settled, and the choices refused
    [(conflict id, PlanError)] (the others were applied)."""
    touched: set = field(default_factory=set)
    errors: list = field(default_factory=list)


def resolve_conflicts(plan: Plan, choices: list[tuple[str, str, object]]) -> Changes:
    """The clerk's choices for merge conflicts listed in the plan (``Plan.conflicts``) — [(conflict id,
    'mine' | 'theirs' | 'edit' | 'keep' | 'delete', value for 'edit' or None)] — as ONE undoable step:
    the records take the chosen values (as rows, the way the merge compared them:
    :func:`core.merge.conflicts.resolve_rows`), each conflict is marked resolved, and Undo brings back the
    values and the conflicts as pending. A refused choice is listed in the result and the others are
    applied; when every choice is refused the first refusal is raised and nothing changes."""
    from .merge.conflicts import resolve_rows
    from .model import CONFLICTS_ID, now_iso
    from .store import codec
    scopes = [RebuiltPlanScope(), ConflictsScope()]

    def act(p):
        rows = {row["id"]: (t, row) for t, row in codec.iter_rows(p)}
        all_ids = set(rows)
        named = {c.get("rec_id") for c in p.conflicts if isinstance(c, dict)} & all_ids
        before = {rid: codec.content_hash(rows[rid][1]) for rid in named}     # what a choice may change
        out = Resolved()
        stamp = now_iso()
        for cid, choice, value in choices:
            try:
                out.touched |= resolve_rows(rows, p.conflicts, cid, choice, value, stamp)
            except PlanError as e:
                out.errors.append((cid, e))
        if out.errors and len(out.errors) == len(choices):
            raise out.errors[0][1]
        changed = (all_ids - set(rows)) | {rid for rid, h in before.items()
                                           if rid in rows and codec.content_hash(rows[rid][1]) != h}
        ids = {CONFLICTS_ID}
        if changed:
            tables: dict[str, list[dict]] = {}
            for t, row in rows.values():
                tables.setdefault(t, []).append(row)
            new = codec.plan_from_rows(tables)
            p.meta = new.meta
            for k in PlanScope._LISTS:
                setattr(p, k, getattr(new, k))
            # the records changed or deleted, and any a renumbering of positions touches
            ids |= changed | {row["id"] for _, row in codec.iter_rows(p, changed)}
        return out, ids
    return _edit(plan, L_RESOLVE, scopes, act)


def same_content(a: Plan, b: Plan) -> bool:
    """Whether two plans hold the same records with the same content (as the file would store them)."""
    from .store.codec import content_hash, iter_rows

    def keys(p):
        return {(t, row["id"]): content_hash(row) for t, row in iter_rows(p)}
    return keys(a) == keys(b)


# ---------------------------------------------------------------- progress --
L_PROGRESS = ("Cập nhật tiến độ", "Update progress")
L_IMPORT_PROGRESS = ("Nhập phiếu tiến độ", "Import progress forms")
PROGRESS_TEXT = ("status", "result", "difficulties", "done_date", "reporter", "reported_at", "source", "override",
                 "reason")


def _apply_progress(p: Plan, updates: list[dict]) -> set[str]:
    """Create or update progress records: each {'row_id', 'period', field: value …} (core.progress)."""
    from datetime import date

    from .model import Progress, now_iso
    from .progress import STATUSES, period, progress_id
    by_id = {x.id: x for x in p.progress}
    ids: set[str] = set()
    for u in updates:
        code = period(u["period"]).code
        fields = {k: nfc(v) if isinstance(v, str) else v for k, v in u.items() if k in PROGRESS_TEXT}
        for k, v in fields.items():
            if not isinstance(v, str):
                raise ops.OperationError(f"Giá trị “{k}” của tiến độ phải là chữ.", f"Progress field {k!r} must be text.")
        for k in ("status", "override"):
            if fields.get(k) and fields[k] not in STATUSES:
                raise ops.OperationError(f"Trạng thái không hợp lệ: “{fields[k]}”.", f"Invalid status: {fields[k]!r}.")
        if fields.get("done_date"):
            try:
                date.fromisoformat(fields["done_date"])
            except ValueError:
                raise ops.OperationError(f"Ngày hoàn thành không hợp lệ: “{fields['done_date']}”.",
                                         f"Invalid done date: {fields['done_date']!r}.") from None
        rid = progress_id(u["row_id"], code)
        rec = by_id.get(rid)
        if rec is None:
            rec = Progress(id=rid, row_id=u["row_id"], period=code)
            rec.pos = float(len(p.progress) + 1)
            p.progress.append(rec)
            by_id[rid] = rec
        if fields.get("override") and not clean_reason(fields.get("reason", rec.reason)):
            raise ops.OperationError("Đặt trạng thái thay cho trạng thái tính từ ngày tháng cần ghi lý do.",
                                     "Overriding the computed status needs a reason.")
        changed = False
        for k, v in fields.items():
            if getattr(rec, k) != v:
                setattr(rec, k, v)
                changed = True
        if changed:
            rec.modified = now_iso()
            ids.add(rid)
    return ids


def clean_reason(text: str | None) -> str:
    return " ".join((text or "").split())


def set_progress(plan: Plan, row_id: str, period: str, **fields) -> Changes:
    """What is known of one task in one period (typed by the clerk, or the clerk's override with its reason),
    as one step."""
    return _edit(plan, L_PROGRESS, [ListScope("progress")],
                 lambda p: _apply_progress(p, [{"row_id": row_id, "period": period, **fields}]),
                 merge_key=("progress", row_id, period, tuple(sorted(fields))))


def import_progress(plan: Plan, updates: list[dict], label=L_IMPORT_PROGRESS) -> Changes:
    """Everything read from progress forms (core.progress_forms) as ONE undoable step."""
    return _edit(plan, label, [ListScope("progress")], lambda p: _apply_progress(p, updates))


L_REPORT_TEXT = ("Sửa nội dung báo cáo", "Edit the report's text")
L_REPORT_CUTOFF = ("Đổi ngày chốt số liệu báo cáo", "Change the report's cut-off day")
REPORT_PARTS = ("I", "III", "IV", "V")


def set_report_text(plan: Plan, period: str, part: str, text: str) -> Changes:
    """What the clerk writes in part I, III, IV or V of the period's report, as one step (kept when the
    report's figures are generated again)."""
    import uuid

    from .model import ReportText, now_iso
    from .progress import period as period_of
    if part not in REPORT_PARTS:
        raise ops.OperationError(f"Phần báo cáo không hợp lệ: “{part}”.", f"Invalid report part: {part!r}.")
    code = period_of(period).code
    rid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"kehoach-report:{code}:{part}"))
    body = "\n".join(line.rstrip() for line in nfc(text).strip().splitlines())

    def act(p):
        rec = next((x for x in p.report_texts if x.id == rid), None)
        if rec is None:
            rec = ReportText(id=rid, period=code, part=part)
            p.report_texts.append(rec)
        if rec.body == body:
            return set()
        rec.body = body
        rec.modified = now_iso()
        return {rid}
    return _edit(plan, L_REPORT_TEXT, [ListScope("report_texts")], act, merge_key=("report_text", code, part))


def set_report_cutoff(plan: Plan, day) -> Changes:
    """The day of the month the plan's reports cut their data off (core.progress.plan_cutoff: 15 per Nghị định
    09/2019, 1 for calendar months, 2–28), stored in the plan file as one step; an invalid day is refused."""
    import uuid

    from .errors import PlanError
    from .model import ReportText, now_iso
    from .progress import CUTOFF_PART, valid_cutoff
    try:
        d = valid_cutoff(day)
    except PlanError as e:
        raise ops.OperationError(e.vi, e.en) from None
    rid = str(uuid.uuid5(uuid.NAMESPACE_URL, "kehoach-report::" + CUTOFF_PART))

    def act(p):
        rec = next((x for x in p.report_texts if x.id == rid), None)
        if rec is None:
            rec = ReportText(id=rid, period="", part=CUTOFF_PART)
            p.report_texts.append(rec)
        if rec.body == str(d):
            return set()
        rec.body = str(d)
        rec.modified = now_iso()
        return {rid}
    return _edit(plan, L_REPORT_CUTOFF, [ListScope("report_texts")], act, merge_key=("report_cutoff",))
