"""Text before reading: a deadline cell cleaned (NFC, markup, blanks), lower-cased with its spelling
variants unified, and — for a phrase typed without accents — the deadline words' accents restored."""
from __future__ import annotations

import html
import re

from ..text import nfc

_TAG = re.compile(r"<[^>]*>|<[^>]*$")
_WS = re.compile(r"\s+")
_DASH = str.maketrans({"–": "-", "—": "-", "‐": "-", "−": "-", "\u00a0": " ", "\u200b": " "})
# same-length spelling variants, so positions in the lowered text match the original
_VARIANTS = [("hằng", "hàng"), ("quí", "quý"), ("qúy", "quý"), ("qúi", "quý"), ("liên kề", "liền kề"),
             ("liên kê", "liền kề"), ("liền kê", "liền kề"), ("liên kế", "liền kề"), ("tháng", "tháng"),
             ("thuờng", "thường"), ("thường xuyen", "thường xuyên"), ("thương xuyên", "thường xuyên"),
             ("hàng nằm", "hàng năm"), ("hàng nẳm", "hàng năm")]
# a line starting with a bullet is the next item of a list ("- Quý I/2026⏎- Quý III/2026"), not a range dash
_BULLET_LINE = re.compile(r"\s*[\r\n]+\s*[-+*•]+(?=\s|[^\W\d_])")


def clean_phrase(text) -> str:
    """NFC, HTML markup removed, blanks collapsed, outer punctuation stripped."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    t = nfc(text)
    if "<" in t or "&" in t:
        t = html.unescape(_TAG.sub(" ", t))
        t = nfc(t)
    t = t.translate(_DASH)
    if "\n" in t or "\r" in t:
        t = _BULLET_LINE.sub("; ", t)
    t = _WS.sub(" ", t).strip()
    return t.strip(" .;,:-+*•\t")


def lower_phrase(t: str) -> str:
    """Lower case, one character for one (positions match the phrase), spelling variants unified."""
    low = t.lower()
    if len(low) != len(t) or "Σ" in t:
        # a character whose lower case is longer ("İ") stays as it is; "Σ" lowers by its context in str.lower()
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in t)
    for a, b in _VARIANTS:
        if a in low:
            low = low.replace(a, b)
    return low


# Deadline words typed without their accents ("Quy IV hang nam"): multi-word forms first
_ACCENTS = {
    "thuong xuyen": "thường xuyên", "lien tuc": "liên tục", "lau dai": "lâu dài", "xuyen suot": "xuyên suốt",
    "lam viec": "làm việc", "lien ke": "liền kề", "quy dinh": "quy định", "dot xuat": "đột xuất",
    "yeu cau": "yêu cầu", "dinh ky": "định kỳ", "cham nhat": "chậm nhất", "muon nhat": "muộn nhất",
    "ke tu": "kể từ", "tinh tu": "tính từ", "ban hanh": "ban hành", "bao cao": "báo cáo", "so ket": "sơ kết",
    "tong ket": "tổng kết", "tiep theo": "tiếp theo", "ke tiep": "kế tiếp", "nguyen dan": "nguyên đán",
    "giai doan": "giai đoạn", "hoan thanh": "hoàn thành", "thuc hien": "thực hiện", "trien khai": "triển khai",
    "to chuc": "tổ chức", "ke hoach": "kế hoạch", "dau tien": "đầu tiên", "nua nam": "nửa năm",
    "chu nhat": "chủ nhật", "thu hai": "thứ hai", "thu ba": "thứ ba", "thu tu": "thứ tư", "thu nam": "thứ năm",
    "thu sau": "thứ sáu", "thu bay": "thứ bảy", "kip thoi": "kịp thời", "can thiet": "cần thiết",
    "tro di": "trở đi", "mot lan": "một lần", "sau thang": "sáu tháng",
    "quy": "quý", "hang": "hàng", "nam": "năm", "thang": "tháng", "ngay": "ngày", "truoc": "trước",
    "tuan": "tuần", "moi": "mỗi", "va": "và", "den": "đến", "tu": "từ", "toi": "tới", "cuoi": "cuối",
    "dau": "đầu", "giua": "giữa", "hoac": "hoặc", "lan": "lần", "het": "hết", "vao": "vào", "dip": "dịp",
    "tet": "tết", "mot": "một", "mung": "mùng", "cac": "các", "cua": "của", "tung": "từng", "han": "hạn",
    "co": "có", "ca": "cả", "nay": "nay",
}
_ACCENT_RX = re.compile(r"(?<![a-z])(" + "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in _ACCENTS),
                                                         key=len, reverse=True)) + r")(?![a-z])", re.IGNORECASE)


def with_accents(text: str) -> str:
    def put(m: re.Match) -> str:
        w = m.group(0)
        a = _ACCENTS[" ".join(w.lower().split())]
        if w.isupper() and len(w) > 1:
            return a.upper()
        return a[:1].upper() + a[1:] if w[:1].isupper() else a
    return _ACCENT_RX.sub(put, text)
