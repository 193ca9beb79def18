"""The appendix table as one flowable that measures every row once and splits over pages, repeating
its header and marking a row continued from the page before.
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Flowable

from .. import walk as W
from ..walk import AppendixBlock
from .text import GAP, GRID_W, LINE, PAD, VPAD, WRAP, font


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
