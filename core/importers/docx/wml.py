"""WordprocessingML names: the namespaces, the tags the reader looks for (computed once: they are
compared in the hottest loops, every run of every paragraph) and quick child lookups."""
from __future__ import annotations

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"



def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


# tags of the hottest loops (every run of every paragraph), computed once
_W_R, _W_RPR, _W_RSTYLE, _W_VAL, _W_B, _W_I, _W_VANISH = (
    w(x) for x in ("r", "rPr", "rStyle", "val", "b", "i", "vanish"))
_W_T, _W_TAB, _W_BR, _W_CR, _W_TYPE, _W_NBH, _W_SYM, _W_CHAR = (
    w(x) for x in ("t", "tab", "br", "cr", "type", "noBreakHyphen", "sym", "char"))
_W_SDT, _W_SDTCONTENT, _W_TXBX = w("sdt"), w("sdtContent"), w("txbxContent")
_W_SOFT_HYPHEN = w("softHyphen")
_MC_ALT = f"{{{MC}}}AlternateContent"
_RUN_HOLDERS = frozenset(w(x) for x in ("hyperlink", "smartTag", "ins", "fldSimple", "customXml", "sdtContent",
                                         "moveTo"))
_PICTURES = frozenset((w("drawing"), w("pict"), _MC_ALT))
_W_P, _W_PPR, _W_PSTYLE, _W_NUMPR, _W_SECTPR = w("p"), w("pPr"), w("pStyle"), w("numPr"), w("sectPr")
_W_BASEDON, _W_IND, _W_SZ = w("basedOn"), w("ind"), w("sz")
_W_TRPR, _W_TBLHEADER, _W_GRIDBEFORE, _W_TCPR, _W_GRIDSPAN, _W_VMERGE = (
    w(x) for x in ("trPr", "tblHeader", "gridBefore", "tcPr", "gridSpan", "vMerge"))


def _child(el, tag):
    """The first child of *el* with *tag* (what ``el.find(tag)`` gives; lxml's find goes through
    ElementPath and costs several times a walk over the few children of a run or a cell)."""
    if el is not None:
        for c in el:
            if c.tag == tag:
                return c
    return None


def _kids(el) -> dict:
    """The first child of each tag, by tag."""
    d: dict = {}
    if el is not None:
        for c in el:
            if c.tag not in d:
                d[c.tag] = c
    return d

