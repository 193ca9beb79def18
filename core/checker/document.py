"""A Word document read for format checking, with formatting resolved the way Word does.

The file is untrusted: it is opened with the importer's limited reader
(:class:`core.importers.docx._Package`: zip-bomb and entry limits, no DTD,
no entities, no network) and never with python-docx.

Resolution order, as Word applies it (ECMA-376 Part 1, §17.7.2):

* paragraph properties: document defaults (``pPrDefault``) → table style →
  paragraph style with its ``basedOn`` chain (the default paragraph style
  when the paragraph names none) → direct ``pPr``;
* run properties: document defaults (``rPrDefault``) → table style →
  paragraph style chain → character style chain (``rStyle``) → direct
  ``rPr``.  The toggle properties (bold, italic, caps) set in both a
  paragraph style and a character style cancel out, as in Word;
* fonts: ``w:asciiTheme``/``w:hAnsiTheme`` name the theme's major/minor
  Latin font (``word/theme/theme1.xml``) and win over ``w:ascii``/``w:hAnsi``;
  text with non-ASCII letters (Vietnamese) is shown in the ``hAnsi`` font;
* sizes: ``w:sz`` in half-points; 10 pt when nothing sets one.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from lxml import etree

from ..importers.docx import MAX_FILE, MAX_PARAGRAPHS, OLE_MAGIC, W, _check_head, _err, _Numbering, _Package
from ..text import nfc

_SDT, _CUSTOMXML, _SMARTTAG = (f"{{{W}}}sdt", f"{{{W}}}customXml", f"{{{W}}}smartTag")
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
_HEADER_T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
_FOOTER_T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
_THEME_T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"
_STYLES_T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
_NUMBERING_T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"

TOGGLES = ("b", "i", "caps")
_WNS = f"{{{W}}}"
_VAL = f"{{{W}}}val"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


TAG_P, TAG_TBL, TAG_TR, TAG_TC, TAG_R = w("p"), w("tbl"), w("tr"), w("tc"), w("r")
TAG_PPR, TAG_RPR, TAG_PSTYLE, TAG_RSTYLE = w("pPr"), w("rPr"), w("pStyle"), w("rStyle")


def _on(el) -> bool:
    v = el.get(w("val"))
    return v is None or v.lower() not in ("0", "false", "off", "none")


def _int(v, default=None):
    try:
        return int(float(v))
    except (TypeError, ValueError):
        return default


# ------------------------------------------------------------ properties ---
def read_rpr(rpr) -> dict:
    """The run properties a ``w:rPr`` (or a style's rPr) sets, and only those."""
    d: dict = {}
    if rpr is None:
        return d
    for el in rpr:
        tag = el.tag
        if not isinstance(tag, str) or not tag.startswith(_WNS):
            continue
        name = tag[len(_WNS):]
        if name in TOGGLES:
            d[name] = _on(el)
        elif name == "sz":
            v = _int(el.get(_VAL))
            if v is not None:
                d["sz"] = v / 2
        elif name == "rFonts":
            for slot in ("ascii", "hAnsi"):
                theme = el.get(w(slot + "Theme"))
                if theme:
                    d[slot] = ("theme", theme)
                elif el.get(w(slot)):
                    d[slot] = el.get(w(slot))
        elif name == "color":
            if el.get(_VAL):
                d["color"] = el.get(_VAL)
        elif name == "u":
            d["u"] = (el.get(_VAL) or "single") != "none"
        elif name == "vanish":
            d["vanish"] = _on(el)
    return d


_IND = (("firstLine", "first"), ("hanging", "hanging"), ("left", "left"), ("start", "left"),
        ("right", "right"), ("end", "right"))


def read_ppr(ppr) -> dict:
    """The paragraph properties a ``w:pPr`` sets: jc, indents, spacing, bottom border, page break."""
    d: dict = {}
    if ppr is None:
        return d
    for el in ppr:
        tag = el.tag
        if not isinstance(tag, str) or not tag.startswith(_WNS):
            continue
        name = tag[len(_WNS):]
        if name == "jc":
            if el.get(_VAL):
                d["jc"] = el.get(_VAL)
        elif name == "ind":
            for a, key in _IND:
                v = _int(el.get(_WNS + a))
                if v is not None:
                    d[key] = v
            if "first" in d:
                d.setdefault("hanging", 0)
            elif "hanging" in d:
                d["first"] = -d["hanging"]
        elif name == "spacing":
            for a in ("before", "after", "line"):
                v = _int(el.get(_WNS + a))
                if v is not None:
                    d[a] = v
            if el.get(_WNS + "lineRule"):
                d["lineRule"] = el.get(_WNS + "lineRule")
        elif name == "pBdr":
            for side in ("bottom", "top"):
                b = el.find(_WNS + side)
                if b is not None:
                    d["border_" + side] = (b.get(_VAL) or "none") not in ("none", "nil")
        elif name == "contextualSpacing":
            d["contextual"] = _on(el)
        elif name == "pageBreakBefore":
            d["pageBreakBefore"] = _on(el)
    return d


class Styles:
    """styles.xml with its basedOn chains, document defaults and theme fonts."""

    def __init__(self, root, theme_root=None):
        self.styles: dict[str, dict] = {}
        self.default: dict[str, str] = {}
        self.doc_rpr: dict = {}
        self.doc_ppr: dict = {}
        self.theme = {"major": "", "minor": ""}
        self._merged: dict = {}
        if theme_root is not None:
            for kind in ("major", "minor"):
                el = theme_root.find(f".//{{{A_NS}}}{kind}Font/{{{A_NS}}}latin")
                if el is not None:
                    self.theme[kind] = el.get("typeface") or ""
        if root is None:
            return
        dd = root.find(w("docDefaults"))
        if dd is not None:
            self.doc_rpr = read_rpr(dd.find(f"{w('rPrDefault')}/{w('rPr')}"))
            self.doc_ppr = read_ppr(dd.find(f"{w('pPrDefault')}/{w('pPr')}"))
        for st in root.iter(w("style")):
            sid = st.get(w("styleId"))
            if not sid:
                continue
            kind = st.get(w("type")) or "paragraph"
            based = st.find(w("basedOn"))
            name = st.find(w("name"))
            self.styles[sid] = {"type": kind, "based": based.get(w("val")) if based is not None else None,
                                "name": name.get(w("val")) if name is not None else sid,
                                "rpr": read_rpr(st.find(w("rPr"))), "ppr": read_ppr(st.find(w("pPr"))),
                                "numpr": _numpr(st.find(w("pPr")))}
            d = st.get(w("default"))
            if d is not None and d.lower() in ("1", "true", "on"):
                self.default[kind] = sid

    def chain(self, sid: str | None, kind: str) -> list[dict]:
        """The style and its ancestors, the root first (bounded: a loop or a deep chain stops)."""
        if not sid or sid not in self.styles:
            sid = self.default.get(kind)
        out: list[dict] = []
        seen: set[str] = set()
        while sid and sid in self.styles and sid not in seen and len(out) < 30:
            seen.add(sid)
            out.append(self.styles[sid])
            sid = self.styles[sid]["based"]
        return list(reversed(out))

    def merged(self, sid: str | None, kind: str, key: str) -> dict:
        """What the style gives, its basedOn chain applied (cached; callers copy before changing)."""
        ck = (sid, kind, key)
        got = self._merged.get(ck)
        if got is None:
            got = {}
            for st in self.chain(sid, kind):
                got.update(st[key])
            self._merged[ck] = got
        return got

    def numpr(self, sid: str | None):
        key = ("numpr", sid)
        if key not in self._merged:
            self._merged[key] = next((st["numpr"] for st in reversed(self.chain(sid, "paragraph")) if st["numpr"]),
                                     None)
        return self._merged[key]

    def font_name(self, value) -> str:
        if isinstance(value, tuple):
            return self.theme["major" if value[1].startswith("major") else "minor"]
        return value or ""


def _numpr(ppr):
    if ppr is None:
        return None
    np_ = ppr.find(_WNS + "numPr")
    if np_ is None:
        return None
    nid = np_.find(w("numId"))
    il = np_.find(w("ilvl"))
    if nid is None:
        return None
    return nid.get(w("val")), _int(il.get(w("val")), 0) if il is not None else 0


# ------------------------------------------------------------- the model ---
@dataclass
class Run:
    text: str
    props: dict         # resolved: b, i, caps, sz, font, color, u

    @property
    def size(self) -> float:
        return self.props.get("sz", 10.0)


@dataclass(eq=False)
class Para:
    el: object
    index: int                      # in document order, all paragraphs
    section: int                    # index into Document.sections
    text: str                       # what is printed (auto number + runs), NFC
    runs: list[Run]
    props: dict                     # resolved paragraph properties
    cell: tuple | None = None       # (table index, row, column) when inside a table
    drawing: bool = False           # holds a drawing/VML shape (a drawn line)
    num_text: str = ""              # the automatic number Word prints before the text
    style: str = ""
    page_break: bool = False        # a page break inside (w:br type=page)

    @property
    def stripped(self) -> str:
        return self.text.strip()

    def visible_runs(self) -> list[Run]:
        return [r for r in self.runs if r.text.strip()]

    def sizes(self) -> set[float]:
        return {r.size for r in self.visible_runs()}

    def all_on(self, key: str) -> bool:
        rs = self.visible_runs()
        return bool(rs) and all(r.props.get(key) for r in rs)

    def any_on(self, key: str) -> bool:
        return any(r.props.get(key) for r in self.visible_runs())

    def snippet(self, n: int = 60) -> str:
        t = " ".join(self.text.split())
        return t if len(t) <= n else t[: n - 1] + "…"


@dataclass
class Section:
    el: object                      # the w:sectPr
    index: int
    first_para: int = 0             # index of its first paragraph
    headers: dict = field(default_factory=dict)   # type -> part name (after inheritance)
    footers: dict = field(default_factory=dict)

    def twips(self, tag: str, attr: str):
        el = self.el.find(w(tag)) if self.el is not None else None
        return _int(el.get(w(attr))) if el is not None else None

    @property
    def title_pg(self) -> bool:
        el = self.el.find(w("titlePg")) if self.el is not None else None
        return el is not None and _on(el)

    @property
    def page_start(self):
        el = self.el.find(w("pgNumType")) if self.el is not None else None
        return _int(el.get(w("start"))) if el is not None else None

    @property
    def landscape(self) -> bool:
        wd, ht = self.twips("pgSz", "w"), self.twips("pgSz", "h")
        el = self.el.find(w("pgSz")) if self.el is not None else None
        return (el is not None and el.get(w("orient")) == "landscape") or (wd or 0) > (ht or 1)


class Document:
    """Paragraphs in reading order (tables included, cell by cell), sections and header parts."""

    def __init__(self, data: bytes, name: str):
        self.name = name
        _check_head(data[:8], name)
        self.pkg = _Package(data, name)
        self.main = self.pkg.main_part()
        self.folder = self.main.rsplit("/", 1)[0] + "/" if "/" in self.main else ""
        self.rels = self._rels(self.main)
        styles_part = self._rel_target(_STYLES_T) or self.folder + "styles.xml"
        theme_part = self._rel_target(_THEME_T)
        self.styles = Styles(self._xml(styles_part), self._xml(theme_part))
        num_part = self._rel_target(_NUMBERING_T) or self.folder + "numbering.xml"
        self.numbering = _Numbering(self._xml(num_part))
        self.root = self.pkg.xml(self.main)
        body = self.root.find(w("body"))
        if body is None:
            raise _err(f"“{name}” không có phần thân văn bản (w:body).", f"“{name}” has no document body (w:body).")
        self.body = body
        self.paras: list[Para] = []
        self.sections: list[Section] = [Section(None, 0, 0)]
        self.tables: list[object] = []
        self._walk(body, None, top=True)
        final = body.find(w("sectPr"))
        self.sections[-1].el = final if final is not None else etree.Element(w("sectPr"))
        self._headers()
        self.parts_xml: dict[str, object] = {}

    # -- package helpers
    def _rels(self, part: str) -> dict[str, tuple[str, str]]:
        folder, base = (part.rsplit("/", 1) if "/" in part else ("", part))
        rels_part = (folder + "/" if folder else "") + "_rels/" + base + ".rels"
        out: dict[str, tuple[str, str]] = {}
        if not self.pkg.has(rels_part):
            return out
        for rel in self.pkg.xml(rels_part).iter(f"{{{PKG_REL}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else os.path.normpath(
                (folder + "/" if folder else "") + target).replace("\\", "/")
            out[rel.get("Id", "")] = (rel.get("Type", ""), target)
        return out

    def _rel_target(self, rtype: str) -> str | None:
        for t, target in self.rels.values():
            if t == rtype:
                return target
        return None

    def _xml(self, part: str | None):
        if not part or not self.pkg.has(part):
            return None
        return self.pkg.xml(part)

    def part(self, name: str):
        if name not in self.parts_xml:
            self.parts_xml[name] = self._xml(name)
        return self.parts_xml[name]

    # -- reading order
    def _walk(self, container, cell, top: bool, tbl_style: str | None = None) -> None:
        for el in container:
            tag = el.tag
            if tag == TAG_P:
                self._para(el, cell, tbl_style)
                if top:
                    sp = el.find(f"{w('pPr')}/{w('sectPr')}")
                    if sp is not None:
                        self.sections[-1].el = sp
                        self.sections.append(Section(None, len(self.sections), len(self.paras)))
            elif tag == TAG_TBL:
                ti = len(self.tables)
                self.tables.append(el)
                ts = el.find(f"{w('tblPr')}/{w('tblStyle')}")
                style = ts.get(w("val")) if ts is not None else None
                for ri, tr in enumerate(el.iterchildren(TAG_TR)):
                    for ci, tc in enumerate(tr.iterchildren(TAG_TC)):
                        self._walk(tc, (ti, ri, ci) if cell is None else cell, False, style)
            elif tag in (_SDT, _CUSTOMXML, _SMARTTAG):
                inner = el.find(w("sdtContent")) if tag == _SDT else el
                if inner is not None:
                    self._walk(inner, cell, top, tbl_style)

    def _para(self, p, cell, tbl_style: str | None = None) -> None:
        if len(self.paras) >= MAX_PARAGRAPHS:
            raise _err(f"“{self.name}” quá dài (hơn {MAX_PARAGRAPHS} đoạn).",
                       f"“{self.name}” is too long (over {MAX_PARAGRAPHS} paragraphs).")
        ppr_el = p[0] if len(p) and p[0].tag == TAG_PPR else None
        sid = None
        if ppr_el is not None:
            ps = ppr_el.find(TAG_PSTYLE)
            if ps is not None:
                sid = ps.get(_VAL)
        props = dict(self.styles.doc_ppr)
        if tbl_style:
            props.update(self.styles.merged(tbl_style, "table", "ppr"))
        props.update(self.styles.merged(sid, "paragraph", "ppr"))
        props.update(read_ppr(ppr_el))
        # runs
        base = dict(self.styles.doc_rpr)
        if tbl_style:
            base.update(self.styles.merged(tbl_style, "table", "rpr"))
        pstyle_rpr = self.styles.merged(sid, "paragraph", "rpr")
        runs: list[Run] = []
        drawing = False
        page_break = False
        parts: list[str] = []
        for r in p.iter(TAG_R):
            if r.getparent() is not p and _owner_p(r) is not p:
                continue
            rpr_el = r[0] if len(r) and r[0].tag == TAG_RPR else None
            rs = rpr_el.find(TAG_RSTYLE) if rpr_el is not None else None
            csid = rs.get(_VAL) if rs is not None else None
            crpr = self.styles.merged(csid, "character", "rpr") if csid else {}
            d = dict(base)
            d.update(pstyle_rpr)
            for k, v in crpr.items():
                if k in TOGGLES and k in pstyle_rpr:
                    d[k] = bool(pstyle_rpr[k]) != bool(v)
                else:
                    d[k] = v
            d.update(read_rpr(rpr_el))
            text = []
            for ch in r:
                t = ch.tag[len(_WNS):] if isinstance(ch.tag, str) and ch.tag.startswith(_WNS) else (
                    "AlternateContent" if isinstance(ch.tag, str) and ch.tag.endswith("}AlternateContent") else "")
                if t == "t":
                    text.append(ch.text or "")
                elif t == "tab":
                    text.append("\t")
                elif t in ("br", "cr"):
                    if ch.get(w("type")) == "page":
                        page_break = True
                    else:
                        text.append("\n")
                elif t in ("drawing", "pict", "object"):
                    drawing = True
                elif t == "AlternateContent":
                    drawing = True
            s = nfc("".join(text))
            if d.get("vanish"):
                continue
            slot = "hAnsi" if any(ord(c) > 127 for c in s) else "ascii"
            font = self.styles.font_name(d.get(slot) or d.get("ascii") or d.get("hAnsi"))
            d["font"] = font
            runs.append(Run(s, d))
            parts.append(s)
        numpr = _numpr(ppr_el) or self.styles.numpr(sid)
        num_text = ""
        if numpr:
            try:
                num_text = self.numbering.label(numpr[0], numpr[1])
            except (KeyError, ValueError, IndexError, TypeError):
                num_text = ""
        text = "".join(parts)
        if num_text:
            text = num_text + " " + text
        self.paras.append(Para(p, len(self.paras), len(self.sections) - 1, text, runs, props, cell, drawing,
                               num_text, sid or "", page_break))

    # -- headers, footers and page numbers
    def _headers(self) -> None:
        prev_h: dict = {}
        prev_f: dict = {}
        for sec in self.sections:
            h = dict(prev_h)
            f = dict(prev_f)
            for ref in sec.el.findall(w("headerReference")):
                rel = self.rels.get(ref.get(f"{{{R_NS}}}id", ""))
                if rel:
                    h[ref.get(w("type"), "default")] = rel[1]
            for ref in sec.el.findall(w("footerReference")):
                rel = self.rels.get(ref.get(f"{{{R_NS}}}id", ""))
                if rel:
                    f[ref.get(w("type"), "default")] = rel[1]
            sec.headers, sec.footers = h, f
            prev_h, prev_f = h, f

    def page_field(self, part_name: str | None) -> dict | None:
        """The PAGE field of a header/footer part: ``{"jc": …, "sz": …}`` or None when it has none."""
        if not part_name:
            return None
        root = self.part(part_name)
        if root is None:
            return None
        for p in root.iter(w("p")):
            has = False
            for fs in p.iter(w("fldSimple")):
                if _is_page(fs.get(w("instr"), "")):
                    has = True
            for it in p.iter(w("instrText")):
                if _is_page(it.text or ""):
                    has = True
            if not has:
                continue
            ppr_el = p.find(w("pPr"))
            sid = ppr_el.find(w("pStyle")).get(w("val")) if ppr_el is not None and ppr_el.find(w("pStyle")) is not None else None
            props = dict(self.styles.doc_ppr)
            props.update(self.styles.merged(sid, "paragraph", "ppr"))
            props.update(read_ppr(ppr_el))
            rpr = dict(self.styles.doc_rpr)
            rpr.update(self.styles.merged(sid, "paragraph", "rpr"))
            sizes = set()
            for r in p.iter(w("r")):
                d = dict(rpr)
                d.update(read_rpr(r.find(w("rPr"))))
                sizes.add(d.get("sz", 10.0))
            framed = p.getparent() is not None and etree.QName(p.getparent()).localname != "hdr" and \
                etree.QName(p.getparent()).localname != "ftr"
            return {"jc": props.get("jc", "left"), "sizes": sizes, "framed": framed}
        return None


def _is_page(instr: str) -> bool:
    words = instr.replace("\\", " ").split()
    return bool(words) and words[0].upper() == "PAGE"


def _owner_p(el):
    el = el.getparent()
    while el is not None and el.tag != TAG_P:
        el = el.getparent()
    return el


def load(path: str) -> Document:
    """Open *path* with the documented limits (file ≤ 100 MB; see core/importers/docx.py)."""
    name = os.path.basename(path)
    try:
        size = os.path.getsize(path)
        if os.path.isdir(path):
            raise IsADirectoryError(path)
    except OSError as e:
        raise _err(f"Không mở được “{name}”: {e.strerror or e}", f"Cannot open “{name}”: {e.strerror or e}") from e
    if size > MAX_FILE:
        raise _err(f"“{name}” quá lớn ({size // (1024 * 1024)} MB; tối đa {MAX_FILE // (1024 * 1024)} MB).",
                   f"“{name}” is too large ({size // (1024 * 1024)} MB; at most {MAX_FILE // (1024 * 1024)} MB).")
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise _err(f"Không mở được “{name}”: {e.strerror or e}", f"Cannot open “{name}”: {e.strerror or e}") from e
    return Document(data, name)


__all__ = ["Document", "Para", "Run", "Section", "Styles", "load", "OLE_MAGIC"]
