"""Rows from an Excel sheet (.xlsx) into an appendix.

:func:`read_table` reads a sheet (openpyxl, read-only, after the package has
been checked: zip, number of parts, sizes and compression ratio, no
DOCTYPE/ENTITY in any XML part) into a header and rows of text.
:func:`match_headers` pairs the sheet's headers with the appendix's columns
by name (exact title, then the kind of column the title names — "Đơn vị
chủ trì" ↔ lead); what stays unpaired is returned for a mapping step (the
GUI asks; the CLI takes ``--map``).  :func:`add_rows` turns the rows into
appendix rows through the shared outline builder, so group rows, typed
numbers, agency lists and shifted cells are read exactly as in a Word
table.  A sheet column mapped to nothing is not dropped: it becomes a new
column of the appendix (and a note says so) unless mapped to "-" (skip).
"""
from __future__ import annotations

import os
import re
import zipfile
from dataclasses import dataclass, field

from .. import limits
from ..errors import PlanError
from ..model import Appendix, Column
from ..text import Note, clean, nfc
from .docx import MAX_PART, MAX_RATIO, OLE_MAGIC, _Package, xml_text
from .outline import AppendixTable, Cell, Table, _guess_key, _guess_width, fold

MAX_FILE = 50 * 1024 * 1024
MAX_ROWS = limits.MAX_ROWS     # rows of one sheet (the plan's own limit: docs/file-format.md)
MAX_SHEET_MB = MAX_PART // (1024 * 1024)
MAX_COLS = 60
MAX_CELL = 32767


@dataclass
class XTable:
    headers: list[str]
    rows: list[list[Cell]]
    sheet: str = ""
    notes: list[str] = field(default_factory=list)   # what reading the sheet noted (formula cells)


@dataclass
class AddResult:
    rows: list = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    mapping: dict = field(default_factory=dict)   # sheet header -> column title ('' = skipped)


def _norm(s: str) -> str:
    s = clean(s).lower()
    s = re.sub(r"[\s/.,:;()\-–]+", " ", s)
    return s.strip()


_BINARY_PARTS = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".wdp", ".bin")


def _check_package(path: str) -> None:
    name = os.path.basename(path)
    size = os.path.getsize(path)
    if size > MAX_FILE:
        raise PlanError(f"“{name}” quá lớn ({size // (1024 * 1024)} MB; tối đa {MAX_FILE // (1024 * 1024)} MB).",
                        f"“{name}” is too large ({size // (1024 * 1024)} MB; at most {MAX_FILE // (1024 * 1024)} MB).")
    with open(path, "rb") as f:
        data = f.read()
    if data.startswith(OLE_MAGIC):
        raise PlanError(f"“{name}” là tệp Excel cũ (.xls) hoặc tệp .xlsx có mật khẩu: mở trong Excel, bỏ mật khẩu "
                        "nếu có, rồi Lưu thành → Sổ làm việc Excel (*.xlsx).",
                        f"“{name}” is an old Excel file (.xls) or a password-protected .xlsx: open it in Excel, "
                        "remove any password, and Save As → Excel Workbook (*.xlsx).")
    if not data.startswith(b"PK"):
        raise PlanError(f"“{name}” không phải tệp Excel .xlsx.", f"“{name}” is not an Excel .xlsx file.")
    pkg = _Package(data, name)
    if "xl/workbook.xml" not in pkg.infos:
        raise PlanError(f"“{name}” thiếu phần xl/workbook.xml: không phải sổ làm việc Excel hoặc tệp bị hỏng.",
                        f"“{name}” lacks xl/workbook.xml: not an Excel workbook, or damaged.")
    for part in pkg.infos:
        if part.startswith("xl/worksheets/") and part.endswith(".xml"):
            _check_sheet_size(pkg, part)
    for part in pkg.infos:
        # every part but pictures and binary blobs, whatever its name: a relationship can
        # point openpyxl at a sheet called "x.dat"
        if not part.endswith("/") and not part.lower().endswith(_BINARY_PARTS):
            pkg.xml(part)   # size, ratio, decoding and DOCTYPE/ENTITY checks; raises PlanError


_DIMENSION = re.compile(r"""<(?:\w+:)?dimension\s+ref\s*=\s*["'][A-Z]*\d*:?[A-Z]*(\d+)["']""")


def _too_many_rows(name: str, part: str, rows: int | None) -> PlanError:
    sheet = os.path.splitext(os.path.basename(part))[0]
    lim_vi, lim_en = limits.fmt(MAX_ROWS), limits.fmt_en(MAX_ROWS)
    if rows is not None:
        return PlanError(f"Trang tính “{sheet}” của “{name}” có {limits.fmt(rows)} dòng, quá giới hạn nhập "
                         f"{lim_vi} dòng. Hãy chép riêng các dòng cần nhập sang một trang tính rồi nhập lại.",
                         f"Sheet “{sheet}” of “{name}” has {limits.fmt_en(rows)} rows, over the import limit of "
                         f"{lim_en} rows. Copy the rows you need to a sheet of their own and import that.")
    return PlanError(f"Trang tính “{sheet}” của “{name}” quá lớn để nhập (hơn {MAX_SHEET_MB} MB khi giải nén) — "
                     f"nhiều hơn giới hạn nhập {lim_vi} dòng. Hãy chép riêng các dòng cần nhập sang một trang tính.",
                     f"Sheet “{sheet}” of “{name}” is too large to import (over {MAX_SHEET_MB} MB unpacked) — more "
                     f"than the import limit of {lim_en} rows. Copy the rows you need to a sheet of their own.")


def _check_sheet_size(pkg: _Package, part: str) -> None:
    """A sheet with more rows than the import takes is refused for that —
    not as a "zip bomb" — before it is unpacked: its ``<dimension>`` (in the
    first bytes; Excel always writes it) gives the rows; a sheet past the
    part-size limits without one is named too large for the rows limit."""
    info = pkg.infos[part]
    try:
        with pkg.zf.open(info) as f:
            head = f.read(4096)
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError):
        return          # pkg.xml reports a damaged part
    text = next((t for t in (xml_text(head[:len(head) - k]) for k in range(4)) if t), "")   # cut mid-character
    m = _DIMENSION.search(text)
    if m and int(m.group(1)) > MAX_ROWS:
        raise _too_many_rows(pkg.name, part, int(m.group(1)))
    if info.file_size > MAX_PART or (info.file_size > 1024 * 1024
                                     and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
        raise _too_many_rows(pkg.name, part, None)


def read_table(path: str, sheet: str | None = None) -> XTable:
    """The first sheet (or *sheet*) as a header row and rows of cells."""
    _check_package(path)
    from openpyxl import load_workbook
    name = os.path.basename(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, SyntaxError) as e:   # SyntaxError: XML ParseError
        raise PlanError(f"Không đọc được “{name}”: {e}", f"Cannot read “{name}”: {e}") from e
    try:
        if sheet:
            if sheet not in wb.sheetnames:
                raise PlanError(f"“{name}” không có trang tính “{sheet}” (có: {', '.join(wb.sheetnames)}).",
                                f"“{name}” has no sheet “{sheet}” (it has: {', '.join(wb.sheetnames)}).")
            ws = wb[sheet]
        else:
            ws = wb[wb.sheetnames[0]]
        grid: list[list[Cell]] = []
        for i, row in enumerate(ws.iter_rows()):
            if i >= MAX_ROWS:
                raise PlanError(f"Trang tính có quá nhiều dòng (hơn {limits.fmt(MAX_ROWS)}, giới hạn nhập).",
                                f"The sheet has too many rows (over {limits.fmt_en(MAX_ROWS)}, the import limit).")
            cells = []
            for j, c in enumerate(row):
                if j >= MAX_COLS:
                    break
                v = getattr(c, "value", None)
                text = "" if v is None else nfc(_text(v))[:MAX_CELL]
                bold = bool(getattr(getattr(c, "font", None), "b", False)) if text else False
                cells.append(Cell(text.strip(), bold))
            grid.append(cells)
        title = ws.title if hasattr(ws, "title") else ""
    finally:
        wb.close()
    notes = _formula_cells(path, sheet or None, grid)
    table = _split_header(grid, title)
    table.notes = notes
    return table


def _formula_cells(path: str, sheet: str | None, grid: list[list[Cell]]) -> list[str]:
    """A formula cell is imported as text, never as a formula: its shown
    value (the result Excel saved with the file) when there is one, else the
    formula's own text ("=B2&…", kept as characters).  Each such cell is
    named in the import report, so the clerk knows the plan holds a copy of
    what the sheet computed, not the computation."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter
    notes: list[str] = []
    wb = load_workbook(path, read_only=True, data_only=False)
    try:
        ws = wb[sheet] if sheet else wb[wb.sheetnames[0]]
        for i, row in enumerate(ws.iter_rows()):
            if i >= len(grid):
                break
            for j, c in enumerate(row):
                if j >= len(grid[i]):
                    break
                v = getattr(c, "value", None)
                if getattr(c, "data_type", None) != "f" or not isinstance(v, str):
                    continue
                ref = f"{get_column_letter(j + 1)}{i + 1}"
                formula = nfc(v)[:MAX_CELL].strip()
                if grid[i][j].text:
                    notes.append(Note(f"Ô {ref} là công thức “{_short(formula)}”: lấy giá trị đang hiển thị "
                                      f"“{_short(grid[i][j].text)}” làm chữ.",
                                      f"Cell {ref} holds the formula “{_short(formula)}”: the value it shows, "
                                      f"“{_short(grid[i][j].text)}”, is taken as text."))
                else:
                    grid[i][j] = Cell(formula, grid[i][j].bold)
                    notes.append(Note(f"Ô {ref} là công thức chưa được tính (tệp chưa lưu bằng Excel): giữ nguyên "
                                      f"công thức “{_short(formula)}” làm chữ.",
                                      f"Cell {ref} holds a formula never computed (the file was not saved by Excel): "
                                      f"the formula “{_short(formula)}” is kept as text."))
    finally:
        wb.close()
    return notes


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


def _text(v) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if hasattr(v, "strftime"):
        return v.strftime("%d/%m/%Y")
    return str(v).replace("\r\n", "\n")


def _split_header(grid: list[list[Cell]], title: str) -> XTable:
    """Find the header row (the first with TT/STT or two or more short
    titles after the title lines) and, below it, a row of sub-titles under
    merged group headers, and a "(1) (2) (3)" column-number row."""
    h = None
    for i, row in enumerate(grid[:15]):
        texts = [c.text for c in row if c.text]
        if not texts:
            continue
        if _norm(row[0].text if row else "") in ("tt", "stt", "số tt") or \
                (len(texts) >= 2 and all(len(t) < 60 for t in texts)):
            h = i
            break
    if h is None:
        raise PlanError("Không tìm thấy dòng tiêu đề cột trong trang tính (dòng có “TT” hoặc tên các cột).",
                        "No header row found in the sheet (a row with “TT” or the column titles).")
    head = [c.text for c in grid[h]]
    i = h + 1
    if i < len(grid):
        sub = [c.text for c in grid[i]]
        # a sub-header row: fills blanks under a merged group header, no row number
        if any(sub) and (not sub[0] or not head[0]) and not re.fullmatch(r"[IVXL\d.]+", sub[0] or "x"):
            width = max(len(head), len(sub))
            head += [""] * (width - len(head))
            sub += [""] * (width - len(sub))
            head = [s if s else hd for hd, s in zip(head, sub)]
            i += 1
    if i < len(grid):
        nums = [c.text for c in grid[i] if c.text]
        if nums and all(re.fullmatch(r"\(?\d{1,2}\)?", t) for t in nums) and len(nums) >= 3:
            i += 1
    while head and not head[-1]:
        head.pop()
    rows = [r[:len(head)] + [Cell("")] * (len(head) - len(r)) for r in grid[i:]]
    rows = [r for r in rows if any(c.text for c in r)]
    return XTable(head, rows, title)


def match_headers(app: Appendix, headers: list[str], mapping: dict[str, str] | None = None):
    """{sheet header index: Column or None (skip)}, and the unmatched headers."""
    mapping = {_norm(k): v for k, v in (mapping or {}).items()}
    out: dict[int, Column | None] = {}
    unmatched: list[str] = []
    taken: set[str] = set()
    by_title = {_norm(c.title): c for c in app.columns}
    by_fold = {fold(_norm(c.title)): c for c in app.columns}
    by_key: dict[str, list[Column]] = {}
    for c in app.columns:
        by_key.setdefault(c.key, []).append(c)
    for k, h in enumerate(headers):
        if not h:
            continue
        nh = _norm(h)
        target = None
        if nh in mapping:
            v = mapping[nh]
            if v.strip() in ("-", ""):
                out[k] = None
                continue
            target = by_title.get(_norm(v)) or (by_key.get(v.strip(), [None])[0])
            if target is None:
                raise PlanError(f"Cột “{v}” (chỉ định cho “{h}”) không có trong phụ lục.",
                                f"Column “{v}” (given for “{h}”) is not in the appendix.")
        elif nh in by_title and by_title[nh].id not in taken:
            target = by_title[nh]
        elif fold(nh) == nh.replace("đ", "d") and fold(nh) in by_fold and by_fold[fold(nh)].id not in taken:
            target = by_fold[fold(nh)]      # the same title typed without accents
        else:
            key = _guess_key(h, k, len(headers))
            cands = [c for c in by_key.get(key, []) if c.id not in taken] if key != "custom" else []
            if len(cands) == 1:
                target = cands[0]
        if target is None:
            unmatched.append(h)
            continue
        taken.add(target.id)
        out[k] = target
    return out, unmatched


def add_rows(app: Appendix, table: XTable, mapping: dict[str, str] | None = None) -> AddResult:
    """Append the sheet's rows to *app*; returns what was added and noted."""
    res = AddResult()
    res.notes += table.notes
    if not app.columns:
        # an empty appendix takes the sheet's columns as they are
        app.columns = [Column(key=_guess_key(h, k, len(table.headers)), title=h, width=_guess_width(h))
                       for k, h in enumerate(table.headers)]
    pairs, unmatched = match_headers(app, table.headers, mapping)
    res.unmatched = unmatched
    for k, h in enumerate(table.headers):
        if h in unmatched:
            col = Column(key="custom", title=h, width=1.5)
            app.columns.append(col)
            pairs[k] = col
            res.notes.append(Note(f"Cột Excel “{h}” không khớp cột nào của phụ lục: thêm thành cột mới.",
                                  f"The Excel column “{h}” matches no column of the appendix: added as a new column."))
    res.mapping = {table.headers[k]: (c.title if c else "") for k, c in pairs.items()}
    skipped = [table.headers[k] for k, c in pairs.items() if c is None]
    order = {c.id: j for j, c in enumerate(app.columns)}
    work = Appendix(columns=app.columns, numbering=dict(app.numbering))
    reading = AppendixTable(work, "Excel")
    rows: list[list[Cell]] = []
    for r in table.rows:
        cells = [Cell("") for _ in app.columns]
        for k, col in pairs.items():
            if col is None or k >= len(r):
                continue
            src = r[k]
            j = order[col.id]
            cells[j] = Cell((cells[j].text + "\n" + src.text).strip() if cells[j].text else src.text,
                            cells[j].bold or src.bold)
        rows.append(cells)
    reading.add(Table(rows))
    reading.infer_numbering()
    if len(app.rows) + len(work.rows) > limits.MAX_ROWS:
        raise limits.refuse_plan("rows", len(app.rows) + len(work.rows))
    if len(app.columns) > limits.MAX_COLUMNS:
        raise limits.refuse_plan("columns", len(app.columns))
    if not app.rows:
        app.numbering = work.numbering
    for r in work.rows:
        r.pos = (app.rows[-1].pos + 1.0) if app.rows else 1.0
        app.rows.append(r)
    res.rows = work.rows
    res.notes += [Note(n.replace("Excel, ", "Dòng từ Excel, ").replace("Excel:", "Dòng từ Excel:"),
                       getattr(n, "en", n).replace("Excel, ", "From Excel, ").replace("Excel:", "From Excel:"))
                  for n in reading.report]
    if skipped:
        shown = ", ".join(f"“{s}”" for s in skipped)
        res.notes.append(Note("Bỏ qua theo chỉ định các cột Excel: " + shown, "Excel columns skipped as asked: " + shown))
    return res
