"""The blocks a reader hands to the builder: paragraphs (:class:`Para`) and tables (:class:`Table`
of :class:`Cell`), as typed — the Word reader and the seed-text reader both produce them."""
from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Run


@dataclass
class Para:
    runs: list[Run]
    numbered: str = ""     # a number Word's automatic numbering would print ("I.", "1.", "a)", "-")
    soft: bool = False     # begins after a manual line break (Shift+Enter) inside the same paragraph
    tabs: tuple = ()       # the pieces between tabs, when the line has tabs ("Số: 15/KH-BDT⇥Quảng Trị, ngày …")
    # where Word sets the line (the Word reader fills these; used to tell whether it runs to the margin)
    el: object = field(default=None, repr=False, compare=False)   # the w:p it comes from
    size: float = 0.0      # font size of the paragraph's style, in points (0: not known)
    ind: tuple = ()        # the style's indentation (left, right, first line), in twips
    width: float = 0.0     # text width of the page (section) it is on, in points (0: not known)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    @property
    def bold(self) -> bool:
        rs = [r for r in self.runs if r.text.strip()]
        return bool(rs) and all(r.bold for r in rs)

    @property
    def italic(self) -> bool:
        rs = [r for r in self.runs if r.text.strip()]
        return bool(rs) and all(r.italic for r in rs)


@dataclass
class Cell:
    text: str
    bold: bool = False
    span: int = 1          # horizontal span (merged cells)
    vmerge: bool = False   # continues the vertically merged cell above (Word's vMerge)


@dataclass
class Table:
    rows: list[list[Cell]] = field(default_factory=list)
    header_rows: int = 0   # rows marked to repeat on every page
    landscape: bool | None = None   # the page orientation of the Word section holding the table
