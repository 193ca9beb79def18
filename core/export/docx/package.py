"""The .docx package: the small parts (content types, relationships, settings, fonts, page headers,
document properties), :func:`parts` and the streaming :func:`write`.
"""
from __future__ import annotations

import zipfile
from datetime import datetime, timezone

from ..walk import Document
from .document import document_chunks, document_xml
from .drawing import REL_IMAGE, Picture, pictures
from .styles import styles_xml
from .xml import NS, RF, esc


def _hdr(content: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {NS}>{content}</w:hdr>'


def header_parts() -> tuple[str, str]:
    r = f"<w:rPr>{RF}</w:rPr>"
    field = (f'<w:r>{r}<w:fldChar w:fldCharType="begin"/></w:r>'
             f'<w:r>{r}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
             f'<w:r>{r}<w:fldChar w:fldCharType="separate"/></w:r>'
             f'<w:r>{r}<w:t>2</w:t></w:r><w:r>{r}<w:fldChar w:fldCharType="end"/></w:r>')
    return (_hdr(f'<w:p><w:pPr><w:pStyle w:val="KHPageNum"/></w:pPr>{field}</w:p>'),
            _hdr('<w:p><w:pPr><w:pStyle w:val="KHPageNum"/></w:pPr></w:p>'))


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdFonts" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/><Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdHdr2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/></Relationships>"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="vi-VN"/></w:settings>"""

FONT_TABLE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts {NS}><w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>"""


def content_types(pics: dict[int, Picture]) -> str:
    """[Content_Types].xml: PNG declared only when the document holds pictures."""
    if not pics:
        return CONTENT_TYPES
    return CONTENT_TYPES.replace('<Default Extension="xml" ', '<Default Extension="png" ContentType="image/png"/>'
                                                              '<Default Extension="xml" ', 1)


def doc_rels(pics: dict[int, Picture]) -> str:
    """word/_rels/document.xml.rels with one image relationship per picture."""
    if not pics:
        return DOC_RELS
    extra = "".join(f'<Relationship Id="{p.rid}" Type="{REL_IMAGE}" Target="media/{p.name}"/>'
                    for p in pics.values())
    return DOC_RELS.replace("</Relationships>", extra + "</Relationships>")


def core_xml(title: str, when: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{esc(title)}</dc:title><dc:language>vi-VN</dc:language>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>')


APP_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties '
           'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Ke hoach (core.export)</Application></Properties>')


def parts(doc: Document, when: str | None = None, progress=None) -> dict[str, str | bytes]:
    """All parts of the package, name -> XML text (a picture: PNG bytes)."""
    when = when or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    h1, h2 = header_parts()
    title = " ".join([doc.title.doc_type] + doc.title.subject_lines)
    pics = pictures(doc)
    return {
        "[Content_Types].xml": content_types(pics),
        "_rels/.rels": ROOT_RELS,
        "docProps/core.xml": core_xml(title, when),
        "docProps/app.xml": APP_XML,
        "word/_rels/document.xml.rels": doc_rels(pics),
        "word/document.xml": document_xml(doc, progress, pics),
        **{f"word/media/{p.name}": p.png for p in pics.values()},
        "word/styles.xml": styles_xml(doc),
        "word/settings.xml": SETTINGS,
        "word/fontTable.xml": FONT_TABLE,
        "word/header1.xml": h1,
        "word/header2.xml": h2,
    }


def write(doc: Document, fileobj, progress=None) -> None:
    """Write the package to an open binary file object (document.xml streamed)."""
    h1, h2 = header_parts()
    title = " ".join([doc.title.doc_type] + doc.title.subject_lines)
    when = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    pics = pictures(doc)
    small = {
        "[Content_Types].xml": content_types(pics), "_rels/.rels": ROOT_RELS,
        "docProps/core.xml": core_xml(title, when), "docProps/app.xml": APP_XML,
        "word/_rels/document.xml.rels": doc_rels(pics),
    }
    rest = {"word/styles.xml": styles_xml(doc), "word/settings.xml": SETTINGS,
            "word/fontTable.xml": FONT_TABLE, "word/header1.xml": h1, "word/header2.xml": h2}
    with zipfile.ZipFile(fileobj, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for name, xml in small.items():
            z.writestr(name, xml.encode("utf-8"))
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            for chunk in document_chunks(doc, progress, pics):
                f.write(chunk.encode("utf-8"))
        for name, xml in rest.items():
            z.writestr(name, xml.encode("utf-8"))
        for p in pics.values():         # PNG is compressed already
            z.writestr(f"word/media/{p.name}", p.png, compress_type=zipfile.ZIP_STORED)
