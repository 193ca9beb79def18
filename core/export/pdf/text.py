"""Measures and text shared by the PDF parts: line height, rules and padding, the font of a weight and
slant, escaping for reportlab's markup, and line wrapping as Word wraps (:data:`WRAP`).
"""
from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth

from ..layout import PDF_FONT

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
