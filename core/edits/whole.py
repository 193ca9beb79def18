"""Edits over the whole plan: one tone-mark style, find and replace, restore from a backup, resolving
merge conflicts.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .. import operations as ops
from ..errors import PlanError
from ..model import Plan
from ..undo import (
    AppendicesScope,
    Changes,
    ColumnsScope,
    ConflictsScope,
    ListScope,
    MetaScope,
    PlanScope,
    RebuiltPlanScope,
    RowDataScope,
    SectionsScope,
    TrackingScope,
)
from .labels import L_REPLACE, L_RESOLVE, L_RESTORE, L_TONE_STYLE
from .step import _edit


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
    from ..merge.conflicts import resolve_rows
    from ..model import CONFLICTS_ID, now_iso
    from ..store import codec
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
    from ..store.codec import content_hash, iter_rows

    def keys(p):
        return {(t, row["id"]): content_hash(row) for t, row in iter_rows(p)}
    return keys(a) == keys(b)
