"""What a block copied from Excel, a fill down / fill right or a Delete does to an appendix table — pure
Python, no Qt: the table editor (gui/editors/appendix.py) reads the clipboard and the selection, asks
here which cells change and which rows are added, and runs the resulting core edit
(:func:`core.edits.paste_rows` / :func:`core.edits.set_cells`) as one undo step.

* :func:`paste_plan` — Ctrl+V: the block fills the cells from the current one rightwards and downwards,
  overwriting them as Excel does; rows are added only past the end of the table. Ctrl+Shift+V
  (*as_new_rows*): the block becomes new rows below the current one. In the TT column a Roman numeral or
  one capital letter makes a group row, a number a task (the number itself is computed, never stored).
* :func:`fill_changes` — Ctrl+D / Ctrl+R, Excel's fill down / fill right, in the screen's order.
* :func:`extend_changes` — Excel's fill handle: the selection dragged down / right over more rows / columns.
* :func:`clear_changes` — Delete: the selected cells emptied (TT aside).
* :func:`block_text` — Ctrl+C: the cells as tab-separated text, TT as numbered.
* :func:`parse_tsv` — Excel's clipboard text into rows of cells.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from .model import Appendix
from .numbering import from_roman


def parse_tsv(text: str) -> list[list[str]]:
    """Excel's clipboard: tab-separated, cells with line breaks in quotes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if "\t" not in text and "\n" not in text:
        return [[text]]
    rows = [[c.strip() for c in r] for r in csv.reader(io.StringIO(text), delimiter="\t", quotechar='"')]
    # an empty cell inside a copied column is a row too (pasted over rows, it clears its cell, as in
    # Excel); only empty rows at the ends are dropped
    while rows and not any(rows[0]):
        rows.pop(0)
    while rows and not any(rows[-1]):
        rows.pop()
    return [r if r else [""] for r in rows]


def tt_kind(text: str) -> str | None:
    """The row kind a TT cell's text says: 'group' for a Roman numeral or one capital letter
    ("II", "B."), 'task' for anything else written, None for an empty cell."""
    t = text.strip().rstrip(".")
    if not t:
        return None
    return "group" if (from_roman(t) or (len(t) == 1 and t.isalpha() and t.isupper())) else "task"


def first_text_column(app: Appendix) -> int:
    """The first column that is not TT (where a paste without a current cell starts)."""
    return next((i for i, c in enumerate(app.columns) if c.key != "tt"), 0)


@dataclass
class PastePlan:
    """What a paste does, as the arguments of :func:`core.edits.paste_rows`: the rows from *start* down
    overwritten — [(row id, {column id: text}, kind or None)] — then *new* rows added after them
    (specs as in :func:`core.edits.insert_rows`). *column*, *width*: where the block lands (its first
    column, its widest row), for selecting it afterwards."""
    start: int
    overwrite: list = field(default_factory=list)
    new: list = field(default_factory=list)
    column: int = 0
    width: int = 1

    def args(self) -> tuple:
        return self.start, self.overwrite, self.new


def paste_plan(app: Appendix, text: str, row: int | None = None, column: int | None = None,
               as_new_rows: bool = False) -> PastePlan | None:
    """Ctrl+V of *text* (the clipboard) with the current cell at (*row*, *column*) — None: no current
    cell, the block goes below the table. Returns None when there is nothing to paste (an empty
    clipboard, a block of empty cells as new rows, a block that only covers TT with no number)."""
    if not text:
        return None
    from .legacy_encodings import convert_detected
    text = convert_detected(text)[0]   # a table typed in TCVN3 / VNI (Excel with .VnTime) comes in as Unicode
    block = parse_tsv(text)
    has_cur = row is not None and column is not None
    if as_new_rows or not has_cur:
        block = [r for r in block if any(c.strip() for c in r)]     # no empty new rows
    if not block:
        return None
    c0 = column if has_cur else first_text_column(app)

    def parsed(vals):
        cells, kind = {}, None
        for k, v in enumerate(vals):
            ci = c0 + k
            if ci >= len(app.columns):
                break
            col = app.columns[ci]
            if col.key == "tt":
                kind = tt_kind(v) or kind
                continue
            cells[col.id] = v
        return cells, kind

    if as_new_rows or not has_cur:
        start = (row + 1) if has_cur else len(app.rows)
        overwrite, rest = [], block
    else:
        start = row
        n = min(len(block), len(app.rows) - start)
        overwrite = []
        for r, vals in zip(app.rows[start:start + n], block[:n]):
            cells, kind = parsed(vals)
            overwrite.append((r.id, cells, kind))
        rest = block[n:]
    new = []
    for vals in rest:
        cells, kind = parsed(vals)
        new.append({"kind": kind or "task", "cells": {k: v for k, v in cells.items() if v}})
    if not new and not any(cells for _, cells, _ in overwrite) and not any(k for _, _, k in overwrite):
        return None
    return PastePlan(start, overwrite, new, c0, max(len(v) for v in block))


def fill_changes(app: Appendix, selected, down: bool = True, order: list[int] | None = None,
                 hidden=()) -> list[tuple[str, str, str]]:
    """Ctrl+D (fill down) / Ctrl+R (fill right), as in Excel: the first selected cell of each column
    (row) is copied into the other selected cells of that column (row); with one cell selected, the
    cell above (left) is copied into it. *selected*: (row, column) positions; *order*: the rows in the
    screen's order (a sorted view; None: the plan's), *hidden*: rows a filter hides — "above" is the
    row shown above. The TT column is left alone. Returns [(row id, column id, text)] for
    :func:`core.edits.set_cells` (cells that already hold the text are left out)."""
    cols, rows = app.columns, app.rows
    if order is None:
        order = list(range(len(rows)))
    visual = {r: v for v, r in enumerate(order)}
    changes = []
    if down:
        by_col: dict[int, list[int]] = {}
        for r, c in selected:
            by_col.setdefault(c, []).append(r)
        for c, rws in by_col.items():
            if cols[c].key == "tt":
                continue
            rws = sorted(set(rws), key=lambda r: visual.get(r, r))       # the screen's order
            if len(rws) == 1:
                hide = set(hidden)
                above = [r for r in order if r not in hide and visual[r] < visual.get(rws[0], rws[0])]
                if not above:
                    continue
                rws = [above[-1]] + rws
            src = rows[rws[0]].cells.get(cols[c].id, "")
            for r in rws[1:]:
                if rows[r].cells.get(cols[c].id, "") != src:
                    changes.append((rows[r].id, cols[c].id, src))
    else:
        by_row: dict[int, list[int]] = {}
        for r, c in selected:
            by_row.setdefault(r, []).append(c)
        for r, cs in by_row.items():
            cs = sorted(c for c in set(cs) if cols[c].key != "tt")
            if len(cs) == 1:
                left = [c for c in range(cs[0]) if cols[c].key != "tt"]
                if not left:
                    continue
                cs = [left[-1]] + cs
            if not cs:
                continue
            src = rows[r].cells.get(cols[cs[0]].id, "")
            for c in cs[1:]:
                if rows[r].cells.get(cols[c].id, "") != src:
                    changes.append((rows[r].id, cols[c].id, src))
    return changes


def extend_changes(app: Appendix, rows, cols, targets, down: bool = True) -> list[tuple[str, str, str]]:
    """Excel's fill handle: the selection — *rows* × *cols*, positions in the screen's order — dragged
    down over the rows *targets* (or, with *down* False, right over the columns *targets*), in the
    screen's order (the caller leaves out rows a filter hides: they are not touched).

    The selection's values are copied as they are, never made a series ("Quý 1" stays "Quý 1"): one
    selected row (column) goes into every target row (column), exactly what Ctrl+D (Ctrl+R) over the
    extended range would write; several are repeated in turn (x, y, x, y…), as Excel copies text. The
    selection itself is not changed (a target inside it is skipped). The TT column is left alone, as
    Ctrl+D leaves it: its number is computed, never stored. Group rows are plain rows here, as for
    Ctrl+D: their cells are copied and written like any other. Returns [(row id, column id, text)] for
    :func:`core.edits.set_cells` (cells that already hold the text are left out)."""
    columns, plan_rows = app.columns, app.rows
    rows = [r for r in rows if 0 <= r < len(plan_rows)]
    cols = [c for c in cols if 0 <= c < len(columns) and columns[c].key != "tt"]
    if not rows or not cols:
        return []
    changes = []
    if down:
        own = set(rows)
        targets = [t for t in targets if 0 <= t < len(plan_rows) and t not in own]
        for k, t in enumerate(targets):
            src, dst = plan_rows[rows[k % len(rows)]], plan_rows[t]
            for c in cols:
                cid = columns[c].id
                text = src.cells.get(cid, "")
                if dst.cells.get(cid, "") != text:
                    changes.append((dst.id, cid, text))
    else:
        own = set(cols)
        targets = [t for t in targets if 0 <= t < len(columns) and columns[t].key != "tt" and t not in own]
        for r in rows:
            row = plan_rows[r]
            for k, t in enumerate(targets):
                text = row.cells.get(columns[cols[k % len(cols)]].id, "")
                cid = columns[t].id
                if row.cells.get(cid, "") != text:
                    changes.append((row.id, cid, text))
    return changes


def clear_changes(app: Appendix, selected) -> list[tuple[str, str, str]]:
    """Delete on selected cells: [(row id, column id, "")] for the cells that hold text (TT aside)."""
    out = []
    for r, c in selected:
        col, row = app.columns[c], app.rows[r]
        if col.key != "tt" and row.cells.get(col.id):
            out.append((row.id, col.id, ""))
    return out


def block_text(app: Appendix, rows, cols, numbers: dict) -> str:
    """Ctrl+C: the cells of *rows* × *cols* (positions, in order) as tab-separated text, quoted as
    Excel reads it back; the TT column as numbered (*numbers*: {row id: printed number})."""
    columns = [app.columns[c] for c in cols]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\n")
    for r in rows:
        row = app.rows[r]
        w.writerow([(numbers.get(row.id, "") if c.key == "tt" else row.cells.get(c.id, "")) or "" for c in columns])
    return buf.getvalue()
