"""The reader of a document part: the body's paragraphs (runs, manual line breaks, tabs, text
boxes, hidden and deleted text), tables (spans, vertical merges, header rows, nested tables),
sections (page orientation and text width, an appendix title in a section's page header), and the
footnotes, endnotes and comments that go to the import report."""
from __future__ import annotations

import os
import re

from ... import legacy_encodings
from ...errors import PlanError
from ...model import Run
from ...text import Note, clean
from ..outline import RE_APPENDIX, RE_ATTACH, Cell, Para, Table
from .package import _err, _Package
from .styles import _Numbering, _numpr, _on, _Styles, _twips
from .wml import (
    _MC_ALT,
    _PICTURES,
    _RUN_HOLDERS,
    _W_B,
    _W_BR,
    _W_CHAR,
    _W_CR,
    _W_GRIDBEFORE,
    _W_GRIDSPAN,
    _W_I,
    _W_NBH,
    _W_NUMPR,
    _W_P,
    _W_PPR,
    _W_PSTYLE,
    _W_R,
    _W_RPR,
    _W_RSTYLE,
    _W_SDT,
    _W_SDTCONTENT,
    _W_SECTPR,
    _W_SOFT_HYPHEN,
    _W_SYM,
    _W_T,
    _W_TAB,
    _W_TBLHEADER,
    _W_TCPR,
    _W_TRPR,
    _W_TXBX,
    _W_TYPE,
    _W_VAL,
    _W_VANISH,
    _W_VMERGE,
    MC,
    PKG_REL,
    R_NS,
    _child,
    _kids,
    w,
)

MAX_PARAGRAPHS = 60000
MAX_CELLS = 200000
TAB_MARK = "\x09"      # a w:tab while reading a paragraph (then a space; see Para.tabs)


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


_SIDE_PARTS = (("footnotes.xml", "footnote", "Chú thích cuối trang", "Footnote"),
               ("endnotes.xml", "endnote", "Chú thích cuối văn bản", "Endnote"),
               ("comments.xml", "comment", "Nhận xét (comment) của người góp ý", "Review comment"))


def _side_notes(pkg, folder: str, notes: list[str]) -> None:
    """Footnotes, endnotes and review comments have no place in the plan: each one's text goes
    into the import report, so nothing typed in the Word file is dropped without a word."""
    for part, tag, what, what_en in _SIDE_PARTS:
        if not pkg.has(folder + part):
            continue
        try:
            root = pkg.xml(folder + part)
        except PlanError:
            notes.append(Note(f"Không đọc được phần {part} của tệp Word ({what.lower()}).",
                              f"The part {part} of the Word file could not be read ({what_en.lower()}s)."))
            continue
        for el in root.findall(w(tag)):
            if el.get(w("type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = " ".join("".join(t.text or "" for t in p.iter(w("t"))) for p in el.iter(w("p"))).strip()
            if text:
                who = el.get(w("author")) if tag == "comment" else None
                by = f" ({who})" if who else ""
                notes.append(Note(f"{what}{by} không có chỗ trong kế hoạch, giữ trong báo cáo: “{clean(text)}”",
                                  f"{what_en}{by} has no place in the plan; kept in this report: “{clean(text)}”"))


