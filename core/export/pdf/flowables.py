"""Small flowables drawn by hand: a section start, a rule, lines of positioned text, and with them the
header block and the Nơi nhận and signature block.
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from .. import walk as W
from ..walk import Document
from .text import LINE, RULE_W, WRAP, font


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
