"""The open plan: Plan + PlanStore + Session + one QUndoStack.

Every user action goes through :meth:`Document.run`: snapshot the scopes it
touches, call a core/operations function, write the touched records in one
transaction (``store.sync``), push an undo command.  Views listen to
:attr:`Document.changed` (a list of scope tags) and refresh what they show.
"""
from __future__ import annotations

import difflib
import os
import time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from core import operations as ops
from core.errors import PlanError
from core.model import Appendix, Column, Plan, Recipient, Row, Signer
from core.session import Session
from core.store.planfile import PlanStore
from core.text import nfc

from .commands import (AppendicesScope, ColumnsScope, ListScope, MetaScope, PlanCommand, RowDataScope,
                       TrackingScope,
                       RowsScope, SectionsScope, SectionTextScope)
from .i18n import error_text


class Document(QObject):
    changed = Signal(list)        # scope tags: ('sections',), ('section', id), ('rows', aid) …
    written = Signal(float)       # time.time() of the last commit
    failed = Signal(str)          # a message for the clerk

    def __init__(self, plan: Plan, store: PlanStore, session: Session | None = None, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.store = store
        self.session = session
        self.undo_stack = QUndoStack(self)
        self.last_write = 0.0
        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(60_000)
        self._flush_timer.timeout.connect(self.periodic)
        self._flush_timer.start()
        self._dirty_since_flush = False

    # ------------------------------------------------------------ files --
    @property
    def path(self) -> str:
        return self.session.original if self.session else self.store.path

    @classmethod
    def open(cls, path: str, session: Session | None = None) -> "Document":
        store = PlanStore.open(session.edit_path if session else path)
        try:
            plan = store.load()
        except BaseException:
            store.close()
            raise
        return cls(plan, store, session)

    def close(self) -> None:
        self._flush_timer.stop()
        try:
            if self.session:
                self.session.end(self.store if self._dirty_since_flush or self.session.working else None)
        finally:
            self.store.close()

    def flush(self) -> None:
        """Ctrl+S: everything is already in the file; write a working copy back."""
        if self.session and self.session.working:
            self.session.flush(self.store)
        self._dirty_since_flush = False

    def periodic(self) -> None:
        try:
            if self._dirty_since_flush:
                self.flush()
            if self.session:
                self.session.backup(self.store)
        except PlanError as e:
            self.failed.emit(error_text(e))

    # ------------------------------------------------------------ core ---
    def write(self, ids: set[str], tags: list) -> None:
        self.store.sync(self.plan, ids)
        self.last_write = time.time()
        self._dirty_since_flush = True
        if self.session:
            self.session.edited()
        self.changed.emit(list(tags))
        self.written.emit(self.last_write)

    def run(self, text: str, scopes: list, action, merge_key=None):
        """Do *action(plan)* (returns ids, or (result, ids)) as one undoable step."""
        before = [s.capture(self.plan) for s in scopes]
        try:
            out = action(self.plan)
            result, ids = out if isinstance(out, tuple) else (None, out)
            self.store.sync(self.plan, set(ids))
        except BaseException:
            for s, snap in zip(scopes, before):
                s.restore(self.plan, snap)
            self.store._hash_cache = None
            raise
        after = [s.capture(self.plan) for s in scopes]
        cmd = PlanCommand(self, text, scopes, before, after, set(ids), merge_key)
        self.last_write = time.time()
        self._dirty_since_flush = True
        if self.session:
            self.session.edited()
        self.undo_stack.push(cmd)
        self.changed.emit([s.tag for s in scopes])
        self.written.emit(self.last_write)
        return result

    # -------------------------------------------------------- sections ---
    def add_section(self, parent_id, index=None, title=""):
        return self.run(self.tr("Thêm mục"), [SectionsScope()],
                        lambda p: ops.add_section(p, parent_id, index, title))

    def delete_section(self, sid):
        return self.run(self.tr("Xóa mục"), [SectionsScope()], lambda p: ops.delete_section(p, sid))

    def move_section(self, sid, parent_id, index):
        return self.run(self.tr("Di chuyển mục"), [SectionsScope()],
                        lambda p: ops.move_section(p, sid, parent_id, index))

    def indent_section(self, sid):
        return self.run(self.tr("Lùi mục vào"), [SectionsScope()], lambda p: ops.indent_section(p, sid))

    def outdent_section(self, sid):
        return self.run(self.tr("Đưa mục ra"), [SectionsScope()], lambda p: ops.outdent_section(p, sid))

    def move_section_by(self, sid, delta):
        return self.run(self.tr("Di chuyển mục"), [SectionsScope()], lambda p: ops.move_section_by(p, sid, delta))

    def set_section_text(self, sid, title=None, body=None, tail=None):
        return self.run(self.tr("Sửa nội dung mục"), [SectionTextScope(sid)],
                        lambda p: ops.set_section_text(p, sid, title, body, tail), merge_key=("section", sid))

    # ------------------------------------------------------- whole-plan text --
    def text_scopes(self, rows: dict) -> list:
        """Undo scopes for an edit of text anywhere in the plan: header, sections, appendices and their
        columns, the rows named in *rows* ({appendix id: [row id]}) only, signers, Nơi nhận, directory."""
        p = self.plan
        return ([MetaScope(), SectionsScope(), AppendicesScope()] + [ColumnsScope(a.id) for a in p.appendices]
                + [RowDataScope(aid, rids, cells_only=True) for aid, rids in rows.items()]
                + [ListScope("signers"), ListScope("recipients"), ListScope("agencies")])

    def set_tone_style(self, style: str):
        """The whole plan in one tone-mark placement ('old' / 'new'), as one undo step; returns how many
        records changed."""
        rows = ops.tone_style_rows(self.plan, style)

        def act(p):
            ids = ops.set_tone_style(p, style)
            return len(ids), ids
        return self.run(self.tr("Thống nhất cách đặt dấu thanh"), self.text_scopes(rows), act)

    def replace_found(self, hits, new: str) -> int:
        """Replace the text of *hits* (core.find) by *new*, as one undo step; returns how many."""
        rows: dict[str, list[str]] = {}
        for h in hits:
            if h.field.kind == "cell" and h.field.rid not in rows.setdefault(h.field.aid, []):
                rows[h.field.aid].append(h.field.rid)
        scopes = self.text_scopes(rows)
        rids = [r for v in rows.values() for r in v]
        if rids and self.plan.tracking:       # a retyped deadline moves its done marks
            scopes.append(TrackingScope(rids))
        return self.run(self.tr("Thay thế"), scopes, lambda p: ops.replace_found(p, hits, new))

    # ------------------------------------------------------------ meta ---
    def set_meta(self, **fields):
        def act(p):
            for k, v in fields.items():
                setattr(p.meta, k, nfc(v) if isinstance(v, str) else v)
            return {p.meta.id}
        return self.run(self.tr("Sửa phần đầu văn bản"), [MetaScope()], act,
                        merge_key=("meta", tuple(sorted(fields))))

    # ------------------------------------------------ signers, recipients --
    def add_signer(self, index=None):
        def act(p):
            s = Signer(prefix="TM.", collective="ỦY BAN NHÂN DÂN", lines=["CHỦ TỊCH"])
            ops.place(p.signers, len(p.signers) if index is None else index, s)
            return s, {s.id}
        return self.run(self.tr("Thêm người ký"), [ListScope("signers")], act)

    def delete_signer(self, sid):
        def act(p):
            p.signers = [s for s in p.signers if s.id != sid]
            return {sid}
        return self.run(self.tr("Xóa người ký"), [ListScope("signers")], act)

    def move_signer(self, sid, delta):
        def act(p):
            i = next(k for k, s in enumerate(p.signers) if s.id == sid)
            j = i + delta
            if not 0 <= j < len(p.signers):
                raise ops.OperationError(self.tr("Không thể di chuyển thêm."))
            s = p.signers.pop(i)
            ops.place(p.signers, j, s)
            return {sid}
        return self.run(self.tr("Di chuyển người ký"), [ListScope("signers")], act)

    def set_signer(self, sid, **fields):
        def act(p):
            s = next(x for x in p.signers if x.id == sid)
            for k, v in fields.items():
                if isinstance(v, list):
                    v = [nfc(x) for x in v]
                elif isinstance(v, str):
                    v = nfc(v)
                setattr(s, k, v)
            return {sid}
        return self.run(self.tr("Sửa người ký"), [ListScope("signers")], act,
                        merge_key=("signer", sid, tuple(sorted(fields))))

    def set_recipients(self, lines: list[str]):
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
        return self.run(self.tr("Sửa Nơi nhận"), [ListScope("recipients")], act, merge_key=("recipients",))

    # ------------------------------------------------------- appendices --
    def add_appendix(self, title=""):
        def act(p):
            from core.templates import plan_from_template
            a = Appendix(title=nfc(title) or "Danh mục nhiệm vụ")
            proto = next((x for x in plan_from_template("papi").appendices), None)
            if proto is not None:
                a.columns = [Column(key=c.key, title=c.title, group=c.group, width=c.width, pos=c.pos)
                             for c in proto.columns]
            a.rows = [Row(kind="task", pos=1.0)]
            ops.place(p.appendices, len(p.appendices), a)
            return a, {a.id} | {c.id for c in a.columns} | {r.id for r in a.rows}
        return self.run(self.tr("Thêm phụ lục"), [AppendicesScope()], act)

    def delete_appendix(self, aid):
        def act(p):
            a = ops.find_appendix(p, aid)
            p.appendices = [x for x in p.appendices if x.id != aid]
            return {aid} | {c.id for c in a.columns} | {r.id for r in a.rows}
        return self.run(self.tr("Xóa phụ lục"), [AppendicesScope()], act)

    def move_appendix(self, aid, delta):
        def act(p):
            i = next(k for k, a in enumerate(p.appendices) if a.id == aid)
            j = i + delta
            if not 0 <= j < len(p.appendices):
                raise ops.OperationError(self.tr("Không thể di chuyển thêm."))
            a = p.appendices.pop(i)
            ops.place(p.appendices, j, a)
            return {aid}
        return self.run(self.tr("Di chuyển phụ lục"), [AppendicesScope()], act)

    def set_appendix(self, aid, **fields):
        def act(p):
            a = ops.find_appendix(p, aid)
            for k, v in fields.items():
                setattr(a, k, nfc(v) if isinstance(v, str) else v)
            return {aid}
        return self.run(self.tr("Sửa phụ lục"), [AppendicesScope()], act,
                        merge_key=("appendix", aid, tuple(sorted(fields))))

    def _tracking_scope(self, aid, col_ids, rids=None) -> list:
        """Undo must also bring back done marks that followed a retyped deadline cell: the marks of
        the rows edited (*rids*; None = any row of the appendix), only when a deadline cell is."""
        if not self.plan.tracking:
            return []
        app = ops.find_appendix(self.plan, aid)
        if not any(c.key == "deadline" and c.id in set(col_ids) for c in app.columns):
            return []
        rows = set(rids) if rids is not None else {r.id for r in app.rows}
        if not any(t.row_id in rows for t in self.plan.tracking):
            return []
        return [TrackingScope(rows)]

    def set_cell(self, aid, rid, cid, text, hint: int | None = None):
        return self.run(self.tr("Sửa ô"), [RowDataScope(aid, [rid], [] if hint is None else [hint], True)]
                        + self._tracking_scope(aid, [cid], [rid]),
                        lambda p: ops.set_cell(p, aid, rid, cid, text))

    def set_cells(self, aid, changes: list[tuple[str, str, str]]):
        """Several cells in one step: [(row id, column id, text)]."""
        def act(p):
            ids = set()
            for rid, cid, text in changes:
                ids |= ops.set_cell(p, aid, rid, cid, text)
            return ids
        return self.run(self.tr("Sửa ô"), [RowDataScope(aid, {c[0] for c in changes}, cells_only=True)]
                        + self._tracking_scope(aid, {c[1] for c in changes}, {c[0] for c in changes}), act)

    def insert_rows(self, aid, index, rows: list[dict]):
        """Insert rows at *index*: each {'kind', 'level', 'cells': {col id: text}}."""
        def act(p):
            made, ids = [], set()
            for k, spec in enumerate(rows):
                r, t = ops.insert_row(p, aid, index + k, spec.get("kind", "task"), spec.get("level", 0),
                                      spec.get("cells"))
                if spec.get("cells"):
                    app = ops.find_appendix(p, aid)
                    for cid, text in spec["cells"].items():
                        ops.set_cell(p, aid, r.id, cid, text) if any(c.id == cid for c in app.columns) else None
                made.append(r)
                ids |= t
            return made, ids
        return self.run(self.tr("Thêm dòng"), [RowsScope(aid)], act)

    def paste_rows(self, aid, start: int, overwrite: list[tuple[str, dict, str | None]], new: list[dict]):
        """A block pasted from Excel, as one undo step: *overwrite* [(row id, {col id: text},
        kind or None)] for the rows from position *start* down, then *new* rows (specs as in
        :meth:`insert_rows`) added after them.  Returns the new rows."""
        rids = [rid for rid, _, _ in overwrite]
        kinds = any(k is not None for _, _, k in overwrite)
        scopes = [RowDataScope(aid, rids, list(range(start, start + len(rids))), cells_only=not kinds)] \
            if overwrite else []
        if new:
            scopes.append(RowsScope(aid))
        # pasted over deadline cells: the done marks that follow them come back with one undo
        scopes += self._tracking_scope(aid, {cid for _, cells, _ in overwrite for cid in cells}, rids)

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
            made = []
            at = start + len(overwrite)
            for k, spec in enumerate(new):
                r, t = ops.insert_row(p, aid, at + k, spec.get("kind", "task"), spec.get("level", 0))
                for cid, text in (spec.get("cells") or {}).items():
                    ops.set_cell(p, aid, r.id, cid, text)
                made.append(r)
                ids |= t
            return made, ids
        return self.run(self.tr("Dán từ Excel"), scopes, act)

    def delete_rows(self, aid, rids):
        return self.run(self.tr("Xóa dòng"), [RowsScope(aid)], lambda p: ops.delete_rows(p, aid, list(rids)))

    def move_rows(self, aid, rids: list[str], index: int):
        """Move the rows *rids* (kept in their order) to before row *index*."""
        def act(p):
            app = ops.find_appendix(p, aid)
            want = set(rids)
            moving = [r for r in app.rows if r.id in want]
            before = sum(1 for r in app.rows[:index] if r.id in want)
            ids = set()
            dest = index - before
            for r in moving:
                app.rows.remove(r)
            for k, r in enumerate(moving):
                ops.place(app.rows, dest + k, r)
                ids.add(r.id)
            return ids
        return self.run(self.tr("Di chuyển dòng"), [RowsScope(aid)], act)

    def set_rows(self, aid, rids, **fields):
        """Row kind / group level / continuation for several rows."""
        def act(p):
            app = ops.find_appendix(p, aid)
            want = set(rids)
            for r in app.rows:
                if r.id in want:
                    for k, v in fields.items():
                        setattr(r, k, v)
            return set(rids)
        return self.run(self.tr("Đổi loại dòng"), [RowDataScope(aid, rids)], act)

    def add_column(self, aid, index, title):
        return self.run(self.tr("Thêm cột"), [ColumnsScope(aid)], lambda p: ops.add_column(p, aid, index, title))

    def remove_column(self, aid, cid):
        return self.run(self.tr("Xóa cột"), [ColumnsScope(aid, [cid])], lambda p: ops.remove_column(p, aid, cid))

    def rename_column(self, aid, cid, title):
        def act(p):
            c = next(c for c in ops.find_appendix(p, aid).columns if c.id == cid)
            c.title = nfc(title)
            return {cid}
        return self.run(self.tr("Đổi tên cột"), [ColumnsScope(aid)], act)

    def set_column_widths(self, aid, widths: dict):
        """Relative widths {column id: width} (the printed proportions too), one undo step."""
        def act(p):
            ids = set()
            for c in ops.find_appendix(p, aid).columns:
                if c.id in widths and abs(c.width - float(widths[c.id])) > 1e-9:
                    c.width = float(widths[c.id])
                    ids.add(c.id)
            return ids
        return self.run(self.tr("Đổi độ rộng cột"), [ColumnsScope(aid)], act)

    def move_column(self, aid, cid, index):
        def act(p):
            app = ops.find_appendix(p, aid)
            i = next(k for k, c in enumerate(app.columns) if c.id == cid)
            c = app.columns.pop(i)
            ops.place(app.columns, max(0, min(index, len(app.columns))), c)
            return {cid}
        return self.run(self.tr("Di chuyển cột"), [ColumnsScope(aid)], act)


def scratch_copy_of_sample() -> str | None:
    """A fresh copy of the default sample plan (never the resource itself)."""
    import glob
    import shutil

    from core.session import data_dir
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    samples = sorted(glob.glob(os.path.join(here, "resources", "samples", "004_*.sqlite"))) or \
        sorted(glob.glob(os.path.join(here, "resources", "samples", "*.sqlite")))
    d = os.path.join(data_dir(), "scratch")
    os.makedirs(d, exist_ok=True)
    if samples:
        dest = os.path.join(d, "ke-hoach-mau.sqlite")
        for suffix in ("", "-journal", ".lock"):
            try:
                os.unlink(dest + suffix)
            except OSError:
                pass
        shutil.copyfile(samples[0], dest)
        return dest
    from core.templates import plan_from_template
    dest = os.path.join(d, "ke-hoach-mau-papi.sqlite")
    for suffix in ("", "-journal", ".lock"):
        try:
            os.unlink(dest + suffix)
        except OSError:
            pass
    PlanStore.create(dest, plan_from_template("papi", agency="huyện Vị Xuyên", place="Vị Xuyên")).close()
    return dest
