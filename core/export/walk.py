"""One walk over a plan producing a neutral sequence of blocks.

Both writers (:mod:`core.export.docx`, :mod:`core.export.pdf`) lay out the
same blocks, so what is printed — numbers, upper-casing, the "./." mark,
the order of Nơi nhận, the appendix header grid — is decided once, here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

from ..model import Paragraph, Plan, Section, number_line, place_date_line
from ..text import nfc
from .layout import MOTTO, NATIONAL, PageSetup, balanced_lines, page_setup, text_width

# sizes (pt) of the fixed elements, per Nghị định 30/2020 Phụ lục I
SIZE_AGENCY = 13
SIZE_NUMBER = 13
SIZE_NATIONAL = 13
SIZE_MOTTO = 14
SIZE_DATE = 14
SIZE_DOCTYPE = 14
SIZE_SUBJECT = 14
SIZE_SIGNER = 14
SIZE_NOINHAN = 12
SIZE_RECIPIENT = 11
SIZE_TABLE = 12
SIZE_PAGENUM = 13
SIZE_APPX_LABEL = 14
SIZE_APPX_TITLE = 14
SIZE_APPX_ATTACH = 14

AGENCY_RULE = 0.4    # rule under the agency name: 1/3–1/2 of its length
SUBJECT_RULE = 0.4   # rule under the trích yếu: 1/3–1/2 of its length

Run = tuple  # (text, bold, italic)


# ---------------------------------------------------------------- blocks --
@dataclass
class Header:
    parent_lines: list[str]
    agency_lines: list[str]
    number_line: str
    national: str
    motto: str
    place_date: str
    agency_rule: float     # pt
    motto_rule: float      # pt (exactly the motto's width)


@dataclass
class Title:
    doc_type: str
    subject_lines: list[str]
    rule: float            # pt


@dataclass
class Figure:
    """A picture drawn by a library: ``drawing(width_pt)`` gives a reportlab Drawing at most that wide (the
    text width of the page); the PDF draws it, the Word file holds it as a PNG (core.export.picture).
    ``alt``: the picture's description (Word's alternative text)."""
    drawing: Callable[[float], Any]
    alt: str = ""


@dataclass
class FigureParagraph(Paragraph):
    """A paragraph of a document built for printing only (the report, core.export.report) that holds a
    picture instead of text; never stored in a plan file."""
    figure: Figure | None = None


@dataclass
class Para:
    """A body paragraph.  ``style``: part | muc | khoan | diem | body | dash | plus | figure (``figure`` set,
    no runs)."""
    style: str
    runs: list[Run]
    figure: Figure | None = None

    @property
    def text(self) -> str:
        return "".join(r[0] for r in self.runs)


@dataclass
class SignerBlock:
    lines: list[str]
    name: str


@dataclass
class Signature:
    recipients: list[str]          # lines as printed ("- …;", last "- Lưu: …")
    signers: list[SignerBlock]


@dataclass
class ColSpec:
    key: str
    title: str
    group: str
    mm: float                      # width in mm


@dataclass
class HeadCell:
    text: str
    col: int
    row: int
    colspan: int = 1
    rowspan: int = 1


@dataclass
class TRow:
    """``kind`` 'group': ``cells`` = [number, text] (number in the TT column,
    text merged across the rest; or just [text] when there is no TT
    column).  'task': one string per column.  ``merge_up``: column indexes
    whose cell continues the cell above (vertical merge)."""
    kind: str
    cells: list[str]
    merge_up: tuple = ()
    bold: bool = False      # a group row printed column by column (it has text in other columns too)


@dataclass
class AppendixBlock:
    label: str
    title: str
    attachment: str
    landscape: bool
    columns: list[ColSpec]
    head: list[list[HeadCell]]     # header rows (1 or 2)
    rows: list[TRow]
    has_tt: bool


@dataclass
class Document:
    setup: PageSetup
    header: Header
    title: Title
    body: list[Para]
    signature: Signature
    appendices: list[AppendixBlock] = field(default_factory=list)

    @property
    def n_rows(self) -> int:
        return sum(len(a.rows) for a in self.appendices)


# ---------------------------------------------------------------- helpers --
BLANK = " " * 6   # room to write a day or month by hand (as model.format_date_vn)
_BLANK_DAY = re.compile(r"\b(ngày)([ \t\u00a0]+)(tháng)\b")
_BLANK_MONTH = re.compile(r"\b(tháng)([ \t\u00a0]+)(năm)\b")


_DAY_1 = re.compile(r"(ngày\s+)(\d)(?=\s+tháng\b)")
_MONTH_12 = re.compile(r"(tháng\s+)([12])(?=\s+năm\b)")


def pad_date(text: str) -> str:
    """A date typed without its leading zeros ("ngày 5 tháng 1 năm 2021") as the
    decree writes it: "ngày 05 tháng 01 năm 2021" (days below 10, months 1 and 2;
    Nghị định 30/2020, Phụ lục I)."""
    return _MONTH_12.sub(lambda m: f"{m.group(1)}0{m.group(2)}", _DAY_1.sub(lambda m: f"{m.group(1)}0{m.group(2)}", text))


def open_date_blanks(text: str) -> str:
    """A date written without its day or month ("ngày tháng 01 năm 2021", as a
    text typed from Word or an import leaves it) keeps room for the hand-written
    value after signing: "ngày      tháng 01 năm 2021" (ND 30/2020 Art. 15)."""
    def widen(m):   # a wider blank typed by the clerk stays as it is
        head, gap, tail = m.group(1), m.group(2), m.group(3)
        return m.group(0) if len(gap) >= len(BLANK) else f"{head}{BLANK}{tail}"
    return _BLANK_MONTH.sub(widen, _BLANK_DAY.sub(widen, text))


def _runs(runs, upper: bool = False) -> list[Run]:
    out = []
    for r in runs:
        t = nfc(r.text)
        out.append((t.upper() if upper else t, bool(r.bold), bool(r.italic)))
    return out


def _para_runs(p) -> list[Run]:
    prefix = {"dash": "- ", "plus": "+ "}.get(p.kind, "")
    runs = _runs(p.runs)
    if prefix:
        runs.insert(0, (prefix, False, False))
    return runs


HEADING_STYLE = {"part": "part", "muc": "muc", "khoan": "khoan", "diem": "diem"}


def _walk_section(s: Section, numbers: dict[str, str], out: list[Para]) -> None:
    num = numbers.get(s.id, "")
    # Mục and phần titles print in capitals; that is the style's format (Word's
    # "All caps", the PDF writer upper-cases on drawing), not a change of the
    # text, so a clerk's wording survives export → import.
    title = _runs(s.title)
    body = list(s.body)
    if "".join(r[0] for r in title).strip():
        out.append(Para(HEADING_STYLE.get(s.kind, "body"), [(num + " ", False, False)] + title))
    elif body:
        first = body.pop(0)
        out.append(Para(first.kind if first.kind in ("dash", "plus") else "body",
                        [(num + " ", False, False)] + _para_runs(first)))
    else:
        out.append(Para(HEADING_STYLE.get(s.kind, "body"), [(num, False, False)]))
    for p in body:
        out.append(_body_para(p))
    for c in s.children:
        _walk_section(c, numbers, out)
    for p in s.tail:
        out.append(_body_para(p))


def _body_para(p) -> Para:
    fig = getattr(p, "figure", None)
    if fig is not None:
        return Para("figure", [], fig)
    return Para(p.kind if p.kind in ("dash", "plus") else "body", _para_runs(p))


def _close_body(body: list[Para]) -> None:
    """End the last paragraph of the body with "./."."""
    if not body:
        return
    last = body[-1]
    runs = list(last.runs)
    while runs and not runs[-1][0].strip():
        runs.pop()
    if not runs:
        return
    text, b, i = runs[-1]
    stripped = text.rstrip()
    if "./." in "".join(r[0] for r in runs):
        # already closed (text after the mark is the plan's own; keep it as written)
        last.runs = runs
        return
    if stripped.endswith("./."):
        runs[-1] = (stripped, b, i)
    elif stripped.endswith("."):
        runs[-1] = (stripped, b, i)
        runs.append(("/.", False, False))
    else:
        runs[-1] = (stripped, b, i)
        runs.append(("./.", False, False))
    last.runs = runs


_RECIPIENT_SPLIT = re.compile(r"(?<=;)\s*(?=[-–•]\s*\S)|\n+")


def recipient_lines(texts: list[str]) -> list[str]:
    """Nơi nhận lines: "- " in front, ";" after each, the "Lưu" line last
    ending in "." (added as "- Lưu: VT." when the plan has none)."""
    items, luu = [], None
    pieces = []
    for t in texts:
        # several recipients typed in one line or cell ("- Sở Y tế;- Sở Giáo dục…", or one per line):
        # one printed line each; the stored text is not changed
        pieces += [x for x in _RECIPIENT_SPLIT.split(nfc(t)) if x.strip()]
    for t in pieces:
        t = t.strip()
        while t[:1] in ("-", "–", "•", "+"):
            t = t[1:].lstrip()
        if not t:
            continue
        if t.lower().startswith("lưu") and luu is None:
            luu = t
            continue
        if t[-1] not in ";.,:":
            t += ";"
        items.append("- " + t)
    if luu is None:
        luu = "Lưu: VT."
    luu = re.sub(r"^lưu\s*:?\s*", "Lưu: ", luu.rstrip(";,").rstrip(), count=1, flags=re.I)   # "Lưu VT" -> "Lưu: VT"
    if not luu.endswith("."):
        luu += "."
    items.append("- " + luu)
    return items


# appendix column defaults: relative width and the least width that is still readable (mm)
KEY_WIDTH = {"tt": 0.5, "index": 1.6, "task": 3.2, "target": 1.6, "lead": 1.5,
             "support": 1.6, "deadline": 1.1, "note": 1.0, "custom": 1.2}
KEY_MIN_MM = {"tt": 10, "index": 28, "task": 55, "target": 28, "lead": 25,
              "support": 25, "deadline": 22, "note": 18, "custom": 22}
TT_MM = 12.0


LANDSCAPE_COLUMNS = 4   # content columns (besides TT) from which a table is set landscape


def _is_landscape(app, setup: PageSetup) -> bool:
    """The clerk's choice (``Appendix.landscape``), else landscape when the
    columns' least readable widths do not fit across a portrait page, or when
    the table has four content columns or more besides TT — what offices do
    (seed 002's office typed its 5-column task tables landscape; in portrait
    the two agency columns were 34 mm wide and each row many lines tall)."""
    if app.landscape is not None:
        return bool(app.landscape)
    need = sum(KEY_MIN_MM.get(c.key, 22) for c in app.columns)
    content = sum(1 for c in app.columns if c.key != "tt")
    return need > setup.text_width_mm(False) or content >= LANDSCAPE_COLUMNS


def _col_specs(app, avail_mm: float) -> list[ColSpec]:
    cols = app.columns
    if not cols:
        return []
    widths = [c.width if c.width and c.width > 0 else 1.0 for c in cols]
    if len(set(widths)) <= 1:   # no widths chosen: sensible defaults per column kind
        widths = [KEY_WIDTH.get(c.key, 1.2) for c in cols]
    fixed = sum(TT_MM for c in cols if c.key == "tt")
    rest = sum(w for w, c in zip(widths, cols) if c.key != "tt") or 1.0
    free = max(avail_mm - fixed, 10.0)
    out = []
    for w, c in zip(widths, cols):
        mm = TT_MM if c.key == "tt" else free * w / rest
        out.append(ColSpec(c.key, nfc(c.title), nfc(c.group), mm))
    if all(c.key == "tt" for c in cols):   # degenerate: spread evenly
        for s in out:
            s.mm = avail_mm / len(out)
    return out


def _head(cols: list[ColSpec]) -> list[list[HeadCell]]:
    grouped = any(c.group for c in cols)
    if not grouped:
        return [[HeadCell(c.title, i, 0) for i, c in enumerate(cols)]]
    top, bottom = [], []
    i = 0
    while i < len(cols):
        g = cols[i].group
        if g:
            j = i
            while j + 1 < len(cols) and cols[j + 1].group == g:
                j += 1
            top.append(HeadCell(g, i, 0, colspan=j - i + 1))
            for k in range(i, j + 1):
                bottom.append(HeadCell(cols[k].title, k, 1))
            i = j + 1
        else:
            top.append(HeadCell(cols[i].title, i, 0, rowspan=2))
            i += 1
    return [top, bottom]


def _appendix(plan: Plan, idx: int, setup: PageSetup) -> AppendixBlock:
    app = plan.appendices[idx]
    landscape = _is_landscape(app, setup)
    cols = _col_specs(app, setup.text_width_mm(landscape))
    numbers = Plan.row_numbers(app)
    ids = [c.id for c in app.columns]
    keys = [c.key for c in app.columns]
    has_tt = bool(keys) and keys[0] == "tt"
    tt_idx = [k for k, key in enumerate(keys) if key == "tt"]
    mergeable = [k for k, key in enumerate(keys) if key in ("tt", "index")]
    rows: list[TRow] = []
    for r in app.rows:
        cells = r.cells
        if r.kind == "group":
            filled = [k for k, (cid, key) in enumerate(zip(ids, keys)) if key != "tt" and cells.get(cid, "").strip()]
            num = numbers.get(r.id, "")
            if len(filled) > 1:
                # a group row naming its lead agency or deadline in their columns (rows imported from
                # Word often do): printed column by column, in bold — not run together across the width
                vals = [nfc(cells.get(cid, "")) for cid in ids]
                for k in tt_idx:
                    vals[k] = num
                rows.append(TRow("task", vals, (), bold=True))
                continue
            text = " ".join(nfc(cells.get(ids[k], "")).strip() for k in filled)
            rows.append(TRow("group", [num, text] if has_tt else [text]))
            continue
        vals = [nfc(cells.get(cid, "")) for cid in ids]
        for k in tt_idx:
            # the computed number; an unnumbered row keeps what its TT cell holds
            # (seed 004's shifted row has text there)
            vals[k] = numbers.get(r.id, "") or vals[k]
        merge = ()
        if r.continues and rows and rows[-1].kind == "task":
            merge = tuple(k for k in mergeable if not vals[k].strip())
        rows.append(TRow("task", vals, merge))
    return AppendixBlock(
        label=nfc(plan.appendix_label(idx)), title=nfc(app.title),
        attachment=open_date_blanks(pad_date(nfc(plan.attachment_line(idx)))), landscape=landscape,
        columns=cols, head=_head(cols), rows=rows, has_tt=has_tt)


def build(plan: Plan) -> Document:
    """The plan as blocks, in print order."""
    m = plan.meta
    setup = page_setup(m.page)
    parent = [nfc(l).strip().upper() for l in nfc(m.parent_agency).split("\n") if l.strip()]
    agency = [nfc(l).strip().upper() for l in nfc(m.agency).split("\n") if l.strip()]
    widest = max([text_width(a, SIZE_AGENCY, True) for a in agency] or [0.0])
    header = Header(parent, agency, nfc(number_line(m)), NATIONAL, MOTTO,
                    open_date_blanks(pad_date(nfc(place_date_line(m)))),
                    agency_rule=widest * AGENCY_RULE,
                    motto_rule=text_width(MOTTO, SIZE_MOTTO, True))
    line_pt = setup.text_width_mm() * 72 / 25.4
    subject = [b for l in nfc(m.title).split("\n") if l.strip()
               for b in balanced_lines(" ".join(l.split()), SIZE_SUBJECT, True, line_pt)]
    sw = max([min(text_width(s, SIZE_SUBJECT, True), line_pt) for s in subject] or [0.0])
    title = Title(nfc(m.doc_type or "KẾ HOẠCH").upper(), subject, sw * SUBJECT_RULE)
    body: list[Para] = [Para(p.kind if p.kind in ("dash", "plus") else "body", _para_runs(p))
                        for p in m.preamble]
    numbers = plan.section_numbers()
    for s in plan.sections:
        _walk_section(s, numbers, body)
    _close_body(body)
    signers = [SignerBlock([nfc(l) for l in s.authority_lines()], nfc(s.name)) for s in plan.signers]
    sig = Signature(recipient_lines([r.text for r in plan.recipients]), signers)
    apps = [_appendix(plan, i, setup) for i in range(len(plan.appendices))]
    return Document(setup, header, title, body, sig, apps)
