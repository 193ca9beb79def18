"""Word (.docx) writer.

The package is written directly as WordprocessingML (zip + XML strings):
python-docx's row and cell accessors are far too slow for appendix tables
with thousands of rows, and writing the XML ourselves keeps every byte
under control (golden-file tests compare document.xml and styles.xml).

Layout rules: Nghị định 30/2020/NĐ-CP Phụ lục I (see docs/export.md).
Every run names Times New Roman for ascii/hAnsi/eastAsia/cs; the text is
tagged vi-VN; each level of the body has its own named style so a clerk
who edits the file in Word keeps consistent formatting.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone

from . import walk as W
from .layout import mm_to_twips, pt_to_twips
from .walk import AppendixBlock, Document, Para

FONT = "Times New Roman"
RF = (f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>')
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
PORTRAIT = (11906, 16838)

_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def esc(s: str) -> str:
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return _BAD.sub("", s)


def _rpr(bold=False, italic=False, size=None) -> str:
    out = RF
    if bold:
        out += "<w:b/><w:bCs/>"
    if italic:
        out += "<w:i/><w:iCs/>"
    if size:
        out += f'<w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/>'
    return f"<w:rPr>{out}</w:rPr>"


_RPR_CACHE: dict = {}


def run(text: str, bold=False, italic=False, size=None) -> str:
    key = (bold, italic, size)
    rpr = _RPR_CACHE.get(key)
    if rpr is None:
        rpr = _RPR_CACHE[key] = _rpr(bold, italic, size)
    if "\n" in text or "\t" in text:
        parts = []
        for i, line in enumerate(text.split("\n")):
            if i:
                parts.append("<w:br/>")
            for j, chunk in enumerate(line.split("\t")):
                if j:
                    parts.append("<w:tab/>")
                if chunk:
                    parts.append(f'<w:t xml:space="preserve">{esc(chunk)}</w:t>')
        return f"<w:r>{rpr}{''.join(parts)}</w:r>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def para(style: str, runs_xml: str = "", ppr_extra: str = "", mark_rpr: str = "") -> str:
    """``ppr_extra`` must already be in schema order after pStyle."""
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{ppr_extra}{mark_rpr}</w:pPr>{runs_xml}</w:p>'


def rule_para(length_pt: float, cell_twips: int, style: str = "KHRule") -> str:
    """An empty, 2-pt-high paragraph whose bottom border is the rule,
    indented so that the border is exactly *length_pt* long and centred."""
    length = pt_to_twips(length_pt)
    side = max(0, (cell_twips - length) // 2)
    return (f'<w:p><w:pPr><w:pStyle w:val="{style}"/>'
            '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>'
            f'<w:ind w:left="{side}" w:right="{cell_twips - length - side}" w:firstLine="0"/>'
            '<w:rPr><w:sz w:val="4"/><w:szCs w:val="4"/></w:rPr></w:pPr></w:p>')


# ----------------------------------------------------------------- styles --
BODY_STYLES = {  # walk style -> (styleId, name)
    "body": ("KHBody", "KH Đoạn văn"),
    "part": ("KHPhan", "KH Phần"),
    "muc": ("KHMuc", "KH Mục (I.)"),
    "khoan": ("KHKhoan", "KH Khoản (1.)"),
    "diem": ("KHDiem", "KH Điểm (a))"),
    "dash": ("KHDash", "KH Gạch đầu dòng (-)"),
    "plus": ("KHPlus", "KH Dấu cộng (+)"),
}


def _dash_hang() -> int:
    """Width of "- " in a Nơi nhận line (11 pt), in twips: the hanging indent of a wrapped recipient."""
    from .layout import text_width
    return int(round(text_width("- ", W.SIZE_RECIPIENT) * 20))


def _style(sid: str, name: str, ppr: str = "", rpr: str = "", based: str = "Normal",
           nxt: str = "", kind: str = "paragraph", default: bool = False) -> str:
    d = ' w:default="1"' if default else ""
    b = f'<w:basedOn w:val="{based}"/>' if based else ""
    n = f'<w:next w:val="{nxt}"/>' if nxt else ""
    return (f'<w:style w:type="{kind}" w:styleId="{sid}"{d}><w:name w:val="{esc(name)}"/>{b}{n}'
            f'<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{RF}{rpr}</w:rPr></w:style>')


def styles_xml(doc: Document) -> str:
    s = doc.setup
    body_sz = int(s.font_size * 2)
    line = int(round(240 * s.line_spacing))
    before = pt_to_twips(s.space_before)
    indent = mm_to_twips(s.indent)
    lang = '<w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/>'
    sz = lambda pt: f'<w:sz w:val="{int(pt * 2)}"/><w:szCs w:val="{int(pt * 2)}"/>'  # noqa: E731
    tight = '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
    center = '<w:jc w:val="center"/>'
    st = [
        _style("Normal", "Normal", '<w:widowControl/>' + tight,
               f'<w:sz w:val="{body_sz}"/><w:szCs w:val="{body_sz}"/>{lang}', based="", default=True),
        _style("KHBody", "KH Đoạn văn",
               f'<w:widowControl/><w:spacing w:before="{before}" w:after="0" w:line="{line}" w:lineRule="auto"/>'
               f'<w:ind w:firstLine="{indent}"/><w:jc w:val="both"/>', nxt="KHBody"),
        _style("KHPhan", "KH Phần", '<w:keepNext/>', "<w:b/><w:bCs/><w:caps/>", based="KHBody", nxt="KHBody"),
        _style("KHMuc", "KH Mục (I.)", '<w:keepNext/><w:outlineLvl w:val="0"/>', "<w:b/><w:bCs/><w:caps/>",
               based="KHBody", nxt="KHBody"),
        _style("KHKhoan", "KH Khoản (1.)", '<w:keepNext/><w:outlineLvl w:val="1"/>', "<w:b/><w:bCs/>",
               based="KHBody", nxt="KHBody"),
        _style("KHDiem", "KH Điểm (a))", '<w:outlineLvl w:val="2"/>', "", based="KHBody", nxt="KHBody"),
        _style("KHDash", "KH Gạch đầu dòng (-)", "", "", based="KHBody", nxt="KHDash"),
        _style("KHPlus", "KH Dấu cộng (+)", "", "", based="KHBody", nxt="KHPlus"),
        _style("KHHeader", "KH Tiêu đề văn bản", tight + center, sz(W.SIZE_AGENCY)),
        _style("KHRule", "KH Đường kẻ",
               '<w:spacing w:before="0" w:after="0" w:line="100" w:lineRule="exact"/>',
               '<w:sz w:val="4"/><w:szCs w:val="4"/>'),
        _style("KHDocType", "KH Tên loại văn bản",
               '<w:keepNext/><w:spacing w:before="480" w:after="0" w:line="240" w:lineRule="auto"/>' + center,
               "<w:b/><w:bCs/>" + sz(W.SIZE_DOCTYPE), nxt="KHSubject"),
        _style("KHSubject", "KH Trích yếu", '<w:keepNext/>' + tight + center,
               "<w:b/><w:bCs/>" + sz(W.SIZE_SUBJECT)),
        _style("KHSigner", "KH Chức vụ người ký", tight + center, "<w:b/><w:bCs/>" + sz(W.SIZE_SIGNER)),
        _style("KHNoiNhan", "KH Nơi nhận",
               '<w:keepNext/><w:spacing w:before="240" w:after="0" w:line="240" w:lineRule="auto"/>',
               "<w:b/><w:bCs/><w:i/><w:iCs/>" + sz(W.SIZE_NOINHAN), nxt="KHRecipient"),
        # a recipient that wraps goes on under its text, not under the "-" (hanging indent)
        _style("KHRecipient", "KH Nơi nhận - dòng", tight + f'<w:ind w:left="{_dash_hang()}" w:hanging="{_dash_hang()}"/>',
               sz(W.SIZE_RECIPIENT)),
        _style("KHAppxLabel", "KH Phụ lục", '<w:keepNext/>' + tight + center,
               "<w:b/><w:bCs/>" + sz(W.SIZE_APPX_LABEL), nxt="KHAppxTitle"),
        _style("KHAppxTitle", "KH Tên phụ lục", '<w:keepNext/>' + tight + center,
               "<w:b/><w:bCs/><w:caps/>" + sz(W.SIZE_APPX_TITLE)),
        _style("KHAppxAttach", "KH Kèm theo", '<w:keepNext/>' + tight + center,
               "<w:i/><w:iCs/>" + sz(W.SIZE_APPX_ATTACH)),
        _style("KHTable", "KH Bảng",
               '<w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/>',
               sz(W.SIZE_TABLE)),
        _style("KHTableHead", "KH Bảng - tiêu đề", '<w:keepNext/>' + center, "<w:b/><w:bCs/>",
               based="KHTable"),
        _style("KHPageNum", "KH Số trang", tight + center, sz(W.SIZE_PAGENUM)),
    ]
    defaults = (f'<w:docDefaults><w:rPrDefault><w:rPr>{RF}<w:sz w:val="{body_sz}"/>'
                f'<w:szCs w:val="{body_sz}"/>{lang}</w:rPr></w:rPrDefault>'
                '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                '</w:pPrDefault></w:docDefaults>')
    table_normal = ('<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
                    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
                    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
                    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {NS}>{defaults}'
            + "".join(st) + table_normal + "</w:styles>")


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


W_STYLE = {k: v[0] for k, v in BODY_STYLES.items()}


# --------------------------------------------------------------- pictures --
EMU_PER_PT = 12700
NS_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
REL_IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"


@dataclass
class Picture:
    """A picture of the body: its part word/media/<name>, relationship id and size in EMU."""
    number: int
    png: bytes
    cx: int
    cy: int
    alt: str

    @property
    def rid(self) -> str:
        return f"rIdImg{self.number}"

    @property
    def name(self) -> str:
        return f"chart{self.number}.png"


def pictures(doc: Document) -> dict[int, Picture]:
    """The figures of the body (index in ``doc.body`` -> Picture), each drawn as wide as the text of the
    portrait page at most, rendered to PNG (core.export.picture); a figure that draws nothing is left out."""
    out: dict[int, Picture] = {}
    if not any(p.figure is not None for p in doc.body):
        return out
    from .picture import drawing_png
    s = doc.setup
    width = s.text_width_mm() * 72 / 25.4
    # the text width as Word has it: the page less the margins, each rounded up to whole twips (635 EMU each)
    room = (PORTRAIT[0] - mm_to_twips(s.left) - mm_to_twips(s.right)) * 635
    for k, p in enumerate(doc.body):
        if p.figure is None:
            continue
        d = p.figure.drawing(width)
        if d is None:
            continue
        scale = min(1.0, room / (d.width * EMU_PER_PT))        # never wider than the text
        png, _, _ = drawing_png(d)
        out[k] = Picture(len(out) + 1, png, int(d.width * scale * EMU_PER_PT),
                         int(d.height * scale * EMU_PER_PT), p.figure.alt)
    return out


def picture_xml(pic: Picture, keep_next: bool = False) -> str:
    """An inline picture in a centred paragraph of its own (DrawingML ``wp:inline``; the namespaces are
    declared on the elements, so documents without pictures stay byte for byte as they were)."""
    kn = "<w:keepNext/>" if keep_next else ""
    alt = esc(pic.alt)
    return (f'<w:p><w:pPr><w:pStyle w:val="KHBody"/>{kn}<w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr>'
            f'<w:r><w:rPr>{RF}<w:noProof/></w:rPr><w:drawing>'
            f'<wp:inline xmlns:wp="{NS_WP}" distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{pic.cx}" cy="{pic.cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:docPr id="{pic.number}" name="Biểu đồ {pic.number}" descr="{alt}"/>'
            f'<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="{NS_A}" noChangeAspect="1"/></wp:cNvGraphicFramePr>'
            f'<a:graphic xmlns:a="{NS_A}"><a:graphicData uri="{NS_PIC}"><pic:pic xmlns:pic="{NS_PIC}">'
            f'<pic:nvPicPr><pic:cNvPr id="{pic.number}" name="{pic.name}" descr="{alt}"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{pic.rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{pic.cx}" cy="{pic.cy}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
            '</wp:inline></w:drawing></w:r></w:p>')


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


def document_xml(doc: Document, progress=None, pics: dict[int, Picture] | None = None) -> str:
    return "".join(document_chunks(doc, progress, pics))


def document_chunks(doc: Document, progress=None, pics: dict[int, Picture] | None = None):
    """word/document.xml as a sequence of strings.  Big tables are streamed in
    pieces: joining one 25 MB string and encoding it costs more per row than
    small pieces that stay in the CPU cache.  *pics*: :func:`pictures` of *doc*
    (made here when not given)."""
    if pics is None:
        pics = pictures(doc)
    parts = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>',
             header_xml(doc), title_xml(doc)]
    size = doc.setup.font_size
    # the last paragraph keeps with the signature table: the signature page must
    # carry the end of the text, never Nơi nhận and the signature alone
    last = len(doc.body) - 1
    parts.extend(picture_xml(pics[k], k == last) if k in pics else body_para_xml(p, size, k == last)
                 for k, p in enumerate(doc.body) if p.figure is None or k in pics)
    parts.append(signature_xml(doc))
    yield "".join(parts)
    sections = [(False, False)] + [(a.landscape, True) for a in doc.appendices]
    done = 0
    for k, a in enumerate(doc.appendices):
        yield _section_break(_sect(doc, *sections[k]))

        def prog(i, base=done):
            if progress:
                progress(base + i)
        yield from appendix_chunks(a, doc, prog)
        done += len(a.rows)
    tail = []
    if doc.appendices:
        tail.append('<w:p><w:pPr><w:pStyle w:val="KHRule"/></w:pPr></w:p>')
    tail.append(_sect(doc, *sections[-1]))
    tail.append("</w:body></w:document>")
    yield "".join(tail)


def _hdr(content: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {NS}>{content}</w:hdr>'


def header_parts() -> tuple[str, str]:
    r = f"<w:rPr>{RF}</w:rPr>"
    field = (f'<w:r>{r}<w:fldChar w:fldCharType="begin"/></w:r>'
             f'<w:r>{r}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
             f'<w:r>{r}<w:fldChar w:fldCharType="separate"/></w:r>'
             f'<w:r>{r}<w:t>2</w:t></w:r><w:r>{r}<w:fldChar w:fldCharType="end"/></w:r>')
    return (_hdr(f'<w:p><w:pPr><w:pStyle w:val="KHPageNum"/></w:pPr>{field}</w:p>'),
            _hdr('<w:p><w:pPr><w:pStyle w:val="KHPageNum"/></w:pPr></w:p>'))


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdFonts" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/><Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdHdr2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/></Relationships>"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="vi-VN"/></w:settings>"""

FONT_TABLE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts {NS}><w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>"""


def content_types(pics: dict[int, Picture]) -> str:
    """[Content_Types].xml: PNG declared only when the document holds pictures."""
    if not pics:
        return CONTENT_TYPES
    return CONTENT_TYPES.replace('<Default Extension="xml" ', '<Default Extension="png" ContentType="image/png"/>'
                                                              '<Default Extension="xml" ', 1)


def doc_rels(pics: dict[int, Picture]) -> str:
    """word/_rels/document.xml.rels with one image relationship per picture."""
    if not pics:
        return DOC_RELS
    extra = "".join(f'<Relationship Id="{p.rid}" Type="{REL_IMAGE}" Target="media/{p.name}"/>'
                    for p in pics.values())
    return DOC_RELS.replace("</Relationships>", extra + "</Relationships>")


def core_xml(title: str, when: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{esc(title)}</dc:title><dc:language>vi-VN</dc:language>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>')


APP_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties '
           'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Ke hoach (core.export)</Application></Properties>')


def parts(doc: Document, when: str | None = None, progress=None) -> dict[str, str | bytes]:
    """All parts of the package, name -> XML text (a picture: PNG bytes)."""
    when = when or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    h1, h2 = header_parts()
    title = " ".join([doc.title.doc_type] + doc.title.subject_lines)
    pics = pictures(doc)
    return {
        "[Content_Types].xml": content_types(pics),
        "_rels/.rels": ROOT_RELS,
        "docProps/core.xml": core_xml(title, when),
        "docProps/app.xml": APP_XML,
        "word/_rels/document.xml.rels": doc_rels(pics),
        "word/document.xml": document_xml(doc, progress, pics),
        **{f"word/media/{p.name}": p.png for p in pics.values()},
        "word/styles.xml": styles_xml(doc),
        "word/settings.xml": SETTINGS,
        "word/fontTable.xml": FONT_TABLE,
        "word/header1.xml": h1,
        "word/header2.xml": h2,
    }


def write(doc: Document, fileobj, progress=None) -> None:
    """Write the package to an open binary file object (document.xml streamed)."""
    h1, h2 = header_parts()
    title = " ".join([doc.title.doc_type] + doc.title.subject_lines)
    when = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    pics = pictures(doc)
    small = {
        "[Content_Types].xml": content_types(pics), "_rels/.rels": ROOT_RELS,
        "docProps/core.xml": core_xml(title, when), "docProps/app.xml": APP_XML,
        "word/_rels/document.xml.rels": doc_rels(pics),
    }
    rest = {"word/styles.xml": styles_xml(doc), "word/settings.xml": SETTINGS,
            "word/fontTable.xml": FONT_TABLE, "word/header1.xml": h1, "word/header2.xml": h2}
    with zipfile.ZipFile(fileobj, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for name, xml in small.items():
            z.writestr(name, xml.encode("utf-8"))
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            for chunk in document_chunks(doc, progress, pics):
                f.write(chunk.encode("utf-8"))
        for name, xml in rest.items():
            z.writestr(name, xml.encode("utf-8"))
        for p in pics.values():         # PNG is compressed already
            z.writestr(f"word/media/{p.name}", p.png, compress_type=zipfile.ZIP_STORED)
