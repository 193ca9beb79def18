"""word/styles.xml: one named style per level of the body, so a clerk editing in Word keeps the format.
"""
from __future__ import annotations

from .. import walk as W
from ..layout import mm_to_twips, pt_to_twips
from ..walk import Document
from .xml import NS, RF, esc

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
    from ..layout import text_width
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


W_STYLE = {k: v[0] for k, v in BODY_STYLES.items()}
