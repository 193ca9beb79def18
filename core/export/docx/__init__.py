"""Word (.docx) writer.

The package is written directly as WordprocessingML (zip + XML strings):
python-docx's row and cell accessors are far too slow for appendix tables
with thousands of rows, and writing the XML ourselves keeps every byte
under control (golden-file tests compare document.xml and styles.xml).

Layout rules: Nghị định 30/2020/NĐ-CP Phụ lục I (see docs/export.md).
Every run names Times New Roman for ascii/hAnsi/eastAsia/cs; the text is
tagged vi-VN; each level of the body has its own named style so a clerk
who edits the file in Word keeps consistent formatting.

The writer's parts: :mod:`.xml` (runs, paragraphs, escaping), :mod:`.styles` (styles.xml),
:mod:`.blocks` (header, title, body paragraphs, signature), :mod:`.tables` (appendix tables),
:mod:`.drawing` (pictures), :mod:`.document` (document.xml) and :mod:`.package` (the other parts, the
zip: :func:`parts`, :func:`write`).
"""
from __future__ import annotations

from .blocks import body_para_xml, header_xml, signature_xml, title_xml
from .document import document_chunks, document_xml
from .drawing import EMU_PER_PT, NS_A, NS_PIC, NS_WP, REL_IMAGE, Picture, picture_xml, pictures
from .package import (
    APP_XML,
    CONTENT_TYPES,
    DOC_RELS,
    FONT_TABLE,
    ROOT_RELS,
    SETTINGS,
    content_types,
    core_xml,
    doc_rels,
    header_parts,
    parts,
    write,
)
from .styles import BODY_STYLES, W_STYLE, styles_xml
from .tables import CENTER_KEYS, appendix_chunks
from .xml import FONT, NS, PORTRAIT, RF, esc, para, rule_para, run

__all__ = ["body_para_xml", "header_xml", "signature_xml", "title_xml", "document_chunks", "document_xml",
           "EMU_PER_PT", "NS_A", "NS_PIC", "NS_WP", "REL_IMAGE", "Picture", "picture_xml", "pictures", "APP_XML",
           "CONTENT_TYPES", "DOC_RELS", "FONT_TABLE", "ROOT_RELS", "SETTINGS", "content_types", "core_xml",
           "doc_rels", "header_parts", "parts", "write", "BODY_STYLES", "W_STYLE", "styles_xml", "CENTER_KEYS",
           "appendix_chunks", "FONT", "NS", "PORTRAIT", "RF", "esc", "para", "rule_para", "run"]
