"""The header block and the title: Quốc hiệu and Tiêu ngữ, issuing agency, number and symbol,
place and date, type name and subject (Phụ lục I, II.1–II.5).
"""
from __future__ import annotations

import re

from ..document import Document, Para
from .finding import Finding, _f
from .layout import Layout, has_rule, is_upper, underlined
from .run_format import _check_run_format


def cell_text_width(p: Para) -> float | None:
    """Twips available for text in the table cell holding *p* (its width less the cell margins),
    or None when *p* is not in a cell of a known width."""
    from ..document import TAG_TC, w
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
        from ...export.layout import text_width
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
