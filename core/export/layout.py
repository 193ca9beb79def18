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


# two syllables that make one word in plan titles: a line never ends between them if it can be helped
_GLUE = frozenset("""quản trị|hành chính|hài lòng|cấp tỉnh|cấp huyện|cấp xã|cấp cơ sở|chỉ số|nâng cao|cải thiện|
kế hoạch|thực hiện|nhân dân|công tác|cải cách|hiệu quả|địa bàn|người dân|tổ chức|phục vụ|dịch vụ|công chức|
viên chức|cán bộ|thủ tục|giai đoạn|triển khai|nhà nước|chính quyền|điện tử|chuyển đổi|trách nhiệm|giải trình|
công khai|minh bạch|tham nhũng|môi trường|ủy ban|nghị quyết|quyết định|chương trình|nhiệm vụ|giải pháp|
cơ quan|đơn vị|thành phố|thị xã|thị trấn|quyết tâm|ban cán|cán sự|hội đồng|mặt trận|tổ quốc|đoàn thể|
công dân|tham gia|kiểm soát|quản lý|chính công|năm học|đảng ủy|huyện ủy|tỉnh ủy""".replace("\n", "").split("|"))
# a line may well start with these: the title reads in phrases ("… hành chính công (PAPI) | trên địa bàn …")
_PHRASE_START = frozenset("và trên của cho tại theo về đến trong với năm giai nhằm để thuộc giữa".split())


def _break_cost(a: str, b: str) -> int:
    """How bad a line break between the words *a* and *b* is (0 good, 1 plain … 6 inside a word)."""
    la, lb = a.lower().strip("(),;:“”\""), b.lower().strip("(),;:“”\"")
    if f"{la} {lb}" in _GLUE:
        return 6
    if a[:1].isupper() and b[:1].isupper() and not (a.isupper() and b.isupper()) and not b.startswith("("):
        return 6                                    # a name: "Vị | Xuyên", "Lạng | Sơn"
    if lb[:1].isdigit():
        return 3                                    # "năm | 2021"
    if lb in _PHRASE_START or b.startswith("("):
        return 0 if not b.startswith("(") else 1
    return 1


def balanced_lines(text: str, size: float, bold: bool, max_pt: float) -> list[str]:
    """*text* broken into as many lines as it needs within *max_pt*, of even
    length — the way a clerk re-breaks a centred title by hand so that its
    last line is not one lonely word — and where a clerk would break it:
    between phrases, never inside a two-syllable word ("quản | trị",
    "hành | chính") or a name ("Vị | Xuyên") when another break does almost
    as well.  Every line is at most *max_pt* wide (Times New Roman metrics),
    so Word wraps nothing itself."""
    words = text.split()
    if not words or text_width(text, size, bold) <= max_pt:
        return [text] if text else []
    n = len(_greedy(words, size, bold, max_pt))
    if n > 6 or len(words) > 120:          # not a title: plain balanced greedy
        lo, hi = max_pt / n, max_pt
        for _ in range(24):
            mid = (lo + hi) / 2
            if len(_greedy(words, size, bold, mid)) > n:
                lo = mid
            else:
                hi = mid
        return _greedy(words, size, bold, hi)
    k = len(words)
    space = text_width(" ", size, bold)
    wid = [text_width(w, size, bold) for w in words]
    pre = [0.0]
    for w in wid:
        pre.append(pre[-1] + w)

    def line_w(i: int, j: int) -> float:          # words[i:j] on one line
        return pre[j] - pre[i] + space * (j - i - 1)
    # cost of a layout: how far each line is from an even share of the text (squared, so one short
    # line costs more than several slightly short ones) + a penalty per break; a break inside a
    # word (cost 6) weighs as much as two lines each 10 % of the width off their share
    target = line_w(0, k) / n
    unit = (0.06 * max_pt) ** 2
    INF = (float("inf"), ())
    best = [[INF] * (n + 1) for _ in range(k + 1)]
    best[0][0] = (0.0, ())
    for m in range(1, n + 1):
        for j in range(1, k + 1):
            for i in range(m - 1, j):
                prev = best[i][m - 1]
                if prev[0] == float("inf"):
                    continue
                w = line_w(i, j)
                if w > max_pt:
                    continue
                bc = _break_cost(words[j - 1], words[j]) if j < k else 0
                cost = prev[0] + (w - target) ** 2 + unit * bc
                if cost < best[j][m][0]:
                    best[j][m] = (cost, prev[1] + (j,))
    found = best[k][n]
    if found[0] == float("inf"):
        return _greedy(words, size, bold, max_pt)
    out, i = [], 0
    for j in found[1]:
        out.append(" ".join(words[i:j]))
        i = j
    return out
