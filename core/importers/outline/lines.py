"""Reading one line of a typed plan: the patterns of numbered headings (typed or printed by Word's
numbering), the header facts (number, date, document type), the signature's authority lines; and
trimming the runs of a heading or a paragraph."""
from __future__ import annotations

import re
import unicodedata

from ... import numbering
from ...model import DOC_TYPES, Run
from ...text import nfc
from .blocks import Para

# ------------------------------------------------------------ patterns ---
RE_ROMAN = re.compile(r"^([IVXL]{1,6})\s*[.:]\s*(.*)$")
RE_PART = re.compile(r"^([A-HJ-Z])\s*[.:]\s+(.*)$")
RE_KHOAN = re.compile(r"^(\d{1,2})\s*[.:]\s*(.*)$")
RE_DIEM = re.compile(r"^([a-zđ])\s*\)\s*(.*)$")
# Numbers typed with another separator, as older plans and hurried clerks do:
# "I/", "I -", "II- ", "1/", "1 -", "1 – ", "a/", "a." (the heading that
# follows a dash must start with a capital: "10 - 15% hộ dân" is text).
RE_ROMAN_ALT = re.compile(r"^([IVXL]{1,6})\s*(/|[-–—](?=\s+[^\W\d_]))\s*(.*)$")
RE_PART_ALT = re.compile(r"^([A-HJ-Z])\s*(/|[-–—](?=\s))\s+(.*)$")
RE_KHOAN_ALT = re.compile(r"^(\d{1,2})\s*(/|[-–—](?=\s+[^\W\d_]))\s*(.*)$")
RE_DIEM_ALT = re.compile(r"^([a-zđ])\s*(/|\.(?=\s))\s*(.*)$")
RE_DASH = re.compile(r"^[-–—•]\s*(.*)$")
RE_PLUS = re.compile(r"^\+\s*(.*)$")
RE_NUMBER = re.compile(r"^Số\s*:\s*(.*?)\s*/\s*(\S.*)$", re.I)
# a blank day/month/year may be left as spaces or typed as a placeholder: "...", "…", "___"
RE_DATE = re.compile(r"^(.*?),\s*ngày\s*(\d{1,2}|[.…_]*)\s*tháng\s*(\d{1,2}|[.…_]*)\s*năm\s*(\d{4}|[.…_]*)\s*$",
                     re.I)
RE_PLACEHOLDER = re.compile(r"^[.…_\s]*$")
RE_APPENDIX = re.compile(r"^PHỤ\s*LỤC(?:\s+([IVXL]+|\d+))?\s*[.:]?\s*$", re.I)
RE_ATTACH = re.compile(r"^\(?\s*(Ban hành\s+)?kèm theo", re.I)
PREFIX_RE = re.compile(r"^(TM|KT|Q|TL|TUQ)\.\s*(.*)$")
KNOWN_TITLES = ("CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN",
                "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "BÍ THƯ",
                "CHÁNH THANH TRA", "THỦ TRƯỞNG", "CỤC TRƯỞNG", "VỤ TRƯỞNG", "BỘ TRƯỞNG", "THỨ TRƯỞNG")
RE_ROW_HEAD = re.compile(r"^([IVXL]{1,6}|[A-HJ-Z]|\d{1,2})\s*(?:[.:/)]|[-–—](?=\s))\s*(\S.*)$", re.S)
SIGNED_MARK = re.compile(r"\(?\s*(đã ký|ký tên|ký,|ký và|ký\s*\)|chữ ký|đóng dấu)[^()]*\)?", re.I)
_SPACED_TYPES = {k.replace(" ", ""): k for k in DOC_TYPES}
QUOC_HIEU = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC")


def _runs_after_prefix(runs: list[Run], n_chars: int) -> list[Run]:
    """Drop the first *n_chars* characters (a typed number) from a run list."""
    out = []
    for r in runs:
        if n_chars >= len(r.text):
            n_chars -= len(r.text)
            continue
        out.append(Run(r.text[n_chars:], r.bold, r.italic))
        n_chars = 0
    if out:
        out[0].text = out[0].text.lstrip()
    return [r for r in out if r.text]


def _strip_runs(runs: list[Run]) -> list[Run]:
    runs = [Run(r.text, r.bold, r.italic) for r in runs if r.text]
    while runs and not runs[0].text.strip():
        runs.pop(0)
    while runs and not runs[-1].text.strip():
        runs.pop()
    if runs:
        runs[0].text = runs[0].text.lstrip()
        runs[-1].text = runs[-1].text.rstrip()
    # merge neighbours with the same format
    merged: list[Run] = []
    for r in runs:
        if merged and merged[-1].bold == r.bold and merged[-1].italic == r.italic:
            merged[-1].text += r.text
        else:
            merged.append(r)
    # a run of spaces only carries no format
    return merged


# what the export's style of each level prints (core/export/docx.py: KHPhan, KHMuc, KHKhoan bold; KHDiem plain)
LEVEL_STYLE = {"part": (True, False), "muc": (True, False), "khoan": (True, False), "diem": (False, False)}


def _plain_if_uniform(runs: list[Run], bold: bool, italic: bool, kind: str = "khoan") -> list[Run]:
    """Headings: formatting that covers the whole line and that the level's style prints anyway
    belongs to the style, not to the text (a bold "1. Mục đích" is just a khoản title).  Formatting
    the style would not print stays with the text: a bold "b) Công khai, minh bạch" relettered as a
    điểm, or a bold italic khoản, prints as it was signed."""
    style_b, style_i = LEVEL_STYLE.get(kind, (False, False))
    bold, italic = bold and style_b, italic and style_i
    return [Run(r.text, r.bold and not bold, r.italic and not italic) for r in runs]


def _is_title_like(p: Para, rest: str) -> bool:
    """A numbered line is a heading (title) or the start of body text."""
    if not rest:
        return True
    if p.bold:
        return True
    t = rest.strip()
    if len(t) > 160:
        return False
    if t.endswith((".", ";", "./.")) and not t.endswith(":"):
        return False
    return True

def text_number(kind: str, n: int) -> str:
    return numbering.label(kind, n)


def _section_number(text: str):
    """(kind, n, rest, chars_to_cut) for a numbered heading line, else None."""
    got = _section_match(text)
    return got[:4] if got else None


def _section_match(text: str):
    """(kind, n, rest, chars_to_cut, typed) — *typed* is the number as written
    when its separator is not the standard one ("1/", "I -", "a/"), else ""."""
    m = RE_ROMAN.match(text)
    if m and numbering.from_roman(m.group(1)):
        return "muc", numbering.from_roman(m.group(1)), m.group(2).strip(), len(text) - len(m.group(2)), ""
    m = RE_PART.match(text)
    if m and len(m.group(2)) > 0 and m.group(2)[:1].isupper():
        return "part", ord(m.group(1)) - 64, m.group(2).strip(), len(text) - len(m.group(2)), ""
    m = RE_KHOAN.match(text)
    if m and not re.match(r"^\d", m.group(2)):
        return "khoan", int(m.group(1)), m.group(2).strip(), len(text) - len(m.group(2)), ""
    m = RE_DIEM.match(text)
    if m and numbering.point_index(m.group(1)):
        return "diem", numbering.point_index(m.group(1)), m.group(2).strip(), len(text) - len(m.group(2)), ""
    m = RE_ROMAN_ALT.match(text)
    if m and numbering.from_roman(m.group(1)) and m.group(3):
        return ("muc", numbering.from_roman(m.group(1)), m.group(3).strip(), len(text) - len(m.group(3)),
                text[:len(text) - len(m.group(3))].strip())
    m = RE_PART_ALT.match(text)
    if m and m.group(3)[:1].isupper():
        return ("part", ord(m.group(1)) - 64, m.group(3).strip(), len(text) - len(m.group(3)),
                text[:len(text) - len(m.group(3))].strip())
    m = RE_KHOAN_ALT.match(text)
    if m and m.group(3) and not re.match(r"^\d", m.group(3)):
        return ("khoan", int(m.group(1)), m.group(3).strip(), len(text) - len(m.group(3)),
                text[:len(text) - len(m.group(3))].strip())
    m = RE_DIEM_ALT.match(text)
    if m and m.group(3) and numbering.point_index(m.group(1)):
        return ("diem", numbering.point_index(m.group(1)), m.group(3).strip(), len(text) - len(m.group(3)),
                text[:len(text) - len(m.group(3))].strip())
    return None


def _is_upper_line(s: str) -> bool:
    """A line in capitals (with letters in it), short enough to be a title line."""
    return len(s) <= 160 and any(c.isalpha() for c in s) and s == s.upper()


def _is_upper(s: str) -> bool:
    return bool(s) and s == s.upper()


def fold(s: str) -> str:
    """Lower case without Vietnamese diacritics ("Thời gian" → "thoi gian"):
    for headers typed without accents."""
    s = unicodedata.normalize("NFD", nfc(s).lower().replace("đ", "d"))
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))

