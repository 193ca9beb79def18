"""The merge of two copies: records matched by id, each merged against the newest version both
knew, parents restored, cycles broken, positions spread; the result written through core/store."""
from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass, field

from ..errors import PlanError
from ..fileio import guard_output
from ..model import now_iso
from ..store import codec
from ..store.mergefile import write_new_file
from .conflicts import _conflict_rows, _conflicts_in, _is_conflict_key, _stored_report
from .fields import _loads_dict, merge_content
from .labels import _Labels, _place_text
from .side import ACK, BOOK, JSON_FIELDS, PARENT, Side, _content, read_side

log = logging.getLogger(__name__)


# ------------------------------------------------------------------ result --
@dataclass
class MergeResult:
    out: str
    report: dict
    conflicts: list[dict]

    @property
    def counts(self) -> dict:
        return self.report["counts"]


def _row_from(content: dict, rev: int, created: str, modified: str, cols: list[str]) -> dict:
    row = {c: content.get(c) for c in cols if c not in BOOK}
    row.update(rev=rev, hash=codec.content_hash(row), created=created, modified=modified)
    return row


def merge_files(mine: str, theirs: str, out: str, overwrite: bool = False,
                allow_different: bool = False, inputs=()) -> MergeResult:
    """Merge *theirs* into *mine*, writing *out*.  MINE and THEIRS are only read;
    *inputs* are the files they came from (a received .zip), never written either."""
    t0 = time.perf_counter()
    mine, theirs, out = os.path.abspath(mine), os.path.abspath(theirs), os.path.abspath(out)
    guard_output(out, "sqlite", sources=[mine, theirs, *inputs], force=overwrite, flag="--overwrite")
    M = read_side(mine, "mine")
    T = read_side(theirs, "theirs")
    if M.version != T.version or M.cols != T.cols:
        raise PlanError("Hai tệp có định dạng khác nhau; hãy mở và lưu cả hai bằng cùng một phiên bản chương trình rồi gộp lại.",
                        "The two files have different formats; open and save both with the same program version, then merge.")
    fm, ft = M.info.get("file_id"), T.info.get("file_id")
    if fm != ft and not allow_different:
        shared = len(set(M.rec) & set(T.rec))
        if shared == 0:
            raise PlanError("Hai tệp là hai kế hoạch khác nhau (không có bản ghi chung), không phải hai bản sao của cùng "
                            "một kế hoạch; không gộp. Để lấy nội dung của kế hoạch kia, hãy chép các mục hoặc nhập "
                            "bảng từ Excel.",
                            "The two files are different plans (no record in common), not two copies of one plan; "
                            "not merged. To take content from the other plan, copy its sections or import its table "
                            "from Excel.")
    try:
        result = _merge(M, T)
    except (TypeError, ValueError, KeyError, AttributeError, RecursionError) as e:
        # validated files whose record contents are not what this program writes
        raise PlanError(f"Nội dung một trong hai tệp không hợp lệ nên không gộp được ({type(e).__name__}).",
                        f"The contents of one of the files are invalid; cannot merge ({type(e).__name__}).") from e
    result_out = _write(M, T, result, out)
    result.report["seconds"] = round(time.perf_counter() - t0, 3)
    return MergeResult(result_out, result.report, result.conflicts)


@dataclass
class _State:
    out: dict = field(default_factory=dict)        # id -> (table, row)
    extra_hist: list = field(default_factory=list)  # (rec_id, tbl, rev, hash, data, at)
    tombs: dict = field(default_factory=dict)       # id -> (tbl, hash, data, at)
    conflicts: list = field(default_factory=list)
    changes: list = field(default_factory=list)     # (what, table, id, fields)
    report: dict = field(default_factory=dict)
    source: dict = field(default_factory=dict)      # id -> 'mine'|'theirs'|'both'
    deleted_now: dict = field(default_factory=dict)  # id -> (table, row on the keeping side, deleted in)
    by_paragraph: dict = field(default_factory=dict)  # id -> fields merged paragraph by paragraph


def _merge(M: Side, T: Side) -> _State:
    st = _State()
    stamp = now_iso()
    counts = dict.fromkeys(("same", "from_mine", "from_theirs", "combined", "added_mine", "added_theirs",
                            "deleted_mine", "deleted_theirs", "conflicts", "restored", "positions_adjusted",
                            "paragraph_merged"), 0)

    def add_conflict(table, rid, fld, key, b, m, t, kind, deleted_in=None):
        cid = f"{rid}/{fld}" + (f"/{key}" if key is not None else "")
        st.conflicts.append({"id": cid, "table": table, "rec_id": rid, "field": fld, "key": key, "kind": kind,
                             "base": _decode(table, fld, key, b), "mine": _decode(table, fld, key, m),
                             "theirs": _decode(table, fld, key, t), "deleted_in": deleted_in,
                             "chosen": "keep" if kind == "delete" else "mine", "resolved": None, "at": stamp})

    def push(side_row, table, rid):
        """Keep a version that is not the merged current one in history."""
        st.extra_hist.append((rid, table, side_row["rev"], side_row["hash"], codec.jdump(_content(side_row)), stamp))

    for rid in M.rec.keys() | T.rec.keys():
        m = M.rec.get(rid)
        t = T.rec.get(rid)
        if m is not None and t is not None:
            table, mr = m
            tr = t[1]
            if mr["hash"] == tr["hash"]:
                st.out[rid] = (table, mr if mr["rev"] >= tr["rev"] else tr)
                st.source[rid] = "both"
                counts["same"] += 1
                continue
            vt, vm = T.versions(rid), M.versions(rid)
            if (tr["rev"], tr["hash"]) in vm:          # mine descends from theirs
                st.out[rid] = (table, mr)
                st.source[rid] = "mine"
                counts["from_mine"] += 1
                st.changes.append(("from_mine", table, rid, []))
                continue
            if (mr["rev"], mr["hash"]) in vt:          # theirs descends from mine
                st.out[rid] = (table, tr)
                st.source[rid] = "theirs"
                counts["from_theirs"] += 1
                st.changes.append(("from_theirs", table, rid, []))
                continue
            base = None
            common = vm & vt
            if common:
                rev, h = max(common)
                base = M.content_of(rid, rev, h) or T.content_of(rid, rev, h)
            else:
                ch = M.hashes(rid) & T.hashes(rid)
                for v in M.hist.get(rid, ()):
                    if v[1] in ch:
                        base = codec.jload(v[2], None)
            mc, tc = _content(mr), _content(tr)
            if base is None and table == "progress":
                # a progress record made in both copies (its id comes from task and period): before either
                # office wrote, nothing was known — the common base is the empty record, so a field only one
                # office filled is taken, a field both filled differently is a conflict
                base = {k: ("" if isinstance(v, str) and k not in ("row_id", "period") else v) for k, v in mc.items()}
            by_para: list = []
            merged, confl, from_t = merge_content(table, base, mc, tc, by_para)
            rev = max(max(v[0] for v in vm), max(v[0] for v in vt)) + 1
            if merged == mc and not from_t:
                row, what = mr, "from_mine"
                push(tr, table, rid)
            elif merged == tc and not confl:
                row, what = tr, "from_theirs"
                push(mr, table, rid)
            else:
                row, what = _row_from(merged, rev, mr["created"], stamp, M.cols[table]), "combined"
                push(mr, table, rid)
                push(tr, table, rid)
            st.source[rid] = {"from_mine": "mine", "from_theirs": "theirs"}.get(what, "both")
            counts[what] += 1
            st.out[rid] = (table, row)
            st.changes.append((what, table, rid, from_t))
            if by_para:
                st.by_paragraph[rid] = by_para
                counts["paragraph_merged"] += 1
            for fld, key, b, mv, tv, kind in confl:
                add_conflict(table, rid, fld, key, b, mv, tv, kind)
            continue
        # ---- present on one side only
        here, other = (M, T) if m is not None else (T, M)
        table, row = (m or t)
        tomb = other.tomb.get(rid)
        if tomb is None:
            st.out[rid] = (table, row)
            st.source[rid] = here.label
            counts["added_" + here.label] += 1
            st.changes.append(("added_" + here.label, table, rid, []))
            continue
        acked = any(v[1] == ACK + tomb[1] for v in here.hist.get(rid, ()))
        if acked:   # this side already saw that deletion and kept the record
            st.out[rid] = (table, row)
            st.source[rid] = here.label
            counts["from_" + here.label] += 1
            st.changes.append(("from_" + here.label, table, rid, []))
            continue
        if row["hash"] in other.hashes(rid):   # unchanged since the other side knew it: deleted there
            st.tombs[rid] = tomb
            st.deleted_now[rid] = (table, row, other.label)
            counts["deleted_" + other.label] += 1
            st.changes.append(("deleted_" + other.label, table, rid, []))
            st.source[rid] = other.label
            continue
        # deleted on one side, changed on the other: keep it, and list the conflict
        st.out[rid] = (table, row)
        st.source[rid] = here.label
        st.extra_hist.append((rid, table, 0, ACK + tomb[1], tomb[2], stamp))
        content = _content(row)
        add_conflict(table, rid, "_deleted", None, codec.jload(tomb[2], {}), content if here is M else None,
                     content if here is T else None, "delete", deleted_in=other.label)
        st.changes.append(("kept_" + here.label, table, rid, []))
    # tombstones: deletions known to either side stay known
    for side in (T, M):
        for rid, tomb in side.tomb.items():
            if rid in st.out:   # deleted and brought back: remember the deletion was seen
                st.extra_hist.append((rid, tomb[0], 0, ACK + tomb[1], tomb[2], stamp))
            else:
                st.tombs[rid] = tomb
    _restore_parents(M, T, st, stamp, counts, add_conflict)
    _break_cycles(st, M, T, stamp, add_conflict)
    _spread_positions(st, M, stamp, counts)
    counts["conflicts"] = len(st.conflicts)
    st.report = {"counts": counts, "at": stamp}
    return st


def _current_value(row: dict, table: str, fld: str, key):
    """The value of a conflict's field (or of its key inside a JSON field) in *row*, decoded as
    conflicts hold their values."""
    raw = row.get(fld)
    if key is not None:
        d = _loads_dict(raw)
        return d.get(key) if isinstance(d, dict) else None
    return _decode(table, fld, None, raw)


def _decode(table, fld, key, v):
    if v is None or key is not None or fld in ("position", "_deleted"):
        return v
    if fld in JSON_FIELDS.get(table, ()) and isinstance(v, str):
        return codec.jload(v, v)
    return v


def _restore_parents(M, T, st, stamp, counts, add_conflict):
    """A kept record whose parent was deleted on the other side brings the
    parent back (with a conflict) instead of being hidden or lost."""
    changed = True
    while changed:
        changed = False
        for rid, (table, row) in list(st.out.items()):
            link = PARENT.get(table)
            if not link:
                continue
            pid = row.get(link[0])
            if not pid or pid in st.out:
                continue
            if pid in st.deleted_now:   # deleted in this merge: the other side still has it as it was
                ptable, prow, deleted_in = st.deleted_now.pop(pid)
                content = _content(prow)
                tomb = st.tombs.pop(pid)
            else:
                tomb = st.tombs.get(pid) or M.tomb.get(pid) or T.tomb.get(pid)
                if tomb is None:
                    continue
                content = codec.jload(tomb[2], None)
                if not isinstance(content, dict):
                    continue
                ptable = tomb[0]
                rev = 1 + max([v[0] for s in (M, T) for v in s.hist.get(pid, ())] or [0])
                prow = _row_from(content, rev, tomb[3], stamp, M.cols[ptable])
                st.tombs.pop(pid, None)
                deleted_in = "mine" if pid in M.tomb else "theirs"
            st.out[pid] = (ptable, prow)
            st.extra_hist.append((pid, ptable, 0, ACK + tomb[1], tomb[2], stamp))
            add_conflict(ptable, pid, "_deleted", None, codec.jload(tomb[2], None),
                         None if deleted_in == "mine" else _content(prow),
                         None if deleted_in == "theirs" else _content(prow), "delete", deleted_in=deleted_in)
            # what was deleted with it in the same go comes back too (the whole table / sub-tree)
            todo = [pid]
            while todo:
                parent_id = todo.pop()
                for cid, (ctable, crow, cdel) in list(st.deleted_now.items()):
                    link2 = PARENT.get(ctable)
                    if link2 and crow.get(link2[0]) == parent_id and cdel == deleted_in:
                        del st.deleted_now[cid]
                        ctomb = st.tombs.pop(cid)
                        st.out[cid] = (ctable, crow)
                        st.extra_hist.append((cid, ctable, 0, ACK + ctomb[1], ctomb[2], stamp))
                        counts["deleted_" + deleted_in] -= 1
                        counts["restored"] += 1
                        st.changes.append(("restored", ctable, cid, []))
                        todo.append(cid)
            if pid in M.rec or pid in T.rec:
                counts["deleted_" + deleted_in] -= 1
            counts["restored"] += 1
            st.changes.append(("restored", ptable, pid, []))
            changed = True


def _break_cycles(st, M, T, stamp, add_conflict):
    """Two sides moving sections under each other can form a loop; put one
    member of a loop at the top level (reported) so nothing disappears."""
    parent = {rid: row.get("parent_id") for rid, (t, row) in st.out.items() if t == "section"}
    for start in sorted(parent):
        seen = []
        cur = start
        while cur is not None and cur in parent and cur not in seen:
            seen.append(cur)
            cur = parent[cur]
        if cur is not None and cur in seen:
            loop = seen[seen.index(cur):]
            victim = min(loop)
            table, row = st.out[victim]
            new = dict(row)
            new["parent_id"] = None
            new["pos"] = 1e9 + len(st.conflicts)
            new = _row_from(_content(new), row["rev"] + 1, row["created"], stamp, M.cols[table])
            st.extra_hist.append((victim, table, row["rev"], row["hash"], codec.jdump(_content(row)), stamp))
            st.out[victim] = (table, new)
            parent[victim] = None
            add_conflict(table, victim, "position", None, None,
                         {"parent_id": row["parent_id"]}, {"parent_id": None}, "position")


def _spread_positions(st, M, stamp, counts):
    """Records added at the same place on both sides get the same ``pos``:
    spread ties so the order is stable (mine first)."""
    groups: dict = {}
    for rid, (table, row) in st.out.items():
        if "pos" not in row:
            continue
        link = PARENT.get(table)
        key = (table, row.get(link[0]) if link else None)
        groups.setdefault(key, []).append((row["pos"], 0 if rid in M.rec else 1, rid))
    for key, items in groups.items():
        if len(items) < 2:
            continue
        items.sort()
        poses = [p for p, _, _ in items]
        if len(set(poses)) == len(poses):
            continue
        i = 0
        while i < len(items):
            j = i
            while j + 1 < len(items) and items[j + 1][0] == items[i][0]:
                j += 1
            if j > i:
                lo = items[i][0]
                hi = items[j + 1][0] if j + 1 < len(items) else lo + 1.0
                step = (hi - lo) / (j - i + 1)
                for k in range(i + 1, j + 1):
                    rid = items[k][2]
                    table, row = st.out[rid]
                    c = _content(row)
                    c["pos"] = lo + step * (k - i)
                    st.extra_hist.append((rid, table, row["rev"], row["hash"], codec.jdump(_content(row)), stamp))
                    st.out[rid] = (table, _row_from(c, row["rev"] + 1, row["created"], stamp, M.cols[table]))
                    counts["positions_adjusted"] += 1
            i = j + 1


# ------------------------------------------------------------------ writing --
def _check_limits(st: _State) -> None:
    """Two copies each within the limits can merge into a plan over one (both
    offices added rows): refused before anything is written, naming the limit,
    rather than the merged file being written and then refused by the validator."""
    from .. import limits
    counts: dict = {}
    for table, _row in st.out.values():
        counts[table] = counts.get(table, 0) + 1
    for table, what in (("appendix_row", "rows"), ("section", "sections"), ("appendix", "appendices")):
        if counts.get(table, 0) > limits.WHAT[what][2]:
            raise limits.refuse_plan(what, counts[table])


def _write(M: Side, T: Side, st: _State, out: str) -> str:
    from ..store.planfile import writing_plan_file
    _check_limits(st)
    labels = _Labels(M, st)
    for c in st.conflicts:
        c["where"] = labels.where(c["table"], c["rec_id"])
        c["what"] = labels.what(c["table"], c["field"], c["key"], c["rec_id"])
        c["mine_file"], c["theirs_file"] = os.path.basename(M.path), os.path.basename(T.path)
        if c.get("kind") == "position":
            # where each side put it, as the clerk reads it ("sau «Mục 2. …»"), not the internal order
            for side, S in (("mine", M), ("theirs", T)):
                try:
                    c[f"{side}_place"] = _place_text(S, c["table"], c["rec_id"], c.get(side), labels)
                except Exception:   # a courtesy: the raw description is still there
                    log.exception("position of %s in %s not described", c["rec_id"], side)
    # unresolved conflicts carried over from either input stay listed — unless the other input
    # has resolved them (the clerk's choice there stands) — and always seen from MINE: a conflict
    # carried in from THEIRS has its two sides swapped (choosing "mine" gives this office's value)
    new_ids = {c["id"] for c in st.conflicts}
    # id -> when it was resolved; a pending conflict recorded after that is a new one on the same field
    resolved: dict = {}
    for side in (M, T):
        for c in _conflicts_in(side.info):
            if isinstance(c, dict) and c.get("resolved"):
                at = c["resolved"].get("at", "") if isinstance(c["resolved"], dict) else ""
                resolved[c.get("id")] = max(resolved.get(c.get("id"), ""), str(at))
    carried = []
    for side in (M, T):
        for c in _conflicts_in(side.info):
            if not isinstance(c, dict) or c.get("id") in new_ids or c.get("resolved") or c.get("rec_id") not in st.out:
                continue
            if c.get("id") in resolved and str(c.get("at", "")) <= resolved[c.get("id")]:
                continue      # settled in the other copy after it was recorded: the clerk's choice stands
            c = dict(c)
            if side is T:
                c["mine"], c["theirs"] = c.get("theirs"), c.get("mine")
                c["mine_file"], c["theirs_file"] = c.get("theirs_file"), c.get("mine_file")
                c["deleted_in"] = {"mine": "theirs", "theirs": "mine"}.get(c.get("deleted_in"), c.get("deleted_in"))
            elif c.get("kind") == "field" and c.get("field"):
                # one of ours: "mine" is what the field holds now (typed over since the conflict was
                # recorded, it must not be brought back by choosing "mine")
                try:
                    now = _current_value(st.out[c["rec_id"]][1], c["table"], c["field"], c.get("key"))
                except (TypeError, ValueError, KeyError, AttributeError):
                    now = c.get("mine")
                if now == c.get("theirs"):
                    continue          # the file now holds the other value: nothing left to choose
                c["mine"] = now
            try:
                c["where"] = labels.where(c["table"], c["rec_id"])
            except Exception:   # a label is a courtesy
                log.exception("no label for a carried conflict on %s", c.get("rec_id"))
            carried.append(c)
            new_ids.add(c.get("id"))
    conflicts = st.conflicts + carried
    st.conflicts = conflicts
    st.report.update({
        "mine": {"file": os.path.basename(M.path), "file_id": M.info.get("file_id")},
        "theirs": {"file": os.path.basename(T.path), "file_id": T.info.get("file_id")},
        "changes": [dict({"what": w, "table": t, "id": rid, "where": labels.where(t, rid), "fields": f},
                         **({"by_paragraph": st.by_paragraph[rid]} if rid in st.by_paragraph else {}))
                    for w, t, rid, f in st.changes],
        "carried_conflicts": len(carried),
    })
    with writing_plan_file(out, prefix=".tmp-merge-", create=False) as tmp:
        by_table: dict = {}
        for rid, (table, row) in st.out.items():
            by_table.setdefault(table, []).append(row)
        hist_rows = []
        seen = set()
        for side in (M, T):
            for rid, vs in side.hist.items():
                for rev, h, data, at, tbl in vs:
                    k = (rid, rev, h)
                    if k not in seen:
                        seen.add(k)
                        hist_rows.append((tbl, rid, rev, h, data, at))
        for rid, tbl, rev, h, data, at in st.extra_hist:
            cur = st.out.get(rid)
            if cur is not None and cur[1]["rev"] == rev and cur[1]["hash"] == h:
                continue
            k = (rid, rev, h)
            if k not in seen:
                seen.add(k)
                hist_rows.append((tbl, rid, rev, h, data, at))
        info = {k: v for k, v in list(T.info.items()) + list(M.info.items()) if not _is_conflict_key(k)}
        info.update(_conflict_rows(conflicts))
        info["merge_report"] = json.dumps(_stored_report(st.report), ensure_ascii=False)
        write_new_file(tmp, M.version, M.cols, by_table, hist_rows,
                       [(rid, *t) for rid, t in st.tombs.items() if rid not in st.out], info)
    return out
