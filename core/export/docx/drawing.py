"""Pictures (the report's chart) as DrawingML: their relationship ids, names and inline XML.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..layout import mm_to_twips
from ..walk import Document
from .xml import PORTRAIT, RF, esc

# --------------------------------------------------------------- pictures --
EMU_PER_PT = 12700
NS_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
REL_IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"


@dataclass
class Picture:
    """A picture of the body: its part word/media/<name>, relationship id and size in EMU."""
    number: int
    png: bytes
    cx: int
    cy: int
    alt: str

    @property
    def rid(self) -> str:
        return f"rIdImg{self.number}"

    @property
    def name(self) -> str:
        return f"chart{self.number}.png"


def pictures(doc: Document) -> dict[int, Picture]:
    """The figures of the body (index in ``doc.body`` -> Picture), each drawn as wide as the text of the
    portrait page at most, rendered to PNG (core.export.picture); a figure that draws nothing is left out."""
    out: dict[int, Picture] = {}
    if not any(p.figure is not None for p in doc.body):
        return out
    from ..picture import drawing_png
    s = doc.setup
    width = s.text_width_mm() * 72 / 25.4
    # the text width as Word has it: the page less the margins, each rounded up to whole twips (635 EMU each)
    room = (PORTRAIT[0] - mm_to_twips(s.left) - mm_to_twips(s.right)) * 635
    for k, p in enumerate(doc.body):
        if p.figure is None:
            continue
        d = p.figure.drawing(width)
        if d is None:
            continue
        scale = min(1.0, room / (d.width * EMU_PER_PT))        # never wider than the text
        png, _, _ = drawing_png(d)
        out[k] = Picture(len(out) + 1, png, int(d.width * scale * EMU_PER_PT),
                         int(d.height * scale * EMU_PER_PT), p.figure.alt)
    return out


def picture_xml(pic: Picture, keep_next: bool = False) -> str:
    """An inline picture in a centred paragraph of its own (DrawingML ``wp:inline``; the namespaces are
    declared on the elements, so documents without pictures stay byte for byte as they were)."""
    kn = "<w:keepNext/>" if keep_next else ""
    alt = esc(pic.alt)
    return (f'<w:p><w:pPr><w:pStyle w:val="KHBody"/>{kn}<w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr>'
            f'<w:r><w:rPr>{RF}<w:noProof/></w:rPr><w:drawing>'
            f'<wp:inline xmlns:wp="{NS_WP}" distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{pic.cx}" cy="{pic.cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:docPr id="{pic.number}" name="Biểu đồ {pic.number}" descr="{alt}"/>'
            f'<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="{NS_A}" noChangeAspect="1"/></wp:cNvGraphicFramePr>'
            f'<a:graphic xmlns:a="{NS_A}"><a:graphicData uri="{NS_PIC}"><pic:pic xmlns:pic="{NS_PIC}">'
            f'<pic:nvPicPr><pic:cNvPr id="{pic.number}" name="{pic.name}" descr="{alt}"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{pic.rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{pic.cx}" cy="{pic.cy}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
            '</wp:inline></w:drawing></w:r></w:p>')
