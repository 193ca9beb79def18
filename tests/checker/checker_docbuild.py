"""Build a small Word document for the format checker's tests, XML written by hand.

``spec()`` returns the parts of a KẾ HOẠCH laid out exactly as Nghị định 30/2020
asks (the checker must find nothing in it); a test changes one part and checks
that the matching rule — and only it — speaks.  ``build(path, s)`` writes it.

A paragraph is ``P(text, b=, i=, sz=, jc=, first=, before=, after=, line=,
rule=, caps=, font=, color=, u=, style=, rstyle=)``; ``sz=None`` leaves the size
to the styles (document default 14 pt).
"""
from __future__ import annotations

import zipfile
from xml.sax.saxutils import escape

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def P(text="", **fmt) -> dict:
    d = {"text": text}
    d.update(fmt)
    return d


def spec() -> dict:
    c = {"jc": "center", "first": 0, "before": 0, "after": 0}
    return {
        "agency": [P("ỦY BAN NHÂN DÂN", b=True, sz=13, **c), P("HUYỆN VỊ XUYÊN", b=True, sz=13, **c)],
        "agency_rule": [P("", rule=True, **c)],
        "national": P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", b=True, sz=13, **c),
        "motto": P("Độc lập - Tự do - Hạnh phúc", b=True, sz=14, **c),
        "motto_rule": [P("", rule=True, **c)],
        "number": P("Số: 05/KH-UBND", sz=13, **c),
        "date": P("Vị Xuyên, ngày 05 tháng 01 năm 2021", i=True, sz=14, **c),
        "type": P("KẾ HOẠCH", b=True, sz=14, **c),
        "subject": [P("Nâng cao Chỉ số hiệu quả quản trị và hành chính công (PAPI) năm 2021", b=True, sz=14, **c)],
        "subject_rule": [P("", rule=True, **c)],
        "body": [
            P("Thực hiện Kế hoạch số 163/KH-UBND ngày 20/5/2021 của Ủy ban nhân dân tỉnh Hà Giang, Ủy ban nhân dân "
              "huyện Vị Xuyên ban hành Kế hoạch như sau:"),
            P("I. MỤC ĐÍCH, YÊU CẦU", b=True),
            P("1. Mục đích", b=True),
            P("- Nâng cao hiệu quả hoạt động của các cơ quan hành chính nhà nước, tăng cường sự tham gia của người dân "
              "vào công tác quản lý nhà nước ở địa phương."),
            P("Các cơ quan, đơn vị căn cứ Kế hoạch này tổ chức thực hiện, báo cáo kết quả về Ủy ban nhân dân huyện "
              "trước ngày 15 tháng 12 năm 2021./."),
        ],
        "body_default": {"jc": "both", "first": 567, "before": 120, "after": 0, "line": 240},
        "recipients_label": P("Nơi nhận:", b=True, i=True, sz=12, first=0),
        "recipients": [P("- UBND tỉnh (b/c);", sz=11, first=0), P("- Lưu: VT, NV.", sz=11, first=0)],
        "signature": [P("TM. ỦY BAN NHÂN DÂN", b=True, sz=14, **c), P("CHỦ TỊCH", b=True, sz=14, **c),
                      P("Nguyễn Văn A", b=True, sz=14, **c)],
        "sect": {"w": 11906, "h": 16838, "top": 1418, "bottom": 1134, "left": 1985, "right": 1134, "titlePg": True},
        "page_header": {"jc": "center", "sz": 14, "where": "header"},     # None: no page numbers
        "appendices": [],
        "doc_font": "Times New Roman",      # docDefaults rFonts; ("theme", "minorHAnsi") for the theme font
        "theme_minor": "Times New Roman",
        "styles_extra": "",
    }


def appendix(label="Phụ lục I", own_section=True, start=1) -> dict:
    c = {"jc": "center", "first": 0, "before": 0, "after": 0}
    return {"label": P(label, b=True, sz=14, **c),
            "title": [P("PHÂN CÔNG NHIỆM VỤ", b=True, sz=14, **c)],
            "note": P("(Kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 01 năm 2021 của Ủy ban nhân dân huyện Vị Xuyên)",
                      i=True, sz=14, **c),
            "own_section": own_section, "start": start}


def _rpr(p: dict) -> str:
    out = []
    if p.get("rstyle"):
        out.append(f'<w:rStyle w:val="{p["rstyle"]}"/>')
    if p.get("font"):
        f = p["font"]
        out.append(f'<w:rFonts w:ascii="{f}" w:hAnsi="{f}"/>')
    for k in ("b", "i", "caps"):
        if k in p and p[k] is not None:
            out.append(f'<w:{k}/>' if p[k] else f'<w:{k} w:val="0"/>')
    if p.get("color"):
        out.append(f'<w:color w:val="{p["color"]}"/>')
    if p.get("sz"):
        out.append(f'<w:sz w:val="{int(p["sz"] * 2)}"/>')
    if p.get("u"):
        out.append('<w:u w:val="single"/>')
    return f"<w:rPr>{''.join(out)}</w:rPr>" if out else ""


def _para(p: dict, defaults: dict | None = None, sect: str = "") -> str:
    d = dict(defaults or {})
    d.update(p)
    ppr = []
    if d.get("style"):
        ppr.append(f'<w:pStyle w:val="{d["style"]}"/>')
    if d.get("rule"):
        ppr.append('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>')
    sp = []
    for k in ("before", "after", "line"):
        if d.get(k) is not None:
            sp.append(f'w:{k}="{d[k]}"')
    if sp:
        rule = ' w:lineRule="auto"' if d.get("line") is not None else ""
        ppr.append(f'<w:spacing {" ".join(sp)}{rule}/>')
    if d.get("first") is not None:
        ppr.append(f'<w:ind w:firstLine="{d["first"]}"/>')
    if d.get("jc"):
        ppr.append(f'<w:jc w:val="{d["jc"]}"/>')
    ppr_x = f"<w:pPr>{''.join(ppr)}{sect}</w:pPr>" if ppr or sect else ""
    run = f'<w:r>{_rpr(d)}<w:t xml:space="preserve">{escape(d["text"])}</w:t></w:r>' if d["text"] else ""
    return f"<w:p>{ppr_x}{run}</w:p>"


def _cell(paras: list[dict], width: int) -> str:
    inner = "".join(_para(p) for p in paras) or "<w:p/>"
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{inner}</w:tc>'


def _table(rows: list[list[list[dict]]], widths=(3600, 6000)) -> str:
    grid = "".join(f'<w:gridCol w:w="{x}"/>' for x in widths)
    body = "".join("<w:tr>" + "".join(_cell(c, widths[i]) for i, c in enumerate(r)) + "</w:tr>" for r in rows)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders><w:top w:val="nil"/>'
            f'<w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/>'
            f'<w:insideV w:val="nil"/></w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>')


def _sectpr(s: dict, headers: bool, start=None, landscape=False) -> str:
    wd, ht = (s["h"], s["w"]) if landscape else (s["w"], s["h"])
    refs = ('<w:headerReference w:type="default" r:id="rIdH1"/><w:headerReference w:type="first" r:id="rIdH2"/>'
            + ('<w:footerReference w:type="default" r:id="rIdF1"/>' if s.get("_footer") else "")
            if headers else "")
    orient = ' w:orient="landscape"' if landscape else ""
    pg = f'<w:pgNumType w:start="{start}"/>' if start else ""
    tp = "<w:titlePg/>" if s.get("titlePg") else ""
    return (f'<w:sectPr>{refs}<w:pgSz w:w="{wd}" w:h="{ht}"{orient}/>'
            f'<w:pgMar w:top="{s["top"]}" w:right="{s["right"]}" w:bottom="{s["bottom"]}" w:left="{s["left"]}" '
            f'w:header="567" w:footer="567" w:gutter="0"/>{pg}{tp}</w:sectPr>')


def document_xml(s: dict) -> str:
    ph = s["page_header"]
    s["sect"]["_footer"] = bool(ph and ph.get("where") == "footer")
    has_hdr = ph is not None
    head = _table([[s["agency"] + s["agency_rule"], [s["national"], s["motto"]] + s["motto_rule"]],
                   [[s["number"]], [s["date"]]]])
    parts = [head, _para(s["type"])] + [_para(p) for p in s["subject"]] + [_para(p) for p in s["subject_rule"]]
    bd = s["body_default"]
    parts += [_para(p, bd) for p in s["body"]]
    parts.append(_table([[[s["recipients_label"]] + s["recipients"], s["signature"]]], widths=(4000, 4800)))
    aps = s["appendices"]
    for k, ap in enumerate(aps):
        if ap["own_section"]:
            start = s.get("_start_of_section", None)
            # close the section that ends here (the main text, or the previous appendix)
            prev_start = aps[k - 1]["start"] if k > 0 and aps[k - 1]["own_section"] else None
            parts.append(_para(P(""), sect=_sectpr(s["sect"], has_hdr, start=prev_start)))
            del start
        else:
            parts.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        parts.append(_para(ap["label"]))
        parts += [_para(p) for p in ap["title"]]
        if ap["note"] is not None:
            parts.append(_para(ap["note"]))
        parts.append(_para(P("Nội dung phụ lục./.", jc="both", first=567, before=120)))
    last_start = aps[-1]["start"] if aps and aps[-1]["own_section"] else None
    parts.append(_sectpr(s["sect"], has_hdr, start=last_start))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>'
            + "".join(parts) + "</w:body></w:document>")


def styles_xml(s: dict) -> str:
    f = s["doc_font"]
    if isinstance(f, tuple):
        fonts = f'<w:rFonts w:asciiTheme="{f[1]}" w:hAnsiTheme="{f[1]}"/>'
    else:
        fonts = f'<w:rFonts w:ascii="{f}" w:hAnsi="{f}"/>'
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {NS}>'
            f'<w:docDefaults><w:rPrDefault><w:rPr>{fonts}<w:sz w:val="28"/></w:rPr></w:rPrDefault>'
            f'<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
            f'</w:docDefaults>'
            f'<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
            f'<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>'
            f'{s["styles_extra"]}</w:styles>')


def header_xml(ph: dict | None, with_page=True) -> str:
    if ph is None or not with_page:
        return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {NS}><w:p/></w:hdr>'
    tag = "hdr"
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{tag} {NS}><w:p><w:pPr><w:pStyle w:val="Header"/>'
            f'<w:jc w:val="{ph["jc"]}"/></w:pPr><w:fldSimple w:instr=" PAGE   \\* MERGEFORMAT "><w:r><w:rPr>'
            f'<w:sz w:val="{int(ph["sz"] * 2)}"/></w:rPr><w:t>2</w:t></w:r></w:fldSimple></w:p></w:{tag}>')


def theme_xml(minor: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="T"><a:themeElements>'
            '<a:fontScheme name="F"><a:majorFont><a:latin typeface="Cambria"/></a:majorFont>'
            f'<a:minorFont><a:latin typeface="{minor}"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>')


def build(path, s: dict | None = None) -> str:
    s = s or spec()
    ph = s["page_header"]
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
            'Target="styles.xml"/>',
            '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" '
            'Target="theme/theme1.xml"/>']
    if ph is not None:
        rels += ['<Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'header" Target="header1.xml"/>',
                 '<Relationship Id="rIdH2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'header" Target="header2.xml"/>',
                 '<Relationship Id="rIdF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'footer" Target="footer1.xml"/>']
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                   'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
                   'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   'wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/_rels/document.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships">' + "".join(rels) + "</Relationships>")
        z.writestr("word/document.xml", document_xml(s))
        z.writestr("word/styles.xml", styles_xml(s))
        z.writestr("word/theme/theme1.xml", theme_xml(s["theme_minor"]))
        if ph is not None and ph.get("where") == "footer":
            z.writestr("word/header1.xml", header_xml(ph, with_page=False))
            z.writestr("word/footer1.xml", header_xml(ph).replace("w:hdr", "w:ftr"))
            z.writestr("word/header2.xml", header_xml(ph, with_page=False))
        elif ph is not None:
            z.writestr("word/header1.xml", header_xml(ph))
            z.writestr("word/header2.xml", header_xml(ph, with_page=False))
    return str(path)
