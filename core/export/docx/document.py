"""word/document.xml, whole or streamed in chunks: header, title, body, signature, figures, appendices.
"""
from __future__ import annotations

from ..walk import Document
from .blocks import _sect, _section_break, body_para_xml, header_xml, signature_xml, title_xml
from .drawing import Picture, picture_xml, pictures
from .tables import appendix_chunks
from .xml import NS


def document_xml(doc: Document, progress=None, pics: dict[int, Picture] | None = None) -> str:
    return "".join(document_chunks(doc, progress, pics))


def document_chunks(doc: Document, progress=None, pics: dict[int, Picture] | None = None):
    """word/document.xml as a sequence of strings.  Big tables are streamed in
    pieces: joining one 25 MB string and encoding it costs more per row than
    small pieces that stay in the CPU cache.  *pics*: :func:`pictures` of *doc*
    (made here when not given)."""
    if pics is None:
        pics = pictures(doc)
    parts = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>',
             header_xml(doc), title_xml(doc)]
    size = doc.setup.font_size
    # the last paragraph keeps with the signature table: the signature page must
    # carry the end of the text, never Nơi nhận and the signature alone
    last = len(doc.body) - 1
    parts.extend(picture_xml(pics[k], k == last) if k in pics else body_para_xml(p, size, k == last)
                 for k, p in enumerate(doc.body) if p.figure is None or k in pics)
    parts.append(signature_xml(doc))
    yield "".join(parts)
    sections = [(False, False)] + [(a.landscape, True) for a in doc.appendices]
    done = 0
    for k, a in enumerate(doc.appendices):
        yield _section_break(_sect(doc, *sections[k]))

        def prog(i, base=done):
            if progress:
                progress(base + i)
        yield from appendix_chunks(a, doc, prog)
        done += len(a.rows)
    tail = []
    if doc.appendices:
        tail.append('<w:p><w:pPr><w:pStyle w:val="KHRule"/></w:pPr></w:p>')
    tail.append(_sect(doc, *sections[-1]))
    tail.append("</w:body></w:document>")
    yield "".join(tail)
