"""The conflict list kept in a plan file, and the clerk's choice for one conflict applied to an open
file (PlanStore)."""
from __future__ import annotations

import json
import logging
import sqlite3

from ..errors import PlanError
from ..model import now_iso
from ..store import codec
from ..store.schema import RECORD_TABLES
from .side import JSON_FIELDS, PARENT

log = logging.getLogger(__name__)


# -------------------------------------------------------------- resolving --
# The merge's own report and conflict list are written so that they always fit
# in what a plan file may hold (SQLITE_LIMIT_LENGTH, 5 MB a value): the report
# lists the first REPORT_CHANGES changes and counts the rest (the clerk reads a
# summary; the counts are exact), and the conflict list is stored in pieces of
# at most CONFLICT_CHUNK characters under 'merge_conflicts', 'merge_conflicts.2', …
# — a merge of two big copies failed on its own report ("Nội dung quá lớn").
REPORT_CHANGES = 2000
CONFLICT_CHUNK = 1_000_000


def _is_conflict_key(k: str) -> bool:
    return k == "merge_conflicts" or (k.startswith("merge_conflicts.") and k[16:].isdigit())


def _conflicts_in(info: dict) -> list:
    """The conflict list held by an ``info`` mapping, all its pieces in order."""
    keys = sorted((k for k in info if _is_conflict_key(k)), key=lambda k: int(k[16:] or 1) if "." in k else 1)
    out: list = []
    for k in keys:
        v = codec.jload(info[k], [])
        if isinstance(v, list):
            out.extend(v)
    return out


def _conflict_rows(conflicts: list) -> dict:
    """{info key: JSON text} for *conflicts*, in pieces of at most CONFLICT_CHUNK
    characters (one conflict bigger than that is a piece of its own)."""
    pieces: list[list[str]] = [[]]
    size = 0
    for c in conflicts:
        text = json.dumps(c, ensure_ascii=False)
        if pieces[-1] and size + len(text) > CONFLICT_CHUNK:
            pieces.append([])
            size = 0
        pieces[-1].append(text)
        size += len(text) + 1
    return {("merge_conflicts" if i == 0 else f"merge_conflicts.{i + 1}"): "[" + ",".join(p) + "]"
            for i, p in enumerate(pieces)}


def _stored_report(report: dict) -> dict:
    changes = report.get("changes") or []
    if len(changes) <= REPORT_CHANGES:
        return report
    return dict(report, changes=changes[:REPORT_CHANGES], changes_total=len(changes),
                changes_not_listed=len(changes) - REPORT_CHANGES)


def conflicts_of(store) -> list[dict]:
    """Every conflict listed in an open file (PlanStore), resolved ones included."""
    v = _conflicts_in(store.info_rows("merge_conflicts"))
    return [c for c in v if isinstance(c, dict)]


def pending_conflicts(store) -> list[dict]:
    return [c for c in conflicts_of(store) if not c.get("resolved")]


def merge_report(store) -> dict:
    raw = store.info_value("merge_report")
    v = codec.jload(raw, {}) if raw else {}
    return v if isinstance(v, dict) else {}


def resolve_conflict(store, conflict_id: str, choice: str, value=None) -> set[str]:
    """Apply the clerk's choice for one conflict in an open file (PlanStore).

    *choice*: 'mine' | 'theirs' | 'edit' (with *value*, as from
    :func:`value_from_text`); for a delete conflict also 'keep' | 'delete'.
    Writes one transaction (the changed record's previous version goes to
    history as for any edit), marks the conflict resolved, and returns the
    ids of the records written: the caller reloads the plan.
    """
    from ..store.planfile import _db_error
    try:
        with store.transaction():
            touched = _resolve(store, conflict_id, choice, value)
    except sqlite3.OperationalError as e:
        raise _db_error(e, store.path) from e
    store.invalidate()
    return touched


def _resolve(store, conflict_id, choice, value):
    conflicts = conflicts_of(store)
    c = next((x for x in conflicts if x.get("id") == conflict_id), None)
    if c is None:
        raise PlanError("Không tìm thấy xung đột này (có thể đã được xử lý).",
                        "This conflict was not found (it may have been resolved already).")
    table, rid, fld, key = c["table"], c["rec_id"], c["field"], c.get("key")
    if table not in RECORD_TABLES:
        raise PlanError("Xung đột không hợp lệ.", "Invalid conflict.")
    stamp = now_iso()
    touched: set[str] = set()
    if c["kind"] == "delete":
        if choice in ("mine", "theirs"):
            choice = "delete" if c.get("deleted_in") == choice else "keep"
        if choice not in ("keep", "delete"):
            raise PlanError("Chọn “giữ” hoặc “xóa”.", "Choose “keep” or “delete”.")
        if choice == "delete":
            touched = store.delete_tree(table, rid, stamp, PARENT)
    else:
        if choice not in ("mine", "theirs", "edit"):
            raise PlanError("Chọn bên mình, bên kia hoặc tự sửa.", "Choose mine, theirs or edit.")
        new = value if choice == "edit" else c.get(choice)
        row = store.record(table, rid)
        if row is None:
            raise PlanError("Bản ghi của xung đột này không còn trong kế hoạch.",
                            "The record of this conflict is no longer in the plan.")
        if c["kind"] == "position":
            if isinstance(new, dict):
                for f, v in new.items():
                    if f in row:
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
                _refresh_agencies(store, row, key)
        else:
            if fld in JSON_FIELDS.get(table, ()):
                new = codec.jdump(new if new is not None else ([] if fld != "numbering" else {}))
            row[fld] = new
        store.write_record(table, row, stamp)
        touched.add(rid)
    c["resolved"] = {"choice": choice, "at": stamp}
    if choice == "edit":
        c["resolved"]["value"] = value
    store.replace_info_rows("merge_conflicts", _conflict_rows(conflicts))
    return touched


def _refresh_agencies(store, row: dict, col_id: str) -> None:
    from ..text import split_agencies
    col = store.record("appendix_column", col_id)
    if col and col.get("key") in ("lead", "support"):
        text = codec.jload(row["cells"], {}).get(col_id, "") or ""
        names, _ = split_agencies(text)
        row[col["key"]] = codec.jdump(names)


def apply_merged(store, merged_path: str) -> None:
    """Replace the contents of an open file (PlanStore) with a merge result, in one step
    (PlanStore.replace_with). Make a backup of the open file first; the caller reloads the plan."""
    store.replace_with(merged_path)
