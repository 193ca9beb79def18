"""Build small .docx files for tests, XML written by hand.

``build_docx(path, blocks, numbering=None, extra_parts=None)`` where each
block is ``("p", text, fmt)`` (fmt keys: b, i, caps, num=(numId, ilvl)) or
``("tbl", rows)`` with rows of cells ``text`` or ``(text, {"span": n,
"vmerge": "restart"|"continue", "b": True})``.
"""
from __future__ import annotations

import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>"""


def _p(text: str, fmt: dict) -> str:
    rpr = ("<w:b/>" if fmt.get("b") else "") + ("<w:i/>" if fmt.get("i") else "") + ("<w:caps/>" if fmt.get("caps") else "")
    ppr = ""
    if fmt.get("num"):
        nid, lvl = fmt["num"]
        ppr = f'<w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{nid}"/></w:numPr></w:pPr>'
    lines = text.split("\n")
    runs = '<w:r><w:br/></w:r>'.join(
        f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>'
        for t in lines)
    return f"<w:p>{ppr}{runs}</w:p>"


def _tbl(rows) -> str:
    out = ["<w:tbl><w:tblPr/>"]
    for r in rows:
        head = isinstance(r, dict)
        cells = r["cells"] if head else r
        out.append("<w:tr>" + ('<w:trPr><w:tblHeader/></w:trPr>' if head and r.get("header") else ""))
        for c in cells:
            text, opt = (c, {}) if isinstance(c, str) else c
            tcpr = ""
            if opt.get("span", 1) > 1:
                tcpr += f'<w:gridSpan w:val="{opt["span"]}"/>'
            if opt.get("vmerge"):
                tcpr += '<w:vMerge w:val="restart"/>' if opt["vmerge"] == "restart" else "<w:vMerge/>"
            paras = "".join(_p(t, {"b": opt.get("b")}) for t in text.split("\n")) if text else "<w:p/>"
            out.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{paras}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def document_xml(blocks) -> str:
    body = []
    for b in blocks:
        if b[0] == "p":
            body.append(_p(b[1], b[2] if len(b) > 2 else {}))
        else:
            body.append(_tbl(b[1]))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W}"><w:body>{"".join(body)}<w:sectPr/></w:body></w:document>')


def build_docx(path, blocks, numbering: str | None = None, extra_parts: dict | None = None,
               document: str | None = None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", document if document is not None else document_xml(blocks))
        z.writestr("word/numbering.xml", numbering or f'<?xml version="1.0"?><w:numbering xmlns:w="{W}"/>')
        for k, v in (extra_parts or {}).items():
            z.writestr(k, v)
    return path
