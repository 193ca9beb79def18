"""The conflict list kept in a plan file, and the clerk's choice for a conflict applied to the plan's
records (pure: :func:`resolve_rows`; the undoable edit is :func:`core.edits.resolve_conflicts`)."""
from __future__ import annotations

import logging

from ..errors import PlanError
from ..store import codec
from ..store.codec import CONFLICT_CHUNK  # noqa: F401  (the piece size, kept with the list's codec)
from ..store.schema import RECORD_TABLES
from .side import JSON_FIELDS, PARENT

log = logging.getLogger(__name__)


# The merge's own report and conflict list are written so that they always fit
# in what a plan file may hold (SQLITE_LIMIT_LENGTH, 5 MB a value): the report
# lists the first REPORT_CHANGES changes and counts the rest (the clerk reads a
# summary; the counts are exact), and the conflict list is stored in pieces of
# at most CONFLICT_CHUNK characters under 'merge_conflicts', 'merge_conflicts.2', …
# (core.store.codec) — a merge of two big copies failed on its own report ("Nội dung quá lớn").
REPORT_CHANGES = 2000

_is_conflict_key = codec.is_conflict_key
_conflicts_in = codec.conflicts_from_info
_conflict_rows = codec.conflict_info_rows


def _stored_report(report: dict) -> dict:
    changes = report.get("changes") or []
    if len(changes) <= REPORT_CHANGES:
        return report
    return dict(report, changes=changes[:REPORT_CHANGES], changes_total=len(changes),
                changes_not_listed=len(changes) - REPORT_CHANGES)


def conflicts_of(src) -> list[dict]:
    """Every conflict listed in a plan (``Plan.conflicts``) or an open file (PlanStore), resolved ones
    included."""
    v = src.conflicts if hasattr(src, "conflicts") else _conflicts_in(src.info_rows(codec.CONFLICT_KEY))
    return [c for c in v if isinstance(c, dict)]


def pending_conflicts(src) -> list[dict]:
    return [c for c in conflicts_of(src) if not c.get("resolved")]


def merge_report(store) -> dict:
    raw = store.info_value("merge_report")
    v = codec.jload(raw, {}) if raw else {}
    return v if isinstance(v, dict) else {}


def resolve_conflict(store, conflict_id: str, choice: str, value=None) -> set[str]:
    """Apply the clerk's choice for one conflict to an open file (PlanStore) that no window shows (the
    command line, tests): the plan is read, :func:`core.edits.resolve_conflicts` applied and written
    with ``store.sync`` as any edit. Returns the ids of the records the choice settled."""
    from ..edits import resolve_conflicts
    plan = store.load()
    ch = resolve_conflicts(plan, [(conflict_id, choice, value)])
    store.sync(plan, ch.ids)
    if ch.result.errors:
        raise ch.result.errors[0][1]
    return ch.result.touched


def resolve_rows(rows: dict, conflicts: list[dict], conflict_id: str, choice: str, value, stamp: str) -> set[str]:
    """Apply the clerk's choice for one conflict to the plan's records, as table rows.

    *rows*: {record id: (table, row dict)} of the whole plan (``codec.iter_rows``), changed in place (a
    record deleted is removed, with what hangs under it); *conflicts*: the plan's conflict list, whose
    entry is marked resolved. *choice*: 'mine' | 'theirs' | 'edit' (with *value*, as from
    :func:`value_from_text`); for a delete conflict also 'keep' | 'delete'. A refused choice raises
    :class:`PlanError` before anything is changed. Returns the ids of the records the choice settled."""
    c = next((x for x in conflicts if isinstance(x, dict) and x.get("id") == conflict_id and not x.get("resolved")),
             None)
    if c is None:
        raise PlanError("Không tìm thấy xung đột này (có thể đã được xử lý).",
                        "This conflict was not found (it may have been resolved already).")
    table, rid, fld, key = c.get("table"), c.get("rec_id"), c.get("field"), c.get("key")
    if table not in RECORD_TABLES:
        raise PlanError("Xung đột không hợp lệ.", "Invalid conflict.")
    touched: set[str] = set()
    if c.get("kind") == "delete":
        if choice in ("mine", "theirs"):
            choice = "delete" if c.get("deleted_in") == choice else "keep"
        if choice not in ("keep", "delete"):
            raise PlanError("Chọn “giữ” hoặc “xóa”.", "Choose “keep” or “delete”.")
        if choice == "delete":
            touched = _delete_tree(rows, table, rid)
    else:
        if choice not in ("mine", "theirs", "edit"):
            raise PlanError("Chọn bên mình, bên kia hoặc tự sửa.", "Choose mine, theirs or edit.")
        new = value if choice == "edit" else c.get(choice)
        have = rows.get(rid)
        if have is None or have[0] != table:
            raise PlanError("Bản ghi của xung đột này không còn trong kế hoạch.",
                            "The record of this conflict is no longer in the plan.")
        row = have[1]
        if c.get("kind") != "position" and (fld not in row or fld == "id"):
            raise PlanError("Xung đột không hợp lệ.", "Invalid conflict.")
        if c.get("kind") == "position":
            if isinstance(new, dict):
                for f, v in new.items():
                    if f in row and f != "id":
                        row[f] = v
        elif key is not None:
            d = codec.jload(row[fld], {})
            if not isinstance(d, dict):
                d = {}
            if new is None:
                d.pop(key, None)
            else:
                d[key] = new
            row[fld] = codec.jdump(d)
            if table == "appendix_row" and fld == "cells":
                _refresh_agencies(rows, row, key)
        else:
            if fld in JSON_FIELDS.get(table, ()):
                new = codec.jdump(new if new is not None else ([] if fld != "numbering" else {}))
            row[fld] = new
        touched.add(rid)
    c["resolved"] = {"choice": choice, "at": stamp}
    if choice == "edit":
        c["resolved"]["value"] = value
    return touched


def _delete_tree(rows: dict, table: str, rid: str) -> set[str]:
    """Remove a record and what hangs under it (PARENT: sections under a section, an appendix's columns
    and rows); returns the ids removed."""
    todo = [(table, rid)]
    done: set[str] = set()
    while todo:
        t, i = todo.pop()
        if i in done or rows.get(i, (None,))[0] != t:
            continue
        del rows[i]
        done.add(i)
        for child, (col, ptable) in PARENT.items():
            if ptable == t:
                todo.extend((child, x) for x, (ct, r) in rows.items() if ct == child and r.get(col) == i)
    return done


def _refresh_agencies(rows: dict, row: dict, col_id: str) -> None:
    from ..text import split_agencies
    col = rows.get(col_id)
    if col and col[0] == "appendix_column" and col[1].get("key") in ("lead", "support"):
        text = codec.jload(row["cells"], {}).get(col_id, "") or ""
        names, _ = split_agencies(text)
        row[col[1]["key"]] = codec.jdump(names)


def apply_merged(store, merged_path: str) -> None:
    """Replace the contents of an open file (PlanStore) with a merge result, in one step
    (PlanStore.replace_with). Make a backup of the open file first; the caller reloads the plan."""
    store.replace_with(merged_path)
