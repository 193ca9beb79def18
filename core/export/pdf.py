"""PDF writer (reportlab), the same layout as the Word file.

The font is Liberation Serif (metric-compatible with Times New Roman, full
Vietnamese coverage), embedded as a subset.  Body text uses platypus
paragraphs (justified, inline bold/italic); the header, the signature block
and the appendix tables are drawn by small custom flowables.  The appendix
table measures every row once, so splitting a 10,000-row table over pages
costs time in proportion to its length (platypus' own Table re-measures the
remainder at every page break).
"""
from __future__ import annotations

import re

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from . import walk as W
from .layout import PDF_FONT, register_fonts
from .walk import AppendixBlock, Document

LINE = 1.15          # single line height of Times New Roman / Liberation Serif, in em
RULE_W = 0.6         # rule thickness, pt
GRID_W = 0.5         # table grid, pt
PAD = 2.8            # cell padding left and right, pt (Word: cell margins of 57 twips)
VPAD = 2.0           # above and below each paragraph of a cell, pt (Word: KHTable spacing 40 twips before/after)
GAP = "\x00"         # between two paragraphs of a cell: the next one's space before and this one's after


def font(bold=False, italic=False) -> str:
    return PDF_FONT[(bool(bold), bool(italic))]


def xesc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def keep_spaces(s: str) -> str:
    """Runs of spaces as no-break spaces: platypus collapses whitespace, and a
    blank number or day ("số      /KH-UBND ngày      tháng") must stay wide."""
    return re.sub(r" {2,}", lambda m: "\u00a0" * len(m.group()), s)


# ------------------------------------------------------------ text wrap --
class Wrapper:
    """Greedy word wrap with a width cache per font and size (words repeat a lot)."""

    def __init__(self):
        self.cache: dict = {}

    def width(self, word: str, fn: str, size: float) -> float:
        key = (word, fn, size)
        w = self.cache.get(key)
        if w is None:
            w = self.cache[key] = stringWidth(word, fn, size)
        return w

    def lines(self, text: str, fn: str, size: float, avail: float) -> list[str]:
        out: list[str] = []
        space = self.width(" ", fn, size)
        for para in text.split("\n"):
            words = para.split()
            if not words:
                out.append("")
                continue
            if "  " in para.strip() and self.width(para.strip(), fn, size) <= avail:
                # a line that fits keeps its runs of spaces, as Word does: the blank
                # number and day ("Số:      /KH-UBND", "ngày      tháng") are
                # filled in by hand after signing
                out.append(para.strip())
                continue
            cur: list[str] = []
            cw = 0.0
            for word in words:
                ww = self.width(word, fn, size)
                if cur and cw + space + ww > avail:
                    out.append(" ".join(cur))
                    cur, cw = [word], ww
                else:
                    cw = cw + space + ww if cur else ww
                    cur.append(word)
                while cw > avail and len(cur) == 1 and len(word) > 1:   # one word wider than the cell
                    k = len(word)
                    while k > 1 and self.width(word[:k], fn, size) > avail:
                        k -= 1
                    out.append(word[:k])
                    word = word[k:]
                    cur, cw = [word], self.width(word, fn, size)
            out.append(" ".join(cur))
        return out


WRAP = Wrapper()


# ------------------------------------------------------------ flowables --
class SectionStart(Flowable):
    """Zero-size marker: page numbering restarts at 1 on the page it lands on."""

    def __init__(self, doc_state: dict):
        super().__init__()
        self.state = doc_state

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.state["start"] = self.canv.getPageNumber()


class Rule(Flowable):
    def __init__(self, length: float, space_before: float = 2, space_after: float = 4):
        super().__init__()
        self.length = length
        self.sb, self.sa = space_before, space_after

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.sb + self.sa

    def draw(self):
        x0 = (self.aw - self.length) / 2
        self.canv.setLineWidth(RULE_W)
        self.canv.line(x0, self.sa, x0 + self.length, self.sa)


class Lines(Flowable):
    """Columns of centred (or left-aligned) lines drawn directly: the header and
    the signature block.  ``cols``: list of (x0, width, items) where an item
    is ('text', str, size, bold, italic, align, space_before) or
    ('rule', length, space_before) or ('gap', pt)."""

    def __init__(self, rows: list[list[tuple]], x_offset: float = 0.0, space_before: float = 0.0):
        super().__init__()
        self.rows = rows
        self.x_offset = x_offset
        self.space_before = space_before

    def _layout(self):
        """-> list of draw ops with y measured downwards from the top, and the height."""
        ops = []
        top = self.space_before
        for cols in self.rows:
            bottom = top
            for x0, width, items in cols:
                y = top
                for it in items:
                    if it[0] == "text":
                        _, text, size, bold, italic, align, sb = it
                        y += sb
                        fn = font(bold, italic)
                        if align == "hang":     # "- item": wrapped lines go on under the text, not the "-"
                            hang = WRAP.width("- ", fn, size)
                            lines = WRAP.lines(text, fn, size, width)
                            if len(lines) > 1:
                                rest = " ".join(text.split())[len(lines[0]):].strip()
                                lines = lines[:1] + WRAP.lines(rest, fn, size, width - hang)
                            for k, line in enumerate(lines):
                                y += size * LINE
                                ops.append(("text", x0 + (hang if k else 0), width, y - size * 0.27, line, fn, size,
                                            "left"))
                            continue
                        for line in WRAP.lines(text, fn, size, width):
                            y += size * LINE
                            ops.append(("text", x0, width, y - size * 0.27, line, fn, size, align))
                    elif it[0] == "rule":
                        _, length, sb = it
                        y += sb
                        ops.append(("rule", x0 + (width - length) / 2, length, y))
                        y += 2
                    elif it[0] == "gap":
                        y += it[1]
                bottom = max(bottom, y)
            top = bottom
        return ops, top

    def wrap(self, aw, ah):
        self.ops, self.height = self._layout()
        return aw, self.height

    def draw(self):
        c = self.canv
        h = self.height
        dx = self.x_offset
        c.setLineWidth(RULE_W)
        for op in self.ops:
            if op[0] == "text":
                _, x0, width, y, line, fn, size, align = op
                c.setFont(fn, size)
                if align == "center":
                    c.drawCentredString(dx + x0 + width / 2, h - y, line)
                else:
                    c.drawString(dx + x0, h - y, line)
            else:
                _, x, length, y = op
                c.line(dx + x, h - y, dx + x + length, h - y)


def header_flowable(doc: Document) -> Lines:
    h = doc.header
    tw = doc.setup.text_width_mm() * mm
    total = tw + 10 * mm
    right = max(total * 0.58, stringWidth(h.national, font(True), W.SIZE_NATIONAL) + 10)
    left = total - right
    li = [("text", t, W.SIZE_AGENCY, False, False, "center", 0) for t in h.parent_lines]
    li += [("text", t, W.SIZE_AGENCY, True, False, "center", 0) for t in h.agency_lines]
    if h.agency_lines:
        li.append(("rule", h.agency_rule, 3))
    ri = [("text", h.national, W.SIZE_NATIONAL, True, False, "center", 0),
          ("text", h.motto, W.SIZE_MOTTO, True, False, "center", 0),
          ("rule", h.motto_rule, 3)]
    row2 = [(0, left, [("text", h.number_line, W.SIZE_NUMBER, False, False, "center", 6)]),
            (left, right, [("text", h.place_date, W.SIZE_DATE, False, True, "center", 6)])]
    return Lines([[(0, left, li), (left, right, ri)], row2], x_offset=-5 * mm)


def signature_flowable(doc: Document) -> Lines:
    sg = doc.signature
    tw = doc.setup.text_width_mm() * mm
    noinhan = [("text", "Nơi nhận:", W.SIZE_NOINHAN, True, True, "left", 0)]
    noinhan += [("text", t, W.SIZE_RECIPIENT, False, False, "hang", 0) for t in sg.recipients]

    def signer(s: W.SignerBlock) -> list:
        items = [("text", t, W.SIZE_SIGNER, True, False, "center", 0) for t in s.lines]
        items.append(("gap", 84))
        if s.name:
            items.append(("text", s.name, W.SIZE_SIGNER, True, False, "center", 0))
        return items

    if len(sg.signers) >= 2:
        half = tw / 2
        rows = []
        for k in range(0, len(sg.signers), 2):
            row = [(0, half, signer(sg.signers[k]))]
            if k + 1 < len(sg.signers):
                row.append((half, tw - half, signer(sg.signers[k + 1])))
            rows.append(row)
        rows.append([(0, half, [("gap", 6)] + noinhan)])
        return Lines(rows, space_before=12)
    left = tw * 0.46
    cols = [(0, left, noinhan)]
    if sg.signers:
        cols.append((left, tw - left, signer(sg.signers[0])))
    return Lines([cols], space_before=12)


def _cum(rows) -> list[float]:
    out = [0.0]
    for r in rows:
        out.append(out[-1] + r[0])
    return out


class Table(Flowable):
    """An appendix table: header rows repeated on every page, group rows
    merged across the width, vertical merges for continuation rows; rows
    are not split unless one is taller than a whole page."""

    def __init__(self, a: AppendixBlock, frame_h: float, progress=None, base: int = 0, _data=None,
                 _start: int = 0, _end: int | None = None, _cont: str = ""):
        super().__init__()
        self.a = a
        self.frame_h = frame_h
        self.widths = [c.mm * mm for c in a.columns]
        self.xs = [0.0]
        for w in self.widths:
            self.xs.append(self.xs[-1] + w)
        self.size = W.SIZE_TABLE
        self.lead = self.size * LINE
        if _data is None:
            _data = self._measure(progress, base)
        self.data = _data           # (head_ops, head_h, rows) shared by all pieces
        self.start = _start
        self.end = len(_data[2]) if _end is None else _end
        # a piece that opens inside a task's continuation rows says whose they are:
        # "5 Công khai, minh bạch (tiếp theo)" across the table, under the repeated header
        self.cont = _cont
        self.cont_lines = WRAP.lines(_cont, font(False, True), self.size, self.xs[-1] - 2 * PAD) if _cont else []
        self.cont_h = len(self.cont_lines) * self.lead + 2 * PAD if _cont else 0.0

    # ---- measuring (once) ----
    def _cell_lines(self, text, width, bold):
        """The cell's lines; a GAP between paragraphs (Word spaces them 2 + 2 pt)."""
        if not text:
            return []
        out: list[str] = []
        for k, para in enumerate(text.split("\n")):
            if k:
                out.append(GAP)
            out += WRAP.lines(para, font(bold), self.size, width - 2 * PAD)
        return out

    def _lines_h(self, lines) -> float:
        gaps = lines.count(GAP)
        return (len(lines) - gaps) * self.lead + gaps * 2 * VPAD

    def _measure(self, progress, base):
        a = self.a
        n = len(self.widths)
        # header: cells with spans over one or two rows
        heads = []
        row_h = [0.0] * len(a.head)
        for r, cells in enumerate(a.head):
            for c in cells:
                w = sum(self.widths[c.col:c.col + c.colspan])
                lines = self._cell_lines(c.text, w, True)
                h = self._lines_h(lines) + 2 * VPAD
                heads.append((c, w, lines, h))
                if c.rowspan == 1:
                    row_h[r] = max(row_h[r], h)
        for c, w, lines, h in heads:
            if c.rowspan > 1 and sum(row_h[c.row:c.row + c.rowspan]) < h:
                row_h[c.row + c.rowspan - 1] += h - sum(row_h[c.row:c.row + c.rowspan])
        tops = [sum(row_h[:k]) for k in range(len(row_h))]
        head = [(self.xs[c.col], w, tops[c.row], sum(row_h[c.row:c.row + c.rowspan]), lines)
                for c, w, lines, h in heads]
        head_h = sum(row_h)
        rows = []
        centers = [c.key in ("tt", "deadline") for c in a.columns]
        for i, row in enumerate(a.rows):
            if row.kind == "group":
                if a.has_tt and n > 1:
                    cells = [(0, self.widths[0], self._cell_lines(row.cells[0], self.widths[0], True), True),
                             (1, self.xs[n] - self.xs[1], self._cell_lines(row.cells[1], self.xs[n] - self.xs[1], True),
                              False)]
                else:
                    cells = [(0, self.xs[n], self._cell_lines(row.cells[-1], self.xs[n], True), False)]
                bold = True
            else:
                cells = [(k, self.widths[k], self._cell_lines(t, self.widths[k], row.bold), centers[k])
                         for k, t in enumerate(row.cells)]
                bold = row.bold
            h = max([self._lines_h(c[2]) for c in cells] + [self.lead]) + 2 * VPAD
            rows.append((h, cells, bold, row.merge_up))
            if progress and i % 500 == 499:
                progress(base + i + 1)
        return head, head_h, rows, _cum(rows)

    # ---- platypus protocol ----
    def wrap(self, aw, ah):
        head_h, cum = self.data[1], self.data[3]
        self.height = head_h + self.cont_h + cum[self.end] - cum[self.start]
        self.width = self.xs[-1]
        self.aw = aw
        return self.width, self.height

    def _piece(self, start, end, data=None, cont: str = ""):
        t = Table(self.a, self.frame_h, _data=data or self.data, _start=start, _end=end, _cont=cont)
        return t

    @staticmethod
    def continued(rows, k: int) -> str:
        """The "(tiếp theo)" line for a piece starting at row *k*: the TT/index cells of the task
        whose continuation rows go over the page, or "" when row *k* starts a task of its own."""
        merge = rows[k][3]
        if not merge:
            return ""
        j = k
        while j > 0 and rows[j][3]:
            j -= 1
        cells = {c[0]: " ".join(ln for ln in c[2] if ln and ln != GAP) for c in rows[j][1]}
        who = " ".join(cells.get(col, "").strip() for col in sorted(merge) if cells.get(col, "").strip())
        return f"{who} (tiếp theo)" if who else "(tiếp theo)"

    def split(self, aw, ah):
        head, head_h, rows, cum = self.data
        avail = ah - head_h - self.cont_h
        y = 0.0
        k = self.start
        while k < self.end and y + rows[k][0] <= avail:
            y += rows[k][0]
            k += 1
        if k == self.end:
            return [self]
        # a group heading (bold row) never ends a page alone: it goes over with its first task
        while k - 1 > self.start and rows[k - 1][2]:
            k -= 1
        if k - 1 == self.start and rows[k - 1][2] and ah < self.frame_h - 1:
            return []          # only headings would fit here: the table goes on on the next page
        if k > self.start:
            return [self._piece(self.start, k, cont=self.cont), self._piece(k, self.end, cont=self.continued(rows, k))]
        # not even one row fits: move on, unless the row is taller than a page
        h, cells, bold, merge = rows[k]
        if h <= self.frame_h - head_h or avail < 3 * self.lead:
            return []
        fit = max(1, int((avail - 2 * VPAD) // self.lead))
        first = [(c[0], c[1], c[2][:fit], c[3]) for c in cells]
        rest = [(c[0], c[1], c[2][fit:], c[3]) for c in cells]
        r1 = (max(self._lines_h(c[2]) for c in first) + 2 * VPAD, first, bold, merge)
        r2 = (max(self._lines_h(c[2]) for c in rest) + 2 * VPAD, rest, bold, ())
        new_rows = rows[:k] + [r1, r2] + rows[k + 1:]
        data = (head, head_h, new_rows, _cum(new_rows))
        return [self._piece(k, k + 1, data, cont=self.cont if k == self.start else ""),
                self._piece(k + 1, self.end + 1, data)]

    def draw(self):
        # Raw PDF operators: reportlab's drawString/path API formats every
        # number in Python and dominates the time on big tables.
        c = self.canv
        pdoc = c._doc
        head, head_h, rows, _ = self.data
        top = self.height
        total = self.xs[-1]
        x0 = (self.aw - total) / 2 if self.aw > total else 0
        lead, size = self.lead, self.size
        fonts = {True: getFont(font(True)), False: getFont(font(False))}
        base = size * 0.27
        out = [f"q 1 0 0 1 {x0:.2f} 0 cm {GRID_W:g} w 0 g 0 G"]
        lines = []

        def text(bold, x, y, s, center=False, width=0.0):
            f = fonts[bold]
            if center:
                x = x + (width - self._w(s, bold)) / 2
            ops = [f"BT 1 0 0 1 {x:.2f} {y:.2f} Tm"]
            for subset, t in f.splitString(s, pdoc):
                ops.append(f"{f.getSubsetInternalName(subset, pdoc)} {size:g} Tf <{t.hex()}> Tj")
            ops.append("ET")
            out.append(" ".join(ops))

        # header
        for x, w, ytop, h, hl in head:
            lines.append(f"{x:.2f} {top - ytop - h:.2f} {w:.2f} {h:.2f} re")
            ty = top - ytop - h / 2 + self._lines_h(hl) / 2
            for ln in hl:
                if ln == GAP:
                    ty -= 2 * VPAD
                    continue
                ty -= lead
                text(True, x, ty + base, ln, True, w)
        y = top - head_h
        lines.append(f"0 {y:.2f} m {total:.2f} {y:.2f} l")
        if self.cont:
            f_it = getFont(font(False, True))
            ty = y - PAD
            for ln in self.cont_lines:
                ty -= lead
                ops = [f"BT 1 0 0 1 {PAD:.2f} {ty + base:.2f} Tm"]
                for subset, t in f_it.splitString(ln, pdoc):
                    ops.append(f"{f_it.getSubsetInternalName(subset, pdoc)} {size:g} Tf <{t.hex()}> Tj")
                ops.append("ET")
                out.append(" ".join(ops))
            yb = y - self.cont_h
            lines.append(f"0 {y:.2f} m 0 {yb:.2f} l {total:.2f} {y:.2f} m {total:.2f} {yb:.2f} l")
            y = yb
            lines.append(f"0 {y:.2f} m {total:.2f} {y:.2f} l")
        xs = self.xs
        for k in range(self.start, self.end):
            h, cells, bold, merge = rows[k]
            yb = y - h
            for col, w, cl, center in cells:
                x = xs[col]
                if col not in merge or k == self.start:
                    lines.append(f"{x:.2f} {y:.2f} m {x + w:.2f} {y:.2f} l")
                lines.append(f"{x:.2f} {y:.2f} m {x:.2f} {yb:.2f} l")
                ty = y - VPAD
                for ln in cl:
                    if ln == GAP:
                        ty -= 2 * VPAD
                        continue
                    ty -= lead
                    if ln:
                        if center:
                            text(bold, x, ty + base, ln, True, w)
                        else:
                            text(bold, x + PAD, ty + base, ln)
            lines.append(f"{total:.2f} {y:.2f} m {total:.2f} {yb:.2f} l")
            y = yb
        lines.append(f"0 {y:.2f} m {total:.2f} {y:.2f} l")
        out.append("\n".join(lines) + "\nS Q")
        c._code.append("\n".join(out))

    def _w(self, s, bold):
        return WRAP.width(s, font(bold), self.size)


# ---------------------------------------------------------------- document --
def _styles(doc: Document) -> dict[str, ParagraphStyle]:
    s = doc.setup
    size = s.font_size
    body = ParagraphStyle("body", fontName=font(), fontSize=size, leading=size * LINE * s.line_spacing,
                          alignment=TA_JUSTIFY, firstLineIndent=s.indent * mm, spaceBefore=s.space_before,
                          allowWidows=0, allowOrphans=0,   # Word's widow control (KHBody)
                          spaceShrinkage=0)   # Word and LibreOffice never squeeze spaces to fit a line
                                              # (reportlab's default lets them shrink 5 %: other breaks)
    bold = ParagraphStyle("bold", parent=body, fontName=font(True))
    center = ParagraphStyle("center", parent=body, alignment=TA_CENTER, firstLineIndent=0, spaceBefore=0,
                            leading=size * LINE)
    return {
        "body": body, "dash": body, "plus": body, "diem": body,
        "muc": ParagraphStyle("muc", parent=bold),
        "khoan": ParagraphStyle("khoan", parent=bold),
        "part": ParagraphStyle("part", parent=bold),
        "doctype": ParagraphStyle("doctype", parent=center, fontName=font(True), fontSize=W.SIZE_DOCTYPE,
                                  spaceBefore=24, keepWithNext=1),
        "subject": ParagraphStyle("subject", parent=center, fontName=font(True), fontSize=W.SIZE_SUBJECT,
                                  keepWithNext=1),
        "appx_label": ParagraphStyle("al", parent=center, fontName=font(True), fontSize=W.SIZE_APPX_LABEL,
                                     keepWithNext=1),
        "appx_title": ParagraphStyle("at", parent=center, fontName=font(True), fontSize=W.SIZE_APPX_TITLE,
                                     keepWithNext=1),
        "appx_attach": ParagraphStyle("aa", parent=center, fontName=font(False, True),
                                      fontSize=W.SIZE_APPX_ATTACH, keepWithNext=1),
    }


CAPS_STYLES = ("part", "muc")


def _markup(runs, bold_all=False) -> str:
    out = []
    for text, b, i in runs:
        t = xesc(text).replace("\n", "<br/>")
        if b and not bold_all:
            t = f"<b>{t}</b>"
        if i:
            t = f"<i>{t}</i>"
        out.append(t)
    return "".join(out)


class _Doc(BaseDocTemplate):
    def __init__(self, f, doc: Document, state: dict, **kw):
        s = doc.setup
        super().__init__(f, pagesize=A4, leftMargin=s.left * mm, rightMargin=s.right * mm,
                         topMargin=s.top * mm, bottomMargin=s.bottom * mm, **kw)
        self.state = state
        self.setup = s

        def number(canv, d):
            n = canv.getPageNumber() - state["start"] + 1
            if n > 1:
                w, h = canv._pagesize
                canv.setFont(font(), W.SIZE_PAGENUM)
                y = h - s.header * mm - W.SIZE_PAGENUM * 0.9
                canv.drawCentredString(s.left * mm + (w - (s.left + s.right) * mm) / 2, y, str(n))

        templates = []
        for tid, size in (("P", A4), ("L", landscape(A4))):
            w, h = size
            fr = Frame(s.left * mm, s.bottom * mm, w - (s.left + s.right) * mm, h - (s.top + s.bottom) * mm,
                       leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=tid + "f")
            templates.append(PageTemplate(id=tid, frames=[fr], onPageEnd=number, pagesize=size))
        self.addPageTemplates(templates)


HEADINGS = ("part", "muc", "khoan", "diem")


def figure_flowable(fig: W.Figure, width: float, space_before: float):
    """The figure's reportlab Drawing drawn natively (vectors and the embedded font), centred, scaled down to
    the text width if wider; None when it draws nothing."""
    d = fig.drawing(width)
    if d is None:
        return None
    if d.width > width:
        k = width / d.width
        d.scale(k, k)
        d.width, d.height = d.width * k, d.height * k
    d.hAlign = "CENTER"
    return KeepTogether([Spacer(1, space_before), d])


def story(doc: Document, state: dict, progress=None) -> list:
    st = _styles(doc)
    out: list = [header_flowable(doc), Paragraph(xesc(doc.title.doc_type), st["doctype"])]
    for line in doc.title.subject_lines:
        out.append(Paragraph(xesc(line), st["subject"]))
    if doc.title.subject_lines:
        out.append(Rule(doc.title.rule, 7, 4))
    body = doc.body
    line = doc.setup.font_size * LINE * doc.setup.line_spacing + doc.setup.space_before
    text_w = doc.setup.text_width_mm() * mm
    for k, p in enumerate(body):
        if p.figure is not None:
            fig = figure_flowable(p.figure, text_w, doc.setup.space_before)
            if fig is not None:
                out.append(fig)
            continue
        if p.style in HEADINGS:
            # keep a heading with the first lines of what follows (like Word's
            # "keep with next", which only needs the next paragraph's first line)
            n = 1
            while k + n < len(body) and body[k + n].style in HEADINGS:
                n += 1
            out.append(CondPageBreak(line * (n + 2)))
        runs = p.runs
        if p.style in CAPS_STYLES:   # Word's "All caps" of the same style
            runs = [(t.upper(), b, i) for t, b, i in runs]
        out.append(Paragraph(_markup(runs, p.style in ("muc", "khoan", "part")), st[p.style]))
    # the signature page must carry the end of the text, never Nơi nhận and the
    # signature alone (Word: "keep with next" on the last paragraph)
    sig = signature_flowable(doc)
    if body:
        out[-1] = KeepTogether([out[-1], sig])
    else:
        out.append(sig)
    done = 0
    for a in doc.appendices:
        out.append(NextPageTemplate("L" if a.landscape else "P"))
        out.append(PageBreak())
        out.append(SectionStart(state))
        out.append(Paragraph(xesc(a.label), st["appx_label"]))
        if a.title:
            out.append(Paragraph(xesc(a.title.upper()), st["appx_title"]))
        if a.attachment:
            out.append(Paragraph(xesc(keep_spaces(a.attachment)), st["appx_attach"]))
        tw = doc.setup.text_width_mm(a.landscape) * mm
        out.append(Rule(min(stringWidth(a.attachment or a.title, font(), W.SIZE_APPX_ATTACH), tw) * 0.3,
                        7, 10))
        if a.columns:
            out.append(Table(a, doc.setup.text_height_mm(a.landscape) * mm, progress, done))
        done += len(a.rows)
    return out


def write(doc: Document, fileobj, progress=None) -> None:
    register_fonts()
    state = {"start": 1}
    title = " ".join([doc.title.doc_type] + doc.title.subject_lines)
    d = _Doc(fileobj, doc, state, title=title, author="", creator="Ke hoach (core.export)", lang="vi-VN",
             initialFontName=font(), initialFontSize=doc.setup.font_size)
    d.build(story(doc, state, progress))
