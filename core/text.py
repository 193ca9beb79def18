"""Text helpers: Unicode normalisation, agency-list splitting, comparison keys (tone-mark placement).

Every entry point (typing, paste, import, file open) passes text through
:func:`nfc` before it is stored or compared.
"""
from __future__ import annotations

import functools
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
    names, is_list = _split_agencies(text or "")
    return list(names), is_list


@functools.lru_cache(maxsize=8192)
def _split_agencies(text: str) -> tuple[tuple[str, ...], bool]:
    """:func:`split_agencies`, remembered: a plan repeats the same agency cells on thousands of rows
    (the deadline list of a 10,000-task plan split 12,000 cells, 0.23 s)."""
    t = clean(text)
    if not t:
        return (), True
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
    return tuple(names), not sentence


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
    low = name_key(t)
    for k in known or ():
        if name_key(k) == low:      # case and tone-mark placement aside ("ỦY BAN" = "Uỷ ban")
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
    # then by name_key: "Uỷ ban" and "Ủy ban" side by side whatever their order in the input
    return base.replace("đ", "d~") + "\x00" + name_key(name)


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


# ------------------------------------------------ comparing names and words --
# Vietnamese is typed with two tone-mark placements: the old one puts the tone on the first vowel of a
# final "oa", "oe", "uy" ("hòa", "khỏe", "thúy", "Ủy"), the new one on the second ("hoà", "khoẻ", "thuý",
# "Uỷ").  Only these open syllables differ: with a final consonant or vowel both styles agree ("hoàng",
# "ngoài"), and after "q" the "u" belongs to the consonant ("quý" in both).  Text is stored as typed;
# comparisons go through the keys below.
TONE_STYLES = ("old", "new")
_TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"
_PAIRS: dict[str, tuple[str, str]] = {}     # every spelling of a toned pair -> (old, new), case kept
for _a, _b in (("o", "a"), ("o", "e"), ("u", "y")):
    for _t in _TONE_MARKS:
        _old = unicodedata.normalize("NFC", _a + _t) + _b
        _new = _a + unicodedata.normalize("NFC", _b + _t)
        for _ca in (str.lower, str.upper):
            for _cb in (str.lower, str.upper):
                _o, _n = _ca(_old[0]) + _cb(_old[1]), _ca(_new[0]) + _cb(_new[1])
                _PAIRS[_o] = _PAIRS[_n] = (_o, _n)
_ONSET = "bcdđghklmnprstvxBCDĐGHKLMNPRSTVX"
_TONED = re.compile(r"(?<!\w)([" + _ONSET + r"]*)(" + "|".join(sorted(_PAIRS)) + r")(?!\w)")


def tone_style(text: str | None, style: str = "new") -> str:
    """*text* with the tone marks of final "oa", "oe", "uy" placed in one *style*: 'old' ("hòa", "Ủy",
    "thúy") or 'new' ("hoà", "Uỷ", "thuý").  Nothing else changes (same length, case kept)."""
    t = nfc(text)
    i = 1 if style == "new" else 0
    return _TONED.sub(lambda m: m.group(1) + _PAIRS[m.group(2)][i], t) if t else t


def tone_styles_in(text: str | None) -> dict[str, int]:
    """How many words of *text* are written in each placement style: {'old': n, 'new': m}."""
    out = {"old": 0, "new": 0}
    for m in _TONED.finditer(nfc(text)):
        old, new = _PAIRS[m.group(2)]
        out["old" if m.group(2) == old else "new"] += 1
    return out


class _Fold(dict):
    """A str.translate table built as characters are met: each character to one character (so
    positions in the folded text are positions in the original)."""

    def __init__(self, case: bool, marks: bool):
        super().__init__()
        self.case, self.marks = case, marks

    def __missing__(self, code: int) -> str:
        c = chr(code)
        v = c if self.case else c.lower()
        if len(v) != 1:
            v = c
        if not self.marks:
            if v in "đĐ":
                v = "d" if v == "đ" else "D"
            else:
                base = unicodedata.normalize("NFD", v)[0]
                v = base if not unicodedata.combining(base) else v
        self[code] = v
        return v


_FOLDS = {(c, m): _Fold(c, m) for c in (False, True) for m in (False, True)}


def fold(text: str | None, case: bool = False, marks: bool = False) -> str:
    """*text* for matching, with the same length as ``nfc(text)``: lower case unless *case*, without
    diacritics unless *marks* ("Ủy ban" → "uy ban", "Đ" → "d"); with *marks*, tone placement made one
    ("hoà" and "hòa" fold alike)."""
    t = nfc(text)
    if marks:
        t = tone_style(t, "new")
    return t.translate(_FOLDS[(case, marks)])


@functools.lru_cache(maxsize=65536)
def name_key(name: str | None) -> str:
    """The key two agency (or other) names are compared by: case, blanks and tone-mark placement
    aside ("Uỷ ban MTTQ xã" = "Ủy ban  MTTQ Xã"), other diacritics kept ("Hòa" ≠ "Hoa")."""
    return " ".join(fold(name, case=False, marks=True).split())


def search_key(text: str | None) -> str:
    """The diacritic-free key for searching: "uy ban" finds "Ủy ban" and "Uỷ ban"."""
    return " ".join(fold(text, case=False, marks=False).split())


def same_name(a: str | None, b: str | None) -> bool:
    return name_key(a) == name_key(b)


# ------------------------------------------------------- agency suggestions --
_LEVEL_WORDS = {"tinh", "huyen", "xa", "thi", "tran", "phuong", "quan", "thanh", "pho", "cap", "cac"}


def suggest_agencies(name: str | None, known, limit: int = 3) -> list[str]:
    """Names of the directory *known* that *name* (a cell pasted from Excel, a short or variant name)
    probably means — a suggestion for the clerk, never applied by itself.

    * the same name spelt another way (case, blanks, tone placement): that spelling first;
    * a short name whose words begin a directory name ("Văn phòng" → "Văn phòng HĐND và UBND huyện");
    * a name that adds or drops level words ("Phòng Nội vụ huyện" ↔ "Phòng Nội vụ").
    A name the directory holds as written gets no suggestion."""
    n = clean(name)
    if not n:
        return []
    known = [clean(k) for k in known if clean(k)]
    if n in known:
        return []
    key = name_key(n)
    same = [k for k in known if name_key(k) == key]
    if same:
        return same[:limit]
    words = search_key(n).split()
    core_words = [w for w in words if w not in _LEVEL_WORDS] or words
    scored = []
    for k in known:
        kw = search_key(k).split()
        k_core = [w for w in kw if w not in _LEVEL_WORDS] or kw
        if kw[:len(words)] == words and len(kw) > len(words):
            scored.append((0, len(kw), k))                 # "Văn phòng" begins "Văn phòng HĐND và UBND"
        elif k_core == core_words:
            scored.append((1, abs(len(kw) - len(words)), k))   # only level words differ
    scored.sort(key=lambda x: (x[0], x[1], vn_sort_key(x[2])))
    out: list[str] = []
    for _, _, k in scored:
        if k not in out:
            out.append(k)
    return out[:limit]


def unknown_agencies(names, known) -> list[tuple[str, list[str]]]:
    """[(name, suggestions)] for each of *names* (a row's lead or support agencies) that the directory
    *known* does not hold as written but has a suggestion for (:func:`suggest_agencies`)."""
    known = list(known)
    out = []
    for n in names or ():
        s = suggest_agencies(n, known)
        if s:
            out.append((n, s))
    return out


class Note(str):
    """A line of a report (import, merge…): the Vietnamese text — the string itself, what a plan file
    keeps — with its English in ``.en`` (``--lang en`` and the English window show it)."""

    def __new__(cls, vi: str, en: str | None = None):
        self = super().__new__(cls, vi)
        self.en = en or vi
        return self


def report_text(line, lang: str = "vi") -> str:
    """A report line in *lang*: the English of a :class:`Note`; any other line as written."""
    return (getattr(line, "en", "") or str(line)) if lang == "en" else str(line)
