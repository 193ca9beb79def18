"""Text helpers: Unicode normalisation and agency-list splitting.

Every entry point (typing, paste, import, file open) passes text through
:func:`nfc` before it is stored or compared.
"""
from __future__ import annotations

import re
import unicodedata

_WS = re.compile(r"[ \t\u00a0]+")


def nfc(text: str | None) -> str:
    """Return *text* in Unicode NFC form ('' for None)."""
    if not text:
        return ""
    return unicodedata.normalize("NFC", text)


def clean(text: str | None) -> str:
    """NFC, non-breaking spaces to spaces, runs of blanks collapsed, stripped."""
    return _WS.sub(" ", nfc(text)).strip()


_ITEM_SPLIT = re.compile(r"(?:^|\s|;)\s*[-–•+]\s+")


def split_agencies(text: str) -> tuple[list[str], bool]:
    """Split an agency cell into a list of agency names.

    Returns ``(names, is_list)``. Cells written as a dash list
    ("- Sở Nội vụ; - UBND cấp huyện") or separated by ";" become lists.
    A cell that reads as a sentence (long, with verbs such as "chủ trì,
    phối hợp") is kept whole: ``is_list`` is False and the caller keeps
    the original text beside whatever agencies it recognises.
    """
    t = clean(text)
    if not t:
        return [], True
    if t.startswith(("-", "–", "•", "+")) or re.search(r";\s*[-–•]\s", t):
        # a dash list whose items may themselves be joined by ";" ("- UBND cấp huyện; UBND cấp xã")
        parts = [q for p in re.split(r"(?:^|;|\.)?\s*[-–•+]\s+", t) if p.strip() for q in p.split(";")]
    elif ";" in t:
        parts = t.split(";")
    else:
        parts = [t]
    names = [p.strip().rstrip(";.,").strip() for p in parts]
    names = [n for n in names if n]
    sentence = any(len(n) > 90 or re.search(r"\b(chủ trì|tổ chức ít nhất|phối hợp với)\b", n, re.I) for n in names)
    return names, not sentence


# ------------------------------------------------------ agency names in a sentence --
_UNITS = ("tỉnh", "huyện", "xã", "phường", "quận", "thị trấn", "thị xã", "thành phố", "đặc khu")
_HEADS = ("văn phòng", "chi cục", "trung tâm", "thanh tra", "sở", "phòng", "ban", "cục", "bộ", "vụ", "đài", "báo",
          "viện", "trường", "bệnh viện", "hội", "liên đoàn", "kho bạc", "chi nhánh")
_FIXED = ("ủy ban nhân dân", "uỷ ban nhân dân", "hội đồng nhân dân", "ủy ban mặt trận tổ quốc việt nam")
_ABBR = {"UBND", "HĐND", "MTTQ", "UBMTTQ", "TP", "TP.", "TW", "CP", "VN", "VNPT", "PT-TH", "PT&TH", "CNTT", "KT-XH",
         "TN&MT", "LĐ-TB&XH", "VH-TT&DL", "GD&ĐT", "NN&PTNT", "TC-KH", "TTHC", "CCHC"}


def agency_in_sentence(text: str | None, known=()) -> str:
    """An agency name as it is written inside a sentence ("… của Ủy ban nhân
    dân huyện Vị Xuyên"), from the header's upper-case lines.

    A name of the file's directory that matches (case-insensitively) wins;
    text that is not all upper case is kept as typed.  Otherwise: the first
    word capitalised; after an office word (Sở, Phòng, Ban, Văn phòng …) the
    name of its field capitalised at its start and after "và", "," and "-"
    ("Sở Kế hoạch và Đầu tư", "Sở Văn hóa, Thể thao và Du lịch"); after an
    administrative unit (tỉnh, huyện, xã …) the place name capitalised word
    by word ("huyện Vị Xuyên"); abbreviations (UBND, HĐND …) kept."""
    t = " ".join(nfc(text).split())
    if not t:
        return ""
    low = t.casefold()
    for k in known or ():
        if nfc(k).casefold() == low:
            return nfc(k)
    if t != t.upper():
        return t
    words = t.split(" ")
    out: list[str] = []
    mode = "first"          # first | field-start | field | place | plain
    i = 0
    while i < len(words):
        w = words[i]
        lw = w.lower()
        rest = " ".join(x.lower() for x in words[i:])
        if w in _ABBR or (len(w) >= 2 and not any(ch in "AEIOUY" for ch in unicodedata.normalize("NFD", w))):
            out.append(w)
            mode = "plain" if mode == "first" else mode
            i += 1
            continue
        unit = next((u for u in _UNITS if rest == u or rest.startswith(u + " ")), None)
        if unit == "xã" and rest.startswith("xã hội"):
            unit = None         # "Lao động - Thương binh và Xã hội": society, not a commune
        if unit and mode != "first":
            n = len(unit.split(" "))
            out.extend(x.lower() for x in words[i:i + n])
            i += n
            mode = "place"
            continue
        fixed = next((f for f in _FIXED if rest == f or rest.startswith(f + " ")), None)
        if fixed:
            n = len(fixed.split(" "))
            phrase = [x.lower() for x in words[i:i + n]]
            if mode in ("first", "field-start"):
                phrase[0] = phrase[0].capitalize()
            if fixed.endswith("việt nam"):
                phrase[-2:] = ["Việt", "Nam"]
                phrase[phrase.index("mặt") if "mặt" in phrase else 0] = "Mặt"
                phrase[phrase.index("trận") + 1] = "Tổ"
            out.extend(phrase)
            i += n
            mode = "plain"
            continue
        head = next((h for h in _HEADS if rest == h or rest.startswith(h + " ")), None) if mode in ("first", "field-start") else None
        if head:
            n = len(head.split(" "))
            phrase = [x.lower() for x in words[i:i + n]]
            phrase[0] = phrase[0].capitalize()
            out.extend(phrase)
            i += n
            mode = "field-start"
            continue
        if mode in ("first", "field-start", "place"):
            out.append(lw.capitalize())
            mode = {"first": "plain", "field-start": "field", "place": "place"}[mode]
        elif mode == "field" and out and (out[-1] in ("và", "-", "–") or out[-1].endswith(",")):
            out.append(lw.capitalize())
        else:
            out.append(lw)
        i += 1
    return " ".join(out)


def vn_sort_key(name: str) -> str:
    """Vietnamese names in dictionary order: diacritics aside ("Ủy ban" with the U's, not after
    "Văn phòng"), đ after d."""
    base = "".join(c for c in unicodedata.normalize("NFD", nfc(name).lower()) if not unicodedata.combining(c))
    return base.replace("đ", "d~")


def agency_level(agency: str) -> str:
    """'xa' / 'huyen' / 'tinh' — the level of an issuing agency, from its name ('' when it does not
    say: "THÀNH PHỐ" alone may be a province or a district-level city)."""
    up = " " + " ".join(nfc(agency).upper().split()) + " "
    if any(w in up for w in (" HUYỆN ", " QUẬN ", " THỊ XÃ ")):
        return "huyen"
    if any(w in up for w in (" XÃ ", " PHƯỜNG ", " THỊ TRẤN ", " ĐẶC KHU ")):
        return "xa"
    if any(w in up for w in (" TỈNH ", " SỞ ")):
        return "tinh"
    return ""
