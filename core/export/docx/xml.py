"""WordprocessingML pieces every part uses: escaping, a run, a paragraph, a drawn rule.
"""
from __future__ import annotations

import re

from ..layout import pt_to_twips

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
