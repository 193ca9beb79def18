"""Joining paragraphs Word (or a PDF conversion) broke: a heading's number alone on its line, a
heading wrapped with Shift+Enter, a paragraph cut mid-sentence before a lower-case letter, and one
cut before a capital when the reader's signals agree (the first half runs to the right margin —
:func:`line_fill` — or ends on a word no sentence ends with; the second goes on with a name)."""
from __future__ import annotations

import json
import os
import re
import unicodedata

from ...model import Run
from ...text import Note, clean
from ..outline import PREFIX_RE, RE_APPENDIX, RE_ATTACH, Para, _is_upper_line, _section_match, _section_number
from .styles import _half_points, _ind
from .wml import w


def _starts_lower(s: str) -> bool:
    s = s.lstrip()
    return bool(s) and s[0].islower() and not re.match(r"^[a-zđ]\s*(\)|/|\.\s)", s)


def _heading_goes_on(prev: Para, b: Para) -> str:
    """Why *b* is the rest of the heading *prev* (a :class:`Note`: Vietnamese, with its English), or "".

    * "I." (or "1.") alone on its line, its title on the next one;
    * a heading in capitals wrapped with Shift+Enter: "II. NHIỆM VỤ VÀ⏎GIẢI PHÁP"."""
    if b.numbered:
        return ""
    t, pt = clean(b.text), clean(f"{prev.numbered} {prev.text}")
    if not t or _section_number(t) or re.match(r"^[-–—•+*]", t) or len(t) > 160:
        return ""
    sec = _section_match(pt) if pt else None
    if not sec:
        return ""
    if not sec[2]:
        if t.endswith((".", ";")) and not (prev.bold and b.bold):
            return ""
        return Note("số đứng riêng một dòng, tên ở dòng sau", "the number stands alone on its line, the title on "
                    "the next one")
    if b.soft and prev.bold == b.bold and _is_upper_line(sec[2]) and _is_upper_line(t) and \
            not pt.endswith((".", ":", ";")):
        return Note("tiêu đề xuống dòng bằng Shift+Enter", "the heading is broken with Shift+Enter")
    return ""


RESOURCES = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))),
                         "resources", "import")
_DATA: dict = {}


def _data(name: str) -> dict:
    """A table of resources/import (read once)."""
    if name not in _DATA:
        with open(os.path.join(RESOURCES, name), encoding="utf-8") as f:
            _DATA[name] = json.load(f)
    return _DATA[name]


DEFAULT_WIDTH_PT = 453.5     # A4 less the decree's 30 + 20 mm margins, when the section does not say
DEFAULT_SIZE_PT = 13.0       # when neither the runs nor the styles give a size


def line_fill(p: Para) -> float:
    """How full the last line of *p* is (0–1), as Word sets it: its text wrapped at the
    page's text width less the paragraph's indentation, in Times New Roman at its size."""
    el = p.el
    left, right, first = p.ind or (0, 0, 0)
    size = p.size
    if el is not None:
        ppr = el.find(w("pPr"))
        if ppr is not None and ppr.find(w("ind")) is not None:
            left, right, first = _ind(ppr.find(w("ind")))
        for r in reversed(el.findall(w("r"))):
            sz = _half_points(r.find(w("rPr")))
            if sz:
                size = sz
                break
    size = size or DEFAULT_SIZE_PT
    width = p.width or DEFAULT_WIDTH_PT
    table = _data("serif_widths.json")
    widths = table["bold" if p.bold else "regular"]
    default = table["default"]

    def wide(word: str) -> float:
        n = 0
        for c in word:
            v = widths.get(c)
            if v is None:
                v = widths.get(unicodedata.normalize("NFD", c)[:1], default)
            n += v
        return n * size / 1000
    avail = width - (left + right) / 20
    cap = avail if p.soft else avail - first / 20
    if cap <= 0 or avail <= 0:
        return 0.0
    space = widths[" "] * size / 1000
    line = -1.0
    for word in p.text.split():
        ww = wide(word)
        if line < 0:
            line = ww
        elif line + space + ww <= cap:
            line += space + ww
        else:
            line, cap = ww, avail
    return max(line, 0.0) / cap


def _ends_with(text: str, words) -> str:
    low = text.lower()
    for x in words:
        xl = x.lower()
        if low == xl or low.endswith(" " + xl):
            return x
    return ""


def _continues_name(t: str) -> bool:
    """*t* begins with a name: an agency or document ("Ủy ban nhân dân", "Nghị quyết"), a
    place ("Huyện Vị Xuyên"), an abbreviation in capitals ("UBND"), or two capitalised words."""
    words = _data("reading.json")
    low = t.lower()
    for x in words["name_heads"] + words["places"]:
        xl = x.lower()
        if low.startswith(xl) and (len(low) == len(xl) or not low[len(xl)].isalnum()):
            return True
    first = t.split()[:2]
    if first and len(first[0]) >= 2 and first[0].isupper() and first[0].isalpha():
        return True
    return len(first) == 2 and all(x[:1].isupper() for x in first)


def _cut_before_capital(prev: Para, b: Para) -> str:
    """Why *b* (starting with a capital) is the rest of *prev*, cut in two (copied from a
    PDF), or "".  The signals a reader uses: no sentence-ending mark before the cut, the
    second half going on with a name, and the first half either running to the right margin
    or ending on a word no sentence ends with ("của", "và", "theo" …)."""
    if b.numbered or prev.numbered or b.soft or b.tabs or prev.tabs:
        return ""
    bt = b.text.lstrip()
    if not bt or not bt[0].isupper() or prev.text.rstrip().endswith((".", ":", ";", "!", "?", ")", "”", '"', "…")):
        return ""
    t, pt = clean(b.text), clean(prev.text)
    if not t or not pt or not t[0].isupper() or pt.endswith((".", ":", ";", "!", "?", ")", "”", '"', "…")):
        return ""
    if prev.bold != b.bold or prev.italic != b.italic or _is_upper_line(pt) or _is_upper_line(t):
        return ""
    if _section_match(pt) or _section_match(t) or re.match(r"^[-–—•+*]", t) or RE_APPENDIX.match(t) or \
            RE_ATTACH.match(t) or PREFIX_RE.match(t) or re.match(r"^(Nơi nhận|Số\s*:)", t, re.I):
        return ""
    if not _continues_name(t):
        return ""
    words = _data("reading.json")
    conn = _ends_with(pt, words["cannot_end"])
    in_name = _ends_with(pt, words["name_heads"])
    last = pt.split()[-1]
    if not in_name and len(pt.split()) > 1 and last[:1].isupper():
        in_name = last
    if not (conn or in_name):
        return ""
    full = line_fill(prev) >= 0.8
    if not (full or conn):
        return ""
    why = ["không có dấu kết câu trước chỗ cắt"]
    why_en = ["no sentence-ending mark before the cut"]
    if full:
        why.append("đoạn trước chạy hết lề phải")
        why_en.append("the first half runs to the right margin")
    if conn:
        why.append(f"đoạn trước dừng ở “{conn}”")
        why_en.append(f"the first half stops at “{conn}”")
    elif in_name:
        why.append(f"đoạn trước dừng giữa tên “{in_name}”")
        why_en.append(f"the first half stops inside the name “{in_name}”")
    why.append("đoạn sau tiếp tục một tên")
    why_en.append("the second half goes on with a name")
    return "; ".join(why) + "\x00" + "; ".join(why_en)


def join_broken(blocks: list, notes: list[str]) -> list:
    """Join a paragraph that starts with a lower-case letter to the one
    before it when that one stops mid-sentence (a paragraph cut in two by a
    page break, often left so by a PDF conversion), and the rest of a
    heading typed on the next line (:func:`_heading_goes_on`).  Each join
    is noted."""
    out: list = []
    for b in blocks:
        prev = out[-1] if out else None
        why = _heading_goes_on(prev, b) if isinstance(b, Para) and isinstance(prev, Para) else ""
        if why:
            if prev.runs and not prev.runs[-1].text.endswith(" "):
                prev.runs.append(Run(" ", prev.bold, prev.italic))
            prev.runs.extend(b.runs)
            notes.append(Note(f"Tiêu đề viết trên hai dòng được nối lại ({why}): “{clean(prev.text)[:80]}”",
                              f"A heading written on two lines is joined again ({why.en}): "
                              f"“{clean(prev.text)[:80]}”"))
            continue
        if (isinstance(b, Para) and isinstance(prev, Para) and not b.numbered and not b.soft
                and _starts_lower(b.text) and prev.text.strip()
                and not prev.text.rstrip().endswith((".", ":", "!", "?", "./."))):
            if not prev.runs[-1].text.endswith(" "):
                prev.runs.append(Run(" ", False, False))
            prev.runs.extend(b.runs)
            notes.append(Note(f"Đoạn bắt đầu bằng chữ thường được nối vào đoạn trước (có vẻ bị ngắt giữa câu): "
                              f"“{b.text.strip()[:60]}”",
                              f"A paragraph starting with a lower-case letter is joined to the one before (it looks "
                              f"cut mid-sentence): “{b.text.strip()[:60]}”"))
            continue
        cut = _cut_before_capital(prev, b) if isinstance(b, Para) and isinstance(prev, Para) else ""
        if cut:
            vi, en = cut.split("\x00")
            if not prev.runs[-1].text.endswith(" "):
                prev.runs.append(Run(" ", False, False))
            prev.runs.extend(b.runs)
            notes.append(Note(f"Đoạn bị cắt đôi trước chữ hoa được nối lại ({vi}): “{clean(b.text)[:60]}”",
                              f"A paragraph cut in two before a capital is joined again ({en}): "
                              f"“{clean(b.text)[:60]}”"))
            continue
        out.append(b)
    return out


