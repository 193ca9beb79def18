"""Appendix tables, written in chunks: columns, merged headers, row heights Word would compute.
"""
from __future__ import annotations

from .. import walk as W
from ..layout import mm_to_twips
from ..walk import AppendixBlock, Document
from .blocks import _tbl_open, _tc
from .xml import para, rule_para, run


def _cell_paras(text: str, style: str, bold: bool, jc: str, keep_next: bool = False) -> str:
    ppr = ("<w:keepNext/>" if keep_next else "") + (f'<w:jc w:val="{jc}"/>' if jc else "")
    lines = text.split("\n") if text else [""]
    out = []
    for line in lines:
        r = run(line, bold, False, W.SIZE_TABLE) if line else ""
        out.append(f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{ppr}</w:pPr>{r}</w:p>')
    return "".join(out)


CENTER_KEYS = ("tt", "deadline")


def _chars_per_line(widths_twips) -> list[int]:
    """How many characters of 12 pt Times New Roman (about 0.48 em each) fit on a line of each column."""
    return [max(1, int((w / 20 - 11) / (0.48 * W.SIZE_TABLE))) for w in widths_twips]


def _row_height_pt(cells, per_line: list[int]) -> float:
    """A rough height of a table row: enough to tell a row of a few lines from one of half a page."""
    lines = 1
    for text, n in zip(cells, per_line):
        if text and len(text) > n:
            lines = max(lines, sum(max(1, -(-len(part) // n)) for part in text.split("\n")))
        elif text and "\n" in text:
            lines = max(lines, text.count("\n") + 1)
    return lines * W.SIZE_TABLE * 1.2 + 6


def appendix_chunks(a: AppendixBlock, doc: Document, progress=None):
    """The appendix as XML text in pieces of a few hundred rows (streamed into the zip)."""
    out = [para("KHAppxLabel", run(a.label, bold=True, size=W.SIZE_APPX_LABEL))]
    if a.title:
        out.append(para("KHAppxTitle", run(a.title, bold=True, size=W.SIZE_APPX_TITLE)))
    if a.attachment:
        out.append(para("KHAppxAttach", run(a.attachment, italic=True, size=W.SIZE_APPX_ATTACH)))
    tw = mm_to_twips(doc.setup.text_width_mm(a.landscape))
    out.append(rule_para(min(W.text_width(a.attachment or a.title, W.SIZE_APPX_ATTACH) * 0.3, tw * 0.3 / 20),
                         tw))
    out.append('<w:p><w:pPr><w:pStyle w:val="KHRule"/><w:keepNext/><w:spacing w:before="0" w:after="0" '
               'w:line="240" w:lineRule="exact"/></w:pPr></w:p>')
    if not a.columns:
        yield "".join(out)
        return
    widths = [mm_to_twips(c.mm) for c in a.columns]
    n = len(widths)
    out.append(_tbl_open(widths, borders=True, cell_mar=57, jc="center"))
    # header rows (repeated on every page)
    for r, cells in enumerate(a.head):
        by_col = {c.col: c for c in cells}
        tcs = []
        col = 0
        while col < n:
            c = by_col.get(col)
            if c is None:   # continuation of a cell spanning two header rows
                tcs.append(_tc(widths[col], _cell_paras("", "KHTableHead", True, ""), vmerge="continue",
                               valign="center"))
                col += 1
                continue
            w = sum(widths[col:col + c.colspan])
            vm = "restart" if c.rowspan > 1 else None
            tcs.append(_tc(w, _cell_paras(c.text, "KHTableHead", True, ""), span=c.colspan, vmerge=vm,
                           valign="center"))
            col += c.colspan
        out.append(f'<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{"".join(tcs)}</w:tr>')
    # body rows
    page_h = doc.setup.text_height_mm(bool(a.landscape)) * 72 / 25.4
    per_line = _chars_per_line(widths)
    keys = [c.key for c in a.columns]
    jcs = ["center" if k in CENTER_KEYS else "" for k in keys]
    rows = a.rows
    nrows = len(rows)
    # the rows of one TT (a task and its continuation rows, merged down) stay on one page when
    # they fit: every row but the last keeps with the next (Word keeps table rows together so)
    with_next = [False] * nrows
    i = 0
    while i < nrows:
        j = i + 1
        while j < nrows and rows[j].kind != "group" and rows[j].merge_up:
            j += 1
        if j - i > 1 and rows[i].kind != "group" and \
                sum(_row_height_pt(r.cells, per_line) for r in rows[i:j]) < 0.8 * page_h:
            for k in range(i, j - 1):
                with_next[k] = True
        i = j
    chunk = []
    for i, row in enumerate(rows):
        # a group heading never ends a page alone: kept with the row after it
        heading = row.kind == "group" or row.bold
        if row.kind == "group":
            if a.has_tt and n > 1:
                tcs = (_tc(widths[0], _cell_paras(row.cells[0], "KHTable", True, "center", True))
                       + _tc(sum(widths[1:]), _cell_paras(row.cells[1], "KHTable", True, "", True), span=n - 1))
            else:
                tcs = _tc(sum(widths), _cell_paras(row.cells[-1], "KHTable", True, "", True), span=n)
        else:
            nxt = rows[i + 1].merge_up if i + 1 < nrows else ()
            parts = []
            for k, text in enumerate(row.cells):
                vm = "continue" if k in row.merge_up else ("restart" if k in nxt else None)
                parts.append(_tc(widths[k], _cell_paras(text, "KHTable", row.bold, jcs[k], heading or with_next[i]),
                                 vmerge=vm))
            tcs = "".join(parts)
        # a row is kept on one page, as offices set their tables — unless it is taller than about half
        # a page: moved whole it leaves half a page blank, and one taller than a page Word would clip
        keep = heading or _row_height_pt(row.cells, per_line) < 0.5 * page_h
        chunk.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{tcs}</w:tr>" if keep else f"<w:tr>{tcs}</w:tr>")
        if i % 250 == 249:
            out.append("".join(chunk))
            yield "".join(out)
            out, chunk = [], []
            if progress:
                progress(i + 1)
    out.append("".join(chunk))
    out.append("</w:tbl>")
    yield "".join(out)
