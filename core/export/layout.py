"""Page setup and text metrics shared by the Word and PDF writers.

Values follow Nghị định 30/2020/NĐ-CP, Phụ lục I (see
docs/export.md): A4, margins top/bottom 20–25 mm, left 30–35 mm, right
15–20 mm; the default is what the government's own sample files use
(25 / 20 / 35 / 20 mm).  A plan can override them in ``plan.meta.page``;
values outside the decree's ranges are clamped and reported as notes.

Text widths are measured with Liberation Serif (shipped in
``resources/fonts``), which has exactly the metrics of Times New Roman, so a
rule "as long as the Tiêu ngữ" is as long in Word as in the PDF.
"""
from __future__ import annotations

import math
import os
from dataclasses import dataclass, field

FONT_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                        "resources", "fonts")
FONT_FILES = {
    (False, False): "LiberationSerif-Regular.ttf",
    (True, False): "LiberationSerif-Bold.ttf",
    (False, True): "LiberationSerif-Italic.ttf",
    (True, True): "LiberationSerif-BoldItalic.ttf",
}
PDF_FONT = {  # reportlab font names registered by :func:`register_fonts`
    (False, False): "KHSerif", (True, False): "KHSerif-Bold",
    (False, True): "KHSerif-Italic", (True, True): "KHSerif-BoldItalic",
}

MM = 56.6929  # twips per millimetre
A4_W_MM, A4_H_MM = 210.0, 297.0

# (min, max, default) per setting; margins in mm.
RANGES = {
    "top": (20.0, 25.0, 25.0),
    "bottom": (20.0, 25.0, 20.0),
    "left": (30.0, 35.0, 35.0),
    "right": (15.0, 20.0, 20.0),
    "header": (5.0, 15.0, 10.0),      # header distance (official files: 10 mm)
    "font_size": (13.0, 14.0, 14.0),  # body text, pt
    "line_spacing": (1.0, 1.5, 1.0),  # multiple of single
    "indent": (10.0, 12.7, 10.0),     # first-line indent, mm (1 cm or 1.27 cm)
    "space_before": (6.0, 12.0, 6.0),  # pt between paragraphs (≥ 6 pt)
}

NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


@dataclass
class PageSetup:
    top: float = 25.0
    bottom: float = 20.0
    left: float = 35.0
    right: float = 20.0
    header: float = 10.0
    font_size: float = 14.0
    line_spacing: float = 1.0
    indent: float = 10.0
    space_before: float = 6.0
    notes: list[str] = field(default_factory=list)

    # ---- derived -------------------------------------------------------
    def text_width_mm(self, landscape: bool = False) -> float:
        return (A4_H_MM if landscape else A4_W_MM) - self.left - self.right

    def text_height_mm(self, landscape: bool = False) -> float:
        return (A4_W_MM if landscape else A4_H_MM) - self.top - self.bottom


def page_setup(page: dict | None) -> PageSetup:
    """Settings from ``meta.page`` with defaults; out-of-range values are
    clamped to the decree's range and a note (Vietnamese) says so."""
    ps = PageSetup()
    for key, (lo, hi, default) in RANGES.items():
        raw = (page or {}).get(key, default)
        try:
            val = float(raw)
        except (TypeError, ValueError):
            ps.notes.append(f"Giá trị “{key}” = {raw!r} không hợp lệ; dùng {default:g}.")
            val = default
        if val < lo or val > hi:
            clamped = min(max(val, lo), hi)
            ps.notes.append(f"“{key}” = {val:g} ngoài khoảng {lo:g}–{hi:g} của Nghị định 30/2020; dùng {clamped:g}.")
            val = clamped
        setattr(ps, key, val)
    return ps


# ------------------------------------------------------------ metrics ----
_registered = False


def register_fonts() -> None:
    """Register the four Liberation Serif faces with reportlab (once)."""
    global _registered
    if _registered:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for key, fname in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(PDF_FONT[key], os.path.join(FONT_DIR, fname)))
    for (b, i), name in PDF_FONT.items():
        addMapping("KHSerif", int(b), int(i), name)
    _registered = True


def text_width(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    """Width of *text* in points set in Times New Roman (Liberation Serif metrics)."""
    register_fonts()
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return stringWidth(text, PDF_FONT[(bold, italic)], size)


def pt_to_twips(pt: float) -> int:
    return int(round(pt * 20))


def mm_to_twips(mm: float) -> int:
    """Rounded up, as Word does: 25 mm -> 1418, 35 -> 1985, 20 -> 1134, 15 -> 851
    (the values in the decree's own files)."""
    return int(math.ceil(mm * MM - 1e-6))


def _greedy(words: list[str], size: float, bold: bool, width: float) -> list[str]:
    lines: list[str] = []
    cur = ""
    for w in words:
        t = f"{cur} {w}" if cur else w
        if cur and text_width(t, size, bold) > width:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


def balanced_lines(text: str, size: float, bold: bool, max_pt: float) -> list[str]:
    """*text* broken into as many lines as it needs within *max_pt*, but of
    even length — the way a clerk re-breaks a centred title by hand so that
    its last line is not one lonely word.  The narrowest width that keeps
    the same number of lines is found by bisection; every line is at most
    *max_pt* wide (Times New Roman metrics), so Word wraps nothing itself."""
    words = text.split()
    if not words or text_width(text, size, bold) <= max_pt:
        return [text] if text else []
    n = len(_greedy(words, size, bold, max_pt))
    lo, hi = max_pt / n, max_pt
    for _ in range(24):
        mid = (lo + hi) / 2
        if len(_greedy(words, size, bold, mid)) > n:
            lo = mid
        else:
            hi = mid
    return _greedy(words, size, bold, hi)
