"""Read a plan typed in Word (.docx) into outline blocks, safely.

The file comes from outside (another office, an e-mail): it is opened with
:mod:`zipfile` and parsed with a hardened lxml parser, never with
python-docx, so that every limit is ours:

* the file must be a zip (an OLE file — ``D0 CF 11 E0`` — is either an old
  ``.doc`` or a password-protected ``.docx``: both get a clear message);
* at most :data:`MAX_ENTRIES` entries, :data:`MAX_PART` bytes per part
  read (counted while decompressing, so a lying header does not help),
  :data:`MAX_TOTAL` bytes in all and a compression ratio of at most
  :data:`MAX_RATIO` for any big part (zip bombs);
* the XML parser does not resolve entities, load DTDs or touch the network,
  ``huge_tree`` is off, and a part that declares a DOCTYPE at all is
  refused (Word never writes one; entity tricks need one);
* at most :data:`MAX_PARAGRAPHS` paragraphs and :data:`MAX_CELLS` table
  cells.

The reader yields :class:`~core.importers.outline.Para` (runs with
bold/italic, and ``numbered``: the number Word's automatic numbering would
print) and :class:`~core.importers.outline.Table` blocks (``span`` for
``gridSpan``; a cell that continues a vertical merge is empty with
``vmerge=True``: the text belongs to the first row of the merge, as it is
shown on paper; ``header_rows`` counts the rows repeated on every page).
:func:`import_docx` then runs the shared outline builder.
"""
from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile

from lxml import etree

from .. import legacy_encodings
from .. import numbering as vn_numbering
from ..errors import PlanError
from ..model import Plan, Run
from ..text import Note, clean
from .outline import (
    PREFIX_RE,
    RE_APPENDIX,
    RE_ATTACH,
    Cell,
    Para,
    Table,
    _is_upper_line,
    _section_match,
    _section_number,
    build_plan,
)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"


TAB_MARK = "\x09"      # a w:tab while reading a paragraph (then a space; see Para.tabs)


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


MAX_FILE = 100 * 1024 * 1024       # the .docx itself
MAX_ENTRIES = 2000
MAX_PART = 64 * 1024 * 1024        # one XML part, uncompressed
MAX_TOTAL = 160 * 1024 * 1024      # all parts read, uncompressed
MAX_RATIO = 200                    # uncompressed / compressed, for parts over 1 MB
MAX_PARAGRAPHS = 60000
MAX_CELLS = 200000
SOFFICE_TIMEOUT = 120

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _err(vi: str, en: str) -> PlanError:
    return PlanError(vi, en)


# ------------------------------------------------------------ safe zip ---
def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                           load_dtd=False, dtd_validation=False, remove_comments=True,
                           remove_pis=True)


_DOCTYPE = re.compile(r"<!DOCTYPE|<!ENTITY", re.I)
_DECL_ENC = re.compile(r"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")

# (byte-order mark or first bytes of "<?", codec); UTF-32 (None) is looked for before
# UTF-16, whose marks it starts with: the package format allows UTF-8 and UTF-16 only
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", None), (b"\x00\x00\xfe\xff", None),
         (b"<\x00\x00\x00", None), (b"\x00\x00\x00<", None),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"), (b"<\x00", "utf-16-le"), (b"\x00<", "utf-16-be"))


def xml_text(data: bytes) -> str | None:
    """An XML part's text as the parser will read it: UTF-8 or UTF-16 (LE or
    BE, with or without a byte-order mark), or the encoding its declaration
    names; None when it cannot be decoded, or is UTF-32, which Word and Excel
    never write (then it is refused, never guessed)."""
    for mark, codec in _BOMS:
        if data.startswith(mark):
            if codec is None:
                return None
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = _DECL_ENC.match(data[:200].decode("latin-1"))
    if m:
        try:
            return data.decode(m.group(1))
        except (UnicodeDecodeError, LookupError):
            return None
    return None


class _Package:
    """The parts of a .docx read with limits."""

    def __init__(self, data: bytes, name: str):
        self.name = name
        self.total = 0
        try:
            self.zf = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError, OSError) as e:
            raise _err(f"“{name}” không phải tệp Word .docx hợp lệ (tệp hỏng hoặc không phải định dạng zip).",
                       f"“{name}” is not a valid Word .docx file (damaged, or not a zip package).") from e
        infos = self.zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise _err(f"“{name}” chứa quá nhiều thành phần ({len(infos)}); không nhập để tránh treo máy.",
                       f"“{name}” holds too many parts ({len(infos)}); refused to keep the computer responsive.")
        self.infos = {i.filename: i for i in infos}

    def has(self, part: str) -> bool:
        return part in self.infos

    def read(self, part: str) -> bytes:
        info = self.infos[part]
        if info.flag_bits & 0x1:
            raise _err(f"“{self.name}” được mã hóa bằng mật khẩu; hãy mở trong Word, bỏ mật khẩu rồi lưu lại.",
                       f"“{self.name}” is password-protected; open it in Word, remove the password and save again.")
        bomb = (f"“{self.name}” có thành phần giải nén quá lớn ({part}) — có thể là tệp độc hại (zip bomb); không nhập.",
                f"“{self.name}” has a part that expands too much ({part}) — possibly a zip bomb; refused.")
        if info.file_size > MAX_PART or self.total + info.file_size > MAX_TOTAL:
            raise _err(*bomb)
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _err(*bomb)
        out = bytearray()
        try:
            with self.zf.open(info) as f:
                while True:
                    chunk = f.read(1024 * 1024)
                    if not chunk:
                        break
                    out += chunk
                    if len(out) > MAX_PART or self.total + len(out) > MAX_TOTAL or \
                            (len(out) > 1024 * 1024 and len(out) > MAX_RATIO * max(info.compress_size, 1)):
                        raise _err(*bomb)
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError) as e:
            raise _err(f"Không đọc được phần “{part}” của “{self.name}”: tệp bị hỏng ({e}).",
                       f"Cannot read part “{part}” of “{self.name}”: the file is damaged ({e}).") from e
        self.total += len(out)
        return bytes(out)

    def xml(self, part: str):
        """The parsed part, after the checks every .docx and .xlsx part gets
        here (the one place for them): size and ratio (:meth:`read`), a text
        that decodes, and no DOCTYPE/ENTITY in it — looked for in the decoded
        text, so a UTF-16 part cannot hide one from a byte search."""
        data = self.read(part)
        text = xml_text(data)
        if text is None:
            raise _err(f"Phần “{part}” của “{self.name}” không đọc được (không phải văn bản UTF-8 hay UTF-16); "
                       "tệp có thể bị hỏng — hãy mở bằng Word/Excel, lưu lại rồi nhập.",
                       f"Part “{part}” of “{self.name}” cannot be read (not UTF-8 or UTF-16 text); the file may be "
                       "damaged — open it in Word/Excel, save it and import again.")
        doctype = (f"Phần “{part}” của “{self.name}” khai báo DOCTYPE/ENTITY (Word và Excel không bao giờ ghi như vậy); "
                   "từ chối vì lý do an toàn.",
                   f"Part “{part}” of “{self.name}” declares a DOCTYPE/ENTITY (Word and Excel never write one); "
                   "refused for safety.")
        if _DOCTYPE.search(text):
            raise _err(*doctype)
        try:
            root = etree.fromstring(data, _parser())
            if root.getroottree().docinfo.doctype:   # whatever encoding hid it from the search above
                raise _err(*doctype)
            return root
        except etree.XMLSyntaxError as e:
            why = str(e)
            if "depth" in why.lower() or "huge" in why.lower():   # libxml's advice is for developers, not clerks
                vi_why, en_why = "lồng nhau quá sâu (bảng trong bảng hàng trăm lớp)", "nested far too deeply"
            else:
                vi_why, en_why = f"lỗi ở dòng {e.lineno}" if getattr(e, "lineno", None) else "bị hỏng", why
            raise _err(f"Phần “{part}” của “{self.name}” không phải XML hợp lệ ({vi_why}); tệp Word có thể bị hỏng — "
                       "hãy mở bằng Word, lưu lại rồi nhập.",
                       f"Part “{part}” of “{self.name}” is not valid XML ({en_why}); the Word file may be damaged — "
                       "open it in Word, save it and import again.") from e

    def main_part(self) -> str:
        if self.has("_rels/.rels"):
            rels = self.xml("_rels/.rels")
            for rel in rels.iter(f"{{{PKG_REL}}}Relationship"):
                if rel.get("Type") == OFFICE_DOC:
                    target = rel.get("Target", "").lstrip("/")
                    if self.has(target):
                        return target
        if self.has("word/document.xml"):
            return "word/document.xml"
        raise _err(f"“{self.name}” thiếu phần nội dung chính (word/document.xml): không phải văn bản Word, "
                   "hoặc tệp bị hỏng.",
                   f"“{self.name}” lacks its main part (word/document.xml): not a Word document, or damaged.")


# ------------------------------------------------------------- styles ---
def _on(el) -> bool:
    """A w:b / w:i toggle element: on unless w:val says false."""
    if el is None:
        return False
    v = el.get(_W_VAL)
    return v is None or v.lower() not in ("0", "false", "off", "none")


class _Styles:
    def __init__(self, root):
        self.styles: dict[str, dict] = {}
        self._ind_cache: dict = {}
        self.default_para = None
        self.doc_rpr = {}
        if root is None:
            return
        dd = root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        if dd is not None:
            self.doc_rpr = self._rpr(dd)
        for st in root.iter(w("style")):
            sid = st.get(w("styleId"))
            if not sid:
                continue
            k = _kids(st)
            based = k.get(_W_BASEDON)
            rpr = k.get(_W_RPR)
            ppr = k.get(_W_PPR)
            num = None
            ind: tuple = ()
            if ppr is not None:
                pk = _kids(ppr)
                np_ = pk.get(_W_NUMPR)
                if np_ is not None:
                    num = _numpr(np_)
                ind = _ind(pk.get(_W_IND))
            self.styles[sid] = {"based": based.get(_W_VAL) if based is not None else None,
                                "rpr": self._rpr(rpr) if rpr is not None else {},
                                "num": num, "type": st.get(w("type")), "ind": ind}
            if st.get(w("type")) == "paragraph" and _on_attr(st.get(w("default"))):
                self.default_para = sid

    @staticmethod
    def _rpr(rpr) -> dict:
        d = {}
        k = _kids(rpr)
        for name, tag in (("b", _W_B), ("i", _W_I)):
            el = k.get(tag)
            if el is not None:
                d[name] = _on(el)
        sz = _half_points(rpr, k.get(_W_SZ))
        if sz:
            d["sz"] = sz
        font = legacy_encodings.rfonts(rpr, w)     # a TCVN3 / VNI font is converted (core/legacy_encodings)
        if font:
            d["font"] = font
        return d

    def ind(self, sid: str | None) -> tuple:
        """The indentation (left, right, first line; twips) a paragraph style gives."""
        if sid in self._ind_cache:
            return self._ind_cache[sid]
        self._ind_cache[sid] = got = self._style_ind(sid)
        return got

    def _style_ind(self, sid: str | None) -> tuple:
        seen = set()
        while sid and sid in self.styles and sid not in seen and len(seen) < 20:
            seen.add(sid)
            if self.styles[sid].get("ind"):
                return self.styles[sid]["ind"]
            sid = self.styles[sid]["based"]
        return ()

    def rpr(self, sid: str | None) -> dict:
        """Bold/italic a style gives, following basedOn (bounded depth)."""
        chain = []
        seen = set()
        while sid and sid in self.styles and sid not in seen and len(chain) < 20:
            seen.add(sid)
            chain.append(self.styles[sid])
            sid = self.styles[sid]["based"]
        d = dict(self.doc_rpr)
        for st in reversed(chain):
            d.update(st["rpr"])
        return d

    def num(self, sid: str | None):
        seen = set()
        while sid and sid in self.styles and sid not in seen and len(seen) < 20:
            seen.add(sid)
            if self.styles[sid]["num"]:
                return self.styles[sid]["num"]
            sid = self.styles[sid]["based"]
        return None


def _half_points(rpr, sz=None) -> float:
    """The font size a w:rPr sets (w:sz, half-points), in points; 0 when none."""
    if sz is None:
        sz = _child(rpr, _W_SZ)
    v = sz.get(w("val"), "") if sz is not None else ""
    return int(v) / 2 if v.isdigit() and 0 < int(v) < 2000 else 0.0


def _twips(el, *names) -> int:
    for n in names:
        v = el.get(w(n))
        if v is not None and v.lstrip("-").isdigit():
            return int(v)
    return 0


def _ind(ind) -> tuple:
    """(left, right, first line) in twips from a w:ind (a hanging indent is a negative first line)."""
    if ind is None:
        return ()
    first = _twips(ind, "firstLine") - _twips(ind, "hanging")
    return _twips(ind, "left", "start"), _twips(ind, "right", "end"), first


def _on_attr(v) -> bool:
    return v is not None and v.lower() in ("1", "true", "on")


def _numpr(np_):
    nid = np_.find(w("numId"))
    ilvl = np_.find(w("ilvl"))
    return (nid.get(w("val")) if nid is not None else None,
            int(ilvl.get(w("val"), "0")) if ilvl is not None and (ilvl.get(w("val")) or "0").isdigit() else None)


# ---------------------------------------------------------- numbering ---
# Word's symbol-font bullets arrive as private-use characters: Symbol U+F0B7, Wingdings U+F0A7 (§),
# U+F0D8 (arrow), U+F076 (diamond), U+F0FC (tick)
BULLETS = {"-": "-", "–": "-", "—": "-", "+": "+", "\uf0b7": "-", "•": "-", "o": "+", "▪": "-",
           "\uf0a7": "-", "\uf0d8": "-", "\uf076": "-", "\uf0fc": "-", "§": "-", "·": "-"}


def _fmt(n: int, fmt: str) -> str:
    if fmt in ("upperRoman",):
        return vn_numbering.roman(n) if n > 0 else "0"
    if fmt == "lowerRoman":
        return vn_numbering.roman(n).lower() if n > 0 else "0"
    if fmt == "upperLetter":
        return vn_numbering.upper_alpha(n) if n > 0 else "A"
    if fmt == "lowerLetter":
        # Vietnamese legal letters (a b c d đ e g h …): the structure is
        # what matters; a list typed in Word keeps counting by position.
        return vn_numbering.point_letter(n) if n > 0 else "a"
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


class _Numbering:
    """Running counters of Word's automatic numbering, as Word prints them."""

    def __init__(self, root):
        self.abstract: dict[str, dict[int, dict]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, list[int]] = {}
        self.started: set[str] = set()
        if root is None:
            return
        links: dict[str, str] = {}
        style_of: dict[str, str] = {}
        for an in root.iter(w("abstractNum")):
            aid = an.get(w("abstractNumId"))
            lvls = {}
            for lvl in an.iter(w("lvl")):
                il = lvl.get(w("ilvl"), "0")
                if not il.isdigit() or int(il) > 8:
                    continue
                lvls[int(il)] = self._lvl(lvl)
            self.abstract[aid] = lvls
            sl = an.find(w("numStyleLink"))
            if sl is not None:
                links[aid] = sl.get(w("val"))
            st = an.find(w("styleLink"))
            if st is not None:
                style_of[st.get(w("val"))] = aid
        # a list made with "Define New List Style": the abstractNum the paragraphs use only points
        # (numStyleLink) at the list style, whose own abstractNum (styleLink) holds the levels
        alias = {aid: style_of[name] for aid, name in links.items()
                 if name in style_of and style_of[name] != aid and not self.abstract.get(aid)}
        for num in root.iter(w("num")):
            nid = num.get(w("numId"))
            an = num.find(w("abstractNumId"))
            if nid is None or an is None:
                continue
            if an.get(w("val")) in alias:
                an = etree.Element(w("abstractNumId"), {w("val"): alias[an.get(w("val"))]})
            overrides = {}
            for ov in num.iter(w("lvlOverride")):
                il = ov.get(w("ilvl"), "0")
                so = ov.find(w("startOverride"))
                if il.isdigit() and so is not None and (so.get(w("val")) or "").isdigit():
                    overrides[int(il)] = int(so.get(w("val")))
                lvl = ov.find(w("lvl"))
                if lvl is not None and il.isdigit():
                    # a full level override: keep it on a private abstract copy
                    key = f"{an.get(w('val'))}@{nid}"
                    base = dict(self.abstract.get(an.get(w("val")), {}))
                    base[int(il)] = self._lvl(lvl)
                    self.abstract[key] = base
            aid = an.get(w("val"))
            if f"{aid}@{nid}" in self.abstract:
                aid = f"{aid}@{nid}"
            self.nums[nid] = (aid, overrides)

    @staticmethod
    def _lvl(lvl) -> dict:
        def val(tag, default=""):
            el = lvl.find(w(tag))
            return el.get(w("val"), default) if el is not None else default
        start = val("start", "1")
        return {"start": int(start) if start.lstrip("-").isdigit() else 1,
                "fmt": val("numFmt", "decimal"), "text": val("lvlText", ""),
                "lgl": lvl.find(w("isLgl")) is not None}

    def label(self, num_id: str | None, ilvl: int | None) -> str:
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        ilvl = ilvl or 0
        aid, overrides = self.nums[num_id]
        lvls = self.abstract.get(aid, {})
        if ilvl not in lvls:
            return ""
        # numbers with a start override restart: they count on their own
        key = num_id if overrides else aid
        cnt = self.counters.setdefault(key, [0] * 9)
        if key == num_id and num_id not in self.started:
            self.started.add(num_id)
            for k, v in overrides.items():
                cnt[k] = v - 1
        lv = lvls[ilvl]
        if cnt[ilvl] == 0 and ilvl not in overrides:
            cnt[ilvl] = lv["start"] - 1
        cnt[ilvl] += 1
        for k in range(ilvl + 1, 9):
            cnt[k] = 0
        if lv["fmt"] == "bullet":
            return BULLETS.get(lv["text"].strip(), "-")
        text = lv["text"]

        def sub(m):
            k = int(m.group(1)) - 1
            lk = lvls.get(k, {"fmt": "decimal", "start": 1})
            n = cnt[k] if cnt[k] else lk.get("start", 1)
            return _fmt(n, "decimal" if lv["lgl"] else lk["fmt"])
        return re.sub(r"%([1-9])", sub, text).strip()


# ------------------------------------------------------------- reader ---
class _Reader:
    def __init__(self, pkg: _Package, styles: _Styles, numbering: _Numbering, main: str = "word/document.xml"):
        self.pkg = pkg
        self.styles = styles
        self.numbering = numbering
        self.n_paras = 0
        self.n_cells = 0
        self.notes: list[str] = []
        self.main = main
        self._rels: dict[str, str] | None = None
        self._body_out: list | None = None
        self._sect_start = 0
        self._last_hdr = ""
        self._headers: dict = {}
        self.legacy = legacy_encodings.Tally()

    def _count_para(self):
        self.n_paras += 1
        if self.n_paras > MAX_PARAGRAPHS:
            raise _err(f"“{self.pkg.name}” quá dài (hơn {MAX_PARAGRAPHS} đoạn); hãy tách thành nhiều tệp.",
                       f"“{self.pkg.name}” is too long (over {MAX_PARAGRAPHS} paragraphs); split it into several files.")

    def blocks(self, body) -> list:
        out: list = []
        self._unplaced: list[Table] = []    # tables not yet followed by their section's properties
        self._body_out = out
        self._container(body, out)
        self._section_ends(body.find(w("sectPr")), out)
        return out

    def _section_ends(self, sect, out: list | None = None) -> None:
        """A Word section ends (its w:sectPr): its orientation is that of the
        tables read since the previous one; an appendix title in its page header
        goes before its table (:meth:`_header_title`)."""
        if sect is None:
            return
        if out is not None and out is self._body_out:
            width = _text_width_pt(sect)
            for k in range(self._sect_start, len(out)):
                if isinstance(out[k], Para):
                    out[k].width = width
            self._header_title(sect, out)
            self._sect_start = len(out)
        pg = sect.find(w("pgSz"))
        land = None
        if pg is not None:
            try:
                wd, ht = int(pg.get(w("w"), "0")), int(pg.get(w("h"), "0"))
            except ValueError:
                wd = ht = 0
            land = pg.get(w("orient")) == "landscape" or (wd > 0 and ht > 0 and wd > ht)
        for t in self._unplaced:
            t.landscape = land
        self._unplaced = []

    def _container(self, el, out: list) -> None:
        for ch in el:
            tag = ch.tag
            if tag == _W_P:
                out.extend(self.paragraph(ch))
                sect = _child(_child(ch, _W_PPR), _W_SECTPR)
                if sect is not None:
                    self._section_ends(sect, out)
            elif tag == w("tbl"):
                t = self.table(ch)
                if t.rows:
                    out.append(t)
                    if hasattr(self, "_unplaced"):
                        self._unplaced.append(t)
            elif tag in (w("sdt"),):
                c = ch.find(w("sdtContent"))
                if c is not None:
                    self._container(c, out)
            elif tag in (w("customXml"), w("ins"), w("smartTag")):
                self._container(ch, out)
            elif tag == f"{{{MC}}}AlternateContent":
                self._container(_alt_choice(ch), out)

    # ---- page headers ----
    def _doc_rels(self) -> dict[str, str]:
        if self._rels is None:
            self._rels = {}
            folder, _, base = self.main.rpartition("/")
            part = (folder + "/" if folder else "") + "_rels/" + base + ".rels"
            if self.pkg.has(part):
                try:
                    root = self.pkg.xml(part)
                except PlanError:
                    root = None
                for rel in (root.iter(f"{{{PKG_REL}}}Relationship") if root is not None else ()):
                    target = rel.get("Target", "")
                    if rel.get("TargetMode") == "External" or not target:
                        continue
                    full = target.lstrip("/") if target.startswith("/") else \
                        os.path.normpath((folder + "/" if folder else "") + target).replace(os.sep, "/")
                    self._rels[rel.get("Id", "")] = full
        return self._rels

    def _header_paras(self, sect) -> tuple[str, list[Para]]:
        """The part name and paragraphs of the page header a section names itself (the
        default one, else the first page's); ("", []) when it names none."""
        refs = {ref.get(w("type"), "default"): ref.get(f"{{{R_NS}}}id") for ref in sect.findall(w("headerReference"))}
        rid = refs.get("default") or refs.get("first")
        part = self._doc_rels().get(rid or "", "")
        if not part or not self.pkg.has(part):
            return "", []
        if part not in self._headers:     # many sections may name one header: parsed once
            try:
                self._headers[part] = self.pkg.xml(part)
            except PlanError:
                self._headers[part] = None
                self.notes.append(Note(f"Không đọc được tiêu đề trang “{part}” của tệp Word.",
                                       f"The page header “{part}” of the Word file could not be read."))
        root = self._headers[part]
        if root is None:
            return "", []
        got: list = []
        unplaced, self._unplaced = self._unplaced, []
        body_out, self._body_out = self._body_out, None
        try:
            self._container(root, got)
        finally:
            self._unplaced, self._body_out = unplaced, body_out
        paras = []
        for b in got:
            if isinstance(b, Table):
                paras.extend(Para([Run(line, c.bold)]) for r in b.rows for c in r for line in c.text.split("\n"))
            elif isinstance(b, Para):
                paras.append(b)
        return part, [p for p in paras if p.text.strip() and not re.fullmatch(r"[\s\d\-–/]*", p.text)]

    def _header_title(self, sect, out: list) -> None:
        """An appendix whose landscape section carries its title in the page header (w:hdr)
        instead of the body: the header's "PHỤ LỤC", title and "(Kèm theo …)" lines go before
        the section's table, as they print above it.  A header the section shares with the one
        before (the appendix goes on) is read once."""
        if not sect.findall(w("headerReference")):
            return
        start = self._sect_start
        first_tbl = next((k for k in range(start, len(out)) if isinstance(out[k], Table)), None)
        if first_tbl is None:
            return
        part, paras = self._header_paras(sect)
        if not paras or part == self._last_hdr:
            self._last_hdr = part if paras else ""
            return
        texts = [clean(p.text) for p in paras]
        if not any(RE_APPENDIX.match(t) or RE_ATTACH.match(t) for t in texts):
            return
        self._last_hdr = part
        body_label = next((k for k in range(start, first_tbl) if isinstance(out[k], Para)
                           and RE_APPENDIX.match(clean(out[k].text))), None)
        if body_label is not None and any(isinstance(out[k], Para) and clean(out[k].text)
                                          for k in range(body_label + 1, first_tbl)):
            return      # the body has its own label and title: a header repeating them is a running head
        in_body = {clean(out[k].text) for k in range(start, first_tbl) if isinstance(out[k], Para)}
        paras = [p for p in paras if clean(p.text) not in in_body]
        if body_label is not None:
            # "PHỤ LỤC" in the body, the title in the header: the title goes after the label
            paras = [p for p in paras if not RE_APPENDIX.match(clean(p.text))]
            at = body_label + 1
        else:
            at = start
            if not RE_APPENDIX.match(texts[0]):
                paras = [Para([Run("PHỤ LỤC", True)])] + [p for p in paras if not RE_APPENDIX.match(clean(p.text))]
        out[at:at] = paras
        shown = "; ".join(clean(p.text) for p in paras)[:160]
        self.notes.append(Note(
            f"Tên phụ lục đặt ở tiêu đề trang (header) của phần trang "
            f"{'ngang' if self._landscape(sect) else 'dọc'} được đọc như in trên giấy: “{shown}” — dòng "
            "“(Kèm theo …)” giữ nguyên văn.",
            f"An appendix title in the page header of a {'landscape' if self._landscape(sect) else 'portrait'} "
            f"section is read as printed: “{shown}” — the “(Kèm theo …)” line is kept as written."))

    @staticmethod
    def _landscape(sect) -> bool:
        pg = sect.find(w("pgSz"))
        if pg is None:
            return False
        try:
            wd, ht = int(pg.get(w("w"), "0")), int(pg.get(w("h"), "0"))
        except ValueError:
            wd = ht = 0
        return pg.get(w("orient")) == "landscape" or (wd > 0 and ht > 0 and wd > ht)

    # ---- paragraphs ----
    def paragraph(self, p) -> list[Para]:
        """One w:p as one or more Paras (a manual line break starts a new
        line, as a typed plan uses it), followed by text-box paragraphs."""
        self._count_para()
        ppr = _child(p, _W_PPR)
        pstyle = None
        numpr = None
        if ppr is not None:
            k = _kids(ppr)
            ps = k.get(_W_PSTYLE)
            pstyle = ps.get(_W_VAL) if ps is not None else None
            np_ = k.get(_W_NUMPR)
            if np_ is not None:
                numpr = _numpr(np_)
        pstyle = pstyle or self.styles.default_para
        base = self.styles.rpr(pstyle)
        sty_num = self.styles.num(pstyle)
        if numpr is None:
            numpr = sty_num
        elif numpr[1] is None and sty_num:
            numpr = (numpr[0], sty_num[1])
        elif numpr[0] is None and sty_num:
            numpr = (sty_num[0], numpr[1])
        label = self.numbering.label(*numpr) if numpr else ""
        ind = self.styles.ind(pstyle)
        lines: list[list[Run]] = [[]]
        extra: list = []
        self._runs(p, base, lines, extra)
        out = []
        for i, runs in enumerate(lines):
            text = "".join(r.text for r in runs)
            # a tab is a space in the text; the pieces between tabs are kept too: a header typed
            # as "UBND TỈNH …⇥CỘNG HÒA …" lines is two columns, not one line
            tabs = tuple(clean(x) for x in text.split(TAB_MARK)) if TAB_MARK in text else ()
            runs = [Run(r.text.replace(TAB_MARK, " "), r.bold, r.italic) for r in runs] if tabs else runs
            if not text.replace(TAB_MARK, " ").strip() and not (i == 0 and label):
                continue
            out.append(Para(runs, numbered=label if i == 0 else "", soft=i > 0, tabs=tabs, el=p,
                            size=base.get("sz", 0.0), ind=ind))
        return out + extra

    def _runs(self, el, base: dict, lines: list, extra: list) -> None:
        for ch in el:
            tag = ch.tag
            if tag == _W_R:
                self._run(ch, base, lines, extra)
            elif tag in _RUN_HOLDERS:
                self._runs(ch, base, lines, extra)
            elif tag == _W_SDT:
                c = ch.find(_W_SDTCONTENT)
                if c is not None:
                    self._runs(c, base, lines, extra)
            elif tag == _MC_ALT:
                self._runs(_alt_choice(ch), base, lines, extra)
            # w:del, w:moveFrom, w:pPr, bookmarks, proofErr: nothing printed

    def _run(self, r, base: dict, lines: list, extra: list) -> None:
        rpr = _child(r, _W_RPR)
        bold, italic, font = base.get("b"), base.get("i"), base.get("font")
        if rpr is not None:
            k = _kids(rpr)
            rs = k.get(_W_RSTYLE)
            if rs is not None:
                got = self.styles.styles.get(rs.get(_W_VAL), {}).get("rpr", {})
                bold, italic, font = got.get("b", bold), got.get("i", italic), got.get("font", font)
            el = k.get(_W_B)
            if el is not None:
                bold = _on(el)
            el = k.get(_W_I)
            if el is not None:
                italic = _on(el)
            el = k.get(_W_VANISH)
            if el is not None and _on(el):
                return   # hidden text is not printed
            font = legacy_encodings.rfonts(rpr, w) or font
        bold, italic = bool(bold), bool(italic)
        line = lines[-1]
        for ch in r:
            tag = ch.tag
            if tag == _W_T:
                if ch.text:
                    line.append(Run(legacy_encodings.run_text(ch.text, font, self.legacy), bold, italic))
            elif tag == _W_TAB:
                line.append(Run(TAB_MARK, bold, italic))
            elif tag == _W_BR or tag == _W_CR:
                if ch.get(_W_TYPE) in ("page", "column"):
                    continue
                line = []
                lines.append(line)
            elif tag == _W_SOFT_HYPHEN and legacy_encodings.soft_hyphen(font):
                line.append(Run(legacy_encodings.soft_hyphen(font), bold, italic))   # TCVN3's "ư" (0xAD)
            elif tag == _W_NBH:
                line.append(Run("-", bold, italic))
            elif tag == _W_SYM:
                line.append(Run(_sym(ch.get(_W_CHAR, "")), bold, italic))
            elif tag in _PICTURES:
                for tb in ch.iter(_W_TXBX):
                    self._container(tb, extra)
                    break   # Choice and Fallback hold the same text box

    # ---- tables ----
    def table(self, tbl) -> Table:
        t = Table()
        header_rows = 0
        in_header = True
        for tr in tbl.iter(w("tr")):
            if _ancestor_tbl(tr) is not tbl:
                continue
            trpr = _child(tr, _W_TRPR)
            trk = _kids(trpr)
            th = trk.get(_W_TBLHEADER)
            is_head = th is not None and _on(th)
            if in_header and is_head:
                header_rows += 1
            else:
                in_header = False
            row: list[Cell] = []
            grid_before = 0
            if trk.get(_W_GRIDBEFORE) is not None:
                gb = trk[_W_GRIDBEFORE].get(_W_VAL, "0")
                grid_before = int(gb) if gb.isdigit() else 0
            if grid_before:
                row.append(Cell("", span=min(grid_before, 64)))
            for tc in _cells(tr):
                self.n_cells += 1
                if self.n_cells > MAX_CELLS:
                    raise _err(f"“{self.pkg.name}” có quá nhiều ô bảng (hơn {MAX_CELLS}).",
                               f"“{self.pkg.name}” has too many table cells (over {MAX_CELLS}).")
                tcpr = _child(tc, _W_TCPR)
                span = 1
                vcont = False
                if tcpr is not None:
                    tck = _kids(tcpr)
                    gs = tck.get(_W_GRIDSPAN)
                    if gs is not None and (gs.get(_W_VAL) or "1").isdigit():
                        span = max(1, min(int(gs.get(_W_VAL)), 64))
                    vm = tck.get(_W_VMERGE)
                    if vm is not None and (vm.get(_W_VAL) or "continue") == "continue":
                        vcont = True
                paras: list[Para] = []
                inner: list = []
                for ch in tc:
                    if ch.tag == _W_P:
                        got = self.paragraph(ch)
                        # an empty paragraph is kept as a gap (see _collapse_repeats)
                        paras.extend(got if got else [Para([])])
                    elif ch.tag == w("tbl"):
                        # a table inside a cell: its text, row by row
                        nt = self.table(ch)
                        for nr in nt.rows:
                            txt = " | ".join(c.text for c in nr if c.text.strip())
                            if txt:
                                paras.append(Para([Run(txt)]))
                        inner.append(nt)
                    elif ch.tag in (w("sdt"), w("customXml")):
                        sub: list = []
                        self._container(ch.find(w("sdtContent")) if ch.tag == w("sdt") else ch, sub)
                        paras.extend(b for b in sub if isinstance(b, Para))
                texts = []
                for pa in paras:
                    line = (pa.numbered + " " if pa.numbered and not pa.text.lstrip().startswith(pa.numbered)
                            else "") + pa.text
                    texts.append(line)
                if span > 1:
                    texts = _collapse_repeats(texts)
                text = "\n".join(x for x in texts if x.strip())
                bold = bool(text.strip()) and all(pa.bold for pa in paras if pa.text.strip())
                row.append(Cell(text, bold, span, vcont))
            if row:
                t.rows.append(row)
        t.header_rows = header_rows
        return t


def _text_width_pt(sect) -> float:
    """The width of the text on the page of a Word section, in points (0 when not said)."""
    pg, mar = sect.find(w("pgSz")), sect.find(w("pgMar"))
    if pg is None:
        return 0.0
    width = _twips(pg, "w") - (_twips(mar, "left", "start") + _twips(mar, "right", "end") if mar is not None else 0)
    return width / 20 if width > 1440 else 0.0


def _collapse_repeats(lines: list[str]) -> list[str]:
    """A horizontally merged cell holds the paragraphs of every cell it was
    merged from (Word and python-docx append them): when a group of lines
    after an empty gap repeats lines already in the cell, it is a copy."""
    out: list[str] = []
    seen: set[str] = set()
    gap = False
    for x in lines:
        key = " ".join(x.split())
        if not key:
            gap = True
            continue
        if gap and key in seen:
            continue
        out.append(x)
        seen.add(key)
    return out


def _cells(tr):
    for ch in tr:
        if ch.tag == w("tc"):
            yield ch
        elif ch.tag in (w("sdt"), w("customXml")):
            inner = ch.find(w("sdtContent")) if ch.tag == w("sdt") else ch
            if inner is not None:
                yield from (c for c in inner if c.tag == w("tc"))


def _ancestor_tbl(el):
    p = el.getparent()
    while p is not None and p.tag != w("tbl"):
        p = p.getparent()
    return p


def _alt_choice(alt):
    ch = alt.find(f"{{{MC}}}Choice")
    if ch is None:
        ch = alt.find(f"{{{MC}}}Fallback")
    return ch if ch is not None else []


def _sym(code: str) -> str:
    try:
        c = int(code, 16)
    except ValueError:
        return ""
    if 0xF000 <= c <= 0xF0FF:
        c -= 0xF000
    return {0x2D: "-", 0xB7: "•", 0xA7: "▪"}.get(c, chr(c) if 32 <= c < 0x110000 else "")


# --------------------------------------------------------------- entry ---
def _check_head(head: bytes, name: str) -> None:
    if head.startswith(OLE_MAGIC):
        raise _err(f"“{name}” là tệp Word cũ (.doc) hoặc tệp .docx có đặt mật khẩu. Nếu có mật khẩu: mở trong Word, "
                   "vào Tệp → Thông tin → Bảo vệ tài liệu, bỏ mật khẩu rồi lưu lại. Nếu là .doc: mở trong Word và "
                   "chọn Lưu thành → Tài liệu Word (*.docx).",
                   f"“{name}” is an old Word file (.doc) or a password-protected .docx. If it has a password: open it "
                   "in Word, File → Info → Protect Document, remove the password and save. If it is a .doc: open it "
                   "in Word and Save As → Word Document (*.docx).")
    if not head.startswith(b"PK"):
        if head.lstrip()[:5] in (b"{\\rtf",):
            raise _err(f"“{name}” là tệp RTF, không phải .docx: mở trong Word rồi Lưu thành → Tài liệu Word (*.docx).",
                       f"“{name}” is an RTF file, not a .docx: open it in Word and Save As → Word Document (*.docx).")
        raise _err(f"“{name}” không phải tệp Word .docx (không đúng định dạng).",
                   f"“{name}” is not a Word .docx file (wrong format).")


def read_blocks_bytes(data: bytes, name: str = "tệp") -> list:
    _check_head(data[:8], name)
    pkg = _Package(data, name)
    main = pkg.main_part()
    folder = main.rsplit("/", 1)[0] + "/" if "/" in main else ""
    styles = _Styles(pkg.xml(folder + "styles.xml") if pkg.has(folder + "styles.xml") else None)
    numbering = _Numbering(pkg.xml(folder + "numbering.xml") if pkg.has(folder + "numbering.xml") else None)
    doc = pkg.xml(main)
    body = doc.find(w("body"))
    if body is None:
        raise _err(f"“{name}” không có phần thân văn bản (w:body).",
                   f"“{name}” has no document body (w:body).")
    reader = _Reader(pkg, styles, numbering, main)
    blocks = join_broken(legacy_encodings.fix_blocks(reader.blocks(body), reader.legacy), reader.notes)
    reader.notes.extend(legacy_encodings.report_lines(reader.legacy))
    _side_notes(pkg, folder, reader.notes)
    if reader.notes:
        blocks.append(_Notes(reader.notes))
    return blocks


_SIDE_PARTS = (("footnotes.xml", "footnote", "Chú thích cuối trang"), ("endnotes.xml", "endnote", "Chú thích cuối văn bản"),
               ("comments.xml", "comment", "Nhận xét (comment) của người góp ý"))


def _side_notes(pkg, folder: str, notes: list[str]) -> None:
    """Footnotes, endnotes and review comments have no place in the plan: each one's text goes
    into the import report, so nothing typed in the Word file is dropped without a word."""
    for part, tag, what in _SIDE_PARTS:
        if not pkg.has(folder + part):
            continue
        try:
            root = pkg.xml(folder + part)
        except PlanError:
            notes.append(f"Không đọc được phần {part} của tệp Word ({what.lower()}).")
            continue
        for el in root.findall(w(tag)):
            if el.get(w("type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = " ".join("".join(t.text or "" for t in p.iter(w("t"))) for p in el.iter(w("p"))).strip()
            if text:
                who = el.get(w("author")) if tag == "comment" else None
                notes.append(f"{what}{f' ({who})' if who else ''} không có chỗ trong kế hoạch, giữ trong báo cáo: "
                             f"“{clean(text)}”")


class _Notes:
    """Reader notes handed to the import report (not a block of the plan)."""

    def __init__(self, notes: list[str]):
        self.notes = notes


def _starts_lower(s: str) -> bool:
    s = s.lstrip()
    return bool(s) and s[0].islower() and not re.match(r"^[a-zđ]\s*(\)|/|\.\s)", s)


def _heading_goes_on(prev: Para, b: Para) -> str:
    """Why *b* is the rest of the heading *prev*, or "".

    * "I." (or "1.") alone on its line, its title on the next one;
    * a heading in capitals wrapped with Shift+Enter: "II. NHIỆM VỤ VÀ⏎GIẢI PHÁP"."""
    if b.numbered:
        return ""
    t, pt = clean(b.text), clean(f"{prev.numbered} {prev.text}")
    if not t or _section_number(t) or re.match(r"^[-–—•+*]", t) or len(t) > 160:
        return ""
    sec = _section_match(pt) if pt else None
    if not sec:
        return ""
    if not sec[2]:
        if t.endswith((".", ";")) and not (prev.bold and b.bold):
            return ""
        return "số đứng riêng một dòng, tên ở dòng sau"
    if b.soft and prev.bold == b.bold and _is_upper_line(sec[2]) and _is_upper_line(t) and \
            not pt.endswith((".", ":", ";")):
        return "tiêu đề xuống dòng bằng Shift+Enter"
    return ""


RESOURCES = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                         "resources", "import")
_DATA: dict = {}


def _data(name: str) -> dict:
    """A table of resources/import (read once)."""
    if name not in _DATA:
        with open(os.path.join(RESOURCES, name), encoding="utf-8") as f:
            _DATA[name] = json.load(f)
    return _DATA[name]


DEFAULT_WIDTH_PT = 453.5     # A4 less the decree's 30 + 20 mm margins, when the section does not say
DEFAULT_SIZE_PT = 13.0       # when neither the runs nor the styles give a size


def line_fill(p: Para) -> float:
    """How full the last line of *p* is (0–1), as Word sets it: its text wrapped at the
    page's text width less the paragraph's indentation, in Times New Roman at its size."""
    el = p.el
    left, right, first = p.ind or (0, 0, 0)
    size = p.size
    if el is not None:
        ppr = el.find(w("pPr"))
        if ppr is not None and ppr.find(w("ind")) is not None:
            left, right, first = _ind(ppr.find(w("ind")))
        for r in reversed(el.findall(w("r"))):
            sz = _half_points(r.find(w("rPr")))
            if sz:
                size = sz
                break
    size = size or DEFAULT_SIZE_PT
    width = p.width or DEFAULT_WIDTH_PT
    table = _data("serif_widths.json")
    widths = table["bold" if p.bold else "regular"]
    default = table["default"]

    def wide(word: str) -> float:
        n = 0
        for c in word:
            v = widths.get(c)
            if v is None:
                v = widths.get(unicodedata.normalize("NFD", c)[:1], default)
            n += v
        return n * size / 1000
    avail = width - (left + right) / 20
    cap = avail if p.soft else avail - first / 20
    if cap <= 0 or avail <= 0:
        return 0.0
    space = widths[" "] * size / 1000
    line = -1.0
    for word in p.text.split():
        ww = wide(word)
        if line < 0:
            line = ww
        elif line + space + ww <= cap:
            line += space + ww
        else:
            line, cap = ww, avail
    return max(line, 0.0) / cap


def _ends_with(text: str, words) -> str:
    low = text.lower()
    for x in words:
        xl = x.lower()
        if low == xl or low.endswith(" " + xl):
            return x
    return ""


def _continues_name(t: str) -> bool:
    """*t* begins with a name: an agency or document ("Ủy ban nhân dân", "Nghị quyết"), a
    place ("Huyện Vị Xuyên"), an abbreviation in capitals ("UBND"), or two capitalised words."""
    words = _data("reading.json")
    low = t.lower()
    for x in words["name_heads"] + words["places"]:
        xl = x.lower()
        if low.startswith(xl) and (len(low) == len(xl) or not low[len(xl)].isalnum()):
            return True
    first = t.split()[:2]
    if first and len(first[0]) >= 2 and first[0].isupper() and first[0].isalpha():
        return True
    return len(first) == 2 and all(x[:1].isupper() for x in first)


def _cut_before_capital(prev: Para, b: Para) -> str:
    """Why *b* (starting with a capital) is the rest of *prev*, cut in two (copied from a
    PDF), or "".  The signals a reader uses: no sentence-ending mark before the cut, the
    second half going on with a name, and the first half either running to the right margin
    or ending on a word no sentence ends with ("của", "và", "theo" …)."""
    if b.numbered or prev.numbered or b.soft or b.tabs or prev.tabs:
        return ""
    bt = b.text.lstrip()
    if not bt or not bt[0].isupper() or prev.text.rstrip().endswith((".", ":", ";", "!", "?", ")", "”", '"', "…")):
        return ""
    t, pt = clean(b.text), clean(prev.text)
    if not t or not pt or not t[0].isupper() or pt.endswith((".", ":", ";", "!", "?", ")", "”", '"', "…")):
        return ""
    if prev.bold != b.bold or prev.italic != b.italic or _is_upper_line(pt) or _is_upper_line(t):
        return ""
    if _section_match(pt) or _section_match(t) or re.match(r"^[-–—•+*]", t) or RE_APPENDIX.match(t) or \
            RE_ATTACH.match(t) or PREFIX_RE.match(t) or re.match(r"^(Nơi nhận|Số\s*:)", t, re.I):
        return ""
    if not _continues_name(t):
        return ""
    words = _data("reading.json")
    conn = _ends_with(pt, words["cannot_end"])
    in_name = _ends_with(pt, words["name_heads"])
    last = pt.split()[-1]
    if not in_name and len(pt.split()) > 1 and last[:1].isupper():
        in_name = last
    if not (conn or in_name):
        return ""
    full = line_fill(prev) >= 0.8
    if not (full or conn):
        return ""
    why = ["không có dấu kết câu trước chỗ cắt"]
    why_en = ["no sentence-ending mark before the cut"]
    if full:
        why.append("đoạn trước chạy hết lề phải")
        why_en.append("the first half runs to the right margin")
    if conn:
        why.append(f"đoạn trước dừng ở “{conn}”")
        why_en.append(f"the first half stops at “{conn}”")
    elif in_name:
        why.append(f"đoạn trước dừng giữa tên “{in_name}”")
        why_en.append(f"the first half stops inside the name “{in_name}”")
    why.append("đoạn sau tiếp tục một tên")
    why_en.append("the second half goes on with a name")
    return "; ".join(why) + "\x00" + "; ".join(why_en)


def join_broken(blocks: list, notes: list[str]) -> list:
    """Join a paragraph that starts with a lower-case letter to the one
    before it when that one stops mid-sentence (a paragraph cut in two by a
    page break, often left so by a PDF conversion), and the rest of a
    heading typed on the next line (:func:`_heading_goes_on`).  Each join
    is noted."""
    out: list = []
    for b in blocks:
        prev = out[-1] if out else None
        why = _heading_goes_on(prev, b) if isinstance(b, Para) and isinstance(prev, Para) else ""
        if why:
            if prev.runs and not prev.runs[-1].text.endswith(" "):
                prev.runs.append(Run(" ", prev.bold, prev.italic))
            prev.runs.extend(b.runs)
            notes.append(f"Tiêu đề viết trên hai dòng được nối lại ({why}): “{clean(prev.text)[:80]}”")
            continue
        if (isinstance(b, Para) and isinstance(prev, Para) and not b.numbered and not b.soft
                and _starts_lower(b.text) and prev.text.strip()
                and not prev.text.rstrip().endswith((".", ":", "!", "?", "./."))):
            if not prev.runs[-1].text.endswith(" "):
                prev.runs.append(Run(" ", False, False))
            prev.runs.extend(b.runs)
            notes.append(f"Đoạn bắt đầu bằng chữ thường được nối vào đoạn trước (có vẻ bị ngắt giữa câu): "
                         f"“{b.text.strip()[:60]}”")
            continue
        cut = _cut_before_capital(prev, b) if isinstance(b, Para) and isinstance(prev, Para) else ""
        if cut:
            vi, en = cut.split("\x00")
            if not prev.runs[-1].text.endswith(" "):
                prev.runs.append(Run(" ", False, False))
            prev.runs.extend(b.runs)
            notes.append(Note(f"Đoạn bị cắt đôi trước chữ hoa được nối lại ({vi}): “{clean(b.text)[:60]}”",
                              f"A paragraph cut in two before a capital is joined again ({en}): "
                              f"“{clean(b.text)[:60]}”"))
            continue
        out.append(b)
    return out


def read_blocks(path: str) -> list:
    name = os.path.basename(path)
    try:
        size = os.path.getsize(path)
    except OSError as e:
        raise _err(f"Không mở được “{name}”: {e.strerror or e}", f"Cannot open “{name}”: {e.strerror or e}") from e
    if size > MAX_FILE:
        raise _err(f"“{name}” quá lớn ({size // (1024 * 1024)} MB; tối đa {MAX_FILE // (1024 * 1024)} MB).",
                   f"“{name}” is too large ({size // (1024 * 1024)} MB; at most {MAX_FILE // (1024 * 1024)} MB).")
    with open(path, "rb") as f:
        data = f.read()
    return read_blocks_bytes(data, name)


def import_docx_blocks(path: str) -> list:
    """Blocks of a .docx, or of a .doc converted by LibreOffice."""
    with open(path, "rb") as f:
        head = f.read(8)
    if head.startswith(OLE_MAGIC) and path.lower().endswith(".doc"):
        return _convert_doc(path)
    return read_blocks(path)


def soffice_path() -> str | None:
    for exe in ("soffice", "libreoffice"):
        p = shutil.which(exe)
        if p:
            return p
    return None


def _convert_doc(path: str) -> list:
    name = os.path.basename(path)
    exe = soffice_path()
    if not exe:
        raise _err(f"“{name}” là tệp Word cũ (.doc). Máy chưa cài LibreOffice để chuyển tự động: hãy mở tệp trong "
                   "Word và chọn Lưu thành → Tài liệu Word (*.docx), rồi nhập tệp .docx đó.",
                   f"“{name}” is an old Word file (.doc). LibreOffice is not installed to convert it: open it in "
                   "Word, Save As → Word Document (*.docx), then import that .docx.")
    with tempfile.TemporaryDirectory(prefix="import-doc-") as tmp:
        src = os.path.join(tmp, "in.doc")
        shutil.copyfile(path, src)
        profile = os.path.join(tmp, "profile")
        try:
            subprocess.run([exe, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                            "--convert-to", "docx", "--outdir", tmp, src],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=SOFFICE_TIMEOUT,
                           check=False)
        except subprocess.TimeoutExpired as e:
            raise _err(f"LibreOffice không chuyển xong “{name}” sau {SOFFICE_TIMEOUT} giây; hãy mở trong Word và "
                       "lưu thành .docx.",
                       f"LibreOffice did not finish converting “{name}” within {SOFFICE_TIMEOUT} s; open it in Word "
                       "and save it as .docx.") from e
        except OSError as e:
            raise _err(f"Không chạy được LibreOffice để chuyển “{name}”: {e}",
                       f"Cannot run LibreOffice to convert “{name}”: {e}") from e
        out = os.path.join(tmp, "in.docx")
        if not os.path.exists(out):
            raise _err(f"LibreOffice không chuyển được “{name}” (tệp có mật khẩu hoặc bị hỏng?). Hãy mở trong Word "
                       "và lưu thành .docx.",
                       f"LibreOffice could not convert “{name}” (password-protected or damaged?). Open it in Word "
                       "and save it as .docx.")
        return read_blocks(out)


def import_docx(path: str) -> Plan:
    """The plan typed in a Word file (.docx, or .doc through LibreOffice).

    Raises :class:`PlanError` with a clear message for anything that is not
    a readable Word document; never returns a partial plan silently: what
    could not be placed is listed in ``plan.import_report``."""
    blocks = import_docx_blocks(path)
    notes = [n for b in blocks if isinstance(b, _Notes) for n in b.notes]
    blocks = [b for b in blocks if not isinstance(b, _Notes)]
    if not any(isinstance(b, Para) and b.text.strip() for b in blocks) and \
            not any(isinstance(b, Table) for b in blocks):
        raise _err(f"“{os.path.basename(path)}” không có nội dung nào để nhập.",
                   f"“{os.path.basename(path)}” has no content to import.")
    plan = build_plan(blocks, strip_print_marks=True)
    plan.import_report = notes + plan.import_report
    return plan
