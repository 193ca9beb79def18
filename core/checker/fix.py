"""A corrected copy of a Word document: the fixable findings of check-docx put right.

    from core.checker.fix import write_corrected
    fixed, left = write_corrected("van-ban.docx", "van-ban (đã sửa).docx")

The original is never written: the copy must be another file
(:func:`core.fileio.guard_output` refuses the source itself, a plan file, or an
existing file of another kind), and it is written through the atomic writer.
Only formatting changes — sizes, bold/italic, capitals shown by ``w:caps``
(the typed text stays as typed), alignment, indents, spacing, page size and
margins, the rules under the motto / agency / subject, page numbers, an
appendix's page numbering restarting at 1 — plus the closing "./." where the
body has none.  Every other part of the package is copied unchanged.
"""
from __future__ import annotations

import copy
import io
import os
import zipfile

from lxml import etree

from ..fileio import atomic_write, guard_output
from . import check_document
from .document import R_NS, Document, _owner_p, w
from .rules import Finding, config

_RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
              "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w",
              "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign",
              "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"]
_PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
              "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
              "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
              "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
              "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]
_SECT_ORDER = ["headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc",
               "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg",
               "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange"]
_HDR_T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
_HDR_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def _child(parent, tag: str, order: list[str]):
    """The child *tag* of *parent*, created at its place in the schema's order."""
    el = parent.find(w(tag))
    if el is not None:
        return el
    el = etree.Element(w(tag))
    pos = order.index(tag) if tag in order else len(order)
    for i, ch in enumerate(parent):
        name = etree.QName(ch).localname if isinstance(ch.tag, str) else ""
        if name in order and order.index(name) > pos:
            parent.insert(i, el)
            return el
    parent.append(el)
    return el


def _ppr(p):
    ppr = p.find(w("pPr"))
    if ppr is None:
        ppr = etree.Element(w("pPr"))
        p.insert(0, ppr)
    return ppr


def _rpr(r):
    rpr = r.find(w("rPr"))
    if rpr is None:
        rpr = etree.Element(w("rPr"))
        r.insert(0, rpr)
    return rpr


def _runs(p):
    return [r for r in p.iter(w("r")) if _owner_p(r) is p and r.find(w("t")) is not None]


def _set_toggle(rpr, tag: str, on: bool) -> None:
    el = _child(rpr, tag, _RPR_ORDER)
    el.attrib.clear()
    if not on:
        el.set(w("val"), "0")
    cs = {"b": "bCs", "i": "iCs"}.get(tag)
    if cs:
        el2 = _child(rpr, cs, _RPR_ORDER)
        el2.attrib.clear()
        if not on:
            el2.set(w("val"), "0")


def apply_run_fix(p, fix: dict, font: str) -> None:
    for r in _runs(p):
        rpr = _rpr(r)
        if "size" in fix:
            v = str(int(round(fix["size"] * 2)))
            _child(rpr, "sz", _RPR_ORDER).set(w("val"), v)
            _child(rpr, "szCs", _RPR_ORDER).set(w("val"), v)
        for k in ("b", "i", "caps"):
            if k in fix:
                _set_toggle(rpr, k, bool(fix[k]))
        if fix.get("font"):
            f = _child(rpr, "rFonts", _RPR_ORDER)
            for a in list(f.attrib):
                if a.endswith("Theme"):
                    del f.attrib[a]
            for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
                f.set(w(slot), font)
        if fix.get("color"):
            c = _child(rpr, "color", _RPR_ORDER)
            c.attrib.clear()
            c.set(w("val"), "000000")


def apply_para_fix(p, fix: dict) -> None:
    if not any(k in fix for k in ("jc", "first", "before", "line")):
        return
    ppr = _ppr(p)
    if "jc" in fix:
        _child(ppr, "jc", _PPR_ORDER).set(w("val"), fix["jc"])
    if "first" in fix:
        ind = _child(ppr, "ind", _PPR_ORDER)
        for a in ("hanging", "hangingChars", "firstLineChars"):
            ind.attrib.pop(w(a), None)
        ind.set(w("firstLine"), str(fix["first"]))
    if "before" in fix:
        sp = _child(ppr, "spacing", _PPR_ORDER)
        sp.attrib.pop(w("beforeAutospacing"), None)
        sp.attrib.pop(w("beforeLines"), None)
        sp.set(w("before"), str(fix["before"]))
    if "line" in fix:
        sp = _child(ppr, "spacing", _PPR_ORDER)
        sp.set(w("line"), str(fix["line"]))
        sp.set(w("lineRule"), "auto")


def _cell_width(p) -> int | None:
    el = p.getparent()
    while el is not None and etree.QName(el).localname != "tc":
        el = el.getparent()
    if el is None:
        return None
    tw = el.find(f"{w('tcPr')}/{w('tcW')}")
    try:
        return int(tw.get(w("w"))) if tw is not None and tw.get(w("type"), "dxa") == "dxa" else None
    except (TypeError, ValueError):
        return None


def insert_rule_after(doc: Document, para, share: float | None) -> None:
    """An empty 2-pt paragraph with a bottom border under *para*: as long as the text
    (``share`` None) or that share of it, centred."""
    from ..export.layout import text_width
    p = para.el
    size = max(para.sizes() or {14.0})
    text_tw = text_width(para.stripped, size, bold=para.all_on("b")) * 20
    line_tw = text_tw if share is None else text_tw * share
    sec = doc.sections[para.section]
    avail = _cell_width(p)
    if avail is None:
        pw, l_, r_ = sec.twips("pgSz", "w") or 11906, sec.twips("pgMar", "left") or 1985, sec.twips("pgMar", "right") or 1134
        avail = pw - l_ - r_
    side = max(int((avail - line_tw) / 2), 0)
    new = etree.Element(w("p"))
    ppr = etree.SubElement(new, w("pPr"))
    bdr = etree.SubElement(ppr, w("pBdr"))
    etree.SubElement(bdr, w("bottom"), {w("val"): "single", w("sz"): "6", w("space"): "1", w("color"): "000000"})
    # the space that followed the text now follows the rule, so the rule sits right under the text
    after = int(para.props.get("after", 0) or 0)
    sp = _child(_ppr(p), "spacing", _PPR_ORDER)
    sp.set(w("after"), "0")
    for a in ("afterAutospacing", "afterLines"):
        sp.attrib.pop(w(a), None)
    etree.SubElement(ppr, w("spacing"), {w("before"): "0", w("after"): str(after), w("line"): "40",
                                         w("lineRule"): "exact"})
    etree.SubElement(ppr, w("ind"), {w("left"): str(side), w("right"): str(side), w("firstLine"): "0"})
    etree.SubElement(ppr, w("jc"), {w("val"): "center"})
    rpr = etree.SubElement(ppr, w("rPr"))
    etree.SubElement(rpr, w("sz"), {w("val"): "4"})
    p.addnext(new)


def add_closing_mark(para) -> None:
    runs = _runs(para.el)
    if not runs:
        return
    t = runs[-1].findall(w("t"))[-1]
    text = (t.text or "").rstrip()
    t.text = text[:-1] + "./." if text.endswith(".") else text + "./."


def set_text(para, text: str) -> None:
    runs = _runs(para.el)
    if not runs:
        return
    for r in runs:
        for t in r.findall(w("t")):
            t.text = ""
    runs[0].find(w("t")).text = text


class _Writer:
    """New and changed parts of the package."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.changed: dict[str, object] = {}
        self.added: dict[str, bytes] = {}
        self.rels_root = None
        self.ct_root = None

    def header_rel(self, xml: bytes) -> str:
        doc = self.doc
        n = 1
        while doc.pkg.has(f"{doc.folder}headerKT{n}.xml") or f"{doc.folder}headerKT{n}.xml" in self.added:
            n += 1
        part = f"{doc.folder}headerKT{n}.xml"
        self.added[part] = xml
        rels_part = doc.folder + "_rels/" + doc.main.rsplit("/", 1)[-1] + ".rels"
        if self.rels_root is None:
            self.rels_root = copy.deepcopy(doc.pkg.xml(rels_part)) if doc.pkg.has(rels_part) else \
                etree.Element(f"{{{PKG_REL}}}Relationships", nsmap={None: PKG_REL})
            self.changed[rels_part] = self.rels_root
        ids = {r.get("Id") for r in self.rels_root}
        k = 1
        while f"rIdKT{k}" in ids:
            k += 1
        etree.SubElement(self.rels_root, f"{{{PKG_REL}}}Relationship",
                         {"Id": f"rIdKT{k}", "Type": _HDR_T, "Target": f"headerKT{n}.xml"})
        if self.ct_root is None:
            self.ct_root = copy.deepcopy(doc.pkg.xml("[Content_Types].xml"))
            self.changed["[Content_Types].xml"] = self.ct_root
        etree.SubElement(self.ct_root, f"{{{CT_NS}}}Override", {"PartName": "/" + part, "ContentType": _HDR_CT})
        return f"rIdKT{k}"


def _header_xml(page: bool, font: str) -> bytes:
    ns = f'xmlns:w="{w("")[1:-1]}"'
    if not page:
        return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {ns}><w:p/></w:hdr>'.encode()
    rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>'
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {ns}><w:p><w:pPr><w:jc w:val="center"/>'
            f'</w:pPr><w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r><w:r>{rpr}<w:instrText xml:space="preserve"> PAGE '
            f'</w:instrText></w:r><w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r><w:r>{rpr}<w:t>2</w:t></w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>').encode()


def _set_header(sect, kind: str, rid: str) -> None:
    for ref in sect.findall(w("headerReference")):
        if ref.get(w("type"), "default") == kind:
            sect.remove(ref)
    el = etree.Element(w("headerReference"), {w("type"): kind, f"{{{R_NS}}}id": rid})
    sect.insert(0, el)


def _title_pg(sect) -> None:
    _child(sect, "titlePg", _SECT_ORDER).attrib.clear()


def _fix_page_field(doc: Document, writer: _Writer, part: str, fix: dict) -> None:
    root = writer.changed.get(part)
    if root is None:
        root = copy.deepcopy(doc.part(part))
        writer.changed[part] = root
    for p in root.iter(w("p")):
        instr = " ".join([fs.get(w("instr"), "") for fs in p.iter(w("fldSimple"))] +
                         [it.text or "" for it in p.iter(w("instrText"))])
        if "PAGE" not in instr.upper().split():
            continue
        if fix.get("jc"):
            _child(_ppr(p), "jc", _PPR_ORDER).set(w("val"), "center")
        if fix.get("size"):
            for r in p.iter(w("r")):
                rpr = _rpr(r)
                _child(rpr, "sz", _RPR_ORDER).set(w("val"), str(fix["size"] * 2))
                _child(rpr, "szCs", _RPR_ORDER).set(w("val"), str(fix["size"] * 2))


def apply(doc: Document, findings: list[Finding]) -> list[Finding]:
    """Apply the fixable findings to the document's XML in memory; returns those applied."""
    cfg = config()
    font = cfg["font"]
    writer = _Writer(doc)
    doc._writer = writer
    done: list[Finding] = []
    rules_after: list = []
    for f in findings:
        if not f.fixable:
            continue
        r = f.rule
        paras = [doc.paras[i] for i in f.paras]
        if r in ("page.paper", "page.margins"):
            sec = doc.sections[f.fix["section"]]
            _fix_page(sec, cfg)
        elif r == "font.family":
            for p in paras:
                apply_run_fix(p.el, {"font": True}, font)
        elif r == "font.color":
            for p in paras:
                apply_run_fix(p.el, {"color": True}, font)
        elif r == "header.motto.text":
            set_text(paras[0], f.fix["text"])
        elif r in ("header.motto_rule",):
            rules_after.append((paras[0], None))
        elif r in ("header.agency_rule", "title.subject_rule"):
            rules_after.append((paras[0], 0.4))
        elif r == "body.closing":
            add_closing_mark(paras[0])
        elif r.startswith("page_numbers."):
            _fix_page_numbers(doc, writer, r, font)
        elif r == "appendix.numbering":
            sect = doc.sections[f.fix["section"]].el
            _child(sect, "pgNumType", _SECT_ORDER).set(w("start"), "1")
            _title_pg(sect)
        elif f.fix:
            for p in paras:
                apply_run_fix(p.el, f.fix, font)
                apply_para_fix(p.el, f.fix)
        else:
            continue
        done.append(f)
    for para, share in rules_after:
        insert_rule_after(doc, para, share)
    return done


def _fix_page(sec, cfg: dict) -> None:
    sect = sec.el
    pg = _child(sect, "pgSz", _SECT_ORDER)
    land = sec.landscape
    pw, ph = cfg["paper"]["w"], cfg["paper"]["h"]
    pg.set(w("w"), str(ph if land else pw))
    pg.set(w("h"), str(pw if land else ph))
    mar = _child(sect, "pgMar", _SECT_ORDER)
    for side, (lo, hi) in cfg["margins_mm"].items():
        try:
            v = abs(int(mar.get(w(side)))) / 56.7
        except (TypeError, ValueError):
            v = cfg["margins_default_mm"][side]
        if v < lo - 0.3 or v > hi + 0.3:
            v = lo if v < lo else hi
            mar.set(w(side), str(int(round(v * 56.7 + 0.49))))
    for a, default in (("header", "567"), ("footer", "567"), ("gutter", "0")):
        if mar.get(w(a)) is None:
            mar.set(w(a), default)


def _fix_page_numbers(doc: Document, writer: _Writer, rule: str, font: str) -> None:
    sec = doc.sections[0]
    if rule in ("page_numbers.missing", "page_numbers.footer"):
        if getattr(writer, "_numbers_added", False):
            return
        writer._numbers_added = True
        rid = writer.header_rel(_header_xml(True, font))
        rid1 = writer.header_rel(_header_xml(False, font))
        for s in doc.sections:
            # every section that has no header of its own inherits these; one that has its own gets them too
            if s.index == 0 or s.el.find(w("headerReference")) is not None:
                _set_header(s.el, "first", rid1)
                _set_header(s.el, "default", rid)
            _title_pg(s.el)
    elif rule == "page_numbers.first":
        for s in doc.sections:
            _title_pg(s.el)
        if doc.page_field(sec.headers.get("first")):
            rid1 = writer.header_rel(_header_xml(False, font))
            _set_header(sec.el, "first", rid1)
    elif rule in ("page_numbers.center", "page_numbers.size"):
        part = sec.headers.get("default")
        if part:
            lo, hi = config()["sizes"]["page_number"]
            _fix_page_field(doc, writer, part, {"jc": rule.endswith("center"), "size": hi if rule.endswith("size") else 0})


def serialize(doc: Document) -> bytes:
    writer: _Writer = getattr(doc, "_writer", None) or _Writer(doc)
    changed = dict(writer.changed)
    changed[doc.main] = doc.root
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in doc.pkg.infos:
            if name.endswith("/"):
                continue
            if name in changed:
                data = etree.tostring(changed[name], xml_declaration=True, encoding="UTF-8", standalone=True)
            else:
                data = doc.pkg.read(name)
            z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
        for name, data in writer.added.items():
            z.writestr(name, data)
    return out.getvalue()


def write_corrected(src: str, dest: str, force: bool = False) -> tuple[list[Finding], list[Finding]]:
    """Write a corrected copy of *src* to *dest* (never over *src*).  Returns the findings
    fixed and the findings the copy still has (checked again after writing)."""
    from . import check_docx
    from .document import load
    guard_output(dest, "docx", sources=[src], force=force)
    if os.path.exists(dest) and os.path.exists(src) and os.path.samefile(src, dest):   # pragma: no cover
        raise AssertionError("guard_output lets the source through")
    doc = load(src)
    report = check_document(doc)
    fixed = apply(doc, report.findings)
    atomic_write(dest, serialize(doc), prefix=".~" + os.path.basename(dest) + ".")
    return fixed, check_docx(dest).findings
