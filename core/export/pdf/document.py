"""The PDF document: paragraph styles, inline bold/italic markup, the page templates (page numbers
from page 2, an appendix's own numbering), the story and :func:`write`.
"""
from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from .. import walk as W
from ..layout import register_fonts
from ..walk import Document
from .flowables import Rule, SectionStart, header_flowable, signature_flowable
from .table import Table
from .text import LINE, font, keep_spaces, xesc


# ---------------------------------------------------------------- document --
def _styles(doc: Document) -> dict[str, ParagraphStyle]:
    s = doc.setup
    size = s.font_size
    body = ParagraphStyle("body", fontName=font(), fontSize=size, leading=size * LINE * s.line_spacing,
                          alignment=TA_JUSTIFY, firstLineIndent=s.indent * mm, spaceBefore=s.space_before,
                          allowWidows=0, allowOrphans=0,   # Word's widow control (KHBody)
                          spaceShrinkage=0)   # Word and LibreOffice never squeeze spaces to fit a line
                                              # (reportlab's default lets them shrink 5 %: other breaks)
    bold = ParagraphStyle("bold", parent=body, fontName=font(True))
    center = ParagraphStyle("center", parent=body, alignment=TA_CENTER, firstLineIndent=0, spaceBefore=0,
                            leading=size * LINE)
    return {
        "body": body, "dash": body, "plus": body, "diem": body,
        "muc": ParagraphStyle("muc", parent=bold),
        "khoan": ParagraphStyle("khoan", parent=bold),
        "part": ParagraphStyle("part", parent=bold),
        "doctype": ParagraphStyle("doctype", parent=center, fontName=font(True), fontSize=W.SIZE_DOCTYPE,
                                  spaceBefore=24, keepWithNext=1),
        "subject": ParagraphStyle("subject", parent=center, fontName=font(True), fontSize=W.SIZE_SUBJECT,
                                  keepWithNext=1),
        "appx_label": ParagraphStyle("al", parent=center, fontName=font(True), fontSize=W.SIZE_APPX_LABEL,
                                     keepWithNext=1),
        "appx_title": ParagraphStyle("at", parent=center, fontName=font(True), fontSize=W.SIZE_APPX_TITLE,
                                     keepWithNext=1),
        "appx_attach": ParagraphStyle("aa", parent=center, fontName=font(False, True),
                                      fontSize=W.SIZE_APPX_ATTACH, keepWithNext=1),
    }


CAPS_STYLES = ("part", "muc")


def _markup(runs, bold_all=False) -> str:
    out = []
    for text, b, i in runs:
        t = xesc(text).replace("\n", "<br/>")
        if b and not bold_all:
            t = f"<b>{t}</b>"
        if i:
            t = f"<i>{t}</i>"
        out.append(t)
    return "".join(out)


class _Doc(BaseDocTemplate):
    def __init__(self, f, doc: Document, state: dict, **kw):
        s = doc.setup
        super().__init__(f, pagesize=A4, leftMargin=s.left * mm, rightMargin=s.right * mm,
                         topMargin=s.top * mm, bottomMargin=s.bottom * mm, **kw)
        self.state = state
        self.setup = s

        def number(canv, d):
            n = canv.getPageNumber() - state["start"] + 1
            if n > 1:
                w, h = canv._pagesize
                canv.setFont(font(), W.SIZE_PAGENUM)
                y = h - s.header * mm - W.SIZE_PAGENUM * 0.9
                canv.drawCentredString(s.left * mm + (w - (s.left + s.right) * mm) / 2, y, str(n))

        templates = []
        for tid, size in (("P", A4), ("L", landscape(A4))):
            w, h = size
            fr = Frame(s.left * mm, s.bottom * mm, w - (s.left + s.right) * mm, h - (s.top + s.bottom) * mm,
                       leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=tid + "f")
            templates.append(PageTemplate(id=tid, frames=[fr], onPageEnd=number, pagesize=size))
        self.addPageTemplates(templates)


HEADINGS = ("part", "muc", "khoan", "diem")


def figure_flowable(fig: W.Figure, width: float, space_before: float):
    """The figure's reportlab Drawing drawn natively (vectors and the embedded font), centred, scaled down to
    the text width if wider; None when it draws nothing."""
    d = fig.drawing(width)
    if d is None:
        return None
    if d.width > width:
        k = width / d.width
        d.scale(k, k)
        d.width, d.height = d.width * k, d.height * k
    d.hAlign = "CENTER"
    return KeepTogether([Spacer(1, space_before), d])


def story(doc: Document, state: dict, progress=None) -> list:
    st = _styles(doc)
    out: list = [header_flowable(doc), Paragraph(xesc(doc.title.doc_type), st["doctype"])]
    for line in doc.title.subject_lines:
        out.append(Paragraph(xesc(line), st["subject"]))
    if doc.title.subject_lines:
        out.append(Rule(doc.title.rule, 7, 4))
    body = doc.body
    line = doc.setup.font_size * LINE * doc.setup.line_spacing + doc.setup.space_before
    text_w = doc.setup.text_width_mm() * mm
    for k, p in enumerate(body):
        if p.figure is not None:
            fig = figure_flowable(p.figure, text_w, doc.setup.space_before)
            if fig is not None:
                out.append(fig)
            continue
        if p.style in HEADINGS:
            # keep a heading with the first lines of what follows (like Word's
            # "keep with next", which only needs the next paragraph's first line)
            n = 1
            while k + n < len(body) and body[k + n].style in HEADINGS:
                n += 1
            out.append(CondPageBreak(line * (n + 2)))
        runs = p.runs
        if p.style in CAPS_STYLES:   # Word's "All caps" of the same style
            runs = [(t.upper(), b, i) for t, b, i in runs]
        out.append(Paragraph(_markup(runs, p.style in ("muc", "khoan", "part")), st[p.style]))
    # the signature page must carry the end of the text, never Nơi nhận and the
    # signature alone (Word: "keep with next" on the last paragraph)
    sig = signature_flowable(doc)
    if body:
        out[-1] = KeepTogether([out[-1], sig])
    else:
        out.append(sig)
    done = 0
    for a in doc.appendices:
        out.append(NextPageTemplate("L" if a.landscape else "P"))
        out.append(PageBreak())
        out.append(SectionStart(state))
        out.append(Paragraph(xesc(a.label), st["appx_label"]))
        if a.title:
            out.append(Paragraph(xesc(a.title.upper()), st["appx_title"]))
        if a.attachment:
            out.append(Paragraph(xesc(keep_spaces(a.attachment)), st["appx_attach"]))
        tw = doc.setup.text_width_mm(a.landscape) * mm
        out.append(Rule(min(stringWidth(a.attachment or a.title, font(), W.SIZE_APPX_ATTACH), tw) * 0.3,
                        7, 10))
        if a.columns:
            out.append(Table(a, doc.setup.text_height_mm(a.landscape) * mm, progress, done))
        done += len(a.rows)
    return out


def write(doc: Document, fileobj, progress=None) -> None:
    register_fonts()
    state = {"start": 1}
    title = " ".join([doc.title.doc_type] + doc.title.subject_lines)
    d = _Doc(fileobj, doc, state, title=title, author="", creator="Ke hoach (core.export)", lang="vi-VN",
             initialFontName=font(), initialFontSize=doc.setup.font_size)
    d.build(story(doc, state, progress))
