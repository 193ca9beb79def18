"""Plan <-> table rows.  One function each way; nothing else knows the columns."""
from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from typing import Iterator

from ..limits import MAX_DEPTH, MAX_JSON_DEPTH, json_depth, over, tree_depth
from ..model import (
    SECTION_KINDS,
    Agency,
    Appendix,
    Column,
    Meta,
    Plan,
    Progress,
    Recipient,
    ReportText,
    Row,
    Run,
    Section,
    Signer,
    Tracking,
    paras_from_json,
    paras_to_json,
)
from ..text import nfc

BOOKKEEPING = ("created", "modified", "rev", "hash")   # the one tuple of bookkeeping columns


def content_of(row: dict) -> dict:
    """A record row without its bookkeeping columns: what history and tombstones keep."""
    return {k: v for k, v in row.items() if k not in BOOKKEEPING}


def jdump(v) -> str:
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


_EMPTY = {"[]": list, "{}": dict}


def jload(s, default):
    if s is None or s == "":
        return default
    if s in _EMPTY:
        return _EMPTY[s]()
    try:
        v = json.loads(s)
    except RecursionError:
        raise _too_deep() from None
    except (TypeError, ValueError):
        return default
    # only a text with more brackets than the limit can be nested deeper than it
    if isinstance(s, str) and s.count("[") + s.count("{") > MAX_JSON_DEPTH and json_depth(v) > MAX_JSON_DEPTH:
        raise _too_deep()
    return v


# The stored values that hold JSON, per table (the info table: its JSON entries).
JSON_FIELDS = {"meta": ("data",), "section": ("title", "body", "tail"), "appendix": ("numbering",),
               "appendix_row": ("cells", "lead", "support", "status"), "signer": ("lines",),
               "info": ("value",)}


def check_json_depth(table: str, row: dict) -> None:
    """Raise :class:`BadRecord` when a JSON value of *row* is nested past the
    limit — for a reader that keeps the text without decoding it (the merge),
    so that it refuses what :func:`plan_from_rows` refuses."""
    for c in JSON_FIELDS.get(table, ()):
        v = row.get(c)
        if isinstance(v, str) and v.count("[") + v.count("{") > MAX_JSON_DEPTH:
            jload(v, None)


def _too_deep() -> "BadRecord":
    from ..limits import fmt
    return BadRecord(f"một giá trị lồng nhau quá {fmt(MAX_JSON_DEPTH)} lớp (giới hạn của chương trình)",
                     f"a stored value is nested more than {MAX_JSON_DEPTH} levels deep (the program's limit)")


# ------------------------------------------------------------ conflict list --
# A merge's conflict list lives in the info table, under 'merge_conflicts', 'merge_conflicts.2', … — in
# pieces of at most CONFLICT_CHUNK characters, so that it always fits in what a plan file may hold
# (SQLITE_LIMIT_LENGTH, 5 MB a value). In the model it is ``Plan.conflicts``; the store writes it when an
# edit names ``CONFLICTS_ID`` among the records it changed (resolving a conflict, and its undo).
CONFLICT_KEY = "merge_conflicts"
CONFLICT_CHUNK = 1_000_000


def is_conflict_key(k: str) -> bool:
    return k == CONFLICT_KEY or (k.startswith(CONFLICT_KEY + ".") and k[16:].isdigit())


def conflicts_from_info(info: dict) -> list:
    """The conflict list held by an ``info`` mapping, all its pieces in order."""
    keys = sorted((k for k in info if is_conflict_key(k)), key=lambda k: int(k[16:] or 1) if "." in k else 1)
    out: list = []
    for k in keys:
        v = jload(info[k], [])
        if isinstance(v, list):
            out.extend(v)
    return out


def conflict_info_rows(conflicts: list) -> dict:
    """{info key: JSON text} for *conflicts*, in pieces of at most CONFLICT_CHUNK characters (one conflict
    bigger than that is a piece of its own)."""
    pieces: list[list[str]] = [[]]
    size = 0
    for c in conflicts:
        text = json.dumps(c, ensure_ascii=False)
        if pieces[-1] and size + len(text) > CONFLICT_CHUNK:
            pieces.append([])
            size = 0
        pieces[-1].append(text)
        size += len(text) + 1
    return {(CONFLICT_KEY if i == 0 else f"{CONFLICT_KEY}.{i + 1}"): "[" + ",".join(p) + "]"
            for i, p in enumerate(pieces)}


def content_hash(row: dict) -> str:
    content = {k: v for k, v in row.items() if k not in BOOKKEEPING and k != "id"}
    return hashlib.sha1(jdump(content).encode("utf-8")).hexdigest()


def _rec(obj) -> dict:
    return {"id": obj.id, "created": obj.created, "modified": obj.modified}


def meta_row(m: Meta) -> dict:
    data = {
        "parent_agency": m.parent_agency, "agency": m.agency, "agency_abbr": m.agency_abbr,
        "agency_full": m.agency_full, "doc_type": m.doc_type, "number": m.number, "symbol": m.symbol,
        "place": m.place, "issue_date": m.issue_date, "date_text": m.date_text, "title": m.title,
        "period": m.period, "preamble": paras_to_json(m.preamble), "page": m.page,
    }
    return {**_rec(m), "data": jdump(data)}


def section_row(s: Section, parent_id, pos: float) -> dict:
    return {**_rec(s), "parent_id": parent_id, "pos": pos, "kind": s.kind,
            "title": jdump([r.to_json() for r in s.title]), "body": jdump(paras_to_json(s.body)),
            "tail": jdump(paras_to_json(s.tail))}


def appendix_row_(a: Appendix, pos: float) -> dict:
    return {**_rec(a), "pos": pos, "title": a.title, "label": a.label, "attachment": a.attachment,
            "numbering": jdump(a.numbering), "landscape": None if a.landscape is None else int(a.landscape)}


def column_row(c: Column, app_id: str, pos: float) -> dict:
    return {**_rec(c), "appendix_id": app_id, "pos": pos, "key": c.key, "title": c.title,
            "grp": c.group, "width": float(c.width)}


def row_row(r: Row, app_id: str, pos: float) -> dict:
    return {**_rec(r), "appendix_id": app_id, "pos": pos, "kind": r.kind, "level": int(r.level),
            "continues": int(bool(r.continues)), "cells": jdump(r.cells), "lead": jdump(r.lead),
            "support": jdump(r.support), "status": jdump(r.status), "flag": r.flag, "label": r.label}


def signer_row(s: Signer, pos: float) -> dict:
    return {**_rec(s), "pos": pos, "prefix": s.prefix, "collective": s.collective,
            "lines": jdump(s.lines), "name": s.name}


def recipient_row(r: Recipient, pos: float) -> dict:
    return {**_rec(r), "pos": pos, "text": r.text}


def agency_row(a: Agency) -> dict:
    return {**_rec(a), "name": a.name, "short": a.short, "level": a.level, "kind": a.kind, "era": a.era}


def ensure_positions(lst) -> bool:
    """Give a list's records strictly increasing ``pos`` values (keeps them if
    they are).  Returns True when it had to renumber the list."""
    prev = None
    for o in lst:
        if prev is not None and not o.pos > prev:
            for i, x in enumerate(lst):
                x.pos = float(i + 1)
            return True
        prev = o.pos
    return False


def tracking_row(t: Tracking) -> dict:
    return {**_rec(t), "row_id": t.row_id, "occurrence": t.occurrence, "done_date": t.done_date, "note": t.note}


PROGRESS_FIELDS = ("row_id", "period", "status", "result", "difficulties", "done_date", "reporter", "reported_at",
                   "source", "override", "reason")


def progress_row(p: Progress) -> dict:
    return {**_rec(p), **{k: getattr(p, k) for k in PROGRESS_FIELDS}}


def iter_rows(plan: Plan, only: set[str] | None = None) -> Iterator[tuple[str, dict]]:
    """Every record of *plan* as (table, row), positions made strictly increasing.

    With *only*, rows are built just for those ids (and for every record of a
    list whose positions had to be renumbered).  That path does no Python call
    per record it skips, so one cell edit in a 10,000-row appendix costs a
    membership test per row, not a function call.
    """
    def pick(lst):
        """The records of *lst* to write (all of them if it was renumbered)."""
        if ensure_positions(lst) or only is None:
            return lst
        return [o for o in lst if o.id in only]

    if only is None or plan.meta.id in only:
        yield "meta", meta_row(plan.meta)

    def walk(children, parent_id):
        chosen = pick(children)
        chosen_ids = None if chosen is children else {s.id for s in chosen}
        for s in children:
            if chosen_ids is None or s.id in chosen_ids:
                yield "section", section_row(s, parent_id, s.pos)
            if s.children:
                yield from walk(s.children, s.id)
    yield from walk(plan.sections, None)
    apps = pick(plan.appendices)
    app_ids = None if apps is plan.appendices else {a.id for a in apps}
    for a in plan.appendices:
        if app_ids is None or a.id in app_ids:
            yield "appendix", appendix_row_(a, a.pos)
        for c in pick(a.columns):
            yield "appendix_column", column_row(c, a.id, c.pos)
        for r in pick(a.rows):
            yield "appendix_row", row_row(r, a.id, r.pos)
    for s in pick(plan.signers):
        yield "signer", signer_row(s, s.pos)
    for r in pick(plan.recipients):
        yield "recipient", recipient_row(r, r.pos)
    for a in plan.agencies if only is None else [a for a in plan.agencies if a.id in only]:
        yield "agency", agency_row(a)
    for t in plan.tracking if only is None else [t for t in plan.tracking if t.id in only]:
        yield "tracking", tracking_row(t)
    for p in plan.progress if only is None else [p for p in plan.progress if p.id in only]:
        yield "progress", progress_row(p)
    for x in plan.report_texts if only is None else [x for x in plan.report_texts if x.id in only]:
        yield "report_text", {**_rec(x), "period": x.period, "part": x.part, "body": x.body}


def _rk(row) -> dict:
    """Record bookkeeping as constructor arguments (so no default id/time is made)."""
    return {"id": row["id"], "created": row["created"], "modified": row["modified"], "pos": float(row.get("pos", 0.0))}


def _common(obj, row):
    obj.id, obj.created, obj.modified = row["id"], row["created"], row["modified"]
    if "pos" in row:
        obj.pos = float(row["pos"])
    return obj


def _s(v) -> str:
    return nfc(v) if isinstance(v, str) else ""


class BadRecord(ValueError):
    """A record holds a value this program never writes (a crafted or damaged
    file).  ``vi``/``en``: what is wrong, for the clerk's message."""

    def __init__(self, vi: str, en: str):
        super().__init__(en)
        self.vi, self.en = vi, en


def unreadable(path: str, e: BaseException):
    """The clerk's message for a file whose records cannot be read (*e*)."""
    from ..errors import FileRefused
    name = os.path.basename(path) if path else ""
    if isinstance(e, BadRecord):
        vi, en = e.vi, e.en
    elif "too big" in str(e).lower():
        vi, en = "một ô dữ liệu quá lớn", "a cell is too large"
    elif isinstance(e, sqlite3.DatabaseError):
        vi, en = "tệp bị hỏng", f"the file is damaged ({e})"
    else:
        vi, en = f"một bản ghi có giá trị sai kiểu ({type(e).__name__})", f"a record holds a wrong value ({e})"
    return FileRefused(f"Dữ liệu trong tệp “{name}” không đọc được: {vi}. Tệp không bị thay đổi.",
                       f"The data in “{name}” cannot be read: {en}. The file has not been changed.")


_GROUP_STYLES = ("roman", "upper_alpha", "arabic")
_TASK_MODES = ("flat", "per_group", "dotted")


def plan_from_rows(tables: dict[str, list[dict]]) -> Plan:
    """Build a Plan from rows as read from the file (any order).

    A value of the wrong type or outside what this program writes raises
    :class:`BadRecord` (the file is refused, never half-read); a section tree
    with a cycle (a crafted parent link) is repaired by re-attaching the
    sections it cut off at the top level, so nothing is hidden — and nothing
    is then deleted by the next save."""
    try:
        plan = _plan_from_rows(tables)
    except BadRecord:
        raise
    except (AttributeError, TypeError, ValueError, KeyError, IndexError) as e:
        raise BadRecord(f"một bản ghi có giá trị sai kiểu ({type(e).__name__})",
                        f"a record holds a value of the wrong type ({type(e).__name__}: {e})") from e
    check_plan(plan)
    return plan


def check_plan(plan: Plan) -> None:
    """Refuse values that load but that the rest of the program cannot use."""
    def bad(vi, en):
        raise BadRecord(vi, en)
    depth = tree_depth(plan.sections)     # first: every later walk of the tree recurses
    if depth > MAX_DEPTH:
        vi, en = over("depth", None)
        bad(f"cây mục có {vi}", f"the section tree has {en}")
    for s in plan.walk():
        if s.kind not in SECTION_KINDS:
            bad(f"mục có cấp không hợp lệ “{s.kind}”", f"a section has an invalid level {s.kind!r}")
    for a in plan.appendices:
        nb = a.numbering
        if not (isinstance(nb, dict) and isinstance(nb.get("groups", ["roman"]), list)
                and all(x in _GROUP_STYLES for x in nb.get("groups", ["roman"]))
                and nb.get("tasks", "flat") in _TASK_MODES):
            bad("phụ lục có cách đánh số không hợp lệ", "an appendix has an invalid numbering")
        for c in a.columns:
            if isinstance(c.width, bool) or not isinstance(c.width, (int, float)) or not (c.width == c.width):
                bad("cột phụ lục có độ rộng không hợp lệ", "an appendix column has an invalid width")
            if not isinstance(c.key, str):
                bad("cột phụ lục có mã không hợp lệ", "an appendix column has an invalid key")
        for r in a.rows:
            if r.kind not in ("group", "task"):
                bad(f"dòng phụ lục có loại không hợp lệ “{r.kind}”", f"an appendix row has an invalid kind {r.kind!r}")
            if isinstance(r.level, bool) or not isinstance(r.level, int) or not 0 <= r.level <= 20:
                bad("dòng phụ lục có cấp nhóm không hợp lệ", "an appendix row has an invalid group level")
            if not isinstance(r.status, dict):
                bad("dòng phụ lục có trạng thái không hợp lệ", "an appendix row has an invalid status")
    if not plan.progress:
        return          # core.progress (its status names) is loaded only for a plan with progress records
    from ..progress import STATUSES
    for g in plan.progress:
        if g.status not in STATUSES + ("",) or g.override not in STATUSES + ("",):
            bad("một bản ghi tiến độ có trạng thái không hợp lệ", "a progress record has an invalid status")
        if g.done_date and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g.done_date):
            bad("một bản ghi tiến độ có ngày hoàn thành không hợp lệ", "a progress record has an invalid done date")


def _as_list(v) -> list:
    if not isinstance(v, list):
        raise TypeError("list expected")
    return v


def _as_dict(v) -> dict:
    if not isinstance(v, dict):
        raise TypeError("object expected")
    return v


def _repair_cycles(plan: Plan, secs: dict) -> None:
    reached: set[str] = set()

    def reach(lst):
        stack = list(lst)
        while stack:
            x = stack.pop()
            if x.id in reached:
                continue
            reached.add(x.id)
            stack.extend(x.children)
    reach(plan.sections)
    for s in sorted(secs.values(), key=lambda x: (x.pos, x.id)):
        if s.id in reached:
            continue
        parent = secs.get(s.parent_id)
        if parent is not None:
            parent.children = [c for c in parent.children if c is not s]
        s.parent_id = None
        plan.sections.append(s)
        reach([s])


def _plan_from_rows(tables: dict[str, list[dict]]) -> Plan:
    plan = Plan()
    metas = tables.get("meta", [])
    if metas:
        row = metas[0]
        d = _as_dict(jload(row["data"], {}))
        m = Meta()
        for k in ("parent_agency", "agency", "agency_abbr", "agency_full", "doc_type", "number", "symbol",
                  "place", "issue_date", "date_text", "title", "period"):
            if k in d:
                setattr(m, k, _s(d[k]))
        m.preamble = paras_from_json(d.get("preamble"))
        m.page = d.get("page") if isinstance(d.get("page"), dict) else {}
        plan.meta = _common(m, row)

    secs: dict[str, Section] = {}
    by_parent: dict = {}
    for row in tables.get("section", []):
        s = Section(kind=row["kind"], title=[Run.from_json(r) for r in _as_list(jload(row["title"], []))],
                    body=paras_from_json(_as_list(jload(row["body"], []))),
                    tail=paras_from_json(_as_list(jload(row["tail"], []))),
                    parent_id=row["parent_id"])
        _common(s, row)
        secs[s.id] = s
        by_parent.setdefault(row["parent_id"], []).append((row["pos"], s))
    for parent_id, lst in by_parent.items():
        lst.sort(key=lambda t: t[0])
        kids = [s for _, s in lst]
        if parent_id is None:
            plan.sections = kids
        elif parent_id in secs:
            secs[parent_id].children = kids
        else:  # orphan (parent lost): keep at top level rather than drop
            for s in kids:
                s.parent_id = None
            plan.sections.extend(kids)
    _repair_cycles(plan, secs)

    apps: dict[str, tuple[float, Appendix]] = {}
    for row in tables.get("appendix", []):
        a = Appendix(title=_s(row["title"]), label=_s(row["label"]), attachment=_s(row["attachment"]),
                     numbering=jload(row["numbering"], {"groups": ["roman"], "tasks": "flat"}),
                     landscape=None if row["landscape"] is None else bool(row["landscape"]))
        apps[row["id"]] = (row["pos"], _common(a, row))
    cols: dict[str, list] = {}
    for row in tables.get("appendix_column", []):
        c = _common(Column(key=row["key"], title=_s(row["title"]), group=_s(row["grp"]), width=row["width"]), row)
        cols.setdefault(row["appendix_id"], []).append((row["pos"], c))
    rows: dict[str, list] = {}
    for row in tables.get("appendix_row", []):
        r = Row(kind=row["kind"], level=row["level"], continues=bool(row["continues"]),
                cells={k: _s(v) for k, v in _as_dict(jload(row["cells"], {})).items()},
                lead=[_s(x) for x in _as_list(jload(row["lead"], []))],
                support=[_s(x) for x in _as_list(jload(row["support"], []))],
                status=jload(row["status"], {}), flag=_s(row["flag"]), label=_s(row["label"]), **_rk(row))
        rows.setdefault(row["appendix_id"], []).append((row["pos"], r))
    for aid, (_, a) in apps.items():
        a.columns = [c for _, c in sorted(cols.get(aid, []), key=lambda t: t[0])]
        a.rows = [r for _, r in sorted(rows.get(aid, []), key=lambda t: t[0])]
    plan.appendices = [a for _, a in sorted(apps.values(), key=lambda t: t[0])]

    plan.signers = [_common(Signer(prefix=_s(r["prefix"]), collective=_s(r["collective"]),
                                   lines=[_s(x) for x in _as_list(jload(r["lines"], []))], name=_s(r["name"])), r)
                    for r in sorted(tables.get("signer", []), key=lambda r: r["pos"])]
    plan.recipients = [_common(Recipient(text=_s(r["text"])), r)
                       for r in sorted(tables.get("recipient", []), key=lambda r: r["pos"])]
    plan.agencies = [_common(Agency(name=_s(r["name"]), short=_s(r["short"]), level=r["level"], kind=r["kind"],
                                    era=r["era"]), r) for r in tables.get("agency", [])]
    plan.tracking = [_common(Tracking(row_id=r["row_id"], occurrence=r["occurrence"], done_date=r["done_date"],
                                      note=_s(r["note"])), r) for r in tables.get("tracking", [])]
    plan.progress = [_progress(r) for r in tables.get("progress", [])]
    plan.report_texts = [_common(ReportText(period=_str(r["period"]), part=_str(r["part"]), body=_str(r["body"])), r)
                         for r in tables.get("report_text", [])]
    return plan


def _str(v) -> str:
    if not isinstance(v, str):
        raise BadRecord("một đoạn báo cáo có giá trị sai kiểu", "a report text holds a value of the wrong type")
    return nfc(v)


def _progress(r: dict) -> Progress:
    for k in PROGRESS_FIELDS:
        if not isinstance(r[k], str):
            raise BadRecord("một bản ghi tiến độ có giá trị sai kiểu", "a progress record holds a value of the wrong type")
    return _common(Progress(**{k: _s(r[k]) for k in PROGRESS_FIELDS}), r)
