"""The blocks of the document body: section properties and breaks, the header table, the title, a body
paragraph, the Nơi nhận and signature table.
"""
from __future__ import annotations

from .. import walk as W
from ..layout import mm_to_twips, pt_to_twips
from ..walk import Document, Para
from .styles import W_STYLE
from .xml import PORTRAIT, para, rule_para, run


# ----------------------------------------------------------------- blocks --
def _sect(doc: Document, landscape: bool, restart: bool) -> str:
    s = doc.setup
    w, h = PORTRAIT
    size = (f'<w:pgSz w:w="{h}" w:h="{w}" w:orient="landscape"/>' if landscape
            else f'<w:pgSz w:w="{w}" w:h="{h}"/>')
    mar = (f'<w:pgMar w:top="{mm_to_twips(s.top)}" w:right="{mm_to_twips(s.right)}" '
           f'w:bottom="{mm_to_twips(s.bottom)}" w:left="{mm_to_twips(s.left)}" '
           f'w:header="{mm_to_twips(s.header)}" w:footer="{mm_to_twips(s.header)}" w:gutter="0"/>')
    pg = '<w:pgNumType w:start="1"/>' if restart else ""
    return ('<w:sectPr><w:headerReference w:type="default" r:id="rIdHdr1"/>'
            '<w:headerReference w:type="first" r:id="rIdHdr2"/>'
            f'<w:type w:val="nextPage"/>{size}{mar}{pg}<w:cols w:space="720"/><w:titlePg/>'
            '<w:docGrid w:linePitch="360"/></w:sectPr>')


def _section_break(sect: str) -> str:
    """An almost invisible paragraph that carries a section's settings."""
    return ('<w:p><w:pPr><w:pStyle w:val="KHRule"/><w:spacing w:before="0" w:after="0" w:line="20" '
            f'w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>{sect}</w:pPr></w:p>')


def _tbl_open(widths: list[int], ind: int = 0, borders: bool = False, cell_mar: int = 0, jc: str = "") -> str:
    total = sum(widths)
    b = ("<w:tblBorders>" + "".join(f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                                     for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
         + "</w:tblBorders>") if borders else (
        "<w:tblBorders>" + "".join(f'<w:{e} w:val="nil"/>'
                                   for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>")
    j = f'<w:jc w:val="{jc}"/>' if jc else ""
    i = f'<w:tblInd w:w="{ind}" w:type="dxa"/>' if (ind and not jc) else ""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{total}" w:type="dxa"/>{j}{i}{b}<w:tblLayout w:type="fixed"/>'
            f'<w:tblCellMar><w:left w:w="{cell_mar}" w:type="dxa"/><w:right w:w="{cell_mar}" w:type="dxa"/>'
            '</w:tblCellMar><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" '
            f'w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>')


def _tc(width: int, content: str, span: int = 1, vmerge: str | None = None, valign: str = "") -> str:
    g = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    v = ('<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>") if vmerge else ""
    a = f'<w:vAlign w:val="{valign}"/>' if valign else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{g}{v}{a}</w:tcPr>{content}</w:tc>'


def header_xml(doc: Document) -> str:
    h = doc.header
    tw = mm_to_twips(doc.setup.text_width_mm())
    total = tw + 567
    right = max(int(total * 0.58), pt_to_twips(W.text_width(h.national, W.SIZE_NATIONAL, True)) + 200)
    left = total - right
    lp = []
    for line in h.parent_lines:
        lp.append(para("KHHeader", run(line, size=W.SIZE_AGENCY)))
    for line in h.agency_lines:
        lp.append(para("KHHeader", run(line, bold=True, size=W.SIZE_AGENCY)))
    if h.agency_lines:
        lp.append(rule_para(h.agency_rule, left))
    rp = [para("KHHeader", run(h.national, bold=True, size=W.SIZE_NATIONAL)),
          para("KHHeader", run(h.motto, bold=True, size=W.SIZE_MOTTO)),
          rule_para(h.motto_rule, right)]
    sp = '<w:spacing w:before="120" w:after="0" w:line="240" w:lineRule="auto"/>'
    num = para("KHHeader", run(h.number_line, size=W.SIZE_NUMBER), sp)
    date = para("KHHeader", run(h.place_date, italic=True, size=W.SIZE_DATE), sp)
    return (_tbl_open([left, right], ind=-284)
            + f'<w:tr>{_tc(left, "".join(lp) or para("KHHeader"))}{_tc(right, "".join(rp))}</w:tr>'
            + f'<w:tr>{_tc(left, num)}{_tc(right, date)}</w:tr></w:tbl>')


def title_xml(doc: Document) -> str:
    t = doc.title
    tw = mm_to_twips(doc.setup.text_width_mm())
    out = [para("KHDocType", run(t.doc_type, bold=True, size=W.SIZE_DOCTYPE))]
    if t.subject_lines:
        # one paragraph, its lines broken as a clerk does with Shift+Enter: edited in Word, the
        # trích yếu stays one centred block in the KHSubject style
        out.append(para("KHSubject", run("\n".join(t.subject_lines), bold=True, size=W.SIZE_SUBJECT)))
        out.append(rule_para(t.rule, tw))
    return "".join(out)


def body_para_xml(p: Para, size: float, keep_next: bool = False) -> str:
    sid = W_STYLE[p.style]
    bold_style = p.style in ("part", "muc", "khoan")
    rs = "".join(run(t, bold or bold_style, it, size) for t, bold, it in p.runs if t)
    kn = "<w:keepNext/>" if keep_next else ""
    return f'<w:p><w:pPr><w:pStyle w:val="{sid}"/>{kn}</w:pPr>{rs}</w:p>'


def signature_xml(doc: Document) -> str:
    sg = doc.signature
    tw = mm_to_twips(doc.setup.text_width_mm())
    left = int(tw * 0.46)
    right = tw - left

    def noinhan() -> str:
        out = [para("KHNoiNhan", run("Nơi nhận:", bold=True, italic=True, size=W.SIZE_NOINHAN))]
        out += [para("KHRecipient", run(line, size=W.SIZE_RECIPIENT)) for line in sg.recipients]
        return "".join(out)

    def signer(s: W.SignerBlock) -> str:
        out = []
        for i, line in enumerate(s.lines):
            extra = '<w:spacing w:before="240" w:after="0" w:line="240" w:lineRule="auto"/>' if i == 0 else ""
            out.append(para("KHSigner", run(line, bold=True, size=W.SIZE_SIGNER), extra))
        gap = '<w:spacing w:before="1680" w:after="0" w:line="240" w:lineRule="auto"/>'
        out.append(para("KHSigner", run(s.name, bold=True, size=W.SIZE_SIGNER) if s.name else "", gap))
        return "".join(out)

    if len(sg.signers) >= 2:
        half = tw // 2
        rows = []
        for k in range(0, len(sg.signers), 2):
            a = sg.signers[k]
            b = sg.signers[k + 1] if k + 1 < len(sg.signers) else None
            rows.append(f'<w:tr><w:trPr><w:cantSplit/></w:trPr>{_tc(half, signer(a))}'
                        f'{_tc(tw - half, signer(b) if b else para("KHSigner"))}</w:tr>')
        rows.append(f'<w:tr>{_tc(half, noinhan())}{_tc(tw - half, para("KHSigner"))}</w:tr>')
        return _tbl_open([half, tw - half]) + "".join(rows) + "</w:tbl>"
    right_xml = signer(sg.signers[0]) if sg.signers else para("KHSigner")
    return (_tbl_open([left, right])
            + f'<w:tr><w:trPr><w:cantSplit/></w:trPr>{_tc(left, noinhan())}{_tc(right, right_xml)}</w:tr></w:tbl>')
