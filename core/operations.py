"""Every change to a plan as one function.

Each function changes the in-memory :class:`Plan` and returns the set of
record ids it touched (a deleted record's id included).  The caller —
the GUI's undo commands, an importer, a test — passes that set to
``PlanStore.sync(plan, ids)``, which writes exactly those records in one
transaction.  Undo, autosave and merge all hook in here.
"""
from __future__ import annotations

from . import limits, numbering
from .model import Appendix, Column, Paragraph, Plan, Row, Run, Section
from .text import nfc


class OperationError(ValueError):
    """An edit that cannot be made, with the reason for the clerk in Vietnamese
    and English (``message(lang)``, as :class:`core.errors.PlanError`)."""

    def __init__(self, vi: str, en: str | None = None):
        super().__init__(vi)
        self.vi = vi
        self.en = en or vi

    def message(self, lang: str = "vi") -> str:
        return self.en if lang == "en" else self.vi


# ------------------------------------------------------------- positions --
def place(lst: list, index: int, obj) -> None:
    """Insert *obj* at *index* of *lst* with a ``pos`` between its neighbours."""
    index = max(0, min(index, len(lst)))
    before = lst[index - 1].pos if index > 0 else None
    after = lst[index].pos if index < len(lst) else None
    if before is None and after is None:
        obj.pos = 1.0
    elif before is None:
        obj.pos = after - 1.0
    elif after is None:
        obj.pos = before + 1.0
    else:
        obj.pos = (before + after) / 2.0
    lst.insert(index, obj)
    # When the gap is exhausted codec.ensure_positions renumbers the list
    # (and the store writes every record of it).


# --------------------------------------------------------------- sections --
def _kind_under(plan: Plan, parent: Section | None, siblings: list[Section]) -> str:
    """The kind a new section gets: that of its siblings, else the next level."""
    if siblings:
        return siblings[0].kind
    if parent is None:
        return "muc"
    k = numbering.CHILD_KIND.get(parent.kind)
    if k is None:
        raise OperationError("Không thể thêm cấp sâu hơn điểm (a, b, c…); hãy dùng dòng “-” hoặc “+”.",
                             "No level below a point (a, b, c…); use a “-” or “+” line.")
    return k


def add_section(plan: Plan, parent_id: str | None, index: int | None = None, title: str = "",
                kind: str | None = None) -> tuple[Section, set[str]]:
    parent = plan.find_section(parent_id) if parent_id else None
    siblings = parent.children if parent else plan.sections
    sec = Section(kind=kind or _kind_under(plan, parent, siblings), title=[Run(nfc(title))] if title else [],
                  parent_id=parent.id if parent else None)
    place(siblings, len(siblings) if index is None else index, sec)
    return sec, {sec.id}


def delete_section(plan: Plan, sid: str) -> tuple[dict, set[str]]:
    """Remove a section and its sub-tree; returns the removed section with its former place (parent, index)."""
    sec = plan.find_section(sid)
    if sec is None:
        raise OperationError("section not found")
    siblings = plan.siblings_of(sec)
    idx = siblings.index(sec)
    siblings.pop(idx)
    ids = {s.id for s in sec.walk()}
    return {"section": sec, "parent_id": sec.parent_id, "index": idx}, ids


def _relabel(sec: Section, kind: str) -> set[str]:
    """Set a moved section's kind and its descendants' kinds one level down each."""
    touched = set()
    if sec.kind != kind:
        sec.kind = kind
        touched.add(sec.id)
    child = numbering.CHILD_KIND.get(kind)
    for c in sec.children:
        if child is None:
            raise OperationError("Cấu trúc quá sâu: dưới điểm không còn cấp đánh số.",
                             "Too deep: there is no numbered level below a point (a, b, c…).")
        touched |= _relabel(c, child)
    return touched


def _depth_ok(sec: Section, kind: str) -> bool:
    order = list(numbering.KINDS)
    deepest = max(_height(sec), 0)
    return order.index(kind) + deepest < len(order)


def _height(sec: Section) -> int:
    return 0 if not sec.children else 1 + max(_height(c) for c in sec.children)


def move_section(plan: Plan, sid: str, new_parent_id: str | None, index: int) -> set[str]:
    """Move a section (with its sub-tree) under *new_parent_id* at *index*."""
    sec = plan.find_section(sid)
    if sec is None:
        raise OperationError("section not found")
    new_parent = plan.find_section(new_parent_id) if new_parent_id else None
    if new_parent is not None and any(s.id == new_parent.id for s in sec.walk()):
        raise OperationError("Không thể chuyển một mục vào bên trong chính nó.",
                             "A section cannot be moved inside itself.")
    old_siblings = plan.siblings_of(sec)
    old_idx = old_siblings.index(sec)
    target = new_parent.children if new_parent else plan.sections
    others = [s for s in target if s is not sec]
    if others:
        kind = others[0].kind
    elif new_parent is None:
        kind = sec.kind if sec.kind in ("part", "muc") else "muc"
    else:
        kind = numbering.CHILD_KIND.get(new_parent.kind)
        if kind is None:
            raise OperationError("Không thể đặt mục dưới một điểm (a, b, c…).",
                                 "A section cannot go under a point (a, b, c…).")
    if not _depth_ok(sec, kind):
        raise OperationError("Cấu trúc quá sâu: dưới điểm không còn cấp đánh số.",
                             "Too deep: there is no numbered level below a point (a, b, c…).")
    old_siblings.pop(old_idx)
    if target is old_siblings and index > old_idx:
        index -= 1
    sec.parent_id = new_parent.id if new_parent else None
    place(target, index, sec)
    return {sec.id} | _relabel(sec, kind)


def indent_section(plan: Plan, sid: str) -> set[str]:
    """Make a section the last child of its previous sibling."""
    sec = plan.find_section(sid)
    siblings = plan.siblings_of(sec)
    i = siblings.index(sec)
    if i == 0:
        raise OperationError("Không thể lùi vào: không có mục đứng trước cùng cấp.",
                             "Cannot indent: no section before it at the same level.")
    prev = siblings[i - 1]
    return move_section(plan, sid, prev.id, len(prev.children))


def outdent_section(plan: Plan, sid: str) -> set[str]:
    """Make a section the next sibling of its parent."""
    sec = plan.find_section(sid)
    if sec.parent_id is None:
        raise OperationError("Mục đã ở cấp ngoài cùng.", "The section is already at the outermost level.")
    parent = plan.find_section(sec.parent_id)
    grand = plan.siblings_of(parent)
    return move_section(plan, sid, parent.parent_id, grand.index(parent) + 1)


def move_section_by(plan: Plan, sid: str, delta: int) -> set[str]:
    sec = plan.find_section(sid)
    siblings = plan.siblings_of(sec)
    i = siblings.index(sec)
    j = i + delta
    if not 0 <= j < len(siblings):
        raise OperationError("Không thể di chuyển thêm.", "Cannot move any further.")
    return move_section(plan, sid, sec.parent_id, j + 1 if delta > 0 else j)


def set_section_text(plan: Plan, sid: str, title: list[Run] | None = None,
                     body: list[Paragraph] | None = None, tail: list[Paragraph] | None = None) -> set[str]:
    sec = plan.find_section(sid)
    if title is not None:
        sec.title = [Run(nfc(r.text), r.bold, r.italic) for r in title]
    if body is not None:
        sec.body = [Paragraph([Run(nfc(r.text), r.bold, r.italic) for r in p.runs], p.kind) for p in body]
    if tail is not None:
        sec.tail = [Paragraph([Run(nfc(r.text), r.bold, r.italic) for r in p.runs], p.kind) for p in tail]
    return {sid}


# ------------------------------------------------------------- appendices --
def find_appendix(plan: Plan, aid: str) -> Appendix:
    for a in plan.appendices:
        if a.id == aid:
            return a
    raise OperationError("appendix not found")


def set_cell(plan: Plan, aid: str, rid: str, col_id: str, text: str) -> set[str]:
    from .text import split_agencies
    app = find_appendix(plan, aid)
    row = next(r for r in app.rows if r.id == rid)
    text = nfc(text)
    col = next(c for c in app.columns if c.id == col_id)
    old_phrase = None
    if col.key == "deadline" and plan.tracking:
        from .deadlines import row_phrase
        old_phrase = row_phrase(app, row)
    row.cells[col_id] = text
    if col.key in ("lead", "support"):
        names, _ = split_agencies(text)
        setattr(row, col.key, names)
    if old_phrase is not None:
        # a retyped deadline: the done marks follow their occurrences to the new due dates
        from .deadlines.occurrences import follow_done_marks
        return {rid} | follow_done_marks(plan, app, row, old_phrase)
    return {rid}


def insert_row(plan: Plan, aid: str, index: int, kind: str = "task", level: int = 0,
               cells: dict | None = None) -> tuple[Row, set[str]]:
    app = find_appendix(plan, aid)
    n = sum(len(a.rows) for a in plan.appendices)
    if n >= limits.MAX_ROWS:      # a file over the limit would be refused when next opened
        e = limits.refuse_plan("rows", n + 1)
        raise OperationError(e.vi, e.en)
    row = Row(kind=kind, level=level, cells={k: nfc(v) for k, v in (cells or {}).items()})
    place(app.rows, index, row)
    return row, {row.id}


def delete_rows(plan: Plan, aid: str, rids: list[str]) -> tuple[list[tuple[int, Row]], set[str]]:
    app = find_appendix(plan, aid)
    memo = [(i, r) for i, r in enumerate(app.rows) if r.id in set(rids)]
    app.rows[:] = [r for r in app.rows if r.id not in set(rids)]
    return memo, {r.id for _, r in memo}


def move_row(plan: Plan, aid: str, rid: str, index: int) -> set[str]:
    app = find_appendix(plan, aid)
    i = next(k for k, r in enumerate(app.rows) if r.id == rid)
    row = app.rows.pop(i)
    if index > i:
        index -= 1
    place(app.rows, index, row)
    return {rid}


def add_column(plan: Plan, aid: str, index: int, title: str, key: str = "custom", group: str = "") -> tuple[Column, set[str]]:
    app = find_appendix(plan, aid)
    col = Column(key=key, title=nfc(title), group=nfc(group))
    place(app.columns, index, col)
    return col, {col.id}


def remove_column(plan: Plan, aid: str, col_id: str) -> tuple[tuple[int, Column, dict], set[str]]:
    app = find_appendix(plan, aid)
    i = next(k for k, c in enumerate(app.columns) if c.id == col_id)
    col = app.columns.pop(i)
    values = {r.id: r.cells.pop(col_id) for r in app.rows if col_id in r.cells}
    return (i, col, values), {col_id} | set(values)


# ------------------------------------------------------- tone-mark placement --
def _restyle_runs(runs: list[Run], style: str) -> bool:
    """The runs' text in *style*, keeping each run's length (so bold and italic stay where they were):
    the whole text is converted at once, so a word split over two runs is still one word."""
    from .text import tone_style
    text = "".join(r.text for r in runs)
    new = tone_style(text, style)
    if new == text:
        return False
    p = 0
    for r in runs:
        r.text, p = new[p:p + len(r.text)], p + len(r.text)
    return True


def tone_style_rows(plan: Plan, style: str) -> dict[str, list[str]]:
    """The appendix rows :func:`set_tone_style` would change, by appendix id (for an undo step that
    copies those rows only)."""
    from .text import tone_style
    out: dict[str, list[str]] = {}
    for a in plan.appendices:
        rids = [r.id for r in a.rows
                if any(tone_style(v, style) != v for v in list(r.cells.values()) + r.lead + r.support + [r.label])]
        if rids:
            out[a.id] = rids
    return out


def set_tone_style(plan: Plan, style: str) -> set[str]:
    """Write every text of the plan with one tone-mark placement, 'old' ("hòa", "Ủy ban") or 'new'
    ("hoà", "Uỷ ban") — the office's choice.  Only the placement moves (core.text.tone_style); the
    formatting of each run is kept.  Returns the ids of the records that changed."""
    from .text import TONE_STYLES, tone_style
    if style not in TONE_STYLES:
        raise OperationError("Kiểu đặt dấu phải là “cũ” hoặc “mới”.", "The tone-mark style must be “old” or “new”.")
    touched: set[str] = set()

    def conv(obj, attrs, rid) -> None:
        for a in attrs:
            v = getattr(obj, a)
            if isinstance(v, str):
                n = tone_style(v, style)
                if n != v:
                    setattr(obj, a, n)
                    touched.add(rid)
            elif isinstance(v, list) and all(isinstance(x, str) for x in v):
                n = [tone_style(x, style) for x in v]
                if n != v:
                    setattr(obj, a, n)
                    touched.add(rid)

    m = plan.meta
    conv(m, ("parent_agency", "agency", "agency_full", "place", "date_text", "title"), m.id)
    for p in m.preamble:
        if _restyle_runs(p.runs, style):
            touched.add(m.id)
    for s in plan.walk():
        for runs in [s.title] + [p.runs for p in s.body + s.tail]:
            if _restyle_runs(runs, style):
                touched.add(s.id)
    for a in plan.appendices:
        conv(a, ("title", "label", "attachment"), a.id)
        for c in a.columns:
            conv(c, ("title", "group"), c.id)
        for r in a.rows:
            for k, v in r.cells.items():
                n = tone_style(v, style)
                if n != v:
                    r.cells[k] = n
                    touched.add(r.id)
            conv(r, ("lead", "support", "label"), r.id)
    for x in plan.signers:
        conv(x, ("collective", "lines", "name"), x.id)
    for x in plan.recipients:
        conv(x, ("text",), x.id)
    for x in plan.agencies:
        conv(x, ("name", "short"), x.id)
    return touched


def tone_counts(plan: Plan) -> dict[str, int]:
    """How many words of the plan are written in each tone-mark placement: {'old': n, 'new': m}."""
    from .text import tone_styles_in
    texts = [plan.meta.agency, plan.meta.parent_agency, plan.meta.agency_full, plan.meta.title]
    texts += [p.text for p in plan.meta.preamble]
    for s in plan.walk():
        texts.append(s.title_text)
        texts += [p.text for p in s.body + s.tail]
    for a in plan.appendices:
        texts += [a.title, a.attachment] + [c.title for c in a.columns]
        for r in a.rows:
            texts += list(r.cells.values())
    for x in plan.signers:
        texts += [x.collective, x.name] + list(x.lines)
    texts += [x.text for x in plan.recipients] + [x.name for x in plan.agencies]
    out = {"old": 0, "new": 0}
    for t in texts:
        if t:
            for k, v in tone_styles_in(t).items():
                out[k] += v
    return out


# ------------------------------------------------------------- replace --
def _splice_runs(runs: list[Run], start: int, end: int, new: str) -> list[Run]:
    """*runs* with characters start:end replaced by *new*, which takes the formatting of the first
    replaced character (as in Word); the formatting of everything else is kept."""
    text = "".join(r.text for r in runs)
    fmt = [(r.bold, r.italic) for r in runs for _ in r.text]
    f = fmt[start] if start < len(fmt) else (fmt[-1] if fmt else (False, False))
    chars = list(zip(text[:start] + new + text[end:], fmt[:start] + [f] * len(new) + fmt[end:]))
    out: list[Run] = []
    for ch, (b, i) in chars:
        if out and (out[-1].bold, out[-1].italic) == (b, i):
            out[-1].text += ch
        else:
            out.append(Run(ch, b, i))
    return out


def replace_found(plan: Plan, hits, new: str) -> tuple[int, set[str]]:
    """Replace the text of each hit of :mod:`core.find` by *new*: one hit (Replace) or all of them
    (Replace all).  Bold and italic runs are kept (the new text takes the formatting of the text it
    replaces); a cell goes through :func:`set_cell` (agencies re-read, done marks follow a deadline).
    A field changed since the search is left alone.  Returns (number replaced, ids touched)."""
    from .find import field_text
    new = nfc(new)
    groups: dict = {}
    for h in hits:
        groups.setdefault(h.field, []).append(h)
    touched: set[str] = set()
    done = 0
    for f, hs in groups.items():
        if field_text(plan, f) != hs[0].text:
            continue
        spans, last = [], -1
        for h in sorted(hs, key=lambda h: h.start):
            if h.start >= last and h.end > h.start:
                spans.append((h.start, h.end))
                last = h.end
        if not spans:
            continue

        def sub(text: str) -> str:
            for a, b in reversed(spans):
                text = text[:a] + new + text[b:]
            return text

        def sub_runs(runs: list[Run]) -> list[Run]:
            for a, b in reversed(spans):
                runs = _splice_runs(runs, a, b, new)
            return runs
        k = f.kind
        if k == "meta":
            setattr(plan.meta, f.key, sub(getattr(plan.meta, f.key)))
            touched.add(plan.meta.id)
        elif k == "preamble":
            p = plan.meta.preamble[f.key]
            p.runs = sub_runs(p.runs)
            touched.add(plan.meta.id)
        elif k in ("title", "body", "tail"):
            s = plan.find_section(f.rid)
            if k == "title":
                s.title = sub_runs(s.title)
            else:
                p = (s.body if k == "body" else s.tail)[f.key]
                p.runs = sub_runs(p.runs)
            touched.add(s.id)
        elif k == "app_title":
            a = find_appendix(plan, f.rid)
            a.title = sub(a.title)
            touched.add(a.id)
        elif k == "cell":
            row = next(r for r in find_appendix(plan, f.aid).rows if r.id == f.rid)
            touched |= set_cell(plan, f.aid, f.rid, f.key, sub(row.cells.get(f.key, "")))
        elif k == "signer":
            s = next(x for x in plan.signers if x.id == f.rid)
            if isinstance(f.key, int):
                s.lines = s.lines[:f.key] + [sub(s.lines[f.key])] + s.lines[f.key + 1:]
            else:
                setattr(s, f.key, sub(getattr(s, f.key)))
            touched.add(s.id)
        elif k == "recipient":
            r = next(x for x in plan.recipients if x.id == f.rid)
            r.text = sub(r.text)
            touched.add(r.id)
        else:
            continue
        done += len(spans)
    return done, touched
