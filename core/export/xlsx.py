"""Each appendix of a plan as a sheet of an Excel workbook, ready to print.

One sheet per appendix: the label, title and "(Kèm theo …)" line on top,
then the table — header rows (a merged group header such as "Phân công
trách nhiệm" over its sub-columns) repeated on every printed page, group
rows merged across the table in bold, task rows with wrapped text, the TT
column as printed.  A4 landscape (portrait when the appendix says so),
fitted to the page width, Times New Roman, thin borders.

:func:`core.importers.xlsx.read_table` reads such a sheet back (the title
lines above the header are skipped; the header is found by its titles).
"""
from __future__ import annotations

import os
import re

from ..errors import PlanError
from ..fileio import replacing, write_failure
from ..model import Appendix, Plan

FONT = "Times New Roman"
TOTAL_WIDTH = {True: 150.0, False: 100.0}   # characters across the page (landscape / portrait)


def _sheet_name(label: str, used: set[str]) -> str:
    name = re.sub(r"[\[\]:*?/\\]", " ", label).strip()[:31] or "Phụ lục"
    base, k = name, 2
    while name.lower() in used:
        suffix = f" ({k})"
        name = base[:31 - len(suffix)] + suffix
        k += 1
    used.add(name.lower())
    return name


def _put(ws, r: int, c: int, value):
    """Set a cell; text is always written as text (an inline string), never
    as a formula: a received plan's "=HYPERLINK(…)" or "=cmd|…" stays the
    characters the clerk sees, and "- Sở Nội vụ" is not read as a broken
    formula (#NAME?) by Excel or LibreOffice."""
    cell = ws.cell(row=r, column=c)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def export_xlsx(plan: Plan, path: str, appendices: list[int] | None = None) -> None:
    """Write the appendices (all, or the given indexes) to *path* (temp name, then rename)."""
    from openpyxl import Workbook
    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    idxs = list(range(len(plan.appendices))) if appendices is None else appendices
    for i in idxs:
        app = plan.appendices[i]
        ws = wb.create_sheet(_sheet_name(plan.appendix_label(i), used))
        write_sheet(ws, plan, i, app)
    if not wb.sheetnames:
        wb.create_sheet("Phụ lục")
    from ..fileio import guard_output
    guard_output(path, "xlsx", force=True)     # never over a plan file
    failure = _save(wb, path)
    if failure is not None:
        raise failure


def _save(wb, path: str) -> PlanError | None:
    """Save *wb* at *path* through the atomic writer; the clerk's line when
    the write failed (disk full …), else ``None``.

    openpyxl writes each sheet through a temporary file and a generator;
    when a write fails, those objects fail again as they are freed and
    Python prints "Exception ignored in …" tracebacks after our one line.
    They are the same failure, already reported: while the failed save is
    cleared away such write errors are not printed (any other goes to the
    usual hook).  The sheet writers sit in reference cycles, so clearing
    them takes a collection — done only in a process without Qt (the
    command line): in the window, a forced collection could free Qt objects
    from the export's worker thread, and the leftovers are collected later
    by Python's own schedule (their note goes to stderr, which no clerk sees)."""
    import sys
    failure: PlanError | None = None
    previous = sys.unraisablehook

    def quiet(unraisable):
        v = unraisable.exc_value
        if not (isinstance(v, OSError) or type(v).__name__ == "SerialisationError"):
            previous(unraisable)
    sys.unraisablehook = quiet
    try:
        try:
            with replacing(path, suffix=".xlsx") as tmp:
                wb.save(tmp)
        except PlanError as e:          # DiskFull from the atomic writer: already the clerk's line
            failure = e
        except Exception as e:          # noqa: BLE001 — openpyxl writes through lxml, which has its own errors
            failure = write_failure(e, path)
            if failure is None:
                if not isinstance(e, OSError) and type(e).__name__ != "SerialisationError":
                    raise
                detail = getattr(e, "strerror", None) or e
                failure = PlanError(f"Không ghi được “{os.path.basename(path)}”: {detail}",
                                    f"Cannot write “{os.path.basename(path)}”: {detail}")
        if failure is not None:         # no traceback kept: nothing holds the failed save's objects
            failure.__traceback__ = failure.__cause__ = failure.__context__ = None
            if "PySide6" not in sys.modules:
                import gc
                gc.collect()
    finally:
        if sys.unraisablehook is quiet:
            sys.unraisablehook = previous
    return failure


def _merge_row(ws, row: int, first: int, last: int) -> None:
    """Merge cells *first*..*last* of *row*, as ``ws.merge_cells`` does but
    without its check against every range merged before — the check made
    writing a table quadratic in its group rows (100,000 rows: 36× the time
    of 10,000).  The table's merges never overlap: one per group row."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.merge import MergedCellRange
    mcr = MergedCellRange(ws, f"{get_column_letter(first)}{row}:{get_column_letter(last)}{row}")
    ws.merged_cells.ranges.add(mcr)
    ws._clean_merge_range(mcr)


class _Styles:
    """Font, border and alignment set once per combination, then copied: openpyxl
    hashes each style object on every assignment (70 % of the export's time)."""

    def __init__(self):
        self.done: dict = {}

    def apply(self, cell, font, border, alignment) -> None:
        from copy import copy
        key = (id(font), id(border), id(alignment))
        got = self.done.get(key)
        if got is not None:
            cell._style = copy(got)
            return
        cell.font = font
        if border is not None:
            cell.border = border
        cell.alignment = alignment
        self.done[key] = copy(cell._style)


def write_sheet(ws, plan: Plan, idx: int, app: Appendix) -> None:
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter
    styles = _Styles()
    n = max(1, len(app.columns))
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    top_left = Alignment(horizontal="left", vertical="top", wrap_text=True)
    top_center = Alignment(horizontal="center", vertical="top", wrap_text=True)

    def line(r: int, text: str, bold=False, italic=False):
        _put(ws, r, 1, text).font = Font(name=FONT, size=13, bold=bold, italic=italic)
        ws.cell(row=r, column=1).alignment = center
        if n > 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)

    r = 1
    line(r, plan.appendix_label(idx).upper(), bold=True)
    r += 1
    if app.title:
        line(r, app.title, bold=True)
        ws.row_dimensions[r].height = 18 * max(1, len(app.title) // 110 + 1)
        r += 1
    line(r, plan.attachment_line(idx), italic=True)
    r += 2

    # ---- header (one row, or two under merged group headers) ----
    head_font = Font(name=FONT, size=12, bold=True)
    groups = [c.group for c in app.columns]
    two = any(groups)
    first_head = r
    if two:
        k = 0
        while k < n:
            c = app.columns[k]
            if c.group:
                end = k
                while end + 1 < n and app.columns[end + 1].group == c.group:
                    end += 1
                _put(ws, r, k + 1, c.group)
                if end > k:
                    ws.merge_cells(start_row=r, start_column=k + 1, end_row=r, end_column=end + 1)
                for j in range(k, end + 1):
                    _put(ws, r + 1, j + 1, app.columns[j].title)
                k = end + 1
            else:
                _put(ws, r, k + 1, c.title)
                ws.merge_cells(start_row=r, start_column=k + 1, end_row=r + 1, end_column=k + 1)
                k += 1
        last_head = r + 1
    else:
        for k, c in enumerate(app.columns):
            _put(ws, r, k + 1, c.title)
        last_head = r
    for rr in range(first_head, last_head + 1):
        for k in range(n):
            cell = ws.cell(row=rr, column=k + 1)
            cell.font = head_font
            cell.alignment = center
            cell.border = border
    ws.print_title_rows = f"{first_head}:{last_head}"
    r = last_head + 1

    # ---- rows ----
    numbers = Plan.row_numbers(app)
    body = Font(name=FONT, size=12)
    bold = Font(name=FONT, size=12, bold=True)
    tt_col = 0 if app.columns and app.columns[0].key == "tt" else None
    for row in app.rows:
        filled = [c for c in app.columns if c.key != "tt" and (row.cells.get(c.id) or "").strip()]
        if row.kind == "group" and len(filled) > 1:
            # a group row with text in several columns: each in its column, bold (nothing dropped)
            for k, c in enumerate(app.columns):
                value = numbers.get(row.id, "") if c.key == "tt" else row.cells.get(c.id, "")
                cell = _put(ws, r, k + 1, value or None)
                styles.apply(cell, bold, border, top_center if c.key == "tt" else top_left)
        elif row.kind == "group":
            text = next((row.cells.get(c.id, "") for c in app.columns if c.key != "tt" and row.cells.get(c.id)), "")
            start = 1
            if tt_col is not None:
                _put(ws, r, 1, numbers.get(row.id, ""))
                start = 2
            _put(ws, r, start, text)
            if n > start:
                _merge_row(ws, r, start, n)
            for k in range(n):
                cell = ws.cell(row=r, column=k + 1)
                styles.apply(cell, bold, border, top_center if k == 0 and tt_col is not None else top_left)
        else:
            for k, c in enumerate(app.columns):
                if c.key == "tt":
                    value = numbers.get(row.id, "") or row.cells.get(c.id, "")
                else:
                    value = row.cells.get(c.id, "")
                cell = _put(ws, r, k + 1, value or None)
                styles.apply(cell, body, border, top_center if c.key in ("tt", "deadline") else top_left)
        r += 1

    # ---- page ----
    landscape = app.landscape is not False
    total = sum(max(0.3, c.width) for c in app.columns) or 1.0
    for k, c in enumerate(app.columns):
        ws.column_dimensions[get_column_letter(k + 1)].width = \
            max(5.0, round(max(0.3, c.width) / total * TOTAL_WIDTH[landscape], 1))
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.7
    ws.print_options.horizontalCentered = True
    ws.freeze_panes = ws.cell(row=last_head + 1, column=1)
    if n:
        # the filter buttons on the (last) header row, as a clerk sets them in Excel to find one agency's tasks
        ws.auto_filter.ref = f"A{last_head}:{get_column_letter(n)}{max(r - 1, last_head)}"
