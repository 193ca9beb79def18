"""PDF writer (reportlab), the same layout as the Word file.

The font is Liberation Serif (metric-compatible with Times New Roman, full
Vietnamese coverage), embedded as a subset.  Body text uses platypus
paragraphs (justified, inline bold/italic); the header, the signature block
and the appendix tables are drawn by small custom flowables.  The appendix
table measures every row once, so splitting a 10,000-row table over pages
costs time in proportion to its length (platypus' own Table re-measures the
remainder at every page break).

The writer's parts: :mod:`.text` (measures, fonts, wrapping), :mod:`.flowables` (header, signature,
rules), :mod:`.table` (appendix tables) and :mod:`.document` (styles, page templates, the story,
:func:`write`).
"""
from __future__ import annotations

from .document import CAPS_STYLES, HEADINGS, _styles, figure_flowable, story, write
from .flowables import Lines, Rule, SectionStart, header_flowable, signature_flowable
from .table import Table
from .text import GAP, GRID_W, LINE, PAD, RULE_W, VPAD, WRAP, Wrapper, font, keep_spaces, xesc

__all__ = ["CAPS_STYLES", "HEADINGS", "_styles", "figure_flowable", "story", "write", "Lines", "Rule", "SectionStart",
           "header_flowable", "signature_flowable", "Table", "GAP", "GRID_W", "LINE", "PAD", "RULE_W", "VPAD", "WRAP",
           "Wrapper", "font", "keep_spaces", "xesc"]
