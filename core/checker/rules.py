"""The rules of Nghị định 30/2020/NĐ-CP (Phụ lục I) checked on a Word document.

One function per rule; each takes ``(doc, lay, cfg)`` — the
:class:`~core.checker.document.Document`, its :class:`Layout` (where the
header, title, body, Nơi nhận, signature and appendices are) and the rule
data of ``resources/checker/nd30.json`` — and returns a list of
:class:`Finding`.  A finding says where (a snippet of the paragraph), what the
decree asks (its article or appendix), whether the program can fix it in a
corrected copy, and whether it is an ``error`` (the layout the decree
prescribes is not met) or a ``warning`` (something to look at: an empty
signature block, text after "./.").
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, field

from .document import Document, Para

RESOURCES = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                         "resources", "checker", "nd30.json")

_CFG: dict | None = None


def config() -> dict:
    global _CFG
    if _CFG is None:
        with open(RESOURCES, encoding="utf-8") as f:
            _CFG = json.load(f)
    return _CFG


# --------------------------------------------------------------- finding ---
REFS = {
    "paper": ("NĐ 30/2020, Phụ lục I, mục I.1–I.3 (khổ A4, lề trên/dưới 20–25 mm, trái 30–35 mm, phải 15–20 mm)",
              "Decree 30/2020, Appendix I, I.1–I.3 (A4; margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm)"),
    "font": ("NĐ 30/2020, Phụ lục I, mục I.4 (phông Times New Roman, màu đen)",
             "Decree 30/2020, Appendix I, I.4 (Times New Roman, black)"),
    "national": ("NĐ 30/2020, Phụ lục I, mục II.1 (Quốc hiệu và Tiêu ngữ)", "Decree 30/2020, Appendix I, II.1 (national title and motto)"),
    "agency": ("NĐ 30/2020, Phụ lục I, mục II.2 (tên cơ quan ban hành)", "Decree 30/2020, Appendix I, II.2 (issuing agency)"),
    "number": ("NĐ 30/2020, Phụ lục I, mục II.3; Điều 15 (số, ký hiệu)", "Decree 30/2020, Appendix I, II.3; Art. 15 (number and symbol)"),
    "place_date": ("NĐ 30/2020, Phụ lục I, mục II.4 (địa danh, thời gian ban hành)",
                   "Decree 30/2020, Appendix I, II.4 (place and date)"),
    "title": ("NĐ 30/2020, Phụ lục I, mục II.5 (tên loại và trích yếu)", "Decree 30/2020, Appendix I, II.5 (type name and subject)"),
    "body": ("NĐ 30/2020, Phụ lục I, mục II.6 (nội dung văn bản)", "Decree 30/2020, Appendix I, II.6 (body text)"),
    "headings": ("NĐ 30/2020, Phụ lục I, mục II.6.đ và bảng mục V (phần, mục, khoản, điểm)",
                 "Decree 30/2020, Appendix I, II.6.đ and table V (parts, sections, clauses, points)"),
    "closing": ("NĐ 30/2020, Phụ lục III (các mẫu kết thúc nội dung bằng “./.”)",
                "Decree 30/2020, Appendix III (the samples end the text with “./.”)"),
    "recipients": ("NĐ 30/2020, Phụ lục I, mục II.9.b (nơi nhận)", "Decree 30/2020, Appendix I, II.9.b (recipients)"),
    "signature": ("NĐ 30/2020, Điều 13; Phụ lục I, mục II.7 (thẩm quyền, chức vụ, họ tên người ký)",
                  "Decree 30/2020, Art. 13; Appendix I, II.7 (authority, title and name of the signer)"),
    "page_numbers": ("NĐ 30/2020, Phụ lục I, mục I.7 (số trang: giữa lề trên, từ trang 2, cỡ 13–14)",
                     "Decree 30/2020, Appendix I, I.7 (page numbers: centred at the top, from page 2, 13–14 pt)"),
    "appendices": ("NĐ 30/2020, Phụ lục I, mục III.1 (phụ lục)", "Decree 30/2020, Appendix I, III.1 (appendices)"),
}


@dataclass
class Finding:
    rule: str                 # "page.margins", "header.motto_rule", …
    severity: str             # "error" | "warning"
    where: str                # a snippet of the paragraph, or "Trang 1 (phần 1)"
    vi: str
    en: str
    ref: str                  # key of REFS
    fixable: bool = False
    count: int = 1            # paragraphs/runs concerned (grouped findings)
    para: int | None = field(default=None, repr=False)    # index of the first paragraph concerned
    paras: list = field(default_factory=list, repr=False)  # every paragraph concerned (for the fixer)
    fix: dict = field(default_factory=dict, repr=False)     # what the fixer sets
    where_en: str = ""        # the place in English when it is not a snippet of the document

    def place(self, lang: str = "vi") -> str:
        return (self.where_en or self.where) if lang == "en" else self.where

    def message(self, lang: str = "vi") -> str:
        return self.en if lang == "en" else self.vi

    def reference(self, lang: str = "vi") -> str:
        r = REFS.get(self.ref, (self.ref, self.ref))
        return r[1] if lang == "en" else r[0]

    def to_dict(self, lang: str = "vi") -> dict:
        d = asdict(self)
        for k in ("vi", "en", "paras", "fix", "where_en"):
            d.pop(k)
        d["where"] = self.place(lang)
        d["message"] = self.message(lang)
        d["reference"] = self.reference(lang)
        return d


def _f(rule, sev, where, vi, en, ref, fixable=False, paras=(), fix=None) -> Finding:
    paras = [p for p in paras if p is not None]
    where, where_en = (where if isinstance(where, tuple) else (where, ""))
    return Finding(rule, sev, where, vi, en, ref, fixable, max(len(paras), 1),
                   paras[0].index if paras else None, [p.index for p in paras], fix or {}, where_en)


# ---------------------------------------------------------------- layout ---
def norm_up(text: str) -> str:
    t = " ".join(text.split()).upper()
    return t.replace("HOÀ", "HÒA").replace("UỶ", "ỦY")


_HAS_LETTER = re.compile(r"[^\W\d_]")


def is_upper(text: str) -> bool:
    letters = "".join(_HAS_LETTER.findall(text))
    return bool(letters) and letters == letters.upper()


def is_caps(p: Para) -> bool:
    """Printed in capitals: typed so, or shown so by w:caps on every run."""
    return is_upper(p.text) or (p.all_on("caps"))


def has_rule(p: Para) -> bool:
    return bool(p.props.get("border_bottom")) or p.drawing


def underlined(p: Para) -> bool:
    return p.all_on("u")


_NUMBER = re.compile(r"^\s*Số\b", re.I)
_DATE = re.compile(r"ngày\s*\S*\s*tháng\s*\S*\s*năm", re.I)
_APPENDIX = re.compile(r"^\s*phụ\s+lục\b", re.I)
_BODY_OPENING = re.compile(r"^\s*(Căn cứ|Thực hiện|Kính gửi|Để |Theo |Trên cơ sở|Nhằm|[IVXLC]+\.\s|1\.\s)")


class Layout:
    """Where the parts of an administrative document are."""

    def __init__(self, doc: Document, cfg: dict):
        P = doc.paras
        self.doc = doc
        self.national = next((p for p in P[:200] if "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in norm_up(p.text)), None)
        start = self.national.index + 1 if self.national else 0
        self.motto = next((p for p in P[start:start + 6] if "ĐỘC LẬP" in norm_up(p.text) and "HẠNH PHÚC" in norm_up(p.text)),
                          None)
        nat = self.national
        self.header_table = nat.cell[0] if nat is not None and nat.cell else None
        if self.header_table is not None:
            self.header = [p for p in P if p.cell and p.cell[0] == self.header_table]
        elif nat is not None:
            self.header = P[max(0, nat.index - 6): nat.index + 8]
        else:
            self.header = []
        self.header_end = (self.header[-1].index + 1) if self.header else 0
        col = nat.cell[2] if nat is not None and nat.cell else None
        self.number = next((p for p in self.header if _NUMBER.match(p.text)), None)
        self.place_date = next((p for p in self.header if _DATE.search(p.text)), None)
        left = [p for p in self.header if p.cell and p.cell[2] != col and (self.number is None or p.index < self.number.index)]
        self.left = left
        self.agency = [p for p in left if p.stripped and not p.stripped.lower().startswith("v/v")]
        # title
        types = cfg["doc_types"]
        self.doc_type = None
        self.type_abbr = None
        after = [p for p in P[self.header_end:] if p.cell is None]
        texts = [p for p in after if p.stripped]
        for p in texts[:3]:
            t = norm_up(p.stripped)
            if t in types:
                self.doc_type, self.type_abbr = p, types[t]
                break
        self.subject: list[Para] = []
        self.subject_rule: Para | None = None
        body_from = self.header_end
        if self.doc_type is not None:
            i = self.doc_type.index + 1
            while i < len(P) and len(self.subject) < 4:
                p = P[i]
                if p.cell is not None:
                    break
                if not p.stripped:
                    if has_rule(p):
                        self.subject_rule = p
                        i += 1
                        break
                    if self.subject:
                        i += 1
                        # the rule may follow one empty paragraph
                        if i < len(P) and not P[i].stripped and has_rule(P[i]) and P[i].cell is None:
                            self.subject_rule = P[i]
                            i += 1
                        break
                    i += 1
                    continue
                if self.subject and p.props.get("jc") != "center":
                    break
                if not self.subject and _BODY_OPENING.match(p.text):
                    break           # the body starts at once: no subject line
                self.subject.append(p)
                if has_rule(p) or underlined(p):
                    self.subject_rule = p
                i += 1
            body_from = i
        # Nơi nhận and signature
        self.recipients_label = next((p for p in P[body_from:] if re.match(r"^\s*Nơi\s+nhận", p.text, re.I)), None)
        lab = self.recipients_label
        self.recipients: list[Para] = []
        self.signature: list[Para] = []
        sig_start = len(P)
        if lab is not None:
            if lab.cell is not None:
                ti, ri, ci = lab.cell
                row = [p for p in P if p.cell and p.cell[0] == ti]
                sig_start = row[0].index
                self.recipients = [p for p in row if p.cell == lab.cell and p.index > lab.index and p.stripped]
                self.signature = [p for p in row if p.cell[1] == ri and p.cell[2] != ci and p.stripped]
                block_end = row[-1].index + 1
            else:
                sig_start = lab.index
                i = lab.index + 1
                while i < len(P) and P[i].stripped.startswith(("-", "–", "+")):
                    self.recipients.append(P[i])
                    i += 1
                block_end = i
        else:
            block_end = len(P)
        # appendices: after the signature block (or, without one, anywhere after the body started)
        self.appendices: list[dict] = []
        search_from = block_end if lab is not None else body_from
        for p in P[search_from:]:
            if p.cell is None and _APPENDIX.match(p.text) and len(p.stripped) < 40:
                self.appendices.append({"label": p, "title": [], "note": None})
        for k, ap in enumerate(self.appendices):
            stop = self.appendices[k + 1]["label"].index if k + 1 < len(self.appendices) else len(P)
            for p in P[ap["label"].index + 1: min(stop, ap["label"].index + 8)]:
                if p.cell is not None:
                    break
                if not p.stripped:
                    continue
                if p.stripped.startswith("("):
                    if "kèm theo" in p.text.lower():
                        ap["note"] = p
                    break
                if p.props.get("jc") != "center" and ap["title"]:
                    break
                ap["title"].append(p)
        body_end = sig_start if lab is not None else (self.appendices[0]["label"].index if self.appendices else len(P))
        self.body = [p for p in P[body_from:body_end] if p.cell is None and p.stripped]


# ------------------------------------------------------------ rule helpers ---
def _sizes_ok(p: Para, lo: float, hi: float) -> bool:
    return all(lo - 0.01 <= s <= hi + 0.01 for s in p.sizes())


def _size_text(p: Para) -> str:
    return ", ".join(f"{s:g}" for s in sorted(p.sizes())) or "?"


def _range(lo, hi) -> str:
    return f"{lo:g}" if lo == hi else f"{lo:g}–{hi:g}"


def _check_run_format(rule: str, what_vi: str, what_en: str, p: Para, ref: str, size: tuple, bold=None, italic=None,
                      upper=None) -> list[Finding]:
    """Size, weight, slant and case of one paragraph of the header, title or signature."""
    out = []
    lo, hi = size
    if not _sizes_ok(p, lo, hi):
        out.append(_f(rule + ".size", "error", p.snippet(),
                      f"{what_vi}: cỡ chữ {_size_text(p)} — cần {_range(lo, hi)}.",
                      f"{what_en}: size {_size_text(p)} pt — must be {_range(lo, hi)} pt.", ref, True, [p],
                      {"size": hi if (min(p.sizes() or {hi}) > hi) else lo}))
    if bold is not None and (p.all_on("b") if bold else not p.any_on("b")) is False:
        out.append(_f(rule + ".bold", "error", p.snippet(),
                      f"{what_vi}: {'cần in đậm' if bold else 'không in đậm'}.",
                      f"{what_en}: {'must be bold' if bold else 'must not be bold'}.", ref, True, [p], {"b": bold}))
    if italic is not None and (p.all_on("i") if italic else not p.any_on("i")) is False:
        out.append(_f(rule + ".italic", "error", p.snippet(),
                      f"{what_vi}: {'cần in nghiêng' if italic else 'chữ đứng, không in nghiêng'}.",
                      f"{what_en}: {'must be italic' if italic else 'must be upright, not italic'}.", ref, True, [p],
                      {"i": italic}))
    if upper is not None and is_caps(p) != upper:
        out.append(_f(rule + ".case", "error", p.snippet(),
                      f"{what_vi}: {'cần viết in hoa' if upper else 'viết chữ thường (không in hoa toàn bộ)'}.",
                      f"{what_en}: {'must be in capitals' if upper else 'must be in lower case, not all capitals'}.",
                      ref, bool(upper), [p], {"caps": True} if upper else {}))
    return out


def cell_text_width(p: Para) -> float | None:
    """Twips available for text in the table cell holding *p* (its width less the cell margins),
    or None when *p* is not in a cell of a known width."""
    from .document import TAG_TC, w
    el = p.el.getparent()
    while el is not None and el.tag != TAG_TC:
        el = el.getparent()
    if el is None:
        return None
    tcw = el.find(f"{w('tcPr')}/{w('tcW')}")
    if tcw is None or tcw.get(w("type"), "dxa") != "dxa":
        return None
    try:
        width = int(tcw.get(w("w")))
    except (TypeError, ValueError):
        return None
    tbl = el.getparent().getparent() if el.getparent() is not None else None
    margins = 0
    for side in ("left", "right"):
        v = None
        for scope in (el.find(f"{w('tcPr')}/{w('tcMar')}"),
                      tbl.find(f"{w('tblPr')}/{w('tblCellMar')}") if tbl is not None else None):
            if scope is not None:
                m = scope.find(w(side)) if scope.find(w(side)) is not None else scope.find(w("start" if side == "left" else "end"))
                if m is not None:
                    try:
                        v = int(m.get(w("w")))
                    except (TypeError, ValueError):
                        v = None
                    break
        margins += 108 if v is None else v      # Word's default cell margin: 0.19 cm
    return float(width - margins) if width > margins else None


def _twips_mm(t) -> float:
    return round((t or 0) / 56.7, 1)


# ------------------------------------------------------------------ rules ---
def rule_paper(doc: Document, lay: Layout, cfg: dict) -> list[Finding]:
    """Khổ A4 và lề trang của từng phần (section)."""
    out = []
    pw, ph, tol = cfg["paper"]["w"], cfg["paper"]["h"], cfg["paper"]["tolerance"]
    for sec in doc.sections:
        where_vi = ((f"Phần {sec.index + 1} của văn bản", f"Section {sec.index + 1}") if len(doc.sections) > 1
                    else ("Cả văn bản", "Whole document"))
        wd, ht = sec.twips("pgSz", "w"), sec.twips("pgSz", "h")
        if wd is None or ht is None:
            wd, ht = 12240, 15840        # Word's default when pgSz is absent: Letter
        a, b = sorted((wd, ht))
        if abs(a - pw) > tol or abs(b - ph) > tol:
            out.append(_f("page.paper", "error", where_vi,
                          f"Khổ giấy {_twips_mm(wd):g} × {_twips_mm(ht):g} mm — cần A4 (210 × 297 mm).",
                          f"Paper {_twips_mm(wd):g} × {_twips_mm(ht):g} mm — must be A4 (210 × 297 mm).", "paper", True,
                          fix={"section": sec.index}))
        bad = []
        for side, (lo, hi) in cfg["margins_mm"].items():
            v = sec.twips("pgMar", side)
            mm = _twips_mm(abs(v) if v is not None else 25.4 * 56.7)
            if mm < lo - 0.3 or mm > hi + 0.3:
                bad.append((side, mm, lo, hi))
        if bad:
            names_vi = {"top": "trên", "bottom": "dưới", "left": "trái", "right": "phải"}
            out.append(_f("page.margins", "error", where_vi,
                          "Lề " + "; ".join(f"{names_vi[s]} {mm:g} mm (cần {lo}–{hi})" for s, mm, lo, hi in bad) + ".",
                          "Margin " + "; ".join(f"{s} {mm:g} mm (must be {lo}–{hi})" for s, mm, lo, hi in bad) + ".",
                          "paper", True, fix={"section": sec.index}))
    return out


def rule_font(doc: Document, lay: Layout, cfg: dict) -> list[Finding]:
    """Times New Roman, màu đen, cho mọi chữ."""
    want = cfg["font"].lower()
    wrong: dict[str, list[Para]] = {}
    colored: list[Para] = []
    for p in doc.paras:
        for r in p.visible_runs():
            f = (r.props.get("font") or "").strip()
            if f.lower() != want:
                wrong.setdefault(f or "?", []).append(p)
                break
        if any((r.props.get("color") or "auto").lower() not in ("auto", "000000") for r in p.visible_runs()):
            colored.append(p)
    out = []
    for font, ps in wrong.items():
        ps = list(dict.fromkeys(ps))
        out.append(_f("font.family", "error", ps[0].snippet(),
                      f"Phông chữ “{font}” ở {len(ps)} đoạn — cần {cfg['font']}.",
                      f"Font “{font}” in {len(ps)} paragraphs — must be {cfg['font']}.", "font", True, ps))
    if colored:
        out.append(_f("font.color", "error", colored[0].snippet(),
                      f"Chữ có màu ở {len(colored)} đoạn — chữ phải màu đen.",
                      f"Coloured text in {len(colored)} paragraphs — text must be black.", "font", True, colored))
    return out


def rule_national(doc: Document, lay: Layout, cfg: dict) -> list[Finding]:
    """Quốc hiệu (in hoa, đậm, 12–13) và Tiêu ngữ (đậm, 13–14, gạch nối có cách)."""
    out = []
    sz = cfg["sizes"]
    if lay.national is None:
        return [_f("header.national", "error", ("Đầu trang 1", "Top of page 1"), "Không có Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”.",
                   "The national title “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” is missing.", "national")]
    out += _check_run_format("header.national", "Quốc hiệu", "National title", lay.national, "national",
                             tuple(sz["national"]), bold=True, italic=False, upper=True)
    avail = cell_text_width(lay.national)
    if avail is not None:
        from ..export.layout import text_width
        size = max(lay.national.sizes() or {13.0})
        need = text_width(" ".join(lay.national.stripped.split()), size, bold=lay.national.any_on("b")) * 20
        if need > avail + 10:
            out.append(_f("header.national.one_line", "error", lay.national.snippet(),
                          f"Cột bên phải đầu trang rộng {avail / 567:.1f} cm: Quốc hiệu bị xuống dòng — cần khoảng "
                          f"{need / 567:.1f} cm để in trên một dòng.",
                          f"The right header column is {avail / 567:.1f} cm wide: the national title wraps — it needs "
                          f"about {need / 567:.1f} cm to print on one line.", "national", paras=[lay.national]))
    m = lay.motto
    if m is None:
        out.append(_f("header.motto", "error", lay.national.snippet(), "Không có Tiêu ngữ “Độc lập - Tự do - Hạnh phúc”.",
                      "The motto “Độc lập - Tự do - Hạnh phúc” is missing.", "national", paras=[lay.national]))
        return out
    out += _check_run_format("header.motto", "Tiêu ngữ", "Motto", m, "national", tuple(sz["motto"]), bold=True,
                             italic=False)
    t = " ".join(m.stripped.split())
    if t != "Độc lập - Tự do - Hạnh phúc":
        out.append(_f("header.motto.text", "error", m.snippet(),
                      "Tiêu ngữ viết “Độc lập - Tự do - Hạnh phúc”: chữ đầu mỗi cụm viết hoa, giữa các cụm là gạch nối (-) có cách chữ.",
                      "The motto reads “Độc lập - Tự do - Hạnh phúc”: each phrase capitalised, joined by “ - ”.",
                      "national", True, [m], {"text": "Độc lập - Tự do - Hạnh phúc"}))
    return out


def rule_motto_line(doc: Document, lay: Layout, cfg: dict) -> list[Finding]:
    """Đường kẻ ngang, nét liền dưới Tiêu ngữ."""
    m = lay.motto
    if m is None:
        return []
    if has_rule(m) or underlined(m):
        return []
    for p in doc.paras[m.index + 1: m.index + 4]:
        if p.cell != m.cell or (p.stripped and not p.drawing):
            break
        if has_rule(p):
            return []
    return [_f("header.motto_rule", "error", m.snippet(),
               "Không có đường kẻ ngang nét liền dưới Tiêu ngữ (dài bằng dòng chữ).",
               "No solid line under the motto (as long as the text).", "national", True, [m])]


def rule_agency(doc: Document, lay: Layout, cfg: dict) -> list[Finding]:
    """Tên cơ quan ban hành: in hoa, 12–13; cơ quan chủ quản đứng, cơ quan ban hành đậm; kẻ dưới 1/3–1/2."""
    if lay.national is None:
        return []
    if not lay.agency:
        where = lay.number.snippet() if lay.number else ("Ô trái đầu trang", "Left header cell")
        return [_f("header.agency", "error", where,
                   "Không có tên cơ quan ban hành (ô số 2, bắt buộc) ở bên trái, trên dòng “Số:”.",
                   "No issuing agency (box 2, mandatory) on the left, above the “Số:” line.", "agency")]
    out = []
    sz = tuple(cfg["sizes"]["agency"])
    for p in lay.agency:
        out += _check_run_format("header.agency", "Tên cơ quan", "Agency name", p, "agency", sz, italic=False, upper=True)
    last = lay.agency[-1]
    if not last.all_on("b"):
        out.append(_f("header.agency.bold", "error", last.snippet(), "Tên cơ quan ban hành phải in đậm.",
                      "The issuing agency's name must be bold.", "agency", True, [last], {"b": True}))
    # the rule under it
    ruled = any(has_rule(p) or underlined(p) for p in lay.left if p.index >= lay.agency[0].index)
    if not ruled:
        out.append(_f("header.agency_rule", "error", last.snippet(),
                      "Không có đường kẻ ngang nét liền dưới tên cơ quan ban hành (1/3–1/2 độ dài dòng chữ).",
                      "No solid line under the agency name (1/3–1/2 of the text's length).", "agency", True, [last]))
    return out


def rule_number(doc: Document, lay: Layout, cfg: dict) -> list[Finding]:
    """“Số: 05/KH-UBND”: “Số” chữ thường, 13, đứng; số dưới 10 có số 0; ký hiệu in hoa, không cách."""
    if lay.national is None:
        return []
    p = lay.number
    if p is None:
        return [_f("header.number", "error", ("Đầu trang 1", "Top of page 1"), "Không có dòng số, ký hiệu (“Số: …/KH-…”).",
                   "No number and symbol line (“Số: …/KH-…”).", "number")]
    out = _check_run_format("header.number", "Số, ký hiệu", "Number and symbol", p, "number",
                            tuple(cfg["sizes"]["number"]), bold=False, italic=False)
    t = " ".join(p.stripped.split())
    m = re.match(r"^Số\s*(:?)\s*(.*)$", t, re.I)
    rest = m.group(2) if m else ""
    if m and not m.group(1):
        out.append(_f("header.number.colon", "error", p.snippet(), "Sau chữ “Số” phải có dấu hai chấm (“Số:”).",
                      "“Số” must be followed by a colon (“Số:”).", "number", paras=[p]))
    if not t.startswith("Số"):
        out.append(_f("header.number.case", "error", p.snippet(), "Chữ “Số” viết thường (chỉ chữ S hoa).",
                      "“Số” is written in lower case (capital S only).", "number", paras=[p]))
    mm = re.match(r"^(\d*)(\s*)/(\s*)(.*)$", rest)
    if rest and not mm:
        out.append(_f("header.number.form", "error", p.snippet(),
                      "Số và ký hiệu viết “Số: 05/KH-UBND” (số, dấu “/”, ký hiệu).",
                      "Number and symbol are written “Số: 05/KH-UBND” (number, “/”, symbol).", "number", paras=[p]))
        return out
    if not mm:
        return out
    num, sp1, sp2, sym = mm.groups()
    if (num and sp1) or sp2:
        out.append(_f("header.number.spaces", "error", p.snippet(),
                      "Không để cách trước hoặc sau dấu “/” giữa số và ký hiệu.",
                      "No space before or after the “/” between number and symbol.", "number", paras=[p]))
    if num and len(num) == 1:
        out.append(_f("header.number.zero", "error", p.snippet(), f"Số nhỏ hơn 10 ghi thêm số 0 phía trước (“0{num}”).",
                      f"A number below 10 gets a leading zero (“0{num}”).", "number", paras=[p]))
    if re.search(r"\s-|-\s", sym):
        out.append(_f("header.number.hyphen", "error", p.snippet(),
                      "Giữa các nhóm chữ của ký hiệu dùng gạch nối (-) không cách chữ.",
                      "The groups of the symbol are joined by “-” without spaces.", "number", paras=[p]))
    groups = [g for g in re.split(r"\s*-\s*", sym) if g]
    abbrs = set(cfg["doc_types"].values())
    if any(g != g.upper() and g not in abbrs for g in groups):
        out.append(_f("header.number.symbol_case", "error", p.snippet(), "Ký hiệu văn bản viết in hoa.",
                      "The symbol is written in capitals.", "number", paras=[p]))
    if lay.type_abbr and groups and groups[0] != lay.type_abbr:
        out.append(_f("header.number.type", "error", p.snippet(),
                      f"Ký hiệu của văn bản loại này bắt đầu bằng chữ viết tắt tên loại “{lay.type_abbr}” "
                      f"(ví dụ “/{lay.type_abbr}-UBND”).",
                      f"The symbol of this document type starts with the type's abbreviation “{lay.type_abbr}” "
                      f"(e.g. “/{lay.type_abbr}-UBND”).", "number", paras=[p]))
    return out


def rule_place_date(doc: Document, lay: Layout, cfg: dict) -> list[Finding]:
    """“Địa danh, ngày 05 tháng 01 năm 2020”: nghiêng, 13–14; số 0 trước ngày < 10 và tháng 1, 2."""
    if lay.national is None:
        return []
    p = lay.place_date
    if p is None:
        return [_f("header.date", "error", ("Đầu trang 1", "Top of page 1"),
                   "Không có dòng địa danh, ngày tháng năm (“…, ngày … tháng … năm …”).",
                   "No place and date line (“…, ngày … tháng … năm …”).", "place_date")]
    out = _check_run_format("header.date", "Địa danh, ngày tháng", "Place and date", p, "place_date",
                            tuple(cfg["sizes"]["place_date"]), bold=False, italic=True)
    t = " ".join(p.stripped.split())
    m = re.match(r"^(.*?)(,?)\s*ngày\s*(\S*)\s*tháng\s*(\S*)\s*năm\s*(\S*)", t, re.I)
    if not m:
        return out
    place, comma, day, month, _year = m.groups()
    if not place.strip(" ,"):
        out.append(_f("header.date.place", "error", p.snippet(), "Thiếu địa danh trước “, ngày …”.",
                      "The place name before “, ngày …” is missing.", "place_date", paras=[p]))
    elif not comma:
        out.append(_f("header.date.comma", "error", p.snippet(), "Sau địa danh có dấu phẩy (“Vị Xuyên, ngày …”).",
                      "A comma follows the place name (“Vị Xuyên, ngày …”).", "place_date", paras=[p]))
    if day.isdigit() and len(day) == 1:
        out.append(_f("header.date.day", "error", p.snippet(), f"Ngày nhỏ hơn 10 ghi thêm số 0 (“0{day}”).",
                      f"A day below 10 gets a leading zero (“0{day}”).", "place_date", paras=[p]))
    if month.isdigit():
        mo = int(month)
        if mo in (1, 2) and len(month) == 1:
            out.append(_f("header.date.month", "error", p.snippet(), f"Tháng 1 và 2 ghi “0{mo}”.",
                          f"Months 1 and 2 are written “0{mo}”.", "place_date", paras=[p]))
        elif mo >= 3 and month.startswith("0"):
            out.append(_f("header.date.month", "error", p.snippet(),
                          f"Tháng 3 đến 12 không ghi số 0 phía trước (“{mo}”, không phải “{month}”).",
                          f"Months 3 to 12 take no leading zero (“{mo}”, not “{month}”).", "place_date", paras=[p]))
    return out


def rule_title(doc: Document, lay: Layout, cfg: dict) -> list[Finding]:
    """Tên loại in hoa, đậm, 13–14, giữa; trích yếu chữ thường, đậm, 13–14, giữa; kẻ dưới trích yếu."""
    if lay.national is None:
        return []
    if lay.doc_type is None:
        if any(p.stripped.lower().startswith("v/v") for p in lay.left):
            return []       # a công văn: no type name
        return [_f("title.type", "warning", ("Sau phần đầu trang", "Under the header"),
                   "Không nhận ra tên loại văn bản (KẾ HOẠCH, BÁO CÁO, QUYẾT ĐỊNH…) ngay dưới phần đầu trang.",
                   "No document type name (KẾ HOẠCH, BÁO CÁO, QUYẾT ĐỊNH…) found under the header.", "title")]
    sz = cfg["sizes"]
    t = lay.doc_type
    out = _check_run_format("title.type", "Tên loại văn bản", "Document type", t, "title", tuple(sz["doc_type"]),
                            bold=True, italic=False, upper=True)
    if t.props.get("jc") != "center":
        out.append(_f("title.type.center", "error", t.snippet(), "Tên loại văn bản canh giữa.",
                      "The document type is centred.", "title", True, [t], {"jc": "center"}))
    if not lay.subject:
        out.append(_f("title.subject", "error", t.snippet(), "Không có trích yếu nội dung ngay dưới tên loại văn bản.",
                      "No subject line directly under the document type.", "title", paras=[t]))
        return out
    for p in lay.subject:
        out += _check_run_format("title.subject", "Trích yếu", "Subject", p, "title", tuple(sz["subject"]),
                                 bold=True, italic=False)
        if p.props.get("jc") != "center":
            out.append(_f("title.subject.center", "error", p.snippet(), "Trích yếu canh giữa.",
                          "The subject is centred.", "title", True, [p], {"jc": "center", "first": 0}))
    joined = " ".join(p.stripped for p in lay.subject)
    if len(re.sub(r"\W", "", joined)) > 12 and is_upper(joined):
        out.append(_f("title.subject.case", "error", lay.subject[0].snippet(),
                      "Trích yếu viết chữ thường (chỉ chữ đầu và tên riêng viết hoa), không in hoa toàn bộ.",
                      "The subject is in sentence case (capitals only for the first letter and proper names), "
                      "not all capitals.", "title", paras=lay.subject))
    if lay.subject_rule is None:
        out.append(_f("title.subject_rule", "error", lay.subject[-1].snippet(),
                      "Không có đường kẻ ngang nét liền dưới trích yếu (1/3–1/2 độ dài dòng chữ).",
                      "No solid line under the subject (1/3–1/2 of the text's length).", "title", True, [lay.subject[-1]]))
    return out


_HEADING_MUC = re.compile(r"^\s*([IVXLC]+)\s*([.\-–:)])\s*\S")
_HEADING_PHAN = re.compile(r"^\s*Phần\s+(thứ\s+\S+|[IVXLC]+)\b", re.I)
_HEADING_KHOAN = re.compile(r"^\s*\d+\.\s+\S")


def _is_heading(p: Para) -> bool:
    return bool(_HEADING_PHAN.match(p.text) or (_HEADING_MUC.match(p.text) and len(p.stripped) < 200))


def rule_body(doc: Document, lay: Layout, cfg: dict) -> list[Finding]:
    """Nội dung: 13–14, canh đều hai lề, lùi đầu dòng 1–1,27 cm, cách đoạn ≥ 6 pt, dãn dòng 1–1,5."""
    if not lay.body:
        return []
    b = cfg["body"]
    lo, hi = cfg["sizes"]["body"]
    size, just, indent, space, line = [], [], [], [], []
    prev = None
    ilo, ihi = b["indent_twips"]
    tol = b["indent_tolerance"]
    for p in lay.body:
        centred_heading = bool(_HEADING_PHAN.match(p.text)) or p.props.get("jc") == "center" and _is_heading(p)
        if not _sizes_ok(p, lo, hi):
            size.append(p)
        if not centred_heading and len(p.stripped) > 90 and p.props.get("jc") not in ("both", "distribute"):
            just.append(p)
        first = p.props.get("first", 0) or 0
        if not centred_heading and not (ilo - tol <= first <= ihi + tol):
            indent.append(p)
        if prev is not None:
            gap = max(prev.props.get("after", 0) or 0, p.props.get("before", 0) or 0)
            if p.props.get("contextual") and p.style == prev.style:
                gap = 0
            if gap < b["min_space_pt"] * 20 - 1:
                space.append(p)
        prev = p
        rule_ = p.props.get("lineRule", "auto")
        ln = p.props.get("line", 240)
        big = max(p.sizes() or {14.0})
        if rule_ == "auto":
            if not (b["line_auto"][0] - 1 <= ln <= b["line_auto"][1] + 1):
                line.append(p)
        elif ln < big * 20 - 1 or ln > big * 20 * 1.5 * 1.2:
            line.append(p)
    out = []
    if size:
        out.append(_f("body.size", "error", size[0].snippet(),
                      f"{len(size)} đoạn nội dung có cỡ chữ ngoài {lo}–{hi} (ví dụ {_size_text(size[0])}).",
                      f"{len(size)} body paragraphs have a size outside {lo}–{hi} pt (e.g. {_size_text(size[0])}).",
                      "body", True, size, {"size": 14}))
    if just:
        out.append(_f("body.justify", "error", just[0].snippet(), f"{len(just)} đoạn nội dung không canh đều hai lề.",
                      f"{len(just)} body paragraphs are not justified.", "body", True, just, {"jc": "both"}))
    if indent:
        out.append(_f("body.indent", "error", indent[0].snippet(),
                      f"{len(indent)} đoạn nội dung không lùi đầu dòng 1 cm hoặc 1,27 cm "
                      f"(ví dụ {indent[0].props.get('first', 0) / 567:.2f} cm).",
                      f"{len(indent)} body paragraphs lack the 1 cm or 1.27 cm first-line indent "
                      f"(e.g. {indent[0].props.get('first', 0) / 567:.2f} cm).", "body", True, indent, {"first": 567}))
    if space:
        out.append(_f("body.spacing", "error", space[0].snippet(),
                      f"{len(space)} chỗ giữa hai đoạn nội dung cách nhau dưới 6 pt.",
                      f"{len(space)} places where two body paragraphs are less than 6 pt apart.", "body", True, space,
                      {"before": 120}))
    if line:
        out.append(_f("body.line", "error", line[0].snippet(),
                      f"{len(line)} đoạn nội dung có khoảng cách dòng ngoài 1–1,5 dòng.",
                      f"{len(line)} body paragraphs have line spacing outside 1–1.5 lines.", "body", True, line,
                      {"line": 240}))
    return out


def rule_headings(doc: Document, lay: Layout, cfg: dict) -> list[Finding]:
    """Mục “I.”: in hoa, đậm; “Phần I”: đậm, giữa; khoản có tiêu đề “1. Mục đích”: đậm."""
    not_upper, not_bold, form, khoan = [], [], [], []
    for p in lay.body:
        m = _HEADING_MUC.match(p.text)
        if _HEADING_PHAN.match(p.text):
            if not p.all_on("b"):
                not_bold.append(p)
            continue
        if m and len(p.stripped) < 200:
            if m.group(2) != ".":
                form.append(p)
            title = p.text[m.end(2):]
            if not is_upper(title) and not p.all_on("caps"):
                not_upper.append(p)
            if not p.all_on("b"):
                not_bold.append(p)
            continue
        if _HEADING_KHOAN.match(p.text) and len(p.stripped) < 100 and not p.stripped.endswith((".", ";", ",")) \
                and not p.any_on("b"):
            khoan.append(p)
    out = []
    if not_upper:
        out.append(_f("headings.case", "error", not_upper[0].snippet(),
                      f"{len(not_upper)} đề mục La Mã (“I.”, “II.”…) không viết in hoa.",
                      f"{len(not_upper)} Roman-numbered section headings (“I.”, “II.”…) are not in capitals.",
                      "headings", True, not_upper, {"caps": True}))
    if not_bold:
        out.append(_f("headings.bold", "error", not_bold[0].snippet(),
                      f"{len(not_bold)} đề mục (“Phần …”, “I.”…) không in đậm.",
                      f"{len(not_bold)} headings (“Phần …”, “I.”…) are not bold.", "headings", True, not_bold, {"b": True}))
    if form:
        out.append(_f("headings.form", "error", form[0].snippet(),
                      f"{len(form)} đề mục đánh số La Mã không theo dạng “I.” (số La Mã và dấu chấm).",
                      f"{len(form)} Roman-numbered headings are not in the form “I.” (numeral and full stop).",
                      "headings", paras=form))
    if khoan:
        out.append(_f("headings.khoan_bold", "warning", khoan[0].snippet(),
                      f"{len(khoan)} khoản có tiêu đề (“1. Mục đích”) không in đậm.",
                      f"{len(khoan)} titled clauses (“1. Mục đích”) are not bold.", "headings", True, khoan, {"b": True}))
    return out


def rule_closing(doc: Document, lay: Layout, cfg: dict) -> list[Finding]:
    """Nội dung kết thúc bằng “./.”, không có chữ sau dấu này."""
    if not lay.body:
        return []
    last = lay.body[-1]
    t = last.stripped
    if "./." not in t:
        return [_f("body.closing", "error", last.snippet(), "Đoạn cuối của nội dung không kết thúc bằng dấu “./.”.",
                   "The last paragraph of the text does not end with “./.”.", "closing", True, [last])]
    tail = t.rsplit("./.", 1)[1].strip()
    if tail:
        return [_f("body.after_closing", "warning", last.snippet(), f"Sau dấu “./.” còn chữ “{tail[:40]}”.",
                   f"There is text after “./.”: “{tail[:40]}”.", "closing", paras=[last])]
    return []


def rule_recipients(doc: Document, lay: Layout, cfg: dict) -> list[Finding]:
    """“Nơi nhận:” 12, đậm nghiêng; danh sách 11, đứng, “-” đầu dòng, “;” cuối; “- Lưu: …” cuối cùng."""
    lab = lay.recipients_label
    if lab is None:
        if lay.doc_type is None and lay.national is None:
            return []
        where = lay.body[-1].snippet() if lay.body else ("Cuối văn bản", "End of the document")
        return [_f("recipients", "error", where, "Không có phần “Nơi nhận:”.", "No “Nơi nhận:” (recipients) block.",
                   "recipients")]
    sz = cfg["sizes"]
    out = _check_run_format("recipients.label", "Chữ “Nơi nhận:”", "“Nơi nhận:”", lab, "recipients",
                            tuple(sz["recipients_label"]), bold=True, italic=True)
    if not lab.stripped.endswith(":"):
        out.append(_f("recipients.label.colon", "error", lab.snippet(), "Sau “Nơi nhận” có dấu hai chấm.",
                      "“Nơi nhận” is followed by a colon.", "recipients", paras=[lab]))
    items = lay.recipients
    if not items:
        out.append(_f("recipients.empty", "warning", lab.snippet(), "Danh sách nơi nhận để trống.",
                      "The list of recipients is empty.", "recipients", paras=[lab]))
        return out
    lo, hi = sz["recipients"]
    bad_size = [p for p in items if not _sizes_ok(p, lo, hi)]
    if bad_size:
        out.append(_f("recipients.size", "error", bad_size[0].snippet(),
                      f"{len(bad_size)} dòng nơi nhận có cỡ chữ {_size_text(bad_size[0])} — cần 11.",
                      f"{len(bad_size)} recipient lines are {_size_text(bad_size[0])} pt — must be 11 pt.",
                      "recipients", True, bad_size, {"size": 11}))
    styled = [p for p in items if p.any_on("b") or p.any_on("i")]
    if styled:
        out.append(_f("recipients.upright", "error", styled[0].snippet(),
                      f"{len(styled)} dòng nơi nhận in đậm hoặc nghiêng — cần chữ đứng, không đậm.",
                      f"{len(styled)} recipient lines are bold or italic — must be upright, not bold.", "recipients",
                      True, styled, {"b": False, "i": False}))
    no_dash = [p for p in items if not p.stripped.startswith(("-", "–"))]
    if no_dash:
        out.append(_f("recipients.dash", "error", no_dash[0].snippet(),
                      f"{len(no_dash)} dòng nơi nhận không bắt đầu bằng gạch đầu dòng “-”.",
                      f"{len(no_dash)} recipient lines do not start with “-”.", "recipients", paras=no_dash))
    store = [p for p in items if re.match(r"^[-–]?\s*Lưu\b", p.stripped, re.I)]
    if not store:
        out.append(_f("recipients.luu", "error", items[-1].snippet(), "Thiếu dòng “- Lưu: VT, …” ở cuối nơi nhận.",
                      "The last line “- Lưu: VT, …” is missing.", "recipients", paras=[items[-1]]))
    else:
        if store[-1] is not items[-1]:
            out.append(_f("recipients.luu_last", "error", store[-1].snippet(), "Dòng “- Lưu: …” phải là dòng cuối cùng.",
                          "The “- Lưu: …” line must be the last one.", "recipients", paras=[store[-1]]))
        s = store[-1].stripped
        if not re.match(r"^[-–]?\s*Lưu\s*:", s):
            out.append(_f("recipients.luu_colon", "error", store[-1].snippet(), "Viết “- Lưu: VT, …” (có dấu hai chấm).",
                          "Write “- Lưu: VT, …” (with a colon).", "recipients", paras=[store[-1]]))
        if not s.endswith("."):
            out.append(_f("recipients.luu_stop", "error", store[-1].snippet(), "Dòng “- Lưu: …” kết thúc bằng dấu chấm.",
                          "The “- Lưu: …” line ends with a full stop.", "recipients", paras=[store[-1]]))
    semi = [p for p in items if p not in store and not p.stripped.endswith(";")]
    if semi:
        out.append(_f("recipients.semicolon", "warning", semi[0].snippet(),
                      f"{len(semi)} dòng nơi nhận không kết thúc bằng dấu chấm phẩy “;”.",
                      f"{len(semi)} recipient lines do not end with “;”.", "recipients", paras=semi))
    return out


_PLACEHOLDER = re.compile(r"^\(.*\)$|^\[.*\]$")
_HONORIFIC = re.compile(r"^(ông|bà|đ/c|đồng chí|ts\.|ths\.|pgs\.|gs\.)\s", re.I)


def rule_signature(doc: Document, lay: Layout, cfg: dict) -> list[Finding]:
    """Thẩm quyền, chức vụ: in hoa, đậm, 13–14; họ tên: chữ thường, đậm, 13–14."""
    if lay.recipients_label is None:
        return []
    lines = [p for p in lay.signature if not _PLACEHOLDER.match(p.stripped)]
    if not lines:
        return [_f("signature.empty", "warning", lay.recipients_label.snippet(),
                   "Khối chữ ký để trống (chưa có chức vụ, họ tên người ký).",
                   "The signature block is empty (no title or name of the signer).", "signature")]
    out = []
    sz = tuple(cfg["sizes"]["signature"])
    titles = [p for p in lines if is_caps(p)]
    names = [p for p in lines if not is_caps(p)]
    for p in titles:
        out += _check_run_format("signature.title", "Thẩm quyền, chức vụ người ký", "Signer's authority and title", p,
                                 "signature", sz, bold=True, italic=False)
        m = re.match(r"^(TM|KT|TL|TUQ|Q)\b(?!\.)", p.stripped)
        if m:
            out.append(_f("signature.prefix", "error", p.snippet(), f"Viết “{m.group(1)}.” (có dấu chấm) trước chức vụ.",
                          f"Write “{m.group(1)}.” (with a full stop) before the title.", "signature", paras=[p]))
    if not names:
        out.append(_f("signature.name", "warning", lines[-1].snippet(), "Khối chữ ký chưa có họ tên người ký.",
                      "The signature block has no signer's name.", "signature", paras=[lines[-1]]))
    for p in names:
        out += _check_run_format("signature.name", "Họ tên người ký", "Signer's name", p, "signature", sz, bold=True,
                                 italic=False)
        if _HONORIFIC.match(p.stripped):
            out.append(_f("signature.honorific", "error", p.snippet(),
                          "Không ghi học hàm, học vị, “Ông/Bà” trước họ tên người ký.",
                          "No academic title or “Ông/Bà” before the signer's name.", "signature", paras=[p]))
    if titles and names and names[-1].index < titles[-1].index:
        out.append(_f("signature.order", "warning", names[-1].snippet(),
                      "Họ tên người ký đặt dưới chức vụ.", "The signer's name goes under the title.", "signature",
                      paras=[names[-1]]))
    return out


def rule_page_numbers(doc: Document, lay: Layout, cfg: dict) -> list[Finding]:
    """Số trang: giữa lề trên, 13–14, không hiện ở trang 1."""
    sec = doc.sections[0]
    where = ("Đầu trang (header), phần 1", "Page header, section 1")
    field_ = doc.page_field(sec.headers.get("default"))
    if field_ is None:
        in_footer = doc.page_field(sec.footers.get("default")) or doc.page_field(sec.footers.get("first"))
        if in_footer:
            return [_f("page_numbers.footer", "error", where, "Số trang đặt ở chân trang — Nghị định quy định giữa lề trên.",
                       "Page numbers are in the footer — the decree puts them centred in the top margin.", "page_numbers",
                       True, fix={"section": 0})]
        if lay.body and len(doc.paras) < 12 and not lay.appendices:
            return []       # a one-page note has no page 2
        return [_f("page_numbers.missing", "error", where, "Văn bản không đánh số trang (từ trang 2, giữa lề trên).",
                   "The document has no page numbers (from page 2, centred at the top).", "page_numbers", True,
                   fix={"section": 0})]
    out = []
    if field_["jc"] != "center" and not field_["framed"]:
        out.append(_f("page_numbers.center", "error", where, "Số trang phải canh giữa lề trên.",
                      "Page numbers must be centred at the top.", "page_numbers", True, fix={"section": 0}))
    lo, hi = cfg["sizes"]["page_number"]
    if any(not (lo <= s <= hi) for s in field_["sizes"]):
        out.append(_f("page_numbers.size", "error", where,
                      f"Số trang cỡ {', '.join(f'{s:g}' for s in sorted(field_['sizes']))} — cần {lo}–{hi}.",
                      f"Page numbers are {', '.join(f'{s:g}' for s in sorted(field_['sizes']))} pt — must be {lo}–{hi}.",
                      "page_numbers", True, fix={"section": 0}))
    if not sec.title_pg or doc.page_field(sec.headers.get("first")):
        out.append(_f("page_numbers.first", "error", where, "Trang 1 không hiện số trang (chọn “Different First Page”).",
                      "Page 1 shows no number (set “Different First Page”).", "page_numbers", True, fix={"section": 0}))
    return out


_ROMAN = re.compile(r"^[IVXLC]+$")


def rule_appendices(doc: Document, lay: Layout, cfg: dict) -> list[Finding]:
    """Phụ lục: trang riêng, đánh số trang riêng; “Phụ lục I” 14 đậm; tên in hoa; “(Kèm theo …)” nghiêng."""
    out = []
    aps = lay.appendices
    sz = cfg["sizes"]
    for ap in aps:
        lab: Para = ap["label"]
        sec = doc.sections[lab.section]
        # numbered on its own: the appendix opens its own section, restarting at 1
        before = [p for p in doc.paras[sec.first_para:lab.index] if p.stripped]
        own = not before
        if not own or sec.page_start != 1:
            out.append(_f("appendix.numbering", "error", lab.snippet(),
                          "Phụ lục không được đánh số trang riêng (cần bắt đầu phần mới, số trang bắt đầu từ 1).",
                          "The appendix is not numbered on its own (it needs its own section, pages from 1).",
                          "appendices", own, [lab], {"section": lab.section}))
        out += _check_run_format("appendix.label", "Chữ “Phụ lục”", "“Phụ lục” line", lab, "appendices",
                                 tuple(sz["appendix_label"]), bold=True, italic=False)
        m = re.match(r"^\s*(phụ\s+lục)\s*(\S*)", lab.text, re.I)
        if m and m.group(1) != "Phụ lục" and re.sub(r"\s+", " ", m.group(1)) != "Phụ lục":
            out.append(_f("appendix.label.case", "error", lab.snippet(), "Viết “Phụ lục” chữ thường (không in hoa toàn bộ).",
                          "Write “Phụ lục” in lower case (not all capitals).", "appendices", paras=[lab]))
        if len(aps) > 1 and m and not _ROMAN.match(m.group(2).strip(".:")):
            out.append(_f("appendix.label.number", "error", lab.snippet(),
                          "Có từ hai phụ lục trở lên: đánh số bằng chữ số La Mã (“Phụ lục I”, “Phụ lục II”…).",
                          "With two or more appendices, number them in Roman numerals (“Phụ lục I”, “Phụ lục II”…).",
                          "appendices", paras=[lab]))
        if lab.props.get("jc") != "center":
            out.append(_f("appendix.label.center", "error", lab.snippet(), "Chữ “Phụ lục” canh giữa.",
                          "The “Phụ lục” line is centred.", "appendices", True, [lab], {"jc": "center"}))
        for p in ap["title"]:
            out += _check_run_format("appendix.title", "Tên phụ lục", "Appendix title", p, "appendices",
                                     tuple(sz["appendix_title"]), bold=True, italic=False, upper=True)
        note = ap["note"]
        if note is None:
            out.append(_f("appendix.note", "error", lab.snippet(),
                          "Thiếu dòng “(Kèm theo … số … ngày … của …)” dưới tên phụ lục.",
                          "The line “(Kèm theo … số … ngày … của …)” under the appendix title is missing.", "appendices",
                          paras=[lab]))
        else:
            out += _check_run_format("appendix.note", "Dòng “(Kèm theo …)”", "“(Kèm theo …)” line", note, "appendices",
                                     tuple(sz["appendix_note"]), italic=True)
            low = note.text.lower()
            if "số" not in low or "ngày" not in low:
                out.append(_f("appendix.note.ref", "error", note.snippet(),
                              "Dòng “(Kèm theo …)” ghi số, ký hiệu và ngày của văn bản.",
                              "The “(Kèm theo …)” line gives the document's number, symbol and date.", "appendices",
                              paras=[note]))
    return out


RULES = [rule_paper, rule_font, rule_national, rule_motto_line, rule_agency, rule_number, rule_place_date,
         rule_title, rule_body, rule_headings, rule_closing, rule_recipients, rule_signature, rule_page_numbers,
         rule_appendices]
