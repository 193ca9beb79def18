"""Field merge: one record's fields against their common base (lists, JSON dicts key by key,
paragraphs by diff3) — pure over row dicts."""
from __future__ import annotations

import difflib
import json
import logging

from ..store import codec
from ..text import tone_style
from .side import _MISSING, DICT_FIELDS, PARA_FIELDS, POSITION

log = logging.getLogger(__name__)


# ------------------------------------------------------------ field merge --
def _pick(b, m, t):
    """Three-way rule for one value: (value, conflict?, source)."""
    if m == t:
        return m, False, "same"
    if b is not _MISSING and b == m:
        return t, False, "theirs"
    if b is not _MISSING and b == t:
        return m, False, "mine"
    if isinstance(m, str) and isinstance(t, str) and tone_style(m) == tone_style(t):
        return m, False, "mine"    # the same words, one side typed "Uỷ ban", the other "Ủy ban": mine as typed
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
