"""Three-way merge of two copies of a plan file (design: docs/merge.md).

``merge_files(mine, theirs, out)`` reads both files read-only (they are
never modified), matches records by UUID and merges each one against the
newest version both copies knew (found in their ``history``), writes the
result to a temporary name beside *out*, checks it and renames it.

* A change on one side only is taken.
* The same field (or the same key of a JSON field such as a row's cells)
  changed differently on both sides is a *conflict*: the merged file keeps
  "mine" and the conflict list keeps both values (``info`` key
  ``merge_conflicts``); :func:`resolve_conflict` applies the clerk's choice.
* A record deleted on one side and changed on the other is kept, with a
  conflict (keeping is reversible, a silent deletion is not).
* Histories and tombstones of both files are united, so the next merge in
  an A → B → A → B chain still finds the common versions.
* ``info`` key ``merge_report`` says what came from where.
"""
from __future__ import annotations

import difflib
import json
import os
import shutil
import sqlite3
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field

from .errors import PlanError
from .model import now_iso
from .store import codec
from .store.safe_open import harden, hot_journal, ro_uri, validate
from .store.schema import APPLICATION_ID, RECORD_TABLES, SCHEMA_VERSION, SCHEMAS, current_columns, record_tables
from .text import nfc

BOOK = ("created", "modified", "rev", "hash")
# Fields moved together: a change of position is one change.
POSITION = {
    "section": ("parent_id", "pos", "kind"),
    "appendix": ("pos",),
    "appendix_column": ("appendix_id", "pos"),
    "appendix_row": ("appendix_id", "pos"),
    "signer": ("pos",),
    "recipient": ("pos",),
}
# JSON objects merged key by key.
DICT_FIELDS = {"meta": ("data",), "appendix": ("numbering",), "appendix_row": ("cells", "status")}
# Every column holding JSON text (values in the conflict list are decoded).
JSON_FIELDS = {"meta": ("data",), "section": ("title", "body", "tail"), "appendix": ("numbering",),
               "appendix_row": ("cells", "lead", "support", "status"), "signer": ("lines",)}
# child table -> (column, parent table)
PARENT = {"section": ("parent_id", "section"), "appendix_column": ("appendix_id", "appendix"),
          "appendix_row": ("appendix_id", "appendix")}
# JSON lists of paragraphs merged paragraph by paragraph (diff3 over the lists).
PARA_FIELDS = {"section": ("body", "tail")}
ACK = "tomb:"   # a history row whose hash starts so records "saw this deletion and kept the record"

_MISSING = object()


# ------------------------------------------------------------------ reading --
@dataclass
class Side:
    path: str
    label: str                                   # 'mine' | 'theirs'
    version: int = 1
    cols: dict = field(default_factory=dict)     # table -> column names
    rec: dict = field(default_factory=dict)      # id -> (table, row dict)
    hist: dict = field(default_factory=dict)     # id -> [(rev, hash, data, at, tbl)]
    tomb: dict = field(default_factory=dict)     # id -> (tbl, hash, data, at)
    info: dict = field(default_factory=dict)
    _siblings: dict | None = field(default=None, repr=False)   # (table, parent) -> [(pos, id)], built on demand

    def siblings(self, table: str, parent) -> list:
        """(pos, id) of the records of *table* under *parent* (describing position conflicts)."""
        if self._siblings is None:
            self._siblings = {}
            for i, (t, r) in self.rec.items():
                link = PARENT.get(t)
                if r.get("pos") is not None:
                    self._siblings.setdefault((t, r.get(link[0]) if link else None), []).append((r["pos"], i))
        return self._siblings.get((table, parent), [])

    def versions(self, rid: str) -> set[tuple[int, str]]:
        out = {(h[0], h[1]) for h in self.hist.get(rid, ()) if not h[1].startswith(ACK)}
        r = self.rec.get(rid)
        if r is not None:
            out.add((r[1]["rev"], r[1]["hash"]))
        return out

    def hashes(self, rid: str) -> set[str]:
        out = {h[1] for h in self.hist.get(rid, ())}
        r = self.rec.get(rid)
        if r is not None:
            out.add(r[1]["hash"])
        t = self.tomb.get(rid)
        if t is not None:
            out.add(t[1])
        return out

    def content_of(self, rid: str, rev: int, h: str) -> dict | None:
        r = self.rec.get(rid)
        if r is not None and r[1]["rev"] == rev and r[1]["hash"] == h:
            return _content(r[1])
        for v in self.hist.get(rid, ()):
            if v[0] == rev and v[1] == h:
                return codec.jload(v[2], None)
        return None


def _content(row: dict) -> dict:
    return {k: v for k, v in row.items() if k not in BOOK}


@contextmanager
def readable(path: str):
    """A path to read *path* from without writing to it: the file itself, or
    (when an interrupted save left a hot journal beside it) a rolled-back
    copy in a temporary folder."""
    path = os.path.abspath(path)
    if not hot_journal(path):
        yield path
        return
    d = tempfile.mkdtemp(prefix="kehoach-read-")
    try:
        tmp = os.path.join(d, "copy.sqlite")
        shutil.copyfile(path, tmp)
        shutil.copyfile(path + "-journal", tmp + "-journal")
        from .store.safe_open import recover_journal
        recover_journal(tmp)
        yield tmp
    except OSError as e:
        raise PlanError(f"Không đọc được tệp “{os.path.basename(path)}”: {e}",
                        f"Cannot read “{os.path.basename(path)}”: {e}") from e
    finally:
        shutil.rmtree(d, ignore_errors=True)


def read_side(path: str, label: str) -> Side:
    with readable(path) as p:
        info = validate(p)
        side = Side(path=os.path.abspath(path), label=label, version=info.version)
        conn = sqlite3.connect(ro_uri(p), uri=True, isolation_level=None, check_same_thread=False)
        try:
            harden(conn)
            for t in record_tables(info.version):
                cur = conn.execute(f"SELECT * FROM {t}")
                cols = [d[0] for d in cur.description]
                side.cols[t] = cols
                for tup in cur:
                    row = dict(zip(cols, tup))
                    side.rec[row["id"]] = (t, row)
            if info.version < SCHEMA_VERSION:
                # an older copy (before progress was kept): its records read as this version's, with the
                # later tables empty — so a copy from an office that has not updated yet still merges
                side.cols.update(current_columns(set(RECORD_TABLES) - set(side.cols)))
                side.version = SCHEMA_VERSION
            hist = side.hist
            for rid, tbl, rev, h, data, at in conn.execute(
                    "SELECT rec_id, tbl, rev, hash, data, at FROM history ORDER BY seq"):
                hist.setdefault(rid, []).append((rev, h, data, at, tbl))
            for rid, tbl, h, data, at in conn.execute("SELECT rec_id, tbl, hash, data, at FROM tombstone"):
                side.tomb[rid] = (tbl, h, data, at)
            side.info = {k: v for k, v in conn.execute("SELECT key, value FROM info")}
        except (sqlite3.DatabaseError, ValueError, KeyError) as e:
            raise PlanError(f"Dữ liệu trong tệp “{os.path.basename(path)}” không đọc được: {e}",
                            f"The data in “{os.path.basename(path)}” cannot be read: {e}") from e
        finally:
            conn.close()
    return side


# ------------------------------------------------------------ field merge --
def _pick(b, m, t):
    """Three-way rule for one value: (value, conflict?, source)."""
    if m == t:
        return m, False, "same"
    if b is not _MISSING and b == m:
        return t, False, "theirs"
    if b is not _MISSING and b == t:
        return m, False, "mine"
    return m, True, "mine"


def _loads_dict(s):
    try:
        v = json.loads(s)
    except (TypeError, ValueError):
        return None
    return v if isinstance(v, dict) else None


def merge_lists(base: list, mine: list, theirs: list):
    """diff3 over three lists (items compared by their JSON): the merged list,
    or None when both sides changed the same stretch differently.

    base→mine and base→theirs are aligned with difflib; the base items kept
    by both sides are fixed points; between two of them a stretch changed on
    one side only is taken from that side, changed alike on both is taken
    once.  A stretch changed on both sides whose three versions have the same
    length (paragraphs edited in place, e.g. two neighbours) is merged item by
    item when no item was changed on both sides; anything else is a conflict.
    """
    kb = [codec.jdump(x) for x in base]
    km = [codec.jdump(x) for x in mine]
    kt = [codec.jdump(x) for x in theirs]

    def matches(other):
        out = {}
        sm = difflib.SequenceMatcher(None, kb, other, autojunk=False)
        for i, j, n in sm.get_matching_blocks():
            for d in range(n):
                out[i + d] = j + d
        return out

    mm, tm = matches(km), matches(kt)
    result = []
    pb = pm = pt = 0
    for i in [i for i in range(len(kb)) if i in mm and i in tm] + [None]:
        if i is None:
            ib, jm, jt = len(kb), len(km), len(kt)
        else:
            ib, jm, jt = i, mm[i], tm[i]
        b, m, t = kb[pb:ib], km[pm:jm], kt[pt:jt]
        if m == t or b == t:
            result.extend(mine[pm:jm])
        elif b == m:
            result.extend(theirs[pt:jt])
        elif len(b) == len(m) == len(t):
            for x in range(len(b)):
                if m[x] == t[x] or b[x] == t[x]:
                    result.append(mine[pm + x])
                elif b[x] == m[x]:
                    result.append(theirs[pt + x])
                else:
                    return None
        else:
            return None
        if i is not None:
            result.append(mine[jm])
            pb, pm, pt = ib + 1, jm + 1, jt + 1
    return result


def _merge_paragraphs(bv, m, t):
    """Three-way merge of a JSON text holding a list of paragraphs: the merged
    JSON text, or None (not lists, or overlapping different changes)."""
    lb, lm, lt = codec.jload(bv, None), codec.jload(m, None), codec.jload(t, None)
    if not (isinstance(lb, list) and isinstance(lm, list) and isinstance(lt, list)):
        return None
    merged = merge_lists(lb, lm, lt)
    if merged is None:
        return None
    return m if merged == lm else (t if merged == lt else codec.jdump(merged))


def merge_content(table: str, base: dict | None, mine: dict, theirs: dict, by_paragraph: list | None = None):
    """Field-by-field three-way merge of two record contents.

    Returns (merged content, conflicts, fields taken from theirs); a conflict
    is (field, key, base, mine, theirs, kind) with kind 'field' or 'position'.
    Paragraph fields (a section's body and tail) changed on both sides are
    merged paragraph by paragraph; their names are appended to *by_paragraph*.
    """
    out = dict(mine)
    conflicts = []
    from_theirs = []
    b = base if base is not None else {}
    nb = base is None
    group = POSITION.get(table, ())
    if group:
        gm = tuple(mine.get(f) for f in group)
        gt = tuple(theirs.get(f) for f in group)
        gb = _MISSING if nb else tuple(b.get(f) for f in group)
        v, conflict, src = _pick(gb, gm, gt)
        for f, x in zip(group, v):
            out[f] = x
        if conflict:
            conflicts.append(("position", None, None if gb is _MISSING else dict(zip(group, gb)),
                              dict(zip(group, gm)), dict(zip(group, gt)), "position"))
        elif src == "theirs":
            from_theirs.append("position")
    dict_fields = DICT_FIELDS.get(table, ())
    keys = set(mine) | set(theirs)
    for f in sorted(keys):
        if f == "id" or f in group:
            continue
        m = mine.get(f)
        t = theirs.get(f)
        if m == t:
            continue
        bv = _MISSING if nb else b.get(f)
        if f in dict_fields:
            md, td = _loads_dict(m), _loads_dict(t)
            bd = None if bv is _MISSING else _loads_dict(bv)
            if md is not None and td is not None and (nb or bd is not None):
                merged = dict(md)
                took = False
                for k in sorted(set(md) | set(td) | (set(bd) if bd else set())):
                    mk, tk = md.get(k, None), td.get(k, None)
                    bk = _MISSING if bd is None else bd.get(k, None)
                    v, conflict, src = _pick(bk, mk, tk)
                    if v is None:
                        merged.pop(k, None)
                    else:
                        merged[k] = v
                    if conflict:
                        conflicts.append((f, k, None if bk is _MISSING else bk, mk, tk, "field"))
                    elif src == "theirs":
                        took = True
                out[f] = m if merged == md else (t if merged == td else codec.jdump(merged))
                if took:
                    from_theirs.append(f)
                continue
        if f in PARA_FIELDS.get(table, ()) and bv is not _MISSING and bv is not None and bv != m and bv != t:
            pv = _merge_paragraphs(bv, m, t)
            if pv is not None:
                out[f] = pv
                if pv != m:
                    from_theirs.append(f)
                if by_paragraph is not None:
                    by_paragraph.append(f)
                continue
        v, conflict, src = _pick(bv, m, t)
        out[f] = v
        if conflict:
            conflicts.append((f, None, None if bv is _MISSING else bv, m, t, "field"))
        elif src == "theirs":
            from_theirs.append(f)
    return out, conflicts, from_theirs


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
                allow_different: bool = False) -> MergeResult:
    """Merge *theirs* into *mine*, writing *out*.  MINE and THEIRS are only read."""
    t0 = time.perf_counter()
    mine, theirs, out = os.path.abspath(mine), os.path.abspath(theirs), os.path.abspath(out)
    for p in (mine, theirs):
        if os.path.exists(out) and os.path.exists(p) and os.path.samefile(out, p):
            raise PlanError("Tệp kết quả phải khác hai tệp đầu vào (không bao giờ ghi đè bản gốc).",
                            "The output must differ from both input files (the originals are never overwritten).")
    if os.path.exists(out) and not overwrite:
        raise PlanError(f"Tệp “{os.path.basename(out)}” đã có; chọn tên khác hoặc dùng --overwrite.",
                        f"“{os.path.basename(out)}” already exists; choose another name or use --overwrite.")
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
def _write(M: Side, T: Side, st: _State, out: str) -> str:
    from .store.planfile import _db_error, _fsync_dir, _fsync_file, _os_error, _silent_unlink
    folder = os.path.dirname(out) or "."
    tmp = None
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
                    pass
    # unresolved conflicts carried over from either input stay listed — unless the other input
    # has resolved them (the clerk's choice there stands) — and always seen from MINE: a conflict
    # carried in from THEIRS has its two sides swapped (choosing "mine" gives this office's value)
    new_ids = {c["id"] for c in st.conflicts}
    # id -> when it was resolved; a pending conflict recorded after that is a new one on the same field
    resolved: dict = {}
    for side in (M, T):
        for c in codec.jload(side.info.get("merge_conflicts"), []):
            if isinstance(c, dict) and c.get("resolved"):
                at = c["resolved"].get("at", "") if isinstance(c["resolved"], dict) else ""
                resolved[c.get("id")] = max(resolved.get(c.get("id"), ""), str(at))
    carried = []
    for side in (M, T):
        for c in codec.jload(side.info.get("merge_conflicts"), []):
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
                pass
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
    try:
        fd, tmp = tempfile.mkstemp(prefix=".tmp-merge-", suffix=".sqlite", dir=folder)
        os.close(fd)
        os.unlink(tmp)
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            harden(conn)
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            conn.execute("BEGIN")
            for sql in SCHEMAS[M.version]:
                conn.execute(sql)
            conn.execute(f"PRAGMA user_version={M.version}")
            by_table: dict = {}
            for rid, (table, row) in st.out.items():
                by_table.setdefault(table, []).append(row)
            for table, rows in by_table.items():
                cols = M.cols[table]
                conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                                 [[r[c] for c in cols] for r in rows])
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
            conn.executemany("INSERT INTO history(tbl, rec_id, rev, hash, data, at) VALUES (?,?,?,?,?,?)", hist_rows)
            conn.executemany("INSERT INTO tombstone(rec_id, tbl, hash, data, at) VALUES (?,?,?,?,?)",
                             [(rid, *t) for rid, t in st.tombs.items() if rid not in st.out])
            info = dict(T.info)
            info.update(M.info)
            info["merge_conflicts"] = json.dumps(conflicts, ensure_ascii=False)
            info["merge_report"] = json.dumps(st.report, ensure_ascii=False)
            conn.executemany("INSERT INTO info(key, value) VALUES (?, ?)", list(info.items()))
            conn.execute("COMMIT")
        finally:
            conn.close()
        _fsync_file(tmp)
        validate(tmp)
        os.replace(tmp, out)
        _fsync_dir(folder)
    except OSError as e:
        _silent_unlink(tmp)
        raise _os_error(e, out) from e
    except sqlite3.Error as e:
        _silent_unlink(tmp)
        raise _db_error(e, out) from e
    except BaseException:
        _silent_unlink(tmp)
        raise
    return out


# ------------------------------------------------------------------ labels --
META_LABELS = {
    "parent_agency": "Cơ quan chủ quản", "agency": "Cơ quan ban hành", "agency_abbr": "Viết tắt cơ quan",
    "agency_full": "Tên cơ quan (trong câu)", "doc_type": "Loại văn bản", "number": "Số", "symbol": "Ký hiệu",
    "place": "Địa danh", "issue_date": "Ngày ban hành", "date_text": "Ngày (ghi tay)", "title": "Trích yếu",
    "period": "Năm / giai đoạn", "preamble": "Căn cứ (đoạn mở đầu)", "page": "Trang in",
}
FIELD_LABELS = {
    "title": "Tiêu đề", "body": "Nội dung", "tail": "Đoạn cuối", "kind": "Cấp", "position": "Vị trí",
    "_deleted": "Xoá / giữ", "label": "Số thứ tự ghi tay", "attachment": "Dòng “Kèm theo”",
    "numbering": "Cách đánh số", "landscape": "Khổ ngang", "key": "Loại cột", "grp": "Nhóm cột",
    "width": "Độ rộng", "level": "Cấp nhóm", "continues": "Dòng tiếp", "lead": "Cơ quan chủ trì",
    "support": "Cơ quan phối hợp", "status": "Theo dõi", "flag": "Ghi chú nhập", "prefix": "Thẩm quyền ký",
    "collective": "Tập thể", "lines": "Chức vụ", "name": "Họ tên", "text": "Nội dung", "short": "Tên viết tắt",
    "era": "Giai đoạn", "occurrence": "Kỳ hạn", "done_date": "Ngày hoàn thành", "note": "Ghi chú",
    "period": "Kỳ báo cáo", "result": "Kết quả thực hiện", "difficulties": "Khó khăn, đề xuất",
    "reporter": "Người báo cáo", "reported_at": "Thời điểm báo cáo", "source": "Nguồn", "override": "Trạng thái do văn thư đặt",
    "reason": "Lý do", "part": "Phần",
}
TABLE_LABELS = {"meta": "Thông tin văn bản", "section": "Mục", "appendix": "Phụ lục", "appendix_column": "Cột",
                "appendix_row": "Dòng", "signer": "Người ký", "recipient": "Nơi nhận", "agency": "Cơ quan",
                "tracking": "Theo dõi", "progress": "Tiến độ",
                "report_text": "Báo cáo"}


def _short(s: str, n: int = 60) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


class _Labels:
    """Human descriptions of records ("Phụ lục I, dòng 5 «…»") from the merged result."""

    def __init__(self, M: Side, st: _State):
        self.st = st
        self.M = M
        self._plan = None

    def plan(self):
        if self._plan is None:
            tables = {t: [] for t in RECORD_TABLES}
            for rid, (t, row) in self.st.out.items():
                tables[t].append(row)
            from .model import Plan
            self._plan = codec.plan_from_rows(tables)
            self._secnum = self._plan.section_numbers()
            self._rows = {}
            self._cols = {}
            for i, a in enumerate(self._plan.appendices):
                lab = self._plan.appendix_label(i)
                nums = Plan.row_numbers(a)
                task_col = next((c.id for c in a.columns if c.key == "task"), None)
                for r in a.rows:
                    txt = r.cells.get(task_col, "") if task_col else next(iter(r.cells.values()), "")
                    self._rows[r.id] = f"{lab}, dòng {nums.get(r.id, '') or '…'} «{_short(txt)}»"
                for c in a.columns:
                    self._cols[c.id] = (lab, c.title)
                self._rows[a.id] = f"{lab} «{_short(a.title)}»"
        return self._plan

    def where(self, table: str, rid: str) -> str:
        try:
            return self._where(table, rid)
        except Exception:   # a label is a courtesy: never fail a merge over it
            return f"{TABLE_LABELS.get(table, table)} {rid[:8]}"

    def _where(self, table, rid):
        self.plan()   # builds the section/row number caches used below
        item = self.st.out.get(rid)
        row = item[1] if item else None
        if row is None:
            t = self.st.tombs.get(rid) or self.M.tomb.get(rid)
            row = codec.jload(t[2], {}) if t else {}
        if table == "meta":
            return "Thông tin văn bản"
        if table == "section":
            title = "".join(r[0] if isinstance(r, list) and r else str(r) for r in codec.jload(row.get("title"), []))
            if not title:
                body = codec.jload(row.get("body"), [])
                if body and isinstance(body[0], dict):
                    title = "".join(r[0] if isinstance(r, list) and r else "" for r in body[0].get("runs", []))
            num = self._secnum.get(rid, "")
            return f"Mục {num} «{_short(title)}»".replace("  ", " ") if num else f"Mục (đã xoá) «{_short(title)}»"
        if table in ("appendix", "appendix_row"):
            if rid in self._rows:
                return self._rows[rid]
            cells = codec.jload(row.get("cells"), {})
            # the deleted row's words, widest cell first (the task text), not a Python dict
            text = " — ".join(sorted((str(v) for v in cells.values() if str(v).strip()), key=len, reverse=True)[:1]) \
                if isinstance(cells, dict) else ""
            return f"{TABLE_LABELS[table]} (đã xoá) «{_short(text or str(row.get('title', '')))}»"
        if table == "appendix_column":
            lab, title = self._cols.get(rid, ("Phụ lục", row.get("title", "")))
            return f"{lab}, cột «{_short(title)}»"
        if table == "signer":
            return f"Người ký «{_short(row.get('name', ''))}»"
        if table == "recipient":
            return f"Nơi nhận «{_short(row.get('text', ''))}»"
        if table == "agency":
            return f"Cơ quan «{_short(row.get('name', ''))}»"
        if table == "report_text":
            return f"Báo cáo kỳ {row.get('period', '')}, phần {row.get('part', '')}"
        if table == "progress":
            task = self._rows.get(row.get("row_id", ""), "")
            return f"Tiến độ kỳ {row.get('period', '')}, {task}".rstrip(", ")
        return f"{TABLE_LABELS.get(table, table)} {rid[:8]}"

    def what(self, table, fld, key, rid) -> str:
        if key is not None:
            if fld == "data":
                return META_LABELS.get(key, key)
            if fld == "cells":
                self.plan()
                return "Ô «" + self._cols.get(key, ("", key[:8]))[1] + "»"
            return f"{FIELD_LABELS.get(fld, fld)} / {key}"
        return FIELD_LABELS.get(fld, fld)


# -------------------------------------------------------- showing values --
def _place_text(S: Side, table: str, rid: str, v, labels) -> str:
    """"đầu tiên" / "sau «…»" (and "ở cấp ngoài cùng" / "thuộc mục khác"): where side *S* has the record."""
    if not isinstance(v, dict):
        return ""
    rec = S.rec.get(rid)
    row = dict(rec[1]) if rec else {}
    row.update(v)
    link = PARENT.get(table)
    parent = row.get(link[0]) if link else None
    pos = row.get("pos")
    if pos is None:
        return ""
    before = [(q, i) for q, i in S.siblings(table, parent) if i != rid and q < pos]
    parts = []
    if table == "section" and "parent_id" in v:
        parts.append("ở cấp ngoài cùng" if parent is None else f"trong {labels.where('section', parent)}")
    if before:
        parts.append(f"sau {labels.where(table, max(before)[1])}")
    else:
        parts.append("đứng đầu")
    return ", ".join(parts)


def value_text(conflict: dict, side: str) -> str:
    """A value of a conflict as the clerk reads it."""
    v = conflict.get(side)
    kind = conflict.get("kind")
    if kind == "position" and conflict.get(f"{side}_place"):
        return conflict[f"{side}_place"]
    if kind == "delete":
        if conflict.get("deleted_in") == side:
            return "(đã xoá)"
        return "(giữ, có sửa đổi)" if v is not None else "(giữ)"
    if kind == "position":
        if not isinstance(v, dict):
            return ""
        parts = []
        if "parent_id" in v:
            parts.append("ở cấp ngoài cùng" if v["parent_id"] is None else "thuộc mục khác")
        if "appendix_id" in v:
            parts.append("thuộc phụ lục khác" if v.get("appendix_id") != (conflict.get("mine") or {}).get("appendix_id") else "")
        if "pos" in v and v["pos"] is not None:
            parts.append(f"thứ tự {v['pos']:g}")
        if v.get("kind"):
            parts.append(f"cấp {v['kind']}")
        return ", ".join(p for p in parts if p)
    return _text_of(v)


def _text_of(v) -> str:
    if v is None:
        return "(trống)"
    if isinstance(v, str):
        return v
    if isinstance(v, (int, float, bool)):
        return str(v)
    if isinstance(v, list):
        lines = []
        for x in v:
            if isinstance(x, dict) and "runs" in x:
                pre = {"dash": "- ", "plus": "+ "}.get(x.get("kind", "text"), "")
                lines.append(pre + "".join(r[0] if isinstance(r, list) and r else str(r) for r in x["runs"]))
            elif isinstance(x, list) and x:
                lines.append(str(x[0]))
            else:
                lines.append(str(x))
        if v and all(isinstance(x, list) for x in v):   # runs of a title
            return "".join(lines)
        return "\n".join(lines)
    return json.dumps(v, ensure_ascii=False, indent=1)


def editable(conflict: dict) -> bool:
    return conflict.get("kind") == "field" and conflict.get("table") != "tracking" or False


def value_from_text(conflict: dict, text: str):
    """The clerk's own text for a conflict, converted to the stored value."""
    text = nfc(text)
    fld, key, table = conflict["field"], conflict.get("key"), conflict["table"]
    if conflict.get("kind") != "field":
        raise PlanError("Chỉ chọn được bên này hoặc bên kia cho xung đột này.",
                        "Only one side or the other can be chosen for this conflict.")
    known = [conflict.get("mine"), conflict.get("theirs")]
    if key is not None:
        if fld == "data" and key == "preamble":
            return _paras(text, known)
        if fld in ("cells", "data"):
            return text
        sample = conflict.get("mine") if conflict.get("mine") is not None else conflict.get("theirs")
        return _like(sample, text)
    if fld in ("body", "tail"):
        return _paras(text, known)
    if fld == "title" and table == "section":
        return _title_like(text, known)
    sample = conflict.get("mine") if conflict.get("mine") is not None else conflict.get("theirs")
    return _like(sample, text)


def _like(sample, text: str):
    if isinstance(sample, bool):
        return text.strip().lower() in ("1", "true", "có", "co", "x")
    if isinstance(sample, int):
        try:
            return int(text.strip())
        except ValueError as e:
            raise PlanError("Cần nhập một số nguyên.", "An integer is needed.") from e
    if isinstance(sample, float):
        try:
            return float(text.strip().replace(",", "."))
        except ValueError as e:
            raise PlanError("Cần nhập một số.", "A number is needed.") from e
    if isinstance(sample, list):
        return [line.strip() for line in text.splitlines() if line.strip()]
    if isinstance(sample, dict):
        try:
            v = json.loads(text)
        except ValueError as e:
            raise PlanError("Giá trị này phải viết dạng JSON.", "This value must be written as JSON.") from e
        return v
    return text


def _paras(text: str, known=()) -> list:
    """Paragraphs from the clerk's text; a line that reads exactly as a paragraph of either
    side keeps that paragraph (its bold and italic), so "Tự sửa…" on one paragraph does not
    strip the formatting of all the others."""
    same: dict[str, dict] = {}
    for v in known:
        for p in v if isinstance(v, list) else []:
            if isinstance(p, dict) and isinstance(p.get("runs"), list):
                line = _text_of([p])
                same.setdefault(line, p)
    out = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if line in same:
            out.append(same[line])
            continue
        kind = "text"
        if line.startswith("- "):
            kind, line = "dash", line[2:]
        elif line.startswith("+ "):
            kind, line = "plus", line[2:]
        d = {"runs": [[line]]}
        if kind != "text":
            d["kind"] = kind
        out.append(d)
    return out


def _title_like(text: str, known=()) -> list:
    """A section title from the clerk's text, keeping the runs of a side whose title reads the same."""
    if not text:
        return []
    for v in known:
        if isinstance(v, list) and v and all(isinstance(r, list) for r in v) and _text_of(v) == text:
            return v
    bold = next((("b" in (r[1] if len(r) > 1 else "")) for v in known if isinstance(v, list)
                 for r in v[:1] if isinstance(r, list)), False)
    return [[text, "b"]] if bold else [[text]]


# -------------------------------------------------------------- resolving --
def conflicts_of(store) -> list[dict]:
    """Every conflict listed in an open file (PlanStore), resolved ones included."""
    row = store.conn.execute("SELECT value FROM info WHERE key='merge_conflicts'").fetchone()
    v = codec.jload(row[0], []) if row else []
    return [c for c in v if isinstance(c, dict)] if isinstance(v, list) else []


def pending_conflicts(store) -> list[dict]:
    return [c for c in conflicts_of(store) if not c.get("resolved")]


def merge_report(store) -> dict:
    row = store.conn.execute("SELECT value FROM info WHERE key='merge_report'").fetchone()
    v = codec.jload(row[0], {}) if row else {}
    return v if isinstance(v, dict) else {}


def resolve_conflict(store, conflict_id: str, choice: str, value=None) -> set[str]:
    """Apply the clerk's choice for one conflict in an open file (PlanStore).

    *choice*: 'mine' | 'theirs' | 'edit' (with *value*, as from
    :func:`value_from_text`); for a delete conflict also 'keep' | 'delete'.
    Writes one transaction (the changed record's previous version goes to
    history as for any edit), marks the conflict resolved, and returns the
    ids of the records written: the caller reloads the plan.
    """
    from .store.planfile import _db_error
    try:
        with store.transaction():
            touched = _resolve(store, conflict_id, choice, value)
    except sqlite3.OperationalError as e:
        raise _db_error(e, store.path) from e
    store._hash_cache = None
    return touched


def _resolve(store, conflict_id, choice, value):
    conn = store.conn
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
            raise PlanError("Chọn “giữ” hoặc “xoá”.", "Choose “keep” or “delete”.")
        if choice == "delete":
            touched = _delete_tree(conn, table, rid, stamp)
    else:
        if choice not in ("mine", "theirs", "edit"):
            raise PlanError("Chọn bên mình, bên kia hoặc tự sửa.", "Choose mine, theirs or edit.")
        new = value if choice == "edit" else c.get(choice)
        cur = conn.execute(f"SELECT * FROM {table} WHERE id=?", (rid,)).fetchone()
        if cur is None:
            raise PlanError("Bản ghi của xung đột này không còn trong kế hoạch.",
                            "The record of this conflict is no longer in the plan.")
        row = dict(cur)
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
                _refresh_agencies(conn, row, key)
        else:
            if fld in JSON_FIELDS.get(table, ()):
                new = codec.jdump(new if new is not None else ([] if fld != "numbering" else {}))
            row[fld] = new
        _update(conn, table, cur, row, stamp)
        touched.add(rid)
    c["resolved"] = {"choice": choice, "at": stamp}
    if choice == "edit":
        c["resolved"]["value"] = value
    conn.execute("INSERT OR REPLACE INTO info(key, value) VALUES ('merge_conflicts', ?)",
                 (json.dumps(conflicts, ensure_ascii=False),))
    return touched


def _refresh_agencies(conn, row: dict, col_id: str) -> None:
    from .text import split_agencies
    r = conn.execute("SELECT key FROM appendix_column WHERE id=?", (col_id,)).fetchone()
    if r and r[0] in ("lead", "support"):
        text = codec.jload(row["cells"], {}).get(col_id, "") or ""
        names, _ = split_agencies(text)
        row[r[0]] = codec.jdump(names)


def _update(conn, table, cur, row: dict, stamp: str) -> None:
    prev = dict(cur)
    h = codec.content_hash(row)
    if h == prev["hash"]:
        return
    conn.execute("INSERT INTO history(tbl, rec_id, rev, hash, data, at) VALUES (?,?,?,?,?,?)",
                 (table, prev["id"], prev["rev"], prev["hash"], codec.jdump(_content(prev)), stamp))
    row["hash"] = h
    row["rev"] = prev["rev"] + 1
    row["modified"] = stamp
    cols = [k for k in row if k != "id"]
    conn.execute(f"UPDATE {table} SET " + ", ".join(f"{c}=?" for c in cols) + " WHERE id=?",
                 [row[c] for c in cols] + [prev["id"]])


def _delete_tree(conn, table, rid, stamp) -> set[str]:
    """Delete a record and what hangs under it (sub-sections; an appendix's
    columns and rows), each leaving a tombstone."""
    todo = [(table, rid)]
    done = set()
    while todo:
        t, i = todo.pop()
        if i in done:
            continue
        cur = conn.execute(f"SELECT * FROM {t} WHERE id=?", (i,)).fetchone()
        if cur is None:
            continue
        prev = dict(cur)
        conn.execute("INSERT OR REPLACE INTO tombstone(rec_id, tbl, hash, data, at) VALUES (?,?,?,?,?)",
                     (i, t, prev["hash"], codec.jdump(_content(prev)), stamp))
        conn.execute(f"DELETE FROM {t} WHERE id=?", (i,))
        done.add(i)
        for child, (col, ptable) in PARENT.items():
            if ptable == t:
                todo.extend((child, x[0]) for x in conn.execute(f"SELECT id FROM {child} WHERE {col}=?", (i,)))
    return done


def apply_merged(store, merged_path: str) -> None:
    """Replace the contents of an open file (PlanStore) with a merge result,
    in one transaction (backup API into the live connection).  Make a
    backup of the open file first; the caller reloads the plan."""
    from .store.planfile import _db_error
    validate(merged_path)
    src = sqlite3.connect(ro_uri(merged_path), uri=True)
    try:
        src.backup(store.conn)
    except sqlite3.Error as e:
        raise _db_error(e, store.path) from e
    finally:
        src.close()
        store._hash_cache = None


# --------------------------------------------------------------------- CLI --
WHAT_VI = {"from_mine": "giữ thay đổi của bản mình", "from_theirs": "lấy thay đổi từ bản kia",
           "combined": "kết hợp hai bên", "added_mine": "thêm ở bản mình", "added_theirs": "thêm từ bản kia",
           "deleted_mine": "đã xoá ở bản mình", "deleted_theirs": "đã xoá ở bản kia",
           "kept_mine": "bản kia xoá, bản mình sửa: giữ lại", "kept_theirs": "bản mình xoá, bản kia sửa: giữ lại",
           "restored": "khôi phục vì còn nội dung bên trong"}
WHAT_EN = {"from_mine": "my change kept", "from_theirs": "their change taken", "combined": "both sides combined",
           "added_mine": "added in mine", "added_theirs": "added in theirs", "deleted_mine": "deleted in mine",
           "deleted_theirs": "deleted in theirs", "kept_mine": "deleted in theirs, edited in mine: kept",
           "kept_theirs": "deleted in mine, edited in theirs: kept", "restored": "restored: content inside it changed"}


def report_lines(res: MergeResult, lang: str = "vi", limit: int = 50) -> list[str]:
    c = res.counts
    en = lang == "en"
    out = []
    if en:
        out.append(f"Merged into {res.out}: {c['same']} unchanged, {c['from_mine']} from mine, {c['from_theirs']} from theirs, "
                   f"{c['combined']} combined, {c['added_mine']}+{c['added_theirs']} added (mine+theirs), "
                   f"{c['deleted_mine']}+{c['deleted_theirs']} deleted, {len(res.conflicts)} conflicts.")
    else:
        out.append(f"Đã gộp vào {res.out}: {c['same']} bản ghi như nhau, {c['from_mine']} từ bản mình, "
                   f"{c['from_theirs']} từ bản kia, {c['combined']} kết hợp, thêm {c['added_mine']}+{c['added_theirs']} "
                   f"(mình+kia), xoá {c['deleted_mine']}+{c['deleted_theirs']}, {len(res.conflicts)} xung đột.")
    names = WHAT_EN if en else WHAT_VI
    shown = [x for x in res.report["changes"] if x["table"] != "agency" or x["what"] != "from_mine"]
    for x in shown[:limit]:
        line = f"  - {x['where']}: {names.get(x['what'], x['what'])}"
        if x.get("by_paragraph"):
            flds = ", ".join(x["by_paragraph"]) if en else \
                ", ".join(FIELD_LABELS.get(f, f).lower() for f in x["by_paragraph"])
            line += f" (merged paragraph by paragraph: {flds})" if en else f" (gộp theo đoạn: {flds})"
        out.append(line)
    if len(shown) > limit:
        out.append(f"  … ({len(shown) - limit} more)" if en else f"  … (còn {len(shown) - limit} mục nữa)")
    if res.conflicts:
        out.append("Conflicts (the merged file keeps mine; choose in File → Merge):" if en else
                   "Xung đột (tệp gộp tạm giữ bản mình; chọn lại trong Tệp → Gộp):")
        for cf in res.conflicts[:limit]:
            out.append(f"  ! {cf.get('where')} — {cf.get('what')}: "
                       f"{'mine' if en else 'mình'} = {_short(value_text(cf, 'mine'), 50)!s} | "
                       f"{'theirs' if en else 'kia'} = {_short(value_text(cf, 'theirs'), 50)!s}")
    return out


def cli_main(args: list[str], lang: str) -> int:
    from .cli import out_json, parser
    p = parser("merge", "Gộp hai bản sao của một kế hoạch / merge two copies of a plan")
    p.add_argument("mine", help="bản của mình / my copy")
    p.add_argument("theirs", help="bản nhận về / the copy received")
    p.add_argument("--out", required=True, help="tệp kết quả / output file")
    p.add_argument("--overwrite", action="store_true", help="ghi đè tệp kết quả nếu đã có")
    p.add_argument("--json", action="store_true", help="in báo cáo dạng JSON")
    a = p.parse_args(args)
    from .sharing import received_path
    with received_path(a.mine) as mine, received_path(a.theirs) as theirs:
        res = merge_files(mine, theirs, a.out, overwrite=a.overwrite)
    if a.json:
        out_json({"out": res.out, "report": res.report, "conflicts": res.conflicts})
    else:
        for line in report_lines(res, lang):
            print(line)
    return 0
