"""The page: A4 and margins of every section, Times New Roman in black, page numbers.
"""
from __future__ import annotations

from ..document import Document, Para
from .finding import Finding, _f
from .layout import Layout


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
